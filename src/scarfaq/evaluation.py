"""`scarfaq eval`: how well the bot answers a question set with known answers.

A question set is JSONL, one object a line: `id`, `kind` (`answerable`, `out_of_scope` or `urgent`),
`question`, `gold` (verbatim snippets that answer it), `file` (the file name of each snippet) and optional
`history`. A quote *hits* a snippet when it comes from the same file and covers at least half of the
snippet's characters; a question's rank is that of its first hitting quote.

A question set that cannot be read, or a line that is not such an object, stops the run with a one-line
error naming the line (a figure computed on part of a set would mislead).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from scarfaq.answer import Answer, answer
from scarfaq.errors import UsageError
from scarfaq.library import Library
from scarfaq.lines import MAX_LINE_BYTES, bounded_lines
from scarfaq.safety import Level
from scarfaq.terminal_text import visible_name, without_surrogates

KINDS = ("answerable", "out_of_scope", "urgent")


@dataclass(frozen=True)
class Miss:
    """An answerable question whose quotes did not hit, with what was quoted instead."""

    id: str
    question: str
    expected: str
    got: list[str]
    answered: bool


@dataclass
class Report:
    """The figures of one run, by the scoring rules above (the CLI prints them; nothing here prints)."""

    questions: int = 0
    answerable: int = 0
    out_of_scope: int = 0
    urgent: int = 0
    hit_at: dict[int, float] = field(default_factory=dict)
    mrr_at_5: float = 0.0
    answer_rate: float = 0.0
    oos_rejection: float = 0.0
    urgent_noted: float = 0.0
    answerable_with_medical_note: float = 0.0
    false_urgent: float = 0.0
    misses: list[Miss] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["hit_at"] = {f"hit@{k}": v for k, v in self.hit_at.items()}
        return data


#: Fields that, when present, must be lists of strings.
_STRING_LISTS = ("gold", "file", "history")


def load_questions(path: str | Path) -> list[dict[str, Any]]:
    """Read a JSONL question set (lines end at \n only: a U+2028 inside a JSON string is no line end),
    checking each line's shape; raises UsageError naming the first line that is wrong."""
    name = visible_name(str(path))
    try:
        with open(path, "rb") as stream:
            questions = []
            for number, line in enumerate(bounded_lines(stream), 1):
                item = _question(line, f"{name}:{number}")
                if item is not None:
                    item.setdefault("id", str(number))
                    questions.append(item)
    except OSError as error:
        raise UsageError(f"cannot read question set {name}: {error.strerror or error}") from None
    return questions


def _question(line: bytes | None, where: str) -> dict[str, Any] | None:
    """One line of a question set as a question, None for a blank line."""
    if line is None:
        raise UsageError(f"{where}: longer than {MAX_LINE_BYTES:,} bytes")
    try:
        text = line.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise UsageError(f"{where}: not UTF-8 (byte {error.start + 1} of the line)") from None
    if not text.strip():
        return None
    try:
        item = json.loads(text)
    except RecursionError:
        raise UsageError(f"{where}: JSON nested too deeply") from None
    except ValueError as error:  # also a number of more than 4,300 digits
        raise UsageError(f"{where}: not valid JSON ({getattr(error, 'msg', error)})") from None
    if not isinstance(item, dict) or not isinstance(item.get("question"), str) or item.get("kind") not in KINDS:
        raise UsageError(f"{where}: needs a 'question' and a 'kind' of {', '.join(KINDS)}")
    for key in _STRING_LISTS:
        value = item.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise UsageError(f"{where}: '{key}' must be a list of strings")
    if not isinstance(item.get("id", ""), (str, int)):
        raise UsageError(f"{where}: 'id' must be a string or a number")
    item["question"] = without_surrogates(item["question"])
    item["history"] = [without_surrogates(h) for h in item.get("history", [])]
    return item


def gold_spans(library: Library, item: dict[str, Any]) -> list[tuple[str, int, int]]:
    """(file name, start, end) of every occurrence of every gold snippet."""
    spans = []
    for snippet, name in zip(item.get("gold", []), item.get("file", [])):
        for document in library.documents:
            if PurePosixPath(document.source).name != name:
                continue
            at = document.text.find(snippet)
            while at >= 0:
                spans.append((name, at, at + len(snippet)))
                at = document.text.find(snippet, at + 1)
    return spans


def first_hit(result: Answer, spans: Sequence[tuple[str, int, int]]) -> int | None:
    """1-based rank of the first quote that covers half of a gold snippet."""
    for rank, hit in enumerate(result.hits, 1):
        p = hit.passage
        name = PurePosixPath(p.source).name
        for gold_name, start, end in spans:
            if name == gold_name and min(p.end, end) - max(p.start, start) >= 0.5 * (end - start):
                return rank
    return None


#: Answers one question: (library, question, history, top_k) → Answer.
Responder = Callable[[Library, str, Sequence[str], int], Answer]


def run(library: Library, questions: Sequence[dict[str, Any]], top_k: int = 5, responder: Responder = answer) -> Report:
    """Answer every question (with scarfaq, or another responder to compare) and score the answers."""
    report = Report(questions=len(questions))
    ranks: list[int | None] = []
    answered = rejected = urgent_ok = medical = false_urgent = 0
    for item in questions:
        result = responder(library, item["question"], item.get("history", []), top_k)
        level = result.safety.level
        kind = item["kind"]
        if kind == "urgent":
            report.urgent += 1
            urgent_ok += level is Level.URGENT
            continue
        false_urgent += level is Level.URGENT
        if kind == "out_of_scope":
            report.out_of_scope += 1
            rejected += not result.answered
            continue
        report.answerable += 1
        answered += result.answered
        medical += level in (Level.MEDICAL, Level.URGENT)
        rank = first_hit(result, gold_spans(library, item)) if result.answered else None
        ranks.append(rank)
        if rank is None:
            report.misses.append(_miss(item, result))
    n = max(report.answerable, 1)
    report.hit_at = {k: sum(r is not None and r <= k for r in ranks) / n for k in (1, 3, 5)}
    report.mrr_at_5 = sum(1 / r for r in ranks if r is not None and r <= 5) / n
    report.answer_rate = answered / n
    report.oos_rejection = rejected / max(report.out_of_scope, 1)
    report.urgent_noted = urgent_ok / max(report.urgent, 1)
    report.answerable_with_medical_note = medical / n
    report.false_urgent = false_urgent / max(report.answerable + report.out_of_scope, 1)
    return report


def _miss(item: dict[str, Any], result: Answer) -> Miss:
    gold = item.get("gold") or [""]
    return Miss(
        id=str(item["id"]),
        question=item["question"],
        expected=" ".join(gold[0].split())[:100],
        got=[f"{h.passage.citation}: {' '.join(h.passage.text.split())[:80]}" for h in result.hits[:3]],
        answered=result.answered,
    )
