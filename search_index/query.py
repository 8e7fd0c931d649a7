"""The query language: Whoosh's parser with Dateline's fields, aliases, `-word`, and dates.

Free words are stemmed and must all match; `"phrases"`, `AND`/`OR`/`NOT`, `-word`, parentheses and
`field:value` work as in Whoosh. Dates are parsed here rather than by Whoosh's `DateParserPlugin`, whose English
grammar reads `2024-05-01` as the whole of 2024 and fails on `last week`; we keep Whoosh's English date
parser for the natural-language forms it does handle (`may 2024`, `last tuesday`, `-2 weeks`).
Every problem becomes a `QueryError` with a one-line message that names the trouble.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from datetime import datetime, timedelta
from threading import Lock

from whoosh import query as wq
from whoosh.qparser import AndGroup, FieldAliasPlugin, PlusMinusPlugin, syntax
from whoosh.qparser import QueryParser as QueryParser_
from whoosh.qparser.plugins import TaggingPlugin

from .schema import FULLTEXT_FIELDS

MAX_QUERY_LENGTH = 2000

FIELD_ALIASES = {
    "organisation": ["org", "orgs", "organization", "organisations", "organizations"],
    "person": ["people", "persons"],
    "title": ["headline"],
    "content": ["body", "text", "subtitle"],
    "place": ["dateline", "city"],
}
SEARCHABLE_FIELDS = ("title", "body", "source", "place", "author", "person", "organisation", "speaker", "date",
                     "id")


class QueryError(ValueError):
    """A query that cannot be run, with a message fit to show the user on one line."""


def shown_query(text: str, limit: int = 60) -> str:
    """A piece of the user's query for an error message: quoted, on one line, and short (the query may be a
    2,000-character paste)."""
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


# --- dates ---------------------------------------------------------------------------------------------

_UNITS = {"day": 1, "week": 7, "month": 30, "year": 365}
_ABS_RE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def _month_end(year: int, month: int) -> datetime:
    nxt = datetime(year + (month == 12), month % 12 + 1, 1)
    return nxt - timedelta(microseconds=1)


def date_span(text: str, now: datetime | None = None) -> tuple[datetime, datetime]:
    """The first and last instant a date expression covers: `2024`, `2024-05`, `2024-05-20`, `today`,
    `yesterday`, `now`, `last week` (the 7 days up to now), `this month`, `3 days ago`, `may 2024`..."""
    now = now or datetime.now()
    raw = " ".join(text.strip().strip('"').lower().split())
    if not raw:
        raise QueryError("empty date")
    m = _ABS_RE.match(raw)
    if m:
        year, month, day = int(m[1]), m[2], m[3]
        try:
            if day:
                start = datetime(year, int(month), int(day))
                return start, start + timedelta(days=1, microseconds=-1)
            if month:
                return datetime(year, int(month), 1), _month_end(year, int(month))
            return datetime(year, 1, 1), datetime(year, 12, 31, 23, 59, 59, 999999)
        except ValueError as exc:
            raise QueryError(f"not a real date: {shown_query(text)} ({exc})") from None
    today = datetime(now.year, now.month, now.day)
    if raw == "now":
        return now, now
    if raw == "today":
        return today, today + timedelta(days=1, microseconds=-1)
    if raw == "yesterday":
        return today - timedelta(days=1), today - timedelta(microseconds=1)
    m = re.match(r"^(?:last|past) (?:(\d+) )?(day|week|month|year)s?$", raw)
    if m:
        return _before(now, _UNITS[m[2]] * int(m[1] or 1), text), now
    m = re.match(r"^(\d+) (day|week|month|year)s? ago$", raw)
    if m:
        point = _before(today, _UNITS[m[2]] * int(m[1]), text)
        return point, point + timedelta(days=1, microseconds=-1)
    if raw == "this week":
        start = today - timedelta(days=today.weekday())
        return start, start + timedelta(days=7, microseconds=-1)
    if raw == "this month":
        return datetime(now.year, now.month, 1), _month_end(now.year, now.month)
    if raw == "this year":
        return datetime(now.year, 1, 1), datetime(now.year, 12, 31, 23, 59, 59, 999999)
    from whoosh.qparser.dateparse import English

    try:
        parsed = English().date_from(raw, now)
    except Exception:  # Whoosh's grammar raises assorted errors on odd input
        parsed = None
    if parsed is None:
        raise QueryError(f"cannot read the date {shown_query(text)} (try 2024-05-20, 2024-05, 2024, last week, today)")
    if hasattr(parsed, "start") and hasattr(parsed, "end"):  # whoosh timespan
        return _floor(parsed.start), _ceil(parsed.end)
    return _floor(parsed), _ceil(parsed)


def _before(point: datetime, days: int, text: str) -> datetime:
    try:
        return point - timedelta(days=days)
    except (OverflowError, ValueError):
        raise QueryError(f"date out of range: {shown_query(text)} (before the year 1)") from None


def _floor(value) -> datetime:
    return value.floor() if hasattr(value, "floor") else value


def _ceil(value) -> datetime:
    return value.ceil() if hasattr(value, "ceil") else value


def date_range_query(value: str, fieldname: str = "date", now: datetime | None = None) -> wq.Query:
    """`2024-05`, `[2024-05-01 to 2024-05-31]`, `[2024-05 to]`, `[to now]`, `>2024-01`, `<=2024`."""
    value = value.strip()
    if value.startswith(("[", "{")):
        if not value.endswith(("]", "}")):
            raise QueryError(f"date range {shown_query(value)} is not closed with ]")
        inner = value[1:-1].strip()
        parts = re.split(r"\s+to\s+|^to\s+|\s+to$|^to$", inner, flags=re.I)
        if len(parts) != 2:
            raise QueryError(f"date range {shown_query(value)} needs the form [FROM to TO] (either side may be empty)")
        start_t, end_t = (p.strip() for p in parts)
        start = date_span(start_t, now)[0] if start_t else None
        end = date_span(end_t, now)[1] if end_t else None
        if start is None and end is None:
            return wq.Every(fieldname)
        if start and end and start > end:
            raise QueryError(f"date range {shown_query(value)} ends before it starts")
        return wq.DateRange(fieldname, start, end)
    m = re.match(r"^(>=|<=|>|<)(.+)$", value)
    if m:
        first, last = date_span(m[2], now)
        op = m[1]
        try:
            if op == ">":
                return wq.DateRange(fieldname, last + timedelta(microseconds=1), None)
            if op == ">=":
                return wq.DateRange(fieldname, first, None)
            if op == "<":
                return wq.DateRange(fieldname, None, first - timedelta(microseconds=1))
        except OverflowError:
            raise QueryError(f"date out of range: {shown_query(value)}") from None
        return wq.DateRange(fieldname, None, last)
    first, last = date_span(value, now)
    return wq.DateRange(fieldname, first, last)


class _DateNode(syntax.SyntaxNode):
    has_fieldname = False

    def __init__(self, value: str, now: datetime | None):
        self.value = value
        self.now = now

    def r(self):
        return f"date:{self.value}"

    def query(self, parser):
        return date_range_query(self.value, now=self.now)


class _DatePlugin(TaggingPlugin):
    """Claims `date:...` before Whoosh's own field and range taggers see it."""

    expr = r"date:(?P<value>[\[{][^\]}]*[\]}]?|\"[^\"]*\"?|[^\s()]+)"
    priority = -10  # Whoosh tries taggers lowest priority first

    def __init__(self, now: datetime | None = None):
        super().__init__()
        self.now = now

    def create(self, parser, match):
        return _DateNode(match.group("value"), self.now)


# --- validation ----------------------------------------------------------------------------------------

_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_FIELD_RE = re.compile(r"(?<![\w\"])([A-Za-z_]+):(?=\S)")
_EMPTY_FIELD_RE = re.compile(r"(?<![\w\"])([A-Za-z_]+):(?=\s|$|\))")


def _known_fields() -> set[str]:
    names = set(SEARCHABLE_FIELDS)
    for aliases in FIELD_ALIASES.values():
        names.update(aliases)
    return names


def _outside_quotes(text: str):
    """Yield (index, char) for characters not inside a double-quoted phrase."""
    inside = False
    for i, ch in enumerate(text):
        if ch == '"':
            inside = not inside
            continue
        if not inside:
            yield i, ch


def validate(text: str) -> str:
    """Check what Whoosh would silently guess at; return the query cleaned of control characters."""
    if len(text) > MAX_QUERY_LENGTH:
        raise QueryError(f"query too long: {len(text):,} characters (at most {MAX_QUERY_LENGTH:,})")
    text = _CONTROL_RE.sub(" ", text)
    quotes = text.count('"')
    if quotes % 2:
        col = text.rfind('"') + 1
        raise QueryError(f'unclosed quote " at column {col}: add the closing "')
    depth = 0
    bracket_open = None
    for i, ch in _outside_quotes(text):
        if ch == "(" and bracket_open is None:
            depth += 1
        elif ch == ")" and bracket_open is None:
            depth -= 1
            if depth < 0:
                raise QueryError(f"unexpected ) at column {i + 1}: no ( before it")
        elif ch in "[{":
            bracket_open = i
        elif ch in "]}":
            bracket_open = None
    if bracket_open is not None:
        raise QueryError(f"range opened at column {bracket_open + 1} is not closed with ]")
    if depth > 0:
        raise QueryError(f"{depth} unclosed ( : add the closing )")
    known = _known_fields()
    plain = re.sub(r'"[^"]*"', lambda m: " " * len(m.group(0)), text)
    for m in _EMPTY_FIELD_RE.finditer(re.sub(r'"[^"]*"', lambda m: "_" * len(m.group(0)), text)):
        if m.group(1).lower() in known:
            raise QueryError(f"{m.group(1)}: at column {m.start(1) + 1} has nothing after it (e.g. {m.group(1)}:word)")
    for m in _FIELD_RE.finditer(plain):
        name = m.group(1)
        if name.lower() not in known and not name.lower().startswith("http"):
            fields = ", ".join(sorted(f for f in SEARCHABLE_FIELDS))
            raise QueryError(f"unknown field {shown_query(name)} at column {m.start() + 1} (fields: {fields}; org: for organisations)")
    return text


# --- parser --------------------------------------------------------------------------------------------


def _id_either(q: wq.Query) -> wq.Query:
    """`id:1857` finds the archive id or the source's own id (a Reuters NEWID)."""
    if isinstance(q, wq.Term) and q.fieldname == "id":
        return wq.Or([q, wq.Term("native_id", q.text)])
    return q


def _lowercase_field_names(text: str) -> str:
    return _FIELD_RE.sub(lambda m: m.group(1).lower() + ":", text)


class QueryParser:
    """Parses Dateline queries into Whoosh queries; one instance per schema, cheap to reuse."""

    def __init__(self, schema, now: datetime | None = None):
        self.schema = schema
        self._now = now
        self._parser = QueryParser_(FULLTEXT_FIELDS[0], schema, group=AndGroup)
        self._parser.add_plugin(FieldAliasPlugin(FIELD_ALIASES))
        # + and - mark a required or an excluded word only at a word's start: inside one (`jean-paul`,
        # `ledger-2024-0627`) Whoosh's default took the rest of the word for an exclusion
        self._parser.add_plugin(PlusMinusPlugin(plusexpr=r"(?<![^\s(])\+", minusexpr=r"(?<![^\s(])-"))
        self._parser.add_plugin(_DatePlugin(now))
        self._parsed: OrderedDict[str, wq.Query] = OrderedDict()
        self._parsed_lock = Lock()

    def parse(self, text: str) -> wq.Query:
        """The query for `text`; the last few hundred are kept (the browser asks each one twice: hits, then
        facets), except those with a date, which may be relative to now (`date:today`)."""
        with self._parsed_lock:
            cached = self._parsed.get(text)
            if cached is not None:
                self._parsed.move_to_end(text)
                return cached
        q = self._parse(text)
        if "date" not in text.lower():
            with self._parsed_lock:
                self._parsed[text] = q
                if len(self._parsed) > 256:
                    self._parsed.popitem(last=False)
        return q

    def _parse(self, text: str) -> wq.Query:
        text = validate(text or "")
        if all(set(word) == {"*"} for word in text.split()):  # `**`, `* *` too: every article, not every posting
            return wq.Every()
        text = _lowercase_field_names(text)
        try:
            q = self._parser.parse(text)
        except QueryError:
            raise
        except Exception as exc:  # Whoosh's parser has a few internal failure modes on odd input
            raise QueryError(f"cannot parse query: {exc}") from None
        err = _find_error(q)
        if err:
            raise QueryError(err)
        if _is_null(q):
            if re.match(r"^\s*-", text):  # only exclusions: everything but those
                inner = self._parser.parse(text.strip().lstrip("-"))
                if _is_null(inner):
                    raise QueryError(f"nothing to leave out in {shown_query(text)}: only very common words or "
                                     "symbols")
                return wq.AndNot(wq.Every(), inner)
            raise QueryError(f"nothing to search for in {shown_query(text)}: only very common words or symbols")
        return q.accept(_id_either)


def _is_null(q: wq.Query) -> bool:
    """Whoosh's query of nothing (what is left of a query of stop words alone)."""
    return q is wq.NullQuery or isinstance(q, type(wq.NullQuery))


def _find_error(q: wq.Query) -> str | None:
    """Whoosh turns some failures into null queries carrying an `error`; surface them."""
    if getattr(q, "error", None):
        return f"cannot read {shown_query(str(q.error))}"
    for sub in q.children() if hasattr(q, "children") else ():
        found = _find_error(sub)
        if found:
            return found
    return None
