"""What the real-world source loaders share: JSON documents or JSON Lines, dates, ids and filters."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from paperkg.exceptions import LoadError
from paperkg.loaders.base import (
    Limits,
    LoadOptions,
    LoadReport,
    iter_json_array,
    iter_lines,
    load_json,
    not_utf8,
    open_text,
    read_document,
    read_head,
)
from paperkg.models import DatePrecision, Paper, Provenance, split_arxiv_version

__all__ = [
    "ARXIV_DOI_PREFIX",
    "DateFields",
    "MadePaper",
    "arxiv_from_doi",
    "arxiv_from_url",
    "arxiv_in_text",
    "check_filters",
    "date_fields",
    "given_first",
    "iter_json_records",
    "orcid_id",
    "papers_from_json",
    "passes_filters",
    "pmc_id",
    "source_count",
    "squash",
    "type_reason",
]

# arXiv mints DOIs for its papers: 10.48550/arXiv.2302.13971.
ARXIV_DOI_PREFIX = "10.48550/arxiv."
_BOUND = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_ARXIV_URL = re.compile(r"arxiv\.org/(?:abs|pdf)/([^?#\s]+?)(?:\.pdf)?(?:[?#].*)?$", re.I)

# The other keys of an API page around its list of records (OpenAlex, Semantic Scholar, Crossref).
_PAGE_KEYS = {"meta", "offset", "next", "total", "group_by", "token"} | {
    "facets",
    "total-results",
    "items-per-page",
    "query",
    "next-cursor",
}

DateFields = tuple[str | None, DatePrecision, int | None]


def squash(text: object) -> str | None:
    """Collapse runs of whitespace; return None for missing or blank text."""
    if not isinstance(text, str):
        return None
    folded = " ".join(text.split())
    return folded or None


def source_count(value: Any) -> int | None:
    """Return a count a source gives (citations), or None for anything but a whole number at least 0."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


_ORCID = re.compile(r"(\d{4}-\d{4}-\d{4}-\d{3}[\dX])$")


def orcid_id(raw: object) -> str | None:
    """Return ``orcid:0000-0002-1825-0097`` of an ORCID iD as sources give it (bare or its URL), else None.

    Examples
    --------
    >>> orcid_id("https://orcid.org/0000-0002-1825-0097")
    'orcid:0000-0002-1825-0097'
    """
    match = _ORCID.search(raw.strip()) if isinstance(raw, str) else None
    return f"orcid:{match.group(1)}" if match else None


_PMC = re.compile(r"PMC\d+", re.IGNORECASE)


def pmc_id(raw: str | None) -> str | None:
    """Return a PubMed Central id as ``PMC8371605`` (however cased, around spaces), else None.

    Examples
    --------
    >>> pmc_id(" pmc8371605 "), pmc_id("8371605")
    ('PMC8371605', None)
    """
    text = raw.strip() if raw else ""
    return text.upper() if _PMC.fullmatch(text) else None


def given_first(name: str) -> str:
    """Return a name written "Surname, Given" (or "Surname, Given, Suffix"), as RIS, Web of Science and
    Zotero's CSV write it, as the other sources do: "Given Surname" ("Given Surname, Suffix"); a name
    without a comma as it is.

    Examples
    --------
    >>> given_first("Dettmers, Tim")
    'Tim Dettmers'
    """
    parts = [part.strip() for part in name.split(",")]
    if len(parts) in (2, 3) and all(parts[:2]):
        given = f"{parts[1]} {parts[0]}"
        return f"{given}, {parts[2]}" if len(parts) == 3 and parts[2] else given
    return name


def arxiv_from_doi(doi: str | None) -> str | None:
    """Return the arXiv id behind an arXiv DOI (``10.48550/arXiv.2302.13971``), else None."""
    if not doi:
        return None
    bare = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:)", "", doi.strip(), flags=re.I).lower()
    if not bare.startswith(ARXIV_DOI_PREFIX):
        return None
    try:
        return split_arxiv_version(bare[len(ARXIV_DOI_PREFIX) :])[0]
    except ValueError:
        return None


_ARXIV_IN_TEXT = re.compile(r"arxiv[:\s]*(\d{4}\.\d{4,5}(?:v\d+)?|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})", re.I)


def arxiv_in_text(text: str | None) -> str | None:
    """Return the arXiv id a text names ("arXiv:2106.09685", "arXiv preprint arXiv:2106.09685"), else None.

    Examples
    --------
    >>> arxiv_in_text("arXiv preprint arXiv:2106.09685v2")
    '2106.09685'
    """
    return _arxiv_id_found(_ARXIV_IN_TEXT, text)


def arxiv_from_url(url: str | None) -> str | None:
    """Return the arXiv id in an abs or pdf URL (``https://arxiv.org/abs/2302.13971v2``), else None."""
    return _arxiv_id_found(_ARXIV_URL, url)


def _arxiv_id_found(pattern: re.Pattern[str], text: str | None) -> str | None:
    """Return the bare arXiv id ``pattern``'s first group finds in ``text``, else None."""
    match = pattern.search(text) if text else None
    if not match:
        return None
    try:
        return split_arxiv_version(match.group(1))[0]
    except ValueError:
        return None


def date_fields(raw: str | None) -> DateFields:
    """Return ``(published, precision, year)`` from an ISO date, a year, or an RFC 2822 date.

    Unparseable text gives ``(None, UNKNOWN, None)``.
    """
    if raw is None or raw == "":
        return None, DatePrecision.UNKNOWN, None
    if not isinstance(raw, str):
        raise ValueError(f"expected a date as text, got {type(raw).__name__}")
    text = raw.strip()
    match = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if match:
        year_s, month, day = match.groups()
        year = int(year_s)
        if day and month:
            try:
                date(year, int(month), int(day))
            except ValueError:
                return f"{year_s}-{month}", DatePrecision.MONTH, year
            return f"{year_s}-{month}-{day}", DatePrecision.DAY, year
        if month:
            return f"{year_s}-{month}", DatePrecision.MONTH, year
        return year_s, DatePrecision.YEAR, year
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None, DatePrecision.UNKNOWN, None
    return parsed.date().isoformat(), DatePrecision.DAY, parsed.year


_KINDS = {
    str: "text",
    int: "a number",
    float: "a number",
    list: "a list",
    dict: "an object",
    bool: "true or false",
}


def _kind(value: object) -> str:
    return "null" if value is None else _KINDS.get(type(value), type(value).__name__)


def type_reason(record: dict[str, Any], expected: dict[str, tuple[type, ...]], error: Exception) -> str:
    """Return why ``record`` was refused: its first field of the wrong type, by name, else ``error``.

    ``expected`` maps field names (as the source spells them; matched without
    case) to the types they may hold.
    """
    lowered = {str(k).lower(): v for k, v in record.items()}
    for name, types in expected.items():
        value = lowered.get(name.lower())
        if value is not None and not isinstance(value, types):
            wanted = " or ".join(dict.fromkeys(_KINDS.get(t, t.__name__) for t in types))
            return f"{name}: expected {wanted}, got {_kind(value)}"
    return str(error).splitlines()[0] if str(error) else type(error).__name__


def check_filters(options: LoadOptions) -> None:
    """Raise LoadError when ``--since`` / ``--until`` are not YYYY, YYYY-MM or YYYY-MM-DD."""
    for name, bound in (("--since", options.since), ("--until", options.until)):
        if bound is not None and not _BOUND.match(bound):
            raise LoadError(f"{name}: expected YYYY, YYYY-MM or YYYY-MM-DD, got {bound!r}")


def _category_matches(categories: list[str], wanted: list[str]) -> bool:
    # "cs" selects every cs.* category; "cs.LG" selects exactly cs.LG.
    for category in categories:
        for want in wanted:
            if category == want or category.startswith(want + "."):
                return True
    return False


def passes_filters(paper: Paper, options: LoadOptions) -> bool:
    """Return True when ``paper`` passes ``--category``, ``--since`` and ``--until``.

    A paper with no date fails a date bound (it cannot be shown to be inside);
    ``--until 2023-06`` includes all of June 2023.
    """
    if options.categories and not _category_matches(paper.categories, options.categories):
        return False
    if options.since or options.until:
        published = paper.published
        if not published or published.startswith("-"):
            return False
        if options.since and published[: len(options.since)] < options.since:
            return False
        if options.until and published[: len(options.until)] > options.until:
            return False
    return True


def _unwrap(value: Any) -> Iterator[dict[str, Any] | str]:
    """Yield the records of one JSON value: an object, a list, or an API page of them.

    An element of a list that is no record (a string, a number) is yielded as the reason it
    is none, so that the records around it are read; a value that is none raises ValueError.
    """
    if isinstance(value, list):
        for item in value:
            if item is None or isinstance(item, (list, dict)):
                yield from _unwrap(item)
            else:
                yield f"expected a JSON object, got {type(item).__name__}"
    elif isinstance(value, dict):
        if "message-type" in value and isinstance(value.get("message"), (dict, list)):
            # Crossref's envelope: {"status", "message-type", "message-version", "message": a work or a page}
            yield from _unwrap(value["message"])
            return
        for key in ("results", "data", "items"):
            if isinstance(value.get(key), list) and not value.keys() - {key, *_PAGE_KEYS}:
                yield from _unwrap(value[key])
                return
        yield value
    elif value is None:
        # Batch endpoints answer null for an id they do not know.
        return
    else:
        raise ValueError(f"expected a JSON object, got {type(value).__name__}")


def _first_line(path: Path, limits: Limits) -> str:
    """Return the first non-blank line of ``path``, or "" when it is over the record limit."""
    most = limits.record_chars
    with open_text(path, limits) as handle:
        try:
            while line := handle.readline(most + 1):
                if len(line) > most and not line.endswith("\n"):
                    return ""
                if line.strip():
                    return line
        except UnicodeDecodeError as e:
            raise not_utf8(path) from e
    return ""


def iter_json_records(
    path: Path, limits: Limits | None = None, report: LoadReport | None = None, strict: bool = False
) -> Iterator[tuple[int | None, dict[str, Any] | str]]:
    """Yield ``(line, record)`` from JSON Lines or one JSON document; ``record`` is a reason when bad.

    A file whose first line is a whole JSON value is read as JSON Lines (the
    snapshot dumps); otherwise it is one document (a saved, possibly
    pretty-printed API response) and ``line`` is None. ``limits`` bound a line,
    a document and the nesting; a line over the limit is rejected in ``report``.
    """
    limits = limits or Limits()
    try:
        load_json(_first_line(path, limits), limits)
        one_per_line = True
    except ValueError:
        one_per_line = False
    if one_per_line:
        for number, line in iter_lines(path, limits, report, strict):
            if not line.strip():
                continue
            try:
                value = load_json(line, limits, report, number)
            except ValueError as e:
                yield number, f"not valid JSON ({e})"
                continue
            try:
                records = list(_unwrap(value))
            except ValueError as e:
                yield number, str(e)
                continue
            for record in records:
                yield number, record
        return
    if read_head(path).lstrip().startswith("["):
        # an array (a dump of records, a batch answer) is read an element at a time, never held whole
        with open_text(path, limits) as handle:
            try:
                for _, element in iter_json_array(handle, limits, report):
                    yield from ((None, record) for record in _unwrap([element]))
            except ValueError as e:
                raise LoadError(f"{path}: not valid JSON or JSON Lines ({e})") from e
        return
    try:
        value = load_json(read_document(path, limits), limits, report)
    except ValueError as e:
        raise LoadError(f"{path}: not valid JSON or JSON Lines ({e})") from e
    try:
        for record in _unwrap(value):
            yield None, record
    except ValueError as e:
        raise LoadError(f"{path}: {e}") from e


def papers_from_json(
    path: Path,
    options: LoadOptions,
    report: LoadReport,
    make: Callable[[dict[str, Any], Provenance], Sequence[Paper]],
    expected: dict[str, tuple[type, ...]],
) -> Iterator[Paper]:
    """Yield the papers ``make`` gives for each record of a JSON document or JSON Lines file that pass the
    filters (the OpenAlex, Crossref and Semantic Scholar loaders).

    A record that is no object, or that ``make`` refuses (ValueError) or trips over (a value of another
    type than ``expected`` names: TypeError, AttributeError, KeyError), is rejected in ``report`` by its
    line or, in a JSON document (an array, an API answer), its number; the others load.
    """
    check_filters(options)
    for record_no, (line, record) in enumerate(
        iter_json_records(path, options.limits, report, options.strict), start=1
    ):
        report.read += 1
        if isinstance(record, str):
            reason = record if line is not None else f"record {record_no}: {record}"
            report.reject(line, reason, strict=options.strict)
            continue
        try:
            papers = make(record, report.provenance(record=record_no, line=line))
        except (ValueError, TypeError, AttributeError, KeyError) as e:
            # A value of the wrong type (a list for a date, a number for a name) rejects its record.
            reason = type_reason(record, expected, e)
            report.reject(line, f"record {record_no}: {reason}", strict=options.strict)
            continue
        for paper in papers:
            if passes_filters(paper, options):
                yield paper
            else:
                report.filtered += 1


# What a loader's per-record function gives for each record: (line number, or None in a document read
# whole, paper or None, why not, notes).
MadePaper = tuple[int | None, Paper | None, str | None, list[str]]


def papers_made(
    make: Callable[[Any, Sequence[Any]], list[MadePaper]],
    context: Any,
    items: Iterable[Any],
    options: LoadOptions,
    report: LoadReport,
) -> Iterator[Paper]:
    """Yield the papers ``make`` gives for ``items``, in order, that pass the filters; note the rest in ``report``.

    ``make(context, chunk)`` runs here, an item at a time, with ``strict`` (which stops at the first
    bad record, found first only in order) or without ``options.engine``; else where the engine puts
    it. Each record's notes, already naming its line, go to ``report``, a refused record is rejected
    there, a filtered one counted. Once all are made, the rejections are sorted by line: a line too
    long is rejected as it is read, ahead of the records a worker still holds.
    """
    if options.engine is None or options.strict:
        results: Iterable[MadePaper] = (made for item in items for made in make(context, [item]))
    else:
        results = options.engine.map(make, context, items)
    for number, paper, reason, notes in results:
        for text in notes:
            report.note(None, text)
        if paper is None:
            report.reject(number, reason or "", strict=options.strict)
            continue
        if not passes_filters(paper, options):
            report.filtered += 1
            continue
        yield paper
    report.rejected.sort(key=lambda r: r.line or 0)
