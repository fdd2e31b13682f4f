"""What the chat remembers between runs: the theme (a setting) and the question history (state).

Each is a small JSON file in the platform's config or state folder (platformdirs), or in the folders
named by $SCARFAQ_CONFIG_DIR and $SCARFAQ_STATE_DIR (the tests point them at temporary folders). Files are
replaced atomically, so a crash never leaves half a file; a damaged file is ignored with a warning.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Environment variables that move the config and state folders.
CONFIG_ENV = "SCARFAQ_CONFIG_DIR"
STATE_ENV = "SCARFAQ_STATE_DIR"
#: How many earlier questions are kept, and how long one may be when saved.
HISTORY_LIMIT = 200
QUESTION_LIMIT = 4000


def config_dir() -> Path:
    """Where settings are kept: $SCARFAQ_CONFIG_DIR, else the platform's config folder for scarfaq."""
    from platformdirs import user_config_path

    return Path(os.environ.get(CONFIG_ENV) or user_config_path("scarfaq", appauthor=False))


def state_dir() -> Path:
    """Where the question history is kept: $SCARFAQ_STATE_DIR, else the platform's state folder."""
    from platformdirs import user_state_path

    return Path(os.environ.get(STATE_ENV) or user_state_path("scarfaq", appauthor=False))


@dataclass(frozen=True)
class Loaded:
    """What a file held, or None, and a warning when it could not be used."""

    value: Any
    warning: str | None = None


class SavedState:
    """The two files the chat keeps, read and written whole."""

    def __init__(self, config: Path | None = None, state: Path | None = None) -> None:
        self.settings_path = (config or config_dir()) / "settings.json"
        self.history_path = (state or state_dir()) / "history.json"

    def theme(self) -> Loaded:
        """The theme chosen last time (a name), or None."""
        loaded = _read(self.settings_path)
        theme = loaded.value.get("theme") if isinstance(loaded.value, dict) else None
        if loaded.value is not None and not isinstance(theme, str):
            return Loaded(None, _damaged(self.settings_path, "no theme name in it"))
        return Loaded(theme, loaded.warning)

    def save_theme(self, theme: str) -> str | None:
        """Remember the theme; a warning when it cannot be written."""
        return _write(self.settings_path, {"theme": theme})

    def history(self) -> Loaded:
        """The earlier questions, oldest first (an empty list when there are none)."""
        loaded = _read(self.history_path)
        if loaded.value is None:
            return Loaded([], loaded.warning)
        questions = loaded.value.get("questions") if isinstance(loaded.value, dict) else None
        if not isinstance(questions, list) or not all(isinstance(q, str) for q in questions):
            return Loaded([], _damaged(self.history_path, "not a list of questions"))
        return Loaded(questions[-HISTORY_LIMIT:])

    def save_history(self, questions: Sequence[str]) -> str | None:
        """Remember the latest questions; a warning when they cannot be written."""
        kept = [q[:QUESTION_LIMIT] for q in questions[-HISTORY_LIMIT:]]
        return _write(self.history_path, {"questions": kept})


def _read(path: Path) -> Loaded:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Loaded(None)
    except (OSError, UnicodeDecodeError) as error:
        return Loaded(None, _damaged(path, _reason(error)))
    try:
        return Loaded(json.loads(text))
    except json.JSONDecodeError as error:
        return Loaded(None, _damaged(path, f"not valid JSON: {error.msg}"))


def _write(path: Path, data: dict[str, Any]) -> str | None:
    """Write JSON atomically: a temporary file in the same folder, then one rename over the old file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.",
                                         suffix=".tmp", delete=False) as temporary:
            json.dump(data, temporary, ensure_ascii=False, indent=1)
        try:
            os.replace(temporary.name, path)
        except OSError:
            os.unlink(temporary.name)
            raise
    except OSError as error:
        return f"could not save {path}: {_reason(error)}"
    return None


def _damaged(path: Path, why: str) -> str:
    return f"ignored {path} ({why})"


def _reason(error: Exception) -> str:
    if isinstance(error, UnicodeDecodeError):
        return "not UTF-8"
    return (getattr(error, "strerror", None) or type(error).__name__).lower()
