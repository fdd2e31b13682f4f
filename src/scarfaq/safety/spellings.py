"""Everyday spellings of the words the rules look for: typos, dropped g's and chat shorthand.

normalize() rewrites each listed word to the spelling the rules know, so that "cant breath, throats swolen"
and "the excision is still bleedin" are read like their careful spellings.
"""

from __future__ import annotations

#: A word as people type it -> the spelling the rules know.
SPELLINGS: dict[str, str] = {
    # symptoms
    "swolen": "swollen", "swollon": "swollen", "sollen": "swollen", "swolle": "swollen", "sweling": "swelling",
    "swellin": "swelling", "swollowing": "swallowing", "swalow": "swallow", "swallowd": "swallowed",
    "breth": "breath", "breathin": "breathing", "breating": "breathing", "brething": "breathing",
    "breatheing": "breathing", "wheezin": "wheezing", "wheazing": "wheezing", "hivs": "hives", "hieves": "hives",
    "itchey": "itchy", "itchin": "itching", "tounge": "tongue", "tung": "tongue", "tongu": "tongue",
    "throte": "throat", "throats": "throat is", "blury": "blurry", "blurr": "blurry", "blured": "blurred",
    "vison": "vision", "visoin": "vision", "eyesite": "eyesight", "bleedin": "bleeding", "bleding": "bleeding",
    "bleeing": "bleeding", "bledding": "bleeding", "blod": "blood", "blistres": "blisters", "blisers": "blisters",
    "blistring": "blistering", "blisterin": "blistering", "burnin": "burning", "puss": "pus", "oozin": "oozing",
    "leakin": "leaking", "weepin": "weeping", "throbbin": "throbbing", "spreadin": "spreading",
    "infecton": "infection", "infecion": "infection", "infeccion": "infection", "infectd": "infected",
    "temprature": "temperature", "temperture": "temperature", "tempreture": "temperature", "chils": "chills",
    "shiverin": "shivering", "dizy": "dizzy", "dizzie": "dizzy", "faintin": "fainting", "unconcious": "unconscious",
    "unconsious": "unconscious", "seizur": "seizure", "vomitting": "vomiting", "vommiting": "vomiting",
    "throwin": "throwing", "alergic": "allergic", "allergick": "allergic", "alergy": "allergy", "reacion": "reaction",
    # self-harm
    "suicidle": "suicidal", "sucidal": "suicidal", "suicial": "suicidal", "killin": "killing", "dyin": "dying",
    "cuttin": "cutting", "hurtin": "hurting",
    # children and products
    "todler": "toddler", "toddlr": "toddler", "chewd": "chewed", "drinked": "drank", "eated": "ate",
    "swallered": "swallowed", "tretinion": "tretinoin", "accutaine": "accutane",
    # chat shorthand
    "cant": "can't", "cnt": "can't", "wont": "won't", "dont": "don't", "doesnt": "doesn't", "isnt": "isn't",
    "ive": "i've", "im": "i'm", "thru": "through", "rn": "right now", "cos": "because", "coz": "because",
    "cuz": "because", "n": "and", "r": "are", "u": "you", "ur": "your", "wat": "what", "pls": "please",
    "plz": "please", "tite": "tight", "yrs": "years", "yr": "year",
}
