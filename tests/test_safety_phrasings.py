"""Three sets of phrasings written blind (by people who never saw the rules), half urgent, half look-alikes.

They first measured the rules (79%, 52% and 82% of the urgent ones caught by the phrase rules alone) and
then guided the second net's word classes; they stay here so that no later change loses what they taught.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scarfaq.safety import Level, assess

DATA = Path(__file__).parent / "data"
PHRASINGS = [
    pytest.param(item["question"], item["urgent"], id=f"{path.stem}:{number}")
    for path in sorted(DATA.glob("safety_phrasings_*.jsonl"))
    for number, item in enumerate(map(json.loads, path.read_text(encoding="utf-8").splitlines()), 1)
]


@pytest.mark.parametrize(("question", "urgent"), PHRASINGS)
def test_blind_phrasings_get_the_right_level(question: str, urgent: bool) -> None:
    assert (assess(question).level is Level.URGENT) is urgent, question


# Phrasings written by the implementer while widening the rules for issue 10, in words chosen to differ
# from the blind tune sets. Not blind (their author knew the rules): a regression set, not a measure.
WRITTEN_WHILE_TUNING = [
    pytest.param(item, id=f"tuning:{number}")
    for number, item in enumerate(
        map(json.loads, (DATA / "safety_written_while_tuning.jsonl").read_text(encoding="utf-8").splitlines()), 1
    )
]


@pytest.mark.parametrize("item", WRITTEN_WHILE_TUNING)
def test_phrasings_written_while_tuning_get_the_right_level(item: dict) -> None:
    level = assess(item["question"]).level
    if item["urgent"]:
        assert level is Level.URGENT, item["question"]
    else:
        assert level is (Level.MEDICAL if item["medical"] else Level.NONE), item["question"]
