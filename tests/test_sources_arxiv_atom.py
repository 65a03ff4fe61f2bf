"""The arXiv Atom loader: entries, versions, DOI and journal ref, error entries, hostile XML."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperkg.exceptions import LoadError
from paperkg.loaders import LoadOptions, LoadReport, detect_format
from paperkg.loaders.arxiv_atom import load_arxiv_atom
from paperkg.models import Paper

DATA = Path(__file__).resolve().parent / "data"
FEED = DATA / "arxiv-atom.xml"


def _load(path: Path = FEED, options: LoadOptions | None = None) -> tuple[list[Paper], LoadReport]:
    report = LoadReport(source=str(path))
    return list(load_arxiv_atom(path, options, report)), report


def _by_id() -> dict[str, Paper]:
    return {p.id: p for p in _load()[0]}


def test_detected_from_content() -> None:
    assert detect_format(FEED) == "arxiv-atom"


def test_every_paper_entry_loads() -> None:
    assert [p.id for p in _load()[0]] == ["arxiv:2106.09685", "arxiv:hep-th/9711200", "arxiv:2305.14314"]


def test_the_api_error_entry_is_rejected_with_its_reason() -> None:
    _, report = _load()
    assert [r.reason for r in report.rejected] == [
        "entry 4: the API answered an error: incorrect id format for 1234.5678"
    ]


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("arxiv_version", 2),
        ("published", "2021-06-17"),
        ("year", 2021),
        ("authors", ["Edward J. Hu", "Yelong Shen", "Weizhu Chen"]),
        ("categories", ["cs.CL", "cs.AI", "cs.LG"]),
        ("title", "LoRA: Low-Rank Adaptation of Large Language Models"),
    ],
)
def test_fields_of_an_entry(field: str, expected: object) -> None:
    assert getattr(_by_id()["arxiv:2106.09685"], field) == expected


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("doi", "10.1023/a:1026654312961"),
        ("venue", "Adv.Theor.Math.Phys.2:231-252,1998"),
        ("arxiv_version", 3),
    ],
)
def test_doi_and_journal_ref_of_an_old_style_entry(field: str, expected: object) -> None:
    assert getattr(_by_id()["arxiv:hep-th/9711200"], field) == expected


def test_summary_entities_are_decoded_and_whitespace_folded() -> None:
    assert _by_id()["arxiv:2305.14314"].abstract == (
        "We present QLoRA, an efficient finetuning approach that reduces memory usage enough to "
        "finetune a 65B parameter model on a single 48GB GPU & more."
    )


def test_provenance_points_at_the_entry_line() -> None:
    assert _by_id()["arxiv:2305.14314"].provenance[0].line == 58


def test_category_filter() -> None:
    papers, _ = _load(options=LoadOptions(categories=["hep-th"]))
    assert [p.id for p in papers] == ["arxiv:hep-th/9711200"]


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE feed [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2106.09685</id><title>&b;</title></entry></feed>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE feed SYSTEM "file:///etc/passwd">
<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2106.09685</id></entry></feed>
"""


@pytest.mark.parametrize("text", [BILLION_LAUGHS, EXTERNAL])
def test_dtds_and_entities_are_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "hostile.xml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError, match="declares a DTD or entities"):
        _load(path)


def test_malformed_xml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text(FEED.read_text(encoding="utf-8").replace("</feed>", ""), encoding="utf-8")
    with pytest.raises(LoadError, match=r"line \d+: not well-formed XML"):
        _load(path)
