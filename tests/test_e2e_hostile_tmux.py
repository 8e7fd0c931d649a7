"""Hostile articles opened in the real app in a real terminal (tmux): the screen shows the literal text, escape
sequences are made visible, and nothing in the article sets the pane title, renames the window, writes the
clipboard or clears the screen.

The tmux server is private to the test (its own socket), so its titles and paste buffers are ours alone. tmux is
set up so that an escape sequence *would* act (`allow-rename on`, `set-clipboard on`); after the app quits, the
same pane prints a real title sequence to show that the check can fail.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from rich.cells import cell_len

from search_index import ArchiveIndex, index_sources

from .hostile_support import write_hostile
from .tmux_support import need_tmux

ROOT = Path(__file__).resolve().parents[1]
KNOWN_TITLE = "dateline-known-title"
KNOWN_WINDOW = "dateline-known-window"


class PrivateTmux:
    """One tmux server on its own socket, with one 120x40 pane."""

    def __init__(self, command: str):
        need_tmux()
        self.socket = f"dateline-hostile-{uuid.uuid4().hex[:8]}"
        self.run("new-session", "-d", "-s", "main", "-x", "120", "-y", "40", command)

    def run(self, *args: str) -> str:
        return subprocess.run(["tmux", "-L", self.socket, *args], check=True, capture_output=True,
                              text=True).stdout

    def screen(self, escapes: bool = False) -> str:
        return self.run("capture-pane", "-p", "-t", "main", *(["-e"] if escapes else []))

    def display(self, fmt: str) -> str:
        return self.run("display-message", "-p", "-t", "main", fmt).strip()

    def wait_for(self, predicate, what: str, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            text = self.screen()
            if predicate(text):
                return text
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}; screen was:\n{text}")
            time.sleep(0.1)

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)


@pytest.fixture
def hostile_app(tmp_path):
    need_tmux()
    write_hostile(tmp_path / "src")
    with ArchiveIndex(str(tmp_path / "ix"), create=True) as archive:
        assert index_sources(archive, [str(tmp_path / "src")]).added == 1
    env = {"DATELINE_INDEX": str(tmp_path / "ix"), "DATELINE_CONFIG": str(tmp_path / "none.toml"),
           "TERM": "xterm-256color", "PYTHONPATH": str(ROOT)}
    exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    app = f"{shlex.quote(sys.executable)} -m tui.cli browse"
    # wait for a line on stdin before starting, so the titles can be set first; after the app, a real title
    # sequence (the control)
    script = f"read _; {app}; printf '\\033]2;control-title\\033\\\\'; sleep 60"
    # COLUMNS/LINES from the test run would override the pane's real size (Python's get_terminal_size reads them)
    tmux = PrivateTmux(f"env -u COLUMNS -u LINES {exports} sh -c {shlex.quote(script)}")
    try:
        tmux.run("set-option", "-g", "allow-rename", "on")
        tmux.run("set-option", "-g", "set-clipboard", "on")
        tmux.run("select-pane", "-t", "main", "-T", KNOWN_TITLE)
        tmux.run("rename-window", "-t", "main", KNOWN_WINDOW)
        assert tmux.display("#{pane_title}") == KNOWN_TITLE
        assert tmux.display("#{pane_width}x#{pane_height}") == "120x40"
        tmux.run("send-keys", "-t", "main", "Enter")  # start the app
        yield tmux
    finally:
        tmux.close()


def _unchanged(tmux: PrivateTmux) -> None:
    assert tmux.display("#{pane_title}") == KNOWN_TITLE
    assert tmux.display("#{window_name}") == KNOWN_WINDOW
    assert tmux.run("list-buffers") == "", "an OSC 52 clipboard write got through"


def test_hostile_article_in_a_real_terminal(hostile_app):
    tmux = hostile_app
    screen = tmux.wait_for(lambda s: "[bold red]Alarm[/]" in s and "1 result" in s, "the hostile result")
    assert "[@click=app.quit]quit[/]" in screen  # markup shown as typed, and not a link that quits
    assert "\u241b]0;pwned" in screen  # the title sequence made visible
    _unchanged(tmux)
    tmux.run("send-keys", "-t", "main", "Enter")  # open it in the reader
    # every string waited for: the snippet and the quote list show some of them a frame before the reader does
    # (each one a line of the reader holds whole at 120 columns, where the reader is 45 columns wide)
    visible = ("\u241b[2J\u241b[H\u241b[10;10Hclear the screen", "\u241b]2;second\u2407",
               "\u241b]8;;http://evil.example\u241b\\click", "\u241b]52;c;cHduZWQ=", "${PATH}",
               "[link=http://x]click[/link]", "[b]Monday[/b]")
    screen = tmux.wait_for(lambda s: all(v in s for v in visible), "the reader")
    assert "\u202e" not in screen and "\x1b" not in screen and "\x9b" not in screen
    lines = screen.splitlines()
    assert lines[0].strip().startswith("/ search:")  # nothing cleared the screen or moved the cursor
    assert lines[-1].lstrip().startswith("/ Search")
    # columns stay aligned: the pane borders are at the same cell on every line, wide characters or not
    # (the capture gives a wide character once, so a border's column is the cell width of what precedes it)
    borders = {tuple(cell_len(ln[:m.start()]) for m in re.finditer("│", ln)) for ln in lines[2:-1] if "│" in ln}
    wide = [ln for ln in lines if "中文新闻" in ln]
    assert wide and len(borders) == 1, borders
    # only colour codes in the escaped capture: nothing else reached the terminal as a sequence
    escaped = tmux.screen(escapes=True)
    assert not re.sub(r"\x1b\[[0-9;:]*m", "", escaped).count("\x1b")
    _unchanged(tmux)
    tmux.run("send-keys", "-t", "main", "q")
    # the control: once the app is gone, a real title sequence printed in the same pane does change the title
    deadline = time.monotonic() + 20
    while tmux.display("#{pane_title}") != "control-title":
        assert time.monotonic() < deadline, "the control title sequence never took effect: the check proves nothing"
        time.sleep(0.1)
