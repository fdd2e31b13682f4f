"""The document viewer: a whole document, scrolled to a quoted passage, which is highlighted."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from scarfaq.corpus import Document
from scarfaq.passages import Passage
from scarfaq.terminal_text import visible
from scarfaq.tui.quote import copy_passage, display_text, literal


def _before(text: str) -> str:
    """The text before the passage; the widget boundary ends its last line, so its final line break goes."""
    return display_text(text).removesuffix("\n")


def _after(text: str) -> str:
    """The text after the passage, without the line break that ends the passage's last line."""
    return display_text(text).removeprefix("\n")


class DocumentScreen(Screen[None]):
    """The document a quote comes from; the text before, the passage (highlighted) and the text after.

    The header shows the passage's `file:start-end`; the line under it, the document's title.
    """

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back to chat", key_display="esc"),
        Binding("c", "copy", "Copy quote"),
        Binding("p", "to_passage", "To the quote"),
    ]
    """Escape returns to the chat where it was; c copies the quote with its citation; p scrolls back to it."""

    def __init__(self, document: Document, passage: Passage) -> None:
        super().__init__()
        self.document = document
        self.passage = passage

    def compose(self) -> ComposeResult:
        text, passage = self.document.text, self.passage
        yield Header()
        yield Static(literal(self.document.title), id="document-title", markup=False)
        with VerticalScroll(id="document"):
            if text[: passage.start].strip():
                yield Static(literal(_before(text[: passage.start])), classes="before", markup=False)
            yield Static(literal(display_text(passage.text)), id="passage", markup=False)
            if text[passage.end :].strip():
                yield Static(literal(_after(text[passage.end :])), classes="after", markup=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.sub_title = visible(self.passage.citation)
        self.query_one("#document").focus()
        self.call_after_refresh(self.action_to_passage)

    def action_to_passage(self) -> None:
        """Scroll so that the passage starts near the top of the view."""
        self.query_one("#document", VerticalScroll).scroll_to_widget(
            self.query_one("#passage"), top=True, animate=False
        )

    def action_copy(self) -> None:
        copy_passage(self.app, self.passage)
