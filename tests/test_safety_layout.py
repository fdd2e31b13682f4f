"""The safety package's shape: a small engine, one Rule type, rules and vocabularies as data, names as
constants, no dead names, no pattern cut out of another, modules of a few hundred lines."""

from __future__ import annotations

import re
from pathlib import Path

import scarfaq
import scarfaq.safety
from scarfaq.safety.engine import Rule, compiled
from scarfaq.safety.names import FLAGS, KIND_OF, KINDS, RECALL
from scarfaq.safety.notes import KIND_LEADS
from scarfaq.safety.rules import RECALL_RULES, RED_FLAG_RULES

PACKAGE = Path(scarfaq.safety.__file__).parent
SOURCES = {path: path.read_text(encoding="utf-8") for path in sorted(PACKAGE.rglob("*.py"))}


def test_safety_is_a_package_and_the_old_modules_are_gone() -> None:
    root = Path(scarfaq.__file__).parent
    assert not (root / "safety.py").exists() and not (root / "triage.py").exists()
    assert {p.name for p in (PACKAGE / "rules").glob("*.py")} >= {"__init__.py", "recall.py", "self_harm.py"}
    assert (Path(scarfaq.__file__).parents[2] / "docs" / "safety.md").is_file()


def test_the_public_api() -> None:
    from scarfaq.safety import MEDICAL_NOTE, Level, SafetyNote, assess, is_medical_corpus, red_flags

    assert callable(assess) and callable(red_flags) and callable(is_medical_corpus)
    assert [level.value for level in Level] == ["none", "medical", "urgent"]
    assert MEDICAL_NOTE and SafetyNote.__dataclass_params__.frozen  # type: ignore[attr-defined]


def test_modules_are_a_few_hundred_lines_at_most() -> None:
    for path, text in SOURCES.items():
        if "Do not edit: regenerate" in text[:200]:  # a generated table (literals.py, vocabulary.py): data
            continue
        assert len(text.splitlines()) <= 300, path


def test_every_rule_is_one_rule_type_with_a_known_flag_and_patterns_that_compile() -> None:
    for rule in RED_FLAG_RULES:
        assert type(rule) is Rule and rule.flag in FLAGS
    assert {rule.flag for rule in RECALL_RULES} == {RECALL}
    for rule in RED_FLAG_RULES + RECALL_RULES:
        for source in (*rule.gating, rule.forbids, rule.clause_excludes):
            compiled(source)


def test_every_flag_has_rules_and_a_kind_and_every_kind_its_lines() -> None:
    assert {rule.flag for rule in RED_FLAG_RULES} == set(FLAGS) == set(KIND_OF)
    assert set(KIND_OF.values()) == set(KINDS) == set(KIND_LEADS)


def test_no_dead_names() -> None:
    """Every constant, word class and helper defined at module level is used somewhere else in the package."""
    everything = "\n".join(SOURCES.values())
    for path, text in SOURCES.items():
        if path.name in ("literals.py", "__init__.py"):
            continue
        for name in re.findall(r"^(?:def |class )?([A-Za-z_]\w*)\s*[(:=]", text, re.M):
            if name.startswith("__") or name in ("main", "LITERALS"):
                continue
            uses = len(re.findall(rf"\b{name}\b", everything))
            assert uses >= 2, f"{path.name}: {name} is defined but never used"


def test_no_pattern_is_cut_out_of_another() -> None:
    for path, text in SOURCES.items():
        assert "._source" not in text, path
        assert not re.search(r"[A-Z_]\[\s*-?\d*\s*:\s*-?\d*\s*\]", text), path
