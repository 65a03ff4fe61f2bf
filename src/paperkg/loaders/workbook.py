"""Excel workbooks (.xlsx): the rows of each sheet as text, for the table loader (``xlsx``).

A spreadsheet of papers (a reading list, a review's table) is read as its CSV export would be:
each cell as the text it shows (a whole number without ".0", a date as ISO 8601), the empty
cells at a row's end left out. Read with openpyxl (the ``sources`` extra) in read-only mode,
row by row; a workbook whose parts expand more than ``--limit gzip-ratio`` allows is refused.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

from paperkg.exceptions import LoadError
from paperkg.loaders.base import Limits

__all__ = ["cell_text", "is_workbook", "sheets"]

# The part every .xlsx (and .xlsm) holds; an OpenDocument or Word file holds others.
_WORKBOOK_PART = "xl/workbook.xml"


def is_workbook(path: Path) -> bool:
    """Return True for an Office Open XML workbook (.xlsx, .xlsm), whatever its name."""
    try:
        # a regular file starting as a zip archive does: a pipe is not opened, a text file not searched
        if not path.is_file():
            return False
        with path.open("rb") as handle:
            if handle.read(4) != b"PK\x03\x04":
                return False
        with zipfile.ZipFile(path) as archive:
            return _WORKBOOK_PART in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def cell_text(value: Any) -> str:
    """Return a cell's value as its CSV export writes it: 2021 (not 2021.0), a date as 2021-06-17.

    Examples
    --------
    >>> [cell_text(v) for v in (2021.0, 3.5, None, dt.datetime(2021, 6, 17), True, " LoRA ")]
    ['2021', '3.5', '', '2021-06-17', 'TRUE', ' LoRA ']
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _check_expansion(path: Path, limits: Limits) -> None:
    """Refuse a workbook a part of which expands more than ``limits.gzip_ratio`` per compressed byte."""
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if info.file_size > 2**20 and info.file_size > limits.gzip_ratio * max(info.compress_size, 1):
                    raise LoadError(
                        f"{path}: its part {info.filename} expands {info.file_size / max(info.compress_size, 1):.0f} "
                        f"times (over --limit gzip-ratio={limits.gzip_ratio:g}); refused"
                    )
    except zipfile.BadZipFile as e:
        raise LoadError(f"{path}: a damaged workbook ({e}); save it again, or as CSV (UTF-8)") from e


_Rows = Generator[tuple[int, list[str]]]


def sheets(path: Path, limits: Limits | None = None) -> Iterator[tuple[str, _Rows]]:
    """Yield each sheet's name and its ``(row number, cells as text)``, empty cells at a row's end left out.

    The workbook is opened once: each sheet's rows are to be read before the next sheet is asked for.

    Raises
    ------
    LoadError
        When openpyxl is not installed, or the workbook cannot be read.
    """
    try:
        import openpyxl
    except ModuleNotFoundError as e:
        raise LoadError(
            f"{path}: reading a workbook needs openpyxl: pip install 'paperkg[sources]', "
            "or save the sheet as CSV (UTF-8) and give that"
        ) from e
    _check_expansion(path, limits or Limits())
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
        raise LoadError(
            f"{path}: cannot read the workbook ({e}); save it as CSV (UTF-8) and give that"
        ) from e
    try:
        if not book.worksheets:
            raise LoadError(f"{path}: the workbook has no sheet")
        for sheet in book.worksheets:
            yield sheet.title, _rows(path, sheet)
    finally:
        book.close()


def _rows(path: Path, sheet: Any) -> _Rows:
    try:
        # from the first row, empty ones too: a row is named by its number on the sheet
        for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
            cells = [cell_text(v) for v in values]
            while cells and not cells[-1].strip():
                cells.pop()
            yield number, cells
    except (zipfile.BadZipFile, KeyError, ValueError, SyntaxError) as e:  # SyntaxError: the XML parser's
        raise LoadError(f"{path}: the workbook's sheet cannot be read ({e}); save it as CSV (UTF-8)") from e
