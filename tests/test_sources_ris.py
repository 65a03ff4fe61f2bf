"""RIS: records from TY to ER as reference managers export them, and paperkg's own RIS export read back."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperkg.graph import NetworkXStore
from paperkg.graph.export import to_ris
from paperkg.loaders import LoadOptions, LoadReport, detect_format, load_file
from paperkg.models import Paper

# As Zotero writes it (abridged), with an abstract continued on a second line, then an EndNote-style
# record (T1, A1, N2, Y1) and one with nothing to know a paper by.
ZOTERO = """TY  - CONF
TI  - LoRA: Low-Rank Adaptation of Large Language Models
AU  - Hu, Edward J.
AU  - Shen, Yelong
T2  - International Conference on Learning Representations
AB  - We propose Low-Rank Adaptation, or LoRA, which freezes the pre-trained model weights
      and injects trainable rank decomposition matrices into each layer.
DA  - 2022/01/29/
PY  - 2022
DO  - 10.48550/arXiv.2106.09685
UR  - http://arxiv.org/abs/2106.09685
KW  - Computer Science - Machine Learning
ER  -\x20

TY  - JOUR
T1  - QLoRA: Efficient Finetuning of Quantized LLMs
A1  - Dettmers, Tim
JO  - Advances in Neural Information Processing Systems
N2  - We present QLoRA, an efficient finetuning approach that builds on LoRA.
Y1  - 2023///
ER  -

TY  - GEN
KW  - nothing to know it by
ER  -
"""


@pytest.fixture
def zotero(tmp_path: Path) -> tuple[list[Paper], LoadReport]:
    path = tmp_path / "library.ris"
    path.write_text(ZOTERO, encoding="utf-8")
    report = LoadReport(source=str(path))
    return list(load_file(path, None, LoadOptions(), report)), report


def test_an_ris_file_is_detected(tmp_path: Path) -> None:
    # it was read as bare abstracts: each long tagged line a "paper"
    path = tmp_path / "library.ris"
    path.write_text(ZOTERO, encoding="utf-8")
    assert detect_format(path) == "ris"


def test_a_record_gives_its_fields(zotero: tuple[list[Paper], LoadReport]) -> None:
    lora = zotero[0][0]
    assert (lora.title, lora.arxiv_id, lora.published, lora.authors, lora.venue) == (
        "LoRA: Low-Rank Adaptation of Large Language Models",
        "2106.09685",
        "2022-01-29",
        ["Edward J. Hu", "Yelong Shen"],
        "International Conference on Learning Representations",
    )


def test_an_abstract_continued_on_the_next_line_is_joined(zotero: tuple[list[Paper], LoadReport]) -> None:
    assert zotero[0][0].abstract is not None and zotero[0][0].abstract.endswith(
        "model weights and injects trainable rank decomposition matrices into each layer."
    )


def test_older_tags_are_read(zotero: tuple[list[Paper], LoadReport]) -> None:
    qlora = zotero[0][1]
    assert (qlora.title, qlora.authors, qlora.year, qlora.abstract is not None) == (
        "QLoRA: Efficient Finetuning of Quantized LLMs",
        ["Tim Dettmers"],
        2023,
        True,
    )


def test_a_record_with_nothing_to_know_it_by_is_rejected_with_its_line(
    zotero: tuple[list[Paper], LoadReport],
) -> None:
    assert [(r.line, r.reason) for r in zotero[1].rejected] == [
        (23, "record 3: the record has no title, abstract, DOI or arXiv id")
    ]


def test_paperkgs_own_ris_export_reads_back(tmp_path: Path) -> None:
    papers = [
        Paper(
            arxiv_id="2106.09685",
            title="LoRA: Low-Rank Adaptation",
            abstract="We propose LoRA.",
            authors=["Edward Hu", "Yelong Shen"],
            published="2021-06-17",
            year=2021,
            categories=["cs.CL", "cs.LG"],
        ),
        Paper(
            doi="10.1000/xyz", title="A journal paper", venue="Journal of Tests", published="2019", year=2019
        ),
    ]
    store = NetworkXStore.in_memory()
    store.upsert_papers(papers)
    path = tmp_path / "export.ris"
    path.write_text(to_ris(store.graph), encoding="utf-8")
    read = sorted(load_file(path), key=lambda p: p.id)
    fields = ("id", "title", "abstract", "authors", "published", "year", "doi", "venue", "categories")
    assert [{f: getattr(p, f) for f in fields} for p in read] == [
        {f: getattr(p, f) for f in fields} for p in sorted(papers, key=lambda p: p.id)
    ]


# Web of Science's plain-text export (abridged): a field's further lines indented, authors one a line.
WOS = """FN Clarivate Analytics Web of Science
VR 1.0
PT J
AU Hu, EJ
   Shen, YL
AF Hu, Edward J.
   Shen, Yelong
TI LoRA: Low-Rank Adaptation of Large Language
   Models
SO INTERNATIONAL CONFERENCE ON LEARNING REPRESENTATIONS
AB We propose LoRA, which freezes the pre-trained
   model weights.
CR Vaswani A, 2017, ADV NEUR IN, V30
PD JUN 17
PY 2021
DI 10.48550/arXiv.2106.09685
ER

PT J
AF Dettmers, Tim
TI QLoRA: Efficient Finetuning of Quantized LLMs
PY 2023
ER

EF
"""


def test_a_web_of_science_plain_text_export_gives_its_records(tmp_path: Path) -> None:
    # it was read as bare abstracts
    path = tmp_path / "savedrecs.txt"
    path.write_text(WOS, encoding="utf-8-sig")
    report = LoadReport(source=str(path))
    lora, _ = load_file(path, None, LoadOptions(), report)
    assert (report.format, lora.title, lora.abstract, lora.authors, lora.published, lora.arxiv_id) == (
        "wos",
        "LoRA: Low-Rank Adaptation of Large Language Models",
        "We propose LoRA, which freezes the pre-trained model weights.",
        ["Edward J. Hu", "Yelong Shen"],
        "2021-06-17",
        "2106.09685",
    )


def test_a_web_of_science_record_without_a_month_has_its_year(tmp_path: Path) -> None:
    path = tmp_path / "savedrecs.txt"
    path.write_text(WOS, encoding="utf-8")
    qlora = list(load_file(path))[1]
    assert (qlora.title, qlora.authors, qlora.year, qlora.published) == (
        "QLoRA: Efficient Finetuning of Quantized LLMs",
        ["Tim Dettmers"],
        2023,
        "2023",
    )


# PubMed's "Save: PubMed format" (MEDLINE) for two records, abridged: the first as PubMed writes a
# journal article (FAU and AU, an abstract over several lines, LID and AID, DP, DEP), the second with
# a corporate author (CN).
MEDLINE = Path(__file__).resolve().parent / "data" / "pubmed-medline.txt"


def test_a_pubmed_file_is_read_as_medline() -> None:
    # it was refused: "cannot tell the format from the content"
    report = LoadReport(source=str(MEDLINE))
    alphafold, colabfold = load_file(MEDLINE, None, LoadOptions(), report)
    found = (detect_format(MEDLINE), report.format, report.notes, report.rejected)
    assert found == ("medline", "medline", [], [])
    assert (
        alphafold.title,
        alphafold.authors,
        alphafold.doi,
        alphafold.published,
        alphafold.venue,
        alphafold.external_ids,
    ) == (
        # PubMed ends every title with a full stop; the electronic publication's day comes first
        "Highly accurate protein structure prediction with AlphaFold",
        ["John Jumper", "Richard Evans"],
        "10.1038/s41586-021-03819-2",
        "2021-07-15",
        "Nature",
        {"pubmed": "34265844"},
    )
    assert alphafold.abstract is not None
    assert alphafold.abstract.startswith("Proteins are essential to life, and understanding their")
    assert alphafold.abstract.endswith("Critical Assessment of protein Structure Prediction (CASP14).")
    assert (colabfold.authors, colabfold.published, colabfold.venue) == (
        ["Milot Mirdita", "Martin Steinegger", "The Example Consortium"],
        "2022-06",
        "Nature methods",
    )


def test_medline_names_without_full_names_are_given_initials_first(tmp_path: Path) -> None:
    path = tmp_path / "pubmed.txt"
    path.write_text("PMID- 1\nTI  - A title.\nAB  - An abstract.\nAU  - van der Berg JA\nAU  - Evans R\n\n")
    (paper,) = load_file(path)
    assert paper.authors == ["JA van der Berg", "R Evans"]


def test_a_pubmed_file_builds_what_its_abstracts_say(tmp_path: Path) -> None:
    from paperkg.graph.build import BuildOptions, build_graph
    from paperkg.models import EdgeKind

    store = NetworkXStore.in_memory()
    build_graph([MEDLINE], store, BuildOptions(similarity=False))
    assert [(e.source, e.target) for e in store.edges(kinds=[EdgeKind.BUILDS_ON])] == [
        ("doi:10.1038/s41592-022-01488-1", "doi:10.1038/s41586-021-03819-2")
    ]


@pytest.mark.parametrize(
    ("dates", "published"),
    [("DA  - /05/26/\n", "--05-26"), ("PY  - 2021\nDA  - /05/26/\n", "2021-05-26"), ("DA  - /13/40/\n", None)],
)
def test_a_day_without_its_year_is_read(tmp_path: Path, dates: str, published: str | None) -> None:
    path = tmp_path / "r.ris"
    path.write_text("TY  - JOUR\nTI  - A title\n" + dates + "ER  - \n", encoding="utf-8")
    (paper,) = load_file(path)
    assert paper.published == published


def test_a_medline_abstract_loses_the_copyright_notice_pubmed_keeps(tmp_path: Path) -> None:
    path = tmp_path / "pubmed.txt"
    path.write_text(
        "PMID- 31000001\nTI  - Cover crops and nitrous oxide emissions.\n"
        "AB  - Cover crops did not increase emissions over three years. Copyright (c) 2020\n"
        "      Elsevier B.V. All rights reserved.\nDP  - 2020 Mar\n\n",
        encoding="utf-8",
    )
    (paper,) = load_file(path, "medline", LoadOptions(), LoadReport(source=str(path)))
    assert paper.abstract == "Cover crops did not increase emissions over three years."


def test_web_of_science_records_keep_their_accession_number_and_pmid(tmp_path: Path) -> None:
    # plain text (UT, PM) and RIS (AN) as Web of Science exports them: commands find the paper by either
    plain = tmp_path / "savedrecs.txt"
    plain.write_text(
        "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAF Jumper, John\n"
        "TI Highly accurate protein structure prediction with AlphaFold\nPY 2021\n"
        "UT WOS:000691453400017\nPM 34265844\nER\n\nEF\n",
        encoding="utf-8",
    )
    ris = tmp_path / "savedrecs.ris"
    ris.write_text(
        "TY  - JOUR\nTI  - Highly accurate protein structure prediction with AlphaFold\n"
        "AN  - WOS:000691453400017\nER  - \n",
        encoding="utf-8",
    )
    (from_plain,) = load_file(plain)
    (from_ris,) = load_file(ris)
    assert from_plain.external_ids == {"pubmed": "34265844", "wos": "000691453400017"}
    assert from_ris.external_ids == {"wos": "000691453400017"}


def test_a_medline_record_keeps_its_pubmed_central_id(tmp_path: Path) -> None:
    path = tmp_path / "pubmed.txt"
    path.write_text(
        "PMID- 35637307\nTI  - ColabFold: making protein folding accessible to all.\n"
        "PMC - PMC9184281\nDP  - 2022 Jun\n\n",
        encoding="utf-8",
    )
    (paper,) = load_file(path, "medline", LoadOptions(), LoadReport(source=str(path)))
    assert paper.external_ids == {"pubmed": "35637307", "pmc": "PMC9184281"}
