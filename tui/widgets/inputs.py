"""Text boxes that do not blink (over SSH every blink of a cursor is a screen update sent down the wire) and
that never hold a terminal control: text pasted from an article may carry escape sequences or bidi overrides,
and a box draws its value as it is."""

from __future__ import annotations

from textual.widgets import Input

from search_index.textclean import TERMINAL_UNSAFE


class SteadyInput(Input):
    def validate_value(self, value: str) -> str:
        """Controls are dropped from whatever is typed, pasted or set: nothing in a query needs them."""
        return TERMINAL_UNSAFE.sub("", value) if TERMINAL_UNSAFE.search(value) else value


def steady_input(box_class: type[SteadyInput] = SteadyInput, **kwargs) -> Input:
    box = box_class(**kwargs)
    box.cursor_blink = False
    return box
