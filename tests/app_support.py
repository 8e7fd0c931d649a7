"""Helpers for the app tests: a shared index of the bundled archive, and waiting for workers to finish."""

from __future__ import annotations

from search_index import ArchiveIndex, index_sources

from .conftest import DATA


def build_index(path) -> ArchiveIndex:
    archive = ArchiveIndex(str(path), create=True)
    index_sources(archive, [str(DATA)])
    return archive


def index_one_story(folder, record: dict) -> ArchiveIndex:
    """An index of one JSON record written to `folder` (a story shaped for a test: one long paragraph, many
    short ones...), in `folder/ix`."""
    import json

    (folder / "src").mkdir(parents=True)
    (folder / "src" / "story.jsonl").write_text(json.dumps(record) + "\n")
    archive = ArchiveIndex(str(folder / "ix"), create=True)
    index_sources(archive, [str(folder / "src")])
    return archive


async def settle(pilot, rounds: int = 40) -> None:
    """Let every worker finish and every message they sent be handled (no fixed sleeps)."""
    app = pilot.app
    for _ in range(rounds):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if not any(w.is_running for w in app.workers):
            await pilot.pause()
            if not any(w.is_running for w in app.workers):
                return


def record_notices(app) -> list[str]:
    """Every message the app notifies, kept: `app._notifications` drops a notice once its few seconds are up,
    which on a slow machine can come before a test looks."""
    notices: list[str] = []
    notify = app.notify

    def recorded(message, *args, **kwargs):
        notices.append(str(message))
        return notify(message, *args, **kwargs)

    app.notify = recorded
    return notices
