"""The postings index scores exactly like rank-bm25, only faster, and only passages with a query term."""

from __future__ import annotations

import random
from collections import Counter

import numpy as np
import pytest

from scarfaq import index as index_module
from scarfaq.index import VARIANTS, Index, Parameters, Postings, rank_bm25_model


def _random_corpus(rng: random.Random) -> list[list[str]]:
    vocabulary = [f"w{i}" for i in range(rng.randint(5, 200))]
    weights = [1 / (i + 1) for i in range(len(vocabulary))]  # Zipf-like, so some terms are in most passages
    return [rng.choices(vocabulary, weights, k=rng.randint(1, 60)) for _ in range(rng.randint(1, 300))]


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("seed", range(12))
def test_scores_equal_rank_bm25_for_every_candidate(variant: str, seed: int) -> None:
    rng = random.Random(seed)
    documents = _random_corpus(rng)
    parameters = Parameters(variant=variant)
    index = Index.build(documents, parameters)
    reference = rank_bm25_model(documents, parameters)
    vocabulary = sorted({t for d in documents for t in d}) + ["unknown"]
    for _ in range(5):
        query = rng.choices(vocabulary, k=rng.randint(1, 6))
        ids, scores = index.score(Counter(query))
        expected = reference.get_scores(query)
        holders = [i for i, d in enumerate(documents) if set(query) & set(d)]
        assert ids.tolist() == holders
        np.testing.assert_allclose(scores, expected[ids], rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_weights_scale_each_terms_contribution(variant: str) -> None:
    documents = [["a", "b"], ["b", "c"], ["c", "c", "d"], ["d"]]
    parameters = Parameters(variant=variant)
    reference = rank_bm25_model(documents, parameters)
    ids, scores = Index.build(documents, parameters).score({"a": 1.0, "c": 0.5})
    expected = reference.get_scores(["a"]) + 0.5 * reference.get_scores(["c"])
    assert ids.tolist() == [0, 1, 2]
    np.testing.assert_allclose(scores, expected[ids], rtol=1e-9)


def test_passages_without_any_query_term_are_never_candidates() -> None:
    documents = [["scar"] * 3, ["laser"], ["peel", "scar"]] + [["scar"]] * 10
    index = Index.build(documents, Parameters(variant="okapi"))
    ids, _ = index.score({"laser": 1.0})
    assert ids.tolist() == [1]


def test_unknown_variant_is_refused() -> None:
    with pytest.raises(ValueError):
        Parameters(variant="bm99")


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_idf_and_lengths_are_rank_bm25s_float_for_float(variant: str) -> None:
    """Not merely close: the very same floats, so rankings (and their ties) cannot move."""
    rng = random.Random(variant)
    documents = _random_corpus(rng) + [["w0"] * 3, ["w1", "w0"]]
    parameters = Parameters(variant=variant)
    index = Index.build(documents, parameters)
    reference = rank_bm25_model(documents, parameters)
    assert index.idf.tolist() == [reference.idf[term] for term in sorted(index.vocabulary, key=index.vocabulary.get)]
    assert index.doc_len.tolist() == reference.doc_len


def test_postings_are_term_major_with_passages_ascending() -> None:
    documents = [["b", "a", "b"], [], ["c"], ["a", "c", "c", "a"]]
    index = Index.build(documents)
    assert sorted(index.vocabulary) == ["a", "b", "c"] and index.indptr.tolist() == [0, 2, 3, 5]
    assert index.doc_ids.tolist() == [0, 3, 0, 2, 3] and index.tfs.tolist() == [1, 2, 2, 1, 2]


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_impacts_worked_out_in_pieces_are_those_worked_out_at_once(
    variant: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = _random_corpus(random.Random(7))
    at_once = Index.build(documents, Parameters(variant))
    for piece in (1, 3, 64):  # (pieces that end inside a term's postings and at its edges)
        monkeypatch.setattr(index_module, "_IMPACT_CHUNK", piece)
        in_pieces = Index.build(documents, Parameters(variant))
        assert in_pieces.to_arrays()[1]["impacts"].tobytes() == at_once.to_arrays()[1]["impacts"].tobytes()


@pytest.mark.parametrize("seed", range(6))
def test_postings_count_each_pair_and_say_whether_any_occurrence_is_in_the_text(seed: int) -> None:
    rng = random.Random(seed)
    postings, occurrences, first = Postings(), [], 0
    for _ in range(rng.randint(1, 4)):  # batches of later and later passages
        size = rng.randint(1, 80)
        batch = [(rng.randint(first, first + 9), rng.randint(0, 11), rng.random() < 0.5) for _ in range(size)]
        passages, terms, in_text = (np.asarray(column) for column in zip(*batch))
        postings.add(passages, terms.astype(np.int32), in_text)
        occurrences += batch
        first = int(passages.max()) + 1
    indptr, doc_ids, tfs, in_text_flags, *_ = postings.finish(12)
    found = {(term, int(doc_ids[at])): (int(tfs[at]), bool(in_text_flags[at]))
             for term in range(12) for at in range(indptr[term], indptr[term + 1])}
    counts = Counter((term, passage) for passage, term, _ in occurrences)
    assert found == {pair: (count, any(t for p, term, t in occurrences if (term, p) == pair))
                     for pair, count in counts.items()}
    assert all(np.all(np.diff(doc_ids[indptr[t] : indptr[t + 1]]) > 0) for t in range(12))
