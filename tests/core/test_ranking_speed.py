"""The fast paths of a question give exactly what the plain ones gave."""

from __future__ import annotations

import random
import re

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from scarfaq.index import Index, Parameters
from scarfaq.ranking import _normalized, top


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([0.0, -0.0, 1.5, 2.25, 2.25, 7.0, 1e-300, 3.0]), max_size=300),
    st.integers(min_value=1, max_value=120),
)
def test_partial_selection_is_the_stable_argsort_head(values: list[float], k: int) -> None:
    scores = np.array(values, dtype=np.float64)
    assert top(scores, k).tolist() == np.argsort(-scores, kind="stable")[:k].tolist()


def test_scores_summed_in_one_pass_equal_the_term_by_term_loop() -> None:
    rng = random.Random(7)
    words = [f"w{i}" for i in range(60)]
    documents = [rng.choices(words, [1 / (i + 1) for i in range(60)], k=rng.randint(1, 40)) for _ in range(500)]
    index = Index.build(documents, Parameters())
    loop = Index.build(documents, Parameters())
    loop.lowest = np.zeros_like(loop.lowest)  # no contribution known positive: the loop with a hit mask
    for _ in range(50):
        chosen = rng.sample(words + ["unknown"], rng.randint(2, 8))
        weights = {w: rng.choice([1.0, 0.6, 0.8, 0.2, 0.48]) for w in chosen}
        fast, slow = index.score(weights), loop.score(weights)
        assert fast[0].tolist() == slow[0].tolist()
        assert fast[1].tolist() == slow[1].tolist()  # the same floats, not merely close


def test_the_weighers_credits_are_the_concepts_own(library) -> None:
    """ranking._Weigher works each concept's credit out itself (once per set of terms): it must be
    `Concept.credit`, whatever the phrases (one word, several, synonyms, word forms, carried topics)."""
    from scarfaq.query import read_question
    from scarfaq.ranking import _Weigher
    from scarfaq.settings import Settings

    rng = random.Random(3)
    for question, history in [("nose job price", []), ("how much does it cost?", ["What is Contractubex?"]),
                              ("surgical scar revision with laser", []), ("what helps acne pits fast", [])]:
        query = read_question(library, question, history)
        terms = sorted({t for c in query.concepts for p in c.phrases for t in p})
        masked = rng.sample(terms, len(terms) - 1)  # as masks over the terms the index holds: one is missing
        weigher = _Weigher(query, Settings(), masked)
        for _ in range(50):
            held = frozenset(rng.sample(terms, rng.randint(0, len(terms))))
            assert weigher.credits(held) == [c.credit(held) for c in query.concepts]
            bits = rng.getrandbits(len(masked))
            spelled = frozenset(t for j, t in enumerate(masked) if bits >> j & 1)
            assert weigher.bit_credits(bits) == [c.credit(spelled) for c in query.concepts]


def _normalized_by_pattern(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=40))
def test_a_quotes_text_for_comparing_is_the_patterns(text: str) -> None:
    assert _normalized.__wrapped__(text) == _normalized_by_pattern(text)


def test_every_character_is_classed_as_the_pattern_classes_it() -> None:
    for start in range(0, 0x30000, 0x800):  # the planes with assigned letters, a block of text at a time
        block = "".join(chr(c) for c in range(start, start + 0x800) if not 0xD800 <= c <= 0xDFFF)
        mixed = " ".join(f"A{ch}b{ch.upper()}.{ch}{ch}" for ch in block)
        assert _normalized.__wrapped__(mixed) == _normalized_by_pattern(mixed)
    ascii_text = "".join(chr(c) for c in range(128)) * 2
    assert _normalized.__wrapped__(ascii_text) == _normalized_by_pattern(ascii_text)
