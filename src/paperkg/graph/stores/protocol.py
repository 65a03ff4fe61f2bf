"""The GraphStore protocol every backend implements; the NetworkX store is its reference."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from paperkg.models import Edge, EdgeKind, Entity, Paper

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["NODE_KINDS", "CypherStore", "GraphStore", "IndexedStore"]

NODE_KINDS = ("paper", "method", "dataset", "family", "external", "author", "cluster")


@runtime_checkable
class GraphStore(Protocol):
    """A place papers, entities and edges are written to and read from.

    Writes are upserts keyed on the node id and, for edges, on
    ``(source, target, kind)``: writing the same thing twice changes nothing.
    """

    name: str

    def upsert_papers(self, papers: Iterable[Paper]) -> int:
        """Insert or replace papers by id; return how many were written."""
        ...

    def upsert_entities(self, entities: Iterable[Entity]) -> int:
        """Insert or replace Method, Dataset and MethodFamily nodes by id."""
        ...

    def upsert_edges(self, edges: Iterable[Edge]) -> int:
        """Insert or replace edges keyed on (source, target, kind)."""
        ...

    def delete_nodes(self, ids: Iterable[str]) -> int:
        """Delete nodes and their edges; return how many nodes were deleted."""
        ...

    def node_ids_of_kind(self, kind: str) -> list[str]:
        """Return the id of every node of one kind (``external``, ...), without their attributes."""
        ...

    def delete_edges(self, kinds: Iterable[EdgeKind]) -> int:
        """Delete every edge of the given kinds; return how many were deleted."""
        ...

    def delete_entities(self) -> int:
        """Delete every entity node, each kind of ``ENTITY_KINDS`` (before re-inference)."""
        ...

    def clear(self) -> None:
        """Delete every node and edge (metadata stays)."""
        ...

    def get_paper(self, paper_id: str) -> Paper | None:
        """Return the paper with this id, or None."""
        ...

    def papers(self) -> Iterator[Paper]:
        """Iterate over every paper."""
        ...

    def entities(self, kind: str | None = None) -> Iterator[Entity]:
        """Iterate over entity nodes, optionally of one kind."""
        ...

    def edges(self, kinds: Iterable[EdgeKind] | None = None) -> Iterator[Edge]:
        """Iterate over edges, optionally of some kinds."""
        ...

    def counts(self) -> dict[str, dict[str, int]]:
        """Return ``{"nodes": {kind: n}, "edges": {kind: n}}``."""
        ...

    def get_meta(self) -> dict[str, Any]:
        """Return store-level metadata (last build summary, settings)."""
        ...

    def set_meta(self, meta: dict[str, Any]) -> None:
        """Replace store-level metadata."""
        ...

    def save(self) -> None:
        """Make every write so far durable."""
        ...

    def close(self) -> None:
        """Release locks and connections."""
        ...


@runtime_checkable
class CypherStore(GraphStore, Protocol):
    """A graph server store that runs parameterised Cypher."""

    def run(
        self, query: str, params: dict[str, Any] | None = None, *, write: bool = False
    ) -> list[dict[str, Any]]:
        """Run one statement and return its records as dicts."""
        ...


@runtime_checkable
class IndexedStore(GraphStore, Protocol):
    """An embedded store that hands the canned queries the part of the graph they walk.

    The SQLite store reads just that part by index; the NetworkX reference hands
    over its whole graph, which holds every part. Either way the queries run the
    same NetworkX code on what they get, so both answer alike.
    """

    def neighbourhood(
        self,
        seeds: Iterable[str],
        kinds: Iterable[EdgeKind | str] | None = None,
        *,
        direction: str = "both",
        depth: int = 1,
    ) -> nx.MultiDiGraph:
        """Return a graph holding every edge of ``kinds`` a breadth-first walk from ``seeds`` meets.

        ``direction`` is ``out``, ``in`` or ``both``; the walk goes ``depth`` levels,
        and both ends of each edge come with their attributes.
        """
        ...

    def nodes_of_kind(self, kind: str) -> list[tuple[str, dict[str, Any]]]:
        """Return ``(id, attributes)`` of every node of one kind (families: a few hundred)."""
        ...

    def projection(self, kinds: Iterable[EdgeKind | str]) -> nx.MultiDiGraph:
        """Return a graph holding every paper and every edge of ``kinds``."""
        ...

    def adjacent(
        self, frontier: list[str], kinds: Iterable[EdgeKind | str], *, forward: bool, backward: bool
    ) -> list[tuple[str, str]]:
        """Return sorted ``(near, far)`` pairs: nodes joined to the frontier by edges of ``kinds``."""
        ...

    def edges_from(self, sources: Iterable[str], kinds: Iterable[EdgeKind] | None = None) -> Iterator[Edge]:
        """Iterate over the edges leaving ``sources`` (each source once), optionally of some kinds."""
        ...

    def edge_counts(self, node: str) -> dict[str, int]:
        """Count the edges into or out of ``node`` per kind (a loop once)."""
        ...
