"""The index survives: kill -9 at any phase of indexing, stale and live write locks, readers during indexing.

`dateline index` runs as a real process here. `DATELINE_CRASH_AT=phase:n` makes it SIGKILL itself at an exact
point (see search_index/crashpoints.py); one test also kills it from outside at a moment found by polling.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from search_index import ArchiveIndex, IndexBusy, IndexProblem, SearchRequest, index_sources
from tui.cli import main

from .conftest import ROOT, shared_corpus
from .durability_support import (  # noqa: F401 (corpus is a fixture)
    ARTICLES, assert_committed_state, assert_tidy, corpus, dateline, lock_owner_pid, process_gone, token,
    wait_until,
)

def _crash(src, index_dir, spec: str, every: int) -> int:
    """Run `dateline index` until it kills itself at `spec`; returns its pid."""
    proc = dateline("index", str(src), "--index", str(index_dir), "--quiet", "--workers", "1",
                    "--commit-every", str(every), crash_at=spec)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == -signal.SIGKILL, f"did not reach {spec}: rc={proc.returncode} {err}"
    return proc.pid


# phase reached (n-th time), articles per commit, articles the index must hold afterwards
CRASHES = [
    ("read:100", 40, 80),  # 100th file read and extracted, 99 added: commits at 40 and 80
    ("add:55", 40, 40),  # mid-transaction, 15 articles in the writer
    ("checkpoint:2", 40, 80),  # just after the second commit
    ("toc-write:3", 40, 80),  # third commit: segment files written, table of contents not
    ("toc-rename:2", 40, 40),  # second commit: new table of contents written under its temporary name
    ("committed:2", 40, 80),  # second commit in place, old files not yet cleaned
    ("merge:1", 5, 25),  # sixth commit merged the five small segments into a new one, not yet committed
]


@pytest.mark.parametrize("spec,every,expected", CRASHES, ids=[c[0] for c in CRASHES])
def test_kill_9_at_each_phase_leaves_the_last_commit_and_the_next_run_finishes(
        corpus, tmp_path, capsys, spec, every, expected):
    src, reference = corpus
    index_dir = tmp_path / "ix"
    ArchiveIndex(str(index_dir), create=True).close()
    reader = ArchiveIndex(str(index_dir))  # open all along, as the app would be
    try:
        pid = _crash(src, index_dir, spec, every)
        assert_committed_state(index_dir, reference, expected)
        assert reader.doc_count() == expected  # an open reader moves to the new commit by itself
        assert lock_owner_pid(index_dir) == pid  # the dead writer's note is still in the lock file

        assert main(["index", str(src), "--index", str(index_dir), "--quiet", "--workers", "1"]) == 0
        out, err = capsys.readouterr()
        assert f"recovered the write lock of process {pid}" in err
        assert "keeps its last commit" in err
        assert f"{ARTICLES - expected} added, 0 updated, {expected} unchanged, 0 removed" in out
        assert_committed_state(index_dir, reference, ARTICLES)
        assert_tidy(index_dir)
        assert reader.search(SearchRequest(token(ARTICLES - 1))).total == 1
        assert lock_owner_pid(index_dir) is None  # a clean finish empties the lock file
    finally:
        reader.close()


def test_kill_9_from_outside_mid_run(corpus, tmp_path, capsys):
    """No hook: poll until the second commit is on disk, then kill -9 from outside, wherever the writer is."""
    src, reference = corpus
    index_dir = tmp_path / "ix"
    proc = dateline("index", str(src), "--index", str(index_dir), "--quiet", "--workers", "1",
                    "--commit-every", "20")
    try:
        wait_until(lambda: (index_dir / "_MAIN_2.toc").exists() or proc.poll() is not None, what="a second commit")
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.communicate(timeout=60)
    with ArchiveIndex(str(index_dir)) as archive:
        count = archive.doc_count()
    assert count % 20 == 0 and count >= 20  # a whole number of commits, and at least the ones seen on disk
    assert_committed_state(index_dir, reference, count)
    assert main(["index", str(src), "--index", str(index_dir), "--quiet", "--workers", "1"]) == 0
    assert_committed_state(index_dir, reference, ARTICLES)
    assert_tidy(index_dir)


HOLD_LOCK = textwrap.dedent("""
    import os, sys, time
    from search_index import ArchiveIndex
    archive = ArchiveIndex(sys.argv[1])
    with archive.writer() as w:
        if sys.argv[2] == "fork-then-die":
            child = os.fork()
            if child == 0:  # a worker that outlives its parent, as pool workers used to
                quiet = os.open(os.devnull, os.O_RDWR)
                for fd in (0, 1, 2):
                    os.dup2(quiet, fd)  # let the test see the parent's output end
                time.sleep(120)
                os._exit(0)
            print(child, flush=True)
            os.kill(os.getpid(), 9)
        print("locked", flush=True)
        sys.stdin.readline()
""")


def _holder(index_dir, mode: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(index_dir), mode], cwd=ROOT, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_a_live_writer_makes_the_next_one_say_busy_not_hang(corpus, tmp_path, capsys):
    src, _ = corpus
    index_dir = tmp_path / "ix"
    ArchiveIndex(str(index_dir), create=True).close()
    holder = _holder(index_dir, "hold")
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert main(["index", str(src), "--index", str(index_dir), "--quiet"]) == 3
        err = capsys.readouterr().err
        assert f"is busy: process {holder.pid}, since " in err and "try again when it has finished" in err
        assert main(["index", str(src), "--index", str(index_dir), "--rebuild", "--quiet"]) == 3
        assert "not deleting it" in capsys.readouterr().err
        with ArchiveIndex(str(index_dir)) as archive:
            assert archive.doc_count() == 0  # nothing written, nothing broken
    finally:
        holder.communicate("\n", timeout=60)
    assert holder.returncode == 0
    assert main(["index", str(src), "--index", str(index_dir), "--quiet"]) == 0
    assert "recovered" not in capsys.readouterr().err  # it finished cleanly: nothing stale


def test_a_lock_whose_owner_died_is_recovered_even_while_its_forked_child_lives(corpus, tmp_path, capsys):
    """Whoosh's flock would be held by the orphaned child for ever; the record lock dies with its owner."""
    src, reference = corpus
    index_dir = tmp_path / "ix"
    ArchiveIndex(str(index_dir), create=True).close()
    holder = _holder(index_dir, "fork-then-die")
    child = int(holder.stdout.readline())
    holder.communicate(timeout=60)
    assert holder.returncode == -signal.SIGKILL
    try:
        assert not process_gone(child)
        assert main(["index", str(src), "--index", str(index_dir), "--quiet", "--workers", "1"]) == 0
        assert f"recovered the write lock of process {holder.pid}" in capsys.readouterr().err
        assert_committed_state(index_dir, reference, ARTICLES)
    finally:
        os.kill(child, signal.SIGKILL)


def test_writers_in_one_process_exclude_each_other(tmp_path):
    first = ArchiveIndex(str(tmp_path / "ix"), create=True)
    second = ArchiveIndex(str(tmp_path / "ix"))
    try:
        with first.writer():
            with pytest.raises(IndexBusy, match=f"process {os.getpid()}"):
                with second.writer(timeout=0):
                    pass
        with second.writer(timeout=0):
            pass
    finally:
        first.close()
        second.close()


LIVE_CHILD = textwrap.dedent("""
    import multiprocessing, os, time
    import search_index.indexer  # registers the after-fork hook
    p = multiprocessing.get_context("fork").Process(target=time.sleep, args=(120,))
    p.start()
    print(p.pid, flush=True)
    os.kill(os.getpid(), 9)
""")


def test_worker_processes_die_with_a_killed_indexer():
    proc = subprocess.Popen([sys.executable, "-c", LIVE_CHILD], cwd=ROOT, text=True, stdout=subprocess.PIPE)
    child = int(proc.stdout.readline())
    proc.communicate(timeout=60)
    try:
        wait_until(lambda: process_gone(child), what=f"worker {child} to die with its parent")
    finally:
        if not process_gone(child):
            os.kill(child, signal.SIGKILL)


def test_a_reader_keeps_answering_while_another_process_indexes(corpus, tmp_path):
    src, reference = corpus
    index_dir = tmp_path / "ix"
    reader = ArchiveIndex(str(index_dir), create=True)
    proc = dateline("index", str(src), "--index", str(index_dir), "--quiet", "--workers", "1",
                    "--commit-every", "20")
    seen = []
    try:
        while proc.poll() is None:
            seen.append(reader.search(SearchRequest("survey")).total)  # every article has the word
            seen.append(reader.search(SearchRequest("", sort="newest")).total)
        proc.communicate(timeout=60)
        assert proc.returncode == 0
        seen.append(reader.search(SearchRequest("survey")).total)
        assert all(n % 20 == 0 for n in seen), seen  # only ever whole commits
        assert seen == sorted(seen) and seen[-1] == ARTICLES
        assert reader.get(f"story-{ARTICLES - 1:04d}")[0].title == f"Survey {ARTICLES - 1} of the Velsa basin"
    finally:
        reader.close()


def test_commits_of_another_writer_reach_an_open_reader_one_by_one(corpus, tmp_path):
    """Deterministic version of the above: each checkpoint of a writer is visible to a reader at once."""
    src, reference = corpus
    index_dir = tmp_path / "ix"
    reader = ArchiveIndex(str(index_dir), create=True)
    writer_side = ArchiveIndex(str(index_dir))
    counts = []
    try:
        index_sources(writer_side, [str(src)], workers=1, checkpoint_every=50,
                      progress=lambda p: counts.append(reader.doc_count()) if p.phase == "reading" else None)
        # after the n-th file, the reader sees exactly the checkpoints committed so far
        assert counts == [n // 50 * 50 for n in range(1, ARTICLES + 1)]
        assert reader.doc_count() == ARTICLES
    finally:
        reader.close()
        writer_side.close()


@pytest.mark.shared
@pytest.mark.slow
def test_kill_9_during_a_parallel_reuters_run(tmp_path, capsys):
    """Real wire copy, indexed by worker processes that write their own segments (over 4 MB of input): killed
    just after its first checkpoint, the index holds that commit (the files read up to the checkpoint and those
    the workers had in hand, whole files only), no worker outlives the run, and the next run completes."""
    import gzip
    import json

    reuters = shared_corpus("reuters21578")
    src = tmp_path / "reuters"
    src.mkdir()
    part_sizes = []
    for n in range(4):  # uncompressed (in the test's temporary folder) to pass the parallel-indexing threshold
        text = gzip.decompress((reuters / f"reut2-00{n}.sgm.gz").read_bytes()).decode("latin-1")
        records = [r + "</REUTERS>" for r in text.split("</REUTERS>")[:-1]]
        for k in range(0, len(records), 250):  # files of 250 stories: a checkpoint falls between files
            (src / f"reut2-00{n}-{k // 250}.sgm").write_text("".join(records[k:k + 250]), encoding="latin-1")
            part_sizes.append(len(records[k:k + 250]))
    boundaries = {sum(part_sizes[:i]) for i in range(len(part_sizes) + 1)}
    index_dir = tmp_path / "ix"
    ArchiveIndex(str(index_dir), create=True).close()
    proc = dateline("index", str(src), "--index", str(index_dir), "--quiet", "--workers", "2",
                    "--commit-every", "1500", crash_at="checkpoint:1")
    children = []
    while proc.poll() is None:  # the reader and writer processes it started, while it runs
        found = subprocess.run(["ps", "-o", "pid=", "--ppid", str(proc.pid)], capture_output=True, text=True)
        children = sorted(set(children) | {int(p) for p in found.stdout.split()})
        time.sleep(0.05)  # polling interval, not a timing assumption
    proc.communicate(timeout=300)
    assert proc.returncode == -signal.SIGKILL
    assert children  # it did run in parallel
    for pid in children:
        wait_until(lambda: process_gone(pid), what=f"worker {pid} to die with its parent")
    with ArchiveIndex(str(index_dir)) as archive:
        # the first checkpoint: after the file that passed 1500, and the files the two workers had in hand
        assert 1500 <= archive.doc_count() < sum(part_sizes) and archive.doc_count() in boundaries
        committed = archive.known()
    assert main(["index", str(src), "--index", str(index_dir), "--quiet", "--json"]) == 0
    out, err = capsys.readouterr()
    assert f"recovered the write lock of process {proc.pid}" in err
    summary = json.loads(out)
    assert summary["unchanged"] == len(committed) and summary["updated"] == 0
    assert summary["added"] == summary["articles"] - len(committed)
    with ArchiveIndex(str(index_dir)) as archive:
        assert archive.doc_count() == summary["articles"] == len(archive.known())
        assert {k: v for k, v in archive.known().items() if k in committed} == committed
    assert_tidy(index_dir)


def test_a_dead_worker_process_stops_the_run_instead_of_losing_its_articles(corpus, tmp_path, monkeypatch):
    """A worker process that dies mid-run (the OOM killer, a full disk) holds a segment that will never come:
    the run stops with an error naming it instead of committing without its articles, the index keeps its last
    commit, its sibling is stopped rather than left waiting for work, and nothing it wrote is left behind."""
    import multiprocessing

    from search_index import Article, indexer

    src, _reference = corpus
    monkeypatch.setattr(indexer, "PARALLEL_MIN_BYTES", 0)  # workers even for a small corpus
    archive = ArchiveIndex(str(tmp_path / "ix"), create=True)
    workers = []

    def kill_a_worker(progress):
        if not workers:
            workers.extend(p for p in multiprocessing.active_children() if p.is_alive())
            assert len(workers) == 2
            os.kill(workers[0].pid, signal.SIGKILL)

    try:
        with archive.writer() as w:
            w.add(Article(title="Kept", body="Committed before.", source_path="/mem/kept", id="kept"), replace=False)
        with pytest.raises(IndexProblem, match="a worker process stopped with an error"):
            index_sources(archive, [str(src)], workers=2, progress=kill_a_worker)
        assert workers
        assert archive.doc_count() == 1 and archive.get("kept")
        assert not any(p.is_alive() for p in workers)
        assert_tidy(tmp_path / "ix")
    finally:
        archive.close()


def test_a_commit_never_merges_the_large_segments_of_a_big_archive():
    """Whoosh's policy merged the whole index once 24 equal segments (300,000 articles) were kept, in the next
    commit of any run, even one that changed nothing; small segments are merged, five at a time, and no others."""
    from search_index.store import SMALL_SEGMENT, _merge_small

    class Segment:
        def __init__(self, docs):
            self.docs = docs

        def doc_count_all(self):
            return self.docs

    class NoMerging:
        storage = schema = None

        def add_reader(self, reader):
            raise AssertionError("a large segment was merged")

    big = [Segment(12_500) for _ in range(40)]
    assert _merge_small(NoMerging(), big) == big
    few_small = big + [Segment(SMALL_SEGMENT - 1) for _ in range(4)]
    assert _merge_small(NoMerging(), few_small) == few_small
