"""A resize keeps the reader's place: the latest turn stays in view; the footer keeps quit at any width."""

from __future__ import annotations

from textual.widgets import Footer

from scarfaq.library import Library
from scarfaq.tui.app import ScarfaqApp, build_app
from scarfaq.tui.answer_view import AnswerView
from scarfaq.tui.conversation import Conversation
from scarfaq.tui.widgets import QuestionBubble
from tests.helpers import ask, settle

QUESTIONS = ("What is Contractubex?", "acne pits", "how do I use a gel?", "laser resurfacing sessions")


def in_view(app: ScarfaqApp, widget) -> bool:  # type: ignore[no-untyped-def]
    """The widget's first line is inside the conversation's visible area."""
    conversation = app.screen.query_one(Conversation)
    top, bottom = conversation.region.y, conversation.region.bottom
    return top <= widget.region.y < bottom


async def test_a_resize_from_120x40_to_80x24_keeps_the_latest_turn_in_view(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for question in QUESTIONS:
            await ask(pilot, question)
        latest = app.screen.query(QuestionBubble).last()
        assert in_view(app, latest)
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert in_view(app, latest), "the latest question is still on screen"
        assert latest.region.y == app.screen.query_one(Conversation).region.y, "at the top"
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        assert in_view(app, latest)


async def test_a_resize_keeps_the_line_an_earlier_answer_was_read_at(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for question in QUESTIONS:
            await ask(pilot, question)
        conversation = app.screen.query_one(Conversation)
        second = app.screen.query(AnswerView)[1]
        conversation.scroll_to(y=second.virtual_region.y, animate=False, immediate=True)
        await pilot.pause()
        assert not in_view(app, app.screen.query(QuestionBubble).last()), "reading an earlier answer"
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert abs(second.region.y - conversation.region.y) <= 1, "the same answer still starts the view"


async def test_quit_stays_in_the_footer_at_40_columns(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=(40, 24)) as pilot:
        await settle(pilot)
        await ask(pilot, "What is Contractubex?")
        footer = app.screen.query_one(Footer)
        quit_key = footer.query_one(".-quit")
        assert quit_key.region.right <= 40 and quit_key.region.width > 0
        palette = footer.query_one(".-command-palette")
        assert palette.region.right <= quit_key.region.x, "side by side, not drawn over each other"
        for key in (quit_key, palette):
            region = key.region
            assert all(app.screen.get_widget_at(x, region.y)[0] is key for x in range(region.x, region.right)), key
