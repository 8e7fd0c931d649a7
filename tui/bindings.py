"""Every key binding, with an id (remappable in the config file) and the section the help screen shows it in.

Keys that terminals or tmux tend to swallow have a second key: `f1` for `?`, `:` for `ctrl+p`, `1`-`4` for pane
switching where `tab` is taken by a widget.
"""

from __future__ import annotations

from textual.binding import Binding

SECTIONS = ("General", "Search and filters", "Results and reading", "Panes")

# (section, binding): the description is the footer's short label; the tooltip, where there is one, says more
# in the help screen and the command palette
APP = [
    ("General", Binding("q", "quit", "Quit", id="app.quit", tooltip="Quit Dateline")),
    ("General", Binding("question_mark,f1", "help", "Help", id="app.help",
                        tooltip="These keys (f1 from the search box too)")),
    ("General", Binding("ctrl+p,colon", "command_palette", "Commands", id="app.commands", show=False,
                        tooltip="Every action by name, and the themes")),
]

MAIN = [
    ("Search and filters", Binding("slash", "focus_search", "Search", id="search.focus",
                                   tooltip="Go to the search box")),
    ("Search and filters", Binding("s", "cycle_sort", "Sort", id="search.sort",
                                   tooltip="Sort: best match, newest or oldest first")),
    ("Search and filters", Binding("p", "filter_person", "Person", id="filter.person",
                                   tooltip="Filter by the person under the cursor")),
    ("Search and filters", Binding("o", "filter_org", "Org", id="filter.org",
                                   tooltip="Filter by the organisation under the cursor")),
    ("Search and filters", Binding("x", "clear_filters", "Clear", id="filter.clear",
                                   tooltip="Clear every filter")),
    ("Results and reading", Binding("right_square_bracket", "next_quote", "Next quote", id="reader.next_quote",
                                    tooltip="Next quote in the reader (on a result: open it at its first quote)")),
    ("Results and reading", Binding("left_square_bracket", "prev_quote", "Prev quote", id="reader.prev_quote",
                                    show=False, tooltip="Previous quote (on a result: open it at its last quote)")),
    ("Results and reading", Binding("n", "next_match", "Next match", id="reader.next_match", show=False)),
    ("Results and reading", Binding("N", "prev_match", "Prev match", id="reader.prev_match", show=False)),
    ("Results and reading", Binding("w", "speaker_quotes", "Who said", id="quotes.speaker",
                                    tooltip="Who said: every quote of this speaker (on a result: of its most "
                                            "quoted speaker)")),
    ("Results and reading", Binding("y", "copy", "Copy", id="reader.copy", show=False,
                                    tooltip="Copy the current quote, with who said it and where, or the article's "
                                            "reference (to the terminal's clipboard)")),
    ("Panes", Binding("escape", "back", "Back", id="nav.back", show=False,
                      tooltip="Back: from the reader to the results (or to the who-said list it was opened "
                              "from), from the results to the search box")),
    ("Panes", Binding("tab", "next_pane", "Next pane", id="nav.next_pane", show=False)),
    ("Panes", Binding("shift+tab", "prev_pane", "Previous pane", id="nav.prev_pane", show=False)),
    ("Panes", Binding("1", "pane('results')", "Results", id="pane.results", show=False)),
    ("Panes", Binding("2", "pane('filters')", "Filters", id="pane.filters", show=False)),
    ("Panes", Binding("3", "pane('reader')", "Reader", id="pane.reader", show=False)),
    ("Panes", Binding("4", "pane('quotes')", "Quotes", id="pane.quotes", show=False)),
]

LISTS = [
    ("Results and reading", Binding("j", "cursor_down", "Down", id="list.down", show=False, tooltip="Down in a list")),
    ("Results and reading", Binding("k", "cursor_up", "Up", id="list.up", show=False, tooltip="Up in a list")),
]

READER = [
    ("Results and reading", Binding("j", "scroll_down", "Scroll down", id="reader.down", show=False,
                                    tooltip="scroll the reader down")),
    ("Results and reading", Binding("k", "scroll_up", "Scroll up", id="reader.up", show=False,
                                    tooltip="scroll the reader up")),
    ("Results and reading", Binding("space", "page_down", "Page down", id="reader.page_down", show=False,
                                    tooltip="a screen down in the reader, as in a pager")),
    ("Results and reading", Binding("b", "page_up", "Page up", id="reader.page_up", show=False,
                                    tooltip="a screen up in the reader, as in a pager")),
]

# Shown in help though they belong to widgets (Textual's own keys).
BUILTIN = [
    ("Results and reading", "enter", "Open the article, quote or filter under the cursor"),
    ("Results and reading", "up/down, pgup/pgdn, home/end", "Move in lists and scroll the reader"),
    ("Search and filters", "space", "Select or unselect a facet value"),
    ("Search and filters", "date boxes", "From / to in the Filters pane: 2024-05-20, 2024-05, 2024, yesterday, "
                                         "last week, this month, 3 days ago...; enter applies and goes to the results"),
    ("Search and filters", "7d 30d 1y all", "Quick date ranges under the boxes, counted back from today"),
]


def described(binding: Binding) -> str:
    """What a key does, in words for the help screen and the command palette."""
    return binding.tooltip or binding.description


def bindings(group: list[tuple[str, Binding]]) -> list[Binding]:
    return [b for _section, b in group]


def all_groups() -> list[tuple[str, Binding]]:
    return APP + MAIN + LISTS + READER


KEY_NAMES = {
    "slash": "/", "question_mark": "?", "colon": ":", "right_square_bracket": "]", "left_square_bracket": "[",
    "escape": "esc",
}


def display_keys(keys: str) -> str:
    return ", ".join(KEY_NAMES.get(k.strip(), k.strip()) for k in keys.split(","))


def types_a_character(key: str) -> bool:
    """Whether a key types a character (`/`, `s`, `]`): in a text box it types there and its binding does not
    run, so the footer leaves it out while a box has the focus."""
    from textual.keys import key_to_character

    char = KEY_NAMES.get(key) or key_to_character(key) or ""
    return len(char) == 1 and char.isprintable()


def typed_away(node, action: str, box=None) -> bool:
    """Whether every key bound to `action` on `node` types a character (in the focused text box `box`, when
    given, one the box would take: the search box reached by esc takes no digit): with a text box focused, that
    action cannot be reached by its keys (check_action then hides it from the footer)."""
    from textual.keys import key_to_character

    bound = [key for key, found in node._bindings.key_to_bindings.items()
             for binding in found if binding.action.split("(")[0] == action]
    return bool(bound) and all(types_a_character(key) and (
        box is None or box.check_consume_key(key, KEY_NAMES.get(key) or key_to_character(key))) for key in bound)

