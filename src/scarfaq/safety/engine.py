"""The small engine that runs the rules (rules/) over a question, with the discounts of cues.py.

A rule fires when its pattern has a mention in some clause of the normalized question that nothing
cancels (negation, a hypothetical or general frame, a habit, a mild qualifier for soft signs, the past),
and its conditions hold. A rule whose question lacks the literals its patterns need (gates.py) is skipped
without running them, and so is a cue every question is read with. docs/safety.md is the full
specification.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from scarfaq.safety import cues, gates
from scarfaq.safety.spellings import SPELLINGS
from scarfaq.safety.typos import respelled


class Rule(NamedTuple):
    """One red-flag rule. Every pattern is a regular expression on the normalized, lower-cased question. (A
    named tuple: the rules are data, and defining one costs a one-shot a fraction of what a frozen dataclass
    does.)"""

    flag: str
    """The red flag's name (names.Flag), what `red_flags()` reports."""
    pattern: str
    """A mention: it counts in a clause unless something cancels it there."""
    requires: tuple[str, ...] = ()
    """Each must occur somewhere in the question (a filler, for a colour change)."""
    forbids: str = ""
    """Must not occur anywhere in the question."""
    clause_requires: str = ""
    """A mention counts only in a clause that holds this (bleeding, with "won't stop")."""
    clause_excludes: str = ""
    """A mention is ignored in a clause that holds this ("acne" for spreading)."""
    partner: str = ""
    """A second sign that must have its own uncancelled mention in the question (heat, with swelling)."""
    mild: bool = False
    """A soft sign: a mild qualifier next to it ("swollen a little") cancels it."""
    general: bool = True
    """A general-question frame may cancel it (never for self-harm)."""
    negation_window: int = cues.NEGATION_WINDOW
    """How many words before a mention a negation may stand to cancel it."""

    @property
    def gating(self) -> tuple[str, ...]:
        """The patterns the rule cannot fire without matching somewhere in the question."""
        return tuple(p for p in (self.pattern, self.partner, self.clause_requires, *self.requires) if p)


def any_of(*alternatives: str) -> str:
    """One pattern matching any of the alternatives."""
    return "(?:" + "|".join(alternatives) + ")"


@functools.lru_cache(maxsize=None)
def compiled(source: str) -> re.Pattern[str]:
    """A pattern compiled on first use: a question pays only for the patterns its checks reach."""
    return re.compile(source)


#: Curly quotes and backticks, as the straight apostrophe the rules spell.
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})


@functools.lru_cache(maxsize=256)
def normalize(text: str) -> str:
    """Lower-case, unify quotes and spaces, spell everyday words and typos as the rules know them
    (spellings.py, typos.py), and blank out known look-alikes (remembered: a question is read for the rules
    and again for whether it is medical)."""
    text = text.lower().translate(_QUOTES).replace("&", " and ")
    text = re.sub(r"\s+", " ", text)
    words = compiled(r"[a-z']+")
    if any((SPELLINGS.get(word) or respelled(word)) != word for word in words.findall(text)):  # (most have none)
        text = words.sub(lambda m: SPELLINGS.get(m.group()) or respelled(m.group()), text)
    return compiled(cues.NEUTRAL).sub(" xx ", text) if gates.may_meet(cues.NEUTRAL, text) else text


class Question:
    """One question prepared for the rules: normalized text, the prefilter's literals it holds, clauses,
    resolved clauses, lazy facts."""

    __slots__ = ("_general_ok", "clauses", "memo", "present", "resolved", "text")

    def __init__(self, question: str) -> None:
        self.text = normalize(question)
        self.present = gates.present(gates.single_spaced(self.text))
        self.clauses = [c.strip() for c in compiled(cues.CLAUSE_SPLIT).split(self.text)]
        self.resolved = _resolved_clauses(self)
        self._general_ok: bool | None = None
        self.memo: dict[object, object] = {}
        """What the learned tiers worked out from the question (its words, its families of tokens), so
        that the second tier to read it does not work it out again."""

    def may_hold(self, cue: str) -> bool:
        """False when no part of the question can meet the cue (one of gates.EVERY_QUESTION_CUES): the
        question lacks every literal one of which each match holds."""
        needed = gates.cue_literals(cue)
        return not needed or not needed.isdisjoint(self.present)

    @property
    def general_ok(self) -> bool:
        """Whether a general-question frame may cancel a mention: nothing personal is described, or it asks ahead."""
        if self._general_ok is None:
            ahead = compiled(cues.AHEAD).search(self.text)
            self._general_ok = bool(ahead) or not compiled(cues.PERSONAL).search(self.text)
        return self._general_ok


def _resolved_clauses(q: Question) -> set[int]:
    """Indexes of clauses that talk about the past, about something resolved, or of a hypothetical."""
    done: set[int] = set()
    past, hypothetical = q.may_hold(cues.PAST), q.may_hold(cues.HYPOTHETICAL_CLAUSE)
    expected, ended = q.may_hold(cues.EXPECTED), q.may_hold(cues.RESOLVED_AFTER)
    for i, clause in enumerate(q.clauses):
        if (past and compiled(cues.PAST).search(clause)) or (
            hypothetical and compiled(cues.HYPOTHETICAL_CLAUSE).search(clause)
        ) or (expected and compiled(cues.EXPECTED).search(clause)):
            done.add(i)
        if i and (
            compiled(cues.BACK_RESOLVED).match(clause) or (ended and compiled(cues.RESOLVED_AFTER).search(clause))
        ) and not compiled(cues.OTHERWISE).search(clause):
            done.update((i - 1, i))
    return done | _asides(q, done)


def _asides(q: Question, done: set[int]) -> set[int]:
    """Clauses of a word or two next to a past one ("years ago (hives)"): they share its time."""
    now = q.may_hold(cues.NOW)
    return {
        i for i, clause in enumerate(q.clauses)
        if 0 < len(_words(clause)) <= cues.SHORT_CLAUSE_WORDS and not (now and compiled(cues.NOW).search(clause))
        and ({i - 1, i + 1} & done)
    }


def _words(text: str) -> list[str]:
    return compiled(cues.WORD).findall(text)


def _mild_near(match: re.Match[str], before: list[str], after: str) -> bool:
    """A mild qualifier in the few words before, in, or after a mention."""
    mild = compiled(cues.MILD)
    return bool(
        mild.search(" ".join(before[-cues.MILD_WINDOW:]))
        or mild.search(match.group())
        or mild.search(" ".join(_words(after)[: cues.MILD_WINDOW]))
    )


def cancelled(clause: str, match: re.Match[str], q: Question, rule: Rule) -> bool:
    """True if a mention is negated, hypothetical, a habit, general or (for a soft sign) mild within its clause."""
    prefix = clause[max(0, match.start() - cues.REACH): match.start()]
    suffix = clause[match.end(): match.end() + cues.REACH]
    before = _words(prefix)
    window = " ".join(before[-rule.negation_window:])
    if (
        compiled(cues.NEGATION).search(window)
        or compiled(cues.HYPOTHETICAL).search(prefix)
        or compiled(cues.NEGATION_AFTER).match(suffix)
    ):
        return True
    if rule.mild and _mild_near(match, before, suffix):
        return True
    if rule.general and (compiled(cues.HABIT).search(prefix) or compiled(cues.HABIT_AFTER).match(suffix)):
        return not compiled(cues.ONSET).search(q.text)
    if rule.general and (
        compiled(cues.HEARSAY).search(prefix) or compiled(cues.CONDITIONAL).search(prefix + match.group())
    ):
        return True
    if rule.general and (compiled(cues.GENERAL).search(prefix) or compiled(cues.GENERAL_AFTER).match(suffix)):
        return q.general_ok
    return False


def _mentioned(source: str, q: Question, rule: Rule) -> bool:
    """True if the pattern has a mention in the question that nothing cancels."""
    pattern = compiled(source)
    for i, clause in enumerate(q.clauses):
        if i in q.resolved:
            continue
        if rule.clause_excludes and compiled(rule.clause_excludes).search(clause):
            continue
        if rule.clause_requires and not compiled(rule.clause_requires).search(clause):
            continue
        if any(not cancelled(clause, m, q, rule) for m in pattern.finditer(clause)):
            return True
    return False


def fires(rule: Rule, q: Question) -> bool:
    """True if the rule's conditions hold and it has an uncancelled mention (and its partner one)."""
    if not all(compiled(source).search(q.text) for source in rule.requires):
        return False
    if rule.forbids and compiled(rule.forbids).search(q.text):
        return False
    if not _mentioned(rule.pattern, q, rule):
        return False
    return not rule.partner or _mentioned(rule.partner, q, rule)


def flags(rules: Sequence[Rule], q: Question) -> set[str]:
    """The flags of the rules that fire (a flag's other rules are skipped once one fired, and so are the
    rules the prefilter rules out)."""
    found: set[str] = set()
    for rule in gates.possible(rules, q.present):
        if rule.flag not in found and fires(rule, q):
            found.add(rule.flag)
    return found
