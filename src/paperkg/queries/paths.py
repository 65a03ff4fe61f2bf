"""Paths: how two papers are connected, as the shortest path over chosen edge kinds."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import Any

import networkx as nx

from paperkg.exceptions import QueryError
from paperkg.graph import cypher
from paperkg.graph.store import CypherStore, GraphStore
from paperkg.models import EdgeKind
from paperkg.queries._backend import (
    PAPER_EDGE_KINDS,
    as_cypher,
    graph_of,
    kind_values,
    node_ref,
    ref_of,
)
from paperkg.queries.papers import resolve_paper
from paperkg.queries.results import PathHop, PathResult

__all__ = ["path"]

_KIND_ORDER = {kind.value: order for order, kind in enumerate(PAPER_EDGE_KINDS)}


def path(
    store: GraphStore,
    a: str,
    b: str,
    kinds: Iterable[EdgeKind | str] | None = None,
    max_hops: int = 6,
    directed: bool = False,
) -> PathResult:
    """Find how two papers are connected: a shortest path over ``kinds``.

    Among several shortest paths, the one whose sequence of node ids is
    smallest (string order) is returned, so every backend gives the same
    answer: a breadth-first search from ``b``, then from ``a`` the smallest
    next id that is one step nearer (on a server, one Cypher statement per
    level and per step). Where two papers on the path are joined by several edges, the hop
    shows the first of BUILDS_ON, CITES, SAME_FAMILY, SHARES_DATASET,
    SIMILAR_TO, preferring the edge that points along the path. Each hop gives
    the edge as stored (``source`` builds on ``target``), so with
    ``directed=False`` a hop may point against the walking direction.

    Parameters
    ----------
    store
        Any graph store.
    a, b
        References to the two papers.
    kinds
        Edge kinds to walk; all paper-to-paper kinds by default.
    max_hops
        Longest path to look for (1 to 12).
    directed
        Follow edges only from source to target (``a`` builds on ... on ``b``).

    Returns
    -------
    PathResult
        ``found`` and the hops from ``a`` to ``b``; no hops when ``a`` is ``b``.

    Raises
    ------
    PaperNotFound, AmbiguousPaper
        When ``a`` or ``b`` does not name exactly one paper.
    QueryError
        When ``max_hops`` or ``kinds`` cannot be used.
    """
    if not 1 <= max_hops <= 12:
        raise QueryError(f"max_hops must be between 1 and 12, got {max_hops}")
    wanted = kind_values(kinds if kinds is not None else PAPER_EDGE_KINDS, PAPER_EDGE_KINDS)
    start = resolve_paper(store, a).id
    end = resolve_paper(store, b).id
    if start == end:
        return PathResult(found=True, hops=[])
    server = as_cypher(store)
    if server is not None:
        return _path_cypher(server, start, end, wanted, max_hops, directed)
    return _path_networkx(graph_of(store), start, end, wanted, max_hops, directed)


def _neighbours(
    graph: nx.MultiDiGraph, node: str, wanted: set[str], forward: bool, backward: bool
) -> set[str]:
    """Return the nodes joined to ``node`` by a wanted edge in the allowed directions."""
    found: set[str] = set()
    if forward:
        found.update(v for v, keys in graph.succ[node].items() if not wanted.isdisjoint(keys))
    if backward:
        found.update(u for u, keys in graph.pred[node].items() if not wanted.isdisjoint(keys))
    found.discard(node)
    return found


def choose_hop(u: str, v: str, candidates: list[tuple[str, str, str, dict[str, Any]]], directed: bool) -> int:
    """Return the index of the edge a path shows between ``u`` and ``v``: by kind order, forward first."""
    best = min(
        range(len(candidates)),
        key=lambda i: (_KIND_ORDER[candidates[i][2]], candidates[i][0] != u, candidates[i][1] != v),
    )
    return best


def _path_networkx(
    graph: nx.MultiDiGraph, start: str, end: str, kinds: list[str], max_hops: int, directed: bool
) -> PathResult:
    """Shortest path by breadth-first search from the end, then the smallest ids from the start."""
    wanted = set(kinds)
    # Distances to ``end``: walk edges backwards from it when directed.
    dist = {end: 0}
    frontier = [end]
    for level in range(1, max_hops + 1):
        reached: list[str] = []
        for node in frontier:
            for other in _neighbours(graph, node, wanted, forward=not directed, backward=True):
                if other not in dist:
                    dist[other] = level
                    reached.append(other)
        if start in dist or not reached:
            break
        frontier = reached
    if start not in dist:
        return PathResult(found=False, hops=[])
    walk = [start]
    while walk[-1] != end:
        here = walk[-1]
        nexts = _neighbours(graph, here, wanted, forward=True, backward=not directed)
        walk.append(min(n for n in nexts if dist.get(n) == dist[here] - 1))
    hops: list[PathHop] = []
    nodes = graph.nodes
    for u, v in itertools.pairwise(walk):
        candidates = [(u, v, k, attrs) for k, attrs in graph.succ[u].get(v, {}).items() if k in wanted]
        if not directed:
            candidates += [(v, u, k, attrs) for k, attrs in graph.succ[v].get(u, {}).items() if k in wanted]
        source, target, kind, attrs = candidates[choose_hop(u, v, candidates, directed)]
        hops.append(path_hop(node_ref(source, nodes[source]), node_ref(target, nodes[target]), kind, attrs))
    return PathResult(found=True, hops=hops)


def path_hop(source: Any, target: Any, kind: str, attrs: dict[str, Any]) -> PathHop:
    """Return a path hop from an edge's attributes; the score is the edge's score, else its confidence."""
    score = attrs.get("score")
    if score is None:
        score = attrs.get("confidence")
    return PathHop(
        source=source,
        target=target,
        kind=kind,
        relation=attrs.get("relation"),
        evidence=attrs.get("evidence"),
        score=score,
    )


def _path_cypher(
    store: CypherStore, start: str, end: str, kinds: list[str], max_hops: int, directed: bool
) -> PathResult:
    """The NetworkX search on a server: one statement per breadth-first level, then per step of the walk."""
    dist = {end: 0}
    frontier = [end]
    towards_end = cypher.PATH_LEVEL_IN if directed else cypher.PATH_LEVEL_BOTH
    for level in range(1, max_hops + 1):
        reached: list[str] = []
        for row in store.run(towards_end, {"ids": frontier, "kinds": kinds}):
            if row["far"] not in dist:
                dist[row["far"]] = level
                reached.append(row["far"])
        if start in dist or not reached:
            break
        frontier = reached
    if start not in dist:
        return PathResult(found=False, hops=[])
    forward = cypher.PATH_LEVEL_OUT if directed else cypher.PATH_LEVEL_BOTH
    walk = [start]
    while walk[-1] != end:
        here = walk[-1]
        nexts = [row["far"] for row in store.run(forward, {"ids": [here], "kinds": kinds})]
        walk.append(min(n for n in nexts if dist.get(n) == dist[here] - 1))
    pairs = [[u, v] for u, v in itertools.pairwise(walk)]
    found: dict[tuple[str, str], list[tuple[str, str, str, dict[str, Any]]]] = {}
    refs: dict[str, Any] = {}
    for row in store.run(cypher.PATH_EDGES, {"pairs": pairs, "kinds": kinds}):
        source, target = row["source"]["id"], row["target"]["id"]
        if directed and (source, target) != (row["u"], row["v"]):
            continue
        refs[source], refs[target] = ref_of(row["source"]), ref_of(row["target"])
        found.setdefault((row["u"], row["v"]), []).append((source, target, row["kind"], row))
    hops: list[PathHop] = []
    for u, v in itertools.pairwise(walk):
        candidates = found[(u, v)]
        source, target, kind, attrs = candidates[choose_hop(u, v, candidates, directed)]
        hops.append(path_hop(refs[source], refs[target], kind, attrs))
    return PathResult(found=True, hops=hops)
