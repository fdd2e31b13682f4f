"""The footer: the keys that matter are on screen at 80 and 100 columns, each drawn whole."""

from __future__ import annotations

import pytest
from textual.app import App
from textual.widgets import Footer

from scarfaq.library import Library
from scarfaq.tui.app import build_app
from scarfaq.tui.cards import AnswerCard
from tests.helpers import ask, settle

WIDTHS = [pytest.param(80, id="80"), pytest.param(100, id="100")]
#: A medical answer with quotes and red flags: the fullest footer the box and a quote have.
MEDICAL = "Silicone gel on fresh scars"


def drawn_keys(app: App[None]) -> list[str]:
    """The footer keys a person can read, as "key description", each checked to be drawn whole: every
    column of it shows that key (not cut at the edge, not under another key)."""
    footer = app.screen.query_one(Footer)
    shown = []
    for key in footer.query("FooterKey"):
        region = key.region
        if not key.display or not region.width:
            continue
        assert region.right <= footer.region.right, f"{key.description} runs off the screen"
        assert all(app.screen.get_widget_at(x, region.y)[0] is key for x in range(region.x, region.right)), key
        shown.append(f"{getattr(key, 'key_display', '')} {getattr(key, 'description', '')}".strip())
    return shown


@pytest.mark.parametrize("width", WIDTHS)
async def test_the_keys_that_matter_are_in_the_box_footer(
    fixture_library: Library, red_flag_notes: None, width: int
) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        await ask(pilot, MEDICAL)
        await pilot.pause()
        shown = drawn_keys(app)
        for wanted in ("tab Quotes", "^g Red flags", "^n New topic", "^r More", "f1 Help", "^q Quit"):
            assert wanted in shown, (wanted, shown)


@pytest.mark.parametrize("width", WIDTHS)
async def test_the_keys_that_matter_are_in_a_quotes_footer(
    fixture_library: Library, red_flag_notes: None, width: int
) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        await ask(pilot, MEDICAL)
        await pilot.press("tab")
        await pilot.pause()
        assert isinstance(app.focused, AnswerCard)
        shown = drawn_keys(app)
        for wanted in ("⏎ Open", "^c Copy", "^a Copy all", "esc Back", "^g Red flags", "f1 Help", "^q Quit"):
            assert wanted in shown, (wanted, shown)
        if width >= 100:
            assert {"^n New topic", "^r More"} <= set(shown), shown


async def test_a_key_that_does_not_fit_is_left_out_whole(fixture_library: Library, red_flag_notes: None) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=(50, 24)) as pilot:
        await settle(pilot)
        await ask(pilot, MEDICAL)
        await pilot.press("tab")
        await pilot.pause()
        shown = drawn_keys(app)  # each one whole
        assert "⏎ Open" in shown and "f1 Help" in shown and "^q Quit" in shown
        assert "^r More" not in shown, "the last keys make room"
        await pilot.resize_terminal(100, 24)
        await pilot.pause()
        await pilot.pause()
        assert "^r More" in drawn_keys(app), "and come back when there is room"
