"""Tagged records: RIS as Zotero, Mendeley, EndNote, Scopus and Web of Science export it (a record from TY to
ER), Web of Science's plain-text export (``wos``: from PT to ER, a field's further lines indented), and
PubMed's (``medline``: the MEDLINE format of "Save: PubMed format", a record from PMID to the next)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from pydantic import ValidationError

from paperkg.loaders.base import MONTHS, LoadOptions, LoadReport, clip_field, iter_lines
from paperkg.loaders.records import (
    arxiv_from_doi,
    arxiv_from_url,
    arxiv_in_text,
    check_filters,
    date_fields,
    given_first,
    passes_filters,
    pmc_id,
    squash,
)
from paperkg.loaders.text import repair_abstract, repair_field
from paperkg.models import DatePrecision, Paper, Provenance

__all__ = ["FORMAT", "MEDLINE", "WOS", "load", "load_ris", "paper_from_ris", "sniff"]

FORMAT = "ris"
WOS = "wos"
MEDLINE = "medline"
# "TY  - JOUR": a tag of two capitals (or a capital and a digit), two spaces (one in some writers), a dash.
_TAG = re.compile(r"^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$")
_START = re.compile(r"^TY {1,2}- ?\S", re.M)
# An arXiv category among the keywords (cs.LG, stat.ML, math.OC): what paperkg's own RIS export writes there.
_CATEGORY = re.compile(r"^[a-z][a-z\-]*\.[A-Z][A-Za-z]$")
# The tags each field is read from, the first present winning (RIS writers differ: T1/Y1/N2 are older).
_TITLE = ("TI", "T1", "CT", "BT")
_ABSTRACT = ("AB", "N2")
_AUTHORS = ("AU", "A1")
_VENUE = ("JO", "JF", "T2", "JA", "J2", "BT")

Fields = dict[str, list[str]]


# Web of Science plain text: "FN Clarivate Analytics Web of Science" / "VR 1.0", then records of "PT J" ... "ER".
_WOS_TAG = re.compile(r"^([A-Z][A-Z0-9])(?: (.*))?$")
_WOS_START = re.compile(r"^PT [A-Z]\s*$", re.M)
# The fields whose further lines are further values (one author a line), not the same text going on.
_WOS_LISTS = frozenset({"AU", "AF", "BA", "BF", "CA", "GP", "CR", "C1", "EM", "RI", "OI"})


# PubMed's MEDLINE format: "PMID- 34265844", "TI  - ...", "FAU - Jumper, John": a tag of up to four
# capitals padded to four, a dash; a field's further lines indented six spaces; no ER.
_MEDLINE_TAG = re.compile(r"^([A-Z][A-Z0-9]{1,3}) {0,2}- ?(.*)$")
_MEDLINE_START = re.compile(r"^PMID- ?\d+\s*$", re.M)
# "10.1038/s41586-021-03819-2 [doi]" among LID and AID's identifiers
_MEDLINE_DOI = re.compile(r"^(\S+)\s*\[doi\]$", re.I)


def sniff(head: str, fmt: str = FORMAT) -> bool:
    """Return True when a ``TY  - TYPE`` line starts a record (``ris``), a ``PT J`` line with ``TI`` and
    ``ER`` lines (``wos``), or a ``PMID- 123`` line with ``TI`` or ``AB`` fields (``medline``)."""
    if fmt == WOS:
        return bool(_WOS_START.search(head)) and bool(re.search(r"^(?:TI|AU) \S", head, re.M))
    if fmt == MEDLINE:
        return bool(_MEDLINE_START.search(head)) and bool(re.search(r"^(?:TI|AB)  - ", head, re.M))
    return bool(_START.search(head))


def _first(fields: Fields, tags: tuple[str, ...]) -> str | None:
    for tag in tags:
        for value in fields.get(tag, ()):
            text = squash(value)
            if text:
                return text
    return None


def _date(fields: Fields) -> tuple[str | None, DatePrecision, int | None]:
    """The most precise of DA, Y1 and PY (``2021/06/17/``, ``2021/06//``, ``2021``) as an ISO date; a day
    without its year (``/05/26/``, as paperkg exports a date its source gave so) completes a year alone, or
    is a date of unknown year (``--05-26``)."""
    best: tuple[str | None, DatePrecision, int | None] = (None, DatePrecision.UNKNOWN, None)
    day_only: str | None = None
    for tag in ("DA", "Y1", "PY"):
        for value in fields.get(tag, ()):
            parts = [p.strip() for p in value.split("/")]
            day_only = _day_without_year(parts) or day_only
            if not re.fullmatch(r"\d{4}", parts[0]):
                continue
            iso = parts[0]
            if len(parts) > 1 and re.fullmatch(r"\d{1,2}", parts[1]) and 1 <= int(parts[1]) <= 12:
                iso += f"-{int(parts[1]):02d}"
                if len(parts) > 2 and re.fullmatch(r"\d{1,2}", parts[2]) and 1 <= int(parts[2]) <= 31:
                    iso += f"-{int(parts[2]):02d}"
            found = date_fields(iso)
            if found[0] and (best[0] is None or len(found[0]) > len(best[0])):
                best = found
    if day_only is not None and best[0] is None:
        best = (f"--{day_only}", DatePrecision.YEAR_UNKNOWN, None)
    elif day_only is not None and best[1] == DatePrecision.YEAR:
        best = date_fields(f"{best[0]}-{day_only}")
    return best


def _day_without_year(parts: list[str]) -> str | None:
    """Return ``MM-DD`` of a date written ``/MM/DD/`` (no year), else None."""
    if parts[0] or len(parts) < 3 or not re.fullmatch(r"\d{2}/\d{2}", f"{parts[1]}/{parts[2]}"):
        return None
    return f"{parts[1]}-{parts[2]}" if 1 <= int(parts[1]) <= 12 and 1 <= int(parts[2]) <= 31 else None


def _arxiv_id(fields: Fields, doi: str | None) -> str | None:
    found = arxiv_from_doi(doi)
    if found:
        return found
    for tag in ("UR", "L1", "L2"):
        for url in fields.get(tag, ()):
            found = arxiv_from_url(url)
            if found:
                return found
    # paperkg's own export writes its id (arxiv:2106.09685) in ID; notes and venues say "arXiv:2106.09685"
    for tag in ("ID", "AN", "N1", "JO", "T2", "M3"):
        for value in fields.get(tag, ()):
            found = arxiv_in_text(value)
            if found:
                return found
    return None


def _venue(fields: Fields) -> str | None:
    for tag in _VENUE:
        for value in fields.get(tag, ()):
            venue = squash(value)
            if venue and not re.match(r"^(?:arxiv|corr)\b", venue, re.I):
                return venue
    return None


def paper_from_ris(fields: Fields, provenance: Provenance, options: LoadOptions, report: LoadReport) -> Paper:
    """Turn the fields of one RIS record (tag -> its values, in order) into a Paper.

    Raises
    ------
    ValueError
        When the record has no title, abstract, DOI or arXiv id.
    """
    line = provenance.line
    doi = _first(fields, ("DO",))
    if doi:
        doi = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", doi, flags=re.I) or None
    arxiv_id = _arxiv_id(fields, doi)
    title, title_raw = repair_field(clip_field(_first(fields, _TITLE), "title", options.limits, report, line))
    # an abstract some writers break over several lines: its lines are joined
    abstract_text = next(
        (squash(" ".join(fields[tag])) for tag in _ABSTRACT if any(v.strip() for v in fields.get(tag, ()))),
        None,
    )
    abstract, abstract_raw = repair_abstract(
        clip_field(abstract_text, "abstract", options.limits, report, line)
    )
    if not (title or abstract or doi or arxiv_id):
        raise ValueError("the record has no title, abstract, DOI or arXiv id")
    pmid = _first(fields, ("PMID",))
    authors = [given_first(name) for tag in _AUTHORS for value in fields.get(tag, ()) if (name := squash(value))]
    published, precision, year = _date(fields)
    url = _first(fields, ("UR",))
    return Paper(
        arxiv_id=arxiv_id,
        doi=doi,
        title=title,
        title_raw=title_raw,
        abstract=abstract,
        abstract_raw=abstract_raw,
        authors=authors,
        published=published,
        date_precision=precision,
        year=year,
        categories=[c for c in (squash(k) or "" for k in fields.get("KW", ())) if _CATEGORY.match(c)],
        venue=_venue(fields),
        url=url or (f"https://arxiv.org/abs/{arxiv_id}" if arxiv_id else None),
        external_ids=_ids(pmid, _first(fields, ("AN",)), _first(fields, ("PMC",))),
        provenance=[provenance],
    )


def _ids(pmid: str | None, accession: str | None, pmc: str | None = None) -> dict[str, str]:
    """The ids a record gives: its PMID and PMCID (MEDLINE), and a Web of Science accession number
    ("WOS:000691453400017", in WoS's RIS and plain-text exports), by which commands then find the paper."""
    ids = {"pubmed": pmid} if pmid else {}
    if (central := pmc_id(pmc)) is not None:
        ids["pmc"] = central
    if accession and accession.upper().startswith("WOS:") and accession[4:].strip():
        ids["wos"] = accession[4:].strip()
    return ids


def _records(
    path: Path,
    options: LoadOptions,
    report: LoadReport,
    tagged: re.Pattern[str] = _TAG,
    first: str = "TY",
    lists: frozenset[str] = frozenset(),
    continued: Callable[[str], bool] = lambda line: bool(line.strip()),
    ended: bool = True,
) -> Iterator[tuple[int, Fields]]:
    """Yield ``(line of its first tag, fields)`` for each record, from a ``first`` tag to ER (where
    ``ended``; else to the next ``first`` tag, as MEDLINE's records run).

    A line ``continued`` says goes on (RIS: any untagged line with text; Web of Science and
    MEDLINE: an indented one) adds to the field before: the same text going on, or for a tag of
    ``lists`` its next value (one author a line).
    """
    fields: Fields | None = None
    start = 0
    last: str | None = None
    for number, line in iter_lines(path, options.limits, report, options.strict):
        line = line.rstrip("\r")
        match = tagged.match(line)
        if match is None:
            if fields is not None and last is not None and continued(line):
                values = fields[last]
                if last in lists:
                    values.append(line.strip())
                else:
                    values[-1] = f"{values[-1]} {line.strip()}"
            continue
        tag, value = match.group(1), match.group(2) or ""
        if tag == first:
            if fields is not None:  # a record with no ER before the next one
                yield start, fields
            # its value kept: MEDLINE's first tag is the record's PMID
            fields, start, last = {tag: [value]}, number, None
        elif tag == "ER":
            if fields is not None:
                yield start, fields
            fields, last = None, None
        elif fields is not None:
            fields.setdefault(tag, []).append(value)
            last = tag
    if fields is not None:
        if ended:
            report.note(start, "the last record has no ER line; read to the end of the file")
        yield start, fields


def _wos_records(path: Path, options: LoadOptions, report: LoadReport) -> Iterator[tuple[int, Fields]]:
    """Yield ``(line of its PT, fields)`` of each Web of Science record, its tags read as RIS's."""
    for start, fields in _records(
        path, options, report, _WOS_TAG, "PT", _WOS_LISTS, lambda line: line.startswith("   ")
    ):
        yield start, _as_ris(fields)


def _as_ris(fields: Fields) -> Fields:
    """Web of Science's tags as RIS's: full names (AF) else AU, SO the venue, DI the DOI, PD with PY a date."""
    ris: Fields = {tag: fields[tag] for tag in ("TI", "AB", "PY") if tag in fields}
    ris["AU"] = fields.get("AF") or fields.get("AU") or []
    for wos, tag in (("SO", "JO"), ("DI", "DO"), ("UT", "AN"), ("PM", "PMID")):
        if wos in fields:
            ris[tag] = fields[wos]
    year = next((y.strip() for y in fields.get("PY", ()) if re.fullmatch(r"\s*\d{4}\s*", y)), None)
    # PD: "JUN 17", "JUN", "2021" or "SPR"
    words = (fields.get("PD") or [""])[0].lower().split()
    month = MONTHS.get(words[0].rstrip(".")) if words else None
    if year and month:
        day = words[1] if len(words) > 1 and words[1].isdigit() else ""
        ris["DA"] = [f"{year}/{month:02d}/{day}/"]
    return ris


def _medline_records(path: Path, options: LoadOptions, report: LoadReport) -> Iterator[tuple[int, Fields]]:
    """Yield ``(line of its PMID, fields)`` of each PubMed record, its tags read as RIS's."""
    for start, fields in _records(
        path,
        options,
        report,
        _MEDLINE_TAG,
        "PMID",
        continued=lambda line: line.startswith(" " * 6),
        ended=False,
    ):
        yield start, _medline_as_ris(fields)


def _medline_as_ris(fields: Fields) -> Fields:
    """PubMed's tags as RIS's: the title without the full stop PubMed ends it with, full names (FAU) else
    AU's "Jumper J", the DOI among LID and AID, the electronic publication's day (DEP) else DP's month,
    the journal's title (JT, TA), and the PMID."""
    ris: Fields = {tag: fields[tag] for tag in ("AB",) if tag in fields}
    titles = fields.get("TI") or fields.get("BTI") or []
    ris["TI"] = [re.sub(r"(?<!\.)\.$", "", t.strip()) for t in titles]
    ris["AU"] = fields.get("FAU") or [_initials_last(name) for name in fields.get("AU", ())]
    ris["AU"] += fields.get("CN", [])
    ids = fields.get("LID", []) + fields.get("AID", [])
    dois = [m.group(1) for value in ids if (m := _MEDLINE_DOI.match(value.strip()))]
    if dois:
        ris["DO"] = dois[:1]
    electronic = next((d.strip() for d in fields.get("DEP", ()) if re.fullmatch(r"\s*\d{8}\s*", d)), None)
    if electronic:
        ris["DA"] = [f"{electronic[:4]}/{electronic[4:6]}/{electronic[6:]}/"]
    words = (fields.get("DP") or [""])[0].split()
    if words and re.fullmatch(r"\d{4}", words[0]):
        ris["PY"] = [words[0]]
        month = MONTHS.get(words[1][:3].lower()) if len(words) > 1 else None
        day = words[2] if len(words) > 2 and words[2].isdigit() else ""
        if month and not electronic:
            ris["DA"] = [f"{words[0]}/{month:02d}/{day}/"]
    if fields.get("JT") or fields.get("TA"):
        ris["JO"] = fields.get("JT") or fields["TA"]
    if fields.get("PMID"):
        ris["PMID"] = fields["PMID"]
    # "PMC - PMC8371605": the PubMed Central id, as the pubmed-xml loader keeps it
    if fields.get("PMC"):
        ris["PMC"] = fields["PMC"]
    return ris


def _initials_last(name: str) -> str:
    """Return MEDLINE's "Jumper J" (surname, then initials) given name first: "J Jumper"."""
    surname, _, initials = name.strip().rpartition(" ")
    return f"{initials} {surname}" if surname and initials.isupper() and len(initials) <= 3 else name.strip()


def load(path: Path, options: LoadOptions, report: LoadReport, fmt: str = FORMAT) -> Iterator[Paper]:
    """Yield the papers of an RIS (or Web of Science, or PubMed) file; a record with nothing to know a paper
    by is rejected with its line."""
    check_filters(options)
    if fmt == WOS:
        records = _wos_records(path, options, report)
    elif fmt == MEDLINE:
        records = _medline_records(path, options, report)
    else:
        records = _records(path, options, report)
    for record_no, (line, fields) in enumerate(records, start=1):
        report.read += 1
        try:
            paper = paper_from_ris(fields, report.provenance(record=record_no, line=line), options, report)
        except (ValueError, ValidationError) as e:
            report.reject(line, f"record {record_no}: {str(e).splitlines()[0]}", strict=options.strict)
            continue
        if not passes_filters(paper, options):
            report.filtered += 1
            continue
        yield paper


def load_ris(
    path: str | Path, options: LoadOptions | None = None, report: LoadReport | None = None
) -> Iterator[Paper]:
    """Yield the papers of an RIS file (Zotero, Mendeley, EndNote, Scopus, Web of Science exports).

    Parameters
    ----------
    path
        The ``.ris`` file: UTF-8 (or UTF-16 with its byte-order mark), plain or gzip.
    options
        Filters and strictness.
    report
        Filled in as the file is read.

    Returns
    -------
    Iterator[Paper]
        One paper per record (``TY`` to ``ER``): title (TI, T1), abstract (AB, N2), authors
        (AU, A1), the most precise date of DA, Y1 and PY, DOI, the arXiv id from an arXiv DOI,
        URL or note, venue (JO, JF, T2), and arXiv categories among the keywords.

    Raises
    ------
    LoadError
        When the file cannot be read, or with ``strict`` at the first bad record.
    """
    path = Path(path)
    report = LoadReport.for_file(path, report, FORMAT)
    yield from load(path, options or LoadOptions(), report)
