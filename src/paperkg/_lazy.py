"""Modules imported on first use, so that commands which never touch them do not pay for them.

NetworkX takes about a third of a point lookup's start-up (0.1-0.16 s of 0.4 s here), and
``show``, ``entities`` or ``search`` on the SQLite store answer by index without it. Modules that
need it write ``from paperkg._lazy import networkx as nx``: the name is bound at once and the
package is imported the first time an attribute of it is read.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType
from typing import TYPE_CHECKING

__all__ = ["lazy_module", "networkx"]


def lazy_module(name: str) -> ModuleType:
    """Return module ``name``, imported when one of its attributes is first read.

    A module already imported is returned as it is.
    """
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module


if TYPE_CHECKING:
    import networkx as networkx
else:
    networkx = lazy_module("networkx")
