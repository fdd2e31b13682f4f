"""How common a word is in everyday English, so that ordinary words weigh less than topic words.

A question's words are weighed by their rarity in the corpus (idf); on a corpus of a few hundred passages
an ordinary word the documents happen not to use ("appointment", "hardest", "soon") looks as rare as the
topic itself. The `wordfreq` package (Apache-2.0; its word lists are CC BY-SA 4.0) gives each English
word's frequency on the Zipf scale (log10 of occurrences per billion words: "the" ≈ 7.7, "price" ≈ 5.2,
"laser" ≈ 4.2, "dermabrasion" ≈ 1.7). The table is read once, when an index is built, and kept in the index
cache as arrays: a one-shot never imports wordfreq and memory-maps the table.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Mapping
from functools import lru_cache

import numpy as np

#: Words at least this common (Zipf) are kept; rarer words count as fully specific anyway.
TABLE_FLOOR = 2.5
#: A topic word of a corpus is at least this much more frequent there than in everyday English (Zipf, so
#: about three times as frequent); the spread rule below keeps out the words of a single passage.
TOPIC_MARGIN = 0.5
#: From this many passages on, a topic word must occur in two of them.
SPREAD_FROM = 20
#: A word at least this common is an ordinary English word: never "corrected" to a corpus word.
ORDINARY = 3.0
#: Lookups remembered by a table (then forgotten all at once: a long chat never grows without bound).
_LOOKUPS_KEPT = 100_000


class EnglishWords:
    """Zipf frequencies of English words, in three parallel arrays: the words sorted (a NumPy unicode
    array), their Zipf frequency (to two decimals) and their rank in the word list (most common first).

    Arrays rather than a dict of 50,000 entries: the index cache memory-maps them, so a one-shot that
    looks up a handful of words by binary search (`np.searchsorted`) pays almost nothing to load them.
    """

    def __init__(self, words: np.ndarray | None = None, zipf: np.ndarray | None = None,
                 rank: np.ndarray | None = None) -> None:
        self.words = words if words is not None else np.zeros(0, dtype="<U1")
        self.zipf_values = zipf if zipf is not None else np.zeros(0)
        self.rank = rank if rank is not None else np.zeros(0, dtype=np.int32)
        self._looked_up: dict[str, float] = {}  # a question's words recur in a conversation
        self._by_initial: dict[tuple[str, int], tuple[list[str], list[float]]] = {}

    @classmethod
    def from_pairs(cls, pairs: dict[str, float]) -> EnglishWords:
        """The table of these words (most common first) and their Zipf frequencies."""
        words, values = list(pairs), [float(f"{zipf:.2f}") for zipf in pairs.values()]
        ordered = sorted(range(len(words)), key=words.__getitem__)
        return cls(
            np.array([words[i] for i in ordered], dtype=f"<U{max(map(len, words), default=1)}"),
            np.array([values[i] for i in ordered], dtype=np.float64),
            np.array(ordered, dtype=np.int32),
        )

    def arrays(self) -> dict[str, np.ndarray]:
        """The arrays `from_arrays` takes back."""
        return {"words": self.words, "zipf": self.zipf_values, "rank": self.rank}

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray]) -> EnglishWords:
        """The table from `arrays()` output; raises ValueError when the arrays are not such a table."""
        words, zipf, rank = arrays["words"], arrays["zipf"], arrays["rank"]
        if words.dtype.kind != "U" or zipf.dtype != np.float64 or rank.dtype != np.int32:
            raise ValueError("the English word table has the wrong types")
        if not words.ndim == zipf.ndim == rank.ndim == 1 or not len(words) == len(zipf) == len(rank):
            raise ValueError("the English word table's arrays differ in length")
        if len(words) and (np.any(words[1:] <= words[:-1]) or not np.all(np.isfinite(zipf))
                           or rank.min() < 0 or rank.max() >= len(words)):
            raise ValueError("the English word table is damaged")
        return cls(words, zipf, rank)

    def _find(self, word: str) -> int:
        return position(self.words, word)

    def zipf(self, word: str) -> float:
        """The word's Zipf frequency, or 0 for a word rarer than `TABLE_FLOOR` (or not English)."""
        found = self._looked_up.get(word)
        if found is None:
            if len(self._looked_up) > _LOOKUPS_KEPT:
                self._looked_up.clear()
            at = self._find(word) if word and "\n" not in word and "\t" not in word else -1
            found = self._looked_up[word] = float(self.zipf_values[at]) if at >= 0 else 0.0
        return found

    def words_from(self, initial: str, at_least: float, min_length: int = 0) -> list[str]:
        """The words starting with `initial` that are at least this common (and at least `min_length`
        characters long), the most common first."""
        if not initial.isalpha():
            return []
        found = self._by_initial.get((initial, min_length))
        if found is None and min_length:  # the words of the initial, less the short ones (kept in order)
            words, minus_zipf = self._by_initial.get((initial, 0)) or self._initial(initial)
            kept = [i for i, word in enumerate(words) if len(word) >= min_length]
            found = self._by_initial[initial, min_length] = ([words[i] for i in kept], [minus_zipf[i] for i in kept])
        elif found is None:
            found = self._initial(initial)
        words, minus_zipf = found  # ascending: the words at least this common come first
        return words[: bisect.bisect_right(minus_zipf, -at_least)]

    def _initial(self, initial: str) -> tuple[list[str], list[float]]:
        """Every word of the initial, the most common first, with minus its Zipf frequency (a more common
        floor cuts it shorter)."""
        following = initial[:-1] + chr(ord(initial[-1]) + 1)
        lo, hi = (int(i) for i in np.searchsorted(self.words, [initial, following]))
        zipf, rank = self.zipf_values[lo:hi], self.rank[lo:hi]
        order = np.lexsort((rank, -zipf))  # equal ones in the word list's order
        found = self._by_initial[initial, 0] = (self.words[lo:hi][order].tolist(), (-zipf[order]).tolist())
        return found

    def at_least(self, zipf: float) -> list[str]:
        """The words at least this common, in alphabetical order."""
        return self.words[self.zipf_values >= zipf].tolist()

    def __len__(self) -> int:
        return len(self.words)


def position(sorted_words: np.ndarray, word: str) -> int:
    """Where a word is in a sorted NumPy unicode array (binary search), or -1. A word holding a NUL is never
    there: NumPy's strings drop trailing NULs, so "scar\0" would be found as "scar"."""
    if "\0" in word:
        return -1
    at = int(np.searchsorted(sorted_words, word))
    return at if at < len(sorted_words) and sorted_words[at] == word else -1


@lru_cache(maxsize=1)
def wordfreq_table() -> EnglishWords:
    """Lower-case English words of at least `TABLE_FLOOR` with their Zipf frequency, from wordfreq (its
    list of frequency buckets, most frequent first, read only down to the floor: its dict of all 321,000
    words cost a build a fifth of a second)."""
    from wordfreq import get_frequency_list

    pairs = {}
    for bucket, words in enumerate(get_frequency_list("en", wordlist="large")):
        zipf = math.log10(10 ** (-bucket / 100) * 1e9)  # bucket b holds the words of frequency 10^(-b/100)
        if zipf < TABLE_FLOOR:
            break
        for word in words:
            if any(ch.isalpha() for ch in word) and not any(ch in word for ch in "\t\n"):
                pairs[word] = zipf
    return EnglishWords.from_pairs(pairs)


def specificity(zipf: float, common: float, rare: float, floor: float) -> float:
    """A weight factor from 1 (a word no more common than `rare` on the Zipf scale, or not English at all)
    down to `floor` (a word as common as `common` or more)."""
    if zipf <= rare:
        return 1.0
    if zipf >= common:
        return floor
    return max(floor, (common - zipf) / (common - rare))


def topical_terms(counts: Mapping[str, int], documents_of: Mapping[str, int], passages: int,
                  english: EnglishWords, margin: float) -> frozenset[str]:
    """The corpus's topic words: stems far more frequent in the corpus than in everyday English.

    `counts` holds each word's occurrences in the corpus, `documents_of` each stem's number of passages. A
    stem is topical when its corpus frequency is `margin` or more above its English one (Zipf) and, in a
    corpus of `SPREAD_FROM` passages or more, it is in at least two of them; or when none of its words is
    English at all (a product or a method). A word of a single reader's comment ("Kyiv") is not a topic,
    however rare it is; in a handful of passages, every passage is a topic of its own.
    """
    from scarfaq.analysis import stem

    total = sum(counts.values()) or 1
    spread = 2 if passages >= SPREAD_FROM else 1
    occurrences: dict[str, int] = {}
    commonest: dict[str, float] = {}
    for word, count in counts.items():
        key = stem(word)
        occurrences[key] = occurrences.get(key, 0) + count
        commonest[key] = max(commonest.get(key, 0.0), english.zipf(word))
    topical = set()
    for key, count in occurrences.items():
        if not any(ch.isalpha() for ch in key):
            continue  # a number is never what a corpus is about
        corpus_zipf = math.log10(count / total * 1e9)
        if commonest[key] == 0.0 or (documents_of.get(key, 0) >= spread and corpus_zipf - commonest[key] >= margin):
            topical.add(key)
    return frozenset(topical)
