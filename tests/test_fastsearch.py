"""The array engine (search_index/fastsearch.py) finds exactly what Whoosh finds, with Whoosh's scores."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from search_index.fastsearch import ArrayEngine, Unsupported
from search_index.indexer import index_sources
from search_index.results import SearchRequest
from search_index.store import ArchiveIndex, _split_dates, _TopAndAll

DATA = Path(__file__).resolve().parents[1] / "data"

QUERIES = [
    "river", "kellan", "river treaty", "river OR treaty", "river AND NOT treaty", "river -kellan", "NOT river",
    "-river", "(river OR bank) council", '"river treaty"', '"prime minister" kellan', "riv*", "title:river",
    "person:kellan", "org:nrcc", "speaker:osk", "speaker:osk river", "osk OR kellan OR brandt", "", "*",
    "zzzzqqq", "river OR zzzzqqq", "kellan NOT zzzzqqq", "source:mna", "date:2025 river", "place:marenburg",
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("ix") / "index"
    with ArchiveIndex(str(path), create=True) as ix:
        index_sources(ix, [str(DATA)], workers=1)
        # a second commit that replaces some articles: deleted documents must not be found
        first = ix.get(ix.search(SearchRequest("river", limit=3)).hits[0].id)[0]
        with ix.writer() as w:
            first.body += " An added sentence about the harbour."
            w.add(first, replace=True)
    ix = ArchiveIndex(str(path), read_only=True)
    yield ix
    ix.close()


def _whoosh(searcher, q, limit=20):
    collector = _TopAndAll(limit)
    searcher.search_with_collector(q, collector)
    results = collector.results()
    return sorted(results.docs()), [(h.docnum, h.score) for h in results[:limit]]


def assert_same_as_whoosh(engine, searcher, q, label="") -> list[int]:
    """The engine's matches, first page and scores are Whoosh's; returns the matches."""
    everything, top_docs, top_scores = engine.top(engine.evaluate(q), 20)
    docs, top = _whoosh(searcher, q)
    assert everything.tolist() == docs, label
    assert top_docs.tolist() == [d for d, _ in top], label
    assert np.allclose(top_scores, [s for _, s in top], rtol=1e-6), label
    return docs


@pytest.mark.parametrize("text", QUERIES + ["river " * 3 + "OR bank", "harbour"])
def test_same_matches_order_and_scores_as_whoosh(archive, text):
    searcher = archive._current_searcher()
    assert searcher.reader().has_deletions(), "the fixture should hold a deleted document"
    q, _dates = _split_dates(archive.parser.parse(text))
    assert_same_as_whoosh(ArrayEngine(searcher), searcher, q, text)


def _oracle(searcher, q) -> set[int]:
    """The documents a boolean query matches, by set algebra over each word's documents."""
    from whoosh import query as wq

    every = set(searcher.reader().all_doc_ids())
    if isinstance(q, wq.Term):
        return set(searcher.docs_for_query(q))
    if isinstance(q, wq.Not):
        return every - _oracle(searcher, q.query)
    if isinstance(q, wq.AndNot):
        return _oracle(searcher, q.a) - _oracle(searcher, q.b)
    if isinstance(q, wq.And):
        out = every
        for c in q.subqueries:
            out = out & _oracle(searcher, c)
        return out
    if isinstance(q, wq.Or):
        return set().union(*(_oracle(searcher, c) for c in q.subqueries))
    if isinstance(q, wq.Every):
        return every
    raise AssertionError(repr(q))


def test_random_boolean_queries_agree(archive):
    """Matches as set algebra says; scores and order as Whoosh's (where Whoosh matches as set algebra says:
    its AND NOT of a word that is also on the positive side, `a -b OR b`, keeps a document it should not)."""
    words = ["river", "treaty", "kellan", "osk", "council", "water", "minister", "bank", "said", "zzzz"]
    rnd = random.Random(5)
    searcher = archive._current_searcher()
    engine = ArrayEngine(searcher)
    checked = 0
    for _ in range(150):
        parts = []
        for _ in range(rnd.randint(1, 4)):
            w = rnd.choice(words)
            parts.append(rnd.choice(["", "-", "NOT "]) + w if parts else w)
            parts.append(rnd.choice(["", "OR", "AND"]))
        text = " ".join(p for p in parts[:-1] if p)
        q, _dates = _split_dates(archive.parser.parse(text))
        try:
            everything, top_docs, top_scores = engine.top(engine.evaluate(q), 10)
        except Unsupported:
            continue
        assert everything.tolist() == sorted(_oracle(searcher, q)), text
        docs, top = _whoosh(searcher, q, 10)
        if docs == everything.tolist():
            assert top_docs.tolist() == [d for d, _ in top], text
            assert np.allclose(top_scores, [s for _, s in top], rtol=1e-6), text
            checked += 1
    assert checked > 100


def test_search_totals_count_every_match_of_an_or(archive):
    """Whoosh's top-N collector stops looking at documents that cannot reach the first page; the total and the
    facets must still count them (a bug of the old collector: `oil OR gas` counted fewer hits than `oil`)."""
    either = archive.search(SearchRequest("river OR kellan", limit=1)).total
    river = archive.search(SearchRequest("river", limit=1)).total
    kellan = archive.search(SearchRequest("kellan", limit=1)).total
    both = archive.search(SearchRequest("river kellan", limit=1)).total
    assert either == river + kellan - both
    searcher = archive._current_searcher()
    q = archive.parser.parse("river OR kellan")
    assert _whoosh(searcher, q, 1)[0] == sorted(searcher.docs_for_query(q))


def test_unknown_compound_queries_go_to_whoosh(archive):
    from whoosh import query as wq

    engine = ArrayEngine(archive._current_searcher())
    with pytest.raises(Unsupported):
        engine.evaluate(wq.AndMaybe(wq.Term("content", "river"), wq.Term("content", "treaty")))


def test_newest_and_oldest_put_undated_articles_last(tmp_path):
    from datetime import datetime

    from search_index.model import Article

    dates = [datetime(2024, 5, 2), None, datetime(2023, 1, 9), datetime(2024, 5, 2), None, datetime(2025, 7, 1)]
    with ArchiveIndex(str(tmp_path / "ix"), create=True) as ix:
        with ix.writer() as w:
            for n, date in enumerate(dates):
                w.add(Article(title=f"Story {n}", body="The harbour reopened.", source_path=f"s{n}.txt",
                              date=date, id=f"s{n}"), replace=False)
        newest = [h.id for h in ix.search(SearchRequest("harbour", sort="newest")).hits]
        oldest = [h.id for h in ix.search(SearchRequest("harbour", sort="oldest")).hits]
        page2 = [h.id for h in ix.search(SearchRequest("harbour", sort="newest", limit=2, offset=2)).hits]
        window = [h.id for h in ix.search(SearchRequest("date:2024", sort="oldest")).hits]
    # same date: the article indexed first comes first
    assert newest == ["s5", "s0", "s3", "s2", "s1", "s4"]
    assert oldest == ["s2", "s0", "s3", "s5", "s1", "s4"]
    assert page2 == ["s3", "s2"]
    assert window == ["s0", "s3"]


def test_quotes_across_the_archive_newest_first_with_words_and_dates(archive):
    total, quotes = archive.quotes(speaker="kellan", limit=500)
    assert total == len(quotes) > 3
    assert all("kellan" in q.speaker.lower() for q in quotes)
    dates = [q.date for q in quotes if q.date]
    assert dates == sorted(dates, reverse=True)
    _total, river = archive.quotes(speaker="kellan", query="river", limit=500)
    assert 0 < len(river) < len(quotes)
    assert all("river" in q.text.lower() for q in river)
    _total, dated = archive.quotes(speaker="kellan", query="date:2025", limit=500)
    assert dated and all(q.date.year == 2025 for q in dated)
    assert {(q.article_id, q.start) for q in dated} == {(q.article_id, q.start) for q in quotes
                                                       if q.date and q.date.year == 2025}


def test_phrases_are_matched_as_arrays_with_whooshs_hits_and_scores(archive, monkeypatch):
    """Phrases taken from the archive's own text (two to four words, stop words inside, some reversed so that
    they do not occur) find what Whoosh's span matcher finds, scored the same, without asking Whoosh."""
    import re

    searcher = archive._current_searcher()
    rnd = random.Random(11)
    bodies = [searcher.stored_fields(d).get("body", "") for d in range(searcher.doc_count_all())
              if not searcher.reader().is_deleted(d)]
    phrases = []
    while len(phrases) < 120:
        words = re.findall(r"[A-Za-z]+", rnd.choice(bodies))
        if len(words) < 6:
            continue
        size = rnd.randint(2, 4)
        at = rnd.randrange(len(words) - size)
        chosen = words[at:at + size]
        if rnd.random() < 0.25:
            chosen = chosen[::-1]
        phrases.append('"' + " ".join(chosen) + '"')
    engine = ArrayEngine(searcher)
    monkeypatch.setattr(engine, "_by_whoosh", lambda q: pytest.fail(f"{q!r} went to Whoosh"))
    found_some = 0
    from search_index.query import QueryError

    for text in phrases + ['"prime minister" kellan', 'title:"river treaty"', '"river river"']:
        try:
            q, _dates = _split_dates(archive.parser.parse(text))
        except QueryError:  # only stop words: refused before any search
            continue
        found_some += bool(assert_same_as_whoosh(engine, searcher, q, text))
    assert found_some > 60  # most phrases taken from the text are found


def test_position_lists_unpickled_at_once_are_whooshs():
    """Many postings' positions unpickled in one call read the same as Whoosh's decoder one posting at a time:
    one position, small and large gaps (1, 2 and 4-byte integers), lists longer than pickle's batch of 1,000,
    values with and without the closing stop; a value of another shape sends them all the slow way."""
    import pickle

    from whoosh import formats

    from search_index.fastsearch import _position_lists

    fmt = formats.Positions()
    rnd = random.Random(5)
    lists = [[7], [0, 1, 2], [300, 70_000, 70_001], list(range(0, 9_000, 3)), [2**31 - 1]]
    lists += [sorted(rnd.sample(range(5_000), rnd.randint(1, 40))) for _ in range(300)]
    values = [fmt.encode(p) for p in lists]
    values[3] = values[3].rstrip(b".")  # Whoosh's decoder adds the stop where it is missing
    expected = [fmt.decode_positions(v) for v in values]
    deltas = _position_lists(values)
    assert [list(np.cumsum(d)) for d in deltas] == expected
    odd = values + [b"\x00\x00\x00\x01" + pickle.dumps([4], 4)]  # protocol 4: not joinable
    assert [list(np.cumsum(d)) for d in _position_lists(odd)] == expected + [[4]]


def test_decoding_leaves_the_garbage_collector_as_it_found_it(archive, monkeypatch):
    """The collector is paused while postings and positions are decoded and switched back on after, unless it
    was off."""
    import gc

    from search_index import fastsearch

    during = []
    for name in ("_decode_leaf", "_positions_in"):
        real = getattr(fastsearch, name)
        monkeypatch.setattr(fastsearch, name,
                            lambda *a, _real=real, **k: (during.append(gc.isenabled()), _real(*a, **k))[1])
    searcher = archive._current_searcher()
    for enabled in (True, False):
        engine = ArrayEngine(searcher)
        (gc.enable if enabled else gc.disable)()
        try:
            q, _dates = _split_dates(archive.parser.parse('"prime minister" river'))
            assert len(engine.evaluate(q).docs) > 0
            assert gc.isenabled() is enabled
        finally:
            gc.enable()
    assert len(during) >= 4 and not any(during), "decoded with the collector off"


def test_sorted_unique_and_intersection_are_numpys():
    """The sort-based set operations give what np.unique and np.intersect1d give, empty and one-element
    arrays included."""
    from search_index.fastsearch import intersect_sorted, unique_ints

    rng = np.random.default_rng(3)
    for size in (0, 1, 2, 50, 5_000):
        values = rng.integers(0, max(1, size // 3) * (1 << 33), size)
        assert np.array_equal(unique_ints(values), np.unique(values))
        a, b = np.unique(rng.integers(0, 800, size)), np.unique(rng.integers(0, 800, size // 2 + 1))
        assert np.array_equal(intersect_sorted(a, b), np.intersect1d(a, b, assume_unique=True))
