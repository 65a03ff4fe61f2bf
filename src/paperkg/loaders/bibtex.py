"""BibTeX as Zotero, Mendeley and Google Scholar export it, parsed by bibtexparser 2 with LaTeX decoded."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from paperkg.exceptions import MissingDependency
from paperkg.loaders.base import MONTHS, Limits, LoadOptions, LoadReport, clip_field, read_document
from paperkg.loaders.records import (
    arxiv_from_doi,
    arxiv_from_url,
    arxiv_in_text,
    check_filters,
    date_fields,
    passes_filters,
    pmc_id,
    squash,
)
from paperkg.loaders.text import abstract_body
from paperkg.models import DatePrecision, Paper, Provenance, split_arxiv_version

__all__ = ["FORMAT", "load", "load_bibtex", "paper_from_bibtex", "sniff"]

FORMAT = "bibtex"
_ENTRY = re.compile(r"^\s*@\s*[A-Za-z]+\s*[{(]\s*[^\s,{}()]*\s*,", re.M)
# What LaTeX reads as markup in text: a macro, a group, math, a comment, an alignment tab, a tie,
# sub- and superscripts, a parameter, and the ligatures pylatexenc turns into dashes, quotes and
# inverted marks. A value with none of them decodes to itself (but for its whitespace, which every
# field's squash evens out): pylatexenc, read character by character, took 4 ms an entry, most of
# a BibTeX load (80 of 99 s for 20k entries). Checked on 232k titles, abstracts, seed lines and
# random strings of the characters around these (tests/test_sources_bibtex.py checks a sample).
LATEX_MARKUP = re.compile(r"[\\{}$%&~^_#]|--|``|''|!`|\?`")


def sniff(head: str, fmt: str = FORMAT) -> bool:
    """Return True when an ``@type{key,`` entry starts a line."""
    return bool(_ENTRY.search(head))


def _field(fields: dict[str, Any], name: str) -> str | None:
    value = fields.get(name)
    return squash(value) if isinstance(value, str) else None


def _arxiv_id(fields: dict[str, Any], doi: str | None) -> str | None:
    eprint = _field(fields, "eprint")
    prefix = (_field(fields, "archiveprefix") or _field(fields, "eprinttype") or "").lower()
    if eprint and (prefix == "arxiv" or not prefix):
        try:
            return split_arxiv_version(eprint)[0]
        except ValueError:
            pass
    found = arxiv_from_doi(doi) or arxiv_from_url(_field(fields, "url"))
    if found:
        return found
    for name in ("journal", "note", "howpublished"):
        found = arxiv_in_text(_field(fields, name))
        if found:
            return found
    return None


def _ids(fields: dict[str, Any]) -> dict[str, str]:
    """The PubMed ids an entry gives: ``pmid = {34265844}`` (Zotero's Better BibTeX, JabRef), or BibLaTeX's
    ``eprint`` with ``eprinttype = {pubmed}``; ``pmcid = {PMC8371605}``."""
    ids: dict[str, str] = {}
    pmid = _field(fields, "pmid")
    if not pmid and (_field(fields, "eprinttype") or "").lower() in ("pubmed", "pmid"):
        pmid = _field(fields, "eprint")
    if pmid and pmid.strip().isdigit():
        ids["pubmed"] = pmid.strip()
    if (central := pmc_id(_field(fields, "pmcid"))) is not None:
        ids["pmc"] = central
    return ids


def _authors(value: object) -> list[str]:
    names = []
    for person in value if isinstance(value, list) else []:
        parts = [*getattr(person, "first", []), *getattr(person, "von", []), *getattr(person, "last", [])]
        jr = getattr(person, "jr", [])
        name = " ".join(parts) + (", " + " ".join(jr) if jr else "")
        name = squash(name) or ""
        # "and others" is BibTeX for et al., not a person.
        if name and name.lower() != "others":
            names.append(name)
    return names


def _date(fields: dict[str, Any]) -> tuple[str | None, DatePrecision, int | None]:
    date = _field(fields, "date")
    if date:
        found = date_fields(date)
        if found[0]:
            return found
    year = _field(fields, "year")
    if not year or not re.fullmatch(r"\d{4}", year):
        return None, DatePrecision.UNKNOWN, None
    month_raw = (_field(fields, "month") or "").lower().rstrip(".")
    month = MONTHS.get(month_raw) or (
        int(month_raw) if month_raw.isdigit() and 1 <= int(month_raw) <= 12 else 0
    )
    if month:
        return f"{year}-{month:02d}", DatePrecision.MONTH, int(year)
    return year, DatePrecision.YEAR, int(year)


def _venue(fields: dict[str, Any]) -> str | None:
    for name in ("journal", "journaltitle", "booktitle"):
        venue = _field(fields, name)
        if venue and not re.match(r"^(?:arxiv|corr)\b", venue, re.I):
            return venue
    return None


def paper_from_bibtex(fields: dict[str, Any], provenance: Provenance) -> Paper:
    """Turn the decoded fields of one BibTeX entry (lower-case keys) into a Paper.

    Raises
    ------
    ValueError
        When the entry has no title, DOI, arXiv id or abstract.
    """
    doi = _field(fields, "doi")
    arxiv_id = _arxiv_id(fields, doi)
    title = _field(fields, "title")
    abstract = abstract_body(_field(fields, "abstract"))
    if not (arxiv_id or doi or title or abstract):
        raise ValueError("the entry has no title, DOI, arXiv id or abstract")
    published, precision, year = _date(fields)
    categories = [c for c in [_field(fields, "primaryclass")] if c]
    url = _field(fields, "url")
    return Paper(
        arxiv_id=arxiv_id,
        doi=doi,
        title=title,
        abstract=abstract,
        authors=_authors(fields.get("author")),
        published=published,
        date_precision=precision,
        year=year,
        categories=categories,
        venue=_venue(fields),
        url=url or (f"https://arxiv.org/abs/{arxiv_id}" if arxiv_id else None),
        external_ids=_ids(fields),
        provenance=[provenance],
    )


def _parse(text: str, limits: Limits | None = None, report: LoadReport | None = None) -> Any:
    try:
        from bibtexparser import entrypoint, middlewares
    except ImportError as e:
        raise MissingDependency(
            "reading BibTeX needs bibtexparser 2; install it with: pip install 'paperkg[sources]'"
        ) from e
    # The splitter logs each broken block to stderr; the load report already names it.
    splitter_log = logging.getLogger("bibtexparser.splitter")
    if not any(isinstance(h, logging.NullHandler) for h in splitter_log.handlers):
        splitter_log.addHandler(logging.NullHandler())
        splitter_log.propagate = False
    library = entrypoint.parse_string(text)
    # LaTeX decoding takes seconds per 100 KB: cut an oversized field first (20 s for a 0.5 MB one).
    most = (limits or Limits()).field_chars
    for entry in library.entries:
        for item in entry.fields:
            if isinstance(item.value, str) and len(item.value) > most:
                where = entry.start_line + 1 if entry.start_line is not None else None
                item.value = clip_field(item.value, item.key.lower(), limits, report, where)
    for middleware in (
        _plain_kept(middlewares.LatexDecodingMiddleware)(),
        middlewares.SeparateCoAuthors(),
        middlewares.SplitNameParts(),
    ):
        library = middleware.transform(library)
    return library


def _plain_kept(decoding: type[Any]) -> type[Any]:
    """Return bibtexparser's LaTeX decoding middleware made to pass a value with no markup (:data:`LATEX_MARKUP`) as it is."""

    class PlainKept(decoding):  # type: ignore[misc]
        def _transform_python_value_string(self, python_string: str) -> tuple[str, str]:
            if LATEX_MARKUP.search(python_string) is None:
                return python_string, ""
            result: tuple[str, str] = super()._transform_python_value_string(python_string)
            return result

    return PlainKept


def load(path: Path, options: LoadOptions, report: LoadReport, fmt: str = FORMAT) -> Iterator[Paper]:
    """Yield the papers of a BibTeX file; blocks the parser cannot read are rejected with their line."""
    check_filters(options)
    text = read_document(path, options.limits)
    library = _parse(text, options.limits, report)
    rows: list[tuple[int, bool, Any]] = [(e.start_line + 1, False, e) for e in library.entries]
    rows += [(b.start_line + 1, True, b) for b in library.failed_blocks]
    for record_no, (line, failed, block) in enumerate(sorted(rows, key=lambda row: row[0]), start=1):
        report.read += 1
        if failed:
            error = getattr(block, "error", None)
            reason = str(getattr(error, "abort_reason", "") or error or "cannot parse this block")
            report.reject(
                line, f"not a valid BibTeX entry: {' '.join(reason.split())}", strict=options.strict
            )
            continue
        fields = {f.key.lower(): f.value for f in block.fields}
        try:
            paper = paper_from_bibtex(fields, report.provenance(record=record_no, line=line))
        except ValueError as e:
            report.reject(
                line, f"@{block.entry_type}{{{block.key}}}: {str(e).splitlines()[0]}", strict=options.strict
            )
            continue
        if not passes_filters(paper, options):
            report.filtered += 1
            continue
        yield paper


def load_bibtex(
    path: str | Path, options: LoadOptions | None = None, report: LoadReport | None = None
) -> Iterator[Paper]:
    """Yield the papers of a BibTeX file (Zotero, Mendeley, Google Scholar exports).

    Parameters
    ----------
    path
        The ``.bib`` file, UTF-8, plain or gzip.
    options
        Filters and strictness.
    report
        Filled in as the file is read.

    Returns
    -------
    Iterator[Paper]
        One paper per entry: title and authors with LaTeX accents and braces
        decoded (``M{\\"o}ller`` becomes ``Möller``), year and month, DOI, the
        arXiv id from ``eprint``/``archivePrefix`` (or an arXiv DOI, URL or
        ``journal = {arXiv preprint arXiv:...}``), abstract, journal or booktitle.

    Raises
    ------
    MissingDependency
        When bibtexparser is not installed.
    LoadError
        When the file is not UTF-8, or with ``strict`` at the first bad entry.
    """
    path = Path(path)
    report = LoadReport.for_file(path, report, FORMAT)
    yield from load(path, options or LoadOptions(), report)
