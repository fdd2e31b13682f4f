"""Confidence: whether the best passage answers the question, or the bot says "no good match".

Three gates come first and refuse outright: the question is mostly words the documents never use; the
passage rests on no topic word of the corpus (only everyday words, or a word of one comment); every word it
matched is in most passages. Past them, the share of the question the passage holds decides at either end:
less than a quarter never answers (`FLOOR`: long stories lie far outside what the model below learned
from), 60% or more always does (`CEILING`: a reader who sees most of their words quoted expects it). In
between, a small logistic model reads what ranking knows of the best passage (its `Evidence`: what its own
text holds, the heaviest word it lacks, the question's length, how well the next passage does, whether the
corpus has a knowledge file...) and answers from its threshold. It was trained by
`benchmarks/train_confidence.py` on tuning question sets of two corpora, each read with its knowledge file
and as its documents alone (answerable against out of scope), its settings chosen leaving one writer out. A follow-up that
carried an earlier topic meets the coverage bar (`Settings.min_coverage`) instead, as those sets hold few;
with `Settings.learned_confidence` off, the bar alone decides.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

from scarfaq import confidence_model as model
from scarfaq.library import Library
from scarfaq.query import Query
from scarfaq.ranking import Hit, asked_as_such, coverage
from scarfaq.settings import Settings


class Evidence(NamedTuple):
    """What ranking knows of the best passage, as the model reads it (shares of the question's weight)."""

    held: float
    """Its coverage: the share the passage holds, by its quote, context and alternate questions."""
    quoted: float
    """The share its own text (quote or context) holds, without the alternate questions."""
    missing: float
    """The heaviest concept it does not hold at all."""
    missing_unknown: float
    """The heaviest such concept that neither the documents nor the knowledge file use."""
    unknown: float
    """The share of words neither the documents nor the knowledge file use."""
    words: float
    """log(1 + the number of concepts): long chatty questions cover less, and are still questions."""
    second: float
    """The next passage's coverage: a question two passages hold is one the documents talk about."""
    from_alternates: float
    """What the knowledge file's questions add to `held`."""
    asked_as_such: float
    """1 when one alternate question alone holds most of the question."""
    knowledge_file: float
    """1 when the corpus has a knowledge file: without one, coverage is lower for the same answer."""


def held(query: Query, best: Hit, settings: Settings) -> float:
    """The share of the question the passage holds: its coverage, or that of the question's own words when
    a follow-up carried a topic over that the passage lacks."""
    own = query._replace(concepts=tuple(c for c in query.concepts if not c.carried))
    return max(best.coverage, coverage(own, best.passage, set(best.matched), settings, best.alternate_terms,
                                       best.asked))


def evidence(library: Library, query: Query, hits: Sequence[Hit], settings: Settings,
             held_share: float | None = None) -> Evidence:
    """The evidence for the best of `hits` (ranked best first; at least one); `held_share`: its `held`,
    when the caller has worked it out already."""
    best = hits[0]
    if held_share is None:
        held_share = held(query, best, settings)
    concepts = query.concepts
    total = sum(c.weight for c in concepts) or 1.0
    matched = set(best.matched)
    quoted = sum(c.weight * c.credit(matched) for c in concepts) / total
    holds = matched | best.alternate_terms
    missing = [c for c in concepts if not c.intent and c.credit(holds) == 0]
    return Evidence(
        held=held_share,
        quoted=quoted,
        missing=max((c.weight / total for c in missing), default=0.0),
        missing_unknown=max((c.weight / total for c in missing if c.unknown), default=0.0),
        unknown=sum(c.weight for c in concepts if c.unknown) / total,
        words=math.log1p(sum(1 for c in concepts if not c.intent)),
        second=hits[1].coverage if len(hits) > 1 else 0.0,
        from_alternates=held_share - quoted,
        asked_as_such=float(asked_as_such(query, best, settings)),
        knowledge_file=float(library.alternates is not None),
    )


def probability(found: Evidence) -> float:
    """The model's probability that the question is one the documents answer."""
    z = model.BIAS + sum(w * (x - m) / s for w, x, m, s in zip(model.WEIGHTS, found, model.MEANS, model.SCALES))
    return 1.0 / (1.0 + math.exp(-z))


def _mostly_unknown(library: Library, query: Query, settings: Settings) -> bool:
    """Words that neither the documents nor the knowledge file use hold most of the question's weight (a
    follow-up is spared: its subject is the earlier question's)."""
    total = sum(c.weight for c in query.concepts)
    limit = settings.max_unknown_share if library.alternates else settings.max_unknown_share_without_questions
    return total > 0 and sum(c.weight for c in query.concepts if c.unknown) > limit * total


def gates_pass(library: Library, query: Query, best: Hit, settings: Settings) -> bool:
    """The refusals that come before the model: mostly unknown words, no topic word, only words found in
    most passages."""
    if not query.carried_over and _mostly_unknown(library, query, settings):
        return False  # the question is mostly about something the documents never name
    most = max(1.0, library.index.size / 2)
    wanted = query.term_weights().keys()
    asked = (best.alternate_terms | best.asked) & wanted
    if settings.topic_gate and not (best.matched | asked) & library.topical and not asked_as_such(query, best, settings):
        return False  # only everyday words, or a word of one comment ("weather in Kyiv")
    return any(library.index.document_frequency(t) <= most for t in best.matched | asked)


def _holds_the_carried_topic(query: Query, hits: Sequence[Hit]) -> bool:
    """Whether a passage of the answer holds a topic the follow-up carried over, in its text or any of its
    alternate questions: what "it" stood for is the point."""
    carried = [c for c in query.concepts if c.carried]
    for hit in hits:
        holds = set(hit.matched | hit.alternate_terms | hit.asked)
        if any(c.credit(holds) for c in carried):
            return True
    return False


def confident(library: Library, query: Query, hits: Sequence[Hit], settings: Settings) -> bool:
    """Whether the best of `hits` answers the question. A topic carried over from earlier questions can help
    a follow-up but never keeps a question that is answered on its own words below the bar ("what is
    subcision?" after a question about fillers)."""
    if not hits:
        return False
    if not settings.confidence:
        return True
    if not gates_pass(library, query, hits[0], settings):
        return False
    if query.carried_over and not _holds_the_carried_topic(query, hits):
        return False  # "how much does it cost?" after subcision, answered with a laser's price
    share = held(query, hits[0], settings)
    if not settings.learned_confidence or query.carried_over:  # (the tuning sets hold few follow-ups)
        return share >= settings.min_coverage
    if share < model.FLOOR or share >= model.CEILING:  # the model reads only what lies between
        return share >= model.CEILING
    return probability(evidence(library, query, hits, settings, share)) >= model.THRESHOLD
