"""Article text that must stay text: markup, escape sequences, bidi overrides, invisible and wide characters are
shown literally and inertly by every command and every pane, with columns still aligned."""

from __future__ import annotations

import io
import json

import pytest
from rich.cells import cell_len
from rich.console import Console

from search_index import ArchiveIndex, SearchRequest, index_sources
from search_index.textclean import safe_name, terminal_safe
from tui.app import DatelineApp
from tui.cli import main
from tui.screens.help import HelpScreen
from tui.screens.main import MainScreen
from tui.screens.speaker import SpeakerQuotesScreen
from tui.widgets.filters import FacetPanel
from tui.widgets.quotes import QuoteList
from tui.widgets.reader import ArticleReader
from tui.widgets.results import ResultsList

from .app_support import index_one_story, record_notices, settle
from .hostile_support import BODY, BODY_LITERALS, LITERALS, PERSON, RECORD, SOURCE, TITLE, assert_inert, write_hostile


@pytest.fixture(scope="module")
def hostile_index(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile-text")
    src = base / "src"
    write_hostile(src)
    archive = ArchiveIndex(str(base / "ix"), create=True)
    summary = index_sources(archive, [str(src)])
    assert summary.added == 1 and not summary.problems
    archive.close()
    return src, str(base / "ix")


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


# --- terminal_safe itself -------------------------------------------------------------------------------------

@pytest.mark.parametrize("char", [
    "\x1b", "\x07", "\x08", "\x0d", "\x7f", "\x9b", "\x9d", "\x85", "\u202e", "\u202d", "\u2066", "\u2067",
    "\u2068", "\u2069", "\u200e", "\u200f", "\u061c", "\ufeff", "\ufff9", "\U000e0041", "\u2028", "\u2029",
    "\ud800", "\u200d", "\ufe0f",
])
def test_terminal_safe_replaces_every_dangerous_character_one_for_one(char):
    text = f"a{char}b"
    safe = terminal_safe(text)
    assert len(safe) == len(text) and safe[0] == "a" and safe[2] == "b"
    assert safe[1] != char
    safe.encode("utf-8")  # printable: no lone surrogate survives


def test_terminal_safe_keeps_ordinary_text_and_marks():
    text = "Zoë e\u0301 中文 📰 a\u200bb \u00adsoft ´ [bold] $x"
    assert terminal_safe(text) == text


def test_safe_name_shows_newlines_and_tabs_in_file_names():
    assert safe_name("a\nb\tc\x1b") == "a\u240ab\u2409c\u241b"


# --- the command line ---------------------------------------------------------------------------------------

def test_search_shows_markup_literally_and_no_controls(hostile_index, capsys):
    _src, ix = hostile_index
    code, out, _ = run(capsys, "search", "river", "--index", ix)
    assert code == 0
    for literal in LITERALS:
        assert literal in out
    assert "\u241b]0;pwned" in out  # the escape made visible, not sent
    assert_inert(out)


def test_search_facets_show_a_hostile_source_inertly(hostile_index, capsys):
    _src, ix = hostile_index
    _code, out, _ = run(capsys, "search", "river", "--index", ix)
    assert "Sources: [link=http://evil.example]Wire[/link]\u241b[2J (1)" in out


def test_show_prints_every_field_inertly(hostile_index, capsys):
    _src, ix = hostile_index
    code, out, _ = run(capsys, "show", "hostile-001", "--index", ix)
    assert code == 0
    for literal in LITERALS + BODY_LITERALS:
        assert literal in out
    assert "\u241b[5mBlink" in out and "\u241b]52;c;" in out
    assert_inert(out)


def test_show_wraps_wide_text_by_cells(hostile_index, capsys, tmp_path):
    body = "中文新闻报道。" * 60 + "\n\n" + "📰 " * 80
    (tmp_path / "wide.jsonl").write_text(json.dumps({"id": "wide-0001", "title": "宽", "body": body}))
    ix = str(tmp_path / "ix")
    assert main(["index", str(tmp_path / "wide.jsonl"), "--index", ix, "--quiet"]) == 0
    capsys.readouterr()
    from search_index import Article
    from tui.console_output import print_article

    with ArchiveIndex(ix) as archive:
        article: Article = archive.get("wide-0001")[0]
    # on a terminal (into a pipe each paragraph is one line; see test_cli)
    console = Console(file=io.StringIO(), width=60, soft_wrap=False, highlight=False, markup=False,
                      force_terminal=True, color_system=None)
    print_article(console, article)
    lines = console.file.getvalue().splitlines()
    body_lines = [ln for ln in lines if "中" in ln or "📰" in ln][1:]  # the title line aside
    assert len(body_lines) > 4
    assert all(cell_len(ln.rstrip()) <= 60 for ln in body_lines), max(map(cell_len, body_lines))


def test_quotes_and_stats_are_inert(hostile_index, capsys):
    _src, ix = hostile_index
    code, out, _ = run(capsys, "quotes", "--index", ix)
    assert code == 0 and "[link=http://x]click[/link]" in out and "Arvid Kellan" in out
    assert_inert(out)
    code, out, _ = run(capsys, "stats", "--index", ix)
    assert code == 0 and "[link=http://evil.example]Wire[/link]" in out
    assert_inert(out)


def test_extract_text_output_is_inert(hostile_index, capsys):
    src, _ix = hostile_index
    code, out, _ = run(capsys, "extract", str(src))
    assert code == 0 and "[bold red]Alarm[/]" in out and "[link=http://x]click[/link]" in out
    assert_inert(out)


@pytest.mark.parametrize("argv", [("search", "river"), ("show", "hostile-001"), ("quotes",), ("stats",)])
def test_json_output_escapes_controls_and_keeps_the_text_exactly(hostile_index, capsys, argv):
    _src, ix = hostile_index
    code, out, _ = run(capsys, *argv, "--index", ix, "--json")
    assert code == 0
    assert_inert(out)
    if argv[0] == "quotes":  # JSON Lines: one object per quote
        quotes = [json.loads(line) for line in out.splitlines()]
        assert quotes and all(q["title"] == TITLE for q in quotes)
        return
    data = json.loads(out)
    if argv[0] == "show":
        assert data["title"] == TITLE and data["body"] == BODY and data["source"] == SOURCE
    if argv[0] == "search":
        assert data["hits"][0]["title"] == TITLE


def test_extract_json_keeps_the_body_exactly(hostile_index, capsys):
    src, _ix = hostile_index
    _code, out, _ = run(capsys, "extract", str(src), "--json")
    assert_inert(out)
    data = json.loads(out)
    assert data["body"] == RECORD["body"]
    for q in data["quotes"]:
        assert data["body"][q["start"]:q["end"]] == q["text"]


def test_index_summary_names_hostile_files_inertly(tmp_path, capsys):
    src = tmp_path / "src"
    src.mkdir()
    (src / "bad\x1b[2J\u202ename\n.jsonl").write_text("{broken\n")
    code, out, _ = run(capsys, "index", str(src), "--index", str(tmp_path / "ix"), "--quiet")
    assert code == 1
    assert "bad\u241b[2J\ufffdname\u240a.jsonl [line 1]: invalid JSON" in out
    assert_inert(out)


def test_error_messages_on_stderr_are_inert(hostile_index, capsys):
    _src, ix = hostile_index
    code, _out, err = run(capsys, "show", "no\x1b]0;x\x07such\u202e", "--index", ix)
    assert code == 1 and "no article with id" in err
    assert_inert(err)
    code, _out, err = run(capsys, "search", 'oops "\x1b[2J', "--index", ix)
    assert code == 2 and err.count("\n") == 1
    assert_inert(err)


# --- the app ------------------------------------------------------------------------------------------------

def screen_output(app) -> tuple[str, str]:
    """What the app would send to the terminal now: the plain screen, and the raw bytes with escape codes."""
    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), force_terminal=True,
                      color_system="truecolor", record=True, legacy_windows=False, safe_box=False)
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text(styles=False), console.file.getvalue()


def check_screen(app, *literals: str) -> str:
    plain, raw = screen_output(app)
    assert_inert(plain)
    assert_inert(raw, allow_sgr=True)  # our colours, and nothing from the article
    for literal in literals:
        assert literal in plain, f"{literal!r} not on screen:\n{plain}"
    return plain


@pytest.mark.parametrize("size", [(160, 48), (80, 24)])
async def test_every_pane_shows_hostile_text_literally(hostile_index, size):
    _src, ix = hostile_index
    archive = ArchiveIndex(ix)
    app = DatelineApp(archive, show_timing=False)
    notices = record_notices(app)
    try:
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, MainScreen)
            check_screen(app, "[bold red]Alarm[/]")
            shown = app.screen.query_one(ResultsList).get_option_at_index(0).prompt.plain
            assert "[@click=app.quit]quit[/]" in shown and "$HOME" in shown
            app.screen.query_one(ResultsList).focus()
            await pilot.press("enter")
            await settle(pilot)
            reader = app.screen.query_one(ArticleReader)
            text = "".join(w.render().plain for w in reader.query(".para"))
            for literal in BODY_LITERALS:
                assert literal in text
            assert_inert(text)
            check_screen(app)
            quotes = app.screen.query_one(QuoteList)
            assert "[link=http://x]click[/link]" in quotes.get_option_at_index(0).prompt.plain
            if size[0] < 120:
                await pilot.press("4")  # the quotes tab
                await settle(pilot)
                check_screen(app, "[link=http://x]")
                await pilot.press("3")
                await settle(pilot)
            # a hostile value as a filter: the chip, the notification and the facet list
            app.screen.add_filter("person", PERSON)
            await settle(pilot)
            chip = str(app.screen.query_one(".chip").label)
            assert "[bold]Zed[/] \u241b[31mRed\ufffd" in chip
            facet = app.screen.query_one("#people", FacetPanel)
            values = [facet.selection.get_option_at_index(i).prompt.plain
                      for i in range(facet.selection.option_count)]
            assert any("[bold]Zed[/]" in v and "\x1b" not in v for v in values)
            check_screen(app, "[bold]Zed[/]")
            # the note (on the line under the open article, else a toast), inert too: no markup, no escapes
            ruler = str(app.screen.query_one("#reader-ruler").render())
            told = [n for n in notices if n.startswith("Filtered by person:")] + \
                [ruler] if ruler.startswith("Filtered by person:") else notices
            assert any("Filtered by person: [bold]Zed[/] \u241b[31mRed" in n and "\x1b" not in n for n in told), told
            await pilot.press("x")
            await settle(pilot)
            # what this speaker said, across the archive
            app.screen.query_one(ArticleReader).focus()
            await pilot.press("]")
            await settle(pilot)
            await pilot.press("w")
            await settle(pilot)
            assert isinstance(app.screen, SpeakerQuotesScreen)
            check_screen(app, "Arvid Kellan", "[link=http://x]click[/link]")
            await pilot.press("escape")
            await settle(pilot)
            await pilot.press("question_mark")
            await settle(pilot)
            assert isinstance(app.screen, HelpScreen)
            check_screen(app)
            assert app.is_running  # [@click=app.quit] did not quit
    finally:
        archive.close()


async def test_query_text_and_errors_in_the_search_bar_are_inert(hostile_index):
    _src, ix = hostile_index
    archive = ArchiveIndex(ix)
    app = DatelineApp(archive, show_timing=False)
    try:
        async with app.run_test(size=(120, 30)) as pilot:
            await settle(pilot)
            await pilot.press("slash")
            box = app.screen.query_one("#query")
            box.value = '[bold]x[/] "\x1b]0;t\x07 \u202e'
            await settle(pilot)
            plain = check_screen(app, "\u26a0")  # the error line, with the query's controls shown inertly
            assert "unclosed quote" in plain
    finally:
        archive.close()


def test_search_request_with_hostile_filters_is_just_a_filter(hostile_index):
    _src, ix = hostile_index
    with ArchiveIndex(ix) as archive:
        result = archive.search(SearchRequest("", persons=(PERSON,), sources=(SOURCE,)))
    assert result.total == 0


async def test_help_shows_remapped_keys_from_the_config_literally(hostile_index):
    """A keymap value is the user's text: `[/x]` once crashed the help screen (read as markup)."""
    from tui.config import Settings

    _src, ix = hostile_index
    archive = ArchiveIndex(ix)
    app = DatelineApp(archive, show_timing=False, settings=Settings(keys={"search.focus": "slash,[/x]\x1b[2J"}))
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await pilot.press("question_mark")
            await settle(pilot)
            assert isinstance(app.screen, HelpScreen)
            check_screen(app, "[/x]\u241b[2J")
    finally:
        archive.close()


async def _blocks_of_the_one_story(archive, size=(120, 40)) -> list:
    """Open the index's one story in the app; the reader's blocks (a widget each)."""
    app = DatelineApp(archive, show_timing=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        return list(app.screen.query_one(ArticleReader).query(".para"))


async def test_a_one_megabyte_paragraph_opens_in_blocks_that_keep_every_character(tmp_path):
    """Laid out as one widget, a 1 MB line took seconds; in blocks cut at spaces, nothing is lost or repeated."""
    body = " ".join(f"w{i}" for i in range(150_000))
    archive = index_one_story(tmp_path, {"id": "big-000001", "title": "Big", "body": body})
    try:
        blocks = await _blocks_of_the_one_story(archive)
        assert len(blocks) > 100
        assert "".join(b.render().plain for b in blocks) == body
        assert all(b.has_class("-runs-on") for b in blocks[:-1]) and not blocks[-1].has_class("-runs-on")
    finally:
        archive.close()


async def test_a_story_of_hundreds_of_short_paragraphs_opens_in_a_few_blocks_that_keep_every_character(tmp_path):
    """A table of 200 one-line paragraphs (a wire's supply and demand table) was 200 widgets and took up to 1.5 s
    to open; short paragraphs now share a block, with the body's own blank lines between them. Paragraphs a line
    each (no blank line between them) are not joined: they would run together."""
    lines = [f"Row {i}: wheat {i * 3} corn {i * 7} soybeans {i * 11}" for i in range(200)]
    for name, sep, expect in (("gaps", "\n\n", range(2, 11)), ("lines", "\n", [200])):
        archive = index_one_story(tmp_path / name, {"id": f"tab-{name}", "title": "Table", "body": sep.join(lines)})
        try:
            blocks = await _blocks_of_the_one_story(archive, (80, 24))
            assert len(blocks) in expect
            assert sep.join(b.render().plain.strip("\n") for b in blocks) == sep.join(lines)
        finally:
            archive.close()
