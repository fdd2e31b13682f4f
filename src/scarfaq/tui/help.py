"""The help screen: every key of scarfaq, read from the bindings themselves so that it can never drift."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from scarfaq.tui.widgets import ChatFooter

#: How key names are shown.
_KEY_NAMES = {
    "up": "↑", "down": "↓", "escape": "esc", "question_mark": "?", "slash": "/", "pageup": "pgup",
    "pagedown": "pgdn",
}


def key_text(keys: str) -> str:
    """`ctrl+j,shift+enter` → `ctrl+j / shift+enter`."""
    return " / ".join(_KEY_NAMES.get(key.strip(), key.strip()) for key in keys.split(","))


def rows(bindings: Iterable[BindingType]) -> Iterator[tuple[str, str]]:
    """(keys, what they do), one row per key (a key with two meanings, such as tab to the examples or to
    the quotes, is one row with both) or per group of keys (↑ and ↓: one row saying what the group does)."""
    # A row is named by its group or its key text; it lists keys and meanings in the order first seen.
    table: dict[Binding.Group | str, tuple[list[str], list[str]]] = {}
    for binding in bindings:
        if not isinstance(binding, Binding) or binding.system:
            continue
        keys, meanings = table.setdefault(binding.group or key_text(binding.key), ([], []))
        for new, seen in ((key_text(binding.key), keys), (meaning(binding), meanings)):
            if new not in seen:
                seen.append(new)
    for keys, meanings in table.values():
        yield " / ".join(keys), " · ".join(meanings)


def meaning(binding: Binding) -> str:
    """What the help says a binding does: its group's description, else its tooltip or description."""
    return binding.group.description if binding.group else binding.tooltip or binding.description


#: The command palette is Textual's own binding (a system one), so its row is written here.
PALETTE = ("ctrl+p", "Commands and themes")


def sections() -> list[tuple[str, list[tuple[str, str]]]]:
    """The key table: where keys work, and their rows (imported here: the help is opened, not started with).
    Keys that work anywhere in the chat are listed there only, not again under the question box."""
    from scarfaq.tui.app import ScarfaqApp
    from scarfaq.tui.cards import AnswerCard
    from scarfaq.tui.chat import ChatScreen
    from scarfaq.tui.question_box import QuestionBox
    from scarfaq.tui.viewer import DocumentScreen

    anywhere = [*rows([*ChatScreen.BINDINGS, *ScarfaqApp.BINDINGS]), PALETTE]
    return [
        ("In the question box", [row for row in rows(QuestionBox.BINDINGS) if row not in anywhere]),
        ("On a quote (typing goes to the box)", list(rows(AnswerCard.BINDINGS))),
        ("Anywhere in the chat", anywhere),
        ("In the document viewer", list(rows(DocumentScreen.BINDINGS))),
    ]


class HelpScreen(ModalScreen[None]):
    """The keys of scarfaq, over the current screen, with a footer of its own: four sections in a 2×2 grid,
    so that the whole list fits a 100×30 terminal (and 80×24) without scrolling."""

    BINDINGS = [
        Binding("escape", "dismiss", "Close help", key_display="esc"),
        Binding("f1,question_mark,q", "dismiss", "Close help", show=False),
    ]
    """Escape (or f1, ?, q) closes the help."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"), Grid(id="help-grid"):
            for group, keys in sections():
                with Vertical(classes="help-section"):
                    yield Static(Content(group), classes="help-group")
                    for key, what in keys:
                        with Horizontal(classes="help-row"):
                            yield Static(Content(key), classes="help-key")
                            yield Static(Content(what), classes="help-what")
        yield ChatFooter(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        help_box = self.query_one("#help")
        help_box.border_title = Content("Keys")
        help_box.border_subtitle = Content("esc closes")
        help_box.focus()
