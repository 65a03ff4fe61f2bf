"""Edges as store rows: the bulk edges of a build, held compact and made into rows when written."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Set
from typing import Any, Generic, TypeVar

__all__ = ["EdgeItem", "EdgeRows", "item_row", "row_items"]

_Item = TypeVar("_Item")

# An edge as a store compares it: (source, target, evidence, payload), where ``payload`` holds the
# row's other attributes and is one dict shared by every edge that carries the same ones.
EdgeItem = tuple[str, str, str | None, dict[str, Any]]


def row_items(rows: Iterable[dict[str, Any]]) -> Iterator[EdgeItem]:
    """Yield store rows as ``(source, target, evidence, payload)`` items, each row its own payload."""
    for row in rows:
        yield row["source"], row["target"], row.get("evidence") or None, row


def item_row(kind: str, item: EdgeItem) -> dict[str, Any]:
    """Return the store row of an edge of ``kind`` (its value) given as a ``(source, target, evidence, payload)`` item."""
    source, target, evidence, payload = item
    row = dict(payload)
    row.update(kind=kind, source=source, target=target, evidence=evidence)
    return row


class EdgeRows(Generic[_Item]):
    """Edges as store rows (``Edge.model_dump(mode="json")`` less empty fields).

    A build stage makes millions of edges no later stage reads as models; a
    pydantic ``Edge`` each cost about 1.4 KB, a plain tuple a tenth of it. The
    edges are held as compact items and each made into a row when iterated;
    iterating again gives the same rows. ``len`` is the number of edges.

    Parameters
    ----------
    items
        One compact item per edge.
    row
        Makes an item's row.
    ends
        Gives an item's ``(source, target, evidence, payload key)``, where items with equal
        payload keys have rows equal but for source, target and evidence; with it,
        :meth:`items` hands out each distinct payload once, for a store to compare cheaply.
    """

    # items() takes the nodes whose edges are wanted (graph.build asks for those of a scope)
    touching_items = True

    def __init__(
        self,
        items: list[_Item],
        row: Callable[[_Item], dict[str, Any]],
        ends: Callable[[_Item], tuple[str, str, str | None, Hashable]] | None = None,
    ) -> None:
        self._items = items
        self._row = row
        self._ends = ends

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return map(self._row, self._items)

    def items(self, touching: Set[str] | None = None) -> Iterator[EdgeItem]:
        """Yield each edge as ``(source, target, evidence, payload)``, one payload dict per payload key.

        Without ``ends``, each row is its own payload. With ``touching``, only the edges with
        an end among those nodes: an add compares no other, and the others' payloads are not made.
        """
        ends = self._ends
        if ends is None:
            rows = row_items(self)
            yield from (
                rows if touching is None else (i for i in rows if i[0] in touching or i[1] in touching)
            )
            return
        payloads: dict[Hashable, dict[str, Any]] = {}
        for item in self._items:
            source, target, evidence, key = ends(item)
            if touching is not None and source not in touching and target not in touching:
                continue
            payload = payloads.get(key)
            if payload is None:
                payload = payloads[key] = self._row(item)
            yield source, target, evidence or None, payload
