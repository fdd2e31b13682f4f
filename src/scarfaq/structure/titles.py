"""A document's title: its own, from the heading of the right kind, else its file name made readable.

- Markdown: `title:` of the front matter, else the first `#` (or setext `===`) heading, else a heading of
  any level that opens the document.
- reStructuredText: the first section title (drawn with an overline and underline, or an underline).
- Plain text: the first line, without Markdown `#` marks, or the words of an adorned title; never a mail or
  Usenet header line, a rule, an overline, a line of raw HTML, or a FAQ's first question.
- Otherwise the file name without its ending, "_" and "-" as spaces, first letter upper case
  ("docutils_faq.txt" → "Docutils faq").
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from scarfaq.structure.faq import mark_questions
from scarfaq.structure.formats import MARKDOWN, RST, format_of
from scarfaq.structure.markdown import markdown_blocks
from scarfaq.structure.model import (
    BARE_HEADING, HEADING, LIST, METADATA, PARAGRAPH, QUESTION, SEPARATOR, clean_label, first_line,
)
from scarfaq.structure.plain import plain_blocks
from scarfaq.structure.rst import rst_blocks

_FRONT_MATTER_TITLE = re.compile(r"""title\s*[:=]\s*(["']?)(.+?)\1\s*""", re.IGNORECASE)
_ATX = re.compile(r"#{1,6}(?:[ \t]+|$)")


def document_title(text: str, name: str = "") -> str:
    """The title of a document named `name` (its path or file name; "" when unknown)."""
    fmt = format_of(name, text) if name else ""
    if fmt == MARKDOWN:
        title = markdown_title(text)
    elif fmt == RST:
        title = rst_title(text)
    else:
        title = plain_title(text, name)
    return title or readable_name(name)


def readable_name(name: str) -> str:
    """A file name as words: "docutils_faq.txt" → "Docutils faq"."""
    stem = PurePosixPath(name.replace("\\", "/")).name.split(".")[0] if name else ""
    words = " ".join(stem.replace("_", " ").replace("-", " ").split())
    return words[:1].upper() + words[1:]


def markdown_title(text: str) -> str:
    blocks = markdown_blocks(text)
    for block in blocks:
        if block.role == METADATA:
            for line in text[block.start : block.end].splitlines():
                match = _FRONT_MATTER_TITLE.fullmatch(line.strip())
                if match:
                    return clean_label(match.group(2))
    headings = [b for b in blocks if b.role in (HEADING, BARE_HEADING) and b.label]
    first_level_one = next((b for b in headings if b.level == 1), None)
    if first_level_one:
        return first_level_one.label
    content = [b for b in blocks if b.role in (HEADING, BARE_HEADING, PARAGRAPH)]
    return content[0].label if content else ""


def rst_title(text: str) -> str:
    """The section title the document opens with (after directives, targets, comments and metadata)."""
    for block in rst_blocks(text):
        if not block.is_markup:
            return block.label if block.role == HEADING else ""
    return ""


def plain_title(text: str, name: str) -> str:
    """The first line that is a title: not metadata, a rule, raw HTML or (in a FAQ) the first question."""
    blocks = mark_questions(text, plain_blocks(text), name)
    for block in blocks:
        if block.role in (METADATA, SEPARATOR, LIST):  # a list is no title (nor is navigation: "* Home")
            continue
        if block.role == QUESTION:
            return ""
        if block.role == HEADING and block.level:
            return block.label
        line = first_line(text, block.start, block.end).strip()
        if line.startswith("<"):
            continue
        marks = _ATX.match(line)
        words = line[marks.end() :].strip() if marks else line
        if words:
            return words
    return ""
