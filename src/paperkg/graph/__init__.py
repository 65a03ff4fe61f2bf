"""Graph stores and building: the GraphStore protocol, the NetworkX store, and the build pipeline."""

from __future__ import annotations

import importlib
import os
from pathlib import Path

from paperkg.exceptions import StoreError
from paperkg.graph.build import BuildOptions, BuildReport, add_papers, build_graph
from paperkg.graph.networkx_store import NetworkXStore
from paperkg.graph.store import CypherStore, GraphStore

__all__ = [
    "STORE_KINDS",
    "BuildOptions",
    "BuildReport",
    "CypherStore",
    "GraphStore",
    "NetworkXStore",
    "add_papers",
    "build_graph",
    "default_data_dir",
    "open_store",
]

STORE_KINDS = ("networkx", "neo4j", "falkordb")


def default_data_dir() -> Path:
    """Return the data directory: ``$PAPERKG_DATA_DIR`` or ``./paperkg-data``."""
    return Path(os.environ.get("PAPERKG_DATA_DIR") or "paperkg-data")


def open_store(
    kind: str = "networkx",
    *,
    data_dir: str | Path | None = None,
    writable: bool = False,
    create: bool = False,
) -> GraphStore:
    """Open a store by kind: ``networkx`` (the data directory), ``neo4j`` or ``falkordb``.

    Server stores read their connection settings from the environment
    (``NEO4J_URI``... or ``FALKORDB_URL``).

    Raises
    ------
    StoreError
        When the kind is unknown or the store cannot be opened.
    """
    if kind == "networkx":
        return NetworkXStore.open(data_dir or default_data_dir(), writable=writable, create=create)
    if kind in ("neo4j", "falkordb"):
        servers = importlib.import_module("paperkg.graph.servers")
        store: GraphStore = servers.open_server_store(kind)
        return store
    raise StoreError(f"unknown store {kind!r}; choose one of {', '.join(STORE_KINDS)}")
