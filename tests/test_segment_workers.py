"""Handing files to segment workers: chunks, results back in the files' order, checkpoints between files.

The process side (real workers writing segments) is covered by the indexing and durability tests; here the order
and checkpoint logic runs against a stand-in whose workers finish their files in any order."""

from __future__ import annotations

import random
import signal

from search_index.segment_workers import AHEAD, CHUNK_BYTES, CHUNK_FILES, chunks, run_in_order


def test_chunks_cover_every_file_once_in_order_and_bound_their_size():
    rng = random.Random(5)
    sizes = [rng.choice([100, 5_000, 90_000, 3 * CHUNK_BYTES]) for _ in range(500)]
    plan = chunks(sizes)
    assert [i for c in plan for i in c] == list(range(len(sizes)))
    for c in plan:
        assert len(c) <= CHUNK_FILES
        assert len(c) == 1 or sum(sizes[i] for i in c) <= CHUNK_BYTES  # a larger file is a chunk of its own
    assert chunks([]) == []
    assert [list(c) for c in chunks([10] * 40)] == [list(range(0, 16)), list(range(16, 32)), list(range(32, 40))]


class ShuffledWorkers:
    """Workers that finish the files they hold in a random order, and record what they were given and when."""

    def __init__(self, count: int, seed: int):
        self.rng = random.Random(seed)
        self.ahead = [0] * count
        self.holding: list[tuple[int, int]] = []  # (worker, file) given and not yet reported
        self.given: list[int] = []
        self.finished_at: list[int] = []  # files given before each finish_segments
        self.segment = 0

    def free(self):
        wid = min(range(len(self.ahead)), key=self.ahead.__getitem__)
        return wid if self.ahead[wid] < AHEAD else None

    def give(self, wid, chunk):
        self.ahead[wid] += 1
        self.holding.extend((wid, pos) for pos in chunk)
        self.given.extend(chunk)

    @property
    def busy(self):
        return any(self.ahead)

    def next_result(self):
        wid, pos = self.holding.pop(self.rng.randrange(len(self.holding)))
        return wid, pos, f"file {pos}"

    def chunk_done(self, wid):
        self.ahead[wid] -= 1

    def finish_segments(self):
        assert not self.busy and not self.holding
        self.finished_at.append(len(self.given))
        self.segment += 1
        return [f"segment {self.segment} of worker {w}" for w in range(len(self.ahead))]


def test_results_come_in_file_order_and_checkpoints_wait_for_the_files_in_hand():
    sizes = [200_000] * 3 + [1_000] * 50 + [400_000] * 4 + [10] * 30
    for seed in range(20):
        workers = ShuffledWorkers(2, seed)
        yielded: list[int] = []
        checkpoints: list[tuple[int, list]] = []
        asked: list[int] = []

        def want_checkpoint():
            # every 20 files since the last checkpoint
            since = yielded[-1] + 1 - (checkpoints[-1][0] if checkpoints else 0)
            if since >= 20:
                asked.append(yielded[-1] + 1)
                return True
            return False

        def checkpoint(segments):
            checkpoints.append((len(yielded), segments))

        for wid, pos, result in run_in_order(workers, sizes, want_checkpoint, checkpoint):
            assert result == f"file {pos}" and wid in (0, 1)
            yielded.append(pos)
        assert yielded == list(range(len(sizes)))
        assert sorted(workers.given) == list(range(len(sizes)))  # each file handed out once
        assert checkpoints, "a checkpoint was asked for and made"
        for (at, segments), wanted in zip(checkpoints, asked):
            # made once every file handed out had been yielded: not before the file that asked for it, and with
            # nothing handed out in between
            assert at >= wanted
            assert at in workers.finished_at
            assert segments == [f"segment {workers.finished_at.index(at) + 1} of worker {w}" for w in (0, 1)]
        # the caller takes the last segments itself
        assert workers.finish_segments()


class _Recorder:
    """A results queue that keeps what a worker puts."""

    def __init__(self):
        self.messages = []

    def put(self, msg):
        self.messages.append(msg)


class _Tasks:
    def __init__(self, messages):
        self.messages = list(messages)

    def get(self):
        return self.messages.pop(0)


def test_a_worker_sends_one_message_per_chunk_with_every_files_result_in_order():
    # one message per file kept the queue's sending thread busy at every file (and the worker waiting for the
    # GIL at every file it opened): a chunk's results go back together
    from search_index.segment_workers import _worker_main

    results = _Recorder()
    tasks = _Tasks([("files", range(0, 3)), ("files", range(3, 5)), None])
    handler = signal.getsignal(signal.SIGINT)  # (a worker leaves Ctrl-C to the indexing process)
    try:
        _worker_main(1, lambda: "writer", lambda pos, writer: (f"file {pos}", writer), tasks, results)
    finally:
        signal.signal(signal.SIGINT, handler)
    assert results.messages == [
        ("files", 1, [(0, "file 0", "writer"), (1, "file 1", "writer"), (2, "file 2", "writer")]),
        ("files", 1, [(3, "file 3", "writer"), (4, "file 4", "writer")]),
    ]


class _Results:
    """A results queue holding what workers sent."""

    def __init__(self, messages):
        self.messages = list(messages)

    def get(self, timeout=None):
        return self.messages.pop(0)


def test_the_indexing_process_takes_every_files_result_out_of_a_chunks_message_in_order():
    from collections import deque

    from search_index.segment_workers import SegmentWorkers

    workers = SegmentWorkers.__new__(SegmentWorkers)  # no processes: only the unpacking of their messages
    workers._procs, workers._done = [], deque()
    workers._results = _Results([("files", 0, [(0, "a"), (1, "b"), (2, "c")]), ("files", 1, [(3, "d")])])
    assert [workers.next_result() for _ in range(4)] == [(0, 0, "a"), (0, 1, "b"), (0, 2, "c"), (1, 3, "d")]
