"""Generated corpora for the benchmark: the shipped corpus's own sentences, shuffled into documents (fixed
seed), so the vocabulary, phrasing and repeats are real and the questions of the question sets find what
they look for.

Each document has a title line and paragraphs of 1-4 sentences, now and then under a heading; documents
of `PARAGRAPHS_PER_DOCUMENT` paragraphs. A corpus is generated once into its folder and reused.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

#: Paragraphs (≈ passages) per generated document.
PARAGRAPHS_PER_DOCUMENT = 100
#: Short paragraphs and headings are read together, so a corpus gets about this many passages per paragraph
#: (measured: 85,952 passages from 120,500 paragraphs with the structure-aware chunker; 0.83 before it).
PASSAGES_PER_PARAGRAPH = 0.71


class TextMaker:
    """Paragraphs of the real corpus's sentences, and headings among its short lines."""

    def __init__(self, corpus: Path, seed: int) -> None:
        paths = sorted(corpus.glob("*.txt")) + sorted(corpus.glob("*.md"))
        texts = [path.read_text(encoding="utf-8") for path in paths]
        lines = [line.strip() for text in texts for line in text.splitlines() if line.strip()]
        self.sentences = [s for line in lines for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line) if len(s) > 3]
        self.headings = [line for line in lines if len(line) <= 60 and line[-1] not in ".!?:;,"]
        self.rng = random.Random(seed)

    def paragraph(self) -> str:
        return " ".join(self.rng.choices(self.sentences, k=self.rng.randint(1, 4)))

    def document(self, paragraphs: int) -> str:
        parts = [self.rng.choice(self.headings)]
        for _ in range(paragraphs):
            paragraph = self.paragraph()
            parts.append(self.rng.choice(self.headings) + "\n" + paragraph if self.rng.random() < 0.1 else paragraph)
        return "\n\n".join(parts) + "\n"


def generate(folder: Path, passages: int, source_corpus: Path, seed: int = 20240601) -> Path:
    """Write about `passages` passages as .txt documents into folder (reused when already there with as
    many documents)."""
    documents = max(1, round(passages / PASSAGES_PER_PARAGRAPH / PARAGRAPHS_PER_DOCUMENT))
    marker = folder / ".complete"
    if marker.exists() and marker.read_text() == f"{documents} documents\n":
        return folder
    if folder.exists():
        for old in folder.glob("doc*.txt"):
            old.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    maker = TextMaker(source_corpus, seed)
    for number in range(documents):
        text = maker.document(PARAGRAPHS_PER_DOCUMENT)
        (folder / f"doc{number:06d}.txt").write_text(text, encoding="utf-8", newline="\n")
    marker.write_text(f"{documents} documents\n")
    return folder
