"""paperkg: a citation and relationship knowledge graph of scientific papers."""

from __future__ import annotations

from paperkg.exceptions import PaperKGError
from paperkg.models import Dataset, Edge, EdgeKind, Entity, Method, MethodFamily, Paper

__all__ = [
    "Dataset",
    "Edge",
    "EdgeKind",
    "Entity",
    "Method",
    "MethodFamily",
    "Paper",
    "PaperKGError",
    "__version__",
]

__version__ = "0.1.0"
