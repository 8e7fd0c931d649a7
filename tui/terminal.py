"""What the reader's terminal can draw, decided once before Textual starts: over `ssh -t host dateline` the app
sees only the client's TERM (and COLORTERM or NO_COLOR when the client sends them).

Textual (through Rich) guesses the colour depth from TERM's name: `*-256color` is 256 colours, COLORTERM=truecolor
is 24-bit, anything else 16. The terminal's own description (terminfo) knows better: a vt100 has no colour at
all, so there the app draws in monochrome (NO_COLOR: bold, underline and reverse carry every distinction), and a
terminal whose name does not say 256 but whose terminfo does gets 256 colours.
"""

from __future__ import annotations

import os
from typing import MutableMapping

TRUECOLOR = ("truecolor", "24bit")


class TerminalUnsuitable(Exception):
    """The terminal cannot run a full-screen app; the message says what to do."""


def terminfo_colors(term: str) -> int | None:
    """Colours the terminfo entry for `term` declares (-1: none), or None when there is no entry.

    Once per process: curses keeps the first terminal description it loads."""
    try:
        import curses
    except ImportError:  # Python built without curses: keep Textual's own guess
        return None
    fd = os.open(os.devnull, os.O_WRONLY)  # setupterm wants an output; nothing is written to it
    try:
        curses.setupterm(term, fd)
        return curses.tigetnum("colors")
    except curses.error:
        return None
    finally:
        os.close(fd)


def colour_settings(term: str, colors: int | None, env: MutableMapping[str, str]) -> dict[str, str]:
    """The environment variables to set so that Textual draws what this terminal can show (nothing the user
    set is overridden)."""
    if "NO_COLOR" in env or "TEXTUAL_COLOR_SYSTEM" in env or env.get("COLORTERM", "").lower() in TRUECOLOR:
        return {}
    if colors is None:
        return {}
    if colors < 8:
        return {"NO_COLOR": "1"}
    if colors < 256:
        return {"TEXTUAL_COLOR_SYSTEM": "standard"}
    if colors >= 1 << 24:  # a "-direct" terminal: 24-bit colour
        return {"TEXTUAL_COLOR_SYSTEM": "truecolor"}
    return {"TEXTUAL_COLOR_SYSTEM": "256"}


def prepare(env: MutableMapping[str, str] = os.environ) -> None:
    """Adjust `env` for the terminal named by TERM and its size; raise TerminalUnsuitable when it cannot run
    the app.

    Must run before Textual is imported: it reads TEXTUAL_COLOR_SYSTEM at import time."""
    term = env.get("TERM", "")
    if term in ("", "dumb", "unknown"):
        raise TerminalUnsuitable(
            f"the browser needs a terminal that can move its cursor, and TERM is {term or 'not set'!r}: "
            f"connect with `ssh -t`, or set TERM (for example TERM=xterm-256color)")
    env.update(colour_settings(term, terminfo_colors(term), env))
    # Textual sizes the screen with shutil.get_terminal_size(), which believes COLUMNS and LINES before the
    # terminal: a pair exported by a shell, or inherited through tmux's environment, would pin the app to a
    # stale size and make it deaf to resizes. The terminal itself is the one to ask.
    env.pop("COLUMNS", None)
    env.pop("LINES", None)
