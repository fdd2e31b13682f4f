"""A large corpus is cut by worker processes: into the very passages, titles and index a build here makes,
and a worker that fails leaves its documents to be cut here."""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from scarfaq import chunk_workers
from scarfaq.build import Analysis, analyse
from scarfaq.corpus import load_corpus
from scarfaq.passages import SentenceSplitter
from tests.core.test_pinned_answers import generated_corpus

pytestmark = pytest.mark.slow  # starts worker processes


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_corpus(tmp_path_factory.mktemp("generated") / "docs", paragraphs=2000)


def _built(folder: Path) -> tuple[Analysis, list[str]]:
    corpus = load_corpus(folder)
    return analyse(corpus.documents), [d.title for d in corpus.documents]


def _same(a: Analysis, b: Analysis) -> None:
    assert list(a.passages) == list(b.passages)
    terms_a, arrays_a = a.index.to_arrays()
    terms_b, arrays_b = b.index.to_arrays()
    assert terms_a == terms_b and arrays_a.keys() == arrays_b.keys()
    for name in arrays_a:
        assert np.array_equal(arrays_a[name], arrays_b[name]), name
    assert (a.known_words, a.names, a.examples) == (b.known_words, b.names, b.examples)


def test_workers_cut_the_very_passages_a_build_here_does(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    here, here_titles = _built(folder)
    monkeypatch.setattr(chunk_workers, "WORKERS_FROM_CHARS", 0)
    monkeypatch.setattr(chunk_workers, "_spare_cpus", lambda: 2)
    monkeypatch.setattr(chunk_workers, "_BATCH_DOCUMENTS", 2)
    by_workers, worker_titles = _built(folder)
    assert worker_titles == here_titles
    _same(by_workers, here)


def test_a_failing_worker_leaves_its_documents_to_be_cut_here(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    here, _ = _built(folder)
    monkeypatch.setattr(chunk_workers, "WORKERS_FROM_CHARS", 0)
    monkeypatch.setattr(chunk_workers, "_spare_cpus", lambda: 1)
    monkeypatch.setattr(sys, "executable", "/bin/false")  # the worker exits at once
    _same(_built(folder)[0], here)


def test_batches_a_slow_worker_has_not_taken_are_cut_here(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here, _ = _built(folder)
    slow = tmp_path / "slow-python"
    slow.write_text(f'#!/bin/sh\nsleep 2\nexec "{sys.executable}" "$@"\n')
    slow.chmod(0o755)
    cut_here: list[str] = []
    real = chunk_workers.chunk_document
    monkeypatch.setattr(chunk_workers, "chunk_document", lambda d, s: cut_here.append(d.source) or real(d, s))
    monkeypatch.setattr(chunk_workers, "WORKERS_FROM_CHARS", 0)
    monkeypatch.setattr(chunk_workers, "_spare_cpus", lambda: 1)
    monkeypatch.setattr(chunk_workers, "_BATCH_DOCUMENTS", 2)
    monkeypatch.setattr(sys, "executable", str(slow))  # the worker starts two seconds late
    shared, titles = _built(folder)
    taken_by_the_worker = 2 * chunk_workers._BATCHES_AHEAD  # (documents of the batches its feeder took at once)
    assert len(cut_here) >= len(titles) - taken_by_the_worker
    assert titles == [d.title for d in load_corpus(folder).documents]
    _same(shared, here)


def test_a_worker_that_never_answers_holds_nothing_up(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here, _ = _built(folder)
    stuck = tmp_path / "stuck-python"
    stuck.write_text("#!/bin/sh\nexec sleep 600\n")  # reads nothing, answers nothing, never exits
    stuck.chmod(0o755)
    monkeypatch.setattr(chunk_workers, "WORKERS_FROM_CHARS", 0)
    monkeypatch.setattr(chunk_workers, "_spare_cpus", lambda: 1)
    monkeypatch.setattr(sys, "executable", str(stuck))
    result: list[tuple[Analysis, list[str]]] = []
    build = threading.Thread(target=lambda: result.append(_built(folder)), daemon=True)
    build.start()
    build.join(timeout=120)  # a hang guard, not a speed test: a few seconds
    assert result, "the build waited for the worker"
    _same(result[0][0], here)


def test_workers_run_at_the_lowest_priority(folder: Path) -> None:
    documents = load_corpus(folder).documents[:2]
    batches = chunk_workers._Batches(documents)
    worker = chunk_workers._Worker(0, SentenceSplitter(""), batches)
    try:
        deadline = time.monotonic() + 60
        while worker.answer(0) is None and not worker.failed and time.monotonic() < deadline:
            time.sleep(0.05)  # (its first answer: it has set its priority by then)
        assert os.getpriority(os.PRIO_PROCESS, worker.process.pid) == 19
    finally:
        worker.stop()
