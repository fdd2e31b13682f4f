"""`scarfaq eval`: how well the bot answers a question set with known answers.

A question set is JSONL, one object a line: `id`, `kind` (`answerable`, `out_of_scope` or `urgent`),
`question`, `gold` (verbatim snippets that answer it), `file` (the file name of each snippet) and optional
`history`. A quote *hits* a snippet when it comes from the same file and covers at least half of the
snippet's characters; a question's rank is that of its first hitting quote.
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
from scarfaq.safety import Level

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


def load_questions(path: str | Path) -> list[dict[str, Any]]:
    """Read a JSONL question set, checking each line's shape."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise UsageError(f"cannot read question set {path}: {error.strerror}") from None
    questions = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise UsageError(f"{path}:{number}: not valid JSON ({error.msg})") from None
        if not isinstance(item, dict) or not isinstance(item.get("question"), str) or item.get("kind") not in KINDS:
            raise UsageError(f"{path}:{number}: needs a 'question' and a 'kind' of {', '.join(KINDS)}")
        item.setdefault("id", str(number))
        questions.append(item)
    return questions


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
