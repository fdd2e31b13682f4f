"""Train the learned confidence (scarfaq.confidence) on tuning question sets, or cross-validate it.

    python benchmarks/train_confidence.py            # write src/scarfaq/confidence_model.py
    python benchmarks/train_confidence.py --check    # retrain in memory; exit 1 if the shipped module differs
    python benchmarks/train_confidence.py --cv       # leave one writer out, against the coverage bar alone

A logistic regression over the nine figures of `confidence.Evidence` (standardised), with an L2 penalty,
fitted by Newton's method in numpy: the same sets give the same module. A row is a question of a tuning
set that passes the gates before the model (answerable: 1, out of scope: 0); urgent questions are left out.
Only tuning sets of two corpora are read (SOURCES): the shipped scar articles and the real FAQ and README
files of tests/fixtures/realdocs, each with its knowledge file. The fresh sets and the realdocs report sets
are never read here. The penalty, the floor and the threshold were chosen by --cv (their notes below).
"""

from __future__ import annotations

import argparse
import json
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

PENALTY = 10.0
"""L2 penalty on the standardised weights (the bias is free). By --cv, the mean of answered and rejected at
threshold 0.30 is 0.882, 0.884, 0.881 and 0.876 at 1, 3, 10 and 30: a plateau; 10 holds the weights small."""
FLOOR = 0.25
"""The least coverage the model answers on: it never learned from long stories that hold a fifth of their
words, where its figures run far outside the tuning sets'. By --cv, 0.25 costs nothing against no floor."""
THRESHOLD = 0.25
"""The least probability answered: the lowest at which, leaving one writer out, the out-of-scope questions
rejected reach the quality issue's floor of 0.85 (0.854, answered 0.896; the coverage bar alone 0.732 and
0.931; at 0.30 0.882 and 0.883). The mean of answered and rejected is a little higher at 0.30-0.40 (0.882-
0.885 against 0.875), but answering costs less than refusing on the other corpus (realdocs: 0.854 answered
at 0.25, 0.833 at 0.30, with every out-of-scope question rejected at both)."""
CEILING = 0.6
"""From this coverage the passage answers, whatever the model says: a reader who sees most of their words
in a quote expects it (on a corpus of six passages, the model refused "how do I get rid of acne pits?" at
0.71 for its one unknown word). By --cv it costs nothing: the mean of answered and rejected at threshold
0.30 is 0.881 without it, 0.880 from 0.7, 0.882 from 0.6."""
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
"""Those --cv compares."""


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
        self.threshold = THRESHOLD

    def probability(self, found: Evidence) -> float:
        z = self.bias + float(np.dot(self.weights, (np.array(found) - self.means) / self.scales))
        return 1 / (1 + np.exp(-z))

    def answers(self, row: Row) -> bool:
        if row.follow_up:  # as confidence.confident does
            return row.bar_answers
        found = row.found
        if found is None or found.held < FLOOR:
            return False
        return found.held >= CEILING or self.probability(found) >= self.threshold

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
            f"CEILING = {CEILING}\n"
            f"THRESHOLD = {self.threshold}\n"
        )


def cross_validate(rows: list[Row]) -> None:
    """Each writer held out in turn, scored by a model trained on the others at each threshold, beside the
    coverage bar alone."""
    print("| held out | answerable | out of scope | answered: bar / " + " / ".join(map(str, THRESHOLDS))
          + " | rejected: bar / " + " / ".join(map(str, THRESHOLDS)) + " |")
    print("|---|---:|---:|---:|---:|")
    totals = np.zeros((2, 2 + len(THRESHOLDS)))
    for writer in dict.fromkeys(r.writer for r in rows):
        model = Model([r for r in rows if r.writer != writer and r.writer not in EVAL_ONLY])
        mine = [r for r in rows if r.writer == writer]
        counts = np.zeros((2, 2 + len(THRESHOLDS)))
        for i, answerable in enumerate((True, False)):
            group = [r for r in mine if r.answerable is answerable]
            counts[i, 0] = len(group)
            counts[i, 1] = sum(r.bar_answers == answerable for r in group)
            for j, threshold in enumerate(THRESHOLDS):
                model.threshold = threshold
                counts[i, 2 + j] = sum(bool(model.answers(r)) == answerable for r in group)
        totals += counts
        _print_row(writer, counts)
    _print_row("**all**", totals)
    balanced = (totals[0, 1:] / totals[0, 0] + totals[1, 1:] / totals[1, 0]) / 2
    print("\nmean of answered and rejected, all: bar " + ", ".join(
        [f"{balanced[0]:.3f}"] + [f"{t}: {b:.3f}" for t, b in zip(THRESHOLDS, balanced[1:])]))


def _print_row(name: str, counts: np.ndarray) -> None:
    good, bad = counts
    shares = [" / ".join(f"{v / max(1, group[0]):.3f}" for v in group[1:]) for group in (good, bad)]
    print(f"| {name} | {good[0]:.0f} | {bad[0]:.0f} | {shares[0]} | {shares[1]} |")


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
