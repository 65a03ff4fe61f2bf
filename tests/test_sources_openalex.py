"""The OpenAlex loader: API responses and JSON Lines, abstracts, ids and referenced works."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from paperkg.loaders import LoadOptions, LoadReport, detect_format
from paperkg.loaders.openalex import load_openalex, openalex_work_id, rebuild_abstract
from paperkg.models import Paper, Reference

DATA = Path(__file__).resolve().parent / "data"

RESPONSE = DATA / "openalex-works.json"
LINES = DATA / "openalex-works.jsonl"


def _load(path: Path = RESPONSE, options: LoadOptions | None = None) -> tuple[list[Paper], LoadReport]:
    report = LoadReport(source=str(path))
    return list(load_openalex(path, options, report)), report


def _by_openalex(papers: list[Paper]) -> dict[str, Paper]:
    return {p.external_ids["openalex"]: p for p in papers}


@pytest.mark.parametrize("path", [RESPONSE, LINES])
def test_detected_from_content(path: Path) -> None:
    assert detect_format(path) == "openalex"


def test_api_response_results_are_the_papers() -> None:
    papers, _ = _load()
    assert [p.id for p in papers] == [
        "arxiv:2106.09685",
        "arxiv:2305.14314",
        "doi:10.1145/3600006.3613165",
    ]


def test_json_lines_give_the_same_papers() -> None:
    papers, _ = _load(LINES)
    assert [p.id for p in papers] == [p.id for p in _load()[0]]


def test_a_truncated_line_is_rejected_with_its_number() -> None:
    _, report = _load(LINES)
    assert [r.line for r in report.rejected] == [4]


def test_gzip_snapshot_part(tmp_path: Path) -> None:
    path = tmp_path / "part_000.gz"
    path.write_bytes(gzip.compress(LINES.read_bytes()))
    papers, _ = _load(path)
    assert len(papers) == 3


def test_abstract_rebuilt_from_inverted_index() -> None:
    papers, _ = _load()
    assert _by_openalex(papers)["W3168867926"].abstract == (
        "We propose Low-Rank Adaptation, or LoRA, which freezes the pre-trained model weights and the injects"
    )


@pytest.mark.parametrize("work", ["W4378509449", "W4390000001"])
def test_null_or_empty_inverted_index_gives_no_abstract(work: str) -> None:
    papers, _ = _load()
    assert _by_openalex(papers)[work].abstract is None


@pytest.mark.parametrize(
    ("work", "arxiv_id"),
    [("W3168867926", "2106.09685"), ("W4378509449", "2305.14314"), ("W4390000001", None)],
)
def test_arxiv_id_from_doi_or_location(work: str, arxiv_id: str | None) -> None:
    papers, _ = _load()
    assert _by_openalex(papers)[work].arxiv_id == arxiv_id


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("doi", "10.1145/3600006.3613165"),
        ("published", "2023-10-23"),
        ("year", 2023),
        ("authors", ["Woosuk Kwon"]),
        ("venue", "Proceedings of the 29th Symposium on Operating Systems Principles"),
        ("url", "https://openalex.org/W4390000001"),
    ],
)
def test_fields_of_a_journal_work(field: str, expected: object) -> None:
    papers, _ = _load()
    assert getattr(_by_openalex(papers)["W4390000001"], field) == expected


def test_arxiv_is_not_a_venue() -> None:
    papers, _ = _load()
    assert _by_openalex(papers)["W3168867926"].venue is None


def test_referenced_works_become_references() -> None:
    papers, _ = _load()
    assert _by_openalex(papers)["W4378509449"].references == [
        Reference(external_id="openalex:W3168867926"),
        Reference(external_id="openalex:W4000000001"),
    ]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("https://openalex.org/W2741809807", "W2741809807"), ("w12", "W12"), ("A123", None), (None, None)],
)
def test_openalex_work_id(raw: object, expected: str | None) -> None:
    assert openalex_work_id(raw) == expected


@pytest.mark.parametrize("inverted", [None, {}, {"word": "not a list"}, "text"])
def test_rebuild_abstract_is_null_safe(inverted: object) -> None:
    assert rebuild_abstract(inverted) is None
