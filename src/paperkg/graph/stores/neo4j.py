"""The Neo4j store: the shared Cypher over the official driver, in managed, retried transactions."""

from __future__ import annotations

import os
from typing import Any

from paperkg.exceptions import MissingDependency, QueryError, ServerError
from paperkg.graph.stores import cypher
from paperkg.graph.stores.server import DEFAULT_BATCH_SIZE, ServerStore

__all__ = ["DEFAULT_DATABASE", "Neo4jStore"]

DEFAULT_DATABASE = "neo4j"


def _collect(tx: Any, query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Run one statement in a transaction function and read every record."""
    return [record.data() for record in tx.run(query, params)]


class Neo4jStore(ServerStore):
    """A GraphStore on Neo4j 5 or later (a server, a cluster or Aura).

    Every statement runs in a managed transaction (``execute_write`` or
    ``execute_read``), which the driver retries on transient errors; every
    session names its database. The password is kept by the driver only.

    Examples
    --------
    >>> store = Neo4jStore.connect(uri="neo4j://localhost:7687", username="neo4j", password="...")  # doctest: +SKIP
    """

    name = "neo4j"
    dialect = cypher.DIALECTS["neo4j"]

    def __init__(self, driver: Any, database: str, uri: str, *, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        super().__init__(batch_size=batch_size)
        self._driver = driver
        self.database = database
        self.uri = uri

    @classmethod
    def connect(
        cls,
        uri: str | None = None,
        username: str | None = None,
        password: str | None = None,
        database: str | None = None,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        driver: Any = None,
    ) -> Neo4jStore:
        """Connect, check the connection and the credentials, and create the schema.

        Parameters
        ----------
        uri
            ``neo4j://``, ``neo4j+s://`` (Aura) or ``bolt://``; ``$NEO4J_URI``
            by default.
        username, password
            ``$NEO4J_USERNAME`` (default ``neo4j``) and ``$NEO4J_PASSWORD``.
        database
            ``$NEO4J_DATABASE`` or ``neo4j``.
        batch_size
            Rows per write transaction.
        driver
            An already made driver (tests); ``uri`` and the credentials are then unused.

        Raises
        ------
        ServerError
            When no URI is set, the server does not answer, or it refuses the credentials.
        MissingDependency
            When the ``neo4j`` driver is not installed.
        """
        uri = uri or os.environ.get("NEO4J_URI")
        if not uri:
            raise ServerError(
                "no Neo4j server given; set NEO4J_URI (e.g. neo4j://localhost:7687) or pass --url"
            )
        database = database or os.environ.get("NEO4J_DATABASE") or DEFAULT_DATABASE
        try:
            from neo4j import GraphDatabase
            from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable
        except ImportError as e:
            raise MissingDependency(
                "the Neo4j store needs the neo4j driver: pip install 'paperkg[neo4j]'"
            ) from e
        if driver is None:
            auth = (
                username or os.environ.get("NEO4J_USERNAME") or "neo4j",
                password or os.environ.get("NEO4J_PASSWORD") or "",
            )
            try:
                driver = GraphDatabase.driver(uri, auth=auth)
            except ValueError as e:
                raise ServerError(f"bad Neo4j URI {uri!r}: {e}") from e
        try:
            driver.verify_connectivity()
        except AuthError as e:
            driver.close()
            raise ServerError(
                f"Neo4j at {uri} refused the credentials; check NEO4J_USERNAME and NEO4J_PASSWORD"
            ) from e
        except (ServiceUnavailable, Neo4jError, OSError) as e:
            driver.close()
            raise ServerError(
                f"Neo4j at {uri} is not reachable; start it or set NEO4J_URI ({type(e).__name__})"
            ) from e
        store = cls(driver, database, uri, batch_size=batch_size)
        store.ensure_schema()
        return store

    def ensure_schema(self) -> None:
        """Create the unique ``Node.id`` constraint and the ``Node.kind`` index if they are missing."""
        for statement in self.dialect.schema:
            self.run(statement, write=True)

    def run(
        self, query: str, params: dict[str, Any] | None = None, *, write: bool = False
    ) -> list[dict[str, Any]]:
        """Run one statement in a managed transaction: write access only when ``write``.

        Raises
        ------
        ServerError
            When the server is lost or refuses us.
        QueryError
            When the server rejects the statement (syntax, a write in a read transaction).
        """
        from neo4j import READ_ACCESS, WRITE_ACCESS
        from neo4j.exceptions import ClientError, DriverError, Neo4jError, ServiceUnavailable, SessionExpired

        if not write:
            cypher.refuse_outbound(query)
        mode = WRITE_ACCESS if write else READ_ACCESS
        try:
            with self._driver.session(database=self.database, default_access_mode=mode) as session:
                work = session.execute_write if write else session.execute_read
                records: list[dict[str, Any]] = work(_collect, query, params or {})
                return records
        except ClientError as e:
            raise QueryError(f"Neo4j rejected the statement: {e.message or e.code}") from e
        except (ServiceUnavailable, SessionExpired, DriverError, Neo4jError, OSError) as e:
            raise ServerError(
                f"lost Neo4j at {self.uri} ({type(e).__name__}); run the command again "
                "(loads are idempotent and converge)"
            ) from e

    def close(self) -> None:
        """Close the driver."""
        self._driver.close()
