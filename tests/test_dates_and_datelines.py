from datetime import datetime

import pytest

from search_index.dateline import parse_dateline
from search_index.dates import BadDate, date_from_filename, parse_date


@pytest.mark.parametrize("raw,expected", [
    ("2024-05-20", datetime(2024, 5, 20)),
    ("2024-05-20 14:05", datetime(2024, 5, 20, 14, 5)),
    ("2024-12-26 19:48:18", datetime(2024, 12, 26, 19, 48, 18)),
    ("2024-04-12T08:15:00+02:00", datetime(2024, 4, 12, 6, 15)),
    ("2024-04-12T08:15:00Z", datetime(2024, 4, 12, 8, 15)),
    ("Tue, 14 May 2024 10:00:00 GMT", datetime(2024, 5, 14, 10, 0)),
    ("26-FEB-1987 15:01:01.79", datetime(1987, 2, 26, 15, 1, 1, 790000)),
    (" 4-MAR-1987  09:15:05.40", datetime(1987, 3, 4, 9, 15, 5, 400000)),
    ("27-MAR-1987 00:02:59.13RM", datetime(1987, 3, 27, 0, 2, 59, 130000)),
    ("31-MAR-1987 605:12:19.12", datetime(1987, 3, 31)),  # garbled time: the day survives
    (1716199200, datetime(2024, 5, 20, 10, 0)),
])
def test_parse_date(raw, expected):
    assert parse_date(raw) == expected


@pytest.mark.parametrize("raw", ["2024-02-30", "yesterday-ish", "", True, {"a": 1}])
def test_bad_dates_are_named(raw):
    with pytest.raises(BadDate):
        parse_date(raw)


def test_date_from_filename():
    assert date_from_filename("2024-05-20-summit.txt") == datetime(2024, 5, 20)
    assert date_from_filename("20250214_story.txt") == datetime(2025, 2, 14)
    assert date_from_filename("2024-02-30-x.txt") is None
    assert date_from_filename("story-1234.txt") is None


def test_tass_dateline_with_region():
    dl = parse_dateline("IGORA /Leningrad Region/, December 26. /TASS/. Russian President said")
    assert (dl.place, dl.region, dl.agency, dl.month, dl.day) == ("Igora", "Leningrad Region", "TASS", 12, 26)
    assert dl.text == "IGORA /Leningrad Region/, December 26. /TASS/."


def test_reuters_and_agency_datelines():
    dl = parse_dateline("    WASHINGTON, March 4 - ")
    assert (dl.place, dl.month, dl.day, dl.agency) == ("Washington", 3, 4, "")
    dl = parse_dateline("NEW YORK, Sept. 3 (Reuters) - Stocks rose")
    assert (dl.place, dl.month, dl.day, dl.agency) == ("New York", 9, 3, "Reuters")


def test_prose_is_not_a_dateline():
    assert parse_dateline("The President said - and meant it") is None
    assert parse_dateline("NATO - the alliance") is None


def test_datelines_with_a_state_or_country_after_the_city():
    dl = parse_dateline("    TAMPA, Fla., March 2 - ")
    assert (dl.place, dl.region, dl.month, dl.day) == ("Tampa", "Fla.", 3, 2)
    dl = parse_dateline("OSAKA, Japan, April 29 - ")
    assert (dl.full_place, dl.month, dl.day) == ("Osaka, Japan", 4, 29)


def test_a_known_dateline_may_be_in_any_case():
    assert parse_dateline("New York, March 12 -") is None  # in prose this could be anything
    dl = parse_dateline("New York, March 12 -", known=True)
    assert (dl.place, dl.month, dl.day) == ("New York", 3, 12)
    assert parse_dateline("LONDON, MARCH 3 -", known=True).place == "London"
