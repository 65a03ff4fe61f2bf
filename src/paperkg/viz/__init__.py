"""Interactive HTML views of the graph: choose a subgraph, lay it out, draw it with vis-network."""

from __future__ import annotations

from paperkg.viz.html import build_page, page_elements, render_html
from paperkg.viz.layout import compute_layout
from paperkg.viz.select import (
    DEFAULT_MAX_NODES,
    ViewSelection,
    influence,
    parse_kinds,
    select_subgraph,
    select_view,
)

__all__ = [
    "DEFAULT_MAX_NODES",
    "ViewSelection",
    "build_page",
    "compute_layout",
    "influence",
    "page_elements",
    "parse_kinds",
    "render_html",
    "select_subgraph",
    "select_view",
]
