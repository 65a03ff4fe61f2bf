"""Time a build stage by stage and sample its memory between stages: where the time and the bytes go.

One ``build_graph`` into a fresh SQLite store (similarity off, one worker by
default), in this process. After loading, after the papers are written, after
each stage has run and after the save it prints the wall time so far, the CPU
time so far (with worker processes'), the resident set (``/proc/self/statm``)
and the peak so far (``ru_maxrss``). A stage's
line comes when the stage has run; the time of writing its result falls into
the next line.

Run from the repository root::

    python -m benchmarks.make_corpus /tmp/c300k.jsonl -n 300000
    nice python -m benchmarks.bench_build_stages /tmp/c300k.jsonl
"""

from __future__ import annotations

import argparse
import dataclasses
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.bench_build import _peak_mib

__all__ = ["main"]


def _rss_mib() -> float:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:  # not Linux
        return float("nan")
    return pages * resource.getpagesize() / 2**20


def _cpu_s() -> float:
    """CPU seconds of this process and of the worker processes it waited for."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def main(argv: list[str] | None = None) -> None:
    """Parse the command line, run the build and print a line per step."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_build_stages", description=__doc__.splitlines()[0]
    )
    parser.add_argument("corpus", type=Path, help="a JSON Lines corpus (benchmarks/make_corpus.py)")
    parser.add_argument("--workers", type=int, default=1, help="processes for the per-paper passes [1]")
    args = parser.parse_args(argv)

    import paperkg.graph.build as build
    from paperkg.graph import BuildOptions, open_store

    started, cpu_started = time.perf_counter(), _cpu_s()

    def mark(what: str) -> None:
        print(
            f"{time.perf_counter() - started:9.1f} s  CPU {_cpu_s() - cpu_started:8.1f} s  "
            f"RSS {_rss_mib():7.0f} MiB  peak {_peak_mib():7.0f} MiB  {what}",
            flush=True,
        )

    load = build.load_papers

    def load_papers(*a: Any, **k: Any) -> Any:
        loaded = load(*a, **k)
        mark(f"loaded {len(loaded[0]):,} papers")
        return loaded

    def timed(name: str, run: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*a: Any, **k: Any) -> Any:
            began = time.perf_counter()
            result = run(*a, **k)
            mark(f"stage {name} ran ({time.perf_counter() - began:.1f} s)")
            return result

        return wrapped

    run_stages = build._run_stages

    def _run_stages(*a: Any, **k: Any) -> Any:
        mark("papers written, stages start")
        return run_stages(*a, **k)

    build.load_papers = load_papers  # type: ignore[assignment]
    build._run_stages = _run_stages  # type: ignore[assignment]
    stages = build.default_stages

    def default_stages() -> list[build.Stage]:
        return [dataclasses.replace(stage, run=timed(stage.name, stage.run)) for stage in stages()]

    build.default_stages = default_stages  # type: ignore[assignment]
    with (
        tempfile.TemporaryDirectory(prefix="paperkg-stages-") as tmp,
        open_store("sqlite", data_dir=Path(tmp), writable=True, create=True) as store,
    ):
        report = build.build_graph([args.corpus], store, BuildOptions(similarity=False, workers=args.workers))
        mark("stages written")
        store.save()
        mark("saved")
    papers = report.papers_total
    took = time.perf_counter() - started
    cpu = _cpu_s() - cpu_started
    print(
        f"{papers:,} papers in {took:.1f} s ({papers / took:,.0f} papers/s), {cpu:.1f} CPU s "
        f"({papers / cpu:,.0f} papers per CPU s), peak RSS {_peak_mib():,.0f} MiB"
    )
    print(f"edges: {sum(report.counts['edges'].values()):,}")


if __name__ == "__main__":
    main()
