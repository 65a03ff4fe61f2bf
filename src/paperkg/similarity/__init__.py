"""Semantic similarity: offline embeddings, their cache, SIMILAR_TO edges (exact or on an HNSW index), semantic search."""

from __future__ import annotations

from paperkg.similarity.cache import EmbeddingCache, text_key
from paperkg.similarity.embed import DEFAULT_MODEL, Encoder, load_encoder, paper_text
from paperkg.similarity.pipeline import Embeddings, embed_papers, similar_edges
from paperkg.similarity.search import semantic_search
from paperkg.similarity.topk import TopK, normalise, top_k

__all__ = [
    "DEFAULT_MODEL",
    "EmbeddingCache",
    "Embeddings",
    "Encoder",
    "TopK",
    "embed_papers",
    "load_encoder",
    "normalise",
    "paper_text",
    "semantic_search",
    "similar_edges",
    "text_key",
    "top_k",
]
