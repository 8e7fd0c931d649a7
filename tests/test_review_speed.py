"""Review of the array search, the facet tables on disk and the tuned Whoosh paths: each test failed before the
fix it came with."""

from __future__ import annotations

from pathlib import Path

import pytest

from search_index import fastsearch
from search_index.fastsearch import ArrayEngine
from search_index.indexer import index_sources
from search_index.results import SearchRequest
from search_index.store import ArchiveIndex

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("review") / "ix"
    with ArchiveIndex(str(path), create=True) as ix:
        index_sources(ix, [str(DATA)], workers=1)
    return path


def _facets(path: Path, **kw) -> dict:
    with ArchiveIndex(str(path), **kw) as ix:
        return ix.search(SearchRequest("", limit=1, facet_limit=50)).facets


@pytest.mark.parametrize("cut", ["empty", "half"])
def test_a_half_written_facet_table_is_built_again(built, tmp_path, cut):
    """A table cut short (a crash or power loss before the data reached the disk) is not a zip file at all: numpy
    raises EOFError or zipfile.BadZipFile, and the search must not fail on it."""
    import shutil

    path = tmp_path / "ix"
    shutil.copytree(built, path)
    good = _facets(path)
    tables = sorted(path.glob("*.facet_*.npz"))
    assert tables
    for t in tables:
        data = t.read_bytes()
        t.write_bytes(b"" if cut == "empty" else data[: len(data) // 2])
    assert _facets(path) == good
    assert all(t.stat().st_size > 100 for t in tables), "rewritten"


def test_posting_cache_counts_a_term_decoded_by_two_threads_once(built, monkeypatch):
    """Two searches decoding the same word at once (the browser's search and "more" workers) both store it: the
    second replaces the first, whose size must not stay counted, or the budget fills with nothing and the cache
    shrinks to one entry."""
    with ArchiveIndex(str(built), read_only=True) as ix:
        engine = ArrayEngine(ix._current_searcher())
        decode = fastsearch._decode_leaf
        state = {"inner": False}

        def racing(matcher, with_weights=True, values=None):
            if not state["inner"]:  # another thread asks for the same word while this one decodes it
                state["inner"] = True
                engine.postings("content", "river")
            return decode(matcher, with_weights, values)

        monkeypatch.setattr(fastsearch, "_decode_leaf", racing)
        docs, _weights = engine.postings("content", "river")
        assert len(docs) > 0
        assert engine._cached == sum(len(d) for d, _w in engine._postings.values())


@pytest.mark.parametrize("sort", ["relevance", "newest"])
def test_a_page_of_no_hits_has_no_hits(built, sort):
    """limit=0 asks for the total and the facets only (as before the array engine: Whoosh's results sliced to the
    page); the page held the first hit."""
    with ArchiveIndex(str(built), read_only=True) as ix:
        counted = ix.search(SearchRequest("river", limit=0, sort=sort))
        everything = ix.search(SearchRequest("river", limit=100, sort=sort))
    assert counted.total == everything.total > 0
    assert counted.hits == []
    assert counted.facets == everything.facets


def test_two_threads_decoding_postings_of_one_searcher_get_the_right_documents(built):
    """The browser's workers search one searcher at once. Whoosh reads an index file by a seek and then a read on
    one shared memory map: another thread's seek in between gave wrong postings (or 'seek out of range'), which
    the array engine then kept for every later search."""
    import sys
    import threading

    with ArchiveIndex(str(built), read_only=True) as ix:
        searcher = ix._current_searcher()
        words = [t.decode("utf-8") for t in searcher.reader().lexicon("content")][:300]
        reference = ArrayEngine(searcher)
        expected = {w: reference.postings("content", w)[0].tolist() for w in words}
        problems: list = []

        def decode(start: int) -> None:
            for _round in range(3):
                engine = ArrayEngine(searcher)  # nothing cached: every word read from the files again
                for w in words[start::2]:
                    try:
                        if engine.postings("content", w)[0].tolist() != expected[w]:
                            problems.append(w)
                    except Exception as exc:  # noqa: BLE001 - any failure is the bug
                        problems.append(f"{w}: {exc!r}")

        interval = sys.getswitchinterval()
        sys.setswitchinterval(1e-6)  # switch threads as often as possible, so that the two interleave
        try:
            threads = [threading.Thread(target=decode, args=(n,)) for n in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        finally:
            sys.setswitchinterval(interval)
    assert problems == []


def test_words_the_archive_lacks_count_against_the_posting_cache_budget(built):
    """Every keystroke of a word being typed (`r`, `ri`, `riv`...) that the archive lacks was kept at no cost:
    a long session's cache grew without bound."""
    with ArchiveIndex(str(built), read_only=True) as ix:
        engine = ArrayEngine(ix._current_searcher(), cache_entries=50)
        for n in range(500):
            engine.postings("content", f"zzq{n}")
        assert len(engine._postings) <= 51
        assert engine.postings("content", "zzq1")[0].tolist() == []
