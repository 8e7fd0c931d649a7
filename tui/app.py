"""The Dateline app: opens the index (indexing the bundled archive on a first run) and shows the main screen."""

from __future__ import annotations

from dataclasses import replace

from rich.terminal_theme import TerminalTheme
from textual.app import App
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.message import Message
from textual.widgets import Input

from search_index import ArchiveIndex, terminal_safe

from . import bindings as keys
from .config import THEMES, Settings
from .screens.help import HelpScreen
from .screens.indexing import IndexingScreen
from .screens.main import MainScreen


class ActionCommands(Provider):
    """Every bound action in the command palette, by what it does."""

    def _actions(self):
        for _section, binding in keys.all_groups():
            if binding.description and not binding.action.startswith("command_palette"):
                yield binding

    def _run(self, binding):
        # `self.screen` is the screen the palette was opened over (the app's current screen is the palette)
        target = self.app if binding in keys.bindings(keys.APP) else self.screen
        return lambda: self.app.call_later(target.run_action, binding.action)

    async def discover(self) -> Hits:
        for binding in self._actions():
            yield DiscoveryHit(keys.described(binding), self._run(binding), help=keys.display_keys(binding.key))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for binding in self._actions():
            score = matcher.match(keys.described(binding))
            if score > 0:
                yield Hit(score, matcher.highlight(keys.described(binding)), self._run(binding),
                          help=keys.display_keys(binding.key))


# The light theme's colours that read at under 4.5:1 (WCAG's minimum for text) on its greys, made darker, hue kept:
# the reader's quotes (ANSI green), speakers (yellow) and people (cyan), which Textual draws in its light ANSI
# palette (Alabaster) at 3.2, 2.1 and 3.3:1 on the background (now 5.6:1, and 4.8:1 or more on the panels' grey),
# and the footer's keys, #0178D4 on the footer at 2.9:1 (now 5.2:1). A dark theme keeps its own colours.
LIGHT_ANSI = {2: (47, 96, 27), 3: (112, 80, 0), 6: (0, 92, 125)}  # green, yellow, cyan
LIGHT_FOOTER_KEY = "#005291"


def readable_on_light(palette: TerminalTheme) -> TerminalTheme:
    """A light ANSI palette with LIGHT_ANSI's colours in place of its own."""
    colours = [LIGHT_ANSI.get(n, tuple(palette.ansi_colors[n])) for n in range(16)]
    return TerminalTheme(tuple(palette.background_color), tuple(palette.foreground_color), colours[:8], colours[8:])


class DatelineApp(App[None]):
    CSS_PATH = "dateline.tcss"
    TITLE = "Dateline"
    BINDINGS = keys.bindings(keys.APP)
    COMMANDS = App.COMMANDS | {ActionCommands}

    class ResultsPainted(Message):
        """A search's results reached the screen (used by tests and latency measurements)."""

        def __init__(self, generation: int) -> None:
            super().__init__()
            self.generation = generation

    def __init__(self, archive: ArchiveIndex, *, index_first: list[str] | None = None,
                 settings: Settings | None = None, show_timing: bool = True, read_only: bool = False) -> None:
        super().__init__()
        light = self.get_theme(THEMES["light"])
        if light is not None:  # (under Textual's name: `--theme light`, and the same theme chosen in the palette)
            self.register_theme(replace(light, variables={**light.variables,
                                                          "footer-key-foreground": LIGHT_FOOTER_KEY}))
        self.ansi_theme_light = readable_on_light(self.ansi_theme_light)
        if read_only and index_first:
            raise ValueError("a read-only app does not index")
        self.archive = archive
        self.read_only = read_only  # a remote reader's session (serve --ssh): nothing may touch the host's disk
        self.index_first = index_first or []
        self.settings = settings or Settings()
        self.show_timing = show_timing  # off in snapshot tests, where the milliseconds would differ per run
        # no animated scrolling: Home and End in a long article took a second, each frame a screen sent down an
        # SSH link; a jump is what a pager does
        self.animation_level = "none"

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        # `q` types a q in a text box: the footer does not offer it there (ctrl+q still quits)
        return not (isinstance(self.focused, Input) and keys.typed_away(self, action, self.focused))

    def get_system_commands(self, screen):
        """Textual's palette commands, less its Quit and Keys (Dateline's own are listed, in its words), its
        Maximize and Minimize (first in the list, an Enter after `:` hid the search bar and the tabs, with keys
        still acting unseen), and the SVG screenshot when read-only: it writes a file on the host."""
        for command in super().get_system_commands(screen):
            if command.title in ("Quit", "Keys", "Maximize", "Minimize") or (
                    self.read_only and command.title == "Screenshot"):
                continue
            yield command

    def keymap_in_use(self) -> dict[str, str]:
        return dict(self.settings.keys)

    def on_mount(self) -> None:
        self.theme = THEMES[self.settings.theme]
        if self.settings.keys:
            self.set_keymap(self.settings.keys)
        for problem in self.settings.problems:
            self.notify(terminal_safe(problem), severity="warning", timeout=8, markup=False)
        if self.index_first:
            self.push_screen(IndexingScreen(self.index_first), lambda _: self.push_screen(MainScreen()))
        else:
            self.push_screen(MainScreen())

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())
