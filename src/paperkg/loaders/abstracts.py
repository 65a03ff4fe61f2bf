"""Bare abstracts, one per line: no title, no id, no date."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

from paperkg.loaders.base import LoadOptions, LoadReport, clip_field, head_lines, record_lines
from paperkg.loaders.text import repair_field
from paperkg.models import Paper

__all__ = ["FORMAT", "MIN_WORDS", "load", "load_abstracts", "sniff"]

FORMAT = "abstracts"
# A line shorter than this is a heading or a stray fragment, not an abstract.
MIN_WORDS = 8
_FIELD = r"\s*\"?[\w.\-]+(?: [\w.\-]+){0,2}\"?\s*"
# Column names: two or more fields of at most three words, separated by , ; or a tab.
_TABLE_HEADER = re.compile(rf"^{_FIELD}(?:[,;\t]{_FIELD})+$")


def sniff(head: str, fmt: str = FORMAT) -> bool:
    """Return True when the text holds prose lines (the last-resort format).

    Detection tries every other format first, so this only asks whether most
    non-empty lines read as sentences of at least :data:`MIN_WORDS` words.
    """
    complete = head_lines(head)
    if not complete:
        return False
    if _TABLE_HEADER.match(complete[0]):
        # A header row of column names: a CSV whose columns we do not know, not prose.
        return False
    if sum(line.startswith("{") for line in complete) * 2 > len(complete):
        # JSON records that do not parse, not prose
        return False
    prose = sum(1 for line in complete if len(line.split()) >= MIN_WORDS)
    return prose * 2 > len(complete)


def load(path: Path, options: LoadOptions, report: LoadReport, fmt: str = FORMAT) -> Iterator[Paper]:
    """Stream one paper per non-empty line; see :func:`load_abstracts`."""
    for number, record, line in record_lines(path, options, report):
        words = len(line.split())
        if words < MIN_WORDS:
            report.reject(
                number,
                f"{words} words is too short for an abstract (expected one abstract of {MIN_WORDS}+ words per line)",
                strict=options.strict,
            )
            continue
        abstract, abstract_raw = repair_field(clip_field(line, "abstract", options.limits, report, number))
        try:
            paper = Paper(
                abstract=abstract,
                abstract_raw=abstract_raw,
                provenance=[report.provenance(record=record, line=number)],
            )
        except (ValueError, ValidationError) as e:
            report.reject(number, str(e), strict=options.strict)
            continue
        yield paper


def load_abstracts(
    path: str | Path, options: LoadOptions | None = None, report: LoadReport | None = None
) -> Iterator[Paper]:
    """Stream papers from a file of bare abstracts, one per line.

    Each paper has no title and no date; its label is the name the abstract
    introduces ("We present Lightning Attention, ..." gives "Lightning
    Attention"), else its first words. Lines too short to be an abstract are
    rejected.

    Parameters
    ----------
    path
        The text file.
    options
        ``strict`` makes a short line fatal.
    report
        Filled in with records read and rejected.

    Returns
    -------
    Iterator[Paper]
        One paper per non-empty line.

    Raises
    ------
    LoadError
        When the file cannot be read, or with ``strict`` at the first bad line.
    """
    path = Path(path)
    report = LoadReport.for_file(path, report, FORMAT)
    return load(path, options or LoadOptions(), report)
