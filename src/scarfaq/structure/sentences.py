"""Sentence boundaries from an nltk Punkt model trained on the corpus's own text (no downloaded data)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Any, Protocol

#: Punkt learns a corpus's abbreviations and sentence starters from at most this much of its text: all of
#: it when it is no larger, else `TRAINING_WINDOWS` windows spread evenly over the whole corpus. Plenty to
#: learn from, and the training (seconds per 100,000 characters) stays short on a large corpus.
TRAINING_CHARS = 300_000
TRAINING_WINDOWS = 40


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
