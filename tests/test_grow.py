"""paperkg grow on replayed Semantic Scholar and OpenAlex answers, checked against hand counts.

The replay (tests/data/grow-s2-replay.json) is a small world around three seeds, QLoRA,
LoRA and LLaMA. Their references, and their references' references, are::

    QLoRA  Q -> L, M, I, A, T           LLM.int8()  I -> T, G, X1 (ZeroQuant)
    LoRA   L -> T, B, G, A, P, (a note   Adapters    A -> B, T
                   with no S2 id)        Transformer T -> X2 (Bahdanau)
    LLaMA  M -> T, G, C, B               BERT        B -> T, X4 (ELMo)
                                         GPT-3       G -> T, B, X5 (scaling laws)
                                         Prefix      P -> G, B, A
                                         Chinchilla  C -> G, T, X5

Co-citation by hand (corpus citers; at least two shared; Salton's cosine):
citers(T) = Q L M I A B G C (8), citers(B) = L M A G P (5), citers(G) = L M I P C (5),
citers(A) = Q L P (3), citers(X5) = G C (2).
    T-B {L M A G} 4/sqrt(40) = 0.6325    T-G {L M I C} 0.6325    B-G {L M P} 3/5 = 0.6
    B-A {L P} 2/sqrt(15) = 0.5164        G-A {L P} 0.5164        T-X5 {G C} 2/4 = 0.5
    T-A {Q L} 2/sqrt(24) = 0.4082

Coupling by hand (references, the note without an id counted for LoRA: |L| = 6):
    Q-L {A T} 2/sqrt(30) = 0.3651   L-M {T B G} 3/sqrt(24) = 0.6124   L-I {T G} 2/sqrt(18) = 0.4714
    L-A {B T} 2/sqrt(12) = 0.5774   L-G {T B} 0.4714                  L-P {G B A} 3/sqrt(18) = 0.7071
    L-C {T G} 0.4714                M-I {T G} 2/sqrt(12) = 0.5774     M-A {B T} 2/sqrt(8) = 0.7071
    M-G {T B} 0.5774                M-P {G B} 0.5774                  M-C {T G} 0.5774
    I-C {T G} 2/3 = 0.6667          A-G {B T} 2/sqrt(6) = 0.8165      G-C {T X5} 0.6667
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from conftest import DATA
from paperkg.cli import app
from paperkg.enrich.grow import GrowOptions, GrowReport, grow_graph
from paperkg.exceptions import FetchError, PaperKGError
from paperkg.graph import NetworkXStore, build_graph
from paperkg.graph.build import BuildOptions
from paperkg.graph.clusters import find_clusters
from paperkg.models import EdgeKind
from paperkg.queries import coauthors, prior_works

S2 = json.loads((DATA / "grow-s2-replay.json").read_text(encoding="utf-8"))
OPENALEX = json.loads((DATA / "grow-openalex-replay.json").read_text(encoding="utf-8"))

ARXIV = {
    "Q": "2305.14314", "L": "2106.09685", "M": "2302.13971", "T": "1706.03762", "B": "1810.04805",
    "G": "2005.14165", "A": "1902.00751", "P": "2101.00190", "C": "2203.15556", "I": "2208.07339",
    "X1": "2206.01861", "X2": "1409.0473", "X4": "1802.05365", "X5": "2001.08361",
    "D": "2402.09353", "V": "2309.06180", "L2": "2307.09288",
}  # fmt: skip
NAME = {f"arxiv:{v}": k for k, v in ARXIV.items()}
SEEDS = ["2305.14314", "2106.09685", "2302.13971"]


class Replay:
    """Answer each request with its recorded answer; 404 for anything not recorded."""

    def __init__(self, answers: dict[str, Any]) -> None:
        self.answers = answers
        self.requests: list[httpx.Request] = []

    def key(self, request: httpx.Request) -> str:
        if request.url.host == "api.openalex.org":
            return f"{request.method} {request.url.path} filter={request.url.params.get('filter')}"
        key = f"{request.method} {request.url.path}"
        if request.method == "POST":
            key += " " + ",".join(json.loads(request.content)["ids"])
        return key

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.get(self.key(request))
        if answer is None:
            return httpx.Response(404, json={"error": "not recorded"})
        return httpx.Response(200, json=answer)


def _grow(
    store: NetworkXStore,
    tmp_path: Path,
    seeds: list[str] | None = None,
    answers: dict[str, Any] = S2,
    **kw: Any,
) -> tuple[GrowReport, Replay]:
    replay = Replay(answers)
    options = GrowOptions(
        data_dir=tmp_path / "data", build=BuildOptions(similarity=False, data_dir=tmp_path / "data"), **kw
    )
    report = grow_graph(
        store, seeds or SEEDS, options, transport=httpx.MockTransport(replay), sleep=lambda _: None
    )
    return report, replay


def _named(store: NetworkXStore, kind: EdgeKind) -> dict[tuple[str, str], Any]:
    return {
        (NAME.get(e.source, e.source), NAME.get(e.target, e.target)): e
        for e in store.edges([kind])
        if e.source in NAME and e.target in NAME
    }


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> tuple[NetworkXStore, GrowReport, Replay]:
    """Three seeds grown two hops along references."""
    store = NetworkXStore.in_memory()
    report, replay = _grow(store, tmp_path_factory.mktemp("grow"), depth=2, direction="references", limit=5)
    return store, report, replay


# -- depth 2 along references --------------------------------------------------------


def test_depth_two_keeps_the_hand_counted_papers(grown: tuple[NetworkXStore, GrowReport, Replay]) -> None:
    store, report, _ = grown
    assert (sorted(NAME[p.id] for p in store.papers()), report.per_depth) == (
        sorted(["Q", "L", "M", "I", "A", "T", "B", "G", "P", "C", "X1", "X2", "X4", "X5"]),
        {1: 7, 2: 4},
    )


def test_depth_two_cites_edges_are_the_reference_lists(
    grown: tuple[NetworkXStore, GrowReport, Replay],
) -> None:
    store, _, _ = grown
    expected = {
        ("Q", t) for t in ["L", "M", "I", "A", "T"]
    } | {("L", t) for t in ["T", "B", "G", "A", "P"]} | {("M", t) for t in ["T", "G", "C", "B"]} | {
        ("I", "T"), ("I", "G"), ("I", "X1"), ("A", "B"), ("A", "T"), ("T", "X2"), ("B", "T"), ("B", "X4"),
        ("G", "T"), ("G", "B"), ("G", "X5"), ("P", "G"), ("P", "B"), ("P", "A"), ("C", "G"), ("C", "T"), ("C", "X5"),
    }  # fmt: skip
    assert set(_named(store, EdgeKind.CITES)) == expected


def test_depth_two_co_cited_edges_match_the_hand_count(
    grown: tuple[NetworkXStore, GrowReport, Replay],
) -> None:
    store, _, _ = grown
    found = {
        tuple(sorted(k)): (e.score, e.attrs["shared_count"])
        for k, e in _named(store, EdgeKind.CO_CITED).items()
    }
    assert found == {
        ("B", "T"): (0.6325, 4),
        ("G", "T"): (0.6325, 4),
        ("B", "G"): (0.6, 3),
        ("A", "B"): (0.5164, 2),
        ("A", "G"): (0.5164, 2),
        ("T", "X5"): (0.5, 2),
        ("A", "T"): (0.4082, 2),
    }


def test_depth_two_coupled_edges_match_the_hand_count(
    grown: tuple[NetworkXStore, GrowReport, Replay],
) -> None:
    store, _, _ = grown
    found = {
        tuple(sorted(k)): (e.score, e.attrs["shared_count"])
        for k, e in _named(store, EdgeKind.COUPLED).items()
    }
    assert found == {
        ("L", "Q"): (0.3651, 2),
        ("L", "M"): (0.6124, 3),
        ("I", "L"): (0.4714, 2),
        ("A", "L"): (0.5774, 2),
        ("G", "L"): (0.4714, 2),
        ("L", "P"): (0.7071, 3),
        ("C", "L"): (0.4714, 2),
        ("I", "M"): (0.5774, 2),
        ("A", "M"): (0.7071, 2),
        ("G", "M"): (0.5774, 2),
        ("M", "P"): (0.5774, 2),
        ("C", "M"): (0.5774, 2),
        ("C", "I"): (0.6667, 2),
        ("A", "G"): (0.8165, 2),
        ("C", "G"): (0.6667, 2),
    }


def test_cites_edge_keeps_intents_contexts_and_influence(
    grown: tuple[NetworkXStore, GrowReport, Replay],
) -> None:
    store, _, _ = grown
    edge = _named(store, EdgeKind.CITES)[("Q", "I")]
    assert (edge.attrs["intents"], edge.attrs["is_influential"], edge.attrs["contexts"]) == (
        ["methodology", "background"],
        True,
        ["Like LLM.int8() (Dettmers et al., 2022), we keep outliers in mind when quantizing."],
    )


def test_papers_carry_the_sources_citation_counts(grown: tuple[NetworkXStore, GrowReport, Replay]) -> None:
    store, _, _ = grown
    qlora = store.get_paper("arxiv:2305.14314")
    assert qlora is not None
    assert (qlora.citation_count, qlora.influential_citation_count) == (2500, 300)


def test_authors_carry_semantic_scholar_ids(grown: tuple[NetworkXStore, GrowReport, Replay]) -> None:
    store, _, _ = grown
    (dettmers,) = [a for a in store.entities("author") if a.name == "Tim Dettmers"]
    assert (dettmers.ids, dettmers.papers) == (["s2:3239480"], 2)  # type: ignore[attr-defined]


def test_coauthors_across_grown_papers(grown: tuple[NetworkXStore, GrowReport, Replay]) -> None:
    store, _, _ = grown
    found = coauthors(store, "Tim Dettmers")
    assert (found[0].author.name, found[0].count) == ("Luke Zettlemoyer", 2)


def test_prior_works_of_the_seeds(grown: tuple[NetworkXStore, GrowReport, Replay]) -> None:
    store, _, _ = grown
    works = prior_works(store, SEEDS, kinds=["CITES"], top=3)
    # ties by id: BERT (arxiv:1810...) before Adapters (1902...) before GPT-3 (2005...)
    assert [(NAME[w.paper.id], w.count) for w in works] == [("T", 3), ("B", 2), ("A", 2)]


def test_report_counts_what_was_skipped(grown: tuple[NetworkXStore, GrowReport, Replay]) -> None:
    _, report, _ = grown
    assert (report.skipped, report.expanded, report.fetched, report.seeds_missing) == (
        {"references without a Semantic Scholar id": 1},
        10,
        32,
        [],
    )


def test_requests_ask_for_contexts_intents_and_influence(
    grown: tuple[NetworkXStore, GrowReport, Replay],
) -> None:
    _, _, replay = grown
    pages = [r for r in replay.requests if r.url.path.endswith("/references")]
    fields = pages[0].url.params["fields"].split(",")
    assert (len(pages), fields[:3], pages[0].url.params["limit"], "citationCount" in fields) == (
        10,
        ["contexts", "intents", "isInfluential"],
        "1000",
        True,
    )


def test_grown_file_rebuilds_the_same_citations(
    grown: tuple[NetworkXStore, GrowReport, Replay], tmp_path: Path
) -> None:
    store, report, _ = grown
    assert report.file is not None
    again = NetworkXStore.in_memory()
    build_graph([report.file], again, BuildOptions(similarity=False))
    assert set(_named(again, EdgeKind.CITES)) == set(_named(store, EdgeKind.CITES))


def test_clusters_of_the_grown_graph(grown: tuple[NetworkXStore, GrowReport, Replay]) -> None:
    # Checked by hand against the lines of work the papers belong to: parameter-efficient
    # fine-tuning (Adapters, Prefix-Tuning, LoRA, QLoRA), the attention and representation
    # foundations (Bahdanau, Transformer, ELMo, BERT), scaling (GPT-3, scaling laws,
    # Chinchilla, LLaMA) and 8-bit quantisation (LLM.int8(), ZeroQuant).
    store, _, _ = grown
    report = find_clusters(store, seed=0)
    members = sorted(sorted(NAME[m] for m in group) for group in report.members.values())
    assert members == [["A", "L", "P", "Q"], ["B", "T", "X2", "X4"], ["C", "G", "M", "X5"], ["I", "X1"]]


def test_clusters_of_the_grown_graph_are_seeded(grown: tuple[NetworkXStore, GrowReport, Replay]) -> None:
    store, _, _ = grown
    assert find_clusters(store, seed=0).to_dict() == find_clusters(store, seed=0).to_dict()


def test_scaling_cluster_is_named_by_its_terms(grown: tuple[NetworkXStore, GrowReport, Replay]) -> None:
    store, _, _ = grown
    report = find_clusters(store, seed=0)
    scaling = next(c for c, m in report.members.items() if "arxiv:2203.15556" in m)
    cluster = next(c for c in report.clusters if c.id == scaling)
    assert "scaling" in cluster.terms


# -- depth 1, both directions ---------------------------------------------------------


def test_citations_direction_adds_citing_papers(tmp_path: Path) -> None:
    store = NetworkXStore.in_memory()
    report, _ = _grow(store, tmp_path, depth=1, direction="both", limit=5)
    cites = set(_named(store, EdgeKind.CITES))
    assert {("D", "Q"), ("V", "Q"), ("D", "L"), ("L2", "L"), ("L2", "M"), ("Q", "L"), ("Q", "M")} <= cites
    assert report.per_depth == {1: 10}


def test_citing_edge_keeps_its_context(tmp_path: Path) -> None:
    store = NetworkXStore.in_memory()
    _grow(store, tmp_path, depth=1, direction="citations", limit=5)
    edge = _named(store, EdgeKind.CITES)[("L2", "M")]
    assert edge.attrs["contexts"] == [
        "We adopt most of the pretraining setting and model architecture from Llama 1."
    ]


def test_limit_keeps_the_influential_and_most_cited(tmp_path: Path) -> None:
    store = NetworkXStore.in_memory()
    report, _ = _grow(store, tmp_path, seeds=["2305.14314"], depth=1, direction="references", limit=2)
    # QLoRA's influential references: LLaMA (12,000 citations), LoRA (9,000), LLM.int8() (900)
    assert (sorted(NAME[p.id] for p in store.papers()), report.skipped) == (
        ["L", "M", "Q"],
        {"over --limit": 3},
    )


def test_max_papers_caps_the_total(tmp_path: Path) -> None:
    store = NetworkXStore.in_memory()
    report, _ = _grow(store, tmp_path, depth=2, direction="references", limit=5, max_papers=4)
    assert (len(list(store.papers())), report.per_depth) == (7, {1: 4, 2: 0})


def test_missing_seed_is_reported(tmp_path: Path) -> None:
    store = NetworkXStore.in_memory()
    report, _ = _grow(store, tmp_path, seeds=["2305.14314", "2399.99999"], direction="references", limit=1)
    assert report.seeds_missing == ["ARXIV:2399.99999"]


def test_second_grow_is_answered_from_the_cache(tmp_path: Path) -> None:
    _grow(NetworkXStore.in_memory(), tmp_path, depth=1, direction="references", limit=5)
    report, replay = _grow(NetworkXStore.in_memory(), tmp_path, depth=1, direction="references", limit=5)
    assert (report.requests, report.cache_hits, len(replay.requests)) == (0, 4, 0)


def test_seed_from_the_store_and_from_a_file(tmp_path: Path) -> None:
    seeds_file = tmp_path / "seeds.bib"
    seeds_file.write_text(
        "@article{hu2021lora, title={LoRA: Low-Rank Adaptation of Large Language Models}, "
        "eprint={2106.09685}, archivePrefix={arXiv}, year={2021}}\n",
        encoding="utf-8",
    )
    store = NetworkXStore.in_memory()
    report, _replay = _grow(store, tmp_path, seeds=[str(seeds_file)], direction="references", limit=1)
    assert (report.seeds, "arxiv:1706.03762" in {p.id for p in store.papers()}) == (
        ["a8ca46b171467ceb2d7652fbfb67fe701ad86092"],
        True,
    )


def test_unknown_seed_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PaperKGError, match="is no file, no paper in the graph"):
        _grow(NetworkXStore.in_memory(), tmp_path, seeds=["not a paper at all"])


def test_unreachable_api_adds_nothing(tmp_path: Path) -> None:
    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("no route", request=request)

    store = NetworkXStore.in_memory()
    options = GrowOptions(data_dir=tmp_path, build=BuildOptions(similarity=False))
    with pytest.raises(FetchError, match=r"cannot reach api\.semanticscholar\.org"):
        grow_graph(store, SEEDS, options, transport=httpx.MockTransport(down), sleep=lambda _: None)
    assert list(store.papers()) == []


def test_bad_options_are_refused(tmp_path: Path) -> None:
    with pytest.raises(PaperKGError, match="depth must be 1 or 2"):
        _grow(NetworkXStore.in_memory(), tmp_path, depth=3)


# -- OpenAlex --------------------------------------------------------------------------


def test_openalex_grows_references_and_citing_works(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENALEX_API_KEY", "test-key")
    store = NetworkXStore.in_memory()
    _report, replay = _grow(store, tmp_path, seeds=SEEDS[:2], answers=OPENALEX, source="openalex", limit=5)
    cites = set(_named(store, EdgeKind.CITES))
    assert cites == {
        *(("Q", "L"), ("Q", "M"), ("Q", "T"), ("L", "T"), ("L", "B")),
        *(("M", "T"), ("B", "T"), ("D", "Q"), ("D", "L")),
    }
    assert all(r.url.params["api_key"] == "test-key" for r in replay.requests)


def test_openalex_keeps_author_ids_and_counts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENALEX_API_KEY", "test-key")
    store = NetworkXStore.in_memory()
    _grow(store, tmp_path, seeds=SEEDS[:2], answers=OPENALEX, source="openalex", limit=5)
    (dettmers,) = [a for a in store.entities("author") if a.name == "Tim Dettmers"]
    qlora = store.get_paper("arxiv:2305.14314")
    assert qlora is not None
    assert (dettmers.ids, qlora.citation_count) == (  # type: ignore[attr-defined]
        ["openalex:A5023888391", "orcid:0000-0002-7024-6429"],
        2410,
    )


def test_openalex_needs_a_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENALEX_API_KEY", raising=False)
    with pytest.raises(FetchError, match="OPENALEX_API_KEY"):
        _grow(NetworkXStore.in_memory(), tmp_path, answers=OPENALEX, source="openalex")


# -- the command -------------------------------------------------------------------------


def test_grow_command_prints_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    replay = Replay(S2)
    from paperkg.enrich import pipeline

    real = pipeline.api_client

    def replayed(source: str, data_dir: Path | None, **kw: Any) -> Any:
        return real(source, data_dir, transport=httpx.MockTransport(replay), sleep=lambda _: None)

    monkeypatch.setattr(pipeline, "api_client", replayed)
    data_dir = tmp_path / "data"
    result = CliRunner().invoke(
        app,
        [
            *("grow", *SEEDS, "--depth", "2", "--direction", "references", "--limit", "5"),
            *("--no-similarity", "--json", "--data-dir", str(data_dir)),
        ],
    )
    data = json.loads(result.output)
    assert (result.exit_code, data["per_depth"], data["add"]["counts"]["edges"]["CO_CITED"]) == (
        0,
        {"1": 7, "2": 4},
        7,
    )


def test_grow_command_refuses_a_bad_direction(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["grow", "2305.14314", "--direction", "sideways", "--data-dir", str(tmp_path)]
    )
    assert (result.exit_code, "choose one of references, citations, both" in result.output) == (2, True)


@pytest.mark.live
@pytest.mark.skipif(os.environ.get("PAPERKG_LIVE") != "1", reason="touches the network; set PAPERKG_LIVE=1")
def test_live_grow_from_qlora(tmp_path: Path) -> None:
    store = NetworkXStore.in_memory()
    options = GrowOptions(
        data_dir=tmp_path, depth=1, direction="references", limit=3, build=BuildOptions(similarity=False)
    )
    report = grow_graph(store, ["2305.14314"], options)
    lora = "arxiv:2106.09685"
    assert (report.seeds_missing, lora in {e.target for e in store.edges([EdgeKind.CITES])}) == ([], True)


def test_seed_named_by_a_paper_of_the_store(tmp_path: Path) -> None:
    from paperkg.models import Paper

    store = NetworkXStore.in_memory()
    store.upsert_papers(
        [Paper(arxiv_id="2106.09685", title="LoRA: Low-Rank Adaptation of Large Language Models")]
    )
    report, _ = _grow(store, tmp_path, seeds=["Low-Rank Adaptation"], direction="references", limit=1)
    assert report.seeds == ["a8ca46b171467ceb2d7652fbfb67fe701ad86092"]


def test_a_merge_keeps_the_larger_citation_count() -> None:
    from paperkg.graph.merge import merge_papers
    from paperkg.models import Paper

    old = Paper(arxiv_id="2106.09685", citation_count=9000, author_ids={"J. E. Hu": ["s2:2157840220"]})
    new = Paper(
        arxiv_id="2106.09685", citation_count=9100, author_ids={"J. E. Hu": ["orcid:0000-0001-0000-0001"]}
    )
    merged = merge_papers(old, new)
    assert (merged.citation_count, merged.author_ids) == (
        9100,
        {"J. E. Hu": ["orcid:0000-0001-0000-0001", "s2:2157840220"]},
    )


def test_show_prints_the_citation_count(tmp_path: Path) -> None:
    from paperkg.models import Paper

    data_dir = tmp_path / "data"
    with NetworkXStore.open(data_dir, writable=True, create=True) as disk:
        disk.upsert_papers(
            [Paper(arxiv_id="2305.14314", title="QLoRA", citation_count=2500, influential_citation_count=300)]
        )
    result = CliRunner().invoke(app, ["show", "2305.14314", "--data-dir", str(data_dir)])
    assert "cited by   2,500 (300 influential) (the source's count)" in result.output
