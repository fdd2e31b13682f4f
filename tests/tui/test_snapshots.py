"""How the chat looks, at 80×24 and 120×40, against the fixture corpus (no timing-dependent content)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from tests.tui.pilot_helpers import ask, settle
from textual.pilot import Pilot

from scarfaq.library import Library
from scarfaq.tui.app import build_app
from scarfaq.tui.widgets import QuestionBox

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]
URGENT_QUESTION = "after a laser session my face is swollen and I have a fever"

Scenario = Callable[[Pilot[None]], Awaitable[None]]


async def _steady(pilot: Pilot[None]) -> None:
    """Loaded, answered and without a blinking cursor, so every capture is the same."""
    await settle(pilot)
    for box in pilot.app.screen.query(QuestionBox):
        box.cursor_blink = False
    await pilot.pause()


def scenario(*steps: str | tuple[str, ...]) -> Scenario:
    """Questions to ask (str) and keys to press (tuple), in order, then a steady screen."""

    async def run(pilot: Pilot[None]) -> None:
        await settle(pilot)
        for step in steps:
            if isinstance(step, str):
                await ask(pilot, step)
            else:
                await pilot.press(*step)
                await settle(pilot)
        await _steady(pilot)

    return run


@pytest.mark.parametrize("size", SIZES)
def test_empty_screen(snap_compare, fixture_library: Library, size: tuple[int, int]) -> None:
    assert snap_compare(build_app(library=fixture_library), terminal_size=size, run_before=scenario())


@pytest.mark.parametrize("size", SIZES)
def test_answer_with_urgent_safety_note(snap_compare, fixture_library: Library, size: tuple[int, int]) -> None:
    app = build_app(library=fixture_library)
    assert snap_compare(app, terminal_size=size, run_before=scenario(URGENT_QUESTION))


@pytest.mark.parametrize("size", SIZES)
def test_follow_up_with_medical_note(snap_compare, fixture_library: Library, size: tuple[int, int]) -> None:
    app = build_app(library=fixture_library)
    steps = scenario("What is Contractubex?", "how much does it cost?", ("tab",))
    assert snap_compare(app, terminal_size=size, run_before=steps)


@pytest.mark.parametrize("size", SIZES)
def test_no_match(snap_compare, fixture_library: Library, size: tuple[int, int]) -> None:
    app = build_app(library=fixture_library)
    assert snap_compare(app, terminal_size=size, run_before=scenario("what is the capital of canada?"))


@pytest.mark.parametrize("size", SIZES)
def test_document_viewer(snap_compare, fixture_library: Library, size: tuple[int, int]) -> None:
    app = build_app(library=fixture_library)
    steps = scenario("What is Contractubex?", "how much does it cost?", ("tab", "enter"))
    assert snap_compare(app, terminal_size=size, run_before=steps)


@pytest.mark.parametrize("size", SIZES)
def test_help_screen(snap_compare, fixture_library: Library, size: tuple[int, int]) -> None:
    app = build_app(library=fixture_library)
    assert snap_compare(app, terminal_size=size, run_before=scenario("What is Contractubex?", ("f1",)))
