"""The words that discount a red-flag mention, as patterns on normalized, lower-cased text.

The engine (engine.py) uses them the same way for every rule: see docs/safety.md for the whole rule.
"""

from __future__ import annotations

# Phrases that look like red flags but are not, or that hold a negation word without negating anything
# ("not sure why my lips are swollen"): blanked out before any rule runs.
NEUTRAL = (
    r"\b(?:fever\s+blisters?|hay\s*fever|cabin\s+fever|spring\s+fever|fever\s+dreams?"
    r"|fever\s+pitch|bieber\s+fever|saturday\s+night\s+fever"
    r"|feverish(?:ly)?\s+(?:excitement|anticipation|pace|energy|rush|hope|speed|haste)"
    r"|blister\s+packs?|blister\s+beetles?"
    r"|shivers?\s+(?:down|up)\s+(?:my|the)\s+spine"
    r"|not\s+sure|no\s+idea|no\s+clue|don'?t\s+know|do\s+not\s+know|not\s+certain"
    r"|no\s+joke|not\s+joking|not\s+kidding|no\s+kidding|not\s+gonna\s+lie|no\s+lie|no\s+cap"
    r"|not\s+to\s+be\s+dramatic|not\s+exaggerating|not\s+even\s+joking|no\s+offen[cs]e"
    r"|not\s+only|feel\s+(?:it|them)?\s*but\s+(?:you\s+)?(?:can'?t|cant|cannot)\s+see"
    r"|(?:can'?t|cant|cannot)\s+(?:really\s+)?see\s+(?:it|them|any\s+(?:difference|change|improvement)|much"
    r"|a\s+difference|the\s+(?:lumps?|bumps?|difference|results?)|results?|improvement)"
    r"|self[\s-]*(?:esteem|confidence|worth|image|respect|care|tanner|tan)"
    # Figures of speech: "want to die of embarrassment", "dying of laughter".
    r"|(?:die|dying|died|dead)\s+(?:of|from)\s+(?:embarrass\w*|shame|cringe|laugh\w*|boredom|envy|jealousy|curiosity)"
    r"|hard\s+to\s+swallow\s+(?:pills?|news|truth|facts?)|(?:be|been|being|is|was)\s+the\s+death\s+of\s+(?:me|us)"
    r"|(?:pills?|capsules?|tablets?|news|truth|price|prices|fact|reality|bill|cost)\s+(?:\w+\s+){0,2}(?:is|are|was"
    r"|were)\s+"
    r"(?:\w+\s+)?(?:hard|difficult|tough)\s+to\s+swallow"
    r"|dying\s+(?:to|for)|(?:nearly|almost|practically|basically)\s+(?:had|have|gave\s+me|giving\s+me"
    r"|give\s+me)\s+a\s+heart\s+attack"
    r"|(?:wallet|bank(?:\s+account)?|account|money|savings|budget|finances|confidence|pride|ego|sanity|soul)\s+(?:\w+\s+){0,3}?"
    r"(?:bleed\w*|hemorrhag\w*|haemorrhag\w*|on\s+life\s+support|crying)"
    r"|(?:hemorrhag|haemorrhag|bleed)\w*\s+money)\b"
    # A word or two in quotation marks is talked about, not described ("what does 'frosting' mean").
    r"|\"[^\"\s]+(?:\s[^\"\s]+){0,2}\"|\s'[a-z]+(?:\s[a-z]+){0,2}'(?=[\s,.?!:;]|$)"
)

#: Where a clause ends; negation and the other cues never cross it.
CLAUSE_SPLIT = (
    r"[;!?:\n()\[\]]|(?<!\d)[.,]|[.,](?!\d)"
    r"|\b(?:but|though|although|however|anyway|anyways|except|and(?=\s+now\b))\b"
)

NEG_WORDS = (
    r"no|not|never|without|none|nor|neither|nothing|zero|denies|denied"
    r"|don'?t|doesn'?t|didn'?t|isn'?t|wasn'?t|aren'?t|weren'?t|haven'?t|hasn'?t|hadn'?t|ain'?t"
    r"|dont|doesnt|didnt|isnt|wasnt|arent|werent|havent|hasnt|hadnt"
)
#: A negation in the few words before a mention cancels it ("no fever").
NEGATION = rf"\b(?:{NEG_WORDS}|free\s+of|absence\s+of|lack\s+of)\b"
#: ... as does "-free" right after it ("pus-free").
NEGATION_AFTER = r"^\s*-?\s*free\b"
#: A hypothetical or risk frame earlier in the clause cancels a mention ("does laser cause swelling").
HYPOTHETICAL = (
    r"\b(?:what\s+if|in\s+case|what\s+happens\s+if|prevent\w*|avoid\w*|risks?|chances?"
    r"|cause|causes|side\s+effects?|scared\s+to|afraid\s+to|careful|hypothetical\w*|childproof\w*|out\s+of\s+reach"
    r"|suppos(?:e|ing)|imagine|say\s+(?:i|my|someone)"
    r"|if\s+(?:\S+\s+){0,6}?ever)\b"
)
# General questions ("is it common to get a fever after laser", "what is vascular occlusion", "how long does
# oozing last"): they cancel a later mention in the clause only when the question describes nothing of the
# asker's own (no PERSONAL cue), or when the question says it is asking ahead (AHEAD).
GENERAL = (
    r"\b(?:is\s+it\s+(?:\w+\s+)?(?:common|usual|typical|possible|rare|unusual|likely|bad|dangerous|safe|ok|okay"
    r"|serious|true)\s+(?:to|for|that|if|when)|how\s+(?:common|often|likely|rare|long|soon|bad|dangerous|serious)"
    r"|(?:do|does|can|could|will|would|might|may)\s+(?:\w+\s+){0,3}?(?:get|have|develop|experience|cause|lead|give"
    r"|make|turn|become|stay|look"
    r"|result|go|happen)|what\s+(?:is|are|does|do|causes?|counts\s+as|should|would|to)|what'?s|whats"
    r"|signs?\s+(?:of|that)|symptoms?\s+(?:of|that)|warning\s+signs?|what\s+happens|why\s+(?:do|does|would|might|can"
    r"|could)\s+(?:some|people|someone|somebody|a\s+lot)|how\s+(?:do|can|would|will|should)\s+(?:i|you|we|one)\s+"
    r"(?:know|tell|recogni[sz]e|spot|identify)|when\s+(?:should|do|to|would)\s+(?:i\s+|you\s+|one\s+)?"
    r"(?:worry|see|call|go|seek)|should\s+i\s+(?:be\s+)?worr\w*\s+about|if|usually|typically|generally|normally"
    r"|in\s+general|ever|difference\s+between|(?:least|less|most|more)\s+likely)\b"
)
# ... or after the mention: "is blurry vision a side effect of filler", "is swelling normal after laser".
GENERAL_AFTER = (
    r"^\s*(?:\w+\s+){0,3}?(?:an?\s+)?(?:common\s+|normal\s+|known\s+|possible\s+|rare\s+|usual\s+)?"
    r"(?:side\s+effects?|signs?|symptoms?|risks?|complications?)\s+(?:of|from|after|with|when)\b"
    r"|^\s*(?:\w+\s+){0,2}?(?:common|normal|usual|expected|typical|possible|likely|rare)\s+(?:after|with|from|when|in"
    r"|for)\b"
    # "is fever a normal reaction to laser", "are blisters a normal part of cryotherapy": a kind of outcome.
    r"|^\s*(?:\w+\s+){0,2}?(?:an?\s+)?(?:common|normal|usual|expected|typical|possible|known|rare)\s+(?:parts?"
    r"|reactions?|responses?|results?|consequences?|outcomes?|things?)\s+(?:of|to|from|after|with|when|in|for)\b"
)
#: A habit, not something happening now ("I always get dizzy when I see needles"): it cancels a mention
#: (never a self-harm one), before it ...
HABIT = r"\b(?:always|tend\s+to|every\s+time|whenever)\b"
#: ... or after it.
HABIT_AFTER = (
    r"^\s*(?:\w+\s+){0,3}?(?:when(?:ever)?|every\s+time|if)\s+i\s+(?:see|look|think|hear|watch|have\s+to|am\s+around"
    r"|get\s+(?:a|an|my)\s+(?:shot|injection|blood|needle))\b|^\s*(?:\w+\s+){0,3}?at\s+the\s+sight\s+of\b"
    r"|^\s*(?:\w+\s+){0,3}?(?:watching|looking\s+at|seeing)\b"
    r"|^\s*(?:\w+\s+){0,6}?because\s+(?:she'?s|he'?s|i'?m|they'?re|she\s+is|he\s+is)\s+(?:\w+\s+)?(?:scared|afraid"
    r"|terrified|phobic)\s+of\b"
)
#: Someone else's story, heard or read ("saw a tiktok of a girl whose face blistered"): not the asker's case
#: (never for self-harm, where a friend's words are what to listen to).
HEARSAY = (
    r"\b(?:(?:friend|someone|somebody|people|coworker|colleague|they)\s+(?:\w+\s+)?(?:said|says|told\s+me)"
    r"|heard\s+(?:about|of|that|a|stories)|read\s+(?:a|an|about|that|somewhere|online|stories)"
    r"|saw\s+(?:a|an|this)\s+(?:\w+\s+)?(?:tiktok|video|post|story|article|reel|documentary|thread)"
    r"|(?:a|an)\s+(?:story|article|tiktok|video|post|reel)\s+(?:about|of|where)|someone\s+(?:she|he|i)\s+knows"
    r"|urban\s+myth|on\s+(?:tiktok|reddit|youtube|instagram|tv|the\s+news))\b"
)
#: A supposed case ("if i got filler and my vision went blurry, what would ..."): for the non-self-harm rules ...
CONDITIONAL = (
    r"\bif\s+(?:i|you|someone|somebody|one)\s+(?:got|had|get|gets|were|was|did|felt)\b"
    # ... or of one's scar, skin, wound ("if my scar got infected would ..."). Looked for in the clause up to
    # the mention's end, as the mention may open with its verb or subject ("if i | got a bad infection").
    r"|\bif\s+(?:my|the|your|a)\s+(?:\w+\s+)?(?:scars?|skin|wound|face|spot|mole|cut|area|lips?|eyes?)\s+"
    r"(?:got|had|were|was|started|became|turned|went|did)\b"
    # ... or a question about what will become of something ("will the bruise turn purple before it fades").
    r"|\b(?:will|would|might)\s+(?:the|my|it|this|that|they|these)\b(?:\s+\w+){0,8}\s*$"
)
#: A habit does not hold when the question says when it started ("every time i swallow ... started after").
ONSET = r"\b(?:started|starting|began|since\s+(?:the|my|yesterday|this|last)|right\s+after|today|tonight|this\s+morning)\b"
#: A clause of a word or two ("(hives)") takes the past of the clause next to it.
SHORT_CLAUSE_WORDS = 2
NOW = r"\b(?:now|today|tonight|again|still|currently|this\s+morning)\b"
#: The asker describes their own (or their child's, a friend's) current state.
PERSONAL = (
    r"\b(?:i'?m|im|i\s+am|i'?ve|ive|i\s+(?:have|had|got|feel|felt|woke|noticed|think|see|keep|just|still|now)"
    r"|my\s+(?:[a-z0-9']+\s+){0,3}?(?:is|are|was|were|has|have|had|feels?|felt|looks?|went|turned|got|keeps?|kept"
    r"|started|became|won'?t|wont|just|still|seems?|suddenly|swallowed|ate|drank)"
    r"|(?:after|since|from)\s+my|(?:he|she|they)\s+(?:is|are|has|have|had|was|were|got|just|keeps?|ate|drank"
    r"|swallowed)"
    r"|right\s+now|currently|ago|today|tonight|yesterday|this\s+morning|last\s+night|at\s+the\s+moment|now"
    # A time or a measure of one's own ("3 days after", "day 5", "a fever of 40"), one thing described ("a mole
    # that's raised").
    r"|\d+\s*(?:days?|hours?|hrs?|h|mins?|minutes?|weeks?|wks?)\s+(?:after|since|post|later|in|into)|day\s+\d+"
    r"|of\s+\d\d(?:[.,]\d)?"
    r"|(?:a|an|this|one)\s+(?:\w+\s+)?\w+\s+(?:that'?s|thats|that\s+is|which\s+is|that\s+(?:keeps|has|won'?t"
    r"|wont)))\b"
)
#: The question says it asks ahead of time: a general frame cancels even with a personal cue.
AHEAD = (
    r"\b(?:asking\s+(?:before|ahead|in\s+advance|for\s+(?:the\s+)?future|just\s+in\s+case)|before\s+i\s+(?:try|get|do"
    r"|book"
    r"|start|use|go)|for\s+future\s+reference|just\s+curious|just\s+wondering|hypothetical\w*|in\s+the\s+future"
    r"|next\s+(?:week|month|appointment|session)|(?:planning|thinking\s+(?:of|about))\s+(?:to\s+)?(?:get|getting|try"
    r"|trying"
    r"|do|doing|book|booking))\b"
)
#: Mild qualifiers make a soft sign expected healing ("swollen a little", "oozing clear stuff a bit").
MILD = (
    r"\b(?:a\s+(?:little|tiny|tad|touch|wee)(?:\s+bit)?|a\s+bit|slight(?:ly|est)?|mild(?:ly)?|minor|barely|a\s+smidge"
    r"|somewhat|tiny\s+bit|little\s+bit|kinda\s+a\s+bit|small|tiny"
    r"|little(?!\s+(?:one|ones|boy|girl|baby|kid|son|daughter|brother|sister)))\b"
)
#: A conditional with "ever" makes its whole clause hypothetical ("if my throat ever felt tight").
HYPOTHETICAL_CLAUSE = r"\bif\b(?:\s+\S+){0,6}?\s+ever\b"
#: The asker says they are safe ("i'm safe", "not in a dark way", "i won't hurt myself"): despair in such a
#: question is distress, so the broad self-harm word classes (rules/despair.py, rules/crisis.py) and the learned
#: self-harm tier do not read it as a crisis. The phrase rules (rules/self_harm.py) still do: "i'm not suicidal
#: but i keep cutting my arms" is urgent.
SAFE_STATEMENT = (
    r"\b(?:i'?m|im|i\s+am)\s+(?:totally\s+|completely\s+|perfectly\s+)?safe\b(?!\s+for\s+now)"
    r"|\bnot\s+in\s+a\s+(?:dark|bad|scary|suicidal)\s+(?:way|place|sense)\b"
    r"|\bnot\s+(?:suicidal|in\s+crisis|in\s+danger)\b"
    r"|\b(?:won'?t|will\s+not|would\s+never|wouldn'?t|not\s+going\s+to|never\s+going\s+to)\s+(?:ever\s+)?"
    r"(?:hurt|harm|do\s+anything\s+to)\s+myself\b"
)
#: A clause about the past or something resolved is ignored ("healed last year").
PAST = (
    r"\b(?:last\s+(?:year|summer|winter|spring|fall|autumn|decade)"
    r"|(?:a|one|two|three|few|several|many|\d+)\s+(?:years?|months?|decades?)\s+ago|(?:years|months)\s+ago"
    r"|(?:months?|weeks?)\s+back"
    r"|last\s+time\b(?=(?:\s+\w+){0,3}?\s+(?:had|got|did|went|was|were|\w+ed)\b)"
    r"|back\s+in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|sept?|oct|nov|dec|the\s+spring|the\s+summer|the\s+winter|the\s+autumn|the\s+fall)"
    r"|then\s+(?:stopped|settled|healed|cleared|faded|calmed|disappeared|resolved|went\s+away|went\s+down)"
    r"|stopped\s+(?:after|with|on\s+its\s+own|by\s+itself)|(?:got|getting)\s+better|turned\s+out\s+to\s+be"
    r"|(?:is|was|'s|s|are|were)\s+(?:totally|completely|perfectly|all)\s+fine|nothing\s+since|(?:gone|went|faded|disappeared|cleared)\s+"
    r"(?:in|within)\s+(?:a|an|\d+|one|two|a\s+few)\s+(?:hours?|days?|weeks?|minutes?|mins?)"
    r"|years?\s+back|ages\s+ago|(?:a\s+)?long\s+(?:time\s+)?ago|when\s+(?:he|she|they|i)\s+(?:was|were)\s+(?:\d+|little"
    r"|small|a\s+(?:baby|toddler|kid))"
    r"|as\s+a\s+(?:kid|child|teen|teenager|baby)|when\s+i\s+was\s+(?:a\s+)?(?:kid|child|teen|teenager|younger|little"
    r"|\d+)"
    r"|used\s+to|in\s+the\s+past|(?:is|are|was|were)\s+(?:\w+\s+)?years\s+old|back\s+in\s+(?:\d{4}|the\s+day|high\s+school|school|college|uni)|in\s+(?:19|20)\d\d"
    r"|once\s+(?:getting|when|in|at|during|as|before|after|years?)|(?:fainted|blacked\s+out|passed\s+out)\s+once"
    # "i once passed out after ...": once before what happened, a single time in the past.
    r"|once\s+(?:passed|fainted|blacked|had|got|went|reacted|broke|came)"
    r"|(?<!at\s)once\s*$"
    # "has gone" resolves ("the swelling has gone", "has gone down"), "has gone white" is a change.
    r"|(?<!n't\s)(?<!nt\s)(?<!not\s)(?<!never\s)healed|went\s+away|has\s+gone(?=\s*(?:$|[,.;!?]|away\b|down\b|now\b"
    r"|completely\b|and\b))"
    r"|(?<!vision\s)(?<!sight\s)(?<!hearing\s)(?<!feeling\s)(?<!voice\s)is\s+gone|are\s+gone|all\s+gone|gone\s+now|fine\s+now|ok(?:ay)?\s+now|(?:went|gone|going|calmed"
    r"|settled)\s+down(?!\s+(?:my|the|his|her|to|towards?|into|onto|past))"
    r"|better\s+now|good\s+now|normal\s+now|resolved|cleared\s+up|subsided|no\s+longer|recovered)\b"
)
#: A short follow-up like "fine now" / "it went away" also clears the clause before it ...
BACK_RESOLVED = (
    r"^(?:(?:and|so|now|it|it's|its|that|which|they|they're|all|everything|i'm|im|i|am|is|was|has|have"
    r"|had|been|totally|completely|fully|already|mostly|pretty|much|but)\s+)*"
    r"(?:healed|went\s+away|went\s+down|gone(?=\s*$|\s+(?:now|away|down|completely|totally|already))|fine|ok|okay|good|better|resolved|cleared(?:\s+up)?|subsided|settled"
    r"|recovered|broke|normal\s+again|back\s+to\s+normal"
    r"|(?:went|turned|gone|goes)\s+(?:back\s+)?(?:pink|normal)(?:\s+again)?)\b"
)
#: ... and so does a later clause that says how it ended ("then crusted and healed", "gone in a week", "it turned
#: out to be flu and i got better"), searched anywhere in it. Not "she's totally fine": a child who swallowed
#: a product or got it in an eye needs help however fine they seem ...
RESOLVED_AFTER = (
    r"\b(?:got\s+better|turned\s+out\s+to\s+be|(?:and|then)\s+(?:\w+\s+)?(?:healed|settled|cleared\s+up|went\s+away"
    r"|faded|calmed\s+down)|(?:gone|went|faded|disappeared|cleared)\s+(?:in|within)\s+(?:a|an|\d+|one|two|a\s+few)"
    r"\s+(?:hours?|days?|weeks?|minutes?|mins?)|nothing\s+since)\b"
)
#: A sign the asker was told to expect ("formed a blister like they said it would", "as expected"): its
#: clause is expected healing, not a red flag.
EXPECTED = (
    r"\b(?:(?:like|as)\s+(?:they|the\s+\w+|my\s+\w+|he|she|you|we)\s+(?:said|told|warned|mentioned|explained"
    r"|predicted)|as\s+expected|(?:was|were)\s+warned|they\s+warned\s+me)\b"
)
#: ... unless it says "otherwise" ("otherwise fine").
OTHERWISE = r"\b(?:otherwise|other\s+than|apart\s+from|except|besides)\b"
#: A word, for the negation and mild windows.
WORD = r"[a-z0-9']+"

#: How many words before a mention a negation may stand (by default; self-harm: fewer, so that "if it doesn't
#: work i'm going to end it" still counts); how many around it a mild qualifier.
NEGATION_WINDOW = 5
NEGATION_WINDOW_SHORT = 2
MILD_WINDOW = 4
#: Cues are looked for within this many characters of a mention, so a huge one-clause question stays linear.
REACH = 300
