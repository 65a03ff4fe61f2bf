"""The FalkorDB store: the shared Cypher over FalkorDB's native (Redis) protocol."""

from __future__ import annotations

import os
import time
from typing import Any
from urllib.parse import urlsplit

from paperkg.exceptions import MissingDependency, QueryError, ServerError
from paperkg.graph.stores import cypher
from paperkg.graph.stores.server import DEFAULT_BATCH_SIZE, ServerStore

__all__ = ["DEFAULT_GRAPH", "DEFAULT_URL", "FalkorDBStore"]

DEFAULT_URL = "redis://127.0.0.1:6379"
DEFAULT_GRAPH = "paperkg"
# an index FalkorDB builds in the background answers queries once in this state (db.indexes() status)
_OPERATIONAL = "OPERATIONAL"
# how long create_vector_index waits for it, in seconds
_INDEX_WAIT = 30.0


def _safe_url(url: str) -> str:
    """Return the URL without its password, for messages."""
    parts = urlsplit(url)
    host = parts.hostname or "?"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}"


class FalkorDBStore(ServerStore):
    """A GraphStore on a FalkorDB server, one named graph per store.

    Reads go through ``ro_query`` (the server refuses writes there); writes
    are batches of ``UNWIND $rows ... MERGE``, each one atomic on the server.

    Examples
    --------
    >>> store = FalkorDBStore.connect(url="redis://127.0.0.1:6379", graph="paperkg")  # doctest: +SKIP
    """

    name = "falkordb"
    dialect = cypher.DIALECTS["falkordb"]

    def __init__(self, db: Any, graph: str, url: str, *, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        super().__init__(batch_size=batch_size)
        self._db = db
        self.graph_name = graph
        self.url = _safe_url(url)
        self._graph = db.select_graph(graph)
        self._errors = _client_errors()

    @classmethod
    def connect(
        cls, url: str | None = None, graph: str | None = None, *, batch_size: int = DEFAULT_BATCH_SIZE
    ) -> FalkorDBStore:
        """Connect to FalkorDB and make sure the id index and constraint exist.

        Parameters
        ----------
        url
            ``redis://[:password@]host:port``; ``$FALKORDB_URL`` or
            ``redis://127.0.0.1:6379`` by default.
        graph
            The graph's name; ``$FALKORDB_GRAPH`` or ``paperkg`` by default.
        batch_size
            Rows per write statement.

        Raises
        ------
        ServerError
            When the server does not answer or refuses us.
        MissingDependency
            When the ``falkordb`` client is not installed.
        """
        try:
            from falkordb import FalkorDB
        except ImportError as e:
            raise MissingDependency(
                "the FalkorDB store needs the falkordb client: pip install 'paperkg[falkordb]'"
            ) from e
        url = url or os.environ.get("FALKORDB_URL") or DEFAULT_URL
        graph = graph or os.environ.get("FALKORDB_GRAPH") or DEFAULT_GRAPH
        errors = _client_errors()
        try:
            db = FalkorDB.from_url(url)
            db.connection.ping()
        except errors as e:
            raise ServerError(
                f"FalkorDB at {_safe_url(url)} is not reachable ({_first_line(e)}); start it or set FALKORDB_URL"
            ) from e
        store = cls(db, graph, url, batch_size=batch_size)
        store.ensure_schema()
        return store

    def ensure_schema(self) -> None:
        """Create the ``Node.id`` and ``Node.kind`` indexes and the unique ``id`` constraint, once."""
        indexed = {
            prop
            for record in self.run("CALL db.indexes() YIELD label, properties RETURN label, properties")
            if record["label"] == "Node"
            for prop in record["properties"]
        }
        for statement, prop in zip(self.dialect.schema, ("id", "kind"), strict=True):
            if prop not in indexed:
                self.run(statement, write=True)
        constraints = self.run(
            "CALL db.constraints() YIELD type, label, properties RETURN type, label, properties"
        )
        if not any(
            c["type"] == "UNIQUE" and c["label"] == "Node" and c["properties"] == ["id"] for c in constraints
        ):
            self._command(
                "GRAPH.CONSTRAINT", "CREATE", self.graph_name, "UNIQUE", "NODE", "Node", "PROPERTIES", 1, "id"
            )

    def _vector_index_status(self) -> str | None:
        """Return the state of the vector index on ``Paper.embedding`` ("OPERATIONAL" once built), or None."""
        rows = self.run(
            "CALL db.indexes() YIELD label, properties, types, status RETURN label, properties, types, status"
        )
        for r in rows:
            if r["label"] == "Paper" and "VECTOR" in (r["types"] or {}).get("embedding", []):
                return str(r["status"])
        return None

    def _has_vector_index(self) -> bool:
        return self._vector_index_status() is not None

    def create_vector_index(self, dimensions: int, wait: float = _INDEX_WAIT) -> None:
        """Create the cosine vector index on ``Paper.embedding`` unless one exists (no IF NOT EXISTS here).

        FalkorDB builds an index in the background: until it is operational, a
        ``nearest`` query is refused ("Invalid arguments for procedure") or finds
        too few papers, and vectors written meanwhile may be left out. So this
        returns once the index is operational.

        Raises
        ------
        ServerError
            When the index is not operational after ``wait`` seconds.
        """
        status = self._vector_index_status()
        if status is None:
            self.run(cypher.vector_index(self.dialect, dimensions), write=True)
            status = self._vector_index_status()
        deadline = time.monotonic() + wait
        pause = 0.005
        while status != _OPERATIONAL:
            if time.monotonic() > deadline:
                raise ServerError(
                    f"FalkorDB at {self.url} is still building the vector index on Paper.embedding after "
                    f"{wait:g} s (its state: {status}); run the command again once the server is less busy"
                )
            time.sleep(pause)
            pause = min(pause * 2, 0.25)
            status = self._vector_index_status()

    def clear(self) -> None:
        """Delete every node and edge (metadata stays), and the vector index with them.

        FalkorDB's vector index keeps the papers deleted under it: papers written again under
        their old ids were then found in fewer of ``nearest``'s ``k`` places, or in none.
        """
        if self._has_vector_index():
            self.run("DROP VECTOR INDEX FOR (n:Paper) ON (n.embedding)", write=True)
        super().clear()

    def _command(self, *args: Any) -> Any:
        try:
            return self._db.connection.execute_command(*args)
        except self._errors as e:
            raise ServerError(f"FalkorDB at {self.url} failed: {_first_line(e)}") from e

    def run(
        self, query: str, params: dict[str, Any] | None = None, *, write: bool = False
    ) -> list[dict[str, Any]]:
        """Run one statement; read-only through ``ro_query`` unless ``write``.

        Raises
        ------
        ServerError
            When the connection fails or is lost mid-statement.
        QueryError
            When the server rejects the statement (syntax, a write in read-only mode).
        """
        from redis.exceptions import ResponseError, TimeoutError

        if not write:
            cypher.refuse_outbound(query)
        try:
            result = self._graph.query(query, params) if write else self._graph.ro_query(query, params)
        except ResponseError as e:
            if not write and "empty key" in str(e):
                return []  # the graph does not exist yet: nothing to read
            raise QueryError(f"FalkorDB rejected the statement: {_first_line(e)}") from e
        except TimeoutError as e:
            raise ServerError(
                f"FalkorDB at {self.url} did not answer in time ({_first_line(e)}); "
                "narrow the query or raise the server's TIMEOUT"
            ) from e
        except self._errors as e:
            raise ServerError(
                f"lost FalkorDB at {self.url} ({_first_line(e)}); restart it and run the command again "
                "(loads are idempotent and converge)"
            ) from e
        names = [column[1] if isinstance(column, (list, tuple)) else column for column in result.header]
        return [dict(zip(names, (_plain(v) for v in row), strict=True)) for row in result.result_set]

    def close(self) -> None:
        """Close the connection pool."""
        connection = self._db.connection
        close = getattr(connection, "close", None)
        if close is not None:
            close()
        # FalkorDB.from_url hands the client a pool made elsewhere, and redis's close() leaves a
        # pool it was handed open: its sockets stayed open until the GC found them.
        pool = getattr(connection, "connection_pool", None)
        if pool is not None:
            pool.disconnect()


def _client_errors() -> tuple[type[BaseException], ...]:
    """Return the client's connection-level errors (not statement errors)."""
    from redis.exceptions import AuthenticationError, ConnectionError, TimeoutError

    return (ConnectionError, TimeoutError, AuthenticationError, OSError)


def _first_line(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0]


def _plain(value: Any) -> Any:
    """Turn FalkorDB nodes, edges and paths into plain data; leave the rest."""
    from falkordb import Edge, Node, Path

    if isinstance(value, Node):
        return {"labels": list(value.labels or []), "properties": dict(value.properties)}
    if isinstance(value, Edge):
        return {"type": value.relation, "properties": dict(value.properties)}
    if isinstance(value, Path):
        return {"nodes": [_plain(n) for n in value.nodes()], "edges": [_plain(e) for e in value.edges()]}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
