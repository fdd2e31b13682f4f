"""Fixtures for the TUI tests, and a runner for `async def` tests (no pytest-asyncio needed)."""

from __future__ import annotations

import asyncio
import inspect

import pytest
from tests.tui.pilot_helpers import FIXTURE_CORPUS

from scarfaq.library import Library, open_library


@pytest.fixture(scope="session")
def fixture_library() -> Library:
    return open_library(FIXTURE_CORPUS)


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run a coroutine test in a fresh event loop, as `App.run_test()` needs."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = inspect.signature(pyfuncitem.obj).parameters
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True
