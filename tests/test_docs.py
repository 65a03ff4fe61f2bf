"""Docs stay in sync with the CLI: every command has help text and a row in the README."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main

from paperkg.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_the_cli_has_commands() -> None:
    assert {"build", "add", "show", "search", "export"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_text(name: str) -> None:
    command = typer.main.get_command(app).commands[name]  # type: ignore[attr-defined]
    assert (command.help or "").strip()


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_in_the_readme(name: str) -> None:
    assert re.search(rf"`paperkg {name}\b", README)


def test_readme_test_command_is_what_ci_runs() -> None:
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash scripts/test.sh" in ci and "bash scripts/test.sh" in README


# -- every README example works on the sample corpus the demo builds ---------------------------

ROOT = Path(__file__).resolve().parent.parent
# Examples that need what a test cannot have: the network, a graph server, files not in the repo.
_NOT_RUN = ("enrich", "grow", "push", "cypher", "papers.jsonl", "arxiv-metadata", "papers/", "methods.json", "GOLD")
_PLACEHOLDERS = re.compile(r"\b(?:PAPER|NAME|TEXT|PATHS|FILE|DIR|ARGS|VALUES|OPTION|NAME_OR_DIR)\b|\.\.\.|\||\[")


def readme_examples() -> list[str]:
    """Return the README's `paperkg ...` examples: lines of sh blocks, and inline ones without placeholders.

    Builds are left out (the fixture runs the demo's build; another build would replace it), as
    are bare command names in the text and the example of a miss ("did you mean").
    """
    lines: list[str] = []
    for block in re.findall(r"```sh\n(.*?)```", README, flags=re.S):
        if "enrich" not in block:
            lines += [line.strip() for line in block.splitlines() if line.strip().startswith("paperkg ")]
    lines += [m for m in re.findall(r"`(paperkg [^`\n]+)`", README) if not _PLACEHOLDERS.search(m)]
    runnable = []
    for line in dict.fromkeys(lines):
        words = line.split()
        if any(word in line for word in _NOT_RUN) or "&&" in line or "did you mean" in README.split(line)[1][:30]:
            continue
        if words[1] in ("build", "add") or (len(words) == 2 and not words[1].startswith("-") and words[1] != "stats"):
            continue
        # The same query on a server is tested against the embedded store in tests/test_falkordb_store.py.
        runnable.append(line.replace(" --store falkordb", ""))
    return runnable


def test_the_readme_examples_are_found() -> None:
    commands = {e.split("#")[0].strip() for e in readme_examples()}
    assert {"paperkg lineage LLaMA", "paperkg viz --lineage MKOR", "paperkg family --list"} <= commands


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder where `paperkg build examples/ --year 2025` (the demo's build) has run."""
    import subprocess
    import sys

    where = tmp_path_factory.mktemp("readme")
    (where / "examples").symlink_to(ROOT / "examples")
    (where / "tests").mkdir()
    (where / "tests" / "data").symlink_to(ROOT / "tests" / "data")
    subprocess.run(
        [sys.executable, "-m", "paperkg", "build", "examples/", "--year", "2025"],
        cwd=where,
        check=True,
        capture_output=True,
        env=_env(where),
    )
    return where


def _env(where: Path) -> dict[str, str]:
    import os

    return {**os.environ, "PAPERKG_DATA_DIR": str(where / "paperkg-data"), "PYTHONPATH": str(ROOT / "src")}


@pytest.mark.slow
@pytest.mark.parametrize("example", readme_examples())
def test_a_readme_example_works_on_the_demo_corpus(demo_store: Path, example: str) -> None:
    import shlex
    import subprocess
    import sys

    argv = shlex.split(example, comments=True)
    assert argv[0] == "paperkg"
    done = subprocess.run(
        [sys.executable, "-m", "paperkg", *argv[1:]],
        cwd=demo_store,
        capture_output=True,
        text=True,
        env=_env(demo_store),
    )
    assert (done.returncode, done.stderr if done.returncode else "") == (0, "")
