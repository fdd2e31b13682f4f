"""scarfaq never needs downloaded nltk data: it must work offline on a machine that has none."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import nltk
import pytest

from scarfaq.answer import answer
from scarfaq.library import open_library
from tests.conftest import CORPUS


class DataLookup(AssertionError):
    """Raised instead of nltk's LookupError, so that no caller can swallow it."""


def test_indexing_and_answering_never_look_up_nltk_data(monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden(*args: object, **kwargs: object) -> None:
        raise DataLookup(f"nltk data was looked up: {args!r}")

    monkeypatch.setattr(nltk.data, "find", forbidden)
    monkeypatch.setattr(nltk.data, "load", forbidden)
    for name in ("word_tokenize", "sent_tokenize"):
        monkeypatch.setattr(nltk, name, forbidden)
        monkeypatch.setattr(nltk.tokenize, name, forbidden)
    library = open_library(CORPUS)
    for question in ("how do I get rid of acne pits", "contractubex price", "what is the capital of France"):
        answer(library, question)


@pytest.mark.slow
def test_a_one_shot_works_with_an_empty_nltk_data_path(tmp_path: Path) -> None:
    env = {**os.environ, "NLTK_DATA": str(tmp_path), "HOME": str(tmp_path), "SCARFAQ_CACHE_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "scarfaq", "ask", "subcision", "--corpus", str(CORPUS)],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "LookupError" not in result.stderr


def test_the_data_hungry_nltk_functions_really_fail_here() -> None:
    """Guards the two tests above: if data were installed, they would prove nothing."""
    if any(Path(p, "tokenizers", "punkt").exists() for p in nltk.data.path):
        pytest.skip("this machine has nltk's punkt data installed")
    with pytest.raises(LookupError):
        nltk.sent_tokenize("One. Two.")
