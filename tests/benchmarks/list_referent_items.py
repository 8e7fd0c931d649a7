"""List the PolNeAR gold direct quotes whose source is a pronoun or a definite description, with the text
around them, so that their referents can be judged by hand (see polnear_referents.tsv). Prints corpus text to
the terminal only; nothing is written into the project.

    python tests/benchmarks/list_referent_items.py [--split test] [--kinds pronoun,definite] [--before 1500]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.eval_extraction import SHARED, doc_hash, source_kind  # noqa: E402
from tests.benchmarks.polnear import load  # noqa: E402


def items(split: str, kinds: set[str]):
    """(doc, source_start, source_end, source_text, kind) for each distinct gold source span of a direct quote."""
    for doc in load(SHARED / "polnear", (split,)):
        seen = set()
        for g in sorted(doc.quotes, key=lambda g: g.start):
            if g.source is None or g.source in seen:
                continue
            kind = source_kind(g.source_text)
            if kind in kinds:
                seen.add(g.source)
                yield doc, g.source[0], g.source[1], g.source_text, kind


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="test")
    parser.add_argument("--kinds", default="pronoun,definite")
    parser.add_argument("--before", type=int, default=1500)
    parser.add_argument("--after", type=int, default=200)
    args = parser.parse_args()
    n = 0
    for doc, s, e, text, kind in items(args.split, set(args.kinds.split(","))):
        n += 1
        ctx = doc.text[max(0, s - args.before):s] + "[[" + doc.text[s:e] + "]]" + doc.text[e:e + args.after]
        print(f"=== #{n} {doc_hash(doc.name)} {doc.name} {s} {e} {kind} {text!r}")
        print(ctx)
        print()


if __name__ == "__main__":
    main()
