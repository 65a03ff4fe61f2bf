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


# -- the README's demo command, run the way a stranger would --------------------------------------


def _stranger_env(shims: Path) -> dict[str, str]:
    """Return an environment with no venv, no PYTHONPATH, no paperkg settings, and the shims first."""
    import os

    venv = os.environ.get("VIRTUAL_ENV")
    path = [p for p in os.environ.get("PATH", "").split(os.pathsep) if not (venv and p.startswith(venv))]
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME") and not k.startswith("PAPERKG_")
    }
    return {**env, "PATH": os.pathsep.join([str(shims), *path])}


def _debian_like_shims(shims: Path) -> Path:
    """Write `python3` that refuses pip outside a venv (PEP 668) and a `python` that does not exist."""
    import sys

    real = Path(getattr(sys, "_base_executable", sys.executable)).resolve()  # under any venv we run in
    shims.mkdir()
    (shims / "python3").write_text(
        "#!/bin/sh\n"
        'if [ "$1" = "-m" ] && [ "$2" = "pip" ]; then\n'
        '    echo "error: externally-managed-environment" >&2; exit 1\n'
        "fi\n"
        f'exec "{real}" "$@"\n'
    )
    (shims / "python").write_text('#!/bin/sh\necho "python: command not found" >&2\nexit 127\n')
    for shim in shims.iterdir():
        shim.chmod(0o755)
    return shims


@pytest.mark.slow
def test_the_demo_runs_from_a_clean_copy_in_a_fresh_venv(tmp_path: Path) -> None:
    """`bash scripts/demo.sh` in a copy of the repository's files, as on a stock Debian machine.

    The copy holds what `git clone` would (tracked files and new ones not ignored), so no
    `.venv`, no built store, no HTML; `python` does not exist and `python3 -m pip` refuses to
    install outside a virtual environment, as Debian's does. The script must make its own
    venv and install there (a few minutes: CPU torch, sentence-transformers, the package).
    """
    import shutil
    import subprocess

    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs the git checkout to list the repository's files")
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    repo = tmp_path / "repo"
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, repo / name)
    shims = _debian_like_shims(tmp_path / "shims")
    done = subprocess.run(
        ["bash", "scripts/demo.sh"],
        cwd=repo,
        capture_output=True,
        text=True,
        env=_stranger_env(shims),
        timeout=1500,
    )
    lineage = [line for line in done.stdout.splitlines() if line.startswith("  -> [BUILDS_ON")]
    assert (done.returncode, done.stderr[-2000:] if done.returncode else "", len(lineage)) == (0, "", 1)
    assert sorted(p.name for p in repo.iterdir() if p.name in (".venv", "paperkg-data", "paperkg-view.html")) == [
        ".venv",
        "paperkg-data",
        "paperkg-view.html",
    ]
