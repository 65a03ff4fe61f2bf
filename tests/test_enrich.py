"""Online enrichment replayed offline: stored API answers served through httpx.MockTransport."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from paperkg.cli import app
from paperkg.enrich import EnrichOptions, HttpClient, enrich_store
from paperkg.enrich import pipeline as enrich_pipeline
from paperkg.exceptions import FetchError
from paperkg.graph import NetworkXStore
from paperkg.models import DatePrecision, Edge, EdgeKind, Paper, Reference

DATA = Path(__file__).resolve().parent / "data"
S2_PAPERS = json.loads((DATA / "enrich-s2-papers.json").read_text(encoding="utf-8"))
S2_REFERENCES = json.loads((DATA / "enrich-s2-references-qlora.json").read_text(encoding="utf-8"))
OPENALEX = json.loads((DATA / "openalex-works.json").read_text(encoding="utf-8"))
ATOM = (DATA / "arxiv-atom.xml").read_text(encoding="utf-8")
QLORA_S2 = "32ac52069e562d4f900afee70bdca63f53461481"


def _s2_index() -> dict[str, dict[str, Any]]:
    index = {}
    for paper in S2_PAPERS:
        ids = paper["externalIds"]
        if ids.get("ArXiv"):
            index[f"ARXIV:{ids['ArXiv']}"] = paper
        if ids.get("DOI"):
            index[f"DOI:{ids['DOI']}"] = paper
    return index


class FakeApi:
    """Answers like the three APIs from the stored responses, and records each request."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.s2 = _s2_index()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path
        if path == "/graph/v1/paper/batch":
            ids = json.loads(request.content)["ids"]
            return httpx.Response(200, json=[self.s2.get(i) for i in ids])
        if path == f"/graph/v1/paper/{QLORA_S2}/references":
            return httpx.Response(200, json=S2_REFERENCES)
        if path.startswith("/graph/v1/paper/") and path.endswith("/references"):
            return httpx.Response(200, json={"offset": 0, "data": []})
        if path == "/works":
            wanted = set(request.url.params["filter"].removeprefix("doi:").split("|"))
            results = [
                w for w in OPENALEX["results"] if (w["doi"] or "").removeprefix("https://doi.org/") in wanted
            ]
            return httpx.Response(200, json={**OPENALEX, "results": results})
        if path == "/api/query":
            return httpx.Response(200, text=ATOM, headers={"Content-Type": "application/atom+xml"})
        return httpx.Response(404, json={"error": "not found"})


def _dump_papers() -> list[Paper]:
    """Papers as the seed dataset-viewer dump gives them: ids and abstracts, no titles."""
    return [
        Paper(arxiv_id="2106.09685", abstract="We propose Low-Rank Adaptation, or LoRA."),
        Paper(arxiv_id="2305.14314", abstract="We present QLoRA, an efficient finetuning approach."),
        Paper(arxiv_id="2307.09288", abstract="In this work, we develop and release Llama 2."),
        Paper(doi="10.1145/3600006.3613165", abstract="High throughput serving of LLMs requires batching."),
    ]


@pytest.fixture
def dump_store(store: NetworkXStore) -> NetworkXStore:
    store.upsert_papers(_dump_papers())
    return store


def _enrich(
    store: NetworkXStore,
    data_dir: Path,
    api: Callable[[httpx.Request], httpx.Response],
    source: str = "semanticscholar",
    **options: Any,
) -> enrich_pipeline.EnrichReport:
    return enrich_store(
        store,
        EnrichOptions(source=source, data_dir=data_dir, **options),
        transport=httpx.MockTransport(api),
        sleep=lambda _: None,
    )


@pytest.fixture
def enriched(dump_store: NetworkXStore, data_dir: Path) -> NetworkXStore:
    _enrich(dump_store, data_dir, FakeApi())
    return dump_store


# -- Semantic Scholar ------------------------------------------------------------------------


def test_titles_are_filled_in(enriched: NetworkXStore) -> None:
    assert (
        enriched.get_paper("arxiv:2106.09685").title == "LoRA: Low-Rank Adaptation of Large Language Models"
    )  # type: ignore[union-attr]


def test_the_label_becomes_the_title(enriched: NetworkXStore) -> None:
    assert (
        enriched.get_paper("arxiv:2307.09288").label == "Llama 2: Open Foundation and Fine-Tuned Chat Models"
    )  # type: ignore[union-attr]


def test_authors_are_filled_in(enriched: NetworkXStore) -> None:
    assert enriched.get_paper("arxiv:2305.14314").authors == ["Tim Dettmers", "Luke Zettlemoyer"]  # type: ignore[union-attr]


def test_dates_are_filled_in(enriched: NetworkXStore) -> None:
    paper = enriched.get_paper("arxiv:2305.14314")
    assert (paper.published, paper.date_precision) == ("2023-05-23", DatePrecision.DAY)  # type: ignore[union-attr]


def test_stored_abstract_wins_over_the_api(enriched: NetworkXStore) -> None:
    assert enriched.get_paper("arxiv:2106.09685").abstract == "We propose Low-Rank Adaptation, or LoRA."  # type: ignore[union-attr]


def test_cites_edges_appear(enriched: NetworkXStore) -> None:
    assert {(e.source, e.target) for e in enriched.edges([EdgeKind.CITES])} == {
        ("arxiv:2305.14314", "arxiv:2106.09685"),
        ("arxiv:2307.09288", "arxiv:2106.09685"),
        ("arxiv:2309.06180", "arxiv:2305.14314"),
    }


def test_a_doi_paper_that_gains_an_arxiv_id_is_renamed(enriched: NetworkXStore) -> None:
    assert enriched.get_paper("doi:10.1145/3600006.3613165") is None


def test_the_api_is_added_to_the_provenance(enriched: NetworkXStore) -> None:
    paper = enriched.get_paper("arxiv:2106.09685")
    assert [p.source for p in paper.provenance] == ["https://api.semanticscholar.org/graph/v1"]  # type: ignore[union-attr]


def test_one_batch_request_carries_every_id(dump_store: NetworkXStore, data_dir: Path) -> None:
    api = FakeApi()
    _enrich(dump_store, data_dir, api)
    assert [json.loads(r.content)["ids"] for r in api.requests] == [
        ["ARXIV:2106.09685", "ARXIV:2305.14314", "ARXIV:2307.09288", "DOI:10.1145/3600006.3613165"]
    ]


def test_batch_asks_for_the_fields_it_needs(dump_store: NetworkXStore, data_dir: Path) -> None:
    api = FakeApi()
    _enrich(dump_store, data_dir, api)
    assert "references.externalIds" in api.requests[0].url.params["fields"]


def test_a_second_run_asks_for_nothing(enriched: NetworkXStore, data_dir: Path) -> None:
    api = FakeApi()
    _enrich(enriched, data_dir, api)
    assert api.requests == []


def test_the_http_cache_answers_a_rerun(data_dir: Path) -> None:
    first, second = NetworkXStore.in_memory(), NetworkXStore.in_memory()
    for handle in (first, second):
        handle.upsert_papers(_dump_papers())
    _enrich(first, data_dir, FakeApi())
    api = FakeApi()
    report = _enrich(second, data_dir, api)
    assert (api.requests, report.cache_hits) == ([], 1)


def test_the_cache_lives_in_the_data_directory(enriched: NetworkXStore, data_dir: Path) -> None:
    assert len(list((data_dir / "http-cache" / "semanticscholar").rglob("*.json"))) == 1


def test_report_counts_what_was_filled(dump_store: NetworkXStore, data_dir: Path) -> None:
    report = _enrich(dump_store, data_dir, FakeApi())
    assert report.filled == {"authors": 4, "date": 4, "references": 4, "title": 4}


def test_report_says_how_many_references_resolved(dump_store: NetworkXStore, data_dir: Path) -> None:
    report = _enrich(dump_store, data_dir, FakeApi())
    assert report.citations["references resolved"] == "3 of 6"


def test_limit_caps_the_papers_asked_for(dump_store: NetworkXStore, data_dir: Path) -> None:
    report = _enrich(dump_store, data_dir, FakeApi(), limit=2)
    assert (report.requested, report.candidates) == (2, 4)


def test_batches_hold_at_most_500_ids(store: NetworkXStore, data_dir: Path) -> None:
    store.upsert_papers(Paper(arxiv_id=f"2401.{i:05d}", abstract="x") for i in range(1201))
    api = FakeApi()
    _enrich(store, data_dir, api)
    assert [len(json.loads(r.content)["ids"]) for r in api.requests] == [500, 500, 201]


def test_api_key_is_sent_as_a_header(
    dump_store: NetworkXStore, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SEMANTIC_SCHOLAR_API_KEY", "s2-secret")
    api = FakeApi()
    _enrich(dump_store, data_dir, api)
    assert api.requests[0].headers["x-api-key"] == "s2-secret"


def test_intents_come_from_the_references_endpoint(dump_store: NetworkXStore, data_dir: Path) -> None:
    _enrich(dump_store, data_dir, FakeApi(), intents=True)
    edge = next(e for e in dump_store.edges([EdgeKind.CITES]) if e.source == "arxiv:2305.14314")
    assert (edge.relation, edge.attrs["is_influential"]) == ("methodology", True)


def test_a_stored_builds_on_is_confirmed_by_the_new_citation(
    dump_store: NetworkXStore, data_dir: Path
) -> None:
    dump_store.upsert_edges(
        [Edge(kind=EdgeKind.BUILDS_ON, source="arxiv:2305.14314", target="arxiv:2106.09685", confidence=0.5)]
    )
    _enrich(dump_store, data_dir, FakeApi())
    edge = next(iter(dump_store.edges([EdgeKind.BUILDS_ON])))
    assert (edge.confidence, edge.attrs["cited"]) == (0.75, True)


def test_edges_of_a_renamed_paper_move_with_it(dump_store: NetworkXStore, data_dir: Path) -> None:
    dump_store.upsert_edges(
        [
            Edge(
                kind=EdgeKind.SIMILAR_TO,
                source="doi:10.1145/3600006.3613165",
                target="arxiv:2305.14314",
                score=0.8,
            )
        ]
    )
    _enrich(dump_store, data_dir, FakeApi())
    assert [(e.source, e.target) for e in dump_store.edges([EdgeKind.SIMILAR_TO])] == [
        ("arxiv:2309.06180", "arxiv:2305.14314")
    ]


def test_nothing_is_fetched_when_nothing_is_missing(tiny_papers: list[Paper], data_dir: Path) -> None:
    store = NetworkXStore.in_memory()
    store.upsert_papers(
        p.model_copy(update={"authors": ["A"], "references": [Reference(title="x")]}) for p in tiny_papers
    )
    api = FakeApi()
    _enrich(store, data_dir, api)
    assert api.requests == []


# -- OpenAlex and arXiv ----------------------------------------------------------------------


def test_openalex_needs_an_api_key(
    dump_store: NetworkXStore, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENALEX_API_KEY", raising=False)
    with pytest.raises(FetchError, match="OPENALEX_API_KEY"):
        _enrich(dump_store, data_dir, FakeApi(), source="openalex")


@pytest.fixture
def openalex_key(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("OPENALEX_API_KEY", "oa-secret")
    return "oa-secret"


def test_openalex_filters_by_doi_with_the_key(
    dump_store: NetworkXStore, data_dir: Path, openalex_key: str
) -> None:
    api = FakeApi()
    _enrich(dump_store, data_dir, api, source="openalex")
    params = api.requests[0].url.params
    assert (params["filter"], params["api_key"]) == (
        "doi:10.48550/arxiv.2106.09685|10.48550/arxiv.2305.14314|10.48550/arxiv.2307.09288|10.1145/3600006.3613165",
        openalex_key,
    )


def test_openalex_fills_titles(dump_store: NetworkXStore, data_dir: Path, openalex_key: str) -> None:
    _enrich(dump_store, data_dir, FakeApi(), source="openalex")
    assert dump_store.get_paper("doi:10.1145/3600006.3613165").title == (  # type: ignore[union-attr]
        "Efficient Memory Management for Large Language Model Serving with PagedAttention"
    )


def test_the_api_key_never_reaches_the_cache(
    dump_store: NetworkXStore, data_dir: Path, openalex_key: str
) -> None:
    _enrich(dump_store, data_dir, FakeApi(), source="openalex")
    cached = "".join(p.read_text(encoding="utf-8") for p in (data_dir / "http-cache").rglob("*.json"))
    assert openalex_key not in cached


def test_arxiv_fills_titles_from_an_id_list_query(dump_store: NetworkXStore, data_dir: Path) -> None:
    _enrich(dump_store, data_dir, FakeApi(), source="arxiv")
    assert dump_store.get_paper("arxiv:2305.14314").title == "QLoRA: Efficient Finetuning of Quantized LLMs"  # type: ignore[union-attr]


def test_arxiv_asks_by_id_list(dump_store: NetworkXStore, data_dir: Path) -> None:
    api = FakeApi()
    _enrich(dump_store, data_dir, api, source="arxiv")
    assert api.requests[0].url.params["id_list"] == "2106.09685,2305.14314,2307.09288"


# -- the HTTP client: rate limit, retries, errors ----------------------------------------------


class FakeTime:
    """A clock that only moves when slept on."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds

    def clock(self) -> float:
        return self.now


def _client(handler: Callable[[httpx.Request], httpx.Response], fake: FakeTime, **kw: Any) -> HttpClient:
    return HttpClient(
        name="test", transport=httpx.MockTransport(handler), sleep=fake.sleep, clock=fake.clock, **kw
    )


def _answers(*responses: httpx.Response) -> Callable[[httpx.Request], httpx.Response]:
    queue = list(responses)
    return lambda request: queue.pop(0)


def test_requests_are_spaced_by_the_rate_limit() -> None:
    fake = FakeTime()
    client = _client(_answers(*[httpx.Response(200, json={})] * 3), fake, min_interval=1.0)
    for i in range(3):
        client.get(f"https://api.example.org/{i}")
    assert fake.slept == [1.0, 1.0]


def test_retry_after_is_honoured_on_429() -> None:
    fake = FakeTime()
    handler = _answers(httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(200, json={}))
    _client(handler, fake, min_interval=0).get("https://api.example.org/x")
    assert fake.slept == [7.0]


def test_5xx_is_retried_with_doubling_backoff() -> None:
    fake = FakeTime()
    handler = _answers(httpx.Response(503), httpx.Response(502), httpx.Response(200, json={"ok": 1}))
    response = _client(handler, fake, min_interval=0, backoff=1.0).get("https://api.example.org/x")
    assert (fake.slept, response.json()) == ([1.0, 2.0], {"ok": 1})


def test_retries_run_out_with_a_clear_error() -> None:
    fake = FakeTime()
    handler = _answers(*[httpx.Response(503)] * 3)
    with pytest.raises(
        FetchError, match=r"api\.example\.org answered 503 Service Unavailable after 2 retries"
    ):
        _client(handler, fake, min_interval=0, max_retries=2).get("https://api.example.org/x")


def test_a_client_error_is_not_retried() -> None:
    fake = FakeTime()
    handler = _answers(httpx.Response(400, json={"error": "Unrecognized or unsupported fields"}))
    with pytest.raises(FetchError, match=r"answered 400 Bad Request; .*Unrecognized"):
        _client(handler, fake, min_interval=0).get("https://api.example.org/x")


def _unreachable(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("[Errno -3] Temporary failure in name resolution", request=request)


def test_an_unreachable_network_is_one_clear_error() -> None:
    with pytest.raises(
        FetchError, match=r"cannot reach api.semanticscholar.org .*check the network connection"
    ):
        _client(_unreachable, FakeTime()).get("https://api.semanticscholar.org/graph/v1/paper/batch")


def test_a_connect_timeout_is_unreachable_not_retried() -> None:
    fake = FakeTime()

    def silent(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("timed out", request=request)

    with pytest.raises(FetchError, match=r"cannot reach api\.example\.org"):
        _client(silent, fake, min_interval=0).get("https://api.example.org/x")


def test_a_read_timeout_is_retried() -> None:
    fake = FakeTime()
    answers = [httpx.ReadTimeout("slow"), httpx.Response(200, json={"ok": 1})]

    def slow_then_ok(request: httpx.Request) -> httpx.Response:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    assert _client(slow_then_ok, fake, min_interval=0).get("https://api.example.org/x").json() == {"ok": 1}


def test_a_failed_enrich_writes_nothing(dump_store: NetworkXStore, data_dir: Path) -> None:
    with pytest.raises(FetchError):
        _enrich(dump_store, data_dir, _unreachable)
    assert dump_store.get_paper("arxiv:2106.09685").title is None  # type: ignore[union-attr]


# -- the command ---------------------------------------------------------------------------


@pytest.fixture
def cli_store(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    with NetworkXStore.open(data_dir, writable=True, create=True) as handle:
        handle.upsert_papers(_dump_papers())
    make_client = enrich_pipeline._client

    def replay(source: str, options: EnrichOptions, transport: Any, sleep: Any) -> HttpClient:
        return make_client(source, options, httpx.MockTransport(FakeApi()), lambda _: None)

    monkeypatch.setattr(enrich_pipeline, "_client", replay)
    return data_dir


def test_enrich_command_reports_what_it_did(cli_store: Path) -> None:
    result = CliRunner().invoke(app, ["enrich", "--from", "semanticscholar", "--data-dir", str(cli_store)])
    assert "enriched from semanticscholar: 4 papers asked for, 4 found, 4 updated" in result.output


def test_enrich_command_prints_the_citation_summary(cli_store: Path) -> None:
    result = CliRunner().invoke(app, ["enrich", "--from", "semanticscholar", "--data-dir", str(cli_store)])
    assert "references resolved: 3 of 6" in result.output


def test_enrich_command_saves_the_store(cli_store: Path) -> None:
    CliRunner().invoke(app, ["enrich", "--from", "semanticscholar", "--data-dir", str(cli_store)])
    with NetworkXStore.open(cli_store) as handle:
        assert handle.counts()["edges"] == {"AUTHORED": 9, "CITES": 3, "COUPLED": 1}


def test_enrich_command_rejects_an_unknown_source(cli_store: Path) -> None:
    result = CliRunner().invoke(app, ["enrich", "--from", "crossref", "--data-dir", str(cli_store)])
    assert result.exit_code == 2


def test_enrich_command_network_error_is_one_line(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with NetworkXStore.open(data_dir, writable=True, create=True) as handle:
        handle.upsert_papers(_dump_papers())
    make_client = enrich_pipeline._client
    monkeypatch.setattr(
        enrich_pipeline,
        "_client",
        lambda s, o, t, sl: make_client(s, o, httpx.MockTransport(_unreachable), lambda _: None),
    )
    result = CliRunner().invoke(app, ["enrich", "--from", "arxiv", "--data-dir", str(data_dir)])
    assert (result.exit_code, result.output.count("\n")) == (1, 1)


@pytest.mark.live
@pytest.mark.skipif(os.environ.get("PAPERKG_LIVE") != "1", reason="touches the network; set PAPERKG_LIVE=1")
@pytest.mark.parametrize("source", ["semanticscholar", "arxiv"])
def test_live_smoke(source: str, data_dir: Path) -> None:
    store = NetworkXStore.in_memory()
    store.upsert_papers(
        [Paper(arxiv_id="1706.03762", abstract="The dominant sequence transduction models...")]
    )
    enrich_store(store, EnrichOptions(source=source, data_dir=data_dir, cache=False))
    # Semantic Scholar spells it "Attention is All you Need", arXiv "Attention Is All You Need".
    assert store.get_paper("arxiv:1706.03762").title.lower() == "attention is all you need"  # type: ignore[union-attr]
