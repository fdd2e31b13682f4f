"""Spelling tolerance: a question word unknown to the corpus is replaced by a close corpus word.

Conservative on purpose, so that a question about something else is not "corrected" into the corpus's
topic: only words of 5+ letters are corrected, to a word with the same first letter, at most 1 edit away
(2 for words of 8+ letters), preferring the closest and then the most frequent word.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

MIN_LENGTH = 5


class SpellingCorrector:
    """Corrects words against a vocabulary of known words and their frequencies.

    The candidates are sorted on the first word that needs correcting, not up front: most questions
    have none, and a one-shot should not pay for it.
    """

    def __init__(self, words: Iterable[str] | Counter[str]) -> None:
        counts = words if isinstance(words, Counter) else Counter(words)
        self._counts = counts
        self._candidates: dict[str, list[str]] | None = None

    def __contains__(self, word: str) -> bool:
        return word in self._counts

    def _by_initial(self) -> dict[str, list[str]]:
        """Known words of 4+ letters by first letter, the most frequent first."""
        if self._candidates is None:
            counts = self._counts
            by_initial: dict[str, list[str]] = {}
            for word in sorted(counts, key=lambda w: (-counts[w], w)):
                if len(word) >= MIN_LENGTH - 1 and word.isalpha():
                    by_initial.setdefault(word[0], []).append(word)
            self._candidates = by_initial
        return self._candidates

    def correct(self, word: str) -> str | None:
        """The known word closest to an unknown one, or None when none is close enough."""
        if word in self._counts or len(word) < MIN_LENGTH or not word.isalpha():
            return None
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        choices = self._by_initial().get(word[0], [])
        limit = 2 if len(word) >= 8 else 1
        best = process.extractOne(word, choices, scorer=Levenshtein.distance, score_cutoff=limit)
        return best[0] if best else None
