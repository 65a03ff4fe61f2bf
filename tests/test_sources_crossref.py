"""The Crossref loader: API responses, one work, JSON Lines; JATS abstracts, dates, authors and references."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from paperkg.cli import app
from paperkg.loaders import LoadReport, detect_format
from paperkg.loaders.crossref import jats_text, load_crossref
from paperkg.models import Paper, Reference

DATA = Path(__file__).resolve().parent / "data"
# A /works response of two works as api.crossref.org writes them (DOIs under Crossref's test prefix 10.5555).
RESPONSE = DATA / "crossref-works.json"


def _works() -> list[dict[str, object]]:
    return json.loads(RESPONSE.read_text(encoding="utf-8"))["message"]["items"]  # type: ignore[no-any-return]


def _load(path: Path = RESPONSE) -> tuple[list[Paper], LoadReport]:
    report = LoadReport(source=str(path))
    return list(load_crossref(path, None, report)), report


def test_a_works_response_is_detected_and_its_items_are_the_papers() -> None:
    # it was refused: "cannot tell the format from the content"
    papers, report = _load()
    assert (detect_format(RESPONSE), [p.doi for p in papers], report.rejected) == (
        "crossref",
        ["10.5555/paperkg.lora", "10.5555/paperkg.qlora"],
        [],
    )


def test_a_work_is_read_with_its_subtitle_jats_abstract_date_venue_and_authors() -> None:
    lora = _load()[0][0]
    assert (lora.title, lora.published, lora.year, lora.venue, lora.url, lora.citation_count) == (
        "LoRA: Low-Rank Adaptation of Large Language Models",
        "2022-04-25",
        2022,
        "International Conference on Learning Representations",
        "https://doi.org/10.5555/paperkg.lora",
        42,
    )
    assert lora.abstract is not None
    assert lora.abstract.startswith("We propose Low-Rank Adaptation, or LoRA,")
    assert "Transformer architecture. LoRA reduces" in lora.abstract and "&amp;" not in lora.abstract
    assert (lora.authors, lora.author_ids) == (
        ["Edward J. Hu", "Yelong Shen"],
        {"Edward J. Hu": ["orcid:0000-0002-1825-0097"]},
    )


def test_references_name_their_works_by_doi_arxiv_id_or_title() -> None:
    lora, qlora = _load()[0]
    assert lora.references == [
        Reference(arxiv_id="1706.03762"),
        Reference(doi="10.5555/not-in-corpus"),
    ]
    # an organisation is an author by its name; a reference naming no work is left out
    assert qlora.authors == ["Tim Dettmers", "The Example Consortium"]
    assert qlora.references == [
        Reference(doi="10.5555/paperkg.lora"),
        Reference(doi="10.48550/arXiv.2106.09685", arxiv_id="2106.09685"),
        Reference(title="Scaling Instruction-Finetuned Language Models"),
    ]


def test_one_work_json_lines_and_an_array_of_works_are_read(tmp_path: Path) -> None:
    work = _works()[1]
    one = tmp_path / "work.json"
    one.write_text(json.dumps({"status": "ok", "message-type": "work", "message": work}), encoding="utf-8")
    lines = tmp_path / "works.jsonl"
    lines.write_text("".join(json.dumps(w) + "\n" for w in _works()), encoding="utf-8")
    array = tmp_path / "array.json"
    array.write_text(json.dumps(_works(), indent=2), encoding="utf-8")
    found = {
        path.name: (detect_format(path), [p.doi for p in _load(path)[0]]) for path in (one, lines, array)
    }
    assert found == {
        "work.json": ("crossref", ["10.5555/paperkg.qlora"]),
        "works.jsonl": ("crossref", ["10.5555/paperkg.lora", "10.5555/paperkg.qlora"]),
        "array.json": ("crossref", ["10.5555/paperkg.lora", "10.5555/paperkg.qlora"]),
    }


def test_zotero_csl_json_is_still_read_as_records(tmp_path: Path) -> None:
    path = tmp_path / "zotero.json"
    item = {"id": "x", "type": "article-journal", "title": "LoRA", "container-title": "ICLR", "DOI": "10.1/x"}
    path.write_text(json.dumps([item]), encoding="utf-8")
    assert detect_format(path) == "jsonl"


def test_a_work_with_a_field_of_the_wrong_type_is_rejected_by_name(tmp_path: Path) -> None:
    lora, qlora = _works()
    path = tmp_path / "works.jsonl"
    path.write_text(json.dumps({**lora, "title": 5}) + "\n" + json.dumps(qlora) + "\n", encoding="utf-8")
    papers, report = _load(path)
    assert ([p.doi for p in papers], [str(r) for r in report.rejected]) == (
        ["10.5555/paperkg.qlora"],
        [f"{path}, line 1: record 1: title: expected a list or text, got a number"],
    )


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("<jats:p>One.</jats:p><jats:p>Two.</jats:p>", "One. Two."),
        ("<jats:sec><jats:title>Background</jats:title><jats:p>A &lt; B</jats:p></jats:sec>", "A < B"),
        ("Plain text, no tags.", "Plain text, no tags."),
        ("<jats:p> </jats:p>", None),
        # an inline tag is part of its word: "(LoRA)", "CO2", a power
        (
            "<jats:p>Adapters (<jats:italic>LoRA</jats:italic>) cut CO<jats:sub>2</jats:sub> by 10<jats:sup>3</jats:sup>.</jats:p>",
            "Adapters (LoRA) cut CO2 by 10^3.",
        ),
    ],
)
def test_jats_abstracts_are_read_as_text(raw: str, text: str | None) -> None:
    assert jats_text(raw) == text


def test_a_build_draws_the_citation_a_doi_reference_names(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["build", str(RESPONSE), "--no-similarity", "--json", "--data-dir", str(tmp_path / "store")]
    )
    assert result.exit_code == 0, result.output
    counts = json.loads(result.output)["counts"]
    assert (counts["nodes"]["paper"], counts["edges"]["CITES"], counts["edges"]["BUILDS_ON"]) == (2, 1, 1)


def test_a_date_that_is_none_gives_way_to_the_next(tmp_path: Path) -> None:
    # a work was rejected whole for its issued date
    lora = _works()[0]
    broken = {**lora, "issued": {"date-parts": [[2022, 13, 40]]}, "published": {"date-parts": [["x"]]}}
    path = tmp_path / "works.jsonl"
    path.write_text(json.dumps(broken) + "\n", encoding="utf-8")
    papers, report = _load(path)
    assert ([p.published for p in papers], report.rejected) == (["2022-04-03"], [])
