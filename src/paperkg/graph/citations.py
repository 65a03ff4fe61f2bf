"""The citations build stage: CITES edges from reference lists, and builds-on reinforced by citations."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from paperkg.graph.build import BuildOptions, StageResult
from paperkg.loaders.records import arxiv_from_doi
from paperkg.models import Edge, EdgeKind, Paper, Reference, normalise_title
from paperkg.progress import Progress

__all__ = [
    "PROMOTED_CONFIDENCE",
    "CitationIndex",
    "refute_builds_on",
    "reinforce_builds_on",
    "resolve_citations",
    "run",
]

# Titles shorter than this ("Introduction") are too generic to resolve a reference by.
_MIN_TITLE_KEY = 12
# Intents in the order that names a citation best: a methodology citation is the strongest tie.
_INTENT_ORDER = ("methodology", "result", "background")
# Citation contexts (the sentences around a citation) kept per CITES edge: enough to read why.
_MAX_CONTEXTS = 5
# Confidence given to a builds-on that text alone did not assert but a citation supports.
PROMOTED_CONFIDENCE = 0.6
_PROMOTED_STRONG = 0.7


def _confirm(confidence: float | None) -> float:
    """Raise a text-only confidence when a citation confirms it: halve the remaining doubt."""
    base = confidence if confidence is not None else 0.5
    return round(1.0 - (1.0 - base) / 2.0, 4)


class CitationIndex:
    """Papers keyed by every id a reference may carry: paper id, arXiv id, DOI, source ids, title."""

    def __init__(self, papers: Iterable[Paper]) -> None:
        self.by_key: dict[str, str] = {}
        self.papers: dict[str, Paper] = {}
        titles: dict[str, str] = {}
        for paper in papers:
            self.papers[paper.id] = paper
            self.by_key.setdefault(paper.id, paper.id)
            if paper.arxiv_id:
                self.by_key.setdefault(f"arxiv:{paper.arxiv_id}", paper.id)
            if paper.doi:
                self.by_key.setdefault(f"doi:{paper.doi}", paper.id)
            for source, value in paper.external_ids.items():
                self.by_key.setdefault(f"{source}:{value}", paper.id)
            if paper.title:
                key = normalise_title(paper.title)
                if len(key) >= _MIN_TITLE_KEY:
                    titles.setdefault(key, paper.id)
        self._titles = titles

    def resolve(self, ref: Reference) -> str | None:
        """Return the id of the corpus paper ``ref`` points at, or None."""
        keys = []
        if ref.external_id:
            keys.append(ref.external_id)
        arxiv_id = ref.arxiv_id or arxiv_from_doi(ref.doi)
        if arxiv_id:
            keys.append(f"arxiv:{arxiv_id}")
        if ref.doi:
            keys.append(f"doi:{ref.doi.lower()}")
        for key in keys:
            found = self.by_key.get(key)
            if found:
                return found
        if ref.title:
            found = self._titles.get(normalise_title(ref.title))
            if found:
                candidate = self.papers[found]
                # A title match is refuted by a different arXiv id or DOI.
                if arxiv_id and candidate.arxiv_id and candidate.arxiv_id != arxiv_id:
                    return None
                if ref.doi and candidate.doi and candidate.doi != ref.doi.lower():
                    return None
                return found
        return None


def _external_node_id(ref: Reference) -> str:
    arxiv_id = ref.arxiv_id or arxiv_from_doi(ref.doi)
    if arxiv_id:
        return f"external:arxiv:{arxiv_id}"
    if ref.doi:
        return f"external:doi:{ref.doi.lower()}"
    if ref.external_id:
        return f"external:{ref.external_id}"
    digest = hashlib.sha1(normalise_title(ref.title or "").encode("utf-8")).hexdigest()[:16]
    return f"external:title:{digest}"


@dataclass
class _Citation:
    source: str
    target: str
    intents: set[str] = field(default_factory=set)
    influential: bool | None = None
    formats: set[str] = field(default_factory=set)
    external: bool = False
    contexts: list[str] = field(default_factory=list)

    def add(self, ref: Reference, formats: Iterable[str]) -> None:
        self.intents.update(i.lower() for i in ref.intents)
        for context in ref.contexts:
            if context not in self.contexts and len(self.contexts) < _MAX_CONTEXTS:
                self.contexts.append(context)
        if ref.is_influential is not None:
            self.influential = bool(self.influential) or ref.is_influential
        self.formats.update(formats)

    def edge(self) -> Edge:
        intents = sorted(self.intents, key=lambda i: (_INTENT_ORDER.index(i) if i in _INTENT_ORDER else 9, i))
        attrs: dict[str, Any] = {"is_influential": self.influential, "intents": intents}
        if self.external:
            attrs["external"] = True
        if self.contexts:
            attrs["contexts"] = list(self.contexts)
        return Edge(
            kind=EdgeKind.CITES,
            source=self.source,
            target=self.target,
            relation=intents[0] if intents else None,
            provenance=", ".join(sorted(self.formats)) or None,
            attrs=attrs,
        )


@dataclass
class _Resolution:
    edges: list[Edge]
    external_nodes: list[dict[str, Any]]
    references: int
    resolved: int
    unresolved_by_paper: dict[str, int]


def resolve_citations(papers: list[Paper], *, keep_external: bool = False) -> _Resolution:
    """Resolve every paper's references against the corpus.

    Parameters
    ----------
    papers
        The whole corpus.
    keep_external
        Also return ``external`` nodes for unresolved references, with CITES
        edges to them (``attrs["external"] = True``).

    Returns
    -------
    _Resolution
        CITES edges (one per citing/cited pair, intents united, influential when
        any record says so), external nodes, and the counts.
    """
    if not any(paper.references for paper in papers):
        # nothing to resolve: the index of every paper's ids and title would be built for nothing
        return _Resolution(edges=[], external_nodes=[], references=0, resolved=0, unresolved_by_paper={})
    index = CitationIndex(papers)
    citations: dict[tuple[str, str], _Citation] = {}
    external: dict[str, dict[str, Any]] = {}
    references = resolved = 0
    unresolved_by_paper: dict[str, int] = {}
    for paper in papers:
        formats = [p.format for p in paper.provenance]
        for ref in paper.references:
            references += 1
            target = index.resolve(ref)
            if target == paper.id:
                continue
            if target is None:
                unresolved_by_paper[paper.id] = unresolved_by_paper.get(paper.id, 0) + 1
                if not keep_external:
                    continue
                target = _external_node_id(ref)
                node = external.setdefault(
                    target,
                    {
                        "id": target,
                        "kind": "external",
                        "label": ref.title or target.removeprefix("external:"),
                        "title": ref.title,
                        "arxiv_id": ref.arxiv_id or arxiv_from_doi(ref.doi),
                        "doi": ref.doi.lower() if ref.doi else None,
                        "external_id": ref.external_id,
                        "cited_by": 0,
                    },
                )
                node["cited_by"] += 1
            else:
                resolved += 1
            key = (paper.id, target)
            if key not in citations:
                citations[key] = _Citation(paper.id, target, external=target in external)
            citations[key].add(ref, formats)
    return _Resolution(
        edges=[c.edge() for c in citations.values()],
        external_nodes=list(external.values()),
        references=references,
        resolved=resolved,
        unresolved_by_paper=unresolved_by_paper,
    )


def _is_strong(cites: Edge) -> bool:
    return "methodology" in cites.attrs.get("intents", []) or cites.attrs.get("is_influential") is True


def _not_earlier(papers: dict[str, Paper], source: str, target: str) -> bool:
    """Return False when the citing paper is known to be older than the cited one."""
    a, b = papers.get(source), papers.get(target)
    if a is None or b is None or a.year is None or b.year is None:
        return True
    return a.sort_key() >= b.sort_key()


def reinforce_builds_on(
    cites: list[Edge], inference: StageResult | None, papers: dict[str, Paper]
) -> tuple[list[Edge], int, int]:
    """Combine citations with the inference stage's builds-on.

    A BUILDS_ON edge that is also a citation is re-emitted with
    ``attrs["cited"] = True``, the citation's intents, and its confidence raised
    (the doubt halved; ``attrs["text_confidence"]`` keeps the text's own figure,
    so running this twice raises it once). A citation with a methodology intent
    or marked influential becomes a BUILDS_ON edge when the text was unsure: a
    candidate BUILDS_ON edge for the same pair, or the citing paper MENTIONS
    what the cited paper INTRODUCES.

    Returns
    -------
    tuple
        ``(edges, confirmed, promoted)``.
    """
    if inference is None or inference.skipped:
        return [], 0, 0
    cited = {(e.source, e.target): e for e in cites if not e.attrs.get("external")}
    if not cited:
        # no citation to confirm or promote by: the mentions of every paper would be gathered for nothing
        return [], 0, 0
    out: dict[tuple[str, str], Edge] = {}
    confirmed = promoted = 0
    for edge in inference.edges:
        if edge.kind != EdgeKind.BUILDS_ON or edge.attrs.get("promoted_by") == "citation":
            continue
        citation = cited.get((edge.source, edge.target))
        if citation is None:
            continue
        text_confidence = edge.attrs.get("text_confidence", edge.confidence)
        attrs = {
            **edge.attrs,
            "cited": True,
            "text_confidence": text_confidence,
            "citation_intents": citation.attrs.get("intents", []),
            "is_influential": citation.attrs.get("is_influential"),
        }
        out[(edge.source, edge.target)] = edge.model_copy(
            update={"confidence": _confirm(text_confidence), "attrs": attrs}
        )
        confirmed += 1
    names = {entity.id: entity.name for entity in inference.entities}
    introduced_by: dict[str, set[str]] = {}
    # paper -> entity -> (the name as written, the sentence) of its MENTIONS edge
    mentions: dict[str, dict[str, tuple[str | None, str | None]]] = {}
    for edge in inference.edges:
        if edge.kind == EdgeKind.INTRODUCES:
            introduced_by.setdefault(edge.source, set()).add(edge.target)
        elif edge.kind == EdgeKind.MENTIONS:
            mentions.setdefault(edge.source, {})[edge.target] = (edge.via, edge.evidence)
    for row in inference.rows.get(EdgeKind.INTRODUCES, ()):
        introduced_by.setdefault(row["source"], set()).add(row["target"])
    for row in inference.rows.get(EdgeKind.MENTIONS, ()):  # inference keeps its bulk kinds as rows
        mentions.setdefault(row["source"], {})[row["target"]] = (row.get("via"), row.get("evidence"))
    candidates = {(e.source, e.target): e for e in inference.candidates if e.kind == EdgeKind.BUILDS_ON}
    for key, citation in cited.items():
        if key in out or not _is_strong(citation) or not _not_earlier(papers, *key):
            continue
        strong = "methodology" in citation.attrs.get("intents", []) and citation.attrs.get("is_influential")
        floor = _PROMOTED_STRONG if strong else PROMOTED_CONFIDENCE
        base_attrs = {
            "cited": True,
            "promoted_by": "citation",
            "citation_intents": citation.attrs.get("intents", []),
            "is_influential": citation.attrs.get("is_influential"),
        }
        candidate = candidates.get(key)
        if candidate is not None:
            text_confidence = candidate.attrs.get("text_confidence", candidate.confidence)
            out[key] = candidate.model_copy(
                update={
                    "confidence": max(floor, _confirm(text_confidence)),
                    "attrs": {**candidate.attrs, **base_attrs, "text_confidence": text_confidence},
                }
            )
            promoted += 1
            continue
        shared = sorted(introduced_by.get(key[1], set()) & set(mentions.get(key[0], {})))
        if not shared:
            continue
        entity = shared[0]
        via, evidence = mentions[key[0]][entity]
        name = names.get(entity) or via or entity.split(":", 1)[-1]
        out[key] = Edge(
            kind=EdgeKind.BUILDS_ON,
            source=key[0],
            target=key[1],
            relation="uses",
            evidence=evidence,
            via=name,
            confidence=floor,
            provenance="citation + mention",
            attrs={**base_attrs, "text_confidence": None},
        )
        promoted += 1
    return list(out.values()), confirmed, promoted


def _refute(confidence: float | None) -> float:
    """Lower a text-only confidence when a complete reference list leaves the target out: halve it.

    The mirror of ``_confirm``: a citation halves the doubt, its absence from a
    list that would hold it halves the confidence.
    """
    return round((confidence if confidence is not None else 0.5) / 2.0, 4)


def _findable(paper: Paper | None) -> bool:
    """Return True when a reference to ``paper`` could be resolved: an id, or a title long enough."""
    if paper is None:
        return False
    if paper.arxiv_id or paper.doi or paper.external_ids:
        return True
    return len(normalise_title(paper.title or "")) >= _MIN_TITLE_KEY


def refute_builds_on(
    builds_on: list[Edge], cites: list[Edge], papers: dict[str, Paper]
) -> tuple[list[Edge], list[Edge]]:
    """Lower the confidence of builds-on edges that a complete reference list contradicts.

    A citing paper's reference list counts as complete when the paper has one
    (``Paper.references``, from a source such as Semantic Scholar or OpenAlex)
    and at least one of its entries resolves to a paper of this corpus: then a
    corpus paper it builds on would have been found among them. A BUILDS_ON edge
    from such a paper to a findable target (an id, or a title long enough to
    resolve by) that the list does not cite has its confidence halved,
    ``attrs["cited"] = False``, and ``attrs["text_confidence"]`` keeps the
    text's figure; below ``EMIT_THRESHOLD`` it becomes a candidate.

    Parameters
    ----------
    builds_on
        BUILDS_ON edges, cited ones already marked (``attrs["cited"]``).
    cites
        CITES edges between corpus papers.
    papers
        Papers by id.

    Returns
    -------
    tuple
        ``(kept, demoted)``: edges still drawn (refuted ones with their lowered
        confidence), and edges now candidates.
    """
    from paperkg.inference.builds_on import EMIT_THRESHOLD

    with_list = {e.source for e in cites if not e.attrs.get("external")}
    kept: list[Edge] = []
    demoted: list[Edge] = []
    for edge in builds_on:
        if (
            edge.attrs.get("cited")
            or edge.source not in with_list
            or not papers[edge.source].references
            or not _findable(papers.get(edge.target))
        ):
            kept.append(edge)
            continue
        text_confidence = edge.attrs.get("text_confidence", edge.confidence)
        confidence = _refute(text_confidence)
        refuted = edge.model_copy(
            update={
                "confidence": confidence,
                "attrs": {**edge.attrs, "cited": False, "text_confidence": text_confidence},
            }
        )
        (kept if confidence >= EMIT_THRESHOLD else demoted).append(refuted)
    return kept, demoted


def run(
    papers: list[Paper],
    options: BuildOptions,
    progress: Progress,
    done: dict[str, StageResult] | None = None,
) -> StageResult:
    """Compute CITES edges over the corpus and reinforce the inference stage's builds-on.

    Parameters
    ----------
    papers
        Every paper of the graph, merged across sources.
    options
        ``keep_external_refs`` keeps unresolved references as ``external`` nodes.
    progress
        Where to report progress.
    done
        Results of the stages that ran before; ``done["inference"]`` is used
        when present.

    Returns
    -------
    StageResult
        CITES edges (replacing all earlier ones), reinforced or promoted
        BUILDS_ON edges, external nodes, and a summary with
        ``references resolved: N of M``.
    """
    bar = progress.task("resolving references", total=len(papers), unit="papers")
    try:
        resolution = resolve_citations(papers, keep_external=options.keep_external_refs)
        bar.advance(len(papers))
    finally:
        bar.close()
    by_id = {p.id: p for p in papers}
    inference = (done or {}).get("inference")
    reinforced, confirmed, promoted = reinforce_builds_on(resolution.edges, inference, by_id)
    cites = [e for e in resolution.edges if not e.attrs.get("external")]
    replaces = {EdgeKind.CITES}
    demoted: list[Edge] = []
    unsure: list[Edge] = []
    if inference is not None and not inference.skipped:
        # Every builds-on edge is re-emitted, confirmed, refuted or as inference drew it, so
        # that one a reference list refutes below the threshold leaves the graph.
        changed = {(e.source, e.target) for e in reinforced}
        text_only = [
            e
            for e in inference.edges
            if e.kind == EdgeKind.BUILDS_ON
            and (e.source, e.target) not in changed
            and e.attrs.get("promoted_by") != "citation"
        ]
        reinforced, demoted = refute_builds_on(reinforced + text_only, cites, by_id)
        replaces.add(EdgeKind.BUILDS_ON)
        # The stored candidates follow: those a citation promoted leave, refuted edges join.
        from paperkg.inference.builds_on import as_candidates

        replaces.add(EdgeKind.BUILDS_ON_CANDIDATE)
        unsure = as_candidates(inference.candidates + demoted, {(e.source, e.target) for e in reinforced})
    unresolved = resolution.references - resolution.resolved
    summary: dict[str, Any] = {
        "references resolved": f"{resolution.resolved:,} of {resolution.references:,}",
        "CITES edges between papers": len(cites),
        "builds-on confirmed by a citation": confirmed,
        "builds-on from citations": promoted,
    }
    if EdgeKind.BUILDS_ON in replaces:
        summary["builds-on refuted by a reference list"] = sum(
            e.attrs.get("cited") is False for e in reinforced
        ) + len(demoted)
        summary["builds-on demoted to candidates"] = len(demoted)
    if options.keep_external_refs:
        summary["external nodes"] = len(resolution.external_nodes)
    elif unresolved:
        summary["hint"] = "keep unresolved references as external nodes with --keep-external-refs"
    # Nested values are left out of the one-line CLI summary but kept in --json.
    summary["counts"] = {
        "references": resolution.references,
        "resolved": resolution.resolved,
        "unresolved": unresolved,
        "papers_with_unresolved": len(resolution.unresolved_by_paper),
    }
    summary["unresolved_by_paper"] = resolution.unresolved_by_paper
    return StageResult(
        name="citations",
        edges=resolution.edges + reinforced + unsure,
        replaces=replaces,
        candidates=demoted,
        external_nodes=[{k: v for k, v in n.items() if v is not None} for n in resolution.external_nodes],
        replaces_external=True,
        summary=summary,
    )
