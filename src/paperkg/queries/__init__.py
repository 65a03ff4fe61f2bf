"""Canned queries: one public function each, answered the same way by every store."""

from __future__ import annotations

from paperkg.queries.papers import paper_ref, resolve_paper, search, stats
from paperkg.queries.results import PaperRef, SearchHit, Stats

__all__ = ["PaperRef", "SearchHit", "Stats", "paper_ref", "resolve_paper", "search", "stats"]
