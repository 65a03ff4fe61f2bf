"""Every export format of embedded stores: wall time, CPU time, peak RSS and bytes written.

Each ``paperkg export -f FORMAT`` runs in a fresh process, as a user runs it, on
each store given (built beforehand, by ``paperkg build`` or ``bench_store``), the
stores side by side in one table:

    python -m benchmarks.bench_store --sizes 2000 20000 --work /tmp/bench-store
    nice python -m benchmarks.bench_export /tmp/bench-store/store-2000 /tmp/bench-store/store-20000 \\
        --out /tmp/bench-export

``--formats`` picks some; ``--kinds`` and ``--papers-only`` are passed on.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path
from typing import Any

from benchmarks.bench_store import run_command

__all__ = ["export_figures", "main"]

FORMATS = ("json", "csv", "cytoscape", "graphml", "gexf", "vosviewer", "bibtex", "ris")


def export_figures(store: Path, fmt: str, out: Path, extra: list[str]) -> dict[str, Any]:
    """Export ``store`` as ``fmt`` into the folder ``out`` (emptied first); return the figures of that run."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    target = f"{out}/" if fmt in ("csv", "vosviewer") else str(out / f"graph.{fmt}")
    args = ["export", "-f", fmt, "-o", target, "--data-dir", str(store), *extra]
    seconds, peak_mib, code, _, cpu = run_command(args)
    written = sum(path.stat().st_size for path in out.iterdir())
    shutil.rmtree(out, ignore_errors=True)
    return {"seconds": round(seconds, 2), "cpu_s": round(cpu, 2), "peak_mib": round(peak_mib), "bytes": written, "exit": code}


def main(argv: list[str] | None = None) -> None:
    """Parse the command line, export each store in each format and print the figures."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_export", description=__doc__.splitlines()[0])
    parser.add_argument("stores", type=Path, nargs="+", help="data directories of embedded stores")
    parser.add_argument("--out", type=Path, required=True, help="a scratch folder for the files written")
    parser.add_argument("--formats", nargs="+", choices=FORMATS, default=list(FORMATS), help="formats [all]")
    parser.add_argument("--kinds", help="passed on to paperkg export")
    parser.add_argument("--papers-only", action="store_true", help="passed on to paperkg export")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    extra = (["--kinds", args.kinds] if args.kinds else []) + (["--papers-only"] if args.papers_only else [])
    results = {
        str(store): {fmt: export_figures(store, fmt, args.out / "files", extra) for fmt in args.formats}
        for store in args.stores
    }
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print("format (wall s, cpu s, peak MiB, MB)".ljust(38) + "".join(f"{Path(s).name:>36}" for s in results))
    for fmt in args.formats:
        cells = []
        for figures in results.values():
            row = figures[fmt]
            failed = "" if row["exit"] == 0 else f" exit {row['exit']}"
            cells.append(
                f"{row['seconds']:>7.2f} {row['cpu_s']:>7.2f} {row['peak_mib']:>6} {row['bytes'] / 1e6:>8.1f}{failed}"
            )
        print(fmt.ljust(38) + "".join(f"{c:>36}" for c in cells))


if __name__ == "__main__":
    main()
