"""The pieces of the conversation: the question box, example questions, question bubbles and quote cards."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from scarfaq.answer import Hit
from scarfaq.passages import Passage
from scarfaq.tui.history import InputHistory
from scarfaq.tui.quote import literal, quote_content


class QuestionBox(Input):
    """The input line: a question per line, with its own history on up/down (Textual's Input has none)."""

    BINDINGS = [
        Binding("up", "history_previous", "Previous question", show=False),
        Binding("down", "history_next", "Next question", show=False),
        Binding("tab", "to_examples", "Examples", tooltip="Move to the example questions"),
        Binding("tab", "to_quotes", "Quotes", tooltip="Move to the quotes of the latest answer"),
    ]
    """Up/down browse earlier questions; tab leaves the box for the example questions, later for the quotes."""

    class ToQuotes(Message):
        """The person wants to move from the box to the quotes of the latest answer."""

    def __init__(self, history: InputHistory | None = None, **kwargs: object) -> None:
        super().__init__(placeholder="Ask about scar treatments, e.g. What is Contractubex?", **kwargs)  # type: ignore[arg-type]
        self.history = history or InputHistory()

    def action_history_previous(self) -> None:
        earlier = self.history.previous(self.value)
        if earlier is not None:
            self._show(earlier)

    def action_history_next(self) -> None:
        later = self.history.next()
        if later is not None:
            self._show(later)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Tab is labelled "Examples" while the example questions are on screen, "Quotes" once they are gone."""
        if action in ("to_examples", "to_quotes"):
            return (action == "to_examples") == bool(self.screen.query(ExampleQuestions))
        return True

    def action_to_examples(self) -> None:
        self.post_message(self.ToQuotes())

    def action_to_quotes(self) -> None:
        self.post_message(self.ToQuotes())

    def _show(self, text: str) -> None:
        self.value = text
        self.cursor_position = len(text)


class ExampleQuestions(OptionList):
    """Example questions on the empty screen; enter asks the highlighted one."""

    BINDINGS = [Binding("escape", "back", "Back", tooltip="Back to the question box")]
    """Escape returns to the question box."""

    class Picked(Message):
        """An example question was chosen."""

        def __init__(self, question: str) -> None:
            super().__init__()
            self.question = question

    def __init__(self, questions: Sequence[str], **kwargs: object) -> None:
        super().__init__(*(Option(literal(q), id=str(i)) for i, q in enumerate(questions)), **kwargs)  # type: ignore[arg-type]
        self.questions = tuple(questions)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Picked(self.questions[event.option_index]))

    def action_back(self) -> None:
        self.screen.query_one(QuestionBox).focus()


class QuestionBubble(Static):
    """One question of the conversation, shown literally."""

    def __init__(self, question: str) -> None:
        super().__init__(literal(question), markup=False)
        self.question = question


class Note(Static):
    """A fixed line of the bot's own (safety note, notice, "no good match"); classes set how it looks."""

    def __init__(self, text: str | Content, *, title: str | None = None, classes: str = "") -> None:
        super().__init__(literal(text) if isinstance(text, str) else text, markup=False, classes=classes)
        if title:
            self.border_title = Content(title)


class AnswerCard(Vertical, can_focus=True):
    """A quoted passage: its document's title, `file:start-end`, a discreet score and the verbatim quote."""

    BINDINGS = [
        Binding("enter", "open", "Open", key_display="enter", tooltip="Open the quote in its document"),
        Binding("c", "copy", "Copy"),
        Binding("up", "move(-1)", "Previous quote", show=False),
        Binding("down", "move(1)", "Next quote", show=False),
        Binding("escape", "back", "Back", tooltip="Back to the question box"),
    ]
    """Enter opens the passage in its document, c copies it with its citation, up/down move between cards."""

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

    def __init__(self, number: int, hit: Hit) -> None:
        super().__init__()
        self.number = number
        self.hit = hit

    def compose(self) -> ComposeResult:
        passage = self.hit.passage
        yield Static(Content.assemble((f"{self.number} ", "bold"), literal(passage.title)), classes="card-title")
        with Horizontal(classes="card-source"):
            yield Static(literal(passage.citation), classes="citation")
            yield Static(Content(f"score {self.hit.score:.2f}"), classes="score")
        yield Static(quote_content(passage.text, self.hit.matched), classes="quote", markup=False)

    def action_open(self) -> None:
        self.post_message(self.Open(self.hit.passage))

    def action_copy(self) -> None:
        self.post_message(self.Copy(self.hit.passage))

    def action_move(self, step: int) -> None:
        cards = list(self.screen.query(AnswerCard))
        index = cards.index(self) + step
        if 0 <= index < len(cards):
            cards[index].focus()
        elif index >= len(cards):
            self.action_back()

    def action_back(self) -> None:
        self.screen.query_one(QuestionBox).focus()


def first_card(widget: Widget) -> AnswerCard | None:
    """The first quote card inside widget, if any."""
    cards = widget.query(AnswerCard)
    return cards.first() if cards else None
