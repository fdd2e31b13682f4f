"""Shared fixtures: the default library (built once) and a throw-away cache and corpus per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from scarfaq.library import Library, open_library

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the cache at a temp folder and ignore a corpus set in the user's environment."""
    monkeypatch.setenv("SCARFAQ_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("SCARFAQ_CORPUS", raising=False)


@pytest.fixture(scope="session")
def library() -> Library:
    return open_library(CORPUS)


def write_corpus(folder: Path, files: dict[str, str | bytes]) -> Path:
    """Create a corpus folder from {relative path: text or bytes}; text is written without newline translation."""
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content.encode("utf-8") if isinstance(content, str) else content
        path.write_bytes(data)
    return folder
