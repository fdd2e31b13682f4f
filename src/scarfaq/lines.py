"""Lines of a batch or a question set, read with a bounded length: a file with no line end in sight
(`/dev/zero`, a 10 GB single line) costs no more memory than one long line.

Lines end at `\\n` only: a `\\r`, a form feed or a U+2028 stays inside its line (`str.splitlines` would split
there, and a valid JSON line holding a raw U+2028 would fall apart).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

#: A line longer than this many bytes is not kept: it is reported in its place (a question is read only
#: up to 2,000 characters anyway, and ten earlier questions fit many times over).
MAX_LINE_BYTES = 2 * 1024 * 1024
#: How much is read at a time (a pipe or a terminal hands over what it has: lines are answered as they come).
_CHUNK = 64 * 1024


def bounded_lines(stream: BinaryIO, limit: int = MAX_LINE_BYTES) -> Iterator[bytes | None]:
    """Each line's bytes without its `\\n`, or None for a line longer than `limit` bytes: None comes as
    soon as the line passes the limit, and the rest of that line is read and dropped."""
    kept = bytearray()
    skipping = False
    read = getattr(stream, "read1", stream.read)
    while chunk := read(_CHUNK):
        start = 0
        while (end := chunk.find(b"\n", start)) >= 0:
            if skipping:
                skipping = False
            elif len(kept) + end - start > limit:
                yield None
            else:
                kept += chunk[start:end]
                yield bytes(kept)
            kept.clear()
            start = end + 1
        if not skipping:
            kept += chunk[start:]
            if len(kept) > limit:
                kept.clear()
                skipping = True
                yield None
    if kept and not skipping:
        yield bytes(kept)
