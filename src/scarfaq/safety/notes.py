"""The fixed note texts. Every note ends with the same red-flag list, one short line per red flag.

A note is its lead (what the chat shows collapsed) followed by RED_FLAGS: `note == lead + "\n" +
"\n".join(RED_FLAGS)`. A medical note leads with MEDICAL_LEAD; an urgent one with the lines of each kind of
red flag found (self-harm first, so the crisis line leads), with SYMPTOM_LEAD when the recall net caught
it, or with LEARNED_LEAD when only the learned tier did; CARRIED_LEAD says so when the previous question
was the urgent one. A lead is one line per paragraph, for the front end to wrap; a red-flag line fits a
bordered box in an 80-column terminal.
"""

from __future__ import annotations

from collections.abc import Iterable

from scarfaq.safety.names import KINDS, Kind

#: When to get help now: the heading, then one line per red flag.
RED_FLAGS: tuple[str, ...] = (
    "Get help now (emergency services or urgent care) if you notice:",
    "- trouble breathing or swallowing",
    "- swelling of the lips, tongue, face or throat, or hives all over",
    "- spreading redness, heat or pus with fever",
    "- skin turning white, grey, purple or black after an injection",
    "- a sudden change in sight after an injection or procedure",
    "- burns or blisters from a peel, cold or heat",
    "- bleeding that does not stop with pressure",
    "- a child who swallowed a product (call poison control)",
    "- a mole or spot that grows or changes (see a doctor soon)",
    "- thoughts of harming yourself: call a crisis line (988 in the US)",
)

MEDICAL_LEAD = (
    "This is quoted information, not medical advice. Talk to a dermatologist or doctor before starting "
    "any treatment, and patch-test any home remedy on a small area of skin first."
)

#: The opening lines of an urgent note, by kind of red flag.
KIND_LEADS: dict[str, str] = {
    Kind.SELF_HARM: (
        "You matter, and you do not have to face this alone. If you are thinking of suicide or of hurting"
        " yourself, call or text a crisis line now (988 in the US) or emergency services. A doctor can "
        "help with scars and how they make you feel."
    ),
    Kind.AIRWAY: "Trouble breathing or swallowing needs help now: call emergency services.",
    Kind.ALLERGY: (
        "Swelling of the face, lips, tongue or throat, or hives all over, can be an allergic reaction: "
        "get medical help now, and call emergency services if breathing or swallowing gets hard."
    ),
    Kind.ISCHEMIA: (
        "Skin turning pale, grey, purple or dark, or a change in sight, after a filler or injection can "
        "mean a blocked blood vessel: go to an emergency department now, and call the clinic that treated"
        " you."
    ),
    Kind.SYSTEMIC: (
        "Chest pain, fainting, confusion, a racing heart, or weakness or numbness on one side needs help "
        "now: call emergency services."
    ),
    Kind.INFECTION: (
        "Spreading redness, heat, pus or fever after a procedure can be an infection that needs "
        "treatment: see a doctor or urgent care today."
    ),
    Kind.BURN: (
        "A burn that blisters, or skin that turns white, grey or raw after a peel, cold or heat, needs a "
        "doctor today; go to urgent care if it is large or deep."
    ),
    Kind.EYE: (
        "A chemical in the eye: rinse it with clean running water for 15 minutes, then get urgent care now."
    ),
    Kind.BLEEDING: (
        "Bleeding that does not stop with firm pressure needs care now: go to urgent care or call "
        "emergency services."
    ),
    Kind.SWALLOWED: (
        "If a child (or anyone) swallowed a product, call a poison control centre now (1-800-222-1222 in "
        "the US) or emergency services, with the product at hand."
    ),
    Kind.LESION: (
        "A mole, spot or scar that grows, changes colour, bleeds or does not heal should be checked by a "
        "doctor soon, within a few weeks."
    ),
}

#: The opening of an urgent note when no rule named a red flag but the question describes the asker's own
#: symptom after a treatment or product (the recall net).
SYMPTOM_LEAD = (
    "You describe a symptom after a treatment or product. Most settle, but call the clinic or a doctor "
    "today if it worries you, and get help now if any of these apply."
)

#: The opening of an urgent note when only the learned tier (learned.py) found the question urgent: it names
#: no kind, and the case may be any of them, so it neither reassures nor leads with one kind's words.
LEARNED_LEAD = (
    "What you describe may need prompt care. Get help now if any of these apply; if none does, call a doctor"
    " or the clinic that treated you today."
)

#: Before the leads of an urgent note carried over from the previous question.
CARRIED_LEAD = (
    "Earlier you described something that may need prompt care. If it is still going on or getting worse,"
    " do not wait."
)

MEDICAL_NOTE = MEDICAL_LEAD + "\n" + "\n".join(RED_FLAGS)


def urgent_lead(kinds: Iterable[str], carried: bool = False, learned: bool = False) -> str:
    """The opening lines of an urgent note for the kinds found (none: the recall net's, or the learned
    tier's when only it found the question urgent)."""
    found = set(kinds)
    unnamed = LEARNED_LEAD if learned else SYMPTOM_LEAD
    leads = [KIND_LEADS[kind] for kind in KINDS if kind in found] or [unnamed]
    if carried:  # after the crisis lines, which always come first
        leads.insert(1 if Kind.SELF_HARM in found else 0, CARRIED_LEAD)
    return "\n".join(leads)


def with_red_flags(lead: str) -> str:
    """The whole note: its lead, then the red-flag list."""
    return lead + "\n" + "\n".join(RED_FLAGS)
