"""Keys typed before the chat takes the terminal: an Enter among them asks, as it would once the box is ready."""

from __future__ import annotations

import os
import termios

import pytest

from scarfaq.library import Library
from scarfaq.tui.app import build_app
from scarfaq.tui.question_box import QuestionBox
from scarfaq.tui.typeahead import typed_ahead, typed_text
from scarfaq.tui.widgets import QuestionBubble
from tests.helpers import settle

pty = pytest.importorskip("pty")


def test_enter_typed_in_cooked_mode_is_read_as_a_line_end_and_later_enters_stay_enter() -> None:
    main, terminal = pty.openpty()
    try:
        before = termios.tcgetattr(terminal)
        assert before[0] & termios.ICRNL, "a terminal in its ordinary mode turns Enter into a line feed"
        os.write(main, b"how much does laser cost\racne")
        with typed_ahead(terminal) as typed:
            assert typed == "how much does laser cost\nacne"
            assert not termios.tcgetattr(terminal)[0] & termios.ICRNL, "Enter typed from now on stays Enter"
        assert termios.tcgetattr(terminal) == before, "the terminal's settings come back"
    finally:
        os.close(main)
        os.close(terminal)


def test_nothing_is_typed_ahead_without_a_terminal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with open(tmp_path / "f", "w") as file, typed_ahead(file.fileno()) as typed:
        assert typed == ""


def test_escape_sequences_and_controls_typed_ahead_are_dropped() -> None:
    assert typed_text(b"acne\x1b[A pits\x07\r\nlaser\x1bOP") == "acne pits\nlaser"


async def test_a_question_typed_before_the_chat_started_is_asked_once_it_is(fixture_library: Library) -> None:
    app = build_app(library=fixture_library, typed="What is Contractubex?\nacne")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert [b.question for b in app.screen.query(QuestionBubble)] == ["What is Contractubex?"]
        assert app.screen.query_one(QuestionBox).text == "acne", "the unfinished line waits in the box"
