"""The text fields' stemmer: Porter's, except that the forms of `use` keep a stem of their own.

Porter stems `use`, `used`, `using` and `useful` to `us`, which would make a search for `US` find every article
that uses anything. Here they stem to `use`, and only `us` itself is `us`. Each index keeps its schema, which
names this function: keep its module and name as they are.
"""

from __future__ import annotations

from whoosh.lang.porter import stem as _porter


def stem(word: str) -> str:
    found = _porter(word)
    return "use" if found == "us" and word != "us" else found
