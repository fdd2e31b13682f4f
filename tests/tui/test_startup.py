"""The chat's first frame comes fast: nothing heavy of the core is imported before it, the index loads after."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

#: What the first frame must not wait for: the index, the analyser and their libraries.
HEAVY = ["numpy", "nltk", "scarfaq.library", "scarfaq.answer", "scarfaq.analysis", "scarfaq.index",
         "scarfaq.cache", "scarfaq.safety", "scarfaq.render"]

CODE = """
import json, sys
from scarfaq.tui.app import build_app
from scarfaq.tui.chat import ChatScreen

seen = {}
ChatScreen.load_library = lambda self: None  # stop at the first frame: the worker would import the core
original = ChatScreen.on_mount

def on_mount(self):
    original(self)
    self.call_after_refresh(lambda: seen.update(modules=sorted(sys.modules)))
    self.set_timer(0.3, self.app.exit)

ChatScreen.on_mount = on_mount

async def main():
    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.5)

import asyncio
asyncio.run(main())
print(json.dumps(seen["modules"]))
"""


@pytest.mark.slow
def test_nothing_heavy_is_imported_before_the_first_frame() -> None:
    done = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    modules = set(json.loads(done.stdout.splitlines()[-1]))
    assert "textual" in modules and "scarfaq.tui.chat" in modules
    assert not set(HEAVY) & modules, sorted(set(HEAVY) & modules)


async def test_the_collector_is_back_on_once_the_first_frame_is_drawn(fixture_library) -> None:
    """The CLI holds Python's garbage collector off while the chat starts; the app turns it back on."""
    import gc

    from scarfaq.tui.app import build_app

    gc.disable()
    try:
        async with build_app(library=fixture_library).run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert gc.isenabled()
    finally:
        gc.enable()
