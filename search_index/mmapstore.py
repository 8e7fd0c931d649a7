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

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile

from .crashpoints import crash_point
from .writelock import BorrowedLock


class _SharedMap:
    """The map with its one position for Whoosh's sequential reads: an object made in one thread may read on in
    another (a per-thread position lost the article a worker thread opened after a search thread had read the
    same file). Random reads go round it (`_MapFile.get`); the array engine decodes under a lock
    (fastsearch.DECODE_LOCK), so two decodes never move each other's position."""

    def __init__(self, mapped: mmap.mmap):
        self._map = mapped

    def __getattr__(self, name):
        return getattr(self._map, name)


class _MapFile(StructFile):
    """A StructFile over a `_SharedMap` whose random reads (`get`: posting blocks, columns, hash tables) slice the
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
        return _MapFile(_SharedMap(mapped), name=name, **kwargs)

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
