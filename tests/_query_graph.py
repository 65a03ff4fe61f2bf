"""A hand-made graph with every node and edge kind, for the canned-query and store tests."""

from __future__ import annotations

from paperkg.graph.stores.protocol import GraphStore
from paperkg.models import Dataset, Edge, EdgeKind, Method, MethodFamily, Paper, Provenance, Reference

TRANSFORMER = "arxiv:1706.03762"
BERT = "arxiv:1810.04805"
LORA = "arxiv:2106.09685"
QLORA = "arxiv:2305.14314"
LLAMA = "arxiv:2302.13971"
LLAMA2 = "arxiv:2307.09288"
ADAM = "arxiv:1412.6980"
EXTERNAL = "arxiv:1409.0473"
HOSTILE_TITLE = "x'}) DETACH DELETE n //"
PEFT = "family:parameter-efficient-fine-tuning"


def _paper(arxiv_id: str, title: str, published: str, abstract: str) -> Paper:
    return Paper(
        arxiv_id=arxiv_id,
        title=title,
        abstract=abstract,
        published=published,
        date_precision="day" if len(published) == 10 else "month",
        year=int(published[:4]),
        authors=["A. Author", "B. Author"],
        categories=["cs.CL"],
        external_ids={"s2": f"s2-{arxiv_id}"},
        references=[Reference(arxiv_id="1706.03762", intents=["background"], is_influential=True)],
        provenance=[Provenance(source="fixture.jsonl", format="jsonl", line=1)],
    )


def papers() -> list[Paper]:
    """Eight papers, one without a year or ids whose title looks like Cypher."""
    return [
        _paper("1706.03762", "Attention Is All You Need", "2017-06-12", "We propose the Transformer."),
        _paper("1810.04805", "BERT: Pre-training of Deep Bidirectional Transformers", "2018-10", "BERT."),
        _paper("2106.09685", "LoRA: Low-Rank Adaptation of Large Language Models", "2021-06-17", "LoRA."),
        _paper("2305.14314", "QLoRA: Efficient Finetuning of Quantized LLMs", "2023-05-23", "QLoRA."),
        _paper("2302.13971", "LLaMA: Open and Efficient Foundation Language Models", "2023-02-27", "LLaMA."),
        _paper("2307.09288", "Llama 2: Open Foundation and Fine-Tuned Chat Models", "2023-07-18", "Llama 2."),
        _paper("1412.6980", "Adam: A Method for Stochastic Optimization", "2014-12-22", "Adam."),
        Paper(title=HOSTILE_TITLE, abstract="An abstract with a quote ' and a brace }."),
    ]


def hostile_id() -> str:
    """Return the id of the paper whose title looks like Cypher."""
    return papers()[-1].id


def entities() -> list[Method | Dataset | MethodFamily]:
    """Methods, datasets and one family with an alias."""
    return [
        Method(
            name="LoRA",
            aliases=["low-rank adaptation"],
            families=["parameter-efficient fine-tuning"],
            introduced_by=LORA,
        ),
        Method(name="QLoRA", introduced_by=QLORA, version_of="method:lora"),
        Method(name="LLaMA", introduced_by=LLAMA),
        Dataset(name="GSM8K"),
        Dataset(name="MMLU", description="Massive multitask language understanding"),
        MethodFamily(name="parameter-efficient fine-tuning", aliases=["PEFT"]),
    ]


def edges() -> list[Edge]:
    """Every edge kind, with several shortest paths between some pairs."""
    b, c = EdgeKind.BUILDS_ON, EdgeKind.CITES
    hostile = hostile_id()
    return [
        Edge(
            kind=b,
            source=BERT,
            target=TRANSFORMER,
            relation="uses",
            evidence="BERT uses the Transformer.",
            via="Transformer",
            confidence=0.9,
        ),
        Edge(
            kind=b,
            source=LORA,
            target=TRANSFORMER,
            relation="uses",
            evidence="LoRA adapts Transformers.",
            via="Transformer",
            confidence=0.7,
        ),
        Edge(
            kind=b,
            source=LORA,
            target=BERT,
            relation="compares",
            evidence="We compare with BERT.",
            via="BERT",
            confidence=0.5,
        ),
        Edge(
            kind=b,
            source=QLORA,
            target=LORA,
            relation="extends",
            evidence="QLoRA extends LoRA.",
            via="LoRA",
            confidence=0.95,
        ),
        Edge(
            kind=b,
            source=QLORA,
            target=LLAMA,
            relation="uses",
            evidence="We finetune LLaMA.",
            via="LLaMA",
            confidence=0.8,
        ),
        Edge(
            kind=b,
            source=LLAMA,
            target=TRANSFORMER,
            relation="uses",
            evidence="LLaMA is a Transformer.",
            via="Transformer",
            confidence=0.6,
        ),
        Edge(
            kind=b,
            source=LLAMA2,
            target=LLAMA,
            relation="extends",
            evidence="Llama 2 extends LLaMA.",
            via="LLaMA",
            confidence=0.99,
        ),
        Edge(kind=c, source=LLAMA2, target=QLORA, relation="background", attrs={"is_influential": False}),
        Edge(kind=c, source=QLORA, target=BERT, relation="methodology", attrs={"is_influential": True}),
        Edge(kind=c, source=hostile, target=LLAMA2, attrs={"is_influential": False}),
        Edge(kind=c, source=TRANSFORMER, target=EXTERNAL, attrs={"is_influential": True}),
        Edge(kind=c, source=LLAMA2, target=LLAMA, relation="result", attrs={"is_influential": True}),
        Edge(kind=EdgeKind.SIMILAR_TO, source=LORA, target=QLORA, score=0.9, rank=1),
        Edge(kind=EdgeKind.SIMILAR_TO, source=LORA, target=BERT, score=0.5, rank=2),
        Edge(kind=EdgeKind.SIMILAR_TO, source=QLORA, target=LORA, score=0.9, rank=1),
        Edge(kind=EdgeKind.SIMILAR_TO, source=LLAMA, target=LLAMA2, score=0.8, rank=1),
        Edge(kind=EdgeKind.SIMILAR_TO, source=LLAMA2, target=LLAMA, score=0.8, rank=1),
        Edge(
            kind=EdgeKind.SAME_FAMILY,
            source=LORA,
            target=QLORA,
            score=1.0,
            shared=["parameter-efficient fine-tuning"],
        ),
        Edge(kind=EdgeKind.SHARES_DATASET, source=LLAMA, target=LLAMA2, score=2.0, shared=["MMLU", "GSM8K"]),
        Edge(kind=EdgeKind.SHARES_DATASET, source=QLORA, target=LLAMA2, score=1.0, shared=["MMLU"]),
        Edge(kind=EdgeKind.INTRODUCES, source=LORA, target="method:lora", evidence="We propose LoRA."),
        Edge(kind=EdgeKind.INTRODUCES, source=QLORA, target="method:qlora", evidence="We present QLoRA."),
        Edge(kind=EdgeKind.INTRODUCES, source=LLAMA, target="method:llama", evidence="We introduce LLaMA."),
        Edge(
            kind=EdgeKind.MENTIONS,
            source=QLORA,
            target="method:lora",
            evidence="QLoRA backpropagates into LoRA.",
        ),
        Edge(kind=EdgeKind.USES_DATASET, source=LLAMA, target="dataset:gsm8k", evidence="On GSM8K."),
        Edge(kind=EdgeKind.USES_DATASET, source=LLAMA, target="dataset:mmlu", evidence="On MMLU."),
        Edge(kind=EdgeKind.USES_DATASET, source=LLAMA2, target="dataset:gsm8k"),
        Edge(kind=EdgeKind.USES_DATASET, source=LLAMA2, target="dataset:mmlu"),
        Edge(kind=EdgeKind.USES_DATASET, source=QLORA, target="dataset:mmlu", evidence="MMLU 5-shot."),
        Edge(kind=EdgeKind.IN_FAMILY, source=QLORA, target=PEFT, evidence="QLoRA is parameter-efficient."),
        Edge(kind=EdgeKind.IN_FAMILY, source=LORA, target=PEFT, evidence="LoRA freezes the weights."),
        Edge(kind=EdgeKind.IN_FAMILY, source="method:lora", target=PEFT),
    ]


def fill(store: GraphStore) -> None:
    """Write the whole fixture graph into ``store``."""
    store.upsert_papers(papers())
    upsert_external = getattr(store, "upsert_external")  # noqa: B009 - not part of the protocol
    upsert_external([{"id": EXTERNAL, "label": "Neural Machine Translation by Jointly Learning"}])
    store.upsert_entities(entities())
    store.upsert_edges(edges())
