"""The real corpora in ../shared: counts, dates and ids as their SOURCE.md files describe them."""

import gzip
import html
import json
import re
import tarfile
import time
from datetime import datetime

import pytest

from search_index import ArchiveIndex, SearchRequest, index_sources

from .conftest import shared_corpus

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def reuters(tmp_path_factory):
    corpus = shared_corpus("reuters21578")
    ix = ArchiveIndex(str(tmp_path_factory.mktemp("reuters") / "ix"), create=True)
    summary = index_sources(ix, [str(corpus)])
    yield ix, summary, corpus
    ix.close()


def test_reuters_gives_every_story(reuters):
    ix, summary, _ = reuters
    assert summary.added == 21578 and summary.exit_code == 0
    stats = ix.stats()
    assert stats.articles == 21578
    assert stats.first_date.date() == datetime(1987, 2, 26).date()
    assert stats.last_date.date() == datetime(1987, 10, 20).date()


def test_every_reuters_newid_is_findable(reuters):
    ix, _, _ = reuters
    reader = ix._current_searcher().reader()
    native = {v.decode() if isinstance(v, bytes) else v for v in reader.lexicon("native_id")}
    assert native == {str(n) for n in range(1, 21579)}
    [story] = ix.get("1857")
    # what the record says, read here from the raw SGML (no corpus text is copied into the tests)
    raw = gzip.open(shared_corpus("reuters21578") / "reut2-001.sgm.gz").read().decode("latin-1")
    record = raw[raw.index('NEWID="1857"'):]
    record = record[:record.index("</REUTERS>")]
    title = html.unescape(re.search(r"<TITLE>(.*?)</TITLE>", record, re.S).group(1))
    place = re.search(r"<DATELINE>\s*([^,]+),", record).group(1)
    first_words = " ".join(re.search(r"<BODY>(.*?)</BODY>", record, re.S).group(1).split()[:7])
    assert story.title == title and story.place == place.title()
    assert story.body.startswith(first_words)
    assert not story.body.rstrip().endswith("Reuter")


def test_reuters_march_range_returns_only_march(reuters):
    ix, _, _ = reuters
    result = ix.search(SearchRequest("date:[1987-03-01 to 1987-03-31]", limit=500, sort="oldest", facets=False))
    assert result.total > 1000
    newest = ix.search(SearchRequest("date:[1987-03-01 to 1987-03-31]", limit=1, sort="newest", facets=False))
    assert result.hits[0].date.month == 3 and newest.hits[0].date.month == 3
    assert all(h.date.month == 3 and h.date.year == 1987 for h in result.hits)


def test_reuters_second_run_is_a_fraction_of_the_first(reuters):
    ix, first, corpus = reuters
    started = time.perf_counter()
    again = index_sources(ix, [str(corpus)])
    elapsed = time.perf_counter() - started
    assert again.counts_line() == "0 added, 0 updated, 21,578 unchanged, 0 removed"
    assert elapsed < first.seconds / 2, (elapsed, first.seconds)


def test_bbc_folder_gives_2225_articles(tmp_path):
    corpus = shared_corpus("bbc-fulltext")
    ix = ArchiveIndex(str(tmp_path / "ix"), create=True)
    summary = index_sources(ix, [str(corpus)])
    assert summary.added == 2225 and summary.exit_code == 0
    [article] = ix.get("bbc-fulltext/bbc/sport/203")
    with tarfile.open(corpus / "bbc-fulltext.tar.gz") as tar:
        first_line = tar.extractfile("bbc/sport/203.txt").read().decode("utf-8", "replace").split("\n")[0]
    assert article.title == first_line.strip() and article.title
    ix.close()


def test_tass_sample_gives_20_dated_articles_with_place_and_agency(tmp_path):
    corpus = shared_corpus("tass-sample")
    ix = ArchiveIndex(str(tmp_path / "ix"), create=True)
    summary = index_sources(ix, [str(corpus)])
    assert summary.added == 20 and summary.exit_code == 0
    hits = ix.search(SearchRequest("", limit=50)).hits
    assert len(hits) == 20
    assert {h.date.date() for h in hits} == {datetime(2024, 12, 26).date()}
    assert all(h.place and h.source == "TASS" for h in hits)
    [story] = ix.get("tass-1894059")
    record = next(r for r in json.loads((corpus / "politics_20.json").read_text(encoding="utf-8"))
                  if r["link"].endswith("/1894059"))
    lead = record["content"][1]  # [0] repeats the description and is not repeated in the body
    city, region = story.place.split(", ")
    assert story.agency == "TASS" and lead.startswith(f"{city.upper()} /{region}/, ")
    assert story.body.startswith(lead[:60])
    ix.close()


def test_reuters_phrases_match_whooshs(reuters):
    """Phrases from Reuters' own text, over an index of several segments: the array engine finds and scores
    what Whoosh's span matcher does."""
    import random

    from search_index.fastsearch import ArrayEngine
    from search_index.query import QueryError
    from search_index.store import _split_dates

    from .test_fastsearch import assert_same_as_whoosh

    ix, _, _ = reuters
    searcher = ix._current_searcher()
    assert len(searcher.reader().leaf_readers()) > 1, "the index should have several segments"
    engine = ArrayEngine(searcher)
    rnd = random.Random(5)
    checked = found = 0
    while checked < 40:
        body = searcher.stored_fields(rnd.randrange(searcher.doc_count_all())).get("body", "")
        words = re.findall(r"[A-Za-z]+", body)
        if len(words) < 8:
            continue
        at = rnd.randrange(len(words) - 3)
        text = '"' + " ".join(words[at:at + rnd.randint(2, 3)]) + '"'
        try:
            q, _dates = _split_dates(ix.parser.parse(text))
        except QueryError:
            continue
        checked += 1
        found += bool(assert_same_as_whoosh(engine, searcher, q, text))
    assert found > 30
