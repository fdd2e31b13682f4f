"""Kinds of words the learned self-harm tier reads as classes, not only as words (learned.Features.classes).

A crisis counsellor listens for kinds of things, whatever the words: thoughts of death, the means and the place,
hurting one's own body, finality and farewell, preparing (letters, giving things away, a date), a time, being a
burden, doing it again; and hears distress about scars in other kinds: being seen and hiding, a treatment, a
statement of being safe. The next writer's words for a bridge or a blade are not in any tuning set, but the
class they belong to can be: each class present in a clause becomes a feature ("k:means"), marked as the
words are ("neg:", "past:"), and so does each pair of classes in a clause and in the question
("c:means+soon"), whose weights the model learns. Written from those kinds, not from a set's sentences.
"""

from __future__ import annotations

#: Single words of each class, as the rules' normalization spells them (engine.normalize: "im" is "i'm").
CLASS_WORDS: dict[str, str] = {
    "death": (
        "die dies died dying dead death deaths suicide suicidal kill killing killed alive exist existing existence"
        " unalive kms funeral funerals grave overdose overdosing overdosed od wake"
    ),
    "means": (
        "pills tablets meds painkillers paracetamol acetaminophen tylenol insulin antidepressants rope noose ligature"
        " razor razors blade blades knife knives gun guns firearm bridge cliff cliffs roof rooftop ledge balcony"
        " railway tracks train platform motorway traffic drown drowning jump jumping hang hanging bleach lighter"
        " vodka exhaust charcoal height heights"
    ),
    "injure": (
        "cut cuts cutting burn burning burned burnt punish punishing punishment hurt hurting harm harming stab"
        " stabbing slash slashing carve carving scratch scratching punch punching"
    ),
    "again": "again relapse relapsed relapsing",
    "final": "forever permanently goodbye goodbyes bye farewell",
    "prepare": "letter letters note notes will passwords sorted decided date picked plan planned planning ready",
    "soon": "tonight tomorrow soon weekend christmas birthday",
    "burden": "burden miss notice relieved",
    "safe": "safe promise venting vent",
    "hide": (
        "hide hiding hidden seen stare stares staring photos photo pics pictures camera mirror mirrors makeup"
        " concealer filter filters camouflage cover"
    ),
    "treat": (
        "laser lazer peel filler fillers subcision microneedling cream creams treatment treatments session sessions"
        " derm dermatologist clinic serum retinol tretinoin options results"
    ),
}

#: Phrases of each class (matched as whole words in a clause).
CLASS_PHRASES: dict[str, tuple[str, ...]] = {
    "final": ("for good", "last time", "one last", "ever again", "make it stop", "all stop", "much longer",
              "not be here", "not be around", "before i go", "won't be", "end it", "end things", "be over"),
    "again": ("back to",),
    "prepare": ("gave away", "giving away", "give away", "my will", "said goodbye"),
    "soon": ("right now", "this week"),
    "burden": ("better off", "without me", "nobody would", "no one would", "miss me"),
    "safe": ("not in a dark way", "not in a bad way", "not suicidal", "not in crisis", "i'm ok", "i'm okay",
             "i'm fine", "just sad", "don't worry"),
    "hide": ("go out", "leave the house", "look at me"),
}
