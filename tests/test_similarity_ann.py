"""The approximate (HNSW) neighbour search against the exact top-k, on structured vectors."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from paperkg.cli import app
from paperkg.exceptions import MissingDependency
from paperkg.similarity import ann
from paperkg.similarity.ann import AnnParams, ann_top_k, ann_top_k_not_later, choose_index
from paperkg.similarity.hybrid import HybridWeights, hybrid_edges
from paperkg.similarity.pipeline import similar_edges
from paperkg.similarity.topk import normalise, top_k

pytest.importorskip("faiss")

BIG = np.iinfo(np.int64).max


def _topics(n: int, dim: int = 48, topics: int = 40, seed: int = 0) -> np.ndarray:
    """Unit vectors in topics of uneven size around random centres: structure as real embeddings have."""
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((topics, dim))
    sizes = rng.lognormal(0.0, 1.0, topics)
    which = rng.choice(topics, size=n, p=sizes / sizes.sum())
    return normalise(centres[which] + 0.7 * rng.standard_normal((n, dim)))


def _recall(found: np.ndarray, exact: np.ndarray) -> float:
    hits = [len(set(f[f >= 0].tolist()) & set(e[e >= 0].tolist())) for f, e in zip(found, exact, strict=True)]
    return sum(hits) / max(1, int((exact >= 0).sum()))


# Small parameters, so that the index really is approximate on 3,000 vectors.
_SMALL = AnnParams(m=8, ef_construction=40, ef_search=32)


def test_ann_neighbours_match_exact_at_recall_095() -> None:
    x = _topics(3000)
    assert _recall(ann_top_k(x, 10, params=_SMALL).indices, top_k(x, 10).indices) >= 0.95


def test_ann_scores_are_exact_cosines_nearest_first() -> None:
    x = _topics(500)
    found = ann_top_k(x, 5, params=_SMALL)
    row = 7
    expected = x[found.indices[row]] @ x[row]
    assert np.allclose(found.scores[row], expected, atol=1e-6)
    assert list(found.scores[row]) == sorted(found.scores[row], reverse=True)


def test_ann_never_returns_the_row_itself() -> None:
    x = _topics(400)
    found = ann_top_k(x, 10, params=_SMALL).indices
    assert not (found == np.arange(len(x))[:, None]).any()


def test_ann_pads_when_fewer_papers_than_k() -> None:
    found = ann_top_k(_topics(3), 5)
    assert found.indices.shape == (3, 2)


def _dates(n: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """Day numbers, some spans a year long, a tenth of the papers undated."""
    rng = np.random.default_rng(seed)
    starts = rng.integers(0, 3650, n).astype(np.int64)
    ends = starts + np.where(rng.random(n) < 0.2, 364, 0)
    undated = rng.random(n) < 0.1
    starts[undated] = BIG
    ends[undated] = BIG
    return starts, ends


def _allowed(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """allowed[i, j]: j is not later than i (the exact rule of the dense path)."""
    later = (starts[None, :] != BIG) & (ends[:, None] != BIG) & (starts[None, :] > ends[:, None])
    return np.asarray(~later)


def test_ann_not_later_returns_only_allowed_papers() -> None:
    x = _topics(1500)
    starts, ends = _dates(len(x))
    found = ann_top_k_not_later(x, 10, starts, ends, BIG, params=_SMALL)[0].indices
    allowed = _allowed(starts, ends)
    rows, cols = np.nonzero(found >= 0)
    assert allowed[rows, found[rows, cols]].all()


def test_ann_not_later_matches_the_exact_restricted_top_k() -> None:
    x = _topics(1500)
    starts, ends = _dates(len(x))
    found = ann_top_k_not_later(x, 10, starts, ends, BIG, params=_SMALL)[0].indices
    scores = x @ x.T
    scores[~_allowed(starts, ends)] = -np.inf
    np.fill_diagonal(scores, -np.inf)
    exact = np.argsort(-scores, axis=1, kind="stable")[:, :10]
    exact = np.where(np.isfinite(np.take_along_axis(scores, exact, axis=1)), exact, -1)
    assert _recall(found, exact) >= 0.95


def test_ann_not_later_also_gives_the_nearest_overall() -> None:
    x = _topics(1500)
    starts, ends = _dates(len(x))
    overall = ann_top_k_not_later(x, 10, starts, ends, BIG, params=_SMALL)[1].indices
    assert _recall(overall, top_k(x, 10).indices) >= 0.95


def test_choose_index_keeps_exact_below_the_crossover() -> None:
    assert choose_index(ann.ANN_MIN_PAPERS - 1) == "exact"


def test_choose_index_takes_ann_from_the_crossover() -> None:
    assert choose_index(ann.ANN_MIN_PAPERS) == "ann"


def test_choose_index_obeys_a_forced_exact() -> None:
    assert choose_index(10 * ann.ANN_MIN_PAPERS, "exact") == "exact"


def test_choose_index_refuses_an_unknown_method() -> None:
    with pytest.raises(ValueError, match="auto, exact, ann"):
        choose_index(10, "hnsw")


def test_forced_ann_without_faiss_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing() -> None:
        raise MissingDependency("the approximate index needs faiss-cpu: pip install 'paperkg[ann]'")

    monkeypatch.setattr(ann, "_faiss", missing)
    with pytest.raises(MissingDependency, match=r"paperkg\[ann\]"):
        choose_index(10, "ann")


def test_bare_edges_on_ann_match_exact() -> None:
    x = _topics(2000)
    ids = [f"p{i:05d}" for i in range(len(x))]
    pairs = {(e.source, e.target) for e in similar_edges(ids, x, 10)}
    approx = {(e.source, e.target) for e in similar_edges(ids, x, 10, index="ann")}
    assert len(pairs & approx) / len(pairs) >= 0.95


def _texts(n: int, seed: int = 2) -> list[str]:
    rng = np.random.default_rng(seed)
    words = [f"term{i}" for i in range(300)]
    return [" ".join(rng.choice(words, 12).tolist()) for _ in range(n)]


def test_hybrid_on_ann_ranks_as_exact_for_the_embedding() -> None:
    x = _topics(1500)
    ids = [f"p{i:05d}" for i in range(len(x))]
    bare = HybridWeights(embedding=1, lexical=0, entities=0, citations=0)
    exact = {(e.source, e.target, e.rank) for e in hybrid_edges(ids, _texts(len(x)), x, weights=bare)}
    approx = {
        (e.source, e.target, e.rank)
        for e in hybrid_edges(ids, _texts(len(x)), x, weights=bare, index="ann", ann_params=_SMALL)
    }
    ranked = {t for t in exact if t[2] is not None}
    assert len(ranked & approx) / len(ranked) >= 0.95


def test_hybrid_on_ann_keeps_earlier_ranks_among_papers_not_later() -> None:
    x = _topics(800)
    ids = [f"p{i:05d}" for i in range(len(x))]
    starts, ends = _dates(len(x))
    spans = [None if s == BIG else (int(s), int(e)) for s, e in zip(starts, ends, strict=True)]
    edges = hybrid_edges(ids, _texts(len(x)), x, dates=spans, index="ann", ann_params=_SMALL)
    row = {pid: i for i, pid in enumerate(ids)}
    allowed = _allowed(starts, ends)
    earlier = [e for e in edges if e.attrs.get("earlier_rank")]
    assert earlier and all(allowed[row[e.source], row[e.target]] for e in earlier)


def test_build_refuses_an_unknown_index(tmp_path: Path) -> None:
    source = tmp_path / "one.txt"
    source.write_text("A paper about sparse retrieval with learned term weights.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(source), "--similar-index", "hnsw", "--data-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert "expected auto, exact or ann" in result.output
