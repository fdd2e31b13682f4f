"""Fixed safety notes for scarfaq answers: the rule that picks one, and the red flags behind it.

The bot never writes advice of its own: the only words it shows that are not quoted are fixed notes. The
rules are data (rules/), run by a small engine (engine.py); docs/safety.md is the specification.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from scarfaq.safety.engine import Question, flags
from scarfaq.safety.medical import is_medical
from scarfaq.safety.names import FLAGS, Flag
from scarfaq.safety.rules import RED_FLAG_RULES

__all__ = ["Level", "SafetyNote", "MEDICAL_NOTE", "URGENT_NOTE", "CRISIS_NOTE", "red_flags", "assess"]


class Level(str, enum.Enum):
    """How strong a safety note an answer needs."""

    NONE = "none"
    MEDICAL = "medical"
    URGENT = "urgent"


@dataclass(frozen=True)
class SafetyNote:
    """The fixed note to show with an answer, and the red flags that chose it."""

    level: Level
    text: str  # "" for Level.NONE
    red_flags: tuple[str, ...] = ()


MEDICAL_NOTE = (
    "This is quoted information, not medical advice.\n"
    "Talk to a dermatologist or doctor before starting any treatment, "
    "and patch-test any home remedy on a small area of skin first."
)

#: The urgent note when the question speaks of suicide or self-harm: the crisis line comes first.
CRISIS_NOTE = (
    "You matter, and you do not have to face this alone: if you are thinking of suicide or of hurting "
    "yourself, call or text a crisis line (988 in the US) or emergency services now.\n"
    "A doctor can help with scars and with how they make you feel."
)

URGENT_NOTE = (
    "What you describe may need prompt care: please see a doctor today.\n"
    "Call emergency services now for trouble breathing, swelling of the throat "
    "or face, chest pain or fainting.\n"
    "If you have thoughts of suicide or self-harm, call a crisis line "
    "(for example 988 in the US) or emergency services now."
)


def red_flags(question: str) -> tuple[str, ...]:
    """Names of the red flags the question itself describes (question text only), in names.FLAGS order."""
    found = flags(RED_FLAG_RULES, Question(question))
    return tuple(flag for flag in FLAGS if flag in found)


def assess(question: str, passage_texts: Sequence[str] = ()) -> SafetyNote:
    """Pick the fixed safety note for a question and the passages quoted in reply."""
    found = red_flags(question)
    if found:
        return SafetyNote(Level.URGENT, CRISIS_NOTE if Flag.SELF_HARM in found else URGENT_NOTE, found)
    if is_medical(question) or any(is_medical(p) for p in passage_texts if p and p.strip()):
        return SafetyNote(Level.MEDICAL, MEDICAL_NOTE)
    return SafetyNote(Level.NONE, "")
