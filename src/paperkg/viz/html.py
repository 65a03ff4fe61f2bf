"""Drawing a selected subgraph as one self-contained, offline HTML page with vis-network from pyvis."""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from paperkg._files import write_atomic
from paperkg.exceptions import MissingDependency, PaperKGError
from paperkg.models import EdgeKind
from paperkg.viz.layout import compute_layout, timeline_layout
from paperkg.viz.select import ViewSelection, influence

__all__ = [
    "BACKGROUND_KINDS",
    "EDGE_STYLES",
    "FAMILY_PALETTE",
    "LAYOUTS",
    "EdgeStyle",
    "PageElements",
    "build_page",
    "edges_to_draw",
    "page_elements",
    "render_html",
    "safe_json",
]

_INSTALL_HINT = "drawing HTML views needs pyvis; install it with: pip install 'paperkg[viz]'"
_ARXIV_ID = re.compile(r"^(?:\d{4}\.\d{4,5}|[a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7})$")
_EXCERPT = 300
_LABEL = 34


@dataclass(frozen=True)
class EdgeStyle:
    """How one edge kind is drawn and named in the legend."""

    label: str
    color: str
    width: float
    dashes: tuple[int, ...] = ()
    arrow: bool = False


EDGE_STYLES: dict[str, EdgeStyle] = {
    EdgeKind.BUILDS_ON.value: EdgeStyle("builds on", "#1f2937", 2.2, arrow=True),
    EdgeKind.CITES.value: EdgeStyle("cites", "#6b7280", 1.0, arrow=True),
    EdgeKind.SIMILAR_TO.value: EdgeStyle("similar to", "rgba(37,99,235,0.35)", 1.0),
    EdgeKind.SAME_FAMILY.value: EdgeStyle("same family", "#d97706", 1.4, dashes=(7, 5)),
    EdgeKind.SHARES_DATASET.value: EdgeStyle("shares a dataset", "#059669", 1.4, dashes=(2, 4)),
    EdgeKind.INTRODUCES.value: EdgeStyle("introduces", "rgba(124,58,237,0.6)", 1.2, arrow=True),
    EdgeKind.MENTIONS.value: EdgeStyle("mentions", "rgba(124,58,237,0.45)", 1.0, dashes=(2, 3)),
    EdgeKind.USES_DATASET.value: EdgeStyle("uses dataset", "rgba(5,150,105,0.5)", 1.0),
    EdgeKind.IN_FAMILY.value: EdgeStyle("in family", "rgba(100,116,139,0.45)", 1.0),
    EdgeKind.CO_CITED.value: EdgeStyle("co-cited", "rgba(219,39,119,0.55)", 1.2, dashes=(6, 3)),
    EdgeKind.COUPLED.value: EdgeStyle("coupled (cite the same)", "rgba(13,148,136,0.55)", 1.2, dashes=(3, 3)),
    EdgeKind.AUTHORED.value: EdgeStyle("authored", "rgba(180,83,9,0.45)", 1.0, arrow=True),
    EdgeKind.IN_CLUSTER.value: EdgeStyle("in cluster", "rgba(71,85,105,0.35)", 1.0),
    EdgeKind.BUILDS_ON_CANDIDATE.value: EdgeStyle(
        "builds on? (candidate)", "rgba(31,41,55,0.45)", 1.0, dashes=(4, 4), arrow=True
    ),
}

LAYOUTS = ("map", "timeline")
# Kinds that link most papers to many others: drawn, they hide the builds-on arrows under a
# haze, so a view with builds-on or cites edges starts with them switched off in the legend
# (they still place related papers together in the map layout).
BACKGROUND_KINDS = (
    EdgeKind.SIMILAR_TO.value,
    EdgeKind.SAME_FAMILY.value,
    EdgeKind.SHARES_DATASET.value,
    # co-citation and coupling are undirected relatedness too, up to ten a paper
    EdgeKind.CO_CITED.value,
    EdgeKind.COUPLED.value,
)
# Drawn last, so on top: builds-on above cites above everything else.
_DRAW_ORDER = {EdgeKind.BUILDS_ON.value: 2, EdgeKind.CITES.value: 1}

FAMILY_PALETTE = (
    "#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6",
    "#9a6324", "#469990", "#800000", "#808000", "#000075", "#bfef45", "#dcbeff",
)  # fmt: skip
_NO_FAMILY = "#94a3b8"
_OTHER_FAMILY = "#cbd5e1"
_HUB_STYLE = {
    "method": ("diamond", "#7c3aed"),
    "dataset": ("square", "#059669"),
    "family": ("star", "#475569"),
    "external": ("dot", "#d1d5db"),
    "author": ("triangle", "#b45309"),
    "cluster": ("hexagon", "#334155"),
}


@dataclass(frozen=True)
class PageElements:
    """What the page holds: vis-network nodes and edges (plain data) and the legend."""

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    families: list[dict[str, Any]]
    kinds: list[dict[str, Any]]
    axis: list[dict[str, Any]] = field(default_factory=list)
    hidden_kinds: list[str] = field(default_factory=list)


def safe_json(data: Any) -> str:
    """Return JSON that can sit inside an HTML ``<script>`` element whatever its strings hold.

    ``<``, ``>`` and ``&`` become ``\\u003c``..., so no string can close the
    element (``</script>``) or open a comment; U+2028 and U+2029 are escaped too.

    Examples
    --------
    >>> safe_json({"t": "</script>"})
    '{"t": "\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False, allow_nan=False)
    for raw, escaped in (
        ("&", "\\u0026"),
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return text


def _excerpt(text: str | None, limit: int) -> str | None:
    if not text:
        return None
    flat = " ".join(str(text).split())
    if len(flat) <= limit:
        return flat
    return flat[: limit - 1].rsplit(" ", 1)[0] + "…"


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return round(float(value), 3)


def _family_legend(graph: nx.MultiDiGraph, families: dict[str, list[str]]) -> dict[str, dict[str, Any]]:
    counts: dict[str, int] = {}
    for node, names in families.items():
        if graph.nodes[node].get("kind") == "paper":
            for name in set(names):
                counts[name] = counts.get(name, 0) + 1
    for names in families.values():
        for name in names:
            counts.setdefault(name, 0)
    ordered = sorted(counts, key=lambda n: (-counts[n], n.lower()))
    return {
        name: {
            "name": name,
            "count": counts[name],
            "color": FAMILY_PALETTE[i] if i < len(FAMILY_PALETTE) else _OTHER_FAMILY,
        }
        for i, name in enumerate(ordered)
    }


def _short_label(text: str) -> str:
    """A label short enough to draw: the name before a title's colon, else the first words."""
    head, colon, _ = text.partition(":")
    if colon and 2 <= len(head.strip()) <= 30:
        return head.strip()
    if len(text) <= _LABEL:
        return text
    return text[: _LABEL - 1].rsplit(" ", 1)[0].rstrip(" ,;-") + "…"


def _node(
    node: str,
    attrs: dict[str, Any],
    position: tuple[float, float],
    timeline: tuple[float, float],
    score: float,
    names: list[str],
    legend: dict[str, dict[str, Any]],
) -> dict[str, Any]:
    kind = str(attrs.get("kind") or "external")
    names = sorted(set(names), key=lambda n: (-legend[n]["count"], n.lower()))
    text = str(attrs.get("label") or attrs.get("name") or attrs.get("title") or node)
    label = _short_label(text)
    arxiv = attrs.get("arxiv_id")
    record: dict[str, Any] = {
        "id": node,
        "kind": kind,
        "label": label,
        "name": text,
        "x": position[0],
        "y": position[1],
        "tx": timeline[0],
        "ty": timeline[1],
        "score": round(score, 4),
        "families": names,
    }
    if kind == "paper":
        record.update(
            shape="dot",
            size=round(12 + 16 * score, 1),
            font=round(15 + 5 * score),
            color=legend[names[0]]["color"] if names else _NO_FAMILY,
            title=attrs.get("title"),
            published=attrs.get("published"),
            year=attrs.get("year") if isinstance(attrs.get("year"), int) else None,
            n_authors=attrs.get("n_authors") if isinstance(attrs.get("n_authors"), int) else None,
            abstract=_excerpt(attrs.get("abstract"), _EXCERPT),
            arxiv=arxiv if isinstance(arxiv, str) and _ARXIV_ID.match(arxiv) else None,
            upvotes=attrs.get("upvotes") if isinstance(attrs.get("upvotes"), int) else None,
        )
    else:
        shape, color = _HUB_STYLE.get(kind, ("dot", _NO_FAMILY))
        if kind == "family" and names:
            color = legend[names[0]]["color"]
        record.update(
            shape=shape,
            size={"external": 6, "family": 11}.get(kind, 8),
            font=11,
            color=color,
            description=_excerpt(attrs.get("description"), _EXCERPT),
            aliases=[str(a) for a in (attrs.get("aliases") or [])][:10],
        )
        if kind == "external":
            record.update(
                title=attrs.get("title") if isinstance(attrs.get("title"), str) else None,
                arxiv=arxiv if isinstance(arxiv, str) and _ARXIV_ID.match(arxiv) else None,
            )
    return record


def _edge(index: int, u: str, v: str, key: str, attrs: dict[str, Any], mutual: bool) -> dict[str, Any]:
    return {
        "id": f"e{index}",
        "from": u,
        "to": v,
        "kind": key,
        "relation": attrs.get("relation") if isinstance(attrs.get("relation"), str) else None,
        "evidence": _excerpt(attrs.get("evidence"), _EXCERPT),
        "via": attrs.get("via") if isinstance(attrs.get("via"), str) else None,
        "confidence": _number(attrs.get("confidence")),
        "score": _number(attrs.get("score")),
        "rank": attrs.get("rank") if isinstance(attrs.get("rank"), int) else None,
        "shared": [str(s) for s in (attrs.get("shared") or [])][:12],
        "mutual": mutual,
    }


def edges_to_draw(graph: nx.MultiDiGraph) -> list[tuple[str, str, str, dict[str, Any], bool]]:
    """Return the edges a view draws, ordered by kind, source and target.

    Mutual SIMILAR_TO neighbours, stored as two edges, are drawn as one,
    from the smaller id, marked mutual.

    Parameters
    ----------
    graph
        A selected subgraph.

    Returns
    -------
    list
        ``(source, target, kind, attributes, mutual)`` tuples.
    """
    similar = EdgeKind.SIMILAR_TO.value
    drawn = []
    for u, v, key, attrs in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[2], e[0], e[1])):
        mutual = key == similar and graph.has_edge(v, u, key=similar)
        if mutual and str(v) < str(u):
            continue
        drawn.append((u, v, key, attrs, mutual))
    return drawn


def page_elements(view: ViewSelection, seed: int = 0) -> PageElements:
    """Return the nodes, edges and legends the page draws for a selection.

    Positions come from :func:`~paperkg.viz.layout.compute_layout`; papers are
    sized by :func:`~paperkg.viz.select.influence` and coloured by their largest
    method family. Mutual SIMILAR_TO neighbours, stored as two edges, are drawn
    as one undirected edge marked ``mutual``.

    Parameters
    ----------
    view
        The selection to draw.
    seed
        Seed of the layout.

    Returns
    -------
    PageElements
    """
    graph = view.graph
    positions = compute_layout(graph, seed=seed)
    timeline, axis = timeline_layout(graph, positions)
    scores = influence(graph)
    families = view.families
    legend = _family_legend(graph, families)
    nodes = [
        _node(n, a, positions[n], timeline[n], scores.get(n, 0.0), families.get(n, []), legend)
        for n, a in sorted(graph.nodes(data=True), key=lambda item: str(item[0]))
    ]
    edges: list[dict[str, Any]] = []
    counts: dict[str, int] = {}
    drawn = sorted(edges_to_draw(graph), key=lambda e: _DRAW_ORDER.get(e[2], 0))  # stable: kind order kept
    for u, v, key, attrs, mutual in drawn:
        edges.append(_edge(len(edges), u, v, key, attrs, mutual))
        counts[key] = counts.get(key, 0) + 1
    kinds = [
        {
            "kind": kind,
            "count": counts[kind],
            "label": style.label,
            "color": style.color,
            "width": style.width,
            "dashes": list(style.dashes),
            "arrow": style.arrow,
        }
        for kind, style in EDGE_STYLES.items()
        if kind in counts
    ]
    directed = counts.get(EdgeKind.BUILDS_ON.value, 0) + counts.get(EdgeKind.CITES.value, 0)
    hidden = [k for k in BACKGROUND_KINDS if k in counts] if directed else []
    return PageElements(
        nodes=nodes,
        edges=edges,
        families=list(legend.values()),
        kinds=kinds,
        axis=axis,
        hidden_kinds=hidden,
    )


def _asset(name: str) -> str:
    return resources.files("paperkg.viz").joinpath("assets", name).read_text(encoding="utf-8")


def _vis_assets() -> tuple[str, str]:
    """The vis-network script and stylesheet pyvis ships, read from its package."""
    # find_spec locates the package without running pyvis/__init__.py, which imports IPython (over 1 s)
    try:
        spec = importlib.util.find_spec("pyvis")
    except (ImportError, ValueError) as e:
        raise MissingDependency(_INSTALL_HINT) from e
    if spec is None or not spec.submodule_search_locations:
        raise MissingDependency(_INSTALL_HINT)
    # pyvis's own template with cdn_resources="in_line" inlines these same files,
    # but it also links Bootstrap from a CDN (the page would not work offline)
    # and puts tooltips in with innerHTML when a title holds "href".
    root = Path(next(iter(spec.submodule_search_locations))) / "templates" / "lib" / "vis-9.1.2"
    try:
        script = (root / "vis-network.min.js").read_text(encoding="utf-8")
        style = (root / "vis-network.css").read_text(encoding="utf-8")
    except OSError as e:
        raise MissingDependency(f"pyvis is installed but lacks vis-network 9.1.2; {_INSTALL_HINT}") from e
    if "</script" in script.lower():
        raise PaperKGError("the vis-network script cannot be inlined: it contains '</script'")
    return script, style


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def build_page(
    view: ViewSelection, *, heading: str | None = None, seed: int = 0, layout: str = "map"
) -> str:
    """Return the whole HTML page for a selection, every script and style inlined.

    Untrusted text (titles, abstracts, evidence, names) goes in only as JSON in
    a ``<script type="application/json">`` element (see :func:`safe_json`) and is
    put on the page by the page's script with ``textContent``, never as HTML; a
    Content-Security-Policy allows only the page's own scripts, by hash.

    Parameters
    ----------
    view
        The selection to draw.
    heading
        The page's title; ``"paperkg: <scope>"`` by default.
    seed
        Seed of the layout.
    layout
        The layout the page opens with: ``map`` (related papers together) or
        ``timeline`` (x = year); the page can switch between them.

    Returns
    -------
    str

    Raises
    ------
    MissingDependency
        When pyvis is not installed.
    PaperKGError
        When the layout is not one of :data:`LAYOUTS`.
    """
    if layout not in LAYOUTS:
        raise PaperKGError(f"unknown layout {layout!r}; choose one of {', '.join(LAYOUTS)}")
    vis_script, vis_style = _vis_assets()
    elements = page_elements(view, seed=seed)
    title = heading or f"paperkg: {view.scope}"
    data = {
        "title": title,
        "scope": view.scope,
        "candidates": view.candidates,
        "left_out": view.left_out,
        "root": view.root,
        "nodes": elements.nodes,
        "edges": elements.edges,
        "families": elements.families,
        "groups": view.groups,
        "kinds": elements.kinds,
        "axis": elements.axis,
        "hidden_kinds": elements.hidden_kinds,
        "layout": layout,
    }
    app_script = _asset("view.js")
    scripts = [vis_script, app_script]
    policy = (
        "default-src 'none'; "
        f"script-src {' '.join(_csp_hash(s) for s in scripts)}; "
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    )
    parts = {
        "CSP": html.escape(policy, quote=True),
        "TITLE": html.escape(title),
        "VIS_CSS": vis_style,
        "APP_CSS": _asset("view.css"),
        "VIS_JS": vis_script,
        "APP_JS": app_script,
        "DATA": safe_json(data),
    }
    template = _asset("page.html")
    # one pass, so nothing substituted is scanned again for markers
    return re.sub(r"@@([A-Z_]+)@@", lambda m: parts[m.group(1)], template)


def render_html(
    view: ViewSelection, out: str | Path, *, heading: str | None = None, seed: int = 0, layout: str = "map"
) -> Path:
    """Draw a selection into one self-contained HTML file at ``out``, and nowhere else.

    Parameters
    ----------
    view
        The selection to draw (:func:`~paperkg.viz.select.select_view`).
    out
        The file to write; its directory must exist.
    heading
        The page's title; ``"paperkg: <scope>"`` by default.
    seed
        Seed of the layout.
    layout
        ``map`` or ``timeline``: the layout the page opens with.

    Returns
    -------
    Path
        The file written.

    Raises
    ------
    MissingDependency
        When pyvis is not installed.
    PaperKGError
        When the file cannot be written.

    Examples
    --------
    >>> render_html(select_view(store), "graph.html")  # doctest: +SKIP
    PosixPath('graph.html')
    """
    page = build_page(view, heading=heading, seed=seed, layout=layout)
    target = Path(out)
    if not target.parent.is_dir():
        raise PaperKGError(f"cannot write {target}: the directory {target.parent} does not exist")
    try:
        # Through a temporary file: a full disk leaves the old view whole instead of an empty file.
        write_atomic(target, lambda handle: handle.write(page.encode("utf-8")))
    except OSError as e:
        raise PaperKGError(f"cannot write {target}: {e.strerror}") from e
    return target
