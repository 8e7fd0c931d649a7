"""Facet tables kept on disk beside their segments (search_index/facets.py): used when present, rebuilt when
damaged, never written into a read-only index, deleted with their segment."""

from __future__ import annotations

from pathlib import Path

from search_index.indexer import index_sources
from search_index.results import SearchRequest
from search_index.store import ArchiveIndex

DATA = Path(__file__).resolve().parents[1] / "data"


def _tables(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.facet_*.npz"))


def _facets(path: Path, **kw) -> dict:
    with ArchiveIndex(str(path), **kw) as ix:
        return ix.search(SearchRequest("", limit=1, facet_limit=50)).facets


def test_indexing_writes_tables_that_give_the_same_counts(tmp_path):
    path = tmp_path / "ix"
    with ArchiveIndex(str(path), create=True) as ix:
        index_sources(ix, [str(DATA)], workers=1)
    tables = _tables(path)
    assert {t.name.split(".")[1] for t in tables} == {"facet_person", "facet_org", "facet_source"}
    from_disk = _facets(path)
    for t in tables:
        t.unlink()
    built = _facets(path, read_only=True)
    assert not _tables(path), "a read-only index is never written to"
    assert built == from_disk and from_disk["person"] and from_disk["organisation"]


def test_a_damaged_table_is_built_again(tmp_path):
    path = tmp_path / "ix"
    with ArchiveIndex(str(path), create=True) as ix:
        index_sources(ix, [str(DATA)], workers=1)
    good = _facets(path)
    for t in _tables(path):
        t.write_bytes(b"not a numpy file")
    assert _facets(path) == good
    assert all(t.stat().st_size > 100 for t in _tables(path)), "rewritten"


def test_tables_of_merged_segments_are_deleted_with_them(tmp_path):
    path = tmp_path / "ix"
    files = sorted(p for p in DATA.rglob("*") if p.is_file() and p.suffix in (".txt", ".jsonl"))
    with ArchiveIndex(str(path), create=True) as ix:
        for f in files[:12]:  # one commit (one segment) each; Whoosh merges small segments as it goes
            index_sources(ix, [str(f)], workers=1)
        segments = {s.segment_id() for s in ix._ix._segments()}
    on_disk = {t.name.split(".")[0] for t in _tables(path)}
    assert on_disk <= segments, "tables of segments that were merged away are gone"
    assert on_disk == segments


def test_a_table_left_half_saved_by_a_crash_is_cleared_by_the_next_writer(tmp_path):
    path = tmp_path / "ix"
    with ArchiveIndex(str(path), create=True) as ix:
        index_sources(ix, [str(DATA)], workers=1)
    table = _tables(path)[0]
    leftover = path / f".{table.name}.4711.tmp"
    leftover.write_bytes(b"half a table")
    with ArchiveIndex(str(path)) as ix:
        with ix.writer():
            pass
    assert not leftover.exists()
    assert _tables(path)
