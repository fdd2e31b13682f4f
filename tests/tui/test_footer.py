"""The footer: the keys that matter are on screen at 80 and 100 columns, each drawn whole, and tab is
offered only when it goes somewhere."""

from __future__ import annotations

import threading

import pytest
from textual.app import App
from textual.widgets import Footer

from scarfaq.library import Library
from scarfaq.tui import chat
from scarfaq.tui.app import build_app
from scarfaq.tui.cards import AnswerCard
from scarfaq.tui.question_box import QuestionBox
from tests.helpers import ask, record_notifications, settle

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


BOX_KEYS = ("tab Quotes", "^g Red flags", "^n New topic", "^r More", "f1 Help", "^q Quit")
QUOTE_KEYS = ("⏎ Open", "^c Copy", "^a Copy all", "esc Back", "^g Red flags", "f1 Help", "^q Quit")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("on_a_quote", "wanted"), [(False, BOX_KEYS), (True, QUOTE_KEYS)], ids=["box", "quote"])
async def test_the_keys_that_matter_are_in_the_footer(
    fixture_library: Library, red_flag_notes: None, width: int, on_a_quote: bool, wanted: tuple[str, ...]
) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        await ask(pilot, MEDICAL)
        if on_a_quote:
            await pilot.press("tab")
        await pilot.pause()
        assert isinstance(app.focused, AnswerCard) is on_a_quote
        shown = drawn_keys(app)
        for key in wanted:
            assert key in shown, (key, shown)
        if on_a_quote and width >= 100:
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


def tab_label(app: App[None]) -> str | None:
    """What the footer offers for tab, if anything."""
    labels = [f"tab {k.description}" for k in app.screen.query("FooterKey") if getattr(k, "key", "") == "tab"]
    return labels[0] if labels else None


async def test_tab_is_in_the_footer_only_when_it_goes_somewhere(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    notified = record_notifications(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert tab_label(app) == "tab Examples"
        await ask(pilot, "thanks")
        assert tab_label(app) is None, "a reply without quotes"
        await ask(pilot, "What is Contractubex?")
        assert tab_label(app) == "tab Quotes"
        await ask(pilot, "what is the capital of canada?")
        assert tab_label(app) is None, "no good match"
        await pilot.press("tab")
        await pilot.pause()
        assert isinstance(app.focused, QuestionBox), "tab pressed anyway stays in the box"
        assert any("latest answer has no quotes" in message for message, _ in notified), "and says why"


async def test_tab_is_not_offered_while_the_answer_is_on_its_way(
    fixture_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real = chat.find_answer

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(chat, "find_answer", slow)
    app = build_app(library=fixture_library)
    notified = record_notifications(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.screen.query_one(QuestionBox).insert("What is Contractubex?")
        await pilot.press("enter", "tab")
        await pilot.pause()
        assert app.screen.query("AnswerView.-pending")
        assert tab_label(app) is None
        assert any("on its way" in message for message, _ in notified)
        release.set()
        await settle(pilot)
        assert tab_label(app) == "tab Quotes"


async def test_new_topic_and_more_are_offered_only_when_they_can_act(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    notified = record_notifications(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        shown = drawn_keys(app)
        assert "^n New topic" not in shown and "^r More" not in shown, "nothing asked yet"
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert any("Ask a question first" in message for message, _ in notified), "pressed anyway, it says why"
        await ask(pilot, "What is Contractubex?")
        shown = drawn_keys(app)
        assert "^n New topic" in shown and "^r More" in shown
        await ask(pilot, "what is the capital of canada?")
        shown = drawn_keys(app)
        assert "^n New topic" in shown and "^r More" not in shown, "no quotes to add to"
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert "^n New topic" not in drawn_keys(app), "the topic is new already"


async def test_the_examples_list_says_that_enter_asks(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "examples"
        shown = drawn_keys(app)
        assert "⏎ Ask" in shown and "esc Back" in shown, shown
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query("AnswerView"), "enter asked the highlighted example"


async def test_a_notification_does_not_cover_the_question_box(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await ask(pilot, "What is Contractubex?")
        await pilot.press("ctrl+r")
        await settle(pilot)
        toasts = app.screen.query("Toast")
        assert toasts, "a notification is shown"
        box = app.screen.query_one(QuestionBox).region
        assert all(not toast.region.overlaps(box) for toast in toasts), [t.region for t in toasts]
