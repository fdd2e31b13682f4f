"""`ask --batch` on input without end: a line longer than the limit is an error object in its place, read
without being kept, so `/dev/zero` or a 10 MB question costs no more memory than a short line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scarfaq.lines import MAX_LINE_BYTES
from tests.cli.test_bad_input import DOCS, run
from tests.conftest import write_corpus

#: Runs the command and reports its peak memory (KiB) on stderr's last line.
MEASURED = (
    "import resource, sys; from scarfaq.cli import main; code = main(sys.argv[1:]); "
    "sys.stdout.flush(); print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr); sys.exit(code)"
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "docs", DOCS)


def measured(*args: str) -> tuple[list[dict], int]:
    result = subprocess.run([sys.executable, "-c", MEASURED, *args], capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    peak = int(result.stderr.decode().splitlines()[-1])
    return [json.loads(line) for line in result.stdout.decode().splitlines()], peak


@pytest.mark.slow
def test_a_200_mb_line_is_skipped_in_bounded_memory(corpus: Path, tmp_path: Path) -> None:
    small, huge = tmp_path / "small.txt", tmp_path / "huge.txt"
    small.write_bytes(b"laser\nsilicone gel\n")
    with huge.open("wb") as file:
        file.write(b"laser\n")
        file.truncate(200_000_000)  # 200 MB of NUL bytes without a line end, as from /dev/zero
        file.seek(0, os.SEEK_END)
        file.write(b"\nsilicone gel\n")
    _, baseline = measured("ask", "--batch", str(small), "--json", "--corpus", str(corpus))
    items, peak = measured("ask", "--batch", str(huge), "--json", "--corpus", str(corpus))
    assert len(items) == 3 and items[0]["answered"] and items[2]["answered"]
    assert items[1] == {"error": f"line 2 is longer than {MAX_LINE_BYTES:,} bytes", "line": 2, "answered": False,
                        "passages": []}
    assert peak - baseline < 3 * MAX_LINE_BYTES // 1024 + 20_000  # KiB: a few lines' worth, not 200 MB


@pytest.mark.slow
def test_dev_zero_gets_its_error_at_once_and_does_not_grow(corpus: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "scarfaq", "ask", "--batch", "/dev/zero", "--json", "--corpus", str(corpus)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        first = json.loads(process.stdout.readline())
        assert first["error"] == f"line 1 is longer than {MAX_LINE_BYTES:,} bytes"

        def resident() -> int:
            status = Path(f"/proc/{process.pid}/status").read_text()
            return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))

        before = resident()
        time.sleep(2)  # gigabytes of zeros go by meanwhile
        assert resident() - before < 20_000  # KiB
    finally:
        process.kill()
        process.communicate()


@pytest.mark.slow
def test_long_lines_under_the_limit_are_answered_and_over_it_are_errors(corpus: Path) -> None:
    under = b"silicone gel " * ((MAX_LINE_BYTES - 100) // 13)
    over = b"silicone gel " * (10_000_000 // 13)  # a 10 MB question
    huge_number = b'{"question": "silicone gel", "n": ' + b"9" * 5000 + b"}"
    stdin = b"\n".join([under, over, huge_number, b"silicone gel"]) + b"\n"
    result = run("ask", "--batch", "-", "--json", "--corpus", str(corpus), stdin=stdin)
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    items = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [("error" in item) for item in items] == [False, True, True, False]
    assert items[0]["notices"] == ["Your question was shortened to its first 2,000 characters."]
    assert "longer than" in items[1]["error"] and "not valid JSON" in items[2]["error"]
