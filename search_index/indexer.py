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
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Self

from . import file_state
from .crashpoints import crash_point
from .extraction import extract_article
from .model import Article, ReadProblem
from .readers import FileResult, ReadOptions, read_input
from .segment_workers import SegmentWorkers, WorkerFailed, run_in_order
from .sources import InputFile, Skipped, iter_inputs
from .store import ArchiveIndex, IndexError_, _os_problem, article_to_doc, slug

EXTRACTION_FAILED = "people and quotes not extracted"  # a warning: the article is indexed without them
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
    files_unchanged: int = 0  # not read: size and time as when the index last read them (file_state.py)
    articles_in_unchanged_files: int = 0
    gone_files: int = 0  # indexed before, their file gone since, their articles kept (no --prune)
    gone_articles: int = 0
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
        return f"{self.added:,} added, {self.updated:,} updated, {self.unchanged:,} unchanged, {self.removed:,} removed"


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

_KNOWN: dict[str, str] = {}  # key -> content hash of every article the index holds (what reading compares with)


def _init_worker(known: dict[str, str]) -> None:
    global _KNOWN
    _KNOWN = known


@dataclass(slots=True)
class Prepared:
    """An article as reading hands it to writing: its key and hash for the comparison with the index, and its
    Whoosh document (None when the index already holds it, unchanged, under the same key). A segment worker
    writes the document itself and hands on its place in the worker's segment instead."""

    key: str
    content_hash: str
    partial_date: bool
    doc: dict | None
    docnum: int | None = None


def _read_task(args: tuple[InputFile, ReadOptions]) -> tuple[InputFile, FileResult, list[Prepared]]:
    """Read one file and extract who-said-what from its new or changed articles (unchanged ones are skipped:
    extraction is the costly part, and its result is already in the index; the same text under another key,
    a copied file, is new)."""
    f, options = args
    result = read_input(f, options, explicit=f.explicit)
    f.data = None  # do not send archive members' bytes back
    prepared = []
    for article in result.articles:
        assign_id(article, f)
        content_hash = article.content_hash()
        doc = None
        if _KNOWN.get(article.key) != content_hash:
            try:
                extract_article(article)
            except Exception as exc:  # an extraction bug must not cost the article its place in the index
                result.problems.append(ReadProblem(f.path, f"{EXTRACTION_FAILED} ({exc})",
                                                   article.record_key, fatal=False))
            doc = article_to_doc(article, content_hash)
        prepared.append(Prepared(article.key, content_hash, article.partial_date is not None, doc))
    result.articles = []  # handed on as documents
    return f, result, prepared


def _index_in_worker(inputs: list[InputFile], options: ReadOptions):
    """What a segment worker does with a file: read it, and write its new and changed articles into the worker's
    segment; hands on each article without its document, with its place in the segment."""

    def process_file(pos: int, writer) -> tuple[FileResult, list[Prepared]]:
        _f, result, prepared = _read_task((inputs[pos], options))
        for p in prepared:
            if p.doc is not None:
                p.docnum = writer.docnum
                writer.add_document(**p.doc)
                p.doc = None
        return result, prepared

    return process_file


def _as_read(f: InputFile, state: file_state.FileState, by_path: dict[str, set[str]],
             known: dict[str, tuple[str, str]]) -> tuple[FileResult, list[Prepared]]:
    """An unchanged file as if read again: its articles are those the index holds for it, with their hashes,
    and its warnings and partial dates are the ones recorded."""
    keys = sorted(by_path.get(f.path, ())) if not state.ignored else []  # an ignored file has no articles
    items = [Prepared(key, known[key][0], n < state.partial_dates, None) for n, key in enumerate(keys)]
    return FileResult(f.path, problems=list(state.warnings), ignored=state.ignored), items


def _with_unchanged(inputs: list[InputFile], unchanged: dict[int, tuple[FileResult, list[Prepared]]],
                    read: Iterator[tuple[InputFile, FileResult, list[Prepared], int | None]]):
    """The files read, with the unchanged ones put back in their places: every file in the order given, so that
    a key two files hold goes to the first of them either way."""
    read = iter(read)
    for i, f in enumerate(inputs):
        if i in unchanged:
            result, items = unchanged[i]
            yield f, result, items, None
        else:
            got = next(read)
            assert got[0] is f, "files came back out of order"
            yield got
    for _rest in read:  # none: the reading run's own end (its last checkpoint logic) runs all the same
        raise AssertionError("more files came back than were read")


def _carried_over(states: dict, recorded: dict, walked: set[str], walked_archives: set[str]) -> dict:
    """This run's record of its files, and what was recorded of the files it did not look at (their articles
    were not touched), while they still exist (not a member gone from an archive this run walked)."""
    out = dict(states)
    for (path, explicit), state in recorded.items():
        base = _archive_of(path)
        if path not in walked and base not in walked_archives and os.path.exists(base):
            out[path, explicit] = state
    return out


def _later_comings(inputs: list[InputFile]) -> set[int]:
    """The places of files whose path came before: a file named twice (`dateline index wire wire/a.txt`), or
    an archive's second member of one name."""
    seen: set[str] = set()
    later = set()
    for i, f in enumerate(inputs):
        if f.path in seen:
            later.add(i)
        seen.add(f.path)
    return later


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


_CAN_FORK = "fork" in multiprocessing.get_all_start_methods()


class _ReadHere:
    """A run read and written in this process: each new or changed article's document goes to the writer, and a
    checkpoint comes after the file that passes `checkpoint_every` changes."""

    def __init__(self, writer, inputs: list[InputFile], options: ReadOptions, checkpoint_every: int):
        self._writer = writer
        self._tasks = [(f, options) for f in inputs]
        self._checkpoint_every = checkpoint_every

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        pass

    def files(self) -> Iterator[tuple[InputFile, FileResult, list[Prepared], int | None]]:
        for f, result, prepared in map(_read_task, self._tasks):
            yield f, result, prepared, None

    def add(self, item: Prepared, *, replace: bool) -> None:
        self._writer.add_doc(item.doc, replace=replace)

    def drop(self, wid: int | None, item: Prepared) -> None:
        pass  # nothing of it was written

    def file_done(self) -> None:
        if self._writer.pending >= self._checkpoint_every:
            self._writer.checkpoint()

    def finish(self) -> None:
        pass


class _WorkerRun:
    """A run read and written by segment workers (segment_workers.py), and its bookkeeping: which of their
    articles to delete from their segments before a commit (keys an earlier file had), and the commits: at a
    checkpoint once the files the workers have in hand are done, and the last segments with the writer's
    commit. A worker that failed becomes the index's error, and the workers are stopped either way."""

    def __init__(self, archive: ArchiveIndex, writer, inputs: list[InputFile], options: ReadOptions,
                 workers: int, checkpoint_every: int):
        self._archive = archive
        self._writer = writer
        self._inputs = inputs
        self._checkpoint_every = checkpoint_every
        self._drops: dict[int, list[int]] = {}
        self._workers = SegmentWorkers(min(workers, len(inputs)), lambda: archive.segment_writer(locked=False),
                                       _index_in_worker(inputs, options))

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self._workers.stop()
            return
        self._workers.kill()  # nothing they hold will be committed; the writer's cancel deletes their files
        if isinstance(exc, WorkerFailed):
            raise self._problem(exc) from None

    def files(self) -> Iterator[tuple[InputFile, FileResult, list[Prepared], int]]:
        for wid, pos, result, items in run_in_order(self._workers, [f.size for f in self._inputs],
                                                     self._want_checkpoint, self._checkpoint):
            yield self._inputs[pos], result, items, wid

    def add(self, item: Prepared, *, replace: bool) -> None:
        self._writer.added_by_worker(item.key, replace=replace)

    def drop(self, wid: int, item: Prepared) -> None:
        if item.docnum is not None:  # the worker wrote a key an earlier file had
            self._drops.setdefault(wid, []).append(item.docnum)

    def file_done(self) -> None:
        pass  # checkpoints wait for the files in the workers' hands (run_in_order)

    def finish(self) -> None:
        """The segments of the files since the last checkpoint, committed when the writer is."""
        self._take(self._workers.finish_segments())

    def _want_checkpoint(self) -> bool:
        return self._writer.pending >= self._checkpoint_every

    def _take(self, segments: list) -> None:
        for wid, docnums in self._drops.items():
            for docnum in docnums:
                segments[wid].delete_document(docnum)
        self._drops = {}
        self._writer.adopt(segments)

    def _checkpoint(self, segments: list) -> None:
        self._take(segments)
        self._writer.checkpoint()

    def _problem(self, failed: WorkerFailed) -> IndexError_:
        if failed.cause is not None:
            return _os_problem(failed.cause, self._archive.path, "writing")
        problem = IndexError_(f"indexing into {self._archive.path} failed: {failed}; the index keeps its last commit")
        for note in getattr(failed, "__notes__", ()):
            problem.add_note(note)
        return problem


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
    reread: bool = False,
) -> IndexSummary:
    """Index `sources` into `archive`. Files whose size and modification time are what they were when the index
    last read them are not read again unless `reread` (file_state.py)."""
    started = time.perf_counter()
    walk_started_ns = time.time_ns()
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
    later = _later_comings(inputs)
    done_bytes = 0
    fingerprint = file_state.code_fingerprint(options)
    states: dict[tuple[str, bool], file_state.FileState] = {}  # what to record of each file once committed
    with archive.writer() as writer:
        # what the index holds, read under the write lock: a run that committed just before this one took the
        # lock is seen, so its articles are compared, not added a second time
        known = archive.known()
        by_path: dict[str, set[str]] = {}
        for key, (_h, path) in known.items():
            by_path.setdefault(path, set()).add(key)
        recorded = {} if reread else file_state.load(archive.path, archive.version(), fingerprint)
        file_state.forget(archive.path)  # this run's commits make the record old; a new one follows the last
        writer.after_commit.append(lambda: file_state.save(
            archive.path, archive.version(), fingerprint,
            _carried_over(states, recorded, walked, walked_archives)))
        # (a later coming of a path is always read: only reading tells an archive's two members of one name apart)
        unchanged = {i: _as_read(f, recorded[f.path, f.explicit], by_path, known) for i, f in enumerate(inputs)
                     if i not in later and (f.path, f.explicit) in recorded
                     and recorded[f.path, f.explicit].matches(f.size, f.mtime_ns)}
        to_read = [f for i, f in enumerate(inputs) if i not in unchanged]
        _init_worker({key: h for key, (h, _p) in known.items()})
        # worker processes that read and index their share pay off on large runs; on small ones starting them
        # costs more than it saves
        parallel = sum(f.size for f in to_read) >= PARALLEL_MIN_BYTES and workers > 1 and len(to_read) > 1 and \
            _CAN_FORK
        if parallel:
            run = _WorkerRun(archive, writer, to_read, options, workers, checkpoint_every)
        else:
            run = _ReadHere(writer, to_read, options, checkpoint_every)
        with run:
            for i, (f, result, items, wid) in enumerate(_with_unchanged(inputs, unchanged, run.files())):
                crash_point("read")
                done_bytes += f.size
                was_read = i not in unchanged
                if was_read:
                    summary.files_read += 1
                    summary.bytes_read += f.size
                else:
                    summary.files_unchanged += 1
                if result.ignored:
                    summary.ignored.append(Skipped(f.path, result.ignored, ignored=True))
                fatal = [p for p in result.problems if p.fatal]
                summary.problems.extend(fatal)
                summary.warnings.extend(p for p in result.problems if not p.fatal)
                # a file named twice (`dateline index wire wire/a.txt`) comes twice: its second coming finds
                # its articles taken by the first, which must not make them records gone from the file
                again = i in later
                file_keys: set[str] = set()
                for item in items:
                    key = item.key
                    if key in seen:
                        run.drop(wid, item)
                        continue
                    seen.add(key)
                    file_keys.add(key)
                    if was_read:
                        summary.articles_read += 1
                    else:
                        summary.articles_in_unchanged_files += 1
                    if item.partial_date:
                        summary.partial_dates += 1
                    old = known.get(key)
                    if old is not None and old[0] == item.content_hash:
                        summary.unchanged += 1
                        continue
                    run.add(item, replace=old is not None)
                    if old is None:
                        summary.added += 1
                    else:
                        summary.updated += 1
                # records that were in this file before and are not any more (an emptied file, or one that is no
                # longer an article, has none); a record still there but unreadable now keeps its last version,
                # and when an unreadable record cannot be told apart (`line 2` of records indexed by their ids)
                # nothing is removed: the broken line may be any of them
                if result.complete and not again:
                    indexed = by_path.get(f.path, set())
                    unreadable = {f"{p.path}#{p.record}" for p in fatal if p.record}
                    stale = indexed - file_keys - unreadable
                    if stale and unreadable <= indexed:
                        writer.delete_keys(stale)
                        summary.removed += len(stale)
                    elif stale:
                        summary.warnings.append(ReadProblem(
                            f.path, f"{len(stale):,} article{'s' if len(stale) != 1 else ''} the file no longer "
                            "holds kept, as one of its records could not be read: removed once it is mended",
                            fatal=False))
                # recorded for the next run: a key is the file's path and the record, so the articles the
                # index now holds under this path are exactly this file's
                if not fatal and not again and file_state.settled(f.mtime_ns, walk_started_ns):
                    states[f.path, f.explicit] = file_state.FileState(
                        f.size, f.mtime_ns, f.explicit, sum(item.partial_date for item in items), result.ignored,
                        # (not a failed extraction: a later run would not extract the article again either)
                        [p for p in result.problems if not p.fatal and not p.reason.startswith(EXTRACTION_FAILED)])
                if was_read:
                    run.file_done()
                if progress:
                    progress(Progress(i + 1, len(inputs), done_bytes, bytes_total, summary.articles_read, f.path))
            run.finish()
        for path, keys in by_path.items():
            if path in walked:
                continue
            base = _archive_of(path)
            if not os.path.exists(base) or ("!" in path and base in walked_archives):
                if prune:
                    writer.delete_keys(keys)
                    summary.removed += len(keys)
                else:  # said in the summary, with --prune as the way to remove them
                    summary.gone_files += 1
                    summary.gone_articles += len(keys)
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
