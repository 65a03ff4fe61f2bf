"""The arXiv metadata snapshot loader: fields, old-style ids, filters, gzip and bad lines."""

from __future__ import annotations

import dataclasses
import gzip
import json
import tracemalloc
from pathlib import Path

import pytest

from paperkg.exceptions import BadRecord, LoadError
from paperkg.loaders import LoadOptions, LoadReport, detect_format, load_file
from paperkg.loaders.arxiv_snapshot import load_arxiv_snapshot, sniff
from paperkg.models import DatePrecision, Paper

DATA = Path(__file__).resolve().parent / "data"

SNAPSHOT = DATA / "arxiv-snapshot.jsonl"


def _load(options: LoadOptions | None = None, path: Path = SNAPSHOT) -> tuple[list[Paper], LoadReport]:
    report = LoadReport(source=str(path))
    return list(load_arxiv_snapshot(path, options, report)), report


def _by_id(papers: list[Paper]) -> dict[str, Paper]:
    return {p.id: p for p in papers}


def test_detected_from_content() -> None:
    assert detect_format(SNAPSHOT) == "arxiv-snapshot"


def test_sniff_refuses_plain_jsonl() -> None:
    assert not sniff('{"arxiv_id": "2302.13971", "title": "x"}\n', "arxiv-snapshot")


def test_loads_every_good_line() -> None:
    papers, _ = _load()
    assert [p.id for p in papers] == [
        "arxiv:2106.09685",
        "arxiv:2305.14314",
        "arxiv:hep-th/9711200",
        "arxiv:0704.0001",
        "arxiv:2307.09288",
    ]


def test_bad_lines_are_rejected_with_their_line_numbers() -> None:
    _, report = _load()
    assert [r.line for r in report.rejected] == [4, 6]


def test_counts_every_line_read() -> None:
    _, report = _load()
    assert report.read == 7


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("title", "LoRA: Low-Rank Adaptation of Large Language Models"),
        ("published", "2021-06-17"),
        ("date_precision", DatePrecision.DAY),
        ("year", 2021),
        ("arxiv_version", 2),
        ("categories", ["cs.CL", "cs.AI", "cs.LG"]),
        ("url", "https://arxiv.org/abs/2106.09685"),
        ("n_authors", 8),
    ],
)
def test_fields_of_a_new_style_record(field: str, expected: object) -> None:
    papers, _ = _load()
    assert getattr(_by_id(papers)["arxiv:2106.09685"], field) == expected


def test_authors_come_from_authors_parsed() -> None:
    papers, _ = _load()
    assert _by_id(papers)["arxiv:0704.0001"].authors[:2] == ["C. Balázs", "E. L. Berger"]


def test_abstract_whitespace_is_collapsed() -> None:
    papers, _ = _load()
    assert _by_id(papers)["arxiv:2305.14314"].abstract.startswith(  # type: ignore[union-attr]
        "We present QLoRA, an efficient finetuning approach that reduces memory usage enough"
    )


def test_a_line_without_abstract_still_loads() -> None:
    papers, _ = _load()
    assert _by_id(papers)["arxiv:0704.0001"].abstract is None


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("arxiv_id", "hep-th/9711200"),
        ("published", "1997-11-27"),
        ("venue", "Adv.Theor.Math.Phys.2:231-252,1998"),
        ("doi", "10.1023/a:1026654312961"),
        ("arxiv_version", 3),
    ],
)
def test_fields_of_an_old_style_record(field: str, expected: object) -> None:
    papers, _ = _load()
    assert getattr(_by_id(papers)["arxiv:hep-th/9711200"], field) == expected


def test_title_line_breaks_are_folded() -> None:
    papers, _ = _load()
    assert _by_id(papers)["arxiv:0704.0001"].title == (
        "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies"
    )


def test_provenance_names_file_and_line() -> None:
    papers, _ = _load()
    prov = _by_id(papers)["arxiv:2307.09288"].provenance[0]
    assert (prov.format, prov.line) == ("arxiv-snapshot", 7)


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (LoadOptions(categories=["cs.LG"]), ["arxiv:2106.09685", "arxiv:2305.14314"]),
        (LoadOptions(categories=["hep-th", "hep-ph"]), ["arxiv:hep-th/9711200", "arxiv:0704.0001"]),
        (LoadOptions(categories=["cs"]), ["arxiv:2106.09685", "arxiv:2305.14314", "arxiv:2307.09288"]),
        (LoadOptions(since="2023-01"), ["arxiv:2305.14314", "arxiv:2307.09288"]),
        (LoadOptions(until="2007-04"), ["arxiv:hep-th/9711200", "arxiv:0704.0001"]),
        (LoadOptions(since="2021", until="2023-05-23"), ["arxiv:2106.09685", "arxiv:2305.14314"]),
        (LoadOptions(categories=["cs.CL"], since="2023"), ["arxiv:2307.09288"]),
    ],
)
def test_filters_apply_while_streaming(options: LoadOptions, expected: list[str]) -> None:
    papers, _ = _load(options)
    assert [p.id for p in papers] == expected


def test_filtered_records_are_counted() -> None:
    _, report = _load(LoadOptions(since="2023-01"))
    assert report.filtered == 3


def test_a_line_that_cannot_hold_the_category_is_filtered_unparsed() -> None:
    # The truncated line 4 lacks "cs.LG", so it is skipped before JSON parsing.
    _, report = _load(LoadOptions(categories=["cs.LG"]))
    assert (report.filtered, [r.line for r in report.rejected]) == (4, [6])


@pytest.mark.parametrize("bound", ["2023/01", "23-01", "January"])
def test_a_malformed_date_bound_is_an_error(bound: str) -> None:
    with pytest.raises(LoadError, match="expected YYYY, YYYY-MM or YYYY-MM-DD"):
        _load(LoadOptions(since=bound))


def test_strict_stops_at_the_first_bad_line() -> None:
    with pytest.raises(BadRecord, match="line 4"):
        _load(LoadOptions(strict=True))


def test_gzip_is_read_transparently(tmp_path: Path) -> None:
    path = tmp_path / "snapshot.json.gz"
    path.write_bytes(gzip.compress(SNAPSHOT.read_bytes()))
    assert len(list(load_file(path, options=LoadOptions()))) == 5


def test_record_with_missing_version_date_falls_back_to_the_id_month(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    record = {"id": "2302.13971", "title": "T", "authors": "A B", "categories": "cs.CL", "versions": []}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    papers, _ = _load(path=path)
    assert (papers[0].published, papers[0].date_precision) == ("2023-02", DatePrecision.MONTH)


def _write_snapshot(path: Path, n: int) -> None:
    line = SNAPSHOT.read_text(encoding="utf-8").splitlines()[0]
    record = json.loads(line)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            record["id"] = f"2106.{i:05d}"
            handle.write(json.dumps(record) + "\n")


def _peak(path: Path) -> int:
    tracemalloc.start()
    try:
        for _ in load_arxiv_snapshot(path):
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_file(tmp_path: Path) -> None:
    small, large = tmp_path / "small.jsonl", tmp_path / "large.jsonl"
    _write_snapshot(small, 200)
    _write_snapshot(large, 2000)
    assert _peak(large) < 2 * _peak(small)


def test_a_pool_of_worker_processes_makes_the_same_papers_report_and_notes(tmp_path: Path) -> None:
    from paperkg.engine import LocalEngine

    path = tmp_path / "s.jsonl"
    lines = SNAPSHOT.read_text(encoding="utf-8").splitlines()
    # a lone surrogate (repaired, with a note), a number for a date (refused), a line too long
    odd = json.loads(lines[0])
    odd["id"], odd["title"] = "2106.00001", "LoRA \\ud800 again"
    wrong = dict(odd, id="2106.00002", versions=[{"created": 5}])
    text = "\n".join([*lines, json.dumps(odd).replace("\\\\ud800", "\\ud800"), json.dumps(wrong), "x" * 3000, *lines])
    path.write_text(text + "\n", encoding="utf-8")
    engine = LocalEngine(2, chunk_size=2)
    loaded = []
    try:
        for options in (LoadOptions(), LoadOptions(categories=["cs.LG"], since="2021")):
            limits = dataclasses.replace(options.limits, record_mb=0.002)
            alone = dataclasses.replace(options, limits=limits)
            pooled = dataclasses.replace(alone, engine=engine)
            here, there = _load(alone, path), _load(pooled, path)
            assert [p.model_dump() for p in there[0]] == [p.model_dump() for p in here[0]]
            assert there[1] == here[1]
            loaded.append((len(there[0]), [r.line for r in there[1].rejected], there[1].filtered, there[1].notes))
    finally:
        engine.close()
    surrogate = ["line 8: a lone surrogate (an unpaired \\ud800-\\udfff escape) replaced by U+FFFD"]
    assert loaded == [(11, [4, 6, 9, 10, 14, 16], 0, surrogate), (5, [6, 9, 10, 16], 8, surrogate)]
