"""Hybrid neighbours: embedding cosine, TF-IDF, shared rare entities and citation overlap, mixed per paper.

Each signal answers a different question about two papers:

``embedding``
    Do the abstracts mean the same thing? (cosine of the sentence embeddings)
``lexical``
    Do they use the same words, weighted by how rare the words are in this corpus?
    (TF-IDF cosine over title and abstract). It catches the exact names, acronyms and
    formulae an embedding model trained on general text blurs together.
``entities``
    Do they mention the same specific methods and datasets? (the sum of the
    inverse document frequencies of the shared entities found by inference, so
    sharing "SPLADE" counts far more than sharing "Transformer")
``citations``
    Do they cite the same papers (bibliographic coupling) or are they cited
    together (co-citation)? (each as shared / sqrt(product of the two counts))

The scales differ (a cosine of 0.6 is high for one paper and low for another), so
every signal is z-scored over each paper's candidates before the weighted sum:
the mix asks "how unusual is this pair for this paper, in each respect". A signal
that does not vary for a paper (no entities, no citations) contributes nothing.
Each edge keeps the raw signals and each signal's share of the positive part of
the score, so ``paperkg similar`` can say why two papers are neighbours.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from paperkg.models import Edge, EdgeKind
from paperkg.queries.references import date_span, not_later
from paperkg.similarity.ann import AnnParams

__all__ = [
    "DEFAULT_WEIGHTS",
    "SIGNALS",
    "HybridWeights",
    "date_span",
    "hybrid_edges",
    "not_later",
    "tfidf_matrix",
]

SIGNALS = ("embedding", "lexical", "entities", "citations")


@dataclass(frozen=True)
class HybridWeights:
    """How much each z-scored signal counts in the hybrid score.

    The defaults give the embedding the lead (it is the best single signal on
    abstracts), the lexical score half of that (it mostly re-ranks what the
    embedding already finds, by exact terms), and the two sparse signals
    (entities, citations) enough to lift a pair they single out without letting
    one shared name outweigh what the texts say. ``embedding=1`` and every other
    weight 0 gives the bare model's ranking.
    """

    embedding: float = 1.0
    lexical: float = 0.5
    entities: float = 0.3
    citations: float = 0.5

    def as_array(self) -> npt.NDArray[np.float64]:
        """Return the weights in :data:`SIGNALS` order."""
        return np.array([self.embedding, self.lexical, self.entities, self.citations], dtype=np.float64)

    @classmethod
    def parse(cls, text: str) -> HybridWeights:
        """Read ``embedding=1,lexical=0.5,...`` (unnamed signals keep their default).

        Raises
        ------
        ValueError
            When a name is not a signal or a value is not a non-negative number.
        """
        values: dict[str, float] = {}
        for part in (p.strip() for p in text.split(",")):
            if not part:
                continue
            name, sep, raw = part.partition("=")
            name = name.strip()
            if not sep or name not in SIGNALS:
                raise ValueError(
                    f"expected SIGNAL=WEIGHT with SIGNAL one of {', '.join(SIGNALS)}, got {part!r}"
                )
            value = float(raw)
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"{name}: a weight is a number of 0 or more, got {raw!r}")
            values[name] = value
        return cls(**values)

    def to_dict(self) -> dict[str, float]:
        """Return the weights by signal name."""
        return asdict(self)


DEFAULT_WEIGHTS = HybridWeights()

_TOKEN = re.compile(r"[a-z][a-z0-9]*(?:[-'][a-z0-9]+)*")
# Function words and the boilerplate of abstracts: they say nothing about the topic.
_STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "here",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "more",
        "most",
        "no",
        "nor",
        "not",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "paper",
        "propose",
        "proposed",
        "present",
        "show",
        "shows",
        "results",
        "method",
        "methods",
        "approach",
        "based",
        "using",
        "use",
        "used",
        "new",
        "via",
        "however",
        "thus",
        "well",
        "one",
        "two",
        "three",
        "first",
    ]
)


def _tokens(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(text.lower()) if t not in _STOPWORDS and len(t) > 1]


def tfidf_matrix(texts: Sequence[str]) -> Any:
    """Return the L2-normalised TF-IDF rows of ``texts`` (a SciPy CSR matrix).

    Term frequency is sublinear (``1 + log tf``); the inverse document frequency
    is smoothed (``log((1 + n) / (1 + df)) + 1``). Terms found in one text only
    are dropped: they cannot make two texts alike.
    """
    from scipy import sparse

    counts = [Counter(_tokens(t)) for t in texts]
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    vocab = {term: i for i, term in enumerate(sorted(t for t, n in df.items() if n > 1))}
    n = len(texts)
    idf = np.array([math.log((1 + n) / (1 + df[t])) + 1.0 for t in sorted(vocab, key=vocab.__getitem__)])
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for row, c in enumerate(counts):
        for term, tf in c.items():
            col = vocab.get(term)
            if col is not None:
                rows.append(row)
                cols.append(col)
                vals.append((1.0 + math.log(tf)) * idf[col])
    matrix = sparse.csr_matrix((vals, (rows, cols)), shape=(n, len(vocab)), dtype=np.float32)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms).dot(matrix), dtype=np.float32)


def _idf_sets(sets: Sequence[frozenset[str]]) -> dict[str, float]:
    """Inverse document frequency of each item over the papers holding it: ``log(n / df)``."""
    df: Counter[str] = Counter()
    for s in sets:
        df.update(s)
    n = max(len(sets), 1)
    return {item: math.log(n / count) for item, count in df.items()}


def _zscore(values: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Standardise one signal over a paper's candidates.

    The spread is floored at 0.001 so that a signal which barely varies (cosines
    equal to the third decimal) is not blown up into unit-size noise.
    """
    out: npt.NDArray[np.float64] = (values - values.mean()) / max(float(values.std()), _MIN_SPREAD)
    return out


_MIN_SPREAD = 1e-3


def hybrid_edges(
    ids: Sequence[str],
    texts: Sequence[str],
    vectors: npt.NDArray[np.float32],
    *,
    k: int = 10,
    weights: HybridWeights = DEFAULT_WEIGHTS,
    entities: Mapping[str, Iterable[str]] | None = None,
    cites: Iterable[tuple[str, str]] = (),
    threshold: float | None = None,
    candidates: int = 50,
    device: str | None = None,
    dates: Sequence[tuple[int, int] | None] | None = None,
    block_rows: int = 256,
    index: str = "exact",
    ann_params: AnnParams | None = None,
) -> list[Edge]:
    """Return SIMILAR_TO edges ranked by the hybrid score (see the module docstring).

    Parameters
    ----------
    ids, texts, vectors
        One paper per position: its id, the text it was embedded from (title and
        abstract) and its L2-normalised embedding.
    k
        Neighbours per paper.
    weights
        The weight of each z-scored signal.
    entities
        The specific entities (method and dataset ids) each paper mentions, introduces or uses.
    cites
        ``(citing, cited)`` pairs; cited papers outside ``ids`` still count for coupling.
    threshold
        The lowest embedding cosine a neighbour may have; ``None`` keeps any.
    candidates
        How many nearest papers by embedding and by TF-IDF each paper considers
        (papers sharing a citation are added); the hybrid score ranks these.
    device
        Accepted for the stage's sake; the hybrid ranking runs on the CPU.
    dates
        Each paper's date span (:func:`date_span`). When given, each paper also
        gets its ``k`` best neighbours among the papers dated no later than it
        (``attrs["earlier_rank"]``) and among the papers whose order to it is
        unknown (``attrs["undated_rank"]``): the candidates of its likely
        references. Such an edge that is not among the ``k`` nearest overall has
        ``rank=None``.
    block_rows
        Rows scored against every paper at once on the exact path.
    index
        ``exact``: each block of rows is scored against every paper, by embedding
        and by TF-IDF, and the candidates are the nearest by either. ``ann``: the
        candidates come from an HNSW index over the embeddings
        (:mod:`paperkg.similarity.ann`), overall and among the papers not later
        than the row, and only they are scored; the TF-IDF scores every candidate
        but proposes none, so nothing costs ``n^2``.
    ann_params
        The index's parameters when ``index="ann"``.

    Returns
    -------
    list of Edge
        ``paper -> neighbour`` with ``score`` (the hybrid score), ``rank`` (1 =
        nearest) and ``attrs``: ``cosine``, ``signals`` (the raw value of each) and
        ``shares`` (each signal's share of the positive part of the score).
        Sorted by source, then ranked edges by rank, then the others by score;
        ties go to the smaller id.
    """
    if not (len(ids) == len(texts) == len(vectors)):
        raise ValueError(f"{len(ids)} ids, {len(texts)} texts and {len(vectors)} vectors")
    n = len(ids)
    if n < 2:
        return []
    order = sorted(range(n), key=lambda i: ids[i])
    sid = [ids[i] for i in order]
    row_of = {pid: row for row, pid in enumerate(sid)}
    vecs = np.ascontiguousarray(vectors[order], dtype=np.float32)
    stexts = [texts[i] for i in order]
    w = weights.as_array()
    c = min(candidates, n - 1)

    lexical = tfidf_matrix(stexts) if w[1] > 0 else None
    lexical_t = lexical.T.tocsc() if lexical is not None and index == "exact" else None
    spans = [dates[i] for i in order] if dates is not None else None
    big = np.iinfo(np.int64).max
    starts = np.array([sp[0] if sp else big for sp in spans or []], dtype=np.int64)
    ends = np.array([sp[1] if sp else big for sp in spans or []], dtype=np.int64)

    ent_sets = [frozenset(entities.get(pid, ())) if entities else frozenset() for pid in sid]
    ent_idf = _idf_sets(ent_sets) if w[2] > 0 else {}
    refs: dict[int, set[str]] = defaultdict(set)
    citers: dict[int, set[str]] = defaultdict(set)
    for citing, cited in cites:
        if citing in row_of:
            refs[row_of[citing]].add(cited)
        if cited in row_of:
            citers[row_of[cited]].add(citing)
    by_ref: dict[str, list[int]] = defaultdict(list)
    for row, rs in refs.items():
        for r in rs:
            by_ref[r].append(row)
    by_citer: dict[str, list[int]] = defaultdict(list)
    for row, cs in citers.items():
        for x in cs:
            by_citer[x].append(row)

    if index not in ("exact", "ann"):
        raise ValueError(f"index must be 'exact' or 'ann', got {index!r}")
    ann_pools: list[npt.NDArray[np.int64]] = []
    if index == "ann":
        from paperkg.similarity.ann import ann_top_k, ann_top_k_not_later

        if spans is not None:
            earlier_pool, nearest_pool = ann_top_k_not_later(vecs, c, starts, ends, big, params=ann_params)
            ann_pools.extend([nearest_pool.indices, earlier_pool.indices])
        else:
            ann_pools.append(ann_top_k(vecs, c, params=ann_params).indices)
    lexical_csr = lexical.tocsr() if lexical is not None and index == "ann" else None
    heavy = _heavy_terms(lexical_csr) if lexical_csr is not None else None
    postings = lexical_csr.T.tocsr() if lexical_csr is not None else None

    edges: list[Edge] = []
    # One pass over blocks of rows. Exact: each block's embedding and TF-IDF scores
    # against every paper are computed once, dense, and give both the candidates
    # (nearest overall, and nearest among the papers not later than the row) and
    # their raw signals; memory stays at two block x n float32 tiles. ANN: the
    # index's pools are the candidates, and only they are scored.
    for start in range(0, n, block_rows):
        stop = min(start + block_rows, n)
        local = np.arange(stop - start)
        emb: npt.NDArray[np.float32] | None = None
        lex = None
        pools: list[npt.NDArray[np.int64]] = []
        if index == "exact":
            emb = vecs[start:stop] @ vecs.T
            emb[local, local + start] = -np.inf
            if lexical is not None:
                lex = np.asarray(lexical[start:stop].dot(lexical_t).todense(), dtype=np.float32)
                lex[local, local + start] = -np.inf
            pools = [_top_columns(emb, c)] + ([_top_columns(lex, c)] if lex is not None else [])
            if spans is not None:
                # Later: both dates known and the candidate starts after the row's date ends.
                rows_end = ends[start:stop, None]
                later = (starts[None, :] != big) & (rows_end != big) & (starts[None, :] > rows_end)
                pools.append(_top_columns(np.where(later, -np.inf, emb), c))
                if lex is not None:
                    pools.append(_top_columns(np.where(later, -np.inf, lex), c))
        else:
            pools = [pool[start:stop] for pool in ann_pools]
            if heavy is not None:
                pools.extend(_lexical_pools(heavy, postings, start, stop, c, starts, ends, big, spans))
        for at in local.tolist():
            row = start + at
            cand: set[int] = set()
            for pool in pools:
                cand.update(int(j) for j in pool[at] if j >= 0)
            if w[3] > 0:
                cand.update(j for x in refs.get(row, ()) for j in by_ref[x])
                cand.update(j for x in citers.get(row, ()) for j in by_citer[x])
            cand.discard(row)
            if not cand:
                continue
            cols = np.array(sorted(cand), dtype=np.int64)
            raw = np.zeros((4, len(cols)), dtype=np.float64)
            if emb is not None:
                raw[0] = emb[at, cols]
                if lex is not None:
                    raw[1] = lex[at, cols]
            else:
                raw[0] = vecs[cols] @ vecs[row]
                if lexical_csr is not None:
                    raw[1] = lexical_csr[cols].dot(lexical_csr[row].T).toarray().ravel()
            if ent_idf and ent_sets[row]:
                mine = ent_sets[row]
                raw[2] = [sum(ent_idf[e] for e in mine & ent_sets[j]) for j in cols]
            if w[3] > 0 and (refs.get(row) or citers.get(row)):
                raw[3] = [
                    _overlap(refs.get(row), refs.get(j)) + _overlap(citers.get(row), citers.get(j))
                    for j in cols
                ]
            z = np.vstack([_zscore(raw[s]) for s in range(4)])
            contrib = w[:, None] * z
            score = contrib.sum(axis=0)
            if threshold is not None:
                score = np.where(raw[0] >= threshold, score, -np.inf)
            # Highest score first; ties to the smaller id (cols are ascending rows, rows are id order).
            ranked = [pos for pos in np.lexsort((cols, -score)) if np.isfinite(score[pos])]
            overall = {pos: r for r, pos in enumerate(ranked[:k], start=1)}
            earlier: dict[int, int] = {}
            undated: dict[int, int] = {}
            if spans is not None:
                order_known = [not_later(spans[int(cols[pos])], spans[row]) for pos in ranked]
                dated = [pos for pos, known in zip(ranked, order_known, strict=True) if known]
                unknown = [pos for pos, known in zip(ranked, order_known, strict=True) if known is None]
                earlier = {pos: r for r, pos in enumerate(dated[:k], start=1)}
                undated = {pos: r for r, pos in enumerate(unknown[:k], start=1)}
            for pos in ranked:
                if pos not in overall and pos not in earlier and pos not in undated:
                    continue
                positive = np.clip(contrib[:, pos], 0.0, None)
                total = positive.sum()
                shares = {
                    s: round(float(positive[i] / total), 3) if total > 0 else 0.0
                    for i, s in enumerate(SIGNALS)
                }
                attrs: dict[str, Any] = {
                    "method": "hybrid",
                    "cosine": round(float(raw[0, pos]), 6),
                    "signals": {s: round(float(raw[i, pos]), 6) for i, s in enumerate(SIGNALS)},
                    "shares": shares,
                }
                if pos in earlier:
                    attrs["earlier_rank"] = earlier[pos]
                if pos in undated:
                    attrs["undated_rank"] = undated[pos]
                edges.append(
                    Edge(
                        kind=EdgeKind.SIMILAR_TO,
                        source=sid[row],
                        target=sid[int(cols[pos])],
                        score=round(float(score[pos]), 6),
                        rank=overall.get(pos),
                        attrs=attrs,
                    )
                )
    return edges


# On the approximate path each paper's lexical candidates are the papers sharing
# one of its heaviest TF-IDF terms, scored on those terms; terms in more than
# _MAX_POSTING papers (common words, weak evidence) propose none, so the cost
# stays far below n^2 while the rare terms that make lexical neighbours count.
_LEXICAL_TERMS = 8
_MAX_POSTING = 2000


def _heavy_terms(lexical: Any) -> Any:
    """Each row of a CSR TF-IDF matrix cut to its heaviest terms that are not too common."""
    from scipy import sparse

    df = np.bincount(lexical.indices, minlength=lexical.shape[1])
    rows: list[npt.NDArray[np.int64]] = []
    cols: list[npt.NDArray[np.int32]] = []
    vals: list[npt.NDArray[np.float32]] = []
    for row in range(lexical.shape[0]):
        lo, hi = lexical.indptr[row], lexical.indptr[row + 1]
        terms, weights = lexical.indices[lo:hi], lexical.data[lo:hi]
        keep = df[terms] <= _MAX_POSTING
        terms, weights = terms[keep], weights[keep]
        top = np.argsort(-weights, kind="stable")[:_LEXICAL_TERMS]
        rows.append(np.full(len(top), row, dtype=np.int64))
        cols.append(terms[top])
        vals.append(weights[top])
    return sparse.csr_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
        shape=lexical.shape,
        dtype=np.float32,
    )


def _lexical_pools(
    heavy: Any,
    lexical_t: Any,
    start: int,
    stop: int,
    c: int,
    starts: npt.NDArray[np.int64],
    ends: npt.NDArray[np.int64],
    big: int,
    spans: Sequence[tuple[int, int] | None] | None,
) -> list[npt.NDArray[np.int64]]:
    """The ``c`` best lexical candidates of rows ``start:stop`` by their heavy terms (and among papers not later)."""
    partial = heavy[start:stop].dot(lexical_t).tocsr()
    out = [np.full((stop - start, c), -1, dtype=np.int64)]
    if spans is not None:
        out.append(np.full((stop - start, c), -1, dtype=np.int64))
    for at in range(stop - start):
        lo, hi = partial.indptr[at], partial.indptr[at + 1]
        cols, vals = partial.indices[lo:hi].astype(np.int64), partial.data[lo:hi]
        mine = cols != start + at
        cols, vals = cols[mine], vals[mine]
        best = np.argsort(-vals, kind="stable")[:c]
        out[0][at, : len(best)] = cols[best]
        if spans is not None and ends[start + at] != big:
            ok = (starts[cols] == big) | (starts[cols] <= ends[start + at])
            best = np.argsort(-np.where(ok, vals, -np.inf), kind="stable")[: min(c, int(ok.sum()))]
            out[1][at, : len(best)] = cols[best]
        elif spans is not None:
            out[1][at] = out[0][at]
    return out


def _overlap(a: set[str] | None, b: set[str] | None) -> float:
    """Shared items over the geometric mean of the two set sizes (Salton's cosine)."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / math.sqrt(len(a) * len(b)) if shared else 0.0


def _top_columns(scores: npt.NDArray[np.float32], k: int) -> npt.NDArray[np.int64]:
    """The columns of the ``k`` highest finite scores of each row (unordered; ``-1`` pads)."""
    n = scores.shape[1]
    part = np.argpartition(-scores, k - 1, axis=1)[:, :k] if k < n else np.argsort(-scores, axis=1)[:, :k]
    picked = np.take_along_axis(scores, part, axis=1)
    out: npt.NDArray[np.int64] = np.where(np.isfinite(picked), part, -1).astype(np.int64)
    return out
