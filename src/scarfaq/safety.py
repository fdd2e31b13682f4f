"""Fixed safety notes for scarfaq answers.

The bot never writes advice of its own. The only non-quoted words it shows are
three fixed notes, chosen by one rule:

* urgent  - the QUESTION ALONE describes a red flag: fever or chills (also
  "temp 39", "38.5", "hot and cold", "shivering", "feverish"), spreading
  redness or red streaks, pus / oozing / infection, swelling of the face, lips,
  eyes or throat, trouble breathing, a burn that blisters, bleeding that will
  not stop, skin turning white / grey / blue / dusky after a filler, a chemical
  in the eye, fainting, chest pain, a mole or scar that changes / darkens /
  bleeds / grows, a child who swallowed a product, or thoughts of self-harm or
  suicide. Checked with regular expressions on the lower-cased question before
  retrieval, so it never depends on the corpus. Urgent wins over medical.
* medical - the question, or any quoted passage, mentions a medical, skin,
  treatment, product or body-symptom term.
* none    - neither: no quoted passage and no medical term (e.g. "capital of
  Canada").

How a red-flag mention is discounted (precision matters: a note that fires on
every question gets ignored):

* Negation: a cue ("no", "not", "never", "without", "don't/doesn't/didn't",
  "isn't", "wasn't", "free of", "no sign of", ...) in the 5 words before the
  mention, inside the same clause, cancels that one mention. Clauses end at
  , . ; : ! ? ( ) and at "but", "though", "although", "however", "anyway" and
  "and now". "pus-free" / "fever free" are negated too. Another, non-negated
  mention elsewhere still counts.
* General or hypothetical questions: "cause(s)", "risk", "chance", "side
  effect", "prevent", "avoid", "what if", "in case" earlier in the clause
  cancel the mention ("does laser resurfacing cause swelling?").
* Past and resolved: a clause with "last year", "years ago", "used to", "as a
  kid", "healed", "went away", "resolved", "fine now", ... is ignored; a short
  follow-up clause such as "fine now" or "it went away" also clears the clause
  just before it ("had a fever last week, fine now"). A bare "I had a fever"
  still counts.
* Swelling: only swelling of the lips, tongue, eyes, eyelids, throat or face
  that the user describes ("my face is swollen after laser", "swollen lips",
  "swelling in my throat") is urgent; generic "swelling" questions ("how long
  does swelling last?") and cheek swelling alone are not.
* Context: a colour change counts only if a filler / injection is mentioned
  (TCA "frosting" is expected), a chemical in the eye only if an acid, peel or
  product is mentioned, a blister only with a burn, peel, laser or other
  treatment, and a child eating something only if a product is mentioned.
* Look-alikes that are not red flags: "fever blister" (a cold sore), "hay /
  cabin fever", "feverish excitement", "pus-filled pimples", "infected acne",
  "puffy eyes", "a faint scar", "dying to try", "killing me", "killer serum",
  "dead skin", "bleed the brakes", TCA "frosting" (white skin after a peel, not
  a filler), darkening of "acne scars" in general (common marks after
  pimples; one changing scar or mole still counts).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Any, Sequence

__all__ = [
    "Level",
    "SafetyNote",
    "MEDICAL_NOTE",
    "URGENT_NOTE",
    "red_flags",
    "assess",
]


class _LazyPattern:
    """A regular expression compiled on its first use, used like the `re.Pattern` it stands for.

    Compiling every pattern here costs a one-shot run tens of milliseconds at import; compiled lazily, a
    question pays only for the patterns its checks reach (a flag whose `requires` finds nothing never
    compiles its own pattern). The patterns and the rules are the same either way.
    """

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source, self._flags)
        return getattr(compiled, name)


class Level(str, enum.Enum):
    """How strong a safety note an answer needs."""

    NONE = "none"
    MEDICAL = "medical"
    URGENT = "urgent"


@dataclass(frozen=True)
class SafetyNote:
    """The fixed note to show with an answer, and the red flags that chose it."""

    level: Level
    text: str  # "" for Level.NONE
    red_flags: tuple[str, ...] = ()


MEDICAL_NOTE = (
    "This is quoted information, not medical advice.\n"
    "Talk to a dermatologist or doctor before starting any treatment, "
    "and patch-test any home remedy on a small area of skin first."
)

URGENT_NOTE = (
    "What you describe may need prompt care: please see a doctor today.\n"
    "Call emergency services now for trouble breathing, swelling of the throat "
    "or face, chest pain or fainting.\n"
    "If you have thoughts of suicide or self-harm, call a crisis line "
    "(for example 988 in the US) or emergency services now."
)

# --------------------------------------------------------------------------
# Text preparation
# --------------------------------------------------------------------------

# Phrases that look like red flags but are not, or that contain a negation word
# without negating anything ("not sure why my lips are swollen").
_NEUTRAL = _LazyPattern(
    r"\b(?:fever\s+blisters?|hay\s*fever|cabin\s+fever|spring\s+fever|fever\s+dreams?"
    r"|fever\s+pitch|bieber\s+fever|saturday\s+night\s+fever"
    r"|feverish(?:ly)?\s+(?:excitement|anticipation|pace|energy|rush|hope|speed|haste)"
    r"|blister\s+packs?|blister\s+beetles?"
    r"|shivers?\s+(?:down|up)\s+(?:my|the)\s+spine"
    r"|not\s+sure|no\s+idea|no\s+clue|don'?t\s+know|do\s+not\s+know|not\s+certain"
    r"|no\s+joke|not\s+joking|not\s+kidding|no\s+kidding|not\s+gonna\s+lie|no\s+lie|no\s+cap"
    r"|not\s+to\s+be\s+dramatic|not\s+exaggerating|not\s+even\s+joking|no\s+offen[cs]e"
    r"|not\s+only)\b"
)

_CLAUSE_SPLIT = _LazyPattern(
    r"[;!?:\n()\[\]]|(?<!\d)[.,]|[.,](?!\d)"
    r"|\b(?:but|though|although|however|anyway|anyways|except|and(?=\s+now\b))\b"
)


def _normalize(text: str) -> str:
    """Lower-case, unify quotes and spaces, and blank out known look-alikes."""
    text = text.lower()
    text = text.translate(str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"}))
    text = text.replace("&", " and ")
    text = re.sub(r"\s+", " ", text)
    return _NEUTRAL.sub(" xx ", text)


def _clauses(text: str) -> list[str]:
    """Split normalized text into clauses; negation never crosses a clause."""
    return [c.strip() for c in _CLAUSE_SPLIT.split(text)]


# --------------------------------------------------------------------------
# Negation, hypotheticals, past / resolved
# --------------------------------------------------------------------------

_NEG_WORDS = (
    r"no|not|never|without|none|nor|neither|nothing|zero|denies|denied"
    r"|don'?t|doesn'?t|didn'?t|isn'?t|wasn'?t|aren'?t|weren'?t|haven'?t|hasn'?t|hadn'?t|ain'?t"
    r"|dont|doesnt|didnt|isnt|wasnt|arent|werent|havent|hasnt|hadnt"
)
_NEG = _LazyPattern(rf"\b(?:{_NEG_WORDS}|free\s+of|absence\s+of|lack\s+of)\b")
_NEG_AFTER = _LazyPattern(r"^\s*-?\s*free\b")
_HYPO = _LazyPattern(
    r"\b(?:what\s+if|in\s+case|what\s+happens\s+if|prevent\w*|avoid\w*|risks?|chances?"
    r"|cause|causes|side\s+effects?|scared\s+to|afraid\s+to|careful)\b"
)
_WORD = _LazyPattern(r"[a-z0-9']+")
_WINDOW = 5

_PAST = _LazyPattern(
    r"\b(?:last\s+(?:year|summer|winter|spring|fall|autumn|decade)"
    r"|(?:a|one|two|three|few|several|many|\d+)\s+(?:years?|months?|decades?)\s+ago|(?:years|months)\s+ago|years?\s+back"
    r"|as\s+a\s+(?:kid|child|teen|teenager|baby)|when\s+i\s+was\s+(?:a\s+)?(?:kid|child|teen|teenager|younger|little|\d+)"
    r"|used\s+to|in\s+the\s+past|back\s+in\s+(?:\d{4}|the\s+day|high\s+school|school|college)"
    # "has gone" resolves ("the swelling has gone", "has gone down"), "has gone white" is a change.
    r"|healed|went\s+away|has\s+gone(?=\s*(?:$|[,.;!?]|away\b|down\b|now\b|completely\b|and\b))"
    r"|is\s+gone|are\s+gone|all\s+gone|gone\s+now|fine\s+now|ok(?:ay)?\s+now"
    r"|better\s+now|good\s+now|normal\s+now|resolved|cleared\s+up|subsided|no\s+longer|recovered)\b"
)
# A short follow-up like "fine now" / "it went away" also clears the clause before it.
_BACK_RESOLVED = _LazyPattern(
    r"^(?:(?:and|so|now|it|it's|its|that|which|they|they're|all|everything|i'm|im|i|am|is|was|has|have"
    r"|had|been|totally|completely|fully|already|mostly|pretty|much|but)\s+)*"
    r"(?:healed|went\s+away|gone|fine|ok|okay|good|better|resolved|cleared(?:\s+up)?|subsided|settled"
    r"|recovered|broke|normal\s+again|back\s+to\s+normal)\b"
)
_OTHERWISE = _LazyPattern(r"\b(?:otherwise|other\s+than|apart\s+from|except|besides)\b")


def _cancelled(clause: str, match: re.Match[str]) -> bool:
    """True if a red-flag mention is negated or hypothetical within its clause."""
    prefix = clause[: match.start()]
    window = " ".join(_WORD.findall(prefix)[-_WINDOW:])
    return bool(
        _NEG.search(window)
        or _HYPO.search(prefix)
        or _NEG_AFTER.match(clause[match.end():])
    )


def _resolved_clauses(clauses: list[str]) -> set[int]:
    """Indexes of clauses that talk about the past or about something resolved."""
    done: set[int] = set()
    for i, clause in enumerate(clauses):
        if _PAST.search(clause):
            done.add(i)
        if i and _BACK_RESOLVED.match(clause) and not _OTHERWISE.search(clause):
            done.update((i - 1, i))
    return done


# --------------------------------------------------------------------------
# Red flags
# --------------------------------------------------------------------------

# Up to n words that are not negations or question scaffolding.
_STOP = (
    _NEG_WORDS
    + r"|that|which|who|will|would|can|could|should|do|does|did|if|when|how|why|what|whether"
    r"|cause|causes|help|helps|make|makes"
)
_W = rf"(?:(?!(?:{_STOP})\b)[a-z0-9']+\s+)"


def _fill(n: int) -> str:
    """Regex for 0..n ordinary words followed by a space."""
    return f"{_W}{{0,{n}}}"


_AUX = (
    r"(?:(?:is|are|was|were|got|gets|has|have|had|keeps?|kept|started|starting|been|being|getting"
    r"|went|gone|feels?|felt|looks?|seems?|is\s+still|are\s+still|just|now|still|really|very|so|super"
    r"|all|completely|totally|badly|kinda|pretty|suddenly)\s+)*"
)
_AUX_REQ = _AUX[:-1] + "+"
_RED = r"(?:redness|red|reddish|reddening|redder|reddened)"
_SWELL = (
    r"(?:swoll?en|swelled|swell(?:s|ing)?\s+up|swelled\s+up|puffed\s+up|puffing\s+up|blown\s+up"
    r"|blew\s+up|ballooned|ballooning|swollen\s+shut)"
)
_BODY = r"(?:lips?|tongue|throat|eyes?|eyelids?|eye\s+lids?|face)"
_POSS = r"(?:my|his|her|their|our|your|the|one|both|a)"
_CHILD = (
    r"(?:kids?|child|children|toddlers?|bab(?:y|ies)|son|daughter|infant|little\s+one|boy|girl"
    r"|grandson|granddaughter|grandkids?|niece|nephew|\d+\s*(?:yo|y/o|year\s+old|yr\s+old|month\s+old))"
)
_INGEST = (
    r"(?:swallowed|swallowing|ate|eaten|eating|drank|drunk|drinking|ingested|licked|chewed"
    r"|sucked\s+on|got\s+into|put\s+\w+\s+in\s+(?:his|her|their)\s+mouth)"
)
_PRODUCT_WORDS = (
    r"creams?|ointments?|gels?|serums?|peels?|acids?|retin\w*|tretinoin|isotretinoin|accutane"
    r"|pills?|tablets?|capsules?|medicine|medications?|meds|lotions?|products?|bottle|tube|jar|bleach"
    r"|hydroquinone|minoxidil|vitamins?|toner|sunscreen|soap|oil|tca|solution|spironolactone"
    r"|doxycycline|antibiotics?|sample"
)
_PRODUCT = _LazyPattern(rf"\b(?:{_PRODUCT_WORDS})\b")
_FILLER = _LazyPattern(
    r"\b(?:fillers?|juv[eé]derm|restylane|radiesse|sculptra|belotero|teosyal|injectables?"
    r"|injections?|injected|lip\s+flip|tear\s+troughs?|liquid\s+rhinoplasty)\b"
)
# A steroid shot (e.g. into a keloid) can whiten skin; that is not a filler occlusion.
_STEROID_NOT_FILLER = _LazyPattern(r"^(?!.*\bfillers?\b).*\b(?:cortisone|steroids?|kenalog|triamcinolone)\b", re.S)
_CHEM = _LazyPattern(
    r"\b(?:acids?|peels?|tca|glycolic|salicylic|lactic|mandelic|azelaic|chemicals?|retin\w*|tretinoin"
    r"|solution|bleach|hydroquinone|phenol|aha|bha|jessner'?s?|toner|products?|creams?|serums?"
    r"|benzoyl|liquid|exfoliant)\b"
)
_BURN_CTX = _LazyPattern(
    r"\b(?:burn\w*|peel\w*|laser\w*|acids?|tca|ipl|chemicals?|phenol|cryo\w*|froz\w*|sun\w*|wax\w*"
    r"|retin\w*|tretinoin|glycolic|salicylic|treatments?|procedures?|microneedl\w*|dermabrasion"
    r"|creams?|scald\w*|radiofrequency|rf|morpheus|fraxel|co2|erbium|hot|iron)\b"
)


# Body temperatures: "temp is 39", "38.5", "39c", "102 f"; not prices, weights or weather.
_TEMP_VERB = (
    r"(?:is|was|of|at|hit|reads?|reading|around|about|like|almost|nearly|over|above|up\s+to|went\s+up\s+to)"
)
_NOT_MONEY = r"(?<![\d$\u00a3\u20ac.,])"
_NOT_UNIT = (
    r"(?!\s*(?:%|percent|mm|ml|mg|kg|g\b|lbs?|dollars?|usd|eur|euros?|pounds?|k\b|years?|yo\b"
    r"|weeks?|min|hours?|days?|cm|inch))"
)
_NOT_WEATHER = r"(?!\s*(?:outside|out\b|weather|in\s+the\s+(?:sun|shade)))"


@dataclass(frozen=True)
class _Flag:
    """One red-flag pattern, with optional whole-question and clause conditions."""

    name: str
    pattern: _LazyPattern
    requires: _LazyPattern | None = None  # must occur somewhere in the question
    forbids: _LazyPattern | None = None  # must not occur anywhere in the question
    clause_excludes: _LazyPattern | None = None  # mention ignored in such a clause
    clause_requires: _LazyPattern | None = None  # mention counts only in such a clause


def _rx(*alternatives: str) -> _LazyPattern:
    """Compile word-bounded alternatives into one regex."""
    return _LazyPattern(r"(?:" + "|".join(alternatives) + r")")


_FLAGS: tuple[_Flag, ...] = (
    _Flag("fever", _rx(
        r"\bf(?:e|ea)v(?:e|a)?r(?:s|ish)?\b",
        r"\bchill?s\b", r"\bshiver(?:s|ing|y)?\b", r"\bshaking\s+chills\b", r"\brigou?rs\b",
        r"\b(?:night|cold)\s+sweats\b",
        r"\b(?:feel(?:s|ing)?|felt|been|going|i'?m|im|getting|keep\s+getting)\s+(?:\w+\s+)?hot\s+(?:and|then)\s+cold\b",
        r"\bhot\s+and\s+cold\s+(?:flashes|sweats|spells|chills)\b",
        r"\b(?:i'?m|im|i\s+am|been|feel(?:ing)?)\s+(?:\w+\s+)?burning\s+up\b",
        r"\b(?:running|run|have|having|had|got|with)\s+(?:a\s+)?"
        r"(?:high\s+|slight\s+|little\s+|bit\s+of\s+a\s+)?temp(?:erature)?\b",
        rf"\btemp(?:erature)?\s+(?:{_TEMP_VERB}\s+)*(?:3[89]|4[01]|10[0-4])\b",
        rf"{_NOT_MONEY}(?:(?:3[89]|4[01]|10[0-4])[.,]\d|37[.,][89])(?!\d){_NOT_UNIT}",
        rf"{_NOT_MONEY}(?:39|4[01])\s*(?:\u00b0\s*c?|degrees?(?:\s*c(?:elsius)?)?|c)\b{_NOT_WEATHER}",
        rf"{_NOT_MONEY}10[0-4]\s*(?:\u00b0\s*f?|degrees?(?:\s*f(?:ahrenheit)?)?|f)\b{_NOT_WEATHER}",
    )),
    _Flag("spreading redness", _rx(
        rf"\b(?:{_RED}|rash|infection|inflammation)\s+{_fill(4)}{_AUX}(?:spreading|spreads|spread(?:ing)?\s+out"
        r"|expanding|growing|getting\s+(?:bigger|larger|wider)|moving\s+(?:up|down|towards?))\b",
        rf"\bspread(?:ing|s)?\s+(?:\w+\s+)?(?:{_RED}|rash)\b",
        r"\bred\s+(?:streaks?|stripes?)\b",
        r"\bred\s+lines?\s+(?:going|running|spreading|moving|coming|up|down|from|towards?)\b",
        r"\bstreak(?:s|ing|y)?\s+(?:of\s+)?red\b",
    )),
    _Flag("signs of infection", _rx(
        r"\bpuss?\b(?!\s*-?\s*filled)(?!\s+in\s+boots)",
        r"\booz(?:e|es|ed|ing|y)\b",
        r"\b(?:wound|skin|scar|burn|sore|area|cut|site)\s+(?:is\s+)?weeping\b",
        r"\b(?:yellow|green|greenish|yellowish|cloudy|smelly|foul)\s+(?:discharge|fluid|gunk|goo|liquid|crust)\b",
        r"\b(?:cellulitis|abscess(?:es)?|sepsis|septic|blood\s+poisoning)\b",
        r"\b(?:hot|warm)\s+to\s+the\s+touch\b",
        r"\bswoll?en\s+and\s+(?:hot|warm)\b", r"\b(?:hot|warm)\s+and\s+swoll?en\b",
        r"\b(?:is|are|looks?|looking|got|gotten|getting|became|become|seems?|think|might\s+be|may\s+be|could\s+be|maybe|probably)\s+"
        r"(?:\w+\s+){0,2}infected\b(?!\s+(?:acne|pimples?|zits?|spots?|follicles?|hair|ingrown|blackheads?|whiteheads?|pores?))",
        r"\b(?:have|has|got|getting|developed|developing|think\s+(?:i\s+have|it'?s|its|this\s+is)|it'?s|its|is\s+it|is\s+this"
        r"|looks?\s+like|might\s+be|could\s+be|may\s+be)\s+(?:an?\s+|some\s+|bad\s+|skin\s+|bacterial\s+)*infection\b",
    ), clause_excludes=_LazyPattern(r"\b(?:pimples?|zits?|whiteheads?|pustules?|blackheads?|breakouts?)\b")),
    _Flag("swelling of face, lips, eyes or throat", _rx(
        rf"\b{_BODY}\s+{_fill(3)}{_AUX}{_SWELL}\b",
        rf"\b{_BODY}\s+{_fill(3)}{_AUX_REQ}swell(?:ing)?\b",
        rf"(?:^|\b(?:my|his|her|their|our|a|and|have|has|had|got|with|woke\s+up\s+with)\s+)(?:very\s+|really\s+|super\s+|badly\s+|so\s+)?swoll?en\s+(?:\w+\s+)?{_BODY}\b",
        rf"\bswelling\s+(?:of|in|on|around|to)\s+(?:my|his|her|their|our|both)\s+(?:\w+\s+)?{_BODY}\b",
    )),
    _Flag("trouble breathing", _rx(
        r"\b(?:can'?t|cannot|cant|can\s+not|couldn'?t|could\s+not|struggling\s+to|hard\s+to|difficult\s+to|unable\s+to)\s+"
        r"(?:really\s+|properly\s+)?breathe?\b(?!\s+(?:through|out\s+of)\s+(?:my|the|one)\s+nos)",
        r"\b(?:trouble|difficulty|difficulties|problems?|hard\s+time|struggling|struggle|issues?)\s+(?:with\s+)?breath(?:ing|e)\b",
        r"\bshort(?:ness)?\s+(?:of\s+)?breath\b", r"\bwheez\w*", r"\bgasping\b",
        rf"\bthroat\s+{_fill(2)}{_AUX}(?:closing|closed|tight|tightening|swelling|swoll?en)\b",
        r"\banaphyla\w*", r"\bepi-?pen\b",
    )),
    _Flag("blistering burn", _rx(
        r"\bblister(?:s|ed|ing|y)?\b",
        r"\b(?:2nd|second|3rd|third)[\s-]+degree\s+burns?\b",
    ), requires=_BURN_CTX),
    _Flag("bleeding that won't stop", _rx(
        r"\b(?:won'?t|wont|doesn'?t|doesnt|didn'?t|didnt|can'?t|cant|cannot|will\s+not|does\s+not|did\s+not|not|never)\s+stop(?:ped)?\s+(?:the\s+)?bleeding\b",
        rf"\bbleeding\s+(?:that\s+|which\s+|just\s+|still\s+)?(?:won'?t|wont|doesn'?t|doesnt|hasn'?t|hasnt|isn'?t|isnt|will\s+not|has\s+not|is\s+not|can'?t|never)\s+(?:\w+\s+)?stop",
        r"\bbleeding\s+(?:really\s+|so\s+)?(?:heavily|a\s+lot|profusely|nonstop|non-stop|non\s+stop|everywhere|badly|so\s+much|like\s+crazy|for\s+(?:an?\s+|over\s+an?\s+|\d+\s+)?(?:hour|hours|hrs?|minutes|mins))\b",
        r"\b(?:keeps?|kept)\s+(?:on\s+)?bleeding\b", r"\bstill\s+bleeding\b",
        r"\bblood\s+everywhere\b", r"\bsoaked\s+(?:through\s+)?(?:the\s+|a\s+)?(?:gauze|bandage|towel|tissues?)\b",
    )),
    _Flag("skin colour change after filler", _rx(
        r"\b(?:turn(?:ed|ing|s)?|went|gone|going|goes|became|becoming|become|looks?|looking|is|are|got|getting|appears?|seems?)\s+"
        rf"{_fill(2)}(?:really\s+|very\s+|kinda\s+|kind\s+of\s+|a\s+bit\s+|all\s+|totally\s+|super\s+)?"
        r"(?:white|whitish|grey|gray|greyish|grayish|blue|bluish|blueish|purple|purplish|dusky|mottled|blotchy|pale)\b",
        r"\b(?:white|whitish|grey|gray|blue|bluish|purple|purplish|dusky|mottled|lacy)\s+(?:and\s+\w+\s+)?"
        r"(?:patch(?:es)?|spots?|area|blotch(?:es)?|discolou?ration|pattern|tinge|mark(?:s|ing)?)\b",
        r"\bblanch(?:ed|ing|es)?\b", r"\blivedo\b", r"\bnecro(?:sis|tic)\b",
        r"\b(?:vascular\s+)?occlu(?:sion|ded)\b", r"\bhit\s+an?\s+(?:blood\s+)?(?:vessel|artery|vein)\b",
        r"\b(?:blurry|blurred|lost|losing|loss\s+of|double)\s+vision\b",
    ), requires=_FILLER, forbids=_STEROID_NOT_FILLER),
    _Flag("chemical in the eye", _rx(
        r"\b(?:in|into)\s+(?:my|his|her|the|their|one|both|your)\s+(?:left\s+|right\s+)?eyes?\b"
        r"(?!\s*(?:area|cream|region|contour|bags?|circles?|zone|lids?|lashes|brows?|makeup|drops?|corners?|socket))",
    ), requires=_CHEM),
    _Flag("chemical in the eye", _rx(
        r"\b(?:got|get|went|ran|dripped|splashed|spilled|seeped|migrated|rolled)\s+(?:in|into)\s+(?:it|them|there)\b",
        r"\beyes?\s+(?:is\s+|are\s+|keeps?\s+|really\s+|so\s+|still\s+)*(?:burning|burns|on\s+fire)\b",
    ), requires=_CHEM, clause_requires=_LazyPattern(r"\beyes?\b")),
    _Flag("fainting", _rx(
        r"\bfaint(?:ed|ing)\b", r"\b(?:feel(?:s|ing)?|felt|going\s+to|gonna|about\s+to)\s+(?:really\s+|very\s+|so\s+|a\s+bit\s+)?faint\b",
        r"\b(?:passed|passing|pass|blacked|blacking)\s+out\b(?!\s+(?:flyers?|samples?|leaflets?))",
        r"\blost\s+consciousness\b", r"\b(?:went|was|became)\s+unconscious\b",
    ), clause_excludes=_LazyPattern(r"\b(?:price|prices|cost|costs|bill|quote|invoice)\b|\$")),
    _Flag("chest pain", _rx(
        r"\bchest\s+(?:is\s+|feels?\s+|has\s+been\s+|started\s+|really\s+)*(?:pains?|hurts?|hurting|tight\w*|pressure|aches?|aching)\b",
        r"\b(?:pains?|tightness|pressure)\s+in\s+(?:my|the)\s+chest\b", r"\bheart\s+attack\b",
    )),
    _Flag("changing mole or scar", _rx(
        rf"\b(?:moles?|birthmarks?|beauty\s+marks?)\s+{_fill(4)}(?:that\s+|which\s+)?{_AUX}"
        r"(?:chang(?:ed|ing|es)|grow(?:s|ing|n)|grew|bigger|larger|darker|darken(?:ed|ing|s)?|bleed(?:s|ing)|bled"
        r"|crust(?:s|ing|ed|y)|irregular|uneven|different\s+colou?rs?|new\s+colou?rs?|turn(?:ed|ing)\s+(?:\w+\s+)?(?:black|dark\w*)"
        r"|itch(?:es|ing|y)?\s+and\s+(?:grow\w*|bigger|spread\w*)|won'?t\s+heal|doesn'?t\s+heal)\b",
        r"\b(?:changing|growing|bleeding|darkening|crusty)\s+(?:\w+\s+)?(?:moles?|birthmarks?)\b",
        rf"\b(?:scars?|keloids?)\s+{_fill(3)}(?:that\s+|which\s+)?{_AUX}"
        r"(?:grow(?:s|ing|n)|grew|getting\s+(?:bigger|larger|wider|thicker)|got\s+(?:bigger|larger)|expanding"
        r"|spreading\s+(?:beyond|past|outside)|chang(?:ed|ing|es)\s+(?:shape|colou?r|size)"
        r"|itch(?:es|y|ing)?\s+and\s+(?:grow\w*|getting\s+bigger|spread\w*))\b",
        rf"(?<!acne\s)\bscar\s+{_fill(3)}{_AUX}(?:darker|darken(?:ed|ing|s)|turn(?:ed|ing)\s+(?:\w+\s+)?(?:dark\w*|black|brown))\b",
        r"\b(?:sore|spot|lesion|scab)\s+(?:that\s+|which\s+)?(?:won'?t|wont|doesn'?t|doesnt|never|will\s+not)\s+heals?\b",
    )),
    _Flag("changing mole or scar", _rx(
        rf"\b(?:scars?|keloids?)\s+{_fill(3)}(?:that\s+|which\s+)?{_AUX}(?:bleed(?:s|ing)|bled)\b",
    ), clause_excludes=_LazyPattern(
        r"\b(?:microneedl\w*|needling|derma\s*roller|dermapen|subcision|laser\w*|pick\w*|scratch\w*|shav\w*|dermabrasion|popp\w*)\b"
    )),
    # A mole that changes or bleeds is a red flag wherever the change is said in the sentence: people
    # describe where the mole is before what it does ("a mole in the middle of my scar ... it bleeds").
    _Flag("changing mole or scar", _rx(
        r"\b(?:gotten|getting|got|became|become|turned|turning|grown|grew|growing)\s+(?:\w+\s+)?"
        r"(?:darker|bigger|larger|raised|uneven|irregular|black)\b",
        r"\b(?:it|and)\s+(?:\w+\s+)?(?:bleeds|bled|bleeding|itches\s+and\s+grows|keeps\s+growing)\b",
        r"\bchanged\s+(?:its\s+)?(?:shape|colou?r|size)\b",
    ), requires=_LazyPattern(r"\b(?:moles?|birthmarks?)\b")),
    _Flag("child swallowed a product", _rx(
        rf"\b{_CHILD}\b\s*(?:'s\s+)?{_fill(5)}(?:just\s+|may\s+have\s+|might\s+have\s+|accidentally\s+|has\s+|had\s+|is\s+|was\s+)*{_INGEST}"
        rf"(?:\s*$|\s+(?:(?!and\b|then\b)[a-z0-9']+\s+){{0,3}}?(?:{_PRODUCT_WORDS}|it|some|them|half|all|a\s+bit|a\s+lot)\b)",
    ), requires=_PRODUCT),
    _Flag("swallowed a product", _rx(
        r"\baccidentally\s+(?:swallowed|drank|ate|ingested)\b",
    ), requires=_PRODUCT),
    _Flag("self-harm or suicide", _rx(
        r"\bs(?:ui|iu|u)c+i?d(?:e|es|al|ally)\b", r"\bkill(?:ing)?\s+my\s*self\b", r"\bkms\b", r"\bunalive\b",
        r"\bend(?:ing)?\s+(?:my\s+(?:own\s+)?life|it\s+all)\b", r"\btake\s+my\s+(?:own\s+)?life\b",
        r"\b(?:want(?:ed)?|wanna|wish\s+i\s+could|ready)\s+(?:to\s+)?die\b",
        r"\bwish(?:ed)?\s+i\s+(?:was|were)\s+(?:dead|gone)\b",
        r"\bwish(?:ed)?\s+i\s+(?:wasn'?t|wasnt|weren'?t|was\s+not|were\s+not)\s+(?:alive|here|born|around)\b",
        r"\bwish(?:ed)?\s+i\s+(?:had\s+)?never\s+(?:been\s+born|existed)\b",
        r"\bbetter\s+off\s+(?:dead|gone|without\s+me|if\s+i\s+(?:wasn'?t|wasnt|weren'?t|werent|was\s+not|were\s+not|didn'?t\s+exist|was\s+gone|were\s+gone|died))\b",
        r"\b(?:easier|better)(?:\s+off)?(?:\s+for\s+every(?:one|body))?\s+if\s+i\s+(?:just\s+)?"
        r"(?:wasn'?t|wasnt|weren'?t|werent|was\s+not|were\s+not|didn'?t\s+exist|was\s+gone|were\s+gone|died|disappeared)\b",
        r"\b(?:wish|wishing|thinking|thought)\b[^.?!]{0,40}\b(?:wasn'?t|wasnt|weren'?t|was\s+not|not\s+be)\s+alive\b",
        r"\b(?:no|zero)\s+(?:reason|point)\s+(?:to\s+live|(?:in\s+)?living|(?:in\s+)?going\s+on)\b",
        r"\bnothing\s+(?:left\s+)?to\s+live\s+for\b",
        r"\b(?:no\s*one|nobody)\s+(?:would|will)\s+(?:even\s+)?(?:care|notice|miss\s+me)\s+if\s+i\s+"
        r"(?:died|was\s+gone|were\s+gone|disappeared|wasn'?t\s+here|weren'?t\s+here|killed\s+myself)\b",
        r"\b(?:can'?t|cannot|cant|can\s+not)\s+go\s+on(?=\s*$|\s+(?:like\s+this|anymore|any\s+more|living|with\s+(?:my\s+)?life))",
        r"\b(?:don'?t|dont|do\s+not)\s+want\s+to\s+(?:be\s+(?:alive|here\s+any\s*more|around\s+any\s*more)|exist|wake\s+up"
        r"|live\s*$|live\s+(?:any\s*more|like\s+this))",
        r"\b(?:life\s+(?:is\s*n[o']?t|isn'?t|isnt|ain'?t|is\s+not)|not)\s+worth\s+living\b",
        r"\bself[\s-]?harm\w*", r"\b(?:harm|harming)\s+my\s*self\b",
        r"\b(?:want|wanna|going|gonna|thinking\s+about|thought\s+about|thoughts\s+of|urges?\s+to|urge\s+to|tempted\s+to|feel\s+like)\s+"
        r"(?:to\s+)?(?:hurt(?:ing)?|cut(?:ting)?|harm(?:ing)?)\s+my\s*self\b",
        r"\bhurt(?:ing)?\s+my\s*self\s+on\s+purpose\b",
        r"\b(?:want|wanna|going|gonna|thinking\s+about|planning)\s+(?:to\s+)?overdose\b",
    )),
)


def _flag_fires(flag: _Flag, text: str, clauses: list[str], resolved: set[int]) -> bool:
    """True if any non-negated, non-resolved mention of this flag is in the text."""
    if flag.requires is not None and not flag.requires.search(text):
        return False
    if flag.forbids is not None and flag.forbids.search(text):
        return False
    for i, clause in enumerate(clauses):
        if i in resolved or (flag.clause_excludes is not None and flag.clause_excludes.search(clause)):
            continue
        if flag.clause_requires is not None and not flag.clause_requires.search(clause):
            continue
        if any(not _cancelled(clause, m) for m in flag.pattern.finditer(clause)):
            return True
    return False


def red_flags(question: str) -> tuple[str, ...]:
    """Names of the red flags the question itself describes (question text only)."""
    text = _normalize(question)
    clauses = _clauses(text)
    resolved = _resolved_clauses(clauses)
    found: list[str] = []
    for flag in _FLAGS:
        if flag.name in found:
            continue
        if _flag_fires(flag, text, clauses, resolved):
            found.append(flag.name)
    return tuple(found)


# --------------------------------------------------------------------------
# Medical topic
# --------------------------------------------------------------------------

_MEDICAL = _LazyPattern(
    r"\b(?:acne|scar(?:s|red|ring|ry)?|atrophic|hypertrophic|keloids?|ice\s*pick|boxcar|rolling\s+scars?"
    r"|pimples?|zits?|blackheads?|whiteheads?|breakouts?|blemish\w*|pores?|cyst\w*|pustules?|comedon\w*"
    r"|skin(?:s|care|-care)?|derm\w*|complexion|wrinkles?|anti-?aging|pigment\w*|hyperpigment\w*|melasma|pih"
    r"|dark\s+(?:spots?|marks?|circles?)|spot\s+treatments?|rosacea|eczema|psoriasis|rash(?:es)?|hives"
    r"|moles?|warts?|birthmarks?|freckles?|sunburn\w*|sun\s+damage|spf|sunscreen|sunblock"
    r"|laser(?!\s*(?:printer|pointer|cutter|cutting|engraver|tag|level))s?|fraxel|co2|erbium|ipl|picosure|morpheus"
    r"|radiofrequency|microneedl\w*|needling|dermapen|derma\s*rollers?|subcision|tca|cross\s+technique"
    r"|(?:chemical|tca|acid|glycolic|salicylic|lactic|jessner'?s?|phenol|mandelic|face|facial|skin|home|deep|medium|light|superficial)\s+peels?"
    r"|peel(?:ing)?\s+skin|peel\s+solution"
    r"|(?:after|from|before|my|a|the|this|that|next|first|second|last|each|every)\s+peels?\b"
    r"(?!\s+(?:of|a|an|the|potatoes?|apples?|oranges?|mangos?|mangoes?|bananas?|carrots?|garlic|onions?|lemons?|limes?))|skin\s+(?:is\s+)?peeling|dermabrasion|microdermabrasion|prp|vampire\s+facial|facials?"
    r"|fillers?(?!\s+(?:for\s+)?(?:wood|walls?|drywall|cracks?|holes?|gaps?|plaster))|botox|injectables?"
    r"|(?<!fuel\s)injections?|collagen|hyaluronic|retin\w*|tretinoin|isotretinoin|accutane|adapalene|differin"
    r"|benzoyl|salicylic|glycolic|lactic\s+acid|azelaic|niacinamide|hydroquinone|aha|bha|vitamin\s+[ace]|vitamins?"
    r"|moisturi[sz]\w*|cleansers?|exfoliat\w*|(?:sheet|clay|face|peel-off|overnight|sleeping)\s+masks?"
    r"|(?<!ice\s)(?<!sour\s)(?<!whipped\s)creams?(?!\s*(?:cheese|sauce|of\s+tartar|soda|puffs?|pies?|cakes?))"
    r"|ointments?|gels?|serums?|lotions?|vaseline|petroleum\s+jelly|silicone\s+(?:gel|sheets?)|mederma|bio-?\s?oil"
    r"|aloe|tea\s+tree|rosehip|home\s+remed\w*|remed(?:y|ies)|natural\s+treatments?"
    r"|treatments?|therap(?:y|ies)|procedures?|surger(?:y|ies)|surgical|surgeons?|stitches|sutures"
    r"|doctors?|physicians?|dermatolog\w*|clinics?|hospitals?|nurses?|emergency|pharmac\w*"
    r"|medic\w*|meds|drugs?|pills?|tablets?|prescri\w*|dos(?:e|es|age)|antibiotics?|steroids?|cortisone"
    r"|hydrocortisone|spironolactone|doxycycline|side\s+effects?|symptoms?|allerg\w*|pregnan\w*|breastfeeding"
    r"|pain(?:ful)?|hurts?|aches?|sore(?:ness)?|numb(?:ness)?|tingl\w*|itch\w*|burning\s+(?:sensation|skin|face)|stinging"
    r"|redness|swell\w*|swollen|inflam\w*|bruis\w*|blister\w*|wounds?|heal(?:s|ed|ing)?|infect\w*|pus|ooz\w*"
    r"|fevers?|feverish|chills|bleeding|bled|nausea|vomit\w*|dizz\w*|faint(?:ed|ing)|headaches?|breath(?:e|ing|less)?"
    r"|chest\s+pain|suicid\w*|self-?harm|depress\w*|anxiety|mental\s+health)\b"
)


def _is_medical(question: str, passage_texts: Sequence[str]) -> bool:
    """True if the question or any quoted passage mentions a medical or skin-care term."""
    if _MEDICAL.search(question.lower()):
        return True
    return any(_MEDICAL.search(p.lower()) for p in passage_texts if p and p.strip())


def assess(question: str, passage_texts: Sequence[str] = ()) -> SafetyNote:
    """Pick the fixed safety note for a question and the passages quoted in reply."""
    flags = red_flags(question)
    if flags:
        return SafetyNote(Level.URGENT, URGENT_NOTE, flags)
    if _is_medical(question, passage_texts):
        return SafetyNote(Level.MEDICAL, MEDICAL_NOTE)
    return SafetyNote(Level.NONE, "")
