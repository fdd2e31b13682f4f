"""Cutting a unit longer than MAX_CHARS into passages of balanced size.

Blocks stay whole where they fit; a heading, question, caption or lead-in is never left at the end of a passage
(it goes with what it introduces). A block too long for one passage is cut between list items, between
lines of code, between self-contained lines, or else at sentence boundaries (hard-wrapped prose is read
as one text, so its line breaks are not taken for sentence ends); a single longer sentence stays whole.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from scarfaq.structure.model import CAPTION, CODE, HEADING, MARKUP, QUESTION, TABLE, Block, lines_of, strip_span
from scarfaq.structure.sentences import SentenceSplitter
from scarfaq.structure.units import MAX_CHARS, Unit

#: Lines of a hard-wrapped paragraph are at most this long (all but its last).
WRAP_WIDTH = 100
_SENTENCE_END = ".!?:;…\"'”)»"

Span = tuple[int, int]


def unit_spans(text: str, unit: Unit, splitter: SentenceSplitter) -> list[Span]:
    """The passages of a unit: the unit itself when it fits, else balanced windows of its pieces."""
    if unit.kind in MARKUP or unit.end - unit.start <= MAX_CHARS:
        return [(unit.start, unit.end)]
    windows: list[Span] = []
    whole: list[Span] = []
    for chunk in _chunks(text, unit.blocks):
        if chunk[-1].end - chunk[0].start <= MAX_CHARS:
            whole.append((chunk[0].start, chunk[-1].end))
            continue
        if whole:
            windows += pack(whole, [False] * len(whole), MAX_CHARS)
            whole = []
        pieces: list[Span] = []
        glue: list[bool] = []
        for block in chunk:
            block_pieces = fine_pieces(text, block, splitter)
            pieces += block_pieces
            glue += [False] * (len(block_pieces) - 1) + [_sticky(text, block)]
        windows += pack(pieces, glue, MAX_CHARS)
    if whole:
        windows += pack(whole, [False] * len(whole), MAX_CHARS)
    return [strip_span(text, start, end) for start, end in windows]


def _sticky(text: str, block: Block) -> bool:
    """Blocks that introduce the next one: headings, questions, captions and lead-ins."""
    return block.role in (HEADING, QUESTION, CAPTION) or text[block.start : block.end].endswith(":")


def _chunks(text: str, blocks: Sequence[Block]) -> list[list[Block]]:
    """Blocks with each introducing block folded into the one after it."""
    chunks: list[list[Block]] = []
    carried: list[Block] = []
    for block in blocks:
        carried.append(block)
        if not _sticky(text, block):
            chunks.append(carried)
            carried = []
    if carried:
        chunks.append(carried)
    return chunks


def pack(pieces: Sequence[Span], glue: Sequence[bool], limit: int) -> list[Span]:
    """Group consecutive spans into windows of balanced size, each at most `limit` where possible; a window
    never ends on a glued piece."""
    total = pieces[-1][1] - pieces[0][0]
    target = total / max(1, math.ceil(total / limit))
    windows: list[Span] = []
    start, end = pieces[0]
    glued = glue[0]
    for (piece_start, piece_end), sticky in zip(pieces[1:], glue[1:]):
        if not glued and (piece_end - start > limit or end - start >= target):
            windows.append((start, end))
            start = piece_start
        end, glued = piece_end, sticky
    windows.append((start, end))
    return windows


def fine_pieces(text: str, block: Block, splitter: SentenceSplitter) -> list[Span]:
    """Where a block may be cut: its items, its lines of code, its lines or sentences."""
    if block.end - block.start <= MAX_CHARS:
        return [(block.start, block.end)]
    if block.items:
        pieces: list[Span] = []
        for start, end in block.items:
            pieces += [(start, end)] if end - start <= MAX_CHARS else text_pieces(text, start, end, splitter)
        return pieces
    if block.role in (CODE, TABLE):
        return line_spans(text, block.start, block.end)
    return text_pieces(text, block.start, block.end, splitter)


def line_spans(text: str, start: int, end: int) -> list[Span]:
    """The trimmed, non-empty lines of a span."""
    spans = []
    for line in lines_of(text[start:end]):
        span = strip_span(text, start + line.start, start + line.end)
        if span[0] < span[1]:
            spans.append(span)
    return spans


def text_pieces(text: str, start: int, end: int, splitter: SentenceSplitter) -> list[Span]:
    """Sentences of hard-wrapped prose; else lines, with lines longer than MAX_CHARS cut into sentences."""
    lines = line_spans(text, start, end)
    if len(lines) > 1 and _wrapped(text, lines):
        pieces: list[Span] = []
        for span in _sentences(text, start, end, splitter):
            pieces += line_spans(text, *span) if span[1] - span[0] > MAX_CHARS else [span]
        return pieces
    pieces = []
    for line in lines:
        pieces += [line] if line[1] - line[0] <= MAX_CHARS else _sentences(text, *line, splitter)
    return pieces


def _wrapped(text: str, lines: Sequence[Span]) -> bool:
    """Prose broken into lines of a fixed width: short lines, some of them ending mid-sentence."""
    inner = lines[:-1]
    return all(e - s <= WRAP_WIDTH for s, e in inner) and any(text[e - 1] not in _SENTENCE_END for s, e in inner)


def _sentences(text: str, start: int, end: int, splitter: SentenceSplitter) -> list[Span]:
    spans = []
    for s, e in splitter.spans(text[start:end]):
        span = strip_span(text, start + s, start + e)
        if span[0] < span[1]:
            spans.append(span)
    return spans or [(start, end)]
