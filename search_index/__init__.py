"""Dateline below the screen: articles, readers, extraction, the index, queries, search and facets.

The rest of the project uses only what is exported here; Whoosh stays inside `store.py`, `schema.py`,
`query.py` and `facets.py`.
"""

from .indexer import IndexSummary, Progress, index_sources
from .model import Article, Entity, PartialDate, Quote, ReadProblem
from .paths import bundled_archive_dir, default_index_dir, resolve_index_dir
from .query import QueryError
from .readers import ReadOptions, read_input
from .results import Hit, IndexStats, SearchRequest, SearchResult, Snippet
from .sources import iter_inputs
from .store import ArchiveIndex, IndexBusy, IndexError_ as IndexProblem, IndexMissing
from .textclean import one_line, safe_name, terminal_safe

__all__ = [
    "Article", "ArchiveIndex", "Entity", "Hit", "IndexBusy", "IndexMissing", "IndexProblem", "IndexStats",
    "IndexSummary", "PartialDate", "Progress", "Quote", "QueryError", "ReadOptions", "ReadProblem",
    "SearchRequest", "SearchResult", "Snippet", "bundled_archive_dir", "default_index_dir", "index_sources",
    "iter_inputs", "one_line", "read_input", "resolve_index_dir", "safe_name", "terminal_safe",
]
