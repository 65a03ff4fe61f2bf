"""How often a paper's known reference is among its top-k neighbours: bare model vs hybrid, any date vs earlier.

Reads a store built with similarity (``paperkg build ... --data-dir DIR``) and a
file of known ``citing -> cited`` pairs, both in the store, then reports hit@k
(the cited paper among the citing paper's ``k`` nearest) for:

``bare``
    cosine of the cached embeddings over every other paper (the model alone);
``bare_earlier``
    the same among the papers dated no later than the citing one;
``hybrid``
    the hybrid score (:mod:`paperkg.similarity.hybrid`) with the given weights;
``hybrid_earlier``
    the hybrid score among the earlier papers: ``likely_references`` without
    its BUILDS_ON / CITES boost (the pair's own link would give the answer away);
``tfidf``
    the TF-IDF cosine alone.

Entities come from the store's INTRODUCES / MENTIONS / USES_DATASET edges; CITES
edges feed co-citation and coupling, the evaluated pairs' own CITES edges left out.

Pairs file: JSON, either a list of ``[citing, cited]`` references (anything
``paperkg show`` accepts), or paperkg's gold file (``{"papers": {key: {"arxiv_id"
or "title"}}, "builds_on": [{"from": key, "to": key}]}``, e.g.
``tests/data/gold-dev.json``). Pairs with an end not in the store are counted
and skipped.

Run from the repository root::

    paperkg build examples/*.txt --data-dir /tmp/seed
    python -m benchmarks.bench_similar_eval --data-dir /tmp/seed --pairs tests/data/gold-dev.json
    python -m benchmarks.bench_similar_eval --data-dir /tmp/seed --pairs pairs.json --weights embedding=1,lexical=0.3
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np

from paperkg.exceptions import PaperKGError
from paperkg.graph import NetworkXStore
from paperkg.models import EdgeKind, Paper
from paperkg.queries import resolve_paper
from paperkg.queries.references import date_span, not_later
from paperkg.similarity.embed import paper_text
from paperkg.similarity.hybrid import HybridWeights, hybrid_edges, tfidf_matrix
from paperkg.similarity.pipeline import embed_papers
from paperkg.similarity.search import built_model

_ENTITY_KINDS = (EdgeKind.INTRODUCES, EdgeKind.MENTIONS, EdgeKind.USES_DATASET)


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """The ``(citing, cited)`` references of a pairs file (see the module docstring)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, list):
        return [(str(a), str(b)) for a, b in data]
    papers: dict[str, dict[str, Any]] = data["papers"]

    def ref(key: str) -> str:
        entry = papers.get(key, {})
        return str(entry.get("arxiv_id") or entry.get("title") or key)

    return [(ref(p["from"]), ref(p["to"])) for p in data["builds_on"]]


def _rank_of(scores: np.ndarray, target: int, allowed: np.ndarray) -> int:
    """1-based rank of ``target`` among ``allowed`` rows by score (ties to the lower row)."""
    better = (scores > scores[target]) & allowed
    ties = (scores == scores[target]) & allowed & (np.arange(len(scores)) < target)
    return int(better.sum() + ties.sum()) + 1


def evaluate(data_dir: Path, pairs: list[tuple[str, str]], k: int, weights: HybridWeights) -> dict[str, Any]:
    """Compute hit@k of every ranking over the resolvable pairs."""
    store = NetworkXStore.open(data_dir)
    try:
        papers: list[Paper] = sorted(store.papers(), key=lambda p: p.id)
        resolved: list[tuple[str, str]] = []
        skipped: list[tuple[str, str]] = []
        for citing, cited in pairs:
            try:
                resolved.append((resolve_paper(store, citing).id, resolve_paper(store, cited).id))
            except PaperKGError:
                skipped.append((citing, cited))
        entities: dict[str, set[str]] = {}
        cites: list[tuple[str, str]] = []
        held_out = set(resolved)
        for edge in store.edges():
            if edge.kind in _ENTITY_KINDS:
                entities.setdefault(edge.source, set()).add(edge.target)
            elif edge.kind == EdgeKind.CITES and (edge.source, edge.target) not in held_out:
                cites.append((edge.source, edge.target))
        model = built_model(store)
    finally:
        store.close()
    ids = [p.id for p in papers]
    row = {pid: i for i, pid in enumerate(ids)}
    texts = [paper_text(p) for p in papers]
    vectors = embed_papers(papers, model=model, data_dir=data_dir).vectors
    spans = [date_span(p.published, p.year, p.date_precision) for p in papers]
    edges = hybrid_edges(
        ids, texts, vectors, k=k, weights=weights, entities=entities, cites=cites, dates=spans
    )
    near = {(e.source, e.target) for e in edges if e.rank is not None}
    earlier = {(e.source, e.target) for e in edges if "earlier_rank" in e.attrs}
    lexical = tfidf_matrix(texts)
    hits = {"bare": 0, "bare_earlier": 0, "tfidf": 0, "hybrid": 0, "hybrid_earlier": 0}
    earlier_pairs = 0
    for citing, cited in resolved:
        i, j = row[citing], row[cited]
        others = np.ones(len(ids), dtype=bool)
        others[i] = False
        before = np.array([not_later(s, spans[i]) is True for s in spans]) & others
        cosine = vectors @ vectors[i]
        words = np.asarray(lexical.dot(lexical[i].T).todense()).ravel()
        hits["bare"] += _rank_of(cosine, j, others) <= k
        hits["tfidf"] += _rank_of(words, j, others) <= k
        hits["hybrid"] += (citing, cited) in near
        if before[j]:
            earlier_pairs += 1
            hits["bare_earlier"] += _rank_of(cosine, j, before) <= k
            hits["hybrid_earlier"] += (citing, cited) in earlier
    n = len(resolved)
    return {
        "papers": len(ids),
        "pairs": n,
        "pairs_skipped": len(skipped),
        "pairs_cited_not_later": earlier_pairs,
        "k": k,
        "weights": weights.to_dict(),
        **{
            f"hit@{k}_{name}": round(count / n, 3) if n else None
            for name, count in hits.items()
            if "earlier" not in name
        },
        **{
            f"hit@{k}_{name}": round(count / earlier_pairs, 3) if earlier_pairs else None
            for name, count in hits.items()
            if "earlier" in name
        },
        "skipped": skipped,
    }


def main(argv: list[str] | None = None) -> None:
    """Parse the command line, evaluate, print one JSON object."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_similar_eval", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--data-dir", type=Path, required=True, help="a store built with similarity")
    parser.add_argument("--pairs", type=Path, required=True, help="known citing -> cited pairs (JSON)")
    parser.add_argument("-k", type=int, default=10)
    parser.add_argument("--weights", default="", help="hybrid weights, e.g. embedding=1,lexical=0.5")
    args = parser.parse_args(argv)
    print(
        json.dumps(evaluate(args.data_dir, read_pairs(args.pairs), args.k, HybridWeights.parse(args.weights)))
    )


if __name__ == "__main__":
    main()
