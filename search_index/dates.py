"""Parsing the many ways news sources write dates, without ever inventing a year."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

_ISO_RE = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?$"
)
_REUTERS_RE = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})(?:\s+(\d{1,3}):(\d\d):(\d\d)(?:\.(\d+))?)?")
_COMPACT_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
FILENAME_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")


class BadDate(ValueError):
    """A date string that names an impossible or unreadable date."""


def to_naive_utc(value: datetime) -> datetime:
    """The index stores naive UTC datetimes: convert aware ones, keep naive ones as given."""
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    return value


def parse_date(value: object) -> datetime:
    """Parse a metadata date: ISO 8601, RFC 2822, Reuters `26-FEB-1987 15:01:01.79`, or a Unix timestamp.

    Raises `BadDate` naming what is wrong (for example `2024-02-30`: day out of range for February).
    """
    if isinstance(value, bool):
        raise BadDate(f"not a date: {value!r}")
    if isinstance(value, (int, float)):
        stamp = float(value) / (1000 if value > 10**11 else 1)  # milliseconds are common in exports
        try:
            return datetime.fromtimestamp(stamp, tz=timezone.utc).replace(tzinfo=None)
        except (OverflowError, OSError, ValueError) as exc:
            raise BadDate(f"timestamp out of range: {value!r}") from exc
    if not isinstance(value, str):
        raise BadDate(f"not a date: a {type(value).__name__}")
    text = " ".join(value.split())
    if not text:
        raise BadDate("empty date")
    try:
        m = _ISO_RE.match(text)
        if m:
            year, month, day, hour, minute, second, frac, tz = m.groups()
            micro = int((frac or "0")[:6].ljust(6, "0"))
            dt = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0), micro)
            if tz:
                dt = datetime.fromisoformat(dt.isoformat() + ("+00:00" if tz == "Z" else tz[:3] + ":" + tz[-2:]))
            return to_naive_utc(dt)
        m = _REUTERS_RE.search(text)
        if m:
            day, mon, year, hour, minute, second, frac = m.groups()
            month = MONTHS.get(mon.lower())
            if month is None:
                raise BadDate(f"unknown month {mon!r} in {value!r}")
            micro = int((frac or "0")[:6].ljust(6, "0"))
            if hour is None or int(hour) > 23:  # a garbled time (`605:12:19`) still leaves a good day
                return datetime(int(year), month, int(day))
            return datetime(int(year), month, int(day), int(hour), int(minute), int(second), micro)
        m = _COMPACT_RE.match(text)
        if m:
            return datetime(int(m[1]), int(m[2]), int(m[3]))
    except ValueError as exc:
        raise BadDate(f"impossible date {value!r}: {exc}") from exc
    try:
        return to_naive_utc(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError) as exc:
        raise BadDate(f"unrecognised date {value!r}") from exc


def date_from_filename(name: str) -> datetime | None:
    """A date written into a file name (`2024-05-20-summit.txt`, `20240520.txt`), if it is a real date."""
    m = FILENAME_DATE_RE.search(name)
    if not m:
        return None
    try:
        return datetime(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
