"""paperkg: a citation and relationship knowledge graph of scientific papers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from paperkg.exceptions import PaperKGError

if TYPE_CHECKING:
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

_MODELS = {"Dataset", "Edge", "EdgeKind", "Entity", "Method", "MethodFamily", "Paper"}


def __getattr__(name: str) -> Any:
    # The models load pydantic (a tenth of a second): only when asked for, so that
    # `paperkg --help` and the CLI's start-up do not pay for them.
    if name in _MODELS:
        from paperkg import models

        return getattr(models, name)
    raise AttributeError(f"module 'paperkg' has no attribute {name!r}")
