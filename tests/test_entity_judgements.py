"""The hand judgements behind the people, organisation and speaker precision figures
(tests/benchmarks/entity_judgements.tsv and speaker_judgements.tsv): hashes and verdicts only, each verdict well
formed, and every value of each held-out sample judged, so that the figures in the README cover the whole sample."""

from __future__ import annotations

import re

from tests.benchmarks.entity_precision import (
    JUDGEMENTS,
    RATES,
    WRONG_REASONS,
    judgement_rows,
    load_judgements,
    sample_of,
    sampled,
    short_hash,
    wilson,
)

from .conftest import shared_corpus


def test_judgement_file_holds_only_hashes_and_verdicts():
    rows = judgement_rows(JUDGEMENTS)
    assert len(rows) >= 200, len(rows)
    keys = set()
    for row in rows:
        assert len(row) == 6, row
        corpus, doc, kind, name, verdict, reason = row
        assert (corpus, kind) in RATES, row
        assert re.fullmatch(r"[0-9a-f]{16}", doc) and re.fullmatch(r"[0-9a-f]{16}", name), row
        if verdict == "right":
            assert reason == "", row
        else:
            assert verdict == "wrong" and reason in WRONG_REASONS[kind], row
        assert (corpus, doc, kind, name) not in keys, f"judged twice: {row}"
        keys.add((corpus, doc, kind, name))


def test_sample_membership_depends_on_the_value_alone():
    """A value is in a sample or not whatever else the extractor finds: the estimate stays fair across versions."""
    doc, name = "bbc-fulltext/bbc/politics/001", "Arvid Kellan"
    first = sample_of("bbc", doc, "person", name)
    assert all(sample_of("bbc", doc, "person", name) == first for _ in range(3))
    # over many values, each sample takes about its rate, and the two samples never share a value
    names = [f"Person {i}" for i in range(20000)]
    held = [n for n in names if sample_of("bbc", doc, "person", n) == "held"]
    tune = [n for n in names if sample_of("bbc", doc, "person", n) == "tune"]
    rate = RATES[("bbc", "person")]
    assert 0.7 * rate * len(names) < len(held) < 1.3 * rate * len(names)
    assert 0.7 * 2 * rate * len(names) < len(tune) < 1.3 * 2 * rate * len(names)
    assert not set(held) & set(tune)


def test_wilson_interval_brackets_the_proportion_and_narrows_with_more_judgements():
    low, high = wilson(50, 60)
    assert low < 50 / 60 < high and 0.7 < low and high < 0.93
    low2, high2 = wilson(500, 600)
    assert high2 - low2 < high - low
    assert wilson(60, 60)[1] <= 1.0 and wilson(0, 60)[0] >= 0.0


def test_every_value_of_the_held_out_sample_is_judged():
    """A change to the extractor that brings new values into the sample must have them read before the figure is
    quoted: this lists the ones not yet judged (`entity_precision.py --judge held` prints them in context)."""
    shared_corpus("bbc-fulltext")
    shared_corpus("reuters21578")
    judged = load_judgements()
    missing = []
    for corpus in ("bbc", "reuters"):
        for doc, kind, name, _body, _at in sampled(corpus, "held"):
            if (corpus, short_hash(doc), kind, short_hash(name)) not in judged:
                missing.append(f"{corpus} {kind} {doc}")
    assert not missing, f"{len(missing)} sampled values not judged: {missing[:10]}"


def test_speaker_judgements_hold_only_hashes_and_verdicts():
    from tests.benchmarks import speaker_precision as sp

    rows = judgement_rows(sp.JUDGEMENTS)
    assert len(rows) >= 90, len(rows)
    keys = set()
    for corpus, doc, quote, speaker, verdict in rows:
        assert corpus in sp.RATES and verdict in sp.VERDICTS, (corpus, verdict)
        assert re.fullmatch(r"[0-9a-f]{16}", doc) and re.fullmatch(r"[0-9a-f]{16}", quote)
        assert speaker == "-" or re.fullmatch(r"[0-9a-f]{16}", speaker)
        # a quote given no speaker is judged `none`, `missed` or `noquote`; one given a speaker, never those two
        assert (verdict in ("none", "missed", "noquote")) if speaker == "-" else verdict in ("right", "wrong", "noquote")
        assert (corpus, doc, quote, speaker) not in keys
        keys.add((corpus, doc, quote, speaker))


def test_every_quote_of_the_held_out_speaker_sample_is_judged():
    """As for people and organisations: a change that gives a sampled quote another speaker must have the new pair
    read (`speaker_precision.py --judge held`) before the figure is quoted."""
    from tests.benchmarks import speaker_precision as sp

    shared_corpus("bbc-fulltext")
    shared_corpus("reuters21578")
    judged = sp.load_judgements()
    missing = [f"{corpus} {doc}" for corpus in sp.RATES for doc, q, speaker, _body in sp.sampled(corpus, "held")
               if sp.key(corpus, doc, q.text, speaker) not in judged]
    assert not missing, f"{len(missing)} sampled quotes not judged: {missing[:10]}"
