"""The Whoosh schema: which fields exist, how each is analysed, and what is stored.

Two kinds of entity fields: `person` / `organisation` / `speaker` are analysed into lowercase words so that
`person:lavrov` finds "Sergey Lavrov"; `facet_*` fields hold each canonical name as one exact term, which is
what facet counts and filters use (one person is one facet value).
"""

from __future__ import annotations

from whoosh import analysis, fields

from .stemming import stem
from .whoosh_tuning import FastText

# 3: text fields are FastText (an older Dateline cannot read them, and says so); an index of schema 2 reads
# and updates as before. 4: `us` and `may` are words, not stop words, and `use` is not stemmed to `us`
# (stemming.py, which the stored schema names: an older Dateline cannot load it, and says so)
SCHEMA_VERSION = 4
READABLE_SCHEMA_VERSIONS = (2, 3, 4)

# Values of multi-valued exact fields are joined with this separator (never found in a name).
VALUE_SEP = "\x1f"

# Free words search one field: `content` holds the title twice (so that titles weigh double), the subtitle and
# the body. One field instead of three makes every word one term to match, not an OR of three.
FULLTEXT_FIELDS = ("content",)
FACET_FIELDS = {"person": "facet_person", "organisation": "facet_org", "source": "facet_source"}


# Whoosh's stop words, less those a news archive is searched for: `US` (the country), `May` (the month,
# Theresa May). The list is kept in each index with its schema, so an index built before keeps its own.
STOP_WORDS = analysis.STOP_WORDS - {"us", "may"}


def _text_analyzer() -> analysis.Analyzer:
    """Words, lowercased, stop words dropped, stemmed: `talks` finds `talk`, `talking`; `US` is not `use`."""
    return analysis.StemmingAnalyzer(stemfn=stem, stoplist=STOP_WORDS, cachesize=100_000)


# what joins a name's parts into one word of the name fields (`U.S`, `O'Sullivan`, `Kilroy-Silk`)
NAME_JOINERS = r"[.'\u2019\-]"


def _name_analyzer() -> analysis.Analyzer:
    """Names and places: lowercase words, no stemming and no stop words (`The Hague`, `Who`)."""
    return analysis.RegexTokenizer(r"\w+(?:" + NAME_JOINERS + r"\w+)*") | analysis.LowercaseFilter()


def _exact_analyzer() -> analysis.Analyzer:
    """One term per value, as written: the facet values."""
    return analysis.RegexTokenizer(r"[^" + VALUE_SEP + r"]+")


def _unscored(field: fields.FieldType) -> fields.FieldType:
    """A field that filters (`person:kellan`, `source:reuters`) rather than ranks: no per-document length is
    written for it (a column per field, a fifth of the time spent writing each document's values), and its
    words score by their count, as Whoosh does for any unscorable field."""
    field.scorable = False
    return field


def build_schema() -> fields.Schema:
    """Text fields are `FastText`: Whoosh's TEXT, analysed in one pass (see whoosh_tuning)."""
    text = _text_analyzer()
    names = _name_analyzer()
    exact = _exact_analyzer()
    return fields.Schema(
        key=fields.ID(stored=True, unique=True, sortable=True),
        id=fields.ID(stored=True),
        native_id=fields.ID(stored=True),
        hash=fields.ID(sortable=True),  # a column: incremental runs read key/hash/path without loading bodies
        content=FastText(analyzer=text),
        title=FastText(analyzer=text, stored=True),
        subtitle=fields.STORED(),
        body=fields.STORED(),
        date=fields.DATETIME(stored=True, sortable=True),
        partial_date=fields.ID(stored=True),
        source=_unscored(FastText(analyzer=names, stored=True)),
        place=_unscored(FastText(analyzer=names, stored=True)),
        author=_unscored(FastText(analyzer=names, stored=True)),
        person=_unscored(FastText(analyzer=names)),
        organisation=_unscored(FastText(analyzer=names)),
        speaker=_unscored(FastText(analyzer=names)),
        facet_person=fields.KEYWORD(analyzer=exact),
        facet_org=fields.KEYWORD(analyzer=exact),
        facet_source=fields.KEYWORD(analyzer=exact),
        dateline=fields.STORED(),
        agency=fields.STORED(),
        url=fields.STORED(),
        source_path=fields.ID(stored=True, sortable=True),
        extraction=fields.STORED(),  # persons, organisations and quotes with offsets, as compact JSON
        tags=fields.STORED(),
    )
