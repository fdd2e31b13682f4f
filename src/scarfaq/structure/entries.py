"""Which blocks of a FAQ start entries, beyond the questions themselves.

- Headings at the questions' level (same Markdown/reStructuredText depth, same depth of numbering) are
  entries too, though not phrased as questions.
- With no question headings, a heading over an "Answer" subheading is an entry ("### Topic" … "#### Answer").
- In a document named a FAQ with neither, the sections of the most common heading level below the title
  are its entries.
- In plain text where answers are indented under their questions, every short block at the questions'
  indentation with an indented block after it is a question ("8. I found a bug in zlib.").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from scarfaq.structure import patterns
from scarfaq.structure.model import HEADING, LIST, PARAGRAPH, Block, indent_at, lines_of

#: Headings that introduce an answer under a question-like heading.
ANSWER_HEADING = re.compile(r"\s*(?:answer|solution|response|a)\s*:?\s*", re.IGNORECASE)

Level = tuple[str, int]
_TEXT_ROLES = (PARAGRAPH, HEADING, LIST)


def level_of(text: str, block: Block) -> Level:
    """A heading's level as ("adorned", level) or ("numbered", depth); ("", 0) when it has neither."""
    if block.level:
        return ("adorned", block.level)
    depth = patterns.numbering_depth(text[block.start : block.end])
    return ("numbered", depth) if depth else ("", 0)


def entry_levels(text: str, blocks: Sequence[Block], questions: Sequence[int], named: bool) -> set[Level]:
    """The level whose headings are entries: the questions' most common level, else that of headings over
    "Answer" subheadings, else (in a document named a FAQ) the most common level below the title."""
    for counts in (
        Counter(level_of(text, blocks[i]) for i in questions),
        Counter(level_of(text, b) for b in _answered(blocks)),
        Counter(level_of(text, b) for b in _below_title(blocks)) if named and not questions else Counter(),
    ):
        counts.pop(("", 0), None)
        if counts:
            return {counts.most_common(1)[0][0]}
    return set()


def _answered(blocks: Sequence[Block]) -> list[Block]:
    """Headings with an "Answer" subheading."""
    found = []
    for i, block in enumerate(blocks):
        if block.role == HEADING and block.level and ANSWER_HEADING.fullmatch(block.label):
            parent = next((b for b in reversed(blocks[:i]) if b.role == HEADING and 0 < b.level < block.level), None)
            if parent is not None:
                found.append(parent)
    return found


def _below_title(blocks: Sequence[Block]) -> list[Block]:
    headings = [b for b in blocks if b.role == HEADING and b.level]
    top = min((b.level for b in headings), default=0)
    if sum(1 for b in headings if b.level == top) == 1:  # a lone top heading is the document's title
        headings = [b for b in headings if b.level != top]
    return headings


def _whole(text: str, block: Block, count: int) -> bool:
    """Whether a question takes its whole block (its answer is in the blocks after it)."""
    return not count or count >= len(lines_of(text[block.start : block.end]))


def indented_entries(text: str, blocks: Sequence[Block], questions: dict[int, int]) -> dict[int, int]:
    """Short blocks at the questions' indentation followed by an indented answer (whole blocks: count 0)."""
    asked = [i for i, n in questions.items() if i + 1 < len(blocks) and _whole(text, blocks[i], n)]
    if not asked:
        return {}
    question_indents = {indent_at(text, blocks[i].start) for i in asked}  # " 9." and "10." align their words
    answer_indent = Counter(indent_at(text, blocks[i + 1].start) for i in asked).most_common(1)[0][0]
    if answer_indent <= max(question_indents):
        return {}
    found = {}
    for i, block in enumerate(blocks[:-1]):
        body = text[block.start : block.end]
        if (
            i not in questions
            and block.role in _TEXT_ROLES
            and not patterns.BULLET_SIGN.match(body)
            and not patterns.ANSWER_MARK.match(body)
            and len(body) <= patterns.QUESTION_MAX_CHARS
            and len(lines_of(body)) <= patterns.QUESTION_MAX_LINES
            and indent_at(text, block.start) in question_indents
            and indent_at(text, blocks[i + 1].start) >= answer_indent
        ):
            found[i] = 0
    return found
