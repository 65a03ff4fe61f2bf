"""The arXiv metadata snapshot (OAI / Kaggle JSON Lines), streamed with filters in constant memory."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from paperkg.loaders.base import Limits, LoadOptions, LoadReport, load_json, record_lines
from paperkg.loaders.records import MadePaper, check_filters, date_fields, papers_made, squash, type_reason
from paperkg.models import DatePrecision, Paper, split_arxiv_version

__all__ = ["FORMAT", "load", "load_arxiv_snapshot", "paper_from_snapshot", "sniff"]

FORMAT = "arxiv-snapshot"
# The types each field may hold, to name the field of a record refused for a wrong type.
_EXPECTED: dict[str, tuple[type, ...]] = {
    "id": (str,),
    "title": (str,),
    "abstract": (str,),
    "authors": (str,),
    "authors_parsed": (list,),
    "versions": (list,),
    "update_date": (str,),
    "categories": (str,),
    "doi": (str,),
}
_FIRST_LINE = re.compile(r"^\s*(\{[^\n]*)", re.M)
_NEW_ID = re.compile(r"^(\d{2})(\d{2})\.\d{4,5}$")
_OLD_ID = re.compile(r"^[a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7}$")
# versions[].created is RFC 2822 ("Mon, 2 Apr 2007 19:18:42 GMT"); a regex reads it
# several times faster than email.utils, which matters over millions of lines.
_CREATED = re.compile(r"^\w{3}, (\d{1,2}) (\w{3}) (\d{4}) ")
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], start=1
    )
}


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
            # authors_parsed rows are [last, first, suffix]; a plain loop is the hot path here.
            if not isinstance(parts, list) or not parts:
                continue
            last = parts[0] if isinstance(parts[0], str) else ""
            first = parts[1] if len(parts) > 1 and isinstance(parts[1], str) else ""
            suffix = parts[2] if len(parts) > 2 and isinstance(parts[2], str) else ""
            name = " ".join(f"{first} {last} {suffix}".split())
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
        created = versions[0].get("created")
        if created is not None and not isinstance(created, str):
            raise ValueError(f"versions[0].created: expected a date as text, got {type(created).__name__}")
        match = _CREATED.match(created) if isinstance(created, str) else None
        if match and match.group(2) in _MONTHS:
            day, month, created_year = int(match.group(1)), _MONTHS[match.group(2)], int(match.group(3))
            return f"{created_year:04d}-{month:02d}-{day:02d}", DatePrecision.DAY, created_year
        fields = date_fields(created)
        if fields[0]:
            return fields
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
    if _NEW_ID.match(raw_id) or _OLD_ID.match(raw_id):
        arxiv_id, version = raw_id, None
    else:
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

    Memory stays constant: a line is held until its paper is made. A line is rejected
    when it is not JSON or has no arXiv id; a record without an abstract is kept. The
    lines are read here, in order, and skipped here when the category filter cannot
    match them; what costs, a line parsed and made a paper, runs where ``options.engine``
    puts it (a build's pool of worker processes).
    """
    check_filters(options)
    # A category absent from the raw line cannot match, so skip its JSON parse.
    quick = [f'"{c}' for c in options.categories] + [f" {c}" for c in options.categories]
    source, made_as = report.source, report.format

    def lines() -> Iterator[tuple[int, int, str, str, str]]:
        for number, record_no, line in record_lines(path, options, report):
            if quick and not any(q in line for q in quick):
                report.filtered += 1
                continue
            yield number, record_no, line, source, made_as

    yield from papers_made(_papers_from_lines, _context(options.limits), lines(), options, report)


@functools.lru_cache(maxsize=8)
def _context(limits: Limits) -> tuple[Limits]:
    """The context of :func:`_papers_from_lines`: the same object for the same limits, so that the files of a
    load share one pool of workers (an engine keeps its pool for the context it was last given)."""
    return (limits,)


def _papers_from_lines(context: tuple[Limits], chunk: Sequence[tuple[int, int, str, str, str]]) -> list[MadePaper]:
    """Make the papers of :func:`load`'s lines ``(number, record number, line, source, format)``: for each,
    ``(number, paper or None, why not, its notes)``. Pure, so that it runs in a worker process."""
    (limits,) = context
    made: list[MadePaper] = []
    for number, record_no, line, source, made_as in chunk:
        notes = LoadReport(source=source, format=made_as)
        try:
            record = load_json(line, limits, notes, number)
        except ValueError as e:
            made.append((number, None, f"not valid JSON ({e.args[0] if e.args else e})", notes.notes))
            continue
        if not isinstance(record, dict):
            made.append((number, None, "expected a JSON object per line", notes.notes))
            continue
        try:
            paper = paper_from_snapshot(record, notes, number, record_no)
        except (ValueError, TypeError, AttributeError, KeyError) as e:
            # A value of the wrong type (a list for a date, a number for a name) rejects its record.
            made.append((number, None, type_reason(record, _EXPECTED, e), notes.notes))
            continue
        made.append((number, paper, None, notes.notes))
    return made


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
    report = LoadReport.for_file(path, report, FORMAT)
    yield from load(path, options or LoadOptions(), report)
