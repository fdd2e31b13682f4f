"""End to end in a real terminal: tmux runs `scarfaq` at 80×24 on the shipped corpus and we read the screen.

Skipped when tmux is missing, unless SCARFAQ_REQUIRE_TMUX=1 (CI), where a missing tmux is a failure.
"""

from __future__ import annotations

import os
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


def _tmux() -> str:
    found = shutil.which("tmux")
    if found:
        return found
    if os.environ.get("SCARFAQ_REQUIRE_TMUX") == "1":
        pytest.fail("tmux is required (SCARFAQ_REQUIRE_TMUX=1) but is not installed")
    pytest.skip("tmux is not installed")


class Terminal:
    """One tmux server on its own socket, holding one 80×24 window."""

    def __init__(self, tmux: str) -> None:
        self.tmux = tmux
        self.socket = f"scarfaq-test-{uuid.uuid4().hex[:12]}"

    def run(self, *args: str) -> str:
        done = subprocess.run([self.tmux, "-L", self.socket, *args], capture_output=True, text=True, timeout=10)
        assert done.returncode == 0, done.stderr
        return done.stdout

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

    def wait_for_exit(self) -> None:
        """Poll until the program in the window has exited (tmux closes the session with it)."""
        deadline = time.monotonic() + TIMEOUT
        while subprocess.run([self.tmux, "-L", self.socket, "has-session", "-t", "chat"], capture_output=True).returncode == 0:
            if time.monotonic() > deadline:
                pytest.fail(f"scarfaq did not quit; the screen was:\n{self.screen()}")
            time.sleep(0.1)

    def kill(self) -> None:
        subprocess.run([self.tmux, "-L", self.socket, "kill-server"], capture_output=True, timeout=10)


def _command() -> str:
    script = Path(sys.executable).with_name("scarfaq")
    program = str(script) if script.exists() else f"{sys.executable} -m scarfaq"
    return f"cd {ROOT} && env -u SCARFAQ_CORPUS TERM=xterm-256color {program}"


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    term = Terminal(_tmux())
    try:
        yield term
    finally:
        term.kill()


def test_scarfaq_answers_in_a_real_terminal(terminal: Terminal) -> None:
    terminal.run("-f", "/dev/null", "new-session", "-d", "-s", "chat", "-x", "80", "-y", "24", _command())
    terminal.wait_for(lambda s: "passages" in s and "Quit" in s, "the chat to load")
    terminal.run("send-keys", "-t", "chat", "-l", "What is Contractubex?")
    terminal.run("send-keys", "-t", "chat", "Enter")
    screen = terminal.wait_for(lambda s: "score" in s, "the first quote")
    assert "Contractubex" in screen
    assert "003_a2bebb0a59317d68.txt:" in screen, "the quote's source file and lines are shown"
    assert "Traceback" not in screen
    terminal.run("send-keys", "-t", "chat", "C-q")
    terminal.wait_for_exit()
