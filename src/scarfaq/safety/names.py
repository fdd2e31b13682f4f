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
