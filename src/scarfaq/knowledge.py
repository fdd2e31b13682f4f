"""The knowledge file: questions people would type, tied to the passages that answer them.

FAQ engines let an author attach *alternate questions* to each answer; indexing likely questions with a
passage (doc2query) lifts plain BM25 a lot on questions in everyday words. `<corpus>/.scarfaq/questions.txt`
holds them, in blocks separated by blank lines:

    # a comment
    > Contractubex. Perhaps the most popular remedy.
    what is contractubex
    contractubex price

A block starts with `> ` and an *anchor*: a verbatim snippet of the passage it belongs to (any part of it,
or of the heading or lead-in it is read under; white space need not match). Anchors, not line numbers, so
the file survives edits of the documents and changes to how they are cut into passages. Further files named
`questions-*.txt` beside it (one per writer or per topic, say) are read after it, in name order. The questions are
indexed as a field of their own and count in coverage, but they are never quoted: quotes stay the
documents' own text. An anchor that no longer matches any passage is reported as a warning, never an error.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import numpy as np

from scarfaq.analysis import terms
from scarfaq.index import Index, Parameters
from scarfaq.passages import Passage

#: Where a corpus keeps its alternate questions, relative to the corpus folder.
KNOWLEDGE_PATH = Path(".scarfaq") / "questions.txt"
#: Further knowledge files beside it, read after it in name order.
MORE_KNOWLEDGE = "questions-*.txt"
#: The knowledge file is read only up to this size; a larger one is ignored with a warning.
MAX_BYTES = 8_000_000

_SPACE = re.compile(r"\s+")


class Block(NamedTuple):
    """One anchor and the questions tied to it, with the file and line the anchor is on (for warnings). (A named tuple:
    defining one costs a one-shot a fraction of what a frozen dataclass does.)"""

    anchor: str
    questions: tuple[str, ...]
    line: int
    file: str = KNOWLEDGE_PATH.as_posix()


class Alternates(NamedTuple):
    """Questions tied to passages, indexed as a field of their own (never quoted). (A named tuple: defining
    one costs a one-shot a fraction of what a frozen dataclass does.)"""

    passage_of: np.ndarray
    """For each alternate question, the number of its passage."""
    questions: tuple[str, ...]
    index: Index
    asked: tuple[str, ...]
    """For each passage, the terms of all its alternate questions, space-separated ("" when none)."""
    terms: tuple[str, ...] = ()
    """For each alternate question, its distinct terms, space-separated: ranking weighs a passage's
    best-matching question by them, without analysing its text again."""

    @classmethod
    def build(cls, pairs: Sequence[tuple[int, str]], passages: int) -> Alternates | None:
        if not pairs:
            return None
        analysed = [terms(question) for _, question in pairs]
        asked: list[set[str]] = [set() for _ in range(passages)]
        for (passage, _), question_terms in zip(pairs, analysed):
            asked[passage].update(question_terms)
        return cls(
            passage_of=np.asarray([p for p, _ in pairs], dtype=np.int64),
            questions=tuple(q for _, q in pairs),
            index=Index.build(analysed, Parameters()),
            asked=tuple(" ".join(sorted(a)) for a in asked),
            terms=tuple(" ".join(sorted(set(t))) for t in analysed),
        )

    def knows(self, term: str) -> bool:
        return self.index.term_id(term) is not None

    def question_terms(self, question: int) -> frozenset[str]:
        """The terms of one alternate question (`terms(question)`, as a set)."""
        return frozenset(self.terms[question].split())

    def asked_terms(self, passage: int) -> frozenset[str]:
        """The terms of all the questions tied to a passage."""
        return frozenset(self.asked[passage].split())


def parse(text: str, file: str = KNOWLEDGE_PATH.as_posix()) -> list[Block]:
    """The blocks of a knowledge file (`file` is its path in the corpus folder, for warnings); questions
    before any anchor are ignored."""
    blocks: list[Block] = []
    anchor, line_number, questions = "", 0, []
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.strip()
        if line.startswith(">"):
            if anchor:
                blocks.append(Block(anchor, tuple(questions), line_number, file))
            anchor, line_number, questions = line[1:].strip(), number, []
        elif line and not line.startswith("#") and anchor:
            questions.append(line)
    if anchor:
        blocks.append(Block(anchor, tuple(questions), line_number, file))
    return blocks


def _squeezed(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def attach(blocks: Sequence[Block], passages: Sequence[Passage]) -> tuple[list[tuple[int, str]], list[str]]:
    """(passage number, question) pairs for every block whose anchor is found in a passage (or in the heading
    or lead-in it is indexed under), and a warning for each anchor that is not."""
    squeezed = [_squeezed(p.text) for p in passages]
    contexts: list[str] = []  # the passages' headings and lead-ins, squeezed when first needed
    pairs: list[tuple[int, str]] = []
    warnings: list[str] = []
    for block in blocks:
        anchor = _squeezed(block.anchor)
        found = [i for i, text in enumerate(squeezed) if anchor and anchor in text] if anchor else []
        if not found:
            found = _spanning(anchor, squeezed)
        if not found:  # a heading or lead-in quoted with none of its passages: the first passage it introduces
            contexts = contexts or [_squeezed(f"{p.heading} {p.lead_in}") for p in passages]
            found = [i for i, context in enumerate(contexts) if anchor in context][:1]
        if not found:
            warnings.append(f"{block.file}:{block.line}: anchor not found in any passage: {block.anchor[:60]}")
            continue
        pairs.extend((found[0], question) for question in block.questions)
    return pairs, warnings


def _spanning(anchor: str, squeezed: Sequence[str]) -> list[int]:
    """An anchor cut in two by a passage boundary belongs to the passage holding its first words."""
    head = anchor[: max(20, len(anchor) // 2)]
    return [i for i, text in enumerate(squeezed) if len(head) >= 20 and head in text][:1]


def paths(root: Path) -> list[Path]:
    """The corpus's knowledge files, in the order they are read (those that exist or not: the cache key
    hashes the first either way)."""
    folder = root / KNOWLEDGE_PATH.parent
    more = sorted(folder.glob(MORE_KNOWLEDGE)) if folder.is_dir() else []
    return [root / KNOWLEDGE_PATH, *more]


def read(root: Path) -> tuple[list[Block], list[str]]:
    """The knowledge files' blocks, or none (with a warning for a file that exists but cannot be used)."""
    from scarfaq.files import read_small_text

    blocks: list[Block] = []
    warnings: list[str] = []
    for path in paths(root):
        text, warning = read_small_text(path, MAX_BYTES)
        blocks.extend(parse(text, path.relative_to(root).as_posix()) if text else [])
        warnings.extend([warning] if warning else [])
    return blocks, warnings
