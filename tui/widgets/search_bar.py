"""The search bar: the query box, the active filters as removable chips, and the status line (hit count and
search time, or the query's error inline)."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, Input, Static

from search_index import one_line

from .inputs import SteadyInput, steady_input


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


def _sizes(filters: list[tuple[str, str, str]]) -> list[tuple[int, int, bool]]:
    """Per chip: its cells besides the name (the kind and the space after it, the ×, padding and margin), its
    name's cells, and whether the name is kept whole (a date range: its value is empty)."""
    sizes = []
    for _kind, value, label in filters:
        prefix, name = _split_label(label, value)
        sizes.append((Text(one_line(prefix)).cell_len + (1 if prefix else 0) + CHIP_EXTRA_CELLS,
                      Text(one_line(name)).cell_len, not value))
    return sizes


def chip_name_cells(filters: list[tuple[str, str, str]], room: int) -> list[int]:
    """The cells each chip's name may take so that all the chips fit in `room` cells: the room left after the
    kinds is shared out, a short name taking only what it needs and leaving the rest to the longer ones, none
    under CHIP_MIN_CELLS (chip_layout leaves out the chips that would then run past the edge). A chip without a
    name (`date: 2025-06-01 to 2025-06-30`, its value empty) is never shortened: half a date would mislead."""
    return _share(_sizes(filters), room)


def _share(sizes: list[tuple[int, int, bool]], room: int) -> list[int]:
    left = room - sum(fixed for fixed, _wanted, _whole in sizes)
    cells = [0] * len(sizes)
    for i, (_fixed, wanted, whole) in enumerate(sizes):
        if whole:
            cells[i] = wanted
            left -= wanted
    shared = sorted((i for i, size in enumerate(sizes) if not size[2]), key=lambda i: sizes[i][1])
    for done, i in enumerate(shared):
        share = left // (len(shared) - done)
        cells[i] = min(sizes[i][1], max(CHIP_MIN_CELLS, share))
        left -= cells[i]
    return cells


def _shortest(sizes: list[tuple[int, int, bool]]) -> int:
    """The cells the chips take with every name at its shortest (a date range whole)."""
    return sum(fixed + (wanted if whole else min(CHIP_MIN_CELLS, wanted)) for fixed, wanted, whole in sizes)


def more_label(hidden: int) -> str:
    return f"+{hidden} more"


def chip_layout(filters: list[tuple[str, str, str]], room: int) -> list[int]:
    """The name cells of the chips that fit in `room` (the first ones, in order): all of them when each name at
    its shortest fits, else as many as fit beside a `+N more` chip, which takes the rest."""
    sizes = _sizes(filters)
    if _shortest(sizes) <= room:
        return _share(sizes, room)
    for shown in range(len(filters) - 1, -1, -1):
        left = room - (len(more_label(len(filters) - shown)) + CHIP_EXTRA_CELLS - 2)  # the more chip has no ×
        if _shortest(sizes[:shown]) <= left:
            return _share(sizes[:shown], left)
    return []


class ChipRow(Horizontal):
    """The active filters as chips, each a button that removes its filter. Their names share the row: they are
    laid out again when the row's width changes (a terminal resized, the chips moved to a line of their own).
    Those the line cannot hold are counted in a last `+N more` chip, which opens the Filters pane and names them."""

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
        cells = chip_layout(filters, width) if width else [CHIP_CELLS] * len(filters)
        buttons = []
        for (kind, value, label), name_cells in zip(filters, cells):
            # a Text label, not a string: Textual would read a string as markup, and names come from articles
            buttons.append(Chip(chip_text(label, value, name_cells) + " ×", kind, value))
        if len(cells) < len(filters):
            buttons.append(Chip(Text(more_label(len(filters) - len(cells))), "more", "",
                                hidden=[label for _kind, _value, label in filters[len(cells):]]))
        if buttons:
            self.mount_all(buttons)

    def on_resize(self) -> None:
        if self._filters_shown and self.size.width != self._width_shown:
            self.show(self._filters_shown)


class Chip(Button, can_focus=False):
    """A filter's chip. It takes no focus: a click on its × removes the filter and leaves the keys where they
    were (a focused chip, removed, passed focus on to the search box, where the next key replaced the query)."""

    def __init__(self, label: Text, kind: str, value: str, hidden: list[str] | None = None) -> None:
        super().__init__(label, classes="chip", compact=True)
        self.filter_kind = kind
        self.filter_value = value
        self.hidden = hidden or []


class QueryBox(SteadyInput):
    """The search box. Reached by esc from the results (not by `/`, a letter, a paste or a click), it holds the
    query selected, but the user is not typing in it yet (`at_rest`): a key bound to a command that types no
    letter (`2` for the Filters pane, `]`, `?`, `/`) does its command, as everywhere but in a box being typed
    in, where it had replaced the query with itself. A letter types over the selected query, a new search, as
    one typed at the results does; the first key the box takes (a letter, backspace, an arrow), a paste, a
    click or leaving the box ends the rest."""

    at_rest = False

    def rest(self, at_rest: bool) -> None:
        if at_rest != self.at_rest:
            self.at_rest = at_rest
            self.refresh_bindings()  # (the footer: the keys that are commands again, or typed again)

    def _command_key(self, key: str, character: str | None) -> bool:
        return self.at_rest and character is not None and len(character) == 1 and character.isprintable() \
            and not character.isalpha()

    def check_consume_key(self, key: str, character: str | None) -> bool:
        # at rest, the keys bound above the box that type no letter stay bound (Textual drops from the binding
        # chain every key a focused box would type)
        return not self._command_key(key, character) and super().check_consume_key(key, character)

    async def key_as_command(self, event: events.Key) -> bool:
        if not self.at_rest:
            return False
        bound = self.screen.active_bindings.get(event.key)
        if self._command_key(event.key, event.character) and bound is not None and bound.enabled:
            # its command, not Input's typing (which runs after this handler unless the default is prevented,
            # and preventing it keeps the key from the bindings: the binding is run here)
            event.stop()
            event.prevent_default()
            await self.app.run_action(bound.binding.action, bound.node)
            return True
        if event.is_printable or (bound is not None and bound.node is self):
            self.rest(False)  # a key the box takes: typed, or one of its own (backspace, an arrow, home)
        return False

    def deleting_keys(self) -> set[str]:
        """The box's keys that delete to the left of the cursor (backspace, ctrl+w, ctrl+u: its own bindings)."""
        return {key for key, found in self._bindings.key_to_bindings.items()
                for binding in found if binding.action in ("delete_left", "delete_left_word", "delete_left_all")}

    def _on_paste(self, event: events.Paste) -> None:
        self.rest(False)

    def _on_mouse_down(self, event: events.MouseDown) -> None:
        self.rest(False)

    def _on_blur(self, event: events.Blur) -> None:
        if self.app.screen is self.screen:
            # (not when the help or the command palette opens over it: closing that comes back to the box as it
            # was, the query selected, and the box still at rest)
            self.rest(False)


class SearchBar(Vertical):
    class RemoveFilter(Message):
        def __init__(self, kind: str, value: str) -> None:
            super().__init__()
            self.kind = kind
            self.value = value

    class ShowFilters(Message):
        """The `+N more` chip was pressed: `hidden` are the labels of the filters the line could not show."""

        def __init__(self, hidden: list[str]) -> None:
            super().__init__()
            self.hidden = hidden

    SYNTAX = 'search: words, "phrases", AND/OR/NOT, person: org: speaker: date:'
    HINT = SYNTAX + " · f1 help"  # (in the box `?` types itself; elsewhere the footer shows `? Help`)
    search_key = ""  # the key that goes to the box (`/`, or what the config file binds): named while elsewhere

    def compose(self):
        yield steady_input(QueryBox, placeholder=self.HINT, id="query")
        with Horizontal(id="status-row"):
            yield Static("", id="status")
            yield ChipRow(id="chips")

    def set_search_key(self, key: str) -> None:
        self.search_key = key
        box = self.query_one("#query", Input)
        if not box.has_focus:
            self.on_descendant_blur()

    def on_descendant_focus(self, _event=None) -> None:
        self.query_one("#query", Input).placeholder = self.HINT

    def on_descendant_blur(self, _event=None) -> None:
        # the box empty and the focus elsewhere: say how to get there (`/ search: …`, as `f1 help` ends it)
        if self.search_key:
            self.query_one("#query", Input).placeholder = f"{self.search_key} {self.SYNTAX}"

    def set_status(self, text: Text) -> None:
        self.query_one("#status", Static).update(text)

    def set_filters(self, filters: list[tuple[str, str, str]]) -> None:
        """filters: (kind, value, label) for each active filter; each becomes a chip that removes it."""
        self.set_class(bool(filters), "-chips")
        self.query_one(ChipRow).show(filters)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if isinstance(event.button, Chip):
            event.stop()
            if event.button.filter_kind == "more":
                self.post_message(self.ShowFilters(event.button.hidden))
            else:
                self.post_message(self.RemoveFilter(event.button.filter_kind, event.button.filter_value))


def status_text(total: int, took_ms: float | None, sort: str, *, undated: str | None = None,
                words: bool = True) -> Text:
    """`241 results · 3.1 ms · newest first`. `undated`: a sort by date found no date to go by, in the whole
    archive (`archive`) or in these results (`results`); the status says so and how they are listed instead
    (the best match first, or with no words as indexed) rather than `newest first` over an arbitrary order."""
    text = Text()
    text.append(f"{total:,} result{'s' if total != 1 else ''}", style="bold")
    if took_ms is not None:
        text.append(f" · {took_ms:.1f} ms")
    order = {"relevance": "best match first", "newest": "newest first", "oldest": "oldest first"}[sort]
    if undated:
        which = "no article has a date" if undated == "archive" else "none of these has a date"
        order = f"{which}: {'best match first' if words else 'listed as indexed'}"  # (short: one line at 80)
    text.append(" · " + order, style="dim")
    return text


def error_text(message: str) -> Text:
    return Text("⚠ " + one_line(message), style="bold red")
