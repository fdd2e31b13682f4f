"""A child (or the asker, by accident) who swallowed, licked or chewed a product."""

from __future__ import annotations

from scarfaq.safety.engine import Rule, any_of
from scarfaq.safety.names import Flag
from scarfaq.safety.words import PRODUCT, PRODUCT_WORDS, fill

CHILD = (
    r"(?:kids?|child|children|toddlers?|bab(?:y|ies)|son|daughter|infant|little\s+one|boy|girl"
    r"|grandson|granddaughter|grandkids?|niece|nephew|\d+\s*(?:yo|y/o|year\s+old|yr\s+old|month\s+old))"
)
INGEST = (
    r"(?:swallowed|swallowing|ate|eaten|eating|drank|drunk|drinking|ingested|licked|licking|chewed(?:\s+on)?"
    r"|chewing(?:\s+on)?|sucked(?:\s+on)?|sucking(?:\s+on)?|tasted|bit\s+into|got\s+into|gotten\s+into|got\s+at"
    r"|got\s+hold\s+of|gotten\s+hold\s+of|(?:put|had|stuck)\s+(?:\w+\s+){0,4}in\s+(?:his|her|their)\s+mouth)"
)
PRODUCT_LOOSE = (
    r"(?:creams?|serums?|acids?|peels?|pills?|capsules?|tablets?|gels?|ointments?|lotions?|bottles?|tubes?"
    r"|solutions?|retinol|retin\w*|isotretinoin|accutane|tretinoin|meds?|medications?|medicine|products?|stuff"
    r"|benzoyl|peroxide|salicylic|glycolic|tca|vinegar|oil|mask|lidocaine|numbing|powder|toner|liquid)\b"
)
CHILD_MENTION = (
    r"\b(?:kids?|child(?:ren)?|son|daughter|toddler|baby|boy|girl|little\s+one|\d+\s*(?:yo|y/o|yrs?\s+old"
    r"|years?\s+old|months?\s+old)|(?:she|he)\s*(?:'s|is)\s+\d+|\(\d+\))"
)
EATS = (
    r"(?:swallow\w*|ate|eaten|eating|drank|drink\w*|drunk|got\s+into|got\s+hold\s+of|lick\w*|ingest\w*|chew\w*"
    r"|suck\w*)"
)

RULES: tuple[Rule, ...] = (
    Rule(Flag.CHILD_SWALLOWED, any_of(
        rf"\b{CHILD}\b\s*(?:'s\s+)?{fill(5)}(?:just\s+|may\s+have\s+|might\s+have\s+|accidentally\s+|has\s+|had\s+|is\s+|was\s+)*{INGEST}"
        rf"(?:\s*$|\s+(?:(?!and\b|then\b)[a-z0-9']+\s+){{0,6}}?(?:{PRODUCT_WORDS}|it|some|them|half|all|a\s+bit|a\s+lot)\b)",
    ), requires=(PRODUCT,)),
    # A product in or around a child's mouth, a child found with an open product.
    Rule(Flag.CHILD_SWALLOWED, any_of(
        r"\b(?:in|into|around|inside|all\s+over|on)\s+(?:his|her|their|its)\s+(?:mouth|tongue)\b",
        r"\b(?:in|into|around|inside|all\s+over)\s+(?:his|her|their|its)\s+lips\b",
        r"\b(?:his|her|their)\s+(?:mouth|lips|tongue)\s+(?:is\s+|are\s+|looks?\s+|went\s+|turned\s+|got\s+|seems?\s+)(?:\w+\s+){0,2}?"
        r"(?:red|white|burn\w*|blister\w*|swoll?en|irritated|peeling|raw|foaming)\b",
        rf"\bfound\s+(?:my\s+|the\s+|our\s+)?(?:\w+\s+)?{CHILD}\s+with\s+(?:\w+\s+){{0,5}}?{PRODUCT_WORDS}\b",
    ), requires=(rf"\b{CHILD}\b", PRODUCT)),
    Rule(Flag.SWALLOWED, any_of(
        r"\baccidentally\s+(?:swallowed|drank|ate|ingested)\b",
    ), requires=(PRODUCT,)),
    # Two kinds of words: eating and a product near each other, or a product at the mouth, and a child
    # named anywhere in the question.
    Rule(
        Flag.CHILD_SWALLOWED,
        rf"\b(?:{EATS}(?:\W+(?!and\b|then\b)\w+){{0,4}}?\W+{PRODUCT_LOOSE}"
        rf"|{PRODUCT_LOOSE}(?:\W+\w+){{0,8}}?\W+(?:in|around|on)\s+(?:her|his|their)\s+(?:mouth|lips)\b)",
        requires=(CHILD_MENTION,),
    ),
)
