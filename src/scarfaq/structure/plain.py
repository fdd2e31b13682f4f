"""Plain text: blocks are runs of non-blank lines; headings are short unpunctuated lines or underlined ones.

Also recognised: rules ("-----", "=====") as separators, titles drawn with an underline or an overline and
underline (levels in order of appearance, as reStructuredText counts them), a Usenet or mail header block
as metadata, and photo or video captions.
"""

from __future__ import annotations

from collections.abc import Iterator

from scarfaq.structure import patterns
from scarfaq.structure.model import (
    CAPTION,
    HEADING,
    LIST,
    METADATA,
    PARAGRAPH,
    SEPARATOR,
    Block,
    Line,
    clean_label,
    indent_at,
    lines_of,
    read_once,
    runs,
    span_of_lines,
)

#: An underline shorter than this share of its title is a rule under a sentence, not an underline.
UNDERLINE_SHARE = 0.6


class Styles:
    """Title adornment styles numbered in order of first use: the first is level 1."""

    def __init__(self) -> None:
        self._levels: dict[str, int] = {}

    def level(self, style: str) -> int:
        return self._levels.setdefault(style, len(self._levels) + 1)


@read_once
def plain_blocks(text: str) -> list[Block]:
    """The blocks of a plain-text document, with their roles."""
    lines = lines_of(text)
    styles = Styles()
    raw: list[Block] = []
    for first, last in runs(lines):
        raw.extend(split_run(text, lines, first, last, styles))
    if raw and raw[0].role == PARAGRAPH and is_header_block(text[raw[0].start : raw[0].end]):
        raw[0] = Block(raw[0].start, raw[0].end, METADATA)
    return classify(text, raw)


def split_run(text: str, lines: list[Line], first: int, last: int, styles: Styles) -> Iterator[Block]:
    """A run of non-blank lines, cut at titles (with their adornments) and rules."""
    if first == last:  # a line alone (most paragraphs of web pages): a rule or a paragraph, never a title
        return _blocks_of(text, lines, first, last, SEPARATOR if patterns.is_rule(lines[first].text) else PARAGRAPH)
    return _cut_run(text, lines, first, last, styles)


def _cut_run(text: str, lines: list[Line], first: int, last: int, styles: Styles) -> Iterator[Block]:
    """`split_run`, line by line."""
    paragraph_start = None
    i = first
    while i <= last:
        title = _title_at(lines, i, last) if paragraph_start is None else None
        rule_end = _rule_end(lines, i, last) if title is None else -1
        if title is None and rule_end < 0:
            paragraph_start = i if paragraph_start is None else paragraph_start
            i += 1
            continue
        if paragraph_start is not None:
            yield from _blocks_of(text, lines, paragraph_start, i - 1, PARAGRAPH)
            paragraph_start = None
        if title is not None:
            yield from _title_blocks(text, lines, i, title, styles)
            i += title[0]
        else:
            yield from _blocks_of(text, lines, i, rule_end, SEPARATOR)
            i = rule_end + 1
    if paragraph_start is not None:
        yield from _blocks_of(text, lines, paragraph_start, last, PARAGRAPH)


def _rule_end(lines: list[Line], i: int, last: int) -> int:
    """The last line of the rules starting at line i, or -1 when line i is no rule."""
    if not patterns.is_rule(lines[i].text):
        return -1
    while i + 1 <= last and patterns.is_rule(lines[i + 1].text):
        i += 1
    return i


def _title_blocks(text: str, lines: list[Line], i: int, title: tuple[int, str, int], styles: Styles) -> Iterator[Block]:
    """An adorned title: its words and underline as a heading; an overline as a rule above it, so that no
    passage starts with one."""
    size, style, words = title
    if size == 3:
        yield from _blocks_of(text, lines, i, i, SEPARATOR)
    label = clean_label(lines[words].text)
    yield from _blocks_of(text, lines, words, i + size - 1, HEADING, label, styles.level(style))


def _title_at(lines: list[Line], i: int, last: int) -> tuple[int, str, int] | None:
    """(lines used, style, line of the words) when an adorned title starts at line i."""
    over = patterns.adornment(lines[i].text)
    if over and i + 2 <= last and patterns.adornment(lines[i + 2].text) == over:
        length = len(lines[i].text.rstrip())
        if length == len(lines[i + 2].text.rstrip()) and _titled(lines[i + 1], length, 1.0):
            return 3, "over" + over, i + 1
    under = patterns.adornment(lines[i + 1].text) if i + 1 <= last else ""
    if under and not over and _titled(lines[i], len(lines[i + 1].text.rstrip()), UNDERLINE_SHARE):
        return 2, under, i
    return None


def _titled(line: Line, adornment: int, share: float) -> bool:
    """A line that can be a title: with a letter, not indented, not a rule, and short, or drawn over its
    whole length as reStructuredText requires (then a long question can be a title too)."""
    words = line.text.strip()
    if not words or line.indent >= patterns.INDENTED or patterns.is_rule(line.text):
        return False
    if not any(ch.isalpha() for ch in words):
        return False
    if adornment >= len(words):
        return len(words) <= patterns.QUESTION_MAX_CHARS
    return len(words) <= patterns.HEADING_MAX_CHARS and adornment >= max(3, share * len(words))


def _blocks_of(text: str, lines: list[Line], first: int, last: int, role: str, label: str = "",
               level: int = 0) -> Iterator[Block]:
    """The block of lines first..last, unless they hold only white space."""
    start, end = span_of_lines(text, lines, first, last)
    if start < end:
        yield Block(start, end, role, label, level)


def is_header_block(block: str) -> bool:
    """Mail or Usenet headers: every line a header or an indented continuation, some of them well known."""
    names = []
    for line in block.splitlines():
        match = patterns.HEADER_LINE.match(line)
        if match:
            names.append(match.group(1).lower())
        elif not line[:1].isspace():
            return False
    return len(names) >= 2 and any(name in patterns.HEADER_NAMES for name in names)


def item_spans(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The items of a bulleted block: each bullet line with the continuation lines under it."""
    items: list[tuple[int, int]] = []
    for line in lines_of(text[start:end]):
        if line.blank:
            continue
        line_start, line_end = start + line.start, start + line.end
        if patterns.BULLET.match(line.text) or not items:
            items.append((line_start, line_end))
        else:
            items[-1] = (items[-1][0], line_end)
    return tuple(items)


def classify(text: str, blocks: list[Block]) -> list[Block]:
    """Give paragraphs their part: a short unpunctuated line is a heading, a bulleted block a list.

    A short unpunctuated bullet is a heading when prose follows it, an item when a list or nothing does.
    """
    result: list[Block] = []
    for i, block in enumerate(blocks):
        if block.role != PARAGRAPH:
            result.append(block)
            continue
        body = text[block.start : block.end]
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        bullet = bool(patterns.BULLET.match(body))
        if patterns.CAPTION.match(body) and "\n" not in body and "\r" not in body:
            result.append(Block(block.start, block.end, CAPTION, clean_label(body)))
        elif _is_plain_heading(text, block, i == 0) and not (
            bullet and (following is None or _is_list(text, following))
        ):
            result.append(Block(block.start, block.end, HEADING, clean_label(body)))
        elif bullet:
            result.append(Block(block.start, block.end, LIST, items=item_spans(text, block.start, block.end)))
        else:
            result.append(block)
    return result


def _is_list(text: str, block: Block) -> bool:
    """A paragraph that starts with a bullet (asked only of the block after a bulleted heading-like line)."""
    return block.role == PARAGRAPH and bool(patterns.BULLET.match(text[block.start : block.end]))


def _is_plain_heading(text: str, block: Block, first: bool) -> bool:
    """One short line with no final punctuation but a '?', not indented like a quotation or code (unless it
    opens the document: a centred title). (The indentation is looked at only for a line that reads as a
    heading: most paragraphs do not.)"""
    return patterns.looks_like_heading(text[block.start : block.end]) and (
        first or indent_at(text, block.start) < patterns.INDENTED
    )
