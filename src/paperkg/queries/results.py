"""Result models of the canned queries: the same shape whatever store answered."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["PaperRef", "SearchHit", "Stats"]


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


class Stats(_Result):
    """Counts of nodes and edges per kind, and a few paper facts."""

    nodes: dict[str, int]
    edges: dict[str, int]
    papers: int
    year_unknown: int
    with_arxiv_id: int
    with_title: int
