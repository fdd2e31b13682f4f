"""Tests for scarfaq.safety: fixed notes, red flags (question only), medical topic."""

from __future__ import annotations

import re

import pytest

from scarfaq.safety import MEDICAL_NOTE, URGENT_NOTE, Level, SafetyNote, assess, red_flags

# (question, a red-flag name that must be among those found)
URGENT = [
    # fever / chills, including everyday words and numbers
    ("had a peel 2 days ago and now i have a fever", "fever"),
    ("my temp is 39 after microneedling, normal?", "fever"),
    ("38.5 this morning after my laser, should I worry", "fever"),
    ("feeling hot and cold since the subcision yesterday", "fever"),
    ("been shivering all night after my co2 laser", "fever"),
    ("I feel feverish and my cheek hurts after filler", "fever"),
    ("got the chills after fraxel, is that a thing?", "fever"),
    ("running a temperature of 101 f after my chemical peel", "fever"),
    ("feaver and headache after dermapen", "fever"),
    ("38,7 temp and face sore", "fever"),
    # spreading redness / red streaks
    ("the redness around my subcision spot is spreading", "spreading redness"),
    ("there's a red streak going up from the spot where i got filler", "spreading redness"),
    ("red lines going down my neck from the laser area", "spreading redness"),
    ("the red area keeps getting bigger since tuesday", "spreading redness"),
    # pus / oozing / infection
    ("there is pus coming out of my microneedling wound", "signs of infection"),
    ("my laser spot is oozing yellow stuff", "signs of infection"),
    ("i think my subcision site is infected", "signs of infection"),
    ("the area is hot to the touch and really sore", "signs of infection"),
    ("puss coming out where they did the punch excision", "signs of infection"),
    # swelling of face / lips / eyes / throat
    ("my lips are swollen after filler, is that normal", "swelling of face, lips, eyes or throat"),
    ("woke up with swollen eyes after trying a new retinol", "swelling of face, lips, eyes or throat"),
    ("half my face swelled up after the peel", "swelling of face, lips, eyes or throat"),
    ("my face is swollen after laser, is that normal?", "swelling of face, lips, eyes or throat"),
    ("tongue swelling up after using a new scar gel", "swelling of face, lips, eyes or throat"),
    # trouble breathing / throat closing
    ("i cant breathe properly after the injection", "trouble breathing"),
    ("my throat feels tight after applying the cream", "trouble breathing"),
    ("shortness of breath after my laser numbing cream", "trouble breathing"),
    # burn that blisters
    ("my tca peel burned and now there are blisters", "blistering burn"),
    ("the laser left a burn that blistered", "blistering burn"),
    # bleeding that won't stop
    ("the punch excision won't stop bleeding", "bleeding that won't stop"),
    ("bleeding for 40 minutes after subcision", "bleeding that won't stop"),
    # vascular occlusion after filler
    ("my lip turned white right after filler", "skin colour change after filler"),
    ("skin near the injection looks dusky and grey after filler", "skin colour change after filler"),
    ("a blue patch showed up where my cheek filler was injected", "skin colour change after filler"),
    # chemical in the eye
    ("got glycolic acid in my eye and it burns", "chemical in the eye"),
    ("some of the tca peel dripped into my eye", "chemical in the eye"),
    # fainting, chest pain
    ("i passed out after the subcision", "fainting"),
    ("felt faint and dizzy during microneedling", "fainting"),
    ("chest pain after taking my acne pills", "chest pain"),
    ("my chest feels tight since starting the new medication", "chest pain"),
    # mole or scar that changes
    ("my mole is getting darker and bigger", "changing mole or scar"),
    ("there's a mole on my back that bleeds", "changing mole or scar"),
    ("my scar keeps growing and itches", "changing mole or scar"),
    ("the scar on my chin itches and grows", "changing mole or scar"),
    ("my old scar has started bleeding for no reason", "changing mole or scar"),
    # child swallowed a product
    ("my toddler swallowed some of my tretinoin cream", "child swallowed a product"),
    ("my 3 year old drank the glycolic toner", "child swallowed a product"),
    # self-harm / suicide
    ("my scars are so bad i want to die", "self-harm or suicide"),
    ("honestly i think about killing myself because of my acne", "self-harm or suicide"),
    ("everyone would be better off if i wasn't here", "self-harm or suicide"),
    ("there's no reason to live with this face", "self-harm or suicide"),
    ("i can't go on like this", "self-harm or suicide"),
    ("sometimes i want to hurt myself when i look in the mirror", "self-harm or suicide"),
    ("feeling suicidal over my acne scars", "self-harm or suicide"),
    # buried in the middle of an ordinary treatment question
    (
        "I'm doing TCA peels at home, how often should I repeat them? also since yesterday my cheek "
        "is swollen and hot and I have chills, anyway which acid is best",
        "fever",
    ),
    ("what's the best serum for boxcar scars and also i have no fever but red streaks, which brand", "spreading redness"),
    ("how long before i can wear makeup after laser? my eyelids are swollen shut btw", "swelling of face, lips, eyes or throat"),
    ("no fever, but my lips are swollen after filler", "swelling of face, lips, eyes or throat"),
    ("i had a fever and swollen lips after filler last week", "swelling of face, lips, eyes or throat"),
    # more everyday phrasings
    ("39.5 after subcision", "fever"),
    ("102 degree fever after the peel", "fever"),
    ("wound is weeping clear fluid after laser", "signs of infection"),
    ("is my scar infected? it's red and warm", "signs of infection"),
    ("i feel like my throat is swelling after the peel", "trouble breathing"),
    ("hard to breathe after numbing cream", "trouble breathing"),
    ("my throat is closing up", "trouble breathing"),
    ("my nose is bleeding a lot after laser", "bleeding that won't stop"),
    ("my skin went grey where the filler went in", "skin colour change after filler"),
    ("my eye is burning after salicylic acid got in it", "chemical in the eye"),
    ("I splashed TCA into my left eye", "chemical in the eye"),
    ("i fainted after the injection", "fainting"),
    ("my mole changed shape recently", "changing mole or scar"),
    ("my keloid keeps getting bigger", "changing mole or scar"),
    ("this one scar on my cheek is turning black", "changing mole or scar"),
    ("my kid ate some of my differin gel", "child swallowed a product"),
    ("my 2yo licked the tretinoin tube", "child swallowed a product"),
    ("kinda wanna die every time i see my skin", "self-harm or suicide"),
    ("no one would care if i died", "self-harm or suicide"),
    ("i dont want to live like this anymore, these scars ruin everything", "self-harm or suicide"),
]

# Non-urgent look-alikes and ordinary treatment questions: medical, never urgent.
NOT_URGENT_MEDICAL = [
    "no fever, just some redness after the peel",
    "I don't have a fever or anything, is peeling normal after tca?",
    "it's a bit red without any pus, should I keep using the cream?",
    "the redness isn't spreading, how long until it fades",
    "there's no sign of spreading redness after subcision",
    "my acne scar healed last year, can laser still help?",
    "had a fever last year but fine now, can I get microneedling?",
    "is dermabrasion painful?",
    "does laser resurfacing cause swelling?",
    "how long does swelling last after lip filler",
    "this itching is killing me lol, what cream for healing skin",
    "what's a killer serum for acne scars",
    "my scar is dying to be treated, which laser?",
    "pus-free pimple patches, do they help scars?",
    "I'm dying to try fraxel, how much does it cost",
    "feverish excitement about my first chemical peel tomorrow!",
    "how do I get rid of dead skin cells without scarring",
    "what helps a fever blister heal without a scar",
    "how do I treat pus-filled pimples so they don't scar",
    "does infected acne leave worse scars",
    "best eye cream for puffy eyes",
    "can you see a faint scar after microneedling?",
    "my skin turned white right after the tca peel, is that frosting?",
    "my acne scars are getting darker in the sun, what sunscreen",
    "can a tca peel cause blisters?",
    "can fillers cause vascular occlusion?",
    "what is the risk of infection after subcision",
    "what if i get peel solution in my eye",
    "how close to my eyes can I use retinol",
    "is retinol safe for the eye area",
    "I cut myself shaving over my acne, will it scar?",
    "can hyaluronic acid serum help atrophic scars",
    "how many sessions of microneedling for rolling scars",
    "is subcision better than fillers for boxcar scars",
    "what strength of tca cross for ice pick scars",
    "does vitamin c fade dark marks",
    "is tretinoin good for acne scars",
    "can I use aloe vera as a home remedy for red marks",
    "lip swelling after filler, how long does it usually take to go down",
    "my cheek is a little puffy after filler, how long does that last",
    "i'm not suicidal but my scars really get me down, any treatment?",
    "the bleeding stopped after 5 minutes, is pinpoint bleeding normal with microneedling?",
    "my lips swelled up after filler but it went away in a day, normal?",
    "is it ok to exfoliate while on accutane",
    "do moles grow back after removal",
    "does the collagen keep growing months after microneedling on scars",
    "not sure if my scars are boxcar or rolling, which treatment?",
    "why do my scars bleed a little during microneedling",
    "i dont have chills or a fever, just tightness, is that normal after laser",
    "how much is co2 laser for acne scars",
    "my son ate dinner and then I put retinol on my scars",
    "i'm 38.5 weeks pregnant, is retinol safe for scars",
    "bought 2 for $39.99, good scar serum?",
    "fever 2 weeks ago after laser, all good now. when can I redo?",
    "had a fever months ago, can I do microneedling",
    "i nearly fainted at the price of fraxel",
    "i can't breathe through my nose after rhinoplasty, will it affect scars",
    "I don't want to live with these scars forever, what works best",
    "nothing helps my scars, I can't go on dates like this",
    "my acne scars look darker after laser",
    "i'm not bleeding much after microneedling",
    "how long does facial swelling last after co2 laser",
    "i have no chest pain but i feel dizzy after laser",
    "spreading the cream over the red area",
    "my keloid went white after the cortisone injection, is that permanent?",
    "face feels like it's burning after peel, like on fire",
]

# Not medical at all: level none when nothing was quoted.
NON_MEDICAL = [
    "good marinade for chicken",
    "what is the capital of Canada?",
    "best clay for pottery",
    "how do I bleed the brakes on my bike",
    "how to peel a mango without a mess",
    "recommend a sci-fi book for the weekend",
    "what's the weather like in Lisbon in May",
    "how to fix a flat tire",
    "best running shoes for beginners",
    "how do I make sourdough starter",
    "what's 39 times 12",
    "is it 39 degrees outside today in Phoenix",
    "a killer app idea for my startup",
    "the peel of an orange is bitter, why",
    "bleed the radiator before winter?",
]


@pytest.mark.parametrize(("question", "flag"), URGENT)
def test_urgent_phrasings(question: str, flag: str) -> None:
    note = assess(question)
    assert note.level is Level.URGENT, question
    assert flag in note.red_flags, (question, note.red_flags)
    assert note.text == URGENT_NOTE


@pytest.mark.parametrize("question", NOT_URGENT_MEDICAL)
def test_look_alikes_are_medical_not_urgent(question: str) -> None:
    assert red_flags(question) == (), question
    note = assess(question)
    assert note.level is Level.MEDICAL, question
    assert note.text == MEDICAL_NOTE
    assert note.red_flags == ()


@pytest.mark.parametrize("question", NON_MEDICAL)
def test_non_medical_is_none(question: str) -> None:
    note = assess(question)
    assert note == SafetyNote(Level.NONE, "", ())


@pytest.mark.parametrize("question", NON_MEDICAL[:4])
def test_non_medical_passages_keep_none(question: str) -> None:
    assert assess(question, ["Marinate the chicken overnight in lemon and garlic."]).level is Level.NONE


def test_medical_decided_from_passages() -> None:
    passages = ["Silicone gel applied twice a day can flatten a raised scar over a few months."]
    assert assess("how much does it cost?").level is Level.NONE
    assert assess("how much does it cost?", passages).level is Level.MEDICAL
    assert assess("how much does it cost?", ["", "  "]).level is Level.NONE


def test_urgent_wins_over_medical_passages() -> None:
    note = assess("my lips went blue after filler", ["Fillers can lift rolling scars."])
    assert note.level is Level.URGENT
    assert note.red_flags == ("skin colour change after filler",)


def test_red_flags_names_and_order() -> None:
    flags = red_flags("fever and the redness is spreading, also pus")
    assert flags == ("fever", "spreading redness", "signs of infection")
    assert red_flags("what is the capital of Canada?") == ()


def test_negated_mention_does_not_hide_another() -> None:
    assert red_flags("no fever yesterday. today i have a fever") == ("fever",)
    assert red_flags("no pus, no fever, nothing spreading") == ()


def test_red_flags_ignore_passages() -> None:
    # The check is on the question alone; scary passages do not make it urgent.
    note = assess("how does subcision work?", ["Seek care if you have fever, pus or spreading redness."])
    assert note.level is Level.MEDICAL


@pytest.mark.parametrize("text", [MEDICAL_NOTE, URGENT_NOTE])
def test_notes_are_short_plain_fixed_text(text: str) -> None:
    assert text.strip()
    assert 2 <= len(text.splitlines()) <= 3
    assert not re.search(r"[*_#`<>\[\]|]", text)


def test_medical_note_content() -> None:
    low = MEDICAL_NOTE.lower()
    assert "not medical advice" in low
    assert "dermatologist" in low and "doctor" in low
    assert "patch-test" in low


def test_urgent_note_content() -> None:
    low = URGENT_NOTE.lower()
    assert "today" in low
    assert "emergency" in low
    assert "crisis line" in low and "988" in low
    assert "suicide" in low and "self-harm" in low
    for sign in ("breathing", "throat", "chest pain", "fainting"):
        assert sign in low


def test_note_is_frozen_and_level_is_str() -> None:
    note = assess("is retinol good for scars?")
    with pytest.raises(AttributeError):
        note.level = Level.NONE  # type: ignore[misc]
    assert Level.URGENT == "urgent" and Level("medical") is Level.MEDICAL


def test_empty_question() -> None:
    assert assess("") == SafetyNote(Level.NONE, "", ())
    assert red_flags("   ") == ()


@pytest.mark.parametrize(
    "question",
    [
        "a mole on my chin has grown bigger this month, should I worry",
        "my birthmark next to the acne scars turned black over the summer",
        "there is a mole just above the scar on my back and lately it bleeds when I dry off",
        "the mole by my old chickenpox mark got darker and more uneven, also what cream fades marks",
    ],
)
def test_a_mole_described_before_its_change_is_urgent(question: str) -> None:
    assert assess(question).level is Level.URGENT


@pytest.mark.parametrize(
    "question",
    ["can a mole be removed with laser without leaving a scar?", "I have a mole on my cheek, will resurfacing damage it?"],
)
def test_questions_about_moles_without_a_change_are_not_urgent(question: str) -> None:
    assert assess(question).level is Level.MEDICAL


@pytest.mark.parametrize(
    "question",
    [
        "had filler in my cheek scar this morning and the area has gone white and blotchy",
        "my skin has gone grey around the injection site from the filler",
    ],
)
def test_a_colour_change_said_with_has_gone_is_not_read_as_resolved(question: str) -> None:
    assert assess(question).level is Level.URGENT


def test_has_gone_down_still_reads_as_resolved() -> None:
    assert assess("had some swelling of my lips after the filler but it has gone down now").level is not Level.URGENT


@pytest.mark.parametrize(
    "question",
    [
        "everything would be easier if i just wasnt here, do scar creams even work",
        "sometimes i think it'd be better for everyone if i didn't exist, my face is covered in pits",
        "been thinking i wish i was not alive because of these acne scars",
    ],
)
def test_thoughts_of_not_being_alive_are_urgent(question: str) -> None:
    assert assess(question).level is Level.URGENT
