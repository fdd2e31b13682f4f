"""Large documents and long lines build in bounded time, without nltk's timed regular expressions."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import nltk.redos
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scarfaq import analysis
from scarfaq.corpus import Document
from scarfaq.library import load_library
from scarfaq.passages import TRAINING_CHARS, training_text
from tests.conftest import write_corpus

#: Letters, digits, apostrophes, an underscore, spaces, punctuation and a combining mark: every kind of
#: character the word pattern treats differently.
ALPHABET = "ab É1'’_ .,\n\t-\u0301"


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=300), size=st.integers(min_value=1, max_value=40))
def test_words_matched_in_pieces_are_the_words_of_the_whole_text(text: str, size: int) -> None:
    cuts = list(analysis.pieces(text, size))
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(cuts, cuts[1:]))
    pieced = [w for start, end in cuts for w in analysis._compiled(analysis.WORD_PATTERN).findall(text[start:end])]
    assert pieced == analysis._compiled(analysis.WORD_PATTERN).findall(text)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=200))
def test_words_are_what_nltks_tokenizer_finds(text: str) -> None:
    from nltk.tokenize import RegexpTokenizer

    tokenizer = RegexpTokenizer(analysis.WORD_PATTERN)
    assert analysis.words(text) == tokenizer.tokenize(text)
    assert list(analysis.word_spans(text)) == list(tokenizer.span_tokenize(text))


def test_a_large_document_builds_without_any_timed_regex(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """nltk 3.10 bounds each of its regex calls by a wall-clock limit: a slow machine turned a 45 MB document
    into a TimeoutError. Word matching must not go through it at all (here the limit is ~0)."""
    monkeypatch.setattr(nltk.redos, "DEFAULT_TIMEOUT", 1e-9)
    paragraph = "Silicone gel flattens raised scars over months, don't stop early.\n" * 3 + "\n"
    paragraphs = 3_000_000 // len(paragraph)
    root = write_corpus(tmp_path / "corpus", {"big.txt": "Scar care\n\n" + paragraph * paragraphs})
    monkeypatch.setattr(analysis, "PIECE_CHARS", 100_000)  # many pieces, as a document of gigabytes would have
    library, _ = load_library(root)
    assert library.index.document_frequency("silicon") == len(library.passages) > 1000
    assert library.speller._counts["months"] == 3 * paragraphs and library.speller._counts["scars"] == 3 * paragraphs


def test_word_counts_are_the_same_whatever_the_piece_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Laser ‘resurfacing’ isn't cheap; co2 lasers_cost 2 weeks' pay.\n\n" * 500
    whole = Counter(analysis.words(text))
    monkeypatch.setattr(analysis, "PIECE_CHARS", 37)
    assert Counter(analysis.words(text)) == whole


def _document(name: str, text: str) -> Document:
    return Document(source=name, path=Path(name), title=name, text=text)


def test_sentence_model_training_text_is_the_whole_of_a_small_corpus() -> None:
    documents = [_document("a.txt", "One. Two.\nThree."), _document("b.txt", "Four.")]
    assert training_text(documents) == "One. Two.\nThree.\n\nFour."


def test_sentence_model_trains_on_a_bounded_sample_of_the_whole_corpus() -> None:
    documents = [_document(f"{n}.txt", "".join(f"Doc {n} line {i}. Dr. Smith agreed.\n" for i in range(2000)))
                 for n in range(30)]
    sample = training_text(documents)
    assert len(sample) <= TRAINING_CHARS
    assert {n for n in range(30) if f"Doc {n} line" in sample} == set(range(30))  # from all over the corpus
    assert all(line in documents[int(line.split()[1])].text for line in sample.split("\n") if line)


def test_a_single_huge_line_gives_a_sample_from_all_over_it() -> None:
    text = " ".join(f"Sentence number {i} ends here." for i in range(200_000))  # 6 MB, one line
    sample = training_text([_document("big.txt", text)])
    numbers = [int(n) for n in re.findall(r"number (\d+) ends", sample)]
    assert len(sample) <= TRAINING_CHARS and max(numbers) > 190_000 and any(90_000 < n < 110_000 for n in numbers)


def test_the_build_is_the_same_whatever_the_piece_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Contractubex. Apply Contractubex twice; don’t stop.\n\nLaser — Fraxel co2 lasers_cost 2 weeks' pay.\n" * 40
    root = write_corpus(tmp_path / "corpus", {"a.txt": text, "b.md": "# Peels\n\nA peel, Jessner's.\n"})
    whole, _ = load_library(root)
    monkeypatch.setattr(analysis, "PIECE_CHARS", 7)
    pieced, _ = load_library(root, rebuild=True)
    assert pieced.names == whole.names and pieced.speller._counts == whole.speller._counts
    assert pieced.index.vocabulary == whole.index.vocabulary
    for name in ("doc_ids", "tfs", "indptr", "in_text"):
        assert getattr(pieced.index, name).tolist() == getattr(whole.index, name).tolist()


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=ALPHABET + "²½\u0301\u0903ｱ𝟘ÉéĳǅⅫ〇", max_size=200))
def test_words_and_gaps_are_the_tokenizers_whichever_engine_splits_them(text: str) -> None:
    """The standard library's engine is used only where it finds the very same words."""
    parts = analysis.split_words(text)
    assert parts == analysis._compiled(analysis._WORD_OR_GAP).split(text) and "".join(parts) == text
    assert parts[1::2] == analysis._compiled(analysis.WORD_PATTERN).findall(text)
