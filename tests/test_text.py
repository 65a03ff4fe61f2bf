"""Text repair on the real seed lines, and on tokens that must survive it intact."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ABSTRACTS, DATASET_VIEWER, HF_BATCH, SEED_FILES
from paperkg.loaders.text import repair_field, repair_text


def _seed_record(path: Path, fragment: str) -> str:
    """Return the record of a seed file that holds ``fragment``, as the file spells it.

    A record is a line, or in the dataset viewer the lines between two ``|`` lines:
    repair needs the whole abstract to know the names it uses.
    """
    text = path.read_text(encoding="utf-8")
    records = re.split(r"\n\|\n", text) if path == DATASET_VIEWER else text.splitlines()
    found = [record for record in records if fragment in record]
    assert found, f"{fragment!r} is not in {path.name}"
    return found[0]


# (seed file, damaged text as it is in the file, the repaired text).
SEED_REPAIRS = [
    (DATASET_VIEWER, "ofTülu,", "of Tülu,"),
    (DATASET_VIEWER, "intoTülu,", "into Tülu,"),
    (DATASET_VIEWER, "improvedTülumodels", "improved Tülu models"),
    (DATASET_VIEWER, "inMiniLMby", "in MiniLM by"),
    (DATASET_VIEWER, "We introduceAdapters,", "We introduce Adapters,"),
    (DATASET_VIEWER, "tasks.Adaptersprovides", "tasks. Adapters provides"),
    (DATASET_VIEWER, "proposeCausalCite,", "propose CausalCite,"),
    (DATASET_VIEWER, "papers.CausalCiteis", "papers. CausalCite is"),
    (DATASET_VIEWER, "thatChinchillauses", "that Chinchilla uses"),
    (DATASET_VIEWER, "asGopherbut", "as Gopher but"),
    (DATASET_VIEWER, "ofRLHFandDPO(as", "of RLHF and DPO(as"),
    (DATASET_VIEWER, "toDPOon", "to DPO on"),
    (DATASET_VIEWER, "thatPairRankerexhibits", "that PairRanker exhibits"),
    (DATASET_VIEWER, "withCoNsignificantly", "with CoN significantly"),
    (DATASET_VIEWER, "aMulti-Agent", "a Multi-Agent"),
    (DATASET_VIEWER, "we proposecondensed retrieval", "we propose condensed retrieval"),
    (
        DATASET_VIEWER,
        "community111https://github.com/facebookresearch/llama.",
        "community https://github.com/facebookresearch/llama.",
    ),
    (DATASET_VIEWER, "available athttps://aka.ms/minilm", "available at https://aka.ms/minilm"),
    (DATASET_VIEWER, "budget.111Code is available", "budget. Code is available"),
    (
        DATASET_VIEWER,
        "In open-domain Question Answering (QA) , dense",
        "In open-domain Question Answering (QA), dense",
    ),
    (DATASET_VIEWER, "model,Chinchilla,", "model, Chinchilla,"),
    (ABSTRACTS, "Hecaton achieves $4.98\\times$ performance", "Hecaton achieves 4.98× performance"),
    (HF_BATCH, "achieve 75.3\\% top-1", "achieve 75.3% top-1"),
    (HF_BATCH, "rewards, \\eg~progress,", "rewards, e.g. progress,"),
]


@pytest.mark.parametrize(("path", "damaged", "repaired"), SEED_REPAIRS, ids=[r[1][:30] for r in SEED_REPAIRS])
def test_repair_fixes_the_seed_record(path: Path, damaged: str, repaired: str) -> None:
    assert repaired in repair_text(_seed_record(path, damaged))


@pytest.mark.parametrize(("path", "damaged", "repaired"), SEED_REPAIRS, ids=[r[1][:30] for r in SEED_REPAIRS])
def test_repair_leaves_no_damage_in_the_seed_record(path: Path, damaged: str, repaired: str) -> None:
    assert damaged not in repair_text(_seed_record(path, damaged))


@pytest.mark.parametrize(
    "url",
    [
        "https://github.com/facebookresearch/llama",
        "https://adapterhub.ml/adapters",
        "https://github.com/microsoft/DeepSpeedExample",
        "https://github.com/princeton-nlp/CoFiPruning",
    ],
)
def test_urls_in_the_seeds_survive_repair(url: str) -> None:
    line = _seed_record(DATASET_VIEWER, url)
    assert url in repair_text(line)


INTACT = [
    "GPT-4",
    "LLaMA",
    "LLaMA-13B",
    "MiniLMv2",
    "DeBERTa",
    "RoBERTa",
    "iDCT",
    "iDFT",
    "vLLM",
    "nuPlan",
    "cuDNN",
    "ZeRO",
    "GaLore",
    "QLoRA",
    "LoRAs",
    "LLMs",
    "7B",
    "2x",
    "12.3M",
    "FlashAttention",
    "ImageNet",
    "MiddleWare",
    "InCoder",
    "WeChat",
    "fastText",
    "arXiv",
    "MosaicBERT",
    "DeepSpeed-VisualChat",
    "e.g.",
    "$20",
    "Tülu2",
]


@pytest.mark.parametrize("token", INTACT)
def test_real_tokens_stay_intact(token: str) -> None:
    text = f"In this work we compare {token} with the baseline."
    assert repair_text(text) == text


@pytest.mark.parametrize(
    "token", ["iDCT", "vLLM", "nuPlan", "LLaMA", "GPT-4", "ZeRO,", "cuDNN", "mAP", "2x", "7B"]
)
def test_seed_tokens_stay_intact_in_their_lines(token: str) -> None:
    lines = [line for path in SEED_FILES for line in path.read_text(encoding="utf-8").splitlines()]
    holding = [line for line in lines if f" {token} " in line]
    assert holding, f"{token} is in no seed line"
    assert all(f" {token} " in repair_text(line) for line in holding)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("two  spaces\nand\ta tab", "two spaces and a tab"),
        ("Costs $300,000 ($28,400vs.$320,000) in total.", "Costs $300,000 ($28,400vs.$320,000) in total."),
        ("a rate of $O(d^{2})$ steps", "a rate of O(d^2) steps"),
        # text styles and citation keys of a LaTeX source, in running text
        ("We present \\textsc{Sieve}, a decoder that is \\emph{not} slow~\\cite{bravyi2024}.",
         "We present Sieve, a decoder that is not slow."),
        ("as shown by \\citet[p.~3]{lee2019} and \\textbf{BP+OSD}", "as shown by and BP+OSD"),
        ("the tasks.We then", "the tasks. We then"),
        ("see e.g.The", "see e.g.The"),
        # a demonym of a place the text names is no place glued to "an" (a probe file of 6 December lost
        # its "European Flower Buyer Survey" to "Europe an", and drew a builds-on edge through Europe)
        ("Demand in Europe is shifting. We designed the European Flower Buyer Survey (EFBS).",
         "Demand in Europe is shifting. We designed the European Flower Buyer Survey (EFBS)."),
        # the markup of web exports: entities (escaped twice too) and inline tags, whose words are the text's
        ("The <i>Corpus of Hellenistic Funerary Epigrams</i> (CHFE) is described, p&amp;lt;0.001.",
         "The Corpus of Hellenistic Funerary Epigrams (CHFE) is described, p<0.001."),
        ("Lindqvist &amp; Kowalski found H<sub>2</sub>O at 10<SUP>-3</SUP> &#8211; and &lt;5 m",
         "Lindqvist & Kowalski found H2O at 10^-3 – and <5 m"),
        # (a comparison is no tag)
        ("a <b and c> d", "a <b and c> d"),
    ],
)
def test_repair_text_cases(raw: str, expected: str) -> None:
    assert repair_text(raw) == expected


def test_repair_field_keeps_the_raw_text_when_it_changed() -> None:
    assert repair_field("We introduceAdapters, a library.") == (
        "We introduce Adapters, a library.",
        "We introduceAdapters, a library.",
    )


def test_repair_field_drops_the_raw_text_when_nothing_changed() -> None:
    assert repair_field("A clean title") == ("A clean title", None)


def test_repair_field_of_blank_text_is_none() -> None:
    assert repair_field("   ") == (None, None)


def test_a_title_is_repaired_knowing_the_names_its_abstract_writes() -> None:
    # probe file 253: "PuScan: optical music recognition ..." then "We present PuScan, an end-to-end ...":
    # alone, a capital, a lowercase letter and a capital before "can" read as a name glued to the word
    from paperkg.loaders.text import repair_text

    title = "PuScan: optical music recognition for handwritten gongche manuscripts"
    abstract = "We present PuScan, an end-to-end system. PuScan segments each page into columns."
    assert repair_text(title) == "PuS can: optical music recognition for handwritten gongche manuscripts"
    assert repair_text(title, abstract) == title
    assert repair_text(abstract) == abstract
