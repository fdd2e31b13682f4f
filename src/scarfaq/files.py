"""Reading the small side files of a corpus (synonyms, alternate questions, settings) safely.

Only regular files are read, and only up to a size limit: a FIFO in their place would block forever, a link
to `/dev/zero` would never end, and a folder or an unreadable file must not stop the bot. The file is opened
without blocking and checked with `fstat` on the open descriptor, so it cannot be swapped for something else
between the check and the read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def read_small_text(path: Path, limit: int, errors: str = "replace") -> tuple[str, str | None]:
    """(text, warning): the file's text decoded as UTF-8 (bad bytes replaced, unless `errors="strict"`),
    or "" when it is absent; a warning says why a file that is there could not be used."""
    name = path.name
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return "", None
    except OSError as error:
        if path.is_symlink() and not path.exists():  # a dangling link is as good as no file
            return "", None
        return "", f"{name} ignored: {(error.strerror or type(error).__name__).lower()}"
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        return "", f"{name} ignored: not a regular file"
    with os.fdopen(fd, "rb") as handle:
        if info.st_size > limit:
            return "", f"{name} ignored: larger than {limit:,} bytes"
        try:
            data = handle.read(limit + 1)
        except OSError as error:
            return "", f"{name} ignored: {(error.strerror or type(error).__name__).lower()}"
    if len(data) > limit:
        return "", f"{name} ignored: larger than {limit:,} bytes"
    try:
        return data.decode("utf-8", errors=errors), None
    except UnicodeDecodeError:
        return "", f"{name} ignored: not UTF-8"
