"""Engine-neutral results: what a search, a lookup or a stats call gives to the CLI and the app."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(slots=True)
class Snippet:
    """A piece of article text with the character ranges of the matched words."""

    text: str
    highlights: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class Hit:
    id: str
    key: str
    title: str
    date: datetime | None
    partial_date: str
    source: str
    place: str
    score: float
    snippet: Snippet
    persons: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    url: str = ""  # the story's web address, when its source gave one (for a citation)

    def date_iso(self) -> str | None:
        return self.date.isoformat() if self.date else (self.partial_date or None)

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date_iso(),
            "source": self.source,
            "place": self.place,
            "score": round(self.score, 4),
            "snippet": self.snippet.text,
            "snippet_highlights": [list(h) for h in self.snippet.highlights],
            "persons": self.persons,
            "organisations": self.organisations,
            "url": self.url or None,
        }


@dataclass(slots=True)
class SearchRequest:
    query: str = ""
    persons: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    date_from: datetime | None = None
    date_to: datetime | None = None
    sort: str = "relevance"  # relevance | newest | oldest
    limit: int = 20
    offset: int = 0
    facets: bool = True
    facet_limit: int = 30
    # per facet, only the values whose name contains this text (any case): what the user typed in a facet's
    # filter box, looked for among all the values of the hits, not only the `facet_limit` most frequent
    facet_contains: tuple[tuple[str, str], ...] = ()


@dataclass(slots=True)
class SearchResult:
    total: int
    took_ms: float
    hits: list[Hit]
    facets: dict[str, list[tuple[str, int]]]
    terms: list[str] = field(default_factory=list)  # the words the query matched, for highlighting in a reader

    def to_json(self) -> dict:
        return {
            "total": self.total,
            "took_ms": round(self.took_ms, 2),
            "hits": [h.to_json() for h in self.hits],
            "facets": {name: [[v, c] for v, c in values] for name, values in self.facets.items()},
        }


@dataclass(slots=True)
class IndexStats:
    articles: int
    first_date: datetime | None
    last_date: datetime | None
    partial_dates: int
    undated: int
    sources: list[tuple[str, int]]
    size_bytes: int
    path: str
    last_change: datetime | None

    def to_json(self) -> dict:
        return {
            "articles": self.articles,
            "first_date": self.first_date.isoformat() if self.first_date else None,
            "last_date": self.last_date.isoformat() if self.last_date else None,
            "partial_dates": self.partial_dates,
            "undated": self.undated,
            "sources": [[s, c] for s, c in self.sources],
            "size_bytes": self.size_bytes,
            "path": self.path,
            "last_change": self.last_change.isoformat() if self.last_change else None,
        }


@dataclass(slots=True)
class QuoteHit:
    """One quote found across the archive, with where it stands."""

    speaker: str | None
    text: str
    article_id: str
    title: str
    date: datetime | None
    partial_date: str
    start: int
    end: int
    key: str = ""  # the article's key, to open it
    source: str = ""  # the outlet or agency, for a citation
    url: str = ""  # the story's web address, for a citation

    def to_json(self) -> dict:
        return {
            "speaker": self.speaker,
            "text": self.text,
            "id": self.article_id,
            "title": self.title,
            "source": self.source,
            "date": self.date.isoformat() if self.date else (self.partial_date or None),
            "start": self.start,
            "end": self.end,
            "url": self.url or None,
        }
