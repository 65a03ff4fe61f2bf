"""PageRank over paper-to-paper edges: the one computation stored influence and queries share."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["DAMPING", "DIGITS", "MAX_ITER", "TOLERANCE", "pagerank_scores"]

DAMPING = 0.85
TOLERANCE = 1.0e-10
MAX_ITER = 200
DIGITS = 8


def pagerank_scores(nodes: Iterable[str], edges: Iterable[tuple[str, str]]) -> dict[str, float]:
    """Return every node's PageRank, rounded to 8 digits.

    Each edge from A to B passes rank from A to B; an edge given twice (two kinds
    joining the same pair) weighs twice, a loop is dropped. Damping 0.85. The
    nodes are taken in sorted order, so every caller given the same nodes and
    edges gets the same floats: this is networkx's power iteration
    (``_pagerank_scipy``) run on a sparse matrix built straight from the
    weights, without a ``DiGraph`` of every pair (gigabytes at a million edges).

    Raises
    ------
    networkx.PowerIterationFailedConvergence
        When 200 iterations do not converge (they always have on citation graphs).
    """
    import numpy as np
    from scipy import sparse

    order = sorted(set(nodes))
    n = len(order)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(order)}
    weights: dict[tuple[int, int], float] = {}
    for u, v in edges:
        if u == v:
            continue
        i, j = index.get(u), index.get(v)
        if i is None or j is None:
            continue
        weights[(i, j)] = weights.get((i, j), 0.0) + 1.0
    rows = np.fromiter((i for i, _ in weights), dtype=np.int64, count=len(weights))
    cols = np.fromiter((j for _, j in weights), dtype=np.int64, count=len(weights))
    data = np.fromiter(weights.values(), dtype=float, count=len(weights))
    matrix = sparse.csr_array((data, (rows, cols)), shape=(n, n))
    out = np.asarray(matrix.sum(axis=1), dtype=float).ravel()
    scale = np.zeros(n)
    scale[out != 0] = 1.0 / out[out != 0]
    matrix = sparse.dia_array((scale, 0), shape=(n, n)).tocsr() @ matrix
    x = np.repeat(1.0 / n, n)
    p = np.repeat(1.0 / n, n)
    dangling = np.where(out == 0)[0]
    for _ in range(MAX_ITER):
        last = x
        x = DAMPING * (x @ matrix + x[dangling].sum() * p) + (1 - DAMPING) * p
        if np.absolute(x - last).sum() < n * TOLERANCE:
            return {node: round(float(s), DIGITS) for node, s in zip(order, x, strict=True)}
    import networkx as nx

    raise nx.PowerIterationFailedConvergence(MAX_ITER)
