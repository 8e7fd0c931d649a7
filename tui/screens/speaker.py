"""Everything one person said across the archive, newest first; enter opens the article at that quote."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Label, OptionList
from textual.widgets.option_list import Option

from search_index import cite_quote, date_text, one_line, quote_line
from search_index.results import QuoteHit

from ..bindings import LISTS, bindings
from ..highlight import STYLES
from ..widgets.wrapping_list import WrappingOptionList


class SpeakerQuoteList(WrappingOptionList):
    """The quotes, with the same j/k as every other list (a plain OptionList has only the arrows)."""

    BINDINGS = bindings(LISTS)


def _quote_option(q: QuoteHit, n: int, *, headed: bool = True) -> Option:
    """A quote under its article's date and title; the next quotes of the same article (`headed` False) under
    the first one's, not the title again for each."""
    text = Text()
    if headed:
        date = q.date.strftime("%Y-%m-%d") if q.date else (q.partial_date or "undated")
        text.append(date, style="dim")
        text.append("  ")
        text.append(one_line(q.title), style="bold")
        text.append("\n")
    text.append("“")
    text.append(quote_line(q.text), style=STYLES["quote"])
    text.append("”")
    return Option(text, id=f"sq-{n}")


class SpeakerQuotesScreen(ModalScreen[tuple[str, int] | None]):
    """Dismissed with the chosen quote's article key and where the quote starts, or None. Opened `at` a quote
    (article key, start), the cursor starts on it: the quote the user was reading, or came back from."""

    BINDINGS = [Binding("escape,q", "dismiss_none", "Back", id="speaker.back",
                        tooltip="Close the list, back to where it was opened"),
                Binding("y", "copy", "Copy", id="speaker.copy",
                        tooltip="Copy the quote under the cursor, with who said it and where")]

    def __init__(self, speaker: str, at: tuple[str, int] | None = None) -> None:
        super().__init__()
        self.speaker = speaker
        self.at = at
        self.found: list[QuoteHit] = []

    def compose(self):
        with Vertical(id="speaker-box"):
            yield Label(Text(f"What {one_line(self.speaker)} said", style="bold"), id="speaker-title")
            yield Label("searching…", id="speaker-count")
            yield SpeakerQuoteList(id="speaker-quotes")
        yield Footer(compact=True, show_command_palette=False)  # over the browser's: this list's keys

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
        self._load()

    @work(thread=True, exclusive=True)
    def _load(self) -> None:
        total, quotes = self.app.archive.quotes(speaker=self.speaker, limit=500)
        self.app.call_from_thread(self._show, total, quotes)

    def _show(self, total: int, quotes: list[QuoteHit]) -> None:
        self.found = quotes
        shown = f" (first {len(quotes)})" if total > len(quotes) else ""
        self.query_one("#speaker-count", Label).update(
            f"{total:,} quote{'s' if total != 1 else ''} across the archive{shown} — enter opens, esc goes back")
        ol = self.query_one(OptionList)
        ol.clear_options()
        ol.add_options([_quote_option(q, n, headed=n == 0 or quotes[n - 1].key != q.key)
                        for n, q in enumerate(quotes)])
        if quotes:
            ol.highlighted = next((n for n, q in enumerate(quotes) if (q.key, q.start) == self.at), 0)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if 0 <= event.option_index < len(self.found):
            chosen = self.found[event.option_index]
            self.dismiss((chosen.key, chosen.start))

    def action_copy(self) -> None:
        index = self.query_one(OptionList).highlighted
        if index is None or not 0 <= index < len(self.found):
            self.notify("No quote to copy", timeout=3, markup=False)
            return
        q = self.found[index]
        self.app.copy_to_clipboard(cite_quote(q.text, q.speaker, q.title, q.source,
                                              date_text(q.date, q.partial_date), q.article_id, q.url))
        self.notify("Copied the quote to the clipboard", timeout=3, markup=False)

    def action_dismiss_none(self) -> None:
        # (the list's own note, `Copied the quote…`, goes with it: its toast had stayed over the reader's line)
        self.app.clear_notifications()
        self.dismiss(None)
