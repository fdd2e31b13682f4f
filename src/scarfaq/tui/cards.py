"""A quote card: where the quote comes from, a discreet score, and the verbatim quote.

Keys on a card are never letters: anything typed while a card has the focus goes to the question box.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static

from scarfaq.tui.quote import list_items, literal, quote_content
from scarfaq.tui.widgets import Back, hanging

if TYPE_CHECKING:
    from scarfaq.answer import Hit
    from scarfaq.passages import Passage


class QuoteView(Vertical):
    """The quote, verbatim; each list item's wrapped lines hang under its text, not under its bullet."""

    def __init__(self, content: Content) -> None:
        super().__init__(classes="quote")
        self.content = content
        """The whole quote as shown (its `plain` is the passage's text, CRLF as plain line breaks)."""

    def compose(self) -> ComposeResult:
        for marker, text in list_items(self.content):
            yield Static(text, markup=False) if marker is None else hanging(marker, text)


#: Up and down, as one row of the help.
MOVE = Binding.Group("Previous / next quote (after the last: the box)")


class AnswerCard(Vertical, can_focus=True):
    """A quoted passage: its document's title (on the first card from that document), `file:start-end`,
    a discreet score and the verbatim quote."""

    BINDINGS = [
        Binding("enter", "open", "Open", tooltip="Open it in its document"),
        Binding("ctrl+c", "copy", "Copy", tooltip="Copy it with its source"),
        Binding("ctrl+a", "copy_answer", "Copy all", tooltip="Copy the whole answer"),
        Binding("up", "move(-1)", "Previous quote", show=False, tooltip="The previous quote", group=MOVE),
        Binding("down", "move(1)", "Next quote", show=False, tooltip="The next quote", group=MOVE),
        Binding("escape", "back", "Back", tooltip="Back to the question box"),
    ]
    """Enter opens the passage in its document; ctrl+c copies it, ctrl+a the whole answer; up/down move
    between cards; escape goes back to the box."""

    class Open(Message):
        """Show this passage in its document."""

        def __init__(self, passage: Passage) -> None:
            super().__init__()
            self.passage = passage

    class Copy(Message):
        """Copy this passage and its citation to the clipboard."""

        def __init__(self, passage: Passage) -> None:
            super().__init__()
            self.passage = passage

    class CopyAnswer(Message):
        """Copy the whole answer this card belongs to."""

        def __init__(self, card: AnswerCard) -> None:
            super().__init__()
            self.card = card

    def __init__(self, number: int, hit: Hit, *, show_title: bool = True) -> None:
        super().__init__()
        self.number = number
        self.hit = hit
        self.show_title = show_title

    def compose(self) -> ComposeResult:
        passage = self.hit.passage
        if self.show_title:
            yield Static(literal(passage.title), classes="card-title", markup=False)
        with Horizontal(classes="card-source"):
            yield Static(Content.assemble((f"{self.number} ", "bold"), literal(passage.citation)), classes="citation")
            yield Static(Content(f"score {self.hit.score:.2f}"), classes="score")
        yield QuoteView(quote_content(passage.text, self.hit.matched))

    def action_open(self) -> None:
        self.post_message(self.Open(self.hit.passage))

    def action_copy(self) -> None:
        self.post_message(self.Copy(self.hit.passage))

    def action_copy_answer(self) -> None:
        self.post_message(self.CopyAnswer(self))

    def action_move(self, step: int) -> None:
        cards = list(self.screen.query(AnswerCard))
        index = cards.index(self) + step
        if 0 <= index < len(cards):
            cards[index].focus()
        elif index >= len(cards):
            self.action_back()

    def action_back(self) -> None:
        self.post_message(Back())


def first_card(widget: Widget) -> AnswerCard | None:
    """The first quote card inside widget, if any."""
    cards = widget.query(AnswerCard)
    return cards.first() if cards else None
