"""`scarfaq eval` on question sets that are wrong: one line on stderr naming the line and the problem, exit 2,
never a traceback; lines end at \\n only, so a valid line holding a raw U+2028 is read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scarfaq.cli import main
from scarfaq.errors import UsageError
from scarfaq.evaluation import load_questions
from scarfaq.lines import MAX_LINE_BYTES

GOOD = {"id": "o1", "kind": "out_of_scope", "question": "what is the capital of France?"}
GOOD_LINE = json.dumps(GOOD).encode()


@pytest.mark.parametrize(
    "line, problem",
    [
        (b'{"kind": "answerable", "question": "caf\xe9?"}', "not UTF-8 (byte 40 of the line)"),
        (b"[" * 100_000, "JSON nested too deeply"),
        (b'{"kind": "answerable", "question": "q", "gold": 5}', "'gold' must be a list of strings"),
        (b'{"kind": "answerable", "question": "q", "gold": ["a"], "file": "a.txt"}',
         "'file' must be a list of strings"),
        (b'{"kind": "answerable", "question": "q", "history": [5]}', "'history' must be a list of strings"),
        (b'{"kind": "answerable", "question": "q", "id": {"a": 1}}', "'id' must be a string or a number"),
        (b'{"kind": "answerable", "question": 5}', "needs a 'question' and a 'kind'"),
        (b'{"kind": ["answerable"], "question": "q"}', "needs a 'question' and a 'kind'"),
        (b'"just a string"', "needs a 'question' and a 'kind'"),
        (b"{not json", "not valid JSON (Expecting property name enclosed in double quotes)"),
        (b'{"kind": "urgent", "question": "q", "n": ' + b"1" * 5000 + b"}", "not valid JSON (Exceeds the limit"),
        (b"x" * (MAX_LINE_BYTES + 1), f"longer than {MAX_LINE_BYTES:,} bytes"),
    ],
    ids=["not utf-8", "deep nesting", "gold 5", "file string", "history [5]", "id object", "question 5",
         "kind list", "not an object", "invalid json", "huge number", "too long"],
)
def test_a_malformed_line_is_one_line_naming_it_and_exit_2(
    tmp_path: Path, line: bytes, problem: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "set.jsonl"
    path.write_bytes(GOOD_LINE + b"\n\n" + line + b"\n" + GOOD_LINE + b"\n")
    assert main(["eval", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.splitlines()) == 1
    assert captured.err.startswith(f"scarfaq: error: {path}:3: {problem}")


@pytest.mark.parametrize("make", ["missing", "folder"])
def test_an_unreadable_question_set_is_exit_2(tmp_path: Path, make: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "set.jsonl"
    if make == "folder":
        path.mkdir()
    assert main(["eval", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"scarfaq: error: cannot read question set {path}: ") and len(err.splitlines()) == 1


def test_dev_zero_as_a_question_set_ends_at_once(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "/dev/zero"]) == 2
    assert f"/dev/zero:1: longer than {MAX_LINE_BYTES:,} bytes" in capsys.readouterr().err


def test_a_line_holding_u2028_a_bom_or_crlf_is_read(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    odd = {**GOOD, "question": "capital\u2028of France\u2029or\x85Spain?"}
    path.write_bytes(b"\xef\xbb\xbf" + GOOD_LINE + b"\r\n" + json.dumps(odd, ensure_ascii=False).encode() + b"\n")
    questions = load_questions(path)
    assert [q["question"] for q in questions] == [GOOD["question"], odd["question"]]


def test_a_lone_surrogate_escape_is_read_as_a_replacement_character(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text('{"kind": "out_of_scope", "question": "caf\\ud800?", "history": ["\\udce9"]}\n')
    (question,) = load_questions(path)
    assert question["question"] == "caf\ufffd?" and question["history"] == ["\ufffd"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.binary(max_size=60) | st.just(GOOD_LINE) | st.text(max_size=40).map(str.encode), max_size=5))
def test_any_bytes_are_questions_or_one_usage_error(tmp_path: Path, lines: list[bytes]) -> None:
    path = tmp_path / "set.jsonl"
    path.write_bytes(b"\n".join(lines))
    try:
        questions = load_questions(path)
    except UsageError as error:
        assert "\n" not in str(error)
    else:
        assert all(isinstance(q["question"], str) and isinstance(q["history"], list) for q in questions)
