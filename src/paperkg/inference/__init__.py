"""Relationship inference: methods, datasets and families from the text, builds-on edges, evaluation."""

from __future__ import annotations

from paperkg.inference.builds_on import date_order, infer_builds_on
from paperkg.inference.lexicon import (
    Lexicon,
    LexiconEntry,
    import_paperswithcode,
    load_lexicon,
    shipped_lexicon,
)
from paperkg.inference.matcher import Matcher
from paperkg.inference.pipeline import CorpusInference, infer_corpus

__all__ = [
    "CorpusInference",
    "Lexicon",
    "LexiconEntry",
    "Matcher",
    "date_order",
    "import_paperswithcode",
    "infer_builds_on",
    "infer_corpus",
    "load_lexicon",
    "shipped_lexicon",
]
