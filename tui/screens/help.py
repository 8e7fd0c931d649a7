"""Help, generated from the bindings themselves (with the user's remapped keys), so it is never out of date."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from search_index import one_line

from .. import bindings as keys
from ..highlight import legend


def help_table(keymap: dict[str, str]) -> Table:
    table = Table(box=None, show_header=False, padding=(0, 2), expand=False)
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    table.add_column(style="dim", no_wrap=True)
    by_section: dict[str, list[tuple[str, str, str]]] = {s: [] for s in keys.SECTIONS}
    seen: set[str] = set()
    for section, binding in keys.all_groups():
        if binding.id in seen:
            continue
        seen.add(binding.id or "")
        key = keymap.get(binding.id or "", binding.key)
        by_section[section].append((keys.display_keys(key), binding.description, binding.id or ""))
    for section, key, description in keys.BUILTIN:
        by_section[section].append((key, description, ""))
    for section in keys.SECTIONS:
        table.add_row(Text(section, style="bold underline"), "", "")
        for key, description, ident in by_section[section]:
            # Text, not str: a table reads strings as markup, and remapped keys come from the user's config file
            table.add_row(Text(one_line(key)), Text(description), Text(ident))
        table.add_row("", "", "")
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark,f1", "close", "Close", id="help.close")]

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
