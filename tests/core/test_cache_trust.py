"""The index cache is read only from folders and regular files that the user alone can write (as ssh
decides), never blocks on a FIFO, never follows a link, and cleans up only its own stale temp folders."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from scarfaq import cache, cache_files
from scarfaq.errors import CorpusError
from scarfaq.library import Library, load_library
from tests.conftest import write_corpus

DOCS = {"a.txt": "Scar care\n\nSilicone gel flattens raised scars over months.\n\nMassage helps too.\n"}


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "docs", DOCS)


def _load_in_time(docs: Path) -> tuple[Library, object]:
    """load_library in a thread: a FIFO that blocked the reader would hang the whole test run."""
    result: list = []
    worker = threading.Thread(target=lambda: result.append(load_library(docs)), daemon=True)
    worker.start()
    worker.join(timeout=120)  # a hang guard, not a speed test
    assert result, "loading the index blocked"
    return result[0]


@pytest.mark.parametrize(
    "where",
    ["meta.json", "ix_impacts.npy", "p_start.npy", "key folder", "corpus folder", "index folder"],
)
def test_a_cache_others_can_write_to_is_not_trusted_and_is_made_safe(docs: Path, where: str) -> None:
    folder = load_library(docs)[1].path
    target = {"key folder": folder, "corpus folder": folder.parent, "index folder": folder.parent.parent}.get(
        where, folder / where
    )
    target.chmod(stat.S_IMODE(target.stat().st_mode) | stat.S_IWGRP | stat.S_IWOTH)
    library, status = load_library(docs)
    assert not status.reused and library.passages
    assert load_library(docs)[1].reused  # the rebuild wrote a cache only the user can write to
    for path in (folder.parent.parent, folder.parent, folder, *folder.iterdir()):
        assert not path.stat().st_mode & (stat.S_IWGRP | stat.S_IWOTH)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="giving a file away needs root")
@pytest.mark.parametrize("what", ["a file", "the key folder"])
def test_a_cache_written_by_another_user_is_not_trusted(docs: Path, what: str) -> None:
    folder = load_library(docs)[1].path
    for path in [folder / "ix_doc_ids.npy"] if what == "a file" else [folder, *folder.iterdir()]:
        os.chown(path, 65534, 65534)
    library, status = load_library(docs)
    assert not status.reused and library.passages
    assert load_library(docs)[1].reused


@pytest.mark.parametrize("name", ["meta.json", "ix_doc_ids.npy", "english_words.npy"])
def test_a_fifo_in_the_cache_never_blocks(docs: Path, name: str) -> None:
    folder = load_library(docs)[1].path
    (folder / name).unlink()
    os.mkfifo(folder / name)
    library, status = _load_in_time(docs)
    assert not status.reused and library.passages


def test_a_fifo_in_place_of_the_cache_folder_never_blocks(docs: Path) -> None:
    folder = load_library(docs)[1].path
    cache_files.remove_tree(folder)
    os.mkfifo(folder)
    library, status = _load_in_time(docs)
    assert not status.reused and library.passages
    assert load_library(docs)[1].reused


def test_links_in_the_cache_are_never_followed(docs: Path, tmp_path: Path) -> None:
    folder = load_library(docs)[1].path
    elsewhere = tmp_path / "elsewhere.npy"
    elsewhere.write_bytes((folder / "ix_idf.npy").read_bytes())
    (folder / "ix_idf.npy").unlink()
    (folder / "ix_idf.npy").symlink_to(elsewhere)
    library, status = load_library(docs)
    assert not status.reused and library.passages
    assert elsewhere.exists()


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _aged(path: Path, seconds: float) -> Path:
    then = time.time() - seconds
    os.utime(path, (then, then))
    return path


def test_only_scarfaqs_own_stale_temp_folders_are_removed(docs: Path) -> None:
    folder = load_library(docs)[1].path.parent
    day, dead = 86_400, _dead_pid()
    ours = cache.TEMP_PREFIX
    entries = {  # name: (a folder?, age in seconds, removed?)
        f"{ours}0123abcd.{os.getpid()}.k3yq_x.tmp": (True, 2 * cache_files.STALE_SECONDS, True),  # too old
        f"{ours}0123abcd.{dead}.zz9.tmp": (True, 2 * cache_files.ORPHAN_SECONDS, True),  # its run is gone
        f"{ours}0123abcd.{os.getpid()}.fresh.tmp": (True, 10, False),  # a run writing now
        f"{ours}0123abcd.{dead}.recent.tmp": (True, 10, False),  # its run may be on another machine
        f"{ours}left-over.tmp": (False, 2 * cache_files.STALE_SECONDS, True),  # a file of ours, too old
        ".0123abcd.x1y2.tmp": (False, day, False),  # not named as ours
        "notes.tmp": (False, day, False),
        ".scarfaq-notes.tmp": (True, day, False),
        f"{ours}notes": (True, day, False),  # not a temp name
    }
    for name, (is_folder, age, _) in entries.items():
        path = folder / name
        if is_folder:
            path.mkdir()
            (path / "ix_idf.npy").write_bytes(b"half written")
        else:
            path.write_text("someone else's")
        _aged(path, age)
    load_library(docs, rebuild=True)
    left = {name for name in entries if (folder / name).exists()}
    assert left == {name for name, (_, _, removed) in entries.items() if not removed}


def test_temp_folders_are_named_so_nothing_else_matches(tmp_path: Path) -> None:
    temp = cache_files.temp_folder(tmp_path, "0123abcd")
    assert temp.name.startswith(f"{cache.TEMP_PREFIX}0123abcd.{os.getpid()}.") and temp.name.endswith(".tmp")
    assert cache_files.is_temp(temp) and stat.S_IMODE(temp.stat().st_mode) == 0o700
    others = (".0123.abc.tmp", "x.tmp", ".scarfaq-x.tmp", f"{cache.TEMP_PREFIX}x")
    assert not any(cache_files.is_temp(tmp_path / name) for name in others)


def test_an_old_single_file_cache_is_replaced(docs: Path) -> None:
    old = cache.cache_path(docs).with_suffix(".npz")
    old.parent.mkdir(parents=True)
    old.write_bytes(b"PK\x03\x04 the first versions' cache")
    library, status = load_library(docs)
    assert not status.reused and library.passages and not old.exists()


# The rules as main's single-file cache had them, on the cache folder.

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


def test_a_sticky_folder_others_can_write_to_is_trusted(corpus: Path) -> None:
    """As /tmp: others may add files there, but not replace ours."""
    folder = load_library(corpus)[1].path.parent.parent
    folder.chmod(stat.S_IMODE(folder.stat().st_mode) | stat.S_IWGRP | stat.S_IWOTH | stat.S_ISVTX)
    assert load_library(corpus)[1].reused


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
