"""CO_CITED and COUPLED edges, their canned queries on every backend, and authors."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import _citation_graph as cg
import paperkg.graph.export as export
from _falkordb_helpers import FalkorDBServer, falkordb_server  # noqa: F401 - the session's FalkorDB
from paperkg.exceptions import EntityNotFound, QueryError
from paperkg.graph import NetworkXStore, SQLiteStore
from paperkg.graph.authors import author_id, author_name
from paperkg.graph.cocitation import overlap_edges, salton_cosine
from paperkg.graph.stores.falkordb import FalkorDBStore
from paperkg.graph.stores.protocol import GraphStore
from paperkg.models import Edge, EdgeKind, Paper
from paperkg.queries import author_papers, co_cited, coauthors, coupled, stats
from paperkg.queries.registry import run_canned

BACKENDS = ["networkx", "sqlite", pytest.param("falkordb", marks=pytest.mark.server)]


@pytest.fixture(scope="module")
def reference() -> NetworkXStore:
    """The hand-checked graph in the reference store."""
    store = NetworkXStore.in_memory()
    cg.fill(store)
    return store


@pytest.fixture(scope="module", params=BACKENDS)
def graph(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    """The hand-checked graph in each backend; the embedded store's queries may not read the whole graph."""
    if request.param == "networkx":
        store: GraphStore = NetworkXStore.in_memory()
    elif request.param == "sqlite":
        store = SQLiteStore.open(tmp_path_factory.mktemp("cocitation"), writable=True, create=True)
        cg.fill(store)
        store.save()

        def unwanted(_: object) -> None:
            raise AssertionError("the whole graph was read into memory")

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(export, "to_networkx", unwanted)
            yield store
        store.close()
        return
    else:
        server = request.getfixturevalue("falkordb_server")
        store = FalkorDBStore.connect(url=server.url, graph="test-cocitation")
        store.clear()
    cg.fill(store)
    yield store
    store.close()


def _pairs(store: GraphStore, kind: EdgeKind) -> dict[tuple[str, str], tuple[float | None, int]]:
    return {(e.source, e.target): (e.score, e.attrs["shared_count"]) for e in store.edges([kind])}


# -- the edges ---------------------------------------------------------------------


def test_salton_cosine_divides_by_the_geometric_mean() -> None:
    assert salton_cosine(2, 3, 2) == pytest.approx(0.8165, abs=1e-4)


def test_salton_cosine_of_an_empty_set_is_zero() -> None:
    assert salton_cosine(0, 0, 5) == 0.0


def test_co_cited_edges_match_the_hand_count(reference: NetworkXStore) -> None:
    assert _pairs(reference, EdgeKind.CO_CITED) == {(cg.A, cg.B): (0.6667, 2), (cg.A, cg.X): (0.8165, 2)}


def test_coupled_edges_match_the_hand_count(reference: NetworkXStore) -> None:
    assert _pairs(reference, EdgeKind.COUPLED) == {
        (cg.C1, cg.C2): (0.6667, 2),
        (cg.C1, cg.C3): (0.6667, 2),
        (cg.C2, cg.C3): (0.6667, 2),
    }


def test_coupling_counts_a_work_outside_the_corpus(reference: NetworkXStore) -> None:
    edge = next(e for e in reference.edges([EdgeKind.COUPLED]) if (e.source, e.target) == (cg.C2, cg.C3))
    assert edge.shared == [cg.A, cg.E]


def test_co_cited_edge_lists_the_citing_papers(reference: NetworkXStore) -> None:
    edge = next(e for e in reference.edges([EdgeKind.CO_CITED]) if e.target == cg.X)
    assert edge.shared == [cg.C1, cg.C3]


def test_overlap_keeps_each_papers_k_strongest() -> None:
    # hub h shares 2 members with each of a, b, c; with k=1 each of a, b, c keeps its only
    # partner h, and h keeps its strongest (c, the smallest set), so all three survive
    sets = {
        "h": {"1", "2", "3", "4", "5", "6"},
        "a": {"1", "2", "7", "8"},
        "b": {"3", "4", "9"},
        "c": {"5", "6"},
    }
    edges = overlap_edges(sets, EdgeKind.COUPLED, k=1)
    assert sorted((e.source, e.target, e.score) for e in edges) == [
        ("a", "h", round(2 / (4 * 6) ** 0.5, 4)),
        ("b", "h", round(2 / (3 * 6) ** 0.5, 4)),
        ("c", "h", round(2 / (2 * 6) ** 0.5, 4)),
    ]


def test_overlap_with_k_zero_gives_no_edges() -> None:
    assert overlap_edges({"a": {"1", "2"}, "b": {"1", "2"}}, EdgeKind.COUPLED, k=0) == []


def test_overlap_needs_min_shared() -> None:
    assert overlap_edges({"a": {"1", "2"}, "b": {"1", "3"}}, EdgeKind.COUPLED) == []


def test_overlap_lists_at_most_five_shared() -> None:
    members = {str(i) for i in range(8)}
    (edge,) = overlap_edges({"a": members, "b": members}, EdgeKind.COUPLED)
    assert (edge.shared, edge.attrs["shared_count"], edge.score) == (["0", "1", "2", "3", "4"], 8, 1.0)


# -- the canned queries, the same from every backend ---------------------------------------


def test_co_cited_query_strongest_first(graph: GraphStore) -> None:
    found = co_cited(graph, cg.A)
    assert [(o.paper.id, o.score, o.shared_count) for o in found] == [(cg.X, 0.8165, 2), (cg.B, 0.6667, 2)]


def test_co_cited_query_names_the_shared_papers(graph: GraphStore) -> None:
    found = co_cited(graph, cg.X)
    assert [s.label for s in found[0].shared] == [
        "Graph transformers for molecules",
        "Transfer of graph attention across languages",
    ]


def test_coupled_query_reads_edges_either_way(graph: GraphStore) -> None:
    found = coupled(graph, cg.C3)
    assert [(o.paper.id, o.shared_count) for o in found] == [(cg.C1, 2), (cg.C2, 2)]


def test_coupled_query_names_an_external_work(graph: GraphStore) -> None:
    found = coupled(graph, cg.C2, limit=5)
    shared = {s.id: s.label for o in found if o.paper.id == cg.C3 for s in o.shared}
    assert shared[cg.E] == "An outside work"


def test_coupled_query_stops_at_limit(graph: GraphStore) -> None:
    assert len(coupled(graph, cg.C1, limit=1)) == 1


def test_co_cited_query_rejects_a_zero_limit(graph: GraphStore) -> None:
    with pytest.raises(QueryError):
        co_cited(graph, cg.A, limit=0)


def test_registry_runs_co_cited(graph: GraphStore) -> None:
    found = run_canned(graph, "co-cited", [cg.A, "limit=1"])
    assert [o.paper.id for o in found] == [cg.X]


def test_stats_count_the_new_kinds(graph: GraphStore) -> None:
    counts = stats(graph)
    assert (
        counts.edges["CO_CITED"],
        counts.edges["COUPLED"],
        counts.edges["AUTHORED"],
        counts.nodes["author"],
    ) == (
        2,
        3,
        8,
        4,
    )


# -- authors -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "name"),
    [("Lovelace, Ada", "Ada Lovelace"), ("  Ada   Lovelace ", "Ada Lovelace"), ("King, Jr.", "King, Jr.")],
)
def test_author_name_turns_last_first(raw: str, name: str) -> None:
    assert author_name(raw) == name


def test_author_id_folds_accents_and_case() -> None:
    assert author_id("Gödel, KURT") == author_id("Kurt Godel") == "author:kurt-godel"


def test_author_nodes_unite_spellings_and_ids(reference: NetworkXStore) -> None:
    (ada,) = [a for a in reference.entities("author") if a.id == "author:ada-lovelace"]
    assert (ada.name, ada.papers, ada.ids) == (  # type: ignore[attr-defined]
        "Ada Lovelace",
        3,
        ["orcid:0000-0001-2345-6789", "s2:1001"],
    )


def test_authored_edge_ranks_the_author_position(reference: NetworkXStore) -> None:
    ranks = {
        e.target: e.rank for e in reference.edges([EdgeKind.AUTHORED]) if e.source == "author:ada-lovelace"
    }
    assert ranks == {cg.C1: 1, cg.C2: 2, cg.C3: 1}


def test_author_papers_oldest_first(graph: GraphStore) -> None:
    found = author_papers(graph, "grace hopper")
    assert [p.id for p in found.papers] == [cg.A, cg.C3]


def test_author_found_by_source_id(graph: GraphStore) -> None:
    assert author_papers(graph, "orcid:0000-0001-2345-6789").author.name == "Ada Lovelace"


def test_author_found_by_one_word(graph: GraphStore) -> None:
    assert author_papers(graph, "Turing").author.id == "author:alan-turing"


def test_unknown_author_raises(graph: GraphStore) -> None:
    with pytest.raises(EntityNotFound):
        author_papers(graph, "Nobody Atall")


def test_ambiguous_author_lists_the_candidates() -> None:
    store = NetworkXStore.in_memory()
    papers = cg.papers()
    papers[0] = papers[0].model_copy(update={"authors": ["Grace Hopper", "Grace Kelly"]})
    from paperkg.graph.authors import authors_of

    people, edges = authors_of(papers)
    store.upsert_papers(papers)
    store.upsert_entities(people)
    store.upsert_edges(edges)
    with pytest.raises(QueryError, match="matches 2 authors: author:grace-hopper"):
        author_papers(store, "Grace")


def test_coauthors_most_papers_together_first(graph: GraphStore) -> None:
    found = coauthors(graph, "Ada Lovelace")
    assert [(c.author.id, c.count, c.papers) for c in found] == [
        ("author:alan-turing", 2, [cg.C1, cg.C2]),
        ("author:grace-hopper", 1, [cg.C3]),
    ]


def test_coauthors_of_a_lone_author_is_empty(graph: GraphStore) -> None:
    assert coauthors(graph, "Edsger Dijkstra") == []


def test_edge_kinds_are_stored_generically() -> None:
    store = NetworkXStore.in_memory()
    cg.fill(store)
    kinds = {e.kind for e in store.edges()}
    assert {EdgeKind.CO_CITED, EdgeKind.COUPLED, EdgeKind.AUTHORED, EdgeKind.CITES} <= kinds
    assert isinstance(next(iter(store.edges([EdgeKind.CO_CITED]))), Edge)


# -- the view ---------------------------------------------------------------------------


def test_view_legend_names_co_cited_and_coupled(reference: NetworkXStore) -> None:
    from paperkg.viz import select_view
    from paperkg.viz.html import page_elements

    kinds = {k["kind"]: (k["label"], k["count"]) for k in page_elements(select_view(reference)).kinds}
    assert (kinds["CO_CITED"], kinds["COUPLED"], "AUTHORED" in kinds) == (
        ("co-cited", 2),
        ("coupled (cite the same)", 3),
        False,
    )


def test_view_draws_authors_when_asked(reference: NetworkXStore) -> None:
    from paperkg.viz import select_view
    from paperkg.viz.html import page_elements

    elements = page_elements(select_view(reference, kinds="authored"))
    authors = sorted(n["label"] for n in elements.nodes if n["kind"] == "author")
    assert (authors, [k["kind"] for k in elements.kinds]) == (
        ["Ada Lovelace", "Alan Turing", "Edsger Dijkstra", "Grace Hopper"],
        ["AUTHORED"],
    )


def test_view_starts_with_co_citation_switched_off_under_citations(reference: NetworkXStore) -> None:
    from paperkg.viz import select_view
    from paperkg.viz.html import page_elements

    hidden = page_elements(select_view(reference)).hidden_kinds
    assert ("CO_CITED" in hidden, "COUPLED" in hidden, "CITES" in hidden) == (True, True, False)


def _two_papers_by_one_author() -> list[Paper]:
    return [
        Paper(arxiv_id=f"2301.0000{i}", title=f"Paper number {i} of the series", authors=["Tim Dettmers"])
        for i in (1, 2)
    ]


def test_authors_of_an_add_gives_the_changed_papers_edges_only() -> None:
    from paperkg.graph import authors
    from paperkg.graph.build import BuildOptions
    from paperkg.progress import NullProgress

    first, second = _two_papers_by_one_author()
    result = authors.run([first, second], BuildOptions(changed_papers=frozenset({second.id})), NullProgress())
    assert [row["target"] for row in result.rows[EdgeKind.AUTHORED]] == [second.id]


def test_authors_of_an_add_counts_every_paper_of_an_author() -> None:
    from paperkg.graph import authors
    from paperkg.graph.build import BuildOptions
    from paperkg.progress import NullProgress

    first, second = _two_papers_by_one_author()
    result = authors.run([first, second], BuildOptions(changed_papers=frozenset({second.id})), NullProgress())
    assert [a.papers for a in result.entities] == [2]  # type: ignore[attr-defined]
