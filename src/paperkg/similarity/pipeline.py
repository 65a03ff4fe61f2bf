"""The similarity build stage: embed papers through the cache, then exact top-k SIMILAR_TO edges."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from paperkg.exceptions import MissingDependency
from paperkg.graph.build import BuildOptions, StageResult
from paperkg.models import Edge, EdgeKind, Paper
from paperkg.progress import NullProgress, Progress
from paperkg.similarity.ann import ANN_MIN_PAPERS, ann_available, ann_top_k, choose_index
from paperkg.similarity.cache import EmbeddingCache, text_key
from paperkg.similarity.embed import Encoder, load_encoder, model_key, paper_text, resolve_device
from paperkg.similarity.hybrid import HybridWeights, date_span, hybrid_edges
from paperkg.similarity.topk import top_k

__all__ = ["BACKENDS", "Embeddings", "embed_papers", "load_any_encoder", "run", "similar_edges"]

BACKENDS = ("auto", "onnx", "torch")


def _on_cpu(device: str | None, resolve: bool) -> bool:
    """Whether encoding happens on the CPU; ``resolve`` asks torch when no device is given."""
    if device and device != "auto":
        return device == "cpu"
    if not resolve:
        return True
    try:
        return resolve_device(device) == "cpu"
    except MissingDependency:
        return True


def load_any_encoder(
    model: str | None,
    data_dir: str | Path | None,
    device: str | None = None,
    batch_size: int = 64,
    backend: str = "auto",
    *,
    resolve: bool = True,
) -> Encoder:
    """Load the model on ONNX Runtime when it can run there, else with sentence-transformers.

    ONNX Runtime gives the same vectors (cosine 0.99999+) faster on a CPU and
    imports in a fraction of the time torch takes; the model is exported to ONNX
    beside the embeddings cache the first time (which needs torch, once).

    Parameters
    ----------
    model
        The model name or directory.
    data_dir
        Where the ONNX export is kept; ``None`` means torch.
    device, batch_size
        See :func:`paperkg.similarity.embed.load_encoder`; a GPU means torch.
    backend
        ``auto`` (ONNX on a CPU when ``onnxruntime`` is installed and the model
        exports, else torch), ``onnx`` or ``torch``.
    resolve
        With no device given, ask torch whether a GPU is there (a build does; a
        query, which is one short text, takes the CPU without importing torch).

    Raises
    ------
    ValueError
        When the backend is unknown.
    MissingDependency, LoadError
        When the backend asked for cannot be used.
    """
    if backend not in BACKENDS:
        raise ValueError(f"backend must be one of {', '.join(BACKENDS)}, got {backend!r}")
    if backend == "onnx" or (backend == "auto" and data_dir is not None and _on_cpu(device, resolve)):
        from paperkg.exceptions import LoadError
        from paperkg.similarity.onnx_encoder import load_onnx_encoder

        if data_dir is None:
            raise ValueError("the ONNX encoder needs a data directory to keep its export in")
        try:
            return load_onnx_encoder(model, data_dir, batch_size=batch_size)
        except (MissingDependency, LoadError):
            if backend == "onnx":
                raise
    return load_encoder(model, device, batch_size)


@dataclass
class Embeddings:
    """The vectors of some papers, and what computing them cost.

    ``vectors[i]`` belongs to ``ids[i]``; rows are L2-normalised float32.
    """

    ids: list[str]
    vectors: npt.NDArray[np.float32]
    model: str
    device: str | None
    encoded: int
    cache_hits: int
    encode_seconds: float
    load_seconds: float
    encoder: Encoder | None = None

    @property
    def papers_per_second(self) -> float:
        """Papers encoded per second of encoding (0 when nothing was encoded)."""
        return self.encoded / self.encode_seconds if self.encoded and self.encode_seconds > 0 else 0.0


def embed_papers(
    papers: Sequence[Paper],
    *,
    model: str | None = None,
    device: str | None = None,
    batch_size: int = 64,
    data_dir: str | Path | None = None,
    progress: Progress | None = None,
    encoder: Encoder | None = None,
    checkpoint_seconds: float = 10.0,
    backend: str = "auto",
) -> Embeddings:
    """Return the vectors of ``papers``, encoding only the texts the cache does not hold.

    The model is loaded only when some text must be encoded, so a build whose
    texts are all cached needs neither the model nor the time to load it.

    Parameters
    ----------
    papers
        The papers; each is encoded as :func:`paperkg.similarity.embed.paper_text`.
    model, device, batch_size
        See :func:`paperkg.similarity.embed.load_encoder`.
    data_dir
        The data directory holding ``embeddings/``; ``None`` caches in memory only.
    progress
        Where to draw the encoding bar.
    encoder
        An already loaded model to use instead of loading one.
    checkpoint_seconds
        The cache is saved after a batch when this long has passed since its last
        save, and once at the end (also when encoding fails or is interrupted),
        so an interrupted build keeps what it encoded.
    backend
        How to run the model when it must be loaded: see :func:`load_any_encoder`.

    Returns
    -------
    Embeddings
        One vector per paper, in the order given.

    Raises
    ------
    MissingDependency
        When texts must be encoded and sentence-transformers or torch is missing.
    LoadError
        When the model cannot be loaded.
    StoreCorrupt
        When the cache on disk cannot be read.
    """
    name = encoder.name if encoder is not None else model_key(model)
    cache = EmbeddingCache.open(data_dir, name)
    texts = [paper_text(p) for p in papers]
    keys = [text_key(t) for t in texts]
    missing = cache.missing(keys)
    # The same text twice (two records of one abstract) is encoded once.
    todo = list(dict.fromkeys(keys[i] for i in missing))
    load_seconds = encode_seconds = 0.0
    if todo:
        if encoder is None:
            encoder = load_any_encoder(model, data_dir, device, batch_size, backend)
            load_seconds = encoder.load_seconds
        first = {keys[i]: i for i in reversed(missing)}

        def keep(rows: list[int], vectors: npt.NDArray[np.float32]) -> None:
            cache.add([todo[row] for row in rows], vectors)
            cache.checkpoint(checkpoint_seconds)

        started = time.perf_counter()
        try:
            encoder.encode([texts[first[key]] for key in todo], progress, "encoding", on_batch=keep)
        finally:
            # Also on an error or Ctrl-C: what was encoded is kept, the next build encodes the rest.
            cache.save()
        encode_seconds = time.perf_counter() - started
    matrix = cache.get(keys) if keys else np.empty((0, cache.dim or 0), np.float32)
    return Embeddings(
        ids=[p.id for p in papers],
        vectors=matrix,
        model=name,
        device=encoder.device if encoder is not None else device,
        encoded=len(todo),
        cache_hits=len(papers) - len(missing),
        encode_seconds=encode_seconds,
        load_seconds=load_seconds,
        encoder=encoder,
    )


def similar_edges(
    ids: Sequence[str],
    vectors: npt.NDArray[np.float32],
    k: int = 10,
    threshold: float | None = None,
    device: str | None = None,
    index: str = "exact",
) -> list[Edge]:
    """Return SIMILAR_TO edges from each paper to its ``k`` nearest papers at or above ``threshold``.

    Parameters
    ----------
    ids
        Paper ids, one per row of ``vectors``.
    vectors
        L2-normalised float32 rows.
    k
        Neighbours per paper.
    threshold
        The lowest cosine score kept; ``None`` keeps all ``k``.
    device
        ``cuda`` computes the products on the GPU (see :func:`paperkg.similarity.topk.top_k`).
    index
        ``exact``, ``ann`` (an HNSW index: :func:`paperkg.similarity.ann.ann_top_k`,
        same scores and ranks, a neighbour may be missed) or ``auto`` (see
        :func:`paperkg.similarity.ann.choose_index`).

    Returns
    -------
    list of Edge
        ``paper -> neighbour`` with ``score`` (cosine, 6 decimals) and ``rank``
        (1 = nearest), sorted by source then rank. Ties go to the smaller id.
    """
    if len(ids) != len(vectors):
        raise ValueError(f"{len(ids)} ids but {len(vectors)} vectors")
    if len(ids) < 2:
        return []
    # Rows in id order make tie-breaking (lower row first) independent of input order.
    order = sorted(range(len(ids)), key=lambda i: ids[i])
    sorted_ids = [ids[i] for i in order]
    corpus = np.ascontiguousarray(vectors[order])
    if choose_index(len(ids), index) == "ann":
        result = ann_top_k(corpus, k)
    else:
        result = top_k(corpus, k, device=device)
    edges: list[Edge] = []
    for row, source in enumerate(sorted_ids):
        pairs = zip(result.indices[row].tolist(), result.scores[row].tolist(), strict=True)
        for rank, (col, score) in enumerate(pairs, start=1):
            if col < 0 or (threshold is not None and score < threshold):
                break
            edges.append(
                Edge(
                    kind=EdgeKind.SIMILAR_TO,
                    source=source,
                    target=sorted_ids[col],
                    score=round(float(score), 6),
                    rank=rank,
                )
            )
    return edges


# The edges from a paper to the specific things it names: what "shared entities" counts.
_ENTITY_EDGES = (EdgeKind.INTRODUCES, EdgeKind.MENTIONS, EdgeKind.USES_DATASET)


def _graph_signals(done: dict[str, StageResult]) -> tuple[dict[str, set[str]], list[tuple[str, str]]]:
    """The entities of each paper and the CITES pairs, from the earlier stages' edges."""
    entities: dict[str, set[str]] = {}
    cites: list[tuple[str, str]] = []
    for result in done.values():
        if result.skipped:
            continue
        for edge in result.edges:
            if edge.kind in _ENTITY_EDGES:
                entities.setdefault(edge.source, set()).add(edge.target)
            elif edge.kind == EdgeKind.CITES:
                cites.append((edge.source, edge.target))
        for kind in _ENTITY_EDGES:
            for row in result.rows.get(kind, ()):  # bulk kinds a stage keeps as rows
                entities.setdefault(row["source"], set()).add(row["target"])
    return entities, cites


def run(
    papers: list[Paper],
    options: BuildOptions,
    progress: Progress | None = None,
    done: dict[str, StageResult] | None = None,
) -> StageResult:
    """Run the similarity stage: embed every paper (through the cache) and draw SIMILAR_TO edges.

    Neighbours are ranked by the hybrid score (:mod:`paperkg.similarity.hybrid`)
    with ``options.similar_weights`` (``"embedding=1,lexical=0.5,..."``, the
    defaults when empty); with every weight but the embedding's at 0 they are the
    bare model's cosine neighbours. Each paper also gets its nearest papers among
    those not dated later than it, the candidates of ``likely_references``.

    Every SIMILAR_TO edge is recomputed over the whole corpus, so papers added
    later displace the neighbours of existing papers as they should.

    Parameters
    ----------
    papers
        Every paper of the graph.
    options
        ``model``, ``device``, ``batch_size``, ``top_k``, ``threshold``,
        ``similar_weights``, ``similar_index`` (``auto``, ``exact`` or ``ann``:
        see :func:`paperkg.similarity.ann.choose_index`) and ``data_dir`` (where
        the cache lives) are used.
    progress
        Where to draw the encoding bar.
    done
        Earlier stages' results: inference's entity edges and the citations'
        CITES edges feed the hybrid score.

    Returns
    -------
    StageResult
        The edges and a summary (papers, encoded, cache hits, seconds, papers/s),
        or ``skipped`` with the install command when the embedding extra is missing.
    """
    started = time.perf_counter()
    progress = progress or NullProgress()
    try:
        embeddings = embed_papers(
            papers,
            model=options.model,
            device=options.device,
            batch_size=options.batch_size,
            data_dir=options.data_dir,
            progress=progress,
        )
    except MissingDependency as e:
        return StageResult(name="similarity", skipped=f"{e}; then build again to add SIMILAR_TO edges")
    topk_device = embeddings.device if (embeddings.device or "").startswith("cuda") else None
    weights = HybridWeights.parse(getattr(options, "similar_weights", None) or "")
    asked = getattr(options, "similar_index", None) or "auto"
    index = choose_index(len(papers), asked)
    topk_started = time.perf_counter()
    entities, cites = _graph_signals(done or {})
    edges = hybrid_edges(
        embeddings.ids,
        [paper_text(p) for p in papers],
        embeddings.vectors,
        k=options.top_k,
        weights=weights,
        entities=entities,
        cites=cites,
        threshold=options.threshold,
        device=topk_device,
        dates=[date_span(p.published, p.year, p.date_precision) for p in papers],
        index=index,
    )
    topk_seconds = time.perf_counter() - topk_started
    summary: dict[str, Any] = {
        "model": embeddings.model,
        "device": embeddings.device or "not loaded",
        "backend": embeddings.encoder.backend if embeddings.encoder is not None else "not loaded",
        "papers": len(papers),
        "encoded": embeddings.encoded,
        "cache_hits": embeddings.cache_hits,
        "papers_per_s": round(embeddings.papers_per_second, 1),
        "encode_seconds": round(embeddings.encode_seconds, 2),
        "model_load_seconds": round(embeddings.load_seconds, 2),
        "top_k": options.top_k,
        "threshold": options.threshold,
        "weights": weights.to_dict(),
        "index": index,
        # The k nearest of each paper; the other edges rank its earlier papers for likely_references.
        "edges": sum(1 for e in edges if e.rank is not None),
        "earlier_candidate_edges": sum(1 for e in edges if e.rank is None),
        "topk_seconds": round(topk_seconds, 2),
        "seconds": round(time.perf_counter() - started, 2),
    }
    if asked == "auto" and index == "exact" and len(papers) >= ANN_MIN_PAPERS and not ann_available():
        summary["index_note"] = (
            f"exact top-k over {len(papers):,} papers; pip install 'paperkg[ann]' for the faster "
            f"approximate index used from {ANN_MIN_PAPERS:,} papers on"
        )
    return StageResult(name="similarity", edges=edges, replaces={EdgeKind.SIMILAR_TO}, summary=summary)
