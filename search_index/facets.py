"""Facet counts over every hit of a query, from a per-searcher table of which documents carry each value.

Whoosh segments never change once written, so the table of a field is read from the inverted index once (one
pass over each value's postings) and reused by every later search until the segments change. It is held as two
parallel arrays, one entry per (document, value) posting: counting a query's facets is then a gather through a
mask of its matching documents and one `bincount`, a few milliseconds even when every article matches, where a
per-document loop in Python took 60 ms at 20,000 articles. The top values are picked with a partition, not by
sorting thousands of names.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from threading import Lock, get_ident
from typing import Callable

import numpy as np

from .fastsearch import DECODE_LOCK, field_postings, unique_ints
from .schema import VALUE_SEP as VOCAB_SEP  # never inside a value: it is what separates them


ALIASES_FILE = "person_aliases.json"
ALIASES_VERSION = 12  # 2: shorter forms of full names (`_fuller_forms`); 3: acronyms; 4: parties; 5: 2 links;
# 6: company forms; 7: `Holdings` one of them; 8: `&` as `and`, `-isation` as `-ization`; 9: a body's word orders;
# 10: `Reuter`, the agency's old spelling; 11: a typographic apostrophe as a straight one in company forms;
# 12: a plural's apostrophe left out (`Workers Union`)


def _segment_key(reader) -> str:
    """The segment a leaf reader reads; an empty index's reader has none (segment() is None)."""
    seg = reader.segment() if hasattr(reader, "segment") else None
    return seg.segment_id() if seg is not None else f"reader-{id(reader)}"


def segment_ids(searcher) -> list[str]:
    """The ids of the segments a searcher reads (an empty index's reader has none)."""
    return [key for key in (_segment_key(r) for r, _off in searcher.reader().leaf_readers())
            if not key.startswith("reader-")]


class FacetTable:
    """Every (document, value) posting of one field across a searcher's segments, docnums global."""

    __slots__ = ("vocab", "docs", "values", "doc_count", "_folded", "_by_value")

    def __init__(self, vocab: list[str], docs: np.ndarray, values: np.ndarray, doc_count: int) -> None:
        self.vocab = vocab
        self.docs = docs  # int32: the document of each posting
        self.values = values  # int32: the value (an index into vocab) of each posting
        self.doc_count = doc_count
        self._folded: list[str] | None = None
        self._by_value: tuple | None = None

    def docs_of(self, value: str) -> np.ndarray:
        """The documents carrying `value`, sorted. For the few thousand lookups of making the alias maps: the
        postings are put in value order once (a mask over all of them per value took 0.6 s at 100,000)."""
        if self._by_value is None:
            order = np.argsort(self.values, kind="stable")
            bounds = np.searchsorted(self.values[order], np.arange(len(self.vocab) + 1))
            self._by_value = (dict(zip(self.vocab, range(len(self.vocab)))), order, bounds)
        index, order, bounds = self._by_value
        i = index.get(value)
        if i is None:
            return np.zeros(0, dtype=np.int32)
        return np.sort(self.docs[order[bounds[i]:bounds[i + 1]]])

    def containing(self, text: str) -> np.ndarray:
        """A mask of the values whose name contains `text`, any case (`hewitt` finds `Patricia Hewitt`)."""
        if self._folded is None:
            self._folded = [v.casefold() for v in self.vocab]  # once per table: 40,000 names take 10 ms
        needle = text.casefold()
        return np.fromiter((needle in v for v in self._folded), dtype=bool, count=len(self._folded))

    def counts(self, docnums: np.ndarray) -> np.ndarray:
        """How many of `docnums` carry each value."""
        mask = np.zeros(self.doc_count, dtype=bool)
        mask[docnums] = True
        return np.bincount(self.values[mask[self.docs]], minlength=len(self.vocab))

    def top(self, counts: np.ndarray, limit: int) -> list[tuple[str, int]]:
        """The `limit` most frequent values, most frequent first, ties alphabetical."""
        present = np.flatnonzero(counts)
        if limit < 1:
            return []
        if len(present) > limit:
            # the limit-th largest count; everything above it is in, ties at it are settled by name below
            threshold = -np.partition(-counts[present], limit - 1)[limit - 1]
            present = present[counts[present] >= threshold]
        # only these candidates are put in order by name (case-insensitive first): ranking every value of the
        # archive by name cost 50 ms per table at 100,000 articles, at the first search after each commit
        vocab = self.vocab
        chosen = sorted(zip((-counts[present]).tolist(), present.tolist()),
                        key=lambda ci: (ci[0], vocab[ci[1]].lower(), vocab[ci[1]]))[:limit]
        return [(vocab[i], -c) for c, i in chosen]

    def aliased(self, aliases: dict[str, str]) -> "FacetTable":
        """The table with surname-only values merged into full names; a document that named both counts once."""
        merged = [aliases.get(v, v) for v in self.vocab]
        names = list(dict.fromkeys(merged))
        index = dict(zip(names, range(len(names))))
        mapping = np.fromiter(map(index.__getitem__, merged), dtype=np.int32, count=len(merged))
        values = mapping[self.values] if len(self.values) else self.values
        docs = self.docs
        moved = mapping != np.arange(len(mapping), dtype=np.int32)  # values that now count as another
        if len(values) and moved.any():
            # only a document that carried a moved value can now hold one value twice: those rows are made unique,
            # the rest (nearly all) are kept as they are
            touched = np.zeros(self.doc_count + 1, dtype=bool)
            touched[docs[moved[self.values]]] = True
            rows = touched[docs]
            pairs = unique_ints(docs[rows].astype(np.int64) * len(names) + values[rows])
            keep = ~rows
            docs = np.concatenate([docs[keep], (pairs // len(names)).astype(np.int32)])
            values = np.concatenate([values[keep], (pairs % len(names)).astype(np.int32)])
        return FacetTable(names, docs, values, self.doc_count)


class FacetCache:
    """Facet tables per searcher, built from per-segment tables that are also kept on disk beside their segment
    (`<segment>.facet_<field>.npz`, when the folder is writable): segments never change, so a table read once is
    good until Whoosh merges the segment away, and Whoosh's own clean-up then deletes the file with the
    segment's other files. Opening an index is then a file read, not a pass over every value's postings."""

    def __init__(self, folder: str | None = None, *, writable: bool = True) -> None:
        self._folder = folder
        self._writable = writable  # a read-only index's tables are read from disk when there, never written
        self._segments: dict[tuple[str, str], tuple[list[str], np.ndarray, np.ndarray]] = {}
        self._combined: dict[tuple, FacetTable] = {}
        self._aliased_tables: list[tuple] = []  # (table, aliases, the table aliased), the newest of each field
        self._lock = Lock()

    def _segment_postings(self, reader, fieldname: str) -> tuple[list[str], np.ndarray, np.ndarray]:
        """(values, docnums, value index) of one segment's postings of the field."""
        cache_key = (_segment_key(reader), fieldname)
        cached = self._segments.get(cache_key)
        if cached is not None:
            return cached
        stored = self._load(cache_key)
        if stored is not None:
            self._segments[cache_key] = stored
            return stored
        vocab: list[str] = []
        docs: list[np.ndarray] = []
        values: list[np.ndarray] = []
        with DECODE_LOCK:  # index files have one read position: no other decode may move it meanwhile
            for term, ids in field_postings(reader, fieldname):
                docs.append(ids.astype(np.int32))
                values.append(np.full(len(ids), len(vocab), dtype=np.int32))
                vocab.append(term.decode("utf-8") if isinstance(term, bytes) else term)
        result = (vocab, np.concatenate(docs) if docs else np.zeros(0, np.int32),
                  np.concatenate(values) if values else np.zeros(0, np.int32))
        self._segments[cache_key] = result
        self._save(cache_key, result)
        return result

    def _path(self, cache_key: tuple[str, str]) -> str | None:
        segment, fieldname = cache_key
        if self._folder is None or segment.startswith("reader-"):
            return None
        return os.path.join(self._folder, f"{segment}.{fieldname}.npz")

    def _load(self, cache_key):
        path = self._path(cache_key)
        if path is None or not os.path.exists(path):
            return None
        try:
            with np.load(path, allow_pickle=False) as data:
                text = bytes(data["vocab"]).decode("utf-8")
                vocab = text.split(VOCAB_SEP) if text else []
                docs, values = data["docs"], data["values"]
            if len(docs) != len(values) or (len(values) and int(values.max()) >= len(vocab)):
                return None
            return vocab, docs, values
        except Exception:  # unreadable (cut short: EOFError, BadZipFile), or from another version: built again
            return None

    def _save(self, cache_key, table) -> None:
        path = self._path(cache_key)
        if path is None or not self._writable:
            return
        vocab, docs, values = table
        temp = os.path.join(self._folder, f".{os.path.basename(path)}.{os.getpid()}.tmp")
        try:
            with open(temp, "wb") as fh:
                np.savez(fh, vocab=np.frombuffer(VOCAB_SEP.join(vocab).encode("utf-8"), dtype=np.uint8),
                         docs=docs, values=values)
            os.replace(temp, path)
        except OSError:  # a read-only index, a full disk: the table is simply built again next time
            try:
                os.remove(temp)
            except OSError:
                pass

    # --- the surname map of a commit, kept on disk -------------------------------------------------------------
    def _signature(self, searcher) -> list[str] | None:
        """The searcher's segments, sorted: what a saved surname map was made from (None: not worth saving)."""
        keys = sorted(_segment_key(r) for r, _off in searcher.reader().leaf_readers())
        return None if self._folder is None or any(k.startswith("reader-") for k in keys) else keys

    def saved_aliases(self, searcher) -> dict[str, dict[str, str]] | None:
        """The alias maps ("person": surnames and shorter forms; "organisation": acronyms, parties, company
        forms) saved for exactly these segments (`person_aliases.json`), else None. The browser's first results
        need them for their names, and making them reads the people and organisation tables (about 0.4 s at
        100,000 articles); `dateline index` saves it after its commit. Deletions do not change it (it counts
        deleted documents, as Whoosh's document frequencies do)."""
        signature = self._signature(searcher)
        if signature is None:
            return None
        try:
            with open(os.path.join(self._folder, ALIASES_FILE), encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, ValueError):  # none yet, or unreadable: made again
            return None
        if not isinstance(data, dict):
            return None
        maps = {"person": data.get("aliases"), "organisation": data.get("org_aliases")}
        if data.get("version") != ALIASES_VERSION or data.get("segments") != signature or not all(
                isinstance(m, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in m.items())
                for m in maps.values()):
            return None
        return maps

    def save_aliases(self, searcher, maps: dict[str, dict[str, str]]) -> None:
        signature = self._signature(searcher)
        if signature is None or not self._writable:
            return
        path = os.path.join(self._folder, ALIASES_FILE)
        temp = os.path.join(self._folder, f".{ALIASES_FILE}.{os.getpid()}.{get_ident()}.tmp")
        try:
            with open(temp, "w", encoding="utf-8") as fh:
                json.dump({"version": ALIASES_VERSION, "segments": signature, "aliases": maps["person"],
                           "org_aliases": maps["organisation"]}, fh, ensure_ascii=False)
            os.replace(temp, path)
        except OSError:  # a read-only folder, a full disk: made again next time
            try:
                os.remove(temp)
            except OSError:
                pass

    def doc_frequencies(self, searcher, fieldname: str) -> dict[str, int]:
        """How many documents (deleted ones included, as Whoosh counts) hold each value of the field."""
        table = self.table(searcher, fieldname)
        counts = np.bincount(table.values, minlength=len(table.vocab))
        return dict(zip(table.vocab, counts.tolist()))

    def table(self, searcher, fieldname: str) -> FacetTable:
        """The field's postings across the searcher's segments, docnums global to the searcher."""
        leaves = list(searcher.reader().leaf_readers())
        signature = (fieldname, tuple((_segment_key(r), off) for r, off in leaves))
        with self._lock:
            combined = self._combined.get(signature)
            if combined is None:
                parts = [(self._segment_postings(reader, fieldname), offset) for reader, offset in leaves]
                # every value once, in the order first met, numbered by dict lookups in C rather than a Python
                # step per value and segment (80 ms of the first search at 100,000 articles)
                vocab = list(dict.fromkeys(v for (seg_vocab, _d, _v), _o in parts for v in seg_vocab))
                index = dict(zip(vocab, range(len(vocab))))
                docs, values = [], []
                for (seg_vocab, seg_docs, seg_values), offset in parts:
                    to_global = np.fromiter(map(index.__getitem__, seg_vocab), dtype=np.int32, count=len(seg_vocab))
                    docs.append(seg_docs + offset)
                    values.append(to_global[seg_values] if len(seg_values) else seg_values)
                combined = FacetTable(vocab, np.concatenate(docs) if docs else np.zeros(0, np.int32),
                                      np.concatenate(values) if values else np.zeros(0, np.int32),
                                      searcher.reader().doc_count_all())
                # forget tables of segments (and searchers) that are gone
                live = {s for s, _ in signature[1]}
                self._combined = {k: v for k, v in self._combined.items() if k[0] != fieldname or
                                  {s for s, _ in k[1]} <= live}
                self._combined[signature] = combined
                self._segments = {k: v for k, v in self._segments.items() if k[1] != fieldname or k[0] in live}
        return combined

    def _aliased(self, table: FacetTable, aliases: dict[str, str]) -> FacetTable:
        """The table with aliases applied, built once per table and alias map. People and Organisations each
        have theirs, asked for in turn by every search: one slot for both rebuilt each on every search (10 ms
        at 20,000 articles), so the newest few are kept (tables change with the index)."""
        with self._lock:
            for source, source_aliases, cached in self._aliased_tables:
                # the source table itself is held, not its id(), so a new table that happens to reuse a freed
                # one's address is never mistaken for it
                if source is table and source_aliases is aliases:
                    return cached
            cached = table.aliased(aliases)
            self._aliased_tables = [(table, aliases, cached), *self._aliased_tables[:3]]
            return cached

    def count(self, searcher, fieldname: str, docnums, limit: int,
              aliases: dict[str, str] | None = None, contains: str = "") -> list[tuple[str, int]]:
        """The `limit` most frequent values among `docnums` (an array or any iterable of global docnums), most
        frequent first, ties alphabetical; only those whose name contains `contains` (any case) when given."""
        table = self.table(searcher, fieldname)
        if aliases:
            table = self._aliased(table, aliases)
        if not isinstance(docnums, np.ndarray):
            docnums = np.fromiter(docnums, dtype=np.int64)
        counts = table.counts(docnums)
        contains = contains.strip()
        if contains:
            counts = np.where(table.containing(contains), counts, 0)
        return table.top(counts, limit)


def _initial_or_particle(word: str) -> bool:
    return len(word.rstrip(".")) == 1 and word[0].isupper() or word.islower()


def _fuller_forms(doc_frequencies: dict[str, int]) -> dict[str, str]:
    """`George Bush` -> `George W Bush`, `George W. Bush` -> `George W Bush`: a full name and the same name
    with middle initials (or particles) added, or only spelt with other dots, are one person when one such
    fuller form has at least 80% of the articles of all of them. A fuller form with another middle name
    (`Jerry Lee Lewis` and `Jerry Lewis`) may be someone else, and is left apart."""
    by_ends: dict[tuple[str, str], list[tuple[int, str, list[str]]]] = {}
    for name, df in doc_frequencies.items():
        parts = name.split()
        if len(parts) > 1:
            by_ends.setdefault((parts[0], parts[-1]), []).append((df, name, [w.rstrip(".") for w in parts]))
    aliases: dict[str, str] = {}
    for group in by_ends.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda g: (-g[0], g[1]))
        for df, name, words in group:
            fuller = []
            for odf, other, owords in group:
                if other == name:
                    continue
                if owords == words:
                    if odf > df or odf == df and other < name:
                        # the same words, dotted otherwise: the commoner spelling, on a tie the first in order
                        # (one way only: both ways would make a cycle that merges nothing)
                        fuller.append((odf, other))
                    continue
                if len(owords) <= len(words):
                    continue
                rest = iter(owords)
                if all(w in rest for w in words) and all(
                        _initial_or_particle(w) for w in owords if w not in words):
                    fuller.append((odf, other))
            if fuller:
                best = max(fuller)
                if best[0] >= 0.8 * sum(f for f, _ in fuller):
                    aliases[name] = best[1]
    return resolve_chains(aliases)  # `George Bush` -> `George W. Bush` -> `George W Bush`


def surname_aliases(doc_frequencies: dict[str, int]) -> dict[str, str]:
    """Surname-only people (`Reagan`, from a story that says only "President Reagan") -> the full name the
    archive knows them by, when one full name with that surname has at least 80% of the articles; and the
    shorter forms of a full name (`George Bush` -> `George W Bush`, see `_fuller_forms`), whose articles count
    for it."""
    aliases = _fuller_forms(doc_frequencies)
    singles: list[str] = []
    full_by_last: dict[str, dict[str, int]] = {}
    for name, df in doc_frequencies.items():  # any order: candidates are sorted below
        parts = name.split()
        if len(parts) == 1:
            singles.append(name)
        else:
            counted = full_by_last.setdefault(parts[-1], {})
            target = aliases.get(name, name)
            counted[target] = counted.get(target, 0) + df
    for single in singles:
        candidates = sorted(((df, name) for name, df in full_by_last.get(single, {}).items()), reverse=True)
        if candidates and candidates[0][0] >= 0.8 * sum(df for df, _ in candidates):
            aliases[single] = candidates[0][1]
    return aliases


_ACRONYM_SKIPPED = frozenset(("of", "for", "and", "the", "on", "de", "du", "des", "&"))


MIN_ACRONYM_LINKS = 2  # one story's link may be the extractor's mistake (`FMC` is not `Ford Motor Co`)


def acronym_aliases(doc_frequencies: dict[str, int], linked: Callable[[str, str], int]) -> dict[str, str]:
    """Organisations named by an acronym alone (`EU`, in a story that never spells it out) -> the organisation
    the archive spells out with those initials (`European Union`). Initials alone are no proof (`NHS` is not
    the `Norfolk High School` of one story): `linked(acronym, name)` counts the stories where the extractor
    made them one organisation (`European Union (EU)`): one name must have two links or more, and at least 80%
    of them."""
    by_initials: dict[str, list[str]] = {}
    for name in doc_frequencies:
        words = [w for w in name.split() if w not in _ACRONYM_SKIPPED]
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            initials = "".join(w[0] for w in words)
            if initials not in words:  # (`EC Commission` holds `EC`: every story naming it would count as a link)
                by_initials.setdefault(initials, []).append(name)
    aliases = {}
    for name in doc_frequencies:
        if 2 <= len(name) <= 6 and name.isalpha() and name.isupper() and name in by_initials:
            # (one name spelt two ways counts as one: `Organisation` and `Organization of Petroleum Exporting
            # Countries` share OPEC's links, and the company forms then join the two spellings)
            spelt: dict[str, tuple[int, str]] = {}
            for full in by_initials[name]:
                key = full.replace("isation", "ization")
                count, best = spelt.get(key, (0, full))
                if doc_frequencies[full] > doc_frequencies[best]:
                    best = full
                spelt[key] = (count + linked(name, full), best)
            links = sorted(spelt.values(), reverse=True)
            if links[0][0] >= MIN_ACRONYM_LINKS and links[0][0] >= 0.8 * sum(n for n, _ in links):
                aliases[name] = links[0][1]
    return aliases


@lru_cache(maxsize=1)
def _nicknames() -> dict[str, tuple[str, ...]]:
    """Each nickname's full names, in the list's order: a body written several ways (`USDA` is the `U.S.
    Agriculture Department` in one archive, the `US Department of Agriculture` in another) has a row for each."""
    from .extraction.lexicon import wordlist_rows  # (only when a map is made: not on the browser's way to start)

    names: dict[str, tuple[str, ...]] = {}
    for nick, name in wordlist_rows("org_nicknames.txt"):
        names[nick] = names.get(nick, ()) + (name,)
    return names


def party_aliases(doc_frequencies: dict[str, int]) -> dict[str, str]:
    """A party's short forms -> its full name, where the archive has it: `Labour` and `Conservatives` are the
    `Labour Party` and the `Conservative Party` (a name, and the name with `s`, beside the name and `Party`), and
    the nicknames of `wordlists/org_nicknames.txt` (`Tories`, `Lib Dems`) the name they stand for, or its form
    the archive uses when it lacks the name itself (`Liberal Democrats`)."""
    aliases: dict[str, str] = {}
    for name in doc_frequencies:
        if name.endswith(" Party") and len(name) > 6:
            bare = name[:-6]
            for short in (bare, bare + "s"):
                if short in doc_frequencies:
                    aliases[short] = name
    for nick, names in _nicknames().items():
        if nick not in doc_frequencies:
            continue
        for name in names:  # the first the archive has
            if name == nick:
                continue
            if name in doc_frequencies:
                aliases[nick] = name
            elif name.endswith(" Party") and name[:-6] + "s" in doc_frequencies:
                aliases[nick] = name[:-6] + "s"  # `Tories` under `Conservatives` where no story says `Conservative Party`
            else:
                continue
            break
    return aliases


_COMPANY_SUFFIXES = frozenset(("Corp", "Corporation", "Inc", "Incorporated", "Co", "Company", "Cos", "Ltd",
                               "Limited", "Plc", "PLC", "plc", "AG", "SA", "NV", "BV", "AB", "ASA", "SpA", "GmbH",
                               "LLC", "LP", "KK", "Holdings", "and"))  # (`&` is read as `and` first)


def _company_key(name: str) -> str:
    """`General Motors Corp.`, `General Motors Co Inc`, `Standard & Poor's Corp` -> `General Motors`,
    `Standard and Poor`: the name without its company-form words at the end, dots and an owner's `'s` (`&` read
    as `and`, `-isation` as `-ization`, a typographic apostrophe as a straight one: `Growers’ Union`; a plural's apostrophe
    left out: `Growers Union`)."""
    words = ["and" if w == "&" else w for w in name.replace(".", " ").replace(",", " ").replace("’", "'").split()]
    while words and words[-1] in _COMPANY_SUFFIXES:
        words.pop()
    if words and words[-1].endswith("'s"):  # (the typographic apostrophe is straightened above)
        words[-1] = words[-1][:-2]
    # a plural's apostrophe, which one story writes and another leaves out (`Transport and General Workers' Union`,
    # `Transport and General Workers Union`)
    words = [w[:-1] if w.endswith("s'") else w for w in words]
    # British and American spellings of one name (`International Coffee Organisation` / `Organization`)
    return " ".join(w.replace("isation", "ization") for w in words)


def company_aliases(doc_frequencies: dict[str, int]) -> dict[str, str]:
    """The forms of one company's name that differ only by `Corp`, `Inc`, `Co`, `Ltd`, `Plc`, `AG`… or a dot
    (`General Motors Corp`, `General Motors`, `Drexel Burnham Lambert Inc.`) -> the form the archive uses most.
    A wire names a company in full at its first mention, and in another story by its plain name: one company,
    one facet value."""
    groups: dict[str, list[tuple[int, str]]] = {}
    for name, df in doc_frequencies.items():
        key = _company_key(name)
        if key and " " in name:  # a one-word value has no company form to drop
            groups.setdefault(key, []).append((df, name))
    for name, df in doc_frequencies.items():
        if " " not in name and name in groups:
            groups[name].append((df, name))  # `Texaco` beside `Texaco Inc`
    return _to_the_commonest(groups.values())


def _to_the_commonest(groups) -> dict[str, str]:
    """Each name of a group of forms of one name, (document frequency, name) pairs -> the form the archive uses
    most (on a tie the shorter, then the later in alphabetical order)."""
    aliases = {}
    for members in groups:
        if len(members) > 1:
            _df, target = max(members, key=lambda m: (m[0], -len(m[1]), m[1]))
            aliases.update((name, target) for _df, name in members if name != target)
    return aliases


def body_aliases(doc_frequencies: dict[str, int]) -> dict[str, str]:
    """The two word orders of a ministry's or a department's name (`Department of Defense`, `Defense Department`;
    `Ministry of Finance`, `Finance Ministry`: extraction.body_names) -> the one the archive uses most: one body,
    one facet value."""
    from .extraction.body_names import BODY_WORDS, word_order_key  # (a small module: no word lists are loaded)

    groups: dict[tuple[str, ...], list[tuple[int, str]]] = {}
    for name, df in doc_frequencies.items():
        if " of " in name or name.rsplit(" ", 1)[-1] in BODY_WORDS:  # (the two orders; other names are left out)
            groups.setdefault(word_order_key(name.split()), []).append((df, name))
    return _to_the_commonest(groups.values())


def resolve_chains(aliases: dict[str, str]) -> dict[str, str]:
    """Each value straight to the last name of its chain (`SNP` -> `Scottish National Party`; `Tories` ->
    `Conservatives` -> `Conservative Party`); a value whose chain comes back to it merges into nothing."""
    out = {}
    for name, target in aliases.items():
        seen = {name}
        while target in aliases and target not in seen:
            seen.add(target)
            target = aliases[target]
        if target != name:
            out[name] = target
    return out


def organisation_aliases(frequencies: dict[str, int], linked: Callable[[str, str], int]) -> dict[str, str]:
    """Organisation values -> the one the Organisations facet counts them under: party forms and nicknames,
    company forms, a body's word orders and acronyms, each chain followed to its end (`GM` -> `General Motors`
    -> `General Motors Corp`)."""
    return resolve_chains({**party_aliases(frequencies), **company_aliases(frequencies),
                           **body_aliases(frequencies), **acronym_aliases(frequencies, linked)})
