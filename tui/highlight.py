"""The reader's highlights: article text as Rich `Text` with styles laid on as spans, never as markup.

Styles differ by weight, slant and underline as well as colour, so they stay distinct in 16 colours and with
NO_COLOR: quotes are italic, speakers bold and underlined, other people bold, organisations underlined, search
matches reversed.
"""

from __future__ import annotations


from rich.style import Style
from rich.text import Text

from search_index import Article, match_spans, terminal_safe

STYLES = {
    "quote": Style(italic=True, color="green"),
    "speaker": Style(bold=True, underline=True, color="yellow"),
    "person": Style(bold=True, color="cyan"),
    "org": Style(underline=True, color="magenta"),
    "match": Style(reverse=True, bold=True),
    "current": Style(reverse=True, italic=True, color="green"),
    "current_match": Style(reverse=True, bold=True, underline=True, color="yellow"),  # the match `n` went to
}
LEGEND = (
    ("quote", "“quote”"),
    ("speaker", "speaker"),
    ("person", "person"),
    ("org", "organisation"),
    ("match", "search match"),
)


def legend() -> Text:
    text = Text()
    for i, (name, label) in enumerate(LEGEND):
        if i:
            text.append("  ")
        text.append(label, style=STYLES[name])
    return text


def term_spans(body: str, terms: list[str]) -> list[tuple[int, int]]:
    """Where the words stand that the search matched: each word the index has under one of the search's
    (stemmed) terms, found as the result snippets find them."""
    return match_spans(body, frozenset(terms)) if terms else []


def article_text(article: Article, terms: list[str] | None = None, current_quote: int | None = None,
                 current_match: tuple[int, int] | None = None, *, window: tuple[int, int] | None = None,
                 matches: list[tuple[int, int]] | None = None) -> Text:
    """The body with every quote, speaker, person, organisation and search match styled by offset; the current
    quote and the current match (the one `n` went to) set apart. `window` (start, end): only that stretch of the
    body, styled as it is in the whole (the reader restyles only the blocks `n` or a quote step changed: the
    whole of a 300 KB article took 84 ms); `matches`: the search matches' spans, when the caller has them."""
    start, end = window if window is not None else (0, len(article.body))
    text = Text(terminal_safe(article.body[start:end]))  # same length: the offsets stay valid

    def stylize(name: str, s: int, e: int) -> None:
        s, e = max(s, start), min(e, end)
        if s < e:
            text.stylize(STYLES[name], s - start, e - start)

    for person in article.persons:
        for s, e in person.mentions:
            stylize("person", s, e)
    for org in article.organisations:
        for s, e in org.mentions:
            stylize("org", s, e)
    for n, q in enumerate(article.quotes):
        stylize("current" if n == current_quote else "quote", q.start, q.end)
        if q.speaker_mention:
            stylize("speaker", *q.speaker_mention)
    for s, e in matches if matches is not None else term_spans(terminal_safe(article.body), terms or []):
        stylize("match", s, e)
    if current_match is not None:
        stylize("current_match", *current_match)
    return text
