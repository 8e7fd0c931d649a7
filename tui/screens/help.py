"""Help, generated from the bindings themselves (with the user's remapped keys), so it is never out of date."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from search_index import one_line

from .. import bindings as keys
from ..highlight import legend


# below this many columns the ids go under what they do (at 80 a column of ids left the descriptions 23
# columns, and most wrapped)
IDS_BESIDE_FROM = 100


def help_table(keymap: dict[str, str], width: int = IDS_BESIDE_FROM) -> Group:
    """A table per section: every row a key, what it does and the id that remaps it (beside it, or under it in
    dim on a narrow screen). A key with two meanings (j: down in a list, down in the reader) is one row naming
    both ids."""
    by_section: dict[str, list[tuple[str, str, str]]] = {s: [] for s in keys.SECTIONS}
    seen: set[str] = set()
    for section, binding in keys.all_groups():
        if binding.id in seen:
            continue
        seen.add(binding.id or "")
        key = keys.display_keys(keymap.get(binding.id or "", binding.key))
        rows = by_section[section]
        same = next((n for n, row in enumerate(rows) if row[0] == key), None)
        if same is None:
            rows.append((key, keys.described(binding), binding.id or ""))
        else:  # the list's and the reader's j: one key, one row
            _key, description, ident = rows[same]
            rows[same] = (key, f"{description}; {keys.described(binding)}", f"{ident}, {binding.id}")
    for section, key, description in keys.BUILTIN:
        by_section[section].append((key, description, ""))
    rows = [row for section_rows in by_section.values() for row in section_rows]
    widest_key = min(16, max(len(key) for key, _d, _i in rows))
    widest_id = max(len(ident) for _k, _d, ident in rows)
    tables = []
    for section in keys.SECTIONS:
        # a table per section under its title, each as wide as the box with the same key and id columns, so
        # that the columns line up from one section to the next
        table = Table(box=None, show_header=False, padding=(0, 2), expand=True, pad_edge=False,
                      title=Text(section, style="bold underline"), title_justify="left")
        # the keys wrap before the descriptions do, and the ids not at all (at 80 columns `up/down, pgup/pgdn,
        # home/end` had taken half the width, and the ids lost their ends)
        beside = width >= IDS_BESIDE_FROM
        table.add_column(style="bold", width=widest_key)
        table.add_column(ratio=1)
        if beside:
            table.add_column(style="dim", no_wrap=True, width=widest_id)
        for key, description, ident in by_section[section]:
            # Text, not str: a table reads strings as markup, and remapped keys come from the user's config file
            if beside:
                table.add_row(Text(one_line(key)), Text(description), Text(ident))
            else:
                what = Text(description)
                if ident:
                    what.append("\n" + ident, style="dim")
                table.add_row(Text(one_line(key)), what)
        tables += [table, Text("")]
    return Group(*tables)


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,question_mark,f1", "close", "Close", id="help.close"),
        Binding("j,down", "scroll('down')", "Scroll down", id="help.down", show=False),
        Binding("k,up", "scroll('up')", "Scroll up", id="help.up", show=False),
    ]

    def compose(self):
        self.table = help_table(self.app.keymap_in_use(), self.app.size.width)
        with VerticalScroll(id="help-box"):
            yield Static(Text("Dateline keys", style="bold"), id="help-title")
            yield Static(self.table, id="help-table")
            # the styles on a line of their own: after the heading, `search match` wrapped at 80 columns into two
            # lines that read as two styles
            yield Static(Text.assemble("Reader styles:\n", legend()))
            yield Static(Text(
                "Remap any key in ~/.config/dateline/config.toml under [keys], by the id shown with it, "
                'e.g. "reader.next_quote" = "ctrl+n". Esc closes.', style="dim"))
        yield Footer(compact=True, show_command_palette=False)  # its own keys, over the browser's `q Quit`

    def on_resize(self, event) -> None:
        """Ids beside or under the descriptions, as the terminal's new width allows."""
        beside = event.size.width >= IDS_BESIDE_FROM
        if beside != getattr(self, "_beside", None):
            self._beside = beside
            self.table = help_table(self.app.keymap_in_use(), event.size.width)
            self.query_one("#help-table", Static).update(self.table)

    def action_close(self) -> None:
        self.dismiss(None)

    def action_scroll(self, direction: str) -> None:
        box = self.query_one("#help-box", VerticalScroll)
        (box.scroll_down if direction == "down" else box.scroll_up)(animate=False)
