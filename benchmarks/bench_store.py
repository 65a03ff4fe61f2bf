"""The embedded store at several sizes: build, store size, each read command cold, add of 10 papers.

For each corpus size (synthetic papers from ``make_corpus``, built without
similarity), in a fresh process each, as a user runs them:

- ``paperkg build``: wall time, papers/s and peak RSS;
- the store's size on disk per paper;
- every read command (``show``, ``entities``, ``lineage``, ``family``,
  ``datasets``, ``similar``, ``search``, ``influential``, ``stats``, ``author``
  and its co-authors, ``query co_cited``, ``coupled`` and ``path``, a
  ``show`` of a misspelt title, ``viz --paper`` and the whole-graph ``viz``) run as
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

__all__ = ["copy_to_write", "main", "run_command", "run_size"]

READS = ("show", "entities", "lineage", "datasets", "similar")


def run_command(args: list[str], env: dict[str, str] | None = None) -> tuple[float, float, int, str, float]:
    """Run ``python -m paperkg ARGS`` in a fresh process.

    Return wall seconds, peak RSS MiB, exit code, stdout and CPU seconds (user and
    system: on a shared machine the wall time mostly measures the others' load).
    """
    import tempfile

    with tempfile.NamedTemporaryFile("r", suffix=".hwm") as hwm:
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-c", _WITH_PEAK, *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env={**(env or os.environ), "BENCH_HWM_FILE": hwm.name},
        )
        assert process.stdout is not None
        out = process.stdout.read().decode("utf-8", "replace")
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - started
        peak_kib = int(hwm.read().strip() or 0)
    return seconds, peak_kib / 1024, process.returncode, out, usage.ru_utime + usage.ru_stime


# Runs `python -m paperkg ARGS` and, at exit, writes its own peak RSS (VmHWM) to $BENCH_HWM_FILE:
# ru_maxrss from wait4 would report the benchmark process itself, whose pages the child
# inherited at fork before exec (Linux keeps that high-water mark across exec).
_WITH_PEAK = """
import atexit, os, runpy, sys
def _peak():
    with open("/proc/self/status") as status, open(os.environ["BENCH_HWM_FILE"], "w") as out:
        out.write(next(l.split()[1] for l in status if l.startswith("VmHWM:")))
atexit.register(_peak)
sys.argv = ["paperkg", *sys.argv[1:]]
runpy.run_module("paperkg", run_name="__main__", alter_sys=True)
"""


def _extra_papers(path: Path, count: int = 10) -> Path:
    """Write ``count`` records with arXiv ids no generated corpus uses (2025)."""
    from benchmarks.make_corpus import iter_records

    with path.open("w", encoding="utf-8") as handle:
        for i, record in enumerate(iter_records(count, seed=99)):
            record["arxiv_id"] = f"2501.{i + 1:05d}v1"
            record["published"] = "2025-01-15"
            handle.write(json.dumps(record) + "\n")
    return path


# Opened for writing and saved, a store an earlier version wrote is brought up to this one (the first
# writer makes the tables and indexes it lacks: 1.1 s at 20k papers for the text keys alone).
_OPEN_TO_WRITE = """
import sys
from paperkg.graph.stores.sqlite import SQLiteStore
store = SQLiteStore.open(sys.argv[1], writable=True)
store.save()
store.close()
"""


def copy_to_write(source: Path, copy: Path, env: dict[str, str] | None = None) -> None:
    """Copy the store in ``source`` to ``copy`` and open it once for writing, untimed.

    An add timed on the copy then costs what an add costs, not what the first writer of a
    store an earlier version wrote pays once. ``env`` (its ``PYTHONPATH``) picks the tree.
    """
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(source, copy)
    subprocess.run([sys.executable, "-c", _OPEN_TO_WRITE, str(copy)], env=env, check=True)


def _store_bytes(data_dir: Path) -> int:
    return sum(p.stat().st_size for p in data_dir.iterdir() if p.name.startswith("graph.sqlite"))


_WRITE_SYNTHETIC = """
import json, sys, time
from benchmarks.bench_store import write_synthetic_graph
counts = write_synthetic_graph(sys.argv[1], int(sys.argv[2]))
print(json.dumps({"counts": counts}))
"""


def write_synthetic_graph(data_dir: str | Path, n: int, seed: int = 0) -> dict[str, dict[str, int]]:
    """Write an ``n``-paper graph straight into a new store, without inference: a store benchmark.

    Papers are ``make_corpus`` records; each paper gets about 19 edges, the degree of
    an inferred 100k corpus: 3 BUILDS_ON to earlier papers with a sentence of its
    abstract as evidence, 6 SAME_FAMILY and 3 SHARES_DATASET partners (with what
    they share), 2 IN_FAMILY, 3 MENTIONS and 2 USES_DATASET of 2,000 methods, 500
    datasets and 300 families. Rows stream in batches of 5,000 papers: memory is
    bounded by the batch and the list of ids drawn from.
    """
    from benchmarks.make_corpus import iter_records
    from paperkg.graph import SQLiteStore
    from paperkg.models import Dataset, Method, MethodFamily, Paper

    rng = random.Random(seed)
    families = [MethodFamily(name=f"family {i}") for i in range(300)]
    methods = [Method(name=f"method {i}") for i in range(2000)]
    datasets = [Dataset(name=f"dataset {i}") for i in range(500)]
    with SQLiteStore.open(data_dir, writable=True, create=True) as store:
        store.clear()
        store.upsert_entities([*families, *methods, *datasets])
        ids: list[str] = []
        batch: list[dict[str, Any]] = []
        edges: list[dict[str, Any]] = []
        pools = (("IN_FAMILY", families, 2), ("MENTIONS", methods, 3), ("USES_DATASET", datasets, 2))

        def flush() -> None:
            store.upsert_paper_rows(batch)
            store.upsert_edge_rows(edges)
            batch.clear()
            edges.clear()

        for record in iter_records(n, seed=seed):
            paper = Paper.model_validate(record).model_dump(mode="json")
            pid = paper["id"]
            sentences = (paper.get("abstract") or "x").split(". ")
            batch.append(paper)
            if ids:
                for target in {rng.choice(ids) for _ in range(3)}:
                    edges.append(
                        {
                            "kind": "BUILDS_ON",
                            "source": pid,
                            "target": target,
                            "relation": "uses",
                            "evidence": rng.choice(sentences),
                            "confidence": 0.7,
                        }
                    )
                for kind, k, pool in (("SAME_FAMILY", 6, families), ("SHARES_DATASET", 3, datasets)):
                    for target in {rng.choice(ids) for _ in range(k)}:
                        shared = [rng.choice(pool).name]
                        edges.append(
                            {"kind": kind, "source": pid, "target": target, "score": 0.5, "shared": shared}
                        )
            for kind, entities, k in pools:
                for entity in rng.sample(entities, k):
                    edges.append(
                        {"kind": kind, "source": pid, "target": entity.id, "evidence": rng.choice(sentences)}
                    )
            ids.append(pid)
            if len(batch) >= 5000:
                flush()
        flush()
        store.save()
        return store.counts()


def run_size(
    n: int,
    work: Path,
    samples: int = 3,
    seed: int = 0,
    infer: bool = True,
    synthetic: bool = False,
    reuse: bool = False,
) -> dict[str, Any]:
    """Build an ``n``-paper corpus (or write a synthetic graph) and time every command on it."""
    from benchmarks.make_corpus import make_corpus

    data_dir = work / (f"synthetic-{n}" if synthetic else f"store-{n}")
    env = {**os.environ, "PAPERKG_DATA_DIR": str(data_dir)}
    reused = reuse and (data_dir / "graph.sqlite").exists()
    if reused:
        seconds, rss, code, out, _ = run_command(["stats", "--json"], env)
        stats = json.loads(out)
        out = json.dumps({"counts": {"nodes": stats["nodes"], "edges": stats["edges"]}})
        seconds = rss = float("nan")
    elif synthetic:
        shutil.rmtree(data_dir, ignore_errors=True)
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-c", _WRITE_SYNTHETIC, str(data_dir), str(n)], stdout=subprocess.PIPE, env=env
        )
        assert process.stdout is not None
        out = process.stdout.read().decode()
        _, status, usage = os.wait4(process.pid, 0)
        seconds, rss = time.perf_counter() - started, usage.ru_maxrss / 1024
        code = os.waitstatus_to_exitcode(status)
    else:
        shutil.rmtree(data_dir, ignore_errors=True)
        corpus = work / f"corpus-{n}.jsonl"
        if not corpus.exists():
            make_corpus(corpus, n, seed=seed)
        build_args = ["build", str(corpus), "--no-similarity", "--json"] + ([] if infer else ["--no-infer"])
        seconds, rss, code, out, _ = run_command(build_args, env)
    if code != 0:
        raise RuntimeError(f"build of {n} papers failed with exit code {code}")
    counts = json.loads(out)["counts"]
    papers = counts["nodes"]["paper"]
    figures: dict[str, Any] = {
        "papers": papers,
        "edges": sum(counts["edges"].values()),
        "build": None
        if reused
        else {
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
        authors = sorted(str(attrs.get("name")) for _, attrs in store.nodes_of_kind("author"))
    chosen = random.Random(seed).sample(ids, min(samples, len(ids)))
    pairs = [random.Random(seed + i).sample(ids, 2) for i in range(samples)] if len(ids) > 1 else []
    commands: dict[str, list[list[str]]] = {name: [[name, p, "--json"] for p in chosen] for name in READS}
    if families:
        commands["family"] = [["family", families[len(families) // 2], "--json"]] * samples
    commands["search"] = [["search", "second-order optimizer", "--json"]] * samples
    commands["influential"] = [["query", "influential"]] * samples
    commands["stats"] = [["stats", "--json"]] * samples
    if authors:
        people = random.Random(seed).sample(authors, min(samples, len(authors)))
        commands["author"] = [["author", name, "--json"] for name in people]
        commands["author --coauthors"] = [["author", name, "--coauthors", "--json"] for name in people]
    commands["query co_cited"] = [["query", "co_cited", p, "--json"] for p in chosen]
    commands["query coupled"] = [["query", "coupled", p, "--json"] for p in chosen]
    if pairs:
        commands["query path"] = [["query", "path", a, b, "--json"] for a, b in pairs]
    # A reference that names no paper: answered with the closest names, read by index.
    commands["show (a typo)"] = [["show", "Prompt Enginer Revisted Zzyx"]] * samples
    view = str(work / f"view-{n}.html")
    commands["viz --paper"] = [["viz", "--paper", p, "-o", view] for p in chosen]
    commands["viz (whole graph)"] = [["viz", "-o", view]] * samples
    # Process start and the CLI's imports, which every command pays before it reads the store.
    commands["(start-up: --help)"] = [["--help"]] * samples
    lookups: dict[str, Any] = {}
    for name, runs in commands.items():
        timings = [run_command(args, env) for args in runs]
        # a miss exits 1 with its suggestions, as it should
        failed = [t[2] for t in timings if t[2] != 0 and not (name == "show (a typo)" and t[2] == 1)]
        lookups[name] = {
            "median_s": round(statistics.median(t[0] for t in timings), 3),
            "median_cpu_s": round(statistics.median(t[4] for t in timings), 3),
            "peak_mib": round(max(t[1] for t in timings)),
            "failed": len(failed),
        }
    figures["lookups"] = lookups
    if synthetic:
        return figures  # add needs a corpus to infer over
    copy = work / f"store-{n}-add"
    copy_to_write(data_dir, copy)
    extra = _extra_papers(work / "extra-10.jsonl")
    add_args = ["add", str(extra), "--no-similarity", "--json"] + ([] if infer else ["--no-infer"])
    seconds, rss, code, _, cpu = run_command(add_args, {**os.environ, "PAPERKG_DATA_DIR": str(copy)})
    figures["add_10"] = {
        "seconds": round(seconds, 2),
        "cpu_s": round(cpu, 2),
        "peak_mib": round(rss),
        "exit": code,
    }
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
    parser.add_argument(
        "--synthetic", action="store_true", help="write a synthetic graph into the store instead of building"
    )
    parser.add_argument("--reuse", action="store_true", help="time the commands on stores already in --work")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    results = {
        n: run_size(
            n, args.work, args.samples, infer=not args.no_infer, synthetic=args.synthetic, reuse=args.reuse
        )
        for n in args.sizes
    }
    if args.json:
        print(json.dumps(results, indent=2))
        return
    sizes = list(results)
    print("papers".ljust(30) + "".join(f"{results[n]['papers']:>20,}" for n in sizes))
    print("edges".ljust(30) + "".join(f"{results[n]['edges']:>20,}" for n in sizes))
    if all(results[n]["build"] for n in sizes):  # None when --reuse found the store built
        print(
            "build s (papers/s)".ljust(30)
            + "".join(
                f"{results[n]['build']['seconds']:>9} ({results[n]['build']['papers_per_s']:>4})"
                for n in sizes
            )
        )
        print("build peak MiB".ljust(30) + "".join(f"{results[n]['build']['peak_mib']:>16}" for n in sizes))
    print(
        "store bytes/paper".ljust(30) + "".join(f"{results[n]['store_bytes_per_paper']:>16,}" for n in sizes)
    )
    for name in results[sizes[0]]["lookups"]:
        cells = []
        for n in sizes:
            row = results[n]["lookups"].get(name)
            cells.append(
                f"{row['median_s']:>5.2f}/{row['median_cpu_s']:.2f}s {row['peak_mib']:>4}M"
                if row
                else " " * 16
            )
        print(f"{name} (wall/cpu s, MiB)".ljust(30) + "".join(f"{c:>20}" for c in cells))
    if not all("add_10" in results[n] for n in sizes):
        return
    print(
        "add 10 (s, MiB)".ljust(30)
        + "".join(
            f"{results[n]['add_10']['seconds']:>8.2f}s {results[n]['add_10']['peak_mib']:>4}M" for n in sizes
        )
    )


if __name__ == "__main__":
    main()
