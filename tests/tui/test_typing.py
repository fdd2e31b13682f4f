"""Typing always reaches the question box, pastes are asked whole, long questions are shown shortened."""

from __future__ import annotations

from textual import events

from scarfaq.library import Library
from scarfaq.tui.app import ScarfaqApp, build_app
from scarfaq.tui.cards import AnswerCard
from scarfaq.tui.help import HelpScreen
from scarfaq.tui.question_box import QuestionBox
from scarfaq.tui.viewer import DocumentScreen
from scarfaq.tui.widgets import ExampleQuestions, QuestionBubble
from tests.helpers import ask, record_notifications, settle

SIZE = (100, 40)
STORY = "I had acne for years.\nNow I have pits on my cheeks.\nDoes laser resurfacing help with acne pits?"


def box(app: ScarfaqApp) -> QuestionBox:
    return app.screen.query_one(QuestionBox)


async def type_after(app: ScarfaqApp, pilot, keys: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Type keys one by one with the clipboard set to a marker; the notifications shown meanwhile."""
    app.copy_to_clipboard("untouched")
    notified = record_notifications(app)
    await pilot.press(*keys)
    await pilot.pause()
    return notified


def assert_typed_in_the_box(app: ScarfaqApp, text: str, notified: list[tuple[str, str]]) -> None:
    assert isinstance(app.focused, QuestionBox)
    assert box(app).text == text
    assert app.clipboard == "untouched", "no key copied a quote"
    assert not [message for message, _ in notified if message.startswith("Copied")]


async def test_typing_on_a_quote_after_tab_lands_in_the_box(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What is Contractubex?")
        await pilot.press("tab")
        assert isinstance(app.focused, AnswerCard)
        notified = await type_after(app, pilot, "cost, please")
        assert_typed_in_the_box(app, "cost, please", notified)


async def test_typing_after_more_results_lands_in_the_box(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "acne scars")
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert isinstance(app.focused, AnswerCard), "more results shows the first new quote"
        notified = await type_after(app, pilot, "can I copy this?")
        assert_typed_in_the_box(app, "can I copy this?", notified)


async def test_typing_after_coming_back_from_the_viewer_lands_in_the_box(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What is Contractubex?")
        await pilot.press("tab", "enter")
        await settle(pilot)
        assert isinstance(app.screen, DocumentScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.focused, AnswerCard), "back where it was"
        notified = await type_after(app, pilot, "cream")
        assert_typed_in_the_box(app, "cream", notified)


async def test_typing_on_the_examples_lands_in_the_box(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        assert isinstance(app.focused, ExampleQuestions)
        notified = await type_after(app, pilot, "gel")
        assert_typed_in_the_box(app, "gel", notified)


async def test_a_question_mark_on_a_quote_opens_the_help(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What is Contractubex?")
        await pilot.press("tab", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert box(app).text == "", "the ? was not typed"


async def test_a_question_mark_in_the_box_is_typed(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*"cost?")
        assert box(app).text == "cost?"
        assert not isinstance(app.screen, HelpScreen)


async def test_a_pasted_story_of_three_lines_is_asked_whole(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.post_message(events.Paste(STORY))  # what a terminal sends for a bracketed paste
        await pilot.pause()
        assert box(app).text == STORY, "every line is in the box, none was sent on its own"
        assert not app.screen.query(QuestionBubble)
        await pilot.press("enter")
        await settle(pilot)
        (bubble,) = app.screen.query(QuestionBubble)
        assert bubble.question == STORY
        assert app.screen.query(AnswerCard), "the whole story was searched"
        assert box(app).text == ""


async def test_ctrl_j_starts_a_new_line_and_enter_asks(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*"gel", "ctrl+j", *"price", "enter")
        await settle(pilot)
        assert app.screen.query_one(QuestionBubble).question == "gel\nprice"


async def test_up_and_down_browse_earlier_questions_from_the_first_and_last_line(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What is Contractubex?")
        await ask(pilot, "acne pits")
        await pilot.press(*"draft", "ctrl+j", *"second line")
        await pilot.press("up")
        assert box(app).text == "draft\nsecond line", "up on the second line moves the cursor, not the history"
        await pilot.press("up")
        assert box(app).text == "acne pits"
        await pilot.press("up")
        assert box(app).text == "What is Contractubex?"
        assert box(app).cursor_location == (0, len("What is Contractubex?"))
        await pilot.press("down", "down")
        assert box(app).text == "draft\nsecond line", "the draft comes back"


async def test_a_long_question_is_shown_shortened_until_clicked(fixture_library: Library) -> None:
    story = "\n".join(f"Line {n} of my long story about scars and gels." for n in range(1, 41))
    app = build_app(library=fixture_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await ask(pilot, story)
        bubble = app.screen.query_one(QuestionBubble)
        shown = bubble.shown
        assert shown.endswith("…") and "Line 3 of" in shown and "Line 4 of" not in shown
        assert bubble.region.height <= 4, "the answer is not pushed off the screen"
        assert bubble.question == story
        await pilot.click(QuestionBubble)
        await pilot.pause()
        assert "Line 40 of" in bubble.shown
