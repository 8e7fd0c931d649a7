"""Any string typed into the search bar or given to `dateline search` gets results or a one-line error (exit
status 2 on the command line), never a traceback."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from search_index import QueryError, SearchRequest
from tui.app import DatelineApp
from tui.cli import main
from tui.screens.main import MainScreen

from .app_support import build_index, settle
from .hostile_support import assert_inert

NASTY = [
    '"unbalanced', 'a "b', '(a OR b', 'a)', "((((", "))", "*", "**", "?", "*a", "a*", "date:[garbage to",
    "date:[garbage to]", "date:[2024 to garbage]", "date:", "date:>", "date:>=", "date:[]", "date:[to]",
    "date:2024-02-30", "date:99999", "date:0000", "date:<0001", 'date:"99999999 days ago"', "date:[2025 to 2024]",
    "x" * 10_000, "river " * 2_000, "\x00\x1b[2J\x07", "\x1b]0;title\x07 river", "\u202e river", "\ud800", "title:",
    "person:", "org:", "speaker:", "id:", ":", "-", "--", "- -", "-river", "NOT", "NOT river", "AND", "OR", "a AND",
    "OR b", "()", "( )", "[", "]", "{", "}", "title:[a to b]", "title:{a to", "^", "river^2", "river~", 'river~2',
    '"river treaty"~3', "\\", '\\"', "+", "+river", "+-river", "a:b:c", "colour:red", "title:title:x",
    "unicode 中文 📰 Zoë", "ÄÖÜ:x", "http://example.com/a?b=c", '""', "'", "<script>", "&&", "||", "!", "/re/",
    "NOT " * 400 + "river", "(" * 500 + "river" + ")" * 500, "-" * 1999, "*" * 1999, "river" + "~" * 500,
    "a OR " * 300 + "b", "\t\n", " ", "",
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    archive = build_index(tmp_path_factory.mktemp("queries") / "ix")
    yield archive
    archive.close()


def _one_line(message: str) -> None:
    assert message and "\n" not in message and len(message) < 300, message
    assert "Traceback" not in message


@pytest.mark.parametrize("query", NASTY, ids=lambda q: repr(q)[:30])
def test_search_gives_results_or_a_query_error(archive, query):
    try:
        result = archive.search(SearchRequest(query, limit=3))
    except QueryError as exc:
        _one_line(str(exc))
    else:
        assert result.total >= 0 and len(result.hits) <= 3


@pytest.mark.parametrize("query", NASTY, ids=lambda q: repr(q)[:30])
def test_cli_search_exits_0_or_2_with_one_line(archive, capsys, query):
    # after `--`, as a query that starts with `-` must be given to any command with options (`-gas`)
    code = main(["search", "--index", archive.path, "--limit", "2", "--", query])
    out, err = capsys.readouterr()
    assert code in (0, 2)
    if code == 2:
        _one_line(err.rstrip("\n"))
        assert err.startswith("dateline: query ")
        assert_inert(err)
    else:
        assert out and not err
        assert_inert(out)


def test_some_nasty_queries_have_the_expected_meaning(archive):
    everything = archive.search(SearchRequest("", limit=1)).total
    assert archive.search(SearchRequest("*", limit=1)).total == everything
    without = archive.search(SearchRequest("-river", limit=1)).total
    assert 0 < without < everything
    assert archive.search(SearchRequest("NOT river", limit=1)).total == without
    # controls are not part of a query: they separate words like spaces
    assert archive.search(SearchRequest("\x1b river \x07", limit=1)).total == \
        archive.search(SearchRequest("river", limit=1)).total


@pytest.mark.parametrize("query,message", [
    ('"unbalanced', 'unclosed quote " at column 1'),
    ("(a OR b", "1 unclosed ("),
    ("date:[garbage to", "not closed with ]"),
    ("date:[garbage to]", "cannot read the date 'garbage'"),
    ("date:2024-02-30", "not a real date: '2024-02-30'"),
    ("x" * 10_000, "query too long: 10,000 characters"),
    ("title:", "title: at column 1 has nothing after it"),
    ("colour:red", "unknown field 'colour'"),
    ("date:<0001", "date out of range"),
])
def test_error_messages_say_what_is_wrong(archive, query, message):
    with pytest.raises(QueryError) as info:
        archive.search(SearchRequest(query))
    assert message in str(info.value)


async def test_nasty_queries_in_the_search_bar_never_stop_the_app(archive):
    app = DatelineApp(archive, show_timing=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        box = app.screen.query_one("#query", Input)
        for query in NASTY[::3] + ["river"]:
            box.value = query
            await settle(pilot)
            assert isinstance(app.screen, MainScreen) and app.is_running
            status = str(app.screen.query_one("#status").render())
            assert "\n" not in status.strip() and status.strip()
            assert_inert(status)
            assert ("⚠" in status) or ("result" in status)
        assert "result" in status and "⚠" not in status  # the last one, `river`, finds articles again
