"""Lineage and path latency on a synthetic 100k-paper corpus: NetworkX vs FalkorDB, same answers.

Papers come from ``make_corpus``; each builds on up to three earlier papers
(see ``benchmarks._servers.synthetic_corpus``). Both stores hold the same
graph; each query runs on both, the answers are compared, and the latency of
each backend is reported as median and 95th percentile in milliseconds.

    python -m benchmarks.bench_queries -n 100000 --samples 30
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections.abc import Callable
from typing import Any

from benchmarks._servers import falkordb_server, synthetic_corpus
from paperkg.graph import NetworkXStore
from paperkg.graph.stores.falkordb import FalkorDBStore
from paperkg.graph.stores.protocol import GraphStore
from paperkg.queries import lineage, path


def _time(call: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = call()
    return (time.perf_counter() - started) * 1000, result


def _summary(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "median_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 2),
    }


def main(argv: list[str] | None = None) -> None:
    """Build both stores, run the sampled queries, print one JSON report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=100_000, help="papers")
    parser.add_argument("--samples", type=int, default=30, help="queries of each kind")
    parser.add_argument("--depth", type=int, default=3)
    parser.add_argument("--max-hops", type=int, default=6)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    papers, edges = synthetic_corpus(args.n)
    made = time.perf_counter() - started
    reference = NetworkXStore.in_memory()
    reference.upsert_papers(papers)
    reference.upsert_edges(edges)
    rng = random.Random(1)
    ids = [p.id for p in papers]
    roots = rng.sample(ids, args.samples)
    pairs = [(rng.choice(ids), rng.choice(ids)) for _ in range(args.samples)]
    # Directed pairs that are connected: a paper and the farthest ancestor its lineage reaches.
    directed_pairs = []
    for root in roots:
        hops = lineage(reference, root, "up", depth=args.depth).hops
        directed_pairs.append((root, hops[-1].target.id if hops else rng.choice(ids)))
    queries: dict[str, list[Callable[[GraphStore], Any]]] = {
        f"lineage_up_depth{args.depth}": [
            lambda s, r=r: lineage(s, r, "up", depth=args.depth)
            for r in roots  # type: ignore[misc]
        ],
        f"lineage_down_depth{args.depth}": [
            lambda s, r=r: lineage(s, r, "down", depth=args.depth)
            for r in roots  # type: ignore[misc]
        ],
        "path_undirected": [
            lambda s, a=a, b=b: path(s, a, b, kinds=["BUILDS_ON"], max_hops=args.max_hops)  # type: ignore[misc]
            for a, b in pairs
        ],
        "path_directed": [
            lambda s, a=a, b=b: path(s, a, b, kinds=["BUILDS_ON"], max_hops=args.max_hops, directed=True)  # type: ignore[misc]
            for a, b in directed_pairs
        ],
    }
    report: dict[str, Any] = {"papers": len(papers), "edges": len(edges), "corpus_s": round(made, 1)}
    with falkordb_server() as url:
        server = FalkorDBStore.connect(url=url, graph="bench-queries")
        load_started = time.perf_counter()
        server.upsert_papers(papers)
        server.upsert_edges(edges)
        report["falkordb_load_s"] = round(time.perf_counter() - load_started, 1)
        for name, calls in queries.items():
            timings: dict[str, list[float]] = {"networkx": [], "falkordb": []}
            mismatches = 0
            found = 0
            for call in calls:
                nx_ms, nx_answer = _time(lambda call=call: call(reference))  # type: ignore[misc]
                fk_ms, fk_answer = _time(lambda call=call: call(server))  # type: ignore[misc]
                timings["networkx"].append(nx_ms)
                timings["falkordb"].append(fk_ms)
                mismatches += nx_answer != fk_answer
                found += bool(getattr(nx_answer, "found", True)) and bool(getattr(nx_answer, "hops", [1]))
            report[name] = {
                "networkx": _summary(timings["networkx"]),
                "falkordb": _summary(timings["falkordb"]),
                "non_empty": found,
                "samples": len(calls),
                "mismatches": mismatches,
            }
        server.close()
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
