"""The stems of the words a question may use, worked out by nltk's stemmer when an index is built and kept
in its cache, so that answering a question of such words never loads nltk (analysis.remember_stems).

The words: those of the corpus, its knowledge file, its synonyms and the stopword list, and everyday English
down to `EVERYDAY` on the Zipf scale (english.py; about 29,000 words, a third of a second to stem: 90% of
our question sets' questions have all their words in the table, 93% with twice as many). A sorted NumPy
unicode array of the words and one of their stems, searched with `np.searchsorted`: memory-mapped from the
cache, a question touches a few pages of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from scarfaq.english import position

#: English words at least this common (Zipf) are in every index's table.
EVERYDAY = 3.0
#: Longer words are left to the stemmer (a fixed-width array is as wide as its longest word).
MAX_WORD = 24


class StemTable:
    """Words, sorted, and their stems."""

    def __init__(self, words: np.ndarray, stems: np.ndarray) -> None:
        self.words = words
        self.stems = stems

    @classmethod
    def of(cls, words: Iterable[str]) -> StemTable:
        """The table of these lower-cased words (those up to `MAX_WORD` characters), stemmed now."""
        from scarfaq.analysis import stem

        kept = sorted({w for w in words if 0 < len(w) <= MAX_WORD and w.isprintable()})
        return cls(_unicode(kept), _unicode([stem(w) for w in kept]))

    def get(self, word: str) -> str | None:
        """The word's stem, or None when the table does not hold the word."""
        at = position(self.words, word)
        return str(self.stems[at]) if at >= 0 else None

    def get_many(self, words: Sequence[str]) -> list[str | None]:
        """`[self.get(word) for word in words]`, in one binary search of the table for them all (a
        speller's few thousand words at a fraction of the cost of a search each)."""
        width = self.words.dtype.itemsize // 4
        if not len(self.words) or not words:
            return [None] * len(words)
        # A word wider than the table, or holding a NUL (NumPy drops trailing NULs), is never there; "" stands in.
        sought = np.array([w if len(w) <= width and "\0" not in w else "" for w in words], dtype=self.words.dtype)
        at = np.minimum(np.searchsorted(self.words, sought), len(self.words) - 1)
        found = (self.words[at] == sought) & (sought != "")
        return [stem if hit else None for stem, hit in zip(self.stems[at].tolist(), found.tolist())]

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def __len__(self) -> int:
        return len(self.words)

    def checked(self) -> StemTable:
        """The table itself; raises ValueError when its arrays are not such a table (a damaged cache)."""
        words, stems = self.words, self.stems
        if words.dtype.kind != "U" or stems.dtype.kind != "U" or words.ndim != 1 or words.shape != stems.shape:
            raise ValueError("a stem table's arrays have the wrong types or lengths")
        if len(words) and np.any(words[1:] <= words[:-1]):
            raise ValueError("a stem table's words are not sorted")
        return self


def _unicode(strings: list[str]) -> np.ndarray:
    return np.array(strings, dtype=f"<U{max(map(len, strings), default=1)}")
