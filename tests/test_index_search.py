"""Indexing and searching through the public API, on small archives written by the tests."""

import io
import json
import os
import tarfile
from datetime import datetime

import pytest

from search_index import Article, Entity, QueryError, ReadOptions, SearchRequest, index_sources

STORY = """{title}

MARENBURG, {month} {day}. /MNA/. {body}
"""


def story(title, body, month="May", day=20):
    return STORY.format(title=title, body=body, month=month, day=day)


@pytest.fixture
def small(write):
    write("2024-05-20-river.txt", story("River talks resume", "Ministers resumed talks on the river treaty."))
    write("2024-06-02-bank.txt", story("Bank raises rates", "The central bank raised its main rate.", "June", 2))
    write("2025-01-10-port.txt", story("Port strike ends", "Dockers ended the strike at the port of Esselmund.",
                                       "January", 10))
    records = [
        {"id": "gazette-2024-0412", "title": "Drought deepens", "body": "The river fell again; talks stalled.",
         "date": "2024-04-12T08:15:00+02:00", "source": "The Gazette"},
        {"id": "gazette-2025-0301", "title": "Treaty text published", "body": ["The treaty text is out.", "More."],
         "date": "2025-03-01T10:00:00Z", "source": "The Gazette"},
    ]
    write("gazette.jsonl", "\n".join(json.dumps(r) for r in records) + "\n")
    return write


def test_index_then_search_ranks_and_highlights(archive, small):
    summary = index_sources(archive, [str(small.folder)])
    assert summary.counts_line() == "5 added, 0 updated, 0 unchanged, 0 removed"
    assert summary.exit_code == 0
    result = archive.search(SearchRequest("river talks"))
    assert result.total == 2
    assert {h.id for h in result.hits} == {"2024-05-20-river", "gazette-2024-0412"}
    for hit in result.hits:
        marked = [hit.snippet.text[s:e].lower() for s, e in hit.snippet.highlights]
        assert marked and set(marked) <= {"river", "talks"}
    assert dict(result.facets["source"]) == {"MNA": 1, "The Gazette": 1}


def test_phrase_and_fields(archive, small):
    index_sources(archive, [str(small.folder)])
    assert [h.id for h in archive.search(SearchRequest('"central bank"')).hits] == ["2024-06-02-bank"]
    assert archive.search(SearchRequest('"bank central"')).total == 0
    assert [h.id for h in archive.search(SearchRequest("title:treaty")).hits] == ["gazette-2025-0301"]
    assert archive.search(SearchRequest("source:gazette")).total == 2
    assert archive.search(SearchRequest("place:marenburg")).total == 3


def test_date_queries_and_filters(archive, small):
    index_sources(archive, [str(small.folder)])
    ids = lambda req: sorted(h.id for h in archive.search(req).hits)  # noqa: E731
    assert ids(SearchRequest("date:2024-05")) == ["2024-05-20-river"]
    assert ids(SearchRequest("date:[2024-04-01 to 2024-06-30]")) == [
        "2024-05-20-river", "2024-06-02-bank", "gazette-2024-0412"]
    assert ids(SearchRequest("date:2025")) == ["2025-01-10-port", "gazette-2025-0301"]
    assert ids(SearchRequest("date:2030")) == [] and archive.search(SearchRequest("date:2030")).total == 0
    assert ids(SearchRequest("date:2024-05 OR date:2025-01")) == ["2024-05-20-river", "2025-01-10-port"]
    assert ids(SearchRequest("river date:2024")) == ["2024-05-20-river", "gazette-2024-0412"]
    assert ids(SearchRequest("", date_from=datetime(2025, 1, 1))) == ["2025-01-10-port", "gazette-2025-0301"]
    newest = archive.search(SearchRequest("", sort="newest", limit=5)).hits
    assert [h.date for h in newest] == sorted((h.date for h in newest), reverse=True)
    oldest = archive.search(SearchRequest("", sort="oldest", limit=1)).hits
    assert oldest[0].id == "gazette-2024-0412"


def test_second_run_changes_nothing_then_updates_and_removes(archive, small):
    index_sources(archive, [str(small.folder)])
    again = index_sources(archive, [str(small.folder)])
    assert again.counts_line() == "0 added, 0 updated, 5 unchanged, 0 removed"
    # edit one story, drop one JSON record
    small("2024-06-02-bank.txt", story("Bank raises rates again", "The central bank raised its rate.", "June", 2))
    lines = (small.folder / "gazette.jsonl").read_text().splitlines()
    (small.folder / "gazette.jsonl").write_text(lines[0] + "\n")
    third = index_sources(archive, [str(small.folder)])
    assert third.counts_line() == "0 added, 1 updated, 3 unchanged, 1 removed"
    assert archive.get("2024-06-02-bank")[0].title == "Bank raises rates again"
    assert archive.get("gazette-2025-0301") == []
    assert archive.search(SearchRequest("")).total == 4


def test_records_gone_from_a_file_read_again_go_even_when_the_file_has_a_problem_now(archive, write):
    """A broken line, an emptied file, a file that is no longer a story: what the file no longer holds leaves the
    index (the problem is still reported); a compressed file cut short keeps what lies past the break."""
    import gzip

    rec = lambda i: json.dumps({"id": f"r{i}", "title": f"Record {i}", "body": f"Body of record {i}."})  # noqa: E731
    write("feed.jsonl", rec(1) + "\n" + rec(2) + "\n")
    write("story.txt", story("Ferry talks", "The ferries run again."))
    write("big.jsonl.gz", gzip.compress("".join(rec(i) + "\n" for i in range(100, 2100)).encode()))
    index_sources(archive, [str(write.folder)])
    assert archive.search(SearchRequest("")).total == 2003

    write("feed.jsonl", rec(1) + "\n{broken\n")
    write("story.txt", "README\n")
    packed = (write.folder / "big.jsonl.gz").read_bytes()
    write("big.jsonl.gz", packed[: len(packed) // 2])
    run = index_sources(archive, [str(write.folder)])
    # the broken line is reported, and may be r2 itself: r2 stays, and the run says why
    assert archive.get("r2") != [] and archive.get("r1") != []
    assert any("feed.jsonl" in str(p) and "invalid JSON" in str(p) for p in run.problems)
    assert any("feed.jsonl" in str(w) and "1 article the file no longer holds kept" in str(w) for w in run.warnings)
    assert archive.search(SearchRequest("ferries")).total == 0  # no longer a story: its old article goes
    assert archive.get("r2099") != []  # past the break of a file cut short: kept
    assert run.removed == 1

    write("feed.jsonl", rec(1) + "\n")  # mended: r2 is gone from the file, and from the index
    run = index_sources(archive, [str(write.folder)])
    assert archive.get("r2") == [] and run.removed == 1

    write("feed.jsonl", "")
    run = index_sources(archive, [str(write.folder)], prune=True)
    assert archive.get("r1") == [] and run.removed == 1
    assert any("empty file" in str(p) for p in run.problems)


def test_a_broken_record_that_cannot_be_told_apart_keeps_the_files_articles(archive, write):
    """`line 2` of records indexed by their ids may be any of them: nothing of the file is removed; a pretty-printed
    JSON file that no longer parses is not parsed at all; a Reuters file cut inside a record keeps what lay past."""
    rec = lambda i: json.dumps({"id": f"r{i}", "title": f"Record {i}", "body": f"Body of record {i}."})  # noqa: E731
    write("feed.jsonl", "\n".join(rec(i) for i in (1, 2, 3)) + "\n")
    write("one.json", json.dumps({"id": "solo", "title": "Harbour story", "body": "The harbour reopened."}, indent=2))
    index_sources(archive, [str(write.folder)])
    write("feed.jsonl", rec(1) + "\n" + rec(2)[:20] + "\n" + rec(3) + "\n")
    write("one.json", json.dumps({"id": "solo", "title": "Harbour story", "body": "x"}, indent=2).replace(",", "", 1))
    run = index_sources(archive, [str(write.folder)])
    assert run.removed == 0 and archive.get("r2") != [] and archive.search(SearchRequest("harbour")).total == 1
    assert len([p for p in run.problems if "feed.jsonl" in str(p)]) == 1


def test_date_span_is_the_first_and_last_date_of_the_articles_still_indexed(archive, small):
    assert archive.date_span() is None  # nothing indexed
    index_sources(archive, [str(small.folder)])
    first, last = archive.date_span()
    assert (first.date().isoformat(), last.date().isoformat()) == ("2024-04-12", "2025-03-01")
    lines = (small.folder / "gazette.jsonl").read_text().splitlines()
    (small.folder / "gazette.jsonl").write_text(lines[0] + "\n")  # the last-dated record goes
    index_sources(archive, [str(small.folder)])
    assert archive.date_span()[1].date().isoformat() != "2025-03-01"


def test_prune_drops_articles_whose_file_is_gone(archive, small):
    index_sources(archive, [str(small.folder)])
    os.remove(small.folder / "2025-01-10-port.txt")
    kept = index_sources(archive, [str(small.folder)])
    assert kept.removed == 0 and archive.search(SearchRequest("strike")).total == 1
    pruned = index_sources(archive, [str(small.folder)], prune=True)
    assert pruned.removed == 1 and archive.search(SearchRequest("strike")).total == 0


def test_broken_input_costs_only_itself(archive, small):
    small("broken.json", "{this is not json")
    small("empty.txt", "")
    summary = index_sources(archive, [str(small.folder)])
    assert summary.added == 5
    assert summary.exit_code == 1
    reasons = {os.path.basename(p.path): p.reason for p in summary.problems}
    assert "invalid JSON" in reasons["broken.json"] and reasons["empty.txt"] == "empty file"


def test_messages_for_broken_files_are_whole_sentences_and_a_cut_feed_is_said_to_be_cut(archive, small):
    """What Python's own messages left: `Unterminated string starting at` ending mid-sentence, tarfile's list of
    every compression it tried with exception names, and a feed cut off mid-item indexed without a word."""
    import gzip

    small("cut.json", '{"title": "Dock strike", "body": "The strike')
    (small.folder / "notreally.tar.gz").write_bytes(gzip.compress(b"just some text, not a tar archive\n"))
    small("cut.rss", "<rss><channel><title>Wire</title><item><title>Dock strike</title>")
    summary = index_sources(archive, [str(small.folder)])
    reasons = {os.path.basename(p.path): p.reason for p in summary.problems}
    assert reasons["cut.json"] == "invalid JSON at line 1 column 34: Unterminated string starting there"
    assert reasons["notreally.tar.gz"] == "broken archive: not a tar archive, or one cut short"
    warned = {os.path.basename(p.path): p.reason for p in summary.warnings}
    assert warned["cut.rss"].startswith("not well-formed XML (no element found at line ")
    assert "cut.rss" not in reasons  # its item is read all the same
    assert archive.search(SearchRequest("title:strike source:wire")).total == 1


def test_partial_dates_are_counted_not_invented(archive, write):
    write("story.txt", story("Undated river story", "Talks resumed."))
    summary = index_sources(archive, [str(write.folder)])
    assert summary.partial_dates == 1
    [article] = archive.get("story")
    assert article.date is None and article.partial_date.iso() == "--05-20"
    assert archive.search(SearchRequest("date:2024")).total == 0
    dated = index_sources(archive, [str(write.folder)], options=ReadOptions(year=2024))
    assert dated.updated == 1 and archive.search(SearchRequest("date:2024-05-20")).total == 1


def test_tar_gz_archive_members_are_articles(archive, tmp_path):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for name, text in (("bbc/sport/001.txt", "Club wins\n\nThe club won."),
                           ("bbc/README.TXT", "About\n\nNot a story."),
                           ("bbc/tech/002.txt", "Phone sales\n\nSales rose.")):
            data = text.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    src = tmp_path / "corpus"
    src.mkdir()
    (src / "stories.tar.gz").write_bytes(buf.getvalue())
    summary = index_sources(archive, [str(src)])
    assert summary.added == 2 and [os.path.basename(i.path) for i in summary.ignored] == ["README.TXT"]
    assert archive.get("stories/bbc/sport/001")[0].title == "Club wins"


def test_get_by_native_id_and_stats(archive, small):
    index_sources(archive, [str(small.folder)])
    stats = archive.stats()
    assert stats.articles == 5
    assert stats.first_date.date() == datetime(2024, 4, 12).date()
    assert stats.last_date == datetime(2025, 3, 1, 10, 0)
    assert dict(stats.sources) == {"MNA": 3, "The Gazette": 2}


def _article(key, title, persons=(), orgs=(), date=None):
    return Article(title=title, body=f"{title} body text", source_path=f"/mem/{key}", id=key, source="Test",
                   date=date, persons=[Entity(p) for p in persons], organisations=[Entity(o) for o in orgs])


def test_person_and_org_facets_count_all_hits_and_filter(archive):
    with archive.writer() as w:
        w.add(_article("a", "Summit one", ["Arvid Kellan", "Mira Osk"], ["NRCC"]), replace=False)
        w.add(_article("b", "Summit two", ["Arvid Kellan"], ["NRCC", "Halvard Energy Corp"]), replace=False)
        w.add(_article("c", "Summit three", ["Mira Osk", "Arvid Kellan"]), replace=False)
        w.add(_article("d", "Other news", ["Jonas Reyhart"]), replace=False)
    result = archive.search(SearchRequest("summit", limit=1))
    assert result.total == 3 and len(result.hits) == 1
    assert result.facets["person"] == [("Arvid Kellan", 3), ("Mira Osk", 2)]
    assert result.facets["organisation"] == [("NRCC", 2), ("Halvard Energy Corp", 1)]
    filtered = archive.search(SearchRequest("summit", persons=("Mira Osk",), organisations=("NRCC",)))
    assert [h.id for h in filtered.hits] == ["a"]
    assert archive.search(SearchRequest("person:osk")).total == 2
    assert archive.search(SearchRequest('person:"arvid kellan" org:halvard')).total == 1


def test_a_facet_filter_text_finds_values_beyond_the_most_frequent(archive):
    """What is typed in a facet's filter box is looked for among all the values of the hits, with their counts:
    a name outside the top `facet_limit` is found all the same (and a surname finds its full name)."""
    with archive.writer() as w:
        for n in range(5):
            w.add(_article(f"k{n}", f"Summit {n}", ["Arvid Kellan"], ["NRCC"]), replace=False)
        w.add(_article("s", "Summit talks", ["Sofia Lindqvar"], ["Marenburg Harbour Authority"]), replace=False)
        w.add(_article("o", "Other news", ["Sofia Lindqvist"]), replace=False)
    top = archive.search(SearchRequest("summit", facet_limit=1))
    assert top.facets["person"] == [("Arvid Kellan", 5)]
    found = archive.search(SearchRequest("summit", facet_limit=1,
                                         facet_contains=(("person", "LINDQ"), ("organisation", "harbour"))))
    assert found.facets["person"] == [("Sofia Lindqvar", 1)]  # among the hits only: not Lindqvist
    assert found.facets["organisation"] == [("Marenburg Harbour Authority", 1)]
    assert found.facets["source"] == top.facets["source"]  # a facet without filter text is counted as ever
    assert archive.search(SearchRequest("summit", facet_contains=(("person", "zz"),))).facets["person"] == []

def test_bad_query_raises_query_error(archive, small):
    index_sources(archive, [str(small.folder)])
    with pytest.raises(QueryError):
        archive.search(SearchRequest('"river'))


def test_surname_only_people_merge_into_the_archives_full_name(archive):
    with archive.writer() as w:
        w.add(_article("a", "Budget one", ["Ronald Rega"]), replace=False)
        w.add(_article("b", "Budget two", ["Ronald Rega", "Jim Wrighton"]), replace=False)
        w.add(_article("c", "Budget three", ["Rega"]), replace=False)  # "President Rega" only
        w.add(_article("d", "Budget four", ["Baker"]), replace=False)  # two full Bakers: stays apart
        w.add(_article("e", "Budget five", ["James Baker"]), replace=False)
        w.add(_article("f", "Budget six", ["Howard Baker"]), replace=False)
    result = archive.search(SearchRequest("budget"))
    people = dict(result.facets["person"])
    assert people["Ronald Rega"] == 3 and "Rega" not in people
    assert people["Baker"] == 1 and people["James Baker"] == 1
    filtered = archive.search(SearchRequest("budget", persons=("Ronald Rega",)))
    assert sorted(h.id for h in filtered.hits) == ["a", "b", "c"]
    assert [h.persons for h in filtered.hits if h.id == "c"] == [["Ronald Rega"]]


def test_filters_narrow_the_hits_and_leave_their_scores_and_order_alone(archive):
    with archive.writer() as w:
        # "b" says budget twice, so ranks first; "a" names the person twice over (full name, surname alone)
        w.add(_article("a", "Budget talk", ["Ronald Rega", "Rega"], ["NRCC"]), replace=False)
        w.add(_article("b", "Budget budget talk", ["Ronald Rega"], ["NRCC"]), replace=False)
        w.add(_article("c", "Budget budget budget", ["Jim Wrighton"]), replace=False)
    plain = {h.id: h.score for h in archive.search(SearchRequest("budget")).hits}
    for req in (SearchRequest("budget", persons=("Ronald Rega",)), SearchRequest("budget", organisations=("NRCC",)),
                SearchRequest("budget", sources=("Test",), persons=("Ronald Rega",), date_from=None)):
        hits = archive.search(req).hits
        assert [h.id for h in hits] == ["b", "a"]
        assert {h.id: h.score for h in hits} == {k: plain[k] for k in ("a", "b")}


def test_a_hit_lists_the_people_and_organisations_its_article_names_most_first(archive):
    def named(name, times):
        return Entity(name, [], [(i, i + 1) for i in range(times)])

    article = Article(title="Port report", body="Port report body text", source_path="/mem/p", id="p", source="Test",
                      persons=[named("Arvid Kellan", 1), named("Mira Osk", 3), named("Jonas Reyhart", 1)],
                      organisations=[named("MNA", 1), named("Halvard Energy Corp", 4)])
    with archive.writer() as w:
        w.add(article, replace=False)
    hit = archive.search(SearchRequest("port")).hits[0]
    assert hit.persons == ["Mira Osk", "Arvid Kellan", "Jonas Reyhart"]  # a tie keeps the order named
    assert hit.organisations == ["Halvard Energy Corp", "MNA"]


def test_snippet_marks_the_words_the_analyser_matched():
    from search_index.snippets import make_snippet

    body = "Talks stalled. " + "Filler words here. " * 30 + "The treaty's terms and two treaties were signed."
    snippet = make_snippet(body, {"treati"})
    assert [snippet.text[s:e] for s, e in snippet.highlights] == ["treaty", "treaties"]
    assert snippet.text.startswith("…") and snippet.text[1] != " " and len(snippet.text) <= 230
    assert make_snippet("No match here.", {"treati"}).highlights == []


def test_us_and_may_are_words_and_use_is_not_us(archive, write):
    """A news archive is searched for `US` and `May`: neither is a stop word, and Porter's stem of `use`,
    `used` and `using` (`us`) is not the country's."""
    write("a.txt", story("Sanctions", "The US imposed sanctions on the shipping line."))
    write("b.txt", story("Tools", "Farmers used the new pumps and will use more of them."))
    write("c.txt", story("Vote", "Theresa May called a vote; talks resume in May."))
    index_sources(archive, [str(write.folder)])
    assert [h.title for h in archive.search(SearchRequest("US sanctions")).hits] == ["Sanctions"]
    assert [h.title for h in archive.search(SearchRequest("us")).hits] == ["Sanctions"]
    assert [h.title for h in archive.search(SearchRequest("using")).hits] == ["Tools"]
    hit = archive.search(SearchRequest('"Theresa May"')).hits[0]
    assert hit.title == "Vote" and "Theresa May" in [hit.snippet.text[s:e] for s, e in hit.snippet.highlights]


def test_a_full_name_finds_what_the_people_facet_counts_under_it(archive, write):
    """A story that calls him Kellan alone is counted under Arvid Kellan by the People facet; `person:"Arvid
    Kellan"` and `dateline quotes --speaker "Arvid Kellan"` find it too, as the facet filter does."""
    write("a.txt", story("Talks", 'Foreign Minister Arvid Kellan said: "The river is ours." Kellan left.'))
    write("b.txt", story("Dam", 'Kellan said: "The dam will not be built." The ministers met again.'))
    write("c.txt", story("Port", "The port reopened on Monday after a week of strikes."))
    index_sources(archive, [str(write.folder)])
    counted = dict(archive.search(SearchRequest("", facet_limit=10)).facets["person"])
    assert counted.get("Arvid Kellan") == 2
    filtered = archive.search(SearchRequest("", persons=("Arvid Kellan",)))
    asked = archive.search(SearchRequest('person:"Arvid Kellan"'))
    assert sorted(h.title for h in asked.hits) == sorted(h.title for h in filtered.hits) == ["Dam", "Talks"]
    total, quotes = archive.quotes(speaker="Arvid Kellan")
    assert total == 2 and {q.text for q in quotes} == {"The river is ours.", "The dam will not be built."}


def test_an_index_of_the_previous_schema_still_opens_and_an_unknown_one_is_refused(tmp_path):
    from search_index.schema import SCHEMA_VERSION
    from search_index.store import META_FILE, ArchiveIndex, IndexError_

    path = tmp_path / "ix"
    ArchiveIndex(str(path), create=True).close()
    meta = path / META_FILE
    assert json.loads(meta.read_text())["schema_version"] == SCHEMA_VERSION
    for older in (2, 3):
        meta.write_text(json.dumps({"schema_version": older}))
        ArchiveIndex(str(path)).close()  # indexes of schemas 2 and 3 read and update as before
    meta.write_text(json.dumps({"schema_version": 1}))
    with pytest.raises(IndexError_, match="another version of Dateline"):
        ArchiveIndex(str(path))


HARBOUR_STORY = "Harbour talks resume\n\n\"We are close,\" said Mara Kellan on Tuesday.\n"


def _two_stories(tmp_path):
    """A folder `wire` of two one-story files: a.txt (a quote of Mara Kellan's) and b.txt."""
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "a.txt").write_text(HARBOUR_STORY)
    (folder / "b.txt").write_text("Tide tables revised\n\nThe port authority revised its tables.\n")
    return folder


def test_reading_makes_documents_only_for_new_or_changed_articles(tmp_path):
    """What reading hands to writing: a ready Whoosh document for a new or changed article, and for one the
    index already holds unchanged under the same key only its key and hash."""
    from search_index import indexer
    from search_index.readers import ReadOptions
    from search_index.sources import iter_inputs

    folder = _two_stories(tmp_path)
    inputs = sorted((f for f in iter_inputs([str(folder)]) if hasattr(f, "rel")), key=lambda f: f.rel)
    indexer._init_worker({})
    first = [indexer._read_task((f, ReadOptions()))[2][0] for f in inputs]
    assert all(p.doc is not None and p.doc["hash"] == p.content_hash and p.doc["key"] == p.key for p in first)
    assert "Mara Kellan" in first[0].doc["speaker"]
    indexer._init_worker({first[0].key: first[0].content_hash, first[1].key: "an older version"})
    again = [indexer._read_task((f, ReadOptions()))[2][0] for f in inputs]
    assert again[0].doc is None and again[0].key == first[0].key
    assert again[1].doc == first[1].doc
    # the same text under another key (a copied file) is a new article, not one the index holds
    indexer._init_worker({"elsewhere": first[0].content_hash})
    assert indexer._read_task((inputs[0], ReadOptions()))[2][0].doc == first[0].doc


@pytest.mark.parametrize("workers", [1, 2])
def test_a_copied_file_is_indexed_again_under_its_own_name(tmp_path, workers, monkeypatch):
    """A story that turns up in a second file (a copy, a wire service re-sending it) is an article of that file
    too: the next run adds it, where it once failed on the copy, whose text the index already held."""
    from search_index import indexer

    monkeypatch.setattr(indexer, "PARALLEL_MIN_BYTES", 0)  # two workers even for two small files
    folder = _two_stories(tmp_path)
    from search_index.store import ArchiveIndex

    with ArchiveIndex(str(tmp_path / "ix"), create=True) as archive:
        assert index_sources(archive, [str(folder)], workers=workers).added == 2
        (folder / "copy.txt").write_text(HARBOUR_STORY)
        summary = index_sources(archive, [str(folder)], workers=workers)
        assert (summary.added, summary.unchanged, summary.problems) == (1, 2, [])
        hits = archive.search(SearchRequest('speaker:kellan "we are close"')).hits
        assert sorted(h.key.split("#")[0].rsplit("/", 1)[-1] for h in hits) == ["a.txt", "copy.txt"]


def test_new_extraction_rules_re_extract_every_article_on_the_next_run(archive, small, monkeypatch):
    """Unchanged files are skipped by their hash, which carries the rules' version: when the rules change, the
    next `dateline index` extracts every article again instead of keeping what the old rules found."""
    from search_index import model

    first = index_sources(archive, [str(small.folder)])
    assert first.added == 5
    again = index_sources(archive, [str(small.folder)])
    assert (again.unchanged, again.updated) == (5, 0)
    monkeypatch.setattr(model, "EXTRACTION_VERSION", model.EXTRACTION_VERSION + "-next")
    after = index_sources(archive, [str(small.folder)])
    assert (after.unchanged, after.updated, after.added) == (0, 5, 0)


def test_snippets_find_the_same_words_when_only_words_that_begin_like_a_term_are_stemmed(monkeypatch):
    """The snippet stems only words that share all but a term's last few letters; the result must be what
    stemming every word gives, for every word of the bundled archive taken as the query."""
    import re
    from pathlib import Path

    from whoosh.lang.porter import stem

    from search_index import snippets

    data = Path(__file__).resolve().parents[1] / "data"
    bodies = [p.read_text(encoding="utf-8") for p in sorted(data.rglob("*.txt"))]
    words = sorted({w for b in bodies for w in re.findall(r"\w+(?:\.?\w+)*", b)})
    words += ["happy", "relational", "conditional", "hopefulness", "generalization", "sized", "agreed", "flies"]
    bodies.append(" ".join(words[-8:]))
    assert len(words) > 1000
    for n in range(0, len(words), 7):
        terms = {stem(w.lower()) for w in words[n:n + 3]}
        for body in bodies[:: max(1, len(bodies) // 12)] + bodies[-1:]:
            fast = snippets.make_snippet(body, terms)
            with monkeypatch.context() as m:
                m.setattr(snippets, "_prefixes", lambda _terms: ("",))  # every word stemmed
                slow = snippets.make_snippet(body, terms)
            assert (fast.text, fast.highlights) == (slow.text, slow.highlights), terms


def test_snippet_word_places_are_the_tokens_the_word_regex_finds():
    """`_places` finds wanted words with str.find; it must give exactly the tokens of a full regex scan, inside
    words, after dots (`U.S`), next to underscores and digits included."""
    import random

    from search_index import snippets

    rnd = random.Random(11)
    alphabet = ["a", "b", "ab", "ba", "U", "S", ".", "..", " ", "_", "1", "é", "İ", "-", "’", "oil", "turmoil"]
    for _ in range(3000):
        flat = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        tokens = [m.group() for m in snippets._WORD_RE.finditer(flat)]
        wanted = set(rnd.sample(tokens, min(len(tokens), 3))) | {rnd.choice(["a", "ab", "oil", "S", "U.S"])}
        expected = [(m.start(), m.end()) for m in snippets._WORD_RE.finditer(flat) if m.group() in wanted]
        assert snippets._places(flat, wanted) == expected, (flat, wanted)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_file_named_twice_is_indexed_once(tmp_path, workers, monkeypatch):
    """`dateline index wire wire/a.txt wire`: every article once, the first time its file comes. With worker
    processes, the copies a worker has already indexed are deleted from its segment before the commit."""
    from search_index import indexer
    from search_index.store import ArchiveIndex

    monkeypatch.setattr(indexer, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(indexer, "_CAN_FORK", workers > 1)
    folder = _two_stories(tmp_path)
    with ArchiveIndex(str(tmp_path / "ix"), create=True) as archive:
        summary = index_sources(archive, [str(folder), str(folder / "a.txt"), str(folder)], workers=workers)
        assert (summary.added, summary.articles_read, summary.files_read) == (2, 2, 5)
        assert archive.doc_count() == 2
        assert archive.search(SearchRequest("harbour")).total == 1
        assert archive.search(SearchRequest("tide")).total == 1
        assert index_sources(archive, [str(folder)], workers=workers).unchanged == 2


def test_a_speaker_with_a_hyphen_or_an_apostrophe_in_the_name_has_quotes(archive, write):
    """`Kilroy-Silk` and `O'Sullivan` are one word each to the speaker field: the quotes lookup splits the name
    asked for as the field does, so that `w` and `dateline quotes --speaker` find what `speaker:` finds."""
    write("a.txt", story("Party", 'Robert Kilroy-Silk said: "The party is finished." Eddie O\'Sullivan agreed.'))
    write("b.txt", story("Match", '"We were beaten," said Eddie O\'Sullivan after the match in Dunmore.'))
    index_sources(archive, [str(write.folder)])
    for name, text in (("Robert Kilroy-Silk", "The party is finished."), ("Eddie O'Sullivan", "We were beaten,"),
                       ("kilroy-silk", "The party is finished."), ("o'sullivan", "We were beaten,")):
        total, quotes = archive.quotes(speaker=name)
        assert total == 1 and quotes[0].text == text, name
    # the apostrophe as typeset is the same name
    assert archive.quotes(speaker="Eddie O\u2019Sullivan")[0] == 1
    assert archive.search(SearchRequest('speaker:"Robert Kilroy-Silk"')).total == 1
    # and a part of such a name is asked for as any other word of it
    assert archive.quotes(speaker="Kilroy")[0] == archive.quotes(speaker="silk")[0] == 1
    assert archive.quotes(speaker="Eddie Sullivan")[0] == 1
    assert archive.quotes(speaker="Robert Silkworth")[0] == 0


def test_an_empty_source_path_is_skipped_not_read_as_the_current_folder(tmp_path, monkeypatch):
    """`index_sources(archive, [""])` (a variable never set) names no file: skipped with its reason, where
    `os.path.abspath("")` had made it the current folder, read whole."""
    from search_index.sources import Skipped, iter_inputs

    (tmp_path / "story.txt").write_text(HARBOUR_STORY)
    monkeypatch.chdir(tmp_path)
    [only] = list(iter_inputs([""]))
    assert isinstance(only, Skipped) and only.reason == "an empty path names no file or folder"
