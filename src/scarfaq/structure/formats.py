"""Which reader a document gets: by its file name ending, and for .txt files by what the text holds."""

from __future__ import annotations

import re

from scarfaq.structure.faq import mark_questions
from scarfaq.structure.markdown import markdown_blocks
from scarfaq.structure.model import Block
from scarfaq.structure.plain import plain_blocks
from scarfaq.structure.rst import rst_blocks
from scarfaq.structure.toc import mark_tocs

MARKDOWN = "markdown"
RST = "rst"
PLAIN = "plain"
#: File name endings of each format; any other document is plain text unless it reads as reStructuredText.
SUFFIXES = {".md": MARKDOWN, ".markdown": MARKDOWN, ".rst": RST}
#: A .txt file with a directive, target or substitution line is reStructuredText (docutils' own FAQ is one).
_RST_SIGN = re.compile(r"^\.\. (?:[A-Za-z][\w:+.-]*::|_[^:\n]*:|\|[^|\n]+\|)", re.MULTILINE)
_READERS = {MARKDOWN: markdown_blocks, RST: rst_blocks, PLAIN: plain_blocks}


def format_of(name: str, text: str) -> str:
    """MARKDOWN, RST or PLAIN."""
    lowered = name.lower()
    for suffix, fmt in SUFFIXES.items():
        if lowered.endswith(suffix):
            return fmt
    return RST if _has_rst_sign(text) else PLAIN


def _has_rst_sign(text: str) -> bool:
    """Whether a line of the text is a directive, target or substitution: the pattern runs only on a text
    with a line that starts ".. " (it tried every line start of every plain document: 0.1 ms a document)."""
    return (text.startswith(".. ") or "\n.. " in text) and bool(_RST_SIGN.search(text))


def document_blocks(name: str, text: str, title: str = "") -> list[Block]:
    """A document's blocks in reading order, with tables of contents and FAQ questions recognised."""
    fmt = format_of(name, text)
    blocks = _READERS[fmt](text)
    return mark_questions(text, mark_tocs(text, blocks), f"{name} {title}", explicit=fmt != PLAIN)
