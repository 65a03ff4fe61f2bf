"""Choosing what a view shows: the whole graph, a neighbourhood, a lineage or a family, capped by PageRank."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import networkx as nx

from paperkg.exceptions import EntityNotFound, QueryError
from paperkg.graph.export import to_networkx
from paperkg.graph.stores.protocol import GraphStore
from paperkg.models import EdgeKind, entity_id, normalise_title

if TYPE_CHECKING:
    from paperkg.graph.stores.sqlite import SQLiteStore

__all__ = [
    "DEFAULT_MAX_NODES",
    "HUB_KINDS",
    "KIND_ALIASES",
    "WHOLE_GRAPH_READ",
    "ViewSelection",
    "family_names",
    "find_family",
    "influence",
    "parse_kinds",
    "select_subgraph",
    "select_view",
]

DEFAULT_MAX_NODES = 2000
HUB_KINDS = frozenset({"method", "dataset", "family", "author", "cluster"})
# Drawn only when asked for with --kinds: an author or cluster node per paper would crowd every
# view, and clusters show as the papers' colour (--color-by cluster).
# Builds-on candidates are claims too unsure to draw: shown only when asked for by name.
NOT_DRAWN_BY_DEFAULT = frozenset({EdgeKind.AUTHORED, EdgeKind.IN_CLUSTER, EdgeKind.BUILDS_ON_CANDIDATE})
COLOR_BY = ("family", "cluster")
_PAPERISH = frozenset({"paper", "external"})
_DIRECTED_PAPER_KINDS = (EdgeKind.BUILDS_ON, EdgeKind.CITES)

KIND_ALIASES: dict[str, EdgeKind] = {
    "builds_on": EdgeKind.BUILDS_ON,
    "builds-on": EdgeKind.BUILDS_ON,
    "cites": EdgeKind.CITES,
    "citations": EdgeKind.CITES,
    "similar": EdgeKind.SIMILAR_TO,
    "similar_to": EdgeKind.SIMILAR_TO,
    "same_family": EdgeKind.SAME_FAMILY,
    "family": EdgeKind.SAME_FAMILY,
    "shares_dataset": EdgeKind.SHARES_DATASET,
    "dataset": EdgeKind.SHARES_DATASET,
    "introduces": EdgeKind.INTRODUCES,
    "mentions": EdgeKind.MENTIONS,
    "uses_dataset": EdgeKind.USES_DATASET,
    "in_family": EdgeKind.IN_FAMILY,
    "co_cited": EdgeKind.CO_CITED,
    "cocited": EdgeKind.CO_CITED,
    "coupled": EdgeKind.COUPLED,
    "coupling": EdgeKind.COUPLED,
    "authored": EdgeKind.AUTHORED,
    "authors": EdgeKind.AUTHORED,
    "in_cluster": EdgeKind.IN_CLUSTER,
    "candidates": EdgeKind.BUILDS_ON_CANDIDATE,
    "builds_on_candidate": EdgeKind.BUILDS_ON_CANDIDATE,
}


@dataclass(frozen=True)
class ViewSelection:
    """The subgraph a view draws and what was left out of it.

    ``graph`` shares node and edge attribute dicts with the store's graph: read it, do
    not write to it. ``candidates`` counts the nodes the scope matched before the
    ``max_nodes`` cut; ``left_out`` how many of them the cut removed.
    """

    graph: nx.MultiDiGraph
    scope: str
    kinds: frozenset[EdgeKind]
    candidates: int
    left_out: int
    root: str | None = None
    importance: dict[str, float] = field(default_factory=dict)
    families: dict[str, list[str]] = field(default_factory=dict)
    # What ``families`` holds, and so what colours the papers: "family" or "cluster" names.
    groups: str = "family"


def parse_kinds(kinds: str | Iterable[str | EdgeKind] | None) -> frozenset[EdgeKind]:
    """Return the edge kinds named by ``kinds``; every kind when it is None or empty.

    Parameters
    ----------
    kinds
        A comma-separated string or an iterable of names: ``EdgeKind`` values in any
        case (``BUILDS_ON``) or the short names of :data:`KIND_ALIASES` (``similar``).

    Returns
    -------
    frozenset of EdgeKind

    Raises
    ------
    QueryError
        When a name is not an edge kind.

    Examples
    --------
    >>> sorted(k.value for k in parse_kinds("builds_on,similar"))
    ['BUILDS_ON', 'SIMILAR_TO']
    """
    if kinds is None:
        return frozenset(EdgeKind)
    items = kinds.split(",") if isinstance(kinds, str) else list(kinds)
    chosen: set[EdgeKind] = set()
    for item in items:
        if isinstance(item, EdgeKind):
            chosen.add(item)
            continue
        name = item.strip()
        if not name:
            continue
        key = name.lower().replace(" ", "_")
        if key in KIND_ALIASES:
            chosen.add(KIND_ALIASES[key])
        elif name.upper() in EdgeKind.__members__:
            chosen.add(EdgeKind[name.upper()])
        else:
            names = ", ".join(sorted({k for k in KIND_ALIASES if "-" not in k}))
            raise QueryError(f"unknown edge kind {name!r}; choose from {names}")
    return frozenset(chosen) if chosen else frozenset(EdgeKind)


def find_family(graph: nx.MultiDiGraph, reference: str) -> str:
    """Return the node id of the method family named ``reference`` (id, name, alias or slug).

    Raises
    ------
    EntityNotFound
        When no family node matches.
    """
    text = reference.strip()
    if text in graph and graph.nodes[text].get("kind") == "family":
        return text
    slug_id = entity_id("family", text.removeprefix("family:"))
    if slug_id in graph and graph.nodes[slug_id].get("kind") == "family":
        return slug_id
    wanted = normalise_title(text)
    names: list[str] = []
    for node, attrs in graph.nodes(data=True):
        if attrs.get("kind") != "family":
            continue
        spellings = [attrs.get("name") or "", *(attrs.get("aliases") or [])]
        if any(normalise_title(s) == wanted for s in spellings):
            return str(node)
        names.append(str(attrs.get("name") or node))
    known = ", ".join(sorted(names)[:8]) or "none in this graph"
    raise EntityNotFound(f"no method family named {reference!r}; known families: {known}")


def family_names(graph: nx.MultiDiGraph, nodes: Iterable[str] | None = None) -> dict[str, list[str]]:
    """Return the names of each node's method families, from its IN_FAMILY edges.

    A family node is its own family. Nodes in no family are left out.

    Parameters
    ----------
    graph
        A paperkg MultiDiGraph (edges keyed by kind).
    nodes
        The nodes to name families for; every node when None.

    Returns
    -------
    dict
        Node id to family names, each name once, in edge order.
    """
    found: dict[str, list[str]] = {}
    attrs_of = graph.nodes
    in_family = EdgeKind.IN_FAMILY.value
    for node in graph.nodes if nodes is None else nodes:
        names: list[str] = []
        if attrs_of[node].get("kind") == "family":
            names.append(str(attrs_of[node].get("name") or node))
        for _, family, key in graph.out_edges(node, keys=True):
            if key == in_family and attrs_of[family].get("kind") == "family":
                name = str(attrs_of[family].get("name") or family)
                if name not in names:
                    names.append(name)
        if names:
            found[node] = names
    return found


def cluster_names(graph: nx.MultiDiGraph, nodes: Iterable[str] | None = None) -> dict[str, list[str]]:
    """Return each paper's cluster, as ``["cluster:N name"]``, from its IN_CLUSTER edge; a cluster names itself."""
    found: dict[str, list[str]] = {}
    attrs_of = graph.nodes
    in_cluster = EdgeKind.IN_CLUSTER.value

    def name(cluster: str) -> str:
        label = attrs_of[cluster].get("name")
        return f"{cluster.removeprefix('cluster:')}: {label}" if label else cluster

    for node in graph.nodes if nodes is None else nodes:
        if attrs_of[node].get("kind") == "cluster":
            found[node] = [name(node)]
            continue
        for _, cluster, key in graph.out_edges(node, keys=True):
            if key == in_cluster and attrs_of[cluster].get("kind") == "cluster":
                found[node] = [name(cluster)]
                break
    return found


def influence(graph: nx.MultiDiGraph) -> dict[str, float]:
    """Return each node's influence: PageRank over BUILDS_ON and CITES, else degree.

    A paper that many papers build on or cite ranks high. When the graph has no
    such edges, the normalised degree over every edge stands in, so sizes still
    say something.

    Parameters
    ----------
    graph
        A paperkg MultiDiGraph (edges keyed by kind).

    Returns
    -------
    dict
        Node id to a score in ``[0, 1]``, the largest node scoring 1.
    """
    if graph.number_of_nodes() == 0:
        return {}
    directed = nx.DiGraph()
    directed.add_nodes_from(graph.nodes)
    for u, v, key in graph.edges(keys=True):
        if key in (EdgeKind.BUILDS_ON.value, EdgeKind.CITES.value) and u != v:
            directed.add_edge(u, v)
    if directed.number_of_edges():
        raw: dict[str, float] = nx.pagerank(directed, alpha=0.85)
    else:
        raw = {n: float(d) for n, d in graph.degree()}
    top = max(raw.values()) or 1.0
    low = min(raw.values())
    span = (top - low) or 1.0
    return {str(n): (s - low) / span for n, s in raw.items()}


def _importance(nodes: list[str], edges: list[tuple[str, str, str, dict[str, Any]]]) -> dict[str, float]:
    """PageRank where builds-on/cites count fully and every other kind weakly, both ways."""
    weights: dict[tuple[str, str], float] = {}
    for u, v, key, _ in edges:
        if u == v:
            continue
        if key in (EdgeKind.BUILDS_ON.value, EdgeKind.CITES.value):
            weights[(u, v)] = 1.0
        else:
            for pair in ((u, v), (v, u)):
                weights[pair] = max(weights.get(pair, 0.0), 0.2)
    return _pagerank(nodes, weights)


def _pagerank(
    nodes: list[str], weights: dict[tuple[str, str], float], alpha: float = 0.85, tol: float = 1.0e-6
) -> dict[str, float]:
    """Weighted PageRank: networkx's power iteration (``_pagerank_scipy``) on a matrix built
    straight from ``weights``, skipping the DiGraph and its conversion, which took half a
    minute at a hundred thousand papers."""
    import numpy as np
    from scipy import sparse

    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    rows = np.fromiter((index[u] for u, _ in weights), dtype=np.int64, count=len(weights))
    cols = np.fromiter((index[v] for _, v in weights), dtype=np.int64, count=len(weights))
    data = np.fromiter(weights.values(), dtype=float, count=len(weights))
    matrix = sparse.csr_array((data, (rows, cols)), shape=(n, n))
    out = matrix.sum(axis=1)
    out[out != 0] = 1.0 / out[out != 0]
    matrix = sparse.dia_array((out.T, 0), shape=matrix.shape).tocsr() @ matrix
    x = np.repeat(1.0 / n, n)
    p = np.repeat(1.0 / n, n)
    dangling = np.where(out == 0)[0]
    for _ in range(100):
        last = x
        x = alpha * (x @ matrix + sum(x[dangling]) * p) + (1 - alpha) * p
        if np.absolute(x - last).sum() < n * tol:
            return dict(zip(nodes, map(float, x), strict=True))
    raise nx.PowerIterationFailedConvergence(100)


def _induced(
    graph: nx.MultiDiGraph, nodes: set[str], values: set[str]
) -> tuple[list[str], list[tuple[str, str, str, dict[str, Any]]]]:
    """The nodes in the graph's order, and the edges of kinds ``values`` between them.

    Read from the graph itself, each edge once from its source: at a hundred
    thousand papers, going through nested subgraph views took minutes.
    """
    if 2 * len(nodes) > len(graph):
        order = [n for n in graph.nodes if n in nodes]
    else:
        position = {n: i for i, n in enumerate(graph.nodes)}
        order = sorted(nodes, key=position.__getitem__)
    edges = [
        (u, v, key, attrs)
        for u in order
        for _, v, key, attrs in graph.out_edges(u, keys=True, data=True)
        if key in values and v in nodes and not _candidate_only(key, attrs)
    ]
    return order, edges


def _candidate_only(key: str, attrs: dict[str, Any]) -> bool:
    """Whether an edge is a SIMILAR_TO kept only to rank likely references (no rank among the nearest)."""
    # Those edges link a paper to its best earlier or undated papers beyond its k nearest; drawn,
    # they would double the similarity lines and show neighbours that are not the nearest.
    return key == EdgeKind.SIMILAR_TO and attrs.get("rank") is None


def _kept_edges(graph: nx.MultiDiGraph, kinds: frozenset[EdgeKind], hubs: bool) -> nx.MultiDiGraph:
    """A read-only view of the graph with only the chosen edge kinds (and without hub nodes when
    ``hubs`` is off): filtered as it is read, so a neighbourhood never copies the whole graph."""
    values = {k.value for k in kinds}
    nodes = graph.nodes

    def show_node(node: str) -> bool:
        return hubs or nodes[node].get("kind") not in HUB_KINDS

    def show_edge(u: str, v: str, key: str) -> bool:
        return key in values

    view: nx.MultiDiGraph = nx.subgraph_view(graph, filter_node=show_node, filter_edge=show_edge)
    return view


def _paper_neighbours(graph: nx.MultiDiGraph, node: str) -> set[str]:
    around = set(graph.successors(node)) | set(graph.predecessors(node))
    return {n for n in around if graph.nodes[n].get("kind") in _PAPERISH}


def _neighbourhood(graph: nx.MultiDiGraph, root: str, depth: int) -> set[str]:
    seen = {root}
    frontier = {root}
    for _ in range(depth):
        frontier = {n for f in frontier for n in _paper_neighbours(graph, f)} - seen
        seen |= frontier
    return seen


def _lineage(graph: nx.MultiDiGraph, root: str, depth: int, kinds: frozenset[EdgeKind]) -> set[str]:
    follow = {k.value for k in kinds if k in _DIRECTED_PAPER_KINDS}
    seen = {root}
    for step in (graph.out_edges, graph.in_edges):
        frontier = {root}
        for _ in range(depth):
            reached: set[str] = set()
            for node in frontier:
                for u, v, key in step(node, keys=True):
                    if key in follow:
                        reached.add(v if u == node else u)
            frontier = reached - seen
            seen |= frontier
    return seen


def _family(graph: nx.MultiDiGraph, family_id: str) -> set[str]:
    members = {family_id}
    for u, _, key in graph.in_edges(family_id, keys=True):
        if key == EdgeKind.IN_FAMILY.value:
            members.add(u)
    return members


def _with_hubs(graph: nx.MultiDiGraph, nodes: set[str]) -> set[str]:
    hubs = {
        n
        for p in nodes
        for n in (*graph.successors(p), *graph.predecessors(p))
        if graph.nodes[n].get("kind") in HUB_KINDS
    }
    return nodes | hubs


def select_subgraph(
    graph: nx.MultiDiGraph,
    *,
    center: str | None = None,
    depth: int = 1,
    lineage_root: str | None = None,
    family_id: str | None = None,
    kinds: frozenset[EdgeKind] | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
    hubs: bool = True,
    color_by: str = "family",
) -> ViewSelection:
    """Choose the subgraph a view draws, from node ids already resolved.

    The view is the subgraph induced on the chosen nodes over the chosen edge
    kinds. Papers are chosen by scope; hubs (methods, datasets, families) join
    when ``hubs`` is on and a kept edge links them to a chosen paper.

    - whole graph (no scope given): every paper, and the hubs linked to them;
    - ``center``: papers within ``depth`` paper-to-paper hops of it, either direction;
    - ``lineage_root``: papers it builds on or cites, up to ``depth`` hops, and
      papers that build on or cite it, up to ``depth`` hops;
    - ``family_id``: the papers and methods in the family, and the family itself.

    Beyond ``max_nodes`` nodes, the most important are kept (PageRank with
    builds-on and cites edges weighing five times the others); the scope's root
    paper is always kept.

    Parameters
    ----------
    graph
        The store's graph (``paperkg.graph.export.to_networkx``).
    center, lineage_root, family_id
        At most one scope, as node ids.
    depth
        Hops for ``center`` and ``lineage_root``, at least 1.
    kinds
        Edge kinds to draw; every kind when None.
    max_nodes
        Most nodes drawn, at least 1.
    hubs
        Whether Method, Dataset and MethodFamily nodes are drawn.
    color_by
        What colours the papers: their method ``family`` or their ``cluster``
        (from ``paperkg clusters``).

    Returns
    -------
    ViewSelection

    Raises
    ------
    QueryError
        When several scopes are given, an id is not in the graph, or depth or
        max_nodes is below 1.
    """
    if color_by not in COLOR_BY:
        raise QueryError(f"colour by {' or '.join(COLOR_BY)}, not {color_by!r}")
    scopes = [s for s in (center, lineage_root, family_id) if s is not None]
    if len(scopes) > 1:
        raise QueryError("choose one of --paper, --lineage and --family, not several")
    if depth < 1:
        raise QueryError(f"depth must be at least 1, got {depth}")
    if max_nodes < 1:
        raise QueryError(f"max-nodes must be at least 1, got {max_nodes}")
    for node in scopes:
        if node not in graph:
            raise QueryError(f"{node!r} is not a node of the graph")
    chosen_kinds = kinds if kinds is not None else frozenset(EdgeKind) - {EdgeKind.BUILDS_ON_CANDIDATE}
    values = {k.value for k in chosen_kinds}
    kept = _kept_edges(graph, chosen_kinds, hubs)
    root: str | None = None
    if center is not None:
        root = center
        found = _neighbourhood(kept, center, depth)
        nodes = _with_hubs(kept, found) if hubs else found
        label = graph.nodes[center].get("label") or center
        scope = f"neighbourhood of {label} (depth {depth})"
    elif lineage_root is not None:
        root = lineage_root
        found = _lineage(kept, lineage_root, depth, chosen_kinds)
        nodes = _with_hubs(kept, found) if hubs else found
        label = graph.nodes[lineage_root].get("label") or lineage_root
        scope = f"lineage of {label} (depth {depth}, up and down)"
    elif family_id is not None:
        members = _family(graph, family_id)
        if not hubs:
            members = {n for n in members if graph.nodes[n].get("kind") not in HUB_KINDS}
        nodes = members
        scope = f"family {graph.nodes[family_id].get('name') or family_id}"
    else:
        shown = {n for n, a in graph.nodes(data=True) if hubs or a.get("kind") not in HUB_KINDS}
        papers = {n for n in shown if graph.nodes[n].get("kind") == "paper"}
        linked: set[str] = set()
        for u, v, key in graph.edges(keys=True):
            if key in values and u in shown and v in shown:
                linked.update((u, v))
        nodes = papers | linked
        scope = "whole graph"
    order, edges = _induced(graph, nodes, values)
    candidates = len(order)
    importance = _importance(order, edges)
    if candidates > max_nodes:
        degree: dict[str, int] = dict.fromkeys(order, 0)
        for u, v, _, _ in edges:
            degree[u] += 1
            degree[v] += 1
        ranked = sorted(order, key=lambda n: (-importance.get(n, 0.0), -degree[n], str(n)))
        keep = ranked[:max_nodes]
        if root is not None and root not in keep:
            keep = [root, *keep[: max_nodes - 1]]
        kept_nodes = set(keep)
        order = [n for n in order if n in kept_nodes]
        edges = [e for e in edges if e[0] in kept_nodes and e[1] in kept_nodes]
    view = nx.MultiDiGraph()
    view.add_nodes_from((n, dict(graph.nodes[n])) for n in order)
    view.add_edges_from((u, v, key, dict(attrs)) for u, v, key, attrs in edges)
    # from the whole graph, so papers keep their colour when hubs or IN_FAMILY edges are not drawn
    names_of = cluster_names if color_by == "cluster" else family_names
    families = names_of(graph, order)
    return ViewSelection(
        graph=view,
        scope=scope,
        kinds=chosen_kinds,
        candidates=candidates,
        left_out=candidates - len(order),
        root=root,
        importance={n: importance.get(n, 0.0) for n in order},
        families={n: families[n] for n in order if n in families},
        groups=color_by,
    )


def select_view(
    store: GraphStore,
    *,
    paper: str | None = None,
    depth: int | None = None,
    lineage: str | None = None,
    family: str | None = None,
    kinds: str | Iterable[str | EdgeKind] | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
    hubs: bool = True,
    color_by: str = "family",
) -> ViewSelection:
    """Choose the subgraph of a store to draw, resolving paper and family references.

    Parameters
    ----------
    store
        Any graph store.
    paper
        Draw this paper's neighbourhood (arXiv id, DOI, title or label).
    depth
        Hops for ``paper`` (default 1) or ``lineage`` (default 3).
    lineage
        Draw this paper's lineage up and down.
    family
        Draw this method family (name, alias or ``family:`` id).
    kinds
        Edge kinds to draw (see :func:`parse_kinds`); by default every kind but
        AUTHORED and IN_CLUSTER (author and cluster nodes are drawn when asked for).
    max_nodes
        Most nodes drawn; the most important are kept beyond it.
    hubs
        Whether Method, Dataset and MethodFamily nodes are drawn.
    color_by
        ``family`` or ``cluster``: what colours the papers and fills the legend.

    Returns
    -------
    ViewSelection

    Raises
    ------
    PaperNotFound, AmbiguousPaper
        When a paper reference does not name exactly one paper.
    EntityNotFound
        When no family has that name.
    QueryError
        When the arguments cannot be used together.

    Examples
    --------
    >>> selection = select_view(store, lineage="MKOR", kinds="builds_on")  # doctest: +SKIP
    """
    from paperkg.queries import resolve_paper

    if depth is not None and paper is None and lineage is None:
        raise QueryError("--depth goes with --paper or --lineage")
    chosen = parse_kinds(kinds)
    if not kinds:
        chosen = chosen - NOT_DRAWN_BY_DEFAULT
    center = resolve_paper(store, paper).id if paper is not None else None
    root = resolve_paper(store, lineage).id if lineage is not None else None
    hops = depth if depth is not None else (3 if root is not None else 1)
    from paperkg.graph.stores.sqlite import SQLiteStore

    if isinstance(store, SQLiteStore):
        family_id = None
        if family is not None:
            families = nx.MultiDiGraph()
            families.add_nodes_from(store.nodes_of_kind("family"))
            family_id = find_family(families, family)
        if center is None and root is None and family_id is None:
            papers_total = store.paper_facts()[0]
            if papers_total > WHOLE_GRAPH_READ:
                return _most_influential_view(store, chosen, max_nodes, hubs, color_by, papers_total)
        graph = _read_scope(store, center, root, family_id, hops, chosen)
    else:
        graph = to_networkx(store)
        family_id = find_family(graph, family) if family is not None else None
    return select_subgraph(
        graph,
        center=center,
        depth=hops,
        lineage_root=root,
        family_id=family_id,
        kinds=chosen,
        max_nodes=max_nodes,
        hubs=hubs,
        color_by=color_by,
    )


def _read_scope(
    store: SQLiteStore,
    center: str | None,
    root: str | None,
    family_id: str | None,
    depth: int,
    kinds: frozenset[EdgeKind],
) -> nx.MultiDiGraph:
    """The part of the embedded store a view of one scope reads, by index (the whole graph when none)."""
    if center is not None:
        return _around(store, _walk(store, center, depth, kinds, "both"), kinds)
    if root is not None:
        follow = [k for k in kinds if k in _DIRECTED_PAPER_KINDS]
        return _around(
            store, _walk(store, root, depth, follow, "out") | _walk(store, root, depth, follow, "in"), kinds
        )
    if family_id is not None:
        # the family, its members, and the edges out of them: a member method's mentions are not read;
        # their out-edges first, in the store's order, as the whole graph lists them
        members = store.neighbourhood([family_id], [EdgeKind.IN_FAMILY], direction="in")
        graph: nx.MultiDiGraph = nx.compose(store.neighbourhood(sorted(members), direction="out"), members)
        return graph
    return to_networkx(store)


# Above this many papers, a view of the whole embedded store starts from the papers of most stored
# influence instead of reading every node and edge: reading everything cost 9.8 s and 728 MB at 20k
# papers and 57 s and 3.3 GB at 100k, drawing the 2,000 most influential 3.8-4.3 s and 220-290 MB.
WHOLE_GRAPH_READ = 5_000


def _walk(store: SQLiteStore, root: str, depth: int, kinds: Iterable[EdgeKind], direction: str) -> set[str]:
    """The papers ``depth`` hops from ``root`` over edges of ``kinds`` in ``direction``, read by index.

    As :func:`_neighbourhood` and :func:`_lineage` walk the whole graph: hubs are not walked through.
    """
    kinds = list(kinds)
    seen = {root}
    frontier = {root}
    for _ in range(depth):
        if not frontier or not kinds:
            break
        around = store.neighbourhood(sorted(frontier), kinds, direction=direction)
        frontier = {n for n, a in around.nodes(data=True) if a.get("kind") in _PAPERISH} - seen
        seen |= frontier
    return seen


# Edge kinds from a hub into a paper (an author's AUTHORED edges); every other hub edge leaves its paper.
_INTO_PAPERS = frozenset({EdgeKind.AUTHORED})
# Edge kinds that leave a hub: a method's or dataset's family, an author's papers. Every other kind
# leaves a paper (a hub's rows of those hold only the papers into it: a large dataset's, a third of a corpus).
_FROM_HUBS = frozenset({EdgeKind.IN_FAMILY, EdgeKind.AUTHORED})
# The hubs those leave; no edge leaves a family or a cluster (their rows hold each of their members).
_SOURCE_HUBS = frozenset({"method", "dataset", "author"})
# Edge kinds whose ends are both papers (or external works): no hub is reached through them.
_BETWEEN_PAPERS = frozenset(
    {
        EdgeKind.BUILDS_ON,
        EdgeKind.BUILDS_ON_CANDIDATE,
        EdgeKind.CITES,
        EdgeKind.SIMILAR_TO,
        EdgeKind.SAME_FAMILY,
        EdgeKind.SHARES_DATASET,
        EdgeKind.CO_CITED,
        EdgeKind.COUPLED,
    }
)


def _around(
    store: SQLiteStore, papers: set[str], kinds: Iterable[EdgeKind], *, only: bool = False
) -> nx.MultiDiGraph:
    """The part of the store a view of ``papers`` reads, by index: every edge out of them to the
    hubs they link to (IN_FAMILY/IN_CLUSTER for their colours), every edge between two of them,
    the edges of ``kinds`` from hubs into them, and the edges out of those hubs to families and
    to ``papers``, with the nodes at both ends.

    An edge between two of the papers leaves one of them, so the view's edges are all read. Their
    edges to papers outside ``papers`` are not, nor an author's to them: a view draws none of those
    papers (a scope's papers are all in ``papers``), and a paper's pair edges reach tens of others,
    the busiest's some 300 (when a large hub's first members were everyone's partners, a view of one
    of 20,000 papers read 51,455 edges to draw 21 nodes). With ``only``, papers not in ``papers`` are
    left out of the graph.
    """
    ordered = sorted(papers)
    to_hubs = [k for k in EdgeKind if k not in _BETWEEN_PAPERS]
    parts = [store.neighbourhood(ordered, direction="out", among=ordered, anywhere=to_hubs)]
    into = [k for k in kinds if k in _INTO_PAPERS]
    if into:
        parts.append(store.neighbourhood(ordered, into, direction="in"))
    hubs = {n for part in parts for n, a in part.nodes(data=True) if a.get("kind") in _SOURCE_HUBS}
    if hubs:
        parts.append(
            store.neighbourhood(
                sorted(hubs), sorted(_FROM_HUBS), direction="out", among=ordered, anywhere=[EdgeKind.IN_FAMILY]
            )
        )
    graph: nx.MultiDiGraph = nx.compose_all(parts)
    if only:
        keep = [n for n, a in graph.nodes(data=True) if n in papers or a.get("kind") in HUB_KINDS]
        graph = graph.subgraph(keep).copy()
    return graph


def _most_influential_view(
    store: SQLiteStore,
    kinds: frozenset[EdgeKind],
    max_nodes: int,
    hubs: bool,
    color_by: str,
    papers_total: int,
) -> ViewSelection:
    """The whole-graph view of a large embedded store, drawn from its ``max_nodes`` papers of most
    stored influence (PageRank over BUILDS_ON and CITES) and the hubs they link to."""
    papers = {node for node, _, _ in store.influence(max_nodes)}
    selection = select_subgraph(
        _around(store, papers, kinds, only=True),
        kinds=kinds,
        max_nodes=max_nodes,
        hubs=hubs,
        color_by=color_by,
    )
    counts = store.counts()["nodes"]
    total = papers_total + (sum(counts.get(k, 0) for k in HUB_KINDS) if hubs else 0)
    drawn = selection.graph.number_of_nodes()
    return dataclasses.replace(
        selection,
        scope=f"whole graph, from its {len(papers)} most influential papers",
        candidates=total,
        left_out=max(total - drawn, 0),
    )
