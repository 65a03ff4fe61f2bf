"""The citations stage: resolving references, CITES edges, external nodes, and builds-on reinforcement."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperkg.graph import NetworkXStore, build_graph
from paperkg.graph.build import BuildOptions, StageResult
from paperkg.graph.citations import PROMOTED_CONFIDENCE, CitationIndex, run
from paperkg.models import Edge, EdgeKind, Method, Paper, Reference
from paperkg.progress import NullProgress

DATA = Path(__file__).resolve().parent / "data"

LORA = Paper(
    arxiv_id="2106.09685",
    doi="10.48550/arXiv.2106.09685",
    title="LoRA: Low-Rank Adaptation of Large Language Models",
    year=2021,
    published="2021-06-17",
    date_precision="day",
    external_ids={"s2": "a8ca46", "openalex": "W3168867926"},
)
VLLM = Paper(
    doi="10.1145/3600006.3613165",
    title="Efficient Memory Management for Large Language Model Serving with PagedAttention",
    year=2023,
)


def _citer(*refs: Reference, year: int = 2023) -> Paper:
    return Paper(
        arxiv_id="2305.14314",
        title="QLoRA: Efficient Finetuning of Quantized LLMs",
        year=year,
        references=list(refs),
    )


def _run(papers: list[Paper], inference: StageResult | None = None, *, keep: bool = False) -> StageResult:
    done = {"inference": inference} if inference is not None else {}
    return run(papers, BuildOptions(keep_external_refs=keep), NullProgress(), done)


def _cites(result: StageResult) -> list[tuple[str, str]]:
    return [(e.source, e.target) for e in result.edges if e.kind == EdgeKind.CITES]


@pytest.mark.parametrize(
    "ref",
    [
        Reference(arxiv_id="2106.09685"),
        Reference(doi="10.48550/ARXIV.2106.09685v2"),
        Reference(external_id="s2:a8ca46"),
        Reference(external_id="openalex:W3168867926"),
        Reference(title="LoRA: low-rank adaptation of large language models."),
    ],
)
def test_a_reference_resolves_by_any_id(ref: Reference) -> None:
    assert CitationIndex([LORA]).resolve(ref) == "arxiv:2106.09685"


def test_a_reference_resolves_by_doi() -> None:
    assert CitationIndex([VLLM]).resolve(Reference(doi="10.1145/3600006.3613165")) == VLLM.id


def test_a_title_match_with_another_arxiv_id_does_not_resolve() -> None:
    ref = Reference(arxiv_id="2999.00001", title=LORA.title)
    assert CitationIndex([LORA]).resolve(ref) is None


def test_cites_edge_from_citing_to_cited() -> None:
    assert _cites(_run([LORA, _citer(Reference(arxiv_id="2106.09685"))])) == [("arxiv:2305.14314", LORA.id)]


def test_cites_edge_carries_intent_as_relation() -> None:
    result = _run([LORA, _citer(Reference(arxiv_id="2106.09685", intents=["background", "methodology"]))])
    assert result.edges[0].relation == "methodology"


@pytest.mark.parametrize("influential", [True, False, None])
def test_cites_edge_carries_influence(influential: bool | None) -> None:
    result = _run([LORA, _citer(Reference(arxiv_id="2106.09685", is_influential=influential))])
    assert result.edges[0].attrs["is_influential"] is influential


def test_two_records_of_one_citation_unite_into_one_edge() -> None:
    refs = (
        Reference(external_id="openalex:W3168867926"),
        Reference(arxiv_id="2106.09685", intents=["result"]),
    )
    result = _run([LORA, _citer(*refs)])
    assert [(e.target, e.relation) for e in result.edges] == [(LORA.id, "result")]


def test_self_citation_gives_no_edge() -> None:
    assert _cites(_run([_citer(Reference(arxiv_id="2305.14314"))])) == []


def test_stage_replaces_all_cites_edges() -> None:
    assert _run([LORA]).replaces == {EdgeKind.CITES}


def test_summary_says_how_many_references_resolved() -> None:
    refs = (Reference(arxiv_id="2106.09685"), Reference(doi="10.1/unknown"), Reference(title="Unknown thing"))
    assert _run([LORA, _citer(*refs)]).summary["references resolved"] == "1 of 3"


def test_unresolved_references_are_counted_per_paper() -> None:
    refs = (Reference(arxiv_id="2106.09685"), Reference(doi="10.1/unknown"), Reference(title="Unknown thing"))
    assert _run([LORA, _citer(*refs)]).summary["unresolved_by_paper"] == {"arxiv:2305.14314": 2}


def test_without_keep_no_external_nodes() -> None:
    assert _run([_citer(Reference(doi="10.1/unknown"))]).external_nodes == []


@pytest.mark.parametrize(
    ("ref", "node_id"),
    [
        (Reference(doi="10.1/Unknown"), "external:doi:10.1/unknown"),
        (Reference(arxiv_id="1706.03762", external_id="s2:204e30"), "external:arxiv:1706.03762"),
        (Reference(external_id="s2:204e30", title="Attention"), "external:s2:204e30"),
        (Reference(title="Attention is all you need"), "external:title:"),
    ],
)
def test_keep_external_refs_makes_external_nodes(ref: Reference, node_id: str) -> None:
    result = _run([_citer(ref)], keep=True)
    assert result.external_nodes[0]["id"].startswith(node_id)


def test_external_nodes_are_cited_by_an_edge_marked_external() -> None:
    result = _run([_citer(Reference(doi="10.1/x"))], keep=True)
    assert [(e.target, e.attrs["external"]) for e in result.edges] == [("external:doi:10.1/x", True)]


# -- reinforcement with hand-made inference results ------------------------------------------


def _builds_on(confidence: float | None = 0.5, **attrs: object) -> Edge:
    return Edge(
        kind=EdgeKind.BUILDS_ON,
        source="arxiv:2305.14314",
        target=LORA.id,
        relation="extends",
        evidence="QLoRA backpropagates gradients into Low Rank Adapters (LoRA).",
        via="LoRA",
        confidence=confidence,
        attrs=dict(attrs),
    )


def _builds_on_edges(result: StageResult) -> list[Edge]:
    return [e for e in result.edges if e.kind == EdgeKind.BUILDS_ON]


def test_a_cited_builds_on_gets_higher_confidence() -> None:
    inference = StageResult(name="inference", edges=[_builds_on(0.5)])
    result = _run([LORA, _citer(Reference(arxiv_id="2106.09685"))], inference)
    assert _builds_on_edges(result)[0].confidence == 0.75


def test_a_cited_builds_on_says_so() -> None:
    inference = StageResult(name="inference", edges=[_builds_on(0.5)])
    result = _run([LORA, _citer(Reference(arxiv_id="2106.09685"))], inference)
    assert _builds_on_edges(result)[0].attrs["cited"] is True


def test_confirming_twice_raises_once() -> None:
    inference = StageResult(name="inference", edges=[_builds_on(0.75, cited=True, text_confidence=0.5)])
    result = _run([LORA, _citer(Reference(arxiv_id="2106.09685"))], inference)
    assert _builds_on_edges(result)[0].confidence == 0.75


def test_an_uncited_builds_on_without_a_reference_list_keeps_its_confidence() -> None:
    inference = StageResult(name="inference", edges=[_builds_on(0.5)])
    assert _builds_on_edges(_run([LORA, _citer()], inference)) == [_builds_on(0.5)]


OTHER = Paper(arxiv_id="2212.00001", title="An unrelated paper the citer does cite", year=2022)


def test_a_complete_reference_list_without_the_target_halves_the_confidence() -> None:
    inference = StageResult(name="inference", edges=[_builds_on(0.9)])
    result = _run([LORA, OTHER, _citer(Reference(arxiv_id="2212.00001"))], inference)
    edge = result.candidates[0]
    assert (edge.confidence, edge.attrs["cited"], edge.attrs["text_confidence"]) == (0.45, False, 0.9)


def test_a_refuted_edge_below_the_threshold_becomes_a_candidate() -> None:
    inference = StageResult(name="inference", edges=[_builds_on(0.9)])
    result = _run([LORA, OTHER, _citer(Reference(arxiv_id="2212.00001"))], inference)
    # 0.45 is under the threshold: not drawn, kept as a candidate, and the stage replaces
    # inference's BUILDS_ON so the store loses the text-only edge.
    assert _builds_on_edges(result) == []
    assert [(e.source, e.target) for e in result.candidates] == [("arxiv:2305.14314", LORA.id)]
    assert EdgeKind.BUILDS_ON in result.replaces
    assert result.summary["builds-on demoted to candidates"] == 1


def test_a_reference_list_that_resolves_nothing_refutes_nothing() -> None:
    inference = StageResult(name="inference", edges=[_builds_on(0.9)])
    result = _run([LORA, _citer(Reference(title="A paper outside this corpus entirely"))], inference)
    assert _builds_on_edges(result)[0].confidence == 0.9


@pytest.mark.parametrize(
    ("ref", "promoted"),
    [
        (Reference(arxiv_id="2106.09685", intents=["methodology"]), True),
        (Reference(arxiv_id="2106.09685", is_influential=True), True),
        (Reference(arxiv_id="2106.09685", intents=["background"], is_influential=False), False),
        (Reference(arxiv_id="2106.09685"), False),
    ],
)
def test_a_strong_citation_promotes_a_candidate(ref: Reference, promoted: bool) -> None:
    inference = StageResult(name="inference", candidates=[_builds_on(0.3)])
    result = _run([LORA, _citer(ref)], inference)
    assert bool(_builds_on_edges(result)) is promoted


def test_a_promoted_candidate_keeps_its_evidence_and_says_why() -> None:
    inference = StageResult(name="inference", candidates=[_builds_on(0.3)])
    result = _run([LORA, _citer(Reference(arxiv_id="2106.09685", intents=["methodology"]))], inference)
    edge = _builds_on_edges(result)[0]
    assert (edge.evidence, edge.confidence, edge.attrs["promoted_by"]) == (
        "QLoRA backpropagates gradients into Low Rank Adapters (LoRA).",
        0.65,
        "citation",
    )


def test_a_promoted_candidate_gets_at_least_the_promoted_confidence() -> None:
    inference = StageResult(name="inference", candidates=[_builds_on(0.1)])
    result = _run([LORA, _citer(Reference(arxiv_id="2106.09685", intents=["methodology"]))], inference)
    assert _builds_on_edges(result)[0].confidence == PROMOTED_CONFIDENCE


def _mention_inference() -> StageResult:
    return StageResult(
        name="inference",
        entities=[Method(name="LoRA")],
        edges=[
            Edge(kind=EdgeKind.INTRODUCES, source=LORA.id, target="method:lora"),
            Edge(
                kind=EdgeKind.MENTIONS,
                source="arxiv:2305.14314",
                target="method:lora",
                evidence="QLoRA backpropagates gradients into LoRA.",
            ),
        ],
    )


def test_an_influential_citation_plus_a_mention_becomes_builds_on() -> None:
    result = _run([LORA, _citer(Reference(arxiv_id="2106.09685", is_influential=True))], _mention_inference())
    edge = _builds_on_edges(result)[0]
    assert (edge.source, edge.target, edge.via, edge.relation) == (
        "arxiv:2305.14314",
        LORA.id,
        "LoRA",
        "uses",
    )


def test_a_mention_kept_as_a_row_also_becomes_builds_on_with_its_sentence() -> None:
    # the inference stage hands MENTIONS over as store rows (StageResult.rows), not Edge models
    inference = _mention_inference()
    mention = inference.edges.pop()
    inference.rows = {EdgeKind.MENTIONS: [mention.model_dump(mode="json")]}
    result = _run([LORA, _citer(Reference(arxiv_id="2106.09685", is_influential=True))], inference)
    edge = _builds_on_edges(result)[0]
    assert (edge.source, edge.target, edge.evidence) == (
        "arxiv:2305.14314",
        LORA.id,
        "QLoRA backpropagates gradients into LoRA.",
    )


def test_a_mention_without_a_strong_citation_stays_a_mention() -> None:
    result = _run(
        [LORA, _citer(Reference(arxiv_id="2106.09685", intents=["background"]))], _mention_inference()
    )
    assert _builds_on_edges(result) == []


def test_a_citation_of_a_later_paper_is_not_builds_on() -> None:
    ref = Reference(arxiv_id="2106.09685", intents=["methodology"])
    result = _run([LORA, _citer(ref, year=2019)], _mention_inference())
    assert _builds_on_edges(result) == []


def test_without_inference_no_builds_on() -> None:
    assert (
        _builds_on_edges(_run([LORA, _citer(Reference(arxiv_id="2106.09685", intents=["methodology"]))]))
        == []
    )


# -- end to end over real source files -------------------------------------------------------


@pytest.fixture
def three_sources(store: NetworkXStore) -> NetworkXStore:
    files = [DATA / "arxiv-snapshot.jsonl", DATA / "s2-paper.json", DATA / "openalex-works.json"]
    build_graph(files, store, BuildOptions(infer=False, similarity=False))
    return store


def test_duplicate_paper_across_three_sources_is_one_node(three_sources: NetworkXStore) -> None:
    assert sum(p.arxiv_id == "2305.14314" for p in three_sources.papers()) == 1


def test_merged_paper_has_three_provenances(three_sources: NetworkXStore) -> None:
    paper = three_sources.get_paper("arxiv:2305.14314")
    assert sorted(p.format for p in paper.provenance) == ["arxiv-snapshot", "openalex", "semantic-scholar"]  # type: ignore[union-attr]


def test_cites_edges_resolve_across_sources(three_sources: NetworkXStore) -> None:
    edges = {(e.source, e.target) for e in three_sources.edges([EdgeKind.CITES])}
    assert edges == {
        ("arxiv:2305.14314", "arxiv:2106.09685"),
        ("arxiv:2309.06180", "arxiv:2305.14314"),
    }


# -- with the real inference stage -------------------------------------------------------------


def _real_builds_on(papers: list[Paper]) -> dict[tuple[str, str], Edge]:
    store = NetworkXStore.in_memory()
    store.upsert_papers(papers)
    from paperkg.graph.build import add_papers

    add_papers([], store, BuildOptions(similarity=False))
    return {(e.source, e.target): e for e in store.edges([EdgeKind.BUILDS_ON])}


LLAMA = Paper(
    arxiv_id="2302.13971",
    title="LLaMA: Open and Efficient Foundation Language Models",
    abstract="We introduce LLaMA, a collection of foundation language models ranging from 7B to 65B parameters.",
    published="2023-02-27",
    date_precision="day",
    year=2023,
)
LLAMA2 = Paper(
    arxiv_id="2307.09288",
    title="Llama 2: Open Foundation and Fine-Tuned Chat Models",
    abstract="In this work, we develop and release Llama 2, a collection of pretrained and fine-tuned models.",
    published="2023-07-18",
    date_precision="day",
    year=2023,
)


def _tuner(*refs: Reference) -> Paper:
    # Naming LLaMA as the origin of Llama 2 leaves the text unsure whether it builds on LLaMA too (named as
    # a pair, "LLaMA and Llama 2", both are its objects).
    return Paper(
        arxiv_id="2310.00001",
        title="Instruction tuning for small models",
        abstract="We fine-tune Llama 2, the successor of LLaMA, on instructions and report gains.",
        published="2023-10-01",
        date_precision="day",
        year=2023,
        references=list(refs),
    )


def test_real_inference_candidate_is_promoted_by_a_methodology_citation() -> None:
    ref = Reference(arxiv_id="2302.13971", intents=["methodology"], is_influential=True)
    edge = _real_builds_on([LLAMA, LLAMA2, _tuner(ref)])[("arxiv:2310.00001", "arxiv:2302.13971")]
    assert (edge.attrs["promoted_by"], edge.via) == ("citation", "LLaMA")


def test_real_inference_candidate_stays_out_without_a_citation() -> None:
    assert ("arxiv:2310.00001", "arxiv:2302.13971") not in _real_builds_on([LLAMA, LLAMA2, _tuner()])


def test_real_inference_builds_on_is_confirmed_by_a_citation(store: NetworkXStore) -> None:
    files = [DATA / "arxiv-snapshot.jsonl", DATA / "s2-paper.json"]
    build_graph(files, store, BuildOptions(similarity=False))
    edges = {(e.source, e.target): e for e in store.edges([EdgeKind.BUILDS_ON])}
    assert edges[("arxiv:2305.14314", "arxiv:2106.09685")].attrs["cited"] is True


VICUNA = Paper(
    title="Vicuna: An Open-Source Chatbot Impressing GPT-4 with 90% ChatGPT Quality",
    abstract=(
        "We introduce Vicuna-13B, an open-source chatbot trained by fine-tuning LLaMA on "
        "user-shared conversations collected from ShareGPT."
    ),
    published="2023-03-30",
    date_precision="day",
    year=2023,
)


def test_real_s2_reference_list_confirms_one_edge_and_demotes_another() -> None:
    # QLoRA as Semantic Scholar returns it (its reference list resolves LoRA in this corpus),
    # with a sentence of its real abstract naming Vicuna, which that list does not cite.
    from paperkg.graph.build import add_papers, load_papers

    index, _, _ = load_papers([DATA / "arxiv-snapshot.jsonl", DATA / "s2-paper.json"], BuildOptions())
    qlora = index.by_id["arxiv:2305.14314"]
    qlora.abstract = (qlora.abstract or "") + (
        " We build on LoRA. Our best model family, which we name Guanaco, outperforms all previous"
        " openly released models on the Vicuna benchmark, and we compare Guanaco with Vicuna-13B."
    )
    store = NetworkXStore.in_memory()
    store.upsert_papers([*index.by_id.values(), VICUNA])
    report = add_papers([], store, BuildOptions(similarity=False))
    edges = {(e.source, e.target): e for e in store.edges([EdgeKind.BUILDS_ON])}
    lora = edges.pop(("arxiv:2305.14314", "arxiv:2106.09685"))
    assert lora.attrs["cited"] is True and lora.confidence > lora.attrs["text_confidence"]
    assert edges == {}  # QLoRA -> Vicuna was drawn from the text, then demoted
    citations = next(s for s in report.stages if s.name == "citations")
    assert citations.summary["builds-on demoted to candidates"] == 1
    inference = next(s for s in report.stages if s.name == "inference")
    assert inference.summary["builds_on"] == 2
