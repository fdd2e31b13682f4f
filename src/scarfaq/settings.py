"""The knobs of reading questions and choosing answers, in one frozen object.

The defaults were chosen by measurement on the development set (README, "How answers are chosen"); the
switches exist so that `benchmarks/quality.py` can measure what each method adds.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    """How questions are read and passages ranked; `Settings()` is what the bot uses."""

    min_coverage: float = 0.4
    """The least share of the question's weight the best passage must hold to count as an answer."""
    synonym_credit: float = 0.6
    """What a synonym is worth, in scoring and coverage, next to the word the person typed."""
    context_credit: float = 0.5
    """What a word found only in a passage's heading or list lead-in (not in the quote) is worth."""
    carry_credit: float = 0.8
    """What a topic word carried over from an earlier question is worth."""
    unknown_word_weight: float = 0.8
    """An unknown word weighs this share of the rarest corpus word: it may be the point of the question."""
    short_follow_up: int = 3
    """A follow-up with at most this many content words carries over the earlier topic."""
    coverage_power: float = 1.0
    """How strongly coverage reorders BM25's ranking (score × coverage^power)."""
    rerank_depth: int = 100
    """How many of BM25's best candidates are re-ranked by coverage."""
    near_duplicate: float = 0.8
    """Two quotes sharing this share of their terms are near-duplicates; the second is skipped."""
    max_question_chars: int = 2000
    """Questions are cut to this many characters (a notice says so)."""
    synonyms: bool = True
    spelling: bool = True
    follow_ups: bool = True
    coverage: bool = True
    """Re-rank by coverage (off: plain BM25 order)."""
    confidence: bool = True
    """Say "no good match" when the best passage covers too little (off: always answer)."""
    dedupe: bool = True
