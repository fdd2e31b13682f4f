"""Text analysis shared by indexing and questions: lower-case, tokenize, stem, drop stopwords.

Words are matched by one compiled regular expression, called directly: nltk 3.10's `RegexpTokenizer`
wraps every call in a 5-second wall-clock timeout (and costs 3× more per call), so a large document ended
in a `TimeoutError`. The pattern and engine (`regex`, which nltk compiles with) are the tokenizer's own,
so the words are the same; long texts are matched in bounded pieces cut where no word can cross. The
English `SnowballStemmer` is nltk's and needs no downloaded data. The stopword list ships with scarfaq
(`data/stopwords.txt`). Numbers are kept as terms ("2 weeks", "co2").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import regex
from nltk.stem.snowball import SnowballStemmer

#: Words and numbers, with inner apostrophes kept ("don't", "vishnevsky's"); the flags nltk's
#: `RegexpTokenizer` compiles it with.
WORD_PATTERN = r"[^\W_]+(?:['’][^\W_]+)*"
_FLAGS = regex.UNICODE | regex.MULTILINE | regex.DOTALL
_WORD = regex.compile(WORD_PATTERN, _FLAGS)
#: A character no word holds (anything but a letter, digit or apostrophe): a text cut right after one
#: is cut between words.
_BREAK = regex.compile(r"(?:(?!['’])[\W_])", _FLAGS)
_LAST_BREAK = regex.compile(r"(?r)(?:(?!['’])[\W_])", _FLAGS)
#: Texts longer than this are matched piece by piece (bounded memory and time per call).
PIECE_CHARS = 1 << 20
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


def pieces(text: str, size: int = PIECE_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive pieces of text of about `size` characters (more only when a single
    word is longer), each cut right after a character that no word holds, so no word crosses a cut."""
    start, length = 0, len(text)
    while length - start > size:
        found = _LAST_BREAK.search(text, start + size // 2, start + size)
        found = found or _BREAK.search(text, start + size)
        if found is None:
            break
        yield start, found.end()
        start = found.end()
    yield start, length


def words(text: str) -> list[str]:
    """The words of a text as written, in order."""
    if len(text) <= PIECE_CHARS:
        return _WORD.findall(text)
    found: list[str] = []
    for start, end in pieces(text):
        found += _WORD.findall(text, start, end)
    return found


def word_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every word of a text, in order."""
    for start, end in pieces(text):
        for match in _WORD.finditer(text, start, end):
            yield match.span()


def tokenize(text: str) -> list[Token]:
    """Every word of text with its span, stem and stopword flag."""
    stop = stopwords()
    tokens = []
    for start, end in word_spans(text):
        word = normalize(text[start:end])
        tokens.append(Token(start, end, word, stem(word), word in stop))
    return tokens


def terms(text: str) -> list[str]:
    """The index terms of a text: stems of its non-stopwords, in order, repeats kept."""
    stop = stopwords()
    normal = (normalize(w) for w in words(text))
    return [stem(w) for w in normal if w not in stop]
