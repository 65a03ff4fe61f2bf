"""Benchmark exact blocked top-k against the bare NumPy products of the same total size.

Both sides compute every score of ``n`` random L2-normalised vectors against all
``n`` (``n x n x d`` multiply-adds), tile by tile with the same tile shape: the
bare side only multiplies into one preallocated tile (the floor: a single
``n x n`` product would need ``4 n^2`` bytes, 40 GB at 100k), the top-k side
also selects each row's exact top-k. Peak memory is what NumPy allocated
(``tracemalloc``) during the top-k call, and the process's ``ru_maxrss``.

Run from the repository root::

    python -m benchmarks.bench_topk -n 100000 -k 10
    python -m benchmarks.bench_topk -n 100000 --device cuda
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import time
import tracemalloc

import numpy as np

from paperkg.similarity.topk import DEFAULT_BLOCK_COLS, DEFAULT_BLOCK_ROWS, normalise, top_k


def bare_products(x: np.ndarray, block_rows: int, block_cols: int) -> float:
    """Seconds to compute every tile of ``x @ x.T`` into one preallocated buffer."""
    n = x.shape[0]
    tile = np.empty((block_rows, block_cols), dtype=np.float32)
    started = time.perf_counter()
    for r0 in range(0, n, block_rows):
        q = x[r0 : r0 + block_rows]
        for c0 in range(0, n, block_cols):
            c = x[c0 : c0 + block_cols]
            if len(q) == block_rows and len(c) == block_cols:
                np.matmul(q, c.T, out=tile)
            else:
                tile[: len(q), : len(c)] = q @ c.T
    return time.perf_counter() - started


def bare_products_torch(x: np.ndarray, block_rows: int, block_cols: int, device: str) -> float:
    """Seconds for the same tiles on the GPU with torch (synchronised)."""
    import torch

    xt = torch.from_numpy(x).to(device)
    torch.cuda.synchronize()
    started = time.perf_counter()
    for r0 in range(0, x.shape[0], block_rows):
        q = xt[r0 : r0 + block_rows]
        for c0 in range(0, x.shape[0], block_cols):
            _ = q @ xt[c0 : c0 + block_cols].T
    torch.cuda.synchronize()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> None:
    """Parse the command line, run both sides, print one JSON object."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_topk", description=__doc__.splitlines()[0]
    )
    parser.add_argument("-n", type=int, default=100_000, help="vectors [100000]")
    parser.add_argument("-d", type=int, default=384, help="dimensions [384]")
    parser.add_argument("-k", type=int, default=10, help="neighbours [10]")
    parser.add_argument("--block-rows", type=int, default=None)
    parser.add_argument("--block-cols", type=int, default=None)
    parser.add_argument("--device", default=None, help="cuda for the torch path")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    gpu = bool(args.device and args.device.startswith("cuda"))
    block_rows = args.block_rows or (8192 if gpu else DEFAULT_BLOCK_ROWS)
    block_cols = args.block_cols or (65536 if gpu else DEFAULT_BLOCK_COLS)
    x = normalise(np.random.default_rng(args.seed).standard_normal((args.n, args.d), dtype=np.float32))
    if gpu:
        top_k(x[:1000], args.k, device=args.device)  # warm up CUDA
        bare = bare_products_torch(x, block_rows, block_cols, args.device)
    else:
        bare = bare_products(x, block_rows, block_cols)
    tracemalloc.start()
    started = time.perf_counter()
    result = top_k(x, args.k, block_rows=block_rows, block_cols=block_cols, device=args.device)
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # Spot-check exactness on a few rows against a full sort of their scores.
    rows = np.random.default_rng(1).choice(args.n, size=20, replace=False)
    scores = x[rows] @ x.T
    scores[np.arange(len(rows)), rows] = -np.inf
    expected = np.argsort(-scores, axis=1, kind="stable")[:, : args.k]
    report = {
        "n": args.n,
        "d": args.d,
        "k": args.k,
        "device": args.device or "cpu",
        "block": [block_rows, block_cols],
        "bare_matmul_s": round(bare, 3),
        "topk_s": round(seconds, 3),
        "speed_vs_bare": round(bare / seconds, 3),
        "gflops_topk": round(2 * args.n * args.n * args.d / seconds / 1e9, 1),
        "peak_numpy_mib": round(peak / 2**20, 1),
        "vectors_mib": round(x.nbytes / 2**20, 1),
        "max_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "spot_check_exact": bool((result.indices[rows] == expected).all()),
        "machine": f"{platform.machine()}, {platform.python_version()}",
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
