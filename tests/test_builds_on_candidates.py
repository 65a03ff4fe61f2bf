"""Builds-on candidates: stored in every store, queryable, and walked, ranked or drawn by nothing else."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import _query_graph as fx
from _falkordb_helpers import FalkorDBServer, falkordb_server  # noqa: F401 - the session's FalkorDB
from paperkg.cli import app
from paperkg.exceptions import QueryError
from paperkg.graph import BuildOptions, NetworkXStore, SQLiteStore, build_graph
from paperkg.graph.build import StageResult
from paperkg.graph.citations import run as run_citations
from paperkg.graph.stores.falkordb import FalkorDBStore
from paperkg.graph.stores.protocol import GraphStore
from paperkg.inference.builds_on import as_candidates
from paperkg.models import Edge, EdgeKind, Paper, Reference
from paperkg.queries import builds_on_candidates, influential, lineage, path, stats
from paperkg.queries.registry import run_canned
from paperkg.viz.select import select_view

BACKENDS = ["networkx", "sqlite", pytest.param("falkordb", marks=pytest.mark.server)]
C = EdgeKind.BUILDS_ON_CANDIDATE


def _candidates() -> list[Edge]:
    return [
        Edge(
            kind=C,
            source=fx.LLAMA2,
            target=fx.BERT,
            relation="compares",
            evidence="Unlike BERT-style encoders, Llama 2 is a decoder.",
            via="BERT",
            confidence=0.42,
            attrs={"basis": "compares; a later version is named too"},
        ),
        Edge(
            kind=C,
            source=fx.QLORA,
            target=fx.TRANSFORMER,
            relation="uses",
            evidence="Transformer-like models are quantised.",
            via="Transformer",
            confidence=0.31,
        ),
    ]


def _fill(store: GraphStore, with_candidates: bool = True) -> None:
    fx.fill(store)
    if with_candidates:
        store.upsert_edges(_candidates())


@pytest.fixture(scope="module", params=BACKENDS)
def graph(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    """The query fixture graph plus two candidates, in each backend."""
    if request.param == "sqlite":
        data_dir = tmp_path_factory.mktemp("sqlite-candidates")
        with SQLiteStore.open(data_dir, writable=True, create=True) as writer:
            _fill(writer)
        store: GraphStore = SQLiteStore.open(data_dir)
    elif request.param == "networkx":
        store = NetworkXStore.in_memory()
        _fill(store)
    else:
        server = request.getfixturevalue("falkordb_server")
        store = FalkorDBStore.connect(url=server.url, graph="test-candidates")
        store.clear()
        _fill(store)
    yield store
    store.close()


def _pairs(hops: list) -> list[tuple[str, str, str, float | None]]:  # type: ignore[type-arg]
    return [(h.source.id, h.target.id, h.kind, h.confidence) for h in hops]


def test_candidates_of_a_paper_both_ways(graph: GraphStore) -> None:
    assert _pairs(builds_on_candidates(graph, "2305.14314")) == [(fx.QLORA, fx.TRANSFORMER, C.value, 0.31)]
    assert _pairs(builds_on_candidates(graph, "1810.04805", direction="up")) == []
    assert _pairs(builds_on_candidates(graph, "1810.04805", direction="down")) == [
        (fx.LLAMA2, fx.BERT, C.value, 0.42)
    ]


def test_a_candidate_keeps_its_sentence_and_relation(graph: GraphStore) -> None:
    (hop,) = builds_on_candidates(graph, "2307.09288")
    assert (hop.relation, hop.via, hop.evidence) == (
        "compares",
        "BERT",
        "Unlike BERT-style encoders, Llama 2 is a decoder.",
    )


def test_the_canned_query_runs_by_name(graph: GraphStore) -> None:
    hops = run_canned(graph, "builds-on-candidates", ["1706.03762", "direction=down"])
    assert _pairs(hops) == [(fx.QLORA, fx.TRANSFORMER, C.value, 0.31)]


def test_a_direction_other_than_up_down_both_is_refused(graph: GraphStore) -> None:
    with pytest.raises(QueryError, match="direction"):
        builds_on_candidates(graph, "2305.14314", direction="sideways")


def test_lineage_does_not_walk_candidates_unless_asked(graph: GraphStore) -> None:
    plain = lineage(graph, "2307.09288", direction="up", depth=1)
    assert [h.target.id for h in plain.hops] == [fx.LLAMA]
    asked = lineage(graph, "2307.09288", direction="up", depth=1, kinds=[EdgeKind.BUILDS_ON, C])
    assert [(h.target.id, h.kind) for h in asked.hops] == [(fx.BERT, C.value), (fx.LLAMA, "BUILDS_ON")]


def test_paths_do_not_walk_candidates(graph: GraphStore) -> None:
    # Llama 2 -> BERT is a candidate only: the shortest path goes round it.
    found = path(graph, "2307.09288", "1810.04805", directed=True)
    assert found.found
    assert C.value not in [h.kind for h in found.hops]
    assert len(found.hops) == 2


def test_stats_count_candidates_apart(graph: GraphStore) -> None:
    counts = stats(graph).edges
    assert (counts[C.value], counts["BUILDS_ON"]) == (2, 7)


def test_pagerank_ignores_candidates(graph: GraphStore) -> None:
    plain = NetworkXStore.in_memory()
    _fill(plain, with_candidates=False)
    expected = [(i.paper.id, round(i.score, 6)) for i in influential(plain, top=8)]
    assert [(i.paper.id, round(i.score, 6)) for i in influential(graph, top=8)] == expected


def test_the_view_leaves_candidates_out_unless_named() -> None:
    store = NetworkXStore.in_memory()
    _fill(store)
    default = select_view(store)
    assert C.value not in {k for _, _, k in default.graph.edges(keys=True)}
    asked = select_view(store, kinds="builds_on,candidates")
    assert sorted((u, v) for u, v, k in asked.graph.edges(keys=True) if k == C.value) == [
        (fx.QLORA, fx.TRANSFORMER),
        (fx.LLAMA2, fx.BERT),
    ]


# -- the build writes them -------------------------------------------------------------


def _corpus() -> list[Paper]:
    """A paper introduces SPLADE; a later one names it only beside its later version (unsure)."""
    return [
        Paper(
            title="SPLADE: Sparse Lexical and Expansion Model for First Stage Ranking",
            abstract="We introduce SPLADE, a sparse retrieval model.",
            published="2021-07-12",
            date_precision="day",
            year=2021,
        ),
        Paper(
            title="Efficient sparse retrieval",
            # (not "SPLADE and its later version SPLADE v2", a pair of which both are used)
            abstract="We build on SPLADE v2, the later version of SPLADE, to speed up retrieval.",
            published="2022-03-01",
            date_precision="day",
            year=2022,
        ),
    ]


def test_as_candidates_keeps_one_edge_per_pair_and_skips_drawn_ones() -> None:
    unsure = [
        Edge(kind=EdgeKind.BUILDS_ON, source="a", target="b", confidence=0.3, evidence="one"),
        Edge(kind=EdgeKind.BUILDS_ON, source="a", target="b", confidence=0.4, evidence="two"),
        Edge(kind=EdgeKind.BUILDS_ON, source="c", target="b", confidence=0.2),
    ]
    out = as_candidates(unsure, drawn={("c", "b")})
    assert [(e.kind, e.source, e.target, e.evidence) for e in out] == [(C, "a", "b", "two")]


def _stage(edges: list[Edge], candidates: list[Edge]) -> StageResult:
    return StageResult(name="inference", edges=edges, candidates=candidates)


def _papers_with_refs() -> dict[str, Paper]:
    old = Paper(arxiv_id="2101.00001", title="Old method", published="2021-01-05", date_precision="day", year=2021)
    mid = Paper(arxiv_id="2102.00001", title="Middle method", published="2021-02-05", date_precision="day", year=2021)
    new = Paper(
        arxiv_id="2201.00001",
        title="New method",
        published="2022-01-05",
        date_precision="day",
        year=2022,
        references=[Reference(arxiv_id="2101.00001", intents=["methodology"], is_influential=True)],
    )
    return {p.id: p for p in (old, mid, new)}


def test_citations_promote_a_candidate_and_demote_a_refuted_edge() -> None:
    papers = _papers_with_refs()
    old, mid, new = list(papers)
    unsure = Edge(kind=EdgeKind.BUILDS_ON, source=new, target=old, relation="uses", confidence=0.4)
    drawn = Edge(kind=EdgeKind.BUILDS_ON, source=new, target=mid, relation="uses", confidence=0.7)
    done = {"inference": _stage([drawn], [unsure])}
    result = run_citations(list(papers.values()), BuildOptions(), _NullProgress(), done)
    kinds = {(e.kind, e.source, e.target) for e in result.edges if e.kind in (EdgeKind.BUILDS_ON, C)}
    # the cited candidate is drawn; the edge the complete list leaves out becomes a candidate
    assert kinds == {(EdgeKind.BUILDS_ON, new, old), (C, new, mid)}
    assert C in result.replaces


class _NullProgress:
    def task(self, *args: object, **kwargs: object) -> _NullProgress:
        return self

    def advance(self, n: int = 1) -> None:
        return None

    def close(self) -> None:
        return None


def test_a_build_stores_what_inference_held_back(tmp_path: Path) -> None:
    source = tmp_path / "papers.jsonl"
    source.write_text(
        "\n".join(p.model_dump_json(include={"title", "abstract", "published"}) for p in _corpus()) + "\n"
    )
    store = NetworkXStore.in_memory()
    report = build_graph([source], store, BuildOptions(similarity=False))
    inference = next(s for s in report.stages if s.name == "inference")
    stored = list(store.edges([C]))
    assert len(stored) == inference.summary["builds_on_candidates"] == 1
    assert stored[0].via == "SPLADE"
    assert list(store.edges([EdgeKind.BUILDS_ON])) == []


def test_cli_lineage_and_show_mark_candidates(tmp_path: Path) -> None:
    source = tmp_path / "papers.jsonl"
    source.write_text(
        "\n".join(p.model_dump_json(include={"title", "abstract", "published"}) for p in _corpus()) + "\n"
    )
    runner = CliRunner()
    data = str(tmp_path / "data")
    built = runner.invoke(app, ["build", str(source), "--no-similarity", "--data-dir", data])
    assert built.exit_code == 0, built.output
    assert "1 more too unsure to draw, stored as candidates" in built.output
    plain = runner.invoke(app, ["lineage", "Efficient sparse retrieval", "--data-dir", data])
    assert "nothing it builds on" in plain.output
    asked = runner.invoke(app, ["lineage", "Efficient sparse retrieval", "--candidates", "--data-dir", data])
    assert "candidate (not drawn): BUILDS_ON" in asked.output
    shown = runner.invoke(app, ["show", "Efficient sparse retrieval", "--data-dir", data])
    assert "candidate  may build on" in shown.output
    assert "We build on SPLADE" in shown.output
