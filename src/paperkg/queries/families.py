"""Method families: the papers of one family as a timeline."""

from __future__ import annotations

from typing import Any

from paperkg._lazy import networkx as nx
from paperkg.exceptions import EntityNotFound
from paperkg.graph.stores import cypher
from paperkg.graph.stores.protocol import CypherStore, GraphStore, IndexedStore
from paperkg.models import EdgeKind, entity_id
from paperkg.queries._backend import as_cypher, graph_of, local_graph, node_ref, ref_of
from paperkg.queries.results import FamilyMember, FamilySize, FamilyTimeline

__all__ = ["family_members", "list_families"]


def list_families(store: GraphStore) -> list[FamilySize]:
    """Return every method family with the number of papers in it, largest first.

    Parameters
    ----------
    store
        Any graph store.

    Returns
    -------
    list of FamilySize
        Families ordered by paper count (descending), then name; families no
        paper is in are listed with 0.
    """
    families = {
        e.id: FamilySize(id=e.id, name=e.name, aliases=e.aliases, discovered=e.source == "discovered")
        for e in store.entities("family")
    }
    members: dict[str, set[str]] = {}
    for edge in store.edges([EdgeKind.IN_FAMILY]):
        # Methods are in families too; only papers count.
        if edge.target in families and not edge.source.startswith(("method:", "dataset:", "family:")):
            members.setdefault(edge.target, set()).add(edge.source)
    for family_id, papers in members.items():
        families[family_id].papers = len(papers)
    return sorted(families.values(), key=lambda f: (-f.papers, f.name.lower()))


def family_members(
    store: GraphStore, family: str, since: str | int | None = None, until: str | int | None = None
) -> FamilyTimeline:
    """Return the papers of a method family, oldest first.

    Parameters
    ----------
    store
        Any graph store.
    family
        The family's id, name or an alias, in any case
        (``family:parameter-efficient-fine-tuning``, ``PEFT``).
    since, until
        Keep papers published in this range, inclusive: a year (``2023``), a
        month (``2023-05``) or a day. Papers with no known year are dropped
        when either bound is given.

    Returns
    -------
    FamilyTimeline
        The family's name and its member papers ordered by date, then id;
        papers with no known year come last.

    Raises
    ------
    EntityNotFound
        When no family has that id, name or alias.
    """
    server = as_cypher(store)
    if server is not None:
        family_id, name = _find_family_cypher(server, family)
        members = _members_cypher(server, family_id)
    elif isinstance(store, IndexedStore):
        # The families (a few hundred) by kind, then one family's members: both by index.
        families = [(n, a.get("name"), a.get("aliases")) for n, a in store.nodes_of_kind("family")]
        family_id, name = pick_family(families, family)
        members = _members_networkx(local_graph(store, [family_id], [EdgeKind.IN_FAMILY], direction="in"), family_id)
    else:
        graph = graph_of(store)
        family_id, name = _find_family_networkx(graph, family)
        members = _members_networkx(graph, family_id)
    return timeline(name, members, since, until)


def family_key(reference: str) -> tuple[str, str]:
    """Return the lower-cased reference and the family id it would have as a name."""
    text = reference.strip()
    return text.lower(), entity_id("family", text)


def not_found(reference: str) -> EntityNotFound:
    """Return the error for a family nobody knows."""
    return EntityNotFound(
        f"no method family matches {reference!r}; give its id, name or an alias "
        "('paperkg stats' counts the families in the graph)"
    )


def _find_family_networkx(graph: nx.MultiDiGraph, reference: str) -> tuple[str, str]:
    """Return the id and name of the family a reference names."""
    families = [
        (node, attrs.get("name"), attrs.get("aliases"))
        for node, attrs in graph.nodes(data=True)
        if attrs.get("kind") == "family"
    ]
    return pick_family(families, reference)


def pick_family(families: list[tuple[str, str | None, list[str] | None]], reference: str) -> tuple[str, str]:
    """Return the id and name of the first family (by id) whose id, name or alias is the reference."""
    key, as_id = family_key(reference)
    for node, name, aliases in sorted(families, key=lambda f: f[0]):
        names = [node, name or "", *(aliases or [])]
        if node == as_id or any(n.lower() == key for n in names):
            return node, name or node
    raise not_found(reference)


def _find_family_cypher(store: CypherStore, reference: str) -> tuple[str, str]:
    """Read the families' ids, names and aliases from the server and pick one."""
    rows = store.run(cypher.FAMILIES)
    return pick_family([(r["id"], r["name"], r["aliases"]) for r in rows], reference)


def _members_cypher(store: CypherStore, family_id: str) -> list[FamilyMember]:
    """Papers with an IN_FAMILY relationship to the family."""
    rows = store.run(cypher.FAMILY_MEMBERS, {"id": family_id})
    return [FamilyMember(paper=ref_of(r["paper"]), evidence=r["evidence"]) for r in rows]


def _members_networkx(graph: nx.MultiDiGraph, family_id: str) -> list[FamilyMember]:
    """Papers with an IN_FAMILY edge to the family."""
    kind = EdgeKind.IN_FAMILY.value
    members: list[FamilyMember] = []
    for source, keys in graph.pred[family_id].items():
        attrs = keys.get(kind)
        if attrs is not None and graph.nodes[source].get("kind") == "paper":
            members.append(
                FamilyMember(paper=node_ref(source, graph.nodes[source]), evidence=attrs.get("evidence"))
            )
    return members


def _date(member: FamilyMember) -> str | None:
    """Return what is known of a member's date as an ISO prefix, None without a year."""
    ref = member.paper
    if ref.year is None:
        return None
    if ref.published and not ref.published.startswith("--") and ref.published.startswith(str(ref.year)):
        return ref.published
    return str(ref.year)


def _within(date: str, since: str | None, until: str | None) -> bool:
    """Compare ISO date prefixes at the precision both sides know."""
    if since is not None:
        n = min(len(date), len(since))
        if date[:n] < since[:n]:
            return False
    if until is not None:
        n = min(len(date), len(until))
        if date[:n] > until[:n]:
            return False
    return True


def timeline(
    name: str, members: list[FamilyMember], since: str | int | None, until: str | int | None
) -> FamilyTimeline:
    """Filter members to a date range and order them by date, then id."""
    low = None if since is None else str(since)
    high = None if until is None else str(until)
    kept: list[tuple[Any, FamilyMember]] = []
    for member in members:
        date = _date(member)
        if (low is not None or high is not None) and (date is None or not _within(date, low, high)):
            continue
        kept.append(((date is None, date or "", member.paper.id), member))
    kept.sort(key=lambda pair: pair[0])
    return FamilyTimeline(family=name, members=[m for _, m in kept])
