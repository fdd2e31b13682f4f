"""A corpus's chat text (name, placeholder, examples): from its own settings file, else from its headings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from scarfaq.answer import answer
from scarfaq.library import Library, open_library
from scarfaq.profile import DEFAULT_PLACEHOLDER, PROFILE_PATH, CorpusProfile, default_examples, load_profile
from tests.conftest import write_corpus


@dataclass(frozen=True)
class P:
    """A stand-in passage: its heading, title and text."""

    heading: str
    title: str = ""
    text: str = "Some text."


def write_settings(root: Path, text: str | bytes) -> Path:
    path = root / PROFILE_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return root


def test_the_settings_file_sets_name_placeholder_and_examples(tmp_path: Path) -> None:
    settings = 'name = "Bicycles"\nplaceholder = "Ask about bikes"\nexamples = ["How do I oil the chain?"]\n'
    write_settings(tmp_path, settings)
    profile, warnings = load_profile(tmp_path, [P("Brakes")])
    assert profile == CorpusProfile("Bicycles", "Ask about bikes", ("How do I oil the chain?",))
    assert warnings == []


def test_without_a_settings_file_the_defaults_are_generic_and_come_from_the_corpus(tmp_path: Path) -> None:
    folder = tmp_path / "bike_manual"
    folder.mkdir()
    passages = [P("Brakes"), P("How do I oil the chain?"), P("Brakes"), P("Photo: a chain"), P("Conclusion")]
    profile, warnings = load_profile(folder, passages)
    assert warnings == []
    assert profile.name == "Bike manual"
    assert profile.placeholder == DEFAULT_PLACEHOLDER == "Ask a question about these documents"
    assert profile.examples[:2] == ("How do I oil the chain?", "Brakes"), "questions first, then the biggest topics"
    assert not {"Photo: a chain", "Conclusion"} & set(profile.examples), "captions and generic headings are no topics"


def test_default_examples_clean_heading_marks_and_fall_back_to_titles() -> None:
    marked = [P("## How to use a gel", "Gels"), P("3.19\tWhy is the sky blue?"), P("• Removing acne")]
    assert default_examples(marked) == ("Why is the sky blue?", "How to use a gel", "Removing acne", "Gels")
    titles = ("Scar creams and gels", "Acne pits")
    assert default_examples([P("", title) for title in titles]) == titles
    assert default_examples([P("x" * 200, "")]) == ()


def test_a_heading_a_passage_opens_with_is_a_topic_too() -> None:
    opening = [P("", text="## Chain care\n\nOil it."), P("", text="Oil it.\n\nEvery month."), P("", text="Brakes")]
    assert default_examples(opening) == ("Chain care",)


def test_nothing_in_the_defaults_is_about_scars(tmp_path: Path) -> None:
    text = "# Chain care\n\nOil the chain every month.\n\n# Brakes\n\nPads wear out.\n"
    folder = write_corpus(tmp_path / "bikes", {"chain.md": text})
    profile = open_library(folder).profile
    shown = " ".join([profile.name, profile.placeholder, *profile.examples]).lower()
    assert "scar" not in shown and "contractubex" not in shown
    assert profile.examples == ("Chain care", "Brakes")


@pytest.mark.parametrize(
    ("content", "warning"),
    [
        ('name = "unclosed\n', "not valid TOML"),
        (b"name = '\xff\xfe'\n", "not UTF-8"),
    ],
)
def test_a_damaged_file_is_ignored_with_a_warning(tmp_path: Path, content: str | bytes, warning: str) -> None:
    write_settings(tmp_path, content)
    profile, warnings = load_profile(tmp_path, [P("Brakes")])
    assert profile.placeholder == DEFAULT_PLACEHOLDER and profile.examples == ("Brakes",)
    assert len(warnings) == 1 and warning in warnings[0] and ".scarfaq/corpus.toml" in warnings[0]


def test_odd_values_are_ignored_one_by_one_with_a_warning_each(tmp_path: Path) -> None:
    write_settings(tmp_path, 'name = 3\nplaceholder = "  Ask   away  "\nexamples = ["ok", 4]\ncolour = "red"\n')
    profile, warnings = load_profile(tmp_path, [P("Brakes")])
    assert profile.placeholder == "Ask away"
    assert profile.examples == ("Brakes",)
    assert [w.split("ignored ")[1].split(" ")[0] for w in warnings] == ["'name'", "'examples'", "unknown"]


def test_a_settings_folder_that_cannot_be_read_is_a_warning_not_an_error(tmp_path: Path) -> None:
    (tmp_path / PROFILE_PATH).mkdir(parents=True)  # a folder where the file should be
    profile, warnings = load_profile(tmp_path, [P("Brakes")])
    assert profile.examples == ("Brakes",) and len(warnings) == 1 and "cannot read" in warnings[0]


def test_the_library_carries_the_profile_and_its_warnings(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "docs", {"a.txt": "Chain care\n\nOil the chain every month.\n"})
    write_settings(folder, "examples = 'not a list'\n")
    library = open_library(folder)
    assert library.profile.examples == ("Chain care",)
    assert any("'examples'" in warning for warning in library.warnings)


def test_the_shipped_corpus_names_itself_and_answers_its_own_examples(library: Library) -> None:
    profile = library.profile
    assert profile.name == "Scar treatments" and "scar" in profile.placeholder.lower()
    assert 3 <= len(profile.examples) <= 4
    for example in profile.examples:
        assert answer(library, example).answered, example


def test_a_settings_file_that_is_a_fifo_is_skipped_without_hanging(tmp_path) -> None:
    import os

    from scarfaq.profile import PROFILE_PATH, _read_settings

    path = tmp_path / PROFILE_PATH
    path.parent.mkdir(parents=True)
    os.mkfifo(path)
    settings, warnings = _read_settings(path)
    assert settings == {} and warnings and "not a regular file" in warnings[0]
