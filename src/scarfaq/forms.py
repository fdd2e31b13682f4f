"""Word forms beyond the stemmer: derivational and degree forms of one word share a *root*.

The Snowball stemmer takes off inflections (scars → scar, healing → heal) but leaves derivations apart:
surgery → "surgeri", surgical → "surgic", surgeon → "surgeon"; fastest → "fastest". A second, heavier step
strips derivational and degree suffixes from a stem, repeatedly, while at least `MIN_ROOT` letters remain,
so that all of these meet at "surg" or "fast". The root is only a bridge: a passage holding another form of
a question's word counts at `Settings.form_credit`, less than the form itself.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

#: A root keeps at least this many letters ("laser" does not become "las").
MIN_ROOT = 4
#: Derivational and degree suffixes of Snowball stems, longest first.
SUFFIXES = (
    "ation", "ition", "ical", "ment", "ness", "eon", "ian", "ist", "ism", "ive", "ous", "ful", "ity", "ion",
    "est", "abl", "ibl", "er", "ic", "al", "ia", "li", "i",
)


@lru_cache(maxsize=65_536)
def root(stem: str, keep: int = MIN_ROOT) -> str:
    """The stem without its derivational and degree suffixes, keeping at least `keep` letters (remembered:
    a question's words are looked up again and again)."""
    changed = True
    while changed:
        changed = False
        for suffix in SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= keep:
                stem = stem[: -len(suffix)]
                changed = True
                break
    return stem


def families(stems: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Root → the alphabetic stems sharing it, for every root that is not simply a stem of its own (a
    question's "surgical" finds the corpus's "surgery" even when the corpus has no other form)."""
    members: dict[str, set[str]] = defaultdict(set)
    for stem in stems:
        if stem.isalpha():
            members[root(stem)].add(stem)
    return {r: tuple(sorted(m)) for r, m in members.items() if m != {r}}
