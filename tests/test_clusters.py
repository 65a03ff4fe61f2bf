"""Clusters: two communities told apart, named by their own terms, stored, and the same every run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from _falkordb_helpers import FalkorDBServer, falkordb_server  # noqa: F401 - the session's FalkorDB
from paperkg.cli import app
from paperkg.exceptions import QueryError
from paperkg.graph import NetworkXStore, SQLiteStore
from paperkg.graph.clusters import _terms, find_clusters, log_likelihood, write_clusters
from paperkg.graph.stores.falkordb import FalkorDBStore
from paperkg.graph.stores.protocol import GraphStore
from paperkg.models import Cluster, Dataset, Edge, EdgeKind, Method, Paper

# Two fields: protein folding (biology) and graph neural networks (computer science).
BIO = [
    ("Protein structure prediction with deep learning", 2019),
    ("Protein folding from coevolution signals", 2020),
    ("Accurate protein structure prediction at scale", 2021),
    ("Protein structure refinement with molecular dynamics", 2022),
]
GNN = [
    ("Message passing graph neural networks", 2017),
    ("Graph attention networks for node classification", 2018),
    ("Scaling graph neural networks to large graphs", 2020),
    ("Graph neural networks for link prediction", 2021),
]


def _papers() -> list[Paper]:
    return [
        Paper(title=title, abstract=f"{title}. We report results.", year=year, published=str(year))
        for title, year in BIO + GNN
    ]


def _fill(store: GraphStore) -> tuple[list[str], list[str]]:
    papers = _papers()
    store.upsert_papers(papers)
    bio, gnn = [p.id for p in papers[:4]], [p.id for p in papers[4:]]
    edges = []
    for group in (bio, gnn):
        for i, a in enumerate(group):
            for b in group[:i]:
                edges.append(Edge(kind=EdgeKind.CITES, source=a, target=b))
    # one weak bridge: a similarity between the fields
    edges.append(Edge(kind=EdgeKind.SIMILAR_TO, source=bio[3], target=gnn[3], score=0.2))
    # the first paper of each field is cited once more by a paper of its field, as a coupling
    edges.append(
        Edge(kind=EdgeKind.COUPLED, source=bio[1], target=bio[2], score=0.9, attrs={"shared_count": 3})
    )
    store.upsert_edges(edges)
    return bio, gnn


def _fill_named(store: GraphStore) -> None:
    """The two-field graph, its papers introducing, mentioning and using methods and datasets."""
    bio, gnn = _fill(store)
    store.upsert_entities(
        [
            Method(name="AlphaFold", introduced_by=bio[2]),
            Method(name="GAT", introduced_by=gnn[1]),
            Dataset(name="OGB"),
        ]
    )
    store.upsert_edges(
        [
            Edge(kind=EdgeKind.INTRODUCES, source=bio[2], target="method:alphafold"),
            Edge(kind=EdgeKind.MENTIONS, source=bio[3], target="method:alphafold"),
            Edge(kind=EdgeKind.INTRODUCES, source=gnn[1], target="method:gat"),
            Edge(kind=EdgeKind.MENTIONS, source=gnn[2], target="method:gat"),
            *(Edge(kind=EdgeKind.USES_DATASET, source=p, target="dataset:ogb") for p in gnn[2:]),
        ]
    )


@pytest.fixture
def store() -> NetworkXStore:
    """The two-field graph."""
    handle = NetworkXStore.in_memory()
    _fill(handle)
    return handle


def test_two_fields_make_two_clusters(store: NetworkXStore) -> None:
    report = find_clusters(store)
    members = sorted(sorted(m) for m in report.members.values())
    bio = sorted(p.id for p in store.papers() if "rotein" in (p.title or ""))
    gnn = sorted(p.id for p in store.papers() if "raph" in (p.title or ""))
    assert members == sorted([bio, gnn])


def test_clusters_are_named_by_their_own_terms(store: NetworkXStore) -> None:
    names = sorted(c.name for c in find_clusters(store).clusters)
    assert [n.split(" · ")[0] for n in names] == ["graph neural networks", "protein structure"]


def test_cluster_carries_size_years_and_most_cited(store: NetworkXStore) -> None:
    bio = next(c for c in find_clusters(store).clusters if c.name.startswith("protein"))
    first = next(p.id for p in store.papers() if p.title == BIO[0][0])
    assert (bio.size, bio.first_year, bio.last_year, bio.top_papers[0]) == (4, 2019, 2022, first)


def test_same_seed_same_clusters(store: NetworkXStore) -> None:
    assert find_clusters(store, seed=7).to_dict() == find_clusters(store, seed=7).to_dict()


def test_min_size_leaves_small_communities_out(store: NetworkXStore) -> None:
    report = find_clusters(store, min_size=5)
    assert (report.clusters, report.unclustered) == ([], 8)


def test_kinds_must_join_papers(store: NetworkXStore) -> None:
    with pytest.raises(QueryError, match="clusters link papers by"):
        find_clusters(store, kinds=[EdgeKind.MENTIONS])


def test_terms_are_words_and_phrases_without_stop_words_at_their_ends() -> None:
    assert _terms("Graph neural networks", "We use the message passing (GNN) model.") == {
        "graph",
        "neural",
        "networks",
        "graph neural",
        "neural networks",
        "graph neural networks",
        "message",
        "passing",
        "message passing",
        "gnn",
    }


def test_names_of_methods_and_datasets_name_clusters() -> None:
    reference = NetworkXStore.in_memory()
    _fill_named(reference)
    terms = {term for c in find_clusters(reference).clusters for term in c.terms}
    assert {"alphafold", "ogb"} <= terms


def test_the_embedded_store_clusters_as_the_reference_without_reading_whole_papers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference = NetworkXStore.in_memory()
    _fill_named(reference)
    with SQLiteStore.open(tmp_path, writable=True, create=True) as disk:
        _fill_named(disk)

    def papers(self: SQLiteStore) -> None:
        raise AssertionError("validated every paper")

    monkeypatch.setattr(SQLiteStore, "papers", papers)
    with SQLiteStore.open(tmp_path) as disk:
        assert find_clusters(disk, seed=3).to_dict() == find_clusters(reference, seed=3).to_dict()


def test_log_likelihood_is_negative_for_an_underused_term() -> None:
    assert log_likelihood(0, 5, 50, 95) < 0 < log_likelihood(5, 5, 0, 95)


def test_write_clusters_stores_nodes_and_edges(store: NetworkXStore) -> None:
    write_clusters(store, find_clusters(store))
    counts = store.counts()
    assert (counts["nodes"]["cluster"], counts["edges"]["IN_CLUSTER"]) == (2, 8)


def test_write_clusters_replaces_the_old_ones(store: NetworkXStore) -> None:
    write_clusters(store, find_clusters(store))
    write_clusters(store, find_clusters(store, min_size=5))
    assert (store.counts()["nodes"].get("cluster"), store.counts()["edges"].get("IN_CLUSTER")) == (None, None)


@pytest.mark.server
def test_clusters_round_trip_through_falkordb(falkordb_server: FalkorDBServer) -> None:  # noqa: F811
    server = FalkorDBStore.connect(url=falkordb_server.url, graph="test-clusters")
    server.clear()
    try:
        _fill_named(server)
        reference = NetworkXStore.in_memory()
        _fill_named(reference)
        report = find_clusters(server)
        assert report.to_dict() == find_clusters(reference).to_dict()
        write_clusters(server, report)
        stored = sorted((c for c in server.entities("cluster")), key=lambda c: c.id)
        assert [(c.id, c.size, c.terms) for c in stored if isinstance(c, Cluster)] == [
            (c.id, c.size, c.terms) for c in report.clusters
        ]
    finally:
        server.close()


def test_clusters_command_prints_json_and_stores(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with NetworkXStore.open(data_dir, writable=True, create=True) as disk:
        _fill(disk)
    result = CliRunner().invoke(app, ["clusters", "--json", "--seed", "3", "--data-dir", str(data_dir)])
    data = json.loads(result.output)
    with NetworkXStore.open(data_dir) as disk:
        stored = disk.counts()["nodes"]["cluster"]
    assert (result.exit_code, len(data["clusters"]), data["seed"], stored) == (0, 2, 3, 2)


def test_clusters_command_names_the_clusters(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with NetworkXStore.open(data_dir, writable=True, create=True) as disk:
        _fill(disk)
    result = CliRunner().invoke(app, ["clusters", "--data-dir", str(data_dir)])
    assert "2 clusters of 8 papers" in result.output


def test_view_colours_papers_by_cluster(store: NetworkXStore) -> None:
    from paperkg.viz import select_view
    from paperkg.viz.html import page_elements

    write_clusters(store, find_clusters(store))
    elements = page_elements(select_view(store, color_by="cluster"))
    legend = sorted((f["name"], f["count"]) for f in elements.families)
    # equal sizes: numbered by their first member's id, a content hash here
    assert legend == [("1: protein structure", 4), ("2: graph neural networks", 4)]


def test_view_page_says_clusters(store: NetworkXStore, tmp_path: Path) -> None:
    from paperkg.viz import render_html, select_view

    write_clusters(store, find_clusters(store))
    page = render_html(select_view(store, color_by="cluster"), tmp_path / "v.html").read_text()
    assert '"groups": "cluster"' in page


def test_view_refuses_an_unknown_colouring(store: NetworkXStore) -> None:
    from paperkg.viz import select_view

    with pytest.raises(QueryError, match="colour by family or cluster"):
        select_view(store, color_by="year")
