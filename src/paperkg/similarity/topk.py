"""Exact top-k nearest neighbours by blocked matrix products on L2-normalised vectors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["DEFAULT_BLOCK_COLS", "DEFAULT_BLOCK_ROWS", "TopK", "normalise", "top_k"]

# One tile of scores is block_rows x block_cols float32 (32 MiB at the defaults),
# the bound on the working memory whatever the number of vectors.
DEFAULT_BLOCK_ROWS = 1024
DEFAULT_BLOCK_COLS = 8192
# Columns are screened in groups: a group whose best score cannot enter a row's
# top-k is skipped without looking at its elements one by one.
_GROUP = 32

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class TopK:
    """Neighbours of each query row, nearest first.

    ``indices[i, j]`` is the row of ``corpus`` that is the ``j+1``-th nearest to
    query ``i``, ``scores[i, j]`` its cosine similarity; rows with fewer than
    ``k`` neighbours are padded with index ``-1`` and score ``-inf``. Ties are
    broken by the lower corpus index, so the same vectors always give the same
    neighbours.
    """

    indices: IntArray
    scores: FloatArray


def normalise(vectors: npt.ArrayLike) -> FloatArray:
    """Return ``vectors`` as C-contiguous float32 rows of unit L2 norm (zero rows stay zero)."""
    array = np.ascontiguousarray(vectors, dtype=np.float32)
    if array.ndim != 2:
        raise ValueError(f"expected a 2-d array of vectors, got shape {array.shape}")
    norms = np.linalg.norm(array, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    out: FloatArray = array / norms
    return out


def top_k(
    corpus: FloatArray,
    k: int,
    *,
    queries: FloatArray | None = None,
    block_rows: int = DEFAULT_BLOCK_ROWS,
    block_cols: int = DEFAULT_BLOCK_COLS,
    device: str | None = None,
) -> TopK:
    """Find the exact ``k`` nearest corpus rows of every query row by cosine similarity.

    The score matrix is computed one tile of ``block_rows x block_cols`` at a
    time and never whole; each tile is reduced to its candidates at once, so
    memory stays bounded by the tile size. Vectors must already be L2-normalised
    (see :func:`normalise`); then the dot product is the cosine.

    Parameters
    ----------
    corpus
        ``n x d`` float32, normalised.
    k
        How many neighbours per query.
    queries
        ``m x d`` float32, normalised; when omitted the corpus is queried against
        itself and a row is never its own neighbour.
    block_rows, block_cols
        The tile shape.
    device
        ``None`` or ``"cpu"`` for NumPy; ``"cuda"`` (or ``"cuda:N"``) for torch on
        the GPU, with the same tiling and tie-breaking.

    Returns
    -------
    TopK
        ``m x min(k, available)`` indices and scores, nearest first.

    Raises
    ------
    ValueError
        When ``k`` or the block sizes are not positive, or the dimensions differ.

    Examples
    --------
    >>> x = normalise([[1.0, 0.0], [0.9, 0.1], [0.0, 1.0]])
    >>> top_k(x, 1).indices.tolist()
    [[1], [0], [1]]
    """
    if k < 1:
        raise ValueError(f"k must be 1 or more, got {k}")
    if block_rows < 1 or block_cols < 1:
        raise ValueError(f"block sizes must be positive, got {block_rows} x {block_cols}")
    self_query = queries is None
    query_rows = corpus if queries is None else queries
    if query_rows.ndim != 2 or corpus.ndim != 2 or query_rows.shape[1] != corpus.shape[1]:
        raise ValueError(
            f"queries {query_rows.shape} and corpus {corpus.shape} must be 2-d with the same width"
        )
    n = corpus.shape[0]
    width = min(k, n - 1 if self_query else n)
    if width <= 0:
        return TopK(
            np.empty((query_rows.shape[0], 0), np.int64), np.empty((query_rows.shape[0], 0), np.float32)
        )
    if device is not None and device.startswith("cuda"):
        indices, scores = _top_k_torch(corpus, query_rows, width, self_query, block_rows, block_cols, device)
    else:
        indices, scores = _top_k_numpy(corpus, query_rows, width, self_query, block_rows, block_cols)
    return TopK(indices, scores)


def _merge(
    best_idx: IntArray, best_val: FloatArray, rows: IntArray, cols: IntArray, vals: FloatArray, k: int
) -> None:
    """Merge candidates (rows, cols, vals) into each row's running top-k, in place."""
    if rows.size == 0:
        return
    touched = np.unique(rows)
    # Running entries of the touched rows join the candidates, then one sort by
    # (row, score descending, column ascending) orders everything.
    all_rows = np.concatenate([np.repeat(touched, k), rows])
    all_cols = np.concatenate([best_idx[touched].ravel(), cols])
    all_vals = np.concatenate([best_val[touched].ravel(), vals])
    # Padding (-1, -inf) must sort after every real column of equal score.
    sort_cols = np.where(all_cols < 0, np.iinfo(np.int64).max, all_cols)
    order = np.lexsort((sort_cols, -all_vals, all_rows))
    sorted_rows = all_rows[order]
    starts = np.searchsorted(sorted_rows, touched)
    take = (starts[:, None] + np.arange(k)[None, :]).ravel()
    best_idx[touched] = all_cols[order][take].reshape(-1, k)
    best_val[touched] = all_vals[order][take].reshape(-1, k)


def _top_k_numpy(
    corpus: FloatArray, queries: FloatArray, k: int, self_query: bool, block_rows: int, block_cols: int
) -> tuple[IntArray, FloatArray]:
    """Blocked NumPy top-k: BLAS products, group-max screening, small sorted merges."""
    m, n = queries.shape[0], corpus.shape[0]
    block_cols = max(_GROUP, block_cols - block_cols % _GROUP)
    indices = np.full((m, k), -1, dtype=np.int64)
    scores = np.full((m, k), -np.inf, dtype=np.float32)
    tile = np.empty((block_rows, block_cols), dtype=np.float32)
    for r0 in range(0, m, block_rows):
        r1 = min(r0 + block_rows, m)
        rows_here = r1 - r0
        best_idx = indices[r0:r1]
        best_val = scores[r0:r1]
        for c0 in range(0, n, block_cols):
            c1 = min(c0 + block_cols, n)
            cols_here = c1 - c0
            padded = -(-cols_here // _GROUP) * _GROUP
            s = tile[:rows_here, :padded]
            if cols_here == block_cols and rows_here == block_rows:
                np.matmul(queries[r0:r1], corpus[c0:c1].T, out=s)
            else:
                s[:, :cols_here] = queries[r0:r1] @ corpus[c0:c1].T
            s[:, cols_here:padded] = -np.inf
            if self_query and c0 < r1 and r0 < c1:
                lo, hi = max(r0, c0), min(r1, c1)
                diag = np.arange(lo, hi)
                s[diag - r0, diag - c0] = -np.inf
            # Group j holds the columns j, j + G, j + 2G...: the max runs over the
            # middle axis, i.e. elementwise over contiguous rows, which is fast.
            n_groups = padded // _GROUP
            groups = s.reshape(rows_here, _GROUP, n_groups)
            group_max = groups.max(axis=1)
            bound = best_val[:, k - 1].copy()
            if n_groups >= k and not np.isfinite(bound).all():
                # Rows whose top-k is not full yet (the first tile): the k-th best
                # group maximum is a floor for the k-th best score, since at least
                # k elements (those maxima) reach it.
                floor = np.partition(group_max, n_groups - k, axis=1)[:, n_groups - k]
                bound = np.maximum(bound, floor)
            g_rows, g_ids = np.nonzero(group_max >= bound[:, None])
            if g_rows.size == 0:
                continue
            values = groups[g_rows, :, g_ids]
            keep = values >= bound[g_rows, None]
            k_rows = np.broadcast_to(g_rows[:, None], keep.shape)[keep]
            k_cols = (g_ids[:, None] + np.arange(_GROUP)[None, :] * n_groups + c0)[keep]
            k_vals = values[keep]
            real = np.isfinite(k_vals)
            _merge(best_idx, best_val, k_rows[real], k_cols[real], k_vals[real], k)
    return indices, scores


def _top_k_torch(
    corpus: FloatArray,
    queries: FloatArray,
    k: int,
    self_query: bool,
    block_rows: int,
    block_cols: int,
    device: str,
) -> tuple[IntArray, FloatArray]:
    """Blocked top-k on a GPU with torch: tile products and ``torch.topk`` merges."""
    from paperkg.similarity.embed import import_torch

    torch: Any = import_torch()
    corpus_t = torch.from_numpy(np.ascontiguousarray(corpus)).to(device)
    m, n = queries.shape[0], corpus.shape[0]
    indices = np.empty((m, k), dtype=np.int64)
    scores = np.empty((m, k), dtype=np.float32)
    with torch.inference_mode():
        for r0 in range(0, m, block_rows):
            r1 = min(r0 + block_rows, m)
            q = torch.from_numpy(np.ascontiguousarray(queries[r0:r1])).to(device)
            best_val = torch.full((r1 - r0, k), float("-inf"), device=device)
            best_idx = torch.full((r1 - r0, k), -1, dtype=torch.int64, device=device)
            for c0 in range(0, n, block_cols):
                c1 = min(c0 + block_cols, n)
                s = q @ corpus_t[c0:c1].T
                if self_query and c0 < r1 and r0 < c1:
                    diag = torch.arange(max(r0, c0), min(r1, c1), device=device)
                    s[diag - r0, diag - c0] = float("-inf")
                width = min(k, c1 - c0)
                val, idx = _tile_top(torch, s, width)
                cand_val = torch.cat([best_val, val], dim=1)
                cand_idx = torch.cat([best_idx, idx + c0], dim=1)
                # Order candidates by (score desc, index asc): a stable sort by
                # score over candidates already sorted by index. Padding (-1) last.
                key_idx = torch.where(cand_idx < 0, torch.iinfo(torch.int64).max, cand_idx)
                by_idx = torch.argsort(key_idx, dim=1)
                cand_val = torch.gather(cand_val, 1, by_idx)
                cand_idx = torch.gather(cand_idx, 1, by_idx)
                by_val = torch.sort(cand_val, dim=1, descending=True, stable=True).indices[:, :k]
                best_val = torch.gather(cand_val, 1, by_val)
                best_idx = torch.gather(cand_idx, 1, by_val)
            indices[r0:r1] = best_idx.cpu().numpy()
            scores[r0:r1] = best_val.float().cpu().numpy()
    return indices, scores


def _tile_top(torch: Any, s: Any, width: int) -> tuple[Any, Any]:
    """Each row's ``width`` best columns of a tile, ties at the cut going to the lower column.

    ``torch.topk`` picks arbitrarily among equal scores at the cut, so only its
    k-th value is used: every column above it is taken, then the lowest columns
    equal to it until ``width`` are taken.
    """
    kth = torch.topk(s, width, dim=1).values[:, -1:]
    above = s > kth
    need = width - above.sum(dim=1, keepdim=True)
    equal = s == kth
    chosen = above | (equal & (torch.cumsum(equal.to(torch.int64), dim=1) <= need))
    cols = torch.arange(s.shape[1], device=s.device, dtype=torch.int64)
    # The chosen columns, lowest first: largest key = chosen and low column.
    key = chosen.to(torch.int64) * s.shape[1] * 2 - cols
    idx = torch.topk(key, width, dim=1).indices
    return torch.gather(s, 1, idx), idx
