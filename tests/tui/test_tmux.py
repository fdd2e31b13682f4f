"""End to end in a real terminal: tmux runs `scarfaq` on the shipped corpus and we read the screen.

Skipped when tmux is missing, unless SCARFAQ_REQUIRE_TMUX=1 (CI), where a missing tmux is a failure.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 30.0
STORY = "I had acne as a teenager.\nIt left deep pits on my cheeks.\nWhat is laser resurfacing?"
#: The empty box shows the shipped corpus's placeholder (corpus/.scarfaq/corpus.toml).
PLACEHOLDER = "Ask about scar treatments, e.g. What is Contractubex?"


def _tmux() -> str:
    found = shutil.which("tmux")
    if found:
        return found
    if os.environ.get("SCARFAQ_REQUIRE_TMUX") == "1":
        pytest.fail("tmux is required (SCARFAQ_REQUIRE_TMUX=1) but is not installed")
    pytest.skip("tmux is not installed")


class Terminal:
    """One tmux server on its own socket, holding one window that runs scarfaq."""

    def __init__(self, tmux: str, home: Path, cache: Path) -> None:
        self.tmux = tmux
        self.home = home
        """Holds the config and state folders of this terminal's scarfaq (kept across restarts)."""
        self.cache = cache
        self.socket = f"scarfaq-test-{uuid.uuid4().hex[:12]}"

    def run(self, *args: str) -> str:
        done = subprocess.run([self.tmux, "-L", self.socket, *args], capture_output=True, text=True, timeout=10)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def start(self, width: int = 80, height: int = 24) -> str:
        """Start scarfaq in a window of this size; the screen once the documents are loaded."""
        self.run("-f", "/dev/null", "new-session", "-d", "-s", "chat", "-x", str(width), "-y", str(height),
                 self._command())
        return self.wait_for(lambda s: "passages" in s and "Quit" in s, "the chat to load")

    def _command(self) -> str:
        script = Path(sys.executable).with_name("scarfaq")
        program = shlex.quote(str(script)) if script.exists() else f"{shlex.quote(sys.executable)} -m scarfaq"
        folders = {"SCARFAQ_CONFIG_DIR": self.home / "config", "SCARFAQ_STATE_DIR": self.home / "state",
                   "SCARFAQ_CACHE_DIR": self.cache}
        settings = " ".join(f"{name}={shlex.quote(str(folder))}" for name, folder in folders.items())
        return f"cd {shlex.quote(str(ROOT))} && env -u SCARFAQ_CORPUS TERM=xterm-256color {settings} {program}"

    def type(self, text: str) -> None:
        self.run("send-keys", "-t", "chat", "-l", text)

    def press(self, *keys: str) -> None:
        self.run("send-keys", "-t", "chat", *keys)

    def paste(self, text: str) -> None:
        """Paste as a terminal does when the program asked for bracketed paste (Textual does)."""
        self.run("set-buffer", "-b", "story", text)
        self.run("paste-buffer", "-p", "-b", "story", "-t", "chat")

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "chat")

    def wait_for(self, found: Callable[[str], bool], what: str) -> str:
        """Poll the screen until found(screen) holds; fail with the last screen after TIMEOUT."""
        deadline = time.monotonic() + TIMEOUT
        while True:
            screen = self.screen()
            if found(screen):
                return screen
            if time.monotonic() > deadline:
                pytest.fail(f"timed out waiting for {what}; the screen was:\n{screen}")
            time.sleep(0.1)

    def box(self) -> str | None:
        """The question box's text lines (between its top and bottom borders, above the footer); "" when it
        shows its placeholder; None when no box is on the screen (another screen, or one being swapped)."""
        lines = self.screen().rstrip("\n").splitlines()
        bottom = max((i for i, line in enumerate(lines) if "▁▁▁" in line), default=None)
        top = max((i for i, line in enumerate(lines[:bottom]) if "▔▔▔" in line), default=None) if bottom else None
        if top is None:
            return None
        text = "\n".join(line.strip(" ▊▎") for line in lines[top + 1 : bottom])
        return "" if text == PLACEHOLDER else text

    def ask(self, question: str) -> str:
        """Type a question, press enter, and wait for its answer: its bubble at the top, its quotes below."""
        self.type(question)
        self.wait_for(lambda s: self.box() == question, "the question in the box")
        self.press("Enter")
        return self.wait_for(lambda s: "score" in s.partition(f"You  {question}")[2], f"the answer to {question!r}")

    def quit(self) -> None:
        self.press("C-q")
        deadline = time.monotonic() + TIMEOUT
        while subprocess.run([self.tmux, "-L", self.socket, "has-session", "-t", "chat"],
                             capture_output=True).returncode == 0:
            if time.monotonic() > deadline:
                pytest.fail(f"scarfaq did not quit; the screen was:\n{self.screen()}")
            time.sleep(0.1)

    def kill(self) -> None:
        subprocess.run([self.tmux, "-L", self.socket, "kill-server"], capture_output=True, timeout=10)


@pytest.fixture(scope="module")
def index_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One index cache for every terminal here: the first start builds it, the others load it."""
    return tmp_path_factory.mktemp("tmux-cache")


@pytest.fixture
def terminal(tmp_path: Path, index_cache: Path) -> Iterator[Terminal]:
    term = Terminal(_tmux(), tmp_path, index_cache)
    try:
        yield term
    finally:
        term.kill()


def test_scarfaq_answers_in_a_real_terminal(terminal: Terminal) -> None:
    terminal.start()
    screen = terminal.ask("What is Contractubex?")
    assert "Contractubex" in screen
    assert "000_10337e737a998f31.txt:" in screen, "the quote's source file and lines are shown"
    assert "Traceback" not in screen
    terminal.quit()


def test_typing_after_tab_more_results_and_the_viewer_lands_in_the_box(terminal: Terminal) -> None:
    terminal.start()
    terminal.ask("What is Contractubex?")
    terminal.press("Tab")
    terminal.wait_for(lambda s: "^a Copy all" in s, "a quote to have the focus")
    terminal.type("cost")
    terminal.wait_for(lambda s: terminal.box() == "cost", "the typing in the box")
    assert "Copied" not in terminal.screen()
    terminal.press("C-u")
    terminal.wait_for(lambda s: terminal.box() == "", "an empty box")
    terminal.press("C-r")
    terminal.wait_for(lambda s: "more quote" in s, "more results")
    terminal.type("price")
    terminal.wait_for(lambda s: terminal.box() == "price", "typing after more results")
    terminal.press("C-u")
    terminal.wait_for(lambda s: terminal.box() == "", "an empty box")
    terminal.press("Tab")
    terminal.wait_for(lambda s: "^a Copy all" in s, "a quote to have the focus")
    terminal.press("Enter")
    terminal.wait_for(lambda s: "To the quote" in s, "the viewer")
    terminal.press("Escape")
    terminal.wait_for(lambda s: "^a Copy all" in s, "back on the quote")
    terminal.type("cream")
    terminal.wait_for(lambda s: terminal.box() == "cream", "typing after the viewer")
    assert "Copied" not in terminal.screen()


def test_a_bracketed_paste_of_three_lines_is_asked_whole(terminal: Terminal) -> None:
    terminal.start()
    terminal.paste(STORY)
    terminal.wait_for(lambda s: terminal.box() == STORY, "the three lines in the box")
    terminal.press("Enter")
    screen = terminal.wait_for(lambda s: "score" in s, "the answer")
    for line in STORY.splitlines():
        assert line in screen, "every line was asked, in one question"


def test_a_resize_from_120x40_to_80x24_keeps_the_latest_turn_in_view(terminal: Terminal) -> None:
    terminal.start(120, 40)
    for question in ("What is Contractubex?", "How do I get rid of acne pits?", "What is subcision?"):
        terminal.ask(question)
    terminal.run("resize-window", "-t", "chat", "-x", "80", "-y", "24")
    screen = terminal.wait_for(lambda s: len(s.splitlines()[0]) <= 80, "the smaller window")
    time.sleep(0.5)
    screen = terminal.screen()
    assert "What is subcision?" in screen, f"the latest question is on screen:\n{screen}"
    assert "How do I get rid of acne pits?" not in screen


def test_theme_and_history_survive_a_restart(terminal: Terminal) -> None:
    terminal.start()
    terminal.ask("What is subcision?")
    terminal.press("C-p")
    terminal.wait_for(lambda s: "Search for commands" in s, "the palette")
    terminal.type("theme")
    terminal.wait_for(lambda s: "Change the current theme" in s, "the theme command")
    terminal.press("Enter")
    terminal.wait_for(lambda s: "Search for themes" in s, "the theme list")
    terminal.type("nord")
    terminal.wait_for(lambda s: "nord" in s.split("Search for themes")[-1], "nord in the list")
    terminal.press("Enter")
    settings = terminal.home / "config" / "settings.json"
    deadline = time.monotonic() + TIMEOUT
    while not (settings.exists() and json.loads(settings.read_text()).get("theme") == "nord"):
        assert time.monotonic() < deadline, "the theme was saved"
        time.sleep(0.1)
    terminal.quit()
    terminal.start()
    terminal.press("Up")
    terminal.wait_for(lambda s: terminal.box() == "What is subcision?", "the earlier question after a restart")
    assert json.loads(settings.read_text()) == {"theme": "nord"}, "the theme is read, not reset"
