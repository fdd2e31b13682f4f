"""The broad second tier (rules/alarm.py, rules/despair.py) and the general discounts it leans on.

One urgent and one look-alike wording per word class, in words of our own: the class must catch a
phrasing no phrase rule names, and its look-alike (general, negated, past, mild, figurative, hearsay)
must stay out.
"""

from __future__ import annotations

import pytest

from scarfaq.safety import Level, assess, red_flags
from scarfaq.safety.names import Flag

URGENT = [
    # despair: hopelessness, vanishing, ending it, absence later, goodbyes, burden, means, method, blades
    ("honestly everything feels meaningless since the scars came back, i feel trapped", Flag.SELF_HARM),
    ("i keep wishing i could just vanish and never have to show this face again", Flag.SELF_HARM),
    ("i don't know how much longer i can take this, the pitted skin is all i see", Flag.SELF_HARM),
    ("pretty sure i won't be around by christmas so is the laser even worth booking", Flag.SELF_HARM),
    ("posted my goodbyes on insta last night, anyway does tca cross hurt", Flag.SELF_HARM),
    ("my family would be better off without me and my disgusting skin", Flag.SELF_HARM),
    ("i've got a stash of my nan's painkillers hidden under my bed", Flag.SELF_HARM),
    ("been thinking how easy it would be to drive off the road, the scars won't ever go", Flag.SELF_HARM),
    ("i keep holding a razor to my cheek where the scars are", Flag.SELF_HARM),
    ("i want to slice these boxcar scars off myself tonight", Flag.SELF_HARM),
    ("my wife says she's just a burden to us since the scarring got worse", Flag.SELF_HARM),
    ("burned my thighs with a hot spoon yesterday because of my face", Flag.SELF_HARM),
    ("they'd all be so much lighter if i just disappeared, me and my scars", Flag.SELF_HARM),
    ("i managed to get hold of my gran's morphine", Flag.SELF_HARM),
    ("would putting oven cleaner on my scars flatten them, i don't care what it does to me", Flag.SELF_HARM),
    # swelling of a face part, big or with a second sign
    ("my eyelids are puffing up more and more since the peel and they itch like mad", Flag.SWELLING),
    ("tongue feels swollen and thick after the lidocaine cream", Flag.SWELLING),
    # breath or swallowing with trouble
    ("swallowing feels like there's something stuck since my filler this morning", Flag.TROUBLE_BREATHING),
    # blood that goes on
    ("the punch graft site is still bleeding through the second bandage", Flag.BLEEDING),
    # a wrong colour or wrong sight after an injection
    ("the skin above my filler has gone a lacy purple pattern", Flag.COLOUR_CHANGE),
    ("since the botox my left eye's vision is patchy", Flag.VISION_CHANGE),
    # a child and anything eaten, or a product in a child's eye
    ("my toddler chewed the corner of my retinol tube open", Flag.CHILD_SWALLOWED),
    ("my little girl has white cream on her tongue, my azelaic tube is open", Flag.CHILD_SWALLOWED),
    ("my 4 year old got some of my glycolic toner in his eye and it's streaming", Flag.CHEMICAL_IN_EYE),
    # a mole and any change, a sore that never heals
    ("the freckle by my jaw has gone lopsided and has two colours now", Flag.CHANGING_SPOT),
    ("a sore on my scar has been open for 9 weeks and never heals", Flag.CHANGING_SPOT),
    # a deep burn
    ("i left the home peel on too long and the skin is white and leathery with blisters", Flag.BLISTERING_BURN),
    ("the cryo pen burnt deep, the spot's gone waxy and black", Flag.BLISTERING_BURN),
]

NOT_URGENT = [
    "i'm done with trying creams, what should i try next",  # done trying a product
    "can fillers make your vision go blurry?",  # general
    "my mole hasn't grown or changed colour in years, can laser go near it",  # negated
    "i had swollen lips from a filler a long time ago, is another brand safer",  # past
    "a tiny blister after my cryo session, is that expected",  # mild
    "saw a video of someone whose lips went purple after filler, how rare is that",  # hearsay
    "if i got a blister after a peel what would i put on it",  # supposed case
    "my boyfriend nearly fainted watching the needle go in, lol",  # at the sight of
    "i'll fix my scars permanently one day when i can afford it",  # a hope, not a plan
    "does the laser burn the skin on purpose?",  # said of a device
    "you can feel the lumps but can't see them, normal after filler?",  # not sight
    "i fainted at my first injection ages ago (hives too), can i do subcision",  # past aside
    "my bank balance is bleeding out after all these sessions",  # figurative
    "why do my houseplant leaves have burnt brown tips",  # not skin
    "will the bruise from my filler turn yellow or purple before it goes",  # a future question
    "thinking of jumping on the microneedling trend, worth it?",  # figurative jump
    "i'm tired of trying products, what actually works?",  # tired of products
    "i bought a bottle of vitamin c serum, is it any good",  # a purchase, not means
]


@pytest.mark.parametrize(("question", "flag"), URGENT)
def test_each_word_class_catches_its_red_flag(question: str, flag: str) -> None:
    assert assess(question).level is Level.URGENT, question
    assert flag in red_flags(question), question


def test_self_harm_word_classes_lead_with_the_crisis_line() -> None:
    note = assess("everything feels pointless and i've started saying goodbye to people")
    assert note.kinds[0] == "self-harm"


@pytest.mark.parametrize("question", NOT_URGENT)
def test_look_alikes_of_the_word_classes_stay_out(question: str) -> None:
    assert assess(question).level is not Level.URGENT, question


def test_a_habit_with_an_onset_is_current() -> None:
    question = "every time i swallow there's a lump and my lips have puffed up, started after the peel"
    assert assess(question).level is Level.URGENT


def test_a_long_quote_is_reported_speech_not_a_word_talked_about() -> None:
    assert assess("my sister keeps saying she wants to 'go to sleep and not wake up' because of her scars").level \
        is Level.URGENT
    assert assess('what does "frosting" mean for a peel').level is not Level.URGENT
