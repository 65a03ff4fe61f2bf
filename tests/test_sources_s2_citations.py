"""The Semantic Scholar citations dataset: rows by corpus id become CITES edges between dataset papers."""

from __future__ import annotations

import gzip
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from paperkg.cli import app
from paperkg.exceptions import BadRecord, LoadError
from paperkg.graph import BuildOptions, BuildReport, NetworkXStore, add_papers, build_graph
from paperkg.graph.build import CITING_NOT_IN_CORPUS
from paperkg.loaders import LoadOptions, LoadReport, detect_format, load_file
from paperkg.loaders.s2_citations import NO_CITED_ID, CitationLink, link_from_s2_citation, load_s2_citations
from paperkg.models import EdgeKind

DATA = Path(__file__).resolve().parent / "data"
PAPERS = DATA / "s2-dataset-papers.jsonl"
CITATIONS = DATA / "s2-dataset-citations.jsonl"
LORA = "arxiv:2106.09685"
QLORA = "arxiv:2305.14314"
LLAMA2 = "arxiv:2307.09288"
VLLM = "doi:10.1145/3600006.3613165"
EDGES = [(QLORA, LORA), (LLAMA2, LORA), (VLLM, LLAMA2)]
runner = CliRunner()


def _links(
    path: Path = CITATIONS, options: LoadOptions | None = None
) -> tuple[list[CitationLink], LoadReport]:
    report = LoadReport(source=str(path))
    return list(load_s2_citations(path, options, report)), report


def _options(**load: Any) -> BuildOptions:
    return BuildOptions(load=LoadOptions(**load), infer=False, similarity=False)


def _build(store: NetworkXStore, paths: list[Path], **load: Any) -> BuildReport:
    return build_graph(paths, store, _options(**load))


def _cites(store: NetworkXStore) -> dict[tuple[str, str], dict[str, Any]]:
    return {(e.source, e.target): {"relation": e.relation, **e.attrs} for e in store.edges([EdgeKind.CITES])}


def _file(report: BuildReport, path: Path) -> LoadReport:
    return next(r for r in report.files if r.source == str(path))


# -- the loader ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "fmt"), [(CITATIONS, "semantic-scholar-citations"), (PAPERS, "semantic-scholar")]
)
def test_detected_from_content(path: Path, fmt: str) -> None:
    assert detect_format(path) == fmt


def test_each_good_row_links_citing_to_cited() -> None:
    links, _ = _links()
    assert [(link.citing, link.cited) for link in links] == [
        ("258841328", "235458009"),
        ("259950998", "235458009"),
        ("261697361", "259950998"),
        ("259950998", "13756489"),
        ("999999999", "235458009"),
    ]


@pytest.mark.parametrize(
    ("index", "intents"),
    [(0, ("background", "methodology")), (1, ("background",)), (2, ()), (4, ("result",))],
)
def test_intents_of_every_context_are_flattened(index: int, intents: tuple[str, ...]) -> None:
    assert _links()[0][index].intents == intents


@pytest.mark.parametrize(("index", "influential"), [(0, True), (1, False), (3, True)])
def test_influence_is_kept(index: int, influential: bool) -> None:
    assert _links()[0][index].is_influential is influential


def test_reference_names_the_cited_paper_by_corpus_id() -> None:
    assert _links()[0][0].reference().external_id == "s2corpus:235458009"


def test_a_malformed_row_is_rejected_with_its_line() -> None:
    _, report = _links()
    assert [str(r) for r in report.rejected] == [
        f"{CITATIONS}, line 5: record 5: citingcorpusid: expected a corpus id number, got 'not-a-corpus-id'"
    ]


def test_a_row_without_a_cited_corpus_id_is_skipped_and_counted() -> None:
    _, report = _links()
    assert report.skipped == {NO_CITED_ID: 1}


def test_rows_read_are_links_rejected_and_skipped() -> None:
    links, report = _links()
    assert report.read == len(links) + len(report.rejected) + sum(report.skipped.values())


def test_strict_stops_at_the_malformed_row() -> None:
    with pytest.raises(BadRecord, match="line 5"):
        _links(options=LoadOptions(strict=True))


def test_gzip_file_gives_the_same_links(tmp_path: Path) -> None:
    packed = tmp_path / "citations.jsonl.gz"
    packed.write_bytes(gzip.compress(CITATIONS.read_bytes()))
    assert _links(packed)[0] == _links()[0]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"citedcorpusid": 2}, "expected citingcorpusid"),
        ({"citingcorpusid": 1, "citedcorpusid": 2.5}, "citedcorpusid: expected a corpus id"),
        ({"citingcorpusid": True, "citedcorpusid": 2}, "citingcorpusid: expected a corpus id"),
        ({"citingcorpusid": 1, "citedcorpusid": 2, "intents": "methodology"}, "intents: expected a list"),
        ({"citingcorpusid": 1, "citedcorpusid": 2, "intents": [[3]]}, "intents: expected intent names"),
        ({"citingcorpusid": 1, "citedcorpusid": 2, "isinfluential": "yes"}, "isinfluential: expected"),
    ],
)
def test_bad_values_are_named(row: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        link_from_s2_citation(row)


def test_corpus_ids_given_as_text_are_read() -> None:
    assert link_from_s2_citation({"citingCorpusId": "0042", "citedCorpusId": "7"}) == CitationLink("42", "7")


def test_reading_the_file_as_papers_is_refused_with_advice() -> None:
    with pytest.raises(LoadError, match="holds no papers; give it to paperkg build or add"):
        list(load_file(CITATIONS))


# -- building the graph ------------------------------------------------------------


@pytest.fixture
def built(store: NetworkXStore) -> BuildReport:
    return _build(store, [PAPERS, CITATIONS])


def test_cites_edges_join_the_right_papers(store: NetworkXStore, built: BuildReport) -> None:
    assert sorted(_cites(store)) == EDGES


@pytest.mark.parametrize(
    ("pair", "expected"),
    [
        (
            (QLORA, LORA),
            {"relation": "methodology", "intents": ["methodology", "background"], "is_influential": True},
        ),
        ((LLAMA2, LORA), {"relation": "background", "intents": ["background"], "is_influential": False}),
        ((VLLM, LLAMA2), {"relation": None, "intents": [], "is_influential": False}),
    ],
)
def test_edges_carry_intents_and_influence(
    store: NetworkXStore, built: BuildReport, pair: tuple[str, str], expected: dict[str, Any]
) -> None:
    assert _cites(store)[pair] == expected


def test_a_row_citing_from_outside_the_corpus_is_counted(built: BuildReport) -> None:
    assert _file(built, CITATIONS).skipped[CITING_NOT_IN_CORPUS] == 1


def test_a_row_cited_outside_the_corpus_is_an_unresolved_reference(built: BuildReport) -> None:
    citations = next(s for s in built.stages if s.name == "citations")
    assert citations.summary["unresolved_by_paper"] == {LLAMA2: 1}


def test_keep_external_refs_keeps_the_cited_paper_outside_the_corpus(store: NetworkXStore) -> None:
    build_graph(
        [PAPERS, CITATIONS], store, BuildOptions(infer=False, similarity=False, keep_external_refs=True)
    )
    assert (LLAMA2, "external:s2corpus:13756489") in {
        (e.source, e.target) for e in store.edges([EdgeKind.CITES])
    }


def test_the_malformed_row_is_rejected_and_the_rest_loads(built: BuildReport) -> None:
    assert ([r.line for r in built.files[1].rejected], built.citations_linked) == ([5], 4)


def test_records_read_add_up(built: BuildReport) -> None:
    assert built.records_read == (
        built.papers_new
        + built.merged
        + built.rejected
        + built.filtered
        + built.citations_linked
        + built.skipped
    )


def test_strict_build_stops_at_the_malformed_row(store: NetworkXStore) -> None:
    with pytest.raises(BadRecord, match=r"s2-dataset-citations\.jsonl, line 5"):
        _build(store, [PAPERS, CITATIONS], strict=True)


def test_citations_file_given_before_the_papers_file(store: NetworkXStore) -> None:
    _build(store, [CITATIONS, PAPERS])
    assert sorted(_cites(store)) == EDGES


def test_reports_keep_the_order_files_were_given(store: NetworkXStore) -> None:
    report = _build(store, [CITATIONS, PAPERS])
    assert [r.format for r in report.files] == ["semantic-scholar-citations", "semantic-scholar"]


def test_building_twice_gives_the_same_edges(store: NetworkXStore, built: BuildReport) -> None:
    first = _cites(store)
    _build(store, [PAPERS, CITATIONS])
    assert _cites(store) == first


def test_the_same_file_twice_adds_each_reference_once(store: NetworkXStore) -> None:
    _build(store, [PAPERS, CITATIONS, CITATIONS])
    references = next(p.references for p in store.papers() if p.id == LLAMA2)
    assert [r.external_id for r in references] == ["s2corpus:235458009", "s2corpus:13756489"]


def test_add_links_the_papers_already_in_the_store(store: NetworkXStore) -> None:
    _build(store, [PAPERS])
    add_papers([CITATIONS], store, _options())
    assert sorted(_cites(store)) == EDGES


def test_adding_the_citations_again_changes_nothing(store: NetworkXStore, built: BuildReport) -> None:
    before = ({p.id: p.references for p in store.papers()}, _cites(store))
    add_papers([CITATIONS], store, _options())
    assert ({p.id: p.references for p in store.papers()}, _cites(store)) == before


@pytest.mark.parametrize(
    ("paper", "sources"),
    [
        (QLORA, [(str(PAPERS), "semantic-scholar"), (str(CITATIONS), "semantic-scholar-citations")]),
        (LORA, [(str(PAPERS), "semantic-scholar")]),  # cited, citing nothing
    ],
)
def test_a_citing_papers_provenance_lists_the_citations_file_once(
    store: NetworkXStore, paper: str, sources: list[tuple[str, str]]
) -> None:
    _build(store, [PAPERS, CITATIONS, CITATIONS])
    add_papers([CITATIONS], store, _options())
    found = store.get_paper(paper)
    assert found is not None
    assert [(p.source, p.format) for p in found.provenance] == sources


def test_without_the_papers_every_row_is_left_out(store: NetworkXStore) -> None:
    report = _build(store, [CITATIONS])
    assert (report.citations_linked, _file(report, CITATIONS).skipped[CITING_NOT_IN_CORPUS]) == (0, 5)


# -- through the CLI ---------------------------------------------------------------


def _cli(data_dir: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(
        app, ["build", *args, "--data-dir", str(data_dir), "--no-similarity", "--no-infer"]
    )
    return result.exit_code, result.output


def _stored_edges(data_dir: Path) -> list[tuple[str, str]]:
    with NetworkXStore.open(data_dir) as store:
        return sorted(_cites(store))


def test_cli_build_draws_the_edges(data_dir: Path) -> None:
    _cli(data_dir, str(PAPERS), str(CITATIONS))
    assert _stored_edges(data_dir) == EDGES


@pytest.mark.parametrize(
    "line",
    [
        "s2-dataset-citations.jsonl: citation rows whose citing paper is not in the corpus: 1",
        "s2-dataset-citations.jsonl: citation rows whose cited paper has no corpus id: 1",
        f"rejected: {CITATIONS}, line 5: record 5: citingcorpusid",
        "11 records read, 4 new papers, 0 merged duplicates, 1 rejected, 4 citations linked, 2 skipped",
        "citations: 3 of 4 references found in the corpus",
    ],
)
def test_cli_build_reports_the_citations_file(data_dir: Path, line: str) -> None:
    _, output = _cli(data_dir, str(PAPERS), str(CITATIONS))
    assert line in output


def test_cli_build_table_has_the_citations_file_line(data_dir: Path) -> None:
    # Rich shortens the names to the terminal's width: read, loaded, rejected, year-unknown.
    _, output = _cli(data_dir, str(PAPERS), str(CITATIONS))
    assert re.search(r"^s2-dataset-citation\S*\s+semantic-scholar-ci\S*\s+7\s+4\s+1\s+0$", output, re.M)


def test_cli_build_of_a_directory_holding_both_files(data_dir: Path, tmp_path: Path) -> None:
    # "citations" sorts before "papers": the directory's order must not matter.
    folder = tmp_path / "s2"
    folder.mkdir()
    shutil.copy(CITATIONS, folder / "citations.jsonl")
    shutil.copy(PAPERS, folder / "papers.jsonl")
    _cli(data_dir, str(folder))
    assert _stored_edges(data_dir) == EDGES


def test_cli_strict_build_fails_at_the_malformed_row(data_dir: Path) -> None:
    code, output = _cli(data_dir, str(PAPERS), str(CITATIONS), "--strict")
    assert (code, "line 5" in output) == (1, True)
