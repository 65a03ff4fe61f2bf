"""The engines that run per-paper work: in process, in a process pool, on a Dask cluster."""

from __future__ import annotations

import json
import pickle
from collections.abc import Sequence
from typing import Any

import pytest

from _inference_helpers import seed_inference, seed_papers
from paperkg.engine import DaskEngine, LocalEngine, open_engine
from paperkg.exceptions import EngineError
from paperkg.inference import CorpusInference, infer_corpus, shipped_lexicon
from paperkg.inference.pipeline import names_context, paper_names, paper_record


def _square_plus(context: int, chunk: Sequence[int]) -> list[int]:
    return [x * x + context for x in chunk]


def _dump(result: CorpusInference) -> tuple[list[str], list[str], str]:
    entities = sorted(json.dumps(e.model_dump(mode="json"), sort_keys=True) for e in result.entities.values())
    edges = sorted(json.dumps(e.model_dump(mode="json"), sort_keys=True) for e in result.edges)
    return entities, edges, json.dumps(result.summary, sort_keys=True)


def test_local_engine_in_process_keeps_order() -> None:
    assert list(LocalEngine(1, chunk_size=3).map(_square_plus, 1, range(10))) == [x * x + 1 for x in range(10)]


def test_local_engine_pool_keeps_order_across_many_chunks() -> None:
    engine = LocalEngine(2, chunk_size=7)
    assert list(engine.map(_square_plus, 5, range(200))) == [x * x + 5 for x in range(200)]


def test_local_engine_of_no_items_yields_nothing() -> None:
    assert list(LocalEngine(2).map(_square_plus, 0, [])) == []


def test_zero_workers_is_refused() -> None:
    with pytest.raises(EngineError, match="1 or more"):
        LocalEngine(0)


def test_dask_engine_needs_a_scheduler() -> None:
    with pytest.raises(EngineError, match="--scheduler"):
        open_engine("dask")


def test_unknown_engine_is_named() -> None:
    with pytest.raises(EngineError, match="unknown engine 'spark'"):
        open_engine("spark")


def test_per_paper_results_pickle() -> None:
    paper = next(p for p in seed_papers() if p.title and p.title.startswith("LoCA"))
    found = paper_names(paper_record(paper), names_context(shipped_lexicon()), words=True)
    assert pickle.loads(pickle.dumps(found)) == found


def test_inference_in_a_process_pool_equals_in_process() -> None:
    papers = list(seed_papers())
    pooled = infer_corpus(papers, shipped_lexicon(), engine=LocalEngine(2, chunk_size=16))
    assert _dump(pooled) == _dump(seed_inference())


def test_inference_on_a_two_worker_dask_cluster_equals_local() -> None:
    distributed = pytest.importorskip("distributed")
    papers = list(seed_papers())
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        engine: Any = DaskEngine(client, chunk_size=16)
        on_dask = infer_corpus(papers, shipped_lexicon(), engine=engine)
        engine.close()
        assert client.status != "closed"  # the engine leaves a client it was given open
    assert _dump(on_dask) == _dump(seed_inference())
