"""The scarfaq app: a thin App that pushes the chat screen and keeps the theme and question history between
runs, plus the factory used by the CLI and the tests."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from scarfaq.terminal_text import visible
from scarfaq.tui.chat import ChatScreen
from scarfaq.tui.help import HelpScreen
from scarfaq.tui.state import SavedState
from scarfaq.tui.typeahead import typed_ahead

if TYPE_CHECKING:
    from textual.theme import Theme

    from scarfaq.library import Library

#: f1 and ? as one row of the help.
HELP = Binding.Group("This help (? when not typing)")
#: Textual's palette entries that mean nothing here ("Keys" repeats our help; nothing is worth maximizing).
_DROPPED_COMMANDS = frozenset({"Keys", "Maximize", "Minimize"})


class ScarfaqApp(App[None]):
    """Ask questions about a folder of documents; answers are verbatim quotes with their sources."""

    CSS_PATH = "scarfaq.tcss"
    TITLE = "scarfaq"
    SUB_TITLE = "quotes from the documents"
    BINDINGS = [
        Binding("f1", "help", "Help", tooltip="This list of keys", group=HELP),
        Binding("question_mark", "help", "Help", show=False, tooltip="This list of keys (when not typing)",
                group=HELP),
        Binding("ctrl+q", "quit", "Quit", priority=True, tooltip="Quit scarfaq"),
    ]
    """Help (f1 or ?) and quit work on every screen."""

    def __init__(self, corpus: str | Path | None = None, library: Library | None = None,
                 state: SavedState | None = None, *, follow_links: bool = False, typed: str = "") -> None:
        super().__init__()
        self.typed = typed
        """Text typed before the app took the terminal (typeahead.py): typed into the box, its lines asked."""
        self.corpus = corpus
        self.follow_links = follow_links
        self.library = library
        self.state = state or SavedState()

    def on_mount(self) -> None:
        self.call_after_refresh(gc.enable)  # the CLI holds the collector off until the first frame is drawn
        theme = self.state.theme()
        if theme.value in self.available_themes:
            self.theme = theme.value
        elif theme.value is not None:
            self._warn(f"ignored the saved theme {theme.value!r} (no such theme)")
        if theme.warning:
            self._warn(theme.warning)
        self.theme_changed_signal.subscribe(self, self._save_theme)
        history = self.state.history()
        if history.warning:
            self._warn(history.warning)
        self.push_screen(ChatScreen(self.corpus, self.library, history=history.value, follow_links=self.follow_links,
                                    typed=self.typed))

    def _save_theme(self, theme: Theme) -> None:
        warning = self.state.save_theme(theme.name)
        if warning:
            self._warn(warning)

    def save_history(self, questions: Sequence[str]) -> None:
        """Keep the question history for the next run."""
        warning = self.state.save_history(questions)
        if warning:
            self._warn(warning)

    def forget_history(self) -> None:
        """Forget every earlier question, on screen and on disk."""
        if isinstance(self.screen, ChatScreen):
            self.screen.forget_history()
        self.save_history([])
        self.notify("Forgot the earlier questions.", timeout=3)

    def _warn(self, message: str) -> None:
        self.notify(visible(message), title="Saved settings", severity="warning", timeout=8, markup=False)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        for command in super().get_system_commands(screen):
            if command.title not in _DROPPED_COMMANDS:
                yield command
        yield SystemCommand("Help", "Show every key of scarfaq", self.action_help)
        if isinstance(screen, ChatScreen):
            yield SystemCommand("New topic", "Forget earlier questions; the next one stands alone",
                                screen.action_new_topic)
            yield SystemCommand("More results", "More quotes for the latest question", screen.action_more_results)
            yield SystemCommand("Quotes", "Move to the quotes of the latest answer", screen.to_quotes)
            yield SystemCommand("Copy answer", "Copy the latest answer, every quote with its source",
                                screen.action_copy_answer)
            yield SystemCommand("Forget question history", "Forget the earlier questions kept between runs",
                                self.forget_history)


def build_app(corpus: str | Path | None = None, library: Library | None = None,
              state: SavedState | None = None, *, follow_links: bool = False, typed: str = "") -> ScarfaqApp:
    """The app for a corpus folder (loaded in a worker), or for an already loaded library (tests);
    `follow_links` reads documents that links in the folder point to outside it; `typed` is what was typed
    before the app started."""
    return ScarfaqApp(corpus=corpus, library=library, state=state, follow_links=follow_links, typed=typed)


def run_chat(corpus: str | None = None, *, follow_links: bool = False) -> int:
    """Open the chat; a corpus folder that does not exist is reported before the app starts (exit 2)."""
    from scarfaq.corpus import resolve_corpus_dir
    from scarfaq.errors import EXIT_USAGE, ScarfaqError

    try:
        resolve_corpus_dir(corpus)
    except ScarfaqError as error:
        print(visible(f"scarfaq: error: {error}"), file=sys.stderr)
        return EXIT_USAGE
    stdin = sys.__stdin__
    with typed_ahead(stdin.fileno() if stdin is not None else -1) as typed:
        build_app(corpus, follow_links=follow_links, typed=typed).run()
    return 0
