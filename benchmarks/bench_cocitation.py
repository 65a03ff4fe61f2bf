"""Benchmark CO_CITED and COUPLED edges on a synthetic citation graph, against a bare sparse product.

The graph: ``n`` papers in order, each citing ``refs`` earlier ones, half picked
uniformly and half in proportion to how often a paper has been cited already
(preferential attachment, so a few papers are cited by thousands, as in real
corpora). Each side times :func:`paperkg.graph.cocitation.overlap_edges` (the
cosine, the top-k per paper and the edges) next to the bare blocked sparse
product ``A @ A.T`` it is built on, so the ratio says what the rest costs.

Run from the repository root::

    python -m benchmarks.bench_cocitation -n 20000 --refs 30
"""

from __future__ import annotations

import argparse
import json
import random
import time

from paperkg.graph.cocitation import overlap_edges
from paperkg.models import EdgeKind


def citation_graph(n: int, refs: int, seed: int = 0) -> dict[str, set[str]]:
    """Return paper id -> the ids it cites, a preferential-attachment graph."""
    rng = random.Random(seed)
    cited: list[int] = []
    out: dict[str, set[str]] = {}
    for i in range(n):
        chosen: set[int] = set()
        while len(chosen) < min(i, refs):
            chosen.add(rng.choice(cited) if cited and rng.random() < 0.5 else rng.randrange(i))
        out[f"p{i}"] = {f"p{j}" for j in chosen}
        cited.extend(chosen)
    return out


def bare_product(sets: dict[str, set[str]], block: int = 512) -> float:
    """Seconds for the blocked sparse product alone, the floor of overlap_edges."""
    import numpy as np
    from scipy import sparse

    keys = sorted(k for k, v in sets.items() if v)
    features: dict[str, int] = {}
    rows, cols = [], []
    for row, key in enumerate(keys):
        for member in sets[key]:
            cols.append(features.setdefault(member, len(features)))
            rows.append(row)
    matrix = sparse.csr_matrix(
        (np.ones(len(rows), dtype=np.int32), (rows, cols)), shape=(len(keys), len(features))
    )
    transposed = matrix.T.tocsr()
    started = time.perf_counter()
    for start in range(0, len(keys), block):
        (matrix[start : start + block] @ transposed).tocsr()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=20000, help="papers")
    parser.add_argument("--refs", type=int, default=30, help="references per paper")
    parser.add_argument("-k", type=int, default=10, help="partners kept per paper")
    args = parser.parse_args()
    references = citation_graph(args.n, args.refs)
    citers: dict[str, set[str]] = {}
    for paper, cited in references.items():
        for target in cited:
            citers.setdefault(target, set()).add(paper)
    figures: dict[str, object] = {"papers": args.n, "refs_per_paper": args.refs, "k": args.k}
    for name, sets, kind in (
        ("co_citation", citers, EdgeKind.CO_CITED),
        ("coupling", references, EdgeKind.COUPLED),
    ):
        floor = bare_product(sets)
        started = time.perf_counter()
        edges = overlap_edges(sets, kind, k=args.k)
        seconds = time.perf_counter() - started
        figures[name] = {
            "edges": len(edges),
            "seconds": round(seconds, 2),
            "bare_product_seconds": round(floor, 2),
            "ratio_to_bare": round(seconds / floor, 1) if floor else None,
        }
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
