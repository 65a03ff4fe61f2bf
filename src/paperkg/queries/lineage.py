"""Lineage: what a paper builds on, or what builds on it, breadth-first with evidence per hop."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from paperkg._lazy import networkx as nx
from paperkg.exceptions import QueryError
from paperkg.graph.stores import cypher
from paperkg.graph.stores.protocol import CypherStore, GraphStore
from paperkg.models import EdgeKind
from paperkg.queries._backend import PAPER_EDGE_KINDS, as_cypher, kind_values, local_graph, node_ref, ref_of
from paperkg.queries.papers import paper_ref, resolve_paper
from paperkg.queries.results import Lineage, LineageHop, PaperRef

__all__ = ["builds_on_candidates", "lineage"]

_DIRECTIONS = ("up", "down")
# A lineage may also walk the builds-on candidates when asked for (``--candidates``).
_LINEAGE_KINDS = (*PAPER_EDGE_KINDS, EdgeKind.BUILDS_ON_CANDIDATE)


def lineage(
    store: GraphStore,
    paper: str,
    direction: str = "up",
    depth: int = 3,
    kinds: Iterable[EdgeKind | str] = (EdgeKind.BUILDS_ON,),
) -> Lineage:
    """Walk a paper's lineage breadth-first.

    At each depth ``d`` (1 to ``depth``), every edge of ``kinds`` leaving a paper
    first reached at depth ``d - 1`` is a hop; papers first reached there make
    the next frontier. ``up`` follows edges out (what the paper builds on),
    ``down`` follows them in (what builds on it).

    Parameters
    ----------
    store
        Any graph store.
    paper
        A reference to the root paper: arXiv id, DOI, title or label.
    direction
        ``"up"`` or ``"down"``.
    depth
        How many hops to walk, at least 1.
    kinds
        Edge kinds to follow; ``BUILDS_ON`` by default, ``CITES`` may be added,
        and ``BUILDS_ON_CANDIDATE`` for the claims too unsure to draw.

    Returns
    -------
    Lineage
        The root and its hops ordered by depth, then source id, target id and kind.

    Raises
    ------
    PaperNotFound, AmbiguousPaper
        When ``paper`` does not name exactly one paper.
    QueryError
        When the direction, depth or kinds cannot be used.

    Examples
    --------
    >>> lineage(store, "2307.09288", direction="up", depth=2)  # doctest: +SKIP
    """
    if direction not in _DIRECTIONS:
        raise QueryError(f"direction must be 'up' or 'down', got {direction!r}")
    if depth < 1:
        raise QueryError(f"depth must be at least 1, got {depth}")
    wanted = kind_values(kinds, _LINEAGE_KINDS)
    root = resolve_paper(store, paper)
    server = as_cypher(store)
    if server is not None:
        hops = _lineage_cypher(server, root.id, direction, depth, wanted)
    else:
        graph = local_graph(store, [root.id], wanted, direction="out" if direction == "up" else "in", depth=depth)
        hops = _lineage_networkx(graph, root.id, direction, depth, wanted)
    hops.sort(key=lambda h: (h.depth, h.source.id, h.target.id, h.kind))
    return Lineage(root=paper_ref(root), direction=direction, hops=hops)


def builds_on_candidates(store: GraphStore, paper: str, direction: str = "both") -> list[LineageHop]:
    """Return a paper's builds-on candidates: claims whose confidence fell below the threshold.

    A candidate is a BUILDS_ON_CANDIDATE edge: the text names a method the other
    paper introduced, but the evidence is too weak to draw (or a complete
    reference list leaves the other paper out). Lineage, paths, PageRank and the
    view never follow them; this query and ``lineage(..., kinds=[BUILDS_ON,
    BUILDS_ON_CANDIDATE])`` do.

    Parameters
    ----------
    store
        Any graph store.
    paper
        A reference to the paper.
    direction
        ``"up"`` (what it may build on), ``"down"`` (what may build on it) or ``"both"``.

    Returns
    -------
    list of LineageHop
        Depth 1 each, most confident first, then source and target id.

    Raises
    ------
    PaperNotFound, AmbiguousPaper
        When ``paper`` does not name exactly one paper.
    QueryError
        When the direction is not up, down or both.

    Examples
    --------
    >>> builds_on_candidates(store, "2312.00001")  # doctest: +SKIP
    """
    if direction not in (*_DIRECTIONS, "both"):
        raise QueryError(f"direction must be 'up', 'down' or 'both', got {direction!r}")
    kinds = [EdgeKind.BUILDS_ON_CANDIDATE.value]
    hops: list[LineageHop] = []
    for way in ("up", "down"):
        if direction in (way, "both"):
            hops.extend(lineage(store, paper, direction=way, depth=1, kinds=kinds).hops)
    hops.sort(key=lambda h: (-(h.confidence or 0.0), h.source.id, h.target.id))
    return hops


def hop_from(source: PaperRef, target: PaperRef, depth: int, kind: str, attrs: dict[str, Any]) -> LineageHop:
    """Return a lineage hop from an edge's attributes."""
    return LineageHop(
        source=source,
        target=target,
        depth=depth,
        kind=kind,
        relation=attrs.get("relation"),
        evidence=attrs.get("evidence"),
        via=attrs.get("via"),
        confidence=attrs.get("confidence"),
    )


def _lineage_networkx(
    graph: nx.MultiDiGraph, root_id: str, direction: str, depth: int, kinds: list[str]
) -> list[LineageHop]:
    """Breadth-first lineage over the NetworkX graph."""
    wanted = set(kinds)
    nodes = graph.nodes
    seen = {root_id}
    frontier = [root_id]
    hops: list[LineageHop] = []
    for level in range(1, depth + 1):
        reached: set[str] = set()
        for near in frontier:
            edges = (
                graph.out_edges(near, keys=True, data=True)
                if direction == "up"
                else graph.in_edges(near, keys=True, data=True)
            )
            for u, v, key, attrs in edges:
                far = v if direction == "up" else u
                if key not in wanted or nodes[far].get("kind") != "paper":
                    continue
                hops.append(hop_from(node_ref(u, nodes[u]), node_ref(v, nodes[v]), level, key, attrs))
                if far not in seen:
                    reached.add(far)
        seen |= reached
        frontier = sorted(reached)
        if not frontier:
            break
    return hops


def _lineage_cypher(
    store: CypherStore, root_id: str, direction: str, depth: int, kinds: list[str]
) -> list[LineageHop]:
    """Breadth-first lineage on a server: one parameterised statement per level."""
    statement = cypher.LINEAGE_UP if direction == "up" else cypher.LINEAGE_DOWN
    seen = {root_id}
    frontier = [root_id]
    hops: list[LineageHop] = []
    for level in range(1, depth + 1):
        reached: set[str] = set()
        for row in store.run(statement, {"ids": frontier, "kinds": kinds}):
            hops.append(hop_from(ref_of(row["source"]), ref_of(row["target"]), level, row["kind"], row))
            far = row["target"]["id"] if direction == "up" else row["source"]["id"]
            if far not in seen:
                reached.add(far)
        seen |= reached
        frontier = sorted(reached)
        if not frontier:
            break
    return hops
