"""The help screen: every key of scarfaq, read from the bindings themselves so that it can never drift."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
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
    """(keys, what they do) for each binding, once per key (a key with two labelled meanings, such as tab
    to the examples or to the quotes, is shown once with both)."""
    seen: dict[str, list[str]] = {}
    for binding in bindings:
        if not isinstance(binding, Binding) or binding.system:
            continue
        what = binding.tooltip or binding.description
        seen.setdefault(key_text(binding.key), [])
        if what not in seen[key_text(binding.key)]:
            seen[key_text(binding.key)].append(what)
    for keys, meanings in seen.items():
        yield keys, " · ".join(meanings)


def sections() -> list[tuple[str, list[tuple[str, str]]]]:
    """The key table: where keys work, and their rows (imported here: the help is opened, not started with)."""
    from scarfaq.tui.app import ScarfaqApp
    from scarfaq.tui.cards import AnswerCard
    from scarfaq.tui.chat import ChatScreen
    from scarfaq.tui.question_box import QuestionBox
    from scarfaq.tui.viewer import DocumentScreen

    return [
        ("In the question box", list(rows(QuestionBox.BINDINGS))),
        ("On a quote (typing goes to the question box)", list(rows(AnswerCard.BINDINGS))),
        ("Anywhere in the chat", list(rows([*ChatScreen.BINDINGS, *ScarfaqApp.BINDINGS]))),
        ("In the document viewer", list(rows(DocumentScreen.BINDINGS))),
    ]


class HelpScreen(ModalScreen[None]):
    """The keys of scarfaq, over the current screen, with a footer of its own."""

    BINDINGS = [
        Binding("escape", "dismiss", "Close help", key_display="esc"),
        Binding("f1,question_mark,q", "dismiss", "Close help", show=False),
    ]
    """Escape (or f1, ?, q) closes the help."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            for group, keys in sections():
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
