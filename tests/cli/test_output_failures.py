"""When stdout cannot take the output: a full disk or a closed stdout is one line on stderr and exit 2 (never 0
or 1, which say answered and no match); a record is written whole or not at all, so a batch cut short by a
full disk or by Ctrl-C never leaves half a JSON line; a reader that goes away changes no exit status."""

from __future__ import annotations

import contextlib
import json
import os
import re
import resource
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from scarfaq import output
from tests.cli.test_bad_input import DOCS, run
from tests.conftest import write_corpus

pytestmark = pytest.mark.slow
FULL = "scarfaq: error: cannot write the output: No space left on device\n"
QUESTIONS = [f"{q} {n}" for n in range(40) for q in ("silicone gel", "zzqx", "laser redness", "{bad")]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = write_corpus(tmp_path / "docs", DOCS)
    assert run("index", "--corpus", str(folder)).returncode == 0  # later runs write nothing but their output
    return folder


def shell(
    command: str, corpus: Path, stdin: bytes | None = None, stdout: int = subprocess.PIPE
) -> subprocess.CompletedProcess:
    """The command through a shell, as a user types it (`scarfaq` is `python -m scarfaq`)."""
    scarfaq = f"{sys.executable} -m scarfaq"
    return subprocess.run(
        ["sh", "-c", command.replace("scarfaq", scarfaq).replace("CORPUS", str(corpus))],
        input=stdin, stdout=stdout, stderr=subprocess.PIPE, timeout=120,
    )


@pytest.mark.parametrize(
    "command",
    ["scarfaq ask silicone gel --corpus CORPUS", "scarfaq ask zzqx --corpus CORPUS --json",
     "scarfaq sources --corpus CORPUS", "scarfaq sources --json --corpus CORPUS", "scarfaq index --corpus CORPUS",
     "scarfaq ask --batch - --corpus CORPUS", "scarfaq ask --batch - --json --corpus CORPUS",
     "scarfaq --help", "scarfaq ask --help", "scarfaq --version"],
)
def test_a_full_disk_is_one_line_and_exit_2(corpus: Path, command: str) -> None:
    result = shell(f"{command} > /dev/full", corpus, stdin=b"silicone gel\nzzqx\n")
    assert (result.returncode, result.stderr.decode()) == (2, FULL)


def test_eval_into_a_full_disk_is_exit_2(corpus: Path, tmp_path: Path) -> None:
    questions = tmp_path / "set.jsonl"
    questions.write_text('{"kind": "out_of_scope", "question": "zzqx"}\n')
    result = shell(f"scarfaq eval {questions} --corpus CORPUS > /dev/full", corpus)
    assert (result.returncode, result.stderr.decode()) == (2, FULL)


def records(text: str, json_lines: bool) -> list[str]:
    """A batch's output split into its records, each with its line ends."""
    if json_lines:
        return text.splitlines(keepends=True)
    return [record for record in re.split(r"(?m)^(?=── \d+\. )", text) if record]


@pytest.mark.parametrize("json_lines", [True, False], ids=["json", "plain"])
def test_a_batch_into_a_disk_that_fills_up_keeps_whole_records_only(
    corpus: Path, tmp_path: Path, json_lines: bool
) -> None:
    stdin = "\n".join(QUESTIONS).encode() + b"\n"
    mode = ["--json"] if json_lines else []
    full = run("ask", "--batch", "-", *mode, "--corpus", str(corpus), stdin=stdin)
    assert full.returncode == 0 and len(records(full.stdout.decode(), json_lines)) == len(QUESTIONS)
    limit = len(full.stdout) // 3 + 17  # a record is cut part way: the disk fills up inside it
    target = tmp_path / "out.txt"
    with target.open("wb") as stdout:
        cut = subprocess.run(
            [sys.executable, "-m", "scarfaq", "ask", "--batch", "-", *mode, "--corpus", str(corpus)],
            input=stdin, stdout=stdout, stderr=subprocess.PIPE, timeout=120,
            preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit)),
        )
    assert cut.returncode == 2 and cut.stderr.decode() == "scarfaq: error: cannot write the output: File too large\n"
    written = target.read_bytes().decode()
    kept = records(written, json_lines)
    assert 0 < len(kept) < len(QUESTIONS) and written == "".join(kept)
    assert kept == records(full.stdout.decode(), json_lines)[: len(kept)]
    if json_lines:
        assert all(json.loads(line) for line in kept)


def _feed(stdin, data: bytes) -> None:
    """Write a batch's lines, and leave stdin open: the batch cannot come to its end before Ctrl-C."""
    try:
        stdin.write(data)
        stdin.flush()
    except OSError:  # the batch was stopped while lines were still being written
        pass


def test_ctrl_c_during_a_batch_leaves_whole_lines_and_exit_130(corpus: Path, tmp_path: Path) -> None:
    """Ctrl-C part way through a batch. Its input stays open until the process has ended, so a batch
    answered faster than the delay (a small corpus: a fraction of a millisecond a line) ends waiting for
    its next line, still a batch that Ctrl-C stops, never one that ran to its end."""
    target, errors = tmp_path / "out.jsonl", tmp_path / "err.txt"
    for delay in (0.0, 0.05, 0.2):
        with target.open("wb") as stdout, errors.open("wb") as stderr:
            process = subprocess.Popen(
                [sys.executable, "-m", "scarfaq", "ask", "--batch", "-", "--json", "--top-k", "5", "--corpus",
                 str(corpus)], stdin=subprocess.PIPE, stdout=stdout, stderr=stderr,
            )
            feeder = threading.Thread(target=_feed, args=(process.stdin, ("\n".join(QUESTIONS * 20) + "\n").encode()))
            feeder.start()
            while target.stat().st_size == 0:  # answering has begun
                time.sleep(0.01)
            time.sleep(delay)
            process.send_signal(signal.SIGINT)
            process.wait(timeout=60)
            feeder.join()
            with contextlib.suppress(OSError):  # (what the batch never read)
                process.stdin.close()
        assert process.returncode == 130 and b"Traceback" not in errors.read_bytes()
        written = target.read_text()
        assert written.endswith("\n") and all(json.loads(line) for line in written.splitlines())


def test_ctrl_c_waits_until_the_record_is_written(tmp_path: Path) -> None:
    path = tmp_path / "out"
    with path.open("wb") as file:
        with pytest.raises(KeyboardInterrupt):
            with output._signals_held():
                os.kill(os.getpid(), signal.SIGINT)
                os.write(file.fileno(), b"a whole record\n")
    assert path.read_bytes() == b"a whole record\n"


def test_ctrl_c_that_reaches_another_thread_still_waits_until_the_record_is_written(tmp_path: Path) -> None:
    """A process has other threads (NumPy's BLAS workers); Ctrl-C may reach one of them, and Python then
    interrupts the main thread at its next step."""
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    path = tmp_path / "out"
    try:
        with path.open("wb") as file:
            with pytest.raises(KeyboardInterrupt):
                with output._signals_held():
                    signal.pthread_kill(other.ident, signal.SIGINT)  # type: ignore[arg-type]
                    time.sleep(0.05)
                    os.write(file.fileno(), b"a whole record\n")
    finally:
        stop.set()
        other.join()
    assert path.read_bytes() == b"a whole record\n"


@pytest.mark.parametrize(
    "command, status",
    [("scarfaq ask silicone gel --corpus CORPUS", 0), ("scarfaq ask zzqx --corpus CORPUS", 1),
     ("scarfaq ask zzqx --json --corpus CORPUS", 1), ("scarfaq sources --corpus CORPUS", 0),
     ("scarfaq ask --batch - --json --corpus CORPUS", 0)],
)
def test_a_reader_that_goes_away_changes_no_exit_status(corpus: Path, command: str, status: int) -> None:
    """`| head -1` that has already gone: the answer's own status, nothing on stderr."""
    read, write = os.pipe()
    os.close(read)  # the reader is gone before anything is written
    try:
        result = shell(command, corpus, stdin=("\n".join(QUESTIONS) + "\n").encode(), stdout=write)
    finally:
        os.close(write)
    assert (result.returncode, result.stderr) == (status, b"")


@pytest.mark.parametrize(
    "redirect, status, err",
    [(">&-", 2, "scarfaq: error: cannot write the output: standard output is closed\n"),
     (">&- 2>&-", 2, ""), ("2>&-", 0, None), ("2>/dev/full", 0, None)],
)
def test_closed_or_full_streams_never_crash(corpus: Path, redirect: str, status: int, err: str | None) -> None:
    (corpus / "binary.txt").write_bytes(b"\x00\x01")  # a warning to write
    result = shell(f"scarfaq ask silicone gel --corpus CORPUS {redirect}", corpus)
    assert result.returncode == status and b"Traceback" not in (result.stdout or b"") + result.stderr
    if err is not None:
        assert result.stderr.decode() == err
    else:
        assert b"Silicone gel flattens" in result.stdout


def test_a_closed_stdin_for_a_batch_is_exit_2(corpus: Path) -> None:
    result = shell("scarfaq ask --batch - --corpus CORPUS <&-", corpus)
    assert result.returncode == 2
    assert result.stderr.decode() == "scarfaq: error: cannot read the batch from standard input: it is closed\n"


def test_an_index_build_with_a_full_stderr_still_prints_its_figures(corpus: Path) -> None:
    result = shell("scarfaq index --rebuild --corpus CORPUS 2>/dev/full", corpus)
    assert result.returncode == 0 and result.stdout.startswith(b"corpus:")


def test_output_in_a_narrow_encoding_is_replaced_not_a_traceback(corpus: Path) -> None:
    result = run("ask", "silicone gel \u2603", "--corpus", str(corpus), env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0 and b"Silicone gel flattens" in result.stdout and result.stderr == b""


#: A batch run whose third question drops a Ctrl-C: the signal is sent from a finalizer, so Python raises
#: KeyboardInterrupt inside it, reports it ("Exception ignored in ...") and carries on.
_CTRL_C_IN_A_FINALIZER = """
import os, signal, sys
import scarfaq.answer
from scarfaq.cli import main

real, asked = scarfaq.answer.answer, []


class Finalized:
    def __del__(self):
        os.kill(os.getpid(), signal.SIGINT)
        sum(range(1000))  # Python runs the signal's handler here, inside the finalizer


def answer(*args, **kwargs):
    asked.append(args[1])
    if len(asked) == 3:
        Finalized()
    return real(*args, **kwargs)


scarfaq.answer.answer = answer
sys.exit(main(sys.argv[1:]))
"""


def test_a_ctrl_c_that_python_drops_in_a_finalizer_still_stops_the_batch(corpus: Path, tmp_path: Path) -> None:
    """CI once saw a batch run to its end after Ctrl-C: an interrupt raised while Python runs a finalizer is
    dropped. The batch notes Ctrl-C itself, and stops after the record it was writing (exit 130)."""
    batch = tmp_path / "batch.txt"
    batch.write_text("\n".join(QUESTIONS) + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", _CTRL_C_IN_A_FINALIZER, "ask", "--batch", str(batch), "--json", "--corpus", str(corpus)],
        capture_output=True, timeout=120,
    )
    assert b"KeyboardInterrupt" in done.stderr  # Python did drop it
    assert done.returncode == 130
    lines = done.stdout.decode().splitlines()
    assert len(lines) == 3 and all(json.loads(line) for line in lines)
