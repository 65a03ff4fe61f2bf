"""Bad input on deliberately broken copies of the seed files: clear errors naming file and line."""

from __future__ import annotations

import gzip
import json
import tracemalloc
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ABSTRACTS, DATASET_VIEWER, HF_OPTIMIZERS
from paperkg.cli import app
from paperkg.exceptions import BadRecord, LoadError
from paperkg.loaders import LoadOptions, LoadReport, load_file
from paperkg.loaders.base import not_utf8
from paperkg.models import Paper


def _copy(src: Path, dest: Path, transform: object = None) -> Path:
    text = src.read_text(encoding="utf-8")
    dest.write_text(transform(text) if callable(transform) else text, encoding="utf-8")
    return dest


def _load(path: Path, fmt: str | None = None, **options: object) -> tuple[list[Paper], LoadReport]:
    report = LoadReport(source=str(path))
    papers = list(load_file(path, fmt, LoadOptions(**options), report))  # type: ignore[arg-type]
    return papers, report


# -- whole-file errors ----------------------------------------------------------


@pytest.fixture
def binary_file(tmp_path: Path) -> Path:
    path = tmp_path / "paper.pdf.txt"
    path.write_bytes(b"GIF89a\n" + bytes(range(256)) * 8)  # an image: no kind of file paperkg names
    return path


@pytest.mark.parametrize("fmt", [None, "abstracts", "jsonl"])
def test_binary_file_is_refused(binary_file: Path, fmt: str | None) -> None:
    with pytest.raises(LoadError, match=r"paper\.pdf\.txt: looks like a binary file"):
        _load(binary_file, fmt)


@pytest.fixture
def latin1_head(tmp_path: Path) -> Path:
    """The optimizers listing saved as Latin-1, with a non-ASCII title on line 13."""
    text = HF_OPTIMIZERS.read_text(encoding="utf-8").replace("Sophia:", "Sophiä:", 1)
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1", errors="replace"))
    return path


@pytest.fixture
def latin1_tail(tmp_path: Path) -> Path:
    """The dataset viewer saved as Latin-1: the first non-ASCII byte lies past the 64 KB head."""
    lines = DATASET_VIEWER.read_text(encoding="utf-8").split("\n")
    lines[400] = lines[400] + " Schrödinger"
    text = "\n".join(
        line.encode("ascii", errors="replace").decode("ascii") if i != 400 else line
        for i, line in enumerate(lines)
    )
    path = tmp_path / "latin1-tail.txt"
    path.write_bytes(text.encode("latin-1"))
    return path


def _office_file(path: Path, part: str) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as book:
        book.writestr("[Content_Types].xml", "<Types/>")
        book.writestr(part, "<document/>")
    return path


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("notes.docx", "an Office file (a workbook or document); save it as CSV"),
        # a workbook is read (paperkg.loaders.workbook); one that cannot be read says what to give instead
        ("papers.xlsx", "cannot read the workbook"),
        ("paper.pdf", "a PDF;"),
    ],
)
def test_an_office_file_or_a_pdf_is_refused_saying_what_to_give(tmp_path: Path, name: str, says: str) -> None:
    path = tmp_path / name
    if name.endswith(".pdf"):
        path.write_bytes(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nstream\n\x00\x01\nendstream\n")
    else:
        _office_file(path, "xl/workbook.xml" if name.endswith(".xlsx") else "word/document.xml")
    with pytest.raises(
        LoadError,
        match="^" + str(path).replace(".", r"\.") + ": " + says.replace("(", r"\(").replace(")", r"\)"),
    ):
        _load(path)


@pytest.mark.parametrize("fmt", [None, "hf-daily"])
def test_latin1_bytes_in_the_head_name_the_line(latin1_head: Path, fmt: str | None) -> None:
    with pytest.raises(LoadError, match=r"latin1\.txt, line 13: not UTF-8 text \(byte 0xe4\)"):
        _load(latin1_head, fmt)


def test_latin1_bytes_past_the_head_name_the_line(latin1_tail: Path) -> None:
    with pytest.raises(LoadError, match=r"latin1-tail\.txt, line 401: not UTF-8 text \(byte 0xf6\)"):
        _load(latin1_tail)


@pytest.mark.parametrize("gzipped", [False, True])
def test_the_bad_line_is_found_in_pieces(tmp_path: Path, gzipped: bool) -> None:
    # The line is found by reading 64 KiB pieces: a character cut by a piece's end is
    # not a bad byte, and the bad byte on the long line after it is named with its line.
    data = b"title\n" + b"x" * (2**16 - 7) + "\u00e9".encode() + b" abstract\n" + b"y" * 100_000 + b"\xfe\n"
    path = tmp_path / ("long.txt.gz" if gzipped else "long.txt")
    path.write_bytes(gzip.compress(data) if gzipped else data)
    with pytest.raises(LoadError, match=r"line 3: not UTF-8 text \(byte 0xfe\)"):
        _load(path, "abstracts")


def test_naming_the_bad_line_holds_no_whole_line(tmp_path: Path) -> None:
    # One 32 MB line: finding its bad byte reads it in pieces, never the whole line at once.
    path = tmp_path / "one-line.txt"
    path.write_bytes(b"z" * 32_000_000 + b"\xff")
    tracemalloc.start()
    try:
        error = not_utf8(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "line 1: not UTF-8 text (byte 0xff)" in str(error)
    assert peak < 2_000_000


@pytest.mark.parametrize("content", ["", "\n\n  \n"])
@pytest.mark.parametrize("fmt", [None, "csv", "hf-dataset-viewer"])
def test_empty_file_is_refused(tmp_path: Path, content: str, fmt: str | None) -> None:
    path = tmp_path / "empty.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LoadError, match=r"empty\.txt: the file is empty"):
        _load(path, fmt)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match=r"nothere\.txt: no such file"):
        _load(tmp_path / "nothere.txt")


# -- truncated records --------------------------------------------------------


def _cut_viewer(text: str) -> str:
    """End the dataset viewer in the middle of the last record's abstract."""
    return text[: text.index("In particular, LLaMA-13B outperforms")]


@pytest.fixture
def truncated_viewer(tmp_path: Path) -> Path:
    return _copy(DATASET_VIEWER, tmp_path / "viewer-cut.txt", _cut_viewer)


def test_truncated_viewer_record_is_rejected(truncated_viewer: Path) -> None:
    _, report = _load(truncated_viewer)
    assert [(r.line, "cut off" in r.reason) for r in report.rejected] == [(650, True)]


def test_truncated_viewer_keeps_the_other_records(truncated_viewer: Path) -> None:
    papers, _ = _load(truncated_viewer)
    assert len(papers) == 99


def test_truncated_viewer_record_is_not_merged_into_another(truncated_viewer: Path) -> None:
    papers, _ = _load(truncated_viewer)
    assert all("We introduce LLaMA" not in (p.abstract or "") for p in papers)


def test_truncated_viewer_counts_add_up(truncated_viewer: Path) -> None:
    papers, report = _load(truncated_viewer)
    assert report.read == len(papers) + len(report.rejected)


def test_truncated_viewer_is_fatal_with_strict(truncated_viewer: Path) -> None:
    with pytest.raises(BadRecord, match=r"viewer-cut\.txt, line 650: record 2302\.13971 is cut off"):
        _load(truncated_viewer, strict=True)


@pytest.fixture
def truncated_listing(tmp_path: Path) -> Path:
    """The optimizers listing cut inside the last entry, before its author line."""
    return _copy(HF_OPTIMIZERS, tmp_path / "listing-cut.txt", lambda t: t[: t.rindex("  • 3 authors")])


def test_truncated_listing_entry_is_rejected(truncated_listing: Path) -> None:
    _, report = _load(truncated_listing)
    assert [(r.line, "cut off" in r.reason) for r in report.rejected] == [(133, True)]


def test_truncated_listing_keeps_the_complete_entries(truncated_listing: Path) -> None:
    papers, _ = _load(truncated_listing)
    assert len(papers) == 15


def test_bad_arxiv_id_in_the_viewer_is_rejected(tmp_path: Path) -> None:
    path = _copy(
        DATASET_VIEWER, tmp_path / "bad-id.txt", lambda t: t.replace("\n2401.00448\n", "\n2401.0044x\n", 1)
    )
    _, report = _load(path, "hf-dataset-viewer")
    assert [(r.line, "expected an arXiv id" in r.reason) for r in report.rejected] == [(31, True)]


def test_short_line_in_abstracts_is_rejected(tmp_path: Path) -> None:
    path = _copy(ABSTRACTS, tmp_path / "abstracts.txt", lambda t: "Abstracts\n" + t)
    papers, report = _load(path, "abstracts")
    assert (len(papers), [r.line for r in report.rejected]) == (11, [1])


# -- JSON Lines and CSV -------------------------------------------------------


@pytest.fixture
def broken_jsonl(tmp_path: Path) -> Path:
    """Three good records from the seed abstracts, with a line that is not JSON in the middle."""
    lines = [line for line in ABSTRACTS.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [json.dumps({"abstract": line}) for line in lines[:3]]
    path = tmp_path / "broken.jsonl"
    path.write_text(
        "\n".join([records[0], records[1], '{"abstract": "cut off', records[2]]) + "\n", encoding="utf-8"
    )
    return path


def test_jsonl_bad_line_is_rejected_with_its_line(broken_jsonl: Path) -> None:
    _, report = _load(broken_jsonl)
    assert [(r.line, r.reason.startswith("not valid JSON")) for r in report.rejected] == [(3, True)]


def test_jsonl_bad_line_does_not_stop_the_rest(broken_jsonl: Path) -> None:
    papers, _ = _load(broken_jsonl)
    assert len(papers) == 3


def test_jsonl_bad_line_is_counted_as_read(broken_jsonl: Path) -> None:
    _, report = _load(broken_jsonl)
    assert report.read == 4


def test_jsonl_bad_line_is_fatal_with_strict(broken_jsonl: Path) -> None:
    with pytest.raises(BadRecord, match=r"broken\.jsonl, line 3: not valid JSON"):
        _load(broken_jsonl, strict=True)


def test_jsonl_array_line_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text('{"title": "A fine title here"}\n[1, 2]\n', encoding="utf-8")
    _, report = _load(path, "jsonl")
    assert [str(r) for r in report.rejected] == [f"{path}, line 2: expected a JSON object, got list"]


def test_jsonl_mapped_key_missing_names_it_and_the_keys(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text('{"name": "A paper", "summary": "Text."}\n', encoding="utf-8")
    with pytest.raises(
        LoadError,
        match=r"p\.jsonl: no record has the key 'paper_title' \(mapped by --field title=paper_title\); "
        r"the keys are: name, summary",
    ):
        _load(path, fields={"title": "paper_title"})


def test_jsonl_bad_date_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text('{"title": "A fine title here", "published": "someday"}\n', encoding="utf-8")
    _, report = _load(path)
    assert "expected a date" in report.rejected[0].reason


@pytest.fixture
def seed_csv(tmp_path: Path) -> Path:
    lines = [line for line in ABSTRACTS.read_text(encoding="utf-8").splitlines() if line.strip()]
    path = tmp_path / "papers.csv"
    rows = ["id,summary"] + [f'{i},"{line}"' for i, line in enumerate(lines[:3], start=1)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_csv_without_the_mapped_column_says_which_exist(seed_csv: Path) -> None:
    with pytest.raises(
        LoadError,
        match=r"papers\.csv: no column 'paper_title' \(mapped by --field title=paper_title\); the columns are: id, summary",
    ):
        _load(seed_csv, "csv", fields={"title": "paper_title"})


def test_unknown_model_field_in_the_mapping_is_refused(seed_csv: Path) -> None:
    with pytest.raises(LoadError, match=r"'colour' is not a paper field"):
        _load(seed_csv, "csv", fields={"colour": "summary"})


def test_csv_row_of_the_wrong_width_is_rejected(seed_csv: Path) -> None:
    with seed_csv.open("a", encoding="utf-8") as handle:
        handle.write("4,too,many,cells\n")
    papers, report = _load(seed_csv, "csv")
    assert ([str(r).split(": ", 1)[1] for r in report.rejected], len(papers)) == (
        ["expected 2 columns as in the header, got 4"],
        3,
    )


# -- through the CLI ------------------------------------------------------------


def test_cli_build_reports_the_rejected_line(broken_jsonl: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["build", str(broken_jsonl), "--data-dir", str(tmp_path / "d"), "--no-similarity", "--no-infer"]
    )
    assert f"rejected: {broken_jsonl}, line 3: not valid JSON" in result.output


def test_cli_build_summary_counts_the_rejection(broken_jsonl: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["build", str(broken_jsonl), "--data-dir", str(tmp_path / "d"), "--no-similarity", "--no-infer"]
    )
    assert "4 records read, 3 new papers, 0 merged duplicates, 1 rejected" in result.output


def test_cli_strict_build_fails_with_one_line(broken_jsonl: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        [
            "build",
            str(broken_jsonl),
            "--strict",
            "--data-dir",
            str(tmp_path / "d"),
            "--no-similarity",
            "--no-infer",
        ],
    )
    assert (result.exit_code, result.output.strip().count("\n")) == (1, 0)


def test_cli_binary_file_fails_with_one_line(binary_file: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["build", str(binary_file), "--data-dir", str(tmp_path / "d"), "--no-similarity"]
    )
    assert (result.exit_code, "looks like a binary file" in result.output) == (1, True)


def test_csv_latin1_row_past_the_head_names_the_line(tmp_path: Path) -> None:
    lines = [line for line in ABSTRACTS.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [f'"{line.encode("ascii", errors="replace").decode()}"' for line in lines] * 10
    rows[60] = '"Schrödinger equations solved by a network, as we show in this abstract here."'
    path = tmp_path / "papers.csv"
    path.write_bytes(("abstract\n" + "\n".join(rows) + "\n").encode("latin-1"))
    with pytest.raises(LoadError, match=r"papers\.csv, line 62: not UTF-8 text \(byte 0xf6\)"):
        _load(path, "csv")
