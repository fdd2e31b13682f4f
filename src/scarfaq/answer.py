"""Answering a question: the best passages, quoted verbatim, or an honest "no good match".

How a question is read (see README, "How answers are chosen"):
1. Its words are analysed like the passages. A word unknown to the corpus is corrected to a close corpus
   word (spelling.py); the synonyms of the corpus add the documents' own words for everyday ones.
2. Each content word is a *concept* weighted by its rarity (idf); synonyms are alternatives of the
   concept they came from. A short follow-up, or one that says "it"/"that", carries over the topic words
   of the latest earlier question that had some.
3. Passages holding any query term are scored with BM25 (index.py), then ranked by score × coverage, where
   coverage is the share of the question's concept weight that the passage (with its context) holds.
4. Confidence: the best passage must cover at least `MIN_COVERAGE` of the question's weight, and must
   match a word that is not in most passages. Otherwise the answer is "no good match", with the closest
   topics. Quotes that repeat an earlier quote of the same answer (exactly or nearly) are skipped.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from scarfaq.analysis import Token, tokenize
from scarfaq.library import Library, indexed_terms
from scarfaq.passages import Passage
from scarfaq.safety import SafetyNote, assess

#: Questions are cut to this many characters (a notice says so).
MAX_QUESTION_CHARS = 2000
#: Default number of quotes in an answer.
DEFAULT_TOP_K = 3
#: The least share of the question's weight the best passage must hold to count as an answer.
MIN_COVERAGE = 0.5
#: Weight of a synonym's terms relative to the word the person typed.
SYNONYM_WEIGHT = 0.6
#: Weight of topic words carried over from an earlier question.
CARRY_WEIGHT = 0.8
#: An unknown word weighs this share of the rarest corpus word (it may be the point of the question).
UNKNOWN_WORD_WEIGHT = 0.8
#: A follow-up with at most this many content words carries over the earlier topic.
SHORT_FOLLOW_UP = 3
#: How many candidates get their coverage computed before the final ranking.
RERANK_DEPTH = 100
#: Two quotes sharing this share of their terms are near-duplicates.
NEAR_DUPLICATE = 0.8

_PRONOUNS = frozenset({"it", "its", "it's", "this", "that", "they", "them", "these", "those", "one"})


@dataclass(frozen=True)
class Concept:
    """One thing the question asks about: a word, and the phrases that stand for it with their credit."""

    word: str
    phrases: dict[tuple[str, ...], float]
    """Stems of each alternative → its credit: 1 for the word itself, less for synonyms and carried topics."""
    weight: float
    """Its share in coverage: how rare (informative) it is."""
    carried: bool = False

    def credit(self, terms: set[str] | frozenset[str]) -> float:
        """How well a passage holding these terms stands for the concept (a phrase needs all its words)."""
        return max((c for phrase, c in self.phrases.items() if terms.issuperset(phrase)), default=0.0)


@dataclass(frozen=True)
class Query:
    """A question as it is searched."""

    concepts: tuple[Concept, ...]
    corrections: tuple[tuple[str, str], ...] = ()
    carried_over: tuple[str, ...] = ()
    notices: tuple[str, ...] = ()

    def term_weights(self) -> dict[str, float]:
        """Scoring weight of each term: the best credit of any phrase it belongs to."""
        weights: dict[str, float] = {}
        for concept in self.concepts:
            for phrase, credit in concept.phrases.items():
                for term in phrase:
                    weights[term] = max(weights.get(term, 0.0), credit)
        return weights

    @property
    def searched_for(self) -> tuple[str, ...]:
        return tuple(c.word for c in self.concepts)


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


def _idf(library: Library, term: str) -> float:
    """A positive rarity weight for coverage (BM25Plus's idf, whatever the scoring variant)."""
    n = library.index.size
    df = library.index.document_frequency(term)
    return math.log((n + 1) / df) if df else 0.0


def _max_idf(library: Library) -> float:
    return math.log(library.index.size + 1)


def _correct(library: Library, tokens: list[Token]) -> tuple[list[Token], list[tuple[str, str]]]:
    """Replace unknown words by close corpus words; synonym words count as known."""
    known_stems = library.synonyms.stems()
    corrected, corrections = [], []
    for token in tokens:
        if token.stop or library.index.term_id(token.stem) is not None or token.stem in known_stems:
            corrected.append(token)
            continue
        better = library.speller.correct(token.word)
        if better is None:
            corrected.append(token)
            continue
        corrections.append((token.word, better))
        corrected.append(Token(token.start, token.end, better, tokenize(better)[0].stem, False))
    return corrected, corrections


def _known(library: Library, phrase: tuple[str, ...]) -> bool:
    return all(library.index.term_id(t) is not None for t in phrase)


def _concepts(library: Library, tokens: list[Token]) -> list[Concept]:
    """The question's concepts: each content word, or each synonym phrase it is part of ("nose job").

    A synonym phrase of several words becomes one concept (longest match first), since its meaning is not
    the sum of its words; a phrase made only of stopwords ("how much") says what kind of answer is wanted
    and weighs nothing in coverage; synonyms are weaker alternatives of the concept they came from.
    """
    concept_at: dict[int, Concept] = {}
    intents: list[Concept] = []
    expansions = sorted(library.synonyms.expand(tokens), key=lambda e: -len(e.positions))
    for expansion in expansions:
        phrases = {p: SYNONYM_WEIGHT for p in expansion.phrases if _known(library, p)}
        content = [i for i in expansion.positions if not tokens[i].stop]
        if not content:
            words = " ".join(tokens[i].word for i in expansion.positions)
            if phrases:
                intents.append(Concept(words, phrases, 0.0))
            continue
        if len(content) > 1 and any(i in concept_at for i in content):
            continue  # overlaps a longer phrase already taken
        if content[0] not in concept_at:
            own = tuple(tokens[i].stem for i in content)
            concept_at.update(dict.fromkeys(content, Concept(" ".join(tokens[i].word for i in content), {own: 1.0}, 0.0)))
        for phrase, credit in phrases.items():
            concept_at[content[0]].phrases.setdefault(phrase, credit)
    for i, token in enumerate(tokens):
        if not token.stop and i not in concept_at:
            concept_at[i] = Concept(token.word, {(token.stem,): 1.0}, 0.0)
    unique: dict[tuple[str, ...], Concept] = {}
    for i in sorted(concept_at):
        concept = concept_at[i]
        unique.setdefault(next(iter(concept.phrases)), concept)
    return [_weighted(library, c) for c in unique.values()] + intents


def _weighted(library: Library, concept: Concept) -> Concept:
    """Weigh a concept by the rarity of the words typed; an unknown word by its rarest known synonym, or
    else by a share of the rarest weight. Intents ("how much") keep weight 0."""
    if not any(credit == 1.0 for credit in concept.phrases.values()):
        return concept
    own = next(iter(concept.phrases))
    known = [max(_idf(library, t) for t in p) for p in concept.phrases if _known(library, p)]
    if _known(library, own):
        weight = max(_idf(library, t) for t in own)
    else:
        weight = max(known) if known else UNKNOWN_WORD_WEIGHT * _max_idf(library)
    return Concept(concept.word, concept.phrases, weight, concept.carried)


def _topic_of(library: Library, earlier: Sequence[str]) -> list[Concept]:
    """The topic words of the latest earlier question that has some known words (at most three)."""
    for question in reversed(earlier):
        tokens, _ = _correct(library, tokenize(question[:MAX_QUESTION_CHARS]))
        concepts = [c for c in _concepts(library, tokens) if any(_known(library, p) for p in c.phrases)]
        if concepts:
            top = sorted(concepts, key=lambda c: -c.weight)[:3]
            return [
                Concept(c.word, {p: w * CARRY_WEIGHT for p, w in c.phrases.items()}, c.weight, carried=True)
                for c in top
            ]
    return []


def _is_follow_up(tokens: Sequence[Token], concepts: Sequence[Concept]) -> bool:
    return len(concepts) <= SHORT_FOLLOW_UP or any(t.word in _PRONOUNS for t in tokens)


def read_question(library: Library, question: str, history: Sequence[str] = ()) -> Query:
    """Analyse a question (and its conversation) into weighted concepts."""
    notices = []
    if len(question) > MAX_QUESTION_CHARS:
        notices.append(f"Your question was shortened to its first {MAX_QUESTION_CHARS:,} characters.")
        question = question[:MAX_QUESTION_CHARS]
    tokens, corrections = _correct(library, tokenize(question))
    concepts = _concepts(library, tokens)
    carried: list[Concept] = []
    if history and _is_follow_up(tokens, concepts):
        own = {p for c in concepts for p in c.phrases}
        carried = [c for c in _topic_of(library, history) if not own & c.phrases.keys()]
    return Query(
        concepts=tuple(concepts + carried),
        corrections=tuple(corrections),
        carried_over=tuple(c.word for c in carried),
        notices=tuple(notices),
    )


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


def _coverage(query: Query, terms: set[str]) -> float:
    """The share of the question's weight a passage holds, synonyms and carried topics counting partly."""
    total = sum(c.weight for c in query.concepts)
    held = sum(c.weight * c.credit(terms) for c in query.concepts)
    return held / total if total else 0.0


def _normalized(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _near_duplicate(a: set[str], b: set[str]) -> bool:
    return bool(a or b) and len(a & b) / len(a | b) >= NEAR_DUPLICATE


def rank(library: Library, query: Query) -> list[Hit]:
    """Candidates ranked by BM25 score × coverage, best first, without repeated quotes."""
    ids, scores = library.index.score(query.term_weights())
    if not len(ids):
        return []
    order = np.argsort(-scores, kind="stable")[:RERANK_DEPTH]
    ids, scores = ids[order], scores[order]
    hits = []
    for passage_id, score, terms in zip(ids.tolist(), scores.tolist(), _matched(library, query, ids)):
        coverage = _coverage(query, terms)
        hits.append(Hit(library.passages[passage_id], score * coverage, coverage, frozenset(terms)))
    hits.sort(key=lambda h: -h.score)
    return _without_repeats(hits)


def _without_repeats(hits: list[Hit]) -> list[Hit]:
    kept: list[Hit] = []
    seen_texts: set[str] = set()
    seen_terms: list[set[str]] = []
    for hit in hits:
        text = _normalized(hit.passage.text)
        terms = set(indexed_terms(hit.passage))
        if text in seen_texts or any(_near_duplicate(terms, other) for other in seen_terms):
            continue
        seen_texts.add(text)
        seen_terms.append(terms)
        kept.append(hit)
    return kept


def _confident(library: Library, query: Query, best: Hit) -> bool:
    """The best passage holds enough of the question, including a word that is not everywhere."""
    if best.coverage < MIN_COVERAGE:
        return False
    most = max(1.0, library.index.size / 2)
    return any(library.index.document_frequency(t) <= most for t in best.matched)


def _suggestions(library: Library, hits: Sequence[Hit]) -> tuple[str, ...]:
    topics: list[str] = []
    for hit in hits:
        topic = hit.passage.heading or hit.passage.title
        if topic and topic not in topics:
            topics.append(topic)
        if len(topics) == 3:
            break
    return tuple(topics) or tuple(d.title for d in library.documents[:3])


def answer(library: Library, question: str, history: Sequence[str] = (), top_k: int = DEFAULT_TOP_K) -> Answer:
    """Answer one question, given the earlier questions of the conversation."""
    query = read_question(library, question, history)
    hits = rank(library, query)
    answered = bool(hits) and _confident(library, query, hits[0])
    shown = tuple(hits[:top_k]) if answered else ()
    return Answer(
        question=question,
        answered=answered,
        hits=shown,
        safety=assess(question, [h.passage.text for h in shown]),
        query=query,
        suggestions=() if answered else _suggestions(library, hits),
    )
