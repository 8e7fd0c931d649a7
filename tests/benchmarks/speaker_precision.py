"""How far a reader can trust `what X said` on British and wire news: the speakers Dateline gives the quotes of
BBC and Reuters stories, judged by hand in a random sample. Prints figures; asserts nothing.

    python tests/benchmarks/speaker_precision.py                 # figures on the held-out sample
    python tests/benchmarks/speaker_precision.py --judge held|tune  # print sampled quotes not yet judged

PolNeAR measures speakers on American political news, where gold sources exist; BBC and Reuters have none, so a
sample is read. The sample is drawn over (article, quote text, speaker given) by a hash, as in
`entity_precision.py`: a change that gives a quote another speaker brings the new pair in (or out) by its own hash,
and the pairs not yet judged are counted apart until someone reads them. (The same words quoted twice in one
article with the same speaker are one pair: one judgement, counted for each.) Verdicts, in speaker_judgements.tsv
(hashes and verdicts only, no corpus text):
- for a quote given a speaker: `right` (the one who said or wrote the words) or `wrong`;
- for a quote given none: `none` (the story does not name who said it: right; an organisation's unnamed
  spokesman counts so, as PolNeAR's scorer takes a description, though the organisation is right too) or `missed`
  (it does);
- for either: `noquote` when the marks hold no one's words (a title, a term) that were taken for a quote.
Precision is right / (right + wrong): how often a speaker shown is the right one. Coverage is the share of the
quotes whose speaker the story names that are given one: (right + wrong) / (right + wrong + missed).
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from search_index.extraction import extract  # noqa: E402
from tests.benchmarks.entity_precision import (  # noqa: E402
    articles,
    judgement_rows,
    sample_to_score,
    short_hash,
    wilson,
)

JUDGEMENTS = Path(__file__).with_name("speaker_judgements.tsv")
RATES = {"bbc": 0.0068, "reuters": 0.0051}  # the share of each corpus's quotes in each sample: about 60 apiece
TUNING_SHARE = 2  # the tuning sample: the next rate's worth of hashes
VERDICTS = ("right", "wrong", "none", "missed", "noquote")


def sample_of(corpus: str, doc: str, quote: str, speaker: str) -> str | None:
    """`held`, `tune` or None, fixed by the (article, quote, speaker) triple alone."""
    digest = hashlib.sha1(f"{corpus}\t{doc}\t{quote}\t{speaker}".encode("utf-8")).hexdigest()
    at = int(digest[:15], 16) / 16 ** 15
    rate = RATES[corpus]
    return "held" if at < rate else "tune" if at < TUNING_SHARE * rate else None


def sampled(corpus: str, which: str):
    """(doc id, quote, speaker or "", body) of each sampled quote that Dateline shows as speech."""
    for doc, body, place in articles(corpus):
        for q in extract(body, place).quotes:
            speaker = q.speaker or ""
            if sample_of(corpus, doc, q.text, speaker) == which:
                yield doc, q, speaker, body


def key(corpus: str, doc: str, quote: str, speaker: str) -> tuple[str, str, str, str]:
    return corpus, short_hash(doc), short_hash(quote), short_hash(speaker) if speaker else "-"


def load_judgements(path: Path = JUDGEMENTS) -> dict[tuple[str, str, str, str], str]:
    """(corpus, doc hash, quote hash, speaker hash or "-") -> verdict."""
    return {(corpus, doc, quote, speaker): verdict
            for corpus, doc, quote, speaker, verdict in judgement_rows(path)}


def score(which: str = "held") -> dict[str, Counter]:
    judged = load_judgements()
    out = {}
    for corpus in RATES:
        counts: Counter = Counter()
        for doc, q, speaker, _body in sampled(corpus, which):
            counts[judged.get(key(corpus, doc, q.text, speaker), "not judged")] += 1
        out[corpus] = counts
    return out


def show_unjudged(which: str) -> None:
    judged = load_judgements()
    for corpus in RATES:
        for doc, q, speaker, body in sampled(corpus, which):
            k = key(corpus, doc, q.text, speaker)
            if k in judged:
                continue
            context = (body[max(0, q.start - 400):q.start] + "[[" + body[q.start:q.end] + "]]"
                       + body[q.end:q.end + 200]).replace("\n", " | ")
            print("\t".join(k), f"speaker: {speaker or '-'}  ({doc}, {q.kind})", sep="  ")
            print("    ", context)


def main() -> None:
    sample = sample_to_score(__doc__.split("\n")[0], show_unjudged)
    if sample is None:
        return
    print(f"Speakers of quotes, {sample} sample, judged by hand:")
    for corpus, c in score(sample).items():
        shown = c["right"] + c["wrong"]
        low, high = wilson(c["right"], shown)
        named = shown + c["missed"]
        print(f"  {corpus:8} precision {c['right'] / shown if shown else 0:.3f} ({c['right']}/{shown}; 95% interval "
              f"{low:.2f}-{high:.2f})  coverage {shown / named if named else 0:.3f} ({shown}/{named})  "
              f"no speaker named {c['none']}  not quotes {c['noquote']}  not judged {c['not judged']}")


if __name__ == "__main__":
    main()
