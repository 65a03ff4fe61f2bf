"""The embedded default store: a NetworkX MultiDiGraph persisted as JSON Lines in one directory.

On-disk format (``graph.jsonl`` in the data directory, UTF-8, one JSON object per line):

- line 1, the header: ``{"format": "paperkg-graph", "version": 1, "nodes": N,
  "edges": M, "meta": {...}}``;
- then one line per node: ``{"node": {"id": ..., "kind": "paper"|"method"|..., ...}}``
  (a paper's attributes are exactly ``Paper.model_dump(mode="json")``);
- then one line per edge: ``{"edge": {"source": ..., "target": ..., "kind": ..., ...}}``
  (exactly ``Edge.model_dump(mode="json")``).

Saving writes a temporary file, fsyncs it and renames it over ``graph.jsonl``, so
a crash mid-save leaves the previous graph whole. A writer holds an exclusive
``flock`` on ``.lock`` in the directory for as long as the store is open.
"""

from __future__ import annotations

import errno
import fcntl
import itertools
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import networkx as nx

from paperkg._gc import cyclic_gc_paused
from paperkg.exceptions import StoreCorrupt, StoreError, StoreLocked, StoreVersionError
from paperkg.models import ENTITY_KINDS, Edge, EdgeKind, Entity, Paper

__all__ = ["FORMAT_NAME", "FORMAT_VERSION", "NetworkXStore"]

FORMAT_NAME = "paperkg-graph"
FORMAT_VERSION = 1
GRAPH_FILE = "graph.jsonl"
LOCK_FILE = ".lock"
# Lines decoded per json.loads call when reading: one call per chunk, not per line, and the
# decoder shares one copy of each key string across the chunk instead of one per line.
_READ_CHUNK = 4096
# How save writes each record (and the header): compact JSON, UTF-8 text left as it is.
encode_record = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


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
        self._lock: IO[str] | None = None
        self._dirty = False

    # -- opening ---------------------------------------------------------------

    @classmethod
    def in_memory(cls) -> NetworkXStore:
        """Return an empty store that is never written to disk."""
        return cls(None, writable=True)

    @classmethod
    def open(cls, data_dir: str | Path, *, writable: bool = False, create: bool = False) -> NetworkXStore:
        """Open the store in ``data_dir``.

        Parameters
        ----------
        data_dir
            The data directory.
        writable
            Take the write lock; needed for :meth:`save`.
        create
            Create the directory and an empty graph when none exists.

        Raises
        ------
        StoreError
            When there is no store and ``create`` is false, it is locked by
            another writer, corrupt, or written by a newer paperkg.
        """
        path = Path(data_dir)
        graph_file = path / GRAPH_FILE
        if not graph_file.exists() and not create:
            raise StoreError(
                f"no paperkg graph in {path}; run 'paperkg build FILES' first or pass --data-dir"
            )
        store = cls(path, writable=writable)
        if writable:
            path.mkdir(parents=True, exist_ok=True)
            store._acquire_lock()
        try:
            if graph_file.exists():
                store._read(graph_file)
        except BaseException:
            store.close()
            raise
        return store

    def _acquire_lock(self) -> None:
        assert self.data_dir is not None
        handle = (self.data_dir / LOCK_FILE).open("a+", encoding="utf-8")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            handle.close()
            if e.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                raise StoreLocked(
                    f"{self.data_dir} is being written by another paperkg process; wait for it to finish"
                ) from e
            raise
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._lock = handle

    def _read(self, graph_file: Path) -> None:
        with graph_file.open("r", encoding="utf-8") as handle:
            first = handle.readline()
            try:
                header = json.loads(first)
            except json.JSONDecodeError as e:
                raise StoreCorrupt(f"{graph_file}, line 1: not a paperkg header") from e
            if not isinstance(header, dict) or header.get("format") != FORMAT_NAME:
                raise StoreCorrupt(f"{graph_file}: not a paperkg graph file")
            version = header.get("version")
            if not isinstance(version, int) or version > FORMAT_VERSION:
                raise StoreVersionError(
                    f"{graph_file} was written in format version {version}, newer than "
                    f"this paperkg reads ({FORMAT_VERSION}); upgrade paperkg"
                )
            self.meta = dict(header.get("meta") or {})
            edges = 0  # counted as they come: number_of_edges() walks the whole adjacency
            with cyclic_gc_paused():
                for first_number, records in _read_chunks(handle, graph_file):
                    edges += self._insert(records, first_number, graph_file)
            expected = (header.get("nodes"), header.get("edges"))
            actual = (self.graph.number_of_nodes(), edges)
            if expected != actual:
                raise StoreCorrupt(
                    f"{graph_file}: header promises {expected[0]} nodes and {expected[1]} edges, "
                    f"file holds {actual[0]} and {actual[1]}; the file is truncated"
                )

    def _insert(self, records: list[dict[str, Any]], first_number: int, graph_file: Path) -> int:
        """Put decoded node and edge records into the graph, numbered from ``first_number``.

        Return how many edges were new (an edge written twice is one edge).

        The records become the graph's attribute dicts as they are, written straight
        into the MultiDiGraph's adjacency, as ``add_node`` and ``add_edge`` would leave
        them: at a few million edges ``add_edge``'s keyword copy and checks were a third
        of the time to open a store.
        """
        nodes = self.graph._node
        succ = self.graph._succ
        pred = self.graph._pred
        new_edges = 0
        for number, record in enumerate(records, start=first_number):
            if not isinstance(record, dict):
                raise StoreCorrupt(f"{graph_file}, line {number}: neither a node nor an edge")
            attrs = record.get("node")
            if attrs is not None:
                node = attrs["id"]
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
        """Write the graph atomically: temporary file, fsync, rename, fsync the directory."""
        if self.data_dir is None:
            return
        if not self.writable:
            raise StoreLocked("this store was opened read-only; open it writable to save")
        target = self.data_dir / GRAPH_FILE
        tmp = self.data_dir / f".{GRAPH_FILE}.{os.getpid()}.tmp"
        header = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "nodes": self.graph.number_of_nodes(),
            "edges": self.graph.number_of_edges(),
            "meta": self.meta,
        }
        try:
            with tmp.open("w", encoding="utf-8") as handle:
                handle.write(encode_record(header) + "\n")
                for _, attrs in self.graph.nodes(data=True):
                    handle.write('{"node":' + encode_record(attrs) + "}\n")
                for _, _, attrs in self.graph.edges(data=True):
                    handle.write('{"edge":' + encode_record(attrs) + "}\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        dir_fd = os.open(self.data_dir, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
        self._dirty = False

    def close(self) -> None:
        """Release the write lock."""
        if self._lock is not None:
            fcntl.flock(self._lock, fcntl.LOCK_UN)
            self._lock.close()
            self._lock = None

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
        except json.JSONDecodeError:
            records = None
        if not isinstance(records, list) or len(records) != len(lines):
            # A bad line, or a line holding something that joined into the array otherwise:
            # decode line by line to name it.
            records = []
            for offset, line in enumerate(lines):
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise StoreCorrupt(f"{graph_file}, line {number + offset}: not JSON") from e
        yield number, records
        number += len(lines)
