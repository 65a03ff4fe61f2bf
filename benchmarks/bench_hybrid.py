"""Time the hybrid SIMILAR_TO ranking (candidates, TF-IDF, z-scored mix, earlier ranks) against bare exact top-k.

Texts are the first ``-n`` records of ``benchmarks.make_corpus`` (titles and
abstracts varied from the seeds, with dates); vectors are random unit vectors
(the ranking's cost does not depend on what they are, and encoding ``n``
abstracts on a CPU would dominate). Entities and citations are left out.
Wall and CPU seconds are both given: on a shared machine the CPU time is the
steadier figure.

Run from the repository root::

    python -m benchmarks.bench_hybrid -n 20000
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np

from benchmarks.make_corpus import iter_records
from paperkg.models import Paper
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
    vectors = normalise(np.random.default_rng(0).standard_normal((len(papers), 384), dtype=np.float32))
    spans = [date_span(p.published, p.year, p.date_precision) for p in papers]
    started, cpu = time.perf_counter(), time.process_time()
    similar_edges(ids, vectors, args.k)
    bare, bare_cpu = time.perf_counter() - started, time.process_time() - cpu
    started = time.perf_counter()
    tfidf_matrix(texts)
    tfidf = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    edges = hybrid_edges(ids, texts, vectors, k=args.k, dates=spans)
    hybrid, hybrid_cpu = time.perf_counter() - started, time.process_time() - cpu
    print(
        json.dumps(
            {
                "papers": len(papers),
                "k": args.k,
                "bare_exact_topk_s": round(bare, 2),
                "tfidf_fit_s": round(tfidf, 2),
                "hybrid_s": round(hybrid, 2),
                "hybrid_vs_bare": round(hybrid / bare, 2),
                "bare_cpu_s": round(bare_cpu, 2),
                "hybrid_cpu_s": round(hybrid_cpu, 2),
                "hybrid_vs_bare_cpu": round(hybrid_cpu / bare_cpu, 2),
                "edges": len(edges),
            }
        )
    )


if __name__ == "__main__":
    main()
