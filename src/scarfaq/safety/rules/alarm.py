"""The broad second tier: alarm words by class, in a question about the asker's own (or their child's)
current situation, with or without a treatment.

Where the phrase rules name wordings, these rules name kinds of words a triage nurse listens for: a face
part and swelling, breath or swallowing and trouble, blood and persistence, a colour a skin should not turn
after an injection, sight and anything wrong with it, a child and anything eaten, a mole and any change.
They report the red flag of their kind, so the urgent note still fits the case. The engine's discounts
apply as everywhere (negation, general and hypothetical frames, the past, mild for the soft signs).
"""

from __future__ import annotations

from scarfaq.safety.engine import Rule, any_of
from scarfaq.safety.names import RECALL, Flag
from scarfaq.safety.rules.recall import OWN, TREATED
from scarfaq.safety.rules.swallowed import CHILD
from scarfaq.safety.words import FILLER_WORDS, PRODUCT, SWALLOWING, forms, near

# An injection of any kind: what a colour change or a change of sight must follow to count here.
INJECTED = (
    rf"\b(?:{FILLER_WORDS}|inject\w*|botox|shots?|needles?|prp|subcision"
    r"|skin\s*booster\w*|profhilo|polynucleotide\w*|threads?|fat\s+transfer|sclerotherapy)\b"
)

#: A steroid shot whitens skin on purpose: not a blocked vessel.
STEROID = r"\b(?:cortisone|steroids?|kenalog|triamcinolone)\b"

FACE_PART = r"\b(?:lips?|tongue|throat|eyes?|eyelids?|face|mouth|cheeks?|jaw|neck|nose|forehead|ears?)\b"
SWELLING = r"\b(?:swell\w*|swoll?en|puff\w*|balloon\w*|bloat\w*|blown\s+up|blew\s+up|puffed)\b"
# What turns swelling from expected healing into a warning: size, speed, spread, or a second sign.
SWELLING_WORSE = (
    r"\b(?:so|very|really|super|huge|massive\w*|enormous|worse|worsening|more|bigger|keeps?|getting|spread\w*"
    r"|fast|quick\w*|sudden\w*|overnight|within|minutes|hives|itch\w*|rash|welts|tight\w*|tingl\w*|shut|closed"
    r"|close|closing|can'?t|cant|hard\s+to|both|whole|entire|other\s+side|deformed|unrecogni[sz]able|scary"
    r"|scared|weird|allerg\w*|reaction|twice|double)\b"
)
INNER_PART = r"\b(?:tongue|throat|uvula|inside\s+(?:of\s+)?my\s+mouth|airway)\b"

AIR = r"\b(?:breath\w*|breath|air|swallow\w*|wheez\w*|gasp\w*|inhal\w*)\b"
AIR_TROUBLE = (
    r"\b(?:can'?t|cant|cnt|cannot|couldn'?t|hard(?:er)?|difficult\w*|struggl\w*|trouble|problem\w*|barely|hardly"
    r"|short\w*|shallow|weird|funny|strange|tight\w*|hurts?|painful|pain|noisy|labou?red|heavy|stuck|lump"
    r"|closing|wheez\w*|whistl\w*|gasp\w*|effort|work\s+to|catch)\b"
)
NOT_AIR = r"\bthrough\s+(?:my|the|one|his|her)\s+nos|\b(?:gym|run\w*|workout|exercis\w*|stairs|cardio|jog\w*|laugh\w*|pills?\s+(?:are|is)|news|nose\s+is)\b"

BLOOD = r"\b(?:bleed\w*|bled|blood\w*)\b"
BLOOD_GOES_ON = (
    r"\b(?:won'?t|wont|will\s+not|keeps?|kept|still|not\s+stopp\w*|hasn'?t\s+stopp\w*|isn'?t\s+stopp\w*"
    r"|doesn'?t\s+stop|through|soak\w*|pour\w*|gush\w*|drip\w*|spurt\w*|lots|so\s+much|a\s+lot|heavy|heavily"
    r"|pressure|hours?|clots?|everywhere|all\s+over|again|reopen\w*|opened\s+up|burst|pool\w*|running\s+down"
    r"|dripping|stream\w*|towel|tissues|gauze|bandage|keeps\s+coming|roll)\b"
)
#: Bleeding that will not stop, said with its own negation ("it won't stop bleeding").
UNSTOPPED = (
    r"\b(?:won'?t|wont|will\s+not|doesn'?t|does\s+not|isn'?t|hasn'?t|can'?t|cant|cannot|not)\s+(?:\w+\s+)?"
    r"stop(?:ping|ped)?\s+(?:the\s+)?(?:bleed\w*|blood)\b"
    r"|\b(?:bleed\w*|blood)\s+(?:\w+\s+)?(?:won'?t|wont|doesn'?t|isn'?t|hasn'?t|will\s+not|not)\s+(?:\w+\s+)?stop"
)

COLOUR_WRONG = (
    r"\b(?:white|whiter|whitish|pale|paler|grey|gray|greyish|grayish|blue|bluish|blu|purple|purplish|violet"
    r"|dusky|mottled|marbled|lacy|lace|net|web|blotch\w*|black|blackish|ashen|blanch\w*|dark\s+(?:red|purple)"
    r"|mauve|lilac|lavender|plum|bluey|blue-?ish)\b"
)
NOT_ISCHEMIA = r"\b(?:bruis\w*|eyeshadow|makeup|concealer|tattoo|hair|teeth|heads?|pimples?|dots?)\b"
# Something wrong with sight.
SIGHT_WRONG = (
    r"\b(?:blurr\w*|blury|fuzzy|foggy|hazy|cloudy|misty|dim\w*|double|blind\w*|floaters?|flash\w*|curtain"
    r"|shadow\w*|spots\s+in|black\s+spot|dark\s+spot|lost|losing|loss|gone|going|can'?t\s+see|cant\s+see"
    r"|hard\s+to\s+see|see\s+(?:properly|clearly|straight|right|well|out\s+of)|weird|strange|off|wrong|changed"
    r"|changing|patchy|grey|gray|black|dark|shapes|outlines|silhouettes|shimmer\w*|sparkl\w*|zig-?zag\w*"
    r"|only\s+see\s+(?:shapes|outlines|shadows|light|blur\w*|half))\b"
)
SIGHT = r"\b(?:vision|sight|eyesight|seeing|eyes?|visual)\b"

INGESTED = (
    rf"\b{SWALLOWING}\b|\bmouthed\b"
    r"|\b(?:had|took|taken|having|taking)\s+(?:a|some)\s+(?:little\s+|big\s+)?(?:swig|lick|sip|taste|gulp|mouthful|bite"
    r"|nibble|chew|drink|slurp|go\s+at)\b"
    r"|\b(?:mouthful|bit\s+into|bit\s+(?:a|the|off)|got\s+into"
    r"|(?:in|on)\s+(?:his|her|their)\s+(?:mouth|gums|tongue)|put\s+(?:it|some|one|them)\s+in\s+(?:his|her|their)\s+mouth)\b"
)
FOOD = (
    r"\b(?:dinner|lunch|breakfast|food|snacks?|meals?|fruit|vegetables|veggies|milk|formula|juice|water|cake"
    r"|cereal|yogh?urt|smoothie|shake|soda|pizza|sandwich|dairy|sugar|chocolate|bottle\s+feed\w*|breast\w*|nurs\w*|healthy|diet)\b"
)

MOLE = r"\b(?:moles?|freckles?|birthmarks?|beauty\s+marks?|lesions?|growths?|nodules?|lumps?)\b"
SPOT = r"\b(?:spots?|bumps?|marks?|patch(?:es)?|scabs?|sores?|scars?)\b"
CHANGE = (
    r"\b(?:grow\w*|grew|bigger|larger|wider|thicker|chang\w*|darker|darken\w*|black\w*|bleed\w*|bled|crust\w*"
    r"|ooz\w*|itch\w*|raised|irregular|uneven|jagged|ragged|blurry|fuzzy|spread\w*|new\s+colou?r\w*|colou?rs"
    r"|multi\w*|doubled|different|weird|odd|strange|shape|edges?|border|ulcer\w*|open\s+sore|symmetr\w*"
    r"|asymmetr\w*|second\s+colou?r)\b"
)
SPOT_CHANGE = (
    r"\b(?:grow\w*|grew|bigger|larger|doubled|bleed\w*|bled|crust\w*|irregular|jagged|ragged|blurry\s+edge\w*"
    r"|won'?t\s+heal|wont\s+heal|not\s+heal\w*|never\s+heal\w*|keeps?\s+(?:coming\s+back|reopen\w*|bleed\w*)"
    r"|changing\s+colou?r|changed\s+colou?r|several\s+colou?rs|multi-?colou?r\w*|black|ulcer\w*"
    r"|spread\w*\s+out\w*|spread\w*\s+(?:in)?to\s+the\s+skin)\b"
)
NOT_A_GROWTH = (
    r"\b(?:pimples?|zits?|acne(?!\s+scars?)|whiteheads?|blackheads?|pih|pie|post-?inflammatory|pores?|hair|cysts?"
    r"|keloids?|hypertrophic|wallet|business|collagen|budget|confidence|pigment\w*|dark\s+(?:spots?|marks?)"
    r"|brown\s+(?:spots?|marks?)|red\s+(?:spots?|marks?)|melasma|sun\s*spots?|age\s+spots?|hyperpig\w*"
    r"|summer|sun|sunny|tan\w*|winter|seasons?)\b"
)
#: Signs of a changing mole strong enough to count anywhere in a question that names one.
MOLE_CHANGE = (
    r"\b(?:second\s+colou?r|new\s+colou?r|two\s+colou?rs|several\s+colou?rs|(?:not|isn'?t|no\s+longer)\s+symmetr\w*"
    r"|asymmetr\w*|lopsided|irregular|jagged|ragged|bleed(?:s|ing)|crust(?:s|ing|y)|grow(?:s|ing|n)|grew|bigger"
    r"|darker|itch(?:es|ing|y)|changed\s+(?:colou?r|shape|size))\b"
)
#: An open wound in a scar or a spot.
ULCER = r"\bulcer\w*|\bopen\s+sore\b|\bcrater(?:ed|ing)\s+in\s+the\s+middle\b"
#: Acne itself, which grows and crusts and heals on its own.
ACNE = r"\b(?:pimples?|zits?|acne(?!\s+scars?)|whiteheads?|blackheads?|cysts?|keloids?|hypertrophic)\b"
NOT_HEALING = r"\b(?:won'?t|wont|never|not|doesn'?t|isn'?t|hasn'?t)\s+(?:\w+\s+)?heal\w*"
WEEKS = r"\b(?:\d+|few|several|many|six|eight|ten)\s+(?:weeks?|months?|wks?)\b"
#: A child, also "twins" or an age in brackets ("Twins (3)").
CHILD_ANY = rf"(?:\b{CHILD}|\(\d{{1,2}}\)|\btwins?\b)"
#: Something that gets into a child's eye.
INTO_EYE = (
    r"\b(?:into|in|rubbed|rubbing|splash\w*|squirt\w*|squeez\w*|got|touch\w*|sting\w*|stream\w*|water\w*"
    r"|burn\w*|red)\b"
)

BURN = r"\b(?:blister\w*|burn\w*|scald\w*|frostbit\w*|frost\s*bite|frozen|charred)\b"
BURN_BAD = (
    r"\b(?:blister\w*|bubbl\w*|weep\w*|ooz\w*|raw|open|white|grey|gray|black|brown|leathery|waxy|numb|peel\w*\s+off"
    r"|came\s+off|coming\s+off|sloughing|deep|bad|badly|severe\w*|third|second|degree|charred|crater\w*)\b"
)
#: Signs that make a burn deep wherever they are said in the question ("burned through ... skin's grey").
BURN_DEEP = (
    r"\b(?:white|grey|gray|black|leathery|waxy|charred|crater\w*|blister\w*|weep\w*|raw|burn\w*\s+through)\b"
)
NOT_BURN = r"\b(?:razor|sunburn\w*|heartburn|burn\s+(?:calories|fat|money|cash)|burning\s+(?:question|desire))\b"

#: Things people measure a spot against.
SIZES = (
    r"pea|grape|marble|coin|penny|dime|cherry|walnut|lentil|pinhead|pin\s+head|freckle|dot|grain\s+of\s+rice|rice"
    r"|(?:pencil\s+)?eraser|fingernail|nail|(?:\d+|one|two|three|four|five)\s*mm"
)
# A single spot and a sign that it grows, spreads or has several colours, within a few words of each other.
ONE_SPOT = r"mole|freckle|birthmark|spot|mark|lump|bump|growth|nodule|knot|patch|lesion|sore|scab|dot"
GROWING = (
    forms("grow/grew/grown", "enlarge", "expand", "spread/spread", "double", "widen", "thicken", "ulcerate")
    + r"|bigger|larger|wider|asymmetric\w*|lopsided|irregular|jagged|ragged|multi-?colou?r\w*"
    r"|(?:a\s+)?(?:few|two|three|several|different|multiple|many)\s+colou?rs"
    # from one size to another ("from pea sized to grape sized")
    rf"|from\s+(?:an?\s+)?(?:{SIZES}|tiny|small|little|nothing)(?:\s*-?\s*sized?)?\s+to|grown\s+to\s+the\s+size\s+of"
)
#: What makes a spot grow or bleed for a known reason: a treatment, a needle, picking, or acne itself.
EXPLAINED = (
    r"\b(?:inject\w*|fillers?|needl\w*|microneedl\w*|laser\w*|subcision|derma\w*|shav\w*|pick\w*|popp\w*"
    r"|squeez\w*|scratch\w*|bruis\w*|rash|redness|spreading\s+redness)\b"
)
# A scar whose colour changes, with a change of its surface.
SCAR_COLOUR = r"\b(?:darker|darken\w*|black\w*|blue|chang(?:e|ed|es|ing)(?:\s+colou?r)?)\b"
SCAR_SURFACE = r"\b(?:bumpy|lumpy|raised|hard|itch\w*|bleed\w*|bled|crust\w*|scaly|shiny|grow\w*|grew)\b"

PAIN_SEVERE = (
    r"\b(?:severe|excruciating|unbearable|intense|worst|agoni[sz]\w*|extreme|crazy|insane|screaming|killer"
    r"|throbbing|stabbing|shooting)\s+(?:\w+\s+)?(?:pain|ache|aching|burning|hurt\w*)\b"
    r"|\b(?:pain|hurts?|hurting)\s+(?:\w+\s+){0,2}?(?:unbearabl\w*|excruciating|getting\s+worse|worse\s+and\s+worse"
    r"|like\s+(?:hell|crazy|nothing)|so\s+(?:much|bad(?:ly)?)|more\s+and\s+more|out\s+of\s+proportion)\b"
)

RULES: tuple[Rule, ...] = (
    # Swelling of the tongue or throat, or of a face part that is big, fast, spreading or with hives.
    Rule(Flag.SWELLING, SWELLING, requires=(OWN,), clause_requires=INNER_PART),
    Rule(Flag.SWELLING, SWELLING, requires=(OWN,), clause_requires=FACE_PART, partner=SWELLING_WORSE, mild=True),
    # Breath or swallowing, and trouble with it, in one clause.
    Rule(Flag.TROUBLE_BREATHING, AIR, requires=(OWN,), clause_requires=AIR_TROUBLE, clause_excludes=NOT_AIR),
    # Blood, and anything saying it goes on or is a lot.
    Rule(Flag.BLEEDING, UNSTOPPED, requires=(OWN,)),
    Rule(Flag.BLEEDING, BLOOD, requires=(OWN,), clause_requires=BLOOD_GOES_ON, mild=True,
         clause_excludes=r"\b(?:wallet|bank|money|nose\s*bleeds?\s+(?:as|when)|period|gums?|blood\s+(?:test|work"
                         r"|type|pressure|sugar|donor|donat\w*|thinners?\s+(?:like|such)))\b"),
    # After an injection, a skin colour it should not turn, or sight that is wrong.
    Rule(Flag.COLOUR_CHANGE, COLOUR_WRONG, requires=(OWN, INJECTED), clause_excludes=NOT_ISCHEMIA, forbids=STEROID),
    Rule(Flag.VISION_CHANGE, SIGHT_WRONG, requires=(OWN, INJECTED), clause_requires=SIGHT),
    # A child named anywhere, and in one clause something eaten, drunk, licked or chewed (not a meal).
    Rule(Flag.CHILD_SWALLOWED, INGESTED, requires=(CHILD_ANY,), clause_excludes=FOOD),
    # A child, a product, and the child's eye with something in it or reacting.
    Rule(Flag.CHEMICAL_IN_EYE, r"\beyes?\b", requires=(CHILD_ANY, PRODUCT), clause_requires=INTO_EYE),
    # A mole and any change; another spot and a change that is not healing.
    Rule(Flag.CHANGING_SPOT, CHANGE, requires=(OWN,), clause_requires=MOLE, clause_excludes=NOT_A_GROWTH),
    Rule(Flag.CHANGING_SPOT, MOLE_CHANGE, requires=(OWN, MOLE), clause_excludes=NOT_A_GROWTH),
    Rule(Flag.CHANGING_SPOT, ULCER, requires=(OWN, any_of(MOLE, SPOT)), clause_excludes=ACNE),
    Rule(Flag.CHANGING_SPOT, NOT_HEALING, requires=(OWN, SPOT, WEEKS), clause_excludes=ACNE),
    Rule(Flag.CHANGING_SPOT, near(ONE_SPOT, GROWING, 5), requires=(OWN,),
         clause_excludes=any_of(NOT_A_GROWTH, EXPLAINED)),
    Rule(Flag.CHANGING_SPOT, SCAR_COLOUR, requires=(OWN, r"\bscar\b"), partner=SCAR_SURFACE,
         clause_excludes=any_of(ACNE, EXPLAINED)),
    Rule(Flag.CHANGING_SPOT, SPOT_CHANGE, requires=(OWN,), clause_requires=SPOT, clause_excludes=any_of(
        ACNE, r"\b(?:microneedl\w*|needling|derma\s*roller|dermapen|subcision|laser\w*|(?<!ice\s)pick\w*|scratch\w*"
                      r"|shav\w*|popp\w*|squeez\w*|bruis\w*)\b")),
    # A burn or blister that is deep, open, white or weeping (a small one is expected).
    Rule(Flag.BLISTERING_BURN, BURN, requires=(OWN, TREATED), partner=BURN_DEEP, clause_excludes=NOT_BURN,
         mild=True),
    Rule(Flag.BLISTERING_BURN, BURN, requires=(OWN, TREATED), clause_requires=BURN_BAD, clause_excludes=NOT_BURN,
         mild=True),
)

#: Alarm words with no kind of their own: they join the recall net (its note has no kind).
RECALL_RULES: tuple[Rule, ...] = (
    # Severe or worsening pain after a treatment (an early sign of a blocked vessel or an infection).
    Rule(RECALL, PAIN_SEVERE, requires=(OWN, TREATED)),
)
