"""The chat with bad input: nothing sent for a blank question, nothing raw on the screen, quotes unchanged."""

from __future__ import annotations

from pathlib import Path

from scarfaq.library import open_library
from scarfaq.terminal_text import visible
from scarfaq.tui.answer_view import AnswerView
from scarfaq.tui.app import ScarfaqApp, build_app
from scarfaq.tui.cards import AnswerCard, QuoteView
from scarfaq.tui.question_box import QuestionBox
from scarfaq.tui.viewer import DocumentScreen
from scarfaq.tui.widgets import QuestionBubble
from tests.helpers import on_screen, settle

SIZE = (100, 40)
RAW_CONTROLS = set("\x00\x07\x08\x1b\x7f\x9b")
HOSTILE = "\x1b[2J \x1b]52;c;aGVsbG8=\x07 \x9b31m \x1b]0;title\x1b\\ \x00"
DOCS = {
    "gel.txt": "Silicone gel\r\n\r\nSilicone gel flattens raised scars \x1b[31mover\x1b[0m a few [bold]months[/].\r\n",
    "laser.md": "Laser\n\nFractional laser resurfacing treats acne scars; expect redness for days.\n",
}


def make_corpus(folder: Path, files: dict[str, str] = DOCS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_bytes(text.encode("utf-8"))
    return folder


async def submit(pilot, question: str) -> None:
    """Put a question in the box as a paste would, and press enter."""
    box = pilot.app.screen.query_one(QuestionBox)
    box.focus()
    box.load_text(question)
    await pilot.press("enter")
    await settle(pilot)


def assert_nothing_raw(app: ScarfaqApp) -> None:
    screen = on_screen(app)
    assert not RAW_CONTROLS & set(screen), sorted(RAW_CONTROLS & set(screen))


async def test_a_blank_question_is_not_sent(tmp_path: Path) -> None:
    app = build_app(library=open_library(make_corpus(tmp_path / "docs")))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for blank in ("", "   ", "\t", "\u3000"):
            await submit(pilot, blank)
        assert not app.screen.query(QuestionBubble) and not app.screen.query(AnswerView)


async def test_control_sequences_and_markup_in_a_question_show_literally(tmp_path: Path) -> None:
    app = build_app(library=open_library(make_corpus(tmp_path / "docs")))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        question = f"[bold]silicone[/] [link=https://x]gel[/link] {HOSTILE}"
        await submit(pilot, question)
        bubble = app.screen.query_one(QuestionBubble)
        assert bubble.question == question
        shown = bubble.shown
        assert shown.startswith("[bold]silicone[/] [link=https://x]gel[/link] \u241b[2J")
        assert not RAW_CONTROLS & set(shown)
        assert_nothing_raw(app)


async def test_a_100000_character_question_is_answered_with_a_notice(tmp_path: Path) -> None:
    app = build_app(library=open_library(make_corpus(tmp_path / "docs")))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await submit(pilot, ("silicone gel scars " * 6000)[:100_000])
        view = app.screen.query(AnswerView).last()
        notices = [note.render().plain for note in view.query(".notice")]
        assert any("shortened to its first 2,000 characters" in n for n in notices)
        assert app.screen.query(AnswerCard)


async def test_quotes_with_escape_codes_show_verbatim_but_visible(tmp_path: Path) -> None:
    app = build_app(library=open_library(make_corpus(tmp_path / "docs")))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await submit(pilot, "silicone gel flattens raised scars")
        card = app.screen.query(AnswerCard).first()
        assert card.hit.passage.source == "gel.txt"
        assert card.hit.passage.text == DOCS["gel.txt"][: card.hit.passage.end].strip()
        quote = card.query_one(QuoteView).content.plain
        assert "\u241b[31mover\u241b[0m" in quote and "[bold]months[/]" in quote
        assert_nothing_raw(app)
        card.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DocumentScreen)
        assert_nothing_raw(app)


async def test_the_viewer_shows_what_was_indexed_even_if_the_file_changed(tmp_path: Path) -> None:
    folder = make_corpus(tmp_path / "docs")
    app = build_app(library=open_library(folder))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await submit(pilot, "fractional laser redness")
        (folder / "laser.md").write_text("Rewritten\n\nSomething else entirely, much longer than before.\n" * 3)
        (folder / "gel.txt").unlink()
        card = app.screen.query(AnswerCard).first()
        card.focus()
        await pilot.press("enter")
        await settle(pilot)
        viewer = app.screen
        assert isinstance(viewer, DocumentScreen)
        passage = viewer.passage
        assert viewer.document.text[passage.start : passage.end] == passage.text
        assert viewer.query_one("#passage").render().plain == passage.text
        assert "Rewritten" not in on_screen(app)


ODD_NAME = "\x1b]0;x\x07\x1b[2Jgel.txt"


async def test_escape_codes_in_a_file_name_are_not_written_raw_in_the_chat(tmp_path: Path) -> None:
    folder = make_corpus(tmp_path / "docs", {ODD_NAME: DOCS["gel.txt"], "laser.md": DOCS["laser.md"]})
    app = build_app(library=open_library(folder))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await submit(pilot, "silicone gel flattens raised scars")
        assert app.screen.query(AnswerCard).first().hit.passage.source == ODD_NAME
        assert_nothing_raw(app)


async def test_escape_codes_in_a_file_name_are_not_written_raw_in_the_viewer(tmp_path: Path) -> None:
    folder = make_corpus(tmp_path / "docs", {ODD_NAME: DOCS["gel.txt"], "laser.md": DOCS["laser.md"]})
    app = build_app(library=open_library(folder))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await submit(pilot, "silicone gel flattens raised scars")
        app.screen.query(AnswerCard).first().focus()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DocumentScreen)
        assert_nothing_raw(app)


async def test_broken_files_are_warned_about_and_the_rest_answers(tmp_path: Path) -> None:
    folder = make_corpus(tmp_path / "docs")
    (folder / "bin.txt").write_bytes(b"\x00\x01")
    (folder / "ru.txt").write_bytes("Шрамы\n\nЛазерная шлифовка шрамов.\n".encode("cp1251"))
    app = build_app(folder)
    seen: list[str] = []
    notify = app.notify

    def recording(message: str, **kwargs: object) -> None:
        seen.append(message)
        notify(message, **kwargs)  # type: ignore[arg-type]

    app.notify = recording  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "skipped bin.txt: binary file" in seen and "ru.txt is not UTF-8: read as cp1251" in seen
        await submit(pilot, "лазерная шлифовка")
        assert app.screen.query(AnswerCard).first().hit.passage.source == "ru.txt"


async def test_a_folder_with_nothing_to_answer_from_shows_an_error(tmp_path: Path) -> None:
    folder = make_corpus(tmp_path / "docs", {"a.txt": "...\n\n!!!\n"})
    app = build_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.load_error and "no words to answer from" in app.screen.load_error
        await submit(pilot, "silicone gel")
        view = app.screen.query(AnswerView).last()
        assert view.has_class("-failed") and not view.query(AnswerCard)
        assert_nothing_raw(app)


async def test_crlf_documents_show_no_carriage_return_symbols(tmp_path: Path) -> None:
    app = build_app(library=open_library(make_corpus(tmp_path / "docs")))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await submit(pilot, "silicone gel flattens raised scars")
        card = app.screen.query(AnswerCard).first()
        assert "\r\n" in card.hit.passage.text
        assert "\u240d" not in card.query_one(QuoteView).content.plain


async def test_the_viewer_shows_a_crlf_document_without_carriage_return_symbols(tmp_path: Path) -> None:
    app = build_app(library=open_library(make_corpus(tmp_path / "docs")))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await submit(pilot, "silicone gel flattens raised scars")
        app.screen.query(AnswerCard).first().focus()
        await pilot.press("enter")
        await settle(pilot)
        viewer = app.screen
        assert isinstance(viewer, DocumentScreen)
        shown = [static.render().plain for static in viewer.query("#document Static")]
        assert shown and not any("\u240d" in text for text in shown)
        assert "\n".join(shown) == visible(DOCS["gel.txt"].replace("\r\n", "\n").strip("\n"))


async def test_the_chat_follows_links_out_of_the_folder_only_when_asked(tmp_path: Path) -> None:
    folder = make_corpus(tmp_path / "docs")
    outside = make_corpus(tmp_path / "elsewhere", {"peel.txt": "Peels\n\nA glycolic peel evens out shallow marks.\n"})
    (folder / "peel.txt").symlink_to(outside / "peel.txt")
    for follow_links in (False, True):
        app = build_app(folder, follow_links=follow_links)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            sources = [d.source for d in app.screen.library.documents]
            assert ("peel.txt" in sources) is follow_links
