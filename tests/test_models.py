"""Paper ids, arXiv id parsing, labels and merging."""

from __future__ import annotations

import pytest

from paperkg.graph.merge import PaperIndex
from paperkg.models import Paper, Provenance, split_arxiv_version


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2101.00436v3", ("2101.00436", 3)),
        ("arXiv:2302.13971", ("2302.13971", None)),
        ("https://arxiv.org/abs/2002.10957v2", ("2002.10957", 2)),
        ("hep-th/9901001", ("hep-th/9901001", None)),
        ("math.GT/0309136v1", ("math.GT/0309136", 1)),
    ],
)
def test_split_arxiv_version(raw: str, expected: tuple[str, int | None]) -> None:
    assert split_arxiv_version(raw) == expected


def test_split_arxiv_version_rejects_words() -> None:
    with pytest.raises(ValueError, match="expected an arXiv id"):
        split_arxiv_version("abc")


def test_arxiv_id_is_preferred_over_doi() -> None:
    assert Paper(arxiv_id="2302.13971v1", doi="10.1/X", title="t").id == "arxiv:2302.13971"


def test_doi_id_is_lowercased() -> None:
    assert Paper(doi="https://doi.org/10.1145/ABC", title="t").id == "doi:10.1145/abc"


def test_hash_id_is_stable_under_whitespace_and_case() -> None:
    a = Paper(title="Deep  Learning", abstract="Some   text.")
    b = Paper(title="deep learning", abstract="Some text.")
    assert a.id == b.id


def test_label_is_the_introduced_name_without_title() -> None:
    paper = Paper(abstract="We present Lightning Attention, the first linear attention implementation.")
    assert paper.label == "Lightning Attention"


def test_label_falls_back_to_first_words() -> None:
    paper = Paper(abstract="Large language models are trained on a lot of text from many sources today.")
    assert paper.label == "Large language models are trained on a lot..."


def test_same_title_from_two_sources_merges_with_both_provenances() -> None:
    first = Paper(
        title="Sophia: A Scalable Optimizer",
        abstract="a",
        provenance=[Provenance(source="a.txt", format="hf-daily", line=3)],
    )
    second = Paper(
        arxiv_id="2305.14342",
        title="Sophia: a scalable optimizer",
        abstract="a",
        provenance=[Provenance(source="b.jsonl", format="jsonl", line=1)],
    )
    index = PaperIndex([first, second])
    merged = index.by_id["arxiv:2305.14342"]
    assert [p.source for p in merged.provenance] == ["a.txt", "b.jsonl"]


def test_merge_records_the_renamed_id() -> None:
    first = Paper(title="Sophia: A Scalable Optimizer", abstract="a")
    second = Paper(arxiv_id="2305.14342", title="Sophia: a scalable optimizer")
    index = PaperIndex([first, second])
    assert index.renamed == {first.id: "arxiv:2305.14342"}


def test_same_title_different_arxiv_ids_do_not_merge() -> None:
    index = PaperIndex(
        [
            Paper(arxiv_id="2301.00001", title="A Survey of Large Language Models"),
            Paper(arxiv_id="2303.18223", title="A Survey of Large Language Models"),
        ]
    )
    assert len(index) == 2


@pytest.mark.parametrize(
    ("arxiv_id", "published"),
    [("2101.00436", "2021-01"), ("hep-th/9901001", "1999-01"), ("0704.0001", "2007-04")],
)
def test_month_is_read_from_the_arxiv_id_when_no_date_is_given(arxiv_id: str, published: str) -> None:
    assert Paper(arxiv_id=arxiv_id, abstract="x").published == published


def test_a_given_date_beats_the_arxiv_id_month() -> None:
    paper = Paper(
        arxiv_id="2002.10957", abstract="x", published="2020-02-25", date_precision="day", year=2020
    )
    assert paper.published == "2020-02-25"
