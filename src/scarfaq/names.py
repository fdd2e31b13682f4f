"""Names a corpus uses: words it writes with a capital letter in mid-sentence (products, brands, methods).

A question that mentions one names its own subject, so it is not a follow-up of the earlier topic even
when it is short ("What is Contractubex?" after a question about peels).

A *word* here is a run of three letters or more. What precedes it decides whether a capital proves
anything: nothing but white space since the start of its line, or a character that ends a sentence or a
heading, and it does not. The index build (build.py) judges this from the gap between each word of the
text and the one before, once per distinct gap, in the same pass that counts the corpus's words; the
rules below then look at each distinct word once. (Searching each word's line prefix, as at first, took
47 s on one 200 KB line of names.)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from scarfaq.analysis import normalize, stem

_WORD = re.compile(r"[^\W\d_]{3,}")
#: Characters that end a sentence or a heading: a capital right after them (and white space) proves nothing.
_SENTENCE_END = frozenset(".!?:;•-–—\"“”([")
#: Where `str.splitlines` ends a line.
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def starts_sentence(gap: str, at_text_start: bool = False) -> bool:
    """Whether a word that follows `gap` (the text since the previous word, or since the start of the text)
    starts a sentence, a line or a heading."""
    cut = max(gap.rfind(ch) for ch in _LINE_BREAKS)
    written = gap[cut + 1 :].rstrip()
    if written:
        return written[-1] in _SENTENCE_END
    return cut >= 0 or at_text_start  # only white space since the line began; else the word before is a letter's


def reads_sentence_starts(written: str) -> bool:
    """Whether `names_of` reads how often a word as written starts a sentence: when its first run of letters
    opens the word and is capitalized (so most words need no judging at all)."""
    match = _WORD.match(written)
    return match is not None and not match.group()[0].islower() and not match.group().isupper()


def names_of(words: Iterable[tuple[str, int, int]]) -> frozenset[str]:
    """Stems of the names among words as the word matcher finds them (`analysis.words`), each with how often
    it occurs and how often at the start of a sentence: the runs of three letters or more in them written
    capitalized in mid-sentence more often than not, or always capitalized (at least twice, never in
    lower case). Only a word's first run can start a sentence; the others follow a digit or apostrophe."""
    capitalized: Counter[str] = Counter()  # in mid-sentence
    initial: Counter[str] = Counter()  # at the start of a sentence, line or heading
    lower: Counter[str] = Counter()
    for written, count, starting in words:
        for match in _WORD.finditer(written):
            word = match.group()
            if word[0].islower():
                lower[normalize(word)] += count
            elif not word.isupper():
                first = starting if match.start() == 0 else 0
                initial[normalize(word)] += first
                capitalized[normalize(word)] += count - first
    names = {w for w, n in capitalized.items() if n > lower[w]}
    names |= {w for w, n in initial.items() if n >= 2 and not lower[w]}  # "Kelofibrase." heading a paragraph
    return frozenset(stem(w) for w in names)


def proper_nouns(texts: Iterable[str]) -> frozenset[str]:
    """Stems of the names the texts use, found as an index build finds them."""
    from scarfaq.build import count_words

    return count_words(texts).names()
