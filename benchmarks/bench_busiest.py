"""Point lookups of the paper with the most pair edges, in stores side by side.

SAME_FAMILY and SHARES_DATASET join each paper to its ``--related-k`` strongest partners,
but a paper may be the partner of many: the lookups that read its pairs (``datasets``,
``similar``, ``viz --paper``) cost what it has. For each data directory this finds the
paper with the most pair edges of the two kinds (counted off the store's partner rows),
prints how many it has and the median over the store's papers, then times each command
on that paper in a fresh process per run, the stores taking turns: median wall and CPU
seconds and peak RSS.

A store may name the paperkg source that answers for it (``DIR=SRC``, put on
``PYTHONPATH``), as in :mod:`benchmarks.bench_size`:

    env -u PYTHONDONTWRITEBYTECODE python -m benchmarks.bench_busiest \\
        /tmp/old-2k=/tmp/old/src /tmp/old-20k=/tmp/old/src /tmp/new-2k /tmp/new-20k --runs 3
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from collections import Counter
from pathlib import Path

__all__ = ["busiest", "main"]

_KINDS = ("SAME_FAMILY", "SHARES_DATASET")
_COMMANDS = {
    "show": ["show"],
    "datasets": ["datasets"],
    "similar": ["similar"],
    "viz --paper": ["viz", "--out", "{view}", "--paper"],
}


def busiest(data_dir: Path) -> tuple[str, int, float]:
    """Return the paper with the most pair edges of the two kinds, how many it has, and the median paper's."""
    from paperkg.graph.stores.sqlite import SQLiteStore

    with SQLiteStore.open(data_dir) as store:
        codes = [store._kinds[kind] for kind in _KINDS if kind in store._kinds]
        degree: Counter[int] = Counter()
        for node, _, entries in store._partner_lists(None, codes):
            degree[node] += len(entries)
        if not degree:
            raise SystemExit(f"{data_dir}: no {' or '.join(_KINDS)} edge")
        node, most = degree.most_common(1)[0]
        ids = store._column_of("SELECT n, id FROM nodes WHERE n IN ({})", [node])
        return ids[node], most, statistics.median(degree.values())


def main(argv: list[str] | None = None) -> None:
    """Time the lookups of each store's busiest paper and print them."""
    from benchmarks.bench_store import run_command

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("stores", nargs="+", help="DIR or DIR=SRC: a data directory and the paperkg source for it")
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per command and store [3]")
    args = parser.parse_args(argv)
    stores = [(Path(s.split("=", 1)[0]), s.split("=", 1)[1] if "=" in s else None) for s in args.stores]
    papers = {}
    for data_dir, _ in stores:
        paper, most, median = busiest(data_dir)
        papers[data_dir] = paper
        print(f"{data_dir}: {paper} has {most:,} pair edges (median paper {median:g})")
    with tempfile.TemporaryDirectory() as work:
        view = str(Path(work) / "view.html")
        times: dict[tuple[str, Path], list[tuple[float, float, float]]] = {}
        for _ in range(args.runs):
            for name, command in _COMMANDS.items():
                for data_dir, source in stores:
                    env = {**os.environ, "PAPERKG_DATA_DIR": str(data_dir)}
                    if source:
                        env["PYTHONPATH"] = os.pathsep.join(filter(None, [source, env.get("PYTHONPATH")]))
                    call = [part.format(view=view) for part in command] + [papers[data_dir]]
                    seconds, peak, code, _, cpu = run_command(call, env)
                    if code != 0:
                        sys.exit(f"paperkg {' '.join(call)} failed in {data_dir} (exit {code})")
                    times.setdefault((name, data_dir), []).append((seconds, cpu, peak))
    print(f"{'command':14s} {'store':40s} {'wall s':>8s} {'cpu s':>8s} {'peak MiB':>9s}")
    for (name, data_dir), runs in times.items():
        wall, cpu, peak = (statistics.median(r[i] for r in runs) for i in range(3))
        print(f"{name:14s} {data_dir!s:40s} {wall:8.2f} {cpu:8.2f} {peak:9.0f}")


if __name__ == "__main__":
    main()
