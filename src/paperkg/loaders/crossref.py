"""Crossref works: a REST API response (one work or a page of ``items``), or JSON Lines of works.

What ``api.crossref.org/works`` answers, and what tools built on it save: titles as lists,
abstracts in JATS XML, ``{"date-parts": [[2023, 5, 23]]}`` dates, ``given``/``family``
authors with ORCID iDs, and the reference list, whose DOIs, arXiv ids and titles the
citations stage resolves against the corpus.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from paperkg.loaders.base import LoadOptions, LoadReport, parse_date
from paperkg.loaders.records import (
    DateFields,
    arxiv_from_doi,
    arxiv_in_text,
    orcid_id,
    papers_from_json,
    source_count,
    squash,
)
from paperkg.loaders.text import abstract_body
from paperkg.models import Paper, Provenance, Reference

__all__ = ["FORMAT", "jats_text", "load", "load_crossref", "paper_from_crossref", "sniff"]

FORMAT = "crossref"
# The types each field may hold, to name the field of a record refused for a wrong type.
_EXPECTED: dict[str, tuple[type, ...]] = {
    "DOI": (str,),
    "title": (list, str),
    "subtitle": (list, str),
    "abstract": (str,),
    "author": (list,),
    "reference": (list,),
    "container-title": (list, str),
    "URL": (str,),
    "issued": (dict,),
    "published": (dict,),
}
# Keys only Crossref writes: the API's envelope, and the counts each of its works carries.
_CROSSREF_KEYS = re.compile(r'"(?:message-type"\s*:\s*"work|is-referenced-by-count"|reference-count")')
_DATES = ("issued", "published", "published-online", "published-print", "created")
# The heading JATS puts before an abstract's text ("Abstract", "Summary"): not part of it.
_JATS_TITLE = re.compile(r"<jats:title>.*?</jats:title>", re.S | re.I)
# A paragraph, section or list item ends a sentence's words: a space; an inline tag (italic, bold,
# subscript) is part of its word: nothing, but a superscript's start, which is a power ("10^-3").
_BLOCK_TAG = re.compile(
    r"</?(?:jats:)?(?:p|sec|title|list|list-item|statement|disp-formula|break)\b[^<>]*>", re.I
)
_SUPERSCRIPT = re.compile(r"<(?:jats:)?sup\b[^<>]*>", re.I)
_TAG = re.compile(r"<[^<>]+>")


def sniff(head: str, fmt: str = FORMAT) -> bool:
    """Return True for Crossref JSON: its envelope's ``message-type``, or a work's reference counts."""
    return bool(_CROSSREF_KEYS.search(head))


def jats_text(raw: object) -> str | None:
    """Return the text of a JATS XML abstract, its heading, tags and entities gone.

    Examples
    --------
    >>> jats_text("<jats:title>Abstract</jats:title><jats:p>We use <jats:italic>k</jats:italic> &lt; 5.</jats:p>")
    'We use k < 5.'
    """
    if not isinstance(raw, str):
        return None
    # a paragraph's end is a space: "...first.</jats:p><jats:p>Second" does not glue the two
    text = _BLOCK_TAG.sub(" ", _JATS_TITLE.sub(" ", raw))
    return squash(html.unescape(_TAG.sub("", _SUPERSCRIPT.sub("^", text))))


def _first(value: object) -> str | None:
    """Return the first text of a Crossref list field (``"title": ["..."]``), or the text itself."""
    if isinstance(value, list):
        return next((text for text in map(squash, value) if text), None)
    return squash(value)


def _title(work: dict[str, Any]) -> str | None:
    title = _first(work.get("title"))
    subtitle = _first(work.get("subtitle"))
    if title and subtitle and subtitle.lower() not in title.lower():
        return f"{title}: {subtitle}"
    return title or subtitle


def _authors(work: dict[str, Any]) -> tuple[list[str], dict[str, list[str]]]:
    """Each author's name, given name first (an organisation by its name), and ORCID iDs by name."""
    names: list[str] = []
    ids: dict[str, list[str]] = {}
    for author in work.get("author") or []:
        if not isinstance(author, dict):
            continue
        parted = " ".join(p for p in (squash(author.get("given")), squash(author.get("family"))) if p)
        name = parted or squash(author.get("name"))
        if not name:
            continue
        names.append(name)
        orcid = orcid_id(author.get("ORCID"))
        if orcid:
            ids[name] = [orcid]
    return names, ids


def _date(work: dict[str, Any]) -> DateFields:
    """The first of the work's dates that holds a year: ``issued`` (the earliest of print and online) first;
    one that is no date (``[[2021, 13, 40]]``) gives way to the next, as a work is known without its date."""
    for key in _DATES:
        try:
            found = parse_date(work.get(key))
        except ValueError:
            continue
        if found[0] is not None:
            return found
    return parse_date(None)


def _references(work: dict[str, Any]) -> list[Reference]:
    """The reference list's entries that name a work: by DOI, arXiv id (a DOI or the cited text) or title."""
    references = []
    for ref in work.get("reference") or []:
        if not isinstance(ref, dict):
            continue
        doi = squash(ref.get("DOI"))
        arxiv = arxiv_from_doi(doi) or arxiv_in_text(squash(ref.get("unstructured")))
        title = squash(ref.get("article-title"))
        if doi or arxiv or title:
            references.append(Reference(doi=doi, arxiv_id=arxiv, title=title))
    return references


def paper_from_crossref(work: dict[str, Any], provenance: Provenance) -> Paper:
    """Turn one Crossref work object into a Paper.

    Raises
    ------
    ValueError
        When the object is not a work (no DOI, title or abstract).
    TypeError
        When a field holds a value of another type than Crossref writes there.
    """
    for name, types in _EXPECTED.items():
        if work.get(name) is not None and not isinstance(work[name], types):
            raise TypeError(f"{name} of the wrong type")  # named with the types expected by type_reason
    doi = squash(work.get("DOI"))
    title = _title(work)
    abstract = abstract_body(jats_text(work.get("abstract")))
    if not (doi or title or abstract):
        raise ValueError('expected a Crossref work with a "DOI", "title" or "abstract"')
    published, precision, year = _date(work)
    authors, author_ids = _authors(work)
    venue = _first(work.get("container-title"))
    return Paper(
        arxiv_id=arxiv_from_doi(doi),
        doi=doi,
        title=title,
        abstract=abstract,
        authors=authors,
        published=published,
        date_precision=precision,
        year=year,
        venue=venue if venue and "arxiv" not in venue.lower() else None,
        url=squash(work.get("URL")),
        references=_references(work),
        provenance=[provenance],
        citation_count=source_count(work.get("is-referenced-by-count")),
        author_ids=author_ids,
    )


def load(path: Path, options: LoadOptions, report: LoadReport, fmt: str = FORMAT) -> Iterator[Paper]:
    """Stream the works of ``path``; a bad record is rejected with its line or number, the rest load."""
    return papers_from_json(
        path, options, report, lambda work, where: [paper_from_crossref(work, where)], _EXPECTED
    )


def load_crossref(
    path: str | Path, options: LoadOptions | None = None, report: LoadReport | None = None
) -> Iterator[Paper]:
    """Stream the papers of a saved Crossref response or a file of Crossref works.

    Parameters
    ----------
    path
        A ``/works`` response (``{"message-type": "work-list", "message": {"items": [...]}}``),
        one ``/works/DOI`` response or work object, a JSON array of works, or JSON Lines of them.
    options
        Filters (``categories`` match nothing here: Crossref has no arXiv categories) and strictness.
    report
        Filled in as the file is read.

    Returns
    -------
    Iterator[Paper]
        One paper per work: its first title (with its subtitle), the text of its JATS abstract,
        authors given name first with their ORCID iDs, the ``issued`` date, the first container
        title as venue, the arXiv id of an arXiv DOI, and the references that name a DOI, an
        arXiv id or a title.

    Raises
    ------
    LoadError
        When the file is not JSON, or with ``strict`` at the first bad work.
    """
    path = Path(path)
    report = LoadReport.for_file(path, report, FORMAT)
    yield from load(path, options or LoadOptions(), report)
