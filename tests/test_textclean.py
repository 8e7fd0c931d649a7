import codecs

import pytest

from search_index.textclean import NotText, decode_bytes, one_line, terminal_safe


def test_utf8_passes_through_unchanged():
    text, notes = decode_bytes("Café “quoted” £5".encode("utf-8"))
    assert text == "Café “quoted” £5"
    assert notes == []


def test_latin1_byte_is_repaired_with_a_note():
    text, notes = decode_bytes(b"Price \xa35 m")
    assert text == "Price £5 m"
    assert "Windows-1252" in notes[0]


@pytest.mark.parametrize("encoding,bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_utf16_with_bom(encoding, bom):
    text, notes = decode_bytes(bom + "Title\n\nBody text".encode(encoding))
    assert text == "Title\n\nBody text"
    assert "UTF-16" in notes[0]


def test_utf16_without_bom_is_recognised():
    text, notes = decode_bytes("Title\n\nA body of ordinary text".encode("utf-16-le"))
    assert text.startswith("Title")
    assert "no BOM" in notes[0]


def test_crlf_and_lone_cr_become_newlines():
    assert decode_bytes(b"a\r\nb\rc\n")[0] == "a\nb\nc\n"


def test_stray_nul_removed():
    text, notes = decode_bytes(b"Tit\x00le\n\nBody")
    assert text == "Title\n\nBody"
    assert "NUL" in notes[0]


def test_binary_content_is_refused():
    with pytest.raises(NotText):
        decode_bytes(bytes(range(256)) * 20)


def test_terminal_safe_neutralises_escapes_and_keeps_length():
    hostile = "a\x1b[2Jb\x9bc\u202ed\x07"
    safe = terminal_safe(hostile)
    assert len(safe) == len(hostile)
    assert "\x1b" not in safe and "\x9b" not in safe and "\u202e" not in safe and "\x07" not in safe
    assert safe.startswith("a\u241b[2Jb")


def test_one_line_collapses_whitespace():
    assert one_line("  a\n\tb   c ") == "a b c"
