"""Measure how often each kind of builds-on evidence is right on the dev gold sets.

Run: ``python -m benchmarks.calibrate_builds_on``. Prints, per evidence class,
the edges drawn between gold papers (emitted or held back as candidates), how
many the gold lists, and the confidence an edge of that class gets; the
``(right, drawn)`` counts are what ``paperkg.inference.builds_on.CALIBRATION``
ships. The gold is small (two files, 127 papers, 13 pairs): read the figures as
a check that no class of evidence is often wrong, not as fine probabilities.
"""

from __future__ import annotations

from pathlib import Path

from paperkg.graph.build import BuildOptions, load_papers
from paperkg.inference.builds_on import CALIBRATION, EMIT_THRESHOLD, calibrated_confidence
from paperkg.inference.calibrate import count_evidence, merge_counts
from paperkg.inference.evaluate import load_gold
from paperkg.loaders import LoadOptions

ROOT = Path(__file__).resolve().parent.parent
GOLD_SETS = (
    (ROOT / "examples", ROOT / "tests" / "data" / "gold-dev.json", 2025),
    (ROOT / "tests" / "data" / "gold-fields.jsonl", ROOT / "tests" / "data" / "gold-fields.json", None),
)


def measure() -> dict[str, tuple[int, int]]:
    """Return the ``(right, drawn)`` counts per evidence class over both gold sets."""
    counts = []
    for corpus, gold, year in GOLD_SETS:
        index, _, _ = load_papers([corpus], BuildOptions(load=LoadOptions(year=year)))
        counts.append(count_evidence(list(index.by_id.values()), load_gold(gold)))
    return merge_counts(*counts)


def main() -> None:
    """Print the calibration table and whether the shipped one matches it."""
    measured = measure()
    print(f"{'evidence class':45} {'right':>5} {'drawn':>5} {'confidence':>10}")
    for basis, (right, drawn) in measured.items():
        relation, _, reason = basis.partition("; ")
        rel = None if relation == "mention" else relation
        # The doubt's penalty as the pipeline sets it (see pipeline._infer).
        penalty = {"a later version is named too": 0.45, "both papers present the name as their own": 0.25}
        conf = calibrated_confidence(rel, reason or None, penalty.get(reason, 0.0))
        drawn_as = "edge" if conf >= EMIT_THRESHOLD else "candidate"
        print(f"{basis:45} {right:5d} {drawn:5d} {conf:10.3f}  ({drawn_as})")
    print("shipped CALIBRATION matches" if measured == CALIBRATION else f"UPDATE CALIBRATION to {measured}")


if __name__ == "__main__":
    main()
