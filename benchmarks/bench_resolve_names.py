"""Resolving a paper by the name of what it introduces, by index and by reading every entity, side by side.

Writes, into a fresh SQLite store per size, that many papers each introducing one method
with a made-up name and an alias (as inference stores them), then times
``resolve_paper`` for: a name spelled as introduced, the same name lowercased, a part
of a title, and a misspelt name (a miss that suggests names). Each lookup runs with
the store's index of names (``entity_names``) and again with the store told it has
none, which reads every entity as a store of format 7 without the index does (and as
every store did before the index): the two columns are the same calls in the same
minutes. Median of ``--repeat`` runs, milliseconds.

    python -m benchmarks.bench_resolve_names --sizes 2000 200000
"""

from __future__ import annotations

import argparse
import contextlib
import random
import statistics
import string
import tempfile
import time
from pathlib import Path

__all__ = ["main"]


def _names(count: int, seed: int) -> list[str]:
    """Distinct method names shaped like real ones: capitals and a digit or two ("QZRT-7B")."""
    rng = random.Random(seed)
    found: dict[str, None] = {}
    while len(found) < count:
        letters = "".join(rng.choices(string.ascii_uppercase, k=rng.randint(4, 7)))
        found.setdefault(f"{letters}-{rng.randint(1, 99)}" if rng.random() < 0.3 else letters, None)
    return list(found)


def _store(path: Path, size: int, seed: int) -> list[str]:
    """Write ``size`` papers, each introducing one method; return the names."""
    from paperkg.graph.stores.sqlite import SQLiteStore
    from paperkg.models import Method, Paper

    names = _names(size, seed)
    with SQLiteStore.open(path, writable=True, create=True) as store:
        for start in range(0, size, 20_000):
            chunk = names[start : start + 20_000]
            papers = [
                Paper(arxiv_id=f"{2401 + k // 100_000}.{k % 100_000:05d}", title=f"Paper {k} on scaling laws for routing",
                      abstract="We propose a method.")
                for k in range(start, start + len(chunk))
            ]
            store.upsert_papers(papers)
            store.upsert_entities(
                Method(name=name, aliases=[f"{name} network"], introduced_by=paper.id)
                for name, paper in zip(chunk, papers, strict=True)
            )
        store.save()
    return names


def _millis(store: object, typed: str, repeat: int) -> float:
    from paperkg.exceptions import PaperKGError
    from paperkg.queries import resolve_paper

    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        with contextlib.suppress(PaperKGError):  # a miss is timed too
            resolve_paper(store, typed)  # type: ignore[arg-type]
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> None:
    """Parse the command line, write the stores and print a table."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_resolve_names", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 200_000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    from paperkg.graph.stores.sqlite import SQLiteStore

    print(f"{'papers':>8}  {'lookup':<28} {'indexed ms':>10} {'every entity ms':>16}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            names = _store(Path(tmp), size, args.seed)
            name = names[len(names) // 2]
            lookups = {
                f"name as introduced ({name})": name,
                "the name lowercased": name.lower(),
                "a part of a title": "paper 1234 on scaling",
                "a misspelt name (a miss)": name[:-1] + ("Q" if name[-1] != "Q" else "R") + "X",
            }
            with SQLiteStore.open(Path(tmp)) as store:
                for what, typed in lookups.items():
                    store._entity_names = True
                    indexed = _millis(store, typed, args.repeat)
                    store._entity_names = False
                    scanned = _millis(store, typed, args.repeat)
                    print(f"{size:>8,}  {what:<28} {indexed:>10.1f} {scanned:>16.1f}", flush=True)


if __name__ == "__main__":
    main()
