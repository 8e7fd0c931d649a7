"""The main screen: search bar over filters, results and the reader with its quotes.

At 120 columns and wider the four panes sit side by side; narrower, the same panes become tabs (keys 1-4, or tab
and shift+tab, which go through a pane's own widgets before the next pane), so nothing is lost at 80x24. Searches
run in a thread worker; each carries a generation number and only the newest one's results reach the screen.
Another process may be indexing into the same index: a timer looks for new commits and refreshes the results
when one lands.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import replace
from functools import partial

from rich.text import Text
from textual import events, on, work
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Input, Tab, Tabs

from search_index import (Article, Hit, IndexProblem, Quote, QueryError, SearchRequest, SearchResult, cite_article,
                          cite_quote, date_text, one_line, terminal_safe)

from ..bindings import MAIN, bindings, display_keys, typed_away
from ..widgets.filters import DateFilter, FacetPanel
from ..widgets.inputs import SteadyInput, passed_through
from ..widgets.quotes import QuoteList
from ..widgets.reader import ArticleReader, ReaderRuler
from ..widgets.results import ResultsList
from ..widgets.search_bar import QueryBox, SearchBar, error_text, status_text
from ..why import DATE_CLAUSE_RE as _DATE_CLAUSE_RE
from ..why import dates_hint, why_nothing

PAGE = 20  # a screenful or two; more load as the cursor nears the end
WIDE = 120
PANES = ("results", "filters", "reader", "quotes")
SORTS = ("relevance", "newest", "oldest")


class MainScreen(Screen):
    BINDINGS = bindings(MAIN)
    AUTO_FOCUS = "#results"  # the keys work from the start; / goes to the search box
    WATCH_SECONDS = 2.0  # how often to look for commits made by another process (one directory listing)
    pane = reactive("results")
    narrow = reactive(False)

    def __init__(self) -> None:
        super().__init__()
        self.request = SearchRequest(sort="newest", limit=PAGE, facet_limit=100)
        self.generation = 0
        self.last_result: SearchResult | None = None
        self.date_label = ""
        self.article: Article | None = None
        self.search_started = 0.0
        self.last_paint_ms: float | None = None
        self.painted_generation = 0
        self._answered = 0  # the newest search whose results or error are on screen
        self.painted_at = 0.0  # perf_counter() when the newest results were put on screen
        self.facets_generation = 0
        self.facets_at = 0.0  # perf_counter() when the newest facet counts were put on screen
        self._facets_searched: tuple | None = None  # the words and dates the facet lists were last counted for
        self._search_keys: list[str] = []  # the keys bound to the search box (set on mount)
        self._listed_sort = "newest"  # the order of the results listed (best match when a date order had no dates)
        self.index_version: tuple | None = None  # the newest commit of the index these results come from
        self.index_articles: int | None = None
        self._keep_key: str | None = None  # the result to keep the cursor on across a refresh
        self._back_to_speaker: str | None = None  # the who-said list the open article was chosen from
        self._speaker_origin: tuple[str, int | None] | None = None  # the article `w` was pressed in
        self._ruler = Text("")  # where the reader is (ArticleReader.ruler)
        self._note: Text | None = None  # the note on the ruler's line, for a few seconds (tell)
        self._note_timer = None
        # an article on its way to the reader: "loading" (asked for), "shown" (given to the reader, whose line shows
        # once it is laid out), None; and a note told meanwhile, for that line: (message, severity, timeout)
        self._article_coming: str | None = None
        self._waiting_note: tuple[str, str, float] | None = None

    def compose(self):
        yield SearchBar(id="search-bar")
        yield Tabs(*(Tab(f"{n + 1} {name.title()}", id=f"tab-{name}") for n, name in enumerate(PANES)),
                   id="pane-tabs")
        with Horizontal(id="panes"):
            with Vertical(id="filters-pane", classes="pane"):
                yield DateFilter(id="dates")
                yield FacetPanel("person", "People", id="people")
                yield FacetPanel("organisation", "Organisations", id="orgs")
            with Vertical(id="results-pane", classes="pane"):
                yield ResultsList(id="results")
            with Vertical(id="right-pane", classes="pane-group"):
                with Vertical(id="reader-pane", classes="pane"):
                    yield ArticleReader(id="reader")
                    ruler = ReaderRuler(id="reader-ruler")
                    ruler.display = False  # until an article is open
                    yield ruler
                with Vertical(id="quotes-pane", classes="pane"):
                    yield QuoteList(id="quotes")
        yield Footer(compact=True, show_command_palette=False)  # at 80 columns the ? and q keys show; : is in help

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        # the footer shows what the keys do where the focus is: in a text box `/`, `s` or `p` type themselves
        return not (isinstance(self.focused, Input) and typed_away(self, action, self.focused))

    # --- layout ------------------------------------------------------------------------------------------
    def on_mount(self) -> None:
        self.narrow = self.size.width < WIDE
        self._apply_pane()
        self.query_one(ResultsList).focus()
        # the keys bound to the search box (`/`, or what the config file binds), looked up once
        self._search_keys = [key for key, found in self._bindings.key_to_bindings.items()
                             for b in found if b.action == "focus_search"]
        self.query_one(SearchBar).set_search_key(display_keys(self._search_keys[0]) if self._search_keys else "")
        self.index_version = self.app.archive.version()
        try:
            self.index_articles = self.app.archive.doc_count()
        except IndexProblem:
            pass  # the search below shows the problem
        self.run_search()
        self._watching = False
        self.set_interval(self.WATCH_SECONDS, self._watch_index)

    def on_resize(self, event) -> None:
        self.narrow = event.size.width < WIDE

    def watch_narrow(self, narrow: bool) -> None:
        self.set_class(narrow, "narrow")
        self._apply_pane()

    def watch_pane(self, pane: str) -> None:
        self._apply_pane()

    def _apply_pane(self) -> None:
        if not self.query("#panes"):
            return  # not composed yet; on_mount applies it
        for name in PANES:
            self.query_one(f"#{name}-pane").set_class(name == self.pane, "-active")
        self.query_one("#right-pane").set_class(self.pane in ("reader", "quotes"), "-active")
        tabs = self.query_one(Tabs)
        if tabs.active != f"tab-{self.pane}":
            tabs.active = f"tab-{self.pane}"

    @on(ArticleReader.Moved)
    def _reader_moved(self, event: ArticleReader.Moved) -> None:
        self._ruler = event.ruler
        self._show_ruler()
        if self._article_coming == "shown":
            # the article opened is in the reader, and its line shows: the note told while it came goes there
            self._article_coming = None
            waiting, self._waiting_note = self._waiting_note, None
            if waiting is not None:
                self._put_note(*waiting)

    def _show_ruler(self) -> None:
        """The line under the reader: where the reader is, after the latest note while it lasts."""
        self.query_one("#reader-ruler", ReaderRuler).show(self._ruler, self._note)

    def tell(self, message: str, severity: str = "information", timeout: float = 3) -> None:
        """A short note for the user: on the line under the reader while an article is on screen (a toast there
        covered the reader's last lines and that line itself), else as a toast. Errors are always toasts. A note
        told while an article is on its way (`]` on a result: `This article has no direct quotes`), before the
        reader or its line shows, waits for that line: as a toast it covered it once the reader came."""
        ruler = self.query_one("#reader-ruler", ReaderRuler)
        shown = ruler.display and ruler.is_on_screen and ruler.size.width
        if severity != "error" and not shown and self._article_coming is not None:
            self._waiting_note = (message, severity, timeout)
            return
        if severity == "error" or not shown:
            self.notify(message, severity=severity, timeout=timeout, markup=False)
            return
        self._put_note(message, severity, timeout)

    def _article_not_coming(self) -> None:
        """The article asked for could not be read: a note told meanwhile is a toast after all."""
        self._article_coming = None
        waiting, self._waiting_note = self._waiting_note, None
        if waiting is not None:
            self.tell(*waiting)

    def _put_note(self, message: str, severity: str, timeout: float) -> None:
        self._note = Text(message, style="bold yellow" if severity == "warning" else "bold")
        if self._note_timer is not None:
            self._note_timer.stop()
        self._note_timer = self.set_timer(timeout, self._forget_note)
        self._show_ruler()

    def _forget_note(self) -> None:
        self._note = None
        self._note_timer = None
        self._show_ruler()

    @on(Tabs.TabActivated)
    def _tab_chosen(self, event: Tabs.TabActivated) -> None:
        if event.tab.id != event.tabs.active:
            # stale: a note of a tab set before the pane changed again (two pane keys in one read); acting on it
            # would switch back, set the tab, whose note switches forward again: a loop at full CPU
            return
        name = (event.tab.id or "").removeprefix("tab-")
        if name in PANES and name != self.pane:
            self.pane = name
            self._focus_pane(name)

    def _focus_pane(self, name: str) -> None:
        # Filters: the People list, where keys are keys (in the date box `3` would be typed, not switch panes);
        # the date boxes are before it in the pane's tab order
        target = {"results": "#results", "filters": "#people SelectionList", "reader": "#reader",
                  "quotes": "#quotes"}[name]
        self.set_focus(self.query(target).first())  # at once: the next key of a burst goes there

    def action_pane(self, name: str) -> None:
        self.pane = name
        self._focus_pane(name)

    def _pane_of_focus(self) -> str:
        node = self.focused
        while node is not None:
            if node.id and node.id.endswith("-pane") and node.id.removesuffix("-pane") in PANES:
                return node.id.removesuffix("-pane")
            node = node.parent
        return self.pane

    def action_next_pane(self) -> None:
        self._cycle(1)

    def action_prev_pane(self) -> None:
        self._cycle(-1)

    def _cycle(self, step: int) -> None:
        if not self.narrow:
            (self.focus_next if step > 0 else self.focus_previous)()
            self.pane = self._pane_of_focus()
            return
        # one pane at a time: tab goes through the pane's own widgets (the Filters pane's date boxes, ranges and
        # facet lists), then on to the next pane
        pane = self.query_one(f"#{self.pane}-pane")
        inside = [w for w in self.focus_chain if pane in w.ancestors]
        if self.focused in inside and 0 <= inside.index(self.focused) + step < len(inside):
            self.set_focus(inside[inside.index(self.focused) + step])
            return
        current = PANES.index(self.pane)
        self.action_pane(PANES[(current + step) % len(PANES)])

    @on(Input.Changed, "#query")
    def _query_changed(self, event: Input.Changed) -> None:
        self.request = replace(self.request, query=event.value,
                               sort=self._sort_for(event.value, self.request.sort))
        if self.narrow and self.pane in ("reader", "quotes") and self.focused is event.input:
            self.pane = "results"  # typing a search shows its results (they changed unseen behind the reader)
        self.run_search()

    def _sort_for(self, query: str, current: str) -> str:
        # an empty query lists the newest articles; typing one switches to relevance once
        if not query.strip():
            return "newest" if current == "relevance" else current
        if not self.request.query.strip() and current == "newest":
            return "relevance"
        return current

    @on(Input.Submitted, "#query")
    def _query_submitted(self, event: Input.Submitted) -> None:
        self.action_pane("results")

    # --- another process indexing ------------------------------------------------------------------------
    def _watch_index(self) -> None:
        if not self._watching:  # one look at a time; never cancelled half-way (tests wait on workers)
            self._watching = True
            self._check_index()

    @work(thread=True, group="watch")
    def _check_index(self) -> None:
        try:
            version = self.app.archive.version()
            if version is None or version == self.index_version:
                return
            try:
                articles = self.app.archive.doc_count()
            except IndexProblem:
                return
            self.app.call_from_thread(self._index_changed, version, articles)
        finally:
            self._watching = False

    def _index_changed(self, version: tuple, articles: int) -> None:
        if version == self.index_version:
            return
        before = self.index_articles
        self.index_version = version
        self.index_articles = articles
        hit = self.query_one(ResultsList).current()
        self._keep_key = hit.key if hit else None
        self.run_search()
        change = f" ({articles - before:+,})" if before is not None and articles != before else ""
        self.tell(f"Index updated: {articles:,} articles{change}", timeout=3)

    # --- searching ---------------------------------------------------------------------------------------
    SLOW_SEARCH_SECONDS = 0.15  # after this, the status says a search is running (a wildcard over a big index)

    def run_search(self) -> None:
        self.generation += 1
        self.search_started = time.perf_counter()
        self._search(self.generation, replace(self.request, offset=0))
        self.set_timer(self.SLOW_SEARCH_SECONDS, partial(self._still_searching, self.generation))

    def _still_searching(self, generation: int) -> None:
        if generation == self.generation and self._answered < generation:
            self.query_one(SearchBar).set_status(Text("searching…", style="dim italic"))

    @work(thread=True, exclusive=True, group="search")
    def _search(self, generation: int, request: SearchRequest) -> None:
        """Hits first (what the eye goes to), then the facet counts over all hits, which take longer."""
        if generation != self.generation:
            return  # a newer keystroke came while this one waited for a thread: do not compete with it
        try:
            # no date to sort by: the best match first, rather than the order indexed labelled newest first (an
            # archive with no date at all is searched so at once, not sorted by date and searched again)
            by_relevance = replace(request, sort="relevance", facets=False)
            if request.sort != "relevance" and request.query.strip() and self.app.archive.date_span() is None:
                result = self.app.archive.search(by_relevance)
                undated = "archive" if result.hits else None
            else:
                result = self.app.archive.search(replace(request, facets=False))
                undated = self._undated(request, result)
                if undated and request.query.strip():
                    result = self.app.archive.search(by_relevance)
        except (QueryError, IndexProblem) as exc:
            self.app.call_from_thread(self._show_error, generation, str(exc))
            return
        why = self._why_nothing(request) if result.total == 0 else None
        self.app.call_from_thread(self._show_results, generation, request, result, why, undated)
        if generation != self.generation:
            return
        self._count_facets_now(generation, request)

    def _undated(self, request: SearchRequest, result: SearchResult) -> str | None:
        """Whether a sort by date has no date to sort by: `archive` when no article of the archive has one (the
        BBC set), `results` when none of these results has (a date order puts the undated last: its first hit
        undated, none is dated); else None."""
        if request.sort == "relevance" or not result.hits or result.hits[0].date is not None:
            return None
        return "archive" if self.app.archive.date_span() is None else "results"

    def _count_facets_now(self, generation: int, request: SearchRequest) -> None:
        try:
            counted = self.app.archive.search(replace(request, limit=1))
        except (QueryError, IndexProblem):
            return
        self.app.call_from_thread(self._show_facets, generation, request, counted)

    @on(FacetPanel.FilterTyped)
    def _facet_filter_typed(self, event: FacetPanel.FilterTyped) -> None:
        contains = dict(self.request.facet_contains)
        contains.pop(event.facet, None)
        if event.text:
            contains[event.facet] = event.text
        self.request = replace(self.request, facet_contains=tuple(sorted(contains.items())))
        self._count_facets(self.generation, self.request)

    @work(thread=True, exclusive=True, group="facets")
    def _count_facets(self, generation: int, request: SearchRequest) -> None:
        """The facet counts alone, again, for the text typed in a facet's filter box."""
        if request == self.request:
            self._count_facets_now(generation, request)

    def _why_nothing(self, request: SearchRequest) -> dict:
        """Why a search found nothing, for the status line (why.why_nothing)."""
        return why_nothing(self.app.archive, request)

    def _show_error(self, generation: int, message: str) -> None:
        if generation != self.generation:
            return
        self._answered = generation
        self.query_one(SearchBar).set_status(error_text(message))

    def _show_results(self, generation: int, request: SearchRequest, result: SearchResult,
                      why: dict | None = None, undated: str | None = None) -> None:
        if generation != self.generation:
            return  # a newer search is on its way: never paint stale results
        self.last_result = result
        self._answered = generation
        # the order the results are listed in (more pages come in it): the best match when a date order had no
        # date to go by
        self._listed_sort = "relevance" if undated and request.query.strip() else request.sort
        took = result.took_ms if self.app.show_timing else None
        status = status_text(result.total, took, request.sort, undated=undated,
                             words=bool(request.query.strip()))
        if result.total == 0:
            why = why or {}
            boxes = bool(request.persons or request.organisations or request.date_from or request.date_to)
            words = len(_DATE_CLAUSE_RE.sub(" ", request.query).split())
            if (boxes or why.get("queried")) and words and why.get("alone"):
                # the words are found, the filters leave none of them: no spelling to check
                alone = why["alone"]
                clear = "; x to clear filters" if boxes else ""
                status.append(f"  — nothing matches with these {'filters' if clear else 'dates'} (the words "
                              f"alone: {alone:,} result{'s' if alone != 1 else ''}){clear}", style="dim")
            else:
                # fewer words help a search of several; one word found nowhere is most often mistyped (`blari`)
                hints = ["try fewer words"] if words > 1 else ["check the spelling"] if words else []
                if boxes:
                    hints.append("x to clear filters")
                status.append("  — nothing matches" + ("; " + ", or ".join(hints) if hints else ""), style="dim")
            if dates_hint(why):
                status.append(f" ({dates_hint(why)})", style="dim")
        self.query_one(SearchBar).set_status(status)
        results = self.query_one(ResultsList)
        results.show(result.hits, result.total, result.terms)
        if self._keep_key is not None:
            kept = next((n for n, hit in enumerate(result.hits) if hit.key == self._keep_key), None)
            if kept is not None:
                results.highlighted = kept
            self._keep_key = None
        self._show_chips()
        if self.article is not None:
            # the article left open marks the words of this search, and its line counts them: it had kept the
            # search it was opened from (`match 1 of 4` beside the results of other words)
            self.query_one(ArticleReader).mark_terms(list(result.terms))
        self.last_paint_ms = (time.perf_counter() - self.search_started) * 1000
        self.painted_generation = generation
        self.painted_at = time.perf_counter()
        self.app.post_message(self.app.ResultsPainted(generation))

    def _show_facets(self, generation: int, request: SearchRequest, result: SearchResult) -> None:
        if generation != self.generation or request.facet_contains != self.request.facet_contains:
            return  # for another search, or for filter text since changed (its own counts are on the way)
        # (other words or dates: each list opens at its top; a value picked or dropped keeps the cursor where it is)
        searched = (request.query, request.date_from, request.date_to)
        new_search, self._facets_searched = searched != self._facets_searched, searched
        self.query_one("#people", FacetPanel).show(result.facets.get("person", []), list(self.request.persons),
                                                   new_search=new_search)
        self.query_one("#orgs", FacetPanel).show(result.facets.get("organisation", []),
                                                 list(self.request.organisations), new_search=new_search)
        self.facets_generation = generation
        self.facets_at = time.perf_counter()

    @on(ResultsList.NeedMore)
    def _need_more(self, event: ResultsList.NeedMore) -> None:
        results = self.query_one(ResultsList)
        request = replace(self.request, offset=len(results.hits), facets=False, sort=self._listed_sort)
        if event.count:
            request = replace(request, limit=event.count)
            if len(results.hits) + event.count < results.total:
                # the far end of a long list by date is the other order's start (`s` cycles best match, newest,
                # oldest); by relevance it holds the least relevant
                how = {"newest": "; s shows the oldest first", "oldest": "; s s shows the newest first"}.get(
                    self._listed_sort, ", the most relevant")
                self.tell(f"End: the first {len(results.hits) + event.count:,} of {results.total:,} results "
                          f"loaded{how}", timeout=4)
        self._more(self.generation, request)

    @work(thread=True, exclusive=True, group="more")
    def _more(self, generation: int, request: SearchRequest) -> None:
        try:
            result = self.app.archive.search(request)
        except (QueryError, IndexProblem):
            return
        self.app.call_from_thread(self._add_more, generation, request.offset, result)

    def _add_more(self, generation: int, offset: int, result: SearchResult) -> None:
        results = self.query_one(ResultsList)
        # (a page asked for before End's load may come after it or before: only the hits not yet listed are added)
        if generation == self.generation and offset <= len(results.hits) < offset + len(result.hits):
            results.extend(result.hits[len(results.hits) - offset:])

    # --- filters -----------------------------------------------------------------------------------------
    def _show_chips(self) -> None:
        chips = [("person", p, f"person: {p}") for p in self.request.persons]
        chips += [("organisation", o, f"org: {o}") for o in self.request.organisations]
        if self.request.date_from or self.request.date_to:
            chips.append(("date", "", f"date: {self.date_label}"))
        self.query_one(SearchBar).set_filters(chips)

    @on(FacetPanel.Changed)
    def _facet_changed(self, event: FacetPanel.Changed) -> None:
        if event.facet == "person":
            self.request = replace(self.request, persons=tuple(event.selected))
        else:
            self.request = replace(self.request, organisations=tuple(event.selected))
        self.run_search()

    @on(DateFilter.Changed)
    def _dates_changed(self, event: DateFilter.Changed) -> None:
        self.date_label = event.label
        self.request = replace(self.request, date_from=event.start, date_to=event.end)
        self.run_search()

    def dates_entered(self) -> None:
        """Enter in a date box applied the range: on to the results it filters, as from the search box, so that
        the next keys are commands again (`x` had typed itself after the date)."""
        self.action_pane("results")

    @on(SearchBar.RemoveFilter)
    def _remove_filter(self, event: SearchBar.RemoveFilter) -> None:
        if event.kind == "person":
            self.request = replace(self.request, persons=tuple(p for p in self.request.persons if p != event.value))
        elif event.kind == "organisation":
            self.request = replace(self.request,
                                   organisations=tuple(o for o in self.request.organisations if o != event.value))
        else:
            self.query_one(DateFilter).clear()
            self.request = replace(self.request, date_from=None, date_to=None)
        self.run_search()

    @on(SearchBar.ShowFilters)
    def _show_filters(self, event: SearchBar.ShowFilters) -> None:
        self.action_pane("filters")
        self.notify("Also filtering by " + "; ".join(one_line(label) for label in event.hidden)
                    + " · x clears every filter", timeout=6, markup=False)

    def add_filter(self, kind: str, value: str) -> None:
        """Filter by a person or organisation, as the facet counts it: a story's `Paul Volcker` is the archive's
        `Paul A Volcker`, under whom his stories are counted (the facet list has no value of its own for him)."""
        try:
            value = self.app.archive.facet_aliases().get(kind, {}).get(value, value)
        except IndexProblem:
            pass  # the index is gone or unreadable: filter by the name as given; the search says what is wrong
        if kind == "person" and value not in self.request.persons:
            self.request = replace(self.request, persons=self.request.persons + (value,))
        elif kind == "organisation" and value not in self.request.organisations:
            self.request = replace(self.request, organisations=self.request.organisations + (value,))
        else:
            return
        self.tell(f"Filtered by {kind}: {one_line(value)}", timeout=2)
        self.run_search()

    def action_clear_filters(self) -> None:
        self.query_one(DateFilter).clear()
        self.request = replace(self.request, persons=(), organisations=(), date_from=None, date_to=None)
        self.run_search()

    def _under_cursor(self, kind: str) -> str | None:
        """The person or organisation the cursor is on: a facet value, the current quote's speaker, or the one
        the highlighted result (its first: the hit lists the most named first) or the open article names most."""
        focused = self.focused
        panel = focused.parent if focused is not None else None
        if isinstance(panel, FacetPanel) and panel.facet == kind:
            return panel.current_value()
        reader = self.query_one(ArticleReader)
        quote = reader.current_quote()
        entities_of = (lambda a: a.persons) if kind == "person" else (lambda a: a.organisations)
        if isinstance(focused, (ArticleReader, QuoteList)) and self.article is not None:
            if isinstance(focused, QuoteList) and focused.highlighted is not None and self.article.quotes:
                quote = self.article.quotes[min(focused.highlighted, len(self.article.quotes) - 1)]
            names = {e.name for e in entities_of(self.article)}
            if quote is not None and quote.speaker in names:
                return quote.speaker
            # the one the article names most (its first, on a tie): the first named is often the agency of a
            # wire's dateline, not what the story is about
            entities = entities_of(self.article)
            return max(entities, key=lambda e: len(e.mentions)).name if entities else None
        hit = self.query_one(ResultsList).current()
        if hit is not None:
            names = hit.persons if kind == "person" else hit.organisations
            return names[0] if names else None
        return None

    def _filter_under_cursor(self, kind: str, label: str) -> None:
        value = self._under_cursor(kind)
        if value:
            self.add_filter(kind, value)
        else:
            self.tell(f"No {label} under the cursor", severity="warning", timeout=2)

    def action_filter_person(self) -> None:
        self._filter_under_cursor("person", "person")

    def action_filter_org(self) -> None:
        self._filter_under_cursor("organisation", "organisation")

    def action_cycle_sort(self) -> None:
        self.request = replace(self.request, sort=SORTS[(SORTS.index(self.request.sort) + 1) % len(SORTS)])
        self.run_search()

    def action_focus_search(self, at_rest: bool = False) -> None:
        """To the search box, its query selected. `at_rest` (esc from the results): until the user types there,
        a bound key that types no letter (`2`) does its command rather than replacing the query (QueryBox)."""
        box = self.query_one("#query", QueryBox)
        # at once (`focus()` waits a turn): the keys typed right after `/` go to the box, not to the list
        self.set_focus(box)
        box.rest(at_rest)  # (`/` in the box reached by esc: the user is typing there from now on)

    def on_paste(self, event: events.Paste) -> None:
        """Text pasted over the results, the reader or a list is a search: it goes to the search box (which
        takes a paste itself when it has the focus; elsewhere the paste did nothing)."""
        if isinstance(self.focused, Input) or not event.text.strip():
            return
        event.stop()
        box = self.query_one("#query", Input)
        self.set_focus(box)
        box.post_message(events.Paste(event.text))

    async def on_key(self, event: events.Key) -> None:
        """A letter no key is bound to, typed in the results (where the app opens), starts a search with it: a
        user who types `treaty` at the list means the words, and `t`, `r`, `e`, `a` do nothing there (the bound
        letters keep their keys: `n`, `w`, `s`…, and `/` goes to the search box without typing).

        Keys come here in the order they were typed, also those of one burst (a word typed fast over SSH arrives
        in one packet, a paste without bracketing, `tmux send-keys`), which were all handed to the widget that
        had the focus when the first came. So a key is applied here, before the next one:
        - a key bound to a command runs it now (Textual runs a binding only once the key has bubbled up to the
          app, by when the keys behind it had already been handled here: `esc ctrl+u speaker` at the results
          ran `s` and `p` as commands before esc had taken the focus to the search box);
        - a key handed to another widget before an earlier one of the burst took the focus to a text box
          (`/brazil`, `/` then ctrl+u then `oil`) goes on to the box, in order, where it is typed or edits (it
          had been lost, or run as a command: `o` of `coffee` filtered by an organisation). A key the box had
          itself and left (one no binding of its own or the screen's takes) goes on to the app as before."""
        if self.app.screen is not self:
            return  # a screen opened over this one by an earlier key (help): the app gives it that screen's keys
        char = event.character or ""
        printable = len(char) == 1 and char.isprintable()
        focused = self.focused
        if isinstance(focused, SteadyInput):
            if passed_through(event) is not focused:
                event.stop()
                event.prevent_default()
                focused.post_message(events.Key(event.key, event.character))
            return
        if printable and event.key in self._search_keys:
            # `/` goes to the box at once: the keys typed right behind it (`/news` in one packet) come here next
            event.stop()
            event.prevent_default()
            self.action_focus_search()
            return
        bound = self.active_bindings.get(event.key)
        if bound is not None:
            if bound.enabled and not bound.binding.priority and \
                    await self.app.run_action(bound.binding.action, bound.node):
                event.stop()
                event.prevent_default()
            return
        box = self.query_one("#query", QueryBox)
        if isinstance(focused, ResultsList) and event.key in box.deleting_keys():
            # ctrl+u, ctrl+w or backspace at the results edits the query, in the box, from its end: `esc ctrl+u
            # speaker:volcker` typed fast comes as ctrl+u and the rest (a terminal reads esc and the key right
            # behind it as one alt key), whose `s` and `p` had run as commands
            event.stop()
            event.prevent_default()
            self.set_focus(box)
            box.post_message(events.Key("end", None))  # (the box selects what it holds when it takes the focus)
            box.post_message(events.Key(event.key, event.character))
            return
        if not (printable and char.isalpha() and isinstance(focused, ResultsList)):
            return
        event.stop()
        event.prevent_default()
        # focus now (`focus()` waits a turn), and the letter to the box as a key of its own, queued behind the
        # box's focus (which selects what it held, so that the letter replaces the old query) and before any
        # key typed after it
        self.set_focus(box)
        box.post_message(events.Key(event.key, char))

    # --- reading -----------------------------------------------------------------------------------------
    @on(ResultsList.Opened)
    def _open_hit(self, event: ResultsList.Opened) -> None:
        self.open_article(event.hit.key)

    def open_article(self, key: str, quote_at: int | None = None, *, quote_step: int = 0, match_step: int = 0,
                     back_to_speaker: str | None = None) -> None:
        """Open an article in the reader; at the quote that starts at `quote_at`, when one is given, or at its
        first (quote_step 1) or last (-1) quote, or at the first (match_step 1) or last (-1) word of the search.
        `back_to_speaker`: esc in the reader goes back to that person's who-said list (the article was opened
        from it) rather than to the results."""
        self._back_to_speaker = back_to_speaker
        self._article_coming = "loading"
        self._load_article(key, list(self.last_result.terms) if self.last_result else [], quote_at, quote_step,
                           match_step)

    @work(thread=True, exclusive=True, group="article")
    def _load_article(self, key: str, terms: list[str], quote_at: int | None = None, quote_step: int = 0,
                      match_step: int = 0) -> None:
        try:
            articles = self.app.archive.get(key)
        except IndexProblem as exc:
            self.app.call_from_thread(self.notify, terminal_safe(str(exc)), severity="error", timeout=6,
                                      markup=False)
            self.app.call_from_thread(self._article_not_coming)
            return
        if articles:
            self.app.call_from_thread(self._show_article, articles[0], terms, quote_at, quote_step, match_step)
        else:
            self.app.call_from_thread(self._article_not_coming)

    def _show_article(self, article: Article, terms: list[str], quote_at: int | None = None,
                      quote_step: int = 0, match_step: int = 0) -> None:
        self.article = article
        self._article_coming = "shown"  # (the reader's next Moved: it is laid out, its line can take a note)
        self.query_one(ArticleReader).show(article, terms)
        self.query_one(QuoteList).show(article.quotes, self._archive_names())
        speakers = len({q.speaker for q in article.quotes if q.speaker})
        # on the pane's top rule: how many quotes and speakers, without a row of its own (numbers only: no
        # article text reaches the title's markup)
        self.query_one("#quotes-pane").border_title = (
            f"Quotes · {len(article.quotes)} · {speakers} speaker{'s' if speakers != 1 else ''}"
            if article.quotes else "Quotes · none")
        self.action_pane("reader")
        index = next((n for n, q in enumerate(article.quotes) if q.start == quote_at), None)
        if quote_step and article.quotes:
            index = 0 if quote_step > 0 else len(article.quotes) - 1
        elif quote_step:
            self.tell("This article has no direct quotes", timeout=3)
        if index is not None:  # once the paragraphs are laid out, so that scrolling to the quote lands on it
            self.call_after_refresh(self._goto_quote, index)
        elif match_step:
            self.call_after_refresh(self._step_match, match_step)

    def _result_elsewhere(self) -> Hit | None:
        """The result under the cursor, when the Results list has the focus (or no article is open yet) and that
        result is not the article open: keys that act on an article (`[`, `]`, `n`, `N`, `w`) then act on that
        result, the one the user is looking at."""
        results = self.query_one(ResultsList)
        hit = results.current() if self.focused is results or self.article is None else None
        if hit is not None and (self.article is None or hit.key != self.article.key):
            return hit
        return None

    def _goto_quote(self, index: int) -> None:
        self.query_one(ArticleReader).goto_quote(index)
        self.query_one(QuoteList).highlighted = index

    @on(QuoteList.Chosen)
    def _quote_chosen(self, event: QuoteList.Chosen) -> None:
        self.query_one(ArticleReader).goto_quote(event.index)
        if self.narrow:
            self.action_pane("reader")  # (the reader scrolls to the quote once it is shown and has a width)

    def _step_quote(self, delta: int) -> None:
        if (hit := self._result_elsewhere()) is not None:
            self.open_article(hit.key, quote_step=delta)
            return
        index = self.query_one(ArticleReader).step_quote(delta)
        if index is not None:
            self.query_one(QuoteList).highlighted = index
        elif self.article is None:
            self.tell("Open an article first (enter on a result)", timeout=3)
        else:
            self.tell("This article has no direct quotes", timeout=3)

    def action_next_quote(self) -> None:
        self._step_quote(1)

    def action_prev_quote(self) -> None:
        self._step_quote(-1)

    def action_next_match(self) -> None:
        self._step_match(1)

    def action_prev_match(self) -> None:
        self._step_match(-1)

    def _step_match(self, delta: int) -> None:
        """The next or previous word of the search on screen in the open article, shown in the reader (at 80
        columns from any pane: a hidden reader stepped out of sight)."""
        reader = self.query_one(ArticleReader)
        if not self.request.query.strip():
            # no words searched for: nothing to step through, and no article opened to say so in
            self.tell("No search to step through (/ to search)", timeout=3)
            return
        if (hit := self._result_elsewhere()) is not None:
            self.open_article(hit.key, match_step=delta)  # the result under the cursor, not the one read before
            return
        if self.article is None:
            self.tell("Open an article first (enter on a result)", timeout=3)
            return
        if self.last_result is not None:
            reader.mark_terms(list(self.last_result.terms))
        if not reader.match_count:
            self.tell("No word of the search in this article" if reader.terms else "No search to step through",
                      timeout=3)
            return
        if self.narrow and self.pane != "reader":
            self.action_pane("reader")
            # (the reader has no width until the tab is laid out: the step, which goes on from the screen after a
            # quote step, is taken once it shows)
            reader.step_match_when_shown(delta)
            return
        reader.step_match(delta)

    def _quote_in_view(self) -> Quote | None:
        """The quote under the Quotes list's cursor when that list has the focus, else the reader's current one."""
        if self.article is None or not self.article.quotes:
            return None
        quotes = self.query_one(QuoteList)
        if self.focused is quotes and quotes.highlighted is not None:
            return self.article.quotes[min(quotes.highlighted, len(self.article.quotes) - 1)]
        return self.query_one(ArticleReader).current_quote()

    def action_copy(self) -> None:
        """The quote in view with its speaker and article, else the article open (or under the results' cursor),
        as one line to paste: to the terminal's clipboard (OSC 52, which reaches the user's own machine over SSH)."""
        quote = self._quote_in_view()
        hit = self.query_one(ResultsList).current() if self.focused is self.query_one(ResultsList) else None
        if hit is not None and (self.article is None or hit.key != self.article.key):
            line = cite_article(hit.title, hit.source, date_text(hit.date, hit.partial_date), hit.id, hit.url)
            what = "the article's reference"
        elif self.article is not None:
            a = self.article
            when = date_text(a.date, a.partial_date.iso() if a.partial_date else "")
            if quote is not None:
                speaker = self._archive_names().get(quote.speaker, quote.speaker) if quote.speaker else None
                line = cite_quote(quote.text, speaker, a.title, a.source, when, a.id, a.url)
                what = f"the quote of {one_line(speaker)}" if speaker else "the quote"
            else:
                line = cite_article(a.title, a.source, when, a.id, a.url)
                what = "the article's reference"
        else:
            self.tell("Open an article or choose a result first", timeout=3)
            return
        self.app.copy_to_clipboard(line)
        self.tell(f"Copied {what}", timeout=3)  # (short: it shares the line under the reader)

    def action_speaker_quotes(self) -> None:
        at = None
        if (hit := self._result_elsewhere()) is not None:
            speaker = self._main_speaker(hit)
            if speaker is None:
                return
        else:
            current = self._quote_in_view()
            if (current is None or not current.speaker) and self.article is not None and \
                    self.focused is not self.query_one(QuoteList):
                # no quote stepped to: the first one on screen with a known speaker, else the one quoted most
                current = self.query_one(ArticleReader).speaker_on_screen() or self._most_quoted(self.article)
            speaker = current.speaker if current else None
            if speaker is not None and self.article is not None:
                at = (self.article.key, current.start)  # the list opens at this very quote
        if speaker is None and isinstance(self.focused.parent if self.focused else None, FacetPanel):
            speaker = self.focused.parent.current_value()
        if not speaker:
            self.tell("Choose a quote with a known speaker first ([ and ] step through quotes)",
                      severity="warning", timeout=3)
            return
        # the article `w` was pressed in: closing the list comes back to it, after any the list opened
        reader_quote = self.query_one(ArticleReader).current_quote() if self.article is not None else None
        self._speaker_origin = (self.article.key, reader_quote.start if reader_quote else None) \
            if self.article is not None and hit is None else None
        self._show_speaker(speaker, at)

    def _most_quoted(self, article: Article) -> Quote | None:
        """The first quote of the speaker the article quotes most; of the one a search for someone's words
        (`speaker:hewitt`) asked for, when the article quotes them."""
        speakers = Counter(q.speaker for q in article.quotes if q.speaker)
        if not speakers:
            return None
        ranked = [name for name, _n in speakers.most_common()]
        chosen = (self.app.archive.named_in_query(self.request.query, "speaker", ranked) or ranked)[0]
        return next(q for q in article.quotes if q.speaker == chosen)

    def _main_speaker(self, hit: Hit) -> str | None:
        """The person (or body) quoted most in a result's article, for `w` on a result not yet opened."""
        try:
            articles = self.app.archive.get(hit.key)
        except IndexProblem as exc:
            self.notify(terminal_safe(str(exc)), severity="error", timeout=6, markup=False)
            return None
        quote = self._most_quoted(articles[0]) if articles else None
        if quote is None:
            self.tell(f"No quote in “{one_line(hit.title)}” has a known speaker", timeout=3)
            return None
        return quote.speaker

    def _archive_names(self) -> dict[str, str]:
        """A speaker's name as one story has it -> the name the archive counts them by (`Reagan` of a story that
        never says Ronald is Ronald Reagan, as the People list, `p` and the who-said list have him)."""
        try:
            return self.app.archive.speaker_aliases()
        except IndexProblem:
            return {}

    def _show_speaker(self, speaker: str, at: tuple[str, int] | None = None) -> None:
        from .speaker import SpeakerQuotesScreen

        # under the name the archive counts the speaker by (`Reagan` of one story is Ronald Reagan, as the People
        # list and the quotes found say): the list was headed `What Reagan said`
        speaker = self._archive_names().get(speaker, speaker)

        def opened(chosen: tuple[str, int] | None) -> None:
            if chosen:
                self.open_article(*chosen, back_to_speaker=speaker)
                return
            origin, self._speaker_origin = self._speaker_origin, None
            if origin is not None and self.article is not None and self.article.key != origin[0]:
                # the list closed after reading some of its articles: back to the one it was opened from
                self.open_article(*origin)

        self.app.push_screen(SpeakerQuotesScreen(speaker, at=at), opened)

    def action_back(self) -> None:
        focused = self.focused
        speaker, self._back_to_speaker = self._back_to_speaker, None
        if speaker and self.pane in ("reader", "quotes") and self.article is not None:
            current = self.query_one(ArticleReader).current_quote()
            self._show_speaker(speaker, (self.article.key, current.start) if current else None)
        elif isinstance(focused, Input) and focused.id == "query":
            self.action_pane("results")
        elif self.pane in ("reader", "quotes", "filters"):
            self.action_pane("results")
        else:
            self.action_focus_search(at_rest=True)
