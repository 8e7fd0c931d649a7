"""The one place that talks to Whoosh: open an index, write articles, search with facets, fetch, count.

Nothing outside `search_index` imports `whoosh`; another engine could stand behind this same class.
"""

from __future__ import annotations

import collections
import difflib
import errno
import json
import os
import re
import time
from contextlib import contextmanager
from datetime import datetime
import shutil
from threading import RLock
from typing import Callable, Iterator

import numpy as np
from whoosh import collectors, index, query as wq
from whoosh.codec.whoosh3 import W3Codec
from whoosh.index import TOC, clean_files
from whoosh.util.times import datetime_to_long, long_to_datetime
from whoosh.reading import SegmentReader
from whoosh.writing import SegmentWriter

from .crashpoints import crash_point

from .facets import ALIASES_FILE, FacetCache, organisation_aliases, segment_ids, surname_aliases
from .fastsearch import ArrayEngine, Unsupported, intersect_sorted
from .mmapstore import MmapFileStorage
from .paths import META_FILE, STATE_FILE
from .prefetch import prefetch
from .model import Article, Entity, PartialDate, Quote
from .query import QueryError, QueryParser
from .results import Hit, IndexStats, QuoteHit, SearchRequest, SearchResult
from .schema import FACET_FIELDS, NAME_JOINERS, READABLE_SCHEMA_VERSIONS, SCHEMA_VERSION, VALUE_SEP, build_schema
from .snippets import make_snippet
from .writelock import LockBusy, WriteLock
from . import whoosh_tuning

whoosh_tuning.install()  # field lengths read a column at a time, for writing and scoring alike



class _TopAndAll(collectors.TopCollector):
    """The top hits by score and, in the same pass, every matching docnum (for the total and the facets).

    One pass, not Whoosh's optimised top-N collector followed by a listing of every match: for phrases the
    matching itself is the cost, and a second run doubled it. Which words matched is not recorded per
    document (Whoosh's TermsCollector cost more than the scoring); see _query_terms.
    """

    def __init__(self, limit: int):
        # replace=0: Whoosh would otherwise swap in a cheaper matcher once a document cannot reach the top N
        # (an OR whose rarer word can no longer lift a hit): right for the top, but it skips those documents,
        # and here every match is counted
        super().__init__(limit=limit, usequality=False, replace=0)
        self.everything: list[int] = []

    def collect(self, sub_docnum):
        self.everything.append(self.offset + sub_docnum)
        return super().collect(sub_docnum)

    def all_ids(self):
        return self.everything

    def count(self):
        return len(self.everything)


def _positive_leaves(q: wq.Query) -> Iterator[wq.Query]:
    """The leaf queries whose words can appear in a hit: everything but what NOT and ANDNOT exclude."""
    if isinstance(q, wq.Not):
        return
    if isinstance(q, wq.AndNot):
        yield from _positive_leaves(q.a)
        return
    if q.is_leaf():
        yield q
        return
    for child in q.children():
        yield from _positive_leaves(child)


def _query_terms(q: wq.Query, reader, fields: tuple[str, ...]) -> set[str]:
    """The words of the query, as the index holds them, that a hit's snippet should highlight (prefixes and
    wildcards expanded to the words they match). Found from the query, not by recording which terms matched
    which document: that costs a Python call per hit, thousands of them for a common word."""
    words: set[str] = set()
    for leaf in _positive_leaves(q):
        if isinstance(leaf, wq.Phrase) and leaf.fieldname in fields and len(leaf.words) > 1 and leaf.slop <= 1:
            # a phrase is one term of its words (`without data`): marked where they stand in a row, not each
            # word wherever it is (snippets.match_spans)
            words.add(" ".join(leaf.words))
            continue
        try:
            existing = leaf.existing_terms(reader, phrases=True, expand=True)
        except Exception:  # a leaf that cannot list its terms (a range, a nested query) highlights nothing
            continue
        for fieldname, text in existing:
            if fieldname in fields:
                words.add(text.decode("utf-8") if isinstance(text, bytes) else str(text))
    return words


class IndexError_(RuntimeError):
    """An index that cannot be opened or written, with a message fit for the user."""


class IndexMissing(IndexError_):
    pass


class IndexBusy(IndexError_):
    pass


# The files an index folder holds: Whoosh's (MAIN_*, _MAIN_*.toc, the MAIN.tmp folder, the write lock MAIN_WRITELOCK),
# Dateline's own (its version file, the record of files read, the surname map), and their temporary files (a
# leading dot)
_OWN_FILES = (META_FILE, STATE_FILE, ALIASES_FILE)
_INDEX_FILE_RE = re.compile(r"^\.?(?:_?MAIN[_.]|" + "|".join(map(re.escape, _OWN_FILES)) + ")")


def _name_words(name: str, analyzer) -> list[str]:
    """A name's words as the speaker field splits them (`Kilroy-Silk` and `O'Sullivan` are one word each), with
    the typeset apostrophe as the plain one, so that a name typed either way is the same name."""
    return [t.text.replace("\u2019", "'") for t in analyzer(name)]


# what splits a speaker field's word into the parts a name may be asked for by (`Silk` of `Kilroy-Silk`)
_NAME_PART_SPLIT_RE = re.compile(NAME_JOINERS)


def _speaker_term(word: str, parts: dict[str, list[str]]) -> wq.Query:
    """The speaker field's terms for a word: the word, set with either apostrophe, and the words it is a part of
    (`kilroy` is in `kilroy-silk`)."""
    terms = [word] + ([word.replace("'", "\u2019")] if "'" in word else []) + parts.get(word, [])
    return wq.Term("speaker", word) if len(terms) == 1 else wq.Or([wq.Term("speaker", t) for t in terms])


def _spoken_by(speaker: str | None, wanted: list[str], surnames: list[list[str]], analyzer) -> bool:
    """A quote's speaker is the one asked for: every word asked for is in the speaker's name (or is a part of one
    of its words: `Silk` of `Kilroy-Silk`), or the name is exactly a surname the archive merges into the full name
    asked for."""
    if not speaker:
        return False
    words = _name_words(speaker, analyzer)
    if words in surnames:
        return True
    known = set(words).union(*(_NAME_PART_SPLIT_RE.split(word) for word in words))
    return all(w in known for w in wanted)


def _foreign_files(path: str) -> list[str]:
    """The names in folder `path` that are not an index's own files (nothing for a folder not there yet)."""
    try:
        names = sorted(os.listdir(path))
    except OSError:
        return []
    return [n for n in names if not _INDEX_FILE_RE.match(n)]


def _listed(names: list[str]) -> str:
    return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")


def _os_problem(exc: OSError, path: str, doing: str) -> IndexError_:
    """An OSError from the index folder as a message that says what to do about it."""
    if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
        return IndexError_(f"the disk holding the index at {path} is full (no space left while {doing}); "
                           "the index keeps its last commit: free some space and run `dateline index` again")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM) and doing == "creating":
        return IndexError_(f"cannot create an index at {path}: {exc.strerror} ({exc.filename or path}); "
                           "choose a writable folder with --index DIR or $DATELINE_INDEX")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return IndexError_(f"the index folder {path} is read-only ({exc.strerror}); searching it works, "
                           "but to add articles use a writable folder (--index DIR or $DATELINE_INDEX)")
    return IndexError_(f"{doing} the index at {path} failed: {exc.strerror or exc}")


def _entities_to_json(entities: list[Entity]) -> list:
    return [[e.name, e.aliases, [list(m) for m in e.mentions]] for e in entities]


def _most_named(entities: list) -> list:
    """Stored entities ([name, aliases, mentions]) the article names most first, in the order named on a tie:
    a hit's first organisation is what `o` picks, and the first named is often the agency of a wire's dateline."""
    return sorted(entities, key=lambda e: -len(e[2]))


def article_to_doc(article: Article, content_hash: str | None = None) -> dict:
    """The Whoosh document for an article: empty fields are left out (Whoosh cannot index None).
    `content_hash` is the article's, when the caller has it already."""
    persons = [p.name for p in article.persons]
    orgs = [o.name for o in article.organisations]
    speakers = sorted({q.speaker for q in article.quotes if q.speaker})
    extraction = {
        "persons": _entities_to_json(article.persons),
        "organisations": _entities_to_json(article.organisations),
        "quotes": [[q.start, q.end, q.speaker, list(q.speaker_mention) if q.speaker_mention else None, q.kind]
                   for q in article.quotes],
    }
    doc = {
        "content": "\n".join((article.title, article.title, article.subtitle, article.body)),
        "key": article.key,
        "id": article.id,
        "native_id": article.native_id,
        "hash": content_hash or article.content_hash(),
        "title": article.title,
        "subtitle": article.subtitle,
        "body": article.body,
        "date": article.date,
        "partial_date": article.partial_date.iso() if article.partial_date else None,
        "source": article.source,
        "place": article.place,
        "author": article.author,
        "person": " ; ".join(persons + [a for p in article.persons for a in p.aliases]),
        "organisation": " ; ".join(orgs + [a for o in article.organisations for a in o.aliases]),
        "speaker": " ; ".join(speakers),
        "facet_person": VALUE_SEP.join(persons),
        "facet_org": VALUE_SEP.join(orgs),
        "facet_source": article.source,
        "dateline": article.dateline,
        "agency": article.agency,
        "url": article.url,
        "source_path": article.source_path,
        "extraction": json.dumps(extraction, ensure_ascii=False, separators=(",", ":")),
        "tags": json.dumps(article.tags, ensure_ascii=False, separators=(",", ":")) if article.tags else None,
    }
    return {k: v for k, v in doc.items() if v not in (None, "")}


def doc_to_article(stored: dict) -> Article:
    article = Article(
        title=stored.get("title", ""),
        body=stored.get("body", ""),
        source_path=stored.get("source_path", ""),
        native_id=stored.get("native_id", ""),
        source=stored.get("source", ""),
        subtitle=stored.get("subtitle", ""),
        date=stored.get("date"),
        place=stored.get("place", ""),
        dateline=stored.get("dateline", ""),
        agency=stored.get("agency", ""),
        url=stored.get("url", ""),
        author=stored.get("author", ""),
        id=stored.get("id", ""),
    )
    key = stored.get("key", "")
    if "#" in key and key.startswith(article.source_path):
        article.record_key = key[len(article.source_path) + 1:]
    partial = stored.get("partial_date")
    if partial:
        article.partial_date = PartialDate(int(partial[2:4]), int(partial[5:7]))
    if stored.get("tags"):
        article.tags = json.loads(stored["tags"])
    extraction = json.loads(stored.get("extraction") or "{}")
    article.persons = [Entity(n, a, [tuple(m) for m in ms]) for n, a, ms in extraction.get("persons", [])]
    article.organisations = [Entity(n, a, [tuple(m) for m in ms]) for n, a, ms in extraction.get("organisations", [])]
    body = article.body
    article.quotes = [
        Quote(s, e, body[s:e], spk, tuple(sm) if sm else None, kind)
        for s, e, spk, sm, kind in extraction.get("quotes", [])
    ]
    return article


class ArchiveIndex:
    """A Dateline index on disk. Safe to share between threads; readers see the last commit.

    `read_only=True` never creates or writes anything (several `dateline serve --ssh` sessions share one index
    that only `dateline index` changes)."""

    def __init__(self, path: str, *, create: bool = False, read_only: bool = False, prefetch: bool = False):
        if create and read_only:
            raise ValueError("an index opened read-only cannot be created")
        self.path = os.path.abspath(path)
        self.read_only = read_only
        self._lock = RLock()
        self._facets = FacetCache(self.path, writable=not read_only)
        self._searcher = None
        self._searcher_version: tuple | None = None
        self._aliases: tuple[object, dict[str, dict[str, str]]] | None = None
        self._speaker_aliases: tuple[object, dict[str, str]] | None = None  # (the maps it was made of, the merge)
        self._speaker_parts: tuple[object, dict[str, list[str]]] | None = None
        self._array_engine: tuple[object, ArrayEngine] | None = None
        # the browser asks for its segments' files to be read ahead (prefetch.py); a one-shot command does not
        self._prefetch_files = prefetch
        self._prefetched: set[str] = set()  # segments whose files were read ahead
        self.notices: list[str] = []  # things the user should hear about (a recovered lock), newest last
        if not index.exists_in(self.path):
            if not create:
                if os.path.isdir(self.path):
                    raise IndexMissing(f"{self.path} is not a Dateline index (no index files in it): "
                                       f"run `dateline index --index {self.path} SOURCE...` to create one")
                raise IndexMissing(f"no index at {self.path}: run `dateline index SOURCE...` to create it "
                                   "(--index DIR or $DATELINE_INDEX choose another folder)")
            self._ix = self._create()
        else:
            self._check_meta()
            self._ix = self._open()
        self.parser = QueryParser(self._ix.schema)

    def _create(self):
        """A new, empty index. The version file is written first (atomically) and the empty table of contents
        last, so a creation killed half-way leaves a folder that is simply not an index yet. Only in a new or
        empty folder (or one holding a half-made index): an index among other files would be deleted with them
        by a rebuild, and read as articles when the folder is also a source."""
        foreign = _foreign_files(self.path)
        if foreign:
            raise IndexError_(
                f"not creating an index in {self.path}: the folder holds other files ({_listed(foreign)}); "
                "give --index a new or empty folder")
        try:
            os.makedirs(self.path, exist_ok=True)
            lock = WriteLock(self.path)
            lock.acquire(timeout=2.0)
        except OSError as exc:
            raise _os_problem(exc, self.path, "creating") from None
        except LockBusy as busy:
            raise IndexBusy(f"another process ({busy}) is creating the index at {self.path}; "
                            "try again when it has finished") from None
        try:
            if index.exists_in(self.path):  # another process created it while we waited
                self._check_meta()
                return self._open()
            self._write_meta()
            return MmapFileStorage(self.path).create_index(build_schema())
        except OSError as exc:
            raise _os_problem(exc, self.path, "creating") from None
        finally:
            lock.release()

    def _open(self):
        # Whoosh retries its reader when a writer deletes files under it; opening reads the newest table of
        # contents once, which a committing writer may remove between listing the folder and reading it
        for attempt in range(20):
            try:
                return MmapFileStorage(self.path).open_index()
            except (OSError, index.EmptyIndexError) as exc:
                if attempt == 19 or (isinstance(exc, OSError) and exc.errno != errno.ENOENT):
                    raise IndexError_(f"cannot open the index at {self.path}: {exc}; rebuild it with "
                                      "`dateline index --rebuild SOURCE...`") from None
                time.sleep(0.02)

    # --- housekeeping ------------------------------------------------------------------------------------
    def _write_meta(self) -> None:
        temp = os.path.join(self.path, f".{META_FILE}.{os.getpid()}")
        try:
            with open(temp, "w", encoding="utf-8") as fh:
                json.dump({"schema_version": SCHEMA_VERSION, "created": datetime.now().isoformat()}, fh)
            os.replace(temp, os.path.join(self.path, META_FILE))
        finally:
            if os.path.exists(temp):
                os.remove(temp)

    def _check_meta(self) -> None:
        try:
            with open(os.path.join(self.path, META_FILE), encoding="utf-8") as fh:
                version = json.load(fh).get("schema_version")
        except (OSError, ValueError):
            version = None
        if version not in READABLE_SCHEMA_VERSIONS:
            raise IndexError_(
                f"the index at {self.path} was built by another version of Dateline (schema {version}, "
                f"this one reads {SCHEMA_VERSION}): rebuild it with `dateline index --rebuild SOURCE...`"
            )

    @staticmethod
    def exists(path: str) -> bool:
        return index.exists_in(path)

    @staticmethod
    def delete(path: str) -> None:
        """Delete the index at `path` (for a rebuild): refused while another process writes to it. The folder is
        first renamed aside, so a deletion cut short leaves no half-deleted index behind, only the aside folder,
        which the next deletion removes."""
        path = os.path.abspath(path)
        parent, name = os.path.split(path)
        for leftover in os.listdir(parent):
            if leftover.startswith(f".{name}.deleting-"):
                shutil.rmtree(os.path.join(parent, leftover), ignore_errors=True)
        foreign = _foreign_files(path)
        if foreign:
            raise IndexError_(f"not deleting {path}: besides the index it holds other files ({_listed(foreign)}); "
                                "move them out first, or index into a folder of its own")
        lock = WriteLock(path)
        try:
            lock.acquire(timeout=0)
        except LockBusy as busy:
            raise IndexBusy(f"the index at {path} is busy: {busy} is writing to it; not deleting it") from None
        except OSError as exc:
            raise _os_problem(exc, path, "deleting") from None
        aside = os.path.join(parent, f".{name}.deleting-{os.getpid()}")
        try:
            os.rename(path, aside)
        except OSError as exc:
            raise _os_problem(exc, path, "deleting") from None
        finally:
            lock.release()
        shutil.rmtree(aside, ignore_errors=True)

    def __enter__(self) -> "ArchiveIndex":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None
            self._ix.close()

    def _current_searcher(self):
        """A searcher on the latest commit: reopened only when the index has changed (another process may be
        indexing into it: its commits show up at the next search)."""
        with self._lock:
            version = self.version()
            try:
                if version is None:
                    raise FileNotFoundError(f"no table of contents in {self.path}")
                if self._searcher is None or version != self._searcher_version:
                    # A fresh searcher, not Searcher.refresh(): refresh() reuses segment readers and so misses
                    # deletions committed into an existing segment (and fails on a once-empty index).
                    # The old one is not closed here: another thread (or this search, a moment ago) may still
                    # be reading hits from it; its files close when the last reference to it goes.
                    self._searcher = self._ix.searcher()
                    self._searcher_version = version
                    self._prefetch(self._searcher)
            except (OSError, index.EmptyIndexError) as exc:
                # the folder was deleted or replaced under us (`dateline index --rebuild` in another terminal)
                raise IndexError_(f"cannot read the index at {self.path} ({exc}); if it is being rebuilt, "
                                  "try again when that has finished") from None
            return self._searcher

    def _prefetch(self, searcher) -> None:
        """Have the system read the new segments' term and postings files ahead of the first searches (see
        prefetch.py); segments already asked for are not asked again."""
        if not self._prefetch_files:
            return
        segments = [s for s in segment_ids(searcher) if s not in self._prefetched]
        if segments:
            self._prefetched.update(segments)
            prefetch(self.path, segments)

    def version(self) -> tuple[int, int, int] | None:
        """Which commit is the newest on disk: its generation and the identity of its table of contents, so that
        an index rebuilt under us is told apart even when it reaches the same generation number. Changes whenever
        any process commits. None when the folder holds no index (deleted, or being rebuilt)."""
        for _attempt in range(5):
            try:
                generation = self._ix.latest_generation()
                if generation < 0:
                    return None
                st = os.stat(os.path.join(self.path, f"_{self._ix.indexname}_{generation}.toc"))
                return generation, st.st_ino, st.st_mtime_ns
            except FileNotFoundError:
                continue  # a commit replaced that table of contents between the listing and the stat
            except OSError:
                return None
        return None

    def doc_count(self) -> int:
        return self._current_searcher().doc_count()

    def size_bytes(self) -> int:
        total = 0
        for name in os.listdir(self.path):
            try:
                total += os.path.getsize(os.path.join(self.path, name))
            except OSError:
                pass
        return total

    # --- writing -----------------------------------------------------------------------------------------
    @contextmanager
    def writer(self, *, timeout: float = 2.0) -> Iterator["ArchiveWriter"]:
        """A writer holding the index's write lock until it ends; commits on success, cancels on error (the index
        keeps its last commit). Waits `timeout` seconds for another writer, then raises IndexBusy.

        Segments are written as separate files, not Whoosh's compound file: a reader copies a compound file's
        parts into memory (`BytesIO`), while separate files are read through the operating system's cache."""
        if self.read_only:
            raise IndexError_(f"the index at {self.path} is open read-only here; it is not changed")
        lock = WriteLock(self.path)
        try:
            lock.acquire(timeout)
        except LockBusy as busy:
            raise IndexBusy(f"the index at {self.path} is busy: {busy} is writing to it; "
                            "try again when it has finished") from None
        except OSError as exc:
            raise _os_problem(exc, self.path, "locking") from None
        try:
            if lock.stale is not None:
                self.notices.append(
                    f"recovered the write lock of {lock.stale.describe()}, which stopped without finishing "
                    f"(killed or crashed); its unsaved work is not in the index, which keeps its last commit")
            try:
                self._tidy()
                w = self.segment_writer()
            except OSError as exc:
                raise _os_problem(exc, self.path, "opening a writer on") from None
            aw = ArchiveWriter(self, w)
            try:
                yield aw
            except BaseException:
                aw.cancel()
                raise
            else:
                aw.commit()
                for then in aw.after_commit:
                    then()
        finally:
            lock.release()

    def segment_writer(self, *, locked: bool = True):
        """A Whoosh writer of one new segment. `locked=False` for a worker process writing a segment that the
        indexing process (which holds the lock) commits (segment_workers.py).

        compound=False: see writer(); posting lists of up to 8 documents (most words of an archive) kept inside
        the term's entry, not as a block of their own in the postings file: 14% less indexing time (see
        whoosh_tuning.install)"""
        codec = W3Codec(compression=3, inlinelimit=8)
        return SegmentWriter(self._ix, _lk=locked, limitmb=256, compound=False, codec=codec)

    def _tidy(self) -> None:
        """Delete what a killed or failed writer left behind: segment files no commit refers to, half-written
        tables of contents and Whoosh's scratch folder. Called with the write lock held, so no writer is using
        them; readers only ever open files that the newest commit refers to."""
        storage = self._ix.storage
        toc = TOC.read(storage, self._ix.indexname)
        clean_files(storage, self._ix.indexname, toc.generation, toc.segments)
        prefix = f"_{self._ix.indexname}_"
        for name in os.listdir(self.path):
            full = os.path.join(self.path, name)
            if name.startswith(prefix) and ".toc." in name:
                os.remove(full)
            elif name == f"{self._ix.indexname}.tmp" and os.path.isdir(full):
                shutil.rmtree(full, ignore_errors=True)
            elif name.startswith(f".{self._ix.indexname}_") and ".facet_" in name and name.endswith(".tmp"):
                os.remove(full)  # a facet table a crashed process was saving (facets.FacetCache._save)
            elif name.startswith(f".{ALIASES_FILE}.") and name.endswith(".tmp"):
                os.remove(full)  # a surname map a crashed process was saving (facets.FacetCache.save_aliases)

    def known(self) -> dict[str, tuple[str, str]]:
        """key -> (content hash, source path) for every article: what incremental indexing compares with."""
        reader = self._current_searcher().reader()
        if reader.doc_count() == 0:
            return {}
        keys = reader.column_reader("key")
        hashes = reader.column_reader("hash")
        paths = reader.column_reader("source_path")
        out: dict[str, tuple[str, str]] = {}
        for docnum in reader.all_doc_ids():
            out[_text(keys[docnum])] = (_text(hashes[docnum]), _text(paths[docnum]))
        return out

    def warm(self) -> None:
        """Build what the first search of a new commit needs and keep it beside the segments (the facet tables):
        `dateline index` does it once, so that the browser opens in a fraction of a second."""
        searcher = self._current_searcher()
        for fieldname in FACET_FIELDS.values():
            self._facets.table(searcher, fieldname)
        self.facet_aliases(searcher)  # and the alias maps, which the first page of results needs

    # --- reading -----------------------------------------------------------------------------------------
    def facet_aliases(self, searcher=None) -> dict[str, dict[str, str]]:
        """For "person" and "organisation": the values the facet counts under another (a surname alone or a
        shorter form under a full name, facets.surname_aliases; an acronym, a party's or a company's other
        forms under one name, facets.organisation_aliases), made once per commit and saved beside it."""
        searcher = searcher or self._current_searcher()
        with self._lock:
            if self._aliases is None or self._aliases[0] is not searcher:
                maps = self._facets.saved_aliases(searcher)
                if maps is None:
                    frequencies = self._facets.doc_frequencies
                    maps = {"person": surname_aliases(frequencies(searcher, FACET_FIELDS["person"])),
                            "organisation": organisation_aliases(frequencies(searcher, FACET_FIELDS["organisation"]),
                                                                 self._acronym_links(searcher))}
                    self._facets.save_aliases(searcher, maps)
                self._aliases = (searcher, maps)
            return self._aliases[1]

    def speaker_aliases(self, searcher=None) -> dict[str, str]:
        """A speaker's name as one story has it -> the name the archive counts them by: the person and
        organisation maps of facet_aliases in one (`Reagan` -> `Ronald Reagan`, `EU` -> `European Union`), made once
        per commit for the quotes listed, the browser's Quotes pane and who-said list, and the CLI."""
        searcher = searcher or self._current_searcher()
        maps = self.facet_aliases(searcher)
        with self._lock:
            if self._speaker_aliases is None or self._speaker_aliases[0] is not maps:
                self._speaker_aliases = (maps, {**maps.get("organisation", {}), **maps.get("person", {})})
            return self._speaker_aliases[1]

    def _speaker_word_parts(self, searcher) -> dict[str, list[str]]:
        """The speaker field's words that join parts (`kilroy-silk`, `o'sullivan`), listed under each part, made
        once per commit: so that `--speaker Kilroy` finds Robert Kilroy-Silk's quotes."""
        with self._lock:
            if self._speaker_parts is None or self._speaker_parts[0] is not searcher:
                found: dict[str, list[str]] = {}
                for term in searcher.reader().lexicon("speaker"):
                    word = term.decode("utf-8") if isinstance(term, bytes) else term
                    pieces = _NAME_PART_SPLIT_RE.split(word)
                    if len(pieces) > 1:
                        for piece in dict.fromkeys(pieces):
                            if piece:
                                found.setdefault(piece.replace("\u2019", "'"), []).append(word)
                self._speaker_parts = (searcher, found)
            return self._speaker_parts[1]

    def _acronym_links(self, searcher) -> Callable[[str, str], int]:
        """linked(acronym, name): how many stories name the organisation `name` with `acronym` among its forms
        (the `organisation` field holds each organisation's name and short forms)."""
        engine = self._engine(searcher)
        orgs = self._facets.table(searcher, FACET_FIELDS["organisation"])
        forms: dict[str, np.ndarray] = {}  # the stories holding each acronym, looked up once

        def linked(acronym: str, name: str) -> int:
            if acronym not in forms:
                forms[acronym] = engine.evaluate(wq.Term("organisation", acronym.lower())).docs
            if not len(forms[acronym]):
                return 0
            return len(np.intersect1d(forms[acronym], orgs.docs_of(name), assume_unique=True))

        return linked

    def person_aliases(self, searcher=None) -> dict[str, str]:
        """Person values -> the full name they merge into (see facets.surname_aliases)."""
        return self.facet_aliases(searcher)["person"]

    def _date_docs(self, searcher, ranges: list[wq.DateRange]) -> np.ndarray:
        """The documents every one of the date ranges admits (sorted docnums): from the date column as an array,
        where Whoosh's numeric-range expansion took half a second for a month of Reuters."""
        engine = self._engine(searcher)
        found: np.ndarray | None = None
        for r in ranges:
            start = datetime_to_long(r.startdate) if r.startdate is not None else None
            end = datetime_to_long(r.enddate) if r.enddate is not None else None
            docs = engine.dated_between(start, end)
            found = docs if found is None else intersect_sorted(found, docs)
        return found if found is not None else np.zeros(0, dtype=np.int64)

    def facet_name(self, kind: str, value: str) -> tuple[str | None, list[str]]:
        """The value of facet `kind` ("person", "organisation", "source") that `value` names, as the archive
        spells it: the value itself, or the one value equal to it in any case and spacing (`tony blair` is `Tony
        Blair`). Else None and up to three values it may have meant: names holding it (`kellan`), then names
        spelt like it (`Arvid Kelan`). For filters typed by hand, which match values exactly."""
        searcher = self._current_searcher()
        table = self._facets.table(searcher, FACET_FIELDS[kind])
        vocab = table.vocab
        # (a surname the People facet counts under a full name is that name: `hewitt` is Patricia Hewitt)
        merged = self.facet_aliases(searcher).get(kind, {})
        if value in set(vocab):
            return merged.get(value, value), []

        def counted(names: list[str]) -> list[str]:
            # each name as the facet counts it, once: the forms of one person are one suggestion (`Paul Volcker`
            # and `Paul A Volcker` had been two of three)
            return list(dict.fromkeys(merged.get(v, v) for v in names))

        folded = " ".join(value.split()).casefold()
        same = counted([v for v in vocab if " ".join(v.split()).casefold() == folded])
        if len(same) == 1:
            return same[0], []
        if same:
            return None, same[:3]

        def most_counted(names: list[str]) -> list[str]:
            counts: dict[str, int] = {}
            for name, n in zip(vocab, table.counts(np.arange(table.doc_count)).tolist()):
                counts[merged.get(name, name)] = counts.get(merged.get(name, name), 0) + n
            return sorted(counted(names), key=lambda v: (-counts[v], v))[:3]

        holding = [vocab[i] for i in np.flatnonzero(table.containing(folded))]
        if holding:
            return None, most_counted(holding)
        by_fold = {v.casefold(): v for v in vocab}
        close = counted([by_fold[v] for v in difflib.get_close_matches(folded, list(by_fold), n=6, cutoff=0.75)])
        if close:
            return None, close[:3]
        # a word of a name misspelt (`volker`, which no whole name is near): the names with a word spelt like it
        by_word: dict[str, list[str]] = {}
        for name in vocab:
            for word in name.casefold().split():
                if len(word) > 2:
                    by_word.setdefault(word, []).append(name)
        near = [w for part in folded.split() if len(part) > 2
                for w in difflib.get_close_matches(part, list(by_word), n=3, cutoff=0.8)]
        return None, most_counted([name for word in near for name in by_word[word]]) if near else []

    def _one_value(self, kind: str, value: str, aliases: dict[str, str]) -> wq.Query:
        """The articles the People (Organisations) facet counts under `value`: the value itself, and the values
        that merge into it across the archive (`Reagan` into `Ronald Reagan`, `EU` into `European Union`)."""
        same = [wq.Term(FACET_FIELDS[kind], value)]
        same += [wq.Term(FACET_FIELDS[kind], s) for s, full in aliases.items() if full == value]
        return wq.Or(same) if len(same) > 1 else same[0]

    def _as_counted(self, q: wq.Query, searcher) -> wq.Query:
        """`person:"Ronald Reagan"` finds what the facet counts under Ronald Reagan, the stories that call him
        Reagan alone included: a full name that the surname map merges into is also looked up as a facet value;
        as `org:"European Union"` finds the stories that say only `EU`."""
        asked = {fieldname for fieldname, _text in q.iter_all_terms()} & {"person", "organisation"}
        if not asked:
            return q
        maps = self.facet_aliases(searcher)
        full_names = {kind: {full.lower(): full for full in maps[kind].values()} for kind in asked}
        if not any(full_names.values()):
            return q

        def widen(node: wq.Query) -> wq.Query:
            kind = getattr(node, "fieldname", None)
            if kind not in full_names:
                return node
            if isinstance(node, wq.Phrase):
                said = " ".join(node.words)
            elif isinstance(node, wq.Term):
                said = str(node.text)
            else:
                return node
            full = full_names[kind].get(said.lower())
            return wq.Or([node, self._one_value(kind, full, maps[kind])]) if full else node

        return q.accept(widen)

    def _filters(self, req: SearchRequest, searcher) -> list[wq.Query]:
        """The picked people, organisations and sources, each a query every hit must match. They narrow the
        hits and never score them: see `_allowed`."""
        filters: list[wq.Query] = []
        maps = self.facet_aliases(searcher) if req.persons or req.organisations else {}
        for value in req.persons:
            filters.append(self._one_value("person", value, maps["person"]))
        for value in req.organisations:
            filters.append(self._one_value("organisation", value, maps["organisation"]))
        if req.sources:
            filters.append(wq.Or([wq.Term(FACET_FIELDS["source"], s) for s in req.sources]))
        return filters

    def _allowed(self, req: SearchRequest, searcher, date_ranges: list[wq.DateRange]) -> np.ndarray | None:
        """The documents the filters and date ranges admit (sorted docnums), or None when nothing narrows.
        Kept apart from the scored query: added to it, each filter put 1.0 (or 2.0, for a person known by two
        names in one story) on every hit's score, which reordered the hits a person filter kept."""
        if req.date_from or req.date_to:
            date_ranges = [*date_ranges, wq.DateRange("date", req.date_from, req.date_to)]
        allowed = self._date_docs(searcher, date_ranges) if date_ranges else None
        filters = self._filters(req, searcher)
        if filters:
            admitted = self._engine(searcher).evaluate(wq.And(filters) if len(filters) > 1 else filters[0]).docs
            allowed = admitted if allowed is None else intersect_sorted(allowed, admitted)
        return allowed

    def named_in_query(self, query: str, fieldname: str, names: list[str]) -> list[str]:
        """Of `names`, in their order, those that hold every word the query asks of `fieldname` (`speaker:hewitt`
        is `Patricia Hewitt`); none when the query asks nothing of it."""
        try:
            q = self.parser.parse(query) if query.strip() else None
        except QueryError:
            return []
        # (the words a hit must hold: not those a NOT leaves out)
        wanted = {t.decode("utf-8") if isinstance(t, bytes) else t for leaf in _positive_leaves(q)
                  for f, t in leaf.iter_all_terms() if f == fieldname} if q is not None else set()
        if not wanted:
            return []
        analyzer = self._ix.schema[fieldname].analyzer
        return [name for name in names if wanted <= {t.text for t in analyzer(name)}]

    def search(self, req: SearchRequest) -> SearchResult:
        """Ranked hits for one page, the exact total, and facet counts over all hits. Raises QueryError."""
        started = time.perf_counter()
        user_q = self.parser.parse(req.query)
        searcher = self._current_searcher()  # one commit for the whole search, even if another lands meanwhile
        q, date_ranges = _split_dates(self._as_counted(user_q, searcher))
        allowed = self._allowed(req, searcher, date_ranges)
        if allowed is not None and not len(allowed):  # Whoosh reads an empty filter as no filter at all
            q, allowed = wq.NullQuery, None
        limit = max(1, req.offset + req.limit)
        engine = self._engine(searcher)
        try:
            matches = engine.evaluate(q)
        except Unsupported:
            matches = None
        if matches is not None:
            matched, top_docs, top_scores = engine.top(matches, limit, allowed)
            end = req.offset + req.limit  # limit is at least 1 for the engine; the page may be empty
            page = list(zip(top_docs[req.offset:end].tolist(), top_scores[req.offset:end].tolist()))
        else:  # a query shape only Whoosh evaluates
            collector = _TopAndAll(limit)
            if allowed is not None:
                collector = collectors.FilterCollector(collector, allow=set(allowed.tolist()))
            searcher.search_with_collector(q, collector)
            results = collector.results()
            matched = np.sort(np.fromiter(results.docs(), dtype=np.int64))  # for the total and the facets
            page = [(h.docnum, h.score) for h in results[req.offset: req.offset + req.limit]]
        if req.sort in ("newest", "oldest"):
            by_date = engine.by_date(matched, limit, newest=req.sort == "newest")
            page = [(d, None) for d in by_date[req.offset: req.offset + req.limit].tolist()]
        body_terms = _query_terms(q, searcher.reader(), ("title", "content"))
        maps = self.facet_aliases(searcher)
        hits = [self._hit(searcher.stored_fields(docnum), score, maps, body_terms) for docnum, score in page]
        facets: dict[str, list[tuple[str, int]]] = {}
        total = len(matched)
        if req.facets:
            contains = dict(req.facet_contains)
            for name, fieldname in FACET_FIELDS.items():
                facets[name] = self._facets.count(searcher, fieldname, matched, req.facet_limit,
                                                  maps.get(name),
                                                  contains=contains.get(name, ""))
        return SearchResult(total, (time.perf_counter() - started) * 1000, hits, facets, sorted(body_terms))

    def _engine(self, searcher) -> ArrayEngine:
        """The array engine of this searcher (one commit), made once: its decoded postings serve every later
        search until the index changes."""
        with self._lock:
            if self._array_engine is None or self._array_engine[0] is not searcher:
                self._array_engine = (searcher, ArrayEngine(searcher))
            return self._array_engine[1]

    def _hit(self, stored: dict, score: float | None, maps: dict[str, dict[str, str]], terms: set[str]) -> Hit:
        snippet = make_snippet(stored.get("body", ""), terms)
        if terms and not snippet.highlights and stored.get("subtitle"):
            matched = make_snippet(stored["subtitle"], terms)  # the words were in the subtitle only
            snippet = matched if matched.highlights else snippet
        extraction = json.loads(stored.get("extraction") or "{}")
        partial = stored.get("partial_date", "")
        return Hit(
            id=stored.get("id", ""),
            key=stored.get("key", ""),
            title=stored.get("title", ""),
            date=stored.get("date"),
            partial_date=partial,
            source=stored.get("source", ""),
            place=stored.get("place", ""),
            score=float(score or 0.0),
            snippet=snippet,
            persons=list(dict.fromkeys(maps["person"].get(p[0], p[0])
                                       for p in _most_named(extraction.get("persons", [])))),
            organisations=list(dict.fromkeys(maps["organisation"].get(o[0], o[0])
                                             for o in _most_named(extraction.get("organisations", [])))),
            url=stored.get("url", "") or "",
        )

    def quotes(self, speaker: str = "", query: str = "", limit: int = 50,
               speakers: collections.Counter | None = None) -> tuple[int, list[QuoteHit]]:
        """Quotes across the archive, newest first: by a speaker (every word of `speaker` in the speaker's
        name), and with `query`'s words when it has free words. Returns (total quotes found, the first `limit`);
        `speakers`, when given, counts the speaker of every quote found (so that a caller can say that `Brown`
        is several people)."""
        if query.strip():
            self.parser.parse(query)  # its errors, with columns counted in the query as it was written
        parts: list = [query.strip()] if query.strip() else []
        searcher = self._current_searcher()
        names = self._ix.schema["speaker"].analyzer
        wanted = _name_words(speaker, names)
        # the names a speaker goes by: the words asked for, or a surname alone that the archive merges into the
        # full name asked for (`--speaker "Ronald Reagan"` takes the quotes of stories that call him Reagan), or an
        # acronym the archive merges into the organisation asked for (`EU` for `European Union`)
        aliases = self.speaker_aliases(searcher)
        known_as = [wanted] + [_name_words(alias, names) for alias, full in aliases.items()
                               if _name_words(full, names) == wanted] if wanted else [wanted]
        if wanted:
            word_parts = self._speaker_word_parts(searcher)
            parts.append(wq.Or([wq.And([_speaker_term(w, word_parts) for w in words]) for words in known_as if words]))
        # each part parsed alone, then joined: a query of only words left out (`-lib`) is no query inside brackets
        parsed = [p if isinstance(p, wq.Query) else self.parser.parse(p) for p in parts] or [self.parser.parse("")]
        q = parsed[0] if len(parsed) == 1 else wq.And(parsed)
        q, date_ranges = _split_dates(q)
        engine = self._engine(searcher)
        try:
            docs = engine.evaluate(q).docs
        except Unsupported:
            docs = np.sort(np.fromiter(searcher.docs_for_query(q), dtype=np.int64))
        if date_ranges:
            docs = intersect_sorted(docs, self._date_docs(searcher, date_ranges))
        newest_first = engine.by_date(docs, len(docs), newest=True)
        # the query's own words (not the speaker's name): a quote must hold one of them
        terms = _query_terms(self.parser.parse(query), searcher.reader(), ("content",)) if query.strip() else set()
        analyzer = self._ix.schema["content"].analyzer
        found: list[QuoteHit] = []
        spoken_by: dict[str | None, bool] = {}
        total = 0
        for docnum in newest_first.tolist():
            stored = searcher.stored_fields(docnum)
            extraction = json.loads(stored.get("extraction") or "{}")
            body = stored.get("body", "")
            for start, end, spk, _mention, _kind in extraction.get("quotes", []):
                if wanted:
                    if spk not in spoken_by:  # (a speaker's name is split once, not for each of their quotes)
                        spoken_by[spk] = _spoken_by(spk, wanted, known_as[1:], names)
                    if not spoken_by[spk]:
                        continue
                text = body[start:end]
                if terms and not terms & {t.text for t in analyzer(text)}:
                    continue
                total += 1
                if speakers is not None:
                    speakers[spk] += 1
                if len(found) < limit:
                    # under the name the archive counts the speaker by (`Reagan` of one story is Ronald Reagan,
                    # as the People facet and `person:` have him), not each story's own form of it
                    found.append(QuoteHit(aliases.get(spk, spk) if spk else spk, text, stored.get("id", ""),
                                          stored.get("title", ""),
                                          stored.get("date"), stored.get("partial_date", ""), start, end,
                                          stored.get("key", ""), stored.get("source", ""),
                                          stored.get("url", "") or ""))
        return total, found

    def get(self, ident: str) -> list[Article]:
        """Articles whose archive id, source id (a Reuters NEWID) or key is `ident`; usually exactly one."""
        searcher = self._current_searcher()
        for fieldname in ("id", "key", "native_id"):
            docs = list(searcher.documents(**{fieldname: ident}))
            if docs:
                return [doc_to_article(d) for d in docs]
        return []

    def date_span(self) -> tuple[datetime, datetime] | None:
        """The first and last dates in the archive (None when nothing is dated): cheap, from the date column, so
        that an empty date range can say where the archive's dates lie."""
        span = self._engine(self._current_searcher()).date_span()
        return (long_to_datetime(span[0]), long_to_datetime(span[1])) if span else None

    def stats(self) -> IndexStats:
        searcher = self._current_searcher()
        total = searcher.doc_count()
        first = last = None
        dated = searcher.search(wq.Every("date"), limit=1, sortedby="date")
        if dated.scored_length():
            first = dated[0].get("date")
            newest = searcher.search(wq.Every("date"), limit=1, sortedby="date", reverse=True)
            last = newest[0].get("date")
        n_dated = sum(1 for _ in searcher.docs_for_query(wq.Every("date")))
        partial = sum(1 for _ in searcher.docs_for_query(wq.Every("partial_date")))
        all_docs = list(searcher.docs_for_query(wq.Every()))
        sources = self._facets.count(searcher, FACET_FIELDS["source"], all_docs, 1000)
        toc_times = [os.path.getmtime(os.path.join(self.path, n)) for n in os.listdir(self.path) if n.endswith(".toc")]
        return IndexStats(
            articles=total,
            first_date=first,
            last_date=last,
            partial_dates=partial,
            undated=total - n_dated - partial,
            sources=sources,
            size_bytes=self.size_bytes(),
            path=self.path,
            last_change=datetime.fromtimestamp(max(toc_times)) if toc_times else None,
        )


class ArchiveWriter:
    """Adds, replaces and deletes articles inside one Whoosh write transaction; with segment workers, also
    commits the segments they wrote (segment_workers.py)."""

    def __init__(self, archive: ArchiveIndex, writer):
        self._archive = archive
        self._w = writer
        self._segments: list = []  # written by worker processes, committed with this transaction
        self.pending = 0
        # run once the last commit is on disk, with the write lock still held (no other commit in between)
        self.after_commit: list[Callable[[], None]] = []

    def add(self, article: Article, *, replace: bool) -> None:
        self.add_doc(article_to_doc(article), replace=replace)

    def add_doc(self, doc: dict, *, replace: bool) -> None:
        """Add (or replace, by key) an article already made into its Whoosh document (see article_to_doc)."""
        with self._writing():
            if replace:
                self._w.update_document(**doc)
            else:
                self._w.add_document(**doc)
        self.pending += 1
        crash_point("add")

    def added_by_worker(self, key: str, *, replace: bool) -> None:
        """An article a worker process put in its segment: the index's older version of it (by key) is deleted
        when it `replace`s one, and it counts towards the next checkpoint."""
        if replace:
            with self._writing():
                self._w.delete_by_term("key", key)
        self.pending += 1
        crash_point("add")

    def adopt(self, segments) -> None:
        """Worker processes' finished segments, to be committed with this transaction as they are."""
        self._segments.extend(s for s in segments if s is not None)

    def delete_keys(self, keys) -> None:
        with self._writing():
            for key in keys:
                self._w.delete_by_term("key", key)
                self.pending += 1

    @contextmanager
    def _writing(self):
        """A file system error while writing, said as the index's problem (a full disk, a read-only folder)."""
        try:
            yield
        except OSError as exc:
            raise _os_problem(exc, self._archive.path, "writing") from None

    def commit(self) -> None:
        try:
            adopted = self._segments
            # the workers' segments join the ones the merge policy keeps, as they are
            self._w.commit(mergetype=lambda writer, segments: [*_merge_small(writer, segments), *adopted])
        except OSError as exc:
            self.cancel()
            raise _os_problem(exc, self._archive.path, "committing") from None
        except IndexError_:
            self.cancel()
            raise
        self._segments = []
        self.pending = 0

    def cancel(self) -> None:
        """Abandon the transaction and delete its files, the workers' segments too (they could be filling a full
        disk)."""
        try:
            self._w.cancel()
        except Exception:
            pass
        self._segments = []
        try:
            self._archive._tidy()
        except Exception:
            pass

    def checkpoint(self) -> None:
        """Commit what is written so far and go on in a fresh transaction (progress survives a crash)."""
        self.commit()
        crash_point("checkpoint")
        try:
            self._w = self._archive.segment_writer()
        except OSError as exc:
            raise _os_problem(exc, self._archive.path, "opening a writer on") from None


SMALL_SEGMENT = 4_000  # documents: the segments of small incremental runs, merged once five of them are kept
MERGE_WHEN = 5


def _merge_small(writer, segments):
    """Merge the small segments once there are five of them, and never the large ones.

    Whoosh's own policy (MERGE_SMALL) merges the smallest segments up to the point where their documents number
    fewer than a Fibonacci number of their count: with the equal segments a run's workers make at each checkpoint
    (2 × 12,500 articles), 24 of them (300,000 articles) pass that point, and the next commit, even of a run that
    changed nothing, rewrote the whole index in one process (over ten minutes and 1.2 GB). Large segments stay as
    they are; searching reads them together (fastsearch.py). A crash point once merged segments are written."""
    small = [s for s in segments if s.doc_count_all() < SMALL_SEGMENT]
    if len(small) < MERGE_WHEN:
        return segments
    for segment in small:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    crash_point("merge")
    merged = {id(s) for s in small}
    return [s for s in segments if id(s) not in merged]


def _split_dates(q: wq.Query) -> tuple[wq.Query, list[wq.DateRange]]:
    """Date ranges that every hit must satisfy (the query itself, or members of its top-level AND)."""
    if isinstance(q, wq.DateRange):
        return wq.Every(), [q]
    if isinstance(q, wq.And):
        dates = [c for c in q.subqueries if isinstance(c, wq.DateRange)]
        if dates:
            rest = [c for c in q.subqueries if not isinstance(c, wq.DateRange)]
            return (wq.And(rest) if len(rest) > 1 else rest[0] if rest else wq.Every()), dates
    return q, []


def _text(value) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


_SLUG_RE = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    return _SLUG_RE.sub("-", text.lower()).strip("-")
