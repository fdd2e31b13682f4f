"""The scarfaq app: a thin App that pushes the chat screen, plus the factory used by the CLI and the tests."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from scarfaq.corpus import resolve_corpus_dir
from scarfaq.errors import EXIT_USAGE, ScarfaqError
from scarfaq.library import Library
from scarfaq.terminal_text import visible
from scarfaq.tui.chat import ChatScreen
from scarfaq.tui.help import HelpScreen


class ScarfaqApp(App[None]):
    """Ask questions about a folder of documents; answers are verbatim quotes with their sources."""

    CSS_PATH = "scarfaq.tcss"
    TITLE = "scarfaq"
    SUB_TITLE = "quotes from the documents"
    BINDINGS = [
        Binding("f1", "help", "Help"),
        Binding("question_mark", "help", "Help", show=False),
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]
    """Help (f1 or ?) and quit work on every screen."""

    def __init__(self, corpus: str | Path | None = None, library: Library | None = None) -> None:
        super().__init__()
        self.corpus = corpus
        self.library = library

    def on_mount(self) -> None:
        self.push_screen(ChatScreen(self.corpus, self.library))

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help: keys", "Show every key of scarfaq", self.action_help)
        if isinstance(screen, ChatScreen):
            yield SystemCommand("New topic", "Forget earlier questions; the next one stands alone", screen.action_new_topic)
            yield SystemCommand("More results", "More quotes for the latest question", screen.action_more_results)
            yield SystemCommand("Quotes", "Move to the quotes of the latest answer", screen.to_quotes)


def build_app(corpus: str | Path | None = None, library: Library | None = None) -> ScarfaqApp:
    """The app for a corpus folder (loaded in a worker), or for an already loaded library (tests)."""
    return ScarfaqApp(corpus=corpus, library=library)


def run_chat(corpus: str | None = None) -> int:
    """Open the chat; a corpus folder that does not exist is reported before the app starts (exit 2)."""
    try:
        resolve_corpus_dir(corpus)
    except ScarfaqError as error:
        print(visible(f"scarfaq: error: {error}"), file=sys.stderr)
        return EXIT_USAGE
    build_app(corpus).run()
    return 0
