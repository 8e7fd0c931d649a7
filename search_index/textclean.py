"""Decoding untrusted bytes into text, and making text safe to put on a terminal.

Two separate jobs: `decode_bytes` repairs what can be repaired (encodings, BOMs, stray NULs, line ends) before
anything is indexed; `terminal_safe` is applied to anything about to be shown, so that an article can never
send an escape sequence to the user's terminal. `terminal_safe` maps one character to one character, so
offsets computed on the stored text stay valid on the displayed text.
"""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class NotText(ValueError):
    """The bytes are not text in any encoding we can recognise (a binary file)."""


def _looks_utf16(data: bytes) -> str | None:
    """Guess UTF-16 without a BOM from the pattern of zero bytes in ASCII-heavy text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zero = sample[0::2].count(0)
    odd_zero = sample[1::2].count(0)
    half = len(sample) / 2
    if odd_zero > 0.4 * half and even_zero < 0.05 * half:
        return "utf-16-le"
    if even_zero > 0.4 * half and odd_zero < 0.05 * half:
        return "utf-16-be"
    return None


_BINARY_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decode file content to text; return the text and notes on what had to be repaired.

    Order: a BOM wins; then UTF-16 recognised by its zero bytes; then strict UTF-8; then Windows-1252, then
    Latin-1 (which never fails). Raises `NotText` for binary content. NUL bytes in otherwise textual content are
    dropped with a note. Line ends are normalised to `\\n`.
    """
    notes: list[str] = []
    text: str | None = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                text = data[len(bom):].decode(encoding, errors="replace")
                notes.append(f"invalid {encoding} bytes replaced")
            if encoding != "utf-8":
                notes.append(f"decoded as {encoding.upper()}")
            break
    if text is None:
        guess = _looks_utf16(data)
        if guess:
            text = data.decode(guess, errors="replace")
            notes.append(f"decoded as {guess.upper()} (no BOM)")
    if text is None:
        controls = len(_BINARY_CONTROL.findall(data[:8192]))
        sample = min(len(data), 8192)
        if sample and controls > max(8, sample // 20):
            raise NotText("binary content, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            try:
                text = data.decode("cp1252")
                notes.append(f"not valid UTF-8 (byte {exc.start}); decoded as Windows-1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
                notes.append(f"not valid UTF-8 (byte {exc.start}); decoded as Latin-1")
    if "\x00" in text:
        notes.append(f"{text.count(chr(0))} NUL characters removed")
        text = text.replace("\x00", "")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, notes


# One character in, one character out, so that offsets into the stored text stay valid on the shown text:
# - C0 controls (but newline and tab) and DEL become their visible "control picture" symbols (ESC is ␛);
# - C1 controls (0x80-0x9f: CSI, OSC, DCS... on terminals that read 8-bit controls), unpaired surrogates, and the
#   invisible format characters that can reorder or hide text (bidi overrides and isolates, the Arabic letter
#   mark, tag characters, interlinear annotations, a BOM in mid-text, invisible operators) become U+FFFD, so that
#   hidden text is seen to be there;
# - the line and paragraph separators U+2028/U+2029 become ␤ (they would end a line on some terminals only);
# - the zero-width joiner and emoji presentation selectors become a zero-width space: terminals disagree about
#   joined emoji and VS16 widths (Rich counts 👨‍👩 as 2 cells, tmux 3.3 draws 4), and columns must stay aligned.
# Kept: soft hyphen, zero-width space and non-joiner, word joiner (same width everywhere), combining marks.
_FORMAT_CONTROLS = (
    0x061C, *range(0x0600, 0x0606), 0x06DD, 0x070F, 0x0890, 0x0891, 0x08E2, 0x180E, 0x200E, 0x200F,
    *range(0x202A, 0x202F), *range(0x2061, 0x2065), *range(0x2066, 0x2070), 0xFEFF, *range(0xFFF9, 0xFFFC),
    0x110BD, 0x110CD, *range(0x13430, 0x13440), *range(0x1BCA0, 0x1BCA4), *range(0x1D173, 0x1D17B),
    0xE0001, *range(0xE0020, 0xE0080),
)
_SAFE_TABLE: dict[int, str] = {c: chr(0x2400 + c) for c in range(0x20) if c not in (0x09, 0x0A)}
_SAFE_TABLE[0x7F] = "\u2421"
_SAFE_TABLE.update({c: "\ufffd" for c in range(0x80, 0xA0)})
_SAFE_TABLE.update({c: "\ufffd" for c in _FORMAT_CONTROLS})
_SAFE_TABLE.update({c: "\ufffd" for c in range(0xD800, 0xE000)})
_SAFE_TABLE.update({0x2028: "\u2424", 0x2029: "\u2424", 0x200D: "\u200b", 0xFE0E: "\u200b", 0xFE0F: "\u200b"})


def _char_class(codes) -> str:
    """A regex character class for `codes`, written as ranges (surrogates cannot appear in a pattern as such)."""
    codes = sorted(codes)
    parts = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        parts.append(f"\\U{codes[i]:08x}" + (f"-\\U{codes[j]:08x}" if j > i else ""))
        i = j + 1
    return "[" + "".join(parts) + "]"


_UNSAFE_RE = re.compile(_char_class(_SAFE_TABLE))
TERMINAL_UNSAFE = _UNSAFE_RE  # what `terminal_safe` replaces: for escaping it in other ways (JSON output)


def terminal_safe(text: str, *, newlines: bool = True) -> str:
    """Return `text` with every character that could drive a terminal made visible and inert.

    Same length as the input (offsets stay valid). With `newlines=False`, newlines and tabs become spaces,
    for one-line places such as titles in a list.
    """
    if _UNSAFE_RE.search(text):
        text = text.translate(_SAFE_TABLE)
    if not newlines:
        text = text.replace("\n", " ").replace("\t", " ")
    return text


def safe_name(text: str) -> str:
    """A file name or path for one line of output: like `terminal_safe`, and a newline or tab in the name is
    shown as ␊ or ␉ rather than hidden as a space, so that the name can be found on disk."""
    return terminal_safe(text).replace("\n", "\u240a").replace("\t", "\u2409")


def one_line(text: str) -> str:
    """Collapse runs of whitespace to one space: for titles and snippets shown on a single line."""
    return " ".join(terminal_safe(text).split())


# an opening mark that a quote repeats where it goes on: at the start of a paragraph, or (in copy whose paragraph
# breaks were lost) after a sentence's end
_REPEATED_OPENING_RE = re.compile(r"(?:\n\s*|(?<=[.!?\u2026:;])[ \t]+)[\"\u201c\u00ab](?=\S)")


def quote_line(text: str) -> str:
    """A quote's words on one line, without the opening mark each later paragraph of it repeats: `...ago.\\n\\n"So
    the main...` reads `...ago. So the main...` in the quotes list and in a copied citation. The extraction keeps
    the text as the story has it (its offsets index into the body); this is only how it is shown."""
    return one_line(_REPEATED_OPENING_RE.sub(" ", text))
