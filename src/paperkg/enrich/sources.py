"""Fetching paper records in batches from Semantic Scholar, OpenAlex and the arXiv API."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from pydantic import ValidationError

from paperkg.enrich.http import HttpClient, parse_json
from paperkg.exceptions import FetchError
from paperkg.loaders.arxiv_atom import paper_from_atom, parse_atom_chunks
from paperkg.loaders.openalex import paper_from_openalex
from paperkg.loaders.records import ARXIV_DOI_PREFIX
from paperkg.loaders.semantic_scholar import papers_from_s2
from paperkg.models import Paper, Provenance

__all__ = [
    "ARXIV_API",
    "BATCH_SIZES",
    "OPENALEX_API",
    "S2_API",
    "S2_FIELDS",
    "fetch_arxiv",
    "fetch_openalex",
    "fetch_semantic_scholar",
    "lookup_id",
]

S2_API = "https://api.semanticscholar.org/graph/v1"
OPENALEX_API = "https://api.openalex.org"
ARXIV_API = "https://export.arxiv.org/api/query"
# The most ids one request may carry: S2's paper batch takes 500, an OpenAlex
# filter 100 values; arXiv asks for modest slices.
BATCH_SIZES = {"semanticscholar": 500, "openalex": 100, "arxiv": 100}
S2_FIELDS = (
    "paperId,corpusId,externalIds,url,title,abstract,venue,year,publicationDate,journal,authors,"
    "citationCount,influentialCitationCount,"
    "references.paperId,references.externalIds,references.title"
)
_S2_REFERENCE_FIELDS = "intents,isInfluential,paperId,externalIds,title"
_OPENALEX_SELECT = (
    "id,doi,title,display_name,publication_date,publication_year,ids,primary_location,locations,"
    "best_oa_location,authorships,referenced_works,abstract_inverted_index,cited_by_count"
)

OnBatch = Callable[[int], None]


def lookup_id(paper: Paper, source: str) -> str | None:
    """Return the id ``source`` is asked for: ``ARXIV:...``/``DOI:...`` (S2), a DOI (OpenAlex), an arXiv id."""
    if source == "semanticscholar":
        if paper.arxiv_id:
            return f"ARXIV:{paper.arxiv_id}"
        return f"DOI:{paper.doi}" if paper.doi else None
    if source == "openalex":
        if paper.doi:
            return paper.doi
        # OpenAlex indexes arXiv preprints under the DOIs arXiv mints.
        return f"{ARXIV_DOI_PREFIX}{paper.arxiv_id}" if paper.arxiv_id else None
    if source == "arxiv":
        return paper.arxiv_id
    raise ValueError(f"unknown source {source!r}")


def _batches(ids: Sequence[str], size: int) -> list[list[str]]:
    return [list(ids[i : i + size]) for i in range(0, len(ids), size)]


def _json_list(text: str) -> list[Any]:
    """Parse a JSON list (the S2 batch answer); a ValueError for anything else."""
    value = parse_json(text)
    if not isinstance(value, list):
        raise ValueError(f"a JSON {type(value).__name__}, not a list")
    return value


def _json_page(text: str) -> dict[str, Any]:
    """Parse a JSON page of records (``data`` or ``results`` a list); a ValueError for anything else."""
    value = parse_json(text)
    if not isinstance(value, dict):
        raise ValueError(f"a JSON {type(value).__name__}, not an object")
    records = value.get("data", value.get("results", []))
    if not isinstance(records, list):
        raise ValueError(f"its records are a {type(records).__name__}, not a list")
    return value


def _atom(text: str) -> list[Any]:
    return list(parse_atom_chunks([text], ARXIV_API))


# What a record of an API answer can raise when its values have the wrong types.
_BAD_RECORD = (ValueError, TypeError, AttributeError, KeyError, ValidationError)


def _s2_references(client: HttpClient, paper_id: str) -> list[dict[str, Any]]:
    """Fetch every reference of one paper with its intents and influence, page by page."""
    items: list[dict[str, Any]] = []
    offset: int | None = 0
    while offset is not None:
        page = client.get(
            f"{S2_API}/paper/{paper_id}/references",
            params={"fields": _S2_REFERENCE_FIELDS, "limit": 1000, "offset": offset},
            parse=_json_page,
            what="a JSON page of references",
        ).parsed
        items.extend(item for item in page.get("data") or [] if isinstance(item, dict))
        following = page.get("next")
        # A next offset must move forward, or a hostile answer would page forever.
        offset = following if isinstance(following, int) and following > (offset or 0) else None
    return items


def fetch_semantic_scholar(
    ids: Sequence[str], client: HttpClient, *, intents: bool = False, on_batch: OnBatch | None = None
) -> list[Paper]:
    """Fetch papers from the Semantic Scholar Graph API's paper batch endpoint.

    Parameters
    ----------
    ids
        ``ARXIV:2106.09685`` or ``DOI:10.1145/...`` ids; sent 500 per request.
    client
        The HTTP client (rate limit about 1 request/s, ``x-api-key`` header when given).
    intents
        Also fetch each paper's ``/references`` for citation intents and
        influence (one more request per paper).
    on_batch
        Called with the number of ids after each batch, for a progress bar.

    Returns
    -------
    list[Paper]
        The papers found (unknown ids are skipped), with references.

    Raises
    ------
    FetchError
        When the API cannot be reached or refuses.
    """
    provenance = Provenance(source=S2_API, format="semantic-scholar")
    papers: list[Paper] = []
    for batch in _batches(ids, BATCH_SIZES["semanticscholar"]):
        answer = client.post(
            f"{S2_API}/paper/batch",
            {"ids": batch},
            params={"fields": S2_FIELDS},
            parse=_json_list,
            what="a JSON list of papers",
        ).parsed
        for record in answer:
            if not isinstance(record, dict):
                continue
            if intents and isinstance(record.get("paperId"), str):
                record = {**record, "references": _s2_references(client, record["paperId"])}
            try:
                papers.extend(papers_from_s2(record, provenance))
            except _BAD_RECORD:
                continue
        if on_batch is not None:
            on_batch(len(batch))
    return papers


def fetch_openalex(
    dois: Sequence[str], client: HttpClient, *, api_key: str, on_batch: OnBatch | None = None
) -> list[Paper]:
    """Fetch works from OpenAlex, 100 DOIs per ``/works?filter=doi:a|b|...`` request.

    Raises
    ------
    FetchError
        When the API cannot be reached or refuses.
    """
    provenance = Provenance(source=OPENALEX_API, format="openalex")
    papers: list[Paper] = []
    for batch in _batches(dois, BATCH_SIZES["openalex"]):
        params = {
            "filter": "doi:" + "|".join(batch),
            "per-page": len(batch),
            "select": _OPENALEX_SELECT,
            "api_key": api_key,
        }
        answer = client.get(
            f"{OPENALEX_API}/works", params=params, parse=_json_page, what="a JSON page of works"
        ).parsed
        results = answer.get("results")
        if not isinstance(results, list):
            raise FetchError("api.openalex.org answered /works without a results list")
        for work in results:
            if not isinstance(work, dict):
                continue
            try:
                papers.append(paper_from_openalex(work, provenance))
            except _BAD_RECORD:
                continue
        if on_batch is not None:
            on_batch(len(batch))
    return papers


def fetch_arxiv(ids: Sequence[str], client: HttpClient, *, on_batch: OnBatch | None = None) -> list[Paper]:
    """Fetch papers from the arXiv API, 100 ids per ``id_list`` query, parsed with the safe Atom parser.

    Raises
    ------
    FetchError
        When the API cannot be reached, refuses, or answers malformed XML.
    """
    provenance = Provenance(source=ARXIV_API, format="arxiv-atom")
    papers: list[Paper] = []
    for batch in _batches(ids, BATCH_SIZES["arxiv"]):
        params = {"id_list": ",".join(batch), "max_results": len(batch), "start": 0}
        entries = client.get(ARXIV_API, params=params, parse=_atom, what="an Atom feed").parsed
        for _, entry in entries:
            try:
                papers.append(paper_from_atom(entry, provenance))
            except _BAD_RECORD:
                # Error entries name ids arXiv does not know; they stay unenriched.
                continue
        if on_batch is not None:
            on_batch(len(batch))
    return papers
