"""Faster paths through Whoosh for the two things Dateline does most, with Whoosh's own results.

Profiling `dateline index` showed Whoosh's analysis (a generator of Token objects per word, through four
filters) and its field lengths (read back from disk once per posting while a segment is written, and once per
scored document while searching) taking half of the indexing time and much of the scoring. Both are replaced
here by the same computation done in bulk:

- `FastText` is Whoosh's TEXT field with an `index()` that runs a RegexTokenizer | LowercaseFilter
  [| StopFilter] [| StemFilter] chain as one loop over `re.findall`, producing exactly the postings Whoosh's
  chain produces (positions, frequencies, weights, encoded values); any other analyzer falls back to Whoosh.
- `install()` makes a segment's field lengths one list per field, read from the lengths column in one go;
  makes identifier and date terms directly; pickles posting blocks in protocol 4,
  where a posting's positions stay bytes (see `_dumps_bytes_as_bytes`); and puts term_pool's writer in place
  of Whoosh's sorting pool.

tests/test_whoosh_tuning.py checks each against Whoosh's own code.
"""

from __future__ import annotations

import re
import struct
from array import array
from collections import defaultdict
from datetime import datetime
from itertools import groupby

import numpy as np
from whoosh import columns, fields, formats
from whoosh.analysis import filters, morph, tokenizers
from whoosh.analysis.analyzers import CompositeAnalyzer
from whoosh.codec import whoosh3
from whoosh.system import pack_uint as _pack_uint
from whoosh.util.numeric import byte_to_length
from pickle import dumps as _dumps

from . import term_pool


def _fast_plan(analyzer):
    """(pattern, stops, minsize, maxsize, renumber, stem, ignore) for a chain this module can run, else None."""
    items = analyzer.items if isinstance(analyzer, CompositeAnalyzer) else [analyzer]
    if not items or type(items[0]) is not tokenizers.RegexTokenizer or items[0].gaps:
        return None
    pattern = items[0].expression.pattern
    plan = {"lower": False, "stops": None, "minsize": 0, "maxsize": None, "renumber": True, "stem": None,
            "ignore": frozenset()}
    order = []
    for item in items[1:]:
        kind = type(item)
        if kind is filters.LowercaseFilter and not order:
            plan["lower"] = True
        elif kind is filters.StopFilter and order in ([], ["lower"]) and plan["lower"]:
            plan.update(stops=item.stops, minsize=item.min, maxsize=item.max, renumber=item.renumber)
        elif kind is morph.StemFilter and "stem" not in order and plan["lower"]:
            plan.update(stem=item._stem, ignore=item.ignore)
        else:
            return None
        order.append({filters.LowercaseFilter: "lower", filters.StopFilter: "stop", morph.StemFilter: "stem"}[kind])
    # the same matches without capturing groups, so that findall returns whole tokens
    pattern = _uncapture(pattern)
    pattern, starless = _SAME_MATCHES.get(pattern, (pattern, None))
    plan["regex"] = re.compile(pattern, items[0].expression.flags)
    plan["starless"] = re.compile(starless, items[0].expression.flags) if starless else plan["regex"]
    plan["term"] = _term_maker(plan)
    return plan


# Whoosh's default word pattern, with its optional dot made a required one: the same matches (after a greedy
# `[\w\*]+` only a dot can go on); and for a text without a `*` (nearly every article), the same without the `*`,
# which leaves a class of one category: findall over an average benchmark article's text in 36 us, not 47 us
_SAME_MATCHES = {r"[\w\*]+(?:\.?[\w\*]+)*": (r"[\w\*]+(?:\.[\w\*]+)*", r"\w+(?:\.\w+)*")}


def _term_maker(plan):
    """A function from a (lowercased) word to its term's bytes, b"" for a word the stop filter drops, or None
    for a word whose term would be empty (which Whoosh keeps, and the fast path cannot tell from a stop word)."""
    stops, minsize, maxsize = plan["stops"], plan["minsize"], plan["maxsize"]
    stem, ignore = plan["stem"], plan["ignore"]

    def term(word: str) -> bytes | None:
        if stops is not None and (len(word) < minsize or (maxsize is not None and len(word) > maxsize)
                                  or word in stops):
            return b""
        return (word if stem is None or word in ignore else stem(word)).encode("utf-8") or None

    return term


def _uncapture(pattern: str) -> str:
    """`(...)` groups made `(?:...)`: findall then returns whole matches (escaped parentheses left alone)."""
    out = []
    i = 0
    in_class = False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern.startswith("]", i + 1) or pattern.startswith("^]", i + 1):  # a literal ] first in a class
                out.append(pattern[i:pattern.index("]", i + 1) + 1])
                i = pattern.index("]", i + 1) + 1
                continue
        elif ch == "(" and not pattern.startswith("?", i + 1):
            out.append("(?:")
            i += 1
            continue
        elif ch == "(" and pattern.startswith("?P<", i + 1):  # a named group: unnamed and not capturing
            out.append("(?:")
            i = pattern.index(">", i) + 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


class FastText(fields.TEXT):
    """Whoosh's TEXT field, analysed in one pass when its analyzer is a plain chain (see the module)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._plan = None

    def __getstate__(self):
        state = self.__dict__.copy()
        state.pop("_plan", None)  # compiled regexes and stem caches are rebuilt, not pickled into the index
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._plan = None

    def index(self, value, **kwargs):
        fmt = self.format
        positions = self._positions(value) if not kwargs else None
        if positions is None:
            return super().index(value, **kwargs)
        boost = fmt.field_boost
        return [(w, len(p), len(p) * 1.0 * boost, v) for (w, p), v in zip(positions.items(), _encoded(positions))]

    def index_columns(self, value):
        """What `index` gives, as columns for term_pool: (terms, weights, encoded positions, field length), or
        None where Whoosh's own analysis runs."""
        positions = self._positions(value)
        if positions is None:
            return None
        values = _encoded(positions)
        weights = list(map(len, positions.values()))
        length = sum(weights)
        boost = self.format.field_boost
        if boost != 1.0:
            weights = [w * boost for w in weights]
        return list(positions), weights, values, length

    def _positions(self, value) -> dict[bytes, list[int]] | None:
        """Each term's positions in `value`, in the order of first use; None where this path cannot run."""
        if type(self.format) is not formats.Positions or not isinstance(value, str):
            return None
        plan = self._plan
        if plan is None:
            plan = self._plan = _fast_plan(self.analyzer) or False
        if plan is False:
            return None
        if plan["stops"] is not None and not plan["renumber"]:
            return None  # stop words keep their places: not what Dateline uses
        regex = plan["regex"] if "*" in value else plan["starless"]
        if plan["lower"]:
            lowered = value.lower()
            # the text lowered at once, when that gives each word the lower case it has alone: no character whose
            # lower case is longer (`İ`), and no capital sigma, which lowers by what follows it (`Σ’b` is `σ’b` in
            # the text, `ς` in the word): one call instead of one per word
            words = regex.findall(lowered) if len(lowered) == len(value) and "Σ" not in value else \
                [w.lower() for w in regex.findall(value)]
        else:
            words = regex.findall(value)
        # each word's term bytes from a per-field table (b"" for a stop word or a word of the wrong size): a
        # lookup per word in C, where filtering, a set of the words and their stems took three passes in Python
        terms_of = plan.setdefault("terms", {})
        terms = list(map(terms_of.get, words))
        if None in terms:
            if len(terms_of) > 500_000:
                terms_of.clear()
            term = plan["term"]
            for w in set(words).difference(terms_of):
                found = term(w)
                if found is None:
                    # an empty term (a stemmer may make one, a pattern may match nothing): Whoosh keeps it,
                    # where this path drops it as a stop word; the field is analysed by Whoosh from here on
                    self._plan = False
                    return None
                terms_of[w] = found
            terms = list(map(terms_of.__getitem__, words))
        kept = list(filter(None, terms))
        # positions run on from the first kept word's place (stop words before it still count)
        first = 0 if not kept or terms[0] else terms.index(kept[0])
        positions: dict[bytes, list[int]] = defaultdict(list)
        for pos, w in enumerate(kept, first):
            positions[w].append(pos)
        return positions


def _encoded(positions: dict[bytes, list[int]]) -> list[bytes]:
    """Each term's positions as Whoosh's Positions format encodes them; most words of an article occur once,
    and take theirs from a table."""
    once = _ONCE
    return [once(p[0]) if len(p) == 1 else _encode_positions(p) for p in positions.values()]


def _encode_positions(poslist: list[int]) -> bytes:
    """Whoosh's Positions.encode (a count, then the pickled position deltas), without its Python loop."""
    deltas = [b - a for a, b in zip([0, *poslist], poslist)]
    return _pack_uint(len(deltas)) + _dumps(deltas, 2)


class _SinglePositions(dict):
    """The encoding of a word found once, at a given position, made once per position."""

    def __missing__(self, pos: int) -> bytes:
        value = _encode_positions([pos])
        if pos < 65_536:  # the start of every article; a huge one's far positions are not kept
            self[pos] = value
        return value


_ONCE = _SinglePositions().__getitem__


# --- identifiers and dates ------------------------------------------------------------------------------
_original_id_index = fields.ID.index
_original_datetime_index = fields.DATETIME.index
_original_datetime_column_value = fields.DATETIME.to_column_value


def _id_index(self, value, **kwargs):
    """Whoosh's ID.index for the plain identifier analyzer: the whole value is the one term (Whoosh builds a
    token stream, a set and a generator for it, for the key, hash, path and ids of every article)."""
    fmt = self.format
    if (kwargs or type(self.analyzer) is not tokenizers.IDTokenizer or type(fmt) is not formats.Existence
            or not isinstance(value, str) or not value):
        return _original_id_index(self, value, **kwargs)
    return [(value.encode("utf-8"), 1, fmt.field_boost, b"")]


_DATETIME_MIN = datetime.min
_SHIFT_BYTES = [bytes((shift,)) for shift in range(256)]


def _usecs(value: datetime) -> int:
    """Whoosh's datetime_to_long for a naive datetime: microseconds since `datetime.min`."""
    d = value - _DATETIME_MIN
    return (d.days * 86_400 + d.seconds) * 1_000_000 + d.microseconds


def _datetime_index(self, value, **kwargs):
    """Whoosh's DATETIME.index (a term for every 8-bit shift of the number: eight per article), computed
    directly: Whoosh converts the date again for every shift, through four calls each, and an archive's
    articles seldom share a time of day, so keeping the terms per date saved nothing (2% of indexing)."""
    if kwargs or type(value) is not datetime or value.tzinfo is not None or self.numtype is not int \
            or not self.shift_step:
        return _original_datetime_index(self, value, **kwargs)
    x = _usecs(value)
    if self.signed:
        x += 1 << (self.bits - 1)
    pack = self._struct.pack
    return [(_SHIFT_BYTES[shift] + pack(x >> shift), 1, 1.0, b"") for shift in range(0, self.bits, self.shift_step)]


def _datetime_column_value(self, value):
    """Whoosh's DATETIME.to_column_value (the date as a number for the sorting column), converted once."""
    if type(value) is datetime and value.tzinfo is None:
        return _usecs(value)
    return _original_datetime_column_value(self, value)


# --- field lengths ---------------------------------------------------------------------------------------
_BYTE_LENGTHS = [None] + [byte_to_length(b) for b in range(1, 256)]  # a zero byte reads as None in Whoosh too
_original_doc_field_length = whoosh3.W3PerDocReader.doc_field_length
_original_block_dumps = whoosh3.dumps
_original_column_dumps = columns.dumps
_original_perdoc_close = whoosh3.W3PerDocReader.close


def _length_bytes(perdoc, fieldname) -> bytes | None:
    """A segment's length bytes of `fieldname`, one per document up to the last one written (documents after it
    have none), read in one go; None when the field has no lengths."""
    column = perdoc._cached_reader(whoosh3._lenfield(fieldname), whoosh3.LENGTHS_COLUMN)
    if column is None:
        return None
    count = min(column._count, perdoc._doccount)
    return bytes(column._dbfile.get(column._basepos, count)) if count else b""


def _all_lengths(reader, fieldname):
    """Every document's length of `fieldname` in this segment as a list, or None when the field has none."""
    raw = _length_bytes(reader, fieldname)
    if raw is None:
        return None
    return [_BYTE_LENGTHS[b] for b in raw] + [None] * (reader._doccount - len(raw) + 1)


def _doc_field_length(self, docnum, fieldname, default=0):
    cache = self.__dict__.get("_dateline_lengths")
    if cache is None:
        cache = self.__dict__["_dateline_lengths"] = {}
    try:
        lengths = cache[fieldname]
    except KeyError:
        lengths = cache[fieldname] = _all_lengths(self, fieldname)
    if lengths is None:
        return default
    if docnum > self._doccount:
        raise IndexError("Asked for docnum %r of %d" % (docnum, self._doccount))
    return lengths[docnum]


# --- writing a segment's postings ------------------------------------------------------------------------
_original_add_postings = whoosh3.W3FieldWriter.add_postings


def _add_postings(self, schema, lengths, items):
    """Whoosh's FieldWriter.add_postings, a term at a time: each block of up to `blocklimit` postings is handed
    to the postings writer as arrays, where Whoosh makes four method calls and four assertions per posting. Used
    where postings still come as sorted tuples (Whoosh's multi-process writer gathering its sub-writers' runs);
    a segment writer's own postings go through term_pool.write_terms. tests/test_whoosh_tuning.py reads the
    result back."""
    dfl = lengths.doc_field_length if lengths else (lambda docnum, fieldname: 0)
    lastfn = None
    for (fieldname, btext), group in groupby(items, key=_term_key):
        postings = [p for p in group if p[2] != -1]  # docnum -1: a spelling word, not a posting (as in Whoosh)
        if fieldname != lastfn:
            if lastfn is not None:
                self.finish_field()
            self.start_field(fieldname, schema[fieldname])
            lastfn = fieldname
        if not postings:
            continue
        self.start_term(btext)
        pw = self._postwriter
        limit = pw._blocklimit
        for start in range(0, len(postings), limit):
            if start:
                pw._write_block()  # the previous block was full
            block = postings[start:start + limit]
            ids = [p[2] for p in block]
            weights = [p[3] for p in block]
            pw._ids = array("I", ids)
            pw._weights = array("f", weights)
            pw._values = [v for v in (p[4] for p in block) if v]
            found = [n for n in (dfl(d, fieldname) for d in ids) if n]
            pw._minlength = min(found) if found else None
            pw._maxlength = max(found) if found else 0
            pw._maxweight = max(0, max(weights))
        self.finish_term()
    if lastfn is not None:
        self.finish_field()


# --- reading a column of variable-length values (stored fields) -------------------------------------------
_original_read_offsets = columns.VarBytesColumn.Reader._read_offsets_and_lengths
_LONG_IS_8 = array("L").itemsize == 8  # Whoosh's offsets array holds what numpy's uint64 writes


def _read_offsets_and_lengths(self):
    """Whoosh's reader of a variable-length column, with the offsets summed from the lengths by numpy: Whoosh
    derives them a document at a time, which was half of the first search that touched a segment's stored
    fields at 100,000 articles (2–4 ms per segment, per commit)."""
    dbfile, doccount = self._dbfile, self._doccount
    lastbyte = self._basepos + self._length - 1
    lens_code = chr(dbfile.get_byte(lastbyte))
    if lens_code == "X" or not _LONG_IS_8:  # offsets written (or an unusual platform): Whoosh's way
        return _original_read_offsets(self)
    itemsize = struct.calcsize(lens_code)
    lengths = dbfile.get_array(lastbyte - itemsize * doccount, lens_code, doccount)
    summed = np.zeros(doccount, dtype=np.uint64)
    if doccount > 1:
        np.cumsum(np.asarray(lengths, dtype=np.uint64)[:-1], out=summed[1:])
    offsets = array("L")
    offsets.frombytes(summed.tobytes())
    self._offsets = offsets
    self._lengths = lengths


def _term_key(posting):
    return posting[0], posting[1]


def install() -> None:
    """Read field lengths a column at a time, let short posting lists be stored with their term, and pickle
    posting blocks and stored fields in a protocol that knows bytes (idempotent; called when
    `search_index.store` is imported)."""
    whoosh3.W3PerDocReader.doc_field_length = _doc_field_length
    whoosh3.W3FieldWriter.add_postings = _add_postings
    # Whoosh-Reloaded's postings writer calls `set_inline`, a method its term info names `set_inlined`: any
    # codec with inlinelimit > 1 fails at the first short posting list without this
    whoosh3.W3TermInfo.set_inline = _set_inline
    whoosh3.W3PerDocReader.close = _close_perdoc
    columns.VarBytesColumn.Reader._read_offsets_and_lengths = _read_offsets_and_lengths
    fields.ID.index = _id_index
    fields.DATETIME.index = _datetime_index
    fields.DATETIME.to_column_value = _datetime_column_value
    whoosh3.dumps = _dumps_bytes_as_bytes
    columns.dumps = _dumps_bytes_as_bytes  # each document's stored fields (its date's state is bytes)
    term_pool.install()


# protocol 4 keeps bytes as bytes (SHORT_BINBYTES); Python 3.4+ reads it, and Whoosh's `loads` takes any protocol
PICKLE_PROTOCOL = 4


def _dumps_bytes_as_bytes(obj, protocol=None) -> bytes:
    """Whoosh 3's pickles of posting blocks, short posting lists and block headers, in protocol 4 where Whoosh
    asks for 2. Protocol 2 predates Python 3's bytes: it writes each bytes object (every posting's encoded
    positions) as a call to `_codecs.encode` on a latin-1 string, so unpickling a block of 128 postings makes 128
    function calls. Unzipping and unpickling the blocks of a common word at 100,000 articles: 25.5 ms in protocol
    2, 5.9 ms in 4; writing them 2.8x faster; the zipped blocks half the size. Whoosh reads blocks with a plain
    `loads`, which takes any protocol, so indexes with blocks of both kinds read alike. The same for each
    document's stored fields (12% faster to write, 6% smaller)."""
    return _dumps(obj, PICKLE_PROTOCOL)


def _close_perdoc(self) -> None:
    """Whoosh's close, safe while another thread opens a column: the app's workers read the date and length
    columns lazily, and a close that iterated the live table of open column files failed with "dictionary
    changed size during iteration" when a worker opened one meanwhile (the file it opened closes when its
    reader is dropped)."""
    for colfile, _, _ in list(self._colfiles.values()):
        colfile.close()
    if self._vpostfile:
        self._vpostfile.close()


def _set_inline(self, ids, weights, values):
    """Short postings kept inside the term's entry. A field without payloads (an ID) has no values at all,
    and Whoosh's list matcher then gives None where a segment merge expects bytes: one empty value each."""
    self.set_inlined(ids, weights, values if len(values) == len(ids) else [b""] * len(ids))


def uninstall() -> None:
    """Whoosh's own field lengths and postings writer again (the tests compare the two)."""
    whoosh3.W3PerDocReader.doc_field_length = _original_doc_field_length
    whoosh3.W3FieldWriter.add_postings = _original_add_postings
    whoosh3.W3PerDocReader.close = _original_perdoc_close
    columns.VarBytesColumn.Reader._read_offsets_and_lengths = _original_read_offsets
    fields.ID.index = _original_id_index
    fields.DATETIME.index = _original_datetime_index
    fields.DATETIME.to_column_value = _original_datetime_column_value
    whoosh3.dumps = _original_block_dumps
    columns.dumps = _original_column_dumps
    term_pool.uninstall()


def length_array(reader, fieldname: str):
    """A leaf reader's lengths of `fieldname` for every document, as a numpy array (0 where none)."""
    perdoc = getattr(reader, "_perdoc", None)
    count = reader.doc_count_all()
    if perdoc is None:
        return np.zeros(count)
    out = np.zeros(count)
    raw = _length_bytes(perdoc, fieldname)
    if raw:
        out[:len(raw)] = _LENGTH_TABLE[np.frombuffer(raw, dtype=np.uint8)]
    return out


def _length_table():
    return np.array([0] + _BYTE_LENGTHS[1:], dtype=np.float64)


_LENGTH_TABLE = _length_table()
