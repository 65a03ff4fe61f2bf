"""Writing a file so that a reader sees the old content or the new, never a part of it."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

__all__ = ["write_atomic"]


def write_atomic(path: Path, write: Callable[[IO[bytes]], object]) -> Path:
    """Write ``path`` through a temporary file created exclusively beside it, then rename it over.

    The temporary file is made by ``mkstemp`` (``O_EXCL``, a random name), so a link planted where
    a fixed name would be is never followed; a write that fails (a full disk) leaves ``path`` as
    it was and removes the temporary file.
    """
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path
