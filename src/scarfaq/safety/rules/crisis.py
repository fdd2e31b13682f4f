"""Self-harm by word family: the widest net for thoughts of death, despair and self-injury.

Each family names a kind of words, each word in all its forms (words.forms), not sentences: a verdict on
oneself (worthless, a burden), dark thoughts, life not worth it, others better off if one were gone, too
many pills, hurting one's own body, a secret plan, and any word of death or of not existing said in a clause
about the asker or someone close. Two weaker words of despair count together. Figures of speech ("this
price is killing me", "I'd die for clear skin lol", "the scars disappeared") are not such words. The same
discounts apply as for every self-harm rule (despair.said): no general frame, a negation only right before.
"""

from __future__ import annotations

from scarfaq.safety.engine import Rule, any_of
from scarfaq.safety.rules.despair import HIDING, SELF_OR_CLOSE, said
from scarfaq.safety.words import AUX, forms

# A verdict on oneself: worthless, useless, a waste, a failure, a burden, empty, trapped, doomed.
SELF_VERDICT = (
    r"\b(?:i'?m|im|i\s+am|i\s+feel|i\s+felt|feel(?:s|ing)?|i'?ve\s+become|makes?\s+me(?:\s+feel)?|made\s+me(?:\s+feel)?"
    r"|i'?m\s+just|being|he'?s|she'?s|he\s+feels|she\s+feels)\s+(?:like\s+)?(?:\w+\s+){0,2}?"
    r"(?:worthless|useless|hopeless|helpless|pointless|unlovable|unwanted|empty|trapped|defeated|doomed"
    r"|(?:such\s+)?an?\s+(?:waste(?!\s+of\s+(?:money|time|cash))|failure|disappointment|nobody|mistake|burden"
    r"|lost\s+cause)|nothing(?=\s*$|\s+(?:to\s+anyone|any\s*more|at\s+all))|broken\s+inside)\b(?!\s+at\b)"
)
# Thinking of death, or a dark place in one's head.
DARK_THOUGHTS = (
    r"\b(?:dark|suicidal|intrusive|morbid|scary)\s+(?:thoughts?|place|headspace|ideas?|urges?)\b"
    r"|\b(?:think|thinking|thought|dream\w*|fantasi[sz]\w*|obsess\w*)\s+(?:a\s+lot\s+)?(?:about|of)\s+"
    r"(?:death|dying|being\s+dead|not\s+(?:being|living|waking)|my\s+death)\b"
)
# Life or going on not worth it; no reason to keep going; no hope left; not living to an age.
NOT_WORTH_LIVING = (
    r"\b(?:life|living|my\s+life|existing|being\s+alive|it\s+all)\s+(?:is\s*n[o']?t|isn'?t|ain'?t|is\s+not|not"
    r"|feels\s+(?:not|never))\s+worth\s+(?:it|living|the\s+(?:effort|pain|bother))\b"
    r"|\b(?:(?:no|not\s+(?:a|any|one))\s+)?(?:why|reasons?)\s+(?:\w+\s+){0,4}?(?:keep\s+(?:going|living|trying)"
    r"|go(?:ing)?\s+on|carry(?:ing)?\s+on"
    r"|stay(?:ing)?\s+alive|be\s+(?:here|alive)|exist)(?=\s*$|\s+(?:any\s*more|like\s+this|with\s+(?:this|it|life)))"
    r"|\bno\s+(?:hope|light|future|way\s+forward)\s+(?:for\s+me|left|at\s+the\s+end|any\s*more)\b"
    r"|\b(?:lost|losing|given\s+up|giving\s+up|gave\s+up)\s+(?:all\s+)?hope\s*$"
    r"|\b(?:no\s+way|not|never|won'?t\s+be)\s+(?:i'?m\s+|i\s+am\s+|i'?ll\s+|going\s+to\s+(?:be\s+)?)?"
    r"(?:living|live|make\s+it)"
    r"\s+(?:to|past|till|until)\s+(?:\d+|thirty|forty|twenty|my\s+\w+\s+birthday|next\s+(?:year|summer|christmas))\b"
)
# Not deserving or not meant to be alive ("people like me shouldn't exist").
NOT_MEANT_TO_BE = (
    r"\b(?:shouldn'?t|should\s+not|(?:don'?t|doesn'?t|do\s+not|does\s+not)\s+deserve\s+to|not\s+meant\s+to)\s+"
    r"(?:even\s+)?(?:exist|be\s+(?:alive|here|born|around)|live|have\s+been\s+born)\b"
    r"|\b(?:sleep|fall\s+asleep|go\s+to\s+sleep)\s+and\s+(?:never|not)\s+(?:wake|deal|come\s+back|have\s+to)\b"
    r"|\b(?:never|not|don'?t|won'?t)\s+(?:have\s+to\s+)?(?:deal\s+with|face|feel)\s+(?:anything|any\s+of\s+(?:this|it)"
    r"|it\s+all|everything)\s+(?:any\s*more|again)\b"
)
# Weaker words of despair: any two of them together count ("my life is over ... nobody will ever love me").
WEAK_DESPAIR = (
    r"\b(?:my\s+)?life\s+is\s+(?:over|ruined|hell|a\s+nightmare|pointless|a\s+joke)\b"
    r"|\bruin\w*\s+(?:my\s+(?:whole\s+)?life|everything)\b|\blast\s+straw\b"
    r"|\bpretend\w*\s+(?:to\s+be\s+|i'?m\s+|im\s+|that\s+i'?m\s+|everything\s+is\s+)"
    r"(?:ok|okay|fine|happy|alright|normal)\b"
    r"|\b(?:can'?t|cannot)\s+(?:do|take|handle|cope\s+with|deal\s+with)\s+(?:this|it)\s+(?:any\s*more|any\s+longer)\b"
    r"|\b(?:i'?m|im|i\s+am)\s+(?:so\s+|just\s+)*(?:tired|exhausted|drained|worn\s+out|done)\s*$"
    r"|\b(?:nobody|no\s*one)\s+(?:will|would|could)\s+(?:ever\s+)?(?:love|want|care\s+about)\s+(?:me|someone)\b"
    r"|\bhate\s+(?:myself|my\s+life|being\s+alive|being\s+me)\b"
    r"|\b(?:drowning|suffocating|falling\s+apart|crying\s+(?:every\s+(?:day|night)|myself\s+to\s+sleep))\b"
    r"|\b(?:no\s+way\s+(?:out|to\s+the\s+surface)|nothing\s+left|(?:all\s+)?alone\s*$|giv(?:e|ing)\s+up\s*$)"
)

# Others fine, or relieved, if one were gone ("everyone would move on fine if i just vanished").
IF_I_WERE_GONE = (
    r"\bif\s+i\s+(?:just\s+|simply\s+|ever\s+)?(?:vanished|disappeared|died|was\s+(?:gone|dead)|were\s+(?:gone|dead)"
    r"|wasn'?t\s+(?:here|around|alive)|weren'?t\s+(?:here|around|alive)|didn'?t\s+exist|stopped\s+existing)\b"
)
# More medicine than one should take, said of oneself ("took a lot more of my pills than i should have").
TOOK_TOO_MUCH = (
    r"\b(?:took|taken|swallowed|had|taking|swallowing)\s+(?:(?:a\s+lot|way|far|loads|much|lots)\s+more|(?:way\s+|far\s+)?too\s+many"
    r"|(?:way\s+|far\s+)?too\s+much|double|triple|a\s+handful|handfuls|the\s+whole\s+(?:pack|packet|bottle|box|strip))\s+(?:of\s+)?"
    r"(?:\w+\s+){0,3}?(?:pills?|tablets?|meds|capsules?|medicine|medication|painkillers|accutane|isotretinoin"
    r"|antibiotics|antihistamines|doxycycline|minocycline|spironolactone)\b"
)

# Hurting one's own body on purpose: a verb of hurting in any form, said of one's own skin, face or limbs.
HURT_VERBS = forms(
    "hurt/hurt", "cut/cut", "burn/burnt/burned", "stab", "slash", "slice", "carve", "punch", "hit/hit", "slap",
    "bash", "bang", "claw", "gouge", "smash", "prick", "pierce",
)
OWN_BODY = (
    r"(?:my|his|her|their)\s*sel(?:f|ves)\b|\b(?:my|his|her|their)\s+(?:own\s+)?(?:face|skin|arms?|wrists?|legs?"
    r"|thighs?|stomach|belly|cheeks?|scars?|body|head|chest|hips?|forearms?)\b"
)
SOMEONE_DOES = r"\b(?:i|i'?ve|he|she|they|he'?s|she'?s|been|keep|keeps|kept|started|still)\s+(?:\w+\s+){0,2}?"
NOT_ON_PURPOSE = (
    r"\b(?:accident\w*|by\s+mistake|shav\w*|cooking|(?:on|against)\s+(?:a|the)\s+(?!purpose)\w+|peel\w*|laser\w*"
    r"|acids?|tca|creams?|products?|treatments?|needl\w*|derma\w*|roller|iron(?:ing)?|oven|stove|pan"
    r"|(?:my|him|her|them)sel(?:f|ves)\s+(?:a|an|some)|slices?|pieces?)\b"
)
# Cuts or burns on one's wrists or thighs.
MARKS_ON_LIMBS = (
    r"\b(?:cuts|slashes|burns|gashes)\s+(?:on|across|all\s+over|up)\s+(?:my|his|her|their)\s+(?:wrists?|thighs?"
    r"|forearms?)\b"
)
# A plan kept secret, or one for when the treatment fails.
PLAN = r"\b(?:have|had|got|made|making|'ve\s+got)\s+a\s+plan\b(?!\s+(?:for\s+(?:my|the)\s+(?:skin|scars?|routine)))"
PLAN_SINISTER = (
    r"\bif\s+(?:\w+\s+){0,5}?(?:fails?|doesn'?t\s+work|didn'?t\s+work|goes\s+wrong)\b|\bnot\s+telling\b"
    r"|\b(?:won'?t|wont)\s+tell\b|\b(?:nobody|no\s*one)\s+knows\b"
)

# A person who dies, is dead, disappears or vanishes: the person is the subject ("he's a freak who should
# disappear", "i'm dying inside"), not a phone, a plant or a scar; or lets go of the wheel.
DEATH_WORDS = (
    rf"\b(?:i|i'?m|im|i'?d|id|i'?ll|me|he|she|he'?s|she'?s|who|they|they'?re)\s+{AUX}"
    r"(?:(?:should|could|would|might|may|will|'ll|want\w*\s+to|wanna|gonna|going\s+to|to|just|rather|better)\s+)*"
    rf"(?:die|dying(?!\s+(?:my|her|his|their|the)\s)|be\s+dead|disappear\b{HIDING}|vanish\b{HIDING})\b"
    r"|\blet(?:ting)?\s+go\s+of\s+the\s+(?:steering\s+)?wheel\b"
)
#: Not existing, not waking, no fight left: about the asker wherever the question names them.
NOT_EXISTING = (
    r"\b(?:no\s+fight\s+left|tired\s+of\s+waking\s+up"
    r"|(?:not|stop|never|cease\s+to)\s+(?:to\s+)?(?:exist\w*|be\s+alive|wake\s+up|waking\s+up))\b"
)
# Figures of speech with those words, things that disappear, laughter, and the fear of dying of a treatment.
FIGURATIVE = (
    r"\b(?:killer|(?:is|are|'s|was|were)\s+(?:\w+\s+)?killing\s+me|death\s+(?:of\s+me|grip)"
    r"|(?:die|dying)\s+(?:a\s+(?:little|bit)\s+)?(?:for|inside|of|from|to)|(?:going\s+to|gonna|will|would|'ll)\s+kill\s+me|lol|lmao|haha\w*"
    r"|(?:scared|afraid|worried|fear\w*|terrified|nervous|risk)\s+(?:\w+\s+){0,4}?(?:die|dying)"
    r"|dead\s+(?:skin|cells?|tired|serious|set|on|easy|simple|giveaway|end)|deadline|dull"
    r"|kill\w*\s+(?:for|it|time|(?:my|the|your|his|her|our)\s+(?!self|life|own)\S+|me\s+(?:financially|lol))"
    r"|disappear\w*\s+(?:after|with|over|in|on|by|completely|fast|faster|quick\w*|soon|overnight)"
    r"|vanish\w*\s+(?:after|with|over|in|on|by|completely|fast|faster|quick\w*|soon|overnight)"
    r"|mak\w*\s+(?:\w+\s+){0,5}?(?:disappear|vanish)"
    r"|(?:scars?|marks?|it|they|redness|spots?|acne|bumps?|lumps?|swelling|bruis\w*)\s+(?:\w+\s+){0,3}?"
    r"(?:disappear|vanish)\w*)\b"
)
#: A lethal dose asked for needs no one named ("what's the lethal dose of tretinoin").
LETHAL_DOSE = r"\b(?:lethal|fatal|deadly)\s+(?:dose|amount)\b|\bhow\s+many\s+(?:\w+\s+){0,3}?to\s+(?:die|overdose)\b"

RULES: tuple[Rule, ...] = (
    said(any_of(SELF_VERDICT, DARK_THOUGHTS), requires=(SELF_OR_CLOSE,)),
    said(NOT_WORTH_LIVING),
    said(NOT_MEANT_TO_BE, requires=(SELF_OR_CLOSE,)),
    said(WEAK_DESPAIR, requires=(rf"(?:{WEAK_DESPAIR})[\s\S]*(?:{WEAK_DESPAIR})",)),
    said(rf"{SOMEONE_DOES}{HURT_VERBS}\s+(?:\w+\s+){{0,2}}?(?:{OWN_BODY})", clause_excludes=NOT_ON_PURPOSE),
    said(MARKS_ON_LIMBS),
    said(PLAN, requires=(SELF_OR_CLOSE,), partner=PLAN_SINISTER),
    said(IF_I_WERE_GONE),
    said(TOOK_TOO_MUCH, requires=(SELF_OR_CLOSE,)),
    said(DEATH_WORDS, clause_excludes=FIGURATIVE),
    said(NOT_EXISTING, requires=(SELF_OR_CLOSE,)),
    said(LETHAL_DOSE),
)
