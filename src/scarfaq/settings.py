"""The knobs of reading questions and choosing answers, in one frozen object.

The defaults were chosen by measurement on the development set (README, "How answers are chosen"); the
switches exist so that `benchmarks/quality.py` can measure what each method adds.
"""

from __future__ import annotations

from typing import NamedTuple


class Settings(NamedTuple):
    """How questions are read and passages ranked; `Settings()` is what the bot uses. (A named tuple:
    defining a frozen dataclass of this many fields cost a one-shot 2 ms.)"""

    min_coverage: float = 0.4
    """The least share of the question's weight the best passage must hold to count as an answer, when
    `learned_confidence` is off, and for a follow-up (confidence.py)."""
    max_unknown_share: float = 0.35
    """Refuse when words that neither the documents nor the knowledge file use hold more than this share
    of the question's weight."""
    max_unknown_share_without_questions: float = 0.6
    """The same for a corpus without a knowledge file: it does not know its readers' words, so a word it
    has never seen says less."""
    synonym_credit: float = 0.6
    """What a synonym is worth, in scoring and coverage, next to the word the person typed."""
    context_credit: float = 0.5
    """What a word found only in a passage's heading or list lead-in (not in the quote) is worth."""
    carried_share: float = 1.0
    """The topic carried over weighs at most this many times the new question's own words."""
    carried_topics: int = 3
    """How many of the earlier question's subject words a follow-up carries over (the rarest first)."""
    carry_credit: float = 0.8
    """What a topic word carried over from an earlier question is worth."""
    unknown_word_weight: float = 1.2
    unknown_word_weight_without_questions: float = 0.8
    """The same for a corpus without a knowledge file."""
    """A word neither the documents nor the knowledge file use weighs this share of the rarest corpus word
    (times its English specificity): it may well be the point of the question ("tattoo")."""
    short_follow_up: int = 3
    """A follow-up with at most this many content words carries over the earlier topic."""
    subject_specificity: float = 0.7
    """A word at least this specific in English (english.py) names a subject: a question with one is not a
    follow-up unless it refers back, and only such words are carried over."""
    coverage_power: float = 1.0
    """How strongly coverage reorders BM25's ranking (score × coverage^power)."""
    rerank_depth: int = 100
    """How many of BM25's best candidates are re-ranked by coverage."""
    near_duplicate: float = 0.8
    """Two quotes sharing this share of their terms are near-duplicates; the second is skipped."""
    max_question_chars: int = 2000
    """Questions are cut to this many characters (a notice says so)."""
    history_depth: int = 10
    """Only the latest this many earlier questions are read, each cut like a question."""
    english_common: float = 6.0
    """Zipf frequency from which an everyday English word counts only `english_floor` ("get", "best")."""
    english_rare: float = 3.5
    """Zipf frequency up to which a word counts fully ("dermabrasion", "pockmarks")."""
    english_floor: float = 0.5
    """The least share of its weight an everyday word keeps."""
    form_credit: float = 0.7
    """What another form of a word (surgical for surgery, fastest for fast) is worth (forms.py)."""
    alternate_weight: float = 0.5
    """How much a passage's best-matching alternate question (knowledge file) adds to its score."""
    alternate_credit: float = 1.0
    """What a word found only in a passage's best-matching alternate question is worth in coverage."""
    asked_credit: float = 0.5
    """What a word found only in another of a passage's alternate questions is worth in coverage."""
    synonyms: bool = True
    spelling: bool = True
    follow_ups: bool = True
    coverage: bool = True
    """Re-rank by coverage (off: plain BM25 order)."""
    confidence: bool = True
    """Say "no good match" when the best passage covers too little (off: always answer)."""
    learned_confidence: bool = True
    """Decide past the gates with the learned model (confidence.py), not the coverage bar alone."""
    dedupe: bool = True
    english_weights: bool = True
    """Weigh words by how specific they are in everyday English, not only in the corpus."""
    topic_gate: bool = True
    """An answer must rest on at least one of the corpus's topic words (english.py), unless one of the
    knowledge file's questions alone holds `asked_as_such` of the question."""
    asked_as_such: float = 0.6
    final_ask: bool = True
    """A message of several sentences that is not answered as a whole is answered by the question it ends
    with, the rest read as an earlier turn (query.final_ask)."""
    word_forms: bool = True
    alternates: bool = True
    """Search the knowledge file's alternate questions too."""
