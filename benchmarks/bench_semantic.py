"""Semantic lookups (``search --semantic``, ``similar --by embedding``) in stores side by side.

Both score every paper's vector from the embeddings cache (exact cosine); what they
must not do is read every paper to find those vectors. For each data directory this
times both commands in a fresh process per run, the stores taking turns: median wall
and CPU seconds and peak RSS (the query model's load included: ONNX Runtime where it
is installed).

A store built without similarity has no vectors: ``--fill`` caches a random unit
vector for each paper's text the cache lacks, under the model ``paperkg build`` uses,
and records that model as the last build's (on a copy, if you want the store kept as it
is). Random vectors time the lookups as real ones do; their answers mean nothing.

A store may name the paperkg source that answers for it (``DIR=SRC``, put on
``PYTHONPATH``), as in :mod:`benchmarks.bench_busiest`:

    env -u PYTHONDONTWRITEBYTECODE python -m benchmarks.bench_semantic --fill \\
        /tmp/e2k=/tmp/old/src /tmp/e100k=/tmp/old/src /tmp/e2k /tmp/e100k --runs 3
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
from pathlib import Path

__all__ = ["fill_random_vectors", "main"]

QUERY = "graph neural networks for molecules"


def fill_random_vectors(data_dir: Path, seed: int = 0) -> int:
    """Cache a random unit vector for each paper text of the store the cache lacks; return how many.

    The vectors go under the default model's name, which becomes the last build's model.
    """
    import numpy as np

    from paperkg.graph.stores.sqlite import SQLiteStore
    from paperkg.similarity.cache import EmbeddingCache, text_key
    from paperkg.similarity.embed import DEFAULT_MODEL, paper_text

    with SQLiteStore.open(data_dir, writable=True) as store:
        cache = EmbeddingCache.open(data_dir, DEFAULT_MODEL)
        keys = [
            key for key in dict.fromkeys(text_key(paper_text(p)) for p in store.papers()) if key not in cache
        ]
        if keys:
            vectors = np.random.default_rng(seed).standard_normal((len(keys), 384)).astype(np.float32)
            cache.add(keys, vectors / np.linalg.norm(vectors, axis=1, keepdims=True))
            cache.save()
        meta = store.get_meta()
        stages = meta.setdefault("last_build", {}).setdefault("stages", {})
        stages.setdefault("similarity", {})["model"] = DEFAULT_MODEL
        store.set_meta(meta)
    return len(keys)


def _paper(data_dir: Path, seed: int) -> str:
    """A paper of the store drawn with ``seed``."""
    from paperkg.graph.stores.sqlite import SQLiteStore

    with SQLiteStore.open(data_dir) as store:
        ids = sorted(row[0] for row in store._db.execute("SELECT id FROM nodes WHERE kind = 'paper'"))
    return random.Random(seed).choice(ids)


def main(argv: list[str] | None = None) -> None:
    """Time the semantic lookups of each store and print them."""
    from benchmarks.bench_store import run_command

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "stores", nargs="+", help="DIR or DIR=SRC: a data directory and the paperkg source for it"
    )
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per command and store [3]")
    parser.add_argument(
        "--fill", action="store_true", help="cache random vectors for the texts the cache lacks"
    )
    parser.add_argument("--seed", type=int, default=0, help="draws the paper whose neighbours are listed [0]")
    args = parser.parse_args(argv)
    stores = [(Path(s.split("=", 1)[0]), s.split("=", 1)[1] if "=" in s else None) for s in args.stores]
    papers = {}
    for data_dir, _ in stores:
        if args.fill and data_dir not in papers:
            print(f"{data_dir}: {fill_random_vectors(data_dir):,} random vectors cached")
        papers[data_dir] = _paper(data_dir, args.seed)
    commands = {
        "search --semantic": lambda _: ["search", "--semantic", QUERY, "-n", "10", "--json"],
        "similar --by embedding": lambda paper: ["similar", paper, "--by", "embedding", "--json"],
    }
    times: dict[tuple[str, str], list[tuple[float, float, float]]] = {}
    answers: dict[tuple[str, Path], set[str]] = {}
    for _ in range(args.runs):
        for name, command in commands.items():
            for data_dir, source in stores:
                env = {**os.environ, "PAPERKG_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1"}
                if source:
                    env["PYTHONPATH"] = os.pathsep.join(filter(None, [source, env.get("PYTHONPATH")]))
                call = command(papers[data_dir])
                seconds, peak, code, out, cpu = run_command(call, env)
                if code != 0:
                    sys.exit(f"paperkg {' '.join(call)} failed in {data_dir} (exit {code})")
                times.setdefault((name, f"{data_dir}{'=' + source if source else ''}"), []).append(
                    (seconds, cpu, peak)
                )
                answers.setdefault((name, data_dir), set()).add(out)
    print(f"{'command':24s} {'store':48s} {'wall s':>8s} {'cpu s':>8s} {'peak MiB':>9s}")
    for (name, store), runs in times.items():
        wall, cpu, peak = (statistics.median(r[i] for r in runs) for i in range(3))
        print(f"{name:24s} {store:48s} {wall:8.2f} {cpu:8.2f} {peak:9.0f}")
    differ = [(name, data_dir, len(outs)) for (name, data_dir), outs in answers.items() if len(outs) > 1]
    for name, data_dir, count in differ:
        print(f"{name} in {data_dir}: {count} different answers across runs and trees")
    if not differ:
        print("each command gave one answer per store, in every run and from every tree")


if __name__ == "__main__":
    main()
