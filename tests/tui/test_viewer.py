"""The document viewer: opened already at the passage with context above it, a pager's keys, search and $EDITOR."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from textual.containers import VerticalScroll

from scarfaq.tui import viewer
from scarfaq.tui.app import ScarfaqApp, build_app
from scarfaq.tui.editor import editor_command
from scarfaq.tui.viewer import CONTEXT_LINES, DocumentScreen, blocks
from tests.helpers import ask, record_notifications, settle

FILLER = "".join(f"Filler paragraph {i} about nothing much.\n\n" for i in range(80))
LONG = "Scar notes\n\n" + FILLER + "Contractubex is a gel for old scars.\n\n" + FILLER.replace("Filler", "More")


@pytest.fixture
def long_corpus(tmp_path: Path) -> Path:
    (tmp_path / "long.txt").write_text(LONG, encoding="utf-8")
    return tmp_path


def document(app: ScarfaqApp) -> VerticalScroll:
    return app.screen.query_one("#document", VerticalScroll)


def passage_line(app: ScarfaqApp) -> int:
    """The passage's first line, counted from the top of the document view."""
    return app.screen.query_one("#passage").region.y - document(app).region.y


async def open_viewer(pilot, question: str = "contractubex gel") -> DocumentScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await ask(pilot, question)
    await pilot.press("tab", "enter")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, DocumentScreen)
    return screen


async def test_it_opens_at_the_passage_with_context_above_and_never_shows_the_top_first(long_corpus: Path) -> None:
    app = build_app(long_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await ask(pilot, "contractubex gel")
        await pilot.press("tab", "enter")
        seen: list[tuple[bool, float]] = []
        for _ in range(6):  # every frame from the push on: hidden, or already in place
            await pilot.pause()
            if isinstance(app.screen, DocumentScreen):
                view = document(app)
                seen.append((view.has_class("-placing"), view.scroll_y))
        assert seen and not seen[-1][0]
        assert all(placing or scroll_y > 50 for placing, scroll_y in seen), seen
        assert passage_line(app) == CONTEXT_LINES


async def test_j_k_g_and_capital_g_move_like_a_pager(long_corpus: Path) -> None:
    app = build_app(long_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_viewer(pilot)
        start = document(app).scroll_y
        await pilot.press("j", "j")
        assert document(app).scroll_y == start + 2
        await pilot.press("k")
        assert document(app).scroll_y == start + 1
        await pilot.press("g")
        assert document(app).scroll_y == 0
        await pilot.press("G")
        assert document(app).scroll_y == document(app).max_scroll_y
        await pilot.press("p")
        assert passage_line(app) == CONTEXT_LINES, "p goes back to the quote"


async def test_search_jumps_to_matches_with_n_and_capital_n(long_corpus: Path) -> None:
    app = build_app(long_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_viewer(pilot)
        await pilot.press("g", "slash")
        assert app.focused is screen.query_one("#search")
        await pilot.press(*"paragraph 7", "enter")
        await settle(pilot)
        assert len(screen.matches) == 2 + 2 * 10, "paragraph 7 and 70-79, filler and more"
        assert screen.current == 0 and "match 1 of 22" in screen.sub_title
        assert app.focused is document(app), "the search box closes"
        first = document(app).scroll_y
        await pilot.press("n")
        await settle(pilot)
        assert screen.current == 1 and document(app).scroll_y > first
        await pilot.press("N", "N")
        await settle(pilot)
        assert screen.current == 21, "N wraps round to the last match"
        last = screen.matches[21]
        assert screen.parts[last.part].text[last.start : last.end].lower() == "paragraph 7"


async def test_a_search_match_is_shown_with_context_above_it(long_corpus: Path) -> None:
    app = build_app(long_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_viewer(pilot)
        await pilot.press("g", "slash", *"Filler paragraph 40 ", "enter")
        await settle(pilot)
        match = screen.matches[screen.current]
        part = screen.parts[match.part]
        line = part.text[: match.start].count("\n")  # each filler paragraph is one line
        top = part.widget.region.y + line - document(app).region.y
        assert top == CONTEXT_LINES


async def test_a_search_that_finds_nothing_says_so(long_corpus: Path) -> None:
    app = build_app(long_corpus)
    notified = record_notifications(app)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_viewer(pilot)
        await pilot.press("slash", *"zebra", "enter")
        await settle(pilot)
        assert not screen.matches and any(message == "Not found: zebra" for message, _ in notified)


async def test_escape_closes_the_search_then_the_viewer(long_corpus: Path) -> None:
    app = build_app(long_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_viewer(pilot)
        await pilot.press("slash", "escape")
        assert app.screen is screen and not screen.query_one("#search").display
        await pilot.press("escape")
        assert not isinstance(app.screen, DocumentScreen)


async def test_e_opens_the_file_in_the_editor_at_the_quote(
    long_corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran: list[list[str]] = []
    monkeypatch.setenv("EDITOR", "vim -n")
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setattr(viewer.subprocess, "run", lambda command, check: ran.append(command))
    app = build_app(long_corpus)
    monkeypatch.setattr(app, "suspend", contextlib.nullcontext)  # a headless test has no terminal to hand over
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_viewer(pilot)
        await pilot.press("e")
        assert ran == [["vim", "-n", f"+{screen.passage.start_line}", str(long_corpus / "long.txt")]]
        assert isinstance(app.screen, DocumentScreen), "back in the viewer afterwards"


async def test_e_without_an_editor_says_how_to_set_one(long_corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    app = build_app(long_corpus)
    notified = record_notifications(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_viewer(pilot)
        await pilot.press("e")
        assert any("$EDITOR" in message for message, _ in notified)


def test_editor_commands_put_the_line_where_each_editor_wants_it() -> None:
    path = Path("/docs/a b.txt")
    assert editor_command(path, 12, {"EDITOR": "nano"}) == ["nano", "+12", "/docs/a b.txt"]
    assert editor_command(path, 12, {"VISUAL": "code --wait", "EDITOR": "vi"}) == [
        "code", "--wait", "--goto", "/docs/a b.txt:12"]
    assert editor_command(path, 3, {"EDITOR": "/usr/bin/hx"}) == ["/usr/bin/hx", "/docs/a b.txt:3"]
    assert editor_command(path, 3, {"EDITOR": "  "}) is None and editor_command(path, 3, {}) is None


@pytest.mark.parametrize("text", [LONG, "a\n\nb", "one line", "\n\nlead\n\n\n\ntail\n", "x" * 5000])
def test_a_long_document_is_cut_into_blocks_that_join_back_to_it(text: str) -> None:
    parts = blocks(text, size=100)
    assert "\n".join(parts) == text
    assert len(blocks(LONG, size=100)) > 10 and all(len(p) < 200 for p in blocks(LONG, size=100))
