"""What inference extracted from one paper, and why: the edges it drew, each with its sentence."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict

from paperkg.graph.stores.protocol import GraphStore
from paperkg.models import EdgeKind
from paperkg.queries._backend import edges_from, node_attributes
from paperkg.queries.papers import paper_ref, resolve_paper
from paperkg.queries.results import PaperRef

__all__ = ["ExternalMethod", "ExtractedItem", "PaperEntities", "external_methods", "paper_entities"]

_KINDS = (
    EdgeKind.INTRODUCES,
    EdgeKind.MENTIONS,
    EdgeKind.USES_DATASET,
    EdgeKind.IN_FAMILY,
    EdgeKind.BUILDS_ON,
)


class ExtractedItem(BaseModel):
    """One thing extracted from a paper: the node, how it is linked, and the sentence that shows it."""

    model_config = ConfigDict(extra="forbid")

    kind: str
    target: str
    name: str
    relation: str | None = None
    via: str | None = None
    confidence: float | None = None
    evidence: str | None = None
    discovered: bool = False


class PaperEntities(BaseModel):
    """Everything inference drew from one paper, grouped by edge kind in a fixed order."""

    model_config = ConfigDict(extra="forbid")

    paper: PaperRef
    items: list[ExtractedItem]


def paper_entities(store: GraphStore, paper: str) -> PaperEntities:
    """Return what inference extracted from ``paper``: introduced names, mentions, datasets, families, builds-on.

    Parameters
    ----------
    store
        A built graph.
    paper
        A reference to one paper (arXiv id, DOI, title, partial title or label).

    Returns
    -------
    PaperEntities

    Raises
    ------
    PaperNotFound, AmbiguousPaper
        When the reference matches no paper, or several.
    """
    found = resolve_paper(store, paper)
    edges = edges_from(store, [found.id], _KINDS)
    attributes = node_attributes(store, [e.target for e in edges])
    names = {
        node: str(attrs["name"])
        for node, attrs in attributes.items()
        if attrs.get("kind") in ("method", "dataset", "family") and attrs.get("name")
    }
    discovered = {
        node
        for node, attrs in attributes.items()
        if attrs.get("kind") == "family" and attrs.get("source") == "discovered"
    }
    items = [
        ExtractedItem(
            kind=edge.kind.value,
            target=edge.target,
            name=names.get(edge.target) or _label(store, edge.target),
            relation=edge.relation,
            via=edge.via,
            confidence=edge.confidence,
            evidence=edge.evidence,
            discovered=edge.target in discovered,
        )
        for edge in edges
    ]
    order = {kind.value: i for i, kind in enumerate(_KINDS)}
    items.sort(key=lambda item: (order[item.kind], item.name.casefold()))
    return PaperEntities(paper=paper_ref(found), items=items)


def _label(store: GraphStore, node: str) -> str:
    """Return the label of the paper ``node``, or the id itself when it is no paper."""
    target = store.get_paper(node)
    return target.label if target is not None and target.label else node


class ExternalMethod(BaseModel):
    """A method a paper mentions that no paper in the corpus introduced: where a lineage ends."""

    model_config = ConfigDict(extra="forbid")

    paper: str
    method: str
    name: str
    evidence: str | None = None


def external_methods(store: GraphStore, papers: Iterable[str]) -> list[ExternalMethod]:
    """Return the methods ``papers`` mention that no corpus paper introduced (LoRA, Adam, ...).

    Parameters
    ----------
    store
        A built graph.
    papers
        Paper ids, e.g. the root and every paper of a lineage.

    Returns
    -------
    list of ExternalMethod
        Ordered by paper (in the order given), then method name.
    """
    wanted = list(dict.fromkeys(papers))
    order = {pid: i for i, pid in enumerate(wanted)}
    mentions = edges_from(store, wanted, [EdgeKind.MENTIONS])
    external = {
        node: str(attrs["name"])
        for node, attrs in node_attributes(store, [e.target for e in mentions]).items()
        if attrs.get("kind") == "method" and attrs.get("introduced_by") is None
    }
    found = [
        ExternalMethod(
            paper=edge.source, method=edge.target, name=external[edge.target], evidence=edge.evidence
        )
        for edge in mentions
        if edge.target in external
    ]
    found.sort(key=lambda x: (order[x.paper], x.name.casefold()))
    return found
