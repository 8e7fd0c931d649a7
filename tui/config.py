"""The user's settings: `~/.config/dateline/config.toml` (or `$DATELINE_CONFIG`).

    theme = "light"            # or "dark"
    [keys]                     # binding id = keys, comma-separated
    "reader.next_quote" = "]"
    "search.focus" = "slash,ctrl+f"
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_config_dir

THEMES = {"dark": "textual-dark", "light": "textual-light"}


@dataclass
class Settings:
    theme: str = "dark"
    keys: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # shown to the user once the app is up


def config_path() -> Path:
    env = os.environ.get("DATELINE_CONFIG")
    return Path(env).expanduser() if env else Path(user_config_dir("dateline", appauthor=False)) / "config.toml"


def load_settings(path: Path | None = None) -> Settings:
    path = path or config_path()
    settings = Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return settings
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        settings.problems.append(f"{path}: not read ({exc})")
        return settings
    theme = data.get("theme", "dark")
    if theme in THEMES:
        settings.theme = theme
    else:
        settings.problems.append(f"{path}: theme {theme!r} unknown (dark or light)")
    keys = data.get("keys", {})
    if isinstance(keys, dict):
        settings.keys = {str(k): str(v) for k, v in keys.items() if isinstance(v, str)}
    return settings
