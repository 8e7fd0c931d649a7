"""Plain-text stories: wire copy with a dateline (TASS style), and plain `title / blank line / body` files.

Layout understood, top to bottom, every part optional except title and body:
    Date: 2024-05-20 14:05          <- a header block of `Key: value` lines, then a blank line
    All news                        <- page chrome saved with the story
    Title
    Subtitle
    CITY /Region/, May 20. /AGENCY/. Body...
"""

from __future__ import annotations

import re
from typing import Iterator

from ..dateline import parse_dateline
from ..model import Article, ReadProblem
from ..sources import InputFile
from .base import MAX_TITLE, NotAnArticle, ReadOptions, apply_dateline, first_sentence_title, resolve_date

_HEADER_RE = re.compile(
    r"^(date|published|pubdate|source|url|link|author|by|byline|id|title|subtitle|place)\s*:\s*(.*\S)\s*$", re.I
)
_CHROME = {
    "all news", "top stories", "latest news", "latest", "news", "share", "print", "read more", "advertisement",
    "menu", "home", "skip to content", "skip to main content", "breaking news",
}
_HEAD_LINES = 12  # how far down to look for a dateline
_MIN_BODY_WORDS = 20  # a story under a two-line headline has a body of sentences, not a few words
# `Jos&#233; Manuel Barroso`, `&#163;5m`: a web page's character references saved into the text as they were
_CHAR_REF_RE = re.compile(r"&#(?:([0-9]{2,7})|[xX]([0-9a-fA-F]{2,6}));")


def _char_ref(m: re.Match) -> str:
    """The character a numeric reference names; a control character's or an impossible one's stays as written
    (it would be stripped before the screen anyway, and may be what the text is about)."""
    code = int(m[1]) if m[1] else int(m[2], 16)
    if code < 32 or 127 <= code < 160 or code > 0x10FFFF or 0xD800 <= code < 0xE000:
        return m[0]
    return chr(code)


def decode_char_refs(text: str) -> str:
    """Numeric character references made characters, in plain text (where nobody writes `&#233;` to mean it)."""
    return _CHAR_REF_RE.sub(_char_ref, text) if "&#" in text else text


def read_plaintext(f: InputFile, text: str, options: ReadOptions) -> Iterator[Article | ReadProblem]:
    problems: list[ReadProblem] = []
    lines = decode_char_refs(text).split("\n")
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    header: dict[str, str] = {}
    j = i
    while j < len(lines) and (m := _HEADER_RE.match(lines[j])):
        header[m[1].lower()] = m[2]
        j += 1
    if header and j < len(lines) and not lines[j].strip():
        i = j  # a header block is only a header when a blank line closes it
        while i < len(lines) and not lines[i].strip():
            i += 1
    else:
        header = {}

    # Look for the dateline paragraph among the first lines.
    dateline = None
    head_idx: list[int] = []
    k = i
    while k < len(lines) and len(head_idx) < _HEAD_LINES:
        line = lines[k]
        if line.strip():
            dl = parse_dateline(line)
            if dl is not None and (dl.month is not None or dl.agency) and head_idx:
                dateline = dl
                break
            head_idx.append(k)
        k += 1

    if dateline is not None:
        pre = [lines[n].strip() for n in head_idx if lines[n].strip().lower() not in _CHROME]
        title = header.get("title") or (pre[0] if pre else "")
        subtitle = header.get("subtitle") or " ".join(pre[1:] if not header.get("title") else pre)
        body = "\n".join(lines[k:]).strip()
    else:
        while i < len(lines) and lines[i].strip().lower() in _CHROME:
            i += 1
            while i < len(lines) and not lines[i].strip():
                i += 1
        if i >= len(lines):
            raise NotAnArticle("no text")
        title = header.get("title") or lines[i].strip()
        rest = lines[i + 1:]
        subtitle = header.get("subtitle", "")
        if header.get("title"):
            rest = lines[i:]
        elif rest and rest[0].strip():
            # `Headline; \n Subhead.\n\n Body…`: a headline over two lines is a story when a real body follows
            # (a word list's lines do not: `apples\npears\n\nplums`)
            if len(rest) > 2 and not rest[1].strip() and len(rest[0]) <= MAX_TITLE and \
                    len("\n".join(rest[2:]).split()) >= _MIN_BODY_WORDS:
                subtitle = subtitle or rest[0].strip()
                rest = rest[1:]
            else:
                raise NotAnArticle("not a story: the first line is not a title followed by a blank line")
        body = "\n".join(rest).strip()
    if not body:
        raise NotAnArticle("not a story: a title but no body")
    if len(title) > MAX_TITLE:
        problems.append(ReadProblem(f.path, "first line too long for a title; used the body's first words", fatal=False))
        title = first_sentence_title(body)

    article = Article(
        title=title,
        subtitle=subtitle,
        body=body,
        source_path=f.path,
        native_id=header.get("id", ""),
        source=header.get("source", ""),
        url=header.get("url") or header.get("link", ""),
        author=header.get("author") or header.get("by") or header.get("byline", ""),
        place=header.get("place", ""),
    )
    apply_dateline(article, dateline)
    if not article.source:
        article.source = options.source_name
    meta_date = header.get("date") or header.get("published") or header.get("pubdate")
    resolve_date(article, dateline, meta_date, f.name, options, problems)
    yield from problems
    yield article
