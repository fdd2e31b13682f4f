"""Every interaction of the chat, driven with Textual's Pilot against the fixture corpus."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual.widgets import Static

from tests.tui.pilot_helpers import FIXTURE_CORPUS, ask, settle

from scarfaq.library import Library
from scarfaq.tui import chat
from scarfaq.tui.answer_view import AnswerView, NoMatch
from scarfaq.tui.app import ScarfaqApp, build_app, run_chat
from scarfaq.tui.chat import EXAMPLE_QUESTIONS, ChatScreen
from scarfaq.tui.help import HelpScreen, keys_content
from scarfaq.tui.viewer import DocumentScreen
from scarfaq.tui.widgets import AnswerCard, ExampleQuestions, Note, QuestionBox, QuestionBubble

SIZE = (100, 40)


def record_notifications(app: ScarfaqApp) -> list[tuple[str, str]]:
    """Keep (message, severity) of every notify, and still show it."""
    seen: list[tuple[str, str]] = []
    notify = app.notify

    def recording(message: str, **kwargs: object) -> None:
        seen.append((message, str(kwargs.get("severity", "information"))))
        notify(message, **kwargs)  # type: ignore[arg-type]

    app.notify = recording  # type: ignore[method-assign]
    return seen


def cards(app: ScarfaqApp) -> list[AnswerCard]:
    return list(app.screen.query(AnswerCard))


def latest(app: ScarfaqApp) -> AnswerView:
    return app.screen.query(AnswerView).last()


def notes(view: AnswerView, kind: str) -> list[str]:
    return [note.content.plain for note in view.query(f"Note.{kind}").results(Note)]


async def test_a_question_is_answered_with_quote_cards() -> None:
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "2 documents" in app.screen.sub_title
        await ask(pilot, "What is Contractubex?")
        assert [b.question for b in app.screen.query(QuestionBubble)] == ["What is Contractubex?"]
        first = cards(app)[0]
        assert first.hit.passage.citation == "scar_creams.md:1-3"
        shown = [s.content.plain for s in first.query("Static")]
        assert shown[:2] == ["1 Scar creams and gels", "scar_creams.md:1-3"]
        assert shown[2].startswith("score ")
        assert shown[3] == first.hit.passage.text
        assert notes(latest(app), "-medical"), "a medical question ends with the medical note"
        assert not app.screen.query("#welcome"), "the examples give way to the conversation"
        assert isinstance(app.focused, QuestionBox)


async def test_a_follow_up_carries_the_topic_and_shows_it() -> None:
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What is Contractubex?")
        await ask(pilot, "how much does it cost?")
        view = latest(app)
        assert view.answer is not None and view.answer.query.carried_over == ("contractubex",)
        assert notes(view, "carried") == ["↪ Following up on: contractubex"]
        assert "15 euros" in view.query(AnswerCard).first().hit.passage.text


async def test_new_topic_forgets_earlier_questions() -> None:
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What is Contractubex?")
        await pilot.press("ctrl+n", "ctrl+n")
        await settle(pilot)
        assert len(app.screen.query("Note.new-topic")) == 1, "one divider, however often ctrl+n is pressed"
        await ask(pilot, "how much does it cost?")
        view = latest(app)
        assert view.answer is not None and view.answer.query.carried_over == ()
        assert notes(view, "carried") == []


async def test_up_and_down_browse_earlier_questions() -> None:
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What is Contractubex?")
        await ask(pilot, "acne pits")
        box = app.screen.query_one(QuestionBox)
        await pilot.press(*"draft")
        await pilot.press("up")
        assert box.value == "acne pits"
        await pilot.press("up")
        assert box.value == "What is Contractubex?"
        assert box.cursor_position == len(box.value)
        await pilot.press("down", "down")
        assert box.value == "draft"


async def test_examples_are_picked_with_the_keyboard() -> None:
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        assert isinstance(app.focused, ExampleQuestions)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert [b.question for b in app.screen.query(QuestionBubble)] == [EXAMPLE_QUESTIONS[1]]
        assert isinstance(app.focused, QuestionBox)
        assert cards(app), "the example is answerable from the fixture corpus"


async def test_open_the_passage_in_its_document_and_come_back() -> None:
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await ask(pilot, "What is Contractubex?")
        await ask(pilot, "how much does it cost?")
        await pilot.press("tab", "down")
        card = app.focused
        assert isinstance(card, AnswerCard) and card is cards(app)[-1]
        conversation = app.screen.query_one("#conversation")
        scroll_y = conversation.scroll_y
        await pilot.press("enter")
        await settle(pilot)
        viewer = app.screen
        assert isinstance(viewer, DocumentScreen)
        passage = card.hit.passage
        assert viewer.query_one("#passage").content.plain == passage.text
        shown = "".join(s.content.plain for s in viewer.query("#document Static"))
        assert shown.replace("\n", "") == viewer.document.text.replace("\n", "")
        assert viewer.query_one("#passage").region.y < 24, "the passage is in view"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ChatScreen)
        assert app.focused is card
        assert conversation.scroll_y == scroll_y


async def test_the_viewer_scrolls_to_a_passage_far_down_a_long_document(tmp_path: Path) -> None:
    text = "Scar notes\n\n" + "".join(f"Filler paragraph {i} about nothing much.\n\n" for i in range(80))
    text += "Contractubex is a gel for old scars.\n"
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    app = build_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await ask(pilot, "contractubex gel")
        await pilot.press("tab", "enter")
        await settle(pilot)
        document = app.screen.query_one("#document")
        assert document.scroll_y > 50
        assert 0 <= app.screen.query_one("#passage").region.y < 24


async def test_copy_puts_the_quote_and_its_citation_on_the_clipboard() -> None:
    app = build_app(FIXTURE_CORPUS)
    notified = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What is Contractubex?")
        await pilot.press("tab", "c")
        await pilot.pause()
        passage = cards(app)[0].hit.passage
        assert app.clipboard.startswith(passage.text)
        assert passage.citation in app.clipboard
        assert any(message.startswith("Copied") for message, _ in notified)
        await pilot.press("enter")
        await settle(pilot)
        app.copy_to_clipboard("")
        await pilot.press("c")
        assert passage.citation in app.clipboard, "the viewer copies too"


async def test_more_results_adds_quotes_for_the_latest_question() -> None:
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "acne scars")
        before = [c.hit.passage.citation for c in cards(app)]
        assert len(before) == 3
        await pilot.press("ctrl+r")
        await settle(pilot)
        after = [c.hit.passage.citation for c in cards(app)]
        assert after[:3] == before and len(after) > 3
        assert len(set(after)) == len(after), "no quote is repeated"
        assert [c.number for c in cards(app)] == list(range(1, len(after) + 1))
        assert app.focused is cards(app)[3]


async def test_more_results_shows_the_first_new_quote_from_its_start() -> None:
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await ask(pilot, "acne scars")
        await pilot.press("ctrl+r")
        await settle(pilot)
        conversation, card = app.screen.query_one("#conversation"), cards(app)[3]
        assert conversation.scroll_y < conversation.max_scroll_y, "not merely scrolled to the end"
        assert 0 <= card.region.y - conversation.region.y <= 1, "the first new quote is at the top (after its margin)"


async def test_help_lists_the_keys_and_closes_with_escape() -> None:
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.query_one("#help Static").content.plain
        for key in ("ctrl+n", "ctrl+r", "ctrl+q", "escape", "enter", "tab"):
            assert key in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ChatScreen)
        await pilot.press("tab", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen), "? opens help when not typing"


async def test_question_mark_is_typed_in_the_box_not_a_shortcut() -> None:
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*"cost?")
        assert app.screen.query_one(QuestionBox).value == "cost?"
        assert isinstance(app.screen, ChatScreen)


async def test_no_match_looks_different_and_suggests_topics() -> None:
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "what is the capital of canada?")
        view = latest(app)
        assert view.has_class("-no-match")
        assert not cards(app)
        (no_match,) = view.query(NoMatch)
        reply = "\n".join(static.content.plain for static in no_match.query(Static))
        assert reply.startswith("No good match in the documents")
        assert "The documents do cover:" in reply and "Acne pits and laser resurfacing" in reply
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert not cards(app)


async def test_an_urgent_note_comes_before_the_first_quote() -> None:
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "after a laser session my face is swollen and I have a fever")
        parts = list(latest(app).children)
        urgent = [i for i, w in enumerate(parts) if w.has_class("-urgent")]
        first_card = [i for i, w in enumerate(parts) if isinstance(w, AnswerCard)]
        assert urgent and first_card and urgent[0] < first_card[0]
        assert not latest(app).query("Note.-medical"), "urgent replaces the medical note"


async def test_an_urgent_follow_up_puts_the_safety_note_before_everything_else() -> None:
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What is Contractubex?")
        await ask(pilot, "after using it my face is swollen and I have a fever")
        view = latest(app)
        assert notes(view, "carried"), "the follow-up shows what it carried over"
        assert view.children[0].has_class("-urgent")


async def test_a_long_no_match_topic_wraps_under_its_first_word(tmp_path: Path) -> None:
    title = "External cosmetics for getting rid of scars: ointments, gels, creams and other remedies for everyone"
    (tmp_path / "a.txt").write_text(f"{title}\n\nSilicone gel flattens raised scars.\n", encoding="utf-8")
    app = build_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await ask(pilot, "what is the capital of canada?")
        topics = list(latest(app).query(".topic"))
        assert topics
        for topic in topics:
            bullet, text = topic.query(Static)
            assert bullet.content.plain == "•" and text.region.x > bullet.region.x
        assert any(text.region.height > 1 for _, text in (t.query(Static) for t in topics)), "a topic wraps"


async def test_page_keys_scroll_the_conversation_from_the_question_box() -> None:
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for question in ("What is Contractubex?", "acne pits", "laser resurfacing"):
            await ask(pilot, question)
        conversation = app.screen.query_one("#conversation")
        end = conversation.scroll_y
        await pilot.press("pageup")
        await pilot.pause()
        assert conversation.scroll_y < end
        assert isinstance(app.focused, QuestionBox), "the box keeps the focus"
        await pilot.press("pagedown")
        await pilot.pause()
        assert conversation.scroll_y > end - 1
        assert "pgup/pgdn" in keys_content().plain


async def test_tab_is_labelled_for_where_it_goes() -> None:
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.active_bindings["tab"].binding.description == "Examples"
        await ask(pilot, "What is Contractubex?")
        await pilot.pause()
        assert app.screen.active_bindings["tab"].binding.description == "Quotes"


async def test_tab_after_an_answer_without_quotes_says_so() -> None:
    app = build_app(FIXTURE_CORPUS)
    notified = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What is Contractubex?")
        await ask(pilot, "what is the capital of canada?")
        await pilot.press("tab")
        await pilot.pause()
        assert isinstance(app.focused, QuestionBox)
        assert any("latest answer has no quotes" in message for message, _ in notified)


async def test_markup_in_a_question_is_shown_literally() -> None:
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "[bold]x[/] *scar*")
        bubble = app.screen.query_one(QuestionBubble)
        assert bubble.content.plain == "[bold]x[/] *scar*"
        assert not bubble.content.spans


async def test_corpus_text_with_brackets_and_asterisks_is_quoted_verbatim() -> None:
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "price of a tube")
        quotes = [c.query_one(".quote").content.plain for c in cards(app)]
        assert any("[price in 2023]" in q and "*a little more*" in q for q in quotes)


async def test_a_question_typed_while_loading_is_answered_when_ready(monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    real_open = chat.open_library

    def slow_open(corpus: object, progress: object = None) -> Library:
        assert release.wait(10)
        return real_open(corpus)

    monkeypatch.setattr(chat, "open_library", slow_open)
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.screen.sub_title == "Loading the documents…"
        await pilot.press(*"What is Contractubex?", "enter")
        await pilot.pause()
        assert latest(app).query_one("Note.pending").content.plain == "Waiting for the documents to load…"
        release.set()
        await settle(pilot)
        assert latest(app).answer is not None and cards(app)


async def test_a_bad_corpus_is_reported_before_the_app_starts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_chat(str(tmp_path / "missing")) == 2
    err = capsys.readouterr().err
    assert "corpus folder not found" in err and "Traceback" not in err


async def test_an_empty_corpus_is_shown_in_the_app(tmp_path: Path) -> None:
    app = build_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        error = app.screen.query_one("Note.error").content.plain
        assert error.startswith("Could not open the documents:")
        await ask(pilot, "What is Contractubex?")
        assert latest(app).has_class("-failed")


async def test_corpus_warnings_are_notified(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Contractubex is a gel for scars.\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    app = build_app(tmp_path)
    notified = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert any(severity == "warning" and "binary" in message for message, severity in notified)


async def test_the_command_palette_offers_the_main_actions(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"New topic", "More results", "Help: keys", "Theme", "Quit"} <= titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"help: keys", "enter")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)


async def test_ctrl_q_quits() -> None:
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0
