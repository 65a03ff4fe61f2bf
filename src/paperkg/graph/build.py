"""Building a graph: load files, merge papers, run the inference stages, write the store."""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import math
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Protocol

from paperkg._compact import compact, share_fields_set
from paperkg._gc import cyclic_gc_paused, release_free_heap
from paperkg.engine import Engine, LocalEngine
from paperkg.exceptions import BadRecord, LoadError
from paperkg.graph.merge import PaperIndex
from paperkg.graph.rows import EdgeItem, item_row, row_items
from paperkg.graph.stores.protocol import GraphStore
from paperkg.graph.stores.sqlite import DB_FILE
from paperkg.loaders import LoadOptions, LoadReport, detect_format, load_file
from paperkg.loaders.s2_citations import FORMAT as S2_CITATIONS
from paperkg.loaders.s2_citations import CitationLink, load_s2_citations
from paperkg.models import DatePrecision, Edge, EdgeKind, Entity, Paper, Provenance, Reference
from paperkg.progress import NullProgress, Progress

__all__ = [
    "CITING_NOT_IN_CORPUS",
    "BuildOptions",
    "BuildReport",
    "StageResult",
    "add_papers",
    "build_graph",
    "expand_paths",
    "last_build_settings",
    "load_papers",
    "write_stage",
]


@dataclass
class BuildOptions:
    """Everything a build can be told: how to load, and which stages to run how."""

    load: LoadOptions = field(default_factory=LoadOptions)
    format: str | None = None
    infer: bool = True
    similarity: bool = True
    citations: bool = True
    lexicons: list[Path] = field(default_factory=list)
    model: str | None = None
    device: str | None = None
    batch_size: int = 64
    top_k: int = 10
    threshold: float = 0.3
    # SIMILAR_TO's hybrid weights, "embedding=1,lexical=0.5,entities=0.3,citations=0.5"; empty: defaults.
    similar_weights: str | None = None
    # SIMILAR_TO's neighbour search: "auto" (exact below paperkg.similarity.ann.ANN_MIN_PAPERS), "exact", "ann".
    similar_index: str = "auto"
    related_k: int = 10
    keep_external_refs: bool = False
    data_dir: Path | None = None
    # Where per-paper work runs (paperkg.engine): "local" with this many processes (None: one a
    # core), or "dask" on the cluster whose scheduler is at this address.
    engine: str = "local"
    workers: int | None = None
    scheduler: str | None = None
    # Where per-paper extraction results are kept between builds (paperkg.inference.cache);
    # add_papers and build_graph set it to a store that keeps them.
    extraction_cache: Any = None
    # Where the per-paper passes read each paper's title and abstract, given the ids in order:
    # ``(id, title, abstract)`` per id (a store's ``paper_texts``). None: off the papers. Set by a
    # build from scratch, whose held papers drop the abstracts once written.
    paper_texts: Callable[[Iterable[str]], Iterable[tuple[str, str | None, str | None]]] | None = None
    # The papers an add brought or changed, where the store writes only what differs (set by
    # add_papers; None: every paper may have changed). A stage may then give, for an edge kind
    # that depends on nothing but each paper's own record, only these papers' edges (see
    # StageResult.scope).
    changed_papers: frozenset[str] | None = None


@dataclass
class StageResult:
    """What one stage adds: nodes, edges, the edge kinds it recomputes, and a summary.

    ``candidates`` are edges a stage considered but did not emit (too unsure);
    a later stage may promote them, e.g. a citation confirming a builds-on.
    """

    name: str
    entities: list[Entity] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    replaces: set[EdgeKind] = field(default_factory=set)
    replaces_entities: bool = False
    external_nodes: list[dict[str, Any]] = field(default_factory=list)
    # The stage gives every external node the graph holds: stored ones it does not give are stale.
    replaces_external: bool = False
    candidates: list[Edge] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)
    skipped: str | None = None
    # Bulk edges no later stage needs as models: per kind, store rows (Edge.model_dump(mode="json")
    # less empty fields), made when iterated and re-iterable; written after ``edges``.
    rows: dict[EdgeKind, Iterable[dict[str, Any]]] = field(default_factory=dict)
    # Per replaced kind, the nodes whose edges of that kind may differ from the stored ones: the
    # stage gave only the edges touching them, and the store's other edges of the kind stay.
    # Only with options.changed_papers, which add_papers sets where the store writes by difference.
    scope: dict[EdgeKind, frozenset[str]] = field(default_factory=dict)
    # Summary keys whose value is the store's count of a kind once written (None until then): the
    # stage gave only a scope's edges of the kind, and did not count the others.
    counted_in_store: dict[str, EdgeKind] = field(default_factory=dict)


class StageRun(Protocol):
    """A stage's ``run`` function: its nodes and edges over all papers, given the stages done before it."""

    def __call__(
        self,
        papers: list[Paper],
        options: BuildOptions,
        progress: Progress,
        done: dict[str, StageResult] | None = None,
    ) -> StageResult:
        """Compute the stage's nodes and edges over all papers."""
        ...


@dataclass(frozen=True)
class Stage:
    """A build stage: its name, whether a build's options want it, and what runs it."""

    name: str
    run: StageRun
    wanted: Callable[[BuildOptions], bool]


# Papers whose year is not known: a day and month only ("May 26"), or no date at all.
_NO_YEAR = (DatePrecision.YEAR_UNKNOWN, DatePrecision.UNKNOWN)


# Why a well-formed citation row is left out of the graph.
CITING_NOT_IN_CORPUS = "citation rows whose citing paper is not in the corpus"

# The edge kinds a later stage reads off an earlier one's rows (citations and similarity read
# the paper-entity edges); a build that writes each stage as it ends drops the others' rows.
_ROWS_READ_LATER = frozenset({EdgeKind.MENTIONS, EdgeKind.USES_DATASET, EdgeKind.INTRODUCES})

@dataclass
class BuildReport:
    """The closing summary of a build or add.

    ``records_read`` = ``papers_new`` + ``merged`` + ``rejected`` + ``filtered``
    + ``citations_linked`` (citation rows made references) + ``skipped``.
    """

    files: list[LoadReport] = field(default_factory=list)
    records_read: int = 0
    papers_new: int = 0
    merged: int = 0
    rejected: int = 0
    filtered: int = 0
    citations_linked: int = 0
    skipped: int = 0
    files_refused: int = 0
    papers_total: int = 0
    year_unknown: int = 0
    # Of those, papers with a day and month but no year ("May 26"): --year fills these in.
    dated_without_year: int = 0
    stages: list[StageResult] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    seconds: float = 0.0
    # What the store wrote (papers, entities, edges written and deleted), where it writes only changes.
    written: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the report as JSON-ready data."""
        return {
            "files": [
                {
                    "source": r.source,
                    "format": r.format,
                    "read": r.read,
                    "loaded": r.loaded,
                    "filtered": r.filtered,
                    "rejected": len(r.rejected),
                    "year_unknown": r.year_unknown,
                    "skipped": dict(r.skipped),
                    "missing": dict(r.missing),
                    "notes": list(r.notes),
                    "rejections": [str(x) for x in r.rejected],
                    "refused": r.refused,
                }
                for r in self.files
            ],
            "records_read": self.records_read,
            "papers_new": self.papers_new,
            "merged": self.merged,
            "rejected": self.rejected,
            "filtered": self.filtered,
            "citations_linked": self.citations_linked,
            "skipped": self.skipped,
            "files_refused": self.files_refused,
            "papers_total": self.papers_total,
            "year_unknown": self.year_unknown,
            "dated_without_year": self.dated_without_year,
            "stages": {s.name: {"skipped": s.skipped, **s.summary} for s in self.stages},
            "counts": self.counts,
            "written": self.written,
            "seconds": round(self.seconds, 3),
        }


def last_build_settings(store: GraphStore) -> dict[str, bool]:
    """Return the stage settings the store's last build (or add) ran with, as far as it recorded them.

    Keys, each present only when the stage's summary says: ``infer`` and ``similarity``
    (False when the stage was turned off), ``keep_external_refs`` (whether unresolved
    references were kept as external nodes). An add that is not told these settings
    takes them from here, so a graph built without similarity is not embedded whole by
    the first add, nor its external nodes dropped.
    """
    stages = (store.get_meta().get("last_build") or {}).get("stages") or {}
    settings: dict[str, bool] = {}
    for key, stage in (("infer", "inference"), ("similarity", "similarity")):
        if stage in stages:
            settings[key] = (stages[stage] or {}).get("skipped") != "turned off"
    citations = stages.get("citations")
    if citations is not None and not citations.get("skipped"):
        settings["keep_external_refs"] = "external nodes" in citations
    return settings


def _visible_files(folder: Path) -> list[Path]:
    """Return the regular files under ``folder``, recursively, skipping hidden names, READMEs and paperkg's
    own data directories (``paperkg build .`` where ./paperkg-data lies: its store, vectors and model files
    were each tried as papers and refused)."""
    found: list[Path] = []
    for root, folders, names in os.walk(folder):
        if DB_FILE in names:
            folders.clear()
            continue
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in names:
            path = Path(root) / name
            if not name.startswith((".", "README")) and path.is_file():
                found.append(path)
    return sorted(found)


def expand_paths(paths: Sequence[str | Path]) -> list[Path]:
    """Return the files to load: files as given, directories as their visible files (recursively), sorted.

    Raises
    ------
    LoadError
        When a path does not exist or a directory holds no files.
    """
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            if (path / DB_FILE).is_file():
                raise LoadError(f"{path}: a paperkg data directory (it holds {DB_FILE}), not papers to load")
            inside = _visible_files(path)
            if not inside:
                raise LoadError(f"{path}: the directory holds no files to load")
            files.extend(inside)
        elif path.exists():
            files.append(path)
        else:
            raise LoadError(f"{path}: no such file")
    return files


def load_papers(
    paths: Sequence[str | Path],
    options: BuildOptions | None = None,
    index: PaperIndex | None = None,
    progress: Progress | None = None,
    sink: Any = None,
    keep_text: bool = True,
) -> tuple[PaperIndex, list[LoadReport], int]:
    """Load files into a :class:`PaperIndex`, merging duplicates.

    With ``sink`` (a store that holds no paper yet and writes in savepoints, as
    the SQLite store does), each file's papers are written to it in batches as
    they load and the index keeps them slim (see ``_slim``; without
    ``keep_text``, a titled paper's abstract goes too), so memory follows the
    batch rather than the corpus; the ids of the papers so held are
    ``index.slim``. A paper a Semantic Scholar citations file gives references
    is read back whole, given them, and written again.

    Files of papers load first, in the order given; then each Semantic Scholar
    citations file is streamed and every row becomes a reference of the indexed
    paper whose ``external_ids["s2corpus"]`` is the citing corpus id. A row
    whose citing paper is not indexed is counted in its report's ``skipped``
    and dropped; one whose cited paper is not indexed stays an unresolved
    reference for the citations stage.

    Returns
    -------
    tuple
        ``(index, reports, merged)``: the index, one report per file in the
        order given, and how many records were merged into a paper already indexed.

    A file that cannot be read (binary, not UTF-8, truncated, an unknown format)
    is skipped whole: its report's ``refused`` holds the one-line reason and its
    counts are zero, and nothing of it enters the index. With ``strict`` the
    first such file stops the load, as does the first bad record.

    Raises
    ------
    LoadError
        When every file is refused, or with ``strict`` at the first unreadable
        file or bad record.
    """
    options = options or BuildOptions()
    progress = progress or NullProgress()
    index = index if index is not None else PaperIndex()
    strict = options.load.strict
    files: list[tuple[Path, str]] = []
    reports: list[LoadReport] = []
    for path in expand_paths(paths):
        report = LoadReport(source=str(path))
        try:
            fmt = options.format or detect_format(path)
        except LoadError as e:
            _refuse(report, e, strict)
            fmt = ""
        files.append((path, fmt))
        reports.append(report)
    if sink is not None:
        index.whole = sink.get_paper
    # the records of JSON Lines files are made papers (their text repaired: most of a load) by a pool of
    # processes where the build runs its per-paper work in one; on Dask, here
    engine = LocalEngine(options.workers) if options.engine == "local" else None
    if engine is not None and engine.workers > 1:
        options = dataclasses.replace(options, load=dataclasses.replace(options.load, engine=engine))
    try:
        merged = _load_files(files, reports, options, index, progress, sink, keep_text)
    finally:
        if engine is not None:
            engine.close()
    release_free_heap()
    if reports and all(r.refused for r in reports):
        raise LoadError(
            reports[0].refused
            if len(reports) == 1
            else f"no file could be read; the first: {reports[0].refused}"
        )
    return index, reports, merged


def _load_files(
    files: list[tuple[Path, str]],
    reports: list[LoadReport],
    options: BuildOptions,
    index: PaperIndex,
    progress: Progress,
    sink: Any,
    keep_text: bool,
) -> int:
    """:func:`load_papers`' loading of ``files``; return how many records were merged into a paper indexed."""
    strict = options.load.strict
    merged = 0
    shared_fields: dict[frozenset[str], set[str]] = {}
    # one copy of each value papers repeat (author names, dates, years), for this load only
    shared_values: dict[Any, Any] = {}
    for (path, fmt), report in zip(files, reports, strict=True):
        if fmt in (S2_CITATIONS, ""):
            continue
        bar = progress.task(f"loading {path.name}", total=None, unit="papers")
        # A file's papers enter the index only once the whole file has been read; written to the
        # sink as they load, in a savepoint that a refused file rolls back with the index.
        papers: list[Paper] = []
        undo = index.checkpoint() if sink is not None else None
        file_merged = 0
        try:
            with sink.savepoint() if sink is not None else contextlib.nullcontext():
                for paper in load_file(path, fmt, options.load, report):
                    report.loaded += 1
                    if paper.date_precision in _NO_YEAR:
                        report.year_unknown += 1
                    share_fields_set(paper, shared_fields)
                    _share_values(paper, shared_values)
                    papers.append(paper)
                    bar.advance()
                    if sink is not None and len(papers) >= _WRITE_BATCH:
                        file_merged += _write_batch(sink, index, papers, keep_text, options.load.engine)
                        papers = []
                if sink is not None:
                    file_merged += _write_batch(sink, index, papers, keep_text, options.load.engine)
                    papers = []
        except LoadError as e:
            if undo is not None:
                index.restore(undo)
            _refuse(report, e, strict)
            continue
        finally:
            bar.close()
        del undo
        for paper in papers:
            if index.add(paper):
                file_merged += 1
        merged += file_merged
    citation_files = [
        (path, report) for (path, fmt), report in zip(files, reports, strict=True) if fmt == S2_CITATIONS
    ]
    if citation_files:
        linker = _CitationLinker(index)
        for path, report in citation_files:
            report.format = S2_CITATIONS
            bar = progress.task(f"loading {path.name}", total=None, unit="citations")
            source = report.provenance()
            try:
                links = list(load_s2_citations(path, options.load, report))
            except LoadError as e:
                _refuse(report, e, strict)
                continue
            finally:
                bar.close()
            for link in links:
                if linker.attach(link, source):
                    report.loaded += 1
                else:
                    report.skip(CITING_NOT_IN_CORPUS)
        if sink is not None:
            restored = [index.by_id[pid] for pid in linker.restored]
            _hold_written(sink, index, restored, keep_text, options.load.engine)
    return merged


# Papers a build from scratch writes at a time while loading (load_papers' ``sink``).
_WRITE_BATCH = 20_000
# Papers written at once from which their rows are made by the load's engine: on fewer, starting its
# processes (where no JSON Lines file started them) would cost more than it saves (about 0.2 ms a paper).
_ROWS_IN_WORKERS = 5_000


def _write_batch(
    store: Any, index: PaperIndex, papers: Sequence[Paper], keep_text: bool, engine: Engine | None = None
) -> int:
    """Index ``papers``, write the ones they made or changed to ``store`` and slim them; return the merges.

    With ``engine``, the rows of a large batch are made by its workers (see :func:`_hold_written`).
    """
    merged = 0
    renamed = len(index.renamed)
    ids: dict[str, None] = {}
    for paper in papers:
        merged += index.add(paper)
        ids[index.last_id] = None
    if len(index.renamed) > renamed:
        # a merge gave a written paper a better id: its node goes, the paper is written anew
        store.delete_nodes(list(itertools.islice(index.renamed, renamed, None)))
    _hold_written(store, index, [index.by_id[pid] for pid in ids if pid in index.by_id], keep_text, engine)
    return merged


def _hold_written(
    store: Any, index: PaperIndex, papers: Sequence[Paper], keep_text: bool, engine: Engine | None = None
) -> None:
    """Write ``papers`` to ``store``; the index holds each slim from then on (``index.slim``).

    With ``engine``, at least ``_ROWS_IN_WORKERS`` papers have their rows made by its workers, on the
    pool the load's JSON Lines files kept (the writing itself stays here).
    """
    if engine is not None and len(papers) >= _ROWS_IN_WORKERS:
        store.upsert_papers(papers, engine=engine)
    else:
        store.upsert_papers(papers)
    for paper in papers:
        index.by_id[paper.id] = _held_slim(paper, keep_text)
        index.slim.add(paper.id)


def _held_slim(paper: Paper, keep_text: bool) -> Paper:
    """Return ``paper``, whose whole record a store holds, as the stages need it held (:func:`_slim`).

    Without ``keep_text`` a titled paper's abstract goes too (the passes read it from the store).
    """
    _slim(paper)
    if not keep_text and paper.title:
        paper.__dict__["abstract"] = None
    # about 600 bytes a paper less (a dict sharing its keys)
    return compact(paper)


def _stored_slim(papers: Iterable[Paper]) -> Iterator[Paper]:
    """Yield a store's papers as :func:`_held_slim` holds them, abstracts kept, each sharing one fields set
    with its likes."""
    shared: dict[frozenset[str], set[str]] = {}
    for paper in papers:
        # pydantic's set of the fields each paper was given: about 2 KB, and the papers share a few
        share_fields_set(paper, shared)
        yield _held_slim(paper, keep_text=True)


def _whole_relabelled(store: GraphStore, paper: Paper) -> Paper | None:
    """Return ``paper`` as ``store`` holds it whole, with the label a stage gave the slim copy held (None: not stored)."""
    whole = store.get_paper(paper.id)
    return None if whole is None else whole.model_copy(update={"label": paper.label})


def _share_values(paper: Paper, shared: dict[Any, Any]) -> None:
    """Make ``paper`` hold the one copy in ``shared`` of each value other papers repeat.

    Author names, dates, years, venues and categories recur across a corpus, and a
    label equal to the title is the title again; each equal value is kept once,
    which changes no value. Set through ``__dict__`` so the shared fields set stays.
    """
    fields = paper.__dict__
    if fields["label"] == fields["title"]:
        fields["label"] = fields["title"]
    for name in ("published", "year", "venue"):
        value = fields[name]
        if value is not None:
            fields[name] = shared.setdefault(value, value)
    for name in ("authors", "categories"):
        values = fields[name]
        for i, value in enumerate(values):
            values[i] = shared.setdefault(value, value)


# What a build from scratch drops from the papers it holds once they are written: fields no
# stage reads (provenance is read with the references, so it stays where there are some).
_WRITTEN_ONLY = {"abstract_raw": None, "title_raw": None, "url": None}
_NO_ITEMS: Mapping[str, Any] = MappingProxyType({})


def _slim(paper: Paper) -> None:
    """Empty, in place, the fields of ``paper`` no stage reads (see ``_WRITTEN_ONLY``)."""
    # through __dict__: pydantic's __setattr__ would grow the fields set shared by every paper
    fields = paper.__dict__
    fields.update(_WRITTEN_ONLY)
    # an empty list or dict of its own costs a paper 56-64 bytes: the slim paper holds the one
    # immutable empty tuple or mapping instead (the stages only read these; a write would raise)
    fields["categories"] = ()
    if not paper.references:
        fields["references"] = fields["provenance"] = ()
    for name in ("external_ids", "author_ids"):
        if not fields[name]:
            fields[name] = _NO_ITEMS


def _refuse(report: LoadReport, error: LoadError, strict: bool) -> None:
    """Mark ``report``'s file as skipped for ``error`` with its counts zeroed; with ``strict`` raise it."""
    if strict or isinstance(error, BadRecord):
        raise error
    fresh = LoadReport(source=report.source, format=report.format)
    for name in ("read", "loaded", "filtered", "year_unknown", "rejected", "skipped", "missing", "notes"):
        setattr(report, name, getattr(fresh, name))
    report.refused = str(error)


class _CitationLinker:
    """Attach citation rows to the indexed papers that make them, by Semantic Scholar corpus id."""

    def __init__(self, index: PaperIndex) -> None:
        self.index = index
        self.by_corpus: dict[str, Paper] = {
            paper.external_ids["s2corpus"]: paper
            for paper in index.by_id.values()
            if "s2corpus" in paper.external_ids
        }
        # Per citing paper, where each reference with an external id sits in its list, so a row
        # loaded twice (the same file in a build, or again by add) updates one reference.
        self._positions: dict[str, dict[str, int]] = {}
        # ids of the papers held slim that were read back whole to take references (to write again)
        self.restored: dict[str, None] = {}

    def attach(self, link: CitationLink, source: Provenance) -> bool:
        """Add the link's reference to its citing paper; False when that paper is not indexed.

        The paper's provenance gains ``source`` (the citations file) with its first reference from it.
        """
        paper = self.by_corpus.get(link.citing)
        if paper is None:
            return False
        if paper.id in self.index.slim and self.index.whole is not None:
            whole = self.index.whole(paper.id)
            if whole is None:
                raise LoadError(f"paper {paper.id} is missing from the store it was written to; build again")
            paper = self.by_corpus[link.citing] = self.index.by_id[paper.id] = whole
            self.index.slim.discard(paper.id)
            self.restored[paper.id] = None
        self.index.touched.add(paper.id)
        if source not in paper.provenance:
            paper.provenance.append(source)
        positions = self._positions.get(paper.id)
        if positions is None:
            positions = {
                ref.external_id: i for i, ref in enumerate(paper.references) if ref.external_id is not None
            }
            self._positions[paper.id] = positions
        ref = link.reference()
        at = positions.get(link.external_id)
        if at is None:
            positions[link.external_id] = len(paper.references)
            paper.references.append(ref)
        else:
            paper.references[at] = _merge_references(paper.references[at], ref)
        return True


def _merge_references(old: Reference, new: Reference) -> Reference:
    """Unite two records of one reference: every intent, influential when either says so."""
    if old == new:
        return old
    influential = old.is_influential
    if new.is_influential is not None:
        influential = bool(influential) or new.is_influential
    return old.model_copy(
        update={"intents": sorted({*old.intents, *new.intents}), "is_influential": influential}
    )


def default_stages() -> list[Stage]:
    """Return the build's stages in the order they run.

    Citations run after inference so they can reinforce its builds-on edges;
    co-citation and coupling are read off the citations, authors off every paper.
    The stages import this module (for :class:`BuildOptions` and
    :class:`StageResult`), so they are imported here, when a build assembles them.
    """
    from paperkg.graph import authors, citations, cocitation
    from paperkg.inference import pipeline as inference

    return [
        Stage("inference", inference.run, lambda options: options.infer),
        Stage("citations", citations.run, lambda options: options.citations),
        Stage("cocitation", cocitation.run, lambda options: options.citations),
        Stage("authors", authors.run, lambda options: True),
        Stage("similarity", _similarity, lambda options: options.similarity),
    ]


def _similarity(
    papers: list[Paper], options: BuildOptions, progress: Progress, done: dict[str, StageResult] | None = None
) -> StageResult:
    """The similarity stage, imported when it runs: NumPy and SciPy take a second to load."""
    from paperkg.similarity import pipeline

    return pipeline.run(papers, options, progress, done)


def _run_stages(
    papers: list[Paper],
    options: BuildOptions,
    progress: Progress,
    write: Callable[[StageResult], None] | None = None,
) -> list[StageResult]:
    """Run the wanted stages in order; ``write`` (if given) gets each result as soon as it is made."""
    results: list[StageResult] = []
    done: dict[str, StageResult] = {}
    for stage in default_stages():
        if not stage.wanted(options):
            results.append(StageResult(name=stage.name, skipped="turned off"))
            continue
        result = stage.run(papers, options, progress, done)
        done[stage.name] = result
        results.append(result)
        if write is not None:
            write(result)
            # rows no later stage reads go now: written, they would only hold memory until the end
            result.rows = {kind: rows for kind, rows in result.rows.items() if kind in _ROWS_READ_LATER}
    return results


def _write(store: GraphStore, index: PaperIndex, stages: Iterable[StageResult]) -> None:
    if index.renamed:
        store.delete_nodes(index.renamed)
    store.upsert_papers(index.by_id.values())
    for stage in stages:
        write_stage(store, stage)


def write_stage(store: GraphStore, stage: StageResult) -> None:
    """Write one stage's result: delete what it replaces, then write its nodes, edges and edge rows.

    A skipped stage writes nothing.
    """
    if stage.skipped:
        return
    if stage.replaces_entities:
        store.delete_entities()
    if stage.replaces:
        store.delete_edges(stage.replaces)
    if stage.replaces_external:
        _drop_stale_external(store, stage.external_nodes)
    if stage.external_nodes:
        upsert_external = getattr(store, "upsert_external", None)
        if upsert_external is not None:
            upsert_external(stage.external_nodes)
    store.upsert_entities(stage.entities)
    store.upsert_edges(stage.edges)
    upsert_items = getattr(store, "upsert_edge_items", None)
    for kind, rows in stage.rows.items():
        if upsert_items is not None and getattr(rows, "touching_items", False):
            # bulk rows hand out one payload for the edges that carry the same attributes
            upsert_items(kind, rows.items())  # type: ignore[attr-defined]
        else:
            _upsert_edge_rows(store, rows)


def _drop_stale_external(store: GraphStore, external: Iterable[dict[str, Any]]) -> None:
    """Delete the stored external nodes (with their edges) that ``external`` no longer holds.

    A reference that a new paper resolves, or every one when an add stops keeping them
    (``--no-external-refs``), leaves no external node in a full build; an add leaves none
    either, on every store.
    """
    keep = {node["id"] for node in external}
    stale = [node_id for node_id in store.node_ids_of_kind("external") if node_id not in keep]
    if stale:
        store.delete_nodes(stale)


def _upsert_edge_rows(store: GraphStore, rows: Iterable[dict[str, Any]]) -> None:
    """Write edge rows: as they are where the store takes rows, else validated one at a time."""
    upsert_rows = getattr(store, "upsert_edge_rows", None)
    if upsert_rows is not None:
        upsert_rows(rows)
    else:
        store.upsert_edges(Edge.model_validate(row) for row in rows)


# What an edge's attributes may hold for its row to be read off the model: JSON as it is.
_PLAIN = frozenset({str, int, bool, type(None)})


def _edge_row(edge: Edge) -> dict[str, Any]:
    """Return ``edge.model_dump(mode="json")``, read off the model's fields when they are all plain JSON."""
    attrs = edge.attrs
    # free-form attributes may hold values only pydantic serialises (and it writes inf and nan as null)
    if attrs and not all(
        type(v) in _PLAIN or (type(v) is float and math.isfinite(v)) for v in attrs.values()
    ):
        return edge.model_dump(mode="json")
    row = dict(edge.__dict__)
    row["kind"] = edge.kind.value
    if attrs:
        row["attrs"] = dict(attrs)
    return row


def _edge_items(edges: Iterable[Edge]) -> Iterator[EdgeItem]:
    """Yield each edge as a ``(source, target, evidence, payload)`` item, its payload its row.

    Edges alike but for their ends and evidence share one payload dict, which a store hashes
    once: the 16,500 BUILDS_ON edges and candidates of a 20,000-paper corpus carry 233.
    """
    payloads: dict[tuple[Any, ...], dict[str, Any]] = {}
    for edge in edges:
        try:
            # the types too: 1, 1.0 and True are equal keys but are written differently
            key: tuple[Any, ...] | None = (
                edge.relation,
                edge.via,
                type(edge.confidence),
                edge.confidence,
                type(edge.score),
                edge.score,
                edge.rank,
                tuple(edge.shared),
                edge.provenance,
                tuple((k, type(v), v) for k, v in edge.attrs.items()),
            )
            payload = payloads.get(key)  # type: ignore[arg-type]
        except TypeError:  # an unhashable attribute: the edge's own row
            key = payload = None
        if payload is None:
            payload = _edge_row(edge)
            if key is not None:
                payloads[key] = payload
        yield edge.source, edge.target, edge.evidence or None, payload


def _write_changes(
    store: Any, index: PaperIndex, stages: Iterable[StageResult], changed_papers: set[str]
) -> dict[str, int]:
    """Write only what differs from the store, leaving the graph :func:`_write` would leave.

    ``_write`` applies each stage in turn: delete the kinds it replaces (and every
    entity, for inference), then upsert its nodes and edges. Here the same sequence
    is played out in memory to the final set of entities and of edges per replaced
    kind; the store then deletes, and writes, only the difference. Papers written
    are ``changed_papers`` (added, merged or relabelled) and renamed ones.
    """
    if index.renamed:
        store.delete_nodes(index.renamed)
    # in the index's order, as a full write does: a new store's nodes keep the order of the files
    written = {"papers": store.upsert_papers(p for p in index.by_id.values() if p.id in changed_papers)}
    entities: dict[str, Entity] = {}
    entities_replaced = False
    replaced: set[EdgeKind] = set()
    # per kind, the stages' edges in the order a full write writes them (a pair given twice: the last)
    parts: dict[EdgeKind, list[Iterable[EdgeItem]]] = {}
    scopes: dict[EdgeKind, frozenset[str]] = {}
    external: list[dict[str, Any]] = []
    external_replaced = False
    for stage in stages:
        if stage.skipped:
            continue
        external_replaced |= stage.replaces_external
        if stage.replaces_entities:
            entities.clear()
            entities_replaced = True
        for kind in stage.replaces:
            parts[kind] = []
            replaced.add(kind)
            scopes.pop(kind, None)
            if kind in stage.scope:
                scopes[kind] = stage.scope[kind]
        external.extend(stage.external_nodes)
        for entity in stage.entities:
            entities[entity.id] = entity
        by_kind: dict[EdgeKind, list[Edge]] = {}
        for edge in stage.edges:
            by_kind.setdefault(edge.kind, []).append(edge)
        for kind, kind_edges in by_kind.items():
            # made when compared: a later stage replacing the kind (citations re-emits every
            # BUILDS_ON edge inference gave) leaves these unmade
            parts.setdefault(kind, []).append(_edge_items(kind_edges))
        for kind, kind_rows in stage.rows.items():
            items = getattr(kind_rows, "items", None)
            if not callable(items):
                parts.setdefault(kind, []).append(row_items(kind_rows))
            elif kind in stage.scope and getattr(kind_rows, "touching_items", False):
                # rows made when iterated (EdgeRows, the pair kinds): only those compared are made
                parts.setdefault(kind, []).append(items(stage.scope[kind]))
            else:
                parts.setdefault(kind, []).append(items())
    if entities_replaced:
        written["entities"], written["entities deleted"] = store.sync_entities(entities.values(), replaced)
    else:
        written["entities"] = store.upsert_entities(entities.values())
    if external_replaced:
        _drop_stale_external(store, external)
    if external:
        store.upsert_external(external)
    edges_written, edges_deleted = store.sync_edge_items(
        {
            kind: _touching(itertools.chain.from_iterable(kind_parts), scopes.get(kind))
            for kind, kind_parts in parts.items()
            if kind in replaced
        },
        scopes,
    )
    for kind, kind_parts in parts.items():
        if kind not in replaced:
            edges_written += store.upsert_edge_rows(
                item_row(kind.value, item) for item in itertools.chain.from_iterable(kind_parts)
            )
    written["edges"], written["edges deleted"] = edges_written, edges_deleted
    return written


def _count_in_store(store: GraphStore, stages: Iterable[StageResult]) -> None:
    """Fill in the summary totals the stages left to the store (``StageResult.counted_in_store``), once written."""
    counts: dict[str, int] | None = None
    for stage in stages:
        for key, kind in stage.counted_in_store.items():
            if counts is None:
                counts = store.counts()["edges"]
            stage.summary[key] = counts.get(kind.value, 0)


def _touching(items: Iterable[EdgeItem], scope: frozenset[str] | None) -> Iterable[EdgeItem]:
    """Return the items with an end in ``scope`` (all of them without one): the store compares no other."""
    if scope is None:
        return items
    return (item for item in items if item[0] in scope or item[1] in scope)


def _forget_stale_state(store: Any, stages: Iterable[StageResult], options: BuildOptions) -> None:
    """Delete the store's inference corpus state where this run's inference did not write it there.

    An add draws the scope of inference's edges from the state the run that wrote them
    kept (:mod:`paperkg.inference.scope`); a build without inference, or one keeping its
    extractions elsewhere, leaves edges the stored state does not describe.
    """
    if not hasattr(store, "keep_extractions"):
        return
    ran = any(stage.name == "inference" and not stage.skipped for stage in stages)
    if not ran or options.extraction_cache is not store:
        from paperkg.inference.scope import STATE_PASS

        store.keep_extractions(STATE_PASS, ())


def _with_precision(papers: Iterable[Paper], precisions: tuple[DatePrecision, ...]) -> int:
    return sum(p.date_precision in precisions for p in papers)


def add_papers(
    paths: Sequence[str | Path],
    store: GraphStore,
    options: BuildOptions | None = None,
    progress: Progress | None = None,
) -> BuildReport:
    """Add the papers of ``paths`` to ``store`` and recompute the derived edges.

    Papers already in the store are merged with new records of themselves. The
    result equals a build of every file from scratch. On a store that keeps
    extractions (the SQLite store), inference reads again only the papers whose
    extraction can have changed (:mod:`paperkg.inference.cache`), and the store
    writes only the papers, entities and edges that differ from what it holds
    (``BuildReport.written``); the corpus-level steps still run over every paper
    in memory, the stored ones held slim as a build holds them (read back whole where
    a new record of one is merged in or it is written again). Similarity re-encodes
    only texts not in the embedding cache.

    Parameters
    ----------
    paths
        Source files; formats are detected unless ``options.format`` is set.
    store
        An open, writable store.
    options
        Load settings and stage settings.
    progress
        Where to report progress; nothing is shown by default.

    Returns
    -------
    BuildReport
        Counts per file, merges, rejections, stage summaries and final counts.

    Raises
    ------
    LoadError
        When a file cannot be read (or at the first bad record with ``strict``).
    """
    started = time.perf_counter()
    options = options or BuildOptions()
    progress = progress or NullProgress()
    if options.extraction_cache is None and hasattr(store, "put_extractions"):
        options = dataclasses.replace(options, extraction_cache=store)
    # Stored papers are held slim where the store writes by difference (the SQLite store), as a
    # build holds those it wrote, their abstracts kept: 7.6 KB a paper held whole at 100k, 4 KB so.
    # (Without the abstracts too, read back for each pass, an add at 100k peaked no lower: the
    # passes held the texts read back, and reading them twice took 27% longer.)
    by_difference = hasattr(store, "sync_edge_items")
    with cyclic_gc_paused():
        index = PaperIndex(_stored_slim(store.papers()) if by_difference else store.papers())
        if by_difference:
            index.slim.update(index.by_id)
            index.whole = store.get_paper
        before = len(index)
        # a build from scratch (a store with no node): the papers are written as they load, in
        # batches, where the store writes in savepoints and reads their text back
        empty = before == 0 and not any(store.counts()["nodes"].values())
        sink: Any = store if empty and hasattr(store, "savepoint") and hasattr(store, "paper_texts") else None
        index, reports, merged = load_papers(
            paths, options, index, progress, sink=sink, keep_text=options.similarity
        )
    # every record is in: the lookups that found twins would only hold memory through the stages
    index.seal()
    # scoped stage results only where the store writes by difference (and keeps the extractions and
    # inference's corpus state, which a scope is drawn from); never from the caller's options
    scoped = (
        bool(before)
        and by_difference
        and not index.renamed
        and options.extraction_cache in (None, store)
    )
    options = dataclasses.replace(options, changed_papers=frozenset(index.touched) if scoped else None)
    papers = list(index.by_id.values())
    labels = {paper.id: paper.label for paper in papers}
    # Into a store that held no paper (a build from scratch) there is nothing to compare with:
    # the papers are written (as they loaded, or now) and each stage's result as soon as it is made, so that no
    # stage's rows wait in memory for the others (a write of the changes holds them all).
    fresh = empty and (bool(index.slim) or not index.renamed)
    written: dict[str, int] | None = None
    if fresh:
        if index.slim and not options.similarity:
            # the held papers lost their abstracts once written: the per-paper passes read them back
            options = dataclasses.replace(options, paper_texts=sink.paper_texts)
        with cyclic_gc_paused():
            unwritten = [paper for paper in papers if paper.id not in index.slim]
            store.upsert_papers(unwritten)
            # written, the papers are held only for the stages: each less what no stage reads
            for paper in unwritten:
                _slim(paper)
            index.slim.clear()
            stages = _run_stages(papers, options, progress, write=lambda stage: write_stage(store, stage))
            # a stage may relabel a paper (inference names an untitled one by what it introduces):
            # written again whole, as read back, with its new label
            relabelled = []
            for paper in papers:
                if labels[paper.id] != paper.label:
                    whole = _whole_relabelled(store, paper)
                    if whole is not None:
                        relabelled.append(whole)
            if relabelled:
                store.upsert_papers(relabelled)
    else:
        with cyclic_gc_paused():
            # the stages' results all stay alive until written: a collection would walk them and free nothing
            stages = _run_stages(papers, options, progress)
    _forget_stale_state(store, stages, options)
    if not fresh:
        with cyclic_gc_paused():
            if by_difference:
                # a stage may relabel a paper (inference names an untitled one by what it introduces)
                changed = index.touched | {p.id for p in papers if labels.get(p.id) != p.label}
                for pid in changed & index.slim:
                    # relabelled, held slim: written whole, as read back, with its new label
                    whole = _whole_relabelled(store, index.by_id[pid])
                    if whole is None:
                        raise LoadError(f"paper {pid} is missing from the store it was read from; build again")
                    index.by_id[pid] = whole
                    index.slim.discard(pid)
                written = _write_changes(store, index, stages, changed)
            else:
                _write(store, index, stages)
        _count_in_store(store, stages)
    report = BuildReport(
        files=reports,
        records_read=sum(r.read for r in reports),
        papers_new=len(index) - before,
        merged=merged,
        rejected=sum(len(r.rejected) for r in reports),
        filtered=sum(r.filtered for r in reports),
        citations_linked=sum(r.loaded for r in reports if r.format == S2_CITATIONS),
        skipped=sum(sum(r.skipped.values()) for r in reports),
        files_refused=sum(1 for r in reports if r.refused),
        papers_total=len(index),
        year_unknown=_with_precision(index.by_id.values(), _NO_YEAR),
        dated_without_year=_with_precision(index.by_id.values(), (DatePrecision.YEAR_UNKNOWN,)),
        stages=stages,
    )
    meta = store.get_meta()
    # Only totals go into the store header: per-paper details (reference counts,
    # rejections) grow with the corpus and belong to the report, not the store.
    summary = report.to_dict()
    summary["stages"] = {
        name: {k: v for k, v in stage.items() if not isinstance(v, (dict, list))}
        for name, stage in summary["stages"].items()
    }
    summary["files"] = [
        {k: v for k, v in f.items() if k not in ("rejections", "notes")} for f in summary["files"]
    ]
    meta["last_build"] = {k: v for k, v in summary.items() if k not in ("counts", "written")}
    if written is not None:
        report.written = written
    store.set_meta(meta)
    report.counts = store.counts()
    report.seconds = time.perf_counter() - started
    return report


def build_graph(
    paths: Sequence[str | Path],
    store: GraphStore,
    options: BuildOptions | None = None,
    progress: Progress | None = None,
) -> BuildReport:
    """Build the graph of ``paths`` into ``store`` from scratch.

    Everything already in the store is removed first, so building twice on the
    same input gives the same graph. See :func:`add_papers` for parameters.
    """
    store.clear()
    return add_papers(paths, store, options, progress)
