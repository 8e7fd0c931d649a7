"""Property-based tests (hypothesis): whatever the input, readers report problems instead of raising, extraction
gives offsets that are inside the body and spans that do not overlap illegally, and the query parser raises
nothing but `QueryError`. Example counts are modest so the suite stays quick; `--hypothesis-seed` reproduces."""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search_index import Article, QueryError, ReadProblem
from search_index.extraction import extract
from search_index.query import QueryParser
from search_index.readers import ReadOptions, read_input
from search_index.schema import build_schema
from search_index.sources import InputFile

# DATELINE_PROPERTY_EXAMPLES=5000 for a long hunt; CI keeps the default
EXAMPLES = int(os.environ.get("DATELINE_PROPERTY_EXAMPLES", "150"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- readers ---------------------------------------------------------------------------------------------

NAMES = ["story.txt", "noext", "feed.json", "lines.jsonl", "reut2-000.sgm", "feed.xml", "story.txt.gz"]

# bytes that look like something: the start of each format, broken encodings, BOMs, NULs, controls
FRAGMENTS = [
    b"{", b"}", b"[", b"]", b'"title": ', b'"body": ', b'"date": "2024-02-30"', b'"id": 1', b",", b":", b"\n",
    b"\r\n", b"\r", b"\x00", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"\xc3", b"\xe2\x80\x9c", b"\x1b[2J",
    b"<REUTERS NEWID=\"1\">", b"</REUTERS>", b"<TEXT>", b"<TITLE>", b"</TITLE>", b"<BODY>", b"</BODY>",
    b"<DATE>26-FEB-1987</DATE>", b"<rss><channel><item><title>", b"</item>", b"Title\n\n", b"Date: 2024-13-01\n",
    b"MOSCOW, May 20. /TASS/. ", b'"Quote," he said. ', b"\\ud800", b"&#27;", b"&amp;", b"null", b"true", b"1e999",
]
structured_bytes = st.lists(st.sampled_from(FRAGMENTS) | st.binary(max_size=12), max_size=40).map(b"".join)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["title", "body", "text", "content", "date", "id", "source", "author", "url", "tags",
                         "description", "published", "x"]), children, max_size=6),
    max_leaves=20,
)


def _read(name: str, data: bytes):
    f = InputFile(f"/virtual/{name}", "/virtual", name, len(data), data=data)
    return read_input(f, ReadOptions(), explicit=True)


def _check_result(result) -> None:
    for problem in result.problems:
        assert isinstance(problem, ReadProblem) and problem.reason
    for article in result.articles:
        assert isinstance(article, Article)
        for value in (article.title, article.body, article.subtitle, article.source, article.place, article.url,
                      article.author, article.native_id, article.record_key):
            assert isinstance(value, str)
            value.encode("utf-8")  # storable and printable: no unpaired surrogates


@SETTINGS
@given(name=st.sampled_from(NAMES), data=st.binary(max_size=2000))
def test_readers_never_raise_on_arbitrary_bytes(name, data):
    _check_result(_read(name, data))


@SETTINGS
@given(name=st.sampled_from(NAMES), data=structured_bytes)
def test_readers_never_raise_on_format_like_bytes(name, data):
    _check_result(_read(name, data))


@SETTINGS
@given(records=st.lists(json_values, max_size=5), as_lines=st.booleans())
def test_json_readers_never_raise_on_arbitrary_records(records, as_lines):
    if as_lines:
        data = "\n".join(json.dumps(r) for r in records).encode()
        result = _read("records.jsonl", data)
    else:
        result = _read("records.json", json.dumps(records).encode())
    _check_result(result)
    objects = [r for r in records if isinstance(r, dict)]
    assert len(result.articles) <= len(objects)


@SETTINGS
@given(text=st.text(max_size=1500), name=st.sampled_from(NAMES[:2]))
def test_plain_text_readers_never_raise_on_arbitrary_text(text, name):
    _check_result(_read(name, text.encode("utf-8", "surrogatepass")))


# --- extraction ------------------------------------------------------------------------------------------

TOKENS = [
    "Arvid Kellan", "Kellan", "Mr Kellan", "Foreign Minister", "Ida Osk", "she", "he", "they", "it", "the minister",
    "the ministry", "Northern Rivers Cooperation Council (NRCC)", "NRCC", "said", "says", "told reporters",
    "according to", "added", "saying", "in a statement", '"', "“", "”", "«", "»", "„", "''", "’’", "'", "‘", "’",
    ".", ",", ":", ";", "—", "\n", "\n\n", " ", " ", " ", "We will", "not", "MARENBURG, May 20. /MNA/.", "<b>",
    "</b>", "(", ")", "Reuter", "e\u0301", "中文", "📰", "\u202e", "\x1b[2J",
]
bodies = st.lists(st.sampled_from(TOKENS), max_size=80).map("".join) | st.text(max_size=400)


def _check_span(start: int, end: int, body: str) -> None:
    assert isinstance(start, int) and isinstance(end, int)
    assert 0 <= start <= end <= len(body)


@SETTINGS
@given(body=bodies)
def test_extraction_offsets_are_inside_the_body_and_spans_do_not_overlap(body):
    result = extract(body)
    previous_end = 0
    for q in result.quotes:
        _check_span(q.start, q.end, body)
        assert q.start < q.end and q.text == body[q.start:q.end]
        assert q.start >= previous_end, "quotes overlap or are out of order"
        previous_end = q.end
        if q.speaker_mention is not None:
            s, e = q.speaker_mention
            _check_span(s, e, body)
            assert s < e
            assert e <= q.start or s >= q.end, "the speaker is named inside the quoted words"
        assert (q.speaker is None) or q.speaker.strip()
    spans = []
    for entity in result.persons + result.organisations:
        assert entity.name.strip()
        own = sorted(entity.mentions)
        for (s, e), nxt in zip(own, own[1:] + [None]):
            _check_span(s, e, body)
            assert s < e
            if nxt is not None:
                assert e <= nxt[0], f"two mentions of {entity.name!r} overlap"
        spans += own
    spans.sort()
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        # mentions of different entities are disjoint or one holds the other (an organisation inside a title),
        # never crossing
        assert e1 <= s2 or e2 <= e1, f"mentions cross: {body[s1:e1]!r} and {body[s2:e2]!r}"


# --- the query parser ------------------------------------------------------------------------------------

_PARSER = QueryParser(build_schema())
QUERY_TOKENS = [
    "river", "treaty", '"', "(", ")", "[", "]", "{", "}", " to ", "AND", "OR", "NOT", "-", "+", "*", "?", "~", "^",
    ":", "title:", "date:", "person:", "org:", "speaker:", "id:", "colour:", "date:[", "2024", "2024-02-30",
    "2024-05", "last week", "garbage", ">", "<=", " ", " ", "\\", "'", "中文", "\x1b", "\x00", "\u202e",
]
queries = st.lists(st.sampled_from(QUERY_TOKENS), max_size=25).map("".join) | st.text(max_size=120)


@settings(max_examples=2 * EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=queries)
def test_query_parser_raises_only_query_errors(text):
    try:
        q = _PARSER.parse(text)
    except QueryError as exc:
        message = str(exc)
        assert message and "\n" not in message and len(message) < 400
    else:
        assert q is not None


@pytest.mark.parametrize("text", ["", " ", "*", "river", "-river"])
def test_query_parser_parses_the_plain_cases(text):
    assert _PARSER.parse(text) is not None


# --- text cleaning ---------------------------------------------------------------------------------------

from search_index.textclean import TERMINAL_UNSAFE, NotText, decode_bytes, one_line, safe_name, terminal_safe  # noqa: E402

any_text = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=200) | \
    st.lists(st.sampled_from(["\x1b", "\x9b", "\u202e", "\ud800", "\u200d", "\ufe0f", "\n", "\t", "[b]", "a", "中"]),
             max_size=30).map("".join)


@SETTINGS
@given(text=any_text)
def test_terminal_safe_is_one_for_one_and_leaves_nothing_unsafe(text):
    safe = terminal_safe(text)
    assert len(safe) == len(text)
    assert not TERMINAL_UNSAFE.search(safe)
    safe.encode("utf-8")
    assert terminal_safe(safe) == safe  # idempotent
    assert "\n" not in one_line(text) and "\n" not in safe_name(text) and "\t" not in safe_name(text)


@SETTINGS
@given(data=structured_bytes | st.binary(max_size=1000))
def test_decoding_gives_clean_text_or_says_binary(data):
    try:
        text, notes = decode_bytes(data)
    except NotText:
        return
    assert "\x00" not in text and "\r" not in text
    assert all(isinstance(n, str) and n for n in notes)
