"""FAQ entries: questions, however wrapped or numbered, recognised so each comes with its whole answer.

A document is read as a FAQ when its name or title says so, when it marks questions with "Q:", or when
questions make up at least half of its headings (and there are `MIN_QUESTIONS` of them). Then a heading
that is a question, or a block that begins with one (numbered "3.19<TAB>Why…", "Q5.", "1)", or wrapped over
up to `QUESTION_MAX_LINES` lines up to its "?"), becomes a QUESTION block, cut from the answer when the
answer follows in the same block; entries.py finds the entries not phrased as questions. In Markdown and
reStructuredText, where headings are marked up, the questions are headings whenever any heading is one (a
paragraph ending in "?" is then part of an entry, unless marked "Q:").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from scarfaq.structure import patterns
from scarfaq.structure.entries import entry_levels, indented_entries, level_of
from scarfaq.structure.model import (
    HEADING, LIST, PARAGRAPH, QUESTION, Block, clean_label, first_lines, lines_of, strip_span,
)

#: Fewest questions that make a document a FAQ by their number alone.
MIN_QUESTIONS = 3
#: Fewest "Q:" markers that make a document a FAQ.
MIN_MARKED = 2


def _words(text: str) -> str:
    """A line without leading emphasis marks (Markdown "**Q: …**")."""
    return text.lstrip().lstrip("*_").lstrip()


def question_lines(body: str) -> int:
    """How many leading lines of a block form a question (0: none). Remembered for blocks of ordinary size:
    a document's blocks are asked about twice in a row (for its title, then for its passages)."""
    return _remembered_question_lines(body) if len(body) <= _REMEMBERED_CHARS else _question_lines(body)


#: Blocks up to this long have their question lines remembered (the memory stays small).
_REMEMBERED_CHARS = 4000


def _question_lines(body: str) -> int:
    """`question_lines`, worked out."""
    lines = first_lines(body, patterns.QUESTION_MAX_LINES + 1)  # all this reads of a block, however long
    first = _words(lines[0])
    marked = bool(patterns.QUESTION_MARK.match(first))
    if not marked and "?" not in body:  # (only a "Q:" makes a question without a question mark)
        return 0
    numbered = bool(patterns.NUMBERING.match(first))
    if not (marked or numbered) and (not first[:1].isupper() or body[:1].isspace()):
        return 0
    for k, line in enumerate(lines[: patterns.QUESTION_MAX_LINES]):
        if k and marked and patterns.ANSWER_MARK.match(_words(line)):
            return k
        if line.rstrip().rstrip("*_").endswith("?"):
            question = "\n".join(lines[: k + 1])
            if len(question) > patterns.QUESTION_MAX_CHARS:
                return 0
            return k + 1 if (marked or numbered or _answer_follows(lines, k + 1)) else 0
    return 1 if marked else 0


_remembered_question_lines = lru_cache(maxsize=4096)(_question_lines)


def _answer_follows(lines: Sequence[str], k: int) -> bool:
    """After an unnumbered question: nothing, an "A:" line, or lines indented under it."""
    if k >= len(lines):
        return True
    following = lines[k]
    return bool(patterns.ANSWER_MARK.match(_words(following))) or (
        len(following) - len(following.lstrip()) > len(lines[0]) - len(lines[0].lstrip())
    )


def question_label(text: str) -> str:
    """A question's words on one line, without its number or "Q:" marker."""
    return clean_label(patterns.strip_numbering(_words(clean_label(text)))).rstrip("*_ ").strip()


def is_question_label(label: str) -> bool:
    return label.rstrip("*_ ").endswith("?") or bool(patterns.QUESTION_MARK.match(_words(label)))


def _candidates(text: str, blocks: Sequence[Block], explicit: bool) -> dict[int, int]:
    """Block index → number of question lines, for headings that are questions and blocks opening with one.

    In formats with explicit headings (Markdown, reStructuredText), questions are headings when any heading
    is one; paragraphs then count only when marked "Q:".
    """
    found: dict[int, int] = {}
    for i, block in enumerate(blocks):
        if block.role == HEADING and is_question_label(block.label):
            found[i] = 0  # the whole block
        elif block.role in (PARAGRAPH, LIST, HEADING):
            count = question_lines(text[block.start : block.end])
            if count:
                found[i] = count
    if explicit and any(blocks[i].role == HEADING for i in found):
        found = {i: n for i, n in found.items() if blocks[i].role == HEADING or _marked(text, blocks[i])}
    return found


def _marked(text: str, block: Block) -> bool:
    return bool(patterns.QUESTION_MARK.match(_words(text[block.start : block.end])))


def is_faq(blocks: Sequence[Block], named: bool, candidates: dict[int, int], marked: int) -> bool:
    """Whether a document reads as a FAQ (see the module docstring)."""
    if named or marked >= MIN_MARKED:
        return True
    if len(candidates) < MIN_QUESTIONS:  # (most documents: their headings are not counted)
        return False
    return 2 * len(candidates) >= sum(1 for i, b in enumerate(blocks) if b.role == HEADING or i in candidates)


def mark_questions(text: str, blocks: Sequence[Block], name: str, explicit: bool = False) -> list[Block]:
    """In a FAQ, questions and the headings at their level become QUESTION blocks; elsewhere nothing changes.

    `name` is the file name and title (a FAQ may say so there); `explicit` is true for formats whose
    headings are marked up (Markdown, reStructuredText).
    """
    candidates = _candidates(text, blocks, explicit)
    named = bool(patterns.FAQ_NAME.search(name))
    marked = sum(1 for i in candidates if _marked(text, blocks[i]))
    if not is_faq(blocks, named, candidates, marked):
        return list(blocks)
    levels = entry_levels(text, blocks, list(candidates), named)
    if explicit and levels and not any(blocks[i].role == HEADING for i in candidates):
        candidates = {i: n for i, n in candidates.items() if _marked(text, blocks[i])}  # the entries are sections
    if not explicit:
        candidates.update(indented_entries(text, blocks, candidates))
    result: list[Block] = []
    for i, block in enumerate(blocks):
        if i in candidates:
            result.extend(_cut_question(text, block, candidates[i]))
        elif block.role == HEADING and level_of(text, block) in levels:
            result.append(block._replace(role=QUESTION, label=question_label(block.label)))
        else:
            result.append(block)
    return result


def _cut_question(text: str, block: Block, count: int) -> list[Block]:
    """A QUESTION block for the question's lines, and the rest of the block (the answer's start) after it."""
    body = text[block.start : block.end]
    lines = lines_of(body)
    if not count or count >= len(lines):
        return [Block(block.start, block.end, QUESTION, question_label(block.label or body), block.level)]
    cut = block.start + lines[count - 1].end
    q_start, q_end = strip_span(text, block.start, cut)
    a_start, a_end = strip_span(text, cut, block.end)
    question = Block(q_start, q_end, QUESTION, question_label(text[q_start:q_end]), block.level)
    return [question] + ([Block(a_start, a_end, PARAGRAPH)] if a_start < a_end else [])
