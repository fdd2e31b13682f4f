"""Helpers shared by every test layer (core, CLI, TUI): paths, a corpus writer, and Pilot helpers.

Import as `tests.helpers`; `tests.conftest` re-exports the corpus helpers for older imports.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App
    from textual.pilot import Pilot

ROOT = Path(__file__).resolve().parent.parent
#: The shipped corpus.
CORPUS = ROOT / "corpus"
#: A tiny corpus about scar treatments, with a heading, bullets, [brackets], *asterisks* and curly quotes.
FIXTURE_CORPUS = ROOT / "tests" / "tui" / "fixtures" / "corpus"


def write_corpus(folder: Path, files: dict[str, str | bytes]) -> Path:
    """Create a corpus folder from {relative path: text or bytes}; text is written without newline translation."""
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content.encode("utf-8") if isinstance(content, str) else content
        path.write_bytes(data)
    return folder


async def settle(pilot: Pilot[object]) -> None:
    """Let the loading and answering workers finish and their results reach the screen."""
    for _ in range(2):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def ask(pilot: Pilot[object], question: str) -> None:
    """Put a question in the box as a paste would (typing key by key is tested on its own, it is slow),
    press enter, and wait for the answer."""
    from scarfaq.tui.question_box import QuestionBox

    box = pilot.app.screen.query_one(QuestionBox)
    box.focus()
    box.insert(question)
    await pilot.press("enter")
    await settle(pilot)


def record_notifications(app: App[object]) -> list[tuple[str, str]]:
    """Keep (message, severity) of every notify, and still show it."""
    seen: list[tuple[str, str]] = []
    notify = app.notify

    def recording(message: str, **kwargs: object) -> None:
        seen.append((message, str(kwargs.get("severity", "information"))))
        notify(message, **kwargs)  # type: ignore[arg-type]

    app.notify = recording  # type: ignore[method-assign]
    return seen


def on_screen(app: App[object]) -> str:
    """Everything the terminal would be told to draw, as text (an SVG of the screen)."""
    return app.export_screenshot()

