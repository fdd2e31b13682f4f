"""A plain `pip install .` into a fresh venv gives a working `scarfaq`, from any directory."""

from __future__ import annotations

import json
import os
import subprocess
import venv
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=True).create(target)
    python = target / "bin" / "python"
    result = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(ROOT)],
        capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return target


def test_the_installed_command_answers_from_the_shipped_corpus(installed: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "SCARFAQ_CORPUS")}
    env["SCARFAQ_CACHE_DIR"] = str(tmp_path / "cache")
    result = subprocess.run(
        [str(installed / "bin" / "scarfaq"), "ask", "how do I get rid of acne pits", "--json"],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["answered"] and data["passages"]
    shipped = {p.name: p.read_bytes() for p in (ROOT / "corpus").glob("*.txt")}
    for passage in data["passages"]:
        text = shipped[passage["source"]].decode("utf-8")
        assert text[passage["start"] : passage["end"]] == passage["text"]


def test_the_installed_package_ships_the_corpus_its_synonyms_and_its_profile(installed: Path) -> None:
    code = ("import scarfaq.corpus as c, pathlib; d = c.default_corpus_dir(); "
            "print(sorted(p.name for p in d.glob('*.txt'))); print((d / '.scarfaq' / 'synonyms.txt').is_file()); "
            "print((d / '.scarfaq' / 'corpus.toml').is_file()); print(d)")
    result = subprocess.run([str(installed / "bin" / "python"), "-c", code], capture_output=True, text=True,
                            cwd="/", timeout=120)
    names, has_synonyms, has_profile, where = result.stdout.splitlines()
    assert eval(names) == sorted(p.name for p in (ROOT / "corpus").glob("*.txt"))
    assert has_synonyms == "True" and has_profile == "True"
    assert where.startswith(str(installed)) and "site-packages" in where
