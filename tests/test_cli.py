"""The `dateline` command as a script would use it: exit codes, JSON shapes, messages."""

import json
import os

import pytest

from tui.cli import main

from .conftest import DATA


@pytest.fixture
def indexed(tmp_path, capsys):
    index = str(tmp_path / "ix")
    assert main(["index", str(DATA), "--index", index, "--quiet"]) == 0
    capsys.readouterr()
    return index


def test_index_summary_and_second_run(tmp_path, capsys):
    index = str(tmp_path / "ix")
    assert main(["index", str(DATA), "--index", index, "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "0 updated, 0 unchanged, 0 removed" in out and "Ignored 1 file that is not an article" in out
    assert main(["index", str(DATA), "--index", index, "--quiet"]) == 0
    assert "0 added, 0 updated" in capsys.readouterr().out


def test_an_index_is_made_only_in_a_folder_of_its_own_and_a_rebuild_deletes_nothing_else(tmp_path, capsys):
    """`--index` pointed at the stories themselves, or at a folder of notes, is refused, and `--rebuild` of a
    folder holding anything besides the index deletes nothing: a user's files are never the index's to delete."""
    import shutil

    stories = tmp_path / "stories"
    shutil.copytree(DATA / "wire", stories)
    count = len(list(stories.iterdir()))
    assert main(["index", str(stories), "--index", str(stories), "--quiet"]) == 3
    assert "not creating an index in" in capsys.readouterr().err
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "notes.txt").write_text("mine")
    assert main(["index", str(stories), "--index", str(tmp_path / "notes"), "--quiet"]) == 3
    assert (tmp_path / "notes" / "notes.txt").read_text() == "mine"
    # an index kept inside its sources: not read as articles, and rebuilt on its own
    inside = stories / "ix"
    assert main(["index", str(stories), "--index", str(inside), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert f"{count} added" in out and "Skipped" not in out
    assert main(["index", str(stories), "--index", str(inside), "--quiet"]) == 0
    assert "0 added, 0 updated" in capsys.readouterr().out
    assert main(["index", str(stories), "--index", str(inside), "--rebuild", "--quiet"]) == 0
    assert f"{count} added" in capsys.readouterr().out and len(list(stories.iterdir())) == count + 1
    (inside / "keep.txt").write_text("a user's file put in the index folder")
    assert main(["index", str(stories), "--index", str(inside), "--rebuild", "--quiet"]) == 3
    assert "not deleting" in capsys.readouterr().err and (inside / "keep.txt").exists()


def test_a_second_run_says_which_files_it_did_not_read_and_reread_reads_them(tmp_path, capsys, write):
    import os
    import time

    write("a.txt", "Harbour talks resume\n\nMARENBURG, May 20. /MNA/. Talks resumed.\n")
    write("b.txt", "Tide tables revised\n\nMARENBURG, May 21. /MNA/. Tables revised.\n")
    old = time.time() - 3600
    for name in ("a.txt", "b.txt"):
        os.utime(write.folder / name, (old, old))
    index = str(tmp_path / "ix")
    assert main(["index", str(write.folder), "--index", index, "--quiet"]) == 0
    capsys.readouterr()
    assert main(["index", str(write.folder), "--index", index, "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "Read no file in" in out and "Not read: 2 files as they were when last indexed (2 articles" in out
    assert main(["index", str(write.folder), "--index", index, "--quiet", "--reread", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["files"], summary["files_unchanged"], summary["unchanged"]) == (2, 0, 2)
    assert main(["index", str(write.folder), "--index", index, "--quiet", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["files"], summary["files_unchanged"], summary["articles_in_unchanged_files"]) == (0, 2, 2)


def test_index_json_summary_names_skipped_files(tmp_path, capsys, write):
    write("good.txt", "A title\n\nA body.")
    write("bad.jsonl", '{"title": "ok", "body": "fine"}\n{broken\n')
    code = main(["index", str(write.folder), "--index", str(tmp_path / "ix"), "--json"])
    summary = json.loads(capsys.readouterr().out)
    assert code == 1
    assert summary["added"] == 2
    [skipped] = summary["skipped"]
    assert skipped["path"].endswith("bad.jsonl") and skipped["record"] == "line 2"


def test_env_var_chooses_the_index(tmp_path, monkeypatch, capsys, write):
    monkeypatch.setenv("DATELINE_INDEX", str(tmp_path / "env-ix"))
    write("s.txt", "Title here\n\nBody here.")
    assert main(["index", str(write.folder), "--quiet"]) == 0
    assert (tmp_path / "env-ix").is_dir()
    capsys.readouterr()
    assert main(["stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["articles"] == 1


def test_search_json_shape(indexed, capsys):
    assert main(["search", "river", "--index", indexed, "--json", "--limit", "3"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"total", "took_ms", "hits", "facets"}
    assert result["total"] >= 3 and len(result["hits"]) == 3
    hit = result["hits"][0]
    assert {"id", "title", "date", "source", "place", "score", "snippet", "persons", "organisations"} <= set(hit)
    assert hit["date"][:4] in ("2024", "2025")
    assert set(result["facets"]) == {"person", "organisation", "source"}
    counts = [c for _, c in result["facets"]["source"]]
    assert counts == sorted(counts, reverse=True)


def test_search_text_output_and_query_error(indexed, capsys):
    assert main(["search", "river", "--index", indexed, "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert " results for river in " in out
    assert main(["search", '"river', "--index", indexed]) == 2
    err = capsys.readouterr().err
    assert err.startswith("dateline: query") and "unclosed quote" in err and "Traceback" not in err


def test_search_and_quotes_tell_the_same_column_and_a_reversed_date_range(indexed, capsys):
    assert main(["search", '"river', "--index", indexed]) == 2
    searched = capsys.readouterr().err
    assert main(["quotes", '"river', "--index", indexed]) == 2
    assert capsys.readouterr().err == searched and "at column 1" in searched
    assert main(["search", "river", "--from", "2025-01", "--to", "2024-01", "--index", indexed]) == 2
    assert "the range ends before it starts" in capsys.readouterr().err


def test_an_id_as_search_prints_it_finds_its_article(indexed, capsys):
    main(["search", "river", "--index", indexed, "--json", "--limit", "1"])
    hit_id = json.loads(capsys.readouterr().out)["hits"][0]["id"]
    assert "-" in hit_id  # the bundled archive's ids (`ledger-2024-0627`): the hyphen is part of the id
    assert main(["search", f"id:{hit_id}", "--index", indexed, "--json"]) == 0
    assert [h["id"] for h in json.loads(capsys.readouterr().out)["hits"]] == [hit_id]


def test_show_by_id_and_missing(indexed, capsys):
    main(["search", "river", "--index", indexed, "--json", "--limit", "1"])
    hit_id = json.loads(capsys.readouterr().out)["hits"][0]["id"]
    assert main(["show", hit_id, "--index", indexed, "--json"]) == 0
    article = json.loads(capsys.readouterr().out)
    assert article["id"] == hit_id and article["body"]
    assert main(["show", "no-such-id", "--index", indexed]) == 1
    assert "no article with id" in capsys.readouterr().err
    # text into a pipe: a paragraph a line (grep finds a phrase whole), and the quotes with their speakers
    assert main(["show", hit_id, "--index", indexed]) == 0
    out = capsys.readouterr().out
    for paragraph in article["body"].split("\n\n"):
        assert " ".join(paragraph.split()) in out.splitlines()
    assert f"quotes ({len(article['quotes'])}):" in out or not article["quotes"]


def test_an_id_two_sources_share_shows_both_and_each_source_shows_one(tmp_path, capsys):
    for agency in ("tass", "afp"):
        folder = tmp_path / agency / "2024" / "05"
        folder.mkdir(parents=True)
        (folder / "001.txt").write_text(f"{agency.upper()} story\n\nThe {agency} body.\n")
    ix = str(tmp_path / "ix")
    assert main(["index", str(tmp_path / "tass"), str(tmp_path / "afp"), "--index", ix, "--quiet"]) == 0
    capsys.readouterr()
    assert main(["show", "2024/05/001", "--index", ix, "--json"]) == 0
    objects = [json.loads(line) for line in capsys.readouterr().out.splitlines()]  # one object a line
    assert sorted(o["title"] for o in objects) == ["AFP story", "TASS story"]
    assert main(["show", "2024/05/001", "--index", ix]) == 0
    listed = [line.strip() for line in capsys.readouterr().out.splitlines() if line.startswith("  /")]
    assert len(listed) == 2
    assert main(["show", listed[0], "--index", ix, "--json"]) == 0
    [one] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert one["title"] == ("AFP story" if "/afp/" in listed[0] else "TASS story")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (a device that is always full)")
def test_output_that_cannot_be_written_is_one_line_not_a_traceback(indexed):
    import subprocess
    import sys

    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "tui.cli", "search", "river", "--index", indexed, "--json"],
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr == "dateline: cannot write the output: No space left on device\n"


@pytest.mark.parametrize("command", [
    # (what `print` writes is at most a buffer's worth here, left for the interpreter's exit to write)
    ["search", "", "--limit", "50"], ["search", "", "--limit", "1", "--json"], ["quotes", "--limit", "500"],
    ["quotes", "--limit", "1", "--json"], ["show", "ID"], ["show", "ID", "--json"], ["stats"], ["search", "--help"],
])
def test_a_closed_pipe_ends_a_command_quietly_with_0(indexed, capsys, command):
    """`dateline search '' | head -1`: a reader that stops reading is no failure. The text output had ended with
    status 1 and not a word (Rich's own handling of the broken pipe), and what `print` left in the buffer with
    120 and `Exception ignored … BrokenPipeError` at the interpreter's exit."""
    import subprocess
    import sys

    if "ID" in command:
        main(["search", "river", "--index", indexed, "--json", "--limit", "1"])
        command = [json.loads(capsys.readouterr().out)["hits"][0]["id"] if w == "ID" else w for w in command]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # buffered, as in a user's shell
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader gone before a byte is written: every write is a broken pipe, no race
    try:
        done = subprocess.run([sys.executable, "-m", "tui.cli", *command, "--index", indexed], stdout=write_end,
                              stderr=subprocess.PIPE, text=True, timeout=60, env=env, check=False)
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (0, "")


def test_stars_alone_are_every_article(indexed, capsys):
    main(["search", "*", "--index", indexed, "--json", "--limit", "1"])
    every = json.loads(capsys.readouterr().out)["total"]
    for stars in ("***", "* *"):
        main(["search", stars, "--index", indexed, "--json", "--limit", "1"])
        assert json.loads(capsys.readouterr().out)["total"] == every > 0


def test_missing_index_is_a_clear_usage_error(tmp_path, capsys):
    assert main(["search", "x", "--index", str(tmp_path / "nowhere")]) == 2
    assert "no index at" in capsys.readouterr().err


def test_version_and_help_for_every_option(capsys):
    from tui.cli import build_parser

    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0 and capsys.readouterr().out.startswith("dateline ")
    for command, sub in build_parser().commands.items():
        for action in sub._actions:
            assert action.help, f"dateline {command} {action.option_strings or action.dest}: no help text"


def test_an_unknown_option_is_told_with_its_commands_usage(capsys):
    with pytest.raises(SystemExit) as info:
        main(["search", "--bogus", "river"])
    err = capsys.readouterr().err
    assert info.value.code == 2 and "usage: dateline search" in err and "unrecognized arguments: --bogus" in err


def test_query_words_may_be_several_arguments_and_a_word_left_out_needs_no_double_dash(indexed, capsys):
    def ids(command, *words):
        assert main([command, "--index", indexed, "--json", "--limit", "500", *words]) == 0
        out = capsys.readouterr().out
        if command == "quotes":  # a quote a line
            quotes = [json.loads(line) for line in out.splitlines()]
            return {q["id"] for q in quotes}, len(quotes)
        result = json.loads(out)
        return {hit["id"] for hit in result["hits"]}, result["total"]

    river, _ = ids("search", "river")
    ferry, _ = ids("search", "ferry")
    assert ids("search", "river", "-ferry")[0] == river - ferry  # was: unrecognized arguments: -ferry
    assert ids("search", "river", "ferry") == ids("search", "river ferry")
    everything, total = ids("search", "*")
    assert ids("search", "-river")[0] == everything - river
    assert ids("search", "--", "-river")[0] == everything - river  # the double dash still works
    kellan, kellan_total = ids("quotes", "--speaker", "Kellan")
    without_harbour, fewer = ids("quotes", "--speaker", "Kellan", "-harbour")  # was: cannot parse query
    assert 0 < fewer < kellan_total and without_harbour <= kellan


def test_a_facet_filter_typed_in_another_case_or_misspelt_is_told(indexed, capsys):
    def run(*filters):
        assert main(["search", "*", "--index", indexed, "--json", "--limit", "500", *filters]) == 0
        captured = capsys.readouterr()
        return {hit["id"] for hit in json.loads(captured.out)["hits"]}, captured.err

    exact, err = run("--person", "Arvid Kellan")
    assert exact and err == ""
    folded, err = run("--person", "arvid  KELLAN")  # was: 0 results, and not a word
    assert folded == exact and "'arvid  KELLAN' is 'Arvid Kellan'" in err
    misspelt, err = run("--person", "Arvid Kelan")
    assert misspelt == set() and "no person 'Arvid Kelan'" in err and "did you mean 'Arvid Kellan'" in err
    merged, err = run("--person", "brask")  # a surname the People facet counts under the full name
    assert merged == run("--person", "Teodor Brask")[0] and "'brask' is 'Teodor Brask'" in err
    _ids, err = run("--person", "kellan")
    assert "no person 'kellan'" in err and "did you mean 'Arvid Kellan'" in err
    _ids, err = run("--org", "no such body at all")
    assert "no organisation 'no such body at all' in this archive" in err


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["index"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["search", "x", "--limit", "0"])
    assert info.value.code == 2


def test_extract_json_offsets_index_into_the_body(write, capsys):
    write("2024-05-20-talks.txt", "Talks resume\n\nMARENBURG, May 20. /MNA/. Foreign Minister Arvid Kellan arrived.\n\n"
                                  '"We are ready," Kellan said.\n')
    assert main(["extract", str(write.folder), "--json"]) == 0
    [line] = capsys.readouterr().out.strip().splitlines()
    article = json.loads(line)
    assert set(article) >= {"id", "title", "date", "body", "persons", "organisations", "quotes"}
    body = article["body"]
    [quote] = article["quotes"]
    assert body[quote["start"]:quote["end"]] == quote["text"] == "We are ready,"
    assert quote["speaker"] == "Arvid Kellan"
    s, e = quote["speaker_mention"]
    assert body[s:e] == "Kellan"
    [person] = article["persons"]
    assert person["name"] == "Arvid Kellan"
    assert all(body[s:e] in ("Arvid Kellan", "Kellan") for s, e in person["mentions"])


def test_extract_goes_on_past_an_article_whose_extraction_fails(write, capsys, monkeypatch):
    # an extraction bug (here, made to happen for one article) is reported with the article, which is printed
    # without people and quotes, and the other articles are extracted as ever
    from search_index.extraction import pipeline

    real = pipeline.extract

    def failing(body, place=""):
        if "Brannock" in body:
            raise AttributeError("a bug")
        return real(body, place)

    monkeypatch.setattr(pipeline, "extract", failing)
    write("a.txt", 'Talks resume\n\n"We are ready," Arvid Kellan said on Monday in the capital.\n')
    write("b.txt", 'Plant opens\n\n"We are open," said Lena Brannock on Monday at the plant.\n')
    assert main(["extract", str(write.folder), "--json"]) == 1
    captured = capsys.readouterr()
    articles = {json.loads(line)["title"]: json.loads(line) for line in captured.out.strip().splitlines()}
    assert articles["Talks resume"]["quotes"][0]["speaker"] == "Arvid Kellan"
    assert articles["Plant opens"]["quotes"] == [] and articles["Plant opens"]["persons"] == []
    assert "b.txt" in captured.err and "people and quotes not extracted" in captured.err and "a bug" in captured.err


def test_an_empty_source_is_an_error_not_the_current_folder(tmp_path, write, capsys, monkeypatch):
    """`dateline extract ""` (`"$DIR"` of a variable never set) had read the whole current folder, and `index ""
    FILE` indexed it: an empty SOURCE is said, left out as a missing file is, and the status is 2."""
    write("a.txt", "Harbour talks resume\n\nMARENBURG, May 20. /MNA/. Talks resumed on Monday.\n")
    write("b.txt", "Tide tables revised\n\nMARENBURG, May 21. /MNA/. Tables were revised.\n")
    elsewhere = tmp_path / "one.txt"
    elsewhere.write_text("Ferry fares cut\n\nMARENBURG, May 22. /MNA/. Fares were cut.\n")
    monkeypatch.chdir(write.folder)  # what an empty path would be read as
    said = "dateline: SOURCE '' is empty: it names no file or folder (the current folder is '.'); "
    assert main(["extract", "", "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == said + "nothing read\n"
    assert main(["extract", "", str(elsewhere), "nowhere.txt", "--json"]) == 2
    captured = capsys.readouterr()
    assert [json.loads(line)["title"] for line in captured.out.splitlines()] == ["Ferry fares cut"]
    assert captured.err == said + "left out\n" + "dateline: nowhere.txt: no such file or folder\n"
    assert main(["index", "", "--index", str(tmp_path / "ix"), "--quiet"]) == 2
    assert capsys.readouterr().err == said + "nothing read\n" and not (tmp_path / "ix").exists()
    assert main(["index", "", str(elsewhere), "--index", str(tmp_path / "ix"), "--quiet", "--json"]) == 2
    captured = capsys.readouterr()
    assert json.loads(captured.out)["added"] == 1 and captured.err == said + "left out\n"


def test_extract_keeps_a_jsonl_body_unchanged(write, capsys):
    body = 'Line one.\r\n\r\n"A quote," said Mira Osk.'
    write("x.jsonl", json.dumps({"id": "rec-000001", "title": "T", "body": body}) + "\n")
    main(["extract", str(write.folder), "--json"])
    article = json.loads(capsys.readouterr().out)
    assert article["body"] == body
    [quote] = article["quotes"]
    assert body[quote["start"]:quote["end"]] == "A quote,"


def test_quotes_command_lists_a_speakers_quotes_across_the_archive(indexed, capsys):
    assert main(["quotes", "--speaker", "Kellan", "--index", indexed, "--limit", "100"]) == 0
    total = int(capsys.readouterr().out.split(" quote")[0].replace(",", ""))
    assert main(["quotes", "--speaker", "Kellan", "--index", indexed, "--json", "--limit", "100"]) == 0
    out = capsys.readouterr().out
    # JSON Lines, as README says and `extract --json` prints articles: an object a quote (was one object, a line)
    quotes = [json.loads(line) for line in out.splitlines()]
    assert len(quotes) == total >= 3 and all(isinstance(q, dict) for q in quotes)
    assert {"speaker", "text", "id", "title", "source", "date", "start", "end", "url"} <= set(quotes[0])
    assert all("Kellan" in q["speaker"] for q in quotes)
    assert len({q["id"] for q in quotes}) >= 2
    dates = [q["date"] for q in quotes]
    assert dates == sorted(dates, reverse=True)
    assert main(["quotes", "--speaker", "Kellan", "--index", indexed, "--json", "--limit", "2"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2  # --limit caps the lines


def test_quotes_says_which_names_a_speaker_may_be_and_which_speakers_a_name_matched(tmp_path, write, capsys):
    """`--speaker` finding nothing says what the archive has (a name spelt near it, or that the person is named
    but never quoted); a surname that is several speakers says who they are, most quoted first."""
    write("a.txt", "Ferry\nDUNMORE, May 20\n\nMira Osk said: \"The ferry runs.\" Tomas Osk said: \"It does not.\" "
                   "Mira Osk added: \"It runs on Sundays.\" Lena Varga watched.\n")
    index = str(tmp_path / "ix")
    assert main(["index", str(write.folder), "--index", index, "--quiet"]) == 0
    capsys.readouterr()
    assert main(["quotes", "--speaker", "Osk", "--index", index, "--json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3
    assert main(["quotes", "--speaker", "Osk", "--index", index]) == 0
    assert "'Osk' is 2 speakers: Mira Osk (2), Tomas Osk (1)" in capsys.readouterr().err
    assert main(["quotes", "--speaker", "Mira Osk", "--index", index]) == 0
    assert "note" not in capsys.readouterr().err
    assert main(["quotes", "--speaker", "Mira Oks", "--index", index]) == 0
    assert "no quotes by 'Mira Oks' in this archive; did you mean 'Mira Osk'" in capsys.readouterr().err
    assert main(["quotes", "--speaker", "lena varga", "--index", index]) == 0
    assert "no quotes by 'lena varga' in this archive ('Lena Varga' is named in it, but never quoted)" in \
        capsys.readouterr().err
    # a query that leaves out all of a speaker's quotes is not a name the archive lacks
    assert main(["quotes", "--speaker", "Mira Osk", "dam", "--index", index]) == 0
    assert "note" not in capsys.readouterr().err


def test_a_full_name_is_one_speaker_with_the_surname_the_archive_merges_into_it(tmp_path, write, capsys):
    """`--speaker 'Tony Blair'` had said `207 quotes` and `is 2 speakers: Tony Blair (202), Blair (5); give a full
    name`: a surname alone that the archive merges into the full name is that speaker (as the browser's "What X
    said" counts it); the note is for a name that is several people, and its counts add up to the heading's."""
    write("a.txt", "Ferry\nDUNMORE, May 20\n\nMira Osk said: \"The ferry runs.\" Tomas Osk said: \"It does not.\" "
                   "Mira Osk added: \"It runs on Sundays.\" Lena Varga watched.\n")
    for n in range(1, 5):  # Mira Osk has more than 80% of the Osks' stories: a lone `Osk` is her
        write(f"b{n}.txt", f"Harbour quay {n} reopens\n\nDUNMORE, May 2{n}. Harbour Minister Mira Osk spoke at the "
                           f"quay on Monday. \"The quay number {n} is open,\" she said.\n")
    write("c.txt", "Tides run late\n\nDUNMORE, June 2. The tide tables were wrong again this week. "
                   "\"The tide is late,\" Osk said on Monday.\n")
    write("d.txt", "Harbour fees rise\n\nDUNMORE, May 20. The harbour board met on Monday. \"Fees will rise,\" said "
                   "Anna Berg, the board chair.\n")
    write("e.txt", "Harbour fees row\n\nDUNMORE, May 21. The traders answered on Tuesday. \"Fees are too high,\" "
                   "said Anna Berg-Lund, a trader.\n")
    index = str(tmp_path / "ix")
    assert main(["index", str(write.folder), "--index", index, "--quiet"]) == 0
    capsys.readouterr()

    def quotes(name):
        assert main(["quotes", "--speaker", name, "--index", index, "--json", "--limit", "100"]) == 0
        speakers = [json.loads(line)["speaker"] for line in capsys.readouterr().out.splitlines()]
        assert main(["quotes", "--speaker", name, "--index", index]) == 0
        captured = capsys.readouterr()
        assert captured.out.startswith(f"{len(speakers)} quote")  # the heading counts what --json lists
        return speakers, captured.err

    speakers, err = quotes("Mira Osk")
    # (each quote labelled with the name the archive counts it under: the lone `Osk` of c.txt is Mira Osk)
    assert sorted(set(speakers)) == ["Mira Osk"] and len(speakers) == 7 and err == ""
    assert quotes("mira  OSK") == (speakers, "")
    # a surname that is two people: the lone Osk counted as Mira Osk, and a full name asked for
    _speakers, err = quotes("Osk")
    assert err == "dateline: note: --speaker 'Osk' is 2 speakers: Mira Osk (7), Tomas Osk (1); " \
                  "give a full name for one of them\n"
    # a full name that is one speaker's exactly, and part of another's: no fuller name to ask for
    speakers, err = quotes("Anna Berg")
    assert sorted(speakers) == ["Anna Berg", "Anna Berg-Lund"]
    assert err == "dateline: note: --speaker 'Anna Berg' is 2 speakers: Anna Berg (1), Anna Berg-Lund (1); " \
                  "every speaker whose name holds those words is counted\n"
    assert "give a full name" in quotes("Berg")[1]


def test_speaker_and_person_queries_use_extraction(indexed, capsys):
    assert main(["search", "speaker:kellan", "--index", indexed, "--json", "--limit", "50"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["total"] >= 2
    people = dict((name, count) for name, count in result["facets"]["person"])
    assert people.get("Arvid Kellan") == result["total"]


def test_the_command_starts_with_the_collector_paused_and_resumes_it(indexed):
    """Run as `dateline`, the start-up imports happen with the garbage collector paused; the command itself
    runs with it back on and the imports frozen. Imported by another program, the module leaves it alone."""
    import subprocess
    import sys

    probe = (
        "import gc, sys\n"
        "sys.argv = ['/somewhere/bin/dateline', 'search', 'river', '--index', sys.argv[1]]\n"
        "import tui.cli as cli\n"
        "paused = not gc.isenabled()\n"
        "from search_index import ArchiveIndex\n"
        "seen = []\n"
        "real = ArchiveIndex.search\n"
        "ArchiveIndex.search = lambda self, *a, **k: (seen.append(gc.isenabled()), real(self, *a, **k))[1]\n"
        "code = cli.main(sys.argv[1:])\n"
        "print('RESULT', paused, seen[:1], gc.isenabled(), gc.get_freeze_count() > 1000, code)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe, indexed], capture_output=True, text=True, timeout=120)
    result = [line for line in done.stdout.splitlines() if line.startswith("RESULT")]
    assert result == ["RESULT True [True] True True 0"], done.stdout + done.stderr
    import gc

    assert gc.isenabled()  # this test process imported tui.cli: untouched


def test_the_browser_starts_without_the_readers_and_the_extraction(indexed):
    """Opening the browser, up to its first results on screen, imports neither the input readers, the indexer
    nor extraction (their word lists and patterns cost start-up time): reading an article or indexing imports
    them when it first needs them."""
    import subprocess
    import sys

    probe = (
        "import sys, asyncio, tui.cli\n"
        "from search_index import ArchiveIndex\n"
        "from tui.app import DatelineApp\n"
        "async def main():\n"
        "    app = DatelineApp(ArchiveIndex(sys.argv[1]))\n"
        "    async with app.run_test(size=(160, 40)) as pilot:\n"
        "        while app.screen.painted_generation == 0:\n"
        "            await pilot.pause(0.01)\n"
        "        await app.workers.wait_for_complete()\n"
        "        await pilot.pause()\n"
        "        print('HITS', len(app.screen.last_result.hits))\n"
        "asyncio.run(main())\n"
        "print('LOADED', sorted(m for m in sys.modules if m.startswith(('search_index.extraction', "
        "'search_index.readers', 'search_index.indexer'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe, indexed], capture_output=True, text=True, timeout=120,
                          check=False)
    hits = [line for line in done.stdout.splitlines() if line.startswith("HITS")]
    assert hits and hits[0] != "HITS 0", done.stdout + done.stderr
    assert [line for line in done.stdout.splitlines() if line.startswith("LOADED")] == ["LOADED []"], \
        done.stdout + done.stderr


def test_a_first_run_quit_while_indexing_the_sample_is_a_first_run_again(tmp_path):
    """The default index left empty (the first run's indexing quit at once) gets the sample next time; an index
    the user chose, or one with articles, is opened as it is."""
    from search_index import ArchiveIndex
    from tui.cli import _first_run

    path = tmp_path / "ix"
    with ArchiveIndex(str(path), create=True) as archive:  # no index before this start
        assert _first_run(archive, existed=False, chosen=False)
    with ArchiveIndex(str(path)) as archive:  # what a first run quit before its first commit leaves
        assert _first_run(archive, existed=True, chosen=False)
        assert not _first_run(archive, existed=True, chosen=True)
    assert main(["index", str(DATA), "--index", str(path), "--quiet"]) == 0
    with ArchiveIndex(str(path)) as archive:
        assert not _first_run(archive, existed=True, chosen=False)


def test_an_interrupted_index_run_says_how_many_articles_the_index_kept(tmp_path, capsys, monkeypatch):
    """Ctrl-C: the run stops with 130 and says what the index holds, so the user knows where it stands."""
    import search_index

    index = str(tmp_path / "ix")
    assert main(["index", str(DATA / "wire"), "--index", index, "--quiet"]) == 0
    capsys.readouterr()
    assert main(["stats", "--index", index, "--json"]) == 0
    kept = json.loads(capsys.readouterr().out)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(search_index, "index_sources", interrupted)
    assert main(["index", str(DATA), "--index", index, "--quiet"]) == 130
    err = capsys.readouterr().err
    assert f"interrupted; the index keeps its last committed state: {kept['articles']:,} articles" in err


def test_a_source_file_deleted_since_it_was_indexed_is_told_with_prune_as_the_way_out(tmp_path, capsys):
    import shutil

    stories = tmp_path / "stories"
    shutil.copytree(DATA / "wire", stories)
    index = str(tmp_path / "ix")
    assert main(["index", str(stories), "--index", index, "--quiet"]) == 0
    gone = sorted(stories.iterdir())[:2]
    for path in gone:
        path.unlink()
    capsys.readouterr()
    assert main(["index", str(stories), "--index", index, "--quiet", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["gone_files"], summary["gone_articles"], summary["removed"]) == (2, 2, 0)
    assert main(["index", str(stories), "--index", index, "--quiet"]) == 0
    assert "Gone since indexed: 2 files (2 articles still in the index; --prune removes them)" in \
        capsys.readouterr().out
    assert main(["index", str(stories), "--index", index, "--quiet", "--prune"]) == 0
    out = capsys.readouterr().out
    assert "2 removed" in out and "Gone" not in out


def test_quotes_and_suggestions_name_a_speaker_as_the_archive_counts_him(tmp_path, capsys):
    """One person spelt two ways: the archive counts Darius Keaton under Darius N. Keaton. `quotes` labelled
    each quote with its story's own form (`Reagan` for 132 of Ronald Reagan's quotes, `Ronald Reagan` for 9);
    it now says the name the People facet counts, as the browser's `What … said` does; and a misspelt
    `--person` suggests that name once, not each form of it (`'Paul Volcker', 'Paul A Volcker'`)."""
    records = [
        {"id": "a1", "title": "Rates", "date": "2024-05-01",
         "body": 'Treasury adviser Darius N. Keaton said: "Rates will rise." Keaton spoke in Dunmore.'},
        {"id": "a2", "title": "Bonds", "date": "2024-05-02", "body": "Darius N. Keaton met bankers on Friday."},
        {"id": "a3", "title": "Talks", "date": "2024-05-03", "body": 'Darius Keaton said: "Rates will stay."'}]
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "s.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    index = str(tmp_path / "ix")
    assert main(["index", str(tmp_path / "src"), "--index", index, "--quiet"]) == 0
    capsys.readouterr()
    assert main(["quotes", "--speaker", "Darius N. Keaton", "--json", "--index", index]) == 0
    found = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {q["title"] for q in found} == {"Rates", "Talks"}
    assert {q["speaker"] for q in found} == {"Darius N. Keaton"}
    assert main(["quotes", "--index", index]) == 0  # every quote: the same names
    out = capsys.readouterr().out
    assert out.count("Darius N. Keaton") == 2 and "Darius Keaton" not in out
    assert main(["search", "rates", "--person", "Darius Keatn", "--index", index]) == 0
    err = capsys.readouterr().err
    assert "no person 'Darius Keatn' in this archive; did you mean 'Darius N. Keaton'?" in err


def test_a_search_finding_nothing_says_where_the_dates_lie_and_a_misspelt_name_what_it_may_be(indexed, tmp_path,
                                                                                               capsys):
    """`dateline search 'date:>1987-10'` or `--from 'last week'` over a 1987 wire printed only `0 results`, where
    the browser says where the archive's dates lie; `--person volker` said `no person 'volker'` and nothing more,
    no whole name being near it. Both now say what the browser says, on stderr, as the other notes."""
    from search_index import ArchiveIndex, SearchRequest

    archive = ArchiveIndex(indexed)
    first, last = archive.date_span()
    alone = archive.search(SearchRequest("river", limit=1)).total
    archive.close()
    span = f"the archive's dates run from {first:%Y-%m-%d} to {last:%Y-%m-%d}"
    assert main(["search", "date:>2030", "--index", indexed]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("0 results") and err == f"dateline: note: {span}\n"
    assert main(["search", "river", "--from", "2030", "--index", indexed, "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["total"] == 0
    assert err == f"dateline: note: nothing matches with these dates (the words alone: {alone} results); {span}\n"
    assert main(["search", "river", "--from", "2024-06", "--index", indexed]) == 0  # found: nothing to say
    assert capsys.readouterr().err == ""
    # a word of a name misspelt: the names with a word spelt like it
    assert main(["search", "river", "--person", "kelan", "--index", indexed]) == 0
    err = capsys.readouterr().err
    assert "no person 'kelan' in this archive; did you mean 'Arvid Kellan'?" in err
    assert f"nothing matches with these filters (the words alone: {alone} results)" in err
    # an archive without a date: a range says so
    (tmp_path / "undated").mkdir()
    (tmp_path / "undated" / "s.jsonl").write_text(json.dumps({"title": "Ferry", "body": "The ferry runs."}) + "\n")
    undated = str(tmp_path / "uix")
    assert main(["index", str(tmp_path / "undated"), "--index", undated, "--quiet"]) == 0
    capsys.readouterr()
    assert main(["search", "ferry", "--from", "last week", "--index", undated]) == 0
    err = capsys.readouterr().err
    assert err.endswith("(the words alone: 1 result); no article in this archive has a date\n")
