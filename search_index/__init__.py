"""Dateline below the screen: articles, readers, extraction, the index, queries, search and facets.

The rest of the project uses only what is exported here, and Whoosh stays inside this package (the index:
`store.py`, `schema.py`, `query.py`, `fastsearch.py`, `whoosh_tuning.py`, `mmapstore.py`; its stemmer in
`stemming.py`, used by `snippets.py`). Names are loaded on first use, so that the browser, which searches an existing index, does not
import the readers and the extraction word lists.
"""

from __future__ import annotations

import importlib

_WHERE = {
    "IndexSummary": "indexer", "Progress": "indexer", "index_sources": "indexer",
    "cite_article": "citation", "cite_quote": "citation", "date_text": "citation",
    "Article": "model", "Entity": "model", "PartialDate": "model", "Quote": "model", "ReadProblem": "model",
    "bundled_archive_dir": "paths", "default_index_dir": "paths", "resolve_index_dir": "paths",
    "QueryError": "query",
    "ReadOptions": "readers", "read_input": "readers",
    "Hit": "results", "IndexStats": "results", "SearchRequest": "results", "SearchResult": "results",
    "Snippet": "results", "match_spans": "snippets",
    "iter_inputs": "sources",
    "ArchiveIndex": "store", "IndexBusy": "store", "IndexProblem": "store", "IndexMissing": "store",
    "one_line": "textclean", "quote_line": "textclean", "safe_name": "textclean",
    "terminal_safe": "textclean",
}
_RENAMED = {"IndexProblem": "IndexError_"}


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), _RENAMED.get(name, name))
    globals()[name] = value
    return value


__all__ = sorted(_WHERE)
