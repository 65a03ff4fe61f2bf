"""``paperkg add`` of 10 papers at several corpus sizes, next to a full build of the same corpus.

For each size N (a ``make_corpus`` corpus, inference on, similarity off), in
fresh processes as a user runs them:

1. ``paperkg build`` of the N papers (setup; its time is printed too);
2. ``paperkg add`` of 10 new papers to that store: wall time, CPU time, peak RSS,
   and what the store wrote (papers, entities, edges written and deleted);
3. ``paperkg build`` of the same N + 10 papers into a new store: the full
   build the add must equal, timed the same way.

It prints one table with every size side by side, the add's cost against the
full build, and the ratio of the add's time between consecutive sizes (the
issue's target: at most 2x from 2k to 20k). The machine is shared: run it with
``nice`` and compare sizes side by side in one run.

    nice python -m benchmarks.bench_add --sizes 2000 20000 --work /tmp/bench-add

With ``--src LABEL=DIR`` (given twice or more), each source tree (a checkout's
``src``) builds its own store of each size (the extraction cache is keyed by the
inference code, so a store built by one tree is read afresh by another), then the
adds run alternately, ``--rounds`` times each, tree after tree, and the table
gives each tree's median: a comparison in one run on a shared machine.

    nice python -m benchmarks.bench_add --sizes 2000 20000 --src main=/work/main/src --src this=src
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import statistics
from pathlib import Path
from typing import Any

from benchmarks.bench_store import _extra_papers, copy_to_write, run_command
from benchmarks.make_corpus import make_corpus

__all__ = ["compare_sources", "main", "print_comparison", "print_table", "run_size"]


def _timed(args: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    seconds, peak, code, out, cpu = run_command(args, env)
    if code != 0:
        raise SystemExit(f"paperkg {' '.join(args)} failed with exit code {code}")
    figures: dict[str, Any] = {"wall_s": round(seconds, 2), "cpu_s": round(cpu, 2), "peak_mib": round(peak)}
    try:
        report = json.loads(out)
    except json.JSONDecodeError:
        return figures
    figures["written"] = report.get("written", {})
    figures["papers"] = report.get("papers_total")
    return figures


def run_size(n: int, work: Path, extra: Path, reuse: bool = False, full: bool = True) -> dict[str, Any]:
    """Build an ``n``-paper store, add 10 papers to a copy, and (``full``) build the ``n`` + 10 from scratch."""
    corpus = work / f"corpus-{n}.jsonl"
    if not (reuse and corpus.exists()):
        make_corpus(corpus, n, seed=0)
    base = work / f"store-{n}"
    figures: dict[str, Any] = {"papers": n}
    if not (reuse and (base / "graph.sqlite").exists()):
        shutil.rmtree(base, ignore_errors=True)
        figures["build"] = _timed(
            ["build", str(corpus), "--no-similarity", "--json", "--data-dir", str(base)]
        )
    added = work / f"store-{n}-add"
    copy_to_write(base, added)
    figures["add"] = _timed(["add", str(extra), "--no-similarity", "--json", "--data-dir", str(added)])
    shutil.rmtree(added, ignore_errors=True)
    if not full:
        return figures
    full = work / f"store-{n}-full"
    shutil.rmtree(full, ignore_errors=True)
    figures["full"] = _timed(
        ["build", str(corpus), str(extra), "--no-similarity", "--json", "--data-dir", str(full)]
    )
    shutil.rmtree(full, ignore_errors=True)
    return figures


def compare_sources(
    sizes: list[int], work: Path, extra: Path, sources: dict[str, Path], rounds: int = 3, reuse: bool = False
) -> list[dict[str, Any]]:
    """Build each size's store with each source tree, then time its adds alternately, ``rounds`` each."""
    results: list[dict[str, Any]] = []
    for n in sizes:
        corpus = work / f"corpus-{n}.jsonl"
        if not (reuse and corpus.exists()):
            make_corpus(corpus, n, seed=0)
        figures: dict[str, Any] = {"papers": n, "build": {}, "adds": {label: [] for label in sources}}
        envs = {label: {**os.environ, "PYTHONPATH": str(src.resolve())} for label, src in sources.items()}
        for label in sources:
            base = work / label / f"store-{n}"
            if not (reuse and (base / "graph.sqlite").exists()):
                shutil.rmtree(base, ignore_errors=True)
                base.parent.mkdir(parents=True, exist_ok=True)
                figures["build"][label] = _timed(
                    ["build", str(corpus), "--no-similarity", "--json", "--data-dir", str(base)], envs[label]
                )
        for _ in range(rounds):
            for label in sources:
                added = work / label / f"store-{n}-add"
                copy_to_write(work / label / f"store-{n}", added, envs[label])
                figures["adds"][label].append(
                    _timed(
                        ["add", str(extra), "--no-similarity", "--json", "--data-dir", str(added)],
                        envs[label],
                    )
                )
                shutil.rmtree(added, ignore_errors=True)
        results.append(figures)
    return results


def print_comparison(results: list[dict[str, Any]]) -> None:
    """Print :func:`compare_sources`'s figures: per size and tree, the median add (and every round's CPU)."""
    labels = list(results[0]["adds"])
    for r in results:
        print(f"add of 10 papers to {r['papers']:,}:")
        for label in labels:
            adds = r["adds"][label]
            cpu = statistics.median(a["cpu_s"] for a in adds)
            wall = statistics.median(a["wall_s"] for a in adds)
            peak = statistics.median(a["peak_mib"] for a in adds)
            rounds = ", ".join(str(a["cpu_s"]) for a in adds)
            written = adds[0].get("written", {})
            print(
                f"  {label:>10}: {cpu} CPU s ({rounds}), {wall} s wall, {peak:.0f} MiB; "
                f"wrote {written.get('edges')} edges, deleted {written.get('edges deleted')}"
            )
    for label in labels:
        medians = [statistics.median(a["cpu_s"] for a in r["adds"][label]) for r in results]
        for (before, after), (m0, m1) in zip(
            itertools.pairwise(results), itertools.pairwise(medians), strict=True
        ):
            print(f"{label}: add at {after['papers']:,} / at {before['papers']:,}: {m1 / m0:.1f}x CPU")


def _row(name: str, cells: list[str]) -> str:
    return name.ljust(30) + "".join(c.rjust(36) for c in cells)


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print its table (or ``--json``)."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench-add"))
    parser.add_argument("--reuse", action="store_true", help="reuse corpora and built stores left in --work")
    parser.add_argument(
        "--no-full", action="store_true", help="skip the full build of N + 10 (long at 100k and beyond)"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON instead of a table")
    parser.add_argument(
        "--table", type=Path, help="print the table of a JSON file this benchmark wrote, and exit"
    )
    parser.add_argument(
        "--src",
        action="append",
        default=[],
        metavar="LABEL=DIR",
        help="a source tree to compare (twice or more): each builds its stores, the adds alternate",
    )
    parser.add_argument("--rounds", type=int, default=3, help="adds per source tree with --src")
    args = parser.parse_args(argv)
    if args.table is not None:
        results = json.loads(args.table.read_text(encoding="utf-8"))
        (print_comparison if results and "adds" in results[0] else print_table)(results)
        return
    args.work.mkdir(parents=True, exist_ok=True)
    extra = _extra_papers(args.work / "extra-10.jsonl")
    if args.src:
        sources = {label: Path(path) for label, _, path in (s.partition("=") for s in args.src)}
        compared = compare_sources(args.sizes, args.work, extra, sources, args.rounds, args.reuse)
        if args.json:
            print(json.dumps(compared, indent=2))
        else:
            print_comparison(compared)
        return
    results = [run_size(n, args.work, extra, args.reuse, not args.no_full) for n in args.sizes]
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print_table(results)


def print_table(results: list[dict[str, Any]]) -> None:
    """Print the figures of :func:`run_size` for each size, side by side."""
    sizes = [f"{r['papers']:,} papers" for r in results]
    print(_row("", sizes))

    def cell(figures: dict[str, Any] | None) -> str:
        if not figures:
            return "(reused)"
        return f"{figures['wall_s']} s ({figures['cpu_s']} cpu), {figures['peak_mib']} MiB"

    print(_row("build N (setup)", [cell(r.get("build")) for r in results]))
    print(_row("add 10", [cell(r["add"]) for r in results]))
    print(_row("full build N + 10", [cell(r.get("full")) if "full" in r else "(skipped)" for r in results]))
    print(
        _row(
            "add / full build (wall)",
            [f"{r['add']['wall_s'] / r['full']['wall_s']:.2f}" if "full" in r else "-" for r in results],
        )
    )
    print(
        _row(
            "add wrote (edges / deleted)",
            [
                f"{r['add'].get('written', {}).get('edges', '?')} / {r['add'].get('written', {}).get('edges deleted', '?')}"
                for r in results
            ],
        )
    )
    for before, after in itertools.pairwise(results):
        ratio = after["add"]["wall_s"] / before["add"]["wall_s"]
        cpu = after["add"]["cpu_s"] / before["add"]["cpu_s"]
        print(f"add {after['papers']:,} / {before['papers']:,}: {ratio:.1f}x wall, {cpu:.1f}x cpu")


if __name__ == "__main__":
    main()
