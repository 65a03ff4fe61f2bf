"""Discovered families: named after a method a group of papers outside the vocabulary share."""

from __future__ import annotations

from pathlib import Path

from _inference_helpers import seed_inference
from paperkg.graph.build import BuildOptions, load_papers
from paperkg.inference import CorpusInference, infer_corpus, shipped_lexicon
from paperkg.models import EdgeKind, Paper

FIELDS = Path(__file__).resolve().parent / "data" / "gold-fields.jsonl"


def _paper(key: str, year: int, abstract: str) -> Paper:
    return Paper(title=f"Paper {key} on species distributions", abstract=abstract, year=year)


# Ecology: one paper introduces a model, three later ones use or extend it.
INTRODUCER = _paper(
    "a",
    2015,
    "We present GeoMaxEnt, a species distribution model that weights presence records by survey effort.",
)
USERS = [
    _paper("b", 2017, "We use GeoMaxEnt to map the range of the alpine marmot under warming scenarios."),
    _paper(
        "c", 2018, "Our model extends GeoMaxEnt with dispersal limits for amphibians in fragmented forest."
    ),
    _paper(
        "d", 2019, "Range shifts of 40 butterfly species were projected using GeoMaxEnt and climate layers."
    ),
]
COMPARER = _paper("e", 2020, "Our occupancy model outperforms GeoMaxEnt on 12 bird species of the Andes.")
FILLER = [
    _paper(
        f"f{i}", 2010 + i % 10, f"Field surveys of pollinator visits in meadow plot {i} over {i + 2} summers."
    )
    for i in range(60)
]


def _discovered(result: CorpusInference) -> dict[str, set[str]]:
    found = {e.id for e in result.entities.values() if e.kind == "family" and e.source == "discovered"}
    members: dict[str, set[str]] = {fid: set() for fid in found}
    for edge in result.edges:
        if edge.kind is EdgeKind.IN_FAMILY and edge.target in found:
            members[edge.target].add(edge.source)
    return members


def test_papers_sharing_a_method_no_family_holds_form_a_discovered_family() -> None:
    result = infer_corpus([INTRODUCER, *USERS, COMPARER, *FILLER], shipped_lexicon())
    members = _discovered(result)
    assert set(members) == {"family:geomaxent"}
    # The comparing paper names GeoMaxEnt as a baseline only: not a member.
    assert members["family:geomaxent"] == {p.id for p in (INTRODUCER, *USERS)}
    assert result.entities["family:geomaxent"].name == "GeoMaxEnt"
    assert result.summary["families_discovered"] == 1


def test_a_member_keeps_the_sentence_that_names_the_method() -> None:
    result = infer_corpus([INTRODUCER, *USERS, *FILLER], shipped_lexicon())
    edge = next(e for e in result.edges if e.kind is EdgeKind.IN_FAMILY and e.source == USERS[1].id)
    assert (
        edge.evidence
        == "Our model extends GeoMaxEnt with dispersal limits for amphibians in fragmented forest."
    )


def test_two_papers_are_not_a_family() -> None:
    assert _discovered(infer_corpus([INTRODUCER, USERS[0], *FILLER], shipped_lexicon())) == {}


def test_a_method_most_of_the_corpus_names_is_no_family() -> None:
    # Without the filler, 4 of 4 papers name it: shared by everyone, it distinguishes no group.
    assert _discovered(infer_corpus([INTRODUCER, *USERS], shipped_lexicon())) == {}


def test_papers_of_a_curated_family_are_not_regrouped() -> None:
    curated = [
        _paper(
            f"q{i}", 2020 + i, f"We apply LoRA to fine-tune a parameter-efficient model of plant traits {i}."
        )
        for i in range(3)
    ]
    result = infer_corpus([*curated, *FILLER], shipped_lexicon())
    assert _discovered(result) == {}


def test_seed_discovered_family_groups_only_papers_outside_the_vocabulary() -> None:
    result = seed_inference()
    members = _discovered(result)
    in_curated = {
        e.source
        for e in result.edges
        if e.kind is EdgeKind.IN_FAMILY and e.target not in members and not e.source.startswith("method:")
    }
    assert members  # LLaMA-based papers with no curated family
    for papers in members.values():
        assert len(papers) >= 3
        assert not papers & in_curated


def test_classic_nlp_taggers_form_an_hmm_family() -> None:
    index, _, _ = load_papers([FIELDS], BuildOptions())
    result = infer_corpus(list(index.by_id.values()), shipped_lexicon())
    members = _discovered(result)
    assert set(members) == {"family:hmm"}
    titles = {index.by_id[p].title for p in members["family:hmm"]}
    assert "Named Entity Recognition using an HMM-based Chunk Tagger" in titles


def test_family_list_and_entities_say_discovered() -> None:
    from paperkg.graph import NetworkXStore, build_graph
    from paperkg.inference.explain import paper_entities
    from paperkg.queries import list_families

    store = NetworkXStore.in_memory()
    build_graph([FIELDS], store, BuildOptions(similarity=False))
    hmm = next(f for f in list_families(store) if f.id == "family:hmm")
    assert (hmm.name, hmm.papers, hmm.discovered) == ("HMM", 3, True)
    items = paper_entities(store, "Named Entity Recognition using an HMM-based Chunk Tagger").items
    assert [(i.name, i.discovered) for i in items if i.kind == "IN_FAMILY"] == [("HMM", True)]


def _families(*texts: tuple[str, str]) -> dict[str, set[str]]:
    result = infer_corpus([Paper(id=pid, title=title) for pid, title in texts], shipped_lexicon())
    placed: dict[str, set[str]] = {}
    for e in result.edges:
        if e.kind is EdgeKind.IN_FAMILY and not e.source.startswith(("method:", "dataset:")):
            placed.setdefault(e.source, set()).add(e.target)
    return placed


def test_the_words_of_machine_learning_families_place_no_paper_of_another_field() -> None:
    placed = _families(
        ("column", "Reactive Distillation for Biodiesel Production: Distillation Column Design"),
        ("vines", "Mechanical Pruning of Grapevines: Pruning Intensity and Yield"),
        ("gravity", "Loop Quantization of Black Hole Interiors and Canonical Quantization"),
        ("llm", "Pruning Large Language Models: Structured Pruning at Scale"),
    )
    assert placed == {"llm": {"family:pruning"}}


def test_a_name_several_papers_present_each_on_another_subject_names_no_family() -> None:
    # a neutrino global fit, a masking compiler, a matter power-spectrum emulator, a GPU kernel sampler and a
    # peak caller, each presented as Lantern (probe files of five fields): five things, no method they share
    import json

    wanted = {"p26-17", "p63-22", "p69-09", "p70-31", "p79-37"}
    presenters = []
    for number in (26, 63, 69, 70, 79):
        path = FIELDS.parent / f"other-fields-probes-{number}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["id"] in wanted:
                presenters.append(
                    Paper(title=record["title"], abstract=record["abstract"], year=record.get("year", 2024))
                )
    assert len(presenters) == 5
    result = infer_corpus([*presenters, *FILLER], shipped_lexicon())
    assert "family:lantern" not in _discovered(result)
    assert not any(e.kind is EdgeKind.SAME_FAMILY for e in result.edges)


def test_a_lexicon_name_another_field_presents_is_of_none_of_the_lexicons_families() -> None:
    # Orca, the lexicon's model distilled from GPT-4's explanations, and Orca, a transit search for K2
    # photometry (probe file 69), with the astronomy papers that use and modify it: none of distillation
    import json

    lines = (FIELDS.parent / "other-fields-probes-69.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    papers = [
        Paper(title=r["title"], abstract=r["abstract"], year=r.get("year", 2024))
        for r in records
        if r["id"] in ("p69-02", "p69-10", "p69-42")
    ]
    assert len(papers) == 3
    result = infer_corpus([*papers, *FILLER], shipped_lexicon())
    ids = {p.id for p in papers}
    families = {e.target for e in result.edges if e.kind is EdgeKind.IN_FAMILY and e.source in ids}
    assert (papers[0].id, "method:orca") in {(e.source, e.target) for e in result.edges}
    assert not families & {"family:distillation", "family:instruction-tuning"}
