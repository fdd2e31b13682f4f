"""Despair tied to the self, by word class: the broad second tier for self-harm.

The phrase rules in self_harm.py name what people have said; this module names the kinds of words a
triage nurse listens for (hopelessness, wanting to vanish or end it, not going on, goodbyes, being a
burden, a blade, hurting oneself, cutting the scars off) and counts them when the question is about the
asker (or someone they care for). Recall first: a general frame never cancels them; a negation only right
before; a figure of speech about an object ("this price is killing me") has no such word at all.
"""

from __future__ import annotations

from scarfaq.safety.cues import NEGATION_WINDOW_SHORT, SAFE_STATEMENT
from scarfaq.safety.engine import Rule, any_of
from scarfaq.safety.names import Flag

#: The asker or someone close to them, in the clause.
SELF_OR_CLOSE = (
    # A message that starts with a verb has the asker as its subject ("cant stop thinking ...").
    r"^\s*(?:can'?t|cant|been|feel\w*|keep|wish\w*|want|wanna|just|so|thinking|honestly)\b|\b(?:i|i'?m|im|i'?ve|ive|i'?ll|ill|i'?d|me|my|myself|he|she|he'?s|she'?s|him|her|himself|herself|they"
    r"|them|themselves)\b"
)
# Feeling or being: what ties a despair word to a person ("i feel hopeless", "everything is pointless").
_FEELING = (
    r"(?:i|i'?m|im|i\s+am|feel\w*|felt|life|everything|it\s+all|all\s+of\s+(?:it|this)|my\s+life|i\s+just)"
)
HOPELESS = (
    rf"\b{_FEELING}\s+(?:\w+\s+){{0,3}}?(?:hopeless|pointless|worthless|meaningless|trapped|empty|numb\s+inside"
    r"|like\s+a\s+burden|a\s+burden|broken\s+inside|beyond\s+help|beyond\s+saving)\b"
    r"|\b(?:hopeless|pointless|worthless)\s+(?:about\s+)?(?:me|myself|my\s+life|everything|life|existence)\b"
    r"|\bhopeless(?:ness)?\b(?=.*\b(?:me|my|i)\b)"
)
#: Disappearing with a scope is hiding, not dying: for a while, from social media, under a hoodie, every time
#: someone stares ("for good", "forever" and "from this world" are not scopes).
HIDING = (
    r"(?!\s+(?:for\s+(?:a|an|the|some|\d+)\b|from\s+(?!(?:this|the)\s+(?:world|earth|planet)|everyone|everybody"
    r"|existence|life)|under\b|into\s+(?:the\s+)?(?:floor|ground|background|crowd|shadows?|walls?)\b"
    r"|every\s+time\b|whenever\b))"
)
VANISH = (
    rf"\b(?:disappear(?:s|ed|ing)?\b{HIDING}|vanish(?:es|ed|ing)?\b{HIDING}|(?:not|no\s+longer)\s+(?:be\s+|being\s+)?(?:here|around|alive|exist\w*)"
    r"|stop\s+(?:existing|living|being\s+alive)|cease\s+to\s+exist"
    r"|fade\s+away|go\s+to\s+sleep\s+(?:and|forever)|sleep\s+forever|not\s+wake\s+up|never\s+wake\s+up"
    r"|be\s+gone|be\s+done)\b"
)
_WISH = (
    r"\b(?:want|wants|wanna|wish\w*|thinking|thought|think|considering|planning|plan|ready|going|gonna|tempted"
    r"|could\s+just|should\s+just|might\s+just|just\s+want|would\s+(?:rather|love\s+to|like\s+to)|'d\s+rather"
    r"|dream\s+of|fantasi[sz]e)\b"
)
END_IT = (
    r"\bend(?:ing|s)?\s+(?:it|things|everything|this|the\s+pain|my\s+(?:pain|suffering|misery|existence)|it\s+now)"
    r"\b(?!\s+with\b)"
    r"|\b(?:can'?t|cant|cannot|can\s+not|won'?t\s+be\s+able\s+to|don'?t\s+know\s+how\s+(?:much\s+)?(?:longer|more)"
    r"\s+i\s+can)\s+(?:(?:go\s+on|keep\s+going|carry\s+on)(?=\s*$|\s+(?:like\s+this|any\s*more|any\s+longer|living"
    r"|with\s+(?:life|this|it)|much\s+longer|for\s+much))|keep\s+living|take\s+(?:it|this|much\s+more|any\s*more)"
    r"|live\s+(?:like|with)\s+(?:this|these|it|my)|face\s+(?:another|tomorrow"
    r"|anyone|the\s+world|living))\b"
    r"|\b(?:no|zero|not\s+any)\s+(?:way\s+out|point\s+(?:in\s+)?(?:anything|trying|going\s+on|living|any\s*more)"
    r"|reason\s+to\s+(?:stay|be\s+here|keep\s+going|live|try)|future)\b"
    r"|\bgiv(?:e|ing)\s+up\s+(?:on\s+)?(?:everything|life|living|myself|completely|for\s+good)\b"
    r"|\b(?:what'?s|whats|what\s+is)\s+(?:even\s+|really\s+|honestly\s+)?the\s+point\s*(?:$|of\s+(?:me|anything|trying"
    r"|it\s+all|going|being))"
)
GOODBYE = (
    r"\b(?:say(?:ing)?|said|wrote|write|writing|texted|posted|left)\s+(?:my\s+)?goodbyes?\b|\bgoodbye\s+(?:to\s+)?"
    r"(?:everyone|everybody|my\s+(?:family|friends|mum|mom|dad|kids))\b|\bthis\s+is\s+(?:my\s+)?goodbye\b"
    r"|\b(?:giv(?:e|ing)|gave)\s+(?:away\s+)?(?:my|all\s+my)\s+(?:\w+\s+)?(?:stuff|things|belongings|cat|dog|pets?)"
    r"(?:\s+away)?\b|\blast\s+(?:message|post|time\s+(?:i'?ll|you'?ll|anyone))\b"
)
BURDEN = (
    r"\b(?:better|happier|easier|fine)\s+(?:off\s+)?without\s+(?:me|her|him|them|us)\b"
    r"|\b(?:i'?m|im|i\s+am|being|just)\s+(?:\w+\s+)?(?:a\s+)?burden\b|\brid\s+of\s+me\b"
    r"|\b(?:no\s*one|nobody|anyone)\s+(?:would|will|'d|cares?)\s+(?:\w+\s+){0,3}?(?:miss|notice|care|cares)\b"
)
HURT_SELF = (
    r"(?<!n't\swant\sto\s)(?<!nt\swant\sto\s)(?<!not\swant\sto\s)(?<!never\swant\sto\s)\b(?:hurt\w*|harm\w*|cut\w*|burn\w*|punish\w*|hit\w*|punch\w*|scratch\w*|destroy\w*|wreck\w*|mutilat\w*"
    r"|disfigur\w*|injur\w*|stab\w*|slash\w*)\s+(?:my|him|her|them)sel(?:f|ves)\b(?!\s+(?:by\s+accident"
    r"|accidentally|shaving|cooking|baking|ironing|(?:a|an|some)\s|on\s+(?:a|the)\s+(?!purpose)))"
)
BLADE = (
    r"\b(?:razors?|blades?|box\s*cutters?|scalpels?|knife|knives|lighter|sharp\w*)\b"
)
# The blade in hand, or used on oneself; not shaving (razor bumps, a razor for the beard).
BLADE_USE = (
    rf"\b(?:holding|hold|held|got|get|grab\w*|took|take|taking|bought|hid|hidden|hiding|staring\s+at|looking\s+at"
    rf"|keep|keeping|kept|use|using|used|want\s+to\s+use)\s+(?:out\s+)?(?:a|the|my|some|this|that|an?\s+old)\s+"
    rf"(?:\w+\s+)?{BLADE}"
    r"|\b(?:razors?|blades?|knife|scalpel)\s+(?:to|on|against|across)\s+(?:my|the|his|her)\s+(?:skin|face|arms?"
    r"|wrists?|scars?|cheeks?|legs?|thighs?)\b"
)
NOT_SHAVING = r"\b(?:shav\w*|beard|bumps?|legs?\s+hair|burn\s+from|ingrown|stubble|moustache|mustache)\b"
# Cutting, burning or tearing one's own scars or skin off or out, not by a surgeon.
CUT_OFF = (
    r"\b(?:cut\w*|slic\w*|carv\w*|rip\w*|tear\w*|tore|peel\w*|scrap\w*|sand\w*|burn\w*|gouge\w*|dig\w*|hack\w*"
    r"|chop\w*|shave\w*|scratch\w*|claw\w*|pick\w*)\s+(?:\w+\s+){0,3}?(?:off|out|away|open)\b"
)
DOCTOR = r"\b(?:surgeon|doctor|dr|derm\w*|excision|excise\w*|punch|surgery|surgical|graft|clinic|laser\w*|subcision)\b"
SCARS_OR_SKIN = r"\b(?:scars?|skin|face|cheeks?|pits?|marks?)\b"

# Worthlessness, nothing mattering, no point in one's own being, a wish never to have been born, a jump,
# cutting or burning one's own arms.
WORTHLESS = (
    r"\bwaste\s+of\s+(?:space|air|oxygen|a\s+life|skin)\b|\bnothing\s+matters\b"
    r"|\bno\s+point\s+(?:in\s+)?(?:me|my|him|her)\s+(?:being|living|staying|existing|trying)\b"
    r"|\b(?:i'?m|im|i\s+am|he'?s|she'?s|they'?re|being|feel\s+like)\s+(?:\w+\s+)?(?:a|such\s+a)\s+burden\b"
    r"|\b(?:don'?t|dont|doesn'?t)\s+deserve\s+to\s+(?:live|be\s+(?:here|alive))\b"
    r"|\bwish(?:es|ed)?\s+(?:i|he|she|they)\s+(?:was|were|had)\s+never\s+(?:been\s+)?born\b"
    r"|\b(?:so\s+)?tired\s+of\s+(?:fighting|everything|it\s+all|being\s+me)\b"
    r"|\b(?:can'?t|cant|cannot)\s+be\s+bothered\s+(?:to\s+)?(?:live|living|exist\w*|with\s+life)\b"
    r"|\b(?:thinking\s+(?:of|about)|want\w*\s+to|wanna|going\s+to|gonna|tempted\s+to)\s+jump(?:ing)?\b"
    r"(?!\s+(?:on|into)\s+(?:the|a|this)\b)"
    r"|\b(?:cut|cutting|burned|burnt|burning|carved|scratched|slashed)\s+(?:my|his|her|their)\s+(?:arms?|wrists?"
    r"|thighs?|legs?|stomach|hips?)\b(?!\s+(?:on|shaving|by\s+accident|accidentally|while|in\s+the|open\s+on))"
)
# Not being there in the future ("won't be needing them", "not going to be around for my 25th").
ABSENT = (
    r"\b(?:won'?t|wont|will\s+not|not\s+(?:going|planning|expecting|intending)\s+to|not\s+gonna|ain'?t\s+gonna"
    r"|(?:don'?t|dont|do\s+not)\s+(?:plan|expect|intend)\s+to)\s+(?:\w+\s+)?(?:be\s+(?:here|around"
    r"|alive|needing)|need\s+(?:them|it|any\w*)\s+(?:any\s*more|after|much\s+longer)|be\s+a\s+problem\s+much)"
    r"|\b(?:this\s+is\s+)?the\s+last\s+time\s+(?:i|you'?ll|anyone)\s+(?:\w+\s+)?(?:ask|post|write|hear|see|talk)\w*"
    r"|\bafter\s+tonight\b|\b(?:my\s+own|my)\s+funeral\b|\bworld\s+(?:would|'d|will)\s+be\s+(?:a\s+)?(?:\w+\s+)?"
    r"(?:better|nicer|happier|easier)|\bone\s+less\s+(?:\w+\s+)?(?:face|person|freak|problem|burden|mouth)\b"
    r"|\b(?:last|only)\s+hope\b|\bout\s+of\s+reasons\b|\b(?:don'?t|dont)\s+have\s+(?:years|long|much\s+time)\b"
    r"|\b(?:i'?ll|i\s+will|i'?m\s+(?:going\s+to|gonna))\s+(?:\w+\s+)?(?:me|myself|it\s+all|everything|things|this)\s+"
    r"(?:permanently|for\s+good|once\s+and\s+for\s+all)\b"
    r"|\bhow\s+(?:much\s+)?(?:longer|more)\s+i\s+can\s+(?:take|cope|go\s+on|handle|last|keep\s+going)\b"
    r"|\b(?:don'?t|dont)\s+bother\s+with\s+me\b|\bforget\s+(?:about\s+)?me\b"
    r"|\b(?:relieved|happier|better|easier|lighter|nicer)\b[^.?!]{0,30}\bif\s+i\s+(?:was|were|wasn'?t|weren'?t|just"
    r"|died|disappeared)\b"
    r"|\bmade\s+(?:my\s+)?mind\s+up\b|\bnote'?s\s+written\b|\bnote\s+is\s+written\b"
)
# Being done, no longer caring, having let everyone down.
DONE = (
    r"\b(?:i'?m|im|i\s+am)\s+(?:so\s+|just\s+|really\s+|completely\s+)*done\s+(?:trying\s*$|with\s+(?:all|everything"
    r"|it\s*$|it\s+all|this\s+(?:face|life)|my\s+(?:face|life)|life|living))"
    r"|\bdone\s+with\s+all\s+of\s+it\b|\b(?:don'?t|dont|do\s+not)\s+care\s+(?:any\s*more|what\s+happens\s+to\s+me"
    r"|if\s+i\s+(?:die|live|wake))|\blet\s+(?:\w+\s+)?down\b(?=.*\bsorry\b)|\bsorry\s+to\s+every(?:one|body)\b"
)
# A method: how one would do it, how easy it would be, the most painless way.
METHOD = (
    r"\bhow\s+(?:i'?d|i\s+would|i'?ll|i\s+will|i\s+could|to)\s+(?:actually\s+|even\s+)?do\s+it\b"
    r"|\bhow\s+easy\s+it\s+(?:would|'d|could)\s+be\s+to\b|\b(?:most\s+)?(?:painless|quickest|easiest|surest)\s+way"
    r"\s+to\b"
)
NOT_WAKING = r"\bto\s+(?:just\s+)?(?:not|never)\s+wake\s+up\b|\bsleep\s+and\s+(?:not|never)\s+wake\b"
# Means that could kill, gathered, hidden or counted ("hiding pills in a sock", "how much insulin it would take").
MEANS = (
    r"\b(?:pills?|tablets?|capsules?|meds|medication\w*|painkillers?|paracetamol|acetaminophen|tylenol|ibuprofen"
    r"|aspirin|insulin|antidepressants?|sleeping\s+(?:pills|tablets)|opioids?|oxy\w*|codeine|tramadol|vodka"
    r"|whisk(?:e)?y|rope|accutane|isotretinoin|boxes|bottle)\b"
)
MEANS_GATHERED = (
    r"\b(?:sav(?:e|ed|ing)|hid(?:e|den|ing)?|hoard\w*|stash\w*|stockpil\w*|collect\w*|would\s+it\s+take"
    r"|it\s+would\s+take|too\s+many|the\s+rest\s+of|boxes\s+of|lethal|deadly|fatal|on\s+the\s+desk|in\s+my\s+drawer"
    r"|under\s+my\s+bed|enough\s+to)\b"
)
# Medicines that kill in an overdose, and getting hold of them ("got my hands on my dad's sleeping pills").
STRONG_MEANS = (
    r"\b(?:sleeping\s+(?:pills|tablets)|insulin|opioids?|oxy\w*|codeine|tramadol|morphine|fentanyl|antidepressants?"
    r"|painkillers|paracetamol|acetaminophen|tylenol|rope)\b"
)
ACQUIRED = (
    r"\b(?:g[eo]t\s+(?:my\s+hands\s+on|hold\s+of)|bought|ordered|took\s+(?:\w+\s+)?from|nicked|stole|found)\b"
)
# A household poison put on one's own skin or scars.
POISON_ON_SKIN = (
    r"\b(?:drain\s+cleaner|oven\s+cleaner|battery\s+acid|caustic\s+soda|lye|sulph?uric|hydrochloric|toilet\s+cleaner"
    r"|bleach)\b"
)
# Hurting one's own face or scars with a blade, a fist or a tool.
INJURE_OWN = (
    r"\b(?:cut\w*|carv\w*|slic\w*|stab\w*|dig\w*)\s+(?:in)?to\s+(?:my|the|these|them|it)\b"
    r"|\b(?:been|keep|kept|started|start|i'?ve)\s+(?:\w+\s+)?(?:hitting|punching|slapping|clawing|cutting|burning"
    r"|stabbing|bashing)\s+(?:it|them|my|myself)\b"
    r"|\bwith\s+(?:a|the|my|her|his|mum'?s|dad'?s)\s+(?:[\w']+\s+){0,2}?(?:razor(?:\s+blades?)?|blades?"
    r"|craft\s+knife|stanley"
    r"|box\s*cutter|scalpel|knife)\b"
)

def said(pattern: str, **conditions: object) -> Rule:
    """A self-harm word class: a general-question frame never cancels it, a negation only right before it,
    and a question whose asker says they are safe (cues.SAFE_STATEMENT) does not count."""
    return Rule(Flag.SELF_HARM, pattern, general=False, negation_window=NEGATION_WINDOW_SHORT,
                forbids=SAFE_STATEMENT, **conditions)  # type: ignore[arg-type]


RULES: tuple[Rule, ...] = (
    said(HOPELESS, requires=(SELF_OR_CLOSE,)),
    said(any_of(ABSENT, DONE, METHOD, NOT_WAKING, WORTHLESS), requires=(SELF_OR_CLOSE,)),
    # A method asked for and broken off ("the most painless way to... never mind").
    said(r"\b(?:painless|quickest|easiest|surest)\s+way\s+to\s*$"),
    said(MEANS, requires=(SELF_OR_CLOSE,), clause_requires=MEANS_GATHERED),
    said(STRONG_MEANS, requires=(SELF_OR_CLOSE,), clause_requires=ACQUIRED),
    said(POISON_ON_SKIN, requires=(SELF_OR_CLOSE, SCARS_OR_SKIN)),
    said(INJURE_OWN, requires=(SELF_OR_CLOSE, SCARS_OR_SKIN), clause_excludes=NOT_SHAVING),
    said(rf"{_WISH}\s+(?:\S+\s+){{0,4}}?(?:to\s+)?{VANISH}"),
    said(END_IT),
    said(GOODBYE, requires=(SELF_OR_CLOSE,)),
    said(BURDEN),
    said(HURT_SELF),
    said(BLADE_USE, clause_requires=SELF_OR_CLOSE, clause_excludes=NOT_SHAVING),
    said(CUT_OFF, clause_requires=SCARS_OR_SKIN, requires=(r"\b(?:i|i'?ll|i'?m|im|myself|me)\b",),
         clause_excludes=any_of(DOCTOR, r"\b(?:dead\s+skin|scab|flake\w*|crust\w*|peel(?:ing|s)?\s+off)\b")),
)
