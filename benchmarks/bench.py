"""scarfaq's speed at scale against bm25s, like for like, measured in one run (see benchmarks/README.md).

    .venv/bin/python benchmarks/bench.py [--sizes 1000 10000 100000] [--million] [--repeats 7]

Prints the tables and writes everything to benchmarks/results/bench-<time>.json. Absolute times depend on
the machine and on what else runs on it; compare the ratios, which are measured within the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from corpora import generate  # noqa: E402

PYTHON = sys.executable
SCARFAQ = str(Path(PYTHON).with_name("scarfaq"))
QUESTION = "how do I get rid of acne pits"
#: The same with a typo no table of stems holds (stems.py): its one-shot loads nltk's stemmer.
QUESTION_UNKNOWN_WORD = "how do I get rid of acne pitz"
QUESTION_SETS = [*sorted((HERE / "questions").glob("*.jsonl")), ROOT.parent / "shared" / "eval" / "dev.jsonl"]

#: Fresh process: build (or load) the index, report time, peak memory and sizes as JSON. The peak memory is
#: this process's and, when the documents were cut by worker processes too (chunk_workers.py), each worker's,
#: read from /proc just before it is stopped (VmHWM: RUSAGE_CHILDREN would count the building process's own
#: peak at the moment the worker was started, which a child's peak includes until it execs).
_BUILD = """
import json, resource, sys, time
from pathlib import Path
import scarfaq.chunk_workers
import scarfaq.library
worker_peaks = []
def stop(worker, stop=scarfaq.chunk_workers._Worker.stop):
    try:
        with open(f"/proc/{worker.process.pid}/status") as status:
            worker_peaks.extend(int(line.split()[1]) / 1024 for line in status if line.startswith("VmHWM"))
    except OSError:
        pass
    stop(worker)
scarfaq.chunk_workers._Worker.stop = stop
from scarfaq.library import load_library
from scarfaq.progress import BuildProgress
reading = []
def timed(root, *args, read=scarfaq.library.load_corpus):  # reading and decoding the documents, timed apart
    begun = time.perf_counter()
    corpus = read(root, *args)
    reading.append(time.perf_counter() - begun)
    return corpus
scarfaq.library.load_corpus = timed
started = time.perf_counter()  # the work, not the imports (nltk, NumPy), as on the bm25s side
with BuildProgress(always=sys.argv[2] == "rebuild") as progress:
    library, status = load_library(Path(sys.argv[1]), progress, rebuild=sys.argv[2] == "rebuild")
seconds = time.perf_counter() - started
if len(sys.argv) > 3:  # the passages' texts, for bm25s to index the very same passages
    with open(sys.argv[3], "w", encoding="utf-8") as out:
        for passage in library.passages:
            out.write(json.dumps(passage.text) + "\\n")
from scarfaq.cache_files import folder_size
print(json.dumps({
    "seconds": seconds, "reused": status.reused, "reading_seconds": reading[0],
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "workers": len(worker_peaks), "workers_peak_mb": sum(worker_peaks),
    "passages": len(library.passages), "terms": len(library.index.vocabulary),
    "documents": len(library.documents), "cache_bytes": folder_size(status.path) if status.path else 0,
}))
"""

#: Fresh process: bm25s tokenize + index of the same passages' texts (its defaults), saved for retrieval.
_BM25S_BUILD = """
import json, resource, sys, time
texts = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
import bm25s
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
started = time.perf_counter()
retriever = bm25s.BM25()
retriever.index(bm25s.tokenize(texts, show_progress=False), show_progress=False)
seconds = time.perf_counter() - started
retriever.save(sys.argv[2])
print(json.dumps({"seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "texts_mb": before}))
"""

#: The end of both per-question scripts: `ask` each of the batch lines `asked`; the first half warms up, the
#: second is timed, `sys.argv[3]` rounds, the median round per question.
_TIMED_ROUNDS = """
half = len(asked) // 2
for item in asked[:half]:
    ask(item)
rounds = []
for _ in range(int(sys.argv[3])):
    started = time.perf_counter()
    for item in asked[half:]:
        ask(item)
    rounds.append((time.perf_counter() - started) / (len(asked) - half))
print(json.dumps({"per_question": statistics.median(rounds), "questions": len(asked)}))
"""

#: Fresh process: bm25s per question, tokenize + retrieve (defaults but no progress bars), index memory-mapped.
_BM25S_ASK = """
import json, statistics, sys, time
import bm25s
retriever = bm25s.BM25.load(sys.argv[1], mmap=True, show_progress=False)
asked = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8")]
def ask(item):
    return retriever.retrieve(bm25s.tokenize(item["question"], show_progress=False), show_progress=False)
""" + _TIMED_ROUNDS

#: Fresh process: scarfaq per question in process, timed as bm25s is: what `ask --batch --json` does with each
#: line (answer, the JSON record, written) with the library loaded (safety patterns are compiled on first use,
#: in the warm-up half or the first round).
_SCARFAQ_ASK = """
import json, os, statistics, sys, time
from pathlib import Path
from scarfaq.answer import answer
from scarfaq.answer_json import answer_to_dict
from scarfaq.library import open_library
from scarfaq.terminal_text import json_line
library = open_library(Path(sys.argv[1]))
asked = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8")]
out = open(os.devnull, "w", encoding="utf-8")
def ask(item):
    out.write(json_line(answer_to_dict(answer(library, item["question"], item["history"]))) + "\\n")
""" + _TIMED_ROUNDS


def _wall(command: list[str], env: dict[str, str], stdin: bytes = b"") -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def _json_run(command: list[str], env: dict[str, str]) -> dict:
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def one_shot(env: dict[str, str], repeats: int, pycache: Path) -> dict:
    """`scarfaq ask` on the shipped corpus (cache warm) against `import nltk, rank_bm25`, interleaved: a
    question whose words the index's stems hold, and one with a word they lack (nltk is loaded for it).

    Both run with cached bytecode, as an installed package does (pip compiles it when installing); the
    bytecode goes to `pycache` (PYTHONPYCACHEPREFIX), so the source tree is left alone.
    """
    env = {**{k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}, "PYTHONPYCACHEPREFIX": str(pycache)}
    commands = {
        "ask": [SCARFAQ, "ask", QUESTION],
        "ask_unknown": [SCARFAQ, "ask", QUESTION_UNKNOWN_WORD],
        "floor": [PYTHON, "-c", "import nltk, rank_bm25"],
        "python": [PYTHON, "-c", "pass"],
    }
    subprocess.run(commands["ask"], env=env, stdout=subprocess.DEVNULL, check=True)  # warm the cache and the OS
    for command in commands.values():  # and write the bytecode
        _wall(command, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeats):
        for name, command in commands.items():
            times[name].append(_wall(command, env))
    medians = {name: statistics.median(values) for name, values in times.items()}
    medians["ratio"] = medians["ask"] / medians["floor"]
    medians["ratio_unknown"] = medians["ask_unknown"] / medians["floor"]
    return medians


#: A minimal Textual app: one input box, with the placeholder the chat's question box starts with.
_MINIMAL_APP = """
from textual.app import App
from textual.widgets import Input

class Minimal(App):
    def compose(self):
        yield Input(placeholder="Ask a question about these documents")

Minimal().run()
"""
#: What the screen shows once the box is drawn, and once an answer is (its first quote's `file:lines`).
_INPUT_DRAWN = re.compile(rb"Ask a question about")
_ANSWER_SHOWN = re.compile(rb"\.txt:\d+-\d+")
#: Terminal control sequences (CSI, OSC, DCS and the like), taken out of the output before looking at it.
_CONTROL = re.compile(
    rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]"  # CSI
    rb"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC
    rb"|\x1b[PX^_][^\x1b]*\x1b\\"  # DCS, SOS, PM, APC
    rb"|\x1b[0-9=>@-Z\\-_]"  # two-character sequences (ESC 7 saves the cursor...)
)


def _in_terminal(command: list[str], env: dict[str, str], marks: list[re.Pattern[bytes]], typed: bytes = b"",
                 timeout: float = 60.0) -> list[float]:
    """Run a full-screen program in a pseudo-terminal of 120x40 and return the seconds from its start until
    each mark (in order) is on the screen; `typed` is typed as soon as the first mark is."""
    import fcntl
    import pty
    import select
    import signal
    import struct
    import termios

    pid, fd = pty.fork()
    if pid == 0:  # the child: the program itself
        os.execvpe(command[0], command, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    started = time.perf_counter()
    screen, found = b"", []
    try:
        while len(found) < len(marks) and time.perf_counter() - started < timeout:
            if not select.select([fd], [], [], 0.01)[0]:
                continue
            try:
                screen += os.read(fd, 1 << 16)
            except OSError:  # the program is gone
                break
            while len(found) < len(marks) and marks[len(found)].search(_CONTROL.sub(b"", screen)):
                found.append(time.perf_counter() - started)
                if len(found) == 1 and typed:
                    os.write(fd, typed)
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)
    if len(found) < len(marks):
        raise RuntimeError(f"{command[0]}: not every mark was shown within {timeout:.0f} s")
    return found


def chat(env: dict[str, str], repeats: int, work: Path) -> dict:
    """The chat's input box drawn, and its first answer shown (the question typed as soon as the box is),
    against a minimal Textual app's input box; interleaved, medians, bytecode cached as for the one-shot."""
    env = {**{k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}, "TERM": "xterm-256color",
           "PYTHONPYCACHEPREFIX": str(work / "pycache"), "SCARFAQ_STATE_DIR": str(work / "state"),
           "SCARFAQ_CONFIG_DIR": str(work / "config")}
    minimal = [PYTHON, "-c", _MINIMAL_APP]
    chat_command = [SCARFAQ]
    subprocess.run([SCARFAQ, "ask", QUESTION], env=env, stdout=subprocess.DEVNULL, check=True)  # the cache, warm
    _in_terminal(minimal, env, [_INPUT_DRAWN])  # the bytecode, written
    _in_terminal(chat_command, env, [_INPUT_DRAWN, _ANSWER_SHOWN], (QUESTION + "\r").encode())
    drawn, answered, floor = [], [], []
    for _ in range(repeats):
        floor.append(_in_terminal(minimal, env, [_INPUT_DRAWN])[0])
        first, answer = _in_terminal(chat_command, env, [_INPUT_DRAWN, _ANSWER_SHOWN], (QUESTION + "\r").encode())
        drawn.append(first)
        answered.append(answer)
    medians = {"input": statistics.median(drawn), "answer": statistics.median(answered),
               "minimal": statistics.median(floor)}
    medians["ratio"] = medians["input"] / medians["minimal"]
    return medians


def questions(limit: int | None) -> list[dict]:
    """The question sets' questions (with their conversations), as `--batch` lines."""
    found = []
    for path in QUESTION_SETS:
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    item = json.loads(line)
                    found.append({"question": item["question"], "history": item.get("history", [])})
    return found[:limit] if limit else found


def end_to_end(root: Path, env: dict[str, str], asked: list[dict], repeats: int) -> dict:
    """Per question, the whole answer path in a running batch: `scarfaq ask --batch - --json` with every
    question, less the same command with the first half of them (start-up, loading, and what a process
    does once), over the second half; medians of `repeats`. A difference of two wall times: noisy on a
    busy machine (in_process is the steady figure)."""
    lines = [json.dumps(item) + "\n" for item in asked]
    half = len(lines) // 2
    full, warm = "".join(lines).encode(), "".join(lines[:half]).encode()
    command = [SCARFAQ, "ask", "--batch", "-", "--json", "--corpus", str(root)]
    _wall(command, env, full)
    warm_times, full_times = [], []
    for _ in range(repeats):
        warm_times.append(_wall(command, env, warm))
        full_times.append(_wall(command, env, full))
    per_question = (statistics.median(full_times) - statistics.median(warm_times)) / (len(asked) - half)
    return {"per_question": per_question, "startup": statistics.median(warm_times), "questions": len(asked)}


def in_process(root: Path, env: dict[str, str], questions_file: Path, repeats: int) -> dict:
    """Per question, the batch's work for each line timed inside one process, as bm25s's retrieve is."""
    return _json_run([PYTHON, "-c", _SCARFAQ_ASK, str(root), str(questions_file), str(repeats)], env)


def bm25s_side(texts: Path, env: dict[str, str], asked: list[dict], repeats: int, work: Path, size: int) -> dict:
    saved = work / f"bm25s-{size}"
    built = _json_run([PYTHON, "-c", _BM25S_BUILD, str(texts), str(saved)], env)
    questions_file = work / "questions.jsonl"
    questions_file.write_text("".join(json.dumps(item) + "\n" for item in asked), encoding="utf-8")
    retrieval = _json_run([PYTHON, "-c", _BM25S_ASK, str(saved), str(questions_file), str(repeats)], env)
    return {"build_seconds": built["seconds"], "build_peak_mb": built["peak_mb"],
            "build_texts_mb": built["texts_mb"], "per_question": retrieval["per_question"]}


def build_and_load(root: Path, env: dict[str, str], texts: Path | None) -> dict:
    """Index build (fresh process, forced rebuild) and cache load (fresh process), with peak memory."""
    built = _json_run([PYTHON, "-c", _BUILD, str(root), "rebuild"], env)
    print(f"  built: {built}", file=sys.stderr)
    loads = []
    for _ in range(3):
        export = [str(texts)] if texts and not loads else []
        loaded = _json_run([PYTHON, "-c", _BUILD, str(root), "load", *export], env)
        assert loaded["reused"], "the cache was not reused"
        loads.append(loaded)
    print(f"  loaded: {loads}", file=sys.stderr)
    return {**{f"build_{k}": v for k, v in built.items()},
            "load_seconds": statistics.median(x["seconds"] for x in loads[1:]),
            "load_reading_seconds": statistics.median(x["reading_seconds"] for x in loads[1:]),
            "load_peak_mb": loads[-1]["peak_mb"]}


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000  # noqa: E731
    return {"p50_ms": pick(0.50), "p95_ms": pick(0.95)}


def bare_scoring(root: Path, queries: int, seed: int, rank_bm25_queries: int) -> dict[str, dict[str, float]]:
    """Bare scoring against bare scoring, warm, per query: scarfaq's postings scoring + top 10, bm25s's
    retrieve of the same terms (BM25+ with scarfaq's parameters, else its defaults, one query at a time),
    and rank-bm25's get_scores + argsort. All three index the very same per-passage terms."""
    import random

    import bm25s
    import numpy as np

    from scarfaq.index import rank_bm25_model
    from scarfaq.library import open_library
    from scarfaq.ranking import top

    library = open_library(root)
    index = library.index
    bags = _term_bags(index)
    terms = sorted(index.vocabulary, key=index.vocabulary.__getitem__)
    df = np.diff(index.indptr)
    rng = random.Random(seed)
    picks = [rng.choices(terms, weights=df.tolist(), k=rng.randint(1, 5)) for _ in range(queries)]

    def scarfaq_query(query: list[str]) -> np.ndarray:
        ids, scores = index.score(dict.fromkeys(query, 1.0))
        return ids[top(scores, 10)]

    model = rank_bm25_model(bags, index.parameters)

    def rank_bm25_query(query: list[str]) -> np.ndarray:
        return np.argsort(-model.get_scores(query))[:10]

    retriever = bm25s.BM25(method="bm25+", k1=index.parameters.k1, b=index.parameters.b,
                           delta=index.parameters.delta, dtype="float64")
    retriever.index(bags, show_progress=False)

    def bm25s_query(query: list[str]) -> np.ndarray:
        documents, _ = retriever.retrieve([query], k=10, show_progress=False)
        return documents[0]

    results = {}
    for name, function, count in (("scarfaq", scarfaq_query, queries), ("rank_bm25", rank_bm25_query,
                                  rank_bm25_queries), ("bm25s", bm25s_query, queries)):
        function(picks[0])
        samples = []
        for query in picks[:count]:
            started = time.perf_counter()
            function(query)
            samples.append(time.perf_counter() - started)
        results[name] = {**_percentiles(samples), "queries": count}
    agree = 0
    for query in picks[:rank_bm25_queries]:
        scores = model.get_scores(query)
        agree += scores[scarfaq_query(query)[0]] >= scores.max() * (1 - 1e-9)
    results["top1_agreement"] = {"share": agree / rank_bm25_queries}
    return results


def _term_bags(index) -> list[list[str]]:
    import numpy as np

    bags: list[list[str]] = [[] for _ in range(index.size)]
    terms = sorted(index.vocabulary, key=index.vocabulary.__getitem__)
    tfs = index.tfs.astype(np.int64).tolist()
    doc_ids = index.doc_ids.tolist()
    for term_id, term in enumerate(terms):
        for position in range(index.indptr[term_id], index.indptr[term_id + 1]):
            bags[doc_ids[position]].extend([term] * tfs[position])
    return bags


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--million", action="store_true", help="add the 1,000,000-passage build and load row")
    parser.add_argument("--repeats", type=int, default=7, help="runs of each one-shot (median)")
    parser.add_argument("--batch-repeats", type=int, default=3, help="runs of each batch (median)")
    parser.add_argument("--questions", type=int, default=None, help="at most this many questions per batch")
    parser.add_argument("--queries", type=int, default=200, help="term queries for bare scoring")
    parser.add_argument("--rank-bm25-queries", type=int, default=30, help="plain get_scores is slow at scale")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "scarfaq-bench")
    options = parser.parse_args()

    env = {**os.environ, "SCARFAQ_CACHE_DIR": str(options.work / "cache")}
    env.pop("SCARFAQ_CORPUS", None)
    os.environ.update({"SCARFAQ_CACHE_DIR": env["SCARFAQ_CACHE_DIR"]})
    options.work.mkdir(parents=True, exist_ok=True)
    asked = questions(options.questions)
    report: dict = {"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "python": sys.version.split()[0],
                    "cpus": os.cpu_count(), "questions": len(asked),
                    "one_shot": one_shot(env, options.repeats, options.work / "pycache"),
                    "chat": chat(env, options.repeats, options.work), "sizes": {}}
    for size in options.sizes:
        root = generate(options.work / f"corpus-{size}", size, ROOT / "corpus")
        texts = options.work / f"passages-{size}.jsonl"
        print(f"{size:,} passages: building…", file=sys.stderr)
        figures = build_and_load(root, env, texts)
        figures["bm25s"] = bm25s_side(texts, env, asked, options.batch_repeats, options.work, size)
        figures["end_to_end"] = end_to_end(root, env, asked, options.batch_repeats)
        figures["in_process"] = in_process(root, env, options.work / "questions.jsonl", options.batch_repeats)
        figures["latency"] = bare_scoring(root, options.queries, size, min(options.rank_bm25_queries, options.queries))
        report["sizes"][str(size)] = figures
        print(f"  {json.dumps(figures)}", file=sys.stderr)
    if options.million:
        root = generate(options.work / "corpus-1000000", 1_000_000, ROOT / "corpus")
        print("1,000,000 passages: building…", file=sys.stderr)
        report["million"] = build_and_load(root, env, None)
    _print(report)
    out = HERE / "results" / f"bench-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"results written to {out}")


def _print(report: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    shot = report["one_shot"]
    table = Table(title="One-shot on the shipped corpus (cache warm), median wall time")
    for column in ("question", "scarfaq ask", 'python -c "import nltk, rank_bm25"', "python -c pass", "ask / floor"):
        table.add_column(column, justify="right")
    for label, key in (("words the index knows", ""), ("a word it lacks (nltk loaded)", "_unknown")):
        table.add_row(label, f"{shot['ask' + key] * 1000:.0f} ms", f"{shot['floor'] * 1000:.0f} ms",
                      f"{shot['python'] * 1000:.0f} ms", f"{shot['ratio' + key]:.2f}× (≤ 1.2×)")
    console.print(table)
    shown = report["chat"]
    table = Table(title="The chat on the shipped corpus (cache warm), median wall time from its start")
    for column in ("input box drawn", "minimal Textual app's input", "input / minimal", "first answer shown"):
        table.add_column(column, justify="right")
    table.add_row(f"{shown['input'] * 1000:.0f} ms", f"{shown['minimal'] * 1000:.0f} ms",
                  f"{shown['ratio']:.2f}× (≤ 1.6×)", f"{shown['answer'] * 1000:.0f} ms")
    console.print(table)
    sizes = report["sizes"]
    table = Table(title=f"Generated corpora ({report['questions']} questions per batch)")
    table.add_column("passages (generated)")
    for size in sizes:
        table.add_column(f"{int(size):,}", justify="right")

    def row(name: str, cell) -> None:
        table.add_row(name, *(cell(f) for f in sizes.values()))

    row("passages / documents / terms",
        lambda f: f"{f['build_passages']:,} / {f['build_documents']:,} / {f['build_terms']:,}")
    row("scarfaq build (fresh process)", lambda f: f"{f['build_seconds']:.1f} s")
    row("bm25s tokenize + index", lambda f: f"{f['bm25s']['build_seconds']:.1f} s")
    row("build ÷ bm25s (≤ 3×)", lambda f: f"{f['build_seconds'] / f['bm25s']['build_seconds']:.2f}×")
    row("scarfaq build peak memory", lambda f: f"{_build_peak(f):.0f} MB")
    row("  of which the chunk workers'", lambda f: f"{f['build_workers_peak_mb']:.0f} MB ({f['build_workers']})")
    row("bm25s peak (texts loaded first)", lambda f: f"{f['bm25s']['build_peak_mb']:.0f} MB")
    row("cache folder", lambda f: f"{f['build_cache_bytes'] / 1e6:.1f} MB")
    row("cache load (+ read docs)", lambda f: f"{f['load_seconds']:.2f} s")
    row("  of which reading the documents", lambda f: f"{f['load_reading_seconds']:.2f} s")
    row("scarfaq ask --batch, per question", lambda f: f"{f['end_to_end']['per_question'] * 1000:.2f} ms")
    row("bm25s tokenize + retrieve, per question", lambda f: f"{f['bm25s']['per_question'] * 1000:.2f} ms")
    row("  ÷ bm25s (two wall times' difference: noisy)",
        lambda f: f"{f['end_to_end']['per_question'] / f['bm25s']['per_question']:.2f}×")
    row("scarfaq per question, timed in process as bm25s",
        lambda f: f"{f['in_process']['per_question'] * 1000:.2f} ms")
    row("end to end ÷ bm25s (≤ 1.0×)",
        lambda f: f"{f['in_process']['per_question'] / f['bm25s']['per_question']:.2f}×")
    for name, label in (("scarfaq", "bare: scarfaq score+top10"), ("bm25s", "bare: bm25s retrieve"),
                        ("rank_bm25", "bare: rank-bm25 get_scores+argsort")):
        row(f"{label} p50 / p95",
            lambda f, n=name: f"{f['latency'][n]['p50_ms']:.2f} / {f['latency'][n]['p95_ms']:.2f} ms")
    row("bare: scarfaq p50 ÷ bm25s p50",
        lambda f: f"{f['latency']['scarfaq']['p50_ms'] / f['latency']['bm25s']['p50_ms']:.2f}×")
    row("top-1 equals rank-bm25's", lambda f: f"{f['latency']['top1_agreement']['share']:.0%}")
    console.print(table)
    if "million" in report:
        m = report["million"]
        console.print(f"1,000,000 passages ({m['build_passages']:,} made, {m['build_documents']:,} documents): "
                      f"build {m['build_seconds']:.0f} s (≤ 120 s), peak {_build_peak(m):.0f} MB (≤ 4 GB; "
                      f"{m['build_workers_peak_mb']:.0f} MB of it the chunk workers'), "
                      f"cache {m['build_cache_bytes'] / 1e6:.0f} MB, load {m['load_seconds']:.2f} s (≤ 2 s), "
                      f"of which reading the documents {m['load_reading_seconds']:.2f} s")


def _build_peak(figures: dict) -> float:
    """The build's peak memory: its process's and its chunk workers' (each at its own peak, as if all at once)."""
    return figures["build_peak_mb"] + figures["build_workers_peak_mb"]


if __name__ == "__main__":
    main()
