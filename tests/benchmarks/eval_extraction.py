"""Score quote, speaker and people extraction against gold data, and time it. Prints figures; asserts nothing.

    python tests/benchmarks/eval_extraction.py [--split test|dev|train|all] [--skip-reuters] [--errors N]

Quotes and speakers on PolNeAR (../shared/corpora/polnear): gold direct quotes are the attribution relations whose
content opens with a quote mark; our direct quotes are those the extractor classes `direct` (partial quotes woven
into the writer's sentence are not direct in PolNeAR's sense and are scored separately). A prediction matches a
gold quote when they overlap by at least half of each (the pieces of a quote interrupted by its attribution are
joined first). Speaker accuracy is over matched quotes: the predicted speaker must name the gold source; for a
pronoun source (`he`) or a definite description (`the Texas senator`), the entity it refers to; for a descriptive
source (`a party official`), no speaker or one the description names. PolNeAR has no coreference, so referents
come from two places:
- the test and dev splits: polnear_referents.tsv, referents judged by hand by reading each article (without
  looking at the extractor's output), as a span of the text naming the entity, judged with the same name matching
  as a named source; an entry of `-` means the article never names the entity (the author's `I`, an unnamed
  questioner, an ad's narrator), and then the right answer is no speaker: a predicted speaker is wrong;
- anywhere else (train, and any test or dev source the file lacks): a proxy, the nearest named source before it
  among all the gold attributions of the article (direct or not), which is sometimes the wrong person.
The figures say how many judgements came from each.

The ceiling: PolNeAR had 20 of its documents marked by six annotators each (train, dev and test; the annotators'
training documents are left out). Scoring each annotator against each other with the same matching says how far
two careful people agree on what a direct quote is, and scoring Dateline against each of them on the same
documents puts our figure beside theirs.

People on Reuters-21578: recall of the PEOPLE index terms (`james-baker` found as `James Baker`, `reagan` as
`Ronald Reagan` or `Reagan`), over all terms and over the terms whose surname appears in the story.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from search_index.extraction import extract  # noqa: E402
from tests.benchmarks.polnear import load  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpora"
REFERENTS = Path(__file__).with_name("polnear_referents.tsv")
KINDS = ("direct",)  # partial quotes are words woven into the writer's sentence: not direct in PolNeAR's sense
PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them"}


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _length(spans) -> int:
    return sum(e - s for s, e in spans)


def _names(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Z][\w’'\-]+", text) if w.lower() not in PRONOUNS]


def _norm(s: str) -> str:
    s = re.sub(r"['’]s\b", "", s)  # Trump’s is Trump
    s = re.sub(r"['’‘ʼ]", "", s)  # O’Neill is O'Neill (a typographic apostrophe is no letter)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9 ]+", " ", s.lower()).strip()


_DETERMINERS = {"the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"}
_INDEFINITE = {"a", "an", "one", "some", "another", "two", "three", "several", "many", "most", "other", "others"}
_NOT_SOURCES = {"said", "says", "who", "which", "that", "whom", "told", "added"}


def source_kind(source: str) -> str:
    """How a gold source names its speaker: `pronoun` (he), `named` (Bernie Sanders, the Washington Post,
    Graham, a former candidate), `definite` (the Vermont senator, Hillary Clinton's right-hand woman: someone
    described, whose referent is named elsewhere), `descriptive` (a party official: nobody named) or `malformed`
    (a span that is a verb or a relative pronoun, an annotation slip that cannot be judged)."""
    words = source.replace("\xa0", " ").split()
    if not words:
        return "malformed"
    if len(words) <= 2 and words[-1].lower() in PRONOUNS:
        return "pronoun"
    if len(words) == 1 and words[0].lower() in _NOT_SOURCES:
        return "malformed"
    if words[0].lower() in _INDEFINITE:
        return "descriptive"  # `a New Hampshire Republican`, `one aide`: nobody named
    # the name before an appositive or a relative clause (`Sen. Jim Whelan who represents Atlantic City`)
    first_part, _, appositive = re.split(r"\s+(?:who|whom|which|that)\s+", source)[0].partition(",")
    first_part = first_part.split("(")[0]
    head = first_part.split() or words
    last = head[-1].strip("’'\".")
    if last[:1].islower() or not _names(" ".join(head)):
        if _names_someone(appositive):
            return "named"  # `the Vatican spokesman, Federico Lombardi`: the description, then the name
        first = head[0].lower()
        if first in _INDEFINITE or not any(w[:1].isupper() for w in head):
            return "definite" if first in _DETERMINERS else "descriptive"
        return "definite"
    return "named"


def _names_someone(appositive: str) -> bool:
    """Whether an appositive after a description is a name (`Federico Lombardi`, `actress Jamie Lee Curtis`),
    not more description (`71-year-old diplomat`) or a clause (`who works for G-III`)."""
    words = appositive.replace("\xa0", " ").split()
    if not words or words[0].lower() in _INDEFINITE | _DETERMINERS | _NOT_SOURCES:
        return False
    return any(w[:1].isupper() for w in words) and words[-1].strip(",.")[:1].isupper()


def doc_hash(name: str) -> str:
    """How polnear_referents.tsv names a document: no corpus text (not even a file name) in the project."""
    return hashlib.sha1(name.encode("utf-8")).hexdigest()[:16]


def load_referents(path: Path = REFERENTS) -> dict[tuple[str, int, int], tuple[int, int] | None]:
    """(doc hash, source start, source end) -> referent span, or None where the article never names it."""
    table: dict[tuple[str, int, int], tuple[int, int] | None] = {}
    if not path.exists():
        return table
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("doc\t"):
            continue
        doc, s, e, rs, re_ = line.split("\t")
        table[(doc, int(s), int(e))] = None if rs == "-" else (int(rs), int(re_))
    return table


_UNNAMED = object()  # a hand-judged referent that the article never names


def speaker_ok(pred: str | None, source: str, referent) -> tuple[str, bool | None]:
    """(category, correct); correct is None when it cannot be judged (a pronoun with no named referent, or a
    malformed source span). `referent` is the text naming the entity a pronoun or description refers to, None
    when there is none to judge against, or _UNNAMED when a reader judged that the article never names it (then
    only no speaker is right)."""
    category = source_kind(source)
    if category == "malformed":
        return category, None
    if referent is _UNNAMED:
        return category, pred is None
    if category == "pronoun":
        if referent is None:
            return "pronoun", None
        target = referent
    elif category == "named":
        target = source
    elif category == "definite":
        if referent is None:
            return category, None  # someone described, but no named source before it to judge against
        target = referent
    else:
        # "a White House official", "one aide": unnamed; the right answer is no speaker
        return "descriptive", pred is None or any(_norm(t) in _norm(source) for t in pred.split())
    if pred is None:
        return category, False
    target_n = _norm(target).split()
    pred_n = _norm(pred).split()
    if _acronym_of(pred_n, target_n) or _acronym_of(target_n, pred_n):
        return category, True  # `IMF` and `International Monetary Fund`: one organisation, two forms of its name
    return category, bool(set(pred_n) & set(target_n) - {"the", "of", "and", "mr", "ms", "mrs"})


def _acronym_of(short: list[str], full: list[str]) -> bool:
    """`imf` for `international monetary fund`: three letters or more (two spell too many names to judge by)."""
    short = [w for w in short if w != "the"]  # `the IMF`
    initials = "".join(w[0] for w in full if w not in ("of", "the", "and", "for"))
    return len(short) == 1 and len(short[0]) >= 3 and len(full) >= 3 and short[0] == initials


def _match(g, predicted: list[list[tuple[int, int]]], used: set[int]) -> list[int]:
    """The predicted quotes (each a list of spans) that together match gold quote g, or []: the unused ones
    overlapping it, joined, must cover half of it and lie half inside it. Marks them used."""
    cands = [i for i, spans in enumerate(predicted) if i not in used and _overlap(spans, g.spans)]
    if not cands:
        return []
    pieces = [span for i in cands for span in predicted[i]]
    inter = _overlap(pieces, g.spans)
    if inter >= 0.5 * g.length() - 2 and inter >= 0.5 * _length(pieces):
        used.update(cands)
        return cands
    return []


def _prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from the predictions that matched and the gold quotes that were matched."""
    precision = tp_pred / n_pred if n_pred else 0.0
    recall = tp_gold / n_gold if n_gold else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def score_agreement() -> dict:
    """How far two people agree on the same task: the documents that two or more PolNeAR annotators marked,
    every annotator scored against every other as if one were gold, with the same matching as ours; and Dateline
    scored against each of them on the same documents. The ceiling our figures can be read against."""
    copies: dict[tuple[str, str], list] = {}
    for doc in load(SHARED / "polnear", ("train", "dev", "test"), every_annotator=True):
        copies.setdefault((doc.split, doc.name), []).append(doc)
    people = {"gold": 0, "pred": 0, "tp_gold": 0, "tp_pred": 0, "same_source": 0, "sources": 0}
    ours = {"gold": 0, "pred": 0, "tp_gold": 0, "tp_pred": 0}
    for versions in copies.values():
        direct = [q for q in extract(versions[0].text).quotes if q.kind in KINDS]
        for a in versions:
            used: set[int] = set()
            ours["gold"] += len(a.quotes)
            ours["pred"] += len(direct)
            ours["tp_gold"] += sum(bool(_match(g, [[(q.start, q.end)] for q in direct], used)) for g in a.quotes)
            ours["tp_pred"] += len(used)
            for b in versions:
                if b is a:
                    continue
                used = set()
                people["gold"] += len(a.quotes)
                people["pred"] += len(b.quotes)
                for g in a.quotes:
                    found = _match(g, [q.spans for q in b.quotes], used)
                    if found:
                        people["tp_gold"] += 1
                        other = b.quotes[found[0]].source_text
                        people["sources"] += 1
                        people["same_source"] += bool(
                            set(_norm(other).split()) & set(_norm(g.source_text).split()) or other == g.source_text)
                people["tp_pred"] += len(used)
    return {"docs": len(copies), "people": _prf(people["tp_pred"], people["pred"], people["tp_gold"], people["gold"]),
            "ours": _prf(ours["tp_pred"], ours["pred"], ours["tp_gold"], ours["gold"]),
            "quote_pairs": people["gold"],
            "same_source": people["same_source"] / people["sources"] if people["sources"] else 0.0}


def score_polnear(split: str, show_errors: int = 0) -> dict:
    docs = load(SHARED / "polnear", (split,) if split != "all" else ("train", "dev", "test"))
    hand = load_referents()
    from_hand = from_proxy = 0  # judged quotes whose referent came from the hand file / from the proxy
    tp_pred = n_pred = n_gold = matched_gold = 0
    spk = {"named": [0, 0], "pronoun": [0, 0], "definite": [0, 0], "descriptive": [0, 0], "malformed": [0, 0]}
    unjudged = 0
    partial_total = 0
    errors = []
    started = time.perf_counter()
    for doc in docs:
        h = doc_hash(doc.name)
        result = extract(doc.text)
        direct = [q for q in result.quotes if q.kind in KINDS]
        partial_total += sum(1 for q in result.quotes if q.kind == "partial")
        n_pred += len(direct)
        n_gold += len(doc.quotes)
        used: set[int] = set()
        direct_spans = [[(q.start, q.end)] for q in direct]
        for g in sorted(doc.quotes, key=lambda g: g.start):
            # the referent of a pronoun or a description: judged by hand where the file has it, else the proxy
            # (the nearest named source before it, among all gold attributions)
            referent = None
            hand_judged = g.source is not None and (h, *g.source) in hand
            if hand_judged:
                span = hand[(h, *g.source)]
                referent = _UNNAMED if span is None else doc.text[span[0]:span[1]]
            elif g.source is not None and g.source_text.lower().split()[-1:] not in (["i"], ["we"], ["you"]):
                # (the proxy does not guess for `I`, `we`, `you`: a narrator or a crowd, seldom a named source)
                for s, e, src in doc.sources:
                    if e <= g.source[0] and g.source[0] - e < 2000 and source_kind(src) == "named":
                        referent = src
            cands = _match(g, direct_spans, used)
            ok = bool(cands)
            if cands:
                matched_gold += 1
                pred = next((direct[i].speaker for i in cands if direct[i].speaker), None)
                category, correct = speaker_ok(pred, g.source_text, referent)
                if correct is None:
                    unjudged += 1
                else:
                    if hand_judged:
                        from_hand += 1
                    elif category in ("pronoun", "definite"):
                        from_proxy += 1
                    spk[category][0] += int(correct)
                    spk[category][1] += 1
                    if not correct and len(errors) < show_errors:
                        errors.append(("speaker", doc.name, doc.text[g.start:g.end][:80], g.source_text, pred))
            if not ok and len(errors) < show_errors:
                errors.append(("missed", doc.name, doc.text[g.start:g.end][:100], g.source_text, None))
        tp_pred += len(used)
        for i, q in enumerate(direct):
            if i not in used and len(errors) < show_errors:
                errors.append(("extra", doc.name, doc.text[max(0, q.start - 40):q.end + 20], "", q.speaker))
    elapsed = time.perf_counter() - started
    precision, recall, f1 = _prf(tp_pred, n_pred, matched_gold, n_gold)
    judged = sum(v[1] for v in spk.values())
    correct = sum(v[0] for v in spk.values())
    return {
        "split": split, "docs": len(docs), "gold": n_gold, "predicted": n_pred, "precision": precision,
        "recall": recall, "f1": f1, "speaker_accuracy": correct / judged if judged else 0.0, "judged": judged,
        "unjudged": unjudged, "by_category": spk, "partial_quotes": partial_total, "seconds": elapsed,
        "errors": errors, "from_hand": from_hand, "from_proxy": from_proxy,
    }


def score_reuters_people() -> dict:
    from search_index.readers import ReadOptions, read_input
    from search_index.sources import InputFile, iter_inputs

    total = found = mentioned = found_mentioned = 0
    articles = 0
    started = time.perf_counter()
    bodies = []
    for f in iter_inputs([str(SHARED / "reuters21578")]):
        if not isinstance(f, InputFile) or ".sgm" not in f.name:
            continue
        for a in read_input(f, ReadOptions()).articles:
            bodies.append(a.body)
            people = a.tags.get("people", [])
            if not people:
                continue
            result = extract(a.body)
            names = {_norm(p.name) for p in result.persons} | {_norm(al) for p in result.persons for al in p.aliases}
            body_n = _norm(a.body)
            for tag in people:
                t = _norm(tag.replace("-", " "))
                total += 1
                hit = any(n == t or n.endswith(" " + t) for n in names)
                found += hit
                if t.split()[-1] in body_n.split():
                    mentioned += 1
                    found_mentioned += hit
            articles += 1
    # speed: every body once, one core
    t0 = time.perf_counter()
    for body in bodies:
        extract(body)
    speed = len(bodies) / (time.perf_counter() - t0)
    return {"tags": total, "recall_all": found / total if total else 0.0, "mentioned": mentioned,
            "recall_mentioned": found_mentioned / mentioned if mentioned else 0.0, "articles": articles,
            "articles_per_second": speed, "bodies": len(bodies), "seconds": time.perf_counter() - started}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="test", choices=("train", "dev", "test", "all"))
    parser.add_argument("--skip-reuters", action="store_true")
    parser.add_argument("--errors", type=int, default=0, help="print this many errors (for tuning on train/dev)")
    args = parser.parse_args()
    if not (SHARED / "polnear").exists():
        print("../shared/corpora/polnear is not here; nothing to score")
        return
    r = score_polnear(args.split, args.errors)
    print(f"PolNeAR {r['split']}: {r['docs']} docs, {r['gold']} gold direct quotes, {r['predicted']} predicted")
    print(f"  direct quotes   precision {r['precision']:.3f}  recall {r['recall']:.3f}  F1 {r['f1']:.3f}")
    print(f"  speaker accuracy {r['speaker_accuracy']:.3f} on {r['judged']} matched quotes "
          f"({r['unjudged']} not judged: pronouns and descriptions with no named source before them, "
          "malformed source spans)")
    for cat, (ok, n) in r["by_category"].items():
        print(f"    {cat:<12} {ok}/{n}" + (f" = {ok / n:.3f}" if n else ""))
    print(f"  referents of pronoun and description sources: {r['from_hand']} judged quotes from the hand file "
          f"({REFERENTS.name}), {r['from_proxy']} from the nearest-named-source proxy")
    print(f"  partial quotes found (not scored): {r['partial_quotes']}")
    for e in r["errors"]:
        print("  ", e)
    a = score_agreement()
    print(f"Two annotators on the {a['docs']} documents PolNeAR had marked twice or more ({a['quote_pairs']} quote "
          "judgements, each annotator scored against each other)")
    print("  direct quotes   precision {:.3f}  recall {:.3f}  F1 {:.3f}".format(*a["people"]))
    print(f"  same source on matched quotes {a['same_source']:.3f}")
    print("  Dateline against each of them: precision {:.3f}  recall {:.3f}  F1 {:.3f}".format(*a["ours"]))
    if not args.skip_reuters and (SHARED / "reuters21578").exists():
        p = score_reuters_people()
        print(f"Reuters-21578 PEOPLE: {p['tags']} index terms in {p['articles']} stories")
        print(f"  recall {p['recall_all']:.3f} over all terms; {p['recall_mentioned']:.3f} over the "
              f"{p['mentioned']} whose surname appears in the story")
        print(f"Extraction speed: {p['articles_per_second']:,.0f} Reuters articles/s on one core "
              f"({p['bodies']:,} bodies)")


if __name__ == "__main__":
    main()
