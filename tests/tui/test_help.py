"""Help on every screen, generated from the bindings; a palette without meaningless or repeated entries."""

from __future__ import annotations

import pytest
from textual.binding import Binding
from textual.widgets import Footer, Static

from scarfaq.library import Library
from scarfaq.tui.app import ScarfaqApp, build_app
from scarfaq.tui.cards import AnswerCard
from scarfaq.tui.chat import ChatScreen
from scarfaq.tui.help import HelpScreen, key_text, sections
from scarfaq.tui.question_box import QuestionBox
from scarfaq.tui.viewer import DocumentScreen
from tests.helpers import ask, settle

SIZE = (100, 40)


def test_every_binding_is_in_the_help_with_what_it_does() -> None:
    """Each key is on a row that says what it does: its own words, or its group's (↑ / ↓ share a row)."""
    shown = [(key, what) for _, rows in sections() for key, what in rows]
    classes = (QuestionBox, AnswerCard, ChatScreen, ScarfaqApp, DocumentScreen)
    bindings = [b for cls in classes for b in cls.BINDINGS if isinstance(b, Binding)]
    assert len(bindings) > 20
    for binding in bindings:
        meaning = binding.group.description if binding.group else binding.tooltip or binding.description
        assert any(key_text(binding.key) in key and meaning in what for key, what in shown), binding


def test_the_help_names_keys_the_way_people_read_them() -> None:
    assert key_text("ctrl+j,shift+enter") == "ctrl+j / shift+enter"
    assert key_text("question_mark") == "?" and key_text("slash") == "/" and key_text("up") == "↑"


async def test_help_opens_from_the_chat_and_closes_with_escape(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = [" ".join(s.content.plain for s in row.query(Static)) for row in app.screen.query(".help-row")]
        assert "ctrl+r More quotes for the latest question" in rows and "esc Back to the question box" in rows
        footer = app.screen.query_one(Footer)
        assert [key.description for key in footer.query("FooterKey")] == ["Close help"], "its own footer"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ChatScreen)


async def test_question_mark_opens_the_help_on_every_screen_but_the_box(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What is Contractubex?")
        await pilot.press("tab", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen), "on a quote"
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, ChatScreen), "? closes it again"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DocumentScreen)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen), "in the viewer"


async def test_the_palette_has_our_actions_and_no_meaningless_or_repeated_entries(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What is Contractubex?")
        await pilot.press("tab")
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert len(titles) == len(set(titles))
        ours = {"Help", "New topic", "More results", "Copy answer", "Forget question history"}
        assert ours | {"Theme", "Quit"} <= set(titles)
        assert not {"Keys", "Maximize", "Minimize"} & set(titles)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"help", "enter")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)


@pytest.mark.parametrize("size", [(100, 30), (80, 24)], ids=["100x30", "80x24"])
async def test_the_whole_help_fits_without_scrolling(fixture_library: Library, size: tuple[int, int]) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await ask(pilot, "What is Contractubex?")
        await pilot.press("f1")
        await pilot.pause()
        help_box = app.screen.query_one("#help")
        assert help_box.max_scroll_y == 0, "nothing is below the fold"
        assert help_box.region.height < size[1] and help_box.region.width <= size[0]
        rows = app.screen.query(".help-row")
        assert len(rows) > 20
        assert all(help_box.region.contains_region(row.region) for row in rows), "every row is on screen"
