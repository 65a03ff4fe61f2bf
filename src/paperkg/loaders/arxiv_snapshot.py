"""The arXiv metadata snapshot (OAI / Kaggle JSON Lines), streamed with filters in constant memory."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from paperkg.loaders.base import LoadOptions, LoadReport, iter_lines
from paperkg.loaders.records import check_filters, date_fields, passes_filters, squash
from paperkg.models import DatePrecision, Paper, split_arxiv_version

__all__ = ["FORMAT", "load", "load_arxiv_snapshot", "paper_from_snapshot", "sniff"]

FORMAT = "arxiv-snapshot"
_FIRST_LINE = re.compile(r"^\s*(\{[^\n]*)", re.M)
_NEW_ID = re.compile(r"^(\d{2})(\d{2})\.\d{4,5}$")


def sniff(head: str, fmt: str = FORMAT) -> bool:
    """Return True when the first line is a snapshot record: ``id``, ``versions`` and ``categories``."""
    match = _FIRST_LINE.match(head)
    if not match:
        return False
    line = match.group(1)
    return all(f'"{key}"' in line for key in ("id", "versions", "categories", "authors"))


def _authors(record: dict[str, Any]) -> list[str]:
    parsed = record.get("authors_parsed")
    if isinstance(parsed, list) and parsed:
        names = []
        for parts in parsed:
            if not isinstance(parts, list):
                continue
            # authors_parsed rows are [last, first, suffix].
            last, first, suffix = ([*parts, "", "", ""])[:3]
            name = " ".join(p.strip() for p in (first, last, suffix) if isinstance(p, str) and p.strip())
            if name:
                names.append(name)
        if names:
            return names
    raw = squash(record.get("authors"))
    if not raw:
        return []
    return [n.strip() for n in re.split(r",\s*|\s+and\s+", raw) if n.strip()]


def _published(record: dict[str, Any], arxiv_id: str) -> tuple[str | None, DatePrecision, int | None]:
    versions = record.get("versions")
    if isinstance(versions, list) and versions and isinstance(versions[0], dict):
        published, precision, year = date_fields(versions[0].get("created"))
        if published:
            return published, precision, year
    # New-style ids carry the submission month: 2302.13971 was submitted in 2023-02.
    match = _NEW_ID.match(arxiv_id)
    if match:
        year = 2000 + int(match.group(1))
        return f"{year}-{match.group(2)}", DatePrecision.MONTH, year
    return None, DatePrecision.UNKNOWN, None


def _version(record: dict[str, Any]) -> int | None:
    versions = record.get("versions")
    if isinstance(versions, list) and versions and isinstance(versions[-1], dict):
        match = re.match(r"^v(\d+)$", str(versions[-1].get("version", "")))
        if match:
            return int(match.group(1))
    return None


def paper_from_snapshot(record: dict[str, Any], report: LoadReport, line: int, record_no: int) -> Paper:
    """Turn one snapshot record into a Paper.

    Raises
    ------
    ValueError
        When the record has no usable arXiv id.
    """
    raw_id = record.get("id")
    if not isinstance(raw_id, str) or not raw_id.strip():
        raise ValueError('the record has no "id"; expected an arXiv id such as 0704.0001 or hep-th/9901001')
    arxiv_id, version = split_arxiv_version(raw_id)
    published, precision, year = _published(record, arxiv_id)
    categories = str(record.get("categories") or "").split()
    return Paper(
        arxiv_id=arxiv_id,
        arxiv_version=version or _version(record),
        doi=squash(record.get("doi")),
        title=squash(record.get("title")),
        abstract=squash(record.get("abstract")),
        authors=_authors(record),
        published=published,
        date_precision=precision,
        year=year,
        categories=categories,
        venue=squash(record.get("journal-ref")),
        url=f"https://arxiv.org/abs/{arxiv_id}",
        provenance=[report.provenance(record=record_no, line=line)],
    )


def load(path: Path, options: LoadOptions, report: LoadReport, fmt: str = FORMAT) -> Iterator[Paper]:
    """Stream the papers of a snapshot file, plain or gzip, applying the filters as it goes.

    Memory stays constant: one line is held at a time. A line is rejected when it
    is not JSON or has no arXiv id; a record without an abstract is kept.
    """
    check_filters(options)
    # A category absent from the raw line cannot match, so skip its JSON parse.
    quick = [f'"{c}' for c in options.categories] + [f" {c}" for c in options.categories]
    record_no = 0
    for number, line in iter_lines(path):
        if not line.strip():
            continue
        record_no += 1
        report.read += 1
        if quick and not any(q in line for q in quick):
            report.filtered += 1
            continue
        try:
            record = json.loads(line)
        except ValueError as e:
            report.reject(number, f"not valid JSON ({e.args[0] if e.args else e})", strict=options.strict)
            continue
        if not isinstance(record, dict):
            report.reject(number, "expected a JSON object per line", strict=options.strict)
            continue
        try:
            paper = paper_from_snapshot(record, report, number, record_no)
        except ValueError as e:
            report.reject(number, str(e).splitlines()[0], strict=options.strict)
            continue
        if not passes_filters(paper, options):
            report.filtered += 1
            continue
        yield paper


def load_arxiv_snapshot(
    path: str | Path, options: LoadOptions | None = None, report: LoadReport | None = None
) -> Iterator[Paper]:
    """Stream the papers of an arXiv metadata snapshot (the Kaggle / OAI JSON Lines dump).

    Parameters
    ----------
    path
        ``arxiv-metadata-oai-snapshot.json``, plain or gzip.
    options
        ``categories`` (``cs.LG``, or ``cs`` for every cs.* category), ``since``
        and ``until`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, inclusive) are
        applied while streaming; ``strict`` stops at the first bad line.
    report
        Filled in with lines read, papers filtered out and lines rejected.

    Returns
    -------
    Iterator[Paper]
        The papers that pass the filters, in file order.

    Raises
    ------
    LoadError
        When the file cannot be read, a filter is malformed, or with ``strict`` at a bad line.

    Examples
    --------
    >>> from paperkg.loaders import LoadOptions
    >>> papers = load_arxiv_snapshot("snapshot.json.gz", LoadOptions(categories=["cs.LG"]))  # doctest: +SKIP
    """
    path = Path(path)
    report = report if report is not None else LoadReport(source=str(path), format=FORMAT)
    report.format = report.format or FORMAT
    yield from load(path, options or LoadOptions(), report)
