"""Wire-story datelines: `IGORA /Leningrad Region/, December 26. /TASS/.`, `WASHINGTON, March 4 -`,
`LONDON (Reuters) -`. They give the place, the agency, and a month and day but never the year."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import MONTHS

_MONTH = r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
_CITY = r"(?P<city>[A-Z][A-Z\u00c0-\u00de.'\- ]{1,40}?)(?: /(?P<region>[^/\n]{1,60})/)?"
# Reuters and AP name a state or country after the city: `TAMPA, Fla., March 2 -`, `OSAKA, Japan, April 29 -`
_REGION_AFTER = r"(?:, (?P<region2>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}))?"

# TASS and many agencies: CITY[ /Region/], Month Day. /AGENCY/.
_SLASH_AGENCY = re.compile(_CITY + r", " + _MONTH + r" (?P<day>\d{1,2})\. /(?P<agency>[A-Za-z][\w\- ]{0,30})/\.[ \t]*")
# Reuters 1987 and AP style: CITY, Month Day -   |   CITY (Agency) -   |   CITY, Month Day (Agency) -
_DASH = re.compile(
    _CITY + _REGION_AFTER + r"(?:, " + _MONTH + r" (?P<day>\d{1,2}))?(?: \((?P<agency>[A-Za-z][\w\- ]{0,30})\))?"
    r"\s*[-\u2013\u2014]+[ \t]*"
)


# Where the text is known to be a dateline (Reuters' <DATELINE> element), case is not a signal:
# `New York, March 12 -`, `LONDON, MARCH 3 -`, `Bogota, march 4 -`.
_DASH_ANY_CASE = re.compile(_DASH.pattern, re.I)


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str
    region: str
    agency: str
    month: int | None
    day: int | None
    text: str  # the dateline as written, without trailing space
    end: int  # where the story text after the dateline begins
    place_span: tuple[int, int] = (0, 0)  # where the place (city and region) is written in the text

    @property
    def full_place(self) -> str:
        return f"{self.place}, {self.region}" if self.region else self.place


def _nice_place(city: str) -> str:
    """`WASHINGTON` -> `Washington`, `NEW YORK` -> `New York`: wire caps are a convention, not a name."""
    city = " ".join(city.split())
    return city.title() if city.isupper() else city


def parse_dateline(text: str, known: bool = False) -> Dateline | None:
    """Recognise a dateline at the very start of `text` (leading blanks allowed). `known` says the text is a
    dateline for sure, so letter case is not required to tell it from prose."""
    stripped = len(text) - len(text.lstrip())
    head = text[stripped:stripped + 200]
    m = _SLASH_AGENCY.match(head)
    if m is None:
        m = (_DASH_ANY_CASE if known else _DASH).match(head)
        # a bare "WORD -" would match too much prose; demand a date or an agency with the dash form
        if m is None or (m["month"] is None and m["agency"] is None):
            return None
    month = MONTHS.get(m["month"].rstrip(".").lower()) if m["month"] else None
    day = int(m["day"]) if m["day"] else None
    if day is not None and not 1 <= day <= 31:
        return None
    return Dateline(
        place=_nice_place(m["city"]),
        region=" ".join((m["region"] or m.groupdict().get("region2") or "").split()),
        agency=(m["agency"] or "").strip(),
        month=month,
        day=day,
        text=m.group(0).strip(),
        end=stripped + m.end(),
        place_span=(stripped + m.start("city"),
                    stripped + max([m.end("city")] + [m.end(g) for g in ("region", "region2")
                                                       if m.groupdict().get(g)])),
    )
