"""The in-memory reference store: a NetworkX MultiDiGraph, saved whole to the embedded database.

:class:`NetworkXStore` holds the entire graph in one ``nx.MultiDiGraph``: the
reference every other store is tested against, and the store of the library's
in-memory work (:meth:`NetworkXStore.in_memory`). Opened on a data directory it
reads the SQLite database of :mod:`paperkg.graph.stores.sqlite` whole and writes it
back whole on save, in one transaction.

This module also reads the JSON Lines file of format version 1 (``graph.jsonl``),
which the SQLite store converts once:

- line 1, the header: ``{"format": "paperkg-graph", "version": 1, "nodes": N,
  "edges": M, "meta": {...}}``;
- then one line per node: ``{"node": {"id": ..., "kind": "paper"|"method"|..., ...}}``;
- then one line per edge: ``{"edge": {"source": ..., "target": ..., "kind": ..., ...}}``.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from paperkg._gc import cyclic_gc_paused
from paperkg._lazy import networkx as nx
from paperkg.exceptions import StoreCorrupt, StoreLocked, StoreVersionError
from paperkg.models import ENTITY_KINDS, Edge, EdgeKind, Entity, Paper

if TYPE_CHECKING:
    from paperkg.graph.stores.sqlite import SQLiteStore

__all__ = ["FORMAT_NAME", "FORMAT_VERSION", "GRAPH_FILE", "NetworkXStore", "read_jsonl_graph"]

FORMAT_NAME = "paperkg-graph"
# The version of the JSON Lines format this module reads (the database is version 2).
FORMAT_VERSION = 1
GRAPH_FILE = "graph.jsonl"
# Lines decoded per json.loads call when reading: one call per chunk, not per line, and the
# decoder shares one copy of each key string across the chunk instead of one per line.
_READ_CHUNK = 4096
# Longest line read from a version 1 file: a node or edge is kilobytes, never this.
_MAX_LINE = 64 * 1024 * 1024
# How records are encoded as JSON: compact, UTF-8 text left as it is.
encode_record = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def read_jsonl_graph(graph_file: Path) -> tuple[nx.MultiDiGraph, dict[str, Any]]:
    """Read a format version 1 graph file; return the graph and the store's metadata.

    Raises
    ------
    StoreCorrupt
        When the file is not a paperkg graph, is truncated, or a line is not a node or edge.
    StoreVersionError
        When the file was written by a newer format.
    """
    if not graph_file.is_file():
        raise StoreCorrupt(f"{graph_file} is not a regular file; move it away or run 'paperkg build --force FILES'")
    graph = nx.MultiDiGraph()
    try:
        with graph_file.open("r", encoding="utf-8") as handle:
            first = handle.readline(_MAX_LINE)
            try:
                header = json.loads(first)
            except (json.JSONDecodeError, RecursionError) as e:
                raise StoreCorrupt(f"{graph_file}, line 1: not a paperkg header") from e
            if not isinstance(header, dict) or header.get("format") != FORMAT_NAME:
                raise StoreCorrupt(f"{graph_file}: not a paperkg graph file")
            version = header.get("version")
            if not isinstance(version, int) or version > FORMAT_VERSION:
                raise StoreVersionError(
                    f"{graph_file} was written in format version {version}, newer than "
                    f"this paperkg reads ({FORMAT_VERSION}); upgrade paperkg"
                )
            meta = header.get("meta") or {}
            if not isinstance(meta, dict):
                raise StoreCorrupt(f"{graph_file}, line 1: the header's meta is not a map")
            edges = 0  # counted as they come: number_of_edges() walks the whole adjacency
            with cyclic_gc_paused():
                for first_number, records in _read_chunks(handle, graph_file):
                    edges += _insert(graph, records, first_number, graph_file)
    except UnicodeDecodeError as e:
        raise StoreCorrupt(f"{graph_file}: not UTF-8 text ({e.reason}); the file is damaged") from e
    expected = (header.get("nodes"), header.get("edges"))
    actual = (graph.number_of_nodes(), edges)
    if expected != actual:
        raise StoreCorrupt(
            f"{graph_file}: header promises {expected[0]} nodes and {expected[1]} edges, "
            f"file holds {actual[0]} and {actual[1]}; the file is truncated"
        )
    return graph, dict(meta)


def _insert(graph: nx.MultiDiGraph, records: list[Any], first_number: int, graph_file: Path) -> int:
    """Put decoded node and edge records into the graph, numbered from ``first_number``.

    Return how many edges were new (an edge written twice is one edge). The records
    become the graph's attribute dicts as they are, written straight into the
    MultiDiGraph's adjacency, as ``add_node`` and ``add_edge`` would leave them.
    """
    nodes = graph._node
    succ = graph._succ
    pred = graph._pred
    new_edges = 0
    for number, record in enumerate(records, start=first_number):
        if not isinstance(record, dict):
            raise StoreCorrupt(f"{graph_file}, line {number}: neither a node nor an edge")
        attrs = record.get("node")
        if attrs is not None:
            node = attrs.get("id") if isinstance(attrs, dict) else None
            if not isinstance(node, str) or not isinstance(attrs.get("kind"), str):
                raise StoreCorrupt(f"{graph_file}, line {number}: a node without a text id and kind")
            if node in nodes:
                nodes[node].update(attrs)
            else:
                nodes[node] = attrs
                succ[node] = {}
                pred[node] = {}
            continue
        attrs = record.get("edge")
        if attrs is None:
            raise StoreCorrupt(f"{graph_file}, line {number}: neither a node nor an edge")
        if not isinstance(attrs, dict) or not all(
            isinstance(attrs.get(k), str) for k in ("source", "target", "kind")
        ):
            raise StoreCorrupt(f"{graph_file}, line {number}: an edge without a text source, target and kind")
        source, target = attrs["source"], attrs["target"]
        if source not in nodes or target not in nodes:
            missing = source if source not in nodes else target
            raise StoreCorrupt(f"{graph_file}, line {number}: edge to {missing!r}, a node the file lacks")
        keys = succ[source].get(target)
        if keys is None:
            keys = succ[source][target] = pred[target][source] = {}
        key = attrs["kind"]
        if key in keys:
            keys[key].update(attrs)
        else:
            keys[key] = attrs
            new_edges += 1
    return new_edges


class NetworkXStore:
    """A GraphStore over an in-memory ``nx.MultiDiGraph`` saved to a data directory.

    Edges are keyed by their kind, so two nodes have at most one edge of each kind
    in each direction. Open it with :meth:`open`; use it as a context manager to
    save and release the lock on exit.

    Examples
    --------
    >>> store = NetworkXStore.in_memory()
    >>> store.upsert_papers([Paper(title="A", abstract="x")])
    1
    """

    name = "networkx"

    def __init__(self, data_dir: Path | None, *, writable: bool) -> None:
        self.data_dir = data_dir
        self.writable = writable
        self.graph: nx.MultiDiGraph = nx.MultiDiGraph()
        self.meta: dict[str, Any] = {}
        self.notices: list[str] = []
        self._backing: SQLiteStore | None = None
        self._dirty = False

    # -- opening ---------------------------------------------------------------

    @classmethod
    def in_memory(cls) -> NetworkXStore:
        """Return an empty store that is never written to disk."""
        return cls(None, writable=True)

    @classmethod
    def open(
        cls,
        data_dir: str | Path,
        *,
        writable: bool = False,
        create: bool = False,
        replace_unreadable: bool = False,
        lock_wait: float | None = None,
    ) -> NetworkXStore:
        """Read the whole store in ``data_dir`` into memory.

        Parameters
        ----------
        data_dir
            The data directory.
        writable
            Take the write lock; needed for :meth:`save`, which writes the graph back whole.
        create
            Create the directory and an empty store when none exists.
        replace_unreadable, lock_wait
            As :meth:`paperkg.graph.stores.sqlite.SQLiteStore.open`.

        Raises
        ------
        StoreError
            When there is no store and ``create`` is false, it is locked by
            another writer, damaged, or written by a newer paperkg.
        """
        from paperkg.graph.stores.sqlite import SQLiteStore

        path = Path(data_dir)
        backing = SQLiteStore.open(
            path, writable=writable, create=create, replace_unreadable=replace_unreadable, lock_wait=lock_wait
        )
        store = cls(path, writable=writable)
        store.notices = backing.notices
        try:
            store._load(backing)
        except BaseException:
            backing.close()
            raise
        if writable:
            store._backing = backing
        else:
            backing.close()
        return store

    def _load(self, backing: SQLiteStore) -> None:
        """Read every node and edge of the database into the graph."""
        self.meta = backing.get_meta()
        graph = self.graph
        nodes, succ, pred = graph._node, graph._succ, graph._pred
        with cyclic_gc_paused():
            for node, attrs in backing.iter_nodes():
                nodes[node] = attrs
                succ[node] = {}
                pred[node] = {}
            for attrs in backing.iter_edges():
                source, target = attrs["source"], attrs["target"]
                keys = succ[source].get(target)
                if keys is None:
                    keys = succ[source][target] = pred[target][source] = {}
                keys[attrs["kind"]] = attrs

    # -- writing ---------------------------------------------------------------

    def upsert_papers(self, papers: Iterable[Paper]) -> int:
        """Insert or replace papers by id; return how many were written."""
        count = 0
        for paper in papers:
            attrs = paper.model_dump(mode="json")
            if paper.id in self.graph:
                self.graph.nodes[paper.id].clear()
            self.graph.add_node(paper.id, **attrs)
            count += 1
        self._dirty = self._dirty or count > 0
        return count

    def upsert_entities(self, entities: Iterable[Entity]) -> int:
        """Insert or replace Method, Dataset and MethodFamily nodes by id."""
        count = 0
        for entity in entities:
            if entity.id in self.graph:
                self.graph.nodes[entity.id].clear()
            self.graph.add_node(entity.id, **entity.model_dump(mode="json"))
            count += 1
        self._dirty = self._dirty or count > 0
        return count

    def upsert_external(self, nodes: Iterable[dict[str, Any]]) -> int:
        """Insert lightweight external nodes (unresolved references) given as attribute dicts."""
        count = 0
        for attrs in nodes:
            self.graph.add_node(attrs["id"], **{**attrs, "kind": "external"})
            count += 1
        self._dirty = self._dirty or count > 0
        return count

    def upsert_edges(self, edges: Iterable[Edge]) -> int:
        """Insert or replace edges keyed on (source, target, kind)."""
        count = 0
        graph = self.graph
        for edge in edges:
            for end in (edge.source, edge.target):
                if end not in graph:
                    raise KeyError(f"edge {edge.kind.value} refers to unknown node {end!r}")
            key = edge.kind.value
            if graph.has_edge(edge.source, edge.target, key):
                graph.remove_edge(edge.source, edge.target, key)
            graph.add_edge(edge.source, edge.target, key=key, **edge.model_dump(mode="json"))
            count += 1
        self._dirty = self._dirty or count > 0
        return count

    def delete_nodes(self, ids: Iterable[str]) -> int:
        """Delete nodes and their edges; return how many nodes were deleted."""
        present = [node for node in ids if node in self.graph]
        self.graph.remove_nodes_from(present)
        self._dirty = self._dirty or bool(present)
        return len(present)

    def delete_edges(self, kinds: Iterable[EdgeKind]) -> int:
        """Delete every edge of the given kinds; return how many were deleted."""
        wanted = {EdgeKind(kind).value for kind in kinds}
        doomed = [(u, v, k) for u, v, k in self.graph.edges(keys=True) if k in wanted]
        self.graph.remove_edges_from(doomed)
        self._dirty = self._dirty or bool(doomed)
        return len(doomed)

    def delete_entities(self) -> int:
        """Delete every Method, Dataset and MethodFamily node (before re-inference)."""
        doomed = [n for n, kind in self.graph.nodes(data="kind") if kind in ENTITY_KINDS]
        return self.delete_nodes(doomed)

    def clear(self) -> None:
        """Delete every node and edge (metadata stays)."""
        self.graph.clear()
        self._dirty = True

    # -- reading ---------------------------------------------------------------

    def get_paper(self, paper_id: str) -> Paper | None:
        """Return the paper with this id, or None."""
        attrs = self.graph.nodes.get(paper_id)
        if attrs is None or attrs.get("kind") != "paper":
            return None
        return Paper.model_validate(attrs)

    def papers(self) -> Iterator[Paper]:
        """Iterate over every paper, in insertion order."""
        for _, attrs in self.graph.nodes(data=True):
            if attrs.get("kind") == "paper":
                yield Paper.model_validate(attrs)

    def entities(self, kind: str | None = None) -> Iterator[Entity]:
        """Iterate over entity nodes, optionally of one kind."""
        for _, attrs in self.graph.nodes(data=True):
            node_kind = attrs.get("kind")
            if node_kind in ENTITY_KINDS and (kind is None or node_kind == kind):
                yield ENTITY_KINDS[node_kind].model_validate(attrs)

    def edges(self, kinds: Iterable[EdgeKind] | None = None) -> Iterator[Edge]:
        """Iterate over edges, optionally of some kinds."""
        wanted = None if kinds is None else {EdgeKind(kind).value for kind in kinds}
        for _, _, key, attrs in self.graph.edges(keys=True, data=True):
            if wanted is None or key in wanted:
                yield Edge.model_validate(attrs)

    def edges_from(self, sources: Iterable[str], kinds: Iterable[EdgeKind] | None = None) -> Iterator[Edge]:
        """Iterate over the edges leaving ``sources`` (each once), optionally of some kinds.

        The same edges, in the same order per source, as filtering :meth:`edges` by
        source, but reading only those nodes' adjacency.
        """
        wanted = None if kinds is None else {EdgeKind(kind).value for kind in kinds}
        graph = self.graph
        for source in dict.fromkeys(sources):
            if source not in graph:
                continue
            for _, _, key, attrs in graph.out_edges(source, keys=True, data=True):
                if wanted is None or key in wanted:
                    yield Edge.model_validate(attrs)

    def edge_counts(self, node: str) -> dict[str, int]:
        """Count the edges into or out of ``node`` per kind (a loop once)."""
        graph = self.graph
        counts: dict[str, int] = {}
        if node not in graph:
            return counts
        ends = itertools.chain(
            graph.out_edges(node, keys=True),
            ((u, v, key) for u, v, key in graph.in_edges(node, keys=True) if u != node),
        )
        for _, _, key in ends:
            counts[key] = counts.get(key, 0) + 1
        return counts

    def neighbourhood(
        self,
        seeds: Iterable[str],
        kinds: Iterable[EdgeKind | str] | None = None,
        *,
        direction: str = "both",
        depth: int = 1,
    ) -> nx.MultiDiGraph:
        """Return a graph holding every walk from ``seeds``: here, the whole graph itself."""
        return self.graph

    def nodes_of_kind(self, kind: str) -> list[tuple[str, dict[str, Any]]]:
        """Return ``(id, attributes)`` of every node of one kind."""
        return [(n, a) for n, a in self.graph.nodes(data=True) if a.get("kind") == kind]

    def node_ids_of_kind(self, kind: str) -> list[str]:
        """Return the id of every node of one kind."""
        return [n for n, k in self.graph.nodes(data="kind") if k == kind]

    def projection(self, kinds: Iterable[EdgeKind | str]) -> nx.MultiDiGraph:
        """Return a graph holding every paper and the edges of ``kinds``: here, the whole graph itself."""
        return self.graph

    def adjacent(
        self, frontier: list[str], kinds: Iterable[EdgeKind | str], *, forward: bool, backward: bool
    ) -> list[tuple[str, str]]:
        """Return ``(near, far)`` for every node joined to a frontier node by an edge of ``kinds``."""
        wanted = {EdgeKind(k).value for k in kinds}
        graph = self.graph
        pairs: set[tuple[str, str]] = set()
        for near in frontier:
            if forward:
                pairs.update((near, v) for v, keys in graph.succ[near].items() if not wanted.isdisjoint(keys))
            if backward:
                pairs.update((near, u) for u, keys in graph.pred[near].items() if not wanted.isdisjoint(keys))
        return sorted((near, far) for near, far in pairs if near != far)

    def counts(self) -> dict[str, dict[str, int]]:
        """Return ``{"nodes": {kind: n}, "edges": {kind: n}}``."""
        nodes: dict[str, int] = {}
        for _, kind in self.graph.nodes(data="kind"):
            nodes[kind] = nodes.get(kind, 0) + 1
        edges: dict[str, int] = {}
        for _, _, key in self.graph.edges(keys=True):
            edges[key] = edges.get(key, 0) + 1
        return {"nodes": dict(sorted(nodes.items())), "edges": dict(sorted(edges.items()))}

    def get_meta(self) -> dict[str, Any]:
        """Return store-level metadata (last build summary, settings)."""
        return dict(self.meta)

    def set_meta(self, meta: dict[str, Any]) -> None:
        """Replace store-level metadata."""
        self.meta = dict(meta)
        self._dirty = True

    # -- persistence -----------------------------------------------------------

    def save(self) -> None:
        """Write the whole graph to the database in one transaction; a crash keeps the previous one."""
        if self.data_dir is None:
            return
        if self._backing is None:
            raise StoreLocked("this store was opened read-only; open it writable to save")
        try:
            self._backing.replace_all(
                (attrs for _, attrs in self.graph.nodes(data=True)),
                (attrs for _, _, attrs in self.graph.edges(data=True)),
                self.meta,
            )
            self._backing.save()
        except BaseException:
            self._backing.rollback()
            raise
        self._dirty = False

    def close(self) -> None:
        """Release the database and its write lock (unsaved changes stay in memory only)."""
        if self._backing is not None:
            self._backing.close()
            self._backing = None

    def __enter__(self) -> NetworkXStore:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        try:
            if exc_type is None and self.writable and self._dirty:
                self.save()
        finally:
            self.close()


def _read_chunks(handle: IO[str], graph_file: Path) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """Yield ``(number of the first line, records)`` for chunks of the graph file's lines."""
    number = 2
    while True:
        lines = [line for line in itertools.islice(handle, _READ_CHUNK)]
        if not lines:
            return
        try:
            records = json.loads("[" + ",".join(lines) + "]")
        except (json.JSONDecodeError, RecursionError):
            records = None
        if not isinstance(records, list) or len(records) != len(lines):
            # A bad line, or a line holding something that joined into the array otherwise:
            # decode line by line to name it.
            records = []
            for offset, line in enumerate(lines):
                try:
                    records.append(json.loads(line))
                except (json.JSONDecodeError, RecursionError) as e:
                    raise StoreCorrupt(f"{graph_file}, line {number + offset}: not JSON") from e
        yield number, records
        number += len(lines)
