"""The canned queries on a hand-made graph, with the same answers from every backend."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import _query_graph as fx
from _falkordb_helpers import FalkorDBServer, falkordb_server  # noqa: F401 - the session's FalkorDB
from conftest import EXAMPLES
from paperkg.cli import app
from paperkg.exceptions import EntityNotFound, PaperNotFound, QueryError
from paperkg.graph import BuildOptions, NetworkXStore, SQLiteStore, build_graph
from paperkg.graph.stores.falkordb import FalkorDBStore
from paperkg.graph.stores.protocol import GraphStore
from paperkg.models import EdgeKind
from paperkg.queries import (
    derivative_works,
    family_members,
    influential,
    lineage,
    path,
    prior_works,
    resolve_paper,
    search,
    shared_datasets,
    similar,
    stats,
)
from paperkg.queries.registry import CANNED

BACKENDS = ["networkx", "sqlite", pytest.param("falkordb", marks=pytest.mark.server)]


@pytest.fixture(scope="module", params=BACKENDS)
def graph(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    """The fixture graph in each backend (queries only read it)."""
    if request.param == "networkx":
        store: GraphStore = NetworkXStore.in_memory()
    elif request.param == "sqlite":
        data_dir = tmp_path_factory.mktemp("sqlite-queries")
        with SQLiteStore.open(data_dir, writable=True, create=True) as writer:
            fx.fill(writer)
        store = SQLiteStore.open(data_dir)
        yield store
        store.close()
        return
    else:
        server = request.getfixturevalue("falkordb_server")
        store = FalkorDBStore.connect(url=server.url, graph="test-queries")
        store.clear()
    fx.fill(store)
    yield store
    store.close()


def _triples(result_hops: list) -> list[tuple[int, str, str]]:  # type: ignore[type-arg]
    return [(h.depth, h.source.id, h.target.id) for h in result_hops]


# -- lineage -------------------------------------------------------------------


def test_lineage_up_walks_breadth_first(graph: GraphStore) -> None:
    result = lineage(graph, "2305.14314", direction="up", depth=3)
    assert _triples(result.hops) == [
        (1, fx.QLORA, fx.LORA),
        (1, fx.QLORA, fx.LLAMA),
        (2, fx.LORA, fx.TRANSFORMER),
        (2, fx.LORA, fx.BERT),
        (2, fx.LLAMA, fx.TRANSFORMER),
        (3, fx.BERT, fx.TRANSFORMER),
    ]


def test_lineage_down_follows_edges_in(graph: GraphStore) -> None:
    result = lineage(graph, fx.TRANSFORMER, direction="down", depth=2)
    assert _triples(result.hops) == [
        (1, fx.BERT, fx.TRANSFORMER),
        (1, fx.LORA, fx.TRANSFORMER),
        (1, fx.LLAMA, fx.TRANSFORMER),
        (2, fx.LORA, fx.BERT),
        (2, fx.QLORA, fx.LORA),
        (2, fx.QLORA, fx.LLAMA),
        (2, fx.LLAMA2, fx.LLAMA),
    ]


def test_lineage_depth_limits_the_walk(graph: GraphStore) -> None:
    result = lineage(graph, fx.QLORA, direction="up", depth=1)
    assert _triples(result.hops) == [(1, fx.QLORA, fx.LORA), (1, fx.QLORA, fx.LLAMA)]


def test_lineage_hop_carries_evidence(graph: GraphStore) -> None:
    hop = lineage(graph, fx.QLORA, depth=1).hops[0]
    assert (hop.relation, hop.evidence, hop.via, hop.confidence) == (
        "extends",
        "QLoRA extends LoRA.",
        "LoRA",
        0.95,
    )


def test_lineage_hop_carries_paper_refs(graph: GraphStore) -> None:
    hop = lineage(graph, fx.QLORA, depth=1).hops[0]
    assert (hop.target.label, hop.target.year, hop.target.published) == (
        "LoRA: Low-Rank Adaptation of Large Language Models",
        2021,
        "2021-06-17",
    )


def test_lineage_root_is_the_resolved_paper(graph: GraphStore) -> None:
    assert lineage(graph, "QLoRA: Efficient Finetuning").root.id == fx.QLORA


def test_lineage_via_cites_adds_citation_hops(graph: GraphStore) -> None:
    result = lineage(graph, fx.LLAMA2, depth=1, kinds=(EdgeKind.BUILDS_ON, EdgeKind.CITES))
    assert [(h.target.id, h.kind) for h in result.hops] == [
        (fx.LLAMA, "BUILDS_ON"),
        (fx.LLAMA, "CITES"),
        (fx.QLORA, "CITES"),
    ]


def test_lineage_skips_external_nodes(graph: GraphStore) -> None:
    assert lineage(graph, fx.TRANSFORMER, kinds=("CITES",)).hops == []


def test_lineage_rejects_a_bad_direction(graph: GraphStore) -> None:
    with pytest.raises(QueryError, match="direction"):
        lineage(graph, fx.QLORA, direction="sideways")


def test_lineage_rejects_an_unknown_kind(graph: GraphStore) -> None:
    with pytest.raises(QueryError, match="INTRODUCES"):
        lineage(graph, fx.QLORA, kinds=("INTRODUCES",))


def test_lineage_of_an_unknown_paper_raises(graph: GraphStore) -> None:
    with pytest.raises(PaperNotFound):
        lineage(graph, "9999.99999")


# -- path ----------------------------------------------------------------------


def _walk(result_hops: list) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    return [(h.source.id, h.target.id, h.kind) for h in result_hops]


def test_path_takes_the_smallest_of_several_shortest_paths(graph: GraphStore) -> None:
    result = path(graph, fx.BERT, fx.LLAMA)
    assert _walk(result.hops) == [
        (fx.BERT, fx.TRANSFORMER, "BUILDS_ON"),
        (fx.LLAMA, fx.TRANSFORMER, "BUILDS_ON"),
    ]


def test_a_path_on_the_embedded_store_reads_no_node_off_its_walk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with SQLiteStore.open(tmp_path, writable=True, create=True) as writer:
        fx.fill(writer)
    read: list[str] = []
    node_attrs = SQLiteStore.node_attrs

    def recorded(self: SQLiteStore, ids: object) -> dict[str, dict[str, object]]:
        wanted = list(ids)  # type: ignore[call-overload]
        read.extend(wanted)
        return node_attrs(self, wanted)

    monkeypatch.setattr(SQLiteStore, "node_attrs", recorded)
    with SQLiteStore.open(tmp_path) as store:
        path(store, fx.BERT, fx.LLAMA)
    assert sorted(set(read)) == sorted({fx.BERT, fx.TRANSFORMER, fx.LLAMA})


def test_path_over_citations_only(graph: GraphStore) -> None:
    result = path(graph, fx.BERT, fx.LLAMA, kinds=["CITES"])
    assert _walk(result.hops) == [
        (fx.QLORA, fx.BERT, "CITES"),
        (fx.LLAMA2, fx.QLORA, "CITES"),
        (fx.LLAMA2, fx.LLAMA, "CITES"),
    ]


def test_path_prefers_builds_on_between_two_papers(graph: GraphStore) -> None:
    hop = path(graph, fx.LORA, fx.QLORA).hops[0]
    assert (hop.source.id, hop.kind, hop.evidence, hop.score) == (
        fx.QLORA,
        "BUILDS_ON",
        "QLoRA extends LoRA.",
        0.95,
    )


def test_path_hop_names_what_links_the_papers(graph: GraphStore) -> None:
    hop = path(graph, fx.LORA, fx.QLORA, kinds=["BUILDS_ON"]).hops[0]
    assert hop.via == "LoRA"


def test_path_hop_lists_what_two_papers_share(graph: GraphStore) -> None:
    hop = path(graph, fx.LLAMA, fx.LLAMA2, kinds=["SHARES_DATASET"]).hops[0]
    assert hop.shared == ["MMLU", "GSM8K"]


def test_path_prefers_the_forward_edge(graph: GraphStore) -> None:
    hop = path(graph, fx.LORA, fx.QLORA, kinds=["SIMILAR_TO"]).hops[0]
    assert (hop.source.id, hop.score) == (fx.LORA, 0.9)


def test_path_directed_follows_edges_forward(graph: GraphStore) -> None:
    result = path(graph, fx.LLAMA2, fx.TRANSFORMER, kinds=["BUILDS_ON"], directed=True)
    assert _walk(result.hops) == [(fx.LLAMA2, fx.LLAMA, "BUILDS_ON"), (fx.LLAMA, fx.TRANSFORMER, "BUILDS_ON")]


def test_path_directed_does_not_walk_backwards(graph: GraphStore) -> None:
    assert path(graph, fx.TRANSFORMER, fx.LLAMA2, kinds=["BUILDS_ON"], directed=True).found is False


def test_path_to_an_isolated_paper_is_not_found(graph: GraphStore) -> None:
    assert path(graph, fx.BERT, fx.ADAM).found is False


def test_path_longer_than_max_hops_is_not_found(graph: GraphStore) -> None:
    assert path(graph, fx.BERT, fx.LLAMA, max_hops=1).found is False


def test_path_from_a_paper_to_itself_is_empty(graph: GraphStore) -> None:
    assert path(graph, fx.BERT, fx.BERT).model_dump() == {"found": True, "hops": []}


def test_path_rejects_entity_kinds(graph: GraphStore) -> None:
    with pytest.raises(QueryError):
        path(graph, fx.BERT, fx.LLAMA, kinds=["USES_DATASET"])


# -- similar, shared datasets -------------------------------------------------------------


def test_similar_lists_neighbours_nearest_first(graph: GraphStore) -> None:
    assert [(s.paper.id, s.rank, s.score) for s in similar(graph, fx.LORA)] == [
        (fx.QLORA, 1, 0.9),
        (fx.BERT, 2, 0.5),
    ]


def test_similar_names_other_links(graph: GraphStore) -> None:
    assert [s.also_linked for s in similar(graph, fx.LORA)] == [["BUILDS_ON", "SAME_FAMILY"], ["BUILDS_ON"]]


def test_similar_stops_at_k(graph: GraphStore) -> None:
    assert [s.paper.id for s in similar(graph, fx.LORA, k=1)] == [fx.QLORA]


def test_similar_of_a_paper_without_neighbours_is_empty(graph: GraphStore) -> None:
    assert similar(graph, fx.ADAM) == []


def test_shared_datasets_strongest_first(graph: GraphStore) -> None:
    assert [(s.paper.id, s.datasets, s.weight) for s in shared_datasets(graph, fx.LLAMA2)] == [
        (fx.LLAMA, ["GSM8K", "MMLU"], 2.0),
        (fx.QLORA, ["MMLU"], 1.0),
    ]


def test_shared_datasets_treats_the_edge_as_undirected(graph: GraphStore) -> None:
    assert [s.paper.id for s in shared_datasets(graph, fx.LLAMA)] == [fx.LLAMA2]


# -- family --------------------------------------------------------------------------


def test_family_members_oldest_first(graph: GraphStore) -> None:
    timeline = family_members(graph, "PEFT")
    assert [m.paper.id for m in timeline.members] == [fx.LORA, fx.QLORA]


def test_family_members_name_the_family(graph: GraphStore) -> None:
    assert family_members(graph, fx.PEFT).family == "parameter-efficient fine-tuning"


def test_family_members_carry_evidence(graph: GraphStore) -> None:
    members = family_members(graph, "Parameter-Efficient Fine-Tuning").members
    assert [m.evidence for m in members] == ["LoRA freezes the weights.", "QLoRA is parameter-efficient."]


def test_family_members_since_a_year(graph: GraphStore) -> None:
    assert [m.paper.id for m in family_members(graph, "peft", since=2022).members] == [fx.QLORA]


def test_family_members_until_a_month(graph: GraphStore) -> None:
    assert [m.paper.id for m in family_members(graph, "peft", until="2021-06").members] == [fx.LORA]


def test_unknown_family_raises(graph: GraphStore) -> None:
    with pytest.raises(EntityNotFound, match="no method family"):
        family_members(graph, "diffusion")


# -- influence -----------------------------------------------------------------------


def test_influential_ranks_the_most_built_on_first(graph: GraphStore) -> None:
    assert [i.paper.id for i in influential(graph, top=3)] == [fx.TRANSFORMER, fx.LLAMA, fx.BERT]


def test_influential_over_builds_on_only(graph: GraphStore) -> None:
    ranked = influential(graph, kinds=["BUILDS_ON"], top=8)
    assert ranked[0].paper.id == fx.TRANSFORMER


def test_influential_scores_sum_to_one(graph: GraphStore) -> None:
    assert sum(i.score for i in influential(graph, top=100)) == pytest.approx(1.0)


def test_prior_works_counts_given_papers(graph: GraphStore) -> None:
    works = prior_works(graph, [fx.QLORA, "Llama 2: Open Foundation"])
    assert [(w.paper.id, w.count, w.of) for w in works] == [
        (fx.LLAMA, 2, [fx.QLORA, fx.LLAMA2]),
        (fx.BERT, 1, [fx.QLORA]),
        (fx.LORA, 1, [fx.QLORA]),
    ]


def test_derivative_works_counts_given_papers(graph: GraphStore) -> None:
    works = derivative_works(graph, [fx.LORA, fx.LLAMA])
    assert [(w.paper.id, w.count) for w in works] == [(fx.QLORA, 2), (fx.LLAMA2, 1)]


def test_prior_works_needs_a_paper(graph: GraphStore) -> None:
    with pytest.raises(QueryError):
        prior_works(graph, [])


# -- finding papers ------------------------------------------------------------------


def test_a_cypher_looking_title_is_stored_as_a_string(graph: GraphStore) -> None:
    assert resolve_paper(graph, fx.HOSTILE_TITLE).title == fx.HOSTILE_TITLE


def test_search_finds_the_cypher_looking_title(graph: GraphStore) -> None:
    assert [h.paper.id for h in search(graph, "detach delete")] == [fx.hostile_id()]


def test_search_ranks_title_matches_first(graph: GraphStore) -> None:
    assert [h.paper.id for h in search(graph, "llama")][:2] == [fx.LLAMA, fx.LLAMA2]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("naive fine tuning tulu", True),  # accents, a ligature and a hyphen fold away
        ("Tülu", True),
        ("T\u0075\u0308lu", True),  # the same name decomposed
        ("fine-tuning of tulu 2", True),
        ("tulu 3", False),
        ("naivety", False),
    ],
)
def test_search_folds_accents_and_ligatures(text: str, found: bool) -> None:
    from paperkg.models import Paper

    store = NetworkXStore.in_memory()
    store.upsert_papers(
        [
            Paper(arxiv_id="2311.10702", abstract="We study naïve ﬁne-tuning of Tülu 2 in depth."),
            Paper(arxiv_id="2311.10703", abstract="Plain text about something else."),
        ]
    )
    assert [h.paper.id for h in search(store, text)] == (["arxiv:2311.10702"] if found else [])


def test_stats_counts_edges_per_kind(graph: GraphStore) -> None:
    assert stats(graph).edges == {
        "BUILDS_ON": 7,
        "CITES": 5,
        "INTRODUCES": 3,
        "IN_FAMILY": 3,
        "MENTIONS": 1,
        "SAME_FAMILY": 1,
        "SHARES_DATASET": 2,
        "SIMILAR_TO": 5,
        "USES_DATASET": 5,
    }


def test_stats_counts_nodes_per_kind(graph: GraphStore) -> None:
    assert stats(graph).nodes == {"dataset": 2, "external": 1, "family": 1, "method": 3, "paper": 8}


# -- parity on the seed corpus build ------------------------------------------------------


@pytest.fixture(scope="module")
def seed_pair(falkordb_server: FalkorDBServer) -> Iterator[tuple[NetworkXStore, FalkorDBStore]]:  # noqa: F811
    """The seed corpus built (without similarity) into NetworkX and into FalkorDB."""
    reference = NetworkXStore.in_memory()
    build_graph([EXAMPLES], reference, BuildOptions(similarity=False))
    server = FalkorDBStore.connect(url=falkordb_server.url, graph="test-seed-parity", batch_size=500)
    build_graph([EXAMPLES], server, BuildOptions(similarity=False))
    yield reference, server
    server.close()


def _every_query(
    store: GraphStore, papers: list[str], families: list[str], *, with_search: bool = True
) -> list[object]:
    answers: list[object] = []
    for paper in papers:
        answers.append(lineage(store, paper, "up", depth=3))
        answers.append(lineage(store, paper, "down", depth=3))
        answers.append(shared_datasets(store, paper, limit=100))
        answers.append(similar(store, paper))
    for family in families:
        answers.append(family_members(store, family))
    for a, b in zip(papers[::7], papers[3::7], strict=False):
        answers.append(path(store, a, b))
        answers.append(path(store, a, b, kinds=["BUILDS_ON"], directed=True))
    answers.append(influential(store, top=50))
    answers.append(influential(store, kinds=["BUILDS_ON"], top=50))
    answers.append(prior_works(store, papers[:40], top=50))
    answers.append(derivative_works(store, papers[:40], top=50))
    answers.append(stats(store))
    if with_search:
        answers.append(search(store, "learning rate", limit=50))
    from paperkg.inference.explain import external_methods, paper_entities

    answers.extend(paper_entities(store, paper) for paper in papers[::5])
    answers.append(external_methods(store, papers))
    return [a.model_dump() if hasattr(a, "model_dump") else [x.model_dump() for x in a] for a in answers]  # type: ignore[attr-defined]


@pytest.mark.server
def test_seed_build_holds_the_same_graph(seed_pair: tuple[NetworkXStore, FalkorDBStore]) -> None:
    reference, server = seed_pair
    assert sorted(e.model_dump_json() for e in server.edges()) == sorted(
        e.model_dump_json() for e in reference.edges()
    )


@pytest.mark.server
def test_seed_build_answers_every_query_the_same(seed_pair: tuple[NetworkXStore, FalkorDBStore]) -> None:
    reference, server = seed_pair
    papers = sorted(p.id for p in reference.papers())
    families = sorted(e.id for e in reference.entities("family"))
    assert _every_query(server, papers, families) == _every_query(reference, papers, families)


@pytest.fixture(scope="module")
def seed_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[NetworkXStore, SQLiteStore]]:
    """The seed corpus built (without similarity) into the NetworkX reference and into SQLite."""
    reference = NetworkXStore.in_memory()
    build_graph([EXAMPLES], reference, BuildOptions(similarity=False))
    data_dir = tmp_path_factory.mktemp("seed-sqlite")
    with SQLiteStore.open(data_dir, writable=True, create=True) as writer:
        build_graph([EXAMPLES], writer, BuildOptions(similarity=False))
    store = SQLiteStore.open(data_dir)
    yield reference, store
    store.close()


def test_seed_build_in_sqlite_holds_the_same_graph(seed_sqlite: tuple[NetworkXStore, SQLiteStore]) -> None:
    reference, store = seed_sqlite
    assert sorted(e.model_dump_json() for e in store.edges()) == sorted(
        e.model_dump_json() for e in reference.edges()
    )


def test_seed_build_in_sqlite_holds_the_same_papers(seed_sqlite: tuple[NetworkXStore, SQLiteStore]) -> None:
    reference, store = seed_sqlite
    assert [p.model_dump() for p in store.papers()] == [p.model_dump() for p in reference.papers()]


def test_seed_build_in_sqlite_answers_every_query_the_same(
    seed_sqlite: tuple[NetworkXStore, SQLiteStore],
) -> None:
    """Every canned query but keyword search, which the SQLite store answers from its FTS5 index."""
    reference, store = seed_sqlite
    papers = sorted(p.id for p in reference.papers())
    families = sorted(e.id for e in reference.entities("family"))
    assert _every_query(store, papers, families, with_search=False) == _every_query(
        reference, papers, families, with_search=False
    )


# -- the query command -----------------------------------------------------------------------


@pytest.fixture
def built_dir(tmp_path: Path) -> Path:
    """A data directory holding the fixture graph."""
    with NetworkXStore.open(tmp_path / "data", writable=True, create=True) as store:
        fx.fill(store)
    return tmp_path / "data"


def test_query_command_runs_lineage(built_dir: Path) -> None:
    result = CliRunner().invoke(
        app, ["query", "lineage", fx.QLORA, "depth=1", "--data-dir", str(built_dir), "--json"], catch_exceptions=False
    )
    assert [h["target"]["id"] for h in json.loads(result.output)["hops"]] == [fx.LORA, fx.LLAMA]


def test_query_command_takes_many_papers(built_dir: Path) -> None:
    result = CliRunner().invoke(
        app, ["query", "prior-works", fx.QLORA, fx.LLAMA2, "top=1", "--data-dir", str(built_dir), "--json"]
    )
    assert [w["paper"]["id"] for w in json.loads(result.output)] == [fx.LLAMA]


def test_query_command_rejects_a_bad_option_in_one_line(built_dir: Path) -> None:
    result = CliRunner().invoke(
        app, ["query", "lineage", fx.QLORA, "depth=two", "--data-dir", str(built_dir)]
    )
    assert (result.exit_code, result.output.count("\n")) == (1, 1)


def test_query_command_names_an_unknown_query(built_dir: Path) -> None:
    result = CliRunner().invoke(app, ["query", "nonsense", "--data-dir", str(built_dir)])
    assert "paperkg query --list" in result.output


def test_query_list_shows_every_query_with_cypher() -> None:
    output = CliRunner().invoke(app, ["query", "--list"]).output
    assert [name for name in CANNED if not output.count(f"\n{name} ") and not output.startswith(name)] == []


def test_query_list_shows_the_parameterised_statements() -> None:
    output = CliRunner().invoke(app, ["query", "--list"]).output
    assert "    WHERE a.id IN $ids" in output


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("directed", [False, True])
def test_path_is_the_smallest_of_all_shortest_paths(seed: int, directed: bool) -> None:
    import random

    import networkx as nx

    from paperkg.models import Edge, Paper

    rng = random.Random(seed)
    papers = [Paper(arxiv_id=f"2301.{i:05d}", title=f"Random paper {i}") for i in range(40)]
    pairs = {(rng.randrange(40), rng.randrange(40)) for _ in range(70)}
    edges = [
        Edge(kind=EdgeKind.BUILDS_ON, source=papers[a].id, target=papers[b].id) for a, b in pairs if a != b
    ]
    store = NetworkXStore.in_memory()
    store.upsert_papers(papers)
    store.upsert_edges(edges)
    simple = nx.DiGraph() if directed else nx.Graph()
    simple.add_nodes_from(p.id for p in papers)
    simple.add_edges_from((e.source, e.target) for e in edges)
    a, b = papers[rng.randrange(40)].id, papers[rng.randrange(40)].id
    try:
        expected = min(nx.all_shortest_paths(simple, a, b)) if a != b else [a]
    except nx.NetworkXNoPath:
        expected = []
    result = path(store, a, b, kinds=["BUILDS_ON"], max_hops=12, directed=directed)
    walk = [a]
    for hop in result.hops:
        walk.append(hop.target.id if hop.source.id == walk[-1] else hop.source.id)
    assert (walk if result.found else []) == expected


# -- resolving what a user typed: id, exact title or label, introduced name, part of a title ----


@pytest.fixture(scope="module")
def names() -> NetworkXStore:
    """Papers whose titles share words, one introducing a name its title does not hold."""
    from paperkg.models import Method, Paper

    store = NetworkXStore.in_memory()
    store.upsert_papers(
        [
            Paper(arxiv_id="2106.09685", title="LoRA: Low-Rank Adaptation of Large Language Models"),
            Paper(arxiv_id="2305.14314", title="QLoRA: Efficient Finetuning of Quantized LLMs"),
            Paper(arxiv_id="1904.00962", title="Large Batch Optimization for Deep Learning"),
            Paper(arxiv_id="2310.00001", title="MKOR: Momentum-Enabled Kronecker-Factor-Based Optimizer"),
            Paper(arxiv_id="2311.00001", title="Tied-LoRA: Weight Tying for LoRA"),
            Paper(arxiv_id="2311.00002", title="LoRAMoE: Mixture of LoRA Experts"),
            Paper(arxiv_id="2001.00001", title="Ranking Papers by Influence"),
        ]
    )
    store.upsert_entities(
        [Method(name="LAMB", aliases=["Layer-wise Adaptive Moments"], introduced_by="arxiv:1904.00962")]
    )
    return store


def test_resolve_finds_a_paper_by_an_id_its_source_gave(graph: GraphStore) -> None:
    assert resolve_paper(graph, "s2:S2-2106.09685").id == "arxiv:2106.09685"


def test_an_id_no_source_gave_is_not_found(graph: GraphStore) -> None:
    with pytest.raises(PaperNotFound):
        resolve_paper(graph, "s2:s2-9999.99999")


def test_resolve_prefers_the_title_that_starts_with_the_name(names: NetworkXStore) -> None:
    assert resolve_paper(names, "LoRA").id == "arxiv:2106.09685"


def test_resolve_finds_the_paper_that_introduces_the_name(names: NetworkXStore) -> None:
    assert resolve_paper(names, "LAMB").id == "arxiv:1904.00962"


def test_resolve_finds_the_introducer_by_an_alias(names: NetworkXStore) -> None:
    assert resolve_paper(names, "Layer-wise Adaptive Moments").id == "arxiv:1904.00962"


def test_resolve_exact_id_comes_before_everything(names: NetworkXStore) -> None:
    assert resolve_paper(names, "arxiv:2305.14314v2").id == "arxiv:2305.14314"


def test_resolve_partial_title_when_nothing_exact(names: NetworkXStore) -> None:
    assert resolve_paper(names, "Quantized LLMs").id == "arxiv:2305.14314"


def test_resolve_ambiguous_partial_lists_whole_word_matches_first(names: NetworkXStore) -> None:
    from paperkg.exceptions import AmbiguousPaper

    with pytest.raises(AmbiguousPaper) as caught:
        resolve_paper(names, "Rank")
    assert [c[0] for c in caught.value.candidates] == ["arxiv:2106.09685", "arxiv:2001.00001"]


def test_resolve_miss_suggests_the_closest_name(names: NetworkXStore) -> None:
    with pytest.raises(PaperNotFound) as caught:
        resolve_paper(names, "MKRO")
    assert caught.value.suggestions[0] == "MKOR"


def test_resolve_miss_message_says_did_you_mean(names: NetworkXStore) -> None:
    with pytest.raises(PaperNotFound, match="did you mean MKOR"):
        resolve_paper(names, "MKRO")


def test_resolve_misspelt_lowercase_name_is_suggested_in_its_spelling(names: NetworkXStore) -> None:
    with pytest.raises(PaperNotFound) as caught:
        resolve_paper(names, "lamn")
    assert "LAMB" in caught.value.suggestions


@pytest.mark.parametrize("typed", ["lamb", "Lamb", "layer-wise adaptive moments", "LAYER WISE ADAPTIVE MOMENTS"])
def test_resolve_finds_the_introducer_by_a_name_or_alias_in_another_case_on_every_store(
    names: NetworkXStore, sqlite_names: SQLiteStore, typed: str
) -> None:
    assert [resolve_paper(store, typed).id for store in (names, sqlite_names)] == ["arxiv:1904.00962"] * 2


@pytest.mark.parametrize("kind", ["networkx", "sqlite"])
def test_resolve_a_title_holding_the_typed_text_comes_before_a_name_in_another_case(
    kind: str, tmp_path: Path
) -> None:
    from paperkg.models import Method, Paper

    store: GraphStore = (
        NetworkXStore.in_memory() if kind == "networkx" else SQLiteStore.open(tmp_path, writable=True, create=True)
    )
    waves = Paper(title="Lamb Waves in Elastic Plates", abstract="We study guided waves.")
    lamb = Paper(arxiv_id="1904.00962", title="Large Batch Optimization for Deep Learning")
    try:
        store.upsert_papers([waves, lamb])
        store.upsert_entities([Method(name="LAMB", introduced_by=lamb.id)])
        found = [resolve_paper(store, typed).id for typed in ("LAMB", "lamb", "Lamb waves")]
    finally:
        store.close()
    # spelled as introduced, the name finds its paper; folded, only where no title holds the text
    assert found == [lamb.id, waves.id, waves.id]


def test_resolve_miss_without_anything_close_suggests_nothing(names: NetworkXStore) -> None:
    with pytest.raises(PaperNotFound) as caught:
        resolve_paper(names, "zzzzqqq")
    assert caught.value.suggestions == []


@pytest.fixture(scope="module")
def sqlite_names(names: NetworkXStore, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SQLiteStore]:
    """The same papers and names in the embedded store, which suggests from what its indexes find."""
    store = SQLiteStore.open(tmp_path_factory.mktemp("names"), writable=True, create=True)
    store.upsert_papers(names.papers())
    store.upsert_entities(names.entities())
    store.save()
    yield store
    store.close()


@pytest.mark.parametrize(
    "typed",
    [
        "MKRO",
        "lamn",
        "LoRAA",
        "QLoRa: Eficient Finetuning",
        "Tied LoRA Weight Tyng",
        "Ranking Paprs by Influence",
    ],
)
def test_resolve_miss_suggests_on_the_embedded_store_the_closest_name_a_scan_of_every_paper_finds(
    names: NetworkXStore, sqlite_names: SQLiteStore, typed: str
) -> None:
    def suggested(store: GraphStore) -> list[str]:
        with pytest.raises(PaperNotFound) as caught:
            resolve_paper(store, typed)
        return caught.value.suggestions

    # the store reads only names one edit away, sharing a start or a word's start: its first
    # suggestion is the scan's; a farther one ("QLoRA" for "LoRAA") may be missing
    expected, found = suggested(names), suggested(sqlite_names)
    assert (found[:1], set(found) <= set(expected)) == (expected[:1], True)


@pytest.mark.parametrize("kind", ["networkx", "sqlite"])
def test_resolve_a_misremembered_long_title_suggests_that_title(kind: str, tmp_path: Path) -> None:
    from paperkg.models import Paper

    # only names of 60 characters at most (labels, a title's words before its colon) were suggested:
    # a long title typed from memory, one word misspelt, was answered with nothing
    long = "Beyond Large-batch Optimization for Dense Visual Predictions with Fewer Resources"
    store: GraphStore = (
        NetworkXStore.in_memory() if kind == "networkx" else SQLiteStore.open(tmp_path, writable=True, create=True)
    )
    try:
        store.upsert_papers(
            [
                Paper(arxiv_id="2301.00001", title=long),
                Paper(arxiv_id="2301.00002", title="Dense Retrieval for Open-Domain Question Answering"),
                Paper(arxiv_id="2301.00003", title="Large Batch Optimization for Deep Learning"),
            ]
        )
        with pytest.raises(PaperNotFound) as caught:
            resolve_paper(store, "Beyond Large-batch Optimisation for Dense Visual Predictions")
    finally:
        store.close()
    assert caught.value.suggestions[0] == long


@pytest.mark.parametrize("cap", [1, 2, 3, 4])
def test_a_part_of_a_title_in_more_papers_than_the_cap_is_ranked_among_the_first_found(
    names: NetworkXStore, sqlite_names: SQLiteStore, monkeypatch: pytest.MonkeyPatch, cap: int
) -> None:
    from paperkg.exceptions import AmbiguousPaper
    from paperkg.queries import papers

    # "lora" is in four titles, in this order: LoRA, QLoRA, Tied-LoRA (a whole word), LoRAMoE
    monkeypatch.setattr(papers, "_MAX_PARTIAL", cap)

    def listed(store: GraphStore) -> tuple[list[str], int, bool, str]:
        with pytest.raises(AmbiguousPaper) as caught:
            resolve_paper(store, "lor")
        e = caught.value
        return [c[0] for c in e.candidates], e.total, e.more, str(e)

    first = ["arxiv:2106.09685", "arxiv:2305.14314", "arxiv:2311.00001", "arxiv:2311.00002"][:cap]
    count = "more than " if cap < 4 else ""
    expected = (sorted(first), cap, cap < 4, f"'lor' matches {count}{cap} papers")
    for store in (names, sqlite_names):
        ids, total, more, message = listed(store)
        assert (ids, total, more, message[: len(expected[3])]) == expected
    # the embedded store reads no further than the limit, in the order the papers were stored
    assert [p["id"] for p in sqlite_names.papers_containing("lor", limit=cap)] == first


def test_an_ambiguous_message_says_how_many_match_and_how_many_are_shown() -> None:
    from paperkg.exceptions import AmbiguousPaper

    ten = [(f"p{i}", f"Paper {i}") for i in range(10)]
    messages = [AmbiguousPaper("x", ten[:3]), AmbiguousPaper("x", ten, 25), AmbiguousPaper("x", ten, 1000, True)]
    assert [str(m) for m in messages] == [
        "'x' matches 3 papers; give an arXiv id or a longer title",
        "'x' matches 25 papers (10 shown); give an arXiv id or a longer title",
        "'x' matches more than 1,000 papers (10 shown); give an arXiv id or a longer title",
    ]


def test_query_command_prints_a_table_without_json(built_dir: Path) -> None:
    result = CliRunner().invoke(
        app, ["query", "prior-works", fx.QLORA, fx.LLAMA2, "top=1", "--data-dir", str(built_dir)]
    )
    first, second = result.output.splitlines()[:2]
    assert (first.split(), second.split()[0], second.split()[-3:]) == (
        ["paper", "count", "of"],
        fx.LLAMA,
        ["2", f"{fx.QLORA},", fx.LLAMA2],
    )


def test_list_families_counts_papers_not_methods(built_dir: Path) -> None:
    from paperkg.queries import list_families

    with NetworkXStore.open(built_dir) as store:
        sizes = {f.name: f.papers for f in list_families(store)}
    assert sizes == {"parameter-efficient fine-tuning": 2}


def test_family_list_command_prints_counts(built_dir: Path) -> None:
    result = CliRunner().invoke(app, ["family", "--list", "--data-dir", str(built_dir)])
    assert result.output.split() == ["2", "parameter-efficient", "fine-tuning", "(PEFT)"]


def test_an_unknown_option_is_named_in_the_error(graph: GraphStore) -> None:
    from paperkg.queries.registry import run_canned

    with pytest.raises(QueryError, match=r"got 1 plain arguments \(no option named 'k'\)"):
        run_canned(graph, "influential", ["k=3"])
