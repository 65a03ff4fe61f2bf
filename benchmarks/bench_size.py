"""Store size per paper, table by table, and keyword search wall time, of stores side by side.

For each data directory: the papers it holds, the file's bytes per paper, and each
table's and index's pages per paper (SQLite's ``dbstat``); then ``paperkg search``
of each query in a fresh process per run, the stores taking turns so a busy machine
slows them alike: median wall time and CPU time, and the top hit.

A store may name the paperkg source that answers for it (``DIR=SRC``, put on
``PYTHONPATH``), so a store written by an earlier paperkg is searched by that
paperkg: ``git archive OLD src | tar -x -C /tmp/old`` gives one.

    nice python -m benchmarks.bench_size /tmp/old-store=/tmp/old/src /tmp/new-store \\
        --query "low rank adaptation" --query transformer --runs 5

Run it without ``PYTHONDONTWRITEBYTECODE``, as users run paperkg (``env -u
PYTHONDONTWRITEBYTECODE``): without the bytecode cache every command compiles its
imports again, about 0.1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
from pathlib import Path
from typing import Any

__all__ = ["main", "table_bytes"]

# dbstat names grouped as the report prints them
_GROUPS = {
    "nodes": "nodes",
    "search_data": "search index",
    "search_idx": "search index",
    "search_docsize": "search index",
    "search_config": "search index",
    "edges": "edges",
    "edges_in": "edges_in",
    "partners": "partners",
    "sentences": "evidence & payloads",
    "payloads": "evidence & payloads",
    "extractions": "extractions",
}


def table_bytes(db_file: Path) -> tuple[int, int, dict[str, int]]:
    """Return the papers, the file's bytes, and the bytes of each table and index group of a store."""
    db = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        papers = db.execute("SELECT count(*) FROM nodes WHERE kind = 'paper'").fetchone()[0]
        groups: dict[str, int] = {}
        for name, size in db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
            group = _GROUPS.get(name)
            if group is None:
                if name.startswith("sqlite_autoindex_extractions"):
                    group = "extractions"
                elif name.startswith(("sqlite_autoindex_sentences", "sqlite_autoindex_payloads")):
                    group = "evidence & payloads"
                elif name.startswith(("nodes_", "sqlite_autoindex_nodes")):
                    group = "node indexes"
                else:
                    group = "other"
            groups[group] = groups.get(group, 0) + int(size)
        free = (
            db.execute("PRAGMA freelist_count").fetchone()[0] * db.execute("PRAGMA page_size").fetchone()[0]
        )
        groups["free pages"] = free
    finally:
        db.close()
    size = sum(p.stat().st_size for p in db_file.parent.iterdir() if p.name.startswith(db_file.name))
    return papers, size, groups


def _search(data_dir: str, source: str | None, query: str) -> tuple[float, float, str]:
    from benchmarks.bench_store import run_command

    env = {**os.environ, "PAPERKG_DATA_DIR": data_dir}
    if source:
        env["PYTHONPATH"] = source
    seconds, _, code, out, cpu = run_command(["search", query, "-n", "10", "--json"], env)
    if code != 0:
        return seconds, cpu, f"exit {code}"
    hits: Any = json.loads(out)
    if isinstance(hits, dict):
        hits = hits.get("hits", [])
    return seconds, cpu, hits[0]["paper"]["id"] if hits else "-"


def main(argv: list[str] | None = None) -> None:
    """Print each store's bytes per paper by table, then search times side by side."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stores", nargs="+", help="data directories, each optionally DIR=PAPERKG_SRC")
    parser.add_argument("--query", action="append", default=[], help="a search to time (repeatable)")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per query and store [5]")
    args = parser.parse_args(argv)
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print(
            "note: PYTHONDONTWRITEBYTECODE is set; each command compiles its imports again", file=sys.stderr
        )
    stores: list[tuple[str, str | None]] = []
    for store in args.stores:
        folder, _, source = store.partition("=")
        stores.append((folder, source or None))
    sizes = {d: table_bytes(Path(d) / "graph.sqlite") for d, _ in stores}
    groups = sorted(
        {g for _, _, gs in sizes.values() for g in gs}, key=lambda g: -sizes[stores[0][0]][2].get(g, 0)
    )
    width = max(len(g) for g in groups)
    print(f"{'bytes per paper':<{width}}  " + "  ".join(f"{Path(d).name:>16}" for d, _ in stores))
    print(f"{'papers':<{width}}  " + "  ".join(f"{sizes[d][0]:>16,}" for d, _ in stores))
    for group in groups:
        cells = [sizes[d][2].get(group, 0) / max(1, sizes[d][0]) for d, _ in stores]
        print(f"{group:<{width}}  " + "  ".join(f"{c:>16.1f}" for c in cells))
    print(
        f"{'file':<{width}}  " + "  ".join(f"{sizes[d][1] / max(1, sizes[d][0]):>16.1f}" for d, _ in stores)
    )
    for query in args.query:
        times: dict[str, list[tuple[float, float]]] = {d: [] for d, _ in stores}
        top: dict[str, str] = {}
        for _ in range(args.runs):
            for d, source in stores:
                seconds, cpu, first = _search(d, source, query)
                times[d].append((seconds, cpu))
                top[d] = first
        for d, _ in stores:
            wall = statistics.median(t[0] for t in times[d])
            cpu = statistics.median(t[1] for t in times[d])
            print(
                f"search {query!r} on {Path(d).name}: {wall:.3f} s wall, {cpu:.3f} s CPU (median of {args.runs}); first: {top[d]}"
            )


if __name__ == "__main__":
    main()
