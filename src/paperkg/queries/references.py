"""Likely references: the earlier papers a paper most likely builds on or cites."""

from __future__ import annotations

import calendar
import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

from paperkg._lazy import networkx as nx
from paperkg.exceptions import QueryError
from paperkg.graph.stores import cypher
from paperkg.graph.stores.protocol import CypherStore, GraphStore
from paperkg.models import EdgeKind
from paperkg.queries._backend import as_cypher, local_graph
from paperkg.queries.neighbours import edge_attrs
from paperkg.queries.papers import resolve_paper
from paperkg.queries.results import LikelyReference

__all__ = ["date_span", "likely_references", "not_later"]

_LINKS = (EdgeKind.BUILDS_ON.value, EdgeKind.CITES.value)


def date_span(published: str | None, year: int | None, precision: str | None) -> tuple[int, int] | None:
    """Return the first and last day (ordinals) a paper's date may be, or ``None`` when its year is unknown.

    A day is itself; a month runs from its first to its last day; a year from
    1 January to 31 December.

    Examples
    --------
    >>> date_span("2023-05", 2023, "month") == (dt.date(2023, 5, 1).toordinal(), dt.date(2023, 5, 31).toordinal())
    True
    """
    precision = str(precision or "")
    if precision in ("unknown", "year-unknown") or year is None:
        return None
    text = published or ""
    try:
        if precision == "day" and len(text) >= 10:
            day = dt.date.fromisoformat(text[:10]).toordinal()
            return (day, day)
        if precision in ("day", "month") and len(text) >= 7:
            y, m = int(text[:4]), int(text[5:7])
            last = calendar.monthrange(y, m)[1]
            return (dt.date(y, m, 1).toordinal(), dt.date(y, m, last).toordinal())
    except ValueError:
        pass  # a malformed date falls back to its year, which the loaders checked
    return (dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal())


def not_later(candidate: tuple[int, int] | None, root: tuple[int, int] | None) -> bool | None:
    """Whether a paper may be dated no later than the root: ``None`` when either date is unknown.

    Overlapping spans count as not later (a May 2023 paper may cite one from 2023).
    """
    if candidate is None or root is None:
        return None
    return candidate[0] <= root[1]


@dataclass
class _Candidate:
    """One paper the root may build on: what the graph says about the pair."""

    props: dict[str, Any]
    linked: set[str] = field(default_factory=set)
    score: float | None = None
    earlier_rank: int | None = None
    undated_rank: int | None = None


def likely_references(
    store: GraphStore, paper: str, k: int = 10, include_undated: bool = False
) -> list[LikelyReference]:
    """Return the ``k`` papers dated no later than ``paper`` that it most likely builds on or cites.

    Papers it has a BUILDS_ON or CITES edge to come first (both kinds before
    one, then by score); then its SIMILAR_TO neighbours among the earlier papers,
    which the build ranks by the hybrid score (see
    :mod:`paperkg.similarity.hybrid`), highest first. A paper whose order to
    ``paper`` is unknown (either date lacks a year) is a candidate only with
    ``include_undated``.

    Parameters
    ----------
    store
        Any graph store.
    paper
        A reference to the paper.
    k
        How many papers, at least 1.
    include_undated
        Also consider papers whose order to ``paper`` is unknown.

    Returns
    -------
    list of LikelyReference
        Most likely first; ``linked`` names the edge kinds from ``paper`` to it,
        ``score`` is the SIMILAR_TO score (``None`` for a linked paper without one),
        ``undated`` marks a paper whose order is unknown.

    Raises
    ------
    PaperNotFound, AmbiguousPaper
        When ``paper`` does not name exactly one paper.
    QueryError
        When ``k`` is below 1.
    """
    if k < 1:
        raise QueryError(f"k must be at least 1, got {k}")
    root = resolve_paper(store, paper)
    root_span = date_span(root.published, root.year, root.date_precision)
    server = as_cypher(store)
    if server is not None:
        found = _cypher(server, root.id)
    else:
        kinds = [EdgeKind.BUILDS_ON, EdgeKind.CITES, EdgeKind.SIMILAR_TO]
        found = _networkx(local_graph(store, [root.id], kinds, direction="out"), root.id)
    rows: list[tuple[tuple[Any, ...], LikelyReference]] = []
    for other, cand in found.items():
        if other == root.id:
            continue
        order = not_later(
            date_span(cand.props.get("published"), cand.props.get("year"), cand.props.get("date_precision")),
            root_span,
        )
        if order is False or (order is None and not include_undated):
            continue
        if not cand.linked and (cand.undated_rank if order is None else cand.earlier_rank) is None:
            continue  # a neighbour overall, but not among the nearest earlier ones
        score = cand.score
        key = (
            -len(cand.linked),
            -(score if score is not None else -math.inf),
            other,
        )
        rows.append(
            (
                key,
                LikelyReference(
                    id=other,
                    label=cand.props.get("label") or cand.props.get("title") or other,
                    year=cand.props.get("year"),
                    score=score,
                    rank=0,
                    linked=sorted(cand.linked),
                    undated=order is None,
                ),
            )
        )
    rows.sort(key=lambda r: r[0])
    return [ref.model_copy(update={"rank": i}) for i, (_, ref) in enumerate(rows[:k], start=1)]


def _candidate(found: dict[str, _Candidate], node: str, props: dict[str, Any]) -> _Candidate:
    cand = found.get(node)
    if cand is None:
        cand = found[node] = _Candidate(props=props)
    return cand


def _networkx(graph: nx.MultiDiGraph, root: str) -> dict[str, _Candidate]:
    """Candidates from the root's outgoing BUILDS_ON, CITES and SIMILAR_TO edges."""
    found: dict[str, _Candidate] = {}
    for other, keys in graph.succ[root].items():
        props = graph.nodes[other]
        if props.get("kind") != "paper":
            continue
        for kind, data in keys.items():
            if kind in _LINKS:
                _candidate(found, other, props).linked.add(kind)
            elif kind == EdgeKind.SIMILAR_TO.value:
                _similar(_candidate(found, other, props), data.get("score"), data.get("attrs"))
    return found


def _similar(cand: _Candidate, score: float | None, attrs: Any) -> None:
    extra = edge_attrs(attrs)
    cand.score = score
    cand.earlier_rank = extra.get("earlier_rank")
    cand.undated_rank = extra.get("undated_rank")


def _cypher(store: CypherStore, root: str) -> dict[str, _Candidate]:
    """The same candidates from the two Cypher statements."""
    found: dict[str, _Candidate] = {}
    for row in store.run(cypher.LIKELY_LINKED, {"id": root}):
        props = row["paper"]
        _candidate(found, props["id"], props).linked.add(row["kind"])
    for row in store.run(cypher.LIKELY_SIMILAR, {"id": root}):
        props = row["paper"]
        _similar(_candidate(found, props["id"], props), row["score"], row["attrs"])
    return found
