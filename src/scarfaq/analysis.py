"""Text analysis shared by indexing and questions: lower-case, tokenize, stem, drop stopwords.

Words are matched by one compiled regular expression, called directly: nltk 3.10's `RegexpTokenizer`
wraps every call in a 5-second wall-clock timeout (and costs 3× more per call), so a large document ended
in a `TimeoutError`. The pattern and engine (`regex`, which nltk compiles with) are the tokenizer's own,
so the words are the same; long texts are matched in bounded pieces cut where no word can cross. The
English `SnowballStemmer` is nltk's and needs no downloaded data. The stopword list ships with scarfaq
(`data/stopwords.txt`). Numbers are kept as terms ("2 weeks", "co2").

Stems are nltk's, remembered: an index keeps the stems of every word its corpus, its knowledge file and
everyday English use (stems.py, worked out by this stemmer when the index is built), and `remember_stems`
hands them to `stem`. A question whose words are all there is analysed without loading nltk (and `regex`,
unless the text has characters the standard library's engine classes otherwise): a one-shot's largest
import. Any other word loads the stemmer then.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import regex

    from scarfaq.stems import StemTable

#: Words and numbers, with inner apostrophes kept ("don't", "vishnevsky's"); the flags nltk's
#: `RegexpTokenizer` compiles it with.
WORD_PATTERN = r"[^\W_]+(?:['’][^\W_]+)*"
#: The same, captured: `split` gives gap, word, gap, word, ..., gap (the words with their positions, at a
#: fraction of the cost of match objects). The standard library's engine is faster, and finds the very same
#: words in a text whose every character both engines class alike (the pattern looks at nothing else): they
#: differ on a few (combining marks, superscript digits, characters newer than Python's Unicode tables).
_WORD_OR_GAP = f"({WORD_PATTERN})"
_WORD_CHAR = r"[^\W_]"
_ALIKE: dict[str, bool] = {}
#: A character no word holds (anything but a letter, digit or apostrophe): a text cut right after one
#: is cut between words.
_BREAK = r"(?:(?!['’])[\W_])"
_LAST_BREAK = r"(?r)(?:(?!['’])[\W_])"
#: Texts longer than this are matched piece by piece (bounded memory and time per call).
PIECE_CHARS = 1 << 20
#: Where `stem` looks first: the stems an index remembers (`remember_stems`).
_remembered: StemTable | None = None


class Token(NamedTuple):
    """One word of a text: where it is, its stem, and whether it is a stopword. (A named tuple: one is made
    for every word of a question or a quote, and a tuple is made several times faster than a frozen
    dataclass.)"""

    start: int
    end: int
    word: str
    """Lower-cased, with curly apostrophes made straight."""
    stem: str
    stop: bool


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The shipped stopword list."""
    text = (Path(__file__).parent / "data" / "stopwords.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball stem of a lower-cased word (cached: corpora repeat their words a lot)."""
    known = _remembered.get(word) if _remembered is not None else None
    return known if known is not None else _stemmer().stem(word)


def stems(words: Sequence[str]) -> list[str]:
    """`[stem(word) for word in words]`, the remembered ones looked up all at once (`StemTable.get_many`)."""
    known = _remembered.get_many(words) if _remembered is not None else [None] * len(words)
    return [found if found is not None else stem(word) for word, found in zip(words, known)]


def remember_stems(table: StemTable) -> None:
    """Have `stem` look a word up in this table first (the stemmer's own answers, kept by an index). The
    latest index's table replaces the one before; every table holds the same stemmer's output (the index
    cache's key has nltk's version), so what `stem` returns never depends on which."""
    global _remembered
    _remembered = table


@lru_cache(maxsize=1)
def _stemmer():  # -> nltk's SnowballStemmer
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


@lru_cache(maxsize=None)
def _compiled(source: str, stdlib: bool = False) -> regex.Pattern[str] | re.Pattern[str]:
    """A pattern of the analysis, compiled on first use; in `regex` (nltk's engine, imported then) unless
    `stdlib`."""
    if stdlib:
        return re.compile(source)
    import regex

    return regex.compile(source, regex.UNICODE | regex.MULTILINE | regex.DOTALL)


def normalize(word: str) -> str:
    return word.lower().replace("’", "'")


def pieces(text: str, size: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive pieces of text of about `size` characters (`PIECE_CHARS` by default;
    more only when a single word is longer), each cut right after a character that no word holds, so no
    word crosses a cut."""
    size = size or PIECE_CHARS
    start, length = 0, len(text)
    while length - start > size:
        found = _compiled(_LAST_BREAK).search(text, start + size // 2, start + size)
        found = found or _compiled(_BREAK).search(text, start + size)
        if found is None:
            break
        yield start, found.end()
        start = found.end()
    yield start, length


def split_words(text: str) -> list[str]:
    """`[gap, word, gap, word, ..., gap]` of a text (a piece of a document): the words as `words` finds them
    and what lies between them."""
    if _stdlib_alike(text):
        return _compiled(_WORD_OR_GAP, stdlib=True).split(text)
    return _compiled(_WORD_OR_GAP).split(text)


def _stdlib_alike(text: str) -> bool:
    """Whether the standard library's engine finds the same words in the text as `regex`: every character
    of it is classed alike by both."""
    return text.isascii() or all(_ALIKE.get(ch) or _classed_alike(ch) for ch in set(text))


def _word(text: str) -> regex.Pattern[str] | re.Pattern[str]:
    """The word pattern in the standard library's engine (faster) where that finds the same words as nltk's
    engine, else in nltk's."""
    return _compiled(WORD_PATTERN, stdlib=_stdlib_alike(text))


def _classed_alike(ch: str) -> bool:
    alike = _ALIKE[ch] = bool(_compiled(_WORD_CHAR).match(ch)) == bool(_compiled(_WORD_CHAR, stdlib=True).match(ch))
    return alike


def words(text: str) -> list[str]:
    """The words of a text as written, in order."""
    if len(text) <= PIECE_CHARS:
        return _word(text).findall(text)
    found: list[str] = []
    for start, end in pieces(text):
        found += _word(text[start:end]).findall(text, start, end)
    return found


def word_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every word of a text, in order."""
    if len(text) <= PIECE_CHARS:
        for match in _word(text).finditer(text):
            yield match.span()
        return
    for start, end in pieces(text):
        for match in _word(text[start:end]).finditer(text, start, end):
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
    return [term for term in map(_term, words(text)) if term is not None]


def distinct_terms(text: str) -> frozenset[str]:
    """`set(terms(text))`, each distinct word analysed once."""
    found = set(map(_term, set(words(text))))
    found.discard(None)
    return frozenset(found)  # type: ignore[arg-type]


@lru_cache(maxsize=200_000)
def _term(word: str) -> str | None:
    """The index term of a word as written, None for a stopword (remembered: a passage's words are read
    again when it is quoted, and texts repeat their words)."""
    normal = normalize(word)
    return None if normal in stopwords() else stem(normal)
