"""How one answer reads: labelled turns, the urgent note first and loudest, red flags that expand, and
quotes whose list items keep their hanging indent."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Collapsible, Static

from scarfaq.library import Library, open_library
from scarfaq.tui.answer_view import RED_FLAGS_TITLE, AnswerView, NoMatch, SafetyBox
from scarfaq.tui.app import ScarfaqApp, build_app
from scarfaq.tui.cards import AnswerCard, QuoteView
from scarfaq.tui.widgets import QuestionBubble
from tests.helpers import ask, settle
from tests.tui.conftest import LEAD, RED_FLAGS

SIZE = (100, 40)
URGENT = "after a laser session my face is swollen and I have a fever"
URGENT_WITHOUT_MATCH = "I have trouble breathing after the injection"


def latest(app: ScarfaqApp) -> AnswerView:
    return app.screen.query(AnswerView).last()


def texts(widget: Static | AnswerView) -> str:
    return "\n".join(static.content.plain for static in widget.query(Static))


async def test_turns_are_labelled_like_a_chat(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What is Contractubex?")
        bubble = app.screen.query_one(QuestionBubble)
        assert bubble.query_one(".who", Static).content.plain == " You "
        assert bubble.shown == "What is Contractubex?"
        assert latest(app).query_one(".label", Static).content.plain.startswith(" scarfaq ")


async def test_the_urgent_note_comes_first_and_replaces_the_medical_note(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, URGENT)
        parts = list(latest(app).children)
        urgent = [i for i, w in enumerate(parts) if isinstance(w, SafetyBox) and w.has_class("-urgent")]
        first_card = [i for i, w in enumerate(parts) if isinstance(w, AnswerCard)]
        assert urgent == [1] and first_card and urgent[0] < first_card[0], "right under the answer's label"
        assert not latest(app).query("SafetyBox.-medical")
        assert latest(app).answer.safety.note.splitlines()[0] in texts(parts[1])


async def test_an_urgent_follow_up_puts_the_note_before_what_it_carried(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What is Contractubex?")
        await ask(pilot, "after using it my face is swollen and I have a fever")
        view = latest(app)
        assert view.query("Note.carried"), "the follow-up shows what it carried over"
        assert isinstance(view.children[1], SafetyBox) and view.children[1].has_class("-urgent")


async def test_no_match_under_an_urgent_note_does_not_say_try_other_words(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, URGENT_WITHOUT_MATCH)
        view = latest(app)
        assert isinstance(view.children[1], SafetyBox) and view.children[1].has_class("-urgent")
        (no_match,) = view.query(NoMatch)
        said = texts(no_match)
        assert "Try other words" not in said and "The documents do cover" not in said
        assert no_match.has_class("-under-urgent")
        assert no_match.styles.border_top[0] == "", "no box around it: the urgent note stays the loudest"


async def test_the_urgent_note_is_louder_than_no_match_and_the_medical_note(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, URGENT)
        urgent = latest(app).query_one("SafetyBox.-urgent")
        await pilot.press("ctrl+n")
        await ask(pilot, "what is the capital of canada?")
        await ask(pilot, "What is Contractubex?")
        no_match = app.screen.query_one(NoMatch)
        medical = latest(app).query_one("SafetyBox.-medical")
        assert urgent.styles.border_top[0] == "thick"
        assert no_match.styles.border_top[0] == "round" and medical.styles.border_top[0] == "round"
        assert urgent.styles.background.a > 0, "tinted; the others are not"


async def test_an_urgent_turn_keeps_its_mark_for_the_rest_of_the_conversation(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, URGENT)
        await pilot.press("ctrl+n")
        await ask(pilot, "What is Contractubex?")
        await ask(pilot, "acne pits")
        bubbles = list(app.screen.query(QuestionBubble))
        assert [b.has_class("-urgent") for b in bubbles] == [True, False, False]
        who = [b.query_one(".who", Static).content.plain for b in bubbles]
        assert who == [" You · ⚠ urgent ", " You ", " You "]


async def test_the_red_flags_are_one_line_that_expands(fixture_library: Library, red_flag_notes: None) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What is Contractubex?")
        note = latest(app).query_one(SafetyBox)
        assert note.query_one(".note-text", Static).content.plain == LEAD
        flags = note.query_one(Collapsible)
        assert flags.collapsed and flags.title == RED_FLAGS_TITLE
        title = flags.query_one("CollapsibleTitle")
        assert title.region.height == 1, "collapsed to one line, never hidden"
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert not flags.collapsed
        heading, *items = RED_FLAGS
        assert flags.query_one(".note-text", Static).content.plain == heading
        shown = [s.content.plain for s in flags.query(".bullet-text")]
        assert shown == [item.removeprefix("- ") for item in items], "one bullet each, never '• - item'"
        assert not any(text.startswith("- ") for text in shown)
        await pilot.click(title)
        await pilot.pause()
        assert flags.collapsed, "a click folds it again"
        title.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert not flags.collapsed, "enter on it unfolds it"


async def test_a_note_without_a_lead_is_shown_whole(fixture_library: Library, plain_notes: None) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What is Contractubex?")
        note = latest(app).query_one(SafetyBox)
        assert not note.query(Collapsible)
        assert note.query_one(".note-text", Static).content.plain == latest(app).answer.safety.note


async def test_red_flags_key_is_offered_only_with_a_red_flag_list(
    fixture_library: Library, red_flag_notes: None
) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "what is the capital of canada?")
        assert "ctrl+g" not in app.screen.active_bindings
        await ask(pilot, "What is Contractubex?")
        assert app.screen.active_bindings["ctrl+g"].binding.description == "Red flags"


async def test_wrapped_list_items_of_a_quote_hang_under_their_text(tmp_path: Path) -> None:
    item = "• apply a thin layer of the silicone gel with a gentle massage, twice a day, for at least three months"
    (tmp_path / "gel.md").write_text(f"How to use a gel\n\nBefore applying a gel:\n{item};\n• wash the skin.\n")
    app = build_app(library=open_library(tmp_path))
    async with app.run_test(size=(60, 30)) as pilot:
        await settle(pilot)
        await ask(pilot, "how to apply silicone gel massage")
        card = app.screen.query(AnswerCard).first()
        assert card.query_one(QuoteView).content.plain == card.hit.passage.text
        items = list(card.query(".list-item"))
        assert len(items) == 2
        marker, text = items[0].query(Static)
        assert marker.content.plain == "• " and text.region.x == marker.region.x + 2
        assert text.region.height > 1, "the long item wraps, under its text"


async def test_a_carried_urgent_note_is_compact_and_the_new_answer_starts_on_screen(fixture_library: Library) -> None:
    """At 80x24 the question after an urgent one shows its urgent note as two or three lines that expand, and
    its first quote; the urgent question's own note stays whole."""
    app = build_app(library=fixture_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await ask(pilot, URGENT)
        await ask(pilot, "acne pits")
        first, view = app.screen.query(AnswerView)
        assert not first.query(Collapsible), "the urgent question's own note is whole"
        carried = view.query_one(SafetyBox)
        assert carried.has_class("-urgent") and carried.has_class("-carried")
        assert carried.styles.border_top[0] == "thick", "still styled as urgent"
        assert carried.outer_size.height <= 7
        assert view.answer.safety.note.splitlines()[0] in texts(carried)
        conversation = app.screen.query_one("#conversation")
        quote = view.query_one(AnswerCard).query_one(QuoteView)
        assert conversation.region.y <= quote.region.y < conversation.region.bottom, "the first quote is on screen"
        bubble = app.screen.query(QuestionBubble).last()
        assert bubble.query_one(".who", Static).content.plain == " You · ⚠ after urgent "
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert not carried.query_one(Collapsible).collapsed, "ctrl+g shows the whole note"
        assert "trouble breathing or swallowing" in texts(carried)
