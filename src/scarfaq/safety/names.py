"""Names of the red flags (what `red_flags()` reports) and of their kinds (what an urgent note is fitted to)."""

from __future__ import annotations


class Flag:
    """Red flags, in the order `red_flags()` lists them."""

    FEVER = "fever"
    SPREADING_REDNESS = "spreading redness"
    INFECTION_SIGNS = "signs of infection"
    SWELLING = "swelling of face, lips, eyes or throat"
    TROUBLE_BREATHING = "trouble breathing"
    BLISTERING_BURN = "blistering burn"
    BLEEDING = "bleeding that won't stop"
    COLOUR_CHANGE = "skin colour change after filler"
    VISION_CHANGE = "sudden change of vision"
    CHEMICAL_IN_EYE = "chemical in the eye"
    FAINTING = "fainting"
    CHEST_PAIN = "chest pain"
    CHANGING_SPOT = "changing mole or scar"
    CHILD_SWALLOWED = "child swallowed a product"
    SWALLOWED = "swallowed a product"
    SELF_HARM = "self-harm or suicide"


#: Every flag, in reporting order.
FLAGS: tuple[str, ...] = tuple(v for k, v in vars(Flag).items() if k.isupper())


class Kind:
    """Kinds of red flag: an urgent note opens with the lines of the kinds it found (notes.py)."""

    SELF_HARM = "self-harm"
    AIRWAY = "airway"
    ALLERGY = "allergy"
    ISCHEMIA = "ischemia"
    SYSTEMIC = "systemic"
    INFECTION = "infection"
    BURN = "burn"
    EYE = "eye"
    BLEEDING = "bleeding"
    SWALLOWED = "swallowed"
    LESION = "lesion"


#: Kinds whose words also describe things going wrong (a crack spreading in a leather sofa, paint blistering,
#: code "bleeding" memory, a black spot on a screen, a plant going black): a question that names another
#: domain and no body or medical word is not one of them (medical.about_things).
THING_KINDS = frozenset({Kind.INFECTION, Kind.BURN, Kind.BLEEDING, Kind.LESION, Kind.ISCHEMIA})

#: Every kind, most pressing first: the order of an urgent note's opening lines.
KINDS: tuple[str, ...] = tuple(v for k, v in vars(Kind).items() if k.isupper())

#: The kind of each red flag.
KIND_OF: dict[str, str] = {
    Flag.FEVER: Kind.INFECTION,
    Flag.SPREADING_REDNESS: Kind.INFECTION,
    Flag.INFECTION_SIGNS: Kind.INFECTION,
    Flag.SWELLING: Kind.ALLERGY,
    Flag.TROUBLE_BREATHING: Kind.AIRWAY,
    Flag.BLISTERING_BURN: Kind.BURN,
    Flag.BLEEDING: Kind.BLEEDING,
    Flag.COLOUR_CHANGE: Kind.ISCHEMIA,
    Flag.VISION_CHANGE: Kind.ISCHEMIA,
    Flag.CHEMICAL_IN_EYE: Kind.EYE,
    Flag.FAINTING: Kind.SYSTEMIC,
    Flag.CHEST_PAIN: Kind.SYSTEMIC,
    Flag.CHANGING_SPOT: Kind.LESION,
    Flag.CHILD_SWALLOWED: Kind.SWALLOWED,
    Flag.SWALLOWED: Kind.SWALLOWED,
    Flag.SELF_HARM: Kind.SELF_HARM,
}

#: What the recall net (rules/recall.py) reports: no red flag named, but the asker's own alarming symptom
#: after a treatment or product.
RECALL = "own symptom after a treatment or product"
