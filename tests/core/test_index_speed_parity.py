"""The fast paths (precomputed impacts, saved arrays, the disk cache) score exactly like rank-bm25."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

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
