"""`scarfaq help`, a hint to the right command's help for an unknown option, and panel titles that fit."""

from __future__ import annotations

import re

import pytest
from rich.text import Text

from scarfaq.cli import main
from scarfaq.render import fit_title


def test_help_shows_the_help_instead_of_asking_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["help"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("usage: scarfaq") and "ask" in out and "sources" in out and err == ""


def test_help_with_a_command_shows_that_commands_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["help", "ask"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: scarfaq ask") and "--batch" in out


@pytest.mark.parametrize(
    ("argv", "hint"),
    [(["ask", "laser", "--frob"], "scarfaq ask --help"), (["sources", "--frob"], "scarfaq sources --help"),
     (["--frob"], "scarfaq --help")],
)
def test_an_unknown_option_points_to_the_help_of_its_command(
    argv: list[str], hint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err == f"scarfaq: error: unrecognized arguments: --frob (see '{hint}')\n"


def test_a_long_title_is_cut_after_a_whole_word_with_an_ellipsis() -> None:
    title = Text.assemble(("[1] ", "bold"), ("003_a2bebb0a59317d68.txt:291-295", "cyan"), " · ",
                          "Acne pits: how to get rid of the defect. Magic skin – Doctor Eskin!")
    fitted = fit_title(title, 74)
    assert fitted.plain == "[1] 003_a2bebb0a59317d68.txt:291-295 · Acne pits: how to get rid of the…"
    assert fitted.cell_len <= 74 and fitted.spans[:2] == title.spans[:2], "the styles are kept"
    assert fit_title(Text("short title"), 74).plain == "short title"


def test_panel_titles_at_80_columns_end_with_an_ellipsis_not_mid_word(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("scarfaq.render._is_terminal", lambda: True)
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["ask", "what are the types of acne scars"]) == 0
    tops = [line for line in capsys.readouterr().out.splitlines() if line.startswith("╭─ [")]
    assert tops and all(len(line) == 80 for line in tops)
    long_titles = [line for line in tops if "Acne pits" in line]
    assert long_titles
    for line in long_titles:
        title = line.removeprefix("╭─ ").rstrip("─╮ ")
        assert title.endswith("…")
        last_word = re.split(r"[ ·]", title.removesuffix("…"))[-1]
        assert last_word in "Acne pits: how to get rid of the defect. Magic skin – Doctor Eskin!".split()
