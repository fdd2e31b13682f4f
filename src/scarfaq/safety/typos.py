"""Typos of the words the rules look for, found by edit distance rather than listed.

The rules spell words one way ("swollen", "vision", "toddler"); people type "swolen", "vison", "todler".
A question word of five letters or more that the rules do not know, and that is not itself an everyday
English word, is read as the rule word one edit away (a letter left out, added, changed, or two letters
swapped) with the same first letter, when there is exactly one. The rule words are derived from the
patterns (every whole word they can match literally); the everyday words near them ("breeding" is one
edit from "bleeding", "would" from "wound") come from the wordfreq list. Both are derived once and stored
in vocabulary.py by typo_table.py, as text read into sets when a question first has a word of five letters
or more; tests/test_safety_typos.py fails when the rules change and the table does not. Regenerate it with

    python -m scarfaq.safety.typo_table
"""

from __future__ import annotations

import functools
from operator import ne

#: Shorter words are too easily another word with one edit ("mole", "hole", "role").
MIN_LENGTH = 5
#: An English word at least this common (Zipf: "slurring" 2.4, "tounge" 2.1) is never read as a typo.
EVERYDAY = 2.0


def one_edit(a: str, b: str) -> bool:
    """True if b is a, with one letter left out, added or changed, or two neighbouring letters swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        differing = sum(map(ne, a, b))  # (counted in C: most pairs differ in more than two letters)
        if differing != 2:
            return differing == 1
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((i for i, (x, y) in enumerate(zip(short, long)) if x != y), len(short))
    return short[i:] == long[i + 1:]


@functools.lru_cache(maxsize=4096)
def respelled(word: str) -> str:
    """The rule word a typed word stands for, or the word itself."""
    if len(word) < MIN_LENGTH or not word.isalpha():
        return word
    rule_words, near_english = tables()
    if word in rule_words or word in near_english:
        return word
    near = _by_initial_and_length()
    lengths = (len(word) - 1, len(word), len(word) + 1)
    found = [w for n in lengths for w in near.get((word[0], n), ()) if one_edit(word, w)]
    return found[0] if len(found) == 1 else word


@functools.lru_cache(maxsize=1)
def tables() -> tuple[frozenset[str], frozenset[str]]:
    """The words the rules spell and the everyday words one edit from them (vocabulary.py)."""
    from scarfaq.safety.vocabulary import NEAR_ENGLISH, RULE_WORDS

    return frozenset(RULE_WORDS.split()), frozenset(NEAR_ENGLISH.split())


@functools.lru_cache(maxsize=1)
def _by_initial_and_length() -> dict[tuple[str, int], tuple[str, ...]]:
    """The rule words by first letter and length (one edit changes a length by one at most)."""
    table: dict[tuple[str, int], list[str]] = {}
    for w in sorted(tables()[0]):
        table.setdefault((w[0], len(w)), []).append(w)
    return {k: tuple(v) for k, v in table.items()}

