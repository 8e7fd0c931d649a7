"""How fast the browser answers, on a real index. Prints figures; asserts nothing.

    python tests/benchmarks/app_latency.py [--index DIR] [--source PATH] [--runs N]

- start to first results: `dateline browse` started in a real terminal (tmux), timed until the first results
  are on screen, Python start-up included (the first start apart: it may write the bytecode caches);
- last keystroke to updated results: queries typed a key at a time with Textual's Pilot, timed from the last
  key to the moment that query's hits are put on screen (the next frame shows them), and to the moment its
  facet counts are put on screen too.

Without --index, the Reuters-21578 corpus from ../shared is indexed once into a cache folder.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from search_index import ArchiveIndex, index_sources  # noqa: E402

QUERIES = ["oil prices", "james baker", "opec output", "yen dollar", "wheat exports", "bank of japan",
           "trade deficit", "coffee quota", "merger talks", "interest rates"]


def ensure_index(index: Path | None, source: Path) -> Path:
    if index is not None:
        return index
    cache = Path(tempfile.gettempdir()) / "dateline-bench" / source.name
    if not ArchiveIndex.exists(str(cache)):
        print(f"indexing {source} into {cache} (once) ...", flush=True)
        archive = ArchiveIndex(str(cache), create=True)
        index_sources(archive, [str(source)])
        archive.close()
    return cache


def start_to_first_results(index: Path, runs: int) -> tuple[float | None, list[float]]:
    """(the first start, then `runs` more): `dateline browse` in a new tmux session each time, timed until the
    first results are on screen. The first start writes Dateline's bytecode caches (`__pycache__`) where they
    are missing, as a user's first run does; the runs after it start as every later run does. The app runs
    without PYTHONDONTWRITEBYTECODE: this project's sandbox sets it, and it made every start compile
    Dateline's forty-odd modules from source again (about 0.1 s), which no user's second start does."""
    if shutil.which("tmux") is None:
        print("tmux is not installed: start-up time not measured")
        return None, []
    times: list[float | None] = []  # None: a start that showed no results within 30 s
    for _ in range(runs + 1):
        name = f"bench-{uuid.uuid4().hex[:6]}"
        for _attempt in range(3):
            started = time.perf_counter()
            made = subprocess.run(["tmux", "new-session", "-d", "-s", name, "-x", "160", "-y", "48",
                                   f"env -u PYTHONDONTWRITEBYTECODE DATELINE_INDEX={index} TERM=xterm-256color "
                                   f"PYTHONPATH={ROOT} {sys.executable} -m tui.cli browse; sleep 10"],
                                  capture_output=True, text=True)
            if made.returncode == 0:
                break
            # killing the last session stops tmux's server, and a session asked for while it stops fails with
            # "server exited unexpectedly": ask again rather than lose the whole run's figures
            print(f"tmux new-session failed ({made.stderr.strip()}); trying again")
        else:
            print("tmux could not start a session: start-up time not measured")
            break
        try:
            while True:
                screen = subprocess.run(["tmux", "capture-pane", "-p", "-t", name], capture_output=True,
                                        text=True).stdout
                if "newest first" in screen:
                    times.append(time.perf_counter() - started)
                    break
                if time.perf_counter() - started > 30:
                    print("no results within 30 s:\n" + screen)
                    times.append(None)
                    break
                time.sleep(0.005)
        finally:
            subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)
    first = times[0] if times else None
    return first, [t for t in times[1:] if t is not None]


async def keystroke_to_results(index: Path, facets: list[float] | None = None) -> list[float]:
    """Seconds from the last key of each query to its hits on screen; `facets` receives the seconds until its
    facet counts (people and organisations over all hits, counted after the hits) are on screen too."""
    from textual.widgets import Input

    from tui.app import DatelineApp

    archive = ArchiveIndex(str(index), prefetch=True)  # as the browser opens it
    app = DatelineApp(archive)
    times = []
    async with app.run_test(size=(160, 48)) as pilot:
        screen = app.screen
        while screen.painted_generation == 0:
            await pilot.pause(0.01)
        for query in QUERIES:
            screen.query_one("#query", Input).value = ""
            await pilot.press("slash")
            for ch in query[:-1]:
                await pilot.press(ch)
            await app.workers.wait_for_complete()
            await pilot.pause()
            started = time.perf_counter()
            await pilot.press(query[-1])  # returns once the app is idle again
            target = screen.generation
            while screen.painted_generation < target:
                await pilot.pause(0)
            await app.workers.wait_for_complete()
            await pilot.pause()
            if facets is not None and screen.facets_generation == target:
                facets.append(screen.facets_at - started)
            times.append(screen.painted_at - started)
            await pilot.press("escape")
    archive.close()
    return times


def _ms(values: list[float]) -> str:
    if not values:
        return "n/a"
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return f"median {statistics.median(values) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {max(values) * 1000:.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index", type=Path)
    parser.add_argument("--source", type=Path, default=ROOT.parent / "shared" / "corpora" / "reuters21578")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if args.index is None and not args.source.exists():
        print(f"{args.source} is not here and no --index given; nothing to measure")
        return
    index = ensure_index(args.index, args.source)
    archive = ArchiveIndex(str(index))
    print(f"index: {index} ({archive.stats().articles:,} articles)")
    archive.close()
    first, starts = start_to_first_results(index, args.runs)
    print("first start to first results on screen (tmux, 160x48):", _ms([first] if first is not None else []))
    print("later starts to first results on screen:", _ms(starts))
    facets: list[float] = []
    painted = asyncio.run(keystroke_to_results(index, facets))
    print(f"last keystroke to updated results ({len(QUERIES)} queries, Pilot):", _ms(painted))
    print("last keystroke to facet counts on screen too:", _ms(facets))


if __name__ == "__main__":
    main()
