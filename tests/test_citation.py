"""A copied quote keeps who said it, where and when, as one safe line."""

from __future__ import annotations

from datetime import datetime

from search_index import cite_article, cite_quote, date_text


def test_a_quote_is_cited_with_its_speaker_article_outlet_date_and_id():
    line = cite_quote("We will not sign.", "Mira Osk", "Delta talks stall", "Northbank Courier",
                      "2024-05-20", "ledger-2024-0627")
    assert line == "“We will not sign.” — Mira Osk, in “Delta talks stall”, Northbank Courier, 2024-05-20 " \
                   "[ledger-2024-0627]"


def test_a_quote_without_a_speaker_says_so_rather_than_naming_nobody():
    assert cite_quote("Later.", None, "T", "", "", "").startswith("“Later.” — speaker not named, in “T”")


def test_a_quote_over_paragraphs_is_one_line_and_control_characters_are_inert():
    line = cite_quote("First part,\n\nsecond\tpart.", "A\x1b[31mB", "Title\x07", "Wire", "", "x")
    assert "\n" not in line and "\t" not in line and "First part, second part." in line
    assert "\x1b" not in line and "\x07" not in line


def test_a_quote_over_paragraphs_is_cited_and_listed_without_the_opening_marks_its_paragraphs_repeat():
    from search_index import Quote, quote_line
    from tui.widgets.quotes import quote_text

    text = 'We will not sign.\n\n\u201cThe delta is ours. "It always was,'
    assert quote_line(text) == "We will not sign. The delta is ours. It always was,"
    assert cite_quote(text, "Mira Osk", "T", "", "", "").startswith(
        "\u201cWe will not sign. The delta is ours. It always was,\u201d \u2014 Mira Osk")
    assert "We will not sign. The delta is ours. It always was," in quote_text(Quote(0, len(text), text)).plain
    # a word in quotes inside a sentence, and single marks nested in the quote, are kept
    assert quote_line("He called it a \"deal\". 'No,' she said.") == "He called it a \"deal\". 'No,' she said."
    assert quote_line('It ended.\n\n- "The next') == 'It ended. - "The next'


def test_an_article_reference_leaves_out_an_unknown_outlet_and_says_when_it_is_undated():
    assert cite_article("Delta talks stall", "", "", "") == "“Delta talks stall”, undated"
    assert cite_article("Budget row", "", "", "politics/022") == "“Budget row”, undated [politics/022]"
    assert cite_article("", "TASS", "--12-26", "tass-1") == "untitled, TASS, --12-26 [tass-1]"


def test_dates_keep_a_time_the_source_gave_and_a_partial_date_as_written():
    assert date_text(datetime(2024, 5, 20)) == "2024-05-20"
    assert date_text(datetime(2024, 5, 20, 14, 5)) == "2024-05-20 14:05"
    assert date_text(None, "--12-26") == "--12-26"
    assert date_text(None) == ""


def test_a_reference_ends_with_the_storys_web_address_when_the_source_gave_one():
    assert cite_article("Delta talks stall", "Courier", "2024-05-20", "c-1", "https://courier.example/delta") == \
        "“Delta talks stall”, Courier, 2024-05-20 [c-1] https://courier.example/delta"
    assert cite_quote("No.", "Mira Osk", "T", "Wire", "", "w-1", "http://wire.example/1").endswith(
        "[w-1] http://wire.example/1")
    # anything else in the field is not a link to follow, and a forged one cannot break the line
    assert cite_article("T", "", "", "x", "javascript:alert(1)") == "“T”, undated [x]"
    assert cite_article("T", "", "", "x", "https://a.example/\x1b[2J\nnext") == "“T”, undated [x]"
