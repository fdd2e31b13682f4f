"""The literal prefilter at question time: the rules, and the cues every question is read with, that a
question may meet, from the literals it holds.

The table of literals (literals.py) is derived from the patterns by prefilter.py: for each pattern, literals
one of which every match holds (in a text whose white space is single spaces). A question's literals are
looked for once, and open bit-mask gates: a rule runs only when each of its patterns may match.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from scarfaq.safety import cues
from scarfaq.safety.literals import LITERALS

if TYPE_CHECKING:
    from scarfaq.safety.engine import Rule


def literals_key(source: str) -> str:
    """The prefilter table's key for a pattern (literals.py): a short digest of its source."""
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:16]


@functools.lru_cache(maxsize=None)
def literal_gates(rule: Rule) -> tuple[tuple[str, ...], ...]:
    """For each pattern the rule needs, the literals one of which the question must hold (prefilter.py)."""
    return tuple(LITERALS[key] for key in map(literals_key, rule.gating) if key in LITERALS)


@functools.lru_cache(maxsize=None)
def cue_literals(source: str) -> frozenset[str]:
    """The literals one of which every match of a cue holds (empty when the table has none for it)."""
    return frozenset(LITERALS.get(literals_key(source), ()))


def may_meet(cue: str, text: str) -> bool:
    """False when the text lacks every literal one of which each match of the cue holds."""
    needed = cue_literals(cue)
    return not needed or any(literal in text for literal in needed)


@functools.lru_cache(maxsize=1)
def _literals_by_start() -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """Every literal of the prefilter table of three characters or more, by its first three; and the few
    shorter ones."""
    by_start: dict[str, list[str]] = {}
    short = []
    for literal in sorted({literal for literals in LITERALS.values() for literal in literals}):
        if len(literal) < 3:
            short.append(literal)
        else:
            by_start.setdefault(literal[:3], []).append(literal)
    return {start: tuple(literals) for start, literals in by_start.items()}, tuple(short)


def single_spaced(text: str) -> str:
    """The text with each run of spaces as one: what the prefilter's literals are looked for in (a
    normalized question's only white space is spaces, but blanking out a look-alike can leave two or three
    in a row)."""
    return re.sub(" {2,}", " ", text) if "  " in text else text


@functools.lru_cache(maxsize=64)
def present(text: str) -> frozenset[str]:
    """The prefilter's literals the text holds, looked for once per text (not once per rule), and only
    those that start with three characters of the text (and the few shorter ones)."""
    by_start, short = _literals_by_start()
    found = [literal for literal in short if literal in text]
    starts = {text[i : i + 3] for i in range(len(text))} & by_start.keys()  # (most starts begin no literal)
    found += (literal for start in starts for literal in by_start[start] if literal in text)
    return frozenset(found)


class _Gates:
    """The prefilter of a sequence of rules as bit masks: a bit for each distinct set of literals a rule's
    pattern needs (a gate); a literal opens the gates it is in; a rule may fire when its gates are open."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = rules
        bits: dict[frozenset[str], int] = {}
        self.needs = []
        for rule in rules:
            mask = 0
            for gate in map(frozenset, literal_gates(rule)):
                mask |= 1 << bits.setdefault(gate, len(bits))
            self.needs.append(mask)
        self.opens: dict[str, int] = {}
        for gate, bit in bits.items():
            for literal in gate:
                self.opens[literal] = self.opens.get(literal, 0) | 1 << bit

    def possible(self, present: frozenset[str]) -> list[Rule]:
        """The rules whose gates the literals a text holds all open."""
        opened = 0
        for literal in present:
            opened |= self.opens.get(literal, 0)
        return [rule for rule, needs in zip(self.rules, self.needs) if needs & opened == needs]


#: The gates of each sequence of rules asked about, by its identity (hashing a tuple of rules hashes all
#: their patterns).
_GATES: dict[int, _Gates] = {}


def possible(rules: Sequence[Rule], literals: frozenset[str]) -> list[Rule]:
    """The rules, in order, less those whose question lacks every literal one of their patterns needs (it
    holds `literals`, as `present` finds them): no need to run them."""
    gates = _GATES.get(id(rules))
    if gates is None or gates.rules is not rules:
        gates = _GATES[id(rules)] = _Gates(rules)
    return gates.possible(literals)


#: The cues every question is read with, whatever rule it may fire: the prefilter's table holds their
#: literals too, and a question without them neither compiles nor runs them.
EVERY_QUESTION_CUES = (cues.NEUTRAL, cues.PAST, cues.HYPOTHETICAL_CLAUSE, cues.NOW, cues.RESOLVED_AFTER,
                       cues.EXPECTED, cues.SAFE_STATEMENT)


def prefiltered(rules: Iterable[Rule]) -> list[str]:
    """Every pattern the prefilter's table is derived for: the rules' gating patterns, then the cues."""
    return [source for rule in rules for source in rule.gating] + list(EVERY_QUESTION_CUES)
