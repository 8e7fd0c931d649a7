"""What each source file was when the index last read it, so that a later run need not read it again.

A re-run over an archive that has barely changed read and hashed every file to find that nothing had (8 s at
100,000 articles). Like `make` and `rsync`, a file whose size and modification time are what they were when it
was read is taken as unchanged: its articles are the ones the index holds for it, and the run does not open it.

The record is trusted only when nothing can have made it wrong:
- it was written after the commit it describes, and that commit is still the index's newest (any other run
  that commits, or a run killed after a checkpoint, leaves a newer generation, and every file is read again);
- the same Dateline code and the same reading options (`--year`, `--source-name`) would read the file;
- the file was not modified within a second before the run that read it looked at it (a change in the same
  tick of the file system's clock would leave the time as it was);
- the file was read without a fatal problem (a file that failed is tried again).
`dateline index --reread` reads every file regardless.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from importlib import metadata
from dataclasses import dataclass, field
from pathlib import Path

from .model import ReadProblem
from .paths import STATE_FILE
from .readers import ReadOptions

_FORMAT = 1
_RACY_NS = 1_000_000_000  # a file modified this close before the walk may change again without a new time


@dataclass(slots=True)
class FileState:
    size: int
    mtime_ns: int
    explicit: bool  # named on the command line (read even with a suffix a folder walk ignores)
    partial_dates: int = 0  # articles dated without a year or day, counted again in the summary
    ignored: str = ""  # why the file is not an article file
    warnings: list[ReadProblem] = field(default_factory=list)

    def matches(self, size: int, mtime_ns: int) -> bool:
        return (self.size, self.mtime_ns) == (size, mtime_ns) and mtime_ns > 0


def code_fingerprint(options: ReadOptions) -> str:
    """Changes when anything that reads or extracts could read a file differently: Dateline's own modules and
    word lists (by size and modification time), Python and the libraries that read feeds and make terms, and
    the reading options."""
    digest = hashlib.sha1(repr((_FORMAT, options.year, options.source_name, sys.version)).encode())
    for dist in ("whoosh-reloaded", "feedparser"):  # what reads feeds and makes the terms
        try:
            digest.update(f"{dist} {metadata.version(dist)}\n".encode())
        except metadata.PackageNotFoundError:
            pass
    root = Path(__file__).parent
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".txt", ".tsv", ".json") and "__pycache__" not in path.parts:
            st = path.stat()
            digest.update(f"{path.relative_to(root)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def load(index_path: str, version: tuple | None, fingerprint: str) -> dict[tuple[str, bool], FileState]:
    """The recorded files by path and whether named on the command line, or nothing when the record does not
    describe the index's commit `version` (ArchiveIndex.version) read by this code."""
    if version is None:
        return {}
    try:
        with open(os.path.join(index_path, STATE_FILE), encoding="utf-8") as fh:
            data = json.load(fh)
        if data.get("format") != _FORMAT or data.get("generation") != list(version) or \
                data.get("fingerprint") != fingerprint:
            return {}
        return {(path, explicit): FileState(size, mtime, explicit, partial, ignored,
                                            [ReadProblem(path, reason, record, fatal=False)
                                             for reason, record in warnings])
                for path, size, mtime, explicit, partial, ignored, warnings in data["files"]}
    except (OSError, ValueError, KeyError, TypeError):
        return {}  # missing, unreadable or from another format: every file is read


def save(index_path: str, version: tuple | None, fingerprint: str,
         files: dict[tuple[str, bool], FileState]) -> None:
    """Write the record for the commit `version` (written whole, then renamed over the old one: a crash leaves
    the old record, which no longer matches the index's commit, or the new one)."""
    if version is None:
        return
    data = {
        "format": _FORMAT, "generation": list(version), "fingerprint": fingerprint,
        "files": [[path, s.size, s.mtime_ns, s.explicit, s.partial_dates, s.ignored,
                   [[w.reason, w.record] for w in s.warnings]] for (path, _explicit), s in files.items()],
    }
    target = os.path.join(index_path, STATE_FILE)
    temporary = target + ".tmp"
    try:
        with open(temporary, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
        os.replace(temporary, target)
    except OSError:
        try:  # a full disk costs the next run its shortcut, never the index
            os.unlink(temporary)
        except OSError:
            pass


def forget(index_path: str) -> None:
    """Drop the record: a run's first commit makes it describe an older one."""
    try:
        os.unlink(os.path.join(index_path, STATE_FILE))
    except OSError:
        pass


def settled(mtime_ns: int, walk_started_ns: int) -> bool:
    """Whether a file's time is old enough to be trusted next time (see the module)."""
    return 0 < mtime_ns < walk_started_ns - _RACY_NS
