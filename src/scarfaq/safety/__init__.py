"""Fixed safety notes for scarfaq answers: the rule that picks one, and the red flags behind it.

The bot never writes advice of its own: the only words it shows that are not quoted are fixed notes
(notes.py). The rules are data (rules/), run by a small engine (engine.py); docs/safety.md is the
specification.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Sequence
from dataclasses import dataclass

from scarfaq.safety import learned
from scarfaq.safety.engine import Question, flags
from scarfaq.safety.medical import about_things, is_medical, is_medical_corpus
from scarfaq.safety.names import FLAGS, KIND_OF, KINDS, THING_KINDS, Kind
from scarfaq.safety.notes import MEDICAL_LEAD, MEDICAL_NOTE, RED_FLAGS, urgent_lead, with_red_flags
from scarfaq.safety.rules import RECALL_RULES, RED_FLAG_RULES

__all__ = ["Level", "SafetyNote", "MEDICAL_NOTE", "assess", "red_flags", "is_medical_corpus"]


class Level(str, enum.Enum):
    """How strong a safety note an answer needs."""

    NONE = "none"
    MEDICAL = "medical"
    URGENT = "urgent"


@dataclass(frozen=True)
class SafetyNote:
    """The fixed note to show with an answer, and what chose it."""

    level: Level
    note: str
    """The whole note, as printed ("" for Level.NONE): `lead`, then the `red_flags` lines."""
    lead: str = ""
    """The note's first lines, before the red-flag list: what the chat shows collapsed."""
    red_flags: tuple[str, ...] = ()
    """The fixed "get help now if ..." lines the note ends with (medical and urgent)."""
    kinds: tuple[str, ...] = ()
    """The kinds of red flag found (urgent), most pressing first; for a carried note, the earlier question's."""
    carried: bool = False
    """Urgent only because the previous question was."""


def red_flags(question: str) -> tuple[str, ...]:
    """Names of the red flags the question itself describes (question text only), in names.FLAGS order."""
    found = flags(RED_FLAG_RULES, Question(question))
    return tuple(flag for flag in FLAGS if flag in found)


@functools.lru_cache(maxsize=16)
def _urgent_kinds(question: str) -> tuple[tuple[str, ...], bool] | None:
    """The kinds of red flag the question describes, most pressing first (() when none is named), and
    whether only the body's learned tier found it urgent; None if it is not urgent. Self-harm found by the
    learned self-harm tier is a kind like any other: the crisis line leads. (Remembered for a few questions:
    an answer may assess its question twice, and a conversation's next question assesses it again as the
    earlier one.)"""
    q = Question(question)
    kinds = _rule_kinds(q)
    if Kind.SELF_HARM not in (kinds or ()) and learned.self_harm(q):
        return (Kind.SELF_HARM, *(kinds or ())), False
    if kinds is not None:
        return kinds, False
    if learned.urgent(q, _medical(question)):
        return (), True
    return None


@functools.lru_cache(maxsize=16)
def _medical(question: str) -> bool:
    """`is_medical`, remembered for a few questions: the urgent check and the note read it of the same
    question, and a conversation's next question reads it of this one again."""
    return is_medical(question)


def _rule_kinds(q: Question) -> tuple[str, ...] | None:
    """What the rules alone say: the red-flag rules' kinds, () for the recall net, or None."""
    found = {KIND_OF[flag] for flag in flags(RED_FLAG_RULES, q)}
    if found & THING_KINDS and about_things(q.text):
        found -= THING_KINDS
    if found:
        return tuple(kind for kind in KINDS if kind in found)
    return () if flags(RECALL_RULES, q) and not about_things(q.text) else None


def _urgent(found: tuple[tuple[str, ...], bool], carried: bool = False) -> SafetyNote:
    kinds, by_model = found
    lead = urgent_lead(kinds, carried, learned=by_model)
    return SafetyNote(Level.URGENT, with_red_flags(lead), lead, RED_FLAGS, kinds, carried)


def assess(question: str, history: Sequence[str] = (), *, corpus_medical: bool = False,
           follows_on: bool = True) -> SafetyNote:
    """The fixed note for a question, given the earlier questions of the conversation (oldest first).

    Urgent when the question describes a red flag, or when the previous question did (carried). Otherwise
    medical when the answer quotes a medical corpus (`corpus_medical`), or when the question is medical, or
    the latest earlier question is and this one `follows_on` from it (the caller knows: thanks, or a question
    about something else, does not); otherwise none. Never decided from the quoted passages' words.
    """
    found = _urgent_kinds(question)
    if found is not None:
        return _urgent(found)
    earlier = history[-1] if history else ""
    earlier_found = _urgent_kinds(earlier) if earlier else None
    if earlier_found is not None:
        return _urgent(earlier_found, carried=True)
    if corpus_medical or _medical(question) or (follows_on and earlier and _medical(earlier)):
        return SafetyNote(Level.MEDICAL, MEDICAL_NOTE, MEDICAL_LEAD, RED_FLAGS)
    return SafetyNote(Level.NONE, "")
