"""The safety triage measured on blind phrasing sets: urgent caught, false urgent, medical noted.

    python benchmarks/safety_sets.py [SET.jsonl ...] [--misses]

Defaults to the tune halves in benchmarks/safety/ (urgent_tune.jsonl, lookalike_tune.jsonl). Each line is
{"question": ..., "urgent": true|false, "medical": true|false (look-alikes only), "kind": ...}. Every
question is assessed alone (no history, no corpus), as the first turn of a conversation is.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from scarfaq.safety import Level, assess

HERE = Path(__file__).resolve().parent / "safety"
TUNE_SETS = [HERE / "urgent_tune.jsonl", HERE / "lookalike_tune.jsonl"]


def measure(rows: list[dict], show_misses: bool) -> dict[str, str]:
    """The four figures (as 'share (count/total)'), and optionally every miss printed by kind."""
    urgent = [r for r in rows if r["urgent"]]
    medical = [r for r in rows if not r["urgent"] and r.get("medical")]
    nonmedical = [r for r in rows if not r["urgent"] and r.get("medical") is False]
    levels = {r["question"]: assess(r["question"]).level for r in rows}
    misses = {
        "urgent not caught": [r for r in urgent if levels[r["question"]] is not Level.URGENT],
        "look-alike made urgent": [r for r in medical + nonmedical if levels[r["question"]] is Level.URGENT],
        "medical look-alike without a note": [r for r in medical if levels[r["question"]] is Level.NONE],
        "non-medical with a note": [r for r in nonmedical if levels[r["question"]] is not Level.NONE],
    }
    if show_misses:
        for title, missed in misses.items():
            print(f"\n## {title} ({len(missed)})")
            for r in sorted(missed, key=lambda r: r["kind"]):
                print(f"  [{r['kind']}] {r['question']}  -> {levels[r['question']].value}")

    def share(good: int, total: int) -> str:
        return f"{good / total:.3f} ({good}/{total})" if total else "-"

    return {
        "urgent caught": share(len(urgent) - len(misses["urgent not caught"]), len(urgent)),
        "false urgent, medical look-alikes": share(
            sum(levels[r["question"]] is Level.URGENT for r in medical), len(medical)),
        "false urgent, all look-alikes": share(len(misses["look-alike made urgent"]), len(medical) + len(nonmedical)),
        "medical noted": share(len(medical) - len(misses["medical look-alike without a note"]), len(medical)),
        "none on non-medical": share(len(nonmedical) - len(misses["non-medical with a note"]), len(nonmedical)),
        "missed urgent by kind": ", ".join(f"{k} {n}" for k, n in
                                           Counter(r["kind"] for r in misses["urgent not caught"]).most_common()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path, default=TUNE_SETS)
    parser.add_argument("--misses", action="store_true", help="print every miss")
    args = parser.parse_args()
    rows = [json.loads(line) for path in args.sets for line in path.read_text(encoding="utf-8").splitlines() if line]
    for name, value in measure(rows, args.misses).items():
        print(f"{name:36} {value}")


if __name__ == "__main__":
    main()
