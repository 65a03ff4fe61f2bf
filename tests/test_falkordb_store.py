"""The FalkorDB store against a real server: round trips, idempotence, read-only reads, failures."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import _query_graph as fx
from _falkordb_helpers import FalkorDBServer, falkordb_server  # noqa: F401 - the session's FalkorDB
from paperkg.cli import app
from paperkg.exceptions import QueryError, ServerError, StoreError
from paperkg.graph import NetworkXStore, open_store
from paperkg.graph.stores.falkordb import FalkorDBStore
from paperkg.models import Edge, EdgeKind, Paper

pytestmark = pytest.mark.server


@pytest.fixture
def store(falkordb_server: FalkorDBServer, request: pytest.FixtureRequest) -> Iterator[FalkorDBStore]:  # noqa: F811
    """An empty FalkorDB graph named after the test."""
    handle = FalkorDBStore.connect(url=falkordb_server.url, graph=f"t-{request.node.name[:40]}", batch_size=4)
    handle.clear()
    yield handle
    handle.close()


@pytest.fixture
def reference() -> NetworkXStore:
    """The fixture graph in the reference store."""
    handle = NetworkXStore.in_memory()
    fx.fill(handle)
    return handle


def _dump(models: object) -> list[str]:
    return sorted(m.model_dump_json() for m in models)  # type: ignore[attr-defined]


def test_papers_round_trip(store: FalkorDBStore, reference: NetworkXStore) -> None:
    fx.fill(store)
    assert _dump(store.papers()) == _dump(reference.papers())


def test_entities_round_trip(store: FalkorDBStore, reference: NetworkXStore) -> None:
    fx.fill(store)
    assert _dump(store.entities()) == _dump(reference.entities())


def test_edges_round_trip(store: FalkorDBStore, reference: NetworkXStore) -> None:
    fx.fill(store)
    assert _dump(store.edges()) == _dump(reference.edges())


def test_edges_of_one_kind(store: FalkorDBStore) -> None:
    fx.fill(store)
    assert {e.kind for e in store.edges([EdgeKind.SAME_FAMILY])} == {EdgeKind.SAME_FAMILY}


def test_entities_of_one_kind(store: FalkorDBStore) -> None:
    fx.fill(store)
    assert sorted(e.id for e in store.entities("dataset")) == ["dataset:gsm8k", "dataset:mmlu"]


def test_writing_twice_changes_nothing(store: FalkorDBStore, reference: NetworkXStore) -> None:
    fx.fill(store)
    fx.fill(store)
    assert store.counts() == reference.counts()


def test_upsert_replaces_a_paper(store: FalkorDBStore) -> None:
    store.upsert_papers([Paper(arxiv_id="2302.13971", title="Old", authors=["A"])])
    store.upsert_papers([Paper(arxiv_id="2302.13971", title="New")])
    paper = store.get_paper(fx.LLAMA)
    assert (paper.title, paper.authors) == ("New", []) if paper else paper


def test_a_paper_replaces_its_external_node(store: FalkorDBStore) -> None:
    store.upsert_external([{"id": fx.EXTERNAL, "label": "unresolved"}])
    store.upsert_papers([Paper(arxiv_id="1409.0473", title="Neural Machine Translation")])
    assert store.counts()["nodes"] == {"paper": 1}


def test_a_cypher_looking_title_is_stored_as_a_string(store: FalkorDBStore) -> None:
    fx.fill(store)
    paper = store.get_paper(fx.hostile_id())
    assert paper is not None and paper.title == fx.HOSTILE_TITLE


def test_a_cypher_looking_title_deletes_nothing(store: FalkorDBStore, reference: NetworkXStore) -> None:
    fx.fill(store)
    store.upsert_papers([Paper(title=fx.HOSTILE_TITLE, abstract="again")])
    assert store.counts()["edges"] == reference.counts()["edges"]


def test_get_missing_paper_is_none(store: FalkorDBStore) -> None:
    assert store.get_paper("arxiv:0000.00000") is None


def test_edge_to_an_unknown_node_is_refused(store: FalkorDBStore) -> None:
    store.upsert_papers([Paper(arxiv_id="2302.13971", title="LLaMA")])
    with pytest.raises(StoreError, match="refer to nodes"):
        store.upsert_edges([Edge(kind=EdgeKind.CITES, source=fx.LLAMA, target="arxiv:0000.00000")])


def test_delete_edges_of_a_kind(store: FalkorDBStore) -> None:
    fx.fill(store)
    assert store.delete_edges([EdgeKind.CITES, EdgeKind.SIMILAR_TO]) == 10


def test_delete_entities_keeps_papers(store: FalkorDBStore) -> None:
    fx.fill(store)
    store.delete_entities()
    assert store.counts()["nodes"] == {"external": 1, "paper": 8}


def test_delete_nodes_counts_only_present_ones(store: FalkorDBStore) -> None:
    fx.fill(store)
    assert store.delete_nodes([fx.ADAM, "arxiv:0000.00000"]) == 1


def test_clear_keeps_metadata(store: FalkorDBStore) -> None:
    fx.fill(store)
    store.set_meta({"last_build": {"papers": 8}})
    store.clear()
    assert (store.counts(), store.get_meta()) == ({"nodes": {}, "edges": {}}, {"last_build": {"papers": 8}})


def test_reads_refuse_writes(store: FalkorDBStore) -> None:
    with pytest.raises(QueryError, match="FalkorDB rejected"):
        store.run("CREATE (:Node {id: 'x'})")


def test_schema_has_the_unique_id_constraint(store: FalkorDBStore) -> None:
    rows = store.run("CALL db.constraints() YIELD type, label, properties RETURN type, label, properties")
    assert {"type": "UNIQUE", "label": "Node", "properties": ["id"]} in rows


def test_connecting_twice_keeps_the_schema(store: FalkorDBStore, falkordb_server: FalkorDBServer) -> None:  # noqa: F811
    FalkorDBStore.connect(url=falkordb_server.url, graph=store.graph_name).close()
    rows = store.run("CALL db.indexes() YIELD label, properties RETURN label, properties")
    assert sorted(p for r in rows for p in r["properties"]) == ["id", "kind"]


def test_open_store_reads_the_environment(
    falkordb_server: FalkorDBServer,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FALKORDB_URL", falkordb_server.url)
    monkeypatch.setenv("FALKORDB_GRAPH", "t-env")
    store = open_store("falkordb")
    store.close()  # its socket, else a ResourceWarning surfaces in whichever later test collects it
    assert (store.name, getattr(store, "graph_name", None)) == ("falkordb", "t-env")


def test_a_server_that_is_down_raises_server_error() -> None:
    with pytest.raises(ServerError, match="not reachable"):
        FalkorDBStore.connect(url="redis://127.0.0.1:1")


def test_cli_with_the_server_down_prints_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FALKORDB_URL", "redis://127.0.0.1:1")
    result = CliRunner().invoke(app, ["stats", "--store", "falkordb"])
    assert (result.exit_code, result.output.count("\n"), "Traceback" in result.output) == (1, 1, False)


def test_cli_builds_the_seed_corpus_into_falkordb(
    falkordb_server: FalkorDBServer,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FALKORDB_URL", falkordb_server.url)
    monkeypatch.setenv("FALKORDB_GRAPH", "t-cli-build")
    result = CliRunner().invoke(
        app, ["build", "examples/", "--no-similarity", "--store", "falkordb", "--json"]
    )
    assert result.exit_code == 0, result.output


def _big_graph(n: int) -> tuple[list[Paper], list[Edge]]:
    papers = [Paper(arxiv_id=f"2301.{i:05d}", title=f"Paper {i}", abstract="x" * 200) for i in range(n)]
    edges = [
        Edge(kind=EdgeKind.BUILDS_ON, source=papers[i].id, target=papers[j].id, evidence="builds on")
        for i in range(1, n)
        for j in {i - 1, i // 2}
    ]
    return papers, edges


def _load(store: FalkorDBStore, papers: list[Paper], edges: list[Edge]) -> None:
    store.upsert_papers(papers)
    store.upsert_edges(edges)


def test_a_load_killed_midway_converges_when_run_again(tmp_path_factory: pytest.TempPathFactory) -> None:
    server = FalkorDBServer(tmp_path_factory.mktemp("falkordb-kill"), persist=True)
    server.start()
    try:
        papers, edges = _big_graph(4000)
        expected = {"nodes": {"paper": len(papers)}, "edges": {"BUILDS_ON": len(edges)}}
        store = FalkorDBStore.connect(url=server.url, graph="kill", batch_size=100)
        # Kill the server after the tenth write batch, not after a wall-clock delay: on a fast or
        # a busy machine a timer fired after the load had finished, or before it had begun.
        run = store.run
        writes = 0

        def run_then_kill(query: str, params: dict[str, Any] | None = None, *, write: bool = False) -> Any:
            nonlocal writes
            writes += write
            if writes == 11:
                server.kill()
            return run(query, params, write=write)

        store.run = run_then_kill  # type: ignore[method-assign]
        with pytest.raises(ServerError, match="lost FalkorDB"):
            _load(store, papers, edges)
        store.close()  # its pooled socket to the killed server, else left to the GC to warn about
        server.start()  # replays the committed batches from the AOF
        store = FalkorDBStore.connect(url=server.url, graph="kill", batch_size=100)
        partial = store.counts()
        _load(store, papers, edges)
        counts = store.counts()
        store.close()
        assert (partial != expected, counts) == (True, expected)
    finally:
        server.stop()


# -- cypher and push commands -------------------------------------------------------------


@pytest.fixture
def built_dir(tmp_path: Path) -> Path:
    """A data directory holding the fixture graph."""
    with NetworkXStore.open(tmp_path / "data", writable=True, create=True) as handle:
        fx.fill(handle)
    return tmp_path / "data"


def _push(server: FalkorDBServer, data_dir: Path, graph: str, *extra: str) -> dict[str, dict[str, int]]:
    args = ["push", "--to", "falkordb", "--url", server.url, "--graph", graph, "--data-dir", str(data_dir)]
    result = CliRunner().invoke(app, [*args, "--json", *extra], catch_exceptions=False)
    counts: dict[str, dict[str, int]] = json.loads(result.output)
    return counts


def test_push_copies_the_embedded_store(
    falkordb_server: FalkorDBServer,  # noqa: F811
    built_dir: Path,
    reference: NetworkXStore,
) -> None:
    assert _push(falkordb_server, built_dir, "t-push", "--replace") == reference.counts()


def test_pushing_twice_changes_nothing(
    falkordb_server: FalkorDBServer,  # noqa: F811
    built_dir: Path,
) -> None:
    _push(falkordb_server, built_dir, "t-push-twice", "--replace")
    server = FalkorDBStore.connect(url=falkordb_server.url, graph="t-push-twice")
    before = sorted(e.model_dump_json() for e in server.edges())
    _push(falkordb_server, built_dir, "t-push-twice")
    after = sorted(e.model_dump_json() for e in server.edges())
    server.close()
    assert after == before


def test_cypher_command_reads_with_parameters(
    falkordb_server: FalkorDBServer,  # noqa: F811
    built_dir: Path,
) -> None:
    _push(falkordb_server, built_dir, "t-cypher", "--replace")
    args = ["cypher", "MATCH (n:Node {id: $id}) RETURN n.title AS title", "--param", f"id={fx.hostile_id()}"]
    result = CliRunner().invoke(app, [*args, "--url", falkordb_server.url, "--graph", "t-cypher"])
    assert json.loads(result.output) == [{"title": fx.HOSTILE_TITLE}]


def test_cypher_command_is_read_only_without_write(
    falkordb_server: FalkorDBServer,  # noqa: F811
) -> None:
    args = ["cypher", "CREATE (:Node {id: 'x'})", "--url", falkordb_server.url, "--graph", "t-cypher-ro"]
    result = CliRunner().invoke(app, args)
    assert (result.exit_code, "FalkorDB rejected" in result.output) == (1, True)


def test_cypher_command_writes_with_write(
    falkordb_server: FalkorDBServer,  # noqa: F811
) -> None:
    base = ["--url", falkordb_server.url, "--graph", "t-cypher-rw"]
    CliRunner().invoke(app, ["cypher", "CREATE (:Scratch {id: 'x'})", "--write", *base])
    result = CliRunner().invoke(app, ["cypher", "MATCH (s:Scratch) RETURN count(s) AS n", *base])
    assert json.loads(result.output) == [{"n": 1}]


def test_cypher_command_needs_a_server() -> None:
    result = CliRunner().invoke(app, ["cypher", "RETURN 1", "--store", "networkx"])
    assert (result.exit_code, "needs a graph server" in result.output) == (1, True)


def test_query_command_on_falkordb(
    falkordb_server: FalkorDBServer,  # noqa: F811
    built_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _push(falkordb_server, built_dir, "t-query", "--replace")
    monkeypatch.setenv("FALKORDB_URL", falkordb_server.url)
    monkeypatch.setenv("FALKORDB_GRAPH", "t-query")
    result = CliRunner().invoke(app, ["query", "path", fx.BERT, fx.LLAMA, "--store", "falkordb", "--json"])
    assert [h["source"]["id"] for h in json.loads(result.output)["hops"]] == [fx.BERT, fx.LLAMA]


def test_vector_index_finds_the_nearest_paper(store: FalkorDBStore) -> None:
    store.upsert_papers([Paper(arxiv_id=f"2301.0000{i}", title=f"P{i}") for i in range(3)])
    store.create_vector_index(3)
    store.create_vector_index(3)  # idempotent
    store.upsert_embeddings(
        {"arxiv:2301.00000": [1, 0, 0], "arxiv:2301.00001": [0, 1, 0], "arxiv:2301.00002": [0.9, 0.2, 0]}
    )
    assert [pid for pid, _ in store.nearest([0.1, 1, 0], k=2)] == ["arxiv:2301.00001", "arxiv:2301.00002"]


def test_a_vector_index_answers_as_soon_as_it_is_made_over_stored_vectors(store: FalkorDBStore) -> None:
    # FalkorDB builds an index in the background: over 2,000 stored vectors, a query right after the
    # CREATE was refused ("Invalid arguments for procedure 'db.idx.vector.queryNodes'"), and under a
    # loaded machine now and then over three
    rng = random.Random(0)
    ids = [f"2301.{i:05d}" for i in range(2000)]
    store.batch_size = 1000
    store.upsert_papers([Paper(arxiv_id=i, title=i) for i in ids])
    vectors = {f"arxiv:{i}": [rng.gauss(0, 1) for _ in range(16)] for i in ids}
    store.upsert_embeddings(vectors)
    store.create_vector_index(16)
    assert "arxiv:2301.00007" in [pid for pid, _ in store.nearest(vectors["arxiv:2301.00007"], k=3)]


def test_a_vector_index_never_built_is_an_error_that_says_so(
    store: FalkorDBStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.upsert_papers([Paper(arxiv_id="2301.00000", title="P0")])
    store.create_vector_index(3)
    monkeypatch.setattr(store, "_vector_index_status", lambda: "UNDER CONSTRUCTION")
    with pytest.raises(ServerError, match="still building the vector index"):
        store.create_vector_index(3, wait=0.05)


def test_a_cleared_graph_written_again_finds_its_nearest_papers(store: FalkorDBStore) -> None:
    # FalkorDB's vector index kept the cleared papers: the same ids written again were found in
    # fewer of the k places (one, then none, as the graph was cleared again)
    vectors = {
        "arxiv:2301.00000": [1, 0, 0],
        "arxiv:2301.00001": [0, 1, 0],
        "arxiv:2301.00002": [0.9, 0.2, 0],
    }
    for _ in range(3):
        store.clear()
        store.upsert_papers([Paper(arxiv_id=f"2301.0000{i}", title=f"P{i}") for i in range(3)])
        store.create_vector_index(3)
        store.upsert_embeddings(vectors)
        assert [pid for pid, _ in store.nearest([0.1, 1, 0], k=2)] == ["arxiv:2301.00001", "arxiv:2301.00002"]


def test_papers_read_back_without_their_embedding(store: FalkorDBStore) -> None:
    paper = Paper(arxiv_id="2301.00000", title="P0")
    store.upsert_papers([paper])
    store.upsert_embeddings({paper.id: [1.0, 0.0]})
    assert store.get_paper(paper.id) == paper


@pytest.mark.parametrize(
    "statement",
    [
        "LOAD CSV FROM 'https://example.org/x.csv' AS row RETURN row",
        "load  csv with headers from 'file:///etc/passwd' AS row RETURN row",
    ],
)
def test_a_read_only_run_refuses_load_csv(store: FalkorDBStore, statement: str) -> None:
    # Issue 17 item 8: ro_query still let the server open an outbound connection.
    with pytest.raises(QueryError, match=r"reaches outside the graph .*pass --write if you mean it"):
        store.run(statement)


def _cli(server: FalkorDBServer, graph: str, *args: str) -> None:
    result = CliRunner().invoke(
        app, [*args, "--store", "falkordb", "--json"], env={"FALKORDB_URL": server.url, "FALKORDB_GRAPH": graph}
    )
    assert result.exit_code == 0, result.output


def _external_ids(server: FalkorDBServer, graph: str) -> list[str]:
    with FalkorDBStore.connect(url=server.url, graph=graph) as handle:
        return sorted(handle.node_ids_of_kind("external"))


def test_an_add_drops_the_external_nodes_a_full_build_would_not_make(
    falkordb_server: FalkorDBServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    data = Path(__file__).resolve().parent / "data"
    sources = [str(data / "arxiv-snapshot.jsonl"), str(data / "s2-paper.json")]
    # the paper behind one of the S2 record's two unresolved references
    attention = tmp_path / "attention.jsonl"
    attention.write_text(
        json.dumps({"arxiv_id": "1706.03762", "title": "Attention Is All You Need", "published": "2017-06-12"})
        + "\n",
        encoding="utf-8",
    )
    build = ["--no-infer", "--no-similarity", "--keep-external-refs"]
    for graph in ("t-ext-added", "t-ext-full"):
        with FalkorDBStore.connect(url=falkordb_server.url, graph=graph) as handle:
            handle.clear()
    _cli(falkordb_server, "t-ext-added", "build", *sources, *build)
    before = _external_ids(falkordb_server, "t-ext-added")
    assert len(before) == 2
    _cli(falkordb_server, "t-ext-added", "add", str(attention))
    _cli(falkordb_server, "t-ext-full", "build", *sources, str(attention), *build)
    after, full = _external_ids(falkordb_server, "t-ext-added"), _external_ids(falkordb_server, "t-ext-full")
    assert len(after) == 1 and after == full
    _cli(falkordb_server, "t-ext-added", "add", str(data / "zotero.bib"), "--no-external-refs")
    assert _external_ids(falkordb_server, "t-ext-added") == []
