"""Semantic search: encode a free-text query and return the nearest papers by cosine."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from paperkg.exceptions import QueryError
from paperkg.graph.stores.protocol import GraphStore
from paperkg.models import Paper
from paperkg.progress import Progress
from paperkg.queries.papers import paper_ref
from paperkg.queries.results import SearchHit, SimilarPaper
from paperkg.similarity.cache import EmbeddingCache, text_key
from paperkg.similarity.embed import Encoder, model_key, paper_text
from paperkg.similarity.pipeline import BACKENDS, embed_papers, load_any_encoder
from paperkg.similarity.topk import DEFAULT_BLOCK_COLS, normalise, top_k

__all__ = ["built_model", "embedding_neighbours", "load_query_encoder", "semantic_search"]


def load_query_encoder(
    model: str | None,
    data_dir: str | Path,
    device: str | None = None,
    batch_size: int = 64,
    backend: str = "auto",
) -> Encoder:
    """Load the encoder for queries: ONNX Runtime unless a GPU or torch is asked for, without importing torch.

    See :func:`paperkg.similarity.pipeline.load_any_encoder`.

    Raises
    ------
    QueryError
        When the backend is unknown.
    """
    if backend not in BACKENDS:
        raise QueryError(f"backend must be one of {', '.join(BACKENDS)}, got {backend!r}")
    return load_any_encoder(model, data_dir, device, batch_size, backend, resolve=False)


def built_model(store: GraphStore) -> str | None:
    """Return the model the store's last build embedded with, if it recorded one."""
    meta: dict[str, Any] = store.get_meta()
    stage = ((meta.get("last_build") or {}).get("stages") or {}).get("similarity") or {}
    model = stage.get("model")
    return str(model) if model else None


def _indexed_rows(
    store: GraphStore, cache: EmbeddingCache
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]] | None:
    """Return every paper's node number, in the order of the papers' ids, and the cache row of its text, where
    the store keeps the keys of the papers' texts (the SQLite store) and the cache holds every one; else None,
    and the papers are read."""
    keyed = getattr(store, "paper_text_keys", None)
    found = keyed() if keyed is not None else None
    if found is None:
        return None
    numbers, prefixes = found
    rows = cache.rows_of(prefixes)
    shared = np.flatnonzero(rows == -2)
    if len(shared):
        # two cached texts share a paper's 48 bits (about once in a million papers): its whole key decides
        ids = store.ids_numbered(numbers[shared].tolist())  # type: ignore[attr-defined]
        for at in shared.tolist():
            node_id = ids.get(int(numbers[at]))
            paper = store.get_paper(node_id) if node_id is not None else None
            rows[at] = cache.row_of(text_key(paper_text(paper))) if paper is not None else -1
    if (rows < 0).any():
        return None  # a text changed since it was encoded (an add without similarity): encoded now
    return numbers, rows


def _papers_numbered(store: GraphStore, numbers: list[int]) -> list[Paper | None]:
    """Return the papers numbered ``numbers``, in order (None for one gone since)."""
    ids: dict[int, str] = store.ids_numbered(numbers)  # type: ignore[attr-defined]
    return [store.get_paper(ids[n]) if n in ids else None for n in numbers]


# Vectors gathered from the cache at a time to be scored (3 MiB of 384-d float32).
_GATHER = 2048


def _indexed_top_k(
    cache: EmbeddingCache, rows: npt.NDArray[np.int64], query: npt.NDArray[np.float32], k: int
) -> list[tuple[int, float]]:
    """Return the ``k`` positions in ``rows`` whose vectors are nearest ``query`` and their scores, nearest
    first, ties to the lower position: :func:`top_k` over the vectors of ``rows``, gathered a tile at a time."""
    best: list[tuple[float, int]] = []
    for start in range(0, len(rows), DEFAULT_BLOCK_COLS):
        found = top_k(cache.take(rows[start : start + DEFAULT_BLOCK_COLS]), k, queries=query)
        best.extend(
            (-score, start + col)
            for col, score in zip(found.indices[0].tolist(), found.scores[0].tolist(), strict=True)
            if col >= 0
        )
    best.sort()
    return [(position, -score) for score, position in best[:k]]


def _store_data_dir(store: GraphStore) -> Path:
    data_dir = getattr(store, "data_dir", None)
    if data_dir is not None:
        return Path(data_dir)
    from paperkg.graph import default_data_dir

    return default_data_dir()


def semantic_search(
    store: GraphStore,
    text: str,
    k: int = 10,
    *,
    model: str | None = None,
    device: str | None = None,
    batch_size: int = 64,
    data_dir: str | Path | None = None,
    progress: Progress | None = None,
    encoder: Encoder | None = None,
    backend: str = "auto",
) -> list[SearchHit]:
    """Encode ``text`` and return the ``k`` papers whose embeddings are nearest to it.

    Paper vectors come from the embeddings cache; papers it lacks (none after a
    build) are encoded and cached first.

    Parameters
    ----------
    store
        Any graph store.
    text
        Free text: a question, a sentence, an abstract.
    k
        How many papers, at least 1.
    model
        The model; by default the one the last build used (else all-MiniLM-L6-v2).
        Query and papers must be encoded by the same model.
    device, batch_size
        See :func:`paperkg.similarity.embed.load_encoder`.
    data_dir
        Where the cache is; by default the store's data directory.
    progress
        Where to draw a bar when papers must be encoded.
    encoder
        An already loaded model to use.
    backend
        ``onnx`` encodes the query with ONNX Runtime (no torch import; the model
        is exported to ONNX beside the cache the first time, which needs torch
        once), ``torch`` with sentence-transformers; ``auto`` (the default) takes
        ONNX on the CPU when ``onnxruntime`` is installed, else torch.

    Returns
    -------
    list of SearchHit
        Nearest first; ``score`` is the cosine similarity, ``matched`` is ``["semantic"]``.

    Raises
    ------
    QueryError
        When ``text`` is empty or ``k`` is below 1.
    MissingDependency
        When sentence-transformers or torch is not installed.

    Examples
    --------
    >>> semantic_search(store, "second-order optimizer for pre-training", k=3)  # doctest: +SKIP
    """
    if not text.strip():
        raise QueryError("an empty query; give some words to search for")
    if k < 1:
        raise QueryError(f"k must be at least 1, got {k}")
    if encoder is not None and model and model_key(model) != encoder.name:
        raise QueryError(f"the encoder given is {encoder.name}, not {model}")
    where = data_dir if data_dir is not None else _store_data_dir(store)
    chosen = model or built_model(store)
    cache = EmbeddingCache.open(where, encoder.name if encoder is not None else model_key(chosen))
    # each paper's vector found by the key of its text the store keeps, where it keeps them; else every paper read
    indexed = _indexed_rows(store, cache)
    papers = sorted(store.papers(), key=lambda p: p.id) if indexed is None else []
    if not papers and (indexed is None or not len(indexed[0])):
        return []  # no paper in the store
    if encoder is None:
        encoder = load_query_encoder(chosen, where, device, batch_size, backend)
    query = normalise(encoder.encode([text]))
    if indexed is not None:
        numbers, rows = indexed
        nearest = _indexed_top_k(cache, rows, query, k)
        found_papers = _papers_numbered(store, [int(numbers[position]) for position, _ in nearest])
        return [
            SearchHit(paper=paper_ref(found_paper), score=round(score, 6), matched=["semantic"])
            for found_paper, (_, score) in zip(found_papers, nearest, strict=True)
            if found_paper is not None
        ]
    embeddings = embed_papers(
        papers,
        data_dir=where,
        progress=progress,
        encoder=encoder,
    )
    found = top_k(embeddings.vectors, k, queries=query)
    return [
        SearchHit(paper=paper_ref(papers[col]), score=round(float(score), 6), matched=["semantic"])
        for col, score in zip(found.indices[0].tolist(), found.scores[0].tolist(), strict=True)
        if col >= 0
    ]


def embedding_neighbours(
    store: GraphStore,
    paper: str,
    k: int = 10,
    *,
    data_dir: str | Path | None = None,
    model: str | None = None,
) -> list[SimilarPaper]:
    """Return a paper's ``k`` nearest papers by the bare embedding cosine (the model alone, no hybrid).

    Vectors come from the embeddings cache the build filled, so no model is
    loaded unless some paper's text is missing from it.

    Parameters
    ----------
    store
        Any graph store.
    paper
        A reference to the paper.
    k
        How many neighbours, at least 1.
    data_dir
        Where the cache is; by default the store's data directory.
    model
        The model; by default the one the last build used.

    Returns
    -------
    list of SimilarPaper
        Nearest first, ``score`` the cosine, ``rank`` from 1; ties to the smaller id.

    Raises
    ------
    PaperNotFound, AmbiguousPaper
        When ``paper`` does not name exactly one paper.
    QueryError
        When ``k`` is below 1.
    """
    from paperkg.queries.papers import resolve_paper

    if k < 1:
        raise QueryError(f"k must be at least 1, got {k}")
    root = resolve_paper(store, paper).id
    where = data_dir if data_dir is not None else _store_data_dir(store)
    chosen = model or built_model(store)
    cache = EmbeddingCache.open(where, model_key(chosen))
    indexed = _indexed_rows(store, cache)
    root_at: npt.NDArray[np.intp] = (
        np.flatnonzero(indexed[0] == store.node_number(root))  # type: ignore[attr-defined]
        if indexed is not None
        else np.empty(0, dtype=np.intp)
    )
    if indexed is not None and len(root_at):
        numbers, rows = indexed
        at = int(root_at[0])
        vector = cache.take(rows[at : at + 1])[0]
        scores = np.concatenate(
            [cache.take(rows[start : start + _GATHER]) @ vector for start in range(0, len(rows), _GATHER)]
        )
        scores[at] = -np.inf
        # the numbers are in the order of the ids: ties to the smaller id
        nearest = np.lexsort((np.arange(len(numbers)), -scores))[:k].tolist()
        found_papers = _papers_numbered(store, [int(numbers[i]) for i in nearest])
        neighbours = []
        for rank, (i, found_paper) in enumerate(zip(nearest, found_papers, strict=True), start=1):
            if scores[i] != -np.inf and found_paper is not None:
                score = round(float(scores[i]), 6)
                neighbours.append(SimilarPaper(paper=paper_ref(found_paper), score=score, rank=rank))
        return neighbours
    papers = sorted(store.papers(), key=lambda p: p.id)
    embeddings = embed_papers(papers, model=chosen, data_dir=where)
    row = next(i for i, p in enumerate(papers) if p.id == root)
    scores = embeddings.vectors @ embeddings.vectors[row]
    scores[row] = -float("inf")
    order = sorted(range(len(papers)), key=lambda i: (-scores[i], papers[i].id))[:k]
    return [
        SimilarPaper(paper=paper_ref(papers[i]), score=round(float(scores[i]), 6), rank=rank)
        for rank, i in enumerate(order, start=1)
        if scores[i] != -float("inf")
    ]
