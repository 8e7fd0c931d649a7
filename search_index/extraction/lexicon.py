"""Word lists shipped as package data (`search_index/wordlists/*.txt`), loaded once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def wordlist_rows(name: str) -> list[list[str]]:
    """The rows of a shipped word list: tab-separated fields, comments (`#`) and blank lines left out."""
    text = resources.files("search_index").joinpath("wordlists", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([field.strip() for field in line.split("\t")])
    return rows


@dataclass(frozen=True)
class Title:
    words: tuple[str, ...]
    head: str  # the role noun a later mention uses ("minister"), "" for honorifics
    gender: str  # m, f or ""


@dataclass(frozen=True)
class OrgWord:
    kind: str
    head: str


@dataclass(frozen=True)
class Lexicon:
    given: dict[str, str]  # given name -> m/f/u
    titles: dict[tuple[str, ...], Title]  # keyed by lowercased words
    title_max: int
    title_last_words: frozenset[str]  # the last word of any title: a cheap first test before a full match
    title_first_words: frozenset[str]  # the first word of any title: the same, from the other end
    title_heads: frozenset[str]
    org_words: dict[str, OrgWord]  # keyed by the word as written
    org_heads: frozenset[str]
    places: frozenset[str]
    demonyms: frozenset[str]
    cue_forms: dict[str, str]  # inflected form (lowercase) -> lemma
    not_names: frozenset[str]
    known_orgs: frozenset[str]  # organisations news names like people (`Morgan Stanley said`)
    # those whose names hold small words (`Friends of the Earth`), by each word a small word follows: the name's
    # words and how many of them come up to that small word, for the runs of names to join over them
    known_phrases: dict[str, tuple[tuple[tuple[str, ...], int], ...]]
    group_nouns: frozenset[str]  # plural nouns for groups of people (`Exporters said`): no one's name alone
    family_first: frozenset[str]  # Chinese and Korean family names, which come first (`Deng Xiaoping`)
    sports_clubs: frozenset[str]  # clubs named by a town and a word (`Manchester United`)
    countries: frozenset[str]  # the countries of `countries.txt`, whose sides are no clubs (`England captain`)


_TOO_COMMON = {"go", "goes", "went", "going", "gone", "come", "comes", "came", "coming", "get", "gets", "got",
               "getting", "make", "makes", "made", "making", "take", "takes", "took", "taken", "taking", "set",
               "sets", "setting", "put", "puts", "putting", "give", "gives", "gave", "given", "giving", "keep",
               "keeps", "kept", "keeping", "carry", "carries", "carried", "carrying", "look", "looks", "looked"}


# the generic nouns a story uses for an organisation of a kind, besides its own head (`the Post` is `the
# newspaper`, `the paper`, `the daily`; `Clearwater Watch` is `the group`)
# (not `producer`, `maker`: a theatre's producer, a market maker, a film maker are people)
FIRM_NOUNS = ("giant", "distributor", "manufacturer", "carmaker", "automaker", "chipmaker", "drugmaker",
              "retailer", "supplier", "insurer", "lender", "airline", "conglomerate", "housebuilder",
              "homebuilder", "refiner", "brewer", "exporter", "importer")
GENERIC_HEADS = {
    "media": ("outlet", "publication"),
    "newspaper": ("paper", "daily", "outlet", "publication"),
    "magazine": ("publication", "outlet"),
    "ngo": ("group", "organization", "organisation"),
    "party": ("group",),
    "union": ("union", "group", "organization", "organisation"),  # (a workers' federation is `the union` too)
    "international": ("organization", "organisation", "body"),
    "religious": ("group", "organization", "organisation"),
    # (what a story calls a firm it has named: `The German giant said`, `the packaged goods distributor said`)
    "company": ("company", "firm", *FIRM_NOUNS),
    "finance": ("company", "firm"),
}


def generic_heads(word: OrgWord) -> tuple[str, ...]:
    return GENERIC_HEADS.get(word.head, ()) + GENERIC_HEADS.get(word.kind, ())


def _known_phrases(known_orgs: frozenset[str]) -> dict[str, tuple[tuple[tuple[str, ...], int], ...]]:
    """The known names holding small words, by each capitalised word a small word follows in them."""
    table: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for name in sorted(known_orgs):
        words = tuple(name.split())
        for k in range(1, len(words)):
            if words[k][:1].islower() and words[k - 1][:1].isupper():
                table.setdefault(words[k - 1], []).append((words, k))
    return {w: tuple(v) for w, v in table.items()}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    given = {}
    for row in wordlist_rows("given_names.txt"):
        given[row[0]] = row[1] if len(row) > 1 else "u"
    titles = {}
    for row in wordlist_rows("titles.txt"):
        words = tuple(row[0].lower().split())
        head = row[1] if len(row) > 1 and row[1] != "-" else ""
        gender = row[2] if len(row) > 2 and row[2] in ("m", "f") else ""
        titles[words] = Title(words, head, gender)
    known_orgs = frozenset(r[0] for r in wordlist_rows("known_orgs.txt"))
    org_words = {}
    for row in wordlist_rows("org_words.txt"):
        org_words[row[0]] = OrgWord(row[1] if len(row) > 1 else "", row[2] if len(row) > 2 else "")
    cue_forms = {}
    for row in wordlist_rows("cue_verbs.txt"):
        form = row[0].lower()
        cue_forms[form] = row[1].lower() if len(row) > 1 else form
        first = form.split()[0]
        # "shot back", "pointed out": the verb alone marks the cue next to a quote, unless it is a verb of
        # everything ("went on", "came back")
        if " " in form and first not in _TOO_COMMON:
            cue_forms.setdefault(first, cue_forms[form])
    return Lexicon(
        given=given,
        titles=titles,
        title_max=max((len(k) for k in titles), default=1),
        # (not a pageant's place: `America` before a name is no title, though `Miss America` is one)
        title_last_words=frozenset(k[-1] for k in titles if k[0] != "miss" or len(k) == 1),
        title_first_words=frozenset(k[0] for k in titles),
        title_heads=frozenset(t.head for t in titles.values() if t.head),
        org_words=org_words,
        org_heads=frozenset({o.head for o in org_words.values() if o.head} |
                            {h for o in org_words.values() for h in generic_heads(o)}),
        places=frozenset(r[0] for r in wordlist_rows("places.txt")),
        demonyms=frozenset(r[0] for r in wordlist_rows("demonyms.txt")),
        cue_forms=cue_forms,
        not_names=frozenset(r[0] for r in wordlist_rows("not_names.txt")),
        known_orgs=known_orgs,
        known_phrases=_known_phrases(known_orgs),
        group_nouns=frozenset(r[0] for r in wordlist_rows("group_nouns.txt")),
        family_first=frozenset(r[0] for r in wordlist_rows("family_first_surnames.txt")),
        sports_clubs=frozenset(r[0] for r in wordlist_rows("sports_clubs.txt")),
        countries=frozenset(r[0] for r in wordlist_rows("countries.txt")),
    )
