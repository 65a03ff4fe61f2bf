"""The examples in the package's docstrings hold: each module's doctests, run as ``doctest`` runs them."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import paperkg

# ``paperkg.__main__`` runs the command line when imported
_MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(paperkg.__path__, "paperkg.")
    if info.name != "paperkg.__main__"
)


@pytest.mark.parametrize("name", _MODULES)
def test_the_examples_in_a_modules_docstrings_hold(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, verbose=False, report=True)
    assert result.failed == 0, (
        f"{result.failed} of {result.attempted} examples in {name} failed (printed above)"
    )
