"""Property-based fuzzing of every loader, text repair, the graph.jsonl reader and the enrich parsers.

Every generated input must end in one of three ways: a record stored, a record
rejected with its file and line, or the file refused with one ``LoadError`` line;
never another exception. The load summary's arithmetic must hold. The example
count is bounded here; ``--hypothesis-profile=fuzz-long`` runs the long profile.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from paperkg.enrich.http import parse_json
from paperkg.enrich.sources import _BAD_RECORD, _json_list, _json_page
from paperkg.exceptions import LoadError, StoreError
from paperkg.loaders import FORMATS, LoadOptions, LoadReport, load_file
from paperkg.loaders.openalex import paper_from_openalex
from paperkg.loaders.semantic_scholar import papers_from_s2
from paperkg.loaders.text import repair_text
from paperkg.models import Provenance

# Odd text: lone surrogates, combining storms, bidi controls, NULs, escapes, long runs.
ODD = st.sampled_from(
    [
        "\ud800",
        "\udfff",
        "\u0301" * 50,
        "\u202e",
        "\u2066",
        "\x00",
        "\x1b[2J",
        "\x9b",
        "\ufeff",
        "a" * 5000,
        "",
    ]
)
TEXT = st.one_of(st.text(max_size=60), ODD, st.builds(lambda a, b: a + b, st.text(max_size=20), ODD))
NUMBER = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([10**30, 2**63, -1, 0, 1.5]),
)
SCALAR = st.one_of(st.none(), st.booleans(), NUMBER, TEXT)
VALUE = st.recursive(
    SCALAR,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(TEXT, inner, max_size=4)),
    max_leaves=12,
)
KEYS = {
    "jsonl": [
        "title",
        "abstract",
        "arxiv_id",
        "authors",
        "published",
        "year",
        "upvotes",
        "categories",
        "doi",
        "url",
    ],
    "semantic-scholar": [
        "paperId",
        "externalIds",
        "title",
        "abstract",
        "authors",
        "references",
        "citations",
        "publicationDate",
        "year",
        "venue",
        "journal",
        "url",
        "corpusId",
    ],
    "openalex": [
        "id",
        "doi",
        "title",
        "display_name",
        "authorships",
        "referenced_works",
        "publication_date",
        "publication_year",
        "ids",
        "primary_location",
        "abstract_inverted_index",
    ],
    "arxiv-snapshot": [
        "id",
        "title",
        "abstract",
        "authors",
        "authors_parsed",
        "versions",
        "update_date",
        "categories",
        "doi",
    ],
}
# What each format needs to be read as itself (its sniffer's marks).
BASE: dict[str, dict[str, Any]] = {
    "jsonl": {"title": "A paper"},
    "semantic-scholar": {"paperId": "abc", "title": "A paper"},
    "openalex": {"id": "https://openalex.org/W1", "title": "A paper"},
    "arxiv-snapshot": {"id": "2106.09685", "title": "A paper", "abstract": "Text.", "versions": []},
}


def record(fmt: str) -> st.SearchStrategy[dict[str, Any]]:
    """A record of ``fmt`` with its known keys given wrong, missing or odd values, and extra keys."""
    known = st.dictionaries(st.sampled_from(KEYS[fmt]), VALUE, max_size=6)
    extra = st.dictionaries(TEXT, VALUE, max_size=2)
    return st.builds(lambda k, e: {**BASE[fmt], **e, **k}, known, extra)


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=True, allow_nan=False)


LINE = st.one_of(
    st.just("{not json"),
    st.just("[" * 300 + "]" * 300),
    st.just('{"title": ' + "9" * 5000 + "}"),
    st.just('{"title": "\\ud800 x"}'),
    st.just("[1, 2]"),
    st.just(""),
)


def _check(path: Path, fmt: str, *, arithmetic: bool = True) -> LoadReport:
    """Load ``path`` and check the outcome is one of the three allowed, with the arithmetic."""
    report = LoadReport(source=str(path))
    loaded = 0
    try:
        for paper in load_file(path, fmt, LoadOptions(), report):
            loaded += 1
            paper.model_dump_json()  # what a save does: must not fail (lone surrogates)
    except LoadError as e:
        assert "\n" not in str(e).strip()
        return report
    for rejection in report.rejected:
        assert rejection.source == str(path)
        assert rejection.line is None or rejection.line >= 1
    if arithmetic:
        assert report.read == loaded + len(report.rejected) + report.filtered
    return report


def _write(lines: list[str], suffix: str, compress: bool = False, cut: float | None = None) -> Path:
    data = ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")
    if compress:
        data = gzip.compress(data)
        if cut is not None:
            data = data[: max(10, int(len(data) * cut))]
    handle = tempfile.NamedTemporaryFile("wb", suffix=suffix, delete=False)  # noqa: SIM115 - kept past close
    with handle:
        handle.write(data)
    return Path(handle.name)


def _run(fmt: str, records: list[dict[str, Any]], extra: list[str], arithmetic: bool = True) -> None:
    path = _write([_dump(r) for r in records] + extra, ".jsonl")
    try:
        _check(path, fmt, arithmetic=arithmetic)
    finally:
        path.unlink()


@given(st.lists(record("jsonl"), min_size=1, max_size=6), st.lists(LINE, max_size=3))
def test_fuzz_jsonl(records: list[dict[str, Any]], extra: list[str]) -> None:
    _run("jsonl", records, extra)


@given(st.lists(record("semantic-scholar"), min_size=1, max_size=4), st.lists(LINE, max_size=2))
def test_fuzz_semantic_scholar(records: list[dict[str, Any]], extra: list[str]) -> None:
    # One record may give several papers (its citing papers): no arithmetic per paper.
    _run("semantic-scholar", records, extra, arithmetic=False)


@given(st.lists(record("openalex"), min_size=1, max_size=4), st.lists(LINE, max_size=2))
def test_fuzz_openalex(records: list[dict[str, Any]], extra: list[str]) -> None:
    _run("openalex", records, extra)


@given(st.lists(record("arxiv-snapshot"), min_size=1, max_size=4), st.lists(LINE, max_size=2))
def test_fuzz_arxiv_snapshot(records: list[dict[str, Any]], extra: list[str]) -> None:
    _run("arxiv-snapshot", records, extra)


@given(
    st.lists(st.lists(st.one_of(st.text(max_size=30), ODD), min_size=1, max_size=5), min_size=1, max_size=6),
    st.sampled_from([",", ";", "\t"]),
)
def test_fuzz_csv(rows: list[list[str]], delimiter: str) -> None:
    header = delimiter.join(["title", "abstract", "year", "upvotes"])
    lines = [header] + [delimiter.join(json.dumps(c) for c in row) for row in rows]
    path = _write(lines, ".csv")
    try:
        _check(path, "csv")
    finally:
        path.unlink()


@given(st.sampled_from(sorted(set(FORMATS) - {"semantic-scholar-citations"})), st.binary(max_size=400))
def test_fuzz_any_format_on_noise(fmt: str, noise: bytes) -> None:
    handle = tempfile.NamedTemporaryFile("wb", suffix=".txt", delete=False)  # noqa: SIM115 - kept past close
    with handle:
        handle.write(noise)
    path = Path(handle.name)
    try:
        _check(path, fmt, arithmetic=False)
    finally:
        path.unlink()


@given(st.lists(record("jsonl"), min_size=1, max_size=30), st.floats(min_value=0.05, max_value=0.95))
def test_fuzz_truncated_gzip(records: list[dict[str, Any]], cut: float) -> None:
    path = _write([_dump(r) for r in records], ".jsonl.gz", compress=True, cut=cut)
    try:
        _check(path, "jsonl")
    finally:
        path.unlink()


@given(TEXT)
def test_fuzz_repair_text_returns_text(raw: str) -> None:
    repaired = repair_text(raw)
    assert repaired == " ".join(repaired.split())


@given(record("semantic-scholar"))
def test_fuzz_s2_parser_raises_only_record_errors(raw: dict[str, Any]) -> None:
    # The errors enrich and the loaders turn into one rejected record.
    with contextlib.suppress(*_BAD_RECORD):
        papers_from_s2(raw, Provenance(source="s2", format="semantic-scholar"))


@given(record("openalex"))
def test_fuzz_openalex_parser_raises_only_record_errors(raw: dict[str, Any]) -> None:
    with contextlib.suppress(*_BAD_RECORD):
        paper_from_openalex(raw, Provenance(source="oa", format="openalex"))


@given(st.one_of(st.text(max_size=200), st.builds(_dump, VALUE), st.just("[" * 5000)))
def test_fuzz_enrich_response_parsers(body: str) -> None:
    for parse in (parse_json, _json_list, _json_page):
        with contextlib.suppress(ValueError):
            parse(body)


@given(st.lists(st.one_of(st.builds(_dump, VALUE), st.text(max_size=80)), max_size=5))
def test_fuzz_graph_jsonl_reader(lines: list[str]) -> None:
    # Light fuzzing only: the graph.jsonl v1 reader becomes a migration path (the store moves to SQLite).
    from paperkg.graph import NetworkXStore

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "graph.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
        with contextlib.suppress(StoreError):
            NetworkXStore.open(folder)
