"""The chat's main interactions, driven with Textual's Pilot against the fixture corpus: what is on screen."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual.widgets import Static

from scarfaq.library import Library
from scarfaq.tui import chat
from scarfaq.tui.answer_view import AnswerView, NoMatch
from scarfaq.tui.app import ScarfaqApp, build_app, run_chat
from scarfaq.tui.cards import AnswerCard, QuoteView
from scarfaq.tui.chat import ChatScreen
from scarfaq.tui.question_box import QuestionBox
from scarfaq.tui.viewer import DocumentScreen
from scarfaq.tui.widgets import ExampleQuestions, Note, QuestionBubble
from tests.helpers import FIXTURE_CORPUS, ask, record_notifications, settle

SIZE = (100, 40)
#: The fixture corpus's own example questions (tests/tui/fixtures/corpus/.scarfaq/corpus.toml).
EXAMPLES = ("What is Contractubex?", "How do I get rid of acne pits?", "How do I use a gel?")


def cards(app: ScarfaqApp) -> list[AnswerCard]:
    return list(app.screen.query(AnswerCard))


def latest(app: ScarfaqApp) -> AnswerView:
    return app.screen.query(AnswerView).last()


def notes(view: AnswerView, kind: str) -> list[str]:
    return [note.content.plain for note in view.query(f"Note.{kind}").results(Note)]


def label(view: AnswerView) -> str:
    return view.query_one(".label", Static).content.plain


async def test_a_question_is_answered_with_quote_cards() -> None:
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.sub_title == "Scar care · 2 documents · 6 passages"
        await ask(pilot, "What is Contractubex?")
        assert [b.question for b in app.screen.query(QuestionBubble)] == ["What is Contractubex?"]
        assert app.screen.query_one(QuestionBubble).shown == "What is Contractubex?"
        assert label(latest(app)) == " scarfaq  2 quotes from 1 document"
        first = cards(app)[0]
        assert first.hit.passage.citation == "scar_creams.md:1-3"
        shown = [s.content.plain for s in first.query("Static")]
        assert shown[:3] == ["Scar creams and gels", "1 scar_creams.md:1-3", f"score {first.hit.score:.2f}"]
        assert first.query_one(QuoteView).content.plain == first.hit.passage.text
        assert latest(app).query("SafetyBox.-medical"), "a medical question ends with the medical note"
        assert not app.screen.query("#welcome"), "the examples give way to the conversation"
        assert isinstance(app.focused, QuestionBox)


async def test_each_documents_title_is_shown_once_per_answer(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "scar gel price")
        by_source: dict[str, list[bool]] = {}
        for card in cards(app):
            by_source.setdefault(card.hit.passage.source, []).append(bool(card.query(".card-title")))
        assert any(len(shown) > 1 for shown in by_source.values()), "two quotes from one document"
        assert all(shown == [True] + [False] * (len(shown) - 1) for shown in by_source.values())


async def test_a_follow_up_shows_what_it_carried_over() -> None:
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What is Contractubex?")
        await ask(pilot, "how much does it cost?")
        view = latest(app)
        assert notes(view, "carried") == ["↪ Following up on: contractubex"]
        assert "15 euros" in view.query(AnswerCard).first().query_one(QuoteView).content.plain


async def test_new_topic_forgets_earlier_questions() -> None:
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What is Contractubex?")
        await pilot.press("ctrl+n", "ctrl+n")
        await settle(pilot)
        assert len(app.screen.query("Note.new-topic")) == 1, "one divider, however often ctrl+n is pressed"
        await ask(pilot, "how much does it cost?")
        assert notes(latest(app), "carried") == []


async def test_examples_come_from_the_corpus_and_are_picked_with_the_keyboard() -> None:
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.query_one(ExampleQuestions).questions == EXAMPLES
        assert app.screen.query_one(QuestionBox).placeholder.plain == "Ask about scar care"
        await pilot.press("tab")
        assert isinstance(app.focused, ExampleQuestions)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert [b.question for b in app.screen.query(QuestionBubble)] == [EXAMPLES[1]]
        assert isinstance(app.focused, QuestionBox)
        assert cards(app), "the example is answerable from the fixture corpus"


async def test_a_corpus_without_settings_offers_its_own_headings_and_nothing_about_scars(tmp_path: Path) -> None:
    (tmp_path / "bikes.md").write_text("# Chain care\n\nOil the chain every month.\n\n# Brakes\n\nPads wear out.\n")
    app = build_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.query_one(ExampleQuestions).questions == ("Chain care", "Brakes")
        assert app.screen.query_one(QuestionBox).placeholder.plain == "Ask a question about these documents"
        shown = " ".join(s.content.plain for s in app.screen.query("#welcome Static")).lower()
        assert "scar" not in shown and "contractubex" not in shown


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
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ChatScreen)
        assert app.focused is card
        assert conversation.scroll_y == scroll_y


async def test_copy_puts_the_quote_and_its_citation_on_the_clipboard() -> None:
    app = build_app(FIXTURE_CORPUS)
    notified = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What is Contractubex?")
        await pilot.press("tab", "ctrl+c")
        await pilot.pause()
        passage = cards(app)[0].hit.passage
        assert app.clipboard.startswith(passage.text)
        assert passage.citation in app.clipboard
        assert any(message.startswith("Copied the quote") for message, _ in notified)
        await pilot.press("enter")
        await settle(pilot)
        app.copy_to_clipboard("")
        await pilot.press("ctrl+c")
        assert passage.citation in app.clipboard, "the viewer copies too"


async def test_the_whole_answer_is_copied_with_every_citation_and_the_note() -> None:
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What is Contractubex?")
        await pilot.press("tab", "ctrl+a")
        await pilot.pause()
        copied = app.clipboard
        assert copied.startswith("Question: What is Contractubex?")
        for number, card in enumerate(cards(app), 1):
            assert f"[{number}] {card.hit.passage.text}" in copied and card.hit.passage.citation in copied
        assert "Note: This is quoted information, not medical advice." in copied


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
        top = card.region.y - conversation.region.y
        at_the_end = conversation.scroll_y == conversation.max_scroll_y
        assert 0 <= top <= 1 or (at_the_end and top > 0), "the first new quote from its start, at the top if it can"
        assert conversation.scroll_y > 0


async def test_no_match_looks_different_and_suggests_topics() -> None:
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "what is the capital of canada?")
        view = latest(app)
        assert view.has_class("-no-match") and label(view) == " scarfaq  no good match in the documents"
        assert not cards(app)
        (no_match,) = view.query(NoMatch)
        reply = "\n".join(static.content.plain for static in no_match.query(Static))
        assert reply.startswith("No good match in the documents")
        assert "The documents do cover:" in reply and "Acne pits and laser resurfacing" in reply
        assert reply.endswith("Try other words, or ask about one of these topics.")
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert not cards(app)


async def test_a_long_no_match_topic_wraps_under_its_first_word(tmp_path: Path) -> None:
    title = "External cosmetics for getting rid of scars: ointments, gels, creams and other remedies for everyone"
    (tmp_path / "a.txt").write_text(f"{title}\n\nSilicone gel flattens raised scars.\n", encoding="utf-8")
    app = build_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await ask(pilot, "what is the capital of canada?")
        rows = list(latest(app).query(".bullet-row"))
        assert rows
        for row in rows:
            bullet, text = row.query(Static)
            assert bullet.content.plain == "•" and text.region.x > bullet.region.x
        assert any(text.region.height > 1 for _, text in (r.query(Static) for r in rows)), "a topic wraps"


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
        text = bubble.query_one(".question-text", Static).content
        assert text.plain == "[bold]x[/] *scar*" and not text.spans


async def test_corpus_text_with_brackets_and_asterisks_is_quoted_verbatim() -> None:
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "price of a tube")
        quotes = [c.query_one(QuoteView).content.plain for c in cards(app)]
        assert any("[price in 2023]" in q and "*a little more*" in q for q in quotes)


async def test_a_question_typed_while_loading_is_answered_when_ready(monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    real_open = chat.open_library

    def slow_open(corpus: object, follow_links: bool = False) -> Library:
        assert release.wait(10)
        return real_open(corpus, follow_links)  # type: ignore[arg-type]

    monkeypatch.setattr(chat, "open_library", slow_open)
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.screen.sub_title == "Loading the documents…"
        await pilot.press(*"What is Contractubex?", "enter")
        await pilot.pause()
        assert label(latest(app)) == " scarfaq  Waiting for the documents to load…"
        release.set()
        await settle(pilot)
        assert latest(app).answer is not None and cards(app)


async def test_a_bad_corpus_is_reported_before_the_app_starts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_chat(str(tmp_path / "missing")) == 2
    err = capsys.readouterr().err
    assert "corpus folder not found" in err and "Traceback" not in err


async def test_an_empty_corpus_is_shown_in_the_app(tmp_path: Path) -> None:
    app = build_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        error = app.screen.query_one("Note.error").content.plain
        assert error.startswith("Could not open the documents:")
        assert not [s for s in app.screen.query("#welcome Static") if s.display and "Loading" in s.content.plain]
        await ask(pilot, "What is Contractubex?")
        assert latest(app).has_class("-failed")


async def test_corpus_warnings_are_notified(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Contractubex is a gel for scars.\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (tmp_path / ".scarfaq").mkdir()
    (tmp_path / ".scarfaq" / "corpus.toml").write_text("examples = [", encoding="utf-8")
    app = build_app(tmp_path)
    notified = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        warnings = [message for message, severity in notified if severity == "warning"]
        assert any("binary" in message for message in warnings)
        assert any("corpus.toml" in message and "not valid TOML" in message for message in warnings)


async def test_ctrl_q_quits() -> None:
    app = build_app(FIXTURE_CORPUS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0


async def test_thanks_and_hi_get_a_short_fixed_reply_not_a_no_match_box(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for question in ("hi", "thanks"):
            await ask(pilot, question)
            view = app.screen.query(AnswerView).last()
            said = "\n".join(static.content.plain for static in view.query(Static))
            assert f"Ask me anything about {fixture_library.profile.name}." in said
            assert not view.query(NoMatch) and "Searched for" not in said
