"""Red flags found by kinds of words meeting in a clause, not by exact phrases (rules/ of scarfaq.safety)."""

from __future__ import annotations

import pytest

from scarfaq.safety import Level, assess

URGENT = [
    # bleeding that goes on
    "the punch excision site has been oozing blood for an hour and the bandage is soaked",
    "my cut from microneedling keeps bleeding even tho im pressing a towel on it",
    # a child and a product
    "my toddler licked my glycolic toner off the counter, her lips look red",
    "my 6 year old got into the drawer and swallowed some of the numbing cream",
    # filler: vision and colour
    "since the filler in my smile line this morning one eye sees everything blurry",
    "the skin next to my filler went pale and blotchy and feels cold to touch",
    # eye
    "splashed tca into my left eye and it wont stop burning",
    # airway
    "after the sheet mask my tongue is swollen and its getting hard to breathe",
    # heart or numbing cream
    "used loads of lidocaine cream before laser and now im confused and shaky",
    "my heart is racing and i feel faint after the numbing cream",
    # infection and spreading
    "the microneedled area is leaking green stuff and throbbing",
    "redness from my peel is spreading up to my eye and its hot",
    "i feel like i have the flu since my subcision and the spots are swollen",
    # burns
    "woke up with blisters all over my cheek after leaving lemon juice on overnight",
    # changing spots, sores that won't heal
    "a spot on my shoulder scar has turned two colours and keeps growing",
    "this sore on my nose hasnt healed for 6 weeks and it keeps bleeding",
    # self-harm
    "i dont see the point in any of it anymore with this face",
    "i have been cutting my wrists because of how my skin looks",
    "my sister sent a goodbye message about her acne and turned her phone off",
]

NOT_URGENT = [
    "how long does pinpoint bleeding last after microneedling?",
    "is it normal if my face is a little red and swollen the day after laser?",
    "what are the signs of infection after a chemical peel?",
    "can fillers cause blindness?",
    "no fever, no pus, the redness is not spreading, just itchy",
    "had blisters from a peel years ago, they healed fine, which peel is gentler?",
    "i'm dying to try fraxel, is it worth the money?",
    "this itching is killing me lol, which cream calms it?",
    "how much does a tube of dermatix cost?",
    "what happens if a kid swallows retinol? asking so i store it right",
    "my mole hasn't changed in years, can i have laser near it?",
    "do scar creams work on old pits?",
    "i burned my arm on a hot pan and now there's a scar, which gel helps?",
    "i'm on blood thinners, is subcision still possible?",
    "my acne keeps spreading to my jaw, what works?",
]


@pytest.mark.parametrize("question", URGENT)
def test_described_emergencies_are_found_in_everyday_words(question: str) -> None:
    assert assess(question).level is Level.URGENT, question


@pytest.mark.parametrize("question", NOT_URGENT)
def test_questions_about_risks_negated_past_and_figures_of_speech_are_not(question: str) -> None:
    assert assess(question).level is not Level.URGENT, question
