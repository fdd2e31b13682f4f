"""The index cache is trusted only when it is this user's own regular file, and we clean only our temp files."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from scarfaq import cache
from scarfaq.errors import CorpusError
from scarfaq.library import load_library
from tests.conftest import write_corpus

GOOD = "Silicone gel\n\nSilicone gel flattens raised scars over a few months.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "docs", {"good.txt": GOOD})


def test_a_fifo_in_place_of_the_cache_is_rebuilt_not_waited_on(corpus: Path) -> None:
    path = cache.cache_path(corpus.resolve())
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    done: list[bool] = []
    worker = threading.Thread(target=lambda: done.append(not load_library(corpus)[1].reused), daemon=True)
    worker.start()
    worker.join(timeout=30)
    assert done == [True]


def test_a_cache_file_others_can_write_is_not_trusted(corpus: Path) -> None:
    _, first = load_library(corpus)
    assert first.path is not None
    first.path.chmod(first.path.stat().st_mode | stat.S_IWOTH)
    library, again = load_library(corpus)
    assert not again.reused and library.passages
    assert load_library(corpus)[1].reused  # rewritten as this user's own


def test_only_our_temp_files_are_cleaned_up(corpus: Path) -> None:
    _, status = load_library(corpus)
    folder = status.path.parent
    theirs = folder / ".someone-elses.tmp"
    ours = folder / f"{cache.TEMP_PREFIX}left-over.tmp"
    for path in (theirs, ours):
        path.write_text("x")
        os.utime(path, (0, 0))  # older than any live writer's
    load_library(corpus, rebuild=True)
    assert theirs.exists() and not ours.exists()


def test_an_unknown_users_cache_folder_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.CACHE_ENV, "~no_such_user_here/cache")
    with pytest.raises(CorpusError, match="no such user's home folder"):
        cache.cache_dir()
