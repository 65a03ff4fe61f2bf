"""Every export format read back by the library its users read it with."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

import _citation_graph as cg
from paperkg.cli import app
from paperkg.exceptions import PaperKGError
from paperkg.graph import NetworkXStore
from paperkg.graph.export import export_graph, parse_kinds
from paperkg.models import Edge, EdgeKind


@pytest.fixture
def store() -> NetworkXStore:
    """The hand-checked citation graph, one paper with a venue and a month."""
    handle = NetworkXStore.in_memory()
    cg.fill(handle)
    c1 = handle.get_paper(cg.C1)
    assert c1 is not None
    handle.upsert_papers(
        [
            c1.model_copy(
                update={"venue": "Journal of {Graph} Learning", "published": "2021-03", "citation_count": 42}
            )
        ]
    )
    return handle


def test_bibtex_reads_back_with_bibtexparser(store: NetworkXStore, tmp_path: Path) -> None:
    import bibtexparser

    (path,) = export_graph(store, "bibtex", tmp_path / "refs.bib")
    library = bibtexparser.parse_string(path.read_text(encoding="utf-8"))
    by_id = {e.fields_dict["paperkg_id"].value: e for e in library.entries}
    c2 = by_id[cg.C2]
    assert (len(library.entries), len(library.failed_blocks)) == (7, 0)
    assert (c2.entry_type, c2.key, c2.fields_dict["author"].value, c2.fields_dict["eprint"].value) == (
        "misc",
        "turing2021normalised",
        "Turing, Alan and Lovelace, Ada",
        "2101.00002",
    )


def test_bibtex_entry_with_a_venue_is_an_article(store: NetworkXStore, tmp_path: Path) -> None:
    import bibtexparser

    (path,) = export_graph(store, "bibtex", tmp_path / "refs.bib")
    entries = bibtexparser.parse_string(path.read_text()).entries
    entry = next(e for e in entries if e.fields_dict["paperkg_id"].value == cg.C1)
    assert (
        entry.key,
        entry.entry_type,
        entry.fields_dict["journal"].value,
        entry.fields_dict["month"].value,
    ) == (
        "lovelace2021graph",
        "article",
        "Journal of Graph Learning",
        "3",
    )


def test_bibtex_keys_are_unique(tmp_path: Path) -> None:
    import bibtexparser

    from paperkg.models import Paper

    handle = NetworkXStore.in_memory()
    handle.upsert_papers(
        [Paper(title="Graph attention", authors=["Ann Lee"], year=2020, abstract=str(i)) for i in range(3)]
    )
    (path,) = export_graph(handle, "bibtex", tmp_path / "refs.bib")
    keys = [e.key for e in bibtexparser.parse_string(path.read_text()).entries]
    assert sorted(keys) == ["lee2020graph", "lee2020grapha", "lee2020graphb"]


@pytest.mark.parametrize("fmt", ["bibtex", "ris"])
def test_a_paper_exported_reads_back_whole_through_paperkg(tmp_path: Path, fmt: str) -> None:
    # BibTeX wrote "95%" bare: read back (LaTeX's comment), the abstract ended at "95"
    from paperkg.loaders import load_file
    from paperkg.models import Paper

    paper = Paper(
        arxiv_id="1806.03377",
        title="R&D of #1 methods",
        abstract="We cut communication by up to 95% for large DNNs, and 50% of the rest.",
        authors=["Ann Lee"],
        year=2018,
    )
    handle = NetworkXStore.in_memory()
    handle.upsert_papers([paper])
    (path,) = export_graph(handle, fmt, tmp_path / f"refs.{fmt}")
    (read,) = load_file(path)
    assert (read.title, read.abstract) == (paper.title, paper.abstract)


@pytest.mark.parametrize(
    "abstract",
    [
        "A large inference demand (~1B requests) and suites 2 ~ 99 times faster.",
        'The problem of "prompt engineering a prompt engineer" -- constructing a meta-prompt --- and ``this\'\'.',
        "It cut the cost ($28,400vs.$320,000) and reducing 90% CO2emissions; it costs $5 only.",
        "We bound the $\\alpha$-divergence by $O(n^{-1/2})$ at a rate of order (1+2beta)^{-N/2}, for a set {a, b}.",
        "Is it? Yes! `quoted' and ?`inverted!`",
    ],
)
def test_a_bibtex_export_gives_the_text_back_exactly(tmp_path: Path, abstract: str) -> None:
    # "~" came back a space, "--" an en dash, a brace group lost its braces and "\\%" stayed after a dollar
    # sign taken for math: a paper without an arXiv id or DOI came back with another content id
    from paperkg.loaders import load_file
    from paperkg.models import Paper

    paper = Paper(title="A Title -- with ~ marks", abstract=abstract, published="2023-11-09")
    handle = NetworkXStore.in_memory()
    handle.upsert_papers([paper])
    (path,) = export_graph(handle, "bibtex", tmp_path / "refs.bib")
    (read,) = load_file(path)
    assert (read.id, read.title, read.abstract, read.published) == (
        paper.id,
        paper.title,
        paper.abstract,
        paper.published,
    )


def test_a_ris_export_keeps_a_day_whose_year_is_unknown(tmp_path: Path) -> None:
    # "--05-26" (a Hugging Face page's "May 26") was not written: read back, the paper had no date
    from paperkg.loaders import load_file
    from paperkg.models import DatePrecision, Paper

    paper = Paper(title="A paper of May 26", abstract="An abstract.", published="--05-26")
    handle = NetworkXStore.in_memory()
    handle.upsert_papers([paper])
    (path,) = export_graph(handle, "ris", tmp_path / "refs.ris")
    (read,) = load_file(path)
    assert (read.published, read.date_precision) == ("--05-26", DatePrecision.YEAR_UNKNOWN)


def test_ris_reads_back_with_rispy(store: NetworkXStore, tmp_path: Path) -> None:
    import rispy

    (path,) = export_graph(store, "ris", tmp_path / "refs.ris")
    records = rispy.loads(path.read_text(encoding="utf-8"))
    c1 = next(r for r in records if r["id"] == cg.C1)
    assert (len(records), c1["type_of_reference"], c1["authors"], c1["year"], c1["date"]) == (
        7,
        "JOUR",
        ["Ada Lovelace", "Alan Turing"],
        "2021",
        "2021/03/",
    )


def test_ris_preprint_is_unpublished(store: NetworkXStore, tmp_path: Path) -> None:
    import rispy

    (path,) = export_graph(store, "ris", tmp_path / "refs.ris")
    c3 = next(r for r in rispy.loads(path.read_text()) if r["id"] == cg.C3)
    assert (c3["type_of_reference"], c3["urls"]) == ("UNPB", ["https://arxiv.org/abs/2101.00003"])


def test_cytoscape_reads_back_with_networkx(store: NetworkXStore, tmp_path: Path) -> None:
    (path,) = export_graph(store, "cytoscape", tmp_path / "g.cyjs")
    graph = nx.cytoscape_graph(json.loads(path.read_text(encoding="utf-8")))
    co_cited = sorted((u, v) for u, v, k in graph.edges(keys=True) if k == "CO_CITED")
    assert co_cited == [(cg.A, cg.B), (cg.A, cg.X)]


def test_gexf_carries_the_year_for_the_timeline(store: NetworkXStore, tmp_path: Path) -> None:
    (path,) = export_graph(store, "gexf", tmp_path / "g.gexf")
    graph = nx.read_gexf(path)
    assert (graph.nodes[cg.C1]["year"], graph.nodes[cg.C1]["start"], graph.graph["mode"]) == (
        2021,
        "2021-01-01",
        "dynamic",
    )


def test_graphml_carries_the_year(store: NetworkXStore, tmp_path: Path) -> None:
    (path,) = export_graph(store, "graphml", tmp_path / "g.graphml")
    assert nx.read_graphml(path).nodes[cg.A]["year"] == 2020


def _flat_reference(graph: nx.MultiDiGraph, timeline: bool) -> nx.MultiDiGraph:
    """The graph as paperkg documents GraphML and GEXF holding it, for NetworkX's own writers: no empty
    value, lists and mappings as JSON, and with ``timeline`` a node's year as its start."""

    def flat(attrs: dict[str, object]) -> dict[str, object]:
        return {
            k: v if isinstance(v, (str, int, float, bool)) else json.dumps(v, ensure_ascii=False, sort_keys=True)
            for k, v in attrs.items()
            if v is not None
        }

    out = nx.MultiDiGraph()
    for node, attrs in graph.nodes(data=True):
        year = attrs.get("year")
        out.add_node(node, **flat(attrs), **({"start": f"{year:04d}-01-01"} if timeline and year else {}))
    out.add_edges_from((u, v, key, flat(attrs)) for u, v, key, attrs in graph.edges(keys=True, data=True))
    return out


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphml_and_gexf_read_back_as_networkx_s_own_writers_files_do(
    store: NetworkXStore, tmp_path: Path, fmt: str
) -> None:
    # paperkg writes them element by element (NetworkX builds the whole XML tree first); text that
    # needs escaping, as element text (GraphML) and as attributes (GEXF's values, a node's label)
    nasty = 'A "quoted" <b>bold</b> & tabbed\ttitle\nover two lines'
    paper = store.get_paper(cg.A)
    assert paper is not None
    store.upsert_papers([paper.model_copy(update={"title": nasty, "label": nasty, "abstract": nasty + " \u00e9\u4e2d"})])
    (ours,) = export_graph(store, fmt, tmp_path / f"ours.{fmt}")
    theirs = tmp_path / f"theirs.{fmt}"
    (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(_flat_reference(store.graph, fmt == "gexf"), theirs)
    assert _read_back([ours], fmt) == _read_back([theirs], fmt)
    assert (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(ours).nodes[cg.A]["title"] == nasty


def _vos(paths: list[Path]) -> tuple[list[dict[str, str]], list[tuple[int, int, int]]]:
    map_path, network_path = paths
    with map_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    links = [tuple(int(x) for x in line.split("\t")) for line in network_path.read_text().splitlines()]
    return rows, links  # type: ignore[return-value]


def test_vosviewer_map_has_the_documented_columns(store: NetworkXStore, tmp_path: Path) -> None:
    rows, _ = _vos(export_graph(store, "vosviewer", tmp_path / "vos"))
    assert list(rows[0]) == [
        "id",
        "label",
        "description",
        "url",
        "weight<Links>",
        "weight<Citations>",
        "score<Pub. year>",
    ]


def test_vosviewer_network_sums_link_strength(store: NetworkXStore, tmp_path: Path) -> None:
    rows, links = _vos(export_graph(store, "vosviewer", tmp_path / "vos"))
    number = {r["description"]: int(r["id"]) for r in rows}
    strength = {(a, b): w for a, b, w in links}
    pair = tuple(sorted((number[cg.C1], number[cg.C2])))
    assert (strength[pair], strength[tuple(sorted((number[cg.A], number[cg.X])))]) == (2, 2)  # type: ignore[index]


def test_vosviewer_citations_prefer_the_global_count(store: NetworkXStore, tmp_path: Path) -> None:
    rows, _ = _vos(export_graph(store, "vosviewer", tmp_path / "vos"))
    cited = {r["description"]: r["weight<Citations>"] for r in rows}
    assert (cited[cg.C1], cited[cg.A]) == ("42", "3")


def test_vosviewer_only_papers(store: NetworkXStore, tmp_path: Path) -> None:
    rows, _ = _vos(export_graph(store, "vosviewer", tmp_path / "vos"))
    assert len(rows) == 7


def test_kinds_select_the_edges(store: NetworkXStore, tmp_path: Path) -> None:
    (path,) = export_graph(store, "json", tmp_path / "g.json", kinds=[EdgeKind.COUPLED])
    data = json.loads(path.read_text())
    assert {e["kind"] for e in data["edges"]} == {"COUPLED"}


def test_papers_only_drops_authors_and_external_nodes(store: NetworkXStore, tmp_path: Path) -> None:
    (path,) = export_graph(store, "json", tmp_path / "g.json", papers_only=True)
    data = json.loads(path.read_text())
    assert ({n["kind"] for n in data["nodes"]}, "AUTHORED" in {e["kind"] for e in data["edges"]}) == (
        {"paper"},
        False,
    )


def test_parse_kinds_reads_any_spelling() -> None:
    assert parse_kinds("cites, co-cited,COUPLED") == [EdgeKind.CITES, EdgeKind.CO_CITED, EdgeKind.COUPLED]


def test_parse_kinds_refuses_an_unknown_kind() -> None:
    with pytest.raises(PaperKGError, match="unknown edge kind 'cited'"):
        parse_kinds("cited")


@pytest.mark.parametrize("fmt", ["json", "graphml", "cytoscape", "bibtex"])
def test_export_does_not_write_through_a_planted_tmp_link(
    store: NetworkXStore, tmp_path: Path, fmt: str
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    out = tmp_path / "graph.out"
    (tmp_path / "graph.out.tmp").symlink_to(victim)
    export_graph(store, fmt, out)
    assert (victim.read_text(), out.is_symlink(), out.stat().st_size > 0) == ("precious", False, True)


def test_export_replaces_a_link_at_the_target_instead_of_following_it(
    store: NetworkXStore, tmp_path: Path
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    out = tmp_path / "graph.json"
    out.symlink_to(victim)
    export_graph(store, "json", out)
    assert (victim.read_text(), out.is_symlink()) == ("precious", False)


def test_export_leaves_no_temporary_file(store: NetworkXStore, tmp_path: Path) -> None:
    export_graph(store, "ris", tmp_path / "refs.ris")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["refs.ris"]


def test_cli_exports_bibtex_with_kinds_and_papers_only(store: NetworkXStore, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with NetworkXStore.open(data_dir, writable=True, create=True) as disk:
        cg.fill(disk)
    target = tmp_path / "out.cyjs"
    result = CliRunner().invoke(
        app,
        [
            *("export", "-f", "cytoscape", "-o", str(target), "--kinds", "co_cited", "--papers-only"),
            *("--data-dir", str(data_dir)),
        ],
    )
    graph = nx.cytoscape_graph(json.loads(target.read_text()))
    assert (result.exit_code, {k for _, _, k in graph.edges(keys=True)}, graph.number_of_nodes()) == (
        0,
        {"CO_CITED"},
        7,
    )


def test_cli_refuses_an_unknown_kind(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with NetworkXStore.open(data_dir, writable=True, create=True) as disk:
        cg.fill(disk)
    result = CliRunner().invoke(app, ["export", "--kinds", "nope", "--data-dir", str(data_dir)])
    assert (result.exit_code, "unknown edge kind 'nope'" in result.output) == (1, True)


def test_vosviewer_counts_a_mutual_edge_once(store: NetworkXStore, tmp_path: Path) -> None:
    from paperkg.models import Edge

    store.upsert_edges(
        [
            Edge(kind=EdgeKind.SIMILAR_TO, source=cg.A, target=cg.B, score=0.8),
            Edge(kind=EdgeKind.SIMILAR_TO, source=cg.B, target=cg.A, score=0.8),
        ]
    )
    rows, links = _vos(export_graph(store, "vosviewer", tmp_path / "vos"))
    number = {r["description"]: int(r["id"]) for r in rows}
    strength = {(a, b): w for a, b, w in links}
    # CO_CITED with 2 shared citers, and one similarity however many directions
    assert strength[tuple(sorted((number[cg.A], number[cg.B])))] == 3  # type: ignore[index]


def _read_back(files: list[Path], fmt: str) -> tuple[object, list[str]]:
    """An export's nodes as written and its edges sorted (the embedded store streams them in its own order)."""
    if fmt in ("graphml", "gexf"):
        graph = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(files[0])
        head = (type(graph).__name__, graph.graph)
        # GEXF numbers the edges in the order they are written
        edges = (
            json.dumps([u, v, {k: x for k, x in a.items() if fmt == "graphml" or k != "id"}], sort_keys=True)
            for u, v, a in graph.edges(data=True)
        )
        return (head, list(graph.nodes(data=True))), sorted(edges)
    if fmt in ("json", "cytoscape"):
        data = json.loads(files[0].read_text(encoding="utf-8"))
        inner = data["elements"] if fmt == "cytoscape" else data
        head = {k: v for k, v in data.items() if k not in ("nodes", "edges", "elements")}
        return (head, inner["nodes"]), sorted(json.dumps(e, sort_keys=True) for e in inner["edges"])
    nodes, edges = (list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline=""))) for path in files)
    return (nodes, edges[0]), sorted(json.dumps(row) for row in edges[1:])


def _exported_both_ways(
    store: NetworkXStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
    selection: dict[str, object],
    outs: tuple[str, str],
) -> tuple[list[Path], list[Path]]:
    """``store`` copied into an embedded store and exported to ``outs``: first as the whole graph held in NetworkX
    gives it, then as the embedded store writes it, with reading the whole graph made to fail."""
    import paperkg.graph.export as export
    from paperkg.graph import SQLiteStore

    embedded = SQLiteStore.open(tmp_path / "store", writable=True, create=True)
    graph = store.graph
    embedded.replace_all((dict(attrs) for _, attrs in graph.nodes(data=True)), (dict(a) for *_, a in graph.edges(data=True)), {})
    embedded.save()
    with monkeypatch.context() as held:
        held.setattr(export._StoreRows, "of", classmethod(lambda cls, *args: None))
        whole = export_graph(embedded, fmt, outs[0], **selection)  # type: ignore[arg-type]

    def unwanted(_: object) -> None:
        raise AssertionError("the whole graph was read into memory")

    monkeypatch.setattr(export, "to_networkx", unwanted)
    part = export_graph(embedded, fmt, outs[1], **selection)  # type: ignore[arg-type]
    embedded.close()
    return whole, part


@pytest.mark.parametrize("fmt", ["json", "csv", "cytoscape", "graphml", "gexf"])
@pytest.mark.parametrize("selection", [{}, {"kinds": [EdgeKind.CITES, EdgeKind.AUTHORED]}, {"papers_only": True}])
def test_the_embedded_store_streams_its_rows_as_the_graph_in_memory_writes_them(
    store: NetworkXStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, selection: dict[str, object]
) -> None:
    # the whole graph held in NetworkX took 1.1 GB to write CSV, JSON or Cytoscape JSON at 20k papers,
    # 3.6 GB GraphML or GEXF (77 MB streamed)
    outs = tuple(str(tmp_path / (f"{name}/" if fmt == "csv" else f"{name}.{fmt}")) for name in ("whole", "streamed"))
    whole, streamed = _exported_both_ways(store, tmp_path, monkeypatch, fmt, selection, outs)  # type: ignore[arg-type]
    assert _read_back(streamed, fmt) == _read_back(whole, fmt) and len(_read_back(whole, fmt)[1]) > 0


@pytest.mark.parametrize("fmt", ["bibtex", "ris"])
@pytest.mark.parametrize("selection", [{}, {"kinds": [EdgeKind.CITES, EdgeKind.AUTHORED]}, {"papers_only": True}])
def test_the_embedded_store_writes_reference_manager_files_a_year_of_papers_at_a_time(
    store: NetworkXStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, selection: dict[str, object]
) -> None:
    # the papers were read into NetworkX, all of them at once (350 MB at 20k papers); now a year at a
    # time, in the same order: by year (none first), date, id, whoever was written first
    from paperkg.models import Paper

    store.upsert_papers(
        [
            Paper(id="z-late", title="Late in the year", year=2021, published="2021-11", authors=["Ada Lovelace"]),
            Paper(id="a-early", title="Early in the year", year=2021, published="2021-01-05", authors=["Ada Lovelace"]),
            Paper(id="m-undated", title="Undated"),
            Paper(id="b-undated", title="Undated too", abstract="Text."),
        ]
    )
    outs = (str(tmp_path / f"whole.{fmt}"), str(tmp_path / f"streamed.{fmt}"))
    (whole,), (streamed,) = _exported_both_ways(store, tmp_path, monkeypatch, fmt, selection, outs)
    text = streamed.read_text(encoding="utf-8")
    assert streamed.read_bytes() == whole.read_bytes()

    def held(_: object) -> None:
        raise AssertionError("every paper was read before the first was written")

    import paperkg.graph.export as export
    from paperkg.graph import SQLiteStore

    monkeypatch.setattr(export._StoreRows, "nodes", held)
    with SQLiteStore.open(tmp_path / "store") as embedded:
        (again,) = export_graph(embedded, fmt, tmp_path / f"again.{fmt}", **selection)  # type: ignore[arg-type]
    assert again.read_bytes() == whole.read_bytes()
    ordered = [text.index(pid) for pid in ("b-undated", "m-undated", "a-early", cg.C1, "z-late")]
    assert ordered == sorted(ordered)


@pytest.mark.parametrize("selection", [{}, {"kinds": [EdgeKind.CO_CITED, EdgeKind.SIMILAR_TO]}, {"papers_only": True}])
def test_the_embedded_store_writes_vosviewer_files_without_reading_the_whole_graph(
    store: NetworkXStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, selection: dict[str, object]
) -> None:
    # VOSviewer's files count citations and clusters in the whole graph, which was read into NetworkX
    # first; the same bytes come of the store's rows read by kind
    from paperkg.models import Cluster

    store.upsert_entities([Cluster(name="first", id="cluster:1"), Cluster(name="second", id="cluster:2")])
    store.upsert_edges(
        [
            Edge(kind=EdgeKind.IN_CLUSTER, source=cg.A, target="cluster:1"),
            Edge(kind=EdgeKind.IN_CLUSTER, source=cg.B, target="cluster:1"),
            Edge(kind=EdgeKind.IN_CLUSTER, source=cg.X, target="cluster:2"),
            Edge(kind=EdgeKind.SIMILAR_TO, source=cg.A, target=cg.B, score=0.8),
            Edge(kind=EdgeKind.SIMILAR_TO, source=cg.B, target=cg.A, score=0.8),
        ]
    )
    outs = (str(tmp_path / "whole/"), str(tmp_path / "streamed/"))
    whole, streamed = _exported_both_ways(store, tmp_path, monkeypatch, "vosviewer", selection, outs)
    assert [p.read_bytes() for p in streamed] == [p.read_bytes() for p in whole]
    rows, links = _vos(streamed)
    assert ({r["cluster"] for r in rows}, len(links) > 0) == ({"1", "2", "3"}, True)


@pytest.mark.skipif(not hasattr(os, "fchmod"), reason="POSIX permission bits")
def test_an_exported_file_gets_the_umask_s_mode_or_keeps_the_one_it_replaces(
    store: NetworkXStore, tmp_path: Path
) -> None:
    # mkstemp's 0600 kept an export, or the HTML view, from a web server or another user
    mask = os.umask(0o022)
    try:
        (fresh,) = export_graph(store, "bibtex", tmp_path / "refs.bib")
        kept = tmp_path / "kept.bib"
        kept.write_text("old")
        kept.chmod(0o640)
        export_graph(store, "bibtex", kept)
    finally:
        os.umask(mask)
    assert (oct(fresh.stat().st_mode & 0o777), oct(kept.stat().st_mode & 0o777)) == ("0o644", "0o640")
