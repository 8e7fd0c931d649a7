"""Printing for the command line: results, articles, stats, index summaries and progress.

Article text is untrusted: everything from an article goes through `terminal_safe` and into `rich.text.Text`
objects with styles as spans, never into markup strings.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from rich.console import Console
from rich.padding import Padding
from rich.progress import BarColumn, Progress as RichProgress, TaskProgressColumn, TextColumn, TimeRemainingColumn
from rich.text import Text

from search_index import Article, IndexStats, SearchResult, one_line, quote_line, safe_name, terminal_safe

if TYPE_CHECKING:  # the indexer's types: printing results should not import the readers and word lists
    from search_index import IndexSummary, Progress
from search_index.results import QuoteHit

MATCH_STYLE = "bold reverse"


def _date_label(date, partial: str = "") -> str:
    if date is not None:
        return date.strftime("%Y-%m-%d")
    return partial or "undated"


def _human_bytes(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.1f} {unit}" if unit != "B" else f"{int(n)} B"
        n /= 1024
    return f"{n:.1f} GB"


def print_results(console: Console, result: SearchResult, query: str) -> None:
    head = Text()
    head.append(f"{result.total:,} result{'s' if result.total != 1 else ''}", style="bold")
    if query.strip():
        head.append(" for ")
        head.append(one_line(query), style="italic")
    head.append(f" in {result.took_ms:.1f} ms")
    console.print(head)
    for n, hit in enumerate(result.hits, start=1):
        line = Text()
        line.append(f"{n:>3}. ", style="dim")
        line.append(one_line(hit.title) or "(untitled)", style="bold")
        console.print(line)
        meta = Text("     ")
        meta.append(_date_label(hit.date, hit.partial_date))
        for part in (hit.source, hit.place):
            if part:
                meta.append("  ·  ")
                meta.append(one_line(part))
        meta.append("  ·  ")
        meta.append(one_line(hit.id), style="cyan")
        console.print(meta, style="dim")
        snippet = Text(hit.snippet.text)
        for start, end in hit.snippet.highlights:
            snippet.stylize(MATCH_STYLE, start, end)
        # a terminal gets an indented, wrapped block; a pipe gets the whole snippet on one line
        console.print(Text("     ") + snippet if console.soft_wrap else Padding(snippet, (0, 0, 0, 5)))
    for name, label in (("person", "People"), ("organisation", "Organisations"), ("source", "Sources")):
        values = result.facets.get(name) or []
        if values:
            facet = Text(f"{label}: ", style="bold")
            for i, (value, count) in enumerate(values[:8]):
                if i:
                    facet.append(", ")
                facet.append(one_line(value))
                facet.append(f" ({count})", style="dim")
            console.print(facet)


def print_article(console: Console, article: Article) -> None:
    console.print(Text(one_line(article.title) or "(untitled)", style="bold"))
    if article.subtitle:
        console.print(Text(one_line(article.subtitle), style="italic"))
    fields = [
        ("id", article.id), ("date", article.date_iso() or "undated"), ("source", article.source),
        ("place", article.place), ("dateline", article.dateline), ("author", article.author),
        ("url", article.url), ("file", article.key),
    ]
    for label, value in fields:
        if value:
            line = Text(f"{label:>9}: ", style="dim")
            line.append(one_line(value))
            console.print(line)
    if article.persons:
        console.print(Text("   people: ", style="dim") + Text(one_line(", ".join(p.name for p in article.persons))))
    if article.organisations:
        console.print(Text("     orgs: ", style="dim") +
                      Text(one_line(", ".join(o.name for o in article.organisations))))
    console.print()
    width = max(40, min(console.width, 100))
    for paragraph in terminal_safe(article.body).split("\n\n"):
        text = " ".join(paragraph.split())
        if text and console.is_terminal:
            # wrapped by Rich, which counts cells: a line of CJK or emoji is as wide on screen as one of Latin
            console.print(Text("\n").join(Text(text).wrap(console, width)))
            console.print()
        elif text:  # into a file or a pipe: a paragraph a line, so that grep finds a phrase whole
            console.print(Text(text), soft_wrap=True)
            console.print()
    if article.quotes:
        console.print(Text(f"quotes ({len(article.quotes)}):", style="dim"))
        for q in article.quotes:
            line = Text(f"  {one_line(q.speaker) if q.speaker else '(speaker unknown)'}: ", style="bold")
            line.append("“" + quote_line(q.text) + "”")
            console.print(line, soft_wrap=not console.is_terminal)


def print_stats(console: Console, stats: IndexStats) -> None:
    rows = [
        ("index", stats.path),
        ("articles", f"{stats.articles:,}"),
        ("dates", f"{_date_label(stats.first_date)} to {_date_label(stats.last_date)}" if stats.first_date else "none"),
        ("no year", f"{stats.partial_dates:,} (month and day only)"),
        ("undated", f"{stats.undated:,}"),
        ("size", _human_bytes(stats.size_bytes)),
        ("updated", stats.last_change.strftime("%Y-%m-%d %H:%M") if stats.last_change else "never"),
    ]
    for label, value in rows:
        console.print(Text(f"{label:>9}: ", style="dim") + Text(terminal_safe(value, newlines=False)))
    if stats.sources:
        console.print(Text("  sources:", style="dim"))
        for name, count in stats.sources:
            console.print(Text(f"{count:>11,}  ") + Text(one_line(name) or "(none)"))



def _short_name(path: str) -> str:
    """A file's name; a member of an archive keeps the archive's (`bbc.tar.gz!bbc/README.TXT`), so that it is
    not told apart from a file of the same name beside the archive by nothing."""
    outer, bang, member = path.partition("!")
    return f"{outer.rsplit('/', 1)[-1]}!{member}" if bang else path.rsplit("/", 1)[-1]


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _not_articles(n: int) -> str:
    return "1 file that is not an article" if n == 1 else f"{n:,} files that are not articles"


def print_summary(console: Console, summary: IndexSummary, index_path: str, index_bytes: int,
                  verbose: bool = False) -> None:
    rate = summary.articles_read / summary.seconds if summary.seconds else 0.0
    mbps = summary.bytes_read / summary.seconds / 1e6 if summary.seconds else 0.0
    if summary.files_read or not summary.files_unchanged:
        console.print(Text(
            f"Read {_count(summary.articles_read, 'article')} from {_count(summary.files_read, 'file')} "
            f"in {summary.seconds:.1f} s "
            f"({rate:,.0f} articles/s, {mbps:.1f} MB/s)"
        ))
    else:
        console.print(Text(f"Read no file in {summary.seconds:.1f} s"))
    if summary.files_unchanged:
        console.print(Text(
            f"Not read: {_count(summary.files_unchanged, 'file')} as they were when last indexed "
            f"({_count(summary.articles_in_unchanged_files, 'article')}; --reread reads them)", style="dim"))
    console.print(Text(summary.counts_line(), style="bold"))
    if summary.gone_files:
        console.print(Text(
            f"Gone since indexed: {_count(summary.gone_files, 'file')} ({_count(summary.gone_articles, 'article')} "
            f"still in the index; --prune removes {'it' if summary.gone_articles == 1 else 'them'})", style="yellow"))
    if summary.problems:
        console.print(Text(f"Skipped {_count(len(summary.problems), 'input')}:", style="bold red"))
        for problem in summary.problems:
            console.print(Text("  ") + Text(safe_name(str(problem))))
    if summary.warnings:
        shown = summary.warnings if verbose else summary.warnings[:10]
        console.print(Text(f"Read with warnings ({len(summary.warnings)}):", style="yellow"))
        for problem in shown:
            console.print(Text("  ") + Text(safe_name(str(problem))))
        if len(shown) < len(summary.warnings):
            console.print(Text(f"  … and {len(summary.warnings) - len(shown)} more (--verbose lists them)"))
    if summary.ignored:
        if verbose:
            console.print(Text(f"Ignored {_not_articles(len(summary.ignored))}:"))
            for item in summary.ignored:
                console.print(Text(f"  {safe_name(item.path)}: {safe_name(item.reason)}"))
        else:
            names = ", ".join(safe_name(_short_name(i.path)) for i in summary.ignored[:5])
            more = f" and {len(summary.ignored) - 5} more" if len(summary.ignored) > 5 else ""
            console.print(Text(f"Ignored {_not_articles(len(summary.ignored))}: {names}{more}"
                               " (--verbose says why)", style="dim"))
    if summary.partial_dates:
        console.print(Text(
            f"Partial dates: {summary.partial_dates:,} article(s) give a month and day but no year; "
            "they are not on the date filter. Re-run with --year YYYY to date them.", style="yellow"))
    console.print(Text(f"Index: {safe_name(index_path)} ({_human_bytes(index_bytes)})",
                       style="dim"))


class IndexProgress:
    """A progress bar with rate and ETA on a terminal; a plain line every few seconds otherwise."""

    def __init__(self, stream=None, quiet: bool = False):
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.interactive = self.stream.isatty() and not quiet
        self._bar: RichProgress | None = None
        self._task = None
        self._last_line = 0.0
        self._started = time.perf_counter()

    def __enter__(self) -> "IndexProgress":
        if self.interactive:
            self._bar = RichProgress(
                TextColumn("{task.description}", style="bold"),
                BarColumn(),
                TaskProgressColumn(),
                TextColumn("{task.fields[articles]:>9,} articles  {task.fields[rate]:>6,.0f}/s"),
                TimeRemainingColumn(),
                console=Console(file=self.stream),
                transient=True,
            )
            self._bar.__enter__()
            self._task = self._bar.add_task("Indexing", total=1, articles=0, rate=0.0)
        return self

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)

    def __call__(self, p: Progress) -> None:
        elapsed = max(time.perf_counter() - self._started, 1e-6)
        rate = p.articles / elapsed
        if self._bar is not None:
            self._bar.update(self._task, total=max(p.bytes_total, 1), completed=p.bytes_done,
                             articles=p.articles, rate=rate,
                             description="Committing" if p.phase == "committing" else "Indexing")
            return
        if self.quiet:
            return
        now = time.perf_counter()
        if p.phase == "committing":
            print("indexing: committing to the index", file=self.stream, flush=True)
            return
        if now - self._last_line >= 2.0 or p.files_done == p.files_total:
            self._last_line = now
            pct = 100.0 * p.bytes_done / p.bytes_total if p.bytes_total else 100.0
            print(f"indexing: {p.files_done}/{p.files_total} files, {pct:.0f}%, {p.articles:,} articles, "
                  f"{rate:,.0f}/s", file=self.stream, flush=True)


def print_quotes(console: Console, total: int, quotes: list[QuoteHit]) -> None:
    console.print(Text(f"{total:,} quote{'s' if total != 1 else ''}", style="bold"))
    for q in quotes:
        head = Text()
        head.append(one_line(q.speaker or "(speaker unknown)"), style="bold")
        head.append("  ·  ")
        head.append(_date_label(q.date, q.partial_date))
        head.append("  ·  ")
        head.append(one_line(q.title))
        head.append("  ·  ")
        head.append(one_line(q.article_id), style="cyan")
        console.print(head)
        quote = Text("“") + Text(quote_line(q.text), style="italic") + Text("”")
        if console.is_terminal:  # wrapped lines indented under the first
            console.print(Padding(quote, (0, 0, 0, 5)))
        else:  # a quote a line, for grep
            console.print(Text("     ") + quote, soft_wrap=True)


def print_extraction(console: Console, article: Article) -> None:
    console.print(Text(one_line(article.title) or "(untitled)", style="bold") + Text(f"  ({one_line(article.id)})"))
    if article.persons:
        console.print(Text("  people: ", style="dim") + Text(one_line(", ".join(p.name for p in article.persons))))
    if article.organisations:
        console.print(Text("  organisations: ", style="dim") +
                      Text(one_line(", ".join(o.name for o in article.organisations))))
    for q in article.quotes:
        line = Text("  ")
        line.append(one_line(q.speaker or "(speaker unknown)"), style="bold")
        line.append(": “")
        line.append(quote_line(q.text), style="italic")
        line.append("”")
        console.print(line)
