"""Two word orders of one body's name: the `Ministry of Finance` is the `Finance Ministry`, the `Department of
the Treasury` the `Treasury Department`, the `Indonesian Ministry of Trade` the `Indonesian Trade Ministry`.

A wire writes one and then the other, in one story or across an archive. Extraction joins the two in a story;
the Organisations facet counts them as one value across the archive (`facets.body_aliases`). Only ministries and
departments: `Bank of England` and `Court of Appeal` are no `England Bank` or `Appeal Court` of the same sense.
"""

from __future__ import annotations

from collections.abc import Sequence

BODY_WORDS = frozenset(("Ministry", "Department"))
_JOINING = frozenset(("and", "&"))


def word_order_key(words: Sequence[str]) -> tuple[str, ...]:
    """The name's words in the order `Finance Ministry` has them: `Ministry of Finance` -> (`Finance`,
    `Ministry`), `U.S. Department of the Treasury` -> (`U.S.`, `Treasury`, `Department`); any other name's words
    as they are. The words after `of` must all be capitalised (or `and`): `Department of Health and Human
    Services`, not `Ministry of the Interior of Valdoria` nor `Department of state schools`."""
    for i in range(len(words) - 2):
        if words[i] in BODY_WORDS and words[i + 1] == "of":
            rest = words[i + 2:]
            if rest[0] in ("the", "The"):
                rest = rest[1:]
            if rest and rest[0][:1].isupper() and rest[-1][:1].isupper() and \
                    all(w[:1].isupper() or w in _JOINING for w in rest):
                return (*words[:i], *rest, words[i])
            break
    return tuple(words)
