"""Speed work must not change a single answer: the answers to every question set are pinned.

For each question of the dev-style sets (benchmarks/questions/*.jsonl, the realdocs set on its fixture
corpus, ../shared/eval/dev.jsonl when the shared folder is there) the pinned file holds what
`scarfaq ask --json --top-k 5` prints, without the quote text (the offsets pin it), and the first ten
candidates of the ranking with their scores and coverage (so a change below the top 5 shows too). A
generated corpus of a few thousand passages made from the shipped corpus's own sentences runs the same
questions where re-ranking depth, ties and de-duplication matter.

Regenerate (only when an answer changes on purpose, and say so in the commit):

    python -m tests.core.test_pinned_answers
"""

from __future__ import annotations

import json
import random
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from scarfaq.answer import answer
from scarfaq.answer_json import answer_to_dict
from scarfaq.library import Library, open_library
from scarfaq.query import read_question
from scarfaq.ranking import rank
from scarfaq.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
PINNED = ROOT / "tests" / "data" / "pinned"
QUESTIONS = ROOT / "benchmarks" / "questions"
DEV_SET = ROOT.parent / "shared" / "eval" / "dev.jsonl"
CORPUS = ROOT / "corpus"
REALDOCS = ROOT / "tests" / "fixtures" / "realdocs"

#: (pinned name, question file, corpus): the generated corpus is made in a temp folder.
SETS = [
    *((path.stem, path, "default") for path in sorted(QUESTIONS.glob("*.jsonl"))),
    ("dev", DEV_SET, "default"),
    ("realdocs", QUESTIONS / "realdocs" / "questions.jsonl", "realdocs"),
    ("generated-fresh", QUESTIONS / "fresh_2026-11-30.jsonl", "generated"),
    ("generated-dev", DEV_SET, "generated"),
]
#: How many candidates of the ranking are pinned (below the five an answer shows).
RANKED = 10


def generated_corpus(folder: Path, paragraphs: int = 3000, seed: int = 13) -> Path:
    """Documents made of the shipped corpus's own sentences, shuffled into paragraphs (fixed seed), with
    its synonyms and knowledge files: a larger corpus with the real vocabulary, phrasing and repeats."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))]
    lines = [line.strip() for text in texts for line in text.splitlines() if line.strip()]
    sentences = [s for line in lines for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line) if len(s) > 3]
    headings = [line for line in lines if len(line) <= 60 and line[-1] not in ".!?:;,"]
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    per_document = 100
    for number in range(paragraphs // per_document):
        parts = [rng.choice(headings)]
        for _ in range(per_document):
            paragraph = " ".join(rng.choices(sentences, k=rng.randint(1, 4)))
            parts.append(rng.choice(headings) + "\n" + paragraph if rng.random() < 0.1 else paragraph)
        (folder / f"doc{number:03d}.txt").write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    shutil.copytree(CORPUS / ".scarfaq", folder / ".scarfaq")
    return folder


def _questions(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def pinned_answer(library: Library, item: dict[str, Any]) -> dict[str, Any]:
    """What is pinned for one question: the JSON answer without quote texts, and the top of the ranking."""
    history = item.get("history", [])
    shown = answer_to_dict(answer(library, item["question"], history, top_k=5))
    for passage in shown["passages"]:
        del passage["text"], passage["title"]
    del shown["safety"]  # the safety rules are not the index's business (and change on their own)
    query = read_question(library, item["question"], history)
    ranked = [
        [hit.passage.source, hit.passage.start, hit.passage.end, round(hit.score, 6), round(hit.coverage, 6)]
        for hit in rank(library, query, Settings(), RANKED)
    ]
    return {"id": item["id"], "answer": shown, "ranked": ranked}


def _library(kind: str, folder: Path) -> Library:
    if kind == "default":
        return open_library(CORPUS)
    if kind == "realdocs":
        return open_library(REALDOCS)
    return open_library(generated_corpus(folder / "generated"))


@pytest.fixture(scope="module")
def libraries(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Library]:
    folder = tmp_path_factory.mktemp("pinned")
    return {kind: _library(kind, folder) for kind in ("default", "realdocs", "generated")}


@pytest.mark.parametrize(("name", "questions", "kind"), SETS, ids=[name for name, _, _ in SETS])
def test_answers_are_unchanged(name: str, questions: Path, kind: str, libraries: dict[str, Library]) -> None:
    if not questions.exists():
        pytest.skip(f"{questions} is not in this checkout")
    expected = _questions(PINNED / f"{name}.jsonl")
    items = _questions(questions)
    assert [e["id"] for e in expected] == [item["id"] for item in items], "the question set changed: regenerate"
    for item, pinned in zip(items, expected):
        assert pinned_answer(libraries[kind], item) == pinned, f"{name} {item['id']}: {item['question']!r}"


def _regenerate() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as temp:
        import os

        os.environ["SCARFAQ_CACHE_DIR"] = str(Path(temp) / "cache")
        libraries = {kind: _library(kind, Path(temp)) for kind in ("default", "realdocs", "generated")}
        PINNED.mkdir(parents=True, exist_ok=True)
        for name, questions, kind in SETS:
            if not questions.exists():
                print(f"skipped {name}: {questions} is missing", file=sys.stderr)
                continue
            items = _questions(questions)
            lines = [json.dumps(pinned_answer(libraries[kind], item), ensure_ascii=False) for item in items]
            (PINNED / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
            print(f"pinned {name}: {len(lines)} questions", file=sys.stderr)


if __name__ == "__main__":
    _regenerate()
