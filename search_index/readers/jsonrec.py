"""JSON exports: one record, an array of records, or JSON Lines; with the field names exports really use."""

from __future__ import annotations

import json
import re
from typing import Iterator
from urllib.parse import urlsplit

from ..dateline import parse_dateline
from ..model import Article, ReadProblem
from ..sources import InputFile
from .base import ReadOptions, apply_dateline, capped_title, first_sentence_title, resolve_date

TITLE_KEYS = ("title", "headline", "name")
BODY_KEYS = ("body", "text", "content", "article", "full_text", "fulltext", "articleBody", "story")
SUBTITLE_KEYS = ("description", "subtitle", "summary", "lead", "standfirst", "dek", "abstract")
DATE_KEYS = ("date", "published", "pubDate", "published_at", "publishedAt", "datePublished", "pub_date",
             "created_at", "timestamp", "time", "updated")
URL_KEYS = ("url", "link", "href", "permalink")
ID_KEYS = ("id", "guid", "uuid", "_id", "article_id", "doc_id")
SOURCE_KEYS = ("source", "publisher", "outlet", "agency", "site", "site_name", "feed")
AUTHOR_KEYS = ("author", "authors", "byline", "creator")
PLACE_KEYS = ("place", "location", "city")

MAX_DEPTH = 64


class BadRecord(ValueError):
    pass


def _first(record: dict, keys: tuple[str, ...]) -> tuple[str, object]:
    for key in keys:
        if key in record and record[key] not in (None, "", []):
            return key, record[key]
    return "", None


def _as_text(key: str, value: object, *, allow_list: bool = False) -> str:
    """A field's value as text; numbers become text, `{"name": ...}` objects give their name."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        raise BadRecord(f"field {key!r} is a boolean, expected text")
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, dict):
        for inner in ("name", "title", "value", "text", "#text", "href"):
            if isinstance(value.get(inner), str):
                return value[inner]
        raise BadRecord(f"field {key!r} is an object, expected text")
    if isinstance(value, list) and allow_list:
        parts = [_as_text(key, v) for v in value if v not in (None, "")]
        return ", ".join(p for p in parts if p)
    raise BadRecord(f"field {key!r} is a {type(value).__name__}, expected text")


def _depth(value: object, limit: int = MAX_DEPTH) -> int:
    """Nesting depth, iteratively (a hostile file must not exhaust the stack)."""
    stack = [(value, 1)]
    deepest = 0
    while stack:
        item, d = stack.pop()
        deepest = max(deepest, d)
        if deepest > limit:
            return deepest
        if isinstance(item, dict):
            stack.extend((v, d + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, d + 1) for v in item)
    return deepest


def record_to_article(record: object, f: InputFile, record_key: str, options: ReadOptions,
                      problems: list[ReadProblem]) -> Article:
    if not isinstance(record, dict):
        raise BadRecord(f"not a JSON object but {type(record).__name__}")
    if _depth(record) > MAX_DEPTH:
        raise BadRecord(f"nested deeper than {MAX_DEPTH} levels")
    _, title_v = _first(record, TITLE_KEYS)
    body_key, body_v = _first(record, BODY_KEYS)
    sub_key, sub_v = _first(record, SUBTITLE_KEYS)
    title = _as_text("title", title_v).strip()
    subtitle = _as_text(sub_key, sub_v).strip()
    if isinstance(body_v, list):
        paragraphs = []
        for n, p in enumerate(body_v):
            if isinstance(p, str):
                paragraphs.append(p)
            elif p is not None:
                problems.append(ReadProblem(f.path, f"{body_key}[{n}] is not text; left out", record_key, fatal=False))
        # exports such as the TASS scraper repeat the description as the first paragraph
        if paragraphs and subtitle and paragraphs[0].strip() == subtitle:
            paragraphs = paragraphs[1:]
        body = "\n\n".join(paragraphs)
    else:
        body = _as_text(body_key or "body", body_v)
    if not body.strip() and not title:
        raise BadRecord("no title and no body")
    if not title:
        title = first_sentence_title(subtitle or body)
    title = capped_title(title, f.path, record_key, problems)

    _, url_v = _first(record, URL_KEYS)
    url = _as_text("url", url_v)
    _, id_v = _first(record, ID_KEYS)
    native_id = _as_text("id", id_v).strip()
    explicit_id = bool(native_id)
    if native_id.startswith(("http://", "https://")):
        url = url or native_id
        native_id = ""
        explicit_id = False
    if not native_id and url:
        last = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
        if re.fullmatch(r"[\w.\-]{1,80}", last or ""):
            native_id = re.sub(r"\.(html?|php|aspx?)$", "", last)
    source_k, source_v = _first(record, SOURCE_KEYS)
    _, author_v = _first(record, AUTHOR_KEYS)
    _, place_v = _first(record, PLACE_KEYS)
    article = Article(
        title=title,
        subtitle=subtitle,
        body=body,
        source_path=f.path,
        record_key=record_key,
        native_id=native_id,
        source=_as_text(source_k, source_v).strip(),
        url=url.strip(),
        author=_as_text("author", author_v, allow_list=True).strip(),
        place=_as_text("place", place_v).strip(),
    )
    # A publisher's own id such as `gazette-2024-0412` is already archive-wide; a bare number like `42` is
    # unique only within its export, so the indexer prefixes it with the source.
    if explicit_id and re.fullmatch(r"(?=.*[A-Za-z])[\w.:/\-]{6,100}", native_id):
        article.id = native_id
    dateline = parse_dateline(body)
    apply_dateline(article, dateline)
    if not article.source and url:
        host = urlsplit(url).hostname or ""
        article.source = host.removeprefix("www.")
    if not article.source:
        article.source = options.source_name
    _, date_v = _first(record, DATE_KEYS)
    resolve_date(article, dateline, date_v, "", options, problems)
    return article


def read_json(f: InputFile, text: str, options: ReadOptions) -> Iterator[Article | ReadProblem]:
    """A whole-file JSON document (object or array), falling back to JSON Lines when it is not one."""
    stripped = text.lstrip()
    try:
        doc = json.loads(stripped)
    except RecursionError:
        yield ReadProblem(f.path, f"JSON nested too deeply (more than {MAX_DEPTH} levels)")
        return
    except json.JSONDecodeError as exc:
        if stripped.startswith("{") and "\n" in stripped.strip():
            yield from read_jsonl(f, text, options)
            return
        yield ReadProblem(f.path, f"invalid JSON at line {exc.lineno} column {exc.colno}: {_json_reason(exc)}")
        return
    if isinstance(doc, dict):
        # an export wrapping its records: {"articles": [...]}, {"items": [...]}, {"data": [...]}
        for key in ("articles", "items", "results", "data", "records", "stories", "docs"):
            if isinstance(doc.get(key), list) and not any(k in doc for k in BODY_KEYS):
                doc = doc[key]
                break
    records = doc if isinstance(doc, list) else [doc]
    single = not isinstance(doc, list)
    seen: set[str] = set()
    for n, record in enumerate(records):
        key = "" if single else f"record {n + 1}"
        yield from _one(record, f, key, options, seen)


def read_jsonl(f: InputFile, text: str, options: ReadOptions) -> Iterator[Article | ReadProblem]:
    seen: set[str] = set()
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        key = f"line {lineno}"
        try:
            record = json.loads(line)
        except RecursionError:
            yield ReadProblem(f.path, f"JSON nested too deeply (more than {MAX_DEPTH} levels)", key)
            continue
        except json.JSONDecodeError as exc:
            yield ReadProblem(f.path, f"invalid JSON at column {exc.colno}: {_json_reason(exc)}", key)
            continue
        yield from _one(record, f, key, options, seen)


def _one(record: object, f: InputFile, key: str, options: ReadOptions,
         seen: set[str]) -> Iterator[Article | ReadProblem]:
    """One record; keyed by its own id when it has a unique one, so reordering a file changes nothing."""
    problems: list[ReadProblem] = []
    try:
        article = record_to_article(record, f, key, options, problems)
    except BadRecord as exc:
        yield ReadProblem(f.path, str(exc), key)
        return
    if article.native_id and key:
        if article.native_id in seen:
            problems.append(ReadProblem(f.path, f"id {article.native_id!r} repeats an earlier record", key, fatal=False))
        else:
            seen.add(article.native_id)
            article.record_key = f"id={article.native_id}"
    yield from problems
    yield article


def _json_reason(exc: json.JSONDecodeError) -> str:
    """The decoder's message, ending where its place is given (`Unterminated string starting at` is followed by
    the line and column in Python's own text, which the message already gives in front)."""
    msg = exc.msg
    return msg.removesuffix(" starting at") + " starting there" if msg.endswith(" starting at") else msg
