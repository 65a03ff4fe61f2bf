"""Inference on the real seed corpus: builds-on, mentions, near misses, families, related papers."""

from __future__ import annotations

from collections import Counter

import pytest
from tests._inference_helpers import (
    AGVM,
    EXAMPLES,
    LAMB,
    LOCA,
    MKOR,
    edge,
    edges_of,
    paper_id,
    seed_inference,
    seed_papers,
)

from paperkg.graph import NetworkXStore
from paperkg.graph.build import BuildOptions, build_graph
from paperkg.loaders import LoadOptions
from paperkg.models import Edge, EdgeKind

BUILDS_ON = EdgeKind.BUILDS_ON


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (MKOR, LAMB),
        (AGVM, LAMB),
        ("2401.00448", "2203.15556"),
        ("2012.15828", "2002.10957"),
        ("2109.10086", "2107.05720"),
        ("2311.10770", "2308.14711"),
        ("2311.10702", "2306.04751"),
        ("2305.14202", "2302.13971"),
    ],
)
def test_builds_on_edge_on_the_seeds(source: str, target: str) -> None:
    assert edge(BUILDS_ON, paper_id(source), paper_id(target)) is not None


@pytest.mark.parametrize(
    ("source", "target", "relation"),
    [
        (MKOR, LAMB, "compares"),
        ("2012.15828", "2002.10957", "extends"),
        ("2401.00448", "2203.15556", "extends"),
        ("2109.10086", "2107.05720", "extends"),
    ],
)
def test_builds_on_relation_is_typed_by_the_sentence(source: str, target: str, relation: str) -> None:
    found = edge(BUILDS_ON, paper_id(source), paper_id(target))
    assert found is not None and found.relation == relation


def test_builds_on_carries_the_name_that_linked_the_papers() -> None:
    found = edge(BUILDS_ON, paper_id(MKOR), paper_id(LAMB))
    assert found is not None and found.via == "LAMB"


def test_builds_on_carries_the_evidence_sentence() -> None:
    found = edge(BUILDS_ON, paper_id("2401.00448"), paper_id("2203.15556"))
    assert found is not None and found.evidence == (
        "We modify the Chinchilla scaling laws to calculate the optimal LLM parameter count and pre-training "
        "data size to train and deploy a model of a given quality and inference demand."
    )


def test_builds_on_confidence_is_a_probability() -> None:
    assert all(0.0 <= (e.confidence or -1) <= 1.0 for e in edges_of(BUILDS_ON))


def test_builds_on_never_points_to_a_later_paper() -> None:
    from paperkg.inference.builds_on import date_order

    papers = {p.id: p for p in seed_papers()}
    assert [e for e in edges_of(BUILDS_ON) if date_order(papers[e.source], papers[e.target]) != 1] == []


def test_earlier_paper_does_not_build_on_a_later_one() -> None:
    # the LAMB paper (2019) mentions nothing MKOR introduced; MKOR (2023) must not be its target
    assert edge(BUILDS_ON, paper_id(LAMB), paper_id(MKOR)) is None


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("2311.09247", "1911.01547"),  # ConceptARC is not ARC
        ("2309.14327", "We present Lightning Attention"),
        ("2311.09206", "2302.13971"),  # TableLlama / Llama 2 is not LLaMA
        ("2310.01208", "2302.13971"),  # LS-LLaMA is based on LLaMA-2: held back
        ("2311.12023", "2302.13971"),  # LLaMA-2 only
        ("2311.09210", "2302.13971"),  # LLaMa-2 7B only
    ],
)
def test_near_miss_gives_no_edge(source: str, target: str) -> None:
    assert edge(BUILDS_ON, paper_id(source), paper_id(target)) is None


@pytest.mark.parametrize(
    ("paper", "entity"),
    [
        ("Large Language Models (LLMs) have achieved remarkable success", "method:contrastive-pruning"),
        ("2305.12129", "method:contrastive-pruning"),  # "capacity" is not CAP
        ("2310.01208", "method:depth-up-scaling"),  # "industry" is not DUS
        ("2311.03687", "method:depth-up-scaling"),
        ("2112.00114", "method:multi-agent-debate"),  # "done" / "text" are not DoT
        ("2310.00035", "method:adapters"),  # "Low-Rank Adapters" is not the Adapters library
        ("2311.11829", "method:soft"),  # "Soft attention" is not SOFT
        ("2311.09206", "method:llama"),  # TableLlama
        ("2309.14327", "method:deepspeed-ulysses"),
        ("2311.09247", "dataset:arc"),  # ConceptARC
        ("Since DARPA Grand Challenges", "method:adaptive-computation-module"),  # "ACM Turin Award"
    ],
)
def test_common_words_and_longer_names_are_not_mentions(paper: str, entity: str) -> None:
    assert entity not in seed_inference().papers[paper_id(paper)].mentions


def test_loca_mentions_the_external_method_lora() -> None:
    assert edge(EdgeKind.MENTIONS, paper_id(LOCA), "method:lora") is not None


def test_lora_is_an_external_method_node() -> None:
    lora = seed_inference().entities["method:lora"]
    assert (lora.kind, lora.introduced_by) == ("method", None)


def test_llama_2_users_mention_llama_2_not_llama() -> None:
    assert "method:llama-2" in seed_inference().papers[paper_id("2311.09206")].mentions


def test_minilmv2_glued_mention_is_found() -> None:
    mentions = seed_inference().papers[paper_id("2012.15828")].mentions["method:minilm"]
    assert mentions[0].surface == "MiniLM"


@pytest.mark.parametrize(
    ("paper", "entity"),
    [
        ("2302.13971", "method:llama"),
        (MKOR, "method:mkor"),
        ("2203.15556", "method:chinchilla"),
        ("2312.09241", "dataset:tinygsm"),
        ("2311.11077", "method:adapters"),
        ("Since DARPA Grand Challenges", None),
    ],
)
def test_introduces(paper: str, entity: str | None) -> None:
    introduced = [eid for eid, _ in seed_inference().papers[paper_id(paper)].introduced]
    assert (entity in introduced) if entity else introduced == []


@pytest.mark.parametrize(
    ("paper", "dataset"),
    [
        ("Softmax-free Linear Transformers", "dataset:ade20k"),
        ("Deep Implicit Surface Point Prediction Networks", "dataset:shapenet"),
        ("2401.00368", "dataset:mteb"),
        ("2312.09241", "dataset:gsm8k"),
        ("We show that it is possible to privately train", "dataset:fashion-mnist"),
    ],
)
def test_uses_dataset(paper: str, dataset: str) -> None:
    assert edge(EdgeKind.USES_DATASET, paper_id(paper), dataset) is not None


@pytest.mark.parametrize(
    ("paper", "family"),
    [
        (LOCA, "family:parameter-efficient-fine-tuning"),
        ("Fine-Tuning Language Models with Just Forward Passes", "family:zeroth-order-optimisation"),
        ("2312.00752", "family:state-space-models"),
        (LAMB, "family:large-batch-training"),
        ("2305.12129", "family:distillation"),
        # the family phrase sits inside the name the paper introduces
        ("2211.05953", "family:pipeline-parallelism"),
    ],
)
def test_in_family(paper: str, family: str) -> None:
    assert edge(EdgeKind.IN_FAMILY, paper_id(paper), family) is not None


def test_in_family_carries_evidence() -> None:
    found = edge(EdgeKind.IN_FAMILY, paper_id(LOCA), "family:parameter-efficient-fine-tuning")
    assert found is not None and found.evidence


@pytest.mark.parametrize("kind", [EdgeKind.SAME_FAMILY, EdgeKind.SHARES_DATASET])
def test_symmetric_edges_are_stored_once_in_id_order(kind: EdgeKind) -> None:
    assert [e for e in edges_of(kind) if not e.source < e.target] == []


@pytest.mark.parametrize("kind", [EdgeKind.SAME_FAMILY, EdgeKind.SHARES_DATASET])
def test_symmetric_edges_are_bounded_per_paper(kind: EdgeKind) -> None:
    degree = Counter(p for e in edges_of(kind) for p in (e.source, e.target))
    # each paper keeps its 10 strongest; others may add it to their own 10
    assert len(edges_of(kind)) <= 10 * len(seed_papers())
    assert max(degree.values()) < len(seed_papers())


def test_shares_dataset_lists_what_is_shared() -> None:
    found = edge(
        EdgeKind.SHARES_DATASET,
        *sorted([paper_id("Softmax-free Linear Transformers"), paper_id(AGVM)]),
    )
    assert found is not None and found.shared[:2] == ["ADE20K", "COCO"]


def test_summary_counts_builds_on_held_back_for_unknown_order() -> None:
    # the bare Lightning Attention abstract has no date and no id
    assert seed_inference().summary["builds_on_held_back_unknown_order"] >= 1


def test_unsure_builds_on_are_candidates_not_edges() -> None:
    candidates = {(e.source, e.target) for e in seed_inference().candidates}
    assert (paper_id("2310.01208"), paper_id("2302.13971")) in candidates


def test_build_stage_writes_inference_into_the_store() -> None:
    store = NetworkXStore.in_memory()
    report = build_graph([EXAMPLES], store, BuildOptions(load=LoadOptions(year=2025), similarity=False))
    stage = next(s for s in report.stages if s.name == "inference")
    assert stage.summary["builds_on"] == sum(1 for _ in store.edges([EdgeKind.BUILDS_ON]))


@pytest.fixture(scope="module")
def without_lexicon():  # type: ignore[no-untyped-def]
    """Inference on the seeds with an empty lexicon: only what the text itself says."""
    from paperkg.inference import Lexicon, infer_corpus

    return infer_corpus(list(seed_papers()), Lexicon())


@pytest.mark.parametrize(
    ("paper", "entity"),
    [
        (
            "Sophia: A Scalable Stochastic Second-order Optimizer for Language Model Pre-training",
            "method:sophia",
        ),
        ("Improving Language Models with Advantage-based Offline Policy Gradients", "method:a-lol"),
        ("2302.13971", "method:llama"),
        ("2312.09241", "dataset:tinygsm"),
        ("Model reuse techniques can reduce", "dataset:reuse-zoo"),
        ("2305.12129", "method:minimoe"),
        ("2204.00408", "method:cofi"),
    ],
)
def test_introduced_names_come_from_the_text_alone(without_lexicon, paper: str, entity: str) -> None:  # type: ignore[no-untyped-def]
    assert entity in [eid for eid, _ in without_lexicon.papers[paper_id(paper)].introduced]


@pytest.mark.parametrize(("source", "target"), [(MKOR, LAMB), (AGVM, LAMB)])
def test_builds_on_from_the_text_alone(without_lexicon, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    pairs = {(e.source, e.target) for e in without_lexicon.edges if e.kind is BUILDS_ON}
    assert (paper_id(source), paper_id(target)) in pairs


def _two_papers(later_text: str) -> list[Edge]:
    from paperkg.inference import infer_corpus, shipped_lexicon
    from paperkg.models import Paper

    papers = [
        Paper(arxiv_id="1901.00001", abstract="We introduce Emu, a system that embeds sentences."),
        Paper(arxiv_id="2301.00001", abstract=later_text),
    ]
    result = infer_corpus(papers, shipped_lexicon())
    return [e for e in result.edges if e.kind is BUILDS_ON]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We build on the Emu system to embed queries.", 1),
        ("Emu is a large bird; like the emu, our model is fast.", 0),
        ("We compare with Emu, which was trained on less data.", 0),
    ],
)
def test_a_common_word_name_needs_a_naming_context(text: str, expected: int) -> None:
    assert len(_two_papers(text)) == expected


def test_a_new_name_holding_a_family_phrase_gives_its_introducer_and_its_method_the_family() -> None:
    from paperkg.inference import infer_corpus, shipped_lexicon
    from paperkg.models import Paper

    papers = [
        Paper(
            arxiv_id="2201.00001",
            abstract="We introduce Wavefront Pipeline Parallelism, a schedule for GPUs.",
        ),
        Paper(arxiv_id="2301.00001", abstract="Our system runs Wavefront Pipeline Parallelism on one node."),
    ]
    result = infer_corpus(papers, shipped_lexicon())
    pp = "family:pipeline-parallelism"
    first, second = (result.papers[p.id].families.get(pp) for p in papers)
    assert first is not None and first.via == ["Wavefront Pipeline Parallelism"]
    assert second is None  # a mention alone (0.5) is below the family threshold
    method = result.entities["method:wavefront-pipeline-parallelism"]
    assert "pipeline parallelism" in method.families


def test_findings_keep_their_values_and_share_one_copy_of_each_name() -> None:
    import copy

    from paperkg.inference.extract import FamilyHit, Mention
    from paperkg.inference.pipeline import PaperEntities, _share_names

    def found(paper: str) -> PaperEntities:
        # each string made anew, as a worker's result arrives unpickled
        name = "".join(["method:", "lora"])
        return PaperEntities(
            paper,
            mentions={name: [Mention("".join(["method:", "lora"]), "".join(["Lo", "RA"]), 3, f"{paper} uses LoRA.", "uses")]},
            families={"".join(["family:", "peft"]): FamilyHit(0.5, f"{paper} uses LoRA.", ["".join(["Lo", "RA"])])},
        )

    papers = [found("a"), found("b")]
    before = copy.deepcopy(papers)
    names: dict[str, str] = {}
    for paper in papers:
        _share_names(paper, names)
    a, b = papers

    def held(p: PaperEntities) -> list[int]:
        mention, hit = p.mentions["method:lora"][0], p.families["family:peft"]
        keys = [next(iter(p.mentions)), next(iter(p.families))]
        return [id(x) for x in (*keys, mention.entity, mention.surface, hit.via[0])]

    assert (papers, held(a), held(a)[2] == held(a)[0]) == (before, held(b), True)
