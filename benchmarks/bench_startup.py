"""Start-up time of the CLI, measured side by side with ``python -c "import typer"``.

Runs each command ``--rounds`` times in turn (round-robin, so a busy machine slows them
alike) in fresh processes and prints the median wall time of each and its ratio to
``import typer``. With ``--data-dir`` it also times lookups on a built store and, for
each, how much of it is importing (``-X importtime`` of the modules the command loads)
against the work.

    python -m benchmarks.bench_startup
    python -m benchmarks.bench_startup --data-dir paperkg-data --rounds 15
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

__all__ = ["main", "run"]


def _wall(argv: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def _import_seconds(argv: list[str]) -> float:
    """Return the seconds a command spends importing modules (sum of top-level imports)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *argv[1:]], capture_output=True, text=True, check=True
    )
    total = 0
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \| (\S.*)$", line)
        if match and not match.group(2).startswith(" "):  # a top-level import, not nested
            total += int(match.group(1))
    return total / 1e6


def run(data_dir: Path | None = None, rounds: int = 11) -> dict[str, dict[str, float]]:
    """Time each command ``rounds`` times, round-robin; return medians, ratios and import shares."""
    py = sys.executable
    commands: dict[str, list[str]] = {
        'python -c "import typer"': [py, "-c", "import typer"],
        "paperkg --help": [py, "-m", "paperkg", "--help"],
        "paperkg --version": [py, "-m", "paperkg", "--version"],
        "paperkg lineage --help": [py, "-m", "paperkg", "lineage", "--help"],
    }
    if data_dir is not None:
        store = ["--data-dir", str(data_dir)]
        commands["paperkg show MKOR"] = [py, "-m", "paperkg", "show", "MKOR", *store]
        commands["paperkg lineage MKOR"] = [py, "-m", "paperkg", "lineage", "MKOR", *store]
        commands["paperkg stats"] = [py, "-m", "paperkg", "stats", *store]
    times: dict[str, list[float]] = {name: [] for name in commands}
    for argv in commands.values():  # warm the file cache once
        _wall(argv)
    for _ in range(rounds):
        for name, argv in commands.items():
            times[name].append(_wall(argv))
    base = statistics.median(times['python -c "import typer"'])
    result: dict[str, dict[str, float]] = {}
    for name, argv in commands.items():
        median = statistics.median(times[name])
        row = {"median_s": round(median, 4), "ratio_to_import_typer": round(median / base, 2)}
        if "--data-dir" in argv:
            imports = _import_seconds(argv)
            row["import_s"] = round(imports, 4)
            row["import_share"] = round(imports / median, 2)
        result[name] = row
    return result


def main(argv: list[str] | None = None) -> None:
    """Parse arguments, run, and print a table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=None, help="a built store, to time lookups too")
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = run(args.data_dir, args.rounds)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{'command':<28} {'median s':>9} {'x import typer':>15} {'import share':>13}")
    for name, row in result.items():
        share = f"{row['import_share']:.0%}" if "import_share" in row else ""
        print(f"{name:<28} {row['median_s']:>9.3f} {row['ratio_to_import_typer']:>15.2f} {share:>13}")


if __name__ == "__main__":
    main()
