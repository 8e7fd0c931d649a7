"""PolNeAR gold attributions, read straight from ../shared/corpora/polnear/polnear-data.tar.gz.

Direct quotes are the attribution relations whose content opens with a quote mark (the corpus README's rule).
One annotator's file per document (the first by name), so documents annotated twice count once.
"""

from __future__ import annotations

import re
import tarfile
from dataclasses import dataclass, field
from pathlib import Path

QUOTE_OPEN = "\"“”«»„‘'"  # ” and » too: some texts open a quote with the closing mark (`”Fear. I am…`)


@dataclass
class GoldQuote:
    spans: list[tuple[int, int]]  # the content, marks included, possibly in pieces around the cue
    source: tuple[int, int] | None  # the source span (speaker words), None for no-source relations
    source_text: str

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]

    def length(self) -> int:
        return sum(e - s for s, e in self.spans)


@dataclass
class GoldDoc:
    name: str
    split: str
    text: str
    quotes: list[GoldQuote] = field(default_factory=list)
    sources: list[tuple[int, int, str]] = field(default_factory=list)  # the source of every attribution


def _parse_ann(ann: str) -> tuple[dict, list]:
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events = []
    lines = ann.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            tid, meta = parts[0], parts[1]
            label, _, ranges = meta.partition(" ")
            offsets = []
            for piece in ranges.split(";"):
                a, b = piece.split()
                offsets.append((int(a), int(b)))
            spans[tid] = (label, offsets, parts[2] if len(parts) > 2 else "")
        elif line.startswith("E"):
            parts = line.split("\t")
            roles = dict(p.split(":", 1) for p in parts[1].split())
            events.append(roles)
    return spans, events


def load(corpus: Path, splits=("train", "dev", "test"), every_annotator: bool = False) -> list[GoldDoc]:
    """One GoldDoc per document (the first annotator's file), or with every_annotator one per annotator's file
    of each document that two or more annotators marked (their `name` is the same), for agreement figures."""
    tar_path = corpus / "polnear-data.tar.gz"
    texts: dict[tuple[str, str], str] = {}
    anns: dict[tuple[str, str], list[tuple[str, str]]] = {}
    with tarfile.open(tar_path) as tf:
        for member in tf:
            if not member.isfile():
                continue
            m = re.match(r"data/([\w-]+)/(text|attributions)/(.+)$", member.name)
            if not m or m[1] not in splits:
                continue
            split, kind, name = m[1], m[2], m[3]
            data = tf.extractfile(member).read().decode("utf-8")
            if kind == "text":
                texts[(split, name.removesuffix(".txt"))] = data
            else:
                base, annotator = name.removesuffix(".ann").rsplit("_", 1)
                anns.setdefault((split, base), []).append((annotator, data))
    docs = []
    for (split, base), text in sorted(texts.items()):
        if (split, base) not in anns:
            continue
        copies = sorted(anns[(split, base)])
        if every_annotator:
            if len(copies) > 1:
                docs.extend(_gold_doc(base, split, text, ann) for _annotator, ann in copies)
            continue
        docs.append(_gold_doc(base, split, text, copies[0][1]))
    return docs


def _gold_doc(base: str, split: str, text: str, ann: str) -> GoldDoc:
    """One annotator's direct quotes and sources of one document."""
    spans, events = _parse_ann(ann)
    doc = GoldDoc(base, split, text)
    for roles in events:
        src = spans.get(roles.get("Source", ""))
        if src:
            doc.sources.append((src[1][0][0], src[1][-1][1], text[src[1][0][0]:src[1][-1][1]]))
        content = spans.get(roles.get("Content", ""))
        if content is None:
            continue
        offsets = sorted(content[1])
        first = text[offsets[0][0]:offsets[0][1]].lstrip()
        if not first or first[0] not in QUOTE_OPEN:
            continue
        src = spans.get(roles.get("Source", ""))
        source = (src[1][0][0], src[1][-1][1]) if src else None
        doc.quotes.append(GoldQuote(offsets, source, text[source[0]:source[1]] if source else ""))
    doc.sources.sort()
    return doc
