"""The search bar: the query box, the active filters as removable chips, and the status line (hit count and
search time, or the query's error inline)."""

from __future__ import annotations

from rich.text import Text
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, Static

from search_index import one_line

from .inputs import steady_input


CHIP_CELLS = 36  # of a chip's name while the row's width is not yet known
CHIP_MIN_CELLS = 8  # a name is never shortened below this, even when the chips then run past the edge
CHIP_EXTRA_CELLS = 5  # a chip's cells besides its name and kind: " ×", the button's padding, the margin after it


def _split_label(label: str, value: str) -> tuple[str, str]:
    """(`org: `, the name) of a chip's label: the kind, and the value it ends with."""
    prefix = label[: len(label) - len(value)] if value and label.endswith(value) else ""
    return prefix, label[len(prefix):]


def chip_text(label: str, value: str, cells: int = CHIP_CELLS) -> Text:
    """`org: Northern Rivers Cooperation Council`: the kind whole, the name shortened past `cells` cells."""
    prefix, name = _split_label(label, value)
    shown = Text(one_line(name))
    shown.truncate(max(1, cells), overflow="ellipsis")
    return Text(f"{one_line(prefix)} " if prefix else "") + shown  # (one_line drops the prefix's last space)


def chip_name_cells(filters: list[tuple[str, str, str]], room: int) -> list[int]:
    """The cells each chip's name may take so that all the chips fit in `room` cells: the room left after the
    kinds is shared out, a short name taking only what it needs and leaving the rest to the longer ones, none
    under CHIP_MIN_CELLS (with that many chips they run past the edge all the same). A chip without a name
    (`date: 2025-06-01 to 2025-06-30`, its value empty) is never shortened: half a date would mislead."""
    parts = [_split_label(label, value) for _kind, value, label in filters]
    wanted = [Text(one_line(name)).cell_len for _prefix, name in parts]
    left = room - sum(Text(one_line(prefix)).cell_len + (1 if prefix else 0) + CHIP_EXTRA_CELLS
                      for prefix, _name in parts)
    cells = [0] * len(parts)
    whole = [i for i, (_kind, value, _label) in enumerate(filters) if not value]
    for i in whole:
        cells[i] = wanted[i]
        left -= wanted[i]
    shared = sorted((i for i in range(len(parts)) if i not in whole), key=lambda i: wanted[i])
    for done, i in enumerate(shared):
        share = left // (len(shared) - done)
        cells[i] = min(wanted[i], max(CHIP_MIN_CELLS, share))
        left -= cells[i]
    return cells


class ChipRow(Horizontal):
    """The active filters as chips, each a button that removes its filter. Their names share the row: they are
    laid out again when the row's width changes (a terminal resized, the chips moved to a line of their own)."""

    _filters_shown: list[tuple[str, str, str]] = []
    _width_shown = -1

    def show(self, filters: list[tuple[str, str, str]]) -> None:
        """filters: (kind, value, label) for each active filter. Chips are redrawn only when the filters or the
        width changed (every search calls this), and carry no id: the removal of the old chips completes after
        this returns, so an id given again would clash with the chip on its way out."""
        width = self.size.width
        if filters == self._filters_shown and width == self._width_shown:
            return
        self._filters_shown, self._width_shown = list(filters), width
        self.remove_children()
        cells = chip_name_cells(filters, width) if width else [CHIP_CELLS] * len(filters)
        buttons = []
        for (kind, value, label), name_cells in zip(filters, cells):
            # a Text label, not a string: Textual would read a string as markup, and names come from articles
            button = Button(chip_text(label, value, name_cells) + " ×", classes="chip", compact=True)
            button.filter_kind = kind
            button.filter_value = value
            buttons.append(button)
        if buttons:
            self.mount_all(buttons)

    def on_resize(self) -> None:
        if self._filters_shown and self.size.width != self._width_shown:
            self.show(self._filters_shown)


class SearchBar(Vertical):
    class RemoveFilter(Message):
        def __init__(self, kind: str, value: str) -> None:
            super().__init__()
            self.kind = kind
            self.value = value

    def compose(self):
        yield steady_input(placeholder='search: words, "phrases", AND/OR/NOT, person: org: speaker: date: · f1 help',
                    id="query")
        with Horizontal(id="status-row"):
            yield Static("", id="status")
            yield ChipRow(id="chips")

    def set_status(self, text: Text) -> None:
        self.query_one("#status", Static).update(text)

    def set_filters(self, filters: list[tuple[str, str, str]]) -> None:
        """filters: (kind, value, label) for each active filter; each becomes a chip that removes it."""
        self.set_class(bool(filters), "-chips")
        self.query_one(ChipRow).show(filters)

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
