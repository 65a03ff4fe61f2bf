"""The embeddings cache: only new or changed texts are encoded, per model, saved atomically as .npy + JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from tests._similarity_helpers import BagOfWordsModel, fake_encoder
from tests.conftest import ABSTRACTS

from paperkg.exceptions import StoreCorrupt
from paperkg.loaders import LoadOptions, LoadReport
from paperkg.loaders.abstracts import load as load_abstracts
from paperkg.models import Paper
from paperkg.similarity.cache import EmbeddingCache, text_key
from paperkg.similarity.embed import Encoder, paper_text
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


class _Interrupted(Exception):
    """What the failing model raises."""


class _FailsAfter(BagOfWordsModel):
    """A model that encodes ``batches`` batches, then fails as a killed build would."""

    def __init__(self, batches: int) -> None:
        super().__init__()
        self.batches = batches

    def encode(self, texts: list[str], **kwargs: Any) -> np.ndarray:
        if self.batches == 0:
            raise _Interrupted("stopped")
        self.batches -= 1
        return super().encode(texts, **kwargs)


def _interrupted_build(papers: list[Paper], data_dir: Path, batches: int) -> None:
    encoder = Encoder(_FailsAfter(batches), "bag-of-words", "cpu", 4)
    with pytest.raises(_Interrupted):
        embed_papers(papers, data_dir=data_dir, encoder=encoder, checkpoint_seconds=0)


def test_an_interrupted_build_keeps_the_batches_it_finished(
    seed_abstracts: list[Paper], tmp_path: Path
) -> None:
    _interrupted_build(seed_abstracts, tmp_path, batches=2)
    assert len(EmbeddingCache.open(tmp_path, "bag-of-words")) == 8


def test_after_an_interruption_the_next_build_encodes_only_the_rest(
    seed_abstracts: list[Paper], tmp_path: Path
) -> None:
    _interrupted_build(seed_abstracts, tmp_path, batches=2)
    encoder = fake_encoder()
    embed_papers(seed_abstracts, data_dir=tmp_path, encoder=encoder)
    assert len(encoder.model.seen) == 3


def test_vectors_kept_from_an_interrupted_build_equal_fresh_ones(
    seed_abstracts: list[Paper], tmp_path: Path
) -> None:
    _interrupted_build(seed_abstracts, tmp_path, batches=1)
    resumed = embed_papers(seed_abstracts, data_dir=tmp_path, encoder=fake_encoder()).vectors
    fresh = embed_papers(seed_abstracts, data_dir=None, encoder=fake_encoder()).vectors
    np.testing.assert_array_equal(resumed, fresh)


def test_checkpoints_are_saved_while_encoding(seed_abstracts: list[Paper], tmp_path: Path) -> None:
    saved: list[int] = []

    class Watching(BagOfWordsModel):
        def encode(self, texts: list[str], **kwargs: Any) -> np.ndarray:
            index = next((tmp_path / "embeddings").glob("*/index.json"), None)
            saved.append(len(json.loads(index.read_text())["keys"]) if index else 0)
            return super().encode(texts, **kwargs)

    embed_papers(
        seed_abstracts, data_dir=tmp_path, encoder=Encoder(Watching(), "w", "cpu", 4), checkpoint_seconds=0
    )
    assert saved == [0, 4, 8]


def test_checkpoints_wait_the_interval(seed_abstracts: list[Paper], tmp_path: Path) -> None:
    cache = EmbeddingCache.open(tmp_path, "m")
    cache.add(["a"], np.ones((1, 3), np.float32))
    assert cache.checkpoint(every_seconds=3600) is False


@pytest.mark.parametrize("name", ["../outside.npy", "/etc/passwd", "sub/vectors-ab.npy", "vectors-ab.npy/.."])
def test_an_index_naming_a_file_outside_its_folder_is_refused(
    seed_abstracts: list[Paper], tmp_path: Path, name: str
) -> None:
    embed_papers(seed_abstracts, data_dir=tmp_path, encoder=fake_encoder())
    (index_file,) = (tmp_path / "embeddings").glob("*/index.json")
    index = json.loads(index_file.read_text())
    index["vectors"] = name
    index_file.write_text(json.dumps(index))
    with pytest.raises(StoreCorrupt, match=r"not a vectors-\*\.npy name in this folder"):
        EmbeddingCache.open(tmp_path, "bag-of-words")


def test_the_prefixes_of_many_keys_are_each_keys_prefix() -> None:
    from paperkg.models import text_key_prefix
    from paperkg.similarity.cache import _prefixes

    keys = [text_key(f"text {i}") for i in range(500)] + ["ABCDEF0123456789", "000000000000"]
    found = _prefixes(keys)
    assert found is not None
    assert found.tolist() == [text_key_prefix(k) for k in keys]


@pytest.mark.parametrize("bad", ["not hexadecimal", "abc", "é" * 12, "0123456789ag"])
def test_a_key_that_does_not_begin_with_12_hex_digits_has_no_prefix(bad: str) -> None:
    from paperkg.similarity.cache import _prefixes

    assert _prefixes([text_key("a"), bad]) is None
