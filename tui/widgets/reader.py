"""The reader: title, dateline, date, then the body in blocks of whole paragraphs (short ones joined, very long
ones cut), so that jumping to a quote or a search match is scrolling to its block and the line in it. All text
is built as `Text` with spans from the extraction offsets."""

from __future__ import annotations

import bisect
import re

from rich.cells import cell_len
from rich.text import Text
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static

from search_index import Article, date_text, one_line, terminal_safe

from ..bindings import READER, bindings
from ..highlight import article_text, legend, term_spans


def date_label(article: Article) -> str:
    return date_text(article.date, article.partial_date.iso() if article.partial_date else "") or "undated"


BLOCK_CHARS = 4000  # a paragraph longer than this is shown as several blocks (a 1 MB line took seconds to lay out)
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
JOIN_CHARS = 1500  # short paragraphs are shown together up to this: a widget each made a long story slow to open


def _display_blocks(body: str, paras: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], set[int]]:
    """Spans of the body to show one widget each: short paragraphs joined (the blank lines between them are the
    body's own, so every offset still lands where it should), very long ones cut at spaces into blocks of about
    `BLOCK_CHARS`; and the indexes of the blocks that run on into the next (drawn without the gap between
    paragraphs). A 207-paragraph table took 0.5-1 s to open as 207 widgets."""
    blocks: list[tuple[int, int]] = []
    runs_on: set[int] = set()
    for start, end in paras:
        # (only paragraphs with a blank line between them: one a line has no gap of its own to keep them apart)
        if blocks and len(blocks) - 1 not in runs_on and end - start <= JOIN_CHARS \
                and end - blocks[-1][0] <= JOIN_CHARS and _BLANK_LINE.search(body, blocks[-1][1], start):
            blocks[-1] = (blocks[-1][0], end)  # joined to the short ones before it
            continue
        while end - start > BLOCK_CHARS:
            cut = body.rfind(" ", start + BLOCK_CHARS // 2, start + BLOCK_CHARS)
            cut = cut + 1 if cut > start else start + BLOCK_CHARS
            runs_on.add(len(blocks))
            blocks.append((start, cut))
            start = cut
        blocks.append((start, end))
    return blocks, runs_on


def _line_at(text: Text, width: int, offset: int, console) -> int:
    """The line, counted from 0, on which character `offset` of `text` stands once wrapped to `width` columns
    (Rich keeps every character in its wrapped lines but the newlines, so the lines' lengths add up)."""
    line = 0
    pos = 0
    for hard in text.split("\n", allow_blank=True):
        wrapped = hard.wrap(console, width) or [hard]
        for piece in wrapped:
            pos += len(piece.plain)
            if offset < pos:
                return line
            line += 1
        pos += 1  # the newline
        if offset < pos:
            return line - 1
    return max(0, line - 1)


class ReaderRuler(Widget):
    """The line under the reader, as a pager's status line: where the reader is, after the latest note while it
    lasts. The note is shortened to the line's width when the line is drawn: a note put there as the reader
    first showed, before the line was laid out, was cut to its width then (none)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.where = Text("")
        self.note: Text | None = None

    def show(self, where: Text, note: Text | None) -> None:
        self.where, self.note = where, note
        self.display = bool(where.plain)  # (no article: nothing to say, no row spent)
        self.refresh()

    def render(self) -> Text:
        line = self.where.copy()
        if self.note is not None:
            room = self.content_size.width - cell_len(line.plain) - 3
            note = self.note.copy()
            note.truncate(max(room, 1), overflow="ellipsis")
            line = note + Text(" · ", style="dim") + line if line.plain else note
        return line


class ArticleReader(VerticalScroll, can_focus=True):
    BINDINGS = bindings(READER)

    class Moved(Message):
        """Where the reader is in its article changed (a match or quote stepped to, a scroll): `ruler` says it."""

        def __init__(self, ruler: Text) -> None:
            super().__init__()
            self.ruler = ruler

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.article: Article | None = None
        self.terms: list[str] = []
        self.quote_index: int | None = None
        self.match_index: int | None = None
        self._paras: list[tuple[int, int]] = []  # the blocks shown, a widget each
        self._block_starts: list[int] = []  # where each block starts, to find the block of an offset
        self._blocks: list[Static] = []  # those widgets
        self._para_starts: list[int] = []  # where the article's own paragraphs start
        self._matches: list[tuple[int, int]] = []
        self._pending_offset: int | None = None  # a scroll asked for while the reader was hidden (a tab at 80x24)
        # the quote or match last stepped to, kept in view across a resize (new widths wrap the lines above it
        # otherwise, and the quote's first lines left the top); forgotten when the reader is scrolled by hand
        self._stepped_to: int | None = None
        self._styled: tuple[int | None, tuple[int, int] | None] = (None, None)  # the current quote and match shown
        self._pending_step: int | None = None  # a match step asked for while the reader was hidden (a tab)

    def compose(self):
        yield Static(Text("Open an article from the results to read it here.", style="dim"), id="reader-head")

    def show(self, article: Article, terms: list[str]) -> None:
        # imported at the first article, not at start: the quote finder's module compiles its patterns (10 ms)
        from search_index.extraction.quotes import paragraphs

        self.article = article
        self.terms = terms
        self.quote_index = None
        self.match_index = None
        self._pending_offset = None  # (a scroll asked for in the article before: not this one's)
        self._pending_step = None
        self._stepped_to = None
        paras = paragraphs(article.body)
        self._para_starts = [s for s, _ in paras]
        self._paras, runs_on = _display_blocks(article.body, paras)
        self._block_starts = [s for s, _ in self._paras]
        self._matches = term_spans(article.body, terms)
        head = Text()
        head.append(one_line(article.title) or "(untitled)", style="bold")
        if article.subtitle:
            head.append("\n")
            head.append(one_line(article.subtitle), style="italic")
        meta = [date_label(article), article.source, article.place]
        head.append("\n")
        head.append("  ·  ".join(one_line(m) for m in meta if m), style="dim")
        if article.dateline and not article.body.lstrip().startswith(article.dateline):
            head.append("\n")
            head.append(one_line(article.dateline), style="dim")
        head.append("\n")
        head.append_text(legend())
        self.query("#reader-head").first().update(head)
        self.query(".para").remove()
        self._blocks = [Static(t, classes="para -runs-on" if n in runs_on else "para")
                        for n, t in enumerate(self._paragraph_texts())]
        self.mount_all(self._blocks)
        self.scroll_home(animate=False)
        self.call_after_refresh(self._moved)  # (after the blocks' layout: how far down there is to go)

    def _by_hand(self) -> None:
        self._stepped_to = None

    def action_scroll_down(self) -> None:
        self._by_hand()
        super().action_scroll_down()

    def action_scroll_up(self) -> None:
        self._by_hand()
        super().action_scroll_up()

    def action_page_down(self) -> None:
        self._by_hand()
        super().action_page_down()

    def action_page_up(self) -> None:
        self._by_hand()
        super().action_page_up()

    def action_scroll_home(self) -> None:
        self._by_hand()
        super().action_scroll_home()

    def action_scroll_end(self) -> None:
        self._by_hand()
        super().action_scroll_end()

    # (Textual runs each class's own `_on_` handler in turn, down the class chain: Widget's scrolls after these,
    # and calling it here as well had scrolled twice as far a notch)
    def _on_mouse_scroll_down(self, event) -> None:
        self._by_hand()

    def _on_mouse_scroll_up(self, event) -> None:
        self._by_hand()

    def on_resize(self) -> None:
        target = self._pending_offset if self._pending_offset is not None else self._stepped_to
        if target is not None and self.content_size.width:
            self.call_after_refresh(self._scroll_to_offset, target)
        if self.article is not None:
            self.call_after_refresh(self._moved)  # (how far down is another fraction of a new height)

    def ruler(self) -> Text:
        """`match 2 of 6 · quote 3 of 9 · 42%`: where the reader is, for the line under it (a pager's status line;
        a toast for each `n` covered the reader's bottom lines, where the match stepped to could be)."""
        if self.article is None:
            return Text("")
        parts = []
        if self._matches:
            count = len(self._matches)
            parts.append(f"match {self.match_index + 1} of {count}" if self.match_index is not None else
                         f"{count} match{'es' if count != 1 else ''} (n)")
        quotes = len(self.article.quotes)
        if quotes:
            parts.append(f"quote {self.quote_index + 1} of {quotes}" if self.quote_index is not None else
                         f"{quotes} quote{'s' if quotes != 1 else ''} (])")
        top, end = self.scroll_y, self.max_scroll_y
        parts.append("all" if end <= 0 else "top" if top <= 0 else "end" if top >= end else f"{round(100 * top / end)}%")
        return Text(" · ".join(parts), style="dim")

    def _moved(self) -> None:
        self.post_message(self.Moved(self.ruler()))

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._moved()

    def _current(self) -> tuple[int | None, tuple[int, int] | None]:
        """The current quote (its index) and the current match (its span), the two spans styled apart."""
        match = self._matches[self.match_index] if self.match_index is not None and self._matches else None
        return self.quote_index, match

    def _paragraph_texts(self) -> list[Text]:
        assert self.article is not None
        full = article_text(self.article, self.terms, *self._current(), matches=self._matches)
        self._styled = self._current()
        # cut once at every paragraph's bounds (a slice for each walked all the article's spans: 0.6 to 2.7 s for a
        # 350 KB story, on each search typed with it open)
        cuts = sorted({b for span in self._paras for b in span})
        pieces = dict(zip(zip([0] + cuts, cuts + [len(full)]), full.divide(cuts)))
        return [pieces.get((s, e)) or full[s:e] for s, e in self._paras]

    def _restyle(self) -> None:
        """Set the current quote and match apart: only the blocks that held the old ones or hold the new ones are
        built again and redrawn."""
        assert self.article is not None
        quotes = self.article.quotes
        spans = []
        for was, now in zip(self._styled, self._current()):
            if was != now:  # (the other mark stays where it was: its block need not change)
                spans += [(quotes[i].start, quotes[i].end) if isinstance(i, int) else i
                          for i in (was, now) if i is not None and (not isinstance(i, int) or i < len(quotes))]
        self._styled = self._current()
        self._moved()
        widgets = self._blocks  # (a query of the DOM took 4 ms in a long article)
        for n, (start, end) in enumerate(self._paras):
            if n < len(widgets) and any(s < end and start < e or s == e == start for s, e in spans):
                # the same text, only its styles changed: its lines wrap as before, so no layout is needed
                widgets[n].update(article_text(self.article, self.terms, *self._styled, window=(start, end),
                                               matches=self._matches), layout=False)

    def _scroll_to_offset(self, offset: int) -> None:
        """Bring the line holding `offset` into view: its paragraph's first line at the top when the line is then
        on screen, else the line itself with two lines above it (a wire story's paragraph can be longer than the
        screen)."""
        if self.content_size.width == 0:
            # hidden (the Quotes tab is showing): no line can be worked out at no width; done when it is shown
            self._pending_offset = offset
            return
        self._pending_offset = None
        found = self._block_line(offset)
        if found is None:
            return
        widget, shown, start, line = found
        para = self._para_starts[max(0, bisect.bisect_right(self._para_starts, offset) - 1)]
        first = _line_at(shown, max(1, widget.content_size.width), para - start, self.app.console) \
            if para > start else 0
        if line - first < max(1, self.scrollable_content_region.height - 1):
            self.scroll_to(y=widget.virtual_region.y + first, animate=False)
        else:
            self.scroll_to(y=widget.virtual_region.y + line - 2, animate=False)

    def goto_quote(self, index: int) -> None:
        if self.article is None or not self.article.quotes:
            return
        self.quote_index = max(0, min(index, len(self.article.quotes) - 1))
        self._restyle()
        self._stepped_to = self.article.quotes[self.quote_index].start
        self._scroll_to_offset(self._stepped_to)

    def step_quote(self, delta: int) -> int | None:
        if self.article is None or not self.article.quotes:
            return None
        start = -1 if self.quote_index is None and delta > 0 else (self.quote_index or 0)
        self.goto_quote((start + delta) % len(self.article.quotes))
        return self.quote_index

    def mark_terms(self, terms: list[str]) -> None:
        """Mark the words of another search (the one on screen, typed since the article was opened): `n` steps
        through what the user searched last, not what an older search found."""
        if self.article is None or terms == self.terms:
            return
        self.terms = list(terms)
        self._matches = term_spans(self.article.body, self.terms)
        self.match_index = None
        for block, text in zip(self._blocks, self._paragraph_texts()):
            block.update(text, layout=False)  # the same words, other styles: the lines wrap as before
        self._moved()

    def _block_line(self, offset: int) -> tuple[Static, Text, int, int] | None:
        """The block holding `offset`, its text as shown, where it starts, and the line of the block `offset` is
        on; None when there is no such block."""
        n = max(0, bisect.bisect_right(self._block_starts, offset) - 1)
        if n >= len(self._blocks):
            return None
        widget = self._blocks[n]
        start, end = self._paras[n]
        shown = Text(terminal_safe(self.article.body[start:end]))  # styles do not change where lines wrap
        return widget, shown, start, _line_at(shown, max(1, widget.content_size.width), offset - start,
                                              self.app.console)

    def _y_of(self, offset: int) -> int | None:
        """The reader's line (in its scrolled content) that holds `offset`; None while it has no width."""
        found = self._block_line(offset) if self.content_size.width else None
        return None if found is None else found[0].virtual_region.y + found[3]

    def speaker_on_screen(self):
        """The first quote with a known speaker that has a line on screen (for `w` before a quote was stepped to:
        the one the user is reading), else None."""
        if self.article is None:
            return None
        top = round(self.scroll_y)
        bottom = top + self.scrollable_content_region.height
        for quote in self.article.quotes:
            if quote.speaker:
                first, last = self._y_of(quote.start), self._y_of(max(quote.start, quote.end - 1))
                if first is not None and last is not None and first < bottom and last >= top:
                    return quote
        return None

    def _match_from_view(self, delta: int) -> int | None:
        """When the reader was scrolled away from the current match (End, page keys, the mouse): the first match
        on or below the screen's top line (delta 1) or the last on or above its bottom line (-1), as `n` in a
        pager goes on from what is on screen; None when the current match is on screen."""
        top = round(self.scroll_y)
        bottom = top + self.scrollable_content_region.height
        current = self._y_of(self._matches[self.match_index][0])
        if current is None or top <= current < bottom:
            return None
        return self._match_on_screen(delta, top, bottom)

    def _match_on_screen(self, delta: int, top: int, bottom: int) -> int:
        """The first match on or below line `top` (delta 1), or the last on or above line `bottom` (-1)."""
        starts = [s for s, _ in self._matches]
        blocks = self._blocks
        if delta > 0:
            n = next((k for k, w in enumerate(blocks) if w.virtual_region.bottom > top), len(blocks))
            first = bisect.bisect_left(starts, self._paras[n][0]) if n < len(blocks) else len(starts)
            return next((i for i in range(first, len(starts)) if self._y_of(starts[i]) >= top), 0)
        n = next((k for k in range(len(blocks) - 1, -1, -1) if blocks[k].virtual_region.y < bottom), -1)
        last = bisect.bisect_left(starts, self._paras[n][1]) - 1 if n >= 0 else -1
        return next((i for i in range(last, -1, -1) if self._y_of(starts[i]) < bottom), len(starts) - 1)

    def step_match(self, delta: int) -> None:
        if not self._matches:
            return
        if self.match_index is None:
            # the first `n`: from the top of the article, or from the screen when the reader has been moved
            # (`]` to a quote halfway down, then `n`, had gone back up to the first match, off the screen)
            top = round(self.scroll_y)
            self.match_index = self._match_on_screen(delta, top, top + self.scrollable_content_region.height) \
                if top > 0 and self.quote_index is not None else 0 if delta > 0 else len(self._matches) - 1
        elif (resumed := self._match_from_view(delta)) is not None:
            self.match_index = resumed
        else:
            self.match_index = (self.match_index + delta) % len(self._matches)
        self._restyle()  # (the line under the reader says which one of how many)
        self._stepped_to = self._matches[self.match_index][0]
        self._scroll_to_offset(self._stepped_to)

    def step_match_when_shown(self, delta: int) -> None:
        """step_match, once the reader is on screen: a hidden reader (another tab at 80 columns) has no lines to
        go on from, and a step taken before the tab is laid out went back to the article's first match."""
        if self.is_on_screen and self.content_size.width:
            self.step_match(delta)
        else:
            self._pending_step = delta

    def on_show(self) -> None:
        if self._pending_step is not None:
            delta, self._pending_step = self._pending_step, None
            self.call_after_refresh(self.step_match, delta)

    def current_quote(self):
        if self.article is None or self.quote_index is None or not self.article.quotes:
            return None
        return self.article.quotes[self.quote_index]

    @property
    def match_count(self) -> int:
        return len(self._matches)
