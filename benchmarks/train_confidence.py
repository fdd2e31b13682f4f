"""Train the learned confidence (scarfaq.confidence) on tuning question sets, or cross-validate it.

    python benchmarks/train_confidence.py            # write src/scarfaq/confidence_model.py
    python benchmarks/train_confidence.py --check    # retrain in memory; exit 1 if the shipped module differs
    python benchmarks/train_confidence.py --cv       # leave one writer out, against the coverage bar alone

A logistic regression over the nine figures of `confidence.Evidence` (standardised), with an L2 penalty,
fitted by Newton's method in numpy: the same sets give the same module. A row is a question of a tuning
set that passes the gates before the model (answerable: 1, out of scope: 0); urgent questions are left out.
Only tuning sets of two corpora are read (SOURCES): the shipped scar articles and the real FAQ and README
files of tests/fixtures/realdocs, each with its knowledge file. The fresh sets and the realdocs report sets
are never read here. The threshold answers as many of the training sets' answerable questions as the
coverage bar (`Settings.min_coverage`) does, so the model changes which questions are answered, not how
many.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from scarfaq.answer import SUGGESTION_SOURCES
from scarfaq.confidence import Evidence, evidence, gates_pass
from scarfaq.library import Library, open_library
from scarfaq.query import read_question, recent
from scarfaq.ranking import rank
from scarfaq.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
MODULE = ROOT / "src" / "scarfaq" / "confidence_model.py"
CORPORA = {"scars": ROOT / "corpus", "realdocs": ROOT / "tests" / "fixtures" / "realdocs"}

#: Tuning sets by writer (a writer's sets are held out together in --cv): (corpus, path relative to ROOT).
SOURCES: dict[str, tuple[tuple[str, str], ...]] = {
    "holdout": (("scars", "benchmarks/questions/holdout.jsonl"),),
    "check2": (("scars", "benchmarks/questions/check2_2026-11-30.jsonl"),),
    "check3": (("scars", "benchmarks/questions/check3_2026-11-30.jsonl"),),
    "realdocs_tune": (("realdocs", "benchmarks/questions/realdocs/tune.jsonl"),),
    "tune5": (("scars", "benchmarks/questions/tune5_2026-12-01.jsonl"),
              ("realdocs", "benchmarks/questions/realdocs/tune2.jsonl")),
}
#: Read in --cv only, as one more writer: it lives outside the repository (../shared/eval).
EVAL_ONLY: dict[str, tuple[tuple[str, Path], ...]] = {"dev": (("scars", ROOT.parent / "shared" / "eval" / "dev.jsonl"),)}

PENALTY = 10
"""L2 penalty on the standardised weights (the bias is free)."""


FLOOR = 0.25
"""The least coverage the model may answer on."""


class Row:
    """One question: its writer, whether it is answerable, and its evidence (None when a gate refuses it)."""

    def __init__(self, writer: str, answerable: bool, found: Evidence | None, bar: float, follow_up: bool) -> None:
        self.writer, self.answerable, self.found, self.follow_up = writer, answerable, found, follow_up
        self.bar_answers = found is not None and found.held >= bar


def read_rows(sources: dict[str, Sequence[tuple[str, str | Path]]], libraries: dict[str, Library]) -> list[Row]:
    settings = Settings()
    rows = []
    for writer, files in sources.items():
        for corpus, path in files:
            library = libraries[corpus]
            for line in Path(ROOT / path).read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                item = json.loads(line)
                if item["kind"] == "urgent":
                    continue
                history = recent(item.get("history", []), settings)
                query = read_question(library, item["question"], history, settings)
                hits = rank(library, query, settings, SUGGESTION_SOURCES)
                found = (evidence(query, hits, settings)
                         if hits and not query.social and gates_pass(library, query, hits[0], settings) else None)
                rows.append(Row(writer, item["kind"] == "answerable", found, settings.min_coverage,
                                bool(query.carried_over)))
    return rows


class Model:
    """Standardisation, weights, bias and the threshold."""

    def __init__(self, rows: list[Row]) -> None:
        kept = [r for r in rows if r.found is not None and not r.follow_up]
        x = np.array([r.found for r in kept], dtype=np.float64)
        y = np.array([r.answerable for r in kept], dtype=np.float64)
        self.means = x.mean(axis=0)
        self.scales = x.std(axis=0) + 1e-9
        z = np.hstack([(x - self.means) / self.scales, np.ones((len(x), 1))])
        balance = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))  # both classes weigh the same
        w = np.zeros(z.shape[1])
        penalty = np.full(z.shape[1], PENALTY)
        penalty[-1] = 0.0
        for _ in range(30):  # Newton's method: a fixed number of steps, so the same rows give the same bytes
            p = 1 / (1 + np.exp(-(z @ w)))
            gradient = z.T @ ((p - y) * balance) + penalty * w
            hessian = (z * (p * (1 - p) * balance)[:, None]).T @ z + np.diag(penalty)
            w -= np.linalg.solve(hessian, gradient)
        self.weights, self.bias = w[:-1], float(w[-1])
        wanted = sum(r.bar_answers for r in kept if r.answerable)  # as many answered as the bar answers
        scores = sorted((self.probability(r.found) for r in kept if r.answerable and r.found.held >= FLOOR),
                        reverse=True)
        self.threshold = scores[wanted - 1] if wanted else 1.0

    def probability(self, found: Evidence) -> float:
        z = self.bias + float(np.dot(self.weights, (np.array(found) - self.means) / self.scales))
        return 1 / (1 + np.exp(-z))

    def answers(self, row: Row) -> bool:
        if row.follow_up:  # as confidence.confident does
            return row.bar_answers
        found = row.found
        return found is not None and found.held >= FLOOR and self.probability(found) >= self.threshold

    def module(self) -> str:
        def floats(values: Sequence[float]) -> str:
            return "(" + ", ".join(f"{v:.6f}" for v in values) + ",)"

        return (
            '"""The learned confidence\'s numbers (scarfaq.confidence). Do not edit: regenerate with\n\n'
            "    python benchmarks/train_confidence.py\n"
            '"""\n\n'
            "#: In the order of confidence.Evidence's fields.\n"
            f"MEANS = {floats(self.means)}\n"
            f"SCALES = {floats(self.scales)}\n"
            f"WEIGHTS = {floats(self.weights)}\n"
            f"BIAS = {self.bias:.6f}\n"
            f"FLOOR = {FLOOR}\n"
            f"THRESHOLD = {math.floor(self.threshold * 1e6) / 1e6:.6f}\n"  # at most the last answerable answered's
        )


def cross_validate(rows: list[Row]) -> None:
    """Each writer held out in turn, scored by a model trained on the others, beside the bar alone."""
    print("| held out | answerable | answered: bar / model | out of scope | rejected: bar / model |")
    print("|---|---:|---:|---:|---:|")
    totals = np.zeros(6)
    for writer in dict.fromkeys(r.writer for r in rows):
        model = Model([r for r in rows if r.writer != writer and r.writer not in EVAL_ONLY])
        mine = [r for r in rows if r.writer == writer]
        good = [r for r in mine if r.answerable]
        bad = [r for r in mine if not r.answerable]
        counts = np.array([len(good), sum(r.bar_answers for r in good), sum(model.answers(r) for r in good),
                           len(bad), sum(not r.bar_answers for r in bad), sum(not model.answers(r) for r in bad)])
        totals += counts
        print(f"| {writer} | {counts[0]} | {counts[1] / max(1, counts[0]):.3f} / {counts[2] / max(1, counts[0]):.3f} "
              f"| {counts[3]} | {counts[4] / max(1, counts[3]):.3f} / {counts[5] / max(1, counts[3]):.3f} |")
    print(f"| **all** | {totals[0]:.0f} | {totals[1] / totals[0]:.3f} / {totals[2] / totals[0]:.3f} "
          f"| {totals[3]:.0f} | {totals[4] / totals[3]:.3f} / {totals[5] / totals[3]:.3f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the shipped module differs")
    parser.add_argument("--cv", action="store_true", help="leave one writer out")
    args = parser.parse_args()
    libraries = {name: open_library(path) for name, path in CORPORA.items()}
    sources: dict[str, Sequence[tuple[str, str | Path]]] = dict(SOURCES)
    if args.cv:
        sources.update({w: f for w, f in EVAL_ONLY.items() if all(Path(p).exists() for _, p in f)})
    rows = read_rows(sources, libraries)
    if args.cv:
        cross_validate(rows)
        return
    text = Model(rows).module()
    if args.check:
        stale = not MODULE.exists() or MODULE.read_text(encoding="utf-8") != text
        print("stale: confidence_model.py" if stale else "the shipped model matches its training")
        sys.exit(1 if stale else 0)
    MODULE.write_text(text, encoding="utf-8")
    print(f"wrote {MODULE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
