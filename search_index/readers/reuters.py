"""Reuters-21578 SGML (`reut2-NNN.sgm`): 1987 wire stories, ~1,000 per file.

Not well-formed XML (`&lt;SRD>`, teletype control-code references), so it is read with regular expressions.
Bodies are hard-wrapped at 65 columns with 4-space paragraph indents; they are unwrapped into paragraphs
separated by blank lines, and the trailing `Reuter` sign-off is dropped.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Iterator

from ..dateline import parse_dateline
from ..dates import BadDate, parse_date
from ..model import Article, ReadProblem
from ..sources import InputFile
from ..tables import is_table, tabular
from .base import TRUNCATED, ReadOptions, first_sentence_title

_OPEN_RE = re.compile(r"<REUTERS\b([^>]*)>")
_CLOSE = "</REUTERS>"
_ATTR_RE = re.compile(r'(\w+)="([^"]*)"')
_ENTITY_RE = re.compile(r"&(#\d+|lt|gt|amp|quot|apos);")
_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_WORD_CHAR_RE = re.compile(r"\w")
_D_RE = re.compile(r"<D>(.*?)</D>", re.DOTALL)
_TEXT_RE = re.compile(r"<TEXT\b([^>]*)>(.*?)</TEXT>", re.DOTALL)
_BY_RE = re.compile(r"^by\s+", re.IGNORECASE)
_REUTER_SUFFIX_RE = re.compile(r",\s*Reuters?$")
_SIGNOFF = "Reuter"


def _unescape(text: str) -> str:
    def sub(m: re.Match) -> str:
        name = m[1]
        if name.startswith("#"):
            code = int(name[1:])
            return "" if code < 32 or code == 127 else chr(code) if code < 0x110000 else ""
        return _ENTITIES[name]
    return _ENTITY_RE.sub(sub, text)


@cache
def _element_re(tag: str) -> re.Pattern:
    return re.compile(rf"<{tag}\b[^>]*>(.*?)</{tag}>", re.DOTALL)


def _element(block: str, tag: str) -> str | None:
    m = _element_re(tag).search(block)
    return m[1] if m else None


def _d_list(block: str, tag: str) -> list[str]:
    inner = _element(block, tag)
    return _D_RE.findall(inner) if inner else []


_TABLE_NEIGHBOUR = 45  # a short indented line inside a table (`Acreage (mln acres) --`) is one of its rows


_LOWER_WORD_RE = re.compile(r"\b[a-z]{3,}\b")


def _table_line(line: str) -> bool:
    """A short line that goes with a table's rows: indented (`Acreage (mln acres) --`), or a label in capitals and
    figures (`MEAL`, `MAR8 UNTRD BEANS`), which prose never is."""
    text = line.strip()
    return len(text) <= _TABLE_NEIGHBOUR and (line.startswith(" ") or not _LOWER_WORD_RE.search(text))


def _table_rows(lines: list[str]) -> set[int]:
    """The lines that belong to tables: runs of two tabular rows or more, with the short lines that go with them
    (headings, labels, notes) before, between and after, across blank lines between parts of one table, up to a
    line of prose."""
    rows: set[int] = set()
    i = 0
    while i < len(lines):
        if not tabular(lines[i]):
            i += 1
            continue
        j = i
        block = []
        while j < len(lines) and (tabular(lines[j]) or _table_line(lines[j]) if lines[j].strip() else (
                j + 1 < len(lines) and lines[j + 1].strip() and (tabular(lines[j + 1]) or _table_line(lines[j + 1])))):
            block.append(j)
            j += 1
        if sum(tabular(lines[k]) for k in block) >= 2:
            # a heading right before the table, short, is the table's (`    CORN --`)
            k = i - 1
            while k >= 0 and lines[k].strip() and _table_line(lines[k]) and k not in rows:
                block.insert(0, k)
                k -= 1
            rows.update(block)
        i = max(j, i + 1)
    return rows


def unwrap(body: str) -> str:
    """Hard-wrapped lines -> paragraphs; a line indented by 2+ spaces (or a blank line) starts a paragraph. A
    table (commodity figures, results) keeps its lines and their columns, a paragraph of its own: unwrapped, its
    rows had run together (`Yield (bu) 119.3 119.3 118.0 118.0 Supply (mln bu) -- Start Stock 4,040`)."""
    lines = body.split("\n")
    table = _table_rows(lines)
    if table:
        out: list[str] = []
        run: list[str] = []
        for n, line in enumerate(lines):
            if n in table:
                run.append(line.rstrip())
                continue
            if run:
                out.append("\n\n" + "\n".join(run) + "\n\n")
                run = []
            out.append(line + "\n")
        if run:
            out.append("\n\n" + "\n".join(run) + "\n\n")
        pieces = "".join(out).split("\n\n")
        return "\n\n".join(p for p in (piece.strip("\n") if is_table(piece) else _unwrap_prose(piece)
                                         for piece in pieces) if p)
    return _unwrap_prose(body)


def _unwrap_prose(body: str) -> str:
    paragraphs: list[list[str]] = []
    for line in body.split("\n"):
        if not line.strip():
            if paragraphs and paragraphs[-1]:
                paragraphs.append([])
            continue
        if not paragraphs or not paragraphs[-1] or line.startswith("  "):
            if paragraphs and not paragraphs[-1]:
                paragraphs[-1].append(line.strip())
            else:
                paragraphs.append([line.strip()])
        else:
            paragraphs[-1].append(line.strip())
    return "\n\n".join(" ".join(p) for p in paragraphs if p)


def _records(text: str) -> Iterator[tuple[int, str, str, bool]]:
    """Each `<REUTERS ...>` record: where it starts, its tag's attributes, what is inside, and whether it has
    its closing tag (a record without one ends where the next begins, or at the end of the file). Found with
    `str.find` between opening tags: a single regular expression trying three endings at every character took
    a fortieth of all the time of indexing Reuters-21578."""
    opening = _OPEN_RE.search(text)
    while opening is not None:
        inside = opening.end()
        close = text.find(_CLOSE, inside)
        following = _OPEN_RE.search(text, inside)
        end = len(text) if following is None else following.start()
        if 0 <= close < end:
            yield opening.start(), opening[1], text[inside:close], True
        else:
            yield opening.start(), opening[1], text[inside:end], False
        opening = following


def _without_signoff(body: str) -> str:
    """The body without the `Reuter` that ends a wire story (a word of its own, with any space around it; a
    quarter of the stories sign off in capitals, `REUTER`)."""
    stripped = body.rstrip()
    if stripped[-len(_SIGNOFF):].lower() == _SIGNOFF.lower() and (len(stripped) == len(_SIGNOFF)
                                        or not _WORD_CHAR_RE.match(stripped[-len(_SIGNOFF) - 1])):
        return stripped[:-len(_SIGNOFF)].rstrip()
    return body


def read_reuters(f: InputFile, text: str, options: ReadOptions) -> Iterator[Article | ReadProblem]:
    found = False
    for start, tag_attrs, block, closed in _records(text):
        found = True
        attrs = dict(_ATTR_RE.findall(tag_attrs))
        newid = attrs.get("NEWID", "")
        key = f"NEWID={newid}" if newid else f"offset {start}"
        if not closed:
            yield ReadProblem(f.path, f"{TRUNCATED}: no closing </REUTERS>", key)
            continue
        text_el = _TEXT_RE.search(block)
        if text_el is None:
            yield ReadProblem(f.path, "record has no <TEXT> element", key)
            continue
        text_type = dict(_ATTR_RE.findall(text_el[1])).get("TYPE", "NORM")
        inner = text_el[2]
        title = " ".join(_unescape(_element(inner, "TITLE") or "").split())
        dateline_raw = _unescape(_element(inner, "DATELINE") or "")
        author = " ".join(_unescape(_element(inner, "AUTHOR") or "").split())
        author = _BY_RE.sub("", author)
        author = _REUTER_SUFFIX_RE.sub("", author)
        if text_type == "UNPROC":
            raw = _unescape(inner)
        else:
            raw = _unescape(_element(inner, "BODY") or "")
        body = _without_signoff(unwrap(raw))
        if not title:
            title = first_sentence_title(body) if body else ""
        if not title and not body:
            # Kept: the record exists, with its id and date; the archive should say so rather than lose it.
            yield ReadProblem(f.path, "record has no text", key, fatal=False)
        article = Article(
            title=title,
            body=body,
            source_path=f.path,
            record_key=key,
            native_id=newid,
            source="Reuters",
            agency="Reuters",
            author=author,
            tags={name.lower(): _d_list(block, name) for name in ("TOPICS", "PLACES", "PEOPLE", "ORGS", "EXCHANGES")},
        )
        dl = parse_dateline(dateline_raw, known=True) if dateline_raw.strip() else None
        if dl is not None:
            article.dateline = dl.text
            article.place = dl.full_place
        date_raw = _element(block, "DATE")
        try:
            if date_raw is None:
                raise BadDate("no <DATE>")
            article.date = parse_date(_unescape(date_raw))
        except BadDate as exc:
            yield ReadProblem(f.path, f"date ignored: {exc}", key, fatal=False)
        yield article
    if not found:
        yield ReadProblem(f.path, "no <REUTERS> records found")
