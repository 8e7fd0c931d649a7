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


# One character in, one character out: C0 controls (but newline and tab) and DEL become their visible
# "control picture" symbols, C1 controls and bidi/format controls that can reorder or hide text become U+FFFD.
_SAFE_TABLE: dict[int, str] = {c: chr(0x2400 + c) for c in range(0x20) if c not in (0x09, 0x0A)}
_SAFE_TABLE[0x7F] = "\u2421"
_SAFE_TABLE.update({c: "\ufffd" for c in range(0x80, 0xA0)})
_SAFE_TABLE.update({c: "\ufffd" for c in (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))})
_UNSAFE_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in _SAFE_TABLE) + "]")


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


def one_line(text: str) -> str:
    """Collapse runs of whitespace to one space: for titles and snippets shown on a single line."""
    return " ".join(terminal_safe(text).split())
