"""The CLI through typer's CliRunner: output, JSON, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from paperkg.cli import app
from paperkg.graph import NetworkXStore
from paperkg.models import Edge, EdgeKind, Paper

runner = CliRunner()


@pytest.fixture
def built(data_dir: Path, tiny_papers: list[Paper]) -> Path:
    """A saved store holding the tiny papers, one edge, and two similar titles."""
    twins = [
        Paper(title="Scaling Laws for Neural Language Models", abstract="We study scaling."),
        Paper(title="Scaling Laws for Transfer", abstract="We study transfer."),
    ]
    with NetworkXStore.open(data_dir, writable=True, create=True) as store:
        store.upsert_papers(tiny_papers + twins)
        store.upsert_edges(
            [
                Edge(
                    kind=EdgeKind.BUILDS_ON,
                    source=tiny_papers[1].id,
                    target=tiny_papers[0].id,
                    relation="extends",
                )
            ]
        )
    return data_dir


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_help_lists_commands() -> None:
    code, out, _ = invoke("--help")
    assert code == 0 and "build" in out


def test_show_by_arxiv_id_with_version(built: Path) -> None:
    code, out, _ = invoke("show", "2307.09288v2", "--data-dir", str(built))
    assert code == 0 and "Llama 2: Open Foundation" in out


def test_show_json_carries_edge_counts(built: Path) -> None:
    _, out, _ = invoke("show", "arxiv:2302.13971", "--json", "--data-dir", str(built))
    assert json.loads(out)["edge_counts"] == {"BUILDS_ON": 1}


def test_show_by_partial_title(built: Path) -> None:
    _, out, _ = invoke("show", "without ids", "--json", "--data-dir", str(built))
    assert json.loads(out)["title"] == "A paper without ids"


def test_ambiguous_reference_exits_2(built: Path) -> None:
    code, _, _ = invoke("show", "scaling laws", "--data-dir", str(built))
    assert code == 2


def test_ambiguous_reference_lists_candidates(built: Path) -> None:
    _, _, err = invoke("show", "scaling laws", "--data-dir", str(built))
    assert "Scaling Laws for Transfer" in err and "Scaling Laws for Neural Language Models" in err


def test_unknown_reference_exits_1_with_one_line(built: Path) -> None:
    code, _, err = invoke("show", "no such paper anywhere", "--data-dir", str(built))
    assert (code, len(err.strip().splitlines())) == (1, 1)


def test_missing_store_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    code, _, err = invoke("stats", "--data-dir", str(tmp_path / "none"))
    assert (code, err.startswith("error: no paperkg graph")) == (1, True)


def test_stats_json(built: Path) -> None:
    _, out, _ = invoke("stats", "--json", "--data-dir", str(built))
    assert json.loads(out)["edges"] == {"BUILDS_ON": 1}


def test_search_ranks_title_matches_first(built: Path) -> None:
    _, out, _ = invoke("search", "llama", "--json", "--data-dir", str(built))
    assert [h["paper"]["id"] for h in json.loads(out)] == ["arxiv:2302.13971", "arxiv:2307.09288"]


def test_search_without_hits_says_so(built: Path) -> None:
    code, out, _ = invoke("search", "zebra", "--data-dir", str(built))
    assert (code, "no paper contains" in out) == (0, True)


def test_export_json_is_node_link_with_kinds(built: Path, tmp_path: Path) -> None:
    target = tmp_path / "g.json"
    invoke("export", "--format", "json", "--out", str(target), "--data-dir", str(built))
    data = json.loads(target.read_text())
    assert ({n["kind"] for n in data["nodes"]}, [e["kind"] for e in data["edges"]]) == (
        {"paper"},
        ["BUILDS_ON"],
    )


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_gephi_formats_read_back(built: Path, tmp_path: Path, fmt: str) -> None:
    import networkx as nx

    target = tmp_path / f"g.{fmt}"
    invoke("export", "--format", fmt, "--out", str(target), "--data-dir", str(built))
    graph = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(target)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (5, 1)


def test_export_csv_writes_nodes_and_edges(built: Path, tmp_path: Path) -> None:
    invoke("export", "--format", "csv", "--out", str(tmp_path / "g"), "--data-dir", str(built))
    lines = [len((tmp_path / f"g-{part}.csv").read_text().splitlines()) for part in ("nodes", "edges")]
    assert lines == [6, 2]


def test_export_unknown_format_is_refused(built: Path, tmp_path: Path) -> None:
    code, _, err = invoke(
        "export", "--format", "xlsx", "--out", str(tmp_path / "g"), "--data-dir", str(built)
    )
    assert (code, "unknown export format" in err) == (1, True)


def test_a_command_freezes_the_open_store_out_of_the_gc_and_thaws_it_after(built: Path) -> None:
    import gc

    from paperkg.cli import _store

    before = gc.get_freeze_count()
    with _store("networkx", built):
        assert gc.get_freeze_count() > before
    assert gc.get_freeze_count() == before
    assert runner.invoke(app, ["stats", "--data-dir", str(built)]).exit_code == 0
    assert gc.get_freeze_count() == before
