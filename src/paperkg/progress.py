"""Progress reporting without printing: the library reports, the CLI draws the bar."""

from __future__ import annotations

from typing import Protocol

__all__ = ["NullProgress", "Progress", "ProgressTask"]


class ProgressTask(Protocol):
    """One bar: advanced as work is done, closed when it ends."""

    def advance(self, amount: int = 1) -> None:
        """Count ``amount`` more units done."""
        ...

    def close(self) -> None:
        """Mark the bar finished."""
        ...


class Progress(Protocol):
    """A factory of bars; the CLI passes a rich one, the library defaults to none."""

    def task(self, description: str, total: int | None = None, unit: str = "papers") -> ProgressTask:
        """Start a bar."""
        ...


class _NullTask:
    def advance(self, amount: int = 1) -> None:
        """Do nothing."""

    def close(self) -> None:
        """Do nothing."""


class NullProgress:
    """Progress that shows nothing: the default for library calls."""

    def task(self, description: str, total: int | None = None, unit: str = "papers") -> ProgressTask:
        """Return a bar that draws nothing."""
        return _NullTask()
