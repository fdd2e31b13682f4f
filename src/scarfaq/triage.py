"""Red flags found by signals that occur together, a second net under safety.py's phrase rules.

People describe an emergency in endless ways ("keeps gushing blood even with pressure", "kid got into my bag
and ate my capsules"); exact phrases cannot list them all. Here each red flag is a few *kinds* of words
that must meet in one clause: something happening (bleeding, a child eating, a colour change) and what makes
it urgent (won't stop, a product, a filler). Strong signals (thoughts of suicide, trouble breathing) stand
alone. A clause is skipped when it asks in general or hypothetically ("what are signs of infection", "what
if it gets in my eye"), when a negation comes just before the signal ("no pus"), when it speaks of the past
("healed last year"), or when a mild word qualifies it ("a little swollen", "getting better").
"""

from __future__ import annotations

from dataclasses import dataclass

@dataclass(frozen=True)
class Signal:
    """A red flag: its `lead` words must occur in a clause with one of its `with_` words (if any)."""

    name: str
    lead: str
    with_: str | None = None
    mild_cancels: bool = False
    """Whether a mild qualifier in the clause ("a little swollen") makes it expected, not urgent."""
    excludes: str | None = None
    """Words that make a clause about something else ("spreading acne" is not an infection)."""
    requires: str | None = None
    """Words that must be somewhere in the question (the numbing cream of a later clause's dizziness)."""


_PRODUCT = (
    r"(?:creams?|serums?|acids?|peels?|pills?|capsules?|tablets?|gels?|ointments?|lotions?|bottles?|tubes?"
    r"|solutions?|retinol|retin\w*|isotretinoin|accutane|tretinoin|meds?|medications?|medicine|products?|stuff"
    r"|benzoyl|peroxide|salicylic|glycolic|tca|vinegar|oil|mask|lidocaine|numbing|powder|toner|liquid)\b"
)
_CHILD = (
    r"\b(?:kids?|child(?:ren)?|son|daughter|toddler|baby|boy|girl|little\s+one|\d+\s*(?:yo|y/o|yrs?\s+old"
    r"|years?\s+old|months?\s+old)|(?:she|he)\s*(?:'s|is)\s+\d+|\(\d+\))"
)
_EATS = (
    r"(?:swallow\w*|ate|eaten|eating|drank|drink\w*|drunk|got\s+into|got\s+hold\s+of|lick\w*|ingest\w*|chew\w*"
    r"|suck\w*)"
)
_FILLER = r"\b(?:fillers?|juvederm|restylane|radiesse|sculptra|hyaluronic|tear\s+troughs?)\b"
_NOT_NEGATED = r"(?<!n't\s)(?<!nt\s)(?<!not\s)(?<!never\s)"

SIGNALS: tuple[Signal, ...] = (
    Signal("self-harm or suicide", r"\b(?:suicid\w*|kill(?:ing)?\s+(?:my|him|her|them)\s*sel(?:f|ves)"
           r"|end(?:ing)?\s+(?:it\s+all|my\s+life|everything)\b|take\s+my\s+(?:own\s+)?life"
           r"|(?:want|wants|wanted|wanna)\s+to\s+die\b(?!\s+(?:of|for|laughing))"
           r"|(?:don'?t|dont|doesn'?t|doesnt)\s+want\s+to\s+(?:wake\s+up|be\s+alive|exist|live(?!\s+(?:with|like\s+th|in)))"
           r"|rather\s+be\s+dead|better\s+off\s+(?:dead|without\s+me)|(?:happier|better)\s+(?:off\s+)?if\s+i\s+"
           r"(?:just\s+)?(?:disappeared|was\s+gone|were\s+gone|wasn'?t\s+here|wasnt\s+here|died)"
           r"|(?:can'?t|cant|cannot)\s+keep\s+living|no\s+(?:point|reason)\s+(?:in\s+living|to\s+live|to\s+go\s+on)"
           r"|what'?s\s+the\s+point\s+(?:of\s+living|of\s+going\s+on)|(?:don'?t|dont|do\s+not)\s+see\s+(?:the|a)\s+point"
           r"\s+(?:anymore|any\s+more|in\s+(?:living|life|any\s+of\s+it))|done\s+with\s+(?:life|living)"
           r"|(?:pills?|meds|tablets)\s+(?:are\s+)?(?:saved|ready|stockpiled|saved\s+up|lined\s+up)"
           r"|took\s+(?:all|a\s+bunch|too\s+many|loads)\s+(?:of\s+)?(?:my\s+)?(?:pills|meds|tablets)|overdos\w*"
           r"|(?:cutting|hurting|harming|burning)\s+(?:my|him|her|them)\s*sel(?:f|ves)|self[\s-]?harm\w*"
           r"|(?:cutting|burning)\s+(?:my|his|her|their)\s+(?:arms?|wrists?|legs?|thighs?)"
           r"|(?:i'?m|im|i\s+am|going\s+to|gonna)\s+end(?:ing)?\s+it\b|see\s+the\s+point\s+(?:of|in)\s+waking\s+up"
           r"|goodbye\s+(?:notes?|letters?|messages?|posts?|videos?|texts?)|posted\s+a\s+goodbye"
           r"|wrote\s+(?:letters|a\s+note)\s+to|this\s+is\s+goodbye|can'?t\s+live\s+(?:like\s+this|looking\s+like)"
           r"|plann(?:ing|ed)\s+(?:how\s+)?to\s+(?:end|kill|die))"),
    Signal("bleeding that won't stop", r"\b(?:bleed\w*|blood|bled|dripping|gushing|pouring)\b",
           r"\b(?:won'?t|wont|doesn'?t|doesnt|not|can'?t|cant|cannot)\s+(?:get\s+it\s+to\s+)?(?:stop|clot)"
           r"|still\s+(?:bleeding|dripping|going)|keeps?\s+(?:bleeding|dripping|gushing|coming)|soak\w*|gauze"
           r"|press(?:ing|ure)|for\s+(?:\d+|an?|like\s+\d+|over\s+\d+)\s*(?:h|hrs?|hours?|min|mins|minutes)\b|gushing|pouring"),
    Signal("sudden change of vision", r"\b(?:blurr\w*|double\s+vision|seeing\s+double|can'?t\s+see|cant\s+see"
           r"|cannot\s+see|lost\s+(?:my\s+)?(?:vision|sight)|vision\s+(?:loss|went|is|gone|blurry|dark)|went\s+blind"
           r"|everything\s+(?:is|looks|went)\s+dark|dark\s+(?:on|in)\s+(?:that|one|my)\s+(?:side|eye))",
           requires=_FILLER),
    Signal("skin colour change after filler", r"\b(?:mottled|lacy|blotchy|dusky|blu(?:e|ish)|purpl(?:e|ish)|gr[ae]y\w*"
           r"|whit(?:e|ish)|pale|blanch\w*|cold\s+to\s+(?:the\s+)?touch|dark(?:er|ening)|black"
           r"|white\s+(?:pimples|heads|bumps))\b", requires=_FILLER),
    Signal("child swallowed a product", r"\b(?:" + _EATS + r"(?:\W+(?!and\b|then\b)\w+){0,4}?\W+" + _PRODUCT
           + r"|" + _PRODUCT + r"(?:\W+\w+){0,8}?\W+(?:in|around|on)\s+(?:her|his|their)\s+(?:mouth|lips)\b)",
           requires=_CHILD),
    Signal("chemical in the eye", r"\b(?:(?:in|into)\s+(?:my|his|her|their|the|one|both)\s+(?:\w+'?s\s+)?"
           r"(?:left\s+|right\s+)?eyes?|eyes?\s+(?:is\s+|are\s+)?(?:burning|stinging|on\s+fire)"
           r"|can'?t\s+open\s+(?:it|(?:my|his|her|their)\s+eyes?))",
           r"\b(?:peel|acid|tca|glycolic|salicylic|solution|chemical|cream|serum|product|retinol|lotion|bleach|splash\w*"
           r"|vinegar|lemon|fluid|liquid|spray)\b"),
    Signal("trouble breathing", r"\b(?:(?:hard|trouble|difficult\w*|struggling|can'?t|cant|cannot)\s+(?:to\s+)?"
           r"(?:breath(?:e|es|ing)?\b(?!\s+through\s+(?:my|the|his|her)\s+nose)|swallow\w*)|short(?:ness)?\s+of\s+breath|wheez\w*"
           r"|throat\s+(?:is\s+|feels\s+)?(?:\w+\s+)?(?:tight\w*|closing|swell\w*|swollen)|closing\s+up"
           r"|voice\s+(?:sounds\s+)?(?:weird|hoarse|strange|changed|funny)|tongue\s+(?:is\s+)?(?:swell\w*|swollen)"
           r"|mouth\s+(?:is\s+)?(?:swell\w*|swollen))", mild_cancels=True,
           excludes=r"\b(?:pills?|capsules?|tablets?)\s+(?:are|is)\s+hard\s+to\s+swallow"),
    Signal("chest pain", r"\b(?:heart\s+(?:is\s+)?(?:racing|pounding|beating\s+(?:so\s+|really\s+)?fast)"
           r"|palpitation\w*|chest\s+(?:pain|hurts|tight\w*)|seizure\w*)"),
    Signal("fainting", r"\b(?:dizzy|confus\w*|tingl\w*|shaky|heart\s+(?:is\s+)?(?:racing|pounding))\b",
           requires=r"\b(?:numbing|lidocaine|emla|an(?:a)?esthetic|prilocaine|benzocaine)\b"),
    Signal("signs of infection", r"\b(?:pus|yellow\w*|green\w*|discharge|leak\w*|weep\w*|ooz\w*|crust\w*|abscess\w*"
           r"|white\s+(?:pimples|heads|bumps))\b",
           r"\b(?:hot|warm|throb\w*|fever\w*|chill\w*|flu|shiver\w*|streaks?|spreading|worse|swollen|swelling|hard"
           r"|pain\w*|hurts?|sore|smell\w*)\b", mild_cancels=True, excludes=r"\b(?:acne|pimples?|zits?|breakouts?)\b"),
    Signal("fever", r"\b(?:feel(?:s|ing)?\s+like\s+i\s+have\s+(?:the\s+)?flu|flu[\s-]?like|burning\s+up)\b",
           r"\b(?:after|since|procedure|laser\w*|peel\w*|needling|microneedl\w*|filler\w*|subcision|swollen|hot|pus|red)\b"),
    Signal("spreading redness", r"\b(?:spread\w*(?!\s+(?:the|some|a|it|on|over|cream|gel|oil|evenly))|streaks?"
           r"|getting\s+(?:bigger|worse|larger)|worse\s+not\s+better|covers?\s+(?:the\s+)?(?:whole|entire|half)"
           r"|(?:bigger|larger|worse)\s+than\s+(?:yesterday|this\s+morning|before))\b",
           mild_cancels=True, excludes=r"\b(?:acne|pimples?|zits?|breakouts?|marks|pigment\w*)\b",
           requires=r"\b(?:red\w*|swell\w*|swollen|hot|warm|hard|pain\w*)\b"),
    Signal("blistering burn", r"\b(?:blister\w*|skin\s+(?:is\s+)?(?:coming|peeling|sloughing)\s+off"
           r"(?:\s+in\s+(?:sheets|chunks))?|raw\s+and\s+(?:weeping|bleeding))\b",
           r"\b(?:peel\w*|acid|vinegar|laser\w*|mask|burn\w*|hot|wax|ice|chemical|cream|overnight|woke|tca|lemon|sheets)\b"),
    Signal("changing mole or scar", r"\b(?:(?:\d|two|three|several|diff\w*|different|multiple)\s+colou?rs?|"
           + _NOT_NEGATED + r"(?:growing|grows|grew|getting\s+bigger|changed|changing|bleed\w*)|won'?t\s+heal"
           r"|not\s+healing|doesn'?t\s+heal|irregular)\b", excludes=r"\b(?:acne|pimples?|zits?|marks)\b",
           requires=r"\b(?:mole|spot|lesion|growth|lump|bump|freckle|patch)\b"),
    Signal("changing mole or scar", r"\b(?:scar|sore|wound|it)\b",
           r"\b(?:won'?t\s+heal|wont\s+heal|not\s+healing|doesn'?t\s+heal|never\s+heals|(?:hasn'?t|hasnt|has\s+not)\s+healed"
           r"\s+(?:in|for|after)\s+(?:\d+|a\s+few|several|many)\s+(?:weeks|months)|keeps?\s+(?:\w+\s+and\s+)?(?:opening|bleeding"
           r"|crusting)|bleed\w*\s+(?:for\s+no\s+reason|on\s+its\s+own|by\s+itself)|started\s+bleeding"
           r"|chang(?:ing|ed|es)\s+(?:shape|colou?r|size))\b"),
)
