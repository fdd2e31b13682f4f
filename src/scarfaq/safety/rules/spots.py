"""A changing spot: a mole, scar or spot that grows, changes colour, bleeds or will not heal."""

from __future__ import annotations

from scarfaq.safety.engine import Rule, any_of
from scarfaq.safety.names import Flag
from scarfaq.safety.words import AUX, LESION, fill

COLOUR = r"(?:black|blue|red|brown|white|pink|grey|gray|purple|tan|dark\s+brown|light\s+brown)"
LESION_ONE = rf"\b(?:{LESION}|scar|keloid)\b"
NOT_LESION_CLAUSE = (
    r"\b(?:pimples?|zits?|acne(?!\s+scars?)|whiteheads?|pih|post-?inflammatory|pores?|hair|pigment\w*|son|daughter"
    r"|kids?|baby"
    r"|business|collagen|swelling|redness)\b"
)
#: Moles and scars darken in the sun and fade in winter: not a change to check.
SEASON = r"\b(?:summer|sun|sunny|sunlight|tan\w*|winter|seasons?)\b"
NOT_NEGATED = r"(?<!n't\s)(?<!nt\s)(?<!not\s)(?<!never\s)"

RULES: tuple[Rule, ...] = (
    Rule(Flag.CHANGING_SPOT, any_of(
        rf"\b(?:moles?|birthmarks?|beauty\s+marks?)\s+{fill(4)}(?:that\s+|which\s+)?{AUX}"
        r"(?:chang(?:ed|ing|es)|grow(?:s|ing|n)|grew|bigger|larger|darker|darken(?:ed|ing|s)?|bleed(?:s|ing)|bled"
        r"|crust(?:s|ing|ed|y)|irregular|uneven|different\s+colou?rs?|new\s+colou?rs?|turn(?:ed"
        r"|ing)\s+(?:\w+\s+)?(?:black|dark\w*)"
        r"|itch(?:es|ing|y)?\s+and\s+(?:grow\w*|bigger|spread\w*)|won'?t\s+heal|doesn'?t\s+heal)\b",
        r"\b(?:changing|growing|bleeding|darkening|crusty)\s+(?:\w+\s+)?(?:moles?|birthmarks?)\b",
        rf"\b(?:scars?|keloids?)\s+{fill(3)}(?:that\s+|which\s+)?{AUX}"
        r"(?:grow(?:s|ing|n)|grew|getting\s+(?:bigger|larger|wider|thicker)|got\s+(?:bigger|larger)|expanding"
        r"|spreading\s+(?:beyond|past|outside)|chang(?:ed|ing|es)\s+(?:shape|colou?r|size)"
        r"|itch(?:es|y|ing)?\s+and\s+(?:grow\w*|getting\s+bigger|spread\w*))\b",
        rf"(?<!acne\s)\bscar\s+{fill(3)}{AUX}(?:darker|darken(?:ed|ing|s)|turn(?:ed|ing)\s+(?:\w+\s+)?(?:dark\w*"
        rf"|black|brown))\b",
        r"\b(?:sore|spot|lesion|scab)\s+(?:that\s+|which\s+)?(?:won'?t|wont|doesn'?t|doesnt|never"
        r"|will\s+not)\s+heals?\b",
    ), clause_excludes=SEASON),
    Rule(Flag.CHANGING_SPOT, any_of(
        rf"\b(?:scars?|keloids?)\s+{fill(3)}(?:that\s+|which\s+)?{AUX}(?:bleed(?:s|ing)|bled)\b",
    ), clause_excludes=(
        r"\b(?:microneedl\w*|needling|derma\s*roller|dermapen|subcision|laser\w*|pick\w*|scratch\w*|shav\w*"
        r"|dermabrasion|popp\w*)\b"
    )),
    # A mole that changes or bleeds is a red flag wherever the change is said in the sentence: people
    # describe where the mole is before what it does ("a mole in the middle of my scar ... it bleeds").
    Rule(Flag.CHANGING_SPOT, any_of(
        r"\b(?:gotten|getting|got|became|become|turned|turning|grown|grew|growing)\s+(?:\w+\s+)?"
        r"(?:darker|bigger|larger|raised|uneven|irregular|black)\b",
        r"\b(?:it|and)\s+(?:\w+\s+)?(?:bleeds|bled|bleeding|itches\s+and\s+grows|keeps\s+growing)\b",
        r"\bchanged\s+(?:its\s+)?(?:shape|colou?r|size)\b",
        r"\b(?:is|it'?s|its|are)\s+(?:now\s+|suddenly\s+)?(?:raised|darker|bigger|black|bleeding|irregular"
        r"|itchy\s+and\s+\w+)\b",
        r"\b(?:went|gone|changed|turned)\s+from\s+(?:\w+\s+){1,2}?to\s+(?:\w+\s+)?(?:black|dark\w*|red|blue|grey"
        r"|gray)\b",
    ), requires=(r"\b(?:moles?|birthmarks?)\b",)),
    # A new dark spot, or a spot inside a scar, with a sign of skin cancer (shiny, pearly, bleeding, growing).
    Rule(Flag.CHANGING_SPOT, any_of(
        rf"\bnew\s+(?:\w+\s+){{0,2}}?{LESION}\b",
        rf"\b{LESION}\s+(?:\w+\s+){{0,5}}?(?:in|inside|within|on|at|in\s+the\s+middle\s+of)\s+(?:my|his|her|the|an?"
        rf"|this|one)\s+"
        r"(?:\w+\s+)?scar\b",
        rf"\b(?:pearly|shiny|waxy)\s+(?:\w+\s+)?{LESION}\b",
    ), partner=r"\b(?:shiny|pearly|waxy|irregular|bleed\w*|bled|grow\w*|grew|spreading|bigger|larger|changing"
               r"|chang(?:ed|es)"
                r"\s+colou?r|black|ulcer\w*|won'?t\s+heal)\b",
       clause_excludes=r"\b(?:pimples?|zits?|whiteheads?|blackheads?|breakouts?|purg\w*)\b"),
    # Any single spot, mark, freckle, lump or sore that grows, has several colours, bleeds or will not heal.
    Rule(Flag.CHANGING_SPOT, any_of(
        rf"\b{LESION}\s+{fill(6)}(?:that\s+|which\s+|that'?s\s+|thats\s+|that\s+has\s+"
        rf"|which\s+has\s+)?{AUX}(?:grow(?:s|ing|n)|grew|getting\s+(?:bigger|larger|wider|raised)"
        r"|bigger|larger|doubled|chang(?:ed|ing|es)\s+(?:colou?r|shape|size)|ulcerat\w*|spreading(?:\s+out)?)\b",
        r"\b(?:(?:different|multiple|several|two|three|2|3|many|mixed|weird|odd|uneven)\s+colou?rs|multi-?colou?red"
        r"|(?:irregular|jagged|ragged|blurry|uneven|weird|odd|strange|fuzzy|notched)\s+(?:borders?|edges?|shape))\b",
        r"\b(?:gone|gotten|got|become|became|turned|is|are|looks?)\s+(?:\w+\s+)?(?:jagged|ragged|irregular|uneven"
        r"|fuzzy|blurry)\b"
        r"|\b(?:edges?|borders?)\s+(?:\w+\s+){0,2}?(?:jagged|ragged|irregular|uneven|fuzzy|blurry)\b",
        rf"\b{COLOUR}(?:\s*,\s*|\s+and\s+|\s+){COLOUR}(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+){COLOUR}\b",
        r"\bkeeps?\s+(?:on\s+)?(?:scabbing|crusting|bleeding|breaking\s+open|opening\s+up|oozing)(?:\s+(?:and"
        r"|or)\s+\w+)?\b",
        r"\b(?:(?:is|it'?s|its|and|keeps?|been|now)\s+(?:\w+\s+)?(?:getting\s+(?:bigger|larger)|growing)|grew"
        r"|doubled\s+in\s+size)\b",
    ), requires=(LESION_ONE,), clause_excludes=NOT_LESION_CLAUSE),
    Rule(Flag.CHANGING_SPOT, any_of(
        rf"\b(?:sore|wound|spot|lesion|scab|cut|ulcer|patch|mark|bump|hole|incision|scar)\s+{fill(4)}(?:that\s+"
        rf"|which\s+)?"
        r"(?:still\s+)?(?:won'?t|wont|doesn'?t|doesnt|isn'?t|isnt|is\s+not|not|never|will\s+not|hasn'?t|hasnt"
        r"|has\s+not|can'?t|cant)\s+"
        r"(?:\w+\s+)?(?:heal|healing|healed)\b(?!\s+(?:up\s+)?yet)",
        rf"\b(?:scars?|sores?|wounds?|spots?|it)\s+{fill(3)}(?:that\s+|which\s+)?(?:keeps?|kept|has\s+been|is|started"
        rf"|keep)\s+"
        r"(?:\w+\s+)?(?:opening|reopening|re-opening|splitting|cracking|breaking\s+open|bursting\s+open)\b",
        r"\b(?:been\s+|still\s+|stays?\s+|keeps?\s+|is\s+)open\s+(?:for\s+)?(?:\w+\s+)?(?:weeks|months)\b",
        rf"\b(?:sore|ulcer|scab|wound)\s+{fill(6)}(?:has\s+)?(?:been\s+)?(?:there\s+|open\s+)?for\s+(?:over\s+"
        rf"|more\s+than\s+|almost\s+)?"
        r"(?:\w+\s+)?(?:weeks|months|years)\b",
        r"\b(?:bleed\w*|bled|opens?|opening)\s+(?:up\s+)?(?:\w+\s+)?(?:for\s+no\s+(?:\w+\s+)?reason|on\s+its\s+own"
        r"|by\s+itself|randomly"
        r"|out\s+of\s+nowhere|without\s+(?:me\s+|any\s+)?(?:touching|picking|scratching|doing\s+anything|reason"
        r"|cause))\b",
    ), requires=(rf"\b(?:{LESION}|scars?|keloids?|wounds?|cuts?|moles?|holes?|incisions?|it)\b",),
        clause_excludes=r"\b(?:acne\s+scars|pimples?|zits?)\b"),
    # Two kinds of words: a change (colours, growing, bleeding, not healing) and a spot named in the question.
    Rule(
        Flag.CHANGING_SPOT,
        r"\b(?:(?:\d|two|three|several|diff\w*|different|multiple)\s+colou?rs?|"
        rf"{NOT_NEGATED}(?:growing|grows|grew|getting\s+bigger|changed|changing|bleed\w*)|won'?t\s+heal"
        r"|not\s+healing|doesn'?t\s+heal|irregular)\b",
        clause_excludes=r"\b(?:acne|pimples?|zits?|marks)\b",
        requires=(r"\b(?:mole|spot|lesion|growth|lump|bump|freckle|patch)\b",),
    ),
    # ... a scar, sore or wound, and that it will not heal, keeps opening or bleeds by itself.
    Rule(
        Flag.CHANGING_SPOT,
        r"\b(?:scar|sore|wound|it)\b",
        clause_requires=r"\b(?:won'?t\s+heal|wont\s+heal|not\s+healing|doesn'?t\s+heal|never\s+heals|(?:hasn'?t|hasnt"
                        r"|has\s+not)\s+healed"
        r"\s+(?:in|for|after)\s+(?:\d+|a\s+few|several|many)\s+(?:weeks|months)|keeps?\s+(?:\w+\s+and\s+)?(?:opening"
        r"|bleeding"
        r"|crusting)|bleed\w*\s+(?:for\s+no\s+reason|on\s+its\s+own|by\s+itself)|started\s+bleeding"
        r"|chang(?:ing|ed|es)\s+(?:shape|colou?r|size))\b",
    ),
)
