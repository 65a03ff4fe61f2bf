"""Approximate top-k (HNSW: faiss-cpu, usearch, hnswlib; IVF: faiss) against paperkg's exact top-k: time and recall@k.

Every paper of a build needs its neighbours, so each side answers all ``n``
vectors as queries against all ``n``. Recall@k is measured on ``--sample``
random query rows against the exact answer for those rows (exact on a sample is
cheap: ``sample x n`` products), at each ``--ef-search`` value (the cells probed
for ``faiss-ivf``); all ``n`` rows are then searched at the smallest value
reaching ``--target``, and timed. ``--exact`` also times the exact top-k of all
``n`` rows, in the same run.

Vectors (``--kind``): ``realistic`` (the default: a Gaussian mixture fitted to
real all-MiniLM-L6-v2 embeddings given by ``--real``, see
:func:`realistic_vectors` and ``benchmarks/ann_real_vectors.py``), ``real``
(those embeddings themselves), ``clustered`` (``n / 100`` random centres plus
isotropic noise) or ``random`` (uniform on the sphere: no structure, the worst
case for a graph index). ``--describe`` reports their shape (principal axes,
intrinsic dimension, neighbour cosines).

Needs ``pip install faiss-cpu usearch`` (and hnswlib, which has no wheel for
every Python) for the sides measured. Run from the repository root::

    python -m benchmarks.ann_real_vectors --out /tmp/ann/real.npy --data-dir /tmp/ann/data
    python -m benchmarks.bench_ann -n 100000 --real /tmp/ann/real.npy --exact --sides faiss,faiss-ivf
    python -m benchmarks.bench_ann -n 20000 --kind random --sides faiss --no-full
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path
from typing import Any

import numpy as np

from paperkg.similarity.topk import normalise, top_k


def make_vectors(n: int, dim: int, kind: str, seed: int, real: np.ndarray | None = None) -> np.ndarray:
    """``n`` L2-normalised float32 vectors of one kind (see the module docstring)."""
    rng = np.random.default_rng(seed)
    if kind == "random":
        return normalise(rng.standard_normal((n, dim), dtype=np.float32))
    if kind == "realistic":
        if real is None:
            raise SystemExit("--kind realistic needs --real PATH.npy (see benchmarks/ann_real_vectors.py)")
        return realistic_vectors(real, n, seed)
    centres = rng.standard_normal((max(n // 100, 1), dim), dtype=np.float32)
    which = rng.integers(0, len(centres), n)
    return normalise(centres[which] + 0.6 * rng.standard_normal((n, dim), dtype=np.float32))


def fit_spectra(real: np.ndarray, clusters: int, seed: int) -> dict[str, np.ndarray]:
    """The mean, principal axes, and between- and within-topic variance per axis of real embeddings.

    The real vectors are split into ``clusters`` topics by k-means (spherical:
    on unit vectors); the variance of the topic centres along each principal
    axis is the between-topic spectrum, that of each vector around its centre
    the within-topic spectrum.
    """
    from sklearn.cluster import KMeans

    x = real.astype(np.float64)
    mean = x.mean(axis=0)
    centred = x - mean
    _, _, axes = np.linalg.svd(centred, full_matrices=False)
    labels = KMeans(clusters, n_init=3, random_state=seed).fit_predict(x)
    centres = np.vstack([x[labels == c].mean(axis=0) for c in range(clusters)])
    between = ((centres[labels] - mean) @ axes.T).var(axis=0)
    within = ((x - centres[labels]) @ axes.T).var(axis=0)
    return {"mean": mean, "axes": axes, "between": between, "within": within}


def realistic_vectors(real: np.ndarray, n: int, seed: int, topic_size: float = 40.0) -> np.ndarray:
    """``n`` synthetic embeddings drawn like real abstracts: topics of uneven size on the real spectrum.

    A Gaussian mixture fitted to ``real`` (vectors of real scientific texts):
    topic centres are drawn around the real mean with the real between-topic
    variance along each real principal axis, and each vector around its topic's
    centre with the real within-topic variance, then normalised. Topic sizes
    follow a log-normal law (median ``topic_size``, a few topics ten times
    larger, many small), as the topics of a real corpus do. So the vectors share
    the real ones' low intrinsic dimension, anisotropy and clustering, which is
    what a graph index's recall depends on; uniform random vectors have none.
    """
    rng = np.random.default_rng(seed)
    clusters = max(2, min(len(real) // 20, 100))
    fit = fit_spectra(real, clusters, seed)
    sizes = np.maximum(1, rng.lognormal(np.log(topic_size), 1.0, size=2 * n // int(topic_size) + 10))
    sizes = sizes[: int(np.searchsorted(np.cumsum(sizes), n)) + 1]
    topics = len(sizes)
    which = rng.choice(topics, size=n, p=sizes / sizes.sum())
    dim = len(fit["between"])
    centres = fit["mean"] + (rng.standard_normal((topics, dim)) * np.sqrt(fit["between"])) @ fit["axes"]
    out = np.empty((n, real.shape[1]), dtype=np.float32)
    step = 20_000
    for lo in range(0, n, step):
        hi = min(lo + step, n)
        noise = (rng.standard_normal((hi - lo, dim)) * np.sqrt(fit["within"])) @ fit["axes"]
        out[lo:hi] = centres[which[lo:hi]] + noise
    return normalise(out)


def describe(x: np.ndarray, sample: int, seed: int) -> dict[str, float]:
    """Shape of a set of unit vectors: principal axes for 90% of the variance, TwoNN intrinsic
    dimension, and the mean cosine of each vector's 1st and 10th nearest neighbour (on a sample)."""
    rng = np.random.default_rng(seed)
    rows = rng.choice(len(x), size=min(sample, len(x)), replace=False)
    centred = x[rows] - x[rows].mean(axis=0)
    var = np.linalg.svd(centred, compute_uv=False) ** 2
    axes90 = int(np.searchsorted(np.cumsum(var) / var.sum(), 0.9)) + 1
    nn = top_k(x, 11, queries=x[rows]).scores[:, 1:]  # the row itself is first
    dist = np.sqrt(np.clip(2 - 2 * nn[:, :2].astype(np.float64), 1e-12, None))
    mu = dist[:, 1] / dist[:, 0]
    twonn = len(mu) / float(np.sum(np.log(mu[mu > 1])))
    return {
        "axes_for_90pct_variance": axes90,
        "twonn_intrinsic_dim": round(twonn, 1),
        "mean_cos_nn1": round(float(nn[:, 0].mean()), 3),
        "mean_cos_nn10": round(float(nn[:, 9].mean()), 3),
    }


def recall(found: np.ndarray, exact: np.ndarray) -> float:
    """Mean share of the exact neighbours found, per row."""
    k = exact.shape[1]
    return float(
        np.mean([len(set(f[:k].tolist()) & set(e.tolist())) / k for f, e in zip(found, exact, strict=True)])
    )


class Side:
    """One library's HNSW index: build it, then search it at any ``ef_search``."""

    def __init__(self, name: str, x: np.ndarray, m: int, ef_construction: int) -> None:
        self.name = name
        self.x = x
        threads = os.cpu_count() or 1
        started = time.perf_counter()
        if name == "faiss":
            import faiss

            self.index: Any = faiss.IndexHNSWFlat(x.shape[1], m, faiss.METRIC_INNER_PRODUCT)
            self.index.hnsw.efConstruction = ef_construction
            self.index.add(x)
        elif name == "faiss-ivf":
            import faiss

            # An inverted file: k-means cells, each query scans the vectors of its nprobe nearest cells.
            cells = max(1, int(4 * np.sqrt(len(x))))
            self.index = faiss.IndexIVFFlat(faiss.IndexFlatIP(x.shape[1]), x.shape[1], cells, faiss.METRIC_INNER_PRODUCT)
            train = np.random.default_rng(0).choice(len(x), size=min(len(x), 40 * cells), replace=False)
            self.index.train(x[np.sort(train)])
            self.index.add(x)
        elif name == "usearch":
            from usearch.index import Index

            self.index = Index(
                ndim=x.shape[1], metric="ip", dtype="f32", connectivity=m, expansion_add=ef_construction
            )
            self.index.add(np.arange(len(x)), x, threads=threads)
        elif name == "hnswlib":
            import hnswlib

            self.index = hnswlib.Index(space="ip", dim=x.shape[1])
            self.index.init_index(max_elements=len(x), M=m, ef_construction=ef_construction, random_seed=0)
            self.index.add_items(x, np.arange(len(x)), num_threads=threads)
        else:
            raise SystemExit(f"unknown side {name!r}")
        self.build_s = time.perf_counter() - started

    def search(self, queries: np.ndarray, k: int, ef: int) -> np.ndarray:
        """The ``k`` nearest keys of each query row (``-1`` pads)."""
        threads = os.cpu_count() or 1
        if self.name == "faiss":
            self.index.hnsw.efSearch = ef
            return np.asarray(self.index.search(queries, k)[1], dtype=np.int64)
        if self.name == "faiss-ivf":
            self.index.nprobe = ef  # for this side --ef-search gives the cells probed
            return np.asarray(self.index.search(queries, k)[1], dtype=np.int64)
        if self.name == "usearch":
            self.index.expansion_search = ef
            found = self.index.search(queries, k, threads=threads)
            return np.asarray(found.keys, dtype=np.int64).reshape(len(queries), -1)
        self.index.set_ef(max(ef, k))
        return np.asarray(self.index.knn_query(queries, k, num_threads=threads)[0], dtype=np.int64)


def _drop_self(keys: np.ndarray, rows: np.ndarray, k: int) -> np.ndarray:
    out = np.full((len(keys), k), -1, dtype=np.int64)
    for at, (row, found) in enumerate(zip(rows.tolist(), keys, strict=True)):
        others = [int(j) for j in found if j != row and j >= 0][:k]
        out[at, : len(others)] = others
    return out


def main(argv: list[str] | None = None) -> None:
    """Parse the command line, run the sides, print one JSON object."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_ann", description=__doc__.splitlines()[0]
    )
    parser.add_argument("-n", type=int, default=100_000)
    parser.add_argument("--dim", type=int, default=384)
    parser.add_argument("-k", type=int, default=10)
    parser.add_argument("--kind", choices=["random", "clustered", "realistic", "real"], default="realistic")
    parser.add_argument("--real", type=Path, help="real embeddings (.npy) to fit --kind realistic on")
    parser.add_argument("--sample", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--exact", action="store_true", help="also time the exact top-k of all n rows")
    parser.add_argument("--describe", action="store_true", help="report the shape of the vectors")
    parser.add_argument("--sides", default="faiss,usearch")
    parser.add_argument("--m", type=int, default=16, help="graph degree (usearch connectivity, faiss M)")
    parser.add_argument("--ef-construction", type=int, default=100)
    parser.add_argument(
        "--ef-search", default="16,32,64,128", help="values to measure recall at, on the sample"
    )
    parser.add_argument("--target", type=float, default=0.96, help="recall@k the full search is run at")
    parser.add_argument("--no-full", action="store_true", help="measure recall only, not all n queries")
    args = parser.parse_args(argv)
    real = np.load(args.real).astype(np.float32) if args.real else None
    if args.kind == "real":
        if real is None:
            raise SystemExit("--kind real needs --real PATH.npy")
        x = normalise(real[: args.n])
    else:
        x = make_vectors(args.n, args.dim if real is None else real.shape[1], args.kind, args.seed, real)
    n = len(x)
    rows = np.random.default_rng(args.seed + 1).choice(n, size=min(args.sample, n), replace=False)
    started = time.perf_counter()
    # Queried against itself through ``queries``, each sampled row finds itself first: drop it.
    exact = _drop_self(top_k(x, args.k + 1, queries=x[rows]).indices, rows, args.k)
    sample_s = time.perf_counter() - started
    report: dict[str, Any] = {
        "n": n,
        "dim": int(x.shape[1]),
        "k": args.k,
        "kind": args.kind,
        "sample": len(rows),
        "m": args.m,
        "ef_construction": args.ef_construction,
        "exact_sample_s": round(sample_s, 2),
        "cores": os.cpu_count(),
        "load_average": round(os.getloadavg()[0], 1),
        "machine": f"{platform.machine()}, python {platform.python_version()}",
    }
    if args.describe:
        report["shape"] = describe(x, 2000, args.seed)
    if args.exact:
        started = time.perf_counter()
        top_k(x, args.k)
        report["exact_all_s"] = round(time.perf_counter() - started, 2)
    for name in args.sides.split(","):
        side = Side(name, x, args.m, args.ef_construction)
        out: dict[str, Any] = {"build_s": round(side.build_s, 2), "recall_by_ef": {}}
        chosen = None
        for ef in (int(v) for v in args.ef_search.split(",")):
            started = time.perf_counter()
            found = _drop_self(side.search(x[rows], args.k + 1, ef), rows, args.k)
            r = recall(found, exact)
            out["recall_by_ef"][ef] = {
                "recall": round(r, 4),
                "sample_s": round(time.perf_counter() - started, 3),
            }
            if chosen is None and r >= args.target:
                chosen = ef
        if chosen is not None and not args.no_full:
            started = time.perf_counter()
            side.search(x, args.k + 1, chosen)
            out["ef_search"] = chosen
            out["search_all_s"] = round(time.perf_counter() - started, 2)
            out["total_s"] = round(side.build_s + out["search_all_s"], 2)
            if "exact_all_s" in report:
                out["exact_over_ann"] = round(report["exact_all_s"] / out["total_s"], 2)
        report[name] = out
        del side
        print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main()
