"""Chunk one text as a document of a given name, for the format tests."""

from __future__ import annotations

from pathlib import Path

from scarfaq.corpus import Document, title_of
from scarfaq.passages import Passage, SentenceSplitter, chunk_document

SPLITTER = SentenceSplitter("One sentence here. Another one follows. And a third.")


def chunk(text: str, name: str = "doc.txt") -> list[Passage]:
    """All passages of a text read as file `name`, each checked to be an exact, trimmed slice."""
    document = Document(name, Path(name), title_of(text, name), text)
    passages = chunk_document(document, SPLITTER)
    for p in passages:
        assert p.text == text[p.start : p.end] and p.text == p.text.strip() and p.text
    return passages


def quoted(text: str, name: str = "doc.txt") -> list[str]:
    """The texts of the passages the library would index and quote."""
    return [p.text for p in chunk(text, name) if p.quotable]


def kinds(text: str, name: str = "doc.txt") -> list[tuple[str, str]]:
    """(kind, text) of every passage, markup included."""
    return [(p.kind, p.text) for p in chunk(text, name)]


def passage_with(passages: list[Passage], needle: str) -> Passage:
    """The one passage holding `needle`."""
    (found,) = [p for p in passages if needle in p.text]
    return found
