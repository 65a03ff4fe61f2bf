"""Run a pure per-record function over chunks of records: in this process, in a process pool, or on Dask.

A build's per-paper work (reading a paper's text for the names it introduces,
matching the corpus's names in it) depends on nothing but the paper and a
context built once from the corpus. An :class:`Engine` runs such a function
over chunks of records and yields the results in the order of the records:

- :class:`LocalEngine` with one worker runs it here, with no copying at all;
  with more, in a pool of processes, each of which receives the context once;
- :class:`DaskEngine` runs it on a ``dask.distributed`` cluster (``pip install
  'paperkg[dask]'``), the context scattered to every worker once.

Maps of the same context object in a row (a pass in batches) share the pool or
the scattered context, which :meth:`Engine.close` releases.

The function must be defined at module level (workers import it by name), take
``(context, chunk)`` and return one result per record of the chunk; records,
context and results must pickle. At most a few chunks per worker are in flight,
so memory is bounded by the chunk, not by the input.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from itertools import chain, islice
from typing import Any, Protocol, TypeVar

from paperkg.exceptions import EngineError, MissingDependency

__all__ = [
    "ANY_CONTEXT",
    "ENGINES",
    "DaskEngine",
    "Engine",
    "EngineError",
    "LocalEngine",
    "default_workers",
    "open_engine",
]

C = TypeVar("C")
T = TypeVar("T")
R = TypeVar("R")

ENGINES = ("local", "dask")

# Records per task: a task's overhead (pickling, a round trip) is paid per chunk, not per record.
DEFAULT_CHUNK = 256
# Chunks in flight per worker: enough to keep each busy, few enough to bound memory.
_IN_FLIGHT = 3


class _AnyContext:
    """The type of :data:`ANY_CONTEXT`: one object, which pickles as itself."""

    def __reduce__(self) -> str:
        return "ANY_CONTEXT"

    def __repr__(self) -> str:
        return "ANY_CONTEXT"


# The context of a map whose function reads none: a local pool kept from the last map serves it,
# whatever context that map gave (a new pool would cost its processes' start, about a second).
ANY_CONTEXT: Any = _AnyContext()


class Engine(Protocol):
    """Something that maps a per-chunk function over records, in order."""

    workers: int
    chunk_size: int

    def map(
        self,
        fn: Callable[[Any, Sequence[T]], list[R]],
        context: Any,
        items: Iterable[T],
    ) -> Iterator[R]:
        """Yield ``fn(context, chunk)``'s results for each chunk of ``items``, in order."""
        ...

    def close(self) -> None:
        """Release the workers or the connection."""
        ...


def default_workers() -> int:
    """Return how many cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


# The context of the map a pool worker serves, set once per worker by its initializer.
_CONTEXT: Any = None


def _start_worker(context: Any) -> None:
    """A pool worker's initializer: keep the map's context, leave Ctrl-C to the parent, end with the parent."""
    global _CONTEXT
    _CONTEXT = context
    # Ctrl-C reaches every process of the terminal's group: a worker interrupted inside the pool's
    # queue could leave its lock held, and the pool would never end. The parent stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent.sentinel,), name="paperkg-parent-watch", daemon=True).start()


def _exit_with(sentinel: int) -> None:
    """End this worker once the process that started it has ended, however it ended.

    A worker waits on the pool's queue, whose pipe it holds both ends of: killed (kill -9, the
    kernel's out-of-memory killer), the parent would leave it, the forkserver and the resource
    tracker running for good.
    """
    from multiprocessing.connection import wait

    wait([sentinel])
    os._exit(1)


def _run_chunk(fn: Callable[[Any, Sequence[T]], list[R]], chunk: Sequence[T]) -> list[R]:
    return fn(_CONTEXT, chunk)


# Ctrl-C (SIGINT), and SIGTERM and SIGHUP where a program (paperkg's CLI) turns them into exceptions.
_STOPS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


@contextmanager
def _stops_deferred() -> Iterator[None]:
    """Hold back a Ctrl-C (or a signal handled as one) until the block is done, then raise it.

    A pool starts a worker inside a submit by writing the worker's state to it; an exception there
    cuts that write short, and the new worker dies printing a traceback of its own.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    handlers = {s: h for s in _STOPS if callable(h := signal.getsignal(s))}
    for signum in handlers:
        signal.signal(signum, lambda signum, frame: held.append(signum))
    try:
        yield
    finally:
        for signum, handler in handlers.items():
            signal.signal(signum, handler)
        for signum in held[:1]:
            signal.raise_signal(signum)


class LocalEngine:
    """Run chunks in this process (``workers=1``) or in a pool of ``workers`` processes.

    Parameters
    ----------
    workers
        Processes to use; ``None``: as many as there are cores.
    chunk_size
        Records per task.
    """

    def __init__(self, workers: int | None = None, chunk_size: int = DEFAULT_CHUNK) -> None:
        self.workers = default_workers() if workers is None else workers
        self.chunk_size = chunk_size
        if self.workers < 1:
            raise EngineError(f"--workers must be 1 or more, got {workers}")
        # the pool of the last map, kept for the next map of the same context (a pass in batches)
        self._pool: ProcessPoolExecutor | None = None
        self._pool_context: Any = None

    def map(
        self,
        fn: Callable[[Any, Sequence[T]], list[R]],
        context: Any,
        items: Iterable[T],
    ) -> Iterator[R]:
        """Yield ``fn(context, chunk)``'s results for each chunk of ``items``, in order.

        Parameters
        ----------
        fn
            A module-level function of ``(context, chunk)`` returning one result per record.
        context
            What every chunk needs; sent to each worker process once.
        items
            The records; read lazily, a few chunks ahead of the results.

        Yields
        ------
        object
            One result per record, in the order of ``items``.
        """
        chunks = _chunks(items, self.chunk_size)
        first = next(chunks, None)
        second = next(chunks, None) if self.workers > 1 else None
        if second is None:
            # one worker, or all of it one chunk: starting processes would cost more than it saves
            if first is not None:
                yield from fn(context, first)
            for chunk in chunks:
                yield from fn(context, chunk)
            return
        pool = self._pool_for(context)
        pending: deque[Future[list[R]]] = deque()
        try:
            head = [c for c in (first, second) if c is not None]
            for chunk in chain(head, chunks):
                with _stops_deferred():
                    pending.append(pool.submit(_run_chunk, fn, chunk))
                if len(pending) >= self.workers * _IN_FLIGHT:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        except KeyboardInterrupt:
            # stopped now, not left to finish the chunks they hold
            self._stop()
            raise
        finally:
            for future in pending:
                future.cancel()

    def _pool_for(self, context: Any) -> ProcessPoolExecutor:
        """Return a pool whose processes hold ``context``: the last map's, when it was given the same object
        (or :data:`ANY_CONTEXT`)."""
        if self._pool is not None and (self._pool_context is context or context is ANY_CONTEXT):
            return self._pool
        self.close()
        # forkserver (or spawn): a fork of a process running threads (a progress bar's) may deadlock
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        self._pool = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context(method),
            initializer=_start_worker,
            initargs=(context,),
        )
        self._pool_context = context
        return self._pool

    def close(self) -> None:
        """Stop the processes of the pool kept from the last map, if any."""
        pool, self._pool, self._pool_context = self._pool, None, None
        if pool is not None:
            pool.shutdown(cancel_futures=True)

    def _stop(self) -> None:
        """Stop the pool's processes where they are, their chunks unfinished."""
        pool, self._pool, self._pool_context = self._pool, None, None
        if pool is None:
            return
        # ProcessPoolExecutor has no public way to end its workers before Python 3.14
        processes = list((getattr(pool, "_processes", None) or {}).values())
        results = getattr(pool, "_result_queue", None)
        manager = getattr(pool, "_executor_manager_thread", None)
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(5)
            if process.is_alive():
                process.kill()
                process.join()
        # A worker ended while writing its result leaves the pool's thread reading the rest of it for
        # ever, and the interpreter waits on that thread at exit. With the workers gone, closing this
        # process's end of the results pipe, the last writer, ends that read; the thread then fails the
        # futures still pending, and is waited for here, before the caller cancels them.
        if results is not None:
            results._writer.close()
        if manager is not None:
            manager.join(5)


class DaskEngine:
    """Run chunks as tasks on a ``dask.distributed`` cluster.

    Parameters
    ----------
    scheduler
        The scheduler's address (``tcp://host:8786``), or a ``distributed.Client``.
    chunk_size
        Records per task.
    timeout
        Seconds to wait for the scheduler to answer.

    Raises
    ------
    MissingDependency
        When dask.distributed is not installed.
    EngineError
        When the scheduler cannot be reached.
    """

    def __init__(self, scheduler: Any, chunk_size: int = DEFAULT_CHUNK, timeout: float = 30) -> None:
        self.chunk_size = chunk_size
        try:
            from distributed import Client
        except ImportError as e:
            raise MissingDependency("the dask engine needs dask.distributed: pip install 'paperkg[dask]'") from e
        self.client: Any
        if isinstance(scheduler, Client):
            self.client, self._own = scheduler, False
        else:
            connect: Any = Client
            try:
                self.client, self._own = connect(scheduler, timeout=timeout), True
            except (OSError, TimeoutError) as e:
                raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from e
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        self._shared: Any = None
        self._shared_context: Any = None

    def map(
        self,
        fn: Callable[[Any, Sequence[T]], list[R]],
        context: Any,
        items: Iterable[T],
    ) -> Iterator[R]:
        """Yield ``fn(context, chunk)``'s results for each chunk of ``items``, in order (see LocalEngine.map)."""
        if context is ANY_CONTEXT and self._shared is not None:
            context = self._shared_context
        if self._shared is None or self._shared_context is not context:
            self._release()
            # kept for the next map of the same context (a pass in batches) until close
            self._shared = self.client.scatter(context, broadcast=True, hash=False)
            self._shared_context = context
        shared = self._shared
        pending: deque[Any] = deque()
        try:
            for chunk in _chunks(items, self.chunk_size):
                pending.append(self.client.submit(fn, shared, chunk, pure=False))
                if len(pending) >= self.workers * _IN_FLIGHT:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()

    def _release(self) -> None:
        shared, self._shared, self._shared_context = self._shared, None, None
        if shared is not None:
            shared.release()

    def close(self) -> None:
        """Release the context scattered last, and close the connection to the cluster if this engine opened it."""
        self._release()
        if self._own:
            self.client.close()


def open_engine(kind: str = "local", workers: int | None = None, scheduler: str | None = None) -> Engine:
    """Return the engine named ``kind``.

    Parameters
    ----------
    kind
        ``local`` (processes on this machine) or ``dask``.
    workers
        For ``local``: processes; ``None``: one per core.
    scheduler
        For ``dask``: the scheduler's address.

    Raises
    ------
    EngineError
        For an unknown kind, a dask engine without a scheduler, or one that cannot connect.
    """
    if kind == "local":
        return LocalEngine(workers)
    if kind == "dask":
        if not scheduler:
            raise EngineError("--engine dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
        return DaskEngine(scheduler)
    raise EngineError(f"unknown engine {kind!r}; choose one of {', '.join(ENGINES)}")
