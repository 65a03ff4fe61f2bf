"""The engines that run per-paper work: in process, in a process pool, on a Dask cluster."""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from benchmarks.make_corpus import make_corpus
from typer.testing import CliRunner

from _inference_helpers import EXAMPLES, seed_inference, seed_papers
from paperkg.cli import app
from paperkg.engine import ANY_CONTEXT, DaskEngine, LocalEngine, _stops_deferred, open_engine
from paperkg.exceptions import EngineError
from paperkg.graph import BuildOptions, SQLiteStore, build_graph, open_store
from paperkg.inference import CorpusInference, infer_corpus, shipped_lexicon
from paperkg.inference.pipeline import names_context, paper_names, paper_record


def _square_plus(context: int, chunk: Sequence[int]) -> list[int]:
    return [x * x + context for x in chunk]


def _dump(result: CorpusInference) -> tuple[list[str], list[str], str]:
    entities = sorted(json.dumps(e.model_dump(mode="json"), sort_keys=True) for e in result.entities.values())
    edges = sorted(json.dumps(e.model_dump(mode="json"), sort_keys=True) for e in result.edges)
    return entities, edges, json.dumps(result.summary, sort_keys=True)


def test_local_engine_in_process_keeps_order() -> None:
    assert list(LocalEngine(1, chunk_size=3).map(_square_plus, 1, range(10))) == [x * x + 1 for x in range(10)]


def test_local_engine_pool_keeps_order_across_many_chunks() -> None:
    engine = LocalEngine(2, chunk_size=7)
    try:
        assert list(engine.map(_square_plus, 5, range(200))) == [x * x + 5 for x in range(200)]
    finally:
        engine.close()


def _pids(context: object, chunk: Sequence[int]) -> list[int]:
    import os
    import time

    time.sleep(0.01)  # long enough for both processes to take chunks
    return [os.getpid() for _ in chunk]


def test_maps_of_one_context_share_the_pool_and_another_context_gets_its_own() -> None:
    engine = LocalEngine(2, chunk_size=1)
    context, other = [1], [1]
    try:
        first = set(engine.map(_pids, context, range(20)))
        again = set(engine.map(_pids, context, range(20)))
        fresh = set(engine.map(_pids, other, range(20)))
    finally:
        engine.close()
    assert (again <= first, fresh & first) == (True, set())


def _squares(context: object, chunk: Sequence[int]) -> list[int]:
    return [x * x for x in chunk]


def test_a_map_of_any_context_runs_on_the_pool_the_last_map_kept() -> None:
    engine = LocalEngine(2, chunk_size=1)
    try:
        first = set(engine.map(_pids, [1], range(20)))
        kept = set(engine.map(_pids, ANY_CONTEXT, range(20)))
        squares = list(engine.map(_squares, ANY_CONTEXT, range(30)))
        alone = list(LocalEngine(1).map(_squares, ANY_CONTEXT, range(5)))
    finally:
        engine.close()
    assert (kept <= first, squares, alone) == (True, [x * x for x in range(30)], [0, 1, 4, 9, 16])
    assert pickle.loads(pickle.dumps(ANY_CONTEXT)) is ANY_CONTEXT


def _sigint_ignored(context: object, chunk: Sequence[int]) -> list[bool]:
    import signal

    return [signal.getsignal(signal.SIGINT) is signal.SIG_IGN for _ in chunk]


def test_pool_workers_leave_ctrl_c_to_the_parent() -> None:
    # Ctrl-C reaches every process of the terminal's group: a worker interrupted inside the pool's
    # queue could leave it locked (a build then hung after "interrupted", 1 run in 8 at 20k)
    engine = LocalEngine(2, chunk_size=1)
    try:
        assert set(engine.map(_sigint_ignored, None, range(8))) == {True}
    finally:
        engine.close()


@pytest.mark.skipif(sys.platform == "win32", reason="raise_signal of SIGINT is POSIX here")
def test_a_ctrl_c_while_a_worker_starts_waits_for_the_start() -> None:
    # a Ctrl-C while a submit wrote a new worker's state to it cut that short: the worker died with
    # "pickle data was truncated" and its traceback (1 run in 2 of `kill -HUP` 3 s into an add at 20k)
    done = []
    before = signal.signal(signal.SIGINT, signal.default_int_handler)  # pytest-xdist's workers ignore it
    try:
        with pytest.raises(KeyboardInterrupt), _stops_deferred():
            signal.raise_signal(signal.SIGINT)
            done.append("the rest of the block")
        assert (done, signal.getsignal(signal.SIGINT)) == (["the rest of the block"], signal.default_int_handler)
    finally:
        signal.signal(signal.SIGINT, before)


_INTERRUPTED_MAP = """
import sys, time
from pathlib import Path
from paperkg.engine import LocalEngine

def stall(folder, chunk):
    import os
    Path(folder, str(os.getpid())).touch()
    time.sleep(600)
    return chunk

def stall_mid_result(folder, chunk):
    # as a worker stopped while writing a large result: the head of a message to the parent, no more
    import os, struct
    frame = sys._getframe()
    while "result_queue" not in frame.f_locals:
        frame = frame.f_back
    os.write(frame.f_locals["result_queue"]._writer.fileno(), struct.pack("!i", 1 << 20) + b"x" * 100)
    return stall(folder, chunk)

if __name__ == "__main__":
    import faulthandler, signal
    # where it hangs, if it does: the test sends SIGUSR1 before giving up on it
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    # Ctrl-C as a shell hands it to a program: a test runner's worker may start this process with SIGINT
    # blocked or ignored (a map that never ended twice in CI had its main thread waiting, never
    # interrupted); what it was handed is kept for a failure to show
    status = Path("/proc/self/status")
    if status.exists():
        masks = [line for line in status.read_text().splitlines() if line.startswith(("SigBlk", "SigIgn"))]
        Path(sys.argv[1] + ".masks").write_text(" ".join(masks))
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        fn = stall_mid_result if sys.argv[2:] == ["mid-result"] else stall
        list(LocalEngine(2, chunk_size=1).map(fn, sys.argv[1], range(8)))
    except KeyboardInterrupt:
        sys.exit(130)
"""


@contextlib.contextmanager
def _stalled_map(tmp_path: Path, *args: str) -> Iterator[tuple[subprocess.Popen[bytes], list[int]]]:
    """Run a two-worker map whose chunks never end in a child process; yield it and its workers' pids once both
    started a chunk. At the end the child is killed and each worker still alive after ``_GONE_WITHIN`` seconds;
    ``workers`` then holds those (none where the workers ended with it). ``mid-result`` in ``args``: each
    worker first writes the head of a result and no more."""
    script = tmp_path / "interrupted_map.py"
    script.write_text(_INTERRUPTED_MAP)
    started = tmp_path / "started"
    started.mkdir()
    process = subprocess.Popen([sys.executable, str(script), str(started), *args], cwd=tmp_path, stderr=subprocess.PIPE)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while len(list(started.iterdir())) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        workers.extend(int(p.name) for p in started.iterdir())
        assert len(workers) == 2
        yield process, workers
    finally:
        process.kill()
        process.communicate()
        deadline = time.monotonic() + _GONE_WITHIN
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = [pid for pid in workers if _alive(pid)]
        for pid in left:
            os.kill(pid, signal.SIGKILL)
        workers[:] = left


_GONE_WITHIN = 20


def _stacks_of(process: subprocess.Popen[bytes]) -> str:
    """Return the threads' stacks of ``process`` (the map that did not end), which is then killed."""
    process.send_signal(signal.SIGUSR1)
    time.sleep(2)
    process.kill()
    process.wait()
    assert process.stderr is not None
    return process.stderr.read().decode(errors="replace")[-6000:]


def _masks(started: Path) -> str:
    """Return the signal masks the map's process was started with (see _INTERRUPTED_MAP), if it kept them."""
    kept = started.with_name(started.name + ".masks")
    return kept.read_text() if kept.exists() else ""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a process is POSIX")
def test_an_interrupted_map_stops_its_workers_without_waiting_for_their_chunks(tmp_path: Path) -> None:
    # `kill -INT` of a build (or `timeout -s INT`) reaches the parent alone; its workers, mid-chunk,
    # are stopped, not waited for
    with _stalled_map(tmp_path) as (process, workers):
        process.send_signal(signal.SIGINT)
        try:
            code = process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            stacks = _stacks_of(process)
            pytest.fail(f"the map did not end within 30 s; started with {_masks(tmp_path / 'started')}:\n{stacks}")
        left = [pid for pid in workers if _alive(pid)]
    assert (code, left) == (130, [])


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a process is POSIX")
def test_an_interrupted_map_ends_though_a_worker_was_stopped_mid_result(tmp_path: Path) -> None:
    # the pool's thread was left reading the rest of a stopped worker's result, and the interpreter
    # waited on it at exit for ever (a `kill -HUP` of an add at 20k hung so)
    with _stalled_map(tmp_path, "mid-result") as (process, _):
        process.send_signal(signal.SIGINT)
        try:
            _, stderr = process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            stacks = _stacks_of(process)
            pytest.fail(f"the map did not end within 30 s; started with {_masks(tmp_path / 'started')}:\n{stacks}")
    assert (process.returncode, b"Traceback" in stderr) == (130, False)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_parent_s_workers_end_with_it(tmp_path: Path) -> None:
    # kill -9 (or the out-of-memory killer) of a build: its workers hold both ends of the pool's
    # queue, and were left waiting on it for good, with the forkserver
    with _stalled_map(tmp_path) as (process, workers):
        process.kill()
    assert workers == []


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie (exited, not yet reaped by its parent, the forkserver) counts as gone
    status = Path(f"/proc/{pid}/status")
    return not (status.exists() and "\tZ" in status.read_text())


def test_local_engine_of_no_items_yields_nothing() -> None:
    assert list(LocalEngine(2).map(_square_plus, 0, [])) == []


def test_zero_workers_is_refused() -> None:
    with pytest.raises(EngineError, match="1 or more"):
        LocalEngine(0)


def test_dask_engine_needs_a_scheduler() -> None:
    with pytest.raises(EngineError, match="--scheduler"):
        open_engine("dask")


def test_unknown_engine_is_named() -> None:
    with pytest.raises(EngineError, match="unknown engine 'spark'"):
        open_engine("spark")


def test_per_paper_results_pickle() -> None:
    paper = next(p for p in seed_papers() if p.title and p.title.startswith("LoCA"))
    found = paper_names(paper_record(paper), names_context(shipped_lexicon()), words=True)
    assert pickle.loads(pickle.dumps(found)) == found


def test_inference_in_a_process_pool_equals_in_process() -> None:
    papers = list(seed_papers())
    pooled = infer_corpus(papers, shipped_lexicon(), engine=LocalEngine(2, chunk_size=16))
    assert _dump(pooled) == _dump(seed_inference())


@pytest.fixture(scope="module")
def dask_cluster() -> Iterator[Any]:
    """A local Dask cluster of two worker processes, one thread each."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster:
        yield cluster


def test_inference_on_a_two_worker_dask_cluster_equals_local(dask_cluster: Any) -> None:
    import distributed

    with distributed.Client(dask_cluster) as client:
        engine = DaskEngine(client, chunk_size=16)
        on_dask = infer_corpus(list(seed_papers()), shipped_lexicon(), engine=engine)
        engine.close()
        assert client.status == "running"  # the engine leaves a client it was given open
    assert _dump(on_dask) == _dump(seed_inference())


def _store_dump(data_dir: Path) -> tuple[list[str], list[str]]:
    """Every node and edge of the store in ``data_dir``, as sorted JSON."""
    with open_store("sqlite", data_dir=data_dir) as store:
        nodes = [p.model_dump(mode="json") for p in store.papers()]
        nodes += [e.model_dump(mode="json") for e in store.entities()]
        edges = [e.model_dump(mode="json") for e in store.edges()]
    return sorted(json.dumps(n, sort_keys=True) for n in nodes), sorted(
        json.dumps(e, sort_keys=True) for e in edges
    )


def _build(tmp_path: Path, name: str, paths: list[Path], **options: Any) -> tuple[list[str], list[str]]:
    data_dir = tmp_path / name
    with open_store("sqlite", data_dir=data_dir, writable=True, create=True) as store:
        build_graph(paths, store, BuildOptions(similarity=False, **options))
    return _store_dump(data_dir)


def test_a_build_on_a_dask_cluster_gives_the_local_graph(dask_cluster: Any, tmp_path: Path) -> None:
    local = _build(tmp_path, "local", [EXAMPLES], workers=1)
    on_dask = _build(tmp_path, "dask", [EXAMPLES], engine="dask", scheduler=dask_cluster.scheduler_address)
    assert (len(on_dask[0]), len(on_dask[1])) == (len(local[0]), len(local[1]))
    assert on_dask == local


def test_a_build_in_two_processes_gives_the_one_process_graph(tmp_path: Path) -> None:
    # 300 papers: two chunks, so the pool really runs
    corpus = make_corpus(tmp_path / "corpus.jsonl", 300, seed=5)
    one = _build(tmp_path, "one", [corpus], workers=1)
    assert _build(tmp_path, "two", [corpus], workers=2) == one


def _tables(data_dir: Path, leave_out: tuple[str, ...] = ()) -> dict[str, list[str]]:
    """Every row of every table of the store's file (the search index's too), sorted."""
    import sqlite3

    from paperkg.graph.stores.sqlite import DB_FILE

    db = sqlite3.connect(f"file:{data_dir / DB_FILE}?mode=ro", uri=True)
    try:
        names = [
            name
            for name, sql in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
            if "VIRTUAL" not in (sql or "") and name not in leave_out
        ]
        return {name: sorted(map(repr, db.execute(f'SELECT * FROM "{name}"'))) for name in names}
    finally:
        db.close()


def test_papers_whose_rows_the_load_s_workers_made_are_stored_as_one_process_stores_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from paperkg.graph import build

    corpus = make_corpus(tmp_path / "corpus.jsonl", 600, seed=7)
    one = _build(tmp_path, "one", [corpus], workers=1)
    monkeypatch.setattr(build, "_ROWS_IN_WORKERS", 100)
    made = []
    upsert = SQLiteStore.upsert_papers

    def watched(self: SQLiteStore, papers: Any, engine: Any = None) -> int:
        made.append(engine is not None)
        return upsert(self, papers, engine)

    monkeypatch.setattr(SQLiteStore, "upsert_papers", watched)
    assert _build(tmp_path, "two", [corpus], workers=2) == one
    assert made[0]
    # byte for byte but the extraction rows (their corpus state is written in no fixed order)
    assert _tables(tmp_path / "two", ("extractions",)) == _tables(tmp_path / "one", ("extractions",))


def test_the_cli_asks_for_a_scheduler_with_the_dask_engine(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["build", str(EXAMPLES), "--engine", "dask", "--data-dir", str(tmp_path / "d")]
    )
    assert (result.exit_code, "needs the scheduler's address" in result.output) == (2, True)


def test_the_cli_names_the_engines(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["build", str(EXAMPLES), "--engine", "spark", "--data-dir", str(tmp_path / "d")]
    )
    assert (result.exit_code, "local, dask" in result.output) == (2, True)


def test_an_unreachable_scheduler_is_named() -> None:
    pytest.importorskip("distributed")
    with pytest.raises(EngineError, match=re.escape("cannot reach the Dask scheduler at tcp://127.0.0.1:9")):
        DaskEngine("tcp://127.0.0.1:9", timeout=1)
