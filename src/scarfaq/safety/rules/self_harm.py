"""Thoughts of suicide or self-harm, direct or indirect, about oneself or someone else."""

from __future__ import annotations

from typing import Any

from scarfaq.safety.cues import NEGATION_WINDOW_SHORT
from scarfaq.safety.engine import Rule, any_of
from scarfaq.safety.names import Flag

SELF = r"(?:my|him|her|them|their|our)\s*sel(?:f|ves)"
#: A person named: what hurting "on purpose" must be said of.
PERSON = r"\b(?:i|i'?m|im|i'?ve|ive|me|my|myself|he|she|they|him|her|his|their|we|our)\b"
# Medicines one could take too many of.
MEDICINE = (
    r"(?:pills?|meds|tablets|capsules|bottle|pack|packet|accutane|isotretinoin|medications?|medicine|painkillers"
    r"|paracetamol"
    r"|tylenol|ibuprofen|advil|aspirin|antidepressants|sleeping\s+pills)\b"
)
# Saying what one means to do, or when.
INTENT = (
    r"\b(?:want|wanna|gonna|going\s+to|thinking\s+(?:about|of)|thought\s+about|plan\w*|tempted|urges?|tonight"
    r"|about\s+to"
    r"|ready\s+to|i'?ll|decided|keep\s+thinking)\b"
)
# Words of despair that count when a second sign meets them ("can't do this anymore ... want it to be over").
DESPAIR = (
    r"\b(?:(?:can'?t|cant|cannot|can\s+not)\s+(?:do|take|handle|deal\s+with|cope\s+with)\s+(?:this|it"
    r"|any\s+of\s+(?:this|it))"
    r"(?:\s+\w+){0,2}\s+(?:any\s*more|any\s+longer)|(?:can'?t|cant|cannot)\s+cope|hopeless"
    r"|give\s+up\s+on\s+(?:everything|myself|life)"
    r"|no\s+way\s+out|nothing\s+left|(?:want|wanna)\s+to\s+disappear|so\s+tired\s+of\s+(?:everything|it\s+all)"
    r"|(?:don'?t|dont|do\s+not|can'?t|cant)\s+see\s+(?:the|a|any)\s+point|what'?s\s+the\s+point|whats\s+the\s+point"
    r"|(?:i'?m|im|i\s+am)\s+(?:so\s+|just\s+)?done)\b"
)


#: Self-harm named as an act, not as where old scars came from ("self-harm scars", "self harm marks") or as
#: something recovered from ("a self-harm survivor", "clean from self harm"): those ask how to treat a scar.
SELF_HARM_ACT = (
    r"(?<!clean\sfrom\s)(?<!free\sfrom\s)(?<!recovered\sfrom\s)(?<!recovering\sfrom\s)(?<!recovery\sfrom\s)"
    r"\bself[\s-]?harm(?:s|ed|ing|er|ers)?\b(?!\s+(?:scars?|scarring|marks?|survivors?|recovery)\b)"
)


def said(pattern: str, **conditions: Any) -> Rule:
    """A self-harm rule: a general-question frame never cancels it, and a negation only right before it."""
    return Rule(Flag.SELF_HARM, pattern, general=False, negation_window=NEGATION_WINDOW_SHORT, **conditions)


RULES: tuple[Rule, ...] = (
    # Words of suicide, of wanting to die or not to be alive.
    said(any_of(
        r"\bs(?:ui|iu|u)c+i?d(?:e|es|al|ally)\b", rf"\bkill(?:s|ing)?\s+{SELF}\b", r"\bkms\b", r"\bunalive\b",
        r"\bend(?:ing)?\s+(?:my\s+(?:own\s+)?life|it\s+all)\b", r"\btake\s+my\s+(?:own\s+)?life\b",
        r"\b(?:wants?|wanted|wanting|wanna|wish\s+i\s+could|ready)\s+(?:to\s+)?die\b",
        r"\bwish(?:ed)?\s+i\s+(?:was|were)\s+(?:dead|gone)\b",
        r"\bwish(?:ed)?\s+i\s+(?:wasn'?t|wasnt|weren'?t|was\s+not|were\s+not)\s+(?:alive|here|born|around)\b",
        r"\bwish(?:ed)?\s+i\s+(?:had\s+)?never\s+(?:been\s+born|existed)\b",
        r"\bbetter\s+off\s+(?:dead|gone|without\s+me|if\s+i\s+(?:wasn'?t|wasnt|weren'?t|werent|was\s+not|were\s+not"
        r"|didn'?t\s+exist|was\s+gone|were\s+gone|died))\b",
        r"\b(?:easier|better)(?:\s+off)?(?:\s+for\s+every(?:one|body))?\s+if\s+i\s+(?:just\s+)?"
        r"(?:wasn'?t|wasnt|weren'?t|werent|was\s+not|were\s+not|didn'?t\s+exist|was\s+gone|were\s+gone|died"
        r"|disappeared)\b",
        r"\b(?:wish|wishing|thinking|thought)\b[^.?!]{0,40}\b(?:wasn'?t|wasnt|weren'?t|was\s+not|not\s+be)\s+alive\b",
        r"\b(?:no|zero)\s+(?:reason|point)\s+(?:to\s+live|(?:in\s+)?living|(?:in\s+)?going\s+on)\b",
        r"\bnothing\s+(?:left\s+)?to\s+live\s+for\b",
        r"\b(?:no\s*one|nobody)\s+(?:would|will)\s+(?:even\s+)?(?:care|notice|miss\s+me)\s+if\s+i\s+"
        r"(?:died|was\s+gone|were\s+gone|disappeared|wasn'?t\s+here|weren'?t\s+here|killed\s+myself)\b",
        r"\b(?:can'?t|cannot|cant|can\s+not)\s+go\s+on(?=\s*$|\s+(?:like\s+this|anymore|any\s+more|living"
        r"|with\s+(?:my\s+)?life))",
        r"\b(?:don'?t|dont|do\s+not)\s+want\s+to\s+(?:be\s+(?:alive|here\s+any\s*more|around\s+any\s*more)|exist"
        r"|wake\s+up"
        r"|live\s*$|live\s+(?:any\s*more|like\s+this))",
        r"\b(?:life\s+(?:is\s*n[o']?t|isn'?t|isnt|ain'?t|is\s+not)|not)\s+worth\s+living\b",
        SELF_HARM_ACT, rf"\b(?:harm|harms|harming)\s+{SELF}\b",
        r"\b(?:wants?|wanna|going|gonna|thinking\s+about|thought\s+about|thoughts\s+of|urges?\s+to|urge\s+to"
        r"|tempted\s+to|feels?\s+like)\s+"
        rf"(?:to\s+)?(?:hurt(?:ing)?|cut(?:ting)?|harm(?:ing)?|burn(?:ing)?)\s+{SELF}\b",
        rf"\bhurt(?:ing)?\s+{SELF}\s+on\s+purpose\b",
        r"\b(?:want|wanna|going|gonna|thinking\s+about|planning)\s+(?:to\s+)?overdose\b",
    )),
    # Indirect words: no point, wanting it all to end, being done with life, tired of living.
    said(any_of(
        r"\b(?:don'?t|dont|do\s+not|doesn'?t|does\s+not|didn'?t|can'?t|cant|cannot|no\s+longer)\s+see\s+(?:the|a|any)"
        r"\s+point"
        r"(?=\s*$|\s+(?:any\s*more|any\s+longer|in\s+(?:living|life|anything|going\s+on|being\s+(?:here|alive)"
        r"|existing|trying)"
        r"|of\s+(?:living|life|anything|going\s+on|being\s+(?:here|alive)|existing)|with\s+(?:life|living"
        r"|anything)))",
        r"\b(?:what'?s|whats|what\s+is)\s+the\s+point\s+(?:of|in)\s+(?:living|life|going\s+on|being\s+(?:alive|here)"
        r"|existing"
        r"|waking\s+up|anything\s+any\s*more)\b|\b(?:what'?s|whats)\s+the\s+point\s+any\s*more\b",
        r"\bwant\s+(?:it\s+all|everything|my\s+life|life|all\s+of\s+(?:this|it)|this\s+life)\s+to\s+(?:end|be\s+over"
        r"|stop)\b",
        r"\bdone\s+with\s+(?:life|living|being\s+alive|existing|this\s+life|this\s+world"
        r"|everything\s+and\s+everyone)\b",
        r"\b(?:tired|sick)\s+of\s+(?:living|being\s+alive|life|existing|being\s+here)\b",
        r"\b(?:disappear|sleep|go\s+away)\s+(?:forever|for\s+good|permanently)\b|\bnever\s+wake\s+up\b",
        r"\bno\s+(?:way\s+out|reason\s+to\s+(?:keep\s+going|be\s+here|stay))\b",
    )),
    # Means and plans: pills saved up, a plan, goodbye notes, taking all the pills.
    said(any_of(
        r"\b(?:pills?|meds|tablets?|medications?|painkillers|sleeping\s+pills)\s+(?:\w+\s+){0,2}?(?:saved|stockpiled"
        r"|stashed|hoarded"
        r"|collected|ready|lined\s+up)\b",
        r"\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|stashing"
        r"|stashed)\s+(?:up\s+)?(?:\w+\s+){0,2}?"
        r"(?:pills?|meds|tablets|medications?|painkillers)\b",
        r"\b(?:take|swallow|took|taking|swallowed|swallowing)\s+(?:all|the\s+whole|a\s+whole|every\s+one\s+of"
        r"|a\s+bunch\s+of|loads\s+of"
        rf"|too\s+many|a\s+handful\s+of)\s+(?:of\s+)?(?:\w+\s+){{0,2}}?{MEDICINE}",
        rf"\b{MEDICINE}\s+(?:\w+\s+)?(?:all\s+)?at\s+once\b",
        r"\boverdos(?:ed|ing)\b",
        r"\bplann(?:ing|ed)\s+(?:out\s+)?(?:how|when|where)(?:\s+(?:i'?ll|to|i\s+would|i'?d)\s+(?:do\s+it|die"
        r"|end\s+it|kill|go))?\s*$",
        r"\b(?:have|made|got|making)\s+a\s+plan\s+(?:to|for|on)\s+(?:how\s+to\s+)?(?:end|kill|die|do\s+it|dying)\b",
        r"\b(?:want|wanna|going|gonna|planning|plan|ready|thinking\s+(?:about|of)"
        r"|decided)\s+(?:to\s+)?end(?:ing)?\s+it\b(?!\s+with)",
        r"\b(?:goodbye|suicide)\s+(?:notes?|letters?|messages?|posts?|videos?)\b",
        r"\bgiv(?:e|ing|en)\s+(?:(?:most|all|some|half|loads|lots)\s+(?:of\s+)?)?(?:my|her|his|their)\s+(?:\w+\s+)?"
        r"(?:stuff|things|belongings|possessions)\s+away\b",
        r"\bgiv(?:e|ing|en)\s+away\s+(?:my|her|his|their|all\s+(?:of\s+)?my)\s+(?:stuff|things|belongings"
        r"|possessions)\b",
        r"\brather\s+(?:be\s+dead|not\s+(?:be\s+alive|exist|be\s+here|live))\b",
        r"\brather\s+die\s+than\s+(?:live|keep\s+living|go\s+on|look\s+like)\b",
        r"\b(?:would|'d|will|be)\s+(?:all\s+)?(?:be\s+)?(?:better|happier|easier|fine)\s+(?:off\s+)?without\s+(?:me"
        r"|her|him|them)\b",
        r"\bend(?:ing|s)?\s+(?:his|her|their)\s+(?:own\s+)?life\b",
    )),
    # Hurting on purpose, said of a person (not "does the laser burn the skin on purpose").
    said(r"\b(?:scratch\w*|pick\w*|cut\w*|burn\w*|hit\w*|punch\w*|hurt\w*|harm\w*|bang\w*)\b[^.!?]{0,40}"
         r"\bon\s+purpose\b", requires=(PERSON,)),
    # Cutting or burning oneself; a child or friend who does.
    said(any_of(
        r"\bcutting\s+(?:myself\s+)?again\b|\b(?:been|started|back\s+to|relapsed\s+(?:on|into)?)\s+cutting\b"
        r"(?!\s+(?:out|down|back|off|up|my\s+hair|dairy|sugar|carbs|gluten|the|it|them))",
        r"\b(?:keep|keeps|kept|been|started|start|still|i|he|she|they|was|is|am)\s+(?:\w+\s+)?(?:cutting|burning"
        r"|carving|scratching)\s+"
        r"(?:my|his|her|their)\s+(?:arms?|wrists?|legs?|thighs?|skin|stomach|body|hips?|hands?)\b",
        r"\b(?:cut|cuts|cutting|slit|slitting|slash\w*)\s+(?:my|his|her|their)\s+wrists?\b",
        r"\b(?:cuts|cutting|burns|burning|harms)\s+(?:him|her|them)sel(?:f|ves)\b(?!\s+(?:shaving|on\s+(?:a|the"
        r"|glass)|by\s+accident|accidentally))",
        rf"\b(?:been|keeps?|is|are|was|started|start|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:hurting|harming|cutting"
        rf"|burning)\s+{SELF}\b",
        rf"\b(?:cut|cuts|cutting|burn|burns|burning|hurt|hurts|hit|hitting)\s+{SELF}\s+(?:on\s+purpose|to\s+(?:cope"
        rf"|feel))\b",
        r"\b(?:been|is|has\s+been|started|keeps?|back\s+to|relapsed\s+(?:on|into)?)\s+cutting(?:\s+again)?\s*$",
        r"\b(?:talk(?:s|ing|ed)?|keeps?\s+talking)\s+about\s+(?:dying|killing|suicide|ending\s+(?:it|(?:his|her"
        r"|their)\s+life)|not\s+being\s+(?:here|alive))\b",
    )),
    # Weaker words that count when two meet: "can't do this anymore ... just want it to be over".
    said(any_of(
        r"\b(?:just\s+)?want\s+(?:it|this|everything|things)\s+(?:all\s+)?to\s+(?:be\s+over|end|stop)\b(?!\s+so\b)",
    ), partner=DESPAIR),
    said(any_of(
        r"\b(?:wrote|written|writing|left|leaving)\s+(?:(?:a|my|the|some)\s+)?(?:\w+\s+)?(?:notes?|letters?)\b",
    ), partner=any_of(DESPAIR, r"\b(?:i'?m|im|i\s+am)\s+ready\s*$", r"\bit'?s\s+time\s*$")),
    # Ways of dying, a future that is not there, nobody who would notice.
    said(any_of(
        r"\b(?:driv(?:e|ing)|crash(?:ing)?|steer(?:ing)?)\s+(?:my\s+car\s+|it\s+)?(?:into|off)\s+(?:a|the)\s+"
        r"(?:wall|tree|bridge|cliff|truck|lorry|river)\b",
        r"\bjump(?:ing)?\s+(?:off|from)\s+(?:a|the|my)\b|\b(?:step|walk|jump"
        r"|throw)\w*\s+(?:myself\s+)?in\s+front\s+of\s+(?:a|the)\s+"
        r"(?:train|car|bus|truck|lorry)\b",
        rf"\bhang(?:ing)?\s+{SELF}\b|\bmake\s+it\s+look\s+like\s+an\s+accident\b",
        r"\b(?:look(?:ing|ed)?\s+up|googl\w*|research\w*|search\w*|read(?:ing)?\s+up\s+on)\s+(?:how|ways)\s+to\s+"
        r"(?:die|end\s+it|kill|overdose|disappear)\b",
        r"\bwish(?:ed)?\s+(?:i'?d|id|i\s+would|i\s+could|i\s+did)?\s*(?:just\s+)?(?:not|never|didn'?t)\s+wake\s+up\b",
        r"\b(?:don'?t|dont|do\s+not|can'?t|cant|cannot)\s+see\s+(?:a|any)\s+future\b|\bno\s+future\s+(?:for\s+me"
        r"|with\s+this)\b",
        r"\b(?:no\s*one|nobody)\s+(?:would|will|'d)\s+(?:even\s+)?miss\s+me\b",
        r"\b(?:(?:no\s*one|nobody|anyone|anybody)\s+(?:would|will|'d)|(?:would|will)\s+(?:anyone"
        r"|anybody))\s+(?:even\s+)?"
        r"(?:notice|care|miss\s+me)\s+if\s+i\s+(?:just\s+)?"
        r"(?:disappeared|vanished|died|was\s+(?:gone|dead)|were\s+(?:gone|dead)|wasn'?t\s+(?:here|around|alive))\b",
    )),
    # Means at hand, and the thought of using them.
    said(any_of(
        r"\bnoose\b",
        r"\b(?:rope|gun|pills|tablets|blade|razor)\b(?:\s+\w+){0,8}?\s+(?:thinking\s+(?:about|of)|want\s+to"
        r"|going\s+to|gonna|tempted\s+to)\s+"
        r"(?:using|use|taking|take)\s+(?:it|them)\b",
    )),
    # Cutting or burning one's own face or skin with something sharp or hot.
    said(r"\b(?:cut|cutting|burn(?:ed|t|ing)?|carv(?:ed|ing)|slic(?:ed|ing)|slash\w*)\s+(?:my|his|her|their)\s+"
         r"(?:face|skin|arms?|wrists?|legs?|thighs?|cheeks?|scars?)\s+(?:\w+\s+){0,2}?with\s+(?:a|the|my)\s+"
         r"(?:razor|blade|knife|lighter|scissors|glass|scalpel)\b"),
    # Hurting one's own face or body: hitting it, or picking it open to punish oneself; not being able to go on.
    said(any_of(
        r"\b(?:been|keep|keeps|kept|started|start|i|he|she)\s+(?:\w+\s+)?(?:hitting|punching|slapping|bashing|banging"
        r"|clawing"
        r"|hit|punched|slapped|bashed|clawed)\s+(?:my|his|her)\s+(?:own\s+)?(?:face|head|cheeks?|skin|scars?)\b",
        rf"\b(?:to|so\s+i\s+can)\s+punish\s+{SELF}\b|\bpunish(?:ing)?\s+{SELF}\b",
        rf"\b(?:hit|hitting|punch\w*|slap\w*|bash\w*|bang\w*)\s+{SELF}\b",
        r"\b(?:can'?t|cant|cannot|can\s+not|don'?t\s+think\s+i\s+can|xx\s+i\s+can|won'?t\s+be\s+able\s+to)\s+"
        r"(?:keep\s+(?:going|living|on)|go\s+on|carry\s+on)\s+(?:like\s+this|this\s+way|any\s*more|any\s+longer)\b",
    )),
    # Wanting, thinking of or planning an exit: to die, to end things, to vanish for good, to stop existing.
    said(
        r"\b(?:want|wants|wanna|wish|wished|wishing|thinking|thought|think|considering|considered|contemplat\w*"
        r"|planning"
        r"|plan|ready|going|gonna|should\s+just|could\s+just|might\s+just|tempted)\b(?:\s+\S+){0,5}?\s+(?:to\s+)?"
        r"(?:die|dying|be\s+dead|end(?:ing)?\s+(?:it|things|everything|it\s+all|my\s+life|myself)"
        r"|kill(?:ing)?\s+myself"
        r"|(?:vanish|disappear)\w*\s+(?:forever|for\s+good|permanently|from\s+(?:this\s+world|everyone))"
        r"|stop\s+existing"
        r"|not\s+(?:be\s+)?(?:here|around|alive|exist\w*)|never\s+wake\s+up)\b"
    ),
    # Hurting one's own skin or scars, with what gives it away: until they bleed, on purpose, to feel something,
    # with a lighter, because one deserves it.
    said(
        r"\b(?:scratch|pick|cut|carv|slic|burn|hit|punch|scrap|goug|dig|rip|tear|stab|slash|claw|bash|bang|sand|hurt"
        r"|harm|press|push|jab|pok|stick|pinch)"
        r"\w*(?:\s+at)?\s+(?:my|them|it|myself|these|those|the|an?)\b",
        partner=r"\b(?:until|till|til)\s+(?:they|it|i|my\s+\w+)\s+(?:really\s+|properly\s+)?(?:bleeds?|hurts?)\b"
                r"|\bto\s+feel\s+something\b"
                r"|\bon\s+purpose\b"
        r"|\bdeserve\s+it\b|\bpunish\w*\b|\bwith\s+(?:a|the|my)\s+(?:lighter|razor|blade|knife|scissors|cigarette"
        r"|compass)\b",
        requires=(PERSON,),
    ),
    said(r"\bcarv\w*\s+(?:up\s+)?(?:my|his|her)\s+(?:face|skin|cheeks?|arms?|legs?|thighs?|wrists?)\b"),
    # Bleeding out, in the asker's own words (not a wallet "bleeding out").
    said(r"\bbleed(?:ing)?\s+out\b", requires=(r"\bi\b",),
         clause_excludes=r"\b(?:wallet|bank|account|money|cash|savings|budget)\b"),
    # Injuring one's own face or scars with a tool, said as an intention.
    said(any_of(
        r"\b(?:take|took|taking|use|using|get|grab)\s+(?:a|the|my)\s+(?:\w+\s+)?(?:knife|razor|blade|scalpel|scissors"
        r"|box\s+cutter"
        r"|sandpaper|lighter)\s+to\s+(?:my|his|her|the)\b",
        r"\b(?:cut\w*|carv\w*|slic\w*|dig\w*|goug\w*|scrap\w*|rip\w*|tear\w*|burn\w*|sand\w*"
        r"|peel\w*)\s+(?:\w+\s+){0,2}?"
        r"(?:scars?|face|cheeks?|skin|pits|it|them)\s+(?:all\s+)?(?:out|off|away)\b",
        r"\b(?:sandpaper|sand|scrape|scrub|burn|bleach|cut|slice)\s+(?:my|his|her)\s+(?:face|skin|cheeks|scars)\s+"
        r"(?:off|till|until|raw|away|open)\b",
        r"\btill\s+(?:there'?s|theres|there\s+is)\s+nothing\s+left\b",
    ), requires=(INTENT,)),
    # Words of suicide or self-harm in other forms.
    said(
        r"\b(?:suicid\w*|kill(?:ing)?\s+(?:my|him|her|them)\s*sel(?:f|ves)"
        r"|end(?:ing)?\s+(?:it\s+all|my\s+life|everything)\b|take\s+my\s+(?:own\s+)?life"
        r"|(?:want|wants|wanted|wanna)\s+to\s+die\b(?!\s+(?:of|for|laughing))"
        r"|(?:don'?t|dont|doesn'?t|doesnt)\s+want\s+to\s+(?:wake\s+up|be\s+alive|exist|live(?!\s+(?:with|like\s+th"
        r"|in)))"
        r"|rather\s+be\s+dead|better\s+off\s+(?:dead|without\s+me)|(?:happier|better)\s+(?:off\s+)?if\s+i\s+"
        r"(?:just\s+)?(?:disappeared|was\s+gone|were\s+gone|wasn'?t\s+here|wasnt\s+here|died)"
        r"|(?:can'?t|cant|cannot)\s+keep\s+living|no\s+(?:point|reason)\s+(?:in\s+living|to\s+live|to\s+go\s+on)"
        r"|what'?s\s+the\s+point\s+(?:of\s+living|of\s+going\s+on)|(?:don'?t|dont|do\s+not)\s+see\s+(?:the|a)\s+point"
        r"\s+(?:anymore|any\s+more|in\s+(?:living|life|any\s+of\s+it))|done\s+with\s+(?:life|living)"
        r"|(?:pills?|meds|tablets)\s+(?:are\s+)?(?:saved|ready|stockpiled|saved\s+up|lined\s+up)"
        r"|took\s+(?:all|a\s+bunch|too\s+many|loads)\s+(?:of\s+)?(?:[\w']+\s+){0,2}?(?:pills|meds|tablets)|overdos\w*"
        r"|(?:cutting|hurting|harming|burning)\s+(?:my|him|her|them)\s*sel(?:f|ves)|"
        + SELF_HARM_ACT +
        r"|(?:cutting|burning)\s+(?:my|his|her|their)\s+(?:arms?|wrists?|legs?|thighs?)"
        r"|(?:i'?m|im|i\s+am|going\s+to|gonna)\s+end(?:ing)?\s+it\b|see\s+the\s+point\s+(?:of|in)\s+waking\s+up"
        r"|goodbye\s+(?:notes?|letters?|messages?|posts?|videos?|texts?)|posted\s+a\s+goodbye"
        r"|wrote\s+(?:letters|a\s+note)\s+to|this\s+is\s+goodbye|can'?t\s+live\s+(?:like\s+this|looking\s+like)"
        r"|plann(?:ing|ed)\s+(?:how\s+)?to\s+(?:end|kill|die))",
    ),
)
