"""Confidence: the learned model answers as the tuning sets taught it, never below its floor, and the bar
alone decides when it is switched off."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from scarfaq import confidence_model
from scarfaq.answer import SUGGESTION_SOURCES, answer
from scarfaq.confidence import Evidence, confident, evidence, gates_pass, probability
from scarfaq.library import Library
from scarfaq.query import read_question
from scarfaq.ranking import rank
from scarfaq.settings import Settings

TRAINER = Path(__file__).resolve().parents[2] / "benchmarks" / "train_confidence.py"

QUESTIONS = ["how do I get rid of acne pits", "what is the capital of France", "contractubex price",
             "can I freeze sour cream", "does a laser hurt", "how long does redness last after a peel",
             "what's the easiest way to peel an orange", "is bio oil good for fading acne scars"]


def _trainer():  # noqa: ANN202 - a script loaded as a module
    spec = importlib.util.spec_from_file_location("train_confidence", TRAINER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_retraining_reproduces_the_shipped_model(tmp_path: Path) -> None:
    """Fails when a tuning set, the evidence, the ranking or the trainer changed and the model was not
    retrained (python benchmarks/train_confidence.py), or when confidence_model.py was edited by hand."""
    trainer = _trainer()
    libraries = trainer.open_libraries(tmp_path)
    text = trainer.Model(trainer.read_rows(trainer.SOURCES, libraries)).module()
    assert text == Path(confidence_model.__file__).read_text(encoding="utf-8")


def test_the_model_has_one_weight_per_figure_of_the_evidence() -> None:
    fields = len(Evidence._fields)
    assert len(confidence_model.WEIGHTS) == len(confidence_model.MEANS) == len(confidence_model.SCALES) == fields
    assert all(scale > 0 for scale in confidence_model.SCALES)


@pytest.mark.parametrize("question", QUESTIONS)
def test_without_the_model_the_coverage_bar_alone_decides(library: Library, question: str) -> None:
    settings = Settings(learned_confidence=False)
    query = read_question(library, question, [], settings)
    hits = rank(library, query, settings, SUGGESTION_SOURCES)
    expected = bool(hits) and gates_pass(library, query, hits[0], settings) and (
        evidence(library, query, hits, settings).held >= settings.min_coverage)
    assert answer(library, question, settings=settings).answered == expected


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_model_never_answers_past_a_gate_or_below_its_floor(library: Library, question: str) -> None:
    settings = Settings()
    query = read_question(library, question, [], settings)
    hits = rank(library, query, settings, SUGGESTION_SOURCES)
    if answer(library, question).answered:
        assert gates_pass(library, query, hits[0], settings)
        assert evidence(library, query, hits, settings).held >= confidence_model.FLOOR
        assert confident(library, query, hits, settings)


def test_more_of_the_question_held_is_never_less_confidence() -> None:
    base = Evidence(held=0.3, quoted=0.3, missing=0.3, missing_unknown=0.0, unknown=0.0, words=1.6, second=0.3,
                    from_alternates=0.0, asked_as_such=0.0, knowledge_file=1.0)
    more = base._replace(held=0.6, quoted=0.6, missing=0.1)
    assert probability(more) > probability(base)
