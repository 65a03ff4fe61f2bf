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
from urllib.parse import urljoin, urlsplit

from paperkg.exceptions import FetchError, LoadError, MissingDependency

if TYPE_CHECKING:
    import httpx

__all__ = ["RETRY_STATUSES", "CachedResponse", "HttpClient", "Parse", "parse_json"]

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
    """The part of an HTTP response the enrichers read: status, body text, and the parsed body."""

    status: int
    text: str
    from_cache: bool = False
    parsed: Any = None

    def json(self) -> Any:
        """Return the body parsed as JSON."""
        return json.loads(self.text)


# A check of a successful body before it is cached: returns the parsed value, or raises
# ValueError (or LoadError) saying what is wrong with it.
Parse = Callable[[str], Any]

_REDIRECTS = frozenset({301, 302, 303, 307, 308})


def _origin(url: str) -> tuple[str, str, int | None]:
    """Return (scheme, host, port) of ``url``, with the scheme's default port filled in."""
    parts = urlsplit(url)
    port = parts.port or {"https": 443, "http": 80}.get(parts.scheme)
    return parts.scheme.lower(), (parts.hostname or "").lower(), port


def parse_json(text: str) -> Any:
    """Parse a JSON body, refusing nesting too deep for Python (a ValueError, never a RecursionError)."""
    try:
        return json.loads(text)
    except RecursionError as e:
        raise ValueError("JSON nested too deeply") from e


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
    max_wait
        The longest wait before a retry; a server asking for more (``Retry-After``)
        ends the run with a clear error instead.
    max_bytes
        The largest body accepted (after decompression); a larger one is refused.
    request_deadline
        Seconds one request may take from sending to its last byte, redirects
        included: a server that drips its answer is cut off.
    deadline
        Seconds the whole run may take, waits and retries included; None for no limit.
    max_redirects
        Redirects followed within the API's own origin (scheme, host, port). A
        redirect to any other origin is refused, so the API key header, a key
        in the query and a POST body never reach another host.
    refresh
        Ask the network even when the cache holds an answer (the answer is cached again).
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
    max_bytes: int = 64 * 2**20
    request_deadline: float = 300.0
    deadline: float | None = 3600.0
    max_redirects: int = 5
    refresh: bool = False
    timeout: float = 60.0
    connect_timeout: float = 10.0
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    requests: int = 0
    cache_hits: int = 0
    waits: list[float] = field(default_factory=list)
    _last: float | None = None
    _started: float | None = None
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
                # Redirects are followed by hand, within the API's origin only (see _send).
                follow_redirects=False,
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

    def _cache_read(self, path: Path | None, parse: Parse | None) -> CachedResponse | None:
        if path is None or self.refresh or not path.is_file():
            return None
        try:
            if path.stat().st_size > 2 * self.max_bytes + 4096:
                return None
            data = json.loads(path.read_text(encoding="utf-8"))
            cached = CachedResponse(status=int(data["status"]), text=str(data["text"]), from_cache=True)
            if parse is not None:
                cached.parsed = parse(cached.text)
            return cached
        except (OSError, ValueError, KeyError, TypeError, RecursionError, LoadError):
            # A damaged or unparseable cache entry is refetched, not fatal.
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

    def _retry_after(self, response: httpx.Response, attempt: int, host: str) -> float:
        header = response.headers.get("Retry-After")
        asked: float | None = None
        if header:
            try:
                asked = max(0.0, float(header))
            except ValueError:
                try:
                    when = email.utils.parsedate_to_datetime(header)
                    asked = max(0.0, when.timestamp() - time.time())
                except (TypeError, ValueError, OverflowError):
                    asked = None
        if asked is not None and asked != asked:  # NaN
            asked = None
        if asked is not None and asked > self.max_wait:
            raise FetchError(
                f"{host} answered {response.status_code} and asks to wait {_seconds(asked)}, more than "
                f"{_seconds(self.max_wait)}; try again later"
            )
        if asked is not None:
            return asked
        return min(self.max_wait, self.backoff * float(2**attempt))

    def _check_deadline(self, host: str, wait: float = 0.0) -> None:
        if self.deadline is None or self._started is None:
            return
        if self.clock() + wait - self._started > self.deadline:
            raise FetchError(
                f"{host}: the run would take more than its deadline of {_seconds(self.deadline)}; "
                "try again later, or with --limit"
            )

    def _read(self, response: httpx.Response, host: str, until: float, limit: int) -> bytes:
        """Read a streamed body, refusing more than ``limit`` bytes or a last byte after ``until``."""
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit and "Content-Encoding" not in response.headers:
            raise self._too_big(host, limit)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise self._too_big(host, limit)
            if self.clock() > until:
                raise FetchError(
                    f"{host} took more than {_seconds(self.request_deadline)} to send its answer; "
                    "gave up (try again later)"
                )
            chunks.append(chunk)
        return b"".join(chunks)

    def _too_big(self, host: str, limit: int) -> FetchError:
        return FetchError(
            f"{host} answered more than {limit / 2**20:.0f} MiB; refused (the limit keeps memory bounded)"
        )

    def _send(
        self, client: httpx.Client, method: str, url: str, params: dict[str, Any], json_body: Any
    ) -> tuple[httpx.Response, bytes]:
        """Send one request, following redirects within its origin; return the final response and body."""
        origin = _origin(url)
        host = urlsplit(url).netloc
        until = self.clock() + self.request_deadline
        query: dict[str, Any] | None = params
        for _ in range(self.max_redirects + 1):
            with client.stream(method, url, params=query, json=json_body) as response:
                if response.status_code in _REDIRECTS and "Location" in response.headers:
                    target = urljoin(str(response.request.url), response.headers["Location"])
                    if _origin(target) != origin:
                        raise FetchError(
                            f"{host} redirected to {_one_line(urlsplit(target).netloc or target)[:80]}, another host; "
                            "not followed, so the request and its API key stay with "
                            f"{host}"
                        )
                    if response.status_code in (301, 302, 303):
                        method, json_body = "GET", None
                    url, query = target, None
                    continue
                # An error answer is read only as far as its message needs.
                limit = self.max_bytes if response.status_code < 400 else 64 * 1024
                try:
                    body = self._read(response, host, until, limit)
                except FetchError:
                    if response.status_code < 400:
                        raise
                    body = b""
                return response, body
        raise FetchError(f"{host} redirected more than {self.max_redirects} times; gave up")

    def request(
        self,
        method: str,
        url: str,
        *,
        params: dict[str, Any] | None = None,
        json_body: Any = None,
        parse: Parse | None = None,
        what: str = "an answer it can read",
    ) -> CachedResponse:
        """Send one request (or answer it from the cache) and return the successful response.

        Parameters
        ----------
        method, url, params, json_body
            The request.
        parse
            Checks a successful body and returns its parsed value (kept as
            ``parsed``); raises ValueError when the body is not what was asked
            for. Only a body that parses is cached, and a cached one that does not
            parse is fetched again.
        what
            What the body should be, for the error message ("a JSON list").

        Raises
        ------
        FetchError
            When the host cannot be reached, answers an error (after the retries,
            for 429 and 5xx), redirects to another host, answers too much, too
            slowly, or something ``parse`` refuses.
        """
        params = dict(params or {})
        cache_path = self._cache_path(method, url, params, json_body)
        cached = self._cache_read(cache_path, parse)
        if cached is not None:
            self.cache_hits += 1
            return cached
        host = urlsplit(url).netloc
        client = self._http()
        import httpx

        if self._started is None:
            self._started = self.clock()
        attempt = 0
        while True:
            self._check_deadline(host)
            self._pace()
            self.requests += 1
            try:
                response, body = self._send(client, method, url, params, json_body)
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
            except (httpx.TransportError, httpx.DecodingError) as e:
                raise FetchError(
                    f"cannot reach {host} ({type(e).__name__}: {_one_line(str(e))}); check the network "
                    "connection (nothing else in paperkg needs it)"
                ) from e
            except httpx.HTTPError as e:
                raise FetchError(
                    f"{host}: the exchange failed ({type(e).__name__}: {_one_line(str(e))})"
                ) from e
            else:
                text = body.decode(response.encoding or "utf-8", errors="replace")
                if response.status_code < 300:
                    result = CachedResponse(status=response.status_code, text=text)
                    if parse is not None:
                        result.parsed = self._parse(parse, text, host, what)
                    self._cache_write(cache_path, method, url, params, result)
                    return result
                if response.status_code not in RETRY_STATUSES or attempt >= self.max_retries:
                    raise FetchError(self._error_message(host, response, text, attempt))
                wait = self._retry_after(response, attempt, host)
            self._check_deadline(host, wait)
            self.waits.append(wait)
            self.sleep(wait)
            attempt += 1

    def _parse(self, parse: Parse, text: str, host: str, what: str) -> Any:
        try:
            return parse(text)
        except (ValueError, LoadError, RecursionError, TypeError) as e:
            looks = (
                "an HTML page" if text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")) else None
            )
            detail = looks or _one_line(str(e))[:160]
            raise FetchError(
                f"{host} answered something that is not {what} ({detail}); nothing was cached"
            ) from e

    def _error_message(self, host: str, response: httpx.Response, text: str, attempt: int) -> str:
        status = f"{response.status_code} {response.reason_phrase}".strip()
        detail = _one_line(text)[:200]
        advice = {
            401: "the API key is not valid",
            403: "the API refused the key or the request",
            429: "the rate limit is exhausted; wait a few minutes, or use an API key",
        }.get(response.status_code, "")
        tries = f" after {attempt} retries" if attempt else ""
        parts = [f"{host} answered {status}{tries}", advice, detail]
        return "; ".join(p for p in parts if p)

    def get(
        self,
        url: str,
        params: dict[str, Any] | None = None,
        *,
        parse: Parse | None = None,
        what: str = "an answer it can read",
    ) -> CachedResponse:
        """GET ``url`` (see :meth:`request`)."""
        return self.request("GET", url, params=params, parse=parse, what=what)

    def post(
        self,
        url: str,
        json_body: Any,
        params: dict[str, Any] | None = None,
        *,
        parse: Parse | None = None,
        what: str = "an answer it can read",
    ) -> CachedResponse:
        """POST a JSON body to ``url`` (see :meth:`request`)."""
        return self.request("POST", url, params=params, json_body=json_body, parse=parse, what=what)


def _one_line(text: str) -> str:
    """Return ``text`` on one line, control characters dropped (server text goes into messages)."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def _seconds(value: float) -> str:
    return f"{value:.0f} s" if value < 1e9 else "forever"
