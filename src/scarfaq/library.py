"""A corpus made ready to answer from: its documents, passages, BM25 index, synonyms and speller."""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from scarfaq import cache
from scarfaq.analysis import _TOKENIZER, normalize, stopwords, terms
from scarfaq.corpus import Corpus, Document, load_corpus, resolve_corpus_dir
from scarfaq.errors import CorpusError
from scarfaq.index import Index, Parameters
from scarfaq.names import proper_nouns
from scarfaq.passages import Passage, chunk_corpus
from scarfaq.profile import DEFAULT_PLACEHOLDER, CorpusProfile, load_profile
from scarfaq.spelling import SpellingCorrector
from scarfaq.synonyms import SYNONYMS_PATH, Synonyms

logger = logging.getLogger(__name__)

#: Called with (done, total) while passages are analysed.
Progress = Callable[[int, int], None]


def indexed_terms(passage: Passage) -> list[str]:
    """What a passage is found by: its own words plus its section heading and list lead-in.

    The context words are indexed but never shown: the quote stays exactly the passage's text.
    """
    return terms(passage.text) + terms(passage.heading) + terms(passage.lead_in)


@dataclass(frozen=True)
class Library:
    """Everything needed to answer questions from one corpus folder."""

    root: Path
    documents: tuple[Document, ...]
    passages: tuple[Passage, ...]
    index: Index
    synonyms: Synonyms
    speller: SpellingCorrector
    warnings: tuple[str, ...] = ()
    names: frozenset[str] = frozenset()
    """Stems of the names the corpus uses (names.py): a question naming one has its own subject."""
    profile: CorpusProfile = CorpusProfile("Documents", DEFAULT_PLACEHOLDER, ())
    """How the chat introduces the corpus (profile.py): name, placeholder, example questions."""

    def document(self, source: str) -> Document:
        """The document a passage was quoted from."""
        for document in self.documents:
            if document.source == source:
                return document
        raise KeyError(source)

    @classmethod
    def build(cls, corpus: Corpus, progress: Progress | None = None) -> Library:
        """Chunk, analyse and index a loaded corpus."""
        return _assemble(corpus, _analyse(corpus, progress))


def _analyse(corpus: Corpus, progress: Progress | None) -> cache.Snapshot:
    """The slow part of a build: chunking, stemming every passage, indexing, counting the corpus's words,
    analysing the synonyms."""
    passages = chunk_corpus(corpus.documents)
    if not passages:
        raise CorpusError(f"the documents in {corpus.root} hold no text to answer from")
    if progress:
        progress(0, len(passages))
    analysed = []
    for done, passage in enumerate(passages, 1):
        analysed.append(indexed_terms(passage))
        if progress and (done % 500 == 0 or done == len(passages)):
            progress(done, len(passages))
    if not any(analysed):  # only punctuation or stopwords: nothing a question could ever match
        raise CorpusError(f"the documents in {corpus.root} hold no words to answer from")
    known = _known_words(corpus.documents)
    synonyms = Synonyms.load(corpus.root)
    names = proper_nouns(d.text for d in corpus.documents)
    return cache.Snapshot(tuple(passages), Index.build(analysed, Parameters()), known, synonyms, names)


def _assemble(corpus: Corpus, snapshot: cache.Snapshot) -> Library:
    synonyms = snapshot.synonyms
    known = snapshot.known_words.copy()
    stop = stopwords()
    known.update(w for w in synonyms.words() if w not in stop)
    profile, profile_warnings = load_profile(corpus.root, snapshot.passages)
    return Library(
        root=corpus.root,
        documents=corpus.documents,
        passages=snapshot.passages,
        index=snapshot.index,
        synonyms=synonyms,
        speller=SpellingCorrector(known),
        warnings=(*corpus.warnings, *profile_warnings),
        names=snapshot.names,
        profile=profile,
    )


def _known_words(documents: tuple[Document, ...]) -> Counter[str]:
    """How often each non-stopword occurs in the documents (synonym words are added when assembling).

    Counts the tokenizer's raw matches and normalizes each distinct word once: the same words as
    `analysis.tokenize` gives (a test holds them equal), about five times faster on a large corpus.
    """
    raw: Counter[str] = Counter()
    for document in documents:
        raw.update(_TOKENIZER.tokenize(document.text))
    stop = stopwords()
    counts: Counter[str] = Counter()
    for word, count in raw.items():
        normal = normalize(word)
        if normal not in stop:
            counts[normal] += count
    return counts


@dataclass(frozen=True)
class CacheStatus:
    """How a library was obtained: from the cache file, or built (and saved there when possible)."""

    path: Path | None
    """The cache file, or None when the cache could not be written."""
    reused: bool
    seconds: float
    """Time spent loading or building, after the documents were read."""


def open_library(corpus_option: str | Path | None = None, progress: Progress | None = None) -> Library:
    """Load and index the corpus named by `--corpus`, $SCARFAQ_CORPUS, or the shipped one (cached on disk)."""
    return load_library(corpus_option, progress)[0]


def load_library(
    corpus_option: str | Path | None = None, progress: Progress | None = None, *, rebuild: bool = False
) -> tuple[Library, CacheStatus]:
    """The library from the index cache when it is up to date, else built and saved to the cache."""
    corpus = load_corpus(resolve_corpus_dir(corpus_option))
    started = time.perf_counter()
    path = cache.cache_path(corpus.root)
    key = cache.cache_key(corpus.root, corpus.documents, corpus.root / SYNONYMS_PATH, Parameters())
    snapshot = None if rebuild else cache.fetch(path, key, corpus.documents)
    if snapshot is not None:
        return _assemble(corpus, snapshot), CacheStatus(path, True, time.perf_counter() - started)
    snapshot = _analyse(corpus, progress)
    library = _assemble(corpus, snapshot)
    try:
        cache.store(path, key, snapshot, corpus.documents)
    except OSError as error:
        reason = (error.strerror or type(error).__name__).lower()
        warning = f"index cache disabled (cannot write {path.parent}: {reason}); the index is rebuilt every run"
        logger.info(warning)
        return replace(library, warnings=(*library.warnings, warning)), CacheStatus(
            None, False, time.perf_counter() - started
        )
    return library, CacheStatus(path, False, time.perf_counter() - started)


__all__ = ["Library", "CacheStatus", "open_library", "load_library", "indexed_terms"]
