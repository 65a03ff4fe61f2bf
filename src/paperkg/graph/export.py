"""Exporting a graph: node-link JSON, GraphML and GEXF for Gephi, and CSV node and edge files."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Any

import networkx as nx

from paperkg.exceptions import PaperKGError
from paperkg.graph.networkx_store import NetworkXStore
from paperkg.graph.store import GraphStore

__all__ = ["EXPORT_FORMATS", "export_graph", "to_networkx"]

EXPORT_FORMATS = ("json", "graphml", "gexf", "csv")


def to_networkx(store: GraphStore) -> nx.MultiDiGraph:
    """Return the store's graph as a NetworkX MultiDiGraph keyed by edge kind."""
    if isinstance(store, NetworkXStore):
        return store.graph
    from paperkg.graph.sqlite_store import SQLiteStore

    if isinstance(store, SQLiteStore):
        whole = NetworkXStore.in_memory()
        whole._load(store)
        return whole.graph
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
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: ("" if v is None else _flat(v)) for k, v in row.items()})


def export_graph(store: GraphStore, fmt: str, out: str | Path) -> list[Path]:
    """Write the store's graph to ``out`` in ``fmt``; return the files written.

    ``json`` is NetworkX node-link JSON with top-level ``nodes`` and ``edges``
    (every attribute kept, ``kind`` on each node and edge); ``graphml`` and
    ``gexf`` hold lists as JSON strings; ``csv`` writes ``<out>-nodes.csv`` and
    ``<out>-edges.csv`` (or ``nodes.csv``/``edges.csv`` inside ``out`` when it is
    a directory).

    Raises
    ------
    PaperKGError
        When the format is unknown.
    """
    if fmt not in EXPORT_FORMATS:
        raise PaperKGError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    graph = to_networkx(store)
    out = Path(out)
    if fmt == "json":
        data = nx.node_link_data(graph, edges="edges")
        tmp = out.with_name(out.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False)
        os.replace(tmp, out)
        return [out]
    if fmt in ("graphml", "gexf"):
        flat = _flat_graph(graph)
        writer = nx.write_graphml if fmt == "graphml" else nx.write_gexf
        writer(flat, out)
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
