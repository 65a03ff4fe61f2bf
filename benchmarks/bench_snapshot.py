"""Benchmark: streaming the arXiv metadata snapshot, next to plain ``json.loads`` of the same lines.

Writes arXiv-snapshot-format files with :mod:`benchmarks.make_corpus` (200,000
lines by default, and a quarter of that to show that memory does not grow with
the file), then measures, each in a fresh subprocess so peak memory is its own:

- ``json.loads``: read the lines and parse each one, nothing kept;
- ``load_arxiv_snapshot``: the paperkg loader, one :class:`Paper` per line, nothing kept;
- ``load_arxiv_snapshot --category math.OC``: the same with a category filter
  (lines that cannot match skip the JSON parse);
- ``load_arxiv_snapshot`` on a gzip copy of the file.

It prints papers (lines) per second and the peak resident memory (``ru_maxrss``)
of each run, and the Python heap peak of the loader measured with ``tracemalloc``
on both sizes. Run it from the repository root::

    python -m benchmarks.bench_snapshot                 # 200,000 and 50,000 lines
    python -m benchmarks.bench_snapshot -n 20000 --json  # smaller, machine-readable
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

__all__ = ["main", "measure"]


def _peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(kind: str, path: Path, heap: bool = False) -> dict[str, Any]:
    """Run one measurement in this process and return its figures."""
    from paperkg.loaders import LoadOptions, LoadReport
    from paperkg.loaders.arxiv_snapshot import load_arxiv_snapshot

    if heap:
        tracemalloc.start()
    started = time.perf_counter()
    count = 0
    if kind == "json.loads":
        with path.open("r", encoding="utf-8") as handle:
            for line in handle:
                json.loads(line)
                count += 1
        lines = count
    else:
        options = LoadOptions(categories=["math.OC"]) if kind == "loader+category" else LoadOptions()
        if kind == "loader+gzip":
            path = path.with_name(path.name + ".gz")
        report = LoadReport(source=str(path))
        for _ in load_arxiv_snapshot(path, options, report):
            count += 1
        lines = report.read
    seconds = time.perf_counter() - started
    result = {
        "kind": kind,
        "lines": lines,
        "papers": count,
        "seconds": round(seconds, 2),
        "lines_per_s": round(lines / seconds),
        "peak_rss_mb": round(_peak_rss_mb(), 1),
    }
    if heap:
        result["heap_peak_mb"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 2)
        tracemalloc.stop()
    return result


def _child(kind: str, path: Path, heap: bool = False) -> dict[str, Any]:
    args = [sys.executable, "-m", "benchmarks.bench_snapshot", "--child", kind, "--file", str(path)]
    if heap:
        args.append("--heap")
    done = subprocess.run(args, check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def main(argv: list[str] | None = None) -> None:
    """Generate the files, run every measurement in a subprocess, print a table (or JSON)."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_snapshot", description=__doc__.splitlines()[0]
    )
    parser.add_argument("-n", type=int, default=200_000, help="lines of the large file [200000]")
    parser.add_argument(
        "--dir", type=Path, default=None, help="where to write the files [a temporary folder]"
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--heap", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.child, args.file, args.heap)))
        return

    from benchmarks.make_corpus import make_corpus

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.dir or Path(tmp)
        sizes = [args.n // 4, args.n]
        files = {}
        for n in sizes:
            path = folder / f"snapshot-{n}.jsonl"
            if not path.exists():
                make_corpus(path, n, seed=0, style="arxiv-snapshot")
            files[n] = path
            gz = path.with_name(path.name + ".gz")
            if not gz.exists():
                with path.open("rb") as src, gzip.open(gz, "wb", compresslevel=1) as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
        rows = []
        for n in sizes:
            for kind in ("json.loads", "loader", "loader+category", "loader+gzip"):
                rows.append(
                    {"file_lines": n, "mb": round(files[n].stat().st_size / 2**20), **_child(kind, files[n])}
                )
        # tracemalloc slows the loader down, so the heap peak is a run of its own.
        heap = {n: _child("loader", files[n], heap=True)["heap_peak_mb"] for n in sizes}
    if args.json:
        print(json.dumps({"runs": rows, "loader_heap_peak_mb": heap}, indent=2))
        return
    print(
        f"{'lines':>8} {'file MB':>8}  {'what':<26} {'papers':>8} {'s':>7} {'lines/s':>9} {'peak RSS MB':>12}"
    )
    for row in rows:
        print(
            f"{row['file_lines']:>8} {row['mb']:>8}  {row['kind']:<26} {row['papers']:>8} "
            f"{row['seconds']:>7.2f} {row['lines_per_s']:>9,} {row['peak_rss_mb']:>12.1f}"
        )
    for n, mb in heap.items():
        print(f"loader Python heap peak (tracemalloc), {n:,} lines: {mb:.2f} MB")


if __name__ == "__main__":
    main()
