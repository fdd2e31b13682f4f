"""Markdown, read through markdown-it-py: headings, lists, code, front matter, HTML, badges, link lists."""

from __future__ import annotations

from tests.core.structure_helpers import chunk, kinds, passage_with, quoted

README = """---
title: Widgets
layout: page
---

# Widgets [![build](https://ci.example/badge.svg)](https://ci.example)

[![PyPI](https://img.shields.io/pypi/v/w.svg)](https://pypi.org/p/w) [![Docs](https://rtd/badge)](https://rtd)

<p align="center"><img src="logo.png"></p>

## Table of Contents

- [Install](#install)
- [Usage](#usage)

## Install

To install it, run:

```sh
pip install widgets
```

Usage
-----

Call `widgets.run()` and wait.

[pypi]: https://pypi.org/p/w
"""


def test_front_matter_badges_html_tables_of_contents_and_link_references_are_never_quoted() -> None:
    passages = chunk(README, "README.md")
    markup = {p.kind for p in passages if not p.quotable}
    assert {"metadata", "badges", "html", "toc", "links", "bare-heading"} <= markup
    for text in (p.text for p in passages if p.quotable):
        assert "![" not in text and "<img" not in text and "](#" not in text and not text.startswith("---")


def test_a_lead_in_is_read_with_its_code_block_and_headings_name_their_sections() -> None:
    passages = chunk(README, "README.md")
    install = passage_with(passages, "pip install widgets")
    assert install.text.startswith("## Install\n\nTo install it, run:\n\n```sh")
    assert passage_with(passages, "widgets.run()").text.startswith("Usage\n-----")


def test_a_heading_full_of_badges_is_not_quoted_but_names_its_section() -> None:
    text = "# Widgets [![ci](https://ci/badge.svg)](https://ci)\n\n" + "Widgets make things. " * 50 + "\n"
    passages = chunk(text, "README.md")
    assert passages[0].kind == "bare-heading"
    assert passages[1].heading == "Widgets" and passages[1].title == "Widgets"


def test_a_list_is_not_cut_in_the_middle_unless_too_long() -> None:
    items = "\n".join(f"- item {i} says a little about widgets" for i in range(12))
    text = f"Widgets come in these kinds:\n\n{items}\n"
    assert quoted(text, "a.md") == [text.strip()]
    long_items = "\n".join(f"- item {i}: " + "words about widgets " * 8 for i in range(12))
    passages = [p for p in chunk(f"Kinds:\n\n{long_items}\n", "a.md") if p.quotable]
    assert len(passages) > 1
    assert all(p.text.startswith(("Kinds:", "- item")) for p in passages)  # cut between items only


def test_text_inside_a_details_block_is_quoted_without_its_tags() -> None:
    text = "<details>\n  Add the line below to your shell startup file:\n\n```sh\neval \"$(w init)\"\n```\n</details>\n"
    assert quoted(text, "a.md") == ['Add the line below to your shell startup file:\n\n```sh\neval "$(w init)"\n```']


def test_questions_as_headings_come_with_their_whole_answer() -> None:
    text = (
        "# Widget FAQ\n\n## How do I start?\n\nPress the button.\n\nThen wait a little.\n\n```\nw start\n```\n\n"
        "## Why is it slow?\n\nIt warms up first.\n"
    )
    passages = chunk(text, "FAQ.md")
    start = passage_with(passages, "How do I start?")
    assert start.kind == "faq" and "w start" in start.text and "slow" not in start.text


def test_answer_subheadings_make_their_parent_an_entry() -> None:
    text = (
        "# Questions\n\n### Calling a command\n\nIt fails when I call it.\n\n#### Answer\n\nCall main().\n\n"
        "### Colours\n\nThey look wrong.\n\n#### Answer\n\nSet TERM.\n"
    )
    passages = chunk(text, "faqs.md")
    assert passage_with(passages, "Calling a command").text.endswith("Call main().")


def test_a_markdown_title_comes_from_front_matter_then_the_first_level_one_heading() -> None:
    assert chunk(README, "README.md")[0].title == "Widgets"
    assert chunk("Intro text.\n\n## Part\n\n# Real title\n\nBody.\n", "a.md")[0].title == "Real title"
    assert chunk("<p><img src=logo.png></p>\n\nJust text.\n", "my_tool-readme.md")[0].title == "My tool readme"


def test_a_setext_heading_and_a_thematic_break() -> None:
    text = "Title\n=====\n\nSome words.\n\n***\n\nMore words after the break.\n"
    assert kinds(text, "a.md") == [("text", "Title\n=====\n\nSome words."), ("separator", "***"),
                                   ("text", "More words after the break.")]
