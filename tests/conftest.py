"""Shared fixtures: temporary indexes, small files written on the fly, and the real corpora in ../shared."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from search_index import ArchiveIndex

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SHARED = Path(os.environ.get("DATELINE_SHARED", ROOT.parent / "shared")) / "corpora"


def shared_corpus(name: str) -> Path:
    """Path of a corpus in ../shared/corpora, or skip the test saying why."""
    path = SHARED / name
    if not path.exists():
        pytest.skip(f"../shared/corpora/{name} is not here (it is beside the checkout in CI only)")
    return path


@pytest.fixture
def index_dir(tmp_path) -> Path:
    return tmp_path / "index"


@pytest.fixture
def archive(index_dir):
    ix = ArchiveIndex(str(index_dir), create=True)
    yield ix
    ix.close()


@pytest.fixture
def write(tmp_path):
    """write("name.txt", "text" | b"bytes", gz=False) -> Path inside a fresh source folder."""
    src = tmp_path / "src"
    src.mkdir()

    def _write(name: str, content: str | bytes, gz: bool = False) -> Path:
        path = src / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content.encode("utf-8") if isinstance(content, str) else content
        if gz:
            data = gzip.compress(data)
        path.write_bytes(data)
        return path

    _write.folder = src
    return _write
