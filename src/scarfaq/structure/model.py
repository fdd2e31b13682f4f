"""The common ground of the format readers: blocks of a document, with their part in it, as exact spans."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

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

#: What markdown-it and the line index count as a line break (a lone CR too, as old Mac files have it).
NEWLINE = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Block:
    """A trimmed span of a document with its role; headings and questions carry their words as `label`."""

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


@dataclass(frozen=True)
class Line:
    """One line of a document: its span without the line break, and its number (0-based)."""

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
    position = 0
    for number, match in enumerate(NEWLINE.finditer(text)):
        result.append(Line(number, position, match.start(), text[position : match.start()]))
        position = match.end()
    result.append(Line(len(result), position, len(text), text[position:]))
    return result


def span_of_lines(text: str, lines: list[Line], first: int, last: int) -> tuple[int, int]:
    """The trimmed span of lines first..last (inclusive, 0-based)."""
    return strip_span(text, lines[first].start, lines[last].end)


class LineIndex:
    """1-based line numbers of character offsets."""

    def __init__(self, text: str) -> None:
        self._breaks = [m.end() for m in NEWLINE.finditer(text)]

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
