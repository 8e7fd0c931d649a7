"""The article's quotes beside the reader: speaker — quote, in article order."""

from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from search_index import Quote, one_line, quote_line

from ..bindings import LISTS, bindings
from ..highlight import STYLES
from .wrapping_list import WrappingOptionList


def quote_text(q: Quote, names: dict[str, str] | None = None) -> Text:
    """`speaker — quote`; the speaker under the name the archive counts them by (`names`: a story's `Reagan` is
    `Ronald Reagan`, as in the People list and the who-said list)."""
    text = Text()
    speaker = (names or {}).get(q.speaker, q.speaker) if q.speaker else q.speaker
    text.append(one_line(speaker) if speaker else "(speaker unknown)",
                style=STYLES["speaker"] if speaker else "dim")
    text.append(" — ")
    text.append(quote_line(q.text), style=STYLES["quote"])
    return text


class QuoteList(WrappingOptionList):
    BINDINGS = bindings(LISTS)

    class Chosen(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.quotes: list[Quote] = []

    def on_mount(self) -> None:
        # before any article: say what the list will hold (it was an empty pane under a bare rule)
        self.add_option(Option(Text("Open an article to list its quotes and who said them.", style="dim"),
                               disabled=True))

    def show(self, quotes: list[Quote], names: dict[str, str] | None = None) -> None:
        self.quotes = list(quotes)
        self.clear_options()
        if quotes:
            self.add_options([Option(quote_text(q, names), id=f"quote-{n}") for n, q in enumerate(quotes)])
        else:
            self.add_option(Option(Text("No quotes in this article.", style="dim"), disabled=True))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list is self and 0 <= event.option_index < len(self.quotes):
            event.stop()
            self.post_message(self.Chosen(event.option_index))
