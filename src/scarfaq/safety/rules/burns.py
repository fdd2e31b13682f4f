"""Burns and chemicals: a burn that blisters, a chemical in the eye."""

from __future__ import annotations

from scarfaq.safety.engine import Rule, any_of
from scarfaq.safety.names import Flag

CHEM = (
    r"\b(?:acids?|peels?|tca|glycolic|salicylic|lactic|mandelic|azelaic|chemicals?|retin\w*|tretinoin"
    r"|solution|bleach|hydroquinone|phenol|aha|bha|jessner'?s?|toner|products?|creams?|serums?"
    r"|benzoyl|liquid|exfoliant)\b"
)
BURN_CTX = (
    r"\b(?:burn\w*|peel\w*|laser\w*|acids?|tca|ipl|chemicals?|phenol|cryo\w*|froz\w*|sun\w*|wax\w*"
    r"|retin\w*|tretinoin|glycolic|salicylic|treatments?|procedures?|microneedl\w*|dermabrasion"
    r"|creams?|scald\w*|radiofrequency|rf|morpheus|fraxel|co2|erbium|hot|iron)\b"
)


RULES: tuple[Rule, ...] = (
    Rule(Flag.BLISTERING_BURN, any_of(
        r"\bblister(?:s|ed|ing|y)?\b",
        r"\b(?:2nd|second|3rd|third)[\s-]+degree\s+burns?\b",
        r"\bskin\s+(?:is\s+|was\s+|keeps\s+)?(?:peeling|coming|sloughing|falling|slid\w*)\s+off\s+in\s+(?:sheets"
        r"|chunks|strips)\b",
        r"\braw\s+and\s+(?:weeping|bleeding|oozing)\b",
    ), requires=(BURN_CTX,), mild=True),
    Rule(Flag.CHEMICAL_IN_EYE, any_of(
        r"\b(?:in|into)\s+(?:my|his|her|the|their|one|both|your)\s+(?:left\s+|right\s+)?eyes?\b"
        r"(?!\s*(?:area|cream|region|contour|bags?|circles?|zone|lids?|lashes|brows?|makeup|drops?|corners?|socket))",
    ), requires=(CHEM,)),
    Rule(Flag.CHEMICAL_IN_EYE, any_of(
        r"\b(?:got|get|went|ran|dripped|splashed|spilled|seeped|migrated|rolled)\s+(?:in|into)\s+(?:it|them|there)\b",
        r"\beyes?\s+(?:is\s+|are\s+|keeps?\s+|really\s+|so\s+|still\s+)*(?:burning|burns|on\s+fire)\b",
    ), requires=(CHEM,), clause_requires=r"\beyes?\b"),
    # Two kinds of words in one clause: a blister or skin coming off, and what burned it.
    Rule(
        Flag.BLISTERING_BURN,
        r"\b(?:blister\w*|skin\s+(?:is\s+)?(?:coming|peeling|sloughing)\s+off"
        r"(?:\s+in\s+(?:sheets|chunks))?|raw\s+and\s+(?:weeping|bleeding))\b",
        clause_requires=r"\b(?:peel\w*|acid|vinegar|laser\w*|mask|burn\w*|hot|wax|ice|chemical|cream|overnight|woke|tca"
        r"|lemon|sheets)\b",
        mild=True,
    ),
    # ... an eye that burns or will not open, and a chemical.
    Rule(
        Flag.CHEMICAL_IN_EYE,
        r"\b(?:(?:in|into)\s+(?:my|his|her|their|the|one|both)\s+(?:\w+'?s\s+)?"
        r"(?:left\s+|right\s+)?eyes?|eyes?\s+(?:is\s+|are\s+)?(?:burning|stinging|on\s+fire)"
        r"|can'?t\s+open\s+(?:it|(?:my|his|her|their)\s+eyes?))",
        clause_requires=r"\b(?:peel|acid|tca|glycolic|salicylic|solution|chemical|cream|serum|product|retinol|lotion"
                        r"|bleach"
        r"|splash\w*|vinegar|lemon|fluid|liquid|spray)\b",
    ),
)
