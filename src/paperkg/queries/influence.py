"""Influence: PageRank over builds-on and citation edges, and the works many given papers share."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from paperkg._lazy import networkx as nx
from paperkg.exceptions import QueryError
from paperkg.graph.rank import DAMPING, MAX_ITER, TOLERANCE, pagerank_scores
from paperkg.graph.stores import cypher
from paperkg.graph.stores.protocol import CypherStore, GraphStore, IndexedStore
from paperkg.graph.stores.sqlite import SQLiteStore
from paperkg.models import EdgeKind
from paperkg.queries._backend import as_cypher, kind_values, local_graph, node_ref, ref_of
from paperkg.queries.papers import resolve_paper
from paperkg.queries.results import CommonWork, Influence, PaperRef

__all__ = ["derivative_works", "influential", "prior_works"]

_INFLUENCE_KINDS = (EdgeKind.BUILDS_ON, EdgeKind.CITES)
# The kinds the embedded store's stored influence is computed over.
STORED_KINDS = (EdgeKind.BUILDS_ON.value, EdgeKind.CITES.value)
# PageRank settings (DAMPING, TOLERANCE, MAX_ITER) live in paperkg.graph.rank, shared with the store.
__all__ += ["DAMPING", "MAX_ITER", "TOLERANCE"]


def influential(
    store: GraphStore,
    kinds: Iterable[EdgeKind | str] = _INFLUENCE_KINDS,
    top: int = 10,
) -> list[Influence]:
    """Rank papers by PageRank over BUILDS_ON and/or CITES edges.

    Every paper is a node; each edge of ``kinds`` from A to B passes rank from
    A to B (two kinds joining the same pair count twice). Damping 0.85.

    Parameters
    ----------
    store
        Any graph store.
    kinds
        Edge kinds to rank over: BUILDS_ON, CITES or both.
    top
        How many papers to return, at least 1.

    Returns
    -------
    list of Influence
        Highest score first, ties by id; scores rounded to 8 digits.

    Raises
    ------
    QueryError
        When ``kinds`` or ``top`` cannot be used.
    """
    if top < 1:
        raise QueryError(f"top must be at least 1, got {top}")
    wanted = kind_values(kinds, _INFLUENCE_KINDS)
    server = as_cypher(store)
    if server is not None:
        refs, edges = _influence_input_cypher(server, wanted)
    elif set(wanted) == set(STORED_KINDS) and isinstance(store, SQLiteStore):
        # The embedded store keeps every paper's score over both kinds, computed when it last changed.
        return [Influence(paper=node_ref(n, attrs), score=s) for n, s, attrs in store.influence(top)]
    elif isinstance(store, IndexedStore):
        refs, edges = _influence_input_networkx(store.projection(wanted), wanted)
    else:
        from paperkg.queries._backend import graph_of

        refs, edges = _influence_input_networkx(graph_of(store), wanted)
    return rank_pagerank(refs, edges, top)


def _influence_input_networkx(
    graph: nx.MultiDiGraph, kinds: list[str]
) -> tuple[dict[str, PaperRef], list[tuple[str, str]]]:
    """Return every paper and the wanted edges between papers."""
    refs = {n: node_ref(n, a) for n, a in graph.nodes(data=True) if a.get("kind") == "paper"}
    wanted = set(kinds)
    edges = [(u, v) for u, v, k in graph.edges(keys=True) if k in wanted and u in refs and v in refs]
    return refs, edges


def rank_pagerank(refs: dict[str, PaperRef], edges: list[tuple[str, str]], top: int) -> list[Influence]:
    """Run PageRank on papers and edges (``paperkg.graph.rank``: every backend gets the same floats)."""
    if not refs:
        return []
    scores = pagerank_scores(refs, edges)
    ranked = sorted(((s, n) for n, s in scores.items()), key=lambda p: (-p[0], p[1]))
    return [Influence(paper=refs[n], score=s) for s, n in ranked[:top]]


def prior_works(
    store: GraphStore,
    papers: list[str],
    top: int = 10,
    kinds: Iterable[EdgeKind | str] = _INFLUENCE_KINDS,
) -> list[CommonWork]:
    """Return the works many of the given papers build on or cite (Connected Papers' "prior works").

    Parameters
    ----------
    store
        Any graph store.
    papers
        References to the given papers.
    top
        How many works to return, at least 1.
    kinds
        Edge kinds that count as building on: BUILDS_ON and CITES by default.

    Returns
    -------
    list of CommonWork
        Papers outside the given ones, by how many given papers link to them
        (most first, ties by id); ``of`` lists those given papers' ids.

    Raises
    ------
    PaperNotFound, AmbiguousPaper
        When a reference does not name exactly one paper.
    QueryError
        When no paper is given, or ``top`` or ``kinds`` cannot be used.
    """
    return _common(store, papers, top, kinds, forward=True)


def derivative_works(
    store: GraphStore,
    papers: list[str],
    top: int = 10,
    kinds: Iterable[EdgeKind | str] = _INFLUENCE_KINDS,
) -> list[CommonWork]:
    """Return the works that build on or cite many of the given papers ("derivative works").

    Parameters and results as :func:`prior_works`, with the edges followed the other way.
    """
    return _common(store, papers, top, kinds, forward=False)


def _common(
    store: GraphStore, papers: list[str], top: int, kinds: Iterable[EdgeKind | str], *, forward: bool
) -> list[CommonWork]:
    if not papers:
        raise QueryError("give at least one paper")
    if top < 1:
        raise QueryError(f"top must be at least 1, got {top}")
    wanted = kind_values(kinds, _INFLUENCE_KINDS)
    given = sorted({resolve_paper(store, p).id for p in papers})
    server = as_cypher(store)
    if server is not None:
        links = _links_cypher(server, given, wanted, forward)
    else:
        graph = local_graph(store, given, wanted, direction="out" if forward else "in")
        links = _links_networkx(graph, given, wanted, forward)
    return rank_common(links, set(given), top)


def _links_networkx(
    graph: nx.MultiDiGraph, given: list[str], kinds: list[str], forward: bool
) -> list[tuple[str, PaperRef]]:
    """Return (given id, linked paper) pairs over the wanted edges."""
    wanted = set(kinds)
    pairs: list[tuple[str, PaperRef]] = []
    for paper in given:
        adjacency = graph.succ[paper] if forward else graph.pred[paper]
        for other, keys in adjacency.items():
            if graph.nodes[other].get("kind") == "paper" and not wanted.isdisjoint(keys):
                pairs.append((paper, node_ref(other, graph.nodes[other])))
    return pairs


def rank_common(links: list[tuple[str, PaperRef]], given: set[str], top: int) -> list[CommonWork]:
    """Count, for each linked paper outside ``given``, which given papers link to it."""
    refs: dict[str, PaperRef] = {}
    of: dict[str, set[str]] = defaultdict(set)
    for paper, ref in links:
        if ref.id in given:
            continue
        refs[ref.id] = ref
        of[ref.id].add(paper)
    ranked = sorted(of, key=lambda n: (-len(of[n]), n))
    return [CommonWork(paper=refs[n], count=len(of[n]), of=sorted(of[n])) for n in ranked[:top]]


def _influence_input_cypher(
    store: CypherStore, kinds: list[str]
) -> tuple[dict[str, PaperRef], list[tuple[str, str]]]:
    """Read every paper and the wanted edges between papers from the server."""
    refs = {row["ref"]["id"]: ref_of(row["ref"]) for row in store.run(cypher.PAPER_REFS)}
    edges = [(row["source"], row["target"]) for row in store.run(cypher.INFLUENCE_EDGES, {"kinds": kinds})]
    return refs, edges


def _links_cypher(
    store: CypherStore, given: list[str], kinds: list[str], forward: bool
) -> list[tuple[str, PaperRef]]:
    """Return (given id, linked paper) pairs read from the server."""
    statement = cypher.LINKS_OUT if forward else cypher.LINKS_IN
    return [
        (row["given"], ref_of(row["paper"])) for row in store.run(statement, {"ids": given, "kinds": kinds})
    ]
