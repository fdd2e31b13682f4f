"""Answer quality, measured in one run: plain rank-bm25 over paragraphs, scarfaq, and scarfaq with each
of its methods switched off in turn (what each one adds).

    python benchmarks/quality.py [QUESTIONS.jsonl ...] [--corpus DIR] [--json OUT.json]

Defaults to the shared development set. Scored by the rules of `scarfaq eval` (shared/eval/README.md).
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from rank_bm25 import BM25Okapi

from scarfaq.analysis import terms
from scarfaq.answer import Answer, Hit, answer
from scarfaq.evaluation import Report, load_questions, run
from scarfaq.index import VARIANTS, Index, Parameters
from scarfaq.library import Library, indexed_terms, open_library
from scarfaq.passages import Passage
from scarfaq.query import Query
from scarfaq.safety import Level, SafetyNote
from scarfaq.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DEV_SET = ROOT.parent / "shared" / "eval" / "dev.jsonl"

#: Each method of scarfaq, switched off alone.
ABLATIONS = {
    "no synonyms": Settings(synonyms=False),
    "no spelling tolerance": Settings(spelling=False),
    "no follow-up carry-over": Settings(follow_ups=False),
    "no coverage re-ranking": Settings(coverage=False),
    "no confidence rule": Settings(confidence=False),
    "no de-duplication": Settings(dedupe=False),
}


class PlainBM25:
    """The reference: rank-bm25's BM25Okapi over blank-line paragraphs, always answering."""

    def __init__(self, library: Library) -> None:
        self.passages: list[Passage] = []
        for document in library.documents:
            for match in re.finditer(r"\S(?:.*?\S)?(?=\s*(?:\n[ \t]*\n|\Z))", document.text, re.S):
                self.passages.append(Passage(document.source, document.title, match.start(), match.end(),
                                             0, 0, match.group()))
        self.model = BM25Okapi([terms(p.text) for p in self.passages])

    def __call__(self, library: Library, question: str, history: Sequence[str], top_k: int) -> Answer:
        scores = self.model.get_scores(terms(question))
        best = sorted(range(len(scores)), key=lambda i: -scores[i])[:top_k]
        hits = tuple(Hit(self.passages[i], float(scores[i]), 1.0) for i in best)
        return Answer(question, True, hits, SafetyNote(Level.NONE, ""), Query(()))


def rescored(library: Library, variant: str) -> Library:
    """The same passages, scored with another rank-bm25 variant."""
    analysed = [indexed_terms(p) for p in library.passages]
    return replace(library, index=Index.build(analysed, Parameters(variant=variant)))


def with_settings(settings: Settings):
    def respond(library: Library, question: str, history: Sequence[str], top_k: int) -> Answer:
        return answer(library, question, history, top_k, settings)

    return respond


def row(name: str, report: Report) -> dict[str, float | str]:
    return {"system": name, **{f"hit@{k}": v for k, v in report.hit_at.items()}, "mrr@5": report.mrr_at_5,
            "answer_rate": report.answer_rate, "oos_rejection": report.oos_rejection,
            "urgent_noted": report.urgent_noted, "false_urgent": report.false_urgent,
            "medical_note": report.answerable_with_medical_note}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questions", nargs="*", default=[str(DEV_SET)])
    parser.add_argument("--corpus", default=str(ROOT / "corpus"))
    parser.add_argument("--json", metavar="OUT", help="also write the table as JSON")
    args = parser.parse_args()
    library = open_library(args.corpus)
    tables = {}
    for path in args.questions:
        questions = load_questions(path)
        systems = {"plain rank-bm25 (BM25Okapi, paragraphs)": (library, PlainBM25(library)), "scarfaq": (library, answer)}
        systems |= {f"scarfaq, {name}": (library, with_settings(s)) for name, s in ABLATIONS.items()}
        systems |= {f"scarfaq, scored with {VARIANTS[v]}": (rescored(library, v), answer) for v in ("okapi", "l")}
        rows = [row(name, run(lib, questions, 5, system)) for name, (lib, system) in systems.items()]
        tables[path] = rows
        print(f"\n{path} ({len(questions)} questions)")
        keys = [k for k in rows[0] if k != "system"]
        print(f"{'system':45}" + "".join(f"{k:>14}" for k in keys))
        for r in rows:
            print(f"{r['system']:45}" + "".join(f"{r[k]:>14.3f}" for k in keys))
    if args.json:
        Path(args.json).write_text(json.dumps(tables, indent=2))


if __name__ == "__main__":
    main()
