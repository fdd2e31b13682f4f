"""Plain text: underlined and numbered headings, rules, FAQ entries, lead-ins and captions."""

from __future__ import annotations

from tests.core.structure_helpers import chunk, kinds, passage_with, quoted


def test_an_underlined_heading_joins_its_text_and_names_the_later_ones() -> None:
    long = "It asks a few questions about where the files should go and which parts you want. " * 3
    text = f"Installing\n==========\n\nRun the installer. {long}\n\nThen restart the machine. {long}\n"
    passages = chunk(text)
    assert passages[0].text == f"Installing\n==========\n\nRun the installer. {long}".strip()
    assert passage_with(passages, "restart").heading == "Installing"


def test_rules_are_never_quoted_and_never_start_a_passage() -> None:
    text = "First part of the text.\n\n-----\n\nSecond part.\n=====\n\nMore words here.\n"
    assert "-----" not in " ".join(quoted(text))
    assert ("separator", "-----") in kinds(text)
    assert all(not q.startswith(("-", "=")) for q in quoted(text))


def test_ellipsis_and_exclamations_are_words_not_rules() -> None:
    assert quoted("...\n\n!!!\n") == ["...\n\n!!!"]


def test_a_mail_header_block_is_metadata_and_never_the_title() -> None:
    text = "Archive-name: widgets/faq\nFrom: someone@example.org\nSubject: widgets FAQ\n\nWidgets FAQ\n\nBody text.\n"
    passages = chunk(text, "widgets.txt")
    assert passages[0].kind == "metadata" and not passages[0].quotable
    assert passages[0].title == "Widgets FAQ"


def test_q_and_a_entries_come_whole_and_never_run_into_the_next() -> None:
    text = (
        "Q:  How do I extract a tar.xz file\n    when tar is old?\n\n"
        "A:  xz -dc foo.tar.xz | tar xf -\n\n\n"
        "Q:  Can I recover a broken file?\n\nA:  Sometimes.\n"
    )
    passages = chunk(text, "faq.txt")
    first = passage_with(passages, "How do I extract")
    assert first.kind == "faq" and "xz -dc foo.tar.xz" in first.text and "recover" not in first.text
    assert passage_with(passages, "Can I recover").text.endswith("Sometimes.")


def test_numbered_and_wrapped_questions_take_their_answers() -> None:
    text = (
        "Widget FAQ\n\n"
        "3.18\tWhy is the sky blue\n\twhen the sun is yellow?\n\n\tBecause of scattering.\n\n"
        "3.19\tWhy does it rain?\n\n\tClouds.\n\n"
        "3.20\tHow do I stop it?\n\n\tYou cannot.\n"
    )
    passages = chunk(text, "weather.txt")
    entry = passage_with(passages, "sky blue")
    assert "scattering" in entry.text and "3.19" not in entry.text


def test_questions_at_the_answers_left_are_entries_even_without_a_question_mark() -> None:
    text = (
        " 1. Is it safe?\n\n    Yes.\n\n"
        " 2. Where is the manual?\n\n    In the box.\n\n"
        " 3. I found a bug.\n\n    Please report it to us.\n\n"
        " 4. How do I report it?\n\n    By mail.\n"
    )
    passages = chunk(text, "faq.txt")
    bug = passage_with(passages, "I found a bug")
    assert bug.kind == "faq" and bug.text.endswith("Please report it to us.") and "manual" not in bug.text


def test_a_long_answer_is_split_and_its_later_parts_carry_the_question() -> None:
    answer = "\n\n".join(f"    Paragraph {i} of the answer says something useful about widgets." for i in range(25))
    text = f"1. How do widgets work?\n\n{answer}\n\n2. Why?\n\n    Because.\n"
    passages = [p for p in chunk(text, "faq.txt") if "Paragraph" in p.text]
    assert len(passages) > 1
    assert passages[0].text.startswith("1. How do widgets work?") and passages[0].heading == ""
    assert all(p.heading == "How do widgets work?" for p in passages[1:])


def test_a_lead_in_is_read_with_the_paragraph_after_it() -> None:
    text = "Creams\n\nThe list of creams is as follows:\n\nKelofibrase. A cream with urea.\n\nOther text.\n"
    assert quoted(text)[0].endswith("The list of creams is as follows:\n\nKelofibrase. A cream with urea.")


def test_a_caption_between_a_lead_in_and_its_list_stays_inside_the_passage() -> None:
    text = "You can try:\n\nPhoto: a tube of cream\n\n  • first cream;\n  • second cream.\n"
    assert quoted(text) == [text.strip()]


def test_a_caption_alone_is_never_quoted() -> None:
    text = "Body text of the page.\n\nPhoto: the clinic at night\n"
    assert quoted(text) == ["Body text of the page."]


def test_a_list_of_questions_that_come_back_later_is_a_table_of_contents() -> None:
    text = (
        "Widget FAQ\n\n1.1) What is a widget?\n1.2) How do I buy one?\n1.3) Can I return it?\n\n"
        "1.1) What is a widget?\n\n   A small device.\n\n"
        "1.2) How do I buy one?\n\n   In a shop.\n\n"
        "1.3) Can I return it?\n\n   Within a month.\n"
    )
    passages = chunk(text, "widget_faq.txt")
    (toc,) = [p for p in passages if p.kind == "toc"]
    assert toc.text.startswith("1.1) What is a widget?\n1.2)") and not toc.quotable
    assert "1.1) What is a widget?\n\n   A small device." in [p.text for p in passages if p.quotable]


def test_a_document_title_is_never_quoted_alone() -> None:
    text = "                Frequently Asked Questions about widgets\n\n\nIf your question is not here, mail us.\n"
    assert quoted(text) == [text.strip()]
