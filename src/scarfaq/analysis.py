"""Text analysis shared by indexing and questions: lower-case, tokenize, stem, drop stopwords.

Only nltk parts that need no downloaded data are used: a `RegexpTokenizer` (which also gives character
spans, for highlighting) and the English `SnowballStemmer`. The stopword list ships with scarfaq
(`data/stopwords.txt`). Numbers are kept as terms ("2 weeks", "co2").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from nltk.stem.snowball import SnowballStemmer
from nltk.tokenize import RegexpTokenizer

#: Words and numbers, with inner apostrophes kept ("don't", "vishnevsky's").
_TOKENIZER = RegexpTokenizer(r"[^\W_]+(?:['’][^\W_]+)*")
_STEMMER = SnowballStemmer("english")


@dataclass(frozen=True)
class Token:
    """One word of a text: where it is, its stem, and whether it is a stopword."""

    start: int
    end: int
    word: str
    """Lower-cased, with curly apostrophes made straight."""
    stem: str
    stop: bool


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The shipped stopword list."""
    text = files("scarfaq").joinpath("data/stopwords.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball stem of a lower-cased word (cached: corpora repeat their words a lot)."""
    return _STEMMER.stem(word)


def normalize(word: str) -> str:
    return word.lower().replace("’", "'")


def tokenize(text: str) -> list[Token]:
    """Every word of text with its span, stem and stopword flag."""
    stop = stopwords()
    tokens = []
    for start, end in _TOKENIZER.span_tokenize(text):
        word = normalize(text[start:end])
        tokens.append(Token(start, end, word, stem(word), word in stop))
    return tokens


def terms(text: str) -> list[str]:
    """The index terms of a text: stems of its non-stopwords, in order, repeats kept."""
    stop = stopwords()
    words = (normalize(w) for w in _TOKENIZER.tokenize(text))  # findall: no spans needed here
    return [stem(w) for w in words if w not in stop]
