"""The sample archive in data/ is what the README promises: enough, varied, and cleanly readable."""

from search_index import SearchRequest, index_sources

from .conftest import DATA


def test_bundled_archive_indexes_cleanly_and_is_varied(archive):
    summary = index_sources(archive, [str(DATA)])
    assert summary.exit_code == 0 and not summary.problems
    assert summary.added >= 60
    assert summary.partial_dates == 0
    assert [i.path.rsplit("/", 1)[-1] for i in summary.ignored] == ["README.md"]
    result = archive.search(SearchRequest("", limit=1000, facets=False))
    months = {(h.date.year, h.date.month) for h in result.hits}
    assert len(months) >= 6 and len({y for y, _ in months}) >= 2
    formats = {h.key.rsplit(".", 1)[-1].split("#")[0] for h in result.hits}
    assert formats == {"txt", "jsonl"}


def test_bundled_archive_is_marked_as_fiction():
    readme = (DATA / "README.md").read_text(encoding="utf-8").lower()
    assert "fiction" in readme and "invented" in readme
