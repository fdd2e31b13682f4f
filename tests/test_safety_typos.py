"""Typos of the rules' words are found by edit distance (typos.py), from a table derived from the rules."""

from __future__ import annotations

import pytest

from scarfaq.safety import Level, assess
from scarfaq.safety.rules import RECALL_RULES, RED_FLAG_RULES
from scarfaq.safety.typo_table import derive
from scarfaq.safety.typos import one_edit, respelled, tables


def test_the_stored_table_is_the_one_the_rules_give() -> None:
    """Fails when a rule changes and vocabulary.py was not regenerated (python -m scarfaq.safety.typo_table)."""
    assert derive(RED_FLAG_RULES + RECALL_RULES) == tables()


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [("swollen", "swolen", True), ("vision", "vsion", True), ("breath", "braeth", True), ("todler", "toddler", True),
     ("bleeding", "bleding", True), ("bleeding", "bleeding", False), ("swollen", "swoln", False),
     ("vision", "vsiino", False)],
)
def test_one_edit_is_a_letter_left_out_added_changed_or_two_swapped(a: str, b: str, near: bool) -> None:
    assert one_edit(a, b) is near and one_edit(b, a) is near


@pytest.mark.parametrize(("typed", "meant"), [("swolen", "swollen"), ("brething", "breathing"), ("todler", "toddler"),
                                              ("suicdal", "suicidal"), ("purpel", "purple")])
def test_a_typo_is_read_as_the_rule_word_one_edit_away(typed: str, meant: str) -> None:
    assert respelled(typed) == meant


@pytest.mark.parametrize("word", ["breeding", "would", "slurring", "could", "blessing"])
def test_an_everyday_word_is_never_a_typo(word: str) -> None:
    assert respelled(word) == word


@pytest.mark.parametrize(
    "question",
    [
        "my throte is closing and i cant swalow after the peel",
        "my todler drank some of my glycolic tonner",
        "vison went blurry in one eye rite after the fillr",
        "i feel worhtless and i dont want to be hear anymore",
        "the mole by my scar is growinng and bleding",
    ],
)
def test_questions_with_typos_in_their_key_words_are_still_urgent(question: str) -> None:
    assert assess(question).level is Level.URGENT, question


@pytest.mark.parametrize(
    "question",
    ["is breeding season bad for laser?", "would a peel help my boxcar scars", "which serum is a blessing for scars"],
)
def test_everyday_words_near_an_alarm_word_stay_what_they_are(question: str) -> None:
    assert assess(question).level is not Level.URGENT, question
