"""Fixed safety notes for scarfaq answers.

The bot never writes advice of its own. The only non-quoted words it shows are
three fixed notes, chosen by one rule:

* urgent  - the QUESTION ALONE describes (about the asker, their child or someone they care for) a current
  red flag, as an ER triage nurse would hear it. Checked with regular expressions on the lower-cased question
  before retrieval, so it never depends on the corpus. Urgent wins over medical. Two nets catch them: the
  phrase rules of this module, and triage.py's *kinds of words that meet in one clause* (something happening
  and what makes it urgent: bleeding + won't stop, a child + ate + a product, a filler + a colour change),
  which catch wordings no phrase list foresees; the negation, general-question, past and mild-qualifier
  rules below apply to both. The red flags, by kind of wording rather than fixed sentences:
  - fever or chills ("temp 39", "38.5", "hot and cold", "shivering", "feverish");
  - spreading or worsening after a treatment: spreading redness or red streaks; redness, swelling, pain, a
    rash, a wound or the treated area getting worse / bigger / redder, worse not better, doubled, twice the
    size, creeping out, moving or spreading to the neck or ear (not acne, pigment or scars in general);
  - infection: pus, oozing or weeping, yellow / green / cloudy / smelly discharge or crust, a bad smell,
    abscess, cellulitis, or two signs together: heat with swelling, severe pain, worsening or discharge;
    discharge with a pus colour or smell, heat or severe pain; swelling with severe pain;
  - swelling of the face, lips, eyes, tongue or throat; trouble breathing or swallowing in any words ("throat
    feels like it's closing", "hard to swallow", "can't catch my breath", "wheezy", "struggling for air");
  - a burn that blisters or skin coming off in sheets; bleeding that will not stop (gushing, pouring, not
    clotting, through the gauze, despite pressure, for an hour, or any ongoing bleeding on blood thinners);
  - after a filler or an injection near the face: skin turning white / grey / blue / dusky, or any change of
    sight (can't see properly, blurry, dark, double, lost sight), which also counts when it is sudden;
  - a chemical in the eye; fainting; chest pain;
  - a changing spot: a mole, scar, spot, freckle, lump or sore that grows, darkens, has several colours or an
    irregular border, bleeds for no reason, keeps opening or scabbing, or will not heal;
  - a child (kid, toddler, baby, "3yo", "2 year old") who ate, drank, licked, chewed or got into a product, or
    with a product in or around the mouth, or found with an open product;
  - self-harm or suicide, also indirect ("no point anymore", "want it all to end", "done with life", "tired of
    being alive", pills saved up, a plan, a goodbye note, cutting or burning oneself) and in the third person
    ("my daughter wants to die", "he's been cutting himself").
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
  effect", "prevent", "avoid", "what if", "in case", "if ... ever",
  "hypothetically" earlier in the clause cancel the mention ("does laser
  resurfacing cause swelling?"). General frames ("is it common / normal to",
  "what is", "how long", "can fillers ...", "signs of", "how do I know if",
  "if", "usually"; or after the mention "... a side effect of", "... normal
  after") cancel it too, but only when the question describes nothing of the
  asker's own ("my face is", "I have", "after my", "since", "today", "now"),
  or says it asks ahead ("asking before I try it", "next week"). They never
  cancel self-harm words.
* Mild qualifiers: "a little", "a bit", "slightly", "mild", "minor" next to a
  soft sign (oozing or weeping, swelling of lips / eyes / face, heat, severe-
  pain words) make it expected healing ("swollen a little and oozing clear
  stuff a bit"); pus, a swelling shut, tongue or throat, worsening and the
  other red flags stay urgent.
* Figures of speech: "die of embarrassment", "killing my self-esteem",
  "hard-to-swallow pills", "I can't do this anymore" on its own (it counts
  with a second sign of despair).
* Past and resolved: a clause with "last year", "years ago", "used to", "as a
  kid", "healed", "went away", "resolved", "fine now", ... is ignored; a short
  follow-up clause such as "fine now" or "it went away" also clears the clause
  just before it ("had a fever last week, fine now"). A bare "I had a fever"
  still counts.
* Swelling: only swelling of the lips, tongue, eyes, eyelids, throat or face
  that the user describes ("my face is swollen after laser", "swollen lips",
  "swelling in my throat") is urgent; generic "swelling" questions ("how long
  does swelling last?") and cheek swelling alone are not (a cheek swollen
  and hot, or swollen and getting bigger, is an infection).
* Context: a colour change counts only if a filler / injection is mentioned
  (TCA "frosting" is expected), a change of sight only after a filler or
  injection or when sudden, a hoarse voice or lump in the throat only after a
  product or treatment, bleeding of any amount only on blood thinners, a chemical in the eye only if an acid, peel or
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
import functools
import re
from dataclasses import dataclass
from typing import Any, Sequence

__all__ = [
    "Level",
    "SafetyNote",
    "MEDICAL_NOTE",
    "URGENT_NOTE",
    "CRISIS_NOTE",
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
    lead: str = ""
    """The part of the note before its red-flag list (what the chat shows collapsed); "" shows `note` whole."""
    carried: bool = False
    """Urgent because the conversation was: a follow-up to an urgent question."""

    @property
    def note(self) -> str:
        """The whole fixed text (the front ends read this name)."""
        return self.text


MEDICAL_NOTE = (
    "This is quoted information, not medical advice.\n"
    "Talk to a dermatologist or doctor before starting any treatment, "
    "and patch-test any home remedy on a small area of skin first."
)

#: The urgent note when the question speaks of suicide or self-harm: the crisis line comes first.
CRISIS_NOTE = (
    "You matter, and you do not have to face this alone: if you are thinking of suicide or of hurting "
    "yourself, call or text a crisis line (988 in the US) or emergency services now.\n"
    "A doctor can help with scars and with how they make you feel."
)
_SELF_HARM = "self-harm or suicide"

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
    r"|not\s+only|self[\s-]*(?:esteem|confidence|worth|image|respect|care|tanner|tan)"
    # Figures of speech: "want to die of embarrassment", "dying of laughter".
    r"|(?:die|dying|died|dead)\s+(?:of|from)\s+(?:embarrass\w*|shame|cringe|laugh\w*|boredom|envy|jealousy|curiosity)"
    r"|hard\s+to\s+swallow\s+(?:pills?|news|truth|facts?)"
    r"|(?:pills?|capsules?|tablets?|news|truth|price|prices|fact|reality|bill|cost)\s+(?:\w+\s+){0,2}(?:is|are|was|were)\s+"
    r"(?:\w+\s+)?(?:hard|difficult|tough)\s+to\s+swallow)\b"
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
    r"|cause|causes|side\s+effects?|scared\s+to|afraid\s+to|careful|hypothetical\w*|childproof\w*|out\s+of\s+reach"
    r"|if\s+(?:\S+\s+){0,6}?ever)\b"
)
# General questions ("is it common to get a fever after laser", "what is vascular occlusion", "how long does
# oozing last"): they cancel a later mention in the clause only when the question describes nothing of the
# asker's own (no _PERSONAL cue), or when the question says it is asking ahead (_AHEAD).
_GENERAL = _LazyPattern(
    r"\b(?:is\s+it\s+(?:\w+\s+)?(?:common|normal|usual|typical|possible|rare|unusual|likely|bad|dangerous|safe|ok|okay"
    r"|serious|true)\s+(?:to|for|that|if|when)|how\s+(?:common|often|likely|rare|long|soon|bad|dangerous|serious)"
    r"|(?:do|does|can|could|will|would|might|may)\s+(?:\w+\s+){0,3}?(?:get|have|develop|experience|cause|lead|give|make"
    r"|result|go|happen)|what\s+(?:is|are|does|do|causes?|counts\s+as|should|would|to)|what'?s|whats"
    r"|signs?\s+of|symptoms?\s+of|warning\s+signs?|how\s+(?:do|can|would|will|should)\s+(?:i|you|we|one)\s+"
    r"(?:know|tell|recogni[sz]e|spot|identify)|when\s+(?:should|do|to|would)\s+(?:i\s+|you\s+|one\s+)?"
    r"(?:worry|see|call|go|seek)|should\s+i\s+(?:be\s+)?worr\w*\s+about|if|usually|typically|generally|normally"
    r"|in\s+general|ever)\b"
)
# ... or after the mention: "is blurry vision a side effect of filler", "is swelling normal after laser".
_GENERAL_AFTER = _LazyPattern(
    r"^\s*(?:\w+\s+){0,3}?(?:an?\s+)?(?:common\s+|normal\s+|known\s+|possible\s+|rare\s+|usual\s+)?"
    r"(?:side\s+effects?|signs?|symptoms?|risks?|complications?)\s+(?:of|from|after|with|when)\b"
    r"|^\s*(?:\w+\s+){0,2}?(?:common|normal|usual|expected|typical|possible|likely|rare)\s+(?:after|with|from|when|in|for)\b"
)
# The asker describes their own (or their child's, a friend's) current state.
_PERSONAL = _LazyPattern(
    r"\b(?:i'?m|im|i\s+am|i'?ve|ive|i\s+(?:have|had|got|feel|felt|woke|noticed|think|see|keep|just|still|now)"
    r"|my\s+(?:[a-z0-9']+\s+){0,3}?(?:is|are|was|were|has|have|had|feels?|felt|looks?|went|turned|got|keeps?|kept"
    r"|started|became|won'?t|wont|just|still|seems?|suddenly|swallowed|ate|drank)"
    r"|(?:after|since|from)\s+my|(?:he|she|they)\s+(?:is|are|has|have|had|was|were|got|just|keeps?|ate|drank|swallowed)"
    r"|right\s+now|currently|ago|today|tonight|yesterday|this\s+morning|last\s+night|at\s+the\s+moment|now)\b"
)
_AHEAD = _LazyPattern(
    r"\b(?:asking\s+(?:before|ahead|in\s+advance|for\s+(?:the\s+)?future|just\s+in\s+case)|before\s+i\s+(?:try|get|do|book"
    r"|start|use|go)|for\s+future\s+reference|just\s+curious|just\s+wondering|hypothetical\w*|in\s+the\s+future"
    r"|next\s+(?:week|month|appointment|session)|(?:planning|thinking\s+(?:of|about))\s+(?:to\s+)?(?:get|getting|try|trying"
    r"|do|doing|book|booking))\b"
)
# Mild qualifiers make a soft sign expected healing ("swollen a little", "oozing clear stuff a bit").
_MILD = _LazyPattern(
    r"\b(?:a\s+(?:little|tiny|tad|touch|wee)(?:\s+bit)?|a\s+bit|slight(?:ly|est)?|mild(?:ly)?|minor|barely|a\s+smidge"
    r"|somewhat|tiny\s+bit|little\s+bit|kinda\s+a\s+bit)\b"
)
_MILD_WINDOW = 4
_REACH = 300
_WORD = _LazyPattern(r"[a-z0-9']+")
_WINDOW = 5

_PAST = _LazyPattern(
    r"\b(?:last\s+(?:year|summer|winter|spring|fall|autumn|decade)"
    r"|(?:a|one|two|three|few|several|many|\d+)\s+(?:years?|months?|decades?)\s+ago|(?:years|months)\s+ago|years?\s+back"
    r"|as\s+a\s+(?:kid|child|teen|teenager|baby)|when\s+i\s+was\s+(?:a\s+)?(?:kid|child|teen|teenager|younger|little|\d+)"
    r"|used\s+to|in\s+the\s+past|back\s+in\s+(?:\d{4}|the\s+day|high\s+school|school|college)"
    # "has gone" resolves ("the swelling has gone", "has gone down"), "has gone white" is a change.
    r"|(?<!n't\s)(?<!nt\s)(?<!not\s)(?<!never\s)healed|went\s+away|has\s+gone(?=\s*(?:$|[,.;!?]|away\b|down\b|now\b|completely\b|and\b))"
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


class _Question:
    """One question prepared for the checks: normalized text, clauses, resolved clauses, lazy facts."""

    __slots__ = ("_general_ok", "clauses", "resolved", "text")

    def __init__(self, question: str) -> None:
        self.text = _normalize(question)
        self.clauses = _clauses(self.text)
        self.resolved = _resolved_clauses(self.clauses)
        self._general_ok: bool | None = None

    @property
    def general_ok(self) -> bool:
        """Whether a general-question frame may cancel a mention: nothing personal is described, or it asks ahead."""
        if self._general_ok is None:
            self._general_ok = bool(_AHEAD.search(self.text)) or not _PERSONAL.search(self.text)
        return self._general_ok


def _cancelled(clause: str, match: re.Match[str], q: _Question | None = None, *, general: bool = True,
               mild: bool = False) -> bool:
    """True if a red-flag mention is negated, hypothetical, general or (for soft signs) mild within its clause."""
    # Cues are looked for within _REACH characters of the mention, so a huge one-clause question stays linear.
    prefix = clause[max(0, match.start() - _REACH): match.start()]
    suffix = clause[match.end(): match.end() + _REACH]
    words = _WORD.findall(prefix)
    window = " ".join(words[-_WINDOW:])
    if _NEG.search(window) or _HYPO.search(prefix) or _NEG_AFTER.match(suffix):
        return True
    if mild and (
        _MILD.search(" ".join(words[-_MILD_WINDOW:]))
        or _MILD.search(match.group())
        or _MILD.search(" ".join(_WORD.findall(suffix)[:_MILD_WINDOW]))
    ):
        return True
    if general and q is not None and (_GENERAL.search(prefix) or _GENERAL_AFTER.match(suffix)):
        return q.general_ok
    return False


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
    r"|went|gone|gotten|grown|become|became|feels?|felt|looks?|seems?|is\s+still|are\s+still|just|now|still|really|very|so|super"
    r"|much|way|even|that'?s|thats|it'?s|its"
    r"|all|completely|totally|badly|kinda|pretty|suddenly)\s+)*"
)
_AUX_REQ = _AUX[:-1] + "+"


def _swelling_patterns(body: str) -> tuple[str, ...]:
    """Regexes for a described swelling of `body` ("my lips are swollen", "swollen eyes", "swelling in my throat")."""
    return (
        rf"\b{body}\s+{_fill(3)}{_AUX}{_SWELL}\b",
        rf"\b{body}\s+{_fill(3)}{_AUX_REQ}swell(?:ing)?\b",
        (
            rf"(?:^|\b(?:my|his|her|their|our|a|and|have|has|had|got|with|woke\s+up\s+with)\s+)(?:very\s+|really\s+|super\s+"
            rf"|badly\s+|so\s+)?swoll?en\s+(?:\w+\s+)?{body}\b"
        ),
        rf"\bswelling\s+(?:of|in|on|around|to)\s+(?:my|his|her|their|our|both)\s+(?:\w+\s+)?{body}\b",
    )
_RED = r"(?:redness|red|reddish|reddening|redder|reddened)"
_SWELL = (
    r"(?:swoll?en|swelled|swell(?:s|ing)?\s+up|swelled\s+up|puffed\s+up|puffing\s+up|blown\s+up"
    r"|blew\s+up|ballooned|ballooning|swollen\s+shut)"
)
_BODY = r"(?:lips?|tongue|throat|eyes?|eyelids?|eye\s+lids?|face)"
_BODY_HARD = r"(?:tongue|throat)"
_BODY_SOFT = r"(?:lips?|eyes?|eyelids?|eye\s+lids?|face|mouth)"
_POSS = r"(?:my|his|her|their|our|your|the|one|both|a)"
_CHILD = (
    r"(?:kids?|child|children|toddlers?|bab(?:y|ies)|son|daughter|infant|little\s+one|boy|girl"
    r"|grandson|granddaughter|grandkids?|niece|nephew|\d+\s*(?:yo|y/o|year\s+old|yr\s+old|month\s+old))"
)
_INGEST = (
    r"(?:swallowed|swallowing|ate|eaten|eating|drank|drunk|drinking|ingested|licked|licking|chewed(?:\s+on)?"
    r"|chewing(?:\s+on)?|sucked(?:\s+on)?|sucking(?:\s+on)?|tasted|bit\s+into|got\s+into|gotten\s+into|got\s+at"
    r"|got\s+hold\s+of|gotten\s+hold\s+of|(?:put|had|stuck)\s+(?:\w+\s+){0,4}in\s+(?:his|her|their)\s+mouth)"
)
_PRODUCT_WORDS = (
    r"creams?|ointments?|gels?|serums?|peels?|acids?|retin\w*|tretinoin|isotretinoin|accutane"
    r"|pills?|tablets?|capsules?|medicine|medications?|meds|lotions?|products?|bottle|tube|jar|bleach"
    r"|hydroquinone|minoxidil|vitamins?|toner|sunscreen|soap|oil|tca|solution|spironolactone"
    r"|doxycycline|antibiotics?|sample"
)
_PRODUCT = _LazyPattern(rf"\b(?:{_PRODUCT_WORDS})\b")
_SELF = r"(?:my|him|her|them|their|our)\s*sel(?:f|ves)"
_FILLER_WORDS = (
    r"fillers?|juv[eé]derm|restylane|radiesse|sculptra|belotero|teosyal|injectables?"
    r"|injections?|injected|lip\s+flip|tear\s+troughs?|liquid\s+rhinoplasty|syringe|cannula|jabs?"
    r"|hit\s+an?\s+(?:blood\s+)?(?:vessel|artery|vein)"
)
_FILLER = _LazyPattern(rf"\b(?:{_FILLER_WORDS})\b")
# Any injection near the face, for a sudden change of sight.
_INJECTED = _LazyPattern(rf"\b(?:{_FILLER_WORDS}|botox|dysport|xeomin|needles?|inject\w*|nose\s+job|kybella|prp|pdo)\b")
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


# Signs that mean infection (or an abscess) when two of them meet in the question: heat with swelling, severe
# pain, worsening or discharge; discharge with a pus colour or smell, heat or severe pain; swelling with
# severe pain. Each is an ordinary red-flag mention: negation, past, general frames and mild qualifiers apply.
_HEAT = _LazyPattern(
    r"(?:(?:^|\b(?:is|are|feels?|felt|feeling|looks?|getting|gets|got|went|so|very|really|super|quite|pretty|kinda|and|also"
    r"|still|all|burning|red|swollen|throbbing|painful|sore|hard|hurts|hot))\s+|^)(?:hot|warm|hotter|warmer|burning\s+hot)\b"
    r"(?!\s+(?:water|compress\w*|showers?|baths?|towels?|weather|wax|tools?|irons?|days?|summer|climate|room|yoga|sauna"
    r"|sun|drinks?|tea|coffee|pink|tones?|undertones?|light|flash\w*|spring|and\s+cold|or\s+cold|then\s+cold))"
    r"|\bheat\s+(?:is\s+)?(?:coming|radiating|pouring)\s+(?:off|from|out)\b|\bradiating\s+heat\b|\b(?:hot|warm)\s+to\s+the\s+touch\b"
)
_SWELL_SIGN = _LazyPattern(
    r"\b(?:swoll?en|swell(?:ed|s|ing)(?:\s+up)?|puff(?:y|ed\s+up|ing\s+up)|lump|knot|nodule"
    r"|hard\s+(?:and|lump|bump|knot|area|spot|ball)|(?:went|gone|got|is|feels?|felt|getting|rock|really|very|so)\s+hard)\b"
)
_PAIN_SEVERE = _LazyPattern(
    r"\b(?:throb\w*|excruciating|unbearable|agony|agoni[sz]ing|severe\s+pain|worst\s+pain"
    r"|(?:hurts?|hurting|painful|pain|aches?|stings?|burns?)\s+(?:like\s+(?:crazy|hell|mad|a\s+bitch|nothing\s+else)|so\s+(?:much|bad)"
    r"|really\s+bad|a\s+lot|badly|terribly)"
    r"|(?:super|extremely|really|very|so|insanely|incredibly|crazy|unbelievably|horribly)\s+(?:painful|sore|tender)"
    r"|pain\s+is\s+(?:\w+\s+)?(?:getting\s+worse|unbearable|intense|severe|awful))\b"
)
_WORSE_SIGN = _LazyPattern(
    r"\b(?:getting\s+(?:worse|bigger|larger|redder|hotter|wider|more\s+(?:swollen|painful|red))"
    r"|worse\s+(?:and\s+worse|not\s+better|instead\s+of\s+better|every|each|by\s+the)"
    r"|(?:bigger|larger|redder|worse)\s+(?:every|each|by\s+the)\s+(?:hour|day|minute)|spreading|doubled"
    r"|keeps?\s+(?:growing|spreading|getting\s+(?:bigger|worse)))\b"
)
_DISCHARGE = _LazyPattern(
    r"\b(?:leak\w*|weep\w*|drain(?:s|ed|ing)?|seep\w*|ooz\w*|discharg\w*|crust\w*"
    r"|(?:stuff|fluid|liquid|goo|gunk|juice)\s+(?:is\s+|keeps\s+)?(?:coming|leaking|seeping|dripping|draining))\b"
)
_PUS_COLOUR = _LazyPattern(
    r"\b(?:yellow\w*|green\w*|cloudy|milky|murky|brownish|honey[\s-]?colou?red|smell\w*|stinks?|stinky|stinking"
    r"|foul|rotten|pus)\b"
)
_NOT_INFECTION_CLAUSE = _LazyPattern(r"\b(?:pimples?|zits?|whiteheads?|pustules?|blackheads?|breakouts?)\b")
# Worsening that is not healing: the subject is a symptom or the treated spot, not acne or pigment.
_SYMPTOM = (
    rf"(?:{_RED}|swelling|pain|soreness|tenderness|rash|infection|inflammation|wound|site|incision|burn|blister"
    r"|bump|lump|hardness|welt|patch|area|red\s+(?:area|patch|mark|ring|spot|skin))"
)
_NOT_WORSENING_CLAUSE = _LazyPattern(
    r"\b(?:acne|pimples?|zits?|breakouts?|blackheads?|whiteheads?|pores|pigment\w*|hyperpigment\w*|melasma|dark\s+spots"
    r"|marks|scars|wrinkles|texture|purg\w*|eczema|psoriasis|rosacea|creams?|serums?|products?|sunscreen|moisturi\w*"
    r"|oils?|gels?|lotions?|acids?|better)\b"
)
# A skin reaction context (for signs that are vague on their own, like a hoarse voice).
_REACTION_CTX = _LazyPattern(
    rf"\b(?:{_PRODUCT_WORDS}|{_FILLER_WORDS}|peel\w*|laser\w*|masks?|numbing|lidocaine|emla|treatments?|procedures?"
    r"|allerg\w*|reaction|hives)\b"
)
_ANTICOAG = _LazyPattern(
    r"\b(?:blood\s+thinn\w*|anti-?coagula\w*|warfarin|coumadin|eliquis|apixaban|xarelto|rivaroxaban|heparin"
    r"|clopidogrel|plavix|pradaxa|dabigatran|lovenox|enoxaparin)\b"
)
_LESION = r"(?:spot|mark|patch|growth|lesion|freckle|mole|birthmark|lump|bump|nodule|sore|scab|ulcer|blemish)"
_COLOUR = r"(?:black|blue|red|brown|white|pink|grey|gray|purple|tan|dark\s+brown|light\s+brown)"
_LESION_ONE = _LazyPattern(rf"\b(?:{_LESION}|scar|keloid)\b")
_NOT_LESION_CLAUSE = _LazyPattern(
    r"\b(?:pimples?|zits?|acne|whiteheads?|pih|post-?inflammatory|pores?|hair|pigment\w*|son|daughter|kids?|baby"
    r"|business|collagen|swelling|redness)\b"
)
_DESPAIR = _LazyPattern(
    r"\b(?:(?:can'?t|cant|cannot|can\s+not)\s+(?:do|take|handle|deal\s+with|cope\s+with)\s+(?:this|it|any\s+of\s+(?:this|it))"
    r"(?:\s+\w+){0,2}\s+(?:any\s*more|any\s+longer)|(?:can'?t|cant|cannot)\s+cope|hopeless|give\s+up\s+on\s+(?:everything|myself|life)"
    r"|no\s+way\s+out|nothing\s+left|(?:want|wanna)\s+to\s+disappear|so\s+tired\s+of\s+(?:everything|it\s+all)"
    r"|(?:don'?t|dont|do\s+not|can'?t|cant)\s+see\s+(?:the|a|any)\s+point|what'?s\s+the\s+point|whats\s+the\s+point"
    r"|(?:i'?m|im|i\s+am)\s+(?:so\s+|just\s+)?done)\b"
)


# Loss, blur, darkness or doubling of sight (urgent after a filler or an injection near the face, or sudden).
_VISION = _LazyPattern(
    r"\b(?:can'?t|cant|cannot|can\s+not|couldn'?t|unable\s+to|hard\s+to|trouble|struggling\s+to)\s+see\s+"
    r"(?:properly|well|clearly|right|straight|out\s+of|anything|much|from|at\s+all|through)"
    r"|\b(?:blurry|blurred|blurring|fuzzy|cloudy|dim|dark|double|patchy|spotty|grey|gray|black|lost|losing|loss\s+of|no)\s+"
    r"(?:vision|sight|eyesight)\b"
    r"|\b(?:vision|sight|eyesight)\s+(?:is\s+|has\s+|went\s+|gone\s+|got\s+|going\s+|getting\s+|turned\s+|became\s+|just\s+"
    r"|all\s+|so\s+|really\s+|suddenly\s+|in\s+(?:my\s+|one\s+|the\s+)?(?:left\s+|right\s+)?eye\s+)*(?:blurry|blurred|fuzzy|cloudy|dim"
    r"|dark|black|grey|gray|double|weird|funny|spotty|patchy|gone|worse|bad|off)\b"
    r"|\b(?:seeing|see|saw)\s+(?:double|spots|flashes|stars|black|dark|grey|gray|shadows|two\s+of\s+everything)\b"
    r"|\b(?:lost|losing|loss\s+of|lose)\s+(?:part\s+of\s+|some\s+(?:of\s+)?|all\s+(?:of\s+)?|half\s+(?:of\s+)?)?(?:my\s+|the\s+|his\s+|her\s+)?"
    r"(?:vision|sight|eyesight)\b"
    r"|\beverything\s+(?:is\s+|looks\s+|went\s+|seems\s+|gone\s+|became\s+|turned\s+|got\s+)+(?:\w+\s+)?(?:dark|black|blurry"
    r"|blurred|grey|gray|dim|fuzzy|double)\b"
    r"|\beyes?\s+(?:went|gone|going|is|turned|got|has\s+gone)\s+(?:\w+\s+)?(?:blind|black|dark|blurry|dim|fuzzy|grey|gray)\b"
    r"|\b(?:went|gone|going)\s+blind\b|\bblind\s+in\s+(?:one|my|his|her|the)\b"
    r"|\b(?:dark|black|grey|gray)\s+(?:curtain|shadow|spot|patch|area)\s+(?:in|over|across|on)\s+(?:my|the|his|her)\s+"
    r"(?:vision|eye|sight)\b"
)


@dataclass(frozen=True)
class _Flag:
    """One red-flag pattern, with optional whole-question and clause conditions."""

    name: str
    pattern: _LazyPattern
    requires: _LazyPattern | tuple[_LazyPattern, ...] | None = None  # must (all) occur somewhere in the question
    forbids: _LazyPattern | None = None  # must not occur anywhere in the question
    clause_excludes: _LazyPattern | None = None  # mention ignored in such a clause
    clause_requires: _LazyPattern | None = None  # mention counts only in such a clause
    partner: _LazyPattern | None = None  # a second, itself uncancelled, sign that must be in the question too
    mild: bool = False  # a soft sign: a mild qualifier next to it ("swollen a little") cancels it
    general: bool = True  # a general-question frame may cancel it (never for self-harm)


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
    # Worse, not better, days after a treatment: a symptom growing, doubling or creeping outwards.
    _Flag("spreading redness", _rx(
        rf"\b{_SYMPTOM}\s+{_fill(4)}{_AUX}(?:getting\s+(?:worse|bigger|larger|wider|redder|hotter|more\s+(?:red|swollen|painful))"
        r"|worse\s+(?:and\s+worse|not\s+better|instead\s+of\s+better|every|each|by\s+the|than)|doubled|tripled"
        r"|creeping\s+(?:out|further|up|down|along|across|towards?)|keeps?\s+(?:growing|spreading|expanding|getting\s+(?:bigger|worse)))\b",
        r"\bworse\s+(?:and\s+worse|not\s+better|instead\s+of\s+better)\b",
        rf"\b{_SYMPTOM}\s+{_fill(4)}{_AUX}(?:moved|moving|spread|travel+ed|travel+ing|extended|extending|reached|crept|gone|going)\s+"
        r"(?:all\s+the\s+way\s+|further\s+|down\s+|up\s+|out\s+|over\s+|across\s+)*(?:to|into|onto|towards?|past|over|across|around)\s+"
        r"(?:my|the|his|her|their)\b",
        r"\b(?:bigger|larger|redder|worse|more\s+swollen|more\s+red|hotter)\s+(?:every|each|by\s+the)\s+(?:hour|day|minute)\b",
        r"\bspread(?:ing|s)?\s+(?:down|up|to|into|across|over|towards?|along|around|further|out|fast|quickly|onto)\b",
        r"\b(?:doubled|tripled)\s+in\s+size\b|\b(?:twice|three\s+times)\s+as\s+(?:big|red|swollen|large|wide)\b",
        r"\b(?:twice|double|triple|three\s+times|2x|3x)\s+(?:the|its|their)\s+(?:size|width)\b",
        r"\b(?:bigger|redder|more\s+swollen|worse)\s+than\s+(?:yesterday|this\s+morning|last\s+night|before)\b",
    ), clause_excludes=_NOT_WORSENING_CLAUSE),
    _Flag("signs of infection", _rx(
        r"\bpuss?\b(?!\s*-?\s*filled)(?!\s+in\s+boots)",
        r"\b(?:yellow|green|greenish|yellowish|cloudy|milky|smelly|foul)\s+(?:discharge|fluid|gunk|goo|liquid|crust|stuff|gunge|ooze)\b",
        r"\b(?:smells?|stinks?|stinking)\s+(?:\w+\s+)?(?:bad|awful|foul|rotten|gross|like\s+rot\w*)\b|\b(?:bad|foul|rotten)\s+smell\b",
        r"\b(?:cellulitis|abscess(?:es)?|sepsis|septic|blood\s+poisoning)\b",
        r"\b(?:hot|warm)\s+to\s+the\s+touch\b",
        r"\bswoll?en\s+and\s+(?:hot|warm)\b", r"\b(?:hot|warm)\s+and\s+swoll?en\b",
        r"\b(?:is|are|looks?|looking|got|gotten|getting|became|become|seems?|think|might\s+be|may\s+be|could\s+be|maybe|probably)\s+"
        r"(?:\w+\s+){0,2}infected\b(?!\s+(?:acne|pimples?|zits?|spots?|follicles?|hair|ingrown|blackheads?|whiteheads?|pores?))",
        r"\b(?:have|has|got|getting|developed|developing|think\s+(?:i\s+have|it'?s|its|this\s+is)|it'?s|its|is\s+it|is\s+this"
        r"|looks?\s+like|might\s+be|could\s+be|may\s+be)\s+(?:an?\s+|some\s+|bad\s+|skin\s+|bacterial\s+)*infection\b",
    ), clause_excludes=_NOT_INFECTION_CLAUSE),
    # Oozing or weeping is a soft sign: "oozing clear stuff a bit" on day 2 is expected healing.
    _Flag("signs of infection", _rx(
        r"\booz(?:e|es|ed|ing|y)\b",
        r"\b(?:wound|skin|scar|burn|sore|area|cut|site|face|cheek|chin)\s+(?:is\s+)?weeping\b",
        r"\b(?:raw|peeling|blistered|blistering|burnt|burned|red|open|crusty|scabby)\s+(?:[a-z']+\s+){0,4}?and\s+weeping\b",
        r"\bweeping\s+(?:clear\s+|yellow\w*\s+|some\s+)?(?:fluid|liquid|stuff|goo|serum|plasma|water)\b",
    ), clause_excludes=_NOT_INFECTION_CLAUSE, mild=True),
    _Flag("signs of infection", _HEAT, partner=_LazyPattern(
        f"(?:{_SWELL_SIGN._source})|(?:{_PAIN_SEVERE._source})|(?:{_WORSE_SIGN._source})|(?:{_DISCHARGE._source})"
    ), clause_excludes=_NOT_INFECTION_CLAUSE, mild=True),
    _Flag("signs of infection", _DISCHARGE, partner=_LazyPattern(
        f"(?:{_PUS_COLOUR._source})|(?:{_HEAT._source})|(?:{_PAIN_SEVERE._source})"
    ), clause_excludes=_NOT_INFECTION_CLAUSE, mild=True),
    _Flag("signs of infection", _SWELL_SIGN, partner=_PAIN_SEVERE, clause_excludes=_NOT_INFECTION_CLAUSE, mild=True),
    _Flag("swelling of face, lips, eyes or throat", _rx(
        r"\bswoll?en\s+shut\b", r"\bswell(?:ing|ed|s)?\s+(?:\w+\s+)?shut\b",
        *_swelling_patterns(_BODY_HARD),
        r"\btongue\s+(?:\w+\s+)?(?:feels?|is|looks?|got|getting|gone)\s+(?:\w+\s+)?(?:thick|huge|heavy|fat|big|numb\s+and\s+swoll?en)\b",
        r"\b(?:tongue|throat)\s+(?:[a-z']+\s+){0,4}?(?:puffy|puffed|thick|swell\w*|swoll?en)\b",
    )),
    # Lips, eyes or face swollen "a little" after a treatment is expected; described without a qualifier it is urgent.
    _Flag("swelling of face, lips, eyes or throat", _rx(*_swelling_patterns(_BODY_SOFT)), mild=True),
    _Flag("trouble breathing", _rx(
        r"\b(?:can'?t|cannot|cant|can\s+not|couldn'?t|could\s+not|struggling\s+to|hard\s+to|difficult\s+to|unable\s+to)\s+"
        r"(?:really\s+|properly\s+)?breathe?\b(?!\s+(?:through|out\s+of)\s+(?:my|the|one)\s+nos)",
        r"\b(?:trouble|difficulty|difficulties|problems?|hard\s+time|struggling|struggle|issues?)\s+(?:with\s+)?breath(?:ing|e)\b",
        r"\bshort(?:ness)?\s+(?:of\s+)?breath\b", r"\bwheez\w*", r"\bgasping\b",
        rf"\bthroat\s+{_fill(2)}{_AUX}(?:closing|closed|tight|tightening|swelling|swoll?en)\b",
        r"\bthroat\s+(?:[a-z']+\s+){0,6}?(?:closing|closed|tight\w*|constrict\w*|narrow\w*|thick|swell\w*|swoll?en)\b",
        r"\banaphyla\w*", r"\bepi-?pen\b",
        r"\b(?:can|could)\s+(?:barely|hardly|only\s+just)\s+(?:swallow|breathe?|catch\s+(?:my|his|her|a)\s+breath|get\s+air)\b",
        # Swallowing, catching one's breath, air, the way breathing feels.
        r"\b(?:hard|difficult|trouble|difficulty|struggling|struggle|problems?|can'?t|cant|cannot|can\s+not|couldn'?t"
        r"|unable|painful|hurts)\s+(?:to\s+|with\s+|when\s+i\s+|(?:\w+\s+)?to\s+)?swallow(?:ing)?\b",
        r"\b(?:can'?t|cant|cannot|can\s+not|couldn'?t|could\s+not|struggling\s+to|struggle\s+to|hard\s+to|trouble|unable\s+to"
        r"|fighting\s+to)\s+(?:\w+\s+)?(?:catch(?:ing)?|get(?:ting)?|take|taking|draw)\s+(?:my|a|his|her|their|enough|any|in)\s+"
        r"(?:deep\s+|full\s+|proper\s+)?(?:breath|air)\b",
        r"\b(?:can'?t|cant|cannot|can\s+not|couldn'?t|struggling\s+to|struggle\s+to|hard\s+to|trouble|unable\s+to)\s+"
        r"(?:get(?:ting)?|draw(?:ing)?|pull(?:ing)?)\s+(?:enough\s+|any\s+)?air\s+(?:in|into)?\b",
        r"\b(?:struggling|gasping|fighting|straining|fight)\s+for\s+(?:air|breath)\b", r"\bbreathless\b",
        r"\bbreath(?:ing)?\s+(?:is\s+|feels?\s+|has\s+(?:gotten|become)\s+|got\s+|sounds?\s+|getting\s+|really\s+|so\s+|very\s+)+"
        r"(?:tight|hard|difficult|heavy|labou?red|weird|funny|noisy|shallow|raspy|wheezy|rapid|strained|short|restricted)\b",
        r"\b(?:lungs?|airways?|chest\s+and\s+throat)\s+(?:\w+\s+){0,2}(?:tight\w*|closing|constrict\w*)\b",
        r"\bout\s+of\s+breath\b(?!.*\b(?:gym|run\w*|workout|exercis\w*|stairs|walk\w*|cardio|jog\w*))",
    )),
    # A hoarse voice or a lump in the throat counts after a product or treatment.
    _Flag("trouble breathing", _rx(
        r"\bvoice\s+(?:is\s+|sounds?\s+|went\s+|got\s+|has\s+gone\s+|feels?\s+)*(?:\w+\s+)?(?:hoarse|weird|muffled|strange"
        r"|different|raspy|funny|croaky)\b",
        r"\blump\s+in\s+(?:my|his|her|the|their)\s+throat\b",
    ), requires=_REACTION_CTX),
    _Flag("blistering burn", _rx(
        r"\bblister(?:s|ed|ing|y)?\b",
        r"\b(?:2nd|second|3rd|third)[\s-]+degree\s+burns?\b",
        r"\bskin\s+(?:is\s+|was\s+|keeps\s+)?(?:peeling|coming|sloughing|falling|slid\w*)\s+off\s+in\s+(?:sheets|chunks|strips)\b",
        r"\braw\s+and\s+(?:weeping|bleeding|oozing)\b",
    ), requires=_BURN_CTX),
    _Flag("bleeding that won't stop", _rx(
        r"\b(?:won'?t|wont|doesn'?t|doesnt|didn'?t|didnt|can'?t|cant|cannot|will\s+not|does\s+not|did\s+not|not|never)\s+stop(?:ped)?\s+(?:the\s+)?bleeding\b",
        rf"\bbleeding\s+(?:that\s+|which\s+|just\s+|still\s+)?(?:won'?t|wont|doesn'?t|doesnt|hasn'?t|hasnt|isn'?t|isnt|will\s+not|has\s+not|is\s+not|can'?t|never)\s+(?:\w+\s+)?stop",
        r"\bbleeding\s+(?:really\s+|so\s+)?(?:heavily|a\s+lot|profusely|nonstop|non-stop|non\s+stop|everywhere|badly|so\s+much|like\s+crazy|for\s+(?:an?\s+|over\s+an?\s+|\d+\s+)?(?:hour|hours|hrs?|minutes|mins))\b",
        r"\b(?:keeps?|kept)\s+(?:on\s+)?bleeding\b", r"\bstill\s+bleeding\b",
        r"\bblood\s+everywhere\b", r"\bsoaked\s+(?:through\s+)?(?:the\s+|a\s+)?(?:gauze|bandage|towel|tissues?)\b",
        # Gushing, pouring, not clotting, through the dressing, despite pressure, for an hour.
        r"\b(?:gush\w*|pour\w*|spurt\w*|squirt\w*|pumping|streaming)\s+(?:out\s+)?(?:\w+\s+)?blood\b",
        r"\bblood\s+(?:is\s+|keeps\s+|just\s+|still\s+|was\s+|started\s+|has\s+been\s+)*(?:gushing|pouring|spurting|squirting"
        r"|pumping|streaming|running\s+down|dripping\s+down)\b",
        r"\b(?:won'?t|wont|doesn'?t|doesnt|isn'?t|isnt|is\s+not|not|never|can'?t|cant|will\s+not|does\s+not|didn'?t|didnt"
        r"|hasn'?t|hasnt)\s+(?:\w+\s+)?clot(?:ting|ted)?\b",
        r"\b(?:bleed\w*|bled|blood)\s+(?:right\s+|straight\s+)?through\s+(?:\w+\s+)?(?:gauze|bandages?|dressings?|plasters?"
        r"|band-?aids?|pads?|towels?|tissues?)\b",
        r"\bsoak(?:ed|ing)\s+(?:through\s+)?(?:\w+\s+){0,3}?(?:with|in)\s+blood\b",
        r"\b(?:bleed\w*|bled|blood|dripping)\s+(?:\w+\s+){0,3}?for\s+(?:over\s+|more\s+than\s+|about\s+|almost\s+|nearly\s+"
        r"|like\s+)?(?:an?\s+|half\s+an?\s+|a\s+few\s+|two\s+|three\s+|several\s+|\d+\s*)?(?:hour|hours|hrs?)\b",
        r"\b(?:bleeding|bleeds|bled)\s+(?:since|all\s+(?:night|day|morning|evening))\b",
        r"\b(?:blood|bleeding)\s+(?:won'?t|wont|doesn'?t|doesnt|will\s+not|isn'?t|isnt)\s+(?:\w+\s+)?stop",
    )),
    _Flag("bleeding that won't stop", _rx(
        r"\beven\s+(?:with|after|when|though|while|if)\s+(?:i\s+|we\s+)?(?:\w+\s+)?(?:press\w*|pressure|hold\w*|held|ice)\b",
    ), requires=_LazyPattern(r"\b(?:bleed\w*|bled|blood\w*|gush\w*)\b")),
    # Any ongoing bleeding in someone on blood thinners.
    _Flag("bleeding that won't stop", _rx(
        r"\b(?:is|are|it'?s|its|keeps?|kept|still|started|been|now|and)\s+(?:\w+\s+)?bleeding\b",
        r"\bbleeding\s+(?:a\s+lot|again|heavily|through|more\s+than)\b",
        r"\b(?:blood|bleeding)\s+(?:is\s+|keeps\s+)?(?:coming|dripping|running|oozing|everywhere)\b", r"\booz\w*\s+blood\b",
    ), requires=_ANTICOAG),
    _Flag("skin colour change after filler", _rx(
        r"\b(?:turn(?:ed|ing|s)?|went|gone|going|goes|became|becoming|become|looks?|looking|is|are|got|getting|appears?|seems?)\s+"
        rf"{_fill(2)}(?:really\s+|very\s+|kinda\s+|kind\s+of\s+|a\s+bit\s+|all\s+|totally\s+|super\s+)?"
        r"(?:white|whitish|grey|gray|greyish|grayish|blue|bluish|blueish|purple|purplish|dusky|mottled|blotchy|pale)\b",
        r"\b(?:white|whitish|grey|gray|blue|bluish|purple|purplish|dusky|mottled|lacy)\s+(?:and\s+\w+\s+)?"
        r"(?:patch(?:es)?|spots?|area|blotch(?:es)?|discolou?ration|pattern|tinge|mark(?:s|ing)?)\b",
        r"\bblanch(?:ed|ing|es)?\b", r"\blivedo\b", r"\bnecro(?:sis|tic)\b",
        r"\b(?:vascular\s+)?occlu(?:sion|ded)\b", r"\bhit\s+an?\s+(?:blood\s+)?(?:vessel|artery|vein)\b",
    ), requires=_FILLER, forbids=_STEROID_NOT_FILLER),
    _Flag("sudden change of vision", _VISION, requires=_INJECTED),
    _Flag("sudden change of vision", _VISION,
          clause_requires=_LazyPattern(r"\b(?:sudden\w*|all\s+of\s+a\s+sudden|out\s+of\s+nowhere|out\s+of\s+the\s+blue)\b")),
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
    # Any single spot, mark, freckle, lump or sore that grows, has several colours, bleeds or will not heal.
    _Flag("changing mole or scar", _rx(
        rf"\b{_LESION}\s+{_fill(6)}(?:that\s+|which\s+|that'?s\s+|thats\s+|that\s+has\s+|which\s+has\s+)?{_AUX}(?:grow(?:s|ing|n)|grew|getting\s+(?:bigger|larger|wider|raised)"
        r"|bigger|larger|doubled|chang(?:ed|ing|es)\s+(?:colou?r|shape|size)|ulcerat\w*)\b",
        r"\b(?:(?:different|multiple|several|two|three|2|3|many|mixed|weird|odd|uneven)\s+colou?rs|multi-?colou?red"
        r"|(?:irregular|jagged|ragged|blurry|uneven)\s+(?:borders?|edges?|shape))\b",
        rf"\b{_COLOUR}(?:\s*,\s*|\s+and\s+|\s+)(?:{_COLOUR[3:-1]})(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:{_COLOUR[3:-1]})\b",
        r"\bkeeps?\s+(?:on\s+)?(?:scabbing|crusting|bleeding|breaking\s+open|opening\s+up|oozing)(?:\s+(?:and|or)\s+\w+)?\b",
        r"\b(?:(?:is|it'?s|its|and|keeps?|been|now)\s+(?:\w+\s+)?(?:getting\s+(?:bigger|larger)|growing)|grew|doubled\s+in\s+size)\b",
    ), requires=_LESION_ONE, clause_excludes=_NOT_LESION_CLAUSE),
    _Flag("changing mole or scar", _rx(
        rf"\b(?:sore|wound|spot|lesion|scab|cut|ulcer|patch|mark|bump|hole|incision|scar)\s+{_fill(4)}(?:that\s+|which\s+)?"
        r"(?:still\s+)?(?:won'?t|wont|doesn'?t|doesnt|isn'?t|isnt|is\s+not|not|never|will\s+not|hasn'?t|hasnt|has\s+not|can'?t|cant)\s+"
        r"(?:\w+\s+)?(?:heal|healing|healed)\b(?!\s+(?:up\s+)?yet)",
        rf"\b(?:scars?|sores?|wounds?|spots?|it)\s+{_fill(3)}(?:that\s+|which\s+)?(?:keeps?|kept|has\s+been|is|started|keep)\s+"
        r"(?:\w+\s+)?(?:opening|reopening|re-opening|splitting|cracking|breaking\s+open|bursting\s+open)\b",
        r"\b(?:been\s+|still\s+|stays?\s+|keeps?\s+|is\s+)open\s+(?:for\s+)?(?:\w+\s+)?(?:weeks|months)\b",
        rf"\b(?:sore|ulcer|scab|wound)\s+{_fill(6)}(?:has\s+)?(?:been\s+)?(?:there\s+|open\s+)?for\s+(?:over\s+|more\s+than\s+|almost\s+)?"
        r"(?:\w+\s+)?(?:weeks|months|years)\b",
        r"\b(?:bleed\w*|bled|opens?|opening)\s+(?:up\s+)?(?:\w+\s+)?(?:for\s+no\s+(?:\w+\s+)?reason|on\s+its\s+own|by\s+itself|randomly"
        r"|out\s+of\s+nowhere|without\s+(?:me\s+|any\s+)?(?:touching|picking|scratching|doing\s+anything|reason|cause))\b",
    ), requires=_LazyPattern(rf"\b(?:{_LESION}|scars?|keloids?|wounds?|cuts?|moles?|holes?|incisions?|it)\b"),
        clause_excludes=_LazyPattern(r"\b(?:acne\s+scars|pimples?|zits?)\b")),
    _Flag("child swallowed a product", _rx(
        rf"\b{_CHILD}\b\s*(?:'s\s+)?{_fill(5)}(?:just\s+|may\s+have\s+|might\s+have\s+|accidentally\s+|has\s+|had\s+|is\s+|was\s+)*{_INGEST}"
        rf"(?:\s*$|\s+(?:(?!and\b|then\b)[a-z0-9']+\s+){{0,6}}?(?:{_PRODUCT_WORDS}|it|some|them|half|all|a\s+bit|a\s+lot)\b)",
    ), requires=_PRODUCT),
    # A product in or around a child's mouth, a child found with an open product.
    _Flag("child swallowed a product", _rx(
        r"\b(?:in|into|around|inside|all\s+over|on)\s+(?:his|her|their|its)\s+(?:mouth|tongue)\b",
        r"\b(?:in|into|around|inside|all\s+over)\s+(?:his|her|their|its)\s+lips\b",
        r"\b(?:his|her|their)\s+(?:mouth|lips|tongue)\s+(?:is\s+|are\s+|looks?\s+|went\s+|turned\s+|got\s+|seems?\s+)(?:\w+\s+){0,2}?"
        r"(?:red|white|burn\w*|blister\w*|swoll?en|irritated|peeling|raw|foaming)\b",
        rf"\bfound\s+(?:my\s+|the\s+|our\s+)?(?:\w+\s+)?{_CHILD}\s+with\s+(?:\w+\s+){{0,5}}?(?:{_PRODUCT_WORDS})\b",
    ), requires=(_LazyPattern(rf"\b{_CHILD}\b"), _PRODUCT)),
    _Flag("swallowed a product", _rx(
        r"\baccidentally\s+(?:swallowed|drank|ate|ingested)\b",
    ), requires=_PRODUCT),
    _Flag("self-harm or suicide", _rx(
        r"\bs(?:ui|iu|u)c+i?d(?:e|es|al|ally)\b", rf"\bkill(?:s|ing)?\s+{_SELF}\b", r"\bkms\b", r"\bunalive\b",
        r"\bend(?:ing)?\s+(?:my\s+(?:own\s+)?life|it\s+all)\b", r"\btake\s+my\s+(?:own\s+)?life\b",
        r"\b(?:wants?|wanted|wanting|wanna|wish\s+i\s+could|ready)\s+(?:to\s+)?die\b",
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
        r"\bself[\s-]?harm\w*", rf"\b(?:harm|harms|harming)\s+{_SELF}\b",
        r"\b(?:wants?|wanna|going|gonna|thinking\s+about|thought\s+about|thoughts\s+of|urges?\s+to|urge\s+to|tempted\s+to|feels?\s+like)\s+"
        rf"(?:to\s+)?(?:hurt(?:ing)?|cut(?:ting)?|harm(?:ing)?|burn(?:ing)?)\s+{_SELF}\b",
        rf"\bhurt(?:ing)?\s+{_SELF}\s+on\s+purpose\b",
        r"\b(?:want|wanna|going|gonna|thinking\s+about|planning)\s+(?:to\s+)?overdose\b",
        # Indirect words: no point, wanting it all to end, being done with life, tired of living.
        r"\b(?:don'?t|dont|do\s+not|can'?t|cant|cannot|no\s+longer)\s+see\s+(?:the|a|any)\s+point"
        r"(?=\s*$|\s+(?:any\s*more|any\s+longer|in\s+(?:living|life|anything|going\s+on|being\s+(?:here|alive)|existing|trying)"
        r"|of\s+(?:living|life|anything|going\s+on|being\s+(?:here|alive)|existing)|with\s+(?:life|living|anything)))",
        r"\b(?:what'?s|whats|what\s+is)\s+the\s+point\s+(?:of|in)\s+(?:living|life|going\s+on|being\s+(?:alive|here)|existing"
        r"|waking\s+up|anything\s+any\s*more)\b|\b(?:what'?s|whats)\s+the\s+point\s+any\s*more\b",
        r"\bwant\s+(?:it\s+all|everything|my\s+life|life|all\s+of\s+(?:this|it)|this\s+life)\s+to\s+(?:end|be\s+over|stop)\b",
        r"\bdone\s+with\s+(?:life|living|being\s+alive|existing|this\s+life|this\s+world|everything\s+and\s+everyone)\b",
        r"\b(?:tired|sick)\s+of\s+(?:living|being\s+alive|life|existing|being\s+here)\b",
        r"\b(?:disappear|sleep|go\s+away)\s+(?:forever|for\s+good|permanently)\b|\bnever\s+wake\s+up\b",
        r"\bno\s+(?:way\s+out|reason\s+to\s+(?:keep\s+going|be\s+here|stay))\b",
        # Means and plans: pills saved up, a plan, goodbye notes, taking all the pills.
        r"\b(?:pills?|meds|tablets?|medications?|painkillers|sleeping\s+pills)\s+(?:\w+\s+){0,2}?(?:saved|stockpiled|stashed|hoarded"
        r"|collected|ready|lined\s+up)\b",
        r"\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|stashing|stashed)\s+(?:up\s+)?(?:\w+\s+){0,2}?"
        r"(?:pills?|meds|tablets|medications?|painkillers)\b",
        r"\b(?:take|swallow|took|taking|swallowed|swallowing)\s+(?:all|the\s+whole|a\s+whole|every\s+one\s+of|a\s+bunch\s+of|loads\s+of"
        r"|too\s+many)\s+(?:of\s+)?(?:\w+\s+){0,2}?(?:pills?|meds|tablets|bottle|pack|packet)\b",
        r"\boverdos(?:ed|ing)\b",
        r"\bplann(?:ing|ed)\s+(?:out\s+)?(?:how|when|where)(?:\s+(?:i'?ll|to|i\s+would|i'?d)\s+(?:do\s+it|die|end\s+it|kill|go))?\s*$",
        r"\b(?:have|made|got|making)\s+a\s+plan\s+(?:to|for|on)\s+(?:how\s+to\s+)?(?:end|kill|die|do\s+it|dying)\b",
        r"\b(?:want|wanna|going|gonna|planning|plan|ready|thinking\s+(?:about|of)|decided)\s+(?:to\s+)?end(?:ing)?\s+it\b(?!\s+with)",
        r"\b(?:goodbye|suicide)\s+(?:notes?|letters?|messages?|posts?|videos?)\b",
        r"\bgiv(?:e|ing|en)\s+(?:my|her|his|their|all\s+my)\s+(?:stuff|things|belongings|possessions)\s+away\b",
        r"\bgiv(?:e|ing|en)\s+away\s+(?:my|her|his|their|all\s+(?:of\s+)?my)\s+(?:stuff|things|belongings|possessions)\b",
        r"\brather\s+(?:be\s+dead|not\s+(?:be\s+alive|exist|be\s+here|live))\b",
        r"\brather\s+die\s+than\s+(?:live|keep\s+living|go\s+on|look\s+like)\b",
        r"\b(?:would|'d|will|be)\s+(?:all\s+)?(?:be\s+)?(?:better|happier|easier|fine)\s+(?:off\s+)?without\s+(?:me|her|him|them)\b",
        r"\bend(?:ing|s)?\s+(?:his|her|their)\s+(?:own\s+)?life\b",
        r"\b(?:scratch\w*|pick\w*|cut\w*|burn\w*|hit\w*|punch\w*|hurt\w*|harm\w*|bang\w*)\b[^.!?]{0,40}\bon\s+purpose\b",
        # Cutting or burning oneself; a child or friend who does.
        r"\b(?:keep|keeps|kept|been|started|start|still|i|he|she|they|was|is|am)\s+(?:\w+\s+)?(?:cutting|burning|carving|scratching)\s+"
        r"(?:my|his|her|their)\s+(?:arms?|wrists?|legs?|thighs?|skin|stomach|body|hips?|hands?)\b",
        r"\b(?:cut|cuts|cutting|slit|slitting|slash\w*)\s+(?:my|his|her|their)\s+wrists?\b",
        r"\b(?:cuts|cutting|burns|burning|harms)\s+(?:him|her|them)sel(?:f|ves)\b(?!\s+(?:shaving|on\s+(?:a|the|glass)|by\s+accident|accidentally))",
        rf"\b(?:been|keeps?|is|are|was|started|start|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:hurting|harming|cutting|burning)\s+{_SELF}\b",
        rf"\b(?:cut|cuts|cutting|burn|burns|burning|hurt|hurts|hit|hitting)\s+{_SELF}\s+(?:on\s+purpose|to\s+(?:cope|feel))\b",
        r"\b(?:been|is|has\s+been|started|keeps?|back\s+to|relapsed\s+(?:on|into)?)\s+cutting(?:\s+again)?\s*$",
        r"\b(?:talk(?:s|ing|ed)?|keeps?\s+talking)\s+about\s+(?:dying|killing|suicide|ending\s+(?:it|(?:his|her|their)\s+life)|not\s+being\s+(?:here|alive))\b",
    ), general=False),
    # Weaker words that count when two meet: "can't do this anymore ... just want it to be over".
    _Flag("self-harm or suicide", _rx(
        r"\b(?:just\s+)?want\s+(?:it|this|everything|things)\s+(?:all\s+)?to\s+(?:be\s+over|end|stop)\b(?!\s+so\b)",
    ), partner=_DESPAIR, general=False),
    _Flag("self-harm or suicide", _rx(
        r"\b(?:wrote|written|writing|left|leaving)\s+(?:a|my|the|some)\s+(?:\w+\s+)?(?:notes?|letters?)\b",
    ), partner=_LazyPattern(rf"(?:{_DESPAIR._source})|\b(?:i'?m|im|i\s+am)\s+ready\s*$|\bit'?s\s+time\s*$"), general=False),
)


def _mentioned(pattern: _LazyPattern, q: _Question, flag: _Flag) -> bool:
    """True if the pattern has a mention in the question that nothing cancels."""
    for i, clause in enumerate(q.clauses):
        if i in q.resolved or (flag.clause_excludes is not None and flag.clause_excludes.search(clause)):
            continue
        if flag.clause_requires is not None and not flag.clause_requires.search(clause):
            continue
        if any(not _cancelled(clause, m, q, general=flag.general, mild=flag.mild) for m in pattern.finditer(clause)):
            return True
    return False


def _flag_fires(flag: _Flag, q: _Question) -> bool:
    """True if a non-negated, non-resolved mention of this flag (and of its partner, if any) is in the text."""
    if flag.requires is not None:
        required = flag.requires if isinstance(flag.requires, tuple) else (flag.requires,)
        if not all(pattern.search(q.text) for pattern in required):
            return False
    if flag.forbids is not None and flag.forbids.search(q.text):
        return False
    if not _mentioned(flag.pattern, q, flag):
        return False
    return flag.partner is None or _mentioned(flag.partner, q, flag)


@functools.cache
def _broad_flags() -> tuple[_Flag, ...]:
    """triage.py's second net as flags: a lead word that counts only in a clause that has a partner word."""
    from scarfaq.triage import SIGNALS

    return tuple(
        _Flag(
            signal.name,
            _LazyPattern(signal.lead),
            clause_requires=_LazyPattern(signal.with_) if signal.with_ else None,
            clause_excludes=_LazyPattern(signal.excludes) if signal.excludes else None,
            requires=_LazyPattern(signal.requires) if signal.requires else None,
            mild=signal.mild_cancels,
            general=signal.name != "self-harm or suicide",
        )
        for signal in SIGNALS
    )


def red_flags(question: str) -> tuple[str, ...]:
    """Names of the red flags the question itself describes (question text only): those of the phrase
    rules here, then those of triage.py's second net (kinds of words that meet in one clause)."""
    q = _Question(question)
    found: list[str] = []
    for flag in _FLAGS + _broad_flags():
        if flag.name in found:
            continue
        if _flag_fires(flag, q):
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
        return SafetyNote(Level.URGENT, CRISIS_NOTE if _SELF_HARM in flags else URGENT_NOTE, flags)
    if _is_medical(question, passage_texts):
        return SafetyNote(Level.MEDICAL, MEDICAL_NOTE)
    return SafetyNote(Level.NONE, "")
