"""Names a corpus uses: words it writes with a capital letter in mid-sentence (products, brands, methods).

A question that mentions one names its own subject, so it is not a follow-up of the earlier topic even
when it is short ("What is Contractubex?" after a question about peels).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from scarfaq.analysis import normalize, stem

_WORD = re.compile(r"[^\W\d_]{3,}")
#: Characters that end a sentence or a heading: a capital right after them (and white space) proves nothing.
_SENTENCE_END = frozenset(".!?:;•-–—\"“”([")


class NameCounter:
    """Counts, text by text, how each word is written: capitalized in mid-sentence, capitalized at the
    start of a sentence, line or heading, or in lower case.

    Linear in the text: what precedes a word is judged from the gap since the word before it, never by
    searching the line from its start again (that took 47 s on one 200 KB line of names).
    """

    def __init__(self) -> None:
        self.capitalized: Counter[str] = Counter()  # in mid-sentence
        self.initial: Counter[str] = Counter()  # at the start of a sentence, line or heading
        self.lower: Counter[str] = Counter()

    def add(self, text: str) -> None:
        for line in text.splitlines():
            self._add_line(line)

    def _add_line(self, line: str) -> None:
        starts_sentence = True  # nothing but white space so far
        position = 0
        for match in _WORD.finditer(line):
            before = line[position : match.start()].rstrip()
            if before:
                starts_sentence = before[-1] in _SENTENCE_END
            position = match.end()
            word = match.group()
            if word[0].islower():
                self.lower[normalize(word)] += 1
            elif not word.isupper():
                (self.initial if starts_sentence else self.capitalized)[normalize(word)] += 1
            starts_sentence = False  # the last character before the next gap is this word's letter

    def names(self) -> frozenset[str]:
        """Stems of the words written capitalized in mid-sentence more often than not, or always
        capitalized (at least twice, never in lower case)."""
        lower = self.lower
        names = {w for w, n in self.capitalized.items() if n > lower[w]}
        names |= {w for w, n in self.initial.items() if n >= 2 and not lower[w]}  # "Kelofibrase." heading a paragraph
        return frozenset(stem(w) for w in names)


def proper_nouns(texts: Iterable[str]) -> frozenset[str]:
    """Stems of the names the texts use (see `NameCounter.names`)."""
    counter = NameCounter()
    for text in texts:
        counter.add(text)
    return counter.names()
