"""Lookup latency on a built store: what each read command costs once the store is open.

Opens the embedded SQLite store in ``--data-dir`` (timed), freezes objects out of the
cyclic garbage collector as the CLI does, then times the library call behind each
read command on ``--samples`` papers drawn with a fixed seed, and prints the
median and the slowest time of each in milliseconds.

    python -m benchmarks.bench_build -n 100000 --data-dir /tmp/store100k   # once
    python -m benchmarks.bench_lookups --data-dir /tmp/store100k
    python -m benchmarks.bench_lookups --data-dir /tmp/store100k --whole-view --json
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

__all__ = ["main", "run"]


def _millis(call: Callable[[], Any]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def run(
    data_dir: Path,
    samples: int = 5,
    seed: int = 0,
    family: str = "parameter-efficient fine-tuning",
    searches: tuple[str, ...] = ("second-order optimizer", "xyzzy"),
    whole_view: bool = False,
    views: bool = True,
) -> dict[str, Any]:
    """Open the store and time each lookup; return the figures.

    Parameters
    ----------
    data_dir
        A store written by ``paperkg build`` (or ``bench_build --data-dir``).
    samples
        Papers to look up, drawn with ``seed``.
    family
        The family whose members ``family`` lists.
    searches
        Texts given to ``search``, each timed once.
    whole_view
        Also time choosing the whole-graph view (slow on a large store).
    views
        Time choosing a paper's view (the view reads the whole graph from the SQLite store).

    Returns
    -------
    dict
        ``open_seconds``, ``papers``, ``edges`` and, per lookup, ``median_ms``,
        ``max_ms`` and ``runs``.
    """
    from paperkg.graph import SQLiteStore
    from paperkg.inference.explain import external_methods, paper_entities
    from paperkg.queries import edge_counts, family_members, lineage, search
    from paperkg.viz import select_view

    started = time.perf_counter()
    store = SQLiteStore.open(data_dir)
    opened = time.perf_counter() - started
    gc.freeze()
    try:
        papers = [row[0] for row in store._db.execute("SELECT id FROM nodes WHERE kind = 'paper' ORDER BY n")]
        chosen = random.Random(seed).sample(papers, min(samples, len(papers)))

        def lineage_with_ends(paper: str) -> None:
            found = lineage(store, paper)
            external_methods(store, [found.root.id] + [h.target.id for h in found.hops])

        per_paper: dict[str, Callable[[str], object]] = {
            "entities": lambda p: paper_entities(store, p),
            "lineage + ends": lineage_with_ends,
            "show (edge counts)": lambda p: edge_counts(store, p),
        }
        if views:
            per_paper["viz --paper (select)"] = lambda p: select_view(store, paper=p)
        timings: dict[str, list[float]] = {
            name: [_millis(partial(call, p)) for p in chosen] for name, call in per_paper.items()
        }
        for text in searches:
            timings[f"search {text!r}"] = [_millis(partial(search, store, text))]
        timings[f"family {family!r}"] = [_millis(lambda: family_members(store, family))]
        if whole_view:
            timings["viz (whole graph, select)"] = [_millis(lambda: select_view(store))]
    finally:
        gc.unfreeze()
    counts = store.counts()
    return {
        "data_dir": str(data_dir),
        "open_seconds": round(opened, 2),
        "papers": len(papers),
        "edges": sum(counts["edges"].values()),
        "lookups": {
            name: {
                "median_ms": round(statistics.median(values), 2),
                "max_ms": round(max(values), 2),
                "runs": len(values),
            }
            for name, values in timings.items()
        },
    }


def main(argv: list[str] | None = None) -> None:
    """Parse the command line, run the lookups and print the figures."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_lookups", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--data-dir", type=Path, required=True, help="a built store")
    parser.add_argument("--samples", type=int, default=5, help="papers looked up [5]")
    parser.add_argument("--seed", type=int, default=0, help="sample seed [0]")
    parser.add_argument("--family", default="parameter-efficient fine-tuning", help="family listed")
    parser.add_argument("--whole-view", action="store_true", help="also time the whole-graph view")
    parser.add_argument("--no-views", action="store_true", help="skip a paper's view (reads the whole graph)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    figures = run(
        args.data_dir,
        args.samples,
        args.seed,
        args.family,
        whole_view=args.whole_view,
        views=not args.no_views,
    )
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(
        f"{figures['data_dir']}: {figures['papers']:,} papers, {figures['edges']:,} edges, "
        f"opened in {figures['open_seconds']:.2f} s"
    )
    print(f"{'lookup':<40}{'median ms':>11}{'max ms':>11}{'runs':>6}")
    for name, row in figures["lookups"].items():
        print(f"{name:<40}{row['median_ms']:>11.2f}{row['max_ms']:>11.2f}{row['runs']:>6}")


if __name__ == "__main__":
    main()
