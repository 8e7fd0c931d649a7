"""The results list: title, date, source, place and a snippet with the matched words highlighted.

Hits arrive a page at a time; when the cursor nears the end of what is loaded, the list asks for more
(`NeedMore`), so thousands of hits scroll without fetching them all up front.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rich.style import Style
from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from search_index import Hit, one_line

from ..bindings import LISTS, bindings
from ..highlight import STYLES, term_spans
from .wrapping_list import WrappingOptionList

_META = Style(dim=True)


def hit_text(hit: Hit, with_id: bool = False, terms: Sequence[str] = ()) -> Text:
    """Title, date · outlet · place, snippet; `with_id`: the id too, for stories whose titles the list holds
    more than once (the same wire story filed twice, or a second edition), which would otherwise look alike.
    The search's words are marked in the title as in the snippet (`terms`: the search's terms), by spans laid on
    the title's text, never by markup: titles are the archive's, untrusted."""
    text = Text(no_wrap=False)
    title = Text(one_line(hit.title) or "(untitled)", style=Style(bold=True))
    if hit.title:
        for s, e in term_spans(title.plain, list(terms)):
            title.stylize(STYLES["match"], s, e)
    text.append_text(title)
    text.append("\n")
    date = hit.date.strftime("%Y-%m-%d") if hit.date else (hit.partial_date or "undated")
    meta = "  ·  ".join(one_line(p) for p in (date, hit.source, hit.place, hit.id if with_id else "") if p)
    text.append(meta, style=_META)
    snippet = Text(hit.snippet.text)
    for s, e in hit.snippet.highlights:
        snippet.stylize(STYLES["match"], s, e)
    text.append("\n")
    text.append_text(snippet)
    return text


# End loads what is left in one go, up to this many: past it, the far end of a long list is the other sort order
END_LOADS = 2000


class ResultsList(WrappingOptionList):
    BINDINGS = bindings(LISTS)

    class NeedMore(Message):
        """The cursor is near the end of the loaded hits; `count` hits more are wanted (End: all that are left, up
        to END_LOADS)."""

        def __init__(self, count: int | None = None) -> None:
            super().__init__()
            self.count = count

    class Opened(Message):
        def __init__(self, hit: Hit) -> None:
            super().__init__()
            self.hit = hit

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.hits: list[Hit] = []
        self.total = 0
        self.terms: tuple[str, ...] = ()  # the search's terms, marked in the titles
        self._titles: Counter[str] = Counter()
        # End was pressed before the last hits came: how many the list holds when they have, and the cursor goes
        # to the last then (not when a page asked for before End comes first)
        self._to_last: int | None = None

    def show(self, hits: list[Hit], total: int, terms: Sequence[str] = ()) -> None:
        self.hits = list(hits)
        self.total = total
        self.terms = tuple(terms)
        self._to_last = None
        self.clear_options()
        self._titles = Counter(h.title for h in self.hits)
        self.add_options([Option(hit_text(h, self._titles[h.title] > 1, self.terms), id=f"hit-{n}")
                          for n, h in enumerate(hits)])
        if hits:
            self.highlighted = 0

    def extend(self, hits: list[Hit]) -> None:
        start = len(self.hits)
        self.hits.extend(hits)
        before = self._titles.copy()
        self._titles.update(h.title for h in hits)
        for n, hit in enumerate(self.hits[:start]):  # a title met again further down: its first row shows its id
            if before[hit.title] == 1 and self._titles[hit.title] > 1:
                self.replace_option_prompt_at_index(n, hit_text(hit, True, self.terms))
        self.add_options([Option(hit_text(h, self._titles[h.title] > 1, self.terms), id=f"hit-{start + n}")
                          for n, h in enumerate(hits)])
        if self._to_last is not None and len(self.hits) >= self._to_last:
            self._to_last = None
            super().action_last()

    def action_last(self) -> None:
        """End: the last result, not the last of those loaded so far (each End had loaded one page more, and
        reaching the last of 2,225 took 40 presses); what is left comes in one search, up to END_LOADS."""
        if len(self.hits) >= self.total:
            super().action_last()
            return
        count = min(self.total - len(self.hits), END_LOADS)
        self._to_last = len(self.hits) + count
        self.post_message(self.NeedMore(count))

    def current(self) -> Hit | None:
        if self.highlighted is None or not (0 <= self.highlighted < len(self.hits)):
            return None
        return self.hits[self.highlighted]

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list is self and len(self.hits) < self.total and (event.option_index or 0) >= len(self.hits) - 5:
            self.post_message(self.NeedMore())

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list is self and 0 <= event.option_index < len(self.hits):
            event.stop()
            self.post_message(self.Opened(self.hits[event.option_index]))
