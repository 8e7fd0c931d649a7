"""How many of the people and organisations Dateline shows are right: precision of the person and organisation
facet values on BBC and Reuters, from a random sample judged by hand. Prints figures; asserts nothing.

    python tests/benchmarks/entity_precision.py            # precision on the held-out sample
    python tests/benchmarks/entity_precision.py --judge held|tune   # print sampled values not yet judged

Reuters' PEOPLE index terms measure recall; nothing in the corpora says which of the names we show are wrong, so
a sample is read by hand. A facet value is one entity of one article (what the filter lists), so the sample is
drawn over (article, kind, canonical name) triples: a triple is in the sample when a hash of it falls below a rate
set per corpus and kind (about 60 triples each). The hash does not depend on what else the extractor finds, so a
change that drops a wrong value takes it out of the sample and one that finds a new value brings it in only if
its own hash is low: the figure stays a fair estimate across versions, and the values a change brings in show up
as "not judged" until someone reads them. A second range of hashes, twice as wide, the tuning sample, is for finding what to
fix; the held-out sample is only scored.

The judgements (entity_judgements.tsv) hold hashes and verdicts only, no corpus text: the corpus, a hash of the
article's id, the kind, a hash of the name, `right` or `wrong`, and for a wrong value a reason code:
- person: `place`, `org` (an organisation, a firm, a team), `work` (a title of a book, film, show, product),
  `thing` (any other word or phrase that is no one), `mangled` (a person, but words not of the name run in, or
  the name cut);
- organisation: `place` (a country, city or region), `person`, `work`, `event`, `thing`, `mangled`.
A person is right when the article names a person by it (a full name, or the only form the article gives); an
organisation is right when it names a company, body, party, agency, court, team, outlet or other organisation.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from search_index.extraction import extract  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpora"
JUDGEMENTS = Path(__file__).with_name("entity_judgements.tsv")
# the share of each corpus's (article, kind, name) triples in each sample: about 60 triples apiece
RATES = {
    ("bbc", "person"): 0.0054, ("bbc", "org"): 0.0108,
    ("reuters", "person"): 0.0065, ("reuters", "org"): 0.0013,
}
TUNING_SHARE = 3  # the tuning sample: the next two rates' worth of hashes (widened once its first half was read)
WRONG_REASONS = {
    "person": ("place", "org", "work", "thing", "mangled"),
    "org": ("place", "person", "work", "event", "thing", "mangled"),
}


def short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _position(corpus: str, doc: str, kind: str, name: str) -> float:
    """Where a triple falls in [0, 1): fixed by the triple alone."""
    digest = hashlib.sha1(f"{corpus}\t{doc}\t{kind}\t{name}".encode("utf-8")).hexdigest()
    return int(digest[:15], 16) / 16 ** 15


def sample_of(corpus: str, doc: str, kind: str, name: str) -> str | None:
    """`held` (scored), `tune` (for finding what to fix) or None."""
    rate = RATES[(corpus, kind)]
    at = _position(corpus, doc, kind, name)
    return "held" if at < rate else "tune" if at < TUNING_SHARE * rate else None


def articles(corpus: str):
    """(article id, body, place) of every article, read as `dateline index` reads them."""
    from search_index.indexer import assign_id
    from search_index.readers import ReadOptions, read_input
    from search_index.sources import InputFile, iter_inputs

    folder = SHARED / ("bbc-fulltext" if corpus == "bbc" else "reuters21578")
    for f in iter_inputs([str(folder)]):
        if not isinstance(f, InputFile):
            continue
        if corpus == "reuters" and ".sgm" not in f.name:
            continue
        for a in read_input(f, ReadOptions()).articles:
            assign_id(a, f)  # the id the index gives it (`bbc-fulltext/bbc/sport/203`, `reuters-5`)
            yield a.id, a.body, a.place


def sampled(corpus: str, which: str):
    """(doc id, kind, name, body, first mention) of each sampled facet value."""
    for doc, body, place in articles(corpus):
        result = extract(body, place)
        for kind, entities in (("person", result.persons), ("org", result.organisations)):
            for e in entities:
                if sample_of(corpus, doc, kind, e.name) == which:
                    yield doc, kind, e.name, body, (e.mentions[0] if e.mentions else None)


def judgement_rows(path: Path) -> list[list[str]]:
    """The rows of a judgements file (this one's or speaker_precision.py's), without comments and header."""
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith(("#", "corpus\t"))]


def load_judgements(path: Path = JUDGEMENTS) -> dict[tuple[str, str, str, str], tuple[str, str]]:
    """(corpus, doc hash, kind, name hash) -> (verdict, reason)."""
    table = {}
    for row in judgement_rows(path):
        corpus, doc, kind, name, verdict, reason = (row + [""])[:6]
        table[(corpus, doc, kind, name)] = (verdict, reason)
    return table


def wilson(right: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% interval of a proportion from a sample (sound at the ends too, unlike p ± 2se)."""
    if not n:
        return 0.0, 0.0
    p = right / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def score(which: str = "held") -> dict:
    judged = load_judgements()
    out = {}
    for corpus in ("bbc", "reuters"):
        counts = {kind: Counter() for kind in ("person", "org")}
        for doc, kind, name, _body, _at in sampled(corpus, which):
            verdict = judged.get((corpus, short_hash(doc), kind, short_hash(name)))
            if verdict is None:
                counts[kind]["not judged"] += 1
            else:
                counts[kind][verdict[0]] += 1
                if verdict[0] == "wrong":
                    counts[kind]["reason:" + verdict[1]] += 1
        out[corpus] = counts
    return out


def show_unjudged(which: str) -> None:
    """Each sampled value not yet judged, with where the article first names it, for a reader to judge."""
    judged = load_judgements()
    for corpus in ("bbc", "reuters"):
        for doc, kind, name, body, at in sampled(corpus, which):
            key = (corpus, short_hash(doc), kind, short_hash(name))
            if key in judged:
                continue
            s, e = at if at else (0, 0)
            context = (body[max(0, s - 150):s] + "[[" + body[s:e] + "]]" + body[e:e + 100]).replace("\n", " | ")
            print("\t".join(key), f"{kind}: {name!r}", f"({doc})", sep="  ")
            print("    ", context)


def sample_to_score(description: str, show) -> str | None:
    """The command line of this script and of speaker_precision.py: `--judge held|tune` prints, through `show`,
    what that sample holds that is not yet judged (then None); otherwise the sample to score."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--judge", choices=("held", "tune"), help="print the sampled items not yet judged")
    parser.add_argument("--sample", choices=("held", "tune"), default="held", help="which sample to score")
    args = parser.parse_args()
    if not SHARED.exists():
        sys.exit(f"{SHARED} is not here: the corpora are beside the checkout in CI only")
    if args.judge:
        show(args.judge)
        return None
    return args.sample


def main() -> None:
    sample = sample_to_score(__doc__.split("\n")[0], show_unjudged)
    if sample is None:
        return
    result = score(sample)
    print(f"Person and organisation facet values, {sample} sample, judged by hand:")
    for corpus, counts in result.items():
        for kind, c in counts.items():
            n = c["right"] + c["wrong"]
            low, high = wilson(c["right"], n)
            reasons = ", ".join(f"{k.split(':')[1]} {v}" for k, v in sorted(c.items()) if k.startswith("reason:"))
            print(f"  {corpus:8} {kind:6}  precision {c['right'] / n if n else 0:.3f} ({c['right']}/{n}; "
                  f"95% interval {low:.2f}-{high:.2f})  not judged {c['not judged']}"
                  + (f"  wrong: {reasons}" if reasons else ""))


if __name__ == "__main__":
    main()
