"""`~user` paths through every command: an unknown user's home is one clear line and exit 2, never a
RuntimeError traceback; a known one is expanded."""

from __future__ import annotations

from pathlib import Path

import pytest

from scarfaq.cli import main
from tests.cli.test_bad_input import DOCS
from tests.conftest import write_corpus

COMMANDS = [["ask", "silicone gel"], ["ask", "--batch", "QUESTIONS"], ["sources"], ["index"], ["eval", "SET"], []]
IDS = ["ask", "batch", "sources", "index", "eval", "chat"]


def command(args: list[str], tmp_path: Path) -> list[str]:
    (tmp_path / "questions.txt").write_text("silicone gel\n")
    (tmp_path / "set.jsonl").write_text('{"kind": "out_of_scope", "question": "zzqx"}\n')
    files = {"QUESTIONS": str(tmp_path / "questions.txt"), "SET": str(tmp_path / "set.jsonl")}
    return [files.get(arg, arg) for arg in args]


@pytest.mark.parametrize("args", COMMANDS, ids=IDS)
@pytest.mark.parametrize("how", ["option", "environment"])
def test_an_unknown_users_home_is_one_line_and_exit_2(
    args: list[str], how: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = "~no_such_user_here/docs"
    if how == "environment":
        monkeypatch.setenv("SCARFAQ_CORPUS", folder)
        argv = command(args, tmp_path)
    else:
        argv = [*command(args, tmp_path), "--corpus", folder]
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"scarfaq: error: corpus folder {folder}: no such user's home folder\n"


@pytest.mark.parametrize("args", COMMANDS[:5], ids=IDS[:5])
def test_a_known_home_is_expanded(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write_corpus(tmp_path / "home" / "docs", DOCS)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert main([*command(args, tmp_path), "--corpus", "~/docs"]) == 0
    assert "error" not in capsys.readouterr().err
