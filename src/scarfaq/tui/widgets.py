"""Small pieces of the chat: example questions, question bubbles, the bot's own notes, bullets, the footer."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from rich.cells import cell_len

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from scarfaq.tui.quote import literal

#: A question longer than this many lines, or characters, is shown shortened until it is clicked.
BUBBLE_LINES = 3
BUBBLE_CHARS = 240
#: The label of the person's turns in the conversation.
YOU = "You"


class ExampleQuestions(OptionList):
    """Example questions on the empty screen; enter asks the highlighted one."""

    BINDINGS = [
        Binding("enter", "select", "Ask", tooltip="Ask the highlighted question"),
        Binding("escape", "back", "Back", tooltip="Back to the question box"),
    ]
    """Enter asks (OptionList's own key, named in the footer); escape returns to the question box."""

    class Picked(Message):
        """An example question was chosen."""

        def __init__(self, question: str) -> None:
            super().__init__()
            self.question = question

    def __init__(self, questions: Sequence[str] = (), **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.questions: tuple[str, ...] = ()
        self.show(questions)

    def show(self, questions: Sequence[str]) -> None:
        """Offer these questions."""
        self.questions = tuple(questions)
        self.clear_options()
        self.add_options([Option(literal(q), id=str(i)) for i, q in enumerate(self.questions)])
        self.highlighted = 0 if self.questions else None
        self.display = bool(self.questions)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Picked(self.questions[event.option_index]))

    def action_back(self) -> None:
        self.post_message(Back())


class Back(Message):
    """Focus should go back to the question box."""


def shortened(question: str) -> str | None:
    """The first lines of a long question, ending in "…"; None when it is short enough to show whole."""
    lines = question.strip().splitlines()
    head = "\n".join(lines[:BUBBLE_LINES])
    if len(lines) <= BUBBLE_LINES and len(head) <= BUBBLE_CHARS:
        return None
    cut = head[:BUBBLE_CHARS]
    if len(head) > BUBBLE_CHARS and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip() + " …"


class QuestionBubble(Horizontal):
    """One question of the conversation, labelled as the person's, shown literally (wrapped lines hang under
    the question, not under the label); a long one is shortened to its first lines until clicked. An urgent
    turn keeps its mark for the rest of the conversation."""

    expanded: reactive[bool] = reactive(False)
    """Whether a long question is shown whole."""

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question
        self.short = shortened(question)
        self.set_class(self.short is not None, "-long")

    def compose(self) -> ComposeResult:
        yield Static(Content(f" {YOU} "), classes="who")
        yield Static(self._text(), classes="question-text", markup=False)

    @property
    def shown(self) -> str:
        """The question as it is on screen (shortened or whole)."""
        return self.query_one(".question-text", Static).content.plain

    def mark_urgent(self, *, carried: bool = False) -> None:
        """This question got an urgent note: say so beside it, for as long as it is on screen. A question that
        got the note only because the one before it was urgent says "after urgent": it is no routine turn,
        but it is not what was urgent."""
        self.add_class("-urgent")
        self.query_one(".who", Static).update(Content(f" {YOU} · ⚠ {'after urgent' if carried else 'urgent'} "))

    def watch_expanded(self) -> None:
        if self.is_mounted:
            self.query_one(".question-text", Static).update(self._text())

    def on_click(self, event: events.Click) -> None:
        if self.short is not None:
            self.expanded = not self.expanded

    def _text(self) -> Content:
        return literal(self.question if self.short is None or self.expanded else self.short)


class Note(Static):
    """A fixed line of the bot's own (safety note, notice, "no good match"); classes set how it looks."""

    def __init__(self, text: str | Content, *, title: str | None = None, classes: str = "") -> None:
        super().__init__(literal(text) if isinstance(text, str) else text, markup=False, classes=classes)
        if title:
            self.border_title = Content(title)


def bullets(items: Iterable[Content | str], marker: str = "•") -> Iterator[Widget]:
    """One row per item, its wrapped lines hanging under its first word (not under the bullet)."""
    for item in items:
        with Horizontal(classes="bullet-row"):
            yield Static(Content(marker), classes="bullet")
            yield Static(literal(item) if isinstance(item, str) else item, classes="bullet-text", markup=False)


def hanging(marker: Content, text: Content) -> Horizontal:
    """A list item of a quote: its marker (with its indent), and its text wrapping under itself."""
    return Horizontal(
        Static(marker, classes="marker", markup=False),
        Static(text, classes="item", markup=False),
        classes="list-item",
    )


#: The classes of the footer keys kept at its right end.
_RIGHT = ("-quit", "-help", "-command-palette")


class ChatFooter(Footer):
    """The footer: help, the palette and quit kept at its right end, so that a narrow terminal never hides
    them, and the other keys in the order of their bindings (the focused widget's first), each shown whole
    or not at all: a key that does not fit is left out with those after it, not cut in half."""

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            action = getattr(widget, "action", None)
            if action in ("quit", "app.quit"):
                widget.add_class("-quit")
            elif action in ("help", "app.help"):
                widget.add_class("-help")
            yield widget

    async def recompose(self) -> None:
        await super().recompose()
        self.call_after_refresh(self.fit)

    def on_resize(self) -> None:
        self.call_after_refresh(self.fit)

    def fit(self) -> None:
        """Show the left-hand keys that fit whole beside the right-hand ones, in order; hide the rest."""
        keys = list(self.query("FooterKey"))  # by name: Textual does not export the class
        right = [key for key in keys if any(key.has_class(name) for name in _RIGHT)]
        room = self.size.width - sum(_key_width(key) for key in right)
        for key in keys:
            if key in right:
                continue
            room -= _key_width(key)
            key.display = room >= 0


def _key_width(key: Widget) -> int:
    """The columns a compact footer key takes, padding, border and margin included (worked out from its text
    and styles: a hidden key, or one not laid out yet, has no size)."""
    shown, description = getattr(key, "key_display", ""), getattr(key, "description", "")
    text = f"{shown} {description}" if description else shown
    return cell_len(text) + key.styles.gutter.width + key.styles.margin.width
