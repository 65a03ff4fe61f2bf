"""Semantic Scholar paper objects: Graph API responses (single, batch, search pages) and dataset JSON Lines."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from paperkg.exceptions import LoadError
from paperkg.loaders.base import LoadOptions, LoadReport
from paperkg.loaders.records import (
    arxiv_from_doi,
    date_fields,
    papers_from_json,
    source_count,
    squash,
)
from paperkg.loaders.text import abstract_body
from paperkg.models import Paper, Provenance, Reference, split_arxiv_version

__all__ = ["FORMAT", "load", "load_semantic_scholar", "papers_from_s2", "reference_from_s2", "sniff"]

FORMAT = "semantic-scholar"
# The types each field may hold, to name the field of a record refused for a wrong type.
_EXPECTED: dict[str, tuple[type, ...]] = {
    "paperId": (str,),
    "title": (str,),
    "abstract": (str,),
    "authors": (list,),
    "references": (list,),
    "citations": (list,),
    "publicationDate": (str,),
    "year": (int,),
    "externalIds": (dict,),
    "venue": (str,),
    "journal": (dict,),
    "url": (str,),
}
_S2_KEYS = re.compile(r'"(?:paperId|externalIds|externalids)"\s*:')


def sniff(head: str, fmt: str = FORMAT) -> bool:
    """Return True for Semantic Scholar JSON: ``paperId`` or ``externalIds`` keys."""
    return bool(_S2_KEYS.search(head)) and '"https://openalex.org/' not in head


def _lower_keys(record: dict[str, Any]) -> dict[str, Any]:
    # The Graph API spells keys in camelCase, the datasets in lower case.
    return {key.lower(): value for key, value in record.items()}


def _ids(record: dict[str, Any]) -> tuple[str | None, str | None, dict[str, str]]:
    """Return ``(arxiv_id, doi, external_ids)`` of a lower-cased paper record."""
    raw = record.get("externalids")
    external = {str(k).lower(): v for k, v in raw.items()} if isinstance(raw, dict) else {}
    doi = squash(external.get("doi"))
    arxiv_id = None
    if isinstance(external.get("arxiv"), str):
        try:
            arxiv_id = split_arxiv_version(external["arxiv"])[0]
        except ValueError:
            arxiv_id = None
    arxiv_id = arxiv_id or arxiv_from_doi(doi)
    ids: dict[str, str] = {}
    if isinstance(record.get("paperid"), str) and record["paperid"]:
        ids["s2"] = record["paperid"]
    corpus = record.get("corpusid") if record.get("corpusid") is not None else external.get("corpusid")
    if corpus is not None and str(corpus).strip():
        ids["s2corpus"] = str(corpus)
    return arxiv_id, doi, ids


def _contexts_of(entry: dict[str, Any]) -> list[str]:
    """Return the citation ``contexts`` of a lower-cased citation entry, whitespace squashed."""
    raw = entry.get("contexts")
    if not isinstance(raw, list):
        return []
    return list(dict.fromkeys(c for item in raw if isinstance(item, str) and (c := squash(item))))


def _intent_of(entry: dict[str, Any]) -> tuple[list[str], bool | None]:
    """Return the ``intents`` and ``isInfluential`` of a lower-cased citation entry."""
    raw = entry.get("intents")
    intents = sorted({i.lower() for i in raw if isinstance(i, str) and i}) if isinstance(raw, list) else []
    influential = entry["isinfluential"] if isinstance(entry.get("isinfluential"), bool) else None
    return intents, influential


def reference_from_s2(item: dict[str, Any]) -> Reference | None:
    """Turn one entry of ``references`` into a Reference; None when it names nothing.

    An entry is either a paper object or, as the ``/references`` endpoint gives
    it, ``{"citedPaper": {...}, "intents": [...], "isInfluential": ...}``.
    """
    entry = _lower_keys(item)
    intents: list[str] = []
    influential: bool | None = None
    contexts: list[str] = []
    paper = entry
    if isinstance(entry.get("citedpaper"), dict):
        intents, influential = _intent_of(entry)
        contexts = _contexts_of(entry)
        paper = _lower_keys(entry["citedpaper"])
    arxiv_id, doi, ids = _ids(paper)
    title = squash(paper.get("title"))
    external_id = f"s2:{ids['s2']}" if "s2" in ids else None
    if not (arxiv_id or doi or title or external_id):
        return None
    return Reference(
        arxiv_id=arxiv_id,
        doi=doi,
        title=title,
        external_id=external_id,
        intents=intents,
        is_influential=influential,
        contexts=contexts,
    )


def _paper(record: dict[str, Any], provenance: Provenance) -> Paper:
    arxiv_id, doi, ids = _ids(record)
    title = squash(record.get("title"))
    abstract = abstract_body(squash(record.get("abstract")))
    if not (arxiv_id or doi or title or abstract):
        raise ValueError("the paper has no arXiv id, DOI, title or abstract to identify it")
    published, precision, year = date_fields(record.get("publicationdate"))
    if published is None and isinstance(record.get("year"), int):
        published, precision, year = date_fields(str(record["year"]))
    authors = []
    author_ids: dict[str, list[str]] = {}
    for author in record.get("authors") or []:
        if not isinstance(author, dict) or not (name := squash(author.get("name"))):
            continue
        authors.append(name)
        # the API spells it authorId, the datasets authorid
        raw_id = author.get("authorId", author.get("authorid"))
        if isinstance(raw_id, (str, int)) and str(raw_id).strip():
            author_ids[name] = [f"s2:{str(raw_id).strip()}"]
    venue = squash(record.get("venue"))
    journal = record.get("journal")
    if not venue and isinstance(journal, dict):
        venue = squash(journal.get("name"))
    references = [
        ref
        for item in record.get("references") or []
        if isinstance(item, dict) and (ref := reference_from_s2(item)) is not None
    ]
    return Paper(
        arxiv_id=arxiv_id,
        doi=doi,
        title=title,
        abstract=abstract,
        authors=authors,
        published=published,
        date_precision=precision,
        year=year,
        venue=venue,
        url=squash(record.get("url")),
        external_ids=ids,
        references=references,
        provenance=[provenance],
        citation_count=source_count(record.get("citationcount")),
        influential_citation_count=source_count(record.get("influentialcitationcount")),
        author_ids=author_ids,
    )


def papers_from_s2(record: dict[str, Any], provenance: Provenance) -> list[Paper]:
    """Turn one paper object into papers: itself, then each citing paper that cites it.

    A ``citations`` entry becomes a paper of its own whose reference list names
    this paper, carrying the citation's intents and influence, so the citations
    stage draws the CITES edge from the citing paper.

    Raises
    ------
    ValueError
        When the object names no paper, or is a citations-dataset row.
    """
    lowered = _lower_keys(record)
    if "citingcorpusid" in lowered:
        raise ValueError(
            "this is a row of the Semantic Scholar citations dataset, not a paper; "
            "give its file without --format, together with the papers files"
        )
    if "citedpaper" in lowered or "citingpaper" in lowered:
        raise ValueError(
            "this is an entry of a /references or /citations page, which does not name the paper it belongs "
            "to; save the paper object with fields=references instead"
        )
    paper = _paper(lowered, provenance)
    papers = [paper]
    for item in lowered.get("citations") or []:
        if not isinstance(item, dict):
            continue
        entry = _lower_keys(item)
        citing = entry["citingpaper"] if isinstance(entry.get("citingpaper"), dict) else entry
        intents, influential = _intent_of(entry) if citing is not entry else ([], None)
        contexts = _contexts_of(entry) if citing is not entry else []
        try:
            citer = _paper(_lower_keys(citing), provenance)
        except ValueError:
            continue
        citer.references.append(
            Reference(
                arxiv_id=paper.arxiv_id,
                doi=paper.doi,
                title=paper.title,
                external_id=f"s2:{paper.external_ids['s2']}" if "s2" in paper.external_ids else None,
                intents=intents,
                is_influential=influential,
                contexts=contexts,
            )
        )
        papers.append(citer)
    return papers


def load(path: Path, options: LoadOptions, report: LoadReport, fmt: str = FORMAT) -> Iterator[Paper]:
    """Stream the papers of a saved response or JSON Lines file; bad records are rejected by line."""

    def make(record: dict[str, Any], provenance: Provenance) -> list[Paper]:
        if provenance.record == 1 and "citingcorpusid" in record:
            raise LoadError(
                f"{path}: a Semantic Scholar citations-dataset file holds links, not papers; "
                "give it without --format (it is read as semantic-scholar-citations) with the papers files"
            )
        return papers_from_s2(record, provenance)

    return papers_from_json(path, options, report, make, _EXPECTED)


def load_semantic_scholar(
    path: str | Path, options: LoadOptions | None = None, report: LoadReport | None = None
) -> Iterator[Paper]:
    """Stream the papers of saved Semantic Scholar Graph API responses or dataset JSON Lines.

    Parameters
    ----------
    path
        One paper object (``GET /paper/{id}``), a batch response (a JSON list from
        ``POST /paper/batch``, nulls for unknown ids skipped), a search page
        (``{"data": [...]}``), or JSON Lines of paper objects (camelCase API keys
        or the lower-case keys of the ``papers`` dataset), plain or gzip.
    options
        Filters and strictness.
    report
        Filled in as the file is read.

    Returns
    -------
    Iterator[Paper]
        The papers: ``externalIds`` ArXiv and DOI become ids, ``paperId`` and
        ``corpusId`` go to ``external_ids`` (``s2``, ``s2corpus``), ``references``
        to references with their ``intents`` and ``isInfluential`` where given,
        and each ``citations`` entry to a citing paper that references this one.

    Raises
    ------
    LoadError
        When the file is not JSON, is a citations-dataset file (see
        :func:`paperkg.loaders.s2_citations.load_s2_citations`), or with ``strict`` at a bad record.
    """
    path = Path(path)
    report = LoadReport.for_file(path, report, FORMAT)
    yield from load(path, options or LoadOptions(), report)
