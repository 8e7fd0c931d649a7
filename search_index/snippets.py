"""Snippets: the part of an article's body where the query's words are densest, with their offsets.

Whoosh's highlighter re-runs the full analyser over every hit's body, which was most of the time of a search.
Here one pass with a word regex and a cached stemmer finds the matches; the window with the most of them wins.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache


from .results import Snippet
from .stemming import stem
from .textclean import terminal_safe

_WORD_RE = re.compile(r"\w+(?:\.?\w+)*")  # the tokens Whoosh's analyser makes
WIDTH = 220
STEM_TAIL = 4  # letters at the end of a word that stemming may change (one, over 76,691 words of the corpora)


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return stem(word.lower())


@lru_cache(maxsize=1024)
def _prefixes(terms: frozenset[str]) -> tuple[str, ...]:
    """What a word must begin with to stem to one of `terms`."""
    return tuple({t[:max(1, len(t) - STEM_TAIL)] for t in terms})


def _places(flat: str, wanted: set[str]) -> list[tuple[int, int]]:
    """Where each wanted word stands in `flat` as a whole token, found with str.find (a few words, looked for
    in C) rather than by walking every token of the body in Python; the same places `_WORD_RE.finditer` gives."""
    found = []
    for word in wanted:
        n = len(word)
        i = flat.find(word)
        while i >= 0:
            # a token starts here (not inside a word, nor after `U.` of `U.S`), and it is this word, whole
            if (i == 0 or not (flat[i - 1].isalnum() or flat[i - 1] == "_" or (
                    flat[i - 1] == "." and i >= 2 and (flat[i - 2].isalnum() or flat[i - 2] == "_")))):
                m = _WORD_RE.match(flat, i)
                if m is not None and m.end() == i + n:
                    found.append((i, i + n))
            i = flat.find(word, i + 1)
    found.sort()
    return found


def match_spans(text: str, terms: set[str] | frozenset[str]) -> list[tuple[int, int]]:
    """Where in `text` the words stand that the index has under one of `terms` (its stemmed terms): `treaties`
    and `treaty` for `treati`, never `artist` for `art`. The same words the search matched, for the reader's
    highlights and its next-match key as for the snippets. A term of several words (`without data`, a phrase
    searched for) is one span where those words stand in a row, and nowhere else: not each `without`."""
    if not terms:
        return []
    phrases = [t for t in terms if " " in t]
    if phrases:
        words = frozenset(t for t in terms if " " not in t)
        found = [span for phrase in phrases for span in _phrase_spans(text, tuple(phrase.split()))]
        return _merged(found, _word_spans(text, words) if words else [])
    return _word_spans(text, frozenset(terms))


def _merged(phrases: list[tuple[int, int]], words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The phrases' spans and the words' spans, in order; a word inside a phrase found is that phrase's."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(set(phrases)):  # phrases that overlap are one match (`New York Stock Exchange`, `York Stock`)
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    phrases = merged
    starts = [s for s, _e in phrases]
    kept = []
    for s, e in words:
        i = bisect.bisect_right(starts, s) - 1
        if i < 0 or phrases[i][1] < e:
            kept.append((s, e))
    return sorted(phrases + kept)


def _phrase_spans(text: str, phrase: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the phrase's stemmed words stand in a row, as the index reads the text: with the words it leaves
    out (stop words, single letters) skipped between them, as a phrase search skips them."""
    spans = []
    for start, end in _word_spans(text, frozenset(phrase[:1])):
        pos, last = end, end
        for word in phrase[1:]:
            while True:
                m = _WORD_RE.search(text, pos)
                if m is None or not _skipped(m.group()):
                    break
                pos = m.end()
            if m is None or _stem(m.group()) != word:
                break
            pos = last = m.end()
        else:
            spans.append((start, last))
    return spans


def _skipped(token: str) -> bool:
    """A token the index does not hold (schema: a stop word, or shorter than two letters)."""
    return len(token) < 2 or token.lower() in _stop_words()


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from .schema import STOP_WORDS

    return frozenset(STOP_WORDS)


def _word_spans(text: str, terms: frozenset[str]) -> list[tuple[int, int]]:
    # the text's distinct words that match (each stemmed once), then their places: twice as fast as stemming
    # every word in order, and nothing to scan when only the title matched. Only a word that begins like one
    # of the terms is stemmed at all: a Porter stem is the word's start with at most its last few letters
    # changed (`happi` of `happy`), so a word that does not share all but the last four letters of a term
    # cannot stem to it; stemming every new word of a new result page was half of a first search's time.
    prefixes = _prefixes(frozenset(terms))
    wanted = {w for w in set(_WORD_RE.findall(text)) if w.lower().startswith(prefixes) and _stem(w) in terms}
    return _places(text, wanted) if wanted else []


def _lead(text: str, limit: int = WIDTH) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit] + "…"  # on the last word: a wrapped line never holds it alone


def make_snippet(body: str, terms: set[str], width: int = WIDTH) -> Snippet:
    """A window of about `width` characters of `body` (whitespace folded, terminal-safe) around the densest run
    of words whose stem is in `terms`; the article's start when none occurs."""
    flat = " ".join(terminal_safe(body).split())
    if not terms:
        return Snippet(_lead(flat, width))
    matches = match_spans(flat, terms)
    if not matches:
        return Snippet(_lead(flat, width))
    # the window of `width` characters starting at some match that holds the most matches
    best_i, best_n = 0, 0
    j = 0
    for i, (s, _e) in enumerate(matches):
        while j < len(matches) and matches[j][1] <= s + width:
            j += 1
        if j - i > best_n:
            best_i, best_n = i, j - i
    first = matches[best_i][0]
    start = max(0, first - width // 5)
    if start > 0:
        space = flat.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(flat), start + width)
    if end < len(flat):
        space = flat.rfind(" ", start, end)
        end = space if space > matches[best_i][1] else end
    prefix = "…" if start > 0 else ""  # on the first and last words: a wrapped line never holds `…` alone
    suffix = "…" if end < len(flat) else ""
    text = prefix + flat[start:end] + suffix
    shift = len(prefix) - start
    spans = [(s + shift, e + shift) for s, e in matches if s >= start and e <= end]
    return Snippet(text, spans)
