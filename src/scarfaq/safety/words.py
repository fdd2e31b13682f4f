"""Word classes that several rule modules share. Each is a regex fragment (a non-capturing group)."""

from __future__ import annotations

from scarfaq.safety.cues import NEG_WORDS

# Words that are not negations or question scaffolding: what `fill` may skip between two parts of a mention.
_STOP = (
    NEG_WORDS
    + r"|that|which|who|will|would|can|could|should|do|does|did|if|when|how|why|what|whether"
    r"|cause|causes|help|helps|make|makes"
)
_ORDINARY_WORD = rf"(?:(?!(?:{_STOP})\b)[a-z0-9']+\s+)"


def fill(n: int) -> str:
    """0..n ordinary words, each followed by a space."""
    return f"{_ORDINARY_WORD}{{0,{n}}}"


# Verbs and adverbs between a subject and what it does ("is still getting", "has been", "went really").
_AUX_WORD = (
    r"(?:is|are|was|were|got|gets|has|have|had|keeps?|kept|started|starting|been|being|getting"
    r"|went|gone|gotten|grown|become|became|feels?|felt|looks?|seems?|is\s+still|are\s+still|just|now|still|really"
    r"|very|so|super"
    r"|much|way|even|that'?s|thats|it'?s|its"
    r"|all|completely|totally|badly|kinda|pretty|suddenly)"
)
#: Any number of such words.
AUX = rf"(?:{_AUX_WORD}\s+)*"
#: At least one.
AUX_REQ = rf"(?:{_AUX_WORD}\s+)+"

#: Skin products and medicines, as words.
PRODUCT_WORDS = (
    r"(?:creams?|ointments?|gels?|serums?|peels?|acids?|retin\w*|tretinoin|isotretinoin|accutane"
    r"|pills?|tablets?|capsules?|medicine|medications?|meds|lotions?|products?|bottles?|tubes?|jars?|bleach"
    r"|hydroquinone|minoxidil|vitamins?|toner|sunscreen|soap|oils?|tca|solutions?|spironolactone"
    r"|doxycycline|antibiotics?|samples?|benzoyl|peroxide|salicylic|glycolic|vinegar|masks?|lidocaine|numbing"
    r"|powder|liquid|balm|wash|tonic|mix|paste|sheets?|patch(?:es)?|drops|spray|witch\s+hazel|alcohol)"
)
#: A product named anywhere in the question.
PRODUCT = rf"\b{PRODUCT_WORDS}\b"

#: Fillers and injections near the face.
FILLER_WORDS = (
    r"(?:fillers?|juv[eé]derm|restylane|radiesse|sculptra|belotero|teosyal|injectables?"
    r"|injections?|injected|lip\s+flip|tear\s+troughs?|liquid\s+rhinoplasty|syringe|cannula|jabs?"
    r"|hit\s+an?\s+(?:blood\s+)?(?:vessel|artery|vein))"
)

#: One spot on the skin (a mole, a sore, a lump).
LESION = r"(?:spot|mark|patch|growth|lesion|freckle|mole|birthmark|lump|bump|nodule|sore|scab|ulcer|blemish)"


def _inflections(verb: str) -> tuple[str, ...]:
    """A verb's forms: "punch" -> punch, punches, punched, punching; "bite/bit/bitten" names the irregular ones."""
    base, *irregular = verb.split("/")
    if len(base) <= 4 and base[-1] in "bdgklmnprt" and base[-2] in "aeiou" and base[-3] not in "aeiou":
        stem = base + base[-1]  # stab -> stabbed, stabbing
    else:
        stem = base[:-1] if base.endswith("e") and not base.endswith("ee") else base
    if base.endswith(("s", "x", "z", "ch", "sh")):
        third = base + "es"
    elif base.endswith("y") and base[-2] not in "aeiou":
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    if irregular:
        past = irregular
    elif third.endswith("ies"):
        past = [base[:-1] + "ied"]
    else:
        past = [stem + "d" if stem.endswith("e") else stem + "ed"]
    return (base, third, *past, stem + "ing")


def forms(*verbs: str, present: bool = True) -> str:
    """Every form of each verb as one pattern, so a word family is written once ("hurt/hurt", "stab", ...).
    Without the present tense (`present=False`) only what has happened or is happening: "ate", "eating"."""
    words = sorted({form for verb in verbs for form in _inflections(verb)[0 if present else 2:]},
                   key=lambda w: (-len(w), w))
    return "(?:" + "|".join(w.replace(" ", r"\s+") for w in words) + ")"


def near(first: str, second: str, words: int) -> str:
    """The two word classes, in either order, with at most `words` ordinary words between them (no negation:
    "my mole hasn't grown" is not a mole that grew)."""
    gap = rf"\W+(?:(?!(?:{NEG_WORDS})\b)[a-z0-9']+\W+){{0,{words}}}?"
    return rf"(?:\b(?:{first})\b{gap}\b(?:{second})\b|\b(?:{second})\b{gap}\b(?:{first})\b)"


#: Swallowing in any form, done or being done (a bare present tense, "if they swallow some", asks ahead).
SWALLOWING = forms(
    "swallow", "eat/ate/eaten", "drink/drank/drunk", "ingest", "lick", "chew", "suck", "taste", "gulp", "sip",
    "down", "guzzle", "munch", "gobble", "nibble", "gnaw", "slurp", "swig", "scoff", "consume", present=False,
)
