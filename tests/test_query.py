from datetime import datetime

import pytest

from search_index.query import QueryError, QueryParser, date_span
from search_index.schema import build_schema

NOW = datetime(2026, 11, 26, 12, 0)


@pytest.fixture(scope="module")
def parser():
    return QueryParser(build_schema(), now=NOW)


def test_free_words_are_stemmed_and_all_required(parser):
    assert str(parser.parse("talks summit")) == "(content:talk AND content:summit)"


def test_boolean_minus_and_parentheses(parser):
    assert "ANDNOT" in str(parser.parse("oil -gas"))
    assert "AND NOT" in str(parser.parse("oil NOT gas"))
    assert str(parser.parse("(oil OR gas) price")) == "((content:oil OR content:ga) AND content:price)"


def test_a_hyphen_inside_a_word_is_part_of_it_not_an_exclusion(parser):
    """Whoosh's own + and - plugin read `ledger-2024-0627` as `ledger NOT 2024-0627`; only at a word's start
    do they require or exclude."""
    assert str(parser.parse("id:ledger-2024-0627")) == "(id:ledger-2024-0627 OR native_id:ledger-2024-0627)"
    assert "NOT" not in str(parser.parse("well-known talks"))
    assert str(parser.parse("well-known")) == "(content:well AND content:known)"
    assert "ANDNOT" in str(parser.parse("talks -summit")) and "ANDNOT" in str(parser.parse("(talks -summit)"))
    assert str(parser.parse("+talks summit")) == "(content:talk ANDMAYBE content:summit)"


def test_fields_and_aliases(parser):
    assert str(parser.parse("title:talks")) == "title:talk"
    assert str(parser.parse("body:talks")) == str(parser.parse("text:talks")) == "content:talk"
    assert str(parser.parse('person:"Sergey Lavrov"')) == 'person:"sergey lavrov"'
    assert str(parser.parse("org:SCO")) == "organisation:sco"
    assert str(parser.parse("Org:SCO")) == "organisation:sco"
    assert str(parser.parse("speaker:Lavrov")) == "speaker:lavrov"
    assert str(parser.parse("id:1857")) == "(id:1857 OR native_id:1857)"


@pytest.mark.parametrize("text,first,last", [
    ("2024", datetime(2024, 1, 1), datetime(2024, 12, 31, 23, 59, 59, 999999)),
    ("2024-05", datetime(2024, 5, 1), datetime(2024, 5, 31, 23, 59, 59, 999999)),
    ("2024-02", datetime(2024, 2, 1), datetime(2024, 2, 29, 23, 59, 59, 999999)),
    ("2024-05-20", datetime(2024, 5, 20), datetime(2024, 5, 20, 23, 59, 59, 999999)),
    ("today", datetime(2026, 11, 26), datetime(2026, 11, 26, 23, 59, 59, 999999)),
    ("last week", datetime(2026, 11, 19, 12), NOW),
    ("3 days ago", datetime(2026, 11, 23), datetime(2026, 11, 23, 23, 59, 59, 999999)),
    ("may 2024", datetime(2024, 5, 1), datetime(2024, 5, 31, 23, 59, 59, 999999)),  # Whoosh's English parser
])
def test_date_spans(text, first, last):
    assert date_span(text, NOW) == (first, last)


def test_date_ranges_cover_exactly_their_span(parser):
    q = parser.parse("date:[2024-05-01 to 2024-05-31]")
    assert (q.startdate, q.enddate) == (datetime(2024, 5, 1), datetime(2024, 5, 31, 23, 59, 59, 999999))
    q = parser.parse("date:[2024-05 to]")
    assert (q.startdate, q.enddate) == (datetime(2024, 5, 1), None)
    q = parser.parse("date:[to 2023]")
    assert (q.startdate, q.enddate) == (None, datetime(2023, 12, 31, 23, 59, 59, 999999))
    q = parser.parse("date:[last week to now]")
    assert (q.startdate, q.enddate) == (datetime(2026, 11, 19, 12), NOW)
    q = parser.parse("date:>=2024-05")
    assert q.startdate == datetime(2024, 5, 1) and q.enddate is None


@pytest.mark.parametrize("query,fragment", [
    ('"unclosed', "unclosed quote"),
    ("(oil gas", "unclosed ("),
    ("oil)", "unexpected )"),
    ("date:[garbage to", "not closed"),
    ("date:garbage", "cannot read the date 'garbage'"),
    ("date:2024-02-30", "not a real date"),
    ("date:[2025 to 2024]", "ends before it starts"),
    ("colour:red", "unknown field 'colour'"),
    ("the", "nothing to search for"),
    ("x" * 3000, "query too long"),
])
def test_bad_queries_get_one_line_messages(parser, query, fragment):
    with pytest.raises(QueryError) as info:
        parser.parse(query)
    message = str(info.value)
    assert fragment in message and "\n" not in message


def test_only_exclusions_means_everything_else(parser):
    assert str(parser.parse("-gas")) == "(None:* ANDNOT content:ga)"
    with pytest.raises(QueryError, match="nothing to leave out"):  # not everything, as if it had been read
        parser.parse("-the")


def test_empty_and_star_match_everything(parser):
    assert type(parser.parse("")).__name__ == "Every"
    assert type(parser.parse("*")).__name__ == "Every"


def test_control_characters_are_ignored(parser):
    assert str(parser.parse("oil\x07gas\x1b")) == str(parser.parse("oil gas"))
