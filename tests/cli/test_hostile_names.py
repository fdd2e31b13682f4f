"""File names and folder names from someone else: every output (plain, rich, JSON, warnings, `index`) shows
them on one row, escaped, never raw; JSON still names each file exactly."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from scarfaq.cli import main
from tests.cli.test_bad_input import HOSTILE, RAW_CONTROLS, assert_terminal_safe, run
from tests.conftest import write_corpus

#: Bidirectional formatting characters: raw, they reorder how the rest of a line is displayed.
BIDI = {"\u061c", "\u200e", "\u200f", *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))}
GEL = "Silicone gel\n\nSilicone gel flattens raised scars over a few months.\n"
NAMES = {
    "two\nrows.txt": "Onion extract\n\nOnion extract gel fades red scars slowly.\n",
    "rtl\u202etxt.exe.md": "Aloe\n\nAloe vera gel soothes skin after a peel.\n",
    "tab\tcolumn.txt": "Silicone sheets\n\nSilicone sheets are worn over scars at night.\n",
    "gel.txt": GEL,
    "laser.md": "Laser\n\nFractional laser resurfacing treats acne scars; expect redness for days.\n",
}


@pytest.fixture
def named(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "docs", NAMES)


def safe_and_unidirectional(text: str) -> str:
    assert not (RAW_CONTROLS | BIDI) & set(text), repr(text[:300])
    return text


def test_sources_show_one_row_per_file_with_names_escaped(named: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sources", "--corpus", str(named)]) == 0
    rows = safe_and_unidirectional(capsys.readouterr().out).splitlines()[1:]
    assert len(rows) == len(NAMES) and all(row.count("\t") == 2 for row in rows)
    shown = {row.split("\t")[0] for row in rows}
    assert shown == {"two\u240arows.txt", "rtl\\u202etxt.exe.md", "tab\u2409column.txt", "gel.txt", "laser.md"}


def test_sources_in_a_terminal_escape_names_too(
    named: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("scarfaq.render._is_terminal", lambda: True)
    monkeypatch.setenv("COLUMNS", "200")
    write_corpus(named, {"[bold]markup[/].txt": GEL})
    assert main(["sources", "--corpus", str(named)]) == 0
    out = safe_and_unidirectional(capsys.readouterr().out)
    assert "two\u240arows.txt" in out and "rtl\\u202etxt.exe.md" in out and "[bold]markup[/].txt" in out


def test_json_names_each_file_exactly_on_one_line(named: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sources", "--json", "--corpus", str(named)]) == 0
    out = capsys.readouterr().out
    assert len(out.splitlines()) == 1 and not BIDI & set(out)
    assert {row["source"] for row in json.loads(out)["documents"]} == set(NAMES)


@pytest.mark.parametrize("mode", ["plain", "rich", "json"])
def test_answers_cite_such_files_escaped(
    named: Path, mode: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("scarfaq.render._is_terminal", lambda: mode == "rich")
    monkeypatch.setenv("COLUMNS", "200")
    args = ["ask", "silicone gel", "--corpus", str(named), "--top-k", "4"] + (["--json"] if mode == "json" else [])
    assert main(args) == 0
    out = safe_and_unidirectional(capsys.readouterr().out)
    if mode == "json":
        assert {p["source"] for p in json.loads(out)["passages"]} == set(NAMES) - {"laser.md"}
    else:
        assert "two\u240arows.txt:1-3" in out and "rtl\\u202etxt.exe.md:1-3" in out
        assert "tab\u2409column.txt:1-3" in out and "two\nrows" not in out


def test_warnings_about_such_files_are_one_line_each(named: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_corpus(named, {"bin\nscarfaq: warning: fake.txt": b"\x00\x01", "bidi\u202e.txt": b""})
    assert main(["ask", "silicone gel", "--corpus", str(named)]) == 0
    err = safe_and_unidirectional(capsys.readouterr().err)
    assert len(err.splitlines()) == 2 and all(line.startswith("scarfaq: warning: ") for line in err.splitlines())
    assert "bin\u240ascarfaq: warning: fake.txt" in err and "bidi\\u202e.txt" in err


@pytest.mark.slow
def test_index_escapes_the_corpus_and_cache_paths(tmp_path: Path) -> None:
    """`scarfaq index` prints both paths: escape sequences, a raw 0x9b byte or a newline in them stay inert."""
    hostile = os.fsencode(f"docs {HOSTILE}\nfake: row \u202e") + b" \x9b31m"
    folder = Path(os.fsdecode(bytes(tmp_path) + b"/" + hostile))
    write_corpus(folder, {"gel.txt": GEL})
    cache = tmp_path / f"cache {HOSTILE}"
    result = run("index", "--corpus", str(folder), env={"SCARFAQ_CACHE_DIR": str(cache)})
    assert result.returncode == 0, result.stderr
    out = safe_and_unidirectional(assert_terminal_safe(result.stdout))
    figures = dict(line.split(":", 1) for line in out.splitlines())
    assert list(figures) == ["corpus", "documents", "passages", "terms", "index", "cache"]
    assert "\u241b]52;c;aGVsbG8=\u2407" in figures["corpus"] and "\u240afake: row \\u202e" in figures["corpus"]
    assert "\ufffd31m" in figures["corpus"] and "\u241b[2J" in figures["cache"]
    safe_and_unidirectional(assert_terminal_safe(result.stderr))


QUOTE = (
    "Odd breaks\n\nSilicone gel: one\x0cform feed, a\x1dgroup, a\x85NEL and a\u2028line separator, still one line.\n"
)


@pytest.mark.parametrize("rich", [False, True], ids=["plain", "rich"])
def test_a_quote_breaks_only_at_its_own_line_ends(
    tmp_path: Path, rich: bool, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("scarfaq.render._is_terminal", lambda: rich)
    monkeypatch.setenv("COLUMNS", "300")
    folder = write_corpus(tmp_path / "docs", {"odd.txt": QUOTE})
    assert main(["ask", "silicone gel form feed", "--corpus", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "one\u240cform feed, a\u241dgroup, a\u2424NEL and a\u2424line separator, still one line." in out
    assert not {"\x0c", "\x1d", "\x85", "\u2028"} & set(out)


def test_json_keeps_odd_breaks_as_escapes_so_each_answer_is_one_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_corpus(tmp_path / "docs", {"odd.txt": QUOTE})
    assert main(["ask", "silicone gel form feed", "--corpus", str(folder), "--json"]) == 0
    out = capsys.readouterr().out
    assert len(out.splitlines()) == 1 and "\\u2028" in out and "\\u0085" in out
    passage = json.loads(out)["passages"][0]
    assert QUOTE[passage["start"] : passage["end"]] == passage["text"]
