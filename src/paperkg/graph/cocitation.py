"""Co-citation and bibliographic coupling: CO_CITED and COUPLED edges from the CITES edges.

Two papers are *co-cited* when other papers cite them together (Small, 1973) and
*coupled* when they cite the same papers (Kessler, 1963). Both are weighted by
Salton's cosine, ``|A & B| / sqrt(|A| * |B|)``, of the two papers' sets (their
citing papers for co-citation, their references for coupling).

Why the cosine: the raw count of shared papers favours the most cited (or
longest-referencing) papers, which share something with everyone; Jaccard,
``|A & B| / |A | B|``, divides by the union and so punishes a pair whose sets
differ in size (a survey with 200 references and a letter with 10 that are all
among them score 0.05). The cosine divides by the geometric mean of the sizes:
the letter and the survey score 0.22, two papers with the same 10 references 1.0.
It is the normalisation bibliometrics settled on for both measures (Salton &
McGill 1983; Leydesdorff 2008, "On the normalization and visualization of author
co-citation data") and what litstudy's ``build_cocitation_network`` leaves to the
user to apply.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

from paperkg.graph.build import BuildOptions, StageResult
from paperkg.models import Edge, EdgeKind, Paper
from paperkg.progress import NullProgress, Progress

__all__ = [
    "MAX_SHARED_DEGREE",
    "MIN_SHARED",
    "SHOWN_SHARED",
    "co_citation_edges",
    "coupling_edges",
    "overlap_edges",
    "run",
    "salton_cosine",
]

# Pairs sharing fewer papers are not linked: one shared reference is what any two papers
# of a field have (everyone cites Adam or the Transformer); two is the first sign of a tie.
MIN_SHARED = 2
# How many of the shared papers an edge lists (the count is always complete).
SHOWN_SHARED = 5
# A work cited by more papers of the corpus than this (or a survey citing more) is left out of
# every set, as stop words are left out of text similarity: sharing it says nothing, and each
# such work would pair every two of its citers (a million pairs for a work cited 1,414 times).
MAX_SHARED_DEGREE = 1000
# Rows multiplied at once: bounds the memory of one block of the sparse product.
_BLOCK = 512


def salton_cosine(shared: int, size_a: int, size_b: int) -> float:
    """Return Salton's cosine ``shared / sqrt(size_a * size_b)`` (0 when a set is empty).

    Examples
    --------
    >>> round(salton_cosine(10, 10, 200), 4)
    0.2236
    """
    if size_a <= 0 or size_b <= 0:
        return 0.0
    return shared / math.sqrt(size_a * size_b)


def overlap_edges(
    sets: Mapping[str, Iterable[str]],
    kind: EdgeKind,
    k: int = 10,
    min_shared: int = MIN_SHARED,
    progress: Progress | None = None,
    max_degree: int = MAX_SHARED_DEGREE,
) -> list[Edge]:
    """Link the keys of ``sets`` whose sets overlap, keeping each key's ``k`` strongest partners.

    The weight is :func:`salton_cosine`. Each unordered pair is stored once,
    ``source < target``, when it shares at least ``min_shared`` members and is
    among the ``k`` strongest of either end (ties: more shared, then id), as
    SAME_FAMILY and SHARES_DATASET are.

    Parameters
    ----------
    sets
        Paper id -> the ids of its set (citing papers, or references).
    kind
        ``EdgeKind.CO_CITED`` or ``EdgeKind.COUPLED``.
    k
        Partners kept per paper; 0 gives no edges.
    min_shared
        The fewest shared members that link two papers.
    progress
        Where to report progress.
    max_degree
        Members in more than this many sets are left out of every set
        (:data:`MAX_SHARED_DEGREE`).

    Returns
    -------
    list of Edge
        ``score`` the cosine (4 digits), ``shared`` up to five shared ids
        (sorted), ``attrs["shared_count"]`` how many they share.
    """
    if k <= 0:
        return []
    import numpy as np
    from scipy import sparse

    degree: dict[str, int] = {}
    for members in sets.values():
        for member in members:
            degree[member] = degree.get(member, 0) + 1
    members_of = {
        key: own for key, members in sets.items() if (own := {m for m in members if degree[m] <= max_degree})
    }
    keys = sorted(members_of)
    features: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for row, key in enumerate(keys):
        for member in members_of[key]:
            cols.append(features.setdefault(member, len(features)))
            rows.append(row)
    if not rows:
        return []
    matrix = sparse.csr_matrix(
        (np.ones(len(rows), dtype=np.int32), (np.array(rows), np.array(cols))),
        shape=(len(keys), len(features)),
    )
    transposed = matrix.T.tocsr()
    sizes = np.asarray(matrix.sum(axis=1)).ravel()
    found: list[Any] = []
    bar = (progress or NullProgress()).task(f"{kind.value} pairs", total=len(keys), unit="papers")
    try:
        for start in range(0, len(keys), _BLOCK):
            block = (matrix[start : start + _BLOCK] @ transposed).tocoo()
            rows_of, others, counts = (
                block.row.astype(np.int64) + start,
                block.col.astype(np.int64),
                block.data,
            )
            mask = (counts >= min_shared) & (others != rows_of)
            rows_of, others, counts = rows_of[mask], others[mask], counts[mask]
            cosines = counts / np.sqrt(sizes[rows_of] * sizes[others])
            # per row: strongest first, ties by more shared, then by id (keys are sorted, so by index)
            order = np.lexsort((others, -counts, -cosines, rows_of))
            rows_of, others = rows_of[order], others[order]
            if len(rows_of):
                firsts = np.flatnonzero(np.r_[True, rows_of[1:] != rows_of[:-1]])
                rank = np.arange(len(rows_of)) - np.repeat(firsts, np.diff(np.r_[firsts, len(rows_of)]))
                top = rank < k
                low, high = np.minimum(rows_of[top], others[top]), np.maximum(rows_of[top], others[top])
                found.append(low * len(keys) + high)
            bar.advance(min(_BLOCK, len(keys) - start))
    finally:
        bar.close()
    pairs = np.unique(np.concatenate(found)) if found else np.array([], dtype=np.int64)
    kept = [(int(p // len(keys)), int(p % len(keys))) for p in pairs]
    edges = []
    for a, b in kept:
        source, target = keys[a], keys[b]
        shared = sorted(members_of[source] & members_of[target])
        edges.append(
            Edge(
                kind=kind,
                source=source,
                target=target,
                score=round(salton_cosine(len(shared), int(sizes[a]), int(sizes[b])), 4),
                shared=shared[:SHOWN_SHARED],
                provenance="citations",
                attrs={"shared_count": len(shared)},
            )
        )
    return edges


def _citations(cites: Iterable[Edge], papers: set[str]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Return (paper -> its corpus citers, paper -> everything it cites) from CITES edges."""
    citers: dict[str, set[str]] = {}
    references: dict[str, set[str]] = {}
    for edge in cites:
        if edge.kind != EdgeKind.CITES or edge.source not in papers or edge.source == edge.target:
            continue
        references.setdefault(edge.source, set()).add(edge.target)
        if edge.target in papers:
            citers.setdefault(edge.target, set()).add(edge.source)
    return citers, references


def co_citation_edges(
    cites: Iterable[Edge], papers: Iterable[str], k: int = 10, min_shared: int = MIN_SHARED
) -> list[Edge]:
    """Return CO_CITED edges: papers cited together by at least ``min_shared`` corpus papers.

    Parameters
    ----------
    cites
        CITES edges; those from papers outside ``papers`` are ignored.
    papers
        The ids of the corpus papers (external nodes are not linked).
    k, min_shared
        As :func:`overlap_edges`.

    Returns
    -------
    list of Edge
        Weighted by Salton's cosine of the two papers' sets of citing papers.
    """
    citers, _ = _citations(cites, set(papers))
    return overlap_edges(citers, EdgeKind.CO_CITED, k, min_shared)


def coupling_edges(
    cites: Iterable[Edge], papers: Iterable[str], k: int = 10, min_shared: int = MIN_SHARED
) -> list[Edge]:
    """Return COUPLED edges: papers whose reference lists share at least ``min_shared`` works.

    References to works outside the corpus count too when the CITES edges
    reach external nodes. Parameters as :func:`co_citation_edges`.
    """
    _, references = _citations(cites, set(papers))
    return overlap_edges(references, EdgeKind.COUPLED, k, min_shared)


def run(
    papers: list[Paper],
    options: BuildOptions,
    progress: Progress,
    done: dict[str, StageResult] | None = None,
) -> StageResult:
    """The build stage: CO_CITED and COUPLED edges from the citations stage's CITES edges.

    Coupling counts every reference, resolved in the corpus or not: two papers
    citing the same work outside the corpus are coupled all the same. When the
    citations stage kept no external nodes, references are resolved again here
    with them.

    Returns
    -------
    StageResult
        The edges (replacing all earlier CO_CITED and COUPLED ones) and a summary.
    """
    from paperkg.graph.citations import resolve_citations

    citations = (done or {}).get("citations")
    if citations is not None and not citations.skipped and options.keep_external_refs:
        cites = [e for e in citations.edges if e.kind == EdgeKind.CITES]
    else:
        cites = resolve_citations(papers, keep_external=True).edges
    ids = {p.id for p in papers}
    citers, references = _citations(cites, ids)
    co_cited = overlap_edges(citers, EdgeKind.CO_CITED, options.related_k, MIN_SHARED, progress)
    coupled = overlap_edges(references, EdgeKind.COUPLED, options.related_k, MIN_SHARED, progress)
    summary: dict[str, Any] = {
        "co-cited pairs": len(co_cited),
        "coupled pairs": len(coupled),
    }
    return StageResult(
        name="cocitation",
        edges=co_cited + coupled,
        replaces={EdgeKind.CO_CITED, EdgeKind.COUPLED},
        summary=summary,
    )
