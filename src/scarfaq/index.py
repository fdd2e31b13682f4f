"""BM25 scoring with rank-bm25's own weights, over postings arrays, for passages that hold a query term.

rank-bm25 computes its `get_scores` by walking every passage for every query term, which is slow at scale,
and BM25Plus also gives a score to passages that contain none of the query terms (it adds a floor for
absent terms). Here the index keeps rank-bm25's idf, passage lengths and parameters, and scores
only *candidates* (passages with at least one query term) from postings; for every candidate the score
equals rank-bm25's `get_scores` for that passage (tested to 1e-9 relative).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

#: rank-bm25 class names, by the short name used in options and README.
VARIANTS = {"okapi": "BM25Okapi", "l": "BM25L", "plus": "BM25Plus"}
#: The variant chosen by measurement on the development set (see README).
DEFAULT_VARIANT = "plus"


@dataclass(frozen=True)
class Parameters:
    """The BM25 variant and its parameters (rank-bm25's defaults)."""

    variant: str = DEFAULT_VARIANT
    k1: float = 1.5
    b: float = 0.75
    delta: float | None = None
    """BM25L/BM25Plus only; None takes rank-bm25's default (0.5 for BM25L, 1.0 for BM25Plus)."""
    epsilon: float = 0.25  # BM25Okapi only

    def __post_init__(self) -> None:
        if self.variant not in VARIANTS:
            raise ValueError(f"unknown BM25 variant {self.variant!r}; choose from {', '.join(VARIANTS)}")
        if self.delta is None:
            object.__setattr__(self, "delta", 0.5 if self.variant == "l" else 1.0)

    def rank_bm25_kwargs(self) -> dict[str, float]:
        kwargs = {"k1": self.k1, "b": self.b}
        if self.variant == "okapi":
            kwargs["epsilon"] = self.epsilon
        else:
            kwargs["delta"] = self.delta
        return kwargs


def rank_bm25_model(documents: Sequence[Sequence[str]], parameters: Parameters):
    """The rank-bm25 object for these tokenized passages (used to build the index, and by tests)."""
    import rank_bm25

    model_class = getattr(rank_bm25, VARIANTS[parameters.variant])
    return model_class([list(d) for d in documents], **parameters.rank_bm25_kwargs())


class Index:
    """Postings (CSR arrays) with rank-bm25's idf, passage lengths and parameters."""

    def __init__(
        self,
        vocabulary: Mapping[str, int],
        idf: np.ndarray,
        doc_len: np.ndarray,
        indptr: np.ndarray,
        doc_ids: np.ndarray,
        tfs: np.ndarray,
        parameters: Parameters,
    ) -> None:
        self.vocabulary = dict(vocabulary)
        self.idf = idf
        self.doc_len = doc_len
        self.indptr = indptr
        self.doc_ids = doc_ids
        self.tfs = tfs
        self.parameters = parameters
        avgdl = float(doc_len.mean()) if len(doc_len) else 1.0
        self._length_norm = 1 - parameters.b + parameters.b * doc_len / avgdl
        # Each posting's contribution, precomputed once (as bm25s does), so a query only adds slices.
        posting_idf = np.repeat(idf, np.diff(indptr))
        self._absent_by_term = self._absent(idf)
        self._impacts = self._present(tfs, self._length_norm[doc_ids], posting_idf) - self._absent(posting_idf)

    @classmethod
    def build(cls, documents: Sequence[Sequence[str]], parameters: Parameters = Parameters()) -> Index:
        """Index tokenized passages, taking idf from rank-bm25 itself."""
        model = rank_bm25_model(documents, parameters)
        counts = [Counter(d) for d in documents]
        vocabulary = {term: i for i, term in enumerate(sorted(model.idf))}
        postings: list[list[tuple[int, int]]] = [[] for _ in vocabulary]
        for doc_id, counter in enumerate(counts):
            for term, tf in counter.items():
                postings[vocabulary[term]].append((doc_id, tf))
        indptr = np.zeros(len(vocabulary) + 1, dtype=np.int64)
        indptr[1:] = np.cumsum([len(p) for p in postings])
        flat = [pair for p in postings for pair in p]
        doc_ids = np.fromiter((d for d, _ in flat), dtype=np.int32, count=len(flat))
        tfs = np.fromiter((t for _, t in flat), dtype=np.float64, count=len(flat))
        idf = np.fromiter((model.idf[t] for t in vocabulary), dtype=np.float64, count=len(vocabulary))
        doc_len = np.asarray(model.doc_len, dtype=np.float64)
        return cls(vocabulary, idf, doc_len, indptr, doc_ids, tfs, parameters)

    def to_arrays(self) -> tuple[list[str], dict[str, np.ndarray]]:
        """The terms (in id order) and the plain arrays that `from_arrays` rebuilds this index from."""
        terms = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        arrays = {name: getattr(self, name) for name in ARRAY_DTYPES}
        return terms, arrays

    @classmethod
    def from_arrays(cls, terms: Sequence[str], arrays: Mapping[str, np.ndarray], parameters: Parameters) -> Index:
        """An index from `to_arrays` output; raises ValueError when the arrays do not fit together."""
        checked = {name: _checked_array(arrays, name, dtype) for name, dtype in ARRAY_DTYPES.items()}
        idf, doc_len, indptr, doc_ids, tfs = (checked[name] for name in ARRAY_DTYPES)
        postings = len(doc_ids)
        if len(idf) != len(terms) or len(indptr) != len(terms) + 1 or len(tfs) != postings:
            raise ValueError("index arrays have inconsistent lengths")
        if indptr[0] != 0 or indptr[-1] != postings or np.any(np.diff(indptr) < 0):
            raise ValueError("index postings pointers are not monotonic")
        if postings and (doc_ids.min() < 0 or doc_ids.max() >= len(doc_len)):
            raise ValueError("index postings point outside the passages")
        vocabulary = {term: i for i, term in enumerate(terms)}
        if len(vocabulary) != len(terms):
            raise ValueError("index vocabulary repeats a term")
        return cls(vocabulary, idf, doc_len, indptr, doc_ids, tfs, parameters)

    @property
    def size(self) -> int:
        """Number of passages."""
        return len(self.doc_len)

    def term_id(self, term: str) -> int | None:
        return self.vocabulary.get(term)

    def document_frequency(self, term: str) -> int:
        tid = self.vocabulary.get(term)
        return 0 if tid is None else int(self.indptr[tid + 1] - self.indptr[tid])

    def term_idf(self, term: str) -> float:
        tid = self.vocabulary.get(term)
        return 0.0 if tid is None else float(self.idf[tid])

    def postings(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        """(passage ids, term frequencies) of a term, ids ascending; empty arrays when unknown."""
        tid = self.vocabulary.get(term)
        if tid is None:
            return self.doc_ids[:0], self.tfs[:0]
        lo, hi = self.indptr[tid], self.indptr[tid + 1]
        return self.doc_ids[lo:hi], self.tfs[lo:hi]

    def _present(self, tf: np.ndarray, norm: np.ndarray, idf: float | np.ndarray) -> np.ndarray:
        """A term's contribution to passages that contain it."""
        p = self.parameters
        if p.variant == "okapi":
            return idf * (tf * (p.k1 + 1) / (tf + p.k1 * norm))
        if p.variant == "l":
            ctd = tf / norm  # rank-bm25's BM25L also multiplies by tf, so absent terms add nothing
            return idf * tf * (p.k1 + 1) * (ctd + p.delta) / (p.k1 + ctd + p.delta)
        return idf * (p.delta + (tf * (p.k1 + 1)) / (p.k1 * norm + tf))

    def _absent(self, idf: float | np.ndarray) -> float | np.ndarray:
        """A term's contribution to passages that lack it (BM25Plus gives them a floor)."""
        p = self.parameters
        return idf * p.delta if p.variant == "plus" else idf * 0.0

    def score(self, weights: Mapping[str, float]) -> tuple[np.ndarray, np.ndarray]:
        """(candidate ids, scores): every passage holding a query term, scored as Σ weight·bm25(term).

        With every weight 1 this is rank-bm25's `get_scores` restricted to the candidates.
        """
        if len(weights) == 1:  # the postings are already the candidates, in order
            ((term, weight),) = weights.items()
            tid = self.vocabulary.get(term)
            if tid is None:
                return self.doc_ids[:0].astype(np.intp), np.zeros(0)
            lo, hi = self.indptr[tid], self.indptr[tid + 1]
            base = weight * self._absent_by_term[tid]
            return self.doc_ids[lo:hi].astype(np.intp), weight * self._impacts[lo:hi] + base
        dense = np.zeros(self.size, dtype=np.float64)
        hit = np.zeros(self.size, dtype=bool)
        floor = 0.0
        for term, weight in weights.items():
            tid = self.vocabulary.get(term)
            if tid is None:
                continue
            lo, hi = self.indptr[tid], self.indptr[tid + 1]
            ids = self.doc_ids[lo:hi]
            floor += weight * self._absent_by_term[tid]
            dense[ids] += weight * self._impacts[lo:hi]
            hit[ids] = True
        candidates = np.flatnonzero(hit)
        return candidates, dense[candidates] + floor


#: The arrays an index is saved as, with the dtype each must have.
ARRAY_DTYPES = {
    "idf": np.float64,
    "doc_len": np.float64,
    "indptr": np.int64,
    "doc_ids": np.int32,
    "tfs": np.float64,
}


def _checked_array(arrays: Mapping[str, np.ndarray], name: str, dtype: type) -> np.ndarray:
    array = arrays.get(name)
    if not isinstance(array, np.ndarray) or array.dtype != np.dtype(dtype) or array.ndim != 1:
        raise ValueError(f"index array {name!r} is missing or has the wrong type")
    return array
