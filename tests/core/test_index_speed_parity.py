"""The fast paths (precomputed impacts, saved arrays, the disk cache) score exactly like rank-bm25."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from scarfaq.analysis import distinct_terms
from scarfaq.index import VARIANTS, Index, Parameters, rank_bm25_model
from scarfaq.library import indexed_terms, load_library
from tests.conftest import write_corpus

WORDS = (
    "scar acne laser peel silicone gel redness swelling filler skin collagen needling subcision pits "
    "weeks months price clinic doctor cream retinoid sun heal mark raised flat deep ice pick rolling boxcar"
).split()


def _random_documents(rng: random.Random) -> dict[str, str]:
    weights = [1 / (i + 1) for i in range(len(WORDS))]
    documents = {}
    for number in range(rng.randint(1, 6)):
        paragraphs = [
            " ".join(rng.choices(WORDS, weights, k=rng.randint(1, 40))).capitalize() + "."
            for _ in range(rng.randint(1, 25))
        ]
        documents[f"doc{number}.txt"] = "\n\n".join(paragraphs) + "\n"
    return documents


@pytest.mark.parametrize("seed", range(6))
def test_scores_through_the_disk_cache_equal_rank_bm25(seed: int, tmp_path: Path) -> None:
    rng = random.Random(seed)
    root = write_corpus(tmp_path / "corpus", _random_documents(rng))
    load_library(root)
    library, status = load_library(root)
    assert status.reused
    analysed = [indexed_terms(p) for p in library.passages]
    reference = rank_bm25_model(analysed, library.index.parameters)
    vocabulary = sorted({t for terms in analysed for t in terms}) + ["unknown"]
    for _ in range(8):
        query = rng.choices(vocabulary, k=rng.randint(1, 5))
        ids, scores = library.index.score(Counter(query))
        holders = [i for i, terms in enumerate(analysed) if set(query) & set(terms)]
        assert ids.tolist() == holders
        np.testing.assert_allclose(scores, reference.get_scores(query)[ids], rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_arrays_round_trip_keeps_scores(variant: str) -> None:
    rng = random.Random(variant)
    documents = [rng.choices(WORDS, k=rng.randint(1, 30)) for _ in range(200)]
    parameters = Parameters(variant=variant)
    built = Index.build(documents, parameters)
    terms, arrays = built.to_arrays()
    loaded = Index.from_arrays(terms, {name: array.copy() for name, array in arrays.items()}, parameters)
    reference = rank_bm25_model(documents, parameters)
    for _ in range(20):
        query = rng.choices(WORDS, k=rng.randint(1, 4))
        weights = {term: rng.choice([1.0, 0.6, 0.8]) for term in query}
        ids, scores = loaded.score(weights)
        expected = sum(w * reference.get_scores([t]) for t, w in weights.items())
        np.testing.assert_array_equal(ids, built.score(weights)[0])
        np.testing.assert_allclose(scores, expected[ids], rtol=1e-9, atol=1e-12)


def test_from_arrays_refuses_arrays_that_do_not_fit() -> None:
    terms, arrays = Index.build([["a", "b"], ["b"]]).to_arrays()
    for name, broken in [
        ("indptr", arrays["indptr"][::-1].copy()),
        ("doc_ids", arrays["doc_ids"] + 5),
        ("tfs", arrays["tfs"].astype(np.float32)),
        ("idf", arrays["idf"][:1]),
    ]:
        with pytest.raises(ValueError):
            Index.from_arrays(terms, {**arrays, name: broken}, Parameters())


@pytest.mark.parametrize("seed", range(4))
def test_each_passages_stored_terms_are_its_texts_terms(seed: int, tmp_path: Path) -> None:
    """The per-passage terms the build saves (read back from the disk cache) are exactly the terms that
    analysing the passage's own text gives: its heading and lead-in, also indexed, are not among them."""
    rng = random.Random(seed)
    documents = _random_documents(rng)
    items = "\n".join(f"- item {i} with collagen and sun cream, and more words to make it long" for i in range(60))
    documents["listed.md"] = f"# Needling weeks\n\nWhat to use:\n\n{items}\n"  # later passages: context only
    root = write_corpus(tmp_path / "corpus", documents)
    load_library(root)
    library, status = load_library(root)
    assert status.reused
    index = library.index
    terms = sorted(index.vocabulary, key=index.vocabulary.__getitem__)
    context_only = 0
    for number, passage in enumerate(library.passages):
        stored = [terms[i] for i in index.text_term_ids(number)]
        assert stored == sorted(distinct_terms(passage.text))
        context_only += bool(distinct_terms(f"{passage.heading} {passage.lead_in}") - set(stored))
    assert context_only  # some passages are indexed under words their text lacks


def test_derived_passage_terms_equal_the_built_ones() -> None:
    """An index made without the per-passage arrays works them out from its postings, the same arrays."""
    documents = [["a", "b", "a"], [], ["c"], ["b", "c", "d"], []]
    terms, arrays = Index.build(documents).to_arrays()
    derived = Index.from_arrays(terms, {k: v for k, v in arrays.items() if not k.startswith("text_")}, Parameters())
    np.testing.assert_array_equal(derived.text_indptr, arrays["text_indptr"])
    np.testing.assert_array_equal(derived.text_terms, arrays["text_terms"])
    assert [derived.text_term_ids(p) for p in range(5)] == [[0, 1], [], [2], [1, 2, 3], []]


def test_from_arrays_refuses_passage_terms_that_do_not_fit() -> None:
    terms, arrays = Index.build([["a", "b"], ["b"]]).to_arrays()
    for name, broken in [
        ("text_indptr", arrays["text_indptr"][::-1].copy()),
        ("text_indptr", arrays["text_indptr"][:-1].copy()),
        ("text_terms", arrays["text_terms"] + 5),
        ("text_terms", arrays["text_terms"] - 10),
        ("text_terms", arrays["text_terms"].astype(np.int64)),
    ]:
        with pytest.raises(ValueError):
            Index.from_arrays(terms, {**arrays, name: broken}, Parameters())
    with pytest.raises(ValueError):
        Index.from_arrays(terms, {k: v for k, v in arrays.items() if k != "text_terms"}, Parameters())
