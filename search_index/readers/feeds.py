"""RSS 2.0, RSS 1.0 and Atom feed files, through feedparser; HTML content turned into plain paragraphs."""

from __future__ import annotations

import calendar
from datetime import datetime
from html.parser import HTMLParser
from typing import Iterator
from urllib.parse import urlsplit
from xml.sax import SAXParseException

from ..dateline import parse_dateline
from ..model import Article, ReadProblem
from ..sources import InputFile
from .base import ReadOptions, apply_dateline, capped_title, first_sentence_title

_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section",
          "article", "header", "footer", "figure", "figcaption", "pre", "hr", "table"}
_SKIP = {"script", "style", "noscript", "iframe", "svg", "head"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []
        self._skip = 0

    def _flush(self) -> None:
        text = " ".join("".join(self._current).split())
        if text:
            self.paragraphs.append(text)
        self._current = []

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self._skip += 1
        elif tag in _BLOCK:
            self._flush()

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK:
            self._flush()

    def handle_data(self, data):
        if not self._skip:
            self._current.append(data)


def html_to_text(html: str) -> str:
    """Paragraphs of an HTML fragment, separated by blank lines; tags dropped, entities decoded."""
    if "<" not in html and "&" not in html:
        return "\n\n".join(p.strip() for p in html.split("\n\n") if p.strip())
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    parser._flush()
    return "\n\n".join(parser.paragraphs)


def _entry_date(entry) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return datetime.utcfromtimestamp(calendar.timegm(value))
    return None


def read_feed(f: InputFile, data: bytes, options: ReadOptions) -> Iterator[Article | ReadProblem]:
    import feedparser  # imported here: it is slow to import and only feeds need it

    parsed = feedparser.parse(data)
    broken = parsed.get("bozo_exception")
    if not parsed.entries:
        yield ReadProblem(f.path, f"not a readable feed: {broken}" if broken else "feed has no items")
        return
    if isinstance(broken, SAXParseException):
        # a feed cut short or mangled: feedparser reads what it can, and the last item may have lost its text
        where = f"line {broken.getLineNumber()} column {broken.getColumnNumber()}"
        yield ReadProblem(f.path, f"not well-formed XML ({broken.getMessage()} at {where}): its items are read "
                          "as far as the file goes, the last perhaps incomplete", fatal=False)
    feed_title = " ".join((parsed.feed.get("title") or "").split())
    seen: set[str] = set()
    for n, entry in enumerate(parsed.entries, start=1):
        content = ""
        if entry.get("content"):
            content = max((c.get("value", "") for c in entry.content), key=len)
        summary_html = entry.get("summary", "")
        body = html_to_text(content or summary_html)
        summary = html_to_text(summary_html) if content else ""
        title = " ".join(html_to_text(entry.get("title", "")).split())
        key = f"item {n}"
        if not title and not body:
            yield ReadProblem(f.path, "item has neither title nor body", key)
            continue
        link = entry.get("link", "")
        guid = entry.get("id", "")
        native = ""
        ident = guid or link
        if ident:
            last = urlsplit(ident).path.rstrip("/").rsplit("/", 1)[-1] if "://" in ident else ident
            native = last[:80]
        if guid and guid not in seen:
            seen.add(guid)
            key = f"guid={guid}"
        problems: list[ReadProblem] = []
        title = capped_title(title, f.path, key, problems)
        yield from problems
        article = Article(
            title=title or first_sentence_title(body),
            subtitle=summary if summary != body else "",
            body=body,
            source_path=f.path,
            record_key=key,
            native_id=native,
            source=feed_title or (urlsplit(link).hostname or "").removeprefix("www.") or options.source_name,
            url=link,
            author=entry.get("author", ""),
        )
        apply_dateline(article, parse_dateline(body))
        article.date = _entry_date(entry)
        yield article
