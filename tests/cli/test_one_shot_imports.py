"""What a one-shot loads: never Textual, and nltk only to stem a word the index's stems lack (stems.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import CORPUS

pytestmark = pytest.mark.slow

_REPORT = (
    "import json, sys\n"
    "from scarfaq.cli import main\n"
    "status = main(sys.argv[1:])\n"  # main, not the command's run(): that leaves the process at once
    "print(json.dumps([status, sorted({m.split('.')[0] for m in sys.modules})]))\n"
)


def _one_shot(cache: Path, *argv: str) -> tuple[int, set[str]]:
    """The exit status of `scarfaq ask ...` on the shipped corpus, and the top-level modules it loaded."""
    env = {**os.environ, "SCARFAQ_CACHE_DIR": str(cache)}
    result = subprocess.run([sys.executable, "-c", _REPORT, "ask", "--corpus", str(CORPUS), *argv],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    status, modules = json.loads(result.stdout.splitlines()[-1])
    return status, set(modules)


def test_a_one_shot_never_loads_textual_and_nltk_only_for_a_word_the_index_lacks(tmp_path: Path) -> None:
    status, first = _one_shot(tmp_path, "how do I get rid of acne pits")  # builds the index: stems every word
    assert status == 0 and "scarfaq" in first and "nltk" in first and "textual" not in first

    status, known = _one_shot(tmp_path, "how do I get rid of acne pits")
    assert status == 0 and "numpy" in known
    assert not {"nltk", "textual", "rank_bm25", "wordfreq"} & known

    status, unknown = _one_shot(tmp_path, "zorbulated acne pits")  # "zorbulated": no table has it
    assert status in (0, 1) and "nltk" in unknown and "textual" not in unknown
