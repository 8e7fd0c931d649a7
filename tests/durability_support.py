"""Helpers for the crash and concurrency tests: a generated archive, `dateline index` as a real process, and
checks that an index holds exactly one committed state."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from whoosh.index import TOC

from search_index import ArchiveIndex, SearchRequest, index_sources

from .conftest import ROOT

STORY = """Survey {n} of the Velsa basin

MARENBURG, May 20. /MNA/. The survey team {token} counted wells along the Velsa river. {filler}

"We will finish the survey," said Mira Osk, the head of team {token}.
"""


def token(n: int) -> str:
    return f"zeta{n:04d}"


def write_corpus(folder: Path, count: int, start: int = 0) -> list[Path]:
    """`count` one-article files of fictional survey reports, each with a word found in no other."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        path = folder / f"story-{n:04d}.txt"
        path.write_text(STORY.format(n=n, token=token(n), filler="Engineers measured the flow again. " * 12),
                        encoding="utf-8")
        paths.append(path)
    return paths


class Reference:
    """The corpus indexed once without interruption: the order files are read in and each article's hash."""

    def __init__(self, folder: Path, index_dir: Path):
        self.order: list[str] = []
        with ArchiveIndex(str(index_dir), create=True) as archive:
            index_sources(archive, [str(folder)], workers=1,
                          progress=lambda p: self.order.append(p.current) if p.current else None)
            self.known = archive.known()  # key -> (hash, source path)

    def first(self, count: int) -> dict[str, tuple[str, str]]:
        paths = set(self.order[:count])
        return {k: v for k, v in self.known.items() if v[1] in paths}


ARTICLES = 200


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """(folder of ARTICLES generated stories, their Reference)."""
    base = tmp_path_factory.mktemp("durability")
    write_corpus(base / "src", ARTICLES)
    return base / "src", Reference(base / "src", base / "reference-index")


@contextmanager
def mounted_tmpfs(folder: Path, size: str):
    """A tmpfs of `size` mounted at `folder` (needs root with CAP_SYS_ADMIN, else the test is skipped)."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN): {done.stderr.strip()}")
    try:
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def remount(folder: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(folder)], check=True, capture_output=True)


def dateline(*args: str, crash_at: str | None = None, **popen) -> subprocess.Popen:
    """`dateline ARGS...` as its own process (killable), from this checkout."""
    env = dict(os.environ)
    env.pop("DATELINE_CRASH_AT", None)
    if crash_at:
        env["DATELINE_CRASH_AT"] = crash_at
    return subprocess.Popen([sys.executable, "-m", "tui.cli", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)


def lock_owner_pid(index_dir: Path) -> int | None:
    text = (index_dir / "MAIN_WRITELOCK").read_text()
    found = re.search(r"pid=(\d+)", text)
    return int(found.group(1)) if found else None


def assert_committed_state(index_dir: Path, reference: Reference, count: int) -> None:
    """The index opens and holds exactly the first `count` articles, each whole, each once, each findable."""
    with ArchiveIndex(str(index_dir)) as archive:
        assert archive.doc_count() == count
        assert archive.known() == reference.first(count)  # same keys, same content hashes: no half article
        for n in _numbers(reference, count):
            assert archive.search(SearchRequest(token(n))).total == 1, token(n)


def _numbers(reference: Reference, count: int) -> list[int]:
    return [int(re.search(r"story-(\d+)", p).group(1)) for p in reference.order[:count]]


def assert_tidy(index_dir: Path) -> None:
    """Nothing left over from an interrupted writer: every segment file belongs to the newest commit."""
    names = os.listdir(index_dir)
    assert not [n for n in names if ".toc." in n], names
    assert "MAIN.tmp" not in names
    tocs = [n for n in names if re.fullmatch(r"_MAIN_\d+\.toc", n)]
    assert len(tocs) == 1, tocs
    from whoosh.filedb.filestore import FileStorage

    live = {s.segment_id() for s in TOC.read(FileStorage(str(index_dir)), "MAIN").segments}
    on_disk = {m.group(1) for n in names if (m := re.match(r"(MAIN_[0-9a-z]+)\.", n))}
    assert on_disk == live


def process_gone(pid: int) -> bool:
    """True once `pid` has exited (a zombie nobody reaps counts as gone)."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            return any(line.startswith("State:") and "Z" in line.split()[1] for line in fh)
    except FileNotFoundError:
        return True


def wait_until(condition, seconds: float = 30.0, what: str = "condition") -> None:
    """Poll `condition` until it holds; fail after `seconds` (a deadline, not a timing assumption)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.02)
