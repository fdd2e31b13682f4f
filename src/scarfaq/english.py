"""How common a word is in everyday English, so that ordinary words weigh less than topic words.

A question's words are weighed by their rarity in the corpus (idf); on a corpus of a few hundred passages
an ordinary word the documents happen not to use ("appointment", "hardest", "soon") looks as rare as the
topic itself. The `wordfreq` package (Apache-2.0; its word lists are CC BY-SA 4.0) gives each English
word's frequency on the Zipf scale (log10 of occurrences per billion words: "the" ≈ 7.7, "price" ≈ 5.2,
"laser" ≈ 4.2, "dermabrasion" ≈ 1.7). The table is read once, when an index is built, and kept in the index
cache: a one-shot never imports wordfreq.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from functools import lru_cache

#: Words at least this common (Zipf) are kept; rarer words count as fully specific anyway.
TABLE_FLOOR = 2.5
#: A topic word of a corpus is at least this much more frequent there than in everyday English (Zipf, so
#: about three times as frequent); the spread rule below keeps out the words of a single passage.
TOPIC_MARGIN = 0.5
#: From this many passages on, a topic word must occur in two of them.
SPREAD_FROM = 20
#: A word at least this common is an ordinary English word: never "corrected" to a corpus word.
ORDINARY = 3.0


class EnglishWords:
    """Zipf frequencies of English words, looked up in one text of `word<TAB>zipf` lines.

    Kept as one string rather than a dict of 50,000 entries: a one-shot looks up a handful of words, and
    building the dict would cost more than all of its lookups.
    """

    def __init__(self, table: str = "") -> None:
        self.table = table if table.startswith("\n") or not table else "\n" + table

    @classmethod
    def from_pairs(cls, pairs: dict[str, float]) -> EnglishWords:
        return cls("".join(f"\n{word}\t{zipf:.2f}" for word, zipf in pairs.items()) + "\n")

    def zipf(self, word: str) -> float:
        """The word's Zipf frequency, or 0 for a word rarer than `TABLE_FLOOR` (or not English)."""
        if not word or "\n" in word or "\t" in word:
            return 0.0
        at = self.table.find(f"\n{word}\t")
        if at < 0:
            return 0.0
        start = at + len(word) + 2
        return float(self.table[start : self.table.index("\n", start)])

    def words_from(self, initial: str, at_least: float) -> list[str]:
        """The words starting with `initial` that are at least this common, the most common first."""
        if not initial.isalpha():
            return []
        found = re.findall(rf"\n({re.escape(initial)}[^\t\n]*)\t([0-9.]+)", self.table)
        return [w for w, z in sorted(found, key=lambda pair: -float(pair[1])) if float(z) >= at_least]

    def __len__(self) -> int:
        return self.table.count("\n") - 1 if self.table else 0


@lru_cache(maxsize=1)
def wordfreq_table() -> EnglishWords:
    """Lower-case English words of at least `TABLE_FLOOR` with their Zipf frequency, from wordfreq."""
    from wordfreq import get_frequency_dict

    pairs = {}
    for word, frequency in get_frequency_dict("en", wordlist="large").items():
        zipf = math.log10(frequency * 1e9)
        if zipf < TABLE_FLOOR:
            break  # the list is sorted, most frequent first
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
