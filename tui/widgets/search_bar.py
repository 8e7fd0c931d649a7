"""The search bar: the query box, the active filters as removable chips, and the status line (hit count and
search time, or the query's error inline)."""

from __future__ import annotations

from rich.text import Text
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, Static

from search_index import one_line

from .inputs import steady_input


CHIP_CELLS = 36  # of a chip's name: a longer one is shortened, so that the other chips keep their room


def chip_text(label: str, value: str) -> Text:
    """`org: Northern Rivers Cooperation Council`: the kind whole, the name shortened past CHIP_CELLS cells."""
    prefix = label[: len(label) - len(value)] if value and label.endswith(value) else ""
    name = Text(one_line(label[len(prefix):]))
    name.truncate(CHIP_CELLS, overflow="ellipsis")
    return Text(f"{one_line(prefix)} " if prefix else "") + name  # (one_line drops the prefix's last space)


class SearchBar(Vertical):
    class RemoveFilter(Message):
        def __init__(self, kind: str, value: str) -> None:
            super().__init__()
            self.kind = kind
            self.value = value

    _filters_shown: list[tuple[str, str, str]] = []

    def compose(self):
        yield steady_input(placeholder='search: words, "phrases", AND/OR/NOT, person: org: speaker: date: · f1 help',
                    id="query")
        with Horizontal(id="status-row"):
            yield Static("", id="status")
            yield Horizontal(id="chips")

    def set_status(self, text: Text) -> None:
        self.query_one("#status", Static).update(text)

    def set_filters(self, filters: list[tuple[str, str, str]]) -> None:
        """filters: (kind, value, label) for each active filter; each becomes a chip that removes it. Chips are
        redrawn only when the filters changed (every search calls this), and carry no id: the removal of the old
        chips completes after this returns, so an id given again would clash with the chip on its way out."""
        if filters == self._filters_shown:
            return
        self._filters_shown = list(filters)
        self.set_class(bool(filters), "-chips")
        chips = self.query_one("#chips", Horizontal)
        chips.remove_children()
        buttons = []
        for kind, value, label in filters:
            # a Text label, not a string: Textual would read a string as markup, and names come from articles
            shown = chip_text(label, value)
            button = Button(shown + " ×", classes="chip", compact=True)
            button.filter_kind = kind
            button.filter_value = value
            buttons.append(button)
        if buttons:
            chips.mount_all(buttons)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if "chip" in event.button.classes:
            event.stop()
            self.post_message(self.RemoveFilter(event.button.filter_kind, event.button.filter_value))


def status_text(total: int, took_ms: float | None, sort: str) -> Text:
    text = Text()
    text.append(f"{total:,} result{'s' if total != 1 else ''}", style="bold")
    if took_ms is not None:
        text.append(f" · {took_ms:.1f} ms")
    text.append(" · " + {"relevance": "best match first", "newest": "newest first", "oldest": "oldest first"}[sort],
                style="dim")
    return text


def error_text(message: str) -> Text:
    return Text("⚠ " + one_line(message), style="bold red")
