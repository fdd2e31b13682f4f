"""Markdown through markdown-it-py (CommonMark with tables): its top-level blocks, by the lines they span.

Headings (ATX and setext) carry their level and words; lists their items; fenced and indented code,
tables and block quotes are content. Front matter is metadata; thematic breaks are separators; raw HTML
blocks, paragraphs made only of images and links (badges, link bars), link reference definitions and
lists of links into the page itself (tables of contents) are markup, never quoted.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from scarfaq.structure import patterns
from scarfaq.structure.model import (
    BADGES,
    BARE_HEADING,
    CAPTION,
    CODE,
    HEADING,
    HTML,
    LINKS,
    LIST,
    METADATA,
    PARAGRAPH,
    SEPARATOR,
    TABLE,
    TOC,
    Block,
    Line,
    clean_label,
    lines_of,
    read_once,
    runs,
    span_of_lines,
    strip_span,
)

#: Front matter opens and closes with one of these lines, within this many lines.
FRONT_MATTER_FENCES = {"---": ("---", "..."), "+++": ("+++",)}
FRONT_MATTER_MAX_LINES = 200
#: Roles of markdown-it's top-level block tokens.
_ROLES = {
    "fence": CODE, "code_block": CODE, "html_block": HTML, "hr": SEPARATOR, "blockquote_open": PARAGRAPH,
    "table_open": TABLE, "bullet_list_open": LIST, "ordered_list_open": LIST,
}
#: A MyST directive fence that stands for a generated table of contents ("```{contents}").
_MYST_TOC = re.compile(r"\{(?:contents|toctree)\}", re.IGNORECASE)
_ANCHOR_LINK = re.compile(r"\s*(?:[*_]{1,3})?\[[^\]]+\]\(#[^)]*\)(?:[*_]{1,3})?\s*")


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def front_matter_lines(lines: list[Line]) -> int:
    """How many lines of YAML (---) or TOML (+++) front matter open the document (0: none)."""
    opening = lines[0].text.replace("\ufeff", "").strip() if lines else ""
    closers = FRONT_MATTER_FENCES.get(opening)
    if not closers:
        return 0
    for line in lines[1:FRONT_MATTER_MAX_LINES]:
        if line.text.strip() in closers:
            return line.number + 1
    return 0


@read_once
def markdown_blocks(text: str) -> list[Block]:
    """The blocks of a Markdown document, with their roles, in order."""
    lines = lines_of(text)
    skip = front_matter_lines(lines)
    source = "\n".join("" if line.number < skip else line.text.replace("\ufeff", " ") for line in lines)
    blocks = [b for b in [_lines_block(text, lines, 0, skip - 1, METADATA)] if b] if skip else []
    covered = [line.number < skip for line in lines]
    tokens = _parser().parse(source)
    for index, token in enumerate(tokens):
        if token.level != 0 or token.nesting < 0 or token.map is None:
            continue
        first, last = token.map[0], min(token.map[1], len(lines)) - 1
        if last < first:
            continue
        for number in range(first, last + 1):
            covered[number] = True
        if token.type == "html_block":
            blocks += _html_blocks(text, lines, first, last)
            continue
        block = _token_block(text, lines, tokens, index, first, last)
        if block:
            blocks.append(block)
    blocks += _uncovered(text, lines, covered)
    return sorted(blocks, key=lambda b: b.start)


def _lines_block(text: str, lines: list[Line], first: int, last: int, role: str, **extra: object) -> Block | None:
    start, end = span_of_lines(text, lines, first, last)
    return Block(start, end, role, **extra) if start < end else None  # type: ignore[arg-type]


def _token_block(text: str, lines: list[Line], tokens: list[Token], index: int, first: int,
                 last: int) -> Block | None:
    token = tokens[index]
    if token.type == "heading_open":
        inline = tokens[index + 1]
        label = plain_text(inline)
        badges = any(child.type == "image" for child in inline.children or [])
        role = BARE_HEADING if badges else HEADING  # a heading full of badge markup names its section, unquoted
        return _lines_block(text, lines, first, last, role, label=label, level=int(token.tag[1:]))
    if token.type == "paragraph_open":
        targets = all(patterns.LINK_REFERENCE.match(lines[n].text) for n in range(first, last + 1))
        return _lines_block(text, lines, first, last, LINKS if targets else _paragraph_role(tokens[index + 1]))
    role = _ROLES.get(token.type, PARAGRAPH)
    if token.type == "fence" and _MYST_TOC.match(token.info):
        role = TOC
    if role == LIST:
        items = _items(text, lines, tokens, index)
        if _links_into_page(tokens, index):
            role = TOC
        return _lines_block(text, lines, first, last, role, items=items)
    return _lines_block(text, lines, first, last, role)


def _html_blocks(text: str, lines: list[Line], first: int, last: int) -> list[Block]:
    """Raw HTML is markup, but runs of lines of plain text inside it (under "<details>") are paragraphs."""
    blocks = []
    n = first
    while n <= last:
        markup = lines[n].blank or lines[n].text.lstrip().startswith("<")
        end = n
        while end + 1 <= last and (lines[end + 1].blank or lines[end + 1].text.lstrip().startswith("<")) == markup:
            end += 1
        block = _lines_block(text, lines, n, end, HTML if markup else PARAGRAPH)
        if block:
            blocks.append(block)
        n = end + 1
    return blocks


def _items(text: str, lines: list[Line], tokens: list[Token], index: int) -> tuple[tuple[int, int], ...]:
    """The spans of a top-level list's items."""
    items = []
    for token in tokens[index + 1 :]:
        if token.level == 0:
            break
        if token.type == "list_item_open" and token.level == 1 and token.map:
            last = min(token.map[1], len(lines)) - 1
            span = span_of_lines(text, lines, token.map[0], last)
            if span[0] < span[1]:
                items.append(span)
    return tuple(items)


def _links_into_page(tokens: list[Token], index: int) -> bool:
    """A list whose every item is a link to a heading of the page: a table of contents."""
    end = next((i for i in range(index + 1, len(tokens)) if tokens[i].level == 0), len(tokens))
    inlines = [t for t in tokens[index + 1 : end] if t.type == "inline"]
    return len(inlines) >= 2 and all(_ANCHOR_LINK.fullmatch(t.content) for t in inlines)


def _paragraph_role(inline: Token) -> str:
    """Badges and links (images and links with nothing but punctuation between) and captions are markup."""
    images = links = 0
    depth = 0
    for child in inline.children or []:
        if child.type == "image":
            images += 1
        elif child.type == "link_open":
            links += 1
            depth += 1
        elif child.type == "link_close":
            depth -= 1
        elif child.type == "html_inline":
            images += "<img" in child.content.lower()
        elif child.type in ("text", "code_inline") and not depth and any(ch.isalnum() for ch in child.content):
            return CAPTION if _caption(inline) else PARAGRAPH
    if images or links:
        return BADGES
    return CAPTION if _caption(inline) else PARAGRAPH


def _caption(inline: Token) -> bool:
    return "\n" not in inline.content and bool(patterns.CAPTION.match(inline.content))


def plain_text(inline: Token) -> str:
    """The words of an inline token, without emphasis marks, link targets, images or HTML."""
    parts = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return clean_label("".join(parts))


def _uncovered(text: str, lines: list[Line], covered: list[bool]) -> list[Block]:
    """Lines no block token spans: link reference definitions, or text kept as paragraphs."""
    blocks = []
    gaps = [line if not covered[line.number] else Line(line.number, line.start, line.start, "") for line in lines]
    for first, last in runs(gaps):
        start, end = strip_span(text, lines[first].start, lines[last].end)
        if start >= end:
            continue
        references = all(
            patterns.LINK_REFERENCE.match(lines[n].text) or lines[n].text[:1].isspace() or lines[n].blank
            for n in range(first, last + 1)
        )
        blocks.append(Block(start, end, LINKS if references else PARAGRAPH))
    return blocks
