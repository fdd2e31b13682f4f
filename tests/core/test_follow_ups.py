"""Follow-ups: the earlier topic is carried only when a question really continues it."""

from __future__ import annotations

import pytest

from scarfaq.answer import answer
from scarfaq.library import Library
from scarfaq.query import read_question
from scarfaq.safety import Level


@pytest.mark.parametrize(
    ("earlier", "question"),
    [
        ("what is microdermabrasion?", "how many sessions are needed?"),  # short, no subject of its own
        ("how do I get rid of acne pits", "and at home?"),  # an ellipsis
        ("What is Contractubex?", "how much does it cost?"),  # refers back
        ("tell me about laser resurfacing", "what about the price?"),
    ],
)
def test_a_question_that_continues_carries_the_earlier_topic(library: Library, earlier: str, question: str) -> None:
    query = read_question(library, question, [earlier])
    assert any(c.carried for c in query.concepts)


@pytest.mark.parametrize(
    ("earlier", "question"),
    [
        ("how much does it cost?", "is laser resurfacing better?"),  # a subject of its own
        ("tell me about laser resurfacing", "what is dermabrasion?"),
        ("tell me about laser resurfacing", "thanks, that helps!"),  # thanks
        ("tell me about laser resurfacing", "hi"),
    ],
)
def test_a_question_with_its_own_subject_or_thanks_carries_nothing(library: Library, earlier: str, question: str) -> None:
    assert not any(c.carried for c in read_question(library, question, [earlier]).concepts)


@pytest.mark.parametrize(
    ("earlier", "question"),
    [
        ("what is contractubex", "ok and what about my taxes"),
        ("how does laser resurfacing work", "and what about my mortgage?"),
    ],
)
def test_a_continuation_about_something_the_documents_never_name_is_refused(
        library: Library, earlier: str, question: str) -> None:
    result = answer(library, question, [earlier])
    assert not any(c.carried for c in result.query.concepts)
    assert not result.answered


def test_thanks_is_not_answered_with_a_quote(library: Library) -> None:
    result = answer(library, "thanks, that helps!", ["how does laser resurfacing work?"])
    assert not result.answered and result.hits == ()


def test_everyday_words_are_never_carried_as_the_topic(library: Library) -> None:
    query = read_question(library, "and how long does that take?", ["how do I get rid of these scars cheaply"])
    carried = {c.word for c in query.concepts if c.carried}
    assert carried == {"scars"}


def test_a_huge_history_is_read_only_at_its_end(library: Library) -> None:
    history = ["blah " * 5000] * 20_000 + ["What is Contractubex?"]
    result = answer(library, "how much does it cost?", history)
    assert result.answered and "contractubex" in result.query.carried_over


@pytest.mark.parametrize("question", ["thanks", "hi", "Thank you so much!", "hello", "ok, cool"])
def test_thanks_and_greetings_get_the_fixed_invitation_and_no_topics(library: Library, question: str) -> None:
    result = answer(library, question)
    assert result.query.social and not result.answered and result.hits == ()
    assert result.reply == f"Ask me anything about {library.profile.name}."


@pytest.mark.parametrize("question", ["hi, what is contractubex?", "thanks, and how much does it cost?", "acne pits"])
def test_a_question_with_thanks_in_it_is_still_a_question(library: Library, question: str) -> None:
    result = answer(library, question, ["What is Contractubex?"])
    assert not result.query.social and result.reply == ""


def test_thanks_after_an_urgent_question_keeps_the_urgent_note(library: Library) -> None:
    result = answer(library, "thanks", ["skin went grey after filler injection is that normal"])
    assert result.reply and result.safety.level.value == "urgent" and result.safety.carried


@pytest.mark.parametrize("question", ["thanks", "what is the capital of France?"])
def test_no_medical_note_for_thanks_or_a_refused_question_about_something_else(library: Library, question: str) -> None:
    """The red-flag list after "thanks", or after a question the documents do not cover, is noise; a real
    follow-up of a medical question keeps the note, and an urgent note always carries to the next turn."""
    earlier = ["How do I get rid of acne pits?"]
    assert answer(library, question, earlier).safety.level is Level.NONE
    assert answer(library, "how much does it cost?", earlier).safety.level is Level.MEDICAL
    urgent = ["my lips are swelling and I can't breathe after filler"]
    assert answer(library, question, urgent).safety.level is Level.URGENT


def test_a_follow_up_is_answered_only_by_a_passage_that_holds_what_it_refers_to(library: Library) -> None:
    """"how much does it cost?" about subcision, whose price the documents never give, must not be answered
    with a laser's price; about Contractubex, whose price they give, it is answered."""
    subcision = answer(library, "how much does it cost?", ["what is subcision", "does it hurt?"])
    assert not subcision.answered
    contractubex = answer(library, "how much does it cost?", ["What is Contractubex?"])
    assert contractubex.answered and "contractubex" in contractubex.query.carried_over
