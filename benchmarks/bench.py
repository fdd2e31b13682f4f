"""scarfaq's speed at scale, measured side by side in one run (see benchmarks/README.md).

    .venv/bin/python benchmarks/bench.py [--sizes 1000 10000 100000] [--repeats 7] [--queries 200]

Prints a table and writes benchmarks/results/bench-<time>.json. Absolute times depend on the machine;
compare the ratios, which are measured within the same run.
"""

from __future__ import annotations

import argparse
import json
import os
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

#: Runs in a fresh process: builds (or loads) the index, reports time and peak memory as JSON.
_BUILD_SNIPPET = """
import json, resource, sys, time
from pathlib import Path
from scarfaq.library import load_library
from scarfaq.progress import BuildProgress
started = time.perf_counter()
with BuildProgress(always=sys.argv[2] == "rebuild") as progress:
    library, status = load_library(Path(sys.argv[1]), progress, rebuild=sys.argv[2] == "rebuild")
print(json.dumps({
    "seconds": time.perf_counter() - started, "reused": status.reused,
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "passages": len(library.passages), "terms": len(library.index.vocabulary),
    "documents": len(library.documents), "cache_bytes": status.path.stat().st_size if status.path else 0,
}))
"""


def _wall(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def cold_one_shot(env: dict[str, str], repeats: int, pycache: Path) -> dict:
    """`scarfaq ask` on the default corpus (cache warm) vs. importing nltk and rank_bm25, interleaved.

    Both run with cached bytecode, as an installed package does (pip compiles it when installing); the
    bytecode goes to `pycache` (PYTHONPYCACHEPREFIX), so the source tree is left alone. Measured again
    with PYTHONDONTWRITEBYTECODE=1 (`no_bytecode`): there scarfaq's editable sources are compiled on every
    run while the dependencies still read the bytecode pip wrote, so that ratio is not like for like.
    """
    cached = {**{k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}, "PYTHONPYCACHEPREFIX": str(pycache)}
    uncached = {**{k: v for k, v in env.items() if k != "PYTHONPYCACHEPREFIX"}, "PYTHONDONTWRITEBYTECODE": "1"}
    result: dict = _one_shot(cached, repeats)
    result["no_bytecode"] = _one_shot(uncached, repeats)
    return result


def _one_shot(env: dict[str, str], repeats: int) -> dict[str, float]:
    commands = {
        "ask": [SCARFAQ, "ask", QUESTION],
        "floor": [PYTHON, "-c", "import nltk, rank_bm25"],
        "python": [PYTHON, "-c", "pass"],
    }
    subprocess.run(commands["ask"], env=env, stdout=subprocess.DEVNULL, check=True)  # warm the cache and the OS
    for command in commands.values():  # and write the bytecode, when it is cached
        _wall(command, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeats):
        for name, command in commands.items():
            times[name].append(_wall(command, env))
    medians = {name: statistics.median(values) for name, values in times.items()}
    medians["ratio"] = medians["ask"] / medians["floor"]
    return medians


def build_and_load(root: Path, env: dict[str, str]) -> dict[str, float]:
    """Index build (fresh process, forced rebuild) and cache load (fresh process), with peak memory."""
    run = lambda mode: json.loads(  # noqa: E731
        subprocess.run([PYTHON, "-c", _BUILD_SNIPPET, str(root), mode], env=env, capture_output=True,
                       text=True, check=True).stdout
    )
    built = run("rebuild")
    print(f"  built: {built}", file=sys.stderr)
    for _ in range(3):  # a load that rebuilds means scarfaq's source changed meanwhile (it is being edited)
        loaded = run("load")
        if loaded["reused"]:
            break
        built = {**loaded, "reused": False}
    assert loaded["reused"], "the cache was not reused"
    print(f"  loaded: {loaded}", file=sys.stderr)
    return {**{f"build_{k}": v for k, v in built.items()}, "load_seconds": loaded["seconds"],
            "load_peak_mb": loaded["peak_mb"]}


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000  # noqa: E731
    return {"p50_ms": pick(0.50), "p95_ms": pick(0.95)}


def query_latency(root: Path, queries: int, seed: int, rank_bm25_queries: int) -> dict[str, dict[str, float]]:
    """Warm per-query latency: scarfaq's postings scoring + top 10, rank-bm25 get_scores + argsort, bm25s."""
    import random

    import bm25s
    import numpy as np

    from scarfaq.index import rank_bm25_model
    from scarfaq.library import open_library

    library = open_library(root)
    index = library.index
    bags = _term_bags(index)  # each passage's indexed terms (as a bag: order does not matter to BM25)
    terms = sorted(index.vocabulary, key=index.vocabulary.__getitem__)
    df = np.diff(index.indptr)
    rng = random.Random(seed)
    # Query terms drawn like question words: by how often they occur, so common words show up too.
    picks = [rng.choices(terms, weights=df.tolist(), k=rng.randint(1, 5)) for _ in range(queries)]

    def scarfaq_query(query: list[str]) -> np.ndarray:
        ids, scores = index.score(dict.fromkeys(query, 1.0))
        top = np.argpartition(-scores, min(10, len(scores) - 1))[:10] if len(scores) > 10 else np.arange(len(scores))
        return ids[top[np.argsort(-scores[top], kind="stable")]]

    model = rank_bm25_model(bags, index.parameters)

    def rank_bm25_query(query: list[str]) -> np.ndarray:
        return np.argsort(-model.get_scores(query))[:10]

    retriever = bm25s.BM25(method="bm25+", k1=index.parameters.k1, b=index.parameters.b,
                           delta=index.parameters.delta, dtype="float64")
    retriever.index(bags, show_progress=False)

    def bm25s_query(query: list[str]) -> np.ndarray:
        documents, _ = retriever.retrieve([query], k=10, show_progress=False, n_threads=1)
        return documents[0]

    results = {}
    agree = 0
    for name, function, count in (("scarfaq", scarfaq_query, queries), ("rank_bm25", rank_bm25_query,
                                  rank_bm25_queries), ("bm25s", bm25s_query, queries)):
        function(picks[0])
        samples = []
        for query in picks[:count]:
            started = time.perf_counter()
            function(query)
            samples.append(time.perf_counter() - started)
        results[name] = {**_percentiles(samples), "queries": count}
    for query in picks[:rank_bm25_queries]:
        scores = model.get_scores(query)
        best = scores.max()
        agree += scores[scarfaq_query(query)[0]] >= best * (1 - 1e-9)
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
    parser.add_argument("--repeats", type=int, default=7, help="runs of each one-shot (median)")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--rank-bm25-queries", type=int, default=30, help="plain get_scores is slow at scale")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "scarfaq-bench")
    options = parser.parse_args()

    env = {**os.environ, "SCARFAQ_CACHE_DIR": str(options.work / "cache")}
    env.pop("SCARFAQ_CORPUS", None)
    os.environ.update({"SCARFAQ_CACHE_DIR": env["SCARFAQ_CACHE_DIR"]})
    report: dict = {"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "python": sys.version.split()[0],
                    "cpus": os.cpu_count(), "one_shot": cold_one_shot(env, options.repeats, options.work / "pycache"),
                    "sizes": {}}
    for size in options.sizes:
        root = generate(options.work / f"corpus-{size}", size, ROOT / "corpus")
        print(f"{size:,} passages: building…", file=sys.stderr)
        figures = build_and_load(root, env)
        figures["latency"] = query_latency(root, options.queries, size, min(options.rank_bm25_queries, options.queries))
        report["sizes"][str(size)] = figures
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
    table = Table(title="One-shot on the default corpus (cache warm), median wall time")
    for column in ("bytecode", "scarfaq ask", 'python -c "import nltk, rank_bm25"', "python -c pass", "ask / floor"):
        table.add_column(column, justify="right")
    for label, row, note in (("cached", shot, " (floor ≤ 1.3×)"),
                             ("scarfaq's compiled each run", shot.get("no_bytecode"), "")):
        if row:
            table.add_row(label, f"{row['ask'] * 1000:.0f} ms", f"{row['floor'] * 1000:.0f} ms",
                          f"{row['python'] * 1000:.0f} ms", f"{row['ratio']:.2f}×{note}")
    console.print(table)
    sizes = report["sizes"]
    table = Table(title="Index at scale (latency: warm, per query, top 10)")
    table.add_column("passages (generated)")
    for size in sizes:
        table.add_column(f"{int(size):,}", justify="right")

    def row(name: str, cell) -> None:
        table.add_row(name, *(cell(f, f["latency"]) for f in sizes.values()))

    row("passages / documents / terms",
        lambda f, _: f"{f['build_passages']:,} / {f['build_documents']:,} / {f['build_terms']:,}")
    row("build (fresh process)", lambda f, _: f"{f['build_seconds']:.1f} s")
    row("build peak memory", lambda f, _: f"{f['build_peak_mb']:.0f} MB")
    row("cache file", lambda f, _: f"{f['build_cache_bytes'] / 1e6:.1f} MB")
    row("cache load (+ read docs)", lambda f, _: f"{f['load_seconds']:.2f} s")
    for name, label in (("scarfaq", "scarfaq score+top10"), ("bm25s", "bm25s retrieve"),
                        ("rank_bm25", "rank-bm25 get_scores+argsort")):
        row(f"{label} p50 / p95", lambda f, lat, n=name: f"{lat[n]['p50_ms']:.2f} / {lat[n]['p95_ms']:.2f} ms")
    row("scarfaq p50 ÷ bm25s p50", lambda f, lat: f"{lat['scarfaq']['p50_ms'] / lat['bm25s']['p50_ms']:.2f}×")
    row("get_scores p50 ÷ scarfaq p50", lambda f, lat: f"{lat['rank_bm25']['p50_ms'] / lat['scarfaq']['p50_ms']:.0f}×")
    row("top-1 equals rank-bm25's", lambda f, lat: f"{lat['top1_agreement']['share']:.0%}")
    console.print(table)


if __name__ == "__main__":
    main()
