"""A person's gender where no title, honorific or given name told it, from how the story reports their words.

A `he` or `she` goes to the nearest sentence naming someone who can be that gender, and a person of unknown
gender can be either: `Ozzy` (no given name the lists know) took Sharon Osbourne's quotes, because a sentence
between (`…wedding bands Ozzy gave her…`) named him. The story itself says it: `Ozzy said he was…`. A name, a
speech verb and the pronoun opening what was said (`Dalby said he`, `Osk told reporters that she`) is that
person's gender when every such sentence agrees.
"""

from __future__ import annotations

import re

from .entities import EntityResult

_PRONOUN_AFTER = r"[ \t\xa0]+(?:[a-z]+ly[ \t\xa0]+)?({cues})(?:[ \t\xa0]+(?:reporters|journalists))?" \
                 r"[ \t\xa0]+(?:that[ \t\xa0]+)?(he|she)\b"
_GENDER = {"he": "m", "she": "f"}
_compiled: dict[int, tuple[dict[str, str], re.Pattern]] = {}  # id of the lexicon's verbs -> (them, the pattern)


def _pattern(cue_forms: dict[str, str]) -> re.Pattern:
    entry = _compiled.get(id(cue_forms))
    if entry is None or entry[0] is not cue_forms:  # (the verbs are held, so that their id is never another's)
        # the verbs of speech that report in the past or present, not their bare forms (`Dalby say he`) nor -ing
        forms = sorted((f for f, lemma in cue_forms.items() if f != lemma and f.isalpha() and not f.endswith("ing")),
                       key=lambda f: (-len(f), f))
        entry = _compiled[id(cue_forms)] = (cue_forms, re.compile(_PRONOUN_AFTER.format(cues="|".join(forms))))
    return entry[1]


def genders_from_reported_speech(text: str, ents: EntityResult, cue_forms: dict[str, str]) -> None:
    """Set the gender of each person who has none from `<name> said he/she`, when all such mentions agree."""
    pattern = _pattern(cue_forms)
    for person in ents.persons:
        if person.gender:
            continue
        seen = {_GENDER[m.group(2)] for _start, end in person.mentions
                if (m := pattern.match(text, end)) is not None}
        if len(seen) == 1:
            person.gender = seen.pop()
