"""Enrich against a hostile server on 127.0.0.1: bounded, one-line errors, no key sent elsewhere."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from _hostile_server import HostileServer, hostile_server
from paperkg.enrich import HttpClient
from paperkg.enrich import sources as enrich_sources
from paperkg.enrich.sources import _json_list, _json_page
from paperkg.exceptions import FetchError

KEY = "secret-key-1234"


@pytest.fixture(scope="module")
def hostile() -> Iterator[HostileServer]:
    with hostile_server() as server, hostile_server() as other:
        server.elsewhere = other.url
        server.other = other  # type: ignore[attr-defined]
        yield server


@pytest.fixture
def other(hostile: HostileServer) -> HostileServer:
    server: HostileServer = hostile.other  # type: ignore[attr-defined]
    server.seen.clear()
    return server


_OPEN: list[HttpClient] = []


@pytest.fixture(autouse=True)
def _close_clients() -> Iterator[None]:
    yield
    while _OPEN:
        _OPEN.pop().close()


def _client(tmp_path: Path | None = None, **kw: object) -> HttpClient:
    options: dict[str, object] = {"min_interval": 0.0, "max_retries": 1, "backoff": 0.01, **kw}
    client = HttpClient(
        name="hostile",
        headers={"x-api-key": KEY},
        cache_dir=tmp_path,
        **options,  # type: ignore[arg-type]
    )
    _OPEN.append(client)
    return client


# -- item 4: the key stays with its host ------------------------------------------------


def test_a_redirect_to_another_host_is_refused(hostile: HostileServer, other: HostileServer) -> None:
    with pytest.raises(FetchError, match=r"redirected to 127\.0\.0\.1:\d+, another host; not followed"):
        _client().post(f"{hostile.url}/redirect-away", {"ids": ["x"]})


def test_the_key_never_reaches_the_other_host(hostile: HostileServer, other: HostileServer) -> None:
    with pytest.raises(FetchError):
        _client().post(f"{hostile.url}/redirect-away", {"ids": ["x"]})
    assert other.seen == []


def test_a_redirect_within_the_origin_is_followed(hostile: HostileServer) -> None:
    assert _client().post(f"{hostile.url}/redirect-here", {"ids": ["x"]}).json() == {"ok": 1}


def test_a_redirect_loop_ends_in_one_error(hostile: HostileServer) -> None:
    with pytest.raises(FetchError, match=r"redirected more than 5 times; gave up"):
        _client().get(f"{hostile.url}/redirect-loop")


# -- item 11: bounds -------------------------------------------------------------------


@pytest.mark.parametrize("path", ["huge", "huge-chunked", "gzip-bomb"])
def test_a_body_over_the_size_limit_is_refused(hostile: HostileServer, path: str) -> None:
    with pytest.raises(FetchError, match=r"answered more than 16 MiB; refused"):
        _client(max_bytes=16 * 2**20).get(f"{hostile.url}/{path}")


def test_a_corrupt_compressed_body_is_one_error(hostile: HostileServer) -> None:
    with pytest.raises(FetchError, match=r"DecodingError"):
        _client().get(f"{hostile.url}/corrupt-gzip")


def test_a_slow_drip_is_cut_at_the_request_deadline(hostile: HostileServer) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"took more than 1 s to send its answer"):
        _client(request_deadline=1.0).get(f"{hostile.url}/slow")
    assert time.monotonic() - started < 5


def test_a_huge_retry_after_fails_at_once(hostile: HostileServer) -> None:
    slept: list[float] = []
    with pytest.raises(FetchError, match=r"answered 429 and asks to wait 99999 s, more than 120 s"):
        _client(sleep=slept.append).get(f"{hostile.url}/retry-forever")
    assert slept == []


def test_waits_past_the_run_deadline_end_the_run() -> None:
    now = [0.0]
    client = HttpClient(name="t", deadline=10.0, clock=lambda: now[0], sleep=lambda s: None)
    client._started = 0.0
    now[0] = 11.0
    with pytest.raises(FetchError, match=r"more than its deadline of 10 s"):
        client._check_deadline("api.example.org")


# -- item 11: parse before caching -------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "parse", "detail"),
    [
        ("malformed", _json_page, "Expecting value"),
        ("html", _json_page, "an HTML page"),
        ("wrong-types", _json_page, "its records are a str, not a list"),
        ("ok", _json_list, "a JSON dict, not a list"),
        ("deep", _json_list, "JSON nested too deeply"),
    ],
)
def test_a_bad_answer_is_one_error(hostile: HostileServer, path: str, parse: object, detail: str) -> None:
    with pytest.raises(FetchError, match=rf"answered something that is not records \({detail}"):
        _client().get(f"{hostile.url}/{path}", parse=parse, what="records")  # type: ignore[arg-type]


def test_a_bad_answer_is_not_cached(hostile: HostileServer, tmp_path: Path) -> None:
    with pytest.raises(FetchError):
        _client(tmp_path).get(f"{hostile.url}/html", parse=_json_page)
    assert list(tmp_path.rglob("*.json")) == []


def test_a_poisoned_cache_entry_is_fetched_again(hostile: HostileServer, tmp_path: Path) -> None:
    client = _client(tmp_path)
    client.get(f"{hostile.url}/ok")  # cached without a check, as an older paperkg did
    (entry,) = tmp_path.rglob("*.json")
    entry.write_text(json.dumps({"status": 200, "text": "<html>"}), encoding="utf-8")
    answer = _client(tmp_path).get(f"{hostile.url}/ok", parse=lambda t: json.loads(t))
    assert (answer.from_cache, answer.parsed) == (False, {"ok": 1})


def test_refresh_skips_the_cache(hostile: HostileServer, tmp_path: Path) -> None:
    _client(tmp_path).get(f"{hostile.url}/ok")
    assert _client(tmp_path, refresh=True).get(f"{hostile.url}/ok").from_cache is False


def test_server_text_in_an_error_loses_its_control_characters(hostile: HostileServer) -> None:
    with pytest.raises(FetchError) as caught:
        _client().get(f"{hostile.url}/escape")
    assert "\x1b" not in str(caught.value)


def test_a_batch_of_wrong_types_skips_the_bad_records(
    hostile: HostileServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(enrich_sources, "S2_API", f"{hostile.url}/s2")
    hostile.seen.clear()
    # /s2/paper/batch is unknown: a 404 is one error naming the host.
    with pytest.raises(FetchError, match=r"127\.0\.0\.1:\d+ answered 404 Not Found"):
        enrich_sources.fetch_semantic_scholar(["ARXIV:2106.09685"], _client())
