"""Benchmark HTML views of 500, 2,000 and 5,000 nodes: Python time, file size, and drawing in headless Chromium.

For each size it builds a synthetic graph shaped like a real build (three
papers to one hub; builds-on by preferential attachment, similar-to neighbours,
same-family and shared-dataset pairs, every hub kind), then measures:

``select``
    ``select_view`` on the store (subgraph, PageRank);
``render``
    ``render_html``: layout, page elements, the page written;
``drawn``
    in Chromium, milliseconds from navigation start to vis-network's first
    ``afterDrawing`` (the page parsed, its data read, the network drawn);
``redraw``
    milliseconds for one full redraw (every edge) after a zoom step;
``drag frame``
    median milliseconds per frame while the view is dragged (edges are hidden
    while dragging above 1,000 nodes, so this is what panning feels like).

Run from the repository root::

    python -m benchmarks.bench_viz                 # 500, 2000, 5000 nodes, 3 runs each
    python -m benchmarks.bench_viz --sizes 2000 --runs 5 --json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from paperkg.graph import NetworkXStore
from paperkg.models import Dataset, Edge, EdgeKind, Method, MethodFamily, Paper
from paperkg.viz import render_html, select_view

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from _browser_helpers import Browser

__all__ = ["main", "measure", "synthetic_store"]

GOAL_MS = 5000  # issue 6: a 2,000-node view drawn in at most 5 s
WORDS = [
    "scaling",
    "sparse",
    "attention",
    "adaptive",
    "optimizer",
    "low-rank",
    "adapters",
    "quantized",
    "retrieval",
    "instruction",
    "tuning",
    "distillation",
    "diffusion",
    "reasoning",
    "benchmark",
    "efficient",
    "training",
    "preference",
    "alignment",
    "mixture",
    "experts",
    "long",
    "context",
    "multimodal",
    "pruning",
]


def synthetic_store(n_nodes: int, seed: int = 0) -> NetworkXStore:
    """Return an in-memory store of about ``n_nodes`` nodes, a quarter of them hubs."""
    rng = random.Random(seed)
    n_hubs = n_nodes // 4
    n_families = max(3, n_hubs // 10)
    n_datasets = max(3, n_hubs // 4)
    n_methods = n_hubs - n_families - n_datasets
    n_papers = n_nodes - n_hubs
    families = [MethodFamily(name=f"family {i}") for i in range(n_families)]
    datasets = [Dataset(name=f"dataset {i}") for i in range(n_datasets)]
    methods = [Method(name=f"method {i}", families=[families[i % n_families].name]) for i in range(n_methods)]
    papers = []
    for i in range(n_papers):
        year = 2017 + i * 8 // n_papers
        title = " ".join(rng.sample(WORDS, 6)).capitalize() + f" {i}"
        papers.append(
            Paper(
                arxiv_id=f"{year % 100:02d}{1 + i % 12:02d}.{10000 + i:05d}",
                title=title,
                abstract=f"We propose {title}. " + " ".join(rng.choices(WORDS, k=60)) + ".",
                published=f"{year}-{1 + i % 12:02d}-15",
                year=year,
                n_authors=rng.randint(1, 12),
            )
        )
    family_of = [rng.randrange(n_families) for _ in papers]
    by_family: dict[int, list[int]] = {}
    for i, f in enumerate(family_of):
        by_family.setdefault(f, []).append(i)
    edges: list[Edge] = []
    targets: list[int] = []
    for i, paper in enumerate(papers):
        if i:
            for j in {rng.choice(targets) if targets and rng.random() < 0.7 else rng.randrange(i)}:
                edges.append(
                    Edge(
                        kind=EdgeKind.BUILDS_ON,
                        source=paper.id,
                        target=papers[j].id,
                        relation="extends",
                        evidence=f"{paper.title} extends {papers[j].title}.",
                    )
                )
                targets.extend([j, i])
        family = family_of[i]
        edges.append(Edge(kind=EdgeKind.IN_FAMILY, source=paper.id, target=families[family].id))
        peers = by_family[family]
        for rank, j in enumerate(rng.sample(peers, min(3, len(peers))), start=1):
            if j != i:
                edges.append(
                    Edge(
                        kind=EdgeKind.SIMILAR_TO,
                        source=paper.id,
                        target=papers[j].id,
                        score=round(0.9 - 0.1 * rank, 2),
                        rank=rank,
                    )
                )
        j = rng.choice(peers)
        if j > i:
            edges.append(
                Edge(
                    kind=EdgeKind.SAME_FAMILY,
                    source=paper.id,
                    target=papers[j].id,
                    shared=[families[family].name],
                )
            )
        dataset = rng.randrange(n_datasets)
        edges.append(Edge(kind=EdgeKind.USES_DATASET, source=paper.id, target=datasets[dataset].id))
        if rng.random() < 0.3:
            j = rng.randrange(n_papers)
            if j != i:
                edges.append(
                    Edge(
                        kind=EdgeKind.SHARES_DATASET,
                        source=paper.id,
                        target=papers[j].id,
                        shared=[datasets[dataset].name],
                    )
                )
        method = rng.randrange(n_methods)
        kind = EdgeKind.INTRODUCES if rng.random() < 0.2 else EdgeKind.MENTIONS
        edges.append(Edge(kind=kind, source=paper.id, target=methods[method].id))
    for i, method in enumerate(methods):
        edges.append(Edge(kind=EdgeKind.IN_FAMILY, source=method.id, target=families[i % n_families].id))
    store = NetworkXStore.in_memory()
    store.upsert_papers(papers)
    store.upsert_entities([*families, *datasets, *methods])
    store.upsert_edges(edges)
    return store


def measure(browser: Browser, size: int, runs: int, workdir: Path) -> dict[str, Any]:
    """Time one view size; return medians and the counts drawn."""
    store = synthetic_store(size)
    selects, renders, drawn, redraws, drags = [], [], [], [], []
    target = workdir / f"view-{size}.html"
    nodes = edges = 0
    for _ in range(runs):
        started = time.perf_counter()
        view = select_view(store, max_nodes=size)
        selects.append(time.perf_counter() - started)
        started = time.perf_counter()
        render_html(view, target)
        renders.append(time.perf_counter() - started)
        page = browser.open(target, wait_for="window.paperkg && paperkg.state.drawnAt !== null", timeout=120)
        try:
            drawn.append(float(page.evaluate("paperkg.state.drawnAt")))
            nodes, edges = page.evaluate("[paperkg.nodes.length, paperkg.edges.length]")
            redraws.append(
                float(
                    page.evaluate(
                        "new Promise(done => { const net = paperkg.network, t = performance.now();"
                        " net.once('afterDrawing', () => done(performance.now() - t));"
                        " net.moveTo({scale: net.getScale() * 1.25}); })",
                        timeout=60,
                    )
                )
            )
            page.evaluate(
                "window.benchFrames = []; paperkg.network.on('beforeDrawing', () => { window.benchT0 = performance.now(); });"
                " paperkg.network.on('afterDrawing', () => { benchFrames.push(performance.now() - benchT0); }); 1"
            )
            corner = page.evaluate(
                "(() => { const r = document.getElementById('network').getBoundingClientRect();"
                " return [r.left + 20, r.top + 20]; })()"
            )
            page.drag((corner[0], corner[1]), (corner[0] + 200, corner[1] + 150), steps=10)
            browser.pump(0.5)
            frames = page.evaluate("benchFrames")
            # the last frame is the redraw with edges back after the button is released
            drags.append(statistics.median(frames[:-1]) if len(frames) > 1 else float("nan"))
        finally:
            page.close()
    return {
        "size": size,
        "nodes_drawn": nodes,
        "edges_drawn": edges,
        "select_s": statistics.median(selects),
        "render_s": statistics.median(renders),
        "html_mb": target.stat().st_size / 1e6,
        "drawn_ms": statistics.median(drawn),
        "drawn_ms_all": drawn,
        "redraw_ms": statistics.median(redraws),
        "drag_frame_ms": statistics.median(drags),
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 5000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    browser = Browser()
    try:
        with tempfile.TemporaryDirectory(prefix="bench-viz-") as tmp:
            rows = [measure(browser, size, args.runs, Path(tmp)) for size in args.sizes]
    finally:
        browser.close()
    if args.json:
        print(json.dumps({"machine": _machine(), "rows": rows}, indent=2))
        return 0
    print(_machine())
    print(
        f"{'nodes':>6} {'drawn':>6} {'edges':>6} {'select s':>9} {'render s':>9} {'HTML MB':>8} {'drawn ms':>9} {'redraw ms':>10}"
    )
    for r in rows:
        print(
            f"{r['size']:>6} {r['nodes_drawn']:>6} {r['edges_drawn']:>6} {r['select_s']:>9.2f} {r['render_s']:>9.2f}"
            f" {r['html_mb']:>8.2f} {r['drawn_ms']:>9.0f} {r['redraw_ms']:>10.0f} {r['drag_frame_ms']:>14.0f}"
        )
    goal = [r for r in rows if r["size"] == 2000]
    if goal:
        verdict = "met" if goal[0]["drawn_ms"] <= GOAL_MS else "MISSED"
        print(f"goal: 2,000 nodes drawn in <= {GOAL_MS} ms: {verdict} ({goal[0]['drawn_ms']:.0f} ms)")
    return 0


def _machine() -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return f"{platform.node()}: {os.cpu_count()} CPUs, load average {load:.1f}, Python {platform.python_version()}"


if __name__ == "__main__":
    raise SystemExit(main())
