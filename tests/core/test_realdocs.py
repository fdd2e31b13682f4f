"""Passages and titles of real FAQ and README files (tests/fixtures/realdocs, with their licences beside).

The expectations are read from the files by patterns written for each file by hand, not from the chunker:
where each FAQ question starts and where its answer starts, which markup must never be quoted.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from scarfaq.corpus import load_corpus
from scarfaq.passages import MAX_CHARS, Passage, chunk_corpus
from tests.core.test_passages import assert_verbatim

REALDOCS = Path(__file__).resolve().parents[1] / "fixtures" / "realdocs"

TITLES = {
    "black_readme.md": "Black readme",  # a logo and an HTML <h2>, no heading of its own
    "click_faq.md": "Frequently Asked Questions",
    "commander_readme.md": "Commander.js",
    "coverage_faq.rst": "FAQ and other help",
    "docutils_faq.rst": "Docutils FAQ (Frequently Asked Questions)",
    "docutils_readme.rst": "README: Docutils 0.23",
    "lxml_faq.txt": "lxml FAQ - Frequently Asked Questions",
    "pymdownx_faq.md": "Frequently Asked Questions",
    "pytest_readme.rst": "Pytest readme",  # logos and badges, then text: no title
    "semanticrelease_faq.md": "Frequently Asked Questions",
    "sphinx_faq.rst": "Sphinx FAQ",
    "sqlalchemy_faq_orm.rst": "ORM Configuration",
    "sudo_troubleshooting.md": "Troubleshooting tips and FAQ for Sudo",
    "tcsh_faq.txt": "FAQ",
    "xz_faq.txt": "XZ Utils FAQ",
    "zlib_faq.txt": "Frequently Asked Questions about zlib",
}

#: file → (where a question starts, where its answer starts: the end of the first match after the question)
ENTRIES = {
    "xz_faq.txt": (r"^Q:  ", r"^A:  "),
    "zlib_faq.txt": (r"^ ?\d{1,2}\. ", r"\n\n    (?=\S)"),
    "tcsh_faq.txt": (r"(?<=\n\n)  (?=\S)", r"\n\n {3,}(?=\S)"),
    "sudo_troubleshooting.md": (r"^#### ", r"\n\n(?=\S| {4})"),
    "semanticrelease_faq.md": (r"^## ", r"\n\n(?=\S)"),
    "click_faq.md": (r"^### ", r"\n\n(?=\S)"),
    "pymdownx_faq.md": (r"^## ", r"\n\n(?=[^/\s])"),
    "coverage_faq.rst": (r"^Q: ", r"^\.{3,}\n\n"),
    "docutils_faq.rst": (r"^(?=[^\n]*\?[ ]*\n-{3,}\n)", r"^-{3,}\n\n"),
    "lxml_faq.txt": (r"^(?=[^\n]*\?[ ]*\n-{3,}\n)", r"^-{3,}\n\n"),
    "sqlalchemy_faq_orm.rst": (r"^(?=[^\n]+\n-{3,}\n)", r"^-{3,}\n\n"),
}

#: Markup of each file that is never to be quoted.
NEVER_QUOTED = {
    "black_readme.md": ["[![Black Logo]", '<h2 align="center">', '<img alt="Actions Status"'],
    "click_faq.md": ["```{contents}", "(pager-ctrl-c)="],
    "commander_readme.md": ["[![Build Status]", "- [Commander.js](#commanderjs)", "- [Options](#options)"],
    "coverage_faq.rst": [".. code-block:: ini", ".. _faq:", ".. Licensed under"],
    "docutils_faq.rst": [".. contents::", ".. sectnum::", ".. _master copy:", ".. include:: docs/", ":Revision:"],
    "docutils_readme.rst": [".. contents::", ":Author: David Goodger", ".. _pip:"],
    "lxml_faq.txt": [".. contents::", "1.1  Is there a tutorial?", ".. sourcecode:: pycon", ".. meta::"],
    "pymdownx_faq.md": ["icon: lucide/circle-question-mark"],
    "pytest_readme.rst": [".. image::", ".. code-block:: python", ":target: https://pypi.org/project/pytest/"],
    "sphinx_faq.rst": [".. code-block:: html+jinja", ".. _faq:", "__ https://docutils.sourceforge.io/"],
    "sqlalchemy_faq_orm.rst": [".. contents::", ".. sourcecode:: sql", ".. note::", ".. _faq_mapper_primary_key:"],
    "tcsh_faq.txt": ["* Home", "_____"],
}

_RULE = re.compile(r"\s*([-=_*~#+.`^:'\"])(?:\s*\1){2,}\s*")
_BADGES = re.compile(r"\s*(?:\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?\s*)+")
_DIRECTIVE = re.compile(r"\.\. [\w:-]+::")


@pytest.fixture(scope="module")
def realdocs() -> tuple[dict[str, str], list[Passage]]:
    corpus = load_corpus(REALDOCS)
    return {d.source: d.text for d in corpus.documents}, chunk_corpus(corpus.documents)


def quotes_of(passages: list[Passage], source: str) -> list[Passage]:
    return [p for p in passages if p.source == source and p.quotable]


def test_every_file_is_read_and_every_passage_is_an_exact_slice(realdocs) -> None:
    texts, passages = realdocs
    assert set(texts) == set(TITLES)
    assert_verbatim(passages, texts)
    for source, text in texts.items():  # nothing is lost, markup included
        covered = bytearray(len(text))
        for p in passages:
            if p.source == source:
                covered[p.start : p.end] = b"\x01" * (p.end - p.start)
        assert all(covered[i] or ch.isspace() for i, ch in enumerate(text)), source


def test_titles_are_the_documents_real_titles(realdocs) -> None:
    _, passages = realdocs
    assert {p.source: p.title for p in passages} == TITLES


@pytest.mark.parametrize("source", sorted(NEVER_QUOTED))
def test_known_markup_is_never_quoted(realdocs, source: str) -> None:
    _, passages = realdocs
    for p in quotes_of(passages, source):
        for markup in NEVER_QUOTED[source]:
            assert markup not in p.text, (p.citation, markup)


@pytest.mark.parametrize("source", sorted(TITLES))
def test_no_quote_is_a_separator_badge_block_directive_or_bare_heading(realdocs, source: str) -> None:
    _, passages = realdocs
    for p in quotes_of(passages, source):
        lines = p.text.splitlines()
        assert not _RULE.fullmatch(lines[0]), p.citation  # never starts with a rule
        assert not _BADGES.fullmatch(lines[0]), p.citation
        if not source.endswith(".md"):  # (Markdown code blocks may show reStructuredText)
            assert not any(_DIRECTIVE.match(line) for line in lines), p.citation  # (rst examples are indented)
        assert not _bare_heading(lines), p.citation


def _bare_heading(lines: list[str]) -> bool:
    """A '#' heading or an adorned title with nothing after it."""
    words = [line for line in lines if line.strip() and not _RULE.fullmatch(line)]
    return len(words) == 1 and (words[0].startswith("#") or len(lines) > 1)


@pytest.mark.parametrize("source", sorted(ENTRIES))
def test_every_faq_question_comes_with_its_answer_and_no_quote_spans_two_entries(realdocs, source: str) -> None:
    texts, passages = realdocs
    text = texts[source]
    question, answer = (re.compile(pattern, re.MULTILINE) for pattern in ENTRIES[source])
    starts = [m.start() for m in question.finditer(text)]
    assert len(starts) >= 4
    quotes = quotes_of(passages, source)
    for start in starts:
        holder = _holder(text, [p for p in passages if p.source == source], quotes, start)
        found = answer.search(text, start)
        assert found and holder.end > found.end(), (holder.citation, text[start : start + 60])
        others = [s for s in starts if s != start and holder.start <= s < holder.end]
        assert not others, (holder.citation, text[others[0] : others[0] + 60])


def _holder(text: str, passages: list[Passage], quotes: list[Passage], start: int) -> Passage:
    """The quote that holds the question starting at `start`; or, when the question could not be quoted with
    its answer (a directive line stands between them), the next quote, which has the question as heading."""
    (holder,) = [
        p for p in passages if p.start <= start < p.end or (start < p.start and not text[start : p.start].strip())
    ]
    if holder.quotable:
        return holder
    assert holder.kind == "bare-heading", holder.citation
    after = next(p for p in quotes if p.start >= holder.end)
    assert after.heading and after.heading.split()[-1] in text[start : holder.end], (holder.citation, after.heading)
    return after


@pytest.mark.parametrize("source", sorted(s for s in TITLES if s.endswith(".md")))
def test_markdown_lists_are_never_cut_unless_too_long(realdocs, source: str) -> None:
    texts, passages = realdocs
    text = texts[source]
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    for token in MarkdownIt("commonmark").parse(text):
        if token.level == 0 and token.type in ("bullet_list_open", "ordered_list_open") and token.map:
            start, end = line_starts[token.map[0]], line_starts[min(token.map[1], len(line_starts) - 1)]
            if len(text[start:end].strip()) > MAX_CHARS:
                continue
            cuts = [
                p for p in passages if p.source == source and start < p.start < end and text[start : p.start].strip()
            ]
            assert not cuts, cuts[0].citation
