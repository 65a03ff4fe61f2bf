"""Benchmark paperkg's embedding pipeline against bare ``SentenceTransformer.encode`` on the same texts.

Both sides use the one loaded model (same device, fp16 on CUDA) and the same
batch size, in one process, alternating ``--rounds`` times (best of each kept,
since the machine may be shared):

``bare``
    ``model.encode(texts, batch_size=B, normalize_embeddings=True)``;
``pipeline``
    ``paperkg.similarity.embed_papers`` into an empty cache: text building,
    hashing, batching with a progress hook, the cache lookup and its atomic save;
``cached``
    ``embed_papers`` again on the same cache: it must encode nothing;
``onnx``
    with ``--onnx``, the same model exported to ONNX and run by ONNX Runtime
    (:class:`paperkg.similarity.onnx_encoder.OnnxEncoder`, CPU) on the same
    texts and batch size, alternating with the bare side; ``onnx_min_cosine`` is
    the lowest cosine between its vectors and the bare ones.

The texts are the seed papers (``--source seeds``, 142 of them) or the first
``-n`` records of ``benchmarks.make_corpus`` (``--source corpus``).

Run from the repository root::

    python -m benchmarks.bench_embed --source seeds
    python -m benchmarks.bench_embed --source seeds --onnx
    python -m benchmarks.bench_embed --source corpus -n 50000 --device cuda --batch-size 512
"""

from __future__ import annotations

import argparse
import json
import platform
import tempfile
import time
from pathlib import Path

from benchmarks.make_corpus import SEED_DIR, iter_records
from paperkg.loaders import LoadOptions, LoadReport, load_file
from paperkg.models import Paper
from paperkg.similarity import embed_papers, load_encoder, paper_text


def seed_papers() -> list[Paper]:
    """The papers of the four seed files, deduplicated by id."""
    papers: dict[str, Paper] = {}
    for path in sorted(SEED_DIR.glob("*.txt")):
        for paper in load_file(path, None, LoadOptions(year=2025), LoadReport(source=str(path))):
            papers.setdefault(paper.id, paper)
    return list(papers.values())


def corpus_papers(n: int) -> list[Paper]:
    """``n`` generated papers (titles and abstracts varied from the seeds)."""
    return [
        Paper(arxiv_id=r["arxiv_id"], title=r["title"], abstract=r["abstract"])
        for r in iter_records(n, seed=0)
    ]


def main(argv: list[str] | None = None) -> None:
    """Parse the command line, run the sides, print one JSON object."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_embed", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--source", choices=["seeds", "corpus"], default="seeds")
    parser.add_argument("-n", type=int, default=200, help="papers for --source corpus [200]")
    parser.add_argument("--model", default=None, help="model name or directory [all-MiniLM-L6-v2]")
    parser.add_argument("--device", default=None, help="cpu, cuda [auto]")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--onnx", action="store_true", help="also time the ONNX Runtime encoder")
    args = parser.parse_args(argv)
    papers = seed_papers() if args.source == "seeds" else corpus_papers(args.n)
    texts = [paper_text(p) for p in papers]
    started = time.perf_counter()
    encoder = load_encoder(args.model, args.device, args.batch_size)
    load_s = time.perf_counter() - started
    warm = texts[: 2 * args.batch_size]
    encoder.model.encode(warm, batch_size=args.batch_size, normalize_embeddings=True)
    bare: list[float] = []
    pipeline: list[float] = []
    onnx: list[float] = []
    onnx_encoder = None
    onnx_dir = tempfile.TemporaryDirectory()
    if args.onnx:
        from paperkg.similarity.onnx_encoder import load_onnx_encoder

        onnx_encoder = load_onnx_encoder(args.model, onnx_dir.name, batch_size=args.batch_size)
        onnx_encoder.encode(warm)
    cached_s = 0.0
    cached: dict[str, int] = {}
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        encoder.model.encode(
            texts, batch_size=args.batch_size, normalize_embeddings=True, convert_to_numpy=True
        )
        if encoder.device.startswith("cuda"):
            import torch

            torch.cuda.synchronize()
        bare.append(time.perf_counter() - t0)
        if onnx_encoder is not None:
            t0 = time.perf_counter()
            onnx_vectors = onnx_encoder.encode(texts)
            onnx.append(time.perf_counter() - t0)
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            embed_papers(papers, data_dir=Path(tmp), encoder=encoder)
            pipeline.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            again = embed_papers(papers, data_dir=Path(tmp), encoder=encoder)
            cached_s = time.perf_counter() - t0
            cached = {"encoded": again.encoded, "cache_hits": again.cache_hits}
    n = len(texts)
    report = {
        "papers": n,
        "model": encoder.name,
        "device": encoder.device,
        "fp16": encoder.device.startswith("cuda"),
        "batch_size": args.batch_size,
        "model_load_s": round(load_s, 2),
        "bare_s": [round(s, 2) for s in bare],
        "pipeline_s": [round(s, 2) for s in pipeline],
        "bare_per_s": round(n / min(bare), 1),
        "pipeline_per_s": round(n / min(pipeline), 1),
        "pipeline_vs_bare": round(min(bare) / min(pipeline), 3),
        "cached_run_s": round(cached_s, 3),
        **{f"cached_run_{k}": v for k, v in cached.items()},
        **(
            {
                "onnx_s": [round(s, 2) for s in onnx],
                "onnx_per_s": round(n / min(onnx), 1),
                "onnx_vs_bare": round(min(bare) / min(onnx), 3),
                "onnx_min_cosine": round(float((onnx_vectors * encoder.encode(texts)).sum(axis=1).min()), 6),
            }
            if onnx
            else {}
        ),
        "machine": f"{platform.machine()}, python {platform.python_version()}",
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
