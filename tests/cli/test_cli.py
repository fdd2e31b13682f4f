"""The one-shot command as scripts and people use it: output, JSON schema, batch mode and exit codes."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from scarfaq.cli import main
from tests.conftest import CORPUS, write_corpus


def run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scarfaq", *args], input=stdin, capture_output=True, text=True,
        encoding="utf-8", timeout=120, env={**os.environ, **(env or {})},
    )


def ask_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    code = main(["ask", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


PASSAGE_KEYS = {"source", "title", "start_line", "end_line", "start", "end", "score", "text"}


def test_json_answer_follows_the_schema_and_quotes_verbatim(capsys: pytest.CaptureFixture[str]) -> None:
    code, data = ask_json(capsys, "how do I get rid of acne pits")
    assert code == 0
    assert data["question"] == "how do I get rid of acne pits"
    assert data["answered"] is True
    assert 1 <= len(data["passages"]) <= 3
    assert data["safety"]["level"] in {"none", "medical", "urgent"}
    assert isinstance(data["safety"]["note"], str)
    for p in data["passages"]:
        assert PASSAGE_KEYS <= p.keys()
        text = (CORPUS / p["source"]).read_bytes().decode("utf-8")
        assert text[p["start"] : p["end"]] == p["text"]
        assert text[: p["start"]].count("\n") + 1 == p["start_line"]
        assert p["title"] == text.strip().splitlines()[0].strip()


def test_out_of_scope_question_exits_1_with_no_quotes(capsys: pytest.CaptureFixture[str]) -> None:
    code, data = ask_json(capsys, "what is the capital of France")
    assert code == 1
    assert data["answered"] is False and data["passages"] == []
    assert data["safety"]["level"] == "none"


def test_top_k_sets_the_number_of_quotes(capsys: pytest.CaptureFixture[str]) -> None:
    code, data = ask_json(capsys, "laser resurfacing of acne scars", "--top-k", "5")
    assert code == 0 and len(data["passages"]) == 5


def test_no_answer_shows_the_same_text_twice(capsys: pytest.CaptureFixture[str]) -> None:
    """The corpus repeats a reader comment word for word; an answer quotes it once at most."""
    code, data = ask_json(capsys, "dermabrasion CO laser deep scars sit at home with scabs", "--top-k", "5")
    texts = [p["text"] for p in data["passages"]]
    assert len(texts) == len(set(texts))


@pytest.mark.slow
@pytest.mark.parametrize("args", [["ask", ""], ["ask", "   "], ["ask"], ["ask", "x", "--top-k", "0"],
                                  ["ask", "--corpus", "/no/such/folder", "scars"], ["no-such-command"]])
def test_usage_and_corpus_errors_exit_2_with_one_line_and_no_traceback(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() and result.stdout == ""


@pytest.mark.slow
def test_an_empty_corpus_folder_is_a_clear_error(tmp_path: Path) -> None:
    result = run("ask", "scars", "--corpus", str(tmp_path))
    assert result.returncode == 2
    assert "no readable" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_plain_output_when_piped_shows_citation_title_and_quote() -> None:
    result = run("ask", "what is subcision")
    assert result.returncode == 0
    assert "subcision" in result.stdout
    assert "000_10337e737a998f31.txt:" in result.stdout
    assert "How to get rid of an atrophic scar on the face" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour codes in a pipe


@pytest.mark.slow
def test_batch_answers_every_line_in_order_with_one_json_object_each() -> None:
    lines = [
        json.dumps({"question": "What is Contractubex?"}),
        "what is the capital of France",
        json.dumps({"question": "how much does it cost?", "history": ["What is Contractubex?"]}),
        "{not json",
        json.dumps({"question": ""}),
    ]
    result = run("ask", "--batch", "-", "--json", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == len(lines)
    assert out[0]["answered"] and not out[1]["answered"]
    assert "error" in out[3] and "error" in out[4]
    assert any("Contractubex" in p["text"] for p in out[2]["passages"])


@pytest.mark.slow
def test_env_var_points_at_another_corpus(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "docs", {"bikes.md": "Bicycles\n\nA chain needs oil every 300 km.\n\nTyres last 5000 km.\n"})
    result = run("ask", "how often should I oil the chain", "--json", env={"SCARFAQ_CORPUS": str(folder)})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["passages"][0]["source"] == "bikes.md"


def test_sources_lists_documents_titles_and_passage_counts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sources", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["documents"]
    assert [r["source"] for r in rows] == sorted(p.name for p in CORPUS.glob("*.txt"))
    assert all(r["passages"] > 10 and r["title"] for r in rows)


@pytest.mark.slow
def test_version_and_help() -> None:
    from scarfaq import __version__

    assert run("--version").stdout.strip() == f"scarfaq {__version__}"
    helped = run("ask", "--help")
    assert helped.returncode == 0 and "--batch" in helped.stdout and "--json" in helped.stdout


@pytest.mark.slow
def test_a_question_typed_without_ask_gets_a_one_line_hint() -> None:
    result = run("pockmarks on my cheeks")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert 'scarfaq ask "pockmarks on my cheeks"' in result.stderr


def test_the_question_may_be_typed_without_quotes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "contractubex", "price", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["question"] == "contractubex price"


@pytest.mark.slow
def test_plain_batch_output_names_each_question() -> None:
    result = run("ask", "--batch", "-", stdin="contractubex price\ncapital of france\n")
    assert "── 1. contractubex price" in result.stdout and "── 2. capital of france" in result.stdout


def test_thanks_gets_one_fixed_line_and_exits_1() -> None:
    result = run("ask", "thanks")
    assert result.returncode == 1, result.stderr
    assert result.stdout == "Ask me anything about Scar treatments.\n"
    assert "Searched for" not in result.stdout and "No good match" not in result.stdout


def test_thanks_in_json_carries_the_fixed_reply_and_no_topics(capsys: pytest.CaptureFixture[str]) -> None:
    code, data = ask_json(capsys, "thanks")
    assert code == 1 and data["reply"] == "Ask me anything about Scar treatments."
    assert data["passages"] == [] and data["suggestions"] == []
    code, data = ask_json(capsys, "how do I get rid of acne pits")
    assert code == 0 and data["reply"] == ""


def test_the_readme_json_example_is_what_ask_prints(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    start = readme.index('```json\n{\n    "question": "contractubx price"')
    shown = json.loads(readme[start + len("```json\n") : readme.index("```", start + 7)])
    code, data = ask_json(capsys, "contractubx price", "--top-k", "1")
    assert code == 0 and data == shown


def _console_sessions(readme: str) -> list[tuple[list[str], list[str], int | None]]:
    """(arguments, the lines shown, the status `echo $?` shows, if it does) of each `$ scarfaq ...` in
    README's console example; a line "..." stands for the rest of an output."""
    start = readme.index('```console\n$ scarfaq ask "contractubex price"')
    lines = iter(readme[start:readme.index("```", start + 10)].splitlines()[1:])
    sessions: list[tuple[list[str], list[str], int | None]] = []
    for line in lines:
        if line.startswith("$ scarfaq "):
            sessions.append((shlex.split(line[2:])[1:], [], None))
        elif line == "$ echo $?":
            argv, shown, _ = sessions[-1]
            sessions[-1] = (argv, shown, int(next(lines)))
        else:
            sessions[-1][1].append(line)
    return sessions


def test_the_readme_console_example_is_what_ask_prints(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    sessions = _console_sessions(readme)
    assert len(sessions) == 3
    for argv, shown, status in sessions:
        code = main(argv)
        printed = capsys.readouterr().out.splitlines()
        if shown[-1] == "...":
            shown, printed = shown[:-1], printed[: len(shown) - 1]
        assert printed == shown, argv
        assert status in (None, code), argv
