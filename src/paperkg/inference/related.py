"""SAME_FAMILY and SHARES_DATASET: papers sharing rare hubs, weighted by rarity, top-k per paper."""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Mapping

from paperkg.models import Edge, EdgeKind

__all__ = ["hub_weight", "related_edges"]

# How many hub members one paper looks at to find its partners: keeps the work
# linear in the corpus, whatever the size of the hubs (rarest hubs first).
SCAN_BUDGET = 60


def hub_weight(degree: int) -> float:
    """Return what sharing a hub of ``degree`` papers is worth: 1/log(degree + 1).

    Parameters
    ----------
    degree
        How many papers the hub (dataset or family) has.

    Returns
    -------
    float
        0 for an empty hub; 0.91 for two papers, 0.22 for a hundred.
    """
    return 1.0 / math.log(degree + 1) if degree > 0 else 0.0


def related_edges(
    hubs_of: Mapping[str, set[str]],
    kind: EdgeKind,
    k: int = 10,
    names: Mapping[str, str] | None = None,
) -> list[Edge]:
    """Link papers that share hubs (datasets or families), keeping each paper's ``k`` strongest.

    The weight of a pair is the sum over shared hubs of ``1/log(degree + 1)``, so
    a rare dataset or a narrow family counts more than ImageNet. Each
    unordered pair is stored once, ``source < target``, and kept when it is
    among the ``k`` strongest of either paper, so there are at most ``k`` edges
    per paper.

    Parameters
    ----------
    hubs_of
        Paper id -> the ids of its hubs.
    kind
        ``EdgeKind.SHARES_DATASET`` or ``EdgeKind.SAME_FAMILY``.
    k
        Partners kept per paper; 0 gives no edges.
    names
        Hub id -> display name for ``shared``.

    Returns
    -------
    list of Edge
    """
    if k <= 0:
        return []
    members: dict[str, list[str]] = defaultdict(list)
    for paper, hubs in hubs_of.items():
        for hub in hubs:
            members[hub].append(paper)
    weight = {hub: hub_weight(len(papers)) for hub, papers in members.items()}
    for papers in members.values():
        papers.sort()
    kept: set[tuple[str, str]] = set()
    for paper, hubs in hubs_of.items():
        if not hubs:
            continue
        scores: dict[str, float] = defaultdict(float)
        budget = SCAN_BUDGET
        # rarest hubs first; a hub too large for what is left of the budget adds its
        # weight only to partners found so far, so the work per paper stays bounded
        for hub in sorted(hubs, key=lambda h: (-weight[h], h)):
            w = weight[hub]
            if budget > 0:
                for other in members[hub][: budget + 1]:
                    if other != paper:
                        scores[other] += w
                budget -= len(members[hub])
            else:
                for other in scores:
                    if hub in hubs_of[other]:
                        scores[other] += w
        scored = [(score, other) for other, score in scores.items()]
        for _, other in heapq.nlargest(k, scored, key=lambda x: (x[0], x[1])):
            kept.add((paper, other) if paper < other else (other, paper))
    edges = []
    label = names or {}
    for source, target in sorted(kept):
        common = sorted(hubs_of[source] & hubs_of[target], key=lambda h: (-weight[h], h))
        score = sum(weight[h] for h in common)
        edges.append(
            Edge(
                kind=kind,
                source=source,
                target=target,
                score=round(score, 4),
                shared=[label.get(h, h) for h in common],
                provenance="inference",
            )
        )
    return edges
