"""The seed loaders on the real seed files, and generic JSON Lines / CSV with a column mapping."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ABSTRACTS, DATASET_VIEWER, HF_BATCH, HF_OPTIMIZERS, SEED_FILES
from paperkg.exceptions import UnknownFormat
from paperkg.loaders import LoadOptions, LoadReport, detect_format, load_file
from paperkg.loaders.abstracts import load_abstracts
from paperkg.loaders.base import parse_date
from paperkg.loaders.hf_daily import load_hf_daily
from paperkg.loaders.hf_dataset_viewer import load_hf_dataset_viewer
from paperkg.loaders.tabular import load_csv, load_jsonl
from paperkg.models import DatePrecision, Paper


def _load(path: Path, **options: object) -> list[Paper]:
    return list(load_file(path, options=LoadOptions(**options)))  # type: ignore[arg-type]


def _by_title(papers: list[Paper], start: str) -> Paper:
    found = [p for p in papers if p.title and p.title.startswith(start)]
    assert len(found) == 1, f"{len(found)} papers titled {start!r}"
    return found[0]


@pytest.fixture(scope="module")
def optimizers() -> list[Paper]:
    return _load(HF_OPTIMIZERS)


@pytest.fixture(scope="module")
def batch() -> list[Paper]:
    return _load(HF_BATCH)


@pytest.fixture(scope="module")
def viewer() -> list[Paper]:
    return _load(DATASET_VIEWER)


@pytest.fixture(scope="module")
def abstracts() -> list[Paper]:
    return _load(ABSTRACTS)


# -- formats and counts -------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "fmt"),
    [
        (HF_OPTIMIZERS, "hf-daily"),
        (HF_BATCH, "hf-daily"),
        (ABSTRACTS, "abstracts"),
        (DATASET_VIEWER, "hf-dataset-viewer"),
    ],
)
def test_format_is_detected_from_content(path: Path, fmt: str) -> None:
    assert detect_format(path) == fmt


@pytest.mark.parametrize(
    ("path", "count"), [(HF_OPTIMIZERS, 16), (HF_BATCH, 15), (ABSTRACTS, 11), (DATASET_VIEWER, 100)]
)
def test_paper_count_per_seed_file(path: Path, count: int) -> None:
    assert len(_load(path)) == count


def test_all_seed_files_give_142_papers() -> None:
    assert sum(len(_load(path)) for path in SEED_FILES) == 142


@pytest.mark.parametrize("path", SEED_FILES)
def test_seed_files_have_no_rejections(path: Path) -> None:
    report = LoadReport(source=str(path))
    list(load_file(path, report=report))
    assert report.rejected == []


@pytest.mark.parametrize(
    ("path", "count"), [(HF_OPTIMIZERS, 16), (HF_BATCH, 15), (ABSTRACTS, 11), (DATASET_VIEWER, 100)]
)
def test_records_read_are_counted(path: Path, count: int) -> None:
    report = LoadReport(source=str(path))
    list(load_file(path, report=report))
    assert report.read == count


@pytest.mark.parametrize("path", SEED_FILES)
def test_paper_ids_are_unique_within_a_file(path: Path) -> None:
    papers = _load(path)
    assert len({p.id for p in papers}) == len(papers)


# -- Hugging Face Daily Papers ------------------------------------------------


def test_hf_first_title_follows_the_page_header(optimizers: list[Paper]) -> None:
    assert optimizers[0].title == (
        "Sophia: A Scalable Stochastic Second-order Optimizer for Language Model Pre-training"
    )


def test_hf_last_title_is_the_last_entry(optimizers: list[Paper]) -> None:
    assert optimizers[-1].title == "M-FAC: Efficient Matrix-Free Approximations of Second-Order Information"


@pytest.mark.parametrize(
    "chrome", ["new", "Subscribe", "Daily Papers", "byAK and the research community", "Oct 21"]
)
def test_hf_page_chrome_is_no_paper(optimizers: list[Paper], chrome: str) -> None:
    assert all(chrome not in (p.title or "") for p in optimizers)


def test_hf_abstract_does_not_include_the_title(optimizers: list[Paper]) -> None:
    assert optimizers[0].abstract is not None
    assert optimizers[0].abstract.startswith("Given the massive cost of language model pre-training")


@pytest.mark.parametrize(
    ("title", "n_authors"),
    [("Sophia:", 5), ("Accelerating Nash", 8), ("Improving equilibrium", 2), ("M-FAC", 3)],
)
def test_hf_author_counts(optimizers: list[Paper], title: str, n_authors: int) -> None:
    assert _by_title(optimizers, title).n_authors == n_authors


def test_hf_uni_perceiver_has_eleven_authors(batch: list[Paper]) -> None:
    assert _by_title(batch, "Uni-Perceiver v2").n_authors == 11


@pytest.mark.parametrize(
    ("title", "published", "precision", "year", "upvotes"),
    [
        ("Sophia:", "2023-05-23", DatePrecision.DAY, 2023, 1),
        ("Accelerating Nash", "--05-26", DatePrecision.YEAR_UNKNOWN, None, 2),
        ("Scaling Sparse Fine-Tuning", "2024-01-29", DatePrecision.DAY, 2024, None),
        ("LoCA:", "--02-04", DatePrecision.YEAR_UNKNOWN, None, None),
        ("Efficient Personalization", "--03-18", DatePrecision.YEAR_UNKNOWN, None, 2),
        ("Fine-Tuning Language Models with Just Forward Passes", "2023-05-26", DatePrecision.DAY, 2023, 2),
    ],
)
def test_hf_dates_and_upvotes(
    optimizers: list[Paper],
    title: str,
    published: str,
    precision: DatePrecision,
    year: int | None,
    upvotes: int | None,
) -> None:
    paper = _by_title(optimizers, title)
    assert (paper.published, paper.date_precision, paper.year, paper.upvotes) == (
        published,
        precision,
        year,
        upvotes,
    )


def test_hf_listing_year_dates_the_yearless_entries() -> None:
    paper = _by_title(_load(HF_OPTIMIZERS, year=2025), "Accelerating Nash")
    assert (paper.published, paper.date_precision, paper.year) == ("2025-05-26", DatePrecision.DAY, 2025)


def test_hf_listing_year_leaves_full_dates_alone() -> None:
    assert _by_title(_load(HF_OPTIMIZERS, year=2025), "Sophia:").published == "2023-05-23"


def test_hf_batch_listing_upvotes(batch: list[Paper]) -> None:
    assert _by_title(batch, "COAT:").upvotes == 5


def test_hf_year_unknown_entries_in_the_batch_listing(batch: list[Paper]) -> None:
    assert [p.title for p in batch if p.date_precision is DatePrecision.YEAR_UNKNOWN] == [
        "CaRL: Learning Scalable Planning Policies with Simple Rewards"
    ]


def test_hf_papers_have_no_arxiv_id(optimizers: list[Paper]) -> None:
    assert all(p.arxiv_id is None for p in optimizers)


def test_hf_provenance_names_file_and_title_line(optimizers: list[Paper]) -> None:
    prov = optimizers[1].provenance[0]
    assert (prov.source, prov.format, prov.record, prov.line) == (str(HF_OPTIMIZERS), "hf-daily", 2, 21)


def test_hf_latex_is_repaired_and_raw_kept(batch: list[Paper]) -> None:
    paper = _by_title(batch, "Concurrent Adversarial Learning")
    assert ("75.3%" in (paper.abstract or ""), "75.3\\%" in (paper.abstract_raw or "")) == (True, True)


def test_load_hf_daily_alias(tmp_path: Path) -> None:
    report = LoadReport(source=str(HF_BATCH))
    assert len(list(load_hf_daily(HF_BATCH, report=report))) == 15


# -- bare abstracts -----------------------------------------------------------


def test_abstracts_have_no_title(abstracts: list[Paper]) -> None:
    assert all(p.title is None for p in abstracts)


def test_abstracts_have_no_date(abstracts: list[Paper]) -> None:
    assert {p.date_precision for p in abstracts} == {DatePrecision.UNKNOWN}


@pytest.mark.parametrize(
    ("index", "label"),
    [
        (0, "Lightning Attention"),
        (2, "Hecaton"),
        (7, "ContrAstive Pruning (CAP)"),
        (9, "UniViLM"),
        (10, "Emu"),
    ],
)
def test_abstract_label_is_the_introduced_name(abstracts: list[Paper], index: int, label: str) -> None:
    assert abstracts[index].label == label


def test_abstract_label_without_a_name_is_the_first_words(abstracts: list[Paper]) -> None:
    assert abstracts[1].label == "In this work, we propose a Self-Supervised training..."


def test_abstract_ids_are_content_hashes(abstracts: list[Paper]) -> None:
    assert all(p.id.startswith("hash:") for p in abstracts)


def test_load_abstracts_alias() -> None:
    assert len(list(load_abstracts(ABSTRACTS))) == 11


# -- dataset viewer -----------------------------------------------------------


def test_viewer_first_record_follows_the_header(viewer: list[Paper]) -> None:
    assert viewer[0].arxiv_id == "2401.00165"


def test_viewer_last_record_before_the_page_chrome(viewer: list[Paper]) -> None:
    assert viewer[-1].arxiv_id == "2302.13971"


@pytest.mark.parametrize(
    ("raw", "arxiv_id", "version"),
    [("2101.00436v3", "2101.00436", 3), ("2305.17066v1", "2305.17066", 1), ("2204.00408v3", "2204.00408", 3)],
)
def test_viewer_ids_with_a_version(viewer: list[Paper], raw: str, arxiv_id: str, version: int) -> None:
    paper = next(p for p in viewer if p.arxiv_id == arxiv_id)
    assert (paper.id, paper.arxiv_version) == (f"arxiv:{arxiv_id}", version)


def test_viewer_versions_count(viewer: list[Paper]) -> None:
    assert sum(p.arxiv_version is not None for p in viewer) == 12


def test_viewer_multiline_abstract_is_joined(viewer: list[Paper]) -> None:
    paper = next(p for p in viewer if p.arxiv_id == "2401.00368")
    assert "using only synthetic data and less thank training steps. Unlike existing" in (
        paper.abstract or ""
    )


def test_viewer_keeps_the_raw_multiline_abstract(viewer: list[Paper]) -> None:
    paper = next(p for p in viewer if p.arxiv_id == "2401.00368")
    assert (paper.abstract_raw or "").startswith("In this paper,\nwe introduce a novel")


def test_viewer_abstract_is_repaired(viewer: list[Paper]) -> None:
    paper = next(p for p in viewer if p.arxiv_id == "2302.13971")
    assert (paper.abstract or "").endswith("research community https://github.com/facebookresearch/llama.")


def test_viewer_label_is_the_introduced_name(viewer: list[Paper]) -> None:
    assert next(p for p in viewer if p.arxiv_id == "2302.13971").label == "LLaMA"


@pytest.mark.parametrize("chrome", ["Subsets and Splits", "No community queries yet", "stringlengths"])
def test_viewer_chrome_is_in_no_abstract(viewer: list[Paper], chrome: str) -> None:
    assert all(chrome not in (p.abstract or "") for p in viewer)


def test_viewer_provenance_line_is_the_id_line(viewer: list[Paper]) -> None:
    paper = next(p for p in viewer if p.arxiv_id == "2101.00436")
    assert paper.provenance[0].line == 60


def test_load_hf_dataset_viewer_alias() -> None:
    assert len(list(load_hf_dataset_viewer(DATASET_VIEWER))) == 100


# -- JSON Lines and CSV -------------------------------------------------------


def _write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


MAPPED_RECORD = {
    "id": "2101.00436v3",
    "paper_title": "Baleen: Robust Multi-Hop Reasoning at Scale via Condensed Retrieval",
    "summary": "We tackle these problems via Baleen, a system.",
    "when": "Jan 2, 2021",
    "who": "Omar Khattab, Christopher Potts and Matei Zaharia",
}
MAPPING = {
    "arxiv_id": "id",
    "title": "paper_title",
    "abstract": "summary",
    "published": "when",
    "authors": "who",
}


@pytest.fixture
def mapped_jsonl(tmp_path: Path) -> Path:
    return _write_jsonl(tmp_path / "papers.jsonl", [MAPPED_RECORD])


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("arxiv_id", "2101.00436"),
        ("arxiv_version", 3),
        ("title", "Baleen: Robust Multi-Hop Reasoning at Scale via Condensed Retrieval"),
        ("abstract", "We tackle these problems via Baleen, a system."),
        ("published", "2021-01-02"),
        ("authors", ["Omar Khattab", "Christopher Potts", "Matei Zaharia"]),
        ("n_authors", 3),
    ],
)
def test_jsonl_field_mapping(mapped_jsonl: Path, field: str, expected: object) -> None:
    (paper,) = load_jsonl(mapped_jsonl, LoadOptions(fields=MAPPING))
    assert getattr(paper, field) == expected


def test_jsonl_is_detected(mapped_jsonl: Path) -> None:
    assert detect_format(mapped_jsonl) == "jsonl"


def test_jsonl_whose_first_record_was_cut_short_is_jsonl_with_that_line_rejected(tmp_path: Path) -> None:
    # read as bare abstracts, each line's raw JSON became a paper's text
    records = [
        {"title": f"Reef survey {i}", "abstract": f"We surveyed {i} reefs after the heatwave: bleaching."}
        for i in range(3)
    ]
    lines = [json.dumps(r) for r in records]
    path = tmp_path / "cut.jsonl"
    path.write_text(lines[0][:-20] + "\n" + "\n".join(lines[1:]) + "\n", encoding="utf-8")
    report = LoadReport(source=str(path))
    papers = list(load_file(path, report=report))
    assert (detect_format(path), [p.title for p in papers]) == ("jsonl", ["Reef survey 1", "Reef survey 2"])
    assert [(r.line, r.reason[:14]) for r in report.rejected] == [(1, "not valid JSON")]


def test_a_lone_record_that_does_not_parse_says_so(tmp_path: Path) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text('{"title": "Reef survey", "abstract": "We surveyed reefs\n', encoding="utf-8")
    with pytest.raises(UnknownFormat, match="first line starts like JSON but does not parse: Unterminated"):
        detect_format(path)


def test_jsonl_default_columns_need_no_mapping(tmp_path: Path) -> None:
    path = _write_jsonl(
        tmp_path / "p.jsonl",
        [
            {
                "arxiv_id": "2302.13971v1",
                "title": "LLaMA",
                "abstract": "We introduce LLaMA.",
                "published": "2023-02-27",
            }
        ],
    )
    (paper,) = load_file(path)
    assert (paper.id, paper.published, paper.year) == ("arxiv:2302.13971", "2023-02-27", 2023)


def test_jsonl_numeric_id_column_is_not_an_arxiv_id(tmp_path: Path) -> None:
    path = _write_jsonl(
        tmp_path / "p.jsonl", [{"id": 17, "title": "A paper about things", "abstract": "Text."}]
    )
    (paper,) = load_file(path)
    assert paper.arxiv_id is None


def test_jsonl_reads_the_make_corpus_output(tmp_path: Path) -> None:
    from benchmarks.make_corpus import make_corpus

    path = make_corpus(tmp_path / "corpus.jsonl", 50, seed=3)
    assert len({p.id for p in load_file(path)}) == 50


CSV_TEXT = (
    "paper_id,paper_title,summary,date,categories\n"
    '2302.13971v2,"LLaMA: Open and Efficient Foundation Language Models","We introduce LLaMA, a collection.",'
    "2023-02,cs.CL cs.LG\n"
)


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("arxiv_id", "2302.13971"),
        ("arxiv_version", 2),
        ("title", "LLaMA: Open and Efficient Foundation Language Models"),
        ("published", "2023-02"),
        ("date_precision", DatePrecision.MONTH),
        ("categories", ["cs.CL", "cs.LG"]),
    ],
)
def test_csv_field_mapping(tmp_path: Path, field: str, expected: object) -> None:
    path = tmp_path / "papers.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    options = LoadOptions(fields={"arxiv_id": "paper_id", "title": "paper_title", "abstract": "summary"})
    (paper,) = load_csv(path, options)
    assert getattr(paper, field) == expected


def test_csv_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "papers.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    assert detect_format(path) == "csv"


def test_tab_separated_file_is_read_as_csv(tmp_path: Path) -> None:
    path = tmp_path / "papers.tsv"
    path.write_text("title\tabstract\nA tab separated paper\tIts abstract.\n", encoding="utf-8")
    (paper,) = load_file(path)
    assert paper.title == "A tab separated paper"


# -- dates --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2023-05-23", ("2023-05-23", DatePrecision.DAY, 2023)),
        ("2023/5/3", ("2023-05-03", DatePrecision.DAY, 2023)),
        ("2023-05", ("2023-05", DatePrecision.MONTH, 2023)),
        ("2023", ("2023", DatePrecision.YEAR, 2023)),
        (2023, ("2023", DatePrecision.YEAR, 2023)),
        ("2023-05-23T10:00:00Z", ("2023-05-23", DatePrecision.DAY, 2023)),
        ("May 23, 2023", ("2023-05-23", DatePrecision.DAY, 2023)),
        ("23 May 2023", ("2023-05-23", DatePrecision.DAY, 2023)),
        ("September 5th, 2021", ("2021-09-05", DatePrecision.DAY, 2021)),
        ("May 2023", ("2023-05", DatePrecision.MONTH, 2023)),
        ("Mon, 2 Apr 2007 19:18:42 GMT", ("2007-04-02", DatePrecision.DAY, 2007)),
        ("May 26", ("--05-26", DatePrecision.YEAR_UNKNOWN, None)),
        ("", (None, DatePrecision.UNKNOWN, None)),
    ],
)
def test_parse_date(raw: object, expected: tuple[object, ...]) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize("raw", ["Feb 30, 2023", "2023-13", "yesterday"])
def test_parse_date_refuses_what_is_not_a_date(raw: str) -> None:
    with pytest.raises(ValueError, match=r"2023|day|month|date"):
        parse_date(raw)


# -- variants of the seed layouts -------------------------------------------------


def test_hf_footer_chrome_after_the_last_entry_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "listing.txt"
    footer = "\nLoad more\n\nSubscribe\n\nSystem theme\n\nCompany\nTOS\nPrivacy\n"
    path.write_text(HF_BATCH.read_text(encoding="utf-8") + footer, encoding="utf-8")
    report = LoadReport(source=str(path))
    assert (len(list(load_file(path, report=report))), report.rejected) == (15, [])


def test_hf_abstract_of_several_paragraphs_is_kept_whole(tmp_path: Path) -> None:
    text = HF_OPTIMIZERS.read_text(encoding="utf-8").replace(
        " Adam and its variants have been", "\n\nAdam and its variants have been", 1
    )
    path = tmp_path / "listing.txt"
    path.write_text(text, encoding="utf-8")
    paper = _load(path)[0]
    assert (paper.title or "").startswith("Sophia") and "training. Adam and its variants" in (
        paper.abstract or ""
    )


def test_csv_with_unknown_columns_asks_for_the_format(tmp_path: Path) -> None:
    from paperkg.exceptions import UnknownFormat

    lines = [line for line in ABSTRACTS.read_text(encoding="utf-8").splitlines() if line.strip()]
    path = tmp_path / "papers.csv"
    path.write_text(
        "pid,body\n" + "".join(f'{i},"{line}"\n' for i, line in enumerate(lines[:2])), encoding="utf-8"
    )
    with pytest.raises(UnknownFormat, match="pass --format"):
        detect_format(path)


@pytest.mark.parametrize(
    ("options", "kept"),
    [
        ({"categories": ["cs.CL"]}, ["2302.13971"]),
        ({"since": "2022"}, ["2302.13971"]),
        ({"until": "2021-06"}, ["2101.00436"]),
    ],
)
def test_jsonl_filters_count_what_they_drop(
    tmp_path: Path, options: dict[str, object], kept: list[str]
) -> None:
    path = _write_jsonl(
        tmp_path / "p.jsonl",
        [
            {"arxiv_id": "2101.00436", "title": "Baleen", "published": "2021-01-02", "categories": "cs.IR"},
            {"arxiv_id": "2302.13971", "title": "LLaMA", "published": "2023-02-27", "categories": "cs.CL"},
        ],
    )
    report = LoadReport(source=str(path))
    papers = list(load_file(path, options=LoadOptions(**options), report=report))  # type: ignore[arg-type]
    assert ([p.arxiv_id for p in papers], report.filtered) == (kept, 1)


def test_csv_record_spanning_lines_is_named_by_its_first_line(tmp_path: Path) -> None:
    path = tmp_path / "papers.csv"
    path.write_text(
        'title,abstract\n"First paper","One line."\n"Second paper","Two\nlines."\n"Third paper","One."\n',
        encoding="utf-8",
    )
    assert [p.provenance[0].line for p in load_csv(path)] == [2, 3, 5]


@pytest.mark.parametrize(
    ("given", "expected"),
    [(None, ("x.jsonl", "jsonl")), ("", ("kept.jsonl", "jsonl")), ("hf-daily", ("kept.jsonl", "hf-daily"))],
)
def test_a_public_loader_report_keeps_a_given_report_and_names_its_format(
    given: str | None, expected: tuple[str, str]
) -> None:
    report = None if given is None else LoadReport(source="kept.jsonl", format=given)
    found = LoadReport.for_file(Path("x.jsonl"), report, "jsonl")
    assert (found.source, found.format) == expected
    assert report is None or found is report
