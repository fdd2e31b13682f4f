"""How the chat looks, at 80×24 and 120×40 (the help also at 100×30), against the fixture corpus (no
timing-dependent content).

After `--snapshot-update`, open the report or the SVGs under __snapshots__ and look at them: a snapshot
records what is drawn, not whether it is right.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from textual.pilot import Pilot

from scarfaq.library import Library
from scarfaq.tui.app import build_app
from scarfaq.tui.question_box import QuestionBox
from tests.helpers import ask, settle

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]
#: The help also at 100×30, a common terminal, where it must fit whole.
HELP_SIZES = [*SIZES, pytest.param((100, 30), id="100x30")]
URGENT_QUESTION = "after a laser session my face is swollen and I have a fever"
URGENT_WITHOUT_MATCH = "I have trouble breathing after the injection"
STORY = "\n".join(f"Line {n}: my acne left pits on both cheeks and I want them gone." for n in range(1, 13))

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
def test_question_after_an_urgent_one(snap_compare, fixture_library: Library, size: tuple[int, int]) -> None:
    """The carried-over urgent note is compact (urgent-looking, one line expands it): the new quotes show."""
    app = build_app(library=fixture_library)
    assert snap_compare(app, terminal_size=size, run_before=scenario(URGENT_QUESTION, "acne pits"))


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


@pytest.mark.parametrize("size", HELP_SIZES)
def test_help_screen(snap_compare, fixture_library: Library, size: tuple[int, int]) -> None:
    app = build_app(library=fixture_library)
    assert snap_compare(app, terminal_size=size, run_before=scenario("What is Contractubex?", ("f1",)))


@pytest.mark.parametrize("size", SIZES)
def test_urgent_without_a_match(snap_compare, fixture_library: Library, size: tuple[int, int]) -> None:
    app = build_app(library=fixture_library)
    assert snap_compare(app, terminal_size=size, run_before=scenario(URGENT_WITHOUT_MATCH))


@pytest.mark.parametrize("size", SIZES)
def test_medical_note_with_red_flags(
    snap_compare, fixture_library: Library, red_flag_notes: None, size: tuple[int, int]
) -> None:
    app = build_app(library=fixture_library)
    steps = scenario("Silicone gel on fresh scars", ("pagedown", "pagedown"))
    assert snap_compare(app, terminal_size=size, run_before=steps)


@pytest.mark.parametrize("size", SIZES)
def test_medical_note_with_red_flags_expanded(
    snap_compare, fixture_library: Library, red_flag_notes: None, size: tuple[int, int]
) -> None:
    app = build_app(library=fixture_library)
    steps = scenario("Silicone gel on fresh scars", ("ctrl+g",), ("pagedown", "pagedown"))
    assert snap_compare(app, terminal_size=size, run_before=steps)


@pytest.mark.parametrize("size", SIZES)
def test_pasted_story_is_shortened(snap_compare, fixture_library: Library, size: tuple[int, int]) -> None:
    app = build_app(library=fixture_library)
    assert snap_compare(app, terminal_size=size, run_before=scenario(STORY))


@pytest.mark.parametrize("size", SIZES)
def test_viewer_search(snap_compare, fixture_library: Library, size: tuple[int, int]) -> None:
    app = build_app(library=fixture_library)
    steps = scenario("What is Contractubex?", ("tab", "enter"), ("slash", *"gel", "enter"))
    assert snap_compare(app, terminal_size=size, run_before=steps)
