"""The NetworkX reference on disk: round trip through the database, failed saves, the lock, version 1 files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from paperkg.exceptions import StoreCorrupt, StoreError, StoreLocked, StoreVersionError
from paperkg.graph import NetworkXStore
from paperkg.graph.stores.networkx import GRAPH_FILE, encode_record
from paperkg.graph.stores.sqlite import DB_FILE, SQLiteStore
from paperkg.models import Edge, EdgeKind, Method, Paper


def test_round_trip_keeps_every_field(store: NetworkXStore, data_dir: Path, tiny_papers: list[Paper]) -> None:
    store.upsert_papers(tiny_papers)
    store.upsert_entities([Method(name="LoRA", aliases=["low-rank adaptation"], families=["peft"])])
    store.upsert_edges(
        [
            Edge(
                kind=EdgeKind.BUILDS_ON,
                source=tiny_papers[1].id,
                target=tiny_papers[0].id,
                relation="extends",
                evidence="We build on LLaMA.",
                confidence=0.8,
                via="LLaMA",
            )
        ]
    )
    store.save()
    store.close()
    again = NetworkXStore.open(data_dir)
    assert [p.model_dump() for p in again.papers()] == [p.model_dump() for p in tiny_papers]


def test_round_trip_keeps_edges(store: NetworkXStore, data_dir: Path, tiny_papers: list[Paper]) -> None:
    store.upsert_papers(tiny_papers)
    edge = Edge(
        kind=EdgeKind.BUILDS_ON,
        source=tiny_papers[1].id,
        target=tiny_papers[0].id,
        relation="extends",
        evidence="We build on LLaMA.",
        confidence=0.8,
    )
    store.upsert_edges([edge])
    store.save()
    store.close()
    assert list(NetworkXStore.open(data_dir).edges()) == [edge]


def test_upsert_twice_changes_nothing(store: NetworkXStore, tiny_papers: list[Paper]) -> None:
    store.upsert_papers(tiny_papers)
    edge = Edge(kind=EdgeKind.SIMILAR_TO, source=tiny_papers[0].id, target=tiny_papers[1].id, score=0.9)
    store.upsert_edges([edge, edge])
    store.upsert_papers(tiny_papers)
    assert store.counts() == {"nodes": {"paper": 3}, "edges": {"SIMILAR_TO": 1}}


def test_second_writer_is_refused(store: NetworkXStore, data_dir: Path) -> None:
    with pytest.raises(StoreLocked, match="another paperkg process"):
        NetworkXStore.open(data_dir, writable=True, create=True)


def test_lock_is_released_on_close(store: NetworkXStore, data_dir: Path) -> None:
    store.close()
    NetworkXStore.open(data_dir, writable=True, create=True).close()


def test_newer_format_version_is_refused(data_dir: Path) -> None:
    data_dir.mkdir()
    header = {"format": "paperkg-graph", "version": 99, "nodes": 0, "edges": 0, "meta": {}}
    (data_dir / GRAPH_FILE).write_text(json.dumps(header) + "\n")
    with pytest.raises(StoreVersionError, match="upgrade paperkg"):
        NetworkXStore.open(data_dir)


def _v1_lines(tiny_papers: list[Paper]) -> list[str]:
    """A format version 1 file (graph.jsonl) of two papers and one edge, as paperkg 0.1 wrote it."""
    first, second = (p.model_dump(mode="json") for p in tiny_papers[:2])
    edge = Edge(kind=EdgeKind.BUILDS_ON, source=tiny_papers[1].id, target=tiny_papers[0].id).model_dump(
        mode="json"
    )
    header = {"format": "paperkg-graph", "version": 1, "nodes": 2, "edges": 1, "meta": {"built": "yes"}}
    return [
        encode_record(header) + "\n",
        encode_record({"node": first}) + "\n",
        encode_record({"node": second}) + "\n",
        encode_record({"edge": edge}) + "\n",
    ]


def test_a_version_1_store_is_converted_once(data_dir: Path, tiny_papers: list[Paper]) -> None:
    data_dir.mkdir()
    (data_dir / GRAPH_FILE).write_text("".join(_v1_lines(tiny_papers)))
    store = NetworkXStore.open(data_dir)
    assert (
        [p.model_dump() for p in store.papers()],
        [e.model_dump() for e in store.edges()],
        store.get_meta(),
    ) == (
        [p.model_dump() for p in tiny_papers[:2]],
        [Edge(kind=EdgeKind.BUILDS_ON, source=tiny_papers[1].id, target=tiny_papers[0].id).model_dump()],
        {"built": "yes"},
    )


def test_converting_a_version_1_store_says_so_and_keeps_the_file(
    data_dir: Path, tiny_papers: list[Paper]
) -> None:
    data_dir.mkdir()
    (data_dir / GRAPH_FILE).write_text("".join(_v1_lines(tiny_papers)))
    notices = NetworkXStore.open(data_dir).notices
    assert (
        len(notices),
        "converted" in notices[0],
        sorted(p.name for p in data_dir.iterdir() if not p.name.endswith(("-wal", "-shm"))),
    ) == (
        1,
        True,
        [".lock", DB_FILE, "graph.v1.jsonl"],
    )


def test_a_converted_store_is_not_converted_again(data_dir: Path, tiny_papers: list[Paper]) -> None:
    data_dir.mkdir()
    (data_dir / GRAPH_FILE).write_text("".join(_v1_lines(tiny_papers)))
    NetworkXStore.open(data_dir).close()
    assert NetworkXStore.open(data_dir).notices == []


def test_truncated_file_is_reported(data_dir: Path, tiny_papers: list[Paper]) -> None:
    data_dir.mkdir()
    (data_dir / GRAPH_FILE).write_text("".join(_v1_lines(tiny_papers)[:-1]))
    with pytest.raises(StoreCorrupt, match="truncated"):
        NetworkXStore.open(data_dir)


def test_an_edge_to_a_node_the_file_lacks_is_named_with_its_line(
    data_dir: Path, tiny_papers: list[Paper]
) -> None:
    header, _first, second, edge = _v1_lines(tiny_papers)
    data_dir.mkdir()
    (data_dir / GRAPH_FILE).write_text(header + second + edge)
    with pytest.raises(StoreCorrupt, match=rf"line 3: edge to '{tiny_papers[0].id}', a node the file lacks"):
        NetworkXStore.open(data_dir)


@pytest.mark.parametrize("line", ['{"nodes": {}}', "[1, 2]", '"node"', "7"])
def test_a_line_neither_node_nor_edge_is_named(data_dir: Path, tiny_papers: list[Paper], line: str) -> None:
    header, first, second, edge = _v1_lines(tiny_papers)
    data_dir.mkdir()
    (data_dir / GRAPH_FILE).write_text(header + first + line + "\n" + second + edge)
    with pytest.raises(StoreCorrupt, match="line 3: neither a node nor an edge"):
        NetworkXStore.open(data_dir)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"node": {"kind": "paper", "title": "no id"}}', "line 2: a node without a text id"),
        ('{"node": [1]}', "line 2: a node without a text id"),
        ('{"edge": {"source": 1}}', "line 2: an edge without a text source"),
        ("[" * 5000 + "]" * 5000, "line 2: not JSON"),
    ],
)
def test_a_malformed_version_1_record_is_named(
    data_dir: Path, tiny_papers: list[Paper], line: str, message: str
) -> None:
    header, *_ = _v1_lines(tiny_papers)
    data_dir.mkdir()
    (data_dir / GRAPH_FILE).write_text(header + line + "\n")
    with pytest.raises(StoreCorrupt, match=message):
        NetworkXStore.open(data_dir)


def test_a_version_1_header_whose_meta_is_not_a_map_is_named(data_dir: Path) -> None:
    data_dir.mkdir()
    header = {"format": "paperkg-graph", "version": 1, "nodes": 0, "edges": 0, "meta": [1]}
    (data_dir / GRAPH_FILE).write_text(json.dumps(header) + "\n")
    with pytest.raises(StoreCorrupt, match="meta is not a map"):
        NetworkXStore.open(data_dir)


def _saved(store: NetworkXStore, tiny_papers: list[Paper]) -> None:
    store.upsert_papers(tiny_papers[:2])
    store.upsert_edges([Edge(kind=EdgeKind.BUILDS_ON, source=tiny_papers[1].id, target=tiny_papers[0].id)])
    store.save()
    store.close()


def test_a_read_graph_is_the_graph_that_was_saved(
    store: NetworkXStore, data_dir: Path, tiny_papers: list[Paper]
) -> None:
    _saved(store, tiny_papers)
    saved = store.graph
    again = NetworkXStore.open(data_dir).graph
    assert (list(again.nodes(data=True)), list(again.edges(keys=True, data=True))) == (
        list(saved.nodes(data=True)),
        list(saved.edges(keys=True, data=True)),
    )
    assert list(again.in_edges(tiny_papers[0].id, keys=True)) == list(
        saved.in_edges(tiny_papers[0].id, keys=True)
    )
    again.remove_edge(tiny_papers[1].id, tiny_papers[0].id, "BUILDS_ON")  # the adjacency is whole both ways
    assert (again.number_of_edges(), list(again.in_edges(tiny_papers[0].id))) == (0, [])


def test_crash_during_save_keeps_previous_graph(
    store: NetworkXStore, data_dir: Path, tiny_papers: list[Paper], monkeypatch: pytest.MonkeyPatch
) -> None:
    store.upsert_papers(tiny_papers[:1])
    store.save()
    store.upsert_papers(tiny_papers[1:])

    def crash(self: SQLiteStore, rows: object) -> int:
        raise OSError("disk full")

    monkeypatch.setattr(SQLiteStore, "upsert_edge_rows", crash)
    with pytest.raises(OSError, match="disk full"):
        store.save()
    monkeypatch.undo()
    store.close()
    assert [p.id for p in NetworkXStore.open(data_dir).papers()] == [tiny_papers[0].id]


def test_crash_during_save_leaves_no_temporary_file(
    store: NetworkXStore, data_dir: Path, tiny_papers: list[Paper], monkeypatch: pytest.MonkeyPatch
) -> None:
    store.upsert_papers(tiny_papers)

    def crash(self: SQLiteStore, rows: object) -> int:
        raise OSError("disk full")

    monkeypatch.setattr(SQLiteStore, "upsert_edge_rows", crash)
    with pytest.raises(OSError):
        store.save()
    store.close()
    assert sorted(p.name for p in data_dir.iterdir()) == [".lock"]  # never saved: no store at all


def test_missing_store_says_how_to_build(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="paperkg build"):
        NetworkXStore.open(tmp_path / "nothing")
