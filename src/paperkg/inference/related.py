"""SAME_FAMILY and SHARES_DATASET: papers sharing rare hubs, weighted by rarity, top-k per paper."""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence, Set
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from paperkg.models import Edge, EdgeKind

if TYPE_CHECKING:
    from paperkg.graph.rows import EdgeItem

__all__ = [
    "EXACT_DEGREE",
    "RelatedRows",
    "hub_degree_class",
    "hub_weight",
    "related_edges",
    "ring_order",
    "scanning",
]

# How many hub members one paper looks at to find its partners: keeps the work
# linear in the corpus, whatever the size of the hubs (rarest hubs first).
SCAN_BUDGET = 60


# Hubs up to this many papers are weighted by their exact size; larger ones by the size class
# (a quarter of a doubling) they fall in.
EXACT_DEGREE = 16
_CLASSES_PER_DOUBLING = 4


def hub_degree_class(degree: int) -> int:
    """Return the size a hub of ``degree`` papers is weighted as: its size up to 16, else its size class.

    Classes are a quarter of a doubling wide, each named by its lower edge: hubs of 182 to
    215 papers all weigh as one of 181, those of 216 to 255 as one of 215. The weight
    differs from the exact size's by at most 6%.

    Rarity is a matter of order of magnitude: a dataset 200 papers use is as rare as one 201
    use. Weighting by the class keeps a pair's score, and the ranking of partners, from moving
    each time one paper joins a large hub, so adding papers rewrites the pair edges of the hubs
    they change the class of, not of every hub they join.
    """
    if degree <= EXACT_DEGREE:
        return degree
    return int(2 ** (math.floor(math.log2(degree) * _CLASSES_PER_DOUBLING) / _CLASSES_PER_DOUBLING))


def hub_weight(degree: int) -> float:
    """Return what sharing a hub of ``degree`` papers is worth: 1/log(class + 1).

    Parameters
    ----------
    degree
        How many papers the hub (dataset or family) has.

    Returns
    -------
    float
        0 for an empty hub; 0.91 for two papers, 0.22 for a hundred (class 90). See
        :func:`hub_degree_class`.
    """
    return 1.0 / math.log(hub_degree_class(degree) + 1) if degree > 0 else 0.0


def related_edges(
    hubs_of: Mapping[str, Set[str]],
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
    return [Edge.model_validate(row) for row in RelatedRows(hubs_of, kind, k, names)]


class RelatedRows:
    """The edges of :func:`related_edges` as store rows, computed once, held as pairs, made when iterated.

    A row is what ``Edge.model_dump(mode="json")`` gives, less its empty fields;
    iterating again gives the same rows. ``len`` is the number of edges.

    The partners are ranked when first needed: every paper's for ``len`` or a plain
    iteration, only the rankings that can hold an edge touching the papers asked for by
    ``items(touching)`` (an add compares no other), until every paper's are wanted.
    """

    # items() takes the papers whose edges are wanted (graph.build asks for those of a scope)
    touching_items = True

    def __init__(
        self,
        hubs_of: Mapping[str, Set[str]],
        kind: EdgeKind,
        k: int = 10,
        names: Mapping[str, str] | None = None,
    ) -> None:
        self.kind = kind
        self._hubs_of = hubs_of
        self._k = k
        self._ranked: tuple[list[str], array[int], dict[str, float]] | None = None
        self._label = names or {}
        # what an add knows of the stored run for the scope it compares (see :meth:`recall`)
        self._previous: Previous | None = None

    def recall(self, previous: Previous) -> None:
        """Take what the stored run had, so that ``items(previous.scope)`` ranks only the scope's papers.

        Without it, the edges touching a scope need the rankings of every paper whose scan meets
        the scope (61 a hub for each of its papers: most of a corpus of 20,000). With it, a paper
        outside the scope ranks as it did, so its edges to the scope are the stored ones but where
        the scope's paper kept it before and keeps it no more: only those papers are ranked.
        """
        self._previous = previous

    def _all(self) -> tuple[list[str], array[int], dict[str, float]]:
        """Every paper's partners, ranked once."""
        if self._ranked is None:
            self._ranked = _related_pairs(self._hubs_of, self._k)
        return self._ranked

    def __len__(self) -> int:
        return len(self._all()[1])

    @property
    def hubs_of(self) -> Mapping[str, Set[str]]:
        """Paper id -> its hubs, as given."""
        return self._hubs_of

    def label(self, hub: str) -> str:
        """Return the name a hub is shown by in ``shared``."""
        return self._label.get(hub, hub)

    def _sorted_pairs(
        self, ids: list[str], pairs: array[int], touching: Set[str] | None = None
    ) -> Iterator[tuple[str, str]]:
        n = len(ids)
        if touching is None:
            for code in pairs:
                source, target = divmod(code, n)
                yield ids[source], ids[target]
            return
        ends = {i for i, paper in enumerate(ids) if paper in touching}
        for code in pairs:
            source, target = divmod(code, n)
            if source in ends or target in ends:
                yield ids[source], ids[target]

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for source, target, _, payload in self.items():
            row = {"kind": payload["kind"], "source": source, "target": target}
            row.update((k, v) for k, v in payload.items() if k != "kind")
            row["shared"] = list(payload["shared"])
            yield row

    def items(self, touching: Set[str] | None = None) -> Iterator[EdgeItem]:
        """Yield each edge as ``(source, target, None, payload)``: one payload dict per set of shared hubs.

        With ``touching``, only the edges with an end among those papers. See
        :meth:`paperkg.graph.rows.EdgeRows.items`.
        """
        previous = self._previous
        if touching is None or self._ranked is not None:
            ids, pairs, weight = self._all()
            only = touching
        elif previous is not None and touching is previous.scope:
            ids, pairs, weight = _pairs_recalled(self._hubs_of, self._k, previous)
            only = None
        else:
            ids, pairs, weight = _related_pairs(self._hubs_of, self._k, touching)
            only = None  # ranked for those papers: every pair already touches them
        label, kind = self._label, self.kind.value
        # papers with the same hubs share one frozenset, whose hash is computed once: a pair of
        # hub sets is looked up without making the set of what they share each time
        sets: dict[frozenset[str], frozenset[str]] = {}
        hubs_of: dict[str, frozenset[str]] = {}
        for paper, hubs in self._hubs_of.items():
            frozen = frozenset(hubs)
            hubs_of[paper] = sets.setdefault(frozen, frozen)
        by_ends: dict[tuple[frozenset[str], frozenset[str]], dict[str, Any]] = {}
        payload_of: dict[frozenset[str], dict[str, Any]] = {}
        for source, target in self._sorted_pairs(ids, pairs, only):
            ends = (hubs_of[source], hubs_of[target])
            payload = by_ends.get(ends)
            if payload is None:
                common = ends[0] & ends[1]
                payload = payload_of.get(common)
                if payload is None:
                    ordered = sorted(common, key=lambda h: (-weight[h], h))
                    score = sum(weight[h] for h in ordered)
                    payload = payload_of[common] = {
                        "kind": kind,
                        "score": round(score, 4),
                        "shared": [label.get(h, h) for h in ordered],
                        "provenance": "inference",
                    }
                by_ends[ends] = payload
            yield source, target, None, payload


def ring_order(papers: Sequence[str]) -> list[str]:
    """Return a hub's members in the order a scan of it follows from each of them: by id, the last
    followed by the first (a ring).

    A paper scans the members of a large hub that follow it on this ring, not the hub's first
    members: scans from every member spread over all of them, so a member is met by about
    :data:`SCAN_BUDGET` scans, whatever the hub's size. Scanned from the start, the few papers
    first by id were every member's partners (4,631 pairs for one at 20,000 papers), and their
    number of pairs grew with the corpus. By id, a paper's partners in a large hub are of its
    time where ids follow the dates (arXiv's), and near it in the store, whose partner lists
    hold the differences of node numbers.
    """
    return sorted(papers)


def _after(ring: Sequence[str], paper: str, count: int) -> list[str]:
    """Return the ``count`` members that follow ``paper`` on ``ring`` (wrapping; at most the others)."""
    n = len(ring)
    at = bisect_left(ring, paper)
    count = min(count, n - 1)
    start, end = at + 1, at + 1 + count
    return list(ring[start:end]) + list(ring[: max(0, end - n)]) if end > n else list(ring[start:end])


def scanning(ring: Sequence[str], paper: str) -> list[str]:
    """Return the members of a hub (its ``ring``, :func:`ring_order`) whose scan of it can meet ``paper``.

    A scan takes at most ``SCAN_BUDGET`` + 1 members: the whole hub where it is that small,
    else those following the scanning paper. So ``paper`` is met by the members at most that
    many places before it (every member, in a hub of that many and one more).
    """
    n = len(ring)
    reach = SCAN_BUDGET + 1
    if n <= reach + 1:
        return list(ring)
    at = bisect_left(ring, paper)
    return [ring[(at - i) % n] for i in range(1, reach + 1)]


@dataclass(frozen=True)
class Previous:
    """What the stored run had, for :meth:`RelatedRows.recall`.

    ``scope``: the papers whose ranking may differ from the stored run's (the pair scope of
    :func:`paperkg.inference.scope.inference_scope`, the very set ``items`` is then asked for);
    ``changed``: the papers whose hubs may differ; ``hubs``: the stored hubs of those (a paper
    not there had none); ``stored``: ``(paper of the scope, other end)`` of every stored pair
    edge of the kind touching the scope.
    """

    scope: frozenset[str]
    changed: frozenset[str]
    hubs: Mapping[str, Set[str]]
    stored: Set[tuple[str, str]]


class _Rings:
    """The hubs' members on their rings, weights and sets, for ranking (:func:`_partners`)."""

    def __init__(self, hubs_of: Mapping[str, Set[str]]) -> None:
        members: dict[str, list[str]] = defaultdict(list)
        for paper, hubs in hubs_of.items():
            for hub in hubs:
                members[hub].append(paper)
        self.hubs_of = hubs_of
        self.weight = {hub: hub_weight(len(papers)) for hub, papers in members.items()}
        for papers in members.values():
            papers.sort()  # ring_order
        self.members = members
        # the members of each large hub as a set: a scan whose budget is spent adds its weight to the
        # partners found so far among them
        self.sets = {hub: frozenset(ring) for hub, ring in members.items() if len(ring) > SCAN_BUDGET}

    def before(self, changed: Set[str], hubs: Mapping[str, Set[str]]) -> _Rings:
        """Return the rings as they were with ``changed`` papers' hubs as ``hubs`` held them (none if absent)."""
        old = object.__new__(_Rings)
        old.hubs_of = {**self.hubs_of, **{p: hubs.get(p, frozenset()) for p in changed}}
        old.members, old.weight, old.sets = dict(self.members), dict(self.weight), dict(self.sets)
        touched: set[str] = set()
        for paper in changed:
            touched.update(frozenset(self.hubs_of.get(paper, ())) ^ frozenset(hubs.get(paper, ())))
        for hub in touched:
            ring = [p for p in self.members.get(hub, ()) if hub in old.hubs_of.get(p, ())]
            ring += [p for p in changed if hub in hubs.get(p, ()) and hub not in self.hubs_of.get(p, ())]
            if not ring:
                for table in (old.members, old.weight, old.sets):
                    table.pop(hub, None)
                continue
            old.members[hub] = ring_order(ring)
            old.weight[hub] = hub_weight(len(ring))
            if len(ring) > SCAN_BUDGET:
                old.sets[hub] = frozenset(ring)
            else:
                old.sets.pop(hub, None)
        return old

    def keeps(self, paper: str, k: int) -> list[str]:
        """Return the ``k`` partners ``paper`` keeps (its ranking; none without hubs)."""
        hubs = self.hubs_of.get(paper)
        if not hubs:
            return []
        order = sorted(hubs, key=lambda h: (-self.weight[h], h))
        ranked = _partners(order, self.members, self.weight, self.hubs_of, paper, k + 1, self.sets)
        return [other for _, other in ranked if other != paper][:k]


def _pairs_recalled(
    hubs_of: Mapping[str, Set[str]], k: int, previous: Previous
) -> tuple[list[str], array[int], dict[str, float]]:
    """:func:`_related_pairs` touching ``previous.scope``, ranking the scope's papers and few others.

    An edge is kept when either end keeps the other. A paper outside the scope ranks as in
    the stored run, so its edge to a paper of the scope exists now if it existed then and the
    scope's paper did not keep it then (the other end did), or if the other end keeps it (its
    ranking read only where the scope's paper kept it then and keeps it no more).
    """
    if k <= 0:
        return [], array("q"), {}
    now = _Rings(hubs_of)
    ids = sorted(paper for paper, hubs in hubs_of.items() if hubs)
    position = {paper: i for i, paper in enumerate(ids)}
    n = len(ids)
    scope = previous.scope
    kept: set[int] = set()

    def pair(a: str, b: str) -> None:
        i, j = position[a], position[b]
        kept.add(i * n + j if i < j else j * n + i)

    keeps_now: dict[str, set[str]] = {}
    for paper in sorted(scope):
        if paper in position:
            keeps_now[paper] = set(now.keeps(paper, k))
            for other in keeps_now[paper]:
                pair(paper, other)
    old: _Rings | None = None
    keeps_then: dict[str, set[str]] = {}
    # rankings outside the scope, read once each: such a paper may have kept several of the scope's
    kept_by: dict[str, list[str]] = {}
    for paper, other in sorted(previous.stored):
        if other in scope or paper not in position or other not in position or other in keeps_now.get(paper, ()):
            continue
        if paper not in keeps_then:
            old = old or now.before(previous.changed, previous.hubs)
            keeps_then[paper] = set(old.keeps(paper, k))
        # ``other`` ranks as it did: the edge stands where it was kept by ``other`` (unknown only where
        # ``paper`` kept it too), and ``other``'s ranking says so
        if other not in keeps_then[paper]:
            pair(paper, other)
            continue
        if other not in kept_by:
            kept_by[other] = now.keeps(other, k)
        if paper in kept_by[other]:
            pair(paper, other)
    return ids, array("q", sorted(kept)), now.weight


def _related_pairs(
    hubs_of: Mapping[str, Set[str]], k: int, touching: Set[str] | None = None
) -> tuple[list[str], array[int], dict[str, float]]:
    """Return the papers with hubs, sorted, the kept pairs, sorted, and each hub's weight.

    A pair ``(source, target)`` is held as ``i * n + j``, the positions of its
    papers among the ``n`` sorted ones, in an array of 8-byte integers: a tuple of
    two ids held 56 bytes more, a million papers' pairs 0.7 GB more.

    With ``touching``, only the pairs with an end among those papers (the same as the
    full run's, filtered): a pair is kept by the ranking of one of its ends, and a
    ranking meets a paper only when its scan of one of the paper's hubs does
    (:func:`scanning`), so only those papers and the ones that scan them are ranked.
    """
    if k <= 0:
        return [], array("q"), {}
    rings = _Rings(hubs_of)
    members, weight, sets = rings.members, rings.weight, rings.sets
    # papers with the same hubs, each scanned whole, have the same partners (less themselves): ranked once
    groups: dict[frozenset[str], list[str]] = defaultdict(list)
    for paper, hubs in hubs_of.items():
        if hubs:
            groups[frozenset(hubs)].append(paper)
    ids = sorted(paper for paper, hubs in hubs_of.items() if hubs)
    position = {paper: i for i, paper in enumerate(ids)}
    n = len(ids)
    kept: set[int] = set()
    ends: set[int] | None = None
    if touching is not None:
        ends = {position[paper] for paper in touching if paper in position}
        wanted = {paper for paper in touching if paper in position}
        for paper in list(wanted):
            for hub in hubs_of[paper]:
                wanted.update(scanning(members[hub], paper))
        groups = {
            hubs: [paper for paper in group if paper in wanted]
            for hubs, group in groups.items()
            if not wanted.isdisjoint(group)
        }

    def keep(paper: str, ranked: list[tuple[float, str]]) -> None:
        i = position[paper]
        for other in [other for _, other in ranked if other != paper][:k]:
            j = position[other]
            if ends is None or i in ends or j in ends:
                kept.add(i * n + j if i < j else j * n + i)

    for shared_hubs, group in groups.items():
        order = sorted(shared_hubs, key=lambda h: (-weight[h], h))
        if _scanned_whole(order, members):
            # one more than k: a paper of the group may be among them, and is no partner of its own
            ranked = _partners(order, members, weight, hubs_of, limit=k + 1, sets=sets)
            for paper in group:
                keep(paper, ranked)
        else:
            for paper in group:
                keep(paper, _partners(order, members, weight, hubs_of, paper, k + 1, sets))
    return ids, array("q", sorted(kept)), weight


def _scanned_whole(order: Sequence[str], members: Mapping[str, list[str]]) -> bool:
    """Whether a scan of the hubs in ``order`` takes every member of each hub it scans (the same for each paper)."""
    budget = SCAN_BUDGET
    for hub in order:
        if budget <= 0:
            return True
        if len(members[hub]) > budget + 1:
            return False
        budget -= len(members[hub])
    return True


def _partners(
    order: Sequence[str],
    members: Mapping[str, list[str]],
    weight: Mapping[str, float],
    hubs_of: Mapping[str, Set[str]],
    paper: str | None = None,
    limit: int | None = None,
    sets: Mapping[str, frozenset[str]] | None = None,
) -> list[tuple[float, str]]:
    """Return ``(score, paper)`` of every paper met sharing the hubs of ``order`` (rarest first), strongest first
    (by score, then id, both descending), the first ``limit`` only when given.

    A hub larger than what is left of the budget is scanned from ``paper`` on, along the hub's
    ring (:func:`ring_order`); without ``paper``, the caller knows every hub scanned is taken whole. ``sets``: the members of hubs
    as sets, where a hub's weight is added to the partners found before it (faster than each
    partner's hubs for large hubs).
    """
    scores: dict[str, float] = defaultdict(float)
    budget = SCAN_BUDGET
    # rarest hubs first; a hub too large for what is left of the budget adds its
    # weight only to partners found so far, so the work per paper stays bounded
    for hub in order:
        w = weight[hub]
        if budget > 0:
            ring = members[hub]
            met = ring if len(ring) <= budget + 1 or paper is None else _after(ring, paper, budget + 1)
            if scores:
                for other in met:
                    scores[other] += w
            else:  # the first hub scanned (most often the only one): every member met weighs its weight
                scores.update(dict.fromkeys(met, 0.0 + w))
            budget -= len(ring)
        else:
            held = sets.get(hub) if sets is not None else None
            if held is None:
                found = [other for other in scores if hub in hubs_of[other]]
            else:
                found = held.intersection(scores)  # type: ignore[assignment]
            for other in found:
                scores[other] += w
    if limit is None or len(scores) <= limit:
        return sorted(((score, other) for other, score in scores.items()), reverse=True)
    # the first ``limit`` of that order without sorting every one: the scores are a few sums of hub weights
    by_score: dict[float, list[str]] = defaultdict(list)
    for other, score in scores.items():
        by_score[score].append(other)
    best: list[tuple[float, str]] = []
    for score in sorted(by_score, reverse=True):
        tied = by_score[score]
        need = limit - len(best)
        best.extend((score, other) for other in sorted(tied, reverse=True)[:need])
        if len(best) >= limit:
            break
    return best
