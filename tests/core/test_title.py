"""A document's title is its first non-empty line, without the Markdown heading markers around it."""

from __future__ import annotations

import pytest

from scarfaq.corpus import load_corpus, title_of
from tests.conftest import write_corpus


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("# Scar creams and gels\n\nContractubex is a gel.", "Scar creams and gels"),
        ("\ufeff## Price\n", "Price"),
        ("\n\n   ###\tAcne pits  \nbody", "Acne pits"),
        ("#\n\n# Real title\n", "Real title"),
        ("Acne pits and laser resurfacing\n\nbody", "Acne pits and laser resurfacing"),
        ("#1 tip: wear sunscreen\n", "#1 tip: wear sunscreen"),
        ("####### seven is not a heading\n", "####### seven is not a heading"),
        ("C# and # signs inside stay\n", "C# and # signs inside stay"),
        ("", ""),
    ],
)
def test_title_of(text: str, title: str) -> None:
    assert title_of(text) == title


def test_a_markdown_document_is_titled_without_its_hash_and_its_text_is_unchanged(tmp_path) -> None:
    text = "# Scar creams and gels\r\n\r\nContractubex is a gel for scars.\r\n"
    (document,) = load_corpus(write_corpus(tmp_path, {"creams.md": text})).documents
    assert document.title == "Scar creams and gels"
    assert document.text == text
