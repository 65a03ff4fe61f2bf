"""Semantic search and bare-embedding neighbours on the embedded store: each paper's vector found by the key
of its text the store keeps, without reading the papers, answering as the NetworkX reference does."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from tests._similarity_helpers import fake_encoder
from tests.conftest import ABSTRACTS

from paperkg.graph import NetworkXStore, SQLiteStore
from paperkg.loaders import LoadOptions, LoadReport
from paperkg.loaders.abstracts import load as load_abstracts
from paperkg.models import Paper, text_key, text_key_prefix
from paperkg.similarity import search
from paperkg.similarity.cache import EmbeddingCache
from paperkg.similarity.embed import paper_text
from paperkg.similarity.pipeline import embed_papers
from paperkg.similarity.search import embedding_neighbours, semantic_search

QUERIES = ["sparse retrieval with learned term weights", "instruction tuning of language models"]
MODEL = "bag-of-words"


def _papers() -> list[Paper]:
    """The 11 bare abstracts of the seed file, and a twin of the first (the same text under another id)."""
    papers = list(load_abstracts(ABSTRACTS, LoadOptions(), LoadReport(source=str(ABSTRACTS))))
    twin = papers[0].model_copy(update={"id": "hash:0000000000000000"})
    return [*papers, twin]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An embedded store of :func:`_papers` whose texts are all in the embeddings cache, as after a build."""
    papers = _papers()
    with SQLiteStore.open(tmp_path, writable=True, create=True) as store:
        store.upsert_papers(papers)
    embed_papers(papers, data_dir=tmp_path, encoder=fake_encoder(MODEL))
    return tmp_path


def _unreadable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make reading every paper of the embedded store fail: the indexed paths must not."""

    def papers(self: SQLiteStore) -> Any:
        raise AssertionError("read every paper")

    monkeypatch.setattr(SQLiteStore, "papers", papers)


def _reference(papers: list[Paper]) -> NetworkXStore:
    store = NetworkXStore.in_memory()
    store.upsert_papers(papers)
    return store


def _hits(found: list[Any]) -> list[tuple[str, float]]:
    return [(hit.paper.id, hit.score) for hit in found]


@pytest.mark.parametrize("text", QUERIES)
def test_semantic_search_answers_as_the_reference_without_reading_the_papers(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    expected = _hits(
        semantic_search(_reference(_papers()), text, k=5, encoder=fake_encoder(MODEL), data_dir=data_dir)
    )
    _unreadable(monkeypatch)
    with SQLiteStore.open(data_dir) as store:
        found = _hits(semantic_search(store, text, k=5, encoder=fake_encoder(MODEL), data_dir=data_dir))
    assert found == expected


def test_semantic_search_encodes_nothing_but_the_query(data_dir: Path) -> None:
    encoder = fake_encoder(MODEL)
    with SQLiteStore.open(data_dir) as store:
        semantic_search(store, QUERIES[0], k=3, encoder=encoder, data_dir=data_dir)
    assert encoder.model.seen == [QUERIES[0]]


def test_papers_of_one_text_tie_to_the_smaller_id(data_dir: Path) -> None:
    first = _papers()[0]
    with SQLiteStore.open(data_dir) as store:
        found = semantic_search(store, paper_text(first), k=2, encoder=fake_encoder(MODEL), data_dir=data_dir)
    assert [hit.paper.id for hit in found] == sorted(["hash:0000000000000000", first.id])


@pytest.mark.parametrize("which", [0, 4])
def test_embedding_neighbours_answer_as_the_reference_without_reading_the_papers(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, which: int
) -> None:
    paper = _papers()[which].id
    expected = embedding_neighbours(_reference(_papers()), paper, k=6, data_dir=data_dir, model=MODEL)
    _unreadable(monkeypatch)
    with SQLiteStore.open(data_dir) as store:
        found = embedding_neighbours(store, paper, k=6, data_dir=data_dir, model=MODEL)
    assert found == expected


def test_vectors_gathered_a_few_at_a_time_give_the_same_answer(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with SQLiteStore.open(data_dir) as store:
        whole = _hits(semantic_search(store, QUERIES[1], k=5, encoder=fake_encoder(MODEL), data_dir=data_dir))
        monkeypatch.setattr(search, "DEFAULT_BLOCK_COLS", 3)
        monkeypatch.setattr(search, "_GATHER", 2)
        tiled = _hits(semantic_search(store, QUERIES[1], k=5, encoder=fake_encoder(MODEL), data_dir=data_dir))
    assert [(paper, pytest.approx(score, abs=2e-6)) for paper, score in tiled] == whole


def test_a_text_changed_since_it_was_encoded_is_encoded_for_the_search(data_dir: Path) -> None:
    papers = _papers()
    changed = papers[2].model_copy(
        update={"abstract": "Sparse retrieval with learned term weights, revised."}
    )
    with SQLiteStore.open(data_dir, writable=True) as store:
        store.upsert_papers([changed])
    encoder = fake_encoder(MODEL)
    with SQLiteStore.open(data_dir) as store:
        found = semantic_search(store, QUERIES[0], k=1, encoder=encoder, data_dir=data_dir)
    assert (found[0].paper.id, paper_text(changed) in encoder.model.seen) == (changed.id, True)


def _keys(papers: list[Paper]) -> tuple[list[str], list[int]]:
    ordered = sorted(papers, key=lambda p: p.id)
    return [p.id for p in ordered], [text_key_prefix(text_key(paper_text(p))) for p in ordered]


def _kept(store: SQLiteStore) -> tuple[list[str], list[int]] | None:
    found = store.paper_text_keys()
    if found is None:
        return None
    ids = store.ids_numbered(found[0].tolist())
    return [ids[n] for n in found[0].tolist()], found[1].tolist()


def test_the_store_keeps_the_key_of_each_papers_text(data_dir: Path) -> None:
    with SQLiteStore.open(data_dir) as store:
        assert _kept(store) == _keys(_papers())


def test_a_paper_written_again_gets_its_new_texts_key(data_dir: Path) -> None:
    papers = _papers()
    papers[5] = papers[5].model_copy(update={"title": "A title it lacked"})
    with SQLiteStore.open(data_dir, writable=True) as store:
        store.upsert_papers([papers[5]])
        assert _kept(store) == _keys(papers)


def test_a_deleted_paper_leaves_no_key(data_dir: Path) -> None:
    papers = _papers()
    with SQLiteStore.open(data_dir, writable=True) as store:
        store.delete_nodes([papers[3].id])
        assert _kept(store) == _keys(papers[:3] + papers[4:])


def test_keys_of_papers_past_a_thousand_nodes_are_kept(tmp_path: Path) -> None:
    # the keys are packed 1,360 node numbers to a row
    papers = [Paper(title=f"Paper {i}", abstract=f"About topic {i}.") for i in range(2500)]
    with SQLiteStore.open(tmp_path, writable=True, create=True) as store:
        store.upsert_papers(papers)
        store.delete_nodes([papers[1500].id])
    with SQLiteStore.open(tmp_path) as store:
        assert _kept(store) == _keys(papers[:1500] + papers[1501:])


def test_a_paper_whose_48_bits_another_cached_text_shares_finds_its_own_vector(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _papers()[4]
    key = text_key(paper_text(first))
    twin = key[:12] + ("0" if key[12] != "0" else "1") + key[13:]  # the same 48 bits, another text
    cache = EmbeddingCache.open(data_dir, MODEL)
    cache.add([twin], np.ones((1, cache.dim or 1), dtype=np.float32) / np.sqrt(cache.dim or 1))
    cache.save()
    expected = embedding_neighbours(_reference(_papers()), first.id, k=4, data_dir=data_dir, model=MODEL)
    _unreadable(monkeypatch)
    with SQLiteStore.open(data_dir) as store:
        assert embedding_neighbours(store, first.id, k=4, data_dir=data_dir, model=MODEL) == expected


def _drop_keys(data_dir: Path) -> None:
    """Make the store one an earlier paperkg wrote: no ``text_keys``."""
    with sqlite3.connect(data_dir / "graph.sqlite") as db:
        db.execute("DROP TABLE text_keys")


def test_a_store_without_keys_opened_to_read_still_answers(data_dir: Path) -> None:
    expected = _hits(
        semantic_search(
            _reference(_papers()), QUERIES[0], k=4, encoder=fake_encoder(MODEL), data_dir=data_dir
        )
    )
    _drop_keys(data_dir)
    with SQLiteStore.open(data_dir) as store:
        found = _hits(semantic_search(store, QUERIES[0], k=4, encoder=fake_encoder(MODEL), data_dir=data_dir))
    assert found == expected


def test_the_first_writer_keeps_the_keys_of_a_store_without_them(data_dir: Path) -> None:
    _drop_keys(data_dir)
    with SQLiteStore.open(data_dir, writable=True):
        pass
    with SQLiteStore.open(data_dir) as store:
        assert _kept(store) == _keys(_papers())
