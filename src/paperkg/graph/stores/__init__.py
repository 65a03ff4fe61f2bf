"""The stores a graph lives in: the GraphStore protocol, and opening a store by kind.

One module per backend: :mod:`~paperkg.graph.stores.sqlite` (the embedded default,
its packed edge lists in :mod:`~paperkg.graph.stores.partners`),
:mod:`~paperkg.graph.stores.networkx` (the in-memory reference the others are
tested against), and the graph servers :mod:`~paperkg.graph.stores.falkordb` and
:mod:`~paperkg.graph.stores.neo4j`, which share :mod:`~paperkg.graph.stores.server`
and the Cypher of :mod:`~paperkg.graph.stores.cypher`. A backend imports the
protocol, never this factory; the factory imports a backend only when it opens one.
"""

from __future__ import annotations

import os
from pathlib import Path

from paperkg.exceptions import StoreError
from paperkg.graph.stores.protocol import NODE_KINDS, CypherStore, GraphStore, IndexedStore

__all__ = [
    "EMBEDDED_KINDS",
    "NODE_KINDS",
    "STORE_KINDS",
    "CypherStore",
    "GraphStore",
    "IndexedStore",
    "default_data_dir",
    "open_store",
]

# "networkx" is the embedded store's name before it was SQLite, kept so existing commands work.
STORE_KINDS = ("sqlite", "networkx", "neo4j", "falkordb")
EMBEDDED_KINDS = ("sqlite", "networkx")


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
        from paperkg.graph.stores.sqlite import SQLiteStore

        return SQLiteStore.open(
            data_dir or default_data_dir(),
            writable=writable,
            create=create,
            replace_unreadable=replace_unreadable,
        )
    if kind in ("neo4j", "falkordb"):
        from paperkg.graph.stores.server import open_server_store

        return open_server_store(kind)
    raise StoreError(f"unknown store {kind!r}; choose one of {', '.join(STORE_KINDS)}")
