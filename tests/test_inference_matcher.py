"""The multi-pattern matcher: variants, versions, longer names, glued words, short acronyms."""

from __future__ import annotations

import pytest

from paperkg.inference.matcher import Matcher

NAMES = {
    "LLaMA": ["method:llama"],
    "LLaMa": ["method:llama"],
    "Llama": ["method:llama"],
    "Llama 2": ["method:llama-2"],
    "Llama-2": ["method:llama-2"],
    "Llama-3.1": ["method:llama-3-1"],
    "DeepSpeed": ["method:deepspeed"],
    "DeepSpeed-Ulysses": ["method:deepspeed-ulysses"],
    "MiniLM": ["method:minilm"],
    "DoT": ["method:dot"],
    "CAP": ["method:cap"],
    "DUS": ["method:dus"],
    "ARC": ["dataset:arc"],
    "Chinchilla": ["method:chinchilla"],
    "LoRA": ["method:lora"],
    "low-rank adaptation": ["method:lora"],
    "Megatron-LM": ["method:megatron-lm"],
    "BERT": ["method:bert"],
    "SRU": ["method:sru"],
    "SRU++": ["method:sru-pp"],
    "ImageNet": ["dataset:imagenet"],
    "enwik8": ["dataset:enwik8"],
    "Code Llama": ["method:code-llama"],
    "Wiki-103": ["dataset:wikitext-103"],
}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(NAMES, versioned=["method:llama"])


def keys(matcher: Matcher, text: str) -> list[str]:
    return [k for m in matcher.find(text) for k in m.keys]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LLaMA-65B is competitive", ["method:llama"]),
        ("the LLaMa 7B model", ["method:llama"]),
        ("LLaMA-7B and LLaMA-13B", ["method:llama", "method:llama"]),
        ("fine-tuning Llama 2 (7B)", ["method:llama-2"]),
        ("based on Llama-2-7B", ["method:llama-2"]),
        ("For Llama-3.1-8B and 70B", ["method:llama-3-1"]),
        ("the DeepSpeed-Ulysses method", ["method:deepspeed-ulysses"]),
        ("self-attention distillation inMiniLMby only", ["method:minilm"]),
        ("This also means thatChinchillauses less compute", ["method:chinchilla"]),
        ("train smaller than Chinchilla-optimal", ["method:chinchilla"]),
        ("Low-Rank Adaptation (LoRA) is popular", ["method:lora", "method:lora"]),
        ("Megatron LM and Megatron-LM", ["method:megatron-lm", "method:megatron-lm"]),
        ("BERT-Large-Uncased on 64 GPUs", ["method:bert"]),
        ("BERT-style encoders", ["method:bert"]),
        ("the Degeneration-of-Thought (DoT) problem", ["method:dot"]),
        ("SRU++ beats SRU", ["method:sru-pp", "method:sru"]),
        ("Imagenet and ImageNet", ["dataset:imagenet", "dataset:imagenet"]),
        ("tasks such asenwik8, Wiki-103andbillion worddatasets", ["dataset:enwik8", "dataset:wikitext-103"]),
        ("a state-of-the-art result on theenwik8dataset using", ["dataset:enwik8"]),
        # a language's package suffix names the package; a sentence's stop is no suffix
        ("the BERT.jl package", ["method:bert"]),
        ("We fine-tune BERT. Then we", ["method:bert"]),
    ],
)
def test_finds_names(matcher: Matcher, text: str, expected: list[str]) -> None:
    assert keys(matcher, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "tasks that can be do text in one pass",
        "the capacity gap between teacher and student",
        "in both academia and industry",
        "we fine-tune TableLlama on tables",
        "Label Supervised LS-LLaMA",
        "the ConceptARC benchmark",
        "the DeepSpeed-VisualChat framework",
        "a low-rank adaptation of llama-like models",
        "then Llama 3 and Llama-4",
        "see https://github.com/facebookresearch/llama and github.com/x/MiniLM",
        "the loramoe plugin and LoRAMoE",
        "dot products, cap, dus",
        "two Chinchillas and Tablechinchilla",
        "the Chinchillae genus and Wiki-103x",
        "Code Llamamodels finetuned on our mix",
        # a dot and a lowercase word make another name: qualitative-analysis software, a website
        "coded in BERT.ti and",
        "listening data from ImageNet.fm users",
    ],
)
def test_near_misses_find_nothing(matcher: Matcher, text: str) -> None:
    assert [k for k in keys(matcher, text) if k != "method:lora"] == []


def test_lowercase_alias_matches_any_case(matcher: Matcher) -> None:
    assert keys(matcher, "Low-rank adaptation") == ["method:lora"]


def test_lowercase_text_does_not_match_mixed_case_alias(matcher: Matcher) -> None:
    assert keys(matcher, "we use lora and minilm") == []


def test_a_name_in_capitals_only_is_an_acronym_not_the_word_so_spelt(matcher: Matcher) -> None:
    # as the BRIDGE trial is not a care model named Bridge; the name's own spellings still match
    assert keys(matcher, "The CHINCHILLA trial enrolled 1,884 patients.") == []
    assert keys(matcher, "We train Chinchilla and a chinchilla-sized model.") == ["method:chinchilla"]


def test_a_phrase_its_hyphens_make_a_name_is_the_phrase_written_with_spaces() -> None:
    # In-the-Wild, a set of spoofed speech, beside titles of security and interaction (probe files 61, 63, 86)
    wild = Matcher({"In-the-Wild": ["dataset:in-the-wild"]})
    assert [m.keys for m in wild.find("Trained on ASVspoof 2019 and tested on In-the-Wild.")] == [
        ("dataset:in-the-wild",)
    ]
    assert wild.find("Padding Oracles in the Wild: A Longitudinal Scan of TLS Servers") == []
    assert wild.find("Capturing Pointing Behavior In The Wild") == []


def test_a_word_with_a_number_is_another_name_unless_its_versions_are_known() -> None:
    # remote sensing beside fraud detection: the Sentinel-2 satellite, a model named Sentinel
    words = Matcher({"Sentinel": ["method:sentinel"], "Llama": ["method:llama"], "Llama 2": ["method:llama-2"]},
                    {"method:llama"})  # fmt: skip
    assert [m.keys for m in words.find("Sentinel-2 imagery, compared with Sentinel.")] == [("method:sentinel",)]
    assert [m.keys for m in words.find("We fine-tune Llama-2.")] == [("method:llama-2",)]


def test_glued_match_is_marked(matcher: Matcher) -> None:
    assert [m.glued for m in matcher.find("distillation inMiniLMby only")] == [True]


def test_glue_needs_a_common_word_on_the_glued_side(matcher: Matcher) -> None:
    assert keys(matcher, "the xyzMiniLM model") == []


def test_match_offsets_cover_the_surface(matcher: Matcher) -> None:
    text = "We compare with LLaMA-65B."
    match = matcher.find(text)[0]
    assert text[match.start : match.end] == "LLaMA"


def test_a_mixed_case_name_whose_letters_spell_a_word_the_texts_write_is_not_that_word_capitalised() -> None:
    # MultiPL-E's letters spell "multiple": "Multiple imputation" and "the Index of Multiple Deprivation" are
    # the word, where the corpus writes it; MultiPL-E and Multipl-E stay the benchmark
    text = "Multiple imputation of MultiPL-E scores and the Index of Multiple Deprivation, as in Multipl-E."
    spelt = Matcher({"MultiPL-E": ["dataset:multipl-e"]}, words={"multiple", "imputation"})
    assert [m.surface for m in spelt.find(text)] == ["MultiPL-E", "Multipl-E"]
    unknown = Matcher({"MultiPL-E": ["dataset:multipl-e"]})
    assert [m.surface for m in unknown.find(text)] == ["Multiple", "MultiPL-E", "Multiple", "Multipl-E"]


def test_a_version_number_going_on_is_another_version() -> None:
    # "coupled here to Granite v2.3" (an ice-flow model, probe file 133) is no GRANITE v2 (an emission
    # inventory of file 138); "SQuAD v2.0" is SQuAD v2
    matcher = Matcher({"GRANITE v2": ["dataset:granite-v2"], "SQuAD v2": ["dataset:squad"]})
    assert matcher.find("coupled here to Granite v2.3 (Lindqvist et al., 2009)") == []
    assert [m.keys for m in matcher.find("on SQuAD v2.0 (88.2 F1) and GRANITE v2.")] == [
        ("dataset:squad",),
        ("dataset:granite-v2",),
    ]
