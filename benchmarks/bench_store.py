"""The embedded store at several sizes: build, store size, each read command cold, add of 10 papers.

For each corpus size (synthetic papers from ``make_corpus``, built without
similarity), in a fresh process each, as a user runs them:

- ``paperkg build``: wall time, papers/s and peak RSS;
- the store's size on disk per paper;
- every read command (``show``, ``entities``, ``lineage``, ``family``,
  ``datasets``, ``similar``, ``search``, ``influential``, ``stats``) run as
  ``python -m paperkg ... --json`` on papers drawn with a fixed seed: median
  wall time and the largest peak RSS, process start and imports included;
- ``paperkg add`` of 10 new papers to a copy of the store: wall time and peak RSS.

The machine is shared: run it with ``nice`` and compare sizes side by side in
one run rather than across runs.

    nice python -m benchmarks.bench_store --sizes 2000 20000 100000 --work /tmp/bench-store
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

__all__ = ["main", "run_command", "run_size"]

READS = ("show", "entities", "lineage", "datasets", "similar")


def run_command(args: list[str], env: dict[str, str] | None = None) -> tuple[float, float, int, str]:
    """Run ``python -m paperkg ARGS`` in a fresh process; return wall seconds, peak RSS MiB, exit code, stdout."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "paperkg", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    assert process.stdout is not None
    out = process.stdout.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    return seconds, usage.ru_maxrss / 1024, process.returncode, out


def _extra_papers(path: Path, count: int = 10) -> Path:
    """Write ``count`` records with arXiv ids no generated corpus uses (2025)."""
    from benchmarks.make_corpus import iter_records

    with path.open("w", encoding="utf-8") as handle:
        for i, record in enumerate(iter_records(count, seed=99)):
            record["arxiv_id"] = f"2501.{i + 1:05d}v1"
            record["published"] = "2025-01-15"
            handle.write(json.dumps(record) + "\n")
    return path


def _store_bytes(data_dir: Path) -> int:
    return sum(p.stat().st_size for p in data_dir.iterdir() if p.name.startswith("graph.sqlite"))


def run_size(n: int, work: Path, samples: int = 3, seed: int = 0, infer: bool = True) -> dict[str, Any]:
    """Build an ``n``-paper corpus and time every command on it; return the figures."""
    from benchmarks.make_corpus import make_corpus

    corpus = work / f"corpus-{n}.jsonl"
    if not corpus.exists():
        make_corpus(corpus, n, seed=seed)
    data_dir = work / f"store-{n}"
    shutil.rmtree(data_dir, ignore_errors=True)
    env = {**os.environ, "PAPERKG_DATA_DIR": str(data_dir)}
    build_args = ["build", str(corpus), "--no-similarity", "--json"] + ([] if infer else ["--no-infer"])
    seconds, rss, code, out = run_command(build_args, env)
    if code != 0:
        raise RuntimeError(f"build of {n} papers failed with exit code {code}")
    counts = json.loads(out)["counts"]
    papers = counts["nodes"]["paper"]
    figures: dict[str, Any] = {
        "papers": papers,
        "edges": sum(counts["edges"].values()),
        "build": {
            "seconds": round(seconds, 1),
            "papers_per_s": round(papers / seconds),
            "peak_mib": round(rss),
        },
        "store_bytes_per_paper": round(_store_bytes(data_dir) / papers),
    }
    from paperkg.graph import SQLiteStore

    with SQLiteStore.open(data_dir) as store:
        ids = [row[0] for row in store._db.execute("SELECT id FROM nodes WHERE kind = 'paper' ORDER BY n")]
        families = [node for node, _ in store.nodes_of_kind("family")]
    chosen = random.Random(seed).sample(ids, min(samples, len(ids)))
    commands: dict[str, list[list[str]]] = {name: [[name, p, "--json"] for p in chosen] for name in READS}
    if families:
        commands["family"] = [["family", families[len(families) // 2], "--json"]] * samples
    commands["search"] = [["search", "second-order optimizer", "--json"]] * samples
    commands["influential"] = [["query", "influential"]] * samples
    commands["stats"] = [["stats", "--json"]] * samples
    # Process start and the CLI's imports, which every command pays before it reads the store.
    commands["(start-up: --help)"] = [["--help"]] * samples
    lookups: dict[str, Any] = {}
    for name, runs in commands.items():
        timings = [run_command(args, env) for args in runs]
        failed = [t[2] for t in timings if t[2] != 0]
        lookups[name] = {
            "median_s": round(statistics.median(t[0] for t in timings), 3),
            "peak_mib": round(max(t[1] for t in timings)),
            "failed": len(failed),
        }
    figures["lookups"] = lookups
    copy = work / f"store-{n}-add"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(data_dir, copy)
    extra = _extra_papers(work / "extra-10.jsonl")
    add_args = ["add", str(extra), "--no-similarity", "--json"] + ([] if infer else ["--no-infer"])
    seconds, rss, code, _ = run_command(add_args, {**os.environ, "PAPERKG_DATA_DIR": str(copy)})
    figures["add_10"] = {"seconds": round(seconds, 2), "peak_mib": round(rss), "exit": code}
    shutil.rmtree(copy, ignore_errors=True)
    return figures


def main(argv: list[str] | None = None) -> None:
    """Parse the command line, run every size and print the figures."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_store", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[2000, 20000], help="corpus sizes [2000 20000]"
    )
    parser.add_argument("--work", type=Path, required=True, help="folder for corpora and stores")
    parser.add_argument("--samples", type=int, default=3, help="runs of each read command [3]")
    parser.add_argument("--no-infer", action="store_true", help="build without inference")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    results = {n: run_size(n, args.work, args.samples, infer=not args.no_infer) for n in args.sizes}
    if args.json:
        print(json.dumps(results, indent=2))
        return
    sizes = list(results)
    print("papers".ljust(24) + "".join(f"{results[n]['papers']:>16,}" for n in sizes))
    print("edges".ljust(24) + "".join(f"{results[n]['edges']:>16,}" for n in sizes))
    print(
        "build s (papers/s)".ljust(24)
        + "".join(
            f"{results[n]['build']['seconds']:>9} ({results[n]['build']['papers_per_s']:>4})" for n in sizes
        )
    )
    print("build peak MiB".ljust(24) + "".join(f"{results[n]['build']['peak_mib']:>16}" for n in sizes))
    print(
        "store bytes/paper".ljust(24) + "".join(f"{results[n]['store_bytes_per_paper']:>16,}" for n in sizes)
    )
    for name in results[sizes[0]]["lookups"]:
        cells = []
        for n in sizes:
            row = results[n]["lookups"].get(name)
            cells.append(f"{row['median_s']:>8.3f}s {row['peak_mib']:>4}M" if row else " " * 16)
        print(f"{name} (s, MiB)".ljust(24) + "".join(f"{c:>16}" for c in cells))
    print(
        "add 10 (s, MiB)".ljust(24)
        + "".join(
            f"{results[n]['add_10']['seconds']:>8.2f}s {results[n]['add_10']['peak_mib']:>4}M" for n in sizes
        )
    )


if __name__ == "__main__":
    main()
