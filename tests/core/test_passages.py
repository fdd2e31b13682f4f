"""Passages are exact, readable spans of their documents."""

from __future__ import annotations

import bisect
import random
from pathlib import Path

import pytest

from scarfaq.corpus import DOCUMENT_SUFFIXES, load_corpus
from scarfaq.library import Library
from scarfaq.passages import MAX_CHARS, Passage, SentenceSplitter, chunk_corpus, chunk_document
from tests.conftest import CORPUS, write_corpus


def assert_verbatim(passages: list[Passage], texts: dict[str, str]) -> None:
    """Every passage is text[start:end] of its source, trimmed, non-empty, with the right line numbers."""
    for p in passages:
        text = texts[p.source]
        assert p.text == text[p.start : p.end]
        assert p.text.strip() and p.text == p.text.strip()
        assert p.start_line == text[: p.start].count("\n") + 1
        assert p.end_line == text[: p.end].count("\n") + 1
        assert p.start_line <= p.end_line


def raw_texts(folder: Path) -> dict[str, str]:
    """Each file decoded as UTF-8 with no newline translation, the way the invariant is stated."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes().decode("utf-8")
        for p in folder.rglob("*")
        if p.name.lower().endswith(DOCUMENT_SUFFIXES)
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    }


def test_every_passage_of_the_default_corpus_is_verbatim(library: Library) -> None:
    assert_verbatim(list(library.passages), raw_texts(CORPUS))


def test_the_default_corpus_is_the_shared_seed_byte_for_byte() -> None:
    seeds = CORPUS.parent.parent / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("shared/seeds is not beside this checkout")
    for seed in seeds.iterdir():
        assert (CORPUS / seed.name).read_bytes() == seed.read_bytes()


def test_passages_cover_every_word_of_the_corpus(library: Library) -> None:
    """Chunking loses nothing: every non-blank character of a document lies in some passage."""
    for document in library.documents:
        covered = bytearray(len(document.text))
        for p in library.passages:
            if p.source == document.source:
                covered[p.start : p.end] = b"\x01" * (p.end - p.start)
        missing = [i for i, ch in enumerate(document.text) if not ch.isspace() and ch != "\ufeff" and not covered[i]]
        assert not missing, document.text[missing[0] : missing[0] + 60]


def test_passages_are_readable_sizes(library: Library) -> None:
    """At most MAX_CHARS, unless the passage is a single sentence (or one line) that is longer."""
    splitter = SentenceSplitter("\n".join(d.text for d in library.documents))
    for p in library.passages:
        if len(p.text) > MAX_CHARS:
            assert len(splitter.spans(p.text)) == 1, p.citation


def test_a_long_paragraph_is_split_at_sentence_boundaries(library: Library) -> None:
    longest = max(library.documents[0].text.split("\n"), key=len)
    assert len(longest) > 2000
    start = library.documents[0].text.index(longest)
    inside = [p for p in library.passages if p.source == library.documents[0].source
              and start <= p.start < start + len(longest)]
    assert len(inside) >= 3
    assert all(p.text[-1] in ".!?;)" for p in inside[:-1])


def test_a_heading_joins_the_passage_that_follows_it(tmp_path: Path) -> None:
    text = "Title of the page\n\nLaser resurfacing\n\nThe top layer is removed. It takes two weeks to heal.\n"
    corpus = load_corpus(write_corpus(tmp_path, {"a.txt": text}))
    passages = chunk_corpus(corpus.documents)
    assert [p.text for p in passages] == [text.strip()]


def test_bullets_are_grouped_with_their_lead_in(tmp_path: Path) -> None:
    text = "Intro paragraph here.\n\nThis usually happens when:\n\n  • first reason;\n\n  • second reason.\n\nAfter."
    passages = chunk_corpus(load_corpus(write_corpus(tmp_path, {"a.txt": text})).documents)
    assert "This usually happens when:\n\n  • first reason;\n\n  • second reason." in [p.text for p in passages]


def test_later_groups_of_a_long_list_carry_the_lead_in_as_context(tmp_path: Path) -> None:
    bullets = "\n\n".join(f"  • item {i}: " + "words " * 40 for i in range(8))
    text = f"The options are:\n\n{bullets}\n"
    passages = chunk_corpus(load_corpus(write_corpus(tmp_path, {"a.txt": text})).documents)
    assert len(passages) > 1
    assert all(p.lead_in == "The options are:" for p in passages[1:])
    assert all(len(p.text) <= MAX_CHARS for p in passages)


def _generated_document(rng: random.Random) -> str:
    words = ["scar", "laser", "über", "naïve", "crème", "шрам", "疤痕", "🙂", "e\u0301", "tab\there", "x" * 300]
    lines = []
    for _ in range(rng.randint(1, 25)):
        kind = rng.random()
        if kind < 0.2:
            lines.append("")
        elif kind < 0.3:
            lines.append("  • " + " ".join(rng.choices(words, k=rng.randint(1, 8))) + ";")
        elif kind < 0.4:
            lines.append(" \t ")
        else:
            sentences = [" ".join(rng.choices(words, k=rng.randint(1, 15))) + rng.choice([".", "!", "?", ""])
                         for _ in range(rng.randint(1, 12))]
            lines.append(" ".join(sentences))
    newline = rng.choice(["\n", "\r\n", "\r"])
    return "\ufeff" * (rng.random() < 0.1) + newline.join(lines) + rng.choice(["", newline])


@pytest.mark.parametrize("seed", range(25))
def test_generated_documents_keep_the_verbatim_invariant(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    files = {f"d{i}.txt": _generated_document(rng) for i in range(3)}
    files = {name: text for name, text in files.items() if text.strip(" \t\r\n\ufeff")}
    if not files:
        pytest.skip("the generator drew only blank documents")
    folder = write_corpus(tmp_path, files)
    corpus = load_corpus(folder)
    passages = chunk_corpus(corpus.documents)
    texts = {d.source: d.text for d in corpus.documents}
    assert texts == {name: text for name, text in raw_texts(folder).items() if name in texts}
    breaks = {
        name: [i for i, ch in enumerate(text) if ch == "\n" or (ch == "\r" and text[i + 1 : i + 2] != "\n")]
        for name, text in texts.items()
    }
    for p in passages:
        text = texts[p.source]
        assert p.text == text[p.start : p.end] and p.text and p.text == p.text.strip()
        assert p.start_line == bisect.bisect_left(breaks[p.source], p.start) + 1
        assert p.end_line == bisect.bisect_left(breaks[p.source], p.end - 1) + 1


def test_chunk_document_is_deterministic(library: Library) -> None:
    splitter = SentenceSplitter("\n".join(d.text for d in library.documents))
    document = library.documents[1]
    assert chunk_document(document, splitter) == chunk_document(document, splitter)


def test_a_corpus_of_short_lines_never_trains_a_sentence_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import nltk.tokenize.punkt as punkt

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("Punkt was trained although no line needed splitting")

    monkeypatch.setattr(punkt, "PunktSentenceTokenizer", refuse)
    folder = write_corpus(tmp_path, {"a.txt": "Title\n\nShort paragraph one.\n\nShort paragraph two.\n"})
    assert chunk_corpus(load_corpus(folder).documents)
