"""The Semantic Scholar loader: single, batch and JSON Lines paper objects, references and citations."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperkg.exceptions import LoadError
from paperkg.loaders import LoadOptions, LoadReport, detect_format
from paperkg.loaders.semantic_scholar import load_semantic_scholar
from paperkg.models import Paper, Reference

DATA = Path(__file__).resolve().parent / "data"
SINGLE = DATA / "s2-paper.json"
BATCH = DATA / "s2-batch.json"
LINES = DATA / "s2-papers.jsonl"
CITATIONS = DATA / "s2-dataset-citations.jsonl"
LORA_S2 = "a8ca46b171467ceb2d7652fbfb67fe701ad86092"


def _load(path: Path, options: LoadOptions | None = None) -> tuple[list[Paper], LoadReport]:
    report = LoadReport(source=str(path))
    return list(load_semantic_scholar(path, options, report)), report


def _by_id(path: Path) -> dict[str, Paper]:
    return {p.id: p for p in _load(path)[0]}


@pytest.mark.parametrize("path", [SINGLE, BATCH, LINES])
def test_detected_from_content(path: Path) -> None:
    assert detect_format(path) == "semantic-scholar"


@pytest.mark.parametrize(
    ("path", "ids"),
    [
        (SINGLE, ["arxiv:2305.14314", "arxiv:2309.06180"]),
        (BATCH, ["arxiv:2106.09685", "arxiv:2307.09288"]),
        (LINES, ["arxiv:2309.06180", "arxiv:2307.09288"]),
    ],
)
def test_papers_of_each_response_shape(path: Path, ids: list[str]) -> None:
    assert [p.id for p in _load(path)[0]] == ids


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("title", "QLoRA: Efficient Finetuning of Quantized LLMs"),
        ("published", "2023-05-23"),
        ("year", 2023),
        ("authors", ["Tim Dettmers", "Artidoro Pagnoni", "Ari Holtzman", "Luke Zettlemoyer"]),
        ("venue", "Neural Information Processing Systems"),
        ("external_ids", {"s2": "32ac52069e562d4f900afee70bdca63f53461481", "s2corpus": "258841328"}),
    ],
)
def test_fields_of_a_single_paper(field: str, expected: object) -> None:
    assert getattr(_by_id(SINGLE)["arxiv:2305.14314"], field) == expected


def test_references_keep_ids_and_skip_empty_entries() -> None:
    refs = _by_id(SINGLE)["arxiv:2305.14314"].references
    assert [(r.arxiv_id, r.title) for r in refs] == [
        ("2106.09685", "LoRA: Low-Rank Adaptation of Large Language Models"),
        ("1706.03762", "Attention is All you Need"),
        (None, "The case for 4-bit precision: k-bit inference scaling laws"),
    ]


def test_reference_carries_the_s2_paper_id() -> None:
    refs = _by_id(SINGLE)["arxiv:2305.14314"].references
    assert refs[0].external_id == f"s2:{LORA_S2}"


def test_a_citation_becomes_a_citing_paper_that_references_this_one() -> None:
    citer = _by_id(SINGLE)["arxiv:2309.06180"]
    assert citer.references == [
        Reference(
            arxiv_id="2305.14314",
            title="QLoRA: Efficient Finetuning of Quantized LLMs",
            external_id="s2:32ac52069e562d4f900afee70bdca63f53461481",
        )
    ]


def test_batch_nulls_are_skipped_without_rejection() -> None:
    _, report = _load(BATCH)
    assert report.rejected == []


def test_dataset_record_with_lower_case_keys() -> None:
    paper = _by_id(LINES)["arxiv:2309.06180"]
    assert (paper.doi, paper.published, paper.external_ids) == (
        "10.1145/3600006.3613165",
        "2023-09-12",
        {"s2corpus": "261697361"},
    )


@pytest.mark.parametrize(
    ("index", "intents", "influential"),
    [(0, ["methodology"], True), (1, ["background", "result"], False)],
)
def test_reference_intents_and_influence(index: int, intents: list[str], influential: bool) -> None:
    ref = _by_id(LINES)["arxiv:2307.09288"].references[index]
    assert (ref.intents, ref.is_influential) == (intents, influential)


def test_a_paper_naming_nothing_is_rejected_with_its_line() -> None:
    _, report = _load(LINES)
    assert [r.line for r in report.rejected] == [3]


def test_citations_dataset_file_is_not_claimed() -> None:
    assert detect_format(CITATIONS) == "semantic-scholar-citations"


def test_citations_dataset_file_forced_as_papers_is_refused_with_advice() -> None:
    with pytest.raises(LoadError, match="holds links, not papers; give it without --format"):
        _load(CITATIONS)


def test_year_filter_applies() -> None:
    papers, _ = _load(BATCH, LoadOptions(since="2022"))
    assert [p.id for p in papers] == ["arxiv:2307.09288"]
