"""Edges as store rows: the bulk edges of a build, held compact and made into rows when written."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Generic, TypeVar

__all__ = ["EdgeRows"]

_Item = TypeVar("_Item")


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
    """

    def __init__(self, items: list[_Item], row: Callable[[_Item], dict[str, Any]]) -> None:
        self._items = items
        self._row = row

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return map(self._row, self._items)
