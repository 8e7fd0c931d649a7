"""A quote or an article as one line of plain text to paste into notes or a draft.

A quote copied without who said it, where and when is a quote a journalist cannot use: the line keeps them
together. Article text is untrusted, so every part goes through `one_line` (control characters made visible
and inert, runs of whitespace one space): the line is safe to print and to paste.
"""

from __future__ import annotations

import re
from datetime import datetime

from .textclean import one_line, quote_line


def date_text(date: datetime | None, partial_date: str = "") -> str:
    """`2024-05-20`, with the time when the source gives one; a partial date as written (`--05-20`); or ""."""
    if date is not None:
        return date.strftime("%Y-%m-%d" if (date.hour, date.minute) == (0, 0) else "%Y-%m-%d %H:%M")
    return partial_date or ""


def cite_article(title: str, source: str = "", when: str = "", article_id: str = "", url: str = "") -> str:
    """`“Delta talks stall”, Northbank Courier, 2024-05-20 [ledger-2024-0627] https://…`: what a reader needs to
    find it. A story without a date says `undated` (left out, it looks like a date forgotten in the copy); one
    without an outlet leaves it out (its id says where it came from); its web address ends the line when the
    source gave one (http or https only: anything else in that field is not a link to follow)."""
    parts = [f"“{one_line(title)}”" if title.strip() else "untitled", one_line(source), one_line(when) or "undated"]
    line = ", ".join(p for p in parts if p)
    line = f"{line} [{one_line(article_id)}]" if article_id.strip() else line
    link = one_line(url)
    if re.match(r"https?://\S+$", link, re.IGNORECASE):
        line = f"{line} {link}"
    return line


def cite_quote(text: str, speaker: str | None, title: str, source: str = "", when: str = "",
               article_id: str = "", url: str = "") -> str:
    """`“We will not sign.” — Mira Osk, in “Delta talks stall”, Northbank Courier, 2024-05-20 [ledger-…]`.
    A quote whose speaker the extraction could not tell says so rather than leaving the reader to guess."""
    who = one_line(speaker) if speaker and speaker.strip() else "speaker not named"
    return f"“{quote_line(text)}” — {who}, in {cite_article(title, source, when, article_id, url)}"
