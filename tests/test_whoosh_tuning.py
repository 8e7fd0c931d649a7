"""The fast paths through Whoosh give exactly Whoosh's own results (search_index/whoosh_tuning.py)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from whoosh import analysis, fields

from search_index import whoosh_tuning
from search_index.schema import _name_analyzer, _text_analyzer
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
    alphabet = "aAbB .,'’-*İıßǅ\u00e9\u0301zZ0 9\n\t_"
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 80))) for _ in range(2000)]
    return texts


@pytest.mark.parametrize("make", [_text_analyzer, _name_analyzer], ids=["stemmed", "names"])
def test_fast_text_postings_are_whooshs(make):
    slow, fast = fields.TEXT(analyzer=make()), FastText(analyzer=make())
    assert _fast_plan(fast.analyzer), "the schema's analyzer should take the fast path"
    for text in _texts():
        assert sorted(fast.index(text)) == sorted(slow.index(text)), repr(text[:80])


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


def test_postings_written_a_block_at_a_time_are_whooshs_bytes(tmp_path):
    written = {}
    for name in ("fast", "whoosh"):
        if name == "whoosh":
            whoosh_tuning.uninstall()
        try:
            with ArchiveIndex(str(tmp_path / name), create=True) as archive:
                # one writer, one segment: the bundled archive and a word in 300 articles (several blocks)
                from search_index.model import Article

                with archive.writer() as w:
                    for n in range(300):
                        w.add(Article(title=f"Note {n}", body="harbour " * (n % 7 + 1) + f"tide{n % 13}",
                                      source_path=f"n{n}.txt", id=f"n{n}"), replace=False)
                index_sources(archive, [str(DATA)], workers=1)
        finally:
            whoosh_tuning.install()
        written[name] = _segment_files(tmp_path / name)
    assert set(written["fast"]) == {".pst", ".trm"}
    assert written["fast"] == written["whoosh"]


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
