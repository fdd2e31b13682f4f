"""The learned tiers: two small logistic regressions, one for the body's emergencies, one for self-harm.

Phrase rules trail every new phrasing. These tiers read kinds of evidence that carry over from one writer to
the next: words and word pairs, letter 3-5-grams inside words (robust to typos), words marked by what their
clause says of them ("neg:swallow" after a negation, "past:hives" in a clause about the past), and, for
self-harm, the kinds of words a crisis counsellor listens for (risk_words.py: "k:means", "c:means+soon").
Each family is hashed with a stable hash (zlib.crc32, never Python's salted hash()) into one weight vector.
The weights are data, trained on the tuning phrasing sets by benchmarks/train_urgent_model.py and
train_self_harm_model.py, and shipped as urgent_model.npy and self_harm_model.npy (weights) with a .json each (settings, bias, threshold, the
training sets' checksums). Each loads on the first question its tier reads, never at import. docs/safety.md
says what the models are trained on and how to retrain them.
"""

from __future__ import annotations

import functools
import math
import os
import zlib
from collections.abc import Iterable, Mapping
from itertools import combinations
from typing import TYPE_CHECKING, NamedTuple

from scarfaq.safety import hashing
from scarfaq.safety.cues import NEGATION_WINDOW, NEGATION_WINDOW_SHORT, SAFE_STATEMENT
from scarfaq.safety.engine import Question, compiled
from scarfaq.safety.risk_words import CLASS_PHRASES, CLASS_WORDS

if TYPE_CHECKING:
    import numpy as np

WEIGHTS_FILE = "urgent_model.npy"
SETTINGS_FILE = "urgent_model.json"
SELF_HARM_WEIGHTS_FILE = "self_harm_model.npy"
SELF_HARM_SETTINGS_FILE = "self_harm_model.json"

#: A question of fewer words is left to the rules: a follow-up such as "and at home?" describes no case.
MIN_WORDS = 5
#: The self-harm tier reads shorter questions: "not doing this anymore" is four words.
SELF_HARM_MIN_WORDS = 3

#: Words that say what the words after them in a clause are: negated (within the engine's negation window),
#: supposed or at risk, asked in general, someone else's story, a habit. Words rather than the engine's
#: patterns (cues.py): a set costs nothing to prepare, where the patterns would cost a one-shot some 15 ms
#: of compiling, and the weights learn how much each mark counts.
CUE_WORDS: dict[str, frozenset[str]] = {
    "neg": frozenset(
        "no not never without none nor neither nothing zero denies denied don't doesn't didn't isn't wasn't"
        " aren't weren't haven't hasn't hadn't ain't dont doesnt didnt isnt wasnt arent werent havent hasnt"
        " hadnt free lack absence".split()
    ),
    "hyp": frozenset(
        "if suppose supposing imagine hypothetically hypothetical risk risks chance chances cause causes prevent"
        " avoid case whether could would might will".split()
    ),
    "gen": frozenset(
        "common usual usually typical typically possible rare likely normally generally signs symptoms what whats"
        " what's how when which".split()
    ),
    "say": frozenset(
        "friend friends someone somebody people heard read saw tiktok video article reddit post story stories"
        " she he they her his their mom dad sister brother".split()
    ),
    "hab": frozenset("always whenever every tend".split()),
}


class Features(NamedTuple):
    """How a question becomes hashed features: which families, and how much each weighs. (A named tuple:
    defining one costs a one-shot a fraction of what a frozen dataclass does.)"""

    bits: int = 18
    """The weight vector has 2**bits entries."""
    words: float = 1.0
    """Scale of the word unigrams (each family is L2-normalised, then scaled). Not stemmed: the letter
    n-grams already join a word's forms, and nltk's Snowball stemmer added nothing in cross-validation."""
    pairs: float = 1.0
    """Scale of the word bigrams."""
    grams: float = 1.0
    """Scale of the letter n-grams inside words."""
    gram_sizes: tuple[int, ...] = (3, 4, 5)
    marked: float = 1.0
    """Scale of the words marked by their context (CUE_WORDS, the past): "neg:swallow", "past:hives"."""
    classes: float = 0.0
    """Scale of the kinds of words of risk_words.py present in a clause, marked like words, and their pairs in
    a clause and in the question ("k:means", "k:neg:death", "k:c:means+soon"); 0 leaves them out."""

    def family_tokens(self, q: Question) -> dict[str, set[str]]:
        """The distinct tokens of each family of a question prepared for the rules, before hashing."""
        words = _words(q.text)
        return {
            "w": set(words),
            "b": {f"{a} {b}" for a, b in zip(["^", *words], [*words, "$"])},
            "c": set().union(*(_grams(w, self.gram_sizes) for w in words if w.isalpha())),
            "m": _marked(q) if self.marked else set(),
            "k": _classes(q) if self.classes else set(),
        }

    def hashed(self, q: Question) -> dict[int, float]:
        """Feature index -> value (signed): each family's tokens hashed, L2-normalised and scaled."""
        return self.hash_tokens(self.family_tokens(q))

    def indexed(self, q: Question) -> tuple[np.ndarray, np.ndarray]:
        """`hashed(q)`'s keys and values as arrays, in its order and with the same floats (hashing.py): the
        families both tiers read are hashed once per question."""
        key = ("hashed", self.gram_sizes, bool(self.marked))
        shared = q.memo.get(key)
        if shared is None:
            words = _question_words(q)
            shared = q.memo[key] = hashing.families(words, _grams, self.gram_sizes, _marked(q) if self.marked else ())
        classes = ("k", hashing.token_hashes("k", _classes(q)) if self.classes else [])
        scales = {"w": self.words, "b": self.pairs, "c": self.grams, "m": self.marked, "k": self.classes}
        return hashing.indexed((*shared, classes), scales, self.bits)  # type: ignore[arg-type]

    def hash_tokens(self, tokens: Mapping[str, Iterable[str]]) -> dict[int, float]:
        """The hashed features of family_tokens' sets (apart, so that training reads each question once)."""
        scales = {"w": self.words, "b": self.pairs, "c": self.grams, "m": self.marked, "k": self.classes}
        mask = (1 << self.bits) - 1
        out: dict[int, float] = {}
        for family, found in tokens.items():
            ordered = sorted(found)
            if not ordered or not scales[family]:
                continue
            value = scales[family] / math.sqrt(len(ordered))
            prefix = zlib.crc32(f"{family}:".encode())  # the hash of "family:token", carried on from "family:"
            for token in ordered:
                h = zlib.crc32(token.encode(), prefix)
                index = h & mask
                out[index] = out.get(index, 0.0) + (value if h >> 31 else -value)
        return out

    def to_json(self) -> dict[str, object]:
        return self._asdict()

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Features:
        fields = dict(data)
        fields["gram_sizes"] = tuple(fields["gram_sizes"])  # type: ignore[call-overload]
        return cls(**fields)  # type: ignore[arg-type]


def _words(text: str) -> list[str]:
    return compiled(r"[a-z0-9]+(?:'[a-z]+)?").findall(text)


def _question_words(q: Question) -> list[str]:
    """`_words` of the whole question, worked out once per question (each tier and its gate read them)."""
    found = q.memo.get("words")
    if found is None:
        found = q.memo["words"] = _words(q.text)
    return found  # type: ignore[return-value]


@functools.lru_cache(maxsize=20_000)
def _grams(word: str, sizes: tuple[int, ...]) -> frozenset[str]:
    """The letter n-grams of a word, padded "<word>" (remembered: questions share their words)."""
    padded = f"<{word}>"
    return frozenset(padded[i:i + n] for n in sizes for i in range(len(padded) - n + 1))


def _marked(q: Question) -> set[str]:
    """Each word marked by the cue words before it in its clause (CUE_WORDS), and every word of a clause
    the engine reads as past, resolved or hypothetical ("past:")."""
    marked: set[str] = set()
    for i, clause in enumerate(q.clauses):
        words = _words(clause)
        if i in q.resolved:
            marked.update(f"past:{w}" for w in words)
            continue
        seen: dict[str, int] = {}
        for n, word in enumerate(words):
            marked.update(f"{mark}:{word}" for mark, at in seen.items()
                          if mark != "neg" or n - at <= NEGATION_WINDOW)
            seen.update((mark, n) for mark, cue in CUE_WORDS.items() if word in cue)
    return marked


@functools.lru_cache(maxsize=1)
def _class_tables() -> tuple[dict[str, tuple[str, ...]], tuple[tuple[str, str, tuple[str, ...]], ...]]:
    """risk_words as looked up: each word's classes, and each class's phrases as one pattern, with the longest
    word of each phrase (a clause that holds none of them cannot match the pattern: it is not compiled)."""
    of_word: dict[str, tuple[str, ...]] = {}
    for kind, words in CLASS_WORDS.items():
        for word in words.split():
            of_word[word] = (*of_word.get(word, ()), kind)
    phrases = tuple((kind, r"\b(?:" + "|".join(p.replace(" ", r"\s+") for p in found) + r")\b",
                     tuple(max(p.split(" "), key=len) for p in found))
                    for kind, found in CLASS_PHRASES.items())
    return of_word, phrases


def _classes(q: Question) -> set[str]:
    """The kinds of words (risk_words) in each clause, marked "neg:" right after a negation and "past:" in a
    clause about the past, and each pair of kinds present in a clause ("c:") and in the question ("q:")."""
    of_word, phrases = _class_tables()
    out: set[str] = set()
    everywhere: set[str] = set()
    for i, clause in enumerate(q.clauses):
        found = {kind for kind, pattern, needed in phrases
                 if any(word in clause for word in needed) and compiled(pattern).search(clause)}
        negated: set[str] = set()
        negation = -NEGATION_WINDOW_SHORT - 1
        for n, word in enumerate(_words(clause)):
            if word in CUE_WORDS["neg"]:
                negation = n
            (negated if n - negation <= NEGATION_WINDOW_SHORT else found).update(of_word.get(word, ()))
        if i in q.resolved:
            out.update(f"past:{kind}" for kind in found | negated)
            continue
        out.update(found)
        out.update(f"neg:{kind}" for kind in negated - found)
        out.update(f"c:{a}+{b}" for a, b in combinations(sorted(found), 2))
        everywhere |= found
    out.update(f"q:{a}+{b}" for a, b in combinations(sorted(everywhere), 2))
    return out


class Model(NamedTuple):
    """The trained weights and what to do with their score. (A named tuple: defining one costs a one-shot a
    fraction of what a frozen dataclass does.)"""

    features: Features
    weights: np.ndarray
    bias: float
    threshold: float
    """A question scoring above this is urgent."""

    def score(self, q: Question) -> float:
        """The model's probability that the question is urgent."""
        indices, values = self.features.indexed(q)
        # read at once, multiplied as floats are, and summed one by one in the features' order (a Python
        # sum: NumPy's pairwise sum would round differently)
        z = self.bias + sum((self.weights[indices] * values).tolist())
        return 1.0 / (1.0 + math.exp(-z))


@functools.lru_cache(maxsize=1)
def shipped() -> Model:
    """The body's model shipped with the package, loaded on the first question its tier reads."""
    return _load(WEIGHTS_FILE, SETTINGS_FILE)


@functools.lru_cache(maxsize=1)
def shipped_self_harm() -> Model:
    """The self-harm model shipped with the package, loaded on the first question its tier reads."""
    return _load(SELF_HARM_WEIGHTS_FILE, SELF_HARM_SETTINGS_FILE)


def _load(weights_file: str, settings_file: str) -> Model:
    """A model from its files beside this module (the wheel installs them as files); importlib.resources,
    pathlib and json would cost `import scarfaq.safety` more than loading the model costs the first
    question, so they wait for it too."""
    import json

    import numpy as np

    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, settings_file), encoding="utf-8") as handle:
        settings = json.load(handle)
    weights = np.load(os.path.join(here, weights_file), allow_pickle=False)
    return Model(
        Features.from_json(settings["features"]),
        weights,
        float(settings["bias"]),
        float(settings["threshold"]),
    )


def readable(q: Question, medical: bool) -> bool:
    """Whether the learned tier reads the question at all: a medical one (medical.is_medical) of MIN_WORDS
    words or more. Things go wrong in words much like a body's ("the battery swelled up", "my kid won't stop
    crying"): on questions that are not medical the model, which has seen few of them, takes too many for
    urgent (in cross-validation, most of a held-out set of such questions), so those are left to the rules."""
    return medical and len(_question_words(q)) >= MIN_WORDS


def urgent(q: Question, medical: bool) -> bool:
    """True if the tier reads the question and the shipped model scores it above its threshold."""
    if not readable(q, medical):
        return False
    model = shipped()
    return model.score(q) > model.threshold


def reads_self_harm(q: Question) -> bool:
    """Whether the self-harm tier reads the question: one of SELF_HARM_MIN_WORDS words or more, medical or not
    (a bridge, a date, letters written need no medical word), whose asker does not say they are safe
    (cues.SAFE_STATEMENT: "i'm safe", "not in a dark way": despair then is distress)."""
    if len(_question_words(q)) < SELF_HARM_MIN_WORDS:
        return False
    return not (q.may_hold(SAFE_STATEMENT) and compiled(SAFE_STATEMENT).search(q.text))


def self_harm(q: Question) -> bool:
    """True if the self-harm tier reads the question and its model scores it above its threshold."""
    if not reads_self_harm(q):
        return False
    model = shipped_self_harm()
    return model.score(q) > model.threshold
