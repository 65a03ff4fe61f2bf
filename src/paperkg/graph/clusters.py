"""Clusters: communities of papers found with Louvain over the weighted paper edges, named by
their most distinctive phrases, methods and datasets.

The graph clustered is undirected, one node per paper; each edge between two papers
adds its strength to their link: BUILDS_ON its confidence, CITES 1, SIMILAR_TO,
CO_CITED and COUPLED their score (a cosine, 0 to 1). Louvain (Blondel et al. 2008,
``networkx.community.louvain_communities``) with a fixed seed and the nodes and edges
added in sorted order, so one graph always gives the same clusters. (Leiden is not
used: networkx only dispatches it to optional backends.)

A cluster is named as CiteSpace names its clusters: by the terms whose share of the
cluster's papers most exceeds their share of the other papers, ranked by Dunning's
log-likelihood ratio (G²). Terms are the words and two- and three-word phrases of
titles and abstracts (stop words dropped) and the names of the methods and datasets
the papers introduce, mention or use. A term must be in at least two papers of the
cluster (or all of a smaller one) to name it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from paperkg.exceptions import QueryError
from paperkg.graph.stores.protocol import GraphStore, IndexedStore
from paperkg.models import Cluster, Edge, EdgeKind, Entity

__all__ = [
    "CLUSTER_KINDS",
    "ClusterReport",
    "find_clusters",
    "log_likelihood",
    "write_clusters",
]

CLUSTER_KINDS: tuple[EdgeKind, ...] = (
    EdgeKind.BUILDS_ON,
    EdgeKind.CITES,
    EdgeKind.SIMILAR_TO,
    EdgeKind.CO_CITED,
    EdgeKind.COUPLED,
)
# Terms kept on a cluster, and how many make its name.
_TERMS = 10
_NAME_TERMS = 3
_TOP_PAPERS = 5
_WORD = re.compile(r"[a-z][a-z0-9\-]*[a-z0-9]|[a-z]")
_SENTENCE_END = re.compile(r"[.;:!?()\[\]]")
_STOP = frozenset(
    """a about above across after again against all almost also although always among an and another any
    are as at based be been before being below between both but by can could did do does done due during
    each either et al etc few for from further had has have having here how however i if in into is it its
    itself just large less may more most much must new no nor not novel of on one only or other our out over
    own paper per present propose proposed results same several show shows should show significant since so
    some such than that the their them then there these they this those through thus to two under up upon
    use used uses using very via was we well were what when where which while who whose why will with within
    without would yet approach method methods model models work task tasks performance state art first
    demonstrate existing different various further achieve achieves effective efficient significantly
    twice thrice often usually typically prove proves proved capture captures allow allows enable enables
    improve improves improved provide provides introduce introduces study studies find finds found obtain
    obtains make makes made consider considers able without""".split()  # noqa: SIM905 - a word list reads best as text
)


@dataclass
class ClusterReport:
    """The clusters found and what they were found on."""

    clusters: list[Cluster] = field(default_factory=list)
    members: dict[str, list[str]] = field(default_factory=dict)
    papers: int = 0
    links: int = 0
    unclustered: int = 0
    resolution: float = 1.0
    seed: int = 0
    kinds: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return the report as JSON-ready data."""
        return {
            "papers": self.papers,
            "links": self.links,
            "unclustered": self.unclustered,
            "resolution": self.resolution,
            "seed": self.seed,
            "kinds": self.kinds,
            "clusters": [
                {**c.model_dump(mode="json", exclude={"kind", "aliases", "families", "introduced_by", "version_of"}),
                 "members": self.members.get(c.id, [])}
                for c in self.clusters
            ],
        }  # fmt: skip


def log_likelihood(in_cluster: int, cluster_size: int, outside: int, rest_size: int) -> float:
    """Return Dunning's G² for a term in ``in_cluster`` of ``cluster_size`` papers and ``outside`` of ``rest_size``.

    Positive when the term is over-represented in the cluster, negative when
    under-represented (the sign of the difference, the size of G²).

    Examples
    --------
    >>> round(log_likelihood(5, 5, 0, 95), 1)
    39.7
    """
    total = cluster_size + rest_size
    with_term = in_cluster + outside
    if total == 0 or with_term == 0 or with_term == total:
        return 0.0
    g2 = 0.0
    for observed, row, col in (
        (in_cluster, cluster_size, with_term),
        (cluster_size - in_cluster, cluster_size, total - with_term),
        (outside, rest_size, with_term),
        (rest_size - outside, rest_size, total - with_term),
    ):
        expected = row * col / total
        if observed > 0 and expected > 0:
            g2 += observed * math.log(observed / expected)
    g2 *= 2.0
    over = cluster_size > 0 and (rest_size == 0 or in_cluster / cluster_size > outside / rest_size)
    return g2 if over else -g2


def _terms(title: str | None, abstract: str | None) -> set[str]:
    """Words and 2-3 word phrases of the title and abstract, none starting or ending with a stop word
    or a word under three characters (a word starts with a letter, so none is a number)."""
    text = f"{title or ''}. {abstract or ''}".lower()
    found: set[str] = set()
    add = found.add
    for sentence in _SENTENCE_END.split(text):
        words = _WORD.findall(sentence)
        ends = [len(word) >= 3 and word not in _STOP for word in words]
        last = len(words) - 1
        for i, word in enumerate(words):
            if not ends[i]:
                continue
            add(word)
            if i < last and ends[i + 1]:
                add(f"{word} {words[i + 1]}")
            if i + 1 < last and ends[i + 2]:
                add(f"{word} {words[i + 1]} {words[i + 2]}")
    return found


def _paper_fields(store: GraphStore) -> Iterator[tuple[str, str | None, str | None, int | None, int | None]]:
    """Yield each paper's id, title, abstract, year and citation count (the embedded store's rows unvalidated)."""
    rows = getattr(store, "paper_rows", None)
    if rows is not None:
        for attrs in rows():
            yield attrs["id"], attrs.get("title"), attrs.get("abstract"), attrs.get("year"), attrs.get("citation_count")
        return
    for paper in store.papers():
        yield paper.id, paper.title, paper.abstract, paper.year, paper.citation_count


def _graph_of(papers: Sequence[str], edges: Iterable[Edge]) -> tuple[Any, int]:
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(sorted(papers))
    weights: dict[tuple[str, str], float] = {}
    known = set(papers)
    for edge in edges:
        if edge.source == edge.target or edge.source not in known or edge.target not in known:
            continue
        if edge.kind == EdgeKind.BUILDS_ON:
            strength = edge.confidence if edge.confidence is not None else 1.0
        elif edge.kind == EdgeKind.CITES:
            strength = 1.0
        else:
            strength = edge.score if edge.score is not None else 1.0
        pair = (edge.source, edge.target) if edge.source < edge.target else (edge.target, edge.source)
        weights[pair] = weights.get(pair, 0.0) + max(0.0, float(strength))
    graph.add_weighted_edges_from((u, v, w) for (u, v), w in sorted(weights.items()) if w > 0)
    return graph, graph.number_of_edges()


def find_clusters(
    store: GraphStore,
    *,
    kinds: Iterable[EdgeKind] = CLUSTER_KINDS,
    resolution: float = 1.0,
    seed: int = 0,
    min_size: int = 2,
) -> ClusterReport:
    """Find communities of papers and name them; nothing is written (see :func:`write_clusters`).

    Parameters
    ----------
    store
        Any graph store.
    kinds
        The paper-to-paper edge kinds that link papers (default: BUILDS_ON,
        CITES, SIMILAR_TO, CO_CITED, COUPLED).
    resolution
        Louvain's resolution: above 1 gives more, smaller clusters.
    seed
        The random seed; the same graph and seed give the same clusters.
    min_size
        Communities with fewer papers are left unclustered.

    Returns
    -------
    ClusterReport
        Clusters numbered from the largest (``cluster:1``), each with its name,
        terms, size, first and last year and most influential papers (most
        cited in the corpus, then by the source's citation count).

    Raises
    ------
    QueryError
        When ``kinds`` holds a kind that does not join papers, or ``resolution``
        or ``min_size`` is out of range.
    """
    from networkx.algorithms.community import louvain_communities

    wanted = [EdgeKind(k) for k in kinds]
    bad = [k.value for k in wanted if k not in CLUSTER_KINDS]
    if bad or not wanted:
        raise QueryError(
            f"clusters link papers by {', '.join(k.value.lower() for k in CLUSTER_KINDS)}; got {bad or 'none'}"
        )
    if resolution <= 0:
        raise QueryError(f"resolution must be above 0, got {resolution}")
    if min_size < 1:
        raise QueryError(f"min size must be at least 1, got {min_size}")
    # the papers' ids first, then their fields one paper at a time: never every paper's terms at once
    ids = store.node_ids_of_kind("paper")
    graph, links = _graph_of(ids, store.edges(wanted))
    communities = louvain_communities(graph, weight="weight", resolution=resolution, seed=seed)
    groups = sorted((sorted(c) for c in communities if len(c) >= min_size), key=lambda g: (-len(g), g[0]))
    cited = Counter(
        e.target for e in store.edges([EdgeKind.CITES, EdgeKind.BUILDS_ON]) if e.source != e.target
    )
    names = _entity_names(store, frozenset(ids))
    group_of = {member: number for number, members in enumerate(groups) for member in members}
    # each term's papers in the corpus and in each cluster
    frequency: Counter[str] = Counter()
    inside: list[Counter[str]] = [Counter() for _ in groups]
    years: dict[str, int | None] = {}
    citations: dict[str, int] = {}
    for pid, title, abstract, year, count in _paper_fields(store):
        years[pid] = year
        if count:
            citations[pid] = count
        terms = _terms(title, abstract)
        terms |= names.pop(pid, set())
        frequency.update(terms)
        number = group_of.get(pid)
        if number is not None:
            inside[number].update(terms)
    report = ClusterReport(
        papers=len(ids),
        links=links,
        resolution=resolution,
        seed=seed,
        kinds=[k.value for k in wanted],
    )
    for number, members in enumerate(groups, start=1):
        labels = _label(inside[number - 1], len(members), frequency, len(ids))
        known = [y for m in members if (y := years.get(m)) is not None]
        top = sorted(members, key=lambda m: (-cited[m], -citations.get(m, 0), m))[:_TOP_PAPERS]
        cluster_id = f"cluster:{number}"
        name = " · ".join(labels[:_NAME_TERMS]) or f"cluster {number}"
        report.clusters.append(
            Cluster(
                id=cluster_id,
                name=name,
                size=len(members),
                first_year=min(known) if known else None,
                last_year=max(known) if known else None,
                terms=labels,
                top_papers=top,
                description=f"Louvain over {', '.join(report.kinds)}; resolution {resolution}, seed {seed}",
                source="paperkg clusters",
            )
        )
        report.members[cluster_id] = members
    report.unclustered = len(ids) - sum(len(m) for m in report.members.values())
    return report


def _entity_names(store: GraphStore, papers: Container[str]) -> dict[str, set[str]]:
    """Paper id -> the lower-cased names of the methods and datasets it introduces, mentions or uses."""
    kinds = [EdgeKind.INTRODUCES, EdgeKind.MENTIONS, EdgeKind.USES_DATASET]
    found: dict[str, set[str]] = {}
    if isinstance(store, IndexedStore):
        # by index: the methods' and datasets' nodes, then the papers joined to them (no edge's attributes)
        named = {
            node: str(attrs.get("name") or "").lower()
            for kind in ("method", "dataset")
            for node, attrs in store.nodes_of_kind(kind)
        }
        for entity, paper in store.adjacent(sorted(named), kinds, forward=False, backward=True):
            if paper in papers:
                found.setdefault(paper, set()).add(named[entity])
        return found
    names = {e.id: e.name.lower() for e in store.entities() if e.kind in ("method", "dataset")}
    for edge in store.edges(kinds):
        if edge.source in papers and edge.target in names:
            found.setdefault(edge.source, set()).add(names[edge.target])
    return found


def _label(inside: Counter[str], size: int, frequency: Counter[str], total: int) -> list[str]:
    """The most distinctive terms by G² of a cluster of ``size`` papers (``inside``: each term's papers in it),
    none contained in a better one."""
    rest = total - size
    floor = min(2, size)
    scored = []
    for term, count in inside.items():
        if count < floor:
            continue
        score = log_likelihood(count, size, frequency[term] - count, rest)
        if score > 0 or rest == 0:
            scored.append((-score, -count, -len(term.split()), term))
    ranked = [term for _, _, _, term in sorted(scored)]
    chosen: list[str] = []
    for term in ranked:
        term = _widen(term, ranked, inside)
        if any(_contains(other, term) or _contains(term, other) for other in chosen):
            continue
        chosen.append(term)
        if len(chosen) == _TERMS:
            break
    return chosen


def _contains(longer: str, shorter: str) -> bool:
    return f" {shorter} " in f" {longer} "


def _widen(term: str, ranked: list[str], inside: Counter[str]) -> str:
    """Prefer a phrase holding ``term`` that nearly as many of the cluster's papers share.

    "graph neural networks" in 3 of 4 papers names a cluster better than "graph" in
    all 4; a phrase in fewer than two thirds of the term's papers is too narrow.
    """
    wider = [p for p in ranked if p != term and _contains(p, term) and 3 * inside[p] >= 2 * inside[term]]
    if not wider:
        return term
    return max(wider, key=lambda p: (inside[p], len(p.split()), -ranked.index(p)))


def write_clusters(store: GraphStore, report: ClusterReport) -> int:
    """Replace the store's clusters with ``report``'s: Cluster nodes and IN_CLUSTER edges (paper -> cluster).

    Returns
    -------
    int
        How many clusters were written.
    """
    old = [e.id for e in store.entities("cluster")]
    if old:
        store.delete_nodes(old)
    store.delete_edges([EdgeKind.IN_CLUSTER])
    entities: list[Entity] = list(report.clusters)
    store.upsert_entities(entities)
    store.upsert_edges(
        Edge(kind=EdgeKind.IN_CLUSTER, source=member, target=cluster_id, provenance="clusters")
        for cluster_id, members in report.members.items()
        for member in members
    )
    meta = store.get_meta()
    meta["last_clusters"] = {k: v for k, v in report.to_dict().items() if k != "clusters"}
    meta["last_clusters"]["clusters"] = len(report.clusters)
    store.set_meta(meta)
    return len(report.clusters)
