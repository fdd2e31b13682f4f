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
#: Characters that end a sentence or a heading: a capital right after them proves nothing.
_SENTENCE_END = re.compile(r"[.!?:;•\-–—\"“”(\[]\s*$|^\s*$")


def proper_nouns(texts: Iterable[str]) -> frozenset[str]:
    """Stems of the words written capitalized in mid-sentence more often than not, or always
    capitalized (at least twice, never in lower case)."""
    capitalized: Counter[str] = Counter()  # in mid-sentence
    initial: Counter[str] = Counter()  # at the start of a sentence, line or heading
    lower: Counter[str] = Counter()
    for text in texts:
        for line in text.splitlines():
            for match in _WORD.finditer(line):
                word = match.group()
                if word[0].islower():
                    lower[normalize(word)] += 1
                elif word.isupper():
                    continue
                elif _SENTENCE_END.search(line[: match.start()]):
                    initial[normalize(word)] += 1
                else:
                    capitalized[normalize(word)] += 1
    names = {w for w, n in capitalized.items() if n > lower[w]}
    names |= {w for w, n in initial.items() if n >= 2 and not lower[w]}  # "Kelofibrase." heading a paragraph
    return frozenset(stem(w) for w in names)
