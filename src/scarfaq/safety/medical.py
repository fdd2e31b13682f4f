"""Whether a question, or a corpus, is about medical matters: skin, treatments, products, symptoms."""

from __future__ import annotations

import re
from collections.abc import Iterable

from scarfaq.safety.engine import compiled

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")

#: Words of skin, scars, treatments, products, medicine and body symptoms.
MEDICAL_WORDS = (
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


def is_medical(text: str) -> bool:
    """True if the text mentions a medical, skin-care, treatment, product or body-symptom term."""
    return bool(compiled(MEDICAL_WORDS).search(text.lower()))


#: A corpus is medical when at least this share of its paragraphs mentions a medical term.
MEDICAL_CORPUS_SHARE = 0.25


def is_medical_corpus(texts: Iterable[str]) -> bool:
    """True if the documents are about medical matters: enough of their paragraphs mention a medical term.

    Decided once from the corpus's own text (at index build time), so that a single "side effect" in a
    cookbook's quote never makes its answers medical.
    """
    paragraphs = [p for text in texts for p in _PARAGRAPH_BREAK.split(text) if p.strip()]
    medical = sum(1 for p in paragraphs if is_medical(p))
    return bool(paragraphs) and medical >= MEDICAL_CORPUS_SHARE * len(paragraphs)
