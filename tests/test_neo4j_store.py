"""The Neo4j store: the exact statements and parameters it sends (driver mocked), and a live suite.

The live suite runs when NEO4J_URI (and NEO4J_PASSWORD...) point at a Neo4j 5+
server; it writes into the database NEO4J_DATABASE (default neo4j) and clears it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from neo4j import READ_ACCESS, WRITE_ACCESS
from neo4j.exceptions import AuthError, ClientError, ServiceUnavailable

import _query_graph as fx
from paperkg.exceptions import QueryError, ServerError
from paperkg.graph import NetworkXStore, open_store
from paperkg.graph.stores import cypher
from paperkg.graph.stores.neo4j import Neo4jStore
from paperkg.models import Paper
from paperkg.queries import lineage, path


class _Record:
    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def data(self) -> dict[str, Any]:
        return dict(self._data)


class FakeDriver:
    """Records every statement as (access mode, database, statement, parameters)."""

    def __init__(self, answers: dict[str, list[dict[str, Any]]] | None = None) -> None:
        self.calls: list[tuple[str, str, str, dict[str, Any]]] = []
        self.answers: dict[str, Any] = answers or {}
        self.closed = False
        self.fail_with: BaseException | None = None

    def verify_connectivity(self) -> None:
        if self.fail_with is not None:
            raise self.fail_with

    def session(self, *, database: str, default_access_mode: str) -> FakeSession:
        return FakeSession(self, database, default_access_mode)

    def close(self) -> None:
        self.closed = True


class FakeSession:
    def __init__(self, driver: FakeDriver, database: str, mode: str) -> None:
        self.driver, self.database, self.mode = driver, database, mode

    def __enter__(self) -> FakeSession:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def _work(self, mode: str, fn: Callable[..., Any], *args: Any) -> Any:
        return fn(FakeTx(self.driver, self.database, mode), *args)

    def execute_write(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self._work(WRITE_ACCESS, fn, *args)

    def execute_read(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self._work(READ_ACCESS, fn, *args)


class FakeTx:
    def __init__(self, driver: FakeDriver, database: str, mode: str) -> None:
        self.driver, self.database, self.mode = driver, database, mode

    def run(self, query: str, params: dict[str, Any]) -> list[_Record]:
        self.driver.calls.append((self.mode, self.database, query, params))
        answer = self.driver.answers.get(query)
        if isinstance(answer, BaseException):
            raise answer
        if callable(answer):
            return [_Record(r) for r in answer(params)]
        if "rows" in params and "written" in query:
            return [_Record({"written": len(params["rows"])})]
        return [_Record(r) for r in self.driver.answers.get(query, [])]


@pytest.fixture
def driver() -> FakeDriver:
    return FakeDriver()


@pytest.fixture
def store(driver: FakeDriver) -> Neo4jStore:
    handle = Neo4jStore.connect(uri="neo4j://example:7687", database="papers", batch_size=2, driver=driver)
    driver.calls.clear()
    return handle


def test_connect_creates_the_schema_idempotently(driver: FakeDriver) -> None:
    Neo4jStore.connect(uri="neo4j://example:7687", driver=driver)
    assert [c[2] for c in driver.calls] == [
        "CREATE CONSTRAINT paperkg_node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE",
        "CREATE INDEX paperkg_paper_kind IF NOT EXISTS FOR (n:Node) ON (n.kind)",
    ]


def test_schema_runs_in_write_transactions_on_the_named_database(driver: FakeDriver) -> None:
    Neo4jStore.connect(uri="neo4j://example:7687", database="papers", driver=driver)
    assert {(c[0], c[1]) for c in driver.calls} == {(WRITE_ACCESS, "papers")}


def test_database_defaults_to_neo4j(driver: FakeDriver, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEO4J_DATABASE", raising=False)
    assert Neo4jStore.connect(uri="neo4j://example:7687", driver=driver).database == "neo4j"


def test_upsert_papers_sends_unwind_batches(store: Neo4jStore, driver: FakeDriver) -> None:
    papers = fx.papers()[:5]
    store.upsert_papers(papers)
    writes = [c for c in driver.calls if c[0] == WRITE_ACCESS]
    assert [(c[2], [r["id"] for r in c[3]["rows"]]) for c in writes] == [
        (cypher.upsert_nodes_of("paper"), [p.id for p in papers[0:2]]),
        (cypher.upsert_nodes_of("paper"), [p.id for p in papers[2:4]]),
        (cypher.upsert_nodes_of("paper"), [p.id for p in papers[4:5]]),
    ]


def test_the_paper_statement_merges_on_the_id(store: Neo4jStore) -> None:
    assert cypher.upsert_nodes_of("paper") == (
        "UNWIND $rows AS row\nMERGE (n:Node:Paper {id: row.id})\nSET n = row.props\nRETURN count(n) AS written"
    )


def test_upsert_papers_sends_props_as_parameters(store: Neo4jStore, driver: FakeDriver) -> None:
    store.upsert_papers([Paper(title=fx.HOSTILE_TITLE, abstract="a", authors=["X"])])
    row = next(c[3]["rows"][0] for c in driver.calls if c[0] == WRITE_ACCESS)
    assert row["props"] == {
        "kind": "paper",
        "id": Paper(title=fx.HOSTILE_TITLE, abstract="a").id,
        "title": fx.HOSTILE_TITLE,
        "label": fx.HOSTILE_TITLE,
        "abstract": "a",
        "authors": ["X"],
        "n_authors": 1,
        "date_precision": "unknown",
    }


def test_upsert_edges_sends_one_statement_per_kind(store: Neo4jStore, driver: FakeDriver) -> None:
    store.upsert_edges([e for e in fx.edges() if e.kind.value in ("SAME_FAMILY", "SHARES_DATASET")])
    assert [(c[2], len(c[3]["rows"])) for c in driver.calls] == [
        (cypher.upsert_edges_of("SAME_FAMILY"), 1),
        (cypher.upsert_edges_of("SHARES_DATASET"), 2),
    ]


def test_edge_attrs_travel_as_json(store: Neo4jStore, driver: FakeDriver) -> None:
    store.upsert_edges([e for e in fx.edges() if e.kind.value == "CITES"][:1])
    assert driver.calls[0][3]["rows"][0]["props"] == {
        "relation": "background",
        "attrs": '{"is_influential": false}',
    }


def test_get_paper_reads_in_a_read_transaction(store: Neo4jStore, driver: FakeDriver) -> None:
    store.get_paper(fx.LLAMA)
    assert driver.calls == [(READ_ACCESS, "papers", cypher.GET_PAPER, {"id": fx.LLAMA})]


def test_get_paper_reads_back_json_fields(driver: FakeDriver) -> None:
    paper = fx.papers()[0]
    from paperkg.graph.stores.server import node_row

    driver.answers[cypher.GET_PAPER] = [{"props": node_row(paper)["props"]}]
    store = Neo4jStore.connect(uri="neo4j://example:7687", driver=driver)
    assert store.get_paper(paper.id) == paper


def test_lineage_sends_the_shared_statement(store: Neo4jStore, driver: FakeDriver) -> None:
    from paperkg.graph.stores.server import node_row

    driver.answers[cypher.GET_PAPER] = [{"props": node_row(fx.papers()[3])["props"]}]
    lineage(store, fx.QLORA, depth=1)
    assert driver.calls[-1] == (
        READ_ACCESS,
        "papers",
        cypher.LINEAGE_UP,
        {"ids": [fx.QLORA], "kinds": ["BUILDS_ON"]},
    )


def test_path_sends_one_breadth_first_level(store: Neo4jStore, driver: FakeDriver) -> None:
    from paperkg.graph.stores.server import node_row

    by_id = {p.id: {"props": node_row(p)["props"]} for p in fx.papers()}
    driver.answers[cypher.GET_PAPER] = lambda params: [by_id[params["id"]]]
    path(store, fx.BERT, fx.LLAMA, kinds=["BUILDS_ON"], max_hops=4)
    assert driver.calls[-1][2:] == (cypher.PATH_LEVEL_BOTH, {"ids": [fx.BERT], "kinds": ["BUILDS_ON"]})


def test_vector_index_statement(store: Neo4jStore, driver: FakeDriver) -> None:
    store.create_vector_index(384)
    assert driver.calls[-2][2] == (
        "CREATE VECTOR INDEX paperkg_paper_embedding IF NOT EXISTS FOR (n:Paper) ON (n.embedding) "
        "OPTIONS {indexConfig: {`vector.dimensions`: 384, `vector.similarity_function`: 'cosine'}}"
    )
    # the index is populated in the background: the store waits until it answers
    assert driver.calls[-1][2] == "CALL db.awaitIndex('paperkg_paper_embedding', 30)"


def test_write_run_uses_write_access(store: Neo4jStore, driver: FakeDriver) -> None:
    store.run("CREATE (:Scratch)", write=True)
    assert driver.calls[-1][0] == WRITE_ACCESS


def test_a_rejected_statement_raises_query_error(store: Neo4jStore, driver: FakeDriver) -> None:
    driver.answers["BAD"] = ClientError("Invalid input")
    with pytest.raises(QueryError, match="Neo4j rejected"):
        store.run("BAD")


def test_a_lost_server_raises_server_error(store: Neo4jStore, driver: FakeDriver) -> None:
    driver.answers["RETURN 1"] = ServiceUnavailable("gone")
    with pytest.raises(ServerError, match="lost Neo4j"):
        store.run("RETURN 1")


def test_refused_credentials_give_one_line_without_the_password(
    driver: FakeDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEO4J_PASSWORD", "s3cret-pw")
    driver.fail_with = AuthError("The client is unauthorized due to authentication failure.")
    with pytest.raises(ServerError) as caught:
        Neo4jStore.connect(uri="neo4j://example:7687", driver=driver)
    assert ("refused the credentials" in str(caught.value), "s3cret-pw" in str(caught.value)) == (True, False)


def test_an_unreachable_server_gives_server_error(driver: FakeDriver) -> None:
    driver.fail_with = ServiceUnavailable("Couldn't connect")
    with pytest.raises(ServerError, match="not reachable"):
        Neo4jStore.connect(uri="neo4j://example:7687", driver=driver)


def test_no_uri_gives_server_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEO4J_URI", raising=False)
    with pytest.raises(ServerError, match="NEO4J_URI"):
        open_store("neo4j")


def test_environment_configures_the_driver(monkeypatch: pytest.MonkeyPatch) -> None:
    import neo4j

    made: dict[str, Any] = {}

    def fake_driver(uri: str, auth: tuple[str, str]) -> FakeDriver:
        made.update(uri=uri, auth=auth)
        return FakeDriver()

    monkeypatch.setattr(neo4j.GraphDatabase, "driver", fake_driver)
    for name, value in {
        "NEO4J_URI": "neo4j+s://x.databases.neo4j.io",
        "NEO4J_USERNAME": "u",
        "NEO4J_PASSWORD": "p",
        "NEO4J_DATABASE": "db1",
    }.items():
        monkeypatch.setenv(name, value)
    store = open_store("neo4j")
    assert (made, getattr(store, "database", None)) == (
        {"uri": "neo4j+s://x.databases.neo4j.io", "auth": ("u", "p")},
        "db1",
    )


# -- live Neo4j ------------------------------------------------------------------------------


@pytest.mark.neo4j
@pytest.mark.skipif(
    not os.environ.get("NEO4J_URI"), reason="no live Neo4j: set NEO4J_URI (and NEO4J_PASSWORD)"
)
class TestLiveNeo4j:
    """The fixture graph on a real Neo4j answers like NetworkX."""

    @pytest.fixture(scope="class")
    def live(self) -> Iterator[tuple[NetworkXStore, Neo4jStore]]:
        server = Neo4jStore.connect(batch_size=3)
        server.clear()
        fx.fill(server)
        reference = NetworkXStore.in_memory()
        fx.fill(reference)
        yield reference, server
        server.clear()
        server.close()

    def test_counts(self, live: tuple[NetworkXStore, Neo4jStore]) -> None:
        reference, server = live
        assert server.counts() == reference.counts()

    def test_edges_round_trip(self, live: tuple[NetworkXStore, Neo4jStore]) -> None:
        reference, server = live
        assert sorted(e.model_dump_json() for e in server.edges()) == sorted(
            e.model_dump_json() for e in reference.edges()
        )

    def test_lineage(self, live: tuple[NetworkXStore, Neo4jStore]) -> None:
        reference, server = live
        assert lineage(server, fx.QLORA, depth=3) == lineage(reference, fx.QLORA, depth=3)

    def test_path(self, live: tuple[NetworkXStore, Neo4jStore]) -> None:
        reference, server = live
        assert path(server, fx.BERT, fx.LLAMA) == path(reference, fx.BERT, fx.LLAMA)

    def test_reads_refuse_writes(self, live: tuple[NetworkXStore, Neo4jStore]) -> None:
        _, server = live
        with pytest.raises(QueryError):
            server.run("CREATE (:Scratch)")


def test_embeddings_use_set_node_vector_property(store: Neo4jStore, driver: FakeDriver) -> None:
    store.upsert_embeddings({fx.LLAMA: [0.5, 1]})
    assert driver.calls[-1][2:] == (
        "UNWIND $rows AS row\nMATCH (n:Node {id: row.id})\nWHERE n:Paper\n"
        "CALL db.create.setNodeVectorProperty(n, 'embedding', row.vector)\nRETURN count(n) AS written",
        {"rows": [{"id": fx.LLAMA, "vector": [0.5, 1.0]}]},
    )
