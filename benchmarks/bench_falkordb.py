"""Load throughput into FalkorDB: the paperkg store vs the bare client running the same statements.

Both sides run the same ``UNWIND $rows ... MERGE`` statements with the same
batch size into fresh graphs of one server. The bare side gets its rows
ready-made (built once, outside the clock); the store's clock includes turning
models into rows. Rounds alternate bare/store and the best round of each counts.

    python -m benchmarks.bench_falkordb -n 20000 --rounds 3
"""

from __future__ import annotations

import argparse
import json
import time
from typing import Any

from benchmarks._servers import falkordb_server, synthetic_corpus
from paperkg.graph.stores import cypher
from paperkg.graph.stores.falkordb import FalkorDBStore
from paperkg.graph.stores.server import edge_row, node_row


def _bare(
    url: str, graph: str, node_rows: list[dict[str, Any]], edge_rows: list[dict[str, Any]], batch: int
) -> tuple[float, float]:
    from falkordb import FalkorDB

    handle = FalkorDB.from_url(url).select_graph(graph)
    for statement in cypher.DIALECTS["falkordb"].schema:
        handle.query(statement)
    nodes_stmt, edges_stmt = cypher.upsert_nodes_of("paper"), cypher.upsert_edges_of("BUILDS_ON")
    started = time.perf_counter()
    for i in range(0, len(node_rows), batch):
        handle.query(nodes_stmt, {"rows": node_rows[i : i + batch]})
    middle = time.perf_counter()
    for i in range(0, len(edge_rows), batch):
        handle.query(edges_stmt, {"rows": edge_rows[i : i + batch]})
    return middle - started, time.perf_counter() - middle


def _store(url: str, graph: str, papers: list[Any], edges: list[Any], batch: int) -> tuple[float, float]:
    store = FalkorDBStore.connect(url=url, graph=graph, batch_size=batch)
    started = time.perf_counter()
    store.upsert_papers(papers)
    middle = time.perf_counter()
    store.upsert_edges(edges)
    done = time.perf_counter()
    store.close()
    return middle - started, done - middle


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print one JSON object of rates."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=20000, help="papers")
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    papers, edges = synthetic_corpus(args.n)
    node_rows = [node_row(p) for p in papers]
    edge_rows = [edge_row(e) for e in edges]
    best: dict[str, list[float]] = {"bare": [1e9, 1e9], "store": [1e9, 1e9]}
    with falkordb_server() as url:
        for round_ in range(args.rounds):
            for side in ("bare", "store"):
                graph = f"bench-{side}-{round_}"
                if side == "bare":
                    times = _bare(url, graph, node_rows, edge_rows, args.batch)
                else:
                    times = _store(url, graph, papers, edges, args.batch)
                best[side] = [min(a, b) for a, b in zip(best[side], times, strict=True)]
    rate = {
        side: {"nodes_per_s": round(len(papers) / t[0]), "edges_per_s": round(len(edges) / t[1])}
        for side, t in best.items()
    }
    report = {
        "papers": len(papers),
        "edges": len(edges),
        "batch": args.batch,
        "rounds": args.rounds,
        **rate,
        "store_vs_bare_nodes": round(rate["store"]["nodes_per_s"] / rate["bare"]["nodes_per_s"], 3),
        "store_vs_bare_edges": round(rate["store"]["edges_per_s"] / rate["bare"]["edges_per_s"], 3),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
