"""Papers cited by authors and year: a name for one paper, linked only when it fits exactly one."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperkg.inference import infer_corpus, shipped_lexicon
from paperkg.inference.builds_on import AuthorIndex, surname
from paperkg.inference.extract import author_year_citations
from paperkg.models import EdgeKind, Paper


def _paper(title: str, year: int, authors: list[str], abstract: str = "We study it.") -> Paper:
    return Paper(
        title=title,
        abstract=abstract,
        authors=authors,
        published=str(year),
        date_precision="year",
        year=year,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NLP: a possessive after two surnames
        (
            "with an emphasis on Goldwater and Griffiths's (2007) fully-Bayesian approach",
            [("Goldwater", "Griffiths", False, 2007)],
        ),
        # economics: the narrative form
        ("We extend the model of Smets and Wouters (2007) with banks.", [("Smets", "Wouters", False, 2007)]),
        # medicine: a bracketed citation with et al.
        ("Outcomes were worse than in ALLHAT (Cushman et al., 2002).", [("Cushman", None, True, 2002)]),
        # physics: a list of citations, accents kept
        (
            "as shown before (e.g., Irbäck and Potthast, 1995; Smith 2001).",
            [("Irbäck", "Potthast", False, 1995), ("Smith", None, False, 2001)],
        ),
        # near misses: a language, an adjective, a modifier, an acronym in brackets; no year
        ("This paper presents a Chinese word segmentation system.", []),
        ("We take a Bayesian approach with an HMM-based tagger.", []),
        ("A Support Vector Machine (SVM) classifies the spectra.", []),
        ("The tagger reaches 96% (HMM, 2001 sentences).", []),
    ],
)
def test_citations_by_authors_and_year_are_read(text: str, expected: list[tuple[object, ...]]) -> None:
    found = [(c.first, c.second, c.et_al, c.year) for c in author_year_citations(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("Sharon Goldwater", "goldwater"),
        ("Goldwater, Sharon", "goldwater"),
        ("S. Goldwater", "goldwater"),
        ("Martin Luther King Jr.", "king"),
        ("Anders Irbäck", "irback"),
    ],
)
def test_surname(author: str, expected: str) -> None:
    assert surname(author) == expected


GOLDWATER = _paper(
    "A Fully Bayesian Approach to Unsupervised Part-of-Speech Tagging",
    2007,
    ["Sharon Goldwater", "Thomas L. Griffiths"],
)
SMETS = _paper("Shocks and Frictions in US Business Cycles", 2007, ["Frank Smets", "Rafael Wouters"])
CUSHMAN = _paper("Blood pressure control in ALLHAT", 2002, ["W. C. Cushman", "C. E. Ford", "J. A. Cutler"])
IRBACK = _paper("Studies of an off-lattice model for protein folding", 1995, ["A. Irbäck", "F. Potthast"])


def _citing(abstract: str, year: int = 2009) -> Paper:
    return _paper(f"A later paper ({abstract[:20]})", year, ["Kazi Saidul Hasan", "Vincent Ng"], abstract)


def _builds_on(papers: list[Paper]) -> tuple[set[tuple[str, str, str | None]], set[tuple[str, str]]]:
    result = infer_corpus(papers, shipped_lexicon())
    drawn = {(e.source, e.target, e.relation) for e in result.edges if e.kind is EdgeKind.BUILDS_ON}
    unsure = {(e.source, e.target) for e in result.candidates}
    return drawn, unsure


@pytest.mark.parametrize(
    ("cited", "abstract", "relation"),
    [
        (
            GOLDWATER,
            "This paper examines unsupervised approaches to tagging, with an emphasis on Goldwater and"
            " Griffiths's (2007) fully-Bayesian approach originally developed for English.",
            "uses",
        ),
        (SMETS, "We extend the model of Smets and Wouters (2007) with a banking sector.", "extends"),
        (CUSHMAN, "Blood pressure fell further than in the ALLHAT trial (Cushman et al., 2002).", "compares"),
    ],
)
def test_a_citation_by_name_links_the_paper_it_names(cited: Paper, abstract: str, relation: str) -> None:
    citing = _citing(abstract)
    drawn, _ = _builds_on([cited, citing])
    assert drawn == {(citing.id, cited.id, relation)}


def test_a_bare_citation_in_background_is_a_candidate_only() -> None:
    citing = _citing("Folding was simulated before (Irbäck and Potthast, 1995).")
    drawn, unsure = _builds_on([IRBACK, citing])
    assert (drawn, unsure) == (set(), {(citing.id, IRBACK.id)})


@pytest.mark.parametrize(
    "abstract",
    [
        # the paper has two authors: "Goldwater (2007)" names a paper of one
        "We build on Goldwater (2007) and extend it.",
        # the year is not the paper's
        "We extend the model of Smets and Wouters (2003) with a banking sector.",
        # the second author is not the paper's
        "We extend the model of Smets and Jones (2007) with a banking sector.",
        # near misses that name no paper at all
        "This paper presents a Chinese word segmentation system using a Bayesian approach.",
        "We extend an HMM-based tagger and a Support Vector Machine.",
    ],
)
def test_a_citation_that_fits_no_paper_links_nothing(abstract: str) -> None:
    drawn, unsure = _builds_on([GOLDWATER, SMETS, _citing(abstract)])
    assert (drawn, unsure) == (set(), set())


def test_a_citation_that_fits_two_papers_links_nothing() -> None:
    a = _paper("One study", 2019, ["Wei Li", "Ana Costa", "Tom Berg"])
    b = _paper("Another study", 2019, ["Jun Li", "Mia Chen"])
    citing = _citing("We extend the estimator of Li et al. (2019) to panels.", 2021)
    drawn, unsure = _builds_on([a, b, citing])
    assert (drawn, unsure) == (set(), set())


def test_a_citation_that_fits_two_papers_links_the_one_sharing_the_citing_papers_subject() -> None:
    # economics and marine biology: two Smiths of 2019; the citing paper is on coral reefs
    wages = _paper(
        "Minimum Wages and Employment in Restaurants", 2019, ["John Smith", "Maria Garcia"],
        "We study county pairs straddling state borders. Minimum wage increases raised earnings of "
        "restaurant workers without reducing employment over five years in the border counties studied.",
    )
    reefs = _paper(
        "Coral Bleaching Thresholds in the Great Barrier Reef", 2019, ["Emily Smith", "Tom Brown"],
        "Using degree heating weeks from satellite sea surface temperatures, we estimate bleaching "
        "thresholds for 120 reefs. Thresholds rose by 0.5 C per decade, suggesting acclimatization.",
    )
    citing = _citing(
        "Building on Smith et al. (2019), who estimated bleaching thresholds, we follow the recovery of 80 "
        "reefs after the 2020 marine heatwave. Recovery took longer on reefs that had bleached twice.",
        2022,
    )
    drawn, _ = _builds_on([wages, reefs, citing])
    assert drawn == {(citing.id, reefs.id, "extends")}


def test_a_citation_that_fits_two_papers_links_the_one_sharing_far_more_of_its_subject() -> None:
    # immunology and robotics: two Lindqvists of 2019; both share words with the citing paper, the
    # robot grasping paper only two ("achieve", "residual")
    caller = _paper(
        "clonoscope: Probabilistic Clonotype Calling from Single-Cell Sequencing", 2019,
        ["Karin Lindqvist", "Omar Haddad"],
        "We present a probabilistic caller that assigns T-cell receptor chains to clonotypes from "
        "single-cell sequencing, combining exact chain matching with similarity, and achieve high accuracy.",
    )
    grasps = _paper(
        "SPARROW: Learning 6-DoF Grasps from Simulation", 2019, ["Erik Lindqvist", "Ana Ruiz"],
        "We train a residual grasp network in simulation and achieve 92% grasp success on 40 household "
        "objects with a parallel-jaw gripper, without any real-world training data.",
    )
    citing = _citing(
        "Using the PBMC datasets previously used to benchmark the caller of Lindqvist et al. (2019), we "
        "reconstruct T-cell clonotypes by graph matching of receptor chains in single-cell sequencing "
        "data, and achieve higher accuracy than exact matching, with a residual error on rare chains.",
        2022,
    )
    drawn, unsure = _builds_on([caller, grasps, citing])
    assert {(s, t) for s, t, _ in drawn | unsure} == {(citing.id, caller.id)}


def test_a_citation_that_fits_one_paper_of_another_subject_links_nothing() -> None:
    # phonology and radiology: the one Lin of 2017 in the corpus made a lung nodule model, not the tone
    # sandhi database the citing paper names; a surname and a year meet across fields by chance
    nodules = _paper(
        "PRISM: Deep Learning Risk Stratification of Pulmonary Nodules", 2017, ["Hui Lin", "Sara Okafor"],
        "We develop a deep learning model estimating the malignancy risk of pulmonary nodules at low-dose "
        "CT and compare it with the Brock model in 4,200 screening participants.",
    )
    citing = _citing(
        "We test a rule learner on the 412 phrasal tone sandhi processes of SANDHI-DB (Lin et al., 2017), "
        "each cast as input-output pairs of tones, and compare learned rules with phonological analyses.",
        2021,
    )
    drawn, unsure = _builds_on([nodules, citing])
    assert (drawn, unsure) == (set(), set())
    # of its subject, the one Lin of 2017 is the paper cited
    sandhi = _paper(
        "SANDHI-DB: A Database of Phrasal Tone Sandhi Processes", 2017, ["Hui Lin", "Sara Okafor"],
        "We present SANDHI-DB, a database of 600 phrasal tone sandhi processes in 80 Sinitic varieties, "
        "each with input and output tones and phonological conditioning.",
    )
    drawn, unsure = _builds_on([sandhi, citing])
    assert {(s, t) for s, t, _ in drawn} | unsure == {(citing.id, sandhi.id)}


def test_a_later_paper_cited_links_nothing() -> None:
    citing = _citing("We extend the model of Smets and Wouters (2007) with banks.", 2005)
    drawn, unsure = _builds_on([SMETS, citing])
    assert (drawn, unsure) == (set(), set())


def test_papers_without_authors_can_be_cited_by_no_one() -> None:
    cited = GOLDWATER.model_copy(update={"authors": [], "n_authors": None})
    assert not AuthorIndex([cited])
    citing = _citing("We build on Goldwater and Griffiths (2007) and extend their sampler.")
    drawn, unsure = _builds_on([cited, citing])
    assert (drawn, unsure) == (set(), set())


def test_citations_read_in_pass_1_read_back_from_the_extraction_cache() -> None:
    from dataclasses import replace

    from paperkg.inference.cache import decode_names, encode_names, names_key, rules_fingerprint
    from paperkg.inference.pipeline import names_context, paper_names, paper_record

    lexicon = shipped_lexicon()
    context = replace(names_context(lexicon), citations=True)
    citing = _citing("We extend the model of Smets and Wouters (2007) with a banking sector.")
    found = paper_names(paper_record(citing), context)
    assert [(c.first, c.second, c.year) for c, _ in found.citations] == [("Smets", "Wouters", 2007)]
    assert decode_names(citing.id, encode_names(found)) == found
    # a result read without citations is not the one wanted with them
    fingerprint = rules_fingerprint(lexicon)
    record = paper_record(citing)
    assert names_key(record, False, fingerprint, True) != names_key(record, False, fingerprint, False)


def test_a_rebuild_from_stored_extractions_keeps_the_citation_edge(tmp_path: Path) -> None:
    from paperkg.graph import BuildOptions, SQLiteStore, build_graph

    citing = _citing("We extend the model of Smets and Wouters (2007) with a banking sector.")
    source = tmp_path / "papers.jsonl"
    fields = {"title", "abstract", "published", "authors"}
    source.write_text("".join(p.model_dump_json(include=fields) + "\n" for p in (SMETS, citing)))
    options = BuildOptions(similarity=False, workers=1)
    drawn = []
    for create in (True, False):
        with SQLiteStore.open(tmp_path / "s", writable=True, create=create) as store:
            build_graph([source], store, options)
            drawn.append([(e.via, e.relation) for e in store.edges([EdgeKind.BUILDS_ON])])
    assert drawn == [[("Smets and Wouters (2007)", "extends")]] * 2
