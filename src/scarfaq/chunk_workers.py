"""A large corpus's documents cut into passages by worker processes and this one, while this one indexes them.

Cutting a document (reading its structure and its title, joining its blocks into units, splitting long ones
at sentences) is about half of an index build, and each document is cut on its own. So on a machine with
more than one CPU, a corpus of `WORKERS_FROM_CHARS` characters or more is shared out: one worker process
fewer than the CPUs this process may use, and this process itself. The documents go in batches, each taken
by whoever is free first: a worker's feeder takes the next batch whenever the worker has room for one, and
this process, when the batch it is to index next is still with a worker, cuts the next untaken batch itself
meanwhile; when none is left, it cuts the batch it waits for too, and the worker's answer to it is dropped.
The passages are indexed in corpus order all the same.

Workers run at the lowest priority: they use CPUs that are idle. On a machine busy with other work a worker
would otherwise take its share of a CPU from this process, which indexes, and so slow the build down.

A worker is `python -m scarfaq.chunk_workers`: it reads numbered batches of documents on its stdin and writes
back, for each, its number and, for each document, its title and its quotable passages as plain tuples (the
very passages `chunk_document` makes). A worker ignores Ctrl-C (this process stops it); if one fails, the
batches it had taken are cut here.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from scarfaq.corpus import Document
from scarfaq.passages import Passage, SentenceSplitter, chunk_document

#: Corpora this large (in characters) are shared out; smaller ones are cut here alone. Measured on 2 CPUs: no
#: gain at 3 million characters (10,000 passages of the benchmark's); at 30 million (100,000 passages) up to
#: a third faster when the other CPU is idle, and as fast as alone when it is busy (the worker then cuts a
#: few batches). A worker costs its own memory: 25-70 MB, most of it nltk's when it trains the splitter.
WORKERS_FROM_CHARS = 10_000_000
#: Documents in a batch, and batches a worker may have taken before its answers are read.
_BATCH_DOCUMENTS = 8
_BATCHES_AHEAD = 4

#: A passage as a worker sends it: start, end, start line, end line, heading, lead-in, kind.
Cut = tuple[int, int, int, int, str, str, str]
#: A batch's answer: for each of its documents, its title and its quotable passages.
Answer = list[tuple[str, list[Cut]]]
#: The priority workers run at (`os.nice`): the lowest.
_WORKER_NICENESS = 19


def quotable_passages(documents: Sequence[Document], splitter: SentenceSplitter) -> Iterator[list[Passage]]:
    """Each document's quotable passages (`chunk_document`, markup left out), in order."""
    workers = workers_for(documents)
    if workers:
        yield from _shared_out(documents, splitter, workers)
        return
    for document in documents:
        yield _quotable(document, splitter)


def workers_for(documents: Sequence[Document]) -> int:
    """How many worker processes share out the cutting of these documents (0: they are cut here alone)."""
    if not sys.executable or sum(d.length for d in documents) < WORKERS_FROM_CHARS:
        return 0
    return _spare_cpus()


def _quotable(document: Document, splitter: SentenceSplitter) -> list[Passage]:
    return [p for p in chunk_document(document, splitter) if p.quotable]


def _spare_cpus() -> int:
    """The CPUs this process may use, less the one the build keeps busy."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - no affinity on this platform
        cpus = os.cpu_count() or 1
    return cpus - 1


class _Batches:
    """The corpus in batches, each taken once, in order, by a worker or by this process (`HERE`)."""

    HERE = -1

    def __init__(self, documents: Sequence[Document]) -> None:
        self.batches = [documents[i : i + _BATCH_DOCUMENTS] for i in range(0, len(documents), _BATCH_DOCUMENTS)]
        self.taker: list[int | None] = [None] * len(self.batches)
        self._lock = threading.Lock()
        self._next = 0

    def take(self, taker: int) -> int | None:
        """The number of the next batch nobody has taken, now `taker`'s; None when all are taken."""
        with self._lock:
            number = self._next
            if number == len(self.batches):
                return None
            self.taker[number], self._next = taker, number + 1
            return number

    def taker_of(self, number: int) -> int:
        """Who cuts a batch: whoever took it, else this process, which takes it now. (Asked in order: every
        batch before it is taken, so when it is not, it is the next one.)"""
        with self._lock:
            if self.taker[number] is None:
                self.taker[number], self._next = self.HERE, number + 1
            return self.taker[number]  # type: ignore[return-value]


def _shared_out(documents: Sequence[Document], splitter: SentenceSplitter, count: int) -> Iterator[list[Passage]]:
    batches = _Batches(documents)
    workers = [_Worker(number, splitter, batches) for number in range(count)]
    cut_here: dict[int, list[list[Passage]]] = {}
    try:
        for number, batch in enumerate(batches.batches):
            taker = batches.taker_of(number)
            if taker == _Batches.HERE:
                done = cut_here.pop(number, None)  # (cut while a worker's answer was awaited)
                yield from done if done is not None else (_quotable(document, splitter) for document in batch)
                continue
            answer = _answer(workers[taker], number, batches, cut_here, splitter)
            if answer is None:  # the worker failed, or is slower than cutting the batch here
                yield from (_quotable(document, splitter) for document in batch)
                continue
            for document, (title, cuts) in zip(batch, answer):
                document.know_title(title)
                yield [_passage(document, title, cut) for cut in cuts]
    finally:
        for worker in workers:
            worker.stop()


def _answer(worker: _Worker, number: int, batches: _Batches, cut_here: dict[int, list[list[Passage]]],
            splitter: SentenceSplitter) -> Answer | None:
    """The worker's answer to batch `number` if it is there; while it is not, the next untaken batches are cut
    here. None when the worker failed or no batch is left to cut meanwhile: then batch `number` is cut here."""
    while not worker.failed:
        found = worker.answer(number)
        if found is not None:
            return found
        other = batches.take(_Batches.HERE)
        if other is None:
            return None
        cut_here[other] = [_quotable(document, splitter) for document in batches.batches[other]]
    return None


class _Worker:
    """One worker process, the thread that feeds it the batches it takes, and the thread that reads its answers."""

    def __init__(self, number: int, splitter: SentenceSplitter, batches: _Batches) -> None:
        here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # this very scarfaq, whatever sys.path says
        path = os.pathsep.join(filter(None, (here, os.environ.get("PYTHONPATH"))))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "scarfaq.chunk_workers"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": path},
        )
        self.room = threading.Semaphore(_BATCHES_AHEAD)
        self.stopped = self.failed = False
        self._answers: queue.SimpleQueue[tuple[int, Answer] | None] = queue.SimpleQueue()
        self._threads = [threading.Thread(target=self._feed, args=(number, splitter, batches), daemon=True),
                         threading.Thread(target=self._read, daemon=True)]
        for thread in self._threads:
            thread.start()

    def _feed(self, number: int, splitter: SentenceSplitter, batches: _Batches) -> None:
        """Send the splitter, then take the next batch and send it whenever there is room for it, until none is
        left. (Here, not in the build's thread: a worker that does not read would hold the build up.)"""
        with contextlib.suppress(OSError, ValueError):  # (a worker that failed to start shows at its first answer)
            _write(self.process.stdin, splitter)  # type: ignore[arg-type]
        while True:
            self.room.acquire()
            taken = None if self.stopped else batches.take(number)
            if taken is None:
                return
            job = (taken, [(d.source, d.text) for d in batches.batches[taken]])
            try:
                _write(self.process.stdin, job)  # type: ignore[arg-type]
            except (OSError, ValueError):
                return  # (the reader sees the worker gone)

    def _read(self) -> None:
        """Put each answer in the queue, in the order of the batches; None when the worker fails."""
        while True:
            try:
                found = pickle.load(self.process.stdout)  # type: ignore[arg-type]
            except (OSError, EOFError, pickle.UnpicklingError, ValueError):
                self._answers.put(None)
                return
            self._answers.put(found)

    def answer(self, number: int) -> Answer | None:
        """The worker's answer to batch `number`, when it is there (answers to earlier batches, which were cut
        here meanwhile, are dropped); None when it is not there yet, or the worker failed (`failed`)."""
        while True:
            try:
                found = self._answers.get_nowait()
            except queue.Empty:
                return None
            if found is None:
                self.failed = True
                return None
            self.room.release()
            answered, answer = found
            if answered == number:
                return answer

    def stop(self) -> None:
        self.stopped = True
        self.room.release()  # a feeder waiting for room sees it stopped
        with contextlib.suppress(OSError):
            self.process.kill()
        self.process.wait()
        for thread in self._threads:
            thread.join()
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
    """A worker, at the lowest priority: the splitter, then numbered batches of (source, text) until the end of
    stdin; an answer per batch, with its number."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(AttributeError, OSError):  # (no priorities on this platform)
        os.nice(_WORKER_NICENESS)
    jobs, answers = sys.stdin.buffer, sys.stdout.buffer
    splitter = pickle.load(jobs)
    while True:
        try:
            number, batch = pickle.load(jobs)
        except EOFError:
            return
        _write(answers, (number, [_cut(splitter, source, text) for source, text in batch]))


if __name__ == "__main__":
    main()
