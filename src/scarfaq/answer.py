"""Answering a question: the best passages, quoted verbatim, or an honest "no good match".

Passages holding any term of the question (query.py) are scored with BM25 (index.py), then re-ranked by
score × coverage, where coverage is the share of the question's concept weight that the passage (with its
context) holds. Confidence: the best passage must cover at least `Settings.min_coverage` of the question's
weight and match a word that is not in most passages; otherwise the answer is "no good match", with the
closest topics. A quote that repeats an earlier quote of the same answer (exactly or nearly) is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np

from scarfaq.analysis import terms
from scarfaq.library import Library
from scarfaq.passages import HEADING_MAX_CHARS, Passage
from scarfaq.query import Query, read_question
from scarfaq.safety import SafetyNote, assess
from scarfaq.settings import Settings

#: Default number of quotes in an answer.
DEFAULT_TOP_K = 3
#: How many near misses the "closest topics" of a no-match answer are drawn from.
SUGGESTION_SOURCES = 5


@dataclass(frozen=True)
class Hit:
    """A quoted passage with why it was chosen."""

    passage: Passage
    score: float
    coverage: float
    matched: frozenset[str] = field(default_factory=frozenset)
    """Stems of the query found in the passage, for highlighting."""


@dataclass(frozen=True)
class Answer:
    """What the bot says to one question."""

    question: str
    answered: bool
    hits: tuple[Hit, ...]
    safety: SafetyNote
    query: Query
    suggestions: tuple[str, ...] = ()
    """When not answered: the closest topics the documents do cover."""

    @property
    def notices(self) -> tuple[str, ...]:
        return self.query.notices


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


def _context_terms(passage: Passage) -> frozenset[str]:
    return _text_terms(passage.heading) | _text_terms(passage.lead_in)


@lru_cache(maxsize=4096)
def _text_terms(text: str) -> frozenset[str]:
    """Terms of a heading or lead-in (many passages share one)."""
    return frozenset(terms(text))


@lru_cache(maxsize=4096)
def _quoted_terms(passage: Passage) -> frozenset[str]:
    return frozenset(terms(passage.text))


def _in_quote(passage: Passage, matched: set[str]) -> set[str]:
    """The matched terms that the reader will see in the quote itself, not only in its context."""
    context = _context_terms(passage)
    if not matched & context:
        return matched
    return matched & _quoted_terms(passage)


def _coverage(query: Query, passage: Passage, matched: set[str], context_credit: float) -> float:
    """The share of the question's weight a passage holds; synonyms, carried topics and words found only
    in the passage's heading or lead-in count partly."""
    quoted = _in_quote(passage, matched)
    total = sum(c.weight for c in query.concepts)
    held = sum(c.weight * max(c.credit(quoted), context_credit * c.credit(matched)) for c in query.concepts)
    return held / total if total else 0.0


def _normalized(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _near_duplicate(a: frozenset[str], b: frozenset[str], threshold: float) -> bool:
    return bool(a or b) and len(a & b) / len(a | b) >= threshold


def rank(library: Library, query: Query, settings: Settings = Settings(), limit: int = 10) -> list[Hit]:
    """The best `limit` candidates by BM25 score × coverage, best first, without repeated quotes."""
    ids, scores = library.index.score(query.term_weights())
    if not len(ids):
        return []
    order = np.argsort(-scores, kind="stable")[: settings.rerank_depth]
    ids, scores = ids[order], scores[order]
    hits = []
    for passage_id, score, matched in zip(ids.tolist(), scores.tolist(), _matched(library, query, ids)):
        passage = library.passages[passage_id]
        coverage = _coverage(query, passage, matched, settings.context_credit)
        ranked = score * coverage**settings.coverage_power if settings.coverage else score
        hits.append(Hit(passage, ranked, coverage, frozenset(matched)))
    hits.sort(key=lambda h: -h.score)
    return _without_repeats(hits, settings.near_duplicate, limit) if settings.dedupe else hits[:limit]


def _without_repeats(hits: list[Hit], threshold: float, limit: int) -> list[Hit]:
    """The first `limit` hits whose quote is not the same as, or nearly, an earlier one."""
    kept: list[Hit] = []
    seen_texts: set[str] = set()
    seen_terms: list[frozenset[str]] = []
    for hit in hits:
        if len(kept) == limit:
            break
        text = _normalized(hit.passage.text)
        terms = _quoted_terms(hit.passage)
        if text in seen_texts or any(_near_duplicate(terms, other, threshold) for other in seen_terms):
            continue
        seen_texts.add(text)
        seen_terms.append(terms)
        kept.append(hit)
    return kept


def _confident(library: Library, query: Query, best: Hit, settings: Settings) -> bool:
    """The best passage holds enough of the question, including a word that is not everywhere. A topic
    carried over from earlier questions can help a follow-up over the bar but never keeps a question that
    is answered on its own words below it ("what is subcision?" after a question about fillers)."""
    if not settings.confidence:
        return True
    own = replace(query, concepts=tuple(c for c in query.concepts if not c.carried))
    coverage = max(best.coverage, _coverage(own, best.passage, set(best.matched), settings.context_credit))
    if coverage < settings.min_coverage:
        return False
    most = max(1.0, library.index.size / 2)
    return any(library.index.document_frequency(t) <= most for t in best.matched)


#: A list marker, or a one-word caption label ("Photo: "), at the start of a topic line.
_LIST_MARKER = re.compile(r"^(?:[•\-*–—·▪●◦‣]|\d{1,2}[.)]|\w+:(?=\s))\s*")


def _topic(passage: Passage) -> str:
    """What a passage is about, in the document's words: its section heading, or its own first line."""
    first_line = passage.text.splitlines()[0].strip()
    topic = passage.heading or (first_line if len(first_line) <= HEADING_MAX_CHARS else passage.title)
    return _LIST_MARKER.sub("", topic)


def _suggestions(library: Library, hits: Sequence[Hit], settings: Settings) -> tuple[str, ...]:
    """The sections nearest to a question the documents do not answer, or else the documents' titles."""
    topics: list[str] = []
    for hit in hits:
        topic = _topic(hit.passage)
        if hit.coverage >= 0.75 * settings.min_coverage and topic not in topics:
            topics.append(topic)
    return tuple(topics[:3]) or tuple(d.title for d in library.documents[:3])


def _carried_that_mattered(query: Query, shown: Sequence[Hit]) -> Query:
    """The query, saying it carried over only the earlier topics that the quotes shown do hold."""
    matched = set().union(*(hit.matched for hit in shown)) if shown else set()
    used = tuple(c.word for c in query.concepts if c.carried and c.credit(matched) > 0)
    return replace(query, carried_over=used) if used != query.carried_over else query


def answer(
    library: Library,
    question: str,
    history: Sequence[str] = (),
    top_k: int = DEFAULT_TOP_K,
    settings: Settings = Settings(),
) -> Answer:
    """Answer one question, given the earlier questions of the conversation."""
    query = read_question(library, question, history, settings)
    hits = rank(library, query, settings, max(top_k, SUGGESTION_SOURCES))
    answered = bool(hits) and _confident(library, query, hits[0], settings)
    shown = tuple(hits[:top_k]) if answered else ()
    return Answer(
        question=question,
        answered=answered,
        hits=shown,
        safety=assess(question, history, corpus_medical=library.medical and answered),
        query=_carried_that_mattered(query, shown),
        suggestions=() if answered else _suggestions(library, hits, settings),
    )
