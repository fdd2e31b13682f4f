"""Edit distance (edits.py) is rapidfuzz's OSA distance, and typos find the word rapidfuzz would find."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import process
from rapidfuzz.distance import OSA

from scarfaq.edits import distance_within
from scarfaq.spelling import _closest

#: Few letters, so that words share many of them (swaps, repeats, near misses).
WORDS = st.text(alphabet="abcdé", max_size=12)


@settings(max_examples=3000, deadline=None)
@given(WORDS, WORDS, st.integers(min_value=0, max_value=3))
def test_the_distance_within_a_limit_is_rapidfuzzs_osa_distance(a: str, b: str, limit: int) -> None:
    expected = OSA.distance(a, b)
    assert distance_within(a, b, limit) == (expected if expected <= limit else None)


def test_edits_count_as_osa_counts_them() -> None:
    assert distance_within("dermabraison", "dermabrasion", 2) == 1  # two letters swapped
    assert distance_within("ca", "abc", 2) is None  # OSA: 3 (no letter is edited twice), not 2
    assert distance_within("tretmnt", "treatment", 2) == 2 and distance_within("tretmnt", "treatment", 1) is None
    assert distance_within("scars", "scars", 0) == 0 and distance_within("scars", "scar", 0) is None


def _rapidfuzz_closest(word: str, choices: list[str], limit: int,
                       weight: Callable[[str], int] | None = None) -> str | None:
    """How spelling.py picked the closest word with rapidfuzz."""
    if weight is None:
        found = process.extractOne(word, choices, scorer=OSA.distance, score_cutoff=limit)
        return found[0] if found else None
    close = process.extract(word, choices, scorer=OSA.distance, score_cutoff=limit, limit=None)
    if not close:
        return None
    nearest = min(distance for _, distance, _ in close)
    return max([choice for choice, distance, _ in close if distance == nearest], key=weight)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="abcd", min_size=1, max_size=9), st.lists(st.text(alphabet="abcd", max_size=10), max_size=40),
       st.integers(min_value=1, max_value=2), st.booleans())
def test_the_closest_word_is_the_one_rapidfuzz_finds(word: str, choices: list[str], limit: int, weighed: bool) -> None:
    """The nearest, the first of equals, or the heaviest of equals (by a weight with many ties of its own)."""
    weight = (lambda choice: len(set(choice))) if weighed else None
    assert _closest(word, choices, limit, weight) == _rapidfuzz_closest(word, choices, limit, weight)
