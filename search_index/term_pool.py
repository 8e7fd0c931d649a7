"""A segment writer's postings kept as columns per field, and written a term at a time.

Whoosh's writer puts every posting into a sorting pool as a 5-tuple (field, term, document, weight, positions),
spills the pool to disk as marshalled runs whenever it passes its memory limit, merges the runs back in order and
then groups the tuples into terms again. At 100,000 articles that pool was a third of all indexing time (py-spy:
adding, sorting, spilling, re-reading and merging tuples). Here a document's terms for one field go into four
columns (term number, document, weight, positions) with a few `extend` calls, no Python step per posting; the
columns are grouped by term with numpy only when the pool is written or spilled (one sorted run per memory
limit, concatenated per term on the way back); and the term table is written without asking the file for its
position at every term, the entries of short posting lists (most terms) packed directly.

What lands on disk is what Whoosh writes: the same terms, postings, blocks and statistics (tests/
test_whoosh_tuning.py compares them), with two differences in bytes: a block's equal position lists are pickled
once (Whoosh pickles each copy), which makes the postings file smaller and the same however the pool spilled;
and blocks are pickled in protocol 4, not 2 (whoosh_tuning.install: Whoosh reads either).
"""

from __future__ import annotations

import heapq
import marshal
import struct
from array import array
from bisect import bisect_right
from collections import defaultdict
from hashlib import md5
from itertools import count, groupby, repeat

import numpy as np
from whoosh import multiproc, writing
from whoosh.codec import whoosh3
from whoosh.filedb import filetables
from whoosh.filedb.filetables import _lengths as _ENTRY_LENGTHS
from whoosh.system import pack_ushort
from whoosh.util import random_name
from whoosh.util.numeric import length_to_byte

_BATCH_POSTINGS = 65_536  # postings put in order and handed out at a time when the pool is written
_MAX_OPEN_RUNS = 64  # runs merged into one before the final merge, so that few files are open at once
_TERM_BYTES = 300  # what a new term costs in memory, roughly (kept on the safe side: its number and bytes)
_POSTING_BYTES = 53  # a posting, roughly: four column slots and its positions (often shared)


class _FieldPostings:
    """One field's postings as columns, in the order they came: a term number, a document, a weight and the
    encoded positions each. A document's terms go in with a few `extend` calls (loops in C), where a list per
    term took a dictionary lookup and three appends per posting in Python; the columns are grouped by term
    once, with numpy, when the pool is written or spilled."""

    __slots__ = ("number_of", "tids", "docs", "weights", "values")

    def __init__(self):
        self.number_of: defaultdict[bytes, int] = defaultdict(count().__next__)  # a new term gets the next number
        # lists, not arrays: a list extends from an iterator in C at full speed, an array converts item by item
        self.tids: list[int] = []
        self.docs: list[int] = []
        self.weights: list[float] = []
        self.values: list = []

    def sorted_terms(self, out_of_order: bool):
        """(term bytes, documents, weights, values) per term in the order of the bytes, each term's documents
        in ascending order (sorted when `out_of_order` says a document came before an earlier one). The
        postings are put in that order by numpy, then handed out a batch at a time: lists of a whole field at
        once made a new number object per posting, 100 MB more at the peak of a 10,000-article segment."""
        if not self.tids:
            return
        terms = [b""] * len(self.number_of)
        for tbytes, number in self.number_of.items():
            terms[number] = tbytes
        by_bytes = sorted(range(len(terms)), key=terms.__getitem__)
        rank = np.empty(len(terms), dtype=np.int64)
        rank[by_bytes] = np.arange(len(terms))
        keys = rank[np.array(self.tids, dtype=np.int64)]  # each posting's term, as its place in byte order
        if out_of_order:
            order = np.lexsort((np.array(self.docs, dtype=np.int64), keys))
        else:
            order = np.argsort(keys, kind="stable")  # documents came in order: stable keeps them so
        keys = keys[order]
        bounds = [0, *(np.flatnonzero(np.diff(keys)) + 1).tolist(), len(keys)]
        group_terms = [terms[by_bytes[k]] for k in keys[bounds[:-1]].tolist()]
        del keys, rank
        # the weights as floats in one array (a document's counts come in as ints; Whoosh's formats make floats):
        # taken out a batch at a time in C, not a float() per posting
        docs, weights, values = self.docs, np.array(self.weights, dtype=np.float64), self.values
        g, groups = 0, len(group_terms)
        while g < groups:
            first = bounds[g]
            h = max(g + 1, bisect_right(bounds, first + _BATCH_POSTINGS, g + 1) - 1)
            batch = order[first:bounds[h]]
            places = batch.tolist()
            batch_docs = list(map(docs.__getitem__, places))  # the same number objects as added: no copies
            batch_weights = weights[batch].tolist()
            batch_values = list(map(values.__getitem__, places))
            for k in range(g, h):
                a, b = bounds[k] - first, bounds[k + 1] - first
                yield group_terms[k], batch_docs[a:b], batch_weights[a:b], batch_values[a:b]
            g = h


class TermPool:
    """Postings grouped by field and term: `add_columns` takes a document's terms for one field at once."""

    def __init__(self, tempstore, segment, limitmb: int = 128, **_kwargs):
        self.tempstore = tempstore
        self.segment = segment
        self.limit = limitmb * 1024 * 1024
        self.fieldnames: set[str] = set()
        self.runs: list[str] = []  # spilled runs, oldest first (their documents come before later ones)
        self._fields: dict[str, _FieldPostings] = {}
        self._size = 0
        self._unordered = False  # a document came with a smaller number than one before it
        self._last_doc = -1

    # --- adding ----------------------------------------------------------------------------------------
    def add_columns(self, fieldname: str, docnum: int, terms: list[bytes], weights, values: list) -> None:
        """Add one document's terms of `fieldname`, with the weight and encoded positions of each."""
        postings = self._fields.get(fieldname)
        if postings is None:
            postings = self._fields[fieldname] = _FieldPostings()
            self.fieldnames.add(fieldname)
        if docnum < self._last_doc:  # a segment merge hands over postings a term at a time
            self._unordered = True
        self._last_doc = max(self._last_doc, docnum)
        known = len(postings.number_of)
        postings.tids.extend(map(postings.number_of.__getitem__, terms))
        postings.docs.extend(repeat(docnum, len(terms)))
        postings.weights.extend(weights)
        postings.values.extend(values)
        self._size += (len(postings.number_of) - known) * _TERM_BYTES + _POSTING_BYTES * len(terms)
        if self._size > self.limit:
            self.save()

    def add_items(self, fieldname: str, docnum: int, items, boost: float = 1.0) -> int:
        """Add one document's (term, frequency, weight, positions) items of `fieldname`, as Whoosh's formats
        make them; returns the sum of the frequencies (the field's length in the document, as Whoosh counts
        it)."""
        if not isinstance(items, list):
            items = list(items)
        if not items:
            return 0
        terms, freqs, weights, values = zip(*items)
        if boost != 1.0:  # seldom: Dateline gives no field a boost
            weights = [weight * boost for weight in weights]
        self.add_columns(fieldname, docnum, terms, weights, values)
        return sum(freqs)

    def add(self, item) -> None:
        """Whoosh's one-posting interface (segment merges, spelling words): (field, term, doc, weight, value)."""
        fieldname, tbytes, docnum, weight, vbytes = item
        self.add_columns(fieldname, docnum, (tbytes,), (weight,), (vbytes,))

    # --- spilling and reading back -----------------------------------------------------------------------
    def _sorted_terms(self):
        """The in-memory terms in Whoosh's order (field name, then term bytes), each list sorted by document."""
        for fieldname in sorted(self._fields):
            for tbytes, docs, weights, values in self._fields[fieldname].sorted_terms(self._unordered):
                yield fieldname, tbytes, docs, weights, values

    def save(self) -> None:
        """Spill the terms in memory to a run file, sorted, and start afresh."""
        if not self._fields:
            return
        self.runs.append(self._write_run(self._sorted_terms()))
        self._fields = {}
        self._size = 0
        self._unordered = False

    def _write_run(self, terms) -> str:
        """Write sorted (field, term, documents, weights, values) entries to a new run file; returns its name."""
        path = "%s.termrun" % random_name()
        with self.tempstore.create_file(path).raw_file() as f:
            for entry in terms:
                marshal.dump(entry, f)
        return path

    def _read_run(self, path: str, rank: int):
        with self.tempstore.open_file(path).raw_file() as f:
            while True:
                try:
                    fieldname, tbytes, docs, weights, values = marshal.load(f)
                except EOFError:
                    break
                yield fieldname, tbytes, rank, docs, weights, values
        self.tempstore.delete_file(path)

    def _merge(self, sources):
        """Entries of several sorted sources (tagged by rank: older first), concatenated per term."""
        merged = heapq.merge(*sources, key=lambda e: (e[0], e[1], e[2]))
        for (fieldname, tbytes), group in groupby(merged, key=lambda e: (e[0], e[1])):
            first = next(group)
            docs, weights, values = first[3], first[4], first[5]
            for more in group:
                docs.extend(more[3])
                weights.extend(more[4])
                values.extend(more[5])
            yield fieldname, tbytes, docs, weights, values

    def _reduce_runs(self) -> None:
        """Merge the oldest runs into one until few enough are left to open at once."""
        while len(self.runs) > _MAX_OPEN_RUNS:
            oldest, self.runs = self.runs[:_MAX_OPEN_RUNS // 2], self.runs[_MAX_OPEN_RUNS // 2:]
            sources = [self._read_run(p, rank) for rank, p in enumerate(oldest)]
            self.runs.insert(0, self._write_run(self._merge(sources)))

    def iter_terms(self):
        """Every term in Whoosh's order, as (field name, term bytes, documents, weights, values)."""
        if not self.runs:
            yield from self._sorted_terms()
            return
        self._reduce_runs()
        sources = [self._read_run(p, rank) for rank, p in enumerate(self.runs)]
        ranked = len(self.runs)
        sources.append((f, t, ranked, d, w, v) for f, t, d, w, v in self._sorted_terms())
        self.runs = []
        yield from self._merge(sources)

    def iter_postings(self):
        """Whoosh's interface: every posting as a sorted (field, term, doc, weight, value) tuple."""
        for fieldname, tbytes, docs, weights, values in self.iter_terms():
            for d, w, v in zip(docs, weights, values):
                yield fieldname, tbytes, d, w, v

    def cleanup(self) -> None:
        for path in self.runs:
            try:
                self.tempstore.delete_file(path)
            except OSError:
                pass
        self.runs = []
        self._fields = {}
        self._size = 0


# --- writing the terms ---------------------------------------------------------------------------------
def write_terms(fieldwriter, schema, lengths, pool: TermPool) -> None:
    """Whoosh's W3FieldWriter.add_postings for a TermPool: each term's postings go to the postings writer a
    block at a time, and its entry to the term table with a position counted here, not asked of the file."""
    from .whoosh_tuning import _all_lengths  # the field lengths of the segment, read once per field

    tindex = fieldwriter._tindex
    dbfile = tindex.dbfile
    postfile = fieldwriter._postfile
    pos = dbfile.tell()
    index_append = tindex.index.append
    buckets = tindex.buckets
    hashfn = _md5_low32 if tindex.hashfn is filetables.md5_hash else tindex.hashfn
    pending: list[bytes] = []
    lastfn = None
    field_lengths = None
    for fieldname, tbytes, docs, weights, values in pool.iter_terms():
        if fieldname != lastfn:
            if lastfn is not None:
                fieldwriter.finish_field()
            fieldobj = schema[fieldname]
            fieldwriter.start_field(fieldname, fieldobj)
            lastfn = fieldname
            fmt = fieldobj.format
            pw = fieldwriter._postwriter
            inline = pw._inlinelimit
            fieldid = fieldwriter._fieldid
            field_lengths = _all_lengths(lengths, fieldname) if lengths is not None else None
        count = len(docs)
        if _inlined(count, inline, pw._blocklimit) and INLINE_DIRECT:
            value = _inline_entry(docs, weights, values, field_lengths)
        else:
            value = _blocks_entry(pw, fmt, postfile, docs, weights, values, field_lengths)
        # Whoosh's OrderedHashWriter.add, with the entry's position counted
        key = pack_ushort(fieldid) + tbytes
        if key <= tindex.lastkey:
            raise ValueError("Keys must increase: %r..%r" % (tindex.lastkey, key))
        index_append(pos)
        h = hashfn(key)
        buckets[h & 255].append((h, pos))
        entry = _ENTRY_LENGTHS.pack(len(key), len(value)) + key + value
        pending.append(entry)
        pos += len(entry)
        tindex.lastkey = key
        if len(pending) >= 4096:
            dbfile.write(b"".join(pending))
            pending.clear()
    if pending:
        dbfile.write(b"".join(pending))
    if lastfn is not None:
        fieldwriter.finish_field()


# Whoosh's W3TermInfo header: flags, total weight, document frequency, min and max length (as bytes), max
# weight, first and last document
_TERMINFO = struct.Struct("!BfIBBfII")
INLINE_DIRECT = True  # False: inline terms through Whoosh's objects too (tests compare the bytes of both)


def _inlined(count: int, inline: int, limit: int) -> bool:
    """Whether Whoosh keeps a term's postings inside its entry: fewer than the inline limit, and no more than a
    block (Whoosh writes a full block out when the next posting comes)."""
    return count < inline and count <= limit


def _md5_low32(key: bytes) -> int:
    """Whoosh's md5_hash (the digest as a hex number, its low 32 bits), without the hex string."""
    return int.from_bytes(md5(key, usedforsecurity=False).digest()[12:], "big")


def _inline_entry(docs: list[int], weights: list[float], values: list, field_lengths) -> bytes:
    """The term table entry of a term with fewer postings than the inline limit (most terms: names, dates,
    identifiers, rare words), kept inside the entry: the bytes Whoosh's W3TermInfo.add_block, set_inline and
    to_bytes make, computed directly (those took a dozen method calls per term)."""
    fweights = array("f", weights)
    kept = _shared_values(values)
    if len(kept) != len(docs):  # a field without positions (an identifier): one empty value each
        kept = [b""] * len(docs)
    found = _lengths_found(field_lengths, docs)
    head = _TERMINFO.pack(1, sum(fweights), len(docs), length_to_byte(min(found)) if found else 0,
                          length_to_byte(max(found) if found else 0), max(0, max(weights)), docs[0], docs[-1])
    return head + whoosh3.dumps((tuple(docs), tuple(fweights), tuple(kept)), 2)


def _shared_values(values: list) -> list:
    """The non-empty values, equal ones (a word's place, for most words of an article) as one object, whichever
    article or spilled run they came from: a pickle then stores each once, and the bytes written do not depend
    on which objects happened to be shared."""
    if len(values) == 1:  # most terms
        return [values[0]] if values[0] else []
    same: dict[bytes, bytes] = {}
    return [same.setdefault(v, v) for v in values if v]


def _lengths_found(field_lengths, docs: list[int]) -> list[int] | None:
    """The documents' lengths in the field, those known (None for a field without lengths)."""
    return [n for n in map(field_lengths.__getitem__, docs) if n] if field_lengths is not None else None


def _blocks_entry(pw, fmt, postfile, docs, weights, values, field_lengths) -> bytes:
    """A term's postings written as blocks to the postings file (or, with INLINE_DIRECT off, kept inline)
    through Whoosh's postings writer; returns its term table entry."""
    terminfo = whoosh3.W3TermInfo()
    pw._format = fmt
    limit, inline = pw._blocklimit, pw._inlinelimit
    pw._terminfo = terminfo
    pw._blockcount = 0
    count = len(docs)
    start = 0 if _inlined(count, inline, limit) else postfile.tell()
    for first in range(0, count, limit):
        if first:
            pw._write_block()  # the previous block was full
        ids = docs[first:first + limit]
        block_weights = weights[first:first + limit]
        pw._ids = array("I", ids)
        pw._weights = array("f", block_weights)
        pw._values = _shared_values(values[first:first + limit])
        found = _lengths_found(field_lengths, ids)
        pw._minlength = min(found) if found else None
        pw._maxlength = max(found) if found else 0
        pw._maxweight = max(0, max(block_weights))
    # Whoosh's finish_postings, without the file position it asked for at every term
    if not pw._blockcount and _inlined(count, inline, limit):
        terminfo.add_block(pw)
        terminfo.set_inline(pw._ids, pw._weights, pw._values)
    else:
        pw._write_block(last=True)
        terminfo.set_extent(start, postfile.tell() - start)
    pw._terminfo = None
    return terminfo.to_bytes()


# --- installing it in Whoosh's segment writer -------------------------------------------------------------
_original_init = writing.SegmentWriter.__init__
_original_add_document = writing.SegmentWriter.add_document
_original_flush_segment = writing.SegmentWriter._flush_segment
_original_finish_subsegment = multiproc.finish_subsegment


def _init(self, ix, *args, **kwargs):
    _original_init(self, ix, *args, **kwargs)
    # Whoosh's multi-process writer gathers its sub-writers' segments in its own pool: left as Whoosh made it
    if type(self) is writing.SegmentWriter:
        self.pool = TermPool(self._tempstorage, self.newsegment, limitmb=self.pool.limit // (1024 * 1024))


def _add_document(self, **fields):
    """Whoosh's SegmentWriter.add_document, with each field's terms added to the pool in one call."""
    pool = self.pool
    if not isinstance(pool, TermPool):
        return _original_add_document(self, **fields)
    self._check_state()
    perdocwriter = self.perdocwriter
    schema = self.schema
    docnum = self.docnum
    docboost = self._doc_boost(fields)
    fieldnames = sorted([name for name in fields.keys() if not name.startswith("_")])
    self._check_fields(schema, fieldnames)

    perdocwriter.start_doc(docnum)
    try:
        for fieldname in fieldnames:
            value = fields.get(fieldname)
            if value is None:
                continue
            field = schema[fieldname]
            length = 0
            if field.indexed:
                fieldboost = self._field_boost(fields, fieldname, docboost)
                columns = field.index_columns(value) if fieldboost == 1.0 and hasattr(field, "index_columns") \
                    else None
                if columns is not None:
                    terms, weights, values, counted = columns
                    pool.add_columns(fieldname, docnum, terms, weights, values)
                else:
                    counted = pool.add_items(fieldname, docnum, field.index(value), fieldboost)
                if field.scorable:
                    length = counted
            if field.separate_spelling():
                spellfield = field.spelling_fieldname(fieldname)
                for word in field.spellable_words(value):
                    pool.add((spellfield, word.encode("utf-8"), 0, 1, None))
            vformat = field.vector
            if vformat:
                vitems = vformat.word_values(value, field.analyzer, mode="index")
                vitems = sorted((text, weight, vbytes) for text, _, weight, vbytes in vitems)
                perdocwriter.add_vector_items(fieldname, field, vitems)
            customval = fields.get("_stored_%s" % fieldname, value)
            sv = customval if field.stored else None
            perdocwriter.add_field(fieldname, field, sv, length)
            column = field.column_type
            if column and customval is not None:
                perdocwriter.add_column_value(fieldname, column, field.to_column_value(customval))
    except Exception:
        perdocwriter.cancel_doc()
        raise
    perdocwriter.finish_doc()
    self._added = True
    self.docnum += 1


def _flush_segment(self):
    """Whoosh's _flush_segment, with a TermPool's terms written a term at a time (or, for a codec other than
    Whoosh 3's, handed to its field writer as the sorted tuples it expects)."""
    if not isinstance(self.pool, TermPool):
        return _original_flush_segment(self)
    self.perdocwriter.close()
    pdr = self.per_document_reader() if self.codec.length_stats else None
    if type(self.fieldwriter) is whoosh3.W3FieldWriter:
        write_terms(self.fieldwriter, self.schema, pdr, self.pool)
    else:
        self.fieldwriter.add_postings(self.schema, pdr, self.pool.iter_postings())
    self.fieldwriter.close()
    if pdr:
        pdr.close()


def _finish_subsegment(writer, k=64):
    """Whoosh's multi-process writer without `multisegment` merges its sub-writers' pools as sorted runs:
    a TermPool hands its postings to Whoosh's own pool first."""
    if isinstance(writer.pool, TermPool):
        pool = writing.PostingPool(writer._tempstorage, writer.newsegment, limitmb=writer.pool.limit >> 20)
        for item in writer.pool.iter_postings():
            pool.add(item)
        writer.pool.cleanup()
        writer.pool = pool
    return _original_finish_subsegment(writer, k)


def install() -> None:
    writing.SegmentWriter.__init__ = _init
    writing.SegmentWriter.add_document = _add_document
    writing.SegmentWriter._flush_segment = _flush_segment
    multiproc.finish_subsegment = _finish_subsegment


def uninstall() -> None:
    writing.SegmentWriter.__init__ = _original_init
    writing.SegmentWriter.add_document = _original_add_document
    writing.SegmentWriter._flush_segment = _original_flush_segment
    multiproc.finish_subsegment = _original_finish_subsegment
