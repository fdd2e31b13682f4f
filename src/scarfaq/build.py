"""An index build in one pass: each document is cut into passages and its words are matched once, feeding
the corpus's word counts (spelling, topic words), its names and the postings of the passages that may be
quoted (markup passages, such as tables of contents, rules and badges, are never indexed or quoted).

Per document: the words with their spans (in bounded pieces), a number for each distinct word as written
(a dict lookup per word, nothing more), the counts of those numbers, whether each word starts a sentence
(judged once per distinct gap before it, for names.py), and each passage's words as the slice of the
document's words inside its span. A passage whose edge cuts a word in two (which the chunker
never does) is matched on its own text, so the result is always exactly what matching each passage's text
would give. Headings and lead-ins are analysed once per distinct string. Occurrences go to the postings in
batches; only arrays of numbers grow with the corpus, besides the passages' few columns. A large corpus's
documents are cut by worker processes meanwhile, on a machine with CPUs to spare (chunk_workers.py).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass
from itertools import repeat

import numpy as np

from scarfaq.analysis import normalize, pieces, split_words, stem, stopwords, words
from scarfaq.chunk_workers import quotable_passages
from scarfaq.corpus import Document
from scarfaq.errors import CorpusError
from scarfaq.index import Index, Parameters, Postings
from scarfaq.names import names_of, reads_sentence_starts, starts_sentence
from scarfaq.passage_table import PassageTable, TableBuilder
from scarfaq.passages import Passage, SentenceSplitter, training_text
from scarfaq.profile import ExampleGatherer

#: Called with (stage, done, total) while an index is built; stages are described in plain words.
Progress = Callable[[str, int, int], None]
#: The most passages one index holds (passage numbers are 32-bit; a larger folder is a mistake more often
#: than a corpus: point --corpus at a part of it).
MAX_PASSAGES = 20_000_000
#: Occurrences gathered before they are counted into the postings (bounds the build's temporary arrays: a few MB
#: each; at 1 << 21 the 100k build's peak memory was where they were counted).
_BATCH_OCCURRENCES = 1 << 18
#: How often the analysis reports its progress, at most.
_REPORT_SECONDS = 0.2


@dataclass(frozen=True)
class Analysis:
    """What the pass produces."""

    passages: PassageTable
    index: Index
    known_words: Counter[str]
    """How often each non-stopword occurs in the documents, as `analysis.tokenize` would count it."""
    names: frozenset[str]
    examples: tuple[str, ...] = ()
    """The chat's default example questions, drawn from the passages (profile.default_examples)."""


class _Words:
    """A number for each distinct word as written, and its term (stem number, or -1 for a stopword)."""

    def __init__(self) -> None:
        self.number: dict[str, int] = {}
        self.written: list[str] = []
        self.terms: dict[str, int] = {}
        self.term_of = np.empty(1 << 12, dtype=np.int32)
        self.counts = np.zeros(1 << 12, dtype=np.int64)
        self.starting = np.zeros(1 << 12, dtype=np.int64)
        """How often each word as written starts a sentence, a line or a heading (names.py), counted only
        for the words `names_of` reads it of (`judged`)."""
        self.judged = np.zeros(1 << 12, dtype=bool)
        self._stop = stopwords()
        self._context: dict[str, np.ndarray] = {}
        self._gaps: dict[str, bool] = {}

    def numbers(self, found: list[str]) -> np.ndarray:
        numbers = np.fromiter(map(self.number.get, found, repeat(-1)), dtype=np.int32, count=len(found))
        for at in np.flatnonzero(numbers < 0).tolist():
            numbers[at] = self._add(found[at])
        return numbers

    def _add(self, word: str) -> int:
        number = self.number.get(word)
        if number is not None:
            return number
        number = self.number[word] = len(self.written)
        self.written.append(word)
        if number == len(self.term_of):
            self.term_of = np.concatenate([self.term_of, np.empty_like(self.term_of)])
            self.counts = np.concatenate([self.counts, np.zeros_like(self.counts)])
            self.starting = np.concatenate([self.starting, np.zeros_like(self.starting)])
            self.judged = np.concatenate([self.judged, np.zeros_like(self.judged)])
        self.judged[number] = reads_sentence_starts(word)
        normal = normalize(word)
        self.term_of[number] = -1 if normal in self._stop else self.terms.setdefault(stem(normal), len(self.terms))
        return number

    def sentence_starts(self, gaps: list[str]) -> np.ndarray:
        """For each gap before a word: whether the word starts a sentence (judged once per distinct gap)."""
        judged = self._gaps
        found = np.fromiter(map(judged.get, gaps, repeat(2)), dtype=np.int8, count=len(gaps))
        for at in np.flatnonzero(found == 2).tolist():
            found[at] = judged.setdefault(gaps[at], starts_sentence(gaps[at]))
        return found.astype(bool)

    def names(self) -> frozenset[str]:
        """The names among the words counted so far (names.py)."""
        used = np.flatnonzero(self.counts[: len(self.written)]).tolist()
        counts, starting = self.counts.tolist(), self.starting.tolist()
        return names_of((self.written[n], counts[n], starting[n]) for n in used)

    def text_terms(self, text: str) -> np.ndarray:
        """The term numbers of a text matched on its own, stopwords left out."""
        found = self.term_of[self.numbers(words(text))]
        return found[found >= 0]

    def context_terms(self, text: str) -> np.ndarray:
        """The same for a heading or lead-in, once per distinct string."""
        found = self._context.get(text)
        if found is None:
            found = self._context[text] = self.text_terms(text)
        return found

    def known_words(self) -> Counter[str]:
        """Counts of the normalized non-stopwords, from the counts of the words as written."""
        known: Counter[str] = Counter()
        for number in np.flatnonzero(self.counts[: len(self.written)]).tolist():
            normal = normalize(self.written[number])
            if normal not in self._stop:
                known[normal] += int(self.counts[number])
        return known


class _Batch:
    """Occurrences waiting to be counted into the postings."""

    def __init__(self, postings: Postings) -> None:
        self.postings = postings
        self.parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        self.size = 0

    def add(self, passages: np.ndarray, terms: np.ndarray, in_text: bool) -> None:
        if len(terms):
            self.parts.append((passages, terms, np.full(len(terms), in_text)))
            self.size += len(terms)

    def flush(self) -> None:
        parts, self.parts, self.size = self.parts, [], 0
        if parts:
            columns = [np.concatenate(column) for column in zip(*parts)]
            del parts  # (the pieces go before the postings are counted: the build's peak memory is there)
            self.postings.add(*columns)


def _document_words(text: str, table: _Words) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(word numbers, starts, ends) of every word of a document; counted in `table.counts`, and in
    `table.starting` when they start a sentence (judged only for the words whose count is read)."""
    numbers, starts, ends, starting = [], [], [], []
    carried = ""  # the end of the last piece's final gap: the next piece's first gap continues it
    for start, end in pieces(text):
        parts = split_words(text[start:end])  # gap, word, gap, word, ..., gap
        offsets = np.zeros(len(parts) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, parts), dtype=np.int64, count=len(parts)), out=offsets[1:])
        numbers.append(table.numbers(parts[1::2]))
        starts.append(start + offsets[1:-1:2])
        ends.append(start + offsets[2::2])
        gaps = parts[0:-1:2]  # the gap before each word
        if gaps:
            gaps[0] = carried + gaps[0]
            judge = np.flatnonzero(table.judged[numbers[-1]]).tolist()
            flags = np.zeros(len(gaps), dtype=bool)
            if judge:
                flags[judge] = table.sentence_starts([gaps[at] for at in judge])
            starting.append(flags)
            if len(starting) == 1 and judge and judge[0] == 0:  # the text's first word: its gap runs from its start
                flags[0] = starts_sentence(gaps[0], at_text_start=True)
            carried = parts[-1]
        else:
            carried += parts[-1]
    found = np.concatenate(numbers)
    np.add.at(table.counts, found, 1)
    if starting:
        np.add.at(table.starting, found[np.concatenate(starting)], 1)
    return found, np.concatenate(starts), np.concatenate(ends)


def _passage_terms(
    text: str, passages: Sequence[Passage], first: int, table: _Words, batch: _Batch
) -> np.ndarray:
    """Add a document's passages' occurrences (text, then heading and lead-in) to the batch; returns each
    passage's number of terms."""
    numbers, starts, ends = _document_words(text, table)
    begin = np.fromiter((p.start for p in passages), dtype=np.int64, count=len(passages))
    finish = np.fromiter((p.end for p in passages), dtype=np.int64, count=len(passages))
    lo = np.searchsorted(starts, begin, side="left")
    hi = np.searchsorted(ends, finish, side="right")
    cut = _cuts_a_word(starts, ends, begin) | _cuts_a_word(starts, ends, finish)
    counts = np.where(cut, 0, np.maximum(hi - lo, 0))
    ids = np.arange(first, first + len(passages))
    positions = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts - lo, counts)
    terms = table.term_of[numbers[positions]]
    owners = np.repeat(ids, counts)
    keep = terms >= 0
    batch.add(owners[keep], terms[keep], True)
    lengths = np.bincount(owners[keep] - first, minlength=len(passages)).astype(np.int64)
    for at in np.flatnonzero(cut).tolist():  # matched on its own text: exactly what a passage alone gives
        own = table.text_terms(passages[at].text)
        batch.add(np.full(len(own), first + at), own, True)
        lengths[at] += len(own)
    found = [(at, table.context_terms(c)) for at, p in enumerate(passages) for c in (p.heading, p.lead_in) if c]
    if found:
        owners = np.repeat([at for at, _ in found], [len(terms) for _, terms in found])
        batch.add(first + owners, np.concatenate([terms for _, terms in found]), False)
        lengths += np.bincount(owners, minlength=len(passages))
    return lengths


def _cuts_a_word(starts: np.ndarray, ends: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """Whether each edge falls strictly inside a word."""
    if not len(starts):
        return np.zeros(len(edges), dtype=bool)
    before = np.searchsorted(starts, edges, side="left") - 1
    return (before >= 0) & (ends[np.maximum(before, 0)] > edges)


def analyse(documents: Sequence[Document], progress: Progress | None = None) -> Analysis:
    """Cut the documents into passages and index them (see the module's docstring)."""
    report = _Reporter(progress, "Indexing documents", len(documents))
    splitter = SentenceSplitter(training_text(documents))
    table, rows = _Words(), TableBuilder()
    postings = Postings()
    batch = _Batch(postings)
    lengths: list[np.ndarray] = []
    examples = ExampleGatherer()
    with closing(quotable_passages(documents, splitter)) as cut:  # (stops the workers however the loop ends)
        for number, (document, passages) in enumerate(zip(documents, cut)):
            if len(rows) + len(passages) > MAX_PASSAGES:
                raise CorpusError(
                    f"the documents make more than {MAX_PASSAGES:,} passages, more than one index holds; "
                    "point --corpus at a part of the folder"
                )
            if passages:
                lengths.append(_passage_terms(document.text, passages, len(rows), table, batch))
                rows.add_all(number, passages)
                for passage in passages:
                    examples.add(passage)
            if batch.size >= _BATCH_OCCURRENCES:
                batch.flush()
            report(number + 1)
    batch.flush()
    report(len(documents), force=True)
    passage_lengths = np.concatenate(lengths) if lengths else np.zeros(0, dtype=np.int64)
    if progress:
        progress("Merging the postings", 0, 1)
    terms = list(table.terms)
    index = Index.from_postings(terms, postings, passage_lengths, Parameters())
    if progress:
        progress("Merging the postings", 1, 1)
    return Analysis(rows.table(documents), index, table.known_words(), table.names(), examples.examples())


def count_words(texts: Iterable[str]) -> _Words:
    """The texts' words counted as `analyse` counts them (`known_words()`, `names()`)."""
    table = _Words()
    for text in texts:
        _document_words(text, table)
    return table


class _Reporter:
    """Calls `progress` for one stage, at most every `_REPORT_SECONDS`."""

    def __init__(self, progress: Progress | None, stage: str, total: int) -> None:
        self.progress, self.stage, self.total = progress, stage, total
        self.last = 0.0
        if progress:
            progress(stage, 0, total)

    def __call__(self, done: int, force: bool = False) -> None:
        now = time.monotonic()
        if self.progress and (force or now - self.last >= _REPORT_SECONDS):
            self.last = now
            self.progress(self.stage, done, self.total)
