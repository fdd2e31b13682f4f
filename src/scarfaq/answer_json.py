"""The JSON form of an answer, shared by `ask --json`, `ask --batch` and `eval` (schema in README)."""

from __future__ import annotations

from typing import Any

from scarfaq.answer import Answer


def answer_to_dict(answer: Answer) -> dict[str, Any]:
    """The answer as the documented JSON object."""
    return {
        "question": answer.question,
        "answered": answer.answered,
        "passages": [
            {
                "source": hit.passage.source,
                "title": hit.passage.title,
                "start_line": hit.passage.start_line,
                "end_line": hit.passage.end_line,
                "start": hit.passage.start,
                "end": hit.passage.end,
                "score": round(hit.score, 6),
                "text": hit.passage.text,
            }
            for hit in answer.hits
        ],
        "safety": {"level": answer.safety.level.value, "note": answer.safety.note},
        "searched_for": list(answer.query.searched_for),
        "corrections": [{"from": wrong, "to": right} for wrong, right in answer.query.corrections],
        "carried_over": list(answer.query.carried_over),
        "suggestions": list(answer.suggestions),
        "notices": list(answer.notices),
        "reply": answer.reply,
    }


def error_to_dict(message: str, line: int | None = None) -> dict[str, Any]:
    """A batch line that could not be answered, in place of its answer."""
    return {"error": message, "line": line, "answered": False, "passages": []}
