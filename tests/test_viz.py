"""HTML views: subgraph selection, layout, escaping, the one-file rule, the CLI, and the page in Chromium."""

from __future__ import annotations

import errno
import importlib.util
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from typer.testing import CliRunner

from _browser_helpers import Browser, Page
from conftest import EXAMPLES
from paperkg.cli import app
from paperkg.exceptions import EntityNotFound, MissingDependency, PaperKGError, QueryError
from paperkg.graph import BuildOptions, NetworkXStore, SQLiteStore, build_graph
from paperkg.loaders import LoadOptions
from paperkg.models import Dataset, Edge, EdgeKind, Method, MethodFamily, Paper
from paperkg.viz import build_page, compute_layout, page_elements, render_html, select_view
from paperkg.viz.html import safe_json
from paperkg.viz.select import family_names, find_family, influence, parse_kinds

HOSTILE = "<img src=x onerror=\"document.title='pwned'\"> & <script>document.title='pwned2'</script>"
EVIDENCE = "QLoRA backpropagates through a frozen model into LoRA </script><b>adapters</b>"
K = EdgeKind


def _paper(arxiv: str | None, title: str, year: int | None, published: str | None = None) -> Paper:
    return Paper(
        arxiv_id=arxiv,
        title=title,
        abstract=f"We present {title}. <i>Untrusted</i> abstract text.",
        published=published or (f"{year}-01-15" if year else None),
        year=year,
        n_authors=3,
    )


QLORA = _paper("2305.14314", "QLoRA: Efficient Finetuning of Quantized LLMs", 2023)
LORA = _paper("2106.09685", "LoRA: Low-Rank Adaptation of Large Language Models", 2021)
ADAPTER = _paper("1902.00751", "Parameter-Efficient Transfer Learning for NLP", 2019)
DORA = _paper("2402.09353", "DoRA: Weight-Decomposed Low-Rank Adaptation", 2024)
EVIL = _paper("2402.00001", HOSTILE, 2024)
UNDATED = _paper(None, "Sophia: A Scalable Stochastic Second-order Optimizer", None, "--05-26")
PEFT = MethodFamily(name="parameter-efficient fine-tuning")
OPTIM = MethodFamily(name="optimizers")
LORA_M = Method(name="LoRA", families=[PEFT.name], introduced_by=LORA.id)
GSM8K = Dataset(name="GSM8K")
PAPERS = [QLORA, LORA, ADAPTER, DORA, EVIL, UNDATED]
ENTITIES = [PEFT, OPTIM, LORA_M, GSM8K]
EDGES = [
    Edge(
        kind=K.BUILDS_ON,
        source=QLORA.id,
        target=LORA.id,
        relation="extends",
        evidence=EVIDENCE,
        confidence=0.9,
    ),
    Edge(kind=K.BUILDS_ON, source=LORA.id, target=ADAPTER.id, relation="compares", confidence=0.6),
    Edge(kind=K.BUILDS_ON, source=DORA.id, target=QLORA.id, relation="uses", confidence=0.7),
    Edge(kind=K.CITES, source=EVIL.id, target=LORA.id),
    Edge(kind=K.SIMILAR_TO, source=QLORA.id, target=DORA.id, score=0.81, rank=1),
    Edge(kind=K.SIMILAR_TO, source=DORA.id, target=QLORA.id, score=0.81, rank=1),
    Edge(kind=K.SIMILAR_TO, source=UNDATED.id, target=ADAPTER.id, score=0.4, rank=1),
    Edge(kind=K.SAME_FAMILY, source=DORA.id, target=LORA.id, score=1.0, shared=[PEFT.name]),
    Edge(kind=K.SHARES_DATASET, source=QLORA.id, target=EVIL.id, score=1.0, shared=["GSM8K"]),
    Edge(kind=K.INTRODUCES, source=LORA.id, target=LORA_M.id),
    Edge(kind=K.MENTIONS, source=DORA.id, target=LORA_M.id),
    Edge(kind=K.USES_DATASET, source=QLORA.id, target=GSM8K.id),
    Edge(kind=K.USES_DATASET, source=EVIL.id, target=GSM8K.id),
    Edge(kind=K.IN_FAMILY, source=QLORA.id, target=PEFT.id),
    Edge(kind=K.IN_FAMILY, source=LORA.id, target=PEFT.id),
    Edge(kind=K.IN_FAMILY, source=ADAPTER.id, target=PEFT.id),
    Edge(kind=K.IN_FAMILY, source=DORA.id, target=PEFT.id),
    Edge(kind=K.IN_FAMILY, source=UNDATED.id, target=OPTIM.id),
    Edge(kind=K.IN_FAMILY, source=LORA_M.id, target=PEFT.id),
]
# every node (one a cited paper outside the corpus) and every edge (one citing it),
# the two mutual SIMILAR_TO edges drawn as one
DRAWN_NODES = len(PAPERS) + len(ENTITIES) + 1
DRAWN_EDGES = len(EDGES) + 1 - 1
TITLE = "paperkg: whole graph"


EXTERNAL = {"id": "external:attention", "label": "Attention Is All You Need", "arxiv_id": "1706.03762"}


def _fill(store: NetworkXStore) -> None:
    store.upsert_papers(PAPERS)
    store.upsert_entities(ENTITIES)
    store.upsert_external([{**EXTERNAL, "title": EXTERNAL["label"]}])
    store.upsert_edges([*EDGES, Edge(kind=K.CITES, source=QLORA.id, target=EXTERNAL["id"])])


@pytest.fixture
def sample() -> NetworkXStore:
    """An in-memory store with every node and edge kind and one hostile title."""
    store = NetworkXStore.in_memory()
    _fill(store)
    return store


@pytest.fixture
def sample_dir(data_dir: Path) -> Path:
    """The same graph saved in a data directory, for the CLI."""
    with NetworkXStore.open(data_dir, writable=True, create=True) as store:
        _fill(store)
    return data_dir


def _kinds_of(graph: nx.MultiDiGraph) -> set[str]:
    return {attrs["kind"] for _, attrs in graph.nodes(data=True)}


# -- selection ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("builds_on,similar", {K.BUILDS_ON, K.SIMILAR_TO}),
        ("SIMILAR_TO", {K.SIMILAR_TO}),
        ("shares_dataset, same_family", {K.SHARES_DATASET, K.SAME_FAMILY}),
        ("builds-on,cites", {K.BUILDS_ON, K.CITES}),
        (None, set(EdgeKind)),
        ("", set(EdgeKind)),
    ],
)
def test_parse_kinds(text: str | None, expected: set[EdgeKind]) -> None:
    assert parse_kinds(text) == expected


def test_parse_kinds_rejects_unknown_names() -> None:
    with pytest.raises(QueryError, match="unknown edge kind 'friends'"):
        parse_kinds("builds_on,friends")


def test_whole_graph_has_every_node(sample: NetworkXStore) -> None:
    assert select_view(sample).graph.number_of_nodes() == DRAWN_NODES


def test_whole_graph_has_every_edge(sample: NetworkXStore) -> None:
    assert select_view(sample).graph.number_of_edges() == len(EDGES) + 1


def test_no_hubs_leaves_only_papers(sample: NetworkXStore) -> None:
    assert _kinds_of(select_view(sample, hubs=False).graph) == {"paper", "external"}


def test_kinds_choose_the_edges(sample: NetworkXStore) -> None:
    graph = select_view(sample, kinds="builds_on").graph
    assert {key for _, _, key in graph.edges(keys=True)} == {"BUILDS_ON"}


def test_kinds_drop_hubs_left_without_edges(sample: NetworkXStore) -> None:
    assert _kinds_of(select_view(sample, kinds="builds_on").graph) == {"paper"}


@pytest.mark.parametrize(
    ("depth", "expected"),
    [
        (1, {QLORA.id, LORA.id, DORA.id, EVIL.id, EXTERNAL["id"]}),
        (2, {QLORA.id, LORA.id, DORA.id, EVIL.id, EXTERNAL["id"], ADAPTER.id}),
    ],
)
def test_neighbourhood_by_depth(sample: NetworkXStore, depth: int, expected: set[str]) -> None:
    graph = select_view(sample, paper="QLoRA", depth=depth, hubs=False).graph
    assert set(graph.nodes) == expected


def test_neighbourhood_brings_its_hubs(sample: NetworkXStore) -> None:
    graph = select_view(sample, paper="2106.09685", kinds="introduces,in_family").graph
    assert set(graph.nodes) == {LORA.id, LORA_M.id, PEFT.id}


def test_lineage_walks_up_and_down_from_the_root(sample: NetworkXStore) -> None:
    graph = select_view(sample, lineage="QLoRA", hubs=False).graph
    assert set(graph.nodes) == {QLORA.id, LORA.id, ADAPTER.id, DORA.id, EXTERNAL["id"]}


def test_lineage_depth_one(sample: NetworkXStore) -> None:
    graph = select_view(sample, lineage="QLoRA", depth=1, hubs=False).graph
    assert set(graph.nodes) == {QLORA.id, LORA.id, DORA.id, EXTERNAL["id"]}


@pytest.mark.parametrize(
    "reference", ["parameter-efficient fine-tuning", "Parameter-Efficient Fine-Tuning", PEFT.id]
)
def test_family_view(sample: NetworkXStore, reference: str) -> None:
    graph = select_view(sample, family=reference).graph
    assert set(graph.nodes) == {QLORA.id, LORA.id, ADAPTER.id, DORA.id, LORA_M.id, PEFT.id}


def test_unknown_family_names_the_known_ones(sample: NetworkXStore) -> None:
    with pytest.raises(EntityNotFound, match="known families: optimizers, parameter-efficient"):
        find_family(sample.graph, "transformers")


def test_one_scope_at_a_time(sample: NetworkXStore) -> None:
    with pytest.raises(QueryError, match="choose one of"):
        select_view(sample, paper="QLoRA", family="optimizers")


def test_max_nodes_caps_the_view(sample: NetworkXStore) -> None:
    assert select_view(sample, max_nodes=4).graph.number_of_nodes() == 4


def test_max_nodes_counts_what_it_left_out(sample: NetworkXStore) -> None:
    assert select_view(sample, max_nodes=4).left_out == DRAWN_NODES - 4


def test_max_nodes_keeps_the_most_important(sample: NetworkXStore) -> None:
    # everything builds on the adapter paper, through LoRA
    assert ADAPTER.id in select_view(sample, max_nodes=1, hubs=False).graph


def test_max_nodes_keeps_the_root(sample: NetworkXStore) -> None:
    assert UNDATED.id in select_view(sample, paper="Sophia", depth=2, max_nodes=1).graph


def test_influence_ranks_the_most_built_on_first(sample: NetworkXStore) -> None:
    scores = influence(select_view(sample, hubs=False).graph)
    assert max(scores, key=lambda n: scores[n]) == ADAPTER.id


def test_family_names_of_some_nodes_are_those_of_the_whole_graph(sample: NetworkXStore) -> None:
    whole = family_names(sample.graph)
    some = [n for i, n in enumerate(sample.graph.nodes) if i % 2 == 0]
    assert whole and family_names(sample.graph, some) == {n: whole[n] for n in some if n in whole}


@pytest.mark.parametrize("hubs", [True, False])
def test_a_neighbourhood_view_leaves_the_store_graph_as_it_was(sample: NetworkXStore, hubs: bool) -> None:
    before = (list(sample.graph.nodes(data=True)), list(sample.graph.edges(keys=True, data=True)))
    view = select_view(sample, paper=ADAPTER.id, kinds="builds_on,in_family", hubs=hubs)
    assert {k for *_, k in view.graph.edges(keys=True)} <= {"BUILDS_ON", "IN_FAMILY"}
    view.graph.clear()  # the selection is a copy, not a view of the store's graph
    assert (list(sample.graph.nodes(data=True)), list(sample.graph.edges(keys=True, data=True))) == before


def test_view_pagerank_is_networkx_pagerank() -> None:
    from paperkg.viz.select import _pagerank

    graph = nx.gnp_random_graph(300, 0.02, seed=5, directed=True)
    graph.add_nodes_from(range(300, 320))  # isolated, so dangling
    weights = {(str(u), str(v)): 1.0 if (u + v) % 3 else 0.2 for u, v in graph.edges}
    weighted = nx.DiGraph()
    weighted.add_nodes_from(str(n) for n in graph.nodes)
    weighted.add_weighted_edges_from((u, v, w) for (u, v), w in weights.items())
    expected = nx.pagerank(weighted, alpha=0.85, weight="weight")
    found = _pagerank([str(n) for n in graph.nodes], weights)
    assert found.keys() == expected.keys()
    assert max(abs(found[n] - expected[n]) for n in found) < 1e-12
    assert _pagerank([], {}) == {}


# -- layout and page elements ---------------------------------------------------------


def test_layout_places_every_node(sample: NetworkXStore) -> None:
    graph = select_view(sample).graph
    assert set(compute_layout(graph)) == set(graph.nodes)


def test_layout_is_deterministic(sample: NetworkXStore) -> None:
    graph = select_view(sample).graph
    assert compute_layout(graph, seed=3) == compute_layout(graph, seed=3)


def test_layout_is_the_same_in_every_process() -> None:
    import subprocess
    import sys

    # a small component beside a large one: its subgraph once listed its edges in the order of a
    # set of node ids, which string hashing changes from one process to the next
    script = (
        "import networkx as nx\n"
        "from paperkg.viz import compute_layout\n"
        "g = nx.MultiDiGraph()\n"
        "g.add_edges_from((f'big{i}', f'big{(i * 7 + 3) % 40}', 'SAME_FAMILY') for i in range(40))\n"
        "g.add_edges_from([('a', 'b', 'CITES'), ('b', 'c', 'BUILDS_ON'), ('c', 'a', 'MENTIONS'), ('c', 'd', 'CITES')])\n"
        "print(sorted(compute_layout(g).items()))\n"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(4)
    }
    assert len(runs) == 1


def test_layout_keeps_nodes_apart() -> None:
    graph = nx.barabasi_albert_graph(600, 2, seed=1)
    points = sorted(compute_layout(graph).values())
    assert len(set(points)) == 600


def test_mutual_similar_edges_are_drawn_once(sample: NetworkXStore) -> None:
    assert len(page_elements(select_view(sample)).edges) == DRAWN_EDGES


def test_papers_take_their_family_colour(sample: NetworkXStore) -> None:
    elements = page_elements(select_view(sample))
    colour = {f["name"]: f["color"] for f in elements.families}[PEFT.name]
    assert next(n for n in elements.nodes if n["id"] == LORA.id)["color"] == colour


@pytest.mark.parametrize("options", [{"hubs": False}, {"kinds": "builds_on"}])
def test_papers_keep_their_family_colour_when_family_edges_are_not_drawn(
    sample: NetworkXStore, options: dict[str, Any]
) -> None:
    nodes = page_elements(select_view(sample, **options)).nodes
    assert next(n for n in nodes if n["id"] == LORA.id)["families"] == [PEFT.name]


def test_cited_papers_outside_the_corpus_keep_their_arxiv_link(sample: NetworkXStore) -> None:
    nodes = page_elements(select_view(sample)).nodes
    assert next(n for n in nodes if n["id"] == EXTERNAL["id"])["arxiv"] == "1706.03762"


def test_only_real_arxiv_ids_become_links(sample: NetworkXStore) -> None:
    nodes = page_elements(select_view(sample)).nodes
    assert {n["id"]: n.get("arxiv") for n in nodes if n["kind"] == "paper"}[QLORA.id] == "2305.14314"


# -- escaping and the one-file rule -----------------------------------------------------


@pytest.mark.parametrize("text", [HOSTILE, EVIDENCE, "</SCRIPT >", "<!-- x", "a\u2028b", "&lt;"])
def test_safe_json_cannot_close_a_script(text: str) -> None:
    assert "<" not in safe_json({"t": text})


@pytest.mark.parametrize("text", [HOSTILE, EVIDENCE, "a\u2028b", "&lt;"])
def test_safe_json_round_trips(text: str) -> None:
    assert json.loads(safe_json({"t": text})) == {"t": text}


@pytest.mark.parametrize("fragment", ["<img src=x", "<script>document", "</script><b>", "<i>Untrusted"])
def test_page_holds_no_raw_untrusted_html(sample: NetworkXStore, fragment: str) -> None:
    assert fragment not in build_page(select_view(sample))


@pytest.mark.parametrize("fragment", ['src="http', "src='http", "<link", "@import", "url(http"])
def test_page_loads_nothing_from_the_network(sample: NetworkXStore, fragment: str) -> None:
    assert fragment not in build_page(select_view(sample))


def test_markers_in_titles_are_not_filled_in() -> None:
    store = NetworkXStore.in_memory()
    store.upsert_papers([_paper("2401.00001", "@@VIS_JS@@ and @@DATA@@", 2024)])
    page = build_page(select_view(store))
    start = page.index('<script type="application/json" id="paperkg-data">')
    data = json.loads(page[page.index(">", start) + 1 : page.index("</script>", start)])
    assert data["nodes"][0]["title"] == "@@VIS_JS@@ and @@DATA@@"


def test_page_closes_exactly_three_script_elements(sample: NetworkXStore) -> None:
    assert build_page(select_view(sample)).count("</script>") == 3


def test_render_writes_only_the_file_asked_for(
    sample: NetworkXStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cwd = tmp_path / "cwd"
    (cwd / "views").mkdir(parents=True)
    monkeypatch.chdir(cwd)
    render_html(select_view(sample), "views/graph.html")
    assert sorted(str(p.relative_to(cwd)) for p in cwd.rglob("*")) == ["views", "views/graph.html"]


def test_a_failed_write_leaves_the_old_view_whole(
    sample: NetworkXStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = render_html(select_view(sample), tmp_path / "graph.html")
    before = target.read_bytes()

    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(PaperKGError, match="No space left on device"):
        render_html(select_view(sample, max_nodes=5), target)
    assert (target.read_bytes() == before, sorted(p.name for p in tmp_path.iterdir())) == (
        True,
        ["graph.html"],
    )


def test_render_refuses_a_missing_directory(sample: NetworkXStore, tmp_path: Path) -> None:
    with pytest.raises(Exception, match="does not exist"):
        render_html(select_view(sample), tmp_path / "nowhere" / "graph.html")


def test_missing_pyvis_gives_the_install_hint(sample: NetworkXStore, monkeypatch: pytest.MonkeyPatch) -> None:
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "pyvis" else real_find_spec(name, *a)
    )
    with pytest.raises(MissingDependency, match=r"pip install 'paperkg\[viz\]'"):
        build_page(select_view(sample))


# -- CLI ------------------------------------------------------------------------------

runner = CliRunner()


def test_cli_prints_the_path_written(sample_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "view.html"
    result = runner.invoke(app, ["viz", "--out", str(target), "--data-dir", str(sample_dir)])
    assert result.stdout.strip() == str(target)


def test_cli_counts_what_the_page_draws(sample_dir: Path, tmp_path: Path) -> None:
    args = ["viz", "--hubs", "--out", str(tmp_path / "v.html"), "--data-dir", str(sample_dir)]
    result = runner.invoke(app, args)
    assert result.stderr.strip() == f"whole graph: {DRAWN_NODES} nodes, {DRAWN_EDGES} edges"


def test_cli_draws_papers_only_by_default(sample_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "v.html"
    runner.invoke(app, ["viz", "--out", str(target), "--data-dir", str(sample_dir)])
    page = target.read_text(encoding="utf-8")
    data = json.loads(page.split('id="paperkg-data">', 1)[1].split("</script>", 1)[0])
    assert {n["kind"] for n in data["nodes"]} == {"paper", "external"}


def test_cli_opens_the_timeline_when_asked(sample_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "v.html"
    runner.invoke(app, ["viz", "--layout", "timeline", "--out", str(target), "--data-dir", str(sample_dir)])
    assert '"layout": "timeline"' in target.read_text(encoding="utf-8")


def test_cli_writes_the_page(sample_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "view.html"
    runner.invoke(app, ["viz", "--out", str(target), "--lineage", "QLoRA", "--data-dir", str(sample_dir)])
    assert "lineage of QLoRA" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kinds", "friends"], "unknown edge kind"),
        (["--paper", "no such paper at all"], "no paper"),
        (["--family", "transformers"], "no method family"),
        (["--paper", "QLoRA", "--lineage", "2106.09685"], "choose one of"),
        (["--depth", "2"], "--depth goes with --paper or --lineage"),
    ],
)
def test_cli_errors_are_one_line(sample_dir: Path, tmp_path: Path, args: list[str], message: str) -> None:
    result = runner.invoke(
        app, ["viz", "--out", str(tmp_path / "v.html"), *args, "--data-dir", str(sample_dir)]
    )
    assert (result.exit_code, message in result.stderr.lower()) == (1, True)


# -- in Chromium ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One headless Chromium for the module."""
    handle = Browser()
    yield handle
    handle.close()


@pytest.fixture(scope="module")
def sample_page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole sample graph drawn once."""
    store = NetworkXStore.in_memory()
    _fill(store)
    return render_html(select_view(store), tmp_path_factory.mktemp("viz") / "sample.html")


@pytest.fixture
def page(browser: Browser, sample_page_file: Path) -> Iterator[Page]:
    """A fresh tab on the sample page, drawn."""
    tab = browser.open(sample_page_file, wait_for="window.paperkg && paperkg.state.drawnAt !== null")
    yield tab
    tab.close()


def _node_point(page: Page, node_id: str) -> tuple[float, float]:
    point = page.evaluate(
        "(() => { const r = document.getElementById('network').getBoundingClientRect();"
        f" const p = paperkg.network.canvasToDOM(paperkg.network.getPosition({json.dumps(node_id)}));"
        " return [r.left + p.x, r.top + p.y]; })()"
    )
    return float(point[0]), float(point[1])


def _tooltip(page: Page, x: float, y: float) -> str:
    """Hover a point and return the tooltip's text, after hiding any earlier tooltip."""
    corner = page.evaluate(
        "(() => { const r = document.getElementById('network').getBoundingClientRect();"
        " return [r.right - 3, r.bottom - 3]; })()"
    )
    page.mouse_move(float(corner[0]), float(corner[1]))
    page.wait_for(
        "(() => { const t = document.querySelector('div.vis-tooltip');"
        " return !t || t.style.visibility !== 'visible'; })()",
        timeout=10,
    )
    page.mouse_move(x, y)
    return str(
        page.wait_for(
            "(() => { const t = document.querySelector('div.vis-tooltip');"
            " return t && t.style.visibility === 'visible' && t.textContent; })()",
            timeout=10,
        )
    )


def _visible(page: Page) -> dict[str, Any]:
    return dict(
        page.evaluate(
            "({nodes: paperkg.nodes.get({filter: n => !n.hidden}).map(n => n.id),"
            " edges: paperkg.edges.get({filter: e => !e.hidden}).length})"
        )
    )


def _click_checkbox(page: Page, element_id: str) -> None:
    page.evaluate(f"document.getElementById({json.dumps(element_id)}).click()")


@pytest.mark.browser
def test_page_loads_without_javascript_errors(page: Page) -> None:
    assert page.errors() == []


@pytest.mark.browser
def test_page_requests_nothing_but_itself(page: Page, sample_page_file: Path) -> None:
    assert page.requested_urls() == [sample_page_file.resolve().as_uri()]


@pytest.mark.browser
def test_dragging_a_node_moves_it(page: Page) -> None:
    before = page.evaluate(f"paperkg.network.getPosition({json.dumps(UNDATED.id)})")
    x, y = _node_point(page, UNDATED.id)
    page.drag((x, y), (x + 60, y + 40))
    after = page.evaluate(f"paperkg.network.getPosition({json.dumps(UNDATED.id)})")
    assert after["x"] - before["x"] == pytest.approx(
        60 / page.evaluate("paperkg.network.getScale()"), rel=0.1
    )


@pytest.mark.browser
def test_the_wheel_zooms(page: Page) -> None:
    before = page.evaluate("paperkg.network.getScale()")
    x, y = _node_point(page, QLORA.id)
    page.wheel(x, y, -300)
    assert page.wait_for(f"paperkg.network.getScale() > {before} && paperkg.network.getScale()") > before


@pytest.mark.browser
def test_network_has_every_node(page: Page) -> None:
    assert page.evaluate("paperkg.nodes.length") == DRAWN_NODES


@pytest.mark.browser
def test_network_has_every_edge(page: Page) -> None:
    assert page.evaluate("paperkg.edges.length") == DRAWN_EDGES


@pytest.mark.browser
def test_hostile_title_shows_as_text_on_hover(page: Page) -> None:
    assert HOSTILE in _tooltip(page, *_node_point(page, EVIL.id))


@pytest.mark.browser
def test_hostile_title_did_not_run(page: Page) -> None:
    _tooltip(page, *_node_point(page, EVIL.id))
    assert page.evaluate("document.title") == TITLE


@pytest.mark.browser
def test_hostile_title_injected_no_element(page: Page) -> None:
    _tooltip(page, *_node_point(page, EVIL.id))
    page.evaluate("paperkg.focusNode(" + json.dumps(EVIL.id) + ")")
    assert page.evaluate(
        "[document.images.length, document.scripts.length, document.querySelectorAll('b,i').length]"
    ) == [0, 3, 0]


@pytest.mark.browser
def test_search_lists_the_hostile_title_as_text(page: Page) -> None:
    page.evaluate(
        "const s = document.getElementById('search'); s.value = 'onerror'; s.dispatchEvent(new Event('input'))"
    )
    assert page.evaluate("[...document.querySelectorAll('#results li')].map(li => li.textContent)") == [
        HOSTILE
    ]


@pytest.mark.browser
def test_node_tooltip_has_date_authors_and_abstract(page: Page) -> None:
    text = _tooltip(page, *_node_point(page, QLORA.id))
    assert [part in text for part in ("2023-01-15", "3 authors", "<i>Untrusted</i>", "arXiv:2305.14314")] == [
        True
    ] * 4


@pytest.mark.browser
def test_node_tooltip_links_to_arxiv(page: Page) -> None:
    _tooltip(page, *_node_point(page, QLORA.id))
    assert (
        page.evaluate("document.querySelector('div.vis-tooltip a').href")
        == "https://arxiv.org/abs/2305.14314"
    )


@pytest.mark.browser
def test_edge_tooltip_has_kind_relation_and_evidence(page: Page) -> None:
    # leave only builds-on edges and papers, then find a point on QLoRA -> LoRA that no node covers
    for kind in {e.kind.value for e in EDGES} - {"BUILDS_ON"}:
        _click_checkbox(page, f"kind-{kind}")
    _click_checkbox(page, "hubs")
    point = page.evaluate(
        "(() => { const net = paperkg.network, r = document.getElementById('network').getBoundingClientRect();"
        f" const a = net.getPosition({json.dumps(QLORA.id)}), b = net.getPosition({json.dumps(LORA.id)});"
        " for (const f of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65]) {"
        "   const p = net.canvasToDOM({x: a.x + f * (b.x - a.x), y: a.y + f * (b.y - a.y)});"
        "   if (net.getNodeAt(p) === undefined && net.getEdgeAt(p) !== undefined"
        "       && paperkg.data.edges.find(e => e.id === net.getEdgeAt(p)).kind === 'BUILDS_ON')"
        "     return [r.left + p.x, r.top + p.y]; }"
        " return null; })()"
    )
    text = _tooltip(page, float(point[0]), float(point[1]))
    assert [part in text for part in ("BUILDS_ON", "extends", "confidence 0.9", EVIDENCE)] == [True] * 4


@pytest.mark.browser
def test_clicking_a_paper_shows_its_arxiv_link(page: Page) -> None:
    x, y = _node_point(page, QLORA.id)
    page.click(x, y)
    assert (
        page.wait_for("document.querySelector('#details-body a')?.href") == "https://arxiv.org/abs/2305.14314"
    )


@pytest.mark.browser
def test_edge_kind_filter_hides_those_edges(page: Page) -> None:
    _click_checkbox(page, "kind-BUILDS_ON")
    assert _visible(page)["edges"] == DRAWN_EDGES - 3 - BACKGROUND_EDGES


# similar (the mutual pair drawn once, and one more), same family, shares a dataset
BACKGROUND_EDGES = 2 + 1 + 1


@pytest.mark.browser
def test_background_kinds_start_switched_off(page: Page) -> None:
    boxes = page.evaluate(
        "['SIMILAR_TO', 'SAME_FAMILY', 'SHARES_DATASET', 'BUILDS_ON']"
        ".map(k => document.getElementById('kind-' + k).checked)"
    )
    assert (boxes, _visible(page)["edges"]) == ([False, False, False, True], DRAWN_EDGES - BACKGROUND_EDGES)


@pytest.mark.browser
def test_background_kinds_can_be_switched_on(page: Page) -> None:
    _click_checkbox(page, "kind-SIMILAR_TO")
    assert _visible(page)["edges"] == DRAWN_EDGES - BACKGROUND_EDGES + 2


@pytest.mark.browser
def test_builds_on_edges_are_drawn_last(page: Page) -> None:
    kinds = page.evaluate("paperkg.data.edges.map(e => e.kind)")
    assert kinds[-3:] == ["BUILDS_ON"] * 3


@pytest.mark.browser
def test_clicking_a_paper_highlights_its_lineage_up_and_down(page: Page) -> None:
    page.evaluate(f"paperkg.focusNode({json.dumps(QLORA.id)})")
    faded = page.evaluate("paperkg.nodes.get({filter: n => n.opacity === 0.15}).map(n => n.id)")
    lit = {n["id"] for n in page.evaluate("paperkg.data.nodes")} - set(faded)
    # QLoRA builds on LoRA, which builds on the adapter paper; DoRA builds on QLoRA
    assert lit == {QLORA.id, LORA.id, ADAPTER.id, DORA.id, EXTERNAL["id"]}


@pytest.mark.browser
def test_clicking_the_background_clears_the_lineage(page: Page) -> None:
    page.evaluate(f"paperkg.focusNode({json.dumps(QLORA.id)})")
    page.evaluate("paperkg.network.unselectAll(); paperkg.network.emit('deselectNode', {nodes: []}); 0")
    assert page.evaluate("paperkg.nodes.get({filter: n => n.opacity === 0.15}).length") == 0


@pytest.mark.browser
@pytest.mark.parametrize(
    ("order", "ends"),
    [
        ("influence", [ADAPTER.id, UNDATED.id]),  # the most built on first
        ("year", [EVIL.id, UNDATED.id]),  # newest first (a tie by label), the year unknown last
        ("label", [EVIL.id, UNDATED.id]),  # "<img ..." sorts before letters
    ],
)
def test_the_paper_list_sorts(page: Page, order: str, ends: list[str]) -> None:
    page.evaluate(
        f"const s = document.getElementById('sort'); s.value = {json.dumps(order)};"
        " s.dispatchEvent(new Event('change'))"
    )
    listed = page.evaluate("[...document.querySelectorAll('#papers li')].map(li => li.dataset.id)")
    assert [listed[0], listed[-1], len(listed)] == [*ends, len(PAPERS)]


@pytest.mark.browser
def test_the_paper_list_selects_a_paper(page: Page) -> None:
    page.evaluate(f"document.querySelector('#papers li[data-id={json.dumps(DORA.id)}]').click()")
    assert page.evaluate("paperkg.network.getSelectedNodes()") == [DORA.id]


@pytest.mark.browser
def test_no_two_labels_overlap(page: Page) -> None:
    boxes = page.evaluate(
        "(() => { paperkg.declutter(); paperkg.network.redraw();"
        " return paperkg.labelled().map(id => { const s = paperkg.network.body.nodes[id].labelModule.size;"
        " return [s.left, s.top, s.left + s.width, s.top + s.height]; }); })()"
    )
    overlaps = [
        (a, b)
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
    ]
    assert (len(boxes) > 0, overlaps) == (True, [])


@pytest.mark.browser
def test_the_timeline_puts_later_papers_to_the_right(page: Page) -> None:
    page.evaluate("paperkg.setLayout('timeline')")
    x = page.evaluate(
        f"[{json.dumps(ADAPTER.id)}, {json.dumps(LORA.id)}, {json.dumps(QLORA.id)}, {json.dumps(DORA.id)}]"
        ".map(id => paperkg.network.getPosition(id).x)"
    )
    assert x == sorted(x) and len(set(x)) == 4


@pytest.mark.browser
def test_family_filter_hides_its_papers(page: Page) -> None:
    index = page.evaluate(f"paperkg.data.families.findIndex(f => f.name === {json.dumps(PEFT.name)})")
    _click_checkbox(page, f"family-{index}")
    hidden = set(page.evaluate("paperkg.nodes.get({filter: n => n.hidden}).map(n => n.id)"))
    assert hidden == {QLORA.id, LORA.id, ADAPTER.id, DORA.id, PEFT.id}


@pytest.mark.browser
def test_year_filter_hides_older_papers(page: Page) -> None:
    page.evaluate(
        "const y = document.getElementById('year-min'); y.value = '2022'; y.dispatchEvent(new Event('change'))"
    )
    hidden = set(page.evaluate("paperkg.nodes.get({filter: n => n.hidden}).map(n => n.id)"))
    assert hidden == {LORA.id, ADAPTER.id}


@pytest.mark.browser
def test_year_unknown_filter_hides_undated_papers(page: Page) -> None:
    _click_checkbox(page, "year-unknown")
    hidden = set(page.evaluate("paperkg.nodes.get({filter: n => n.hidden}).map(n => n.id)"))
    assert hidden == {UNDATED.id}


@pytest.mark.browser
def test_hubs_toggle_hides_hubs(page: Page) -> None:
    _click_checkbox(page, "hubs")
    hidden = set(page.evaluate("paperkg.nodes.get({filter: n => n.hidden}).map(n => n.id)"))
    assert hidden == {e.id for e in ENTITIES}


@pytest.mark.browser
def test_summary_counts_what_filters_show(page: Page) -> None:
    _click_checkbox(page, "hubs")
    assert "Filters show 7 nodes" in page.evaluate("document.getElementById('summary').textContent")


@pytest.mark.browser
def test_search_says_when_a_match_is_filtered_out(page: Page) -> None:
    _click_checkbox(page, "year-unknown")
    page.evaluate(
        "const s = document.getElementById('search'); s.value = 'sophia'; s.dispatchEvent(new Event('input'))"
    )
    assert page.evaluate("document.querySelector('#results li').textContent").endswith(
        "(hidden by the filters)"
    )


@pytest.mark.browser
def test_search_finds_a_paper_by_title(page: Page) -> None:
    assert page.evaluate("paperkg.find('low-rank adaptation dora')") == [DORA.id]


@pytest.mark.browser
@pytest.mark.parametrize("where", ["document.title", "document.getElementById('heading').textContent"])
def test_hostile_title_in_the_heading_is_text(
    browser: Browser, sample: NetworkXStore, tmp_path: Path, where: str
) -> None:
    target = render_html(select_view(sample, paper=EVIL.id), tmp_path / "evil.html")
    tab = browser.open(target, wait_for="window.paperkg && paperkg.state.drawnAt !== null")
    try:
        shown = tab.evaluate(where)
    finally:
        tab.close()
    assert shown == f"paperkg: neighbourhood of {HOSTILE} (depth 1)"


@pytest.mark.browser
def test_page_says_how_many_were_left_out(browser: Browser, sample: NetworkXStore, tmp_path: Path) -> None:
    target = render_html(select_view(sample, max_nodes=5), tmp_path / "capped.html")
    tab = browser.open(target, wait_for="window.paperkg && paperkg.state.drawnAt !== null")
    try:
        summary = tab.evaluate("document.getElementById('summary').textContent")
    finally:
        tab.close()
    assert f"{DRAWN_NODES - 5} of {DRAWN_NODES} nodes left out" in summary


@pytest.mark.browser
def test_two_thousand_nodes_draw_quickly(browser: Browser, tmp_path: Path) -> None:
    store = NetworkXStore.in_memory()
    graph = nx.barabasi_albert_graph(2000, 2, seed=7)
    store.upsert_papers(
        Paper(title=f"Paper {i}", abstract=f"Abstract {i}.", year=2020 + i % 5) for i in graph
    )
    ids = [f"hash:{i}" for i in graph]
    papers = list(store.papers())
    ids = [p.id for p in sorted(papers, key=lambda p: int(p.title.split()[1]))]  # type: ignore[union-attr]
    store.upsert_edges(Edge(kind=K.BUILDS_ON, source=ids[u], target=ids[v]) for u, v in graph.edges())
    target = render_html(select_view(store), tmp_path / "big.html")
    tab = browser.open(target, wait_for="window.paperkg && paperkg.state.drawnAt !== null")
    try:
        drawn_ms = tab.evaluate("paperkg.state.drawnAt")
    finally:
        tab.close()
    # the goal is 5 s on an idle machine; the bound leaves room for a busy CI runner
    assert drawn_ms < 15000


@pytest.fixture(scope="module")
def seed_views(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, int, int]]:
    """The seed corpus built with inference (no embeddings), drawn whole and as MKOR's lineage."""
    folder = tmp_path_factory.mktemp("seed-views")
    store = NetworkXStore.in_memory()
    build_graph([EXAMPLES], store, BuildOptions(load=LoadOptions(year=2025), similarity=False))
    views = {}
    for name, options in {"whole": {}, "lineage": {"lineage": "MKOR"}}.items():
        view = select_view(store, **options)  # type: ignore[arg-type]
        drawn = page_elements(view)
        views[name] = (render_html(view, folder / f"{name}.html"), len(drawn.nodes), len(drawn.edges))
    return views


@pytest.mark.browser
@pytest.mark.parametrize("name", ["whole", "lineage"])
def test_seed_view_draws_without_errors(
    browser: Browser, seed_views: dict[str, tuple[Path, int, int]], name: str
) -> None:
    path, _, _ = seed_views[name]
    tab = browser.open(path, wait_for="window.paperkg && paperkg.state.drawnAt !== null")
    try:
        errors = tab.errors()
    finally:
        tab.close()
    assert errors == []


@pytest.mark.browser
@pytest.mark.parametrize("name", ["whole", "lineage"])
def test_seed_view_draws_every_node_and_edge(
    browser: Browser, seed_views: dict[str, tuple[Path, int, int]], name: str
) -> None:
    path, nodes, edges = seed_views[name]
    tab = browser.open(path, wait_for="window.paperkg && paperkg.state.drawnAt !== null")
    try:
        counts = tab.evaluate("[paperkg.nodes.length, paperkg.edges.length]")
    finally:
        tab.close()
    assert counts == [nodes, edges]


# -- views of the embedded store, read by index ------------------------------------------------


@pytest.fixture(scope="module")
def seed_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SQLiteStore]:
    """The seed corpus built into the embedded store (no embeddings)."""
    store = SQLiteStore.open(tmp_path_factory.mktemp("seed-sqlite"), writable=True, create=True)
    build_graph([EXAMPLES], store, BuildOptions(load=LoadOptions(year=2025), similarity=False))
    store.save()  # scores each paper's influence
    yield store
    store.close()


def _drawn(view: Any) -> tuple[list[str], list[tuple[str, str, str]], int, int, list[Any]]:
    edges = sorted((u, v, k) for u, v, k in view.graph.edges(keys=True))
    return sorted(view.graph.nodes), edges, view.candidates, view.left_out, sorted(view.families.items())


@pytest.mark.parametrize(
    "options",
    [
        {"paper": "MKOR"},
        {"paper": "LQ-LoRA", "depth": 2},
        {"paper": "LQ-LoRA", "depth": 2, "kinds": "same_family,shares_dataset"},
        {"paper": "LAMB", "max_nodes": 10},
        {"lineage": "MKOR"},
        {"lineage": "LAMB", "kinds": "builds_on"},
        {"family": "quantisation"},
        {"family": "llama", "hubs": False},
        {},
    ],
)
def test_a_view_of_the_embedded_store_reads_by_index_what_the_whole_graph_gives(
    seed_sqlite: SQLiteStore, options: dict[str, Any]
) -> None:
    from paperkg.graph.export import to_networkx

    whole = NetworkXStore.in_memory()
    whole.graph = to_networkx(seed_sqlite)
    assert _drawn(select_view(seed_sqlite, **options)) == _drawn(select_view(whole, **options))


def test_a_view_of_a_paper_next_to_the_partner_of_many_reads_none_of_their_partners(tmp_path: Path) -> None:
    import paperkg.viz.select as select

    # "p" shares a dataset with 300 papers (a large hub's first member is everyone's partner); "q",
    # the view's centre, shares one with "p" and cites it
    papers = [Paper(title=f"Paper {name}", arxiv_id=f"2301.{i:05d}") for i, name in enumerate(["p", "q"] + [str(n) for n in range(300)])]
    p, q, others = papers[0], papers[1], papers[2:]
    data = Dataset(name="ImageNet")
    edges = [Edge(kind=EdgeKind.SHARES_DATASET, source=p.id, target=o.id, score=0.2) for o in [q, *others]]
    edges += [Edge(kind=EdgeKind.CITES, source=q.id, target=p.id)]
    edges += [Edge(kind=EdgeKind.USES_DATASET, source=x.id, target=data.id) for x in papers]
    with SQLiteStore.open(tmp_path, writable=True, create=True) as store:
        store.upsert_papers(papers)
        store.upsert_entities([data])
        store.upsert_edges(edges)
        store.save()
        read = select._read_scope(store, q.id, None, None, 1, frozenset(EdgeKind))
        whole = NetworkXStore.in_memory()
        from paperkg.graph.export import to_networkx

        whole.graph = to_networkx(store)
        assert (sorted(read.nodes), _drawn(select_view(store, paper=q.id))) == (
            sorted([p.id, q.id, data.id]),
            _drawn(select_view(whole, paper=q.id)),
        )


def test_the_whole_view_of_a_large_embedded_store_starts_from_its_most_influential_papers(
    seed_sqlite: SQLiteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import paperkg.viz.select as select

    monkeypatch.setattr(select, "WHOLE_GRAPH_READ", 10)
    view = select_view(seed_sqlite, max_nodes=30)
    top = [node for node, _, _ in seed_sqlite.influence(30)]
    papers = [n for n, a in view.graph.nodes(data=True) if a["kind"] == "paper"]
    counts = seed_sqlite.counts()["nodes"]
    total = sum(counts[k] for k in ("paper", "method", "dataset", "family"))
    assert (len(view.graph), set(papers) <= set(top), bool(papers), view.left_out) == (30, True, True, total - 30)
