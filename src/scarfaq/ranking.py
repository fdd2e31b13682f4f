"""Ranking: which passages answer a question best, and whether the best is good enough to quote.

Passages holding any term of the question (query.py) are scored with BM25 (index.py) over their own text
and context; the knowledge file's alternate questions (knowledge.py) are a second field: a passage's best
matching alternate adds its BM25 score (× `Settings.alternate_weight`). Candidates are re-ranked by
score × coverage, where coverage is the share of the question's concept weight that the passage holds,
in its quote, its context (heading, lead-in) or its best alternate question. Whether the best is good
enough to quote is confidence.py's. A quote that repeats an earlier quote of the same answer (exactly or
nearly) is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

import numpy as np

from scarfaq.analysis import distinct_terms
from scarfaq.index import Index
from scarfaq.library import Library
from scarfaq.passages import Passage
from scarfaq.query import Query
from scarfaq.settings import Settings


class Hit(NamedTuple):
    """A quoted passage with why it was chosen. (A named tuple: defining one costs a one-shot a fraction of what
    a frozen dataclass does.)"""

    passage: Passage
    score: float
    coverage: float
    matched: frozenset[str] = frozenset()
    """Stems of the query found in the passage (quote or context), for highlighting."""
    alternate: str = ""
    """The knowledge file's question that matched best, if any (never shown as a quote)."""
    asked: frozenset[str] = frozenset()
    """The terms of all the knowledge file's questions tied to the passage."""
    alternate_terms: frozenset[str] = frozenset()
    """The terms of `alternate` (as the build analysed it)."""


class _Candidates(NamedTuple):
    """The passages holding a query term, with their scores. (A named tuple: defining one costs a one-shot a
    fraction of what a frozen dataclass does.)"""

    ids: np.ndarray
    scores: np.ndarray
    alternate_of: dict[int, int]
    """Passage number → its best-scoring alternate question's number."""


class _TermSets:
    """The query terms each candidate holds, as bit masks over `terms` (bit j: `terms[j]`): *matched* in
    its text or context, *quoted* in its own text. A hundred candidates share a dozen distinct pairs of
    masks, each weighed once; the terms themselves are spelled out only for the hits shown."""

    def __init__(self, library: Library, terms: Iterable[str], ids: np.ndarray) -> None:
        held = library.index.holders(terms, ids)
        self.terms = [term for term, _, _ in held]
        self._spelled: dict[int, frozenset[str]] = {}
        if not held:
            self.which, self.pairs = [0] * len(ids), [(0, 0)]
            return
        count = len(self.terms)
        masks = np.array([m for _, m, _ in held] + [q for _, _, q in held])  # matched rows, then quoted rows
        if 2 * count < 64:  # one integer per candidate, its bits the rows
            keys = (masks.astype(np.int64) << np.arange(2 * count, dtype=np.int64)[:, None]).sum(axis=0).tolist()
        else:
            keys = [int.from_bytes(row.tobytes(), "little") for row in np.packbits(masks, axis=0, bitorder="little").T]
        # a hundred keys: a dict groups them faster than np.unique (numbered in the order they first come)
        numbers = {key: number for number, key in enumerate(dict.fromkeys(keys))}
        self.which = list(map(numbers.__getitem__, keys))
        everything = (1 << count) - 1
        self.pairs = [(key & everything, key >> count) for key in numbers]
        """Per distinct pair: (matched mask, quoted mask)."""

    def spelled(self, bits: int) -> frozenset[str]:
        """The terms of a mask."""
        found = self._spelled.get(bits)
        if found is None:
            found = self._spelled[bits] = frozenset(t for j, t in enumerate(self.terms) if bits >> j & 1)
        return found


def _candidates(library: Library, weights: dict[str, float], settings: Settings) -> _Candidates:
    """Every passage holding a query term (`weights`: `Query.term_weights`) in its text, context or
    alternate questions, with its score."""
    ids, scores = library.index.score(weights)
    alternates = library.alternates
    if alternates is None or not settings.alternates:
        return _Candidates(ids, scores, {})
    alt_ids, alt_scores = alternates.index.score(weights)
    if not len(alt_ids):
        return _Candidates(ids, scores, {})
    passages = alternates.passage_of[alt_ids]
    order = np.lexsort((-alt_scores, passages))  # by passage, best alternate first
    first = np.ones(len(order), dtype=bool)
    first[1:] = passages[order][1:] != passages[order][:-1]
    best = order[first]
    dense = np.zeros(library.index.size)
    dense[ids] = scores
    dense[passages[best]] += settings.alternate_weight * alt_scores[best]
    union = _sorted_union(ids, passages[best])
    alternate_of = dict(zip(passages[best].tolist(), alt_ids[best].tolist()))
    return _Candidates(union, dense[union], alternate_of)


def _sorted_union(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """`np.union1d` by sorting: NumPy 2.4's `np.unique` imports `numpy.ma` (100 ms of a one-shot) and takes
    a slower hash path."""
    merged = np.sort(np.concatenate([a, b]))
    keep = np.ones(len(merged), dtype=bool)
    np.not_equal(merged[1:], merged[:-1], out=keep[1:])
    return merged[keep]


def _context_terms(passage: Passage) -> frozenset[str]:
    return text_terms(passage.heading) | text_terms(passage.lead_in)


@lru_cache(maxsize=8192)
def text_terms(text: str) -> frozenset[str]:
    """Terms of a heading or lead-in (many passages share one)."""
    return distinct_terms(text)


@lru_cache(maxsize=4096)
def quoted_terms(passage: Passage) -> frozenset[str]:
    return distinct_terms(passage.text)


def _in_quote(passage: Passage, matched: set[str]) -> set[str]:
    """The matched terms that the reader will see in the quote itself, not only in its context."""
    context = _context_terms(passage)
    if not matched & context:
        return matched
    return matched & quoted_terms(passage)


def coverage(query: Query, passage: Passage, matched: set[str], settings: Settings,
             alternate: frozenset[str] = frozenset(), asked: frozenset[str] = frozenset()) -> float:
    """The share of the question's weight a passage holds; synonyms, carried topics and words found only
    in the passage's heading, lead-in, best-matching alternate question (its terms, `alternate`) or any of
    its alternate questions (`asked`) count partly."""
    quoted = frozenset(_in_quote(passage, matched))
    return _Weigher(query, settings).coverage(quoted, frozenset(matched), alternate, asked)


class _Weigher:
    """`coverage` for one question, from the matched terms in the quote itself (`quoted`) and all matched
    terms. Each concept's credit for a set of terms (as `Concept.credit` gives it: the best credit of a
    phrase the set holds whole) is worked out once per set: a hundred candidates share a dozen sets. The
    sets come as frozensets, or as bit masks over the terms of a `_TermSets`."""

    def __init__(self, query: Query, settings: Settings, terms: Sequence[str] = ()) -> None:
        self.settings = settings
        self.weights = [c.weight for c in query.concepts]
        self.total = sum(self.weights)
        self._phrases = [[(p[0] if len(p) == 1 else frozenset(p), c) for p, c in concept.phrases.items()]
                         for concept in query.concepts]
        bit = {term: 1 << j for j, term in enumerate(terms)}
        self._masks = [  # each concept's phrases that a mask can hold, the best credit first
            sorted(((mask, c) for p, c in concept.phrases.items() if (mask := _mask(p, bit)) is not None),
                   key=lambda phrase: -phrase[1])
            for concept in query.concepts
        ]
        self._credits: dict[frozenset[str], list[float]] = {}
        self._bit_credits: dict[int, list[float]] = {}

    def credits(self, terms: frozenset[str]) -> list[float]:
        found = self._credits.get(terms)
        if found is None:
            found = self._credits[terms] = [self._best(phrases, terms) for phrases in self._phrases]
        return found

    def bit_credits(self, bits: int) -> list[float]:
        """`credits` of the terms a mask holds (a phrase with a term outside the masks' terms is never held)."""
        found = self._bit_credits.get(bits)
        if found is None:
            found = self._bit_credits[bits] = [_first_held(bits, masks) for masks in self._masks]
        return found

    @staticmethod
    def _best(phrases: list[tuple[str | frozenset[str], float]], terms: frozenset[str]) -> float:
        held = [credit for phrase, credit in phrases if (phrase in terms if type(phrase) is str else phrase <= terms)]
        return max(held) if held else 0.0

    def coverage(self, quoted: frozenset[str], matched: frozenset[str], alternate: frozenset[str],
                 asked: frozenset[str]) -> float:
        return self._sum(self.credits(quoted), self.credits(matched), alternate, asked)

    def bit_coverage(self, quoted: int, matched: int, alternate: frozenset[str], asked: frozenset[str]) -> float:
        return self._sum(self.bit_credits(quoted), self.bit_credits(matched), alternate, asked)

    def _sum(self, own: list[float], anywhere: list[float], alternate: frozenset[str], asked: frozenset[str]) -> float:
        """`alternate`: the terms of the best-matching alternate question; `asked`: of all of them."""
        s = self.settings
        context, alternate_credit, asked_credit = s.context_credit, s.alternate_credit, s.asked_credit
        held = 0  # summed concept by concept, as sum() would: the same float
        if not alternate and not asked:  # no alternate question holds a phrase: their credits are all 0
            for weight, mine, anyhow in zip(self.weights, own, anywhere):
                anyhow *= context  # max(mine, anyhow, 0.0), without the call: the same value
                best = mine if mine >= anyhow else anyhow
                held += weight * (best if best > 0.0 else 0.0)
            return held / self.total if self.total else 0.0
        for weight, mine, anyhow, best, other in zip(
            self.weights, own, anywhere, self.credits(alternate), self.credits(asked)
        ):
            held += weight * max(mine, context * anyhow, alternate_credit * best, asked_credit * other)
        return held / self.total if self.total else 0.0


def _first_held(bits: int, masks: list[tuple[int, float]]) -> float:
    """The credit of the first phrase (of the best first) whose terms the mask holds, or 0."""
    for mask, credit in masks:
        if bits & mask == mask:
            return credit
    return 0.0


def _mask(phrase: tuple[str, ...], bit: dict[str, int]) -> int | None:
    """A phrase's terms as a mask, or None when one of them has no bit (it can never be held)."""
    mask = 0
    for term in phrase:
        if term not in bit:
            return None
        mask |= bit[term]
    return mask


#: The ASCII word characters (what `\w` matches in ASCII).
_ASCII_WORD = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
#: Per byte of UTF-8: an ASCII letter lower-cased, any other ASCII character that is not a word character a
#: space, the bytes of other characters as they are.
_ASCII_FOLDED = bytes(
    code + 32 if 65 <= code <= 90 else code if code >= 128 or code in _ASCII_WORD else 32 for code in range(256)
)
#: Whether a character outside ASCII is a word character (`\w`), for those met so far.
_WORD_CHAR: dict[str, bool] = {}


@lru_cache(maxsize=8192)
def _normalized(text: str) -> str:
    """A quote's text for comparing: lower case, runs of non-word characters as one space. (Each non-word
    character made a space and the runs left joined: the same string as substituting a space for each run
    of non-word characters and stripping the ends, without running a pattern over the text.)"""
    if not text.isascii():
        text = text.lower()
        for ch in set(text):
            if ch > "\x7f" and not _WORD_CHAR.setdefault(ch, bool(re.match(r"\w", ch))):
                text = text.replace(ch, " ")
    return b" ".join(text.encode().translate(_ASCII_FOLDED).split()).decode()


def _near_duplicate(a: frozenset[int], b: frozenset[int], threshold: float) -> bool:
    shared = len(a & b)  # (the union's size without making it)
    return bool(a or b) and shared / (len(a) + len(b) - shared) >= threshold


def rank(library: Library, query: Query, settings: Settings = Settings(), limit: int = 10) -> list[Hit]:
    """The best `limit` candidates by BM25 score × coverage, best first, without repeated quotes; a quote
    must show the reader a word of the question, unless the knowledge file ties the question to it."""
    weights = query.term_weights()
    found = _candidates(library, weights, settings)
    if not len(found.ids):
        return []
    order = top(found.scores, settings.rerank_depth)
    ids, scores = found.ids[order].tolist(), found.scores[order].tolist()
    alternates = library.alternates if settings.alternates else None
    questions = alternates.questions if alternates is not None else ()
    sets = _TermSets(library, weights, found.ids[order])
    which, pairs = sets.which, sets.pairs
    weigher = _Weigher(query, settings, sets.terms)
    nothing: frozenset[str] = frozenset()
    if alternates is None:  # coverage follows from the term sets alone
        by_pair = [weigher.bit_coverage(quoted, matched, nothing, nothing) for matched, quoted in pairs]
        covered = [by_pair[pair] for pair in which]
        contexts = [(-1, "")] * len(ids)
    else:
        alternate_of = found.alternate_of
        contexts = [(alternate_of.get(i, -1), alternates.asked[i]) for i in ids]  # (best alternate, all asked)
        weighed: dict[tuple[int, int, str], float] = {}  # by (term sets, alternate, asked): few distinct
        covered = []
        for pair, (alt, asked) in zip(which, contexts):
            value = weighed.get((pair, alt, asked))
            if value is None:
                matched, quoted = pairs[pair]
                best = alternates.question_terms(alt) if alt >= 0 else nothing
                value = weigher.bit_coverage(quoted, matched, best, _asked_set(asked))
                weighed[pair, alt, asked] = value
            covered.append(value)
    power = settings.coverage_power
    values = [score * c**power for score, c in zip(scores, covered)] if settings.coverage else scores
    negated = [-value for value in values]
    ranked = sorted([place for place, value in enumerate(values) if value > 0], key=negated.__getitem__)

    # The hits with their passages' numbers, made only as far as they are read (stable sort: equal values keep
    # BM25's order).
    def hits() -> Iterator[tuple[Hit, int]]:
        for place in ranked:
            alt, asked = contexts[place]
            matched, quoted = pairs[which[place]]
            passage = library.passages[ids[place]]
            alternate, best = (questions[alt], alternates.question_terms(alt)) if alt >= 0 else ("", nothing)
            hit = Hit(passage, values[place], covered[place], sets.spelled(matched), alternate, _asked_set(asked), best)
            if quoted or asked_as_such(query, hit, settings):  # the reader sees a word of the question
                yield hit, ids[place]

    if not settings.dedupe:
        return [hit for hit, _ in islice(hits(), limit)]
    return _without_repeats(hits(), library.index, settings.near_duplicate, limit)


def top(scores: np.ndarray, k: int) -> np.ndarray:
    """Positions of the `k` highest scores, highest first and equal ones in position order: the first `k`
    of a stable argsort of `-scores`, found by partial selection (a full sort of 30,000 candidates for
    the best hundred cost more than the rest of a question)."""
    if len(scores) <= k:
        return np.argsort(-scores, kind="stable")
    kth = np.partition(scores, len(scores) - k)[len(scores) - k]  # the k-th highest score
    high = np.flatnonzero(scores >= kth)
    better = scores[high] > kth
    chosen = np.concatenate([high[better], high[~better][: k - np.count_nonzero(better)]])  # each in position order
    return chosen[np.argsort(-scores[chosen], kind="stable")]


@lru_cache(maxsize=8192)
def _asked_set(asked: str) -> frozenset[str]:
    return frozenset(asked.split())


def _without_repeats(hits: Iterable[tuple[Hit, int]], index: Index, threshold: float, limit: int) -> list[Hit]:
    """The first `limit` hits (with their passages' numbers) whose quote is not the same as, or nearly, an
    earlier one. A quote's terms are the index's, as ids: the same sets as analysing its text gives."""
    kept: list[Hit] = []
    seen_texts: set[str] = set()
    seen_terms: list[frozenset[int]] = []
    for hit, number in hits:
        if len(kept) == limit:
            break
        text = _normalized(hit.passage.text)
        held = frozenset(index.text_term_ids(number))
        if text in seen_texts or any(_near_duplicate(held, other, threshold) for other in seen_terms):
            continue
        seen_texts.add(text)
        seen_terms.append(held)
        kept.append(hit)
    return kept


def asked_as_such(query: Query, best: Hit, settings: Settings) -> bool:
    """Whether one of the knowledge file's questions alone holds most of the question: the corpus's owner
    foresaw it, whatever its words."""
    if not best.alternate:
        return False
    asked = best.alternate_terms
    total = sum(c.weight for c in query.concepts)
    return total > 0 and sum(c.weight * c.credit(asked) for c in query.concepts) >= settings.asked_as_such * total
