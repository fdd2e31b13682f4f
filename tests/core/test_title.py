"""A document's title is its own real title (the first heading of the right kind for its format), else its
file name made readable; a plain text's title is its first line, without Markdown heading markers."""

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


@pytest.mark.parametrize(
    ("name", "text", "title"),
    [
        ("docutils_faq.txt", "Q: What is it?\n\nA: A tool.\n\nQ: Why?\n\nA: Because.\n", "Docutils faq"),
        ("faq.rst", "=====================\n Widget FAQ\n=====================\n\nText.\n", "Widget FAQ"),
        ("faq.txt", "=====================\nWidget FAQ\n=====================\n\nText.\n", "Widget FAQ"),
        ("readme.rst", ".. image:: logo.png\n\nSome text.\n\nFeatures\n--------\n\nMany.\n", "Readme"),
        ("w.txt", "Archive-name: widgets/faq\nFrom: a@b.org\n\nWidgets explained\n\nText.\n", "Widgets explained"),
        ("w.md", '<p align="center"><img src="logo.png"></p>\n\nText.\n\n# Widgets\n', "Widgets"),
        ("w.md", "---\ntitle: \"Front title\"\n---\n\n# Heading\n", "Front title"),
        ("w.md", "Widgets\n=======\n\nText.\n", "Widgets"),
        ("page.txt", "     * Home\n     * FAQ\n\n____\n\nFAQ\n\n   Why?\n", "FAQ"),
        ("my-notes.md", "Just text, no heading.\n", "My notes"),
    ],
)
def test_titles_are_real_titles_else_the_file_name(name: str, text: str, title: str) -> None:
    assert title_of(text, name) == title


def test_the_file_name_is_the_title_of_a_faq_opening_with_its_first_question() -> None:
    text = "Why does ps complain?\n\n\tBecause.\n\nWhy is top slow?\n\n\tIt is not.\n"
    assert title_of(text, "procps_faq.txt") == "Procps faq"
