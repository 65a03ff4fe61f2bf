"""Calibration of builds-on confidence: how often each kind of evidence is right on a gold set."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from paperkg.inference.evaluate import GoldFile, resolve_gold
from paperkg.inference.lexicon import Lexicon, shipped_lexicon
from paperkg.inference.pipeline import infer_corpus
from paperkg.models import EdgeKind, Paper

__all__ = ["count_evidence", "merge_counts"]


def count_evidence(
    papers: Sequence[Paper], gold: GoldFile, lexicon: Lexicon | None = None
) -> dict[str, tuple[int, int]]:
    """Count, per evidence class, the builds-on edges drawn between gold papers and those right.

    Every edge and every candidate (an edge held back as unsure) counts, so the
    counts do not depend on the confidences they calibrate. The gold's builds-on
    list is taken as complete between its papers: a drawn pair it lacks is wrong.

    Parameters
    ----------
    papers
        The corpus the gold annotates.
    gold
        The gold file.
    lexicon
        The lexicon to infer with; the shipped one by default.

    Returns
    -------
    dict
        Evidence class (``attrs["basis"]``) -> ``(right, drawn)``.
    """
    result = infer_corpus(list(papers), lexicon or shipped_lexicon())
    found = resolve_gold(gold, papers)
    key_of = {pid: key for key, pid in found.items()}
    gold_pairs = {(p.source, p.target) for p in gold.builds_on}
    right: Counter[str] = Counter()
    drawn: Counter[str] = Counter()
    for edge in [*result.edges, *result.candidates]:
        if edge.kind is not EdgeKind.BUILDS_ON or edge.source not in key_of or edge.target not in key_of:
            continue
        basis = str(edge.attrs.get("basis", "mention"))
        drawn[basis] += 1
        right[basis] += (key_of[edge.source], key_of[edge.target]) in gold_pairs
    return {basis: (right[basis], drawn[basis]) for basis in sorted(drawn)}


def merge_counts(*counts: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """Add up ``(right, drawn)`` counts of several gold sets, class by class."""
    total: dict[str, tuple[int, int]] = {}
    for one in counts:
        for basis, (r, d) in one.items():
            r0, d0 = total.get(basis, (0, 0))
            total[basis] = (r0 + r, d0 + d)
    return dict(sorted(total.items()))
