"""Bad files and records: every case of a messy or hostile archive, generated here in a temporary folder.

Each good article is indexed, each bad file or record is named in the summary with its reason, repairable text is
repaired and reported as a warning, nothing crashes, and `dateline index` exits with 1 when input was skipped.
"""

from __future__ import annotations

import codecs
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from search_index import ArchiveIndex, SearchRequest
from search_index.extraction import extract
from search_index.textclean import TERMINAL_UNSAFE
from tui.cli import main

ROOT = Path(__file__).resolve().parent.parent


def story(marker: str, title: str = "") -> str:
    """A small plain-text story whose body holds a unique word, so a search proves it was indexed."""
    return (f"{title or 'Story ' + marker}\n\nThe council met on Monday and agreed the {marker} plan, "
            f"officials said.\n")


def jl(*records) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


@dataclass
class Case:
    name: str | bytes  # file name (bytes for names that are not UTF-8)
    content: bytes | str | None  # None: made by `make` instead
    outcome: str  # indexed | warning | skipped | ignored
    reason: str = ""  # a fragment of the reason in the summary (skipped, warning, ignored)
    markers: tuple[str, ...] = ()  # words that must be searchable afterwards (the good articles in the file)
    record: str = ""  # which record the problem names, for multi-record files
    make: object = None  # make(folder, path) for files that are not plain bytes


BIG_LINE = "word " * 210_000  # a 1 MB paragraph on one line
MANY_QUOTES = " ".join(f'"Point {i} stands," Kellan said.' for i in range(3000))
UNBALANCED = " ".join('He said "no and then " more' for _ in range(1500))
DEEP = "[" * 100_000 + "]" * 100_000


def _fifo(folder: Path, path: Path) -> None:
    os.mkfifo(path)


def _dangling(folder: Path, path: Path) -> None:
    os.symlink(folder / "nowhere.txt", path)


def _self_loop(folder: Path, path: Path) -> None:
    os.symlink(path.name, path)


def _folder_loop(folder: Path, path: Path) -> None:
    os.symlink(".", path)


CASES = [
    Case("good.txt", story("markergood"), "indexed", markers=("markergood",)),
    Case("utf8-bom.txt", codecs.BOM_UTF8 + story("markerbom").encode(), "indexed", markers=("markerbom",)),
    Case("crlf.txt", story("markercrlf").replace("\n", "\r\n"), "indexed", markers=("markercrlf",)),
    Case("lone-cr.txt", story("markercr").replace("\n", "\r"), "indexed", markers=("markercr",)),
    Case("one-mb-line.txt", f"One long line\n\nmarkerbig {BIG_LINE}\n", "indexed", markers=("markerbig",)),
    Case("many-quotes.txt", f"Quotes galore\n\nmarkerquotes {MANY_QUOTES}\n", "indexed", markers=("markerquotes",)),
    Case("unbalanced.txt", f"Unbalanced\n\nmarkerunbal \"{UNBALANCED}\n", "indexed", markers=("markerunbal",)),
    Case("number-title.jsonl", jl({"title": 1234, "body": "markernumtitle body"}), "indexed",
         markers=("markernumtitle",)),
    Case("latin1.txt", story("markerlatin", "Café olé señor").encode("latin-1"), "warning", "Windows-1252",
         markers=("markerlatin",)),
    Case("invalid-utf8.txt", b"Bad \xc3 bytes \xff\n\n" + story("markerbadutf").encode(), "warning",
         "not valid UTF-8", markers=("markerbadutf",)),
    Case("utf16-le-bom.txt", codecs.BOM_UTF16_LE + story("markeru16le").encode("utf-16-le"), "warning",
         "UTF-16-LE", markers=("markeru16le",)),
    Case("utf16-be-bom.txt", codecs.BOM_UTF16_BE + story("markeru16be").encode("utf-16-be"), "warning",
         "UTF-16-BE", markers=("markeru16be",)),
    Case("utf16-le-nobom.txt", story("markeru16nobom").encode("utf-16-le"), "warning", "(no BOM)",
         markers=("markeru16nobom",)),
    Case("utf16-be-nobom.txt", story("markeru16benobom").encode("utf-16-be"), "warning", "(no BOM)",
         markers=("markeru16benobom",)),
    Case("nul.txt", story("markernul").replace("council", "coun\x00cil"), "warning", "NUL characters removed",
         markers=("markernul", "council")),
    Case("impossible-date.jsonl", jl({"title": "Leap", "body": "markerleap", "date": "2024-02-30"}), "warning",
         "impossible date '2024-02-30'", markers=("markerleap",)),
    Case("impossible-date.txt", "Date: 2024-02-30\n\n" + story("markerleaptxt"), "warning",
         "impossible date '2024-02-30'", markers=("markerleaptxt",)),
    Case("date-wrong-type.jsonl", jl({"title": "T", "body": "markerdatetype", "date": {"y": 1}}), "warning",
         "not a date", markers=("markerdatetype",)),
    Case("surrogate.json", '{"title": "Half \\ud800 pair", "body": "markersurrogate \\udfff"}', "warning",
         "surrogates", markers=("markersurrogate",)),
    Case("binary.txt", bytes(range(256)) * 40, "skipped", "binary content"),
    Case("binary.json", b"\x00\x01\x02\x03\xff\xfe" * 500, "skipped", ""),
    Case("empty.txt", b"", "skipped", "empty file"),
    Case("whitespace.txt", b"  \n\t\n   \r\n", "skipped", "only whitespace"),
    Case("truncated.sgm",
         '<REUTERS NEWID="7"><DATE>26-FEB-1987 15:01:01.79</DATE><TEXT><TITLE>WHOLE</TITLE>'
         '<BODY>markersgm intact.</BODY></TEXT></REUTERS>\n<REUTERS NEWID="8"><DATE>26-FEB-1987</DATE><TEXT>'
         '<TITLE>CUT OFF', "skipped", "truncated record", markers=("markersgm",), record="NEWID=8"),
    Case("mixed.jsonl",
         jl({"id": "m1", "title": "One", "body": "markerline1"}) + '{"title": "broken\n[1, 2]\n'
         + jl({"id": "m4", "title": "Four", "body": "markerline4"}),
         "skipped", "invalid JSON", markers=("markerline1", "markerline4"), record="line 2"),
    Case("array-not-objects.jsonl", jl({"title": "ok", "body": "markerarr"}) + "[1, 2]\n", "skipped",
         "not a JSON object but list", markers=("markerarr",), record="line 2"),
    Case("number.json", "42", "skipped", "not a JSON object but int"),
    Case("string.json", '"just a string"', "skipped", "not a JSON object but str"),
    Case("wrong-types.jsonl", jl({"title": "ok", "body": "markertypes"}, {"title": "t", "body": {"x": 1}},
                                 {"title": True, "body": "b"}), "skipped", "field 'body' is an object",
         markers=("markertypes",), record="line 2"),
    Case("deep.json", DEEP, "skipped", "nested too deeply"),
    Case("deep-line.jsonl", jl({"title": "ok", "body": "markerdeepok"}) + '{"title": "x", "body": ' + DEEP + "}\n",
         "skipped", "nested too deeply", markers=("markerdeepok",), record="line 2"),
    Case("deep-fields.json", '{"title": "x", "body": "y", "extra": ' + '{"a": ' * 100 + "1" + "}" * 100 + "}",
         "skipped", "nested deeper than"),
    Case("fifo.txt", None, "skipped", "named pipe", make=_fifo),
    Case("dangling.txt", None, "skipped", "broken symbolic link", make=_dangling),
    Case("self-loop.txt", None, "skipped", "Too many levels of symbolic links", make=_self_loop),
    Case("loop", None, "ignored", "symbolic link loop", make=_folder_loop),
    # names with odd characters: indexed under their own (printable) name
    Case("with space.txt", story("markerspace"), "indexed", markers=("markerspace",)),
    Case("-leading-dash.txt", story("markerdash"), "indexed", markers=("markerdash",)),
    Case("new\nline.txt", story("markernewline"), "indexed", markers=("markernewline",)),
    Case("esc\x1b[31mred\x07.txt", story("markerescname"), "indexed", markers=("markerescname",)),
    Case("bidi\u202etxt.exe.txt", story("markerbidiname"), "indexed", markers=("markerbidiname",)),
    Case(b"not-utf8-\xff\xfe.txt", story("markerbytesname").encode(), "indexed", markers=("markerbytesname",)),
    Case("wide-名前-📰.txt", story("markerwidename"), "indexed", markers=("markerwidename",)),
    # a bad file whose name is hostile too: named in the summary with its controls made visible
    Case("evil\x1b]0;pwned\x07\nname.json", "{broken", "skipped", "invalid JSON"),
]


def _case_path(folder: Path, case: Case) -> Path:
    if isinstance(case.name, bytes):
        return Path(os.fsdecode(os.fsencode(folder) + b"/" + case.name))
    return folder / case.name


def _shown(folder: Path, case: Case) -> str:
    """The path as the summary's JSON gives it: a name that is not UTF-8 has its bad bytes as \\xNN."""
    path = os.fsencode(folder) + b"/" + (case.name if isinstance(case.name, bytes) else case.name.encode())
    return path.decode("utf-8", "backslashreplace")


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    folder = base / "src"
    folder.mkdir()
    for case in CASES:
        path = _case_path(folder, case)
        if case.make:
            case.make(folder, path)
        else:
            data = case.content.encode("utf-8") if isinstance(case.content, str) else case.content
            path.write_bytes(data)
    out = _run_index(folder, base / "ix", "--json")
    yield folder, base / "ix", out


def _run_index(folder: Path, ix: Path, *extra: str) -> tuple[int, str]:
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = main(["index", str(folder), "--index", str(ix), "--quiet", *extra])
    return code, buf.getvalue()


def _entries(summary: dict, kind: str, path: str) -> list[dict]:
    return [e for e in summary[kind] if e["path"] == path]


def test_index_exits_1_because_input_was_skipped(indexed):
    _folder, _ix, (code, out) = indexed
    assert code == 1
    summary = json.loads(out)
    assert summary["skipped"]
    good = sum(len(c.markers) for c in CASES)  # every marker is its own article, but `nul.txt` has two
    assert summary["added"] >= good - 1


@pytest.mark.parametrize("case", CASES, ids=lambda c: repr(c.name)[:40])
def test_each_case_gets_its_outcome(indexed, case):
    folder, ix, (_code, out) = indexed
    summary = json.loads(out)
    path = _shown(folder, case)
    skipped = _entries(summary, "skipped", path)
    warnings = _entries(summary, "warnings", path)
    ignored = _entries(summary, "ignored", path)
    if case.outcome == "indexed":
        assert not skipped and not ignored and not warnings, (skipped, ignored, warnings)
    elif case.outcome == "warning":
        assert not skipped and any(case.reason in w["reason"] for w in warnings), warnings
    elif case.outcome == "skipped":
        assert skipped, f"{path!r} not named among {[e['path'] for e in summary['skipped']]}"
        assert any(case.reason in e["reason"] for e in skipped), skipped
        if case.record:
            assert any(e["record"] == case.record for e in skipped), skipped
    elif case.outcome == "ignored":
        assert any(case.reason in e["reason"] for e in ignored), ignored
    with ArchiveIndex(str(ix)) as archive:
        for marker in case.markers:
            result = archive.search(SearchRequest(marker, limit=5))
            assert result.total >= 1, f"{marker} from {path!r} is not in the index"
            for hit in result.hits:
                assert "\ud800" not in hit.title and "\r" not in hit.snippet.text


def test_repaired_text_is_repaired(indexed):
    _folder, ix, _out = indexed
    with ArchiveIndex(str(ix)) as archive:
        def body_of(marker: str) -> str:
            hit = archive.search(SearchRequest(marker, limit=1)).hits[0]
            return archive.get(hit.key)[0]

        assert body_of("markerlatin").title == "Café olé señor"
        assert "council" in body_of("markernul").body and "\x00" not in body_of("markernul").body
        assert "\r" not in body_of("markercr").body and "\r" not in body_of("markercrlf").body
        assert body_of("markersurrogate").title == "Half \ufffd pair"
        assert body_of("markeru16be").title == "Story markeru16be"
        assert len(body_of("markerquotes").quotes) >= 2900


def test_a_second_run_finds_everything_unchanged_and_reports_the_same_problems(indexed):
    folder, ix, (_code, first) = indexed
    code, out = _run_index(folder, ix, "--json")
    again, before = json.loads(out), json.loads(first)
    assert code == 1
    assert again["added"] == again["updated"] == again["removed"] == 0
    assert again["unchanged"] == before["added"]
    assert sorted((e["path"], e["record"]) for e in again["skipped"]) == \
        sorted((e["path"], e["record"]) for e in before["skipped"])


def test_text_summary_names_bad_files_with_their_controls_made_visible(indexed, tmp_path):
    folder, _ix, _out = indexed
    code, out = _run_index(folder, tmp_path / "ix2", "--verbose")
    assert code == 1
    assert "evil␛]0;pwned␇␊name.json" in out  # named, and findable: every control shown, the newline too
    assert "binary.txt: binary content, not text" in out
    assert "mixed.jsonl [line 2]: invalid JSON" in out
    assert "fifo.txt: not a regular file (a named pipe)" in out
    assert not TERMINAL_UNSAFE.search(out), repr(TERMINAL_UNSAFE.search(out))


def test_a_file_that_cannot_be_read_is_named_and_the_rest_indexed(tmp_path):
    """A file and a folder their reader has no permission to open. Tests run as root, who may read anything:
    then the indexer runs without root's power to override file permissions (`setpriv` drops the
    capabilities), so chmod 000 really refuses; otherwise chmod 000 is enough."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "readable.txt").write_text(story("markerreadable"))
    locked = src / "locked.txt"
    locked.write_text(story("markerlocked"))
    locked_dir = src / "locked-folder"
    locked_dir.mkdir()
    (locked_dir / "inner.txt").write_text(story("markerinner"))
    cmd = [sys.executable, "-m", "tui.cli", "index", str(src), "--index", str(tmp_path / "ix"), "--json", "--quiet"]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root, and setpriv (util-linux) is not here to drop the power to read anything")
        drop = "-dac_override,-dac_read_search"
        cmd = [setpriv, "--bounding-set", drop, "--inh-caps", drop, "--", *cmd]
    os.chmod(locked, 0)
    os.chmod(locked_dir, 0)
    try:
        run = subprocess.run(cmd, capture_output=True, text=True, timeout=120,
                             env=dict(os.environ, PYTHONPATH=str(ROOT)))
    finally:
        os.chmod(locked, 0o600)
        os.chmod(locked_dir, 0o700)
    assert run.returncode == 1, run.stderr
    summary = json.loads(run.stdout)
    reasons = {e["path"]: e["reason"] for e in summary["skipped"]}
    assert "Permission denied" in reasons[str(locked)], reasons
    assert "Permission denied" in reasons[str(locked_dir)], reasons
    assert summary["added"] == 1  # readable.txt


def test_extraction_of_a_1mb_line_and_thousands_of_quotes_completes():
    """Not timed (CPU is shared): these two took minutes when extraction was quadratic in the quotes of one
    paragraph; now they are linear, and the spans they give are sound."""
    for body in (BIG_LINE + MANY_QUOTES, UNBALANCED * 2, '"' * 20_000, "“" * 5_000 + "»" * 5_000):
        result = extract(body)
        last = 0
        for q in result.quotes:
            assert last <= q.start <= q.end <= len(body)
            last = q.end
    assert len(extract(MANY_QUOTES).quotes) == 3000


def test_archives_with_odd_names_inside_and_out(tmp_path):
    """A tar archive whose own name and members' names are not UTF-8, and a zip with controls in a member name:
    the members are read through the archive's real name and listed under printable ones, stable across runs."""
    import io
    import tarfile
    import zipfile

    src = tmp_path / "src"
    src.mkdir()
    tar_name = os.fsdecode(os.fsencode(src) + b"/arch\xff.tar.gz")
    with tarfile.open(tar_name, "w:gz", encoding="utf-8", errors="surrogateescape") as tf:
        for member, marker in (("in\udcfe.txt", "markertarbytes"), ("esc\x1b[2J.txt", "markertaresc")):
            data = story(marker).encode()
            info = tarfile.TarInfo(member)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
        bad = b"{broken"
        info = tarfile.TarInfo("bad\udcfe.json")
        info.size = len(bad)
        tf.addfile(info, io.BytesIO(bad))
    with zipfile.ZipFile(src / "z.zip", "w") as zf:
        zf.writestr("new\nline\u202e.txt", story("markerzipname"))
    code, out = _run_index(src, tmp_path / "ix", "--json")
    summary = json.loads(out)
    assert code == 1
    [skipped] = summary["skipped"]
    assert skipped["path"] == f"{src}/arch\\xff.tar.gz!bad\\xfe.json" and "invalid JSON" in skipped["reason"]
    assert summary["added"] == 3
    with ArchiveIndex(str(tmp_path / "ix")) as archive:
        for marker in ("markertarbytes", "markertaresc", "markerzipname"):
            [hit] = archive.search(SearchRequest(marker)).hits
            hit.key.encode("utf-8")
    code, out = _run_index(src, tmp_path / "ix", "--json")
    assert json.loads(out)["unchanged"] == 3
    code, out = _run_index(src, tmp_path / "ix2")
    assert "arch\\xff.tar.gz!bad\\xfe.json: invalid JSON" in out
    assert not TERMINAL_UNSAFE.search(out)


def test_extract_names_bad_files_safely_on_stderr(tmp_path, capsys):
    bad = tmp_path / "evil\x1b]0;t\x07.jsonl"
    bad.write_text('{"title": "ok", "body": "fine"}\n{broken\n')
    code = main(["extract", str(bad)])
    err = capsys.readouterr().err
    assert code == 1 and "evil\u241b]0;t\u2407.jsonl [line 2]: invalid JSON" in err
    assert not TERMINAL_UNSAFE.search(err)


def test_a_title_of_a_megabyte_is_cut_with_a_warning(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "huge-title.jsonl").write_text(json.dumps({"title": "Endless " * 50_000, "body": "markerhugetitle"}))
    code, out = _run_index(src, tmp_path / "ix", "--json")
    summary = json.loads(out)
    assert code == 0 and summary["added"] == 1
    assert "title of 399,999 characters cut to 300" in summary["warnings"][0]["reason"]
    with ArchiveIndex(str(tmp_path / "ix")) as archive:
        [hit] = archive.search(SearchRequest("markerhugetitle")).hits
        assert hit.title.startswith("Endless Endless") and len(hit.title) <= 301
