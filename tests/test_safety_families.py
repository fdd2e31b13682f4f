"""The word families of the broad tier: a kind of words in all its forms, not a list of sentences.

A few representative questions per family (written for these tests, not taken from the tune sets), the
note each one gets, and the look-alikes that must stay out."""

from __future__ import annotations

import re

import pytest

from scarfaq.safety import Level, assess
from scarfaq.safety.names import Kind
from scarfaq.safety.words import forms, near


def test_forms_inflects_each_verb_once_written() -> None:
    family = re.compile(rf"\b{forms('punch', 'stab', 'cut/cut', 'bite/bit/bitten', 'carve')}\b")
    for word in ("punch", "punches", "punched", "punching", "stabbed", "stabbing", "cutting", "bitten", "carving"):
        assert family.fullmatch(word), word
    done = re.compile(rf"\b{forms('swallow', 'drink/drank/drunk', present=False)}\b")
    assert done.fullmatch("swallowed") and done.fullmatch("drinking") and done.fullmatch("drank")
    assert not done.fullmatch("swallow") and not done.fullmatch("drinks"), "a bare present tense asks ahead"


def test_near_finds_two_classes_in_either_order_but_not_across_a_negation() -> None:
    pattern = re.compile(near("mole|spot", "grow\\w*|bigger", 4))
    assert pattern.search("the mole by my scar is growing")
    assert pattern.search("bigger than it was, that spot")
    assert not pattern.search("my mole hasn't grown in years")
    assert not pattern.search("the mole is on my back and i think that my scar has grown")


SELF_HARM = [
    "honestly i'm such a failure, everyone would be fine if i vanished",
    "been having dark thoughts since the peel made it worse",
    "there's no reason for me to keep going like this",
    "im useless and i hate myself, what's the point",
    "i've been punching my own cheeks when i look at the scars",
    "i have a plan if the subcision doesn't work and i'm not telling anyone",
    "took way more of my painkillers than i should have, will it affect the laser",
    "my son says he's a freak who should just disappear",
    "i'm tired of waking up with this face every day",
    "whats the lethal dose of isotretinoin",
    "i keep pressing a pin into my scars till it really hurts",
    "my life is over and nobody will ever love me with this skin",
]


@pytest.mark.parametrize("question", SELF_HARM)
def test_despair_and_self_injury_in_any_words_lead_with_the_crisis_line(question: str) -> None:
    note = assess(question)
    assert note.level is Level.URGENT and note.kinds[0] == Kind.SELF_HARM, question
    assert "crisis line" in note.lead.splitlines()[0]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("the freckle on my scar is enlarging and has a few colours in it", Kind.LESION),
        ("a bump on my old scar went from pea sized to grape sized", Kind.LESION),
        ("my scar has started to change, it's gone darker and lumpy", Kind.LESION),
        ("the skin around my filler has gone a mauve colour and hurts", Kind.ISCHEMIA),
        ("since the injection i can only see shapes out of one eye", Kind.ISCHEMIA),
        ("my toddler was gulping my glycolic toner", Kind.SWALLOWED),
        ("the baby had a swig of my salicylic cleanser", Kind.SWALLOWED),
        ("my 2 year old munched a few of my zinc tablets", Kind.SWALLOWED),
    ],
)
def test_growth_colour_sight_and_swallowing_families_find_their_kind(question: str, kind: str) -> None:
    note = assess(question)
    assert note.level is Level.URGENT and kind in note.kinds, question


@pytest.mark.parametrize(
    "question",
    [
        "my scars make me want to hide, what's the best laser",
        "this acne is killing my confidence, which peel works",
        "i'd kill for smooth skin, is fraxel worth it",
        "is there anything that makes the dents vanish quickly before my wedding",
        "after filler i have a small bruise that went purple then yellow",
        "my freckles get darker in summer, will laser on my scars affect them",
        "my toddler drank milk right after I put the cream on my face, can it transfer",
        "my mole hasn't grown or changed in years, can i laser near it",
        "i cut myself a slice of cake, how many calories are in it",
        "my phone battery is dying so fast, any tips",
        "how do i kill a process in linux",
        "my basil plant is dying, what am i doing wrong",
        "i'm dying my hair purple this weekend",
    ],
)
def test_figures_of_speech_expected_healing_and_other_things_stay_out(question: str) -> None:
    assert assess(question).level is not Level.URGENT, question
