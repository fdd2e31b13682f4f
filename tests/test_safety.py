"""Tests for scarfaq.safety: red flags (question only), the medical topic, and which note a question gets.

The note texts themselves are tested in test_safety_notes.py."""

from __future__ import annotations

import pytest

from scarfaq.safety import MEDICAL_NOTE, Level, SafetyNote, assess, is_medical_corpus, red_flags
from scarfaq.safety.names import Kind
from scarfaq.safety.notes import KIND_LEADS, RED_FLAGS

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
    "spreading the cream over the red area",
    "my keloid went white after the cortisone injection, is that permanent?",
    "face feels like it's burning after peel, like on fire",
]

# The asker's own alarming symptom after a treatment, that no red-flag rule names: the recall net makes it
# urgent (issue 10: recall first). The first was a medical look-alike before the recall net.
RECALL = [
    "i have no chest pain but i feel dizzy after laser",
    "my vision is kind of hazy since the steroid shot in my scar",
    "since the peel my skin has gone dark grey and leathery in one patch",
    "after the microneedling im itchy all over and covered in red bumps",
    "the numbing cream is on and now my tongue feels numb and i taste metal",
]


@pytest.mark.parametrize("question", RECALL)
def test_an_own_alarming_symptom_after_a_treatment_is_urgent_without_a_named_red_flag(question: str) -> None:
    note = assess(question)
    assert note.level is Level.URGENT, question
    if not red_flags(question):
        assert note.kinds == () and note.lead.startswith("You describe a symptom")


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
    assert flag in red_flags(question), (question, red_flags(question))
    # thoughts of suicide get the crisis line first; no other red flag does
    crisis_first = note.lead.startswith(KIND_LEADS[Kind.SELF_HARM])
    assert crisis_first is (Kind.SELF_HARM in note.kinds) is ("self-harm or suicide" in red_flags(question))
    assert note.red_flags == RED_FLAGS and note.note.endswith("\n".join(RED_FLAGS))


@pytest.mark.parametrize("question", NOT_URGENT_MEDICAL)
def test_look_alikes_are_medical_not_urgent(question: str) -> None:
    assert red_flags(question) == (), question
    note = assess(question)
    assert note.level is Level.MEDICAL, question
    assert note.note == MEDICAL_NOTE
    assert note.red_flags == RED_FLAGS and note.kinds == ()


@pytest.mark.parametrize("question", NON_MEDICAL)
def test_non_medical_is_none(question: str) -> None:
    note = assess(question)
    assert note == SafetyNote(Level.NONE, "")


@pytest.mark.parametrize("question", NON_MEDICAL[:4])
def test_an_answer_from_a_non_medical_corpus_keeps_none(question: str) -> None:
    assert assess(question, corpus_medical=False).level is Level.NONE


def test_an_answer_quoting_a_medical_corpus_is_medical() -> None:
    assert assess("how much does it cost?").level is Level.NONE
    assert assess("how much does it cost?", corpus_medical=True).level is Level.MEDICAL


def test_urgent_wins_over_a_medical_corpus() -> None:
    note = assess("my lips went blue after filler", corpus_medical=True)
    assert note.level is Level.URGENT
    assert red_flags("my lips went blue after filler") == ("skin colour change after filler",)
    assert note.kinds == (Kind.ISCHEMIA,)


def test_red_flags_names_and_order() -> None:
    flags = red_flags("fever and the redness is spreading, also pus")
    assert flags == ("fever", "spreading redness", "signs of infection")
    assert red_flags("what is the capital of Canada?") == ()


def test_negated_mention_does_not_hide_another() -> None:
    assert red_flags("no fever yesterday. today i have a fever") == ("fever",)
    assert red_flags("no pus, no fever, nothing spreading") == ()


def test_the_latest_earlier_question_can_make_a_question_medical() -> None:
    # history holds the conversation's earlier questions (never passages), oldest first
    assert assess("how much does it cost?", ["which laser helps acne scars?"]).level is Level.MEDICAL
    assert assess("how much does it cost?", ["which laser helps acne scars?", "what is the capital of France?"]).level is Level.NONE


def test_note_is_frozen_and_level_is_str() -> None:
    note = assess("is retinol good for scars?")
    with pytest.raises(AttributeError):
        note.level = Level.NONE  # type: ignore[misc]
    assert Level.URGENT == "urgent" and Level("medical") is Level.MEDICAL


def test_empty_question() -> None:
    assert assess("") == SafetyNote(Level.NONE, "")
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
        "i once fainted after a numbing cream on my shins, is it safe to use again",
        "my lips swelled up after filler 3 yrs ago, should i tell the new clinic",
    ],
)
def test_a_single_time_in_the_past_and_years_in_shorthand_are_resolved(question: str) -> None:
    assert assess(question).level is Level.MEDICAL, question


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


# Categories of wording, each said several different ways (worsening, infection, airway, bleeding, vision,
# a changing spot, a child and a product, indirect self-harm): the rules must generalise, not list sentences.
URGENT_BY_CATEGORY = [
    ('got microneedling on friday and by monday the redness has moved all the way to my ear', 'spreading redness'),
    ('the pink area around my stitches is now twice the size it was this morning', 'spreading redness'),
    ('the redness keeps creeping further out each day since the peel', 'spreading redness'),
    ('the red patch around the injection site has doubled in size since yesterday', 'spreading redness'),
    ('pain around my laser spot is getting worse and worse, not better', 'spreading redness'),
    ('the bump where the doctor injected is swollen, warm and so sore i cant touch it', 'signs of infection'),
    ('a week after fraxel my cheeks are hotter and more swollen each day', 'signs of infection'),
    ("there's a hot hard lump where the filler went in and it hurts so much", 'signs of infection'),
    ('thick yellow stuff coming out of the needling holes on my cheek', 'signs of infection'),
    ('the punch graft site is draining something cloudy and it smells', 'signs of infection'),
    ('the subcision wound is discharging and the skin round it is hot', 'signs of infection'),
    ('white-yellow gunk keeps seeping out of my laser scab', 'signs of infection'),
    ("i feel like i'm choking after the peel, my throat is tightening", 'trouble breathing'),
    ('i can barely swallow since using the new scar cream', 'trouble breathing'),
    ("i'm struggling to get air after applying the numbing cream", 'trouble breathing'),
    ('my breathing got really weird after the numbing cream', 'trouble breathing'),
    ('my throat feels kind of like it is closing after the clay mask', 'trouble breathing'),
    ('my husband is wheezy after i put the peel on him', 'trouble breathing'),
    ("the blood won't stop coming out from my punch biopsy even with ice", "bleeding that won't stop"),
    ("bleeding like crazy from my chin after dermaplaning and it's not clotting", "bleeding that won't stop"),
    ("i'm on warfarin and my microneedling marks are bleeding again", "bleeding that won't stop"),
    ('i take eliquis and the spot they treated is still oozing blood', "bleeding that won't stop"),
    ('the microneedling wound keeps bleeding through every bandaid i put on', "bleeding that won't stop"),
    ('blood keeps pouring out of the subcision hole', "bleeding that won't stop"),
    ('ever since my cheek filler an hour ago my right eye is blurry', 'sudden change of vision'),
    ('half of my vision went dark after the glabella filler', 'sudden change of vision'),
    ('my nose filler was this morning and now i see two of everything', 'sudden change of vision'),
    ('right after the injection i lost part of my sight in one eye', 'sudden change of vision'),
    ('a spot on my shoulder scar changed color and has an irregular border', 'changing mole or scar'),
    ("there's a bump on my scar that bleeds randomly and doesn't heal", 'changing mole or scar'),
    ("there's a lump on my scar that's gotten much bigger in a month", 'changing mole or scar'),
    ("i have a mole in my scar that's black and blue and red now", 'changing mole or scar'),
    ('this little sore by my nose has been there for 3 months, keeps scabbing and bleeding', 'changing mole or scar'),
    ('the mark on my back is raised, itchy and getting bigger', 'changing mole or scar'),
    ('my 10 month old put my retinol tube in her mouth and was sucking on it', 'child swallowed a product'),
    ('just found my 4yo with an empty tube of my benzoyl peroxide and white stuff on his lips', 'child swallowed a product'),
    ('the baby got hold of my accutane pack and i think she ate one', 'child swallowed a product'),
    ('my 6 yr old was chewing on my retinol serum dropper', 'child swallowed a product'),
    ('caught my toddler licking the glycolic toner off the counter', 'child swallowed a product'),
    ("i'm tired of being alive honestly, these scars are the last straw", 'self-harm or suicide'),
    ("i've been thinking about taking all of my pills", 'self-harm or suicide'),
    ('my daughter cuts herself because of her acne scars', 'self-harm or suicide'),
    ('i keep thinking everyone would be better off if i was gone', 'self-harm or suicide'),
    ('my boyfriend said he wants to end his life because of his acne scars', 'self-harm or suicide'),
    ("my sister keeps saying she'd rather be dead than live with her scars", 'self-harm or suicide'),
    ("i wrote a note and i'm ready", 'self-harm or suicide'),
    ('every night i scratch my face until it bleeds on purpose', 'self-harm or suicide'),
    ("i've started giving away my things, nothing matters with this face", 'self-harm or suicide'),
    ("honestly what's the point of living with skin like this", 'self-harm or suicide'),
    ('i cant take this anymore, i just want it to end', 'self-harm or suicide'),
    ("i've been stockpiling my sleeping pills", 'self-harm or suicide'),
]

# General, hypothetical, figurative or mild wording of the same signs: medical, never urgent.
NOT_URGENT_LOOK_ALIKES = [
    'do people usually get a fever after a deep chemical peel',
    'can fillers cause blindness',
    'is blurry vision a side effect of filler',
    'what are the signs of an infection after subcision',
    'how long does the oozing last after co2 laser',
    'what does it mean if a scar keeps growing',
    'what happens if my kid ever swallows my tretinoin, asking before i bring it home',
    'what should i do if tca ever splashes in my eye? just wondering before my first peel',
    'how do i keep my kids away from my retinoids',
    'i could die of embarrassment when people stare at my pits',
    'this acne is killing my self esteem',
    "i'm done with trying creams, should i get laser instead",
    'i cant do this anymore, nothing clears my skin, which dermatologist',
    'this peeling phase, i just want it to be over so i can wear makeup',
    "i'm planning how to space out my laser sessions",
    'accutane capsules are hard to swallow, can i open them',
    "i've been cutting out dairy to help my acne",
    'day 3 after laser, oozing a little clear fluid and crusting, normal?',
    'my lips are slightly swollen the day after filler, is that ok',
    'my face is a bit pink and feels slightly warm after microneedling, fine?',
    'it bled a tiny bit after microneedling, is that ok',
    'my acne is getting worse since starting tretinoin, is this purging',
    'my acne keeps spreading to my neck',
    'can i use a warm compress on filler bruising',
    "i'm on blood thinners, can i get subcision",
    'my spots are multiple colors from old acne, what fades them',
    'my pih spots are getting darker in summer',
    "can i put mederma on a spot that's still open and hasn't healed yet",
    'the swelling is slowly getting better, when can i exercise',
    # habits, not something happening now
    'i get dizzy when i see needles, will microneedling be ok?',
    'i always faint at the sight of blood, can i do prp?',
    'my heart races every time i think about the laser',
]


@pytest.mark.parametrize(("question", "flag"), URGENT_BY_CATEGORY)
def test_urgent_categories_in_other_words(question: str, flag: str) -> None:
    note = assess(question)
    assert note.level is Level.URGENT, question
    assert flag in red_flags(question), (question, red_flags(question))


def test_each_category_has_several_phrasings() -> None:
    counts: dict[str, int] = {}
    for _, flag in URGENT_BY_CATEGORY:
        counts[flag] = counts.get(flag, 0) + 1
    assert len(counts) >= 8 and min(counts.values()) >= 3, counts


@pytest.mark.parametrize("question", NOT_URGENT_LOOK_ALIKES)
def test_general_hypothetical_figurative_or_mild_is_not_urgent(question: str) -> None:
    assert red_flags(question) == (), question
    assert assess(question).level is not Level.URGENT, question


def test_mild_qualifier_does_not_hide_a_hard_sign() -> None:
    assert "signs of infection" in red_flags("oozing a bit of pus after my peel")
    assert red_flags("my eye is a little swollen shut after the laser")
    assert red_flags("face slightly swollen and the redness is getting worse after the peel")
    assert red_flags("my lips are a little swollen and my throat feels tight after the cream")


def test_a_general_frame_does_not_hide_what_the_asker_describes() -> None:
    assert red_flags("is it normal that my face is swollen and hot 3 days after the peel")
    assert red_flags("is it normal to have a 39 fever after my peel")
    assert red_flags("what is happening, my lip went white and blotchy right after the filler")


def test_figures_of_speech_next_to_a_real_statement_still_count() -> None:
    assert red_flags("i want to die of embarrassment lol") == ()
    assert red_flags("lol i want to die of embarrassment. but honestly i want to die, i have pills saved")


def test_a_huge_one_clause_question_stays_fast() -> None:
    import time

    start = time.perf_counter()
    for unit in ("a bit swollen lips ", "is it normal to get oozing ", "no fever ", "silicone gel "):
        red_flags(unit * 5000)
    assert time.perf_counter() - start < 10


def test_thoughts_of_suicide_get_the_crisis_line_first() -> None:
    note = assess("honestly i want to kill myself because of these scars")
    assert note.level is Level.URGENT and note.kinds == (Kind.SELF_HARM,)
    first = note.note.splitlines()[0]
    assert "crisis line" in first and "988" in first
    other = assess("my face is swollen and i have a fever after the peel")
    assert other.kinds == (Kind.ALLERGY, Kind.INFECTION)
    assert "crisis" not in other.lead and "suicide" not in other.lead


def test_a_corpus_is_medical_by_the_share_of_its_paragraphs_that_are() -> None:
    from tests.conftest import CORPUS

    assert is_medical_corpus(path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt")))
    cookbook = "\n\n".join(
        ["Roast the chicken for 90 minutes at 180 degrees.", "Whisk the eggs with sugar until pale.",
         "A side effect of too much salt is a dry roast.", "Rest the dough for an hour.", "Serve warm."] * 3
    )
    assert not is_medical_corpus([cookbook])
    assert not is_medical_corpus([]) and not is_medical_corpus(["", "  \n\n "])


# Skin words in other senses: not medical. The same words about skin: medical.
OTHER_SENSES = [
    "what's the best laser printer for a small office",
    "best filler for nail holes in drywall",
    "SQL injection examples for a security class",
    "how do I get rid of a mole in my garden lawn",
    "how to stop paint from peeling on the bathroom ceiling",
    "what does the Scar symbol mean in the game",
    "how do you pronounce microdermabrasion",
    "what is a chemical peel in woodworking finishes",
    "how to apply a face mask in photoshop",
]
SKIN_SENSES = [
    "is a laser worth it for my cheeks",
    "how long do fillers last",
    "can i get a mole removed",
    "is my skin too dark for a peel",
    "which cream for the red patch on my chin",
    "baking soda scrub for scars, good idea?",
]


@pytest.mark.parametrize("question", OTHER_SENSES)
def test_skin_words_in_other_senses_are_not_medical(question: str) -> None:
    assert assess(question).level is Level.NONE, question


@pytest.mark.parametrize("question", SKIN_SENSES)
def test_the_same_words_about_skin_are_medical(question: str) -> None:
    assert assess(question).level is Level.MEDICAL, question


# Typos, dropped g's and chat shorthand are read like their careful spellings (spellings.py).
EVERYDAY_SPELLINGS = [
    ("cant breath properly since the peel, chest is tite", "trouble breathing"),
    ("got hivs all over after the peel and my tounge feels swolen", "swelling of face, lips, eyes or throat"),
    ("the excision is still bleedin after an hour, soaked thru the gauze", "bleeding that won't stop"),
    ("vision in my left eye is blury since the filler this morning", "sudden change of vision"),
]


@pytest.mark.parametrize(("question", "flag"), EVERYDAY_SPELLINGS)
def test_everyday_spellings_are_read_as_the_words_they_mean(question: str, flag: str) -> None:
    assert flag in red_flags(question), (question, red_flags(question))


# Self-harm in the words of people who do not name it: the crisis line leads.
INDIRECT_SELF_HARM = [
    "sometimes i scratch my scars until they bleed just to feel something",
    "i hate these scars so much i've been burning them with a lighter",
    "i feel like carving my face up would be better than looking at these scars",
    "i'm so ashamed of my skin that i wish i could just vanish for good",
    "i've thought about ending things because of my acne scars",
    "if this laser doesn't work i'm going to end it",
]


@pytest.mark.parametrize("question", INDIRECT_SELF_HARM)
def test_indirect_self_harm_gets_the_crisis_line_first(question: str) -> None:
    note = assess(question)
    assert note.level is Level.URGENT and note.kinds[:1] == (Kind.SELF_HARM,), question
