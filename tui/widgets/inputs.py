"""Text boxes that do not blink (over SSH every blink of a cursor is a screen update sent down the wire), that
never hold a terminal control (text pasted from an article may carry escape sequences or bidi overrides, and a
box draws its value as it is), and that apply the keys of a burst in the order they came.

Keys in one burst (a laggy SSH link, a paste without bracketing, `tmux send-keys BSpace x`) are all queued to
the box before it handles the first. Textual's Input types a printable key in its own key handler, at once, but
runs its editing keys (backspace, ctrl+u, home, the arrows: its BINDINGS) as bindings, which run only once the
key has bubbled up to the app: the `x` after a backspace was typed before the backspace ran (`gold` stayed
`gold`, not `golx`; `ctrl+u oil` left the box empty). A SteadyInput runs the binding of every key it does not
type (its own, and the screen's: escape, tab) in its key handler, so that each key is applied before the next.
A key that reaches the box after an earlier key of the burst took the focus elsewhere is not typed there: it
goes on up to the screen, which hands it to what has the focus now (MainScreen.on_key)."""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from search_index.textclean import TERMINAL_UNSAFE


def passed_through(event: events.Key) -> Input | None:
    """The text box this key event went through (and which left it to the screen), if any."""
    return getattr(event, "_dateline_box", None)


class SteadyInput(Input):
    def validate_value(self, value: str) -> str:
        """Controls are dropped from whatever is typed, pasted or set: nothing in a query needs them."""
        return TERMINAL_UNSAFE.sub("", value) if TERMINAL_UNSAFE.search(value) else value

    async def _on_key(self, event: events.Key) -> None:
        event._dateline_box = self  # (MainScreen.on_key: the box had this key; it is not handed to it again)
        if self.app.focused is not self:
            # the focus left the box with an earlier key of this burst (enter, tab, esc): the key is not the box's
            event.prevent_default()
            return
        if await self.key_as_command(event) or event.is_printable:
            return  # (a printable key: Input's own handler, after this one, types it)
        bound = self.screen.active_bindings.get(event.key)
        if bound is None or not bound.enabled or bound.binding.priority:
            return
        if await self.app.run_action(bound.binding.action, bound.node):
            event.stop()
            event.prevent_default()

    async def key_as_command(self, event: events.Key) -> bool:
        """For subclasses: whether a key that would be typed ran a command instead (it is then stopped)."""
        return False


def steady_input(box_class: type[SteadyInput] = SteadyInput, **kwargs) -> Input:
    box = box_class(**kwargs)
    box.cursor_blink = False
    return box
