"""Train the learned self-harm tier (scarfaq.safety.learned.self_harm) on the tuning phrasing sets, or cross-validate it.

    python benchmarks/train_self_harm_model.py          # write src/scarfaq/safety/self_harm_model.{npy,json}
    python benchmarks/train_self_harm_model.py --check  # retrain in memory; exit 1 if the shipped files differ
    python benchmarks/train_self_harm_model.py --cv     # leave one writer out: the figures behind the settings

The same sets, features and fitting as the body's tier (train_urgent_model.py), with another label: urgent for
thoughts of suicide or self-harm (by the set's kind, or where a set names none, by the rules); every other
question, urgent for another reason or not urgent at all (distress about scars, old self-harm scars to treat,
plain stories, everyday and non-medical questions), is not. It reads every question of three words or more,
medical or not, whose asker does not say they are safe (learned.reads_self_harm). Its features add the kinds
of words a crisis counsellor listens for (risk_words.py). The threshold is the lowest within budgets of
what the tier may add (SELF_HARM_BUDGETS); --cv reports each writer at a threshold chosen without it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_urgent_model import (  # noqa: E402  (a sibling script, not a package)
    EVAL_ONLY,
    FEATURES as BODY_FEATURES,
    PACKAGE,
    PENALTY as BODY_PENALTY,
    THRESHOLD as BODY_THRESHOLD,
    Matrix,
    Row,
    fit,
    read_rows,
    settings_text,
    sources,
    weights_bytes,
)
from train_urgent_model import train as train_body  # noqa: E402
from training import mode, write_or_check  # noqa: E402

from scarfaq.safety import _rule_kinds  # noqa: E402
from scarfaq.safety.engine import Question  # noqa: E402
from scarfaq.safety.learned import (  # noqa: E402
    SELF_HARM_SETTINGS_FILE,
    SELF_HARM_WEIGHTS_FILE,
    Features,
    Model,
    readable,
    reads_self_harm,
)
from scarfaq.safety.medical import is_medical  # noqa: E402
from scarfaq.safety.names import Kind  # noqa: E402

#: The chosen settings (by --cv). The lowest threshold within the budgets was 0.853; with tune4 it is 0.809. It
#: stays 0.85, within the budgets (they are ceilings): held out, tune4's self-harm is all caught at either,
#: and the tier makes 1 of its 55 distress look-alikes urgent at 0.85, 2 at 0.809.
FEATURES = Features(bits=16, classes=1.0)
PENALTY = 3e-5
THRESHOLD = 0.85
#: What the tier may add, out of fold, over the rules and the body's tier, when --cv suggests a threshold:
#: false urgent on the medical look-alikes and, among them, on distress about scars without self-harm (all
#: writers together), on the non-medical questions, and on each group of everyday questions; and the crisis
#: line put first on urgent questions of another kind.
SELF_HARM_BUDGETS = {"medical": 0.03, "distress": 0.05, "nonmedical": 0.02, "everyday": 0.02, "crisis first": 0.02}
#: The kinds of look-alike a set names that are distress about scars without self-harm.
DISTRESS = ("distress", "mood")


def _reads(question: str) -> bool:
    return reads_self_harm(Question(question))


def train(rows: Sequence[Row], features: Features = FEATURES, penalty: float = PENALTY) -> Model:
    """A model over the full weight vector, trained on the questions the tier reads, its threshold the chosen one."""
    rows = [r for r in rows if _reads(r.question)]
    x = Matrix(rows, features)
    w, bias = fit(x, np.array([r.self_harm for r in rows]), penalty)
    weights = np.zeros(1 << features.bits, dtype=np.float32)
    weights[x.used] = w
    return Model(features, weights.astype(np.float16), round(bias, 6), THRESHOLD)


def final_model() -> Model:
    """The model to ship: every tuning set, the chosen settings."""
    return train(read_rows(sources()))


# Cross-validation ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Scored:
    """A held-out question: what the rules say, the body's tier's out-of-fold verdict and the self-harm score."""

    row: Row
    rules: bool
    rules_self_harm: bool
    body: bool
    score: float
    distress: bool = False
    """A look-alike its set calls distress about scars (DISTRESS)."""

    def before(self) -> bool:
        """Urgent without the self-harm tier."""
        return self.rules or self.body

    def urgent(self, threshold: float) -> bool:
        return self.before() or self.score > threshold

    def crisis_first(self, threshold: float) -> bool:
        return self.rules_self_harm or self.score > threshold

    def added(self, threshold: float) -> bool:
        """Made urgent by the self-harm tier alone."""
        return not self.before() and self.score > threshold


def out_of_fold(rows: Sequence[Row], held_out: Sequence[Row], settings: Sequence[tuple[Features, float]]
                ) -> list[list[Scored]]:
    """For each setting, each writer's questions scored by models (body and self-harm) trained on the others."""
    facts = {r.question: _rule_kinds(Question(r.question)) for r in [*rows, *held_out]}
    kinds = set_kinds()
    out: list[list[Scored]] = [[] for _ in settings]
    for group in dict.fromkeys(r.group for r in [*rows, *held_out]):
        others = [r for r in rows if r.group != group]
        body = train_body(others, BODY_FEATURES, BODY_PENALTY)
        models = [train(others, features, penalty) for features, penalty in settings]
        for r in (r for r in [*rows, *held_out] if r.group == group):
            q, found = Question(r.question), facts[r.question]
            by_body = readable(q, is_medical(r.question)) and body.score(q) > BODY_THRESHOLD
            for scored, model in zip(out, models):
                score = model.score(q) if reads_self_harm(q) else 0.0
                scored.append(Scored(r, found is not None, Kind.SELF_HARM in (found or ()), by_body, score,
                                     not r.urgent and kinds.get(r.question) in DISTRESS))
        print(f"  scored {group}", file=sys.stderr, flush=True)
    return out


def _is(role: str) -> Callable[[Scored], bool]:
    return lambda s: s.row.role == role and not s.row.urgent


def suggest(scored: Sequence[Scored]) -> float:
    """The lowest threshold within every budget of SELF_HARM_BUDGETS."""
    medical = [s for s in scored if _is("medical")(s)]
    distress = [s for s in scored if s.distress]
    nonmedical = [s for s in scored if _is("nonmedical")(s)]
    everyday: dict[str, list[Scored]] = {}
    for s in scored:
        if _is("question")(s):
            everyday.setdefault(s.row.group, []).append(s)
    other_urgent = [s for s in scored if s.row.urgent and not s.row.self_harm]

    def share(these: Sequence[Scored], hit: Callable[[Scored], bool]) -> float:
        return sum(map(hit, these)) / len(these) if these else 0.0

    def within(t: float) -> bool:
        added = lambda s: s.added(t)  # noqa: E731
        return (share(medical, added) <= SELF_HARM_BUDGETS["medical"]
                and share(distress, added) <= SELF_HARM_BUDGETS["distress"]
                and share(nonmedical, added) <= SELF_HARM_BUDGETS["nonmedical"]
                and all(share(g, added) <= SELF_HARM_BUDGETS["everyday"] for g in everyday.values())
                and share(other_urgent, lambda s: not s.rules_self_harm and s.score > t)
                <= SELF_HARM_BUDGETS["crisis first"])

    return next(t for t in sorted({round(s.score, 3) for s in scored if s.score} | {0.999}) if within(t))


def table(scored: Sequence[Scored]) -> list[str]:
    """Per held-out writer, at a threshold suggested without that writer: self-harm caught, the crisis line
    put first on other urgent questions, false urgent on medical, distress, non-medical and everyday
    questions; before the self-harm tier (rules and the body's tier) / with it."""
    lines = ["| held out | threshold | self-harm | caught | other urgent: crisis first | medical look-alikes"
             " | false urgent | of them distress | false urgent | non-medical | false urgent | everyday"
             " | false urgent |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    groups = list(dict.fromkeys(s.row.group for s in scored))
    chosen = {g: suggest([s for s in scored if s.row.group != g]) for g in groups}
    for group in [*groups, "all"]:
        mine = [s for s in scored if group in ("all", s.row.group)]

        def cell(these: list[Scored], hit: Callable[[Scored, float], bool], before: bool = True) -> list[str]:
            if not these:
                return ["0", "-"]
            after = sum(hit(s, chosen[s.row.group]) for s in these) / len(these)
            first = sum(s.before() for s in these) / len(these)
            return [str(len(these)), f"{first:.3f} / {after:.3f}" if before else f"{after:.3f}"]

        self_harm = [s for s in mine if s.row.self_harm]
        other = [s for s in mine if s.row.urgent and not s.row.self_harm]
        medical = [s for s in mine if _is("medical")(s)]
        distress = [s for s in medical if s.distress]
        threshold = f"{chosen[group]:.3f}" if group != "all" else "-"
        cells = [f"**{group}**" if group == "all" else group, threshold,
                 *cell(self_harm, Scored.urgent),
                 cell(other, Scored.crisis_first, before=False)[1],
                 *cell(medical, Scored.urgent), *cell(distress, Scored.urgent),
                 *cell([s for s in mine if _is("nonmedical")(s)], Scored.urgent),
                 *cell([s for s in mine if _is("question")(s)], Scored.urgent)]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def set_kinds() -> dict[str, str | None]:
    """The kind each phrasing set gives its questions ("distress", "figurative", ...)."""
    import json

    kinds: dict[str, str | None] = {}
    for paths in sources().values():
        for path in (p for p in paths if p.suffix == ".jsonl"):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    item = json.loads(line)
                    kinds[item["question"]] = item.get("kind")
    return kinds


#: What --cv compares: the chosen settings, then one change at a time.
GRID: list[tuple[Features, float]] = [
    (FEATURES, PENALTY),
    (FEATURES._replace(classes=0.0), PENALTY),
    (FEATURES._replace(bits=18), PENALTY),
    (FEATURES, 1e-4),
    (FEATURES, 1e-5),
]


def cross_validate(grid: Sequence[tuple[Features, float]]) -> None:
    rows = read_rows(sources())
    held_out = read_rows({g: tuple(p for p in paths if p.exists()) for g, paths in EVAL_ONLY.items()})
    for (features, penalty), scored in zip(grid, out_of_fold(rows, held_out, grid)):
        print(f"\n## {features} penalty={penalty}: threshold {suggest(scored)} on every writer")
        print("\n".join(table(scored)))
        sys.stdout.flush()


def main() -> None:
    args = mode(__doc__.splitlines()[0])
    if args.cv:
        cross_validate(GRID)
        return
    model = final_model()
    files = {PACKAGE / SELF_HARM_WEIGHTS_FILE: weights_bytes(model),
             PACKAGE / SELF_HARM_SETTINGS_FILE: settings_text(model, PENALTY, BY).encode()}
    write_or_check(files, args.check)


BY = "benchmarks/train_self_harm_model.py"

if __name__ == "__main__":
    main()
