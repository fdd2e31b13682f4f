"""Bleeding that will not stop (or any ongoing bleeding on blood thinners)."""

from __future__ import annotations

from scarfaq.safety.engine import Rule, any_of
from scarfaq.safety.names import Flag

ANTICOAG = (
    r"\b(?:blood\s+thinn\w*|anti-?coagula\w*|warfarin|coumadin|eliquis|apixaban|xarelto|rivaroxaban|heparin"
    r"|clopidogrel|plavix|pradaxa|dabigatran|lovenox|enoxaparin)\b"
)
# Blood, or a bleed.
BLOOD = r"\b(?:(?:nose)?bleed\w*|bled|blood\w*|spurt\w*|gush\w*)\b"
# That it goes on: not stopping, despite pressure, for a long time, through the dressing.
GOES_ON = (
    r"\b(?:won'?t|wont|doesn'?t|doesnt|isn'?t|isnt|not|can'?t|cant|cannot|never)\s+(?:get\s+it\s+to\s+)?"
    r"(?:stop|ease|let\s+up|slow|settle|quit|clot)(?:ping|s|ing|ed)?\b"
    r"|\b(?:can'?t|cant|cannot)\s+stop\s+(?:it|the\s+bleeding|them)\b"
    r"|\bkeeps?\s+(?:on\s+)?(?:seeping|bleeding|dripping|flowing|coming|oozing|running|pouring)\b"
    r"|\bstill\s+(?:flowing|bleeding|dripping|going|coming|running|oozing|seeping|trickling|pouring)\b"
    r"|\b(?:\d+|an?|two|three)\s*(?:min\w*|hours?|hrs?)\s+later\b"
    r"|\b(?:press\w*|pressure|pinch\w*|holding\s+\w+\s+on\s+it)\s+(?:doesn'?t|doesnt|didn'?t|didnt|isn'?t|isnt"
    r"|is\s+not|does\s+not"
    r"|not|won'?t|wont)\s+(?:\w+\s+)?(?:help|work|stop)\w*"
    r"|\b(?:press\w*|pinch\w*|held|holding)\s+(?:\w+\s+){0,3}?(?:for\s+)?(?:\d+|half\s+an|an|over\s+\d+)\s*(?:min\w*"
    r"|hours?|hrs?)\b"
    r"|\bdripping\s+(?:on|onto)\s+the\s+(?:floor|carpet|sink)\b|\bseeping\s+through\b|\bspurt\w*"
)

RULES: tuple[Rule, ...] = (
    Rule(Flag.BLEEDING, any_of(
        r"\b(?:won'?t|wont|doesn'?t|doesnt|didn'?t|didnt|can'?t|cant|cannot|will\s+not|does\s+not|did\s+not|not"
        r"|never)\s+stop(?:ped)?\s+(?:the\s+)?bleeding\b",
        rf"\bbleeding\s+(?:that\s+|which\s+|just\s+|still\s+)?(?:won'?t|wont|doesn'?t|doesnt|hasn'?t|hasnt|isn'?t"
        rf"|isnt|will\s+not|has\s+not|is\s+not|can'?t|never)\s+(?:\w+\s+)?stop",
        r"\bbleeding\s+(?:really\s+|so\s+)?(?:heavily|a\s+lot|profusely|nonstop|non-stop|non\s+stop|everywhere|badly"
        r"|so\s+much|like\s+crazy|for\s+(?:an?\s+|over\s+an?\s+|\d+\s+)?(?:hour|hours|hrs?|minutes|mins))\b",
        r"\b(?:keeps?|kept)\s+(?:on\s+)?bleeding\b", r"\bstill\s+bleeding\b",
        r"\bblood\s+everywhere\b", r"\bsoaked\s+(?:through\s+)?(?:the\s+|a\s+)?(?:gauze|bandage|towel|tissues?)\b",
        # Gushing, pouring, not clotting, through the dressing, despite pressure, for an hour.
        r"\b(?:gush\w*|pour\w*|spurt\w*|squirt\w*|pumping|streaming)\s+(?:out\s+)?(?:\w+\s+)?blood\b",
        r"\bblood\s+(?:is\s+|keeps\s+|just\s+|still\s+|was\s+|started\s+|has\s+been\s+)*(?:gushing|pouring|spurting"
        r"|squirting"
        r"|pumping|streaming|running\s+down|dripping\s+down)\b",
        r"\b(?:won'?t|wont|doesn'?t|doesnt|isn'?t|isnt|is\s+not|not|never|can'?t|cant|will\s+not|does\s+not|didn'?t"
        r"|didnt"
        r"|hasn'?t|hasnt)\s+(?:\w+\s+)?clot(?:ting|ted)?\b",
        r"\b(?:bleed\w*|bled|blood)\s+(?:right\s+|straight\s+)?through\s+(?:\w+\s+)?(?:gauze|bandages?|dressings?"
        r"|plasters?"
        r"|band-?aids?|pads?|towels?|tissues?)\b",
        r"\bsoak(?:ed|ing)\s+(?:through\s+)?(?:\w+\s+){0,3}?(?:with|in)\s+blood\b",
        r"\b(?:bleed\w*|bled|blood|dripping)\s+(?:\w+\s+){0,3}?for\s+(?:over\s+|more\s+than\s+|about\s+|almost\s+"
        r"|nearly\s+"
        r"|like\s+)?(?:an?\s+|half\s+an?\s+|a\s+few\s+|two\s+|three\s+|several\s+|\d+\s*)?(?:hour|hours|hrs?)\b",
        r"\b(?:bleeding|bleeds|bled)\s+(?:since|all\s+(?:night|day|morning|evening))\b",
        r"\b(?:blood|bleeding)\s+(?:won'?t|wont|doesn'?t|doesnt|will\s+not|isn'?t|isnt)\s+(?:\w+\s+)?stop",
    )),
    Rule(Flag.BLEEDING, any_of(
        r"\beven\s+(?:with|after|when|though|while|if)\s+(?:i\s+|we\s+)?(?:\w+\s+)?(?:press\w*|pressure|hold\w*|held"
        r"|ice)\b",
    ), requires=(r"\b(?:bleed\w*|bled|blood\w*|gush\w*)\b",)),
    # Any ongoing bleeding in someone on blood thinners.
    Rule(Flag.BLEEDING, any_of(
        r"\b(?:is|are|it'?s|its|keeps?|kept|still|started|been|now|and)\s+(?:\w+\s+)?bleeding\b",
        r"\bbleeding\s+(?:a\s+lot|again|heavily|through|more\s+than)\b",
        r"\b(?:blood|bleeding)\s+(?:is\s+|keeps\s+)?(?:coming|dripping|running|oozing|everywhere)\b",
        r"\booz\w*\s+blood\b",
    ), requires=(ANTICOAG,)),
    # Two kinds of words in one clause: blood, and that it goes on.
    Rule(
        Flag.BLEEDING,
        r"\b(?:bleed\w*|blood|bled|dripping|gushing|pouring)\b",
        clause_requires=r"\b(?:won'?t|wont|doesn'?t|doesnt|not|can'?t|cant|cannot)\s+(?:get\s+it\s+to\s+)?(?:stop"
                        r"|clot)"
        r"|still\s+(?:bleeding|dripping|going)|keeps?\s+(?:bleeding|dripping|gushing|coming)|soak\w*|gauze"
        r"|press(?:ing|ure)|for\s+(?:\d+|an?|like\s+\d+|over\s+\d+)\s*(?:h|hrs?|hours?|min|mins|minutes)\b|gushing"
        r"|pouring",
    ),
    # Blood, and anywhere in the question, that it goes on ("bleeding from my lip, can't stop it").
    Rule(Flag.BLEEDING, BLOOD, partner=GOES_ON),
)
