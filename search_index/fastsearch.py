"""Matching and BM25F ranking as array operations over Whoosh's postings, for the queries people type most.

Whoosh matches and scores one document at a time in Python: a common word in a 100,000-article archive is
60,000 calls per keystroke. Here a term's postings are decoded once per searcher into two numpy arrays
(documents, weights), and AND, OR, NOT and BM25F are array operations. Scores are Whoosh's own: the same idf,
average field length, B and K1, the same quantised field lengths, boosts multiplied and children's scores
summed as Whoosh's matchers do; ties go to the lower document number, as in Whoosh's collector.

Phrases are matched here too: the words' documents are intersected as arrays, and only in those documents are
the words' positions decoded and lined up (Whoosh checks a phrase position by position in Python: half the
time of a first search at 100k articles). Other leaves (a wildcard, a range, a fuzzy term) are matched by
Whoosh and combined here; a query shape this module does not know raises `Unsupported`, and the caller asks
Whoosh instead. tests/test_fastsearch.py checks that both give the same hits and scores.
"""

from __future__ import annotations

import gc
from collections import OrderedDict
from contextlib import contextmanager
from itertools import chain
from pickle import loads as _loads
from threading import Lock, RLock

import numpy as np
from whoosh import formats
from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.reading import TermNotFound

from .whoosh_tuning import length_array

NO_DATE = np.uint64(2**64 - 1)  # the date column's value for a document without a date
_EMPTY_DOCS = np.zeros(0, dtype=np.int64)
_EMPTY_SCORES = np.zeros(0, dtype=np.float64)
_POSITION_SPAN = np.int64(1 << 32)  # (document, position) pairs as one number: document * span + position


DECODE_LOCK = RLock()  # index files have one read position: one decode at a time (see mmapstore._SharedMap)


@contextmanager
def _collector_paused():
    """Python's cyclic garbage collector off while postings are decoded. Decoding a common word or a phrase
    makes tens of thousands of short-lived lists (block tuples, position lists) that live until the arrays are
    built, long enough for the collector to promote them and then run a full collection over the whole heap:
    19.8 ms of an 84 ms first search for `"stock exchange"` at 100,000 articles. None of them can form a
    cycle, so reference counting frees them all the same. Left off only if another thread turned it off."""
    enabled = gc.isenabled()
    if enabled:
        gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def unique_ints(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted: by sorting. NumPy 2.4's `np.unique` hashes first and was 4 to 15 times
    slower on the arrays searches make (482 ms against 32 ms for 600,000 numbers)."""
    if len(values) < 2:
        return values.copy()
    ordered = np.sort(values)
    keep = np.empty(len(ordered), dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def intersect_sorted(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The values of `a` that are also in `b`, both sorted and without repeats: a membership test, where
    `np.intersect1d` concatenates and sorts both (4-5 ms against 0.3 ms for two sets of 50,000 documents)."""
    return a[np.isin(a, b, assume_unique=True)]


class Unsupported(Exception):
    """The query has a part only Whoosh evaluates."""


class Matches:
    """Matching documents (sorted, unique, global docnums) and their scores (None: not scored, a filter)."""

    __slots__ = ("docs", "scores")

    def __init__(self, docs: np.ndarray, scores: np.ndarray | None):
        self.docs = docs
        self.scores = scores


def _decode_leaf(matcher, with_weights: bool = True, values: list | None = None
                 ) -> tuple[np.ndarray, np.ndarray | None]:
    """(docnums, weights) of one segment's posting list, a block at a time; each posting's value (its encoded
    positions) appended to `values` when one is given."""
    if isinstance(matcher, W3LeafMatcher):
        ids, weights = [], []
        m = matcher
        while True:
            m._read_data()
            deltas, w, block_values = m._data
            n = m._blocklength
            ids.append(np.cumsum(np.asarray(deltas, dtype=np.int64)))
            if values is not None:
                values.extend(block_values)
            if not with_weights:
                pass
            elif w is None:
                weights.append(np.ones(n, dtype=np.float64))
            elif isinstance(w, float):
                weights.append(np.full(n, w, dtype=np.float64))
            else:
                weights.append(np.asarray(w, dtype=np.float64))
            if m._lastblock:
                break
            m._goto(m._nextoffset)
        return np.concatenate(ids), np.concatenate(weights) if with_weights else None
    docs, weights = [], []
    while matcher.is_active():  # postings stored inline with the term: a handful
        docs.append(matcher.id())
        weights.append(matcher.weight())
        if values is not None:
            values.append(matcher.value())
        matcher.next()
    return np.asarray(docs, dtype=np.int64), np.asarray(weights, dtype=np.float64)


def _position_deltas(value: bytes) -> list[int]:
    """The position deltas of one posting, as Whoosh's Positions.decode_positions reads them."""
    if not value.endswith(b"."):
        value += b"."
    return _loads(value[4:])


def _position_lists(values: list[bytes]) -> list[list[int]]:
    """The position deltas of many postings at once: each value is a protocol-2 pickle of one list (after a
    4-byte count), so their bodies between one MARK and LIST unpickle as a list of those lists in one call,
    where one call per posting was a third of a phrase's first search at 100,000 articles. Any value of
    another shape is read one at a time, as before."""
    if len(values) < 2:
        return [_position_deltas(v) for v in values]
    bodies = [v[6:-1] if v[-1:] == b"." else v[6:] for v in values]
    try:
        lists = _loads(b"\x80\x02(" + b"".join(bodies) + b"l.")
    except Exception:
        lists = None
    if type(lists) is not list or len(lists) != len(values):
        return [_position_deltas(v) for v in values]
    return lists


def _positions_in(docs: np.ndarray, term_docs: np.ndarray, values: list) -> tuple[np.ndarray, np.ndarray]:
    """(index into `docs`, position) of every occurrence of a term in the documents `docs` (sorted docnums),
    from the term's (docnums, posting values): only those documents' positions are decoded."""
    if not len(docs) or not len(term_docs):
        return _EMPTY_DOCS, _EMPTY_DOCS
    at = np.minimum(np.searchsorted(docs, term_docs), len(docs) - 1)
    chosen = np.flatnonzero(docs[at] == term_docs)
    if not len(chosen):
        return _EMPTY_DOCS, _EMPTY_DOCS
    decoded = _position_lists([values[i] for i in chosen.tolist()])
    lengths = np.fromiter(map(len, decoded), dtype=np.int64, count=len(decoded))
    flat = np.fromiter(chain.from_iterable(decoded), dtype=np.int64, count=int(lengths.sum()))
    totals = np.concatenate(([0], np.cumsum(flat)))  # totals[i]: the sum of the first i deltas
    first = np.cumsum(lengths) - lengths  # where each posting's deltas begin in `flat`
    return np.repeat(at[chosen], lengths), totals[1:] - np.repeat(totals[first], lengths)


def field_postings(reader, fieldname: str):
    """(term bytes, docnums) for every term of a field in one segment, in one pass over its term table: a short
    posting list comes with the term's entry, a longer one is decoded a block at a time. Deleted documents are
    included (callers count through a mask of live hits)."""
    terms = getattr(reader, "_terms", None)
    if terms is None or fieldname not in reader.schema:
        return
    fmt = reader.schema[fieldname].format
    for text, info in reader.iter_field(fieldname):
        if info.is_inlined():
            yield text, np.asarray(info.inlined_postings()[0], dtype=np.int64)
        else:
            yield text, _decode_leaf(terms._codec.postings_reader(terms._postfile, info, fmt), False)[0]


class ArrayEngine:
    """Evaluates queries for one searcher (one commit). Thread-safe; caches decoded postings, up to a budget."""

    def __init__(self, searcher, cache_entries: int = 6_000_000):
        self.searcher = searcher
        self.leaves = [(r, off) for r, off in searcher.reader().leaf_readers()]
        self.doc_count = searcher.reader().doc_count_all()
        self._budget = cache_entries
        self._cached = 0
        self._postings: OrderedDict[tuple[str, bytes], tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._lengths: dict[str, np.ndarray] = {}
        self._leaf_results: OrderedDict[str, Matches] = OrderedDict()
        self._dates: np.ndarray | None = None
        self._lock = Lock()
        alive = np.ones(self.doc_count, dtype=bool)
        for reader, offset in self.leaves:
            if reader.has_deletions():
                deleted = np.fromiter(reader.deleted_docs_set, dtype=np.int64)
                alive[deleted + offset] = False
        self._alive = None if alive.all() else alive
        self._all = np.flatnonzero(alive) if self._alive is not None else np.arange(self.doc_count)
        weighting = searcher.weighting
        # only Whoosh's BM25F with one B for every field is reproduced here; other weightings go to Whoosh
        self._bm25 = (weighting.B, weighting.K1) if type(weighting).__name__ == "BM25F" and not getattr(
            weighting, "_field_B", None) else None

    # --- postings ---------------------------------------------------------------------------------------
    def postings(self, fieldname: str, text) -> tuple[np.ndarray, np.ndarray]:
        """(docnums, weights) of a term across segments, deleted documents left out."""
        field = self.searcher.schema[fieldname]
        tbytes = field.to_bytes(text) if not isinstance(text, bytes) else text
        key = (fieldname, tbytes)
        with self._lock:
            hit = self._postings.get(key)
            if hit is not None:
                self._postings.move_to_end(key)
                return hit
        d, w, _values = self._decode(fieldname, tbytes)
        return d, w

    def _decode(self, fieldname: str, tbytes: bytes, with_values: bool = False):
        """Decode a term's postings from every segment and keep (docnums, weights) in the cache; returns them
        with the posting values (encoded positions) when asked for, else None (deleted documents left out)."""
        field = self.searcher.schema[fieldname]
        docs, weights = [], []
        raw: list | None = [] if with_values else None
        with DECODE_LOCK, _collector_paused():  # index files have one read position (see DECODE_LOCK)
            for reader, offset in self.leaves:
                terms = getattr(reader, "_terms", None)  # an empty index's reader has no terms at all
                if terms is None:
                    continue
                try:
                    m = terms.matcher(fieldname, tbytes, field.format)
                except (TermNotFound, KeyError):
                    continue
                d, w = _decode_leaf(m, values=raw)
                docs.append(d + offset)
                weights.append(w)
        if docs:
            d, w = np.concatenate(docs), np.concatenate(weights)
            if self._alive is not None:
                keep = self._alive[d]
                d, w = d[keep], w[keep]
                if raw is not None:
                    raw = [raw[i] for i in np.flatnonzero(keep).tolist()]
        else:
            d, w = _EMPTY_DOCS, _EMPTY_SCORES
        key = (fieldname, tbytes)
        with self._lock:
            replaced = self._postings.pop(key, None)  # another thread decoded the same term meanwhile
            if replaced is not None:
                self._cached -= max(1, len(replaced[0]))
            self._postings[key] = (d, w)
            self._cached += max(1, len(d))  # a word the archive lacks costs an entry too, or they pile up
            while self._cached > self._budget and len(self._postings) > 1:
                _k, (old, _w) = self._postings.popitem(last=False)
                self._cached -= max(1, len(old))
        return d, w, raw

    def lengths(self, fieldname: str) -> np.ndarray:
        """Every document's (quantised) length of the field, as Whoosh's scorer reads it."""
        found = self._lengths.get(fieldname)
        if found is None:
            parts = [length_array(reader, fieldname) for reader, _off in self.leaves]
            found = np.concatenate(parts) if parts else np.zeros(0)
            self._lengths[fieldname] = found
        return found

    # --- dates ------------------------------------------------------------------------------------------
    def date_keys(self) -> np.ndarray:
        """Every document's date as Whoosh's column holds it (microseconds since year 1), NO_DATE where none:
        read from the column files in one go, not a document at a time."""
        with self._lock:
            if self._dates is None:
                parts = []
                field = self.searcher.schema["date"] if "date" in self.searcher.schema else None
                for reader, _off in self.leaves:
                    count = reader.doc_count_all()
                    keys = np.full(count, NO_DATE, dtype=np.uint64)
                    perdoc = getattr(reader, "_perdoc", None)
                    if field is not None and perdoc is not None and perdoc.has_column("date"):
                        column = perdoc.column_reader("date", field.column_type)
                        n = min(column._count, count)
                        if n:
                            raw = bytes(column._dbfile.get(column._basepos, n * 8))
                            keys[:n] = np.frombuffer(raw, dtype=">u8")
                    parts.append(keys)
                self._dates = np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint64)
            return self._dates

    def dated_between(self, start: int | None, end: int | None) -> np.ndarray:
        """Documents dated from `start` to `end` (column keys, both included; None is open), sorted."""
        keys = self.date_keys()
        mask = keys != NO_DATE
        if start is not None:
            mask &= keys >= np.uint64(start)
        if end is not None:
            mask &= keys <= np.uint64(end)
        if self._alive is not None:
            mask &= self._alive
        return np.flatnonzero(mask)

    def date_span(self) -> tuple[int, int] | None:
        """The first and last date keys of the live dated documents, or None when none is dated."""
        keys = self.date_keys()
        mask = keys != NO_DATE
        if self._alive is not None:
            mask &= self._alive
        dated = keys[mask]
        return (int(dated.min()), int(dated.max())) if len(dated) else None

    def by_date(self, docs: np.ndarray, limit: int, newest: bool) -> np.ndarray:
        """The first `limit` of `docs` newest (or oldest) first, ties by document number; undated last."""
        keys = self.date_keys()[docs]
        dated = keys != NO_DATE
        docs_dated, keys_dated = docs[dated], keys[dated].astype(np.int64)  # keys < 2**63: years < 29,000
        order_keys = -keys_dated if newest else keys_dated
        if len(docs_dated) > limit:
            threshold = np.partition(order_keys, limit - 1)[limit - 1]
            chosen = np.flatnonzero(order_keys <= threshold)
        else:
            chosen = np.arange(len(docs_dated))
        first = docs_dated[chosen[np.lexsort((docs_dated[chosen], order_keys[chosen]))]][:limit]
        if len(first) < limit:
            first = np.concatenate([first, docs[~dated][: limit - len(first)]])
        return first

    # --- evaluation -------------------------------------------------------------------------------------
    def evaluate(self, q: wq.Query) -> Matches:
        """The query's matches and BM25F scores. Raises Unsupported for parts only Whoosh evaluates."""
        kind = type(q)
        if kind is wq.Term:
            return self._term(q)
        if kind is wq.And:
            return self._and(q.subqueries, q.boost)
        if kind is wq.Or:
            if getattr(q, "scale", None):
                raise Unsupported("Or with scale")
            return self._or([self.evaluate(c) for c in q.subqueries], q.boost)
        if kind is wq.AndNot:
            pos = self.evaluate(q.a)
            neg = self.evaluate(q.b)
            keep = ~np.isin(pos.docs, neg.docs, assume_unique=True)
            return Matches(pos.docs[keep], None if pos.scores is None else pos.scores[keep])
        if kind is wq.Not:
            neg = self.evaluate(q.query)
            docs = self._all[~np.isin(self._all, neg.docs, assume_unique=True)]
            return Matches(docs, np.full(len(docs), 1.0))  # Whoosh scores an inverse match 1.0
        if kind is wq.Every:
            if q.fieldname in (None, "", "*"):
                return Matches(self._all, np.full(len(self._all), float(q.boost)))
            raise Unsupported("Every on a field")
        if q is wq.NullQuery or kind.__name__ == "_NullQuery":
            return Matches(_EMPTY_DOCS, _EMPTY_SCORES)
        if kind is wq.Phrase and q.slop == 1 and len(q.words) > 1:
            field = self.searcher.schema[q.fieldname] if q.fieldname in self.searcher.schema else None
            if field is not None and type(field.format) is formats.Positions:
                return self._phrase(q, field)
        if q.is_leaf():
            return self._by_whoosh(q)  # a prefix, a range, a fuzzy term: Whoosh's matching, combined here
        raise Unsupported(kind.__name__)

    def _leaf_result(self, key: str) -> Matches | None:
        """A phrase's or another leaf's matches from an earlier keystroke on this commit, if kept."""
        with self._lock:
            hit = self._leaf_results.get(key)
            if hit is not None:
                self._leaf_results.move_to_end(key)
            return hit

    def _keep_leaf_result(self, key: str, found: Matches) -> Matches:
        with self._lock:
            self._leaf_results[key] = found
            if len(self._leaf_results) > 64:
                self._leaf_results.popitem(last=False)
        return found

    def _by_whoosh(self, q: wq.Query) -> Matches:
        """A leaf query matched and scored by Whoosh (positions, expansions), kept for the next keystroke."""
        key = repr(q)
        hit = self._leaf_result(key)
        if hit is not None:
            return hit
        top = self.searcher.search(q, limit=None).top_n  # (score, docnum) of every match
        if top:
            pairs = np.array(top, dtype=np.float64)
            order = np.argsort(pairs[:, 1], kind="stable")
            found = Matches(pairs[order, 1].astype(np.int64), pairs[order, 0])
        else:
            found = Matches(_EMPTY_DOCS, _EMPTY_SCORES)
        return self._keep_leaf_result(key, found)

    def _phrase(self, q: wq.Phrase, field) -> Matches:
        """Whoosh's Phrase (slop 1): the documents where the words stand one after another, scored as Whoosh
        does, the sum of the words' scores (its SpanNear2 over an intersection of the terms), times the boost."""
        words = []
        for word in q.words:
            try:
                words.append(field.to_bytes(word))
            except ValueError:
                return Matches(_EMPTY_DOCS, _EMPTY_SCORES)  # as Whoosh: a word the field cannot hold
        key = repr(q)
        hit = self._leaf_result(key)
        if hit is not None:
            return hit
        # each word decoded once, its positions kept for the alignment below (and its postings cached)
        decoded = {}
        for word in words:
            if word not in decoded:
                d, _w, values = self._decode(q.fieldname, word, with_values=True)
                decoded[word] = (d, values)
        both = self._and([wq.Term(q.fieldname, w) for w in words], q.boost)
        keep = None
        if len(both.docs):
            # (document, start) pairs: word k of the phrase must stand at start + k
            starts = None
            with _collector_paused():
                for k, word in enumerate(words):
                    owner, pos = _positions_in(both.docs, *decoded[word])
                    pairs = unique_ints(owner * _POSITION_SPAN + (pos - k))
                    starts = pairs if starts is None else intersect_sorted(starts, pairs)
                    if not len(starts):
                        break
            keep = np.zeros(len(both.docs), dtype=bool)
            keep[starts // _POSITION_SPAN] = True
        found = Matches(both.docs[keep], both.scores[keep]) if keep is not None else both
        return self._keep_leaf_result(key, found)

    def _term(self, q: wq.Term) -> Matches:
        fieldname = q.fieldname
        if fieldname not in self.searcher.schema:
            return Matches(_EMPTY_DOCS, _EMPTY_SCORES)
        docs, weights = self.postings(fieldname, q.text)
        field = self.searcher.schema[fieldname]
        if not len(docs):
            return Matches(docs, weights)
        if not field.scorable:
            # Whoosh's BM25F scores an unscorable field by its posting weight
            scores = weights.copy()
        else:
            if self._bm25 is None:
                raise Unsupported("a weighting other than BM25F")
            tbytes = field.to_bytes(q.text) if not isinstance(q.text, bytes) else q.text
            idf = self.searcher.idf(fieldname, tbytes)
            avgfl = self.searcher.avg_field_length(fieldname) or 1
            fl = self.lengths(fieldname)[docs]
            B, K1 = self._bm25
            scores = idf * ((weights * (K1 + 1)) / (weights + K1 * ((1 - B) + B * fl / avgfl)))
        if q.boost != 1.0:
            scores = scores * q.boost
        return Matches(docs, scores)

    def _and(self, children, boost: float) -> Matches:
        positives = [c for c in children if type(c) is not wq.Not]
        negatives = [c.query for c in children if type(c) is wq.Not]
        if not positives:
            raise Unsupported("And of only negations")
        parts = [self.evaluate(c) for c in positives]
        parts.sort(key=lambda m: len(m.docs))
        docs = parts[0].docs
        for p in parts[1:]:
            docs = intersect_sorted(docs, p.docs)
            if not len(docs):
                break
        scores = np.zeros(len(docs))
        for p in parts:
            if p.scores is not None and len(docs):
                scores += p.scores[np.searchsorted(p.docs, docs)]
        for n in negatives:
            neg = self.evaluate(n)
            keep = ~np.isin(docs, neg.docs, assume_unique=True)
            docs, scores = docs[keep], scores[keep] + 1.0  # Whoosh adds an inverse match's score, 1.0
        return Matches(docs, scores * boost if boost != 1.0 else scores)

    def _or(self, parts: list[Matches], boost: float) -> Matches:
        parts = [p for p in parts if len(p.docs)]
        if not parts:
            return Matches(_EMPTY_DOCS, _EMPTY_SCORES)
        if len(parts) == 1:
            docs, scores = parts[0].docs, parts[0].scores
        else:
            docs = unique_ints(np.concatenate([p.docs for p in parts]))
            scores = np.zeros(len(docs))
            for p in parts:
                if p.scores is not None:
                    scores[np.searchsorted(docs, p.docs)] += p.scores
        if scores is None:
            scores = np.zeros(len(docs))
        return Matches(docs, scores * boost if boost != 1.0 else scores)

    def top(self, matches: Matches, limit: int, allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(every matching docnum, the top `limit` docnums, their scores), best first, ties by docnum;
        `allowed` (sorted docnums) restricts the matches."""
        docs, scores = matches.docs, matches.scores
        if scores is None:
            scores = np.zeros(len(docs))
        if allowed is not None:
            keep = np.isin(docs, allowed, assume_unique=True)
            docs, scores = docs[keep], scores[keep]
        if len(docs) > limit:
            # the limit-th best score; everything above it is in, ties at it settled by docnum
            threshold = -np.partition(-scores, limit - 1)[limit - 1]
            chosen = np.flatnonzero(scores >= threshold)
        else:
            chosen = np.arange(len(docs))
        order = chosen[np.lexsort((docs[chosen], -scores[chosen]))][:limit]
        return docs, docs[order], scores[order]
