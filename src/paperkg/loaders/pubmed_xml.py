"""PubMed XML (``efetch`` with ``rettype=xml``, the baseline and update files), streamed with expat.

PubMed's DOCTYPE, which names an external DTD, is accepted and the DTD never fetched; an internal subset,
an entity declaration or a reference to an entity the file does not define is refused. The fields are read
as the ``medline`` loader reads the same record's MEDLINE text, so that either export of a record gives the
same paper: the title without PubMed's closing full stop, full names, the electronic publication's day else
the issue's date, the journal's title, the PMID as an external id.
"""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.parsers import expat

from pydantic import ValidationError

from paperkg.exceptions import LoadError
from paperkg.loaders.base import MONTHS, Limits, LoadOptions, LoadReport, clip_field, open_text
from paperkg.loaders.records import (
    DateFields,
    arxiv_from_doi,
    check_filters,
    date_fields,
    orcid_id,
    passes_filters,
    squash,
)
from paperkg.loaders.text import repair_abstract, repair_field
from paperkg.models import DatePrecision, Paper, Provenance, Reference

__all__ = [
    "FORMAT",
    "iter_pubmed_records",
    "load",
    "load_pubmed_xml",
    "paper_from_pubmed",
    "parse_pubmed_chunks",
    "sniff",
]

FORMAT = "pubmed-xml"
_ROOT = "PubmedArticleSet"
_RECORDS = frozenset({"PubmedArticle", "PubmedBookArticle"})
# what an update file lists to delete: PMIDs, as <DeleteCitation><PMID Version="1">...</PMID>...
_DELETE = "DeleteCitation"
_CHUNK = 64 * 1024
# "2021 Jan-Feb", "1998 Dec-1999 Jan", "2020 Spring", "2019-2020": the first year, and a month after it
_MEDLINE_DATE = re.compile(r"\s*(\d{4})\b\s*([A-Za-z]+)?")


def sniff(head: str, fmt: str = FORMAT) -> bool:
    """Return True for PubMed XML: its root element, ``<PubmedArticleSet>``."""
    return f"<{_ROOT}" in head


class _Forbidden(Exception):
    """The document declares or uses what PubMed XML never does: an internal DTD subset, an entity."""


class _NotPubmed(Exception):
    """The document's root element is not ``PubmedArticleSet``."""


def _forbid_subset(name: str, system_id: str | None, public_id: str | None, has_internal_subset: int) -> None:
    # PubMed's own DOCTYPE names an external DTD, which expat is never asked to read; an internal
    # subset is where entities (a "billion laughs") would be declared.
    if has_internal_subset:
        raise _Forbidden("a DOCTYPE with an internal subset")


def _forbid_entity(*_: Any) -> None:
    raise _Forbidden("an entity declaration")


def _forbid_external(*_: Any) -> int:
    raise _Forbidden("a reference to an external entity")


def _forbid_skipped(name: str, is_parameter_entity: int) -> None:
    # With an external DTD that is never read, expat skips a reference to an entity it does not know.
    raise _Forbidden(f"a reference to an entity the file does not define (&{name};)")


def iter_pubmed_records(path: Path, limits: Limits | None = None) -> Iterator[tuple[int, ET.Element | None]]:
    """Yield ``(line, record)`` for each ``PubmedArticle`` and ``PubmedBookArticle`` of a file, streaming.

    See :func:`parse_pubmed_chunks`.

    Raises
    ------
    LoadError
        When the XML is malformed or cut off, is not PubMed XML, or declares or uses entities.
    """
    with open_text(path, limits) as handle:
        yield from parse_pubmed_chunks(iter(lambda: handle.read(_CHUNK), ""), str(path), limits)


def parse_pubmed_chunks(
    chunks: Iterable[str], where: str, limits: Limits | None = None
) -> Iterator[tuple[int, ET.Element | None]]:
    """Yield ``(line, record)`` for each record of PubMed XML given as text chunks, and for each
    ``DeleteCitation`` of an update file an element of that tag whose ``count`` says how many PMIDs it lists.

    Only one record's tree is held at a time: a baseline file of 30,000 records is never built whole.
    A record longer than ``limits.record_mb`` is read through without being held and given as
    ``(line, None)``. The parser is expat: the DOCTYPE of an external DTD is accepted (and never
    fetched); an internal subset, an entity declaration or a reference to an entity the file does not
    define is refused, so a hostile file can neither expand entities (billion laughs) nor make the parser
    read other files.
    The records before any damage are given before the error.

    Raises
    ------
    LoadError
        When the XML is malformed or cut off, its root is not ``PubmedArticleSet``, or it declares
        or uses entities.
    """
    most = (limits or Limits()).record_chars
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _forbid_subset
    parser.EntityDeclHandler = _forbid_entity
    parser.UnparsedEntityDeclHandler = _forbid_entity
    parser.ExternalEntityRefHandler = _forbid_external
    parser.SkippedEntityHandler = _forbid_skipped
    parser.buffer_text = True
    level = 0
    # the record being read: the line it starts on, its tree (None once it is over the limit), its size
    in_record = False
    builder: ET.TreeBuilder | None = None
    start_line = 0
    size = 0
    done: list[tuple[int, ET.Element | None]] = []

    # the PMIDs of a <DeleteCitation> being read (an update file's), counted, never held
    deleting: list[int] = []

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal level, in_record, builder, start_line, size
        level += 1
        if level == 1 and name != _ROOT:
            raise _NotPubmed(name)
        if level == 2 and name == _DELETE:
            deleting[:] = [parser.CurrentLineNumber, 0]
        elif level == 3 and deleting and name == "PMID":
            deleting[1] += 1
        if level == 2 and name in _RECORDS:
            in_record, builder, start_line, size = True, ET.TreeBuilder(), parser.CurrentLineNumber, 0
        if builder is not None:
            size += len(name) + sum(len(k) + len(v) for k, v in attrs.items())
            if size > most:
                builder = None  # the rest of the record is read through, never held
            else:
                builder.start(name, attrs)

    def end(name: str) -> None:
        nonlocal level, in_record, builder
        if builder is not None:
            builder.end(name)
        if level == 2 and in_record:
            done.append((start_line, builder.close() if builder is not None else None))
            in_record, builder = False, None
        elif level == 2 and deleting:
            # given as an element of its own, holding only how many PMIDs it lists
            done.append((deleting[0], ET.Element(_DELETE, count=str(deleting[1]))))
            deleting.clear()
        level -= 1

    def data(text: str) -> None:
        nonlocal builder, size
        if builder is not None:
            size += len(text)
            if size > most:
                builder = None
            else:
                builder.data(text)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = data
    for chunk, final in itertools.chain(((c, False) for c in chunks), [("", True)]):
        try:
            parser.Parse(chunk, final)
        except _Forbidden as e:
            yield from done
            raise LoadError(
                f"{where}, line {parser.CurrentLineNumber}: {e}, which PubMed XML never holds; refusing "
                "to parse it"
            ) from None
        except _NotPubmed as e:
            raise LoadError(
                f"{where}, line {parser.CurrentLineNumber}: expected PubMed XML (a <{_ROOT}>), found <{e}>; "
                "if the file is of another format, name it with --format"
            ) from None
        except expat.ExpatError as e:
            yield from done
            what = f"{where}, line {e.lineno}: not well-formed XML ({expat.errors.messages[e.code]})"
            if final and in_record:
                what += (
                    f": the file ends inside the record from line {start_line}; it is cut off, get it again"
                )
            elif final and level > 0:
                what += f": the file ends before its </{_ROOT}>; it is cut off, get it again"
            raise LoadError(what) from e
        yield from done
        done.clear()


def _text(node: ET.Element | None) -> str | None:
    """The whole text of ``node`` with its inline markup (``<i>``, ``<sup>``), whitespace collapsed."""
    return squash("".join(node.itertext())) if node is not None else None


def _title(node: ET.Element | None) -> str | None:
    """The title without the full stop PubMed ends every title with (an ellipsis kept), as MEDLINE's TI."""
    text = _text(node)
    return re.sub(r"(?<!\.)\.$", "", text) if text else None


def _abstract(node: ET.Element | None) -> str | None:
    """The abstract's parts, a structured one's each after its label ("BACKGROUND: ..."), as MEDLINE's AB
    joins them; the copyright notice and other-language abstracts are no part of it."""
    if node is None:
        return None
    parts = []
    for part in node.findall("AbstractText"):
        text = _text(part)
        label = squash(part.get("Label"))
        if text:
            parts.append(f"{label}: {text}" if label else text)
    return " ".join(parts) or None


def _authors(holder: ET.Element) -> tuple[list[str], dict[str, list[str]]]:
    """The names of the authors (not the editors) as MEDLINE's FAU gives them ("John Jumper"), initials
    where a forename is missing ("J Jumper"), a group by its name; and their ORCID iDs."""
    authors: list[str] = []
    author_ids: dict[str, list[str]] = {}
    for author_list in holder.findall("AuthorList"):
        if author_list.get("Type", "authors") != "authors":
            continue
        for author in author_list.findall("Author"):
            if author.get("ValidYN") == "N":
                continue
            name = _text(author.find("CollectiveName")) or _person(author)
            if name is None:
                continue
            authors.append(name)
            orcids = [
                orcid
                for node in author.findall("Identifier")
                if node.get("Source") == "ORCID" and (orcid := orcid_id(node.text))
            ]
            if orcids:
                author_ids[name] = orcids
    return authors, author_ids


def _person(author: ET.Element) -> str | None:
    """The name of LastName and ForeName (else Initials), "John Jumper"; with a Suffix "John Smith, Jr"."""
    last = _text(author.find("LastName"))
    if last is None:
        return None
    given = _text(author.find("ForeName")) or _text(author.find("Initials"))
    name = f"{given} {last}" if given else last
    suffix = _text(author.find("Suffix"))
    return f"{name}, {suffix}" if suffix else name


def _month(word: str | None) -> int | None:
    """The number of a month PubMed writes as "Aug", "August" or "08"."""
    if not word:
        return None
    if word.isdigit():
        return int(word) if 1 <= int(word) <= 12 else None
    return MONTHS.get(word[:3].lower())


def _ymd(year: str | None, month: int | None, day: str | None) -> DateFields:
    """The date of a year, a month and a day, each kept where it is one (a day only with its month)."""
    if not year or not re.fullmatch(r"\d{4}", year):
        return None, DatePrecision.UNKNOWN, None
    iso = year
    if month is not None:
        iso += f"-{month:02d}"
        if day and re.fullmatch(r"\d{1,2}", day) and 1 <= int(day) <= 31:
            iso += f"-{int(day):02d}"
    return date_fields(iso)


def _child(node: ET.Element, tag: str) -> str | None:
    """The text of the first ``tag`` under ``node``, whitespace collapsed; None where there is none."""
    return squash(node.findtext(tag))


def _published(holder: ET.Element, pub_date: ET.Element | None) -> DateFields:
    """The electronic publication's day (MEDLINE's DEP), else the issue's date (DP) to its month or day;
    a ``MedlineDate`` ("2021 Jan-Feb", "1998 Dec-1999 Jan") gives its first year and month."""
    for node in holder.findall("ArticleDate"):
        if node.get("DateType", "Electronic") == "Electronic":
            found = _ymd(_child(node, "Year"), _month(_child(node, "Month")), _child(node, "Day"))
            if found[1] in (DatePrecision.DAY, DatePrecision.MONTH):
                return found
    if pub_date is None:
        return None, DatePrecision.UNKNOWN, None
    medline_date = _child(pub_date, "MedlineDate")
    if medline_date is not None:
        match = _MEDLINE_DATE.match(medline_date)
        if match is None:
            return None, DatePrecision.UNKNOWN, None
        return _ymd(match.group(1), _month(match.group(2)), None)
    return _ymd(_child(pub_date, "Year"), _month(_child(pub_date, "Month")), _child(pub_date, "Day"))


def _article_ids(*lists: ET.Element | None) -> dict[str, str]:
    """Each ``IdType`` of ``ArticleIdList`` elements to its first value ("doi", "pmc", "pubmed")."""
    ids: dict[str, str] = {}
    for id_list in lists:
        for node in id_list.findall("ArticleId") if id_list is not None else ():
            value = squash(node.text)
            if value:
                ids.setdefault(node.get("IdType", "pubmed"), value)
    return ids


def _doi(ids: dict[str, str], holder: ET.Element) -> str | None:
    """The DOI of the article's ids, else of its ``ELocationID``."""
    if ids.get("doi"):
        return ids["doi"]
    for node in holder.findall("ELocationID"):
        if node.get("EIdType") == "doi" and node.get("ValidYN") != "N" and (doi := squash(node.text)):
            return doi
    return None


def _references(data: ET.Element | None, citation: ET.Element) -> list[Reference]:
    """The cited works PubMed names by PMID (else PMCID) or DOI: ``ReferenceList``, and the ``Cites`` of an
    older record's ``CommentsCorrectionsList``."""
    found: list[Reference] = []
    seen: set[str] = set()

    def add(pmid: str | None, pmc: str | None, doi: str | None) -> None:
        external_id = f"pubmed:{pmid}" if pmid else (f"pmc:{pmc}" if pmc else None)
        key = external_id or f"doi:{(doi or '').lower()}"
        if (external_id or doi) and key not in seen:
            seen.add(key)
            found.append(Reference(external_id=external_id, doi=doi, arxiv_id=arxiv_from_doi(doi)))

    for reference in data.iter("Reference") if data is not None else ():
        ids = _article_ids(reference.find("ArticleIdList"))
        add(ids.get("pubmed"), ids.get("pmc"), ids.get("doi"))
    for comment in citation.iterfind("CommentsCorrectionsList/CommentsCorrections"):
        if comment.get("RefType") == "Cites":
            add(_child(comment, "PMID"), None, None)
    return found


@dataclass(frozen=True)
class _Parts:
    """Where the fields of a record are: a journal article's or a book chapter's."""

    citation: ET.Element  # MedlineCitation (BookDocument): the PMID
    holder: ET.Element  # Article (BookDocument): the title, abstract, authors, ELocationID, ArticleDate
    data: ET.Element | None  # PubmedData (PubmedBookData): the ids and the references
    title: ET.Element | None
    pub_date: ET.Element | None
    venue: str | None


def _parts(record: ET.Element) -> _Parts:
    """The parts of a ``PubmedArticle`` or ``PubmedBookArticle``; ValueError where they are missing."""
    if record.tag == "PubmedBookArticle":
        # a chapter of a book on the NCBI Bookshelf (GeneReviews): the chapter's title, else the book's
        document = record.find("BookDocument")
        if document is None:
            raise ValueError("the PubmedBookArticle has no BookDocument")
        book = document.find("Book")
        title = document.find("ArticleTitle")
        if title is None and book is not None:
            title = book.find("BookTitle")
        pub_date = book.find("PubDate") if book is not None else None
        return _Parts(document, document, record.find("PubmedBookData"), title, pub_date, None)
    citation = record.find("MedlineCitation")
    article = citation.find("Article") if citation is not None else None
    if citation is None or article is None:
        raise ValueError("the PubmedArticle has no MedlineCitation with an Article")
    venue = _child(article, "Journal/Title") or _child(citation, "MedlineJournalInfo/MedlineTA")
    pub_date = article.find("Journal/JournalIssue/PubDate")
    return _Parts(citation, article, record.find("PubmedData"), article.find("ArticleTitle"), pub_date, venue)


def paper_from_pubmed(
    record: ET.Element, provenance: Provenance, options: LoadOptions, report: LoadReport
) -> Paper:
    """Turn one ``PubmedArticle`` (or ``PubmedBookArticle``) into a Paper, as the ``medline`` loader turns
    the same record's MEDLINE text.

    Raises
    ------
    ValueError
        When the record has no title, abstract, DOI or arXiv id.
    """
    line = provenance.line
    parts = _parts(record)
    citation, holder, data = parts.citation, parts.holder, parts.data
    ids = _article_ids(
        data.find("ArticleIdList") if data is not None else None, citation.find("ArticleIdList")
    )
    doi = _doi(ids, holder)
    if doi:
        doi = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", doi, flags=re.I) or None
    arxiv_id = arxiv_from_doi(doi)
    title, title_raw = repair_field(clip_field(_title(parts.title), "title", options.limits, report, line))
    abstract, abstract_raw = repair_abstract(
        clip_field(_abstract(holder.find("Abstract")), "abstract", options.limits, report, line)
    )
    if not (title or abstract or doi or arxiv_id):
        raise ValueError("the record has no title, abstract, DOI or arXiv id")
    pmid = _child(citation, "PMID")
    external_ids = {"pubmed": pmid} if pmid else {}
    if ids.get("pmc"):
        external_ids["pmc"] = ids["pmc"]
    authors, author_ids = _authors(holder)
    published, precision, year = _published(holder, parts.pub_date)
    return Paper(
        arxiv_id=arxiv_id,
        doi=doi,
        title=title,
        title_raw=title_raw,
        abstract=abstract,
        abstract_raw=abstract_raw,
        authors=authors,
        author_ids=author_ids,
        published=published,
        date_precision=precision,
        year=year,
        venue=parts.venue,
        url=f"https://arxiv.org/abs/{arxiv_id}" if arxiv_id else None,
        external_ids=external_ids,
        references=_references(data, citation),
        provenance=[provenance],
    )


def load(path: Path, options: LoadOptions, report: LoadReport, fmt: str = FORMAT) -> Iterator[Paper]:
    """Stream the records of a PubMed XML file; a record with nothing to know a paper by is rejected with
    the line it starts on."""
    check_filters(options)
    # PMIDs an update file lists to delete: told, not applied (papers once loaded stay)
    deleted = 0
    record_no = 0
    for line, record in iter_pubmed_records(path, options.limits):
        if record is not None and record.tag == _DELETE:
            deleted += int(record.get("count", "0"))
            continue
        record_no += 1
        report.read += 1
        if record is None:
            reason = (
                f"record {record_no}: longer than {options.limits.record_mb:g} MiB; skipped "
                "(raise with --limit record-mb=N)"
            )
            report.reject(line, reason, strict=options.strict)
            continue
        try:
            paper = paper_from_pubmed(record, report.provenance(record=record_no, line=line), options, report)
        except (ValueError, ValidationError) as e:
            report.reject(line, f"record {record_no}: {str(e).splitlines()[0]}", strict=options.strict)
            continue
        finally:
            record.clear()
        if not passes_filters(paper, options):
            report.filtered += 1
            continue
        yield paper
    if deleted:
        report.note(
            None,
            f"the file lists {deleted:,} PMID{'s' if deleted != 1 else ''} to delete (<DeleteCitation>, as "
            "PubMed's update files do); "
            "paperkg deletes no paper: those loaded from earlier files, or already in the store, stay (build "
            "again without their records to drop them)",
        )


def load_pubmed_xml(
    path: str | Path, options: LoadOptions | None = None, report: LoadReport | None = None
) -> Iterator[Paper]:
    """Stream the papers of PubMed XML: an ``efetch`` answer (``db=pubmed&rettype=xml``) or a baseline or
    update file (``pubmed25n0001.xml.gz``).

    Parameters
    ----------
    path
        The XML, plain or gzip.
    options
        Filters and strictness.
    report
        Filled in as the file is read.

    Returns
    -------
    Iterator[Paper]
        One paper per ``PubmedArticle`` (and ``PubmedBookArticle``): the title with its inline markup's
        text and without PubMed's closing full stop, the abstract (a structured one's parts each after
        its label), authors with their ORCID iDs, the electronic publication's day else the issue's
        date, the journal, the DOI, the PMID and PMCID as external ids, and the references PubMed names
        by PMID or DOI, which the citations stage draws as CITES.

    Raises
    ------
    LoadError
        When the XML is malformed, cut off or declares entities, or with ``strict`` at the first bad record.
    """
    path = Path(path)
    report = LoadReport.for_file(path, report, FORMAT)
    yield from load(path, options or LoadOptions(), report)
