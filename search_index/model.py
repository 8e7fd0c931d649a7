"""The article model: what every reader produces and every other layer consumes.

An `Article` is engine-neutral plain data. Readers fill the text and metadata; extraction later fills
`persons`, `organisations` and `quotes` with character offsets into `body`, which is why `body` is kept
exactly as the source gave it (after decoding) and never re-wrapped behind the offsets' back.
"""

from __future__ import annotations

import hashlib

# Bumped whenever extraction rules change, so that the next `dateline index` re-extracts every article.
# 4: headlines, suffixes, two names side by side, `the group`, signs; 5: a name in apposition to a description,
# documents and their authors, names inside a clause, days after names, peoples (2026-12-02); 6: datelines'
# places and agencies, acronyms by initials, roles after `the`, `it` as its sentence's organisation, people
# an organisation is named after, describing hyphenated words, firms named like people (2026-12-03); 9: the
# rules of 2026-12-04/05 (firms of two names, generic words, laws, places opening names, names run on from an
# organisation's or a portfolio's, …), which version 8 indexes had not re-extracted; 10: mistyped surnames,
# firms with a capital inside or named by one word of their full name; 11: words that are no one's name
# alone, acronyms, lead managers and papers as organisations, nationals signing quotes; 12: adjectives before
# `estimates`, awards, more known organisations, a known firm's word under its legal name; 13: a person of an
# organisation after a role, `Brothers`, `Shimbun`; 14: `the` plurals as groups, hometowns, clubs, a role of an
# organisation signing a quote; 15: countries holding an organisation's word, rates named by letters
# (2026-12-05); 16: places, documents and titles named like people, more organisation words, a firm before
# the firm it owns, `A` as a middle initial; 17: a known firm's names with a comma; 18: the review's narrowings
# (2026-12-05); 19: firms named with a rank's word, called a firm or given a firm's officer; 20: an
# organisation's unnamed spokesman or statement speaks for it; 21: surnames that are organisations' words
# (`Banks said` after `Physio Mike Banks`) (2026-12-05, evening); 22: a quote after its subject's reported
# speech, someone of a person's is not that person; 23: a quote said by a description we do not know is nobody's;
# 24: abstract nouns, British places and plural nouns opening a sentence are no people, a firm's chairman or board
# (2026-12-05, night); 25: a sentence headed by `Mr` and a name announces the quote after it, one word only
# told at a sentence's end is an outlet, a name in a wire's angle brackets is a company, names with
# particles whole, a story naming no country is its dateline's, an opening adverb signs no quote,
# nor a name going on to say more after a whole sentence quoted, `from` like `of` after a name,
# `said a proud coach Mike Ruddock`, a spokesman for an organisation, the he of a described subject,
# `Re` a reinsurer's word (2026-12-06); 26: a name inside a relative clause is not the one the verb after it is
# of, `Star` names no paper before a work or alone at a sentence's head, a spokesman for a body known by its
# initials in brackets, a gender from `<name> said he`, a person of a body named after its place, a quote
# opening a paragraph after words quoted with a speech verb, a word always numbered is no one, Chinese and
# Korean family names first, a role given to no one describes the story's subject, a person with a role at an
# organisation speaks though the comma is unclosed, the one a paper reports or quotes speaks, a firm without
# its legal form or by its ticker is one firm, sports clubs and players' roles, a participle before a noun is
# no speech verb, a nickname in quotes inside a name, a capitalised particle links, common words before `and`
# open one name, `and` before a nationality and a title joins two people, a spokesman's woven words, a
# sentence its speaker heads announces the quote after it (2026-12-06, morning); v34 (2026-12-07): a stop glued to a
# quote's mark ends the sentence, `the spokesman` is the one brought in before, a statement is its owner's, dashed
# asides, a firm named for two or where it is, not-name words as surnames, opening clauses, campaigns named by
# common words, and a name a preposition takes is spoken of; v35 (2026-12-07, evening): a sentence opening with a
# description is about the one it describes, a paper's word alone is the firm it opens, Sunday papers, journals of
# record, letters that name no body, a wire's capital after `U.S.`, given names written short in firms' names; v36
# (2026-12-07, session 37): possessive spokesmen, `a spokesman for the firm`, a body's two word orders, a legal form
# that ends a name, the words before a firm's `and`, tickers after `symbol`, models' codes, `the Times` of a story;
# v37 (2026-12-07, session 38): a name ending with someone's, a sport's roles (`champion`, `prop`), a firm's noun
# before its name, one-word bodies' spokesmen, a quote alone after reported speech whose last verb is inside it;
# v38 (session 39): bodies a spokesman names, the `he` of reported speech, family members; v39 (2026-12-07,
# session 40): an owner before a surname, titles as roles, known bodies by one word, faiths, one-word works,
# progressive speech verbs, according-to and set-off speakers, `quoted him`, dismissed and hailed, spelt-out
# letters, U.S. capitals, spokesmen who close a sentence, asides; v40 (2026-12-07, session 41): names no mention
# covered across the corpora (`the Justice Department`, a plural's apostrophe, an officer's body, a party's
# possessive, foreign firms' words, a seat that speaks), a wire's `"s`, verbs joined by `and`/`but`; v41 (2026-12-07,
# session 42): a trade's word alone after `the` opens a name with `and` inside (`the Transport and General Workers'
# Union`), a league's word after a title's (`the Premier League`),
# a speech verb's bare form opens no unnamed speaker (`A 10x7in snap at Boots would cost`), a body's word before another's
# no head (`the Securities and Exchange Commission` is no `exchange`), `the exchange` the subject among several, a named
# surname run on from a body's name (`…Exchange Commission Moller said`), a workers' federation `the union`,
# a participle goes on from the first speech verb's he or she (`He said Mr Blair had spoken with "…", adding: "…"`),
# Portuguese `do` in a name (`Banco do Brasil`), tables name no one; v42 (2026-12-08, session 43): a work's title
# opening a sentence, `and I quote`, `First Trump`, a woman's given name alone, bodies brought in unnamed, a body's
# council, a party's report, unnamed spokesmen and offices, works in lists, numbers and holidays after names,
# `Adding, "…"`, a participle's subject past prepositions, owners and followers
EXTRACTION_VERSION = "42"
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known only to the day of the month: a wire dateline without a year.

    Kept rather than guessed: inventing a year would put the story in the wrong place on every date
    filter, so the indexer reports these and leaves `Article.date` empty.
    """

    month: int
    day: int

    def iso(self) -> str:
        """ISO 8601 form for a date without a year (`--MM-DD`)."""
        return f"--{self.month:02d}-{self.day:02d}"


@dataclass(slots=True)
class Entity:
    """A person or organisation named in an article, with every place it is mentioned."""

    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"name": self.name, "aliases": list(self.aliases), "mentions": [list(m) for m in self.mentions]}


@dataclass(slots=True)
class Quote:
    """One direct quote: `start`/`end` delimit the quoted words without their marks."""

    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_mention: tuple[int, int] | None = None
    kind: str = "speech"

    def to_json(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "speaker": self.speaker,
            "speaker_mention": list(self.speaker_mention) if self.speaker_mention else None,
        }


@dataclass(slots=True)
class Article:
    """One news story, as read from one record of one source file."""

    title: str
    body: str
    source_path: str  # where it came from: a file path, or `archive.tar.gz!member`
    record_key: str = ""  # which record inside the file ("" when the file holds one story)
    native_id: str = ""  # the id the source gives it (Reuters NEWID, a JSON id, a URL's last segment)
    source: str = ""  # the outlet or agency: "Reuters", "TASS", a feed's title
    subtitle: str = ""
    date: datetime | None = None
    partial_date: PartialDate | None = None
    place: str = ""
    dateline: str = ""  # the dateline as written (`IGORA /Leningrad Region/, December 26. /TASS/.`)
    agency: str = ""
    url: str = ""
    author: str = ""
    id: str = ""  # the archive-wide id, set by the indexer from source and native id
    tags: dict[str, list[str]] = field(default_factory=dict)  # index terms the source itself gives
    persons: list[Entity] = field(default_factory=list)
    organisations: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    @property
    def key(self) -> str:
        """Identity of the record within the archive: stable across runs, used to update in place."""
        return f"{self.source_path}#{self.record_key}" if self.record_key else self.source_path

    def date_iso(self) -> str | None:
        if self.date is not None:
            return self.date.isoformat()
        if self.partial_date is not None:
            return self.partial_date.iso()
        return None

    def to_json(self, fields: tuple[str, ...] | None = None) -> dict:
        """The article as JSON-ready data (all of it, or just `fields`); offsets index into `body`."""
        data = {
            "id": self.id,
            "native_id": self.native_id,
            "title": self.title,
            "subtitle": self.subtitle,
            "date": self.date_iso(),
            "source": self.source,
            "place": self.place,
            "dateline": self.dateline,
            "agency": self.agency,
            "author": self.author,
            "url": self.url,
            "file": self.source_path,
            "record": self.record_key,
            "body": self.body,
            "persons": [p.to_json() for p in self.persons],
            "organisations": [o.to_json() for o in self.organisations],
            "quotes": [q.to_json() for q in self.quotes],
            "tags": self.tags,
        }
        return {k: data[k] for k in fields} if fields else data

    def content_hash(self) -> str:
        """Hash of everything a reader produced; equal hashes mean nothing to re-index."""
        h = hashlib.blake2b(digest_size=16)
        h.update(EXTRACTION_VERSION.encode())
        for part in (
            self.title, self.subtitle, self.body, self.source, self.place, self.agency, self.url,
            self.author, self.native_id, self.date_iso() or "",
        ):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\x1f")
        return h.hexdigest()


@dataclass(slots=True)
class ReadProblem:
    """Input that could not be read, or was read with a caveat; always names the file (and record)."""

    path: str
    reason: str
    record: str = ""
    fatal: bool = True  # False for a warning: the article was still indexed

    def __str__(self) -> str:
        where = f"{self.path} [{self.record}]" if self.record else self.path
        return f"{where}: {self.reason}"
