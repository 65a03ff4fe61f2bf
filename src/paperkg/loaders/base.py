"""What every loader shares: options, the load report, and safe opening of text files."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import IO, Any, Protocol

from paperkg.exceptions import BadRecord, LoadError
from paperkg.models import DatePrecision, Paper, Provenance

__all__ = [
    "LIMIT_NAMES",
    "MONTHS",
    "DateFields",
    "Limits",
    "LoadOptions",
    "LoadReport",
    "Loader",
    "Rejection",
    "clip_field",
    "iter_json_array",
    "iter_lines",
    "load_json",
    "not_utf8",
    "open_text",
    "parse_date",
    "read_document",
    "read_head",
    "record_lines",
]

_HEAD_BYTES = 64 * 1024


@dataclass(frozen=True)
class Limits:
    """Bounds on what one file may make paperkg hold or do; each cut or refusal is reported.

    ``record_mb``: the longest line (JSON Lines, CSV row, text line), in MiB; a
    longer one is rejected without being held. ``document_mb``: the largest
    whole-document file (a saved API answer, BibTeX, Atom), in MiB. ``field_chars``:
    the longest title or abstract kept; a longer one is cut, with a note.
    ``json_depth``: the deepest nesting of a JSON record. ``gzip_ratio``: the most
    bytes a gzip file may expand to per compressed byte (real text: 3-20).
    """

    record_mb: float = 16.0
    document_mb: float = 512.0
    field_chars: int = 100_000
    json_depth: int = 64
    gzip_ratio: float = 200.0

    @property
    def record_chars(self) -> int:
        """The longest line, in characters."""
        return int(self.record_mb * 2**20)


# The names ``--limit NAME=VALUE`` accepts, with hyphens, to the field they set.
LIMIT_NAMES = {name.replace("_", "-"): name for name in Limits.__dataclass_fields__}


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
    limits: Limits = field(default_factory=Limits)
    # Where the records of a JSON Lines file are made papers (a paperkg.engine.Engine; None: here, one at a
    # time): their text's repair is most of a load. Not a user's setting: the build passes its own.
    engine: Any = None


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
    """Counts for one file: records read, papers yielded, records rejected, filtered or skipped.

    ``skipped`` counts, by reason, records that are well formed but have no
    place in the graph (a citation row whose citing paper is not in the corpus).
    ``missing`` counts loaded papers of a table without a title or an abstract.
    """

    source: str
    format: str = ""
    read: int = 0
    loaded: int = 0
    filtered: int = 0
    year_unknown: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)
    # Papers loaded without a value for a text field ("title", "abstract") their table maps.
    missing: dict[str, int] = field(default_factory=dict)
    # One line per value a limit cut or text repaired (a lone surrogate): what, where, why.
    notes: list[str] = field(default_factory=list)
    # Why the whole file was skipped (the build goes on without it), or None.
    refused: str | None = None

    @classmethod
    def for_file(cls, path: Path, report: LoadReport | None, fmt: str) -> LoadReport:
        """Return ``report``, or a new report on ``path``, naming ``fmt`` unless it names a format."""
        report = report if report is not None else cls(source=str(path), format=fmt)
        report.format = report.format or fmt
        return report

    def note(self, line: int | None, text: str) -> None:
        """Record that a value was cut or repaired; kept to the first 1,000 notes of a file."""
        if len(self.notes) < 1000:
            self.notes.append(f"line {line}: {text}" if line is not None else text)

    def skip(self, reason: str) -> None:
        """Count one well-formed record kept out of the graph for ``reason``."""
        self.skipped[reason] = self.skipped.get(reason, 0) + 1

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
    if not path.is_file():
        # A FIFO or device would block or never end: only regular files are read.
        raise LoadError(f"{path}: not a regular file (a pipe, socket or device); save it to a file first")


class _BoundedGzip(io.RawIOBase):
    """A gzip stream that refuses to expand past ``ratio`` times the compressed size."""

    def __init__(self, path: Path, ratio: float) -> None:
        self._path = path
        self._raw = gzip.open(path, "rb")  # noqa: SIM115 - closed by close(), with the stream
        self._allowed = int(max(path.stat().st_size, 1) * ratio) + 2**20
        self._ratio = ratio
        self._out = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            data = self._raw.read(len(buffer))
        except (EOFError, gzip.BadGzipFile, zlib.error) as e:
            raise LoadError(
                f"{self._path}: the gzip file is truncated or corrupt ({e}); download it again"
            ) from e
        self._out += len(data)
        if self._out > self._allowed:
            raise LoadError(
                f"{self._path}: expands more than {self._ratio:g} times its compressed size, "
                "which real text does not; refused (raise with --limit gzip-ratio=N)"
            )
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._raw.close()
        super().close()


def head_lines(head: str) -> list[str]:
    """Return the non-empty lines of a file's head (:func:`read_head`), stripped, less the last where the
    head cut it short (a lone line is kept).

    Examples
    --------
    >>> head_lines("one\\n\\n two \\nthr"), head_lines("one\\ntwo\\n"), head_lines("on")
    (['one', 'two'], ['one', 'two'], ['on'])
    """
    lines = [line.strip() for line in head.splitlines() if line.strip()]
    return lines[:-1] if len(lines) > 1 and not head.endswith("\n") else lines


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
    except (EOFError, gzip.BadGzipFile, zlib.error) as e:
        raise LoadError(f"{path}: the gzip file is truncated or corrupt ({e}); download it again") from e
    except OSError as e:
        raise LoadError(f"{path}: cannot read: {e.strerror or e}") from e
    if not data.strip():
        raise LoadError(f"{path}: the file is empty")
    encoding = _encoding_of(data)
    known = _binary_kind(data)
    if known:
        raise LoadError(f"{path}: {known}")
    if b"\x00" in data and encoding == "utf-8-sig":
        raise LoadError(f"{path}: looks like a binary file, not text; give a text, JSON or CSV file")
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        return decoder.decode(data, final=False)
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise LoadError(
            f"{path}, line {line}: not UTF-8 text (byte 0x{data[e.start]:02x}); convert the file to UTF-8"
        ) from e


def _binary_kind(data: bytes) -> str | None:
    """Say what to do with a file a person may well give that is not a text export: a workbook, a PDF."""
    if data.startswith(b"%PDF"):
        return (
            "a PDF; paperkg reads bibliographic records, not papers' PDFs: export the library it comes from "
            "(BibTeX, RIS, CSV) or give the papers' arXiv ids or abstracts in a text file"
        )
    if data.startswith(b"PK\x03\x04") and (b"xl/" in data or b"[Content_Types].xml" in data or b"docProps" in data):
        return "an Office file (a workbook or document); save it as CSV (UTF-8) and give that"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "an old Office file (.xls or .doc); save it as CSV (UTF-8) and give that"
    return None


def _encoding_of(first: bytes) -> str:
    """Return the encoding a file's first bytes say: UTF-16 or UTF-32 after their byte-order mark (what
    Excel's "Unicode Text" and some Windows tools save), else UTF-8 (a UTF-8 mark skipped)."""
    if first[:4] in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE):
        return "utf-32"
    if first[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return "utf-16"
    return "utf-8-sig"


def open_text(path: Path, limits: Limits | None = None) -> IO[str]:
    """Open a text file, gzip or not, for streaming: UTF-8, or UTF-16/32 with a byte-order mark; gzip
    expansion is bounded by ``limits``."""
    _check_path(path)
    if _is_gzip(path):
        raw = _open_bytes(path, limits)
        first = raw.peek(4)[:4] if isinstance(raw, io.BufferedReader) else b""
        return io.TextIOWrapper(raw, encoding=_encoding_of(first), newline="")
    with path.open("rb") as handle:
        first = handle.read(4)
    return path.open("r", encoding=_encoding_of(first), newline="")


def _open_bytes(path: Path, limits: Limits | None = None) -> IO[bytes]:
    """Open a file's bytes, a gzip one decompressed with its expansion bounded by ``limits``."""
    if _is_gzip(path):
        return io.BufferedReader(_BoundedGzip(path, (limits or Limits()).gzip_ratio), buffer_size=2**16)
    return path.open("rb")


def read_document(path: Path, limits: Limits | None = None) -> str:
    """Return the whole text of a file read as one document, refusing one over ``limits.document_mb``."""
    limits = limits or Limits()
    most = int(limits.document_mb * 2**20)
    with open_text(path, limits) as handle:
        try:
            text = handle.read(most + 1)
        except UnicodeDecodeError as e:
            raise not_utf8(path) from e
    if len(text) > most:
        raise LoadError(
            f"{path}: larger than {limits.document_mb:g} MiB read as one document; split it, or raise "
            "the limit with --limit document-mb=N"
        )
    return text


def not_utf8(path: Path) -> LoadError:
    """Return the error for a file that is not UTF-8, naming its first bad line and byte."""
    line, byte = _first_bad_line(path)
    return LoadError(f"{path}, line {line}: not UTF-8 text (byte 0x{byte:02x}); convert the file to UTF-8")


def _first_bad_line(path: Path) -> tuple[int, int]:
    """Return the number of the first line that is not UTF-8, and its first bad byte.

    The file is read in 64 KiB pieces (a gzip one through the same expansion bound as
    the loaders), so a file of one endless line or a gzip bomb costs no more memory
    here than when it was first read.
    """
    line, carry = 1, b""
    try:
        with _open_bytes(path) as stream:
            while chunk := stream.read(2**16):
                data, carry = carry + chunk, b""
                try:
                    data.decode("utf-8")
                except UnicodeDecodeError as e:
                    if e.end < len(data) or e.reason != "unexpected end of data":
                        return line + data.count(b"\n", 0, e.start), data[e.start]
                    # a character cut by the piece's end: finish it with the next piece
                    data, carry = data[: e.start], data[e.start :]
                line += data.count(b"\n")
    except (EOFError, OSError, zlib.error, LoadError):
        pass
    return line, carry[0] if carry else 0


def iter_lines(
    path: Path, limits: Limits | None = None, report: LoadReport | None = None, strict: bool = False
) -> Iterator[tuple[int, str]]:
    """Yield ``(line_number, line)`` without the newline, naming the line on a decode error.

    A line longer than ``limits.record_mb`` is never held whole: it is read
    through in pieces and rejected in ``report`` (counted as one record read).

    Raises
    ------
    LoadError
        When the file is not UTF-8, a gzip file is truncated or corrupt, or a
        line is too long and there is no report to reject it in (or ``strict``).
    """
    most = (limits or Limits()).record_chars
    number = 0
    with open_text(path, limits) as handle:
        try:
            while True:
                line = handle.readline(most + 1)
                if not line:
                    return
                number += 1
                if len(line) > most and not line.endswith("\n"):
                    while (rest := handle.readline(2**20)) and not rest.endswith("\n"):
                        pass
                    reason = (
                        f"the record is longer than {(limits or Limits()).record_mb:g} MiB; skipped "
                        "(raise with --limit record-mb=N)"
                    )
                    if report is None:
                        raise LoadError(f"{path}, line {number}: {reason}")
                    report.read += 1
                    report.reject(number, reason, strict=strict)
                    continue
                yield number, line.rstrip("\r\n")
        except UnicodeDecodeError as e:
            raise not_utf8(path) from e
        except (EOFError, gzip.BadGzipFile, zlib.error) as e:
            raise LoadError(f"{path}, line {number + 1}: the gzip file is truncated or corrupt") from e


def record_lines(path: Path, options: LoadOptions, report: LoadReport) -> Iterator[tuple[int, int, str]]:
    """Yield ``(line number, record number, line)`` for each line of ``path`` that is not blank, each counted
    read in ``report`` (a line over the record limit is rejected there by :func:`iter_lines`)."""
    record = 0
    for number, line in iter_lines(path, options.limits, report, options.strict):
        if not line.strip():
            continue
        record += 1
        report.read += 1
        yield number, record, line


_SURROGATE = re.compile("[\ud800-\udfff]")
# The JSON escape of a surrogate (\ud800-\udfff); one regex pass is cheaper than two substring tests.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _repair_surrogates(value: Any) -> Any:
    """Return ``value`` with every lone surrogate in its strings replaced by U+FFFD."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_repair_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {_repair_surrogates(k): _repair_surrogates(v) for k, v in value.items()}
    return value


def _depth(value: Any, most: int) -> int:
    """Return the nesting depth of a JSON value, stopping once past ``most``."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if level > deepest:
            deepest = level
            if deepest > most:
                return deepest
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item if isinstance(v, (dict, list)))
    return deepest


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


# One decoder for every record: json.loads with any keyword builds a new one per call.
_DECODER = json.JSONDecoder(parse_constant=_no_constant)


# Text read at a time from a JSON array streamed element by element.
_ARRAY_CHUNK = 1 << 20
# What ends a number, true, false or null in an array; the white space JSON allows between values.
_SCALAR_END = re.compile(r"[\s,\]]")
_JSON_SPACE = re.compile(r"[ \t\r\n]*")


def iter_json_array(
    handle: IO[str], limits: Limits | None = None, report: LoadReport | None = None
) -> Iterator[tuple[int, Any]]:
    """Yield ``(line it starts on, value)`` of each element of the JSON array ``handle`` holds, reading a
    chunk at a time: a dump of a million records is never held whole (``json.loads`` of it was, and refused
    past ``--limit document-mb``). Each element is checked as :func:`load_json` checks a value.

    Raises
    ------
    ValueError
        When the text is not one JSON array, or an element is longer than ``limits.record_mb``.
    """
    limits = limits or Limits()
    most = limits.record_chars
    # the text read and not yet consumed, where in it the next element starts, the line at ``counted`` in it
    buffer, pos, ended = "", 0, False
    line, counted = 1, 0

    def here() -> int:
        """The line at ``pos``, counting on from where the last count stopped (each count from the
        buffer's start made a read of 100k records take twice as long)."""
        nonlocal line, counted
        line += buffer.count("\n", counted, pos)
        counted = pos
        return line

    def more() -> bool:
        nonlocal buffer, pos, counted, ended
        if ended:
            return False
        chunk = handle.read(_ARRAY_CHUNK)
        ended = not chunk
        here()
        buffer, pos, counted = buffer[pos:] + chunk, 0, 0
        return bool(chunk)

    def skip_space() -> str:
        nonlocal pos
        while True:
            pos = _JSON_SPACE.match(buffer, pos).end()  # type: ignore[union-attr]
            if pos < len(buffer) or not more():
                return buffer[pos] if pos < len(buffer) else ""

    too_long = f"an element longer than {limits.record_mb:g} MiB (raise with --limit record-mb=N)"
    if skip_space() != "[":
        raise ValueError("expected a JSON array")
    pos += 1
    first = True
    while True:
        mark = skip_space()
        if mark == "]":
            pos += 1
            break
        if not mark:
            raise ValueError(f"line {here()}: the file ends before the array's ']'")
        if not first:
            if mark != ",":
                raise ValueError(f"line {here()}: expected ',' or ']' after an element")
            pos += 1
            skip_space()
        first = False
        while True:
            if buffer[pos] not in '{["' and not ended and _SCALAR_END.search(buffer, pos) is None:
                if len(buffer) - pos > most:
                    raise ValueError(too_long)
                more()  # a number or a word cut by what is read ("-0." of "-0.5"): read to its end first
                continue
            try:
                value, end = _DECODER.raw_decode(buffer, pos)
            except (RecursionError, ValueError) as e:
                beyond = _past_decoder_limit(e, limits)
                if beyond is not None:
                    raise beyond from e
                # the element may go on past what is read: read on, unless it is already too long
                if not ended and len(buffer) - pos <= most:
                    more()
                    continue
                why = too_long if len(buffer) - pos > most else f"line {here()}: not valid JSON ({e})"
                raise ValueError(why) from e
            break
        if end - pos > most:
            raise ValueError(too_long)
        at = here()
        yield at, checked_json(value, buffer[pos:end], limits, report, at)
        pos = end
    if skip_space():
        raise ValueError(f"line {here()}: text after the JSON array's end")


def load_json(
    text: str, limits: Limits | None = None, report: LoadReport | None = None, line: int | None = None
) -> Any:
    """Parse one JSON value within ``limits``: depth bounded, lone surrogates repaired with a note.

    ``NaN`` and ``Infinity`` (not JSON) are refused. A lone surrogate
    (``"\\ud800"``), which no file can store, becomes U+FFFD and the report
    gets a note naming the line.

    Raises
    ------
    ValueError
        When the text is not JSON, is nested deeper than ``limits.json_depth``,
        or holds a number that is not finite.
    """
    limits = limits or Limits()
    try:
        value = _DECODER.decode(text)
    except (RecursionError, ValueError) as e:
        beyond = _past_decoder_limit(e, limits)
        if beyond is None:
            raise
        raise beyond from e
    return checked_json(value, text, limits, report, line)


def _past_decoder_limit(error: Exception, limits: Limits) -> ValueError | None:
    """Return what to say where the decoder stopped at one of its limits (nesting, a number's digits);
    None where the text is no JSON."""
    if isinstance(error, RecursionError):
        return ValueError(f"nested deeper than {limits.json_depth} levels (raise with --limit json-depth=N)")
    if "integer string conversion" in str(error):
        return ValueError("a number with more than 4,300 digits")
    return None


def checked_json(
    value: Any,
    text: str,
    limits: Limits | None = None,
    report: LoadReport | None = None,
    line: int | None = None,
) -> Any:
    """Return ``value``, decoded from ``text``, as :func:`load_json` does: refused nested deeper than
    ``limits.json_depth``, its lone surrogates repaired with a note."""
    limits = limits or Limits()
    # Depth only matters where brackets are many; counting them runs at C speed.
    if (
        text.count("[") + text.count("{") > limits.json_depth
        and _depth(value, limits.json_depth) > limits.json_depth
    ):
        raise ValueError(f"nested deeper than {limits.json_depth} levels (raise with --limit json-depth=N)")
    if _SURROGATE_ESCAPE.search(text) and _has_surrogate(value):
        value = _repair_surrogates(value)
        if report is not None:
            report.note(line, "a lone surrogate (an unpaired \\ud800-\\udfff escape) replaced by U+FFFD")
    return value


def _has_surrogate(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def clip_field(
    text: str | None, name: str, limits: Limits | None, report: LoadReport | None, line: int | None
) -> str | None:
    """Return ``text`` cut to ``limits.field_chars`` characters, noting the cut in ``report``."""
    most = (limits or Limits()).field_chars
    if text is None or len(text) <= most:
        return text
    if report is not None:
        report.note(
            line, f"{name} cut from {len(text):,} to {most:,} characters (raise with --limit field-chars=N)"
        )
    return text[:most]


DateFields = tuple[str | None, DatePrecision, int | None]

# Month names and their abbreviations, lower case, to the month number.
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?$")
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?(?:\s+(\d{4}))?$")
_MONTH_YEAR = re.compile(r"^([A-Za-z]{3,9})\.?,?\s+(\d{4})$")


def _day(year: int | None, month: int, day: int, listing_year: int | None) -> DateFields:
    """Return the fields of a month and day, with the year given, assumed, or unknown."""
    check_year = year if year is not None else (listing_year if listing_year is not None else 2000)
    try:
        date(check_year, month, day)
    except ValueError as e:
        raise ValueError(f"no such day: {e}") from e
    if year is None and listing_year is None:
        return f"--{month:02d}-{day:02d}", DatePrecision.YEAR_UNKNOWN, None
    return f"{check_year:04d}-{month:02d}-{day:02d}", DatePrecision.DAY, check_year


def _date_parts(parts: object) -> str | None:
    """Return CSL JSON's and Crossref's ``{"date-parts": [[2021, 6, 17]]}`` as ``2021-06-17`` (None: no year).

    Raises
    ------
    ValueError
        When the parts are not numbers of a date.
    """
    first = parts[0] if isinstance(parts, list) and parts and isinstance(parts[0], list) else None
    if not first or first[0] in (None, ""):
        return None
    try:
        numbers = [int(str(part)) for part in first[:3]]
    except ValueError as e:
        raise ValueError(f"expected date-parts of numbers, got {first!r}") from e
    return "-".join([f"{numbers[0]:04d}", *(f"{n:02d}" for n in numbers[1:])])


def parse_date(raw: object, year: int | None = None) -> DateFields:
    """Read a publication date in any common form, at the precision it gives.

    Parameters
    ----------
    raw
        ``2023-05-23``, ``2023/05/23``, ``2023-05``, ``2023`` (or the int 2023),
        CSL JSON's and Crossref's ``{"date-parts": [[2023, 5, 23]]}``, ISO date-times, ``May 23, 2023``, ``23 May 2023``, ``May 2023``, RFC 2822
        (``Mon, 2 Apr 2007 19:18:42 GMT``), or a month and day without a year
        (``May 26``).
    year
        The year to assume when the text has none (the listing year); without
        it such a date stays year-unknown (``--05-26``).

    Returns
    -------
    tuple
        ``(published, precision, year)``; ``(None, UNKNOWN, None)`` for empty input.

    Raises
    ------
    ValueError
        When the text is not a date this function knows.

    Examples
    --------
    >>> parse_date("May 26")
    ('--05-26', <DatePrecision.YEAR_UNKNOWN: 'year-unknown'>, None)
    >>> parse_date("May 26", year=2025)[0]
    '2025-05-26'
    """
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None, DatePrecision.UNKNOWN, None
    if isinstance(raw, int) and not isinstance(raw, bool) and 1000 <= raw <= 9999:
        return f"{raw:04d}", DatePrecision.YEAR, raw
    if isinstance(raw, dict) and "date-parts" in raw:
        raw = _date_parts(raw["date-parts"])
        if raw is None:
            return None, DatePrecision.UNKNOWN, None
    if not isinstance(raw, str):
        raise ValueError(f"expected a date, got {raw!r}")
    text = " ".join(raw.split())
    match = _ISO.match(text)
    if match:
        year_s, month_s, day_s = match.groups()
        found = int(year_s)
        if day_s and month_s:
            return _day(found, int(month_s), int(day_s), None)
        if month_s:
            if not 1 <= int(month_s) <= 12:
                raise ValueError(f"no such month in {raw!r}")
            return f"{found:04d}-{int(month_s):02d}", DatePrecision.MONTH, found
        return f"{found:04d}", DatePrecision.YEAR, found
    match = _MONTH_DAY_YEAR.match(text)
    if match and match.group(1).lower() in MONTHS:
        given = int(match.group(3)) if match.group(3) else None
        return _day(given, MONTHS[match.group(1).lower()], int(match.group(2)), year)
    match = _DAY_MONTH_YEAR.match(text)
    if match and match.group(2).lower() in MONTHS:
        given = int(match.group(3)) if match.group(3) else None
        return _day(given, MONTHS[match.group(2).lower()], int(match.group(1)), year)
    match = _MONTH_YEAR.match(text)
    if match and match.group(1).lower() in MONTHS:
        found = int(match.group(2))
        return f"{found:04d}-{MONTHS[match.group(1).lower()]:02d}", DatePrecision.MONTH, found
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError) as e:
        raise ValueError(f"expected a date such as 2023-05-23 or May 23, 2023, got {raw!r}") from e
    return parsed.date().isoformat(), DatePrecision.DAY, parsed.year
