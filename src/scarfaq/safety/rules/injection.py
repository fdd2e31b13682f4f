"""After a filler or an injection near the face: skin turning pale, grey, blue or dusky; a change of sight."""

from __future__ import annotations

from scarfaq.safety.engine import Rule, any_of
from scarfaq.safety.names import Flag
from scarfaq.safety.words import FILLER_WORDS, fill

FILLER = rf"\b{FILLER_WORDS}\b"
# Any injection near the face, for a sudden change of sight.
INJECTED = rf"\b(?:{FILLER_WORDS}|botox|dysport|xeomin|needles?|inject\w*|nose\s+job|kybella|prp|pdo)\b"
# A steroid shot (e.g. into a keloid) can whiten skin; that is not a filler occlusion.
STEROID_NOT_FILLER = r"^(?!.*\bfillers?\b).*\b(?:cortisone|steroids?|kenalog|triamcinolone)\b"
FILLER_PRODUCT = r"\b(?:fillers?|juvederm|restylane|radiesse|sculptra|hyaluronic|tear\s+troughs?)\b"
#: A bruise goes purple, then yellow: expected after an injection.
BRUISE = r"\bbruis\w*"
SUDDEN = r"\b(?:sudden\w*|all\s+of\s+a\s+sudden|out\s+of\s+nowhere|out\s+of\s+the\s+blue)\b"

VISION = (
    r"\b(?:can'?t|cant|cannot|can\s+not|couldn'?t|unable\s+to|hard\s+to|trouble|struggling\s+to)\s+see\s+"
    r"(?:properly|well|clearly|right|straight|out\s+of|anything|much|from|at\s+all|through)"
    r"|\b(?:blurry|blurred|blurring|fuzzy|cloudy|dim|dark|double|patchy|spotty|grey|gray|black|lost|losing|loss\s+of"
    r"|no)\s+"
    r"(?:vision|sight|eyesight)\b"
    r"|\b(?:vision|sight|eyesight)\s+(?:is\s+|has\s+|went\s+|gone\s+|got\s+|going\s+|getting\s+|turned\s+|became\s+"
    r"|just\s+"
    r"|all\s+|so\s+|really\s+|suddenly\s+|in\s+(?:my\s+|one\s+|the\s+)?(?:left\s+|right\s+)?eye\s+)*(?:blurry|blurred"
    r"|fuzzy|cloudy|dim"
    r"|dark|black|grey|gray|double|weird|funny|spotty|patchy|gone|worse|bad|off)\b"
    r"|\b(?:seeing|see|saw)\s+(?:double|spots|flashes|stars|black|dark|grey|gray|shadows|two\s+of\s+everything)\b"
    r"|\b(?:lost|losing|loss\s+of|lose)\s+(?:part\s+of\s+|some\s+(?:of\s+)?|all\s+(?:of\s+)?"
    r"|half\s+(?:of\s+)?)?(?:my\s+|the\s+|his\s+|her\s+)?"
    r"(?:vision|sight|eyesight)\b"
    r"|\beverything\s+(?:is\s+|looks\s+|went\s+|seems\s+|gone\s+|became\s+|turned\s+|got\s+)+(?:\w+\s+)?(?:dark|black"
    r"|blurry"
    r"|blurred|grey|gray|dim|fuzzy|double)\b"
    r"|\beyes?\s+(?:went|gone|going|is|turned|got|has\s+gone)\s+(?:\w+\s+)?(?:blind|black|dark|blurry|dim|fuzzy|grey"
    r"|gray)\b"
    r"|\b(?:went|gone|going)\s+blind\b|\bblind\s+in\s+(?:one|my|his|her|the)\b|\bblind\s+spots?\b"
    r"|\b(?:dark|black|grey|gray)\s+(?:curtain|shadow|spot|patch|area)\s+(?:in|over|across|on)\s+(?:my|the|his"
    r"|her)\s+"
    r"(?:vision|eye|sight)\b"
)



RULES: tuple[Rule, ...] = (
    Rule(Flag.COLOUR_CHANGE, any_of(
        r"\b(?:turn(?:ed|ing|s)?|went|gone|going|goes|became|becoming|become|looks?|looking|is|are|got|getting"
        r"|appears?|seems?)\s+"
        rf"{fill(2)}(?:really\s+|very\s+|kinda\s+|kind\s+of\s+|a\s+bit\s+|all\s+|totally\s+|super\s+)?"
        r"(?:white|whitish|grey|gray|greyish|grayish|blue|bluish|blueish|purple|purplish|dusky|mottled|blotchy"
        r"|pale)\b",
        r"\b(?:white|whitish|grey|gray|blue|bluish|purple|purplish|dusky|mottled|lacy)\s+(?:and\s+\w+\s+)?"
        r"(?:patch(?:es)?|spots?|area|blotch(?:es)?|discolou?ration|pattern|tinge|mark(?:s|ing)?)\b",
        r"\bblanch(?:ed|ing|es)?\b", r"\blivedo\b", r"\bnecro(?:sis|tic)\b",
        r"\b(?:lace|net|web|mesh)[\s-]?like\b|\breticular\b",
        r"\b(?:vascular\s+)?occlu(?:sion|ded)\b", r"\bhit\s+an?\s+(?:blood\s+)?(?:vessel|artery|vein)\b",
    ), requires=(FILLER,), forbids=STEROID_NOT_FILLER, clause_excludes=BRUISE),
    Rule(Flag.VISION_CHANGE, VISION, requires=(INJECTED,)),
    Rule(Flag.VISION_CHANGE, VISION, clause_requires=SUDDEN),
    # Blur, doubling or loss of sight, or a colour change, anywhere in a question that names a filler.
    Rule(
        Flag.VISION_CHANGE,
        r"\b(?:blurr\w*|double\s+vision|seeing\s+double|can'?t\s+see|cant\s+see"
        r"|cannot\s+see|lost\s+(?:my\s+)?(?:vision|sight)|vision\s+(?:loss|went|gone|blurry|dark"
        r"|is\s+(?:\w+\s+)?(?:blurry|blurred|dark|gone|foggy|hazy|double|black|dim|weird))|went\s+blind|blind\s+spot"
        r"|everything\s+(?:is|looks|went)\s+dark|dark\s+(?:on|in)\s+(?:that|one|my)\s+(?:side|eye))",
        requires=(FILLER_PRODUCT,),
    ),
    Rule(
        Flag.COLOUR_CHANGE,
        r"\b(?:mottled|lacy|blotchy|dusky|blu(?:e|ish)|purpl(?:e|ish)|gr[ae]y\w*"
        r"|whit(?:e|ish)|pale|blanch\w*|cold\s+to\s+(?:the\s+)?touch|dark(?:er|ening)|black"
        r"|white\s+(?:pimples|heads|bumps))\b",
        requires=(FILLER_PRODUCT,), clause_excludes=BRUISE,
    ),
)
