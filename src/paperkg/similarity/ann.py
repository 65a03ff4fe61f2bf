"""Approximate nearest neighbours (an HNSW graph index) for corpora where the exact top-k is too slow.

The exact blocked top-k (:mod:`paperkg.similarity.topk`) costs ``n^2 d``
multiply-adds; an HNSW index costs about ``n log n`` distance computations to
build and to query, so above some corpus size it wins. That size was measured
(``benchmarks/bench_ann.py``, see ``benchmarks/README.md``): below
:data:`ANN_MIN_PAPERS` the exact top-k stays the default.

The index only proposes candidates; their scores are the exact cosines of the
stored vectors, and they are ranked as the exact path ranks (score descending,
ties to the lower row), so an edge's ``score`` and ``rank`` mean what they mean
on the exact path. What can differ is that a true neighbour is missed (recall@10
0.95 or more at the parameters below, measured on 100k vectors shaped like real
abstract embeddings) and, as the index is built on several threads, the
occasional neighbour from one build to the next.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from paperkg.exceptions import MissingDependency
from paperkg.similarity.topk import TopK

__all__ = [
    "ANN_MIN_PAPERS",
    "INDEX_METHODS",
    "AnnParams",
    "ann_available",
    "ann_top_k",
    "ann_top_k_not_later",
    "choose_index",
]

# Below this many papers the exact path costs as much or less (benchmarks/README.md: the hybrid
# ranking of 20,000 papers costs the same both ways, of 50,000 1.5x more CPU exact).
ANN_MIN_PAPERS = 50_000
INDEX_METHODS = ("auto", "exact", "ann")
_INSTALL = "pip install 'paperkg[ann]' (faiss-cpu)"

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class AnnParams:
    """The HNSW index's parameters.

    ``m`` is the graph degree, ``ef_construction`` the breadth of the search
    that links each inserted vector, ``ef_search`` that of a query; each query
    asks for at least ``ef_search`` candidates. The defaults reached recall@10
    0.95 or more on 100k realistic vectors (see ``benchmarks/README.md``).
    """

    m: int = 16
    ef_construction: int = 100
    ef_search: int = 192


def ann_available() -> bool:
    """Whether the approximate index's library (faiss-cpu) can be imported."""
    try:
        _faiss()
    except MissingDependency:
        return False
    return True


def choose_index(n: int, method: str = "auto") -> str:
    """Return ``"exact"`` or ``"ann"`` for ``n`` papers.

    Parameters
    ----------
    n
        The number of papers.
    method
        ``auto`` (the approximate index from :data:`ANN_MIN_PAPERS` papers on, when
        faiss-cpu is installed), ``exact`` or ``ann``.

    Raises
    ------
    ValueError
        When ``method`` is unknown.
    MissingDependency
        When ``ann`` is asked for and faiss-cpu is not installed.
    """
    if method not in INDEX_METHODS:
        raise ValueError(f"the index must be one of {', '.join(INDEX_METHODS)}, got {method!r}")
    if method == "ann":
        _faiss()
        return "ann"
    if method == "auto" and n >= ANN_MIN_PAPERS and ann_available():
        return "ann"
    return "exact"


def _faiss() -> Any:
    try:
        import faiss
    except ImportError as e:
        raise MissingDependency(f"the approximate index needs faiss-cpu: {_INSTALL}") from e
    return faiss


class _Index:
    """A faiss HNSW index over inner products of unit vectors, filled in steps."""

    def __init__(self, dim: int, params: AnnParams) -> None:
        faiss = _faiss()
        self.index = faiss.IndexHNSWFlat(dim, params.m, faiss.METRIC_INNER_PRODUCT)
        self.index.hnsw.efConstruction = params.ef_construction
        self.ef_search = params.ef_search
        # Row of the corpus for each position in the index (rows are added in any order).
        self.lookup = np.empty(0, dtype=np.int64)

    def add(self, corpus: FloatArray, rows: IntArray) -> None:
        if len(rows):
            _threads(1 if len(rows) < _SMALL_BATCH else None)
            total = self.index.ntotal
            if total + len(rows) > len(self.lookup):
                grown = np.empty(max(2 * len(self.lookup), total + len(rows)), dtype=np.int64)
                grown[:total] = self.lookup[:total]
                self.lookup = grown
            self.lookup[total : total + len(rows)] = rows
            self.index.add(np.ascontiguousarray(corpus[rows]))

    def search(self, queries: FloatArray, k: int) -> IntArray:
        """Corpus rows of each query's ``k`` nearest in the index (``-1`` pads)."""
        total = self.index.ntotal
        if total == 0:
            return np.full((len(queries), k), -1, dtype=np.int64)
        self.index.hnsw.efSearch = max(self.ef_search, k)
        # A few queries are answered faster on one thread than with OpenMP's start-up and barriers.
        _threads(1 if len(queries) < _SMALL_BATCH else None)
        _, found = self.index.search(np.ascontiguousarray(queries), min(k, total))
        found = np.asarray(found, dtype=np.int64)
        out = np.where(found >= 0, self.lookup[np.maximum(found, 0)], -1)
        if out.shape[1] < k:
            out = np.hstack([out, np.full((len(out), k - out.shape[1]), -1, dtype=np.int64)])
        return out


def _ranked(corpus: FloatArray, query_rows: IntArray, found: IntArray, k: int) -> TopK:
    """Exact scores of the found rows, self and padding dropped, ranked as the exact top-k ranks."""
    indices = np.full((len(query_rows), k), -1, dtype=np.int64)
    scores = np.full((len(query_rows), k), -np.inf, dtype=np.float32)
    for at, (row, cand) in enumerate(zip(query_rows.tolist(), found, strict=True)):
        cols = np.unique(cand[(cand >= 0) & (cand != row)])
        if not len(cols):
            continue
        vals = corpus[cols] @ corpus[row]
        order = np.lexsort((cols, -vals))[:k]
        indices[at, : len(order)] = cols[order]
        scores[at, : len(order)] = vals[order]
    return TopK(indices, scores)


_SMALL_BATCH = 256


def _threads(count: int | None = None) -> None:
    """Let faiss use ``count`` threads (all cores when ``None``)."""
    _faiss().omp_set_num_threads(count or os.cpu_count() or 1)


def ann_top_k(
    corpus: FloatArray, k: int, *, params: AnnParams | None = None, block_rows: int = 4096
) -> TopK:
    """Find about the ``k`` nearest rows of every row (never itself) with an HNSW index.

    Parameters
    ----------
    corpus
        ``n x d`` float32, L2-normalised.
    k
        Neighbours per row.
    params
        The index's parameters.
    block_rows
        Rows queried per call.

    Returns
    -------
    TopK
        As :func:`paperkg.similarity.topk.top_k` returns it for the corpus against
        itself: exact cosines, nearest first, ties to the lower row, ``-1`` pads.

    Raises
    ------
    ValueError
        When ``k`` is not positive.
    MissingDependency
        When faiss-cpu is not installed.

    Examples
    --------
    >>> from paperkg.similarity.topk import normalise
    >>> x = normalise([[1.0, 0.0], [0.9, 0.1], [0.0, 1.0]])
    >>> ann_top_k(x, 1).indices.tolist()
    [[1], [0], [1]]
    """
    if k < 1:
        raise ValueError(f"k must be 1 or more, got {k}")
    params = params or AnnParams()
    corpus = np.ascontiguousarray(corpus, dtype=np.float32)
    n = len(corpus)
    width = min(k, max(n - 1, 0))
    if width == 0:
        return TopK(np.empty((n, 0), np.int64), np.empty((n, 0), np.float32))
    index = _Index(corpus.shape[1], params)
    index.add(corpus, np.arange(n, dtype=np.int64))
    return _query_all(index, corpus, width, block_rows)


def ann_top_k_not_later(
    corpus: FloatArray,
    k: int,
    starts: IntArray,
    ends: IntArray,
    unknown: int,
    *,
    params: AnnParams | None = None,
) -> tuple[TopK, TopK]:
    """Find about the ``k`` nearest rows of every row among the rows not dated later than it, and overall.

    Row ``j`` is later than row ``i`` when both dates are known and ``j``'s
    span starts after ``i``'s ends; a row whose date is unknown (``unknown`` in
    ``starts`` and ``ends``) is never later nor earlier. One index is filled in
    date order: first the undated rows, then each dated row once the rows being
    answered may cite it, so each query sees exactly its allowed rows; rows
    without a date are answered against the whole corpus. The full index then
    answers every row's nearest overall, so one index serves both.

    Parameters
    ----------
    corpus
        ``n x d`` float32, L2-normalised.
    k
        Neighbours per row.
    starts, ends
        Each row's date span as integers (any order-preserving encoding).
    unknown
        The value marking an unknown date.
    params
        The index's parameters.

    Returns
    -------
    tuple of TopK
        The neighbours among the rows not later, then overall, each as
        :func:`ann_top_k` returns them.

    Raises
    ------
    MissingDependency
        When faiss-cpu is not installed.
    """
    params = params or AnnParams()
    corpus = np.ascontiguousarray(corpus, dtype=np.float32)
    n = len(corpus)
    width = min(k, max(n - 1, 0))
    earlier = TopK(np.full((n, width), -1, dtype=np.int64), np.full((n, width), -np.inf, dtype=np.float32))
    if width == 0:
        return earlier, earlier
    index = _Index(corpus.shape[1], params)
    dated = starts != unknown
    index.add(corpus, np.flatnonzero(~dated).astype(np.int64))
    by_start = np.flatnonzero(dated)
    by_start = by_start[np.argsort(starts[by_start], kind="stable")]
    by_end = np.flatnonzero(dated)
    by_end = by_end[np.argsort(ends[by_end], kind="stable")]
    sorted_starts = starts[by_start]
    added = 0
    # Rows sharing an end date are answered together, after everything they may cite is in.
    bounds = np.flatnonzero(np.diff(ends[by_end])) + 1
    for group in np.split(by_end, bounds):
        if not len(group):
            continue
        upto = int(np.searchsorted(sorted_starts, ends[group[0]], side="right"))
        if upto > added:
            index.add(corpus, by_start[added:upto].astype(np.int64))
            added = upto
        rows = group.astype(np.int64)
        part = _ranked(corpus, rows, index.search(corpus[rows], width + 1), width)
        earlier.indices[rows], earlier.scores[rows] = part.indices, part.scores
    index.add(corpus, by_start[added:].astype(np.int64))
    overall = _query_all(index, corpus, width)
    undated = np.flatnonzero(~dated)
    earlier.indices[undated], earlier.scores[undated] = overall.indices[undated], overall.scores[undated]
    return earlier, overall


def _query_all(index: _Index, corpus: FloatArray, k: int, block_rows: int = 4096) -> TopK:
    """Every row's ``k`` nearest in a full index, ranked exactly."""
    n = len(corpus)
    indices = np.empty((n, k), dtype=np.int64)
    scores = np.empty((n, k), dtype=np.float32)
    for r0 in range(0, n, block_rows):
        rows = np.arange(r0, min(r0 + block_rows, n), dtype=np.int64)
        # One more than k: the row itself is normally its own nearest.
        part = _ranked(corpus, rows, index.search(corpus[rows], k + 1), k)
        indices[rows], scores[rows] = part.indices, part.scores
    return TopK(indices, scores)
