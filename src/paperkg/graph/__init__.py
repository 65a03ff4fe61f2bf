"""Graph stores and building: the GraphStore protocol, the SQLite and NetworkX stores, the build pipeline."""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paperkg.exceptions import StoreError
from paperkg.graph.networkx_store import NetworkXStore
from paperkg.graph.sqlite_store import SQLiteStore
from paperkg.graph.store import CypherStore, GraphStore, IndexedStore

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

# "networkx" is the embedded store's name before it was SQLite, kept so existing commands work.
STORE_KINDS = ("sqlite", "networkx", "neo4j", "falkordb")
EMBEDDED_KINDS = ("sqlite", "networkx")


# The build pulls in every loader and the inference models; a lookup opens a store without them.
_FROM_BUILD = frozenset({"BuildOptions", "BuildReport", "add_papers", "build_graph"})


def __getattr__(name: str) -> Any:
    if name in _FROM_BUILD:
        return getattr(importlib.import_module("paperkg.graph.build"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def default_data_dir() -> Path:
    """Return the data directory: ``$PAPERKG_DATA_DIR`` or ``./paperkg-data``."""
    return Path(os.environ.get("PAPERKG_DATA_DIR") or "paperkg-data")


def open_store(
    kind: str = "sqlite",
    *,
    data_dir: str | Path | None = None,
    writable: bool = False,
    create: bool = False,
    replace_unreadable: bool = False,
) -> GraphStore:
    """Open a store by kind: ``sqlite`` (the data directory), ``neo4j`` or ``falkordb``.

    ``networkx``, the embedded store's former name, opens the same SQLite store.
    Server stores read their connection settings from the environment
    (``NEO4J_URI``... or ``FALKORDB_URL``). ``replace_unreadable`` moves a
    damaged embedded store aside and starts an empty one (``build --force``).

    Raises
    ------
    StoreError
        When the kind is unknown or the store cannot be opened.
    """
    if kind in EMBEDDED_KINDS:
        return SQLiteStore.open(
            data_dir or default_data_dir(), writable=writable, create=create, replace_unreadable=replace_unreadable
        )
    if kind in ("neo4j", "falkordb"):
        servers = importlib.import_module("paperkg.graph.servers")
        store: GraphStore = servers.open_server_store(kind)
        return store
    raise StoreError(f"unknown store {kind!r}; choose one of {', '.join(STORE_KINDS)}")
