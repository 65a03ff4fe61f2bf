"""Dispatch helpers shared by the canned queries: which backend answers, and node refs from rows."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from paperkg._lazy import networkx as nx
from paperkg.exceptions import QueryError
from paperkg.graph.stores.networkx import NetworkXStore
from paperkg.graph.stores.protocol import CypherStore, GraphStore, IndexedStore
from paperkg.graph.stores.sqlite import SQLiteStore
from paperkg.models import Edge, EdgeKind
from paperkg.queries.results import PaperRef

__all__ = [
    "PAPER_EDGE_KINDS",
    "as_cypher",
    "edge_counts",
    "edges_from",
    "graph_of",
    "kind_values",
    "local_graph",
    "node_attributes",
    "node_ref",
    "ref_of",
]

# Edge kinds that join two papers, in the order a path prefers them when two papers
# are joined by several edges.
PAPER_EDGE_KINDS: tuple[EdgeKind, ...] = (
    EdgeKind.BUILDS_ON,
    EdgeKind.CITES,
    EdgeKind.SAME_FAMILY,
    EdgeKind.SHARES_DATASET,
    EdgeKind.SIMILAR_TO,
)


def as_cypher(store: GraphStore) -> CypherStore | None:
    """Return the store when it answers Cypher (a server store), else None."""
    if isinstance(store, NetworkXStore):
        return None
    if isinstance(store, CypherStore):
        return store
    return None


def graph_of(store: GraphStore) -> nx.MultiDiGraph:
    """Return the store's graph as NetworkX: the store's own, or a copy read through the protocol."""
    if isinstance(store, NetworkXStore):
        return store.graph
    from paperkg.graph.export import to_networkx

    return to_networkx(store)


def local_graph(
    store: GraphStore,
    seeds: Iterable[str],
    kinds: Iterable[EdgeKind | str] | None = None,
    *,
    direction: str = "both",
    depth: int = 1,
    among: Iterable[str] | None = None,
) -> nx.MultiDiGraph:
    """Return a NetworkX graph holding what a walk from ``seeds`` meets (see ``IndexedStore.neighbourhood``):
    read by index from the embedded store, the whole graph from the reference, else the whole store.

    With ``among``, the embedded store reads only the edges between seeds and nodes of ``among``
    (``SQLiteStore.neighbourhood``); a graph holding more answers alike where only those are looked at.
    """
    if isinstance(store, SQLiteStore) and among is not None:
        return store.neighbourhood(seeds, kinds, direction=direction, depth=depth, among=among)
    if isinstance(store, IndexedStore):
        return store.neighbourhood(seeds, kinds, direction=direction, depth=depth)
    return graph_of(store)


def node_attributes(store: GraphStore, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Return the attributes of the nodes among ``ids``: by index on the embedded store, from the
    reference's graph, else by reading every entity of a server (papers and external nodes left out)."""
    wanted = set(ids)
    if isinstance(store, SQLiteStore):
        return store.node_attrs(wanted)
    if isinstance(store, NetworkXStore):
        graph = store.graph
        return {node: graph.nodes[node] for node in wanted if node in graph}
    return {e.id: e.model_dump(mode="json") for e in store.entities() if e.id in wanted}


def edges_from(store: GraphStore, sources: Iterable[str], kinds: Iterable[EdgeKind]) -> list[Edge]:
    """Return the edges of ``kinds`` leaving ``sources``: from their adjacency on the embedded store,
    else by filtering every edge of those kinds."""
    if isinstance(store, IndexedStore):
        return list(store.edges_from(sources, kinds))
    wanted = set(sources)
    return [edge for edge in store.edges(kinds) if edge.source in wanted]


def edge_counts(store: GraphStore, node: str) -> dict[str, int]:
    """Count the edges into or out of ``node`` per kind (a loop once): from its adjacency on the
    embedded store, else by reading every edge."""
    if isinstance(store, IndexedStore):
        return store.edge_counts(node)
    counts: dict[str, int] = {}
    for edge in store.edges():
        if node in (edge.source, edge.target):
            counts[edge.kind.value] = counts.get(edge.kind.value, 0) + 1
    return counts


def kind_values(kinds: Iterable[EdgeKind | str], allowed: Iterable[EdgeKind]) -> list[str]:
    """Return the edge kind values of ``kinds``, checked against ``allowed``.

    Raises
    ------
    QueryError
        When a kind is unknown or not allowed here.
    """
    allow = {k.value for k in allowed}
    values: list[str] = []
    for kind in kinds:
        value = str(kind.value if isinstance(kind, EdgeKind) else kind).upper()
        if value not in allow:
            raise QueryError(
                f"edge kind {kind!r} cannot be used here; choose from {', '.join(sorted(allow))}"
            )
        if value not in values:
            values.append(value)
    if not values:
        raise QueryError(f"give at least one edge kind: {', '.join(sorted(allow))}")
    return values


def node_ref(node_id: str, attrs: dict[str, Any]) -> PaperRef:
    """Return the PaperRef of a node from its attributes (external nodes fall back to their id)."""
    return PaperRef(
        id=node_id,
        label=attrs.get("label") or attrs.get("title") or node_id,
        title=attrs.get("title"),
        year=attrs.get("year"),
        published=attrs.get("published"),
        arxiv_id=attrs.get("arxiv_id"),
    )


def ref_of(row: dict[str, Any]) -> PaperRef:
    """Return the PaperRef of a node map a Cypher statement returned (``n {.id, .label, ...}``)."""
    return node_ref(row["id"], row)
