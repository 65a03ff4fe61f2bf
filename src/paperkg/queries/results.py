"""Result models of the canned queries: the same shape whatever store answered."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "CommonWork",
    "FamilyMember",
    "FamilyTimeline",
    "Influence",
    "Lineage",
    "LineageHop",
    "PaperRef",
    "PathHop",
    "PathResult",
    "SearchHit",
    "SharedDatasets",
    "SimilarPaper",
    "Stats",
]


class _Result(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PaperRef(_Result):
    """A paper as queries return it: enough to show and to look up again."""

    id: str
    label: str
    title: str | None = None
    year: int | None = None
    published: str | None = None
    arxiv_id: str | None = None


class SearchHit(_Result):
    """One paper matching a text search, with its score and where it matched."""

    paper: PaperRef
    score: float
    matched: list[str] = Field(default_factory=list)
    # The matching text with the matched words in [brackets] (the embedded store's full-text index).
    snippet: str | None = None


class Stats(_Result):
    """Counts of nodes and edges per kind, and a few paper facts."""

    nodes: dict[str, int]
    edges: dict[str, int]
    papers: int
    year_unknown: int
    with_arxiv_id: int
    with_title: int


class LineageHop(_Result):
    """One edge of a lineage: ``source`` builds on (or cites) ``target``, found ``depth`` hops out."""

    source: PaperRef
    target: PaperRef
    depth: int
    kind: str
    relation: str | None = None
    evidence: str | None = None
    via: str | None = None
    confidence: float | None = None


class Lineage(_Result):
    """What a paper builds on (``up``) or what builds on it (``down``), hop by hop."""

    root: PaperRef
    direction: str
    hops: list[LineageHop] = Field(default_factory=list)


class PathHop(_Result):
    """One step of a path between two papers, with the edge that joins them."""

    source: PaperRef
    target: PaperRef
    kind: str
    relation: str | None = None
    evidence: str | None = None
    via: str | None = None
    shared: list[str] = Field(default_factory=list)
    score: float | None = None


class PathResult(_Result):
    """How two papers are connected: the shortest path found, if any."""

    found: bool
    hops: list[PathHop] = Field(default_factory=list)


class SimilarPaper(_Result):
    """A nearest neighbour of a paper, with the other edge kinds that also join them."""

    paper: PaperRef
    score: float | None = None
    rank: int | None = None
    also_linked: list[str] = Field(default_factory=list)


class FamilyMember(_Result):
    """A paper of a method family, with the evidence that puts it there."""

    paper: PaperRef
    evidence: str | None = None


class FamilyTimeline(_Result):
    """The papers of one method family, oldest first."""

    family: str
    members: list[FamilyMember] = Field(default_factory=list)


class SharedDatasets(_Result):
    """A paper that uses some of the same datasets as the one asked about."""

    paper: PaperRef
    datasets: list[str] = Field(default_factory=list)
    weight: float = 0.0


class Influence(_Result):
    """A paper and its PageRank over the chosen edge kinds."""

    paper: PaperRef
    score: float


class CommonWork(_Result):
    """A paper linked to several of the given papers; ``of`` lists which."""

    paper: PaperRef
    count: int
    of: list[str] = Field(default_factory=list)
