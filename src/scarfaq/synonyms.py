"""Query-time synonyms, in the format of Solr's synonym filter, kept with the corpus but never indexed.

The file is `<corpus>/.scarfaq/synonyms.txt` (hidden folders are not read as documents):
- `#` starts a comment; blank lines are ignored;
- `a, b, c`: an equivalence group, a question that mentions any one also searches for the others;
- `a, b => c, d`: one way, a question that mentions a or b also searches for c and d.
Entries may be phrases. Matching runs on analysed words (lower-cased, stemmed), ignoring stopwords, so
"pockmark" also matches "pockmarks" and "put me to sleep" matches "put ... sleep"; a phrase made only of
stopwords ("how much") matches on its words as typed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from scarfaq.analysis import Token, tokenize

#: Where a corpus keeps its synonyms, relative to the corpus folder.
SYNONYMS_PATH = Path(".scarfaq") / "synonyms.txt"
#: A synonyms file larger than this is ignored with a warning (a real one is a few kilobytes); at most the
#: index cache's limit on side files, so every byte that is read is also part of the cache key.
MAX_BYTES = 8_000_000

Phrase = tuple[str, ...]


class Expansion(NamedTuple):
    """A phrase found in a question, and the phrases it also searches for. (A named tuple: defining one costs a
    one-shot a fraction of what a frozen dataclass does.)"""

    positions: tuple[int, ...]
    """Indexes of the question's tokens that the phrase matched."""
    phrases: tuple[Phrase, ...]
    """Each a tuple of stems."""


def _phrase(text: str) -> tuple[Phrase, bool]:
    """A phrase's stems without stopwords, or all its stems when it is made of stopwords only."""
    tokens = tokenize(text)
    content = tuple(t.stem for t in tokens if not t.stop)
    return (content, False) if content else (tuple(t.stem for t in tokens), True)


class Synonyms:
    """Rules mapping phrases to the phrases they also search for."""

    def __init__(self, rules: Iterable[tuple[Sequence[str], Sequence[str]]] = ()) -> None:
        rules = list(rules)
        self._rules: dict[tuple[Phrase, bool], set[Phrase]] = {}
        for left, right in rules:
            targets = {_phrase(r)[0] for r in right} - {()}
            for entry in left:
                key = _phrase(entry)
                if key[0]:
                    self._rules.setdefault(key, set()).update(targets - {key[0]})
        self._longest = max((len(k[0]) for k in self._rules), default=0)
        self._words = {t.word for left, _ in rules for entry in left for t in tokenize(entry) if not t.stop}

    def __len__(self) -> int:
        return len(self._rules)

    def to_data(self) -> dict[str, list]:
        """The analysed rules as plain JSON data, for the index cache (parsing stems every phrase).

        Each distinct phrase is listed once, its stems joined by spaces (a stem never holds one); a rule is
        `[phrase number, made of stopwords only, target phrase numbers...]`.
        """
        numbers: dict[Phrase, int] = {}
        rules = []
        for (phrase, stopwords_only), targets in sorted(self._rules.items()):
            key = numbers.setdefault(phrase, len(numbers))
            rules.append([key, stopwords_only, *sorted(numbers.setdefault(t, len(numbers)) for t in targets)])
        return {"phrases": [" ".join(p) for p in numbers], "rules": rules, "words": sorted(self._words)}

    @classmethod
    def from_data(cls, data: dict[str, list]) -> Synonyms:
        """The rules that `to_data` gave; raises ValueError, TypeError, KeyError or IndexError on other data."""
        texts, rules, words = data["phrases"], data["rules"], data["words"]
        if not all(isinstance(x, list) for x in (texts, rules, words)) or not all(
            isinstance(t, str) and t for t in texts
        ):
            raise ValueError("malformed synonym data")
        phrases = [tuple(t.split(" ")) for t in texts]
        phrase = phrases.__getitem__  # a number that is not an integer raises TypeError
        synonyms = cls()
        synonyms._rules = {(phrase(rule[0]), rule[1]): set(map(phrase, rule[2:])) for rule in rules}
        if rules and (min(map(min, rules)) < 0 or not all(type(rule[1]) is bool for rule in rules)):
            raise ValueError("malformed synonym rule")
        if not all(isinstance(w, str) for w in words):
            raise ValueError("malformed synonym words")
        synonyms._longest = max((len(k[0]) for k in synonyms._rules), default=0)
        synonyms._words = set(words)
        return synonyms

    @classmethod
    def parse(cls, text: str) -> Synonyms:
        """Read rules in Solr's synonym format."""
        rules: list[tuple[list[str], list[str]]] = []
        for line in text.splitlines():
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            if "=>" in line:
                left, right = line.split("=>", 1)
                rules.append((_entries(left), _entries(right)))
            else:
                group = _entries(line)
                rules.append((group, group))
        return cls(rules)

    @classmethod
    def read(cls, corpus_root: Path) -> tuple[Synonyms, list[str]]:
        """The corpus's synonyms, or none when it has no synonyms file, with a warning when the file is there
        but cannot be used (a folder, unreadable, a FIFO or device, too large): read by files.py, which
        never blocks and never reads past the limit."""
        from scarfaq.files import read_small_text

        text, warning = read_small_text(corpus_root / SYNONYMS_PATH, MAX_BYTES)
        return cls.parse(text), [warning] if warning else []

    def words(self) -> set[str]:
        """Every word, as written, on the left of a rule (known to the spelling corrector)."""
        return set(self._words)

    def stems(self) -> frozenset[str]:
        """Every stem on the left of a rule (worked out once: every question asks)."""
        found = self.__dict__.get("_stems")
        if found is None:
            found = self._stems = frozenset(stem for phrase, _ in self._rules for stem in phrase)
        return found

    def expand(self, tokens: Sequence[Token]) -> list[Expansion]:
        """Every rule whose left side occurs in the question's tokens."""
        content = [(i, t.stem) for i, t in enumerate(tokens) if not t.stop]
        everything = [(i, t.stem) for i, t in enumerate(tokens)]
        found = []
        for stopword_phrase, sequence in ((False, content), (True, everything)):
            stems = [s for _, s in sequence]
            for start in range(len(stems)):
                for length in range(1, min(self._longest, len(stems) - start) + 1):
                    key = (tuple(stems[start : start + length]), stopword_phrase)
                    targets = self._rules.get(key)
                    if targets:
                        positions = tuple(i for i, _ in sequence[start : start + length])
                        found.append(Expansion(positions, tuple(sorted(targets))))
        return found


def _entries(side: str) -> list[str]:
    return [e.strip() for e in side.split(",") if e.strip()]
