"""Where the one-shot commands write: each record (an answer, a JSON line, a listing) goes to stdout whole or
not at all, and one-line messages go to stderr.

- A write that fails (a full disk, an I/O error, a closed stdout) is an `OutputError`: one line on stderr and
  exit status 2, never 0 or 1, which say answered and no match. When a full disk cuts a record short in a
  file, the file is truncated back to where the record began, so a reader never sees half a JSON line.
- Ctrl-C (SIGINT) and SIGTERM wait until the record being written is complete.
- A reader that goes away (`| head -1`: a broken pipe) is not an error; it took what it wanted. The rest of
  the output is dropped and the command ends with the status it would have had (0 answered, 1 no match).
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import select
import signal
import stat
import sys
from collections.abc import Iterator
from typing import IO, Any

from scarfaq.errors import ScarfaqError
from scarfaq.terminal_text import visible_name

try:
    import fcntl
except ImportError:  # Windows: no O_APPEND to look up; records are still written whole
    fcntl = None  # type: ignore[assignment]


class OutputError(ScarfaqError):
    """stdout cannot be written (exit status 2)."""


class Output:
    """stdout, written one whole record at a time."""

    def __init__(self) -> None:
        self.reader_gone = False
        """The reader closed the pipe: nothing more is written, and the command may stop early."""

    def write(self, record: str, *, utf8: bool = False) -> None:
        """Write one record (text ending in a newline) whole or not at all; `utf8` for JSON, which is UTF-8
        whatever the locale. Raises OutputError when stdout cannot be written."""
        if self.reader_gone:
            return
        stream = sys.stdout
        if stream is None:
            raise OutputError("cannot write the output: standard output is closed")
        try:
            stream.flush()  # anything print() left behind goes first
            fd = _descriptor(stream)
            if fd is None:  # a stream in memory (tests): nothing to cut short
                stream.write(record)
                stream.flush()
            else:
                encoding = "utf-8" if utf8 else stream.encoding or "utf-8"
                _write_whole(fd, record.encode(encoding, errors="replace"))
        except BrokenPipeError:
            self.reader_gone = True
            _detach(stream)
        except (OSError, ValueError) as error:  # ValueError: the stream was closed
            _detach(stream)
            raise OutputError(f"cannot write the output: {_reason(error)}") from None


def warn(message: str) -> None:
    """One line on stderr, made visible (a name in it can fake no other line). A stderr that is closed, full
    or gone is not worth failing for: the message is dropped."""
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write(visible_name(message) + "\n")
        stream.flush()
    except (OSError, ValueError):
        _detach(stream)


@contextlib.contextmanager
def forgiving_stderr() -> Iterator[None]:
    """Within the block, stderr (progress bars, warnings) never fails the command: once a write to it fails
    (full, closed, gone), it and every later message is dropped."""
    stream = sys.stderr
    if stream is None or isinstance(stream, _Forgiving):
        yield
        return
    sys.stderr = _Forgiving(stream)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stderr = stream


class _Forgiving:
    """A text stream whose writes, after the first failure, go nowhere (see `forgiving_stderr`)."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._failed = False

    def write(self, text: str) -> int:
        if not self._failed:
            try:
                return self._stream.write(text)
            except (OSError, ValueError):
                self._give_up()
        return len(text)

    def flush(self) -> None:
        if not self._failed:
            try:
                self._stream.flush()
            except (OSError, ValueError):
                self._give_up()

    def _give_up(self) -> None:
        self._failed = True
        _detach(self._stream)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def guard_standard_streams() -> None:
    """A standard stream closed when scarfaq started (`>&-`, `2>&-`, `<&-`) gets /dev/null underneath, so no
    file opened later takes its number and receives the output. Python has set the stream to None: stdout
    stays None (writing to it is an OutputError), stderr becomes /dev/null (warnings are dropped)."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            null = os.open(os.devnull, os.O_RDWR)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (lives as long as the process)


def _descriptor(stream: IO[str]) -> int | None:
    try:
        return stream.fileno()
    except (AttributeError, ValueError, io.UnsupportedOperation):
        return None


def _write_whole(fd: int, data: bytes) -> None:
    """Write all of data; when the disk fills up part way, take back what was written (a file is truncated
    to where the record began). SIGINT and SIGTERM are held until the record is done."""
    with _signals_held():
        start = _record_start(fd)
        view = memoryview(data)
        written = 0
        try:
            while written < len(data):
                try:
                    count = os.write(fd, view[written:])
                except BlockingIOError:  # a non-blocking stdout that is full: wait until it drains
                    select.select([], [fd], [])
                    continue
                if count == 0:
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                written += count
        except OSError:
            if written and start is not None:
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, start)
            raise


def _record_start(fd: int) -> int | None:
    """Where a record written now begins, when fd is a regular file written at its end (the one case where
    a partial record can be taken back without touching anything else), else None."""
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None
        if fcntl is not None and fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_APPEND:
            return info.st_size
        position = os.lseek(fd, 0, os.SEEK_CUR)
    except OSError:
        return None
    return position if position == info.st_size else None


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C (SIGINT) and SIGTERM wait until the block is done; a record is never cut by them.

    In the main thread, a handler that only notes the signal stands in for the block and the signal is
    raised again after it: Python runs signal handlers in the main thread whichever thread the signal
    reached, and a process has others (NumPy's BLAS threads), so masking the signal in this thread alone
    let Ctrl-C land on another and interrupt the block anyway. Elsewhere, the signals are masked."""
    import threading

    held = (signal.SIGINT, signal.SIGTERM)
    if threading.current_thread() is not threading.main_thread():
        if not hasattr(signal, "pthread_sigmask"):
            yield
            return
        previous_mask = signal.pthread_sigmask(signal.SIG_BLOCK, set(held))
        try:
            yield
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous_mask)
        return
    received: list[int] = []
    previous = {number: signal.signal(number, lambda number, frame: received.append(number)) for number in held}
    try:
        yield
    finally:
        for number, handler in previous.items():
            if handler is not None:  # None: a handler set outside Python, which cannot be put back from here
                signal.signal(number, handler)
        if received:
            signal.raise_signal(received[0])


@contextlib.contextmanager
def interrupts_noted() -> Iterator[list[int]]:
    """Within the block, Ctrl-C raises KeyboardInterrupt as ever, and is also noted in the list yielded.

    Python reports and drops an exception raised while it runs a finalizer (a `__del__`, in garbage
    collection), so a Ctrl-C that lands there is lost; a loop that checks the note between its steps (a
    batch, between records) stops anyway. Only in the main thread, over Python's own handler."""
    import threading

    noted: list[int] = []
    previous = signal.getsignal(signal.SIGINT)
    if threading.current_thread() is not threading.main_thread() or previous is not signal.default_int_handler:
        yield noted
        return

    def noting(number: int, frame: Any) -> None:
        noted.append(number)
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, noting)
    try:
        yield noted
    finally:
        signal.signal(signal.SIGINT, previous)


def _detach(stream: IO[str]) -> None:
    """Point the stream's descriptor at /dev/null: what is left in its buffer, and anything written later,
    goes nowhere, and Python's own flush at exit cannot fail again (it would print a traceback and exit 120)."""
    fd = _descriptor(stream)
    if fd is None:
        return
    with contextlib.suppress(OSError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, fd)
        os.close(null)


def _reason(error: Exception) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__
