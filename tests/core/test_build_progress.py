"""A build says how far it is, through to its end, on a terminal or not, and stops at its documented limit
with one clear line."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from scarfaq import build, chunk_workers
from scarfaq import progress as progress_module
from scarfaq.errors import CorpusError
from scarfaq.library import load_library
from scarfaq.progress import BuildProgress
from tests.conftest import write_corpus

DOCS = {f"doc{i}.txt": f"Topic {i}\n\n" + "Silicone gel flattens raised scars over months.\n\n" * 50 for i in range(20)}


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "docs", DOCS)


def test_every_stage_of_a_build_is_reported_through_to_its_end(docs: Path) -> None:
    calls: list[tuple[str, int, int]] = []
    load_library(docs, lambda stage, done, total: calls.append((stage, done, total)))
    stages = list(dict.fromkeys(stage for stage, _, _ in calls))
    assert stages == ["Indexing documents", "Merging the postings", "Stemming the vocabulary", "Saving the index cache"]
    for stage in stages:
        reports = [(done, total) for name, done, total in calls if name == stage]
        assert reports[0][0] == 0 and reports[-1][0] == reports[-1][1] > 0
        assert [done for done, _ in reports] == sorted(done for done, _ in reports)
    assert [t for s, _, t in calls if s == "Indexing documents"][0] == len(DOCS)


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_without_a_terminal_a_long_build_writes_a_line_now_and_then(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = _Clock()
    monkeypatch.setattr(progress_module.time, "monotonic", clock)
    stream = io.StringIO()  # not a terminal: a log file, a pipe
    every = int(progress_module.LINE_EVERY_SECONDS)
    with BuildProgress(stream=stream) as progress:
        for second in range(0, 100):
            clock.now = 1000.0 + second
            progress("Indexing documents", second, 100)
        progress("Merging the postings", 0, 1)
    lines = stream.getvalue().splitlines()
    assert lines == [f"scarfaq: indexing documents: {second} of 100" for second in range(every, 100, every)]


def test_scarfaq_index_without_a_terminal_names_each_stage_and_the_end(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = _Clock()
    monkeypatch.setattr(progress_module.time, "monotonic", clock)
    stream = io.StringIO()
    with BuildProgress(always=True, stream=stream) as progress:
        for second in range(0, 25):
            clock.now = 1000.0 + second
            progress("Indexing documents", second, 25)
        progress("Merging the postings", 0, 1)
    assert stream.getvalue().splitlines() == [
        "scarfaq: indexing documents: 0 of 25", "scarfaq: indexing documents: 10 of 25",
        "scarfaq: indexing documents: 20 of 25", "scarfaq: merging the postings",
        "scarfaq: indexing: done in 24 s",
    ]


def test_without_a_terminal_a_short_build_stays_silent(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.StringIO()
    with BuildProgress(stream=stream) as progress:
        progress("Indexing documents", 0, 10)
        progress("Indexing documents", 10, 10)
    assert stream.getvalue() == ""


def test_scarfaq_index_reports_each_stage_on_a_pipe(docs: Path, tmp_path: Path) -> None:
    env = {**os.environ, "SCARFAQ_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-m", "scarfaq", "index", "--corpus", str(docs)], env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0
    lines = result.stderr.splitlines()
    assert [":".join(line.split(":")[:2]) for line in lines[:4]] == [
        "scarfaq: indexing documents", "scarfaq: merging the postings", "scarfaq: stemming the vocabulary",
        "scarfaq: saving the index cache"]
    assert lines[-1].startswith("scarfaq: indexing: done in")


def test_a_build_past_its_limit_stops_early_with_one_clear_line(
    docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build, "MAX_PASSAGES", 50)
    chunked: list[str] = []
    real = chunk_workers.chunk_document
    monkeypatch.setattr(chunk_workers, "chunk_document", lambda d, s: chunked.append(d.source) or real(d, s))
    with pytest.raises(CorpusError, match=r"more than 50 passages, more than one index holds"):
        load_library(docs)
    assert len(chunked) < len(DOCS)  # stopped as soon as the limit was passed, not at the end


def test_the_limit_is_a_one_line_error_from_the_command_line(docs: Path, tmp_path: Path) -> None:
    env = {**os.environ, "SCARFAQ_CACHE_DIR": str(tmp_path / "cache")}
    code = "import sys; from scarfaq import build, cli; build.MAX_PASSAGES = 50; sys.exit(cli.main(sys.argv[1:]))"
    result = subprocess.run([sys.executable, "-c", code, "ask", "gel", "--corpus", str(docs)], env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "scarfaq: error: the documents make more than 50 passages, more than one index holds; "
        "point --corpus at a part of the folder"
    ]
