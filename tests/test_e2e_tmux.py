"""The real app in a real terminal (tmux): search, filter by a person, open an article, jump to its second
quote; the screen shows the quote, highlighted."""

from __future__ import annotations

import re
import sys
import time

import pytest

from search_index import SearchRequest

from .app_support import build_index
from .tmux_support import TmuxSession, backgrounds, need_tmux

ROOT_CMD = f"{sys.executable} -m tui.cli browse"


@pytest.fixture
def session(tmp_path):
    need_tmux()
    archive = build_index(tmp_path / "ix")
    tmux = TmuxSession(ROOT_CMD, 120, 40, env={"DATELINE_INDEX": str(tmp_path / "ix"), "TERM": "xterm-256color",
                                                "DATELINE_CONFIG": str(tmp_path / "none.toml"),
                                                "PYTHONPATH": str(__import__("pathlib").Path(__file__).parents[1])})
    yield tmux, archive
    tmux.close()
    archive.close()


def _sgr_before(line_with_escapes: str, fragment: str) -> list[str]:
    """The SGR parameters in force (since the last reset) where `fragment` starts on an escaped screen line."""
    active: list[str] = []
    plain: list[str] = []
    styles: list[list[str]] = []
    i = 0
    while i < len(line_with_escapes):
        m = re.match(r"\x1b\[([0-9;]*)m", line_with_escapes[i:])
        if m:
            params = m.group(1).split(";") if m.group(1) else ["0"]
            active = [] if params[0] == "0" else active + params
            i += m.end()
            continue
        plain.append(line_with_escapes[i])
        styles.append(active)
        i += 1
    at = "".join(plain).find(fragment)
    if at < 0:
        raise AssertionError(f"{fragment!r} not on the line")
    return styles[at]


def test_search_filter_open_and_jump_to_the_second_quote(session):
    tmux, archive = session
    tmux.wait_for(lambda s: "results" in s and "newest first" in s, what="first results")
    tmux.make_sure_it_listens()
    unfocused = tmux.screen(escapes=True).splitlines()[0]
    tmux.keys("/")  # the search box takes the focus: its line changes look (cursor, background)
    tmux.wait_for(lambda s: s.splitlines()[0] != unfocused, escapes=True, what="focus in the search box")
    tmux.keys("Kellan treaty", literal=True)
    tmux.wait_for(lambda s: "best match first" in s and s.splitlines()[0].strip() == "Kellan treaty",
                  what="query results")
    tmux.keys("Enter")  # to the results: the cursor (drawn reversed) leaves the search box
    tmux.wait_for(lambda s: backgrounds(s.splitlines()[0]) == backgrounds(unfocused), escapes=True,
                  what="focus on the results (the search box drawn unfocused again)")
    expected = archive.search(SearchRequest("Kellan treaty", limit=1))
    person = expected.hits[0].persons[0]
    tmux.keys("p")  # filter by the first person of the highlighted result
    tmux.wait_for(lambda s: f"person: {person}" in s, what="the person filter chip")
    filtered = archive.search(SearchRequest("Kellan treaty", persons=(person,), limit=1))
    tmux.wait_for(lambda s: f"{filtered.total} result" in s, what="filtered count")
    tmux.keys("Enter")  # open the first result
    article = archive.get(filtered.hits[0].key)[0]
    tmux.wait_for(lambda s: "search match" in s and article.title[:40] in s, what="the article in the reader")
    tmux.keys("]")
    tmux.keys("]")
    second = article.quotes[1]
    fragment = " ".join(second.text.split())[:18]
    tmux.wait_for(lambda s: fragment in s, what="the second quote on screen")
    # in the reader the current quote is drawn reversed and italic; the same words elsewhere on the screen (the
    # quote list, a snippet) are not, and neither is the next quote
    def styles_of(words: str) -> list[list[str]]:
        lines = [ln for ln in tmux.screen(escapes=True).splitlines()
                 if words in re.sub(r"\x1b\[[0-9;]*m", "", ln)]
        return [_sgr_before(ln, words) for ln in lines]

    deadline = time.monotonic() + 15
    while not any("7" in p and "3" in p for p in styles_of(fragment)):
        assert time.monotonic() < deadline, (styles_of(fragment), tmux.screen())
        time.sleep(0.1)
    third = " ".join(article.quotes[2].text.split())[:18]
    assert styles_of(third) and not any("7" in p for p in styles_of(third))


def test_keys_sent_in_one_burst_edit_the_search_box_in_order(session):
    """`tmux send-keys BSpace x` writes both keys at once, as a laggy SSH link delivers keys typed fast: the
    `x` was typed before the backspace ran (`gold` stayed `gold`), and `C-u oil` left the box empty. From the
    results, `Escape C-u speaker:…` in one burst came out `eaker:…` (`s` and `p` ran as commands: the terminal
    reads esc and the key behind it as one key, and ctrl+u at the results did nothing)."""
    tmux, _archive = session
    tmux.wait_for(lambda s: "results" in s and "newest first" in s, what="first results")
    tmux.make_sure_it_listens()
    unfocused = tmux.screen(escapes=True).splitlines()[0]
    tmux.keys("/")
    tmux.wait_for(lambda s: s.splitlines()[0] != unfocused, escapes=True, what="focus in the search box")
    tmux.keys("gold", literal=True)
    tmux.wait_for(lambda s: s.splitlines()[0].strip() == "gold", what="gold in the box")

    for keys, expected in ((("BSpace", "x"), "golx"), (("BSpace",) * 4 + ("o", "i", "l"), "oil"),
                           (("C-u", "o", "i", "l"), "oil"), (("Home", "x"), "xoil")):
        tmux.keys(*keys)
        tmux.wait_for(lambda s, expected=expected: s.splitlines()[0].strip() == expected, timeout=10,
                      what=f"{expected} after {keys}")
    tmux.keys("Enter")  # to the results
    tmux.wait_for(lambda s: backgrounds(s.splitlines()[0]) == backgrounds(unfocused), escapes=True,
                  what="focus on the results")
    tmux.keys("Escape", "C-u", "speaker:kellan")
    screen = tmux.wait_for(lambda s: s.splitlines()[0].strip() == "speaker:kellan" and "best match first" in s,
                           what="the whole query typed after esc and ctrl+u")
    assert "person:" not in screen, screen  # (`p` had filtered by a person)
