"""What every loader shares: options, the load report, and safe opening of text files."""

from __future__ import annotations

import codecs
import gzip
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Protocol

from paperkg.exceptions import BadRecord, LoadError
from paperkg.models import Paper, Provenance

__all__ = [
    "LoadOptions",
    "LoadReport",
    "Loader",
    "Rejection",
    "iter_lines",
    "open_text",
    "read_head",
]

_HEAD_BYTES = 64 * 1024


@dataclass
class LoadOptions:
    """Settings a user gives on the command line that loaders honour.

    ``year`` is the listing year for Hugging Face dates without one; ``fields``
    maps model fields to column names for JSON Lines / CSV; ``categories``,
    ``since`` and ``until`` filter the arXiv snapshot while streaming.
    """

    year: int | None = None
    strict: bool = False
    fields: dict[str, str] = field(default_factory=dict)
    categories: list[str] = field(default_factory=list)
    since: str | None = None
    until: str | None = None


@dataclass
class Rejection:
    """One record a loader skipped, and why."""

    source: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.source}, line {self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


@dataclass
class LoadReport:
    """Counts for one file: records read, papers yielded, records rejected or filtered."""

    source: str
    format: str = ""
    read: int = 0
    loaded: int = 0
    filtered: int = 0
    year_unknown: int = 0
    rejected: list[Rejection] = field(default_factory=list)

    def reject(self, line: int | None, reason: str, *, strict: bool) -> None:
        """Record a bad record; with ``strict`` raise it instead."""
        if strict:
            raise BadRecord(self.source, line, reason)
        self.rejected.append(Rejection(self.source, line, reason))

    def provenance(self, record: int | None = None, line: int | None = None) -> Provenance:
        """Return the provenance of a record of this file."""
        return Provenance(source=self.source, format=self.format, record=record, line=line)


class Loader(Protocol):
    """A loader streams papers from one file and fills in the report as it goes."""

    def __call__(self, path: Path, options: LoadOptions, report: LoadReport) -> Iterator[Paper]:
        """Yield the papers of ``path``."""
        ...


def _is_gzip(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(2) == b"\x1f\x8b"


def _check_path(path: Path) -> None:
    if not path.exists():
        raise LoadError(f"{path}: no such file")
    if path.is_dir():
        raise LoadError(f"{path}: is a directory; give the files inside it")


def read_head(path: Path, size: int = _HEAD_BYTES) -> str:
    """Return the first ``size`` bytes of a file as text, for format detection.

    Raises
    ------
    LoadError
        When the file is missing, empty, binary or not UTF-8.
    """
    _check_path(path)
    opener = gzip.open if _is_gzip(path) else open
    try:
        with opener(path, "rb") as handle:
            data = handle.read(size)
    except OSError as e:
        raise LoadError(f"{path}: cannot read: {e}") from e
    if not data.strip():
        raise LoadError(f"{path}: the file is empty")
    if b"\x00" in data:
        raise LoadError(f"{path}: looks like a binary file, not text; give a text, JSON or CSV file")
    decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="strict")
    try:
        return decoder.decode(data, final=False)
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise LoadError(
            f"{path}, line {line}: not UTF-8 text (byte 0x{data[e.start]:02x}); convert the file to UTF-8"
        ) from e


def open_text(path: Path) -> IO[str]:
    """Open a UTF-8 text file, gzip or not, for streaming."""
    _check_path(path)
    if _is_gzip(path):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8-sig", newline="")
    return path.open("r", encoding="utf-8-sig", newline="")


def iter_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Yield ``(line_number, line)`` without the newline, naming the line on a decode error."""
    number = 0
    with open_text(path) as handle:
        try:
            for number, line in enumerate(handle, start=1):
                yield number, line.rstrip("\r\n")
        except UnicodeDecodeError as e:
            raise LoadError(f"{path}, line {number + 1}: not UTF-8 text; convert the file to UTF-8") from e
        except (EOFError, gzip.BadGzipFile) as e:
            raise LoadError(f"{path}, line {number + 1}: the gzip file is truncated") from e
