"""Loaders turn source files into Paper models; the format is detected from content.

Each format lives in its own module exposing ``sniff(head, fmt)`` (does the first
64 KB of text look like this format?) and ``load(path, options, report, fmt)`` (a
streaming generator of papers that counts every record read and reports every
record it rejects), plus a public alias named by verb and source
(``load_hf_daily``, ``load_jsonl``, ...). One module may serve several formats
(``tabular`` reads ``jsonl`` and ``csv``).

``semantic-scholar-citations`` holds no papers, only links between papers by
corpus id: its ``load`` refuses, and the build reads it with
``load_s2_citations`` once the papers of the other files are indexed.
"""

from __future__ import annotations

import gzip
import importlib
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

from paperkg.exceptions import LoadError, UnknownFormat
from paperkg.loaders.base import (
    LIMIT_NAMES,
    Limits,
    LoadOptions,
    LoadReport,
    Rejection,
    clip_field,
    not_utf8,
    read_head,
)
from paperkg.loaders.workbook import is_workbook
from paperkg.models import Paper

__all__ = [
    "FORMATS",
    "LIMIT_NAMES",
    "Limits",
    "LoadOptions",
    "LoadReport",
    "Rejection",
    "detect_format",
    "load_file",
]

# Detection order matters: the most specific sniffers go first, the
# one-abstract-per-line text (which accepts almost any prose) goes last.
FORMATS: dict[str, str] = {
    "hf-daily": "paperkg.loaders.hf_daily",
    "hf-dataset-viewer": "paperkg.loaders.hf_dataset_viewer",
    "arxiv-snapshot": "paperkg.loaders.arxiv_snapshot",
    "arxiv-atom": "paperkg.loaders.arxiv_atom",
    "semantic-scholar-citations": "paperkg.loaders.s2_citations",
    "semantic-scholar": "paperkg.loaders.semantic_scholar",
    "openalex": "paperkg.loaders.openalex",
    "crossref": "paperkg.loaders.crossref",
    "bibtex": "paperkg.loaders.bibtex",
    "ris": "paperkg.loaders.ris",
    "wos": "paperkg.loaders.ris",
    "medline": "paperkg.loaders.ris",
    "pubmed-xml": "paperkg.loaders.pubmed_xml",
    "jsonl": "paperkg.loaders.tabular",
    "csv": "paperkg.loaders.tabular",
    "xlsx": "paperkg.loaders.tabular",
    "abstracts": "paperkg.loaders.abstracts",
}


def _module(fmt: str) -> ModuleType | None:
    """Import a format's module, or None where that loader is not part of this build."""
    try:
        return importlib.import_module(FORMATS[fmt])
    except ModuleNotFoundError as e:
        if e.name == FORMATS[fmt]:
            return None
        raise


def available_formats() -> list[str]:
    """Return the names of the formats this installation can load."""
    return [fmt for fmt in FORMATS if _module(fmt) is not None]


def detect_format(path: str | Path) -> str:
    """Return the name of the format of ``path``, judged from its content.

    Raises
    ------
    UnknownFormat
        When no loader recognises the content.
    LoadError
        When the file is missing, empty, binary or not UTF-8.
    """
    if is_workbook(Path(path)):
        return "xlsx"
    head = read_head(Path(path))
    for fmt in FORMATS:
        module = _module(fmt)
        if module is not None and module.sniff(head, fmt):
            return fmt
    raise UnknownFormat(
        f"{path}: cannot tell the format from the content{_unparsed_json(head)}; "
        f"pass --format ({', '.join(available_formats())})"
    )


def _unparsed_json(head: str) -> str:
    """Return why a head whose first line opens a JSON object is no JSON, for a message ('' if not).

    Examples
    --------
    >>> _unparsed_json('{"title": "Cut short\\n')
    ' (its first line starts like JSON but does not parse: Unterminated string starting at: line 1 column 11)'
    >>> _unparsed_json("Plain text.\\n")
    ''
    """
    line = next((line.strip() for line in head.splitlines() if line.strip()), "")
    if not line.startswith("{"):
        return ""
    try:
        json.loads(line)
    except ValueError as e:
        return f" (its first line starts like JSON but does not parse: {str(e).split(' (char')[0]})"
    return ""


def load_file(
    path: str | Path,
    fmt: str | None = None,
    options: LoadOptions | None = None,
    report: LoadReport | None = None,
) -> Iterator[Paper]:
    """Stream the papers of one file.

    Parameters
    ----------
    path
        The file to read (gzip is opened transparently).
    fmt
        A name from :data:`FORMATS`; detected from the content when None.
    options
        Listing year, strictness, column mapping and filters.
    report
        Filled in as the file is read: records read, loaded, rejected.

    Returns
    -------
    Iterator[Paper]
        The papers, in file order.

    Raises
    ------
    LoadError
        When the file cannot be read, or, with ``options.strict``, at the first bad record.
    """
    path = Path(path)
    options = options or LoadOptions()
    if fmt is None:
        fmt = detect_format(path)
    elif fmt not in FORMATS:
        raise UnknownFormat(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    elif fmt != "xlsx":
        # Detection reads the head anyway; with --format, still refuse a binary, empty or
        # non-UTF-8 file up front with the same clear message.
        read_head(path)
    elif not is_workbook(path):
        raise LoadError(f"{path}: not an Excel workbook (.xlsx)")
    module = _module(fmt)
    if module is None:
        raise LoadError(f"the {fmt} loader is not available in this installation")
    if report is None:
        report = LoadReport(source=str(path))
    report.format = fmt
    most = options.limits.field_chars
    try:
        for paper in module.load(path, options, report, fmt):
            if len(paper.title or "") > most or len(paper.abstract or "") > most:
                paper = _clipped(paper, options, report)
            yield paper
    except (EOFError, gzip.BadGzipFile, zlib.error) as e:
        raise LoadError(f"{path}: the compressed file is truncated or corrupt ({e}); get it again") from e
    except UnicodeDecodeError as e:
        raise not_utf8(path) from e
    except RecursionError as e:
        raise LoadError(f"{path}: nested too deeply to read; refused") from e
    except OSError as e:
        raise LoadError(f"{path}: cannot read: {e.strerror or e}") from e


def _clipped(paper: Paper, options: LoadOptions, report: LoadReport) -> Paper:
    """Return ``paper`` with a title or abstract over ``options.limits`` cut, noting each cut."""
    line = paper.provenance[0].line if paper.provenance else None
    limits = options.limits
    update = {
        name: clip_field(getattr(paper, name), name, limits, report, line) for name in ("title", "abstract")
    }
    return paper.model_copy(update=update)
