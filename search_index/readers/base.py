"""What every reader shares: options, the result type, and the helpers that turn metadata into fields."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..dateline import Dateline
from ..dates import BadDate, date_from_filename, parse_date
from ..model import Article, PartialDate, ReadProblem


@dataclass(frozen=True, slots=True)
class ReadOptions:
    year: int | None = None  # the year for datelines that give only month and day, when nothing else does
    source_name: str = ""  # the outlet to record when the input names none


# the start of the problem a reader reports for a record the file ends in the middle of (a copy cut short)
TRUNCATED = "truncated record"


class NotAnArticle(ValueError):
    """The file is well-formed text but not shaped like a news story (a word list, a note)."""


def resolve_date(
    article: Article,
    dateline: Dateline | None,
    metadata_date: object,
    file_name: str,
    options: ReadOptions,
    problems: list[ReadProblem],
) -> None:
    """Fill `article.date` (or `partial_date`) from, in order: the record's own date, a date in the file name,
    the dateline's month and day with `--year`; else keep the month and day as a partial date."""
    if metadata_date not in (None, ""):
        try:
            article.date = parse_date(metadata_date)
            return
        except BadDate as exc:
            problems.append(ReadProblem(article.source_path, f"date ignored: {exc}", article.record_key, fatal=False))
    from_name = date_from_filename(file_name) if file_name else None
    if from_name is not None:
        article.date = from_name
        return
    if dateline is None or dateline.month is None or dateline.day is None:
        return
    if options.year is not None:
        try:
            article.date = datetime(options.year, dateline.month, dateline.day)
        except ValueError:
            problems.append(ReadProblem(
                article.source_path,
                f"dateline {dateline.text!r} is not a real date in {options.year}",
                article.record_key,
                fatal=False,
            ))
        return
    article.partial_date = PartialDate(dateline.month, dateline.day)


def apply_dateline(article: Article, dateline: Dateline | None) -> None:
    if dateline is None:
        return
    article.dateline = dateline.text
    article.place = article.place or dateline.full_place
    article.agency = dateline.agency
    article.source = article.source or dateline.agency


MAX_TITLE = 300  # characters; a longer "title" is a body or a broken export, and would fill the screen


def capped_title(title: str, path: str, record: str, problems: list[ReadProblem]) -> str:
    """The title, cut to `MAX_TITLE` at a word boundary with a warning when it is longer."""
    if len(title) <= MAX_TITLE:
        return title
    problems.append(ReadProblem(path, f"title of {len(title):,} characters cut to {MAX_TITLE}", record,
                                fatal=False))
    return first_sentence_title(title, MAX_TITLE)


def first_sentence_title(body: str, limit: int = 90) -> str:
    """A stand-in title for a story that has none: its first words."""
    words = " ".join(body.split())
    if len(words) <= limit:
        return words
    cut = words.rfind(" ", 0, limit)
    return words[: cut if cut > 0 else limit] + "…"
