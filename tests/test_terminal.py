"""The app adapts to the terminal it is given (what `ssh -t host dateline` hands it: the client's TERM, COLORTERM,
NO_COLOR and size): the colour depth it draws with, and a clear refusal where no full-screen app can run."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tui.terminal import TerminalUnsuitable, colour_settings, prepare

from .app_support import build_index
from .tmux_support import TmuxSession, need_tmux

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("colors, expected", [
    (-1, {"NO_COLOR": "1"}),                         # vt100: no colour at all
    (8, {"TEXTUAL_COLOR_SYSTEM": "standard"}),       # linux console
    (256, {"TEXTUAL_COLOR_SYSTEM": "256"}),          # xterm-256color, or a terminal whose name does not say so
    (1 << 24, {"TEXTUAL_COLOR_SYSTEM": "truecolor"}),  # xterm-direct
    (None, {}),                                      # no terminfo entry: Textual's own guess stands
])
def test_colour_depth_follows_terminfo(colors, expected):
    assert colour_settings("some-term", colors, {}) == expected


@pytest.mark.parametrize("env", [{"NO_COLOR": ""}, {"COLORTERM": "truecolor"}, {"COLORTERM": "24bit"},
                                 {"TEXTUAL_COLOR_SYSTEM": "256"}])
def test_what_the_user_says_wins(env):
    assert colour_settings("vt100", -1, env) == {}


def _colors_in_a_fresh_process(term: str):
    # curses reads one terminal description per process, so each look-up gets its own, as in real use
    code = f"from tui.terminal import terminfo_colors; print(terminfo_colors({term!r}))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return out.stdout.strip()


def test_terminfo_is_read():
    if _colors_in_a_fresh_process("xterm-256color") == "None":
        pytest.skip("no terminfo database here")
    assert _colors_in_a_fresh_process("xterm-256color") == "256"
    assert _colors_in_a_fresh_process("vt100") == "-1"
    assert _colors_in_a_fresh_process("no-such-terminal-type") == "None"


@pytest.mark.parametrize("term", ["", "dumb"])
def test_a_terminal_that_cannot_move_its_cursor_is_refused(term):
    with pytest.raises(TerminalUnsuitable, match="ssh -t"):
        prepare({"TERM": term} if term else {})


def test_stale_columns_and_lines_are_dropped():
    env = {"TERM": "xterm-256color", "COLUMNS": "80", "LINES": "24"}
    prepare(env)
    assert "COLUMNS" not in env and "LINES" not in env


# --- the real app in tmux, under each TERM a reader's ssh client may send ---------------------------------------

SGR = re.compile(r"\x1b\[([0-9;]*)m")


def colour_codes(screen: str) -> set[str]:
    """Every colour an escaped screen sets: '256' (38;5/48;5), 'rgb' (38;2/48;2) or the 16-colour code."""
    found: set[str] = set()
    for params in SGR.findall(screen):
        parts = params.split(";")
        i = 0
        while i < len(parts):
            p = parts[i]
            if p in ("38", "48") and i + 1 < len(parts):
                found.add("256" if parts[i + 1] == "5" else "rgb")
                i += 3 if parts[i + 1] == "5" else 5
                continue
            if p.isdigit() and (30 <= int(p) <= 37 or 40 <= int(p) <= 47 or 90 <= int(p) <= 97
                                or 100 <= int(p) <= 107):
                found.add(p)
            i += 1
    return found


GREYS = {"30", "37", "90", "97", "40", "47", "100", "107"}


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    need_tmux()
    path = tmp_path_factory.mktemp("term") / "ix"
    build_index(path).close()
    return path


@pytest.mark.parametrize("term, colorterm, expect", [
    ("xterm-256color", "", "256"),
    ("screen-256color", "", "256"),
    ("tmux-256color", "", "256"),
    ("xterm-256color", "truecolor", "rgb"),
    ("linux", "", "16"),
    ("vt100", "", "mono"),
])
def test_the_app_draws_with_what_the_terminal_has(index, tmp_path, term, colorterm, expect):
    if expect in ("16", "mono") and _colors_in_a_fresh_process(term) == "None":
        pytest.skip(f"no terminfo entry for {term} here")
    env = {"TERM": term, "DATELINE_INDEX": str(index), "DATELINE_CONFIG": str(tmp_path / "none.toml"),
           "PYTHONPATH": str(ROOT)}
    if colorterm:
        env["COLORTERM"] = colorterm
    tmux = TmuxSession(f"{sys.executable} -m tui.cli browse --read-only", 100, 30, env=env)
    try:
        # the footer's last key too: the frame drawn to its end (tmux can be captured half-way through one)
        screen = tmux.wait_for(lambda s: "results" in s and "newest first" in s and "Help" in s, timeout=60,
                               what="first results, the footer drawn", escapes=True)
        codes = colour_codes(screen)
        if expect == "rgb":
            assert "rgb" in codes
        elif expect == "256":
            assert "256" in codes and "rgb" not in codes
        elif expect == "16":
            assert codes and not codes & {"256", "rgb"} and codes - GREYS  # 16 colours, some of them colours
        else:
            assert codes <= GREYS, codes  # shades only: the terminal shows none, attributes carry the meaning
            tmux.keys("1")
            tmux.keys("j")  # the highlighted result stands out without colour: it is underlined
            tmux.wait_for(lambda s: any("4" in p.split(";") and "1" in p.split(";") for p in SGR.findall(s)),
                          escapes=True, what="an underlined cursor row")
    finally:
        tmux.close()


def test_the_terminal_size_wins_over_stale_columns_and_lines(index, tmp_path):
    """A COLUMNS/LINES pair in the environment (a shell's export, tmux's inherited environment) does not pin the
    app to that size: it fills the 120x40 terminal, side by side, and follows a resize."""
    env = {"TERM": "xterm-256color", "DATELINE_INDEX": str(index), "DATELINE_CONFIG": str(tmp_path / "none.toml"),
           "PYTHONPATH": str(ROOT), "COLUMNS": "80", "LINES": "24"}
    tmux = TmuxSession(f"{sys.executable} -m tui.cli browse --read-only", 120, 40, env=env)
    try:
        # the whole first frame (tmux can be captured half-way through it): results, and the 40th row drawn
        screen = tmux.wait_for(lambda s: "results" in s and "newest first" in s and len(s.splitlines()) > 38
                               and s.splitlines()[38].strip(), timeout=60, what="first results, all 40 rows")
        assert "2 Filters" not in screen, screen  # wide: side by side, not tabs
        subprocess.run(["tmux", "resize-window", "-t", tmux.name, "-x", "80", "-y", "24"], check=True)
        tmux.wait_for(lambda s: "1 Results  2 Filters" in s, what="the narrow layout after a resize")
    finally:
        tmux.close()
