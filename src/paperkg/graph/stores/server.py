"""Graph server stores: the Cypher-backed GraphStore both servers share, and opening one by kind."""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from enum import Enum
from typing import Any, TypeVar

from pydantic import BaseModel

from paperkg.exceptions import StoreError
from paperkg.graph.stores import cypher
from paperkg.graph.stores.protocol import GraphStore
from paperkg.models import ENTITY_KINDS, Edge, EdgeKind, Entity, Paper

__all__ = ["DEFAULT_BATCH_SIZE", "ServerStore", "edge_row", "node_row", "open_server_store", "push_graph"]

DEFAULT_BATCH_SIZE = 1000
T = TypeVar("T")
# Fields a server cannot hold as they are (maps, lists of maps): stored as JSON strings.
_JSON_FIELDS: dict[str, tuple[str, ...]] = {
    "paper": ("references", "provenance", "external_ids", "author_ids"),
    "edge": ("attrs",),
}


def _props(data: dict[str, Any], json_fields: tuple[str, ...]) -> dict[str, Any]:
    """Drop nulls and empty collections (they read back as the model's default); encode nested fields as JSON."""
    # v != [] and v != {} are cheap for scalars; this runs once per node or edge written.
    props = {k: v for k, v in data.items() if v is not None and v != [] and v != {}}
    for name in json_fields:
        if name in props:
            props[name] = json.dumps(_jsonable(props[name]), ensure_ascii=False, sort_keys=True)
    precision = props.get("date_precision")
    if isinstance(precision, Enum):
        props["date_precision"] = precision.value
    return props


def _loose_props(data: dict[str, Any]) -> dict[str, Any]:
    """Props of an attribute dict of unknown shape (external nodes): nested values as JSON."""
    props = _props(data, ())
    for name, value in props.items():
        if isinstance(value, dict) or (
            isinstance(value, list) and isinstance(value[0], (BaseModel, dict, list))
        ):
            props[name] = json.dumps(_jsonable(value), ensure_ascii=False, sort_keys=True)
        elif isinstance(value, Enum):
            props[name] = value.value
    return props


def _jsonable(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


def node_row(node: Paper | Entity | dict[str, Any]) -> dict[str, Any]:
    """Return the UNWIND row ``{id, props}`` of a node: a model, or an attribute dict with ``id`` and ``kind``."""
    if isinstance(node, dict):
        return {"id": node["id"], "props": _loose_props(node)}
    return {"id": node.id, "props": _props(node.__dict__, _JSON_FIELDS.get(node.kind, ()))}


def edge_row(edge: Edge) -> dict[str, Any]:
    """Return the UNWIND row of an edge; its kind is the relationship type, not a property."""
    data = {k: v for k, v in edge.__dict__.items() if k not in ("kind", "source", "target")}
    return {"source": edge.source, "target": edge.target, "props": _props(data, _JSON_FIELDS["edge"])}


def _decode(props: dict[str, Any], kind: str) -> dict[str, Any]:
    data = dict(props)
    data.pop("embedding", None)  # the vector index's property, not a model field
    for name in _JSON_FIELDS.get(kind, ()):
        if isinstance(data.get(name), str):
            data[name] = json.loads(data[name])
    return data


def paper_from(props: dict[str, Any]) -> Paper:
    """Return the Paper a server node's properties describe."""
    return Paper.model_validate(_decode(props, "paper"))


def edge_from(source: str, target: str, kind: str, props: dict[str, Any]) -> Edge:
    """Return the Edge a server relationship describes."""
    data = _decode(props, "edge")
    return Edge.model_validate({**data, "kind": kind, "source": source, "target": target})


class ServerStore(ABC):
    """The GraphStore protocol written once in Cypher; subclasses supply :meth:`run`.

    Writes go in ``UNWIND $rows`` batches of ``batch_size`` rows, each batch one
    transaction that MERGEs on the id, so a batch cut off by a failure can be
    re-run and re-running a whole load converges to the same graph.
    """

    name = "server"
    dialect: cypher.Dialect

    def __init__(self, *, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        if batch_size < 1:
            raise StoreError(f"batch size must be at least 1, got {batch_size}")
        self.batch_size = batch_size

    # -- the one primitive ---------------------------------------------------------

    @abstractmethod
    def run(
        self, query: str, params: dict[str, Any] | None = None, *, write: bool = False
    ) -> list[dict[str, Any]]:
        """Run one statement and return its records as dicts."""

    def write_rows(self, statement: str, rows: list[dict[str, Any]]) -> int:
        """Run ``statement`` over ready-made ``rows`` in batches; return the sum of its ``written`` column."""
        return self._write_batches(statement, rows, lambda row: row)

    def _write_batches(
        self, statement: str, items: Sequence[T], to_row: Callable[[T], dict[str, Any]]
    ) -> int:
        """Write ``items`` as rows in batches, turning the next batch into rows while the server runs this one.

        The conversion runs in one helper thread; the client waits on its socket
        without the GIL, so the two overlap.
        """
        batches = [items[i : i + self.batch_size] for i in range(0, len(items), self.batch_size)]
        if not batches:
            return 0

        def convert(batch: Sequence[T]) -> list[dict[str, Any]]:
            return [to_row(item) for item in batch]

        written = 0
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="paperkg-rows") as pool:
            pending = pool.submit(convert, batches[0])
            for index in range(len(batches)):
                rows = pending.result()
                if index + 1 < len(batches):
                    pending = pool.submit(convert, batches[index + 1])
                records = self.run(statement, {"rows": rows}, write=True)
                written += int(records[0]["written"]) if records else 0
        return written

    def _drain(self, statement: str, params: dict[str, Any] | None = None) -> int:
        """Repeat a ``LIMIT $batch`` delete until it deletes nothing; return the total."""
        total = 0
        while True:
            records = self.run(statement, {**(params or {}), "batch": self.batch_size}, write=True)
            deleted = int(records[0]["deleted"]) if records else 0
            total += deleted
            if deleted == 0:
                return total

    # -- writing -------------------------------------------------------------------

    def _upsert_nodes(self, nodes: Iterable[Paper | Entity | dict[str, Any]]) -> int:
        by_kind: dict[str, list[Paper | Entity | dict[str, Any]]] = defaultdict(list)
        for node in nodes:
            kind = node["kind"] if isinstance(node, dict) else node.kind
            by_kind[kind].append(node)
        for kind, items in by_kind.items():
            if kind == "paper":
                self._promote_external([n["id"] if isinstance(n, dict) else n.id for n in items])
            self._write_batches(cypher.upsert_nodes_of(kind), items, node_row)
        return sum(len(r) for r in by_kind.values())

    def _promote_external(self, ids: list[str]) -> None:
        """Relabel external nodes that are now papers, so the papers' MERGE finds them."""
        records = self.run(cypher.COUNT_EXTERNAL)
        if not records or not int(records[0]["n"]):
            return
        for start in range(0, len(ids), self.batch_size):
            self.run(cypher.PROMOTE_EXTERNAL, {"ids": ids[start : start + self.batch_size]}, write=True)

    def upsert_papers(self, papers: Iterable[Paper]) -> int:
        """Insert or replace papers by id; return how many were written."""
        return self._upsert_nodes(papers)

    def upsert_entities(self, entities: Iterable[Entity]) -> int:
        """Insert or replace Method, Dataset and MethodFamily nodes by id."""
        return self._upsert_nodes(entities)

    def upsert_external(self, nodes: Iterable[dict[str, Any]]) -> int:
        """Insert lightweight external nodes (unresolved references) given as attribute dicts."""
        return self._upsert_nodes({**attrs, "kind": "external"} for attrs in nodes)

    def upsert_edges(self, edges: Iterable[Edge]) -> int:
        """Insert or replace edges keyed on (source, target, kind).

        Raises
        ------
        StoreError
            When an edge refers to a node the server does not hold.
        """
        by_kind: dict[str, list[Edge]] = defaultdict(list)
        for edge in edges:
            by_kind[edge.kind.value].append(edge)
        total = 0
        for kind, rows in by_kind.items():
            written = self._write_batches(cypher.upsert_edges_of(kind), rows, edge_row)
            if written != len(rows):
                raise StoreError(
                    f"{len(rows) - written} of {len(rows)} {kind} edges refer to nodes the server does not "
                    "hold; write the papers and entities first"
                )
            total += written
        return total

    def delete_nodes(self, ids: Iterable[str]) -> int:
        """Delete nodes and their edges; return how many nodes were deleted."""
        wanted = list(dict.fromkeys(ids))
        total = 0
        for start in range(0, len(wanted), self.batch_size):
            records = self.run(
                cypher.DELETE_NODES, {"ids": wanted[start : start + self.batch_size]}, write=True
            )
            total += int(records[0]["deleted"]) if records else 0
        return total

    def node_ids_of_kind(self, kind: str) -> list[str]:
        """Return the id of every node of one kind, without their attributes."""
        return [str(r["id"]) for r in self.run(cypher.node_ids_of(kind))]

    def delete_edges(self, kinds: Iterable[EdgeKind]) -> int:
        """Delete every edge of the given kinds; return how many were deleted."""
        return sum(self._drain(cypher.delete_edges_of(kind)) for kind in kinds)

    def delete_entities(self) -> int:
        """Delete every Method, Dataset and MethodFamily node (before re-inference)."""
        return self._drain(cypher.DELETE_ENTITIES)

    def clear(self) -> None:
        """Delete every node and edge (metadata stays)."""
        self._drain(cypher.CLEAR_BATCH)

    # -- embeddings ----------------------------------------------------------------

    def create_vector_index(self, dimensions: int) -> None:
        """Create the cosine vector index on ``Paper.embedding`` (idempotent); return once it answers queries.

        Raises
        ------
        QueryError
            When ``dimensions`` is out of range, the server has no vector index, or
            the index is not online within the dialect's wait.
        """
        self.run(cypher.vector_index(self.dialect, dimensions), write=True)
        if self.dialect.await_vector_index:
            self.run(self.dialect.await_vector_index, write=True)

    def upsert_embeddings(self, vectors: Mapping[str, Sequence[float]]) -> int:
        """Store each paper's embedding (``{paper id: vector}``); return how many papers got one.

        Write papers first: upserting a paper replaces all its properties, its embedding included.
        """
        rows = [{"id": pid, "vector": [float(x) for x in vector]} for pid, vector in vectors.items()]
        return self.write_rows(self.dialect.set_embeddings, rows)

    def nearest(self, vector: Sequence[float], k: int = 10) -> list[tuple[str, float]]:
        """Return the ``k`` papers whose embedding is nearest ``vector``, nearest first.

        Scores are the server's own: FalkorDB gives the cosine distance (0 is
        identical), Neo4j the similarity (1 is identical).
        """
        rows = self.run(self.dialect.nearest, {"k": int(k), "vector": [float(x) for x in vector]})
        return [(r["id"], float(r["score"])) for r in rows]

    # -- reading -------------------------------------------------------------------

    def get_paper(self, paper_id: str) -> Paper | None:
        """Return the paper with this id, or None."""
        records = self.run(cypher.GET_PAPER, {"id": paper_id})
        return paper_from(records[0]["props"]) if records else None

    def papers(self) -> Iterator[Paper]:
        """Iterate over every paper."""
        for record in self.run(cypher.PAPERS):
            yield paper_from(record["props"])

    def entities(self, kind: str | None = None) -> Iterator[Entity]:
        """Iterate over entity nodes, optionally of one kind."""
        kinds = [kind] if kind is not None else list(ENTITY_KINDS)
        for record in self.run(cypher.READ_ENTITIES, {"kinds": kinds}):
            props = record["props"]
            yield ENTITY_KINDS[props["kind"]].model_validate(props)

    def edges(self, kinds: Iterable[EdgeKind] | None = None) -> Iterator[Edge]:
        """Iterate over edges, optionally of some kinds."""
        wanted = [EdgeKind(k).value for k in kinds] if kinds is not None else sorted(cypher.REL_TYPES)
        for record in self.run(cypher.READ_EDGES, {"kinds": wanted}):
            yield edge_from(record["source"], record["target"], record["kind"], record["props"])

    def counts(self) -> dict[str, dict[str, int]]:
        """Return ``{"nodes": {kind: n}, "edges": {kind: n}}``."""
        nodes = {r["kind"]: int(r["n"]) for r in self.run(cypher.COUNT_NODES)}
        edges = {r["kind"]: int(r["n"]) for r in self.run(cypher.COUNT_EDGES)}
        return {"nodes": dict(sorted(nodes.items())), "edges": dict(sorted(edges.items()))}

    def get_meta(self) -> dict[str, Any]:
        """Return store-level metadata (last build summary, settings)."""
        records = self.run(cypher.GET_META)
        if not records or not records[0]["json"]:
            return {}
        meta: dict[str, Any] = json.loads(records[0]["json"])
        return meta

    def set_meta(self, meta: dict[str, Any]) -> None:
        """Replace store-level metadata."""
        self.run(cypher.SET_META, {"json": json.dumps(meta, ensure_ascii=False, default=str)}, write=True)

    def save(self) -> None:
        """Nothing to do: every batch is committed as it is written."""
        return None

    @abstractmethod
    def close(self) -> None:
        """Release the connection."""

    def __enter__(self) -> ServerStore:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.close()


def open_server_store(kind: str, **options: Any) -> GraphStore:
    """Open a graph server store by kind, configured from the environment and ``options``.

    Parameters
    ----------
    kind
        ``"neo4j"`` (``NEO4J_URI``, ``NEO4J_USERNAME``, ``NEO4J_PASSWORD``,
        ``NEO4J_DATABASE``) or ``"falkordb"`` (``FALKORDB_URL``, ``FALKORDB_GRAPH``).
    options
        Keyword arguments of the store's ``connect`` (e.g. ``uri``, ``url``,
        ``graph``, ``batch_size``) overriding the environment.

    Raises
    ------
    ServerError
        When the server is unreachable or refuses the credentials.
    MissingDependency
        When the client library is not installed.
    StoreError
        When the kind is not a server.
    """
    if kind == "falkordb":
        from paperkg.graph.stores.falkordb import FalkorDBStore

        return FalkorDBStore.connect(**options)
    if kind == "neo4j":
        from paperkg.graph.stores.neo4j import Neo4jStore

        return Neo4jStore.connect(**options)
    raise StoreError(f"unknown graph server {kind!r}; choose neo4j or falkordb")


def push_graph(source: GraphStore, target: GraphStore, *, replace: bool = False) -> dict[str, dict[str, int]]:
    """Copy every node, edge and the metadata of ``source`` into ``target``.

    Writes are upserts, so pushing twice changes nothing; with ``replace`` the
    target is emptied first, so it ends holding exactly the source's graph.

    Parameters
    ----------
    source
        The store to read, usually the embedded NetworkX store.
    target
        An open server store.
    replace
        Clear the target before copying.

    Returns
    -------
    dict
        The target's counts after the push.

    Raises
    ------
    ServerError
        When the server fails during the copy; pushing again resumes it.
    """
    from paperkg.graph.stores.protocol import IndexedStore

    if replace:
        target.clear()
    # Streamed in chunks: the source is never held whole (a million papers, tens of millions of edges).
    for papers in _chunked(source.papers(), PUSH_CHUNK):
        target.upsert_papers(papers)
    if isinstance(source, IndexedStore):
        external = [dict(a) for _, a in source.nodes_of_kind("external")]
        upsert_external = getattr(target, "upsert_external", None)
        if external and upsert_external is not None:
            upsert_external(external)
    for entities in _chunked(source.entities(), PUSH_CHUNK):
        target.upsert_entities(entities)
    for edges in _chunked(source.edges(), PUSH_CHUNK):
        target.upsert_edges(edges)
    target.set_meta(source.get_meta())
    return target.counts()


# Nodes or edges read from the source and handed to the target at a time by push_graph.
PUSH_CHUNK = 20_000


def _chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Yield lists of up to ``size`` items, in order."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
