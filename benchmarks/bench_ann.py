"""Approximate top-k (HNSW: usearch, faiss-cpu) against paperkg's exact top-k: time and recall@k.

Every paper of a build needs its neighbours, so each side answers all ``n``
vectors as queries against all ``n``. Recall@k is measured on ``--sample``
random query rows against the exact answer for those rows (exact on a sample is
cheap: ``sample x n`` products). The exact side's time for all ``n`` rows is
measured with ``--exact`` (slow: ``n^2 d`` multiply-adds), else left out.

Vectors: ``random`` (unit Gaussian, the hardest case for a graph index: no
structure) or ``clustered`` (``n / 100`` centres plus noise, closer to the
embeddings of real abstracts, which cluster by topic).

Needs ``pip install faiss-cpu usearch`` (benchmark only: paperkg itself uses
neither). Run from the repository root::

    python -m benchmarks.bench_ann -n 100000 --kind random
    python -m benchmarks.bench_ann -n 20000 --kind clustered --exact
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from typing import Any

import numpy as np

from paperkg.similarity.topk import normalise, top_k


def make_vectors(n: int, dim: int, kind: str, seed: int) -> np.ndarray:
    """``n`` L2-normalised float32 vectors."""
    rng = np.random.default_rng(seed)
    if kind == "random":
        return normalise(rng.standard_normal((n, dim), dtype=np.float32))
    centres = rng.standard_normal((max(n // 100, 1), dim), dtype=np.float32)
    which = rng.integers(0, len(centres), n)
    return normalise(centres[which] + 0.6 * rng.standard_normal((n, dim), dtype=np.float32))


def recall(found: np.ndarray, exact: np.ndarray) -> float:
    """Mean share of the exact neighbours found, per row."""
    k = exact.shape[1]
    return float(
        np.mean([len(set(f[:k].tolist()) & set(e.tolist())) / k for f, e in zip(found, exact, strict=True)])
    )


def run_usearch(
    x: np.ndarray, k: int, connectivity: int, expansion_add: int, expansion_search: int
) -> dict[str, Any]:
    """Build a usearch HNSW index (cosine, f32) and query every row for k+1 (self dropped)."""
    from usearch.index import Index

    started = time.perf_counter()
    index = Index(
        ndim=x.shape[1],
        metric="cos",
        dtype="f32",
        connectivity=connectivity,
        expansion_add=expansion_add,
        expansion_search=expansion_search,
    )
    index.add(np.arange(len(x)), x, threads=os.cpu_count() or 1)
    built = time.perf_counter() - started
    started = time.perf_counter()
    result = index.search(x, k + 1, threads=os.cpu_count() or 1)
    searched = time.perf_counter() - started
    return {"build_s": built, "search_s": searched, "keys": _drop_self(np.asarray(result.keys), k)}


def run_faiss(x: np.ndarray, k: int, m: int, ef_construction: int, ef_search: int) -> dict[str, Any]:
    """Build a faiss HNSW-Flat index (inner product) and query every row for k+1 (self dropped)."""
    import faiss

    started = time.perf_counter()
    index = faiss.IndexHNSWFlat(x.shape[1], m, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = ef_construction
    index.add(x)
    built = time.perf_counter() - started
    index.hnsw.efSearch = ef_search
    started = time.perf_counter()
    _, keys = index.search(x, k + 1)
    searched = time.perf_counter() - started
    return {"build_s": built, "search_s": searched, "keys": _drop_self(keys, k)}


def _drop_self(keys: np.ndarray, k: int) -> np.ndarray:
    out = np.full((len(keys), k), -1, dtype=np.int64)
    for row, found in enumerate(keys):
        others = [int(j) for j in found if j != row and j >= 0][:k]
        out[row, : len(others)] = others
    return out


def main(argv: list[str] | None = None) -> None:
    """Parse the command line, run the sides, print one JSON object."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_ann", description=__doc__.splitlines()[0]
    )
    parser.add_argument("-n", type=int, default=100_000)
    parser.add_argument("--dim", type=int, default=384)
    parser.add_argument("-k", type=int, default=10)
    parser.add_argument("--kind", choices=["random", "clustered"], default="random")
    parser.add_argument("--sample", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--exact", action="store_true", help="also time the exact top-k of all n rows")
    parser.add_argument("--sides", default="usearch,faiss")
    parser.add_argument("--m", type=int, default=32, help="graph degree (usearch connectivity, faiss M)")
    parser.add_argument("--ef-construction", type=int, default=128)
    parser.add_argument("--ef-search", type=int, default=128)
    args = parser.parse_args(argv)
    x = make_vectors(args.n, args.dim, args.kind, args.seed)
    rows = np.random.default_rng(args.seed + 1).choice(args.n, size=min(args.sample, args.n), replace=False)
    started = time.perf_counter()
    # Queried against itself through ``queries``, each sampled row finds itself first: drop it.
    exact = top_k(x, args.k + 1, queries=x[rows]).indices
    exact = np.array([[j for j in r if j != row][: args.k] for r, row in zip(exact, rows, strict=True)])
    sample_s = time.perf_counter() - started
    report: dict[str, Any] = {
        "n": args.n,
        "dim": args.dim,
        "k": args.k,
        "kind": args.kind,
        "sample": len(rows),
        "exact_sample_s": round(sample_s, 2),
        "cores": os.cpu_count(),
        "machine": f"{platform.machine()}, python {platform.python_version()}",
    }
    if args.exact:
        started = time.perf_counter()
        top_k(x, args.k)
        report["exact_all_s"] = round(time.perf_counter() - started, 2)
    for side in args.sides.split(","):
        if side == "usearch":
            out = run_usearch(x, args.k, args.m, args.ef_construction, args.ef_search)
        elif side == "faiss":
            out = run_faiss(x, args.k, args.m, args.ef_construction, args.ef_search)
        else:
            raise SystemExit(f"unknown side {side!r}")
        report[side] = {
            "build_s": round(out["build_s"], 2),
            "search_all_s": round(out["search_s"], 2),
            "total_s": round(out["build_s"] + out["search_s"], 2),
            f"recall@{args.k}": round(recall(out["keys"][rows], exact), 4),
        }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
