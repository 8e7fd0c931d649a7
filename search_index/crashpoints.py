"""Named points in indexing where the crash tests can make `dateline index` kill itself with SIGKILL.

`DATELINE_CRASH_AT=phase` (or `phase:n`, the n-th time the phase is reached) makes the process send itself
SIGKILL there: as abrupt as `kill -9` from outside, but at an exact, repeatable moment. Phases:

    read         a file has been read and its articles extracted, nothing of it written yet
    add          an article has been handed to the Whoosh writer (uncommitted)
    merge        a commit has merged older segments into a new one; the new table of contents is not written
    toc-write    a commit has written every segment file and is about to write the table of contents
    toc-rename   the new table of contents is written under a temporary name, not yet renamed into place
    committed    the new table of contents is in place; old files are not yet cleaned up
    checkpoint   a checkpoint commit has finished and the next transaction is about to begin

Unset (always, outside the tests) this costs one dictionary lookup per call.
"""

from __future__ import annotations

import os
import signal

ENV_VAR = "DATELINE_CRASH_AT"
PHASES = ("read", "add", "merge", "toc-write", "toc-rename", "committed", "checkpoint")
_reached: dict[str, int] = {}


def crash_point(phase: str) -> None:
    spec = os.environ.get(ENV_VAR)
    if not spec:
        return
    name, _, nth = spec.partition(":")
    if name != phase:
        return
    _reached[phase] = _reached.get(phase, 0) + 1
    if _reached[phase] >= int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)
