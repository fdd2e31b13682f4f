"""Unbounded input costs bounded work: a question is cut once, before anything reads it (the analysis and the
safety check alike), and lines of a batch or a question set are read up to a limit."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scarfaq import answer as answer_module
from scarfaq.answer import answer
from scarfaq.library import Library
from scarfaq.lines import bounded_lines
from scarfaq.settings import Settings

LIMIT = Settings().max_question_chars


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """What the analysis and the safety check are given, question by question."""
    seen: dict[str, list[str]] = {"read": [], "assess": []}
    real_read, real_assess = answer_module.read_question, answer_module.assess

    def read(library, question, *args, **kwargs):
        seen["read"].append(question)
        return real_read(library, question, *args, **kwargs)

    def assess(question, *args, **kwargs):
        seen["assess"].append(question)
        return real_assess(question, *args, **kwargs)

    monkeypatch.setattr(answer_module, "read_question", read)
    monkeypatch.setattr(answer_module, "assess", assess)
    return seen


def test_a_10_mb_question_is_read_only_as_far_as_it_is_searched(library: Library, seen) -> None:
    question = "my acne scars are red after the laser, " + "and then " * 1_200_000
    result = answer(library, question)
    assert len(seen["read"][0]) <= LIMIT and len(seen["assess"][0]) <= LIMIT
    assert seen["read"][0] == seen["assess"][0] and question.startswith(seen["read"][0])
    assert result.notices == (f"Your question was shortened to its first {LIMIT:,} characters.",)
    assert result.question == question  # echoed whole; only what is read is cut


@settings(max_examples=15, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \n\u3000!"), min_size=LIMIT - 5, max_size=LIMIT + 40))
def test_the_safety_check_sees_exactly_what_the_search_sees(library: Library, question: str) -> None:
    """Around the limit: one cut, the same for both, and a notice exactly when the question was cut."""
    with pytest.MonkeyPatch.context() as patch:
        got: list[str] = []
        real = answer_module.assess
        patch.setattr(answer_module, "assess", lambda q, *a, **k: got.append(q) or real(q, *a, **k))
        result = answer(library, question)
    assert len(got[0]) <= LIMIT and question.startswith(got[0])
    assert bool(result.notices) == (len(question) > LIMIT)


def test_a_question_at_the_limit_is_read_whole(library: Library, seen) -> None:
    question = ("laser " * 400)[:LIMIT]
    assert not answer(library, question).notices and seen["assess"] == [question]


# --- bounded lines ------------------------------------------------------------------------------------------


def lines_of(data: bytes, limit: int = 10) -> list[bytes | None]:
    return list(bounded_lines(io.BufferedReader(io.BytesIO(data)), limit))


def test_lines_end_at_newline_only() -> None:
    assert lines_of(b"a\rb\x0cc\n\xe2\x80\xa8d\n\ne") == [b"a\rb\x0cc", b"\xe2\x80\xa8d", b"", b"e"]


def test_a_line_over_the_limit_is_reported_in_its_place() -> None:
    assert lines_of(b"short\n" + b"x" * 25 + b"\nnext\n") == [b"short", None, b"next"]
    assert lines_of(b"x" * 10 + b"\n" + b"y" * 11) == [b"x" * 10, None]


@given(st.lists(st.binary(max_size=30).map(lambda b: b.replace(b"\n", b"")), max_size=8), st.booleans(),
       st.integers(min_value=1, max_value=7))
def test_bounded_lines_match_splitting_at_newlines(lines: list[bytes], final_newline: bool, chunk: int) -> None:
    """Whatever the chunks a pipe hands over, one item per line: the line, or None when it is too long."""
    data = b"\n".join(lines) + (b"\n" if final_newline and lines else b"")

    class Trickle(io.RawIOBase):
        def __init__(self) -> None:
            self.rest = data

        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:
            piece, self.rest = self.rest[:chunk], self.rest[chunk:]
            buffer[: len(piece)] = piece
            return len(piece)

    expected = [line if len(line) <= 10 else None for line in data.split(b"\n")]
    if data.endswith(b"\n") or not data:
        expected.pop()
    assert list(bounded_lines(io.BufferedReader(Trickle(), buffer_size=chunk), 10)) == expected
