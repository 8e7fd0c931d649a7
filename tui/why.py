"""Why a search found nothing, for the browser's status line and the command line's note: the words found
without the filters (then they are not misspelt: the filters leave nothing), or a date range where the archive
has no dates (`7d` over a 1987 wire, any range over the BBC set, which has none)."""

from __future__ import annotations

import re
from dataclasses import replace

from search_index import IndexProblem, QueryError, SearchRequest

# a `date:` clause of the query language (`date:2024`, `date:[1987-12 to 1988]`), read as the date boxes are
DATE_CLAUSE_RE = re.compile(r"\bdate:(?:\[[^\]]*\]?|\S+)", re.I)


def why_nothing(archive, request: SearchRequest) -> dict:
    """`alone`, how many results the words have without the filters (when filters are on); `span`, the
    archive's first and last dates when the date range lies outside them, or when a `date:` of the query asked
    (a range in the query is not read here: where the dates lie is said whole); `undated`, when no article of
    the archive has a date at all (a date range can find nothing); `queried`, whether the query had a `date:`."""
    why: dict = {}
    # a `date:` of the query language does what the date boxes do (`coffee date:[1987-12 to 1988]`)
    words = DATE_CLAUSE_RE.sub(" ", request.query).strip()
    queried = words != request.query.strip()
    dated = bool(request.date_from or request.date_to) or queried
    if not (dated or request.persons or request.organisations or request.sources):
        return why
    try:
        why["alone"] = archive.search(replace(
            request, query=words, persons=(), organisations=(), sources=(), date_from=None, date_to=None,
            offset=0, limit=1, facets=False)).total if words or not queried else 0
        span = archive.date_span() if dated else None
    except (QueryError, IndexProblem):
        return why
    if dated and span is None:
        why["undated"] = True
    elif span is not None and (queried or request.date_to is not None and request.date_to < span[0]
                               or request.date_from is not None and request.date_from > span[1]):
        why["span"] = span
    why["queried"] = queried
    return why


def dates_hint(why: dict) -> str:
    """Where the archive's dates lie, when that is why nothing was found; else ''."""
    if why.get("undated"):
        return "no article in this archive has a date"
    if why.get("span") is not None:
        first, last = why["span"]
        return f"the archive's dates run from {first:%Y-%m-%d} to {last:%Y-%m-%d}"
    return ""
