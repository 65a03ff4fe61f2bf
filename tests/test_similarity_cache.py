"""The embeddings cache: only new or changed texts are encoded, per model, saved atomically as .npy + JSON."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from tests._similarity_helpers import fake_encoder
from tests.conftest import ABSTRACTS

from paperkg.exceptions import StoreCorrupt
from paperkg.loaders import LoadOptions, LoadReport
from paperkg.loaders.abstracts import load as load_abstracts
from paperkg.models import Paper
from paperkg.similarity.cache import EmbeddingCache, text_key
from paperkg.similarity.embed import paper_text
from paperkg.similarity.pipeline import embed_papers


@pytest.fixture
def seed_abstracts() -> list[Paper]:
    """The 11 bare abstracts of the seed file."""
    return list(load_abstracts(ABSTRACTS, LoadOptions(), LoadReport(source=str(ABSTRACTS))))


def test_seed_abstracts_load(seed_abstracts: list[Paper]) -> None:
    assert len(seed_abstracts) == 11


def test_first_embedding_encodes_every_paper(seed_abstracts: list[Paper], tmp_path: Path) -> None:
    assert embed_papers(seed_abstracts, data_dir=tmp_path, encoder=fake_encoder()).encoded == 11


def test_second_embedding_encodes_nothing(seed_abstracts: list[Paper], tmp_path: Path) -> None:
    embed_papers(seed_abstracts, data_dir=tmp_path, encoder=fake_encoder())
    encoder = fake_encoder()
    embed_papers(seed_abstracts, data_dir=tmp_path, encoder=encoder)
    assert encoder.model.seen == []


def test_second_embedding_counts_every_paper_a_cache_hit(seed_abstracts: list[Paper], tmp_path: Path) -> None:
    embed_papers(seed_abstracts, data_dir=tmp_path, encoder=fake_encoder())
    assert embed_papers(seed_abstracts, data_dir=tmp_path, encoder=fake_encoder()).cache_hits == 11


def test_cached_vectors_equal_fresh_ones(seed_abstracts: list[Paper], tmp_path: Path) -> None:
    fresh = embed_papers(seed_abstracts, data_dir=tmp_path, encoder=fake_encoder()).vectors
    cached = embed_papers(seed_abstracts, data_dir=tmp_path, encoder=fake_encoder()).vectors
    np.testing.assert_array_equal(cached, fresh)


def test_a_changed_abstract_alone_is_encoded_again(seed_abstracts: list[Paper], tmp_path: Path) -> None:
    embed_papers(seed_abstracts, data_dir=tmp_path, encoder=fake_encoder())
    changed = seed_abstracts[3].model_copy(update={"abstract": seed_abstracts[3].abstract + " Revised."})
    encoder = fake_encoder()
    embed_papers([*seed_abstracts[:3], changed, *seed_abstracts[4:]], data_dir=tmp_path, encoder=encoder)
    assert encoder.model.seen == [paper_text(changed)]


def test_another_model_encodes_everything_again(seed_abstracts: list[Paper], tmp_path: Path) -> None:
    embed_papers(seed_abstracts, data_dir=tmp_path, encoder=fake_encoder("model-a"))
    assert embed_papers(seed_abstracts, data_dir=tmp_path, encoder=fake_encoder("model-b")).encoded == 11


def test_the_same_text_twice_is_encoded_once(seed_abstracts: list[Paper], tmp_path: Path) -> None:
    twin = seed_abstracts[0].model_copy(update={"id": "hash:0000000000000000"})
    assert embed_papers([seed_abstracts[0], twin], data_dir=tmp_path, encoder=fake_encoder()).encoded == 1


def test_vectors_are_stored_as_npy_named_by_the_index(seed_abstracts: list[Paper], tmp_path: Path) -> None:
    embed_papers(seed_abstracts, data_dir=tmp_path, encoder=fake_encoder())
    (index_file,) = (tmp_path / "embeddings").glob("*/index.json")
    index = json.loads(index_file.read_text())
    assert np.load(index_file.parent / index["vectors"], allow_pickle=False).shape == (11, 64)


def test_a_save_leaves_one_vectors_file(seed_abstracts: list[Paper], tmp_path: Path) -> None:
    embed_papers(seed_abstracts[:5], data_dir=tmp_path, encoder=fake_encoder())
    embed_papers(seed_abstracts, data_dir=tmp_path, encoder=fake_encoder())
    assert len(list((tmp_path / "embeddings").glob("*/*.npy"))) == 1


def test_keys_are_the_hash_of_the_exact_text(seed_abstracts: list[Paper], tmp_path: Path) -> None:
    embed_papers(seed_abstracts[:1], data_dir=tmp_path, encoder=fake_encoder())
    (index_file,) = (tmp_path / "embeddings").glob("*/index.json")
    assert json.loads(index_file.read_text())["keys"] == [text_key(paper_text(seed_abstracts[0]))]


def test_a_corrupt_index_names_the_file_and_the_fix(seed_abstracts: list[Paper], tmp_path: Path) -> None:
    embed_papers(seed_abstracts, data_dir=tmp_path, encoder=fake_encoder())
    (index_file,) = (tmp_path / "embeddings").glob("*/index.json")
    index_file.write_text("{not json")
    with pytest.raises(StoreCorrupt, match=r"index\.json.*delete the folder"):
        EmbeddingCache.open(tmp_path, "bag-of-words")


def test_vectors_of_another_width_are_refused() -> None:
    cache = EmbeddingCache(None, "m")
    cache.add(["a"], np.ones((1, 3), np.float32))
    with pytest.raises(ValueError, match="holds 3-d vectors"):
        cache.add(["b"], np.ones((1, 4), np.float32))


def test_an_in_memory_cache_writes_nothing(seed_abstracts: list[Paper], tmp_path: Path) -> None:
    embed_papers(seed_abstracts, data_dir=None, encoder=fake_encoder())
    assert list(tmp_path.iterdir()) == []
