"""Keys typed before the chat takes the terminal.

Until Textual switches the terminal to raw mode, the terminal is in its ordinary (cooked) mode, which turns
Enter into a line feed: Textual then reads it as ctrl+j (a new line), so a question typed during start-up
was never asked. Before the app starts, the chat takes what is already typed (Enter still a line end) and
turns that translation off, so Enter pressed later in start-up stays Enter; the settings are put back on exit.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator

#: Escape sequences (arrow keys, function keys) typed ahead: dropped, they would be typed as text.
_ESCAPES = re.compile(r"\x1b(?:\[[0-9;?]*[ -/]*[@-~]|O.|.)?", re.DOTALL)
#: Other control characters, but the line ends, are dropped too.
_CONTROLS = re.compile(r"[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]")


def typed_text(data: bytes) -> str:
    """What was typed, as text for the question box: line ends as "\\n", no escape sequences or controls."""
    text = data.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


@contextlib.contextmanager
def typed_ahead(fd: int) -> Iterator[str]:
    """While the chat runs: the text already typed on terminal fd (empty when fd is no terminal), with Enter
    no longer turned into a line feed; the terminal's own settings come back afterwards."""
    try:
        import termios
    except ImportError:  # Windows: no termios, and no cooked-mode line feed to undo
        yield ""
        return
    try:
        before = termios.tcgetattr(fd) if os.isatty(fd) else None
    except termios.error:
        before = None
    if before is None:
        yield ""
        return
    try:
        yield _take(fd, before)
    finally:
        with contextlib.suppress(termios.error):
            termios.tcsetattr(fd, termios.TCSANOW, before)


def _take(fd: int, before: list) -> str:  # type: ignore[type-arg]
    """Read what is waiting on fd without blocking, then leave fd as it was, but with Enter kept as Enter."""
    import termios

    reading = [*before[:6], list(before[6])]
    reading[0] &= ~termios.ICRNL
    reading[3] &= ~termios.ICANON
    reading[6][termios.VMIN], reading[6][termios.VTIME] = 0, 0
    data = b""
    try:
        termios.tcsetattr(fd, termios.TCSANOW, reading)
        while chunk := os.read(fd, 4096):
            data += chunk
        termios.tcsetattr(fd, termios.TCSANOW, [before[0] & ~termios.ICRNL, *before[1:]])
    except (termios.error, OSError):
        pass
    return typed_text(data)
