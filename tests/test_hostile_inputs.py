"""Regression tests for the defects of issue 17: each failed before its fix."""

from __future__ import annotations

import gzip
import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from paperkg.cli import app, visible
from paperkg.exceptions import LoadError, QueryError, StoreCorrupt
from paperkg.graph import NetworkXStore
from paperkg.graph.export import export_graph
from paperkg.graph.stores.cypher import refuse_outbound
from paperkg.loaders import Limits, LoadOptions, LoadReport, load_file
from paperkg.models import Paper
from paperkg.similarity.cache import EmbeddingCache


def _load(path: Path, fmt: str | None = None, **options: object) -> tuple[list[Paper], LoadReport]:
    report = LoadReport(source=str(path))
    papers = list(load_file(path, fmt, LoadOptions(**options), report))  # type: ignore[arg-type]
    return papers, report


def _build(tmp_path: Path, *args: str) -> object:
    return CliRunner().invoke(
        app, ["build", *args, "--no-infer", "--no-similarity", "--data-dir", str(tmp_path / "data")]
    )


# -- item 2: a lone surrogate -----------------------------------------------------------


@pytest.fixture
def surrogate(tmp_path: Path) -> Path:
    path = tmp_path / "s.jsonl"
    path.write_text('{"title": "Paper \\ud800 A", "abstract": "Text."}\n', encoding="utf-8")
    return path


def test_a_lone_surrogate_is_replaced(surrogate: Path) -> None:
    (paper,) = _load(surrogate)[0]
    assert paper.title == "Paper \ufffd A"


def test_a_lone_surrogate_is_noted_with_its_line(surrogate: Path) -> None:
    assert _load(surrogate)[1].notes == [
        "line 1: a lone surrogate (an unpaired \\ud800-\\udfff escape) replaced by U+FFFD"
    ]


def test_a_build_with_a_lone_surrogate_saves(surrogate: Path, tmp_path: Path) -> None:
    assert _build(tmp_path, str(surrogate)).exit_code == 0  # type: ignore[attr-defined]


# -- item 3: large numbers --------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("99999999999999999999", "upvotes: 99999999999999999999 is beyond the largest count"),
        ("1e400", "upvotes: expected a whole number, got inf"),
        ('"inf"', "upvotes: expected a whole number, got 'inf'"),
        ("2.5", "upvotes: expected a whole number, got 2.5"),
        ("9" * 5000, "not valid JSON (a number with more than 4,300 digits)"),
    ],
    ids=["int64", "1e400", "inf", "fraction", "5000-digits"],
)
def test_a_number_that_cannot_be_a_count_is_rejected(tmp_path: Path, raw: str, reason: str) -> None:
    path = tmp_path / "n.jsonl"
    path.write_text(f'{{"title": "A paper", "upvotes": {raw}}}\n', encoding="utf-8")
    assert [r.reason[: len(reason)] for r in _load(path, "jsonl")[1].rejected] == [reason]


@pytest.mark.parametrize(
    ("raw", "expected"), [("12", 12), ('"12"', 12), ("1.2e3", 1200), (str(2**62), 2**62)]
)
def test_a_whole_number_is_read_exactly(tmp_path: Path, raw: str, expected: int) -> None:
    path = tmp_path / "n.jsonl"
    path.write_text(f'{{"title": "A paper", "upvotes": {raw}}}\n', encoding="utf-8")
    assert _load(path)[0][0].upvotes == expected


# -- item 9: deep JSON, truncated gzip, bad UTF-8 late ---------------------------------


def test_deep_json_is_rejected_by_line(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text('{"title": "ok"}\n{"title": ' + "[" * 1000 + "]" * 1000 + "}\n", encoding="utf-8")
    assert [(r.line, r.reason) for r in _load(path)[1].rejected] == [
        (2, "not valid JSON (nested deeper than 64 levels (raise with --limit json-depth=N))")
    ]


def test_a_truncated_gzip_is_one_line_naming_the_file(tmp_path: Path) -> None:
    data = gzip.compress(b"".join(b'{"title": "Paper %d", "abstract": "x"}\n' % i for i in range(3000)))
    path = tmp_path / "t.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    result = _build(tmp_path, str(path))
    assert (result.exit_code, result.stderr.count("\n"), "t.jsonl.gz" in result.stderr) == (1, 1, True)  # type: ignore[attr-defined]


def test_bad_utf8_past_the_head_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "u.jsonl"
    path.write_bytes(b'{"title": "ok"}\n' * 5000 + b'{"title": "\xff"}\n')
    with pytest.raises(LoadError, match=r"line 5001: not UTF-8"):
        _load(path)


# -- item 10: bounds ------------------------------------------------------------------


def test_a_fifo_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fifo"
    os.mkfifo(path)
    with pytest.raises(LoadError, match=r"not a regular file"):
        _load(path)


def test_a_line_over_the_record_limit_is_rejected_without_holding_it(tmp_path: Path) -> None:
    path = tmp_path / "l.jsonl"
    path.write_text('{"title": "' + "a" * 3_000_000 + '"}\n{"title": "Kept"}\n', encoding="utf-8")
    papers, report = _load(path, "jsonl", limits=Limits(record_mb=1))
    assert ([p.title for p in papers], [r.line for r in report.rejected]) == (["Kept"], [1])


def test_a_gzip_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"title": "a"}\n' + b" " * (64 * 2**20) + b"\n"))
    with pytest.raises(LoadError, match=r"expands more than 200 times its compressed size"):
        _load(path, "jsonl")


def test_a_long_abstract_is_cut_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    path.write_text(json.dumps({"title": "T", "abstract": "w" * 250}) + "\n", encoding="utf-8")
    papers, report = _load(path, "jsonl", limits=Limits(field_chars=100))
    assert (len(papers[0].abstract or ""), report.notes) == (
        100,
        ["line 1: abstract cut from 250 to 100 characters (raise with --limit field-chars=N)"],
    )


def test_cli_limit_option_is_checked(tmp_path: Path, surrogate: Path) -> None:
    result = _build(tmp_path, str(surrogate), "--limit", "colour=3")
    assert result.exit_code == 2  # type: ignore[attr-defined]


# -- item 5: a tampered embeddings index ----------------------------------------------


def test_a_vectors_name_outside_the_folder_is_refused(tmp_path: Path) -> None:
    victim = tmp_path / "victim.npy"
    victim.write_bytes(b"keep me")
    cache = EmbeddingCache.open(tmp_path / "data", "m")
    assert cache.folder is not None
    cache.folder.mkdir(parents=True)
    index = {
        "format": "paperkg-embeddings",
        "version": 1,
        "model": "m",
        "dim": 2,
        "vectors": str(victim),
        "keys": [],
    }
    (cache.folder / "index.json").write_text(json.dumps(index), encoding="utf-8")
    with pytest.raises(StoreCorrupt, match=r"is not a vectors-\*\.npy name in this folder"):
        EmbeddingCache.open(tmp_path / "data", "m")
    assert victim.read_bytes() == b"keep me"


# -- item 6: export through a planted link --------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "graphml"])
def test_export_does_not_follow_a_planted_tmp_link(tmp_path: Path, store: NetworkXStore, fmt: str) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    out = tmp_path / f"graph.{fmt}"
    (tmp_path / f"graph.{fmt}.tmp").symlink_to(victim)
    export_graph(store, fmt, out)
    assert victim.read_text(encoding="utf-8") == "keep me"


# -- item 7: terminal escapes -----------------------------------------------------------


def test_visible_shows_escape_sequences() -> None:
    assert visible("A\x1b]0;owned\x07B\x9bC\u202eD\nE") == "A\\x1b]0;owned\\x07B\\x9bC\\u202eD\nE"


def test_show_prints_no_escape_from_a_title(tmp_path: Path) -> None:
    path = tmp_path / "e.jsonl"
    path.write_text(
        json.dumps({"arxiv_id": "2106.09685", "title": "Evil\x1b]0;owned\x07 \x1b[2J title"}) + "\n",
        encoding="utf-8",
    )
    _build(tmp_path, str(path))
    result = CliRunner().invoke(app, ["show", "2106.09685", "--data-dir", str(tmp_path / "data")])
    assert ("\x1b" in result.stdout, "Evil\\x1b]0;owned" in result.stdout) == (False, True)


def test_json_output_escapes_control_characters(tmp_path: Path) -> None:
    path = tmp_path / "e.jsonl"
    path.write_text(
        json.dumps({"arxiv_id": "2106.09685", "title": "Evil\x9b2J title"}) + "\n", encoding="utf-8"
    )
    _build(tmp_path, str(path))
    result = CliRunner().invoke(app, ["show", "2106.09685", "--json", "--data-dir", str(tmp_path / "data")])
    assert ("\x9b" in result.stdout, json.loads(result.stdout)["title"]) == (False, "Evil\x9b2J title")


_COLONS = "Mixing at 1:100:10 with labels A:B:C and x:o:x"


@pytest.mark.parametrize("as_json", [False, True])
def test_colons_in_a_title_are_printed_as_they_are(tmp_path: Path, as_json: bool) -> None:
    # a terminal library's emoji codes (":100:", ":b:", ":o:") are not read in the data it prints
    path = tmp_path / "e.jsonl"
    path.write_text(json.dumps({"arxiv_id": "2106.09685", "title": _COLONS}) + "\n", encoding="utf-8")
    _build(tmp_path, str(path))
    args = ["show", "2106.09685", "--data-dir", str(tmp_path / "data")] + (["--json"] if as_json else [])
    output = CliRunner().invoke(app, args).stdout
    title = json.loads(output)["title"] if as_json else output.splitlines()[0]
    assert title.startswith(_COLONS)


def test_query_tables_print_brackets_and_no_escape(tmp_path: Path) -> None:
    # a table cell read "[MASK]" as markup (and dropped it) and passed an escape sequence on
    path = tmp_path / "e.jsonl"
    title = "Predicting [MASK] tokens \x1b[2J with optimizer [red]tricks[/red]"
    path.write_text(json.dumps({"arxiv_id": "2106.09685", "title": title}) + "\n", encoding="utf-8")
    _build(tmp_path, str(path))
    result = CliRunner().invoke(app, ["query", "search", "optimizer", "--data-dir", str(tmp_path / "data")])
    shown = " ".join(result.stdout.split())
    assert ("\x1b" in result.stdout, "[MASK]" in shown, "[red]tricks[/red]" in shown) == (False, True, True)


# -- item 8: outbound Cypher ------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "LOAD CSV FROM 'https://x.org/a.csv' AS r RETURN r",
        "CALL apoc.load.json('https://x.org')",
        "call APOC.import.csv([])",
    ],
)
def test_outbound_cypher_is_refused(statement: str) -> None:
    with pytest.raises(QueryError, match=r"pass --write if you mean it"):
        refuse_outbound(statement)


def test_plain_reads_pass() -> None:
    refuse_outbound("MATCH (p:Paper {title: $t}) RETURN p.loaded")


def test_an_oversized_bibtex_field_is_cut_before_latex_decoding(tmp_path: Path) -> None:
    path = tmp_path / "big.bib"
    path.write_text(
        "@article{a, title={A paper}, abstract={" + "word " * 100 + "}, year={2021}}\n", encoding="utf-8"
    )
    papers, report = _load(path, "bibtex", limits=Limits(field_chars=50))
    assert (len(papers[0].abstract or ""), report.notes) == (
        49,
        ["line 1: abstract cut from 500 to 50 characters (raise with --limit field-chars=N)"],
    )


# -- item 9: wrong types are rejected with the field named -------------------------------


@pytest.mark.parametrize(
    ("fmt", "record", "reason"),
    [
        (
            "semantic-scholar",
            {"paperId": "a", "title": "T", "authors": 5},
            "authors: expected a list, got a number",
        ),
        ("semantic-scholar", {"paperId": "a", "title": "T", "references": 7}, "references: expected a list"),
        (
            "semantic-scholar",
            {"paperId": "a", "title": "T", "publicationDate": 2021},
            "publicationDate: expected text",
        ),
        (
            "openalex",
            {"id": "https://openalex.org/W1", "title": "T", "authorships": 3},
            "authorships: expected a list",
        ),
        (
            "openalex",
            {"id": "https://openalex.org/W1", "title": "T", "referenced_works": 9},
            "referenced_works: expected a list",
        ),
        (
            "openalex",
            {"id": "https://openalex.org/W1", "title": "T", "publication_date": 2021},
            "publication_date: expected text",
        ),
        (
            "arxiv-snapshot",
            {"id": "2106.09685", "title": "T", "abstract": "a", "versions": [{"created": 5}]},
            "versions[0].created: expected a date as text, got int",
        ),
    ],
    ids=[
        "s2-authors",
        "s2-references",
        "s2-date",
        "oa-authorships",
        "oa-references",
        "oa-date",
        "snapshot-created",
    ],
)
def test_a_wrong_type_is_rejected_naming_the_field(
    tmp_path: Path, fmt: str, record: dict[str, object], reason: str
) -> None:
    path = tmp_path / "w.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    papers, report = _load(path, fmt)
    assert (papers, [r.line for r in report.rejected], reason in report.rejected[0].reason) == ([], [1], True)


def test_a_corrupt_deflate_stream_is_one_line_naming_the_file(tmp_path: Path) -> None:
    data = bytearray(gzip.compress(b"".join(b'{"title": "Paper %d"}\n' % i for i in range(5000))))
    data[len(data) // 2] ^= 0xFF
    path = tmp_path / "c.jsonl.gz"
    path.write_bytes(bytes(data))
    result = _build(tmp_path, str(path))
    assert (result.exit_code, result.stderr.count("\n"), "c.jsonl.gz" in result.stderr) == (1, 1, True)  # type: ignore[attr-defined]


def test_a_csv_row_over_the_record_limit_is_rejected_and_the_rest_load(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("title,abstract\nFirst,ok\nHuge," + "a" * 3_000_000 + "\nLast,ok\n", encoding="utf-8")
    papers, report = _load(path, "csv", limits=Limits(record_mb=1))
    assert ([p.title for p in papers], [(r.line, r.reason[:40]) for r in report.rejected]) == (
        ["First", "Last"],
        [(3, "the row is longer than 1 MiB; skipped (r")],
    )


@pytest.mark.parametrize("chunk", [1, 3, 7, 64, 1 << 20])
def test_a_json_array_read_a_chunk_at_a_time_gives_what_json_loads_gives(
    monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    # an array file was read whole by json.loads: a dump past --limit document-mb was refused
    import io
    import json

    from paperkg.loaders import base

    values = [
        {"title": "A, B ] and [C]", "n": [1, 2, {"x": None}]},
        12345678,
        -0.5e-3,
        True,
        None,
        'a "quoted" ] string, with a comma',
        [],
        {"abstract": "é and 😀, as JSON escapes them"},
    ]
    text = json.dumps(values, indent=2)
    monkeypatch.setattr(base, "_ARRAY_CHUNK", chunk)
    found = list(base.iter_json_array(io.StringIO(text)))
    # the first element starts on line 2, after "["; the second after the first's 10 lines
    starts = [2, 12]
    assert [v for _, v in found] == values
    assert [line for line, _ in found[:2]] == starts


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('[{"a": 1} {"b": 2}]', "expected ',' or ']'"),
        ('[{"a": 1}] trailing', "text after the JSON array's end"),
        ('{"a": 1}', "expected a JSON array"),
        ('[{"a": 1}, {"b": ]', "not valid JSON"),
        ('[{"a": 1}, {"b": 2}', "the file ends before the array's ']'"),
        ('[{"a": "' + "x" * 3000 + '"}]', "an element longer than"),
        ("[" + "1" * 3000 + "]", "an element longer than"),
    ],
)
def test_a_broken_json_array_says_where(monkeypatch: pytest.MonkeyPatch, text: str, says: str) -> None:
    import io

    from paperkg.loaders import base

    monkeypatch.setattr(base, "_ARRAY_CHUNK", 5)
    with pytest.raises(ValueError, match=re.escape(says)):
        list(base.iter_json_array(io.StringIO(text), Limits(record_mb=1000 / 2**20)))


def test_a_json_array_says_of_a_huge_number_what_load_json_says(monkeypatch: pytest.MonkeyPatch) -> None:
    # the decoder's limit on digits is no broken JSON: it was "not valid JSON (Exceeds the limit ...)"
    import io

    from paperkg.loaders import base

    monkeypatch.setattr(base, "_ARRAY_CHUNK", 64)
    with pytest.raises(ValueError, match=r"^a number with more than 4,300 digits$"):
        list(base.iter_json_array(io.StringIO('[{"a": ' + "9" * 5000 + "}]")))
