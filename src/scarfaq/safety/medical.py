"""Whether a question, or a corpus, is about medical matters: skin, scars, treatments, products, symptoms.

Many skin words have other senses: a wood filler, dependency injection, a mole in chemistry, a cream tea,
Scar in The Lion King, laser cutting. So, in order: a question about a word itself ("how do you spell
dermabrasion") is not medical; a word that is medical in any sense (acne, scars, subcision, a
dermatologist, a fever) makes it medical; a question that names another domain (a recipe, a game, code,
a sofa) is not; a likely medical word (scars, a laser, a filler, a peel) makes it medical; so does a word
that is medical only in some senses next to a part of the body ("eye cream"), or two such words ("mole
removed", "cream for the red patch"); one such word alone does not. A capitalized one inside a sentence
is a name ("who voiced Scar").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from scarfaq.safety.engine import compiled, normalize

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")

#: Medical in any sense.
CLEARLY_MEDICAL = (
    r"\b(?:acne|scarring|scar\s+(?:tissue|revision|creams?|gels?|mix|remed\w*|treatments?|oils?|serums?|balms?|tonic"
    r"|sheets?)|atrophic|hypertrophic|keloids?|ice\s*picks?"
    r"|boxcar|rolling\s+scars?|cold\s+sores?|granulomas?|(?:vascular\s+)?occlusion|phenol|fat\s+(?:transfer|graft\w*)"
    r"|mole\s+(?:check|removal"
    r"|mapping)"
    r"|pimples?|zits?|blackheads?|whiteheads?|breakouts?|blemish\w*|pores|cysts?|cystic|pustules?|comedon\w*"
    r"|skin\s*care|derm|derms|dermal|dermat\w*|complexion|wrinkles?|anti-?aging|pigment\w*|hyperpigment\w*|melasma"
    r"|pih|pie"
    r"|dark\s+(?:spots?|marks?|circles?)|spot\s+treatments?|rosacea|eczema|psoriasis|warts?|birthmarks?|freckles?"
    r"|sun\s+damage|spf|sunscreen|sunblock|fraxel|co2|erbium|ipl|picosure|morpheus|radiofrequency|microneedl\w*"
    r"|needling"
    r"|dermapen|derma\s*(?:rollers?|stamps?|pens?)|subcision|tca|cross\s+technique|peel\s+solution|dermaplan\w*"
    r"|(?:punch\s+)?excisions?|punch\s+(?:graft|biopsy)|blocked\s+(?:blood\s+)?vessels?|itchiness"
    r"|dermabrasion|microdermabrasion|prp|vampire\s+facial|botox|injectables?|injectors?|hyaluronic|hyaluronidase"
    r"|sculptra"
    r"|juv[eé]derm|restylane|radiesse|belotero|retin\w*|tretinoin|isotretinoin|accutane|adapalene|differin|benzoyl"
    r"|salicylic"
    r"|glycolic|lactic\s+acid|azelaic|niacinamide|hydroquinone|aha|bha|cleansers?|exfoliat\w*|ointments?|vaseline"
    r"|petroleum\s+jelly|silicone\s+(?:gel|sheets?)|mederma|contractubex|dermatix|bio-?\s?oil|rosehip|tea\s+tree"
    r"|home\s+remed\w*|surgical|surgeons?|stitches|sutures|physicians?|dermatolog\w*|prescri\w*|antibiotics?"
    r"|steroids?"
    r"|cortisone|hydrocortisone|spironolactone|doxycycline|side\s+effects?|symptoms?|allerg\w*|breastfeeding"
    r"|inflam\w*"
    r"|bruis\w*|pus|ooz\w*|fevers?|feverish|nausea|vomit\w*|dizz\w*|headaches?|chest\s+pain|suicid\w*|self[\s-]?harm\w*"
    r"|depress\w*|anxiety|mental\s+health|lidocaine|numbing\s+cream|anaesthe\w*|anesthe\w*|antihistamine|scab\w*"
    r"|redness|itchy|itching|cryo\w*|biops\w*|cancer\w*|melanomas?|carcinomas?|sedat\w*|steri[\s-]?strips?)\b"
)

#: Medical unless the question names another domain ("war scars" in a novel, a chemical peel for wood, a swollen
#: wooden door, a laptop battery swelling).
LIKELY_MEDICAL = (
    r"\b(?:swollen|swelling|liquid\s+nitrogen|(?:chemical|cold|heat|acid|ice)\s+burns?"
    # One's own skin or moles ("bad skin days", "how often should i check my moles").
    r"|(?:my|your|his|her|our|their)\s+(?:\w+\s+)?(?:skin|moles?)|skin\s+days?"
    r"|scars|scarred|lasers?(?!\s*(?:printers?|pointers?|cut\w*|engrav\w*|tag|levels?|beams?|show))"
    r"|(?:chemical|tca|acid|glycolic|salicylic|lactic|jessner'?s?|mandelic|face|facial|skin|home|deep|medium|light"
    r"|superficial|diy|at-home)\s+peels?|(?:after|from|before|my|a|the|this|that|next|first|second|last|each"
    r"|every)\s+peels?\b"
    r"(?!\s+(?:of|a|an|the|and\s+stick|paint|potatoes?|apples?|oranges?|mangos?|mangoes?|bananas?|carrots?|garlic"
    r"|onions?"
    r"|lemons?|limes?|eggs?)\b)|skin\s+(?:is\s+)?peeling|(?<!wood\s)(?<!grain\s)fillers?(?!\s+(?:words?|for\s+(?:wood"
    r"|walls?"
    r"|drywall|cracks?|holes?|gaps?|plaster|floor\w*))))\b"
)

#: Medical in some senses only: they count next to a part of the body, or two together.
SOMETIMES_MEDICAL = (
    r"\b(?:scar|skins?|moles?|lasers?|peel(?:s|ing)?|fillers?|injections?|creams?|gels?|serums?|oils?"
    r"|masks?|moisturi[sz]\w*|lotions?|treatments?|therap(?:y|ies)|procedures?|surger(?:y|ies)|doctors?|nurses?"
    r"|hospitals?|clinics?|emergency|drugs?|pills?|tablets?|meds|medic\w*|dos(?:e|es|age)|pharmac\w*|blister\w*"
    r"|bleed\w*"
    r"|bled|sunburn\w*|heal(?:s|ed|ing)?|wounds?|infect\w*|pain(?:ful)?|hurts?|aches?|sore(?:ness)?|numb(?:ness)?"
    r"|tingl\w*|itch(?:es)?|rash(?:es)?|hives|stinging|burning|chills|breath(?:e|ing|less)?|faint(?:ed|ing)?"
    r"|vitamins?|collagen|aloe|remed(?:y|ies)|facials?|pregnan\w*|spots?|marks?|pits?|pitted|remov(?:al|ed|e)"
    r"|swallow\w*"
    r"|appointments?|reactions?|compress(?:es)?|makeup|concealer|foundation|primer|cover[\s-]?ups?|texture"
    r"|complications?|treat(?:ed|ing|able)?|streaks?"
    r"|red\s+(?:area|patch|mark|spot|skin|bumps?))\b"
)

#: Parts of the face and body: what makes a sometimes-medical word medical.
BODY = (
    r"\b(?:face|facial|cheeks?|forehead|chin|nose|lips?|jaw|jawline|neck|chest|shoulders?|arms?|legs?|thighs?|body"
    r"|eyes?"
    r"|eyelids?|temples?|ears?|scalp|stomach|belly|knees?)\b"
)
#: ... and the other parts a burn, a cut or a mole is often on, and what only a body has: a question naming
#: one is about a body ("the mole on my back ... bled on my shirt").
LIMBS = (
    r"\b(?:hands?|fingers?|thumbs?|wrists?|feet|foot|toes?|palms?|moles?|freckles?|skin|scars?"
    r"|(?:on|across|down|of)\s+(?:my|his|her|their|your)\s+back)\b"
)

#: Another domain, named: a sometimes-medical word there is not medical.
ELSEWHERE = (
    r"\b(?:recipes?|cook(?:ing|ed)?|bak(?:e|ed|ing)(?!\s+soda)|roast\w*|chicken|dinner|poblano|sour\s+cream|creme"
    r"|ice\s+cream"
    r"|whipped|cheese|sauce|cakes?|mangos?|mangoes|minecraft|games?|gaming|photoshop|editing|drywall|halloween"
    r"|costumes?"
    r"|novels?|poems?|war|spring\s+boot|code|coding|programming|java|python|sql|software|malware|pc|computer|laptop"
    r"|chemistry|molecules?|physics|houseplant|succulents?|garden\w*|compost|fertili[sz]er|roses|wood\w*|floor\w*"
    r"|walls?"
    r"|paint\w*|siding|tiles?|grout|caulk\w*|sofa|couch|leather|furniture|laundry|shirts?|jeans|fabric|bikes?|cars?"
    r"|tyres?"
    r"|tires?|brakes?|acrylic|3d|molding|moulding|crossword|presentations?|movies?|films?|tv|lion\s+king|songs?"
    r"|guitar|cds?"
    r"|passwords?|startup|sewing|knitting|rust|corrosion|steel|sink|wallpaper|windowsill|radiators?|boilers?|pipes?"
    r"|plumbing|(?<!fat\s)transfers|dtf|vinyl|printers?|phones?|screens?|tablet\s+(?:screen|charger|case)|sourdough"
    r"|dough|bread|bushes|plants?|ceiling|bathroom\s+(?:ceiling|wall|tiles?)|engines?|batter(?:y|ies)(?!\s+acid))\b"
)

#: A capitalized word that does not start a sentence.
CAPITALIZED_INSIDE_A_SENTENCE = r"(?<=[A-Za-z,;] )[A-Z][a-z]+\b"

#: A question about a word itself.
ABOUT_A_WORD = r"\b(?:spell|spelling|translate|translation|pronounce|pronunciation|synonym|crossword|rhymes?\s+with)\b"


def is_medical(text: str) -> bool:
    """True if the text is about skin, scars, treatments, products, medicine or a body symptom."""
    text = normalize(_without_names(text))
    if compiled(ABOUT_A_WORD).search(text):
        return False
    if compiled(CLEARLY_MEDICAL).search(text):
        return True
    if compiled(ELSEWHERE).search(text):
        return False
    if compiled(LIKELY_MEDICAL).search(text):
        return True
    found = {m.group() for m in compiled(SOMETIMES_MEDICAL).finditer(text)}
    return bool(found) and (len(found) >= 2 or bool(compiled(BODY).search(text)))


def about_things(text: str) -> bool:
    """True if the text names another domain and no medical word or part of the body ("my phone screen has a
    black spot that keeps spreading"): the kinds of red flag whose words describe things too
    (names.THING_KINDS) do not hold there."""
    text = normalize(text)
    return bool(compiled(ELSEWHERE).search(text)) and not any(
        compiled(words).search(text) for words in (CLEARLY_MEDICAL, LIKELY_MEDICAL, BODY, LIMBS))


def _without_names(text: str) -> str:
    """The text without the sometimes-medical words that are capitalized inside a sentence: names."""
    return compiled(CAPITALIZED_INSIDE_A_SENTENCE).sub(
        lambda m: " " if compiled(SOMETIMES_MEDICAL).fullmatch(m.group().lower()) else m.group(), text
    )


#: A corpus is medical when at least this share of its paragraphs is.
MEDICAL_CORPUS_SHARE = 0.25


def is_medical_corpus(texts: Iterable[str]) -> bool:
    """True if the documents are about medical matters: enough of their paragraphs are.

    Decided once from the corpus's own text (at index build time), so that a single "side effect" in a
    cookbook's quote never makes its answers medical.
    """
    paragraphs = [p for text in texts for p in _PARAGRAPH_BREAK.split(text) if p.strip()]
    medical = sum(1 for p in paragraphs if is_medical(p))
    return bool(paragraphs) and medical >= MEDICAL_CORPUS_SHARE * len(paragraphs)
