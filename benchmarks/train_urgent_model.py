"""Train the learned urgent tier (scarfaq.safety.learned) on the tuning phrasing sets, or cross-validate it.

    python benchmarks/train_urgent_model.py            # write src/scarfaq/safety/urgent_model.{npy,json}
    python benchmarks/train_urgent_model.py --check    # retrain in memory; exit 1 if the shipped files differ
    python benchmarks/train_urgent_model.py --cv       # leave one writer out: the table behind the settings

A logistic regression with an L2 penalty over hashed features (learned.Features), fitted by L-BFGS in numpy
alone: the same sets and settings give the same file. Trained only on tuning sets (SOURCES); the held-out,
new and fresh sets are never read here. Settings and thresholds were chosen by --cv: each writer's files
are held out in turn, so the score says how the model does on a writer it never saw.
"""

from __future__ import annotations

import ast
import hashlib
import io
import json
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from scarfaq.safety import _rule_kinds
from scarfaq.safety.engine import Question
from scarfaq.safety.learned import SETTINGS_FILE, WEIGHTS_FILE, Features, Model, readable
from scarfaq.safety.medical import is_medical
from scarfaq.safety.names import Kind

sys.path.insert(0, str(Path(__file__).resolve().parent))
from training import mode, write_or_check  # noqa: E402  (a sibling module, not a package)

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "scarfaq" / "safety"

#: The tuning sets, by writer: a group is held out whole in cross-validation. Paths are relative to ROOT.
SOURCES: dict[str, tuple[str, ...]] = {
    "tune": ("benchmarks/safety/urgent_tune.jsonl", "benchmarks/safety/lookalike_tune.jsonl"),
    "extra": ("benchmarks/safety/extra/urgent_extra.jsonl", "benchmarks/safety/extra/lookalike_extra.jsonl"),
    "eye_other": ("benchmarks/safety/extra/urgent_eye_other.jsonl",
                  "benchmarks/safety/extra/lookalike_eye_other.jsonl"),
    "safety3": ("benchmarks/safety/extra/written_while_tuning_safety3.jsonl",),
    # Self-harm in indirect words and distress about scars without it (written blind for the self-harm tier).
    "selfharm_tune3": ("benchmarks/safety/extra/urgent_selfharm_tune3.jsonl",
                       "benchmarks/safety/extra/lookalike_selfharm_tune3.jsonl"),
    # A fourth blind writer: every kind of red flag, and look-alikes in six kinds (distress among them).
    "tune4": ("benchmarks/safety/extra/urgent_tune4.jsonl", "benchmarks/safety/extra/lookalike_tune4.jsonl"),
    # Things going wrong that are not a body's (a swollen laptop battery, a plant going black) and everyday
    # questions about people (a child who won't sleep): written for this tier by its implementer, because
    # the sets' non-medical questions were nearly all idioms.
    "nonmedical_problems": ("benchmarks/safety/extra/nonmedical_written_for_learned_tier.jsonl",),
    # Plain stories about one's scars and what one wants done ("i want them gone before my wedding"), the
    # commonest message to this bot, which the look-alike sets hardly hold: same writer, in two rounds.
    "plain_stories_1": ("benchmarks/safety/extra/plain_written_for_learned_tier_1.jsonl",),
    "plain_stories_2": ("benchmarks/safety/extra/plain_written_for_learned_tier_2.jsonl",),
    "phrasings_1": ("tests/data/safety_phrasings_1.jsonl",),
    "phrasings_2": ("tests/data/safety_phrasings_2.jsonl",),
    "phrasings_3": ("tests/data/safety_phrasings_3.jsonl",),
    "written_while_tuning": ("tests/data/safety_written_while_tuning.jsonl",),
    # The phrasings the safety tests ask about, labelled by what the rules say (which the tests assert).
    "test_modules": ("tests/test_safety.py", "tests/test_safety_broad.py", "tests/test_safety_families.py",
                     "tests/test_safety_notes.py", "tests/test_safety_typos.py", "tests/test_triage.py"),
    # The corpus's alternate questions (knowledge file): 2,187 everyday questions about scars, none urgent.
    "knowledge": ("corpus/.scarfaq/questions.txt",),
    "q_holdout": ("benchmarks/questions/holdout.jsonl",),
    "q_check2": ("benchmarks/questions/check2_2026-11-30.jsonl",),
    "q_check3": ("benchmarks/questions/check3_2026-11-30.jsonl",),
}
#: Read in cross-validation only, as one more unseen writer: it lives outside the repository
#: (../shared/eval), so training on it would make the shipped model impossible to rebuild from a clone.
EVAL_ONLY: dict[str, tuple[Path, ...]] = {"q_dev": (ROOT.parent / "shared" / "eval" / "dev.jsonl",)}

#: The chosen settings (by --cv). The lowest threshold within the budgets was 0.508 once the self-harm tuning
#: set joined; up to 0.55 rules and model together caught as much out of fold, and the final model scores
#: one of the tests' look-alikes 0.51 ("... swelling of my lips ... has gone down now"). With tune4 it is
#: 0.537; out of fold, every writer, rules and model together catch as much from 0.537 to 0.62 (0.972), and
#: false urgent falls (medical look-alikes 0.052 at 0.55, 0.047 at 0.6; everyday 0.012, 0.010): it ships at
#: 0.6, where an everyday question of the fresh question set that the final model scores 0.597 ("i treated
#: my acne myself with harsh stuff and now have marks everywhere ...") is not urgent.
FEATURES = Features()
PENALTY = 3e-5
THRESHOLD = 0.6
#: False urgent that --cv allows when it suggests a threshold: on medical look-alikes, rules and model
#: together; and added by the model on any one held-out group of everyday questions (a question set, the
#: knowledge file, a round of plain stories), where the look-alike budget alone let it flag one plain
#: story in seven.
MAX_FALSE_URGENT = 0.06
MAX_FALSE_EVERYDAY = 0.035


@dataclass(frozen=True)
class Row:
    """One training question: its label and what kind of question it is."""

    question: str
    urgent: bool
    role: str
    """"urgent", "medical" (a medical look-alike), "nonmedical", "test" (a test's look-alike), or "question"
    (an everyday question: the question sets', the knowledge file's, a plain story)."""
    group: str
    self_harm: bool = False
    """Urgent for thoughts of self-harm (as its set says, or else as the rules say): left out of training."""


def read_rows(groups: dict[str, Sequence[Path]]) -> list[Row]:
    """Every question of the groups' files, labelled."""
    rows = []
    for group, paths in groups.items():
        for path in paths:
            if path.suffix == ".py":
                rows.extend(_urgent_row(q, group) if urgent else Row(q, False, "test", group)
                            for q, urgent in tested(path))
                continue
            if path.suffix == ".txt":
                rows.extend(Row(q, False, "question", group) for q in alternate_questions(path))
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    rows.append(_row(json.loads(line), group))
    return rows


def tested(path: Path) -> list[tuple[str, bool]]:
    """The phrasings a test module asks about (its string literals of three words or more, but docstrings,
    patterns and several lines), each with what the rules alone say: urgent or not."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and ast.get_docstring(node)}
    phrasings = sorted({
        node.value for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
        and "\n" not in node.value and "\\" not in node.value and len(re.findall(r"[A-Za-z']+", node.value)) >= 3
    })
    return [(q, _rule_kinds(Question(q)) is not None) for q in phrasings]


def alternate_questions(path: Path) -> list[str]:
    """The questions of a knowledge file (README: a "> anchor" line, then one question a line)."""
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith(("#", ">"))]


def _row(item: dict, group: str) -> Row:
    if "urgent" not in item:  # a question set: answerable, out_of_scope or urgent
        urgent = item["kind"] == "urgent"
        return _urgent_row(item["question"], group) if urgent else Row(item["question"], False, "question", group)
    if item["urgent"]:
        return _urgent_row(item["question"], group, item.get("kind"))
    if item.get("kind") == "plain":  # an everyday question, not a look-alike
        return Row(item["question"], False, "question", group)
    # The early phrasing sets mark no "medical": their look-alikes are all about treatments.
    return Row(item["question"], False, "medical" if item.get("medical", True) else "nonmedical", group)


def _urgent_row(question: str, group: str, kind: str | None = None) -> Row:
    if kind is None:  # the set does not say: as the rules say
        self_harm = Kind.SELF_HARM in (_rule_kinds(Question(question)) or ())
    else:
        self_harm = kind in ("selfharm", "self_harm")
    return Row(question, True, "urgent", group, self_harm)


def sources() -> dict[str, tuple[Path, ...]]:
    return {group: tuple(ROOT / p for p in paths) for group, paths in SOURCES.items()}


def checksums() -> dict[str, str]:
    """sha256 of each training file (of a test module, of its phrasings), as stored in the settings file."""
    def digest(path: Path) -> str:
        data = json.dumps(tested(path)).encode() if path.suffix == ".py" else path.read_bytes()
        return hashlib.sha256(data).hexdigest()

    return {p: digest(ROOT / p) for paths in SOURCES.values() for p in paths}


class Matrix:
    """Questions as a sparse matrix (row index, compact column, value), built from cached token sets."""

    def __init__(self, rows: Sequence[Row], features: Features) -> None:
        row_ids, columns, values = [], [], []
        for r, row in enumerate(rows):
            for index, value in sorted(features.hash_tokens(_tokens(row.question, features)).items()):
                row_ids.append(r)
                columns.append(index)
                values.append(value)
        self.rows = np.array(row_ids, dtype=np.int64)
        self.used, self.columns = np.unique(np.array(columns, dtype=np.int64), return_inverse=True)
        self.values = np.array(values, dtype=np.float64)
        self.n = len(rows)

    def times(self, w: np.ndarray) -> np.ndarray:
        return np.bincount(self.rows, weights=w[self.columns] * self.values, minlength=self.n)

    def transposed_times(self, r: np.ndarray) -> np.ndarray:
        return np.bincount(self.columns, weights=self.values * r[self.rows], minlength=len(self.used))


_TOKENS: dict[tuple[str, tuple[int, ...], bool, bool], dict[str, set[str]]] = {}


def _tokens(question: str, features: Features) -> dict[str, set[str]]:
    key = (question, features.gram_sizes, bool(features.marked), bool(features.classes))
    if key not in _TOKENS:
        _TOKENS[key] = features.family_tokens(Question(question))
    return _TOKENS[key]


def fit(x: Matrix, y: np.ndarray, penalty: float, iterations: int = 400) -> tuple[np.ndarray, float]:
    """L2-penalised logistic regression, classes weighed equally, by L-BFGS: (weights over x.used, bias)."""
    weight = np.where(y, 0.5 / y.sum(), 0.5 / (~y).sum())

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:-1], theta[-1]
        z = x.times(w) + b
        value = float(np.sum(weight * np.where(y, np.logaddexp(0, -z), np.logaddexp(0, z))))
        value += penalty / 2 * float(w @ w)
        residual = weight * (1 / (1 + np.exp(-z)) - y)
        return value, np.append(x.transposed_times(residual) + penalty * w, residual.sum())

    theta = _lbfgs(loss, np.zeros(len(x.used) + 1), iterations)
    return theta[:-1], float(theta[-1])


Loss = Callable[[np.ndarray], tuple[float, np.ndarray]]


def _lbfgs(loss: Loss, theta: np.ndarray, iterations: int, memory: int = 10, tolerance: float = 1e-7) -> np.ndarray:
    """Minimise a smooth convex loss (value, gradient) by L-BFGS with a backtracking line search."""
    value, grad = loss(theta)
    steps: list[tuple[np.ndarray, np.ndarray, float]] = []
    for _ in range(iterations):
        if float(np.abs(grad).max()) < tolerance:
            break
        direction = -grad
        alphas = []
        for s, t, rho in reversed(steps):
            alpha = rho * float(s @ direction)
            direction = direction - alpha * t
            alphas.append(alpha)
        if steps:
            s, t, _ = steps[-1]
            direction = direction * (float(s @ t) / float(t @ t))
        for (s, t, rho), alpha in zip(steps, reversed(alphas)):
            direction = direction + s * (alpha - rho * float(t @ direction))
        step, slope = 1.0, float(grad @ direction)
        while True:
            candidate = theta + step * direction
            new_value, new_grad = loss(candidate)
            if new_value <= value + 1e-4 * step * slope or step < 1e-10:
                break
            step /= 2
        s, t = candidate - theta, new_grad - grad
        if float(s @ t) > 1e-12:
            steps = [*steps[-(memory - 1):], (s, t, 1 / float(s @ t))]
        theta, value, grad = candidate, new_value, new_grad
    return theta


def train(rows: Sequence[Row], features: Features, penalty: float) -> Model:
    """A model over the full weight vector, its threshold the chosen one. Self-harm is left to the rules:
    its words ("i want them gone", "i can't take it") are every wish to be rid of one's scars. With it, the
    budgets for false urgent (suggest) made the model so strict that, in cross-validation, it caught 11 of
    the 21 urgent questions the rules miss; without it, 17."""
    rows = [r for r in rows if not r.self_harm]
    x = Matrix(rows, features)
    w, bias = fit(x, np.array([r.urgent for r in rows]), penalty)
    weights = np.zeros(1 << features.bits, dtype=np.float32)
    weights[x.used] = w
    return Model(features, weights.astype(np.float16), round(bias, 6), THRESHOLD)


# Cross-validation ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Scored:
    """A held-out question: what the rules say, whether it is medical, and the model's out-of-fold score."""

    row: Row
    rules: bool
    medical: bool
    score: float


def _decide(s: Scored, threshold: float) -> bool:
    return s.rules or s.score > threshold


def out_of_fold(rows: Sequence[Row], held_out: Sequence[Row], features: Features, penalty: float,
                facts: dict[str, tuple[bool, bool]]) -> list[Scored]:
    """Each writer's questions scored by a model trained on every other writer's."""
    scored = []
    for group in dict.fromkeys(r.group for r in [*rows, *held_out]):
        model = train([r for r in rows if r.group != group], features, penalty)
        for r in (r for r in [*rows, *held_out] if r.group == group):
            q, (rules, medical) = Question(r.question), facts[r.question]
            scored.append(Scored(r, rules, medical, model.score(q) if readable(q, medical) else 0.0))
    return scored


def suggest(scored: Sequence[Scored]) -> float:
    """The lowest threshold within both budgets: MAX_FALSE_URGENT on the medical look-alikes (rules and model
    together), MAX_FALSE_EVERYDAY added by the model on each held-out group of everyday questions."""
    medical = [s for s in scored if s.row.role == "medical"]
    everyday: dict[str, list[Scored]] = {}
    for s in scored:
        if s.row.role == "question" and not s.rules:
            everyday.setdefault(s.row.group, []).append(s)

    def within(t: float) -> bool:
        return sum(_decide(s, t) for s in medical) <= MAX_FALSE_URGENT * len(medical) and all(
            sum(s.score > t for s in group) <= MAX_FALSE_EVERYDAY * len(group) for group in everyday.values())

    return next(t for t in sorted({round(s.score, 3) for s in scored if s.score} | {0.999}) if within(t))


def table(scored: Sequence[Scored], threshold: float) -> list[str]:
    """Per held-out writer: urgent caught (rules, model alone, both) and false urgent (rules, both)."""
    lines = ["| held out | urgent | rules | model | rules + model | medical look-alikes | rules | rules + model"
             " | non-medical | rules + model | tests' look-alikes | rules + model | everyday questions | rules"
             " | rules + model |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    groups = [*dict.fromkeys(s.row.group for s in scored), "all"]
    for group in groups:
        mine = [s for s in scored if group in ("all", s.row.group)]
        cells = [f"**{group}**" if group == "all" else group]
        for role, columns in (("urgent", ("rules", "model", "both")), ("medical", ("rules", "both")),
                              ("nonmedical", ("both",)), ("test", ("both",)), ("question", ("rules", "both"))):
            these = [s for s in mine if s.row.role == role]
            cells.append(str(len(these)))
            for column in columns:
                hits = [s.rules if column == "rules" else s.score > threshold if column == "model" else
                        _decide(s, threshold) for s in these]
                cells.append(f"{sum(hits) / len(these):.3f}" if these else "-")
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def facts_of(rows: Sequence[Row]) -> dict[str, tuple[bool, bool]]:
    """For each question: whether the rules make it urgent, and whether it is medical."""
    return {r.question: (_rule_kinds(Question(r.question)) is not None, is_medical(r.question)) for r in rows}


def cross_validate(grid: Sequence[tuple[Features, float]]) -> None:
    """For each setting: the thresholds it suggests and the table at those thresholds."""
    rows = read_rows(sources())
    held_out = read_rows({g: tuple(p for p in paths if p.exists()) for g, paths in EVAL_ONLY.items()})
    facts = facts_of([*rows, *held_out])
    for features, penalty in grid:
        scored = out_of_fold(rows, held_out, features, penalty, facts)
        threshold = suggest(scored)
        urgent = [s for s in scored if s.row.role == "urgent"]
        print(f"\n## {features} penalty={penalty}: threshold {threshold}; model alone catches"
              f" {sum(s.score > threshold for s in urgent) / len(urgent):.3f}")
        print("\n".join(table(scored, threshold)))
        sys.stdout.flush()


# Training ------------------------------------------------------------------------------------------------

def final_model() -> Model:
    """The model to ship: every tuning set, the chosen settings."""
    return train(read_rows(sources()), FEATURES, PENALTY)


def settings_text(model: Model, penalty: float = PENALTY, by: str = "benchmarks/train_urgent_model.py") -> str:
    content = {"features": model.features.to_json(), "bias": model.bias, "threshold": model.threshold,
               "penalty": penalty, "trained_on": checksums(), "trained_by": by}
    return json.dumps(content, indent=1, sort_keys=True) + "\n"


def weights_bytes(model: Model) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, model.weights, allow_pickle=False)
    return buffer.getvalue()


#: What --cv compares: the chosen settings, then one change at a time.
GRID: list[tuple[Features, float]] = [
    (FEATURES, PENALTY),
    *((FEATURES, penalty) for penalty in (1e-5, 1e-4, 1e-3, 1e-2)),
    (FEATURES._replace(grams=0), PENALTY),
    (FEATURES._replace(grams=2.0), PENALTY),
    (FEATURES._replace(pairs=0), PENALTY),
    (FEATURES._replace(marked=0), PENALTY),
    (FEATURES._replace(gram_sizes=(3, 4)), PENALTY),
    (FEATURES._replace(bits=16), PENALTY),
]


def main() -> None:
    args = mode(__doc__.splitlines()[0])
    if args.cv:
        cross_validate(GRID)
        return
    model = final_model()
    files = {PACKAGE / WEIGHTS_FILE: weights_bytes(model), PACKAGE / SETTINGS_FILE: settings_text(model).encode()}
    write_or_check(files, args.check)


if __name__ == "__main__":
    main()
