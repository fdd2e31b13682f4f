"""A corpus made ready to answer from: its documents, passages, BM25 index, synonyms and speller."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from scarfaq.analysis import normalize, stopwords, terms, tokenize
from scarfaq.corpus import Corpus, Document, load_corpus, resolve_corpus_dir
from scarfaq.errors import CorpusError
from scarfaq.index import Index, Parameters
from scarfaq.passages import Passage, chunk_corpus
from scarfaq.spelling import SpellingCorrector
from scarfaq.synonyms import Synonyms

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

    def document(self, source: str) -> Document:
        """The document a passage was quoted from."""
        for document in self.documents:
            if document.source == source:
                return document
        raise KeyError(source)

    @classmethod
    def build(cls, corpus: Corpus, progress: Progress | None = None) -> Library:
        """Chunk, analyse and index a loaded corpus."""
        passages = chunk_corpus(corpus.documents)
        if not passages:
            raise CorpusError(f"the documents in {corpus.root} hold no text to answer from")
        analysed = []
        for done, passage in enumerate(passages, 1):
            analysed.append(indexed_terms(passage))
            if progress and (done % 500 == 0 or done == len(passages)):
                progress(done, len(passages))
        synonyms = Synonyms.load(corpus.root)
        return cls(
            root=corpus.root,
            documents=corpus.documents,
            passages=tuple(passages),
            index=Index.build(analysed, Parameters()),
            synonyms=synonyms,
            speller=SpellingCorrector(_known_words(corpus.documents, synonyms)),
            warnings=corpus.warnings,
        )


def _known_words(documents: tuple[Document, ...], synonyms: Synonyms) -> Counter[str]:
    stop = stopwords()
    counts: Counter[str] = Counter()
    for document in documents:
        counts.update(t.word for t in tokenize(document.text) if not t.stop)
    counts.update(w for w in synonyms.words() if w not in stop)
    return counts


def open_library(corpus_option: str | Path | None = None, progress: Progress | None = None) -> Library:
    """Load and index the corpus named by `--corpus`, $SCARFAQ_CORPUS, or the shipped one."""
    return Library.build(load_corpus(resolve_corpus_dir(corpus_option)), progress)


__all__ = ["Library", "open_library", "indexed_terms", "normalize"]
