"""The index cache: reused while nothing changed, rebuilt when anything did, never trusted when damaged."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from scarfaq import cache
from scarfaq import library as library_module
from scarfaq.library import load_library, open_library
from tests.conftest import CORPUS, write_corpus

DOCS = {
    "a.txt": "Scar care\n\nSilicone gel flattens raised scars over months.\n\nMassage helps too.\n",
    "sub/b.md": "Laser\n\nFractional laser resurfacing treats acne scars. Expect redness for days.\n",
}


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Records every real (slow) build, by corpus folder."""
    seen: list[Path] = []
    real = library_module._analyse

    def counting(corpus, progress):
        seen.append(corpus.root)
        return real(corpus, progress)

    monkeypatch.setattr(library_module, "_analyse", counting)
    return seen


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus", DOCS)


def _cache_file(corpus: Path) -> Path:
    """The cache folder of the corpus's current documents (the only one there)."""
    (folder,) = cache.cache_path(corpus).iterdir()
    return folder


def _write_npy(path: Path, array: np.ndarray, allow_pickle: bool = False) -> None:
    mode = path.stat().st_mode
    path.unlink()
    np.save(path, array, allow_pickle=allow_pickle)
    path.chmod(mode)


def test_second_open_reuses_the_cache(corpus: Path, builds: list[Path]) -> None:
    first, status = load_library(corpus)
    second, again = load_library(corpus)
    assert len(builds) == 1
    assert not status.reused and again.reused
    assert again.path == status.path == _cache_file(corpus) and (again.path / "meta.json").is_file()
    assert second.passages == first.passages
    assert second.documents == first.documents


@pytest.mark.parametrize(
    "change",
    [
        lambda root: (root / "c.txt").write_text("Peels\n\nA chemical peel removes the top layer of skin.\n"),
        lambda root: (root / "a.txt").unlink(),
        lambda root: (root / "sub/b.md").write_text(DOCS["sub/b.md"].replace("days", "weeks")),
        lambda root: write_corpus(root, {".scarfaq/synonyms.txt": "pits, scars\n"}),
    ],
    ids=["file added", "file removed", "file changed", "synonyms changed"],
)
def test_any_change_rebuilds(corpus: Path, builds: list[Path], change) -> None:
    load_library(corpus)
    change(corpus)
    library, status = load_library(corpus)
    assert len(builds) == 2 and not status.reused
    assert load_library(corpus)[1].reused
    for passage in library.passages:
        assert library.document(passage.source).text[passage.start : passage.end] == passage.text


def test_same_size_same_mtime_edit_is_still_noticed(corpus: Path, builds: list[Path]) -> None:
    load_library(corpus)
    path = corpus / "a.txt"
    stat = path.stat()
    path.write_text(DOCS["a.txt"].replace("months", "mounts"))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    library, status = load_library(corpus)
    assert not status.reused
    assert any("mounts" in p.text for p in library.passages)


def _truncate(path: Path) -> None:
    array = path / "ix_doc_ids.npy"
    array.write_bytes(array.read_bytes()[: array.stat().st_size // 2])


def _flip_byte_in_arrays(path: Path) -> None:
    array = path / "ix_doc_ids.npy"
    data = bytearray(array.read_bytes())
    data[-len(np.load(array)) * 4 + 3] ^= 0xFF  # the high byte of the first passage number: only its range tells
    array.write_bytes(bytes(data))


def _foreign_json(path: Path) -> None:
    (path / "meta.json").write_text('{"magic": "something else"}')


def _other_format(path: Path) -> None:
    meta = (path / "meta.json").read_bytes()
    assert f'"format": {cache.FORMAT}'.encode() in meta
    (path / "meta.json").write_bytes(meta.replace(f'"format": {cache.FORMAT}'.encode(), b'"format": 999'))


def _out_of_range_ids(path: Path) -> None:
    _write_npy(path / "ix_doc_ids.npy", np.load(path / "ix_doc_ids.npy") + 10_000)


def _wrong_type(path: Path) -> None:
    _write_npy(path / "ix_impacts.npy", np.load(path / "ix_impacts.npy").astype(np.float32))


def _impossible_lines(path: Path) -> None:
    _write_npy(path / "p_start_line.npy", np.load(path / "p_start_line.npy") + 10_000)


def _pickled(path: Path) -> None:
    _write_npy(path / "ix_idf.npy", np.array([{"a": 1}, None], dtype=object), allow_pickle=True)


def _unsorted_stem_words(path: Path) -> None:
    _write_npy(path / "stems_words.npy", np.load(path / "stems_words.npy")[::-1])


def _stems_shorter_than_words(path: Path) -> None:
    _write_npy(path / "stems_of.npy", np.load(path / "stems_of.npy")[:-1])


@pytest.mark.parametrize(
    "damage",
    [
        _truncate,
        _flip_byte_in_arrays,
        _foreign_json,
        _other_format,
        _out_of_range_ids,
        _wrong_type,
        _impossible_lines,
        lambda path: (path / "meta.json").write_bytes(b""),
        lambda path: (path / "meta.json").write_bytes(os.urandom(5000)),
        lambda path: (path / "ix_idf.npy").write_bytes(os.urandom(5000)),
        lambda path: _write_npy(path / "ix_idf.npy", np.arange(10)),
        lambda path: (path / "meta.json").write_bytes(b"\x80\x04\x95 pickle bytes"),
        _pickled,
        lambda path: (path / "p_end.npy").unlink(),
        _unsorted_stem_words,
        _stems_shorter_than_words,
        lambda path: _write_npy(path / "stems_of.npy", np.arange(len(np.load(path / "stems_words.npy")))),
    ],
    ids=["truncated", "corrupted", "foreign", "other format", "inconsistent", "wrong type", "impossible lines",
         "empty", "random", "random array", "npy", "pickle bytes", "pickled array", "missing array",
         "unsorted stem words", "stems shorter than words", "stems not strings"],
)
def test_damaged_cache_is_rebuilt_not_trusted(corpus: Path, builds: list[Path], damage) -> None:
    reference = open_library(corpus)
    damage(_cache_file(corpus))
    library, status = load_library(corpus)
    assert not status.reused and len(builds) == 2
    assert library.passages == reference.passages
    assert load_library(corpus)[1].reused


def test_unwritable_cache_dir_works_with_one_warning(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker / "cache"))
    library, status = load_library(corpus)
    assert status.path is None
    assert [w for w in library.warnings if "index cache" in w] == [library.warnings[-1]]
    assert library.passages


def _contents(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def test_writes_leave_no_temp_files_even_when_they_fail(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_library(corpus)
    folder = cache.cache_path(corpus)
    good = _contents(folder)
    assert [p.name for p in folder.iterdir()] == [_cache_file(corpus).name]

    def failing_write(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(np.lib.format, "write_array", failing_write)
    library, status = load_library(corpus, rebuild=True)
    assert status.path is None and "no space left on device" in library.warnings[-1]
    assert _contents(folder) == good


def test_round_trip_gives_identical_passages_and_scores(builds: list[Path]) -> None:
    built, _ = load_library(CORPUS, rebuild=True)
    loaded, status = load_library(CORPUS)
    assert status.reused and len(builds) == 1
    assert loaded.passages == built.passages
    for name in ("idf", "doc_len", "indptr", "doc_ids", "tfs"):
        np.testing.assert_array_equal(getattr(loaded.index, name), getattr(built.index, name))
    assert loaded.index.vocabulary == built.index.vocabulary
    for query in ({"scar": 1.0}, {"laser": 1.0, "acn": 0.6, "pit": 1.0}, {"price": 1.0, "zzz": 1.0}):
        for (ids_a, scores_a), (ids_b, scores_b) in [(loaded.index.score(query), built.index.score(query))]:
            np.testing.assert_array_equal(ids_a, ids_b)
            np.testing.assert_array_equal(scores_a, scores_b)
    assert loaded.speller.correct("silicon") == built.speller.correct("silicon")


#: What a build that lasts writes on a stderr that is not a terminal (progress.BuildProgress).
_PROGRESS_LINE = re.compile(r"scarfaq: [a-z][a-z ]*(: [\d,]+ of [\d,]+)?")


@pytest.mark.slow
def test_eight_processes_on_a_cold_cache_agree(corpus: Path, tmp_path: Path) -> None:
    env = {**os.environ, cache.CACHE_ENV: str(tmp_path / "shared-cache")}
    command = [sys.executable, "-m", "scarfaq", "ask", "how do I flatten raised scars", "--corpus", str(corpus)]
    runs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(8)]
    results = [(run.wait(timeout=120), *run.communicate()) for run in runs]
    assert {code for code, _, _ in results} == {0}, [err for _, _, err in results]
    assert len({out for _, out, _ in results}) == 1
    # Nothing on stderr but the line a build that lasts 10 s writes now and then (progress.py): eight builds
    # on two CPUs may take that long on a busy machine, and that line says so by design.
    said = [[line for line in err.decode().splitlines() if not _PROGRESS_LINE.fullmatch(line)] for _, _, err in results]
    assert not any(said), said
    (corpus_folder,) = (tmp_path / "shared-cache" / "index").iterdir()
    (key_folder,) = corpus_folder.iterdir()  # one copy of the index, and no temp folder left behind
    assert (key_folder / "meta.json").is_file()


def test_fast_word_counts_equal_the_analysers_words(library) -> None:
    from collections import Counter

    from scarfaq.analysis import tokenize

    expected = Counter(t.word for d in library.documents for t in tokenize(d.text) if not t.stop)
    assert library_module._known_words(library.documents) == expected


def test_a_run_that_loads_the_cache_never_works_out_a_title(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A title takes a reading of the whole document's structure (27 s for a million passages' documents):
    the cache keeps them."""
    built = open_library(corpus)
    from scarfaq.structure import titles

    def refusing(*args, **kwargs):
        raise AssertionError("a title was worked out again")

    monkeypatch.setattr(titles, "document_title", refusing)
    library, status = load_library(corpus)
    assert status.reused
    assert [d.title for d in library.documents] == [d.title for d in built.documents] == ["Scar care", "B"]
    assert [p.title for p in library.passages] == [p.title for p in built.passages]


ACCENTED = {**DOCS, "c.txt": "Café au lait spots\n\nThey are not scars — “birthmarks”, harmless.\n"}


@pytest.fixture
def accented(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "accented", ACCENTED)


def test_a_run_that_loads_the_cache_never_counts_a_document_again(
    accented: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Checking and counting a UTF-8 document's characters took a quarter of loading a million passages'
    cache: the cache remembers each file's length by the digest of its bytes."""
    built = open_library(accented)
    from scarfaq import corpus as corpus_module

    def refusing(data: bytes) -> int | None:
        raise AssertionError("a document was counted again")

    monkeypatch.setattr(corpus_module, "_utf8_length", refusing)
    library, status = load_library(accented)
    assert status.reused
    assert [d.length for d in library.documents] == [len(d.text) for d in built.documents]
    assert library.passages == built.passages


def _lengths_off_by_one(path: Path) -> None:
    _write_npy(path / "documents_lengths.npy", np.load(path / "documents_lengths.npy") + 1)


def _digests_scrambled(path: Path) -> None:
    _write_npy(path / "documents_digests.npy", np.load(path / "documents_digests.npy")[::-1].copy())


@pytest.mark.parametrize(
    "damage",
    [
        _lengths_off_by_one,
        _digests_scrambled,
        lambda path: _write_npy(path / "documents_lengths.npy", np.load(path / "documents_lengths.npy")[:-1]),
        lambda path: (path / "documents_digests.npy").write_bytes(os.urandom(300)),
        lambda path: (path / "documents_lengths.npy").unlink(),
    ],
    ids=["lengths off by one", "digests scrambled", "lengths missing one", "random digests", "no lengths"],
)
def test_wrong_remembered_lengths_are_never_trusted(accented: Path, builds: list[Path], damage) -> None:
    """The remembered lengths are only a shortcut: wrong ones make the documents be read and counted
    again, and the cache of the real documents is still found (its key holds the true lengths)."""
    built = open_library(accented)
    damage(_cache_file(accented))
    library, status = load_library(accented)
    assert [d.length for d in library.documents] == [len(d.text) for d in library.documents]
    assert [d.length for d in library.documents] == [d.length for d in built.documents]
    assert library.passages == built.passages
    assert all(p.text == d.text[p.start : p.end] for d in library.documents for p in library.passages
               if p.source == d.source)
    assert status.reused and len(builds) == 1


@pytest.mark.parametrize("array", [
    np.arange(12345, dtype=np.int64), np.zeros(0, dtype=np.int64), np.array([1.5, -2.0]), np.array(["scar", "pits"]),
    np.array([True, False]), np.arange(3, dtype=">i4"), np.arange(300, dtype=np.uint8), np.arange(6).reshape(2, 3),
    np.asfortranarray(np.arange(6).reshape(2, 3)), np.array(5), np.array([{"a": 1}], dtype=object),
    np.zeros(3, dtype=[("a", "<i4"), ("b", "<f8")]),
], ids=lambda array: f"{array.dtype.str}{list(array.shape)}{'F' if np.isfortran(array) else ''}")
@pytest.mark.parametrize("version", [(1, 0), (2, 0)])
def test_an_array_header_is_read_as_numpy_reads_it(tmp_path: Path, array: np.ndarray, version: tuple[int, int]) -> None:
    """The headers NumPy writes for plain arrays are read without NumPy's reader, the rest with it: both give
    what NumPy's reader gives, and leave the file at the same place (the data's start)."""
    from scarfaq.cache_files import _read_header

    path = tmp_path / "array.npy"
    with path.open("wb") as out:
        np.lib.format.write_array(out, array, version=version, allow_pickle=True)
    with path.open("rb") as ours, path.open("rb") as numpys:
        assert np.lib.format.read_magic(ours) == np.lib.format.read_magic(numpys) == version
        read = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
        assert _read_header(ours, version) == read(numpys)
        assert ours.tell() == numpys.tell()
