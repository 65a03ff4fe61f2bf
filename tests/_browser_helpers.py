"""Headless Chromium driven over the DevTools protocol through a pipe, with no extra package.

Chromium started with ``--remote-debugging-pipe`` reads protocol messages on file
descriptor 3 and writes them on 4, each a JSON object ending in a NUL byte. A page
is a target attached in flat mode, so every command carries its ``sessionId``.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

__all__ = ["Browser", "BrowserError", "Page", "find_chromium"]

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--mute-audio",
]


class BrowserError(RuntimeError):
    """Chromium could not be started or answered with an error."""


def find_chromium() -> str | None:
    """Return the path of Chromium, from ``$CHROMIUM`` or the PATH."""
    for candidate in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if candidate and (found := shutil.which(candidate)):
            return found
    return None


class Browser:
    """One headless Chromium; open pages with :meth:`open`, stop it with :meth:`close`."""

    def __init__(self, executable: str | None = None, window: tuple[int, int] = (1400, 900)) -> None:
        path = executable or find_chromium()
        if path is None:
            raise BrowserError("Chromium is not installed; 'bash scripts/test.sh' installs it with apt")
        self.profile = tempfile.mkdtemp(prefix="paperkg-chromium-")
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()

        def plumb() -> None:  # runs in the child, before exec: the pipe must be fds 3 and 4
            high_r = fcntl.fcntl(to_child_r, fcntl.F_DUPFD, 10)
            high_w = fcntl.fcntl(from_child_w, fcntl.F_DUPFD, 10)
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        self.process = subprocess.Popen(
            [
                path,
                *FLAGS,
                f"--user-data-dir={self.profile}",
                f"--window-size={window[0]},{window[1]}",
                "--remote-debugging-pipe",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            close_fds=False,
            preexec_fn=plumb,
        )
        os.close(to_child_r)
        os.close(from_child_w)
        self._buffer = b""
        self._next_id = 0
        self.events: dict[str | None, list[dict[str, Any]]] = {}
        self.window = window
        self.send("Browser.getVersion", timeout=30)

    # -- protocol ------------------------------------------------------------------

    def _take(self, chunk: bytes) -> list[dict[str, Any]]:
        self._buffer += chunk
        messages = []
        while b"\0" in self._buffer:
            raw, _, self._buffer = self._buffer.partition(b"\0")
            messages.append(json.loads(raw))
        return messages

    def _read(self, timeout: float) -> list[dict[str, Any]]:
        ready, _, _ = select.select([self._from_child], [], [], max(timeout, 0))
        if not ready:
            return []
        chunk = os.read(self._from_child, 1 << 20)
        if not chunk:
            raise BrowserError("Chromium closed the DevTools pipe")
        return self._take(chunk)

    def _record(self, message: dict[str, Any]) -> None:
        if "method" in message:
            self.events.setdefault(message.get("sessionId"), []).append(message)

    def send(
        self,
        method: str,
        params: dict[str, Any] | None = None,
        session: str | None = None,
        timeout: float = 20,
    ) -> dict[str, Any]:
        """Send one command and return its result, recording events that arrive meanwhile."""
        self._next_id += 1
        wanted = self._next_id
        message: dict[str, Any] = {"id": wanted, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_child, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for reply in self._read(deadline - time.monotonic()):
                if reply.get("id") == wanted:
                    if "error" in reply:
                        raise BrowserError(f"{method}: {reply['error'].get('message')}")
                    result: dict[str, Any] = reply.get("result", {})
                    return result
                self._record(reply)
        raise BrowserError(f"Chromium did not answer {method} in {timeout} s")

    def pump(self, seconds: float) -> None:
        """Read and record events for up to ``seconds`` without sending anything."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            messages = self._read(left)
            if not messages:
                return
            for message in messages:
                self._record(message)

    # -- pages ---------------------------------------------------------------------

    def open(self, path: str | Path, wait_for: str | None = None, timeout: float = 60) -> Page:
        """Open a local file in a new page; wait for its load event and for ``wait_for`` to be truthy."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, target, session)
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable", session=session)
        width, height = self.window
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
            session=session,
        )
        self.send("Page.navigate", {"url": Path(path).resolve().as_uri()}, session=session)
        page.wait_for("document.readyState === 'complete'", timeout=timeout)
        if wait_for:
            page.wait_for(wait_for, timeout=timeout)
        return page

    def close(self) -> None:
        """Stop Chromium and remove its profile."""
        with contextlib.suppress(BrowserError, OSError):
            self.send("Browser.close", timeout=5)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for fd in (self._to_child, self._from_child):
            with contextlib.suppress(OSError):
                os.close(fd)
        shutil.rmtree(self.profile, ignore_errors=True)


class Page:
    """One tab: evaluate JavaScript, move the mouse, take screenshots, read its errors."""

    def __init__(self, browser: Browser, target: str, session: str) -> None:
        self.browser = browser
        self.target = target
        self.session = session

    def send(self, method: str, params: dict[str, Any] | None = None, timeout: float = 20) -> dict[str, Any]:
        """Send a command to this page."""
        return self.browser.send(method, params, session=self.session, timeout=timeout)

    def evaluate(self, expression: str, timeout: float = 20) -> Any:
        """Return the value of a JavaScript expression; raise on a thrown exception."""
        result = self.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
            timeout=timeout,
        )
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise BrowserError(f"{expression!r} threw: {text}")
        return result.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float = 30, interval: float = 0.02) -> Any:
        """Poll until the expression is truthy and return its value."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise BrowserError(f"timed out waiting for {expression!r}")
            self.browser.pump(interval)

    def events(self, method: str) -> list[dict[str, Any]]:
        """Return the events of one kind received so far for this page."""
        return [e for e in self.browser.events.get(self.session, []) if e.get("method") == method]

    def errors(self) -> list[str]:
        """Return uncaught exceptions, console errors and logged errors (CSP, failed loads)."""
        self.browser.pump(0.05)
        found = []
        for event in self.events("Runtime.exceptionThrown"):
            details = event["params"]["exceptionDetails"]
            found.append(details.get("exception", {}).get("description") or details.get("text", ""))
        for event in self.events("Runtime.consoleAPICalled"):
            if event["params"]["type"] in ("error", "assert"):
                args = event["params"].get("args", [])
                found.append(" ".join(str(a.get("value", a.get("description", ""))) for a in args))
        for event in self.events("Log.entryAdded"):
            entry = event["params"]["entry"]
            if entry.get("level") == "error":
                found.append(f"{entry.get('source')}: {entry.get('text')}")
        return found

    def mouse_move(self, x: float, y: float) -> None:
        """Move the mouse to page coordinates (CSS pixels)."""
        self.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})

    def requested_urls(self) -> list[str]:
        """Return every URL the page asked for, itself included."""
        self.browser.pump(0.05)
        return [e["params"]["request"]["url"] for e in self.events("Network.requestWillBeSent")]

    def drag(self, start: tuple[float, float], end: tuple[float, float], steps: int = 8) -> None:
        """Press the left button at ``start``, move to ``end`` in steps, release."""
        self.send(
            "Input.dispatchMouseEvent",
            {"type": "mousePressed", "x": start[0], "y": start[1], "button": "left", "clickCount": 1},
        )
        for i in range(1, steps + 1):
            x = start[0] + (end[0] - start[0]) * i / steps
            y = start[1] + (end[1] - start[1]) * i / steps
            self.send(
                "Input.dispatchMouseEvent",
                {"type": "mouseMoved", "x": x, "y": y, "button": "left", "buttons": 1},
            )
            self.browser.pump(0.02)
        self.send(
            "Input.dispatchMouseEvent",
            {"type": "mouseReleased", "x": end[0], "y": end[1], "button": "left", "clickCount": 1},
        )

    def wheel(self, x: float, y: float, delta: float) -> None:
        """Scroll the mouse wheel at a point (negative ``delta`` zooms in on a map-like canvas)."""
        self.send(
            "Input.dispatchMouseEvent", {"type": "mouseWheel", "x": x, "y": y, "deltaX": 0, "deltaY": delta}
        )

    def click(self, x: float, y: float) -> None:
        """Click at page coordinates."""
        for kind in ("mousePressed", "mouseReleased"):
            self.send(
                "Input.dispatchMouseEvent",
                {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1},
            )

    def screenshot(self, path: str | Path) -> Path:
        """Save a PNG of the viewport."""
        data = self.send("Page.captureScreenshot", {"format": "png"}, timeout=60)["data"]
        target = Path(path)
        target.write_bytes(base64.b64decode(data))
        return target

    def close(self) -> None:
        """Close the tab."""
        self.browser.send("Target.closeTarget", {"targetId": self.target})
