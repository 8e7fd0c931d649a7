"""Helpers for the app tests: a shared index of the bundled archive, and waiting for workers to finish."""

from __future__ import annotations

from search_index import ArchiveIndex, index_sources

from .conftest import DATA


def build_index(path) -> ArchiveIndex:
    archive = ArchiveIndex(str(path), create=True)
    index_sources(archive, [str(DATA)])
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
