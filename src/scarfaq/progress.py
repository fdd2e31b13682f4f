"""Progress of an index build on stderr: a bar on a terminal, one line now and then anywhere else.

Kept out of the core: the core reports (stage, done, total) through a callback and never prints. On a
terminal the bar appears once a build takes more than a moment; when stderr is a file or a pipe (a log, a
service), a line says every `LINE_SECONDS` what the build is doing, once it has taken `LINE_DELAY_SECONDS`,
so a long build is never silent and a short one (a one-shot on a small corpus) prints nothing.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import IO, Any

#: On a terminal, a build shorter than this shows no bar at all.
DELAY_SECONDS = 0.5
#: Elsewhere, the first line is written after this long (at once for `always`), then one every `LINE_SECONDS`.
LINE_DELAY_SECONDS = 30.0
LINE_SECONDS = 15.0


class BuildProgress:
    """A `(stage, done, total)` callback for `load_library`.

    `always=True` (`scarfaq index`) shows progress from the start: the bar on a terminal, else a line for
    every stage and every `LINE_SECONDS`.
    """

    def __init__(self, description: str = "Indexing", *, always: bool = False, stream: IO[str] | None = None) -> None:
        self._description = description
        self._always = always
        self._stream = stream
        self._terminal = self._stderr().isatty()
        self._started = time.monotonic()
        self._bar: Any = None
        self._task: Any = None
        self._stage = ""
        self._last_line = -LINE_SECONDS
        self._lines = 0

    def _stderr(self) -> IO[str]:
        return self._stream or sys.stderr

    def __enter__(self) -> BuildProgress:
        self._started = time.monotonic()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()
        elif self._lines and kind is None:
            self._line(f"{self._description}: done in {time.monotonic() - self._started:.0f} s")

    def __call__(self, stage: str, done: int, total: int) -> None:
        elapsed = time.monotonic() - self._started
        if self._terminal:
            self._draw(stage, done, total, elapsed)
            return
        new_stage, self._stage = stage != self._stage, stage
        if not self._always and elapsed < LINE_DELAY_SECONDS:
            return
        if (new_stage and self._always) or elapsed - self._last_line >= LINE_SECONDS:
            self._last_line = elapsed
            share = f", {100 * done // total}%" if total > 1 else ""
            self._line(f"{stage}{share} ({elapsed:.0f} s)")

    def _line(self, text: str) -> None:
        self._lines += 1
        print(f"scarfaq: {text[:1].lower()}{text[1:]}", file=self._stderr(), flush=True)

    def _draw(self, stage: str, done: int, total: int, elapsed: float) -> None:
        if self._bar is None:
            if not self._always and elapsed < DELAY_SECONDS:
                return
            self._start()
        self._bar.update(self._task, description=stage, completed=done, total=max(total, 1))

    def _start(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

        self._bar = Progress(
            TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(), TimeElapsedColumn(),
            console=Console(file=self._stderr()), transient=not self._always,
        )
        self._bar.start()
        self._task = self._bar.add_task(self._description, total=None)
