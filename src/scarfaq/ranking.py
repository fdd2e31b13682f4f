"""Ranking: which passages answer a question best, and whether the best is good enough to quote.

Passages holding any term of the question (query.py) are scored with BM25 (index.py) over their own text
and context; the knowledge file's alternate questions (knowledge.py) are a second field: a passage's best
matching alternate adds its BM25 score (× `Settings.alternate_weight`). Candidates are re-ranked by
score × coverage, where coverage is the share of the question's concept weight that the passage holds,
in its quote, its context (heading, lead-in) or its best alternate question. Confidence: the best passage
must cover at least `Settings.min_coverage` and match a word that is not in most passages. A quote that
repeats an earlier quote of the same answer (exactly or nearly) is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice

import numpy as np

from scarfaq.analysis import terms
from scarfaq.library import Library
from scarfaq.passages import Passage
from scarfaq.query import Query
from scarfaq.settings import Settings


@dataclass(frozen=True)
class Hit:
    """A quoted passage with why it was chosen."""

    passage: Passage
    score: float
    coverage: float
    matched: frozenset[str] = field(default_factory=frozenset)
    """Stems of the query found in the passage (quote or context), for highlighting."""
    alternate: str = ""
    """The knowledge file's question that matched best, if any (never shown as a quote)."""
    asked: frozenset[str] = field(default_factory=frozenset)
    """The terms of all the knowledge file's questions tied to the passage."""


@dataclass(frozen=True)
class _Candidates:
    ids: np.ndarray
    scores: np.ndarray
    alternate_of: dict[int, int]
    """Passage number → its best-scoring alternate question's number."""


def _matched(library: Library, query: Query, ids: np.ndarray) -> list[set[str]]:
    """For each candidate id, the query terms it holds."""
    found: list[set[str]] = [set() for _ in ids]
    for term in query.term_weights():
        postings, _ = library.index.postings(term)
        if not len(postings):
            continue
        where = np.searchsorted(postings, ids)
        where[where >= len(postings)] = 0
        for row in np.flatnonzero(postings[where] == ids):
            found[row].add(term)
    return found


def _candidates(library: Library, query: Query, settings: Settings) -> _Candidates:
    """Every passage holding a query term in its text, context or alternate questions, with its score."""
    weights = query.term_weights()
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
    union = np.union1d(ids, passages[best])
    alternate_of = dict(zip(passages[best].tolist(), alt_ids[best].tolist()))
    return _Candidates(union, dense[union], alternate_of)


def _context_terms(passage: Passage) -> frozenset[str]:
    return text_terms(passage.heading) | text_terms(passage.lead_in)


@lru_cache(maxsize=8192)
def text_terms(text: str) -> frozenset[str]:
    """Terms of a heading, lead-in or alternate question (many passages share one)."""
    return frozenset(terms(text))


@lru_cache(maxsize=4096)
def quoted_terms(passage: Passage) -> frozenset[str]:
    return frozenset(terms(passage.text))


def _in_quote(passage: Passage, matched: set[str]) -> set[str]:
    """The matched terms that the reader will see in the quote itself, not only in its context."""
    context = _context_terms(passage)
    if not matched & context:
        return matched
    return matched & quoted_terms(passage)


def coverage(query: Query, passage: Passage, matched: set[str], settings: Settings, alternate: str = "",
             asked: frozenset[str] = frozenset()) -> float:
    """The share of the question's weight a passage holds; synonyms, carried topics and words found only
    in the passage's heading, lead-in, best-matching alternate question or any of its alternate questions
    (`asked`) count partly."""
    quoted = _in_quote(passage, matched)
    best_asked = text_terms(alternate) if alternate else frozenset()
    total = sum(c.weight for c in query.concepts)
    held = sum(
        c.weight * max(
            c.credit(quoted),
            settings.context_credit * c.credit(matched),
            settings.alternate_credit * c.credit(best_asked),
            settings.asked_credit * c.credit(asked),
        )
        for c in query.concepts
    )
    return held / total if total else 0.0


def _normalized(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _near_duplicate(a: frozenset[str], b: frozenset[str], threshold: float) -> bool:
    return bool(a or b) and len(a & b) / len(a | b) >= threshold


def rank(library: Library, query: Query, settings: Settings = Settings(), limit: int = 10) -> list[Hit]:
    """The best `limit` candidates by BM25 score × coverage, best first, without repeated quotes; a quote
    must show the reader a word of the question, unless the knowledge file ties the question to it."""
    found = _candidates(library, query, settings)
    if not len(found.ids):
        return []
    order = np.argsort(-found.scores, kind="stable")[: settings.rerank_depth]
    ids, scores = found.ids[order], found.scores[order]
    alternates = library.alternates if settings.alternates else None
    questions = alternates.questions if alternates is not None else ()
    hits = []
    for passage_id, score, matched in zip(ids.tolist(), scores.tolist(), _matched(library, query, ids)):
        passage = library.passages[passage_id]
        alt = found.alternate_of.get(passage_id)
        alternate = questions[alt] if alt is not None else ""
        asked = alternates.asked_terms(passage_id) if alternates is not None else frozenset()
        covered = coverage(query, passage, matched, settings, alternate, asked)
        ranked = score * covered**settings.coverage_power if settings.coverage else score
        if ranked > 0:
            hits.append(Hit(passage, ranked, covered, frozenset(matched), alternate, asked))
    hits.sort(key=lambda h: -h.score)
    wanted = query.term_weights().keys()
    shown = (h for h in hits if quoted_terms(h.passage) & wanted or _asked_as_such(query, h, settings))
    return _without_repeats(shown, settings.near_duplicate, limit) if settings.dedupe else list(islice(shown, limit))


def _without_repeats(hits: Iterable[Hit], threshold: float, limit: int) -> list[Hit]:
    """The first `limit` hits whose quote is not the same as, or nearly, an earlier one."""
    kept: list[Hit] = []
    seen_texts: set[str] = set()
    seen_terms: list[frozenset[str]] = []
    for hit in hits:
        if len(kept) == limit:
            break
        text = _normalized(hit.passage.text)
        held = quoted_terms(hit.passage)
        if text in seen_texts or any(_near_duplicate(held, other, threshold) for other in seen_terms):
            continue
        seen_texts.add(text)
        seen_terms.append(held)
        kept.append(hit)
    return kept


def _asked_as_such(query: Query, best: Hit, settings: Settings) -> bool:
    """Whether one of the knowledge file's questions alone holds most of the question: the corpus's owner
    foresaw it, whatever its words."""
    if not best.alternate:
        return False
    asked = text_terms(best.alternate)
    total = sum(c.weight for c in query.concepts)
    return total > 0 and sum(c.weight * c.credit(asked) for c in query.concepts) >= settings.asked_as_such * total


def _mostly_unknown(library: Library, query: Query, settings: Settings) -> bool:
    """Words that neither the documents nor the knowledge file use hold most of the question's weight (a
    follow-up is spared: its subject is the earlier question's)."""
    total = sum(c.weight for c in query.concepts)
    limit = settings.max_unknown_share if library.alternates else settings.max_unknown_share_without_questions
    return total > 0 and sum(c.weight for c in query.concepts if c.unknown) > limit * total


def confident(library: Library, query: Query, best: Hit, settings: Settings) -> bool:
    """The best passage holds enough of the question, including a word that is not everywhere. A topic
    carried over from earlier questions can help a follow-up over the bar but never keeps a question that
    is answered on its own words below it ("what is subcision?" after a question about fillers)."""
    if not settings.confidence:
        return True
    own = replace(query, concepts=tuple(c for c in query.concepts if not c.carried))
    held = max(best.coverage, coverage(own, best.passage, set(best.matched), settings, best.alternate, best.asked))
    if held < settings.min_coverage:
        return False
    if not query.carried_over and _mostly_unknown(library, query, settings):
        return False  # the question is mostly about something the documents never name
    most = max(1.0, library.index.size / 2)
    wanted = query.term_weights().keys()
    asked = (text_terms(best.alternate) | best.asked) & wanted
    if settings.topic_gate and not (best.matched | asked) & library.topical and not _asked_as_such(query, best, settings):
        return False  # only everyday words, or a word of one comment ("weather in Kyiv")
    return any(library.index.document_frequency(t) <= most for t in best.matched | asked)
