"""The alternatives, on the same archive on the same machine: ripgrep over the files and tantivy.

`rg` is what a terminal user does without an index; tantivy is the fastest engine embeddable from Python. Both
answer less than Dateline does (rg: lines, no ranking, no facets; tantivy here: title and body with stemming,
no extraction, no facets), so the ratios say what Dateline's extras cost, not who is right.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

from search_index import ReadOptions, iter_inputs, read_input
from search_index.sources import InputFile

from queries import BenchQuery

RUNS = 3


def median_seconds(action, runs: int = RUNS) -> float:
    """Median wall time of `action()` over `runs` calls, after one call that warms caches."""
    action()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def rg_times(corpus: Path, queries: Iterable[BenchQuery]) -> dict[str, float] | None:
    """Seconds per query for `rg -c -i -F` over the archive files; None when rg is not installed."""
    rg = shutil.which("rg")
    if rg is None:
        return None
    return {q.text: median_seconds(lambda q=q: subprocess.run([rg, "-c", "-i", "-F", "--", q.literal, str(corpus)],
                                                              capture_output=True))
            for q in queries if q.literal}


def read_documents(corpus: Path) -> Iterator[tuple[str, str, datetime | None]]:
    """(title, body, date) of every article, read by Dateline's own readers: the same documents it indexes."""
    for item in iter_inputs([str(corpus)]):
        if isinstance(item, InputFile):
            for article in read_input(item, ReadOptions()).articles:
                yield article.title, article.body, article.date


class TantivyArchive:
    """The archive indexed with tantivy in a temporary folder: title and body stemmed, date as a fast field."""

    def __init__(self, tantivy, folder: str):
        self._tantivy = tantivy
        builder = tantivy.SchemaBuilder()
        builder.add_text_field("title", stored=True, tokenizer_name="en_stem")
        builder.add_text_field("body", stored=True, tokenizer_name="en_stem")
        builder.add_date_field("date", stored=True, indexed=True, fast=True)
        self.index = tantivy.Index(builder.build(), path=folder)

    def add_all(self, documents: list[tuple[str, str, datetime | None]]) -> float:
        """Index the documents and commit; returns the seconds it took."""
        started = time.perf_counter()
        writer = self.index.writer()
        for title, body, date in documents:
            doc = self._tantivy.Document()
            doc.add_text("title", title)
            doc.add_text("body", body)
            if date is not None:
                doc.add_date("date", date)
            writer.add_document(doc)
        writer.commit()
        writer.wait_merging_threads()
        seconds = time.perf_counter() - started
        self.index.reload()
        return seconds

    def search(self, text: str) -> tuple[int, list[str]]:
        """What a results page needs: the count of all hits, and the top 20 with their titles."""
        searcher = self.index.searcher()
        query = self.index.parse_query(text, ["title", "body"], conjunction_by_default=True)
        result = searcher.search(query, limit=20, count=True)
        return result.count, [searcher.doc(address)["title"][0] for _score, address in result.hits]


def tantivy_times(corpus: Path, queries: Iterable[BenchQuery]) -> tuple[float, int, dict[str, float]] | None:
    """(seconds to index, documents, seconds per query) with tantivy; None when it is not installed. Reading
    the files is left out of the indexing time: tantivy gets the documents already read."""
    try:
        import tantivy
    except ImportError:
        return None
    documents = list(read_documents(corpus))
    with tempfile.TemporaryDirectory(prefix="dateline-bench-tantivy-") as folder:
        archive = TantivyArchive(tantivy, folder)
        seconds = archive.add_all(documents)
        times = {q.text: median_seconds(lambda q=q: archive.search(q.tantivy)) for q in queries if q.tantivy}
    return seconds, len(documents), times
