"""Where the index lives: `--index`, else `$DATELINE_INDEX`, else the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

ENV_VAR = "DATELINE_INDEX"
META_FILE = "dateline.json"  # an index folder's version file: what makes a folder a Dateline index
STATE_FILE = "dateline-files.json"  # beside it: each source file as the index last read it (file_state.py)


def default_index_dir() -> Path:
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir("dateline", appauthor=False)) / "index"


def resolve_index_dir(explicit: str | None) -> Path:
    return Path(explicit).expanduser() if explicit else default_index_dir()


def bundled_archive_dir() -> Path:
    """The sample archive shipped in the repository's `data/` folder."""
    return Path(__file__).resolve().parent.parent / "data"
