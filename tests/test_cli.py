"""The CLI through typer's CliRunner: output, JSON, exit codes, one-line errors."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from benchmarks.make_corpus import make_corpus
from tests.conftest import ABSTRACTS
from typer.testing import CliRunner

from paperkg.cli import app
from paperkg.graph import NetworkXStore
from paperkg.models import Edge, EdgeKind, Paper

runner = CliRunner()


@pytest.fixture
def built(data_dir: Path, tiny_papers: list[Paper]) -> Path:
    """A saved store holding the tiny papers, one edge, and two similar titles."""
    twins = [
        Paper(title="Scaling Laws for Neural Language Models", abstract="We study scaling."),
        Paper(title="Scaling Laws for Transfer", abstract="We study transfer."),
    ]
    with NetworkXStore.open(data_dir, writable=True, create=True) as store:
        store.upsert_papers(tiny_papers + twins)
        store.upsert_edges(
            [
                Edge(
                    kind=EdgeKind.BUILDS_ON,
                    source=tiny_papers[1].id,
                    target=tiny_papers[0].id,
                    relation="extends",
                )
            ]
        )
    return data_dir


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_help_lists_commands() -> None:
    code, out, _ = invoke("--help")
    assert code == 0 and "build" in out


def test_show_by_arxiv_id_with_version(built: Path) -> None:
    code, out, _ = invoke("show", "2307.09288v2", "--data-dir", str(built))
    assert code == 0 and "Llama 2: Open Foundation" in out


def test_show_json_carries_edge_counts(built: Path) -> None:
    _, out, _ = invoke("show", "arxiv:2302.13971", "--json", "--data-dir", str(built))
    assert json.loads(out)["edge_counts"] == {"BUILDS_ON": 1}


def test_show_by_partial_title(built: Path) -> None:
    _, out, _ = invoke("show", "without ids", "--json", "--data-dir", str(built))
    assert json.loads(out)["title"] == "A paper without ids"


def test_ambiguous_reference_exits_2(built: Path) -> None:
    code, _, _ = invoke("show", "scaling laws", "--data-dir", str(built))
    assert code == 2


def test_ambiguous_reference_lists_candidates(built: Path) -> None:
    _, _, err = invoke("show", "scaling laws", "--data-dir", str(built))
    assert "Scaling Laws for Transfer" in err and "Scaling Laws for Neural Language Models" in err


def test_unknown_reference_exits_1_with_one_line(built: Path) -> None:
    code, _, err = invoke("show", "no such paper anywhere", "--data-dir", str(built))
    assert (code, len(err.strip().splitlines())) == (1, 1)


def test_missing_store_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    code, _, err = invoke("stats", "--data-dir", str(tmp_path / "none"))
    assert (code, err.startswith("error: no paperkg graph")) == (1, True)


def test_stats_json(built: Path) -> None:
    _, out, _ = invoke("stats", "--json", "--data-dir", str(built))
    assert json.loads(out)["edges"] == {"BUILDS_ON": 1}


def test_search_ranks_title_matches_first(built: Path) -> None:
    _, out, _ = invoke("search", "llama", "--json", "--data-dir", str(built))
    assert [h["paper"]["id"] for h in json.loads(out)] == ["arxiv:2302.13971", "arxiv:2307.09288"]


def test_search_without_hits_says_so(built: Path) -> None:
    code, out, _ = invoke("search", "zebra", "--data-dir", str(built))
    assert (code, "no paper contains" in out) == (0, True)


def test_export_json_is_node_link_with_kinds(built: Path, tmp_path: Path) -> None:
    target = tmp_path / "g.json"
    invoke("export", "--format", "json", "--out", str(target), "--data-dir", str(built))
    data = json.loads(target.read_text())
    assert ({n["kind"] for n in data["nodes"]}, [e["kind"] for e in data["edges"]]) == (
        {"paper"},
        ["BUILDS_ON"],
    )


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_gephi_formats_read_back(built: Path, tmp_path: Path, fmt: str) -> None:
    import networkx as nx

    target = tmp_path / f"g.{fmt}"
    invoke("export", "--format", fmt, "--out", str(target), "--data-dir", str(built))
    graph = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(target)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (5, 1)


def test_export_csv_writes_nodes_and_edges(built: Path, tmp_path: Path) -> None:
    invoke("export", "--format", "csv", "--out", str(tmp_path / "g"), "--data-dir", str(built))
    lines = [len((tmp_path / f"g-{part}.csv").read_text().splitlines()) for part in ("nodes", "edges")]
    assert lines == [6, 2]


def test_export_unknown_format_is_refused(built: Path, tmp_path: Path) -> None:
    code, _, err = invoke(
        "export", "--format", "xlsx", "--out", str(tmp_path / "g"), "--data-dir", str(built)
    )
    assert (code, "unknown export format" in err) == (1, True)


def test_a_command_freezes_the_open_store_out_of_the_gc_and_thaws_it_after(built: Path) -> None:
    import gc

    from paperkg.cli import _store

    before = gc.get_freeze_count()
    with _store("networkx", built):
        assert gc.get_freeze_count() > before
    assert gc.get_freeze_count() == before
    assert runner.invoke(app, ["stats", "--data-dir", str(built)]).exit_code == 0
    assert gc.get_freeze_count() == before


# -- help, usage errors, version, start-up ------------------------------------------------


def test_usage_error_is_one_line_on_stderr() -> None:
    code, _, stderr = invoke("lineage")
    assert (code, stderr.count("\n"), stderr.startswith("error: ")) == (2, 1, True)


def test_unknown_option_names_the_command_help() -> None:
    _, _, stderr = invoke("lineage", "MKOR", "--bogus")
    assert stderr == "error: No such option: --bogus (see 'paperkg lineage --help')\n"


def test_help_keeps_bracketed_defaults() -> None:
    _, stdout, _ = invoke("build", "--help")
    assert "[default: all-MiniLM-L6-v2, offline]" in " ".join(stdout.split())


@pytest.mark.parametrize("command", ["build", "enrich", "viz", "query", "cypher", "push", "export"])
def test_help_has_no_type_metavars(command: str) -> None:
    _, stdout, _ = invoke(command, "--help")
    assert [m for m in ("<bool>", "<list[", "<str>", "<int", "<path>") if m in stdout] == []


def test_help_usage_names_the_arguments() -> None:
    _, stdout, _ = invoke("build", "--help")
    assert stdout.splitlines()[0] == "Usage: paperkg build [OPTIONS] PATHS..."


def test_version_prints_the_version() -> None:
    from paperkg import __version__

    code, stdout, _ = invoke("--version")
    assert (code, stdout) == (0, f"paperkg {__version__}\n")


def test_help_lists_the_store_kinds_and_formats_the_library_has() -> None:
    from paperkg import cli
    from paperkg.graph import STORE_KINDS
    from paperkg.loaders import FORMATS

    assert (set(cli.STORE_KINDS), set(cli.FORMATS)) == (set(STORE_KINDS), set(FORMATS))


def test_importing_the_cli_loads_no_heavy_module() -> None:
    import subprocess
    import sys

    code = (
        "import sys, paperkg.cli; "
        "print(sorted(m for m in ('pydantic', 'networkx', 'rich', 'numpy', 'scipy') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_a_missed_paper_suggests_the_closest_label(built: Path) -> None:
    code, _, stderr = invoke("show", "LLaMB", "--data-dir", str(built))
    assert (code, "did you mean LLaMA or Llama 2?" in stderr) == (1, True)


def test_a_lookup_in_a_store_with_no_papers_says_so(tmp_path: Path) -> None:
    # what a build killed before its papers were in leaves (kill -9, a stopped container): the
    # store's file, created as the build opened it, and nothing in it
    import subprocess
    import sys

    killed = f"import os; from paperkg.graph import SQLiteStore; SQLiteStore.open({str(tmp_path)!r}, writable=True, create=True); os._exit(9)"
    assert subprocess.run([sys.executable, "-c", killed]).returncode == 9
    code, _, stderr = invoke("lineage", "LAMB", "--data-dir", str(tmp_path))
    assert (code, "the graph holds no papers; run 'paperkg build FILES'" in stderr) == (1, True)


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal is POSIX")
def test_a_build_in_a_terminal_draws_its_progress_and_finishes(tmp_path: Path) -> None:
    # in a terminal, the progress bars entered the lazily made console, which is no context manager:
    # "lost sys.stderr" and exit 1 before a paper was read
    import os
    import pty

    source = tmp_path / "papers [draft].txt"
    source.write_text(ABSTRACTS.read_text(encoding="utf-8"), encoding="utf-8")
    command = [sys.executable, "-m", "paperkg", "build", str(source), "--no-similarity"]
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [*command, "--data-dir", str(tmp_path / "data")], stdout=follower, stderr=follower, stdin=follower
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal's other end is gone
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    text = shown.decode("utf-8", "replace")
    assert (process.wait(timeout=120), "built: 11 records" in text) == (0, True)


def test_a_progress_bar_says_how_long_is_left() -> None:
    from rich.progress import TimeRemainingColumn

    from paperkg.cli import _RichProgress

    assert any(isinstance(c, TimeRemainingColumn) for c in _RichProgress()._progress.columns)


def test_a_progress_bar_shows_a_file_name_as_it_is() -> None:
    from rich.text import Text

    from paperkg.cli import _RichProgress

    progress = _RichProgress()
    progress.task("loading papers [draft].txt")
    assert Text.from_markup(progress._progress.tasks[0].description).plain == "loading papers [draft].txt"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM to a process is POSIX")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_terminated_build_stops_as_on_ctrl_c(tmp_path: Path, signum: int) -> None:
    # kill, timeout, a scheduler's stop (SIGTERM) or a closed terminal (SIGHUP) ended a build where it
    # stood: an empty store left behind, and the resource tracker's warning of leaked semaphores
    corpus = make_corpus(tmp_path / "corpus.jsonl", 4000)
    store = tmp_path / "store"
    command = [sys.executable, "-m", "paperkg", "build", str(corpus), "--no-similarity", "--data-dir", str(store)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not (store / "graph.sqlite").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1)  # into the load, its workers started
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=60)
    lines = stderr.strip().splitlines()
    assert (process.returncode, lines[-1:], "Traceback" in stderr, "leaked" in stderr) == (
        128 + signum,
        ["terminated"],
        False,
        False,
    )
    assert not (store / "graph.sqlite").exists()


@pytest.mark.parametrize("command", [["export", "-f", "json"], ["search", "optimizer", "--limit", "500"]])
def test_output_piped_to_a_reader_that_stops_early_ends_quietly(tmp_path: Path, command: list[str]) -> None:
    # `paperkg export | head` printed "error: Broken pipe; the store keeps its previous graph"
    from paperkg.graph import SQLiteStore

    store = SQLiteStore.open(tmp_path, writable=True, create=True)
    store.upsert_papers(Paper(id=f"p{i}", title=f"An optimizer of {i} kinds", abstract="x" * 300) for i in range(600))
    store.save()
    store.close()
    args = [sys.executable, "-m", "paperkg", *command, "--data-dir", str(tmp_path)]
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(100)
    process.stdout.close()  # as head does once it has its lines
    stderr = process.stderr.read()
    process.stderr.close()
    assert (process.wait(timeout=60), stderr) == (141, b"")


def test_export_without_out_prints_json_to_stdout(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, stdout, _ = invoke("export", "--data-dir", str(built))
    assert (code, len(json.loads(stdout)["nodes"]), [p.name for p in tmp_path.iterdir()]) == (
        0,
        5,
        ["paperkg-data"],
    )


def test_export_dash_prints_graphml_to_stdout(built: Path) -> None:
    code, stdout, _ = invoke("export", "-f", "graphml", "-o", "-", "--data-dir", str(built))
    assert (code, stdout.count("<node ")) == (0, 5)


def test_export_csv_to_stdout_asks_for_out(built: Path) -> None:
    code, _, stderr = invoke("export", "-f", "csv", "--data-dir", str(built))
    assert (code, "--out" in stderr) == (1, True)


def test_export_csv_makes_a_missing_folder(built: Path, tmp_path: Path) -> None:
    invoke("export", "-f", "csv", "-o", str(tmp_path / "new" / "deeper") + "/", "--data-dir", str(built))
    assert sorted(p.name for p in (tmp_path / "new" / "deeper").iterdir()) == ["edges.csv", "nodes.csv"]


def test_export_csv_prefix_in_a_missing_folder(built: Path, tmp_path: Path) -> None:
    invoke("export", "-f", "csv", "-o", str(tmp_path / "new" / "g"), "--data-dir", str(built))
    assert sorted(p.name for p in (tmp_path / "new").iterdir()) == ["g-edges.csv", "g-nodes.csv"]


def test_build_summary_speaks_without_internal_names(tmp_path: Path) -> None:
    import re

    from conftest import HF_OPTIMIZERS

    data = str(tmp_path / "d")
    _, stdout, _ = invoke("build", str(HF_OPTIMIZERS), "--year", "2025", "--no-similarity", "--data-dir", data)
    lines = [line for line in stdout.splitlines() if line.startswith(("inference:", "graph:", "citations:"))]
    assert (len(lines), [w for line in lines for w in re.findall(r"\b[a-z]+_[a-z_]+\b", line)]) == (3, [])


def test_a_build_into_a_graph_says_it_replaced_it_and_an_add_does_not(tmp_path: Path) -> None:
    from conftest import ABSTRACTS, HF_OPTIMIZERS

    data = str(tmp_path / "d")
    outputs = [
        invoke(verb, str(path), "--year", "2025", "--no-similarity", "--data-dir", data)[1]
        for verb, path in (("build", HF_OPTIMIZERS), ("build", ABSTRACTS), ("add", HF_OPTIMIZERS))
    ]
    said = "this build replaced the graph of {} papers the store held; 'paperkg add FILES' adds to a graph"
    assert [said.format(16) in out for out in outputs] == [False, True, False]
    assert [said.format("")[:25] in out for out in outputs] == [False, True, False]


def test_build_summary_splits_in_family_into_papers_and_methods(tmp_path: Path) -> None:
    from conftest import HF_OPTIMIZERS

    args = ("build", str(HF_OPTIMIZERS), "--year", "2025", "--no-similarity", "--data-dir", str(tmp_path / "d"))
    _, stdout, _ = invoke(*args)
    _, as_json, _ = invoke(*args, "--json")
    report = json.loads(as_json)
    papers, total = report["stages"]["inference"]["in_family"], report["counts"]["edges"]["IN_FAMILY"]
    assert f"{total} in-family ({papers} of papers, {total - papers} of methods)" in stdout
