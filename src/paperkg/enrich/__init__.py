"""Online enrichment, offline unless asked: fill in papers from arXiv, Semantic Scholar or OpenAlex.

Nothing here runs during a build; only ``paperkg enrich`` (or :func:`enrich_store`)
touches the network, through :class:`HttpClient` with its rate limit, retries and
on-disk cache.
"""

from __future__ import annotations

from paperkg.enrich.http import HttpClient
from paperkg.enrich.pipeline import SOURCES, EnrichOptions, EnrichReport, enrich_store
from paperkg.enrich.sources import fetch_arxiv, fetch_openalex, fetch_semantic_scholar

__all__ = [
    "SOURCES",
    "EnrichOptions",
    "EnrichReport",
    "HttpClient",
    "enrich_store",
    "fetch_arxiv",
    "fetch_openalex",
    "fetch_semantic_scholar",
]
