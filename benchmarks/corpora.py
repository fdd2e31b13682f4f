"""Synthetic corpora for the benchmark: words drawn from the real corpus's unigram distribution, fixed seed.

Each document has a title line and paragraphs of 2-5 sentences (about one passage each, like the FAQ
threads of the shipped corpus), now and then a heading or a bullet list with a lead-in.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

#: Paragraphs (≈ passages) per generated document.
PARAGRAPHS_PER_DOCUMENT = 100
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")


def unigrams(corpus: Path) -> tuple[list[str], list[int]]:
    """The words of the real corpus (lower-cased) and how often each occurs."""
    counts: Counter[str] = Counter()
    for path in sorted(corpus.glob("*.txt")) + sorted(corpus.glob("*.md")):
        counts.update(w.lower() for w in _WORD.findall(path.read_text(encoding="utf-8")))
    words = sorted(counts, key=lambda w: (-counts[w], w))
    return words, [counts[w] for w in words]


class TextMaker:
    """Sentences and paragraphs with the real corpus's vocabulary and word frequencies."""

    def __init__(self, corpus: Path, seed: int) -> None:
        self.words, weights = unigrams(corpus)
        self.cumulative = list(_accumulate(weights))
        self.rng = random.Random(seed)

    def _words(self, k: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.cumulative, k=k)

    def sentence(self) -> str:
        words = self._words(self.rng.randint(6, 22))
        return " ".join(words).capitalize() + self.rng.choice(".....?!")

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 5)))

    def heading(self) -> str:
        return " ".join(self._words(self.rng.randint(2, 5))).title()

    def document(self, paragraphs: int) -> str:
        parts = [self.heading()]
        for number in range(paragraphs):
            roll = self.rng.random()
            if roll < 0.08:
                parts.append(self.heading() + "\n" + self.paragraph())
            elif roll < 0.12:
                items = "\n".join(f"- {' '.join(self._words(self.rng.randint(3, 9)))}" for _ in range(3))
                parts.append(" ".join(self._words(8)).capitalize() + ":\n" + items)
            else:
                parts.append(self.paragraph())
        return "\n\n".join(parts) + "\n"


def _accumulate(weights: list[int]) -> list[int]:
    total, out = 0, []
    for weight in weights:
        total += weight
        out.append(total)
    return out


def generate(folder: Path, passages: int, source_corpus: Path, seed: int = 20240601) -> Path:
    """Write about `passages` passages as .txt documents into folder (reused when already there)."""
    marker = folder / ".complete"
    if marker.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    maker = TextMaker(source_corpus, seed)
    documents = max(1, round(passages / PARAGRAPHS_PER_DOCUMENT))
    for number in range(documents):
        text = maker.document(PARAGRAPHS_PER_DOCUMENT)
        (folder / f"doc{number:05d}.txt").write_text(text, encoding="utf-8", newline="\n")
    marker.write_text("ok\n")
    return folder
