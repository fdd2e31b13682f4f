"""A long message that ends with its question: answered by that question, the story read as context."""

from __future__ import annotations

import pytest

from scarfaq.answer import answer
from scarfaq.library import Library
from scarfaq.query import final_ask
from scarfaq.safety import Level
from scarfaq.settings import Settings

#: A story of everyday life around the question: as a whole, no passage holds enough of its words.
STORY = (
    "Hi, I'm 24 and I've had breakouts since I was fourteen, mostly on my cheeks and forehead. It calmed down "
    "after a course of pills last year, but now I'm left with marks and dents, especially where I used to "
    "pick. I work in a cafe and I feel like customers stare at me all day. My sister says I should just wear "
    "more makeup but it only makes things look worse. I can't take weeks off work and money is tight."
)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("what is subcision?", None),  # one sentence
        ("I have pits. I want them gone.", None),  # asks nothing
        ("I have pits. What helps?", ("I have pits.", "What helps?")),
        ("I have pits.\nhow do i get rid of them", ("I have pits.", "how do i get rid of them")),
        ("Long day! Is laser worth it", ("Long day!", "Is laser worth it")),
    ],
)
def test_the_final_ask_is_the_last_sentence_when_it_asks(message: str, expected: tuple[str, str] | None) -> None:
    assert final_ask(message) == expected


def test_a_story_refused_as_a_whole_is_answered_by_the_question_it_ends_with(library: Library) -> None:
    question = "So my question is: how do I get rid of acne pits without a long recovery?"
    assert not answer(library, STORY, settings=Settings()).answered
    assert not answer(library, f"{STORY} {question}", settings=Settings(final_ask=False)).answered
    result = answer(library, f"{STORY} {question}")
    assert result.answered
    assert any(question in notice for notice in result.notices), "says which question it answered"
    for hit in result.hits:
        document = next(d for d in library.documents if d.source == hit.passage.source)
        assert hit.passage.text == document.text[hit.passage.start : hit.passage.end]


def test_a_story_ending_with_a_question_the_documents_do_not_cover_is_still_refused(library: Library) -> None:
    assert not answer(library, f"{STORY} Anyway, what is the capital of Canada?").answered


def test_a_red_flag_in_the_middle_of_the_story_still_leads(library: Library) -> None:
    story = ("I had filler last night. Now my lips are huge and my throat feels tight and I can't swallow properly. "
             "My friend says it's normal. Anyway, how do I get rid of acne pits?")
    result = answer(library, story)
    assert result.safety.level is Level.URGENT
    assert not result.hits, "an urgent story is not answered by its routine last question"
