"""The command that opens a file at a line in the person's own editor ($VISUAL, else $EDITOR)."""

from __future__ import annotations

import os
import shlex
from collections.abc import Mapping
from pathlib import Path, PurePath

#: Editors that take `FILE:LINE` (the rest take `+LINE FILE`, as vi, vim, nano, emacs and micro do).
_COLON_STYLE = frozenset({"hx", "helix", "subl", "zed", "kak"})
#: Editors that take `--goto FILE:LINE`.
_GOTO_STYLE = frozenset({"code", "codium", "code-insiders", "cursor"})


def editor_command(path: Path, line: int, environ: Mapping[str, str] = os.environ) -> list[str] | None:
    """The command to run, or None when neither $VISUAL nor $EDITOR names an editor."""
    setting = environ.get("VISUAL", "").strip() or environ.get("EDITOR", "").strip()
    try:
        words = shlex.split(setting)
    except ValueError:  # an unbalanced quote: take the setting as one program name
        words = [setting] if setting else []
    if not words:
        return None
    name = PurePath(words[0]).name
    if name in _GOTO_STYLE:
        return [*words, "--goto", f"{path}:{line}"]
    if name in _COLON_STYLE:
        return [*words, f"{path}:{line}"]
    return [*words, f"+{line}", str(path)]
