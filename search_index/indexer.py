"""Indexing a set of sources: read every input, compare with what the index holds, write only the changes.

An article is identified by its key (source file + record) and compared by content hash, so a second run over
unchanged sources writes nothing. Reading runs in worker processes when there is enough input to be worth it,
while this process writes to Whoosh; the index is committed at checkpoints so that an interrupted run keeps
what it had finished.
"""

from __future__ import annotations

import gc
import multiprocessing.util
import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .crashpoints import crash_point
from .extraction import extract_article
from .model import Article, ReadProblem
from .readers import FileResult, ReadOptions, read_input
from .sources import InputFile, Skipped, iter_inputs
from .store import ArchiveIndex, IndexError_, article_to_doc, slug

PARALLEL_MIN_BYTES = 4 * 1024 * 1024  # below this, starting worker processes costs more than it saves


@dataclass(slots=True)
class Progress:
    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    articles: int
    current: str
    phase: str = "reading"  # reading | committing


@dataclass(slots=True)
class IndexSummary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    files_read: int = 0
    bytes_read: int = 0
    articles_read: int = 0
    partial_dates: int = 0
    seconds: float = 0.0
    problems: list[ReadProblem] = field(default_factory=list)  # input skipped: files or records
    warnings: list[ReadProblem] = field(default_factory=list)  # read, with a caveat
    ignored: list[Skipped] = field(default_factory=list)  # files that are not articles

    @property
    def exit_code(self) -> int:
        return 1 if self.problems else 0

    def counts_line(self) -> str:
        return f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, {self.removed} removed"


def assign_id(article: Article, f: InputFile) -> None:
    """The archive-wide id: the record's own global id, else `source-nativeid`, else the file's path."""
    if article.id:
        return
    if article.native_id:
        prefix = slug(article.source or article.agency or os.path.basename(f.root))
        article.id = f"{prefix}-{article.native_id}" if prefix else article.native_id
        return
    rel = f.rel
    for suffix in (".gz", ".bz2", ".xz"):
        rel = rel.removesuffix(suffix)
    stem = rel.rsplit(".", 1)[0] if "." in rel.rsplit("/", 1)[-1] else rel
    article.id = f"{stem}#{article.record_key}" if article.record_key else stem


_STARTED_BY = os.getpid()


def _die_with_parent(_owner=None) -> None:
    """In a forked worker (ours or Whoosh's): ask Linux to SIGKILL it when the process that started it dies.

    Without this, `kill -9` of `dateline index` leaves its reader and writer processes waiting for work for ever,
    holding memory and open index files."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    global _STARTED_BY
    if os.getppid() != _STARTED_BY:  # the parent died before the request was made
        os._exit(1)
    _STARTED_BY = os.getpid()  # for processes this one starts in turn


class _AfterFork:
    pass


_AFTER_FORK = _AfterFork()
if os.name == "posix" and os.uname().sysname == "Linux":
    multiprocessing.util.register_after_fork(_AFTER_FORK, _die_with_parent)

_KNOWN_HASHES: frozenset[str] = frozenset()


def _init_worker(known_hashes: frozenset[str]) -> None:
    global _KNOWN_HASHES
    _KNOWN_HASHES = known_hashes


@dataclass(slots=True)
class Prepared:
    """An article as the reading process hands it to the writing one: its key and hash for the comparison with
    the index, and its Whoosh document, made where it was read (None when the index already holds it). Sending
    documents rather than articles spares the writer unpickling every person, organisation and quote object
    and building the document itself; an unchanged article costs a few bytes."""

    key: str
    content_hash: str
    partial_date: bool
    doc: dict | None


def _read_task(args: tuple[InputFile, ReadOptions]) -> tuple[InputFile, FileResult, list[Prepared]]:
    """Read one file and extract who-said-what from its new or changed articles (unchanged ones are skipped:
    extraction is the costly part, and its result is already in the index)."""
    f, options = args
    result = read_input(f, options, explicit=f.explicit)
    f.data = None  # do not send archive members' bytes back
    prepared = []
    for article in result.articles:
        assign_id(article, f)
        content_hash = article.content_hash()
        doc = None
        if content_hash not in _KNOWN_HASHES:
            try:
                extract_article(article)
            except Exception as exc:  # an extraction bug must not cost the article its place in the index
                result.problems.append(ReadProblem(f.path, f"people and quotes not extracted ({exc})",
                                                   article.record_key, fatal=False))
            doc = article_to_doc(article, content_hash)
        prepared.append(Prepared(article.key, content_hash, article.partial_date is not None, doc))
    result.articles = []  # handed on as documents
    return f, result, prepared


def _results(inputs: list[InputFile], options: ReadOptions, workers: int,
             known_hashes: frozenset[str]) -> Iterator[tuple[InputFile, FileResult, list[Prepared]]]:
    tasks = [(f, options) for f in inputs]
    if workers <= 1 or sum(f.size for f in inputs) < PARALLEL_MIN_BYTES or len(inputs) < 2:
        _init_worker(known_hashes)
        yield from map(_read_task, tasks)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(known_hashes,)) as pool:
        yield from pool.map(_read_task, tasks, chunksize=1 if len(tasks) < 200 else 16)


def _archive_of(path: str) -> str:
    return path.split("!", 1)[0]


@contextmanager
def _no_full_collections():
    """Python's cyclic garbage collector without its full collections while indexing, in this process and the
    reading and writing processes it starts. A segment writer holds every posting of its segment in lists until
    it writes them, and each full collection walked all of them: 2.7 s of CPU in each writer process over a
    20,000-article archive, where they found 13 unreachable objects. The young generations are still collected,
    so cycles that die young are freed as before; what is here before the run is frozen, so forked processes
    neither scan it nor copy its pages by touching it."""
    global _BULK_RUNS, _THRESHOLDS, _FROZE
    with _BULK_LOCK:  # two runs at once in one process (threads): the first to start saves, the last restores
        if not _BULK_RUNS:
            _THRESHOLDS = gc.get_threshold()
            _FROZE = gc.get_freeze_count() == 0  # the browser froze its start-up already: leave that as it is
            if _FROZE:
                gc.freeze()
            gc.set_threshold(_THRESHOLDS[0], _THRESHOLDS[1], 1_000_000_000)
        _BULK_RUNS += 1
    try:
        yield
    finally:
        with _BULK_LOCK:
            _BULK_RUNS -= 1
            if not _BULK_RUNS:
                gc.set_threshold(*_THRESHOLDS)
                if _FROZE:
                    gc.unfreeze()


_BULK_LOCK = threading.Lock()
_BULK_RUNS = 0
_THRESHOLDS = gc.get_threshold()
_FROZE = False  # whether this run froze the heap (and so unfreezes it)


@_no_full_collections()
def index_sources(
    archive: ArchiveIndex,
    sources: Iterable[str],
    *,
    options: ReadOptions = ReadOptions(),
    prune: bool = False,
    progress: Callable[[Progress], None] | None = None,
    workers: int | None = None,
    checkpoint_every: int = 25_000,
) -> IndexSummary:
    started = time.perf_counter()
    summary = IndexSummary()
    inputs: list[InputFile] = []
    for item in iter_inputs(list(sources)):
        if isinstance(item, Skipped):
            if item.ignored:
                summary.ignored.append(item)
            else:
                summary.problems.append(ReadProblem(item.path, item.reason))
        else:
            inputs.append(item)
    walked = {f.path for f in inputs}
    walked_archives = {_archive_of(p) for p in walked if "!" in p}
    bytes_total = sum(f.size for f in inputs)
    workers = workers if workers is not None else min(2, os.cpu_count() or 1)
    seen: set[str] = set()
    done_bytes = 0
    # Whoosh's own multi-process writer roughly halves analysis and commit time on large runs; on small ones
    # starting its processes costs more than it saves.
    big = bytes_total >= PARALLEL_MIN_BYTES and workers > 1
    with archive.writer(procs=workers if big else 1) as writer:
        # what the index holds, read under the write lock: a run that committed just before this one took the
        # lock is seen, so its articles are compared, not added a second time
        known = archive.known()
        by_path: dict[str, set[str]] = {}
        for key, (_h, path) in known.items():
            by_path.setdefault(path, set()).add(key)
        known_hashes = frozenset(h for h, _p in known.values())
        for n, (f, result, prepared) in enumerate(_results(inputs, options, workers, known_hashes), start=1):
            crash_point("read")
            done_bytes += f.size
            summary.files_read += 1
            summary.bytes_read += f.size
            if result.ignored:
                summary.ignored.append(Skipped(f.path, result.ignored, ignored=True))
            fatal = [p for p in result.problems if p.fatal]
            summary.problems.extend(fatal)
            summary.warnings.extend(p for p in result.problems if not p.fatal)
            file_keys: set[str] = set()
            for article in prepared:
                key = article.key
                if key in seen:
                    continue
                seen.add(key)
                file_keys.add(key)
                summary.articles_read += 1
                if article.partial_date:
                    summary.partial_dates += 1
                old = known.get(key)
                if old is not None and old[0] == article.content_hash:
                    summary.unchanged += 1
                    continue
                writer.add_doc(article.doc, replace=old is not None)
                if old is None:
                    summary.added += 1
                else:
                    summary.updated += 1
            # records that were in this file before and are not any more
            if not fatal and not result.ignored:
                stale = by_path.get(f.path, set()) - file_keys
                if stale:
                    writer.delete_keys(stale)
                    summary.removed += len(stale)
            if writer.pending >= checkpoint_every:
                writer.checkpoint()
            if progress:
                progress(Progress(n, len(inputs), done_bytes, bytes_total, summary.articles_read, f.path))
        if prune:
            for path, keys in by_path.items():
                if path in walked:
                    continue
                base = _archive_of(path)
                gone = not os.path.exists(base) or ("!" in path and base in walked_archives)
                if gone:
                    writer.delete_keys(keys)
                    summary.removed += len(keys)
        if progress:
            progress(Progress(len(inputs), len(inputs), bytes_total, bytes_total, summary.articles_read, "",
                              phase="committing"))
    if summary.added or summary.updated or summary.removed:
        try:
            archive.warm()
        except IndexError_:
            pass  # committed; the browser builds the tables itself if this could not

    summary.seconds = time.perf_counter() - started
    return summary
