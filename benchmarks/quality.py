"""Answer quality, measured in one run: plain rank-bm25 over paragraphs, scarfaq, and scarfaq with each
of its methods switched off in turn (what each one adds); literal and paraphrased questions apart; and the
trade-off between answering and refusing as the confidence bar moves.

    python benchmarks/quality.py [QUESTIONS.jsonl ...] [--corpus DIR] [--markdown] [--curve]

Defaults to the shared development set. Scored by the rules of `scarfaq eval` (shared/eval/README.md).
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from pathlib import Path

from rank_bm25 import BM25Okapi

from scarfaq.analysis import terms
from scarfaq.answer import Answer, answer
from scarfaq.evaluation import Report, load_questions, run
from scarfaq.index import VARIANTS, Index, Parameters
from scarfaq.library import Library, indexed_terms, open_library
from scarfaq.passages import Passage
from scarfaq.query import Query
from scarfaq.ranking import Hit
from scarfaq.safety import Level, SafetyNote
from scarfaq.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DEV_SET = ROOT.parent / "shared" / "eval" / "dev.jsonl"

#: Each method of scarfaq, switched off alone.
ABLATIONS = {
    "no alternate questions": Settings(alternates=False),
    "no English word weights": Settings(english_weights=False),
    "no word forms": Settings(word_forms=False),
    "no topic-word gate": Settings(topic_gate=False),
    "no synonyms": Settings(synonyms=False),
    "no spelling tolerance": Settings(spelling=False),
    "no follow-up carry-over": Settings(follow_ups=False),
    "no coverage re-ranking": Settings(coverage=False),
    "no confidence rule": Settings(confidence=False),
    "no de-duplication": Settings(dedupe=False),
}
COLUMNS = ("hit@1", "hit@3", "hit@3 literal", "hit@3 paraphrased", "mrr@5", "answer rate", "out-of-scope rejected",
           "urgent noted", "false urgent", "medical note")


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
    return library._replace(index=Index.build(analysed, Parameters(variant=variant)))


def with_settings(settings: Settings):
    def respond(library: Library, question: str, history: Sequence[str], top_k: int) -> Answer:
        return answer(library, question, history, top_k, settings)

    return respond


def row(library: Library, questions: list[dict], system) -> dict[str, float]:
    """The figures of one system on one set, with hit@3 on literal and paraphrased questions apart."""
    report: Report = run(library, questions, 5, system)
    split = {}
    for name, wanted in (("literal", False), ("paraphrased", True)):
        subset = [q for q in questions if q["kind"] == "answerable" and bool(q.get("paraphrase")) is wanted]
        split[name] = run(library, subset, 5, system).hit_at[3] if subset else float("nan")
    return {"hit@1": report.hit_at[1], "hit@3": report.hit_at[3], "hit@3 literal": split["literal"],
            "hit@3 paraphrased": split["paraphrased"], "mrr@5": report.mrr_at_5, "answer rate": report.answer_rate,
            "out-of-scope rejected": report.oos_rejection, "urgent noted": report.urgent_noted,
            "false urgent": report.false_urgent, "medical note": report.answerable_with_medical_note}


def curve(library: Library, questions: list[dict]) -> list[tuple[float, float, float, float]]:
    """(bar, answer rate, out-of-scope rejected, hit@3) as the confidence bar moves."""
    points = []
    for bar in (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55):
        report = run(library, questions, 5, with_settings(Settings(min_coverage=bar)))
        points.append((bar, report.answer_rate, report.oos_rejection, report.hit_at[3]))
    return points


def print_table(title: str, rows: dict[str, dict[str, float]], markdown: bool) -> None:
    print(f"\n{title}\n")
    if markdown:
        print("| system | " + " | ".join(COLUMNS) + " |")
        print("|---|" + "---:|" * len(COLUMNS))
        for name, figures in rows.items():
            print(f"| {name} | " + " | ".join(f"{figures[c]:.3f}" for c in COLUMNS) + " |")
        return
    print(f"{'system':42}" + "".join(f"{c[:13]:>14}" for c in COLUMNS))
    for name, figures in rows.items():
        print(f"{name:42}" + "".join(f"{figures[c]:>14.3f}" for c in COLUMNS))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questions", nargs="*", default=[str(DEV_SET)])
    parser.add_argument("--corpus", default=str(ROOT / "corpus"))
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables (for README)")
    parser.add_argument("--curve", action="store_true", help="also print the answer/refuse trade-off")
    parser.add_argument("--brief", action="store_true", help="plain BM25 and scarfaq only, no ablations")
    args = parser.parse_args()
    library = open_library(args.corpus)
    for path in args.questions:
        questions = load_questions(path)
        systems = {"plain rank-bm25 (BM25Okapi, paragraphs)": (library, PlainBM25(library)), "scarfaq": (library, answer)}
        if not args.brief:
            systems |= {f"scarfaq, {name}": (library, with_settings(s)) for name, s in ABLATIONS.items()}
            systems |= {f"scarfaq, scored with {VARIANTS[v]}": (rescored(library, v), answer) for v in ("okapi", "l")}
        rows = {name: row(lib, questions, system) for name, (lib, system) in systems.items()}
        print_table(f"{path} ({len(questions)} questions)", rows, args.markdown)
        if args.curve:
            print("\n| bar | answer rate | out-of-scope rejected | hit@3 |\n|---:|---:|---:|---:|")
            for bar, answered, rejected, hit3 in curve(library, questions):
                print(f"| {bar:.2f} | {answered:.3f} | {rejected:.3f} | {hit3:.3f} |")


if __name__ == "__main__":
    main()
