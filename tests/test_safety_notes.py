"""The fixed note texts: the red-flag list on every medical and urgent note, urgent notes that fit the case,
the crisis line first only for self-harm, and an urgent turn's follow-up."""

from __future__ import annotations

import re

import pytest

from scarfaq.safety import MEDICAL_NOTE, Level, SafetyNote, assess
from scarfaq.safety.names import KINDS, Kind
from scarfaq.safety.notes import CARRIED_LEAD, KIND_LEADS, MEDICAL_LEAD, RED_FLAGS, SYMPTOM_LEAD

# Each kind of red flag, said a few ways (the kinds the issue lists, and the rest).
BY_KIND = {
    Kind.SELF_HARM: ["i want to kill myself because of my scars", "my daughter has been cutting herself over her acne"],
    Kind.AIRWAY: ["i cant breathe properly after the injection", "my throat is closing up after the peel"],
    Kind.ALLERGY: ["my lips are swollen after filler, is that normal", "woke up with swollen eyes after a new retinol"],
    Kind.ISCHEMIA: ["my lip turned white right after filler", "since the filler this morning my right eye is blurry"],
    Kind.SYSTEMIC: ["i passed out after the subcision", "chest pain after taking my acne pills"],
    Kind.INFECTION: ["had a peel 2 days ago and now i have a fever", "there is pus coming out of my microneedling wound"],
    Kind.BURN: ["my tca peel burned and now there are blisters", "the laser left a burn that blistered"],
    Kind.EYE: ["got glycolic acid in my eye and it burns", "I splashed TCA into my left eye"],
    Kind.BLEEDING: ["the punch excision won't stop bleeding", "bleeding for 40 minutes after subcision"],
    Kind.SWALLOWED: ["my toddler swallowed some of my tretinoin cream", "my 3 year old drank the glycolic toner"],
    Kind.LESION: ["my mole is getting darker and bigger", "my old scar has started bleeding for no reason"],
}

# What each kind's own lines must speak of.
LEAD_WORDS = {
    Kind.SELF_HARM: ("crisis line", "988"),
    Kind.AIRWAY: ("breathing", "emergency"),
    Kind.ALLERGY: ("allergic", "swelling"),
    Kind.ISCHEMIA: ("blood vessel", "sight"),
    Kind.SYSTEMIC: ("chest pain", "fainting", "emergency"),
    Kind.INFECTION: ("infection", "fever"),
    Kind.BURN: ("burn", "blisters"),
    Kind.EYE: ("eye", "rinse"),
    Kind.BLEEDING: ("bleeding", "pressure"),
    Kind.SWALLOWED: ("swallowed", "poison"),
    Kind.LESION: ("mole", "grows"),
}

# The red flags the issue asks every medical note to name, in its words.
NAMED_RED_FLAGS = [
    "trouble breathing or swallowing",
    "swelling of the lips, tongue, face or throat",
    "hives all over",
    "spreading redness, heat or pus with fever",
    "skin turning white, grey, purple or black after an injection",
    "a sudden change in sight after an injection or procedure",
    "burns or blisters from a peel, cold or heat",
    "bleeding that does not stop with pressure",
    "a child who swallowed a product",
    "a mole or spot that grows or changes",
    "thoughts of harming yourself",
    "crisis line (988 in the US)",
]


def every_note() -> list[SafetyNote]:
    notes = [assess(q) for questions in BY_KIND.values() for q in questions]
    notes += [assess("how long does the redness last after laser?"), assess("thanks", ["my lips are swollen after filler"])]
    return notes


def test_every_kind_has_its_own_lines_and_examples() -> None:
    assert set(KIND_LEADS) == set(KINDS) == set(BY_KIND) == set(LEAD_WORDS)


@pytest.mark.parametrize(("kind", "question"), [(k, q) for k, qs in BY_KIND.items() for q in qs])
def test_each_kind_of_red_flag_is_found_and_leads_the_note(kind: str, question: str) -> None:
    note = assess(question)
    assert note.level is Level.URGENT and kind in note.kinds, (question, note.kinds)
    assert KIND_LEADS[kind] in note.lead
    for word in LEAD_WORDS[kind]:
        assert word in KIND_LEADS[kind].lower(), (kind, word)


@pytest.mark.parametrize("kind", [k for k in KINDS if k != Kind.SELF_HARM])
def test_only_self_harm_leads_with_the_crisis_line(kind: str) -> None:
    assert not re.search(r"crisis|suicide|988", KIND_LEADS[kind], re.I)
    note = assess(BY_KIND[kind][0])
    assert "crisis" not in note.lead and note.note.index("crisis") > note.note.index(RED_FLAGS[0])


def test_the_crisis_line_leads_even_when_another_red_flag_is_found() -> None:
    note = assess("my face is swollen after the peel and honestly i want to die")
    assert note.kinds[0] == Kind.SELF_HARM and Kind.ALLERGY in note.kinds
    assert note.lead.startswith(KIND_LEADS[Kind.SELF_HARM])
    assert "crisis line" in note.note.splitlines()[0]


@pytest.mark.parametrize("name", NAMED_RED_FLAGS)
def test_the_medical_note_names_every_red_flag(name: str) -> None:
    assert name in MEDICAL_NOTE


def test_the_medical_note_says_it_is_not_advice_then_lists_the_red_flags() -> None:
    low = MEDICAL_LEAD.lower()
    assert "not medical advice" in low and "dermatologist" in low and "doctor" in low and "patch-test" in low
    assert MEDICAL_NOTE == MEDICAL_LEAD + "\n" + "\n".join(RED_FLAGS)
    assert RED_FLAGS[0].startswith("Get help now") and all(line.startswith("- ") for line in RED_FLAGS[1:])


def test_every_note_is_its_lead_then_the_red_flags() -> None:
    for note in every_note():
        assert note.level is not Level.NONE
        assert note.red_flags == RED_FLAGS
        assert note.note == note.lead + "\n" + "\n".join(RED_FLAGS)


def test_the_red_flag_list_fits_a_box_in_80_columns_and_leads_are_short_paragraphs() -> None:
    assert len(RED_FLAGS) <= 12 and all(len(line) <= 70 for line in RED_FLAGS)
    for lead in [MEDICAL_LEAD, SYMPTOM_LEAD, CARRIED_LEAD, *KIND_LEADS.values()]:
        assert "\n" not in lead and len(lead) <= 240, lead  # one paragraph: the front end wraps it


def test_notes_are_plain_text() -> None:
    for note in every_note():
        for line in note.note.splitlines():
            assert line.strip() and not re.search(r"[*_#`<>\[\]|]", line), line


def test_no_note_for_a_question_that_is_not_medical() -> None:
    assert assess("what is the capital of Canada?") == SafetyNote(Level.NONE, "")


def test_the_follow_up_of_an_urgent_turn_stays_urgent_and_says_why() -> None:
    note = assess("ok thanks, and which cream is best for the scars after?", ["my lips are swollen after filler"])
    assert note.level is Level.URGENT and note.carried
    assert note.kinds == (Kind.ALLERGY,)
    assert note.lead.startswith(CARRIED_LEAD) and "Earlier you described" in note.note
    assert KIND_LEADS[Kind.ALLERGY] in note.lead


def test_a_carried_self_harm_note_still_leads_with_the_crisis_line() -> None:
    note = assess("anyway, does subcision work?", ["i want to kill myself because of my scars"])
    assert note.carried and note.lead.startswith(KIND_LEADS[Kind.SELF_HARM])
    assert CARRIED_LEAD in note.lead


def test_only_the_turn_right_after_an_urgent_one_is_carried() -> None:
    urgent, follow_up = "my lips are swollen after filler", "which cream is best for scars?"
    assert assess(follow_up, [urgent, "what is subcision?"]).level is Level.MEDICAL
    assert assess(follow_up, [urgent, "what is subcision?"]).carried is False
    own = assess("now i have a fever too", [urgent])
    assert own.level is Level.URGENT and not own.carried and own.kinds == (Kind.INFECTION,)
