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
