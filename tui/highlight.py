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
                 current_match: tuple[int, int] | None = None) -> Text:
    """The body with every quote, speaker, person, organisation and search match styled by offset; the current
    quote and the current match (the one `n` went to) set apart."""
    body = terminal_safe(article.body)  # same length: the offsets stay valid
    text = Text(body)
    for person in article.persons:
        for s, e in person.mentions:
            text.stylize(STYLES["person"], s, e)
    for org in article.organisations:
        for s, e in org.mentions:
            text.stylize(STYLES["org"], s, e)
    for n, q in enumerate(article.quotes):
        text.stylize(STYLES["current"] if n == current_quote else STYLES["quote"], q.start, q.end)
        if q.speaker_mention:
            text.stylize(STYLES["speaker"], *q.speaker_mention)
    for s, e in term_spans(body, terms or []):
        text.stylize(STYLES["match"], s, e)
    if current_match is not None:
        text.stylize(STYLES["current_match"], *current_match)
    return text
