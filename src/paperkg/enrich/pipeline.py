"""Enriching a stored graph online: fill in missing fields and references, then redraw CITES edges."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from paperkg.enrich.http import HttpClient
from paperkg.enrich.sources import (
    ARXIV_API,
    OPENALEX_API,
    S2_API,
    fetch_arxiv,
    fetch_openalex,
    fetch_semantic_scholar,
    lookup_id,
)
from paperkg.exceptions import FetchError
from paperkg.graph.build import BuildOptions, StageResult, last_build_settings, write_stage
from paperkg.graph.merge import PaperIndex
from paperkg.graph.stores.protocol import GraphStore
from paperkg.models import DatePrecision, Edge, EdgeKind, Paper
from paperkg.progress import NullProgress, Progress

__all__ = ["SOURCES", "EnrichOptions", "EnrichReport", "api_client", "enrich_store"]

SOURCES = ("arxiv", "semanticscholar", "openalex")
_API_ROOT = {"semanticscholar": S2_API, "openalex": OPENALEX_API, "arxiv": ARXIV_API}
# Seconds between requests: S2 allows about 1/s, OpenAlex 10/s, arXiv asks for 3 s.
_INTERVAL = {"semanticscholar": 1.0, "openalex": 0.1, "arxiv": 3.0}


@dataclass
class EnrichOptions:
    """How to enrich: which API, how many papers at most, where the cache lives, what to fetch."""

    source: str = "semanticscholar"
    data_dir: Path | None = None
    limit: int | None = None
    intents: bool = False
    refresh: bool = False
    keep_external_refs: bool | None = None
    cache: bool = True


@dataclass
class EnrichReport:
    """What an enrichment run did."""

    source: str
    candidates: int = 0
    requested: int = 0
    found: int = 0
    updated: int = 0
    filled: dict[str, int] = field(default_factory=dict)
    references_added: int = 0
    renamed: int = 0
    requests: int = 0
    cache_hits: int = 0
    citations: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the report as JSON-ready data."""
        return {
            "source": self.source,
            "candidates": self.candidates,
            "requested": self.requested,
            "found": self.found,
            "updated": self.updated,
            "filled": self.filled,
            "references_added": self.references_added,
            "renamed": self.renamed,
            "requests": self.requests,
            "cache_hits": self.cache_hits,
            "citations": self.citations,
        }


def _missing(paper: Paper, source: str) -> list[str]:
    """Return the fields ``source`` could fill in for ``paper``."""
    gaps = []
    if not paper.title:
        gaps.append("title")
    if not paper.authors:
        gaps.append("authors")
    if paper.date_precision != DatePrecision.DAY:
        gaps.append("date")
    if not paper.abstract:
        gaps.append("abstract")
    if source != "arxiv" and not paper.references:
        gaps.append("references")
    return gaps


def _already_from(paper: Paper, source: str) -> bool:
    return any(p.source == _API_ROOT[source] for p in paper.provenance)


def _client(
    source: str, options: EnrichOptions, transport: Any, sleep: Callable[[float], None] | None
) -> HttpClient:
    headers: dict[str, str] = {}
    if source == "semanticscholar" and os.environ.get("SEMANTIC_SCHOLAR_API_KEY"):
        headers["x-api-key"] = os.environ["SEMANTIC_SCHOLAR_API_KEY"]
    cache_dir = options.data_dir / "http-cache" if options.cache and options.data_dir is not None else None
    client = HttpClient(
        name=source,
        min_interval=_INTERVAL[source],
        cache_dir=cache_dir,
        headers=headers,
        transport=transport,
        refresh=options.refresh,
    )
    if sleep is not None:
        client.sleep = sleep
    return client


def api_client(
    source: str,
    data_dir: Path | None,
    *,
    cache: bool = True,
    transport: Any = None,
    sleep: Callable[[float], None] | None = None,
) -> HttpClient:
    """Return the HTTP client ``enrich`` uses for ``source``: its rate limit, retries, API key
    header and the on-disk cache in ``<data_dir>/http-cache`` (``paperkg grow`` shares them)."""
    return _client(source, EnrichOptions(source=source, data_dir=data_dir, cache=cache), transport, sleep)


def _fetch(
    source: str, ids: list[str], client: HttpClient, options: EnrichOptions, advance: Callable[[int], None]
) -> list[Paper]:
    if source == "semanticscholar":
        return fetch_semantic_scholar(ids, client, intents=options.intents, on_batch=advance)
    if source == "openalex":
        key = os.environ.get("OPENALEX_API_KEY")
        if not key:
            raise FetchError(
                "OpenAlex needs an API key: set OPENALEX_API_KEY (free at https://openalex.org/settings/api)"
            )
        return fetch_openalex(ids, client, api_key=key, on_batch=advance)
    return fetch_arxiv(ids, client, on_batch=advance)


def _filled(before: Paper, after: Paper) -> list[str]:
    names = []
    if not before.title and after.title:
        names.append("title")
    if not before.authors and after.authors:
        names.append("authors")
    if before.date_precision != after.date_precision or before.published != after.published:
        names.append("date")
    if not before.abstract and after.abstract:
        names.append("abstract")
    if len(after.references) > len(before.references):
        names.append("references")
    return names


def _inference_from_store(store: GraphStore) -> StageResult:
    """Rebuild what the inference stage gave from the stored edges, for citation reinforcement."""
    kinds = (EdgeKind.BUILDS_ON, EdgeKind.INTRODUCES, EdgeKind.MENTIONS)
    # the stored candidates, as the BUILDS_ON claims they were: a citation may promote them
    candidates = [
        e.model_copy(update={"kind": EdgeKind.BUILDS_ON}) for e in store.edges([EdgeKind.BUILDS_ON_CANDIDATE])
    ]
    return StageResult(
        name="inference", entities=list(store.entities()), edges=list(store.edges(kinds)), candidates=candidates
    )


def _move_edges(store: GraphStore, renamed: dict[str, str]) -> list[Edge]:
    """Return the stored edges touching renamed papers, re-pointed at the new ids."""
    moved = []
    for edge in store.edges():
        if edge.source in renamed or edge.target in renamed:
            moved.append(
                edge.model_copy(
                    update={
                        "source": renamed.get(edge.source, edge.source),
                        "target": renamed.get(edge.target, edge.target),
                    }
                )
            )
    return moved


def enrich_store(
    store: GraphStore,
    options: EnrichOptions | None = None,
    progress: Progress | None = None,
    *,
    transport: Any = None,
    sleep: Callable[[float], None] | None = None,
) -> EnrichReport:
    """Fill in missing titles, authors, dates, abstracts and references from an online API.

    Only papers with an arXiv id or DOI that miss something and were not
    enriched from this API before are asked for; the same paper's record from
    the API is merged into the stored one (stored values win, gaps are filled,
    the API is added to its provenance). Then the citations stage runs again
    over the whole graph, so new references become CITES edges, reinforcing
    the stored builds-on edges.

    Parameters
    ----------
    store
        An open, writable store.
    options
        ``source`` (``arxiv``, ``semanticscholar`` or ``openalex``), ``data_dir``
        (the HTTP cache goes to ``<data_dir>/http-cache/``), ``limit`` on papers,
        ``intents`` (S2 citation intents, one request per paper), ``refresh``
        (ask again for papers already enriched from this source).
    progress
        Where to show the fetch progress.
    transport
        An ``httpx`` transport; tests pass ``httpx.MockTransport``.
    sleep
        Replaces ``time.sleep`` for the rate limit and retries (tests).

    Returns
    -------
    EnrichReport
        Counts of papers asked for, found, updated, fields filled, requests made
        and answered from the cache, and the citations stage's summary.

    Raises
    ------
    FetchError
        When the network is unreachable, an API refuses, or OpenAlex has no key.
        Nothing is written then; responses already fetched stay cached.
    """
    options = options or EnrichOptions()
    progress = progress or NullProgress()
    source = options.source
    if source not in SOURCES:
        raise FetchError(f"unknown source {source!r}; choose one of {', '.join(SOURCES)}")
    report = EnrichReport(source=source)
    papers = list(store.papers())
    wanted = [
        p
        for p in papers
        if lookup_id(p, source) and _missing(p, source) and (options.refresh or not _already_from(p, source))
    ]
    report.candidates = len(wanted)
    if options.limit is not None:
        wanted = wanted[: options.limit]
    ids = list(dict.fromkeys(i for p in wanted if (i := lookup_id(p, source))))
    report.requested = len(ids)
    if ids:
        bar = progress.task(f"fetching from {source}", total=len(ids), unit="papers")
        client = _client(source, options, transport, sleep)
        try:
            fetched = _fetch(source, ids, client, options, bar.advance)
        finally:
            bar.close()
            client.close()
            report.requests, report.cache_hits = client.requests, client.cache_hits
    else:
        fetched = []
    index = PaperIndex(papers)
    before = {p.id: p for p in papers}
    changed: set[str] = set()
    for record in fetched:
        twin = index.find(record)
        # Enrichment fills in the corpus; it does not grow it with papers the API mentions.
        if twin is None:
            continue
        report.found += 1
        index.add(record)
        new_id = index.renamed.get(twin, twin)
        changed.add(new_id)
    for paper_id in changed:
        old_id = next((old for old, new in index.renamed.items() if new == paper_id), paper_id)
        after = index.by_id[paper_id]
        filled = _filled(before[old_id], after) if old_id in before else []
        for name in filled:
            report.filled[name] = report.filled.get(name, 0) + 1
        if old_id in before:
            report.references_added += len(after.references) - len(before[old_id].references)
        if filled or after != before.get(old_id):
            report.updated += 1
    renamed = {old: new for old, new in index.renamed.items() if old in before}
    report.renamed = len(renamed)
    moved = _move_edges(store, renamed) if renamed else []
    if renamed:
        store.delete_nodes(renamed)
    store.upsert_papers(index.by_id[i] for i in changed)
    store.upsert_edges(e for e in moved if e.kind != EdgeKind.CITES)
    from paperkg.graph import citations

    keep = options.keep_external_refs
    if keep is None:
        # As the last build did, so its external nodes are neither orphaned nor added unasked.
        keep = last_build_settings(store).get("keep_external_refs", False)
    result = citations.run(
        list(index.by_id.values()),
        BuildOptions(keep_external_refs=keep, data_dir=options.data_dir),
        progress,
        {"inference": _inference_from_store(store)},
    )
    write_stage(store, result)
    from paperkg.graph import cocitation

    # Co-citation and coupling are read off the citations: redraw them with the CITES edges.
    overlap = cocitation.run(
        list(index.by_id.values()),
        BuildOptions(keep_external_refs=keep, data_dir=options.data_dir),
        progress,
        {"citations": result},
    )
    write_stage(store, overlap)
    from paperkg.graph import authors

    # Names and author ids the API filled in become Author nodes.
    people = authors.run(list(index.by_id.values()), BuildOptions(), progress)
    write_stage(store, people)
    report.citations = {**result.summary, **overlap.summary}
    meta = store.get_meta()
    meta["last_enrich"] = {k: v for k, v in report.to_dict().items() if k != "citations"}
    store.set_meta(meta)
    return report
