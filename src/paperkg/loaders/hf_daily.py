"""The Hugging Face Daily Papers listing, saved from the browser as text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from paperkg.loaders.base import Limits, LoadOptions, LoadReport, iter_lines, parse_date
from paperkg.loaders.text import repair_field
from paperkg.models import Paper

__all__ = ["FORMAT", "load", "load_hf_daily", "sniff"]

FORMAT = "hf-daily"

# An entry is: title, abstract (one or more paragraphs), "• N authors", "·", and a date
# line with an optional upvote count: "May 23, 2023 1", "May 26 2", "Feb 4".
_AUTHORS = re.compile(r"^[•·]?\s*(\d+)\s+authors?$")
_SEPARATOR = re.compile(r"^[·•]$")
_DATE_LINE = re.compile(r"^([A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)(?: (\d+))?$")
# The listing's own date under the page header ("Oct 21"), and the page chrome around entries.
_LISTING_DATE = re.compile(r"^[A-Z][a-z]{2} \d{1,2}$")
_CHROME = frozenset(
    {
        "new",
        "Get trending papers in your email inbox!",
        "Subscribe",
        "Daily Papers",
        "byAK and the research community",
        "Submit",
        "Load more",
        "Previous",
        "Next",
        "Search",
        "Sign Up",
        "Log In",
        "Papers",
        "Models",
        "Datasets",
        "Spaces",
        "Posts",
        "Docs",
        "Pricing",
    }
)
# A block after the last entry holding a line this long is a cut-off entry, not chrome.
_MIN_ABSTRACT = 200


def sniff(head: str, fmt: str = FORMAT) -> bool:
    """Return True for a Daily Papers listing: "• N authors" lines followed by "·" and a date."""
    lines = [line.strip() for line in head.splitlines() if line.strip()]
    for i, line in enumerate(lines[:-2]):
        if _AUTHORS.match(line) and _SEPARATOR.match(lines[i + 1]) and _DATE_LINE.match(lines[i + 2]):
            return True
    return "Daily Papers" in lines[:20] and any(_AUTHORS.match(line) for line in lines)


@dataclass
class _Entry:
    """The lines of one listing entry, with where it started."""

    lines: list[tuple[int, str]] = field(default_factory=list)
    n_authors: int | None = None
    date: str | None = None
    upvotes: int | None = None


def _strip_chrome(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Drop the page chrome in front of the first entry (header, listing date)."""
    start = 0
    for i, (_, text) in enumerate(lines):
        if text in _CHROME or _LISTING_DATE.match(text):
            start = i + 1
    return lines[start:]


def _entries(
    path: Path, limits: Limits | None = None, report: LoadReport | None = None, strict: bool = False
) -> Iterator[tuple[_Entry | None, list[tuple[int, str]]]]:
    """Yield each complete entry, then ``(None, lines)`` for what follows the last one."""
    block: list[tuple[int, str]] = []
    pending: _Entry | None = None
    first = True
    for number, raw in iter_lines(path, limits, report, strict):
        text = raw.strip()
        if not text:
            continue
        if pending is not None:
            # After "• N authors": skip the "·", then an optional date line ends the entry.
            if _SEPARATOR.match(text):
                continue
            match = _DATE_LINE.match(text)
            if match:
                pending.date = match.group(1)
                pending.upvotes = int(match.group(2)) if match.group(2) else None
                yield pending, []
                pending = None
                continue
            yield pending, []
            pending = None
        authors = _AUTHORS.match(text)
        if authors:
            lines = _strip_chrome(block) if first else block
            first = False
            pending = _Entry(lines=lines, n_authors=int(authors.group(1)))
            block = []
            continue
        block.append((number, text))
    if pending is not None:
        yield pending, []
    yield None, _strip_chrome(block) if first else block


def load(path: Path, options: LoadOptions, report: LoadReport, fmt: str = FORMAT) -> Iterator[Paper]:
    """Stream the papers of a Daily Papers listing; see :func:`load_hf_daily`."""
    record = 0
    for entry, rest in _entries(path, options.limits, report, options.strict):
        if entry is None:
            # Trailing chrome is ignored; an entry cut off before its author line is not.
            if any(len(text) >= _MIN_ABSTRACT for _, text in rest):
                record += 1
                report.read += 1
                report.reject(
                    rest[0][0],
                    "entry cut off: a title and abstract with no '• N authors' and date lines after them",
                    strict=options.strict,
                )
            continue
        record += 1
        report.read += 1
        if not entry.lines:
            report.reject(None, f"entry {record} has no title or abstract", strict=options.strict)
            continue
        line = entry.lines[0][0]
        title, title_raw = repair_field(entry.lines[0][1])
        body = "\n\n".join(text for _, text in entry.lines[1:])
        abstract, abstract_raw = repair_field(body) if body else (None, None)
        try:
            published, precision, year = parse_date(entry.date, options.year)
            paper = Paper(
                title=title,
                title_raw=title_raw,
                abstract=abstract,
                abstract_raw=abstract_raw,
                n_authors=entry.n_authors,
                published=published,
                date_precision=precision,
                year=year,
                upvotes=entry.upvotes,
                provenance=[report.provenance(record=record, line=line)],
            )
        except (ValueError, ValidationError) as e:
            report.reject(line, f"entry {title!r}: {e}", strict=options.strict)
            continue
        yield paper


def load_hf_daily(
    path: str | Path, options: LoadOptions | None = None, report: LoadReport | None = None
) -> Iterator[Paper]:
    """Stream the papers of a Hugging Face Daily Papers listing saved as text.

    The page chrome (header, listing date, footer) is skipped. Each entry gives
    a title, an abstract, ``n_authors`` from "• N authors", the date and the
    upvote count from a line such as "May 23, 2023 1". A date without a year
    ("May 26 2") is year-unknown unless ``options.year`` gives the listing's year.

    Parameters
    ----------
    path
        The saved listing.
    options
        ``year`` (the listing year) and ``strict``.
    report
        Filled in with records read and rejected.

    Returns
    -------
    Iterator[Paper]
        One paper per entry, in page order.

    Raises
    ------
    LoadError
        When the file cannot be read, or with ``strict`` at the first bad entry.

    Examples
    --------
    >>> papers = list(load_hf_daily("examples/hf-daily-papers-optimizers.txt"))  # doctest: +SKIP
    >>> papers[0].label  # doctest: +SKIP
    'Sophia: A Scalable Stochastic Second-order Optimizer for Language Model Pre-training'
    """
    path = Path(path)
    report = LoadReport.for_file(path, report, FORMAT)
    return load(path, options or LoadOptions(), report)
