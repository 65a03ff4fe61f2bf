"""Growing a graph from seed papers: fetch their references and citing papers, one or two hops out.

What arrives is written as a file in the source's own format (Semantic Scholar paper
objects, or OpenAlex works, as JSON Lines) under ``<data_dir>/grown/``, then added
with :func:`paperkg.graph.build.add_papers`, the same path ``paperkg add`` takes: the
grown papers are merged with the ones already there, CITES edges come from their
reference lists (with Semantic Scholar's intents, contexts and influence), and
co-citation, coupling, authors and the inference stages run on what arrived. The file
stays, so the same graph can be rebuilt offline with ``paperkg build``.

Which neighbours are kept: each expanded paper's references (or citing papers) are
asked for in one page of up to 1,000, and the ``limit`` most relevant are kept: those
the source marks influential first, then the most cited, then by id. An expanded
paper's whole reference list is kept on it all the same, so the works not kept count
for coupling as references outside the corpus.
"""

from __future__ import annotations

import datetime
import json
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from paperkg.enrich.http import HttpClient
from paperkg.enrich.sources import OPENALEX_API, S2_API, lookup_id
from paperkg.exceptions import FetchError, PaperKGError, PaperNotFound
from paperkg.graph.build import BuildOptions, BuildReport, add_papers
from paperkg.graph.stores.protocol import GraphStore
from paperkg.models import Paper, bare_doi, split_arxiv_version
from paperkg.progress import NullProgress, Progress

__all__ = ["DIRECTIONS", "GROW_SOURCES", "GrowOptions", "GrowReport", "grow_graph", "seed_ids"]

GROW_SOURCES = ("semanticscholar", "openalex")
DIRECTIONS = ("references", "citations", "both")
# One page of neighbours per expanded paper: the most either endpoint returns at once.
_PAGE = 1000
_S2_PAPER_FIELDS = (
    "paperId,corpusId,externalIds,url,title,abstract,venue,year,publicationDate,journal,authors,"
    "citationCount,influentialCitationCount"
)
# /references and /citations take the paper fields unprefixed; they apply to citedPaper / citingPaper.
_S2_LINK_FIELDS = "contexts,intents,isInfluential," + _S2_PAPER_FIELDS
_OPENALEX_SELECT = (
    "id,doi,title,display_name,publication_date,publication_year,ids,primary_location,locations,"
    "best_oa_location,authorships,referenced_works,abstract_inverted_index,cited_by_count"
)
# Values OR-ed in one OpenAlex filter.
_OPENALEX_BATCH = 50
_S2_ID = re.compile(r"^[0-9a-f]{40}$")
_OPENALEX_ID = re.compile(r"^(?:https?://openalex\.org/)?(W\d+)$", re.I)


@dataclass
class GrowOptions:
    """How to grow: from which API, how far, which way, and how many papers at most."""

    source: str = "semanticscholar"
    depth: int = 1
    direction: str = "both"
    limit: int = 20
    max_papers: int = 500
    data_dir: Path | None = None
    cache: bool = True
    build: BuildOptions = field(default_factory=BuildOptions)


@dataclass
class GrowReport:
    """What a grow did: the seeds, what was fetched, reused from the cache and skipped, and the add."""

    source: str
    seeds: list[str] = field(default_factory=list)
    seeds_missing: list[str] = field(default_factory=list)
    expanded: int = 0
    fetched: int = 0
    requests: int = 0
    cache_hits: int = 0
    per_depth: dict[int, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    file: str | None = None
    add: BuildReport | None = None

    def skip(self, reason: str, count: int = 1) -> None:
        """Count ``count`` neighbours left out for ``reason``."""
        if count > 0:
            self.skipped[reason] = self.skipped.get(reason, 0) + count

    def to_dict(self) -> dict[str, Any]:
        """Return the report as JSON-ready data."""
        return {
            "source": self.source,
            "seeds": self.seeds,
            "seeds_missing": self.seeds_missing,
            "expanded": self.expanded,
            "fetched": self.fetched,
            "requests": self.requests,
            "cache_hits": self.cache_hits,
            "per_depth": {str(k): v for k, v in self.per_depth.items()},
            "skipped": self.skipped,
            "file": self.file,
            "add": self.add.to_dict() if self.add is not None else None,
        }


# -- seeds ---------------------------------------------------------------------------


def seed_ids(seeds: Sequence[str], store: GraphStore, source: str) -> tuple[list[str], list[Path]]:
    """Return the ids ``source`` is asked for, one per seed, and the seed files.

    A seed is a file of papers (every paper in it is a seed and the file is
    added too), a paper of the store (any reference ``paperkg show`` takes), an
    arXiv id, a DOI, a Semantic Scholar paper id or an OpenAlex work id.

    Raises
    ------
    PaperKGError
        When a seed is none of these, or a seed paper has no id the source knows.
    """
    from paperkg.loaders import load_file
    from paperkg.queries import resolve_paper

    ids: list[str] = []
    files: list[Path] = []
    for raw in seeds:
        text = raw.strip()
        path = Path(text)
        if text and path.is_file():
            files.append(path)
            ids.extend(i for paper in load_file(path) if (i := _paper_id(paper, source)) is not None)
            continue
        direct = _direct_id(text, source)
        if direct is not None:
            ids.append(direct)
            continue
        try:
            paper = resolve_paper(store, text)
        except PaperNotFound:
            raise PaperKGError(
                f"seed {raw!r} is no file, no paper in the graph, and no arXiv id, DOI, "
                "Semantic Scholar or OpenAlex id"
            ) from None
        found = _paper_id(paper, source)
        if found is None:
            raise PaperKGError(f"seed {raw!r} ({paper.id}) has no arXiv id or DOI to ask {source} for")
        ids.append(found)
    return list(dict.fromkeys(ids)), files


def _direct_id(text: str, source: str) -> str | None:
    """The source's id for a seed written as an id, or None."""
    try:
        arxiv_id = split_arxiv_version(text)[0]
    except ValueError:
        arxiv_id = None
    doi = bare_doi(text)
    if source == "semanticscholar":
        if arxiv_id:
            return f"ARXIV:{arxiv_id}"
        if doi:
            return f"DOI:{doi}"
        if _S2_ID.match(text.lower()):
            return text.lower()
        return None
    work = _OPENALEX_ID.match(text)
    if work:
        return work.group(1).upper()
    if arxiv_id:
        return lookup_id(Paper(arxiv_id=arxiv_id), "openalex")
    return doi


def _paper_id(paper: Paper, source: str) -> str | None:
    if source == "semanticscholar" and "s2" in paper.external_ids:
        return paper.external_ids["s2"]
    if source == "openalex" and "openalex" in paper.external_ids:
        return paper.external_ids["openalex"]
    return lookup_id(paper, source)


# -- ranking ---------------------------------------------------------------------------


def _rank(entries: list[tuple[dict[str, Any], bool, int]]) -> list[dict[str, Any]]:
    """Order neighbours: influential first, then most cited, then by id."""
    return [
        e
        for e, _, _ in sorted(
            entries,
            key=lambda item: (not item[1], -item[2], str(item[0].get("paperId") or item[0].get("id"))),
        )
    ]


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


# -- Semantic Scholar ------------------------------------------------------------------


def _s2_page(client: HttpClient, paper_id: str, endpoint: str) -> list[dict[str, Any]]:
    answer = client.get(
        f"{S2_API}/paper/{paper_id}/{endpoint}",
        params={"fields": _S2_LINK_FIELDS, "limit": _PAGE, "offset": 0},
    ).json()
    if not isinstance(answer, dict) or not isinstance(answer.get("data", []), list):
        raise FetchError(f"api.semanticscholar.org answered an unexpected /{endpoint} page for {paper_id}")
    return [item for item in answer.get("data") or [] if isinstance(item, dict)]


def _grow_s2(
    ids: list[str], client: HttpClient, options: GrowOptions, report: GrowReport, progress: Progress
) -> list[dict[str, Any]]:
    """Return Semantic Scholar paper objects: seeds and neighbours, references in /references form."""
    records: dict[str, dict[str, Any]] = {}
    frontier: list[str] = []
    for start in range(0, len(ids), 500):
        batch = ids[start : start + 500]
        answer = client.post(
            f"{S2_API}/paper/batch", {"ids": batch}, params={"fields": _S2_PAPER_FIELDS}
        ).json()
        if not isinstance(answer, list):
            raise FetchError(
                "api.semanticscholar.org answered the paper batch with something other than a list"
            )
        for asked, record in zip(batch, answer, strict=False):
            if not isinstance(record, dict) or not isinstance(record.get("paperId"), str):
                report.seeds_missing.append(asked)
                continue
            records.setdefault(record["paperId"], dict(record))
            frontier.append(record["paperId"])
    report.seeds = list(dict.fromkeys(frontier))
    frontier = report.seeds
    added = 0
    for depth in range(1, options.depth + 1):
        following: list[str] = []
        bar = progress.task(f"growing, depth {depth}", total=len(frontier), unit="papers")
        try:
            for paper_id in frontier:
                report.expanded += 1
                record = records[paper_id]
                if options.direction in ("references", "both"):
                    entries = _s2_page(client, paper_id, "references")
                    report.fetched += len(entries)
                    # the whole list stays on the paper: references not kept still count for coupling
                    record["references"] = _merge_links(record.get("references") or [], entries)
                    linked = [
                        (
                            e["citedPaper"],
                            e.get("isInfluential") is True,
                            _count(e["citedPaper"].get("citationCount")),
                        )
                        for e in entries
                        if isinstance(e.get("citedPaper"), dict)
                        and isinstance(e["citedPaper"].get("paperId"), str)
                    ]
                    report.skip("references without a Semantic Scholar id", len(entries) - len(linked))
                    added += _keep(_rank(linked), records, following, options, report, added)
                if options.direction in ("citations", "both"):
                    entries = _s2_page(client, paper_id, "citations")
                    report.fetched += len(entries)
                    by_id = {
                        e["citingPaper"]["paperId"]: e
                        for e in entries
                        if isinstance(e.get("citingPaper"), dict)
                        and isinstance(e["citingPaper"].get("paperId"), str)
                    }
                    report.skip("citing papers without a Semantic Scholar id", len(entries) - len(by_id))
                    linked = [
                        (
                            e["citingPaper"],
                            e.get("isInfluential") is True,
                            _count(e["citingPaper"].get("citationCount")),
                        )
                        for e in by_id.values()
                    ]
                    added += _keep(_rank(linked), records, following, options, report, added)
                    # a citing paper kept now or known before names this paper among its references
                    cited = {k: record.get(k) for k in ("paperId", "externalIds", "title")}
                    for citer_id, entry in by_id.items():
                        if citer_id in records:
                            link = {k: entry.get(k) for k in ("contexts", "intents", "isInfluential")}
                            citer = records[citer_id]
                            citer["references"] = _merge_links(
                                citer.get("references") or [], [{**link, "citedPaper": cited}]
                            )
                bar.advance()
        finally:
            bar.close()
        report.per_depth[depth] = len(following)
        frontier = following
    return list(records.values())


def _merge_links(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Unite two /references lists by cited paper id (entries without one are kept as they come)."""
    out: dict[str, dict[str, Any]] = {}
    loose: list[dict[str, Any]] = []
    for entry in [*old, *new]:
        cited = entry.get("citedPaper") if isinstance(entry.get("citedPaper"), dict) else None
        key = cited.get("paperId") if cited else None
        if not isinstance(key, str):
            if entry not in loose:
                loose.append(entry)
            continue
        if key in out:
            merged = dict(out[key])
            merged["intents"] = sorted({*(merged.get("intents") or []), *(entry.get("intents") or [])})
            merged["contexts"] = list(
                dict.fromkeys([*(merged.get("contexts") or []), *(entry.get("contexts") or [])])
            )
            merged["isInfluential"] = bool(merged.get("isInfluential")) or bool(entry.get("isInfluential"))
            out[key] = merged
        else:
            out[key] = entry
    return [*out.values(), *loose]


def _keep(
    ranked: list[dict[str, Any]],
    records: dict[str, dict[str, Any]],
    following: list[str],
    options: GrowOptions,
    report: GrowReport,
    added: int,
    key: str = "paperId",
) -> int:
    """Keep the first ``limit`` neighbours not yet known, within ``max_papers``; return how many were new."""
    new = 0
    for position, neighbour in enumerate(ranked):
        if position >= options.limit:
            report.skip("over --limit", len(ranked) - position)
            break
        neighbour_id = neighbour[key]
        if neighbour_id in records:
            continue
        if added + new >= options.max_papers:
            report.skip("over --max-papers", 1)
            continue
        records[neighbour_id] = dict(neighbour)
        following.append(neighbour_id)
        new += 1
    return new


# -- OpenAlex ------------------------------------------------------------------------------


def _openalex_works(
    client: HttpClient, filter_: str, api_key: str, per_page: int, sort: str | None = None
) -> list[dict[str, Any]]:
    params: dict[str, Any] = {
        "filter": filter_,
        "per-page": per_page,
        "select": _OPENALEX_SELECT,
        "api_key": api_key,
    }
    if sort:
        params["sort"] = sort
    answer = client.get(f"{OPENALEX_API}/works", params=params).json()
    results = answer.get("results") if isinstance(answer, dict) else None
    if not isinstance(results, list):
        raise FetchError("api.openalex.org answered /works without a results list")
    return [w for w in results if isinstance(w, dict) and isinstance(w.get("id"), str)]


def _work_id(value: Any) -> str | None:
    match = _OPENALEX_ID.match(value.strip()) if isinstance(value, str) else None
    return match.group(1).upper() if match else None


def _by_ids(client: HttpClient, ids: list[str], api_key: str) -> list[dict[str, Any]]:
    """Works by OpenAlex id (``W...``) or DOI, 50 per request."""
    works: list[dict[str, Any]] = []
    work_ids = [i for i in ids if _OPENALEX_ID.match(i)]
    dois = [i for i in ids if not _OPENALEX_ID.match(i)]
    for name, values in (("openalex", work_ids), ("doi", dois)):
        for start in range(0, len(values), _OPENALEX_BATCH):
            batch = values[start : start + _OPENALEX_BATCH]
            works.extend(_openalex_works(client, f"{name}:" + "|".join(batch), api_key, len(batch)))
    return works


def _grow_openalex(
    ids: list[str], client: HttpClient, options: GrowOptions, report: GrowReport, progress: Progress
) -> list[dict[str, Any]]:
    """Return OpenAlex works: seeds and neighbours; a citing work's referenced_works name what it cites."""
    api_key = os.environ.get("OPENALEX_API_KEY")
    if not api_key:
        raise FetchError(
            "OpenAlex needs an API key: set OPENALEX_API_KEY (free at https://openalex.org/settings/api)"
        )
    records: dict[str, dict[str, Any]] = {}
    for work in _by_ids(client, ids, api_key):
        work_id = _work_id(work["id"])
        if work_id:
            records.setdefault(work_id, work)
    found_dois = {str(w.get("doi") or "").lower().removeprefix("https://doi.org/") for w in records.values()}
    report.seeds_missing = [i for i in ids if not _OPENALEX_ID.match(i) and i.lower() not in found_dois] + [
        i for i in ids if _OPENALEX_ID.match(i) and i.upper() not in records
    ]
    frontier = list(records)
    report.seeds = list(frontier)
    added = 0
    for depth in range(1, options.depth + 1):
        following: list[str] = []
        bar = progress.task(f"growing, depth {depth}", total=len(frontier), unit="papers")
        try:
            for work_id in frontier:
                report.expanded += 1
                work = records[work_id]
                if options.direction in ("references", "both"):
                    referenced = [r for ref in work.get("referenced_works") or [] if (r := _work_id(ref))]
                    unknown = [r for r in referenced if r not in records]
                    fetched = _by_ids(client, unknown, api_key) if unknown else []
                    report.fetched += len(fetched)
                    ranked = _rank([(w, False, _count(w.get("cited_by_count"))) for w in fetched])
                    for w in ranked:
                        w["_wid"] = _work_id(w["id"])
                    added += _keep(ranked, records, following, options, report, added, key="_wid")
                if options.direction in ("citations", "both"):
                    citing = _openalex_works(
                        client,
                        f"cites:{work_id}",
                        api_key,
                        min(200, max(options.limit, 1)),
                        sort="cited_by_count:desc",
                    )
                    report.fetched += len(citing)
                    ranked = _rank([(w, False, _count(w.get("cited_by_count"))) for w in citing])
                    for w in ranked:
                        w["_wid"] = _work_id(w["id"])
                    added += _keep(ranked, records, following, options, report, added, key="_wid")
                bar.advance()
        finally:
            bar.close()
        report.per_depth[depth] = len(following)
        frontier = following
    return [{k: v for k, v in w.items() if k != "_wid"} for w in records.values()]


# -- the whole -------------------------------------------------------------------------------


def grow_graph(
    store: GraphStore,
    seeds: Sequence[str],
    options: GrowOptions | None = None,
    progress: Progress | None = None,
    *,
    transport: Any = None,
    sleep: Callable[[float], None] | None = None,
) -> GrowReport:
    """Fetch the seeds' references and citing papers (one or two hops) and add them to ``store``.

    Parameters
    ----------
    store
        An open, writable store.
    seeds
        Files of papers, papers of the store, arXiv ids, DOIs, Semantic Scholar
        or OpenAlex ids (see :func:`seed_ids`).
    options
        ``source`` (``semanticscholar`` or ``openalex``), ``depth`` (1 or 2),
        ``direction`` (``references``, ``citations`` or ``both``), ``limit``
        (neighbours kept per expanded paper), ``max_papers`` (new papers in all),
        ``data_dir`` (the HTTP cache and the ``grown/`` files go there), and
        ``build``, the settings of the add that follows.
    progress
        Where to show the fetch and the add.
    transport
        An ``httpx`` transport; tests pass ``httpx.MockTransport`` replaying recorded answers.
    sleep
        Replaces ``time.sleep`` for the rate limit and retries (tests).

    Returns
    -------
    GrowReport
        Seeds found and missing, neighbours fetched, kept per depth and skipped
        (with why), requests made and answered from the cache, the file written
        and the add's report.

    Raises
    ------
    PaperKGError
        When the options are out of range or a seed cannot be read.
    FetchError
        When the API cannot be reached or refuses; nothing is added then, and
        the answers already fetched stay in the cache.
    """
    from paperkg.enrich.pipeline import api_client

    options = options or GrowOptions()
    progress = progress or NullProgress()
    if options.source not in GROW_SOURCES:
        raise PaperKGError(f"unknown source {options.source!r}; choose one of {', '.join(GROW_SOURCES)}")
    if options.direction not in DIRECTIONS:
        raise PaperKGError(f"unknown direction {options.direction!r}; choose one of {', '.join(DIRECTIONS)}")
    if options.depth not in (1, 2):
        raise PaperKGError(f"depth must be 1 or 2, got {options.depth}")
    if options.limit < 1 or options.max_papers < 0:
        raise PaperKGError("--limit must be at least 1 and --max-papers at least 0")
    report = GrowReport(source=options.source)
    ids, files = seed_ids(seeds, store, options.source)
    if not ids and not files:
        raise PaperKGError("give at least one seed paper")
    client = api_client(
        options.source, options.data_dir, cache=options.cache, transport=transport, sleep=sleep
    )
    try:
        grow = _grow_s2 if options.source == "semanticscholar" else _grow_openalex
        records = grow(ids, client, options, report, progress) if ids else []
    finally:
        client.close()
        report.requests, report.cache_hits = client.requests, client.cache_hits
    paths: list[Path] = list(files)
    if records:
        written = _write_records(records, options)
        report.file = str(written)
        paths.append(written)
    fmt = "semantic-scholar" if options.source == "semanticscholar" else "openalex"
    # the seed files are read in their own format; the grown file in the source's
    if files:
        build = BuildOptions(**{**options.build.__dict__, "format": None})
    else:
        build = BuildOptions(**{**options.build.__dict__, "format": fmt})
    if paths:
        report.add = add_papers(paths, store, build, progress)
    return report


def _write_records(records: list[dict[str, Any]], options: GrowOptions) -> Path:
    """Write the fetched records as JSON Lines in ``<data_dir>/grown/`` (or the working directory)."""
    base = (options.data_dir or Path(".")) / "grown"
    base.mkdir(parents=True, exist_ok=True)
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    path = base / f"grow-{options.source}-{stamp}.jsonl"
    with path.open("x", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    return path
