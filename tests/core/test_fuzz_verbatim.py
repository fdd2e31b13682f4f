"""Hypothesis-generated documents: every passage is an exact slice of its file, with the right line numbers."""

from __future__ import annotations

import bisect
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from scarfaq.corpus import load_corpus
from scarfaq.passages import chunk_corpus
from tests.conftest import write_corpus

WORDS = st.sampled_from(
    ["scar", "laser", "gel.", "Crème", "über", "шрам", "疤痕", "🙂", "e\u0301", "\u202erlt", "[bold]x[/]", "\x1b[2J",
     "a\tb", "15€", "“quote”", "x" * 900, "Mr.", "e.g.", "?", "!", ":", "—"]
)
LINE = st.one_of(
    st.lists(WORDS, min_size=1, max_size=40).map(" ".join),  # prose, sometimes one very long line
    st.builds(lambda b, words: b + " ".join(words), st.sampled_from(["• ", "- ", "* ", "1. ", "12) ", "  ◦ "]),
              st.lists(WORDS, min_size=1, max_size=8)),  # bullets
    st.lists(st.sampled_from(["Heading", "Treatment options", "Цена", "FAQ"]), min_size=1, max_size=4).map(" ".join),
    st.sampled_from(["", " ", "\t", " \t ", "\ufeff", "\u3000", "\f"]),  # blank-only lines
    # anything a UTF-8 file can hold (a NUL means binary; lone surrogates cannot be encoded)
    st.text(st.characters(exclude_characters="\x00", exclude_categories=("Cs",)), max_size=30),
)
NEWLINE = st.sampled_from(["\n", "\r\n", "\r"])


@st.composite
def documents(draw: st.DrawFn) -> str:
    lines = draw(st.lists(LINE, min_size=1, max_size=30))
    text = "".join(line + draw(NEWLINE) for line in lines[:-1]) + lines[-1] + draw(st.sampled_from(["", "\n", "\r\n"]))
    return ("\ufeff" if draw(st.booleans()) else "") + text


def line_breaks(text: str) -> list[int]:
    """Offsets of the characters that end a line: \\n, or \\r not followed by \\n."""
    return [i for i, ch in enumerate(text) if ch == "\n" or (ch == "\r" and text[i + 1 : i + 2] != "\n")]


@settings(max_examples=60, deadline=None)
@given(st.lists(documents(), min_size=1, max_size=3))
def test_generated_documents_are_quoted_verbatim_with_exact_line_numbers(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        files = {f"d{i}.{'md' if i % 2 else 'txt'}": text for i, text in enumerate(texts)}
        root = write_corpus(Path(folder), files)
        if not any(t.replace("\ufeff", "").strip() for t in texts):
            return  # only blank documents: the corpus error is tested elsewhere
        corpus = load_corpus(root)
        documents_by_source = {d.source: d.text for d in corpus.documents}
        for source, text in documents_by_source.items():
            assert text == (root / source).read_bytes().decode("utf-8")  # no newline translation
        passages = chunk_corpus(corpus.documents)
        for source, text in documents_by_source.items():  # nothing is lost between passages
            covered = bytearray(len(text))
            for p in passages:
                if p.source == source:
                    covered[p.start : p.end] = b"\x01" * (p.end - p.start)
            assert all(covered[i] or ch.isspace() or ch == "\ufeff" for i, ch in enumerate(text))
        for p in passages:
            text = documents_by_source[p.source]
            breaks = line_breaks(text)
            assert p.text == text[p.start : p.end]
            assert p.text and p.text == p.text.strip() and not p.text.startswith("\ufeff")
            assert p.start_line == bisect.bisect_left(breaks, p.start) + 1
            assert p.end_line == bisect.bisect_left(breaks, p.end - 1) + 1
