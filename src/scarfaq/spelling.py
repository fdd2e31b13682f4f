"""Spelling tolerance: a question word unknown to the corpus is replaced by a close word.

Conservative on purpose, so that a question about something else is not "corrected" into the corpus's
topic: an ordinary English word (Zipf ≥ `english.ORDINARY`: "teach", "whenever", "hiking") is never
corrected. Any other word of 4+ letters may become a corpus word with the same first letter, at most 1 edit
away (2 for words of 8+ letters), where swapping two neighbouring letters is one edit ("scra" → "scar",
"dermabraison" → "dermabrasion"). A word that is itself somewhat English ("thier", "eject") becomes only a
far more common English word ("their"), never a corpus word; so does a word that is not English at all
when no corpus word is close ("defenition" → "definition"). A stopword found that way drops out of the
question instead of weighing like a rare topic word.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from scarfaq.analysis import stopwords
from scarfaq.english import ORDINARY, EnglishWords

MIN_LENGTH = 4
#: A somewhat-English word is corrected only to a word at least this much more common (Zipf).
MUCH_MORE_COMMON = 1.5


class SpellingCorrector:
    """Corrects words against the corpus's words (and everyday English ones).

    The candidates are sorted on the first word that needs correcting, not up front: most questions
    have none, and a one-shot should not pay for it.
    """

    def __init__(self, words: Iterable[str] | Counter[str], english: EnglishWords | None = None) -> None:
        counts = words if isinstance(words, Counter) else Counter(words)
        self._counts = counts
        self._english = english or EnglishWords()
        self._candidates: dict[str, list[str]] | None = None

    def __contains__(self, word: str) -> bool:
        return word in self._counts

    def _by_initial(self) -> dict[str, list[str]]:
        """Known words of 3+ letters by first letter, the most frequent first."""
        if self._candidates is None:
            counts = self._counts
            by_initial: dict[str, list[str]] = {}
            for word in sorted(counts, key=lambda w: (-counts[w], w)):
                if len(word) >= MIN_LENGTH - 1 and word.isalpha():
                    by_initial.setdefault(word[0], []).append(word)
            self._candidates = by_initial
        return self._candidates

    def correct(self, word: str) -> str | None:
        """The word an unknown one most likely stands for, or None when it should stay as it is."""
        if word in self._counts or len(word) < MIN_LENGTH or not word.isalpha():
            return None
        zipf = self._english.zipf(word)
        if zipf >= ORDINARY:
            return None
        limit = 2 if len(word) >= 8 else 1
        if zipf == 0:
            best = _closest(word, self._by_initial().get(word[0], []), limit)
            if best:
                return best
        return self._common_word(word, zipf)

    def stopword_meant(self, word: str) -> str | None:
        """The stopword a misspelled word stands for ("thier" → "their", "shoudl" → "should"), else None. The
        only correction a word of the knowledge file gets: its questions keep their typos on purpose, so that
        the same typo finds them ("rosehp"), and its words may be rare English ("sanding"), but a misspelled
        stopword there must not make a question's stopword count."""
        if len(word) < MIN_LENGTH or not word.isalpha():
            return None
        zipf = self._english.zipf(word)
        if zipf >= ORDINARY:
            return None
        meant = self._common_word(word, zipf)
        return meant if meant in stopwords() else None

    def _common_word(self, word: str, zipf: float) -> str | None:
        """A far more common everyday word one edit away ("thier" → "their", "defenition" → "definition")."""
        at_least = max(ORDINARY, zipf + MUCH_MORE_COMMON)
        choices = self._english.words_from(word[0], at_least, min_length=MIN_LENGTH - 1)
        return _closest(word, choices, 1)


def _closest(word: str, choices: list[str], limit: int) -> str | None:
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    found = process.extractOne(word, choices, scorer=OSA.distance, score_cutoff=limit)
    return found[0] if found else None
