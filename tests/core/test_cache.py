"""The index cache: reused while nothing changed, rebuilt when anything did, never trusted when damaged."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from scarfaq import cache, library as library_module
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
    return cache.cache_path(corpus)


def test_second_open_reuses_the_cache(corpus: Path, builds: list[Path]) -> None:
    first, status = load_library(corpus)
    second, again = load_library(corpus)
    assert len(builds) == 1
    assert not status.reused and again.reused
    assert again.path == _cache_file(corpus) and again.path.is_file()
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
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _flip_byte_in_arrays(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("doc_ids.npy")
    data = bytearray(path.read_bytes())
    data[info.header_offset + 200] ^= 0xFF  # inside doc_ids' data: only the CRC can tell
    path.write_bytes(bytes(data))


def _foreign_zip(path: Path) -> None:
    np.savez(path, meta=np.frombuffer(b'{"magic": "something else"}', dtype=np.uint8))


def _other_format(path: Path) -> None:
    with np.load(path) as npz:
        arrays = {name: npz[name] for name in npz.files}
    meta = arrays.pop("meta").tobytes()
    assert f'"format": {cache.FORMAT}'.encode() in meta
    meta = meta.replace(f'"format": {cache.FORMAT}'.encode(), b'"format": 999')
    with open(path, "wb") as out:
        np.savez(out, meta=np.frombuffer(meta, dtype=np.uint8), **arrays)


def _out_of_range_ids(path: Path) -> None:
    with np.load(path) as npz:
        arrays = {name: npz[name] for name in npz.files}
    arrays["doc_ids"] = arrays["doc_ids"] + 10_000
    with open(path, "wb") as out:
        np.savez(out, **arrays)


@pytest.mark.parametrize(
    "damage",
    [
        _truncate,
        _flip_byte_in_arrays,
        _foreign_zip,
        _other_format,
        _out_of_range_ids,
        lambda path: path.write_bytes(b""),
        lambda path: path.write_bytes(os.urandom(5000)),
        lambda path: np.save(path.open("wb"), np.arange(10)),
        lambda path: path.write_bytes(b"\x80\x04\x95 pickle bytes"),
    ],
    ids=["truncated", "corrupted", "foreign", "other format", "inconsistent", "empty", "random", "npy", "pickle"],
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


def test_writes_leave_no_temp_files_even_when_they_fail(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_library(corpus)
    folder = _cache_file(corpus).parent
    good = _cache_file(corpus).read_bytes()
    assert sorted(p.name for p in folder.iterdir()) == [_cache_file(corpus).name]

    def failing_savez(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(np, "savez", failing_savez)
    library, status = load_library(corpus, rebuild=True)
    assert status.path is None and "no space left on device" in library.warnings[-1]
    assert sorted(p.name for p in folder.iterdir()) == [_cache_file(corpus).name]
    assert _cache_file(corpus).read_bytes() == good


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


@pytest.mark.slow
def test_eight_processes_on_a_cold_cache_agree(corpus: Path, tmp_path: Path) -> None:
    env = {**os.environ, cache.CACHE_ENV: str(tmp_path / "shared-cache")}
    command = [sys.executable, "-m", "scarfaq", "ask", "how do I flatten raised scars", "--corpus", str(corpus)]
    runs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(8)]
    results = [(run.wait(timeout=120), *run.communicate()) for run in runs]
    assert {code for code, _, _ in results} == {0}, [err for _, _, err in results]
    assert len({out for _, out, _ in results}) == 1
    assert all(err == b"" for _, _, err in results)
    assert [p.suffix for p in (tmp_path / "shared-cache" / "index").iterdir()] == [".npz"]


def test_fast_word_counts_equal_the_analysers_words(library) -> None:
    from collections import Counter

    from scarfaq.analysis import tokenize

    expected = Counter(t.word for d in library.documents for t in tokenize(d.text) if not t.stop)
    assert library_module._known_words(library.documents) == expected
