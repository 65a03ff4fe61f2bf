"""Discovered families: named after a method a group of papers outside the vocabulary share."""

from __future__ import annotations

from pathlib import Path

from _inference_helpers import seed_inference
from paperkg.graph.build import BuildOptions, load_papers
from paperkg.inference import CorpusInference, infer_corpus, shipped_lexicon
from paperkg.inference.pipeline import _topic_words
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


def _probe_papers(*keys: str) -> list[Paper]:
    """The papers of the probe files by "file:id" (file 1: other-fields-probes.jsonl), read by the loader."""
    import json

    from paperkg.loaders import load_file

    wanted: dict[str, set[str]] = {}
    for key in keys:
        number, record_id = key.split(":")
        wanted.setdefault(number, set()).add(record_id)
    papers = []
    for number, ids in wanted.items():
        path = FIELDS.parent / (
            "other-fields-probes.jsonl" if number == "1" else f"other-fields-probes-{number}.jsonl"
        )
        lines = path.read_text(encoding="utf-8").splitlines()
        papers += [p for p, line in zip(load_file(path), lines, strict=True) if json.loads(line)["id"] in ids]
    assert len(papers) == len(keys)
    return papers


# enough other papers that a name some twenty papers write is distinctive (_DISCOVERED_SHARE)
MEADOWS = [
    _paper(
        f"m{i}", 2010 + i % 10, f"Field surveys of pollinator visits in meadow plot {i} over {i + 2} summers."
    )
    for i in range(300)
]


def test_a_term_papers_of_several_subjects_present_names_no_family() -> None:
    # eighteen papers of the probe files each present a Tessera: a quantum circuit compiler, a slice sampler,
    # a cluster finder, an interatomic potential, a premise selector, ...; three of them (the cluster finder,
    # a metadata-quality framework and an urban-form toolkit) share words enough to make it a term, so none
    # is its introducer; their users were one family of 21 here (of 46 in the probe files as one corpus,
    # until 6 December)
    presenters = _probe_papers(
        "15:p15-08", "19:p19-21", "25:p25-01", "26:p26-43", "35:p35-14", "36:p36-05", "37:p37-06", "3:a-41",
        "43:p43-14", "44:p44-21", "50:p50-28", "54:p54-19", "63:p63-06", "85:p85-10", "87:p87-03",
        "94:p94-40", "95:p95-42", "96:p96-36",
    )  # fmt: skip
    users = _probe_papers("3:a-44", "3:a-45", "25:p25-03", "44:p44-17", "36:p36-14")
    result = infer_corpus([*presenters, *users, *MEADOWS], shipped_lexicon())
    assert "family:tessera" not in _discovered(result)
    # three papers of one subject presenting a name make a term of it, whose users are a family: GeoMaxEnt
    # presented by three species-distribution papers (their words join them) and used by three more
    again = [
        _paper(
            key,
            2014,
            f"We present GeoMaxEnt, a species distribution model that weights presence records of {taxon} by "
            f"survey effort and corrects sampling bias. Fitted to occurrence data and climate layers, it "
            f"predicts range limits and habitat suitability across {region}.",
        )
        for key, taxon, region in (
            ("x", "birds", "Europe"),
            ("y", "frogs", "the Andes"),
            ("z", "bats", "Java"),
        )
    ]
    assert all(_topic_words(p.abstract or "", p.title or "") for p in again)
    result = infer_corpus([*again, *USERS, *MEADOWS], shipped_lexicon())
    assert "family:geomaxent" in _discovered(result)


def test_a_name_each_presenter_made_another_thing_of_gathers_no_family_of_other_things() -> None:
    # Phoenix, a qubit router and a prostate-cancer decision aid, each its presenter's; written also for a
    # stellar stream, a city and a firmware vendor ("Phoenix SecureCore"), whose papers were a family of
    # three until 6 December (probe files 2, 13, 63, 69 and 91)
    papers = _probe_papers(
        "2:q-15", "2:t-01", "2:t-02", "63:p63-17", "63:p63-32", "63:p63-41", "13:p13-37", "69:p69-11",
        "69:p69-32", "91:p91-20",
    )  # fmt: skip
    result = infer_corpus([*papers, *MEADOWS[:100]], shipped_lexicon())
    assert "family:phoenix" not in _discovered(result)


def test_a_name_made_of_a_familys_word_presented_by_another_field_is_of_no_family() -> None:
    # "Momentum: a cluster randomised trial of lay counsellor-delivered behavioural activation for
    # depression" and the paper adapting its protocol were of the optimizer family, momentum being one of
    # its words, until 6 December (probe file 65)
    papers = _probe_papers("65:p65-03", "65:p65-06", "65:p65-46")
    result = infer_corpus([*papers, *MEADOWS[:60]], shipped_lexicon())
    placed = {(e.source, e.target) for e in result.edges if e.kind is EdgeKind.IN_FAMILY}
    assert ("method:momentum", "family:optimizer") not in placed
    assert not any(target == "family:optimizer" for _, target in placed)
    # (a paper of the field presenting such a name keeps the family: test_inference_pipeline.py,
    # test_a_new_name_holding_a_family_phrase_gives_its_introducer_and_its_method_the_family)


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
