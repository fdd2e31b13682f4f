"""The learned tiers' features as arrays, for scoring a question: each family's tokens hashed in their sorted
order, as learned.Features.hash_tokens hashes them (zlib.crc32 of "family:token"), with the same values in the
same order, so a model's score is the same float. A token's hash is remembered (questions share most of their
words and letter n-grams, and both tiers hash the same ones), and a word's letter n-grams are hashed once.
"""

from __future__ import annotations

import functools
import math
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

#: Per family, each token's hash. Emptied when it grows large.
_HASHES: dict[str, dict[str, int]] = {}
_MAX_HASHES = 1 << 17

Family = tuple[str, list[int]]


def token_hashes(family: str, found: Iterable[str]) -> list[int]:
    """The hashes of a family's tokens, in the tokens' sorted order."""
    hashes = _HASHES.get(family)
    if hashes is None:
        hashes = _HASHES[family] = {}
    out = []
    for token in sorted(found):
        h = hashes.get(token)
        if h is None:
            if len(hashes) >= _MAX_HASHES:
                hashes.clear()
            h = hashes[token] = zlib.crc32(token.encode(), zlib.crc32(f"{family}:".encode()))
        out.append(h)
    return out


@functools.lru_cache(maxsize=20_000)
def _gram_hashes(word: str, grams: frozenset[str]) -> dict[str, int]:
    """Each letter n-gram of a word with the hash of "c:gram" (remembered, and only read), in sorted order: a
    question's grams, gathered word after word, are then sorted runs, which sort faster."""
    prefix = zlib.crc32(b"c:")
    return {gram: zlib.crc32(gram.encode(), prefix) for gram in sorted(grams)}


def families(words: Sequence[str], grams_of: Callable[[str, tuple[int, ...]], frozenset[str]],
             sizes: tuple[int, ...], marked: Iterable[str]) -> tuple[Family, ...]:
    """The hashes of the families both tiers read: words, word pairs, letter n-grams, marked words."""
    grams: dict[str, int] = {}
    for word in words:
        if word.isalpha():
            grams.update(_gram_hashes(word, grams_of(word, sizes)))
    return (
        ("w", token_hashes("w", set(words))),
        ("b", token_hashes("b", {f"{a} {b}" for a, b in zip(["^", *words], [*words, "$"])})),
        ("c", [grams[gram] for gram in sorted(grams)]),
        ("m", token_hashes("m", marked)),
    )


def indexed(found: Sequence[Family], scales: Mapping[str, float], bits: int) -> tuple[np.ndarray, np.ndarray]:
    """Feature indices and signed values: each family L2-normalised and scaled (a family without tokens or
    scale left out). When no two tokens share an index (nearly always), each value is its token's own, with
    nothing to add up; otherwise they are added up in order, as hash_tokens adds them."""
    import numpy as np  # (a question's first learned score loads its model with NumPy anyway; import stays light)

    hashes: list[int] = []
    counts: list[int] = []
    scaled: list[float] = []
    for family, family_hashes in found:
        if not family_hashes or not scales[family]:
            continue
        hashes += family_hashes
        counts.append(len(family_hashes))
        scaled.append(scales[family] / math.sqrt(len(family_hashes)))
    every = np.array(hashes, dtype=np.int64)
    indices = every & ((1 << bits) - 1)
    values = np.repeat(np.array(scaled), counts)
    np.negative(values, out=values, where=(every >> 31) == 0)
    ordered = np.sort(indices)
    if not np.any(ordered[1:] == ordered[:-1]):
        return indices, values
    out: dict[int, float] = {}
    for index, signed in zip(indices.tolist(), values.tolist()):
        out[index] = out.get(index, 0.0) + signed
    return np.array(list(out), dtype=np.int64), np.array(list(out.values()))
