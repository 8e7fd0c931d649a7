"""Help, generated from the bindings themselves (with the user's remapped keys), so it is never out of date."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from search_index import one_line

from .. import bindings as keys
from ..highlight import legend


def help_table(keymap: dict[str, str]) -> Group:
    """A table per section, every row a key, what it does and the id that remaps it."""
    by_section: dict[str, list[tuple[str, str, str]]] = {s: [] for s in keys.SECTIONS}
    seen: set[str] = set()
    for section, binding in keys.all_groups():
        if binding.id in seen:
            continue
        seen.add(binding.id or "")
        key = keymap.get(binding.id or "", binding.key)
        by_section[section].append((keys.display_keys(key), keys.described(binding), binding.id or ""))
    for section, key, description in keys.BUILTIN:
        by_section[section].append((key, description, ""))
    widest_id = max(len(ident) for rows in by_section.values() for _k, _d, ident in rows)
    widest_key = min(16, max(len(key) for rows in by_section.values() for key, _d, _i in rows))
    tables = []
    for section in keys.SECTIONS:
        table = Table(box=None, show_header=False, padding=(0, 2), expand=False,
                      title=Text(section, style="bold underline"), title_justify="left")
        # the keys wrap before the descriptions do, and the ids not at all (at 80 columns `up/down, pgup/pgdn,
        # home/end` had taken half the width, and the ids lost their ends)
        table.add_column(style="bold", min_width=widest_key, max_width=16)
        table.add_column(min_width=20)
        table.add_column(style="dim", no_wrap=True, min_width=widest_id)
        for key, description, ident in by_section[section]:
            # Text, not str: a table reads strings as markup, and remapped keys come from the user's config file
            table.add_row(Text(one_line(key)), Text(description), Text(ident))
        tables += [table, Text("")]
    return Group(*tables)


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,question_mark,f1", "close", "Close", id="help.close"),
        Binding("j,down", "scroll('down')", "Scroll down", id="help.down", show=False),
        Binding("k,up", "scroll('up')", "Scroll up", id="help.up", show=False),
    ]

    def compose(self):
        self.table = help_table(self.app.keymap_in_use())
        with VerticalScroll(id="help-box"):
            yield Static(Text("Dateline keys", style="bold"), id="help-title")
            yield Static(self.table, id="help-table")
            yield Static(Text.assemble("Reader styles: ", legend()))
            yield Static(Text(
                "Remap any key in ~/.config/dateline/config.toml under [keys], by the id in the right column, "
                'e.g. "reader.next_quote" = "ctrl+n". Esc closes.', style="dim"))

    def action_close(self) -> None:
        self.dismiss(None)

    def action_scroll(self, direction: str) -> None:
        box = self.query_one("#help-box", VerticalScroll)
        (box.scroll_down if direction == "down" else box.scroll_up)(animate=False)
