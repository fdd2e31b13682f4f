"""Shared fixtures: the default library (built once), and a throw-away cache, config and state per test."""

from __future__ import annotations

import pytest

from scarfaq.library import Library, open_library
from tests.helpers import CORPUS, ROOT, write_corpus

__all__ = ["CORPUS", "ROOT", "write_corpus"]


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the cache, the chat's settings and its question history at temp folders, and ignore a corpus
    set in the user's environment."""
    monkeypatch.setenv("SCARFAQ_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("SCARFAQ_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.setenv("SCARFAQ_STATE_DIR", str(tmp_path_factory.mktemp("state")))
    monkeypatch.delenv("SCARFAQ_CORPUS", raising=False)


@pytest.fixture(scope="session")
def library() -> Library:
    return open_library(CORPUS)
