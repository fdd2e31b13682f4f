"""Sentence boundaries from an nltk Punkt model trained on the corpus's own text (no downloaded data)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

#: Punkt learns a corpus's abbreviations and sentence starters from at most this much of its text (the
#: documents joined in order, cut at a line break): plenty to learn from, and the training time (which
#: grows faster than the text) stays bounded on a large corpus.
TRAINING_CHARS = 1_000_000


class HasText(Protocol):
    text: str


class SentenceSplitter:
    """Sentence spans from a Punkt model trained on the corpus's text.

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


def training_text(documents: Iterable[HasText], limit: int = TRAINING_CHARS) -> str:
    """The documents' texts joined by blank lines, cut to at most `limit` characters at a line break."""
    parts: list[str] = []
    size = 0
    for document in documents:
        parts.append(document.text)
        size += len(document.text) + 2
        if size > limit:
            break
    text = "\n\n".join(parts)
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit)
    return text[: cut if cut > 0 else limit]
