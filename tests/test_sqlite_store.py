"""The embedded SQLite store: what it writes, its transactions and lock, damage, and its indexes."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import HF_OPTIMIZERS
from paperkg.cli import app
from paperkg.exceptions import StoreCorrupt, StoreError, StoreLocked, StoreVersionError
from paperkg.graph import NetworkXStore, SQLiteStore, open_store
from paperkg.graph.stores.partners import append_entries, pack_entries, unpack_entries
from paperkg.graph.stores.sqlite import (
    _PARTNER_KINDS,
    _STAGE_CODES,
    DB_FILE,
    _dictionary,
    _extraction_id,
    _payload_hash,
    _row_start,
    _stored_title,
    _title_hash,
    _unpacked,
    search_words,
)
from paperkg.models import Edge, EdgeKind, Method, Paper, folded_names, normalise_title
from paperkg.queries import influential, search

runner = CliRunner()


@pytest.fixture
def sqlite(data_dir: Path) -> SQLiteStore:
    handle = SQLiteStore.open(data_dir, writable=True, create=True)
    yield handle  # type: ignore[misc]
    handle.close()


def _edge(a: Paper, b: Paper, kind: EdgeKind = EdgeKind.BUILDS_ON, **extra: object) -> Edge:
    return Edge(kind=kind, source=a.id, target=b.id, **extra)  # type: ignore[arg-type]


# -- what is written ----------------------------------------------------------------------


def test_round_trip_keeps_every_field(sqlite: SQLiteStore, data_dir: Path, tiny_papers: list[Paper]) -> None:
    sqlite.upsert_papers(tiny_papers)
    sqlite.save()
    sqlite.close()
    with SQLiteStore.open(data_dir) as again:
        assert [p.model_dump() for p in again.papers()] == [p.model_dump() for p in tiny_papers]


def test_null_and_empty_fields_are_not_written(sqlite: SQLiteStore, tiny_papers: list[Paper]) -> None:
    sqlite.upsert_papers(tiny_papers[2:])
    sqlite.save()
    (data,) = sqlite._db.execute("SELECT data FROM nodes").fetchone()
    assert sorted(json.loads(_unpacked(data))) == ["abstract", "date_precision", "title"]  # the label is the title


def test_an_evidence_sentence_is_stored_once(sqlite: SQLiteStore, tiny_papers: list[Paper]) -> None:
    a, b, c = tiny_papers
    sqlite.upsert_papers(tiny_papers)
    said = "We build on LLaMA and on the paper without ids."
    sqlite.upsert_edges([_edge(b, a, evidence=said), _edge(b, c, evidence=said)])
    sqlite.save()
    assert sqlite._db.execute("SELECT count(*) FROM sentences").fetchone()[0] == 1


def test_edges_come_back_with_their_evidence(sqlite: SQLiteStore, tiny_papers: list[Paper]) -> None:
    a, b, _ = tiny_papers
    sqlite.upsert_papers(tiny_papers)
    edge = _edge(b, a, relation="extends", evidence="We build on LLaMA.", confidence=0.8, via="LLaMA")
    sqlite.upsert_edges([edge])
    assert list(sqlite.edges()) == [edge]


def test_an_edge_to_an_unknown_node_is_refused(sqlite: SQLiteStore, tiny_papers: list[Paper]) -> None:
    sqlite.upsert_papers(tiny_papers[:1])
    with pytest.raises(KeyError, match="unknown node"):
        sqlite.upsert_edges([_edge(tiny_papers[0], tiny_papers[1])])


def test_deleting_a_node_deletes_its_edges(sqlite: SQLiteStore, tiny_papers: list[Paper]) -> None:
    a, b, c = tiny_papers
    sqlite.upsert_papers(tiny_papers)
    sqlite.upsert_edges([_edge(b, a), _edge(c, b, EdgeKind.CITES)])
    sqlite.delete_nodes([b.id])
    assert sqlite.counts() == {"nodes": {"paper": 2}, "edges": {}}


def test_clear_keeps_the_metadata(sqlite: SQLiteStore, tiny_papers: list[Paper]) -> None:
    sqlite.upsert_papers(tiny_papers)
    sqlite.set_meta({"last_build": {"papers": 3}})
    sqlite.clear()
    assert (sqlite.counts(), sqlite.get_meta()) == ({"nodes": {}, "edges": {}}, {"last_build": {"papers": 3}})


# -- transactions and the lock -----------------------------------------------------------------


def test_unsaved_writes_are_dropped_on_close(
    sqlite: SQLiteStore, data_dir: Path, tiny_papers: list[Paper]
) -> None:
    sqlite.upsert_papers(tiny_papers[:1])
    sqlite.save()
    sqlite.upsert_papers(tiny_papers[1:])
    sqlite.close()
    with SQLiteStore.open(data_dir) as again:
        assert [p.id for p in again.papers()] == [tiny_papers[0].id]


def test_a_reader_sees_the_last_saved_graph_while_a_writer_works(
    sqlite: SQLiteStore, data_dir: Path, tiny_papers: list[Paper]
) -> None:
    sqlite.upsert_papers(tiny_papers[:1])
    sqlite.save()
    sqlite.upsert_papers(tiny_papers[1:])  # in the writer's open transaction
    with SQLiteStore.open(data_dir) as reader:
        assert [p.id for p in reader.papers()] == [tiny_papers[0].id]


def test_a_second_writer_names_the_holder_after_waiting(sqlite: SQLiteStore, data_dir: Path) -> None:
    started = time.monotonic()
    with pytest.raises(StoreLocked, match=rf"another paperkg process \(pid {os.getpid()}: .*waited 0.2 s"):
        SQLiteStore.open(data_dir, writable=True)
    assert time.monotonic() - started >= 0.2


def test_a_second_writer_goes_ahead_when_the_first_finishes_within_the_wait(
    sqlite: SQLiteStore, data_dir: Path
) -> None:
    threading.Timer(0.3, sqlite.close).start()
    second = SQLiteStore.open(data_dir, writable=True, lock_wait=10)
    second.close()
    assert second.writable


_KILLED_MID_WRITE = """
import os, signal, sys
from paperkg.graph import SQLiteStore
from paperkg.models import Paper
store = SQLiteStore.open(sys.argv[1], writable=True, create=True)
store.upsert_papers([Paper(title="Kept", abstract="saved before the kill")])
store.save()
store.upsert_papers([Paper(title=f"Lost {i}", abstract="never saved") for i in range(2000)])
store.delete_nodes([p.id for p in store.papers() if p.title == "Kept"])
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_kill_9_mid_write_leaves_the_previous_graph(data_dir: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-c", _KILLED_MID_WRITE, str(data_dir)], env=env, check=False)
    assert done.returncode == -9
    with SQLiteStore.open(data_dir) as again:
        assert [p.title for p in again.papers()] == ["Kept"]


def test_a_killed_writer_leaves_the_lock_free(data_dir: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    subprocess.run([sys.executable, "-c", _KILLED_MID_WRITE, str(data_dir)], env=env, check=False)
    SQLiteStore.open(data_dir, writable=True, lock_wait=0).close()


def test_a_savepoint_left_by_an_exception_undoes_its_writes_only(
    sqlite: SQLiteStore, tiny_papers: list[Paper]
) -> None:
    sqlite.upsert_papers(tiny_papers[:1])
    with pytest.raises(ValueError), sqlite.savepoint():
        sqlite.upsert_papers(tiny_papers[1:])
        raise ValueError("refused")
    with sqlite.savepoint():
        sqlite.upsert_papers(tiny_papers[2:])
    sqlite.save()
    assert sorted(p.id for p in sqlite.papers()) == sorted([tiny_papers[0].id, tiny_papers[2].id])


def test_paper_texts_come_in_the_order_asked_without_unknown_ids(
    sqlite: SQLiteStore, tiny_papers: list[Paper]
) -> None:
    sqlite.upsert_papers(tiny_papers)
    ids = [tiny_papers[2].id, "arxiv:0000.00000", tiny_papers[0].id]
    assert list(sqlite.paper_texts(ids)) == [
        (p.id, p.title, p.abstract) for p in (tiny_papers[2], tiny_papers[0])
    ]


# -- damage --------------------------------------------------------------------------------


def _built(data_dir: Path, tiny_papers: list[Paper]) -> Path:
    with SQLiteStore.open(data_dir, writable=True, create=True) as store:
        store.upsert_papers(tiny_papers)
    return data_dir / DB_FILE


def test_a_flipped_header_byte_is_one_clear_error(data_dir: Path, tiny_papers: list[Paper]) -> None:
    db = _built(data_dir, tiny_papers)
    raw = bytearray(db.read_bytes())
    raw[3] ^= 0xFF
    db.write_bytes(bytes(raw))
    with pytest.raises(StoreCorrupt, match=r"is damaged .*build --force"):
        SQLiteStore.open(data_dir)


def test_a_file_that_is_not_a_database_is_refused(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / DB_FILE).write_text("hello\n" * 200)
    with pytest.raises(StoreCorrupt, match="build --force"):
        SQLiteStore.open(data_dir)


def test_a_database_of_another_program_is_refused(data_dir: Path) -> None:
    data_dir.mkdir()
    sqlite3.connect(data_dir / DB_FILE).execute("CREATE TABLE other(x)").connection.commit()
    with pytest.raises(StoreCorrupt, match=r"damaged|not a paperkg store"):
        SQLiteStore.open(data_dir)


def test_a_store_file_that_is_a_directory_is_refused(data_dir: Path) -> None:
    (data_dir / DB_FILE).mkdir(parents=True)
    with pytest.raises(StoreCorrupt, match="not a regular file"):
        SQLiteStore.open(data_dir)


def test_a_store_file_linked_to_a_device_is_refused_without_reading_it(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / DB_FILE).symlink_to("/dev/zero")
    with pytest.raises(StoreCorrupt, match="not a regular file"):
        SQLiteStore.open(data_dir)


def test_a_newer_store_is_refused(data_dir: Path, tiny_papers: list[Paper]) -> None:
    db = _built(data_dir, tiny_papers)
    with sqlite3.connect(db) as raw:
        raw.execute("UPDATE meta SET value = '99' WHERE key = 'version'")
    with pytest.raises(StoreVersionError, match="upgrade paperkg"):
        SQLiteStore.open(data_dir)


def test_metadata_that_is_not_a_map_is_named(data_dir: Path, tiny_papers: list[Paper]) -> None:
    db = _built(data_dir, tiny_papers)
    with sqlite3.connect(db) as raw:
        raw.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('meta', '[1, 2]')")
    with SQLiteStore.open(data_dir) as store, pytest.raises(StoreCorrupt, match="not a map"):
        store.get_meta()


def test_a_data_dir_that_is_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="not a directory"):
        SQLiteStore.open(tmp_path / "file", writable=True, create=True)


def test_replace_unreadable_moves_the_damaged_store_aside(data_dir: Path, tiny_papers: list[Paper]) -> None:
    db = _built(data_dir, tiny_papers)
    db.write_bytes(b"\0" * 4096)
    with SQLiteStore.open(data_dir, writable=True, create=True, replace_unreadable=True) as store:
        assert (store.counts()["nodes"], "moved to" in store.notices[0]) == ({}, True)
    assert len(list(data_dir.glob(f"{DB_FILE}.damaged-*"))) == 1


def test_cli_says_in_one_line_what_is_wrong_with_a_damaged_store(
    data_dir: Path, tiny_papers: list[Paper]
) -> None:
    db = _built(data_dir, tiny_papers)
    db.write_bytes(b"garbage" * 1000)
    result = runner.invoke(app, ["stats", "--data-dir", str(data_dir)])
    assert (result.exit_code, len(result.stderr.strip().splitlines()), "build --force" in result.stderr) == (
        1,
        1,
        True,
    )


def test_cli_build_force_replaces_a_damaged_store(data_dir: Path, tiny_papers: list[Paper]) -> None:
    db = _built(data_dir, tiny_papers)
    db.write_bytes(b"garbage" * 1000)
    args = ["build", str(HF_OPTIMIZERS), "--no-similarity", "--no-infer", "--data-dir", str(data_dir)]
    refused = runner.invoke(app, args)
    rebuilt = runner.invoke(app, [*args, "--force"])
    assert (refused.exit_code, rebuilt.exit_code, "damaged store was moved" in rebuilt.stderr) == (1, 0, True)


def test_networkx_is_still_the_name_of_the_embedded_store(data_dir: Path, tiny_papers: list[Paper]) -> None:
    _built(data_dir, tiny_papers)
    store = open_store("networkx", data_dir=data_dir)
    assert (type(store).__name__, store.counts()["nodes"]) == ("SQLiteStore", {"paper": 3})
    store.close()


# -- indexes -------------------------------------------------------------------------------------


def _texts(sqlite: SQLiteStore) -> list[Paper]:
    papers = [
        Paper(
            arxiv_id="2106.09685",
            title="LoRA: Low-Rank Adaptation",
            abstract="We tuned large models cheaply.",
        ),
        Paper(
            arxiv_id="2305.14314", title="QLoRA", abstract="Fine-tuning quantized models with naïve memory."
        ),
        Paper(arxiv_id="1706.03762", title="Attention Is All You Need", abstract="A transformer."),
    ]
    sqlite.upsert_papers(papers)
    return papers


def test_the_search_index_reads_a_text_without_its_function_words() -> None:
    # a word is a whole run of letters, digits and underscores, compared lowercase
    text = "The cat and THE dog_the of İf ſo 2the the2 — Over"
    assert search_words(text) == " cat   dog_the  İf ſo 2the the2 — "


def test_search_matches_words_by_their_stem(sqlite: SQLiteStore) -> None:
    _texts(sqlite)
    assert sorted(h.paper.id for h in search(sqlite, "tuning")) == ["arxiv:2106.09685", "arxiv:2305.14314"]


def test_search_folds_accents(sqlite: SQLiteStore) -> None:
    _texts(sqlite)
    assert [h.paper.id for h in search(sqlite, "naive memory")] == ["arxiv:2305.14314"]


def test_search_hit_carries_a_snippet_with_the_words_marked(sqlite: SQLiteStore) -> None:
    _texts(sqlite)
    assert search(sqlite, "quantized")[0].snippet == "Fine-tuning [quantized] models with naïve memory."


def test_search_names_the_fields_that_matched(sqlite: SQLiteStore) -> None:
    _texts(sqlite)
    assert search(sqlite, "attention")[0].matched == ["title", "label"]


def test_search_ranks_by_score_then_id_across_the_limit(sqlite: SQLiteStore) -> None:
    # only the matches scoring at least the limit-th best are read whole: papers tied with it all
    # are, so that the lowest ids of the tie are listed
    same = [Paper(id=f"p{i:02d}", title="Sparse mixtures of experts", abstract="Routing.") for i in (7, 3, 9, 1, 5)]
    sqlite.upsert_papers([Paper(id="p00", title="Sparse mixtures", abstract="Experts of experts."), *same])
    ranked = [h.paper.id for h in search(sqlite, "sparse experts", limit=-1)]
    assert (ranked[:5], [h.paper.id for h in search(sqlite, "sparse experts", limit=3)]) == (
        ["p01", "p03", "p05", "p07", "p09"],
        ["p01", "p03", "p05"],
    )
    assert (len(ranked), search(sqlite, "sparse experts", limit=0)) == (6, [])


def test_search_forgets_a_deleted_paper(sqlite: SQLiteStore) -> None:
    papers = _texts(sqlite)
    sqlite.delete_nodes([papers[2].id])
    assert search(sqlite, "transformer") == []


def test_search_sees_a_replaced_abstract(sqlite: SQLiteStore) -> None:
    papers = _texts(sqlite)
    sqlite.upsert_papers([papers[2].model_copy(update={"abstract": "A recurrent network."})])
    assert ([h.paper.id for h in search(sqlite, "recurrent")], search(sqlite, "transformer")) == (
        [papers[2].id],
        [],
    )


def test_search_text_cannot_inject_fts_syntax(sqlite: SQLiteStore) -> None:
    _texts(sqlite)
    assert search(sqlite, 'lora" OR "attention NEAR(') == []


def test_search_leaves_function_words_out_of_the_index_but_not_out_of_the_snippet(sqlite: SQLiteStore) -> None:
    _texts(sqlite)
    indexed = sqlite._db.execute("SELECT count(*) FROM search WHERE search MATCH '\"with\"'").fetchone()[0]
    hit = search(sqlite, "quantized models with memory")[0]
    assert (indexed, hit.paper.id, hit.snippet) == (
        0,
        "arxiv:2305.14314",
        "Fine-tuning [quantized] [models] with naïve [memory].",
    )


def test_a_title_quoted_with_its_function_words_counts_as_a_phrase(sqlite: SQLiteStore) -> None:
    _texts(sqlite)
    sqlite.upsert_papers([Paper(arxiv_id="2401.00001", title="Attention Need", abstract="All of it.")])
    hits = search(sqlite, "attention is all you need")
    # "Attention Is All You Need" holds the phrase in its title and label (3 + 2); "Attention Need" has none
    assert [(h.paper.id, h.score >= 5) for h in hits] == [("arxiv:1706.03762", True), ("arxiv:2401.00001", False)]


def test_a_search_of_function_words_alone_says_so(sqlite: SQLiteStore) -> None:
    from paperkg.exceptions import QueryError

    _texts(sqlite)
    with pytest.raises(QueryError, match="only function words"):
        search(sqlite, "of the")


def test_influence_is_stored_at_save_and_equals_the_reference(
    sqlite: SQLiteStore, tiny_papers: list[Paper]
) -> None:
    a, b, c = tiny_papers
    edges = [_edge(b, a), _edge(c, a, EdgeKind.CITES), _edge(c, b, EdgeKind.CITES)]
    sqlite.upsert_papers(tiny_papers)
    sqlite.upsert_edges(edges)
    sqlite.save()
    reference = NetworkXStore.in_memory()
    reference.upsert_papers(tiny_papers)
    reference.upsert_edges(edges)
    stored = sqlite._db.execute("SELECT count(*) FROM nodes WHERE influence IS NOT NULL").fetchone()[0]
    assert (stored, influential(sqlite)) == (3, influential(reference))


def test_influence_follows_a_change_after_the_next_save(
    sqlite: SQLiteStore, tiny_papers: list[Paper]
) -> None:
    a, b, c = tiny_papers
    sqlite.upsert_papers(tiny_papers)
    sqlite.upsert_edges([_edge(b, a)])
    sqlite.save()
    sqlite.delete_edges([EdgeKind.BUILDS_ON])
    sqlite.upsert_edges([_edge(a, c)])
    sqlite.save()
    assert influential(sqlite, top=1)[0].paper.id == c.id


def test_a_neighbourhood_reads_only_what_the_walk_meets(
    sqlite: SQLiteStore, tiny_papers: list[Paper]
) -> None:
    a, b, c = tiny_papers
    sqlite.upsert_papers(tiny_papers)
    sqlite.upsert_entities([Method(name="LoRA")])
    sqlite.upsert_edges([_edge(b, a), _edge(c, b, EdgeKind.CITES)])
    graph = sqlite.neighbourhood([b.id], [EdgeKind.BUILDS_ON], direction="out", depth=3)
    assert (sorted(graph.nodes), list(graph.edges(keys=True))) == (
        sorted([a.id, b.id]),
        [(b.id, a.id, "BUILDS_ON")],
    )


def test_a_neighbourhood_among_some_nodes_keeps_only_their_edges_but_of_the_kinds_free_to_go_anywhere(
    sqlite: SQLiteStore, tiny_papers: list[Paper]
) -> None:
    a, b, c = tiny_papers
    lora = Method(name="LoRA")
    sqlite.upsert_papers(tiny_papers)
    sqlite.upsert_entities([lora])
    # plain rows (BUILDS_ON, CITES) and packed ones (SAME_FAMILY, SHARES_DATASET, MENTIONS), each kind
    # with an edge among the nodes asked for and, but MENTIONS, one leaving them
    sqlite.upsert_edges(
        [
            _edge(b, a),
            _edge(b, c, EdgeKind.CITES),
            _edge(b, a, EdgeKind.SAME_FAMILY),
            _edge(b, c, EdgeKind.SHARES_DATASET),
            Edge(kind=EdgeKind.MENTIONS, source=b.id, target=lora.id),
        ]
    )
    sqlite.save()
    graph = sqlite.neighbourhood([b.id], direction="out", among=[a.id], anywhere=[EdgeKind.MENTIONS])
    whole = sqlite.neighbourhood([b.id], direction="out")
    assert (sorted(graph.nodes), sorted(graph.edges(keys=True)), len(whole.edges)) == (
        sorted([a.id, b.id, lora.id]),
        sorted([(b.id, a.id, "BUILDS_ON"), (b.id, a.id, "SAME_FAMILY"), (b.id, lora.id, "MENTIONS")]),
        5,
    )


def test_the_search_index_stays_whole_through_replacements_and_deletes(sqlite: SQLiteStore) -> None:
    papers = _texts(sqlite)
    sqlite.upsert_papers([papers[0].model_copy(update={"abstract": "Other words."})])
    sqlite.upsert_papers(papers)
    # one paper twice in a batch, with a label of its own the second time: its row is the last one
    relabelled = papers[2].model_copy(update={"label": "Transformer", "abstract": "Attention alone."})
    sqlite.upsert_papers([papers[2], relabelled])
    sqlite.delete_nodes([papers[1].id])
    sqlite.save()
    # with rank 1, each paper's entry is checked against its stored row as well: raises when out of step
    sqlite._db.execute("INSERT INTO search(search, rank) VALUES ('integrity-check', 1)")
    assert [h.paper.id for h in search(sqlite, "tuned")] == [papers[0].id]
    assert [h.paper.id for h in search(sqlite, "transformer alone")] == [papers[2].id]


def test_a_writer_removes_what_a_killed_writer_left(data_dir: Path, tiny_papers: list[Paper]) -> None:
    _built(data_dir, tiny_papers)
    (data_dir / f".{DB_FILE}.4242.tmp").write_bytes(b"half a store")
    (data_dir / ".graph.jsonl.4242.tmp").write_text("half a save")
    SQLiteStore.open(data_dir, writable=True).close()
    assert sorted(p.name for p in data_dir.iterdir() if p.name.startswith(".graph")) == []


def test_cli_says_in_one_line_that_a_full_disk_kept_the_store(
    data_dir: Path, tiny_papers: list[Paper], monkeypatch: pytest.MonkeyPatch
) -> None:
    _built(data_dir, tiny_papers)

    def full(self: SQLiteStore) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(SQLiteStore, "save", full)
    result = runner.invoke(
        app, ["add", str(HF_OPTIMIZERS), "--no-infer", "--no-similarity", "--data-dir", str(data_dir)]
    )
    assert (
        result.exit_code,
        "keeps its previous graph" in result.stderr,
        len(result.stderr.strip().splitlines()),
    ) == (
        1,
        True,
        1,
    )


def test_a_first_build_that_fails_leaves_no_empty_store(data_dir: Path) -> None:
    result = runner.invoke(
        app, ["build", str(data_dir.parent / "missing.jsonl"), "--data-dir", str(data_dir)]
    )
    again = runner.invoke(app, ["stats", "--data-dir", str(data_dir)])
    assert (result.exit_code, again.exit_code, "paperkg build" in again.stderr) == (1, 1, True)


# -- writing only what changed (incremental add) --------------------------------------------


def _family_items(
    pairs: list[tuple[Paper, Paper]], payload: dict[str, object]
) -> list[tuple[str, str, str | None, dict[str, object]]]:
    return [(a.id, b.id, None, payload) for a, b in pairs]


def test_sync_edge_items_writes_only_the_edges_that_differ(
    sqlite: SQLiteStore, tiny_papers: list[Paper]
) -> None:
    a, b, c = tiny_papers
    sqlite.upsert_papers(tiny_papers)
    shared = {"score": 0.5, "shared": ["PEFT"], "provenance": "inference"}
    sqlite.sync_edge_items({EdgeKind.SAME_FAMILY: _family_items([(a, b), (a, c)], shared)})
    moved = {"score": 0.4, "shared": ["PEFT"], "provenance": "inference"}
    written = sqlite.sync_edge_items(
        {EdgeKind.SAME_FAMILY: [*_family_items([(a, b)], shared), *_family_items([(b, c)], moved)]}
    )
    assert written == (1, 1)


def test_sync_edge_items_leaves_the_edges_a_full_write_leaves(
    sqlite: SQLiteStore, tiny_papers: list[Paper]
) -> None:
    a, b, c = tiny_papers
    sqlite.upsert_papers(tiny_papers)
    shared = {"score": 0.5, "shared": ["PEFT"], "provenance": "inference"}
    sqlite.sync_edge_items({EdgeKind.SAME_FAMILY: _family_items([(a, b), (a, c)], shared)})
    moved = {"score": 0.4, "shared": ["PEFT", "LoRA"], "provenance": "inference"}
    sqlite.sync_edge_items({EdgeKind.SAME_FAMILY: _family_items([(a, b), (b, c)], moved)})
    assert sorted((e.source, e.target, e.score, tuple(e.shared)) for e in sqlite.edges()) == sorted(
        [(a.id, b.id, 0.4, ("PEFT", "LoRA")), (b.id, c.id, 0.4, ("PEFT", "LoRA"))]
    )


def test_sync_edge_items_keeps_the_last_of_a_pair_given_twice(
    sqlite: SQLiteStore, tiny_papers: list[Paper]
) -> None:
    a, b, _ = tiny_papers
    sqlite.upsert_papers(tiny_papers)
    first = {"score": 0.5, "provenance": "inference"}
    second = {"score": 0.9, "provenance": "inference"}
    sqlite.sync_edge_items({EdgeKind.SAME_FAMILY: _family_items([(a, b)], first)})
    # the first equals what is stored, the second does not: the second is what a full write leaves
    twice = [*_family_items([(a, b)], first), *_family_items([(a, b)], second)]
    sqlite.sync_edge_items({EdgeKind.SAME_FAMILY: twice})
    assert [e.score for e in sqlite.edges()] == [0.9]


def test_sync_edge_items_compares_the_evidence(sqlite: SQLiteStore, tiny_papers: list[Paper]) -> None:
    a, b, _ = tiny_papers
    sqlite.upsert_papers(tiny_papers)
    payload = {"via": "LLaMA", "provenance": "inference", "attrs": {"count": 1}}
    sqlite.sync_edge_items({EdgeKind.MENTIONS: [(a.id, b.id, "We use LLaMA.", payload)]})
    assert sqlite.sync_edge_items({EdgeKind.MENTIONS: [(a.id, b.id, "We tune LLaMA.", payload)]}) == (1, 0)


# -- format 3: compact rows and indexes, and the upgrade of a format 2 store -----------------

# A store written by paperkg's format 2 (commit cb4b4cd) from tests/data/arxiv-snapshot.jsonl,
# with inference: zlib rows, the whole-title and (influence, id) indexes, extraction results
# quoting their sentences in full.
FORMAT_2 = Path(__file__).parent / "data" / "format2-store.sqlite.gz"
SNAPSHOT = Path(__file__).parent / "data" / "arxiv-snapshot.jsonl"


def _format_2_store(data_dir: Path, fixture: Path = FORMAT_2) -> Path:
    import gzip

    data_dir.mkdir(parents=True)
    (data_dir / DB_FILE).write_bytes(gzip.decompress(fixture.read_bytes()))
    return data_dir / DB_FILE


def _read_unchanged(data_dir: Path, read: Callable[[SQLiteStore], tuple[object, ...]]) -> tuple[object, ...]:
    """Return what ``read`` answers on the old store in ``data_dir``, the notices, and whether the file is unchanged."""
    db = data_dir / DB_FILE
    before = db.read_bytes()
    with SQLiteStore.open(data_dir) as old:
        answers = read(old)
        notices = old.notices
    return answers, notices, db.read_bytes() == before


def _answers(store: SQLiteStore) -> tuple[object, ...]:
    paper = next(iter(store.papers()))
    return (
        [p.model_dump() for p in store.papers()],
        sorted(e.model_dump_json() for e in store.edges()),
        [(h.paper.id, h.score, h.snippet) for h in search(store, "language models")],
        [p["id"] for p in store.papers_named(normalise_title(paper.title or ""))],
        [node for node, _, _ in store.influence(3)],
        store.paper_facts(),
    )


def test_a_long_row_is_stored_deflated_with_the_dictionary_and_reads_back(
    sqlite: SQLiteStore, tiny_papers: list[Paper]
) -> None:
    import zlib

    paper = tiny_papers[0].model_copy(
        update={"abstract": "We propose a method for training language models. " * 12}
    )
    sqlite.upsert_papers([paper])
    (data,) = sqlite._db.execute("SELECT data FROM nodes").fetchone()
    plain = len(zlib.compress(json.dumps(json.loads(_unpacked(data)), separators=(",", ":")).encode(), 6))
    assert (data[:1], len(data) < plain, sqlite.get_paper(paper.id)) == (b"\x06", True, paper)


def test_a_paper_row_holds_its_title_in_a_first_block_of_fixed_codes(sqlite: SQLiteStore) -> None:
    import zlib

    abstract = "We propose a method for training language models. " * 12
    titled = Paper(title='Ünïcode "quoted" \\ title: a study', abstract=abstract)
    long = Paper(title="A title longer than a first block's length byte can say " * 5, abstract=abstract)
    sqlite.upsert_papers([titled, long])
    rows = dict(sqlite._db.execute("SELECT id, data FROM nodes"))
    data = rows[titled.id]
    start = _row_start(data)
    first = zlib.decompressobj(-15, _dictionary(b"\x01")).decompress(data[2:], data[1])
    assert start is not None and start == first and start.endswith(json.dumps(titled.title, ensure_ascii=False).encode())
    # bit 0: not the last block; bits 1-2: fixed codes, so the title is read without decoding a code table
    assert (data[:1], data[2] & 0b111, _stored_title(data), sqlite.papers_containing("quoted study")) == (
        b"\x06",
        0b010,
        titled.title,
        [],
    )
    assert [p["id"] for p in sqlite.papers_containing("unicode quoted")] == [titled.id]
    assert (rows[long.id][:1], sqlite.get_paper(long.id), sqlite.get_paper(titled.id)) == (b"\x03", long, titled)


def test_a_new_store_has_16_kib_pages_and_format_7(sqlite: SQLiteStore) -> None:
    version = sqlite._db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()[0]
    assert (sqlite._db.execute("PRAGMA page_size").fetchone()[0], version) == (16384, "7")


def test_a_title_is_found_by_its_indexed_hash(sqlite: SQLiteStore) -> None:
    same_start = [Paper(title=f"Scaling laws for neural language models, part {i}") for i in range(3)]
    sqlite.upsert_papers(same_start)
    plan = " ".join(
        str(row)
        for row in sqlite._db.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM nodes WHERE +kind = 'paper' AND (title_hash = ? OR label_key = ?)",
            (1, "a"),
        )
    )
    found = sqlite.papers_named(normalise_title(same_start[1].title or ""))
    assert ([p["id"] for p in found], "nodes_title" in plan) == ([same_start[1].id], True)


def test_a_paper_sharing_a_titles_hash_is_not_found_by_that_title(sqlite: SQLiteStore) -> None:
    a, b = Paper(title="Low-rank adaptation of large language models"), Paper(title="Attention is all you need")
    sqlite.upsert_papers([a, b])
    key = normalise_title(a.title or "")
    # b's row made to collide with a's title, as another title's 32-bit hash may
    sqlite._db.execute("UPDATE nodes SET title_hash = ? WHERE id = ?", (_title_hash(key), b.id))
    near = [p["id"] for p in sqlite.papers_near(key[:-1])]
    assert ([p["id"] for p in sqlite.papers_named(key)], near.count(a.id), near.count(b.id)) == ([a.id], 1, 0)


def test_a_part_of_a_title_is_found_in_the_rows_titles(sqlite: SQLiteStore) -> None:
    long_start = "x" * 1500  # a title past the row's first kilobyte is read from the whole row
    papers = [
        Paper(title="LoRA: Low-Rank Adaptation", abstract="We adapt. " * 50, doi="10.1/a"),
        Paper(title=f"{long_start} lora tail", abstract="Long."),
        Paper(title="QLoRA", label="Efficient finetuning"),
        Paper(abstract="No title here, nor a name in its first words. We study LoRA."),
    ]
    sqlite.upsert_papers(papers)
    found = sqlite.papers_containing("lora")
    # the untitled paper's label (its abstract's start) does not name it
    assert ([p["id"] for p in found], sqlite.paper_facts()[3]) == ([p.id for p in papers[:3]], 3)


def test_a_format_2_store_reads_as_it_is(data_dir: Path) -> None:
    _format_2_store(data_dir)
    answers, notices, unchanged = _read_unchanged(data_dir, _answers)
    assert (len(answers[0]), answers[2] != [], notices, unchanged) == (5, True, [], True)


def test_the_first_writer_upgrades_a_format_2_store_in_place_with_a_notice(data_dir: Path) -> None:
    _format_2_store(data_dir)
    with SQLiteStore.open(data_dir) as old:
        before = _answers(old)
    with SQLiteStore.open(data_dir, writable=True) as store:
        notices = store.notices
    with SQLiteStore.open(data_dir) as new:
        version = new._db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()[0]
        title_index = new._db.execute("SELECT sql FROM sqlite_master WHERE name = 'nodes_title'").fetchone()[
            0
        ]
        assert (_answers(new) == before, version, "(title_hash)" in title_index) == (
            True,
            "7",
            True,
        )
    assert [n.split(" (")[0] for n in notices] == [f"upgraded {data_dir / DB_FILE} from format 2 to 7"]


def test_a_format_2_stores_extraction_results_read_back_after_the_upgrade(data_dir: Path) -> None:
    from paperkg.inference.cache import decode_names
    from paperkg.inference.pipeline import paper_record

    _format_2_store(data_dir)
    with SQLiteStore.open(data_dir, writable=True) as upgraded:
        keys = {
            _extraction_id(paper): key.hex()
            for paper, key in upgraded._db.execute(
                "SELECT paper, key FROM extractions WHERE stage = ?", (_STAGE_CODES["names"],)
            )
        }
        stored = upgraded.get_extractions("names", keys)
        records = {p.id: paper_record(p) for p in upgraded.papers()}
    names = [decode_names(paper, data, records[paper]) for paper, data in sorted(stored.items())]
    assert (len(names), sum(len(n.introduced) for n in names) > 0) == (5, True)


@pytest.mark.parametrize(
    "fixture", ["format2-store.sqlite.gz", "format4-store.sqlite.gz", "format5-store.sqlite.gz", "format6-store.sqlite.gz"]
)
def test_an_upgraded_store_builds_what_a_new_store_builds(data_dir: Path, tmp_path: Path, fixture: str) -> None:
    from paperkg.graph import BuildOptions, build_graph

    _format_2_store(data_dir, FORMAT_2.with_name(fixture))
    options = BuildOptions(similarity=False)
    with SQLiteStore.open(data_dir, writable=True) as upgraded:
        build_graph([SNAPSHOT], upgraded, options)
    with SQLiteStore.open(tmp_path / "fresh", writable=True, create=True) as fresh:
        build_graph([SNAPSHOT], fresh, options)
    with SQLiteStore.open(data_dir) as a, SQLiteStore.open(tmp_path / "fresh") as b:
        assert (_answers(a), _searched(a), _extractions(a)) == (_answers(b), _searched(b), _extractions(b))


def test_cli_lookups_answer_on_a_format_2_store_and_a_build_upgrades_it(data_dir: Path) -> None:
    _format_2_store(data_dir)
    shown = runner.invoke(app, ["search", "language", "--data-dir", str(data_dir)])
    built = runner.invoke(app, ["build", str(SNAPSHOT), "--no-similarity", "--data-dir", str(data_dir)])
    assert (shown.exit_code, built.exit_code, "from format 2 to 7" in built.stderr) == (0, 0, True)


def test_every_paper_is_scored_at_save_in_place_of_its_placeholder(
    sqlite: SQLiteStore, tiny_papers: list[Paper]
) -> None:
    a, b, c = tiny_papers
    sqlite.upsert_papers(tiny_papers)
    sqlite.upsert_edges([_edge(b, a), _edge(c, a)])
    placeholders = sqlite._db.execute("SELECT count(*) FROM nodes WHERE influence < 0").fetchone()[0]
    sqlite.save()
    unscored = sqlite._db.execute("SELECT count(*) FROM nodes WHERE influence < 0").fetchone()[0]
    assert (placeholders, unscored, [n for n, _, _ in sqlite.influence(1)]) == (3, 0, [a.id])


def test_sync_edge_items_in_a_scope_leaves_the_edges_outside_it(
    sqlite: SQLiteStore, tiny_papers: list[Paper]
) -> None:
    a, b, c = tiny_papers
    sqlite.upsert_papers(tiny_papers)
    payload = {"score": 0.5, "provenance": "inference"}
    sqlite.sync_edge_items({EdgeKind.SAME_FAMILY: _family_items([(a, b), (b, c)], payload)})
    # only c's edges may have changed: (a, b) is not given, and stays
    sqlite.sync_edge_items({EdgeKind.SAME_FAMILY: []}, {EdgeKind.SAME_FAMILY: [c.id]})
    assert [(e.source, e.target) for e in sqlite.edges()] == [(a.id, b.id)]


def test_sync_edge_items_in_a_scope_writes_the_edges_given(sqlite: SQLiteStore, tiny_papers: list[Paper]) -> None:
    a, b, c = tiny_papers
    sqlite.upsert_papers(tiny_papers)
    payload = {"score": 0.5, "provenance": "inference"}
    sqlite.sync_edge_items({EdgeKind.SAME_FAMILY: _family_items([(a, b)], payload)})
    written = sqlite.sync_edge_items(
        {EdgeKind.SAME_FAMILY: _family_items([(a, c)], payload)}, {EdgeKind.SAME_FAMILY: [c.id]}
    )
    assert written == (1, 0)


# -- format 4: pair edges packed per node, counts kept in meta, and the upgrade of format 3 ----

# A store written by paperkg's format 3 (commit ffaf42a) from tests/data/arxiv-snapshot.jsonl,
# with inference and without similarity: its SAME_FAMILY and AUTHORED edges are edges rows.
FORMAT_3 = Path(__file__).parent / "data" / "format3-store.sqlite.gz"


def _format_3_store(data_dir: Path) -> Path:
    return _format_2_store(data_dir, FORMAT_3)


def _every_read(store: SQLiteStore | NetworkXStore) -> tuple[object, ...]:
    """What each edge-reading method answers, over every node."""
    nodes = sorted(node for node, _ in store.iter_nodes()) if isinstance(store, SQLiteStore) else sorted(store.graph)
    packed = [EdgeKind.SAME_FAMILY, EdgeKind.AUTHORED, EdgeKind.IN_FAMILY, EdgeKind.MENTIONS]

    def graph(g: object) -> tuple[object, ...]:
        return (sorted(g.nodes), sorted((u, v, k, json.dumps(a, sort_keys=True)) for u, v, k, a in g.edges(keys=True, data=True)))  # type: ignore[attr-defined]

    return (
        sorted(e.model_dump_json() for e in store.edges()),
        sorted(e.model_dump_json() for e in store.edges(packed)),
        store.counts()["edges"],
        [sorted(e.model_dump_json() for e in store.edges_from([n])) for n in nodes],
        [store.edge_counts(n) for n in nodes],
        [graph(store.neighbourhood([n], direction=d)) for n in nodes for d in ("both", "out", "in")],
        [graph(store.neighbourhood([n], packed, depth=2)) for n in nodes],
        [store.adjacent([n], packed, forward=f, backward=b) for n in nodes for f, b in ((1, 0), (0, 1), (1, 1))],
        graph(store.projection(packed)),
    )


def test_a_format_3_store_reads_as_it_is(data_dir: Path) -> None:
    _format_3_store(data_dir)
    answers, notices, unchanged = _read_unchanged(data_dir, _every_read)
    assert (len(answers[1]), notices, unchanged) == (28, [], True)


def test_the_first_writer_packs_a_format_3_stores_pair_and_entity_edges_in_place_with_a_notice(data_dir: Path) -> None:
    _format_3_store(data_dir)
    with SQLiteStore.open(data_dir) as old:
        before, ordered = _every_read(old), [json.dumps(r) for r in old.edge_rows()]
    with SQLiteStore.open(data_dir, writable=True) as store:
        notices = store.notices
    with SQLiteStore.open(data_dir) as new:
        kinds = {k for (k,) in new._db.execute("SELECT DISTINCT e.name FROM edges JOIN edge_kinds e ON e.code = edges.kind")}
        packed_rows = new._db.execute("SELECT count(*) FROM partners").fetchone()[0]
        kept = json.loads(new._db.execute("SELECT value FROM meta WHERE key = 'counts'").fetchone()[0])
        assert (_every_read(new) == before, [json.dumps(r) for r in new.edge_rows()] == ordered) == (True, True)
        assert kept["edges"] == dict(sorted(new._count_edges().items())) == before[2]
    assert (sorted(kinds), packed_rows) == (["BUILDS_ON"], 41)
    assert [n.split(" (")[0] for n in notices] == [f"upgraded {data_dir / DB_FILE} from format 3 to 7"]


def _random_graph(seed: int) -> tuple[list[Paper], list[Edge]]:
    import random

    rng = random.Random(seed)
    papers = [Paper(title=f"Paper {i}", abstract=f"On topic {i % 7}.") for i in range(30)]
    edges = []
    for _ in range(200):
        a, b = rng.sample(papers, 2)
        kind = rng.choice(
            [EdgeKind.SAME_FAMILY, EdgeKind.SHARES_DATASET, EdgeKind.SIMILAR_TO, EdgeKind.BUILDS_ON, EdgeKind.MENTIONS]
        )
        extra: dict[str, object] = {"score": rng.choice([0.5, 0.25, 0.125])}
        if rng.random() < 0.3:
            extra["evidence"] = f"Sentence {rng.randrange(5)}."
        edges.append(_edge(a, b, kind, **extra))
    return papers, edges


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_packed_edges_read_as_edges_rows_and_the_reference_read_through_writes_and_deletes(
    sqlite: SQLiteStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    import paperkg.graph.stores.sqlite as sqlite_store

    reference = NetworkXStore.in_memory()
    with monkeypatch.context() as patch:
        patch.setattr(sqlite_store, "PACKED_KINDS", ())
        unpacked = SQLiteStore.open(tmp_path / "unpacked", writable=True, create=True)
    papers, edges = _random_graph(seed)
    for store in (sqlite, unpacked, reference):
        store.upsert_papers(papers)
        store.upsert_edges(edges)
        store.upsert_edges(edges[:40])  # written again: replaced, not doubled
        store.delete_nodes([papers[3].id, papers[7].id])
        store.save()
    answers, rows = _every_read(sqlite), unpacked._db.execute("SELECT count(*) FROM edges").fetchone()[0]
    packed = sqlite._db.execute("SELECT count(*) FROM partners").fetchone()[0]
    expected, whole = _every_read(unpacked), _every_read(reference)
    unpacked.close()
    # the reference's neighbourhoods and projection hold more nodes (its own semantics): compared with the rows
    assert (answers == expected, [answers[i] for i in (0, 1, 2, 3, 4, 7)] == [whole[i] for i in (0, 1, 2, 3, 4, 7)]) == (True, True)
    assert (rows > 100, packed > 20) == (True, True)


def test_edge_counts_are_kept_in_meta_through_writes_syncs_and_deletes(
    sqlite: SQLiteStore, data_dir: Path
) -> None:
    papers, edges = _random_graph(3)
    sqlite.upsert_papers(papers)
    sqlite.upsert_edges(edges)
    sqlite.sync_edges(EdgeKind.SAME_FAMILY, [e.model_dump(mode="json") for e in edges[:20] if e.kind == EdgeKind.SAME_FAMILY])
    sqlite.delete_nodes([papers[0].id])
    sqlite.delete_edges([EdgeKind.SHARES_DATASET])
    sqlite.save()
    with SQLiteStore.open(data_dir) as reader:
        kept = reader.counts()["edges"]
        counted = reader._count_edges()
    assert (kept, kept["SAME_FAMILY"] > 0, "SHARES_DATASET" in kept) == (dict(sorted(counted.items())), True, False)


def test_paper_facts_are_kept_in_meta_at_each_save_and_read_without_the_rows(
    sqlite: SQLiteStore, data_dir: Path
) -> None:
    papers, _ = _random_graph(3)
    papers += [Paper(abstract="An untitled paper."), Paper(arxiv_id="2401.00001", title="Dated never")]
    sqlite.upsert_papers(papers)
    sqlite.save()
    sqlite.delete_nodes([papers[0].id])
    sqlite.upsert_papers([papers[1].model_copy(update={"published": None, "year": None})])
    inside = sqlite.paper_facts()  # counted: the write is not saved yet
    sqlite.save()
    with SQLiteStore.open(data_dir) as reader:
        counted = reader._count_paper_facts()
        # kept: a reader answers from meta, not from the rows (here made unreadable to it)
        reader._db.execute("CREATE TEMP VIEW nodes AS SELECT 1 AS n WHERE 0")
        kept = reader.paper_facts()
    assert (kept, inside, kept[0]) == (counted, counted, len(papers) - 1)


def test_a_long_evidence_sentence_is_stored_deflated_and_reads_back(
    sqlite: SQLiteStore, tiny_papers: list[Paper]
) -> None:
    a, b, _ = tiny_papers
    said = "We build on the low-rank adaptation of large language models and extend it to vision transformers."
    sqlite.upsert_papers(tiny_papers)
    sqlite.upsert_edges([_edge(a, b, evidence=said)])
    (stored,) = sqlite._db.execute("SELECT text FROM sentences").fetchone()
    assert (isinstance(stored, bytes), len(stored) < len(said), next(sqlite.edges()).evidence) == (True, True, said)


def test_a_graph_written_whole_is_compacted_when_saved(data_dir: Path, tmp_path: Path) -> None:
    import random
    import shutil

    rng = random.Random(5)
    papers = [Paper(title=f"Paper {i}", abstract=f"On topic {i % 7} and more words {i}.") for i in range(2000)]
    with SQLiteStore.open(data_dir, writable=True, create=True) as store:
        store.upsert_papers(papers)
        for kind in (EdgeKind.SHARES_DATASET, EdgeKind.BUILDS_ON, EdgeKind.SAME_FAMILY):  # stage by stage
            store.upsert_edges(_edge(*rng.sample(papers, 2), kind, evidence=f"Sentence {i}.") for i in range(8000))
    shutil.copytree(data_dir, tmp_path / "copy")
    db = sqlite3.connect(tmp_path / "copy" / DB_FILE)
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute("VACUUM")
    assert (pages, pages > 30) == (db.execute("PRAGMA page_count").fetchone()[0], True)


# -- format 5: the search index's abstract first, extraction results deflated with tag 2 ----------

# A store written by paperkg's format 4 (commit 114b188) from tests/data/arxiv-snapshot.jsonl,
# with inference and without similarity: its search index's columns are title, label, abstract.
FORMAT_4 = Path(__file__).parent / "data" / "format4-store.sqlite.gz"
_QUERIES = ("language models", "adaptation", "low-rank", "training", "model", "Quantized Low Rank", "xyzzy")


def _searched(store: SQLiteStore) -> list[object]:
    """Every hit of :data:`_QUERIES`: id, score, matched fields, snippet."""
    return [store.search_text(q.split(), 20) for q in _QUERIES] + [
        [p["id"] for p in store.papers_near("QLoRA Efficient Finetuning")]
    ]


def _extractions(store: SQLiteStore) -> dict[str, dict[str, str]]:
    rows = store._db.execute("SELECT stage, paper, key FROM extractions").fetchall()
    names = {code: name for name, code in _STAGE_CODES.items()}  # format 6 codes a stage of a row a paper
    stages: dict[str, dict[str, str]] = {}
    for stage, paper, key in rows:
        stages.setdefault(names.get(stage, stage), {})[_extraction_id(paper)] = (
            key.hex() if isinstance(key, bytes) else key
        )
    return {stage: store.get_extractions(stage, keys) for stage, keys in sorted(stages.items())}


def test_a_format_4_store_reads_as_it_is(data_dir: Path) -> None:
    _format_2_store(data_dir, FORMAT_4)
    answers, notices, unchanged = _read_unchanged(data_dir, _searched)
    assert (answers[0] != [], notices, unchanged) == (True, [], True)


def test_the_first_writer_upgrades_a_format_4_store_in_place_with_the_same_searches_and_extractions(
    data_dir: Path,
) -> None:
    _format_2_store(data_dir, FORMAT_4)
    with SQLiteStore.open(data_dir) as old:
        before = (_searched(old), _answers(old), _every_read(old), _extractions(old))
    with SQLiteStore.open(data_dir, writable=True) as store:
        notices = store.notices
    with SQLiteStore.open(data_dir) as new:
        after = (_searched(new), _answers(new), _every_read(new), _extractions(new))
        columns = [row[1] for row in new._db.execute("PRAGMA table_info(search)")]
        rows = new._db.execute("SELECT data, length(key) FROM extractions").fetchall()
        flags = {flag for (flag,) in new._db.execute("SELECT DISTINCT arxiv_id FROM nodes WHERE kind = 'paper'")}
    tags = {data[:1] if isinstance(data, bytes) else data for data, _ in rows}  # "{}" deflates no shorter
    keys = {size for _, size in rows}
    assert (after == before, columns, tags, keys, flags) == (
        True,
        ["abstract", "title", "label"],
        {b"\x02", "{}"},
        {8},
        {"1"},  # the column's affinity is TEXT
    )
    assert [n.split(" (")[0] for n in notices] == [f"upgraded {data_dir / DB_FILE} from format 4 to 7"]


def test_an_extraction_result_is_deflated_with_tag_2_however_short(sqlite: SQLiteStore) -> None:
    long = json.dumps({"i": [["method:lora", "LoRA", "method", 0, [], "proposes"]], "k": ["method:lora"]})
    sqlite.put_extractions("names", [("p1", "00" * 16, '{"w":true}'), ("p2", "11" * 16, long)])
    stored = dict(sqlite._db.execute("SELECT paper, data FROM extractions"))
    read = sqlite.get_extractions("names", {"p1": "00" * 16, "p2": "11" * 16})
    tags = [stored[p][:1] for p in ("p1", "p2")]
    shorter = [len(stored["p1"]) < len('{"w":true}'), len(stored["p2"]) < len(long)]
    assert (tags, shorter, read) == ([b"\x02", b"\x02"], [True, True], {"p1": '{"w":true}', "p2": long})


_ABSTRACT = "We study how low-rank adapters behave when the base model is quantized to four bits. " * 2
_LEAN_ROWS = [
    # every derivable field as derived: all three left out of the row
    {"id": "arxiv:2106.09685", "arxiv_id": "2106.09685", "title": "LoRA", "abstract": _ABSTRACT,
     "authors": ["A", "B"], "n_authors": 2, "published": "2021-06-17", "year": 2021},
    # a longer author count, another year than the date's, an id that is not the arXiv id's: kept
    {"id": "doi:10.1/x", "arxiv_id": "2106.09686", "title": "QLoRA", "abstract": _ABSTRACT,
     "authors": ["A"], "n_authors": 40, "published": "2021-06-17", "year": 2020},
    # empty where they could be derived: written as null, read back empty
    {"id": "arxiv:2106.09687", "title": "DoRA", "abstract": _ABSTRACT, "authors": ["A", "B", "C"],
     "published": "2021-06"},
    # nothing to derive from
    {"id": "hash:0123456789abcdef", "title": "Untitled", "abstract": _ABSTRACT, "published": "--05-26",
     "year": 2021},
]


def test_a_papers_derivable_fields_are_left_out_of_its_row_and_read_back_in_place(sqlite: SQLiteStore) -> None:
    sqlite.upsert_paper_rows([{**row, "kind": "paper"} for row in _LEAN_ROWS])
    tags = [data[:1] for (data,) in sqlite._db.execute("SELECT data FROM nodes ORDER BY n")]
    expected = [
        [*((k, v) for k, v in row.items() if k != "id"), ("label", row["title"]), ("id", row["id"]), ("kind", "paper")]
        for row in _LEAN_ROWS
    ]
    read = [list(row.items()) for row in sqlite.paper_rows()]
    attrs = sqlite.node_attrs(row["id"] for row in _LEAN_ROWS)
    assert (tags, read) == ([b"\x06"] * 4, expected)
    assert [attrs[row["id"]]["arxiv_id"] for row in _LEAN_ROWS] == ["2106.09685", "2106.09686", None, None]


def test_a_lean_row_is_smaller_by_its_derivable_fields(sqlite: SQLiteStore) -> None:
    sqlite.upsert_paper_rows([{**_LEAN_ROWS[0], "kind": "paper"}])
    (data,) = sqlite._db.execute("SELECT data FROM nodes").fetchone()
    kept = {k: v for k, v in _LEAN_ROWS[0].items() if k not in ("id", "arxiv_id", "n_authors", "year")}
    assert json.loads(_unpacked(data)) == kept


def test_payload_hashes_of_nested_attributes_are_memoised_and_keep_each_value_type() -> None:
    # builds-on edges hold a dict of reasons: their payload is hashed once, not once per edge
    memo: dict[tuple[object, ...], object] = {}
    first = _payload_hash({"why": {"n": 1, "via": ["a"]}}, memo)
    assert len(memo) == 1
    assert _payload_hash({"why": {"n": 1, "via": ["a"]}}, memo) == first
    # equal in Python, written differently: 1 and true, inside a dict and inside a list
    assert _payload_hash({"why": {"n": True, "via": ["a"]}}, memo) != first
    assert _payload_hash({"xs": [1]}, memo) != _payload_hash({"xs": [True]}, memo)


# -- format 6: partner rows keyed by one rowid, extraction stages coded, and the upgrade of format 5 --

# A store written by paperkg's format 5 (commit 36e6e93) from tests/data/arxiv-snapshot.jsonl,
# with inference and without similarity: its partner rows are keyed on (node, kind).
FORMAT_5 = Path(__file__).parent / "data" / "format5-store.sqlite.gz"


def test_a_format_5_store_reads_as_it_is(data_dir: Path) -> None:
    _format_2_store(data_dir, FORMAT_5)
    answers, notices, unchanged = _read_unchanged(data_dir, _every_read)
    assert (len(answers[1]), notices, unchanged) == (28, [], True)


def test_the_first_writer_upgrades_a_format_5_store_in_place_with_the_same_answers(data_dir: Path) -> None:
    _format_2_store(data_dir, FORMAT_5)
    with SQLiteStore.open(data_dir) as old:
        before = (_searched(old), _answers(old), _every_read(old), _extractions(old))
        ordered = [json.dumps(r) for r in old.edge_rows()]
        rows = dict(((n, k), d) for n, k, d in old._db.execute("SELECT node, kind, data FROM partners"))
    with SQLiteStore.open(data_dir, writable=True) as store:
        notices = store.notices
    with SQLiteStore.open(data_dir) as new:
        after = (_searched(new), _answers(new), _every_read(new), _extractions(new))
        keyed = {divmod(k, _PARTNER_KINDS): d for k, d in new._db.execute("SELECT k, data FROM partners")}
        stages = sorted(s for (s,) in new._db.execute("SELECT DISTINCT stage FROM extractions"))
        tables = {name for (name,) in new._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert (after == before, [json.dumps(r) for r in new.edge_rows()] == ordered) == (True, True)
    # the format 5 rows keyed again, and the rows of the entity kinds format 7 packs beside them
    kept = {key: keyed.get(key) for key in rows}
    assert (kept == rows, len(rows), len(keyed), "partners_5" in tables) == (True, 27, 41, False)
    assert stages == sorted(["\x01", "\x02", "corpus-state", "match-context", "sample-words"])
    assert notices == [
        f"upgraded {data_dir / DB_FILE} from format 5 to 7 (partner lists and extraction rows keyed more compactly; "
        "titles indexed by a hash, edges to methods, datasets and families packed per node)"
    ]


def test_a_stage_and_an_arxiv_id_are_stored_by_their_codes_and_read_by_their_names(sqlite: SQLiteStore) -> None:
    arxiv = "arxiv:2106.09685"
    sqlite.put_extractions("names", [("p1", "00" * 16, '{"w":true}'), (arxiv, "11" * 16, "{}")])
    sqlite.put_extractions("other-pass", [("p1", "00" * 16, "{}")])
    stored = sorted(sqlite._db.execute("SELECT stage, paper FROM extractions"))
    kept = sqlite.keep_extractions("names", [arxiv])
    assert (stored, kept, sqlite.get_extractions("names", {arxiv: "11" * 16, "p1": "00" * 16})) == (
        [("\x01", "\x012106.09685"), ("\x01", "p1"), ("other-pass", "p1")],
        1,
        {arxiv: "{}"},
    )


def test_the_stage_codes_name_the_passes_of_a_row_a_paper() -> None:
    from paperkg.inference.cache import MATCHES_PASS, NAMES_PASS

    assert sorted(_STAGE_CODES) == sorted([NAMES_PASS, MATCHES_PASS])


def test_a_large_partner_list_stays_in_its_page(sqlite: SQLiteStore) -> None:
    papers = [Paper(title=f"Paper {i}", abstract="x") for i in range(2000)]
    sqlite.upsert_papers(papers)
    hub, rest = papers[0], papers[1:]
    sqlite.upsert_edges(
        [Edge(source=hub.id, target=p.id, kind=EdgeKind.SAME_FAMILY, evidence=f"Both use {p.title}.") for p in rest]
    )
    sqlite.save()
    (size,) = sqlite._db.execute("SELECT max(length(data)) FROM partners").fetchone()
    overflow = sqlite._db.execute("SELECT count(*) FROM dbstat WHERE name = 'partners' AND pagetype = 'overflow'")
    assert (size > 4096, overflow.fetchone()[0], len(list(sqlite.edges_from([hub.id])))) == (True, 0, 1999)


def test_appended_runs_read_back_after_the_entries_before_them() -> None:
    first = [(3, 0, 7, None), (5, 1, 7, None), (5, 0, None, 2)]
    later = [(9, 0, 7, None), (8, 1, None, None)]
    blob = append_entries(pack_entries(first), later)
    assert (unpack_entries(blob), append_entries(blob, []), blob.startswith(pack_entries(first) + b"\x00")) == (
        [(3, 0, 7, None), (5, 0, None, 2), (5, 1, 7, None), (8, 1, None, None), (9, 0, 7, None)],
        blob,
        True,
    )


def test_an_add_appends_new_papers_to_an_entitys_row_and_rewrites_it_when_old_ones_change(
    sqlite: SQLiteStore,
) -> None:
    method = Method(name="LoRA")
    old = [Paper(title=f"Old paper {i}", abstract="x") for i in range(3)]
    new = [Paper(title=f"New paper {i}", abstract="x") for i in range(2)]

    def mentions(papers: list[Paper], evidence: str = "We use LoRA.") -> list[Edge]:
        return [Edge(source=p.id, target=method.id, kind=EdgeKind.MENTIONS, evidence=evidence) for p in papers]

    def method_row() -> bytes:
        return sqlite._db.execute(
            "SELECT p.data FROM partners p JOIN nodes n ON p.k / 64 = n.n WHERE n.id = ?", (method.id,)
        ).fetchone()[0]

    sqlite.upsert_entities([method])
    sqlite.upsert_papers(old)
    sqlite.upsert_edges(mentions(old))
    sqlite.save()
    before = method_row()
    sqlite.upsert_papers(new)
    sqlite.upsert_edges(mentions(new))
    sqlite.save()
    appended = method_row()
    sqlite.upsert_papers([Paper(title="Newest", abstract="x")])
    sqlite.upsert_edges(mentions(old[:1], "LoRA again.") + mentions([Paper(title="Newest", abstract="x")]))
    sqlite.save()

    reference = NetworkXStore.in_memory()
    reference.upsert_entities([method])
    reference.upsert_papers([*old, *new, Paper(title="Newest", abstract="x")])
    reference.upsert_edges([*mentions(old[1:] + new), *mentions(old[:1], "LoRA again.")])
    reference.upsert_edges(mentions([Paper(title="Newest", abstract="x")]))

    every = [p.id for p in [*old, *new, Paper(title="Newest", abstract="x")]]

    def edges(store: SQLiteStore | NetworkXStore) -> list[tuple[str, str, str | None]]:
        return sorted((e.source, e.target, e.evidence) for e in store.edges_from(every))

    final = method_row()
    one_run = pack_entries(unpack_entries(final))
    assert (appended.startswith(before + b"\x00"), final == one_run, edges(sqlite)) == (True, True, edges(reference))
    assert (len(edges(sqlite)), sqlite.counts()["edges"]["MENTIONS"]) == (6, 6)


_TITLES = [
    "Attention Is All You Need",
    "LoRA: Low-Rank Adaptation of Large Language Models",
    "Tied-LoRA: Enhancing parameter efficiency of LoRA with weight tying",
    "LoRAMoE: Revolutionizing Mixture of Experts for Maintaining World Knowledge",
    "Large-batch Optimization for Dense Visual Predictions \u2013 a study",  # an en dash
    "Schr\u00f6dinger bridges for generative modelling",  # a letter beyond ASCII
    "Cafe\u0301 au lait: decomposed accents",  # a combining accent
    "\u4e2d\u6587 pretraining of BERT",  # letters the folding drops
    "The 2.5D world of what_is_it and ONE\u2122 models",  # underscores, a symbol folding to letters
    "Training Compute-Optimal Large Language Models",
    "It is what it is: a study of the and of",
]


def test_a_part_of_a_title_read_through_the_index_finds_what_reading_every_title_finds(
    sqlite: SQLiteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    abstract = "We propose a method for training language models. " * 3
    papers = [Paper(title=t, abstract=abstract) for t in _TITLES]
    papers.append(Paper(title="Untitled draft", label="Mixture-of-Depths routing", abstract=abstract))
    sqlite.upsert_papers(papers)
    sqlite.save()
    folded = [normalise_title(t) for t in [*_TITLES, "Mixture-of-Depths routing"]]
    # every part up to 7 characters long, and runs of two and three words, whole or cut a letter at each end
    keys = {f[i:j].strip() for f in folded for i in range(len(f)) for j in range(i + 1, min(len(f), i + 7) + 1)}
    for f in folded:
        words = f.split()
        for n in (2, 3):
            for i in range(len(words) - n + 1):
                run = " ".join(words[i : i + n])
                keys |= {run, run[1:], run[:-1], run[1:-1]}
    keys |= {"frobnicated widgets", "lora", "is all", "of the", "a", "ONE tm".lower(), "zzz"}
    keys.discard("")
    indexed = {key: [p["id"] for p in sqlite.papers_containing(key)] for key in sorted(keys)}
    asked = {key: sqlite._title_candidates(key) is not None for key in sorted(keys)}
    monkeypatch.setattr(SQLiteStore, "_title_candidates", lambda self, key: None)
    scanned = {key: [p["id"] for p in sqlite.papers_containing(key)] for key in sorted(keys)}
    odd = {n for (n,) in sqlite._db.execute("SELECT n FROM title_odd")}
    assert indexed == scanned
    assert (len(odd), sum(asked.values()) > len(keys) / 2, indexed["lora"][:1]) == (4, True, [papers[1].id])
    # the papers beyond ASCII are candidates by their own words, not for every key
    monkeypatch.undo()
    numbers = dict(sqlite._db.execute("SELECT id, n FROM nodes"))
    schrodinger, cafe, chinese, trademark = (numbers[papers[i].id] for i in (5, 6, 7, 8))
    assert [odd & (sqlite._title_candidates(k) or set()) for k in ("lora", "dinger bri", "au lait", "2 5d", "bert")] == [
        set(),
        {schrodinger},
        {cafe},
        {trademark},
        {chinese},
    ]


def test_a_format_7_store_without_title_words_reads_every_title_until_a_writer_makes_them(data_dir: Path) -> None:
    papers = [Paper(title=t, abstract="We study models.") for t in _TITLES]
    with SQLiteStore.open(data_dir, writable=True, create=True) as store:
        store.upsert_papers(papers)
        store._db.execute("DROP TABLE title_words")
        store._db.execute("DROP TABLE title_odd")
        store.save()
    with SQLiteStore.open(data_dir) as reader:
        before = ([p["id"] for p in reader.papers_containing("lora")], reader._title_candidates("lora"))
    with SQLiteStore.open(data_dir, writable=True) as writer:
        writer.save()
    with SQLiteStore.open(data_dir) as reader:
        after = ([p["id"] for p in reader.papers_containing("lora")], reader._title_candidates("lora") is not None)
    assert (before, after) == (([papers[1].id, papers[2].id, papers[3].id], None), (before[0], True))


def test_a_store_without_the_odd_papers_keys_takes_every_odd_paper_until_a_writer_adds_them(data_dir: Path) -> None:
    papers = [Paper(title=t, abstract="We study models.") for t in _TITLES]
    with SQLiteStore.open(data_dir, writable=True, create=True) as store:
        store.upsert_papers(papers)
        store._db.execute("DROP TABLE title_odd_keys")
        store.save()

    def read() -> tuple[list[str], int]:
        with SQLiteStore.open(data_dir) as reader:
            odd = {n for (n,) in reader._db.execute("SELECT n FROM title_odd")}
            return [p["id"] for p in reader.papers_containing("dinger")], len(odd & (reader._title_candidates("lora") or set()))

    before = read()
    with SQLiteStore.open(data_dir, writable=True) as writer:
        writer.save()
    assert (before, read()) == (([papers[5].id], 4), ([papers[5].id], 0))


# -- format 7: titles indexed by a hash, provenance lines equal to their records left out --

# A store written by paperkg's format 6 (commit 259d860) from tests/data/arxiv-snapshot.jsonl,
# with inference and without similarity: its papers are indexed by their folded titles.
FORMAT_6 = Path(__file__).parent / "data" / "format6-store.sqlite.gz"


def _named(store: SQLiteStore) -> tuple[object, ...]:
    """What each lookup of a paper by a name answers, for every paper's title, label and lead, and parts of them."""
    keys = sorted(
        {
            normalise_title(text)
            for paper in store.papers()
            for text in (paper.title or "", paper.label, (paper.title or "").split(":")[0])
        }
    )
    return (
        [[p["id"] for p in store.papers_named(k)] for k in keys],
        [[p["id"] for p in store.papers_led_by(k)] for k in keys],
        [[p["id"] for p in store.papers_containing(k[2:8])] for k in keys],
        [[p["id"] for p in store.papers_near(k[:-1])] for k in keys],
        store.paper_facts(),
    )


def test_a_format_6_store_reads_as_it_is(data_dir: Path) -> None:
    _format_2_store(data_dir, FORMAT_6)
    answers, notices, unchanged = _read_unchanged(data_dir, _named)
    assert (len(answers[0]), notices, unchanged) == (8, [], True)


def test_the_first_writer_upgrades_a_format_6_store_in_place_with_the_same_answers(data_dir: Path) -> None:
    _format_2_store(data_dir, FORMAT_6)
    with SQLiteStore.open(data_dir) as old:
        before = (_searched(old), _answers(old), _every_read(old), _extractions(old), _named(old))
    with SQLiteStore.open(data_dir, writable=True) as store:
        notices = store.notices
    with SQLiteStore.open(data_dir) as new:
        after = (_searched(new), _answers(new), _every_read(new), _extractions(new), _named(new))
        columns = [name for _, name, *_ in new._db.execute("PRAGMA table_info(nodes)")]
        hashed = new._db.execute("SELECT count(*) FROM nodes WHERE title_hash IS NOT NULL").fetchone()[0]
        words = new._db.execute("SELECT count(*) FROM title_words").fetchone()[0]
        assert after == before
    assert ("title_key" in columns, hashed, words > 20, notices) == (
        False,
        5,
        True,
        [
            f"upgraded {data_dir / DB_FILE} from format 6 to 7 (titles indexed by a hash, edges to methods, "
            "datasets and families packed per node)"
        ],
    )


def test_a_provenance_line_equal_to_its_record_is_left_out_and_read_back(sqlite: SQLiteStore) -> None:
    from paperkg.models import Provenance

    abstract = "We propose a method for training language models. " * 4
    same = Paper(title="A", abstract=abstract, provenance=[Provenance(source="c.jsonl", format="jsonl", record=7, line=7)])
    other = Paper(title="B", abstract=abstract, provenance=[Provenance(source="c.jsonl", format="jsonl", record=7, line=9)])
    sqlite.upsert_papers([same, other])
    rows = dict(sqlite._db.execute("SELECT id, data FROM nodes"))
    read = [sqlite.get_paper(same.id), sqlite.get_paper(other.id)]
    stored = json.loads(_unpacked(rows[same.id]))["provenance"]
    assert (rows[same.id][:1], rows[other.id][:1], stored, read) == (
        b"\x07",
        b"\x06",
        [{"source": "c.jsonl", "format": "jsonl", "record": 7}],
        [same, other],
    )


def test_a_matches_result_leaves_out_the_sentence_lengths_its_names_result_holds(sqlite: SQLiteStore) -> None:
    lengths = ',"b":[81,135,61]}'
    names = '{"i":[["Adapters","method",1,[],"proposes","method:adapters",null]],"w":true' + lengths
    same = '{"i":[["method:adapters","Adapters","method",1,[],"proposes"]],"k":["method:adapters"]' + lengths
    other = '{"k":["method:adapters"],"b":[81,135]}'
    sqlite.put_extractions("names", [("p1", "00" * 8, names), ("p2", "00" * 8, names)])
    sqlite.put_extractions("matches", [("p1", "11" * 8, same), ("p2", "11" * 8, other)])
    tags = dict(sqlite._db.execute("SELECT paper, substr(data, 1, 1) FROM extractions WHERE stage = char(2)"))
    read = sqlite.get_extractions("matches", {"p1": "11" * 8, "p2": "11" * 8})
    # names made again with other lengths: the result left without its own is not found (and made again)
    sqlite.put_extractions("names", [("p1", "22" * 8, names.replace("61", "62"))])
    again = sqlite.get_extractions("matches", {"p1": "11" * 8, "p2": "11" * 8})
    assert (tags, read, again) == ({"p1": b"\x05", "p2": b"\x02"}, {"p1": same, "p2": other}, {"p2": other})


def test_edges_given_as_items_are_written_as_their_rows(tmp_path: Path, tiny_papers: list[Paper]) -> None:
    """A bulk stage's items, each distinct payload encoded once, leave the tables its rows leave."""
    from paperkg.graph.rows import EdgeRows
    from paperkg.inference.pipeline import _mention_ends, _mention_row
    from paperkg.inference.related import RelatedRows

    a, b, c = tiny_papers
    lora = Method(name="LoRA")
    # inference's own mention rows: two mentions carry one payload, the third another
    mentions = [
        (a.id, lora.id, "We use LoRA.", "LoRA", "uses", 2),
        (b.id, lora.id, None, "LoRA", "uses", 2),
        (c.id, lora.id, "LoRA again.", "LoRA", None, 1),
    ]

    def rows_of_kind() -> dict[EdgeKind, EdgeRows[Any] | RelatedRows]:
        return {
            EdgeKind.MENTIONS: EdgeRows(mentions, _mention_row, _mention_ends),
            EdgeKind.SAME_FAMILY: RelatedRows({a.id: {"f", "g"}, b.id: {"f", "g"}, c.id: {"f"}}, EdgeKind.SAME_FAMILY),
        }

    tables = []
    for by_items in (False, True):
        handle = SQLiteStore.open(tmp_path / f"items-{by_items}", writable=True, create=True)
        handle.upsert_papers(tiny_papers)
        handle.upsert_entities([lora])
        for kind, rows in rows_of_kind().items():
            if by_items:
                assert handle.upsert_edge_items(kind, rows.items()) == len(rows)
            else:
                handle.upsert_edge_rows(rows)
        handle.save()
        tables.append(
            [list(handle._db.execute(f"SELECT * FROM {t} ORDER BY 1, 2")) for t in ("edges", "partners", "payloads")]
        )
        if by_items:
            with pytest.raises(ValueError, match="a payload of MENTIONS"):
                handle.upsert_edge_items(EdgeKind.USES_DATASET, rows_of_kind()[EdgeKind.MENTIONS].items())
        handle.close()
    assert tables[0] == tables[1]
    assert len(tables[0][2]) == 4  # two payloads of mentions, two of the pairs


# -- the folded names of introduced methods and datasets, by which a paper is found ----------

_NAME_PROBES = ("lamb", "Layer-wise adaptive moments", "lamb optimizer", "ARC", "abstraction and reasoning corpus",
                "imagenet", "peft", "adafactor", "GSM-8K")


def _named_by_index(store: SQLiteStore) -> dict[str, list[str]]:
    """What the index of names answers for each probe, checked against a scan of every entity."""
    introduced = [e for e in store.entities() if e.kind in ("method", "dataset") and e.introduced_by]
    indexed = {probe: [e.id for e in store.entities_named(probe)] for probe in _NAME_PROBES}
    scanned = {
        probe: [e.id for e in introduced if normalise_title(probe) in folded_names(e.name, e.aliases)]
        for probe in _NAME_PROBES
    }
    # and the index holds no more: no row of a node deleted, whose number a later node may take
    numbers = dict(store._db.execute("SELECT id, n FROM nodes"))
    rows = set(store._db.execute("SELECT key, n FROM entity_names")) if store._entity_names else set()
    expected = {
        (key, numbers[e.id]) for e in introduced if store._entity_names for key in folded_names(e.name, e.aliases)
    }
    assert (indexed, rows) == (scanned, expected)
    return {probe: ids for probe, ids in indexed.items() if ids}


def test_the_names_of_introduced_entities_follow_every_write_that_changes_them(sqlite: SQLiteStore) -> None:
    from paperkg.models import Dataset, MethodFamily

    papers = [Paper(arxiv_id=f"2401.0000{i}", title=f"Paper {i}") for i in range(3)]
    sqlite.upsert_papers(papers)
    lamb = Method(name="LAMB", aliases=["Layer-wise Adaptive Moments"], introduced_by=papers[0].id)
    arc = Dataset(name="ARC", aliases=["Abstraction and Reasoning Corpus"], introduced_by=papers[1].id)
    others = [Dataset(name="ImageNet"), MethodFamily(name="PEFT", introduced_by=papers[2].id)]
    later = [Method(name="Adafactor", introduced_by=papers[2].id), Dataset(name="GSM8K", aliases=["GSM-8K"],
             introduced_by=papers[2].id)]
    sqlite.upsert_entities([lamb, arc, *others])
    steps = [_named_by_index(sqlite)]
    sqlite.upsert_entities([lamb.model_copy(update={"aliases": ["LAMB optimizer"]})])  # an alias replaced
    steps.append(_named_by_index(sqlite))
    sqlite.sync_entities([arc, *others], kept_kinds=[])
    steps.append(_named_by_index(sqlite))
    # the nodes of a store's last numbers deleted: the next ones written take those numbers again
    sqlite.upsert_entities([lamb])
    sqlite.delete_nodes([lamb.id, arc.id, *(e.id for e in others)])
    sqlite.upsert_entities(later)
    steps.append(_named_by_index(sqlite))
    sqlite.upsert_entities([lamb])
    sqlite.delete_entities()
    sqlite.upsert_entities([arc])
    steps.append(_named_by_index(sqlite))
    sqlite.clear()
    steps.append(_named_by_index(sqlite))
    sqlite.upsert_papers(papers)
    sqlite.upsert_entities([lamb])
    sqlite.save()
    steps.append(_named_by_index(sqlite))
    both = {"lamb": [lamb.id], "Layer-wise adaptive moments": [lamb.id], "ARC": [arc.id],
            "abstraction and reasoning corpus": [arc.id]}
    assert steps == [
        both,
        {**{k: v for k, v in both.items() if k != "Layer-wise adaptive moments"}, "lamb optimizer": [lamb.id]},
        {"ARC": [arc.id], "abstraction and reasoning corpus": [arc.id]},
        {"adafactor": [later[0].id], "GSM-8K": [later[1].id]},
        {"ARC": [arc.id], "abstraction and reasoning corpus": [arc.id]},
        {},
        {"lamb": [lamb.id], "Layer-wise adaptive moments": [lamb.id]},
    ]


def test_a_format_7_store_without_the_names_of_entities_reads_every_entity_until_a_writer_makes_them(
    data_dir: Path,
) -> None:
    paper = Paper(arxiv_id="1904.00962", title="Large Batch Optimization for Deep Learning")
    lamb = Method(name="LAMB", aliases=["Layer-wise Adaptive Moments"], introduced_by=paper.id)
    with SQLiteStore.open(data_dir, writable=True, create=True) as store:
        store.upsert_papers([paper])
        store.upsert_entities([lamb])
        store._db.execute("DROP TABLE entity_names")
        store.save()

    def read() -> tuple[bool, dict[str, list[str]], list[str]]:
        with SQLiteStore.open(data_dir) as reader:
            return reader._entity_names, _named_by_index(reader), reader.entity_names_near("lamn")

    before = read()
    with SQLiteStore.open(data_dir, writable=True) as writer:
        writer.save()
    after = read()
    named = {"lamb": [lamb.id], "Layer-wise adaptive moments": [lamb.id]}
    assert (before, after) == ((False, named, ["LAMB"]), (True, named, ["LAMB"]))
