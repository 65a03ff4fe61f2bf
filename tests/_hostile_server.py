"""A hostile HTTP server on 127.0.0.1 for the enrich tests: huge, slow, malformed and redirecting answers.

Each path is one behaviour; every request is recorded with its method, path,
headers and body, so a test can check what reached which server.
"""

from __future__ import annotations

import gzip
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["HostileServer", "Seen", "hostile_server"]


@dataclass
class Seen:
    """One request as the server received it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class HostileServer:
    """A running server: its base URL and the requests it has seen."""

    url: str
    seen: list[Seen] = field(default_factory=list)
    # Where /redirect-away points: another server's URL (another origin).
    elsewhere: str = ""


def _handler(server: HostileServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            """Stay quiet in the test output."""

        def _record(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            server.seen.append(
                Seen(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
            )

        def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            headers = {"Content-Type": "application/json", **(headers or {})}
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            self.do_GET()

        def do_GET(self) -> None:
            self._record()
            path = self.path.split("?")[0]
            with suppress(BrokenPipeError, ConnectionResetError):
                self._answer(path)

        def _answer(self, path: str) -> None:
            if path.endswith("/ok-list"):
                self._send(200, json.dumps([{"paperId": "abc", "title": "A paper"}]).encode())
            elif path.endswith("/ok"):
                self._send(200, b'{"ok": 1}')
            elif path.endswith("/huge"):
                # Announced honestly, but far above the client's limit: sent in 1 MiB pieces.
                total = 256 * 2**20
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(total))
                self.end_headers()
                chunk = b" " * 2**20
                for _ in range(total // len(chunk)):
                    self.wfile.write(chunk)
            elif path.endswith("/huge-chunked"):
                # No length announced: only counting the bytes finds it too big.
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                chunk = b"[" + b" " * (2**20 - 1)
                for _ in range(256):
                    self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                self.wfile.write(b"0\r\n\r\n")
            elif path.endswith("/gzip-bomb"):
                body = gzip.compress(b" " * (64 * 2**20), compresslevel=9)
                self._send(200, body, {"Content-Encoding": "gzip"})
            elif path.endswith("/corrupt-gzip"):
                self._send(
                    200,
                    b"\x1f\x8b\x08\x00" + b"\x00" * 6 + b"not deflate at all",
                    {"Content-Encoding": "gzip"},
                )
            elif path.endswith("/slow"):
                # One byte every 0.2 s, for ever (until the client hangs up).
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", "100000")
                self.end_headers()
                for _ in range(100000):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.2)
            elif path.endswith("/malformed"):
                self._send(200, b'{"data": [1, 2,')
            elif path.endswith("/html"):
                self._send(
                    200, b"<!DOCTYPE html><html><body>Welcome</body></html>", {"Content-Type": "text/html"}
                )
            elif path.endswith("/wrong-types"):
                self._send(200, json.dumps({"data": "not a list"}).encode())
            elif path.endswith("/deep"):
                self._send(200, b"[" * 100000 + b"]" * 100000)
            elif path.endswith("/retry-forever"):
                self._send(429, b"{}", {"Retry-After": "99999"})
            elif path.endswith("/redirect-loop"):
                self._send(302, b"", {"Location": self.path})
            elif path.endswith("/redirect-here"):
                self._send(307, b"", {"Location": path.replace("/redirect-here", "/ok")})
            elif path.endswith("/redirect-away"):
                self._send(307, b"", {"Location": server.elsewhere + "/ok"})
            elif path.endswith("/escape"):
                self._send(400, b'{"error": "bad \\u001b]0;owned\\u0007 request"}')
            else:
                self._send(404, b'{"error": "not found"}')

    return Handler


@contextmanager
def hostile_server() -> Iterator[HostileServer]:
    """Run a hostile server on a free port of 127.0.0.1 for the length of the block."""
    state = HostileServer(url="")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
