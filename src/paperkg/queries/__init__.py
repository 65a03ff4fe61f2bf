"""Canned queries: one public function each, answered the same way by every store."""

from __future__ import annotations

from paperkg.queries._backend import edge_counts
from paperkg.queries.authors import author_papers, coauthors, resolve_author
from paperkg.queries.cocitation import co_cited, coupled
from paperkg.queries.families import family_members, list_families
from paperkg.queries.influence import derivative_works, influential, prior_works
from paperkg.queries.lineage import builds_on_candidates, lineage
from paperkg.queries.neighbours import shared_datasets, similar
from paperkg.queries.papers import paper_ref, resolve_paper, search, stats
from paperkg.queries.paths import path
from paperkg.queries.references import likely_references
from paperkg.queries.results import (
    AuthorPapers,
    AuthorRef,
    Coauthor,
    CommonWork,
    FamilyMember,
    FamilySize,
    FamilyTimeline,
    Influence,
    LikelyReference,
    Lineage,
    LineageHop,
    OverlapPaper,
    PaperRef,
    PathHop,
    PathResult,
    SearchHit,
    SharedDatasets,
    SimilarPaper,
    Stats,
)

__all__ = [
    "AuthorPapers",
    "AuthorRef",
    "Coauthor",
    "CommonWork",
    "FamilyMember",
    "FamilySize",
    "FamilyTimeline",
    "Influence",
    "LikelyReference",
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
    "author_papers",
    "builds_on_candidates",
    "co_cited",
    "coauthors",
    "coupled",
    "derivative_works",
    "edge_counts",
    "family_members",
    "influential",
    "likely_references",
    "lineage",
    "list_families",
    "paper_ref",
    "path",
    "prior_works",
    "resolve_author",
    "resolve_paper",
    "search",
    "shared_datasets",
    "similar",
    "stats",
]
