"""What the screen looks like, at 80x24 and 160x48: results, reader with quotes, who said, help, empty result,
query error.

Update after an intended change with `pytest tests/test_snapshots.py --snapshot-update` and look at the report.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input

from tui.app import DatelineApp

from .app_support import build_index, settle

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((160, 48), id="160x48")]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    archive = build_index(tmp_path_factory.mktemp("snap") / "ix")
    yield archive
    archive.close()


async def _query(pilot, text: str) -> None:
    await settle(pilot)
    await pilot.press("slash")
    pilot.app.screen.query_one("#query", Input).value = text
    await settle(pilot)


@pytest.mark.parametrize("size", SIZES)
def test_results(snap_compare, archive, size):
    async def run_before(pilot):
        await _query(pilot, "river treaty")
        await pilot.press("enter")
        await settle(pilot)

    assert snap_compare(DatelineApp(archive, show_timing=False), terminal_size=size, run_before=run_before)


async def _open_kellan_story(pilot) -> None:
    await _query(pilot, "Kellan treaty")
    await pilot.press("enter", "enter")
    await settle(pilot)


@pytest.mark.parametrize("size", SIZES)
def test_reader_with_quotes(snap_compare, archive, size):
    async def run_before(pilot):
        await _open_kellan_story(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket")
        await settle(pilot)

    assert snap_compare(DatelineApp(archive, show_timing=False), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_who_said(snap_compare, archive, size):
    """`w` on a quote: everything its speaker said across the archive, the list's scrollbar against the frame."""
    async def run_before(pilot):
        await _open_kellan_story(pilot)
        await pilot.press("right_square_bracket", "w")
        await settle(pilot)

    assert snap_compare(DatelineApp(archive, show_timing=False), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_help(snap_compare, archive, size):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)

    assert snap_compare(DatelineApp(archive, show_timing=False), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_empty_result(snap_compare, archive, size):
    async def run_before(pilot):
        await _query(pilot, "zyzzyvaqq")

    assert snap_compare(DatelineApp(archive, show_timing=False), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_query_error(snap_compare, archive, size):
    async def run_before(pilot):
        await _query(pilot, 'river date:[2024-05 to')

    assert snap_compare(DatelineApp(archive, show_timing=False), terminal_size=size, run_before=run_before)
