"""Time the hybrid SIMILAR_TO ranking (candidates, TF-IDF, z-scored mix, earlier ranks) against bare exact top-k.

Texts are the first ``-n`` records of ``benchmarks.make_corpus`` (titles and
abstracts varied from the seeds, with dates); vectors are random unit vectors
(the ranking's cost does not depend on what they are, and encoding ``n``
abstracts on a CPU would dominate). Entities and citations are left out.
Wall and CPU seconds are both given: on a shared machine the CPU time is the
steadier figure.

``--ann`` also runs the hybrid ranking on the approximate index
(``index="ann"``) and reports the share of the exact ranking's edges it finds;
with ``--real PATH.npy`` the vectors are then the realistic synthetic ones of
``bench_ann`` (an index's cost and recall depend on the vectors' shape).

Run from the repository root::

    python -m benchmarks.bench_hybrid -n 20000
    python -m benchmarks.bench_hybrid -n 20000 --ann --real /tmp/ann/real.npy
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.make_corpus import iter_records
from paperkg.models import Edge, Paper
from paperkg.queries.references import date_span
from paperkg.similarity.embed import paper_text
from paperkg.similarity.hybrid import hybrid_edges, tfidf_matrix
from paperkg.similarity.pipeline import similar_edges
from paperkg.similarity.topk import normalise


def main(argv: list[str] | None = None) -> None:
    """Parse the command line, time both rankings, print one JSON object."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_hybrid", description=__doc__.splitlines()[0]
    )
    parser.add_argument("-n", type=int, default=20_000)
    parser.add_argument("-k", type=int, default=10)
    parser.add_argument("--ann", action="store_true", help="also rank on the approximate index")
    parser.add_argument("--real", type=Path, help="real embeddings to fit realistic vectors on")
    parser.add_argument("--no-exact", action="store_true", help="skip the exact hybrid ranking")
    args = parser.parse_args(argv)
    papers = [
        Paper(
            arxiv_id=r["arxiv_id"],
            title=r["title"],
            abstract=r["abstract"],
            published=r["published"],
            date_precision="day",
            year=int(r["published"][:4]),
        )
        for r in iter_records(args.n, seed=0)
    ]
    ids = [p.id for p in papers]
    texts = [paper_text(p) for p in papers]
    if args.real:
        from benchmarks.bench_ann import realistic_vectors

        vectors = realistic_vectors(np.load(args.real).astype(np.float32), len(papers), 0)
    else:
        vectors = normalise(np.random.default_rng(0).standard_normal((len(papers), 384), dtype=np.float32))
    spans = [date_span(p.published, p.year, p.date_precision) for p in papers]
    started, cpu = time.perf_counter(), time.process_time()
    similar_edges(ids, vectors, args.k)
    bare, bare_cpu = time.perf_counter() - started, time.process_time() - cpu
    started = time.perf_counter()
    tfidf_matrix(texts)
    tfidf = time.perf_counter() - started
    report: dict[str, Any] = {
        "papers": len(papers),
        "k": args.k,
        "vectors": "realistic" if args.real else "random",
        "load_average": round(os.getloadavg()[0], 1),
        "bare_exact_topk_s": round(bare, 2),
        "bare_cpu_s": round(bare_cpu, 2),
        "tfidf_fit_s": round(tfidf, 2),
    }
    edges = []
    if not args.no_exact:
        started, cpu = time.perf_counter(), time.process_time()
        edges = hybrid_edges(ids, texts, vectors, k=args.k, dates=spans)
        hybrid, hybrid_cpu = time.perf_counter() - started, time.process_time() - cpu
        report.update(
            {
                "hybrid_s": round(hybrid, 2),
                "hybrid_vs_bare": round(hybrid / bare, 2),
                "hybrid_cpu_s": round(hybrid_cpu, 2),
                "hybrid_vs_bare_cpu": round(hybrid_cpu / bare_cpu, 2),
                "edges": len(edges),
            }
        )
    if args.ann:
        started, cpu = time.perf_counter(), time.process_time()
        approx = hybrid_edges(ids, texts, vectors, k=args.k, dates=spans, index="ann")
        report["hybrid_ann_s"] = round(time.perf_counter() - started, 2)
        report["hybrid_ann_cpu_s"] = round(time.process_time() - cpu, 2)
        if edges:
            report["hybrid_exact_over_ann"] = round(report["hybrid_s"] / report["hybrid_ann_s"], 2)
            for key, name in (("rank", "ranked"), ("earlier_rank", "earlier")):
                want = {(e.source, e.target) for e in edges if _get(e, key) is not None}
                got = {(e.source, e.target) for e in approx if _get(e, key) is not None}
                report[f"ann_recall_{name}_edges"] = round(len(want & got) / max(1, len(want)), 4)
    print(json.dumps(report))


def _get(edge: Edge, key: str) -> Any:
    return edge.rank if key == "rank" else edge.attrs.get(key)


if __name__ == "__main__":
    main()
