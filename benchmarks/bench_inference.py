"""Benchmark extraction and inference throughput (papers/s) next to plain parse speed.

On a JSON Lines corpus (``benchmarks.make_corpus``), in one process:

``parse``
    ``json.loads`` every line (the floor for any loader);
``load``
    ``paperkg.loaders.load_file``: parse, repair the text, validate ``Paper`` models;
``inference``
    ``paperkg.inference.infer_corpus`` over the loaded papers: introduced names,
    the multi-pattern match of every lexicon and corpus name, families,
    builds-on, and the bounded SAME_FAMILY / SHARES_DATASET edges.

The goal is that loading plus inference runs at no less than 20% of the speed of
just parsing. Wall and CPU time are both reported: on a shared machine the CPU
figures are the comparable ones. Run from the repository root::

    python -m benchmarks.bench_inference -n 100000
    python -m benchmarks.bench_inference --corpus /tmp/corpus.jsonl --json
"""

from __future__ import annotations

import argparse
import json
import platform
import tempfile
import time
from pathlib import Path
from typing import Any

__all__ = ["main", "measure"]


def _row(n: int, seconds: float, cpu: float) -> dict[str, Any]:
    return {
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "papers_per_s": round(n / seconds),
        "papers_per_cpu_s": round(n / cpu),
    }


def measure(corpus: Path) -> dict[str, Any]:
    """Time parse, load and inference over ``corpus`` and return papers/s for each.

    Parameters
    ----------
    corpus
        A JSON Lines corpus of papers.

    Returns
    -------
    dict
        Seconds and papers/s per phase, edge counts, and the ratio of
        (load + inference) speed to parse speed.
    """
    from paperkg.inference import infer_corpus, shipped_lexicon
    from paperkg.loaders import LoadReport, load_file

    started, cpu = time.perf_counter(), time.process_time()
    count = 0
    with corpus.open("r", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                json.loads(line)
                count += 1
    parse_s, parse_cpu = time.perf_counter() - started, time.process_time() - cpu

    started, cpu = time.perf_counter(), time.process_time()
    papers = list(load_file(corpus, report=LoadReport(source=str(corpus))))
    load_s, load_cpu = time.perf_counter() - started, time.process_time() - cpu

    started, cpu = time.perf_counter(), time.process_time()
    result = infer_corpus(papers, shipped_lexicon())
    infer_s, infer_cpu = time.perf_counter() - started, time.process_time() - cpu

    n = len(papers)
    both = load_s + infer_s
    return {
        "records": count,
        "papers": n,
        "parse": _row(count, parse_s, parse_cpu),
        "load": _row(n, load_s, load_cpu),
        "inference": _row(n, infer_s, infer_cpu),
        "load_plus_inference": _row(n, both, load_cpu + infer_cpu),
        "speed_vs_parse": round((n / both) / (count / parse_s), 3),
        "cpu_speed_vs_parse": round((n / (load_cpu + infer_cpu)) / (count / parse_cpu), 3),
        "summary": result.summary,
        "python": platform.python_version(),
        "machine": platform.machine(),
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help="an existing JSON Lines corpus")
    parser.add_argument("-n", type=int, default=100_000, help="records to generate when no --corpus")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus
        if corpus is None:
            from benchmarks.make_corpus import make_corpus

            corpus = Path(tmp) / "corpus.jsonl"
            make_corpus(corpus, args.n, seed=args.seed)
        figures = measure(corpus)
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"{figures['papers']} papers from {figures['records']} records")
    for phase in ("parse", "load", "inference", "load_plus_inference"):
        row = figures[phase]
        print(
            f"{phase:<20} {row['seconds']:>8.2f} s {row['papers_per_s']:>8,} papers/s   "
            f"cpu {row['cpu_seconds']:>8.2f} s {row['papers_per_cpu_s']:>8,} papers/cpu-s"
        )
    print(
        f"load + inference runs at {figures['speed_vs_parse']:.1%} of parse speed "
        f"({figures['cpu_speed_vs_parse']:.1%} in CPU time; goal: >= 20%)"
    )
    s = figures["summary"]
    print(
        f"edges: builds_on {s['builds_on']}, mentions {s['mentions']}, uses_dataset {s['uses_dataset']}, "
        f"in_family {s['in_family']}, same_family {s['same_family']}, shares_dataset {s['shares_dataset']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
