"""Infection: fever, spreading or worsening redness, pus, and two signs of infection together."""

from __future__ import annotations

from scarfaq.safety.engine import Rule, any_of
from scarfaq.safety.names import Flag
from scarfaq.safety.words import AUX, fill

RED = r"(?:redness|red|reddish|reddening|redder|reddened)"

# Body temperatures: "temp is 39", "38.5", "39c", "102 f"; not prices, weights or weather.
TEMP_VERB = (
    r"(?:is|was|of|at|hit|reads?|reading|around|about|like|almost|nearly|over|above|up\s+to|went\s+up\s+to)"
)
NOT_MONEY = r"(?<![\d$\u00a3\u20ac.,])"
NOT_UNIT = (
    r"(?!\s*(?:%|percent|mm|ml|mg|kg|g\b|lbs?|dollars?|usd|eur|euros?|pounds?|k\b|years?|yo\b"
    r"|weeks?|min|hours?|days?|cm|inch))"
)
NOT_WEATHER = r"(?!\s*(?:outside|out\b|weather|in\s+the\s+(?:sun|shade)))"


# Signs that mean infection (or an abscess) when two of them meet in the question: heat with swelling, severe
# pain, worsening or discharge; discharge with a pus colour or smell, heat or severe pain; swelling with
# severe pain. Each is an ordinary red-flag mention: negation, past, general frames and mild qualifiers apply.
HEAT = (
    r"(?:(?:^|\b(?:is|are|feels?|felt|feeling|looks?|getting|gets|got|went|so|very|really|super|quite|pretty|kinda"
    r"|and|also"
    r"|still|all|burning|red|swollen|throbbing|painful|sore|hard|hurts|hot))\s+|^)(?:hot|warm|hotter|warmer"
    r"|burning\s+hot)\b"
    r"(?!\s+(?:water|compress\w*|showers?|baths?|towels?|weather|wax|tools?|irons?|days?|summer|climate|room|yoga"
    r"|sauna"
    r"|sun|drinks?|tea|coffee|pink|tones?|undertones?|light|flash\w*|spring|and\s+cold|or\s+cold|then\s+cold))"
    r"|\bheat\s+(?:is\s+)?(?:coming|radiating|pouring)\s+(?:off|from|out)\b|\bradiating\s+heat\b|\b(?:hot"
    r"|warm)\s+to\s+the\s+touch\b"
)
SWELL_SIGN = (
    r"\b(?:swoll?en|swell(?:ed|s|ing)(?:\s+up)?|puff(?:y|ed\s+up|ing\s+up)|lump|knot|nodule"
    r"|hard\s+(?:and|lump|bump|knot|area|spot|ball)|(?:went|gone|got|is|feels?|felt|getting|rock|really|very"
    r"|so)\s+hard)\b"
)
PAIN_SEVERE = (
    r"\b(?:throb\w*|excruciating|unbearable|agony|agoni[sz]ing|severe\s+pain|worst\s+pain"
    r"|(?:hurts?|hurting|painful|pain|aches?|stings?|burns?)\s+(?:like\s+(?:crazy|hell|mad|a\s+bitch|nothing\s+else)"
    r"|so\s+(?:much|bad)"
    r"|really\s+bad|a\s+lot|badly|terribly)"
    r"|(?:super|extremely|really|very|so|insanely|incredibly|crazy|unbelievably|horribly)\s+(?:painful|sore|tender)"
    r"|pain\s+is\s+(?:\w+\s+)?(?:getting\s+worse|unbearable|intense|severe|awful))\b"
)
WORSE_SIGN = (
    r"\b(?:getting\s+(?:worse|bigger|larger|redder|hotter|wider|more\s+(?:swollen|painful|red))"
    r"|worse\s+(?:and\s+worse|not\s+better|instead\s+of\s+better|every|each|by\s+the)"
    r"|(?:bigger|larger|redder|worse)\s+(?:every|each|by\s+the)\s+(?:hour|day|minute)|spreading|doubled"
    r"|keeps?\s+(?:growing|spreading|getting\s+(?:bigger|worse))"
    r"|(?:now\s+)?(?:the\s+)?size\s+of\s+(?:a|an|my)\s+(?:palm|hand|fist|golf\s+ball|egg|plum|orange))\b"
)
DISCHARGE = (
    r"\b(?:leak\w*|weep\w*|drain(?:s|ed|ing)?|seep\w*|ooz\w*|discharg\w*|crust\w*"
    r"|(?:stuff|fluid|liquid|goo|gunk|juice)\s+(?:is\s+|keeps\s+)?(?:coming|leaking|seeping|dripping|draining))\b"
)
PUS_COLOUR = (
    r"\b(?:yellow\w*|green\w*|cloudy|milky|murky|brownish|honey[\s-]?colou?red|smell\w*|stinks?|stinky|stinking"
    r"|foul|rotten|pus)\b"
)
NOT_INFECTION_CLAUSE = r"\b(?:pimples?|zits?|whiteheads?|pustules?|blackheads?|breakouts?)\b"
# Worsening that is not healing: the subject is a symptom or the treated spot, not acne or pigment.
SYMPTOM = (
    rf"(?:{RED}|swelling|pain|soreness|tenderness|rash|infection|inflammation|wound|site|incision|burn|blister"
    r"|bump|lump|hardness|welt|patch|area|red\s+(?:area|patch|mark|ring|spot|skin))"
)
NOT_WORSENING_CLAUSE = (
    r"\b(?:acne|pimples?|zits?|breakouts?|blackheads?|whiteheads?|pores|pigment\w*|hyperpigment\w*|melasma"
    r"|dark\s+spots"
    r"|marks|scars|wrinkles|texture|purg\w*|eczema|psoriasis|rosacea|creams?|serums?|products?|sunscreen|moisturi\w*"
    r"|oils?|gels?|lotions?|acids?|better)\b"
)

RULES: tuple[Rule, ...] = (
    Rule(Flag.FEVER, any_of(
        r"\bf(?:e|ea)v(?:e|a)?r(?:s|ish)?\b",
        r"\bchill?s\b", r"\bshiver(?:s|ing|y)?\b", r"\bshaking\s+chills\b", r"\brigou?rs\b",
        r"\b(?:night|cold)\s+sweats\b",
        r"\b(?:feel(?:s|ing)?|felt|been|going|i'?m|im|getting|keep\s+getting)\s+(?:\w+\s+)?hot\s+(?:and"
        r"|then)\s+cold\b",
        r"\bhot\s+and\s+cold\s+(?:flashes|sweats|spells|chills)\b",
        r"\b(?:i'?m|im|i\s+am|been|feel(?:ing)?)\s+(?:\w+\s+)?burning\s+up\b",
        r"\b(?:running|run|have|having|had|got|with)\s+(?:a\s+)?"
        r"(?:high\s+|slight\s+|little\s+|bit\s+of\s+a\s+)?temp(?:erature)?\b",
        rf"\btemp(?:erature)?\s+(?:{TEMP_VERB}\s+)*(?:3[89]|4[01]|10[0-4])\b",
        rf"{NOT_MONEY}(?:(?:3[89]|4[01]|10[0-4])[.,]\d|37[.,][89])(?!\d){NOT_UNIT}",
        rf"{NOT_MONEY}(?:39|4[01])\s*(?:\u00b0\s*c?|degrees?(?:\s*c(?:elsius)?)?|c)\b{NOT_WEATHER}",
        rf"{NOT_MONEY}10[0-4]\s*(?:\u00b0\s*f?|degrees?(?:\s*f(?:ahrenheit)?)?|f)\b{NOT_WEATHER}",
    )),
    Rule(Flag.SPREADING_REDNESS, any_of(
        rf"\b(?:{RED}|rash|infection|inflammation)\s+{fill(4)}{AUX}(?:spreading|spreads|spread(?:ing)?\s+out"
        r"|expanding|growing|getting\s+(?:bigger|larger|wider)|moving\s+(?:up|down|towards?))\b",
        rf"\bspread(?:ing|s)?\s+(?:\w+\s+)?(?:{RED}|rash)\b",
        r"\bred\s+(?:streaks?|stripes?)\b",
        # A red line that travels ("a red line is travelling up my thigh").
        r"\bred\s+(?:lines?|tracks?|trails?)\s+(?:\w+\s+){0,2}?(?:travel\w*|mov\w*|spread\w*|creep\w*|climb\w*"
        r"|running|going|heading|crawl\w*)\s+(?:up|down|along|towards?)\b",
        r"\bred\s+lines?\s+(?:going|running|spreading|moving|coming|up|down|from|towards?)\b",
        r"\bstreak(?:s|ing|y)?\s+(?:of\s+)?red\b",
    )),
    # Worse, not better, days after a treatment: a symptom growing, doubling or creeping outwards.
    Rule(Flag.SPREADING_REDNESS, any_of(
        rf"\b{SYMPTOM}\s+{fill(4)}{AUX}(?:getting\s+(?:worse|bigger|larger|wider|redder|hotter|more\s+(?:red|swollen"
        rf"|painful))"
        r"|worse\s+(?:and\s+worse|not\s+better|instead\s+of\s+better|every|each|by\s+the|than)|doubled|tripled"
        r"|creeping\s+(?:out|further|up|down|along|across|towards?)|keeps?\s+(?:growing|spreading|expanding"
        r"|getting\s+(?:bigger|worse)))\b",
        r"\bworse\s+(?:and\s+worse|not\s+better|instead\s+of\s+better)\b",
        rf"\b{SYMPTOM}\s+{fill(4)}{AUX}(?:moved|moving|spread|travel+ed|travel+ing|extended|extending|reached|crept"
        rf"|gone|going)\s+"
        r"(?:all\s+the\s+way\s+|further\s+|down\s+|up\s+|out\s+|over\s+|across\s+)*(?:to|into|onto|towards?|past|over"
        r"|across|around)\s+"
        r"(?:my|the|his|her|their)\b",
        r"\b(?:bigger|larger|redder|worse|more\s+swollen|more\s+red|hotter)\s+(?:every|each|by\s+the)\s+(?:hour|day"
        r"|minute)\b",
        r"\bspread(?:ing|s)?\s+(?:down|up|to|into|across|over|towards?|along|around|further|out|fast|quickly|onto)\b",
        r"\b(?:doubled|tripled)\s+in\s+size\b|\b(?:twice|three\s+times)\s+as\s+(?:big|red|swollen|large|wide)\b",
        r"\b(?:twice|double|triple|three\s+times|2x|3x)\s+(?:the|its|their)\s+(?:size|width)\b",
        r"\b(?:bigger|redder|more\s+swollen|worse)\s+than\s+(?:yesterday|this\s+morning|last\s+night|before)\b",
    ), clause_excludes=NOT_WORSENING_CLAUSE),
    Rule(Flag.INFECTION_SIGNS, any_of(
        r"\bpuss?\b(?!\s*-?\s*filled)(?!\s+in\s+boots)",
        r"\b(?:yellow|green|greenish|yellowish|cloudy|milky|smelly|foul)\s+(?:discharge|fluid|gunk|goo|liquid|crust"
        r"|stuff|gunge|ooze)\b",
        r"\b(?:smells?|stinks?|stinking)\s+(?:\w+\s+)?(?:bad|awful|foul|rotten|gross|like\s+rot\w*)\b|\b(?:bad|foul"
        r"|rotten)\s+smell\b",
        r"\b(?:cellulitis|abscess(?:es)?|sepsis|septic|blood\s+poisoning)\b",
        r"\b(?:is|are|looks?|looking|got|gotten|getting|became|become|seems?|think|might\s+be|may\s+be|could\s+be"
        r"|maybe|probably)\s+"
        r"(?:\w+\s+){0,2}infected\b(?!\s+(?:acne|pimples?|zits?|spots?|follicles?|hair|ingrown|blackheads?"
        r"|whiteheads?|pores?))",
        r"\b(?:have|has|got|getting|developed|developing|think\s+(?:i\s+have|it'?s|its|this\s+is)|it'?s|its|is\s+it"
        r"|is\s+this"
        r"|looks?\s+like|might\s+be|could\s+be|may\s+be)\s+(?:an?\s+|some\s+|bad\s+|skin\s+"
        r"|bacterial\s+)*infection\b",
    ), clause_excludes=NOT_INFECTION_CLAUSE),
    # Oozing or weeping, or swollen and warm, are soft signs: "oozing clear stuff a bit" on day 2 is expected.
    Rule(Flag.INFECTION_SIGNS, any_of(
        r"\b(?:hot|warm)\s+to\s+the\s+touch\b",
        r"\bswoll?en\s+and\s+(?:hot|warm)\b", r"\b(?:hot|warm)\s+and\s+swoll?en\b",
        r"\booz(?:e|es|ed|ing|y)\b",
        r"\b(?:wound|skin|scar|burn|sore|area|cut|site|face|cheek|chin)\s+(?:is\s+)?weeping\b",
        r"\b(?:raw|peeling|blistered|blistering|burnt|burned|red|open|crusty"
        r"|scabby)\s+(?:[a-z']+\s+){0,4}?and\s+weeping\b",
        r"\bweeping\s+(?:clear\s+|yellow\w*\s+|some\s+)?(?:fluid|liquid|stuff|goo|serum|plasma|water)\b",
    ), clause_excludes=NOT_INFECTION_CLAUSE, mild=True),
    Rule(Flag.INFECTION_SIGNS, HEAT, partner=any_of(SWELL_SIGN, PAIN_SEVERE, WORSE_SIGN, DISCHARGE),
         clause_excludes=NOT_INFECTION_CLAUSE, mild=True),
    Rule(Flag.INFECTION_SIGNS, DISCHARGE, partner=any_of(PUS_COLOUR, HEAT, PAIN_SEVERE),
         clause_excludes=NOT_INFECTION_CLAUSE, mild=True),
    Rule(Flag.INFECTION_SIGNS, SWELL_SIGN, partner=PAIN_SEVERE, clause_excludes=NOT_INFECTION_CLAUSE, mild=True),

    # Two kinds of words in one clause: something coming out, and what makes it infection.
    Rule(
        Flag.INFECTION_SIGNS,
        r"\b(?:pus|yellow\w*|green\w*|discharge|leak\w*|weep\w*|ooz\w*|crust\w*|abscess\w*|white\s+(?:pimples|heads"
        r"|bumps))\b",
        clause_requires=r"\b(?:hot|warm|throb\w*|fever\w*|chill\w*|flu|shiver\w*|streaks?|spreading|worse|swollen"
                        r"|swelling|hard"
        r"|pain\w*|hurts?|sore|smell\w*)\b",
        mild=True,
        clause_excludes=r"\b(?:acne|pimples?|zits?|breakouts?)\b",
    ),
    Rule(
        Flag.FEVER,
        r"\b(?:feel(?:s|ing)?\s+like\s+i\s+have\s+(?:the\s+)?flu|flu[\s-]?like|burning\s+up)\b",
        clause_requires=r"\b(?:after|since|procedure|laser\w*|peel\w*|needling|microneedl\w*|filler\w*|subcision"
                        r"|swollen|hot|pus|red)\b",
    ),
    Rule(
        Flag.SPREADING_REDNESS,
        r"\b(?:spread\w*(?!\s+(?:the|some|a|it|on|over|cream|gel|oil|evenly))|streaks?"
        r"|getting\s+(?:bigger|worse|larger)|worse\s+not\s+better|covers?\s+(?:the\s+)?(?:whole|entire|half)"
        r"|(?:bigger|larger|worse)\s+than\s+(?:yesterday|this\s+morning|before))\b",
        mild=True,
        clause_excludes=r"\b(?:acne|pimples?|zits?|breakouts?|marks|pigment\w*)\b",
        requires=(r"\b(?:red\w*|swell\w*|swollen|hot|warm|hard|pain\w*)\b",),
    ),
)
