"""Cutting documents into passages: exact character spans that follow the documents' own structure.

Each format has its reader (structure/: plain text, Markdown through markdown-it-py, reStructuredText),
which cuts a document into blocks with roles; tables of contents and FAQ questions are recognised in any
format. The blocks are then joined into units (structure/units.py: a heading with what follows it, a FAQ
question with its whole answer, a lead-in with its list, runs of short lines) and units too long for one
passage are cut at items, lines or sentences (structure/split.py).

Every span of the document's text becomes a passage, markup included, so nothing is lost: markup
passages (rules, tables of contents, badges, raw HTML, directives, captions, metadata, bare headings)
have a `kind` in `MARKUP_KINDS`, and the library neither indexes nor quotes them (`Passage.quotable`).
Every passage is `document.text[start:end]`, never empty, never starting or ending with white space.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from scarfaq.corpus import Document
from scarfaq.structure.model import CAPTION, HEADING, MARKUP, PARAGRAPH, QUESTION, TEXT, LineIndex, first_line

if TYPE_CHECKING:
    from scarfaq.structure.patterns import HEADING_MAX_CHARS
    from scarfaq.structure.sentences import TRAINING_CHARS, SentenceSplitter, training_text
    from scarfaq.structure.units import MAX_CHARS, SHORT_CHARS, SHORT_RUN_CHARS, Unit

#: Kinds of passage that are structure or decoration: kept so no text is lost, never indexed or quoted.
MARKUP_KINDS = MARKUP
#: The chunker's parts, importable from here, imported when first asked for: a run that loads its index
#: from the cache makes passages from their columns and never needs them.
_CHUNKER = {
    "HEADING_MAX_CHARS": "scarfaq.structure.patterns",
    **dict.fromkeys(("MAX_CHARS", "SHORT_CHARS", "SHORT_RUN_CHARS"), "scarfaq.structure.units"),
    **dict.fromkeys(("TRAINING_CHARS", "SentenceSplitter", "training_text"), "scarfaq.structure.sentences"),
}


def __getattr__(name: str) -> Any:
    if name in _CHUNKER:
        return getattr(importlib.import_module(_CHUNKER[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "HEADING_MAX_CHARS", "MARKUP_KINDS", "MAX_CHARS", "SHORT_CHARS", "SHORT_RUN_CHARS", "TRAINING_CHARS",
    "Passage", "SentenceSplitter", "chunk_corpus", "chunk_document", "training_text",
]


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
    """The section heading above the passage, or the FAQ question it answers, when the passage does not
    begin with it."""
    lead_in: str = ""
    """The lead-in sentence of the bullet list the passage continues, when it is not inside the passage."""
    kind: str = TEXT
    """"text", "faq" (a question with its answer), "list", "code", or one of `MARKUP_KINDS`."""

    @property
    def citation(self) -> str:
        """`source:start_line-end_line`, the way a person finds the quote in the file."""
        return f"{self.source}:{self.start_line}-{self.end_line}"

    @property
    def quotable(self) -> bool:
        """Whether the passage may be indexed and quoted (markup never is)."""
        return self.kind not in MARKUP_KINDS


def chunk_document(document: Document, splitter: SentenceSplitter) -> list[Passage]:
    """All passages of one document, in reading order, markup passages included."""
    from scarfaq.structure.formats import document_blocks  # the format readers: only when a build runs
    from scarfaq.structure.split import unit_spans
    from scarfaq.structure.units import build_units

    text, source, title = document.text, document.source, document.title
    blocks = document_blocks(source, text, title)
    line_of = LineIndex(text).line_of
    passages = []
    for unit in build_units(text, blocks):
        spans = unit_spans(text, unit, splitter)
        (start, end), kind = spans[0], unit.kind
        passages.append(Passage(source, title, start, end, line_of(start), line_of(end - 1), text[start:end],
                                unit.heading, unit.opening or unit.lead_in, kind))
        if len(spans) > 1:  # the context of a split unit's later passages, worked out once per unit
            heading, lead_in = unit.heading or _heading_of(text, unit), unit.lead_in or _lead_in_of(text, unit)
            passages += [Passage(source, title, start, end, line_of(start), line_of(end - 1), text[start:end],
                                 heading, lead_in, kind) for start, end in spans[1:]]
    return passages


def _heading_of(text: str, unit: Unit) -> str:
    """For the later passages of a split unit: its own heading or question, else its first line if short."""
    if unit.label:
        return unit.label
    opening = first_line(text, unit.start, unit.end).strip()  # the first line only: a unit may be megabytes long
    from scarfaq.structure.patterns import HEADING_MAX_CHARS

    return opening if len(opening) <= HEADING_MAX_CHARS else ""


def _lead_in_of(text: str, unit: Unit) -> str:
    """For the later passages of a split unit: the lead-in the unit opens with (after its headings), if any."""
    for block in unit.blocks:
        if block.role not in (HEADING, QUESTION, CAPTION):
            is_lead_in = block.role == PARAGRAPH and text.endswith(":", block.start, block.end)
            return text[block.start : block.end] if is_lead_in else ""
    return ""


def chunk_corpus(documents: Iterable[Document]) -> list[Passage]:
    """Passages of every document, with one sentence model trained on (the start of) all of them."""
    from scarfaq.structure.sentences import SentenceSplitter, training_text

    documents = list(documents)
    splitter = SentenceSplitter(training_text(documents))
    return [p for d in documents for p in chunk_document(d, splitter)]
