"""The browser keeps working while another process indexes into its index, and shows the new articles."""

from __future__ import annotations

import asyncio
import os
import sys
import time

from search_index import ArchiveIndex
from tui.app import DatelineApp
from tui.screens.main import MainScreen
from tui.widgets.results import ResultsList

from .app_support import build_index, record_notices, settle
from .conftest import ROOT
from .durability_support import write_corpus


def status(app) -> str:
    return str(app.screen.query_one("#status").render())


async def wait_for(pilot, condition, what: str, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        await pilot.pause(0.05)


async def test_the_app_picks_up_articles_another_process_commits(tmp_path, monkeypatch):
    monkeypatch.setattr(MainScreen, "WATCH_SECONDS", 0.1)
    archive = build_index(tmp_path / "ix")
    before = archive.doc_count()
    app = DatelineApp(archive, show_timing=False)
    notices = record_notices(app)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            assert status(app).startswith(f"{before:,} results")
            await pilot.press("down", "down")
            kept = app.screen.query_one(ResultsList).current()

            write_corpus(tmp_path / "new", 30)  # dated 2019: older than the bundled archive, so listed after it
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "tui.cli", "index", str(tmp_path / "new"), "--index", str(tmp_path / "ix"),
                "--year", "2019", "--quiet", cwd=ROOT)
            assert await proc.wait() == 0

            await wait_for(pilot, lambda: status(app).startswith(f"{before + 30:,} results"), "the refresh")
            await settle(pilot)
            assert app.screen.query_one(ResultsList).current().key == kept.key  # the cursor stayed put
            assert f"Index updated: {before + 30:,} articles (+30)" in notices

            await pilot.press("slash", *"zeta0029")  # the newest article is searchable like any other
            await wait_for(pilot, lambda: status(app).startswith("1 result"), "the search")
    finally:
        archive.close()


async def test_the_app_survives_its_index_being_rebuilt_under_it(tmp_path, monkeypatch):
    """`dateline index --rebuild` in another terminal: while the folder is gone a search says so; once rebuilt, the
    app shows the new index (even at the same commit number as the old one)."""
    monkeypatch.setattr(MainScreen, "WATCH_SECONDS", 0.1)
    archive = build_index(tmp_path / "ix")
    app = DatelineApp(archive, show_timing=False)
    notices = record_notices(app)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            ArchiveIndex.delete(str(tmp_path / "ix"))  # what --rebuild does first
            await pilot.press("slash", *"survey")
            await wait_for(pilot, lambda: "cannot read the index at" in status(app), "the error")
            assert "try again when that has finished" in status(app)

            write_corpus(tmp_path / "new", 12)
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "tui.cli", "index", str(tmp_path / "new"), "--index", str(tmp_path / "ix"),
                "--quiet", cwd=ROOT)
            assert await proc.wait() == 0
            await wait_for(pilot, lambda: status(app).startswith("12 results"), "the rebuilt index")
            # the watcher may first see the new index empty (created, not yet filled) and say so; the filled one
            # follows at its next look
            await wait_for(pilot, lambda: "Index updated: 12 articles" in " ".join(notices),
                           "the notice of the rebuilt index")
    finally:
        archive.close()


async def test_first_run_indexing_into_a_busy_index_says_so_and_opens_what_is_there(tmp_path):
    archive = build_index(tmp_path / "ix")
    before = archive.doc_count()
    other = ArchiveIndex(str(tmp_path / "ix"))
    write_corpus(tmp_path / "new", 5)
    app = DatelineApp(archive, index_first=[str(tmp_path / "new")], show_timing=False)
    messages = record_notices(app)
    try:
        with other.writer():  # another writer holds the index all along
            async with app.run_test(size=(120, 40)) as pilot:
                await wait_for(pilot, lambda: isinstance(app.screen, MainScreen), "the main screen")
                await settle(pilot)
                assert any(m.startswith(f"Indexing stopped: the index at {tmp_path / 'ix'} is busy: process "
                                        f"{os.getpid()}") for m in messages), messages
                assert status(app).startswith(f"{before:,} results")
    finally:
        other.close()
        archive.close()
