"""A polite HTTP client for the scholarly APIs: rate limit, retries with backoff, and an on-disk cache."""

from __future__ import annotations

import email.utils
import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from paperkg.exceptions import FetchError, MissingDependency

if TYPE_CHECKING:
    import httpx

__all__ = ["RETRY_STATUSES", "CachedResponse", "HttpClient"]

# Worth retrying: too many requests, and the server-side failures that pass.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# Query parameters that are secrets: never part of a cache key or written to disk.
_SECRET_PARAMS = frozenset({"api_key", "key", "token"})


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("paperkg")
    except PackageNotFoundError:
        return "dev"


@dataclass
class CachedResponse:
    """The part of an HTTP response the enrichers read: status and body text."""

    status: int
    text: str
    from_cache: bool = False

    def json(self) -> Any:
        """Return the body parsed as JSON."""
        return json.loads(self.text)


@dataclass
class HttpClient:
    """GET and POST with a minimum interval between requests, retries, and a response cache.

    Parameters
    ----------
    name
        The API's name, used in messages and as the cache sub-directory.
    min_interval
        Seconds between two requests that reach the network (cache hits are free).
    cache_dir
        Where successful responses are kept as JSON files; None disables the cache.
    headers
        Sent with every request (an API key header goes here, never into the cache).
    transport
        An ``httpx`` transport; tests pass ``httpx.MockTransport``.
    max_retries
        Retries after a 429 or 5xx answer or a timeout.
    backoff
        First wait in seconds when the server gives no ``Retry-After``; doubled each retry.
    sleep, clock
        Injected so tests run without waiting.
    """

    name: str
    min_interval: float = 1.0
    cache_dir: Path | None = None
    headers: dict[str, str] = field(default_factory=dict)
    transport: Any = None
    max_retries: int = 5
    backoff: float = 1.0
    max_wait: float = 120.0
    timeout: float = 60.0
    connect_timeout: float = 10.0
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    requests: int = 0
    cache_hits: int = 0
    waits: list[float] = field(default_factory=list)
    _last: float | None = None
    _client: httpx.Client | None = None

    def _http(self) -> httpx.Client:
        if self._client is None:
            try:
                import httpx
            except ImportError as e:
                raise MissingDependency(
                    "online enrichment needs httpx; install it with: pip install 'paperkg[sources]'"
                ) from e
            self._client = httpx.Client(
                transport=self.transport,
                timeout=httpx.Timeout(self.timeout, connect=self.connect_timeout),
                headers={"User-Agent": f"paperkg/{_version()} (paperkg enrich)", **self.headers},
                follow_redirects=True,
            )
        return self._client

    def close(self) -> None:
        """Close the connection pool."""
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- cache -------------------------------------------------------------------

    def _cache_path(self, method: str, url: str, params: dict[str, Any], body: Any) -> Path | None:
        if self.cache_dir is None:
            return None
        public = {k: v for k, v in sorted(params.items()) if k not in _SECRET_PARAMS}
        basis = json.dumps([method, url, public, body], sort_keys=True, ensure_ascii=False)
        digest = hashlib.sha256(basis.encode("utf-8")).hexdigest()
        return self.cache_dir / self.name / digest[:2] / f"{digest}.json"

    def _cache_read(self, path: Path | None) -> CachedResponse | None:
        if path is None or not path.exists():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return CachedResponse(status=int(data["status"]), text=str(data["text"]), from_cache=True)
        except (OSError, ValueError, KeyError, TypeError):
            # A damaged cache entry is refetched, not fatal.
            return None

    def _cache_write(
        self, path: Path | None, method: str, url: str, params: dict[str, Any], response: CachedResponse
    ) -> None:
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        public = {k: v for k, v in params.items() if k not in _SECRET_PARAMS}
        entry = {
            "method": method,
            "url": url,
            "params": public,
            "status": response.status,
            "text": response.text,
        }
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)

    # -- requests ----------------------------------------------------------------

    def _pace(self) -> None:
        if self._last is not None:
            wait = self.min_interval - (self.clock() - self._last)
            if wait > 0:
                self.sleep(wait)
        self._last = self.clock()

    def _retry_after(self, response: httpx.Response, attempt: int) -> float:
        header = response.headers.get("Retry-After")
        if header:
            try:
                return min(self.max_wait, max(0.0, float(header)))
            except ValueError:
                try:
                    when = email.utils.parsedate_to_datetime(header)
                    return min(self.max_wait, max(0.0, when.timestamp() - time.time()))
                except (TypeError, ValueError):
                    pass
        return min(self.max_wait, self.backoff * float(2**attempt))

    def request(
        self,
        method: str,
        url: str,
        *,
        params: dict[str, Any] | None = None,
        json_body: Any = None,
    ) -> CachedResponse:
        """Send one request (or answer it from the cache) and return the successful response.

        Raises
        ------
        FetchError
            When the host cannot be reached, or answers an error (after the
            retries, for 429 and 5xx).
        """
        params = dict(params or {})
        cache_path = self._cache_path(method, url, params, json_body)
        cached = self._cache_read(cache_path)
        if cached is not None:
            self.cache_hits += 1
            return cached
        host = urlsplit(url).netloc
        client = self._http()
        import httpx

        attempt = 0
        while True:
            self._pace()
            self.requests += 1
            try:
                response = client.request(method, url, params=params, json=json_body)
            except httpx.ConnectTimeout as e:
                raise FetchError(
                    f"cannot reach {host} (no answer to connect in {self.connect_timeout:.0f} s); check the "
                    "network connection (nothing else in paperkg needs it)"
                ) from e
            except httpx.TimeoutException as e:
                if attempt >= self.max_retries:
                    raise FetchError(
                        f"{host} did not answer in {self.timeout:.0f} s, {attempt + 1} times; try again later"
                    ) from e
                wait = min(self.max_wait, self.backoff * (2**attempt))
            except httpx.TransportError as e:
                raise FetchError(
                    f"cannot reach {host} ({type(e).__name__}: {e}); check the network connection "
                    "(nothing else in paperkg needs it)"
                ) from e
            else:
                if response.status_code < 400:
                    result = CachedResponse(status=response.status_code, text=response.text)
                    self._cache_write(cache_path, method, url, params, result)
                    return result
                if response.status_code not in RETRY_STATUSES or attempt >= self.max_retries:
                    raise FetchError(self._error_message(host, response, attempt))
                wait = self._retry_after(response, attempt)
            self.waits.append(wait)
            self.sleep(wait)
            attempt += 1

    def _error_message(self, host: str, response: httpx.Response, attempt: int) -> str:
        status = f"{response.status_code} {response.reason_phrase}".strip()
        detail = " ".join(response.text.split())[:200]
        advice = {
            401: "the API key is not valid",
            403: "the API refused the key or the request",
            429: "the rate limit is exhausted; wait a few minutes, or use an API key",
        }.get(response.status_code, "")
        tries = f" after {attempt} retries" if attempt else ""
        parts = [f"{host} answered {status}{tries}", advice, detail]
        return "; ".join(p for p in parts if p)

    def get(self, url: str, params: dict[str, Any] | None = None) -> CachedResponse:
        """GET ``url`` (see :meth:`request`)."""
        return self.request("GET", url, params=params)

    def post(self, url: str, json_body: Any, params: dict[str, Any] | None = None) -> CachedResponse:
        """POST a JSON body to ``url`` (see :meth:`request`)."""
        return self.request("POST", url, params=params, json_body=json_body)
