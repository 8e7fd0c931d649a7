"""Articles written to attack a terminal: markup, escape sequences, bidi overrides, invisible and wide text.

Shared by the CLI, Pilot and tmux tests. Everything in them must reach the screen as literal, inert text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from search_index.textclean import TERMINAL_UNSAFE

ESC = "\x1b"
TITLE = f"[bold red]Alarm[/] {ESC}]0;pwned{ESC}\\ $HOME [@click=app.quit]quit[/] \u202eevil\u202c 中文新闻 📰"
SOURCE = f"[link=http://evil.example]Wire[/link]{ESC}[2J"
BODY = "\n\n".join([
    f"MARENBURG, May 20. /MNA/. Valdorian Foreign Minister Arvid Kellan spoke on [b]Monday[/b] about "
    f"$HOME and ${{PATH}} and [@click=app.quit]the river[/].",
    f'"We will {ESC}[2J{ESC}[H{ESC}[10;10Hclear the screen [link=http://x]click[/link] now," Kellan said.',
    f"Titles {ESC}]0;pwned-title{ESC}\\ and {ESC}]2;second\x07 and links "
    f"{ESC}]8;;http://evil.example{ESC}\\click me{ESC}]8;;{ESC}\\ and a clipboard {ESC}]52;c;cHduZWQ={ESC}\\ write "
    f"and a window name {ESC}kpwned-window{ESC}\\ too.",
    "C1 controls \x9b31m red \x9d0;c1title\x9c and \x90dcs\x9c; bidi \u202egnirts desrever\u202c and "
    "\u2066isolate\u2069; zero width a\u200bb\u200dc\ufeffd; combining e\u0301 and a\u0308; wide 中文新闻 and 📰👨\u200d👩\u200d👧.",
])
PERSON = f"[bold]Zed[/] {ESC}[31mRed\u202e"  # a hostile facet value, as a filter chip and facet entry would show it
RECORD = {"id": "hostile-001", "title": TITLE, "body": BODY, "source": SOURCE, "date": "2024-05-20",
          "author": f"By {ESC}[5mBlink"}
LITERALS = ("[bold red]Alarm[/]", "[@click=app.quit]quit[/]", "$HOME")  # must appear on screen as typed
BODY_LITERALS = ("[link=http://x]click[/link]", "[b]Monday[/b]", "${PATH}")

# what Textual itself sends: colours (SGR) and cursor positioning; an article's own ESC is shown as ␛ instead
OWN_CODES_RE = re.compile(r"\x1b\[[0-9;:]*[mH]")


def write_hostile(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "hostile.jsonl"
    path.write_text(json.dumps(RECORD) + "\n", encoding="utf-8")
    return path


def assert_inert(text: str, allow_sgr: bool = False) -> None:
    """No character that could drive a terminal: with `allow_sgr`, the app's own colour and cursor codes are
    allowed, nothing else."""
    if allow_sgr:
        text = OWN_CODES_RE.sub("", text)
    found = TERMINAL_UNSAFE.search(text.replace("\n", "").replace("\t", ""))
    assert found is None, f"{found.group()!r} at {found.start()} in {text[max(0, found.start() - 40):found.start() + 40]!r}"
