"""Shared by the inference tests: the seed corpus loaded once and inferred once."""

from __future__ import annotations

import random
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from paperkg.graph.build import BuildOptions, load_papers
from paperkg.inference import CorpusInference, infer_corpus, shipped_lexicon
from paperkg.loaders import LoadOptions
from paperkg.models import Edge, EdgeKind, Paper

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
PWC_METHODS = SHARED_DATA / "paperswithcode-methods-2022.json.gz"

MKOR = "MKOR: Momentum-Enabled Kronecker-Factor-Based Optimizer Using Rank-1 Updates"
LAMB = "Large Batch Optimization for Deep Learning: Training BERT in 76 minutes"
LOCA = "LoCA: Location-Aware Cosine Adaptation for Parameter-Efficient Fine-Tuning"
AGVM = "Large-batch Optimization for Dense Visual Predictions"


@lru_cache(maxsize=1)
def seed_papers() -> tuple[Paper, ...]:
    """Return the 142 seed papers, loaded with the listing year 2025."""
    index, _, _ = load_papers([EXAMPLES], BuildOptions(load=LoadOptions(year=2025)))
    return tuple(index.by_id.values())


@lru_cache(maxsize=1)
def seed_inference() -> CorpusInference:
    """Return inference over the seed corpus with the shipped lexicon."""
    return infer_corpus(list(seed_papers()), shipped_lexicon())


def paper_id(reference: str) -> str:
    """Return the id of the seed paper with this arXiv id, title, or abstract start."""
    for paper in seed_papers():
        if reference in (paper.arxiv_id, paper.title) or (paper.abstract or "").startswith(reference):
            return paper.id
    raise KeyError(reference)


def edges_of(kind: EdgeKind) -> list[Edge]:
    """Return the edges of one kind that inference drew on the seeds."""
    return [e for e in seed_inference().edges if e.kind is kind]


def edge(kind: EdgeKind, source: str, target: str) -> Edge | None:
    """Return the edge ``source -> target`` of ``kind``, or None."""
    return next((e for e in edges_of(kind) if e.source == source and e.target == target), None)


def random_hubs(rng: random.Random, papers: Iterable[str], small: int, big_share: float) -> dict[str, set[str]]:
    """Each paper in one of two large hubs (``big0``, ``big1``) with probability ``big_share``, and
    in up to two of ``small`` smaller ones (``h0``...): SAME_FAMILY / SHARES_DATASET hubs of every size."""
    hubs: dict[str, set[str]] = {}
    for paper in papers:
        its = {f"big{rng.randrange(2)}"} if rng.random() < big_share else set()
        its.update(f"h{rng.randrange(small)}" for _ in range(rng.randrange(3)))
        hubs[paper] = its
    return hubs
