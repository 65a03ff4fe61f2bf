"""What inference extracted from one paper, and why: the edges it drew, each with its sentence."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from paperkg.graph.store import GraphStore
from paperkg.models import EdgeKind
from paperkg.queries.papers import paper_ref, resolve_paper
from paperkg.queries.results import PaperRef

__all__ = ["ExtractedItem", "PaperEntities", "paper_entities"]

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
    names = {e.id: e.name for e in store.entities()}
    labels = {p.id: p.label for p in store.papers()}
    order = {kind.value: i for i, kind in enumerate(_KINDS)}
    items = [
        ExtractedItem(
            kind=edge.kind.value,
            target=edge.target,
            name=names.get(edge.target) or labels.get(edge.target) or edge.target,
            relation=edge.relation,
            via=edge.via,
            confidence=edge.confidence,
            evidence=edge.evidence,
        )
        for edge in store.edges(list(_KINDS))
        if edge.source == found.id
    ]
    items.sort(key=lambda item: (order[item.kind], item.name.casefold()))
    return PaperEntities(paper=paper_ref(found), items=items)
