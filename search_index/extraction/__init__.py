"""Who said what: people, organisations, quotes and their speakers, by rules and shipped word lists.

`extract`, `extract_article` and `Extraction` live in `pipeline.py` and are loaded on first use: the browser
imports `quotes.paragraphs` to lay out an article, and should not pay for the word lists to do so.
"""

from __future__ import annotations

_LAZY = {"Extraction", "extract", "extract_article"}


def __getattr__(name: str):
    if name in _LAZY:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = sorted(_LAZY)
