"""Node positions computed in Python, so the page draws at once with physics off."""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

__all__ = ["compute_layout"]

_SPACING = 120.0  # pixels of canvas per node: room for a node and its label
_EXACT_BELOW = 400  # components smaller than this get exact all-pairs repulsion
_SAMPLE = 48  # repulsion partners per node per iteration in larger components


def _force_directed(n: int, edges: np.ndarray, rng: np.random.Generator, iterations: int) -> np.ndarray:
    """Fruchterman-Reingold in the unit square; repulsion sampled for large components.

    Exact repulsion costs n² per iteration (25 million pairs at 5,000 nodes);
    repelling each node from a fresh random sample of others, scaled up to the
    whole, keeps the same expected force at n·48 pairs.
    """
    pos = rng.random((n, 2)) - 0.5
    if n == 1:
        return np.zeros((1, 2))
    k = 1.0 / math.sqrt(n)
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        if n <= _EXACT_BELOW:
            delta = pos[:, None, :] - pos[None, :, :]
            scale = 1.0
        else:
            partners = rng.integers(0, n, size=(n, _SAMPLE))
            delta = pos[:, None, :] - pos[partners]
            scale = (n - 1) / _SAMPLE
        dist2 = np.einsum("ijk,ijk->ij", delta, delta) + 1e-9
        disp = np.einsum("ijk,ij->ik", delta, k * k / dist2) * scale
        if len(edges):
            d = pos[edges[:, 0]] - pos[edges[:, 1]]
            length = np.sqrt(np.einsum("ij,ij->i", d, d)) + 1e-9
            pull = d * (length / k)[:, None]
            np.add.at(disp, edges[:, 0], -pull)
            np.add.at(disp, edges[:, 1], pull)
        norm = np.sqrt(np.einsum("ij,ij->i", disp, disp)) + 1e-9
        pos += disp * (np.minimum(norm, temperature) / norm)[:, None]
        temperature -= cooling
    return pos


def _component_positions(
    graph: nx.Graph, nodes: list[str], rng: np.random.Generator
) -> tuple[np.ndarray, float]:
    """Positions of one component in pixels centred on 0, and the side of its square."""
    index = {node: i for i, node in enumerate(nodes)}
    pairs = [(index[u], index[v]) for u, v in graph.subgraph(nodes).edges() if u != v]
    edges = np.array(pairs, dtype=np.int64).reshape(-1, 2)
    iterations = 120 if len(nodes) <= 2000 else 80
    pos = _force_directed(len(nodes), edges, rng, iterations)
    pos -= pos.mean(axis=0)
    side = _SPACING * math.sqrt(len(nodes)) * 1.4
    extent = float(np.abs(pos).max()) or 1.0
    return pos * (side / 2 / extent), side


def compute_layout(graph: nx.Graph | nx.MultiDiGraph, seed: int = 0) -> dict[str, tuple[float, float]]:
    """Return a position in pixels for every node, deterministic for a given seed.

    Each connected component (edges taken as undirected) is laid out by
    Fruchterman-Reingold and sized by how many nodes it holds; components are
    packed in rows, largest first, and isolated nodes fill a grid after them.

    Parameters
    ----------
    graph
        Any NetworkX graph.
    seed
        Seed of the random start and of the repulsion samples.

    Returns
    -------
    dict
        Node id to ``(x, y)``, y growing downwards as on a canvas.

    Examples
    --------
    >>> pos = compute_layout(nx.path_graph(3))
    >>> sorted(pos) == [0, 1, 2]
    True
    """
    rng = np.random.default_rng(seed)
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes)
    simple.add_edges_from((u, v) for u, v in graph.edges() if u != v)
    components = sorted(
        (sorted(c, key=str) for c in nx.connected_components(simple) if len(c) > 1),
        key=lambda c: (-len(c), str(c[0])),
    )
    singles = sorted((n for n in simple if simple.degree(n) == 0), key=str)
    laid = [(_component_positions(simple, nodes, rng), nodes) for nodes in components]
    area = sum(side * side for (_, side), _ in laid) + len(singles) * _SPACING**2
    row_width = max(math.sqrt(area) * 1.3, _SPACING * 4)
    positions: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    gap = _SPACING
    for (pos, side), nodes in laid:
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        for node, (px, py) in zip(nodes, pos, strict=True):
            positions[node] = (x + side / 2 + float(px), y + side / 2 + float(py))
        x += side + gap
        row_height = max(row_height, side)
    if singles:
        y = y + row_height + gap if laid else 0.0
        columns = max(1, int(row_width // _SPACING))
        for i, node in enumerate(singles):
            positions[node] = ((i % columns) * _SPACING, y + (i // columns) * _SPACING)
    return {node: (round(px, 1), round(py, 1)) for node, (px, py) in positions.items()}
