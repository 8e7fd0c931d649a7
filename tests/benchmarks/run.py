"""Dateline at archive scale, measured in one run: prints one Markdown table and asserts nothing (issue 5).

    python tests/benchmarks/run.py --size N [--seed S] [--skip-app] [--skip-compare] [--skip-reuters] [--out-md FILE]
    python tests/benchmarks/run.py --quick [--app] [--tantivy]

- Indexing: `dateline index` on an archive from build_corpus.py, in its own process as a user runs it (read,
  extract, index, commit): wall time, articles/s, MB/s of archive files, peak RSS, index size; then the same
  command again on the unchanged archive; and (not with --quick or --skip-reuters) the issue's own Reuters
  target, the whole Reuters-21578 set from ../shared indexed the same way.
- Search: the query mix of queries.py in this process, asked exactly as the app asks (first page of 20 plus
  facets with 100 values): the first time each query is asked, then several rounds of the whole mix; p50/p95/p99.
- Reader: opening an article as the reader does: fetch it by key, then lay its quotes, speakers, people,
  organisations and search matches onto the text.
- App (not with --skip-app): start to first results and last keystroke to results (app_latency.py), peak memory
  (app_memory.py).
- Comparison (not with --skip-compare): rg over the files and tantivy on the same documents (compare.py).

--quick builds a small archive (2,000 articles) and leaves out the app and tantivy unless --app / --tantivy ask
for them: CI runs it to print figures for every change. Targets are the issue's; a target given for another
size (20k, 100k) is scaled or labelled as such.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(HERE)]

from search_index import ArchiveIndex, QueryError, SearchRequest  # noqa: E402
from tui.highlight import article_text  # noqa: E402

from app_latency import keystroke_to_results, start_to_first_results  # noqa: E402
from app_memory import app_peak_memory  # noqa: E402
from build_corpus import MARKER, SHARED, CorporaMissing, build_corpus  # noqa: E402
from compare import rg_times, tantivy_times  # noqa: E402
from queries import BenchQuery, query_mix  # noqa: E402

QUICK_SIZE = 2000
REUTERS_STORIES = 19_043  # Reuters-21578 stories with a body: the "Reuters size" ...
REUTERS_SECONDS = 20  # ... indexed end to end in this many seconds at most
MB = 1_000_000
START_RUNS = 3


@dataclass(slots=True)
class Row:
    what: str
    figure: str
    target: str = ""
    met: bool | None = None  # None: no target applies


# --- figures ------------------------------------------------------------------------------------------------

def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile: a value that was really measured, never an interpolation."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def ms(seconds: float) -> str:
    """Milliseconds with the digits that matter: tantivy answers in tenths of one."""
    value = seconds * 1000
    return f"{value:.2f} ms" if value < 1 else f"{value:.1f} ms"


def at_most(what: str, value: float, limit: float, shown: str, target: str) -> Row:
    return Row(what, shown, f"≤ {target}", value <= limit)


def at_least(what: str, value: float, limit: float, shown: str, target: str) -> Row:
    return Row(what, shown, f"≥ {target}", value >= limit)


def markdown(title: str, sections: list[tuple[str, list[Row]]]) -> str:
    lines = [title, "", "| | what | figure | target | met |", "|---|---|---|---|---|"]
    for group, rows in sections:
        for n, row in enumerate(rows):
            met = "" if row.met is None else ("yes" if row.met else "**no**")
            cells = (f"**{group}**" if n == 0 else "", row.what, row.figure, row.target, met)
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def code_version() -> str:
    """The commit measured, and whether the working tree differed from it: figures belong to a version."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    try:
        commit = git("rev-parse", "--short", "HEAD")
        dirty = git("status", "--porcelain", "--untracked-files=no", "--", "search_index", "tui")
    except OSError:
        return "version unknown (no git)"
    return f"commit {commit}{' + local changes' if dirty else ''}" if commit else "version unknown"


def code_fingerprint() -> str:
    """A hash of the code measured (search_index/, tui/): when it differs at the end of a run, someone edited
    the code while it ran and the figures mix two versions."""
    digest = hashlib.blake2b(digest_size=8)
    for path in sorted(p for package in ("search_index", "tui") for p in (ROOT / package).rglob("*")
                       if p.is_file() and p.suffix in (".py", ".tcss", ".txt")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- indexing -----------------------------------------------------------------------------------------------

@dataclass(slots=True)
class IndexRun:
    seconds: float
    peak_rss: int  # bytes, the largest of the process and the workers it waited for
    summary: dict


def run_index(corpus: Path, index: Path) -> IndexRun:
    """`dateline index` as a user runs it, in a process of its own: wait4 gives that process's peak RSS alone
    (RUSAGE_CHILDREN would keep the largest of every run so far)."""
    cmd = [sys.executable, "-m", "tui.cli", "index", str(corpus), "--index", str(index), "--quiet", "--json"]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=err)
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode not in (0, 1):  # 1: some input skipped, the rest indexed
            raise RuntimeError(f"dateline index failed ({proc.returncode}): {err.read().decode()[-2000:]}")
        return IndexRun(seconds, usage.ru_maxrss * 1024, json.loads(out.read()))


def corpus_size(corpus: Path) -> tuple[int, int]:
    """(files, bytes) of the archive as `dateline index` reads it."""
    files = [p for p in corpus.rglob("*") if p.is_file() and p.name != MARKER]
    return len(files), sum(p.stat().st_size for p in files)


def index_time_target(size: int) -> tuple[float, str]:
    """The issue's indexing targets as a time for this size: 100k in 2 min, else the Reuters rate."""
    if size >= 100_000:
        return size * 120 / 100_000, "100k in 2 min"
    return size * REUTERS_SECONDS / REUTERS_STORIES, f"Reuters rate, {REUTERS_STORIES:,} in {REUTERS_SECONDS} s"


def indexing_rows(size: int, corpus: Path, index: Path) -> tuple[list[Row], float]:
    """The indexing section, and the first run's seconds (the comparison needs them)."""
    files, nbytes = corpus_size(corpus)
    log(f"indexing {size:,} articles ({nbytes / MB:.0f} MB) ...")
    first = run_index(corpus, index)
    log(f"indexed in {first.seconds:.1f} s; again, unchanged ...")
    again = run_index(corpus, index)
    added = first.summary["added"]
    limit, why = index_time_target(size)
    ratio = again.seconds / first.seconds
    rows = [
        Row("archive", f"{size:,} articles in {files:,} files (wire text, JSON Lines), {nbytes / MB:.1f} MB"),
        Row("articles indexed", f"{added:,}", f"{size:,}", added == size),
        *passed_over_rows(first.summary),
        at_most("wall time, end to end (read, extract, index, commit)", first.seconds, limit,
                f"{first.seconds:.1f} s", f"{limit:.1f} s ({why})"),
        at_least("articles/s", added / first.seconds, size / limit, f"{added / first.seconds:,.0f}",
                 f"{size / limit:,.0f}"),
        Row("MB/s of archive files", f"{nbytes / MB / first.seconds:.2f}"),
        Row("peak memory (RSS of the largest process)", f"{first.peak_rss / MB:.0f} MB"),
        Row("index size", f"{first.summary['index_bytes'] / MB:.0f} MB"),
        Row("re-index, nothing changed", f"{again.seconds:.1f} s ({again.summary['added']:,} added, "
                                         f"{again.summary['updated']:,} updated, "
                                         f"{again.summary['unchanged']:,} unchanged)"),
        at_most("re-index / first run", ratio, 0.10, f"{ratio:.0%}", "10%"),
    ]
    return rows, first.seconds


def reuters_rows(index: Path) -> list[Row]:
    """The issue's own indexing target, measured as it is worded: the whole Reuters-21578 set (22 SGML files, the
    stories with a body) through `dateline index`, end to end. The benchmark archive's rows above hold it to
    the same rate, but its stories are longer (recombined paragraphs of BBC and Reuters stories), so this row
    is the one the target names."""
    folder = SHARED / "reuters21578"
    if not folder.is_dir():
        return [Row("whole Reuters-21578, `dateline index`", f"not measured ({folder} is not here)")]
    log("indexing the whole Reuters-21578 set ...")
    run = run_index(folder, index)
    added = run.summary["added"]
    return [
        Row("whole Reuters-21578 (22 SGML files): stories indexed, title-only ones too", f"{added:,}",
            f"≥ {REUTERS_STORIES:,} (those with a body)", added >= REUTERS_STORIES),
        at_most("whole Reuters-21578, wall time end to end", run.seconds, REUTERS_SECONDS,
                f"{run.seconds:.1f} s, {added / run.seconds:,.0f} articles/s", f"{REUTERS_SECONDS} s"),
    ]


def passed_over_rows(summary: dict) -> list[Row]:
    """Files the readers ignored or skipped: in a generated archive every one is a reader regression."""
    rows = []
    for kind in ("ignored", "skipped"):
        reasons = Counter(item["reason"] for item in summary[kind])
        rows += [Row(f"files {kind}", f"{count:,}: {reason}", "0", False) for reason, count in reasons.most_common()]
    return rows


# --- search and reader --------------------------------------------------------------------------------------

@dataclass(slots=True)
class SearchTimes:
    first: dict[str, float]  # query -> seconds the first time it was asked
    rounds: dict[str, list[float]]  # query -> seconds in each later round
    refused: dict[str, str]  # query -> the QueryError's message

    def median(self, query: str) -> float:
        return statistics.median(self.rounds[query])


def ask(archive: ArchiveIndex, query: str) -> float:
    """One search as the app asks it: the first page of 20 hits, and facets with 100 values each."""
    started = time.perf_counter()
    archive.search(SearchRequest(query, limit=20, facet_limit=100))
    return time.perf_counter() - started


def measure_search(archive: ArchiveIndex, queries: tuple[BenchQuery, ...], rounds: int) -> SearchTimes:
    """The first ask of each query, then `rounds` rounds of the whole mix. Rounds rather than each query
    repeated back to back, so a result cache sees the query again only after all the others."""
    times = SearchTimes({}, {}, {})
    for q in queries:
        try:
            times.first[q.text] = ask(archive, q.text)
        except QueryError as exc:
            times.refused[q.text] = str(exc)
    for _ in range(rounds):
        for text in times.first:
            times.rounds.setdefault(text, []).append(ask(archive, text))
    return times


def search_target(size: int) -> tuple[float, str]:
    return (0.060, "60 ms (100k)") if size >= 60_000 else (0.025, "25 ms (20k)")


def search_rows(size: int, times: SearchTimes, rounds: int) -> list[Row]:
    samples = [t for values in times.rounds.values() for t in values]
    first = list(times.first.values())
    limit, target = search_target(size)
    slowest = max(times.rounds, key=times.median)
    rows = [
        Row("query mix", f"{len(times.first)} queries × {rounds} rounds; first page of 20 + facets (100 values)"),
        Row("p50 latency", ms(percentile(samples, 50))),
        at_most("p95 latency", percentile(samples, 95), limit, ms(percentile(samples, 95)), target),
        Row("p99 latency", ms(percentile(samples, 99))),
        at_most("first ask of each query, p95", percentile(first, 95), limit, ms(percentile(first, 95)), target),
        Row("slowest first asks", ", ".join(f"{ms(t)} `{q or '(everything)'}`" for q, t in
                                             sorted(times.first.items(), key=lambda qt: -qt[1])[:3])),
        Row("slowest query (median)", f"{ms(times.median(slowest))}: `{slowest or '(empty: everything)'}`"),
    ]
    rows += [Row("query refused", f"`{q}`: {why}", "none", False) for q, why in times.refused.items()]
    return rows


def measure_reader(archive: ArchiveIndex, queries: tuple[BenchQuery, ...], per_query: int = 5) -> list[float]:
    """Seconds to open each of the top hits of every query: fetch by key, then the highlighted text."""
    samples = []
    for q in queries:
        try:
            result = archive.search(SearchRequest(q.text, limit=per_query, facets=False))
        except QueryError:
            continue
        for hit in result.hits:
            started = time.perf_counter()
            article_text(archive.get(hit.key)[0], result.terms)
            samples.append(time.perf_counter() - started)
    return samples


def reader_rows(samples: list[float]) -> list[Row]:
    if not samples:
        return [Row("open an article", "no hits to open")]
    return [Row(f"open an article: fetch + highlighted text, p50 ({len(samples)} articles)",
                ms(percentile(samples, 50))),
            Row("open an article, p95", ms(percentile(samples, 95)))]


# --- the app ------------------------------------------------------------------------------------------------

def app_rows(index: Path) -> list[Row]:
    log("the app: start, keystrokes, memory ...")
    first_start, starts = start_to_first_results(index, START_RUNS)
    facets: list[float] = []
    keys = asyncio.run(keystroke_to_results(index, facets))
    peak = app_peak_memory(index)
    rows = []
    if starts:
        start = statistics.median(starts)
        rows.append(at_most(f"start to first results, median of {len(starts)} (tmux)", start, 1.0,
                            f"{start:.2f} s", "1 s"))
    else:
        rows.append(Row("start to first results", "not measured (no tmux, or no results within 30 s)"))
    if first_start is not None:
        rows.append(Row("the first start before them (writes Dateline's bytecode caches if missing)",
                        f"{first_start:.2f} s"))
    key50, key95 = percentile(keys, 50), percentile(keys, 95)
    rows += [at_most(f"last keystroke to updated results, median of {len(keys)} (Pilot)", key50, 0.100, ms(key50),
                     "100 ms"),
             at_most("last keystroke to updated results, p95", key95, 0.100, ms(key95), "100 ms"),
             Row("last keystroke to facet counts on screen too, median / p95",
                 f"{ms(percentile(facets, 50))} / {ms(percentile(facets, 95))}" if facets else "not measured")]
    if peak is None:
        rows.append(Row("peak memory with the index open", "not measured (no tmux or /proc)"))
    else:
        rows.append(at_most("peak memory with the index open (VmHWM)", peak, 300 * MB, f"{peak / MB:.0f} MB",
                            "300 MB"))
    return rows


# --- side by side -------------------------------------------------------------------------------------------

def ratio_figure(ratios: list[float], extreme: str) -> str:
    worst = min(ratios) if extreme == "lowest" else max(ratios)
    return f"{statistics.median(ratios):.1f}x ({extreme} {worst:.1f}x)"


def rg_rows(corpus: Path, queries: tuple[BenchQuery, ...], times: SearchTimes) -> list[Row]:
    log("rg ...")
    rg = rg_times(corpus, (q for q in queries if q.text in times.rounds))
    if rg is None:
        return [Row("rg (ripgrep)", "not installed")]
    ratios = [seconds / times.median(text) for text, seconds in rg.items()]
    return [
        Row(f"rg -c -i -F over the files, {len(rg)} word and phrase queries, median",
            ms(statistics.median(rg.values()))),
        at_least("rg / Dateline time, per query: median (lowest)", statistics.median(ratios), 10,
                 ratio_figure(ratios, "lowest"), "10x (100k)"),
    ]


def tantivy_rows(corpus: Path, queries: tuple[BenchQuery, ...], times: SearchTimes,
                 dateline_index_seconds: float) -> list[Row]:
    log("tantivy ...")
    measured = tantivy_times(corpus, (q for q in queries if q.text in times.rounds))
    if measured is None:
        return [Row("tantivy", "not installed (pip install tantivy)")]
    seconds, documents, per_query = measured
    ratios = [times.median(text) / t for text, t in per_query.items()]
    return [
        Row("tantivy: index title, body, date (reading the files left out)",
            f"{seconds:.1f} s, {documents / seconds:,.0f} articles/s"),
        Row("Dateline / tantivy, indexing time", f"{dateline_index_seconds / seconds:.0f}x"),
        Row(f"tantivy: {len(per_query)} queries, top 20 + count, median", ms(statistics.median(per_query.values()))),
        Row("Dateline / tantivy time, per query: median (highest)", ratio_figure(ratios, "highest")),
    ]


# --- the run ------------------------------------------------------------------------------------------------

def measure(args, corpus: Path, index: Path) -> list[tuple[str, list[Row]]]:
    """Every section of the table, in order; the index is made here and searched by what follows."""
    indexing, index_seconds = indexing_rows(args.size, corpus, index)
    if args.reuters:
        indexing += reuters_rows(index.with_name("reuters-index"))
    sections = [("Indexing", indexing)]
    archive = ArchiveIndex(str(index), prefetch=True)  # as the browser opens it
    try:
        queries = query_mix(archive)
        log(f"searching: {len(queries)} queries ...")
        times = measure_search(archive, queries, args.rounds)
        sections.append(("Search", search_rows(args.size, times, args.rounds)))
        sections.append(("Reader", reader_rows(measure_reader(archive, queries))))
    finally:
        archive.close()
    if args.app:
        sections.append(("App", app_rows(index)))
    if args.compare:
        rows = rg_rows(corpus, queries, times)
        if args.tantivy:
            rows += tantivy_rows(corpus, queries, times, index_seconds)
        sections.append(("Comparison", rows))
    return sections


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, help=f"articles in the archive (--quick: {QUICK_SIZE:,})")
    parser.add_argument("--quick", action="store_true", help="a small archive; no app, no tantivy unless asked")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--skip-app", action="store_true")
    parser.add_argument("--skip-compare", action="store_true", help="no rg, no tantivy")
    parser.add_argument("--app", action="store_true", help="with --quick: measure the app all the same")
    parser.add_argument("--tantivy", action="store_true", help="with --quick: run tantivy all the same")
    parser.add_argument("--skip-reuters", action="store_true",
                        help="do not index the whole Reuters-21578 set (the issue's 20 s target) as well")
    parser.add_argument("--out-md", type=Path, help="also write the table to this file")
    args = parser.parse_args()
    if args.size is None and not args.quick:
        parser.error("give --size N, or --quick")
    args.size = args.size or QUICK_SIZE
    args.rounds = 3 if args.quick else 5
    args.app = not args.skip_app and (args.app or not args.quick)
    args.compare = not args.skip_compare
    args.reuters = not args.skip_reuters and not args.quick
    args.tantivy = args.compare and (args.tantivy or not args.quick)
    return args


def main() -> int:
    args = parse_args()
    started = time.perf_counter()
    version, fingerprint = code_version(), code_fingerprint()
    log(f"building (or reusing) an archive of {args.size:,} articles, seed {args.seed} ...")
    try:
        corpus = build_corpus(args.size, args.seed)
    except CorporaMissing as exc:
        print(f"skipped: {exc}")
        return 0
    with tempfile.TemporaryDirectory(prefix="dateline-bench-index-") as tmp:
        sections = measure(args, corpus, Path(tmp) / "index")
    title = (f"Dateline benchmark, {date.today()}, {version}: {args.size:,} articles (seed {args.seed}), "
             f"{os.cpu_count()} cores, Python {platform.python_version()}, run took "
             f"{time.perf_counter() - started:.0f} s")
    if code_fingerprint() != fingerprint:
        title += "\n\n**search_index/ or tui/ changed during this run: these figures mix two versions of the code.**"
    table = markdown(title, sections)
    print(table)
    if args.out_md:
        args.out_md.write_text(table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
