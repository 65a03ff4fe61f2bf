"""Authors: an author's papers, and the people they wrote papers with."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from paperkg._lazy import networkx as nx
from paperkg.exceptions import EntityNotFound, QueryError
from paperkg.graph.stores import cypher
from paperkg.graph.stores.protocol import CypherStore, GraphStore, IndexedStore
from paperkg.models import EdgeKind, normalise_title
from paperkg.queries._backend import as_cypher, graph_of, local_graph, node_attributes, node_ref, ref_of
from paperkg.queries.results import AuthorPapers, AuthorRef, Coauthor, PaperRef

__all__ = ["author_papers", "coauthors", "resolve_author"]

# How many candidates an ambiguous name lists.
_SHOWN = 8


def resolve_author(store: GraphStore, reference: str) -> AuthorRef:
    """Return the one author ``reference`` names.

    Tried in order: the node id (``author:tim-dettmers``), a source id the
    author carries (``orcid:0000-...``, ``s2:1741101``), the full name in any
    case, accents or "Last, First" order, then every word of ``reference`` in
    the name or an alias.

    Raises
    ------
    EntityNotFound
        When no author matches.
    QueryError
        When several match the words; the message lists them.
    """
    from paperkg.graph.authors import author_id

    server = as_cypher(store)
    if server is not None:
        authors = _authors_cypher(server)
    elif isinstance(store, IndexedStore):
        # the author nodes alone, by their kind's index: never the papers and edges
        authors = [_author_ref({**attrs, "id": node_id}) for node_id, attrs in store.nodes_of_kind("author")]
    else:
        authors = _authors_networkx(graph_of(store))
    text = reference.strip()
    by_id = {a.id: a for a in authors}
    if text in by_id:
        return by_id[text]
    with_ids = [a for a in authors if text.lower() in (i.lower() for i in a.ids)]
    if len(with_ids) == 1:
        return with_ids[0]
    key = author_id(text)
    if key is not None and key in by_id:
        return by_id[key]
    words = normalise_title(text).split()
    if not words:
        raise EntityNotFound("give an author's name or id")
    found = [
        a
        for a in authors
        if any(all(w in normalise_title(n).split() for w in words) for n in (a.name, *a.aliases))
    ]
    if not found:
        raise EntityNotFound(
            f"no author matches {reference!r}; give the full name or an id ('paperkg stats' counts the authors)"
        )
    if len(found) > 1:
        found.sort(key=lambda a: (-a.papers, a.id))
        listed = "; ".join(f"{a.id} ({a.name}, {a.papers} papers)" for a in found[:_SHOWN])
        more = f" and {len(found) - _SHOWN} more" if len(found) > _SHOWN else ""
        raise QueryError(
            f"{reference!r} matches {len(found)} authors: {listed}{more}; give the full name or id"
        )
    return found[0]


def _author_ref(row: dict[str, Any]) -> AuthorRef:
    return AuthorRef(
        id=row["id"],
        name=row.get("name") or row["id"],
        aliases=list(row.get("aliases") or []),
        ids=list(row.get("ids") or []),
        papers=int(row.get("papers") or 0),
    )


def _authors_networkx(graph: nx.MultiDiGraph) -> list[AuthorRef]:
    return [_author_ref(a) for _, a in graph.nodes(data=True) if a.get("kind") == "author"]


def _authors_cypher(store: CypherStore) -> list[AuthorRef]:
    return [_author_ref(row) for row in store.run(cypher.AUTHORS)]


def _paper_order(ref: PaperRef) -> tuple[int, str, str]:
    return (ref.year if ref.year is not None else 9999, ref.published or "", ref.id)


def author_papers(store: GraphStore, author: str) -> AuthorPapers:
    """Return an author's papers, oldest first (papers with no known year last).

    Parameters
    ----------
    store
        Any graph store.
    author
        The author's name, node id or a source id (see :func:`resolve_author`).

    Returns
    -------
    AuthorPapers

    Raises
    ------
    EntityNotFound, QueryError
        As :func:`resolve_author`.
    """
    found = resolve_author(store, author)
    server = as_cypher(store)
    if server is not None:
        rows = [(ref_of(r["paper"]), r["rank"]) for r in server.run(cypher.AUTHOR_PAPERS, {"id": found.id})]
    else:
        # the author's AUTHORED edges and their papers, by index on the embedded store
        graph = local_graph(store, [found.id], [EdgeKind.AUTHORED], direction="out")
        rows = [
            (node_ref(paper, graph.nodes[paper]), keys[EdgeKind.AUTHORED.value].get("rank"))
            for paper, keys in graph.succ[found.id].items()
            if EdgeKind.AUTHORED.value in keys
        ]
    rows.sort(key=lambda r: _paper_order(r[0]))
    return AuthorPapers(author=found, papers=[r[0] for r in rows], ranks=[r[1] for r in rows])


def coauthors(store: GraphStore, author: str, limit: int = 20) -> list[Coauthor]:
    """Return the people who wrote papers with ``author``, most shared papers first.

    Parameters
    ----------
    store
        Any graph store.
    author
        The author's name, node id or a source id.
    limit
        How many co-authors to return, at least 1.

    Returns
    -------
    list of Coauthor
        By papers written together (most first), then id; ``papers`` sorted.

    Raises
    ------
    EntityNotFound, QueryError
        As :func:`resolve_author`, or when ``limit`` is below 1.
    """
    if limit < 1:
        raise QueryError(f"limit must be at least 1, got {limit}")
    found = resolve_author(store, author)
    server = as_cypher(store)
    together: dict[str, set[str]] = defaultdict(set)
    refs: dict[str, AuthorRef] = {}
    if server is not None:
        known = {a.id: a for a in _authors_cypher(server)}
        for row in server.run(cypher.COAUTHORS, {"id": found.id}):
            together[row["id"]].update(row["papers"] or [])
            refs[row["id"]] = known[row["id"]]
    elif isinstance(store, IndexedStore):
        # two steps by index: the author's papers, then every author of them; only the nodes of
        # the co-authors listed are read
        kinds = [EdgeKind.AUTHORED]
        papers = [paper for _, paper in store.adjacent([found.id], kinds, forward=True, backward=False)]
        for paper, other in store.adjacent(papers, kinds, forward=False, backward=True):
            if other != found.id:
                together[other].add(paper)
        ranked = sorted(together, key=lambda a: (-len(together[a]), a))[:limit]
        refs = {a: _author_ref({**attrs, "id": a}) for a, attrs in node_attributes(store, ranked).items()}
        return [Coauthor(author=refs[a], count=len(together[a]), papers=sorted(together[a])) for a in ranked]
    else:
        graph = graph_of(store)
        authored = EdgeKind.AUTHORED.value
        for paper, keys in graph.succ[found.id].items():
            if authored not in keys:
                continue
            for other, other_keys in graph.pred[paper].items():
                if other != found.id and authored in other_keys:
                    together[other].add(paper)
                    refs[other] = _author_ref(graph.nodes[other])
    ranked = sorted(together, key=lambda a: (-len(together[a]), a))[:limit]
    return [Coauthor(author=refs[a], count=len(together[a]), papers=sorted(together[a])) for a in ranked]
