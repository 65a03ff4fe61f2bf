"""JSON Lines and CSV tables: keys read per record, and tables that would load empty are refused."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from paperkg.cli import app
from paperkg.exceptions import LoadError
from paperkg.loaders import LoadOptions, LoadReport, detect_format, load_file
from paperkg.loaders.tabular import suggest_fields
from paperkg.models import Paper

# Issue 17 item 1: the second record has keys the first lacks.
LATE_KEYS = [
    {"title": "Paper A", "abstract": "x"},
    {"title": "Paper B", "arxiv_id": "2106.09685", "authors": "Ann Lee", "published": "2021-06-17"},
]


def _jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _load(path: Path, fmt: str | None = None, **options: object) -> tuple[list[Paper], LoadReport]:
    report = LoadReport(source=str(path))
    papers = list(load_file(path, fmt, LoadOptions(**options), report))  # type: ignore[arg-type]
    return papers, report


@pytest.fixture
def late_keys(tmp_path: Path) -> Path:
    return _jsonl(tmp_path / "late.jsonl", LATE_KEYS)


@pytest.mark.parametrize("indent", [None, 2])
def test_a_json_array_of_records_is_read_as_its_records(tmp_path: Path, indent: int | None) -> None:
    # a file written by json.dump(list_of_dicts) was read as one bare abstract: the whole JSON text
    path = tmp_path / "papers.json"
    path.write_text(json.dumps(LATE_KEYS, indent=indent), encoding="utf-8")
    papers, report = _load(path)
    assert (report.format, [p.title for p in papers], papers[1].arxiv_id) == (
        "jsonl",
        ["Paper A", "Paper B"],
        "2106.09685",
    )


_TABLE = 'title\tabstract\tyear\r\n"LoRA"\t"We propose LoRA, a low-rank adaptation."\t2021\r\nQLoRA\tWe extend LoRA.\t2023\r\n'


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_a_table_in_utf16_or_utf32_with_its_mark_is_read(tmp_path: Path, encoding: str) -> None:
    # Excel's "Unicode Text" is tab-separated UTF-16 after a byte-order mark: it was refused as binary
    path = tmp_path / "papers.txt"
    marks = {"utf-16-be": b"\xfe\xff"}
    path.write_bytes(marks.get(encoding, b"") + _TABLE.encode(encoding))
    papers, report = _load(path)
    assert (report.format, [(p.title, p.year) for p in papers]) == ("csv", [("LoRA", 2021), ("QLoRA", 2023)])


def test_a_gzip_csv_is_read(tmp_path: Path) -> None:
    # it stopped at "cannot read: underlying stream is not seekable"
    import gzip

    path = tmp_path / "papers.csv.gz"
    path.write_bytes(gzip.compress(_TABLE.replace("\t", ",").encode("utf-8")))
    papers, _ = _load(path)
    assert [p.title for p in papers] == ["LoRA", "QLoRA"]


# The head of a Scopus CSV export (abridged): a column name with parentheses, an arXiv DOI.
SCOPUS = (
    '\ufeff"Authors","Author full names","Author(s) ID","Title","Year","Source title","Cited by","DOI","Link",'
    '"Abstract","Document Type"\n'
    '"Dettmers T.; Pagnoni A.","Dettmers, Tim (1); Pagnoni, Artidoro (2)","1;2",'
    '"QLoRA: Efficient Finetuning of Quantized LLMs","2023","NeurIPS","900","10.48550/arXiv.2305.14314",'
    '"https://www.scopus.com/x","We present QLoRA, which builds on LoRA.","Conference Paper"\n'
)


def test_a_scopus_csv_export_is_read_as_a_table(tmp_path: Path) -> None:
    # "Author(s) ID" kept the header from reading as a CSV's: every row became a bare abstract
    path = tmp_path / "scopus.csv"
    path.write_text(SCOPUS, encoding="utf-8")
    papers, report = _load(path)
    paper = papers[0]
    assert (report.format, paper.title, paper.year, paper.authors, paper.venue, paper.arxiv_id) == (
        "csv",
        "QLoRA: Efficient Finetuning of Quantized LLMs",
        2023,
        # from "Author full names", without Scopus's author ids: "Dettmers T." is one person's name elsewhere
        ["Tim Dettmers", "Artidoro Pagnoni"],
        "NeurIPS",
        "2305.14314",
    )


def test_a_web_of_science_export_is_read_by_its_field_tags(tmp_path: Path) -> None:
    path = tmp_path / "savedrecs.txt"
    rows = ["PT\tAU\tTI\tSO\tAB\tPY\tDI", "J\tDettmers, T\tQLoRA\tNeurIPS\tWe present QLoRA.\t2023\t10.1/x"]
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("utf-16"))
    papers, _ = _load(path)
    paper = papers[0]
    assert (paper.title, paper.abstract, paper.year, paper.authors, paper.venue, paper.doi) == (
        "QLoRA",
        "We present QLoRA.",
        2023,
        ["T Dettmers"],
        "NeurIPS",
        "10.1/x",
    )


def test_a_web_of_science_export_gives_full_names_where_it_has_them(tmp_path: Path) -> None:
    path = tmp_path / "savedrecs.txt"
    rows = ["PT\tAU\tAF\tTI\tAB\tPY", "J\tDettmers, T\tDettmers, Tim\tQLoRA\tWe present QLoRA.\t2023"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    papers, _ = _load(path)
    assert papers[0].authors == ["Tim Dettmers"]


@pytest.mark.parametrize(
    ("written", "authors"),
    [
        # one author, surname first: a surname with a lowercase particle, or initials after the comma
        ("van der Berg, J", ["J van der Berg"]),
        ("de la Cruz, Maria", ["Maria de la Cruz"]),
        ("Le Cun, Y.", ["Y. Le Cun"]),
        ("Hu, E. J.", ["E. J. Hu"]),
        ("Lee, Ann", ["Ann Lee"]),
        # two authors, given names first
        ("Ann Lee, Bob Smith", ["Ann Lee", "Bob Smith"]),
        ("Ann Lee and Bob Smith", ["Ann Lee", "Bob Smith"]),
        ("Van Lee, Bob Smith", ["Van Lee", "Bob Smith"]),
        ("van der Berg, J.; Smith, A", ["J. van der Berg", "A Smith"]),
    ],
)
def test_an_authors_cell_is_read_as_its_people(tmp_path: Path, written: str, authors: list[str]) -> None:
    # "van der Berg, J" was two authors, "van der Berg" and "J"
    path = _jsonl(tmp_path / "p.jsonl", [{"title": "A paper", "authors": written}])
    papers, _ = _load(path)
    assert papers[0].authors == authors


def test_a_zotero_csv_export_gives_abstracts_years_and_names(tmp_path: Path) -> None:
    # its "Abstract Note" was not read: every paper without its abstract, so no builds-on
    path = tmp_path / "zotero.csv"
    path.write_text(
        '"Key","Item Type","Publication Year","Author","Title","Publication Title","Abstract Note"\n'
        '"AB12","journalArticle","2023","Dettmers, Tim; Pagnoni, Artidoro","QLoRA","NeurIPS","We present QLoRA."\n',
        encoding="utf-8-sig",
    )
    paper = _load(path)[0][0]
    assert (paper.abstract, paper.year, paper.venue, paper.authors) == (
        "We present QLoRA.",
        2023,
        "NeurIPS",
        ["Tim Dettmers", "Artidoro Pagnoni"],
    )


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_a_table_without_an_abstract_column_says_what_inference_misses(tmp_path: Path, suffix: str) -> None:
    # titles alone build a graph with nothing to build on, and nothing said why
    path = tmp_path / f"titles{suffix}"
    if suffix == ".csv":
        path.write_text("title,year\nAttention Is All You Need,2017\n", encoding="utf-8")
    else:
        _jsonl(path, [{"title": "Attention Is All You Need", "year": 2017}])
    assert [n[:60] for n in _load(path)[1].notes] == [
        "no abstract column (the columns: title, year): builds-on, da"
    ]


def test_a_csl_json_export_gives_dates_names_and_venues(tmp_path: Path) -> None:
    # Zotero's CSL JSON: its "issued" date was not read (no year, so no builds-on) and its
    # {"family", "given"} authors came out "Hu Edward J."
    path = tmp_path / "library.json"
    item = {
        "type": "paper-conference",
        "title": "LoRA",
        "container-title": "ICLR",
        "abstract": "We propose LoRA.",
        "author": [{"family": "Hu", "given": "Edward J."}, {"literal": "The LoRA Team"}],
        "issued": {"date-parts": [["2022", 1, 29]]},
    }
    path.write_text(json.dumps([item, {**item, "title": "LoRA 2", "issued": {"date-parts": [[2023]]}}]))
    first, second = _load(path)[0]
    assert (first.published, first.year, second.published, first.authors, first.venue) == (
        "2022-01-29",
        2022,
        "2023",
        ["Edward J. Hu", "The LoRA Team"],
        "ICLR",
    )


def test_a_bad_record_of_a_json_array_is_rejected_by_its_number(tmp_path: Path) -> None:
    path = tmp_path / "papers.json"
    path.write_text(json.dumps([*LATE_KEYS, {"title": ["not", "text"]}]), encoding="utf-8")
    papers, report = _load(path)
    assert (len(papers), [r.reason for r in report.rejected]) == (2, ["record 3: expected text, got list"])


def test_an_element_of_a_json_array_that_is_no_record_is_rejected_alone(tmp_path: Path) -> None:
    # a stray string or number in the array refused the whole file ("expected a JSON object, got str")
    path = tmp_path / "papers.json"
    path.write_text(json.dumps([LATE_KEYS[0], "a stray note", 3, LATE_KEYS[1]], indent=1), encoding="utf-8")
    papers, report = _load(path)
    assert [p.title for p in papers] == ["Paper A", "Paper B"]
    assert [r.reason for r in report.rejected] == [
        "record 2: expected a JSON object, got str",
        "record 3: expected a JSON object, got int",
    ]


def test_a_json_lines_line_holding_no_record_says_so(tmp_path: Path) -> None:
    # valid JSON that is no record was called "not valid JSON"
    from paperkg.loaders.records import iter_json_records

    path = tmp_path / "papers.jsonl"
    path.write_text('{"title": "Paper A"}\n42\n{"title": "Paper B"}\n', encoding="utf-8")
    assert list(iter_json_records(path)) == [
        (1, {"title": "Paper A"}),
        (2, "expected a JSON object, got int"),
        (3, {"title": "Paper B"}),
    ]


@pytest.mark.parametrize(
    ("field", "expected"),
    [("arxiv_id", "2106.09685"), ("authors", ["Ann Lee"]), ("published", "2021-06-17"), ("year", 2021)],
)
def test_jsonl_keys_absent_from_the_first_record_are_read(
    late_keys: Path, field: str, expected: object
) -> None:
    papers, _ = _load(late_keys)
    assert getattr(papers[1], field) == expected


def test_jsonl_field_maps_a_key_absent_from_the_first_record(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "p.jsonl",
        [{"title": "Paper A"}, {"title": "Paper B", "arxiv": "2106.09685"}],
    )
    papers, _ = _load(path, fields={"arxiv_id": "arxiv"})
    assert [p.arxiv_id for p in papers] == [None, "2106.09685"]


def test_jsonl_records_with_different_keys_keep_their_own_mapping(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "p.jsonl",
        [{"title": "Paper A", "summary": "First text."}, {"title": "Paper B", "abstract": "Second text."}],
    )
    papers, _ = _load(path)
    assert [p.abstract for p in papers] == ["First text.", "Second text."]


def test_jsonl_counts_records_without_a_mapped_text_field(late_keys: Path) -> None:
    _, report = _load(late_keys)
    assert report.missing == {"abstract": 1}


def test_csv_counts_rows_without_a_mapped_text_field(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text("title,abstract\nPaper A,Some text.\nPaper B,\n", encoding="utf-8")
    _, report = _load(path, "csv")
    assert report.missing == {"abstract": 1}


# Issue 16: a table with no column for a title or an abstract loaded papers with neither.
SEMICOLON_HEADER = "Paper Title;Abstract Text;Year;ArXiv;Authors\n"


@pytest.fixture
def unmapped_csv(tmp_path: Path) -> Path:
    path = tmp_path / "papers.csv"
    rows = [
        "LoRA: Low-Rank Adaptation;We propose LoRA.;2021;2106.09685;Edward Hu",
        "QLoRA: Efficient Finetuning;We present QLoRA.;2023;2305.14314;Tim Dettmers",
    ]
    path.write_text(SEMICOLON_HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_csv_without_text_columns_is_refused_naming_its_columns(unmapped_csv: Path) -> None:
    with pytest.raises(LoadError, match=r"the columns are: Paper Title, Abstract Text, Year, ArXiv, Authors"):
        _load(unmapped_csv, "csv")


def test_csv_without_text_columns_suggests_the_field_options(unmapped_csv: Path) -> None:
    with pytest.raises(
        LoadError, match=r'map them with --field "title=Paper Title" --field "abstract=Abstract Text"$'
    ):
        _load(unmapped_csv, "csv")


def test_csv_with_the_suggested_mapping_loads_the_text(unmapped_csv: Path) -> None:
    papers, _ = _load(unmapped_csv, "csv", fields={"title": "Paper Title", "abstract": "Abstract Text"})
    assert [p.title for p in papers] == ["LoRA: Low-Rank Adaptation", "QLoRA: Efficient Finetuning"]


def test_csv_of_ids_only_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "ids.csv"
    path.write_text("arxiv_id,year\n2106.09685,2021\n2305.14314,2023\n", encoding="utf-8")
    papers, _ = _load(path, "csv")
    assert [p.arxiv_id for p in papers] == ["2106.09685", "2305.14314"]


def test_jsonl_without_text_keys_is_refused(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "p.jsonl", [{"Paper Title": "LoRA", "ArXiv": "2106.09685"}])
    with pytest.raises(
        LoadError, match=r'p\.jsonl: no column maps to a title or an abstract; .*"title=Paper Title"'
    ):
        _load(path, "jsonl")


def test_suggestion_without_a_telling_name_is_empty() -> None:
    assert suggest_fields(["col1", "col2"]) == []


def test_cli_build_of_an_unmapped_csv_fails_with_one_line(unmapped_csv: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["build", str(unmapped_csv), "--no-infer", "--no-similarity", "--data-dir", str(tmp_path / "d")]
    )
    assert (result.exit_code, len(result.stderr.strip().splitlines())) == (1, 1)


def test_cli_build_names_the_papers_without_abstract(late_keys: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["build", str(late_keys), "--no-infer", "--no-similarity", "--data-dir", str(tmp_path / "d")]
    )
    assert "late.jsonl: 1 papers without abstract" in result.stdout


# Issue 16: folders load recursively; an unreadable file is skipped with one line, --strict stops.


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".hidden").mkdir()
    _jsonl(root / "a.jsonl", [{"title": "Paper A", "abstract": "Text A."}])
    _jsonl(root / "sub" / "deeper" / "b.jsonl", [{"title": "Paper B", "abstract": "Text B."}])
    (root / "sub" / "binary.dat").write_bytes(b"\x00\x01\x02" * 100)
    _jsonl(root / ".hidden" / "c.jsonl", [{"title": "Hidden", "abstract": "No."}])
    return root


def _build_json(folder: Path, tmp_path: Path, *extra: str) -> tuple[int, dict[str, object] | str]:
    result = CliRunner().invoke(
        app,
        [
            "build",
            str(folder),
            "--no-infer",
            "--no-similarity",
            "--json",
            "--data-dir",
            str(tmp_path / "d"),
            *extra,
        ],
    )
    return result.exit_code, (json.loads(result.stdout) if result.exit_code == 0 else result.stderr)


def test_a_folder_loads_its_sub_folders(folder: Path, tmp_path: Path) -> None:
    _, report = _build_json(folder, tmp_path)
    assert report["papers_total"] == 2  # type: ignore[index]


def test_an_unreadable_file_in_a_folder_is_skipped_and_counted(folder: Path, tmp_path: Path) -> None:
    _, report = _build_json(folder, tmp_path)
    refused = [f["refused"] for f in report["files"] if f["refused"]]  # type: ignore[index]
    assert (report["files_refused"], refused) == (  # type: ignore[index]
        1,
        [
            f"{folder / 'sub' / 'binary.dat'}: looks like a binary file, not text; give a text, JSON or CSV file"
        ],
    )


def test_strict_stops_at_the_unreadable_file(folder: Path, tmp_path: Path) -> None:
    code, message = _build_json(folder, tmp_path, "--strict")
    assert (code, "binary.dat: looks like a binary file" in str(message)) == (1, True)


def test_a_build_of_only_unreadable_files_fails(tmp_path: Path) -> None:
    path = tmp_path / "x.dat"
    path.write_bytes(b"\x00" * 10)
    code, _ = _build_json(path, tmp_path)
    assert code == 1


# -- records made papers by a pool of processes (a build's --workers) --


def _messy_lines(tmp_path: Path) -> Path:
    """Records of every kind a JSON Lines loader meets: good, not JSON, not an object, a bad id, a date
    filtered out, a title cut by the limit, a lone surrogate, a line over the record limit, blank lines."""
    from benchmarks.make_corpus import iter_records

    lines = [json.dumps(r) for r in iter_records(40, seed=5)]
    lines[3] = "{not json"
    lines[7] = "[1, 2]"
    lines[11] = json.dumps({"arxiv_id": "not-an-id", "title": "Bad id", "abstract": "x"})
    lines[13] = json.dumps({"title": "Too old", "abstract": "x", "published": "1999-01-01"})
    lines[17] = json.dumps({"title": "T" * 3000, "abstract": "A" * 400})
    lines[19] = '{"title": "Lone \\ud800 surrogate", "abstract": "x"}'
    lines[23] = json.dumps({"title": "Long", "abstract": "y" * 30000})
    lines[29] = ""
    path = tmp_path / "messy.jsonl"
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    return path


def test_records_made_papers_by_a_pool_give_what_one_process_gives(tmp_path: Path) -> None:
    from paperkg.engine import LocalEngine
    from paperkg.loaders.base import Limits

    path = _messy_lines(tmp_path)
    limits = Limits(field_chars=2500, record_mb=20000 / 2**20)
    serial = _load(path, since="2000-01", limits=limits)
    engine = LocalEngine(2, chunk_size=3)
    try:
        pooled = _load(path, since="2000-01", limits=limits, engine=engine)
    finally:
        engine.close()
    dump = lambda papers: [p.model_dump() for p in papers]  # noqa: E731
    assert (dump(pooled[0]), pooled[1]) == (dump(serial[0]), serial[1])
    report = serial[1]
    # 39 records: 4 rejected (line 24 too long, as it is read), 3 before 2000 or undated, 32 papers
    assert ([r.line for r in report.rejected], report.filtered, [n[:8] for n in report.notes], len(serial[0])) == (
        [4, 8, 12, 24],
        3,
        ["line 18:", "line 20:"],
        32,
    )


def test_a_strict_load_with_a_pool_stops_at_the_first_bad_record(tmp_path: Path) -> None:
    from paperkg.engine import LocalEngine
    from paperkg.exceptions import BadRecord

    path = _messy_lines(tmp_path)
    engine = LocalEngine(2, chunk_size=3)
    try:
        with pytest.raises(BadRecord, match="line 4: not valid JSON"):
            _load(path, strict=True, engine=engine)
    finally:
        engine.close()


def test_a_build_loads_a_file_of_many_records_in_worker_processes_as_in_one(tmp_path: Path) -> None:
    from benchmarks.make_corpus import make_corpus

    from paperkg.graph.build import BuildOptions, load_papers

    path = make_corpus(tmp_path / "corpus.jsonl", 700, seed=4)

    def loaded(workers: int) -> tuple[list[dict[str, object]], list[LoadReport]]:
        index, reports, _ = load_papers([path], BuildOptions(workers=workers))
        return [p.model_dump() for p in index.by_id.values()], reports

    assert loaded(2) == loaded(1)


def _workbook(path: Path, rows: list[list[object]], first_empty_rows: int = 0) -> Path:
    """A workbook as Excel saves one (openpyxl writes the same parts), the rows on its first sheet."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Reading list"
    for row in rows:
        sheet.append(row)
    if first_empty_rows:
        sheet.insert_rows(1, first_empty_rows)
    book.create_sheet("Notes").append(["not", "papers"])
    book.save(path)
    return path


READING_LIST: list[list[object]] = [
    ["Title", "Authors", "Year", "Published", "Abstract", "Notes"],
    ["LoRA", "Hu, Edward J.; Shen, Yelong", 2021, dt.date(2021, 6, 17), "We propose LoRA.", None],
    [None, None, None, None, None, None],
    ["QLoRA", "Dettmers, Tim", 2023.0, dt.datetime(2023, 5, 23), "We present QLoRA, which extends LoRA.", "read"],
]


def test_an_excel_workbook_is_read_as_its_first_sheets_table(tmp_path: Path) -> None:
    # it was refused: "an Office file (a workbook or document); save it as CSV (UTF-8)"
    from paperkg.loaders import detect_format

    path = _workbook(tmp_path / "reading.xlsx", READING_LIST)
    papers, report = _load(path)
    assert (detect_format(path), report.format, report.rejected) == ("xlsx", "xlsx", [])
    assert [(p.title, p.authors, p.year, p.published, p.abstract) for p in papers] == [
        ("LoRA", ["Edward J. Hu", "Yelong Shen"], 2021, "2021-06-17", "We propose LoRA."),
        ("QLoRA", ["Tim Dettmers"], 2023, "2023-05-23", "We present QLoRA, which extends LoRA."),
    ]
    # a row is named by its number on the sheet
    assert [p.provenance[0].line for p in papers] == [2, 4]


def test_a_workbook_table_may_start_below_empty_rows_and_a_row_too_wide_is_rejected(tmp_path: Path) -> None:
    rows = [*READING_LIST, ["Extra", "A B", 2020, None, "An abstract.", None, "a cell past the header"]]
    path = _workbook(tmp_path / "reading.xlsx", rows, first_empty_rows=2)
    papers, report = _load(path)
    assert ([p.title for p in papers], [str(r) for r in report.rejected]) == (
        ["LoRA", "QLoRA"],
        [f"{path}, line 7: expected 6 columns as in the header, got 7"],
    )


def test_a_workbook_builds_its_papers_edges(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "reading.xlsx", READING_LIST)
    result = CliRunner().invoke(
        app, ["build", str(path), "--no-similarity", "--json", "--data-dir", str(tmp_path / "store")]
    )
    assert result.exit_code == 0, result.output
    counts = json.loads(result.output)["counts"]
    assert (counts["nodes"]["paper"], counts["edges"]["BUILDS_ON"]) == (2, 1)


def test_format_xlsx_on_a_text_file_says_it_is_none(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "p.jsonl", LATE_KEYS)
    with pytest.raises(LoadError, match="not an Excel workbook"):
        _load(path, "xlsx")


def test_a_json_array_larger_than_the_document_limit_is_read_an_element_at_a_time(tmp_path: Path) -> None:
    # the array was read whole by json.loads: past --limit document-mb refused, below it held whole
    # (a 183 MB array of 100k records peaked at 534 MB; read an element at a time, 40 MB)
    from paperkg.loaders import Limits

    records = [{"title": f"Paper {i}", "abstract": "An abstract. " * 20, "year": 2020} for i in range(200)]
    path = tmp_path / "dump.json"
    path.write_text(json.dumps(records, indent=2), encoding="utf-8")
    papers, report = _load(path, limits=Limits(document_mb=0.01))
    assert (len(papers), report.rejected, papers[-1].title) == (200, [], "Paper 199")


def test_a_papers_with_code_dump_gives_arxiv_ids_from_its_arxiv_links(tmp_path: Path) -> None:
    # a record whose arxiv_id is null got a content hash though its url_abs is its arXiv page
    record = {
        "paper_url": "https://paperswithcode.com/paper/qlora-efficient-finetuning-of-quantized-llms",
        "arxiv_id": None,
        "title": "QLoRA: Efficient Finetuning of Quantized LLMs",
        "abstract": "We present QLoRA.",
        "url_abs": "https://arxiv.org/abs/2305.14314v1",
        "url_pdf": "https://arxiv.org/pdf/2305.14314v1.pdf",
        "proceeding": None,
        "authors": ["Tim Dettmers"],
        "tasks": ["Language Modelling"],
        "date": "2023-05-23",
        "methods": [{"name": "LoRA", "full_name": "Low-Rank Adaptation"}],
    }
    path = tmp_path / "papers-with-abstracts.json"
    path.write_text(json.dumps([record, {**record, "arxiv_id": "2106.09685", "title": "LoRA"}]), encoding="utf-8")
    papers, _ = _load(path)
    assert [(p.id, p.published, p.authors) for p in papers] == [
        ("arxiv:2305.14314", "2023-05-23", ["Tim Dettmers"]),
        ("arxiv:2106.09685", "2023-05-23", ["Tim Dettmers"]),
    ]


def test_a_workbook_that_expands_past_the_limit_is_refused(tmp_path: Path) -> None:
    # a part of a few KiB expanding to MiBs: a zip bomb is refused before openpyxl reads it
    path = _workbook(tmp_path / "bomb.xlsx", [["Title", "Abstract"], *[[f"T{i}", "a" * 30000] for i in range(100)]])
    with pytest.raises(LoadError, match=r"expands \d+ times \(over --limit gzip-ratio=200\); refused"):
        _load(path)


def test_every_sheet_of_papers_is_read_and_the_others_named(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "Summary"
    summary.append(["Count", "Comment"])
    summary.append([3, "papers read this term"])
    first = book.create_sheet("2021")
    first.append(["Title", "Year", "Abstract"])
    first.append(["LoRA", 2021, "We propose LoRA."])
    book.create_sheet("Empty")
    second = book.create_sheet("2023")
    second.append(["Title", "Year", "Abstract"])
    second.append(["QLoRA", 2023, "We present QLoRA, which extends LoRA."])
    second.append(["Too wide", 2023, "An abstract.", "a cell past the header"])
    path = tmp_path / "terms.xlsx"
    book.save(path)
    papers, report = _load(path)
    assert [(p.title, p.year, p.provenance[0].record) for p in papers] == [("LoRA", 2021, 1), ("QLoRA", 2023, 2)]
    assert [str(r) for r in report.rejected] == [
        f"{path}, line 3: sheet '2023': expected 3 columns as in the header, got 4"
    ]
    assert report.notes[-1].endswith(
        "sheets read: '2021', '2023'; not read: 'Summary' (no column of titles, abstracts or arXiv ids), "
        "'Empty' (empty)"
    )


# Scopus's CSV export, abridged: its placeholder for a record with no abstract, and the
# publisher's notice it leaves at the end of an abstract.
SCOPUS_NOTICES = (
    '"Authors","Author full names","Title","Year","Source title","DOI","Abstract","Document Type","EID"\n'
    '"Smith J.; Doe A.","Smith, John (57190000001); Doe, Anna (57190000002)",'
    '"Soil carbon under no-till farming: a meta-analysis","2021","Global Change Biology","10.1111/gcb.15432",'
    '"We synthesized 312 paired comparisons. No-till raised topsoil carbon by 12%. '
    '© 2021 John Wiley & Sons Ltd","Article","2-s2.0-85099999999"\n'
    '"Lee K.","Lee, Kim (57190000003)","Cover crops and nitrous oxide","2022","Agric. Ecosyst. Environ.",'
    '"10.1016/j.agee.2021.107590","[No abstract available]","Article","2-s2.0-85111111111"\n'
)


def test_a_scopus_export_gives_the_abstract_without_the_notice_and_no_placeholder(tmp_path: Path) -> None:
    path = tmp_path / "scopus.csv"
    path.write_text(SCOPUS_NOTICES, encoding="utf-8")
    (meta, cover), report = _load(path)
    assert meta.abstract == "We synthesized 312 paired comparisons. No-till raised topsoil carbon by 12%."
    assert meta.abstract_raw is not None and meta.abstract_raw.endswith("© 2021 John Wiley & Sons Ltd")
    assert (cover.abstract, cover.abstract_raw, report.rejected) == (None, None, [])


# Dimensions' CSV export, abridged: one quoted line about the data before the column names.
DIMENSIONS = (
    '"About the data: Exported on Dec 04, 2026. Criteria: Keywords is ""no-till"" in full data. '
    '© 2026 Digital Science & Research Solutions Inc. All rights reserved."\n'
    '"Rank","Publication ID","DOI","PMID","PMCID","Title","Abstract","Source title","PubYear",'
    '"Publication Date","Authors","Times cited","Dimensions URL"\n'
    '"1","pub.1130000002","10.1016/j.agee.2021.107590","34265844","","Cover crops and nitrous oxide",'
    '"Cover crops did not increase nitrous oxide emissions over three years in Iowa maize fields.",'
    '"Agriculture, Ecosystems and Environment","2022","2022-01-15","Lee, Kim","3",'
    '"https://app.dimensions.ai/details/publication/pub.1130000002"\n'
)
# PubMed's "Save: CSV", abridged: no abstracts, the year and journal under their own names.
PUBMED_CSV = (
    "PMID,Title,Authors,Citation,First Author,Journal/Book,Publication Year,Create Date,PMCID,NIHMS ID,DOI\n"
    '34265844,Highly accurate protein structure prediction with AlphaFold.,"Jumper J, Evans R",'
    '"Nature. 2021 Aug;596(7873):583-589.",Jumper J,Nature,2021,2021/07/16,PMC8371605,,'
    "10.1038/s41586-021-03819-2\n"
)


def test_a_dimensions_export_is_read_past_its_line_about_the_data(tmp_path: Path) -> None:
    path = tmp_path / "dimensions.csv"
    path.write_text(DIMENSIONS, encoding="utf-8")
    assert detect_format(path) == "csv"
    (paper,), report = _load(path)
    assert (paper.title, paper.published, paper.venue, paper.authors, paper.external_ids) == (
        "Cover crops and nitrous oxide",
        "2022-01-15",
        "Agriculture, Ecosystems and Environment",
        ["Kim Lee"],
        {"pubmed": "34265844"},
    )
    assert report.notes[0].startswith("1 line(s) before the column names not read: 'About the data")


def test_pubmeds_csv_export_gives_the_pmid_year_and_journal(tmp_path: Path) -> None:
    path = tmp_path / "pubmed.csv"
    path.write_text(PUBMED_CSV, encoding="utf-8")
    (paper,), _ = _load(path)
    assert (paper.year, paper.venue, paper.external_ids["pubmed"], paper.doi) == (
        2021,
        "Nature",
        "34265844",
        "10.1038/s41586-021-03819-2",
    )


# Lens.org's CSV export and OpenAlex's, abridged.
LENS = (
    "Lens ID,Title,Date Published,Publication Year,Source Title,Author/s,Abstract,DOI,PMID\n"
    "000-111-222-333-444,Cover crops and nitrous oxide,2022-01-15,2022,Agriculture Ecosystems & Environment,"
    "Kim Lee; Ana Ruiz,Cover crops did not increase nitrous oxide emissions.,"
    "10.1016/j.agee.2021.107590,34265844\n"
)
OPENALEX_CSV = (
    "id,doi,title,display_name,publication_year,publication_date,type,authorships.author.display_name\n"
    "https://openalex.org/W3168867926,https://doi.org/10.1038/s41586-021-03819-2,Highly accurate protein "
    "structure prediction with AlphaFold,Highly accurate protein structure prediction with AlphaFold,2021,"
    "2021-07-15,article,John Jumper|Richard Evans\n"
)


def test_lens_and_openalex_csv_exports_give_authors_dates_and_their_ids(tmp_path: Path) -> None:
    (tmp_path / "lens.csv").write_text(LENS, encoding="utf-8")
    (tmp_path / "openalex.csv").write_text(OPENALEX_CSV, encoding="utf-8")
    (lens,), _ = _load(tmp_path / "lens.csv")
    (work,), _ = _load(tmp_path / "openalex.csv")
    assert (lens.authors, lens.published, lens.external_ids) == (
        ["Kim Lee", "Ana Ruiz"],
        "2022-01-15",
        {"pubmed": "34265844"},
    )
    assert (work.authors, work.published, work.doi, work.external_ids) == (
        ["John Jumper", "Richard Evans"],
        "2021-07-15",
        "10.1038/s41586-021-03819-2",
        {"openalex": "W3168867926"},
    )
