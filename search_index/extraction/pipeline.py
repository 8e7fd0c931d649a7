"""The extraction pipeline: people and organisations, quote spans and kinds, then each quote's speaker.

`extract(body)` works on exactly the text it is given, so every offset it returns indexes into that text.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Article, Entity, Quote
from ..tables import without_tables
from .attribution import Attributor
from .entities import EntityInfo, find_entities, link_unshown
from .genders import genders_from_reported_speech
from .lexicon import lexicon
from .quotes import classify, find_quote_spans, paragraphs
from .single_names import settle_single_names
from .state_bodies import qualify_state_bodies


@dataclass(slots=True)
class Extraction:
    persons: list[Entity]
    organisations: list[Entity]
    quotes: list[Quote]  # speech only (direct and partial quotes); scare quotes are left out


def _entity(info: EntityInfo) -> Entity:
    return Entity(info.name, sorted(a for a in info.aliases if a != info.name), list(info.mentions))


def extract(body: str, place: str = "") -> Extraction:
    """`place`, the article's dateline city where the reader found one, says whose state bodies the story's are."""
    lex = lexicon()
    # a table's rows name no one: its capitalised labels (`CORN`, `OATS`, `MEAL`) are no organisations (but a firm
    # the lists know is: `IBM` among the most active stocks); the text with its tables blanked keeps every offset
    text = without_tables(body, keep=lex.known_orgs.__contains__)
    ents = settle_single_names(text, find_entities(text), lex)
    qualify_state_bodies(text, ents, place)
    genders_from_reported_speech(text, ents, lex.cue_forms)
    link_unshown(text, ents)
    spans = find_quote_spans(body)
    paras = paragraphs(body)
    prev = None
    for q in spans:
        q.kind = classify(body, q, paras[q.paragraph][0], lex.cue_forms, prev)
        prev = q
    speech = [q for q in spans if q.kind != "scare"]
    attributor = Attributor(body, ents, lex.cue_forms, lex.title_heads, lex.org_heads, spans)
    attributions = attributor.attribute(speech)
    quotes = [
        Quote(q.start, q.end, body[q.start:q.end], a.speaker.name if a.speaker else None, a.mention, q.kind)
        for q, a in zip(speech, attributions)
    ]
    return Extraction([_entity(p) for p in ents.persons], [_entity(o) for o in ents.orgs], quotes)


def extract_article(article: Article) -> Article:
    """Fill an article's persons, organisations and quotes from its body."""
    result = extract(article.body, article.place)
    article.persons = result.persons
    article.organisations = result.organisations
    article.quotes = result.quotes
    return article
