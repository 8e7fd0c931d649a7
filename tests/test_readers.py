"""Each reader on small files written here: the shapes real archives come in, and their quirks."""

import json
from datetime import datetime

import pytest

from search_index.readers import ReadOptions, detect_format, read_input
from search_index.sources import InputFile


def _read(path, explicit=True, **opts):
    f = InputFile(str(path), str(path.parent), path.name, path.stat().st_size, explicit=explicit)
    return read_input(f, ReadOptions(**opts), explicit=explicit)


WIRE = """All news
Valdoria and Kestria agree to reopen river talks
The ministers met for six hours in the capital

MARENBURG /Northern Province/, May 20. /MNA/. Foreign Minister Arvid Kellan said on Monday that talks would resume.

"We are ready," Kellan said.
"""


def test_wire_story_with_chrome_title_subtitle_and_dateline(write):
    result = _read(write("story.txt", WIRE), year=2024)
    [a] = result.articles
    assert a.title == "Valdoria and Kestria agree to reopen river talks"
    assert a.subtitle == "The ministers met for six hours in the capital"
    assert a.place == "Marenburg, Northern Province"
    assert a.agency == "MNA" and a.source == "MNA"
    assert a.dateline == "MARENBURG /Northern Province/, May 20. /MNA/."
    assert a.body.startswith("MARENBURG /Northern Province/, May 20. /MNA/. Foreign Minister")
    assert a.date == datetime(2024, 5, 20)


def test_wire_story_without_year_keeps_a_partial_date(write):
    [a] = _read(write("story.txt", WIRE)).articles
    assert a.date is None
    assert a.partial_date.iso() == "--05-20"


def test_year_from_file_name_wins_over_nothing(write):
    [a] = _read(write("2025-05-20-talks.txt", WIRE)).articles
    assert a.date == datetime(2025, 5, 20)


def test_header_block_gives_date_source_and_url(write):
    text = "Date: 2025-02-14 09:30\nSource: Meridian News Agency\nURL: https://mna.example/x/1\n\n" + WIRE
    [a] = _read(write("x.txt", text)).articles
    assert a.date == datetime(2025, 2, 14, 9, 30)
    assert a.source == "Meridian News Agency"
    assert a.url == "https://mna.example/x/1"
    assert a.title.startswith("Valdoria and Kestria")


def test_impossible_dateline_date_with_year_is_a_warning_not_a_loss(write):
    text = WIRE.replace("May 20", "February 30")
    result = _read(write("x.txt", text), year=2024)
    [a] = result.articles
    assert a.date is None
    assert any("not a real date" in p.reason and not p.fatal for p in result.problems)


def test_plain_story_title_blank_body(write):
    [a] = _read(write("203.txt", "Club to hold talks\n\nFirst paragraph.\n\nSecond one.\n")).articles
    assert a.title == "Club to hold talks"
    assert a.body == "First paragraph.\n\nSecond one."
    assert a.date is None and a.partial_date is None


def test_numeric_character_references_in_plain_text_are_characters(write):
    # a saved web page's references, as the BBC corpus has them; a control character's stays as written
    text = "Ren&#233; Osk wins &#163;5m\n\nRen&#233; Osk said the prize, &#x2018;huge&#x2019;, was &#27; not hers.\n"
    [a] = _read(write("204.txt", text)).articles
    assert a.title == "René Osk wins £5m"
    assert a.body == "René Osk said the prize, ‘huge’, was &#27; not hers."


def test_a_headline_over_two_lines_then_a_body_is_a_story(write):
    body = "Arvid Kellan says he is under attack because of his rise in the polls, and that the river talks " \
           "will go on whatever the critics say about them this week."
    [a] = _read(write("two.txt", f"Kellan on defense as scrutiny heats up;\nHis record questioned.\n\n{body}\n"),
                explicit=False).articles
    assert (a.title, a.subtitle, a.body) == ("Kellan on defense as scrutiny heats up;", "His record questioned.", body)
    # two short lines and a few words after a blank line are a list, not a story
    listed = _read(write("list.txt", "apples\npears\n\nplums and figs\n"), explicit=False)
    assert listed.articles == [] and listed.ignored


def test_word_list_is_not_an_article(write):
    path = write("words.txt", "alpha\nbeta\ngamma\n")
    walked = _read(path, explicit=False)
    assert walked.articles == [] and walked.ignored and not walked.problems
    named = _read(path, explicit=True)
    assert named.problems and "not a story" in named.problems[0].reason


def test_empty_and_whitespace_files_are_problems(write):
    assert _read(write("e.txt", "")).problems[0].reason == "empty file"
    assert _read(write("w.txt", "  \n\t\n")).problems[0].reason == "only whitespace"


def test_gzip_is_read_transparently(write):
    [a] = _read(write("story.txt.gz", WIRE, gz=True), year=2024).articles
    assert a.place == "Marenburg, Northern Province"


# --- JSON -----------------------------------------------------------------------------------------------

TASS_LIKE = [{
    "title": "Leader says talks will go on",
    "description": "The head of state spoke to reporters",
    "date": "2024-12-26 19:48:18",
    "link": "https://agency.example/politics/1894059",
    "content": ["The head of state spoke to reporters",
                "HAVANA, December 26. /TASS/. The leader said the talks would go on.",
                "\"We will move on,\" he said."],
    "top_words": {"talks": 2},
}]


def test_json_array_tass_shape(write):
    [a] = _read(write("politics.json", json.dumps(TASS_LIKE))).articles
    assert a.title == "Leader says talks will go on"
    assert a.subtitle == "The head of state spoke to reporters"
    assert a.body.startswith("HAVANA, December 26. /TASS/.")  # content[0] repeated the description
    assert a.body == "\n\n".join(TASS_LIKE[0]["content"][1:])
    assert (a.place, a.agency, a.source) == ("Havana", "TASS", "TASS")
    assert a.date == datetime(2024, 12, 26, 19, 48, 18)
    assert a.native_id == "1894059"


def test_jsonl_body_is_kept_unchanged_and_bad_lines_are_named(write):
    good = {"id": "g-1", "headline": "A", "text": "Line one.\r\n\r\nLine two.", "published": "2024-04-12T08:15:00+02:00",
            "source": {"name": "The Gazette"}, "authors": ["Ann Lee", "Bo Chan"]}
    lines = [json.dumps(good), "{not json", json.dumps([1, 2]), json.dumps({"title": 5, "body": {"x": 1}}), ""]
    result = _read(write("feed.jsonl", "\n".join(lines)))
    [a] = result.articles
    assert a.body == "Line one.\r\n\r\nLine two."
    assert a.id == "" and a.native_id == "g-1" and a.record_key == "id=g-1"
    assert a.source == "The Gazette" and a.author == "Ann Lee, Bo Chan"
    assert a.date == datetime(2024, 4, 12, 6, 15)
    reasons = {p.record: p.reason for p in result.problems}
    assert "invalid JSON" in reasons["line 2"]
    assert "not a JSON object" in reasons["line 3"]
    assert "expected text" in reasons["line 4"]


def test_json_impossible_date_is_a_warning(write):
    result = _read(write("x.json", json.dumps({"title": "T", "body": "B", "date": "2024-02-30"})))
    [a] = result.articles
    assert a.date is None
    assert "impossible date" in result.problems[0].reason and not result.problems[0].fatal


def test_deeply_nested_json_is_refused_cleanly(write):
    deep = '{"title": "T", "body": "B", "x": ' + "[" * 5000 + "]" * 5000 + "}"
    result = _read(write("deep.json", deep))
    assert result.articles == []
    assert "nested" in result.problems[0].reason


# --- Reuters SGML ---------------------------------------------------------------------------------------

SGML = """<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="1">
<DATE> 4-MAR-1987 17:38:53.47</DATE>
<TOPICS></TOPICS>
<PLACES><D>usa</D></PLACES>
<PEOPLE><D>reagan</D></PEOPLE>
<ORGS></ORGS>
<EXCHANGES></EXCHANGES>
<COMPANIES></COMPANIES>
<UNKNOWN>&#5;&#5;&#5;F
&#22;&#22;&#1;f0001&#31;reute</UNKNOWN>
<TEXT>&#2;
<TITLE>KEMP URGES &lt;AB> TO ACT</TITLE>
<DATELINE>    WASHINGTON, March 4 - </DATELINE><BODY>Rep. Jack Kemp, a New York
Republican, urged action &amp; restraint.
    "I call upon the President," Kemp said.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="5545" NEWID="2">
<DATE>27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM</DATE>
<TOPICS></TOPICS><PLACES></PLACES><PEOPLE></PEOPLE><ORGS></ORGS><EXCHANGES></EXCHANGES><COMPANIES></COMPANIES>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>BRIEF TITLE ONLY</TITLE>
&#3;</TEXT>
</REUTERS>
<REUTERS TOPICS="NO" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="5546" NEWID="3">
<DATE> 5-MAR-1987 09:00:00.00</DATE>
<TOPICS></TOPICS><PLACES></PLACES><PEOPLE></PEOPLE><ORGS></ORGS><EXCHANGES></EXCHANGES><COMPANIES></COMPANIES>
<TEXT TYPE="UNPROC">&#2;
unprocessed teletype text here
&#3;</TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="4">
<DATE> 6-MAR-1987 09:00:00.00</DATE>
<TEXT>&#2;
<TITLE>TRUNCATED
"""


def test_reuters_sign_off_in_capitals_is_dropped_too(write):
    """A quarter of the Reuters stories sign off `REUTER`, not `Reuter`: neither stays in the body."""
    result = _read(write("reut2-001.sgm", SGML.replace(" Reuter\n&#3;", " REUTER\n&#3;")))
    by_id = {a.native_id: a for a in result.articles}
    assert by_id["1"].body.endswith('"I call upon the President," Kemp said.')


def test_reuters_sgml(write):
    result = _read(write("reut2-000.sgm", SGML))
    by_id = {a.native_id: a for a in result.articles}
    assert set(by_id) == {"1", "2", "3"}
    a = by_id["1"]
    assert a.title == "KEMP URGES <AB> TO ACT"
    assert a.body == 'Rep. Jack Kemp, a New York Republican, urged action & restraint.\n\n"I call upon the President," Kemp said.'
    assert a.date == datetime(1987, 3, 4, 17, 38, 53, 470000)
    assert (a.place, a.dateline, a.source) == ("Washington", "WASHINGTON, March 4 -", "Reuters")
    assert a.tags["people"] == ["reagan"] and a.tags["places"] == ["usa"]
    assert by_id["2"].title == "BRIEF TITLE ONLY" and by_id["2"].body == ""
    assert by_id["2"].date == datetime(1987, 3, 27, 0, 2, 59, 130000)
    assert by_id["3"].body == "unprocessed teletype text here"
    [problem] = [p for p in result.problems if p.fatal]
    assert problem.record == "NEWID=4" and "truncated" in problem.reason


TABLE_BODY = """The Marenburg Grain Board made
the following supply projections, in mln tonnes, with
comparisons, unless noted --
    BARLEY --     1986/87            1985/86
           04/09/87 03/09/87  04/09/87 03/09/87
 Acreage (mln ha) --
     Planted   76.7    76.7     83.4    83.4
   Harvested   69.2    69.2     75.2    75.2
MEAL
 Start Stock  4,040   4,040    1,648   1,648
  Production  8,253   8,253    8,877   8,877
    The board said the figures were  provisional.  Farmers
expect a late harvest.
"""


def test_a_reuters_table_keeps_its_rows_and_columns_and_names_no_one(write):
    """Unwrapped as prose, a table's rows ran together (`Harvested 69.2 69.2 75.2 75.2 MEAL Start Stock
    4,040…`): its lines stay lines, with their columns, a paragraph of their own; the prose around it (two
    spaces after a full stop included) is unwrapped as before, and the table's labels are no organisations."""
    from search_index.extraction import extract

    sgml = SGML.replace("""Rep. Jack Kemp, a New York
Republican, urged action &amp; restraint.
    "I call upon the President," Kemp said.""", TABLE_BODY.rstrip("\n"))
    result = _read(write("reut2-000.sgm", sgml))
    body = {a.native_id: a for a in result.articles}["1"].body
    first, table, last = body.split("\n\n")
    assert first == ("The Marenburg Grain Board made the following supply projections, in mln tonnes, with "
                     "comparisons, unless noted --")
    assert table.split("\n") == TABLE_BODY.split("\n")[3:11]
    assert last == "The board said the figures were  provisional.  Farmers expect a late harvest."
    names = {o.name for o in extract(body).organisations}
    assert names == {"Marenburg Grain Board"}
    # prose typed with two spaces after its sentences, figures in it, is no table
    prose = ('Jon Dalby, chief executive of Halvard Corp, said profits rose 5 pct.  "We are pleased.  It was a '
             'good\nyear," Dalby said on Monday.  Shares rose 2 pct.  Analysts expected 1988 to be better.')
    result = extract(prose)
    assert [p.name for p in result.persons] == ["Jon Dalby"] and result.quotes[0].speaker == "Jon Dalby"


def test_reuters_gz_with_latin1_byte(write):
    data = SGML.split('<REUTERS TOPICS="NO" NEWID="4">')[0].encode("latin-1").replace(b"restraint", b"restr\xfcint")
    result = _read(write("reut2-017.sgm.gz", data, gz=True))
    assert "restrüint" in result.articles[0].body
    assert any("Windows-1252" in p.reason for p in result.problems)


# --- feeds ----------------------------------------------------------------------------------------------

RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Valdoria Wire</title>
<item><title>Port reopens</title><link>https://wire.example/news/port-reopens</link>
<guid>https://wire.example/news/port-reopens</guid>
<pubDate>Tue, 14 May 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;The port reopened on Tuesday.&lt;/p&gt;&lt;p&gt;"Good news," the mayor said.&lt;/p&gt;</description>
</item></channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Kestria Daily</title>
<entry><title>Bank holds rates</title><id>tag:kd.example,2025:42</id>
<link href="https://kd.example/a/42"/><updated>2025-03-01T09:00:00Z</updated>
<summary>Short summary</summary>
<content type="html">&lt;p&gt;The central bank held rates.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</content>
</entry></feed>"""


def test_rss_feed(write):
    [a] = _read(write("wire.rss", RSS)).articles
    assert a.title == "Port reopens" and a.source == "Valdoria Wire"
    assert a.body == 'The port reopened on Tuesday.\n\n"Good news," the mayor said.'
    assert a.date == datetime(2024, 5, 14, 10, 0)
    assert a.url == "https://wire.example/news/port-reopens"


def test_atom_feed_sniffed_from_content(write):
    [a] = _read(write("daily.xml", ATOM)).articles
    assert (a.title, a.source, a.body, a.subtitle) == ("Bank holds rates", "Kestria Daily",
                                                       "The central bank held rates.", "Short summary")
    assert a.date == datetime(2025, 3, 1, 9, 0)


def test_detect_format():
    assert detect_format("reut2-000.sgm.gz", b"") == "reuters"
    assert detect_format("x.jsonl", b"{}") == "jsonl"
    assert detect_format("x.json", b"[]") == "json"
    assert detect_format("feed", b"<?xml version='1.0'?><rss>") == "feed"
    assert detect_format("story.txt", b"Title\n\nBody") == "text"
    assert detect_format("picture.bmp", b"BM") is None


def test_header_block_then_a_plain_story_without_dateline(write):
    [a] = _read(write("x.txt", "Date: 2024-01-01 10:00\nSource: X\n\nA title\n\nBody paragraph.\n")).articles
    assert (a.title, a.body, a.source) == ("A title", "Body paragraph.", "X")
    assert a.date == datetime(2024, 1, 1, 10, 0)


def test_a_file_is_read_whole_up_to_the_size_limit_and_refused_beyond(tmp_path, monkeypatch):
    from search_index import sources
    monkeypatch.setattr(sources, "MAX_FILE_BYTES", 64)
    at_limit = tmp_path / "at.txt"
    at_limit.write_bytes(b"x" * 64)
    over = tmp_path / "over.txt"
    over.write_bytes(b"x" * 65)
    f = InputFile(str(at_limit), str(tmp_path), "at.txt", 64)
    assert f.read_bytes() == b"x" * 64
    with pytest.raises(ValueError, match="larger than"):
        InputFile(str(over), str(tmp_path), "over.txt", 65).read_bytes()
    # a file that grew after it was listed is read to its end (or refused if now too large)
    at_limit.write_bytes(b"y" * 10)
    small = InputFile(str(at_limit), str(tmp_path), "at.txt", 10)
    at_limit.write_bytes(b"y" * 40)
    assert small.read_bytes() == b"y" * 40


def test_a_compressed_file_cut_short_keeps_the_records_before_the_break(write):
    """A copy stopped part-way (`head -c`, a broken download): the whole records decompressed before the break
    are read, with a warning that says so; a file with nothing readable, and trailing junk, are told apart."""
    import bz2
    import gzip
    import lzma

    # 3,000 records, 1.3 MB: more than one of bzip2's blocks, which it gives out whole or not at all
    lines = "".join(json.dumps({"id": f"r{n}", "title": f"Story {n}", "body": f"Body of story {n} " * 20}) + "\n"
                    for n in range(3000))
    data = lines.encode()
    more = lines.replace('"r', '"s').encode()  # a second stream, other records
    for name, pack in (("cut.jsonl.gz", gzip.compress), ("cut.jsonl.bz2", bz2.compress),
                       ("cut.jsonl.xz", lzma.compress)):
        packed = pack(data)
        result = _read(write(name, packed[: len(packed) * 9 // 10]))
        assert 0 < len(result.articles) < 3000, name
        assert [a.title for a in result.articles] == [f"Story {n}" for n in range(len(result.articles))]
        assert any("cut short" in p.reason and not p.fatal for p in result.problems), name
        whole = _read(write("whole-" + name, packed + pack(more)))  # two streams, one after the other: both read
        assert len(whole.articles) == 6000 and not whole.problems, name
        # damaged in the middle (a bad sector, a flipped block), not cut: the records before the damage are read
        damaged = bytearray(packed)
        damaged[len(packed) * 9 // 10:len(packed) * 9 // 10 + 200] = b"\xff" * 200
        result = _read(write("damaged-" + name, bytes(damaged)))
        good = [a for a in result.articles if a.title.startswith("Story ")]
        assert len(good) >= 1000, name  # of the 2,700 before the damage (the block it lies in is lost)
        assert [a.title for a in good[:1000]] == [f"Story {n}" for n in range(1000)]
        assert any("cut short" in p.reason and "damaged" in p.reason for p in result.problems), name
    junk = _read(write("junk.jsonl.gz", b"\x1f\x8b" + b"not really gzip" * 10))
    assert not junk.articles and any("not a readable gzip file" in p.reason for p in junk.problems)
