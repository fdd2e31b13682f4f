"""Progress of an index build on stderr: a bar on a terminal, a plain line now and then anywhere else.

Kept out of the core: the core reports (stage, done, total) through a callback and never prints. On a
terminal the bar appears once a build takes more than a moment; when stderr is a file or a pipe (a log, a
service), a build that lasts writes a line every `LINE_EVERY_SECONDS` saying how far it is, so a long build
is never silent and a short one (a one-shot on a small corpus) prints nothing.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import IO, Any

#: On a terminal, a build shorter than this shows no bar at all (one-shots on a small corpus stay quiet).
DELAY_SECONDS = 0.5
#: Without a terminal, a long build says how far it is on a line of its own this often.
LINE_EVERY_SECONDS = 10.0


class BuildProgress:
    """A `(stage, done, total)` callback for `load_library`: a rich progress bar on a terminal once the
    build is slow enough; elsewhere, once it has lasted `LINE_EVERY_SECONDS`, a plain line that often.

    `always=True` (`scarfaq index`) shows progress from the start: the bar on a terminal, else a line at
    each stage, one every `LINE_EVERY_SECONDS`, and one when the build is done.
    """

    def __init__(self, description: str = "Indexing", *, always: bool = False, stream: IO[str] | None = None) -> None:
        self._description = description
        self._always = always
        self._stream = stream
        try:
            self._terminal = self._stderr().isatty()
        except (AttributeError, OSError, ValueError):  # no stderr, or a closed one
            self._terminal = False
        self._started = time.monotonic()
        self._bar: Any = None
        self._task: Any = None
        self._stage = ""
        self._last_line = 0.0
        self._lines = 0

    def _stderr(self) -> IO[str]:
        return self._stream or sys.stderr

    def __enter__(self) -> BuildProgress:
        self._started = time.monotonic()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()
        elif self._always and self._lines and kind is None:
            self._line(f"{self._description}: done in {time.monotonic() - self._started:.0f} s")

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self._terminal:
            self._draw(stage, done, total)
            return
        now = time.monotonic()
        new_stage, self._stage = stage != self._stage, stage
        if self._always and new_stage:
            pass  # `scarfaq index` names each stage as it begins
        elif now - self._started < LINE_EVERY_SECONDS or now - self._last_line < LINE_EVERY_SECONDS:
            return
        self._last_line = now
        self._line(f"{stage}: {done:,} of {total:,}" if total > 1 else stage)  # a one-step stage: its name

    def _line(self, text: str) -> None:
        self._lines += 1
        try:
            print(f"scarfaq: {text[:1].lower()}{text[1:]}", file=self._stderr(), flush=True)
        except (OSError, ValueError, AttributeError):
            pass  # a closed or full stderr must not stop the build

    def _draw(self, stage: str, done: int, total: int) -> None:
        if self._bar is None:
            if not self._always and time.monotonic() - self._started < DELAY_SECONDS:
                return
            self._start()
        self._bar.update(self._task, description=stage, completed=done, total=max(total, 1))

    def _start(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._bar = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=Console(file=self._stderr()), transient=not self._always,
        )
        self._bar.start()
        self._task = self._bar.add_task(self._description, total=None)
