"""The help screen: every key of the chat and the viewer, in one place."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

#: (keys, what they do), grouped by where they work.
KEYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("In the question box", (
        ("enter", "ask the question"),
        ("↑ / ↓", "earlier / later questions"),
        ("tab", "move to the quotes of the latest answer"),
    )),
    ("On a quote", (
        ("enter", "open the quote in its document"),
        ("c", "copy the quote with its source"),
        ("↑ / ↓", "previous / next quote"),
        ("escape", "back to the question box"),
    )),
    ("Anywhere in the chat", (
        ("ctrl+r", "more results for the latest question"),
        ("ctrl+n", "new topic (forget earlier questions)"),
        ("pgup/pgdn", "scroll the conversation"),
        ("ctrl+p", "command palette (theme, actions)"),
        ("f1 or ?", "this help"),
        ("ctrl+q", "quit"),
    )),
    ("In the document viewer", (
        ("escape", "back to the chat"),
        ("c", "copy the quote"),
        ("p", "scroll back to the quote"),
    )),
)

def keys_content() -> Content:
    """The key table as styled text."""
    lines: list[Content] = []
    for group, keys in KEYS:
        lines.append(Content.styled(group, "bold $text-accent"))
        lines.extend(Content.assemble((f"  {key:<11}", "bold"), what) for key, what in keys)
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    """The keys of scarfaq, over the current screen."""

    BINDINGS = [
        Binding("escape", "dismiss", "Close help"),
        Binding("f1", "dismiss", "Close help", show=False),
        Binding("question_mark", "dismiss", "Close help", show=False),
        Binding("q", "dismiss", "Close help", show=False),
    ]
    """Escape (or f1, ?, q) closes the help."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(keys_content(), markup=False)

    def on_mount(self) -> None:
        help_box = self.query_one("#help")
        help_box.border_title = Content("Keys")
        help_box.border_subtitle = Content("escape closes")
        help_box.focus()
