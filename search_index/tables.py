"""Tables in wire copy: rows of figures in columns (commodity prices, crop estimates, results), which a reader
keeps line by line and name finding leaves alone.

A wire lays a table out with runs of spaces between its columns; prose breaks its sentences with two spaces at
most once a line. Unwrapped like prose, a table's rows ran together (`Yield (bu) 119.3 119.3 118.0 118.0 Supply
(mln bu) -- Start Stock 4,040`), and its capitalised row labels (`CORN`, `OATS`, `MEAL`) came out as
organisations.
"""

from __future__ import annotations

import re

# two spaces or more between two words: a column break (not after a sentence's end: `rose 5 pct.  "We are`)
_GAP_RE = re.compile(r"[^\s.!?:;\"”’] {2,}(?=\S)")
# a table paragraph: two of its lines with two column breaks each (found before a paragraph is split up)
_TABLE_HINT_RE = re.compile(r"\S {2,}\S.*\S {2,}\S[^\n]*\n[^\n]*\S {2,}\S.*\S {2,}\S")


def tabular(line: str) -> bool:
    """A row of a table: two column breaks or more with figures in the row, three or more without, or one in an
    indented row of figures (`           04/09/87 03/09/87`)."""
    gaps = len(_GAP_RE.findall(line.strip()))
    return gaps >= 2 and any(c.isdigit() for c in line) or gaps >= 3 or \
        gaps == 1 and line.startswith("     ") and sum(c.isdigit() for c in line) >= 4


def is_table(paragraph: str) -> bool:
    """A paragraph kept as a table: two lines or more, two of them rows."""
    lines = [line for line in paragraph.split("\n") if line.strip()]
    return len(lines) >= 2 and sum(tabular(line) for line in lines) >= 2


def table_spans(text: str) -> list[tuple[int, int]]:
    """Where the table paragraphs (blank-line separated) of a body lie."""
    if _TABLE_HINT_RE.search(text) is None:
        return []
    spans = []
    pos = 0
    for paragraph in text.split("\n\n"):
        if "\n" in paragraph and is_table(paragraph):
            spans.append((pos, pos + len(paragraph)))
        pos += len(paragraph) + 2
    return spans


_WORD_RE = re.compile(r"[^\W_]+(?:[&'\-.][^\W_]+)*")


def without_tables(text: str, keep=lambda word: False) -> str:
    """The text with its tables blanked out, every offset where it was (newlines kept), but for the words `keep`
    says to keep (a firm the word lists know, `IBM` in a table of the most active stocks)."""
    spans = table_spans(text)
    if not spans:
        return text
    parts, last = [], 0
    for start, end in spans:
        parts.append(text[last:start])
        table = text[start:end]
        blank = re.sub(r"[^\n]", " ", table)
        kept = [m for m in _WORD_RE.finditer(table) if keep(m.group())]
        for m in reversed(kept):
            blank = blank[:m.start()] + m.group() + blank[m.end():]
        parts.append(blank)
        last = end
    parts.append(text[last:])
    return "".join(parts)
