"""Benchmark a build from a large JSON Lines corpus against just parsing it with ``json.loads``.

Each phase runs in a fresh Python process, so its peak memory (``ru_maxrss``)
is its own:

``parse``
    read the corpus and ``json.loads`` every line (the floor for any loader);
``load``
    stream it through ``paperkg.loaders.load_file`` (parse, repair, validate);
``build``
    ``build_graph`` into the default embedded store (SQLite) through the real
    pipeline with similarity off (inference and citations as installed, unless
    ``--no-infer``), once per ``--workers`` value; its peak RSS is the build
    process's, and ``tree`` the largest sum of RSS over it and its worker
    processes, sampled every 0.2 s, with their CPU seconds;
``floor``
    take the saved graph's nodes and edges as plain dicts (not timed), then time
    only adding them to an empty ``networkx.MultiDiGraph`` and encoding them as
    the store's ``save`` does: no parsing, no repair, no inference, no models.
    No build into the embedded store can be faster than this;
``open``
    open the saved store read-only (what every query command pays first).

Run from the repository root::

    python -m benchmarks.bench_build -n 100000
    python -m benchmarks.bench_build --corpus /tmp/corpus.jsonl --no-infer
    python -m benchmarks.bench_build --corpus /tmp/c1m.jsonl --phases parse,build --workers 1,2
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

__all__ = ["main", "run_phase"]

PHASES = ("parse", "load", "build", "floor", "open")


def _peak_mib() -> float:
    # ru_maxrss is in KiB on Linux, bytes on macOS.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _tree(root: int) -> dict[int, tuple[float, float]]:
    """Return ``pid -> (RSS MiB, CPU seconds)`` of ``root`` and every process under it (Linux ``/proc``)."""
    parents: dict[int, int] = {}
    usage: dict[int, tuple[float, float]] = {}
    page, tick = os.sysconf("SC_PAGE_SIZE"), os.sysconf("SC_CLK_TCK")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            parents[int(entry.name)] = int(fields[1])
            usage[int(entry.name)] = (int(fields[21]) * page / 2**20, (int(fields[11]) + int(fields[12])) / tick)
        except (OSError, IndexError, ValueError):
            continue
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        for child, parent in parents.items():
            if parent == pid and child not in tree:
                tree.add(child)
                frontier.append(child)
    return {pid: usage[pid] for pid in tree if pid in usage}


class _TreeSampler:
    """Sample this process and its workers in a thread: the largest summed RSS, and their CPU seconds."""

    def __init__(self) -> None:
        self.peak = 0.0
        self._cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @property
    def cpu_seconds(self) -> float:
        """CPU seconds of this process and every worker seen (a worker's last 0.2 s may be missed)."""
        return sum(self._cpu.values())

    def _sample(self) -> None:
        found = _tree(os.getpid())
        self.peak = max(self.peak, sum(rss for rss, _ in found.values()))
        for pid, (_, cpu) in found.items():
            self._cpu[pid] = max(cpu, self._cpu.get(pid, 0.0))

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            self._sample()

    def __enter__(self) -> _TreeSampler:
        if Path("/proc/self/stat").exists():
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
            self._sample()


def run_phase(
    phase: str, corpus: Path, data_dir: Path, infer: bool, workers: int | None = None
) -> dict[str, Any]:
    """Run one phase in this process and return its timings and peak memory.

    Parameters
    ----------
    phase
        One of :data:`PHASES`.
    corpus
        The JSON Lines corpus.
    data_dir
        The store's data directory (written by ``build``, read by ``open``).
    infer
        Run the inference stage during ``build``.
    workers
        Processes for the build's per-paper work (``None``: one per core).

    Returns
    -------
    dict
        ``phase``, ``seconds``, ``records`` (or ``papers``), ``peak_mib`` and phase details.
    """
    started = time.perf_counter()
    result: dict[str, Any] = {"phase": phase}
    if phase == "parse":
        count = 0
        with corpus.open("r", encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    json.loads(line)
                    count += 1
        result["records"] = count
    elif phase == "load":
        from paperkg.loaders import LoadReport, load_file

        load_report = LoadReport(source=str(corpus))
        result["records"] = sum(1 for _ in load_file(corpus, report=load_report))
        result["rejected"] = len(load_report.rejected)
    elif phase == "build":
        from paperkg.graph import BuildOptions, build_graph, open_store

        options = BuildOptions(similarity=False, infer=infer, workers=workers)
        with (
            _TreeSampler() as sampler,
            open_store("sqlite", data_dir=data_dir, writable=True, create=True) as store,
        ):
            built_report = build_graph([corpus], store, options)
            built = time.perf_counter()
        result["workers"] = workers
        result["tree_peak_mib"] = round(sampler.peak, 1)
        result["cpu_seconds"] = round(sampler.cpu_seconds, 1)
        result["records"] = built_report.records_read
        result["papers"] = built_report.papers_total
        result["rejected"] = built_report.rejected
        result["save_seconds"] = round(time.perf_counter() - built, 3)
        result["stages"] = {s.name: s.skipped or "ran" for s in built_report.stages}
        result["counts"] = built_report.counts
        result["store_mib"] = round(
            sum(p.stat().st_size for p in data_dir.iterdir() if p.is_file()) / 2**20, 1
        )
    elif phase == "floor":
        result.update(_store_floor(data_dir))  # its own "seconds": reading the file is not timed
    elif phase == "open":
        from paperkg.graph import NetworkXStore

        store = NetworkXStore.open(data_dir)
        result["papers"] = store.counts()["nodes"].get("paper", 0)
        store.close()
    else:
        raise ValueError(f"unknown phase {phase!r}; choose one of {', '.join(PHASES)}")
    result.setdefault("seconds", round(time.perf_counter() - started, 3))
    result["peak_mib"] = round(_peak_mib(), 1)
    return result


def _store_floor(data_dir: Path) -> dict[str, Any]:
    """Time inserting and encoding the saved graph's records, and nothing else."""
    import networkx as nx

    from paperkg._gc import cyclic_gc_paused
    from paperkg.graph import NetworkXStore
    from paperkg.graph.stores.networkx import encode_record

    saved = NetworkXStore.open(data_dir).graph  # read by the store's own reader, not timed
    nodes = [attrs for _, attrs in saved.nodes(data=True)]
    edges = [attrs for _, _, attrs in saved.edges(data=True)]
    with cyclic_gc_paused():  # as the build does while it bulk-loads
        started = time.perf_counter()
        graph = nx.MultiDiGraph()
        for attrs in nodes:
            graph.add_node(attrs["id"], **attrs)
        for attrs in edges:
            graph.add_edge(attrs["source"], attrs["target"], key=attrs["kind"], **attrs)
        inserted = time.perf_counter()
        encoded = sum(len(encode_record(attrs)) for _, attrs in graph.nodes(data=True))
        encoded += sum(len(encode_record(attrs)) for _, _, attrs in graph.edges(data=True))
        done = time.perf_counter()
    return {
        "papers": sum(1 for attrs in nodes if attrs.get("kind") == "paper"),
        "nodes": len(nodes),
        "edges": len(edges),
        "seconds": round(done - started, 3),
        "insert_seconds": round(inserted - started, 3),
        "encode_seconds": round(done - inserted, 3),
        "encoded_mib": round(encoded / 2**20, 1),
    }


def _in_child(
    phase: str, corpus: Path, data_dir: Path, infer: bool, workers: int | None = None
) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks.bench_build", "--phase", phase, "--corpus", str(corpus)]
    command += ["--data-dir", str(data_dir)] + ([] if infer else ["--no-infer"])
    command += [] if workers is None else ["--workers", str(workers)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _rate(count: int, seconds: float) -> str:
    return f"{count / seconds:>10,.0f}/s" if seconds else "         -"


def main(argv: list[str] | None = None) -> None:
    """Parse the command line, run the phases and print the table."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_build", description=__doc__.splitlines()[0]
    )
    parser.add_argument("-n", type=int, default=100_000, help="records to generate [100000]")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed [0]")
    parser.add_argument("--corpus", type=Path, help="use this JSONL instead of generating one")
    parser.add_argument("--data-dir", type=Path, help="store directory [a temporary one]")
    parser.add_argument("--no-infer", action="store_true", help="skip the inference stage too")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--phases", default=",".join(PHASES), help=f"phases to run, in order [{','.join(PHASES)}]"
    )
    parser.add_argument(
        "--workers", default="", help="build once per value, e.g. 1,2 [one build, a worker per core]"
    )
    parser.add_argument("--phase", choices=PHASES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    infer = not args.no_infer
    phases = [p for p in args.phases.split(",") if p]
    unknown = [p for p in phases if p not in PHASES]
    if unknown:
        parser.error(f"unknown phase {unknown[0]!r}; choose from {', '.join(PHASES)}")
    worker_counts: list[int | None] = [int(w) for w in args.workers.split(",") if w] or [None]

    if args.phase:
        # A child process: run one phase and answer on stdout.
        print(json.dumps(run_phase(args.phase, args.corpus, args.data_dir, infer, worker_counts[0])))
        return

    with tempfile.TemporaryDirectory(prefix="paperkg-bench-") as tmp:
        corpus = args.corpus
        generated = None
        if corpus is None:
            from benchmarks.make_corpus import make_corpus

            started = time.perf_counter()
            corpus = make_corpus(Path(tmp) / "corpus.jsonl", args.n, seed=args.seed)
            generated = time.perf_counter() - started
        data_dir = args.data_dir or Path(tmp) / "paperkg-data"
        results = []
        for phase in phases:
            for workers in worker_counts if phase == "build" else [None]:
                results.append(_in_child(phase, corpus, data_dir, infer, workers))

    if args.json:
        print(
            json.dumps({"corpus": str(corpus), "generated_seconds": generated, "phases": results}, indent=2)
        )
        return
    size = corpus.stat().st_size / 2**20 if corpus.exists() else 0.0
    print(
        f"paperkg build benchmark on {platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} CPUs"
    )
    corpus_line = (
        f"corpus: {corpus}"
        if generated is None
        else f"corpus: {args.n:,} generated records (seed {args.seed}, {generated:.1f} s)"
    )
    print(corpus_line + (f", {size:.0f} MiB" if size else ""))
    print(f"{'phase':<8}{'seconds':>9}{'rate':>14}{'peak RSS':>11}  notes")
    by_phase = {r["phase"]: r for r in results}
    for r in results:
        count = r.get("papers") if r["phase"] in ("build", "floor", "open") else r.get("records")
        unit = "papers" if r["phase"] in ("build", "floor", "open") else "records"
        notes = f"{count:,} {unit}"
        if r["phase"] == "build":
            notes += (
                f", workers {r['workers'] or os.cpu_count()}, RSS with workers {r['tree_peak_mib']:.0f} MiB,"
                f" CPU {r['cpu_seconds']:.0f} s ({r['papers'] / max(r['cpu_seconds'], 0.1):,.0f} papers a CPU s),"
                f" save {r['save_seconds']:.1f} s, store {r['store_mib']} MiB, stages {r['stages']}"
            )
        if r["phase"] == "floor":
            notes += (
                f", {r['edges'] / max(r['papers'], 1):.1f} edges a paper; insert {r['insert_seconds']:.1f} s,"
                f" encode {r['encode_seconds']:.1f} s"
            )
        if r.get("rejected"):
            notes += f", {r['rejected']} rejected"
        rate = _rate(count or 0, r["seconds"]) if r["phase"] != "open" else "         -"
        print(f"{r['phase']:<8}{r['seconds']:>9.2f}{rate:>14}{r['peak_mib']:>8.0f} MiB  {notes}")
    parse = by_phase["parse"]["seconds"] if "parse" in by_phase else 0.0
    for r in results:
        if r["phase"] in ("build", "floor") and r["seconds"] and parse:
            who = f"build, {r['workers'] or os.cpu_count()} workers," if r["phase"] == "build" else "floor"
            print(f"{who} runs at {100 * parse / r['seconds']:.1f}% of the speed of json.loads alone")


if __name__ == "__main__":
    main()
