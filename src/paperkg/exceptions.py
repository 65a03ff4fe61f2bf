"""The exception tree of paperkg; the CLI turns each into one line and an exit code.

::

    PaperKGError
    ├── LoadError ................ a file cannot be read or parsed
    │   ├── UnknownFormat ........ (ValueError) no loader recognises the content
    │   └── BadRecord ............ (ValueError) one record is malformed (--strict)
    ├── StoreError ............... the graph store cannot be used
    │   ├── StoreLocked .......... another process is writing the data directory
    │   ├── StoreVersionError .... the store was written by a newer paperkg
    │   ├── StoreCorrupt ......... the store file cannot be parsed
    │   └── ServerError .......... a graph server is down or refuses us
    ├── PaperNotFound ............ (KeyError) no paper matches a reference
    ├── AmbiguousPaper ........... (KeyError) several papers match a reference
    ├── EntityNotFound ........... (KeyError) no method, dataset or family of that name
    ├── QueryError ............... (ValueError) a query got arguments it cannot use
    ├── MissingDependency ........ (ImportError) an optional extra is not installed
    ├── EngineError .............. a parallel engine cannot start or reach its cluster
    └── FetchError ............... online enrichment failed (network, API)
"""

from __future__ import annotations

__all__ = [
    "AmbiguousPaper",
    "BadRecord",
    "EngineError",
    "EntityNotFound",
    "FetchError",
    "LoadError",
    "MissingDependency",
    "PaperKGError",
    "PaperNotFound",
    "QueryError",
    "ServerError",
    "StoreCorrupt",
    "StoreError",
    "StoreLocked",
    "StoreVersionError",
    "UnknownFormat",
]


class PaperKGError(Exception):
    """Root of every error paperkg raises on purpose."""


class LoadError(PaperKGError):
    """A file cannot be read or parsed."""


class UnknownFormat(LoadError, ValueError):
    """No loader recognises the file's content."""


class BadRecord(LoadError, ValueError):
    """One record of a file is malformed."""

    def __init__(self, source: str, line: int | None, reason: str) -> None:
        self.source = source
        self.line = line
        self.reason = reason
        where = f"{source}, line {line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


class StoreError(PaperKGError):
    """The graph store cannot be used."""


class StoreLocked(StoreError):
    """Another process holds the data directory's write lock."""


class StoreVersionError(StoreError):
    """The store was written by a newer format version than this paperkg reads."""


class StoreCorrupt(StoreError):
    """The store file exists but cannot be parsed."""


class ServerError(StoreError):
    """A graph server is unreachable, refuses the credentials, or failed mid-write."""


class PaperNotFound(PaperKGError, KeyError):
    """No paper matches the reference; ``suggestions`` holds the closest names, if any."""

    def __init__(self, message: str = "paper not found", suggestions: list[str] | None = None) -> None:
        self.suggestions = list(suggestions or [])
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "paper not found"


class AmbiguousPaper(PaperKGError, KeyError):
    """Several papers match the reference; ``candidates`` lists them."""

    def __init__(
        self, reference: str, candidates: list[tuple[str, str]], total: int | None = None, more: bool = False
    ) -> None:
        self.reference = reference
        self.candidates = candidates
        # how many papers match (at least, with ``more``: a part of a title in most titles is not counted out)
        self.total = len(candidates) if total is None else total
        self.more = more
        count = f"more than {self.total:,}" if more else f"{self.total:,}"
        shown = f" ({len(candidates)} shown)" if more or self.total > len(candidates) else ""
        super().__init__(f"{reference!r} matches {count} papers{shown}; give an arXiv id or a longer title")

    def __str__(self) -> str:
        return str(self.args[0])


class EntityNotFound(PaperKGError, KeyError):
    """No method, dataset or family has that name."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "entity not found"


class QueryError(PaperKGError, ValueError):
    """A query got arguments it cannot use."""


class MissingDependency(PaperKGError, ImportError):
    """An optional dependency is not installed; the message says which extra to install."""


class FetchError(PaperKGError):
    """Online enrichment failed: network unreachable or the API refused."""


class EngineError(PaperKGError):
    """A parallel engine cannot start, or cannot reach its cluster."""
