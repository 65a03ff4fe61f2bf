"""The build/add options of the real-world sources: --category, --since, --until, --keep-external-refs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from paperkg.cli import app
from paperkg.graph import NetworkXStore

DATA = Path(__file__).resolve().parent / "data"
SNAPSHOT = DATA / "arxiv-snapshot.jsonl"
S2 = DATA / "s2-paper.json"
runner = CliRunner()


def _build(data_dir: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(
        app, ["build", *args, "--no-infer", "--no-similarity", "--data-dir", str(data_dir)]
    )
    return result.exit_code, result.output


def _paper_ids(data_dir: Path) -> list[str]:
    with NetworkXStore.open(data_dir) as store:
        return sorted(p.id for p in store.papers())


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--category", "cs.LG"], ["arxiv:2106.09685", "arxiv:2305.14314"]),
        (["--category", "hep-th", "--category", "hep-ph"], ["arxiv:0704.0001", "arxiv:hep-th/9711200"]),
        (["--since", "2023-01"], ["arxiv:2305.14314", "arxiv:2307.09288"]),
        (["--until", "1999"], ["arxiv:hep-th/9711200"]),
    ],
)
def test_filters_select_papers(data_dir: Path, args: list[str], expected: list[str]) -> None:
    _build(data_dir, str(SNAPSHOT), *args)
    assert _paper_ids(data_dir) == expected


def test_filtered_out_count_is_printed(data_dir: Path) -> None:
    _, output = _build(data_dir, str(SNAPSHOT), "--since", "2023-01")
    assert "3 filtered out" in output


def test_a_malformed_since_is_a_usage_error(data_dir: Path) -> None:
    code, _ = _build(data_dir, str(SNAPSHOT), "--since", "2023/01")
    assert code == 2


def test_build_prints_how_many_references_resolved(data_dir: Path) -> None:
    _, output = _build(data_dir, str(SNAPSHOT), str(S2))
    assert "citations: 2 of 4 references found in the corpus" in output


def test_keep_external_refs_adds_external_nodes(data_dir: Path) -> None:
    _build(data_dir, str(SNAPSHOT), str(S2), "--keep-external-refs")
    with NetworkXStore.open(data_dir) as store:
        assert store.counts()["nodes"]["external"] == 2


def test_without_keep_external_refs_no_external_nodes(data_dir: Path) -> None:
    _build(data_dir, str(SNAPSHOT), str(S2))
    with NetworkXStore.open(data_dir) as store:
        assert "external" not in store.counts()["nodes"]


def test_json_report_holds_the_citation_counts(data_dir: Path) -> None:
    _, output = _build(data_dir, str(SNAPSHOT), str(S2), "--json")
    counts = json.loads(output)["stages"]["citations"]["counts"]
    assert (counts["references"], counts["resolved"]) == (4, 2)


def _add(data_dir: Path, *args: str) -> dict[str, object]:
    result = runner.invoke(app, ["add", *args, "--data-dir", str(data_dir), "--json"])
    assert result.exit_code == 0, result.output
    report: dict[str, object] = json.loads(result.output)
    return report


def test_add_keeps_the_settings_of_the_last_build(data_dir: Path) -> None:
    # a graph built without inference or similarity, keeping external nodes: an add told nothing
    # neither infers nor embeds the whole corpus, nor drops the external nodes
    _build(data_dir, str(SNAPSHOT), str(S2), "--keep-external-refs")
    stages = _add(data_dir, str(DATA / "zotero.bib"))["stages"]
    assert isinstance(stages, dict)
    assert stages["inference"]["skipped"] == stages["similarity"]["skipped"] == "turned off"
    assert stages["citations"]["external nodes"] == 2
    with NetworkXStore.open(data_dir) as store:
        assert store.counts()["nodes"]["external"] == 2


def test_add_told_a_setting_uses_it(data_dir: Path) -> None:
    _build(data_dir, str(SNAPSHOT), str(S2), "--keep-external-refs")
    stages = _add(data_dir, str(DATA / "zotero.bib"), "--no-external-refs", "--no-similarity")["stages"]
    assert isinstance(stages, dict)
    assert "external nodes" not in stages["citations"]
    assert stages["similarity"]["skipped"] == "turned off"
    assert stages["inference"]["skipped"] == "turned off"  # not told: as the build


def _graph(data_dir: Path) -> tuple[list[str], list[tuple[str, str, str]]]:
    with NetworkXStore.open(data_dir) as store:
        nodes = sorted(store.graph.nodes)
        edges = sorted((a, b, k) for a, b, k in store.graph.edges(keys=True))
    return nodes, edges


@pytest.fixture
def attention(tmp_path: Path) -> Path:
    """The paper behind one of the S2 record's unresolved references (arXiv 1706.03762)."""
    path = tmp_path / "attention.jsonl"
    record = {
        "arxiv_id": "1706.03762",
        "title": "Attention Is All You Need",
        "abstract": "The dominant sequence transduction models are based on complex recurrent networks.",
        "published": "2017-06-12",
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_an_add_that_resolves_an_external_reference_drops_its_external_node(
    tmp_path: Path, attention: Path
) -> None:
    added, full = tmp_path / "added", tmp_path / "full"
    _build(added, str(SNAPSHOT), str(S2), "--keep-external-refs")
    _add(added, str(attention))
    _build(full, str(SNAPSHOT), str(S2), str(attention), "--keep-external-refs")
    assert _graph(added) == _graph(full)


def test_an_add_told_no_external_refs_drops_the_external_nodes(data_dir: Path) -> None:
    _build(data_dir, str(SNAPSHOT), str(S2), "--keep-external-refs")
    _add(data_dir, str(DATA / "zotero.bib"), "--no-external-refs", "--no-similarity")
    with NetworkXStore.open(data_dir) as store:
        assert "external" not in store.counts()["nodes"]
