"""A long fuzz run over every loader: mutate the real seed and sample files, load each, count outcomes.

Each input is one of the real files in ``examples/`` and ``tests/data/`` (every
format paperkg reads), mutated at random: JSON values swapped for wrong types,
huge numbers, odd Unicode (lone surrogates, combining storms, bidi controls,
NULs, terminal escapes), deep nesting, lines cut, bytes flipped, the file cut
short, gzipped (whole, truncated, or with a flipped byte), or replaced by noise.
Every file goes through the build's loader path (``load_papers``) with a
30-second alarm, and ends as one of:

- loaded: its records stored, rejected with a line, or filtered;
- refused: skipped whole with a one-line ``LoadError`` (the build goes on);
- traceback: any other exception (a defect);
- hang: the alarm fired (a defect).

It prints inputs tried, files refused with a clean error, records read,
stored, rejected, the arithmetic check per file (read = loaded + rejected +
filtered), tracebacks and hangs with an example each, and the time per MB::

    python -m benchmarks.fuzz_run -n 2000 --seed 0
    python -m benchmarks.fuzz_run -n 200 --json
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

from paperkg.exceptions import LoadError
from paperkg.graph.build import BuildOptions, load_papers

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted([*ROOT.joinpath("examples").glob("*.txt"), *ROOT.joinpath("tests", "data").glob("*")])
SOURCES = [p for p in SOURCES if p.is_file() and p.name != "gold-dev.json"]

ODD = [
    "\ud800",
    "\udfff",
    "\u0301" * 200,
    "\u202e",
    "\u2066",
    "\x00",
    "\x1b]0;owned\x07",
    "\x1b[2J",
    "\x9b",
    "\ufeff",
    "a" * 100_000,
    "",
]
WRONG: list[Any] = [
    None,
    True,
    0,
    -1,
    2**70,
    10**400 // 10**300,
    1e308,
    1.5,
    [],
    {},
    [1, [2, [3]]],
    {"a": {}},
    "x",
]


class _Hang(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise _Hang


def _wrong(rng: random.Random) -> Any:
    pick = rng.random()
    if pick < 0.4:
        return rng.choice(WRONG)
    if pick < 0.8:
        return rng.choice(ODD) + "text"
    depth = rng.choice([10, 70, 500, 5000])
    value: Any = "deep"
    for _ in range(min(depth, 900)):
        value = [value]
    return value


def _mutate_json(value: Any, rng: random.Random, rate: float, depth: int = 0) -> Any:
    if depth > 40:
        return value
    if isinstance(value, dict):
        out = {
            k: (_wrong(rng) if rng.random() < rate else _mutate_json(v, rng, rate, depth + 1))
            for k, v in value.items()
        }
        if out and rng.random() < rate:
            out.pop(rng.choice(list(out)), None)
        if rng.random() < rate:
            out[rng.choice(ODD)[:20] or "extra"] = _wrong(rng)
        return out
    if isinstance(value, list):
        return [_mutate_json(v, rng, rate, depth + 1) for v in value]
    return value


def _dump(value: Any) -> str:
    try:
        return json.dumps(value, ensure_ascii=True)
    except (ValueError, RecursionError):
        return '{"title": "unencodable"}'


def _mutate_text(text: str, rng: random.Random) -> str:
    lines = text.splitlines()
    for _ in range(rng.randint(1, 6)):
        if not lines:
            break
        i = rng.randrange(len(lines))
        kind = rng.random()
        line = lines[i]
        if kind < 0.25:
            lines[i] = line[: rng.randint(0, len(line))]
        elif kind < 0.5:
            at = rng.randint(0, len(line))
            lines[i] = line[:at] + rng.choice(ODD) + line[at:]
        elif kind < 0.65:
            try:
                lines[i] = _dump(_mutate_json(json.loads(line), rng, 0.5))
            except ValueError:
                lines[i] = line + rng.choice(ODD)
        elif kind < 0.8:
            lines.insert(i, line)
        elif kind < 0.9:
            lines[i] = "9" * rng.choice([20, 400, 5000])
        else:
            del lines[i]
    return "\n".join(lines) + ("\n" if rng.random() < 0.9 else "")


def _mutate_document(text: str, rng: random.Random) -> str:
    try:
        value = json.loads(text)
    except ValueError:
        return _mutate_text(text, rng)
    return _dump(_mutate_json(value, rng, 0.3))


def make_input(rng: random.Random, folder: Path, number: int) -> Path:
    """Write one mutated input file into ``folder`` and return its path."""
    source = rng.choice(SOURCES)
    raw = source.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")) and "\n{" not in text.strip():
        text = _mutate_document(text, rng)
    else:
        text = _mutate_text(text, rng)
    data = text.encode("utf-8", "surrogatepass")
    kind = rng.random()
    if kind < 0.1:
        data = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
        data = bytes(data)
    elif kind < 0.15:
        data = data[: rng.randint(0, len(data))]
    elif kind < 0.25:
        data = gzip.compress(data)
        cut = rng.random()
        if cut < 0.4:
            data = data[: max(4, int(len(data) * rng.random()))]
        elif cut < 0.6:
            flipped = bytearray(data)
            flipped[rng.randrange(10, len(flipped))] ^= 0xFF
            data = bytes(flipped)
    elif kind < 0.28:
        data = bytes(rng.randrange(256) for _ in range(rng.randint(1, 4000)))
    elif kind < 0.30:
        data = gzip.compress(b'{"title": "bomb"}\n' + b" " * (64 * 2**20) + b"\n")
    path = folder / f"{number:05d}-{source.stem}{source.suffix}"
    path.write_bytes(data)
    return path


def run(count: int, seed: int, timeout: int) -> dict[str, Any]:
    """Fuzz ``count`` inputs and return the figures."""
    rng = random.Random(seed)
    signal.signal(signal.SIGALRM, _alarm)
    outcomes: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    examples: dict[str, str] = {}
    refusals: Counter[str] = Counter()
    arithmetic_broken = 0
    size = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for number in range(count):
            path = make_input(rng, folder, number)
            size += path.stat().st_size
            signal.alarm(timeout)
            try:
                _, reports, _ = load_papers([path], BuildOptions(similarity=False, infer=False))
            except LoadError as e:
                outcomes["refused"] += 1
                message = str(e)
                refusals[message.split(": ", 1)[-1].split(";")[0].split("(")[0][:60]] += 1
                if "\n" in message.strip():
                    outcomes["refusal over one line"] += 1
            except _Hang:
                outcomes["hang"] += 1
                examples.setdefault("hang", path.name)
            except Exception:  # the defects this run looks for: anything but a LoadError
                outcomes["traceback"] += 1
                examples.setdefault(f"traceback {path.name}", traceback.format_exc(limit=3)[-600:])
            else:
                outcomes["loaded"] += 1
                (report,) = reports
                totals["read"] += report.read
                totals["stored"] += report.loaded
                totals["rejected"] += len(report.rejected)
                totals["filtered"] += report.filtered
                totals["notes"] += len(report.notes)
                if report.read != report.loaded + len(
                    report.rejected
                ) + report.filtered and report.format not in (
                    "semantic-scholar",
                    "semantic-scholar-citations",
                ):
                    arithmetic_broken += 1
                    examples.setdefault(f"arithmetic {path.name}", str(report))
            finally:
                signal.alarm(0)
            path.unlink()
    seconds = time.perf_counter() - started
    megabytes = size / 2**20
    return {
        "inputs": count,
        "seed": seed,
        "megabytes": round(megabytes, 2),
        "seconds": round(seconds, 1),
        "seconds_per_mb": round(seconds / megabytes, 2) if megabytes else None,
        "files_loaded": outcomes["loaded"],
        "files_refused_one_line": outcomes["refused"] - outcomes["refusal over one line"],
        "refusals_over_one_line": outcomes["refusal over one line"],
        "tracebacks": outcomes["traceback"],
        "hangs": outcomes["hang"],
        "records_read": totals["read"],
        "records_stored": totals["stored"],
        "records_rejected": totals["rejected"],
        "records_filtered": totals["filtered"],
        "values_cut_or_repaired": totals["notes"],
        "files_with_broken_arithmetic": arithmetic_broken,
        "top_refusals": refusals.most_common(8),
        "examples": examples,
    }


def main(argv: list[str] | None = None) -> int:
    """Run the fuzz and print its figures; exit 1 when a traceback, hang or broken sum was seen."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=500, help="inputs to try")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--timeout", type=int, default=30, help="seconds before an input counts as a hang")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    figures = run(args.n, args.seed, args.timeout)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            if key == "examples":
                for name, text in value.items():
                    print(f"example {name}:\n{text}")
            else:
                print(f"{key}: {value}")
    bad = figures["tracebacks"] + figures["hangs"] + figures["files_with_broken_arithmetic"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
