"""reStructuredText: section titles and directives, read line by line."""

from __future__ import annotations

from tests.core.structure_helpers import chunk, kinds, passage_with, quoted

DOC = """.. comment for maintainers: keep sections short.

==============
 Widget guide
==============

:Author: Someone
:Date: 2024-01-01

.. contents::
   :local:

Installing
==========

Install it with::

    pip install widgets

The code of the example:

.. code-block:: python
   :linenos:

   import widgets
   widgets.run()

.. note:: Widgets need a display.

   They also need a keyboard.

.. image:: logo.png
   :alt: logo

.. _target: https://example.org
__ https://example.org/other
"""


def test_directive_lines_comments_targets_and_metadata_are_never_quoted() -> None:
    text = " ".join(quoted(DOC, "guide.rst"))
    for markup in (".. comment", ".. contents::", ".. code-block::", ":linenos:", ".. note::", ".. image::",
                   ".. _target", "__ https", ":Author:", "=============="):
        assert markup not in text


def test_directive_content_is_quoted_and_its_lead_in_becomes_its_context() -> None:
    passages = chunk(DOC, "guide.rst")
    code = passage_with(passages, "widgets.run()")
    assert code.text == "import widgets\n   widgets.run()" and code.kind == "code"
    assert code.lead_in == "The code of the example:"
    assert not passage_with(passages, "The code of the example:").quotable
    note = passage_with(passages, "need a display")
    assert note.quotable and note.text == "Widgets need a display.\n\n   They also need a keyboard."


def test_a_literal_block_is_read_with_the_paragraph_that_leads_into_it() -> None:
    assert "Installing\n==========\n\nInstall it with::\n\n    pip install widgets" in quoted(DOC, "guide.rst")


def test_the_title_is_the_overlined_section_title_not_its_adornment() -> None:
    passages = chunk(DOC, "guide.rst")
    assert passages[0].title == "Widget guide"
    assert ("toc", ".. contents::\n   :local:") in kinds(DOC, "guide.rst")


def test_a_rst_faq_entry_runs_over_its_subsections_to_the_next_question() -> None:
    text = (
        "Widget FAQ\n==========\n\n"
        "Q: Does it validate checksums?\n------------------------------\n\nYes, as below.\n\n"
        "Upload\n~~~~~~\n\nOn upload it computes CRC32.\n\n"
        "Q: Is it fast?\n--------------\n\nVery.\n"
    )
    passages = chunk(text, "faq.rst")
    entry = passage_with(passages, "validate checksums")
    assert entry.kind == "faq" and "CRC32" in entry.text and "fast" not in entry.text
    assert passage_with(passages, "Is it fast").text.endswith("Very.")


def test_a_txt_file_written_in_rst_is_read_as_rst() -> None:
    text = "Widgets\n=======\n\n.. contents::\n\nWhat is it?\n-----------\n\nA widget.\n"
    assert ".. contents::" not in " ".join(quoted(text, "FAQ.txt"))
