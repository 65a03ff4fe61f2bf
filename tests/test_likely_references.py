"""likely_references: earlier papers only, linked ones first, hybrid-ranked; the same on every store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests._similarity_helpers import fake_encoder
from tests.conftest import EXAMPLES
from typer.testing import CliRunner

from _falkordb_helpers import falkordb_server  # noqa: F401 - the session's FalkorDB
from paperkg.cli import app
from paperkg.graph import BuildOptions, NetworkXStore, SQLiteStore, build_graph
from paperkg.graph.stores.falkordb import FalkorDBStore
from paperkg.graph.stores.protocol import GraphStore
from paperkg.loaders import LoadOptions
from paperkg.models import Edge, EdgeKind, Paper
from paperkg.queries import likely_references
from paperkg.queries.references import date_span, not_later
from paperkg.queries.registry import run_canned
from paperkg.similarity import pipeline

BACKENDS = ["networkx", "sqlite", pytest.param("falkordb", marks=pytest.mark.server)]


def _paper(arxiv_id: str, title: str, published: str | None) -> Paper:
    if published is None:  # no arXiv id either: its date would follow from it
        return Paper(title=title, abstract=f"{title}.")
    return Paper(
        arxiv_id=arxiv_id,
        title=title,
        abstract=f"{title}.",
        published=published,
        date_precision="day" if len(published) == 10 else "month" if len(published) == 7 else "year",
        year=int(published[:4]),
    )


A, B, C, D, E, S = (
    f"arxiv:{n}" for n in ("1701.00001", "1801.00001", "2101.00001", "2305.00001", "2401.00001", "2305.00002")
)


def _papers() -> list[Paper]:
    return [
        _paper("1701.00001", "Alpha", "2017-01-05"),
        _paper("1801.00001", "Beta", "2018"),
        _paper("2101.00001", "Gamma", "2021-01"),
        _paper("2305.00001", "Delta", "2023-05-10"),
        _paper("2401.00001", "Epsilon", "2024-01-02"),
        _paper("", "Undated", None),
        _paper("2305.00002", "Same month", "2023-05"),
    ]


U = next(p.id for p in _papers() if p.title == "Undated")


def _similar(source: str, target: str, score: float, rank: int | None, **extra: int) -> Edge:
    return Edge(kind=EdgeKind.SIMILAR_TO, source=source, target=target, score=score, rank=rank, attrs=extra)


def _edges() -> list[Edge]:
    return [
        Edge(kind=EdgeKind.BUILDS_ON, source=D, target=C, confidence=0.9),
        Edge(kind=EdgeKind.CITES, source=D, target=A),
        Edge(kind=EdgeKind.CITES, source=D, target=E),  # later than D: never a likely reference
        _similar(D, A, 1.0, None, earlier_rank=3),
        _similar(D, B, 2.0, 2, earlier_rank=1),
        _similar(D, S, 1.5, 3, earlier_rank=2),
        _similar(D, E, 5.0, 1),
        _similar(D, U, 3.0, 4, undated_rank=1),
    ]


@pytest.fixture(scope="module", params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    """The hand-made graph in each backend."""
    if request.param == "networkx":
        handle: GraphStore = NetworkXStore.in_memory()
    elif request.param == "sqlite":
        data_dir = tmp_path_factory.mktemp("likely-sqlite")
        with SQLiteStore.open(data_dir, writable=True, create=True) as writer:
            writer.upsert_papers(_papers())
            writer.upsert_edges(_edges())
        handle = SQLiteStore.open(data_dir)
        yield handle
        handle.close()
        return
    else:
        server = request.getfixturevalue("falkordb_server")
        handle = FalkorDBStore.connect(url=server.url, graph="test-likely-references")
        handle.clear()
    handle.upsert_papers(_papers())
    handle.upsert_edges(_edges())
    yield handle
    handle.close()


def _ids(store: GraphStore, **options: object) -> list[str]:
    return [r.id for r in likely_references(store, D, **options)]  # type: ignore[arg-type]


def test_linked_papers_come_first_then_the_earlier_neighbours(store: GraphStore) -> None:
    assert _ids(store) == [A, C, B, S]


def test_a_later_paper_is_never_a_likely_reference(store: GraphStore) -> None:
    assert E not in _ids(store, include_undated=True)


def test_undated_papers_only_when_asked(store: GraphStore) -> None:
    assert _ids(store, include_undated=True) == [A, C, U, B, S]


def test_k_cuts_the_list(store: GraphStore) -> None:
    assert _ids(store, k=2) == [A, C]


def test_rows_carry_id_label_year_score(store: GraphStore) -> None:
    first = likely_references(store, D)[2]
    assert (first.id, first.label, first.year, first.score, first.rank) == (B, "Beta", 2018, 2.0, 3)


def test_a_linked_row_names_its_links(store: GraphStore) -> None:
    assert likely_references(store, D)[1].linked == ["BUILDS_ON"]


def test_the_oldest_paper_has_no_likely_reference(store: GraphStore) -> None:
    assert likely_references(store, A) == []


def test_the_canned_query_takes_k_and_include_undated(store: GraphStore) -> None:
    rows = run_canned(store, "likely_references", [D, "k=3", "include_undated=true"])
    assert [r.id for r in rows] == [A, C, U]


@pytest.mark.parametrize(
    ("candidate", "root", "expected"),
    [
        (("2023-05", 2023, "month"), ("2023-05-10", 2023, "day"), True),
        (("2023", 2023, "year"), ("2023-01-01", 2023, "day"), True),
        (("2024-01-02", 2024, "day"), ("2023", 2023, "year"), False),
        ((None, None, "unknown"), ("2023", 2023, "year"), None),
    ],
)
def test_not_later_compares_date_spans(
    candidate: tuple[str | None, int | None, str],
    root: tuple[str | None, int | None, str],
    expected: bool | None,
) -> None:
    assert not_later(date_span(*candidate), date_span(*root)) is expected


# -- a real build: the stage's earlier ranks, and parity between stores ----------------------


def _options(data_dir: Path) -> BuildOptions:
    return BuildOptions(load=LoadOptions(year=2025), citations=False, data_dir=data_dir)


@pytest.fixture(scope="module")
def seed_networkx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[NetworkXStore, Path]]:
    """The seed corpus built with the bag-of-words stand-in model."""
    data_dir = tmp_path_factory.mktemp("likely") / "data"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "load_any_encoder", lambda *args, **kwargs: fake_encoder())
        store = NetworkXStore.open(data_dir, writable=True, create=True)
        build_graph([EXAMPLES], store, _options(data_dir))
    yield store, data_dir
    store.close()


def test_the_build_ranks_earlier_neighbours_of_every_dated_paper(
    seed_networkx: tuple[NetworkXStore, Path],
) -> None:
    store, _ = seed_networkx
    dated = {p.id for p in store.papers() if p.year is not None}
    ranked = {e.source for e in store.edges([EdgeKind.SIMILAR_TO]) if "earlier_rank" in e.attrs}
    oldest = min((p for p in store.papers() if p.year), key=lambda p: p.published or "")
    assert dated - ranked == {oldest.id}


def test_earlier_ranked_neighbours_are_never_later(seed_networkx: tuple[NetworkXStore, Path]) -> None:
    store, _ = seed_networkx
    papers = {p.id: p for p in store.papers()}
    spans = {pid: date_span(p.published, p.year, p.date_precision) for pid, p in papers.items()}
    later = [
        (e.source, e.target)
        for e in store.edges([EdgeKind.SIMILAR_TO])
        if "earlier_rank" in e.attrs and not not_later(spans[e.target], spans[e.source])
    ]
    assert later == []


def test_cli_similar_earlier_prints_json_rows(seed_networkx: tuple[NetworkXStore, Path]) -> None:
    store, data_dir = seed_networkx
    store.save()
    result = CliRunner().invoke(
        app, ["similar", "2109.10086", "--earlier", "-k", "3", "--json", "--data-dir", str(data_dir)]
    )
    rows = json.loads(result.output)
    assert (len(rows), sorted(rows[0])) == (3, ["id", "label", "linked", "rank", "score", "undated", "year"])


def test_cli_similar_earlier_lists_splade_first_for_splade_v2(
    seed_networkx: tuple[NetworkXStore, Path],
) -> None:
    store, data_dir = seed_networkx
    store.save()
    result = CliRunner().invoke(app, ["similar", "2109.10086", "--earlier", "--data-dir", str(data_dir)])
    assert result.output.splitlines()[1].split()[3] == "arxiv:2107.05720"


@pytest.mark.server
def test_every_paper_gets_the_same_likely_references_on_falkordb(
    seed_networkx: tuple[NetworkXStore, Path],
    falkordb_server: object,  # noqa: F811
) -> None:
    reference, data_dir = seed_networkx
    server = FalkorDBStore.connect(url=falkordb_server.url, graph="test-likely-seed", batch_size=500)  # type: ignore[attr-defined]
    try:
        server.clear()
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(pipeline, "load_any_encoder", lambda *args, **kwargs: fake_encoder())
            build_graph([EXAMPLES], server, _options(data_dir))
        ids = sorted(p.id for p in reference.papers())
        for undated in (False, True):
            ours = [likely_references(server, pid, include_undated=undated) for pid in ids]
            theirs = [likely_references(reference, pid, include_undated=undated) for pid in ids]
            assert ours == theirs
    finally:
        server.close()


def test_every_paper_gets_the_same_likely_references_on_sqlite(
    seed_networkx: tuple[NetworkXStore, Path], tmp_path_factory: pytest.TempPathFactory
) -> None:
    reference, data_dir = seed_networkx
    sqlite_dir = tmp_path_factory.mktemp("likely-seed-sqlite")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "load_any_encoder", lambda *args, **kwargs: fake_encoder())
        with SQLiteStore.open(sqlite_dir, writable=True, create=True) as writer:
            build_graph([EXAMPLES], writer, _options(data_dir))
    with SQLiteStore.open(sqlite_dir) as store:
        ids = sorted(p.id for p in reference.papers())
        for undated in (False, True):
            ours = [likely_references(store, pid, include_undated=undated) for pid in ids]
            theirs = [likely_references(reference, pid, include_undated=undated) for pid in ids]
            assert ours == theirs
