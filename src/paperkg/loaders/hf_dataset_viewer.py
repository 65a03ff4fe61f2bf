"""A Hugging Face dataset-viewer page saved as text: ``arxiv_id`` / ``|`` / abstract / ``|`` records."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

from pydantic import ValidationError

from paperkg.exceptions import LoadError
from paperkg.loaders.base import Limits, LoadOptions, LoadReport, iter_lines
from paperkg.loaders.text import repair_field
from paperkg.models import Paper, split_arxiv_version

__all__ = ["FORMAT", "load", "load_hf_dataset_viewer", "sniff"]

FORMAT = "hf-dataset-viewer"

# The header names each column, then its type and length stats ("stringlengths", "9", "12"),
# the next column after "| ", and ends with a rule "---|---|". Values end with a "|" line.
_RULE = re.compile(r"^-{3,}(?:\|-{3,})*\|?$")
_TYPE = re.compile(
    r"^(?:string|stringlengths|int64|int32|float64|bool|list|sequence|timestamp\[.*\]|date.*)$"
)
_ARXIV_LINE = re.compile(r"^(?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?$")
_ID_COLUMNS = ("arxiv_id", "arxiv", "id", "paper_id")
_ABSTRACT_COLUMNS = ("abstract", "summary", "text")
_TITLE_COLUMNS = ("title", "paper_title")


def sniff(head: str, fmt: str = FORMAT) -> bool:
    """Return True for a dataset-viewer page: a column header with type stats and a ``---|`` rule,
    or records of an arXiv id line followed by a ``|`` line."""
    lines = [line.strip() for line in head.splitlines()]
    nonblank = [line for line in lines if line]
    if any(_RULE.match(line) for line in nonblank[:60]) and any(_TYPE.match(line) for line in nonblank[:60]):
        return True
    pairs = sum(1 for a, b in pairwise(nonblank) if _ARXIV_LINE.match(a) and b == "|")
    return pairs >= 2


def _columns(header: list[str]) -> list[str]:
    """Read the column names from the header lines (a name is the line before its type)."""
    names: list[str] = []
    for i, line in enumerate(header):
        name = line[1:].strip() if line.startswith("|") else line
        if name and i + 1 < len(header) and _TYPE.match(header[i + 1]):
            names.append(name)
    return names


def _pick(columns: list[str], wanted: tuple[str, ...]) -> int | None:
    lowered = [c.lower() for c in columns]
    for name in wanted:
        if name in lowered:
            return lowered.index(name)
    return None


def _records(
    path: Path, limits: Limits | None = None, report: LoadReport | None = None, strict: bool = False
) -> Iterator[tuple[list[str], list[tuple[int, list[str]]], bool]]:
    """Yield ``(columns, values, complete)``: each value is ``(first line, lines)``.

    The last item yielded has ``complete`` False and holds what follows the last
    closing ``|`` (page chrome, or a record cut off).
    """
    columns: list[str] = []
    header: list[str] = []
    in_header = True
    values: list[tuple[int, list[str]]] = []
    current: list[str] = []
    current_line = 0
    for number, raw in iter_lines(path, limits, report, strict):
        text = raw.strip()
        if in_header:
            if not header and not text:
                continue
            if not header and _ARXIV_LINE.match(text):
                # No header: the file starts with its first record.
                in_header = False
                columns = ["arxiv_id", "abstract"]
            elif _RULE.match(text):
                in_header = False
                columns = _columns(header) or ["arxiv_id", "abstract"]
                continue
            else:
                header.append(text)
                continue
        if text == "|":
            values.append((current_line, current))
            current = []
            if len(values) == len(columns):
                yield columns, values, True
                values = []
            continue
        if not current:
            if not text:
                continue
            current_line = number
        current.append(raw)
    if in_header:
        raise LoadError(
            f"{path}: no dataset-viewer records: expected a header ending in a '---|---|' line, "
            "then arxiv_id / | / abstract / | records"
        )
    if current:
        values.append((current_line, current))
    yield columns, values, False


def _value(values: list[tuple[int, list[str]]], index: int | None) -> str | None:
    if index is None or index >= len(values):
        return None
    return "\n".join(values[index][1]).strip() or None


def load(path: Path, options: LoadOptions, report: LoadReport, fmt: str = FORMAT) -> Iterator[Paper]:
    """Stream the papers of a dataset-viewer page; see :func:`load_hf_dataset_viewer`."""
    record = 0
    for columns, values, complete in _records(path, options.limits, report, options.strict):
        id_col = _pick(columns, _ID_COLUMNS)
        abstract_col = _pick(columns, _ABSTRACT_COLUMNS)
        title_col = _pick(columns, _TITLE_COLUMNS)
        if id_col is None and abstract_col is None:
            raise LoadError(
                f"{path}: the header names columns {', '.join(columns) or '(none)'}; "
                "expected arxiv_id and abstract (pass --format to read it another way)"
            )
        if not values:
            continue
        line = values[0][0]
        raw_id = _value(values, id_col)
        if not complete:
            # Page chrome after the last record does not start with an arXiv id; a cut-off record does.
            if raw_id is None or not _ARXIV_LINE.match(raw_id.split("\n")[0].strip()):
                continue
            record += 1
            report.read += 1
            report.reject(
                line,
                f"record {raw_id.splitlines()[0]} is cut off: the file ends before the '|' that closes it",
                strict=options.strict,
            )
            continue
        record += 1
        report.read += 1
        arxiv_id: str | None = None
        version: int | None = None
        if raw_id is not None:
            try:
                arxiv_id, version = split_arxiv_version(raw_id)
            except ValueError as e:
                report.reject(line, str(e), strict=options.strict)
                continue
        abstract, abstract_raw = repair_field(_value(values, abstract_col))
        title, title_raw = repair_field(_value(values, title_col))
        if abstract is None and title is None:
            report.reject(line, f"record {raw_id} has an empty abstract", strict=options.strict)
            continue
        try:
            paper = Paper(
                arxiv_id=arxiv_id,
                arxiv_version=version,
                title=title,
                title_raw=title_raw,
                abstract=abstract,
                abstract_raw=abstract_raw,
                provenance=[report.provenance(record=record, line=line)],
            )
        except (ValueError, ValidationError) as e:
            report.reject(line, str(e), strict=options.strict)
            continue
        yield paper


def load_hf_dataset_viewer(
    path: str | Path, options: LoadOptions | None = None, report: LoadReport | None = None
) -> Iterator[Paper]:
    """Stream the papers of a Hugging Face dataset-viewer page of arXiv ids and abstracts.

    The header (column names, string-length stats) and the page chrome after
    the last record are skipped. Each record is an ``arxiv_id`` line, a ``|``
    line, the abstract (possibly several lines) and a closing ``|`` line; an id
    with a version (``2101.00436v3``) gives ``arxiv_id`` 2101.00436 and
    ``arxiv_version`` 3. A record cut off by the end of the file is rejected.

    Parameters
    ----------
    path
        The saved page.
    options
        ``strict`` makes a bad record fatal.
    report
        Filled in with records read and rejected.

    Returns
    -------
    Iterator[Paper]
        One paper per record, in page order.

    Raises
    ------
    LoadError
        When the file cannot be read or holds no records, or with ``strict`` at the first bad record.
    """
    path = Path(path)
    report = LoadReport.for_file(path, report, FORMAT)
    return load(path, options or LoadOptions(), report)
