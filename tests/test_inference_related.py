"""SAME_FAMILY / SHARES_DATASET: hub weights by size class, and pair rows handed to a store once per payload."""

from __future__ import annotations

import math

import pytest

from paperkg.inference.related import RelatedRows, hub_degree_class, hub_weight
from paperkg.models import EdgeKind


@pytest.mark.parametrize("degree", [1, 2, 3, 10, 16])
def test_a_small_hub_weighs_as_its_size(degree: int) -> None:
    assert hub_degree_class(degree) == degree


@pytest.mark.parametrize(
    ("degree", "size_class"), [(17, 16), (181, 152), (182, 181), (215, 181), (216, 215), (256, 256)]
)
def test_a_large_hub_weighs_as_the_lower_edge_of_its_class(degree: int, size_class: int) -> None:
    assert hub_degree_class(degree) == size_class


def test_the_class_weight_is_within_six_percent_of_the_exact_one() -> None:
    worst = max(abs(hub_weight(d) * math.log(d + 1) - 1) for d in range(1, 200_000))
    assert worst < 0.06


def test_an_empty_hub_weighs_nothing() -> None:
    assert hub_weight(0) == 0.0


def _hubs(members: int) -> dict[str, set[str]]:
    """``members`` papers in family "f"; the first two also in the small family "g"."""
    hubs = {f"p{i:03d}": {"f"} for i in range(members)}
    hubs["p000"].add("g")
    hubs["p001"].add("g")
    return hubs


def _scores(hubs: dict[str, set[str]]) -> dict[tuple[str, str], float]:
    return {(r["source"], r["target"]): r["score"] for r in RelatedRows(hubs, EdgeKind.SAME_FAMILY, k=3)}


def test_a_paper_joining_a_large_hub_within_its_class_moves_no_score() -> None:
    before = _scores(_hubs(40))  # 40 and 41 papers are both of class 38
    after = _scores(_hubs(41))
    kept = sorted(before.keys() & after.keys())
    assert [after[pair] for pair in kept] == [before[pair] for pair in kept]



def test_a_paper_joining_a_small_hub_moves_its_scores() -> None:
    before = _scores(_hubs(5))
    after = _scores(_hubs(6))
    assert after[("p000", "p001")] < before[("p000", "p001")]


def test_items_give_the_rows_iteration_gives() -> None:
    rows = RelatedRows(_hubs(8), EdgeKind.SAME_FAMILY, k=3, names={"f": "Family F", "g": "Family G"})
    from_items = [
        {"kind": p["kind"], "source": s, "target": t, "score": p["score"], "shared": p["shared"]}
        | {"provenance": "inference"}
        for s, t, _, p in rows.items()
    ]
    assert from_items == list(rows)


def test_items_hand_out_one_payload_per_set_of_shared_hubs() -> None:
    rows = RelatedRows(_hubs(8), EdgeKind.SAME_FAMILY, k=3)
    assert len({id(payload) for _, _, _, payload in rows.items()}) == 2


def test_related_rows_touching_papers_are_the_rows_with_an_end_among_them() -> None:
    hubs = {"a": {"glue"}, "b": {"glue"}, "c": {"glue", "squad"}, "d": {"squad"}, "e": {"mnli"}, "f": {"mnli"}}
    rows = RelatedRows(hubs, EdgeKind.SHARES_DATASET, 10)
    every = list(rows.items())
    assert list(rows.items({"d", "e"})) == [item for item in every if {"d", "e"} & {item[0], item[1]}]


@pytest.mark.parametrize("ends", [True, False])
def test_edge_rows_touching_nodes_are_the_rows_with_an_end_among_them(ends: bool) -> None:
    """The paper kinds' rows (EdgeRows) take a scope as the pair kinds do: only those rows are made."""
    from paperkg.graph.rows import EdgeRows

    items = [("p1", "method:a", "s1", "uses"), ("p2", "method:a", "s2", "uses"), ("p3", "method:b", None, "x")]
    made: list[str] = []

    def row(item: tuple[str, str, str | None, str]) -> dict[str, object]:
        made.append(item[0])
        return {"kind": "INTRODUCES", "source": item[0], "target": item[1], "evidence": item[2], "how": item[3]}

    def edges(found: object) -> list[tuple[object, ...]]:
        # a store reads a payload's other keys only: source, target and evidence are the item's
        return [(s, t, e, p["how"]) for s, t, e, p in found]  # type: ignore[attr-defined]

    rows = EdgeRows(items, row, (lambda i: (i[0], i[1], i[2], i[3])) if ends else None)
    every = edges(rows.items())
    made.clear()
    touching = edges(rows.items({"p3", "method:a"}))
    assert (touching, edges(rows.items({"p2"})), made) == (
        every,
        [every[1]],
        # one payload per payload key, made for the rows in scope (without ends, each row is its payload)
        ["p1", "p3", "p2"] if ends else ["p1", "p2", "p3"] * 2,
    )


def _random_hubs(seed: int) -> dict[str, set[str]]:
    """300 papers in hubs of every size: two larger than one scan (SCAN_BUDGET), many small ones."""
    import random

    from _inference_helpers import random_hubs

    rng = random.Random(seed)
    return random_hubs(rng, sorted({f"p{rng.randrange(10**6):06d}" for _ in range(300)}), 40, 0.6)


@pytest.mark.parametrize("seed", range(4))
def test_rows_touching_papers_ranked_alone_are_the_full_ranking_filtered(seed: int) -> None:
    """A ranking limited to what can touch the papers asked for gives the edges every paper's ranking gives."""
    import random

    hubs = _random_hubs(seed)
    every = list(RelatedRows(hubs, EdgeKind.SAME_FAMILY, 5).items())
    rng = random.Random(seed)
    papers = sorted(hubs)
    # early papers are scanned by every member of their hubs; late ones by few
    for touching in ({papers[0]}, {papers[-1]}, set(rng.sample(papers, 8)), {"not-a-paper"}):
        alone = list(RelatedRows(hubs, EdgeKind.SAME_FAMILY, 5).items(touching))
        assert alone == [item for item in every if touching & {item[0], item[1]}]


def test_rows_touching_a_paper_include_the_edge_only_another_group_ranks() -> None:
    """z's partner is y; a (hubs g and u, another group than z's) ranks z first: (a, z) touches z."""
    hubs = {"a": {"g", "u"}, "y": {"g"}, "z": {"g"}}
    assert list(RelatedRows(hubs, EdgeKind.SAME_FAMILY, 1).items({"z"})) == [
        item for item in RelatedRows(hubs, EdgeKind.SAME_FAMILY, 1).items() if "z" in item[:2]
    ]
    assert [item[:2] for item in RelatedRows(hubs, EdgeKind.SAME_FAMILY, 1).items({"z"})] == [("a", "z"), ("y", "z")]


@pytest.mark.parametrize("papers", [500, 4000])
def test_no_paper_is_the_partner_of_more_papers_than_a_scan_meets(papers: int) -> None:
    """Every paper of one large hub scans its own stretch of the hub: none is everyone's partner."""
    from collections import Counter

    from paperkg.inference.related import SCAN_BUDGET

    hubs = {f"2301.{i:05d}": {"dataset:imagenet"} for i in range(papers)}
    degree: Counter[str] = Counter()
    for row in RelatedRows(hubs, EdgeKind.SHARES_DATASET, k=10):
        degree.update((row["source"], row["target"]))
    # each paper keeps 10 partners among the members it scans, and is scanned by at most SCAN_BUDGET + 1
    assert (len(degree), max(degree.values()) <= 10 + SCAN_BUDGET + 1) == (papers, True)
