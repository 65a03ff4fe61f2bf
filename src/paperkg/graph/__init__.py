"""Graphs: building them (load, merge, the inference stages, write) and the stores they live in (``stores``)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from paperkg.graph.stores import (
    EMBEDDED_KINDS,
    STORE_KINDS,
    CypherStore,
    GraphStore,
    IndexedStore,
    default_data_dir,
    open_store,
)
from paperkg.graph.stores.networkx import NetworkXStore
from paperkg.graph.stores.sqlite import SQLiteStore

if TYPE_CHECKING:
    from paperkg.graph.build import BuildOptions, BuildReport, add_papers, build_graph

__all__ = [
    "EMBEDDED_KINDS",
    "STORE_KINDS",
    "BuildOptions",
    "BuildReport",
    "CypherStore",
    "GraphStore",
    "IndexedStore",
    "NetworkXStore",
    "SQLiteStore",
    "add_papers",
    "build_graph",
    "default_data_dir",
    "open_store",
]

# The build pulls in every loader and the inference models; a lookup opens a store without them.
_FROM_BUILD = frozenset({"BuildOptions", "BuildReport", "add_papers", "build_graph"})


def __getattr__(name: str) -> Any:
    if name in _FROM_BUILD:
        return getattr(importlib.import_module("paperkg.graph.build"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
