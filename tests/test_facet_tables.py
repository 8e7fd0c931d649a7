"""Facet tables kept on disk beside their segments (search_index/facets.py): used when present, rebuilt when
damaged, never written into a read-only index, deleted with their segment."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import numpy as np

from search_index.indexer import index_sources
from search_index.results import SearchRequest
from search_index.store import ArchiveIndex

DATA = Path(__file__).resolve().parents[1] / "data"


def _tables(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.facet_*.npz"))


@contextmanager
def _indexed(tmp_path: Path, stories: list[str]):
    """An index of one text file per story (`Story N`, then the body)."""
    src = tmp_path / "src"
    src.mkdir()
    for i, body in enumerate(stories):
        (src / f"s{i}.txt").write_text(f"Story {i}\n\n{body}\n", encoding="utf-8")
    with ArchiveIndex(str(tmp_path / "ix"), create=True) as ix:
        index_sources(ix, [str(src)], workers=1)
        yield ix


def _facets(path: Path, **kw) -> dict:
    with ArchiveIndex(str(path), **kw) as ix:
        return ix.search(SearchRequest("", limit=1, facet_limit=50)).facets


def test_indexing_writes_tables_that_give_the_same_counts(tmp_path):
    path = tmp_path / "ix"
    with ArchiveIndex(str(path), create=True) as ix:
        index_sources(ix, [str(DATA)], workers=1)
    tables = _tables(path)
    assert {t.name.split(".")[1] for t in tables} == {"facet_person", "facet_org", "facet_source"}
    from_disk = _facets(path)
    for t in tables:
        t.unlink()
    built = _facets(path, read_only=True)
    assert not _tables(path), "a read-only index is never written to"
    assert built == from_disk and from_disk["person"] and from_disk["organisation"]


def test_a_damaged_table_is_built_again(tmp_path):
    path = tmp_path / "ix"
    with ArchiveIndex(str(path), create=True) as ix:
        index_sources(ix, [str(DATA)], workers=1)
    good = _facets(path)
    for t in _tables(path):
        t.write_bytes(b"not a numpy file")
    assert _facets(path) == good
    assert all(t.stat().st_size > 100 for t in _tables(path)), "rewritten"


def test_tables_of_merged_segments_are_deleted_with_them(tmp_path):
    path = tmp_path / "ix"
    files = sorted(p for p in DATA.rglob("*") if p.is_file() and p.suffix in (".txt", ".jsonl"))
    with ArchiveIndex(str(path), create=True) as ix:
        for f in files[:12]:  # one commit (one segment) each; Whoosh merges small segments as it goes
            index_sources(ix, [str(f)], workers=1)
        segments = {s.segment_id() for s in ix._ix._segments()}
    on_disk = {t.name.split(".")[0] for t in _tables(path)}
    assert on_disk <= segments, "tables of segments that were merged away are gone"
    assert on_disk == segments


def test_a_table_left_half_saved_by_a_crash_is_cleared_by_the_next_writer(tmp_path):
    path = tmp_path / "ix"
    with ArchiveIndex(str(path), create=True) as ix:
        index_sources(ix, [str(DATA)], workers=1)
    table = _tables(path)[0]
    leftover = path / f".{table.name}.4711.tmp"
    leftover.write_bytes(b"half a table")
    with ArchiveIndex(str(path)) as ix:
        with ix.writer():
            pass
    assert not leftover.exists()
    assert _tables(path)


def test_the_surname_map_is_saved_with_its_commit_and_made_again_when_it_does_not_fit(tmp_path):
    """`dateline index` saves the commit's surname map (the first page of results needs it); a searcher on the
    same segments reads it back, a new commit, a damaged file or a read-only index make it afresh."""
    import json

    from search_index.facets import ALIASES_FILE, surname_aliases

    path = tmp_path / "ix"
    with ArchiveIndex(str(path), create=True) as ix:
        index_sources(ix, [str(DATA)], workers=1)
        made = surname_aliases(ix._facets.doc_frequencies(ix._current_searcher(), "facet_person"))
    saved = json.loads((path / ALIASES_FILE).read_text(encoding="utf-8"))
    assert saved["aliases"] == made and made, "the bundled archive has surname-only people to merge"

    saved["aliases"] = {"Nobody": "Somebody Else"}  # proof that the file, not a fresh count, is read
    (path / ALIASES_FILE).write_text(json.dumps(saved), encoding="utf-8")
    with ArchiveIndex(str(path), read_only=True) as ix:
        assert ix.person_aliases() == {"Nobody": "Somebody Else"}

    for damaged in ("{not json", "null", "[]", "3", '{"version": 1, "segments": 7, "aliases": {"a": 1}}'):
        (path / ALIASES_FILE).write_text(damaged, encoding="utf-8")
        with ArchiveIndex(str(path), read_only=True) as ix:
            assert ix.person_aliases() == made
            assert ix.search(SearchRequest("river", limit=3)).total >= 0
        assert (path / ALIASES_FILE).read_text(encoding="utf-8") == damaged, "read-only: never written"

    # a map saved for the segments before a commit is not the new commit's
    (path / ALIASES_FILE).write_text(json.dumps(saved), encoding="utf-8")  # the tampered one, old segments
    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "story.txt").write_text("Hedda Varn opened the river bridge.\n\nVarn said little.\n", encoding="utf-8")
    with ArchiveIndex(str(path)) as ix:
        index_sources(ix, [str(DATA), str(extra)], workers=1)
        again = ix.person_aliases()
    assert "Nobody" not in again and again
    saved = json.loads((path / ALIASES_FILE).read_text(encoding="utf-8"))
    with ArchiveIndex(str(path), read_only=True) as ix:
        segments = {r.segment().segment_id() for r, _ in ix._current_searcher().reader().leaf_readers()}
    assert saved["aliases"] == again and set(saved["segments"]) == segments


def test_a_fresh_searcher_reads_its_segments_term_and_postings_files_ahead(tmp_path, monkeypatch):
    """Each new segment's term and postings files are read through once, in the background, when a searcher
    first sees them; not when they would take more than a quarter of the memory available."""
    from search_index import prefetch, store

    path = tmp_path / "ix"
    with ArchiveIndex(str(path), create=True) as ix:
        index_sources(ix, [str(DATA)], workers=1)
    asked: list[list[str]] = []
    monkeypatch.setattr(store, "prefetch", lambda folder, segments: asked.append(segments))
    with ArchiveIndex(str(path), read_only=True) as ix:
        ix.search(SearchRequest("river", limit=1))
    assert asked == [], "only the browser asks for it: a one-shot search does not"
    with ArchiveIndex(str(path), read_only=True, prefetch=True) as ix:
        ix.search(SearchRequest("river", limit=1))
        ix.search(SearchRequest("bridge", limit=1))
    assert len(asked) == 1 and asked[0], "once per segment, not once per search"
    files = prefetch.files_to_prefetch(str(path), asked[0])
    assert files and {Path(f).suffix for f in files} == {".trm", ".pst"} and all(Path(f).exists() for f in files)
    thread = prefetch.prefetch(str(path), asked[0])
    assert thread is not None
    thread.join(timeout=30)
    assert not thread.is_alive()
    size = sum(Path(f).stat().st_size for f in files)
    monkeypatch.setattr(prefetch, "available_memory", lambda: size * 4 - 1)
    assert prefetch.files_to_prefetch(str(path), asked[0]) == []
    assert prefetch.prefetch(str(path), asked[0]) is None


def test_a_shorter_form_of_a_full_name_counts_for_it_across_the_archive():
    from search_index.facets import surname_aliases

    counts = {"Arvid K Kellan": 18, "Arvid Kellan": 5, "Arvid K. Kellan": 1, "Kellan": 20, "Lena Kellan": 2,
              "Jon Lee Dalby": 3, "Jon Dalby": 2, "Mira Osk": 4, "Mira Osk Jr.": 1}
    aliases = surname_aliases(counts)
    # the shorter and the otherwise dotted forms are one person; with them, the surname alone is theirs too
    # (18 + 5 + 1 of 26 articles, where Arvid K Kellan alone had 18 of 26, under the 80% a surname needs)
    assert aliases["Arvid Kellan"] == aliases["Arvid K. Kellan"] == aliases["Kellan"] == "Arvid K Kellan"
    # another middle name may be another person, and a son is not his father
    assert "Jon Dalby" not in aliases and "Mira Osk" not in aliases and "Mira Osk Jr." not in aliases
    # two fuller forms with no clear favourite: the short one stays apart
    assert "Arvid Kellan" not in surname_aliases({"Arvid K Kellan": 5, "Arvid B Kellan": 4, "Arvid Kellan": 3})


def test_a_person_filter_takes_the_stories_that_name_the_person_in_a_shorter_form(tmp_path):
    stories = ["Arvid K Kellan opened the harbour."] * 4 + ["Arvid Kellan closed the bridge."] + \
        ["President Kellan spoke at the harbour."]
    with _indexed(tmp_path, stories) as ix:
        everything = ix.search(SearchRequest("", limit=10, facet_limit=10))
        assert dict(everything.facets["person"]) == {"Arvid K Kellan": 6}
        assert ix.search(SearchRequest("", limit=10, persons=["Arvid K Kellan"])).total == 6


def test_an_acronym_counts_for_the_organisation_the_archive_links_it_to():
    from search_index.facets import acronym_aliases

    counts = {"NRC": 17, "Northern Rivers Council": 5, "Norfolk Rowing Club": 1, "HES": 3, "Harbour Electric Society": 2}
    links = {("NRC", "Northern Rivers Council"): 4}
    aliases = acronym_aliases(counts, lambda acronym, name: links.get((acronym, name), 0))
    # initials alone are no proof: HES was never spelt out as Harbour Electric Society
    assert aliases == {"NRC": "Northern Rivers Council"}
    links[("NRC", "Norfolk Rowing Club")] = 2  # two names linked to it, neither with 80% of the links
    assert acronym_aliases(counts, lambda acronym, name: links.get((acronym, name), 0)) == {}
    # one story's link may be a mistake; a name holding the acronym (`NRC Board`) is linked in all its stories
    # and proves nothing
    assert acronym_aliases(counts, lambda acronym, name: 1) == {}
    counts["NRC Board"] = 40
    links = {("NRC", "Northern Rivers Council"): 9, ("NRC", "NRC Board"): 40}
    assert acronym_aliases(counts, lambda acronym, name: links.get((acronym, name), 0)) == {
        "NRC": "Northern Rivers Council"}
    # one name spelt two ways shares the links, and the acronym goes to the spelling the archive uses most
    counts = {"VEO": 40, "Valdorian Export Organisation": 6, "Valdorian Export Organization": 9}
    links = {("VEO", "Valdorian Export Organisation"): 3, ("VEO", "Valdorian Export Organization"): 3}
    assert acronym_aliases(counts, lambda acronym, name: links.get((acronym, name), 0)) == {
        "VEO": "Valdorian Export Organization"}


def test_an_organisation_filter_query_and_speaker_take_the_stories_that_use_its_acronym(tmp_path):
    stories = ['The Northern Rivers Council (NRC) met on the ferry.'] * 2 + \
        ['The NRC said: "Fares will rise."', "Fishermen met the NRC about the ferry."]
    with _indexed(tmp_path, stories) as ix:
        everything = ix.search(SearchRequest("", limit=10, facet_limit=10))
        assert dict(everything.facets["organisation"]) == {"Northern Rivers Council": 4}
        assert all(h.organisations == ["Northern Rivers Council"] for h in everything.hits)
        assert ix.search(SearchRequest("", limit=10, organisations=["Northern Rivers Council"])).total == 4
        assert ix.search(SearchRequest('org:"Northern Rivers Council"', limit=10)).total == 4
        total, quotes = ix.quotes(speaker="Northern Rivers Council")
        assert total == 1 and quotes[0].speaker == "Northern Rivers Council"  # (the story's `NRC`, as counted)


def test_a_partys_short_forms_and_nicknames_count_for_its_name():
    from search_index.facets import party_aliases, resolve_chains

    counts = {"Labour": 36, "Labour Party": 32, "Conservatives": 28, "Conservative Party": 6, "Tories": 44,
              "Lib Dems": 57, "Liberal Democrats": 31, "Ferry Party": 2, "Ferry": 1, "Harbour": 3, "Greens": 4}
    aliases = resolve_chains(party_aliases(counts))
    assert aliases == {"Labour": "Labour Party", "Conservatives": "Conservative Party",
                       "Tories": "Conservative Party", "Lib Dems": "Liberal Democrats", "Ferry": "Ferry Party"}
    # a nickname goes to the form the archive has when it lacks the name itself
    assert party_aliases({"Tories": 5, "Conservatives": 3})["Tories"] == "Conservatives"
    # a cycle never hangs, and merges nothing
    assert resolve_chains({"A": "B", "B": "A"}) == {}
    # bodies' nicknames too, where the archive has the name
    assert party_aliases({"Fed": 5, "Federal Reserve": 9, "G-7": 3}) == {"Fed": "Federal Reserve"}
    assert party_aliases({"UKIP": 12, "UK Independence Party": 12}) == {"UKIP": "UK Independence Party"}
    # a body written several ways: the first of its names the archive has (Reuters: `USDA` 178 stories, `U.S.
    # Agriculture Department` 244, `U.S. Department of Agriculture` 16; `Federal Reserve Board` 139 beside
    # `Federal Reserve` 188)
    assert resolve_chains(party_aliases({"USDA": 178, "U.S. Agriculture Department": 244,
                                         "U.S. Department of Agriculture": 16, "Federal Reserve Board": 139,
                                         "Federal Reserve": 188})) == {
        "USDA": "U.S. Agriculture Department", "U.S. Department of Agriculture": "U.S. Agriculture Department",
        "Federal Reserve Board": "Federal Reserve"}
    assert party_aliases({"USDA": 3, "US Department of Agriculture": 2}) == {"USDA": "US Department of Agriculture"}
    # the ways news spells a militant group (BBC `al-Qaeda`, PolNeAR `Al Qaeda`; `ISIS` beside `Islamic State`)
    assert party_aliases({"al-Qaeda": 3, "Al Qaeda": 5, "ISIS": 9, "Islamic State": 4, "Daesh": 1}) == {
        "al-Qaeda": "Al Qaeda", "ISIS": "Islamic State", "Daesh": "Islamic State"}
    # the agency as the wire of 1987 spelt itself (`a Reuter survey`): 42 Reuters stories beside 861 `Reuters`
    assert party_aliases({"Reuter": 42, "Reuters": 861}) == {"Reuter": "Reuters"}


def test_the_people_and_organisations_tables_with_their_merges_are_made_once_not_per_search(tmp_path, monkeypatch):
    from search_index.facets import FacetTable

    made = []
    original = FacetTable.aliased

    def counting(self, aliases):
        made.append(aliases)
        return original(self, aliases)

    monkeypatch.setattr(FacetTable, "aliased", counting)
    stories = ["The Northern Rivers Council (NRC) met Arvid Kellan."] * 2 + ["The NRC met President Kellan."]
    with _indexed(tmp_path, stories) as ix:
        for query in ("council", "met", "council", "ferry", "met"):
            ix.search(SearchRequest(query, limit=5))
    assert len(made) == 2, "one merged table for People, one for Organisations, kept across searches"


def test_a_companys_forms_count_under_the_one_the_archive_uses_most():
    from search_index.facets import company_aliases

    counts = {"Halvorsen Motors Corp": 109, "Halvorsen Motors": 81, "Halvorsen Motors Corp.": 3,
              "Dalby Brothers Inc.": 30, "Dalby Brothers Inc": 70, "Ferrycare": 5, "Ferrycare Ltd": 2,
              "Halvorsen": 4, "Marenburg Courier": 9, "Osk & Berg": 3, "Osk and Berg Inc": 12,
              "Harbour Trade Organisation": 21, "Harbour Trade Organization": 50,
              "Sella Growers’ Union": 4, "Sella Growers' Union": 1, "Sella Growers Union": 2,
              "Ferry Pilots Association": 6, "Ferry Pilots' Association": 3}
    assert company_aliases(counts) == {
        "Halvorsen Motors": "Halvorsen Motors Corp", "Halvorsen Motors Corp.": "Halvorsen Motors Corp",
        "Dalby Brothers Inc.": "Dalby Brothers Inc", "Ferrycare Ltd": "Ferrycare", "Osk & Berg": "Osk and Berg Inc",
        "Harbour Trade Organisation": "Harbour Trade Organization", "Sella Growers' Union": "Sella Growers’ Union",
        "Sella Growers Union": "Sella Growers’ Union", "Ferry Pilots' Association": "Ferry Pilots Association"}


def test_a_bodys_two_word_orders_count_under_the_one_the_archive_uses_most():
    from search_index.facets import body_aliases

    counts = {"Ministry of Ferries": 3, "Ferries Ministry": 76, "Department of Harbours": 17,
              "Harbours Department": 9, "Department of the Fisheries": 1, "Fisheries Department": 23,
              "Bank of Valdoria": 5, "Valdoria Bank": 2, "Marenburg Department of Roads": 4, "Roads Department": 6}
    assert body_aliases(counts) == {
        "Ministry of Ferries": "Ferries Ministry", "Harbours Department": "Department of Harbours",
        "Department of the Fisheries": "Fisheries Department"}


def test_an_organisation_filter_takes_the_stories_of_either_word_order(tmp_path):
    stories = ["The Ministry of Ferries met the fishermen."] + ["The Ferries Ministry raised fares."] * 2
    with _indexed(tmp_path, stories) as ix:
        everything = ix.search(SearchRequest("", limit=10, facet_limit=10))
        assert dict(everything.facets["organisation"]) == {"Ferries Ministry": 3}
        assert ix.search(SearchRequest("", limit=10, organisations=["Ferries Ministry"])).total == 3
        assert ix.search(SearchRequest('org:"Ferries Ministry"', limit=10)).total == 3


def test_a_tables_documents_of_one_value_are_the_ones_its_postings_name():
    from search_index.facets import FacetTable

    table = FacetTable(["a", "b", "c"], np.array([5, 1, 3, 1, 2], dtype=np.int32),
                       np.array([1, 0, 1, 1, 0], dtype=np.int32), 6)
    assert table.docs_of("b").tolist() == [1, 3, 5] and table.docs_of("a").tolist() == [1, 2]
    assert table.docs_of("c").tolist() == [] and table.docs_of("nobody").tolist() == []


def test_two_spellings_of_a_name_as_common_as_each_other_merge_one_way():
    from search_index.facets import surname_aliases

    assert surname_aliases({"Jon K. Dalby": 2, "Jon K Dalby": 2}) == {"Jon K. Dalby": "Jon K Dalby"}
