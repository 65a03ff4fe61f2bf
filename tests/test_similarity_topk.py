"""Exact blocked top-k: same neighbours as a brute-force sort, whatever the tiling, ties by index."""

from __future__ import annotations

import numpy as np
import pytest

from paperkg.similarity.topk import normalise, top_k


def _brute(corpus: np.ndarray, k: int, queries: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Full score matrix, diagonal removed, rows sorted by (score desc, index asc)."""
    self_query = queries is None
    rows = corpus if queries is None else queries
    scores = rows @ corpus.T
    if self_query:
        np.fill_diagonal(scores, -np.inf)
    order = np.array([np.lexsort((np.arange(len(row)), -row))[:k] for row in scores])
    return order, np.take_along_axis(scores, order, 1)


def _random(n: int, d: int, seed: int = 0) -> np.ndarray:
    return normalise(np.random.default_rng(seed).standard_normal((n, d)))


@pytest.mark.parametrize(
    ("n", "d", "k", "block_rows", "block_cols"),
    [
        (1000, 16, 10, 64, 256),
        (500, 8, 5, 100, 64),
        (37, 4, 40, 8, 32),
        (300, 12, 10, 1024, 8192),
        (257, 6, 3, 1, 33),
    ],
)
def test_indices_match_brute_force(n: int, d: int, k: int, block_rows: int, block_cols: int) -> None:
    corpus = _random(n, d)
    found = top_k(corpus, k, block_rows=block_rows, block_cols=block_cols)
    expected, _ = _brute(corpus, min(k, n - 1))
    assert found.indices.tolist() == expected.tolist()


@pytest.mark.parametrize(("block_rows", "block_cols"), [(64, 256), (7, 40)])
def test_scores_match_brute_force(block_rows: int, block_cols: int) -> None:
    corpus = _random(400, 16, seed=3)
    found = top_k(corpus, 10, block_rows=block_rows, block_cols=block_cols)
    _, expected = _brute(corpus, 10)
    np.testing.assert_allclose(found.scores, expected, atol=1e-5)


@pytest.mark.parametrize(("block_rows", "block_cols"), [(16, 64), (200, 32), (3, 8192)])
def test_ties_go_to_the_lower_index(block_rows: int, block_cols: int) -> None:
    # Each vector four times: many exact ties, across tile borders.
    corpus = normalise(np.repeat(np.random.default_rng(5).standard_normal((50, 8)), 4, axis=0))
    found = top_k(corpus, 5, block_rows=block_rows, block_cols=block_cols)
    expected, _ = _brute(corpus, 5)
    assert found.indices.tolist() == expected.tolist()


def test_a_row_is_never_its_own_neighbour() -> None:
    corpus = _random(300, 8)
    found = top_k(corpus, 10, block_rows=32, block_cols=64)
    assert not (found.indices == np.arange(300)[:, None]).any()


def test_queries_against_a_corpus_match_brute_force() -> None:
    corpus = _random(500, 8, seed=1)
    queries = _random(9, 8, seed=2)
    found = top_k(corpus, 7, queries=queries, block_rows=4, block_cols=96)
    expected, _ = _brute(corpus, 7, queries)
    assert found.indices.tolist() == expected.tolist()


@pytest.mark.parametrize(("n", "k", "width"), [(5, 10, 4), (2, 10, 1), (1, 3, 0)])
def test_small_corpora_give_every_other_row(n: int, k: int, width: int) -> None:
    assert top_k(_random(n, 4), k).indices.shape == (n, width)


def test_the_same_vectors_give_the_same_neighbours_with_another_tiling() -> None:
    corpus = _random(700, 16, seed=9)
    first = top_k(corpus, 10, block_rows=50, block_cols=96).indices
    assert top_k(corpus, 10, block_rows=700, block_cols=8192).indices.tolist() == first.tolist()


@pytest.mark.parametrize("k", [0, -1])
def test_k_below_one_is_refused(k: int) -> None:
    with pytest.raises(ValueError, match="k must be 1 or more"):
        top_k(_random(10, 4), k)


def test_normalise_gives_unit_rows() -> None:
    np.testing.assert_allclose(np.linalg.norm(normalise([[3.0, 4.0], [1.0, 0.0]]), axis=1), [1.0, 1.0])


def test_normalise_leaves_a_zero_row_zero() -> None:
    assert normalise([[0.0, 0.0]]).tolist() == [[0.0, 0.0]]


@pytest.mark.parametrize(("block_rows", "block_cols"), [(64, 128), (7, 40), (5, 4)])
def test_the_torch_path_matches_brute_force(block_rows: int, block_cols: int) -> None:
    # The GPU code path, run by torch on the CPU: same tiling, same tie-breaking.
    pytest.importorskip("torch")
    from paperkg.similarity.topk import _top_k_torch

    corpus = normalise(np.repeat(np.random.default_rng(4).standard_normal((100, 8)), 3, axis=0))
    indices, _ = _top_k_torch(corpus, corpus, 6, True, block_rows, block_cols, "cpu")
    expected, _ = _brute(corpus, 6)
    assert indices.tolist() == expected.tolist()
