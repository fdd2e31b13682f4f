"""The learned tier (scarfaq.safety.learned): what it catches that the rules miss, what it leaves alone, that
it loads only when needed, and that the shipped model is what its training script makes of the sets.

The phrasings here were written after the model was trained and are not in its training sets (the trainer
reads other test modules, never this one): they show how it does on wordings it never saw.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from scarfaq.safety import Level, _rule_kinds, assess, learned
from scarfaq.safety.engine import Question
from scarfaq.safety.medical import is_medical
from scarfaq.safety.notes import CARRIED_LEAD, LEARNED_LEAD, SYMPTOM_LEAD

ROOT = Path(__file__).resolve().parent.parent
TRAINER = ROOT / "benchmarks" / "train_urgent_model.py"
SELF_HARM_TRAINER = ROOT / "benchmarks" / "train_self_harm_model.py"

#: Urgent, in words the phrase rules did not foresee (when this tier was built, no rule caught them).
UNSEEN_URGENT = [
    "the freckle on my shin has gone knobbly and two-toned since spring",
    "the wound from the punch excision keeps filling the gauze, been 40 minutes",
    "everything i see is doubled since the filler under my eyes",
    "since the tca my cheek has a patch that's gone hard, shiny and completely numb",
    "the filler bump by my nose is going a strange slate colour and feels cold",
    "i cant feel half my face since the filler and my smile is lopsided",
]

#: Medical questions that only look alarming: general, mild, negated, past, someone else's.
MEDICAL_LOOK_ALIKES = [
    "is it normal to be a bit red two days after microneedling",
    "can fillers cause blindness?",
    "my friend's lips swelled after filler last year, is that common",
    "no fever, just some peeling on day 3 after tca",
    "what are the warning signs of an infection after subcision",
    "my scars make me so self-conscious, which laser works best for boxcar scars",
    "i had hives once as a kid, can i still get a chemical peel",
]

#: Plain stories of one's scars and what one wants done: the commonest message, never urgent.
PLAIN_STORIES = [
    "my acne left pits on both cheeks and I want them gone",
    "i've had ice pick scars on my temples for years and i'd love smoother skin",
    "my scars make me hide in photos and i want to finally do something about them",
    "i had a peel last month and my scars look a little better, i want to keep going",
    "my daughter's acne left marks on her forehead and she wants them gone",
    "i hate the scars on my jaw and i want them removed",
    "i'm sick of my acne scars and want the fastest treatment that works",
]

#: Not medical: skin and emergency words in other senses, and things (not bodies) going wrong.
NOT_MEDICAL = [
    "how do I burn a CD on windows 11",
    "what is the bleeding edge version of python",
    "my code has a virus, how do I clean it",
    "my laptop keeps dying on me after the update",
    "my phone fell in the bath and the screen turned purple",
    "our startup is bleeding cash, how do we stop it",
    "the dough went grey in the fridge overnight, is it spoiled",
    "my keyboard's spacebar is stuck and makes a crunching noise",
    "my son is failing maths and won't talk to me about it",
]


@pytest.mark.parametrize("question", UNSEEN_URGENT)
def test_unseen_urgent_phrasings_are_urgent(question: str) -> None:
    assert assess(question).level is Level.URGENT, question
    assert learned.urgent(Question(question), is_medical(question)), question


def test_what_only_the_model_caught_gets_its_own_lead_and_names_no_kind() -> None:
    only_model = [q for q in UNSEEN_URGENT if _rule_kinds(Question(q)) is None]
    assert only_model, "the rules now catch every phrasing here: write new ones they miss"
    for question in only_model:
        note = assess(question)
        assert note.kinds == () and note.lead == LEARNED_LEAD and SYMPTOM_LEAD not in note.note, question


def test_the_turn_after_a_question_only_the_model_caught_stays_urgent() -> None:
    question = next(q for q in UNSEEN_URGENT if _rule_kinds(Question(q)) is None)
    note = assess("how much does laser cost?", history=[question])
    assert note.level is Level.URGENT and note.carried
    assert note.lead == CARRIED_LEAD + "\n" + LEARNED_LEAD


def test_the_learned_lead_is_one_short_plain_paragraph_that_leaves_the_crisis_line_to_self_harm() -> None:
    assert "\n" not in LEARNED_LEAD and len(LEARNED_LEAD) <= 240
    assert "988" not in LEARNED_LEAD and "crisis" not in LEARNED_LEAD


@pytest.mark.parametrize("question", MEDICAL_LOOK_ALIKES)
def test_medical_look_alikes_keep_the_medical_note(question: str) -> None:
    assert assess(question).level is Level.MEDICAL, question


@pytest.mark.parametrize("question", PLAIN_STORIES)
def test_plain_stories_keep_the_medical_note(question: str) -> None:
    assert assess(question).level is Level.MEDICAL, question


@pytest.mark.parametrize("question", NOT_MEDICAL)
def test_questions_that_are_not_medical_get_no_note(question: str) -> None:
    assert assess(question).level is Level.NONE, question


def _set(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_model_makes_no_non_medical_question_of_the_tuning_sets_urgent() -> None:
    sets = [*sorted((ROOT / "benchmarks" / "safety" / "extra").glob("*.jsonl")),
            ROOT / "benchmarks" / "safety" / "lookalike_tune.jsonl",
            ROOT / "tests" / "data" / "safety_written_while_tuning.jsonl"]
    questions = [item["question"] for path in sets for item in _set(path) if item.get("medical") is False]
    assert len(questions) > 300
    flagged = [q for q in questions if learned.urgent(Question(q), is_medical(q))]
    assert flagged == []


def test_short_and_non_medical_questions_are_left_to_the_rules() -> None:
    assert not learned.readable(Question("and at home?"), medical=True)
    assert not learned.readable(Question("my daughter's rabbit died last night and she won't eat"), medical=False)
    assert learned.readable(Question("how long does redness last after microneedling"), medical=True)


def _run(code: str, **env: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={**os.environ, **env})
    return result.stdout.strip()


def test_the_model_loads_on_the_first_question_it_reads_never_at_import_and_never_needs_nltk() -> None:
    out = _run(
        "import sys\n"
        "import scarfaq.safety as s\n"
        "from scarfaq.safety import learned\n"
        "loaded = lambda: learned.shipped.cache_info().currsize\n"
        "print(loaded(), 'numpy' in sys.modules)\n"
        "s.assess('what is the capital of France, I wonder?')\n"
        "s.assess('my lips are swelling and i cant breathe')\n"
        "print(loaded())\n"
        "s.assess('how long does redness last after microneedling')\n"
        "print(loaded(), 'nltk' in sys.modules)\n"
    )
    assert out.splitlines() == ["0 False", "0", "1 False"]


def test_scores_do_not_depend_on_pythons_string_hash_seed() -> None:
    questions = UNSEEN_URGENT + MEDICAL_LOOK_ALIKES
    code = ("from scarfaq.safety import learned\nfrom scarfaq.safety.engine import Question\n"
            f"print([learned.shipped().score(Question(q)) for q in {questions!r}])")
    assert _run(code, PYTHONHASHSEED="1") == _run(code, PYTHONHASHSEED="2")


def _trainer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("train_urgent_model", TRAINER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_retraining_reproduces_the_shipped_model() -> None:
    """Fails when a training set, the features or the trainer changed and the model was not retrained
    (python benchmarks/train_urgent_model.py), or when the shipped files were edited by hand."""
    trainer = _trainer()
    model = trainer.final_model()
    here = Path(learned.__file__).parent
    assert trainer.weights_bytes(model) == (here / learned.WEIGHTS_FILE).read_bytes()
    assert trainer.settings_text(model) == (here / learned.SETTINGS_FILE).read_text(encoding="utf-8")


def test_retraining_reproduces_the_shipped_self_harm_model() -> None:
    """The same for the self-harm tier (python benchmarks/train_self_harm_model.py)."""
    _trainer()  # the self-harm trainer builds on it
    spec = importlib.util.spec_from_file_location("train_self_harm_model", SELF_HARM_TRAINER)
    assert spec and spec.loader
    trainer = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = trainer
    spec.loader.exec_module(trainer)
    model = trainer.final_model()
    here = Path(learned.__file__).parent
    assert trainer.weights_bytes(model) == (here / learned.SELF_HARM_WEIGHTS_FILE).read_bytes()
    assert trainer.settings_text(model, trainer.PENALTY, trainer.BY) == (
        here / learned.SELF_HARM_SETTINGS_FILE).read_text(encoding="utf-8")


def test_the_shipped_model_is_plain_numbers() -> None:
    for model in (learned.shipped(), learned.shipped_self_harm()):
        assert model.weights.dtype == np.float16 and model.weights.shape == (1 << model.features.bits,)
        assert np.isfinite(model.weights).all() and 0 < model.threshold < 1


def test_the_scoring_features_are_the_trained_ones_in_the_same_order() -> None:
    """`Features.indexed` (what a question is scored with: hashing.py) gives `hashed`'s indices and values,
    in the same order and the same floats, for both tiers; so the score is the float training meant."""
    questions = [json.loads(line)["question"] for path in sorted((ROOT / "benchmarks" / "safety").rglob("*.jsonl"))
                 for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    questions += ["", "hi", "a a a a a", "café naïve résumé 2x", "I I I I cut cut cut cut tonight tonight"]
    assert len(questions) > 2000
    for model in (learned.shipped(), learned.shipped_self_harm()):
        for question in questions:
            indices, values = model.features.indexed(Question(question))
            expected = model.features.hashed(Question(question))
            assert indices.tolist() == list(expected) and values.tolist() == list(expected.values()), question


def _safety_set_questions() -> list[str]:
    found = []
    for path in sorted((ROOT / "benchmarks" / "safety").rglob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        found += [json.loads(line)["question"] for line in lines if line.strip()]
    return found


def test_the_word_class_phrases_are_plain_words() -> None:
    """What lets a clause without any of a class's words skip its pattern: each phrase is matched literally
    (its spaces as white space), so every match holds each of its words."""
    import re

    from scarfaq.safety.risk_words import CLASS_PHRASES

    assert all(re.escape(word) == word for found in CLASS_PHRASES.values() for p in found for word in p.split(" "))


def test_the_prefilter_skips_no_word_class_or_safe_statement_the_patterns_find() -> None:
    """Over every question of the safety sets (and some that say they are safe), the learned tiers' word
    classes and whether the self-harm tier reads the question are what the patterns alone give."""
    from scarfaq.safety.cues import SAFE_STATEMENT
    from scarfaq.safety.engine import compiled

    questions = [*_safety_set_questions(), "i'm safe, just so tired of everything and of me",
                 "im  not  suicidal at all", "i would never hurt myself but i can't go out and nobody would miss me",
                 "i am totally safe for good"]
    assert len(questions) > 1000
    _, phrases = learned._class_tables()
    for text in questions:
        q = Question(text)
        ungated = {kind for clause in q.clauses for kind, pattern, _ in phrases if compiled(pattern).search(clause)}
        gated = {kind for clause in q.clauses for kind, _, needed in phrases if any(word in clause for word in needed)}
        assert ungated <= gated, text
        said_safe = bool(compiled(SAFE_STATEMENT).search(q.text))
        assert not said_safe or q.may_hold(SAFE_STATEMENT), text
        assert learned.reads_self_harm(q) == (len(learned._question_words(q)) >= learned.SELF_HARM_MIN_WORDS
                                              and not said_safe), text


def test_a_question_without_the_cues_words_compiles_none_of_their_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    from scarfaq.safety import engine
    from scarfaq.safety.cues import SAFE_STATEMENT

    used: list[str] = []
    monkeypatch.setattr(learned, "compiled", lambda source: used.append(source) or engine.compiled(source))
    q = Question("how do I get rid of acne pits on my cheeks quickly and cheaply")
    assert learned.reads_self_harm(q) and learned._classes(q) == set()
    _, phrases = learned._class_tables()
    assert used and not {pattern for _, pattern, _ in phrases} & set(used) and SAFE_STATEMENT not in used
