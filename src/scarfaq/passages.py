"""Cutting documents into passages: exact character spans that follow the documents' own structure.

The rules, in order:
- A *block* is a run of non-blank lines. A block that is one short line without final punctuation is a
  *heading*: it joins the passage that follows it (and is remembered as the section heading).
- A paragraph ending in ':' is a *lead-in*; the bullet items after it are grouped with it while the group
  stays readable (at most `MAX_CHARS`). Later groups of the same list carry the lead-in as context.
- A block longer than `MAX_CHARS` is cut at line breaks when it has several lines (reader comments, lists),
  else at sentence boundaries found by an nltk Punkt model trained on the corpus itself (at most
  `TRAINING_CHARS` characters of it, and only once some line needs it), into windows of at most `MAX_CHARS`
  (a single longer sentence stays whole).
Every passage is `document.text[start:end]`, never empty, never starting or ending with white space.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from scarfaq.corpus import Document

#: The largest passage, in characters, unless a single sentence is longer.
MAX_CHARS = 800
#: A heading is at most this long.
HEADING_MAX_CHARS = 100
#: A one-line paragraph at most this long is *short*: runs of short paragraphs are read together.
SHORT_CHARS = 160
#: The largest run of short paragraphs joined into one passage.
SHORT_RUN_CHARS = 480
#: Punkt learns a corpus's abbreviations and sentence starters from at most this much of its text: all of
#: it when it is no larger, else `TRAINING_WINDOWS` windows spread evenly over the whole corpus. Plenty to
#: learn from, and the training (seconds per 100,000 characters) stays short on a large corpus.
TRAINING_CHARS = 300_000
TRAINING_WINDOWS = 40

_BULLET = re.compile(r"\s*(?:[•\-*–—·▪●◦‣]|\d{1,2}[.)])\s*\S")
_FINAL_PUNCTUATION = ".!?;,…"


@dataclass(frozen=True)
class Passage:
    """An exact span of one document, with the context it is indexed under."""

    source: str
    title: str
    start: int
    end: int
    start_line: int
    end_line: int
    text: str
    heading: str = ""
    """The section heading above the passage, when the passage does not begin with it."""
    lead_in: str = ""
    """The lead-in sentence of the bullet list the passage continues, when it is not inside the passage."""

    @property
    def citation(self) -> str:
        """`source:start_line-end_line`, the way a person finds the quote in the file."""
        return f"{self.source}:{self.start_line}-{self.end_line}"


@dataclass(frozen=True)
class _Block:
    start: int
    end: int
    text: str
    lines: int

    @property
    def is_heading(self) -> bool:
        return (
            self.lines == 1
            and len(self.text) <= HEADING_MAX_CHARS
            and (self.text[-1] not in _FINAL_PUNCTUATION + ":" or self.text.endswith("?"))
            and any(ch.isalpha() for ch in self.text)
        )

    @property
    def is_short(self) -> bool:
        return self.lines == 1 and len(self.text) <= SHORT_CHARS

    @property
    def is_bullet(self) -> bool:
        return bool(_BULLET.match(self.text))

    @property
    def is_lead_in(self) -> bool:
        return self.text.endswith(":")


class SentenceSplitter:
    """Sentence spans from an nltk Punkt model trained on the corpus's own text (no downloaded data).

    The model is trained on the first call of `spans`: a corpus whose lines are all short never needs it.
    """

    def __init__(self, training_text: str) -> None:
        self._training_text = training_text
        self._punkt: Any = None

    def spans(self, text: str) -> list[tuple[int, int]]:
        if self._punkt is None:
            from nltk.tokenize.punkt import PunktSentenceTokenizer

            self._punkt = PunktSentenceTokenizer(self._training_text)
            self._training_text = ""
        return list(self._punkt.span_tokenize(text))


def training_text(documents: Iterable[Document], limit: int = TRAINING_CHARS) -> str:
    """The documents' texts joined by blank lines when that fits in `limit` characters; else a sample of
    `TRAINING_WINDOWS` windows of whole lines, at evenly spaced places of the corpus, joined the same way."""
    documents = list(documents)
    sizes = [len(d.text) for d in documents]
    if sum(sizes) + 2 * max(len(sizes) - 1, 0) <= limit:
        return "\n\n".join(d.text for d in documents)
    starts = [0]
    for size in sizes:
        starts.append(starts[-1] + size)
    width = limit // TRAINING_WINDOWS - 2
    parts = []
    for window in range(TRAINING_WINDOWS):
        at = window * starts[-1] // TRAINING_WINDOWS
        number = bisect.bisect_right(starts, at) - 1
        text, offset = documents[number].text, at - starts[number]
        begin = max(text.rfind("\n", 0, offset) + 1, offset - width)  # the line's start, if near
        end = text.rfind("\n", begin, begin + width)
        parts.append(text[begin : end if end > begin else min(len(text), begin + width)])
    return "\n\n".join(parts)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] == "\ufeff"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _blocks(text: str) -> Iterator[_Block]:
    """Runs of non-blank lines, each trimmed of surrounding white space."""
    position = 0
    for part in re.split(r"((?:\r\n|\r|\n)(?:[ \t\f\v\ufeff]*(?:\r\n|\r|\n))+)", text):
        start, end = _strip_span(text, position, position + len(part))
        position += len(part)
        if start < end:
            body = text[start:end]
            yield _Block(start, end, body, len(body.splitlines()))


def _pack(pieces: Sequence[tuple[int, int]], limit: int) -> list[tuple[int, int]]:
    """Group consecutive spans into windows of balanced size, each at most `limit` where possible."""
    total = pieces[-1][1] - pieces[0][0]
    target = total / max(1, math.ceil(total / limit))
    windows: list[tuple[int, int]] = []
    start, end = pieces[0]
    for piece_start, piece_end in pieces[1:]:
        if piece_end - start > limit or end - start >= target:
            windows.append((start, end))
            start = piece_start
        end = piece_end
    windows.append((start, end))
    return windows


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    position = start
    for line in text[start:end].splitlines(keepends=True):
        span = _strip_span(text, position, position + len(line))
        position += len(line)
        if span[0] < span[1]:
            spans.append(span)
    return spans


def _split_long(text: str, start: int, end: int, splitter: SentenceSplitter) -> list[tuple[int, int]]:
    """Cut a span longer than MAX_CHARS at line breaks, then at sentence boundaries."""
    if end - start <= MAX_CHARS:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    for line_start, line_end in _line_spans(text, start, end):
        if line_end - line_start <= MAX_CHARS:
            pieces.append((line_start, line_end))
            continue
        for s, e in splitter.spans(text[line_start:line_end]):
            span = _strip_span(text, line_start + s, line_start + e)
            if span[0] < span[1]:
                pieces.append(span)
    return [_strip_span(text, s, e) for s, e in _pack(pieces, MAX_CHARS)]


@dataclass
class _Unit:
    """A span to become one or more passages, with its context."""

    start: int
    end: int
    heading: str = ""
    lead_in: str = ""


def _roles(blocks: Sequence[_Block]) -> list[str]:
    """Each block's part in the document: heading, lead-in, bullet, short or paragraph."""
    roles = []
    for i, block in enumerate(blocks):
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        list_follows = following is not None and following.is_bullet
        if block.is_heading and not (block.is_bullet and (following is None or list_follows)):
            roles.append("heading")  # a short unpunctuated bullet followed by prose acts as a subheading
        elif block.is_bullet:
            roles.append("bullet")
        elif list_follows and (block.is_lead_in or block.is_short):
            roles.append("lead-in")
        else:
            roles.append("short" if block.is_short else "paragraph")
    return roles


def _units(blocks: Sequence[_Block]) -> Iterator[_Unit]:
    """Join headings to what follows them, group list items with their lead-in, and run-on short lines."""
    heading = ""
    pending_start: int | None = None  # start of headings waiting for their paragraph
    lead_in = ""
    group: _Unit | None = None
    group_kind = ""
    for block, role in zip(blocks, _roles(blocks)):
        if role == "heading":
            if group:
                yield group
                group = None
            heading, lead_in = block.text, ""
            pending_start = block.start if pending_start is None else pending_start
            continue
        start = pending_start if pending_start is not None else block.start
        unit_heading = "" if pending_start is not None else heading
        pending_start = None
        limit = SHORT_RUN_CHARS if role == "short" else MAX_CHARS
        if group and role == group_kind and role in ("bullet", "short") and block.end - group.start <= limit:
            group.end = block.end
            continue
        if group:
            yield group
            group = None
        if role == "lead-in":
            lead_in = block.text
            group, group_kind = _Unit(start, block.end, unit_heading), "bullet"
        elif role == "bullet":
            group, group_kind = _Unit(start, block.end, unit_heading, lead_in), "bullet"
        elif role == "short":
            lead_in = ""
            group, group_kind = _Unit(start, block.end, unit_heading), "short"
        else:
            lead_in = ""
            yield _Unit(start, block.end, unit_heading)
    if group:
        yield group
    if pending_start is not None:  # trailing headings with nothing after them
        yield _Unit(pending_start, blocks[-1].end)


class _LineIndex:
    def __init__(self, text: str) -> None:
        self._breaks = [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]

    def line_of(self, offset: int) -> int:
        """1-based line number of the character at offset."""
        return bisect.bisect_right(self._breaks, offset) + 1


def chunk_document(document: Document, splitter: SentenceSplitter) -> list[Passage]:
    """All passages of one document, in reading order."""
    text = document.text
    blocks = list(_blocks(text))
    if not blocks:
        return []
    lines = _LineIndex(text)
    passages = []
    for unit in _units(blocks):
        for index, (start, end) in enumerate(_split_long(text, unit.start, unit.end, splitter)):
            passages.append(
                Passage(
                    source=document.source,
                    title=document.title,
                    start=start,
                    end=end,
                    start_line=lines.line_of(start),
                    end_line=lines.line_of(end - 1),
                    text=text[start:end],
                    heading=unit.heading if index == 0 else (unit.heading or _heading_of(text, unit)),
                    lead_in=unit.lead_in,
                )
            )
    return passages


def _heading_of(text: str, unit: _Unit) -> str:
    """For the later windows of a split unit, the unit's first line serves as its heading."""
    first_line = text[unit.start : unit.end].splitlines()[0].strip()
    return first_line if len(first_line) <= HEADING_MAX_CHARS else ""


def chunk_corpus(documents: Iterable[Document]) -> list[Passage]:
    """Passages of every document, with one sentence model trained on (the start of) all of them."""
    documents = list(documents)
    splitter = SentenceSplitter(training_text(documents))
    return [p for d in documents for p in chunk_document(d, splitter)]
