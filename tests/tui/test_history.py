"""The question box's history: up/down like a shell, with the draft kept."""

from __future__ import annotations

from scarfaq.tui.history import InputHistory


def test_up_walks_back_and_down_returns_to_the_draft() -> None:
    history = InputHistory(["first", "second"])
    assert history.previous("half typed") == "second"
    assert history.previous("second") == "first"
    assert history.previous("first") is None
    assert history.next() == "second"
    assert history.next() == "half typed"
    assert history.next() is None


def test_repeated_questions_are_kept_once_and_adding_resets_browsing() -> None:
    history = InputHistory()
    assert history.previous("") is None
    history.add("a")
    history.add("a")
    history.add("b")
    assert history.entries == ("a", "b")
    assert history.previous("") == "b"
    history.add("c")
    assert history.previous("") == "c"


def test_history_is_bounded() -> None:
    history = InputHistory(limit=3)
    for question in "abcde":
        history.add(question)
    assert history.entries == ("c", "d", "e")
