"""The question box: several lines (a pasted story is asked whole), enter asks, and a shell-like history."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import TextArea

from scarfaq.profile import DEFAULT_PLACEHOLDER
from scarfaq.tui.history import InputHistory


#: Keys that the help shows as one row (and a footer as one group).
HISTORY = Binding.Group("Earlier / later question (first / last line)")
TAB = Binding.Group("To the examples / quotes")
SCROLL = Binding.Group("Scroll the conversation")


class QuestionBox(TextArea):
    """Where questions are typed or pasted; grows with its text up to a few lines, then scrolls.

    Textual's `Input` keeps only the first line of a paste and has no history; this box keeps every line
    and owns its history (up on the first line, down on the last).
    """

    BINDINGS = [
        Binding("enter", "submit", "Ask", show=False, tooltip="Ask the question"),
        Binding("ctrl+j,shift+enter", "newline", "New line", show=False, tooltip="New line in the question"),
        Binding("up", "history_previous", "Previous question", show=False, tooltip="The earlier question",
                group=HISTORY),
        Binding("down", "history_next", "Next question", show=False, tooltip="The later question", group=HISTORY),
        Binding("tab", "to_examples", "Examples", tooltip="Move to the example questions", group=TAB),
        Binding("tab", "to_quotes", "Quotes", tooltip="Move to the quotes of the latest answer", group=TAB),
        Binding("tab", "no_quotes", "Quotes", show=False, tooltip="Move to the quotes of the latest answer",
                group=TAB),
        Binding("pageup", "screen.scroll_conversation(-1)", "Scroll up", show=False,
                tooltip="Scroll the conversation up", group=SCROLL),
        Binding("pagedown", "screen.scroll_conversation(1)", "Scroll down", show=False,
                tooltip="Scroll the conversation down", group=SCROLL),
    ]
    """Enter asks and ctrl+j adds a line; up/down browse earlier questions; tab leaves for the examples or
    the quotes (shown only when there are some; otherwise tab says why not); page keys scroll the
    conversation (the box keeps the focus). Enter and ctrl+j are handled
    by `on_key`, in order with the typed characters (a binding would run before keys still queued)."""

    class Submitted(Message):
        """The person asked the question in the box."""

        def __init__(self, question: str) -> None:
            super().__init__()
            self.question = question

    class ToQuotes(Message):
        """The person wants to move from the box to the examples, or the quotes of the latest answer."""

    def __init__(self, questions: InputHistory | None = None, **kwargs: object) -> None:
        super().__init__(placeholder=Content(DEFAULT_PLACEHOLDER), soft_wrap=True, highlight_cursor_line=False,
                         **kwargs)  # type: ignore[arg-type]
        self.questions = questions or InputHistory()

    def on_key(self, event: events.Key) -> None:
        action = {"enter": self.action_submit, "ctrl+j": self.action_newline, "shift+enter": self.action_newline}
        if event.key in action:
            event.stop()
            event.prevent_default()
            action[event.key]()

    def action_submit(self) -> None:
        """Ask what is in the box and empty it at once, so that keys typed ahead go to the next question."""
        question = self.text
        if question.strip():
            self.clear()
            self.post_message(self.Submitted(question))

    def action_newline(self) -> None:
        self.insert("\n")

    def action_history_previous(self) -> None:
        if not self._on_wrapped_line(first=True):
            self.action_cursor_up()
            return
        earlier = self.questions.previous(self.text)
        if earlier is not None:
            self.show(earlier)

    def action_history_next(self) -> None:
        if not self._on_wrapped_line(first=False):
            self.action_cursor_down()
            return
        later = self.questions.next()
        if later is not None:
            self.show(later)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Tab is "Examples" while example questions are on screen, "Quotes" while the latest answer has
        quotes, and otherwise left out of the footer (pressed anyway, it says why there is nowhere to go)."""
        if action in ("to_examples", "to_quotes", "no_quotes"):
            return action == self._tab_action()
        return True

    def _tab_action(self) -> str:
        examples = self.screen.query("#examples")
        if examples and examples.first().display:
            return "to_examples"
        answers = self.screen.query("AnswerView")
        return "to_quotes" if answers and answers.last().query("AnswerCard") else "no_quotes"

    def action_to_examples(self) -> None:
        self.post_message(self.ToQuotes())

    def action_to_quotes(self) -> None:
        self.post_message(self.ToQuotes())

    def action_no_quotes(self) -> None:
        self.post_message(self.ToQuotes())

    def show(self, text: str) -> None:
        """Put text in the box with the cursor at its end."""
        self.load_text(text)
        self.move_cursor(self.document.end)

    def type(self, text: str) -> None:
        """Add typed text at the cursor (keys pressed elsewhere in the chat land here)."""
        self.insert(text)

    def _on_wrapped_line(self, first: bool) -> bool:
        """Is the cursor on the first (or last) line of the box as shown, long lines wrapped?"""
        if not self.selection.is_empty:
            return False
        navigator, location = self.navigator, self.cursor_location
        return navigator.is_first_wrapped_line(location) if first else navigator.is_last_wrapped_line(location)
