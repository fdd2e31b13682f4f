"""Collapse: fainting, chest pain or a racing heart (also after a numbing cream)."""

from __future__ import annotations

from scarfaq.safety.engine import Rule, any_of
from scarfaq.safety.names import Flag

NUMBING = r"\b(?:numbing|lidocaine|emla|an(?:a)?esthetic|prilocaine|benzocaine)\b"

RULES: tuple[Rule, ...] = (
    Rule(Flag.FAINTING, any_of(
        r"\bfaint(?:ed|ing)\b",
        r"\b(?:feel(?:s|ing)?|felt|going\s+to|gonna|about\s+to)\s+(?:really\s+|very\s+|so\s+|a\s+bit\s+)?faint\b",
        r"\b(?:passed|passing|pass|blacked|blacking)\s+out\b(?!\s+(?:flyers?|samples?|leaflets?))",
        r"\blost\s+consciousness\b", r"\b(?:went|was|became)\s+unconscious\b",
    ), clause_excludes=r"\b(?:price|prices|cost|costs|bill|quote|invoice)\b|\$"),
    Rule(Flag.CHEST_PAIN, any_of(
        r"\bchest\s+(?:is\s+|feels?\s+|has\s+been\s+|started\s+|really\s+)*(?:pains?|hurts?|hurting|tight\w*|pressure"
        r"|aches?|aching)\b",
        r"\b(?:pains?|tightness|pressure)\s+in\s+(?:my|the)\s+chest\b", r"\bheart\s+attack\b",
        r"\b(?:crushing|squeezing|heavy|tight)\s+(?:feeling|sensation|pain|pressure)\s+(?:in|on|across)\s+(?:my"
        r"|the)\s+chest\b",
    )),
    Rule(
        Flag.CHEST_PAIN,
        r"\b(?:heart\s+(?:is\s+)?(?:racing|pounding|beating\s+(?:so\s+|really\s+)?fast)"
        r"|palpitation\w*|chest\s+(?:pain|hurts|tight\w*)|seizure\w*)",
    ),
    # Dizziness, confusion or tingling after a numbing cream can be a toxic dose.
    Rule(Flag.FAINTING, r"\b(?:dizzy|confus\w*|tingl\w*|shaky|heart\s+(?:is\s+)?(?:racing"
                        r"|pounding))\b", requires=(NUMBING,)),
)
