"""Text boxes that do not blink: over SSH every blink of a cursor is a screen update sent down the wire."""

from __future__ import annotations

from textual.widgets import Input


def steady_input(**kwargs) -> Input:
    box = Input(**kwargs)
    box.cursor_blink = False
    return box
