"""BM25 scoring with rank-bm25's own weights, over postings arrays, for passages that hold a query term.

rank-bm25 computes its `get_scores` by walking every passage for every query term, which is slow at scale,
and BM25Plus also gives a score to passages that contain none of the query terms (it adds a floor for
absent terms). Here the index keeps rank-bm25's idf (the same formulas, computed with the same `math.log`
on the same numbers, so the same floats), passage lengths and parameters, and scores only *candidates*
(passages with at least one query term) from postings; for every candidate the score equals rank-bm25's
`get_scores` for that passage (tested to 1e-9 relative). The build never makes a rank-bm25 object: the
postings are counted with NumPy, batch by batch, and merged into term-major arrays in linear time.

Each posting's contribution to a score (its *impact*, as bm25s stores it) is computed once, when the index
is built, and saved with it: a question only adds slices.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

#: rank-bm25 class names, by the short name used in options and README.
VARIANTS = {"okapi": "BM25Okapi", "l": "BM25L", "plus": "BM25Plus"}
#: The variant chosen by measurement on the development set (see README).
DEFAULT_VARIANT = "plus"
#: Postings whose impacts are computed at once: each of the half-dozen temporary arrays is 2 MB. (At 1 << 22
#: they were 32 MB each, and at 100,000 passages the build's peak memory was there.)
_IMPACT_CHUNK = 1 << 18


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

    def idf(self, passages: int, document_frequency: np.ndarray, first_seen: np.ndarray | None = None) -> np.ndarray:
        """rank-bm25's idf of each term from its document frequency, float for float (`math.log` on the
        same Python numbers, once per distinct frequency). BM25Okapi floors negative idfs at epsilon × the
        average idf, summed as rank-bm25 sums it: in the order terms first appear (`first_seen`, term ids in
        that order; term id order when not given)."""
        n = passages
        distinct, where = np.unique(document_frequency, return_inverse=True)
        if self.variant == "plus":
            values = [math.log((n + 1) / df) for df in distinct.tolist()]
        elif self.variant == "l":
            values = [math.log(n + 1) - math.log(df + 0.5) for df in distinct.tolist()]
        else:
            values = [math.log(n - df + 0.5) - math.log(df + 0.5) for df in distinct.tolist()]
        idf = np.asarray(values, dtype=np.float64)[where.reshape(-1)]
        if self.variant == "okapi" and len(idf):
            order = first_seen if first_seen is not None else range(len(idf))
            total = 0
            for value in idf[order].tolist():  # a Python sum, in rank-bm25's order, for the same float
                total += value
            idf[idf < 0] = self.epsilon * (total / len(idf))
        return idf


def rank_bm25_model(documents: Sequence[Sequence[str]], parameters: Parameters):
    """The rank-bm25 object for these tokenized passages (the reference the tests compare with)."""
    import rank_bm25

    model_class = getattr(rank_bm25, VARIANTS[parameters.variant])
    return model_class([list(d) for d in documents], **parameters.rank_bm25_kwargs())


class Postings:
    """Collects (passage, term) occurrences, batch by batch in passage order, into term-major postings.

    Each batch is counted on its own (sorted term·passage keys); `finish` places every batch's
    postings straight where they belong in the final arrays (a counting merge, linear in the postings),
    so no Python containers per posting and no global sort are needed.
    """

    def __init__(self) -> None:
        self._batches: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
        self._last_passage = -1

    def add(self, passages: np.ndarray, terms: np.ndarray, in_text: np.ndarray | None = None) -> None:
        """Occurrences of `terms[i]` in passage `passages[i]` (passage numbers above those of earlier
        batches); `in_text[i]` says the occurrence is in the passage's own text, not its context."""
        if not len(passages):
            return
        passages = np.asarray(passages, dtype=np.int64)
        if passages.min() <= self._last_passage:
            raise ValueError("postings must be added in passage order")
        self._last_passage = int(passages.max())
        keys = _occurrence_keys(terms, passages, in_text)
        keys.sort()  # (in place; by sorting: NumPy 2.4's `np.unique` takes a hash-table path, 50 times slower here)
        first = np.flatnonzero(np.r_[True, (keys[1:] ^ keys[:-1]) > 1])  # each pair's first occurrence
        pairs = keys[first]
        counts = np.diff(first, append=len(keys))
        text_flags = (pairs & 1) == 0  # its first occurrence is in the text when any is
        pairs >>= 1
        self._batches.append(((pairs >> 32).astype(np.int32), (pairs & 0xFFFFFFFF).astype(np.int32),
                              counts.astype(np.int32), text_flags))

    def used(self, terms: int) -> np.ndarray:
        """Which of the term numbers below `terms` have postings."""
        counts = np.zeros(terms, dtype=np.int64)
        for term_ids, *_ in self._batches:
            counts += np.bincount(term_ids, minlength=terms)
        return counts > 0

    def finish(self, terms: int, renumber: np.ndarray | None = None) -> tuple[np.ndarray, ...]:
        """(indptr, doc_ids, tfs, in_text, text_indptr, text_terms): CSR postings by term (ids ascending
        within a term), then each passage's terms of its own text (CSR by passage, ascending: the postings
        with `in_text`, passage-major). `renumber` maps the term numbers used in `add` to the final ones."""
        batches = [(renumber[t] if renumber is not None else t, *rest) for t, *rest in self._batches]
        self._batches = []
        text_indptr, text_terms = _by_passage(batches, self._last_passage + 1)
        counts = np.zeros(terms, dtype=np.int64)
        for term_ids, *_ in batches:
            counts += np.bincount(term_ids, minlength=terms)
        indptr = np.zeros(terms + 1, dtype=np.int64)
        np.cumsum(counts, out=indptr[1:])
        total = int(indptr[-1])
        doc_ids = np.empty(total, dtype=np.int32)
        tfs = np.empty(total, dtype=np.int32)
        in_text = np.empty(total, dtype=bool)
        placed = indptr[:-1].copy()  # where each term's next posting goes
        while batches:
            term_ids, passage_ids, tf, flags = batches.pop(0)
            first = np.flatnonzero(np.r_[True, term_ids[1:] != term_ids[:-1]])
            rank = np.arange(len(term_ids)) - np.repeat(first, np.diff(np.r_[first, len(term_ids)]))
            where = placed[term_ids] + rank
            doc_ids[where], tfs[where], in_text[where] = passage_ids, tf, flags
            placed += np.bincount(term_ids, minlength=terms)
        return indptr, doc_ids, tfs, in_text, text_indptr, text_terms


def _by_passage(batches: Sequence[tuple[np.ndarray, ...]], passages: int) -> tuple[np.ndarray, np.ndarray]:
    """(text_indptr, text_terms): each passage's distinct terms of its own text, ascending, from batches of
    postings (term, passage, tf, in_text) that each hold a later range of passages than the one before."""
    counts = np.zeros(max(passages, 0), dtype=np.int64)
    parts = []
    for term_ids, passage_ids, _, flags in batches:  # (in place where it can: the build's peak memory is here)
        owners = passage_ids[flags]
        counts += np.bincount(owners, minlength=len(counts))
        keys = owners.astype(np.int64)
        del owners
        keys <<= 32
        keys |= term_ids[flags]
        keys.sort()  # by passage, then term
        keys &= 0xFFFFFFFF
        parts.append(keys.astype(np.int32))
        del keys
    text_indptr = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=text_indptr[1:])
    return text_indptr, np.concatenate(parts) if parts else np.zeros(0, dtype=np.int32)


class Index:
    """Postings (CSR arrays) with rank-bm25's idf, passage lengths and parameters, and each posting's impact."""

    def __init__(self, vocabulary: Mapping[str, int], arrays: Mapping[str, np.ndarray], parameters: Parameters) -> None:
        self.vocabulary = vocabulary if isinstance(vocabulary, dict) else dict(vocabulary)
        self.idf = arrays["idf"]
        self.doc_len = arrays["doc_len"]
        self.indptr = arrays["indptr"]
        self.doc_ids = arrays["doc_ids"]
        self.tfs = arrays["tfs"]
        self.parameters = parameters
        self._impacts = arrays["impacts"] if "impacts" in arrays else self._compute_impacts()
        self.in_text = arrays["in_text"] if "in_text" in arrays else np.ones(len(self.doc_ids), dtype=bool)
        """Per posting: the term is in the passage's own text (not only in its heading or lead-in)."""
        self.lowest = arrays["lowest"] if "lowest" in arrays else _segment_minimum(self._impacts, self.indptr)
        """Per term: its smallest impact (a query whose every weight·lowest is positive can find its
        candidates as the passages with a positive score)."""
        self._absent_by_term = self._absent(self.idf)
        self.text_indptr, self.text_terms = (
            (arrays["text_indptr"], arrays["text_terms"]) if "text_terms" in arrays
            else _transposed(self.indptr, self.doc_ids, self.in_text, self.size)
        )
        """Per passage: the ids of the terms of its own text (`text_terms[text_indptr[p]:text_indptr[p + 1]]`,
        ascending), what analysing the passage's text gives (`analysis.distinct_terms`)."""

    @classmethod
    def build(cls, documents: Sequence[Sequence[str]], parameters: Parameters = Parameters()) -> Index:
        """Index tokenized passages (every term counted, as rank-bm25 counts them)."""
        numbering: dict[str, int] = {}
        ids = [numbering.setdefault(term, len(numbering)) for document in documents for term in document]
        lengths = np.fromiter(map(len, documents), dtype=np.int64, count=len(documents))
        postings = Postings()
        postings.add(np.repeat(np.arange(len(documents)), lengths), np.asarray(ids, dtype=np.int32))
        return cls.from_postings(list(numbering), postings, lengths, parameters, first_seen=np.arange(len(numbering)))

    @classmethod
    def from_postings(cls, terms: Sequence[str], postings: Postings, lengths: np.ndarray, parameters: Parameters,
                      first_seen: np.ndarray | None = None) -> Index:
        """The index of counted postings: `terms[i]` is term number i of `postings`, `lengths` each passage's
        number of terms. Terms without postings (words of passages that are never indexed) are left out; the
        others are renumbered in sorted order."""
        used = postings.used(len(terms)).tolist()
        order = np.asarray(sorted((i for i in range(len(terms)) if used[i]), key=terms.__getitem__), dtype=np.int64)
        renumber = np.full(len(terms), -1, dtype=np.int32)  # -1: never in the postings (int32: as the batches' ids)
        renumber[order] = np.arange(len(order))
        indptr, doc_ids, tfs, in_text, text_indptr, text_terms = postings.finish(len(order), renumber)
        seen = renumber[first_seen] if first_seen is not None else None
        idf = parameters.idf(len(lengths), np.diff(indptr), seen)
        vocabulary = {terms[i]: rank for rank, i in enumerate(order.tolist())}
        if len(text_indptr) < len(lengths) + 1:  # passages after the last one with postings hold no term
            text_indptr = np.concatenate([text_indptr, np.full(len(lengths) + 1 - len(text_indptr), text_indptr[-1])])
        arrays = {"idf": idf, "doc_len": np.asarray(lengths, dtype=np.float64), "indptr": indptr,
                  "doc_ids": doc_ids, "tfs": tfs, "in_text": in_text, "text_indptr": text_indptr,
                  "text_terms": text_terms}
        return cls(vocabulary, arrays, parameters)

    def to_arrays(self) -> tuple[list[str], dict[str, np.ndarray]]:
        """The terms (in id order) and the plain arrays that `from_arrays` rebuilds this index from."""
        terms = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        arrays = {name: getattr(self, name) for name in ("idf", "doc_len", "indptr", "doc_ids", "tfs", "in_text",
                                                        "lowest", "text_indptr", "text_terms")}
        arrays["impacts"] = self._impacts
        return terms, arrays

    @classmethod
    def from_arrays(cls, terms: Sequence[str], arrays: Mapping[str, np.ndarray], parameters: Parameters) -> Index:
        """An index from `to_arrays` output; raises ValueError when the arrays do not fit together (checked
        with whole-array reductions only: cheap on memory-mapped arrays)."""
        checked = {name: _checked_array(arrays, name, dtype) for name, dtype in ARRAY_DTYPES.items()
                   if name in arrays or name in REQUIRED}
        idf, doc_len, indptr, doc_ids, tfs = (checked[name] for name in REQUIRED)
        postings = len(doc_ids)
        if len(idf) != len(terms) or len(indptr) != len(terms) + 1 or len(tfs) != postings:
            raise ValueError("index arrays have inconsistent lengths")
        if indptr[0] != 0 or indptr[-1] != postings or np.any(np.diff(indptr) <= 0):
            raise ValueError("index postings pointers are not monotonic")
        if postings and (doc_ids.min() < 0 or doc_ids.max() >= len(doc_len) or tfs.min() < 1):
            raise ValueError("index postings point outside the passages")
        if not (np.all(np.isfinite(idf)) and np.all(np.isfinite(doc_len)) and (not len(doc_len) or doc_len.min() >= 0)):
            raise ValueError("index weights are not finite")
        for name, length in (("impacts", postings), ("in_text", postings), ("lowest", len(terms))):
            if name in checked and len(checked[name]) != length:
                raise ValueError(f"index array {name!r} has the wrong length")
        if "impacts" in checked and not np.all(np.isfinite(checked["impacts"])):
            raise ValueError("index impacts are not finite")
        if ("text_indptr" in checked) != ("text_terms" in checked):
            raise ValueError("index passage terms are incomplete")
        if "text_indptr" in checked:
            _check_text_terms(checked["text_indptr"], checked["text_terms"], len(doc_len), len(terms))
        vocabulary = {term: i for i, term in enumerate(terms)}
        if len(vocabulary) != len(terms):
            raise ValueError("index vocabulary repeats a term")
        return cls(vocabulary, checked, parameters)

    @property
    def size(self) -> int:
        """Number of passages."""
        return len(self.doc_len)

    def term_id(self, term: str) -> int | None:
        return self.vocabulary.get(term)

    def text_term_ids(self, passage: int) -> list[int]:
        """The ids of the terms of a passage's own text (see `text_terms`)."""
        lo, hi = self.text_indptr[passage : passage + 2].tolist()
        return self.text_terms[lo:hi].tolist()

    def document_frequency(self, term: str) -> int:
        tid = self.vocabulary.get(term)
        return 0 if tid is None else self.indptr.item(tid + 1) - self.indptr.item(tid)

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

    def holders(self, terms: Iterable[str], ids: np.ndarray) -> list[tuple[str, np.ndarray, np.ndarray]]:
        """For each known term: (term, which of the sorted passage `ids` hold it, which hold it in their own
        text), as boolean arrays over `ids`."""
        found = []
        vocabulary, indptr, doc_ids, in_text = self.vocabulary, self.indptr, self.doc_ids, self.in_text
        for term in terms:
            tid = vocabulary.get(term)
            if tid is None:
                continue
            lo, hi = indptr[tid : tid + 2].tolist()
            postings = doc_ids[lo:hi]
            where = postings.searchsorted(ids)
            np.minimum(where, hi - lo - 1, out=where)  # past the last posting: compared with it, unequal
            held = postings[where] == ids
            found.append((term, held, held & in_text[lo + where]))
        return found

    def _compute_impacts(self) -> np.ndarray:
        """Each posting's contribution: present(term) − absent(term), in chunks (bounded temporaries)."""
        p = self.parameters
        if not len(self.doc_ids):
            return np.zeros(0)
        avgdl = float(self.doc_len.mean())
        length_norm = 1 - p.b + p.b * self.doc_len / avgdl
        impacts = np.empty(len(self.doc_ids), dtype=np.float64)
        for lo in range(0, len(impacts), _IMPACT_CHUNK):
            hi = min(lo + _IMPACT_CHUNK, len(impacts))
            term_of = np.searchsorted(self.indptr, np.arange(lo, hi), side="right") - 1
            posting_idf = self.idf[term_of]
            present = self._present(self.tfs[lo:hi], length_norm[self.doc_ids[lo:hi]], posting_idf)
            impacts[lo:hi] = present - self._absent(posting_idf)
        return impacts

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

    def _postings_of(self, found: Sequence[tuple[int, float]]) -> tuple[np.ndarray, np.ndarray]:
        """The passage ids and weighted impacts of the terms' postings, term after term, each written once
        into its array (the ids as `bincount` takes them)."""
        bounds = [self.indptr[tid : tid + 2].tolist() for tid, _ in found]
        total = sum(hi - lo for lo, hi in bounds)
        ids, contributions = np.empty(total, dtype=np.intp), np.empty(total)
        at = 0
        for (lo, hi), (_, weight) in zip(bounds, found):
            end = at + hi - lo
            ids[at:end] = self.doc_ids[lo:hi]
            np.multiply(self._impacts[lo:hi], weight, out=contributions[at:end])
            at = end
        return ids, contributions

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
        found = [(tid, weight) for term, weight in weights.items() if (tid := self.vocabulary.get(term)) is not None]
        if not found:
            return self.doc_ids[:0].astype(np.intp), np.zeros(0)
        floor = 0.0
        for tid, weight in found:
            floor += weight * self._absent_by_term[tid]
        if all(weight * self.lowest[tid] > 0 for tid, weight in found):
            # Every contribution is positive: the holders are the passages with a positive sum, and the sums
            # are made in one pass (`bincount` adds in array order: term by term, as a loop would).
            ids, contributions = self._postings_of(found)
            dense = np.bincount(ids, contributions, minlength=self.size)
            candidates = np.flatnonzero(dense > 0)
            scores = dense.take(candidates)
            scores += floor
            return candidates, scores
        dense = np.zeros(self.size, dtype=np.float64)
        hit = np.zeros(self.size, dtype=bool)
        for tid, weight in found:
            lo, hi = self.indptr[tid], self.indptr[tid + 1]
            dense[self.doc_ids[lo:hi]] += weight * self._impacts[lo:hi]
            hit[self.doc_ids[lo:hi]] = True
        candidates = np.flatnonzero(hit)
        return candidates, dense[candidates] + floor


#: The arrays an index is saved as, with the dtype each must have (the first five are required).
ARRAY_DTYPES = {
    "idf": np.float64,
    "doc_len": np.float64,
    "indptr": np.int64,
    "doc_ids": np.int32,
    "tfs": np.int32,
    "impacts": np.float64,
    "in_text": np.bool_,
    "lowest": np.float64,
    "text_indptr": np.int64,
    "text_terms": np.int32,
}
REQUIRED = ("idf", "doc_len", "indptr", "doc_ids", "tfs")


def _occurrence_keys(terms: np.ndarray, passages: np.ndarray, in_text: np.ndarray | None) -> np.ndarray:
    """One key per occurrence that sorts by term, then passage, then place: term · 2^33 + passage · 2 + (0 in
    the passage's own text, 1 in its context). One sort then counts each (term, passage) pair and tells
    whether it is in the text (it sorted the keys twice: all of them, then those in the text)."""
    keys = np.array(terms, dtype=np.int64)  # (a copy: worked on in place)
    if keys.min() < 0 or keys.max() >= 1 << 30:
        raise ValueError("term numbers must be below 2**30")
    keys <<= 32
    keys |= passages
    keys <<= 1
    if in_text is not None:
        keys |= ~np.asarray(in_text, dtype=bool)
    return keys


def _segment_minimum(values: np.ndarray, indptr: np.ndarray) -> np.ndarray:
    """The smallest value of each non-empty segment `values[indptr[i]:indptr[i+1]]`."""
    if len(indptr) < 2:
        return np.zeros(0)
    return np.minimum.reduceat(values, indptr[:-1]) if len(values) else np.zeros(len(indptr) - 1)


def _transposed(indptr: np.ndarray, doc_ids: np.ndarray, in_text: np.ndarray, passages: int
                ) -> tuple[np.ndarray, np.ndarray]:
    """(text_indptr, text_terms) from term-major postings: the postings in a passage's own text, by passage."""
    term_of = np.repeat(np.arange(len(indptr) - 1, dtype=np.int32), np.diff(indptr))[in_text]
    owners = doc_ids[in_text]
    order = np.argsort(owners, kind="stable")  # term ids stay ascending within a passage
    text_indptr = np.zeros(passages + 1, dtype=np.int64)
    np.cumsum(np.bincount(owners, minlength=passages), out=text_indptr[1:])
    return text_indptr, term_of[order]


def _check_text_terms(text_indptr: np.ndarray, text_terms: np.ndarray, passages: int, terms: int) -> None:
    """Raises ValueError unless the per-passage terms fit the passages and the vocabulary."""
    if len(text_indptr) != passages + 1 or text_indptr[0] != 0 or text_indptr[-1] != len(text_terms):
        raise ValueError("index passage terms have inconsistent lengths")
    if np.any(np.diff(text_indptr) < 0):
        raise ValueError("index passage terms pointers are not monotonic")
    if len(text_terms) and text_terms.view(np.uint32).max() >= terms:  # (one pass: a negative id reads as huge)
        raise ValueError("index passage terms point outside the vocabulary")


def _checked_array(arrays: Mapping[str, np.ndarray], name: str, dtype: type) -> np.ndarray:
    array = arrays.get(name)
    if not isinstance(array, np.ndarray) or array.dtype != np.dtype(dtype) or array.ndim != 1:
        raise ValueError(f"index array {name!r} is missing or has the wrong type")
    return array
