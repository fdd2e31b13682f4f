"""Input history for the question box: up/down through earlier questions, like a shell."""

from __future__ import annotations


class InputHistory:
    """Earlier questions, oldest first, with a cursor that up/down move.

    The text being typed when the person first presses up is kept as a draft and comes back when they
    move past the newest entry, so browsing the history never loses a half-written question.
    """

    def __init__(self, entries: list[str] | None = None, limit: int = 200) -> None:
        self._entries: list[str] = list(entries or [])[-limit:]
        self._limit = limit
        self._cursor: int | None = None
        self._draft = ""

    @property
    def entries(self) -> tuple[str, ...]:
        return tuple(self._entries)

    def add(self, question: str) -> None:
        """Remember a submitted question (not twice in a row) and reset browsing."""
        if question and (not self._entries or self._entries[-1] != question):
            self._entries.append(question)
            del self._entries[: -self._limit]
        self._cursor = None
        self._draft = ""

    def clear(self) -> None:
        """Forget every entry."""
        self._entries.clear()
        self._cursor = None
        self._draft = ""

    def previous(self, current: str) -> str | None:
        """The entry before the cursor, or None when there is none."""
        if not self._entries:
            return None
        if self._cursor is None:
            self._draft = current
            self._cursor = len(self._entries)
        if self._cursor == 0:
            return None
        self._cursor -= 1
        return self._entries[self._cursor]

    def next(self) -> str | None:
        """The entry after the cursor, the draft past the newest one, or None when not browsing."""
        if self._cursor is None:
            return None
        self._cursor += 1
        if self._cursor >= len(self._entries):
            self._cursor = None
            return self._draft
        return self._entries[self._cursor]
