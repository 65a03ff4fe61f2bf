"""Paths: how two papers are connected, as the shortest path over chosen edge kinds."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from typing import Any

from paperkg._lazy import networkx as nx
from paperkg.exceptions import QueryError
from paperkg.graph.stores import cypher
from paperkg.graph.stores.protocol import CypherStore, GraphStore, IndexedStore
from paperkg.models import EdgeKind
from paperkg.queries._backend import (
    PAPER_EDGE_KINDS,
    as_cypher,
    graph_of,
    kind_values,
    local_graph,
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
    answer: a bidirectional breadth-first search, then the smallest next id
    at each step (on a server, one Cypher statement per level). Where two papers on the path are joined by several edges, the hop
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
    if isinstance(store, IndexedStore):
        return _path_indexed(store, start, end, wanted, max_hops, directed)
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


Expand = Callable[[list[str], bool], Iterable[tuple[str, str]]]


def smallest_shortest_walk(start: str, end: str, max_hops: int, expand: Expand) -> list[str] | None:
    """Return the shortest walk from ``start`` to ``end`` with the smallest node-id sequence, or None.

    A bidirectional breadth-first search: ``expand(frontier, from_start)``
    returns ``(near, far)`` pairs, every neighbour ``far`` of each frontier node
    (following edges forward from the start side and backward from the end
    side when directed). The smaller frontier grows by one whole level at a
    time until the two balls meet; the walk is then read from the recorded
    level-to-level pairs, taking the smallest id at each step.
    """
    dist: tuple[dict[str, int], dict[str, int]] = ({start: 0}, {end: 0})
    frontiers = [[start], [end]]
    step: tuple[dict[str, set[str]], dict[str, set[str]]] = ({}, {})  # near -> fars one level out
    radius = [0, 0]
    meet: list[str] = []
    side = 0
    while radius[0] + radius[1] < max_hops:
        side = 0 if len(frontiers[0]) <= len(frontiers[1]) else 1
        radius[side] += 1
        level, seen = radius[side], dist[side]
        fresh: list[str] = []
        pairs = list(expand(frontiers[side], side == 0))
        for _, far in pairs:
            if far not in seen:
                seen[far] = level
                fresh.append(far)
        for near, far in pairs:
            if seen[far] == level and seen.get(near) == level - 1:
                step[side].setdefault(near, set()).add(far)
        meet = [x for x in fresh if x in dist[1 - side]]
        if meet or not fresh:
            break
        frontiers[side] = fresh
    if not meet:
        return None
    other = dist[1 - side]
    length = min(radius[side] + other[x] for x in meet)
    middle = {x for x in meet if radius[side] + other[x] == length}
    # Position of the meeting nodes along the walk, counted from the start.
    position = radius[side] if side == 0 else length - radius[side]
    # Nodes of the start's ball that lead to a meeting node, level by level back from it.
    on_path: dict[int, set[str]] = {position: middle}
    for k in range(position - 1, -1, -1):
        on_path[k] = {
            u for u in dist[0] if dist[0][u] == k and not step[0].get(u, set()).isdisjoint(on_path[k + 1])
        }
    walk = [start]
    for k in range(1, position + 1):
        walk.append(min(step[0][walk[-1]] & on_path[k]))
    back: dict[str, set[str]] = {}
    for near, fars in step[1].items():
        for far in fars:
            back.setdefault(far, set()).add(near)
    while walk[-1] != end:
        walk.append(min(back[walk[-1]]))
    return walk


def _path_networkx(
    graph: nx.MultiDiGraph, start: str, end: str, kinds: list[str], max_hops: int, directed: bool
) -> PathResult:
    """The bidirectional search over the NetworkX adjacency."""
    wanted = set(kinds)

    def expand(frontier: list[str], from_start: bool) -> list[tuple[str, str]]:
        forward = from_start or not directed
        backward = not from_start or not directed
        return [(u, v) for u in frontier for v in _neighbours(graph, u, wanted, forward, backward)]

    return _hops_networkx(graph, smallest_shortest_walk(start, end, max_hops, expand), wanted, directed)


def _path_indexed(
    store: IndexedStore, start: str, end: str, kinds: list[str], max_hops: int, directed: bool
) -> PathResult:
    """The bidirectional search over an embedded store's adjacency, read level by level by index."""

    def expand(frontier: list[str], from_start: bool) -> list[tuple[str, str]]:
        forward = from_start or not directed
        backward = not from_start or not directed
        return store.adjacent(frontier, kinds, forward=forward, backward=backward)

    walk = smallest_shortest_walk(start, end, max_hops, expand)
    # the hops are edges between the walk's papers: no other edge of theirs, nor its far node, is read
    graph = local_graph(store, walk or [], kinds, direction="both", among=walk or [])
    return _hops_networkx(graph, walk, set(kinds), directed)


def _hops_networkx(graph: nx.MultiDiGraph, walk: list[str] | None, wanted: set[str], directed: bool) -> PathResult:
    """The hops of a walk, each the edge ``choose_hop`` shows between two of its papers."""
    if walk is None:
        return PathResult(found=False, hops=[])
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
        via=attrs.get("via"),
        shared=list(attrs.get("shared") or []),
        score=score,
    )


def _path_cypher(
    store: CypherStore, start: str, end: str, kinds: list[str], max_hops: int, directed: bool
) -> PathResult:
    """The same bidirectional search on a server: one parameterised statement per level."""

    def expand(frontier: list[str], from_start: bool) -> list[tuple[str, str]]:
        if not directed:
            statement = cypher.PATH_LEVEL_BOTH
        else:
            statement = cypher.PATH_LEVEL_OUT if from_start else cypher.PATH_LEVEL_IN
        return [(row["near"], row["far"]) for row in store.run(statement, {"ids": frontier, "kinds": kinds})]

    walk = smallest_shortest_walk(start, end, max_hops, expand)
    if walk is None:
        return PathResult(found=False, hops=[])
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
