"""Worker processes that read their share of the input files and index it into Whoosh segments of their own.

Why: reading and extracting in one set of processes and indexing in Whoosh's writer processes pickled every
article's document twice (reader to this process, this process to a writer) and kept four busy processes on two
cores. A worker here does all of a file's work where it read it and sends back only each article's key, hash and
place in its segment; at a commit each worker closes its segment and hands it over, and the commit adds the
segments to the index's table of contents as they are (Whoosh's own `multisegment` does the same).

What stays with the indexing process: the order of the files (the first file to hold a key wins, as in a serial
run), what is unchanged, updated or stale, and every deletion. An article a worker indexed that turns out to
repeat a key an earlier file had is marked deleted in the worker's segment before the commit.

Workers take chunks of files from their own queue, at most two chunks ahead, so a checkpoint commit waits for
little more than the chunks already handed out. A worker that dies (the OOM killer, a full disk) stops the run
with an error instead of a commit without its articles.
"""

from __future__ import annotations

import multiprocessing
import queue
import signal
import traceback
from collections import deque
from collections.abc import Callable, Iterator, Sequence

AHEAD = 2  # chunks handed to a worker before it has finished the one it is on
CHUNK_FILES = 16  # files per chunk at most ...
CHUNK_BYTES = 256 << 10  # ... and about this many bytes (one larger file is a chunk of its own)


class WorkerFailed(RuntimeError):
    """A worker process stopped or raised: the transaction must not be committed. `cause` is the OSError it
    raised, if that was it; the worker's traceback is a note on the exception (shown with a traceback, not in
    the message)."""

    def __init__(self, message: str, cause: OSError | None = None, trace: str = ""):
        super().__init__(message)
        self.cause = cause
        if trace:
            self.add_note(f"in the worker process:\n{trace}")


def chunks(sizes: Sequence[int]) -> list[range]:
    """Consecutive runs of file positions: up to CHUNK_FILES files or about CHUNK_BYTES, so that an archive of
    small files does not cost a round trip per file."""
    out: list[range] = []
    start = 0
    total = 0
    for i, size in enumerate(sizes):
        if i > start and (i - start >= CHUNK_FILES or total + size > CHUNK_BYTES):
            out.append(range(start, i))
            start, total = i, 0
        total += size
    if start < len(sizes):
        out.append(range(start, len(sizes)))
    return out


def _worker_main(wid: int, make_writer: Callable, process_file: Callable, tasks, results) -> None:
    """A worker's loop: ("files", chunk) -> ("files", wid, [(pos, ...) per file]), one message per chunk (a
    message per file kept the queue's sending thread waking for each, and the worker waited for the GIL it held
    at every file it opened: a twentieth of a worker's time); ("finish",) -> ("segment", ...)
    with its segment (or None when it indexed nothing) and a fresh writer for what follows; None -> exit."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the indexing process's to handle
    writer = None
    try:
        while True:
            msg = tasks.get()
            if msg is None:
                return
            if msg[0] == "finish":
                segment = None
                if writer is not None:
                    if writer._added:
                        segment = writer._finalize_segment()
                    else:
                        writer._close_segment()
                    writer = None
                results.put(("segment", wid, segment))
                continue
            done = []
            for pos in msg[1]:
                if writer is None:
                    writer = make_writer()
                done.append((pos, *process_file(pos, writer)))
            results.put(("files", wid, done))
    except BaseException as exc:  # noqa: BLE001 - reported to the indexing process, which stops the run
        try:
            cause = exc if isinstance(exc, OSError) else None  # (a full disk: said as such, not as a traceback)
            results.put(("error", wid, f"{type(exc).__name__}: {exc}", traceback.format_exc(), cause))
        finally:
            raise SystemExit(1) from None


class SegmentWorkers:
    """`count` forked worker processes, each with its own segment writer. End with stop() after a good run, or
    kill() after a failed one (their unfinished segment files are left for the index's tidy-up to delete)."""

    def __init__(self, count: int, make_writer: Callable, process_file: Callable):
        ctx = multiprocessing.get_context("fork")
        self._results = ctx.Queue()
        self._tasks = [ctx.Queue() for _ in range(count)]
        self._ahead = [0] * count
        self._done: deque[tuple] = deque()  # results of a chunk a worker sent, not yet asked for
        self._procs = [ctx.Process(target=_worker_main, args=(wid, make_writer, process_file, self._tasks[wid],
                                                               self._results), daemon=True)
                       for wid in range(count)]
        try:
            for p in self._procs:
                p.start()
        except BaseException:
            self.kill()
            raise

    def free(self) -> int | None:
        """A worker with room for another chunk (the least busy), or None."""
        wid = min(range(len(self._procs)), key=self._ahead.__getitem__)
        return wid if self._ahead[wid] < AHEAD else None

    def give(self, wid: int, chunk: range) -> None:
        self._tasks[wid].put(("files", chunk))
        self._ahead[wid] += 1

    @property
    def busy(self) -> bool:
        return any(self._ahead)

    def next_result(self) -> tuple:
        """The next file a worker finished: (wid, pos, *what process_file returned). A worker that died or
        raised raises WorkerFailed."""
        if not self._done:
            msg = self._get()
            if msg[0] != "files":
                raise WorkerFailed(f"a worker process sent {msg[0]!r} where a chunk's results were expected")
            self._done.extend((msg[1], *item) for item in msg[2])
        return self._done.popleft()

    def chunk_done(self, wid: int) -> None:
        self._ahead[wid] -= 1

    def finish_segments(self) -> list:
        """Every worker's segment so far (None for a worker that indexed nothing), in worker order; each starts
        a new segment for any later files. Call when no chunk is outstanding."""
        assert not self.busy
        for q in self._tasks:
            q.put(("finish",))
        segments: list = [None] * len(self._procs)
        for _ in self._procs:
            msg = self._get()
            if msg[0] != "segment":
                raise WorkerFailed(f"a worker process sent {msg[0]!r} where its segment was expected")
            segments[msg[1]] = msg[2]
        return segments

    def _get(self) -> tuple:
        while True:
            try:
                msg = self._results.get(timeout=0.5)
            except queue.Empty:
                dead = [p for p in self._procs if p.exitcode is not None]
                if dead:
                    raise WorkerFailed(f"a worker process stopped with an error (exit code {dead[0].exitcode}; "
                                       "any message it gave is above)") from None
                continue
            if msg[0] == "error":
                _tag, _wid, what, trace, cause = msg
                raise WorkerFailed(f"a worker process failed: {what}", cause, trace)
            return msg

    def stop(self) -> None:
        """Ask every worker to exit, and kill any that has not within a few seconds."""
        for q in self._tasks:
            try:
                q.put(None)
            except (OSError, ValueError):
                pass
        for p in self._procs:
            p.join(5)
            if p.is_alive():
                p.kill()
                p.join(5)
        for q in (*self._tasks, self._results):
            q.cancel_join_thread()
            q.close()

    def kill(self) -> None:
        """Stop every worker at once (the run failed; nothing they hold will be committed)."""
        started = [p for p in self._procs if p.pid is not None]
        for p in started:
            if p.is_alive():
                p.kill()
        for p in started:
            p.join(5)


def run_in_order(workers: SegmentWorkers, sizes: Sequence[int], want_checkpoint: Callable[[], bool],
                 checkpoint: Callable[[list], None]) -> Iterator[tuple]:
    """Hand the files out a chunk at a time and yield each file's result in the files' own order:
    (wid, pos, *result). After a yielded file, when want_checkpoint() says so, no more chunks are handed out;
    once every file handed out has been yielded, checkpoint(segments) gets every worker's segment so far, and
    the run goes on. The segments of the last stretch are the caller's to take (finish_segments)."""
    plan = chunks(sizes)
    last_of_chunk = {c[-1] for c in plan}
    waiting: dict[int, tuple] = {}  # results that came ahead of an earlier file's
    next_chunk = next_pos = handed_end = 0
    holding = False  # a checkpoint was asked for: hand nothing out until it is done

    def hand_out() -> None:
        nonlocal next_chunk, handed_end
        while not holding and next_chunk < len(plan):
            wid = workers.free()
            if wid is None:
                return
            workers.give(wid, plan[next_chunk])
            handed_end = plan[next_chunk][-1] + 1
            next_chunk += 1

    while next_pos < len(sizes):
        hand_out()
        while next_pos not in waiting:
            result = workers.next_result()
            if result[1] in last_of_chunk:
                workers.chunk_done(result[0])
                hand_out()  # a worker with room gets its next chunk now, not when this process catches up
            waiting[result[1]] = result
        yield waiting.pop(next_pos)
        next_pos += 1
        if not holding and next_pos < len(sizes) and want_checkpoint():
            holding = True
        if holding and next_pos == handed_end:
            checkpoint(workers.finish_segments())
            holding = False
