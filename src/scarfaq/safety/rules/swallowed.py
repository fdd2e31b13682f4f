"""A child (or the asker, by accident) who swallowed, licked or chewed a product."""

from __future__ import annotations

from scarfaq.safety.engine import Rule, any_of
from scarfaq.safety.names import Flag
from scarfaq.safety.words import PRODUCT, PRODUCT_WORDS, SWALLOWING

CHILD = (
    r"(?:kids?|kiddo|child|children|toddlers?|preschooler|tots?|bab(?:y|ies)|son|daughter|infant|little\s+one|boy|girl"
    r"|grandson|granddaughter|grandkids?|niece|nephew"
    r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]*(?:yo|y/o|(?:years?|yrs?|months?)[\s-]+old)"
    r"|(?:she|he)\s*(?:'s|is)\s+\d+|\(\d+\))"
)
# Past or -ing forms only: a bare present tense ("if they swallow some") asks ahead.
INGEST = (
    rf"(?:{SWALLOWING}(?:\s+on)?"
    r"|bit\s+into|got\s+into|gotten\s+into|got\s+at|had\s+a\s+go\s+at|got\s+hold\s+of|gotten\s+hold\s+of"
    r"|(?:put|had|stuck)\s+(?:\w+\s+){0,4}in\s+(?:his|her|their)\s+mouth)"
)
# A meal or a drink named right after the eating: not a product ("drank milk right after I put cream on").
MEAL = (
    r"(?:milk|water|juice|formula|dinner|lunch|breakfast|food|snacks?|cereal|yogh?urt|smoothie|shake|tea|soda"
    r"|squash|cocoa)\b"
)
# What was swallowed: a product, or an amount of it ("ate some", "drank a mouthful").
AMOUNT = (
    r"(?:it|some|them|half|all|most|a\s+(?:bit|lot|few|little|mouthful|fingerful|spoonful|handful|sip|gulp|taste"
    r"|lick)"
    r"|one|two|three|several)"
)

RULES: tuple[Rule, ...] = (
    # A child named anywhere, and in some clause the eating of a product or an amount of it (not "ate dinner
    # and then I put retinol on").
    Rule(
        Flag.CHILD_SWALLOWED,
        rf"\b{INGEST}(?!\s+(?:some\s+|his\s+|her\s+|their\s+|a\s+glass\s+of\s+)?{MEAL})"
        rf"(?:\s*$|\s+(?:(?!and\b|then\b)[a-z0-9'%]+\s+){{0,6}}?(?:{PRODUCT_WORDS}|{AMOUNT})\b)",
        requires=(rf"\b{CHILD}", PRODUCT),
    ),
    # A product in or around a child's mouth, a child found with an open product.
    Rule(Flag.CHILD_SWALLOWED, any_of(
        r"\b(?:in|into|around|inside|all\s+over|on)\s+(?:his|her|their|its)\s+(?:mouth|tongue)\b",
        r"\b(?:in|into|around|inside|all\s+over)\s+(?:his|her|their|its)\s+lips\b",
        r"\b(?:his|her|their)\s+(?:mouth|lips|tongue)\s+(?:is\s+|are\s+|was\s+|were\s+|looks?\s+|went\s+|turned\s+"
        r"|got\s+|seems?\s+)"
        r"(?:\w+\s+){0,2}?(?:red|white|burn\w*|blister\w*|swoll?en|irritated|peeling|raw|foaming)\b",
        rf"\bfound\s+(?:my\s+|the\s+|our\s+)?(?:\w+\s+)?{CHILD}\s+with\s+(?:\w+\s+){{0,5}}?{PRODUCT_WORDS}\b",
    ), requires=(rf"\b{CHILD}", PRODUCT)),
    Rule(Flag.SWALLOWED, any_of(
        r"\baccidentally\s+(?:swallowed|drank|ate|ingested)\b",
        r"\b(?:swallowed|drank|drunk|ate|ingested|gulped)\s+(?:\w+\s+){0,4}?by\s+(?:accident|mistake)\b",
    ), requires=(PRODUCT,)),
)
