"""The synonyms file as someone else may leave it: a folder, unreadable, a FIFO, a link to /dev/zero, huge.
Each is a warning and no synonyms; nothing blocks, nothing reads without end, the documents still answer."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from scarfaq import synonyms as synonyms_module
from scarfaq.library import open_library
from scarfaq.synonyms import SYNONYMS_PATH, Synonyms
from tests.cli.test_bad_input import run
from tests.conftest import write_corpus

GEL = "Silicone gel\n\nSilicone gel flattens raised scars over a few months.\n"
LASER = "Laser\n\nFractional laser resurfacing treats acne scars; expect redness for days.\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = write_corpus(tmp_path / "docs", {"gel.txt": GEL, "laser.md": LASER})
    (folder / SYNONYMS_PATH).parent.mkdir()
    return folder


def test_a_good_file_is_read(folder: Path) -> None:
    (folder / SYNONYMS_PATH).write_text("pockmark, pitted scar\n")
    synonyms, warnings = Synonyms.read(folder)
    assert len(synonyms) == 2 and warnings == []


def test_no_file_is_no_synonyms_and_no_warning(folder: Path) -> None:
    assert (len(Synonyms.read(folder)[0]), Synonyms.read(folder)[1]) == (0, [])


@pytest.mark.parametrize(
    "make, reason",
    [
        (lambda path: path.mkdir(), "not a regular file"),
        (lambda path: os.mkfifo(path), "not a regular file"),
        (lambda path: path.symlink_to("/dev/zero"), "not a regular file"),
    ],
    ids=["folder", "fifo", "link to /dev/zero"],
)
def test_a_file_that_is_not_a_file_is_a_warning(folder: Path, make, reason: str) -> None:
    make(folder / SYNONYMS_PATH)
    synonyms, warnings = Synonyms.read(folder)
    assert len(synonyms) == 0 and warnings == [f"synonyms.txt ignored: {reason}"]


def test_an_unreadable_file_is_a_warning(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (folder / SYNONYMS_PATH).write_text("pockmark, pitted scar\n")
    real = os.open

    def refusing(path, *args, **kwargs):
        if os.fspath(path).endswith("synonyms.txt"):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing)  # chmod 000 means nothing to root, who runs CI
    assert Synonyms.read(folder)[1] == ["synonyms.txt ignored: permission denied"]


def test_a_file_over_the_limit_is_a_warning(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(synonyms_module, "MAX_BYTES", 1000)
    (folder / SYNONYMS_PATH).write_text("pockmark, pitted scar\n" * 100)
    assert Synonyms.read(folder)[1] == ["synonyms.txt ignored: larger than 1,000 bytes"]


def test_the_warning_reaches_the_library_and_the_cache_keeps_it(folder: Path) -> None:
    (folder / SYNONYMS_PATH).mkdir()
    for _ in range(2):  # built, then loaded from the cache
        library = open_library(folder)
        assert "synonyms.txt ignored: not a regular file" in library.warnings
        assert library.passages


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["fifo", "/dev/zero"])
def test_the_command_neither_hangs_nor_reads_without_end(folder: Path, kind: str) -> None:
    path = folder / SYNONYMS_PATH
    os.mkfifo(path) if kind == "fifo" else path.symlink_to("/dev/zero")
    result = run("ask", "silicone gel", "--corpus", str(folder))  # a hang fails on the 120 s timeout
    assert result.returncode == 0 and b"Silicone gel flattens" in result.stdout
    assert result.stderr.decode() == "scarfaq: warning: synonyms.txt ignored: not a regular file\n"
