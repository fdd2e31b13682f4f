"""Spelling tolerance: a question word unknown to the corpus is replaced by a close word.

Conservative on purpose, so that a question about something else is not "corrected" into the corpus's
topic: an ordinary English word (Zipf ≥ `english.ORDINARY`: "teach", "whenever", "hiking") is never
corrected. Any other word of 4+ letters may become a corpus word with the same first letter, at most 1 edit
away (2 for words of 8+ letters), where swapping two neighbouring letters is one edit ("scra" → "scar",
"dermabraison" → "dermabrasion"). A word that is itself somewhat English ("thier", "eject", or a name such
as "pitts") becomes a corpus word only when a letter doubled or undoubled is all that differs ("pitts" →
"pits"), else only a far more common English word ("their"); so does a word that is not English at all
when no corpus word is close ("defenition" → "definition"), if it is long enough to be a typo rather than a
name: a short word that is not English ("yargs", a library the documents never name) is not made into an
everyday word the documents do not use either ("yards"), which would tell the reader something false and
weigh it as ordinary. A stopword found that way drops out of the question instead of weighing like a rare
topic word.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from scarfaq.analysis import stem, stems, stopwords
from scarfaq.english import ORDINARY, EnglishWords

MIN_LENGTH = 4
#: A somewhat-English word is corrected only to a word at least this much more common (Zipf).
MUCH_MORE_COMMON = 1.5
#: A word that is not English at all is read as a typo of an everyday word the documents do not use only
#: from this length; a shorter one is more likely a name ("yargs", "tretin").
NAME_OR_TYPO = 6


class SpellingCorrector:
    """Corrects words against the corpus's words (and everyday English ones).

    The candidates are sorted on the first word that needs correcting, not up front, and only those of its
    first letter: most questions have none, and a one-shot should not pay for the whole alphabet.
    """

    def __init__(self, words: Iterable[str] | Counter[str], english: EnglishWords | None = None) -> None:
        counts = words if isinstance(words, Counter) else Counter(words)
        self._counts = counts
        self._english = english or EnglishWords()
        self._candidates: dict[str, list[str]] = {}
        self._squeezed: dict[str, dict[str, str]] = {}
        self._stems: Counter[str] | None = None

    def __contains__(self, word: str) -> bool:
        return word in self._counts

    def _starting_with(self, initial: str) -> list[str]:
        """Known words of 3+ letters made of letters only that start with `initial`, the most frequent first
        (ties alphabetical)."""
        found = self._candidates.get(initial)
        if found is None:
            counts = self._counts
            same = [w for w in counts if w[:1] == initial and len(w) >= MIN_LENGTH - 1 and w.isalpha()]
            found = self._candidates[initial] = sorted(same, key=lambda w: (-counts[w], w))
        return found

    def correct(self, word: str) -> str | None:
        """The word an unknown one most likely stands for, or None when it should stay as it is."""
        if word in self._counts or len(word) < MIN_LENGTH or not word.isalpha():
            return None
        zipf = self._english.zipf(word)
        if zipf >= ORDINARY:
            return None
        if zipf == 0:
            best = self._nearest_known(word)
            if best:
                return best
        else:  # somewhat English (often a name): only a doubled or undoubled letter away from a corpus word
            doubled = self._by_squeezed(word[0]).get(_squeezed(word))
            if doubled and abs(len(doubled) - len(word)) == 1:
                return doubled
        meant = self._common_word(word, zipf)
        if meant and zipf == 0 and len(word) < NAME_OR_TYPO and meant not in self._counts and meant not in stopwords():
            return None  # a short name, not a typo of a word that would help
        return meant

    def _family_count(self, word: str) -> int:
        """How often the corpus uses a word's stem in any form: "lazers" is "lasers" (laser, lasers: often),
        not "layers", though "layers" alone is the more frequent word."""
        if self._stems is None:
            families: Counter[str] = Counter()
            for family, count in zip(stems(list(self._counts)), self._counts.values()):
                families[family] += count
            self._stems = families
        return self._stems[stem(word)]

    def _by_squeezed(self, initial: str) -> dict[str, str]:
        """Known words of 4+ letters that start with `initial` by their letters with runs squeezed to one
        ("pits" for "pitts"), the most frequent first."""
        found = self._squeezed.get(initial)
        if found is None:
            found = self._squeezed[initial] = {}
            for word in self._starting_with(initial):
                if len(word) >= MIN_LENGTH:
                    found.setdefault(_squeezed(word), word)
        return found

    def documents_word(self, word: str) -> str | None:
        """For a word the knowledge file uses and the documents do not: the documents' word it misspells
        ("tretment" → treatment, "contractubx" → contractubex), found as for an unknown word that is not
        English at all; a word that is somewhat English ("sanding") stays as typed."""
        if len(word) < MIN_LENGTH or not word.isalpha() or self._english.zipf(word):
            return None
        return self._nearest_known(word)

    def _nearest_known(self, word: str) -> str | None:
        """The known word with the same first letter at most 1 edit away (2 for words of 8+ letters), of
        several as close the one whose forms the corpus uses most."""
        limit = 2 if len(word) >= 8 else 1
        return _closest(word, self._starting_with(word[0]), limit, self._family_count)

    def stopword_meant(self, word: str) -> str | None:
        """The stopword a misspelled word stands for ("thier" → "their", "shoudl" → "should"), else None. With
        `documents_word`, the only corrections a word of the knowledge file gets: its words may be rare English
        ("sanding"), but a misspelled stopword there must not make a question's stopword count."""
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


def _squeezed(word: str) -> str:
    return "".join(c for i, c in enumerate(word) if i == 0 or c != word[i - 1])


def _closest(word: str, choices: list[str], limit: int, weight: Callable[[str], int] | None = None) -> str | None:
    """The closest choice within `limit` edits; of several as close, the first (`choices` come most frequent
    first), or with `weight`, the heaviest."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    if weight is None:
        found = process.extractOne(word, choices, scorer=OSA.distance, score_cutoff=limit)
        return found[0] if found else None
    close = process.extract(word, choices, scorer=OSA.distance, score_cutoff=limit, limit=None)
    if not close:
        return None
    nearest = min(distance for _, distance, _ in close)
    ties = [choice for choice, distance, _ in close if distance == nearest]  # in the order of `choices`
    if len(ties) == 1:
        return ties[0]  # (weighing it would stem every known word, for nothing)
    return max(ties, key=weight)  # (max keeps the first of equals)
