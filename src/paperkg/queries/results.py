"""Result models of the canned queries: the same shape whatever store answered."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "AuthorPapers",
    "AuthorRef",
    "Coauthor",
    "CommonWork",
    "FamilyMember",
    "FamilyTimeline",
    "Influence",
    "Lineage",
    "LineageHop",
    "OverlapPaper",
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
    # Each signal's share of a hybrid score (embedding, lexical, entities, citations).
    shares: dict[str, float] = Field(default_factory=dict)


class LikelyReference(_Result):
    """A paper that another paper most likely builds on or cites: an earlier paper, linked or near."""

    id: str
    label: str
    year: int | None = None
    score: float | None = None
    rank: int
    linked: list[str] = Field(default_factory=list)
    undated: bool = False


class FamilyMember(_Result):
    """A paper of a method family, with the evidence that puts it there."""

    paper: PaperRef
    evidence: str | None = None


class FamilyTimeline(_Result):
    """The papers of one method family, oldest first."""

    family: str
    members: list[FamilyMember] = Field(default_factory=list)


class FamilySize(_Result):
    """A method family and how many papers are in it (``paperkg family --list``)."""

    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    papers: int = 0


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


class OverlapPaper(_Result):
    """A paper co-cited with (or coupled to) the one asked about, with what they share.

    ``score`` is Salton's cosine; ``shared_count`` how many papers they share;
    ``shared`` up to five of those papers.
    """

    paper: PaperRef
    score: float
    shared_count: int
    shared: list[PaperRef] = Field(default_factory=list)


class AuthorRef(_Result):
    """An author as queries return them."""

    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    ids: list[str] = Field(default_factory=list)
    papers: int = 0


class AuthorPapers(_Result):
    """An author and their papers, oldest first; ``rank`` is their place in each author list."""

    author: AuthorRef
    papers: list[PaperRef] = Field(default_factory=list)
    ranks: list[int | None] = Field(default_factory=list)


class Coauthor(_Result):
    """Someone who wrote papers with the author asked about; ``papers`` are those papers' ids."""

    author: AuthorRef
    count: int
    papers: list[str] = Field(default_factory=list)
