"""A corpus made ready to answer from: its documents, passages, BM25 index, synonyms and speller."""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

from scarfaq import cache, knowledge
from scarfaq.analysis import normalize, remember_stems, stopwords, terms, words
from scarfaq.corpus import Corpus, Document, load_corpus, resolve_corpus_dir
from scarfaq.english import TOPIC_MARGIN, EnglishWords, topical_terms, wordfreq_table
from scarfaq.errors import CorpusError
from scarfaq.forms import families
from scarfaq.index import Index, Parameters
from scarfaq.passages import Passage
from scarfaq.profile import DEFAULT_PLACEHOLDER, CorpusProfile, load_profile
from scarfaq.spelling import SpellingCorrector
from scarfaq.stems import EVERYDAY, StemTable
from scarfaq.synonyms import SYNONYMS_PATH, Synonyms

if TYPE_CHECKING:  # the build's modules are imported only when a build runs: a warm one-shot never needs them
    from scarfaq.build import Progress

logger = logging.getLogger(__name__)


def indexed_terms(passage: Passage) -> list[str]:
    """What a passage is found by: its own words plus its section heading and list lead-in.

    The context words are indexed but never shown: the quote stays exactly the passage's text.
    """
    return terms(passage.text) + terms(passage.heading) + terms(passage.lead_in)


class Library(NamedTuple):
    """Everything needed to answer questions from one corpus folder. (A named tuple: defining one costs a
    one-shot a fraction of what a frozen dataclass does.)"""

    root: Path
    documents: tuple[Document, ...]
    passages: Sequence[Passage]
    """The passages, in corpus order (a `PassageTable`: each made when first read)."""
    index: Index
    synonyms: Synonyms
    speller: SpellingCorrector
    warnings: tuple[str, ...] = ()
    names: frozenset[str] = frozenset()
    """Stems of the names the corpus uses (names.py): a question naming one has its own subject."""
    alternates: knowledge.Alternates | None = None
    """The knowledge file's questions, indexed (knowledge.py); None when the corpus has none."""
    english: EnglishWords = EnglishWords()
    """Everyday English words with their Zipf frequency (english.py)."""
    families: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    """Root → the corpus's stems sharing it (forms.py)."""
    topical: frozenset[str] = frozenset()
    """The corpus's topic words (english.py): an answer must rest on one of them."""
    medical: bool = True
    """Whether the documents are about medical matters: then every answer quoting them gets the medical note."""
    profile: CorpusProfile = CorpusProfile("Documents", DEFAULT_PLACEHOLDER, ())
    """How the chat introduces the corpus (profile.py): name, placeholder, example questions."""
    stems: StemTable | None = None
    """The stems of the words questions may use, kept by the index (stems.py; analysis.remember_stems)."""

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
    """The slow part of a build: chunking and analysing every document in one pass (build.py: markup is
    never indexed or quoted), then the knowledge file, the English word table and what is derived from them."""
    from scarfaq.build import analyse
    from scarfaq.safety import is_medical_corpus

    analysis = analyse(corpus.documents, progress)
    passages, index = analysis.passages, analysis.index
    if not len(passages):
        raise CorpusError(f"the documents in {corpus.root} hold no text to answer from")
    if not index.vocabulary:  # only punctuation or stopwords: nothing a question could ever match
        raise CorpusError(f"the documents in {corpus.root} hold no words to answer from")
    synonyms, synonym_notes = Synonyms.read(corpus.root)
    blocks, notes = knowledge.read(corpus.root)
    pairs, stale = knowledge.attach(blocks, passages) if blocks else ([], [])
    alternates = knowledge.Alternates.build(pairs, len(passages))
    english = wordfreq_table()
    known = analysis.known_words
    questions = alternates.questions if alternates else ()
    asked_words = Counter(normalize(w) for question in questions for w in words(question))  # the knowledge file's
    return cache.Snapshot(
        passages, index, known, synonyms, analysis.names,
        alternates=alternates,
        english=english,
        families=families([*index.vocabulary, *(alternates.index.vocabulary if alternates else ())]),
        notes=(*synonym_notes, *notes, *stale),
        topical=_topical(known, index, alternates, asked_words, english),
        medical=is_medical_corpus(_sample(passages)),
        examples=analysis.examples,
        stems=_stems(progress, [*english.at_least(EVERYDAY), *known, *stopwords(), *synonyms.words(), *asked_words]),
    )


def _stems(progress: Progress | None, words: list[str]) -> StemTable:
    """The stems of the words a question may use (stems.py): a third of a second for everyday English."""
    if progress:
        progress("Stemming the vocabulary", 0, 1)
    table = StemTable.of(words)
    if progress:
        progress("Stemming the vocabulary", 1, 1)
    return table


#: Whether a corpus is medical is judged on at most this many of its passages, spread over all of it.
MEDICAL_SAMPLE = 2000


def _sample(passages: Sequence[Passage]) -> list[str]:
    step = max(1, len(passages) // MEDICAL_SAMPLE)
    return [p.text for p in passages[::step]]


def _topical(known: Counter[str], index: Index, alternates: knowledge.Alternates | None,
             asked_words: Counter[str], english: EnglishWords) -> frozenset[str]:
    """The corpus's topic words, from the documents and the questions the knowledge file ties to them
    (`asked_words`: their words, counted). A word of the documents is spread as far as the documents spread
    it: a comment's "Kyiv" stays in one passage however many questions ask about it."""
    counts = Counter(known)
    passages_of = {term: index.document_frequency(term) for term in index.vocabulary}
    if alternates is not None:
        stop = stopwords()
        counts.update({word: count for word, count in asked_words.items() if word not in stop})
        asked = Counter(term for terms_ in alternates.asked for term in terms_.split())
        for term, passages in asked.items():
            passages_of.setdefault(term, passages)
    return topical_terms(counts, passages_of, index.size, english, TOPIC_MARGIN)


def _assemble(corpus: Corpus, snapshot: cache.Snapshot) -> Library:
    remember_stems(snapshot.stems)
    synonyms = snapshot.synonyms
    known = snapshot.known_words.copy()
    stop = stopwords()
    known.update(w for w in synonyms.words() if w not in stop)
    profile, profile_warnings = load_profile(corpus.root, examples=snapshot.examples)
    return Library(
        root=corpus.root,
        documents=corpus.documents,
        passages=snapshot.passages,
        index=snapshot.index,
        synonyms=synonyms,
        speller=SpellingCorrector(known, snapshot.english),
        warnings=(*corpus.warnings, *snapshot.notes, *profile_warnings),
        names=snapshot.names,
        alternates=snapshot.alternates,
        english=snapshot.english,
        families=snapshot.families,
        topical=snapshot.topical,
        medical=snapshot.medical,
        profile=profile,
        stems=snapshot.stems,
    )


def _known_words(documents: Sequence[Document]) -> Counter[str]:
    """How often each non-stopword occurs in the documents (synonym words are added when assembling),
    counted as the build counts them: the same words as `analysis.tokenize` gives (a test holds them equal)."""
    from scarfaq.build import count_words

    return count_words(d.text for d in documents).known_words()


class CacheStatus(NamedTuple):
    """How a library was obtained: from the cache, or built (and saved there when possible). (A named
    tuple: defining one costs a one-shot a fraction of what a frozen dataclass does.)"""

    path: Path | None
    """The cache folder of these documents, or None when the cache could not be written."""
    reused: bool
    seconds: float
    """Time spent loading or building, after the documents were read."""


def _key(corpus: Corpus) -> str:
    side_files = (corpus.root / SYNONYMS_PATH, *knowledge.paths(corpus.root))
    return cache.cache_key(corpus.root, corpus.documents, side_files, Parameters())


def open_library(corpus_option: str | Path | None = None, progress: Progress | None = None,
                 *, follow_links: bool = False) -> Library:
    """Load and index the corpus named by `--corpus`, $SCARFAQ_CORPUS, or the shipped one (cached on disk)."""
    return load_library(corpus_option, progress, follow_links=follow_links)[0]


def load_library(
    corpus_option: str | Path | None = None, progress: Progress | None = None, *, rebuild: bool = False,
    follow_links: bool = False,
) -> tuple[Library, CacheStatus]:
    """The library from the index cache when it is up to date, else built and saved to the cache.

    The documents are read with the lengths the cache remembers (corpus.read_document); when that does not
    lead to a cache, they are read again, checked and counted, before anything is built from them."""
    root = resolve_corpus_dir(corpus_option)
    path = cache.cache_path(root)
    lengths = {} if rebuild else cache.remembered_lengths(path)
    corpus = load_corpus(root, follow_links, lengths)
    started = time.perf_counter()
    key = _key(corpus)
    found = None if rebuild else cache.fetch(path, key, corpus.documents)
    if found is None and lengths:  # perhaps a remembered length is wrong: read and count them all
        corpus = load_corpus(root, follow_links)
        key = _key(corpus)
        found = cache.fetch(path, key, corpus.documents)
    if found is not None:
        snapshot, folder = found
        return _assemble(corpus, snapshot), CacheStatus(folder, True, time.perf_counter() - started)
    snapshot = _analyse(corpus, progress)
    library = _assemble(corpus, snapshot)
    try:
        if progress:
            progress("Saving the index cache", 0, 1)
        folder = cache.store(path, key, snapshot, corpus.documents)
        if progress:
            progress("Saving the index cache", 1, 1)
    except OSError as error:
        reason = (error.strerror or str(error) or type(error).__name__).lower()
        warning = f"index cache disabled (cannot write {path.parent}: {reason}); the index is rebuilt every run"
        logger.info(warning)
        return library._replace(warnings=(*library.warnings, warning)), CacheStatus(
            None, False, time.perf_counter() - started
        )
    return library, CacheStatus(folder, False, time.perf_counter() - started)


__all__ = ["Library", "CacheStatus", "open_library", "load_library", "indexed_terms"]
