"""The fixed query mix of the benchmark, as typed into Dateline, with the same queries for rg and tantivy.

The mix is what users type: common and rare words, two words, phrases, boolean logic, date ranges, and the
`person:` / `org:` / `speaker:` filters that only Dateline's extraction can answer. The filter values are not
fixed: they are the archive's own top facet values, so they exist whatever the corpus builder picked.
"""

from __future__ import annotations

from dataclasses import dataclass

from search_index import ArchiveIndex, SearchRequest


@dataclass(frozen=True, slots=True)
class BenchQuery:
    text: str  # as typed into Dateline's search bar
    literal: str | None = None  # the same words for `rg -F`: single words and phrases only
    tantivy: str | None = None  # the same query in tantivy's language; None where it needs extraction


def _word(word: str) -> BenchQuery:
    return BenchQuery(word, word, word)


def _phrase(words: str) -> BenchQuery:
    return BenchQuery(f'"{words}"', words, f'"{words}"')


def _same(text: str) -> BenchQuery:
    return BenchQuery(text, tantivy=text)


def _span(first: str, after_last: str) -> str:
    """A tantivy date range: RFC 3339 instants, the end excluded."""
    return f"date:[{first}T00:00:00Z TO {after_last}T00:00:00Z}}"


COMMON_WORDS = tuple(map(_word, ("oil", "bank", "market", "government", "prices")))
RARE_WORDS = tuple(map(_word, ("sorghum", "palladium", "tapioca", "copra", "oreshnik")))
TWO_WORDS = tuple(map(_same, ("oil prices", "interest rates", "trade deficit", "football club")))
PHRASES = tuple(map(_phrase, ("central bank", "prime minister", "told reporters", "stock exchange", "world bank")))
BOOLEAN = (
    _same("oil OR gas"),
    _same("wheat OR corn"),
    BenchQuery("bank NOT japan", tantivy="bank -japan"),
    _same("election -labour"),
    _same("(coffee OR cocoa) prices"),
)
DATES = (
    BenchQuery("date:[2020-01-01 to 2020-06-30]", tantivy=_span("2020-01-01", "2020-07-01")),
    BenchQuery("date:2021", tantivy=_span("2021-01-01", "2022-01-01")),
    BenchQuery("oil date:2022", tantivy="oil " + _span("2022-01-01", "2023-01-01")),
    BenchQuery('"central bank" date:[2019-01-01 to 2019-12-31]',
               tantivy='"central bank" ' + _span("2019-01-01", "2020-01-01")),
)
EVERYTHING = BenchQuery("")  # what the app asks for at start: every article, with facets over all of them
FIXED = COMMON_WORDS + RARE_WORDS + TWO_WORDS + PHRASES + BOOLEAN + DATES + (EVERYTHING,)


def extraction_queries(archive: ArchiveIndex) -> tuple[BenchQuery, ...]:
    """`person:`, `org:` and `speaker:` queries, alone and combined, on the archive's top people and
    organisations (a speaker by surname, as users type it)."""
    facets = archive.search(SearchRequest("", limit=1, facet_limit=2)).facets
    people = [value for value, _ in facets.get("person", [])]
    orgs = [value for value, _ in facets.get("organisation", [])]
    queries = [f'person:"{p}"' for p in people] + [f'org:"{o}"' for o in orgs]
    if people:
        surname = people[0].split()[-1].lower()
        queries += [f"speaker:{surname}", f'person:"{people[0]}" date:2024',
                    f"speaker:{surname} date:[2022-01-01 to 2023-12-31]"]
    if orgs:
        queries.append(f'org:"{orgs[0]}" oil')
    return tuple(BenchQuery(q) for q in queries)


def query_mix(archive: ArchiveIndex) -> tuple[BenchQuery, ...]:
    return FIXED + extraction_queries(archive)
