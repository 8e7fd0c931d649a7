"""Whoosh storage that reads index files through memory maps.

Whoosh's compound files copy every part a reader opens into Python memory, and its plain files go through a
Python file object for every read. A read-only memory map gives the speed of the first with the memory of neither:
pages live in the operating system's cache, shared between every process that searches the same index.

It also hands Whoosh the index's own write lock (writelock.py) instead of Whoosh's, and marks the moments of a
commit where the crash tests can stop the process (crashpoints.py).
"""

from __future__ import annotations

import mmap
import os
import threading

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile

from .crashpoints import crash_point
from .writelock import BorrowedLock


class _ThreadMap:
    """A read-only memory map read with a position per thread. Whoosh reads a file by a seek and then a read;
    the browser's workers search one searcher at once, and a seek by one between the other's seek and read gave
    it the wrong bytes (wrong postings, which the array engine then kept)."""

    def __init__(self, mapped: mmap.mmap):
        self._map = mapped
        self._size = len(mapped)
        self._local = threading.local()

    def tell(self) -> int:
        return getattr(self._local, "pos", 0)

    def seek(self, offset: int, whence: int = 0) -> int:
        base = 0 if whence == 0 else self.tell() if whence == 1 else self._size
        if not 0 <= base + offset <= self._size:
            raise ValueError("seek out of range")  # as mmap.seek
        self._local.pos = base + offset
        return self._local.pos

    def read(self, n: int | None = -1) -> bytes:
        pos = self.tell()
        end = self._size if n is None or n < 0 else min(self._size, pos + n)
        self._local.pos = max(pos, end)
        return self._map[pos:end]

    def readline(self, limit: int = -1) -> bytes:
        pos = self.tell()
        found = self._map.find(b"\n", pos)
        end = self._size if found < 0 else found + 1
        if limit is not None and limit >= 0:
            end = min(end, pos + limit)
        self._local.pos = max(pos, end)
        return self._map[pos:end]

    def close(self) -> None:
        self._map.close()


class _MapFile(StructFile):
    """A StructFile over a `_ThreadMap` whose random reads (`get`: posting blocks, columns, hash tables) slice the
    map directly: no shared position to move, and no seek and read calls in Python for the most common read."""

    def get(self, position, length):
        return self.file._map[position:position + length]


class MmapFileStorage(FileStorage):
    def open_file(self, name, **kwargs):
        path = self._fpath(name)
        with open(path, "rb") as fh:
            if os.fstat(fh.fileno()).st_size == 0:
                return super().open_file(name, **kwargs)  # an empty file cannot be mapped
            mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        return _MapFile(_ThreadMap(mapped), name=name, **kwargs)

    def lock(self, name):
        # Whoosh's flock would be inherited by forked workers: see writelock.py
        return BorrowedLock(self.folder)

    def create_file(self, name, **kwargs):
        if ".toc." in name:
            crash_point("toc-write")  # every segment file is written; the table of contents comes next
        return super().create_file(name, **kwargs)

    def rename_file(self, oldname, newname, safe=False):
        toc = newname.endswith(".toc")
        if toc:
            crash_point("toc-rename")
        super().rename_file(oldname, newname, safe=safe)
        if toc:
            crash_point("committed")
