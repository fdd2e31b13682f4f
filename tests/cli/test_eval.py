"""`scarfaq eval`: the core scores and returns figures without printing; the CLI prints them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scarfaq.cli import main
from scarfaq.evaluation import load_questions, run
from scarfaq.library import Library

QUESTIONS = [
    {"id": "a1", "kind": "answerable", "question": "What is Contractubex?",
     "gold": ["Contractubex. Perhaps the most popular remedy."], "file": ["000_10337e737a998f31.txt"]},
    {"id": "o1", "kind": "out_of_scope", "question": "what is the capital of France?"},
    {"id": "u1", "kind": "urgent", "question": "after the laser my face is swollen and I have a high fever"},
]


@pytest.fixture
def question_file(tmp_path: Path) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(q) for q in QUESTIONS) + "\n", encoding="utf-8")
    return path


def test_the_core_returns_figures_and_prints_nothing(
    library: Library, question_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = run(library, load_questions(question_file))
    assert (report.questions, report.answerable, report.out_of_scope, report.urgent) == (3, 1, 1, 1)
    assert report.hit_at[1] == 1.0 and report.oos_rejection == 1.0
    assert capsys.readouterr() == ("", "")


def test_the_cli_prints_the_figures(question_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(question_file)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("3 questions: 1 answerable, 1 out of scope, 1 urgent")
    assert "hit@1" in out and "out-of-scope rejection" in out


def test_the_cli_prints_json_when_asked(question_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(question_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["questions"] == 3 and data["hit_at"]["hit@1"] == 1.0
