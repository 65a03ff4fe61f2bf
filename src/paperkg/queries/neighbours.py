"""Neighbours of a paper: its nearest papers by embedding, and the papers sharing its datasets."""

from __future__ import annotations

import json
import math
from typing import Any

from paperkg._lazy import networkx as nx
from paperkg.exceptions import QueryError
from paperkg.graph.stores import cypher
from paperkg.graph.stores.protocol import CypherStore, GraphStore
from paperkg.models import EdgeKind
from paperkg.queries._backend import as_cypher, local_graph, node_ref, ref_of
from paperkg.queries.papers import resolve_paper
from paperkg.queries.results import SharedDatasets, SimilarPaper

__all__ = ["shared_datasets", "similar"]


def similar(store: GraphStore, paper: str, k: int = 10) -> list[SimilarPaper]:
    """Return a paper's nearest neighbours: the targets of its SIMILAR_TO edges.

    Parameters
    ----------
    store
        Any graph store.
    paper
        A reference to the paper.
    k
        How many neighbours to return, at least 1.

    Returns
    -------
    list of SimilarPaper
        Nearest first (by rank, then score, then id); ``also_linked`` names the
        other edge kinds joining the two papers, in either direction.

    Raises
    ------
    PaperNotFound, AmbiguousPaper
        When ``paper`` does not name exactly one paper.
    QueryError
        When ``k`` is below 1.
    """
    if k < 1:
        raise QueryError(f"k must be at least 1, got {k}")
    root = resolve_paper(store, paper).id
    server = as_cypher(store)
    found = _similar_cypher(server, root) if server is not None else _similar_networkx(local_graph(store, [root]), root)
    return sort_similar(found)[:k]


def sort_similar(found: list[SimilarPaper]) -> list[SimilarPaper]:
    """Order neighbours nearest first: rank, then highest score, then id."""
    return sorted(
        found,
        key=lambda s: (
            s.rank if s.rank is not None else math.inf,
            -(s.score if s.score is not None else -math.inf),
            s.paper.id,
        ),
    )


def _similar_networkx(graph: nx.MultiDiGraph, root: str) -> list[SimilarPaper]:
    """Neighbours from the root's outgoing SIMILAR_TO edges."""
    similar_kind = EdgeKind.SIMILAR_TO.value
    found: list[SimilarPaper] = []
    for other, keys in graph.succ[root].items():
        attrs = keys.get(similar_kind)
        if attrs is None or attrs.get("rank") is None:
            continue  # unranked edges are likely-reference candidates, not nearest neighbours
        linked = {k for k in keys if k != similar_kind}
        linked |= {k for k in graph.succ[other].get(root, {}) if k != similar_kind}
        found.append(
            SimilarPaper(
                paper=node_ref(other, graph.nodes[other]),
                score=attrs.get("score"),
                rank=attrs.get("rank"),
                also_linked=sorted(linked),
                shares=(attrs.get("attrs") or {}).get("shares") or {},
            )
        )
    return found


def shared_datasets(store: GraphStore, paper: str, limit: int = 20) -> list[SharedDatasets]:
    """Return the papers that use some of the same datasets, from SHARES_DATASET edges.

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
    list of SharedDatasets
        Strongest first (by weight, then id); ``datasets`` sorted by name.

    Raises
    ------
    PaperNotFound, AmbiguousPaper
        When ``paper`` does not name exactly one paper.
    QueryError
        When ``limit`` is below 1.
    """
    if limit < 1:
        raise QueryError(f"limit must be at least 1, got {limit}")
    root = resolve_paper(store, paper).id
    server = as_cypher(store)
    if server is not None:
        found = _shared_datasets_cypher(server, root)
    else:
        graph = local_graph(store, [root], [EdgeKind.SHARES_DATASET])
        found = _shared_datasets_networkx(graph, root)
    return sort_shared(found)[:limit]


def sort_shared(found: list[SharedDatasets]) -> list[SharedDatasets]:
    """Order papers strongest first, then by id."""
    return sorted(found, key=lambda s: (-s.weight, s.paper.id))


def shared_from(other_id: str, attrs: dict[str, Any], other: dict[str, Any]) -> SharedDatasets:
    """Return one SharedDatasets from a SHARES_DATASET edge's attributes; weight defaults to the count."""
    names = sorted(attrs.get("shared") or [])
    weight = attrs.get("score")
    return SharedDatasets(
        paper=node_ref(other_id, other),
        datasets=names,
        weight=float(weight) if weight is not None else float(len(names)),
    )


def _shared_datasets_networkx(graph: nx.MultiDiGraph, root: str) -> list[SharedDatasets]:
    """SHARES_DATASET edges of the root, in either direction (they are stored once per pair)."""
    kind = EdgeKind.SHARES_DATASET.value
    found: dict[str, SharedDatasets] = {}
    for adjacency in (graph.succ[root], graph.pred[root]):
        for other, keys in adjacency.items():
            attrs = keys.get(kind)
            if attrs is not None and other != root:
                found[other] = shared_from(other, attrs, graph.nodes[other])
    return list(found.values())


def edge_attrs(value: Any) -> dict[str, Any]:
    """Return an edge's ``attrs`` as a server returns them (a JSON string) or NetworkX holds them (a dict)."""
    if isinstance(value, str):
        decoded = json.loads(value)
        return decoded if isinstance(decoded, dict) else {}
    return dict(value) if isinstance(value, dict) else {}


def _similar_cypher(store: CypherStore, root: str) -> list[SimilarPaper]:
    """Neighbours from the root's SIMILAR_TO relationships, with the other types joining each pair."""
    return [
        SimilarPaper(
            paper=ref_of(row["paper"]),
            score=row["score"],
            rank=row["rank"],
            also_linked=sorted(set(row["also_linked"] or [])),
            shares=edge_attrs(row.get("attrs")).get("shares") or {},
        )
        for row in store.run(cypher.SIMILAR, {"id": root})
    ]


def _shared_datasets_cypher(store: CypherStore, root: str) -> list[SharedDatasets]:
    """SHARES_DATASET relationships of the root, matched without direction."""
    found: dict[str, SharedDatasets] = {}
    for row in store.run(cypher.SHARED_DATASETS, {"id": root}):
        other = row["paper"]["id"]
        if other != root:
            found[other] = shared_from(other, {"shared": row["shared"], "score": row["score"]}, row["paper"])
    return list(found.values())
