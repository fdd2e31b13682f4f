"""Hypothesis-generated documents full of structure (rules, titles, directives, fences, Q:/A:, HTML, front
matter) in every format: passages stay exact slices in reading order, nothing is lost, none overlap."""

from __future__ import annotations

import bisect
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from scarfaq.corpus import Document, title_of
from scarfaq.passages import chunk_document
from tests.core.structure_helpers import SPLITTER

WORDS = st.sampled_from(
    ["scar", "laser", "gel.", "Crème", "шрам", "🙂", "e\u0301", "a\tb", "x" * 900, "Mr.", "?", ":", "::", "—",
     "[x](#y)", "![b](i.png)", "<b>", "`c`", "**Q:**"]
)
STRUCTURE = st.sampled_from(
    ["---", "===", "-----", "* * *", ".. note::", ".. code-block:: python", ".. contents::", ".. _t: http://x",
     ".. |s| image:: x", "   :opt: 1", "::", "```", "```{contents}", "~~~", "# Title", "## Sub?", "Title", "=====",
     "Q: What is it?", "A: It is.", "1. How?", "3.19\tWhy is it so", "  wrapped?", "<div>", "</div>",
     "<p><img src=x></p>", "[1]: http://x", "(label)=", "+++", "title: T", "Contents", "Archive-name: x/y",
     "From: a@b", "Photo: x", "    indented code", "\tanswer", "| a | b |", "|---|---|", "> quote", "- item",
     "  - nested", "1) one", "__ http://x", ":Author: me", ":Abstract: words", "..", "   .. nested::", "#### Answer"]
)
LINE = st.one_of(
    st.lists(WORDS, min_size=1, max_size=30).map(" ".join),
    STRUCTURE,
    st.builds(lambda a, b: f"{a} {b}", STRUCTURE, st.lists(WORDS, min_size=1, max_size=5).map(" ".join)),
    st.sampled_from(["", " ", "\t", "\ufeff", "\u3000", "\f"]),
    st.text(st.characters(exclude_characters="\x00", exclude_categories=("Cs",)), max_size=20),
)
NAMES = st.sampled_from(["d.txt", "d.md", "d.rst", "faq.txt", "faq.markdown", "x_faq.rst"])


@st.composite
def documents(draw: st.DrawFn) -> str:
    lines = draw(st.lists(LINE, min_size=1, max_size=40))
    newline = st.sampled_from(["\n", "\r\n", "\r"])
    text = "".join(line + draw(newline) for line in lines[:-1]) + lines[-1] + draw(st.sampled_from(["", "\n"]))
    return ("\ufeff" if draw(st.booleans()) else "") + text


def line_breaks(text: str) -> list[int]:
    return [i for i, ch in enumerate(text) if ch == "\n" or (ch == "\r" and text[i + 1 : i + 2] != "\n")]


@settings(max_examples=80, deadline=None)
@given(documents(), NAMES)
def test_structured_documents_are_cut_into_exact_ordered_spans_that_lose_nothing(text: str, name: str) -> None:
    if not text.replace("\ufeff", "").strip():
        return
    passages = chunk_document(Document(name, Path(name), title_of(text, name), text), SPLITTER)
    breaks = line_breaks(text)
    covered = bytearray(len(text))
    for p in passages:
        assert p.text == text[p.start : p.end] and p.text == p.text.strip() and not p.text.startswith("\ufeff")
        assert p.start_line == bisect.bisect_left(breaks, p.start) + 1
        assert p.end_line == bisect.bisect_left(breaks, p.end - 1) + 1
        covered[p.start : p.end] = b"\x01" * (p.end - p.start)
    assert all(covered[i] or ch.isspace() or ch == "\ufeff" for i, ch in enumerate(text))
    assert all(a.end <= b.start for a, b in zip(passages, passages[1:]))  # in reading order, never overlapping
