"""The browser's peak memory with an index open, read from the real process in a real terminal (tmux).

Pilot runs the app inside the benchmark's own process, whose memory says nothing about the app's; so the app is
started as a user starts it, and its high-water mark (VmHWM) is read from /proc once its first results are on
screen and a moment has passed for the facet panels to fill.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIRST_RESULTS = "newest first"  # on the status line once the first results are painted (as app_latency.py)
SETTLE_SECONDS = 1.0
TIMEOUT_SECONDS = 30.0


def app_peak_memory(index: Path) -> int | None:
    """Bytes of the app's VmHWM after its first results; None without tmux or /proc, or when no results came."""
    if shutil.which("tmux") is None or not Path("/proc/self/status").exists():
        return None
    name = f"bench-mem-{uuid.uuid4().hex[:6]}"
    subprocess.run(["tmux", "new-session", "-d", "-s", name, "-x", "160", "-y", "48",
                    f"env DATELINE_INDEX={index} TERM=xterm-256color PYTHONPATH={ROOT} "
                    f"{sys.executable} -m tui.cli browse; sleep 30"], check=True)
    try:
        if not _wait_for_results(name):
            return None
        time.sleep(SETTLE_SECONDS)
        shell = int(subprocess.run(["tmux", "display", "-p", "-t", name, "#{pane_pid}"], capture_output=True,
                                   text=True, check=True).stdout)
        app = _descendant_running(shell, b"tui.cli")
        return _vm_hwm(app) if app else None
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)


def _wait_for_results(session: str) -> bool:
    started = time.perf_counter()
    while time.perf_counter() - started < TIMEOUT_SECONDS:
        screen = subprocess.run(["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True).stdout
        if FIRST_RESULTS in screen:
            return True
        time.sleep(0.05)
    return False


def _children() -> dict[int, list[int]]:
    """Parent pid -> child pids, for every process in /proc."""
    tree: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended while we looked
        tree.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    return tree


def _descendant_running(root: int, command: bytes) -> int | None:
    """The first process below `root` whose command line contains `command` (the shell runs env, which runs
    python, so the app is not the pane's own process)."""
    tree = _children()
    todo = list(tree.get(root, []))
    while todo:
        pid = todo.pop(0)
        try:
            if command in Path(f"/proc/{pid}/cmdline").read_bytes():
                return pid
        except OSError:
            continue
        todo.extend(tree.get(pid, []))
    return None


def _vm_hwm(pid: int) -> int | None:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return None
