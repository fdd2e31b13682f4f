"""The literal prefilter: derived from the rules' patterns and the cues every question is read with, stored
in literals.py, sound, and worth having."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scarfaq import safety
from scarfaq.safety import assess, engine, gates
from scarfaq.safety.literals import LITERALS
from scarfaq.safety.prefilter import derive, required_literals
from scarfaq.safety.rules import RECALL_RULES, RED_FLAG_RULES

ROOT = Path(__file__).resolve().parent.parent
RULES = RED_FLAG_RULES + RECALL_RULES
QUESTIONS = [
    json.loads(line)["question"]
    for path in sorted((ROOT / "tests" / "data").glob("safety_phrasings_*.jsonl"))
    + sorted((ROOT / "benchmarks" / "safety").glob("*_tune.jsonl"))
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def test_the_stored_table_is_the_one_the_patterns_give() -> None:
    """Fails when a pattern changes and literals.py was not regenerated (python -m scarfaq.safety.prefilter)."""
    assert derive(gates.prefiltered(RULES)) == LITERALS


def test_most_rules_have_a_prefilter() -> None:
    gated = [rule for rule in RULES if gates.literal_gates(rule)]
    assert len(gated) >= 0.9 * len(RULES)


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"\bf(?:e|ea)v(?:e|a)?r(?:s|ish)?\b", ("feavar", "feaver", "feavr", "fevar", "fever", "fevr")),
        (r"\bkids?\b", ("kid",)),  # "kids" holds "kid"
        (r"\b(?:night|cold)\s+sweats\b", ("sweats",)),  # one literal rather than two as rare
        (r"\bhow\s+(?:i'?d|to)\s+do\s+it\b", ("do it",)),  # white space is one space: "do it" is a phrase
        (r"\bs(?:ui|iu|u)c+i?d(?:e|es|al)\b", ("siuc", "suc", "suic")),  # "c+" holds at least one "c"
        (r"\b(?:scar|sore|it)\b", ()),  # "it" is too short to skip anything
        (r"(?:\d+)\s+mg", (" mg",)),
        (r"\b(?:39|4[01])\b", ("39", "40", "41")),  # numbers are rare in questions
        (r"\"[a-z]+\"|\bno\s+joke", ('"', "no joke")),  # and so are quotation marks
    ],
)
def test_literals_are_derived_from_the_parse_tree(pattern: str, literals: tuple[str, ...]) -> None:
    assert required_literals(pattern) == literals


def test_every_match_holds_one_of_its_required_literals() -> None:
    gated = {source: literals for source in gates.prefiltered(RULES) if (literals := required_literals(source))}
    texts = [engine.normalize(question) for question in QUESTIONS] + [question.lower() for question in QUESTIONS]
    checked = 0
    for source, literals in gated.items():
        pattern = engine.compiled(source)
        for text in texts:
            for match in pattern.finditer(text):
                assert any(literal in match.group() for literal in literals), (source, match.group())
                checked += 1
    assert checked > 1000


def test_the_prefilter_changes_no_note(monkeypatch: pytest.MonkeyPatch) -> None:
    with_prefilter = [assess(q) for q in QUESTIONS]
    monkeypatch.setattr(gates, "possible", lambda rules, literals: list(rules))
    monkeypatch.setattr(gates, "cue_literals", lambda source: frozenset())
    engine.normalize.cache_clear()  # (normalized texts are remembered)
    safety._urgent_kinds.cache_clear()  # (and so are the last questions' red flags)
    assert [assess(q) for q in QUESTIONS] == with_prefilter


def test_the_cues_every_question_is_read_with_are_prefiltered() -> None:
    for cue in gates.EVERY_QUESTION_CUES:
        assert gates.cue_literals(cue), cue


def test_a_rule_whose_literals_are_absent_never_runs_its_regex(monkeypatch: pytest.MonkeyPatch) -> None:
    ran: set[str] = set()
    real = engine.compiled

    def spy(source: str):  # type: ignore[no-untyped-def]
        ran.add(source)
        return real(source)

    monkeypatch.setattr(engine, "compiled", spy)
    safety._urgent_kinds.cache_clear()  # (the last questions' red flags are remembered)
    assess("what is the capital of Canada?")
    kept = gates.possible(RULES, engine.Question("what is the capital of Canada?").present)
    skipped = [rule for rule in RULES if rule not in kept]
    assert len(skipped) >= 0.8 * len(RULES)
    for rule in skipped:
        assert rule.pattern not in ran and not any(source in ran for source in rule.requires)
    ran.clear()
    safety._urgent_kinds.cache_clear()
    assess("how do I get rid of acne pits")
    assert not ran & set(gates.EVERY_QUESTION_CUES)


def test_the_prefilter_looks_up_each_text_once_with_the_same_answers() -> None:
    """`present` finds the text's literals once (not once per rule): the same answer as asking each gate."""
    everything = {literal for literals in LITERALS.values() for literal in literals}
    for question in QUESTIONS[:400]:
        q = engine.Question(question)
        assert q.present == {literal for literal in everything if literal in q.text}, question
        expected = [rule for rule in RULES
                    if all(any(literal in q.text for literal in gate) for gate in gates.literal_gates(rule))]
        assert gates.possible(RULES, q.present) == expected, question
