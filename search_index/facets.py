"""Facet counts over every hit of a query, from a per-segment cache of which values each document has.

Whoosh segments never change once written, so the document -> values table of a segment is built once (from
the inverted index: one pass over each value's postings) and reused by every later search until the segment
is merged away. Counting a query's facets is then one pass over its matching document numbers.
"""

from __future__ import annotations

from collections import Counter
from itertools import chain
from threading import Lock

_EMPTY: tuple = ()


def _segment_key(reader) -> str:
    """The segment a leaf reader reads; an empty index's reader has none (segment() is None)."""
    seg = reader.segment() if hasattr(reader, "segment") else None
    return seg.segment_id() if seg is not None else f"reader-{id(reader)}"


class FacetCache:
    def __init__(self) -> None:
        self._segments: dict[tuple[str, str], list[tuple[str, ...]]] = {}
        self._combined: dict[tuple, list[tuple[str, ...]]] = {}
        self._aliased_table: tuple = (None, None, [])
        self._lock = Lock()

    def _segment_table(self, reader, fieldname: str) -> list[tuple[str, ...]]:
        cache_key = (_segment_key(reader), fieldname)
        table = self._segments.get(cache_key)
        if table is not None:
            return table
        lists: list[list[str] | None] = [None] * reader.doc_count_all()
        if fieldname in reader.schema:
            for term in reader.lexicon(fieldname):
                value = term.decode("utf-8") if isinstance(term, bytes) else term
                for docnum in reader.postings(fieldname, term).all_ids():
                    slot = lists[docnum]
                    if slot is None:
                        lists[docnum] = [value]
                    else:
                        slot.append(value)
        table = [tuple(v) if v else _EMPTY for v in lists]
        self._segments[cache_key] = table
        return table

    def table(self, searcher, fieldname: str) -> list[tuple[str, ...]]:
        """docnum (global to this searcher) -> the field's values."""
        leaves = list(searcher.reader().leaf_readers())
        signature = (fieldname, tuple((_segment_key(r), off) for r, off in leaves))
        with self._lock:
            combined = self._combined.get(signature)
            if combined is None:
                combined = []
                for reader, _offset in leaves:
                    combined.extend(self._segment_table(reader, fieldname))
                # forget tables of segments (and searchers) that are gone
                live = {s for s, _ in signature[1]}
                self._combined = {k: v for k, v in self._combined.items() if k[0] != fieldname or
                                  {s for s, _ in k[1]} <= live}
                self._combined[signature] = combined
                self._segments = {k: v for k, v in self._segments.items() if k[1] != fieldname or k[0] in live}
        return combined

    def _aliased(self, table: list[tuple[str, ...]], aliases: dict[str, str]) -> list[tuple[str, ...]]:
        """The table with aliases applied (and duplicates a merge creates removed), built once per table."""
        source, source_aliases, cached = self._aliased_table
        if source is not table or source_aliases is not aliases:
            cached = [tuple(dict.fromkeys(aliases.get(v, v) for v in values)) if values and any(
                v in aliases for v in values) else values for values in table]
            # only the newest is kept (tables change with the index); holding the source table itself, not its
            # id(), so a new table that happens to reuse a freed one's address is never mistaken for it
            self._aliased_table = (table, aliases, cached)
        return cached

    def count(self, searcher, fieldname: str, docnums, limit: int,
              aliases: dict[str, str] | None = None) -> list[tuple[str, int]]:
        table = self.table(searcher, fieldname)
        if aliases:
            table = self._aliased(table, aliases)
        counts = Counter(chain.from_iterable(table[d] for d in docnums))
        # most frequent first; ties alphabetical so the order is stable
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].lower()))[:limit]


def surname_aliases(reader, fieldname: str) -> dict[str, str]:
    """Surname-only people (`Reagan`, from a story that says only "President Reagan") -> the full name the
    archive knows them by, when one full name with that surname has at least 80% of the articles."""
    singles: list[str] = []
    full_by_last: dict[str, list[tuple[int, str]]] = {}
    for term in reader.lexicon(fieldname):
        name = term.decode("utf-8") if isinstance(term, bytes) else term
        parts = name.split()
        if len(parts) == 1:
            singles.append(name)
        else:
            full_by_last.setdefault(parts[-1], []).append((reader.doc_frequency(fieldname, term), name))
    aliases = {}
    for single in singles:
        candidates = sorted(full_by_last.get(single, []), reverse=True)
        if candidates and candidates[0][0] >= 0.8 * sum(df for df, _ in candidates):
            aliases[single] = candidates[0][1]
    return aliases
