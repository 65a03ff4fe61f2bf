"""Node positions computed in Python, so the page draws at once with physics off."""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

__all__ = ["PULL", "compute_layout", "timeline_layout"]

_SPACING = 90.0  # pixels of canvas per node: room for a node and its label
_EXACT_BELOW = 400  # components smaller than this get exact all-pairs repulsion
_SAMPLE = 48  # repulsion partners per node per iteration in larger components

PULL: dict[str, float] = {
    "BUILDS_ON": 1.0,
    "CITES": 0.8,
    "INTRODUCES": 1.0,
    "USES_DATASET": 0.8,
    "MENTIONS": 0.6,
    "SIMILAR_TO": 0.4,
    "IN_FAMILY": 0.3,
    "SAME_FAMILY": 0.12,
    "SHARES_DATASET": 0.12,
    "CO_CITED": 0.3,
    "COUPLED": 0.3,
    "AUTHORED": 0.3,
    "IN_CLUSTER": 0.2,
}
"""How hard each edge kind pulls its ends together; the clique-forming kinds pull least."""


def _force_directed(
    n: int, edges: np.ndarray, weights: np.ndarray, rng: np.random.Generator, iterations: int
) -> np.ndarray:
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
            pull = d * (weights * length / k)[:, None]
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
    sub = graph.subgraph(nodes)
    # in the nodes' order: a small component's subgraph lists its edges in the order of a set of
    # node ids, which changes from run to run (string hashing), and with it the sums of the forces
    pairs = sorted(
        (min(index[u], index[v]), max(index[u], index[v]), w)
        for u, v, w in sub.edges(data="weight", default=1.0)
        if u != v
    )
    edges = np.array([(a, b) for a, b, _ in pairs], dtype=np.int64).reshape(-1, 2)
    weights = np.array([w for _, _, w in pairs], dtype=np.float64)
    iterations = 120 if len(nodes) <= 2000 else 80
    pos = _force_directed(len(nodes), edges, weights, rng, iterations)
    pos = _even_out(pos - np.median(pos, axis=0))
    side = _SPACING * math.sqrt(len(nodes)) * 1.2
    return pos * (side / 2), side


def _even_out(pos: np.ndarray) -> np.ndarray:
    """Spread a dense core over the disc, keeping each node's direction and radial order.

    Force layouts of real corpora put most nodes in a tight core and a few far
    out, so the view fitting them all shows a blot. Giving the node of radial
    rank r the radius sqrt(r / n), blended with its own, makes the density
    near uniform across a unit disc.
    """
    n = len(pos)
    if n < 3:
        return pos / (float(np.abs(pos).max()) or 1.0)
    radius = np.sqrt(np.einsum("ij,ij->i", pos, pos))
    order = np.argsort(radius, kind="stable")
    even = np.empty(n)
    even[order] = np.sqrt((np.arange(n) + 0.5) / n)
    own = radius / (float(radius.max()) or 1.0)
    target = 0.6 * even + 0.4 * own
    scale = np.where(radius > 1e-12, target / np.maximum(radius, 1e-12), 0.0)
    return pos * scale[:, None]


def compute_layout(graph: nx.Graph | nx.MultiDiGraph, seed: int = 0) -> dict[str, tuple[float, float]]:
    """Return a position in pixels for every node, deterministic for a given seed.

    Each connected component (edges taken as undirected) is laid out by
    Fruchterman-Reingold, edges keyed by kind pulling as :data:`PULL` says, and
    sized by how many nodes it holds; components are
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
    keyed = graph.edges(keys=True) if graph.is_multigraph() else ((u, v, None) for u, v in graph.edges())
    for u, v, key in keyed:
        if u == v:
            continue
        weight = PULL.get(key, 1.0) if isinstance(key, str) else 1.0
        if weight > simple.get_edge_data(u, v, {}).get("weight", 0.0):
            simple.add_edge(u, v, weight=weight)
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
        step = 2 * _SPACING  # wide enough for a short label
        columns = max(1, int(row_width // step))
        for i, node in enumerate(singles):
            positions[node] = ((i % columns) * step, y + (i // columns) * _SPACING)
    return {node: (round(px, 1), round(py, 1)) for node, (px, py) in positions.items()}


def _when(attrs: dict[str, object]) -> float | None:
    """A paper's date as a fraction of years (2023-05-23 is about 2023.39), or None without a year."""
    year = attrs.get("year")
    if not isinstance(year, int):
        return None
    published = str(attrs.get("published") or "")
    month = int(published[5:7]) if len(published) >= 7 and published[5:7].isdigit() else 1
    day = int(published[8:10]) if len(published) >= 10 and published[8:10].isdigit() else 1
    return year + (month - 1) / 12 + (day - 1) / 365


def timeline_layout(
    graph: nx.MultiDiGraph, map_positions: dict[str, tuple[float, float]]
) -> tuple[dict[str, tuple[float, float]], list[dict[str, object]]]:
    """Return positions with x = time, and the year axis: one ``{"year", "x"}`` per column.

    Each year is a column as wide as its papers need (a busy year takes several
    sub-columns, filled in date order, so papers never overlap), years follow
    each other left to right, and papers with no year stand in a first column
    labelled "year unknown". Within a column papers keep the vertical order of
    the map (``map_positions``), so related papers stay near each other. Nodes
    that are not papers keep their map positions, shifted below the timeline.

    Parameters
    ----------
    graph
        The selected subgraph.
    map_positions
        The map layout's positions (:func:`compute_layout`).

    Returns
    -------
    tuple
        Node id to ``(x, y)``, and the axis labels in column order.
    """
    columns: dict[int | None, list[tuple[float, float, str]]] = {}
    others: list[str] = []
    for node, attrs in graph.nodes(data=True):
        if attrs.get("kind") != "paper":
            others.append(node)
            continue
        when = _when(attrs)
        year = int(when) if when is not None else None
        columns.setdefault(year, []).append((when or 0.0, map_positions[node][1], node))
    rows_per_column = max(8, int(math.sqrt(sum(len(c) for c in columns.values())) * 1.5))
    step_x, step_y = 2.2 * _SPACING, 0.8 * _SPACING
    positions: dict[str, tuple[float, float]] = {}
    axis: list[dict[str, object]] = []
    x = 0.0
    for year in sorted(columns, key=lambda y: -1 if y is None else y):
        papers = sorted(columns[year])  # by date: earlier sub-columns to the left
        width = math.ceil(len(papers) / rows_per_column)
        for sub in range(width):
            chunk = sorted(papers[sub * rows_per_column : (sub + 1) * rows_per_column], key=lambda p: p[1])
            top = -(len(chunk) - 1) * step_y / 2
            for row, (_, _, node) in enumerate(chunk):
                positions[node] = (x + sub * step_x, top + row * step_y)
        axis.append({"year": year if year is not None else "year unknown", "x": x + (width - 1) * step_x / 2})
        x += width * step_x + _SPACING
    if others:
        bottom = max((p[1] for p in positions.values()), default=0.0) + 2 * _SPACING
        top_other = min(map_positions[n][1] for n in others)
        for node in others:
            px, py = map_positions[node]
            positions[node] = (px, bottom + py - top_other)
    return {n: (round(px, 1), round(py, 1)) for n, (px, py) in positions.items()}, axis
