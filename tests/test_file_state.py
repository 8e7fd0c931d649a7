"""Re-runs that skip files unchanged since the index last read them (search_index/file_state.py)."""

import json
import os
import time

import pytest

from search_index import ReadOptions, SearchRequest, index_sources, indexer
from search_index.file_state import STATE_FILE

STORY = "{title}\n\nMARENBURG, May {day}. /MNA/. {body}\n"
HOUR_AGO = time.time() - 3600


def _age(folder, when=HOUR_AGO):
    """Give every file in `folder` an old modification time (files written a moment ago are never trusted)."""
    for path in folder.rglob("*"):
        if path.is_file():
            os.utime(path, (when, when))


@pytest.fixture
def wire(write):
    write("a.txt", STORY.format(title="River talks resume", day=20, body="Ministers resumed talks."))
    write("b.txt", STORY.format(title="Bank raises rates", day=21, body="The central bank raised its rate."))
    # no year in the dateline, and a record without a title: a partial date and a warning to be told again
    write("c.jsonl", json.dumps({"id": "c-1", "body": "Dockers ended the strike.", "date": "May 3"}) + "\n")
    write("notes.txt", "apples\npears\nplums\n")  # not a story: ignored, and said so again
    write("empty.txt", "")  # skipped with a problem: tried again every time
    _age(write.folder)
    return write


@pytest.fixture
def reads(monkeypatch):
    """The paths this process reads (the runs here are small enough to read in this process)."""
    seen = []
    real = indexer.read_input

    def counting(f, *args, **kwargs):
        seen.append(os.path.basename(f.path))
        return real(f, *args, **kwargs)

    monkeypatch.setattr(indexer, "read_input", counting)
    return seen


def test_a_second_run_reads_no_unchanged_file_and_reports_the_same(archive, wire, reads):
    first = index_sources(archive, [str(wire.folder)])
    assert sorted(reads) == ["a.txt", "b.txt", "c.jsonl", "empty.txt", "notes.txt"]
    reads.clear()
    second = index_sources(archive, [str(wire.folder)])
    assert reads == ["empty.txt"]
    assert (second.files_read, second.files_unchanged, second.articles_in_unchanged_files) == (1, 4, 3)
    assert [str(p) for p in second.problems] == [str(p) for p in first.problems]
    assert second.counts_line() == "0 added, 0 updated, 3 unchanged, 0 removed"
    # what the first run said of the files, said again
    assert second.partial_dates == first.partial_dates
    assert [str(w) for w in second.warnings] == [str(w) for w in first.warnings]
    assert [(i.path, i.reason) for i in second.ignored] == [(i.path, i.reason) for i in first.ignored]
    assert archive.search(SearchRequest("talks")).total == 1


def test_a_changed_file_is_read_and_the_others_are_not(archive, wire, reads):
    index_sources(archive, [str(wire.folder)])
    reads.clear()
    # the same size, a new time: read again (and its new text indexed)
    path = wire.folder / "b.txt"
    path.write_text(path.read_text().replace("raised", "lifted"))
    _age(wire.folder, HOUR_AGO + 60)
    os.utime(wire.folder / "a.txt", (HOUR_AGO, HOUR_AGO))
    os.utime(wire.folder / "c.jsonl", (HOUR_AGO, HOUR_AGO))
    os.utime(wire.folder / "notes.txt", (HOUR_AGO, HOUR_AGO))
    os.utime(wire.folder / "empty.txt", (HOUR_AGO, HOUR_AGO))
    summary = index_sources(archive, [str(wire.folder)])
    assert sorted(reads) == ["b.txt", "empty.txt"]
    assert summary.counts_line() == "0 added, 1 updated, 2 unchanged, 0 removed"
    assert archive.search(SearchRequest("lifted")).total == 1


def test_files_written_just_before_a_run_are_read_again(archive, write, reads):
    write("a.txt", STORY.format(title="River talks resume", day=20, body="Ministers resumed talks."))
    index_sources(archive, [str(write.folder)])
    reads.clear()
    index_sources(archive, [str(write.folder)])
    assert reads == ["a.txt"]  # its time is within a second of the first run: it may change unseen


def test_reread_other_options_and_another_commit_read_every_file(archive, wire, reads, tmp_path):
    index_sources(archive, [str(wire.folder)])
    reads.clear()
    index_sources(archive, [str(wire.folder)], reread=True)
    assert len(reads) == 5
    reads.clear()
    index_sources(archive, [str(wire.folder)], options=ReadOptions(year=2019))
    assert len(reads) == 5  # other options read files differently
    reads.clear()
    # a commit made some other way than by a run over files (here, an article written through the API) makes
    # the record describe an older commit: every file is read
    from search_index import Article

    index_sources(archive, [str(wire.folder)], options=ReadOptions(year=2019))
    with archive.writer() as w:
        w.add(Article(title="Ferry timetable", body="Ferries run hourly.", source_path="/mem/ferry", id="ferry"),
              replace=False)
    reads.clear()
    index_sources(archive, [str(wire.folder)], options=ReadOptions(year=2019))
    assert len(reads) == 5


def test_a_record_from_another_commit_or_a_broken_one_is_not_used(archive, wire, reads):
    index_sources(archive, [str(wire.folder)])
    state = os.path.join(archive.path, STATE_FILE)
    data = json.load(open(state))
    data["generation"][0] -= 1
    json.dump(data, open(state, "w"))
    reads.clear()
    index_sources(archive, [str(wire.folder)])
    assert len(reads) == 5
    open(state, "w").write("{not json")
    reads.clear()
    summary = index_sources(archive, [str(wire.folder)])
    assert len(reads) == 5 and summary.counts_line() == "0 added, 0 updated, 3 unchanged, 0 removed"


@pytest.mark.parametrize("reread", [False, True])
def test_a_file_named_twice_keeps_its_articles_on_a_second_run(archive, wire, reads, reread):
    """`dateline index wire wire/a.txt wire` twice: the second coming of a file finds its articles taken by the
    first, which does not make them records gone from it (the release before removed all three)."""
    sources = [str(wire.folder), str(wire.folder / "a.txt"), str(wire.folder)]
    first = index_sources(archive, sources)
    reads.clear()
    second = index_sources(archive, sources, reread=reread)
    assert second.counts_line() == "0 added, 0 updated, 3 unchanged, 0 removed"
    assert archive.doc_count() == 3
    if not reread:  # the first coming of each file not read; the later ones are (an archive can hold two
        # members of one name, which only reading tells apart), and find their articles taken
        assert reads.count("b.txt") == 1 and reads.count("a.txt") == 2
        assert (first.articles_read, second.articles_read + second.articles_in_unchanged_files) == (3, 3)
    assert index_sources(archive, sources).counts_line() == "0 added, 0 updated, 3 unchanged, 0 removed"


def test_skipped_and_read_files_keep_their_order_with_workers(archive, tmp_path, monkeypatch):
    """With segment workers reading the changed files, the unchanged ones go back in their places: a story in
    two files still belongs to the first, and the counts are those of reading everything."""
    monkeypatch.setattr(indexer, "PARALLEL_MIN_BYTES", 0)
    folder = tmp_path / "wire"
    folder.mkdir()
    for n in range(12):
        (folder / f"{n:02}.txt").write_text(STORY.format(title=f"Harbour note {n}", day=n + 1,
                                                         body=f"Tide {n} was high."))
    _age(folder)
    index_sources(archive, [str(folder)], workers=2)
    for n in (3, 8):  # changed: read by the workers; the other ten are not read
        path = folder / f"{n:02}.txt"
        path.write_text(path.read_text().replace("high", "low!"))
        os.utime(path, (HOUR_AGO + 60, HOUR_AGO + 60))
    summary = index_sources(archive, [str(folder)], workers=2)
    assert (summary.files_read, summary.files_unchanged) == (2, 10)
    assert summary.counts_line() == "0 added, 2 updated, 10 unchanged, 0 removed"
    assert archive.search(SearchRequest("low")).total == 2
    assert archive.search(SearchRequest("high")).total == 10


def test_a_removed_file_is_still_pruned(archive, wire):
    index_sources(archive, [str(wire.folder)])
    (wire.folder / "a.txt").unlink()
    summary = index_sources(archive, [str(wire.folder)], prune=True)
    assert summary.counts_line() == "0 added, 0 updated, 2 unchanged, 1 removed"
    assert archive.search(SearchRequest("talks")).total == 0


def test_a_run_killed_after_a_checkpoint_leaves_no_record_and_the_next_reads_every_file(tmp_path):
    """The record is deleted when a run starts and written after its last commit: a run killed between its
    checkpoint and its end leaves an index newer than any record, and the next run reads every file."""
    from .durability_support import dateline

    folder = tmp_path / "wire"
    folder.mkdir()
    for n in range(6):
        (folder / f"{n}.txt").write_text(STORY.format(title=f"Harbour note {n}", day=n + 1, body=f"Tide {n}."))
    _age(folder)
    index = tmp_path / "ix"
    first = dateline("index", str(folder), "--index", str(index), "--quiet", "--json")
    assert first.wait(timeout=120) == 0
    assert (index / STATE_FILE).exists()
    for n in range(6, 12):
        (folder / f"{n}.txt").write_text(STORY.format(title=f"Harbour note {n}", day=n + 1, body=f"Tide {n}."))
    _age(folder)
    killed = dateline("index", str(folder), "--index", str(index), "--quiet", "--commit-every", "2",
                      crash_at="checkpoint:2")
    assert killed.wait(timeout=120) == -9
    assert not (index / STATE_FILE).exists()
    again = dateline("index", str(folder), "--index", str(index), "--quiet", "--json")
    out, _err = again.communicate(timeout=120)
    summary = json.loads(out)
    assert (summary["files"], summary["files_unchanged"]) == (12, 0)
    assert summary["added"] + summary["unchanged"] == 12 and summary["added"] < 6


def test_a_run_over_part_of_the_sources_keeps_the_record_of_the_rest(archive, tmp_path, reads):
    """`dateline index today/` between runs over the whole archive: the whole archive's run reads only today's."""
    archive_root = tmp_path / "wire"
    for day in ("01", "02"):
        (archive_root / day).mkdir(parents=True)
        (archive_root / day / "a.txt").write_text(STORY.format(title=f"Harbour note {day}", day=int(day),
                                                               body="Tides."))
    _age(archive_root)
    index_sources(archive, [str(archive_root)])
    (archive_root / "03").mkdir()
    (archive_root / "03" / "a.txt").write_text(STORY.format(title="Harbour note 03", day=3, body="Tides."))
    _age(archive_root / "03")
    reads.clear()
    index_sources(archive, [str(archive_root / "03")])
    assert reads == ["a.txt"]
    reads.clear()
    summary = index_sources(archive, [str(archive_root)])
    assert reads == [] and summary.counts_line() == "0 added, 0 updated, 3 unchanged, 0 removed"


def test_the_record_is_written_before_the_write_lock_is_let_go(archive, wire, monkeypatch):
    """Another run cannot commit between this run's last commit and its record (the record would then name
    that run's commit, and be trusted for articles it changed)."""
    from search_index import file_state
    from search_index.store import IndexBusy

    busy = []
    real_save = file_state.save

    def save_and_try_to_write(*args):
        try:
            with archive.writer(timeout=0):
                pass
        except IndexBusy:
            busy.append(True)
        real_save(*args)

    monkeypatch.setattr(file_state, "save", save_and_try_to_write)
    index_sources(archive, [str(wire.folder)])
    assert busy == [True]


def test_an_archive_with_two_members_of_one_name_reads_the_second_each_time(archive, write, reads):
    import io
    import tarfile

    story = STORY.format(title="River talks resume", day=20, body="Ministers resumed talks.").encode()
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for data in (story, b" " * len(story)):  # appended again (`tar -r`): the same name and size, blank
            info = tarfile.TarInfo("a.txt")
            info.size, info.mtime = len(data), HOUR_AGO
            tar.addfile(info, io.BytesIO(data))
    write("wire.tar", buffer.getvalue())
    _age(write.folder)
    first = index_sources(archive, [str(write.folder)])
    second = index_sources(archive, [str(write.folder)])
    assert [str(p) for p in second.problems] == [str(p) for p in first.problems] != []
    assert (second.files_read, second.files_unchanged) == (1, 1)


def test_a_story_file_that_became_a_word_list_counts_no_articles_when_not_read(archive, write, reads):
    path = write("a.txt", STORY.format(title="River talks resume", day=20, body="Ministers resumed talks."))
    _age(write.folder)
    index_sources(archive, [str(write.folder)])
    path.write_text("apples\npears\nplums\n")
    _age(write.folder, HOUR_AGO + 60)
    read_again = index_sources(archive, [str(write.folder)])
    skipped = index_sources(archive, [str(write.folder)])
    assert skipped.files_unchanged == 1
    # the run that read it removed the story it no longer holds; the one that skipped it finds nothing to count
    assert read_again.counts_line() == "0 added, 0 updated, 0 unchanged, 1 removed"
    assert skipped.counts_line() == "0 added, 0 updated, 0 unchanged, 0 removed"
    assert [i.reason for i in skipped.ignored] == [i.reason for i in read_again.ignored] != []


def test_a_failed_extraction_is_not_told_again_by_a_run_that_would_not_extract(archive, wire, monkeypatch):
    real = indexer.extract_article

    def failing(article):
        raise RuntimeError("extractor bug")

    monkeypatch.setattr(indexer, "extract_article", failing)
    first = index_sources(archive, [str(wire.folder)])
    assert any("people and quotes not extracted" in str(w) for w in first.warnings)
    monkeypatch.setattr(indexer, "extract_article", real)
    skipped = index_sources(archive, [str(wire.folder)])
    reread = index_sources(archive, [str(wire.folder)], reread=True)
    assert [str(w) for w in skipped.warnings] == [str(w) for w in reread.warnings]
    assert not any("not extracted" in str(w) for w in skipped.warnings)
