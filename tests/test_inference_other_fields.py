"""Inference on abstracts written in the manner of fields the rules were not written for.

``tests/data/other-fields-probes.jsonl``: 88 short abstracts the team wrote in the style of
medicine, epidemiology, economics, astronomy, climate, materials, genetics, ecology, chemistry,
horticulture, physics, psychology, distributed systems, number theory and sociology, each
carrying the wordings that drew false edges before (a nationality, an eponym, an ML family's
word in its other sense, a lexicon name that is an animal, a title leading with its subject, a
kind of model abbreviated) beside the links a reader would draw. A regression check of what the
rules do on such text, not a measure of quality: the same people wrote the rules and the probes.

``tests/data/other-fields-probes-2.jsonl``: 117 more, written later in the manner of education,
psychology, chemistry, particle physics, hydrology, remote sensing, political science, urban
climate, ornithology, astronomy, history of science, pharmacoepidemiology, software engineering,
finance, philosophy, optics, molecular biology, nursing, mobile systems and bibliometrics: title
leads naming a subject ("Sepsis: ...", "Long COVID: ...", "Dapagliflozin: A Review"), tools named
by a word that is a city or a thing (Phoenix, Beacon), acronyms two fields use for different
things (MAGIC, SWIFT, PRISM, CLIP-seq), days, platforms and database software after dataset
wordings.
"""

from __future__ import annotations

import json

import pytest

from conftest import DATA
from paperkg.inference import CorpusInference, infer_corpus, shipped_lexicon
from paperkg.models import DatePrecision, EdgeKind, Paper


def _inferred(name: str) -> CorpusInference:
    """infer_corpus over a probe file: each record dated by its day ("published") or its year."""
    papers = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        day = r.get("published")
        papers.append(
            Paper(
                id=r["id"],
                title=r["title"],
                abstract=r["abstract"],
                authors=r.get("authors", []),
                published=day or str(r["year"]),
                date_precision=DatePrecision.DAY if day else DatePrecision.YEAR,
                year=int(day[:4]) if day else r["year"],
            )
        )
    return infer_corpus(papers, shipped_lexicon())


@pytest.fixture(scope="module")
def probes() -> CorpusInference:
    return _inferred("other-fields-probes.jsonl")


def _pairs(result: CorpusInference, kind: EdgeKind) -> set[tuple[str, str]]:
    return {(e.source, e.target) for e in result.edges if e.kind is kind}


def test_builds_on_only_where_a_paper_extends_uses_or_compares_with_anothers_named_work(
    probes: CorpusInference,
) -> None:
    assert _pairs(probes, EdgeKind.BUILDS_ON) == {
        ("probe-06", "probe-05"),  # minimum wages: "we extend StackDiD"
        ("probe-24", "probe-23"),  # double ML compares with Post-Lasso IV
        ("probe-30", "probe-29"),  # "we extend PhotoZNet"
        ("probe-34", "probe-33"),  # "we modify the beaching parameterisation of MedPlast"
        ("probe-78", "probe-77"),  # Flexible Paxos: "we extend Raft"
        ("probe-80", "probe-77"),  # CockroachDB "built on Raft"
        ("probe-80", "probe-79"),  # CockroachDB "inspired by Spanner"
        ("probe-84", "probe-83"),  # "using ... the Civic Engagement Index (CEI)"
    }


def test_shared_datasets_are_the_fields_data_sources(probes: CorpusInference) -> None:
    assert _pairs(probes, EdgeKind.SHARES_DATASET) == {
        ("probe-01", "probe-02"),  # China Health and Nutrition Survey
        ("probe-05", "probe-06"),  # Current Population Survey
        ("probe-08", "probe-09"),  # Gaia DR3
        ("probe-10", "probe-11"),  # ERA5
        ("probe-12", "probe-13"),  # Materials Project
        ("probe-16", "probe-17"),  # MIMIC-III
        ("probe-28", "probe-29"),  # Sloan Digital Sky Survey
        ("probe-36", "probe-37"),  # National Health Insurance Research Database
        ("probe-83", "probe-84"),  # General Social Survey
    }


def test_only_named_methods_make_families(probes: CorpusInference) -> None:
    # discovered families of the methods the papers share (the Kalman filter, Raft); no ML family
    # placed a distillation column, a vineyard or a galaxy merger
    assert _pairs(probes, EdgeKind.SAME_FAMILY) == {
        ("probe-25", "probe-26"),
        ("probe-25", "probe-50"),
        ("probe-26", "probe-50"),
        ("probe-77", "probe-78"),
        ("probe-77", "probe-80"),
        ("probe-78", "probe-80"),
    }


def test_introduced_names_are_the_papers_own(probes: CorpusInference) -> None:
    introduced = {target.split(":", 1)[1] for _, target in _pairs(probes, EdgeKind.INTRODUCES)}
    assert introduced == {
        "stackdid", "cropseq-t", "post-lasso-iv", "photoznet", "medplast", "raft",
        "spanner", "cockroachdb", "cei", "rf-ls",
    }  # fmt: skip


@pytest.fixture(scope="module")
def probes2() -> CorpusInference:
    return _inferred("other-fields-probes-2.jsonl")


def test_the_second_probes_build_on_what_they_use_and_nothing_an_acronym_or_a_word_shares(
    probes2: CorpusInference,
) -> None:
    assert _pairs(probes2, EdgeKind.BUILDS_ON) == {
        ("q-34", "q-33"),  # melanoma spectra fitted with MCSkin
        ("q-38", "q-37"),  # "Building on RegScrum"
        ("r-07", "r-06"),  # histology: "We fine-tune CLIP"
        ("r-15", "r-12"),  # LAMB: "we reduce BERT pre-training time"
        ("r-20", "r-19"),  # hotspots identified with KDE-Hot
        ("v-03", "v-01"),  # "We apply MAGIC to single-cell RNA-seq data"
    }
    # none through the MAGIC telescopes, SWIFT payments, PRISM climate data or the PRISMA checklist,
    # Phoenix, Arizona, beacon towers, Sepsis, Open Science or One Health


def test_the_second_probes_share_named_data_and_no_day_platform_or_database_software(
    probes2: CorpusInference,
) -> None:
    assert _pairs(probes2, EdgeKind.SHARES_DATASET) == {
        ("q-13", "q-14"),  # V-Dem
        ("u-03", "u-04"),  # the Web of Science database
        ("u-07", "u-08"),  # the Protein Data Bank
    }
    assert _pairs(probes2, EdgeKind.SAME_FAMILY) == set()


def test_the_second_probes_introduce_made_names_and_no_subject(probes2: CorpusInference) -> None:
    introduced = {target.split(":", 1)[1] for _, target in _pairs(probes2, EdgeKind.INTRODUCES)}
    assert introduced == {
        "gromacs-2023", "mcskin", "regscrum", "sa", "sa-1b", "gpt-got", "clip", "bert", "lamb", "kde-hot",
        "phoenix", "compass", "atlas", "beacon", "magic", "prism", "swift",
    }  # fmt: skip
