"""Readers: one module per input format, and `read_input` to sniff a file's format and read it.

Every reader turns one input file into `Article`s and `ReadProblem`s; none of them raises for bad content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Article, ReadProblem
from ..sources import CutShort, InputFile
from ..textclean import NotText, decode_bytes
from .base import TRUNCATED, NotAnArticle, ReadOptions
from .feeds import read_feed
from .jsonrec import read_json, read_jsonl
from .plaintext import read_plaintext
from .reuters import read_reuters

__all__ = ["ReadOptions", "FileResult", "read_input", "detect_format"]

_TEXT_EXT = (".txt", ".text", ".story", ".wire", "")
_FEED_EXT = (".rss", ".atom", ".rdf", ".xml", ".feed")
_FEED_SNIFF = re.compile(rb"<(rss|feed|rdf:RDF)\b", re.I)


@dataclass(slots=True)
class FileResult:
    """What reading one file gave: the articles, the problems, and whether it was an article file at all."""

    path: str
    format: str = ""
    articles: list[Article] = field(default_factory=list)
    problems: list[ReadProblem] = field(default_factory=list)
    ignored: str = ""  # reason, when the file turned out not to be an article file
    # every record the file holds now was read or reported unreadable by name: the index may drop the others it
    # had from this file (False when reading stopped part-way: a file cut short, unreadable, not parsed at all)
    complete: bool = True


def _inner_name(name: str) -> str:
    lower = name.lower()
    for suffix in (".gz", ".bz2", ".xz"):
        if lower.endswith(suffix):
            return lower[: -len(suffix)]
    return lower


def detect_format(name: str, head: bytes) -> str | None:
    """`reuters`, `json`, `jsonl`, `feed` or `text` from the file name and its first bytes; None if none fits."""
    inner = _inner_name(name)
    ext = "." + inner.rsplit(".", 1)[-1] if "." in inner else ""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:2048]
    if ext in (".sgm", ".sgml") or start.startswith(b"<REUTERS"):
        return "reuters"
    if ext in (".jsonl", ".ndjson", ".jsonlines"):
        return "jsonl"
    if ext == ".json":
        return "json"
    if ext in _FEED_EXT or (start.startswith(b"<") and _FEED_SNIFF.search(start)):
        return "feed"
    if ext in _TEXT_EXT:
        if start[:1] in (b"{", b"[") and ext == "":
            return "json"
        return "text"
    return None


_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_TEXT_FIELDS = ("title", "subtitle", "body", "source", "place", "dateline", "agency", "url", "author", "native_id",
                "id", "record_key")


def _scrub_surrogates(article: Article) -> bool:
    """Replace unpaired surrogates (JSON can spell them, `"\\ud800"`) with U+FFFD, one character for one so that
    nothing shifts; they cannot be encoded, so the index and the terminal would both fail on them."""
    changed = False
    for name in _TEXT_FIELDS:
        value = getattr(article, name)
        if _SURROGATE_RE.search(value):
            setattr(article, name, _SURROGATE_RE.sub("\ufffd", value))
            changed = True
    for key, values in list(article.tags.items()):
        if any(_SURROGATE_RE.search(v) for v in values) or _SURROGATE_RE.search(key):
            del article.tags[key]
            article.tags[_SURROGATE_RE.sub("\ufffd", key)] = [_SURROGATE_RE.sub("\ufffd", v) for v in values]
            changed = True
    return changed


def read_input(f: InputFile, options: ReadOptions, *, explicit: bool = False) -> FileResult:
    """Read one input file; never raises for bad content. `explicit` files were named by the user, so a file
    that is not an article is an error rather than something to pass over quietly."""
    result = FileResult(f.path)
    try:
        data = f.read_bytes()
    except CutShort as cut:
        data = cut.data
        result.complete = False
        result.problems.append(ReadProblem(
            f.path, f"compressed stream cut short after {len(data):,} bytes ({cut}): the records before the break "
            "are read", fatal=False))
    except (OSError, EOFError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        result.problems.append(ReadProblem(f.path, f"cannot read: {reason}"))
        result.complete = False
        return result
    fmt = detect_format(f.name, data[:4096])
    if fmt is None:
        why = f"not an article format ({f.name.rsplit('.', 1)[-1] if '.' in f.name else 'no extension'})"
        if explicit:
            result.problems.append(ReadProblem(f.path, why))
        else:
            result.ignored = why
        return result
    result.format = fmt
    if not data.strip():
        result.problems.append(ReadProblem(f.path, "empty file" if not data else "only whitespace"))
        return result
    try:
        if fmt == "feed":
            items = read_feed(f, data, options)
        else:
            text, notes = decode_bytes(data)
            result.problems.extend(ReadProblem(f.path, note, fatal=False) for note in notes)
            if not text.strip():
                result.problems.append(ReadProblem(f.path, "only whitespace"))
                return result
            reader = {"reuters": read_reuters, "json": read_json, "jsonl": read_jsonl, "text": read_plaintext}[fmt]
            items = reader(f, text, options)
        for item in items:
            if isinstance(item, Article):
                if _scrub_surrogates(item):
                    result.problems.append(ReadProblem(
                        f.path, "text held unpaired UTF-16 surrogates (from JSON \\u escapes); replaced with \ufffd",
                        item.record_key, fatal=False))
                result.articles.append(item)
            else:
                result.problems.append(item)
        if any(p.fatal and (not p.record or p.reason.startswith(TRUNCATED)) for p in result.problems):
            # the reader gave up on the file (`invalid JSON at line 3`, no records found), or it ends in the
            # middle of a record (a copy cut short): what an earlier run read past the break is not gone
            result.complete = False
    except NotText as exc:
        result.problems.append(ReadProblem(f.path, str(exc)))
        result.complete = False
    except NotAnArticle as exc:
        if explicit:
            result.problems.append(ReadProblem(f.path, str(exc)))
        else:
            result.ignored = str(exc)
    except RecursionError:
        result.problems.append(ReadProblem(f.path, "nested too deeply to read"))
        result.complete = False
    except Exception as exc:  # a reader bug must cost one file, never the run
        result.problems.append(ReadProblem(f.path, f"could not be read ({type(exc).__name__}: {exc})"))
        result.complete = False
    return result
