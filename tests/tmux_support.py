"""Driving the real app in a real terminal: tmux sessions, keys, and reading the screen back."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
import uuid

import pytest


def backgrounds(line: str) -> set[str]:
    """The background colours a screen line (captured with escapes) is drawn in: a focused box shows the focus
    by its background, and its cursor by swapped colours, not by reverse video."""
    return set(re.findall(r"(?<!\d)48;(?:5;\d+|2;\d+;\d+;\d+)", line))


def need_tmux() -> str:
    path = shutil.which("tmux")
    if path is None:
        pytest.skip("tmux is not installed (`apt-get install tmux`); .ci/run installs it")
    return path


class TmuxSession:
    def __init__(self, command: str, width: int = 120, height: int = 40, env: dict[str, str] | None = None):
        need_tmux()
        self.name = f"dateline-test-{uuid.uuid4().hex[:8]}"
        exports = " ".join(f"{k}={v}" for k, v in (env or {}).items())
        args = ["tmux", "new-session", "-d", "-s", self.name, "-x", str(width), "-y", str(height),
                f"env {exports} {command}; sleep 30"]
        for attempt in range(3):
            # a tmux server whose last session just closed exits; a new session racing it gets "server exited
            # unexpectedly" and simply asks again (a new server starts)
            done = subprocess.run(args, capture_output=True, text=True)
            if done.returncode == 0:
                break
            if "server exited unexpectedly" not in done.stderr or attempt == 2:
                raise AssertionError(f"tmux new-session failed: {done.stderr.strip()}")

    def keys(self, *keys: str, literal: bool = False) -> None:
        args = ["tmux", "send-keys", "-t", self.name] + (["-l"] if literal else []) + list(keys)
        subprocess.run(args, check=True)

    def screen(self, escapes: bool = False) -> str:
        args = ["tmux", "capture-pane", "-p", "-t", self.name] + (["-e"] if escapes else [])
        return subprocess.run(args, check=True, capture_output=True, text=True).stdout

    def wait_for(self, predicate, timeout: float = 30.0, what: str = "", escapes: bool = False) -> str:
        """Poll the screen until predicate(screen) holds; fail with the screen when it never does.

        Like a person, a test waits to see what a key did before it presses the next one (keys sent in one
        burst are a test of their own: test_keys_sent_in_one_burst_edit_the_search_box_in_order)."""
        deadline = time.monotonic() + timeout
        while True:
            text = self.screen(escapes=escapes)
            if predicate(text):
                return text
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what or predicate}; screen was:\n{text}")
            time.sleep(0.1)

    def make_sure_it_listens(self) -> None:
        """Keys that arrive while the app still reads the terminal's answers to its start-up queries can be
        dropped: open the help until it shows, then close it, before typing anything that matters."""
        for attempt in range(5):
            self.keys("?")
            try:
                self.wait_for(lambda s: "Dateline keys" in s, timeout=3, what="the help screen")
                break
            except AssertionError:
                if attempt == 4:
                    raise
        self.keys("Escape")
        self.wait_for(lambda s: "Dateline keys" not in s, what="help closed")

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)
