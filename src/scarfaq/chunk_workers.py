"""A large corpus's documents cut into passages by worker processes while the build matches their words.

Cutting a document (reading its structure and its title, joining its blocks into units, splitting long ones
at sentences) is about half of an index build, and each document is cut on its own. So on a machine with
more than one CPU, a corpus of `WORKERS_FROM_CHARS` characters or more is cut by worker processes, one
fewer than the CPUs this process may use (the build itself keeps one busy), while this process indexes the
documents already cut. A worker is `python -m scarfaq.chunk_workers`: it reads batches of documents on its
stdin and writes back, for each document, its title and its quotable passages as plain tuples (the very
passages `chunk_document` makes). Batches go to the workers in turn and their answers are read in the same
turn, so the passages come in corpus order. A worker ignores Ctrl-C (this process stops it); if one fails,
the documents it had not answered for are cut here.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from scarfaq.corpus import Document
from scarfaq.passages import Passage, SentenceSplitter, chunk_document

#: Corpora this large (in characters) are cut by worker processes; smaller ones here: a worker takes about a
#: second to start and the documents' round trip costs a little, which a build of 100,000 passages (30
#: million characters, ~11 s) does not win back on a machine whose other CPU is busy.
WORKERS_FROM_CHARS = 100_000_000
#: Documents sent to a worker at a time, and batches a worker may have waiting.
_BATCH_DOCUMENTS = 8
_BATCHES_AHEAD = 4

#: A passage as a worker sends it: start, end, start line, end line, heading, lead-in, kind.
Cut = tuple[int, int, int, int, str, str, str]


def quotable_passages(documents: Sequence[Document], splitter: SentenceSplitter) -> Iterator[list[Passage]]:
    """Each document's quotable passages (`chunk_document`, markup left out), in order."""
    workers = _spare_cpus()
    if workers and sys.executable and sum(d.length for d in documents) >= WORKERS_FROM_CHARS:
        yield from _cut_by_workers(documents, splitter, workers)
        return
    for document in documents:
        yield _quotable(document, splitter)


def _quotable(document: Document, splitter: SentenceSplitter) -> list[Passage]:
    return [p for p in chunk_document(document, splitter) if p.quotable]


def _spare_cpus() -> int:
    """The CPUs this process may use, less the one the build keeps busy."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - no affinity on this platform
        cpus = os.cpu_count() or 1
    return cpus - 1


def _cut_by_workers(documents: Sequence[Document], splitter: SentenceSplitter, count: int) -> Iterator[list[Passage]]:
    batches = [documents[i : i + _BATCH_DOCUMENTS] for i in range(0, len(documents), _BATCH_DOCUMENTS)]
    workers = [_Worker(splitter) for _ in range(count)]
    feeder = threading.Thread(target=_feed, args=(workers, batches), daemon=True)
    feeder.start()
    try:
        for number, batch in enumerate(batches):
            answers = workers[number % count].answers()
            if answers is None:  # the worker failed: the rest is cut here
                for rest in batches[number:]:
                    yield from (_quotable(document, splitter) for document in rest)
                return
            for document, (title, cuts) in zip(batch, answers):
                document.know_title(title)
                yield [_passage(document, title, cut) for cut in cuts]
    finally:
        for worker in workers:
            worker.stop()
        feeder.join()


def _feed(workers: list[_Worker], batches: list[Sequence[Document]]) -> None:
    """Send the batches to the workers in turn, each a few batches ahead of its answers."""
    for number, batch in enumerate(batches):
        if not workers[number % len(workers)].send([(d.source, d.text) for d in batch]):
            return


class _Worker:
    """One worker process, and the batches it may still be sent before its answers are read."""

    def __init__(self, splitter: SentenceSplitter) -> None:
        here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # this very scarfaq, whatever sys.path says
        path = os.pathsep.join(filter(None, (here, os.environ.get("PYTHONPATH"))))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "scarfaq.chunk_workers"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": path},
        )
        self.room = threading.Semaphore(_BATCHES_AHEAD)
        self.stopped = False
        with contextlib.suppress(OSError):  # (a worker that failed to start shows at its first answer)
            _write(self.process.stdin, splitter)  # type: ignore[arg-type]

    def send(self, job: object) -> bool:
        """Write a job, once there is room for it; False when the worker is gone or stopped."""
        self.room.acquire()
        if self.stopped:
            return False
        try:
            _write(self.process.stdin, job)  # type: ignore[arg-type]
        except (OSError, ValueError):
            return False
        return True

    def answers(self) -> list[tuple[str, list[Cut]]] | None:
        """The answers to the next batch, or None when the worker failed."""
        try:
            found = pickle.load(self.process.stdout)  # type: ignore[arg-type]
        except (OSError, EOFError, pickle.UnpicklingError):
            return None
        self.room.release()
        return found

    def stop(self) -> None:
        self.stopped = True
        self.room.release()  # a feeder waiting for room sees it stopped
        with contextlib.suppress(OSError):
            self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            with contextlib.suppress(OSError):
                stream.close()  # type: ignore[union-attr]


def _passage(document: Document, title: str, cut: Cut) -> Passage:
    start, end, start_line, end_line, heading, lead_in, kind = cut
    return Passage(document.source, title, start, end, start_line, end_line, document.text[start:end], heading,
                   lead_in, kind)


def _write(stream: BinaryIO, job: object) -> None:
    pickle.dump(job, stream, protocol=pickle.HIGHEST_PROTOCOL)
    stream.flush()


def _cut(splitter: SentenceSplitter, source: str, text: str) -> tuple[str, list[Cut]]:
    """In a worker: a document's title and its quotable passages."""
    document = Document(source, Path(source), text=text)
    cuts = [(p.start, p.end, p.start_line, p.end_line, p.heading, p.lead_in, p.kind)
            for p in _quotable(document, splitter)]
    return document.title, cuts


def main() -> None:
    """A worker: the splitter, then batches of (source, text) until the end of stdin; an answer per batch."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    jobs, answers = sys.stdin.buffer, sys.stdout.buffer
    splitter = pickle.load(jobs)
    while True:
        try:
            batch = pickle.load(jobs)
        except EOFError:
            return
        _write(answers, [_cut(splitter, source, text) for source, text in batch])


if __name__ == "__main__":
    main()
