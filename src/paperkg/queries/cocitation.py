"""Co-citation and coupling: the papers cited together with a paper, and those citing what it cites."""

from __future__ import annotations

import json
from typing import Any

from paperkg._lazy import networkx as nx
from paperkg.exceptions import QueryError
from paperkg.graph.stores import cypher
from paperkg.graph.stores.protocol import CypherStore, GraphStore, IndexedStore
from paperkg.models import EdgeKind
from paperkg.queries._backend import as_cypher, graph_of, local_graph, node_attributes, node_ref, ref_of
from paperkg.queries.papers import resolve_paper
from paperkg.queries.results import OverlapPaper, PaperRef

__all__ = ["co_cited", "coupled"]


def co_cited(store: GraphStore, paper: str, limit: int = 10) -> list[OverlapPaper]:
    """Return the papers most often cited together with ``paper`` (its CO_CITED edges).

    Parameters
    ----------
    store
        Any graph store.
    paper
        A reference to the paper.
    limit
        How many papers to return, at least 1.

    Returns
    -------
    list of OverlapPaper
        Strongest first (Salton's cosine, then the count shared, then id);
        ``shared`` names up to five papers that cite both.

    Raises
    ------
    PaperNotFound, AmbiguousPaper
        When ``paper`` does not name exactly one paper.
    QueryError
        When ``limit`` is below 1.
    """
    return _overlap(store, paper, limit, EdgeKind.CO_CITED)


def coupled(store: GraphStore, paper: str, limit: int = 10) -> list[OverlapPaper]:
    """Return the papers whose references overlap most with ``paper``'s (its COUPLED edges).

    Parameters and results as :func:`co_cited`; ``shared`` names up to five
    works both cite.
    """
    return _overlap(store, paper, limit, EdgeKind.COUPLED)


def _overlap(store: GraphStore, paper: str, limit: int, kind: EdgeKind) -> list[OverlapPaper]:
    if limit < 1:
        raise QueryError(f"limit must be at least 1, got {limit}")
    root = resolve_paper(store, paper).id
    server = as_cypher(store)
    if server is not None:
        rows, refs = _overlap_cypher(server, root, kind)
    elif isinstance(store, IndexedStore):
        # the root's edges of the kind, by index; the papers they name as shared need not be its neighbours
        graph = local_graph(store, [root], [kind])
        rows, refs = _overlap_networkx(graph, root, kind)
        missing = {i for _, _, _, shared in rows for i in shared if i not in refs}
        refs.update((i, node_ref(i, attrs)) for i, attrs in node_attributes(store, missing).items())
    else:
        rows, refs = _overlap_networkx(graph_of(store), root, kind)
    found = [
        OverlapPaper(
            paper=other,
            score=float(score or 0.0),
            shared_count=count,
            shared=[refs.get(i) or PaperRef(id=i, label=i) for i in shared],
        )
        for other, score, count, shared in rows
    ]
    return sorted(found, key=lambda o: (-o.score, -o.shared_count, o.paper.id))[:limit]


_Row = tuple[PaperRef, float | None, int, list[str]]


def _overlap_networkx(
    graph: nx.MultiDiGraph, root: str, kind: EdgeKind
) -> tuple[list[_Row], dict[str, PaperRef]]:
    """The root's edges of ``kind`` in either direction (stored once per pair)."""
    rows: list[_Row] = []
    wanted: set[str] = set()
    for adjacency in (graph.succ[root], graph.pred[root]):
        for other, keys in adjacency.items():
            attrs = keys.get(kind.value)
            if attrs is None or other == root:
                continue
            shared = list(attrs.get("shared") or [])
            wanted.update(shared)
            count = int((attrs.get("attrs") or {}).get("shared_count", len(shared)))
            rows.append((node_ref(other, graph.nodes[other]), attrs.get("score"), count, shared))
    refs = {i: node_ref(i, graph.nodes[i]) for i in wanted if i in graph}
    return rows, refs


def _overlap_cypher(store: CypherStore, root: str, kind: EdgeKind) -> tuple[list[_Row], dict[str, PaperRef]]:
    """The root's relationships of ``kind``, matched without direction, and the shared papers' refs."""
    rows: list[_Row] = []
    wanted: set[str] = set()
    for row in store.run(cypher.OVERLAP, {"id": root, "kind": kind.value}):
        shared = list(row["shared"] or [])
        wanted.update(shared)
        attrs: Any = row["attrs"]
        if isinstance(attrs, str):
            attrs = json.loads(attrs)
        count = int((attrs or {}).get("shared_count", len(shared)))
        rows.append((ref_of(row["paper"]), row["score"], count, shared))
    refs = {}
    if wanted:
        refs = {
            r["ref"]["id"]: ref_of(r["ref"]) for r in store.run(cypher.NODE_REFS, {"ids": sorted(wanted)})
        }
    return rows, refs
