"""The command line with bad input: clear errors and exit codes, nothing raw on the terminal, valid JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scarfaq.cli import main
from tests.conftest import write_corpus

RAW_CONTROLS = set("\x00\x07\x08\x1b\x7f\x9b")
HOSTILE = "\x1b[2J \x1b]52;c;aGVsbG8=\x07 \x07 \x9b31m \x1b]0;title\x1b\\ \x7f"
DOCS = {
    "gel.txt": "Silicone gel\n\nSilicone gel flattens raised scars over a few months.\n",
    "laser.md": "Laser\n\nFractional laser resurfacing treats acne scars; expect redness for days.\n",
}


def run(*args: str | bytes, stdin: bytes | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """The real command, bytes in and out (the terminal sees bytes)."""
    return subprocess.run(
        [sys.executable, "-m", "scarfaq", *args], input=stdin, capture_output=True, timeout=120,
        env={**os.environ, **(env or {})},
    )


def assert_terminal_safe(output: bytes) -> str:
    """Output is valid UTF-8 and holds no control character a terminal would act on."""
    text = output.decode("utf-8")  # a stray 0x9b byte (8-bit CSI) would fail here
    assert not RAW_CONTROLS & set(text), repr(text[:300])
    return text


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "docs", DOCS)


# --- questions ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("question", ["", "   ", "\t\n", "\u3000\u00a0"], ids=["empty", "spaces", "tab newline", "unicode spaces"])
def test_an_empty_question_exits_2_with_a_clear_message(question: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", question]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "the question is empty" in captured.err


def test_stopwords_only_is_no_match_exit_1(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "what is the", "--corpus", str(corpus)]) == 1
    assert "Searched for: nothing" in capsys.readouterr().out


@pytest.mark.slow
def test_a_100000_character_question_is_shortened_and_says_so(corpus: Path) -> None:
    question = ("silicone gel scars " * 6000)[:100_000]
    plain = run("ask", question, "--corpus", str(corpus))
    assert plain.returncode == 0, plain.stderr
    assert assert_terminal_safe(plain.stdout).startswith("Your question was shortened to its first 2,000 characters.")
    data = json.loads(run("ask", question, "--corpus", str(corpus), "--json").stdout)
    assert data["question"] == question and data["notices"] == ["Your question was shortened to its first 2,000 characters."]


@pytest.mark.slow
def test_control_sequences_never_reach_the_terminal_plain_json_or_stderr(corpus: Path) -> None:
    question = f"silicone gel {HOSTILE}"
    plain = run("ask", question, "--corpus", str(corpus))
    assert "\u241b[2J" in assert_terminal_safe(plain.stdout)  # shown as a visible ␛, not obeyed
    raw = run("ask", question, "--corpus", str(corpus), "--json")
    assert_terminal_safe(raw.stdout)  # JSON escapes them: \u001b
    assert json.loads(raw.stdout)["question"] == question.strip()
    bad_folder = run("ask", "scars", "--corpus", f"/no/such/{HOSTILE}")
    assert bad_folder.returncode == 2 and assert_terminal_safe(bad_folder.stderr)


@pytest.mark.slow
def test_bytes_that_are_not_utf8_on_the_command_line(corpus: Path) -> None:
    """A raw 0x9b byte is an 8-bit CSI to some terminals; it comes back as U+FFFD, in text and in JSON."""
    question = b"zzqx gel \x9b31m \xff\xfe"  # not answered, so the question is echoed
    plain = run(b"ask", question, b"--corpus", bytes(corpus))
    assert 'for "zzqx gel \ufffd31m \ufffd\ufffd"' in assert_terminal_safe(plain.stdout)
    data = json.loads(assert_terminal_safe(run(b"ask", question, b"--corpus", bytes(corpus), b"--json").stdout))
    assert data["question"] == "zzqx gel \ufffd31m \ufffd\ufffd"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=80))
def test_any_question_prints_safely_on_the_rich_path_too(
    corpus: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    monkeypatch.setattr("scarfaq.render._is_terminal", lambda: True)  # as if stdout were a terminal
    code = main(["ask", f"silicone {question}", "--corpus", str(corpus)])
    captured = capsys.readouterr()
    assert code in (0, 1)
    assert not RAW_CONTROLS & set(captured.out + captured.err)
    assert "Traceback" not in captured.err


@pytest.mark.parametrize("rich", [False, True], ids=["plain", "rich"])
def test_markup_in_a_question_or_a_document_is_shown_literally(
    tmp_path: Path, rich: bool, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Silicone [bold]gel[/] and [link=https://evil.example]click[/link] \x1b[31mred\x1b[0m flatten scars.\r\n"
    folder = write_corpus(tmp_path / "docs", {"m.txt": "Markup\r\n\r\n" + text, **DOCS})
    monkeypatch.setattr("scarfaq.render._is_terminal", lambda: rich)
    monkeypatch.setenv("COLUMNS", "200")  # rich wraps at the terminal width: keep each string on one line
    assert main(["ask", "[bold]silicone gel[/] [link=x]flatten[/link]", "--corpus", str(folder), "--top-k", "5"]) == 0
    out = capsys.readouterr().out
    assert "[bold]gel[/]" in out and "[link=https://evil.example]click[/link]" in out
    assert "\u241b[31mred\u241b[0m" in out and not RAW_CONTROLS & set(out)
    assert "\u240d" not in out  # CRLF line ends are line breaks, not a visible ␍
    plain = write_corpus(tmp_path / "plain", DOCS)  # no "bold" or "link" to match: the question is echoed
    assert main(["ask", "[bold]zzqx[/] [link=https://x]y[/link] \x1b]8;;https://x\x1b\\", "--corpus", str(plain)]) == 1
    out = capsys.readouterr().out
    assert "[bold]zzqx[/] [link=https://x]y[/link] \u241b]8;;https://x\u241b\\" in out and not RAW_CONTROLS & set(out)


def test_json_carries_control_characters_of_documents_exactly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = write_corpus(tmp_path / "docs", {"c.txt": "Bell\n\nSilicone gel \x07 rings \x1b[2J scars.\n"})
    main(["ask", "silicone gel scars", "--corpus", str(folder), "--json"])
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\\u001b[2J" in out
    passage = json.loads(out)["passages"][0]
    assert (folder / "c.txt").read_text()[passage["start"] : passage["end"]] == passage["text"]


# --- corpus problems -------------------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    "files",
    [{"a.txt": b""}, {"a.txt": b"\x00\x01\x02"}, {"a.md": "...\n\n!!!\n"}, {"a.pdf": "Silicone gel"}],
    ids=["empty", "binary", "punctuation only", "no documents"],
)
def test_a_folder_with_no_passages_exits_2_with_one_line(tmp_path: Path, files) -> None:
    folder = write_corpus(tmp_path / "docs", files)
    result = run("ask", "silicone gel", "--corpus", str(folder))
    assert result.returncode == 2 and result.stdout == b""
    err = assert_terminal_safe(result.stderr)
    assert "error:" in err and "Traceback" not in err and "Warning" not in err


@pytest.mark.slow
def test_broken_files_warn_on_stderr_and_the_rest_answers(corpus: Path) -> None:
    (corpus / "bin.txt").write_bytes(b"\x00" * 10)
    (corpus / "ru.txt").write_bytes("Шрамы\n\nЛазерная шлифовка шрамов.\n".encode("cp1251"))
    (corpus / "\x1b[2Jevil.txt").write_text("Evil\n\nSilicone gel name trick.\n")
    os.mkfifo(corpus / "fifo.md")
    result = run("ask", "silicone gel", "--corpus", str(corpus))
    assert result.returncode == 0
    err = assert_terminal_safe(result.stderr)
    assert "skipped bin.txt: binary file" in err and "ru.txt is not UTF-8: read as cp1251" in err
    assert "skipped fifo.md: not a regular file" in err
    assert_terminal_safe(result.stdout)
    listed = run("sources", "--corpus", str(corpus))
    assert "\u241b[2Jevil.txt" in assert_terminal_safe(listed.stdout)


@pytest.mark.slow
def test_a_file_name_that_is_not_utf8_keeps_json_valid(corpus: Path) -> None:
    Path(os.fsdecode(bytes(corpus) + b"/caf\xe9.txt")).write_text("Cafe\n\nSilicone gel in the cafe.\n")
    result = run("sources", "--json", "--corpus", str(corpus))
    rows = json.loads(assert_terminal_safe(result.stdout))["documents"]
    assert "caf\udce9.txt" in [row["source"] for row in rows]  # the \udce9 escape names the file exactly
    assert "caf\ufffd.txt" in assert_terminal_safe(run("sources", "--corpus", str(corpus)).stdout)


@pytest.mark.slow
def test_an_unwritable_cache_dir_still_answers_with_a_warning(corpus: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run("ask", "silicone gel", "--corpus", str(corpus), env={"SCARFAQ_CACHE_DIR": str(blocker / "cache")})
    assert result.returncode == 0 and b"Silicone gel flattens" in result.stdout
    assert b"warning: index cache disabled" in result.stderr


# --- --batch ------------------------------------------------------------------------------------------------------

BATCH_LINES: list[tuple[bytes, str]] = [
    (b"silicone gel", "answer"),
    (b"", "error"),
    (b"   \t", "error"),
    (b"{not json", "error"),
    (b"[1, 2]", "error"),
    (b'"a JSON string is a question"', "answer"),
    (b"42", "answer"),
    (b"null", "answer"),
    (b'{"question": 5}', "error"),
    (b'{"history": ["silicone gel"]}', "error"),
    (b'{"question": "laser", "history": "silicone gel"}', "error"),
    (b'{"question": "laser", "history": [1, null]}', "error"),
    (b'{"question": "  "}', "error"),
    (b'{"question": "does it help", "history": ["silicone gel"]}', "answer"),
    (b"[" * 50_000, "error"),
    (b"silicone gel " * 80_000, "answer"),
    (b"silicone \xff\xfe gel \x9b31m", "answer"),
    (b"silicone gel\rlaser", "answer"),
    (b'{"question": "\\u001b[2J silicone gel \\ud800"}', "answer"),
    (b"[bold]silicone gel[/]", "answer"),
    (b"\xef\xbb\xbfsilicone gel", "answer"),
]


@pytest.mark.slow
def test_batch_gives_exactly_one_json_line_per_input_line(corpus: Path) -> None:
    stdin = b"\n".join(line for line, _ in BATCH_LINES) + b"\n"
    result = run("ask", "--batch", "-", "--json", "--corpus", str(corpus), stdin=stdin)
    assert result.returncode == 0, result.stderr
    out = assert_terminal_safe(result.stdout).split("\n")
    assert out[-1] == "" and len(out) - 1 == len(BATCH_LINES)
    for number, (line, (given_line, kind)) in enumerate(zip(out, BATCH_LINES), 1):
        item = json.loads(line)
        if kind == "error":
            assert item["error"] and item["line"] == number and item["answered"] is False, given_line[:60]
        else:
            assert "error" not in item and isinstance(item["answered"], bool), given_line[:60]
    assert json.loads(out[0])["answered"] and json.loads(out[13])["carried_over"]


@pytest.mark.slow
def test_batch_from_a_file_in_plain_text_shows_errors_in_place(corpus: Path, tmp_path: Path) -> None:
    batch = tmp_path / "questions.txt"
    batch.write_bytes(b"silicone gel\n{bad\n\x1b[2J laser\r\n")
    result = run("ask", "--batch", str(batch), "--corpus", str(corpus))
    assert result.returncode == 0
    out = assert_terminal_safe(result.stdout)
    assert "error: line 2 is not valid JSON" in out and "Silicone gel flattens" in out


@pytest.mark.slow
def test_an_unreadable_batch_file_exits_2(corpus: Path, tmp_path: Path) -> None:
    result = run("ask", "--batch", str(tmp_path / "missing.txt"), "--corpus", str(corpus))
    assert result.returncode == 2 and b"cannot read batch file" in result.stderr and b"Traceback" not in result.stderr
