"""Writing a file so that a reader sees the old content or the new, never a part of it."""

from __future__ import annotations

import os
import stat
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

    The file gets the mode a file replaced there had, else the one ``open`` would give it (0666
    less the umask): ``mkstemp`` makes it 0600, which kept an exported file or the HTML view from
    anyone else on the machine or a web server.
    """
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), _mode_for(path))
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def _mode_for(path: Path) -> int:
    """Return the permission bits of the regular file at ``path`` (not followed if a link), else 0666 less the umask."""
    try:
        found = os.lstat(path)
    except OSError:
        found = None
    if found is not None and stat.S_ISREG(found.st_mode):
        return stat.S_IMODE(found.st_mode)
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask
