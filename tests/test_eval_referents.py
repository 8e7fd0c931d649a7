"""The hand-judged PolNeAR referents (tests/benchmarks/polnear_referents.tsv) that the speaker-accuracy figure
rests on: the file holds only hashes and offsets, and every row points at a real gold source and at a name."""

from __future__ import annotations

import re

import pytest

from tests.benchmarks.eval_extraction import (
    _UNNAMED,
    REFERENTS,
    doc_hash,
    load_referents,
    source_kind,
    speaker_ok,
)
from tests.benchmarks.polnear import load

from .conftest import shared_corpus


def _rows() -> list[list[str]]:
    lines = REFERENTS.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith(("#", "doc\t"))]


def test_referent_file_holds_only_hashes_and_offsets():
    rows = _rows()
    assert rows, "polnear_referents.tsv has no rows"
    keys = set()
    for row in rows:
        assert len(row) == 5, row
        doc, s, e, rs, re_ = row
        assert re.fullmatch(r"[0-9a-f]{16}", doc), row
        assert s.isdigit() and e.isdigit() and int(s) < int(e), row
        assert (rs, re_) == ("-", "-") or (rs.isdigit() and re_.isdigit() and int(rs) < int(re_)), row
        assert (doc, s, e) not in keys, f"source judged twice: {row}"
        keys.add((doc, s, e))
    assert len(load_referents()) == len(rows)


def test_a_hand_referent_is_judged_like_a_name_and_an_unnamed_one_wants_no_speaker():
    assert speaker_ok("Arvid Kellan", "he", "Arvid Kellan") == ("pronoun", True)
    assert speaker_ok("Kellan", "the Valdorian nominee", "Arvid Kellan") == ("definite", True)
    assert speaker_ok("Mira Osk", "he", "Arvid Kellan") == ("pronoun", False)
    assert speaker_ok(None, "he", "Arvid Kellan") == ("pronoun", False)
    assert speaker_ok(None, "the narrator", _UNNAMED) == ("definite", True)
    assert speaker_ok("Arvid Kellan", "the narrator", _UNNAMED) == ("definite", False)
    assert speaker_ok(None, "I", _UNNAMED) == ("pronoun", True)
    assert speaker_ok("Tomas Brandt", "he", None) == ("pronoun", None)  # nothing to judge against
    # an acronym and the full name it stands for are one organisation, either way round; other initials are not
    assert speaker_ok("Valdoria Harbour Board", "VHB", None) == ("named", True)
    assert speaker_ok("VHB", "the harbour board", "Valdoria Harbour Board") == ("definite", True)
    assert speaker_ok("VHA", "Valdoria Harbour Board", None) == ("named", False)
    assert speaker_ok("Valdoria Bank", "VB", None) == ("named", False)  # two letters: too many names spell them
    assert speaker_ok("Valdoria Harbour Board", "the VHB", None)[1] is True
    # a typographic apostrophe is the straight one: `Jon O’Dalby` is the gold `O'Dalby`, not someone else
    assert speaker_ok("Jon O’Dalby", "O'Dalby", None) == ("named", True)
    assert speaker_ok("Jon O’Brask", "O'Dalby", None) == ("named", False)


def test_a_description_with_the_name_in_apposition_names_its_speaker():
    # the source itself names the speaker: judged as a name, not against some other name before it
    assert source_kind("the harbour board's spokesman, Arvid Kellan,") == "named"
    assert speaker_ok("Arvid Kellan", "the harbour board's spokesman, Arvid Kellan,", "Mira Osk") == ("named", True)
    assert source_kind("Osk's campaign manager, veteran strategist Tomas Brandt") == "named"
    assert source_kind("Sen. Arvid Kellan who represents Port Valdor") == "named"
    # more description, or a clause, is no name
    assert source_kind("the bespectacled, 71-year-old diplomat") == "definite"
    assert source_kind("the designer, who works for Valdoria Textiles") == "definite"
    assert source_kind("the minister") == "definite"


@pytest.mark.shared
def test_every_referent_row_points_at_a_test_or_dev_source_and_a_name():
    corpus = shared_corpus("polnear")
    docs = {doc_hash(d.name): d for d in load(corpus, ("test", "dev"))}
    for doc, s, e, rs, re_ in _rows():
        assert doc in docs, f"{doc}: no such document in the PolNeAR test or dev split"
        d = docs[doc]
        sources = {g.source for g in d.quotes if g.source is not None}
        assert (int(s), int(e)) in sources, f"{doc} {s}-{e}: not the source span of a gold direct quote"
        assert source_kind(d.text[int(s):int(e)]) in ("pronoun", "definite", "descriptive"), f"{doc} {s}-{e}"
        if rs == "-":
            continue
        start, end = int(rs), int(re_)
        assert end <= len(d.text), f"{doc} {rs}-{re_}: beyond the end of the text"
        name = d.text[start:end]
        assert name[:1].isupper(), f"{doc} {rs}-{re_}: a referent must start with a capital (a name)"
        assert not d.text[start - 1:start].isalnum() and not d.text[end:end + 1].isalnum(), \
            f"{doc} {rs}-{re_}: cuts a word"
        assert "\n" not in name, f"{doc} {rs}-{re_}: runs over a line"
