"""Exporting a graph: node-link JSON, GraphML and GEXF for Gephi, and CSV node and edge files."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import networkx as nx

from paperkg.exceptions import PaperKGError
from paperkg.graph.networkx_store import NetworkXStore
from paperkg.graph.store import GraphStore

__all__ = ["EXPORT_FORMATS", "export_graph", "to_networkx", "write_graph"]

EXPORT_FORMATS = ("json", "graphml", "gexf", "csv")


def to_networkx(store: GraphStore) -> nx.MultiDiGraph:
    """Return the store's graph as a NetworkX MultiDiGraph keyed by edge kind."""
    if isinstance(store, NetworkXStore):
        return store.graph
    graph = nx.MultiDiGraph()
    for paper in store.papers():
        graph.add_node(paper.id, **paper.model_dump(mode="json"))
    for entity in store.entities():
        graph.add_node(entity.id, **entity.model_dump(mode="json"))
    for edge in store.edges():
        for end in (edge.source, edge.target):
            if end not in graph:
                graph.add_node(end, id=end, kind="external")
        graph.add_edge(edge.source, edge.target, key=edge.kind.value, **edge.model_dump(mode="json"))
    return graph


def _flat(value: Any) -> str | int | float | bool:
    """Return a value GraphML/GEXF/CSV can hold: scalars as they are, the rest as JSON."""
    if isinstance(value, (str, int, float, bool)):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    flat = nx.MultiDiGraph()
    for node, attrs in graph.nodes(data=True):
        flat.add_node(node, **{k: _flat(v) for k, v in attrs.items() if v is not None})
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        flat.add_edge(u, v, key=key, **{k: _flat(x) for k, x in attrs.items() if x is not None})
    return flat


def _columns(rows: list[dict[str, Any]], first: list[str]) -> list[str]:
    seen = dict.fromkeys(first)
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)


def _write_csv(path: Path, rows: list[dict[str, Any]], first: list[str]) -> None:
    columns = _columns(rows, first)
    with _replacing(path) as raw:
        handle = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: ("" if v is None else _flat(v)) for k, v in row.items()})
        handle.flush()
        # The file is closed by _replacing, after the rename is decided.
        handle.detach()


@contextmanager
def _replacing(out: Path) -> Iterator[IO[bytes]]:
    """Write ``out`` through a new temporary file beside it, then rename it into place.

    The temporary file is created exclusively (``mkstemp``: O_CREAT | O_EXCL, a fresh
    random name), so a link planted at a predictable ``<out>.tmp`` is never followed.
    """
    fd, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def export_graph(store: GraphStore, fmt: str, out: str | Path) -> list[Path]:
    """Write the store's graph to ``out`` in ``fmt``; return the files written.

    ``json`` is NetworkX node-link JSON with top-level ``nodes`` and ``edges``
    (every attribute kept, ``kind`` on each node and edge); ``graphml`` and
    ``gexf`` hold lists as JSON strings; ``csv`` writes ``<out>-nodes.csv`` and
    ``<out>-edges.csv`` (or ``nodes.csv``/``edges.csv`` inside ``out`` when it is
    a directory, or a string ending in ``/``). Missing folders are created.

    Raises
    ------
    PaperKGError
        When the format is unknown.
    """
    if fmt not in EXPORT_FORMATS:
        raise PaperKGError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    graph = to_networkx(store)
    # A missing folder is made (for csv, a path ending in "/" names a folder to make).
    folder = isinstance(out, str) and out.endswith(("/", os.sep))
    out = Path(out)
    if fmt == "csv" and folder:
        out.mkdir(parents=True, exist_ok=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "json":
        data = nx.node_link_data(graph, edges="edges")
        with _replacing(out) as handle:
            handle.write(json.dumps(data, ensure_ascii=False).encode("utf-8"))
        return [out]
    if fmt in ("graphml", "gexf"):
        flat = _flat_graph(graph)
        writer = nx.write_graphml if fmt == "graphml" else nx.write_gexf
        with _replacing(out) as handle:
            writer(flat, handle)
        return [out]
    if out.is_dir():
        nodes_path, edges_path = out / "nodes.csv", out / "edges.csv"
    else:
        stem = out.with_suffix("") if out.suffix == ".csv" else out
        nodes_path = stem.with_name(stem.name + "-nodes.csv")
        edges_path = stem.with_name(stem.name + "-edges.csv")
    _write_csv(nodes_path, [dict(a) for _, a in graph.nodes(data=True)], ["id", "kind", "label"])
    _write_csv(edges_path, [dict(a) for _, _, a in graph.edges(data=True)], ["source", "target", "kind"])
    return [nodes_path, edges_path]


def write_graph(store: GraphStore, fmt: str, stream: IO[bytes]) -> None:
    """Write the store's graph in ``fmt`` (json, graphml or gexf) to a binary stream.

    ``paperkg export`` uses it to print to standard output when no file is named.

    Raises
    ------
    PaperKGError
        When the format is unknown, or is ``csv`` (two files, so it needs ``--out``).
    """
    if fmt == "csv":
        raise PaperKGError("csv export writes two files (nodes and edges); name a folder or prefix with --out")
    if fmt not in EXPORT_FORMATS:
        raise PaperKGError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    graph = to_networkx(store)
    if fmt == "json":
        data = nx.node_link_data(graph, edges="edges")
        stream.write(json.dumps(data, ensure_ascii=False).encode("utf-8"))
        stream.write(b"\n")
        return
    writer = nx.write_graphml if fmt == "graphml" else nx.write_gexf
    writer(_flat_graph(graph), stream)
