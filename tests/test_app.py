"""The browser driven with Textual's Pilot: each interaction a user has."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from rich.cells import cell_len
from rich.console import Console
from textual.command import CommandPalette
from textual.widgets import Input, OptionList, SelectionList, Tabs

from search_index import SearchRequest, cite_article, date_text, one_line, quote_line
from tui.app import DatelineApp
from tui.config import Settings
from tui.highlight import LEGEND, STYLES, article_text, term_spans
from tui.screens.help import HelpScreen
from tui.screens.main import PAGE, MainScreen
from tui.screens.speaker import SpeakerQuotesScreen
from tui.widgets.filters import FacetPanel
from tui.widgets.quotes import QuoteList
from tui.widgets.reader import ArticleReader
from tui.widgets.results import ResultsList

from .app_support import build_index, index_one_story, record_notices, settle

WIDE = (160, 48)
NARROW = (80, 24)


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    archive = build_index(tmp_path_factory.mktemp("app") / "ix")
    yield archive
    archive.close()


def make_app(archive, **kwargs):
    return DatelineApp(archive, show_timing=False, **kwargs)


def status(app) -> str:
    return str(app.screen.query_one("#status").render())


async def type_query(pilot, text: str) -> None:
    await pilot.press("slash")
    query = pilot.app.screen.query_one("#query", Input)
    query.value = ""
    await pilot.press(*text)
    await settle(pilot)


async def open_first(pilot, query: str) -> None:
    await type_query(pilot, query)
    await pilot.press("enter")  # leave the search box for the results
    await pilot.press("enter")  # open the highlighted result
    await settle(pilot)


async def test_start_lists_the_newest_articles(archive):
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        total = archive.search(SearchRequest(limit=1)).total
        assert status(app).startswith(f"{total} results") and "newest first" in status(app)
        results = app.screen.query_one(ResultsList)
        dates = [h.date for h in results.hits]
        assert len(dates) == min(total, PAGE) and dates == sorted(dates, reverse=True)


async def test_typing_a_query_updates_results_and_facets(archive):
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await type_query(pilot, "treaty")
        expected = archive.search(SearchRequest("treaty", limit=1)).total
        assert status(app).startswith(f"{expected} results") and "best match first" in status(app)
        hits = app.screen.query_one(ResultsList).hits
        assert all(any(hit.snippet.text[s:e].lower().startswith("treat") for s, e in hit.snippet.highlights)
                   or "treat" in hit.title.lower() for hit in hits)
        people = app.screen.query_one("#people", FacetPanel).counts
        assert people and people == sorted(people, key=lambda kv: (-kv[1], kv[0].lower()))


async def test_query_error_is_shown_inline_and_the_app_goes_on(archive):
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await type_query(pilot, '"river')
        assert "unclosed quote" in status(app)
        await pilot.press('"')
        await settle(pilot)
        assert status(app).endswith("best match first") and "results" in status(app)


async def test_a_slow_search_says_it_is_running_until_its_results_come(archive, monkeypatch):
    """A search still running after a moment (a wildcard over a big index) says so, rather than leaving the
    previous query's count on screen as if it were this one's."""
    import threading
    import time

    monkeypatch.setattr(MainScreen, "SLOW_SEARCH_SECONDS", 0.01)
    gate = threading.Event()
    search = archive.search

    def held(request):
        if request.query == "river":
            gate.wait(30)
        return search(request)

    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        monkeypatch.setattr(archive, "search", held)
        await pilot.press("slash", *"river")
        deadline = time.monotonic() + 30
        while "searching…" not in status(app):
            assert time.monotonic() < deadline, status(app)
            await pilot.pause(0.01)
        gate.set()
        await settle(pilot)
        assert "results" in status(app) and "searching" not in status(app)
        await pilot.press(*'"')  # an error answers too: the timer coming after it leaves it on screen
        await settle(pilot)
        app.screen._still_searching(app.screen.generation)
        await pilot.pause()
        assert "unclosed quote" in status(app)


async def test_empty_result_says_so(archive):
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await type_query(pilot, "zyzzyvaqq")
        assert status(app).startswith("0 results") and "nothing matches" in status(app)
        assert app.screen.query_one(ResultsList).hits == []
        # one word found nowhere is most often mistyped; fewer words help a search of several
        assert status(app).endswith("nothing matches; check the spelling")
        await type_query(pilot, "river zyzzyvaqq")
        assert status(app).endswith("nothing matches; try fewer words")


async def test_stale_results_never_overwrite_newer_ones(archive):
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen: MainScreen = app.screen
        old = archive.search(SearchRequest("bank"))
        screen.request = SearchRequest("river", limit=50)
        screen.run_search()
        stale_generation = screen.generation - 1
        screen._show_results(stale_generation, SearchRequest("bank"), old)  # a slow, older search finishing late
        await settle(pilot)
        assert status(app).startswith(f"{archive.search(SearchRequest('river')).total} results")


async def test_enter_opens_the_article_with_its_quotes(archive):
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await open_first(pilot, "Kellan treaty")
        screen = app.screen
        assert screen.article is not None
        reader = screen.query_one(ArticleReader)
        assert reader.article.key == screen.query_one(ResultsList).hits[0].key
        quotes = screen.query_one(QuoteList)
        assert quotes.quotes == screen.article.quotes and len(quotes.quotes) >= 2


async def test_down_from_a_facets_filter_box_goes_into_the_list_and_an_empty_list_says_why(archive):
    """In the People filter box, Down goes to the list (it stayed in the box, and only Enter moved); text that
    matches no name leaves a line saying so, where the list was blank."""
    from textual.widgets import Label

    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        panel = app.screen.query_one("#people", FacetPanel)
        box = panel.query_one(Input)
        name = panel.counts[0][0]
        box.focus()
        await pilot.press(*"zzq")
        await settle(pilot)
        none = panel.query_one(".facet-none", Label)
        assert panel.selection.option_count == 0 and none.display and "no name holds “zzq”" in str(none.render())
        await pilot.press("ctrl+a", "ctrl+k", *name[:4].lower())
        await settle(pilot)
        assert panel.selection.option_count > 0 and not none.display
        await pilot.press("down")
        await settle(pilot)
        assert app.focused is panel.selection and panel.selection.highlighted == 0


async def test_a_wide_screen_gives_the_filters_pane_room_for_whole_names(archive):
    """32 columns at 120, a quarter of a wider screen (up to 48): at 160 columns names had been shortened to 24
    columns, two `Supreme Court …` values alike, with 130 columns for the other panes."""
    for width, least, most in ((80, 80, 80), (120, 32, 32), (160, 40, 40), (240, 48, 48)):  # (80: a tab)
        async with make_app(archive).run_test(size=(width, 40)) as pilot:
            await settle(pilot)
            await pilot.press("2")  # (at 80 columns the pane is a tab of the whole width)
            await settle(pilot)
            pane = pilot.app.screen.query_one("#filters-pane")
            assert least <= pane.region.width <= most, (width, pane.region.width)


async def test_at_120_columns_the_results_have_room_and_a_date_box_shows_a_whole_date(archive):
    """At 120x40 the results had 30 columns (titles on two or three lines, five results on screen), the to box
    showed `1987-04-1` of `1987-04-15`, and the facet lists cut names at 19 cells (`Charles Kenne… (14)`). The
    results now take two fifths of what the Filters pane leaves, 40 columns at least, the reader the rest; each
    date box holds a whole date with the cursor after it; and the lists hold 21 cells of name and count more."""
    for size, results in (((120, 40), 40), ((160, 48), 48), ((200, 50), 60)):
        app = make_app(archive)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            screen = app.screen
            assert screen.query_one("#results-pane").region.width == results
            assert screen.query_one("#right-pane").region.width > results  # (the reader keeps the most)
            people = screen.query_one("#people", FacetPanel)
            assert people.selection.size.width - 6 >= 21  # (the room a name and its count have: 19 at 120)
            for box_id in ("#date-from", "#date-to"):
                box = screen.query_one(box_id, Input)
                screen.set_focus(box)
                await pilot.press(*"1987-04-15")
                await settle(pilot)
                assert box.cursor_position == 10 and "1987-04-15" in box.render_line(0).text, size


def index_stories(folder, records: list[dict]):
    """An index of JSON records (stories shaped for a test) written to `folder`, in `folder/ix`."""
    import json

    from search_index import ArchiveIndex, index_sources

    (folder / "src").mkdir(parents=True)
    (folder / "src" / "stories.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    archive = ArchiveIndex(str(folder / "ix"), create=True)
    index_sources(archive, [str(folder / "src")])
    return archive


async def test_sorting_by_date_where_no_result_has_a_date_says_so_and_lists_the_best_match_first(tmp_path):
    """`s` over the BBC set, where no article has a date, said `241 results · newest first` over the order the
    stories were indexed in. It now says that no article has a date and lists the best match first (with no
    words, as indexed); in a dated archive, results none of which has a date say that of them."""
    ferry = [{"id": "a", "title": "Harbour dues rise", "body": "The port raised its dues. A ferry line objected."},
             {"id": "b", "title": "Council meets", "body": "The council met on the budget and the roads."},
             {"id": "c", "title": "Ferry strike", "body": "The ferry crews struck. Ferry services stopped. The "
                                                          "ferry company said ferry fares would rise."}]
    undated = index_stories(tmp_path / "undated", ferry)
    app = make_app(undated)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        assert status(app) == "3 results · no article has a date: listed as indexed"
        await type_query(pilot, "ferry")
        best = [h.id for h in app.screen.query_one(ResultsList).hits]
        assert best[0].endswith("c") and status(app) == "2 results · best match first"
        await pilot.press("enter", "s")  # newest first, asked for
        await settle(pilot)
        assert app.screen.request.sort == "newest"
        assert status(app) == "2 results · no article has a date: best match first"
        assert [h.id for h in app.screen.query_one(ResultsList).hits] == best
        await pilot.press("s")  # oldest
        await settle(pilot)
        assert status(app) == "2 results · no article has a date: best match first"
    undated.close()
    mixed = index_stories(tmp_path / "mixed", ferry + [
        {"id": "d", "title": "Roads budget", "date": "1987-04-15", "body": "The roads budget was cut."}])
    app = make_app(mixed)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await type_query(pilot, "ferry")
        await pilot.press("enter", "s")
        await settle(pilot)
        assert status(app) == "2 results · none of these has a date: best match first"
        assert [h.id for h in app.screen.query_one(ResultsList).hits] == best
        await type_query(pilot, "roads")  # one dated: a date order, as ever
        await pilot.press("enter", "s")
        await settle(pilot)
        assert status(app) == "2 results · newest first"
        assert [h.id[-1] for h in app.screen.query_one(ResultsList).hits] == ["d", "b"]
    mixed.close()


async def test_end_goes_to_the_last_result_not_the_last_loaded(archive, monkeypatch):
    """The list loads a page at a time; End goes to the very last result in one press (each press had loaded one
    page more). Past END_LOADS results left, End loads that many and says that the other sort shows the end."""
    import tui.widgets.results as results_module

    app = make_app(archive)
    notices = record_notices(app)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        results = app.screen.query_one(ResultsList)
        total = results.total
        assert len(results.hits) == PAGE < total
        await pilot.press("end")
        await settle(pilot)
        assert len(results.hits) == total and results.highlighted == total - 1
        assert len({h.key for h in results.hits}) == total  # each once, in order
        # a page asked for before End, come after End's load was asked for: the cursor waits for the last one
        request = app.screen.request
        results.show(results.hits[:PAGE], total)
        results.highlighted = 0
        results.post_message = lambda message: None  # (End's own load is fed below, after the page)
        results.action_last()
        page = archive.search(replace(request, offset=PAGE, limit=PAGE, facets=False))
        app.screen._add_more(app.screen.generation, PAGE, page)
        assert results.highlighted == 0 and len(results.hits) == 2 * PAGE
        rest = archive.search(replace(request, offset=PAGE, limit=total - PAGE, facets=False))
        app.screen._add_more(app.screen.generation, PAGE, rest)
        assert len(results.hits) == total and results.highlighted == total - 1
        del results.post_message
        oldest = archive.search(SearchRequest(sort="oldest", limit=1)).hits[0]
        assert results.current().key == oldest.key
        monkeypatch.setattr(results_module, "END_LOADS", 3)
        await pilot.press("s")  # another order: the list starts again, a page loaded
        await settle(pilot)
        await pilot.press("end")
        await settle(pilot)
        # (at the last loaded hit the list goes on loading a page at a time, as it does near its end)
        assert len(results.hits) >= PAGE + 3 and results.highlighted == PAGE + 2
        # (the sort after `s` from newest: oldest first, whose far end is the newest)
        assert app.screen.request.sort == "oldest"
        assert any(f"the first {PAGE + 3} of {total} results loaded; s s shows the newest first" in n
                   for n in notices)
        # each End goes END_LOADS further (the README had said End loads `up to 2,000`, once)
        loaded = len(results.hits)
        await pilot.press("end")
        await settle(pilot)
        assert len(results.hits) >= loaded + 3 and results.highlighted == loaded + 2


async def test_brackets_step_through_quotes_and_scroll_to_them(archive):
    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await open_first(pilot, "Kellan treaty")
        reader = app.screen.query_one(ArticleReader)
        await pilot.press("right_square_bracket")
        assert reader.quote_index == 0
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert reader.quote_index == 1
        assert app.screen.query_one(QuoteList).highlighted == 1
        quote = reader.current_quote()
        # its paragraph's first line at the top of the reader (short paragraphs share a widget: the line, not the
        # widget's top, is what must be in view)
        block = [w for w in reader.query(".para") if quote.text[:20] in w.render().plain][0]
        para_start = reader.article.body.rfind("\n\n", 0, quote.start) + 2
        before = reader.article.body[:para_start]
        block_start = next(s for s, e in reader._paras if s <= quote.start < e)
        blank_lines = before[block_start:].count("\n")  # each paragraph above it in the block: its line(s)+gap
        assert block.virtual_region.y <= reader.scroll_y <= block.virtual_region.y + blank_lines * 3
        assert reader.scroll_y > block.virtual_region.y or para_start == block_start
        await pilot.press("left_square_bracket")
        assert reader.quote_index == 0


async def test_next_quote_with_nothing_to_step_through_says_why(archive):
    app = make_app(archive)
    notices = record_notices(app)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await type_query(pilot, "zzqqxx")
        await pilot.press("enter", "2", "right_square_bracket")  # no article open yet, and no result either
        assert notices == ["Open an article first (enter on a result)"]
        await pilot.press("1", "n")
        assert notices[-1] == "Open an article first (enter on a result)"
        await type_query(pilot, "")  # no words searched for: `n` says so, and opens nothing to say it in
        await pilot.press("enter", "4", "n")
        await settle(pilot)
        assert notices[-1] == "No search to step through (/ to search)" and app.screen.article is None
        await type_query(pilot, "")  # the newest articles: with nothing open, `]` opens the highlighted one
        await pilot.press("enter")
        hit = app.screen.query_one(ResultsList).current()
        await pilot.press("2", "right_square_bracket")
        await settle(pilot)
        assert app.screen.article.key == hit.key


async def test_quote_keys_on_a_result_act_on_that_result(archive):
    """In the Results list, `]` and `[` open the result under the cursor at its first or last quote, and `w`
    lists what its most quoted speaker said: not the quotes of an article opened before."""
    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await type_query(pilot, "Kellan treaty")
        await pilot.press("enter")
        results, reader = app.screen.query_one(ResultsList), app.screen.query_one(ArticleReader)
        first = results.current()
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert app.screen.article.key == first.key and reader.quote_index == 0
        await pilot.press("1", "j")
        second = results.current()
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert app.screen.article.key == second.key
        assert reader.quote_index == len(app.screen.article.quotes) - 1
        await pilot.press("1", "k")  # back on the first result, the second one still open
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, SpeakerQuotesScreen)
        article = app.archive.get(first.key)[0]
        said = [q.speaker for q in article.quotes if q.speaker]
        assert app.screen.speaker == max(said, key=said.count)


async def test_w_on_a_result_found_by_a_speaker_search_lists_that_speaker(archive):
    """`speaker:calloway` found the article: `w` on it lists what Calloway said, not whoever it quotes most."""
    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await type_query(pilot, "speaker:calloway")
        await pilot.press("enter")
        results = app.screen.query_one(ResultsList)
        # a result whose most quoted speaker is someone else (else the test shows nothing)
        for n, hit in enumerate(results.hits):
            said = [q.speaker for q in app.archive.get(hit.key)[0].quotes if q.speaker]
            if max(said, key=said.count) != "Ruth Calloway":
                break
        else:
            pytest.fail("no result quotes someone more than Calloway")
        results.highlighted = n
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, SpeakerQuotesScreen) and app.screen.speaker == "Ruth Calloway"


async def test_the_who_said_list_shows_its_own_keys_and_q_closes_it(archive):
    """Over the who-said list the footer named the browser's keys (`/ Search`, `s Sort`, `q Quit`), none of which
    act there; it names the list's own, and `q` closes the list, as `esc` does."""
    from textual.widgets import Footer

    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, SpeakerQuotesScreen)
        footer = app.screen.query_one(Footer)
        assert footer.screen is app.screen
        shown = {b.binding.description for b in app.screen.active_bindings.values() if b.binding.show}
        assert {"Back", "Copy"} <= shown and not shown & {"Search", "Sort", "Quit", "Person", "Clear"}
        await pilot.press("y")  # a note of the copy, which goes with the list (it covered the reader's line)
        await settle(pilot)
        assert app._notifications
        await pilot.press("q")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen) and not app._notifications


async def test_n_on_a_result_opens_that_result_at_its_words_and_keys_with_nothing_open_act_on_the_result(archive):
    """`n`/`N` in the Results list open the result under the cursor at the first/last word of the search (they
    stepped through the article opened before); with no article open, `w` and `n` from the Reader pane act on
    the highlighted result instead of asking to open one."""
    app = make_app(archive)
    notices = record_notices(app)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await type_query(pilot, "river")
        await pilot.press("enter")
        results, reader = app.screen.query_one(ResultsList), app.screen.query_one(ArticleReader)
        await pilot.press("3", "w")  # nothing open yet: the highlighted result's most quoted speaker
        await settle(pilot)
        assert isinstance(app.screen, SpeakerQuotesScreen), notices
        await pilot.press("escape")
        await settle(pilot)
        first = results.current()
        await pilot.press("3", "n")
        await settle(pilot)
        assert app.screen.article.key == first.key and reader.match_index == 0
        await pilot.press("1", "j")
        second = results.current()
        assert second.key != first.key
        await pilot.press("N")
        await settle(pilot)
        assert app.screen.pane == "reader" and app.screen.article.key == second.key
        assert reader.match_count and reader.match_index == reader.match_count - 1
        assert str(app.screen.query_one("#reader-ruler").render()).startswith(
            f"match {reader.match_count} of {reader.match_count} · ")


async def test_choosing_a_quote_in_the_list_moves_the_reader(archive):
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await open_first(pilot, "Kellan treaty")
        await pilot.press("4")
        quotes = app.screen.query_one(QuoteList)
        assert app.focused is quotes
        article = app.screen.article
        speakers = len({q.speaker for q in article.quotes if q.speaker})
        assert app.screen.query_one("#quotes-pane").border_title == \
            f"Quotes · {len(article.quotes)} · {speakers} speakers"  # counted on the pane's top rule
        await pilot.press("j", "j", "enter")  # the first j lands on the first quote
        assert quotes.highlighted == 1
        assert app.screen.query_one(ArticleReader).quote_index == 1


async def test_n_steps_through_search_matches(archive):
    app = make_app(archive)
    notices = record_notices(app)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await open_first(pilot, "river")
        reader = app.screen.query_one(ArticleReader)
        assert reader.match_count >= 2
        ruler = app.screen.query_one("#reader-ruler")
        assert str(ruler.render()).startswith(f"{reader.match_count} matches (n) · ")
        told = []
        for key, index in (("n", 0), ("n", 1), ("N", 0)):
            await pilot.press(key)
            await settle(pilot)
            assert reader.match_index == index
            told.append(str(ruler.render()).split(" · ")[0])
        # which match is current, and of how many: told under the reader (no toast over the text), and styled
        # apart from the others
        assert told == [f"match {n} of {reader.match_count}" for n in (1, 2, 1)]
        assert not [n for n in notices if n.startswith("match")]
        start, end = reader._matches[0]
        styled = article_text(reader.article, reader.terms, None, (start, end))
        assert STYLES["current_match"] in [span.style for span in styled.spans if (span.start, span.end) == (start, end)]
        others = [span.style for span in styled.spans if span.start == reader._matches[1][0]]
        assert STYLES["current_match"] not in others and STYLES["match"] in others


async def test_the_open_article_marks_the_words_of_a_new_search_at_once(archive):
    """A new search with an article open beside the results (160x48): the reader marks the new words and its
    line counts them at once, where it had kept the old search's marks and `match 1 of 4` until `n`."""
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await open_first(pilot, '"without data"')
        reader = app.screen.query_one(ArticleReader)
        body = app.screen.article.body
        assert reader.match_count == 1
        await pilot.press("n")
        await settle(pilot)
        await type_query(pilot, "river")
        ruler = str(app.screen.query_one("#reader-ruler").render())
        rivers = [body[s:e].lower() for s, e in reader._matches]
        assert rivers and set(rivers) <= {"river", "rivers"} and reader.match_index is None
        assert ruler.startswith(f"{len(rivers)} match{'es' if len(rivers) > 1 else ''} (n) · ")


async def test_n_steps_through_the_words_of_the_search_on_screen_and_shows_the_reader(archive):
    """After a new search, `n` in another pane steps through the new search's words in the open article, and
    at 80 columns shows the reader: it stepped through an older search's words out of sight."""
    app = make_app(archive)
    notices = record_notices(app)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await open_first(pilot, "river treaty")
        reader = app.screen.query_one(ArticleReader)
        body = app.screen.article.body
        assert {body[s:e].lower() for s, e in reader._matches} >= {"river"}
        await pilot.press("slash")
        await pilot.press("ctrl+a", "ctrl+k", *"treaty", "enter")  # a new search; the article stays open
        await settle(pilot)
        await pilot.press("2", "n")
        assert app.screen.pane == "reader" and reader.match_index == 0
        marked = {body[s:e].lower() for s, e in reader._matches}
        assert marked and marked <= {"treaty", "treaties"}
        # which one of how many: on the line under the reader (a toast for each `n` covered its bottom lines)
        await settle(pilot)
        ruler = str(app.screen.query_one("#reader-ruler").render())
        assert ruler.startswith(f"match 1 of {reader.match_count} · ") and not any("match" in n for n in notices)

async def test_the_line_under_the_reader_says_where_it_is_and_the_quotes_tab_what_it_will_hold(archive):
    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        ruler = app.screen.query_one("#reader-ruler")
        assert not ruler.display  # no article: nothing to say, no row spent
        await pilot.press("4")
        await settle(pilot)
        quotes = app.screen.query_one(QuoteList)
        assert "Open an article to list its quotes" in str(quotes.get_option_at_index(0).prompt)
        await open_first(pilot, "Kellan treaty")
        article = app.screen.article
        said = str(ruler.render())
        assert ruler.display and said.endswith(f"{len(article.quotes)} quotes (]) · top")
        assert said.startswith(f"{app.screen.query_one(ArticleReader).match_count} matches (n)")
        await pilot.press("]")
        await settle(pilot)
        assert f"quote 1 of {len(article.quotes)}" in str(ruler.render())
        await pilot.press("end")
        await settle(pilot)
        assert str(ruler.render()).endswith(" · end")
        # at 80 columns the reader has the screen's width: no border of the side-by-side layout in its first column
        assert app.screen.query_one("#right-pane").styles.border_left[0] in ("", "none")


async def test_a_note_raised_while_the_article_loads_lands_on_the_readers_line_not_a_toast(tmp_path):
    """`]` on a result whose story has no quotes opens it and says so; the note came while the article was on
    its way, before the reader (and its line) showed, so it was a toast, which then covered the reader's bottom
    line. It waits for the reader and goes on its line; a note with no article coming is still a toast."""
    import json

    from search_index import ArchiveIndex, IndexProblem, index_sources

    (tmp_path / "src").mkdir()
    stories = [{"id": f"plain-{n}", "title": f"Harbour dues {n}", "date": f"2024-05-0{n}",
                "body": f"The harbour board set the dues for the season {n}. Ships pay by the tonne."}
               for n in (1, 2)]
    (tmp_path / "src" / "stories.jsonl").write_text("".join(json.dumps(s) + "\n" for s in stories))
    archive = ArchiveIndex(str(tmp_path / "ix"), create=True)
    index_sources(archive, [str(tmp_path / "src")])
    try:
        for size in (NARROW, WIDE):
            app = make_app(archive)
            async with app.run_test(size=size) as pilot:
                notices = record_notices(app)
                await settle(pilot)
                ruler = app.screen.query_one("#reader-ruler")
                for row in (0, 1):  # the first article (no line under the reader yet), then another one
                    await pilot.press("1")
                    app.screen.query_one(ResultsList).highlighted = row
                    await pilot.press("right_square_bracket")
                    await settle(pilot)
                    assert app.screen.article.id == f"plain-{2 - row}" and app.screen.pane == "reader"
                    said = str(ruler.render())
                    assert ruler.display and ruler.is_on_screen, size
                    assert said.startswith("This article has no direct quotes · ") and said.endswith("all"), said
                    assert notices == [], (size, notices)
                # with no article on screen, a note is a toast as before
                await pilot.press("1")
                app.screen.tell("Nothing is loading")
                await settle(pilot)
                assert notices == (["Nothing is loading"] if size == NARROW else []), size
        # an article that cannot be read after all: the note told while it was on its way is a toast, not lost
        app = make_app(archive)
        async with app.run_test(size=NARROW) as pilot:
            notices = record_notices(app)
            await settle(pilot)

            def unreadable(key):
                raise IndexProblem("the index cannot be read")

            archive.get, get = unreadable, archive.get
            try:
                app.screen.open_article("plain-1")
                app.screen.tell("Filtered by person: Ada")
                await settle(pilot)
            finally:
                archive.get = get
            assert notices == ["the index cannot be read", "Filtered by person: Ada"]
    finally:
        archive.close()


async def test_the_reader_marks_the_words_the_search_matched_and_no_others(archive):
    """`treaties` finds `treaty` and `treaties` (one stem, `treati`, whose last letter the words do not share);
    `river` must not mark `riverside`: the reader marks the words the index has under the search's terms."""
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await open_first(pilot, "treaties")
        reader = app.screen.query_one(ArticleReader)
        marked = {app.screen.article.body[s:e].lower() for s, e in reader._matches}
        assert marked and marked <= {"treaty", "treaties"}, marked
    assert term_spans("The riverside river. Treaty, treaties; ARTISTS and art.", ["river", "treati", "art"]) == [
        (14, 19), (21, 27), (29, 37), (51, 54)]


async def test_a_phrase_search_marks_the_phrase_not_each_of_its_words(archive):
    """`"without data"`: one match where the words stand in a row, and `n` steps to it alone (each `without` of
    `without consultation, without data and without respect` had been a match of its own); the snippet too."""
    query = '"without data"'
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await open_first(pilot, query)
        reader = app.screen.query_one(ArticleReader)
        body = app.screen.article.body
        assert body.count("without") > 1
        marked = [body[s:e] for s, e in reader._matches]
        assert marked and all(m.split()[0].lower() == "without" and m.split()[-1].lower() == "data" for m in marked)
        hit = app.screen.last_result.hits[0]
        assert [hit.snippet.text[s:e].lower() for s, e in hit.snippet.highlights] == ["without data"] * len(
            hit.snippet.highlights)
    # the words the index leaves out are skipped inside a phrase, as the search skips them; a word searched for
    # alone too is marked wherever it stands, apart from the phrase it is part of
    text = "Treaties were signed; the treaty signed by the union. Without data, without respect."
    assert [text[s:e] for s, e in term_spans(text, ["sign treati"])] == ["signed; the treaty"]
    assert [text[s:e] for s, e in term_spans(text, ["without data", "respect"])] == ["Without data", "respect"]
    assert [text[s:e] for s, e in term_spans(text, ["without data", "without"])] == ["Without data", "without"]
    # phrases that overlap are one match
    text = "The New York Stock Exchange said so."
    assert term_spans(text, ["new york stock exchang", "york stock", "exchang"]) == [(4, 27)]


async def test_p_filters_by_the_person_under_the_cursor_and_x_clears(archive):
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        panel = app.screen.query_one("#people", FacetPanel)
        panel.selection.focus()
        await pilot.pause()
        person, count = panel.counts[0]
        await pilot.press("p")
        await settle(pilot)
        assert app.screen.request.persons == (person,)
        assert status(app).startswith(f"{count} results")
        assert [c.label.plain for c in app.screen.query(".chip")] == [f"person: {person} ×"]
        await pilot.press("x")
        await settle(pilot)
        assert app.screen.request.persons == () and not app.screen.query(".chip")


async def test_a_person_picked_from_a_result_is_at_the_top_of_the_list_under_the_cursor(archive):
    """`p` on a result: the People list, scrolled down and with its cursor elsewhere before, shows the name picked
    at its top with the cursor on it (the next space must not toggle a name the user never looked at)."""
    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await pilot.press("2")  # the People list, then its last name: scrolled to the bottom
        panel = app.screen.query_one("#people", FacetPanel)
        await pilot.press("end")
        await settle(pilot)
        assert panel.selection.scroll_y > 0
        await pilot.press("1", "p")  # the results, and the first person named in the highlighted result
        await settle(pilot)
        [person] = app.screen.request.persons
        await pilot.press("2")
        await settle(pilot)
        assert panel.current_value() == person and panel.selection.highlighted == 0
        assert panel.selection.scroll_y == 0


async def test_keys_that_come_together_all_reach_the_search_box(archive):
    """Over SSH a word typed fast, or pasted, comes in one packet: its keys were handed to the list that had the
    focus before the first of them moved it, and all but the first were lost (`brazil` searched for `b`), or
    run as commands (`o` of `coffee` filtered by an organisation). They go on to the box, in order; so do keys
    after `/`, and a paste over the list fills the box."""
    from textual import events

    for burst, typed in (("treaty river", "treaty river"), ("/river", "river"), ("/coffee", "coffee"),
                         ("/news", "news"), ("/snow", "snow"), ("/wxyz", "wxyz"), ("/?help", "?help")):
        app = make_app(archive)
        async with app.run_test(size=NARROW) as pilot:
            await settle(pilot)
            for char in burst:  # posted together: all in the app's queue before the first is handled
                app.post_message(events.Key({"/": "slash", " ": "space"}.get(char, char), char))
            await settle(pilot)
            box = app.screen.query_one("#query", Input)
            assert box.value == typed and app.screen.request.query == typed
            assert app.screen.request.organisations == () and app.screen.request.persons == ()
            assert app.screen.request.sort == "relevance" and isinstance(app.screen, MainScreen)
    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        app.post_message(events.Paste("harbour talks"))
        await settle(pilot)
        assert app.screen.query_one("#query", Input).value == "harbour talks"
        assert app.screen.request.query == "harbour talks"


def burst(app, *keys: str) -> None:
    """Keys in one burst (a laggy SSH link, a paste, `tmux send-keys BSpace x`): each made as Pilot makes it, and
    all posted before the app handles the first (Pilot's `press` waits for the app after each key)."""
    import unicodedata

    from textual import events
    from textual.keys import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key

    for key in keys:
        if len(key) == 1 and not key.isalnum():
            key = _character_to_key(key)
        try:
            char = unicodedata.lookup(_get_unicode_name_from_key(REPLACED_KEYS.get(key, key)))
        except KeyError:
            char = key if len(key) == 1 else None
        app.post_message(events.Key(key, char))


async def test_editing_keys_that_come_together_apply_in_the_order_typed(archive):
    """Input's editing keys are bindings, which Textual ran only once the key had bubbled up to the app, while a
    letter behind them was typed at once: in a box holding `gold`, `BSpace x` in one burst left `gold` (not
    `golx`), four backspaces and `oil` left `gol`, `C-u oil` an empty box, `Home x` `goldx`. Each key is now
    applied before the next, in the search box and the date boxes; and from the results, `/` or esc then
    `C-u` and a new query replace the old one (`s` and `p` of `speaker:` had run as sort and filter)."""
    cases = [(("backspace", "x"), "golx"), (("backspace",) * 4 + tuple("oil"), "oil"), (("ctrl+u", *"oil"), "oil"),
             (("home", "x"), "xgold"), (("left", "left", "x", "end", "y"), "goxldy"), (("ctrl+w", *"oil"), "oil"),
             (("home", "delete", "ctrl+k", *"oil"), "oil")]
    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        box = app.screen.query_one("#query", Input)
        for keys, expected in cases:
            await pilot.press("slash")
            box.value = "gold"
            box.cursor_position = 4
            burst(app, *keys)
            await settle(pilot)
            assert (keys, box.value) == (keys, expected)
            assert app.screen.request.query == expected and app.focused is box
        await pilot.press("escape", "2")  # to the results, and the Filters pane
        await settle(pilot)
        assert app.screen.pane == "filters" and box.value == "oil"
        dates = app.screen.query_one("#date-to", Input)
        app.screen.set_focus(dates)
        for keys, expected in (((*"1987-04-19", "backspace", "5"), "1987-04-15"),
                               (("ctrl+u", *"1987-05"), "1987-05"), (("home", "delete", "2"), "2987-05")):
            burst(app, *keys)
            await settle(pilot)
            assert (keys, dates.value) == (keys, expected) and app.focused is dates
    for size in (NARROW, WIDE):
        app = make_app(archive)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            box = app.screen.query_one("#query", Input)
            await type_query(pilot, "gold")
            await pilot.press("enter")  # to the results
            await settle(pilot)
            assert isinstance(app.focused, ResultsList)
            sort = app.screen.request.sort
            burst(app, "slash", "ctrl+u", *"oil")
            await settle(pilot)
            assert box.value == "oil" and app.focused is box and app.screen.request.query == "oil"
            await pilot.press("enter")
            await settle(pilot)
            burst(app, "escape", "ctrl+u", *"speaker:volcker")
            await settle(pilot)
            assert box.value == "speaker:volcker" and app.focused is box
            assert app.screen.request.query == "speaker:volcker"
            assert app.screen.request.persons == () and app.screen.request.sort == sort
            # a terminal reads esc and the key right behind it as one (alt) key: what comes is ctrl+u and the
            # rest, at the results, where ctrl+u, ctrl+w and backspace edit the query from its end
            for keys, expected in ((("ctrl+u", *"speaker:volcker"), "speaker:volcker"),
                                   (("ctrl+w", *"reagan"), "speaker:reagan"), (("backspace", "x"), "speaker:reagax")):
                await pilot.press("enter")
                await settle(pilot)
                assert isinstance(app.focused, ResultsList)
                burst(app, *keys)
                await settle(pilot)
                assert (keys, box.value) == (keys, expected) and app.focused is box
                assert app.screen.request.persons == () and app.screen.request.sort == sort


async def test_the_search_words_are_marked_in_result_titles_as_in_snippets(archive):
    """The snippet marked the words searched for, the title (bold) did not: `treaty` now stands out in `… Treaty
    …` and `treaties` too (a word the index has under the search's term), as spans on the title's text."""
    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await type_query(pilot, "treaty")
        results = app.screen.query_one(ResultsList)
        titled = [(n, h) for n, h in enumerate(results.hits) if "treat" in h.title.lower()]
        assert titled and len(titled) < len(results.hits)  # (some titles have the word, some do not)
        for n, hit in enumerate(results.hits):
            prompt = results.get_option_at_index(n).prompt
            title = one_line(hit.title)
            marked = [prompt.plain[span.start:span.end] for span in prompt.spans
                      if span.end <= len(title) and span.style == STYLES["match"]]
            words = [w.strip(".,:;'\"‘’“”()") for w in title.split()]
            assert marked == [w for w in words if w.lower().startswith("treat")], (title, marked)
        # the words of a new search: the old ones are no longer marked
        await type_query(pilot, "river")
        hit = results.hits[0]
        prompt = results.get_option_at_index(0).prompt
        title_marks = [prompt.plain[s.start:s.end] for s in prompt.spans
                       if s.end <= len(one_line(hit.title)) and s.style == STYLES["match"]]
        assert all(m.lower().startswith("river") for m in title_marks)


async def test_a_new_search_opens_the_facet_lists_at_their_top(archive):
    """Other words: the People list starts at the name that dominates the new results, with the cursor on it,
    not on the row the cursor had reached in the list of the search before (at 80x24 the pane shows five names,
    and the first ones were scrolled out of sight)."""
    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await type_query(pilot, "river")
        await pilot.press("enter", "2")
        panel = app.screen.query_one("#people", FacetPanel)
        await pilot.press(*"jjjjjjj")
        await settle(pilot)
        assert panel.selection.highlighted == 7 and panel.selection.scroll_y > 0
        await type_query(pilot, "treaty")
        await pilot.press("enter", "2")
        await settle(pilot)
        assert panel.selection.highlighted == 0 and panel.selection.scroll_y == 0
        assert panel.current_value() == panel.counts[0][0]
        # a value picked in the list keeps the cursor on it (the next space toggles what the user looks at)
        await pilot.press("j", "j", "space")
        await settle(pilot)
        assert panel.selection.highlighted == 0 and panel.current_value() in app.screen.request.persons


async def test_typing_a_word_at_the_results_searches_for_it_and_bound_letters_keep_their_keys(archive):
    """The app opens on the results: a letter no key is bound to starts a search with it (`treaty` typed there
    searches), where `/` had to come first and the letters did nothing; the box says which key goes to it."""
    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        box = app.screen.query_one("#query", Input)
        assert isinstance(app.focused, ResultsList) and box.placeholder.startswith("/ search: ")
        await pilot.press(*"treaty")
        await settle(pilot)
        assert box.value == "treaty" and app.focused is box and app.screen.request.query == "treaty"
        assert box.placeholder.startswith("search: ")
        await pilot.press("enter")  # to the results, then a bound letter: `s` sorts, it types nothing
        await settle(pilot)
        sort = app.screen.request.sort
        await pilot.press("s")
        await settle(pilot)
        assert app.screen.request.sort != sort and box.value == "treaty"
        assert isinstance(app.focused, ResultsList) and box.placeholder.startswith("/ search: ")


async def test_a_digit_after_escape_to_the_search_box_switches_panes_and_keeps_the_query(archive):
    """esc from the results goes to the search box with the query selected; a pane key pressed there (`2` for
    the Filters pane) replaced the query with `2`. Until the user types in the box, a bound key that is no
    letter does what it does elsewhere (digits switch panes, `]` steps, `/` stays in the box); a letter still
    types a new search over the selected query, and after `/` a digit is typed (`2024`)."""
    from textual import events

    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        box = app.screen.query_one("#query", Input)
        await type_query(pilot, "treaty")
        await pilot.press("enter", "escape")  # to the results, and back to the box (its query selected)
        await settle(pilot)
        assert app.focused is box and box.selected_text == "treaty"
        await pilot.press("2")
        await settle(pilot)
        assert box.value == "treaty" and app.screen.request.query == "treaty"
        assert app.screen.pane == "filters" and isinstance(app.focused, SelectionList)
        # from the reader, esc twice: the same, in one packet too (the digit handed to the list esc left)
        await pilot.press("1", "enter")
        await settle(pilot)
        assert app.screen.pane == "reader"
        for key, char in (("escape", None), ("escape", None), ("3", "3")):
            app.post_message(events.Key(key, char))
        await settle(pilot)
        assert box.value == "treaty" and app.screen.pane == "reader" and app.screen.article is not None
        # help opened and closed over the box reached by esc comes back to it as it was
        await pilot.press("escape", "escape", "f1", "escape", "4")
        await settle(pilot)
        assert box.value == "treaty" and app.screen.pane == "quotes"
        # `/` from the box reached by esc stays there, typing nothing; then a digit is typed, over the query
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert app.focused is box
        await pilot.press("slash", "2", "0", "2", "4")
        await settle(pilot)
        assert box.value == "2024" and app.focused is box and app.screen.pane == "results"
        # a letter typed at the box reached by esc still starts a new search over the old one, and once the user
        # types there, digits are typed
        await pilot.press("enter", "escape", "b", "2")
        await settle(pilot)
        assert box.value == "b2" and app.focused is box and app.screen.request.query == "b2"


async def test_at_80_columns_the_chips_take_a_line_of_their_own_and_long_names_share_it(archive):
    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        people = app.screen.query_one("#people", FacetPanel)
        orgs = app.screen.query_one("#orgs", FacetPanel)
        longest = sorted((v for v, _ in orgs.counts), key=len, reverse=True)[:2]
        person = max((v for v, _ in people.counts), key=len)
        people.post_message(FacetPanel.Changed("person", [person]))
        orgs.post_message(FacetPanel.Changed("organisation", longest))
        await settle(pilot)
        chips = list(app.screen.query(".chip"))
        whole = len(f"person: {person} ×") + sum(len(f"org: {o} ×") + 1 for o in longest)
        assert len(chips) == 3 and whole > NARROW[0]  # whole, they would not fit
        status = app.screen.query_one("#status")
        for chip in chips:
            assert chip.region.right <= NARROW[0] and chip.region.width >= chip.label.cell_length  # not cut
            assert chip.region.y > status.region.y  # a line of their own: the status keeps its whole width
            assert chip.label.plain.startswith(("person: ", "org: ")) and chip.label.plain.endswith(" ×")
        await pilot.resize_terminal(240, 40)  # room for all three whole, beside the status
        await settle(pilot)
        wide = app.screen.query(".chip")
        assert [c.label.plain for c in wide] == [f"person: {person} ×"] + [f"org: {o} ×" for o in longest]
        assert all(c.region.right <= 240 for c in wide)


async def test_more_filters_than_a_line_holds_end_in_a_more_chip_that_opens_the_filters_pane(archive):
    app = make_app(archive)
    notices = record_notices(app)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        screen = app.screen
        people = screen.query_one("#people", FacetPanel)
        orgs = screen.query_one("#orgs", FacetPanel)
        persons = [v for v, _ in people.counts][:3]
        organisations = sorted((v for v, _ in orgs.counts), key=len, reverse=True)[:3]
        people.post_message(FacetPanel.Changed("person", persons))
        orgs.post_message(FacetPanel.Changed("organisation", organisations))
        await settle(pilot)
        row = screen.query_one("#chips")

        def check(width: int, total: int) -> list[str]:
            chips = list(screen.query(".chip"))
            labels = [c.label.plain for c in chips]
            for chip in chips:  # every chip whole, on the line, with its × (or the +N more chip)
                assert chip.region.right <= width and chip.region.y == row.region.y
                assert chip.region.width >= chip.label.cell_length
            filters = [label for label in labels if label.endswith(" ×")]
            assert labels in (filters, [*filters, f"+{total - len(filters)} more"]) and filters
            return labels

        labels = check(NARROW[0], 6)
        assert labels[-1] == "+3 more"  # three long names at their shortest, and the count of the rest
        results = screen.query_one(ResultsList)
        results.focus()
        await pilot.click(screen.query(".chip").first())  # a chip's × removes its filter; the keys stay put
        await settle(pilot)
        assert len(screen.request.persons) + len(screen.request.organisations) == 5
        assert app.focused is results
        await pilot.resize_terminal(100, 30)  # laid out again for the new width
        await settle(pilot)
        assert check(100, 5) != labels
        await pilot.resize_terminal(70, 30)
        await settle(pilot)
        assert check(70, 5)[-1].endswith(" more")
        await pilot.click(screen.query(".chip").last())
        await settle(pilot)
        assert screen.pane == "filters"
        shown = {c.filter_value for c in screen.query(".chip")}
        hidden = [v for v in screen.request.persons + screen.request.organisations if v not in shown]
        assert hidden and all(v in notices[-1] for v in hidden)  # the ones the line could not show, named
        await pilot.resize_terminal(400, 30)  # room for all five
        await settle(pilot)
        assert [c.label.plain for c in screen.query(".chip")][-1].endswith(" ×")
        assert len(screen.query(".chip")) == 5

async def test_a_facet_filter_box_finds_any_value_of_the_results_not_only_the_listed_ones(archive):
    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        screen = app.screen
        panel = screen.query_one("#people", FacetPanel)
        every = dict(panel.counts)
        screen.request = replace(screen.request, facet_limit=3)  # the list holds the three most frequent
        screen.run_search()
        await settle(pilot)
        assert len(panel.counts) == 3
        rare = min(every, key=lambda name: (every[name], name))
        assert rare not in dict(panel.counts)
        await pilot.press("2")
        panel.query_one(Input).focus()
        await pilot.press(*rare.split()[-1].lower())
        await settle(pilot)
        assert (rare, every[rare]) in panel.counts  # found among all the values, with its count
        listed = [panel.selection.get_option_at_index(i).value for i in range(panel.selection.option_count)]
        assert rare in listed and panel.selection.highlighted == 0
        panel.query_one(Input).value = ""
        await settle(pilot)
        assert len(panel.counts) == 3 and panel.selection.highlighted == 0
        panel.selection.highlighted = 2  # on the third name, which the next results no longer have
        panel.show([(name, n) for name, n in every.items() if name != panel.current_value()][:5], [])
        assert panel.selection.highlighted == 0  # a new list starts at its top, not at the old row number
        kept = panel.selection.get_option_at_index(3).value
        panel.selection.highlighted = 3
        panel.show(list(reversed(panel.counts)), [])
        assert panel.current_value() == kept  # a name still there keeps the cursor


async def test_the_footer_leaves_out_keys_that_a_text_box_would_type(archive):
    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)

        def offered() -> set[str]:
            return {b.binding.action for b in app.screen.active_bindings.values() if b.binding.show}

        assert {"focus_search", "cycle_sort", "quit", "help"} <= offered()
        app.screen.query_one("#people FacetPanel Input, #people Input").focus()
        await pilot.pause()
        assert not {"focus_search", "cycle_sort", "filter_person", "quit"} & offered()
        assert "help" in offered()  # f1 still opens it
        await pilot.press("q")
        assert app.is_running and app.focused.value == "q"  # q typed, nothing quit

async def test_o_filters_by_an_organisation_of_the_open_article(archive):
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await open_first(pilot, "NRCC summit")
        await pilot.press("o")
        await settle(pilot)
        [org] = app.screen.request.organisations
        counts = {o.name: len(o.mentions) for o in app.screen.article.organisations}
        assert counts[org] == max(counts.values())  # the one the article names most, not merely the first
        assert all(org in h.organisations for h in app.screen.query_one(ResultsList).hits)


async def test_filters_added_one_after_another_and_searched_with_keep_their_chips(archive):
    """A second filter, a second person picked in the facet list, and a search with filters on each redraw the
    chips (each redraw once crashed the app: the old chips were still there when the new ones came)."""
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await open_first(pilot, "NRCC summit")
        await pilot.press("p")
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        [person], [org] = app.screen.request.persons, app.screen.request.organisations
        chips = [c.label.plain for c in app.screen.query(".chip")]
        assert chips == [f"person: {person} ×", f"org: {org} ×"]
        panel = app.screen.query_one("#people", FacetPanel)
        other = next(v for v, _ in panel.counts if v != person)
        panel.selection.select(other)
        await settle(pilot)
        await type_query(pilot, "summit")
        assert set(app.screen.request.persons) == {person, other}
        assert len(app.screen.query(".chip")) == 3
        assert app.is_running


async def test_facets_filter_by_typing_and_multi_select(archive):
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        panel = app.screen.query_one("#people", FacetPanel)
        panel.query_one(Input).focus()
        await pilot.press(*"kell")
        values = [panel.selection.get_option_at_index(i).value for i in range(panel.selection.option_count)]
        assert values and all("kell" in v.lower() for v in values)
        await pilot.press("enter")  # to the list
        assert isinstance(app.focused, SelectionList)
        await pilot.press("space")
        await settle(pilot)
        assert app.screen.request.persons == (values[0],)
        chip_remove = app.screen.query_one(".chip")
        await pilot.click(chip_remove)
        await settle(pilot)
        assert app.screen.request.persons == ()


async def test_the_facet_cursor_stays_on_the_value_picked_as_the_list_reorders(archive):
    """A picked value moves to the top of its list; the cursor goes with it, so the next space unpicks it rather
    than toggling whichever name slid into its row."""
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        panel = app.screen.query_one("#people", FacetPanel)
        panel.selection.focus()
        await pilot.press("j", "j")
        second = panel.current_value()
        assert second == panel.counts[2][0]
        await pilot.press("space")
        await settle(pilot)
        assert app.screen.request.persons == (second,)
        assert panel.current_value() == second
        # picked is told by the name's own style too, not only by the mark's shade (all NO_COLOR leaves it)
        styles = [str(span.style) for span in panel.selection.get_option_at_index(0).prompt.spans]
        assert any("bold" in st and "italic" in st for st in styles)
        other = panel.selection.get_option_at_index(1).prompt
        assert not any("italic" in str(span.style) for span in other.spans)
        await pilot.press("space")
        await settle(pilot)
        assert app.screen.request.persons == ()


async def test_a_long_facet_name_is_shortened_so_that_its_count_shows(archive):
    """In the 30 columns of the wide layout's Filters pane, `Northern Rivers Cooperation Council (21)` had been cut
    at the list's edge, count and all: the name is shortened instead, and the count stays."""
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        panel = app.screen.query_one("#orgs", FacetPanel)
        room = panel.selection.size.width - 6
        shown = [panel.selection.get_option_at_index(i).prompt.plain for i in range(panel.selection.option_count)]
        assert any(s.split(" (")[0].endswith("…") for s in shown)  # some names are long here
        for plain, (_value, count) in zip(shown, panel.counts):
            assert plain.endswith(f" ({count})") and cell_len(plain) <= room, plain


async def test_a_date_error_wraps_in_the_filters_pane_at_80_columns(archive):
    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await pilot.press("2")
        app.screen.query_one("#date-to", Input).focus()
        await pilot.press(*"/id:15875", "enter")
        await settle(pilot)
        error = app.screen.query_one("#date-error")
        message = str(error.render())
        assert message.rstrip().endswith("today)")
        assert error.region.right <= NARROW[0] and error.region.height >= 2  # wrapped, its end on screen


async def test_the_filters_pane_spends_no_row_on_nothing_at_80x24(archive):
    """At 80x24 the Filters pane has 19 rows for dates, people and organisations: the date boxes and the quick
    ranges share a row, there is no blank row above `Dates`, and the date error has a row only when there is an
    error (each was a person or organisation fewer on screen)."""
    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        screen = app.screen
        boxes, ranges = screen.query_one("#date-from").region, screen.query_one("#range-7d").region
        assert ranges.y == boxes.y and ranges.x > boxes.right
        title = screen.query_one("DateFilter .facet-title").region
        assert title.y == screen.query_one("#filters-pane").region.y
        error = screen.query_one("#date-error")
        assert not error.display
        people = screen.query_one("#people SelectionList").region
        assert people.height >= 5
        screen.query_one("#date-to", Input).focus()
        await pilot.press(*"garbage", "enter")
        await settle(pilot)
        assert error.display and "cannot read the date" in str(error.render())
    async with make_app(archive).run_test(size=WIDE) as pilot:  # the side pane: two rows, as wide as it is
        await settle(pilot)
        screen = pilot.app.screen
        assert screen.query_one("#range-7d").region.y == screen.query_one("#date-from").region.y + 1


async def test_an_empty_date_range_says_where_the_archives_dates_lie(archive):
    """`7d` over a wire archive of 1987 finds nothing: the status says which dates the archive has."""
    first, last = archive.date_span()
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        app.screen.query_one("#date-from", Input).focus()
        await pilot.press(*"2010-01", "tab", *"2010-12", "enter")
        await settle(pilot)
        assert status(app).startswith("0 results")
        assert f"the archive's dates run from {first:%Y-%m-%d} to {last:%Y-%m-%d}" in status(app)
        # a range within the archive's dates where the words find nothing: the words, not the dates, are why
        app.screen.query_one("#date-from", Input).value = f"{first:%Y-%m}"
        app.screen.query_one("#date-to", Input).value = f"{last:%Y-%m}"
        app.screen.set_focus(app.screen.query_one("#date-to", Input))  # (enter went on to the results)
        await pilot.press("enter")
        app.screen.query_one("#query", Input).value = "zzqqxx"
        await settle(pilot)
        assert status(app).startswith("0 results") and "archive's dates" not in status(app)
        app.screen.query_one("#query", Input).value = ""
        app.screen.query_one("#date-to", Input).value = ""
        app.screen.query_one("#date-from", Input).value = ""
        app.screen.set_focus(app.screen.query_one("#date-from", Input))
        await pilot.press("enter")
        await settle(pilot)
        assert "archive's dates" not in status(app)


async def test_filters_that_leave_nothing_say_so_and_not_to_check_the_spelling(archive, tmp_path):
    """Words found, filters leaving none of them: the status says the words alone have results, where it had
    said `check the spelling`; over an archive without a single date, a date range says that no article has
    one (the BBC set has none) and the 30d range is thirty days back, as its label says."""
    from datetime import timedelta

    first, last = archive.date_span()
    dated = {h.date.date() for h in archive.search(SearchRequest(sort="newest", limit=1000)).hits if h.date}
    empty_day = next(d for d in (first.date() + timedelta(days=n) for n in range(1, 400)) if d not in dated)
    assert empty_day < last.date()  # within the archive's dates: no `the archive's dates run from` to explain it
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await type_query(pilot, "treaty")
        alone = app.screen.last_result.total
        assert alone > 1
        app.screen.query_one("#date-from", Input).value = f"{empty_day:%Y-%m-%d}"
        app.screen.query_one("#date-to", Input).value = f"{empty_day:%Y-%m-%d}"
        app.screen.query_one("#date-from", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        text = status(app)
        assert text.startswith("0 results")
        assert f"nothing matches with these filters (the words alone: {alone} results); x to clear filters" in text
        assert "spelling" not in text and "archive's dates" not in text
        # a `date:` of the query language says the same, and where the archive's dates lie
        app.screen.query_one("#date-from", Input).value = ""
        app.screen.query_one("#date-to", Input).value = ""
        app.screen.query_one("#date-from", Input).focus()
        await pilot.press("enter")
        app.screen.query_one("#query", Input).focus()
        await settle(pilot)
        await type_query(pilot, "treaty date:2010")
        text = status(app)
        assert text.startswith("0 results") and "spelling" not in text and "fewer words" not in text
        assert f"nothing matches with these dates (the words alone: {alone} results)" in text
        assert f"the archive's dates run from {first:%Y-%m-%d} to {last:%Y-%m-%d}" in text
    undated = index_one_story(tmp_path / "undated", {"title": "Ferry talks", "body": "The ferry talks resumed."})
    app = make_app(undated)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.click("#range-30d")
        await settle(pilot)
        assert app.screen.query_one("#date-from", Input).value == "30 days ago"
        text = status(app)
        assert text.startswith("0 results") and "no article in this archive has a date" in text
        assert "spelling" not in text
        await pilot.press("x")
        app.screen.query_one("#query", Input).focus()
        await settle(pilot)
        await type_query(pilot, "ferry date:[2004 to 2005]")
        text = status(app)
        assert text.startswith("0 results") and "no article in this archive has a date" in text
        assert "fewer words" not in text and "with these dates (the words alone: 1 result)" in text
    undated.close()


async def test_enter_in_a_date_box_applies_the_range_and_moves_on_to_the_results(archive):
    """Enter in a date box applied the range but left the cursor there: `x` (clear the filters) and a digit
    after it were typed after the date (`1987-04-15x2` and an error). It now goes on to the results, as enter in
    the search box does, so that the next keys are commands, also in one burst; a date that does not read keeps
    the cursor in the box, with the error."""
    from datetime import date

    for size in (NARROW, WIDE):
        app = make_app(archive)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            to_box = app.screen.query_one("#date-to", Input)
            await pilot.press("2", "shift+tab")  # from the People list back to the quick ranges and the boxes
            while app.focused is not to_box:
                await pilot.press("shift+tab")
            await pilot.press(*"2025-06-15", "enter")
            await settle(pilot)
            assert isinstance(app.focused, ResultsList) and app.screen.pane == "results"
            assert app.screen.request.date_to is not None and to_box.value == "2025-06-15"
            assert all(h.date.date() <= date(2025, 6, 15) for h in app.screen.query_one(ResultsList).hits)
            await pilot.press("x")
            await settle(pilot)
            assert app.screen.request.date_to is None and to_box.value == ""
            app.screen.set_focus(to_box)
            burst(app, *"2025-06-15", "enter", "x", "2")
            await settle(pilot)
            assert to_box.value == "" and app.screen.request.date_to is None and app.screen.pane == "filters"
            app.screen.set_focus(to_box)
            await pilot.press(*"garbage", "enter")
            await settle(pilot)
            assert app.focused is to_box and "cannot read the date" in str(app.screen.query_one("#date-error").render())


async def test_date_filter_accepts_months_and_relative_dates(archive):
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        app.screen.query_one("#date-from", Input).focus()
        await pilot.press(*"2025-06", "enter")
        await settle(pilot)
        hits = app.screen.query_one(ResultsList).hits
        assert hits and all(h.date.year == 2025 and h.date.month >= 6 for h in hits)
        assert any("date: 2025-06 to" in c.label.plain for c in app.screen.query(".chip"))
        app.screen.query_one("#date-to", Input).focus()
        await pilot.press(*"garbage", "enter")
        await settle(pilot)
        assert "cannot read the date" in str(app.screen.query_one("#date-error").render())
        await pilot.press("ctrl+u")  # the box cleared: the error about what it held goes with it
        assert "cannot read" not in str(app.screen.query_one("#date-error").render())
        # a box emptied and left without enter applies what the boxes hold: the range goes with the text
        app.screen.query_one("#date-from", Input).focus()
        await pilot.press("ctrl+a", "ctrl+k")
        await settle(pilot)
        assert app.screen.request.date_from is not None  # not yet: the box still has the focus
        app.screen.query_one(ResultsList).focus()
        await settle(pilot)
        assert app.screen.request.date_from is None and app.screen.request.date_to is None
        assert not any("date:" in c.label.plain for c in app.screen.query(".chip"))


async def test_s_cycles_the_sort_order(archive):
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await type_query(pilot, "river")
        await pilot.press("escape")
        assert "best match first" in status(app)
        await pilot.press("s")
        await settle(pilot)
        assert "newest first" in status(app)
        dates = [h.date for h in app.screen.query_one(ResultsList).hits]
        assert dates == sorted(dates, reverse=True)
        await pilot.press("s")
        await settle(pilot)
        assert "oldest first" in status(app)


async def test_help_is_generated_from_the_bindings(archive):
    app = make_app(archive, settings=Settings(keys={"reader.next_quote": "ctrl+n"}))
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        console = Console(width=150, record=True, file=io.StringIO())
        console.print(app.screen.table)
        text = console.export_text()
        for ident in ("search.focus", "reader.next_quote", "filter.person", "app.quit", "nav.back"):
            assert ident in text
        assert "ctrl+n" in text  # the remapped key, not the default
        lines = text.splitlines()
        columns = {line.index(ident) for ident in ("app.quit", "search.focus", "reader.copy", "pane.results")
                   for line in lines if ident in line}
        assert len(columns) == 1  # the ids line up, from one section to the next
        assert [line.split()[0] for line in lines if line.strip()].count("j") == 1  # list.down and reader.down
        assert "last week" in text and "7d 30d 1y all" in text  # the date boxes and quick ranges, explained
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)


async def test_the_reader_jumps_without_animation_and_pages_with_space(archive):
    """Home and End scrolled with an animation (a second in a long article, every frame a screen sent over SSH):
    they jump, as a pager does; space and b page down and up. The help has a footer of its own keys."""
    from textual.widgets import Footer

    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await open_first(pilot, "treaty")
        await pilot.press("3")
        reader = app.screen.query_one(ArticleReader)
        await settle(pilot)
        assert reader.max_scroll_y > reader.size.height  # more than two screens
        # (Pilot waits out animations, so the jump itself is not told from a glide here: no animation at all)
        assert app.animation_level == "none"
        await pilot.press("space")
        await pilot.pause()
        page = reader.scroll_y
        assert page >= reader.size.height - 2
        await pilot.press("end")
        await pilot.pause()
        assert reader.scroll_y == reader.max_scroll_y
        await pilot.press("b")
        await pilot.pause()
        assert reader.scroll_y <= reader.max_scroll_y - reader.size.height + 2
        await pilot.press("home")
        await pilot.pause()
        assert reader.scroll_y == 0
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen) and app.screen.query_one(Footer).screen is app.screen
        shown = {b.binding.description for b in app.screen.active_bindings.values() if b.binding.show}
        assert "Close" in shown and "Quit" not in shown


async def test_help_at_80_columns_puts_the_ids_under_what_the_keys_do(archive):
    """At 80 columns a column of ids left the descriptions 23 columns, and most wrapped: the ids go under them,
    and back beside them when the terminal is widened."""
    def shown(app, width):
        console = Console(width=width, record=True, file=io.StringIO())
        console.print(app.screen.table)
        return console.export_text().splitlines()

    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        lines = shown(app, 68)  # the help box's inside at 80 columns
        said = next(n for n, line in enumerate(lines) if "These keys (f1 from the search box too)" in line)
        assert lines[said + 1].strip() == "app.help"  # the id on the line under it
        assert all(len(line.rstrip()) <= 68 for line in lines)
        await pilot.resize_terminal(*WIDE)
        await settle(pilot)
        wide = shown(app, 140)
        assert any("These keys" in line and line.rstrip().endswith("app.help") for line in wide)
        # the styles' legend on a line of its own under its heading: `search match` wrapped into two at 80 columns
        from textual.widgets import Static

        [styles] = [w for w in app.screen.query(Static) if "Reader styles" in str(w.render())]
        await pilot.resize_terminal(*NARROW)
        await settle(pilot)
        console = Console(width=styles.content_size.width, record=True, file=io.StringIO())
        console.print(styles.render())
        assert any(line.rstrip().endswith("search match") for line in console.export_text().splitlines())


async def test_remapped_key_works(archive):
    app = make_app(archive, settings=Settings(keys={"reader.next_quote": "ctrl+n"}))
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await open_first(pilot, "Kellan treaty")
        await pilot.press("ctrl+n")
        assert app.screen.query_one(ArticleReader).quote_index == 0


async def test_w_lists_what_the_speaker_said_across_the_archive(archive):
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await open_first(pilot, "Kellan treaty")
        reader = app.screen.query_one(ArticleReader)
        while reader.step_quote(1) is not None and reader.current_quote().speaker is None:
            pass
        speaker = reader.current_quote().speaker
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, SpeakerQuotesScreen)
        found = app.screen.found
        assert len(found) >= 2 and all(q.speaker == speaker for q in found)
        listed = app.screen.query_one(OptionList)
        here = [(q.key, q.start) for q in found].index((app.screen.app.screen_stack[-2].article.key,
                                                        reader.current_quote().start))
        assert listed.highlighted == here  # the list opens at the quote being read
        here_key, here_start = found[here].key, found[here].start
        await pilot.press("end" if here == 0 else "home", "enter")
        chosen = found[-1] if here == 0 else found[0]
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert app.screen.article.key == chosen.key
        assert reader.current_quote().start == chosen.start  # opened at the quote chosen, not at the top
        await pilot.press("escape")  # back to the list it was chosen from, at that quote
        await settle(pilot)
        assert isinstance(app.screen, SpeakerQuotesScreen)
        assert app.screen.found[app.screen.query_one(OptionList).highlighted] == chosen
        await pilot.press("escape")  # the list closed: back to the article `w` was pressed in, at its quote
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert chosen.key != here_key  # (the archive's first and last quotes of Kellan: two articles)
        assert app.screen.article.key == here_key and reader.current_quote().start == here_start
        await pilot.press("escape")  # the reader: now esc goes back to the results
        assert isinstance(app.screen, MainScreen) and app.screen.pane == "results"


async def test_w_with_no_quote_stepped_to_lists_the_speaker_on_screen_and_titles_show_once(archive):
    """`w` in an article before `]`: the first quote on screen with a known speaker (it said "Choose a quote
    … first"), the list at that quote; in the list, an article's title heads its first quote, not each."""
    app = make_app(archive)
    notices = record_notices(app)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await open_first(pilot, "Kellan treaty")
        reader = app.screen.query_one(ArticleReader)
        assert reader.quote_index is None
        expected = reader.speaker_on_screen()
        assert expected is not None and expected.speaker
        article = app.screen.article
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, SpeakerQuotesScreen), notices
        assert app.screen.speaker == expected.speaker
        found = app.screen.found
        listed = app.screen.query_one(OptionList)
        assert (found[listed.highlighted].key, found[listed.highlighted].start) == (article.key, expected.start)
        prompts = [str(listed.get_option_at_index(n).prompt) for n in range(len(found))]
        for n, q in enumerate(found):
            headed = one_line(q.title) in prompts[n]
            assert headed == (n == 0 or found[n - 1].key != q.key), (n, prompts[n])
        assert any(found[n - 1].key == found[n].key for n in range(1, len(found)))  # (the case is met)


async def test_the_who_said_list_shows_every_line_of_a_long_quote_beside_its_scrollbar(tmp_path):
    # the rows were measured before the scrollbar took its column: a quote that wrapped once more beside the
    # scrollbar lost its last line (and its closing mark)
    words = "the harbour board will publish every figure it holds before the vote".split()
    paragraphs = [f'"{" ".join((words * 4)[: 6 + n])}," Mara Olsen said.' for n in range(24)]
    archive = index_one_story(tmp_path, {"id": "olsen-1", "title": "Harbour board figures",
                                         "date": "2025-03-04", "body": "\n\n".join(paragraphs)})
    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        app.push_screen(SpeakerQuotesScreen("Mara Olsen"))
        await settle(pilot)
        quotes = app.screen.query_one(OptionList)
        assert quotes.option_count == 24 and quotes.show_vertical_scrollbar
        width = quotes.scrollable_content_region.width
        console = Console(width=width)
        for n in range(quotes.option_count):
            prompt = quotes.get_option_at_index(n).prompt
            lines = prompt.wrap(console, width)
            assert quotes._line_cache.heights[n] == len(lines), (n, lines.plain if hasattr(lines, "plain") else lines)
    archive.close()

async def test_a_facet_highlight_that_arrives_after_its_list_was_redrawn_does_not_crash(archive):
    """Toggling the date ranges quickly redrew the facet lists while a highlight of the old list was on its way:
    Textual's handler looked up a row that no longer existed and the app died with a traceback."""
    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        facet = app.screen.query_one("#people", FacetPanel)
        assert facet.selection.option_count >= 3
        facet.selection.highlighted = 2  # its message is queued...
        facet.selection.clear_options()  # ...and the list redrawn empty before it is handled
        await pilot.pause()
        await settle(pilot)
        assert app.is_running and app.return_code is None
        facet.show(facet.counts, [])
        assert facet.selection.option_count == len(facet.counts)


async def test_y_copies_the_quote_in_view_with_its_speaker_and_article(archive):
    app = make_app(archive)
    notices = record_notices(app)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await type_query(pilot, "zzqqxx")
        await pilot.press("enter", "y")  # no result, no article
        assert notices[-1] == "Open an article or choose a result first"
        await type_query(pilot, "Kellan treaty")
        await pilot.press("enter")  # to the results: y there copies the highlighted result's reference
        hit = app.screen.query_one(ResultsList).current()
        await pilot.press("y")
        assert app.clipboard == cite_article(hit.title, hit.source, date_text(hit.date, hit.partial_date), hit.id,
                                             hit.url)
        await pilot.press("enter")
        await settle(pilot)
        article = app.screen.article
        await pilot.press("y")  # the article open, no quote chosen yet: its reference
        assert app.clipboard.startswith(f"“{article.title}”") and article.id in app.clipboard
        reader = app.screen.query_one(ArticleReader)
        while reader.step_quote(1) is not None and reader.current_quote().speaker is None:
            pass
        quote = reader.current_quote()
        await pilot.press("y")
        assert app.clipboard.startswith(f"“{quote_line(quote.text)}” — {quote.speaker}, in “{article.title}”")
        assert app.clipboard.endswith(f"[{article.id}] {article.url}" if article.url else f"[{article.id}]")
        # said on the line under the reader, before where the reader is: no toast over the reader's last lines
        told = len(notices)
        ruler = str(app.screen.query_one("#reader-ruler").render())
        assert ruler.startswith(f"Copied the quote of {quote.speaker} · ")
        assert len(notices) == told
        await pilot.press("4", "j", "j")  # the Quotes list's cursor on the second quote: that one
        second = article.quotes[1]
        await pilot.press("y")
        assert app.clipboard.startswith(f"“{quote_line(second.text)}”")
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, SpeakerQuotesScreen)
        found = app.screen.found[app.screen.query_one(OptionList).highlighted]
        assert (found.key, found.start) == (article.key, second.start)  # the list opens at that quote
        await pilot.press("y")
        assert app.clipboard.startswith(f"“{quote_line(found.text)}” — {found.speaker}, in “{found.title}”")
        assert found.article_id in app.clipboard
        await pilot.press("escape")
        await settle(pilot)
        await type_query(pilot, "dockers terminal")  # a story whose source gave its web address
        await pilot.press("enter")
        hit = app.screen.query_one(ResultsList).current()
        await pilot.press("y")
        assert hit.url.startswith("https://") and app.clipboard.endswith(f"[{hit.id}] {hit.url}")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("right_square_bracket", "y")
        assert app.clipboard.endswith(f"[{hit.id}] {hit.url}") and " — " in app.clipboard  # a quote, and where


async def test_a_quote_deep_in_a_paragraph_longer_than_the_screen_is_scrolled_into_view(tmp_path):
    """`]` and `n` bring the line of the quote or the match on screen, not only its paragraph's first line."""
    filler = " ".join(f"The committee met on day {n} and adjourned without a vote." for n in range(60))
    body = ("Opening paragraph.\n\n" + filler + ' Later, Mara Velde said: "The zanzibarquote ends here." '
            + filler + "\n\nClosing paragraph.")
    archive = index_one_story(tmp_path, {"id": "long-1", "title": "A long paragraph", "date": "2024-05-01",
                                         "body": body})
    try:
        app = make_app(archive)
        async with app.run_test(size=NARROW) as pilot:
            await settle(pilot)
            await open_first(pilot, "zanzibarquote")
            reader = app.screen.query_one(ArticleReader)
            # the word in the search box, and in the reader once it is on screen (far below its first screenful)
            assert app.export_screenshot().count("zanzibarquote") == 1
            await pilot.press("right_square_bracket")
            await settle(pilot)
            assert "zanzibarquote" in reader.current_quote().text
            assert app.export_screenshot().count("zanzibarquote") == 2
            reader.scroll_home(animate=False)
            await settle(pilot)
            assert app.export_screenshot().count("zanzibarquote") == 1
            await pilot.press("n")
            await settle(pilot)
            assert app.export_screenshot().count("zanzibarquote") == 2
    finally:
        archive.close()


def _harbour_story(tmp_path, key: str, early_quote: str, deep_quote: str):
    """An index of one 40-paragraph story (blocks enough to scroll) with a quote in paragraph 5 and one in 30."""
    paras = [f"Paragraph {n}: the harbour board met again and adjourned without a vote on the ferries." * 3
             for n in range(40)]
    paras[5] += f' Mara Velde said: "{early_quote}"'
    paras[30] += f' Jon Dalby said: "{deep_quote}"'
    return index_one_story(tmp_path, {"id": key, "title": "A long story", "date": "2024-05-01",
                                      "body": "\n\n".join(paras)})


async def test_a_quote_chosen_in_the_quotes_tab_at_80x24_is_where_the_reader_opens(tmp_path):
    """At 80x24 the reader is a tab, hidden while the Quotes list is: the quote chosen there must be on screen,
    reversed, when the reader's tab comes up (it was scrolled at no width, to far past the article's end)."""
    archive = _harbour_story(tmp_path, "long-2", "The first quote is early.", "The zanzibarquote is deep in the story.")
    try:
        app = make_app(archive)
        async with app.run_test(size=NARROW) as pilot:
            await settle(pilot)
            await open_first(pilot, "harbour")
            await pilot.press("4")
            quotes = app.screen.query_one(QuoteList)
            await pilot.press("j", "j", "enter")  # the second quote
            await settle(pilot)
            reader = app.screen.query_one(ArticleReader)
            assert app.screen.pane == "reader" and "zanzibarquote" in reader.current_quote().text
            assert quotes.highlighted == 1
            assert "zanzibarquote" in app.export_screenshot()
    finally:
        archive.close()


def _styles_by_offset(text) -> list:
    """The style of every character of a Text, as the screen shows it (spans in any order, combined)."""
    console = Console(width=200)
    return [text.get_style_at_offset(console, i) for i in range(len(text))]


async def test_n_and_quote_steps_redraw_only_the_blocks_they_change_and_show_what_a_full_redraw_would(tmp_path):
    archive = _harbour_story(tmp_path, "long-3", "The harbour stays open.", "The harbour board must vote.")
    try:
        app = make_app(archive)
        async with app.run_test(size=WIDE) as pilot:
            await settle(pilot)
            await open_first(pilot, "ferries")
            reader = app.screen.query_one(ArticleReader)
            blocks = list(reader.query(".para"))
            assert len(blocks) > 3 and reader.match_count > 3
            updated = []
            for block in blocks:
                block.update = lambda content, block=block, update=block.update, **kw: (updated.append(block),
                                                                                          update(content, **kw))
            for key in ("n", "n", "N", "N", "N", "right_square_bracket", "right_square_bracket", "n"):
                updated.clear()
                await pilot.press(key)
                assert 0 < len(updated) <= 2  # the block that had the current mark, the one that has it now
                current = reader._matches[reader.match_index] if reader.match_index is not None else None
                full = article_text(reader.article, reader.terms, reader.quote_index, current)
                for block, (start, end) in zip(blocks, reader._paras):
                    assert _styles_by_offset(block.content) == _styles_by_offset(full[start:end])
    finally:
        archive.close()


async def test_at_80x24_typing_a_search_over_the_reader_shows_its_results(archive):
    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await open_first(pilot, "Kellan treaty")
        assert app.screen.pane == "reader"
        await pilot.press("slash", *"river")
        await settle(pilot)
        assert app.screen.pane == "results" and app.focused is app.screen.query_one("#query", Input)
        assert app.screen.query_one("#results-pane").display


async def test_a_scroll_asked_for_while_the_reader_was_hidden_is_not_done_in_the_next_article(archive):
    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await open_first(pilot, "Kellan treaty")
        await pilot.press("4", "right_square_bracket", "right_square_bracket")  # the reader hidden behind Quotes
        reader = app.screen.query_one(ArticleReader)
        first = reader.article.key
        await pilot.press("1", "j", "enter")  # another article
        await settle(pilot)
        assert reader.article.key != first and reader.scroll_y == 0


async def test_narrow_screen_has_every_pane_as_a_tab(archive):
    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        screen = app.screen
        assert screen.narrow and screen.query_one("#results-pane").display
        assert not screen.query_one("#filters-pane").display
        await pilot.press("2")
        assert screen.pane == "filters" and screen.query_one("#filters-pane").display
        assert not screen.query_one("#results-pane").display
        await pilot.press("escape")
        assert screen.pane == "results"
        await pilot.press("tab")
        assert screen.pane == "filters" and app.focused is screen.query_one("#people", FacetPanel).selection
        await pilot.press("3")  # a key, not a digit typed into a box
        assert screen.pane == "reader"
        await pilot.press("2")
        # tab and shift+tab go through the Filters pane's widgets (each date box, the ranges, both facet
        # lists), then on to the next pane
        seen = []
        while app.focused is not screen.query_one("#date-from", Input):
            await pilot.press("shift+tab")
            seen.append(app.focused)
        assert screen.pane == "filters" and screen.query_one("#date-to", Input) in seen
        while screen.pane == "filters":
            seen.append(app.focused)
            await pilot.press("tab")
        assert {panel.selection for panel in screen.query(FacetPanel)} <= set(seen)
        assert screen.pane == "reader"
        await pilot.press("tab")
        assert screen.pane == "quotes" and screen.query_one("#quotes-pane").display
        await pilot.press("shift+tab", "shift+tab")
        assert screen.pane == "filters"


async def test_two_pane_keys_pressed_at_once_settle_on_the_second_without_a_tab_ping_pong(archive):
    # Over SSH two keys often arrive in one read (`3` `4`, or `1987-03` typed outside a date box): the tab bar's
    # note that the first pane was shown arrives after the second key, and must not switch back to it (which
    # set the tab again, whose note switched forward again: a loop at full CPU)
    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        screen = app.screen
        applied = []
        apply = screen._apply_pane
        screen._apply_pane = lambda: (applied.append(screen.pane), apply())[1]
        screen.action_pane("reader")  # both keys handled before any message the first one caused
        screen.action_pane("quotes")
        for _ in range(20):
            await pilot.pause()
        assert screen.pane == "quotes" and screen.query_one("#quotes-pane").display
        assert screen.query_one(Tabs).active == "tab-quotes"
        assert len(applied) <= 4, applied
        await pilot.click("#tab-filters")  # a click on a tab is not stale: it still shows its pane
        await pilot.pause()
        assert screen.pane == "filters" and screen.query_one("#filters-pane").display

async def test_narrow_screen_filters_by_a_facet_with_the_keyboard_alone(archive):
    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        screen = app.screen
        panel = screen.query_one("#people", FacetPanel)
        await pilot.press("2")
        while app.focused is not panel.selection:
            await pilot.press("tab")
        assert screen.pane == "filters" and panel.selection.region.width > 40  # the pane's whole width
        person, count = panel.counts[0]
        await pilot.press("space")
        await settle(pilot)
        assert screen.request.persons == (person,) and status(app).startswith(f"{count} result")


async def test_wide_screen_shows_all_panes_and_tab_moves_focus(archive):
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert not screen.narrow
        for pane in ("#filters-pane", "#results-pane", "#reader-pane", "#quotes-pane"):
            assert screen.query_one(pane).display
        before = app.focused
        await pilot.press("tab")
        assert app.focused is not before


async def test_escape_goes_back_from_the_reader(archive):
    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await open_first(pilot, "river")
        assert app.screen.pane == "reader"
        await pilot.press("escape")
        assert app.screen.pane == "results" and isinstance(app.focused, ResultsList)


async def test_command_palette_opens_with_ctrl_p_and_colon(archive):
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press("escape")
        await pilot.press("colon")
        assert isinstance(app.screen, CommandPalette)


async def test_an_action_chosen_in_the_command_palette_runs_on_the_main_screen(archive):
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert "newest first" in status(app)
        await pilot.press("colon", *"sort: best")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen) and "oldest first" in status(app)


async def test_q_quits(archive):
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0 or app._exit_renderables is not None or not app.is_running


async def test_light_theme_from_settings(archive):
    app = make_app(archive, settings=Settings(theme="light"))
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert app.theme == "textual-light"


def _contrast(one, other) -> float:
    """WCAG 2 contrast ratio of two (r, g, b) colours."""
    def luminance(rgb) -> float:
        linear = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in (c / 255 for c in rgb)]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _drawn(widget) -> list[tuple[str, tuple, tuple, object]]:
    """(text, foreground, background, style) of each piece of a widget as the app draws it: its lines through
    Textual's filters, which turn the reader's ANSI colours (`green`) into the theme's RGB."""
    from textual.geometry import Region

    pieces = []
    for strip in widget.render_lines(Region(0, 0, widget.size.width, widget.size.height)):
        for seg in strip:
            style = seg.style
            if not seg.text.strip() or style is None or style.color is None or style.bgcolor is None:
                continue
            fg, bg = tuple(style.color.get_truecolor()), tuple(style.bgcolor.get_truecolor())
            pieces.append((seg.text, *((bg, fg) if style.reverse else (fg, bg)), style))
    return pieces


async def test_the_light_theme_draws_quotes_the_readers_styles_and_footer_keys_at_4_5_to_1(archive):
    """Quote text in the light theme was green on light grey at 3.2:1 (the speaker's yellow 2.1:1, people's cyan
    3.3:1) and the footer's keys blue at 2.9:1; WCAG asks 4.5:1 of text. The colours are taken from what the app
    draws: the reader's paragraphs and legend, the current quote, the Quotes list and the who-said list (their
    cursor rows too, focused or not: the quote's green on the dark blue cursor was 2.4:1) and the footer."""
    app = make_app(archive, settings=Settings(theme="light"))
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await open_first(pilot, "Kellan treaty")
        await pilot.press("right_square_bracket")  # a current quote, reversed
        await settle(pilot)
        article = app.screen.article
        low = []

        def check(where: str, pieces) -> None:
            for text, fg, bg, _style in pieces:
                if _contrast(fg, bg) < 4.5:
                    low.append((where, text, fg, bg, round(_contrast(fg, bg), 2)))

        # the legend shows each style of the reader once, by its label
        legend = {text.strip(): piece for text, *piece in _drawn(app.screen.query_one("#reader-head"))}
        for _name, label in LEGEND:
            assert label in legend, label
            check("legend", [(label, *legend[label])])
        paragraphs = [piece for para in app.screen.query(".para") for piece in _drawn(para)]
        quoted = [p for p in paragraphs if p[3].italic]  # quote text, the current quote among it
        assert any(p[3].reverse for p in quoted) and any(not p[3].reverse for p in quoted)
        assert any(p[0].strip() in article.quotes[0].text for p in quoted)
        check("reader", paragraphs)
        keys = [piece for key in app.screen.query("FooterKey") for piece in _drawn(key) if piece[3].bold]
        assert {"/", "]"} <= {text.strip() for text, *_ in keys}  # the footer's keys (bold), as drawn
        check("footer keys", keys)
        check("footer", [piece for key in app.screen.query("FooterKey") for piece in _drawn(key)])
        quotes = app.screen.query_one(QuoteList)
        assert quotes.highlighted == 0 and not quotes.has_focus
        check("quotes list", _drawn(quotes))
        await pilot.press("4")
        await settle(pilot)
        assert quotes.has_focus
        check("quotes list, focused", _drawn(quotes))
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, SpeakerQuotesScreen)
        said = app.screen.query_one("#speaker-quotes")
        assert said.has_focus and said.highlighted is not None
        said_quotes = [piece for piece in _drawn(said) if piece[3].italic]  # its quotes (dim dates aside)
        assert said_quotes
        check("who said, focused", said_quotes)
        check("who said footer", [piece for key in app.screen.query("FooterKey") for piece in _drawn(key)])
        assert not low, low


async def test_hostile_article_text_stays_inert_in_every_pane(tmp_path):
    from search_index import ArchiveIndex, index_sources

    src = tmp_path / "src"
    src.mkdir()
    title = "[bold red]Alarm[/] \x1b]0;pwned\x07 $HOME [@click=app.quit]x[/]"
    body = ('Valdorian Foreign Minister Arvid Kellan spoke. "We [link=http://x]click[/link] \x1b[2J now," '
            "Kellan said. \u202eevil\u202c")
    (src / "hostile.jsonl").write_text(__import__("json").dumps({"id": "hostile-001", "title": title, "body": body}))
    archive = ArchiveIndex(str(tmp_path / "ix"), create=True)
    index_sources(archive, [str(src)])
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        hits = app.screen.query_one(ResultsList)
        shown = hits.get_option_at_index(0).prompt.plain
        assert "[bold red]Alarm[/]" in shown and "[@click=app.quit]" in shown  # literal, not markup
        assert "\x1b" not in shown and "\u241b" in shown
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen.query_one(ArticleReader)
        text = "".join(w.render().plain for w in reader.query(".para"))
        assert "[link=http://x]click[/link]" in text and "\x1b" not in text and "\u202e" not in text
        quote = app.screen.query_one(QuoteList).get_option_at_index(0).prompt.plain
        assert "[link=http://x]" in quote and "\x1b" not in quote
        await pilot.press("o")  # no organisation here: a warning, not a crash
        await settle(pilot)
        assert app.is_running
    archive.close()


async def test_more_results_load_as_the_cursor_nears_the_end(archive):
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        results = app.screen.query_one(ResultsList)
        assert len(results.hits) == PAGE < results.total
        results.focus()
        for _ in range(PAGE):
            await pilot.press("j")
        await settle(pilot)
        assert len(results.hits) > PAGE
        assert len({h.key for h in results.hits}) == len(results.hits)  # no page twice


async def test_config_problems_are_told_once_the_app_is_up_as_plain_text(archive):
    problem = "config.toml: unknown key id 'reader.nope' [bold]\x1b]0;title\x07"
    app = make_app(archive, settings=Settings(problems=[problem]))
    shown = record_notices(app)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert len(shown) == 1 and "[bold]" in shown[0] and "\x1b" not in shown[0]


def test_chips_share_their_room_the_short_names_whole_the_long_ones_shortened_alike():
    from tui.widgets.search_bar import CHIP_EXTRA_CELLS, CHIP_MIN_CELLS, chip_layout, chip_name_cells

    filters = [("person", "Ann Lee", "person: Ann Lee"), ("organisation", "A" * 50, "org: " + "A" * 50),
               ("organisation", "B" * 40, "org: " + "B" * 40)]
    fixed = len("person: ") + 2 * len("org: ") + 3 * CHIP_EXTRA_CELLS
    assert chip_name_cells(filters, fixed + 7 + 50 + 40) == [7, 50, 40]  # room for all: nothing shortened
    assert chip_name_cells(filters, fixed + 7 + 40) == [7, 20, 20]  # the two long ones share what is left
    assert chip_name_cells(filters, 10) == [7, CHIP_MIN_CELLS, CHIP_MIN_CELLS]  # never below the minimum
    dated = [*filters, ("date", "", "date: 2025-06-01 to 2025-06-30")]
    assert chip_name_cells(dated, fixed + CHIP_EXTRA_CELLS + 30 + 7 + 40)[3] == 30  # a date is never cut
    assert chip_name_cells(dated, fixed + CHIP_EXTRA_CELLS + 30 + 7 + 40)[1:3] == [20, 20]
    assert chip_layout(filters, fixed + 7 + 2 * CHIP_MIN_CELLS) == [7, CHIP_MIN_CELLS, CHIP_MIN_CELLS]
    more = len("+1 more") + CHIP_EXTRA_CELLS - 2  # the last chip no longer fits: it is counted in `+1 more`
    assert chip_layout(filters, fixed + 7 + 2 * CHIP_MIN_CELLS - 1) == [7, 10 + 2 * CHIP_MIN_CELLS - 1 - more]


def test_a_chip_keeps_its_kind_and_shortens_only_a_long_name():
    from tui.widgets.search_bar import CHIP_CELLS, chip_text

    assert chip_text("org: Northern Rivers Cooperation Council", "Northern Rivers Cooperation Council").plain == \
        "org: Northern Rivers Cooperation Council"
    long = "Valdorian " * 8
    shown = chip_text(f"person: {long}", long).plain
    assert shown.startswith("person: Valdorian") and shown.endswith("…") and cell_len(shown) == 8 + CHIP_CELLS


async def test_results_with_the_same_title_show_their_ids_and_the_others_do_not(archive):
    """The same wire story filed twice looked like one result shown twice: rows whose title the list holds more
    than once show their ids, also when the second comes with a later page."""
    from search_index.results import Hit, Snippet

    def hit(ident, title):
        return Hit(id=ident, key=ident, title=title, date=None, partial_date="", source="Wire", place="",
                   score=0.0, snippet=Snippet("text", []))

    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        results = app.screen.query_one(ResultsList)
        results.show([hit("tass-1", "Talks resume"), hit("tass-2", "Talks resume"), hit("tass-3", "Port opens")], 4)
        results.extend([hit("tass-4", "Port opens")])
        await pilot.pause()
        rows = [results.get_option_at_index(n).prompt.plain for n in range(4)]
        assert [f"tass-{n}" in row for n, row in enumerate(rows, 1)] == [True] * 4
        results.show([hit("tass-1", "Talks resume"), hit("tass-3", "Port opens")], 2)
        assert not any("tass-" in results.get_option_at_index(n).prompt.plain for n in range(2))


async def test_a_facet_value_not_picked_has_an_empty_box_so_that_no_colour_is_needed_to_tell(archive):
    """Textual draws `▐X▌` for every value and tells picked from not by colour alone: without colour every value
    looked picked. A value not picked has an empty box."""
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        selection = app.screen.query_one("#people", FacetPanel).selection
        selection.select(selection.get_option_at_index(0).value)
        await settle(pilot)
        rows = [selection.render_line(y).text for y in range(min(4, selection.option_count))]
        picked = [row for row in rows if row.startswith("▐X▌ ")]
        assert len(picked) == 1 and picked[0][4:].startswith(selection.selected[0])
        assert len(rows) > 1 and all(row.startswith("▐ ▌ ") for row in rows if row not in picked)


async def test_n_after_scrolling_away_goes_on_from_the_screen_not_from_the_last_match_visited(archive):
    """End (or page keys, or the mouse) and then `n`: the first match on or below the screen's top, as in a
    pager; it jumped back up to the match after the last one visited."""
    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await open_first(pilot, "water")
        reader = app.screen.query_one(ArticleReader)
        await pilot.press("n", "n")
        assert reader.match_index == 1 and reader.match_count >= 4
        reader.scroll_end(animate=False)
        await settle(pilot)
        top = round(reader.scroll_y)
        below = [i for i, (s, _e) in enumerate(reader._matches) if reader._y_of(s) >= top]
        expected = below[0] if below else 0
        assert expected != 2  # what stepping on from the last match visited gives
        await pilot.press("n")
        assert reader.match_index == expected
        reader.scroll_home(animate=False)
        await settle(pilot)
        bottom = round(reader.scroll_y) + reader.scrollable_content_region.height
        above = [i for i, (s, _e) in enumerate(reader._matches) if reader._y_of(s) < bottom]
        await pilot.press("N")
        assert reader.match_index == above[-1] and above[-1] != expected - 1
        await pilot.press("n")  # the current match on screen: the next one, as before
        assert reader.match_index == (above[-1] + 1) % reader.match_count


async def test_the_first_n_after_a_quote_step_goes_on_from_the_screen(archive):
    """`]` to a quote halfway down, then the first `n`: the first match on or below the screen's top, where it
    went back up to the article's first match, off the screen (`match 1 of 6 · quote 2 of 6 · 24%`)."""
    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await open_first(pilot, "water")
        reader = app.screen.query_one(ArticleReader)
        await pilot.press("3")
        steps = 0
        while round(reader.scroll_y) == 0 and steps < len(reader.article.quotes):
            await pilot.press("right_square_bracket")
            await settle(pilot)
            steps += 1
        top = round(reader.scroll_y)
        assert top > 0 and reader.match_index is None
        below = [i for i, (s, _e) in enumerate(reader._matches) if reader._y_of(s) >= top]
        assert below and below[0] > 0
        await pilot.press("n")
        assert reader.match_index == below[0]
        # and from another tab, which `n` switches to the reader before stepping
        reader.match_index = None
        await pilot.press("4", "n")
        await settle(pilot)
        assert reader.match_index == below[0]


async def test_the_quote_stepped_to_stays_in_view_across_a_resize(tmp_path):
    """A resize wraps the lines above the quote anew: the quote's first lines had left the top of the reader
    (`that is often in direct competition…` at 100x30). The quote stepped to stays in view; a scroll by hand
    since then is left as it is."""
    filler = " ".join(["The ferry board met for a long time and talked about the river and its tolls."] * 12)
    body = "\n\n".join([filler] * 6 + ['"We will not sign the river away," Arvid Kellan said.'] + [filler] * 6)
    archive = index_one_story(tmp_path, {"id": "s1", "title": "Ferry talks", "date": "2024-05-01", "body": body})
    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen.query_one(ArticleReader)
        await pilot.press("3", "right_square_bracket")
        await settle(pilot)
        assert round(reader.scroll_y) > 0
        start = reader.current_quote().start
        for size in ((100, 30), (200, 50), NARROW):
            await pilot.resize_terminal(*size)
            await settle(pilot)
            top = round(reader.scroll_y)
            assert top <= reader._y_of(start) < top + reader.scrollable_content_region.height, size
        await pilot.press("end")
        await settle(pilot)
        await pilot.resize_terminal(100, 30)
        await settle(pilot)
        assert reader.scroll_y == reader.max_scroll_y  # scrolled by hand to the end: no jump back to the quote
    archive.close()


async def test_p_on_a_quote_filters_by_the_speaker_as_the_people_list_counts_him(tmp_path):
    """The story calls him Darius Keaton, the archive counts him under Darius N. Keaton: `p` on his quote ticks
    the name the People list shows, with its three stories, not a name of its own with none."""
    import json

    from search_index import ArchiveIndex, index_sources

    (tmp_path / "src").mkdir()
    records = [
        {"id": "a1", "title": "Rates", "date": "2024-05-01",
         "body": "Treasury adviser Darius N. Keaton said rates would rise. Keaton spoke in Dunmore."},
        {"id": "a2", "title": "Bonds", "date": "2024-05-02", "body": "Darius N. Keaton met bankers on Friday."},
        {"id": "a3", "title": "Talks", "date": "2024-05-03", "body": 'Darius Keaton said: "Rates will rise."'}]
    (tmp_path / "src" / "s.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    archive = ArchiveIndex(str(tmp_path / "ix"), create=True)
    index_sources(archive, [str(tmp_path / "src")])
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await open_first(pilot, "title:talks")
        assert app.screen.article.title == "Talks"
        await pilot.press("right_square_bracket", "p")
        await settle(pilot)
        assert app.screen.request.persons == ("Darius N. Keaton",)
        # said on the line under the reader, where a toast would have covered the reader's last lines
        assert str(app.screen.query_one("#reader-ruler").render()).startswith(
            "Filtered by person: Darius N. Keaton · ")
        assert status(app).startswith("1 result")  # the story searched for, which the filter keeps
        assert archive.search(replace(app.screen.request, query="")).total == 3
        # and `w` heads the list with that name too, where it had said `What Darius Keaton said`
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, SpeakerQuotesScreen) and app.screen.speaker == "Darius N. Keaton"
        assert [q.title for q in app.screen.found] == ["Talks"]
    archive.close()


async def test_a_speaker_is_named_as_the_archive_counts_him_in_the_quotes_pane_who_said_and_a_copy(tmp_path):
    """The Quotes pane said `Reagan — …` for a story that never says Ronald, the who-said list was headed `What
    Paul A Volcker said` over quotes labelled `Paul Volcker`: one person, one name, the one the People list
    counts him under, in the pane, in the list's quotes and heading, and in the line `y` copies."""
    records = [
        {"id": "a1", "title": "Rates", "date": "2024-05-01",
         "body": 'Treasury adviser Darius N. Keaton said: "Rates will rise." Keaton spoke in Dunmore.'},
        {"id": "a2", "title": "Bonds", "date": "2024-05-02", "body": "Darius N. Keaton met bankers on Friday."},
        {"id": "a3", "title": "Talks", "date": "2024-05-03", "body": 'Darius Keaton said: "Rates will stay."'}]
    archive = index_stories(tmp_path, records)
    app = make_app(archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await open_first(pilot, "title:talks")
        assert [q.speaker for q in app.screen.article.quotes] == ["Darius Keaton"]  # (the story's own form)
        quotes = app.screen.query_one(QuoteList)
        assert str(quotes.get_option_at_index(0).prompt).startswith("Darius N. Keaton — Rates will stay.")
        await pilot.press("right_square_bracket", "y")
        await settle(pilot)
        assert "” — Darius N. Keaton, in “Talks”" in app.clipboard
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, SpeakerQuotesScreen)
        assert str(app.screen.query_one("#speaker-title").render()) == "What Darius N. Keaton said"
        assert [(q.title, q.speaker) for q in app.screen.found] == [("Talks", "Darius N. Keaton"),
                                                                     ("Rates", "Darius N. Keaton")]
        await pilot.press("y")
        assert "” — Darius N. Keaton, in “Talks”" in app.clipboard
    archive.close()


async def test_a_filter_added_while_the_index_cannot_be_read_keeps_the_name_as_given(archive, monkeypatch):
    from search_index import IndexProblem

    app = make_app(archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)

        def unreadable(*_args):
            raise IndexProblem("the index at /nowhere is gone")

        monkeypatch.setattr(archive, "facet_aliases", unreadable)
        app.screen.add_filter("person", "Arvid Kellan")
        assert app.screen.request.persons == ("Arvid Kellan",)
        monkeypatch.undo()
        await settle(pilot)


async def test_a_wheel_notch_scrolls_the_reader_as_far_as_any_scrolling_pane():
    # (the reader forgets the quote stepped to when scrolled by hand; its wheel handler had also run Textual's
    # own, which runs anyway, and a notch went twice as far)
    from textual import events
    from textual.app import App
    from textual.containers import VerticalScroll
    from textual.widgets import Static

    class Pane(App):
        def __init__(self, kind):
            super().__init__()
            self.kind = kind

        def compose(self):
            with self.kind(id="pane"):
                yield Static("\n".join(f"line {n}" for n in range(300)))

    moved = {}
    for kind in (VerticalScroll, ArticleReader):
        app = Pane(kind)
        async with app.run_test(size=(40, 10)) as pilot:
            pane = app.query_one("#pane")
            await pilot.pause()
            pane.post_message(events.MouseScrollDown(pane, 1, 1, 0, 0, 0, False, False, False))
            await pilot.pause()
            await pilot.pause()
            moved[kind] = pane.scroll_y
    assert moved[VerticalScroll] > 0
    assert moved[ArticleReader] == moved[VerticalScroll]
