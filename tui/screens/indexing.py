"""First run: index the bundled sample archive (or the sources given) with a progress display, then open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Label, ProgressBar

from search_index import IndexProblem, safe_name, terminal_safe

if TYPE_CHECKING:
    from search_index import Progress


class IndexingScreen(Screen[None]):
    def __init__(self, sources: list[str]) -> None:
        super().__init__()
        self.sources = sources

    def compose(self):
        with Vertical(id="indexing-box"):
            yield Label(Text("Indexing the archive…", style="bold"))
            yield Label(Text(", ".join(safe_name(s) for s in self.sources), style="dim"), id="indexing-sources")
            yield ProgressBar(total=100, show_eta=True, id="indexing-bar")
            yield Label("", id="indexing-count")

    def on_mount(self) -> None:
        self._run()

    @work(thread=True, exclusive=True)
    def _run(self) -> None:
        try:
            from search_index import index_sources  # the readers and word lists: only when indexing

            summary = index_sources(self.app.archive, self.sources, progress=self._progress_from_thread)
        except IndexProblem as exc:  # busy, read-only, disk full: say so and open what the index holds
            self.app.call_from_thread(self._failed, str(exc))
            return
        self.app.call_from_thread(self._done, summary)

    def _progress_from_thread(self, p: Progress) -> None:
        self.app.call_from_thread(self._progress, p)

    def _progress(self, p: Progress) -> None:
        bar = self.query_one(ProgressBar)
        bar.update(total=max(p.bytes_total, 1), progress=p.bytes_done)
        phase = "committing…" if p.phase == "committing" else f"{p.articles:,} articles"
        self.query_one("#indexing-count", Label).update(phase)

    def _notices(self) -> None:
        for notice in self.app.archive.notices:
            self.app.notify(terminal_safe(notice), severity="warning", timeout=8, markup=False)

    def _failed(self, message: str) -> None:
        self._notices()
        self.app.notify(terminal_safe(f"Indexing stopped: {message}"), severity="error", timeout=10, markup=False)
        self.dismiss(None)

    def _done(self, summary) -> None:
        self._notices()
        message = summary.counts_line()
        if summary.problems:
            message += f"; {len(summary.problems)} input(s) skipped (run `dateline index` to see why)"
        self.app.notify(message, timeout=4, markup=False)
        self.dismiss(None)
