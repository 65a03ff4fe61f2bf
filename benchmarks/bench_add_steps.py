"""Where one ``paperkg add`` spends its CPU: each step of ``add_papers`` timed in one process.

Adds FILE to a copy of the store in DIR (the copy is removed after) with one worker and
similarity off, each step's CPU time taken by a wrapper around the function that runs
it, and prints them. Run it with each tree's ``src`` first on ``PYTHONPATH``, on a store
that tree built (the extraction cache is keyed by the inference code), alternating:

    PYTHONPATH=src nice python -m benchmarks.bench_add_steps /tmp/store-20000 extra-10.jsonl

Steps nest: ``inference stage`` holds the read-backs and corpus steps listed before it.
"""

from __future__ import annotations

import argparse
import functools
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

__all__ = ["main", "time_steps"]


def _timed(times: dict[str, float], label: str, f: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(f)
    def run(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return f(*args, **kwargs)
        finally:
            times[label] = times.get(label, 0.0) + time.process_time() - start

    return run


def _timed_iter(times: dict[str, float], label: str, f: Callable[..., Iterator[Any]]) -> Callable[..., Any]:
    """Time a generator function's work, not its consumer's: the CPU of each ``next`` only."""

    @functools.wraps(f)
    def run(*args: Any, **kwargs: Any) -> Iterator[Any]:
        it = f(*args, **kwargs)
        while True:
            start = time.process_time()
            try:
                item = next(it)
            except StopIteration:
                return
            finally:
                times[label] = times.get(label, 0.0) + time.process_time() - start
            yield item

    return run


def time_steps(store_dir: Path, extra: Path) -> dict[str, float]:
    """Add ``extra`` to a copy of the store in ``store_dir``; return each step's CPU seconds."""
    from benchmarks.bench_store import copy_to_write
    from paperkg.graph import authors, build, citations, cocitation
    from paperkg.graph.build import BuildOptions, add_papers
    from paperkg.graph.stores.sqlite import SQLiteStore
    from paperkg.inference import pipeline

    times: dict[str, float] = {}
    steps = [
        (build, "PaperIndex", "papers into PaperIndex", False),
        (pipeline, "_names_with_cache", "pass 1 read back", True),
        (pipeline, "_link_names", "link names", False),
        (pipeline, "_matches_with_cache", "pass 2 read back", True),
        (pipeline, "_corpus_demotions", "demotions", False),
        (pipeline, "infer_builds_on", "builds-on", False),
        (pipeline, "_discover_families", "families", False),
        (pipeline, "_assemble", "assemble", False),
        (pipeline, "run", "inference stage", False),
        (citations, "run", "citations stage", False),
        (cocitation, "run", "cocitation stage", False),
        (authors, "run", "authors stage", False),
        (build, "_write_changes", "write changes", False),
    ]
    work = store_dir.with_name(store_dir.name + "-steps")
    copy_to_write(store_dir, work)
    originals = [(module, name, getattr(module, name)) for module, name, _, _ in steps]
    for module, name, label, generator in steps:
        wrap = _timed_iter if generator else _timed
        setattr(module, name, wrap(times, label, getattr(module, name)))
    try:
        start = time.process_time()
        store = SQLiteStore.open(work, writable=True)
        add_papers([extra], store, BuildOptions(similarity=False, workers=1))
        saving = time.process_time()
        store.save()
        store.close()
        times["save and close"] = time.process_time() - saving
        times["all"] = time.process_time() - start
    finally:
        for module, name, original in originals:
            setattr(module, name, original)
        shutil.rmtree(work, ignore_errors=True)
    return times


def main(argv: list[str] | None = None) -> None:
    """Time the steps of one add and print them."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store", type=Path, help="the data directory of a built store (copied, not changed)")
    parser.add_argument("extra", type=Path, help="the file of papers to add")
    args = parser.parse_args(argv)
    for label, seconds in time_steps(args.store, args.extra).items():
        print(f"{label:28s} {seconds:6.2f}")


if __name__ == "__main__":
    main()
