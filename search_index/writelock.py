"""The index's write lock: one writer at a time, never left behind by a writer that died.

Whoosh locks with `flock`, which belongs to the open file: worker processes forked while the lock is held inherit
it, and when `dateline index` is killed (kill -9, the OOM killer, a closed SSH session) its orphaned workers keep the
index locked for ever. This lock is a POSIX record lock (`lockf`) instead, which belongs to the process: children
do not inherit it and the kernel drops it the moment its owner dies, whatever the children do. Record locks do not
exclude threads of one process, so a table of the locks this process holds does that.

The lock file holds its owner's pid and start time while it is held, and is emptied on a clean release: a writer
that finds it locked can say who is writing, and one that finds it unlocked but not empty knows the last writer
died mid-run (its unfinished transaction is simply not in the index: commits are atomic).
"""

from __future__ import annotations

import errno
import fcntl
import os
import socket
import threading
import time
from dataclasses import dataclass
from datetime import datetime

LOCK_NAME = "MAIN_WRITELOCK"  # the file Whoosh's own lock used

_held: dict[str, "WriteLock"] = {}
_held_guard = threading.Lock()


@dataclass(frozen=True, slots=True)
class Owner:
    pid: int
    host: str
    since: str  # ISO time the lock was taken

    @classmethod
    def parse(cls, text: str) -> "Owner | None":
        parts = dict(p.split("=", 1) for p in text.split() if "=" in p)
        try:
            return cls(int(parts["pid"]), parts.get("host", ""), parts.get("since", ""))
        except (KeyError, ValueError):
            return None

    def describe(self) -> str:
        where = f" on {self.host}" if self.host and self.host != socket.gethostname() else ""
        since = self.since.replace("T", " ")[:19]
        return f"process {self.pid}{where}" + (f", since {since}" if since else "")


class LockBusy(Exception):
    def __init__(self, owner: Owner | None):
        super().__init__(owner.describe() if owner else "another process")
        self.owner = owner


class WriteLock:
    def __init__(self, folder: str):
        self.path = os.path.join(os.path.abspath(folder), LOCK_NAME)
        self._fd: int | None = None
        self.owner: Owner | None = None
        self.stale: Owner | None = None  # the dead writer whose lock this one took over, if any

    @staticmethod
    def held_here(folder: str) -> bool:
        """Whether this process holds the lock of the index in `folder`."""
        return os.path.join(os.path.abspath(folder), LOCK_NAME) in _held

    def acquire(self, timeout: float = 0.0) -> None:
        """Take the lock, retrying for `timeout` seconds; raises LockBusy, or OSError if the file cannot be made."""
        deadline = time.monotonic() + timeout
        while not self._try():
            if time.monotonic() >= deadline:
                raise LockBusy(self._current_owner())
            time.sleep(0.05)

    def _try(self) -> bool:
        with _held_guard:
            if self.path in _held:
                return False
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                os.close(fd)
                if exc.errno in (errno.EACCES, errno.EAGAIN):
                    return False
                raise
            _held[self.path] = self
            self._fd = fd
        # read through our own descriptor: closing any other descriptor of this file would drop the lock
        previous = os.pread(fd, 4096, 0).decode("utf-8", "replace")
        self.stale = Owner.parse(previous) if previous.strip() else None
        if self.stale is not None and self.stale.pid == os.getpid() and self.stale.host == socket.gethostname():
            self.stale = None  # our own, from a writer of this process that could not empty the file
        self.owner = Owner(os.getpid(), socket.gethostname(), datetime.now().isoformat(timespec="seconds"))
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"pid={self.owner.pid} host={self.owner.host} since={self.owner.since}\n".encode(), 0)
        except OSError:
            pass  # a full disk: the lock itself still holds, only the note of who holds it is missing
        return True

    def _current_owner(self) -> Owner | None:
        # under the guard: if a thread of this process took the lock meanwhile, opening and closing the file here
        # would release its record lock
        with _held_guard:
            mine = _held.get(self.path)
            if mine is not None:
                return mine.owner
            try:
                with open(self.path, encoding="utf-8", errors="replace") as fh:
                    return Owner.parse(fh.read(4096))
            except OSError:
                return None

    def release(self) -> None:
        with _held_guard:
            if self._fd is None:
                return
            try:
                os.ftruncate(self._fd, 0)
            except OSError:
                pass
            try:
                fcntl.lockf(self._fd, fcntl.LOCK_UN)
            finally:
                os.close(self._fd)
                self._fd = None
                _held.pop(self.path, None)


class BorrowedLock:
    """What Whoosh gets when it asks for its write lock: granted only if this process holds the WriteLock.

    The WriteLock is taken once for a whole indexing run, so Whoosh's commits at checkpoints do not let another
    writer in between two transactions of the same run."""

    def __init__(self, folder: str):
        self.folder = folder

    def acquire(self, blocking: bool = False) -> bool:
        return WriteLock.held_here(self.folder)

    def release(self) -> None:
        pass
