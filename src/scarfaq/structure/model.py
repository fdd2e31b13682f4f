"""The common ground of the format readers: blocks of a document, with their part in it, as exact spans."""

from __future__ import annotations

import bisect
import functools
import re
from itertools import accumulate
from collections.abc import Callable, Iterator
from typing import NamedTuple

#: Roles of blocks that hold content.
HEADING = "heading"
QUESTION = "question"
PARAGRAPH = "paragraph"
LIST = "list"
CODE = "code"
TABLE = "table"

#: Roles of blocks that are structure or decoration, never an answer. They still become spans (so that no
#: character of a document is lost), but of a kind the library never indexes or quotes.
SEPARATOR = "separator"
TOC = "toc"
BADGES = "badges"
HTML = "html"
DIRECTIVE = "directive"
METADATA = "metadata"
CAPTION = "caption"
LINKS = "links"
BARE_HEADING = "bare-heading"
#: A lead-in cut off from what it leads to by markup (a directive line before its code): its words become
#: the context of that content instead.
LEAD_IN = "lead-in"
MARKUP = frozenset({SEPARATOR, TOC, BADGES, HTML, DIRECTIVE, METADATA, CAPTION, LINKS, BARE_HEADING, LEAD_IN})

#: Kinds of content unit (units.py), beside the markup kinds above: a passage's `kind` is one of these.
TEXT = "text"
FAQ = "faq"
LIST_KIND = "list"
CODE_KIND = "code"

#: What markdown-it and the line index count as a line break (a lone CR too, as old Mac files have it).
NEWLINE = re.compile(r"\r\n|\r|\n")
_NEWLINE_SPLIT = re.compile(r"(\r\n|\r|\n)")


class Block(NamedTuple):
    """A trimmed span of a document with its role; headings and questions carry their words as `label`. (A
    named tuple: a document is cut into a great many, and a tuple is made several times faster than a
    frozen dataclass.)"""

    start: int
    end: int
    role: str
    label: str = ""
    """A heading's or question's words, without numbering, markers or line breaks."""
    level: int = 0
    """Heading depth, 1 for a title; 0 when the format does not say."""
    items: tuple[tuple[int, int], ...] = ()
    """A list's items (where it may be cut when too long)."""

    @property
    def is_markup(self) -> bool:
        return self.role in MARKUP


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without white space or byte order marks at either end."""
    while start < end and (text[start].isspace() or text[start] == "\ufeff"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == "\ufeff"):
        end -= 1
    return start, end


class Line(NamedTuple):
    """One line of a document: its span without the line break, and its number (0-based). (A named tuple:
    a document is made of a great many, and a tuple is made several times faster than a frozen dataclass.)"""

    number: int
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        """Only spaces, tabs, form feeds or byte order marks (other white space counts as text)."""
        return not self.text.strip(" \t\f\v\ufeff")

    @property
    def indent(self) -> int:
        stripped = self.text.replace("\ufeff", " ").expandtabs(8)
        return len(stripped) - len(stripped.lstrip())


def lines_of(text: str) -> list[Line]:
    """Every line of a text, split exactly where the line index splits."""
    result: list[Line] = []
    append = result.append
    position = 0
    if "\r" not in text:  # the usual case: every break is one "\n" (found at C speed)
        for number, line in enumerate(text.split("\n")):
            end = position + len(line)
            append(Line(number, position, end, line))
            position = end + 1
        return result
    parts = _NEWLINE_SPLIT.split(text)  # line, break, line, break, ..., line
    for number, at in enumerate(range(0, len(parts), 2)):
        line = parts[at]
        end = position + len(line)
        append(Line(number, position, end, line))
        if at + 1 < len(parts):
            position = end + len(parts[at + 1])
    return result


def first_lines(text: str, count: int) -> list[str]:
    """The texts of the first `count` lines of `lines_of(text)` (all of them when there are fewer)."""
    if count <= 0:
        return []
    if "\r" not in text:
        return text.split("\n", count)[:count]
    return _NEWLINE_SPLIT.split(text, count)[: 2 * count : 2]


def first_line(text: str, start: int, end: int) -> str:
    """`text[start:end].splitlines()[0]` of a non-empty span, without copying the rest of the span (past its
    first "\n": the other breaks are rare, and looking for them with a pattern cost more than the copy)."""
    newline = text.find("\n", start, end)
    head = text[start : newline if newline >= 0 else end]
    return head.splitlines()[0] if head else ""


def read_once(reader: Callable[[str], list[Block]]) -> Callable[[str], list[Block]]:
    """A document reader that, asked for the very same text twice in a row (for its title, then for its
    passages), reads it once. Blocks are immutable; every caller gets a list of its own."""
    last: list[tuple[str, list[Block]]] = []

    @functools.wraps(reader)
    def read(text: str) -> list[Block]:
        found = last[0] if last else None
        if found is None or found[0] is not text:
            found = (text, reader(text))
            last[:1] = [found]  # one assignment: a thread reading meanwhile sees the old pair or the new
        return list(found[1])

    return read


def span_of_lines(text: str, lines: list[Line], first: int, last: int) -> tuple[int, int]:
    """The trimmed span of lines first..last (inclusive, 0-based)."""
    return strip_span(text, lines[first].start, lines[last].end)


class LineIndex:
    """1-based line numbers of character offsets."""

    def __init__(self, text: str) -> None:
        if "\r" in text:
            self._breaks = [m.end() for m in NEWLINE.finditer(text)]
        else:  # every break one "\n": the line lengths say where they are (at C speed)
            self._breaks = list(accumulate(len(line) + 1 for line in text.split("\n")[:-1]))

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self._breaks, offset) + 1


def runs(lines: list[Line]) -> Iterator[tuple[int, int]]:
    """(first, last) line numbers of each run of non-blank lines."""
    first = None
    for line in lines:
        if line.blank:
            if first is not None:
                yield first, line.number - 1
            first = None
        elif first is None:
            first = line.number
    if first is not None:
        yield first, lines[-1].number


def indent_at(text: str, offset: int) -> int:
    """The column of a character within its line (tabs to multiples of 8): how far a block is indented."""
    line_start = max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1
    return len(text[line_start:offset].replace("\ufeff", "").expandtabs(8))


def clean_label(text: str) -> str:
    """A heading's words on one line: white space runs (tabs, line breaks) become one space."""
    return " ".join(text.replace("\ufeff", " ").split())
