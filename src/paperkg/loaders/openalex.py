"""OpenAlex works: an API response (``results``), one work, or the snapshot's JSON Lines, gzip or not."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from paperkg.loaders.base import LoadOptions, LoadReport
from paperkg.loaders.records import (
    arxiv_from_doi,
    arxiv_from_url,
    date_fields,
    orcid_id,
    papers_from_json,
    source_count,
    squash,
)
from paperkg.loaders.text import abstract_body
from paperkg.models import Paper, Provenance, Reference

__all__ = [
    "FORMAT",
    "load",
    "load_openalex",
    "openalex_work_id",
    "paper_from_openalex",
    "rebuild_abstract",
    "sniff",
]

FORMAT = "openalex"
# The types each field may hold, to name the field of a record refused for a wrong type.
_EXPECTED: dict[str, tuple[type, ...]] = {
    "id": (str,),
    "doi": (str,),
    "title": (str,),
    "display_name": (str,),
    "authorships": (list,),
    "referenced_works": (list,),
    "publication_date": (str,),
    "publication_year": (int,),
    "ids": (dict,),
    "primary_location": (dict,),
    "locations": (list,),
    "abstract_inverted_index": (dict,),
}
_WORK_ID = re.compile(r"(?:https?://openalex\.org/)?(W\d+)$", re.I)


def sniff(head: str, fmt: str = FORMAT) -> bool:
    """Return True for OpenAlex works: their ids are ``https://openalex.org/W...`` URLs."""
    return '"https://openalex.org/W' in head and (
        '"abstract_inverted_index"' in head
        or '"referenced_works"' in head
        or '"authorships"' in head
        or '"publication_date"' in head
    )


def openalex_work_id(raw: object) -> str | None:
    """Return the short work id (``W2741809807``) of an OpenAlex id or URL, else None."""
    if not isinstance(raw, str):
        return None
    match = _WORK_ID.search(raw.strip())
    return match.group(1).upper() if match else None


def rebuild_abstract(inverted: object) -> str | None:
    """Rebuild the abstract text from an ``abstract_inverted_index``; None when it is null or empty.

    Examples
    --------
    >>> rebuild_abstract({"Hello": [0], "world": [1, 3], "again": [2]})
    'Hello world again world'
    """
    if not isinstance(inverted, dict) or not inverted:
        return None
    positions: dict[int, str] = {}
    for word, places in inverted.items():
        if not isinstance(places, list):
            continue
        for place in places:
            if isinstance(place, int):
                positions[place] = word
    if not positions:
        return None
    return squash(" ".join(positions[i] for i in sorted(positions)))


def _arxiv_id(work: dict[str, Any], doi: str | None) -> str | None:
    found = arxiv_from_doi(doi)
    if found:
        return found
    ids = work.get("ids")
    if isinstance(ids, dict):
        found = arxiv_from_url(ids.get("arxiv")) or arxiv_from_doi(ids.get("doi"))
        if found:
            return found
    locations = [work.get("primary_location"), work.get("best_oa_location")]
    if isinstance(work.get("locations"), list):
        locations.extend(work["locations"])
    for location in locations:
        if not isinstance(location, dict):
            continue
        for key in ("landing_page_url", "pdf_url"):
            found = arxiv_from_url(location.get(key))
            if found:
                return found
    return None


def _venue(work: dict[str, Any]) -> str | None:
    location = work.get("primary_location")
    if isinstance(location, dict) and isinstance(location.get("source"), dict):
        name = squash(location["source"].get("display_name"))
        if name and "arxiv" not in name.lower():
            return name
    return None


def paper_from_openalex(work: dict[str, Any], provenance: Provenance) -> Paper:
    """Turn one OpenAlex work object into a Paper.

    Raises
    ------
    ValueError
        When the object is not a work (no ``W`` id, title, DOI or abstract).
    """
    work_id = openalex_work_id(work.get("id"))
    if work_id is None:
        raise ValueError('expected an OpenAlex work with an "id" such as https://openalex.org/W2741809807')
    doi = squash(work.get("doi"))
    title = squash(work.get("title")) or squash(work.get("display_name"))
    published, precision, year = date_fields(work.get("publication_date"))
    if published is None and isinstance(work.get("publication_year"), int):
        published, precision, year = date_fields(str(work["publication_year"]))
    authors = []
    author_ids: dict[str, list[str]] = {}
    for authorship in work.get("authorships") or []:
        if not isinstance(authorship, dict):
            continue
        author = authorship.get("author")
        name = squash(author.get("display_name") if isinstance(author, dict) else None) or squash(
            authorship.get("raw_author_name")
        )
        if name:
            authors.append(name)
            ids = _author_ids(author) if isinstance(author, dict) else []
            if ids:
                author_ids[name] = ids
    references = []
    for ref in work.get("referenced_works") or []:
        ref_id = openalex_work_id(ref)
        if ref_id:
            references.append(Reference(external_id=f"openalex:{ref_id}"))
    arxiv_id = _arxiv_id(work, doi)
    return Paper(
        arxiv_id=arxiv_id,
        doi=doi,
        title=title,
        abstract=abstract_body(rebuild_abstract(work.get("abstract_inverted_index"))),
        authors=authors,
        published=published,
        date_precision=precision,
        year=year,
        venue=_venue(work),
        url=f"https://openalex.org/{work_id}",
        external_ids={"openalex": work_id},
        references=references,
        provenance=[provenance],
        citation_count=source_count(work.get("cited_by_count")),
        author_ids=author_ids,
    )


def _author_ids(author: dict[str, Any]) -> list[str]:
    """``openalex:A...`` and ``orcid:0000-...`` of an authorship's author object."""
    ids = []
    raw = author.get("id")
    if isinstance(raw, str):
        match = re.search(r"(A\d+)$", raw.strip())
        if match:
            ids.append(f"openalex:{match.group(1)}")
    orcid = orcid_id(author.get("orcid"))
    if orcid:
        ids.append(orcid)
    return ids


def load(path: Path, options: LoadOptions, report: LoadReport, fmt: str = FORMAT) -> Iterator[Paper]:
    """Stream the works of ``path``; a bad record is rejected with its line, the rest load."""
    return papers_from_json(
        path, options, report, lambda work, where: [paper_from_openalex(work, where)], _EXPECTED
    )


def load_openalex(
    path: str | Path, options: LoadOptions | None = None, report: LoadReport | None = None
) -> Iterator[Paper]:
    """Stream the papers of a saved OpenAlex response or works snapshot.

    Parameters
    ----------
    path
        A ``/works`` response (``{"meta": ..., "results": [...]}``), one work
        object, or JSON Lines of works (the snapshot's ``part_*.gz`` files).
    options
        Filters (``categories`` match nothing here: OpenAlex has no arXiv
        categories) and strictness.
    report
        Filled in as the file is read.

    Returns
    -------
    Iterator[Paper]
        One paper per work: the abstract rebuilt from ``abstract_inverted_index``
        (None when it is null), ``external_ids["openalex"]``, the arXiv id when a
        DOI or location gives it, and ``referenced_works`` as references.

    Raises
    ------
    LoadError
        When the file is not JSON, or with ``strict`` at the first bad work.
    """
    path = Path(path)
    report = LoadReport.for_file(path, report, FORMAT)
    yield from load(path, options or LoadOptions(), report)
