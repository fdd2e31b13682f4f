"""Folders from someone else: links out of the folder, unreadable sub-folders, unknown users, too much."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from scarfaq import corpus as corpus_module
from scarfaq.corpus import load_corpus, resolve_corpus_dir
from scarfaq.errors import CorpusError
from tests.conftest import write_corpus

GOOD = "Silicone gel\n\nSilicone gel flattens raised scars over a few months.\n"


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "elsewhere", {"secret.txt": "Private\n\nThe password is swordfish.\n"})


def test_links_out_of_the_folder_are_not_followed_by_default(tmp_path: Path, outside: Path) -> None:
    folder = write_corpus(tmp_path / "docs", {"good.txt": GOOD})
    (folder / "file-link.txt").symlink_to(outside / "secret.txt")
    (folder / "dir-link").symlink_to(outside)
    corpus = load_corpus(folder)
    assert [d.source for d in corpus.documents] == ["good.txt"]
    assert len(corpus.warnings) == 2
    assert all("outside the corpus folder (--follow-links reads it)" in w for w in corpus.warnings)


def test_links_are_followed_when_asked(tmp_path: Path, outside: Path) -> None:
    folder = write_corpus(tmp_path / "docs", {"good.txt": GOOD})
    (folder / "dir-link").symlink_to(outside)
    corpus = load_corpus(folder, follow_links=True)
    assert [d.source for d in corpus.documents] == ["dir-link/secret.txt", "good.txt"]


def test_links_inside_the_folder_are_read(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "docs", {"sub/good.txt": GOOD})
    (folder / "alias.txt").symlink_to(folder / "sub" / "good.txt")
    assert [d.source for d in load_corpus(folder).documents] == ["alias.txt", "sub/good.txt"]


@pytest.mark.parametrize("failure", [errno.EACCES, errno.ENAMETOOLONG])
def test_a_sub_folder_that_cannot_be_listed_is_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: int
) -> None:
    folder = write_corpus(tmp_path / "docs", {"good.txt": GOOD, "locked/hidden.txt": GOOD})
    real = os.scandir

    def refusing(path):
        if os.fspath(path).endswith("locked"):
            raise OSError(failure, os.strerror(failure), os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", refusing)
    corpus = load_corpus(folder)
    assert [d.source for d in corpus.documents] == ["good.txt"]
    assert corpus.warnings == (f"skipped locked/: {os.strerror(failure).lower()}",)


@pytest.mark.parametrize("variable", [None, "SCARFAQ_CORPUS"])
def test_an_unknown_users_home_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, variable: str | None) -> None:
    option = "~no_such_user_here/docs"
    if variable:
        monkeypatch.setenv(variable, option)
    with pytest.raises(CorpusError, match="no such user's home folder"):
        resolve_corpus_dir(None if variable else option)


def test_too_many_documents_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus_module, "MAX_DOCUMENTS", 3)
    folder = write_corpus(tmp_path / "docs", {f"{i}.txt": GOOD for i in range(5)})
    with pytest.raises(CorpusError, match="more than 3 documents below .*smaller folder"):
        load_corpus(folder)


def test_a_document_over_the_size_limit_is_skipped_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(corpus_module, "MAX_DOCUMENT_BYTES", 1_000_000)
    folder = write_corpus(tmp_path / "docs", {"good.txt": GOOD, "huge.txt": "word " * 400_000})
    corpus = load_corpus(folder)
    assert [d.source for d in corpus.documents] == ["good.txt"]
    assert corpus.warnings == ("skipped huge.txt: 2 MB, larger than the 1 MB limit",)


def test_too_much_text_altogether_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus_module, "MAX_CORPUS_CHARS", 100)
    folder = write_corpus(tmp_path / "docs", {f"{i}.txt": GOOD for i in range(3)})
    with pytest.raises(CorpusError, match="more than 100 characters"):
        load_corpus(folder)


def test_a_long_build_without_a_terminal_says_how_far_it_is(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from scarfaq import progress as progress_module

    monkeypatch.setattr(progress_module, "LINE_EVERY_SECONDS", 0.0)
    with progress_module.BuildProgress() as progress:  # pytest's stderr is not a terminal
        progress("Indexing passages", 500, 2000)
        progress("Indexing passages", 1000, 2000)
    lines = capsys.readouterr().err.splitlines()
    assert lines == ["scarfaq: indexing passages: 500 of 2,000", "scarfaq: indexing passages: 1,000 of 2,000"]


@pytest.mark.skipif(not Path("/proc/version").is_file(), reason="needs Linux's /proc")
def test_a_file_whose_size_says_nothing_is_read_whole(tmp_path: Path) -> None:
    """Files of /proc report a size of 0 and hold text: a document is read to its end, not to its size."""
    folder = write_corpus(tmp_path / "docs", {"good.txt": GOOD})
    (folder / "version.txt").symlink_to("/proc/version")
    corpus = load_corpus(folder, follow_links=True)
    assert [d.source for d in corpus.documents] == ["good.txt", "version.txt"]
    assert corpus.documents[1].text == Path("/proc/version").read_text() != ""
