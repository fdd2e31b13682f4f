"""Fixtures for the TUI tests, and a runner for `async def` tests (no pytest-asyncio needed)."""

from __future__ import annotations

import asyncio
import inspect
from dataclasses import replace

import pytest

from scarfaq.library import Library, open_library
from scarfaq.safety import Level, SafetyNote
from scarfaq.safety.notes import MEDICAL_LEAD, RED_FLAGS
from scarfaq.tui import chat
from tests.helpers import FIXTURE_CORPUS

#: A medical note as the safety notes shape it: a lead, then the fixed red-flag lines (a heading, "- " items).
LEAD = MEDICAL_LEAD


@pytest.fixture(scope="session")
def fixture_library() -> Library:
    return open_library(FIXTURE_CORPUS)


@pytest.fixture
def red_flag_notes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every medical answer carries the medical lead and the red flags, whatever the corpus's own note."""
    real = chat.find_answer

    def with_red_flags(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        result = real(*args, **kwargs)  # type: ignore[arg-type]
        if result.safety.level is not Level.MEDICAL:
            return result
        note = "\n".join((LEAD, *RED_FLAGS))
        return result._replace(safety=SafetyNote(Level.MEDICAL, note, red_flags=RED_FLAGS, lead=LEAD))

    monkeypatch.setattr(chat, "find_answer", with_red_flags)


@pytest.fixture
def plain_notes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Notes without a red-flag list (a lead of their own), as a corpus's own note might be."""
    real = chat.find_answer

    def without_lead(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        result = real(*args, **kwargs)  # type: ignore[arg-type]
        return result._replace(safety=replace(result.safety, lead="", red_flags=()))

    monkeypatch.setattr(chat, "find_answer", without_lead)


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run a coroutine test in a fresh event loop, as `App.run_test()` needs."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = inspect.signature(pyfuncitem.obj).parameters
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True
