"""The recall net: the asker's own current symptom, after a treatment or product, that could be serious.

It runs only when no red-flag rule fired, and catches what the phrase rules did not foresee: someone
(first person, someone they care for, or a particular spot described now) tells of an alarming symptom
(breathing, the heart, fainting, confusion, sight, hives all over, skin turning dark, blisters, ...) in a
question that names a treatment, a product or a part of the body. The same discounts apply as for every
rule: negation, hypothetical and general frames, the past; a mild qualifier cancels only the soft signs.
Expected healing words (red, pink, dry, flaky, peeling, tight skin, tender, bruising, a little swelling)
are not alarming, so they never trigger it.
"""

from __future__ import annotations

from scarfaq.safety.engine import Rule, any_of
from scarfaq.safety.names import RECALL
from scarfaq.safety.words import FILLER_WORDS, PRODUCT_WORDS

#: The asker, or someone they care for, is the one with the symptom; or a particular spot is described now.
OWN = (
    r"\b(?:i|i'?m|im|i'?ve|ive|i'?d|id|my|me|we|our|us|he'?s|hes|she'?s|shes|his|her|him)\b"
    r"|\b(?:the|this|that)\s+(?:\w+\s+){0,2}?(?:skin|area|spot|wound|site|patch|cheek|face|lips?|eyes?|scar|bump"
    r"|lump)\b"
    r"|\b(?:now|since|still|today|tonight|yesterday|this\s+morning|day\s+\d+|\d+\s*(?:days?|hours?|hrs?"
    r"|mins?|weeks?)\s+(?:after|since|ago|later|post))\b"
    # a message that starts with what the asker did ("did a peel, woke up with ...")
    r"|^\s*(?:did|used|tried|put|left|got|had|went|woke|applied|bought|made)\b|\bwoke\s+up\s+with\b"
)

#: A treatment, a procedure, an injection or a product; or the skin or a part of the face or body.
TREATED = (
    rf"\b(?:{PRODUCT_WORDS}|{FILLER_WORDS}|laser\w*|peel\w*|inject\w*|shots?|microneedl\w*|needl\w*|derma\s*(?:pen"
    rf"|roller|stamp)"
    r"|dermapen|subcision|dermabrasion|excision|revision|surgery|stitch\w*|graft\w*|fat\s+transfer|prp|botox|cryo\w*"
    r"|liquid\s+nitrogen|dry\s+ice|ipl|co2|fraxel|tca|jessner\w*|phenol|numbing|lidocaine|an(?:a)?esthetic|sedation"
    r"|procedure"
    r"|treatment|session|appointment|clinic|derm|injector|balm|mask|paste|wash|tonic|mix|compress|remedy|device|kit"
    r"|skin|scars?|face|cheeks?|lips?|eyes?|eyelids?|nose|forehead|chin|jaw|neck|chest|throat|tongue|mouth|arms?"
    r"|legs?"
    r"|wound|stitches)\b"
)

# Breath or air, and trouble with it, in one clause (not a nose blocked after surgery, not a run).
_BREATH = r"\b(?:breath\w*|air|inhal\w*|exhal\w*)\b"
_BREATH_TROUBLE = (
    r"\b(?:can'?t|cant|cnt|cannot|couldn'?t|hard(?:er)?|difficult|struggl\w*|barely|hardly|only|tiny|short|shallow"
    r"|fast|rough"
    r"|noisy|whistl\w*|wheez\w*|gasp\w*|straw|stopping|labou?red|heavy|tight\w*|squeez\w*|catch|fighting|trouble)\b"
)
_NOT_BREATH_TROUBLE = (
    r"\bthrough\s+(?:my|the|one)\s+nos|\b(?:gym|run\w*|workout|exercis\w*|stairs|cardio|jog\w*|laugh\w*)\b"
)

# Signs that stay alarming even when called slight ("a bit blue", "slightly blurry"), by family.
_AIRWAY = (
    r"\bchok(?:e|es|ing|ed)\b|\basthma\s+attack\b|\bwheez\w*|\bgasping\b|\bstridor\b",
    r"\b(?:can'?t|cant|cannot)\s+stop\s+coughing\b|\bcoughing\s+(?:nonstop|non-stop|a\s+lot|constantly|so\s+much"
    r"|and\s+coughing)\b",
    r"\b(?:chest|throat)\s+(?:\w+\s+){0,3}?(?:squeez\w*|tight\w*|closing|clos(?:ed|es)|heavy|crushing|pressure"
    r"|constrict\w*)\b"
    r"|\btight\s+(?:chest|throat)\b",
    r"\binhaler\s+(?:\w+\s+)?(?:isn'?t|is\s+not|not|doesn'?t|does\s+not)\s+(?:helping|working|help|work)\b"
    r"|\bstopping\s+for\s+(?:breath|air)\b|\b(?:can'?t|cant|cannot|barely)\s+(?:finish|get)\s+(?:a\s+)?(?:sentence"
    r"|words?)\b",
    r"\b(?:weight|pressure)\s+on\s+my\s+chest\b|\bsitting\s+on\s+my\s+chest\b",
    r"\b(?:swallow\w*)\s+(?:\w+\s+)?(?:hurts|is\s+(?:hard|painful|difficult)|harder)\b|\bcan'?t\s+swallow\b",
    r"\bdrool\w*|\b(?:lips?|face|fingers?)\s+(?:\w+\s+){0,3}?(?:blue|bluish|grey|gray)\b",
)
_HEART_AND_HEAD = (
    r"\bchest\s+(?:\w+\s+)?(?:pain|hurts|aches?)\b",
    r"\bheart(?:beat)?\s+(?:rate\s+)?(?:is\s+)?(?:like\s+)?(?:1[3-9]\d|2\d\d|racing|pounding|skipping|irregular"
    r"|fluttering)\b",
    r"\b(?:black(?:ing)?|pass(?:ing)?)\s+out\b|\bfaint(?:ed|ing)\b|\b(?:feel\w*|felt|going\s+to"
    r"|gonna)\s+(?:\w+\s+)?faint\b"
    r"|\bcollaps\w*",
    r"\bdizz\w*|\blight-?\s?headed\b|\broom\s+(?:is\s+)?spinning\b",
    r"\bconfus\w*|\bnot\s+making\s+(?:any\s+)?sense\b|\bout\s+of\s+it\b|\bdrowsy\b|\bhard\s+to\s+wake\b"
    r"|\b(?:keeps?\s+(?:falling|nodding)\s+(?:asleep|off)|can'?t\s+stay\s+awake)\b|\bunresponsive\b",
    r"\bseizures?\b|\bconvuls\w*|\btwitch(?:es|ing|y)\b|\bhad\s+a\s+fit\b",
    r"\bnumb\s+(?:tongue|lips|mouth)\b|\b(?:tongue|mouth|lips?)\s+(?:is\s+|are\s+|went\s+|feels?\s+)?numb\b"
    r"|\bmetallic\s+taste\b"
    r"|\btast\w*\s+(?:of\s+|like\s+)?metal\w*|\bringing\s+in\s+(?:my\s+)?ears\b|\bears?\s+(?:are\s+|is\s+)?ringing\b",
    r"\bweak(?:ness)?\s+(?:down|on|in)\s+one\s+side\b|\bdroop\w*|\bslurr\w*|\bcan'?t\s+(?:lift|move|feel)\s+(?:my|his"
    r"|her)\b"
    r"|\bspeech\s+(?:is\s+|sounds?\s+)?(?:weird|slurred|funny|strange|off)\b",
    r"\bvomit\w*|\bthrowing\s+up\b|\bthrew\s+up\b",
    r"\b(?:worst|splitting|severe|terrible|crushing)\s+headache\b|\bstiff\s+neck\b",
)
_SIGHT = (
    r"\b(?:vision|sight|eyesight)\s+(?:\w+\s+){0,4}?(?:foggy|hazy|cloudy|blurry|blurred|dim|dark|double|misty|fuzzy"
    r"|grey|gray"
    r"|black|gone|weird)\b",
    r"\b(?:foggy|hazy|blurry|blurred|double|dim)\s+(?:vision|sight)\b|\bseeing\s+(?:double|spots|flashes)\b"
    r"|\bblind\s+spot\b",
    r"\b(?:can'?t|cant|cannot)\s+see\b|\blost\s+(?:my\s+)?(?:vision|sight)\b|\bgone\s+blind\b",
)
_WHOLE_BODY_REACTING = (
    r"\bhives\b|\bwelts\b",
    r"\b(?:itchy|itching|itches)\s+(?:all\s+over|everywhere|inside\s+my\s+mouth)\b|\bhead\s+to\s+toe\b"
    r"|\ball\s+over\s+my\s+body\b"
    r"|\b(?:whole|entire|full)[\s-]body\b|\bitchy\s+(?:throat|mouth|tongue)\b|\bthroat\s+(?:is\s+|feels\s+)?itchy\b",
    r"\b(?:lumps|bumps|welts|blotches|rash|hives|spots|itch\w*)\s+(?:\w+\s+){0,3}?(?:spreading|everywhere"
    r"|all\s+over)\b",
    r"\b(?:spreading|spread|moving)\s+(?:\w+\s+){0,2}?(?:down|up)\s+to\s+my\s+(?:stomach|chest|legs?|body|arms?|back"
    r"|belly|neck)\b",
    r"\bcovered\s+in\s+(?:\w+\s+)?(?:bumps|spots|blotches|welts|lumps|rash)\b",
    r"\b(?:face|lips?|tongue|eyes?|eyelids?)\s+(?:\w+\s+){0,3}?(?:huge|massive|puffed\s+up|ballooned|ballooning"
    r"|came\s+up"
    r"|(?:twice|double|three\s+times)\s+(?:the\s+|its\s+)?(?:normal\s+)?size)\b",
)
# Asking whether to go to the emergency department, or to call an ambulance.
_ASKING_FOR_HELP = (
    r"\b(?:should|do|must|shall)\s+i\s+(?:go\s+to|call|ring|see)\s+(?:the\s+|an?\s+)?(?:er|a\s+and\s+e|emergency"
    r"|hospital|911|999"
    r"|112|ambulance|urgent\s+care)\b",
    r"\b(?:call|calling|ring)\s+(?:an\s+)?(?:ambulance|911|999|112)\b|\bpanick\w*|\bfreaking\s+out\b",
)

# Signs of damaged skin, which a mild qualifier ("a tiny blister") may make expected.
_SOFT_SIGNS = (
    r"\bblister\w*|\bbubbl(?:y|ing|ed|es)\b|\bfluid[\s-]filled\b",
    r"\b(?:red\s+)?raw\b(?!\s+(?:honey|material|ingredients?|data))|\bcrack(?:ing|ed)\b|\bopen\s+(?:\w+\s+)?(?:sores?"
    r"|wounds?|patch(?:es)?|areas?)\b",
    r"\bwaxy\b|\bleathery\b|\bcharred\b|\b(?:white|grey|gray|brown|black)\s+(?:and\s+)?(?:hard|stiff)\b",
    r"\bburn(?:t|ed)\s+(?:patch\w*|skin|spots?|stripes?|areas?|marks?|bits?)\b",
    r"\b(?:skin|tissue|area|patch|it)\s+(?:\w+\s+){0,3}?(?:dying|dead(?!\s+(?:skin|cells?|and\s+dull))|breaking\s+down"
    r"|falling\s+apart|rotting)\b",
    r"\b(?:turn\w*|went|going|gone|goes)\s+(?:\w+\s+){0,3}?(?:black|grey|gray|purple|dusky|dark)\b",
    r"\b(?:deep|bad|serious|third|second)\s+(?:degree\s+)?burns?\b|\bburnt\s+(?:black|through)\b",
    r"\b(?:swell\w*|swoll?en|puff\w*)\s+(?:up\s+)?(?:so\s+|really\s+)?(?:big|fast|badly|huge|massive(?:ly)?|shut)\b",
)

# Skin that froze or burned: white, grey or black, and hard, numb or waxy, after cold, heat or a chemical.
_DEAD_WHITE = r"\b(?:white|grey|gray|black|purple)\b"
_HARD_OR_NUMB = r"\b(?:hard|numb|waxy|leathery|stiff|frozen|rubbery)\b"
_COLD_HEAT_OR_CHEMICAL = (
    r"\b(?:ice|icy|frozen|freez\w*|frost\w*|nitrogen|dry\s+ice|cryo\w*|peel\w*|acids?|tca|bleach|phenol|burn\w*|hot"
    r"|heat\w*"
    r"|scald\w*)\b"
)

#: Not symptoms at all: a clause about money ("I nearly fainted at the price").
_MONEY = r"\b(?:price|prices|cost|costs|bill|quote|invoice|wallet|bank)\b|\$"

RULES: tuple[Rule, ...] = (
    # The hard signs need no pronoun ("whole body itching after the PRP session"): a general question about
    # them is still cancelled by its general frame.
    Rule(RECALL, _BREATH, requires=(TREATED,), clause_requires=_BREATH_TROUBLE,
         clause_excludes=any_of(_NOT_BREATH_TROUBLE, _MONEY)),
    *(Rule(RECALL, any_of(*signs), requires=(TREATED,), clause_excludes=_MONEY)
      for signs in (_AIRWAY, _HEART_AND_HEAD, _SIGHT, _WHOLE_BODY_REACTING, _ASKING_FOR_HELP)),
    Rule(RECALL, any_of(*_SOFT_SIGNS), requires=(OWN, TREATED), clause_excludes=_MONEY, mild=True),
    Rule(RECALL, _DEAD_WHITE, partner=_HARD_OR_NUMB, requires=(OWN, _COLD_HEAT_OR_CHEMICAL), mild=True),
)
