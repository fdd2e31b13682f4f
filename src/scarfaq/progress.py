"""A progress bar on stderr for index builds, shown only when a build takes more than a moment.

Kept out of the core: the core reports (done, total) through a callback and never prints.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import Any

#: A build shorter than this shows no bar at all (one-shots on a small corpus stay quiet).
DELAY_SECONDS = 0.5
#: Without a terminal, a long build says how far it is on a line of its own this often.
LINE_EVERY_SECONDS = 10.0


class BuildProgress:
    """A `(done, total)` callback that draws a rich progress bar on stderr once the build is slow enough.

    `always=True` draws it from the start and even when stderr is not a terminal (`scarfaq index`).
    Otherwise, when stderr is not a terminal (a log, a pipe), a build that lasts writes a plain line every
    `LINE_EVERY_SECONDS`, so a long build is never silent.
    """

    def __init__(self, description: str = "Indexing passages", *, always: bool = False) -> None:
        self._description = description
        self._always = always
        self._enabled = always or sys.stderr.isatty()
        self._started = time.monotonic()
        self._bar: Any = None
        self._task: Any = None
        self._last_line = 0.0

    def __enter__(self) -> BuildProgress:
        self._started = time.monotonic()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()

    def __call__(self, done: int, total: int) -> None:
        if not self._enabled:
            self._plain_line(done, total)
            return
        if self._bar is None:
            if not self._always and time.monotonic() - self._started < DELAY_SECONDS:
                return
            self._start()
        self._bar.update(self._task, completed=done, total=total)

    def _plain_line(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._started < LINE_EVERY_SECONDS or now - self._last_line < LINE_EVERY_SECONDS:
            return
        self._last_line = now
        try:
            print(f"scarfaq: {self._description.lower()}: {done:,} of {total:,}", file=sys.stderr, flush=True)
        except (OSError, ValueError, AttributeError):
            pass  # a closed or full stderr must not stop the build

    def _start(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._bar = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=Console(stderr=True), transient=not self._always,
        )
        self._bar.start()
        self._task = self._bar.add_task(self._description, total=None)
