"""Index folders that are missing, read-only or on a full disk: a clear message, and nothing already there lost.

Tests run as root, for whom chmod does not stop a write, so the read-only and full cases use a real tmpfs mounted
for the test (skipped, saying why, where mounting is not allowed).
"""

from __future__ import annotations

import json
import os

import pytest

from search_index import ArchiveIndex, IndexProblem
from tui.cli import main

from .durability_support import (  # noqa: F401 (corpus is a fixture)
    ARTICLES, assert_committed_state, assert_tidy, corpus, mounted_tmpfs, remount,
)


@pytest.mark.parametrize("command", [["search", "river"], ["show", "some-id"], ["stats"], ["quotes"]])
def test_a_missing_index_says_where_and_how_to_create_it(tmp_path, capsys, command):
    missing = tmp_path / "nowhere"
    assert main([*command, "--index", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"dateline: no index at {missing}: run `dateline index SOURCE...` to create it")
    assert "Traceback" not in err and not missing.exists()  # reading never creates a folder


def test_a_folder_that_is_not_an_index_is_named_as_such(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["stats", "--index", str(tmp_path / "empty")]) == 2
    assert f"{tmp_path / 'empty'} is not a Dateline index" in capsys.readouterr().err


def test_a_file_where_the_index_folder_should_be(tmp_path, capsys, corpus):
    src, _ = corpus
    (tmp_path / "ix").write_text("not a folder")
    assert main(["index", str(src), "--index", str(tmp_path / "ix"), "--quiet"]) == 3
    err = capsys.readouterr().err
    assert f"the index at {tmp_path / 'ix'} failed" in err and "Traceback" not in err


def test_a_read_only_index_can_be_searched_but_not_written(tmp_path, capsys, corpus):
    src, _ = corpus
    with mounted_tmpfs(tmp_path / "mnt", "8m") as mnt:
        index_dir = mnt / "ix"
        assert main(["index", str(src), "--index", str(index_dir), "--quiet"]) == 0
        capsys.readouterr()
        remount(mnt, "ro")

        assert main(["search", "survey", "--index", str(index_dir), "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["total"] == ARTICLES
        assert main(["stats", "--index", str(index_dir)]) == 0
        assert main(["show", "story-0007", "--index", str(index_dir)]) == 0
        capsys.readouterr()

        assert main(["index", str(src), "--index", str(index_dir), "--quiet"]) == 3
        err = capsys.readouterr().err
        assert f"the index folder {index_dir} is read-only (Read-only file system)" in err
        assert "searching it works" in err and "Traceback" not in err

        assert main(["index", str(src), "--index", str(mnt / "new"), "--quiet"]) == 3
        err = capsys.readouterr().err
        assert f"cannot create an index at {mnt / 'new'}: Read-only file system" in err
        assert "--index DIR" in err

        with pytest.raises(IndexProblem, match="read-only"):
            ArchiveIndex.delete(str(index_dir))  # --rebuild
        remount(mnt, "rw")
        assert_committed_state(index_dir, corpus[1], ARTICLES)


def _fill(folder, leave: int) -> None:
    """Fill the file system of `folder` until only `leave` bytes are free."""
    st = os.statvfs(folder)
    free = st.f_bavail * st.f_frsize
    with open(folder / "ballast", "wb") as fh:
        fh.write(b"\0" * max(0, free - leave))


def _free(folder) -> int:
    st = os.statvfs(folder)
    return st.f_bavail * st.f_frsize


def _pages(folder) -> int:
    """Bytes a tmpfs gives the files in `folder` (whole 4 KiB pages)."""
    return sum(-(-os.path.getsize(folder / n) // 4096) * 4096 for n in os.listdir(folder)
               if os.path.isfile(folder / n))


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_full_disk_keeps_the_last_commit_says_so_and_the_next_run_finishes(tmp_path, capsys, corpus, workers,
                                                                             monkeypatch):
    """In this process or in worker processes that write their own segments (the disk fills under one of them,
    or under the commit)."""
    from search_index import indexer

    monkeypatch.setattr(indexer, "PARALLEL_MIN_BYTES", 0)  # with "2", worker processes even for this corpus
    src, reference = corpus
    with mounted_tmpfs(tmp_path / "mnt", "2m") as mnt:
        index_dir = mnt / "ix"
        ArchiveIndex(str(index_dir), create=True).close()
        _fill(mnt, 200 * 1024)
        free_before, index_before = _free(mnt), _pages(index_dir)
        code = main(["index", str(src), "--index", str(index_dir), "--quiet", "--workers", workers,
                     "--commit-every", "40"])
        err = capsys.readouterr().err
        assert code == 3, err
        assert f"the disk holding the index at {index_dir} is full" in err
        assert "keeps its last commit" in err and "Traceback" not in err

        with ArchiveIndex(str(index_dir)) as archive:
            count = archive.doc_count()
        # (workers commit at the first file boundary past 40 that their files in hand allow)
        assert count < ARTICLES and (count % 40 == 0 if workers == "1" else count == 0 or count >= 40)
        assert_committed_state(index_dir, reference, count)
        assert_tidy(index_dir)  # the failed transaction's files are gone...
        # ...and their space is free again: all the space used is what the committed articles take
        assert free_before - _free(mnt) <= _pages(index_dir) - index_before + 8192

        os.remove(mnt / "ballast")
        assert main(["index", str(src), "--index", str(index_dir), "--quiet", "--workers", "1"]) == 0
        assert_committed_state(index_dir, reference, ARTICLES)
        assert_tidy(index_dir)


def test_a_full_disk_when_creating_the_index(tmp_path, capsys, corpus):
    src, _ = corpus
    with mounted_tmpfs(tmp_path / "mnt", "1m") as mnt:
        _fill(mnt, 0)
        assert main(["index", str(src), "--index", str(mnt / "ix"), "--quiet"]) == 3
        err = capsys.readouterr().err
        assert f"the disk holding the index at {mnt / 'ix'} is full" in err and "Traceback" not in err


def test_rebuild_moves_the_old_index_aside_first_and_clears_what_a_killed_rebuild_left(tmp_path, capsys, corpus):
    src, reference = corpus
    index_dir = tmp_path / "ix"
    leftover = tmp_path / ".ix.deleting-99999"  # a rebuild killed while deleting
    (leftover / "sub").mkdir(parents=True)
    (leftover / "sub" / "MAIN_abc.seg").write_bytes(b"x" * 100)
    assert main(["index", str(src), "--index", str(index_dir), "--quiet"]) == 0
    assert main(["index", str(src), "--index", str(index_dir), "--rebuild", "--quiet"]) == 0
    assert f"{ARTICLES} added" in capsys.readouterr().out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ix"]
    assert_committed_state(index_dir, reference, ARTICLES)
