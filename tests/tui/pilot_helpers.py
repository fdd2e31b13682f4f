"""Pilot helpers shared by the TUI tests (import as `tests.tui.pilot_helpers`)."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

#: A tiny corpus about scar treatments, with a heading, bullets, [brackets], *asterisks* and curly quotes.
FIXTURE_CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"


async def settle(pilot: Pilot[object]) -> None:
    """Let the loading and answering workers finish and their results reach the screen."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def ask(pilot: Pilot[object], question: str) -> None:
    """Put a question in the box (typing key by key is tested once, it is slow), press enter, wait."""
    from scarfaq.tui.widgets import QuestionBox

    box = pilot.app.screen.query_one(QuestionBox)
    box.focus()
    box.insert_text_at_cursor(question)
    await pilot.press("enter")
    await settle(pilot)
