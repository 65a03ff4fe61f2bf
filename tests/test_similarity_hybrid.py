"""The hybrid SIMILAR_TO score: each signal lifts the pairs it singles out, and the weights are honoured."""

from __future__ import annotations

import numpy as np
import pytest

from paperkg.similarity.hybrid import SIGNALS, HybridWeights, hybrid_edges, tfidf_matrix
from paperkg.similarity.pipeline import similar_edges
from paperkg.similarity.topk import normalise

BARE = HybridWeights(embedding=1.0, lexical=0.0, entities=0.0, citations=0.0)


def _same_vectors(n: int) -> np.ndarray:
    """Vectors all alike but for tiny noise: the embedding then cannot tell papers apart."""
    rng = np.random.default_rng(0)
    return normalise(np.ones((n, 8), np.float32) + 1e-4 * rng.standard_normal((n, 8), dtype=np.float32))


def _first(edges: list, source: str) -> str:  # type: ignore[type-arg]
    return next(e.target for e in edges if e.source == source and e.rank == 1)


def test_weights_parse_names_and_values() -> None:
    assert HybridWeights.parse("lexical=0.2, citations=1").to_dict() == {
        "embedding": 1.0,
        "lexical": 0.2,
        "entities": 0.3,
        "citations": 1.0,
    }


@pytest.mark.parametrize("text", ["words=1", "lexical", "lexical=-1", "lexical=nan"])
def test_weights_refuse_what_they_cannot_use(text: str) -> None:
    with pytest.raises(ValueError, match=r"lexical|SIGNAL"):
        HybridWeights.parse(text)


def test_embedding_alone_ranks_as_the_bare_model() -> None:
    rng = np.random.default_rng(1)
    vectors = normalise(rng.standard_normal((40, 16), dtype=np.float32))
    ids = [f"p{i:02d}" for i in range(40)]
    hybrid = hybrid_edges(ids, ["x"] * 40, vectors, k=5, weights=BARE)
    bare = similar_edges(ids, vectors, k=5)
    assert [(e.source, e.target, e.rank) for e in hybrid] == [(e.source, e.target, e.rank) for e in bare]


def test_shared_rare_words_make_neighbours() -> None:
    texts = [
        "Gradient checkpointing trades compute for activation memory.",
        "Rotary position embeddings for long context transformers.",
        "Activation memory of gradient checkpointing in deep networks.",
        "Weather forecasting with graph networks.",
    ]
    edges = hybrid_edges(["a", "b", "c", "d"], texts, _same_vectors(4), k=1, entities=None)
    assert _first(edges, "a") == "c"


def test_a_shared_rare_entity_makes_neighbours() -> None:
    entities = {
        "a": {"method:splade", "method:bert"},
        "b": {"method:bert"},
        "c": {"method:bert"},
        "d": {"method:splade"},
    }
    edges = hybrid_edges(["a", "b", "c", "d"], ["x", "y", "z", "w"], _same_vectors(4), k=1, entities=entities)
    assert _first(edges, "a") == "d"


def test_shared_references_make_neighbours() -> None:
    cites = [("a", "r1"), ("a", "r2"), ("c", "r1"), ("c", "r2"), ("b", "r3"), ("d", "r4")]
    edges = hybrid_edges(["a", "b", "c", "d"], ["x", "y", "z", "w"], _same_vectors(4), k=1, cites=cites)
    assert _first(edges, "a") == "c"


def test_each_edge_says_why() -> None:
    texts = ["sparse retrieval with splade", "splade sparse retrieval", "image generation", "speech"]
    edge = hybrid_edges(["a", "b", "c", "d"], texts, _same_vectors(4), k=1)[0]
    assert (sorted(edge.attrs["shares"]), round(sum(edge.attrs["shares"].values()), 2)) == (
        sorted(SIGNALS),
        1.0,
    )


def test_earlier_ranks_point_only_to_papers_not_later() -> None:
    rng = np.random.default_rng(2)
    vectors = normalise(rng.standard_normal((12, 8), dtype=np.float32))
    spans = [(day, day) for day in range(100, 112)]
    edges = hybrid_edges([f"p{i:02d}" for i in range(12)], ["x"] * 12, vectors, k=3, dates=spans)
    assert all(int(e.target[1:]) <= int(e.source[1:]) for e in edges if "earlier_rank" in e.attrs)


def test_a_paper_without_a_date_gets_only_undated_ranks() -> None:
    rng = np.random.default_rng(3)
    vectors = normalise(rng.standard_normal((5, 8), dtype=np.float32))
    spans = [None, (1, 1), (2, 2), (3, 3), (4, 4)]
    edges = hybrid_edges(["u", "a", "b", "c", "d"], ["x"] * 5, vectors, k=2, dates=spans)
    assert {tuple(sorted(k for k in e.attrs if k.endswith("_rank"))) for e in edges if e.source == "u"} == {
        ("undated_rank",)
    }


def test_tfidf_drops_words_of_one_text_and_normalises_rows() -> None:
    matrix = tfidf_matrix(["alpha beta", "alpha gamma", "alpha beta delta"])
    assert (
        matrix.shape[1],
        np.round(np.sqrt(matrix.multiply(matrix).sum(axis=1)).A.ravel(), 5).tolist(),
    ) == (
        2,
        [1.0, 1.0, 1.0],
    )
