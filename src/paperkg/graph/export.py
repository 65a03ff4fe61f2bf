"""Exporting a graph: node-link JSON, GraphML and GEXF for Gephi, CSV, BibTeX and RIS for reference
managers, Cytoscape.js JSON, and VOSviewer map and network files.

Every file is written to a fresh temporary file beside it (created exclusively, with a
random name, so no link planted at a predictable name is followed) and renamed over the
target, so a reader never sees half a file and a symlink at the target is replaced, not
written through.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import IO, Any

from paperkg._files import write_atomic
from paperkg._lazy import networkx as nx
from paperkg.exceptions import PaperKGError
from paperkg.graph.stores.networkx import NetworkXStore
from paperkg.graph.stores.protocol import GraphStore
from paperkg.models import EdgeKind

__all__ = ["EXPORT_FORMATS", "export_graph", "parse_kinds", "select_export", "to_networkx", "write_graph"]

EXPORT_FORMATS = ("json", "graphml", "gexf", "csv", "bibtex", "ris", "cytoscape", "vosviewer")
# The formats that describe papers only, whatever --papers-only says.
_PAPER_FORMATS = ("bibtex", "ris", "vosviewer")
_XML_FORMATS = ("graphml", "gexf")

# Rows of nodes or edges (attribute dicts), a callable to iterate them again.
Rows = Callable[[], Iterable[dict[str, Any]]]


def to_networkx(store: GraphStore) -> nx.MultiDiGraph:
    """Return the store's graph as a NetworkX MultiDiGraph keyed by edge kind."""
    if isinstance(store, NetworkXStore):
        return store.graph
    from paperkg.graph.stores.sqlite import SQLiteStore

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


def parse_kinds(value: str | Iterable[str] | None) -> list[EdgeKind] | None:
    """Return the edge kinds named in ``value`` (``"cites,co-cited"``, any case); None for all.

    Raises
    ------
    PaperKGError
        When a name is not an edge kind.
    """
    if value is None:
        return None
    names = value.split(",") if isinstance(value, str) else list(value)
    kinds: list[EdgeKind] = []
    for raw in names:
        name = raw.strip().upper().replace("-", "_")
        if not name:
            continue
        try:
            kind = EdgeKind(name)
        except ValueError:
            choices = ", ".join(k.value.lower() for k in EdgeKind)
            raise PaperKGError(f"unknown edge kind {raw.strip()!r}; choose from {choices}") from None
        if kind not in kinds:
            kinds.append(kind)
    return kinds


def select_export(
    graph: nx.MultiDiGraph, kinds: Iterable[EdgeKind] | None = None, papers_only: bool = False
) -> nx.MultiDiGraph:
    """Return the part of ``graph`` to export: edges of ``kinds`` (all when None), papers only or every node.

    The result shares attribute dicts with ``graph``; read it, do not write to it.
    """
    if kinds is None and not papers_only:
        return graph
    wanted = None if kinds is None else {EdgeKind(k).value for k in kinds}
    nodes = [n for n, kind in graph.nodes(data="kind") if not papers_only or kind == "paper"]
    keep = set(nodes)
    out = nx.MultiDiGraph()
    out.add_nodes_from((n, graph.nodes[n]) for n in nodes)
    out.add_edges_from(
        (u, v, key, attrs)
        for u, v, key, attrs in graph.edges(keys=True, data=True)
        if u in keep and v in keep and (wanted is None or key in wanted)
    )
    return out


def _flat(value: Any) -> str | int | float | bool:
    """Return a value GraphML/GEXF/CSV can hold: scalars as they are, the rest as JSON."""
    if isinstance(value, (str, int, float, bool)):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _columns(rows: Iterable[dict[str, Any]], first: list[str]) -> list[str]:
    seen = dict.fromkeys(first)
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)


def _text(write: Callable[[IO[str]], object]) -> Callable[[IO[bytes]], None]:
    """Adapt a writer of text to a binary handle (UTF-8, newlines as written)."""

    def inner(handle: IO[bytes]) -> None:
        wrapper = io.TextIOWrapper(handle, encoding="utf-8", newline="")
        try:
            write(wrapper)
            wrapper.flush()
        finally:
            wrapper.detach()

    return inner


def _write_csv(path: Path, rows: Callable[[], Iterable[dict[str, Any]]], first: list[str]) -> None:
    """Write the rows ``rows()`` gives as CSV; it is called twice: for the columns, then to write."""
    columns = _columns(rows(), first)

    def write(handle: IO[str]) -> None:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for row in rows():
            writer.writerow({k: ("" if v is None else _flat(v)) for k, v in row.items()})

    write_atomic(path, _text(write))


def _write_csv_pair(
    out: Path, nodes: Callable[[], Iterable[dict[str, Any]]], edges: Callable[[], Iterable[dict[str, Any]]]
) -> list[Path]:
    """Write the ``csv`` export's nodes file and edges file for ``out``; return them."""
    nodes_path, edges_path = _pair_paths(out, "nodes", "edges", "csv")
    _write_csv(nodes_path, nodes, ["id", "kind", "label"])
    _write_csv(edges_path, edges, ["source", "target", "kind"])
    return [nodes_path, edges_path]


class _StoreRows:
    """The nodes and edges to export read from the embedded store as it is iterated, never held together.

    The rows are the attribute dicts ``to_networkx`` would hold (the same nodes in the same order,
    the same edges in the store's order rather than grouped by source): a whole graph held in
    NetworkX took 1.1 GB at 20k papers to write a CSV or node-link JSON file.
    """

    def __init__(self, store: Any, kinds: list[str] | None, papers_only: bool) -> None:
        self.store, self.kinds, self.papers_only = store, kinds, papers_only
        self._papers: set[str] | None = None

    @classmethod
    def of(cls, store: GraphStore, kinds: Iterable[EdgeKind] | None, papers_only: bool) -> _StoreRows | None:
        """Return the rows of ``store`` where it is the embedded store (None for the others)."""
        from paperkg.graph.stores.sqlite import SQLiteStore

        if not isinstance(store, SQLiteStore):
            return None
        return cls(store, None if kinds is None else [EdgeKind(k).value for k in kinds], papers_only)

    def nodes(self) -> Iterator[dict[str, Any]]:
        """Yield each node's attributes (papers only where asked)."""
        for _, attrs in self.store.iter_nodes():
            if not self.papers_only or attrs.get("kind") == "paper":
                yield attrs

    def edges(self) -> Iterator[dict[str, Any]]:
        """Yield each edge's attributes, of the kinds asked, between nodes exported."""
        if self.papers_only and self._papers is None:
            self._papers = {node["id"] for node in self.nodes()}
        keep = self._papers
        for attrs in self.store.edge_rows(self.kinds):
            if keep is None or (attrs["source"] in keep and attrs["target"] in keep):
                yield attrs

    def papers_oldest_first(self) -> Iterator[dict[str, Any]]:
        """Yield every paper's attributes in the order of the reference managers' files (``_oldest_first``),
        holding one year's papers at a time."""
        for _, papers in groupby(self.store.papers_by_year(), key=itemgetter(0)):
            yield from sorted((attrs for _, attrs in papers), key=_oldest_first)

    def writer(self, fmt: str) -> Callable[[IO[str]], None]:
        """Return what writes the file of a one-file format (all but ``csv`` and ``vosviewer``) to a text handle."""
        if fmt == "json":
            return self.write_node_link
        if fmt == "cytoscape":
            return self.write_cytoscape
        if fmt in _XML_FORMATS:
            return _xml_writer(fmt, self.nodes, self.edges)
        return lambda handle: self.write_joined(handle, fmt)

    def write_joined(self, handle: IO[str], fmt: str) -> None:
        """Write the ``bibtex`` or ``ris`` file of the papers, an entry at a time."""
        entries = (_bibtex_entries if fmt == "bibtex" else _ris_records)(self.papers_oldest_first())
        for i, entry in enumerate(entries):
            handle.write(("\n" if i else "") + entry)

    def write_cytoscape(self, handle: IO[str]) -> None:
        """Write Cytoscape.js JSON (``nx.cytoscape_data(graph)``, as ``json.dump`` writes it)."""
        handle.write('{"data": [], "directed": true, "multigraph": true, "elements": {"nodes": [')
        for i, attrs in enumerate(self.nodes()):
            node = attrs["id"]
            data = {**attrs, "id": attrs.get("id") or str(node), "value": node, "name": attrs.get("name") or str(node)}
            handle.write((", " if i else "") + json.dumps({"data": data}, ensure_ascii=False))
        handle.write('], "edges": [')
        for i, attrs in enumerate(self.edges()):
            handle.write((", " if i else "") + json.dumps({"data": {**attrs, "key": attrs["kind"]}}, ensure_ascii=False))
        handle.write("]}}")

    def write_node_link(self, handle: IO[str]) -> None:
        """Write NetworkX node-link JSON (``nx.node_link_data(graph, edges="edges")``, as ``json.dump`` writes it)."""
        handle.write('{"directed": true, "multigraph": true, "graph": {}, "nodes": [')
        for i, attrs in enumerate(self.nodes()):
            handle.write((", " if i else "") + json.dumps(attrs, ensure_ascii=False))
        handle.write('], "edges": [')
        for i, attrs in enumerate(self.edges()):
            handle.write((", " if i else "") + json.dumps({**attrs, "key": attrs["kind"]}, ensure_ascii=False))
        handle.write("]}")


def _pair_paths(out: Path, first: str, second: str, suffix: str) -> tuple[Path, Path]:
    """``<out>-first.suffix`` and ``<out>-second.suffix``, or ``first.suffix`` inside a directory ``out``."""
    if out.is_dir():
        return out / f"{first}.{suffix}", out / f"{second}.{suffix}"
    stem = out.with_suffix("") if out.suffix == f".{suffix}" else out
    return stem.with_name(f"{stem.name}-{first}.{suffix}"), stem.with_name(f"{stem.name}-{second}.{suffix}")


def export_graph(
    store: GraphStore,
    fmt: str,
    out: str | Path,
    *,
    kinds: Iterable[EdgeKind] | None = None,
    papers_only: bool = False,
) -> list[Path]:
    """Write the store's graph to ``out`` in ``fmt``; return the files written.

    ``json`` is NetworkX node-link JSON with top-level ``nodes`` and ``edges``
    (every attribute kept, ``kind`` on each node and edge); ``graphml`` and
    ``gexf`` hold lists as JSON strings, and every paper with a known year
    carries it (``year``; in GEXF also ``start``, for Gephi's timeline);
    ``csv`` writes ``<out>-nodes.csv`` and ``<out>-edges.csv`` (or
    ``nodes.csv``/``edges.csv`` inside ``out`` when it is a directory);
    ``bibtex`` and ``ris`` write one entry per paper; ``cytoscape`` is
    Cytoscape.js JSON (``elements.nodes``/``elements.edges``, as
    ``networkx.cytoscape_data`` writes it); ``vosviewer`` writes a map file and
    a network file (``<out>-map.txt``, ``<out>-network.txt``), papers only.
    Missing folders are created; for ``csv`` and ``vosviewer`` a path ending
    in ``/`` names a folder.

    Parameters
    ----------
    store
        Any graph store.
    fmt
        One of :data:`EXPORT_FORMATS`.
    out
        The file (a prefix or directory for ``csv`` and ``vosviewer``).
    kinds
        Export only edges of these kinds; all by default.
    papers_only
        Export only paper nodes (and the edges between them).

    Raises
    ------
    PaperKGError
        When the format is unknown.
    """
    if fmt not in EXPORT_FORMATS:
        raise PaperKGError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    # A missing folder is made (for csv and vosviewer, a path ending in "/" names a folder to make).
    folder = isinstance(out, str) and out.endswith(("/", os.sep))
    out = Path(out)
    if fmt in ("csv", "vosviewer") and folder:
        out.mkdir(parents=True, exist_ok=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    rows = _StoreRows.of(store, kinds, papers_only or fmt in _PAPER_FORMATS)
    if rows is not None and fmt == "vosviewer":
        return _write_vosviewer(out, *_store_vosviewer(rows))
    if rows is not None and fmt == "csv":
        return _write_csv_pair(out, rows.nodes, rows.edges)
    if rows is not None:
        return [write_atomic(out, _text(rows.writer(fmt)))]
    full, graph = _selected(store, fmt, kinds, papers_only)
    if fmt == "json":
        data = nx.node_link_data(graph, edges="edges")
        return [write_atomic(out, _text(lambda h: json.dump(data, h, ensure_ascii=False)))]
    if fmt in _XML_FORMATS:
        return [write_atomic(out, _text(_xml_writer(fmt, *_graph_rows(graph))))]
    if fmt == "cytoscape":
        data = nx.cytoscape_data(graph)
        return [write_atomic(out, _text(lambda h: json.dump(data, h, ensure_ascii=False)))]
    if fmt == "bibtex":
        return [write_atomic(out, _text(lambda h: h.write(to_bibtex(graph))))]
    if fmt == "ris":
        return [write_atomic(out, _text(lambda h: h.write(to_ris(graph))))]
    if fmt == "vosviewer":
        return _write_vosviewer(out, *to_vosviewer(graph, full))
    return _write_csv_pair(out, *_graph_rows(graph))


def _write_vosviewer(out: Path, map_text: str, network_text: str) -> list[Path]:
    """Write the ``vosviewer`` export's map file and network file for ``out``; return them."""
    map_path, network_path = _pair_paths(out, "map", "network", "txt")
    write_atomic(map_path, _text(lambda h: h.write(map_text)))
    write_atomic(network_path, _text(lambda h: h.write(network_text)))
    return [map_path, network_path]


def _graph_rows(graph: nx.MultiDiGraph) -> tuple[Rows, Rows]:
    """The nodes' and the edges' attribute dicts of ``graph``, each a callable to iterate them again."""
    return (
        lambda: (dict(a) for _, a in graph.nodes(data=True)),
        lambda: (dict(a) for _, _, a in graph.edges(data=True)),
    )


def _xml_writer(fmt: str, nodes: Rows, edges: Rows) -> Callable[[IO[str]], None]:
    """Return what writes the ``graphml`` or ``gexf`` file of the rows to a text handle."""
    if fmt == "graphml":
        return lambda handle: write_graphml(handle, nodes, edges)
    return lambda handle: write_gexf(handle, nodes, edges)


def _selected(
    store: GraphStore, fmt: str, kinds: Iterable[EdgeKind] | None, papers_only: bool
) -> tuple[nx.MultiDiGraph, nx.MultiDiGraph]:
    """Return a store's whole graph and the part of it to export in ``fmt`` (the same graph when that is all
    of it): what a store other than the embedded one, whose rows stream, is exported from."""
    full = to_networkx(store)
    return full, select_export(full, kinds, papers_only or fmt in _PAPER_FORMATS)


def write_graph(
    store: GraphStore,
    fmt: str,
    stream: IO[bytes],
    *,
    kinds: Iterable[EdgeKind] | None = None,
    papers_only: bool = False,
) -> None:
    """Write the store's graph in a one-file format to a binary stream (all but csv and vosviewer).

    ``paperkg export`` uses it to print to standard output when no file is named.

    Raises
    ------
    PaperKGError
        When the format is unknown, or writes two files (csv, vosviewer: they need ``--out``).
    """
    if fmt in ("csv", "vosviewer"):
        raise PaperKGError(f"{fmt} export writes two files; name a folder or prefix with --out")
    if fmt not in EXPORT_FORMATS:
        raise PaperKGError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    rows = _StoreRows.of(store, kinds, papers_only or fmt in _PAPER_FORMATS)
    if rows is not None:
        write = rows.writer(fmt)

        def ended(handle: IO[str]) -> None:
            write(handle)
            if fmt in ("json", "cytoscape"):
                handle.write("\n")  # as the graph's JSON below is printed

        _text(ended)(stream)
        return
    _, graph = _selected(store, fmt, kinds, papers_only)
    if fmt in _XML_FORMATS:
        _text(_xml_writer(fmt, *_graph_rows(graph)))(stream)
        return
    if fmt == "json":
        text = json.dumps(nx.node_link_data(graph, edges="edges"), ensure_ascii=False) + "\n"
    elif fmt == "cytoscape":
        text = json.dumps(nx.cytoscape_data(graph), ensure_ascii=False) + "\n"
    elif fmt == "bibtex":
        text = to_bibtex(graph)
    else:
        text = to_ris(graph)
    stream.write(text.encode("utf-8"))


# -- GraphML and GEXF ---------------------------------------------------------------------
#
# Written element by element as NetworkX's writers lay them out (nx.write_graphml, nx.write_gexf of
# the flattened graph), from rows read twice: once for the attribute declarations, which come first,
# then to write. NetworkX builds the whole XML tree in memory first: 3.6 GB for 20k papers.

# The XML type NetworkX declares for each Python type (GraphML; GEXF names them alike).
_XML_TYPES: dict[type, str] = {bool: "boolean", int: "long", float: "double", str: "string"}


def _xml_text(text: str) -> str:
    """Escape element text as ElementTree does."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _xml_attr(text: str) -> str:
    """Escape an attribute's value as ElementTree does (quotes, and line ends and tabs as character references)."""
    text = _xml_text(text)
    for char, ref in (('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;")):
        if char in text:
            text = text.replace(char, ref)
    return text


def _flat_items(attrs: dict[str, Any]) -> Iterator[tuple[str, str | int | float | bool]]:
    """The attributes GraphML and GEXF hold: no empty value, lists and mappings as JSON."""
    for name, value in attrs.items():
        if value is not None:
            yield name, _flat(value)


def write_graphml(handle: IO[str], nodes: Rows, edges: Rows) -> None:
    """Write GraphML of the nodes and edges ``nodes()`` and ``edges()`` give (each called twice).

    Each edge's id is its kind, as NetworkX writes a multigraph's edge keys.
    """
    keys: dict[tuple[str, str, str], str] = {}
    for scope, rows in (("node", nodes), ("edge", edges)):
        for attrs in rows():
            for name, value in _flat_items(attrs):
                keys.setdefault((name, _XML_TYPES[type(value)], scope), f"d{len(keys)}")
    write = handle.write
    write(
        "<?xml version='1.0' encoding='utf-8'?>\n"
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
    )
    # NetworkX puts each key it makes first: the last made leads
    for (name, xml_type, scope), key in reversed(keys.items()):
        write(f'  <key id="{key}" for="{scope}" attr.name="{_xml_attr(name)}" attr.type="{xml_type}" />\n')
    write('  <graph edgedefault="directed">\n')

    def data(attrs: dict[str, Any], scope: str, close: str) -> None:
        lines = [
            f'      <data key="{keys[name, _XML_TYPES[type(value)], scope]}">{_xml_text(str(value))}</data>\n'
            for name, value in _flat_items(attrs)
        ]
        if lines:
            write(">\n" + "".join(lines) + close)
        else:
            write(" />\n")

    for attrs in nodes():
        write(f'    <node id="{_xml_attr(str(attrs["id"]))}"')
        data(attrs, "node", "    </node>\n")
    for attrs in edges():
        write(
            f'    <edge source="{_xml_attr(str(attrs["source"]))}" target="{_xml_attr(str(attrs["target"]))}" '
            f'id="{_xml_attr(str(attrs["kind"]))}"'
        )
        data(attrs, "edge", "    </edge>\n")
    write("  </graph>\n</graphml>\n")


def _gexf_node_data(attrs: dict[str, Any], timeline: bool) -> tuple[dict[str, Any], dict[str, Any]]:
    """Return a node's XML attributes (id, label, start) and the rest of its flattened data."""
    data = dict(_flat_items(attrs))
    year = attrs.get("year")
    if timeline and isinstance(year, int) and not isinstance(year, bool):
        # Gephi's timeline reads a node's start; a date, since GEXF has no year-only format.
        data["start"] = f"{year:04d}-01-01"
    own = {"id": data.pop("id", attrs["id"]), "label": data.pop("label", attrs["id"])}
    if "start" in data:
        own["start"] = data.pop("start")
    return own, data


def _gexf_edge_data(attrs: dict[str, Any]) -> dict[str, Any]:
    """An edge's flattened data as NetworkX's GEXF writer holds it: its key (the kind) last, as ``networkx_key``."""
    data = dict(_flat_items(attrs))
    data.pop("networkx_key", None)
    data["networkx_key"] = attrs["kind"]
    return data


def _gexf_value(value: str | int | float | bool) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    text = str(value)
    if isinstance(value, float):
        return {"inf": "INF", "nan": "NaN", "-inf": "-INF"}.get(text, text)
    return text


def write_gexf(handle: IO[str], nodes: Rows, edges: Rows, *, timeline: bool = True) -> None:
    """Write GEXF 1.2 of the nodes and edges ``nodes()`` and ``edges()`` give (each called twice).

    With ``timeline`` a node with a year starts on 1 January of it (Gephi's timeline; the graph is
    then dynamic). An attribute's type is that of its first value; edges are numbered from 0.
    """
    from datetime import date

    from paperkg import __version__

    # ids numbered across nodes' attributes, then edges', each attribute typed by its first value
    declared: dict[str, dict[str, tuple[str, str]]] = {"node": {}, "edge": {}}
    count = 0
    dated = False
    for scope, rows in (("node", nodes), ("edge", edges)):
        titles = declared[scope]
        for attrs in rows():
            if scope == "node":
                own, data = _gexf_node_data(attrs, timeline)
                dated = dated or "start" in own
            else:
                data = _gexf_edge_data(attrs)
            for name, value in data.items():
                if name not in titles:
                    titles[name] = (str(count), _XML_TYPES[type(value)])
                    count += 1
    write = handle.write
    write(
        "<?xml version='1.0' encoding='utf-8'?>\n"
        '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n'
        f'  <meta lastmodifieddate="{date.today().isoformat()}">\n'
        f"    <creator>paperkg {_xml_text(__version__)}</creator>\n"
        "  </meta>\n"
    )
    mode = ' mode="dynamic" name="" timeformat="date"' if dated else ' mode="static" name=""'
    write(f'  <graph defaultedgetype="directed"{mode}>\n')
    # NetworkX puts each class's block first as it makes it: the edges' leads where both are
    for scope in ("edge", "node"):
        if declared[scope]:
            write(f'    <attributes mode="static" class="{scope}">\n')
            for name, (attr_id, xml_type) in declared[scope].items():
                write(f'      <attribute id="{attr_id}" title="{_xml_attr(name)}" type="{xml_type}" />\n')
            write("    </attributes>\n")

    def attvalues(data: dict[str, Any], scope: str, close: str) -> None:
        if not data:
            write(" />\n")
            return
        titles = declared[scope]
        lines = [
            f'          <attvalue for="{titles[name][0]}" value="{_xml_attr(_gexf_value(value))}" />\n'
            for name, value in data.items()
        ]
        write(">\n        <attvalues>\n" + "".join(lines) + "        </attvalues>\n" + close)

    number = -1
    for number, attrs in enumerate(nodes()):
        own, data = _gexf_node_data(attrs, timeline)
        write(("    <nodes>\n" if number == 0 else "") + "      <node")
        write("".join(f' {k}="{_xml_attr(str(v))}"' for k, v in own.items()))
        attvalues(data, "node", "      </node>\n")
    write("    </nodes>\n" if number >= 0 else "    <nodes />\n")
    number = -1
    for number, attrs in enumerate(edges()):
        write(
            ("    <edges>\n" if number == 0 else "")
            + f'      <edge source="{_xml_attr(str(attrs["source"]))}" target="{_xml_attr(str(attrs["target"]))}" '
            f'id="{number}"'
        )
        attvalues(_gexf_edge_data(attrs), "edge", "      </edge>\n")
    write("    </edges>\n" if number >= 0 else "    <edges />\n")
    write("  </graph>\n</gexf>\n")


# -- reference managers ------------------------------------------------------------------

_STOP = frozenset({"a", "an", "the", "on", "of", "in", "for", "and", "to", "with", "is", "are", "towards"})


def _papers(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    return sorted((a for _, a in graph.nodes(data=True) if a.get("kind") == "paper"), key=_oldest_first)


def _oldest_first(paper: dict[str, Any]) -> tuple[int, str, str]:
    """The order of papers in the files for reference managers and VOSviewer: by year, date, id."""
    return (paper.get("year") or 0, paper.get("published") or "", paper.get("id", ""))


def _surname(author: str) -> str:
    from paperkg.graph.authors import author_name

    words = author_name(author).split()
    return words[-1] if words else ""


def _ascii_word(text: str) -> str:
    from paperkg.models import normalise_title

    return "".join(normalise_title(text).split())


def _title_words(text: str) -> list[str]:
    from paperkg.models import normalise_title

    return [w for w in normalise_title(text).split() if w not in _STOP]


def _citation_key(paper: dict[str, Any], taken: set[str]) -> str:
    """``surname`` + ``year`` + first title word, like Google Scholar's keys; a, b, ... on a clash."""
    authors = paper.get("authors") or []
    surname = _ascii_word(_surname(authors[0])) if authors else ""
    words = _title_words(paper.get("title") or "")
    base = f"{surname}{paper.get('year') or ''}{words[0] if words else ''}" or _ascii_word(paper["id"])
    key, n = base, 0
    while key in taken:
        key = f"{base}{chr(ord('a') + n)}" if n < 26 else f"{base}{n}"
        n += 1
    taken.add(key)
    return key


# A percent sign starts a comment to LaTeX: "95% of" read back as "95" and nothing after, in paperkg's own
# reader as in a reference manager's. & and # are LaTeX's alignment and parameter marks. _, ^ and \ are
# left as they are: abstracts use them for their math.
_LATEX_ESCAPED = re.compile(r"(?<!\\)([%&#])")
# Outside math, LaTeX reads "~" as a space and "--", "``", "''", "!`", "?`" as a dash, quotes and inverted
# marks: an empty group between the two characters keeps them as they are, "~" is spelt out.
_LIGATURE = re.compile(r"([-`'])(?=\1)|([!?])(?=`)")
# A dollar sign that is not escaped: LaTeX pairs them into math.
_DOLLAR = re.compile(r"(?<!\\)\$")
# What makes the text between two dollar signs math ("$\alpha$", "$x^2$"), not money ("$20 to $300").
_MATH = re.compile(r"[\\^_]")


def _bib_text(text: str) -> str:
    """Return text outside math as LaTeX a reader turns back into it: % & # escaped, braces escaped (the
    caller keeps them only where they balance), "~" and the ligatures kept."""
    escaped = _LATEX_ESCAPED.sub(r"\\\1", text).replace("{", r"\{").replace("}", r"\}")
    return _LIGATURE.sub(r"\1\2{}", escaped).replace("~", r"\textasciitilde{}")


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def _bib_value(text: str, braces: bool = False) -> str:
    """Return ``text`` as a braced BibTeX value a reader gives back as ``text`` but for its whitespace.

    One line; % & # escaped; braces dropped (in a title or venue, what is left of BibTeX's case
    protection), with ``braces`` kept where they balance (escaped outside math: LaTeX drops a
    group's; an abstract's "^{-N/2}" is text, and a paper without an id is known by it); what lies between
    two dollar signs kept as math where it looks like math, the dollar signs escaped where it
    does not (money) or where one has no pair; outside math "~" spelt out and "--", "``", "''"
    kept from becoming a dash or quotes.
    """
    flat = " ".join(str(text).split())
    if not (braces and _balanced(flat)):
        flat = flat.replace("{", "").replace("}", "")
    parts = _DOLLAR.split(flat)
    out = [_bib_text(parts[0])]
    at = 1
    while at < len(parts):
        inner = parts[at]
        if at + 1 < len(parts) and _MATH.search(inner):
            out.append("$" + _LATEX_ESCAPED.sub(r"\\\1", inner) + "$" + _bib_text(parts[at + 1]))
        elif at + 1 < len(parts):
            out.append(r"\$" + _bib_text(inner) + r"\$" + _bib_text(parts[at + 1]))
        else:
            out.append(r"\$" + _bib_text(inner))
        at += 2
    return "{" + "".join(out) + "}"


def to_bibtex(graph: nx.MultiDiGraph) -> str:
    """Return a BibTeX entry per paper, oldest first.

    ``@article`` for papers with a venue, else ``@misc``; arXiv papers get
    ``eprint``, ``archivePrefix`` and ``primaryClass`` (biblatex and natbib
    read them); the paperkg id goes in a ``paperkg_id`` field, which reference
    managers keep as an unknown field.
    """
    return "\n".join(_bibtex_entries(_papers(graph)))


def _bibtex_entries(papers: Iterable[dict[str, Any]]) -> Iterator[str]:
    """Yield the BibTeX entry of each paper, in the order given (keys made unique in that order)."""
    taken: set[str] = set()
    for paper in papers:
        fields: list[tuple[str, str]] = []
        if paper.get("title"):
            fields.append(("title", paper["title"]))
        if paper.get("authors"):
            fields.append(("author", " and ".join(paper["authors"])))
        if paper.get("year"):
            fields.append(("year", str(paper["year"])))
        published = paper.get("published") or ""
        if re.match(r"^\d{4}-\d{2}", published):
            fields.append(("month", str(int(published[5:7]))))
        if re.match(r"^\d{4}-\d{2}-\d{2}$", published):
            fields.append(("date", published))  # biblatex's, read first: the day tells which came first
        if paper.get("venue"):
            fields.append(("journal", paper["venue"]))
        if paper.get("doi"):
            fields.append(("doi", paper["doi"]))
        if paper.get("arxiv_id"):
            fields.append(("eprint", paper["arxiv_id"]))
            fields.append(("archivePrefix", "arXiv"))
            if paper.get("categories"):
                fields.append(("primaryClass", paper["categories"][0]))
        url = paper.get("url") or (
            f"https://arxiv.org/abs/{paper['arxiv_id']}" if paper.get("arxiv_id") else None
        )
        if url:
            fields.append(("url", url))
        if paper.get("abstract"):
            fields.append(("abstract", paper["abstract"]))
        fields.append(("paperkg_id", paper["id"]))
        kind = "article" if paper.get("venue") else "misc"
        body = ",\n".join(f"  {name} = {_bib_value(value, name == 'abstract')}" for name, value in fields)
        yield f"@{kind}{{{_citation_key(paper, taken)},\n{body}\n}}\n"


def _ris_line(tag: str, value: str) -> str:
    return f"{tag}  - {' '.join(str(value).split())}\n"


def to_ris(graph: nx.MultiDiGraph) -> str:
    """Return an RIS record per paper, oldest first: ``JOUR`` with a venue, else ``UNPB`` (a preprint)."""
    return "\n".join(_ris_records(_papers(graph)))


def _ris_records(papers: Iterable[dict[str, Any]]) -> Iterator[str]:
    """Yield the RIS record of each paper, in the order given."""
    for paper in papers:
        lines = [_ris_line("TY", "JOUR" if paper.get("venue") else "UNPB")]
        lines.append(_ris_line("ID", paper["id"]))
        if paper.get("title"):
            lines.append(_ris_line("TI", paper["title"]))
        lines.extend(_ris_line("AU", author) for author in paper.get("authors") or [])
        if paper.get("year"):
            lines.append(_ris_line("PY", str(paper["year"])))
        published = paper.get("published") or ""
        if re.match(r"^\d{4}-\d{2}", published):
            parts = published.split("-")
            lines.append(_ris_line("DA", "/".join(parts) + ("/" if len(parts) == 2 else "")))
        elif re.fullmatch(r"--\d{2}-\d{2}", published):  # a day whose year the source did not give
            lines.append(_ris_line("DA", f"/{published[2:4]}/{published[5:7]}/"))
        if paper.get("venue"):
            lines.append(_ris_line("JO", paper["venue"]))
        if paper.get("doi"):
            lines.append(_ris_line("DO", paper["doi"]))
        if paper.get("arxiv_id"):
            lines.append(_ris_line("UR", f"https://arxiv.org/abs/{paper['arxiv_id']}"))
        elif paper.get("url"):
            lines.append(_ris_line("UR", paper["url"]))
        lines.extend(_ris_line("KW", c) for c in paper.get("categories") or [])
        if paper.get("abstract"):
            lines.append(_ris_line("AB", paper["abstract"]))
        lines.append("ER  - \n")
        yield "".join(lines)


# -- VOSviewer ---------------------------------------------------------------------------


def _vos_text(value: Any) -> str:
    return " ".join(str(value).replace("\t", " ").split())


def to_vosviewer(graph: nx.MultiDiGraph, full: nx.MultiDiGraph | None = None) -> tuple[str, str]:
    """Return VOSviewer's map file and network file for the papers of ``graph``.

    The map file is tab-separated with a header: ``id`` (1, 2, ...), ``label``,
    ``description`` (the paperkg id), ``url``, ``cluster`` (when the graph has
    clusters: 1 for the largest, papers in none last), ``weight<Links>``,
    ``weight<Citations>`` (the source's global count, else the CITES edges in
    the corpus) and ``score<Pub. year>``. The network file has no header: ``id``,
    ``id``, link strength, one line per pair of papers joined by any exported
    edge kind (each kind once per pair, whichever way its edges run;
    CO_CITED and COUPLED count their shared papers, every other kind 1).
    ``full`` is the whole graph ``graph`` was selected from, where citations and
    clusters are counted.
    """
    source = full if full is not None else graph
    return _vosviewer_files(
        (a for _, a in graph.nodes(data=True)),
        ({**a, "source": u, "target": v, "kind": key} for u, v, key, a in graph.edges(keys=True, data=True)),
        lambda: (v for _, v, key in source.edges(keys=True) if key == EdgeKind.CITES.value),
        lambda: ((u, v) for u, v, key in source.edges(keys=True) if key == EdgeKind.IN_CLUSTER.value),
    )


def _store_vosviewer(rows: _StoreRows) -> tuple[str, str]:
    """``to_vosviewer`` of the embedded store, its rows read by kind as they are needed, never held together."""
    store = rows.store
    return _vosviewer_files(
        rows.nodes(),
        store.edge_rows(rows.kinds),
        lambda: (a["target"] for a in store.edge_rows([EdgeKind.CITES])),
        lambda: ((a["source"], a["target"]) for a in store.edge_rows([EdgeKind.IN_CLUSTER])),
    )


# What the VOSviewer files say of a paper.
_VOS_FIELDS = ("id", "label", "url", "arxiv_id", "year", "published", "citation_count")


def _vosviewer_files(
    nodes: Iterable[dict[str, Any]],
    edges: Iterable[dict[str, Any]],
    cited: Callable[[], Iterable[str]],
    clustered: Callable[[], Iterable[tuple[str, str]]],
) -> tuple[str, str]:
    """The map and network files of the paper ``nodes`` and the ``edges`` exported between them; ``cited``
    gives the target of each CITES edge of the whole graph, ``clustered`` each (paper, cluster) of it."""
    papers: list[dict[str, Any]] = sorted(
        ({k: a.get(k) for k in _VOS_FIELDS} for a in nodes if a.get("kind") == "paper"), key=_oldest_first
    )
    number = {a["id"]: i for i, a in enumerate(papers, start=1)}
    # one weight per pair and kind: a mutual SIMILAR_TO (two edges) or two citations A->B, B->A count once
    weights: dict[tuple[int, int, str], int] = {}
    for attrs in edges:
        a, b, key = number.get(attrs["source"]), number.get(attrs["target"]), attrs["kind"]
        if a is None or b is None or a == b:
            continue
        weight = 1
        if key in (EdgeKind.CO_CITED.value, EdgeKind.COUPLED.value):
            weight = int((attrs.get("attrs") or {}).get("shared_count", 1))
        slot = (min(a, b), max(a, b), key)
        weights[slot] = max(weights.get(slot, 0), weight)
    strength: dict[tuple[int, int], int] = {}
    for (a, b, _), weight in weights.items():
        strength[(a, b)] = strength.get((a, b), 0) + weight
    del weights
    links = {n: 0 for n in number.values()}
    for a, b in strength:
        links[a] += 1
        links[b] += 1
    citations: dict[str, int] = {}
    if any(paper["citation_count"] is None for paper in papers):
        for target in cited():
            citations[target] = citations.get(target, 0) + 1
    cluster_of = _cluster_numbers(clustered(), number)
    header = ["id", "label", "description", "url"]
    if cluster_of:
        header.append("cluster")
    header += ["weight<Links>", "weight<Citations>", "score<Pub. year>"]
    rows = ["\t".join(header)]
    for paper in papers:
        n = number[paper["id"]]
        count = paper["citation_count"]
        if count is None:
            count = citations.get(paper["id"], 0)
        url = paper.get("url") or (
            f"https://arxiv.org/abs/{paper['arxiv_id']}" if paper.get("arxiv_id") else ""
        )
        row = [str(n), _vos_text(paper.get("label") or paper["id"]), _vos_text(paper["id"]), _vos_text(url)]
        if cluster_of:
            row.append(str(cluster_of[paper["id"]]))
        year = paper.get("year")
        row += [str(links[n]), str(count), str(year) if year is not None else ""]
        rows.append("\t".join(row))
    network = [f"{a}\t{b}\t{w}" for (a, b), w in sorted(strength.items())]
    return "\n".join(rows) + "\n", "\n".join(network) + ("\n" if network else "")


def _cluster_numbers(clustered: Iterable[tuple[str, str]], number: dict[str, int]) -> dict[str, int]:
    """Paper id -> cluster number (1 = the largest cluster) of the (node, cluster) pairs; empty when there are none."""
    member_of: dict[str, str] = {}
    for u, v in clustered:
        if u in number:
            member_of[u] = v
    if not member_of:
        return {}
    sizes: dict[str, int] = {}
    for cluster in member_of.values():
        sizes[cluster] = sizes.get(cluster, 0) + 1
    order = {c: i for i, c in enumerate(sorted(sizes, key=lambda c: (-sizes[c], c)), start=1)}
    rest = len(order) + 1
    return {paper: order[member_of[paper]] if paper in member_of else rest for paper in number}
