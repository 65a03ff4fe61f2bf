"""The similarity stage with a stand-in model: text encoded, SIMILAR_TO edges, add, and a missing extra."""

from __future__ import annotations

import sys
from itertools import pairwise
from pathlib import Path

import pytest
from tests._similarity_helpers import fake_encoder
from tests.conftest import ABSTRACTS, HF_BATCH, HF_OPTIMIZERS

from paperkg.graph import BuildOptions, NetworkXStore, add_papers, build_graph
from paperkg.graph.build import StageResult
from paperkg.loaders import LoadOptions
from paperkg.models import Edge, EdgeKind, Paper
from paperkg.similarity import pipeline
from paperkg.similarity.embed import DEFAULT_MODEL, model_key, paper_text


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the stage load the bag-of-words stand-in instead of a sentence-transformers model."""
    monkeypatch.setattr(pipeline, "load_any_encoder", lambda *args, **kwargs: fake_encoder())


def _options(data_dir: Path, **stage: object) -> BuildOptions:
    return BuildOptions(load=LoadOptions(year=2025), infer=False, data_dir=data_dir, **stage)  # type: ignore[arg-type]


def _stage(report_stages: list[StageResult]) -> StageResult:
    return next(s for s in report_stages if s.name == "similarity")


def _edges(store: NetworkXStore) -> list[Edge]:
    return sorted(store.edges([EdgeKind.SIMILAR_TO]), key=lambda e: (e.source, e.rank or 0, e.target))


def _ranked(store: NetworkXStore) -> list[Edge]:
    """The k nearest of each paper (the others are earlier-paper candidates, unranked)."""
    return [e for e in _edges(store) if e.rank is not None]


@pytest.mark.parametrize(
    ("paper", "text"),
    [
        (Paper(title="LoRA", abstract="Low-rank  adaptation."), "LoRA. Low-rank adaptation."),
        (Paper(title="Only a title"), "Only a title"),
        (Paper(label="Sophia", abstract="We propose Sophia."), "Sophia. We propose Sophia."),
        (
            Paper(abstract="We study the effect of batch size on training."),
            "We study the effect of batch size on training.",
        ),
    ],
)
def test_paper_text(paper: Paper, text: str) -> None:
    assert paper_text(paper) == text


def test_the_default_model_is_cached_under_its_name() -> None:
    assert model_key(None) == DEFAULT_MODEL


def test_a_model_directory_is_cached_under_its_absolute_path(tmp_path: Path) -> None:
    assert model_key(str(tmp_path)) == str(tmp_path.resolve())


@pytest.mark.usefixtures("fake_model")
def test_every_paper_gets_top_k_edges(store: NetworkXStore, data_dir: Path) -> None:
    build_graph([HF_OPTIMIZERS], store, _options(data_dir, top_k=3, threshold=None))
    assert len(_ranked(store)) == 16 * 3


@pytest.mark.usefixtures("fake_model")
def test_ranks_run_from_one_to_k(store: NetworkXStore, data_dir: Path) -> None:
    build_graph([HF_OPTIMIZERS], store, _options(data_dir, top_k=3, threshold=None))
    assert {e.rank for e in _ranked(store)} == {1, 2, 3}


@pytest.mark.usefixtures("fake_model")
def test_scores_fall_with_rank(store: NetworkXStore, data_dir: Path) -> None:
    build_graph([HF_OPTIMIZERS], store, _options(data_dir, top_k=5, threshold=None))
    edges = _ranked(store)
    assert all(a.score >= b.score for a, b in pairwise(edges) if a.source == b.source)  # type: ignore[operator]


@pytest.mark.usefixtures("fake_model")
def test_the_threshold_drops_low_scores(store: NetworkXStore, data_dir: Path) -> None:
    build_graph([HF_OPTIMIZERS], store, _options(data_dir, top_k=10, threshold=0.75))
    assert min(e.attrs.get("cosine", e.score) for e in _edges(store)) >= 0.75


@pytest.mark.usefixtures("fake_model")
def test_rebuilding_gives_the_same_edges(store: NetworkXStore, data_dir: Path) -> None:
    build_graph([HF_OPTIMIZERS, ABSTRACTS], store, _options(data_dir))
    first = _edges(store)
    build_graph([HF_OPTIMIZERS, ABSTRACTS], store, _options(data_dir))
    assert _edges(store) == first


@pytest.mark.usefixtures("fake_model")
def test_a_second_build_reports_every_paper_a_cache_hit(store: NetworkXStore, data_dir: Path) -> None:
    build_graph([HF_OPTIMIZERS], store, _options(data_dir))
    assert _stage(build_graph([HF_OPTIMIZERS], store, _options(data_dir)).stages).summary["cache_hits"] == 16


@pytest.mark.usefixtures("fake_model")
def test_add_encodes_only_the_new_papers(store: NetworkXStore, data_dir: Path) -> None:
    build_graph([HF_OPTIMIZERS], store, _options(data_dir))
    assert _stage(add_papers([HF_BATCH], store, _options(data_dir)).stages).summary["encoded"] == 15


@pytest.mark.usefixtures("fake_model")
def test_add_gives_the_edges_of_a_build_from_scratch(
    store: NetworkXStore, data_dir: Path, tmp_path: Path
) -> None:
    # Adding papers must update the neighbours of existing papers the new ones displace.
    build_graph([HF_OPTIMIZERS], store, _options(data_dir))
    add_papers([HF_BATCH], store, _options(data_dir))
    with NetworkXStore.open(tmp_path / "scratch", writable=True, create=True) as scratch:
        build_graph([HF_OPTIMIZERS, HF_BATCH], scratch, _options(data_dir))
        assert _edges(store) == _edges(scratch)


@pytest.mark.usefixtures("fake_model")
def test_add_displaces_old_neighbours(store: NetworkXStore, data_dir: Path) -> None:
    build_graph([HF_OPTIMIZERS], store, _options(data_dir))
    before = {(e.source, e.target) for e in _edges(store)}
    add_papers([HF_BATCH], store, _options(data_dir))
    after = {(e.source, e.target) for e in _edges(store)}
    assert before - after


@pytest.mark.usefixtures("fake_model")
def test_the_summary_counts_papers_encoded(store: NetworkXStore, data_dir: Path) -> None:
    assert _stage(build_graph([ABSTRACTS], store, _options(data_dir)).stages).summary["encoded"] == 11


def test_without_sentence_transformers_similarity_is_skipped_with_the_install_hint(
    store: NetworkXStore, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    report = build_graph([ABSTRACTS], store, _options(data_dir))
    assert "pip install 'paperkg[embed]'" in (_stage(report.stages).skipped or "")


def test_without_torch_similarity_is_skipped(
    store: NetworkXStore, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "torch", None)
    report = build_graph([ABSTRACTS], store, _options(data_dir))
    assert "torch is not installed" in (_stage(report.stages).skipped or "")


def test_without_sentence_transformers_the_build_still_stores_the_papers(
    store: NetworkXStore, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    build_graph([ABSTRACTS], store, _options(data_dir))
    assert len(list(store.papers())) == 11


def test_with_every_vector_cached_no_model_is_needed(
    store: NetworkXStore, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "load_any_encoder", lambda *args, **kwargs: fake_encoder(DEFAULT_MODEL))
        build_graph([ABSTRACTS], store, _options(data_dir))
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    report = build_graph([ABSTRACTS], store, _options(data_dir, top_k=3, threshold=None))
    assert _stage(report.stages).summary["edges"] == 11 * 3


def test_loading_a_model_without_sentence_transformers_names_the_extra(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from paperkg.exceptions import MissingDependency
    from paperkg.similarity.embed import load_encoder

    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    with pytest.raises(MissingDependency, match=r"pip install 'paperkg\[embed\]'"):
        load_encoder()
