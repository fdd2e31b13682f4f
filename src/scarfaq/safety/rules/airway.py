"""The airway and an allergic reaction: trouble breathing or swallowing, swelling of the face, lips, eyes or throat."""

from __future__ import annotations

from scarfaq.safety.engine import Rule, any_of
from scarfaq.safety.names import Flag
from scarfaq.safety.words import AUX, AUX_REQ, FILLER_WORDS, PRODUCT_WORDS, fill

SWELL = (
    r"(?:swoll?en|swelled|swell(?:s|ing)?\s+up|swelled\s+up|puffed\s+up|puffing\s+up|blown\s+up"
    r"|blew\s+up|ballooned|ballooning|swollen\s+shut)"
)
BODY_HARD = r"(?:tongue|throat)"
BODY_SOFT = r"(?:lips?|eyes?|eyelids?|eye\s+lids?|face|mouth)"
# A skin reaction context, for signs that are vague on their own (a hoarse voice).
REACTION_CTX = (
    rf"\b(?:{PRODUCT_WORDS}|{FILLER_WORDS}|peel\w*|laser\w*|masks?|numbing|lidocaine|emla|treatments?|procedures?"
    r"|allerg\w*|reaction|hives)\b"
)


def swelling(body: str) -> tuple[str, ...]:
    """A described swelling of `body` ("my lips are swollen", "swollen eyes", "swelling in my throat")."""
    return (
        rf"\b{body}\s+{fill(3)}{AUX}{SWELL}\b",
        rf"\b{body}\s+{fill(3)}{AUX_REQ}swell(?:ing)?\b",
        (
            rf"(?:^|\b(?:my|his|her|their|our|a|and|have|has|had|got|with|woke\s+up\s+with)\s+)(?:very\s+|really\s+"
            rf"|super\s+"
            rf"|badly\s+|so\s+)?swoll?en\s+(?:\w+\s+)?{body}\b"
        ),
        rf"\bswelling\s+(?:of|in|on|around|to)\s+(?:my|his|her|their|our|both)\s+(?:\w+\s+)?{body}\b",
    )


RULES: tuple[Rule, ...] = (
    Rule(Flag.SWELLING, any_of(
        r"\bswoll?en\s+shut\b", r"\bswell(?:ing|ed|s)?\s+(?:\w+\s+)?shut\b",
        *swelling(BODY_HARD),
        r"\btongue\s+(?:\w+\s+)?(?:feels?|is|looks?|got|getting|gone)\s+(?:\w+\s+)?(?:thick|huge|heavy|fat|big"
        r"|numb\s+and\s+swoll?en)\b",
        r"\b(?:tongue|throat)\s+(?:[a-z']+\s+){0,4}?(?:puffy|puffed|thick|swell\w*|swoll?en)\b",
    )),
    # Lips, eyes or face swollen "a little" after a treatment is expected; described without a qualifier it is urgent.
    Rule(Flag.SWELLING, any_of(*swelling(BODY_SOFT)), mild=True),
    Rule(Flag.TROUBLE_BREATHING, any_of(
        r"\b(?:can'?t|cannot|cant|can\s+not|couldn'?t|could\s+not|struggling\s+to|hard\s+to|difficult\s+to"
        r"|unable\s+to)\s+"
        r"(?:really\s+|properly\s+)?breathe?\b(?!\s+(?:through|out\s+of)\s+(?:my|the|one)\s+nos)",
        r"\b(?:trouble|difficulty|difficulties|problems?|hard\s+time|struggling|struggle"
        r"|issues?)\s+(?:with\s+)?breath(?:ing|e)\b",
        r"\bshort(?:ness)?\s+(?:of\s+)?breath\b", r"\bwheez\w*", r"\bgasping\b",
        rf"\bthroat\s+{fill(2)}{AUX}(?:closing|closed|tight|tightening|swelling|swoll?en)\b",
        r"\bthroat\s+(?:[a-z']+\s+){0,6}?(?:closing|closed|tight\w*|constrict\w*|narrow\w*|thick|swell\w*"
        r"|swoll?en)\b",
        r"\banaphyla\w*", r"\bepi-?pen\b",
        r"\b(?:can|could)\s+(?:barely|hardly|only\s+just)\s+(?:swallow|breathe?|catch\s+(?:my|his|her|a)\s+breath"
        r"|get\s+air)\b",
        # Swallowing, catching one's breath, air, the way breathing feels.
        r"\b(?:hard|difficult|trouble|difficulty|struggling|struggle|problems?|can'?t|cant|cannot|can\s+not|couldn'?t"
        r"|unable|painful|hurts)\s+(?:to\s+|with\s+|when\s+i\s+|(?:\w+\s+)?to\s+)?swallow(?:ing)?\b",
        r"\b(?:can'?t|cant|cannot|can\s+not|couldn'?t|could\s+not|struggling\s+to|struggle\s+to|hard\s+to|trouble"
        r"|unable\s+to"
        r"|fighting\s+to)\s+(?:\w+\s+)?(?:catch(?:ing)?|get(?:ting)?|take|taking|draw)\s+(?:my|a|his|her|their|enough"
        r"|any|in)\s+"
        r"(?:deep\s+|full\s+|proper\s+)?(?:breath|air)\b",
        r"\b(?:can'?t|cant|cannot|can\s+not|couldn'?t|struggling\s+to|struggle\s+to|hard\s+to|trouble|unable\s+to)\s+"
        r"(?:get(?:ting)?|draw(?:ing)?|pull(?:ing)?)\s+(?:enough\s+|any\s+)?air\s+(?:in|into)?\b",
        r"\b(?:struggling|gasping|fighting|straining|fight)\s+for\s+(?:air|breath)\b", r"\bbreathless\b",
        r"\bbreath(?:ing)?\s+(?:is\s+|feels?\s+|has\s+(?:gotten|become)\s+|got\s+|sounds?\s+|getting\s+|really\s+"
        r"|so\s+|very\s+)+"
        r"(?:tight|hard|difficult|heavy|labou?red|weird|funny|noisy|shallow|raspy|wheezy|rapid|strained|short"
        r"|restricted)\b",
        r"\b(?:lungs?|airways?|chest\s+and\s+throat)\s+(?:\w+\s+){0,2}(?:tight\w*|closing|constrict\w*)\b",
        r"\bout\s+of\s+breath\b(?!.*\b(?:gym|run\w*|workout|exercis\w*|stairs|walk\w*|cardio|jog\w*))",
    )),
    # A hoarse voice or a lump in the throat counts after a product or treatment.
    Rule(Flag.TROUBLE_BREATHING, any_of(
        r"\bvoice\s+(?:is\s+|sounds?\s+|went\s+|got\s+|has\s+gone\s+|feels?\s+)*(?:\w+\s+)?(?:hoarse|weird|muffled"
        r"|strange"
        r"|different|raspy|funny|croaky)\b",
        r"\blump\s+in\s+(?:my|his|her|the|their)\s+throat\b",
    ), requires=(REACTION_CTX,)),

    # Two kinds of words in one clause: breathing or swallowing, and trouble with it; a throat, tongue or
    # mouth that swells.
    Rule(
        Flag.TROUBLE_BREATHING,
        r"\b(?:(?:hard|trouble|difficult\w*|struggling|can'?t|cant|cannot)\s+(?:to\s+)?"
        r"(?:breath(?:e|es|ing)?\b(?!\s+through\s+(?:my|the|his|her)\s+nose)|swallow\w*)|short(?:ness)?\s+of\s+breath"
        r"|wheez\w*"
        r"|throat\s+(?:is\s+|feels\s+)?(?:\w+\s+)?(?:tight\w*|closing|swell\w*|swollen)|closing\s+up"
        r"|voice\s+(?:sounds\s+)?(?:weird|hoarse|strange|changed|funny)|tongue\s+(?:is\s+)?(?:swell\w*|swollen)"
        r"|mouth\s+(?:is\s+)?(?:swell\w*|swollen))",
        mild=True,
        clause_excludes=r"\b(?:pills?|capsules?|tablets?)\s+(?:are|is)\s+hard\s+to\s+swallow",
    ),
)
