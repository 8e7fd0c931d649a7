"""The fast paths through Whoosh give exactly Whoosh's own results (search_index/whoosh_tuning.py)."""

from __future__ import annotations

import random
import re
from datetime import datetime
from pathlib import Path

import pytest
from whoosh import analysis, fields

from search_index import term_pool, whoosh_tuning
from search_index.schema import _name_analyzer, _text_analyzer, build_schema
from search_index.store import ArchiveIndex
from search_index.indexer import index_sources
from search_index.whoosh_tuning import FastText, _fast_plan, _uncapture

DATA = Path(__file__).resolve().parents[1] / "data"


def _texts() -> list[str]:
    texts = [
        "The talks were held in Geneva; the U.S. said it's 3.5% of GDP, and a I to be or not.",
        "İstanbul ŞEHİR straße ǅungla don’t e-mail w.o.r.d. x*y ** 1,000.50",
        "", "   ", "a an the of", "Hello hello HELLO hello.",
    ]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(DATA.rglob("*")) if p.is_file()][:40]
    rnd = random.Random(7)
    alphabet = "aAbB .,'’-*İıßǅ\u00e9\u0301zZ0 9\n\t_Σ\u212a\u1e9e"
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 80))) for _ in range(2000)]
    return texts


@pytest.mark.parametrize("make", [_text_analyzer, _name_analyzer], ids=["stemmed", "names"])
def test_fast_text_postings_are_whooshs(make):
    slow, fast = fields.TEXT(analyzer=make()), FastText(analyzer=make())
    assert _fast_plan(fast.analyzer), "the schema's analyzer should take the fast path"
    for text in _texts():
        assert sorted(fast.index(text)) == sorted(slow.index(text)), repr(text[:80])


def _empty_at_zz(word: str) -> str:
    """A stemmer that makes an empty stem for some words (Whoosh keeps the empty term)."""
    return "" if word.startswith("zz") else word.removesuffix("s")


@pytest.mark.parametrize("make", [
    lambda: analysis.StemmingAnalyzer(minsize=3, maxsize=6, ignore={"running"}),
    lambda: analysis.RegexTokenizer() | analysis.LowercaseFilter() | analysis.StopFilter(minsize=1),
    lambda: analysis.RegexTokenizer() | analysis.LowercaseFilter() | analysis.StemFilter(),
    lambda: analysis.RegexTokenizer() | analysis.LowercaseFilter() | analysis.StopFilter()
    | analysis.StemFilter(_empty_at_zz),
    lambda: analysis.RegexTokenizer() | analysis.LowercaseFilter() | analysis.StemFilter(_empty_at_zz),
    lambda: analysis.RegexTokenizer(r"\w*") | analysis.LowercaseFilter(),
], ids=["sizes-and-ignore", "stop-only", "stem-only", "empty-stems", "empty-stems-no-stop", "empty-matches"])
def test_fast_text_postings_are_whooshs_for_other_chains(make):
    """Stop filters with other sizes, stemmers that ignore words or make empty stems, patterns that match
    nothing: the one-pass analysis gives Whoosh's postings (taking Whoosh's path where it must)."""
    slow, fast = fields.TEXT(analyzer=make()), FastText(analyzer=make())
    assert _fast_plan(fast.analyzer)
    words = ["zz", "running", "runs", "the", "ran", "bee", "zzz", "généralement", "İstanbul", "ΣΑΣ", "abcdefgh",
             "of", "a", "I"]
    rnd = random.Random(5)
    texts = [" ".join(rnd.choice(words) for _ in range(rnd.randint(0, 12))) for _ in range(300)] + _texts()
    for text in texts:
        assert sorted(fast.index(text)) == sorted(slow.index(text)), repr(text[:80])


def test_the_default_word_pattern_runs_as_its_faster_twins():
    """Whoosh's `[\\w\\*]+(\\.?[\\w\\*]+)*` is run as `[\\w\\*]+(?:\\.[\\w\\*]+)*`, and as `\\w+(?:\\.\\w+)*` for
    a text without a `*`: the same words for any text (dots, stars, underscores, letters of any script, digits)."""
    plan = _fast_plan(FastText(analyzer=_text_analyzer()).analyzer)
    assert plan["regex"].pattern == r"[\w\*]+(?:\.[\w\*]+)*"
    assert plan["starless"].pattern == r"\w+(?:\.\w+)*"
    original = re.compile(r"[\w\*]+(\.?[\w\*]+)*")
    rnd = random.Random(11)
    alphabet = "ab.*._ 9é\u0301İ\n.."
    texts = _texts() + ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(3000)]
    for text in texts:
        expected = [m.group() for m in original.finditer(text)]
        assert plan["regex"].findall(text) == expected, repr(text[:80])
        if "*" not in text:
            assert plan["starless"].findall(text) == expected, repr(text[:80])


def test_other_analyzers_fall_back_to_whoosh():
    ana = analysis.StandardAnalyzer() | analysis.CharsetFilter({})
    assert _fast_plan(ana) is None
    field = FastText(analyzer=ana)
    assert sorted(field.index("Some Words here")) == sorted(fields.TEXT(analyzer=ana).index("Some Words here"))


def test_uncapture_keeps_classes_and_escapes():
    assert _uncapture(r"[\w\*]+(\.?[\w\*]+)*") == r"[\w\*]+(?:\.?[\w\*]+)*"
    assert _uncapture(r"[(]a(b)\(c\)(?:d)") == r"[(]a(?:b)\(c\)(?:d)"
    assert _uncapture(r"[]()]x(y)") == r"[]()]x(?:y)"


def test_field_lengths_read_in_bulk_match_whoosh(tmp_path):
    with ArchiveIndex(str(tmp_path / "ix"), create=True) as archive:
        index_sources(archive, [str(DATA)], workers=1)
        reader = archive._current_searcher().reader()
        names = [n for n, f in archive._ix.schema.items() if f.scorable]
        docs = list(reader.all_doc_ids())
        fast = {(d, n): reader.doc_field_length(d, n) for d in docs for n in names}
        whoosh_tuning.uninstall()
        try:
            archive._searcher = None  # a fresh reader, without the cached lengths
            reader = archive._current_searcher().reader()
            slow = {(d, n): reader.doc_field_length(d, n) for d in docs for n in names}
        finally:
            whoosh_tuning.install()
    assert len(docs) > 50 and "content" in names
    assert any(v for v in fast.values())
    assert fast == slow


def _segment_files(folder: Path) -> dict[str, list[bytes]]:
    """The index's postings and term files by extension (segment names differ from run to run)."""
    found: dict[str, list[bytes]] = {}
    for p in folder.iterdir():
        if p.suffix in (".pst", ".trm"):
            found.setdefault(p.suffix, []).append(p.read_bytes())
    return {k: sorted(v) for k, v in found.items()}


def _postings(folder: Path) -> dict:
    """Every term of the index with its postings (document, weight, positions), its statistics, and whether
    it is kept inline: what a search reads, whatever the bytes that hold it."""
    from whoosh import index as whoosh_index

    ix = whoosh_index.open_dir(str(folder))
    with ix.reader() as top:
        out = {}
        for leaf, (reader, _offset) in enumerate(top.leaf_readers()):
            for fieldname, text in reader.all_terms():
                m = reader.postings(fieldname, text)
                items = []
                while m.is_active():
                    items.append((m.id(), m.weight(), m.value(), m.block_max_weight()))
                    m.next()
                ti = reader._terms.term_info(fieldname, text)
                out[leaf, fieldname, text] = (items, ti.weight(), ti.doc_frequency(), ti.min_length(),
                                              ti.max_length(), ti.max_weight(), ti.is_inlined())
    return out


def _write_sample(folder: Path) -> None:
    """A word in 300 articles (several blocks), then the bundled archive in a second commit."""
    from search_index.model import Article

    with ArchiveIndex(str(folder), create=True) as archive:
        with archive.writer() as w:
            for n in range(300):
                w.add(Article(title=f"Note {n}", body="harbour " * (n % 7 + 1) + f"tide{n % 13}",
                              source_path=f"n{n}.txt", id=f"n{n}"), replace=False)
        index_sources(archive, [str(DATA)], workers=1)


def _write_sample_with_whooshs_own(folder: Path) -> None:
    """The sample written by Whoosh's own code (its analysis, sorting pool and protocol-2 pickles)."""
    whoosh_tuning.uninstall()
    try:
        _write_sample(folder)
    finally:
        whoosh_tuning.install()


def _whooshs_own(tmp_path: Path) -> dict:
    _write_sample_with_whooshs_own(tmp_path / "whoosh")
    return _postings(tmp_path / "whoosh")


def test_postings_written_a_term_at_a_time_are_whooshs(tmp_path):
    _write_sample(tmp_path / "fast")
    assert set(_segment_files(tmp_path / "fast")) == {".pst", ".trm"}
    fast = _postings(tmp_path / "fast")
    assert len(fast) > 1000 and any(len(items) > 128 for items, *_ in fast.values())  # several blocks too
    assert any(inline for *_, inline in fast.values()) and not all(inline for *_, inline in fast.values())
    whooshs = _whooshs_own(tmp_path)
    assert fast == whooshs
    # and to the type: a block's highest weight is a float, as Whoosh writes it, never a count left an int
    assert [k for k in fast if repr(fast[k]) != repr(whooshs[k])][:3] == []


def test_inline_terms_written_directly_are_whooshs_bytes(tmp_path, monkeypatch):
    """The term entries of short posting lists, packed directly, are byte for byte what Whoosh's term info
    objects make of the same postings."""
    _write_sample(tmp_path / "direct")
    monkeypatch.setattr(term_pool, "INLINE_DIRECT", False)
    _write_sample(tmp_path / "objects")
    direct, objects = _segment_files(tmp_path / "direct"), _segment_files(tmp_path / "objects")
    assert direct[".trm"] and direct == objects


def test_postings_put_in_order_a_batch_at_a_time_are_the_same(tmp_path, monkeypatch):
    """A field's postings handed to the writer in batches of a few postings make the same files as in one."""
    _write_sample(tmp_path / "whole")
    monkeypatch.setattr(term_pool, "_BATCH_POSTINGS", 5)
    _write_sample(tmp_path / "batches")
    assert _segment_files(tmp_path / "batches") == _segment_files(tmp_path / "whole")


def test_term_table_hash_is_whooshs_md5_hash():
    from whoosh.filedb import filetables

    keys = [b"", b"\x00\x05harbour", "Lisbet Brandt".encode(), bytes(range(256))]
    assert [term_pool._md5_low32(k) for k in keys] == [filetables.md5_hash(k) for k in keys]


def test_postings_spilled_to_many_runs_are_the_same(tmp_path, monkeypatch):
    """A pool over its memory limit spills sorted runs (over 64 of them here, so that the oldest are merged
    first): read back, they make the same files, byte for byte, as a pool that never spilled."""
    spilled = []
    real_save = term_pool.TermPool.save

    def counting_save(pool):
        if pool._fields:
            spilled.append(1)
        real_save(pool)

    _write_sample(tmp_path / "unspilled")
    monkeypatch.setattr(term_pool, "_POSTING_BYTES", 2 * 1024 * 1024)  # a run every hundred-odd postings
    monkeypatch.setattr(term_pool.TermPool, "save", counting_save)
    _write_sample(tmp_path / "spilled")
    monkeypatch.undo()
    assert len(spilled) > term_pool._MAX_OPEN_RUNS
    assert not list((tmp_path / "spilled").rglob("*.termrun"))  # every run read back and deleted
    assert _segment_files(tmp_path / "spilled") == _segment_files(tmp_path / "unspilled")
    assert _postings(tmp_path / "spilled") == _whooshs_own(tmp_path)


def test_term_pool_sorts_postings_that_came_out_of_order(tmp_path):
    from whoosh.filedb.filestore import FileStorage

    pool = term_pool.TermPool(FileStorage(str(tmp_path)), None, limitmb=1)
    pool.add(("f", b"b", 5, 1.0, b"x"))
    pool.add(("f", b"a", 7, 2.0, b"y"))
    pool.add(("f", b"b", 2, 3.0, b"z"))  # a merge can hand a term a lower document number
    pool.add(("e", b"c", 1, 1.0, None))
    assert list(pool.iter_postings()) == [("e", b"c", 1, 1.0, None), ("f", b"a", 7, 2.0, b"y"),
                                          ("f", b"b", 2, 3.0, b"z"), ("f", b"b", 5, 1.0, b"x")]


def test_whooshs_multi_process_writer_without_multisegment_still_works(tmp_path):
    """Dateline keeps its sub-writers' segments, but Whoosh's merging path must still take a TermPool."""
    from whoosh import index as whoosh_index
    from whoosh.qparser import QueryParser

    schema = fields.Schema(key=fields.ID(stored=True), text=fields.TEXT)
    ix = whoosh_index.create_in(str(tmp_path), schema)
    with ix.writer(procs=2, multisegment=False, batchsize=10) as w:
        for n in range(200):
            w.add_document(key=str(n), text=f"river {'delta ' * (n % 3)}word{n % 17}")
    with ix.searcher() as s:
        assert s.doc_count() == 200
        hits = s.search(QueryParser("text", schema).parse("delta"), limit=None)
        assert sorted(int(h["key"]) for h in hits) == [n for n in range(200) if n % 3]
        assert len(s.search(QueryParser("text", schema).parse("word5"), limit=None)) == len(range(5, 200, 17))


def test_uncapture_makes_named_groups_plain():
    assert _uncapture(r"(?P<word>\w+)(x)") == r"(?:\w+)(?:x)"


def test_closing_a_reader_while_another_thread_opens_a_column(tmp_path):
    """The app's close could race a worker that opened a column: the close must neither fail nor leave open
    the files it did see."""
    with ArchiveIndex(str(tmp_path / "ix"), create=True) as archive:
        index_sources(archive, [str(DATA)], workers=1)
        reader = archive._current_searcher().reader()
        perdoc = next(r for r, _ in reader.leaf_readers())._perdoc
        perdoc.column_reader("date", archive._ix.schema["date"].column_type)
        first, _, _ = perdoc._colfiles["date"]
        closed = []
        real_close = first.close

        def close_while_a_column_opens():
            # what a worker does at this moment in another thread: open one more column
            perdoc._colfiles["late"] = perdoc._get_column_file("date")
            closed.append("date")
            real_close()

        first.close = close_while_a_column_opens
        perdoc.close()
        assert closed == ["date"]
        late, _, _ = perdoc._colfiles.pop("late")
        late.close()
        # and Whoosh's own close, which this replaces, fails the same way

        class OpensAColumnWhenClosed:
            def close(self):
                perdoc._colfiles["late"] = (OpensAColumnWhenClosed(), 0, 0)

        perdoc._colfiles = {"date": (OpensAColumnWhenClosed(), 0, 0)}
        with pytest.raises(RuntimeError, match="changed size"):
            whoosh_tuning._original_perdoc_close(perdoc)
        perdoc._colfiles.clear()


def test_identifier_and_date_terms_are_whooshs():
    from datetime import datetime, timedelta, timezone

    schema = build_schema()
    ids = ["reuters/1987/12", "A b", "ÄÖ-ß", "x" * 300, "İstanbul", "\u00e9\u0301", ""]
    dates = [datetime(1987, 3, 1), datetime(2024, 2, 29, 23, 59, 59, 999), datetime(1, 1, 1),
             datetime(2026, 12, 1, tzinfo=timezone(timedelta(hours=3))), datetime(1987, 3, 1),
             datetime(1987, 10, 19, 14, 7, 33, 123456), datetime.max, datetime(1969, 12, 31, 23, 59)]
    assert fields.ID.index is whoosh_tuning._id_index  # the fast paths are the ones compared here
    fast_ids = [list(schema["key"].index(v)) for v in ids]
    fast_dates = [list(schema["date"].index(v)) for v in dates]
    fast_columns = [schema["date"].to_column_value(v) for v in dates]
    whoosh_tuning.uninstall()
    try:
        slow_ids = [list(schema["key"].index(v)) for v in ids]
        slow_dates = [list(schema["date"].index(v)) for v in dates]
        slow_columns = [schema["date"].to_column_value(v) for v in dates]
    finally:
        whoosh_tuning.install()
    assert fast_ids == slow_ids and fast_ids[0] == [(b"reuters/1987/12", 1, 1.0, b"")]
    assert fast_dates == slow_dates and len(fast_dates[0]) == 8
    assert fast_columns == slow_columns and len(set(fast_columns)) == len(dates) - 1


def test_stored_fields_offsets_summed_by_numpy_match_whoosh(tmp_path):
    """Every document's stored fields read through the numpy-summed offsets are what Whoosh's reader gives."""
    with ArchiveIndex(str(tmp_path / "ix"), create=True) as archive:
        index_sources(archive, [str(DATA)], workers=1)
        reader = archive._current_searcher().reader()
        docs = list(reader.all_doc_ids())
        fast = [reader.stored_fields(d) for d in docs]
        whoosh_tuning.uninstall()
        try:
            archive._searcher = None
            archive._array_engine = None
            reader = archive._current_searcher().reader()
            slow = [reader.stored_fields(d) for d in docs]
        finally:
            whoosh_tuning.install()
    assert len(docs) > 50 and all(s.get("body") for s in slow)
    assert fast == slow


def test_indexing_leaves_the_garbage_collector_as_it_found_it(tmp_path):
    """Full collections are held off while indexing (a writer's postings are millions of list slots) and the
    collector's settings are back afterwards, whether the run succeeded or not."""
    import gc

    before = gc.get_threshold()
    seen = []
    with ArchiveIndex(str(tmp_path / "ix"), create=True) as archive:
        index_sources(archive, [str(DATA)], workers=1, progress=lambda p: seen.append(gc.get_threshold()))
    assert seen and all(t[2] > 1_000_000 for t in seen)
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    # a process that froze its start-up already (the browser) keeps it frozen after indexing in a thread
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with ArchiveIndex(str(tmp_path / "ix")) as archive:
            index_sources(archive, [str(DATA)], workers=1)
        # still frozen (objects freed meanwhile leave it; an unfreeze would empty it)
        assert gc.get_freeze_count() > frozen // 2 and gc.get_threshold() == before
    finally:
        gc.unfreeze()


def _blocks(folder: Path, fieldname: str, text: bytes) -> list[bytes]:
    """The unzipped pickles of a term's posting blocks, in every segment that has the term in blocks."""
    import zlib

    from whoosh import index as whoosh_index
    from whoosh.codec.whoosh3 import W3LeafMatcher

    found = []
    with whoosh_index.open_dir(str(folder)).reader() as top:
        for reader, _offset in top.leaf_readers():
            if (fieldname, text) not in reader:
                continue
            m = reader._terms.matcher(fieldname, text, reader.schema[fieldname].format)
            while isinstance(m, W3LeafMatcher):
                raw = m._postfile.get(m._dataoffset, m._nextoffset - m._dataoffset)
                found.append(zlib.decompress(raw) if m._compression else raw)
                if m._lastblock:
                    break
                m._goto(m._nextoffset)
    return found


def _global_postings(folder: Path) -> dict:
    """Every term's postings with documents numbered across segments: the same whatever the segments. (An
    identifier's posting has no value: None or b"" as it comes, either way nothing to Whoosh.)"""
    from whoosh import index as whoosh_index

    out: dict = {}
    with whoosh_index.open_dir(str(folder)).reader() as top:
        for reader, offset in top.leaf_readers():
            for fieldname, text in reader.all_terms():
                m = reader.postings(fieldname, text)
                while m.is_active():
                    out.setdefault((fieldname, text), []).append((m.id() + offset, m.weight(), m.value() or b""))
                    m.next()
    return out


def _stored_pickles(folder: Path) -> list[bytes]:
    """Each document's stored fields as pickled (unzipped), from the stored column of every segment."""
    from whoosh import index as whoosh_index
    from whoosh.codec.whoosh3 import STORED_COLUMN

    found = []
    with whoosh_index.open_dir(str(folder)).reader() as top:
        for reader, _offset in top.leaf_readers():
            column = reader._perdoc.column_reader("_stored", STORED_COLUMN)
            found.extend(column._child[n] for n in range(reader.doc_count_all()))
    return found


def test_posting_blocks_and_stored_fields_keep_bytes_as_bytes(tmp_path):
    """Blocks are pickled in protocol 4, where each posting's positions are stored as bytes; protocol 2 (what
    Whoosh asks for) writes each as a call to `_codecs.encode`, four times slower to read back. The same for
    the stored fields (a date's state is bytes), which read back alike."""
    _write_sample(tmp_path / "fast")
    blocks = _blocks(tmp_path / "fast", "content", b"harbour")
    assert len(blocks) >= 3  # 300 postings, 128 to a block
    assert all(b.startswith(b"\x80\x04") and b"_codecs" not in b for b in blocks)
    stored = _stored_pickles(tmp_path / "fast")
    assert len(stored) > 300 and all(b.startswith(b"\x80\x04") and b"_codecs" not in b for b in stored)
    _write_sample_with_whooshs_own(tmp_path / "whoosh")
    whooshs_blocks, whooshs_stored = _blocks(tmp_path / "whoosh", "content", b"harbour"), _stored_pickles(
        tmp_path / "whoosh")
    assert len(whooshs_blocks) == len(blocks) and len(whooshs_stored) == len(stored)
    assert all(b.startswith(b"\x80\x02") and b"_codecs" in b for b in whooshs_blocks)
    assert all(b.startswith(b"\x80\x02") for b in whooshs_stored)
    with ArchiveIndex(str(tmp_path / "fast")) as fast, ArchiveIndex(str(tmp_path / "whoosh")) as slow:
        fast_docs = [fast._current_searcher().stored_fields(n) for n in range(len(stored))]
        assert fast_docs == [slow._current_searcher().stored_fields(n) for n in range(len(stored))]
        assert any(isinstance(d.get("date"), datetime) for d in fast_docs)


def test_an_index_with_protocol_2_blocks_is_read_and_merged_alike(tmp_path):
    """An index written before (Whoosh's protocol 2 blocks) searches the same, and merging its segments with
    this writer keeps every posting while the new segment's blocks are protocol 4."""
    from whoosh import index as whoosh_index

    _write_sample_with_whooshs_own(tmp_path / "old")
    _write_sample(tmp_path / "fast")
    before = _global_postings(tmp_path / "old")
    assert before == _global_postings(tmp_path / "fast")
    ix = whoosh_index.open_dir(str(tmp_path / "old"))
    assert len(ix.reader().leaf_readers()) > 1
    with ix.writer() as w:
        w.optimize = True  # one segment: every term's postings read from the old blocks and written again
    assert len(whoosh_index.open_dir(str(tmp_path / "old")).reader().leaf_readers()) == 1
    assert _global_postings(tmp_path / "old") == before
    merged = _blocks(tmp_path / "old", "content", b"harbour")
    assert len(merged) >= 3 and all(b.startswith(b"\x80\x04") for b in merged)


def _write_with_codec(folder: Path, *, inlinelimit: int, blocklimit: int, procs: int = 1) -> dict:
    """Random short texts written straight through Whoosh's writer with the given codec settings (or its
    multi-process writer); returns what a search reads, to the type."""
    from whoosh import index as whoosh_index
    from whoosh import writing
    from whoosh.codec.whoosh3 import W3Codec

    rnd = random.Random(3)
    words = "harbour tide ships sail river delta alpha beta gamma zeta kappa".split()
    folder.mkdir(parents=True)
    ix = whoosh_index.create_in(str(folder), build_schema())
    codec = W3Codec(compression=3, inlinelimit=inlinelimit, blocklimit=blocklimit)
    if procs > 1:
        w = ix.writer(procs=procs, multisegment=False, batchsize=7, codec=codec)
    else:
        w = writing.SegmentWriter(ix, limitmb=1, codec=codec)
    for i in range(200):
        # common words (many blocks) and rarer ones (lists of a few documents to a few dozen)
        text = [rnd.choice(words) if rnd.random() < 0.5 else f"w{rnd.randint(0, 300)}" for _ in range(rnd.randint(0, 30))]
        w.add_document(key=f"k{i}", content=" ".join(text))
    w.commit()
    return _postings(folder)


def test_postings_lists_as_long_as_a_block_are_a_block_whatever_the_inline_limit(tmp_path):
    """With an inline limit over the block size, a list that fills a block is written as one, as Whoosh does."""
    fast = _write_with_codec(tmp_path / "fast", inlinelimit=20, blocklimit=8)
    whoosh_tuning.uninstall()
    try:
        whooshs = _write_with_codec(tmp_path / "whoosh", inlinelimit=20, blocklimit=8)
    finally:
        whoosh_tuning.install()
    assert fast == whooshs
    assert [k for k in fast if repr(fast[k]) != repr(whooshs[k])][:3] == []


def test_weights_handed_on_by_the_pool_are_floats_in_whooshs_multi_process_writer(tmp_path):
    """Whoosh's multi-process writer takes the pool's postings into its own pool and pickles their weights
    into block headers: floats, as its own analysis makes them (which of its processes took which documents
    differs from run to run, so the numbers are not compared with Whoosh's here)."""
    fast = _write_with_codec(tmp_path / "fast", inlinelimit=8, blocklimit=128, procs=2)
    weights = [w for items, *_ in fast.values() for _doc, w, _value, block_max in items for w in (w, block_max)]
    assert weights and {type(w) for w in weights} == {float}
