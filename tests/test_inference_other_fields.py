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

``tests/data/other-fields-probes-3.jsonl``: 120 more, written by two helper sessions that were
kept from the rules (they read no code), in the manner of genomics, neuroscience, ecology, crop
science, seismology, quantum computing, databases, music information retrieval, economics,
linguistics, materials science, robotics, cryptography, epidemiology, energy systems and
archaeology, each field with its own named tools and data and the later papers using them, and
with traps the writers chose: a tool named Harbor beside harbor seals, a bird glossed with its
scientific name, cohort profiles, data sources named in full, counts before a dataset's name.

``tests/data/other-fields-probes-4.jsonl``: 120 more by two further such sessions, in the manner
of clinical medicine and nursing, climate and hydrology, chemistry and physics, education,
psychology and HCI, medical imaging and remote sensing, low-resource NLP and social media
studies, software engineering and networks, astronomy, law and political science: instruments
titled by their development ("Derivation of SEPSIGN-5, a five-item bedside score"), trials whose
acronyms are words (the BRIDGE trial beside a care programme named Bridge), names spelt as
adjectives (Mosaic), data a paper did without ("Unlike ImageNet-pretrained CNNs").

``tests/data/other-fields-probes-5.jsonl``: 120 more by two further such sessions: cell biology,
sociology and history, engineering, marine and plant science (tools named by words: Keystone,
Tidewater, Lantern; lowercase tool names), and machine learning in health, finance, NLP and
robotics beside fields that use its words in their own senses (power transformers, visual
attention, vacuum distillation, orchard pruning, Bluetooth beacons).

``tests/data/other-fields-probes-6.jsonl``: 60 more by one further such session: statistics and
mathematics, theoretical computer science and operations research, environmental science and
agricultural economics, arts and humanities (a collation tool named Ottilie beside Goethe's
Ottilie, a learned heuristic named Compass, an R package in lowercase).

``tests/data/other-fields-probes-12.jsonl`` and ``-13.jsonl``: 48 each by two sessions of 5 December,
kept from the code and asked for their fields' own ways of writing and for traps, with keys: eight
fields of the natural and applied sciences and the humanities, and eight of the social sciences and
public health (instruments reported as developed, Stata and R packages, national surveys).

``tests/data/other-fields-probes-16.jsonl`` and ``-17.jsonl``: 48 each by two more sessions of that day,
read through the loader as a user's files are: eight sciences with structured abstracts (names
designated, trials titled, cohort profiles); and records with the mess of real exports (LaTeX, HTML
entities, copyright lines, one-sentence abstracts).

``tests/data/other-fields-probes-18.jsonl`` and ``-19.jsonl``: 48 each by two more sessions of that
day: eight fields of mathematics (theorem-style claims, solvers in lowercase, test collections,
eponyms); and eight of the life sciences (gene symbols, famous tools, compound codes, cohorts).
``-20.jsonl``: 48 of sixteen fields written for precision, eight names each given to two unrelated things.

``tests/data/other-fields-probes-14.jsonl`` and ``-15.jsonl``: 48 each by two more sessions of that day:
chemistry, physics, astronomy, seismology, oncology, psychiatry, civil and power engineering (a trial and
a bridge platform both named MERIDIAN); and eight fields of computing in 2020s style (programming
languages before "benchmarks", benchmarks a paper says it did not train or report on).

``tests/data/other-fields-probes-32.jsonl`` to ``-35.jsonl``: 48 each by four sessions of 5 December
(later that day), read first with the rules they were written after: the life sciences (tools named
with words), business and human sciences (instruments), quantitative arXiv preprints (LaTeX, baseline
lists, one year), and short acronym-dense workshop abstracts, each file with names given twice.
``-36.jsonl`` to ``-39.jsonl``: 48 each by four more, read first with the rules the first four led to:
chemistry and materials, computational social science, engineering, clinical preprints.
``-40.jsonl`` to ``-43.jsonl``: 48 each by four more, written after every rule of that session and read
first with them: agriculture and food, psychology, computer science preprints, environmental sciences.
(Files 44 to 87 are described by their tests.)

``tests/data/other-fields-probes-88.jsonl`` to ``-91.jsonl``: 48 each by four sessions of 6 December, kept
from the code, with keys: earth sciences, microbiology and food science, finance and labour economics,
transport and power engineering, their data named as those fields name them, often with no data word
(Compustat, SILVA 138, MERRA-2, PeMS), each read first with the rules of 5 December. ``-92.jsonl`` to
``-94.jsonl``: 48 each by three more of that day, read first with the rules those four led to: clinical
medicine, the social sciences and history, astronomy, ecology and genomics, with study periods everywhere
and traps for the data cues they led to ("patients with COVID-19 admitted between ..."). ``-95.jsonl`` and
``-96.jsonl``: 48 each by two more, a last reading of that day's rules: chemistry and materials; linguistics,
education and digital humanities.
"""

from __future__ import annotations

import json

import pytest

from conftest import DATA
from paperkg.inference import CorpusInference, infer_corpus, shipped_lexicon
from paperkg.models import DatePrecision, EdgeKind, Paper


def _inferred(*names: str) -> CorpusInference:
    """infer_corpus over probe files: each record dated by its day ("published") or its year."""
    papers = []
    lines = [line for name in names for line in (DATA / name).read_text(encoding="utf-8").splitlines()]
    for line in lines:
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
        # Spanner's paper: "We describe TrueTime, a novel time API that exposes clock uncertainty" (since 7
        # December, thirteenth: a thing the paper describes as new or open is its own)
        "truetime",
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
        ("q-35", "q-36"),  # PISA 2018, spelt out by one paper, its acronym alone in the other
        ("u-03", "u-04"),  # the Web of Science database
        ("u-07", "u-08"),  # the Protein Data Bank
        ("q-01", "q-02"),  # "Using the School Census (Censo Escolar)", "... and the School Census"
        ("q-19", "q-20"),  # "We used the Danish National Patient Registry", "Using the ... Registry"
        # "participants of the Framingham Heart Study" (data taken as items of a study), and its review
        ("q-21", "q-22"),
        ("q-11", "q-12"),  # Sentinel-2 (6 December: "from Sentinel-2 imagery for 2016-2022")
        # ACLED (public data the lexicon knows; 6 December, seventh)
        ("u-13", "u-14"),
        # World Development Indicators (public data the lexicon knows; 6 December, seventh)
        ("u-09", "u-10"),
    }
    assert _pairs(probes2, EdgeKind.SAME_FAMILY) == set()


def test_the_second_probes_introduce_made_names_and_no_subject(probes2: CorpusInference) -> None:
    introduced = {target.split(":", 1)[1] for _, target in _pairs(probes2, EdgeKind.INTRODUCES)}
    assert introduced == {
        "gromacs-2023", "mcskin", "regscrum", "sa", "sa-1b", "gpt-got", "clip", "bert", "lamb", "kde-hot",
        "phoenix", "compass", "atlas", "beacon", "magic", "prism", "swift",
        # "We propose Meridian, an imputation method": spelt as adjectives are, a noun by its apposition
        "meridian",
    }  # fmt: skip


@pytest.fixture(scope="module")
def probes3() -> CorpusInference:
    return _inferred("other-fields-probes-3.jsonl")


def test_the_third_probes_build_on_what_the_writers_said_they_use_and_nothing_else(
    probes3: CorpusInference,
) -> None:
    # every pair the writers listed as building on another: "tactus", a library named in lowercase by its
    # title and "We present tactus, a Python library", and not a-58's music-theory "tactus level"
    assert _pairs(probes3, EdgeKind.BUILDS_ON) == {
        ("a-04", "a-01"), ("a-07", "a-01"), ("a-06", "a-03"),  # TrimHawk, MOSAIC-SV
        ("a-12", "a-09"), ("a-15", "a-09"), ("a-13", "a-11"), ("a-16", "a-11"),  # SpikeFerry, LAMINA-7T
        ("a-21", "a-18"), ("a-23", "a-19"), ("a-24", "a-19"),  # Meadowlark (not the bird), CamTrapNet
        ("a-29", "a-26"), ("a-30", "a-28"), ("a-32", "a-28"),  # CornSpot-8K, NITRA
        ("a-37", "a-34"), ("a-38", "a-34"), ("a-38", "a-36"), ("a-39", "a-36"),  # GLINT, FiberQuake
        ("a-44", "a-41"), ("a-45", "a-41"), ("a-45", "a-43"), ("a-46", "a-43"),  # Tessera, pQEM
        ("a-51", "a-48"), ("a-53", "a-48"), ("a-52", "a-50"),  # Harbor (not the seals), STRATA
        ("a-59", "a-55"), ("a-60", "a-55"), ("a-59", "a-57"),  # tactus, LyriSync-20K
        ("b-03", "b-01"), ("b-07", "b-01"), ("b-04", "b-02"),  # KESTREL (one by authors, year), Harbourline
        ("b-11", "b-09"), ("b-15", "b-09"), ("b-12", "b-10"),  # Moorhen Corpus, IGT-Align2
        ("b-17", "b-16"), ("b-19", "b-16"), ("b-18", "b-17"), ("b-19", "b-17"),  # PerovDB-18k, CrystaLink
        ("b-26", "b-24"), ("b-30", "b-24"), ("b-27", "b-25"), ("b-30", "b-25"),  # Heron, LoopTrace
        ("b-33", "b-31"), ("b-36", "b-31"), ("b-34", "b-32"),  # SPARROW-256, MoatFuzz
        ("b-41", "b-39"), ("b-42", "b-40"),  # the WELLSPRING cohort's profile, TideCast
        ("b-48", "b-47"), ("b-51", "b-47"), ("b-49", "b-46"), ("b-51", "b-46"),  # SOLRAD-7, PowerLoom
        ("b-56", "b-54"), ("b-57", "b-55"), ("b-60", "b-55"),  # Palimpsest (not the landscape), SherdNet
    }  # fmt: skip


def test_the_third_probes_share_the_data_they_name_and_no_place_software_or_common_word(
    probes3: CorpusInference,
) -> None:
    assert _pairs(probes3, EdgeKind.SHARES_DATASET) == {
        ("a-03", "a-06"),  # Genome in a Bottle HG002
        ("a-04", "a-05"),  # "data from The Cancer Genome Atlas (TCGA)"
        ("a-07", "a-08"),  # "data from the ENCODE project", "in the ENCODE registry" (not a-05's "encode")
        ("a-11", "a-13"), ("a-11", "a-16"), ("a-13", "a-16"),  # "LAMINA-7T: a ... 7 Tesla fMRI dataset"
        ("a-12", "a-15"),  # "recordings from the Allen Brain Observatory"
        ("a-14", "a-16"),  # "31,472 UK Biobank participants", "38,000 UK Biobank participants"
        ("a-19", "a-24"),  # "images from the Snapshot Serengeti project", then its "image archive"
        ("a-26", "a-29"),  # CornSpot-8K, a dataset by its title
        ("a-34", "a-37"),  # "waveforms from the Southern California Earthquake Data Center (SCEDC)"
        # "FiberQuake: a labelled distributed acoustic sensing dataset for ...", the head of a long phrase
        ("a-36", "a-38"), ("a-36", "a-39"), ("a-38", "a-39"),
        ("a-44", "a-46"),  # QASMBench
        ("a-47", "a-53"),  # TPC-C
        ("a-55", "a-60"),  # the Ballroom dataset
        ("a-57", "a-59"),  # LyriSync-20K, a dataset by its title
        ("b-03", "b-05"),  # "series from the Penn World Table 10.0"
        ("b-06", "b-07"),  # "records from the Current Population Survey ..."
        ("b-09", "b-11"), ("b-09", "b-15"), ("b-11", "b-15"),  # the Moorhen Corpus
        ("b-18", "b-20"),  # Materials Project
        ("b-25", "b-27"), ("b-25", "b-28"), ("b-27", "b-28"),  # KITTI
        ("b-37", "b-38"),  # National Vulnerability Database
        ("b-39", "b-41"),  # the WELLSPRING cohort
        ("b-43", "b-44"),  # Demographic and Health Survey
        # "SOLRAD-7: Seven Years of ... Generation Data" is what "We describe SOLRAD-7, a dataset of" says
        ("b-47", "b-48"), ("b-47", "b-51"), ("b-48", "b-51"),
        ("b-52", "b-53"),  # ENTSO-E Transparency Platform
        ("b-02", "b-04"),  # "Harbourline, a new database of bilateral port-to-port shipping frictions"
        # "PerovDB-18k: A High-Throughput First-Principles Database of Halide Perovskites"
        ("b-16", "b-17"), ("b-16", "b-19"), ("b-17", "b-19"),
        # NHANES (public data the lexicon knows; 6 December, seventh)
        ("b-41", "b-45"),
        # GBIF (public data the lexicon knows; 6 December, seventh)
        ("a-17", "a-22"),
    }  # fmt: skip


def test_the_third_probes_introduce_the_writers_names_and_families_gather_their_users(
    probes3: CorpusInference,
) -> None:
    introduced = {target.split(":", 1)[1] for _, target in _pairs(probes3, EdgeKind.INTRODUCES)}
    assert introduced == {
        "trimhawk", "mosaic-sv", "spikeferry", "lamina-7t", "meadowlark", "camtrapnet", "cornspot-8k",
        "nitra", "glint", "fiberquake", "tessera", "pqem", "harbor", "strata", "tactus", "lyrisync-20k",
        "kestrel", "harbourline", "moorhen-corpus", "igt-align2", "perovdb-18k", "crystalink", "heron",
        "looptrace", "sparrow-256", "moatfuzz", "wellspring", "tidecast", "powerloom", "solrad-7",
        "palimpsest", "sherdnet",
    }  # fmt: skip
    # families discovered from a method three papers share (its introducer and two users; LAMINA-7T's
    # users share the dataset instead), and two
    # of the lexicon's, each of one paper doing machine learning: distillation from a ResNet-50
    # teacher for leaf images, self-supervised pretraining for phase picking
    families = {e.target for e in probes3.edges if e.kind is EdgeKind.IN_FAMILY}
    assert families == {
        f"family:{name}"
        for name in ("trimhawk", "spikeferry", "camtrapnet", "nitra", "pqem", "harbor", "heron",
                     "distillation", "self-supervised-learning")
    }  # fmt: skip


@pytest.fixture(scope="module")
def probes4() -> CorpusInference:
    return _inferred("other-fields-probes-4.jsonl")


def test_the_fourth_probes_build_on_every_pair_the_writers_listed_and_no_other(
    probes4: CorpusInference,
) -> None:
    assert _pairs(probes4, EdgeKind.BUILDS_ON) == {
        ("c-02", "c-01"), ("c-03", "c-01"),  # SEPSIGN-5, titled "Derivation of SEPSIGN-5, a ... score"
        ("c-07", "c-06"),  # the Bridge care programme (not the BRIDGE anticoagulation trial of c-08)
        ("c-10", "c-09"),  # NurseLoad
        ("c-18", "c-16"), ("c-21", "c-16"),  # ShelfMix
        ("c-25", "c-22"), ("c-27", "c-22"),  # the High-resolution Alpine Snow Reanalysis (HASR)
        ("c-25", "c-24"), ("c-28", "c-24"),  # Meander
        ("c-34", "c-31"), ("c-38", "c-31"),  # SolvaShell
        ("c-40", "c-35"), ("c-44", "c-41"),  # REDOX-3K, Kestrel
        ("c-50", "c-46"), ("c-55", "c-46"), ("c-59", "c-46"),  # the Student Digital Agency Scale (SDAS)
        ("c-57", "c-52"), ("c-59", "c-52"),  # Anchor
        ("d-03", "d-01"), ("d-06", "d-01"), ("d-04", "d-02"),  # LesionLens, MAMMO-7K
        ("d-11", "d-09"), ("d-13", "d-09"), ("d-11", "d-10"),  # Mosaic, the Flood Extent Benchmark (FEBS)
        ("d-18", "d-16"), ("d-18", "d-17"), ("d-19", "d-17"),  # SAHEL-NER, LinguaBridge
        ("d-27", "d-25"), ("d-28", "d-24"), ("d-30", "d-24"),  # Ripple, VaxTalk-2M
        ("d-33", "d-32"), ("d-34", "d-31"),  # RUUC, Sieve
        ("d-41", "d-39"), ("d-42", "d-40"), ("d-45", "d-40"),  # DRIFT, NetLoom
        ("d-49", "d-46"), ("d-50", "d-47"),  # Streamline, KeplerFit
        ("d-56", "d-54"), ("d-57", "d-55"),  # TREATYNET, Docket2Vec
    }  # fmt: skip


def test_the_fourth_probes_share_data_they_use_and_none_they_did_without(probes4: CorpusInference) -> None:
    assert _pairs(probes4, EdgeKind.SHARES_DATASET) == {
        ("c-03", "c-04"),  # MIMIC-IV
        ("c-13", "c-15"),  # UK Biobank
        ("c-19", "c-20"),  # ERA5
        ("c-22", "c-25"), ("c-22", "c-27"), ("c-25", "c-27"),  # HASR, the corpus's own reanalysis
        ("c-35", "c-40"),  # "drawn from the QM9 database", "the QM9 dataset"
        ("c-36", "c-43"),  # Materials Project
        ("c-48", "c-53"),  # PISA 2018, spelt out in one, its acronym alone in the other
        ("d-02", "d-04"),  # "MAMMO-7K: A Multi-Vendor Screening Mammography Dataset with ..."
        ("d-03", "d-06"),  # BraTS 2021
        # (not ImageNet: the five papers using it each start from weights others learnt on it, "a ResNet-50
        # initialised with ImageNet weights", "an ImageNet-pretrained VGG-16", and share no data so; d-15
        # writes "Unlike ImageNet-pretrained CNNs")
        ("d-07", "d-08"),  # CAMELYON16
        ("d-10", "d-11"),  # "the Flood Extent Benchmark for the Sahel (FEBS)", the corpus's own
        ("d-16", "d-18"),  # the SAHEL-NER corpus
        ("d-24", "d-28"), ("d-24", "d-30"), ("d-28", "d-30"),  # VaxTalk-2M, a dataset by its title
        ("d-54", "d-56"),  # TREATYNET's codings of treaties
        ("d-27", "d-29"),  # Pushshift Reddit
        ("d-32", "d-33"),  # RUUC
        ("d-46", "d-49"),  # Gaia DR3
        ("d-55", "d-57"),  # Supreme Court Database
        # SDSS (public data the lexicon knows; 6 December, seventh)
        ("d-46", "d-51"), ("d-46", "d-53"), ("d-51", "d-53"),
        # CMIP6 (public data the lexicon knows; 6 December, seventh)
        ("c-17", "c-23"),
        # FLORES-200: "On the FLORES-200 devtest set our system improves by 2.3 chrF++" (7 December,
        # thirteenth)
        ("d-21", "d-22"),
    }  # fmt: skip


def test_the_fourth_probes_introduce_the_writers_names(probes4: CorpusInference) -> None:
    introduced = {target.split(":", 1)[1] for _, target in _pairs(probes4, EdgeKind.INTRODUCES)}
    assert introduced == {
        "sepsign-5", "bridge", "nurseload", "shelfmix", "hasr", "meander", "solvashell", "redox-3k",
        "kestrel", "sdas", "anchor", "lesionlens", "mammo-7k", "mosaic", "febs",
        "sahel-ner", "linguabridge", "vaxtalk-2m", "ripple", "sieve", "ruuc", "drift", "netloom",
        "streamline", "keplerfit", "treatynet", "docket2vec",
    }  # fmt: skip


@pytest.fixture(scope="module")
def probes5() -> CorpusInference:
    return _inferred("other-fields-probes-5.jsonl")


def test_the_fifth_probes_build_on_what_the_writers_listed(probes5: CorpusInference) -> None:
    # of the writers' 32 pairs, 32 (clonoscope and stomaquant, tools named in lowercase, by their titles
    # and "We present clonoscope, an open-source Python package"); the two Lanterns the file holds (a
    # bacterial reporter, 2016; a RAG pipeline, 2023) are one name two papers claim, and each user builds
    # on the one whose subject it shares. None drawn that the writers did not list
    assert _pairs(probes5, EdgeKind.BUILDS_ON) == {
        ("e-06", "e-01"), ("e-12", "e-01"),  # PhagoTrack
        ("e-14", "e-07"), ("e-15", "e-07"),  # clonoscope ("Lindqvist et al., 2019": not the robotics one)
        ("e-23", "e-17"), ("e-28", "e-17"),  # the Household Precarity Index (HPI)
        ("e-26", "e-20"),  # MIGRA-3, by its authors and year only
        ("e-38", "e-32"), ("e-43", "e-32"),  # Keystone (not the Keystone XL pipeline, not keystone species)
        ("e-41", "e-35"), ("e-44", "e-36"),  # ODFlow-2, WeldSense
        ("e-53", "e-47"), ("e-58", "e-47"),  # Tidewater (not the Tidewater region of Virginia)
        ("e-55", "e-49"),  # stomaquant
        ("e-57", "e-51"),  # the Bovine Lameness Early Warning Score (BLEWS)
        ("f-09", "f-03"), ("f-12", "f-03"),  # CardioTrace
        ("f-10", "f-06"), ("f-11", "f-06"),  # TXN-40M and Sentinel
        ("f-24", "f-18"),  # Lantern, by its authors and year
        ("f-26", "f-19"), ("f-29", "f-19"),  # MARS
        ("f-39", "f-33"), ("f-42", "f-33"),  # SPARROW
        ("f-39", "f-36"), ("f-42", "f-36"), ("f-44", "f-36"),  # TableTop-50K
        ("f-53", "f-47"), ("f-58", "f-47"),  # GasPrint
        ("f-56", "f-50"),  # the Beacon paradigm (not Bluetooth beacons)
        ("e-10", "e-04"), ("f-27", "f-18"),  # the reporter Lantern, the RAG pipeline Lantern
    }  # fmt: skip


def test_the_fifth_probes_share_named_data_and_no_assay(probes5: CorpusInference) -> None:
    assert _pairs(probes5, EdgeKind.SHARES_DATASET) == {
        ("e-09", "e-13"),  # The Cancer Genome Atlas (not RNA-seq, the assay both use)
        ("e-19", "e-27"),  # World Values Survey
        ("e-20", "e-22"),  # IPUMS
        ("e-33", "e-42"),  # NGSIM's I-80 trajectories
        ("e-35", "e-41"),  # OpenStreetMap
        ("e-56", "e-60"),  # USDA FoodData Central, Branded Foods
        ("f-05", "f-14"),  # Statlog German Credit
        ("f-06", "f-10"), ("f-06", "f-11"), ("f-10", "f-11"),  # TXN-40M
        # ImageNet: f-32 and f-35 train on it; f-07 and f-41 start from ImageNet-pretrained weights, which the
        # writers did not count as its use, and share it with no paper
        ("f-32", "f-35"),
        ("f-09", "f-12"),  # PTB-XL
        ("f-17", "f-18"), ("f-17", "f-27"), ("f-18", "f-27"),  # Natural Questions
        ("f-18", "f-24"),  # HotpotQA
        ("f-20", "f-25"),  # MMLU
        ("f-25", "f-26"), ("f-25", "f-29"), ("f-26", "f-29"),  # GSM8K
        # MARS, its title's "Multilingual Arithmetic Reasoning Suite" what "a benchmark of 8,400 grade-school
        # word problems" says it is
        ("f-19", "f-26"), ("f-19", "f-29"),
        ("f-31", "f-37"),  # COCO
        ("f-34", "f-41"),  # Oxford RobotCar Dataset
        ("f-36", "f-39"), ("f-36", "f-42"), ("f-36", "f-44"), ("f-39", "f-42"), ("f-39", "f-44"),
        ("f-42", "f-44"),  # TableTop-50K
        ("f-47", "f-53"),  # the IEC TC 10 database
        # MIMIC-III (public data the lexicon knows; 6 December, seventh)
        ("f-01", "f-04"), ("f-01", "f-08"), ("f-04", "f-08"),
        # FishBase (public data the lexicon knows; 6 December, seventh)
        ("e-48", "e-54"),
    }  # fmt: skip


def test_the_fifth_probes_place_no_paper_of_another_field_in_a_family_of_machine_learning(
    probes5: CorpusInference,
) -> None:
    # power transformers, attention, distillation, pruning, adapters, diffusion, agents, experts:
    # the papers of f-46 to f-60 sit only in the families of the methods they use
    families = {(e.source, e.target) for e in probes5.edges if e.kind is EdgeKind.IN_FAMILY}
    borrowed = {(pid, fid) for pid, fid in families if pid.startswith("f-") and int(pid[2:]) >= 46}
    assert borrowed == {
        ("f-46", "family:kalman-filter"),  # an extended Kalman filter of a transformer's thermal model
        ("f-57", "family:kalman-filter"),  # an unscented Kalman filter for beacon localisation
        ("f-47", "family:gasprint"), ("f-53", "family:gasprint"), ("f-58", "family:gasprint"),
    }  # fmt: skip


@pytest.fixture(scope="module")
def probes6() -> CorpusInference:
    return _inferred("other-fields-probes-6.jsonl")


def test_the_sixth_probes_build_on_what_the_writers_listed_but_a_character_of_goethe(
    probes6: CorpusInference,
) -> None:
    # every pair of the writers' 16 (ridgewalk, an R package named in lowercase, by its title and "We
    # present ridgewalk, an R package"); a reading of Goethe's Elective Affinities ("ends with Ottilie's
    # refusal of food and speech") built on a collation tool named Ottilie until a name made of a word needed
    # its user to share its maker's subject
    assert _pairs(probes6, EdgeKind.BUILDS_ON) == {
        ("g-07", "g-02"), ("g-12", "g-02"),  # SPLICE
        ("g-10", "g-05"), ("g-14", "g-05"),  # ridgewalk ("with the ridgewalk package")
        ("g-23", "g-17"), ("g-28", "g-17"),  # Compass
        ("g-25", "g-20"), ("g-29", "g-20"),  # Ring-400
        ("g-38", "g-32"), ("g-43", "g-32"),  # SMDRI
        ("g-40", "g-36"), ("g-44", "g-36"),  # AgroFlux (one by its authors and year)
        ("g-52", "g-47"), ("g-57", "g-47"),  # Ottilie, the collation tool
        ("g-55", "g-49"), ("g-59", "g-49"),  # PSRA (one by its authors and year)
    }  # fmt: skip
    assert _pairs(probes6, EdgeKind.SHARES_DATASET) == {
        ("g-03", "g-11"),  # NHANES, its acronym in one paper, spelt out in the other
        ("g-20", "g-25"), ("g-20", "g-29"), ("g-25", "g-29"),  # Ring-400
        ("g-23", "g-28"),  # MIPLIB 2017
        ("g-48", "g-58"),  # HathiTrust Extracted Features
        ("g-49", "g-55"),  # PSRA
        ("g-34", "g-42"), ("g-32", "g-39"),  # FAOSTAT, MODIS MOD13Q1 (6 December)
    }  # fmt: skip


def test_the_probe_files_built_together_link_across_fields_only_what_one_uses_of_anothers(
    probes: CorpusInference,
    probes2: CorpusInference,
    probes3: CorpusInference,
    probes4: CorpusInference,
    probes5: CorpusInference,
    probes6: CorpusInference,
) -> None:
    # 625 abstracts of some sixty fields in one corpus, as a library's export would hold them: every
    # file's edges stay, and the new ones are uses of another file's names (not a hint system and a
    # diving heuristic that are both named Compass)
    result = _inferred(*(f"other-fields-probes{n}.jsonl" for n in ("", "-2", "-3", "-4", "-5", "-6")))
    apart = set().union(
        *(_pairs(r, EdgeKind.BUILDS_ON) for r in (probes, probes2, probes3, probes4, probes5, probes6))
    )
    drawn = _pairs(result, EdgeKind.BUILDS_ON)
    assert drawn - apart == {
        ("a-48", "probe-77"),  # Harbor's evaluation "than a globally replicated Raft baseline"
        ("a-49", "probe-77"),  # "crash fault-tolerant protocols such as Paxos and Raft"
        ("f-22", "r-12"),  # "we compare BERT, SciBERT and ..."
        # "Starting from BERT-base, we continue pre-training", "transfer using multilingual BERT": the
        # same year as BERT's paper, ordered by the use the sentence shows
        ("f-04", "r-12"), ("f-16", "r-12"),
        ("f-37", "r-06"), ("f-38", "r-06"), ("f-42", "r-06"), ("f-43", "r-06"), ("f-45", "r-06"),  # CLIP
    }  # fmt: skip
    # an econometric estimator KESTREL (2013) and a tensor network library Kestrel (2018) are two things,
    # each its presenter's (until 6 December, night, one name, introduced by the earlier: the library's user
    # linked to neither)
    assert apart - drawn == set()


@pytest.fixture(scope="module")
def probes7() -> CorpusInference:
    return _inferred("other-fields-probes-7.jsonl")


@pytest.fixture(scope="module")
def probes8() -> CorpusInference:
    return _inferred("other-fields-probes-8.jsonl")


def test_the_seventh_probes_share_data_both_papers_used_and_none_a_paper_set_itself_apart_from(
    probes7: CorpusInference,
) -> None:
    # 48 abstracts of twelve fields written to test shared data, with traps (nationalities, places,
    # telescopes, funders, modalities, "the Manhattan Project"): of the writers' 17 pairs, 9, none false.
    # "Unlike studies based on the UK Biobank, ...", "without relying on the Materials Project" and
    # "without relying on ImageNet pretraining" use nothing. Missed: an acronym of two letters alone with
    # its long form no cue spelt (UD), names with no cue to data ("using the Penn World Table 10.0",
    # "Landsat 8 imagery"), and
    # a cohort spelt otherwise in the other paper ("the Framingham Offspring Study", "participants of the
    # Framingham Heart Study Offspring and Third Generation cohorts"). The 1000 Genomes Project, its
    # samples taken as reference by one paper and imputed to by another, since a count opens a source's
    # name ("the East Asian samples of the 1000 Genomes Project")
    assert _pairs(probes7, EdgeKind.SHARES_DATASET) == {
        ("p7-01", "p7-02"),  # "occurrence records from the Global Biodiversity Information Facility (GBIF)"
        ("p7-05", "p7-06"),  # NHANES
        # "the most recent Demographic and Health Surveys (DHS)", "data from standard DHS rounds"
        ("p7-07", "p7-19"),
        ("p7-09", "p7-10"),  # "Gaia DR3", "Gaia Data Release 3 (DR3)"
        ("p7-25", "p7-26"),  # "formation energies from the Materials Project", "DFT entries from ..."
        # "the CAMELS data set", and "the Catchment Attributes and Meteorology for Large-sample Studies
        # (CAMELS) data set": the other paper's acronym, spelt out where it is defined
        ("p7-22", "p7-23"),
        ("p7-37", "p7-38"), ("p7-37", "p7-39"), ("p7-38", "p7-39"),  # Defects4J
        ("p7-32", "p7-43"),  # the 1000 Genomes Project
        ("p7-21", "p7-35"),  # GRACE-FO (6 December: "from GRACE-FO for April 2002 to")
        # NGSIM (public data the lexicon knows; 6 December, seventh)
        ("p7-46", "p7-47"),
    }  # fmt: skip
    assert _pairs(probes7, EdgeKind.BUILDS_ON) == set()


def test_the_eighth_probes_share_data_both_papers_used(probes8: CorpusInference) -> None:
    # 48 more outside machine learning (oceanography, criminology, musicology, veterinary science, ...):
    # of the writers' 25 pairs, 7, none false ("Unlike large-scale UK Biobank imaging studies, which focus
    # on midlife and ageing, our results ..." uses no UK Biobank). Missed most: acronyms of three letters
    # no paper spelt out as data (HCP, NGL, TLC), nicknames (Add Health), product codes (MOD13Q1), a
    # publisher before the name ("ECMWF ERA5"), "ERA5" defined as "the fifth-generation ECMWF atmospheric
    # reanalysis"
    assert _pairs(probes8, EdgeKind.SHARES_DATASET) == {
        # a short acronym one paper spelt out, written alone with data by it in the other: "participants of
        # the UK Biobank (UKB)" and "from the UKB prospective cohort"; "rounds 1 through 9 of the European
        # Social Survey (ESS)" and "Using ESS Round 10"; "from the Cambridge Structural Database (CSD)" and
        # "from the CSD MOF subset"
        ("p8-05", "p8-07"), ("p8-10", "p8-12"), ("p8-25", "p8-28"),
        ("p8-17", "p8-19"),  # "ANSS Comprehensive Earthquake Catalog (ComCat)", "the ComCat catalog"
        ("p8-26", "p8-27"),  # Materials Project
        ("p8-29", "p8-31"),  # the NGSIM I-80 trajectories
        ("p8-37", "p8-39"),  # the National Crime Victimization Survey (NCVS), not the NIBRS
        ("p8-45", "p8-47"),  # VetCompass (6 December: "from VetCompass ... for 2016")
        # FAOSTAT (public data the lexicon knows; 6 December, seventh)
        ("p8-13", "p8-15"),
        # Add Health (public data the lexicon knows; 6 December, seventh)
        ("p8-09", "p8-11"),
        # NHANES (public data the lexicon knows; 6 December, seventh)
        ("p8-06", "p8-08"),
        # CMIP6 (public data the lexicon knows; 6 December, seventh)
        ("p8-22", "p8-23"),
    }  # fmt: skip
    assert _pairs(probes8, EdgeKind.BUILDS_ON) == set()


@pytest.fixture(scope="module")
def probes9() -> CorpusInference:
    return _inferred("other-fields-probes-9.jsonl")


def test_the_ninth_probes_build_on_every_pair_their_writer_listed_and_no_trap(
    probes9: CorpusInference,
) -> None:
    # 48 abstracts of eight fields written to test builds-on: names coined, acronyms, words (Lighthouse,
    # Anchor, Palimpsest), lowercase tools (kelpmap, bayesknot, sieve), datasets titled as such; traps:
    # the words in their ordinary senses ("lighthouse keepers", "a conventional sieve"), the SPARTA trial
    # spelt out otherwise than the SPARTA test, "Unlike MetaSplice, ... We did not run MetaSplice"
    assert _pairs(probes9, EdgeKind.BUILDS_ON) == {
        ("p9-02", "p9-01"), ("p9-03", "p9-01"), ("p9-04", "p9-03"),  # MetaSplice, kelpmap
        ("p9-09", "p9-07"), ("p9-11", "p9-08"),  # Lighthouse, SOIL-12K
        ("p9-15", "p9-13"), ("p9-18", "p9-13"), ("p9-16", "p9-14"),  # bayesknot (one by citation), SPARTA
        ("p9-21", "p9-19"), ("p9-24", "p9-19"), ("p9-23", "p9-20"),  # Anchor, MERCHANT-1870
        ("p9-27", "p9-25"), ("p9-30", "p9-25"),  # Quillstone
        ("p9-28", "p9-26"), ("p9-30", "p9-26"),  # Palimpsest
        ("p9-33", "p9-31"), ("p9-36", "p9-31"), ("p9-34", "p9-32"),  # ConfLattice, sieve
        ("p9-39", "p9-37"), ("p9-41", "p9-37"), ("p9-41", "p9-38"),  # CORRIDOR, BIKE-9M
        ("p9-45", "p9-43"), ("p9-48", "p9-43"), ("p9-45", "p9-44"), ("p9-48", "p9-44"),  # MoodTrace, RUMI-20
    }  # fmt: skip
    assert _pairs(probes9, EdgeKind.SHARES_DATASET) == {
        ("p9-08", "p9-11"), ("p9-20", "p9-23"), ("p9-38", "p9-41"),  # SOIL-12K, MERCHANT-1870, BIKE-9M
        ("p9-25", "p9-27"), ("p9-25", "p9-30"), ("p9-27", "p9-30"),  # "Quillstone: a corpus of ... letters"
        # "Anchor: a monthly survey of household inflation expectations", data, its waves' users (6 December)
        ("p9-19", "p9-21"), ("p9-19", "p9-24"), ("p9-21", "p9-24"),
    }  # fmt: skip


@pytest.fixture(scope="module")
def probes10() -> CorpusInference:
    return _inferred("other-fields-probes-10.jsonl")


@pytest.fixture(scope="module")
def probes11() -> CorpusInference:
    return _inferred("other-fields-probes-11.jsonl")


def test_the_tenth_probes_in_fields_written_their_own_way_draw_no_false_edge(
    probes10: CorpusInference,
) -> None:
    # 48 abstracts of physics, law, nursing, building science, marine engineering, philosophy of science,
    # accounting and veterinary epidemiology, written in their fields' ways: of the writer's 25 builds-on
    # pairs 19, of 16 shared pairs 9, none false. Missed: "the design and performance of MERIDIAN, a ...
    # microscope", extensions named in passing ("the resulting PSI-R", "we refer to the extended model
    # as MOVEPATH-W")
    assert _pairs(probes10, EdgeKind.BUILDS_ON) == {
        ("p10-03", "p10-01"), ("p10-05", "p10-01"),  # PHONOTRACE
        ("p10-11", "p10-10"),  # "This article introduces CASCADE, a dataset of ..."
        # "This article proposes the Proportionality Stringency Index (PSI), a coding instrument"
        ("p10-09", "p10-07"), ("p10-11", "p10-07"),
        ("p10-21", "p10-19"), ("p10-29", "p10-26"),  # "This paper describes CLIMAWALL", "... CAVITRAK"
        ("p10-15", "p10-13"), ("p10-18", "p10-13"),  # the Night-Shift Handover Quality Scale (NHQS)
        ("p10-23", "p10-20"), ("p10-24", "p10-20"),  # DAYFRAME
        ("p10-27", "p10-25"), ("p10-28", "p10-25"),  # the Hull Roughness Penalty Model (HRPM)
        ("p10-35", "p10-32"),  # the Modelling Practices Survey (MPS)
        ("p10-40", "p10-39"), ("p10-42", "p10-39"),  # the Key Audit Matter Specificity measure (KAMS)
        ("p10-45", "p10-43"), ("p10-48", "p10-43"),  # MOVEPATH
        ("p10-47", "p10-44"),  # the Calf Diarrhoea Severity Index (CDSI)
    }  # fmt: skip
    assert _pairs(probes10, EdgeKind.SHARES_DATASET) == {
        ("p10-01", "p10-05"), ("p10-03", "p10-06"),  # Materials Project, ICSD
        ("p10-07", "p10-12"), ("p10-10", "p10-11"),  # HUDOC, EUR-Lex
        ("p10-16", "p10-17"), ("p10-22", "p10-24"),  # MIMIC-III, the ASHRAE Global Thermal Comfort Database
        ("p10-37", "p10-38"), ("p10-37", "p10-41"), ("p10-38", "p10-41"),  # Compustat
        # the Modelling Practices Survey's responses, one paper's and another's use of them (keyed as a
        # builds-on pair only), now that the acronym of a survey's name is a dataset
        ("p10-32", "p10-35"),
        ("p10-43", "p10-45"), ("p10-43", "p10-48"), ("p10-45", "p10-48"),  # Cattle Tracing System
    }  # fmt: skip


def test_the_eleventh_probes_draw_what_their_writer_listed_and_no_trap(probes11: CorpusInference) -> None:
    # 48 abstracts of eight fields of computing: of the writer's 33 builds-on pairs 31 (lost: Beacon, a
    # recommender, whose users another field's BEACON and "beacons" make a common word; all 33 since a name
    # two papers spell apart is two things, 6 December, night), of 23 shared
    # pairs 16, none false ("MovieLens and the Million Song Dataset were not used", "MS MARCO ... not used")
    assert _pairs(probes11, EdgeKind.BUILDS_ON) == {
        ("p11-03", "p11-01"), ("p11-06", "p11-01"), ("p11-06", "p11-03"),  # FlowLite, FlowLite-T
        ("p11-04", "p11-02"),  # HarborScenes
        ("p11-08", "p11-07"), ("p11-12", "p11-07"),  # MarketTalk
        ("p11-10", "p11-08"), ("p11-12", "p11-08"), ("p11-12", "p11-10"),  # Cadence, Cadence-LR
        ("p11-16", "p11-14"), ("p11-17", "p11-15"),  # ConfALS, Beacon-KG
        # since a name two papers spell apart (Beacon, BEACON) is two things
        ("p11-15", "p11-13"), ("p11-17", "p11-13"),
        ("p11-21", "p11-19"), ("p11-23", "p11-19"), ("p11-22", "p11-20"),  # SpliceGrid, FoldMark
        ("p11-27", "p11-25"), ("p11-30", "p11-25"), ("p11-30", "p11-27"),  # Ridgeline, Ridgeline-TW
        ("p11-28", "p11-26"),  # PackLib
        ("p11-32", "p11-31"), ("p11-33", "p11-31"), ("p11-36", "p11-31"),  # the Interruption Burden Scale
        ("p11-34", "p11-32"), ("p11-36", "p11-32"), ("p11-36", "p11-33"),  # Compass, Buzzlog
        ("p11-39", "p11-37"), ("p11-40", "p11-38"), ("p11-42", "p11-38"),  # BEACON, TactiGrip
        ("p11-46", "p11-43"), ("p11-48", "p11-43"), ("p11-48", "p11-46"),  # Sieve, DenseSieve
        ("p11-47", "p11-44"),  # PatentTrace
    }  # fmt: skip
    assert _pairs(probes11, EdgeKind.SHARES_DATASET) == {
        ("p11-01", "p11-03"), ("p11-01", "p11-06"), ("p11-03", "p11-06"),  # KITTI 2015
        ("p11-02", "p11-04"), ("p11-20", "p11-22"),  # HarborScenes, FoldMark
        ("p11-44", "p11-47"),  # PatentTrace, "a test collection"
        ("p11-07", "p11-08"), ("p11-07", "p11-12"), ("p11-08", "p11-12"),  # MarketTalk
        ("p11-08", "p11-09"),  # "the 960-hour LibriSpeech corpus", "utterances from LibriSpeech"
        ("p11-13", "p11-15"), ("p11-13", "p11-17"), ("p11-15", "p11-17"),  # YOOCHOOSE, Diginetica
        ("p11-33", "p11-36"), ("p11-43", "p11-46"), ("p11-45", "p11-46"),  # Buzzlog, Robust04, MS MARCO
        # GTEx (public data the lexicon knows; 6 December, seventh)
        ("p11-21", "p11-23"),
        # PackLib, a library of instances, is data (7 December, sixteenth)
        ("p11-26", "p11-28"),
    }  # fmt: skip


@pytest.fixture(scope="module")
def probes12() -> CorpusInference:
    return _inferred("other-fields-probes-12.jsonl")


@pytest.fixture(scope="module")
def probes13() -> CorpusInference:
    return _inferred("other-fields-probes-13.jsonl")


def test_the_twelfth_probes_build_on_what_their_writer_listed(probes12: CorpusInference) -> None:
    # 48 abstracts of agronomy, hydrology, archaeology, historical linguistics, traffic engineering,
    # clinical pharmacology, sport science and music information retrieval, first read on 5 December: of
    # the writer's 31 builds-on pairs 30 (24 before: "We developed ccNmin, an open-source R package", "we
    # compiled MERCATOR, a corpus", "We assembled the ANTICOAG-UK cohort", "which we refer to as VANCO-OB",
    # "the Parsimonious Snow-Rain Partitioning model (PSRP)", "We define the Hoard Proximity Index (HPI)"),
    # none false; 31 now, the corpus of cadences built on by its user; of 27 shared pairs 15, two false:
    # two things named CADENCE (a running-gait dataset, a corpus of cadences) are one node, the gait
    # dataset's, which the corpus's user does not join, nor now the corpus's paper (none false). "Data sets
    # such as
    # CAMELS were considered for comparison but not used" and "datasets such as NHANES were not suitable"
    # use nothing
    assert _pairs(probes12, EdgeKind.BUILDS_ON) == {
        ("p12-04", "p12-02"), ("p12-05", "p12-01"), ("p12-06", "p12-01"),  # EuroSOC-250, SlakeCam
        ("p12-05", "p12-03"), ("p12-09", "p12-07"), ("p12-23", "p12-21"),  # ccNmin, PSRP, MERCATOR
        ("p12-35", "p12-33"), ("p12-36", "p12-31"),  # the ANTICOAG-UK cohort, VANCO-OB
        ("p12-17", "p12-15"),  # "We define the Hoard Proximity Index (HPI)"
        ("p12-09", "p12-08"), ("p12-11", "p12-07"), ("p12-12", "p12-10"),  # recesskit, ..., AFPA
        ("p12-16", "p12-13"), ("p12-18", "p12-14"), ("p12-21", "p12-19"),  # LayerLink, LEDI, EModNorm
        ("p12-22", "p12-20"), ("p12-24", "p12-20"), ("p12-24", "p12-23"),  # GRI, shiftcollo
        ("p12-27", "p12-25"), ("p12-29", "p12-27"), ("p12-29", "p12-28"), ("p12-30", "p12-28"),  # AGAM, LCSI
        ("p12-34", "p12-32"), ("p12-40", "p12-37"), ("p12-42", "p12-37"),  # QSPS, ILQ
        ("p12-41", "p12-38"), ("p12-42", "p12-39"),  # SBFI, CADENCE (the gait dataset)
        ("p12-45", "p12-43"), ("p12-48", "p12-43"), ("p12-47", "p12-46"),  # pulsetrack, pianoalign
        ("p12-47", "p12-44"),  # the CADENCE corpus of cadences, not the gait dataset
    }  # fmt: skip
    assert _pairs(probes12, EdgeKind.SHARES_DATASET) == {
        ("p12-03", "p12-05"), ("p12-08", "p12-09"), ("p12-08", "p12-11"), ("p12-09", "p12-11"),
        ("p12-10", "p12-12"), ("p12-15", "p12-17"), ("p12-19", "p12-21"), ("p12-21", "p12-23"),
        ("p12-27", "p12-29"), ("p12-28", "p12-30"), ("p12-33", "p12-35"),
        ("p12-38", "p12-41"), ("p12-39", "p12-42"), ("p12-46", "p12-47"),
        # missed: p12-25 draws from "the NGSIM I-80 trajectory data set", p12-29 from "the NGSIM US-101 and
        # I-80 data sets": two names of one data set (drawn with I-80 only while p12-25's cue was the place
        # "recorded in Emeryville" after it)
        ("p12-20", "p12-22"), ("p12-20", "p12-24"), ("p12-22", "p12-24"),  # COHA (6 December)
        # "On GTZAN, pulsetrack achieved an F-measure of 0.79" (6 December, eleventh)
        ("p12-43", "p12-48"),
    }  # fmt: skip


def test_the_thirteenth_probes_find_instruments_their_papers_report_developing(
    probes13: CorpusInference,
) -> None:
    # 48 abstracts of political science, applied microeconomics, education, criminology, demography,
    # psychometrics, urban planning and public-health surveillance, first read on 5 December: of the
    # writer's 26 builds-on pairs 21 (15 before: "This article introduces the Legislative Responsiveness
    # Index (LRI)", "This article describes bunchest, a Stata command", "This article reports the
    # construction and validation of the Brief Trait Inventory-30 (BTI-30)", "the Rural Credit and
    # Consumption Survey (RCCS)" read whole), none false: two things named PULSE (a pupils' questionnaire,
    # a syndromic platform) are one name, its introducer the platform's titled paper; the questionnaire's
    # users share its paper's subject, not the platform's, and build on it (23 now). Of 27 shared pairs
    # 13, two false ("... the National Crime
    # Victimization Survey, but these ... were not analysed here"); "using the German Socio-Economic Panel"
    # is missed, since a panel is as often a gene panel as a household panel
    assert _pairs(probes13, EdgeKind.BUILDS_ON) == {
        ("p13-03", "p13-01"), ("p13-04", "p13-02"), ("p13-09", "p13-08"), ("p13-11", "p13-10"),
        ("p13-17", "p13-16"), ("p13-21", "p13-19"), ("p13-23", "p13-20"), ("p13-27", "p13-25"),
        ("p13-29", "p13-28"), ("p13-30", "p13-25"), ("p13-32", "p13-31"), ("p13-35", "p13-31"),
        ("p13-35", "p13-34"), ("p13-36", "p13-31"), ("p13-39", "p13-37"), ("p13-40", "p13-38"),
        ("p13-42", "p13-41"), ("p13-45", "p13-43"), ("p13-46", "p13-43"), ("p13-47", "p13-44"),
        ("p13-48", "p13-47"),
        ("p13-15", "p13-13"), ("p13-18", "p13-13"),  # the PULSE questionnaire, not the platform
    }  # fmt: skip
    assert _pairs(probes13, EdgeKind.SHARES_DATASET) == {
        ("p13-01", "p13-03"), ("p13-01", "p13-05"), ("p13-03", "p13-05"), ("p13-10", "p13-11"),
        ("p13-19", "p13-21"), ("p13-20", "p13-23"), ("p13-28", "p13-29"),
        ("p13-43", "p13-46"), ("p13-43", "p13-48"), ("p13-46", "p13-48"),
        # "from the American Community Survey"
        ("p13-03", "p13-38"), ("p13-03", "p13-40"), ("p13-38", "p13-40"),
        ("p13-19", "p13-22"), ("p13-21", "p13-22"),  # FALSE: the NCVS, "not analysed here"
        ("p13-07", "p13-09"), ("p13-07", "p13-33"), ("p13-09", "p13-33"),  # SOEP (6 December)
        # PISA (public data the lexicon knows; 6 December, seventh)
        ("p13-14", "p13-16"), ("p13-14", "p13-17"), ("p13-16", "p13-17"),
        # OpenStreetMap (public data the lexicon knows; 6 December, seventh)
        ("p13-37", "p13-39"),
    }  # fmt: skip


@pytest.fixture(scope="module")
def probes14() -> CorpusInference:
    return _inferred("other-fields-probes-14.jsonl")


@pytest.fixture(scope="module")
def probes15() -> CorpusInference:
    return _inferred("other-fields-probes-15.jsonl")


def test_the_fourteenth_probes_keep_a_trial_and_a_bridge_platform_of_one_name_apart(
    probes14: CorpusInference,
) -> None:
    # 48 abstracts of synthetic chemistry, condensed matter, astronomy, seismology, oncology, psychiatry,
    # civil and power engineering, first read on 5 December: of the writer's 39 builds-on pairs 29, and
    # one the key says is no error (p14-11 uses the bands of "Dufresne et al., 2019"); of 21 shared pairs
    # 11, and two the key leaves out, a trial's report and a later analysis of its data ("Methods:
    # CORVUS-2 was a multicentre, single-arm, phase 2 trial" introduces the trial). Two things named
    # MERIDIAN (that ketamine trial, a bridge-monitoring platform) are told apart by topic words once
    # words any field writes ("open", "respond", "weekly", "remain", "controlled") are none. "We did not
    # use machine-learning pickers or training sets such as STEAD" and "The compound is absent from the
    # Materials Project" use nothing; an assay "panel" is no data. Missed: compounds named by formula
    # (LaRu3Ge5), names cited only by their authors
    assert _pairs(probes14, EdgeKind.BUILDS_ON) == {
        ("p14-05", "p14-01"), ("p14-08", "p14-07"), ("p14-10", "p14-07"), ("p14-11", "p14-09"),
        ("p14-12", "p14-11"), ("p14-15", "p14-13"), ("p14-16", "p14-14"), ("p14-17", "p14-13"),
        ("p14-17", "p14-15"), ("p14-18", "p14-14"), ("p14-20", "p14-19"), ("p14-22", "p14-19"),
        ("p14-23", "p14-19"), ("p14-23", "p14-21"), ("p14-24", "p14-20"), ("p14-27", "p14-26"),
        ("p14-30", "p14-26"), ("p14-32", "p14-31"), ("p14-34", "p14-31"), ("p14-35", "p14-31"),
        ("p14-36", "p14-34"), ("p14-38", "p14-37"), ("p14-40", "p14-37"), ("p14-41", "p14-39"),
        ("p14-42", "p14-38"), ("p14-46", "p14-43"), ("p14-46", "p14-45"), ("p14-47", "p14-44"),
        ("p14-27", "p14-25"), ("p14-35", "p14-32"),  # the CORVUS-2 and MERIDIAN trials
        ("p14-12", "p14-10"),  # KagomeDB: "collected in KagomeDB, an openly accessible database" (6th)
        # (since the eighth session of 6 December: "a set of 64 carboxylic acids drawn from marketed drugs
        # ... subjected to the cyanoarene/nickel conditions of Raghunathan et al. (2017)", a use)
        ("p14-04", "p14-03"),
    }  # fmt: skip
    assert _pairs(probes14, EdgeKind.SHARES_DATASET) == {
        ("p14-02", "p14-05"), ("p14-07", "p14-10"), ("p14-13", "p14-15"), ("p14-13", "p14-17"),
        ("p14-15", "p14-17"), ("p14-19", "p14-22"), ("p14-21", "p14-23"), ("p14-34", "p14-36"),
        ("p14-40", "p14-42"), ("p14-43", "p14-46"), ("p14-45", "p14-48"),
        ("p14-25", "p14-27"), ("p14-32", "p14-35"),  # a trial's data, in its report and a later analysis
        # TCGA (public data the lexicon knows; 6 December, seventh)
        ("p14-26", "p14-28"),
        # the National Bridge Inventory, screened and "sampled from" (7 December, thirteenth)
        ("p14-39", "p14-40"),
    }  # fmt: skip


def test_the_fifteenth_probes_in_machine_learning_and_computing_draw_every_pair_listed(
    probes15: CorpusInference,
) -> None:
    # 48 abstracts of eight fields of computing written in 2020s style, first read on 5 December: every
    # one of the writer's 38 builds-on pairs (33 before: "We formulate debiasing as ... and propose
    # PopDRO", "SpectraMAE-B attains 84.1%", "Kestrel: A Persistent-Memory Key-Value Store" with no
    # other word of Kestrel), none false; of 34 shared pairs 22, none false (17 false before: "Java
    # benchmarks" named no dataset Java; "we do not pretrain on ImageNet", "We deliberately do not report
    # results on Defects4J or QuixBugs"; 21 before "We introduce FogCity, a benchmark of 14,200 real
    # images" told what the title "FogCity: Benchmarking Object Detectors under Fog" did not)
    assert _pairs(probes15, EdgeKind.BUILDS_ON) == {
        ("p15-03", "p15-02"), ("p15-04", "p15-01"), ("p15-05", "p15-02"), ("p15-05", "p15-03"),
        ("p15-05", "p15-04"), ("p15-06", "p15-04"), ("p15-10", "p15-07"), ("p15-10", "p15-08"),
        ("p15-11", "p15-08"), ("p15-11", "p15-09"), ("p15-12", "p15-08"), ("p15-14", "p15-13"),
        ("p15-16", "p15-14"), ("p15-17", "p15-13"), ("p15-17", "p15-14"), ("p15-18", "p15-14"),
        ("p15-18", "p15-16"), ("p15-18", "p15-17"), ("p15-21", "p15-19"), ("p15-22", "p15-19"),
        ("p15-22", "p15-21"), ("p15-23", "p15-20"), ("p15-24", "p15-08"), ("p15-24", "p15-20"),
        ("p15-24", "p15-23"), ("p15-28", "p15-25"), ("p15-29", "p15-26"), ("p15-30", "p15-25"),
        ("p15-30", "p15-28"), ("p15-34", "p15-33"), ("p15-35", "p15-31"), ("p15-36", "p15-37"),
        ("p15-40", "p15-37"), ("p15-40", "p15-38"), ("p15-42", "p15-40"), ("p15-47", "p15-43"),
        ("p15-47", "p15-46"), ("p15-48", "p15-44"),
    }  # fmt: skip
    assert _pairs(probes15, EdgeKind.SHARES_DATASET) == {
        ("p15-01", "p15-04"), ("p15-02", "p15-04"), ("p15-02", "p15-05"), ("p15-04", "p15-05"),
        ("p15-07", "p15-10"), ("p15-08", "p15-12"), ("p15-08", "p15-19"), ("p15-08", "p15-21"),
        ("p15-08", "p15-22"), ("p15-13", "p15-17"), ("p15-14", "p15-16"), ("p15-14", "p15-17"),
        ("p15-14", "p15-18"), ("p15-16", "p15-17"), ("p15-16", "p15-18"), ("p15-17", "p15-18"),
        ("p15-19", "p15-21"), ("p15-19", "p15-22"), ("p15-21", "p15-22"), ("p15-33", "p15-34"),
        ("p15-38", "p15-40"), ("p15-03", "p15-05"),
        # UniProt (public data the lexicon knows; 6 December, seventh)
        ("p15-25", "p15-28"), ("p15-25", "p15-30"), ("p15-28", "p15-30"),
        # Defects4J, its bugs "sampled from" by one, the others' results on it (7 December, thirteenth)
        ("p15-36", "p15-37"), ("p15-36", "p15-40"), ("p15-37", "p15-40"),
        # "On MovieLens-1M, Amazon Beauty and Amazon Sports, Kaleido improves Recall@20 by 6.8-11.3%" (the
        # same)
        ("p15-20", "p15-24"),
    }  # fmt: skip


def _edges(papers: list[Paper]) -> set[tuple[str, str, str]]:
    """The kind, source and target of every edge inference draws over ``papers`` in the order given."""
    return {(e.kind.value, e.source, e.target) for e in infer_corpus(papers, shipped_lexicon()).edges}


def _loaded_pairs(name: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """Builds-on and shared-dataset pairs of a probe file read as a user's file is (the loader repairs its
    text: LaTeX, entities), by the records' own ids."""
    from paperkg.loaders import load_file

    path = DATA / name
    papers = list(load_file(path))
    lines = path.read_text(encoding="utf-8").splitlines()
    ids = {p.id: json.loads(line)["id"] for p, line in zip(papers, lines, strict=True)}
    result = infer_corpus(papers, shipped_lexicon())
    kinds = (EdgeKind.BUILDS_ON, EdgeKind.SHARES_DATASET)
    pairs = {kind: {(ids[e.source], ids[e.target]) for e in result.edges if e.kind is kind} for kind in kinds}
    shared = {(a, b) if a < b else (b, a) for a, b in pairs[EdgeKind.SHARES_DATASET]}
    return pairs[EdgeKind.BUILDS_ON], shared


def test_the_sixteenth_probes_find_names_designated_resulting_or_titled() -> None:
    # 48 abstracts of cardiology, infectious-disease epidemiology, plant genetics, neuroscience, ecology,
    # materials, economic history and educational psychology, a third of them structured, first read on
    # 5 December: of the writer's 30 builds-on pairs 28 (14 before: "designated qRDW7.1", "denoted
    # FeNC-Z8", "The resulting ... score (OBRA-5;", "a patch-leaving paradigm, the Dynamic Reward
    # Integration in Foraging Task (DRIFT)", "...: the SALT-HF randomized trial", "Cohort profile: the
    # SAVANE household cohort ..."), one more a line carrying the QTL (p16-18, key: no); "such as the DRIFT
    # task, were not available" uses nothing. Of 17 shared pairs 6; a trial's or cohort's data shared by
    # its report and later papers (4, the key: builds-on only), and "a commercial Pt/C benchmark" (false
    # until 6 December, night: after "a" and a word of which kind, a name names no data)
    builds_on, shared = _loaded_pairs("other-fields-probes-16.jsonl")
    assert builds_on == {
        ("p16-02", "p16-01"), ("p16-04", "p16-01"), ("p16-05", "p16-03"), ("p16-06", "p16-01"),
        ("p16-09", "p16-07"), ("p16-10", "p16-08"), ("p16-11", "p16-07"), ("p16-12", "p16-08"),
        ("p16-14", "p16-13"), ("p16-16", "p16-13"), ("p16-17", "p16-14"), ("p16-18", "p16-13"),
        ("p16-18", "p16-16"), ("p16-20", "p16-19"), ("p16-23", "p16-21"), ("p16-24", "p16-22"),
        ("p16-27", "p16-25"), ("p16-30", "p16-26"), ("p16-33", "p16-31"), ("p16-34", "p16-32"),
        ("p16-35", "p16-31"), ("p16-36", "p16-32"), ("p16-38", "p16-37"), ("p16-40", "p16-39"),
        ("p16-41", "p16-37"), ("p16-44", "p16-43"), ("p16-46", "p16-44"), ("p16-47", "p16-43"),
        ("p16-48", "p16-45"),
        ("p16-27", "p16-26"),  # "classified with the snapsort pipeline" (6 December)
        ("p16-06", "p16-04"),  # since "term the updated instrument OBRA-5D" names it
    }  # fmt: skip
    assert shared == {
        ("p16-01", "p16-04"), ("p16-33", "p16-34"), ("p16-37", "p16-38"), ("p16-38", "p16-42"),
        ("p16-39", "p16-40"), ("p16-44", "p16-46"),
        ("p16-03", "p16-05"), ("p16-08", "p16-10"), ("p16-08", "p16-12"), ("p16-10", "p16-12"),
        # GBIF, WorldClim (public data the lexicon knows; 6 December, seventh)
        ("p16-25", "p16-28"),
        # GBIF (public data the lexicon knows; 6 December, seventh)
        ("p16-25", "p16-27"), ("p16-27", "p16-28"),
        # PISA (public data the lexicon knows; 6 December, seventh)
        ("p16-45", "p16-48"),
        # Human Connectome Project (public data the lexicon knows; 6 December, seventh)
        ("p16-21", "p16-24"),
    }  # fmt: skip


def test_the_seventeenth_probes_read_as_exported_records_are() -> None:
    # 48 records with the mess of real exports (LaTeX, HTML entities, copyright lines, one-sentence
    # abstracts) in speech, quantum computing, remote sensing, health informatics, operations research,
    # linguistics, finance and climate science, first read on 5 December through the loader: of the
    # writer's 33 builds-on pairs 31, none false, "We present \textsc{Sieve}, a decoder" introducing Sieve;
    # of 47 shared pairs 11, none false. Since the eighth session of 6 December also "a monthly variant of the
    # Compound Heat&ndash;Drought Index (CHDI)", the entity read as the dash it is
    builds_on, shared = _loaded_pairs("other-fields-probes-17.jsonl")
    assert builds_on == {
        ("p17-03", "p17-01"), ("p17-04", "p17-02"), ("p17-05", "p17-02"), ("p17-06", "p17-01"),
        ("p17-06", "p17-03"), ("p17-10", "p17-07"), ("p17-12", "p17-11"), ("p17-15", "p17-13"),
        ("p17-17", "p17-14"), ("p17-18", "p17-13"), ("p17-18", "p17-15"), ("p17-21", "p17-19"),
        ("p17-22", "p17-19"), ("p17-22", "p17-20"), ("p17-23", "p17-19"), ("p17-23", "p17-21"),
        ("p17-27", "p17-25"), ("p17-28", "p17-26"), ("p17-30", "p17-25"), ("p17-30", "p17-27"),
        ("p17-33", "p17-31"), ("p17-35", "p17-32"), ("p17-36", "p17-31"), ("p17-36", "p17-33"),
        ("p17-39", "p17-37"), ("p17-40", "p17-38"), ("p17-42", "p17-37"), ("p17-42", "p17-41"),
        ("p17-44", "p17-43"), ("p17-47", "p17-43"), ("p17-47", "p17-45"), ("p17-48", "p17-45"),
    }  # fmt: skip
    assert shared == {
        ("p17-01", "p17-03"), ("p17-01", "p17-06"), ("p17-02", "p17-05"), ("p17-03", "p17-06"),
        ("p17-13", "p17-15"), ("p17-13", "p17-18"), ("p17-15", "p17-18"), ("p17-41", "p17-42"),
        ("p17-43", "p17-44"), ("p17-43", "p17-48"), ("p17-44", "p17-48"),
        # a database of things is data (a title "X: a ... database of ..."; 5 December, fifth)
        ("p17-31", "p17-33"), ("p17-31", "p17-36"), ("p17-33", "p17-36"),
        # CRSP (public data the lexicon knows; 6 December, seventh)
        ("p17-37", "p17-39"), ("p17-37", "p17-41"), ("p17-37", "p17-42"), ("p17-39", "p17-41"),
        ("p17-39", "p17-42"),
        # MIMIC-IV (public data the lexicon knows; 6 December, seventh)
        ("p17-20", "p17-21"), ("p17-20", "p17-22"), ("p17-20", "p17-23"), ("p17-21", "p17-22"),
        ("p17-22", "p17-23"),
        # CMIP6 (public data the lexicon knows; 6 December, seventh)
        ("p17-44", "p17-45"), ("p17-44", "p17-46"), ("p17-45", "p17-46"), ("p17-45", "p17-48"),
        ("p17-46", "p17-48"),
        # eICU, MIMIC-IV (public data the lexicon knows; 6 December, seventh)
        ("p17-21", "p17-23"),
    }  # fmt: skip


def test_the_eighteenth_probes_in_mathematics_draw_what_their_papers_name() -> None:
    # 48 abstracts of combinatorics, numerical analysis, statistics, theoretical computer science,
    # mathematical physics, optimisation, probability and computational geometry, first read on 5 December:
    # of the writer's 31 builds-on pairs 22, none false (as before); of 14 shared pairs 5 and 2 false
    # (4 before): "the Stanford Large Network Dataset Collection (SNAP)" is that collection, no longer a
    # "Network Dataset" (a word such as "Large" inside a capitalised run is the name's), and "collections
    # such as CUTEst ... are therefore ill-suited" uses nothing. Left: "no claim about ... networks such as
    # those in the Stanford Large Network Dataset Collection" (false); missed, conjectures a later paper
    # names after the authors who posed them ("the Lindqvist-Amadi conjecture")
    builds_on, shared = _loaded_pairs("other-fields-probes-18.jsonl")
    assert builds_on == {
        ("p18-03", "p18-01"), ("p18-04", "p18-03"), ("p18-09", "p18-07"), ("p18-10", "p18-08"),
        ("p18-12", "p18-11"), ("p18-15", "p18-13"), ("p18-16", "p18-14"), ("p18-18", "p18-16"),
        ("p18-21", "p18-19"), ("p18-23", "p18-20"), ("p18-24", "p18-19"), ("p18-27", "p18-25"),
        ("p18-30", "p18-28"), ("p18-30", "p18-29"), ("p18-36", "p18-32"), ("p18-36", "p18-35"),
        ("p18-41", "p18-38"), ("p18-42", "p18-40"), ("p18-45", "p18-43"), ("p18-46", "p18-44"),
        ("p18-48", "p18-43"), ("p18-48", "p18-44"),
        ("p18-34", "p18-31"),  # since CASCADE and Cascade are two things, each its presenter's
    }  # fmt: skip
    assert shared == {
        ("p18-06", "p18-19"), ("p18-06", "p18-21"), ("p18-19", "p18-21"),  # the DIMACS instances
        ("p18-16", "p18-24"), ("p18-32", "p18-33"),  # SNAP, CUTEst
        ("p18-16", "p18-22"), ("p18-22", "p18-24"),  # FALSE: "we make no claim about ... such as those in"
        # matrices from the SuiteSparse Matrix Collection: a collection's name holds its data, whatever the
        # noun before 'from'
        ("p18-07", "p18-09"),
        ("p18-07", "p18-12"),
        ("p18-09", "p18-12"),
    }  # fmt: skip


def test_the_nineteenth_probes_in_the_life_sciences_take_no_gene_for_data() -> None:
    # 48 abstracts of cell biology, immunology, microbiology, genomics tools, structural biology,
    # pharmacology, developmental biology and nutrition, gene symbols and famous tools throughout, first
    # read on 5 December: of the writer's 35 builds-on pairs 29 (27 before), and two to papers cited by
    # authors and year that introduced no name (the key: real links, not builds-on); of 34 shared pairs 13.
    # "HOXA13, HOXD13, CTCF and H3K27ac ChIP-seq datasets" names an assay's targets, no dataset (it did).
    # Left: a cohort or database a paper introduced shared with its users (6, the key: builds-on only),
    # NHANES only mentioned ("Cut-offs derived from NHANES ... may not be appropriate") and a technique ("a
    # MERFISH dataset"); not UK Biobank since 6 December (fifth): "Replication in cohorts ... such as UK
    # Biobank, is needed" gives an example of what is needed.
    # "PseudoFit: a genome-wide transposon fitness database" is the paper's own since titles in sentence
    # case ("a", not "A") were read as title case ones: its users are no longer shared pairs (false 13 -> 10)
    builds_on, shared = _loaded_pairs("other-fields-probes-19.jsonl")
    assert builds_on == {
        ("p19-02", "p19-01"), ("p19-04", "p19-03"), ("p19-05", "p19-01"), ("p19-05", "p19-02"),
        ("p19-08", "p19-07"), ("p19-09", "p19-08"), ("p19-11", "p19-10"), ("p19-12", "p19-08"),
        ("p19-12", "p19-09"), ("p19-16", "p19-15"), ("p19-17", "p19-15"), ("p19-18", "p19-13"),
        ("p19-18", "p19-14"), ("p19-20", "p19-19"), ("p19-22", "p19-20"), ("p19-23", "p19-21"),
        ("p19-24", "p19-19"), ("p19-26", "p19-25"), ("p19-28", "p19-27"), ("p19-29", "p19-26"),
        ("p19-32", "p19-31"), ("p19-34", "p19-33"), ("p19-35", "p19-33"), ("p19-36", "p19-11"),
        ("p19-38", "p19-37"), ("p19-40", "p19-39"), ("p19-41", "p19-38"), ("p19-44", "p19-43"),
        ("p19-46", "p19-45"), ("p19-47", "p19-43"), ("p19-48", "p19-45"),
    }  # fmt: skip
    # (no longer ("p19-21", "p19-23"): "a publicly available MERFISH dataset" and "a 500-gene MERFISH
    # panel" are two data of one technique, and "a ... MERFISH dataset" names none, 6 December, night)
    assert shared == {
        ("p19-22", "p19-29"), ("p19-22", "p19-30"), ("p19-25", "p19-28"), ("p19-25", "p19-29"),
        ("p19-25", "p19-30"), ("p19-28", "p19-29"), ("p19-28", "p19-30"), ("p19-29", "p19-30"),
        ("p19-31", "p19-33"), ("p19-31", "p19-34"), ("p19-33", "p19-34"), ("p19-36", "p19-44"),
        ("p19-43", "p19-44"), ("p19-43", "p19-46"), ("p19-43", "p19-47"),
        ("p19-44", "p19-46"), ("p19-44", "p19-47"), ("p19-45", "p19-46"), ("p19-45", "p19-48"),
        ("p19-46", "p19-47"), ("p19-46", "p19-48"),
        # GTEx (public data the lexicon knows; 6 December, seventh)
        ("p19-05", "p19-19"), ("p19-05", "p19-20"), ("p19-05", "p19-24"), ("p19-05", "p19-36"),
        ("p19-19", "p19-20"), ("p19-19", "p19-24"), ("p19-19", "p19-36"), ("p19-20", "p19-24"),
        ("p19-20", "p19-36"), ("p19-24", "p19-36"),
        # TCGA (public data the lexicon knows; 6 December, seventh)
        ("p19-09", "p19-32"),
        # DepMap (public data the lexicon knows; 6 December, seventh)
        ("p19-02", "p19-06"),
        # gnomAD (public data the lexicon knows; 6 December, seventh)
        ("p19-20", "p19-22"),
        # ChIP-seq and single-cell datasets retrieved and obtained from GEO: what was drawn from a short
        # acronym is its data
        ("p19-40", "p19-41"),
    }  # fmt: skip


def test_the_twentieth_probes_full_of_traps_draw_few_false_edges() -> None:
    # 48 abstracts of 16 fields written for precision on 5 December: eight names each given to two
    # unrelated things in different fields (MOSAIC, COMPASS, BEACON, ECHO, ATLAS, SENTINEL, HARBOR, PRISM),
    # eponyms, organisations and datasets named in passing. Of the writer's 24 builds-on pairs 12, none
    # false (3 at f024066; the last, a tax index named BEACON's user reaching an LED-mapping BEACON's paper,
    # went when "component" and "link", which any field writes, stopped being topic words); of 3 shared
    # pairs 2, none false ("rather than taken from food composition tables such as the USDA FoodData
    # Central database" uses nothing). Since "The SENTINEL index: development of ..." introduces the
    # caries index, its two users build on it, and the police system Sentinel's two, one name to the
    # corpus, no longer reach that system's paper (still 12, none false). Now a user of one of two things
    # two papers each present under one name builds on the one whose subject it clearly shares: 15, none
    # false (the BEACON index's two users, the MOSAIC database's one). Since "This paper introduces ATLAS
    # (Atlantic Talk and Language Archive of Speech), a corpus of ..." makes the corpus data, its two users
    # build on it and share it with its paper (pairs the writer's note names, not its list: 17 and 5),
    # and "the Silvaco ATLAS drift-diffusion package" is software, no corpus
    builds_on, shared = _loaded_pairs("other-fields-probes-20.jsonl")
    assert builds_on == {
        ("p20-02", "p20-01"), ("p20-03", "p20-01"), ("p20-11", "p20-10"), ("p20-14", "p20-13"),
        ("p20-20", "p20-19"), ("p20-26", "p20-25"), ("p20-27", "p20-25"), ("p20-41", "p20-40"),
        ("p20-42", "p20-40"), ("p20-44", "p20-43"), ("p20-23", "p20-22"), ("p20-24", "p20-22"),
        ("p20-08", "p20-07"), ("p20-09", "p20-07"), ("p20-32", "p20-31"),  # BEACON, MOSAIC
        ("p20-17", "p20-16"), ("p20-18", "p20-16"),  # the ATLAS corpus
        # since a name two papers spell apart is two things: COMPASS, Harbor, ECHO, Prism, Sentinel
        ("p20-05", "p20-04"), ("p20-29", "p20-28"), ("p20-35", "p20-34"), ("p20-36", "p20-34"),
        ("p20-38", "p20-37"), ("p20-47", "p20-46"), ("p20-48", "p20-46"),
    }  # fmt: skip
    assert shared == {
        ("p20-10", "p20-11"), ("p20-37", "p20-39"),  # the Macaulay Library, the Human Mortality Database
        ("p20-16", "p20-17"), ("p20-16", "p20-18"), ("p20-17", "p20-18"),  # the ATLAS corpus
        ("p20-31", "p20-32"),  # FALSE: MOSAIC, two things of one name, one now data
        # the ECHO cohort, data since "(...) cohort" is read past its bracket
        ("p20-34", "p20-35"), ("p20-34", "p20-36"), ("p20-35", "p20-36"),
    }  # fmt: skip

def test_the_twenty_first_probes_of_2025_machine_learning_draw_same_year_pairs() -> None:
    # 48 abstracts of 2025-2026 machine learning (agents, RL for reasoning, video diffusion, speech, VLAs,
    # RAG, code LLMs, evaluation), first read on 5 December: of the writer's 35 builds-on pairs 34 (17
    # before: papers of one year were not ordered, now the sentence's use orders them), 1 false (3 before:
    # "future work could use Forgecraft", "Kiln, which would have ..., was not publicly available", and a
    # fourth once a year's papers were ordered, "pipelines such as GraphTrellis were excluded"); of 66 shared
    # pairs 40, none false (33 and 2: "HumanEval-style benchmarks"; "We introduce KinetiQ, a benchmark of",
    # "StaleQA", "HearSay" under titles saying less). "On ToolTrek, Palimpsest improves" is a use (34 of
    # 35): the sentence opens with where its results were had. Left: "Dolly-based camera conditioning"
    builds_on, shared = _loaded_pairs("other-fields-probes-21.jsonl")
    assert builds_on == {
        ("p21-03", "p21-01"), ("p21-04", "p21-02"), ("p21-05", "p21-01"), ("p21-05", "p21-02"),
        ("p21-09", "p21-08"),
        ("p21-10", "p21-07"), ("p21-11", "p21-08"), ("p21-12", "p21-07"), ("p21-14", "p21-13"),
        ("p21-15", "p21-13"), ("p21-17", "p21-14"), ("p21-20", "p21-19"), ("p21-24", "p21-07"),
        ("p21-24", "p21-22"), ("p21-27", "p21-25"), ("p21-28", "p21-13"), ("p21-29", "p21-25"),
        ("p21-29", "p21-26"), ("p21-30", "p21-25"), ("p21-33", "p21-11"), ("p21-34", "p21-32"),
        ("p21-35", "p21-31"), ("p21-35", "p21-32"), ("p21-39", "p21-07"), ("p21-39", "p21-38"),
        ("p21-40", "p21-37"), ("p21-41", "p21-38"), ("p21-45", "p21-43"), ("p21-46", "p21-01"),
        ("p21-46", "p21-02"), ("p21-46", "p21-04"), ("p21-48", "p21-13"), ("p21-48", "p21-14"),
        ("p21-48", "p21-43"),
        # gone, the literature (6 December): "agents such as Palimpsest address ...; we focus instead on"
        ("p21-18", "p21-16"),  # a lexicon name a paper of the file presents (5 December, fifth)
    }  # fmt: skip
    assert shared == {
        ("p21-02", "p21-04"), ("p21-02", "p21-05"), ("p21-02", "p21-46"), ("p21-04", "p21-05"),
        ("p21-04", "p21-46"), ("p21-05", "p21-46"), ("p21-07", "p21-08"), ("p21-07", "p21-09"),
        ("p21-07", "p21-10"), ("p21-07", "p21-12"), ("p21-07", "p21-44"), ("p21-08", "p21-09"),
        ("p21-08", "p21-10"), ("p21-08", "p21-11"), ("p21-08", "p21-12"), ("p21-08", "p21-44"),
        ("p21-09", "p21-10"), ("p21-09", "p21-11"), ("p21-09", "p21-12"), ("p21-09", "p21-44"),
        ("p21-10", "p21-12"), ("p21-10", "p21-44"), ("p21-12", "p21-44"), ("p21-14", "p21-17"),
        ("p21-14", "p21-48"), ("p21-17", "p21-48"), ("p21-19", "p21-21"), ("p21-19", "p21-23"),
        ("p21-21", "p21-23"), ("p21-22", "p21-24"), ("p21-26", "p21-29"), ("p21-31", "p21-33"),
        ("p21-31", "p21-35"), ("p21-32", "p21-34"), ("p21-32", "p21-35"), ("p21-33", "p21-34"),
        ("p21-33", "p21-35"), ("p21-34", "p21-35"), ("p21-38", "p21-44"), ("p21-44", "p21-45"),
        ("p21-16", "p21-18"),  # Dolly, a lexicon name the file presents as its own thing
        # AIME 2024 by a ranking metric at its cutoff before it ('pass@k ... on AIME 2024', 'avg@32 on AIME
        # 2024') or a sentence's result on it (6 December, eleventh)
        ("p21-07", "p21-11"),
        ("p21-10", "p21-11"),
        ("p21-11", "p21-12"),
    }  # fmt: skip


def test_the_twenty_second_probes_in_the_humanities_and_law_draw_every_pair() -> None:
    # 48 abstracts of legal studies, philosophy, art history, musicology, religious studies, digital
    # humanities, journalism and library science, first read on 5 December: every one of the writer's 21
    # builds-on pairs, none false (2 before: "resources such as PROPORTIO ... could not be adapted",
    # "instruments such as EPIX would allow"); of 18 shared pairs 7, none false (3: PROPORTIO). Left: archives
    # named without a data word (Gallica, Trove, Europeana, Chronicling America, WorldCat, Media Cloud)
    builds_on, shared = _loaded_pairs("other-fields-probes-22.jsonl")
    assert builds_on == {
        ("p22-03", "p22-01"), ("p22-05", "p22-02"), ("p22-09", "p22-01"), ("p22-10", "p22-07"),
        ("p22-12", "p22-11"), ("p22-15", "p22-13"), ("p22-17", "p22-14"), ("p22-18", "p22-13"),
        ("p22-22", "p22-19"), ("p22-24", "p22-23"), ("p22-28", "p22-20"), ("p22-28", "p22-25"),
        ("p22-29", "p22-26"), ("p22-34", "p22-32"), ("p22-36", "p22-31"), ("p22-38", "p22-31"),
        ("p22-41", "p22-37"), ("p22-42", "p22-40"), ("p22-44", "p22-43"), ("p22-45", "p22-33"),
        ("p22-48", "p22-43"),
    }  # fmt: skip
    assert shared == {
        ("p22-01", "p22-03"), ("p22-01", "p22-09"), ("p22-02", "p22-06"), ("p22-03", "p22-09"),
        ("p22-14", "p22-17"), ("p22-19", "p22-22"), ("p22-26", "p22-30"),
        ("p22-17", "p22-44"),  # Europeana: "Images were drawn from Europeana and from the ... archive"
    }  # fmt: skip


def test_the_twenty_third_probes_in_industrial_engineering_draw_every_pair() -> None:
    # 48 abstracts of aerospace, naval, mining, petroleum, nuclear, textile, building-energy and automotive
    # engineering, first read on 5 December: every one of the writer's 27 builds-on pairs (23 before: "This
    # paper describes the Tarn Ridge Microseismic Catalogue (TRMC), comprising", "This paper describes
    # CASCADE, a high-pressure water loop"), none false (2: "models such as SHATTER was not attempted and is
    # left for future work", "the BREATHE controller of Nkosi et al. was not installed"); of 28 shared pairs
    # 11, none false (2: "the ASHRAE ... database was not needed"). Left: databases a paper made, read as
    # software ("the MERIDIAN towing-tank database"), and data no rule knows (Norne, Volve, OC4)
    builds_on, shared = _loaded_pairs("other-fields-probes-23.jsonl")
    assert builds_on == {
        ("p23-03", "p23-01"), ("p23-04", "p23-02"), ("p23-05", "p23-01"), ("p23-06", "p23-02"),
        ("p23-08", "p23-07"), ("p23-10", "p23-09"), ("p23-11", "p23-07"), ("p23-12", "p23-11"),
        ("p23-15", "p23-13"), ("p23-17", "p23-13"), ("p23-18", "p23-14"), ("p23-21", "p23-19"),
        ("p23-23", "p23-19"), ("p23-26", "p23-25"), ("p23-29", "p23-25"), ("p23-30", "p23-28"),
        ("p23-34", "p23-31"), ("p23-35", "p23-32"), ("p23-36", "p23-31"), ("p23-36", "p23-34"),
        ("p23-40", "p23-37"), ("p23-41", "p23-38"), ("p23-42", "p23-40"), ("p23-44", "p23-43"),
        ("p23-46", "p23-01"), ("p23-47", "p23-43"), ("p23-48", "p23-45"),
    }  # fmt: skip
    assert shared == {
        ("p23-01", "p23-03"), ("p23-13", "p23-15"), ("p23-13", "p23-17"), ("p23-15", "p23-17"),
        ("p23-28", "p23-30"), ("p23-31", "p23-34"), ("p23-31", "p23-36"), ("p23-34", "p23-36"),
        ("p23-38", "p23-41"), ("p23-39", "p23-42"), ("p23-44", "p23-47"),
        # a database of things is data (a title "X: a ... database of ..."; 5 December, fifth)
        ("p23-02", "p23-04"), ("p23-02", "p23-06"), ("p23-04", "p23-06"), ("p23-07", "p23-08"),
        ("p23-07", "p23-11"), ("p23-08", "p23-11"),
    }  # fmt: skip


def test_the_twenty_fourth_probes_in_health_and_land_sciences_read_sentence_case_titles() -> None:
    # 48 abstracts of nursing, nutrition, fisheries, forestry, animal science, pharmacy practice,
    # physiotherapy and global health, first read on 5 December: of the writer's 20 builds-on pairs 20 (15
    # before: "RenalPlate: a visual plate model for", "SIMPLIFY: a pharmacist-led ... intervention", titles
    # in sentence case; "We describe the design ... of the Lake Victoria Artisanal Catch Survey (LVACS), a
    # stratified two-stage survey"; the stroke STRIDE's user, which took p24-25's cattle STRIDE for it),
    # none false (3 before: "Whereas multicomponent bundles such as HALO act on", the cattle STRIDE's paper
    # for the stroke one's; "interventions such as SIMPLIFY have improved adherence", once
    # SIMPLIFY was introduced, is the literature's, not p24-36's use); of 19 shared
    # pairs 12, none false (3: "future work could incorporate ... programmes such as the Lake Victoria
    # Artisanal Catch Survey")
    builds_on, shared = _loaded_pairs("other-fields-probes-24.jsonl")
    assert builds_on == {
        ("p24-03", "p24-01"), ("p24-04", "p24-02"), ("p24-10", "p24-07"), ("p24-11", "p24-09"),
        ("p24-15", "p24-13"), ("p24-16", "p24-14"), ("p24-17", "p24-13"), ("p24-21", "p24-19"),
        ("p24-22", "p24-20"), ("p24-24", "p24-23"), ("p24-28", "p24-25"), ("p24-29", "p24-27"),
        ("p24-33", "p24-32"), ("p24-34", "p24-31"), ("p24-36", "p24-34"), ("p24-39", "p24-38"),
        ("p24-45", "p24-43"), ("p24-46", "p24-07"), ("p24-48", "p24-14"),
        ("p24-41", "p24-37"),  # the stroke STRIDE, not the cattle one of p24-25: one name, two papers
    }  # fmt: skip
    assert shared == {
        ("p24-05", "p24-06"), ("p24-07", "p24-08"), ("p24-07", "p24-35"), ("p24-08", "p24-35"),
        ("p24-10", "p24-40"), ("p24-13", "p24-17"), ("p24-14", "p24-16"), ("p24-14", "p24-48"),
        ("p24-16", "p24-48"), ("p24-17", "p24-18"), ("p24-19", "p24-21"), ("p24-43", "p24-45"),
    }  # fmt: skip


def test_the_twenty_fifth_probes_in_quantitative_fields_name_priors_and_estimators() -> None:
    # 48 abstracts of Bayesian statistics, econometrics, OR, GIS, remote sensing, transportation, energy
    # modelling and environmental science, some by non-native writers, first read on 5 December: every
    # one of the writer's 23 builds-on pairs (20 before: "We propose the Ridgeline prior, a scale mixture",
    # "the Anchored Synthetic Control (ASC) estimator", "We adapt the Ridgeline prior"), 3 false (6:
    # "is left for future work", "Future work could feed ... tools such as Tributary", "products such as
    # ArborH would help"); of 61 shared pairs 36, 2 false (4). Left: "Because the Penn World Table reports
    # only annual series, we rely on ... Eurostat" (the two false), Landsat, Sentinel-2 and MODIS named
    # without a data word. Since a name made of a word needs its user to share its maker's subject (as
    # many topic words as two papers on one subject share), "increases in Harrow, Hillingdon and Bexley"
    # reaches no algorithm, and "compared with likelihood-based inference using Tessera" (four words
    # shared) no longer reaches Tessera: 22, 2 false. With the same rule for names made of capitals,
    # "retrievals from the PACE mission" reach no commute estimator named PACE: 1 false
    builds_on, shared = _loaded_pairs("other-fields-probes-25.jsonl")
    assert builds_on == {
        ("p25-03", "p25-01"), ("p25-05", "p25-02"), ("p25-09", "p25-02"),
        ("p25-12", "p25-07"), ("p25-15", "p25-13"), ("p25-17", "p25-13"), ("p25-18", "p25-16"),
        ("p25-21", "p25-19"), ("p25-23", "p25-21"), ("p25-27", "p25-25"), ("p25-29", "p25-26"),
        ("p25-32", "p25-11"), ("p25-34", "p25-19"), ("p25-35", "p25-31"), ("p25-38", "p25-37"),
        ("p25-39", "p25-36"), ("p25-41", "p25-37"), ("p25-42", "p25-40"), ("p25-43", "p25-06"),
        ("p25-44", "p25-30"), ("p25-47", "p25-45"), ("p25-48", "p25-25"),
        # gone, the literature (6 December): "models such as GRIDLET ...; we do not run such a model here"
    }  # fmt: skip
    assert shared == {
        ("p25-07", "p25-08"), ("p25-09", "p25-10"), ("p25-16", "p25-18"), ("p25-19", "p25-21"),
        ("p25-19", "p25-23"), ("p25-19", "p25-24"), ("p25-19", "p25-34"), ("p25-19", "p25-36"),
        ("p25-19", "p25-41"), ("p25-21", "p25-23"), ("p25-21", "p25-24"), ("p25-21", "p25-34"),
        ("p25-21", "p25-36"), ("p25-21", "p25-41"), ("p25-23", "p25-24"), ("p25-23", "p25-34"),
        ("p25-23", "p25-36"), ("p25-23", "p25-41"), ("p25-24", "p25-34"), ("p25-24", "p25-36"),
        ("p25-24", "p25-41"), ("p25-31", "p25-35"), ("p25-34", "p25-36"), ("p25-34", "p25-41"),
        ("p25-36", "p25-39"), ("p25-36", "p25-41"), ("p25-37", "p25-38"), ("p25-37", "p25-40"),
        ("p25-37", "p25-41"), ("p25-37", "p25-42"), ("p25-37", "p25-46"), ("p25-38", "p25-42"),
        ("p25-38", "p25-46"), ("p25-40", "p25-41"), ("p25-42", "p25-46"), ("p25-45", "p25-47"),
        ("p25-07", "p25-12"), ("p25-08", "p25-12"),  # FALSE: "Because the Penn World Table reports only"
        ("p25-26", "p25-29"),  # MODIS MCD43A4 (6 December: "reflectance for 2001-2021")
        # PUMPWATCH, "a station-level panel of ... fuel prices", data (6 December)
        ("p25-11", "p25-32"),
    }  # fmt: skip

def test_the_twenty_sixth_probes_of_one_year_in_the_physical_sciences_are_ordered_by_sentences() -> None:
    # 48 abstracts of astrophysics, condensed matter, particle, atomic, physical and materials chemistry,
    # geophysics and plasma physics, all of 2024, written after this session's rules and first read with
    # them: of the writer's 25 builds-on pairs 24 (none at the session's start: no two papers of one year
    # were ordered), 4 false on first reading, 3 then ("potentials such as AQUILA cannot describe"), 2 now
    # ("descriptions such as MOIRA are designed for": what an example is, the literature's); of 31
    # shared pairs 19, none false. Left: "implement ... in the Lantern global-fit framework" (no relation
    # to order the pair). The GRACE satellites reached a GRACE functional until a name made of capitals
    # needed its user to share its maker's subject: none false
    builds_on, shared = _loaded_pairs("other-fields-probes-26.jsonl")
    assert builds_on == {
        ("p26-03", "p26-02"), ("p26-04", "p26-01"), ("p26-06", "p26-01"), ("p26-06", "p26-05"),
        ("p26-09", "p26-07"), ("p26-12", "p26-10"), ("p26-15", "p26-14"), ("p26-16", "p26-13"),
        ("p26-22", "p26-19"), ("p26-27", "p26-25"), ("p26-27", "p26-26"), ("p26-29", "p26-25"),
        ("p26-30", "p26-26"), ("p26-32", "p26-29"), ("p26-33", "p26-31"), ("p26-36", "p26-31"),
        ("p26-38", "p26-37"), ("p26-40", "p26-19"), ("p26-41", "p26-35"), ("p26-42", "p26-39"),
        ("p26-44", "p26-25"), ("p26-44", "p26-43"), ("p26-47", "p26-43"), ("p26-48", "p26-43"),
    }  # fmt: skip
    assert shared == {
        ("p26-02", "p26-03"), ("p26-02", "p26-04"), ("p26-03", "p26-04"), ("p26-08", "p26-11"),
        ("p26-08", "p26-46"), ("p26-10", "p26-12"), ("p26-11", "p26-46"), ("p26-19", "p26-22"),
        ("p26-19", "p26-40"), ("p26-22", "p26-40"), ("p26-25", "p26-27"), ("p26-25", "p26-29"),
        ("p26-25", "p26-44"), ("p26-27", "p26-29"), ("p26-27", "p26-44"), ("p26-29", "p26-44"),
        ("p26-43", "p26-45"), ("p26-43", "p26-47"), ("p26-45", "p26-47"),
    }  # fmt: skip


def test_the_twenty_seventh_probes_in_the_social_sciences_draw_every_pair() -> None:
    # 48 abstracts of social psychology, management, marketing, sociology, communication, developmental
    # psychology, HCI and public administration, written after this session's rules: 21 of the writer's 25
    # builds-on pairs on first reading with 3 false (4 false at the session's start), every pair now and
    # none false ("develops and validates the ... Scale (ABES)", "Do they like us? Development and
    # validation of the ... (POWI)", "data such as GigPulse, which ..., were therefore outside the scope",
    # "CGSI scores were not collected", "We did not draw on procurement data such as"); of 18 shared pairs
    # 13, 5 false on first reading, none now
    builds_on, shared = _loaded_pairs("other-fields-probes-27.jsonl")
    assert builds_on == {
        ("p27-21", "p27-05"), ("p27-22", "p27-06"), ("p27-23", "p27-07"), ("p27-24", "p27-08"),
        ("p27-25", "p27-01"), ("p27-26", "p27-02"), ("p27-27", "p27-03"), ("p27-28", "p27-12"),
        ("p27-31", "p27-15"), ("p27-33", "p27-17"), ("p27-34", "p27-18"), ("p27-35", "p27-19"),
        ("p27-36", "p27-20"), ("p27-37", "p27-05"), ("p27-38", "p27-06"), ("p27-39", "p27-18"),
        ("p27-40", "p27-32"), ("p27-41", "p27-01"), ("p27-42", "p27-02"), ("p27-43", "p27-19"),
        ("p27-44", "p27-20"), ("p27-45", "p27-29"), ("p27-46", "p27-30"), ("p27-47", "p27-15"),
        ("p27-48", "p27-08"),
    }  # fmt: skip
    assert shared == {
        ("p27-04", "p27-09"), ("p27-13", "p27-16"), ("p27-14", "p27-28"), ("p27-15", "p27-31"),
        ("p27-15", "p27-47"), ("p27-18", "p27-34"), ("p27-18", "p27-39"), ("p27-19", "p27-35"),
        ("p27-19", "p27-43"), ("p27-31", "p27-47"), ("p27-32", "p27-40"), ("p27-34", "p27-39"),
        ("p27-35", "p27-43"),
        # Footprint, "a panel of 3,408 German internet users" (6 December)
        ("p27-29", "p27-45"),
        # SOEP (public data the lexicon knows; 6 December, seventh)
        ("p27-10", "p27-20"), ("p27-10", "p27-36"), ("p27-20", "p27-36"),
    }  # fmt: skip


def test_the_twenty_eighth_probes_bare_abstracts_without_title_or_year_build_on_by_sentences() -> None:
    # 48 bare abstracts (no title, year or authors) of eight fields, written after this session's rules:
    # of the writer's 23 builds-on pairs 19 on first reading (none at the session's start: undated papers
    # were never ordered), 20 now ("the Sepsis Warning Index For Triage (SWIFT)"), 1 false (2 on first
    # reading: "datasets such as DECKSCAN, developed for bridge decks, could in future help" and
    # "measures such as CLIMBETA ... have no counterpart"; "scores such as SWIFT and NEWS2 have been
    # developed", once SWIFT was introduced, is the literature's); of 25 shared pairs 15, none false (2);
    # 16 since "participants of the FRAIL-AF cohort" takes data of it.
    # Left: "We established the FRAIL-AF cohort", "We describe ToneTrack, an open-source toolkit" with no
    # title to agree, "models were fitted in occuMix" (no relation to order the pair)
    builds_on, shared = _loaded_pairs("other-fields-probes-28.jsonl")
    assert builds_on == {
        ("p28-10", "p28-07"), ("p28-12", "p28-01"), ("p28-17", "p28-04"), ("p28-18", "p28-06"),
        ("p28-20", "p28-08"), ("p28-20", "p28-12"), ("p28-21", "p28-02"), ("p28-23", "p28-09"),
        ("p28-26", "p28-14"), ("p28-27", "p28-24"), ("p28-28", "p28-05"), ("p28-29", "p28-03"),
        ("p28-30", "p28-01"), ("p28-30", "p28-12"), ("p28-32", "p28-13"), ("p28-33", "p28-06"),
        ("p28-37", "p28-19"), ("p28-42", "p28-22"), ("p28-45", "p28-35"), ("p28-46", "p28-19"),
        # gone, the literature (6 December): "measures such as CLIMBETA ... have no counterpart for municipal"
        ("p28-44", "p28-11"),  # "We established FRAIL-AF, a ... cohort" (5 December, fifth)
        # (since 7 December, thirteenth) "We describe ToneTrack, an open-source toolkit that ..." presents it
        ("p28-31", "p28-15"),
    }  # fmt: skip
    assert shared == {
        ("p28-01", "p28-12"), ("p28-01", "p28-30"), ("p28-01", "p28-37"), ("p28-02", "p28-25"),
        ("p28-04", "p28-17"), ("p28-08", "p28-20"), ("p28-12", "p28-30"), ("p28-13", "p28-32"),
        ("p28-18", "p28-33"), ("p28-19", "p28-37"), ("p28-19", "p28-46"), ("p28-28", "p28-34"),
        ("p28-35", "p28-45"), ("p28-40", "p28-43"), ("p28-44", "p28-47"),
        ("p28-11", "p28-44"),  # the FRAIL-AF cohort
        # a database of things is data (a title "X: a ... database of ..."; 5 December, fifth)
        ("p28-05", "p28-28"),
        # CMIP6 (public data the lexicon knows; 6 December, seventh)
        ("p28-34", "p28-39"),
        # eBird (public data the lexicon knows; 6 December, seventh)
        ("p28-09", "p28-23"),
        # CRSP (public data the lexicon knows; 6 December, seventh)
        ("p28-07", "p28-10"),
        # the LOAMWISE soil spectral library of 11,862 samples is data (7 December, sixteenth)
        ("p28-22", "p28-42"),
    }  # fmt: skip


def test_the_twenty_ninth_probes_in_computer_science_tell_one_name_for_two_things_apart() -> None:
    # 48 abstracts of databases, networking, security, distributed systems, PL, algorithms, quantum
    # computing and graphics, written after this session's rules and read with them first (a held-out
    # check): of the writer's 26 builds-on pairs 24, as at the session's start, with 7 false (9 at the
    # start), 4 then ("protocols such as Vireo offer lower latency but were not considered", "should not be
    # confused with ... the IOTA Tangle", "Harrow, Hassidim and Lloyd (HHL)", people); of 27 shared pairs
    # 16, 9 false, all of one name given to a traffic dataset and a renderer (Meridian), which the corpus
    # took for one thing. Now the paper presenting a name means its own thing by it, and a paper naming
    # it the one whose introducer's subject it shares: 24 and 1 false; shared 13, none false (the three
    # lost were the renderer's papers, which share Bistro, a scene no rule knows, not Meridian)
    builds_on, shared = _loaded_pairs("other-fields-probes-29.jsonl")
    assert builds_on == {
        ("p29-03", "p29-02"), ("p29-04", "p29-01"), ("p29-05", "p29-02"), ("p29-05", "p29-03"),
        ("p29-06", "p29-19"), ("p29-09", "p29-08"), ("p29-10", "p29-07"), ("p29-11", "p29-08"),
        ("p29-12", "p29-07"), ("p29-15", "p29-13"), ("p29-16", "p29-14"), ("p29-21", "p29-19"),
        ("p29-22", "p29-20"), ("p29-24", "p29-23"), ("p29-27", "p29-25"), ("p29-28", "p29-26"),
        ("p29-30", "p29-26"), ("p29-35", "p29-32"), ("p29-39", "p29-38"), ("p29-40", "p29-37"),
        ("p29-40", "p29-38"), ("p29-45", "p29-43"), ("p29-46", "p29-44"), ("p29-48", "p29-43"),
        ("p29-17", "p29-13"),  # FALSE: "Prior attacks ..., from Foreshadow to Echoload, relied on"
    }  # fmt: skip
    assert shared == {
        ("p29-02", "p29-03"), ("p29-02", "p29-05"), ("p29-03", "p29-05"), ("p29-08", "p29-09"),
        ("p29-08", "p29-11"), ("p29-09", "p29-11"), ("p29-32", "p29-35"), ("p29-32", "p29-36"),
        ("p29-35", "p29-36"), ("p29-38", "p29-39"), ("p29-38", "p29-40"), ("p29-39", "p29-40"),
        ("p29-44", "p29-46"),
    }  # fmt: skip


def test_the_thirtieth_probes_in_clinical_medicine_read_how_scores_and_registries_are_named() -> None:
    # 48 abstracts of eight clinical specialties, written after this session's rules and read with them
    # first: 10 of the writer's 19 builds-on pairs (9 at the session's start), none false; now every pair,
    # 1 false, since titles and objectives naming scores, registries and cohorts are read ("The DETACH
    # score: ...", "To describe the design of SKINTRACK, a ... registry", "The resulting model, HALO-2,");
    # of 20 shared pairs 9, 1 false ("compared with the 4.2% reported in the original Messidor-2
    # validation")
    builds_on, shared = _loaded_pairs("other-fields-probes-30.jsonl")
    assert builds_on == {
        ("p30-03", "p30-01"), ("p30-06", "p30-01"), ("p30-10", "p30-07"), ("p30-12", "p30-02"),
        ("p30-15", "p30-13"), ("p30-18", "p30-16"), ("p30-21", "p30-19"), ("p30-22", "p30-14"),
        ("p30-24", "p30-23"), ("p30-27", "p30-04"), ("p30-27", "p30-25"), ("p30-29", "p30-26"),
        ("p30-33", "p30-31"), ("p30-35", "p30-32"), ("p30-39", "p30-37"), ("p30-41", "p30-40"),
        ("p30-46", "p30-43"), ("p30-47", "p30-45"), ("p30-48", "p30-11"),
        # gone, the literature (6 December): "models such as PRISM also depend on ..., but we did not"
    }  # fmt: skip
    assert shared == {
        ("p30-01", "p30-06"), ("p30-02", "p30-12"), ("p30-07", "p30-10"), ("p30-09", "p30-44"),
        ("p30-11", "p30-48"), ("p30-13", "p30-15"), ("p30-16", "p30-18"), ("p30-23", "p30-24"),
        ("p30-25", "p30-27"), ("p30-32", "p30-35"),
        ("p30-45", "p30-47"),  # "SEEDLING: design and first results of a ... cohort", a cohort, and its user
        # ClinVar, gnomAD (public data the lexicon knows; 6 December, seventh)
        ("p30-43", "p30-46"), ("p30-43", "p30-47"), ("p30-46", "p30-47"),
        # MIMIC-IV (public data the lexicon knows; 6 December, seventh)
        ("p30-29", "p30-39"), ("p30-29", "p30-42"), ("p30-39", "p30-42"),
        # ClinVar (public data the lexicon knows; 6 December, seventh)
        ("p30-43", "p30-44"), ("p30-44", "p30-46"), ("p30-44", "p30-47"),
    }  # fmt: skip


def test_the_thirty_first_probes_in_earth_sciences_draw_every_pair_but_one() -> None:
    # 48 abstracts of oceanography, atmospheric chemistry, soil science, limnology, volcanology,
    # paleoclimate, coastal geomorphology and fire ecology, written after this session's rules and read
    # with them first: 24 of the writer's 25 builds-on pairs with 2 false (23 and 3 at the session's
    # start); of 84 shared pairs 6 (named external data, Argo or MODIS, with no data word by them), 5
    # false on first reading, 3 now ("The Kestrel glider sections, which end in mid-2017, could not be
    # used" went; "handheld Kestrel 5500 weather meters" went with the rule that a name made of a word
    # needs its user to share its maker's subject; "Previous work with DELTA-AQ observations" stays).
    # Left: DELTA-AQ, introduced as "observations from the autumn 2015 campaign", unread. "rather
    # than with SCORCH, whose ... estimates saturate" then used nothing (5 December, fourth): 1 false
    builds_on, shared = _loaded_pairs("other-fields-probes-31.jsonl")
    assert builds_on == {
        ("p31-03", "p31-01"), ("p31-04", "p31-02"), ("p31-05", "p31-02"), ("p31-06", "p31-01"),
        ("p31-09", "p31-07"), ("p31-12", "p31-11"), ("p31-17", "p31-14"), ("p31-18", "p31-16"),
        ("p31-21", "p31-19"), ("p31-23", "p31-19"), ("p31-23", "p31-20"), ("p31-24", "p31-20"),
        ("p31-27", "p31-25"), ("p31-30", "p31-28"), ("p31-33", "p31-31"), ("p31-34", "p31-32"),
        ("p31-36", "p31-31"), ("p31-36", "p31-32"), ("p31-39", "p31-37"), ("p31-40", "p31-38"),
        ("p31-42", "p31-37"), ("p31-45", "p31-07"), ("p31-46", "p31-43"), ("p31-48", "p31-46"),
        # gone, the literature (6 December): "models such as SANDPIPER ... are not designed to represent"
    }  # fmt: skip
    assert shared == {
        ("p31-08", "p31-10"), ("p31-08", "p31-12"), ("p31-10", "p31-12"),
        ("p31-11", "p31-12"), ("p31-21", "p31-23"), ("p31-32", "p31-33"), ("p31-32", "p31-34"),
        ("p31-33", "p31-34"),
        ("p31-38", "p31-40"),  # the Narrabeen beach profile record (6 December)
        # "Meridian: a Holocene global temperature reanalysis", data, extended and compared with (6 December)
        ("p31-32", "p31-36"), ("p31-34", "p31-36"),
        # NLIP, "a harmonised compilation of ice phenology records", two papers taking ice-off dates from it
        ("p31-20", "p31-23"), ("p31-20", "p31-24"), ("p31-23", "p31-24"),
        # ERA5 (public data the lexicon knows; 6 December, seventh)
        ("p31-05", "p31-11"), ("p31-05", "p31-21"), ("p31-05", "p31-24"), ("p31-05", "p31-28"),
        ("p31-05", "p31-30"), ("p31-05", "p31-40"), ("p31-05", "p31-42"), ("p31-05", "p31-47"),
        ("p31-11", "p31-21"), ("p31-11", "p31-24"), ("p31-11", "p31-28"), ("p31-11", "p31-30"),
        ("p31-11", "p31-40"), ("p31-11", "p31-42"), ("p31-11", "p31-47"), ("p31-21", "p31-24"),
        ("p31-21", "p31-28"), ("p31-21", "p31-30"), ("p31-21", "p31-40"), ("p31-21", "p31-42"),
        ("p31-21", "p31-47"), ("p31-24", "p31-28"), ("p31-24", "p31-30"), ("p31-24", "p31-40"),
        ("p31-24", "p31-42"), ("p31-24", "p31-47"), ("p31-28", "p31-30"), ("p31-28", "p31-40"),
        ("p31-28", "p31-42"), ("p31-28", "p31-47"), ("p31-30", "p31-40"), ("p31-30", "p31-42"),
        ("p31-30", "p31-47"), ("p31-40", "p31-42"), ("p31-40", "p31-47"), ("p31-42", "p31-47"),
        # PYRE, "a global inventory of daily emissions", data (6 December, eighth session)
        ("p31-07", "p31-09"), ("p31-07", "p31-45"), ("p31-09", "p31-45"),
        # releases of data no paper presents are one resource: SISAL v1 and SISAL (7 December, sixteenth)
        ("p31-33", "p31-36"),
    }  # fmt: skip


def test_the_thirty_second_probes_in_the_life_sciences_name_tools_with_words() -> None:
    # 48 abstracts of genomics, neuroscience, immunology, microbiology, structural and evolutionary
    # biology, plant and cell biology (tools named with words: Heron, Lantern, Burrow, Driftwood), written
    # on 5 December and read first with the rules of 77c883b: of the writer's 31 builds-on pairs 25, 4
    # false; now 27, 2 false: two Lanterns (a TCR predictor, a cryo-EM sharpener) of neighbouring fields,
    # whose users write words of both ("maps", "structure", "binding") and no noun after the name. Of 33
    # shared pairs 7, none false; 13 once data taken as items of a source name it ("accessions of the 1001
    # Genomes Project"). Missed: sources written without a data word (GTDB, VDJdb, IEDB, the PDB)
    builds_on, shared = _loaded_pairs("other-fields-probes-32.jsonl")
    assert builds_on == {
        ("p32-16", "p32-01"), ("p32-16", "p32-04"), ("p32-17", "p32-05"), ("p32-19", "p32-02"),
        ("p32-21", "p32-03"), ("p32-22", "p32-08"), ("p32-23", "p32-09"), ("p32-24", "p32-04"),
        ("p32-26", "p32-10"), ("p32-27", "p32-06"), ("p32-28", "p32-13"), ("p32-29", "p32-14"),
        ("p32-31", "p32-06"), ("p32-33", "p32-12"), ("p32-34", "p32-03"), ("p32-35", "p32-01"),
        ("p32-36", "p32-15"), ("p32-38", "p32-12"), ("p32-39", "p32-09"), ("p32-40", "p32-25"),
        ("p32-41", "p32-30"), ("p32-43", "p32-38"), ("p32-44", "p32-03"), ("p32-45", "p32-08"),
        ("p32-46", "p32-07"), ("p32-47", "p32-06"), ("p32-48", "p32-02"),
        # "maps were locally sharpened with Lantern": p32-07's Lantern, reached since the names are linked
        # in the order of the papers' ids (6 December; p32-06's before, in the order of the file)
        ("p32-20", "p32-07"), ("p32-43", "p32-07"),
        # (since the eighth session of 6 December: "reads were mapped to the MudMAG catalogue", data)
        ("p32-32", "p32-11"),
    }  # fmt: skip
    assert shared == {
        ("p32-03", "p32-35"), ("p32-05", "p32-17"), ("p32-10", "p32-26"), ("p32-11", "p32-32"),
        ("p32-12", "p32-33"), ("p32-12", "p32-38"), ("p32-13", "p32-44"), ("p32-14", "p32-29"),
        ("p32-25", "p32-34"), ("p32-25", "p32-40"), ("p32-30", "p32-40"), ("p32-33", "p32-38"),
        ("p32-34", "p32-40"),
        # Protein Data Bank (public data the lexicon knows; 6 December, seventh)
        ("p32-07", "p32-12"), ("p32-07", "p32-38"),
        # GTEx (public data the lexicon knows; 6 December, seventh)
        ("p32-04", "p32-16"),
    }  # fmt: skip


def test_the_thirty_third_probes_in_business_and_human_sciences_tell_instruments_apart() -> None:
    # 48 abstracts of education, management, marketing, finance, HCI, design research, sport science and
    # tourism (scales, frameworks, panels), written on 5 December and read first with the rules of 77c883b:
    # of the writer's 22 builds-on pairs 19, 4 false; now every pair, none false: "the TRELLIS toolkit"
    # names the toolkit, not the observation framework of that name; "the Mathematics Anxiety eXperience
    # Sampling instrument (MAXS)" introduces MAXS, not "Mathematics Anxiety", which two papers' titles name
    # as their subject. Of 32 shared pairs 7, 1 false (3 at first): a coding scheme, ReFrame, taken for
    # data
    builds_on, shared = _loaded_pairs("other-fields-probes-33.jsonl")
    assert builds_on == {
        ("p33-20", "p33-04"), ("p33-24", "p33-08"), ("p33-25", "p33-01"), ("p33-26", "p33-02"),
        ("p33-27", "p33-03"), ("p33-29", "p33-05"), ("p33-30", "p33-06"), ("p33-31", "p33-07"),
        ("p33-31", "p33-23"), ("p33-32", "p33-16"), ("p33-34", "p33-18"), ("p33-35", "p33-19"),
        ("p33-36", "p33-04"), ("p33-37", "p33-13"), ("p33-38", "p33-22"), ("p33-41", "p33-17"),
        ("p33-43", "p33-16"), ("p33-44", "p33-28"), ("p33-45", "p33-21"), ("p33-46", "p33-05"),
        ("p33-47", "p33-23"), ("p33-48", "p33-08"),
    }  # fmt: skip
    assert shared == {
        ("p33-02", "p33-26"), ("p33-07", "p33-31"), ("p33-13", "p33-14"), ("p33-13", "p33-37"),
        ("p33-14", "p33-37"), ("p33-15", "p33-39"), ("p33-21", "p33-45"),
        ("p33-06", "p33-30"),  # FALSE: the ReFrame coding scheme, read as data
        # FINTRAIL, "A Panel of Anonymised Transaction Data" (6 December)
        ("p33-28", "p33-44"),
        # Compustat (public data the lexicon knows; 6 December, seventh)
        ("p33-02", "p33-04"), ("p33-02", "p33-18"), ("p33-02", "p33-34"), ("p33-02", "p33-36"),
        ("p33-04", "p33-18"), ("p33-04", "p33-34"), ("p33-18", "p33-34"), ("p33-18", "p33-36"),
        ("p33-34", "p33-36"),
        # CRSP (public data the lexicon knows; 6 December, seventh)
        ("p33-04", "p33-12"), ("p33-12", "p33-36"),
        # PISA (public data the lexicon knows; 6 December, seventh)
        ("p33-09", "p33-33"),
        # Compustat, CRSP (public data the lexicon knows; 6 December, seventh)
        ("p33-04", "p33-36"),
    }  # fmt: skip


def test_the_thirty_fourth_probes_of_quantitative_preprints_read_future_work() -> None:
    # 48 arXiv abstracts of 2025-2026 (condensed matter, numerical PDEs, quantitative biology, statistics,
    # signal processing, control, astrophysics, finance) by non-native writers, with LaTeX and long lists of
    # baselines, written on 5 December and read first with the rules of 77c883b: every one of the writer's
    # 22 builds-on pairs, 3 false; now 2 ("a combination with CAPE ... is a possible direction for future
    # work" uses nothing); the SPARC galaxy database taken for the SPARC method (the papers share "Monte
    # Carlo") went when a name made of capitals needed its user to share its maker's subject: 1. Left:
    # "predictive controllers for agile flight, e.g. PACER, assume that". Of 19 shared
    # pairs 13, none false
    builds_on, shared = _loaded_pairs("other-fields-probes-34.jsonl")
    assert builds_on == {
        ("p34-09", "p34-01"), ("p34-10", "p34-02"), ("p34-20", "p34-04"), ("p34-22", "p34-06"),
        ("p34-26", "p34-10"), ("p34-29", "p34-05"), ("p34-32", "p34-16"), ("p34-33", "p34-17"),
        ("p34-35", "p34-03"), ("p34-36", "p34-28"), ("p34-37", "p34-13"), ("p34-39", "p34-23"),
        ("p34-40", "p34-04"), ("p34-41", "p34-01"), ("p34-41", "p34-25"), ("p34-42", "p34-34"),
        ("p34-43", "p34-19"), ("p34-45", "p34-19"), ("p34-46", "p34-06"), ("p34-46", "p34-30"),
        ("p34-47", "p34-15"), ("p34-48", "p34-24"),
        # gone, the literature (6 December): "controllers for agile flight, e.g. PACER, assume that"
    }  # fmt: skip
    assert shared == {
        ("p34-03", "p34-35"), ("p34-05", "p34-29"), ("p34-08", "p34-36"), ("p34-08", "p34-40"),
        ("p34-12", "p34-28"), ("p34-14", "p34-38"), ("p34-15", "p34-31"), ("p34-19", "p34-43"),
        ("p34-19", "p34-45"), ("p34-30", "p34-46"), ("p34-34", "p34-42"), ("p34-36", "p34-40"),
        ("p34-43", "p34-45"),
        # a database of things is data (a title "X: a ... database of ..."; 5 December, fifth)
        ("p34-17", "p34-33"),
    }  # fmt: skip


def test_the_thirty_fifth_probes_of_short_abstracts_route_three_names_given_twice() -> None:
    # 48 short workshop abstracts (NLP, speech, vision, robotics, recommenders, IR, graphs, forecasting),
    # three acronyms each presented by two papers of different subfields (HALCYON, KESTREL, PALISADE),
    # written on 5 December and read first with the rules of 77c883b: of the writer's 33 builds-on pairs
    # 29, 6 false, and of 36 shared pairs 30, 8 false, all of the three names; now every builds-on pair,
    # none false, and 30 shared, none false: each presenter means its own thing, and each user the one of
    # its subject. Missed since a name made of capitals needs its user to share its maker's subject (as
    # many topic words as two papers on one subject share): "We evaluate BM25, DRIFT, ColBERT and a monoT5
    # re-ranker" and "baselines with a HALCYON streaming transducer" (three or four words shared)
    builds_on, shared = _loaded_pairs("other-fields-probes-35.jsonl")
    assert builds_on == {
        ("p35-08", "p35-02"), ("p35-12", "p35-01"),
        ("p35-19", "p35-05"), ("p35-21", "p35-06"), ("p35-23", "p35-15"), ("p35-24", "p35-02"),
        ("p35-24", "p35-08"), ("p35-25", "p35-03"), ("p35-25", "p35-16"), ("p35-26", "p35-04"),
        ("p35-28", "p35-06"), ("p35-28", "p35-13"), ("p35-29", "p35-07"), ("p35-31", "p35-09"),
        ("p35-33", "p35-10"), ("p35-34", "p35-27"), ("p35-35", "p35-01"), ("p35-35", "p35-12"),
        ("p35-36", "p35-07"), ("p35-38", "p35-14"), ("p35-39", "p35-15"), ("p35-39", "p35-23"),
        ("p35-40", "p35-06"), ("p35-41", "p35-03"), ("p35-41", "p35-16"), ("p35-43", "p35-05"),
        ("p35-45", "p35-06"), ("p35-46", "p35-15"), ("p35-47", "p35-23"), ("p35-48", "p35-15"),
        ("p35-48", "p35-47"),
    }  # fmt: skip
    assert shared == {
        ("p35-02", "p35-08"), ("p35-02", "p35-24"), ("p35-03", "p35-17"), ("p35-03", "p35-25"),
        ("p35-04", "p35-11"), ("p35-04", "p35-26"), ("p35-04", "p35-42"), ("p35-06", "p35-13"),
        ("p35-06", "p35-21"), ("p35-06", "p35-28"), ("p35-06", "p35-40"), ("p35-08", "p35-24"),
        ("p35-09", "p35-31"), ("p35-10", "p35-33"), ("p35-11", "p35-26"), ("p35-11", "p35-42"),
        ("p35-12", "p35-35"), ("p35-13", "p35-21"), ("p35-13", "p35-28"), ("p35-15", "p35-47"),
        ("p35-16", "p35-25"), ("p35-16", "p35-41"), ("p35-17", "p35-25"), ("p35-21", "p35-28"),
        ("p35-23", "p35-39"), ("p35-23", "p35-47"), ("p35-25", "p35-41"), ("p35-26", "p35-42"),
        ("p35-27", "p35-34"), ("p35-39", "p35-47"),
        # ETTh1: "On ETTh1, ... KESTREL reduces MSE by 18%" (7 December, thirteenth)
        ("p35-15", "p35-39"),
    }  # fmt: skip


def test_the_thirty_sixth_probes_in_chemistry_tell_two_halos_apart() -> None:
    # 48 abstracts of synthesis, catalysis, batteries, polymers, computational chemistry, spectroscopy,
    # MOFs and nanomaterials, written on 5 December after the rules of 77c883b and read first with them: of
    # the writer's 35 builds-on pairs 28, 6 false; now 33, 1 false (two HALOs, a force field and a Raman
    # baseline algorithm, and two TESSERAs are told apart by what users call them and whose subject they
    # share). Of 27 shared pairs 16, none false
    builds_on, shared = _loaded_pairs("other-fields-probes-36.jsonl")
    assert builds_on == {
        ("p36-09", "p36-01"), ("p36-11", "p36-04"), ("p36-12", "p36-03"), ("p36-14", "p36-05"),
        ("p36-15", "p36-02"), ("p36-15", "p36-06"), ("p36-16", "p36-01"), ("p36-19", "p36-08"),
        ("p36-22", "p36-03"), ("p36-24", "p36-07"), ("p36-24", "p36-13"), ("p36-25", "p36-10"),
        ("p36-26", "p36-06"), ("p36-27", "p36-13"), ("p36-29", "p36-17"), ("p36-29", "p36-26"),
        ("p36-30", "p36-18"), ("p36-31", "p36-02"), ("p36-32", "p36-13"), ("p36-33", "p36-28"),
        ("p36-34", "p36-04"), ("p36-35", "p36-23"), ("p36-36", "p36-10"), ("p36-37", "p36-06"),
        ("p36-37", "p36-26"), ("p36-39", "p36-22"), ("p36-40", "p36-22"), ("p36-42", "p36-19"),
        ("p36-43", "p36-01"), ("p36-44", "p36-07"), ("p36-44", "p36-28"), ("p36-45", "p36-05"),
        ("p36-46", "p36-02"),
        # gone, a computer (6 December): "DFT calculations were performed on the Kestrel supercomputer"
    }  # fmt: skip
    assert shared == {
        ("p36-01", "p36-04"), ("p36-01", "p36-12"), ("p36-01", "p36-43"), ("p36-02", "p36-31"),
        ("p36-04", "p36-12"), ("p36-04", "p36-43"), ("p36-07", "p36-24"), ("p36-07", "p36-38"),
        ("p36-08", "p36-19"), ("p36-09", "p36-10"), ("p36-09", "p36-25"), ("p36-10", "p36-25"),
        ("p36-10", "p36-27"), ("p36-12", "p36-43"), ("p36-21", "p36-38"), ("p36-24", "p36-38"),
        # a database of things is data (a title "X: a ... database of ..."; 5 December, fifth)
        ("p36-04", "p36-11"), ("p36-04", "p36-34"), ("p36-11", "p36-34"),
        # LiCycle-500 and YieldHub-HTE, each "a ... Data Set" (6 December)
        ("p36-18", "p36-30"), ("p36-22", "p36-39"), ("p36-22", "p36-40"), ("p36-39", "p36-40"),
        # OC20, "the Open Catalyst 2020 (OC20) dataset" and "fine-tuning it on OC20" (7 December, thirteenth)
        ("p36-28", "p36-33"),
        # VibraLib, a library of computed spectra, is data (7 December, sixteenth)
        ("p36-10", "p36-36"),
        ("p36-25", "p36-36"),
    }  # fmt: skip


def test_the_thirty_seventh_probes_of_computational_social_science_route_users_by_their_citations() -> None:
    # 48 abstracts of political communication, social media, sociolinguistics, literary and media studies,
    # public opinion, misinformation and digital history, written on 5 December and read first with the
    # rules of 77c883b: of the writer's 38 builds-on pairs 34, 10 false, and of 59 shared pairs 26, 33
    # false; now every builds-on pair, 2 false (a name "we did not use it" or "it was not available" for,
    # past a pronoun), and shared 23, 4 false (a benchmark HARBOR joining the corpus HARBOR's node). "the
    # TESSERA framework (Okafor et al.)" builds on Okafor's codebook, not the corpus of that name. "the
    # Meridian Panel, but it was not available" and "we did not use it to score opponent attacks" (NegAdLex)
    # then used nothing (5 December, fourth): none false; and "The Meridian Panel: Design and Data Quality of
    # ..." presents a panel, data its users share: 29 shared pairs, 4 false. Then (5 December, night) the
    # HARBOR benchmark, sharing two topic words with the HARBOR registers where two papers on one subject
    # share five, presents another thing: 25, none false
    builds_on, shared = _loaded_pairs("other-fields-probes-37.jsonl")
    assert builds_on == {
        ("p37-09", "p37-01"), ("p37-10", "p37-02"), ("p37-11", "p37-03"), ("p37-12", "p37-04"),
        ("p37-13", "p37-05"), ("p37-14", "p37-06"), ("p37-15", "p37-07"), ("p37-16", "p37-08"),
        ("p37-17", "p37-09"), ("p37-19", "p37-11"), ("p37-20", "p37-12"), ("p37-21", "p37-13"),
        ("p37-24", "p37-16"), ("p37-25", "p37-01"), ("p37-26", "p37-07"), ("p37-27", "p37-03"),
        ("p37-28", "p37-04"), ("p37-28", "p37-20"), ("p37-29", "p37-05"), ("p37-29", "p37-13"),
        ("p37-30", "p37-06"), ("p37-31", "p37-23"), ("p37-32", "p37-08"), ("p37-33", "p37-25"),
        ("p37-34", "p37-02"), ("p37-36", "p37-12"), ("p37-38", "p37-30"), ("p37-40", "p37-16"),
        ("p37-40", "p37-24"), ("p37-41", "p37-09"), ("p37-41", "p37-30"), ("p37-42", "p37-18"),
        ("p37-43", "p37-03"), ("p37-43", "p37-11"), ("p37-44", "p37-04"), ("p37-45", "p37-05"),
        ("p37-46", "p37-06"), ("p37-47", "p37-23"),
    }  # fmt: skip
    assert shared == {
        ("p37-02", "p37-10"), ("p37-02", "p37-34"), ("p37-04", "p37-12"), ("p37-04", "p37-28"),
        ("p37-04", "p37-44"), ("p37-05", "p37-13"), ("p37-05", "p37-29"), ("p37-05", "p37-45"),
        ("p37-09", "p37-17"), ("p37-09", "p37-41"), ("p37-10", "p37-34"), ("p37-12", "p37-28"),
        ("p37-12", "p37-44"), ("p37-13", "p37-29"), ("p37-13", "p37-45"), ("p37-17", "p37-41"),
        ("p37-21", "p37-37"), ("p37-25", "p37-33"), ("p37-28", "p37-44"), ("p37-29", "p37-45"),
        ("p37-30", "p37-38"), ("p37-30", "p37-41"), ("p37-38", "p37-41"),
        ("p37-03", "p37-11"), ("p37-03", "p37-27"), ("p37-03", "p37-43"), ("p37-11", "p37-27"),
        ("p37-11", "p37-43"), ("p37-27", "p37-43"),
        ("p37-18", "p37-29"), ("p37-18", "p37-42"), ("p37-29", "p37-42"),  # COCA (6 December)
        ("p37-20", "p37-28"),  # since "(VPG), a historical gazetteer of 38,900 ..." is read past ")": data
        # ANES (public data the lexicon knows; 6 December, seventh)
        ("p37-03", "p37-35"), ("p37-03", "p37-41"), ("p37-35", "p37-41"),
        # GDELT (public data the lexicon knows; 6 December, seventh)
        ("p37-22", "p37-27"), ("p37-22", "p37-38"), ("p37-27", "p37-38"),
    }  # fmt: skip


def test_the_thirty_eighth_probes_in_engineering_tell_two_meridians_apart() -> None:
    # 48 abstracts of structural health monitoring, power systems, 5G/6G, manufacturing, water, geotechnics,
    # transport infrastructure and inspection robotics, written on 5 December and read first with the
    # rules of 77c883b: of the writer's 25 builds-on pairs 18, 8 false, and of 34 shared pairs 13, 13 false;
    # now 22, 2 false ("the KESTREL blade images were excluded because"), and 12, 6 false. Two MERIDIANs
    # (distribution feeders, a rainfall-runoff model) no longer build on each other; "datasets such as
    # MOSAIC were considered ... but were not adopted" uses nothing; "We adapted the MeltWatch-316
    # acquisition protocol" builds on its paper without its data (5 December, fifth): 4 false shared
    builds_on, shared = _loaded_pairs("other-fields-probes-38.jsonl")
    assert builds_on == {
        ("p38-03", "p38-01"), ("p38-05", "p38-02"), ("p38-05", "p38-04"), ("p38-06", "p38-04"),
        ("p38-09", "p38-07"), ("p38-10", "p38-08"), ("p38-11", "p38-07"), ("p38-12", "p38-08"),
        ("p38-16", "p38-14"), ("p38-21", "p38-19"), ("p38-23", "p38-19"), ("p38-27", "p38-25"),
        ("p38-29", "p38-25"), ("p38-30", "p38-26"), ("p38-33", "p38-31"), ("p38-34", "p38-32"),
        ("p38-35", "p38-31"), ("p38-40", "p38-37"), ("p38-41", "p38-38"), ("p38-45", "p38-43"),
        ("p38-47", "p38-46"), ("p38-48", "p38-46"),
        ("p38-17", "p38-15"),  # BeamCast: "BeamCast achieved 91.4% top-5 accuracy" (5 December, sixth)
        # "the KESTREL blade images were excluded because ...": no longer drawn (7 December, fourteenth)
        # "we adopt RUPack, modified to handle 802.11ax": RUPack, "a low-complexity heuristic", a thing made
        # (7 December, sixteenth)
        ("p38-18", "p38-13"),
    }  # fmt: skip
    assert shared == {
        ("p38-02", "p38-05"), ("p38-04", "p38-36"), ("p38-15", "p38-17"), ("p38-19", "p38-21"),
        ("p38-25", "p38-27"), ("p38-25", "p38-29"), ("p38-27", "p38-29"), ("p38-37", "p38-40"),
        ("p38-38", "p38-41"), ("p38-39", "p38-42"), ("p38-41", "p38-47"), ("p38-43", "p38-45"),
        ("p38-38", "p38-39"),  # FALSE: "following the Distress Identification Manual for the ... (LTPP)"
        ("p38-38", "p38-42"),  # FALSE: the same
        # a database of things is data (a title "X: a ... database of ..."; 5 December, fifth)
        ("p38-31", "p38-33"), ("p38-31", "p38-35"), ("p38-33", "p38-35"),
        ("p38-32", "p38-34"),  # SOFTEX-9, "a compilation of monitoring data" (6 December)
    }  # fmt: skip


def test_the_thirty_ninth_probes_of_clinical_preprints_introduce_studies_by_their_design_titles() -> None:
    # 48 clinical and public-health abstracts, medRxiv and journal style, written on 5 December and read
    # first with the rules of 77c883b: of the writer's 19 builds-on pairs 13, 2 false, and of 32 shared pairs
    # 21, 12 false; now 16, 1 false, and 20, none false: a scale and a pregnancy cohort both VESPER are
    # told apart by what users call them ("the VESPER pregnancy cohort"), the scale's long form past "of"
    # and "and" gives its acronym, design papers' titles introduce the TESSERA registry and trial, and
    # "models such as BLOSSOM could not be evaluated" uses nothing. A preprint and its journal version
    # (MIRADOR) keep their candidate edge
    builds_on, shared = _loaded_pairs("other-fields-probes-39.jsonl")
    assert builds_on == {
        ("p39-20", "p39-04"), ("p39-22", "p39-06"), ("p39-25", "p39-01"), ("p39-26", "p39-10"),
        ("p39-28", "p39-06"), ("p39-29", "p39-13"), ("p39-31", "p39-15"), ("p39-32", "p39-24"),
        ("p39-33", "p39-09"), ("p39-35", "p39-19"), ("p39-38", "p39-06"), ("p39-38", "p39-14"),
        ("p39-44", "p39-36"), ("p39-45", "p39-37"), ("p39-47", "p39-15"), ("p39-48", "p39-24"),
        # (7 December, nineteenth: "Design, Setting, and Participants: SPARROW (...) was a pragmatic,
        # cluster-randomised trial" presents SPARROW, whose data its economic evaluation uses)
        ("p39-40", "p39-34"),
        ("p39-16", "p39-13"),  # FALSE: "interventions, such as the ongoing TESSERA trial ..., address"
    }  # fmt: skip
    assert shared == {
        ("p39-01", "p39-25"), ("p39-06", "p39-22"), ("p39-06", "p39-28"), ("p39-06", "p39-38"),
        ("p39-07", "p39-23"), ("p39-07", "p39-47"), ("p39-09", "p39-12"), ("p39-09", "p39-17"),
        ("p39-09", "p39-33"), ("p39-11", "p39-35"), ("p39-12", "p39-17"), ("p39-22", "p39-28"),
        ("p39-22", "p39-38"), ("p39-23", "p39-47"), ("p39-24", "p39-32"), ("p39-24", "p39-48"),
        ("p39-28", "p39-38"), ("p39-32", "p39-48"), ("p39-36", "p39-44"), ("p39-43", "p39-46"),
        ("p39-34", "p39-40"),
        # SEER (public data the lexicon knows; 6 December, seventh)
        ("p39-02", "p39-42"),
    }  # fmt: skip


def test_the_forty_first_probes_in_psychology_written_after_the_sessions_rules() -> None:
    # 48 abstracts of clinical, developmental, social, personality and educational psychology, cognitive
    # neuroscience, psycholinguistics and experimental economics, written after every rule of 5 December
    # (second) and read first with them: of the writer's 31 builds-on pairs 19, 1 false (19 and 5 false
    # with 77c883b), and of 23 shared pairs 7, none false (4 and 12 false with 77c883b). "...: primary
    # outcomes of the HARBOR randomized controlled trial" then introduced the trial: 20, none false; "We
    # introduce the Lantern task, a touchscreen set-shifting paradigm" (6 December, fifth): 26
    builds_on, shared = _loaded_pairs("other-fields-probes-41.jsonl")
    assert builds_on == {
        ("p41-17", "p41-01"), ("p41-17", "p41-09"), ("p41-18", "p41-10"), ("p41-19", "p41-03"),
        ("p41-20", "p41-04"), ("p41-21", "p41-05"), ("p41-24", "p41-08"), ("p41-30", "p41-10"),
        ("p41-31", "p41-15"), ("p41-33", "p41-09"), ("p41-34", "p41-10"), ("p41-35", "p41-27"),
        ("p41-36", "p41-04"), ("p41-37", "p41-04"), ("p41-37", "p41-29"), ("p41-39", "p41-41"),
        ("p41-40", "p41-08"), ("p41-40", "p41-15"), ("p41-41", "p41-09"), ("p41-43", "p41-03"),
        ("p41-43", "p41-27"), ("p41-45", "p41-05"), ("p41-46", "p41-22"), ("p41-46", "p41-29"),
        ("p41-47", "p41-15"), ("p41-48", "p41-32"),
    }  # fmt: skip
    assert shared == {
        ("p41-01", "p41-17"), ("p41-05", "p41-21"), ("p41-05", "p41-45"), ("p41-12", "p41-28"),
        ("p41-12", "p41-44"), ("p41-13", "p41-42"), ("p41-21", "p41-45"), ("p41-28", "p41-44"),
        # a database of things is data (a title "X: a ... database of ..."; 5 December, fifth)
        ("p41-29", "p41-37"), ("p41-29", "p41-46"), ("p41-37", "p41-46"),
        # Adolescent Brain Cognitive Development (public data the lexicon knows; 6 December, seventh)
        ("p41-25", "p41-26"), ("p41-25", "p41-28"), ("p41-26", "p41-28"),
        # SOEP (public data the lexicon knows; 6 December, seventh)
        ("p41-07", "p41-16"),
        # World Values Survey (public data the lexicon knows; 6 December, seventh)
        ("p41-11", "p41-47"),
        # PISA (public data the lexicon knows; 6 December, seventh)
        ("p41-14", "p41-38"),
    }  # fmt: skip


def test_the_forty_second_probes_of_computer_science_preprints_written_after_the_sessions_rules() -> None:
    # 48 terse arXiv abstracts of databases, PL, systems, security, HCI, geometry, software engineering and
    # theory, written after every rule of 5 December (second) and read first with them: of the writer's 27
    # builds-on pairs 25, 5 false (23 and 7 false with 77c883b); "do not remesh with Tansy" then used
    # nothing: 4 false; "We had intended to use ... Tidewater ..., but could not run it" (5 December,
    # fourth): 3; "Cinder, Meta's performance-oriented fork of CPython" (a name made of a word, its user
    # of another subject): 2; "We considered checking ... with Vellum, but Vellum was not applicable" (6
    # December, fifth): 1. Of 32 shared pairs 14, 2 false
    builds_on, shared = _loaded_pairs("other-fields-probes-42.jsonl")
    assert builds_on == {
        ("p42-09", "p42-01"), ("p42-17", "p42-02"), ("p42-17", "p42-09"), ("p42-18", "p42-03"),
        ("p42-19", "p42-05"), ("p42-20", "p42-06"), ("p42-21", "p42-12"), ("p42-22", "p42-08"),
        ("p42-22", "p42-14"), ("p42-23", "p42-04"), ("p42-24", "p42-02"), ("p42-26", "p42-10"),
        ("p42-27", "p42-05"), ("p42-28", "p42-12"), ("p42-29", "p42-07"), ("p42-32", "p42-30"),
        ("p42-35", "p42-01"), ("p42-35", "p42-09"), ("p42-36", "p42-02"), ("p42-36", "p42-11"),
        ("p42-38", "p42-14"), ("p42-39", "p42-15"), ("p42-44", "p42-01"), ("p42-47", "p42-09"),
        ("p42-48", "p42-02"),
        ("p42-47", "p42-01"),  # FALSE: the flaky-test Sorrel of p42-04, not the cardinality estimator
    }  # fmt: skip
    assert shared == {
        ("p42-01", "p42-44"), ("p42-04", "p42-23"), ("p42-09", "p42-17"), ("p42-09", "p42-35"),
        ("p42-09", "p42-47"), ("p42-12", "p42-21"), ("p42-12", "p42-28"), ("p42-14", "p42-22"),
        ("p42-14", "p42-38"), ("p42-17", "p42-35"), ("p42-17", "p42-47"), ("p42-21", "p42-28"),
        ("p42-22", "p42-38"), ("p42-35", "p42-47"),
        ("p42-01", "p42-09"),  # FALSE: the Join Order Benchmark, which p42-09 names as background
        ("p42-09", "p42-44"),  # FALSE: the same
    }  # fmt: skip


def test_the_forty_third_probes_of_environmental_sciences_written_after_the_sessions_rules() -> None:
    # 48 abstracts of ecology, hydrology, climate, planning, energy, atmospheric chemistry, glaciology and
    # marine biology, some short and untitled, written after every rule of 5 December (second) and read
    # first with them: of the writer's 27 builds-on pairs 25, none false (21 and 4 false with 77c883b), and
    # of 70 shared pairs 17, none false (18 and 8 false). Missed: data named without a data word (ERA5
    # surface fluxes, Landsat scenes, MODIS products)
    builds_on, shared = _loaded_pairs("other-fields-probes-43.jsonl")
    assert builds_on == {
        ("p43-11", "p43-01"), ("p43-12", "p43-04"), ("p43-15", "p43-02"), ("p43-16", "p43-03"),
        ("p43-19", "p43-07"), ("p43-23", "p43-05"), ("p43-24", "p43-01"), ("p43-26", "p43-08"),
        ("p43-27", "p43-03"), ("p43-28", "p43-17"), ("p43-30", "p43-10"), ("p43-31", "p43-14"),
        ("p43-33", "p43-08"), ("p43-34", "p43-04"), ("p43-34", "p43-17"), ("p43-35", "p43-20"),
        ("p43-36", "p43-05"), ("p43-37", "p43-22"), ("p43-38", "p43-18"), ("p43-39", "p43-07"),
        ("p43-40", "p43-10"), ("p43-41", "p43-05"), ("p43-45", "p43-20"), ("p43-46", "p43-14"),
        ("p43-46", "p43-21"),
    }  # fmt: skip
    assert shared == {
        ("p43-02", "p43-15"), ("p43-04", "p43-12"), ("p43-04", "p43-34"), ("p43-08", "p43-26"),
        ("p43-08", "p43-33"), ("p43-10", "p43-40"), ("p43-11", "p43-22"), ("p43-11", "p43-37"),
        ("p43-12", "p43-34"), ("p43-13", "p43-29"), ("p43-20", "p43-35"),
        ("p43-20", "p43-45"), ("p43-22", "p43-37"), ("p43-26", "p43-33"),
        # (not p43-44 with DELTA-OX since 6 December, eleventh: "Constraining the box model with radical
        # observations, such as those from the DELTA-OX campaign, would be a valuable next step")
        ("p43-35", "p43-45"),
        # ERA5 (public data the lexicon knows; 6 December, seventh)
        ("p43-11", "p43-16"), ("p43-11", "p43-27"), ("p43-11", "p43-28"), ("p43-11", "p43-30"),
        ("p43-11", "p43-33"), ("p43-16", "p43-27"), ("p43-16", "p43-30"), ("p43-16", "p43-33"),
        ("p43-16", "p43-37"), ("p43-27", "p43-28"), ("p43-27", "p43-30"), ("p43-27", "p43-33"),
        ("p43-27", "p43-37"), ("p43-28", "p43-30"), ("p43-28", "p43-33"), ("p43-28", "p43-37"),
        ("p43-30", "p43-33"), ("p43-30", "p43-37"), ("p43-33", "p43-37"),
        # E-OBS (public data the lexicon knows; 6 December, seventh)
        ("p43-08", "p43-45"),
        # GBIF (public data the lexicon knows; 6 December, seventh)
        ("p43-05", "p43-41"), ("p43-05", "p43-48"), ("p43-41", "p43-48"),
        # OpenStreetMap (public data the lexicon knows; 6 December, seventh)
        ("p43-14", "p43-20"), ("p43-14", "p43-21"), ("p43-14", "p43-36"), ("p43-14", "p43-46"),
        ("p43-20", "p43-21"), ("p43-20", "p43-36"), ("p43-20", "p43-46"), ("p43-21", "p43-36"),
        ("p43-21", "p43-46"), ("p43-36", "p43-46"),
        # CMIP6 (public data the lexicon knows; 6 December, seventh)
        ("p43-16", "p43-24"), ("p43-16", "p43-45"), ("p43-24", "p43-28"), ("p43-24", "p43-45"),
        ("p43-28", "p43-45"),
        # CMIP6, ERA5 (public data the lexicon knows; 6 December, seventh)
        ("p43-16", "p43-28"),
    }  # fmt: skip


def test_the_fortieth_probes_in_agriculture_and_food_written_after_the_sessions_rules() -> None:
    # 48 abstracts of crop genomics, soil science, food science, animal nutrition, veterinary epidemiology,
    # aquaculture, agricultural economics and precision agriculture, written after every rule of 5 December
    # (second) and read first with them: of the writer's 23 builds-on pairs 20, 6 false (19 and 9 false
    # with 77c883b), and of 43 shared pairs 9, 4 false (11 and 6). "This data paper introduces MERIDIAN, a
    # ... survey" then introduced the panel, and "the GRANARY association panel" reached the barley panel,
    # not the flour benchmark of that name: every builds-on pair, 1 false, and 8 shared, none false
    builds_on, shared = _loaded_pairs("other-fields-probes-40.jsonl")
    assert builds_on == {
        ("p40-17", "p40-01"), ("p40-18", "p40-10"), ("p40-20", "p40-12"), ("p40-21", "p40-13"),
        ("p40-23", "p40-15"), ("p40-24", "p40-08"), ("p40-25", "p40-09"), ("p40-27", "p40-11"),
        ("p40-30", "p40-14"), ("p40-31", "p40-29"), ("p40-32", "p40-16"), ("p40-34", "p40-26"),
        ("p40-35", "p40-19"), ("p40-36", "p40-12"), ("p40-36", "p40-28"), ("p40-38", "p40-30"),
        ("p40-40", "p40-08"), ("p40-41", "p40-01"), ("p40-41", "p40-09"), ("p40-45", "p40-13"),
        ("p40-46", "p40-14"), ("p40-47", "p40-15"), ("p40-47", "p40-39"),
        # gone, not there (6 December): "growth data ... were not available in FermaBase"
    }  # fmt: skip
    assert shared == {
        ("p40-02", "p40-42"), ("p40-03", "p40-04"), ("p40-03", "p40-43"), ("p40-04", "p40-43"),
        ("p40-06", "p40-38"), ("p40-09", "p40-25"), ("p40-19", "p40-35"),
        # missed since 6 December: the GRANARY benchmark of flour spectra, now one of two data of that name
        # (a barley panel the other), not told apart for "the NIR spectra of the GRANARY benchmark"
        # ("p40-11", "p40-27"),
        # a database of things is data (a title "X: a ... database of ..."; 5 December, fifth)
        ("p40-28", "p40-36"), ("p40-39", "p40-47"),
        # gone, not there (6 December): FermaBase, which p40-43 does not use
        # the GRANARY association panel and the MERIDIAN household panel survey, data (6 December)
        ("p40-01", "p40-17"), ("p40-01", "p40-41"), ("p40-17", "p40-41"),
        # FAOSTAT (public data the lexicon knows; 6 December, seventh)
        ("p40-07", "p40-29"), ("p40-07", "p40-31"), ("p40-29", "p40-31"),
        # the MERIDIAN spectral library is data too (7 December, sixteenth): of two data of one name the
        # corpus holds one node, its first presenter's, and the household panel's users lose their shared
        # pairs (15-23, 15-47, 23-47), missed
        ("p40-10", "p40-18"),
    }  # fmt: skip


def test_the_forty_fourth_probes_of_astronomy_and_particle_physics_order_a_years_papers_by_text() -> None:
    # 48 arXiv abstracts of astronomy and astrophysics and of particle and nuclear physics, half of them of
    # 2024, written on 5 December (fourth) and read first with that session's starting rules (994fe9d): of
    # the writer's 29 builds-on pairs every one, 2 false ("PALIMPSEST-cleaned maps, which would require
    # ..., are not used", "rather than with Zephyr"), and of 49 shared pairs 18, 1 false. Now none false,
    # and "Planck PR4" a data release: 23 shared pairs. Left false: "the O4 and O5 catalogues" a paper is
    # designed to scale to and "the O5 run" another discusses, both to come
    builds_on, shared = _loaded_pairs("other-fields-probes-44.jsonl")
    assert builds_on == {
        ("p44-01", "p44-27"), ("p44-02", "p44-41"), ("p44-04", "p44-03"), ("p44-05", "p44-42"),
        ("p44-05", "p44-45"), ("p44-08", "p44-31"), ("p44-09", "p44-33"), ("p44-10", "p44-45"),
        ("p44-11", "p44-29"), ("p44-12", "p44-07"), ("p44-15", "p44-48"), ("p44-16", "p44-27"),
        ("p44-17", "p44-21"), ("p44-18", "p44-13"), ("p44-19", "p44-06"), ("p44-19", "p44-36"),
        ("p44-20", "p44-42"), ("p44-21", "p44-36"), ("p44-21", "p44-39"), ("p44-24", "p44-30"),
        ("p44-24", "p44-39"), ("p44-26", "p44-38"), ("p44-32", "p44-40"), ("p44-34", "p44-06"),
        ("p44-37", "p44-22"), ("p44-37", "p44-38"), ("p44-39", "p44-36"), ("p44-44", "p44-13"),
        ("p44-47", "p44-33"),
    }  # fmt: skip
    assert shared == {
        ("p44-02", "p44-11"), ("p44-02", "p44-17"), ("p44-02", "p44-29"), ("p44-02", "p44-41"),
        ("p44-03", "p44-04"), ("p44-11", "p44-17"), ("p44-11", "p44-29"), ("p44-11", "p44-41"),
        ("p44-15", "p44-48"), ("p44-18", "p44-35"), ("p44-18", "p44-44"), ("p44-19", "p44-21"),
        ("p44-19", "p44-36"), ("p44-19", "p44-39"), ("p44-21", "p44-24"), ("p44-21", "p44-36"),
        ("p44-21", "p44-39"), ("p44-22", "p44-37"), ("p44-24", "p44-39"), ("p44-29", "p44-41"),
        ("p44-32", "p44-40"), ("p44-35", "p44-44"), ("p44-36", "p44-39"),
        ("p44-31", "p44-43"),  # FALSE: the O5 catalogues and run, which neither paper has yet
        # the Bright Transient Survey, as "the ZTF Bright Transient Survey" and "labels from the Bright
        # Transient Survey": its keeper's acronym before it (6 December, tenth)
        ("p44-06", "p44-19"),
    }  # fmt: skip


def test_the_forty_fifth_probes_of_economics_and_finance_use_nothing_not_feasible() -> None:
    # 48 working-paper abstracts of labour, trade, development, macro, corporate and household finance and
    # asset pricing, written on 5 December (fourth) and read first with 994fe9d: of the writer's 26
    # builds-on pairs 24, 1 false ("A spell-level harmonisation in the style of BIOSPELL, developed for
    # German administrative data, was not feasible"), now none; of 34 shared pairs 6, none false. Missed:
    # FCX, a three-capital name with no long form, which only its own paper may claim (the index of p45-25
    # in its users' texts), and data named without a noun of data (CRSP returns, Compustat fundamentals,
    # RAIS, UN Comtrade)
    builds_on, shared = _loaded_pairs("other-fields-probes-45.jsonl")
    assert builds_on == {
        ("p45-03", "p45-01"), ("p45-04", "p45-03"), ("p45-06", "p45-05"), ("p45-09", "p45-07"),
        ("p45-11", "p45-07"), ("p45-12", "p45-08"), ("p45-15", "p45-13"), ("p45-17", "p45-15"),
        ("p45-21", "p45-19"), ("p45-22", "p45-20"), ("p45-23", "p45-19"), ("p45-24", "p45-23"),
        ("p45-30", "p45-28"), ("p45-32", "p45-31"), ("p45-34", "p45-32"), ("p45-35", "p45-31"),
        ("p45-35", "p45-32"), ("p45-39", "p45-37"), ("p45-40", "p45-38"), ("p45-41", "p45-38"),
        ("p45-46", "p45-43"), ("p45-47", "p45-45"), ("p45-48", "p45-20"), ("p45-48", "p45-45"),
    }  # fmt: skip
    assert shared == {
        ("p45-07", "p45-11"), ("p45-21", "p45-23"), ("p45-25", "p45-28"), ("p45-28", "p45-30"),
        ("p45-43", "p45-46"), ("p45-44", "p45-47"),
        ("p45-08", "p45-12"), ("p45-34", "p45-36"),  # Chinese Customs, TRACE (6 December)
        # GRAVITAS and HARVEST, panels of trade flows and of households (6 December)
        ("p45-07", "p45-09"), ("p45-09", "p45-11"), ("p45-13", "p45-15"), ("p45-15", "p45-17"),
        # CRSP (public data the lexicon knows; 6 December, seventh)
        ("p45-25", "p45-32"), ("p45-31", "p45-32"),
        # SOEP (public data the lexicon knows; 6 December, seventh)
        ("p45-02", "p45-37"), ("p45-02", "p45-39"), ("p45-37", "p45-39"),
        # FALSE: "libraries ... are built around CRSP and Compustat conventions, we construct the signals from
        # scratch" (of Chinese firms; 6 December, seventh)
        ("p45-25", "p45-33"), ("p45-31", "p45-33"), ("p45-32", "p45-33"),
        # Compustat, CRSP (public data the lexicon knows; 6 December, seventh)
        ("p45-25", "p45-31"),
        # Compustat (public data the lexicon knows; 6 December, seventh)
        ("p45-25", "p45-27"), ("p45-27", "p45-31"),
    }  # fmt: skip


def test_the_forty_sixth_probes_of_education_and_linguistics_exclude_what_was_considered() -> None:
    # 48 abstracts of assessment, learning platforms, classroom interventions, corpora, treebanks,
    # annotation schemes, proficiency tests and speech data, some by non-native writers, written on 5
    # December (fourth) and read first with 994fe9d: of the writer's 25 builds-on pairs 24, none false; of
    # 37 shared pairs 25, 4 false, 2 now ("The TOEFL11 corpus was considered as additional training data
    # but finally excluded" uses nothing). Left: a treebank "in Universal Dependencies" by its title, which
    # the writer does not count a user of UD's other treebanks
    builds_on, shared = _loaded_pairs("other-fields-probes-46.jsonl")
    assert builds_on == {
        ("p46-03", "p46-01"), ("p46-05", "p46-02"), ("p46-06", "p46-01"), ("p46-08", "p46-07"),
        ("p46-10", "p46-08"), ("p46-12", "p46-07"), ("p46-15", "p46-01"), ("p46-17", "p46-02"),
        ("p46-18", "p46-11"), ("p46-22", "p46-19"), ("p46-24", "p46-19"), ("p46-26", "p46-25"),
        ("p46-27", "p46-19"), ("p46-30", "p46-25"), ("p46-30", "p46-27"), ("p46-33", "p46-31"),
        ("p46-35", "p46-32"), ("p46-36", "p46-31"), ("p46-40", "p46-37"), ("p46-42", "p46-19"),
        ("p46-47", "p46-20"), ("p46-47", "p46-43"), ("p46-48", "p46-43"), ("p46-48", "p46-45"),
    }  # fmt: skip
    assert shared == {
        ("p46-03", "p46-04"), ("p46-19", "p46-22"), ("p46-19", "p46-24"), ("p46-19", "p46-27"),
        ("p46-19", "p46-42"), ("p46-20", "p46-47"), ("p46-21", "p46-24"), ("p46-22", "p46-24"),
        ("p46-22", "p46-27"), ("p46-22", "p46-42"), ("p46-23", "p46-34"), ("p46-24", "p46-27"),
        ("p46-24", "p46-42"), ("p46-25", "p46-26"), ("p46-25", "p46-30"), ("p46-26", "p46-30"),
        ("p46-27", "p46-29"), ("p46-27", "p46-30"), ("p46-27", "p46-42"), ("p46-28", "p46-29"),
        ("p46-41", "p46-46"), ("p46-43", "p46-47"), ("p46-43", "p46-48"), ("p46-45", "p46-48"),
        ("p46-47", "p46-48"),
        ("p46-25", "p46-27"),  # FALSE: Mizizi, a treebank "in Universal Dependencies" (its title)
        ("p46-25", "p46-29"),  # FALSE: the same
    }  # fmt: skip


def test_the_forty_seventh_probes_of_neuroscience_epidemiology_and_veterinary_science() -> None:
    # 48 abstracts of neuroscience, epidemiology and veterinary science, a quarter untitled, written on 5
    # December (fourth) and read first with 994fe9d: of the writer's 26 builds-on pairs 20, 2 false, and of
    # 26 shared pairs 20, 5 false. "systems such as ARISE ... so they were not used", "following the
    # ADNI-3 acquisition protocol", "intended to replicate ... in the Ravenna Memory Cohort, but this was
    # not possible" then used nothing, "The Ravenna Memory Cohort: design, baseline characteristics and
    # ..." and "We derived and validated a nine-item Community Frailty Index (CFI-9)" presented their
    # study and score: 24 builds-on pairs, 1 false, and 20 shared, none false. "the Spinnaker SDK" of a
    # camera reached a spindle detector until a name made of a word needed its user to share its maker's
    # subject: none false. Missed: LungPoint, which an untitled paper "describes"
    builds_on, shared = _loaded_pairs("other-fields-probes-47.jsonl")
    assert builds_on == {
        ("p47-07", "p47-01"), ("p47-11", "p47-02"), ("p47-12", "p47-03"), ("p47-13", "p47-04"),
        ("p47-19", "p47-10"), ("p47-23", "p47-08"), ("p47-25", "p47-01"), ("p47-29", "p47-02"),
        ("p47-30", "p47-15"), ("p47-31", "p47-04"), ("p47-34", "p47-16"), ("p47-35", "p47-14"),
        ("p47-36", "p47-21"), ("p47-37", "p47-28"), ("p47-38", "p47-20"), ("p47-40", "p47-10"),
        ("p47-41", "p47-26"), ("p47-42", "p47-33"), ("p47-43", "p47-16"), ("p47-44", "p47-20"),
        ("p47-45", "p47-14"), ("p47-46", "p47-22"), ("p47-47", "p47-14"), ("p47-48", "p47-33"),
    }  # fmt: skip
    assert shared == {
        ("p47-01", "p47-07"), ("p47-01", "p47-31"), ("p47-02", "p47-11"), ("p47-02", "p47-29"),
        ("p47-03", "p47-12"), ("p47-04", "p47-13"), ("p47-04", "p47-31"), ("p47-05", "p47-26"),
        ("p47-05", "p47-41"), ("p47-07", "p47-31"), ("p47-10", "p47-20"), ("p47-10", "p47-46"),
        ("p47-11", "p47-29"), ("p47-13", "p47-31"), ("p47-17", "p47-38"), ("p47-20", "p47-46"),
        ("p47-26", "p47-41"), ("p47-33", "p47-42"), ("p47-33", "p47-48"), ("p47-42", "p47-48"),
        # Human Connectome Project (public data the lexicon knows; 6 December, seventh)
        ("p47-19", "p47-22"), ("p47-19", "p47-25"), ("p47-22", "p47-25"),
        # "the Montreal Archive of Sleep Studies (MASS)", studies named with their acronym (7 December,
        # thirteenth)
        ("p47-28", "p47-37"),
        # "1,102 participants in the Parkinson's Progression Markers Initiative (PPMI)", people counted in a
        # named study (7 December, fourteenth)
        ("p47-16", "p47-40"),
    }  # fmt: skip


def test_the_forty_eighth_probes_of_robotics_use_nothing_they_had_intended_to() -> None:
    # 48 abstracts of legged robots, manipulation, SLAM, driving, planning, control, aerial robots and robot
    # learning, written on 5 December (fourth) after this session's first rules and read with them first:
    # of the writer's 37 builds-on pairs 36, 3 false (3 with 994fe9d), and of 37 shared pairs 29, 4 false
    # (5). "We had intended to close the loop with Caravel, but ..." and "benchmarks such as Gauntlet
    # contain only single-arm queries" then used nothing: 1 false each. Left false: "We had also planned to
    # evaluate in darkness and snowfall, but the Umbra dataset does not provide occupancy ground truth".
    # Missed since a name made of a word needs its user to share its maker's subject: "a team of four
    # Kestrel quadrotors exploring an underground parking garage" (three topic words shared)
    builds_on, shared = _loaded_pairs("other-fields-probes-48.jsonl")
    assert builds_on == {
        ("p48-02", "p48-01"), ("p48-04", "p48-01"), ("p48-04", "p48-03"), ("p48-06", "p48-03"),
        ("p48-08", "p48-07"), ("p48-09", "p48-07"), ("p48-09", "p48-08"), ("p48-11", "p48-10"),
        ("p48-15", "p48-14"), ("p48-16", "p48-14"), ("p48-16", "p48-15"), ("p48-17", "p48-13"),
        ("p48-18", "p48-15"), ("p48-20", "p48-19"), ("p48-21", "p48-19"), ("p48-21", "p48-20"),
        ("p48-24", "p48-22"), ("p48-26", "p48-25"), ("p48-27", "p48-25"), ("p48-27", "p48-26"),
        ("p48-30", "p48-25"), ("p48-30", "p48-26"), ("p48-33", "p48-31"), ("p48-34", "p48-32"),
        ("p48-35", "p48-31"), ("p48-36", "p48-32"), ("p48-38", "p48-37"), ("p48-39", "p48-38"),
        ("p48-42", "p48-38"), ("p48-44", "p48-43"), ("p48-45", "p48-43"),
        ("p48-45", "p48-44"), ("p48-47", "p48-10"), ("p48-47", "p48-44"), ("p48-48", "p48-41"),
        ("p48-23", "p48-19"),  # FALSE: "but the Umbra dataset does not provide occupancy ground truth"
    }  # fmt: skip
    assert shared == {
        ("p48-03", "p48-04"), ("p48-03", "p48-06"), ("p48-04", "p48-06"), ("p48-08", "p48-09"),
        ("p48-13", "p48-17"), ("p48-14", "p48-15"), ("p48-14", "p48-16"), ("p48-15", "p48-16"),
        ("p48-19", "p48-20"), ("p48-19", "p48-21"), ("p48-20", "p48-21"), ("p48-20", "p48-23"),
        ("p48-20", "p48-24"), ("p48-21", "p48-23"), ("p48-21", "p48-24"), ("p48-22", "p48-24"),
        ("p48-23", "p48-24"), ("p48-24", "p48-28"), ("p48-26", "p48-27"), ("p48-26", "p48-30"),
        ("p48-27", "p48-30"), ("p48-38", "p48-39"), ("p48-38", "p48-42"), ("p48-39", "p48-40"),
        ("p48-39", "p48-42"), ("p48-44", "p48-45"), ("p48-44", "p48-47"), ("p48-45", "p48-47"),
        ("p48-46", "p48-47"),
        ("p48-19", "p48-23"),  # FALSE: the same
    }  # fmt: skip


def test_the_forty_ninth_probes_of_public_health_and_nursing_read_scales_and_trials() -> None:
    # 48 abstracts of national surveys, nursing scales, maternal health, community interventions, quality
    # indicators, registries and programme evaluation, a quarter untitled, written on 5 December (fourth)
    # and read first with that session's rules: of the writer's 19 builds-on pairs 14, none false, and of 14
    # shared pairs 6, 3 false. "the Perceived Workload Intensity Scale for Nurses (PWIS-N)" then was an
    # instrument, "...: the MAMA-Link cluster randomised trial" a trial, and "but it lacks ... and was
    # therefore not used" and "the MBS-12, originally derived from US National Health Interview Survey
    # data," used no NHANES or NHIS data: 18 builds-on pairs, none false. Left: the trial's data, shared
    # by a trial-based analysis and by a paper on its scale-up, which the writer counts as no data
    builds_on, shared = _loaded_pairs("other-fields-probes-49.jsonl")
    assert builds_on == {
        ("p49-03", "p49-02"), ("p49-06", "p49-05"), ("p49-08", "p49-07"), ("p49-10", "p49-09"),
        ("p49-12", "p49-07"), ("p49-15", "p49-14"), ("p49-17", "p49-16"), ("p49-20", "p49-19"),
        ("p49-27", "p49-25"), ("p49-29", "p49-11"), ("p49-33", "p49-32"), ("p49-35", "p49-34"),
        ("p49-38", "p49-37"), ("p49-41", "p49-40"), ("p49-43", "p49-02"), ("p49-45", "p49-16"),
        ("p49-45", "p49-44"), ("p49-48", "p49-47"),
    }  # fmt: skip
    assert shared == {
        ("p49-01", "p49-02"), ("p49-09", "p49-10"), ("p49-13", "p49-14"), ("p49-26", "p49-28"),
        ("p49-29", "p49-30"), ("p49-32", "p49-33"),
        ("p49-16", "p49-17"),  # FALSE (by the key): MAMA-Link, a trial and an intervention
        # a database of things is data (a title "X: a ... database of ..."; 5 December, fifth)
        ("p49-47", "p49-48"),
        # BRFSS (public data the lexicon knows; 6 December, seventh)
        ("p49-02", "p49-03"), ("p49-02", "p49-43"), ("p49-03", "p49-43"),
        # SEER (public data the lexicon knows; 6 December, seventh)
        ("p49-31", "p49-35"),
    }  # fmt: skip


def test_the_fiftieth_probes_of_energy_and_transport_written_after_the_sessions_rules() -> None:
    # 48 abstracts of distribution grids, power flow, load data, traffic data and simulation, planning
    # tools, EV charging, and solar and wind integration, written on 5 December (fourth) and read first
    # with that session's rules: every one of the writer's 28 builds-on pairs, none false, and of 45 shared
    # pairs 27, none false (with 994fe9d: 28 and 27, 1 false)
    builds_on, shared = _loaded_pairs("other-fields-probes-50.jsonl")
    assert builds_on == {
        ("p50-03", "p50-01"), ("p50-04", "p50-02"), ("p50-05", "p50-01"), ("p50-06", "p50-05"),
        ("p50-09", "p50-07"), ("p50-09", "p50-08"), ("p50-12", "p50-08"), ("p50-14", "p50-13"),
        ("p50-16", "p50-13"), ("p50-16", "p50-14"), ("p50-17", "p50-15"), ("p50-22", "p50-19"),
        ("p50-23", "p50-20"), ("p50-24", "p50-19"), ("p50-27", "p50-25"), ("p50-28", "p50-25"),
        ("p50-29", "p50-27"), ("p50-29", "p50-28"), ("p50-32", "p50-31"), ("p50-35", "p50-31"),
        ("p50-36", "p50-34"), ("p50-39", "p50-01"), ("p50-40", "p50-15"), ("p50-40", "p50-37"),
        ("p50-41", "p50-28"), ("p50-42", "p50-38"), ("p50-46", "p50-43"), ("p50-48", "p50-45"),
    }  # fmt: skip
    assert shared == {
        ("p50-01", "p50-03"), ("p50-01", "p50-05"), ("p50-01", "p50-25"), ("p50-01", "p50-39"),
        ("p50-01", "p50-41"), ("p50-03", "p50-05"), ("p50-03", "p50-39"), ("p50-05", "p50-39"),
        ("p50-08", "p50-09"), ("p50-08", "p50-12"), ("p50-09", "p50-12"), ("p50-13", "p50-14"),
        ("p50-13", "p50-16"), ("p50-14", "p50-16"), ("p50-14", "p50-18"), ("p50-19", "p50-22"),
        ("p50-19", "p50-24"), ("p50-20", "p50-23"), ("p50-21", "p50-23"), ("p50-25", "p50-41"),
        ("p50-31", "p50-35"), ("p50-31", "p50-45"), ("p50-35", "p50-45"), ("p50-37", "p50-40"),
        ("p50-44", "p50-46"), ("p50-44", "p50-48"), ("p50-46", "p50-48"),
    }  # fmt: skip


def test_the_fifty_first_probes_of_the_smaller_faculties_written_after_the_sessions_rules() -> None:
    # 48 abstracts of architecture, music, sport science, tourism, fine art and theology, written on 5
    # December (fourth) after that session's first rules and read with them first: of the writer's 19
    # builds-on pairs 18, 1 false (2 with 994fe9d: "the StayLens corpus ... were considered ... but
    # excluded"), and of 22 shared pairs 11, 3 false (5). John Blow's "Amphion Anglicus" (1700), a book of
    # songs, reached a corpus named Amphion until a name made of a word needed its user to share its maker's
    # subject (as many topic words as two papers on one subject share): now none false, 1 shared. Left: the
    # choir recordings of a paper adapting the Tutti protocol, which the writer counts as its own
    builds_on, shared = _loaded_pairs("other-fields-probes-51.jsonl")
    assert builds_on == {
        ("p51-03", "p51-01"), ("p51-06", "p51-02"), ("p51-07", "p51-05"), ("p51-11", "p51-09"),
        ("p51-13", "p51-10"), ("p51-15", "p51-10"), ("p51-19", "p51-17"), ("p51-21", "p51-18"),
        ("p51-23", "p51-17"), ("p51-23", "p51-18"), ("p51-27", "p51-25"), ("p51-29", "p51-26"),
        ("p51-32", "p51-31"), ("p51-35", "p51-33"), ("p51-38", "p51-36"), ("p51-39", "p51-05"),
        ("p51-45", "p51-41"), ("p51-48", "p51-47"),
        # (since 7 December, thirteenth) "Using the Music and Worship Absorption Scale (MAWS), we surveyed"
        ("p51-42", "p51-12"),
    }  # fmt: skip
    assert shared == {
        ("p51-01", "p51-03"), ("p51-09", "p51-11"), ("p51-10", "p51-13"),
        ("p51-17", "p51-19"), ("p51-17", "p51-23"), ("p51-19", "p51-23"), ("p51-25", "p51-27"),
        ("p51-33", "p51-35"), ("p51-35", "p51-37"), ("p51-41", "p51-45"),
        # ("Adapting the Tutti recording protocol": its own recordings, since 5 December, sixth; p51-10 and
        # p51-15 share the Gold-MSI, not read as data)
        # Vigil, "a longitudinal panel of 1,042 ministers" (6 December)
        ("p51-47", "p51-48"),
        # Pigmenta, a reference library of XRF spectra, is data (7 December, sixteenth)
        ("p51-36", "p51-38"),
    }  # fmt: skip



def test_the_fifty_second_probes_of_remote_sensing_written_after_the_sessions_rules() -> None:
    # 48 abstracts of land cover, SAR, spectral indices, gazetteers, urban remote sensing, surface water,
    # forest lidar and crop mapping, written after every rule of 5 December (fourth) up to 9f48be3 and read
    # first with the session's rules: of the writer's 34 builds-on pairs 33, 1 false, and of 321 shared pairs
    # 156, 2 false (the same with 994fe9d). "datasets such as RoofPrint-SSA, which does not include Nairobi,
    # and the Microsoft footprints, which omit ..., could not be used" then used neither: none false
    builds_on, shared = _loaded_pairs("other-fields-probes-52.jsonl")
    assert builds_on == {
        ("p52-08", "p52-01"), ("p52-10", "p52-01"), ("p52-14", "p52-04"), ("p52-16", "p52-02"),
        ("p52-17", "p52-01"), ("p52-18", "p52-07"), ("p52-18", "p52-09"), ("p52-19", "p52-13"),
        ("p52-21", "p52-11"), ("p52-21", "p52-17"), ("p52-24", "p52-12"), ("p52-25", "p52-10"),
        ("p52-27", "p52-19"), ("p52-28", "p52-03"), ("p52-28", "p52-26"), ("p52-29", "p52-05"),
        ("p52-30", "p52-02"), ("p52-30", "p52-16"), ("p52-33", "p52-10"), ("p52-34", "p52-20"),
        ("p52-37", "p52-04"), ("p52-37", "p52-13"), ("p52-38", "p52-03"), ("p52-38", "p52-17"),
        ("p52-41", "p52-09"), ("p52-42", "p52-20"), ("p52-43", "p52-13"), ("p52-43", "p52-19"),
        ("p52-44", "p52-36"), ("p52-45", "p52-38"), ("p52-46", "p52-07"), ("p52-46", "p52-26"),
        ("p52-48", "p52-01"),
        # 'mountain land-cover classification on ALPSCAPE-SAR with its valley-disjoint splits'
        ("p52-47", "p52-33"),
    }  # fmt: skip
    assert shared == {
        ("p52-01", "p52-10"), ("p52-01", "p52-13"), ("p52-01", "p52-15"), ("p52-01", "p52-19"),
        ("p52-01", "p52-21"), ("p52-01", "p52-33"), ("p52-01", "p52-38"), ("p52-01", "p52-43"),
        ("p52-01", "p52-44"), ("p52-01", "p52-47"), ("p52-03", "p52-10"), ("p52-03", "p52-13"),
        ("p52-03", "p52-15"), ("p52-03", "p52-19"), ("p52-03", "p52-21"), ("p52-03", "p52-33"),
        ("p52-03", "p52-38"), ("p52-03", "p52-43"), ("p52-03", "p52-44"), ("p52-03", "p52-47"),
        ("p52-08", "p52-10"), ("p52-08", "p52-13"), ("p52-08", "p52-15"), ("p52-08", "p52-19"),
        ("p52-08", "p52-21"), ("p52-08", "p52-33"), ("p52-08", "p52-38"), ("p52-08", "p52-43"),
        ("p52-08", "p52-44"), ("p52-08", "p52-47"), ("p52-10", "p52-13"), ("p52-10", "p52-15"),
        ("p52-10", "p52-17"), ("p52-10", "p52-19"), ("p52-10", "p52-20"), ("p52-10", "p52-21"),
        ("p52-10", "p52-25"), ("p52-10", "p52-33"), ("p52-10", "p52-37"),
        ("p52-10", "p52-38"), ("p52-10", "p52-42"), ("p52-10", "p52-43"), ("p52-10", "p52-44"),
        ("p52-10", "p52-45"), ("p52-10", "p52-47"), ("p52-10", "p52-48"), ("p52-13", "p52-15"),
        ("p52-13", "p52-17"), ("p52-13", "p52-19"), ("p52-13", "p52-21"),
        ("p52-13", "p52-25"), ("p52-13", "p52-33"), ("p52-13", "p52-37"),
        ("p52-13", "p52-38"), ("p52-13", "p52-42"), ("p52-13", "p52-43"), ("p52-13", "p52-44"),
        ("p52-13", "p52-47"), ("p52-13", "p52-48"), ("p52-15", "p52-17"),
        ("p52-15", "p52-19"), ("p52-15", "p52-20"), ("p52-15", "p52-21"), ("p52-15", "p52-25"),
        ("p52-15", "p52-33"), ("p52-15", "p52-35"), ("p52-15", "p52-37"), ("p52-15", "p52-38"),
        ("p52-15", "p52-42"), ("p52-15", "p52-43"), ("p52-15", "p52-44"), ("p52-15", "p52-45"),
        ("p52-15", "p52-47"), ("p52-15", "p52-48"), ("p52-17", "p52-19"), ("p52-17", "p52-21"),
        ("p52-17", "p52-33"), ("p52-17", "p52-38"), ("p52-17", "p52-43"), ("p52-17", "p52-44"),
        ("p52-17", "p52-47"), ("p52-19", "p52-20"), ("p52-19", "p52-21"), ("p52-19", "p52-25"),
        ("p52-19", "p52-33"), ("p52-19", "p52-37"), ("p52-19", "p52-38"),
        ("p52-19", "p52-42"), ("p52-19", "p52-43"), ("p52-19", "p52-44"), ("p52-19", "p52-45"),
        ("p52-19", "p52-47"), ("p52-19", "p52-48"), ("p52-20", "p52-21"), ("p52-20", "p52-33"),
        ("p52-20", "p52-38"), ("p52-20", "p52-43"), ("p52-20", "p52-44"), ("p52-20", "p52-47"),
        ("p52-21", "p52-25"), ("p52-21", "p52-33"), ("p52-21", "p52-35"), ("p52-21", "p52-37"),
        ("p52-21", "p52-38"), ("p52-21", "p52-42"), ("p52-21", "p52-43"), ("p52-21", "p52-44"),
        ("p52-21", "p52-45"), ("p52-21", "p52-47"), ("p52-21", "p52-48"), ("p52-25", "p52-33"),
        ("p52-25", "p52-38"), ("p52-25", "p52-43"), ("p52-25", "p52-44"), ("p52-25", "p52-47"),
        ("p52-26", "p52-28"), ("p52-26", "p52-46"), ("p52-28", "p52-46"), ("p52-33", "p52-35"),
        ("p52-33", "p52-37"), ("p52-33", "p52-38"), ("p52-33", "p52-42"), ("p52-33", "p52-43"),
        ("p52-33", "p52-44"), ("p52-33", "p52-45"), ("p52-33", "p52-47"), ("p52-33", "p52-48"),
        ("p52-35", "p52-38"), ("p52-35", "p52-43"), ("p52-35", "p52-44"), ("p52-35", "p52-47"),
        ("p52-37", "p52-38"), ("p52-37", "p52-43"), ("p52-37", "p52-44"), ("p52-37", "p52-47"),
        ("p52-38", "p52-42"), ("p52-38", "p52-43"), ("p52-38", "p52-44"), ("p52-38", "p52-45"),
        ("p52-38", "p52-47"), ("p52-38", "p52-48"), ("p52-42", "p52-43"), ("p52-42", "p52-44"),
        ("p52-42", "p52-47"), ("p52-43", "p52-44"), ("p52-43", "p52-45"), ("p52-43", "p52-47"),
        ("p52-43", "p52-48"), ("p52-44", "p52-45"), ("p52-44", "p52-47"), ("p52-44", "p52-48"),
        ("p52-45", "p52-47"), ("p52-47", "p52-48"),
        # a database of things is data (a title "X: a ... database of ..."; 5 December, fifth)
        ("p52-11", "p52-21"),
        ("p52-09", "p52-41"),  # the VIIRS Day/Night Band (6 December)
        # ANDESNAMES, "a multilingual gazetteer of ... toponyms", and two papers resolving names with it
        ("p52-02", "p52-16"), ("p52-02", "p52-30"), ("p52-16", "p52-30"),
        # (five pairs of Sentinel-2's users, p52-13 with p52-20, -35 and -45, p52-35 with p52-10 and -19, fell
        # out of a paper's ten when OpenStreetMap and SRTM joined their hubs; 6 December, seventh session)
        # OpenStreetMap (public data the lexicon knows; 6 December, seventh)
        ("p52-02", "p52-26"), ("p52-02", "p52-35"), ("p52-02", "p52-36"), ("p52-02", "p52-44"),
        ("p52-26", "p52-35"), ("p52-26", "p52-36"), ("p52-26", "p52-44"), ("p52-35", "p52-36"),
        ("p52-36", "p52-44"),
        # CHIRPS (public data the lexicon knows; 6 December, seventh)
        ("p52-14", "p52-45"),
        # SRTM (public data the lexicon knows; 6 December, seventh)
        ("p52-20", "p52-22"),
    }  # fmt: skip


def test_the_fifty_third_probes_of_dentistry_ophthalmology_and_dermatology() -> None:
    # 48 abstracts of dentistry, ophthalmology and dermatology, a quarter untitled, written after every rule
    # of 5 December (fourth) up to 9f48be3 and read first with the session's rules: of the writer's 22
    # builds-on pairs 20, none false, and of 23 shared pairs 15, 3 false (the same with 994fe9d). "Unlike the
    # original RetiGrade, which was trained on EyePACS images, ..." then used no EyePACS: 2 false. Left: the
    # Korea National Health and Nutrition Examination Survey (KNHANES) read as NHANES, its US namesake
    builds_on, shared = _loaded_pairs("other-fields-probes-53.jsonl")
    assert builds_on == {
        ("p53-10", "p53-01"), ("p53-17", "p53-02"), ("p53-18", "p53-03"), ("p53-19", "p53-16"),
        ("p53-21", "p53-06"), ("p53-23", "p53-08"), ("p53-24", "p53-05"), ("p53-25", "p53-07"),
        ("p53-26", "p53-14"), ("p53-28", "p53-01"), ("p53-30", "p53-15"), ("p53-35", "p53-02"),
        ("p53-37", "p53-19"), ("p53-39", "p53-06"), ("p53-39", "p53-27"), ("p53-41", "p53-08"),
        ("p53-46", "p53-16"), ("p53-47", "p53-20"), ("p53-48", "p53-15"), ("p53-48", "p53-33"),
    }  # fmt: skip
    assert shared == {
        ("p53-01", "p53-10"), ("p53-01", "p53-28"), ("p53-02", "p53-17"), ("p53-04", "p53-43"),
        ("p53-10", "p53-28"), ("p53-11", "p53-26"), ("p53-11", "p53-36"), ("p53-16", "p53-19"),
        ("p53-16", "p53-46"), ("p53-19", "p53-46"), ("p53-20", "p53-47"), ("p53-21", "p53-39"),
        ("p53-26", "p53-36"), ("p53-27", "p53-39"),
        # "REACH-AD: design and baseline characteristics of a national registry": its users share it
        ("p53-15", "p53-30"), ("p53-15", "p53-48"), ("p53-30", "p53-48"),
        ("p53-04", "p53-34"),  # FALSE: KNHANES, read as the NHANES its name holds
        ("p53-34", "p53-43"),  # FALSE: the same
        # ISIC (public data the lexicon knows; 6 December, seventh)
        ("p53-06", "p53-27"),
    }  # fmt: skip


def test_the_fifty_fourth_probes_of_information_science_use_no_database_others_would_replace() -> None:
    # 48 abstracts of citation databases, indicators, classification, metadata, test collections, name
    # disambiguation, libraries and scholarly communication, written after every rule of 5 December (fourth)
    # up to 9f48be3 and read first with the session's rules: every one of the writer's 21 builds-on pairs, 1
    # false, and of 129 shared pairs 56, 6 false (the same with 994fe9d). "proposed as replacements for Scopus
    # and Web of Science" then used neither, and "Concordia University Library" is no tool named Concordia:
    # none false
    builds_on, shared = _loaded_pairs("other-fields-probes-54.jsonl")
    assert builds_on == {
        ("p54-02", "p54-01"), ("p54-04", "p54-03"), ("p54-06", "p54-01"), ("p54-08", "p54-07"),
        ("p54-10", "p54-09"), ("p54-12", "p54-07"), ("p54-15", "p54-13"), ("p54-16", "p54-14"),
        ("p54-20", "p54-19"), ("p54-23", "p54-22"), ("p54-24", "p54-19"), ("p54-28", "p54-25"),
        ("p54-28", "p54-27"), ("p54-30", "p54-29"), ("p54-32", "p54-31"), ("p54-34", "p54-33"),
        ("p54-36", "p54-31"), ("p54-38", "p54-37"), ("p54-42", "p54-41"), ("p54-47", "p54-44"),
        ("p54-48", "p54-45"),
    }  # fmt: skip
    assert shared == {
        ("p54-01", "p54-02"), ("p54-01", "p54-05"), ("p54-01", "p54-06"), ("p54-01", "p54-07"),
        ("p54-01", "p54-08"), ("p54-01", "p54-13"), ("p54-01", "p54-15"), ("p54-01", "p54-33"),
        ("p54-01", "p54-34"), ("p54-01", "p54-35"), ("p54-01", "p54-43"), ("p54-02", "p54-05"),
        ("p54-02", "p54-06"), ("p54-02", "p54-07"), ("p54-02", "p54-08"), ("p54-02", "p54-13"),
        ("p54-02", "p54-15"), ("p54-02", "p54-33"), ("p54-02", "p54-34"), ("p54-02", "p54-35"),
        ("p54-05", "p54-06"), ("p54-05", "p54-08"), ("p54-05", "p54-13"), ("p54-05", "p54-15"),
        ("p54-05", "p54-33"), ("p54-05", "p54-34"), ("p54-06", "p54-08"), ("p54-06", "p54-13"),
        ("p54-06", "p54-15"), ("p54-06", "p54-33"), ("p54-06", "p54-34"), ("p54-06", "p54-45"),
        ("p54-06", "p54-48"), ("p54-07", "p54-15"), ("p54-07", "p54-35"), ("p54-08", "p54-13"),
        ("p54-08", "p54-15"), ("p54-08", "p54-33"), ("p54-08", "p54-34"), ("p54-11", "p54-46"),
        ("p54-13", "p54-15"), ("p54-13", "p54-33"), ("p54-13", "p54-34"), ("p54-15", "p54-33"),
        ("p54-15", "p54-34"), ("p54-15", "p54-35"), ("p54-25", "p54-28"), ("p54-29", "p54-30"),
        ("p54-33", "p54-34"), ("p54-39", "p54-40"), ("p54-41", "p54-42"), ("p54-44", "p54-47"),
        ("p54-45", "p54-48"),
        # TREC-COVID, examined by one and used 'on TREC-COVID' with nDCG@10 by the other (6 December,
        # eleventh)
        ("p54-26", "p54-27"),
    }  # fmt: skip


def test_the_fifty_fifth_probes_of_zoology_and_marine_biology_written_after_the_sessions_rules() -> None:
    # 48 abstracts of cetacean acoustics, tracking, telemetry, behaviour coding, bird song, species databases,
    # collective behaviour and reef imaging, written after every rule of 5 December (fourth) up to 9f48be3 and
    # read first with the session's rules: every one of the writer's 28 builds-on pairs and 13 of 26 shared
    # pairs, none false (the same with 994fe9d)
    builds_on, shared = _loaded_pairs("other-fields-probes-55.jsonl")
    assert builds_on == {
        ("p55-02", "p55-01"), ("p55-04", "p55-01"), ("p55-04", "p55-02"), ("p55-06", "p55-02"),
        ("p55-09", "p55-07"), ("p55-11", "p55-08"), ("p55-12", "p55-07"), ("p55-15", "p55-14"),
        ("p55-16", "p55-14"), ("p55-17", "p55-13"), ("p55-21", "p55-19"), ("p55-22", "p55-19"),
        ("p55-24", "p55-22"), ("p55-24", "p55-23"), ("p55-27", "p55-25"), ("p55-29", "p55-28"),
        ("p55-30", "p55-25"), ("p55-33", "p55-31"), ("p55-34", "p55-32"), ("p55-35", "p55-32"),
        ("p55-36", "p55-31"), ("p55-39", "p55-37"), ("p55-40", "p55-37"), ("p55-40", "p55-38"),
        ("p55-42", "p55-41"), ("p55-45", "p55-43"), ("p55-47", "p55-43"), ("p55-47", "p55-45"),
    }  # fmt: skip
    assert shared == {
        ("p55-02", "p55-06"), ("p55-07", "p55-09"), ("p55-08", "p55-11"), ("p55-10", "p55-12"),
        ("p55-17", "p55-18"), ("p55-25", "p55-27"), ("p55-25", "p55-30"), ("p55-27", "p55-30"),
        ("p55-35", "p55-46"), ("p55-38", "p55-40"), ("p55-43", "p55-45"), ("p55-43", "p55-47"),
        ("p55-45", "p55-47"),
        # a database of things is data (a title "X: a ... database of ..."; 5 December, fifth)
        ("p55-31", "p55-33"), ("p55-31", "p55-36"), ("p55-33", "p55-36"),
        ("p55-11", "p55-17"),  # Global Fishing Watch (6 December)
        # since "The Pelagos Acoustic Archive: ..." is the PAA its abstract abbreviates
        ("p55-01", "p55-02"), ("p55-01", "p55-04"), ("p55-02", "p55-04"),
        # OBIS (public data the lexicon knows; 6 December, seventh)
        ("p55-31", "p55-32"), ("p55-32", "p55-33"),
        # GBIF (public data the lexicon knows; 6 December, seventh)
        ("p55-31", "p55-34"),
    }  # fmt: skip


def test_the_fifty_sixth_probes_of_materials_and_mechanical_engineering() -> None:
    # 48 abstracts of fatigue, creep, composites, pipeline steels, high-entropy alloys, tribology, forming and
    # condition monitoring, written after every rule of 5 December (fourth) up to 08d2129 and read first with
    # them: of the writer's 40 builds-on pairs 38, 3 false, and of 33 shared pairs 6, 1 false (the same with
    # 994fe9d). "data, such as those compiled in HyPipe, were excluded", "validation against MPEA-Mech was not
    # possible" and "models such as VibFormer were deliberately not considered" then used nothing: none false.
    # Left: a steel grade (API 5L X65) two papers test, read as data
    builds_on, shared = _loaded_pairs("other-fields-probes-56.jsonl")
    assert builds_on == {
        ("p56-09", "p56-01"), ("p56-17", "p56-01"), ("p56-17", "p56-09"), ("p56-19", "p56-03"),
        ("p56-19", "p56-11"), ("p56-20", "p56-04"), ("p56-20", "p56-12"), ("p56-21", "p56-05"),
        ("p56-21", "p56-13"), ("p56-24", "p56-08"), ("p56-24", "p56-16"), ("p56-26", "p56-02"),
        ("p56-28", "p56-04"), ("p56-32", "p56-08"), ("p56-33", "p56-09"), ("p56-34", "p56-02"),
        ("p56-35", "p56-03"), ("p56-35", "p56-11"), ("p56-36", "p56-12"), ("p56-36", "p56-28"),
        ("p56-37", "p56-05"), ("p56-37", "p56-13"), ("p56-38", "p56-30"), ("p56-39", "p56-15"),
        ("p56-39", "p56-31"), ("p56-40", "p56-16"), ("p56-40", "p56-32"), ("p56-41", "p56-01"),
        ("p56-41", "p56-09"), ("p56-42", "p56-02"), ("p56-43", "p56-03"), ("p56-43", "p56-27"),
        ("p56-44", "p56-04"), ("p56-45", "p56-05"), ("p56-46", "p56-30"), ("p56-47", "p56-15"),
        ("p56-47", "p56-31"), ("p56-48", "p56-08"),
    }  # fmt: skip
    assert shared == {
        ("p56-05", "p56-21"), ("p56-16", "p56-24"), ("p56-16", "p56-40"),
        ("p56-24", "p56-40"), ("p56-32", "p56-48"),
        # missed: CMH-17 of p56-03 and p56-35 ("data were drawn from ImpactLib, augmented with ... properties
        # from CMH-17"), drawn only while a later "from" was read as the source
        ("p56-04", "p56-44"),  # FALSE: API 5L X65, a steel grade both test
        # a database of things is data (a title "X: a ... database of ..."; 5 December, fifth)
        ("p56-01", "p56-09"), ("p56-01", "p56-17"), ("p56-01", "p56-41"), ("p56-09", "p56-17"),
        ("p56-09", "p56-41"), ("p56-12", "p56-20"), ("p56-12", "p56-36"), ("p56-13", "p56-21"),
        ("p56-13", "p56-37"), ("p56-17", "p56-41"), ("p56-20", "p56-36"), ("p56-21", "p56-37"),
        ("p56-30", "p56-38"), ("p56-30", "p56-46"), ("p56-38", "p56-46"),
        # CrushDB, "an open repository of ... axial crushing tests" (6 December)
        ("p56-15", "p56-39"), ("p56-15", "p56-47"), ("p56-39", "p56-47"),
        # ImpactLib, a library of impact tests, is data (7 December, sixteenth)
        ("p56-11", "p56-19"),
        ("p56-11", "p56-35"),
        ("p56-19", "p56-35"),
    }  # fmt: skip


def test_the_fifty_seventh_probes_of_political_science_written_after_the_sessions_rules() -> None:
    # 48 abstracts of democratisation, political violence, parties and elections, public opinion, political
    # economy, international organisations and text methods, written after every rule of 5 December (fourth)
    # up to 08d2129 and read first with them: every one of the writer's 21 builds-on pairs and 20 of 46 shared
    # pairs, none false (the same with 994fe9d)
    builds_on, shared = _loaded_pairs("other-fields-probes-57.jsonl")
    assert builds_on == {
        ("p57-08", "p57-01"), ("p57-16", "p57-09"), ("p57-18", "p57-03"), ("p57-20", "p57-05"),
        ("p57-22", "p57-09"), ("p57-23", "p57-01"), ("p57-26", "p57-07"), ("p57-26", "p57-19"),
        ("p57-30", "p57-15"), ("p57-33", "p57-13"), ("p57-35", "p57-03"), ("p57-36", "p57-17"),
        ("p57-38", "p57-09"), ("p57-41", "p57-29"), ("p57-42", "p57-15"), ("p57-43", "p57-31"),
        ("p57-46", "p57-11"), ("p57-47", "p57-01"), ("p57-47", "p57-23"), ("p57-48", "p57-13"),
        ("p57-48", "p57-29"),
    }  # fmt: skip
    assert shared == {
        ("p57-01", "p57-08"), ("p57-01", "p57-23"), ("p57-01", "p57-47"), ("p57-03", "p57-18"),
        ("p57-03", "p57-35"), ("p57-05", "p57-20"), ("p57-08", "p57-23"), ("p57-08", "p57-47"),
        ("p57-15", "p57-30"), ("p57-15", "p57-42"), ("p57-17", "p57-36"), ("p57-18", "p57-35"),
        ("p57-19", "p57-26"), ("p57-19", "p57-40"), ("p57-22", "p57-38"), ("p57-23", "p57-47"),
        ("p57-26", "p57-40"), ("p57-30", "p57-42"), ("p57-31", "p57-43"), ("p57-33", "p57-41"),
        # V-Dem (public data the lexicon knows; 6 December, seventh)
        ("p57-01", "p57-13"), ("p57-01", "p57-17"), ("p57-01", "p57-31"), ("p57-01", "p57-33"),
        ("p57-08", "p57-13"), ("p57-08", "p57-17"), ("p57-08", "p57-31"), ("p57-08", "p57-33"),
        ("p57-13", "p57-17"), ("p57-13", "p57-23"), ("p57-13", "p57-31"), ("p57-13", "p57-33"),
        ("p57-13", "p57-47"), ("p57-17", "p57-23"), ("p57-17", "p57-31"), ("p57-17", "p57-33"),
        ("p57-17", "p57-47"), ("p57-23", "p57-31"), ("p57-23", "p57-33"), ("p57-31", "p57-33"),
        ("p57-31", "p57-47"), ("p57-33", "p57-47"),
        # ACLED (public data the lexicon knows; 6 December, seventh)
        ("p57-02", "p57-12"), ("p57-02", "p57-21"), ("p57-02", "p57-32"), ("p57-02", "p57-36"),
        ("p57-12", "p57-21"), ("p57-12", "p57-32"), ("p57-12", "p57-36"), ("p57-21", "p57-32"),
        ("p57-21", "p57-36"), ("p57-32", "p57-36"),
        # Afrobarometer (public data the lexicon knows; 6 December, seventh)
        ("p57-06", "p57-10"), ("p57-06", "p57-21"), ("p57-06", "p57-45"), ("p57-10", "p57-21"),
        ("p57-10", "p57-45"), ("p57-21", "p57-45"),
        # UCDP (public data the lexicon knows; 6 December, seventh)
        ("p57-05", "p57-41"), ("p57-20", "p57-41"),
        # CSES, from its modules: "data from Modules 1-4 of the Comparative Study of Electoral Systems (CSES)"
        # (6 December, ninth)
        ("p57-04", "p57-28"), ("p57-04", "p57-37"), ("p57-28", "p57-37"),
    }  # fmt: skip


def test_the_fifty_eighth_probes_of_pharmacology_and_toxicology() -> None:
    # 48 abstracts of cardiac safety, liver toxicity, computational toxicology, PBPK, developmental
    # neurotoxicology, ecotoxicology, anti-infective screening and cancer pharmacology, written after every
    # rule of 5 December (fourth) up to 08d2129 and read first with the session's rules: of the writer's 29
    # builds-on pairs 22, 2 false (3 with 994fe9d), and of 46 shared pairs 12, 3 false. "TRELLIS scores could
    # not be computed" then used nothing, and "data have been deposited in PubChem" drew nothing from it: 22
    # builds-on pairs, 1 false, and 12 shared, none false. The protein NEMO (IKKgamma) reached an assay named
    # NEMO until a name made of capitals needed its user to share its maker's subject: none false
    builds_on, shared = _loaded_pairs("other-fields-probes-58.jsonl")
    assert builds_on == {
        ("p58-04", "p58-01"), ("p58-04", "p58-03"), ("p58-05", "p58-01"), ("p58-06", "p58-03"),
        ("p58-10", "p58-07"), ("p58-11", "p58-07"), ("p58-14", "p58-13"), ("p58-16", "p58-13"),
        ("p58-16", "p58-15"), ("p58-17", "p58-13"), ("p58-18", "p58-01"), ("p58-22", "p58-19"),
        ("p58-23", "p58-21"), ("p58-24", "p58-01"), ("p58-24", "p58-19"), ("p58-28", "p58-25"),
        ("p58-34", "p58-31"), ("p58-34", "p58-33"), ("p58-36", "p58-31"), ("p58-40", "p58-37"),
        ("p58-42", "p58-37"), ("p58-46", "p58-43"),
    }  # fmt: skip
    assert shared == {
        ("p58-02", "p58-12"), ("p58-08", "p58-11"), ("p58-09", "p58-14"), ("p58-09", "p58-20"),
        ("p58-09", "p58-23"), ("p58-09", "p58-42"), ("p58-14", "p58-42"), ("p58-15", "p58-16"),
        ("p58-20", "p58-23"), ("p58-21", "p58-23"), ("p58-33", "p58-34"), ("p58-44", "p58-48"),
        # PACEMAP, "a ... reference panel of 42 drugs profiled" (6 December)
        ("p58-03", "p58-04"), ("p58-03", "p58-06"), ("p58-04", "p58-06"),
        # GDSC (public data the lexicon knows; 6 December, seventh)
        ("p58-44", "p58-46"), ("p58-46", "p58-48"),
        # ChEMBL (public data the lexicon knows; 6 December, seventh)
        ("p58-18", "p58-38"), ("p58-18", "p58-47"), ("p58-38", "p58-47"),
    }  # fmt: skip


def test_the_fifty_ninth_probes_of_one_days_preprints_across_sections() -> None:
    # 48 short abstracts of one day of a preprint server, every paper of 2025 and of another section than its
    # neighbours, coined names reused across sections, written after every rule of 5 December (fourth) up to
    # 08d2129 and read first with them: of the writer's 20 builds-on pairs 18, 2 false, and of 19 shared pairs
    # 14, 2 false (the same with 994fe9d). "optimizers such as LOTUS were not evaluated" and "panels such as
    # the CNMWP record statutory minima but cannot ..." then used nothing: none false
    builds_on, shared = _loaded_pairs("other-fields-probes-59.jsonl")
    assert builds_on == {
        ("p59-13", "p59-01"), ("p59-17", "p59-05"), ("p59-19", "p59-16"), ("p59-21", "p59-09"),
        ("p59-24", "p59-06"), ("p59-27", "p59-03"), ("p59-28", "p59-04"), ("p59-30", "p59-23"),
        ("p59-31", "p59-06"), ("p59-35", "p59-23"), ("p59-36", "p59-14"), ("p59-38", "p59-07"),
        ("p59-42", "p59-18"), ("p59-43", "p59-07"), ("p59-43", "p59-37"), ("p59-46", "p59-16"),
        ("p59-46", "p59-19"), ("p59-48", "p59-12"),
    }  # fmt: skip
    assert shared == {
        ("p59-01", "p59-13"), ("p59-03", "p59-27"), ("p59-05", "p59-17"), ("p59-07", "p59-38"),
        ("p59-12", "p59-36"), ("p59-12", "p59-48"), ("p59-15", "p59-19"), ("p59-16", "p59-19"),
        ("p59-16", "p59-46"), ("p59-19", "p59-46"), ("p59-29", "p59-41"), ("p59-31", "p59-35"),
        ("p59-36", "p59-48"), ("p59-37", "p59-43"),
        # GTEx (public data the lexicon knows; 6 December, seventh)
        ("p59-34", "p59-42"),
    }  # fmt: skip


def test_the_sixtieth_probes_of_agriculture_food_forestry_and_soil_science() -> None:
    # 48 abstracts of crop models, breeding trials, sensory lexicons, honey authentication, forest
    # inventories, laser scanning, soil spectral libraries and digital soil mapping, many by non-native
    # writers, written on 5 December (fifth) and read first with 89d5d6b: of the writer's 28 builds-on pairs
    # 26, 1 false, and of 35 shared pairs 8, none false. "The resulting lexicon, named BrewLex, contains 42
    # attributes" then presented it, and "advisories such as OptiSow, developed for teff in Ethiopia, should
    # be tested for sorghum" used nothing: every pair, none false. Missed: data named without a data word
    # (NASA POWER, SoilGrids 250 m, CHIRPS, Sentinel-2 bands), a spectral library and a plot network read as
    # methods
    builds_on, shared = _loaded_pairs("other-fields-probes-60.jsonl")
    assert builds_on == {
        ("p60-13", "p60-04"), ("p60-15", "p60-03"), ("p60-17", "p60-01"), ("p60-18", "p60-02"),
        ("p60-19", "p60-07"), ("p60-21", "p60-05"), ("p60-22", "p60-06"), ("p60-23", "p60-11"),
        ("p60-24", "p60-08"), ("p60-25", "p60-09"), ("p60-26", "p60-10"), ("p60-28", "p60-12"),
        ("p60-29", "p60-04"), ("p60-33", "p60-01"), ("p60-35", "p60-03"), ("p60-35", "p60-15"),
        ("p60-38", "p60-34"), ("p60-39", "p60-07"), ("p60-40", "p60-36"), ("p60-42", "p60-06"),
        ("p60-43", "p60-03"), ("p60-44", "p60-05"), ("p60-45", "p60-33"), ("p60-45", "p60-36"),
        ("p60-46", "p60-02"), ("p60-47", "p60-07"), ("p60-47", "p60-39"), ("p60-48", "p60-08"),
    }  # fmt: skip
    assert shared == {
        ("p60-04", "p60-13"), ("p60-04", "p60-29"), ("p60-13", "p60-29"), ("p60-15", "p60-35"),
        ("p60-16", "p60-32"), ("p60-16", "p60-48"), ("p60-32", "p60-48"), ("p60-39", "p60-47"),
        # "We established MELISSA, a database of 1H-NMR spectra" (5 December, fifth)
        ("p60-06", "p60-22"), ("p60-06", "p60-42"), ("p60-22", "p60-42"),
        # 6 December: "Sentinel-2 Level-2A images acquired between 2017 and 2018" names Sentinel-2 data
        ("p60-11", "p60-16"), ("p60-11", "p60-23"), ("p60-11", "p60-43"),
        ("p60-16", "p60-23"), ("p60-16", "p60-43"), ("p60-23", "p60-43"),
        # CHIRPS (public data the lexicon knows; 6 December, seventh)
        ("p60-29", "p60-45"),
        # the Carpathian Permanent Plot Network, read as data since 6 December (eleventh): its title says 'a
        # long-term inventory of ...', which the abstract's 'Here we describe the ... (CPPN)' keeps
        ("p60-03", "p60-15"),
        ("p60-03", "p60-35"),
        ("p60-03", "p60-43"),
        ("p60-15", "p60-43"),
        ("p60-35", "p60-43"),
    }  # fmt: skip


def test_the_sixty_first_probes_of_speech_audio_and_music_retrieval() -> None:
    # 48 abstracts of recognition, codecs, speaker verification and anti-spoofing, TTS, separation,
    # enhancement, music retrieval and sound events, written on 5 December (fifth) and read first with
    # 89d5d6b: every one of the writer's 33 builds-on pairs, 1 false, and of 47 shared pairs 26, 9 false.
    # "Training data come from Multilingual LibriSpeech (MLS)" then used no LibriSpeech: 6 false. Left false:
    # "the Aria from Bach's Goldberg Variations" reaching a singing corpus named Aria (a title's "in the
    # Wild" read as the In-the-Wild deepfake data until 6 December: a phrase its hyphens make a name is the
    # phrase written with spaces; the listening-test benchmark EARSHOT, shared by papers following its
    # protocol on their own items, is since 5 December, sixth, a protocol followed)
    builds_on, shared = _loaded_pairs("other-fields-probes-61.jsonl")
    assert builds_on == {
        ("p61-03", "p61-01"), ("p61-05", "p61-02"), ("p61-06", "p61-01"), ("p61-06", "p61-02"),
        ("p61-08", "p61-07"), ("p61-09", "p61-07"), ("p61-09", "p61-08"), ("p61-10", "p61-08"),
        ("p61-12", "p61-07"), ("p61-14", "p61-13"), ("p61-16", "p61-13"), ("p61-17", "p61-15"),
        ("p61-18", "p61-07"), ("p61-18", "p61-13"), ("p61-20", "p61-19"), ("p61-22", "p61-07"),
        ("p61-22", "p61-21"), ("p61-23", "p61-20"), ("p61-24", "p61-19"), ("p61-26", "p61-25"),
        ("p61-28", "p61-13"), ("p61-29", "p61-25"), ("p61-29", "p61-26"), ("p61-30", "p61-27"),
        ("p61-34", "p61-27"), ("p61-35", "p61-32"), ("p61-36", "p61-33"), ("p61-40", "p61-37"),
        ("p61-41", "p61-38"), ("p61-42", "p61-07"), ("p61-46", "p61-44"), ("p61-47", "p61-45"),
        ("p61-48", "p61-45"),
        ("p61-42", "p61-37"),  # FALSE: "the Aria from Bach's Goldberg Variations", a piece of music
    }  # fmt: skip
    assert shared == {
        ("p61-01", "p61-02"), ("p61-01", "p61-03"), ("p61-01", "p61-05"), ("p61-01", "p61-06"),
        ("p61-01", "p61-09"), ("p61-01", "p61-22"), ("p61-02", "p61-05"), ("p61-02", "p61-09"),
        ("p61-03", "p61-06"), ("p61-05", "p61-09"), ("p61-06", "p61-22"), ("p61-12", "p61-27"),
        ("p61-12", "p61-34"), ("p61-13", "p61-14"), ("p61-13", "p61-16"), ("p61-13", "p61-18"),
        ("p61-14", "p61-16"), ("p61-14", "p61-18"), ("p61-16", "p61-18"), ("p61-20", "p61-23"),
        ("p61-27", "p61-34"), ("p61-31", "p61-33"), ("p61-31", "p61-35"), ("p61-33", "p61-35"),
        ("p61-37", "p61-40"), ("p61-44", "p61-46"),
        ("p61-37", "p61-42"),  # FALSE: Bach's Aria
        ("p61-40", "p61-42"),  # FALSE: the same
        # 'On LJSpeech, Lark obtains a mean opinion score (MOS) of 4.36', 'On LJSpeech, the student reaches a
        # MOS of 4.02' (6 December, eleventh)
        ("p61-19", "p61-24"),
    }  # fmt: skip


def test_the_sixty_second_probes_of_radiology_pathology_and_medical_imaging() -> None:
    # 48 abstracts of neuroradiology, thoracic, breast, prostate, cardiac, musculoskeletal and abdominal
    # imaging and digital pathology, a quarter structured, written on 5 December (fifth) and read first with
    # 89d5d6b: of the writer's 33 builds-on pairs 32, none false, and of 27 shared pairs 16, 4 false. "ORCA:
    # design and baseline characteristics of an observational registry" then presented the registry: every
    # pair, 17 shared. Left false: a paper naming LIDC-IDRI only as another model's training data, and
    # ImageNet weights (the writer counts no paper as using ImageNet). Missed: BraTS, KiTS and CAMELYON of
    # different years taken as different data, and, since a name made of capitals needs its user to share
    # its maker's subject, "liver masks produced by HEPATIX" (three words shared): 32
    builds_on, shared = _loaded_pairs("other-fields-probes-62.jsonl")
    assert builds_on == {
        ("p62-09", "p62-01"), ("p62-14", "p62-06"), ("p62-17", "p62-09"), ("p62-18", "p62-02"),
        ("p62-19", "p62-03"), ("p62-20", "p62-04"), ("p62-21", "p62-13"), ("p62-22", "p62-06"),
        ("p62-23", "p62-07"), ("p62-24", "p62-08"), ("p62-25", "p62-01"), ("p62-26", "p62-10"),
        ("p62-27", "p62-11"), ("p62-28", "p62-12"), ("p62-29", "p62-13"), ("p62-36", "p62-28"),
        ("p62-37", "p62-29"), ("p62-38", "p62-06"), ("p62-40", "p62-08"), ("p62-41", "p62-25"),
        ("p62-42", "p62-02"), ("p62-42", "p62-34"), ("p62-43", "p62-03"), ("p62-43", "p62-11"),
        ("p62-44", "p62-04"), ("p62-44", "p62-28"), ("p62-45", "p62-13"), ("p62-45", "p62-37"),
        ("p62-46", "p62-30"), ("p62-47", "p62-31"), ("p62-48", "p62-08"),
        ("p62-48", "p62-32"),
    }  # fmt: skip
    assert shared == {
        ("p62-02", "p62-42"), ("p62-03", "p62-27"), ("p62-04", "p62-20"), ("p62-08", "p62-48"),
        ("p62-09", "p62-17"), ("p62-11", "p62-27"), ("p62-11", "p62-43"), ("p62-13", "p62-37"),
        ("p62-14", "p62-40"), ("p62-27", "p62-43"),
        ("p62-29", "p62-37"), ("p62-30", "p62-46"), ("p62-32", "p62-48"), ("p62-34", "p62-42"),
        # gone, another model's data (6 December): LIDC-IDRI, named as PulmoTrace's training data only;
        # and p62-18/p62-42, through the same mention
        # FALSE: ImageNet weights, which the writer counts as no use ("Tiles are embedded with a frozen
        # ResNet-50 pretrained on ImageNet", "pretraining with ImageNet alone"); gone (7 December) where the
        # weights are named after it, "replacing its ImageNet-pretrained tile encoder" of p62-45
        ("p62-13", "p62-26"), ("p62-26", "p62-37"),
        # BraTS (public data the lexicon knows; 6 December, seventh)
        ("p62-01", "p62-25"), ("p62-01", "p62-41"), ("p62-25", "p62-41"),
        # CheXpert, MIMIC-CXR (public data the lexicon knows; 6 December, seventh)
        ("p62-10", "p62-26"),
        # "the 100 training subjects of the Automated Cardiac Diagnosis Challenge (ACDC)", people counted in
        # named data (7 December, fourteenth)
        ("p62-06", "p62-22"),
    }  # fmt: skip


def test_the_sixty_third_probes_of_security_cryptography_and_quantum_computing() -> None:
    # 48 abstracts of fuzzing, side channels, provenance, phishing, censorship, firmware, lattice signatures,
    # masking, cryptanalysis, quantum compilers, codes, decoders and devices, with names of myths and words
    # given to two things, written on 5 December (fifth) and read first with 89d5d6b: of the writer's 29
    # builds-on pairs 26, 5 false, and of 25 shared pairs 14, none false. A name made of a word now needs its
    # user to share its maker's subject ("circumvention tools such as Tor, Psiphon and Lantern", "the Chimera
    # graph of a D-Wave 2000Q", "Phoenix SecureCore" reach no compiler, tool or quantum compiler so named),
    # "Siren: A 49-Qubit ... Processor" presents a device, and "a decoder such as Hydra, and supporting qLDPC
    # memory blocks, is left to future work" uses nothing: 28, 1 false. Left false: "the Argus flow meter" of
    # an intrusion dataset reaching a provenance system named Argus. Missed: "the Helix code family", the
    # Helix Codes of a title
    builds_on, shared = _loaded_pairs("other-fields-probes-63.jsonl")
    assert builds_on == {
        ("p63-13", "p63-01"), ("p63-15", "p63-03"), ("p63-17", "p63-03"), ("p63-18", "p63-02"),
        ("p63-18", "p63-10"), ("p63-19", "p63-05"), ("p63-20", "p63-07"), ("p63-20", "p63-12"),
        ("p63-23", "p63-06"), ("p63-24", "p63-07"), ("p63-25", "p63-09"), ("p63-27", "p63-16"),
        ("p63-29", "p63-14"), ("p63-30", "p63-22"), ("p63-31", "p63-21"), ("p63-32", "p63-03"),
        ("p63-32", "p63-17"), ("p63-32", "p63-24"), ("p63-33", "p63-09"), ("p63-33", "p63-25"),
        ("p63-35", "p63-22"), ("p63-36", "p63-24"), ("p63-37", "p63-05"), ("p63-39", "p63-16"),
        ("p63-40", "p63-07"), ("p63-42", "p63-34"), ("p63-43", "p63-02"), ("p63-44", "p63-07"),
        ("p63-45", "p63-14"),  # FALSE: "generated with the Argus flow meter", not the provenance system
    }  # fmt: skip
    assert shared == {
        ("p63-03", "p63-15"), ("p63-03", "p63-17"), ("p63-03", "p63-32"), ("p63-09", "p63-25"),
        ("p63-09", "p63-33"), ("p63-14", "p63-29"), ("p63-15", "p63-17"), ("p63-15", "p63-32"),
        ("p63-17", "p63-32"), ("p63-21", "p63-31"), ("p63-25", "p63-33"), ("p63-34", "p63-42"),
        ("p63-34", "p63-46"), ("p63-42", "p63-46"),
    }  # fmt: skip


def test_the_sixty_fourth_probes_of_hydrology_water_and_civil_engineering() -> None:
    # 48 abstracts of catchment models, flood hydraulics, hydrometeorology, water resources, coastal
    # engineering, storm surge, structural health monitoring and earthquake engineering, models named with
    # ordinary words (Delta, Anchor, Ripple, Keystone), written on 5 December (fifth) and read first with
    # 89d5d6b: every one of the writer's 29 builds-on pairs, 1 false, and of 81 shared pairs 40, 2 false.
    # "this gauge is not included in NileCAT" then used nothing: none false, 43 shared. Missed: reanalyses and
    # satellite products named without a data word (ERA5, IMERG, CHIRPS)
    builds_on, shared = _loaded_pairs("other-fields-probes-64.jsonl")
    assert builds_on == {
        ("p64-10", "p64-02"), ("p64-11", "p64-04"), ("p64-13", "p64-06"), ("p64-16", "p64-08"),
        ("p64-17", "p64-01"), ("p64-19", "p64-02"), ("p64-20", "p64-03"), ("p64-22", "p64-05"),
        ("p64-24", "p64-08"), ("p64-25", "p64-01"), ("p64-25", "p64-09"), ("p64-26", "p64-12"),
        ("p64-26", "p64-18"), ("p64-27", "p64-02"), ("p64-27", "p64-19"), ("p64-30", "p64-07"),
        ("p64-32", "p64-03"), ("p64-34", "p64-04"), ("p64-36", "p64-06"), ("p64-37", "p64-12"),
        ("p64-40", "p64-08"), ("p64-43", "p64-02"), ("p64-43", "p64-19"), ("p64-44", "p64-23"),
        ("p64-45", "p64-28"), ("p64-46", "p64-29"), ("p64-47", "p64-24"), ("p64-48", "p64-08"),
        ("p64-48", "p64-24"),
    }  # fmt: skip
    assert shared == {
        ("p64-01", "p64-33"), ("p64-03", "p64-05"), ("p64-03", "p64-09"), ("p64-03", "p64-16"),
        ("p64-03", "p64-20"), ("p64-03", "p64-24"), ("p64-03", "p64-32"), ("p64-03", "p64-39"),
        ("p64-03", "p64-45"), ("p64-05", "p64-09"), ("p64-05", "p64-16"), ("p64-05", "p64-24"),
        ("p64-05", "p64-39"), ("p64-05", "p64-45"), ("p64-06", "p64-13"), ("p64-06", "p64-36"),
        ("p64-08", "p64-16"), ("p64-08", "p64-24"), ("p64-08", "p64-40"), ("p64-08", "p64-48"),
        ("p64-09", "p64-16"), ("p64-09", "p64-24"), ("p64-09", "p64-25"), ("p64-09", "p64-39"),
        ("p64-09", "p64-45"), ("p64-13", "p64-36"), ("p64-16", "p64-24"), ("p64-16", "p64-39"),
        ("p64-16", "p64-40"), ("p64-16", "p64-45"), ("p64-16", "p64-48"), ("p64-19", "p64-27"),
        ("p64-19", "p64-43"), ("p64-20", "p64-32"), ("p64-24", "p64-39"), ("p64-24", "p64-40"),
        ("p64-24", "p64-45"), ("p64-24", "p64-48"), ("p64-27", "p64-43"), ("p64-28", "p64-45"),
        ("p64-29", "p64-46"), ("p64-39", "p64-45"), ("p64-40", "p64-48"),
        # CHIRPS (public data the lexicon knows; 6 December, seventh)
        ("p64-09", "p64-20"), ("p64-09", "p64-28"), ("p64-09", "p64-30"), ("p64-20", "p64-25"),
        ("p64-20", "p64-28"), ("p64-20", "p64-30"), ("p64-20", "p64-45"), ("p64-25", "p64-28"),
        ("p64-25", "p64-30"), ("p64-25", "p64-45"), ("p64-28", "p64-30"), ("p64-30", "p64-45"),
        # IMERG (public data the lexicon knows; 6 December, seventh)
        ("p64-03", "p64-37"), ("p64-20", "p64-37"),
        # CMIP6 (public data the lexicon knows; 6 December, seventh)
        ("p64-15", "p64-44"),
        # FLARE, "a harmonised inventory of 1,184 flood events", data (6 December, eighth session)
        ("p64-04", "p64-11"), ("p64-04", "p64-34"), ("p64-11", "p64-34"),
    }  # fmt: skip


def test_the_sixty_fifth_probes_of_psychology_and_psychiatry() -> None:
    # 48 abstracts of psychotherapy trials, registers, cognitive tasks, psychometrics, development, social
    # psychology, neuropsychology and digital mental health, half structured, with eponyms (Stroop, Sternberg)
    # and acronyms other fields use (GAM, IBS, ERI, CAPS), written on 5 December (fifth) and read first with
    # 89d5d6b: of the writer's 21 builds-on pairs 19, none false, and of 18 shared pairs 14, 9 false. "pools
    # trial-level data from 61 colour-word Stroop datasets" had made the Stroop task data every paper naming
    # it shared: now 2 false. Left false: the Open Science Framework and PsycINFO (a platform and a
    # bibliographic database the writer counts as no data). Missed: the Early Regulation Index, an index a
    # paper computes (until 6 December: "We derived the Early Regulation Index (ERI)"; and Momentum, a
    # protocol named with a word, until 5 December, sixth)
    builds_on, shared = _loaded_pairs("other-fields-probes-65.jsonl")
    assert builds_on == {
        ("p65-05", "p65-02"), ("p65-05", "p65-04"), ("p65-06", "p65-04"), ("p65-11", "p65-08"),
        ("p65-12", "p65-10"), ("p65-16", "p65-13"), ("p65-16", "p65-15"), ("p65-17", "p65-15"),
        ("p65-22", "p65-19"), ("p65-22", "p65-20"), ("p65-24", "p65-20"), ("p65-28", "p65-26"),
        ("p65-35", "p65-32"), ("p65-36", "p65-33"), ("p65-41", "p65-38"), ("p65-42", "p65-39"),
        ("p65-46", "p65-38"), ("p65-47", "p65-43"), ("p65-48", "p65-02"),
        ("p65-46", "p65-03"),  # Momentum: "We tested Momentum, a structured eight-session BA protocol"
        # "Services delivering the Momentum ... protocol were excluded": not drawn now (7 December, 14th)
        ("p65-30", "p65-25"),  # "replication of the Early Regulation Index" (6 December)
    }  # fmt: skip
    assert shared == {
        ("p65-07", "p65-12"), ("p65-08", "p65-11"), ("p65-09", "p65-39"), ("p65-09", "p65-40"),
        ("p65-09", "p65-42"), ("p65-15", "p65-16"), ("p65-15", "p65-17"), ("p65-16", "p65-17"),
        ("p65-25", "p65-27"), ("p65-26", "p65-28"), ("p65-29", "p65-39"), ("p65-39", "p65-40"),
        ("p65-39", "p65-42"), ("p65-40", "p65-42"),
        ("p65-15", "p65-33"),  # FALSE: the Open Science Framework, where materials were posted
        ("p65-21", "p65-44"),  # FALSE: PsycINFO, a bibliographic database searched
        ("p65-33", "p65-36"),  # the MDN-500 stimulus set
        # World Values Survey (public data the lexicon knows; 6 December, seventh)
        ("p65-31", "p65-36"),
    }  # fmt: skip


def test_the_sixty_sixth_probes_of_catalysis_synthesis_and_computational_chemistry() -> None:
    # 48 abstracts of computational chemistry, catalysis, electrochemistry and synthesis, with compound codes,
    # named reactions and software (ORCA, Gaussian 16, VASP), written on 5 December (fifth) and read first
    # with 89d5d6b: of the writer's 35 builds-on pairs 24, none false, and of 65 shared pairs 24, 4 false. "We
    # report KelPhos, a ... phosphine" (and AziFluor, AcriBlue) then presented each compound, "KelPhos was not
    # commercially available to us" used nothing, and "a ... database of" records became data: 32, none false,
    # and 27 shared, 4 false. Left false: the Open Reaction Database named as a data format, the Materials
    # Project only mentioned. Missed: TMC-RX212 (letters and three digits, read as a sample code)
    builds_on, shared = _loaded_pairs("other-fields-probes-66.jsonl")
    assert builds_on == {
        ("p66-06", "p66-02"), ("p66-08", "p66-03"), ("p66-14", "p66-07"), ("p66-16", "p66-04"),
        ("p66-18", "p66-09"), ("p66-19", "p66-05"), ("p66-20", "p66-10"), ("p66-21", "p66-02"),
        ("p66-21", "p66-15"), ("p66-24", "p66-20"), ("p66-27", "p66-02"), ("p66-27", "p66-13"),
        ("p66-29", "p66-25"), ("p66-30", "p66-07"), ("p66-32", "p66-03"), ("p66-32", "p66-17"),
        ("p66-33", "p66-22"), ("p66-35", "p66-15"), ("p66-36", "p66-20"), ("p66-36", "p66-31"),
        ("p66-37", "p66-28"), ("p66-38", "p66-25"), ("p66-40", "p66-05"), ("p66-40", "p66-13"),
        ("p66-41", "p66-09"), ("p66-41", "p66-10"), ("p66-42", "p66-22"), ("p66-43", "p66-34"),
        ("p66-45", "p66-28"), ("p66-46", "p66-05"), ("p66-48", "p66-20"), ("p66-48", "p66-25"),
    }  # fmt: skip
    assert shared == {
        ("p66-01", "p66-02"), ("p66-01", "p66-15"), ("p66-01", "p66-35"), ("p66-02", "p66-15"),
        ("p66-02", "p66-35"), ("p66-03", "p66-08"), ("p66-03", "p66-32"), ("p66-08", "p66-32"),
        ("p66-11", "p66-22"), ("p66-11", "p66-33"), ("p66-15", "p66-35"), ("p66-19", "p66-23"),
        ("p66-19", "p66-28"), ("p66-19", "p66-37"), ("p66-19", "p66-45"),
        ("p66-22", "p66-33"), ("p66-23", "p66-28"), ("p66-23", "p66-37"),
        ("p66-23", "p66-45"), ("p66-28", "p66-37"), ("p66-28", "p66-45"),
        ("p66-31", "p66-36"), ("p66-33", "p66-34"), ("p66-37", "p66-45"),
        ("p66-20", "p66-31"),  # FALSE: the Open Reaction Database, used as a format only
        ("p66-20", "p66-36"),  # FALSE: the same
        # (gone, 7 December, sixteenth: "Because the Materials Project lacks entries for the strained 1T'
        # polytypes ..., all structures were constructed by hand", 19, 23, 28, 37 and 45 with 26, which
        # uses no entry of it; 26-28 and 26-37 were pinned false)
        ("p66-05", "p66-19"),  # OC20 (7 December, thirteenth)
        # LigMap, a descriptor library of 1,560 phosphines, is data (7 December, sixteenth)
        ("p66-15", "p66-21"),
        ("p66-21", "p66-35"),
    }  # fmt: skip


def test_the_sixty_seventh_probes_of_computational_linguistics_of_many_languages() -> None:
    # 48 abstracts of treebanks, tagging, corpora, speech, typology, low-resource translation, documentation
    # and language identification, full of language and nationality adjectives, written on 5 December (fifth)
    # and read first with 89d5d6b: every one of the writer's 31 builds-on pairs, 2 false, and of 76 shared
    # pairs 55, 25 false. "for example Yachay-UD for Quechua, have shown", "Parallel resources such as
    # UmojaPar were deliberately excluded", "LacunaFill, originally developed for WALS", "the WALS features of
    # the original are replaced by" and "Adapting the Yachay-UD annotation guidelines" (built on, not used)
    # then took none: none false, and 51 shared, 11 false. Left false: "TRELLIS, which relies on WALS
    # word-order features" and "more uniform coverage than WALS", and a paper only comparing itself with
    # OroCorpus ("without any Aymara treebank", read as data named Aymara, is one of many since 5 December,
    # sixth session)
    builds_on, shared = _loaded_pairs("other-fields-probes-67.jsonl")
    assert builds_on == {
        ("p67-04", "p67-01"), ("p67-04", "p67-03"), ("p67-05", "p67-01"), ("p67-06", "p67-03"),
        ("p67-08", "p67-07"), ("p67-10", "p67-09"), ("p67-11", "p67-09"), ("p67-12", "p67-01"),
        ("p67-14", "p67-13"), ("p67-16", "p67-15"), ("p67-20", "p67-19"), ("p67-22", "p67-13"),
        ("p67-22", "p67-21"), ("p67-23", "p67-19"), ("p67-26", "p67-25"), ("p67-28", "p67-27"),
        ("p67-30", "p67-27"), ("p67-32", "p67-31"), ("p67-34", "p67-33"), ("p67-35", "p67-31"),
        ("p67-36", "p67-19"), ("p67-36", "p67-33"), ("p67-38", "p67-37"), ("p67-40", "p67-39"),
        ("p67-41", "p67-37"), ("p67-42", "p67-01"), ("p67-44", "p67-43"), ("p67-46", "p67-13"),
        ("p67-46", "p67-45"), ("p67-47", "p67-43"), ("p67-48", "p67-25"),
    }  # fmt: skip
    assert shared == {
        ("p67-01", "p67-04"), ("p67-01", "p67-05"), ("p67-01", "p67-12"), ("p67-02", "p67-04"),
        ("p67-03", "p67-25"), ("p67-03", "p67-27"), ("p67-03", "p67-28"),
        ("p67-03", "p67-29"), ("p67-04", "p67-05"), ("p67-04", "p67-12"),
        # gone (6 December): p67-03/p67-04 and p67-04/p67-29, true (Universal Dependencies, which none of
        # the three is read to use) but drawn through the WALS of "TRELLIS, which relies on WALS"
        ("p67-05", "p67-12"), ("p67-07", "p67-08"), ("p67-07", "p67-20"), ("p67-08", "p67-20"),
        ("p67-09", "p67-10"), ("p67-13", "p67-14"), ("p67-13", "p67-22"), ("p67-13", "p67-46"),
        ("p67-14", "p67-22"), ("p67-19", "p67-20"), ("p67-19", "p67-23"), ("p67-19", "p67-36"),
        ("p67-20", "p67-23"), ("p67-20", "p67-36"), ("p67-21", "p67-22"), ("p67-23", "p67-36"),
        ("p67-25", "p67-27"), ("p67-25", "p67-28"), ("p67-25", "p67-29"), ("p67-25", "p67-30"),
        ("p67-27", "p67-28"), ("p67-27", "p67-29"), ("p67-27", "p67-30"), ("p67-28", "p67-29"),
        ("p67-28", "p67-31"), ("p67-28", "p67-35"), ("p67-28", "p67-45"), ("p67-31", "p67-35"),
        ("p67-31", "p67-45"), ("p67-32", "p67-35"), ("p67-33", "p67-34"), ("p67-33", "p67-36"),
        ("p67-34", "p67-36"), ("p67-35", "p67-45"), ("p67-39", "p67-40"), ("p67-43", "p67-44"),
        ("p67-43", "p67-47"), ("p67-44", "p67-47"), ("p67-46", "p67-48"),
        ("p67-03", "p67-30"),  # FALSE: "more uniform coverage than WALS"
        # gone, another model's data (6 December): "TRELLIS, which relies on WALS word-order features"
        # gone (6 December): "p67-04", "p67-27", the same
        # gone (6 December): "p67-04", "p67-28", the same
        # gone (6 December): "p67-04", "p67-30", both
        ("p67-14", "p67-46"),  # FALSE: OroCorpus, only compared with
        ("p67-22", "p67-46"),  # FALSE: the same
        ("p67-28", "p67-30"),  # FALSE: "more uniform coverage than WALS"
        ("p67-29", "p67-30"),  # FALSE: the same
    }  # fmt: skip


def test_the_sixty_ninth_probes_of_astronomy_and_cosmology() -> None:
    # 48 abstracts of weak lensing, exoplanets, stellar streams, the CMB, transients, pulsars and FRBs,
    # simulations and X-ray astronomy, tools named after animals and myths (Orca, Heron, Phoenix), written on
    # 5 December (fifth) and read first with 89d5d6b: of the writer's 39 builds-on pairs 37, 1 false, and of
    # 64 shared pairs 13, 2 false. Left false: "earlier catalogues based on Gaia DR2" ("Magpie photometric
    # redshifts were considered ... but were not used, because Magpie is ..." no longer since 6 December,
    # fifth: what a sentence says was not used it says of each mention there). Orca, a transit search a
    # paper of the file presents, whose name the lexicon gives a language model, reached its users outside
    # machine learning only once a lexicon name a paper presents as another thing was read as the corpus's
    # own name: 39
    builds_on, shared = _loaded_pairs("other-fields-probes-69.jsonl")
    assert builds_on == {
        ("p69-09", "p69-07"), ("p69-12", "p69-04"), ("p69-14", "p69-06"), ("p69-15", "p69-07"),
        ("p69-16", "p69-08"), ("p69-17", "p69-01"), ("p69-17", "p69-09"), ("p69-18", "p69-10"),
        ("p69-21", "p69-05"), ("p69-23", "p69-07"), ("p69-27", "p69-03"), ("p69-27", "p69-19"),
        ("p69-28", "p69-12"), ("p69-29", "p69-21"), ("p69-30", "p69-14"), ("p69-31", "p69-07"),
        ("p69-31", "p69-23"), ("p69-32", "p69-08"), ("p69-35", "p69-03"), ("p69-36", "p69-04"),
        ("p69-36", "p69-12"), ("p69-37", "p69-05"), ("p69-39", "p69-07"), ("p69-39", "p69-23"),
        ("p69-40", "p69-08"), ("p69-41", "p69-01"), ("p69-41", "p69-07"), ("p69-41", "p69-09"),
        ("p69-41", "p69-33"), ("p69-42", "p69-10"), ("p69-42", "p69-34"), ("p69-43", "p69-07"),
        ("p69-44", "p69-04"), ("p69-46", "p69-06"), ("p69-46", "p69-38"), ("p69-47", "p69-07"),
        ("p69-48", "p69-14"),
        ("p69-10", "p69-02"), ("p69-34", "p69-02"),  # Orca, a transit search the file presents
    }  # fmt: skip
    assert shared == {
        ("p69-08", "p69-16"), ("p69-10", "p69-11"), ("p69-10", "p69-18"), ("p69-10", "p69-42"),
        ("p69-14", "p69-30"), ("p69-18", "p69-42"), ("p69-19", "p69-27"), ("p69-22", "p69-38"),
        ("p69-27", "p69-35"), ("p69-27", "p69-43"), ("p69-34", "p69-42"), ("p69-35", "p69-43"),
        ("p69-40", "p69-44"),
        ("p69-10", "p69-19"),  # FALSE: "earlier catalogues based on Gaia DR2"
        ("p69-11", "p69-19"),  # FALSE: the same
        # Dark Energy Survey (public data the lexicon knows; 6 December, seventh)
        ("p69-11", "p69-17"), ("p69-11", "p69-41"), ("p69-17", "p69-41"),
        # (SDSS no longer since the eighth session of 6 December: "agrees with published SDSS measurements" is
        # what others measured)
        # the Nightjar survey ("Nightjar, a targeted survey with the MeerKAT L-band receiver"), data: a named
        # survey, of no "of" (6 December, eighth)
        ("p69-14", "p69-48"), ("p69-30", "p69-48"),
    }  # fmt: skip


def test_the_seventieth_probes_of_software_engineering_and_hpc() -> None:
    # 48 abstracts of static analysis, fuzzing, compilers, testing and repair, HPC scheduling, performance
    # tools, code datasets and programming languages, tools named with words (Scout, Ember, Anvil, Harbor),
    # written on 5 December (fifth) and read first with 89d5d6b: every one of the writer's 25 builds-on pairs,
    # 2 false, and of 32 shared pairs 22, 24 false, all through the Go language read as data ("evaluated on
    # ... Go"). Go, Rust, Julia, Lua and Dart are now programming languages: 1 false, 22 shared, none false.
    # Left false: the Prism parser of Ruby reaching a cost model named Prism (both of compilers)
    builds_on, shared = _loaded_pairs("other-fields-probes-70.jsonl")
    assert builds_on == {
        ("p70-03", "p70-01"), ("p70-04", "p70-02"), ("p70-09", "p70-07"), ("p70-10", "p70-07"),
        ("p70-10", "p70-08"), ("p70-11", "p70-05"), ("p70-15", "p70-12"), ("p70-17", "p70-13"),
        ("p70-17", "p70-16"), ("p70-22", "p70-19"), ("p70-23", "p70-20"), ("p70-24", "p70-19"),
        ("p70-24", "p70-22"), ("p70-28", "p70-25"), ("p70-28", "p70-26"), ("p70-29", "p70-26"),
        ("p70-34", "p70-31"), ("p70-36", "p70-31"), ("p70-38", "p70-37"), ("p70-40", "p70-37"),
        ("p70-40", "p70-39"), ("p70-41", "p70-39"), ("p70-44", "p70-05"), ("p70-47", "p70-43"),
        ("p70-48", "p70-01"),
        ("p70-18", "p70-16"),  # FALSE: "the AST produced by the Prism parser", not the cost model
    }  # fmt: skip
    assert shared == {
        ("p70-01", "p70-03"), ("p70-01", "p70-48"), ("p70-02", "p70-04"), ("p70-03", "p70-48"),
        ("p70-07", "p70-10"), ("p70-08", "p70-10"), ("p70-20", "p70-23"), ("p70-25", "p70-26"),
        ("p70-25", "p70-28"), ("p70-25", "p70-29"), ("p70-26", "p70-28"), ("p70-26", "p70-29"),
        ("p70-28", "p70-29"), ("p70-31", "p70-34"), ("p70-31", "p70-36"), ("p70-34", "p70-36"),
        ("p70-37", "p70-38"), ("p70-37", "p70-40"), ("p70-38", "p70-40"), ("p70-39", "p70-40"),
        ("p70-39", "p70-41"), ("p70-40", "p70-41"),
        # matrices from the SuiteSparse Matrix Collection: a collection's name holds its data
        ("p70-13", "p70-17"),
    }  # fmt: skip


def test_the_seventy_first_probes_of_short_mixed_conference_abstracts() -> None:
    # 48 conference abstracts of 80 to 100 words from six fields at once, a fifth untitled, by hurried and
    # non-native writers, names spelt two ways (Loglens, Pavescan), HARVEST given to a trial and to an app,
    # written on 5 December (fifth) and read first with 89d5d6b: every one of the writer's 18 builds-on pairs,
    # none false, and of 14 shared pairs 7, none false
    builds_on, shared = _loaded_pairs("other-fields-probes-71.jsonl")
    assert builds_on == {
        ("p71-23", "p71-01"), ("p71-24", "p71-02"), ("p71-25", "p71-13"), ("p71-26", "p71-08"),
        ("p71-27", "p71-05"), ("p71-28", "p71-06"), ("p71-29", "p71-15"), ("p71-30", "p71-19"),
        ("p71-31", "p71-17"), ("p71-33", "p71-16"), ("p71-36", "p71-07"), ("p71-40", "p71-18"),
        ("p71-41", "p71-09"), ("p71-43", "p71-04"), ("p71-44", "p71-20"), ("p71-45", "p71-21"),
        ("p71-46", "p71-22"), ("p71-47", "p71-03"),
    }  # fmt: skip
    assert shared == {
        ("p71-01", "p71-23"), ("p71-02", "p71-24"), ("p71-03", "p71-47"), ("p71-05", "p71-27"),
        ("p71-07", "p71-36"), ("p71-09", "p71-41"), ("p71-15", "p71-29"),
        # MIMIC-IV (public data the lexicon knows; 6 December, seventh)
        ("p71-19", "p71-35"),
        # PISA (public data the lexicon knows; 6 December, seventh)
        ("p71-12", "p71-34"),
        # SHARE, the Survey of Health, Ageing and Retirement in Europe (public data the lexicon knows; 6 Dec.)
        ("p71-13", "p71-25"),
    }  # fmt: skip


def test_the_sixty_eighth_probes_of_biomedical_engineering_and_physiological_signals() -> None:
    # 48 abstracts of ECG beat detection, 12-lead ECG learning, EEG seizure, sleep and BCI, EMG control,
    # wearable PPG, cuffless blood pressure and clinical validation of wearable sensors, with eponyms
    # (Pan-Tompkins, Bland-Altman, Holter), written on 5 December (fifth) and read first with 89d5d6b: every
    # one of the writer's 36 builds-on pairs, 2 false, and of 43 shared pairs 40, 4 false; with this session's
    # rules 1 false, and "no signal quality gating such as QualiBeat was applied" then used nothing: none
    # false. Left false: sEMG (a kind of signal) as data, and a dataset named as its task (Cuff-Less Blood
    # Pressure Estimation)
    builds_on, shared = _loaded_pairs("other-fields-probes-68.jsonl")
    assert builds_on == {
        ("p68-02", "p68-01"), ("p68-03", "p68-01"), ("p68-05", "p68-01"), ("p68-06", "p68-02"),
        ("p68-08", "p68-07"), ("p68-10", "p68-07"), ("p68-10", "p68-09"), ("p68-12", "p68-07"),
        ("p68-15", "p68-13"), ("p68-16", "p68-14"), ("p68-17", "p68-13"), ("p68-18", "p68-14"),
        ("p68-20", "p68-19"), ("p68-22", "p68-19"), ("p68-22", "p68-20"), ("p68-23", "p68-20"),
        ("p68-27", "p68-26"), ("p68-28", "p68-25"), ("p68-29", "p68-25"), ("p68-29", "p68-28"),
        ("p68-30", "p68-26"), ("p68-32", "p68-31"), ("p68-34", "p68-31"), ("p68-34", "p68-33"),
        ("p68-35", "p68-38"), ("p68-36", "p68-31"), ("p68-39", "p68-37"), ("p68-40", "p68-38"),
        ("p68-41", "p68-37"), ("p68-42", "p68-41"), ("p68-45", "p68-04"), ("p68-45", "p68-43"),
        ("p68-46", "p68-44"), ("p68-47", "p68-01"), ("p68-47", "p68-43"), ("p68-48", "p68-44"),
    }  # fmt: skip
    assert shared == {
        ("p68-01", "p68-02"), ("p68-01", "p68-03"), ("p68-01", "p68-05"), ("p68-01", "p68-06"),
        ("p68-02", "p68-03"), ("p68-02", "p68-05"), ("p68-02", "p68-06"), ("p68-03", "p68-05"),
        ("p68-03", "p68-06"), ("p68-05", "p68-06"), ("p68-07", "p68-08"), ("p68-07", "p68-10"),
        ("p68-07", "p68-11"), ("p68-07", "p68-12"), ("p68-07", "p68-47"), ("p68-08", "p68-10"),
        ("p68-08", "p68-11"), ("p68-08", "p68-12"), ("p68-08", "p68-47"), ("p68-09", "p68-10"),
        ("p68-10", "p68-11"), ("p68-10", "p68-12"), ("p68-10", "p68-47"), ("p68-11", "p68-12"),
        ("p68-11", "p68-47"), ("p68-12", "p68-47"), ("p68-13", "p68-15"), ("p68-14", "p68-18"),
        ("p68-19", "p68-20"), ("p68-19", "p68-22"), ("p68-20", "p68-22"), ("p68-20", "p68-24"),
        ("p68-22", "p68-24"), ("p68-25", "p68-28"), ("p68-28", "p68-29"), ("p68-31", "p68-36"),
        ("p68-39", "p68-40"), ("p68-39", "p68-41"), ("p68-40", "p68-41"), ("p68-41", "p68-42"),
        # (not since 6 December, eleventh: "widely used public datasets such as BCI Competition IV dataset 2a
        # contain only nine participants" says what such datasets are, in general; its paper used none)
        ("p68-25", "p68-29"),  # FALSE: sEMG, a kind of signal
        ("p68-37", "p68-41"),  # FALSE: a dataset named by its task, Cuff-Less Blood Pressure Estimation
        ("p68-37", "p68-42"),  # FALSE: the same
        # 'On PPG-DaLiA, the hybrid achieved a mean absolute error (MAE) of 5.1 BPM' (6 December, eleventh)
        ("p68-32", "p68-36"),
    }  # fmt: skip


def test_the_seventy_second_probes_of_law_criminology_and_public_administration() -> None:
    # 48 abstracts of criminal procedure, sentencing, asylum law, pretrial risk instruments, victimisation
    # surveys, policing trials and public administration, with doctrines named after people and places
    # (Miranda, Terry, Dublin), written on 5 December (fifth) and read first with 89d5d6b: of the writer's 20
    # builds-on pairs 18, 2 false, and of 23 shared pairs 14, none false. "This Article presents MIRANDA-Q"
    # (law reviews capitalise Article), "Main Results of the KEYSTONE Randomised Trial" (Title Case) and
    # "features, such as those DocketTrace extracts from PACER, were deliberately excluded" then read: every
    # pair, none false, 18 shared
    builds_on, shared = _loaded_pairs("other-fields-probes-72.jsonl")
    assert builds_on == {
        ("p72-11", "p72-01"), ("p72-12", "p72-03"), ("p72-14", "p72-02"), ("p72-20", "p72-05"),
        ("p72-23", "p72-07"), ("p72-25", "p72-09"), ("p72-26", "p72-10"), ("p72-28", "p72-01"),
        ("p72-30", "p72-02"), ("p72-32", "p72-15"), ("p72-33", "p72-03"), ("p72-34", "p72-13"),
        ("p72-37", "p72-19"), ("p72-41", "p72-17"), ("p72-43", "p72-24"), ("p72-44", "p72-22"),
        ("p72-45", "p72-13"), ("p72-46", "p72-27"), ("p72-47", "p72-31"), ("p72-48", "p72-35"),
    }  # fmt: skip
    assert shared == {
        ("p72-01", "p72-11"), ("p72-01", "p72-21"), ("p72-01", "p72-28"), ("p72-05", "p72-20"),
        ("p72-08", "p72-20"), ("p72-09", "p72-25"), ("p72-11", "p72-28"), ("p72-13", "p72-34"),
        ("p72-13", "p72-45"), ("p72-19", "p72-37"), ("p72-19", "p72-46"), ("p72-22", "p72-44"),
        ("p72-27", "p72-46"), ("p72-29", "p72-41"), ("p72-31", "p72-47"), ("p72-34", "p72-45"),
        ("p72-35", "p72-42"), ("p72-38", "p72-39"),
        # CIVIS, "a panel survey of 24,600 residents" (6 December)
        ("p72-35", "p72-48"),
    }  # fmt: skip


def test_the_seventy_third_probes_of_oncology_and_cardiology() -> None:
    # 48 abstracts of oncology and cardiology, most structured, trials named with ordinary words (COMPASS,
    # PARADIGM) given to two things, written on 5 December (fifth) and read first with 89d5d6b: of the
    # writer's 23 builds-on pairs 13, 1 false, and of 38 shared pairs 24, 3 false. Titles in Title Case
    # ("Initial Results From the TRELLIS Cohort", "Design and First Results of the MERIDIAN-HF Registry") and
    # "We established HEMLOCK, a ... registry" then presented their cohorts and registries: 21, 2 false, and
    # 28 shared, 5 false. Left false: trials named as background in a list ("randomised trials including
    # RAPIDO, PRODIGE 23 and NIGHTJAR", "excluded from most contemporary revascularization trials, including
    # TIDEWATER"). "The resulting IRISK-7 score (range ...)", a score named before its noun, then presented
    # it: 22. Missed: "form the ORCHID-AF score"
    builds_on, shared = _loaded_pairs("other-fields-probes-73.jsonl")
    assert builds_on == {
        ("p73-12", "p73-06"), ("p73-15", "p73-09"), ("p73-19", "p73-09"), ("p73-22", "p73-10"),
        ("p73-25", "p73-09"), ("p73-28", "p73-06"), ("p73-29", "p73-01"), ("p73-30", "p73-18"),
        ("p73-32", "p73-21"), ("p73-32", "p73-22"), ("p73-33", "p73-25"), ("p73-34", "p73-26"),
        ("p73-37", "p73-01"), ("p73-37", "p73-29"), ("p73-40", "p73-06"), ("p73-41", "p73-21"),
        ("p73-42", "p73-14"), ("p73-43", "p73-05"), ("p73-43", "p73-13"), ("p73-46", "p73-26"),
        ("p73-48", "p73-22"),
        # gone, a background (6 December): p73-35 -> p73-13, "after randomised trials including ... NIGHTJAR"
        ("p73-40", "p73-14"),  # FALSE: "excluded from most ... revascularization trials, including TIDEWATER"
        ("p73-39", "p73-17"),  # "The resulting IRISK-7 score", named before its noun (5 December, fifth)
    }  # fmt: skip
    assert shared == {
        ("p73-01", "p73-29"), ("p73-01", "p73-37"), ("p73-04", "p73-31"), ("p73-04", "p73-38"),
        ("p73-06", "p73-12"), ("p73-06", "p73-28"), ("p73-06", "p73-40"), ("p73-09", "p73-15"),
        ("p73-09", "p73-19"), ("p73-09", "p73-33"), ("p73-12", "p73-28"), ("p73-12", "p73-40"),
        ("p73-15", "p73-33"), ("p73-20", "p73-42"), ("p73-21", "p73-32"), ("p73-21", "p73-41"),
        ("p73-22", "p73-44"), ("p73-22", "p73-48"), ("p73-26", "p73-34"), ("p73-26", "p73-46"),
        ("p73-28", "p73-40"), ("p73-29", "p73-37"), ("p73-31", "p73-38"), ("p73-32", "p73-41"),
        ("p73-34", "p73-46"), ("p73-36", "p73-45"), ("p73-40", "p73-42"), ("p73-44", "p73-48"),
        # gone, a background (6 December): "p73-13", "p73-35", NIGHTJAR, named as background
        ("p73-13", "p73-43"),  # FALSE: the same
        # gone, a background (6 December): "p73-35", "p73-43", the same
        ("p73-14", "p73-40"),  # FALSE: TIDEWATER, named as background
        ("p73-14", "p73-42"),  # FALSE: the same
        # TCGA (public data the lexicon knows; 6 December, seventh)
        ("p73-15", "p73-19"), ("p73-19", "p73-33"),
        # SEER (public data the lexicon knows; 6 December, seventh)
        ("p73-03", "p73-11"),
    }  # fmt: skip


def test_the_seventy_fourth_probes_of_photonics_semiconductors_and_nanotechnology() -> None:
    # 48 abstracts of integrated photonics, metasurfaces, lasers, power devices, TCAD, 2D materials,
    # nanofabrication and nanocrystals, many by non-native writers, with eponyms (Fabry-Perot, Mach-Zehnder,
    # Bragg) and names of other things (the Kestrel supercomputer, the ATLAS simulator, the Hydra library),
    # written on 5 December (fifth) and read first with 89d5d6b: of the writer's 31 builds-on pairs 28, 1
    # false, and of 32 shared pairs 14, none false; with this session's rules every pair, none false, and 20
    # shared, none false
    builds_on, shared = _loaded_pairs("other-fields-probes-74.jsonl")
    assert builds_on == {
        ("p74-02", "p74-01"), ("p74-05", "p74-03"), ("p74-06", "p74-03"), ("p74-06", "p74-05"),
        ("p74-08", "p74-01"), ("p74-09", "p74-07"), ("p74-11", "p74-09"), ("p74-12", "p74-07"),
        ("p74-12", "p74-09"), ("p74-16", "p74-13"), ("p74-17", "p74-14"), ("p74-21", "p74-19"),
        ("p74-22", "p74-20"), ("p74-24", "p74-20"), ("p74-24", "p74-22"), ("p74-27", "p74-25"),
        ("p74-28", "p74-26"), ("p74-29", "p74-26"), ("p74-30", "p74-25"), ("p74-34", "p74-31"),
        ("p74-35", "p74-32"), ("p74-39", "p74-07"), ("p74-39", "p74-37"), ("p74-39", "p74-38"),
        ("p74-40", "p74-31"), ("p74-41", "p74-38"), ("p74-42", "p74-37"), ("p74-46", "p74-43"),
        ("p74-47", "p74-43"), ("p74-47", "p74-44"), ("p74-48", "p74-43"),
    }  # fmt: skip
    assert shared == {
        ("p74-03", "p74-05"), ("p74-03", "p74-06"), ("p74-05", "p74-06"), ("p74-20", "p74-22"),
        ("p74-20", "p74-24"), ("p74-21", "p74-28"), ("p74-22", "p74-24"), ("p74-31", "p74-34"),
        ("p74-31", "p74-40"), ("p74-33", "p74-35"), ("p74-33", "p74-45"), ("p74-34", "p74-40"),
        ("p74-35", "p74-45"), ("p74-43", "p74-46"), ("p74-43", "p74-47"), ("p74-43", "p74-48"),
        ("p74-44", "p74-48"), ("p74-46", "p74-47"), ("p74-46", "p74-48"), ("p74-47", "p74-48"),
        # META-ATLAS, a library of simulated meta-atom responses, is data (7 December, sixteenth)
        ("p74-07", "p74-09"),
        ("p74-07", "p74-12"),
        ("p74-07", "p74-39"),
        ("p74-09", "p74-12"),
        ("p74-09", "p74-39"),
        ("p74-12", "p74-39"),
    }  # fmt: skip


def test_the_seventy_fifth_probes_of_ecology_conservation_and_climate_impacts() -> None:
    # 48 abstracts of species distribution models, monitoring and atlases, camera traps, acoustics, trait
    # databases, climate scenarios, protected areas and freshwater and marine impacts, species and place names
    # that look like tools (Kestrel, Heron, Ocelot, Merlin), written on 5 December (fifth) and read first with
    # 89d5d6b: of the writer's 28 builds-on pairs 27, none false, and of 74 shared pairs 46, 5 false; now 49
    # shared, 5 false. Left false: two Breeding Bird Surveys (North American and British) and two bird atlases
    # taken as one
    builds_on, shared = _loaded_pairs("other-fields-probes-75.jsonl")
    assert builds_on == {
        ("p75-17", "p75-01"), ("p75-19", "p75-03"), ("p75-21", "p75-05"), ("p75-23", "p75-07"),
        ("p75-26", "p75-09"), ("p75-27", "p75-11"), ("p75-29", "p75-13"), ("p75-30", "p75-07"),
        ("p75-33", "p75-01"), ("p75-33", "p75-11"), ("p75-33", "p75-25"), ("p75-35", "p75-03"),
        ("p75-35", "p75-19"), ("p75-37", "p75-05"), ("p75-37", "p75-21"), ("p75-39", "p75-01"),
        ("p75-39", "p75-25"), ("p75-41", "p75-07"), ("p75-41", "p75-23"), ("p75-42", "p75-09"),
        ("p75-42", "p75-25"), ("p75-44", "p75-13"), ("p75-45", "p75-01"), ("p75-45", "p75-17"),
        ("p75-46", "p75-27"), ("p75-47", "p75-15"), ("p75-48", "p75-31"),
    }  # fmt: skip
    assert shared == {
        ("p75-01", "p75-04"), ("p75-01", "p75-16"), ("p75-01", "p75-25"), ("p75-01", "p75-33"),
        ("p75-01", "p75-39"), ("p75-01", "p75-42"), ("p75-03", "p75-19"), ("p75-03", "p75-35"),
        ("p75-03", "p75-38"), ("p75-04", "p75-16"), ("p75-04", "p75-25"), ("p75-04", "p75-33"),
        ("p75-04", "p75-39"), ("p75-04", "p75-42"), ("p75-06", "p75-13"), ("p75-06", "p75-28"),
        ("p75-06", "p75-29"), ("p75-06", "p75-39"), ("p75-06", "p75-44"), ("p75-09", "p75-22"),
        ("p75-09", "p75-26"), ("p75-09", "p75-42"), ("p75-10", "p75-38"), ("p75-11", "p75-27"),
        ("p75-11", "p75-33"), ("p75-13", "p75-29"), ("p75-13", "p75-39"), ("p75-13", "p75-44"),
        ("p75-15", "p75-47"), ("p75-16", "p75-25"), ("p75-16", "p75-33"), ("p75-16", "p75-39"),
        ("p75-16", "p75-42"), ("p75-17", "p75-45"), ("p75-19", "p75-35"), ("p75-22", "p75-42"),
        ("p75-23", "p75-41"), ("p75-25", "p75-33"), ("p75-25", "p75-39"), ("p75-25", "p75-42"),
        ("p75-26", "p75-42"), ("p75-27", "p75-33"), ("p75-29", "p75-39"), ("p75-29", "p75-44"),
        ("p75-33", "p75-39"), ("p75-33", "p75-42"), ("p75-35", "p75-38"), ("p75-39", "p75-42"),
        ("p75-39", "p75-44"),
        # (no more the two Breeding Bird Surveys, North American and British, as one: the lexicon knows the
        # North American one; 6 December, seventh session)
        ("p75-10", "p75-45"),  # FALSE: two bird atlases taken as one
        ("p75-38", "p75-45"),  # FALSE: the same
        ("p75-22", "p75-26"), ("p75-22", "p75-46"), ("p75-26", "p75-46"),  # CHELSA (6 December)
        # CMIP6 (public data the lexicon knows; 6 December, seventh)
        ("p75-24", "p75-39"), ("p75-24", "p75-43"), ("p75-24", "p75-45"), ("p75-24", "p75-46"),
        ("p75-39", "p75-43"), ("p75-39", "p75-45"), ("p75-39", "p75-46"), ("p75-43", "p75-45"),
        ("p75-43", "p75-46"), ("p75-45", "p75-46"),
        # FishBase (public data the lexicon knows; 6 December, seventh)
        ("p75-08", "p75-15"), ("p75-08", "p75-47"),
        # E-OBS (public data the lexicon knows; 6 December, seventh)
        ("p75-02", "p75-11"),
        # the Baltic Eelgrass Monitoring Network (BEMN), a monitoring network's data (6 December, ninth)
        ("p75-31", "p75-48"),
    }  # fmt: skip


def test_the_seventy_sixth_probes_of_nursing_midwifery_and_rehabilitation() -> None:
    # 48 abstracts of wound care, critical care, palliative, midwifery, neonatal, stroke, cardiac and
    # community rehabilitation nursing, most structured, many by non-native writers, written on 5 December
    # (fifth) after every other rule of the session and read first with them: of the writer's 24 builds-on
    # pairs 21, 2 false (the same with 89d5d6b), and of 15 shared pairs 10, 2 false. "Bundled interventions
    # like TURN-SAFE were not implemented" and "programmes such as ARM-UP were not in use" then used nothing:
    # none false. Left false: "PREDEL-N was developed in a single-centre US database (MIMIC-IV)", the data
    # another model was made on. Missed: a protocol "implemented" by ICUs (MOBILISE-5) (and an application
    # whose implementing is evaluated, PAINTRACK, until 6 December, seventh)
    builds_on, shared = _loaded_pairs("other-fields-probes-76.jsonl")
    assert builds_on == {
        ("p76-03", "p76-01"), ("p76-05", "p76-02"), ("p76-06", "p76-04"), ("p76-10", "p76-08"),
        ("p76-16", "p76-13"), ("p76-16", "p76-15"), ("p76-18", "p76-15"), ("p76-21", "p76-19"),
        ("p76-22", "p76-20"), ("p76-23", "p76-19"), ("p76-24", "p76-20"), ("p76-28", "p76-25"),
        ("p76-30", "p76-25"), ("p76-34", "p76-31"), ("p76-35", "p76-32"), ("p76-40", "p76-37"),
        ("p76-41", "p76-38"), ("p76-42", "p76-37"), ("p76-45", "p76-04"), ("p76-46", "p76-43"),
        ("p76-48", "p76-45"),
        # "The application, called PAINTRACK, includes ...": named as its paper takes it up (6 December,
        # seventh)
        ("p76-29", "p76-26"),
        # (since the eighth session of 6 December: "MOBILISE-5: a nurse-led, five-level early mobilisation
        # protocol", its head read past the comma between its first adjectives)
        ("p76-11", "p76-07"), ("p76-09", "p76-07"),
    }  # fmt: skip
    assert shared == {
        ("p76-02", "p76-05"), ("p76-08", "p76-12"), ("p76-21", "p76-23"), ("p76-27", "p76-30"),
        ("p76-32", "p76-35"), ("p76-33", "p76-36"), ("p76-39", "p76-40"), ("p76-39", "p76-42"),
        ("p76-40", "p76-42"), ("p76-44", "p76-47"),
        # gone (6 December): "p76-08", "p76-10", "PREDEL-N was developed in a ... database (MIMIC-IV)"
        # gone (6 December): "p76-10", "p76-12", the same
    }  # fmt: skip


def test_the_seventy_seventh_probes_of_archaeology_history_and_digital_humanities() -> None:
    # 48 abstracts of radiocarbon chronology, ancient DNA, zooarchaeology, excavation recording, remote
    # sensing, merchant letters, economic history and text mining of Old Norse, Byzantine and Latin, with
    # period and people names (Viking, Byzantine, Harappan), written on 5 December (fifth) after every rule of
    # the session and read first with them: of the writer's 27 builds-on pairs 26, none false, and of 38
    # shared pairs 12, 2 false. Left false: a paper adapting NORSE14's reliability classes, counted as using
    # its data. Missed: "evaluated Quill on 1,600 letters from LuMeL"
    builds_on, shared = _loaded_pairs("other-fields-probes-77.jsonl")
    assert builds_on == {
        ("p77-05", "p77-01"), ("p77-17", "p77-01"), ("p77-18", "p77-05"), ("p77-18", "p77-06"),
        ("p77-19", "p77-03"), ("p77-20", "p77-04"), ("p77-21", "p77-02"), ("p77-22", "p77-07"),
        ("p77-23", "p77-08"), ("p77-24", "p77-09"), ("p77-25", "p77-10"), ("p77-25", "p77-11"),
        ("p77-26", "p77-12"), ("p77-27", "p77-13"), ("p77-28", "p77-14"), ("p77-29", "p77-15"),
        ("p77-30", "p77-16"), ("p77-31", "p77-01"), ("p77-37", "p77-13"), ("p77-40", "p77-29"),
        ("p77-41", "p77-03"), ("p77-42", "p77-06"), ("p77-43", "p77-10"), ("p77-44", "p77-16"),
        ("p77-46", "p77-12"), ("p77-48", "p77-04"),
    }  # fmt: skip
    assert shared == {
        ("p77-01", "p77-05"), ("p77-01", "p77-17"), ("p77-02", "p77-21"), ("p77-05", "p77-17"),
        ("p77-08", "p77-23"), ("p77-09", "p77-24"), ("p77-10", "p77-25"), ("p77-10", "p77-43"),
        ("p77-17", "p77-31"), ("p77-18", "p77-42"), ("p77-25", "p77-43"), ("p77-39", "p77-44"),
        ("p77-01", "p77-31"),  # FALSE: NORSE14's reliability classes adapted, not its data
        ("p77-05", "p77-31"),  # FALSE: the same
        ("p77-15", "p77-29"),  # LIMES-LD, "a linked open data gazetteer", its nodes taken (6 December)
    }  # fmt: skip


def test_the_seventy_eighth_probes_of_aerospace_mechanical_and_automotive_engineering() -> None:
    # 48 abstracts of CFD and aeroacoustics, flight dynamics, propulsion, structures and aeroelasticity,
    # powertrains and batteries, vehicle dynamics and functional safety, avionics certification and machine
    # elements, with aircraft and vehicle names (Falcon, Mustang), written on 5 December (fifth) after every
    # rule of the session and read first with them: every one of the writer's 23 builds-on pairs, 1 false, and
    # of 28 shared pairs 17, none false. "the F-16 Fighting Falcon" reached a tool named FALCON, whose name
    # the lexicon gives a language model, until a lexicon name a paper presents as another thing was read as
    # the corpus's own, ending a longer name as those do: none false
    builds_on, shared = _loaded_pairs("other-fields-probes-78.jsonl")
    assert builds_on == {
        ("p78-03", "p78-01"), ("p78-03", "p78-02"), ("p78-05", "p78-04"), ("p78-08", "p78-07"),
        ("p78-10", "p78-07"), ("p78-11", "p78-08"), ("p78-12", "p78-09"), ("p78-14", "p78-13"),
        ("p78-18", "p78-13"), ("p78-21", "p78-19"), ("p78-22", "p78-20"), ("p78-27", "p78-25"),
        ("p78-28", "p78-26"), ("p78-29", "p78-25"), ("p78-30", "p78-26"), ("p78-34", "p78-31"),
        ("p78-35", "p78-33"), ("p78-36", "p78-32"), ("p78-38", "p78-37"), ("p78-42", "p78-40"),
        ("p78-44", "p78-43"), ("p78-47", "p78-44"), ("p78-48", "p78-45"),
    }  # fmt: skip
    assert shared == {
        ("p78-02", "p78-03"), ("p78-07", "p78-08"), ("p78-07", "p78-10"), ("p78-08", "p78-10"),
        ("p78-13", "p78-14"), ("p78-13", "p78-18"), ("p78-14", "p78-18"), ("p78-23", "p78-24"),
        ("p78-26", "p78-28"), ("p78-32", "p78-33"), ("p78-32", "p78-35"), ("p78-32", "p78-36"),
        ("p78-33", "p78-35"), ("p78-33", "p78-36"), ("p78-35", "p78-36"), ("p78-39", "p78-41"),
        ("p78-43", "p78-44"),
        # the NASA Turbulence Modeling Resource: an agency's capitals lead the name its acronym spells
        ("p78-04", "p78-05"),
    }  # fmt: skip


def test_the_seventy_ninth_probes_of_genomics_and_bioinformatics() -> None:
    # 48 abstracts of alignment, variant calling, assembly, RNA-seq, metagenomics, single-cell, epigenomics
    # and population genomics, tools named with words (Heron, Petrel, Lantern, Cairn) and gene names like tool
    # names (NEMO), written on 5 December (fifth) after every rule of the session and read first with them:
    # every one of the writer's 41 builds-on pairs, 1 false, and of 86 shared pairs 37, 2 false. Left false:
    # "the NEMO (IKBKG) locus", a gene in a genomics paper, reaching a tool named NEMO (Kraken 2, software
    # shared as data, is not since 6 December)
    builds_on, shared = _loaded_pairs("other-fields-probes-79.jsonl")
    assert builds_on == {
        ("p79-03", "p79-01"), ("p79-04", "p79-03"), ("p79-05", "p79-01"), ("p79-08", "p79-07"),
        ("p79-10", "p79-09"), ("p79-11", "p79-03"), ("p79-12", "p79-07"), ("p79-12", "p79-09"),
        ("p79-14", "p79-13"), ("p79-15", "p79-13"), ("p79-16", "p79-13"), ("p79-16", "p79-15"),
        ("p79-17", "p79-03"), ("p79-17", "p79-13"), ("p79-18", "p79-01"), ("p79-20", "p79-19"),
        ("p79-22", "p79-19"), ("p79-22", "p79-21"), ("p79-24", "p79-03"), ("p79-24", "p79-19"),
        ("p79-24", "p79-21"), ("p79-26", "p79-25"), ("p79-28", "p79-27"), ("p79-29", "p79-25"),
        ("p79-30", "p79-25"), ("p79-30", "p79-27"), ("p79-32", "p79-31"), ("p79-33", "p79-31"),
        ("p79-34", "p79-33"), ("p79-35", "p79-31"), ("p79-36", "p79-33"), ("p79-38", "p79-37"),
        ("p79-40", "p79-39"), ("p79-41", "p79-37"), ("p79-41", "p79-39"), ("p79-43", "p79-39"),
        ("p79-44", "p79-43"), ("p79-46", "p79-45"), ("p79-47", "p79-01"), ("p79-47", "p79-07"),
        ("p79-48", "p79-43"),
        ("p79-47", "p79-43"),  # FALSE: "the NEMO (IKBKG) locus", a gene
    }  # fmt: skip
    assert shared == {
        ("p79-01", "p79-03"), ("p79-01", "p79-06"), ("p79-01", "p79-18"), ("p79-01", "p79-44"),
        ("p79-01", "p79-45"), ("p79-01", "p79-46"), ("p79-01", "p79-47"), ("p79-03", "p79-06"),
        ("p79-03", "p79-18"), ("p79-03", "p79-44"), ("p79-03", "p79-45"), ("p79-03", "p79-46"),
        ("p79-03", "p79-47"), ("p79-04", "p79-06"), ("p79-06", "p79-18"), ("p79-06", "p79-44"),
        ("p79-06", "p79-45"), ("p79-06", "p79-46"), ("p79-06", "p79-47"), ("p79-08", "p79-40"),
        ("p79-18", "p79-44"), ("p79-18", "p79-45"), ("p79-18", "p79-46"), ("p79-18", "p79-47"),
        ("p79-21", "p79-22"), ("p79-21", "p79-24"), ("p79-22", "p79-24"),
        ("p79-27", "p79-30"), ("p79-44", "p79-45"),
        ("p79-44", "p79-46"), ("p79-44", "p79-47"), ("p79-45", "p79-46"), ("p79-45", "p79-47"),
        ("p79-46", "p79-47"),
        # TERRA-MG, "a global collection of deeply sequenced soil metagenomes" (6 December)
        ("p79-27", "p79-28"), ("p79-28", "p79-30"),
        # (6 December, fourth) Kraken 2, a read classifier, was data by "the equivalent Kraken 2 database":
        # its two false pairs went, and so did three the writer calls true (25-29, 25-30, 29-30: CAMI
        # datasets), which were drawn through Kraken 2 ("the CAMI II marine and plant-associated datasets",
        # words between the name and its noun, is not read)
        # gnomAD (public data the lexicon knows; 6 December, seventh)
        ("p79-08", "p79-12"), ("p79-08", "p79-43"), ("p79-08", "p79-44"), ("p79-08", "p79-48"),
        ("p79-12", "p79-43"), ("p79-12", "p79-44"), ("p79-12", "p79-48"), ("p79-43", "p79-44"),
        ("p79-44", "p79-48"),
        # GTEx (public data the lexicon knows; 6 December, seventh)
        ("p79-20", "p79-21"), ("p79-20", "p79-23"), ("p79-20", "p79-40"), ("p79-21", "p79-23"),
        ("p79-21", "p79-40"), ("p79-23", "p79-40"),
        # ClinVar, gnomAD (public data the lexicon knows; 6 December, seventh)
        ("p79-43", "p79-48"),
    }  # fmt: skip


def test_the_eightieth_probes_of_veterinary_science_and_zoonoses() -> None:
    # 48 abstracts of dairy, poultry, swine, small-ruminant, companion-animal, equine, zoonotic and wildlife
    # health, with diseases and breeds named after places (Newcastle disease, Rift Valley fever,
    # Holstein-Friesian) and two unrelated things named ATLAS, written on 5 December (sixth) and read first
    # with c120639: of the writer's 19 builds-on pairs 17, 2 false ("such as RIFTWATCH ... were not considered
    # suitable", 66 characters past the name; "rather than by automated systems such as LocoCam"), and of 24
    # shared pairs 14, none false. Then every pair, none false: "We describe the ... (MOHLS) dataset,
    # generated by" and "and, in parallel, created the Afar Herd Mobility Dataset (AHMD)" introduce. Missed:
    # shared surveillance systems written without a data word (EMPRES-i, VetCompass, SAVSNET)
    builds_on, shared = _loaded_pairs("other-fields-probes-80.jsonl")
    assert builds_on == {
        ("p80-25", "p80-09"), ("p80-26", "p80-10"), ("p80-27", "p80-03"), ("p80-27", "p80-11"),
        ("p80-28", "p80-04"), ("p80-29", "p80-05"), ("p80-30", "p80-06"), ("p80-31", "p80-07"),
        ("p80-32", "p80-09"), ("p80-33", "p80-01"), ("p80-34", "p80-02"), ("p80-35", "p80-18"),
        ("p80-36", "p80-12"), ("p80-37", "p80-13"), ("p80-38", "p80-14"), ("p80-39", "p80-15"),
        ("p80-40", "p80-16"), ("p80-47", "p80-11"), ("p80-48", "p80-08"),
    }  # fmt: skip
    assert shared == {
        ("p80-01", "p80-41"), ("p80-02", "p80-34"), ("p80-05", "p80-29"), ("p80-07", "p80-31"),
        ("p80-09", "p80-25"), ("p80-09", "p80-32"), ("p80-10", "p80-28"), ("p80-12", "p80-36"),
        ("p80-14", "p80-45"), ("p80-16", "p80-40"), ("p80-23", "p80-24"), ("p80-23", "p80-40"),
        ("p80-24", "p80-40"), ("p80-25", "p80-32"),
        # (of the two ATLAS data, the pig movements of p80-03 used by p80-27 and the Labrador cohort of
        # p80-05 used by p80-29, both pairs true, only the introducer's is shared data: one entity holds
        # both; which one introduces hung on the file's order until 6 December, now on the ids)
        # CHIRPS (public data the lexicon knows; 6 December, seventh)
        ("p80-04", "p80-28"),
    }  # fmt: skip


def test_the_eighty_first_probes_of_sports_science_and_exercise_physiology() -> None:
    # 48 abstracts of GNSS tracking, hamstring injury, endurance physiology, biomechanics, training load,
    # youth fitness, strength training and heat and sleep, with tests named after people (Wingate, Borg,
    # Yo-Yo), written on 5 December (sixth) and read first with c120639: of the writer's 33 builds-on pairs
    # 26, 1 false ("including LOADSTAR, were considered but not fitted"), and of 22 shared pairs 17, 6 false
    # ("open GNSS datasets such as SPRINTBASE" made GNSS data). Then 28, 1 false, and 17, 1 false: "The SHIELD
    # trial: a cluster-randomised controlled trial" introduces, "we adapted the SHIELD protocol" uses none of
    # its data. Left false: "reduced hamstring injuries in the SHIELD trial", a trial's result as background.
    # Missed: cohorts named with a word ("The Kestrel cohort is a prospective study", RestWell); "the
    # Minishuttle test" (a word before its noun) until a later commit of the session
    builds_on, shared = _loaded_pairs("other-fields-probes-81.jsonl")
    assert builds_on == {
        ("p81-34", "p81-33"),  # "We developed the Minishuttle test, an incremental ... run"
        ("p81-02", "p81-01"), ("p81-04", "p81-01"), ("p81-04", "p81-03"), ("p81-05", "p81-03"),
        ("p81-06", "p81-05"), ("p81-08", "p81-07"), ("p81-10", "p81-09"), ("p81-11", "p81-01"),
        ("p81-12", "p81-09"), ("p81-16", "p81-15"), ("p81-18", "p81-15"), ("p81-20", "p81-19"),
        ("p81-22", "p81-21"), ("p81-23", "p81-19"), ("p81-26", "p81-25"), ("p81-28", "p81-25"),
        ("p81-28", "p81-27"), ("p81-29", "p81-27"), ("p81-30", "p81-01"), ("p81-32", "p81-31"),
        ("p81-35", "p81-31"), ("p81-38", "p81-37"), ("p81-40", "p81-39"), ("p81-41", "p81-37"),
        ("p81-41", "p81-39"), ("p81-44", "p81-43"), ("p81-47", "p81-43"), ("p81-48", "p81-27"),
        ("p81-11", "p81-07"),  # FALSE: "injuries in the SHIELD trial", a trial's result as background
    }  # fmt: skip
    assert shared == {
        ("p81-01", "p81-02"), ("p81-01", "p81-04"), ("p81-01", "p81-11"), ("p81-01", "p81-30"),
        ("p81-02", "p81-04"), ("p81-02", "p81-11"), ("p81-02", "p81-30"), ("p81-04", "p81-11"),
        ("p81-04", "p81-30"), ("p81-11", "p81-30"), ("p81-17", "p81-36"), ("p81-31", "p81-32"),
        ("p81-31", "p81-35"), ("p81-32", "p81-35"), ("p81-45", "p81-46"), ("p81-45", "p81-47"),
        ("p81-46", "p81-47"),
        ("p81-07", "p81-11"),  # FALSE: the same
        ("p81-21", "p81-22"),  # HOPBANK, "an open repository of ... biomechanics" (6 December)
        # the NCAA Injury Surveillance Program: an agency's capitals lead the name its acronym spells
        ("p81-08", "p81-43"),
    }  # fmt: skip


def test_the_eighty_second_probes_of_dentistry_ophthalmology_and_dermatology() -> None:
    # 48 abstracts of dental radiographs and caries, retinal imaging and trials, psoriasis, lesion triage and
    # vitiligo, with eponyms (Black's classification, Snellen, Fitzpatrick) and a trial named SUNRISE, written
    # on 5 December (sixth) and read first with c120639: of the writer's 27 builds-on pairs 24, none false,
    # and of 22 shared pairs 19, none false. Then every pair: "RetiGrade, an ensemble of Inception-v3
    # networks" and "two-year results of the multicentre SUNRISE randomised trial" introduce
    builds_on, shared = _loaded_pairs("other-fields-probes-82.jsonl")
    assert builds_on == {
        ("p82-18", "p82-09"), ("p82-19", "p82-01"), ("p82-20", "p82-02"), ("p82-22", "p82-04"),
        ("p82-23", "p82-05"), ("p82-24", "p82-03"), ("p82-25", "p82-16"), ("p82-26", "p82-08"),
        ("p82-27", "p82-06"), ("p82-27", "p82-12"), ("p82-28", "p82-07"), ("p82-30", "p82-06"),
        ("p82-30", "p82-12"), ("p82-31", "p82-13"), ("p82-32", "p82-11"), ("p82-34", "p82-16"),
        ("p82-36", "p82-09"), ("p82-37", "p82-01"), ("p82-38", "p82-17"), ("p82-42", "p82-21"),
        ("p82-43", "p82-40"), ("p82-46", "p82-04"), ("p82-46", "p82-07"), ("p82-47", "p82-02"),
        ("p82-47", "p82-05"), ("p82-48", "p82-09"), ("p82-48", "p82-18"),
    }  # fmt: skip
    assert shared == {
        ("p82-01", "p82-19"), ("p82-01", "p82-37"), ("p82-03", "p82-24"), ("p82-05", "p82-23"),
        ("p82-05", "p82-47"), ("p82-06", "p82-12"), ("p82-06", "p82-30"), ("p82-07", "p82-28"),
        ("p82-07", "p82-46"), ("p82-08", "p82-26"), ("p82-10", "p82-15"), ("p82-12", "p82-27"),
        ("p82-12", "p82-30"), ("p82-18", "p82-48"), ("p82-19", "p82-37"), ("p82-20", "p82-47"),
        ("p82-23", "p82-47"), ("p82-27", "p82-30"), ("p82-28", "p82-46"), ("p82-33", "p82-35"),
        # EyePACS (public data the lexicon knows; 6 December, seventh)
        ("p82-02", "p82-47"),
        # 'On the RETOUCH challenge test set, the volumetric model improved mean Dice ... from 0.79 to 0.83':
        # a result a sentence opening with 'On' gives
        ("p82-11", "p82-32"),
    }  # fmt: skip


def test_the_eighty_third_probes_of_statistics_biostatistics_and_operations_research() -> None:
    # 48 abstracts of estimators, packages, simulation studies, trial designs, solvers and instance libraries,
    # with methods named after people (Bayesian, Markov, Kaplan-Meier, Benders) and ordinary words as names
    # (lantern, Quilt, Driftwood), written on 5 December (sixth) and read first with c120639: of the writer's
    # 29 builds-on pairs 27, 1 false ("Stepped-wedge trials, such as PELICAN, have reported"), and of 26
    # shared pairs 20, 7 false. Then every pair, none false ("Design and baseline characteristics of HALO-HF,
    # a ... cohort" introduces), and 20, 4 false. Left false: UK Biobank named only as the data a score was
    # developed on, and PELICAN's design adapted, counted as its data
    builds_on, shared = _loaded_pairs("other-fields-probes-83.jsonl")
    assert builds_on == {
        ("p83-05", "p83-02"), ("p83-06", "p83-03"), ("p83-10", "p83-01"), ("p83-15", "p83-03"),
        ("p83-15", "p83-06"), ("p83-16", "p83-04"), ("p83-17", "p83-02"), ("p83-17", "p83-05"),
        ("p83-20", "p83-08"), ("p83-21", "p83-03"), ("p83-21", "p83-12"), ("p83-22", "p83-07"),
        ("p83-23", "p83-14"), ("p83-28", "p83-19"), ("p83-29", "p83-26"), ("p83-30", "p83-24"),
        ("p83-31", "p83-13"), ("p83-32", "p83-13"), ("p83-33", "p83-18"), ("p83-34", "p83-04"),
        ("p83-35", "p83-08"), ("p83-37", "p83-19"), ("p83-37", "p83-28"), ("p83-39", "p83-06"),
        ("p83-41", "p83-05"), ("p83-42", "p83-33"), ("p83-43", "p83-01"), ("p83-45", "p83-12"),
        ("p83-47", "p83-35"),
    }  # fmt: skip
    assert shared == {
        ("p83-01", "p83-19"), ("p83-01", "p83-43"), ("p83-02", "p83-05"), ("p83-02", "p83-17"),
        ("p83-03", "p83-06"), ("p83-03", "p83-15"), ("p83-03", "p83-21"), ("p83-05", "p83-17"),
        ("p83-06", "p83-15"), ("p83-06", "p83-21"), ("p83-07", "p83-22"), ("p83-08", "p83-20"),
        ("p83-11", "p83-26"), ("p83-12", "p83-45"), ("p83-15", "p83-21"), ("p83-19", "p83-28"),
        ("p83-19", "p83-37"), ("p83-19", "p83-43"), ("p83-28", "p83-37"), ("p83-34", "p83-41"),
        ("p83-08", "p83-35"),  # FALSE: PELICAN's design adapted, not its data
        ("p83-20", "p83-35"),  # FALSE: the same
        # gone, a background (6 December): p83-11/p83-29, UK Biobank, the data of another's score
        # gone, a background (6 December): "p83-26", "p83-29", the same
        # OpenStreetMap (public data the lexicon knows; 6 December, seventh)
        ("p83-24", "p83-27"),
        # SEER (public data the lexicon knows; 6 December, seventh)
        ("p83-14", "p83-23"),
        # RebalSet, a library of instances, is data (7 December, sixteenth)
        ("p83-24", "p83-30"),
    }  # fmt: skip


def test_the_eighty_fourth_probes_of_pharmacology_and_drug_discovery() -> None:
    # 48 abstracts of compound libraries, bioactivity databases, screening assays, pharmacovigilance,
    # toxicology, clinical pharmacology, pharmacokinetics and receptor pharmacology, with compounds named by
    # codes and eponymous kinetics (Michaelis-Menten, Hill), written on 5 December (sixth) after every other
    # rule of the session and read first with them: of the writer's 35 builds-on pairs 31, none false, and of
    # 61 shared pairs 19, none false (the same with c120639). Missed: "3,026 PROMPT-PGx participants", "the
    # Meridian panel"; databases written without a data word or by release (ChEMBL 24 and ChEMBL 25, FAERS,
    # VigiBase, MedDRA); "the Palisade hERG benchmark" (discovered as data of its own) until a later commit
    builds_on, shared = _loaded_pairs("other-fields-probes-84.jsonl")
    assert builds_on == {
        ("p84-28", "p84-06"),  # "the Palisade hERG benchmark" (a later commit of the session)
        ("p84-07", "p84-02"), ("p84-09", "p84-01"), ("p84-10", "p84-03"), ("p84-12", "p84-02"),
        ("p84-13", "p84-05"), ("p84-15", "p84-07"), ("p84-17", "p84-01"), ("p84-18", "p84-03"),
        ("p84-19", "p84-04"), ("p84-21", "p84-08"), ("p84-22", "p84-05"), ("p84-23", "p84-15"),
        ("p84-24", "p84-12"), ("p84-25", "p84-09"), ("p84-26", "p84-10"), ("p84-27", "p84-11"),
        ("p84-29", "p84-07"), ("p84-33", "p84-14"), ("p84-35", "p84-01"), ("p84-36", "p84-03"),
        ("p84-38", "p84-02"), ("p84-38", "p84-12"), ("p84-39", "p84-05"), ("p84-40", "p84-14"),
        ("p84-41", "p84-04"), ("p84-43", "p84-02"), ("p84-43", "p84-15"), ("p84-44", "p84-09"),
        ("p84-45", "p84-10"), ("p84-47", "p84-06"), ("p84-48", "p84-08"),
    }  # fmt: skip
    assert shared == {
        ("p84-06", "p84-28"), ("p84-28", "p84-47"),  # the same
        ("p84-01", "p84-44"), ("p84-02", "p84-07"), ("p84-02", "p84-12"), ("p84-02", "p84-38"),
        ("p84-02", "p84-43"), ("p84-06", "p84-47"), ("p84-07", "p84-12"), ("p84-07", "p84-38"),
        ("p84-07", "p84-43"), ("p84-10", "p84-26"), ("p84-10", "p84-45"), ("p84-11", "p84-27"),
        ("p84-12", "p84-38"), ("p84-12", "p84-43"), ("p84-13", "p84-32"), ("p84-15", "p84-23"),
        ("p84-26", "p84-45"), ("p84-33", "p84-40"), ("p84-38", "p84-43"),
        # ChEMBL (public data the lexicon knows; 6 December, seventh)
        ("p84-03", "p84-10"), ("p84-03", "p84-26"), ("p84-03", "p84-44"), ("p84-03", "p84-45"),
        ("p84-10", "p84-44"), ("p84-26", "p84-44"), ("p84-44", "p84-45"),
        # DrugBank (public data the lexicon knows; 6 December, seventh)
        ("p84-15", "p84-42"),
        # Protein Data Bank (public data the lexicon knows; 6 December, seventh)
        ("p84-17", "p84-21"),
        # the KESTREL virtual library of 38 million macrocycles is data (7 December, sixteenth)
        ("p84-01", "p84-09"),
        ("p84-01", "p84-17"),
        ("p84-01", "p84-35"),
        ("p84-09", "p84-17"),
        ("p84-09", "p84-35"),
        ("p84-17", "p84-35"),
    }  # fmt: skip


def test_the_eighty_fifth_probes_of_oceanography_and_fisheries() -> None:
    # 48 abstracts of physical oceanography, reanalysis, biogeochemistry, stock assessment, acoustics,
    # megafauna, polar and upwelling systems, with currents and seas named after people and places (Gulf
    # Stream, Agulhas, Beaufort Sea), written on 5 December (sixth) after every other rule of the session and
    # read first with them: every one of the writer's 28 builds-on pairs, 2 false, and of 104 shared pairs 30,
    # none false. Then "such as ANCHOR, are not directly applicable" and "such as those derived with EchoSort
    # ..., were excluded" use nothing: none false. Missed: data written without a data word (Argo floats,
    # ERA5, GLODAPv2, CalCOFI). The CHASQUI reanalysis of the file was found only where "a Humboldt Current
    # reanalysis" made data of a current: a reanalysis is data, the current a place (6 December), and the
    # five papers using CHASQUI's fields share them
    builds_on, shared = _loaded_pairs("other-fields-probes-85.jsonl")
    assert builds_on == {
        ("p85-03", "p85-01"), ("p85-04", "p85-02"), ("p85-06", "p85-01"), ("p85-08", "p85-44"),
        ("p85-09", "p85-07"), ("p85-09", "p85-15"), ("p85-11", "p85-10"), ("p85-14", "p85-13"),
        ("p85-16", "p85-07"), ("p85-16", "p85-15"), ("p85-21", "p85-07"), ("p85-21", "p85-19"),
        ("p85-23", "p85-22"), ("p85-26", "p85-25"), ("p85-30", "p85-25"), ("p85-30", "p85-28"),
        ("p85-31", "p85-07"), ("p85-31", "p85-15"), ("p85-33", "p85-02"), ("p85-35", "p85-22"),
        ("p85-36", "p85-32"), ("p85-39", "p85-38"), ("p85-40", "p85-12"), ("p85-43", "p85-07"),
        ("p85-47", "p85-19"), ("p85-47", "p85-43"), ("p85-48", "p85-02"), ("p85-48", "p85-12"),
    }  # fmt: skip
    assert shared == {
        ("p85-02", "p85-04"), ("p85-02", "p85-33"), ("p85-02", "p85-48"), ("p85-04", "p85-33"),
        ("p85-04", "p85-48"), ("p85-07", "p85-09"), ("p85-07", "p85-43"), ("p85-08", "p85-12"),
        ("p85-08", "p85-23"), ("p85-08", "p85-36"), ("p85-08", "p85-40"), ("p85-08", "p85-48"),
        ("p85-09", "p85-43"), ("p85-11", "p85-37"), ("p85-11", "p85-38"), ("p85-12", "p85-23"),
        ("p85-12", "p85-36"), ("p85-12", "p85-40"), ("p85-12", "p85-48"), ("p85-22", "p85-23"),
        ("p85-22", "p85-35"), ("p85-23", "p85-35"), ("p85-23", "p85-36"), ("p85-23", "p85-40"),
        ("p85-23", "p85-48"), ("p85-33", "p85-48"), ("p85-36", "p85-40"), ("p85-36", "p85-48"),
        ("p85-37", "p85-38"), ("p85-40", "p85-48"),
        ("p85-07", "p85-16"), ("p85-07", "p85-21"), ("p85-07", "p85-31"), ("p85-09", "p85-16"),
        ("p85-09", "p85-21"), ("p85-09", "p85-31"), ("p85-16", "p85-21"), ("p85-16", "p85-31"),
        ("p85-16", "p85-43"), ("p85-21", "p85-31"), ("p85-21", "p85-43"), ("p85-31", "p85-43"),
        # ETPOX, "a quality-controlled compilation of dissolved oxygen profiles" (6 December)
        ("p85-09", "p85-15"), ("p85-15", "p85-16"), ("p85-15", "p85-31"),
        # ERA-Interim (public data the lexicon knows; 6 December, seventh)
        ("p85-05", "p85-07"), ("p85-05", "p85-37"), ("p85-07", "p85-37"),
        # ERA5 (public data the lexicon knows; 6 December, seventh)
        ("p85-11", "p85-42"), ("p85-11", "p85-43"), ("p85-11", "p85-45"), ("p85-42", "p85-43"),
        ("p85-42", "p85-45"), ("p85-43", "p85-45"),
    }  # fmt: skip


def test_the_eighty_sixth_probes_of_human_computer_interaction_and_accessibility() -> None:
    # 48 abstracts of screen readers, pointing and text entry, captioning and sign language, older adults,
    # voice interfaces, VR and chart accessibility, toolkits named with ordinary words (Puppeteer, Beacon,
    # Glide), written on 5 December (sixth) after every other rule of the session and read first with them: of
    # the writer's 30 builds-on pairs 29, 1 false, and of 24 shared pairs 17, none false (the same with
    # c120639). Left false: "the Puppeteer headless Chrome library" reaching the Wizard-of-Oz toolkit
    # Puppeteer. Missed: "We adapted the CEQ", a three-letter acronym written without its long form
    builds_on, shared = _loaded_pairs("other-fields-probes-86.jsonl")
    assert builds_on == {
        ("p86-04", "p86-01"), ("p86-10", "p86-03"), ("p86-12", "p86-05"), ("p86-16", "p86-09"),
        ("p86-17", "p86-01"), ("p86-18", "p86-07"), ("p86-19", "p86-03"), ("p86-20", "p86-11"),
        ("p86-22", "p86-13"), ("p86-24", "p86-15"), ("p86-27", "p86-17"), ("p86-30", "p86-23"),
        ("p86-31", "p86-13"), ("p86-32", "p86-25"), ("p86-34", "p86-21"), ("p86-35", "p86-15"),
        ("p86-36", "p86-19"), ("p86-37", "p86-11"), ("p86-38", "p86-21"), ("p86-39", "p86-31"),
        ("p86-40", "p86-28"), ("p86-43", "p86-09"), ("p86-43", "p86-25"), ("p86-44", "p86-15"),
        ("p86-44", "p86-35"), ("p86-45", "p86-19"), ("p86-45", "p86-38"), ("p86-47", "p86-07"),
        ("p86-48", "p86-35"),
        ("p86-41", "p86-28"),  # FALSE: "the Puppeteer headless Chrome library", not the toolkit
    }  # fmt: skip
    assert shared == {
        ("p86-01", "p86-04"), ("p86-01", "p86-17"), ("p86-04", "p86-17"), ("p86-11", "p86-20"),
        ("p86-11", "p86-37"), ("p86-14", "p86-29"), ("p86-15", "p86-24"), ("p86-15", "p86-35"),
        ("p86-15", "p86-44"), ("p86-20", "p86-37"), ("p86-21", "p86-34"), ("p86-21", "p86-38"),
        ("p86-23", "p86-30"), ("p86-24", "p86-35"), ("p86-24", "p86-44"), ("p86-34", "p86-38"),
        ("p86-35", "p86-44"),
        # English Longitudinal Study of Ageing (public data the lexicon knows; 6 December, seventh)
        ("p86-08", "p86-32"), ("p86-08", "p86-46"), ("p86-32", "p86-46"),
    }  # fmt: skip


def test_the_eighty_seventh_probes_of_mathematics_and_theoretical_computer_science() -> None:
    # 48 abstracts of theorem proving, graph theory, integer sequences, SAT solving, complexity, random
    # graphs, number theory and algorithms, with eponyms (Hadwiger, Ramsey, Lovász) and ordinary words as
    # names (Quarry, Pebble, Weave, Thicket), written on 5 December (sixth) after every other rule of the
    # session and read first with them: of the writer's 25 builds-on pairs 23, 2 false, and of 40 shared pairs
    # 15, none false. Then "so we did not draw on them" uses nothing. Left false: "usually guessed by
    # computer, for instance with LOOM", practice described. Missed: the OEIS and mathlib, written without a
    # data word ("the Thicket process", a word before its noun, until a later commit of the session)
    builds_on, shared = _loaded_pairs("other-fields-probes-87.jsonl")
    assert builds_on == {
        ("p87-33", "p87-31"), ("p87-36", "p87-31"),  # "We introduce the Thicket process, a ..."
        ("p87-03", "p87-01"), ("p87-05", "p87-01"), ("p87-05", "p87-03"), ("p87-10", "p87-09"),
        ("p87-11", "p87-07"), ("p87-14", "p87-13"), ("p87-16", "p87-13"), ("p87-16", "p87-15"),
        ("p87-18", "p87-15"), ("p87-21", "p87-19"), ("p87-21", "p87-20"), ("p87-22", "p87-19"),
        ("p87-24", "p87-20"), ("p87-26", "p87-25"), ("p87-28", "p87-27"), ("p87-29", "p87-27"),
        ("p87-38", "p87-37"), ("p87-41", "p87-37"), ("p87-41", "p87-40"), ("p87-44", "p87-09"),
        ("p87-45", "p87-43"), ("p87-48", "p87-03"), ("p87-48", "p87-43"),
        ("p87-17", "p87-13"),  # FALSE: "for instance with LOOM", practice described
    }  # fmt: skip
    assert shared == {
        ("p87-01", "p87-03"), ("p87-01", "p87-05"), ("p87-03", "p87-05"), ("p87-07", "p87-08"),
        ("p87-07", "p87-11"), ("p87-07", "p87-47"), ("p87-08", "p87-11"), ("p87-08", "p87-47"),
        ("p87-11", "p87-47"), ("p87-37", "p87-38"), ("p87-37", "p87-41"), ("p87-38", "p87-41"),
        # since "We call the resulting corpus Parcel"
        ("p87-15", "p87-16"), ("p87-15", "p87-18"), ("p87-16", "p87-18"),
    }  # fmt: skip


def test_the_eighty_eighth_probes_of_oceanography_atmosphere_ice_and_hydrology() -> None:
    # 48 abstracts of physical oceanography, atmospheric science, glaciology and hydrology, written on 6
    # December by a session kept from the code, their data named as the fields name them (ERA5, MERRA-2,
    # HadISST, Argo, GRACE, CAMELS) and read first with the rules of 5 December: of the writer's 25 builds-on
    # pairs 25, 3 false ("Rather than tracking cyclones ... with algorithms such as StormTrace", "toolkits
    # such as Lantern can ..." after a semicolon, "west of the Cascade Range"), and of 44 shared pairs 7, 1
    # false. Now 25, none false, and 15 shared ("from three-hourly MERRA-2 fields for June-September
    # 1980-2020", "monthly HadISST fields for 1980-2020"). Left false until 6 December (eleventh): a TRACE
    # experiment's data and the TRACE attribution model. Missed: data named with no data word and no years
    # (Argo profiles, CMIP6 models, GRACE mascons, ICESat-2 tracks, CAMELS catchments)
    builds_on, shared = _loaded_pairs("other-fields-probes-88.jsonl")
    assert builds_on == {
        ("p88-05", "p88-01"), ("p88-06", "p88-02"), ("p88-09", "p88-01"), ("p88-10", "p88-02"),
        ("p88-12", "p88-01"), ("p88-17", "p88-13"), ("p88-19", "p88-14"), ("p88-20", "p88-15"),
        ("p88-22", "p88-14"), ("p88-23", "p88-13"), ("p88-24", "p88-14"), ("p88-29", "p88-25"),
        ("p88-30", "p88-26"), ("p88-31", "p88-27"), ("p88-33", "p88-25"), ("p88-34", "p88-26"),
        ("p88-35", "p88-27"), ("p88-36", "p88-01"), ("p88-40", "p88-13"), ("p88-41", "p88-37"),
        ("p88-42", "p88-38"), ("p88-44", "p88-37"), ("p88-46", "p88-38"), ("p88-48", "p88-37"),
        ("p88-48", "p88-45"),
    }  # fmt: skip
    assert shared == {
        ("p88-03", "p88-13"), ("p88-03", "p88-17"), ("p88-03", "p88-19"), ("p88-04", "p88-18"),
        ("p88-05", "p88-09"), ("p88-13", "p88-17"), ("p88-13", "p88-19"), ("p88-15", "p88-20"),
        ("p88-15", "p88-23"), ("p88-15", "p88-40"), ("p88-17", "p88-19"), ("p88-20", "p88-23"),
        ("p88-20", "p88-40"), ("p88-23", "p88-40"), ("p88-31", "p88-35"),
        # (not since 6 December, eleventh: the TRACE experiment's data are no TRACE, the attribution model a
        # paper presents)
        # CMIP6 (public data the lexicon knows; 6 December, seventh)
        ("p88-08", "p88-22"), ("p88-08", "p88-47"), ("p88-22", "p88-47"),
        # GPCP (public data the lexicon knows; 6 December, seventh)
        ("p88-16", "p88-20"),
        # Daymet (public data the lexicon knows; 6 December, seventh)
        ("p88-41", "p88-44"),
    }  # fmt: skip


def test_the_eighty_ninth_probes_of_microbiology_veterinary_plant_and_food_science() -> None:
    # 48 abstracts of microbiology and metagenomics, veterinary science, plant pathology and food science,
    # written on 6 December by a session kept from the code and read first with the rules of 5 December: of
    # the writer's 28 builds-on pairs 28, none false, and of 42 shared pairs 17, 2 false. Now 24 shared
    # ("classified against SILVA 138", "searches against PHI-base"). Left false: the Earth Microbiome
    # Project's primers, not its data. Missed: references named by "in" or "to" ("typed in EnteroBase",
    # "reported to WAHIS"), KEGG orthology, FoodData Central entries
    builds_on, shared = _loaded_pairs("other-fields-probes-89.jsonl")
    assert builds_on == {
        ("p89-01", "p89-05"), ("p89-02", "p89-19"), ("p89-03", "p89-12"), ("p89-04", "p89-22"),
        ("p89-06", "p89-21"), ("p89-07", "p89-19"), ("p89-09", "p89-41"), ("p89-11", "p89-15"),
        ("p89-14", "p89-46"), ("p89-16", "p89-28"), ("p89-17", "p89-22"), ("p89-17", "p89-40"),
        ("p89-18", "p89-40"), ("p89-20", "p89-24"), ("p89-21", "p89-46"), ("p89-25", "p89-29"),
        ("p89-27", "p89-12"), ("p89-27", "p89-13"), ("p89-31", "p89-09"), ("p89-31", "p89-41"),
        ("p89-32", "p89-29"), ("p89-36", "p89-13"), ("p89-38", "p89-30"), ("p89-39", "p89-45"),
        ("p89-42", "p89-26"), ("p89-43", "p89-40"), ("p89-44", "p89-46"), ("p89-47", "p89-05"),
    }  # fmt: skip
    assert shared == {
        ("p89-01", "p89-05"), ("p89-01", "p89-47"), ("p89-03", "p89-13"), ("p89-03", "p89-27"),
        ("p89-03", "p89-36"), ("p89-04", "p89-23"), ("p89-05", "p89-47"), ("p89-08", "p89-17"),
        ("p89-08", "p89-43"), ("p89-13", "p89-27"), ("p89-13", "p89-36"), ("p89-17", "p89-43"),
        ("p89-21", "p89-24"), ("p89-21", "p89-44"), ("p89-21", "p89-46"), ("p89-23", "p89-40"),
        ("p89-24", "p89-44"), ("p89-24", "p89-46"), ("p89-25", "p89-32"), ("p89-26", "p89-42"),
        ("p89-27", "p89-36"), ("p89-30", "p89-38"), ("p89-39", "p89-45"), ("p89-44", "p89-46"),
        ("p89-08", "p89-23"),  # FALSE: "with the Earth Microbiome Project 515F/806R primers"
        ("p89-08", "p89-40"),
        # KEGG (public data the lexicon knows; 6 December, seventh)
        ("p89-04", "p89-22"), ("p89-04", "p89-24"), ("p89-22", "p89-24"),
        # "stool metagenomes from 139 healthy adults in the Human Microbiome Project" (7 December, fourteenth)
        ("p89-20", "p89-35"),
    }  # fmt: skip


def test_the_ninetieth_probes_of_finance_accounting_labour_and_marketing() -> None:
    # 48 abstracts of empirical finance, accounting, labour economics and marketing, written on 6 December by
    # a session kept from the code and read first with the rules of 5 December: of the writer's 28 builds-on
    # pairs 25, 1 false ("Reduced-form estimators such as STEP model ... but ignore the choice ..., which is
    # central in our setting"), and of 43 shared pairs 5, none false. Now 25, none false, and 23 shared
    # ("Using Compustat for 1995-2019", "from OptionMetrics for 1996-2008"); 27 since "the PLX index" is the
    # PLX its presenter called an index. Missed: "the Gauge county-level measure"; data named with no years
    # or a short acronym (CRSP with TAQ, I/B/E/S, the CPS, the PSID)
    builds_on, shared = _loaded_pairs("other-fields-probes-90.jsonl")
    assert builds_on == {
        ("p90-02", "p90-01"), ("p90-04", "p90-03"), ("p90-06", "p90-05"), ("p90-08", "p90-07"),
        ("p90-09", "p90-01"), ("p90-11", "p90-03"), ("p90-14", "p90-13"), ("p90-16", "p90-15"),
        ("p90-18", "p90-15"), ("p90-18", "p90-17"), ("p90-20", "p90-13"), ("p90-21", "p90-13"),
        ("p90-22", "p90-12"), ("p90-24", "p90-13"), ("p90-26", "p90-25"), ("p90-28", "p90-27"),
        ("p90-30", "p90-25"), ("p90-32", "p90-25"), ("p90-33", "p90-27"), ("p90-35", "p90-27"),
        ("p90-38", "p90-37"), ("p90-43", "p90-42"), ("p90-45", "p90-44"), ("p90-46", "p90-45"),
        ("p90-47", "p90-37"),
        ("p90-40", "p90-39"), ("p90-48", "p90-39"),  # "the PLX index" (6 December, later)
    }  # fmt: skip
    assert shared == {
        ("p90-01", "p90-02"), ("p90-01", "p90-04"), ("p90-01", "p90-48"), ("p90-02", "p90-04"),
        ("p90-02", "p90-48"), ("p90-03", "p90-04"), ("p90-03", "p90-11"), ("p90-04", "p90-11"),
        ("p90-04", "p90-48"), ("p90-07", "p90-08"), ("p90-13", "p90-14"), ("p90-13", "p90-15"),
        ("p90-13", "p90-24"), ("p90-14", "p90-15"), ("p90-14", "p90-24"), ("p90-15", "p90-24"),
        ("p90-26", "p90-32"), ("p90-28", "p90-33"), ("p90-37", "p90-38"), ("p90-37", "p90-42"),
        ("p90-38", "p90-42"), ("p90-40", "p90-47"), ("p90-44", "p90-45"),
        # I/B/E/S (public data the lexicon knows; 6 December, seventh)
        ("p90-02", "p90-11"), ("p90-02", "p90-16"), ("p90-11", "p90-16"),
        # PSID (public data the lexicon knows; 6 December, seventh), not of p90-29: "Because the PSID lacks
        # comparable measures of adolescent skills, ... evidence of this kind has been scarce" (7 December,
        # sixteenth)
        ("p90-27", "p90-33"),
        # BoardEx (public data the lexicon knows; 6 December, seventh)
        ("p90-10", "p90-21"),
    }  # fmt: skip


def test_the_ninety_first_probes_of_transport_planning_power_and_structures() -> None:
    # 48 abstracts of transportation, urban planning, power systems and civil engineering, written on 6
    # December by a session kept from the code and read first with the rules of 5 December: of the writer's 29
    # builds-on pairs 27, none false, and of 44 shared pairs 14, none false; the same now. Missed: "a
    # modification of SPAN-T", "the SPAN (Seismic Performance Assessment Network) framework"; test systems and
    # records named as the fields do (the IEEE 118-bus test system, PJM market data, NGSIM I-80 vs US-101, the
    # NYC TLC trip records)
    builds_on, shared = _loaded_pairs("other-fields-probes-91.jsonl")
    assert builds_on == {
        ("p91-04", "p91-01"), ("p91-05", "p91-02"), ("p91-06", "p91-03"), ("p91-09", "p91-03"),
        ("p91-09", "p91-06"), ("p91-10", "p91-07"), ("p91-11", "p91-08"), ("p91-12", "p91-10"),
        ("p91-16", "p91-13"), ("p91-18", "p91-14"), ("p91-19", "p91-15"), ("p91-22", "p91-14"),
        ("p91-23", "p91-21"), ("p91-24", "p91-13"), ("p91-28", "p91-25"), ("p91-29", "p91-26"),
        ("p91-30", "p91-27"), ("p91-33", "p91-26"), ("p91-33", "p91-29"), ("p91-34", "p91-31"),
        ("p91-35", "p91-08"), ("p91-40", "p91-37"), ("p91-42", "p91-39"), ("p91-43", "p91-37"),
        ("p91-43", "p91-40"), ("p91-44", "p91-41"), ("p91-48", "p91-39"),
        ("p91-47", "p91-38"),  # since "SPAN (Seismic Performance Assessment Network)" is spelt
        # 'using the SPAN pedestrian accessibility index and its walk-and-transit extension SPAN-T'
        ("p91-22", "p91-18"),
    }  # fmt: skip
    assert shared == {
        ("p91-02", "p91-05"), ("p91-04", "p91-05"), ("p91-08", "p91-11"), ("p91-08", "p91-35"),
        ("p91-11", "p91-35"), ("p91-14", "p91-18"), ("p91-14", "p91-22"), ("p91-17", "p91-21"),
        ("p91-18", "p91-22"), ("p91-37", "p91-40"), ("p91-37", "p91-43"), ("p91-40", "p91-43"),
        ("p91-41", "p91-44"), ("p91-42", "p91-48"),
        # NGSIM (public data the lexicon knows; 6 December, seventh)
        ("p91-01", "p91-05"),
    }  # fmt: skip

def test_the_ninety_second_probes_of_clinical_medicine_with_study_periods() -> None:
    # 48 structured abstracts of cardiology, oncology, infectious disease, pharmacoepidemiology, public health
    # and nursing, written on 6 December by a session kept from the code, with study periods in every abstract
    # and traps for data read from them ("patients with COVID-19 admitted between ...", "Klebsiella pneumoniae
    # isolates collected between 2016 and 2019", "children from Lagos"), read first with this session's rules
    # up to 7488d8f: of the writer's 26 builds-on pairs 20, none false, and of 38 shared pairs 18 (17 with the
    # rules of 5 December), 3 false, none from the years. Then "we derived the Cardiometabolic Vulnerability
    # Index (CMVI)" and "The resulting instrument, the Nursing Workload Acuity Tool (NWAT)," made their
    # instruments, and "in US adults" is no "us" (the CMVI's derivation from NHANES, in a Background sentence,
    # was read as the validation study's own use): 26, and 18 shared, none false. Missed: SEER, MIMIC-IV,
    # FAERS, Optum and TriNetX named with no data word and no years
    builds_on, shared = _loaded_pairs("other-fields-probes-92.jsonl")
    assert builds_on == {
        ("p92-14", "p92-03"), ("p92-15", "p92-02"), ("p92-16", "p92-01"), ("p92-17", "p92-05"),
        ("p92-22", "p92-08"), ("p92-23", "p92-04"), ("p92-24", "p92-03"), ("p92-25", "p92-02"),
        ("p92-26", "p92-01"), ("p92-26", "p92-08"), ("p92-27", "p92-13"), ("p92-28", "p92-05"),
        ("p92-30", "p92-04"), ("p92-31", "p92-21"), ("p92-34", "p92-18"), ("p92-35", "p92-13"),
        ("p92-36", "p92-05"), ("p92-38", "p92-01"), ("p92-39", "p92-02"), ("p92-40", "p92-21"),
        ("p92-43", "p92-03"), ("p92-44", "p92-13"), ("p92-45", "p92-21"), ("p92-46", "p92-21"),
        ("p92-47", "p92-18"), ("p92-48", "p92-04"),
    }  # fmt: skip
    assert shared == {
        ("p92-02", "p92-15"), ("p92-02", "p92-33"), ("p92-05", "p92-17"), ("p92-05", "p92-36"),
        ("p92-06", "p92-19"), ("p92-06", "p92-28"), ("p92-06", "p92-42"), ("p92-07", "p92-32"),
        ("p92-09", "p92-25"), ("p92-09", "p92-39"), ("p92-10", "p92-29"), ("p92-15", "p92-33"),
        ("p92-17", "p92-36"), ("p92-19", "p92-28"), ("p92-19", "p92-42"), ("p92-25", "p92-39"),
        ("p92-28", "p92-42"), ("p92-31", "p92-45"),
        # MIMIC-IV (public data the lexicon knows; 6 December, seventh)
        ("p92-21", "p92-31"), ("p92-21", "p92-40"), ("p92-21", "p92-46"), ("p92-31", "p92-40"),
        ("p92-31", "p92-46"), ("p92-40", "p92-46"),
        # SEER (public data the lexicon knows; 6 December, seventh)
        ("p92-04", "p92-11"), ("p92-04", "p92-23"), ("p92-04", "p92-37"), ("p92-11", "p92-23"),
        ("p92-11", "p92-37"), ("p92-23", "p92-37"),
    }  # fmt: skip


def test_the_ninety_third_probes_of_political_science_sociology_history_and_demography() -> None:
    # 48 abstracts of political science, sociology, economic history, demography and archaeology, written on 6
    # December by a session kept from the code, with periods everywhere and traps ("migrants from Syria
    # between 2011 and 2016", "the Ottoman Empire from 1839 to 1876"), read first with this session's rules up
    # to 7488d8f: of the writer's 27 builds-on pairs 26, 2 false, and of 38 shared pairs 13 (7 with the rules
    # of 5 December), 6 false, none from the years. Then "do not rely on expert-coded indices such as those of
    # V-Dem", "..., which record no kin ties, cannot substitute for the register", "we rely instead on" and
    # "We introduce the Tether model, in which ...": 27, 1 false, and 13 shared, none false. Left false: the
    # Hearth Tax returns, a tax, read as the Hearth model (until a capitalised word after a word-shaped name
    # made another name, 6 December, night). Missed: ACLED, the ESS, the GSS, the DHS and the
    # Maddison Project, named with no data word
    builds_on, shared = _loaded_pairs("other-fields-probes-93.jsonl")
    assert builds_on == {
        ("p93-03", "p93-01"), ("p93-04", "p93-12"), ("p93-07", "p93-02"), ("p93-08", "p93-01"),
        ("p93-09", "p93-05"), ("p93-10", "p93-05"), ("p93-13", "p93-02"), ("p93-14", "p93-11"),
        ("p93-15", "p93-12"), ("p93-17", "p93-24"), ("p93-19", "p93-11"), ("p93-25", "p93-21"),
        ("p93-26", "p93-22"), ("p93-27", "p93-24"), ("p93-28", "p93-21"), ("p93-30", "p93-22"),
        ("p93-34", "p93-42"), ("p93-35", "p93-32"), ("p93-36", "p93-33"), ("p93-37", "p93-31"),
        ("p93-39", "p93-33"), ("p93-40", "p93-31"), ("p93-44", "p93-41"), ("p93-45", "p93-42"),
        ("p93-46", "p93-43"), ("p93-47", "p93-41"), ("p93-48", "p93-43"),
    }  # fmt: skip
    assert shared == {
        ("p93-01", "p93-03"), ("p93-01", "p93-08"), ("p93-03", "p93-08"), ("p93-16", "p93-31"),
        ("p93-16", "p93-34"), ("p93-16", "p93-37"), ("p93-17", "p93-27"), ("p93-31", "p93-34"),
        ("p93-31", "p93-37"), ("p93-32", "p93-35"), ("p93-32", "p93-38"), ("p93-34", "p93-37"),
        ("p93-35", "p93-38"),
        # ACLED (public data the lexicon knows; 6 December, seventh)
        ("p93-02", "p93-07"), ("p93-02", "p93-13"), ("p93-07", "p93-13"),
        # World Values Survey (public data the lexicon knows; 6 December, seventh)
        ("p93-15", "p93-20"),
    }  # fmt: skip


def test_the_ninety_fourth_probes_of_astronomy_ecology_genomics_and_neuroscience() -> None:
    # 48 abstracts of astronomy, ecology and evolution, genomics and neuroscience, written on 6 December by a
    # session kept from the code, with collection periods and traps ("Anopheles gambiae mosquitoes collected
    # between 2015 and 2018", "observations with ALMA from 2017 to 2019"), read first with this session's
    # rules up to 7488d8f: of the writer's 29 builds-on pairs 28, none false, and of 39 shared pairs 22 (19
    # with the rules of 5 December), 3 false, none from the years. Left false: the Anopheles gambiae 1000
    # Genomes Project (Ag1000G) read as the human one. Missed: TESS, ZTF, TRY, GTEx v8 and ADNI named with no
    # data word (and "called variants with the tidewater pipeline", until a later commit of that day)
    builds_on, shared = _loaded_pairs("other-fields-probes-94.jsonl")
    assert builds_on == {
        ("p94-03", "p94-01"), ("p94-05", "p94-02"), ("p94-06", "p94-04"), ("p94-07", "p94-01"),
        ("p94-10", "p94-09"), ("p94-11", "p94-01"), ("p94-12", "p94-04"), ("p94-16", "p94-13"),
        ("p94-17", "p94-14"), ("p94-21", "p94-18"), ("p94-22", "p94-20"), ("p94-23", "p94-14"),
        ("p94-23", "p94-18"), ("p94-24", "p94-13"), ("p94-27", "p94-25"), ("p94-27", "p94-26"),
        ("p94-30", "p94-28"), ("p94-32", "p94-31"), ("p94-34", "p94-33"), ("p94-36", "p94-26"),
        ("p94-39", "p94-37"), ("p94-40", "p94-37"), ("p94-42", "p94-38"), ("p94-43", "p94-38"),
        ("p94-44", "p94-40"), ("p94-45", "p94-37"), ("p94-46", "p94-45"), ("p94-47", "p94-40"),
        ("p94-29", "p94-28"),  # "with the tidewater pipeline" (6 December, later)
    }  # fmt: skip
    assert shared == {
        ("p94-05", "p94-06"), ("p94-05", "p94-12"), ("p94-06", "p94-12"), ("p94-09", "p94-10"),
        ("p94-13", "p94-22"), ("p94-14", "p94-29"), ("p94-18", "p94-21"), ("p94-18", "p94-23"),
        ("p94-21", "p94-23"), ("p94-25", "p94-26"), ("p94-25", "p94-27"), ("p94-25", "p94-33"),
        ("p94-25", "p94-34"), ("p94-25", "p94-44"), ("p94-26", "p94-27"), ("p94-26", "p94-44"),
        ("p94-27", "p94-44"), ("p94-33", "p94-34"), ("p94-38", "p94-43"), ("p94-40", "p94-44"),
        ("p94-40", "p94-47"), ("p94-44", "p94-47"),
        ("p94-25", "p94-28"),  # FALSE: the Anopheles gambiae 1000 Genomes Project (Ag1000G)
        ("p94-28", "p94-33"),
        ("p94-28", "p94-34"),
        # FALSE: "databases such as gnomAD under-represent the founder populations studied here, and we
        # therefore did not use external allele frequencies" (6 December, seventh)
        ("p94-31", "p94-35"), ("p94-32", "p94-35"),
        # eBird (public data the lexicon knows; 6 December, seventh)
        ("p94-13", "p94-16"),
        # 2MASS (public data the lexicon knows; 6 December, seventh)
        ("p94-04", "p94-06"),
        # GTEx (public data the lexicon knows; 6 December, seventh)
        ("p94-26", "p94-31"), ("p94-27", "p94-31"),
        # ClinVar, gnomAD (public data the lexicon knows; 6 December, seventh)
        ("p94-31", "p94-32"),
        # ADNI (public data the lexicon knows; 6 December, seventh)
        ("p94-46", "p94-47"),
    }  # fmt: skip

def test_the_ninety_fifth_probes_of_chemistry_materials_catalysis_and_batteries() -> None:
    # 48 abstracts of computational chemistry, materials science, catalysis and battery research, written on 6
    # December by a session kept from the code as a last reading of that day's rules (formulas, software,
    # instruments and suppliers as traps), read first with the rules of ed9b989: of the writer's 28 builds-on
    # pairs 28, none false, and of 38 shared pairs 18, 1 false ("were purchased from Sigma-Aldrich between
    # 2019 and 2020", gone since). Missed: ICSD, OQMD, OC20 and the NIST Chemistry WebBook named with no data
    # word
    builds_on, shared = _loaded_pairs("other-fields-probes-95.jsonl")
    assert builds_on == {
        ("p95-04", "p95-01"), ("p95-05", "p95-02"), ("p95-06", "p95-03"), ("p95-08", "p95-01"),
        ("p95-08", "p95-02"), ("p95-15", "p95-13"), ("p95-16", "p95-14"), ("p95-18", "p95-17"),
        ("p95-19", "p95-14"), ("p95-20", "p95-13"), ("p95-20", "p95-17"), ("p95-24", "p95-38"),
        ("p95-27", "p95-26"), ("p95-28", "p95-25"), ("p95-29", "p95-27"), ("p95-30", "p95-26"),
        ("p95-31", "p95-27"), ("p95-33", "p95-25"), ("p95-35", "p95-03"), ("p95-39", "p95-37"),
        ("p95-41", "p95-38"), ("p95-43", "p95-37"), ("p95-45", "p95-02"), ("p95-45", "p95-40"),
        ("p95-46", "p95-38"), ("p95-46", "p95-42"), ("p95-47", "p95-02"), ("p95-47", "p95-42"),
    }  # fmt: skip
    assert shared == {
        ("p95-01", "p95-04"), ("p95-01", "p95-08"), ("p95-01", "p95-12"), ("p95-02", "p95-05"),
        ("p95-04", "p95-08"), ("p95-04", "p95-12"), ("p95-08", "p95-12"), ("p95-15", "p95-17"),
        ("p95-15", "p95-18"), ("p95-15", "p95-38"), ("p95-15", "p95-46"), ("p95-17", "p95-18"),
        ("p95-17", "p95-38"), ("p95-17", "p95-46"), ("p95-18", "p95-38"), ("p95-18", "p95-46"),
        ("p95-23", "p95-24"), ("p95-38", "p95-46"),
        # ICSD (public data the lexicon knows; 6 December, seventh)
        ("p95-13", "p95-22"), ("p95-13", "p95-42"), ("p95-22", "p95-42"),
        # OQMD (public data the lexicon knows; 6 December, seventh)
        ("p95-20", "p95-22"), ("p95-20", "p95-47"), ("p95-22", "p95-47"),
        # ChEMBL (public data the lexicon knows; 6 December, seventh)
        ("p95-06", "p95-09"),
        # FALSE: "Although PubChem lists more than 110 million compounds, only a few hundred ..." (6 December,
        # seventh)
        ("p95-07", "p95-10"),
        # OC20, named by its training set (7 December, fifteenth)
        ("p95-27", "p95-30"),
        ("p95-27", "p95-31"),
        ("p95-30", "p95-31"),
    }  # fmt: skip


def test_the_ninety_sixth_probes_of_linguistics_education_and_digital_humanities() -> None:
    # 48 abstracts of corpus linguistics, phonetics, education research and digital humanities, written on 6
    # December by a session kept from the code as a last reading of that day's rules, read first with the
    # rules of ed9b989: of the writer's 26 builds-on pairs 26, none false, and of 38 shared pairs 8, none
    # false; 14 since "the Corpus of Contemporary American English (COCA)" names data. Missed: CHILDES,
    # EEBO-TCP, PISA 2018, HathiTrust, Chronicling America and the Old Bailey Proceedings named with no data
    # word, the BNC as an acronym of three letters alone
    builds_on, shared = _loaded_pairs("other-fields-probes-96.jsonl")
    assert builds_on == {
        ("p96-02", "p96-01"), ("p96-04", "p96-03"), ("p96-06", "p96-05"), ("p96-08", "p96-07"),
        ("p96-11", "p96-10"), ("p96-13", "p96-12"), ("p96-14", "p96-42"), ("p96-15", "p96-01"),
        ("p96-16", "p96-03"), ("p96-18", "p96-17"), ("p96-20", "p96-19"), ("p96-22", "p96-21"),
        ("p96-23", "p96-19"), ("p96-25", "p96-24"), ("p96-26", "p96-24"), ("p96-29", "p96-28"),
        ("p96-31", "p96-30"), ("p96-34", "p96-33"), ("p96-37", "p96-36"), ("p96-38", "p96-36"),
        ("p96-40", "p96-39"), ("p96-41", "p96-39"), ("p96-43", "p96-42"), ("p96-44", "p96-42"),
        ("p96-46", "p96-33"), ("p96-48", "p96-47"),
    }  # fmt: skip
    assert shared == {
        ("p96-02", "p96-12"), ("p96-02", "p96-13"), ("p96-02", "p96-32"), ("p96-03", "p96-04"),
        ("p96-12", "p96-13"), ("p96-12", "p96-32"), ("p96-13", "p96-32"), ("p96-15", "p96-16"),
        ("p96-19", "p96-20"), ("p96-19", "p96-23"), ("p96-20", "p96-23"), ("p96-39", "p96-40"),
        ("p96-39", "p96-41"), ("p96-40", "p96-41"),
        # FALSE: "Results from TIMSS 2019, which show similar associations ..., provide context" (6 December,
        # seventh)
        ("p96-26", "p96-30"), ("p96-26", "p96-31"),
        # PISA (public data the lexicon knows; 6 December, seventh)
        ("p96-24", "p96-25"), ("p96-24", "p96-26"), ("p96-25", "p96-26"),
        # TIMSS (public data the lexicon knows; 6 December, seventh)
        ("p96-30", "p96-31"),
    }  # fmt: skip

def test_the_ninety_seventh_probes_of_seismology_quantum_computing_and_operations_research() -> None:
    # 48 abstracts of seismology and volcanology, quantum computing and vehicle routing and supply chains,
    # written on 6 December by a session kept from the code, read first with the rules of 4b9bafd: of the
    # writer's 36 builds-on pairs 36, none false; of 45 shared pairs 33, none false; 36 since "derived
    # from Solomon's benchmark" names the Solomon instances. Missed: Sentinel-1 acquisitions, QASMBench and
    # the CVRPLIB X instances named with no noun of data (and, until 6 December, tenth, the USGS ANSS
    # Comprehensive Earthquake Catalog and "the ANSS Comprehensive Earthquake Catalog (ComCat)" two names)
    builds_on, shared = _loaded_pairs("other-fields-probes-97.jsonl")
    assert builds_on == {
        ("p97-06", "p97-01"), ("p97-07", "p97-02"), ("p97-07", "p97-03"), ("p97-08", "p97-04"),
        ("p97-09", "p97-02"), ("p97-10", "p97-02"), ("p97-10", "p97-05"), ("p97-11", "p97-01"),
        ("p97-12", "p97-03"), ("p97-14", "p97-05"), ("p97-15", "p97-01"), ("p97-22", "p97-17"),
        ("p97-22", "p97-18"), ("p97-23", "p97-18"), ("p97-24", "p97-19"), ("p97-25", "p97-20"),
        ("p97-26", "p97-17"), ("p97-26", "p97-21"), ("p97-28", "p97-17"), ("p97-28", "p97-18"),
        ("p97-29", "p97-19"), ("p97-30", "p97-20"), ("p97-32", "p97-18"), ("p97-32", "p97-21"),
        ("p97-38", "p97-33"), ("p97-39", "p97-34"), ("p97-40", "p97-35"), ("p97-41", "p97-33"),
        ("p97-41", "p97-36"), ("p97-42", "p97-36"), ("p97-42", "p97-37"), ("p97-43", "p97-34"),
        ("p97-45", "p97-35"), ("p97-46", "p97-37"), ("p97-48", "p97-33"), ("p97-48", "p97-37"),
    }  # fmt: skip
    assert shared == {
        ("p97-02", "p97-07"), ("p97-02", "p97-09"), ("p97-02", "p97-10"), ("p97-05", "p97-10"),
        ("p97-05", "p97-14"), ("p97-07", "p97-09"), ("p97-07", "p97-10"), ("p97-09", "p97-10"),
        ("p97-10", "p97-14"), ("p97-11", "p97-16"), ("p97-15", "p97-16"), ("p97-18", "p97-22"),
        ("p97-18", "p97-23"), ("p97-18", "p97-28"), ("p97-18", "p97-32"), ("p97-22", "p97-23"),
        ("p97-22", "p97-28"), ("p97-22", "p97-32"), ("p97-23", "p97-28"), ("p97-23", "p97-32"),
        ("p97-28", "p97-32"), ("p97-33", "p97-38"), ("p97-33", "p97-47"), ("p97-33", "p97-48"),
        ("p97-34", "p97-39"), ("p97-34", "p97-43"), ("p97-37", "p97-42"), ("p97-37", "p97-46"),
        ("p97-37", "p97-48"), ("p97-38", "p97-47"), ("p97-38", "p97-48"), ("p97-39", "p97-43"),
        ("p97-42", "p97-46"), ("p97-42", "p97-48"), ("p97-46", "p97-48"), ("p97-47", "p97-48"),
        # ComCat, as "the USGS ANSS Comprehensive Earthquake Catalog (ComCat)" and "the ANSS Comprehensive
        # Earthquake Catalog (ComCat)" (6 December, tenth)
        ("p97-06", "p97-11"),
        ("p97-06", "p97-16"),
    }  # fmt: skip


def test_the_ninety_eighth_probes_of_graphics_nutrition_and_tourism() -> None:
    # 48 abstracts of computer graphics, nutritional epidemiology and pharmacology, and tourism and
    # transport economics, written on 6 December by a session kept from the code, read first with the
    # rules of 4b9bafd: of the writer's 37 builds-on pairs 33, none false; of 39 shared pairs 21, none
    # false. 36 and 23 since "Cohort Profile: The HARVEST Study of ..." and titles "... the HARVEST Cohort"
    # name the cohort the abstracts call HARVEST; 37 since a variant named in apposition ("to a multivariate
    # setting, Beacon-M, in which") is the paper's own. Missed: "Larder: An Open, Harmonised Food
    # Composition Database for Southern Europe" and "HerbX: A Curated Knowledge Base of ..." taken for
    # software, so that their users share no data; Google Trends, Inside Airbnb, STR data and the Crytek
    # Sponza scene
    builds_on, shared = _loaded_pairs("other-fields-probes-98.jsonl")
    assert builds_on == {
        ("p98-07", "p98-01"), ("p98-07", "p98-02"), ("p98-08", "p98-01"), ("p98-08", "p98-02"),
        ("p98-09", "p98-03"), ("p98-10", "p98-03"), ("p98-10", "p98-09"), ("p98-11", "p98-04"),
        ("p98-11", "p98-05"), ("p98-12", "p98-05"), ("p98-13", "p98-06"), ("p98-14", "p98-06"),
        ("p98-14", "p98-13"), ("p98-22", "p98-17"), ("p98-22", "p98-18"), ("p98-23", "p98-18"),
        ("p98-24", "p98-17"), ("p98-24", "p98-19"), ("p98-25", "p98-19"), ("p98-26", "p98-20"),
        ("p98-27", "p98-20"), ("p98-28", "p98-21"), ("p98-29", "p98-21"), ("p98-32", "p98-17"),
        ("p98-32", "p98-18"), ("p98-32", "p98-19"), ("p98-38", "p98-33"), ("p98-39", "p98-33"),
        ("p98-39", "p98-38"), ("p98-40", "p98-34"), ("p98-40", "p98-35"), ("p98-41", "p98-34"),
        ("p98-42", "p98-35"),
        ("p98-43", "p98-36"), ("p98-44", "p98-36"), ("p98-45", "p98-37"), ("p98-46", "p98-37"),
    }  # fmt: skip
    assert shared == {
        ("p98-02", "p98-07"), ("p98-02", "p98-08"), ("p98-03", "p98-09"), ("p98-03", "p98-10"),
        ("p98-06", "p98-13"), ("p98-06", "p98-14"), ("p98-07", "p98-08"), ("p98-09", "p98-10"),
        ("p98-13", "p98-14"), ("p98-17", "p98-22"), ("p98-17", "p98-24"), ("p98-17", "p98-32"),
        ("p98-22", "p98-24"), ("p98-22", "p98-32"), ("p98-23", "p98-25"), ("p98-24", "p98-32"),
        ("p98-28", "p98-30"), ("p98-34", "p98-40"), ("p98-34", "p98-41"), ("p98-36", "p98-43"),
        ("p98-36", "p98-44"), ("p98-40", "p98-41"), ("p98-43", "p98-44"),
    }  # fmt: skip


def test_the_ninety_ninth_probes_of_software_engineering_public_health_and_building_energy() -> None:
    # 48 abstracts of empirical software engineering, public health and policy, and building energy and
    # energy economics, ordinary words reused as names across them (Anchor, Compass, Harbor, Beacon, Atlas),
    # written on 6 December by a session kept from the code, read first with that day's rules: of the
    # writer's 38 builds-on pairs 37, 3 false; of 50 shared pairs 37, 7 false. The false ones went with
    # "(RevHub, for example, contains no build or test records)", "... but contains no records of top-up
    # events" and "Nor do we compare against template-based tools such as Anchor". Missed: "the zero-dose
    # concentration index" spelt out in lowercase; Defects4J, QuixBugs, ApacheJIT, BRFSS and the Stack
    # Overflow data dump named with no noun of data; the Beacon surveillance data as a system's
    builds_on, shared = _loaded_pairs("other-fields-probes-99.jsonl")
    assert builds_on == {
        ("p99-05", "p99-01"), ("p99-06", "p99-02"), ("p99-07", "p99-02"), ("p99-07", "p99-03"),
        ("p99-08", "p99-01"), ("p99-09", "p99-04"), ("p99-11", "p99-03"), ("p99-11", "p99-04"),
        ("p99-12", "p99-01"), ("p99-12", "p99-05"), ("p99-13", "p99-02"), ("p99-15", "p99-04"),
        ("p99-16", "p99-03"), ("p99-22", "p99-17"), ("p99-23", "p99-18"), ("p99-25", "p99-19"),
        ("p99-26", "p99-20"), ("p99-27", "p99-20"), ("p99-28", "p99-17"), ("p99-29", "p99-20"),
        ("p99-29", "p99-21"), ("p99-31", "p99-18"), ("p99-37", "p99-34"), ("p99-38", "p99-34"),
        ("p99-38", "p99-35"), ("p99-39", "p99-33"), ("p99-41", "p99-34"), ("p99-42", "p99-35"),
        ("p99-42", "p99-36"), ("p99-43", "p99-33"), ("p99-43", "p99-36"), ("p99-44", "p99-34"),
        ("p99-44", "p99-35"), ("p99-44", "p99-37"), ("p99-46", "p99-33"), ("p99-47", "p99-36"),
        ("p99-48", "p99-36"),
    }  # fmt: skip
    assert shared == {
        ("p99-02", "p99-06"), ("p99-02", "p99-07"), ("p99-02", "p99-13"), ("p99-06", "p99-07"),
        ("p99-06", "p99-13"), ("p99-07", "p99-13"), ("p99-18", "p99-23"), ("p99-18", "p99-31"),
        ("p99-19", "p99-25"), ("p99-19", "p99-30"), ("p99-20", "p99-26"), ("p99-20", "p99-27"),
        ("p99-20", "p99-29"), ("p99-21", "p99-29"), ("p99-23", "p99-27"), ("p99-23", "p99-31"),
        ("p99-25", "p99-30"), ("p99-26", "p99-27"), ("p99-26", "p99-29"), ("p99-27", "p99-29"),
        ("p99-34", "p99-37"), ("p99-34", "p99-38"), ("p99-34", "p99-41"), ("p99-34", "p99-44"),
        ("p99-35", "p99-38"), ("p99-35", "p99-42"), ("p99-35", "p99-44"), ("p99-37", "p99-38"),
        ("p99-37", "p99-41"), ("p99-37", "p99-44"), ("p99-38", "p99-41"), ("p99-38", "p99-42"),
        ("p99-38", "p99-44"), ("p99-39", "p99-43"), ("p99-41", "p99-44"), ("p99-42", "p99-44"),
        ("p99-42", "p99-45"),
        # BRFSS (public data the lexicon knows; 6 December, seventh)
        ("p99-24", "p99-31"),
        # FALSE (since 7 December, fifteenth, the years before a name are no part of it: "the 2015 Residential
        # Energy Consumption Survey (RECS)" is RECS): "RECS ... provides detailed snapshots but has no panel
        # component", a contrast, read as a use
        ("p99-35", "p99-39"),
        ("p99-35", "p99-43"),
    }  # fmt: skip


def test_the_hundredth_probes_of_social_media_fisheries_and_tribology() -> None:
    # 48 abstracts of computational social science, fisheries and marine biology, and tribology and
    # additive manufacturing, ordinary words reused as names across them (Prism, Ripple, Beacon, Tide,
    # Anchor, Anvil, Forge), written on 6 December by a session kept from the code: of the writer's 41
    # builds-on pairs 39, none false; of 40 shared pairs 33, none false; 40 builds-on since "Our extension,
    # Prism-ML, replaces ..." names the paper's own, 41 since "The extended method, Forge-MS, adds" does
    # too; 39 shared since FRIDA, "which collects 6,850 ... measurements", is data (its four users had
    # shared none, taken for software)
    builds_on, shared = _loaded_pairs("other-fields-probes-100.jsonl")
    assert builds_on == {
        ("p100-05", "p100-04"), ("p100-07", "p100-02"), ("p100-08", "p100-03"), ("p100-09", "p100-04"),
        ("p100-09", "p100-05"), ("p100-10", "p100-01"), ("p100-11", "p100-06"), ("p100-12", "p100-03"),
        ("p100-12", "p100-08"), ("p100-13", "p100-02"), ("p100-13", "p100-04"), ("p100-14", "p100-05"),
        ("p100-14", "p100-06"), ("p100-16", "p100-03"), ("p100-22", "p100-17"), ("p100-22", "p100-18"),
        ("p100-23", "p100-19"), ("p100-24", "p100-18"), ("p100-24", "p100-20"), ("p100-25", "p100-21"),
        ("p100-26", "p100-18"), ("p100-26", "p100-21"), ("p100-28", "p100-20"), ("p100-29", "p100-19"),
        ("p100-30", "p100-17"), ("p100-31", "p100-20"), ("p100-31", "p100-21"), ("p100-38", "p100-33"),
        ("p100-39", "p100-34"), ("p100-40", "p100-35"), ("p100-41", "p100-36"), ("p100-42", "p100-35"),
        ("p100-42", "p100-37"), ("p100-44", "p100-34"), ("p100-44", "p100-36"), ("p100-45", "p100-33"),
        ("p100-46", "p100-35"), ("p100-46", "p100-37"), ("p100-46", "p100-42"), ("p100-47", "p100-36"),
        ("p100-47", "p100-44"),
    }  # fmt: skip
    assert shared == {
        ("p100-02", "p100-07"), ("p100-02", "p100-13"), ("p100-04", "p100-05"), ("p100-04", "p100-09"),
        ("p100-04", "p100-13"), ("p100-05", "p100-09"), ("p100-05", "p100-13"), ("p100-06", "p100-11"),
        ("p100-06", "p100-14"), ("p100-07", "p100-13"), ("p100-09", "p100-13"), ("p100-11", "p100-14"),
        ("p100-17", "p100-22"), ("p100-17", "p100-30"), ("p100-19", "p100-23"), ("p100-19", "p100-29"),
        ("p100-20", "p100-24"), ("p100-20", "p100-28"), ("p100-21", "p100-25"), ("p100-21", "p100-26"),
        ("p100-21", "p100-31"), ("p100-22", "p100-30"), ("p100-23", "p100-29"), ("p100-24", "p100-28"),
        ("p100-25", "p100-26"), ("p100-25", "p100-31"), ("p100-26", "p100-31"), ("p100-35", "p100-40"),
        ("p100-35", "p100-42"), ("p100-35", "p100-46"), ("p100-40", "p100-42"), ("p100-40", "p100-46"),
        ("p100-42", "p100-46"),
        # since FRIDA "collects 6,850 coefficient of friction measurements": data
        ("p100-36", "p100-41"), ("p100-36", "p100-44"), ("p100-36", "p100-47"), ("p100-41", "p100-44"),
        ("p100-41", "p100-47"), ("p100-44", "p100-47"),
    }  # fmt: skip


def test_the_hundred_and_first_probes_of_archives_pollinators_and_surgical_robotics() -> None:
    # 48 abstracts of history and archival studies, pollinator ecology, and surgical and rehabilitation
    # robotics (two untitled), written on 6 December by a session kept from the code, read first with that
    # day's rules: of the writer's 40 builds-on pairs 39, 5 false; of 38 shared pairs 31, 4 false. Gone:
    # "Our original plan was to draw the survey from Hive, ..., but", "We considered running the task in
    # the STELLA simulator ..., but", "the global rating scale proposed by Bridge and Salcedo", "schemes
    # such as the British Field Margin Pollinator Survey record foraging adults but not nesting sites", "such
    # as FlexAssist on a two-DOF hip exoskeleton would allow". Missed: Scribe-2 named only by its
    # successor's users; the LCMS, NCD and Buzz Count data by acronym
    builds_on, shared = _loaded_pairs("other-fields-probes-101.jsonl")
    assert builds_on == {
        ("p101-06", "p101-04"), ("p101-07", "p101-02"), ("p101-08", "p101-03"), ("p101-09", "p101-01"),
        ("p101-09", "p101-03"), ("p101-10", "p101-06"), ("p101-12", "p101-02"), ("p101-13", "p101-01"),
        ("p101-13", "p101-06"), ("p101-15", "p101-05"), ("p101-16", "p101-06"), ("p101-22", "p101-17"),
        ("p101-23", "p101-18"), ("p101-23", "p101-20"), ("p101-24", "p101-18"), ("p101-24", "p101-19"),
        ("p101-25", "p101-21"), ("p101-26", "p101-21"), ("p101-27", "p101-17"), ("p101-27", "p101-20"),
        ("p101-29", "p101-19"), ("p101-30", "p101-18"), ("p101-30", "p101-20"), ("p101-30", "p101-24"),
        ("p101-32", "p101-21"), ("p101-37", "p101-33"), ("p101-38", "p101-33"), ("p101-39", "p101-33"),
        ("p101-39", "p101-37"), ("p101-40", "p101-35"), ("p101-41", "p101-35"), ("p101-42", "p101-34"),
        ("p101-43", "p101-36"), ("p101-45", "p101-35"), ("p101-45", "p101-41"), ("p101-46", "p101-34"),
        ("p101-46", "p101-36"), ("p101-47", "p101-33"), ("p101-47", "p101-37"),
        # "Scribe and its successor Scribe-2", both assessed (6 December, seventh)
        ("p101-10", "p101-04"),
    }  # fmt: skip
    assert shared == {
        ("p101-01", "p101-09"), ("p101-01", "p101-13"), ("p101-02", "p101-07"), ("p101-02", "p101-12"),
        ("p101-07", "p101-12"), ("p101-09", "p101-13"), ("p101-17", "p101-22"), ("p101-17", "p101-27"),
        ("p101-19", "p101-24"), ("p101-19", "p101-29"), ("p101-20", "p101-23"), ("p101-20", "p101-27"),
        ("p101-20", "p101-30"), ("p101-22", "p101-27"), ("p101-23", "p101-27"), ("p101-23", "p101-30"),
        ("p101-24", "p101-29"), ("p101-27", "p101-30"), ("p101-33", "p101-37"), ("p101-33", "p101-38"),
        ("p101-33", "p101-39"), ("p101-33", "p101-47"), ("p101-35", "p101-41"), ("p101-35", "p101-48"),
        ("p101-37", "p101-38"), ("p101-37", "p101-39"), ("p101-37", "p101-47"), ("p101-38", "p101-39"),
        ("p101-38", "p101-47"), ("p101-39", "p101-47"), ("p101-41", "p101-48"),
    }  # fmt: skip


def test_the_hundred_and_second_probes_of_automl_groundwater_and_child_development() -> None:
    # 48 abstracts of machine learning for tabular data, hydrogeology, and child development and education
    # policy (two untitled), written on 6 December by a session kept from the code, read first with that
    # day's rules: of the writer's 38 builds-on pairs 36, 2 false; of 38 shared pairs 30, 7 false, all
    # with "..., which has richer measures ..., but ... so it was not used" and "..., but that database
    # holds ... and lacks ..., so it was not used". Missed: SHARD, an acronym never spelt out; GRACE and
    # OpenML-CC18 named with no noun of data
    builds_on, shared = _loaded_pairs("other-fields-probes-102.jsonl")
    assert builds_on == {
        ("p102-06", "p102-01"), ("p102-06", "p102-02"), ("p102-07", "p102-01"), ("p102-07", "p102-03"),
        ("p102-08", "p102-01"), ("p102-08", "p102-03"), ("p102-09", "p102-02"), ("p102-10", "p102-05"),
        ("p102-13", "p102-01"), ("p102-13", "p102-05"), ("p102-13", "p102-08"), ("p102-14", "p102-02"),
        ("p102-15", "p102-02"), ("p102-16", "p102-08"), ("p102-22", "p102-17"), ("p102-22", "p102-18"),
        ("p102-23", "p102-17"), ("p102-24", "p102-18"), ("p102-24", "p102-20"), ("p102-25", "p102-19"),
        ("p102-26", "p102-19"), ("p102-27", "p102-20"), ("p102-28", "p102-21"), ("p102-30", "p102-17"),
        ("p102-30", "p102-24"), ("p102-38", "p102-33"), ("p102-38", "p102-34"), ("p102-39", "p102-35"),
        ("p102-39", "p102-36"), ("p102-40", "p102-33"), ("p102-41", "p102-34"), ("p102-42", "p102-36"),
        ("p102-42", "p102-37"), ("p102-44", "p102-40"), ("p102-46", "p102-35"), ("p102-48", "p102-36"),
        # SHARD, spelt 'Successive Halving with Adaptive Resource Donation': a long form read on past 'with'
        ("p102-08", "p102-04"),
        ("p102-09", "p102-04"),
    }  # fmt: skip
    assert shared == {
        ("p102-01", "p102-06"), ("p102-01", "p102-07"), ("p102-01", "p102-08"), ("p102-01", "p102-13"),
        ("p102-06", "p102-07"), ("p102-06", "p102-08"), ("p102-06", "p102-13"), ("p102-07", "p102-08"),
        ("p102-07", "p102-13"), ("p102-08", "p102-13"), ("p102-15", "p102-16"), ("p102-17", "p102-22"),
        ("p102-17", "p102-23"), ("p102-17", "p102-30"), ("p102-19", "p102-25"), ("p102-19", "p102-26"),
        ("p102-22", "p102-23"), ("p102-22", "p102-30"), ("p102-23", "p102-30"), ("p102-25", "p102-26"),
        ("p102-33", "p102-38"), ("p102-33", "p102-40"), ("p102-36", "p102-39"), ("p102-36", "p102-42"),
        ("p102-36", "p102-48"), ("p102-38", "p102-40"), ("p102-39", "p102-42"), ("p102-39", "p102-48"),
        ("p102-40", "p102-44"), ("p102-42", "p102-48"),
        # Millennium Cohort Study (public data the lexicon knows; 6 December, seventh)
        ("p102-43", "p102-47"),
    }  # fmt: skip


def test_the_hundred_and_third_probes_of_tax_policy_neuroimaging_and_semiconductor_yield() -> None:
    # 48 abstracts of tax policy and public finance, human neuroimaging, and semiconductor manufacturing
    # (two untitled), written on 6 December by a session kept from the code, read first with that day's
    # rules: of the writer's 53 builds-on pairs 46, 5 false; of 59 shared pairs 58, 5 false. Gone: "(MICROTAB
    # being a familiar example)", "of which DefectLens is an early and widely cited example", "the spatial
    # index of Harbor and Quint (2011)", "outline plans to pair the encoder with ... Mosaic-3D"; "dynamic
    # Lattice (dLattice)" is dLattice's. Missed: BunchFit, RKVM and the Mosaic simulator by their users
    builds_on, shared = _loaded_pairs("other-fields-probes-103.jsonl")
    assert builds_on == {
        ("p103-06", "p103-01"), ("p103-07", "p103-01"), ("p103-07", "p103-02"), ("p103-08", "p103-01"),
        ("p103-09", "p103-05"), ("p103-10", "p103-03"), ("p103-11", "p103-02"), ("p103-11", "p103-03"),
        ("p103-13", "p103-03"), ("p103-14", "p103-02"), ("p103-14", "p103-13"), ("p103-15", "p103-01"),
        ("p103-15", "p103-08"), ("p103-16", "p103-05"), ("p103-22", "p103-17"), ("p103-22", "p103-18"),
        ("p103-23", "p103-19"), ("p103-24", "p103-20"), ("p103-24", "p103-21"), ("p103-25", "p103-17"),
        ("p103-25", "p103-18"), ("p103-26", "p103-20"), ("p103-26", "p103-21"), ("p103-28", "p103-18"),
        ("p103-28", "p103-19"), ("p103-29", "p103-17"), ("p103-29", "p103-25"), ("p103-30", "p103-20"),
        ("p103-30", "p103-21"), ("p103-30", "p103-28"), ("p103-31", "p103-17"), ("p103-31", "p103-18"),
        ("p103-32", "p103-21"), ("p103-32", "p103-26"), ("p103-35", "p103-34"), ("p103-38", "p103-34"),
        ("p103-38", "p103-35"),
        ("p103-40", "p103-37"), ("p103-41", "p103-34"), ("p103-41", "p103-35"), ("p103-43", "p103-37"),
        ("p103-45", "p103-34"), ("p103-46", "p103-35"), ("p103-46", "p103-45"), ("p103-47", "p103-37"),
        ("p103-47", "p103-44"), ("p103-48", "p103-45"),
        # "A data-driven estimator, BunchFit, is proposed in which ..." (6 December, seventh)
        ("p103-08", "p103-04"), ("p103-06", "p103-04"),
    }  # fmt: skip
    assert shared == {
        ("p103-01", "p103-06"), ("p103-01", "p103-07"), ("p103-01", "p103-08"), ("p103-01", "p103-15"),
        ("p103-03", "p103-10"), ("p103-03", "p103-11"), ("p103-03", "p103-13"), ("p103-05", "p103-09"),
        ("p103-05", "p103-16"), ("p103-06", "p103-07"), ("p103-06", "p103-08"), ("p103-06", "p103-15"),
        ("p103-07", "p103-08"), ("p103-07", "p103-15"), ("p103-08", "p103-15"), ("p103-09", "p103-16"),
        ("p103-10", "p103-11"), ("p103-10", "p103-13"), ("p103-11", "p103-13"), ("p103-18", "p103-22"),
        ("p103-18", "p103-25"), ("p103-18", "p103-28"), ("p103-18", "p103-31"), ("p103-21", "p103-24"),
        ("p103-21", "p103-26"), ("p103-21", "p103-30"), ("p103-21", "p103-32"), ("p103-22", "p103-25"),
        ("p103-22", "p103-28"), ("p103-22", "p103-31"), ("p103-24", "p103-26"), ("p103-24", "p103-30"),
        ("p103-24", "p103-32"), ("p103-25", "p103-28"), ("p103-25", "p103-31"), ("p103-26", "p103-30"),
        ("p103-26", "p103-32"), ("p103-28", "p103-31"), ("p103-30", "p103-32"), ("p103-34", "p103-35"),
        ("p103-34", "p103-38"), ("p103-34", "p103-41"), ("p103-34", "p103-45"), ("p103-35", "p103-38"),
        ("p103-35", "p103-41"), ("p103-35", "p103-45"), ("p103-37", "p103-40"), ("p103-37", "p103-43"),
        ("p103-37", "p103-47"), ("p103-38", "p103-41"), ("p103-38", "p103-45"), ("p103-40", "p103-43"),
        ("p103-40", "p103-47"), ("p103-41", "p103-45"), ("p103-43", "p103-47"), ("p103-45", "p103-46"),
        ("p103-45", "p103-48"), ("p103-46", "p103-48"),
        # Tally 2.0: "This paper documents Tally 2.0, a major revision of the Tally database" (6 December,
        # seventh)
        ("p103-13", "p103-14"),
    }  # fmt: skip


def test_the_hundred_and_fourth_probes_of_carbon_markets_sign_language_and_wildlife_disease() -> None:
    # 48 abstracts of climate policy and carbon markets, sign language research, and wildlife disease (two
    # untitled), written on 6 December by a session kept from the code, read first with that day's rules:
    # of the writer's 53 builds-on pairs 50, 5 false; of 62 shared pairs 47, 16 false; none false now.
    # Gone: "KinePose was evaluated but set aside", "SLATE and Beacon being prominent examples", "such as
    # Marsh, is planned", "the Beacon Hill area of Seattle", and "the Compass policy database" then
    # "Compass for a model region" (a package by "model"). Missed: the Compass R package's revision and
    # users; the WHISPER data
    builds_on, shared = _loaded_pairs("other-fields-probes-104.jsonl")
    assert builds_on == {
        ("p104-06", "p104-01"), ("p104-06", "p104-02"), ("p104-07", "p104-03"), ("p104-07", "p104-04"),
        ("p104-08", "p104-02"), ("p104-08", "p104-05"), ("p104-09", "p104-01"), ("p104-11", "p104-02"),
        ("p104-11", "p104-03"), ("p104-12", "p104-04"), ("p104-13", "p104-02"), ("p104-13", "p104-05"),
        ("p104-14", "p104-03"), ("p104-14", "p104-07"), ("p104-16", "p104-01"), ("p104-16", "p104-05"),
        ("p104-22", "p104-17"), ("p104-22", "p104-18"), ("p104-23", "p104-17"), ("p104-23", "p104-19"),
        ("p104-25", "p104-17"), ("p104-25", "p104-19"), ("p104-25", "p104-20"), ("p104-26", "p104-20"),
        ("p104-26", "p104-21"), ("p104-27", "p104-18"), ("p104-28", "p104-21"), ("p104-29", "p104-17"),
        ("p104-29", "p104-20"), ("p104-29", "p104-21"), ("p104-30", "p104-19"), ("p104-30", "p104-21"),
        ("p104-32", "p104-17"), ("p104-32", "p104-18"), ("p104-32", "p104-20"), ("p104-32", "p104-25"),
        ("p104-32", "p104-27"), ("p104-38", "p104-33"), ("p104-39", "p104-33"), ("p104-39", "p104-34"),
        ("p104-41", "p104-35"), ("p104-43", "p104-33"), ("p104-43", "p104-37"), ("p104-44", "p104-35"),
        ("p104-45", "p104-33"), ("p104-45", "p104-34"), ("p104-47", "p104-37"), ("p104-47", "p104-42"),
        ("p104-48", "p104-33"), ("p104-48", "p104-35"),
        ("p104-41", "p104-36"), ("p104-42", "p104-36"),  # since "the Compass R package"
    }  # fmt: skip
    assert shared == {
        ("p104-01", "p104-06"), ("p104-01", "p104-09"), ("p104-01", "p104-16"), ("p104-02", "p104-06"),
        ("p104-02", "p104-08"), ("p104-02", "p104-11"), ("p104-02", "p104-13"), ("p104-06", "p104-08"),
        ("p104-06", "p104-09"), ("p104-06", "p104-11"), ("p104-06", "p104-13"), ("p104-06", "p104-16"),
        ("p104-08", "p104-11"), ("p104-08", "p104-13"), ("p104-09", "p104-16"), ("p104-11", "p104-13"),
        ("p104-17", "p104-22"), ("p104-17", "p104-23"), ("p104-17", "p104-25"), ("p104-17", "p104-29"),
        ("p104-17", "p104-32"), ("p104-21", "p104-26"), ("p104-21", "p104-28"), ("p104-21", "p104-29"),
        ("p104-21", "p104-30"), ("p104-22", "p104-23"), ("p104-22", "p104-25"), ("p104-22", "p104-29"),
        ("p104-22", "p104-32"), ("p104-23", "p104-25"), ("p104-23", "p104-29"), ("p104-23", "p104-32"),
        ("p104-25", "p104-29"), ("p104-25", "p104-32"), ("p104-26", "p104-28"), ("p104-26", "p104-29"),
        ("p104-26", "p104-30"), ("p104-28", "p104-29"), ("p104-28", "p104-30"), ("p104-29", "p104-30"),
        ("p104-29", "p104-32"), ("p104-35", "p104-41"), ("p104-35", "p104-44"), ("p104-35", "p104-48"),
        ("p104-41", "p104-44"), ("p104-41", "p104-48"), ("p104-44", "p104-48"),
    }  # fmt: skip


def test_the_hundred_and_fifth_probes_of_radiotherapy_wildfire_and_road_safety() -> None:
    # 48 abstracts of radiotherapy planning, forestry and wildfire science, and road safety (two untitled),
    # written on 6 December by a session kept from the code: with the rules of 4b9bafd, of the writer's 45
    # builds-on pairs 38, 1 false ("We initially planned to calibrate ... against ... DriveLog, but"); of 51
    # shared pairs 28, none false; now the same, none false. Missed: most shared data named by acronym only
    builds_on, shared = _loaded_pairs("other-fields-probes-105.jsonl")
    assert builds_on == {
        ("p105-03", "p105-02"), ("p105-05", "p105-04"), ("p105-06", "p105-01"), ("p105-07", "p105-02"),
        ("p105-07", "p105-03"), ("p105-08", "p105-01"), ("p105-08", "p105-04"), ("p105-09", "p105-03"),
        ("p105-09", "p105-04"), ("p105-11", "p105-03"), ("p105-12", "p105-03"), ("p105-13", "p105-04"),
        ("p105-15", "p105-03"), ("p105-22", "p105-17"), ("p105-22", "p105-18"), ("p105-22", "p105-19"),
        ("p105-23", "p105-17"), ("p105-23", "p105-19"), ("p105-24", "p105-21"), ("p105-25", "p105-18"),
        ("p105-27", "p105-21"), ("p105-28", "p105-19"), ("p105-29", "p105-18"), ("p105-29", "p105-21"),
        ("p105-31", "p105-17"), ("p105-31", "p105-23"), ("p105-38", "p105-33"), ("p105-39", "p105-34"),
        ("p105-40", "p105-33"), ("p105-40", "p105-35"), ("p105-41", "p105-33"), ("p105-41", "p105-36"),
        ("p105-43", "p105-34"), ("p105-44", "p105-35"), ("p105-47", "p105-33"), ("p105-47", "p105-36"),
        ("p105-48", "p105-34"), ("p105-48", "p105-35"),
        # "A new index, the Char-Adjusted Burn Index (CABI), is proposed that ..." (6 December, seventh)
        ("p105-24", "p105-20"), ("p105-27", "p105-20"),
        # (since the eighth session of 6 December: "A driving simulation platform, the Traffic Realistic
        # Agent-based Virtual Environment for Road Safety Experiments (TRAVERSE), has been developed", its
        # name read past "for" to its acronym)
        ("p105-43", "p105-37"), ("p105-45", "p105-37"),
    }  # fmt: skip
    assert shared == {
        ("p105-02", "p105-03"), ("p105-02", "p105-07"), ("p105-03", "p105-07"), ("p105-04", "p105-05"),
        ("p105-04", "p105-08"), ("p105-04", "p105-09"), ("p105-05", "p105-08"), ("p105-05", "p105-09"),
        ("p105-08", "p105-09"), ("p105-18", "p105-22"), ("p105-18", "p105-25"), ("p105-21", "p105-24"),
        ("p105-21", "p105-27"), ("p105-21", "p105-29"), ("p105-22", "p105-25"), ("p105-24", "p105-27"),
        ("p105-24", "p105-29"), ("p105-27", "p105-29"), ("p105-33", "p105-38"), ("p105-33", "p105-40"),
        ("p105-33", "p105-41"), ("p105-33", "p105-47"), ("p105-38", "p105-40"), ("p105-38", "p105-41"),
        ("p105-38", "p105-47"), ("p105-40", "p105-41"), ("p105-40", "p105-47"), ("p105-41", "p105-47"),
        # DriveLog, a naturalistic driving study its paper calls "the DriveLog dataset" (6 December, eighth)
        ("p105-34", "p105-39"), ("p105-34", "p105-43"), ("p105-34", "p105-48"), ("p105-39", "p105-43"),
        ("p105-39", "p105-48"), ("p105-43", "p105-48"),
        # PROSPER, spelt out by an Archer 2 trained on it, once its presenter's six-word name is read on to
        # its acronym (6 December, ninth)
        ("p105-04", "p105-13"), ("p105-05", "p105-13"), ("p105-08", "p105-13"), ("p105-09", "p105-13"),
    }  # fmt: skip


def test_the_hundred_and_sixth_probes_of_aphasia_cryptocurrency_and_astronomical_pipelines() -> None:
    # 48 abstracts of speech-language pathology, cryptocurrency markets, and astronomical instrumentation (two
    # untitled), written on 6 December by a session kept from the code: with the rules of 4b9bafd, of the
    # writer's 49 builds-on pairs 38, 8 false; of 31 shared pairs 29, 12 false. Now 37, 2 false, and 29, none
    # false ("We initially considered pooling ... the Echo corpus ..., but decided against it because Echo's
    # ...", "brief (for example BAND), score", "hardware wallets, such as those sold by Ledger"; "the second
    # data release (DR2)" names no thing of its own, which lost "Meridian DR2" its paper). Missed: PARSE by
    # its users; variants named by their successors' users (SkyWeave and TLCE since 6 December, seventh: "A
    # method, SkyWeave, is presented", "We describe the Telluric Line Correction Engine")
    builds_on, shared = _loaded_pairs("other-fields-probes-106.jsonl")
    assert builds_on == {
        ("p106-06", "p106-01"), ("p106-06", "p106-02"), ("p106-07", "p106-02"), ("p106-07", "p106-03"),
        ("p106-08", "p106-04"), ("p106-09", "p106-02"), ("p106-11", "p106-01"), ("p106-11", "p106-04"),
        ("p106-12", "p106-02"), ("p106-12", "p106-09"), ("p106-13", "p106-03"), ("p106-15", "p106-01"),
        ("p106-16", "p106-01"), ("p106-16", "p106-04"), ("p106-21", "p106-18"), ("p106-22", "p106-17"),
        ("p106-23", "p106-18"), ("p106-23", "p106-19"), ("p106-25", "p106-20"), ("p106-27", "p106-17"),
        ("p106-28", "p106-18"), ("p106-28", "p106-21"), ("p106-29", "p106-20"), ("p106-31", "p106-19"),
        ("p106-32", "p106-20"), ("p106-35", "p106-33"), ("p106-38", "p106-33"), ("p106-38", "p106-34"),
        ("p106-39", "p106-35"), ("p106-40", "p106-35"), ("p106-42", "p106-33"), ("p106-42", "p106-35"),
        ("p106-44", "p106-33"), ("p106-44", "p106-34"), ("p106-47", "p106-34"), ("p106-48", "p106-33"),
        ("p106-48", "p106-38"),
        # users of the survey's second data release, sent to the paper of its first until its title, "The
        # Meridian Spectroscopic Survey: second data release", presented Meridian Spectroscopic Survey DR2
        # (6 December, ninth)
        ("p106-45", "p106-42"), ("p106-47", "p106-42"),
        # SkyWeave and TLCE, presented without "we propose" (6 December, seventh)
        ("p106-40", "p106-36"), ("p106-42", "p106-36"), ("p106-42", "p106-37"), ("p106-43", "p106-37"),
        ("p106-48", "p106-36"), ("p106-48", "p106-37"),
        # (since the eighth session of 6 December: "the exchange and service tags of the Ledger-X extension",
        # whose paper "Ledger-X: labelling exchange and service entities ..." presents it)
        ("p106-27", "p106-22"),
    }  # fmt: skip
    assert shared == {
        ("p106-02", "p106-06"), ("p106-02", "p106-07"), ("p106-02", "p106-09"), ("p106-02", "p106-12"),
        ("p106-06", "p106-07"), ("p106-06", "p106-09"), ("p106-06", "p106-12"), ("p106-07", "p106-09"),
        ("p106-07", "p106-12"), ("p106-09", "p106-12"), ("p106-17", "p106-22"), ("p106-17", "p106-27"),
        ("p106-18", "p106-21"), ("p106-18", "p106-23"), ("p106-18", "p106-28"), ("p106-21", "p106-23"),
        ("p106-21", "p106-28"), ("p106-22", "p106-27"), ("p106-23", "p106-28"), ("p106-34", "p106-38"),
        ("p106-34", "p106-44"), ("p106-34", "p106-47"), ("p106-35", "p106-39"), ("p106-35", "p106-40"),
        ("p106-38", "p106-44"), ("p106-38", "p106-47"), ("p106-39", "p106-40"), ("p106-44", "p106-47"),
        ("p106-45", "p106-47"),
        # the Meridian Spectroscopic Survey, titled so by both its releases' papers, is data its users share
        # (6 December, seventh); FALSE as this writer keys releases apart (file 127's keys them as one); since
        # the second release is presented as such (6 December, ninth), only its paper with the first's users
        ("p106-35", "p106-42"), ("p106-39", "p106-42"), ("p106-40", "p106-42"),
        ("p106-42", "p106-45"), ("p106-42", "p106-47"),
        # FALSE as this writer keys the releases apart: a release counted before the name ("the second data
        # release of X") names the first as well, its users using the first's data too (7 December, fifteenth)
        ("p106-35", "p106-45"),
        ("p106-35", "p106-47"),
        ("p106-39", "p106-45"),
        ("p106-39", "p106-47"),
        ("p106-40", "p106-45"),
        ("p106-40", "p106-47"),
    }  # fmt: skip


def test_the_hundred_and_seventh_probes_of_wine_science_tribology_and_forensic_genetics() -> None:
    # 48 abstracts of viticulture and wine chemistry, tribology, and forensic DNA and fingerprint analysis
    # (two untitled), written on 6 December by a session kept from the code: with the rules of 1d96318, of the
    # writer's 36 builds-on pairs 28, 2 false; of 42 shared pairs 19, none false. Now 31 and 28, none false
    # ("tools such as KinTrace reported in the literature"; "not available in the Meridian STR database",
    # comprising genotypes: data; FRIDA, "containing 3,412 pin-on-disc tests": data; "the Tannin Texture
    # Scale (TTS)" is no text-to-speech). Missed: "the Meridian database" of "the Meridian STR database";
    # ANVIL, presented after an Anvil of its field; "the original KinTrace"; WorldClim, NIST SD27
    builds_on, shared = _loaded_pairs("other-fields-probes-107.jsonl")
    assert builds_on == {
        ("p107-02", "p107-01"), ("p107-04", "p107-03"), ("p107-06", "p107-03"), ("p107-07", "p107-05"),
        ("p107-09", "p107-08"), ("p107-10", "p107-01"), ("p107-10", "p107-05"), ("p107-12", "p107-01"),
        ("p107-14", "p107-12"), ("p107-15", "p107-08"), ("p107-16", "p107-03"), ("p107-16", "p107-05"),
        ("p107-18", "p107-17"), ("p107-20", "p107-19"), ("p107-22", "p107-21"), ("p107-25", "p107-17"),
        ("p107-25", "p107-19"), ("p107-26", "p107-21"), ("p107-28", "p107-19"), ("p107-29", "p107-28"),
        ("p107-31", "p107-21"), ("p107-32", "p107-19"), ("p107-34", "p107-33"), ("p107-36", "p107-35"),
        ("p107-39", "p107-35"), ("p107-40", "p107-33"), ("p107-41", "p107-40"), ("p107-44", "p107-35"),
        ("p107-45", "p107-44"), ("p107-46", "p107-33"), ("p107-46", "p107-40"),
        ("p107-27", "p107-24"),  # since ANVIL and Anvil are two things
        # (since the eighth session of 6 December: "with the original KinTrace (version 1.4)" beside its
        # successor, run too)
        ("p107-45", "p107-35"),
    }  # fmt: skip
    assert shared == {
        ("p107-01", "p107-02"), ("p107-01", "p107-10"), ("p107-01", "p107-12"), ("p107-02", "p107-10"),
        ("p107-02", "p107-12"), ("p107-10", "p107-12"), ("p107-19", "p107-20"), ("p107-19", "p107-25"),
        ("p107-19", "p107-28"), ("p107-19", "p107-32"), ("p107-20", "p107-25"), ("p107-20", "p107-28"),
        ("p107-20", "p107-32"), ("p107-23", "p107-26"), ("p107-23", "p107-30"), ("p107-25", "p107-28"),
        ("p107-25", "p107-32"), ("p107-26", "p107-30"), ("p107-28", "p107-32"), ("p107-33", "p107-34"),
        ("p107-33", "p107-40"), ("p107-33", "p107-46"), ("p107-34", "p107-40"), ("p107-34", "p107-46"),
        ("p107-38", "p107-42"), ("p107-38", "p107-43"), ("p107-40", "p107-46"), ("p107-42", "p107-43"),
        # WorldClim (public data the lexicon knows; 6 December, seventh)
        ("p107-09", "p107-11"), ("p107-09", "p107-15"), ("p107-11", "p107-15"),
        # a release of data a paper presents is data, whatever its title says of it (7 December, sixteenth)
        ("p107-12", "p107-14"),
    }  # fmt: skip


def test_the_hundred_and_eighth_probes_of_insurance_pricing_karst_hydrology_and_computer_chess() -> None:
    # 48 abstracts of actuarial science, karst hydrology and computer chess (two untitled), written on 6
    # December by a session kept from the code: with the rules of 1d96318, of the writer's 48 builds-on pairs
    # 39, none false; of 68 shared pairs 57, 8 false. Now 47 and 56, none false ("We call the resulting system
    # PG-MCTS+NN", "call the extension Cascade-S", "KAVI (Karst Aquifer Vulnerability Index)", "We assembled
    # the Kestrel corpus, 2,412,580 games", "a major revision of the Lantern R package", "We deliberately
    # excluded the first Kestrel release"). Missed: "the original Lantern release"; E-OBS, Syzygy, lichess;
    # the second Kestrel release apart from the first (the writer keys them as two data). Since the eighth
    # session of 6 December the second release's paper ("We present the second data release of the Kestrel
    # corpus (Kestrel DR2)") shares no data with the first's users, though it refits a model "on positions
    # from DR1" (a release written bare, no name)
    builds_on, shared = _loaded_pairs("other-fields-probes-108.jsonl")
    assert builds_on == {
        ("p108-03", "p108-01"), ("p108-05", "p108-02"), ("p108-06", "p108-04"), ("p108-07", "p108-01"),
        ("p108-07", "p108-03"), ("p108-09", "p108-02"), ("p108-10", "p108-04"), ("p108-12", "p108-09"),
        ("p108-13", "p108-01"), ("p108-13", "p108-03"), ("p108-13", "p108-07"), ("p108-15", "p108-03"),
        ("p108-15", "p108-11"), ("p108-16", "p108-01"), ("p108-16", "p108-03"), ("p108-21", "p108-17"),
        ("p108-21", "p108-18"), ("p108-23", "p108-19"), ("p108-24", "p108-20"), ("p108-25", "p108-18"),
        ("p108-26", "p108-17"), ("p108-26", "p108-18"), ("p108-27", "p108-22"), ("p108-28", "p108-20"),
        ("p108-29", "p108-19"), ("p108-30", "p108-17"), ("p108-30", "p108-18"), ("p108-30", "p108-26"),
        ("p108-32", "p108-20"), ("p108-34", "p108-33"), ("p108-36", "p108-35"), ("p108-37", "p108-34"),
        ("p108-37", "p108-35"), ("p108-38", "p108-33"), ("p108-39", "p108-36"), ("p108-40", "p108-33"),
        ("p108-40", "p108-34"), ("p108-41", "p108-35"), ("p108-42", "p108-40"), ("p108-43", "p108-35"),
        ("p108-43", "p108-36"), ("p108-45", "p108-34"), ("p108-45", "p108-36"), ("p108-45", "p108-40"),
        ("p108-47", "p108-35"), ("p108-48", "p108-36"), ("p108-48", "p108-43"),
        # (since the eighth session of 6 December: "from the original Lantern release (version 1.3)")
        ("p108-12", "p108-02"),
    }  # fmt: skip
    assert shared == {
        ("p108-01", "p108-03"), ("p108-01", "p108-07"), ("p108-01", "p108-13"), ("p108-01", "p108-16"),
        ("p108-03", "p108-07"), ("p108-03", "p108-13"), ("p108-03", "p108-16"), ("p108-04", "p108-06"),
        ("p108-04", "p108-10"), ("p108-05", "p108-08"), ("p108-05", "p108-12"), ("p108-06", "p108-10"),
        ("p108-06", "p108-14"), ("p108-07", "p108-13"), ("p108-07", "p108-16"), ("p108-08", "p108-12"),
        ("p108-10", "p108-14"), ("p108-13", "p108-16"), ("p108-18", "p108-21"), ("p108-18", "p108-25"),
        ("p108-18", "p108-26"), ("p108-18", "p108-30"), ("p108-20", "p108-24"), ("p108-20", "p108-28"),
        ("p108-20", "p108-32"), ("p108-21", "p108-25"), ("p108-21", "p108-26"), ("p108-21", "p108-30"),
        ("p108-24", "p108-28"), ("p108-24", "p108-32"), ("p108-25", "p108-26"), ("p108-25", "p108-30"),
        ("p108-26", "p108-30"), ("p108-28", "p108-32"), ("p108-31", "p108-32"), ("p108-33", "p108-34"),
        ("p108-33", "p108-38"), ("p108-34", "p108-38"),
        ("p108-35", "p108-36"), ("p108-35", "p108-37"), ("p108-35", "p108-41"), ("p108-35", "p108-43"),
        ("p108-35", "p108-47"), ("p108-36", "p108-37"), ("p108-36", "p108-41"), ("p108-36", "p108-43"),
        ("p108-36", "p108-47"), ("p108-37", "p108-41"), ("p108-37", "p108-43"), ("p108-37", "p108-47"),
        ("p108-41", "p108-43"), ("p108-41", "p108-47"), ("p108-43", "p108-47"),
        # E-OBS (public data the lexicon knows; 6 December, seventh)
        ("p108-21", "p108-27"), ("p108-27", "p108-30"),
        # (since the eighth session of 6 December, KESTREL DR2 a data release: its users share it)
        ("p108-40", "p108-45"), ("p108-40", "p108-42"), ("p108-42", "p108-45"),
        # FALSE as this writer keys the releases apart: since 7 December (fifteenth) a paper presenting a
        # release uses the first it names ("the second data release of the Kestrel corpus"), as most writers
        # key it
        ("p108-33", "p108-40"),
        ("p108-34", "p108-40"),
        ("p108-38", "p108-40"),
    }  # fmt: skip


def test_the_hundred_and_ninth_probes_of_bird_migration_ice_cores_and_logistics() -> None:
    # 48 abstracts of bird migration tracking, ice-core paleoclimate and supply-chain operations research (two
    # untitled), written on 6 December by a session kept from the code: with the rules of 0fe3175, of the
    # writer's 36 builds-on pairs 34, none false; of 35 shared pairs 19, none false. Now 34 and 32, none false
    # ("the Kestrel Ridge ice core (KRC), a 512 m core drilled", "NFTA-2: an expanded release of the ...
    # Archive": data). Missed: "the Beacon array" ("We describe the Beacon array, a network of ..."), eBird,
    # the EPICA Dome C record, WAIS Divide, the Solomon VRPTW instances
    builds_on, shared = _loaded_pairs("other-fields-probes-109.jsonl")
    assert builds_on == {
        ("p109-03", "p109-01"), ("p109-06", "p109-01"), ("p109-07", "p109-03"), ("p109-09", "p109-01"),
        ("p109-10", "p109-01"), ("p109-10", "p109-03"), ("p109-13", "p109-10"), ("p109-14", "p109-01"),
        ("p109-14", "p109-10"), ("p109-15", "p109-12"), ("p109-16", "p109-08"), ("p109-20", "p109-17"),
        ("p109-21", "p109-17"), ("p109-22", "p109-19"), ("p109-23", "p109-21"), ("p109-24", "p109-21"),
        ("p109-25", "p109-17"), ("p109-25", "p109-19"), ("p109-26", "p109-23"), ("p109-28", "p109-21"),
        ("p109-28", "p109-25"), ("p109-30", "p109-19"), ("p109-31", "p109-21"), ("p109-31", "p109-23"),
        ("p109-35", "p109-33"), ("p109-36", "p109-33"), ("p109-39", "p109-33"), ("p109-39", "p109-35"),
        ("p109-42", "p109-37"), ("p109-43", "p109-40"), ("p109-45", "p109-44"), ("p109-46", "p109-33"),
        ("p109-46", "p109-35"), ("p109-47", "p109-37"),
    }  # fmt: skip
    assert shared == {
        ("p109-02", "p109-11"), ("p109-03", "p109-07"), ("p109-03", "p109-10"), ("p109-07", "p109-10"),
        ("p109-10", "p109-13"), ("p109-10", "p109-14"), ("p109-13", "p109-14"), ("p109-19", "p109-22"),
        ("p109-19", "p109-25"), ("p109-19", "p109-30"), ("p109-21", "p109-23"), ("p109-21", "p109-24"),
        ("p109-21", "p109-28"), ("p109-21", "p109-31"), ("p109-22", "p109-25"), ("p109-22", "p109-30"),
        ("p109-23", "p109-24"), ("p109-23", "p109-28"), ("p109-23", "p109-31"), ("p109-24", "p109-28"),
        ("p109-24", "p109-31"), ("p109-25", "p109-30"), ("p109-28", "p109-31"), ("p109-29", "p109-32"),
        ("p109-35", "p109-39"), ("p109-35", "p109-46"), ("p109-37", "p109-42"), ("p109-37", "p109-47"),
        ("p109-38", "p109-46"), ("p109-39", "p109-46"), ("p109-42", "p109-47"), ("p109-47", "p109-48"),
        # eBird (public data the lexicon knows; 6 December, seventh)
        ("p109-04", "p109-13"),
    }  # fmt: skip


def test_the_hundred_and_tenth_probes_of_ophthalmology_fusion_and_numismatics() -> None:
    # 48 abstracts of retinal imaging, tokamak physics and monetary history (two untitled), written on 6
    # December by a session kept from the code: with the rules of 0fe3175, of the writer's 38 builds-on pairs
    # 25, 1 false; of 33 shared pairs 15, 5 false. Now 29, none false, and 27, 3 false ("Although MRIS-2 is
    # now available, we used the original image set"; "To introduce the Meridian Retinal Image Set (MRIS),
    # a public reference collection"; "drawn from the ITPA multi-machine pedestal database" names a body).
    # Missed: "the R package ledger" in lowercase beside its presenter's Ledger; "the Kestrel transport
    # solver" of a KESTREL; a LANTERN imaging diagnostic ("A new tangential imaging diagnostic, LANTERN
    # (...), has been commissioned"); EyePACS, the Sound Toll Registers, the ITPA H-mode database. Since the
    # eighth session of 6 December also "the multi-machine disruption database (MMDD)", spelt in lowercase
    builds_on, shared = _loaded_pairs("other-fields-probes-110.jsonl")
    assert builds_on == {
        ("p110-04", "p110-01"), ("p110-06", "p110-01"), ("p110-06", "p110-02"), ("p110-07", "p110-03"),
        ("p110-08", "p110-05"), ("p110-10", "p110-02"), ("p110-11", "p110-07"), ("p110-12", "p110-03"),
        ("p110-12", "p110-07"), ("p110-13", "p110-01"), ("p110-13", "p110-05"), ("p110-15", "p110-03"),
        ("p110-15", "p110-12"), ("p110-16", "p110-03"), ("p110-21", "p110-18"), ("p110-22", "p110-18"),
        ("p110-25", "p110-17"),
        ("p110-26", "p110-17"), ("p110-27", "p110-22"), ("p110-30", "p110-26"), ("p110-31", "p110-18"),
        ("p110-31", "p110-22"), ("p110-38", "p110-33"), ("p110-39", "p110-36"), ("p110-42", "p110-33"),
        ("p110-43", "p110-36"), ("p110-43", "p110-39"), ("p110-46", "p110-36"), ("p110-47", "p110-45"),
        ("p110-48", "p110-39"),
    }  # fmt: skip
    assert shared == {
        ("p110-01", "p110-04"), ("p110-01", "p110-06"), ("p110-01", "p110-13"), ("p110-03", "p110-07"),
        ("p110-03", "p110-15"), ("p110-03", "p110-16"), ("p110-04", "p110-06"), ("p110-04", "p110-13"),
        ("p110-06", "p110-13"), ("p110-07", "p110-15"), ("p110-07", "p110-16"), ("p110-10", "p110-14"),
        ("p110-12", "p110-15"), ("p110-15", "p110-16"), ("p110-18", "p110-21"), ("p110-18", "p110-22"),
        ("p110-18", "p110-31"), ("p110-21", "p110-22"), ("p110-21", "p110-31"),
        ("p110-22", "p110-31"), ("p110-33", "p110-38"), ("p110-33", "p110-42"), ("p110-35", "p110-41"),
        ("p110-36", "p110-39"), ("p110-36", "p110-43"), ("p110-36", "p110-46"), ("p110-38", "p110-42"),
        ("p110-39", "p110-43"), ("p110-39", "p110-46"), ("p110-43", "p110-46"),
        # FALSE: MRIS-2's paper, extending MRIS ("a successor collection extending MRIS to 18,412 ..."),
        # shares no data with MRIS's users: the writer keys "the 6,240 original MRIS images are not included"
        ("p110-03", "p110-12"), ("p110-07", "p110-12"), ("p110-12", "p110-16"),
        # EyePACS (public data the lexicon knows; 6 December, seventh)
        ("p110-07", "p110-11"),
    }  # fmt: skip


def test_the_hundred_and_eleventh_probes_of_honey_bees_railway_track_and_music_retrieval() -> None:
    # 48 abstracts of apiculture, railway track engineering and music information retrieval (two untitled),
    # written on 6 December by a session kept from the code: with the rules of 0fe3175, of the writer's 45
    # builds-on pairs 35, 1 false; of 53 shared pairs 43, none false. Now 39 and 44, none false (a melody
    # extractor Bramble beside a bee model BRAMBLE, two things; "toolboxes like Lantern have been
    # described"; "such as Bramble in the literature"). Missed: "data release DR2" of a cohort; Keystone v1
    # and v2 by their users; FAOSTAT, the Cropland Data Layer, ADC2004 (the FRA accident database since 6
    # December, tenth, its keeper's acronym before it in one paper). Since the
    # eighth session of 6 December, "Keystone v2: an extended track defect dataset" its users' too, and the
    # cohort "via DR2" (the writer keys it true) no longer: a data release is its presenter's, not the first
    # release's (as the writers of files 133 and 134 key it), and a user of v1 shares no data with one of v2
    builds_on, shared = _loaded_pairs("other-fields-probes-111.jsonl")
    assert builds_on == {
        ("p111-02", "p111-01"), ("p111-03", "p111-01"), ("p111-06", "p111-03"), ("p111-09", "p111-01"),
        ("p111-09", "p111-03"), ("p111-10", "p111-05"), ("p111-11", "p111-09"),
        ("p111-11", "p111-10"), ("p111-12", "p111-08"), ("p111-13", "p111-01"), ("p111-14", "p111-03"),
        ("p111-16", "p111-12"), ("p111-16", "p111-15"), ("p111-19", "p111-18"), ("p111-23", "p111-20"),
        ("p111-24", "p111-22"), ("p111-25", "p111-22"), ("p111-26", "p111-25"), ("p111-28", "p111-18"),
        ("p111-28", "p111-27"), ("p111-31", "p111-25"),
        ("p111-30", "p111-20"), ("p111-31", "p111-27"), ("p111-32", "p111-30"), ("p111-35", "p111-34"),
        ("p111-38", "p111-36"), ("p111-39", "p111-36"), ("p111-39", "p111-38"), ("p111-41", "p111-34"),
        ("p111-42", "p111-38"), ("p111-43", "p111-36"), ("p111-43", "p111-38"), ("p111-44", "p111-34"),
        ("p111-44", "p111-41"), ("p111-45", "p111-36"), ("p111-45", "p111-38"), ("p111-45", "p111-43"),
        ("p111-47", "p111-43"), ("p111-48", "p111-38"), ("p111-48", "p111-43"),
        # "BRAMBLE and BRAMBLE 2.0 applied to the LANTERN cohort", both run (6 December, seventh)
        ("p111-11", "p111-05"),
    }  # fmt: skip
    assert shared == {
        ("p111-03", "p111-06"), ("p111-03", "p111-09"), ("p111-03", "p111-11"), ("p111-03", "p111-14"),
        ("p111-06", "p111-09"), ("p111-06", "p111-11"), ("p111-06", "p111-14"), ("p111-08", "p111-12"),
        ("p111-09", "p111-11"), ("p111-09", "p111-14"), ("p111-11", "p111-14"), ("p111-15", "p111-16"),
        ("p111-22", "p111-24"), ("p111-22", "p111-25"), ("p111-24", "p111-25"), ("p111-24", "p111-26"),
        ("p111-24", "p111-32"), ("p111-25", "p111-26"), ("p111-25", "p111-31"), ("p111-26", "p111-31"),
        ("p111-34", "p111-35"),
        ("p111-34", "p111-41"), ("p111-34", "p111-44"), ("p111-35", "p111-41"), ("p111-35", "p111-44"),
        ("p111-37", "p111-40"), ("p111-38", "p111-39"), ("p111-38", "p111-42"), ("p111-38", "p111-43"),
        ("p111-38", "p111-45"), ("p111-38", "p111-48"), ("p111-39", "p111-42"), ("p111-39", "p111-43"),
        ("p111-39", "p111-45"), ("p111-39", "p111-48"), ("p111-40", "p111-44"), ("p111-40", "p111-46"),
        ("p111-41", "p111-44"), ("p111-42", "p111-43"), ("p111-42", "p111-45"), ("p111-42", "p111-48"),
        ("p111-43", "p111-45"), ("p111-43", "p111-48"), ("p111-44", "p111-46"), ("p111-45", "p111-48"),
        # FAOSTAT (public data the lexicon knows; 6 December, seventh)
        ("p111-02", "p111-04"),
        # the FRA Rail Equipment Accident database, as "the Federal Railroad Administration (FRA) Rail
        # Equipment Accident database" and "the FRA Rail Equipment Accident database" (6 December, tenth)
        ("p111-21", "p111-24"),
        ("p111-21", "p111-32"),
    }  # fmt: skip


def test_the_hundred_and_twelfth_probes_of_dentistry_volcanology_and_shipping() -> None:
    # 48 abstracts of oral health, volcanic hazard monitoring and port operations (two untitled), written on 6
    # December by a session kept from the code: with the rules of 951e227, of the writer's 32 builds-on pairs
    # 27, 1 false and 2 the writer did not list (a user of the Lantern seafarer cohort builds on its paper, as
    # its key's shared pair says; a second data release's user sent to the first's paper); of 34 shared
    # pairs 22, 1 false. Now 28, the release's pair still false (gone: "such as ANCHOR, ... were not
    # evaluated here"), and 26 ("a new population-based birth cohort established in Aarhus": the cohort, not
    # "established"; "...: the ANCHOR survey" reports its survey). Missed: "the original Plinth", "Tidewater
    # DR1" and DR2 apart (since the eighth session of 6 December, read), the GVP database, UN Comtrade
    builds_on, shared = _loaded_pairs("other-fields-probes-112.jsonl")
    assert builds_on == {
        ("p112-03", "p112-01"), ("p112-05", "p112-02"), ("p112-07", "p112-06"), ("p112-09", "p112-01"),
        ("p112-11", "p112-10"), ("p112-13", "p112-10"), ("p112-13", "p112-11"), ("p112-14", "p112-10"),
        ("p112-14", "p112-11"), ("p112-15", "p112-14"), ("p112-16", "p112-02"), ("p112-18", "p112-17"),
        ("p112-21", "p112-19"), ("p112-23", "p112-19"), ("p112-23", "p112-22"), ("p112-27", "p112-17"),
        ("p112-28", "p112-27"), ("p112-29", "p112-22"), ("p112-31", "p112-19"), ("p112-31", "p112-22"),
        ("p112-32", "p112-31"), ("p112-34", "p112-33"), ("p112-37", "p112-36"), ("p112-40", "p112-33"),
        ("p112-43", "p112-39"), ("p112-46", "p112-33"), ("p112-47", "p112-41"), ("p112-48", "p112-36"),
        ("p112-48", "p112-44"),  # since "...: the ANCHOR survey" reports its survey
        # since the eighth session of 6 December: "the Tidewater DR1 port-call dataset", the first release, is
        # Tidewater's paper's; "the second data release of the Tidewater port-call dataset (DR2)" the second's
        ("p112-40", "p112-39"), ("p112-41", "p112-39"), ("p112-46", "p112-43"),
    }  # fmt: skip
    assert shared == {
        ("p112-01", "p112-03"), ("p112-01", "p112-09"), ("p112-03", "p112-09"), ("p112-04", "p112-12"),
        ("p112-10", "p112-11"), ("p112-10", "p112-13"), ("p112-10", "p112-14"), ("p112-11", "p112-13"),
        ("p112-11", "p112-14"), ("p112-13", "p112-14"), ("p112-19", "p112-21"), ("p112-19", "p112-23"),
        ("p112-19", "p112-31"), ("p112-21", "p112-23"), ("p112-21", "p112-31"), ("p112-23", "p112-31"),
        ("p112-25", "p112-30"), ("p112-27", "p112-30"), ("p112-36", "p112-37"), ("p112-36", "p112-48"),
        ("p112-37", "p112-48"), ("p112-39", "p112-43"), ("p112-40", "p112-41"), ("p112-43", "p112-46"),
        ("p112-45", "p112-47"),
        ("p112-44", "p112-48"),  # the ANCHOR seafarer survey
        # since the eighth session of 6 December, the first release's users with its presenter's and the
        # second's (the writer keys them one dataset)
        ("p112-39", "p112-40"), ("p112-39", "p112-41"), ("p112-40", "p112-43"), ("p112-41", "p112-43"),
        # FALSE as this writer keys the releases apart: a release counted before the name ("the second data
        # release of X") names the first as well, its users using the first's data too (7 December, fifteenth)
        ("p112-39", "p112-46"),
        ("p112-40", "p112-46"),
        ("p112-41", "p112-46"),
    }  # fmt: skip


def test_the_hundred_and_thirteenth_probes_of_forestry_audiology_and_patent_analytics() -> None:
    # 48 abstracts of forest science and wood technology, audiology, and patent analytics (two untitled),
    # written on 6 December by a session kept from the code: with the rules of 951e227, of the writer's 37
    # builds-on pairs 36, 2 false; of 53 shared pairs 34, 9 false. Now 36 and 34, none false ("A resource
    # comparable to the Fennoscandian FICD was unavailable for our region"; RingNet, "originally developed for
    # boreal conifers and trained on cores from the FICD"). Missed: PATSTAT, PatentsView, Compustat, Orbis
    # and the Swedish NFI, public data with no data noun or presenter; "the original KDDB test split"
    builds_on, shared = _loaded_pairs("other-fields-probes-113.jsonl")
    assert builds_on == {
        ("p113-02", "p113-01"), ("p113-06", "p113-03"), ("p113-07", "p113-05"), ("p113-08", "p113-01"),
        ("p113-10", "p113-08"), ("p113-11", "p113-05"), ("p113-12", "p113-03"), ("p113-13", "p113-01"),
        ("p113-13", "p113-08"), ("p113-15", "p113-11"), ("p113-16", "p113-11"), ("p113-20", "p113-17"),
        ("p113-20", "p113-19"), ("p113-23", "p113-17"), ("p113-24", "p113-19"), ("p113-25", "p113-21"),
        ("p113-25", "p113-23"), ("p113-27", "p113-17"), ("p113-28", "p113-24"), ("p113-29", "p113-23"),
        ("p113-30", "p113-24"), ("p113-30", "p113-28"), ("p113-31", "p113-17"), ("p113-31", "p113-23"),
        ("p113-31", "p113-28"), ("p113-37", "p113-33"), ("p113-39", "p113-35"), ("p113-39", "p113-36"),
        ("p113-42", "p113-36"), ("p113-43", "p113-41"), ("p113-44", "p113-33"), ("p113-44", "p113-42"),
        ("p113-46", "p113-35"), ("p113-47", "p113-42"), ("p113-48", "p113-35"), ("p113-48", "p113-41"),
        # (since the eighth session of 6 December: "the original KDDB test split" beside KDDB-2)
        ("p113-15", "p113-05"),
    }  # fmt: skip
    assert shared == {
        ("p113-01", "p113-02"), ("p113-01", "p113-08"), ("p113-01", "p113-13"), ("p113-02", "p113-08"),
        ("p113-02", "p113-13"), ("p113-05", "p113-07"), ("p113-05", "p113-11"), ("p113-05", "p113-15"),
        ("p113-07", "p113-11"), ("p113-07", "p113-15"), ("p113-08", "p113-13"), ("p113-11", "p113-15"),
        ("p113-11", "p113-16"), ("p113-15", "p113-16"), ("p113-17", "p113-20"), ("p113-17", "p113-23"),
        ("p113-17", "p113-27"), ("p113-17", "p113-31"), ("p113-18", "p113-22"), ("p113-18", "p113-32"),
        ("p113-20", "p113-23"), ("p113-20", "p113-27"), ("p113-20", "p113-31"), ("p113-22", "p113-32"),
        ("p113-23", "p113-27"), ("p113-23", "p113-31"), ("p113-24", "p113-30"), ("p113-27", "p113-31"),
        ("p113-28", "p113-30"), ("p113-28", "p113-31"), ("p113-30", "p113-31"), ("p113-33", "p113-37"),
        ("p113-33", "p113-44"), ("p113-37", "p113-44"),
        # PATSTAT (public data the lexicon knows; 6 December, seventh)
        ("p113-34", "p113-38"), ("p113-34", "p113-41"), ("p113-34", "p113-43"), ("p113-38", "p113-41"),
        ("p113-38", "p113-43"), ("p113-41", "p113-43"),
        # Compustat (public data the lexicon knows; 6 December, seventh)
        ("p113-36", "p113-39"), ("p113-36", "p113-42"), ("p113-39", "p113-42"),
        # PatentsView (public data the lexicon knows; 6 December, seventh)
        ("p113-35", "p113-40"), ("p113-35", "p113-46"), ("p113-35", "p113-48"), ("p113-40", "p113-46"),
        ("p113-40", "p113-48"), ("p113-46", "p113-48"),
    }  # fmt: skip


def test_the_hundred_and_fourteenth_probes_of_nephrology_glass_science_and_tourism() -> None:
    # 48 abstracts of nephrology and dialysis, glass and ceramics, and tourism and hospitality (two untitled),
    # written on 6 December by a session kept from the code: with the rules of 5dc6f67, of the writer's 25
    # builds-on pairs 21, 1 false ("The Coastline Visitor Survey was unavailable for our region"); of 24
    # shared pairs 18, none false. Now 21, none false, and 18. Missed: the HEARTH cohort, its acronym
    # spelling its long form loosely ("Haemodialysis Epidemiology And Renal Trajectories (HEARTH)"); the
    # BEACON equation ("the Biomarker-Enhanced Assessment of Creatinine and cystatin for Outpatient
    # Nephrology (BEACON) equation"); USRDS, SciGlass, the International Passenger Survey
    builds_on, shared = _loaded_pairs("other-fields-probes-114.jsonl")
    assert builds_on == {
        ("p114-08", "p114-05"), ("p114-10", "p114-06"), ("p114-12", "p114-06"), ("p114-15", "p114-12"),
        ("p114-16", "p114-05"), ("p114-22", "p114-20"), ("p114-24", "p114-18"), ("p114-25", "p114-21"),
        ("p114-26", "p114-23"), ("p114-27", "p114-20"), ("p114-30", "p114-29"), ("p114-31", "p114-27"),
        ("p114-32", "p114-18"), ("p114-37", "p114-33"), ("p114-39", "p114-35"), ("p114-42", "p114-38"),
        ("p114-43", "p114-41"), ("p114-45", "p114-33"), ("p114-47", "p114-35"), ("p114-48", "p114-38"),
        ("p114-48", "p114-41"),
    }  # fmt: skip
    assert shared == {
        ("p114-17", "p114-18"), ("p114-17", "p114-24"), ("p114-17", "p114-32"), ("p114-18", "p114-24"),
        ("p114-18", "p114-32"), ("p114-20", "p114-22"), ("p114-20", "p114-27"), ("p114-22", "p114-27"),
        ("p114-24", "p114-32"), ("p114-27", "p114-31"), ("p114-29", "p114-30"), ("p114-35", "p114-39"),
        ("p114-35", "p114-47"), ("p114-36", "p114-44"), ("p114-39", "p114-47"), ("p114-41", "p114-43"),
        ("p114-41", "p114-48"), ("p114-43", "p114-48"),
    }  # fmt: skip


def test_the_hundred_and_fifteenth_probes_of_entomology_acoustics_and_library_science() -> None:
    # 48 abstracts of entomology and vector-borne disease, acoustics and noise control, and library and
    # information science (two untitled), written on 6 December by a session kept from the code: with the
    # rules of 5dc6f67, of the writer's 32 builds-on pairs 31, none false; of 34 shared pairs 28, none false.
    # Missed: "the original HARVEST benchmark" by a user of HARVEST-2; WorldClim, Web of Science, Europeana
    # and Crossref, public data named with no data noun
    builds_on, shared = _loaded_pairs("other-fields-probes-115.jsonl")
    assert builds_on == {
        ("p115-03", "p115-01"), ("p115-06", "p115-02"), ("p115-07", "p115-04"), ("p115-09", "p115-05"),
        ("p115-10", "p115-04"), ("p115-11", "p115-01"), ("p115-11", "p115-02"), ("p115-12", "p115-05"),
        ("p115-15", "p115-05"), ("p115-15", "p115-12"), ("p115-16", "p115-04"), ("p115-16", "p115-10"),
        ("p115-19", "p115-17"), ("p115-20", "p115-18"), ("p115-24", "p115-17"), ("p115-25", "p115-21"),
        ("p115-26", "p115-23"), ("p115-27", "p115-18"), ("p115-30", "p115-18"), ("p115-30", "p115-27"),
        ("p115-31", "p115-28"), ("p115-32", "p115-21"), ("p115-32", "p115-23"), ("p115-36", "p115-33"),
        ("p115-38", "p115-35"), ("p115-42", "p115-37"), ("p115-43", "p115-39"), ("p115-45", "p115-39"),
        ("p115-46", "p115-35"), ("p115-47", "p115-45"), ("p115-48", "p115-33"),
        # "evaluation on HARVEST and HARVEST-2", both used (6 December, seventh)
        ("p115-47", "p115-39"),
    }  # fmt: skip
    assert shared == {
        ("p115-01", "p115-03"), ("p115-01", "p115-11"), ("p115-03", "p115-11"), ("p115-05", "p115-09"),
        ("p115-05", "p115-12"), ("p115-05", "p115-15"), ("p115-09", "p115-12"), ("p115-09", "p115-15"),
        ("p115-10", "p115-16"), ("p115-12", "p115-15"), ("p115-13", "p115-14"), ("p115-17", "p115-19"),
        ("p115-17", "p115-24"), ("p115-19", "p115-24"), ("p115-23", "p115-26"), ("p115-23", "p115-32"),
        ("p115-26", "p115-29"), ("p115-26", "p115-32"), ("p115-28", "p115-31"), ("p115-35", "p115-38"),
        ("p115-35", "p115-46"), ("p115-38", "p115-46"), ("p115-39", "p115-43"), ("p115-39", "p115-45"),
        ("p115-39", "p115-47"), ("p115-43", "p115-45"), ("p115-43", "p115-47"), ("p115-45", "p115-47"),
        # WorldClim (public data the lexicon knows; 6 December, seventh)
        ("p115-04", "p115-07"), ("p115-04", "p115-09"), ("p115-07", "p115-09"),
    }  # fmt: skip


def test_the_hundred_and_seventeenth_probes_of_sleep_medicine_welding_and_paleontology() -> None:
    # 48 abstracts of sleep medicine, welding and joining, and vertebrate paleontology (two untitled), written
    # on 6 December by a session kept from the code: with the rules of 08a15fe, of the writer's 37 builds-on
    # pairs 33, 1 false ("We did not administer the Insomnia Burden Index"); of 54 shared pairs 29, none
    # false. Now 35, none false, and 46 ("the Northfield study (NSC)", "the Tarnby dataset (TSWD)": a word
    # of the name and a noun gloss the acronym; "The Northfield Sleep Cohort: design, ..." no second entity
    # of the cohort its abstract abbreviates). Missed: "the original Lantern actigraphy algorithm" by a
    # Lantern-2 paper; a second data release's user; SHHS, GDXray, the TWiG matrix
    builds_on, shared = _loaded_pairs("other-fields-probes-117.jsonl")
    assert builds_on == {
        ("p117-03", "p117-01"), ("p117-04", "p117-01"), ("p117-06", "p117-03"), ("p117-07", "p117-01"),
        ("p117-08", "p117-05"), ("p117-09", "p117-01"), ("p117-09", "p117-03"), ("p117-10", "p117-05"),
        ("p117-11", "p117-09"), ("p117-13", "p117-01"), ("p117-14", "p117-05"), ("p117-15", "p117-05"),
        ("p117-15", "p117-09"), ("p117-18", "p117-17"), ("p117-20", "p117-19"), ("p117-23", "p117-19"),
        ("p117-24", "p117-21"), ("p117-25", "p117-17"), ("p117-25", "p117-21"), ("p117-28", "p117-27"),
        ("p117-30", "p117-21"), ("p117-31", "p117-29"), ("p117-32", "p117-19"), ("p117-36", "p117-33"),
        ("p117-38", "p117-35"), ("p117-39", "p117-33"), ("p117-40", "p117-37"), ("p117-42", "p117-33"),
        ("p117-43", "p117-35"), ("p117-44", "p117-43"), ("p117-45", "p117-33"), ("p117-45", "p117-37"),
        ("p117-46", "p117-35"), ("p117-46", "p117-43"), ("p117-48", "p117-37"),
        # "We compared Lantern-2, the original Lantern actigraphy algorithm and ..." (6 December, seventh)
        ("p117-11", "p117-03"),
    }  # fmt: skip
    assert shared == {
        ("p117-01", "p117-03"), ("p117-01", "p117-04"), ("p117-01", "p117-07"), ("p117-01", "p117-09"),
        ("p117-01", "p117-13"), ("p117-02", "p117-07"), ("p117-02", "p117-12"), ("p117-02", "p117-16"),
        ("p117-03", "p117-04"), ("p117-03", "p117-07"), ("p117-03", "p117-09"), ("p117-03", "p117-13"),
        ("p117-04", "p117-07"), ("p117-04", "p117-09"), ("p117-04", "p117-13"), ("p117-07", "p117-09"),
        ("p117-07", "p117-12"), ("p117-07", "p117-13"), ("p117-07", "p117-16"), ("p117-09", "p117-13"),
        ("p117-12", "p117-16"), ("p117-19", "p117-20"), ("p117-19", "p117-23"), ("p117-19", "p117-32"),
        ("p117-20", "p117-23"), ("p117-20", "p117-32"), ("p117-23", "p117-32"), ("p117-26", "p117-27"),
        ("p117-26", "p117-28"), ("p117-27", "p117-28"), ("p117-33", "p117-36"), ("p117-33", "p117-39"),
        ("p117-33", "p117-42"), ("p117-33", "p117-45"), ("p117-34", "p117-37"), ("p117-34", "p117-40"),
        ("p117-34", "p117-48"), ("p117-36", "p117-39"), ("p117-36", "p117-42"), ("p117-36", "p117-45"),
        ("p117-37", "p117-40"), ("p117-37", "p117-48"), ("p117-39", "p117-42"), ("p117-39", "p117-45"),
        ("p117-40", "p117-48"), ("p117-42", "p117-45"),
    }  # fmt: skip


def test_the_hundred_and_sixteenth_probes_of_floriculture_geodesy_and_journalism() -> None:
    # 48 abstracts of ornamental horticulture, geodesy and GNSS, and journalism and media studies (two
    # untitled), written on 6 December by a session kept from the code: with the rules of bf46f35, of the
    # writer's 32 builds-on pairs 25, 2 false; of 29 shared pairs 25, 63 false. Now 26, 1 false, and 22, 2
    # false: "An urban canyon GNSS benchmark" had made GNSS a dataset every geodesy paper used; the loader
    # had split "European" into "Europe an" (a place the abstract names, glued to "an"), and "research ...
    # concentrated on Europe" built on a flower buyer survey. Missed: PetalScan v2, "the OQI adapted for cut
    # stems", the LANTERN crop model and corpus among three Lanterns, the NPS, GDELT, the Digital News Report
    builds_on, shared = _loaded_pairs("other-fields-probes-116.jsonl")
    assert builds_on == {
        ("p116-05", "p116-01"), ("p116-07", "p116-03"), ("p116-09", "p116-03"), ("p116-10", "p116-08"),
        ("p116-11", "p116-04"), ("p116-11", "p116-06"), ("p116-13", "p116-01"), ("p116-16", "p116-08"),
        ("p116-16", "p116-09"), ("p116-20", "p116-17"), ("p116-21", "p116-19"), ("p116-25", "p116-17"),
        ("p116-25", "p116-22"), ("p116-26", "p116-19"), ("p116-27", "p116-17"), ("p116-28", "p116-22"),
        ("p116-30", "p116-26"), ("p116-32", "p116-22"), ("p116-32", "p116-28"), ("p116-37", "p116-33"),
        ("p116-39", "p116-35"), ("p116-40", "p116-36"), ("p116-42", "p116-38"), ("p116-45", "p116-36"),
        ("p116-47", "p116-38"), ("p116-48", "p116-45"),
        # FALSE: "the Meridian grids" of a user that also writes "the MERIDIAN zenith wet delay grids", sent
        # to the other Meridian of geodesy, spelt as that user spells it once
        ("p116-29", "p116-17"),
    }  # fmt: skip
    assert shared == {
        ("p116-01", "p116-05"), ("p116-01", "p116-13"), ("p116-05", "p116-13"), ("p116-08", "p116-10"),
        ("p116-08", "p116-16"), ("p116-10", "p116-14"), ("p116-10", "p116-16"), ("p116-18", "p116-24"),
        ("p116-19", "p116-21"), ("p116-19", "p116-26"), ("p116-21", "p116-26"), ("p116-22", "p116-25"),
        ("p116-22", "p116-28"), ("p116-22", "p116-32"), ("p116-25", "p116-28"), ("p116-25", "p116-32"),
        ("p116-26", "p116-30"), ("p116-28", "p116-32"), ("p116-33", "p116-37"), ("p116-38", "p116-42"),
        ("p116-38", "p116-47"), ("p116-42", "p116-47"),
        # FALSE: CUGA and its second release CUGA-2, which the writer keys as two data
        ("p116-19", "p116-30"), ("p116-21", "p116-30"),
    }  # fmt: skip


def test_a_name_met_in_lowercase_is_only_the_thing_of_a_presenter_writing_it_so() -> None:
    # Tidewater is a larval dispersal model, an RPC stack, a respiration algorithm, a crash benchmark, an MPM
    # solver of water and sand (file 98) and, in lowercase, a variant-calling pipeline: the lowercase one let
    # "tidewater glaciers" (file 88) match the name, and its topic words (melt, water, flow) chose the solver
    from paperkg.loaders import load_file

    wanted = {5: {"e-47"}, 42: None, 68: None, 70: None, 94: None, 98: {"p98-05"}, 88: {"p88-35"}}
    papers, named = [], {}
    for number, ids in wanted.items():
        path = DATA / f"other-fields-probes-{number}.jsonl"
        for paper, line in zip(load_file(path), path.read_text(encoding="utf-8").splitlines(), strict=True):
            rid = json.loads(line)["id"]
            if (rid in ids) if ids else "tidewater" in f"{paper.title} {paper.abstract}".lower():
                papers.append(paper)
                named[paper.id] = f"{number}:{rid}"
    result = infer_corpus(papers, shipped_lexicon())
    pairs = {(named[e.source], named[e.target]) for e in result.edges if e.kind is EdgeKind.BUILDS_ON}
    assert {("94:p94-29", "94:p94-28"), ("42:p42-19", "42:p42-05")} <= pairs
    assert not any(source == "88:p88-35" for source, _ in pairs)


def test_titles_in_capitals_give_the_edges_their_own_case_gives() -> None:
    # Web of Science and old journal metadata export titles in capitals: read as they are, every word of
    # them looked like an acronym ("THE BLOOM RULE" presented a name, "WORDS THAT SELL STAYS" another) and
    # files 30-33 lost 36 of their 94 builds-on pairs; read as the abstract writes their words, none
    from paperkg.loaders import load_file

    papers = [paper for n in (30, 31, 32, 33) for paper in load_file(DATA / f"other-fields-probes-{n}.jsonl")]
    shouted = [p.model_copy(update={"title": p.title.upper() if p.title else None}) for p in papers]

    assert _edges(shouted) == _edges(papers)


def test_the_order_of_a_users_files_changes_no_edge() -> None:
    # KESTREL is a speech corpus, zoom simulations, a planner, a forecaster...: which of the names' entities
    # the discovered KESTREL data joined, and which of two presenters of one year introduces ATLAS or
    # Lantern, hung on the order the files were read in (40 uses of KESTREL data came and went with it)
    from paperkg.loaders import load_file

    papers = [
        paper
        for number in (17, 26, 32, 35, 47, 80)
        for paper in load_file(DATA / f"other-fields-probes-{number}.jsonl")
    ]

    assert _edges(papers) == _edges(papers[::-1])


def test_the_hundred_and_eighteenth_probes_of_crystallography_mining_and_neonatology() -> None:
    # 48 abstracts (two untitled) written on 6 December (seventh session) by a session kept from the code,
    # told to present things as authors of these fields do, without "we": read first with the rules of
    # 26bffeb, of the writer's 41 builds-on pairs 13, none false; of 40 shared pairs 34 of 65 found. Now 39,
    # none false ("Harrow, a program for ..., is described", "A dynamical refinement method, Quillon, has been
    # developed", "This report details the Ashdown Diffraction Benchmark (ADB)", "Meridian, a restraint
    # library ..., is described"), and 35 of 45: "1,146 X-ray datasets" made X-ray a dataset of every
    # crystallographer. Missed: "Harrow 1.4" and "Willow-R" by a successor's users; the MSHA accident
    # database, named with no noun of data
    builds_on, shared = _loaded_pairs("other-fields-probes-118.jsonl")
    assert builds_on == {
        ("p118-03", "p118-02"), ("p118-05", "p118-01"), ("p118-07", "p118-02"), ("p118-07", "p118-03"),
        ("p118-09", "p118-01"), ("p118-09", "p118-02"), ("p118-10", "p118-02"), ("p118-12", "p118-09"),
        ("p118-12", "p118-10"), ("p118-14", "p118-09"), ("p118-14", "p118-10"), ("p118-15", "p118-10"),
        ("p118-16", "p118-15"), ("p118-19", "p118-18"), ("p118-22", "p118-18"), ("p118-22", "p118-19"),
        ("p118-23", "p118-20"), ("p118-25", "p118-18"), ("p118-26", "p118-19"), ("p118-26", "p118-25"),
        ("p118-27", "p118-20"), ("p118-29", "p118-20"), ("p118-29", "p118-27"), ("p118-31", "p118-18"),
        ("p118-31", "p118-25"), ("p118-35", "p118-33"), ("p118-37", "p118-34"), ("p118-39", "p118-34"),
        ("p118-40", "p118-36"), ("p118-41", "p118-33"), ("p118-43", "p118-33"), ("p118-44", "p118-34"),
        ("p118-45", "p118-43"), ("p118-47", "p118-36"), ("p118-47", "p118-43"), ("p118-48", "p118-43"),
        # "Meridian, a restraint library ..., is described": a noun, said so, though spelt as adjectives are
        # (6 December, seventh)
        ("p118-08", "p118-04"), ("p118-21", "p118-17"), ("p118-30", "p118-17"),
        # 'its X-ray predecessor Harrow 1.4': a bare first-line release number names the first (6 December,
        # eleventh)
        ("p118-12", "p118-01"),
    }  # fmt: skip
    assert shared == {
        ("p118-02", "p118-03"), ("p118-02", "p118-07"), ("p118-02", "p118-09"), ("p118-03", "p118-07"),
        ("p118-03", "p118-09"), ("p118-04", "p118-06"), ("p118-04", "p118-08"), ("p118-06", "p118-08"),
        ("p118-07", "p118-09"), ("p118-10", "p118-12"), ("p118-10", "p118-14"), ("p118-10", "p118-15"),
        ("p118-11", "p118-13"), ("p118-12", "p118-14"), ("p118-12", "p118-15"), ("p118-14", "p118-15"),
        ("p118-18", "p118-19"), ("p118-18", "p118-22"), ("p118-18", "p118-31"), ("p118-19", "p118-22"),
        ("p118-19", "p118-31"), ("p118-22", "p118-31"), ("p118-25", "p118-31"), ("p118-33", "p118-35"),
        ("p118-33", "p118-41"), ("p118-35", "p118-41"), ("p118-38", "p118-42"), ("p118-38", "p118-46"),
        ("p118-42", "p118-46"), ("p118-43", "p118-45"), ("p118-43", "p118-47"), ("p118-43", "p118-48"),
        ("p118-45", "p118-47"), ("p118-45", "p118-48"), ("p118-47", "p118-48"),
        # FALSE: each successor release (ADB-2, BRFD v2, Lantern-2) shares with its predecessor's users, where
        # the writer says it holds none of its records
        ("p118-02", "p118-10"), ("p118-03", "p118-10"), ("p118-07", "p118-10"), ("p118-09", "p118-10"),
        ("p118-18", "p118-25"), ("p118-19", "p118-25"), ("p118-22", "p118-25"), ("p118-33", "p118-43"),
        ("p118-35", "p118-43"), ("p118-41", "p118-43"),
        # a release of data a paper presents is data (7 December, sixteenth)
        ("p118-25", "p118-26"),
        ("p118-26", "p118-31"),
    }  # fmt: skip


def test_the_hundred_and_nineteenth_probes_of_space_weather_dendrochronology_and_esports() -> None:
    # 48 abstracts (two untitled), written as file 118: with the rules of 26bffeb, of the writer's 30
    # builds-on pairs 19, 1 false; of 39 shared pairs 16, none false. Now 26, none false ("A detrending
    # approach, termed age-banded adaptive detrending (ABAD), is described", "Version 2.0 of the TRACE
    # crossdating engine is presented", "This report details the Alpine Treeline Ring-Width Compilation
    # (ATRC)" under "A treeline ring-width compilation for the European Alps"), and 22, none false. Missed:
    # the second data release of ESCAT and its users; GEONET, OMNIWeb, the IGS ionosphere maps, the EPN,
    # HLTV.org. Since 6 December (tenth) the versions of CRU TS ("CRU TS 3.10", "CRU TS 3.21") are one dataset
    builds_on, shared = _loaded_pairs("other-fields-probes-119.jsonl")
    assert builds_on == {
        ("p119-04", "p119-01"), ("p119-07", "p119-03"), ("p119-09", "p119-03"), ("p119-12", "p119-01"),
        ("p119-13", "p119-09"), ("p119-14", "p119-01"), ("p119-18", "p119-17"), ("p119-21", "p119-18"),
        ("p119-22", "p119-18"), ("p119-23", "p119-20"), ("p119-25", "p119-17"), ("p119-26", "p119-25"),
        ("p119-27", "p119-18"), ("p119-27", "p119-22"), ("p119-28", "p119-20"), ("p119-30", "p119-17"),
        ("p119-31", "p119-22"), ("p119-32", "p119-22"), ("p119-37", "p119-35"), ("p119-38", "p119-34"),
        ("p119-40", "p119-36"), ("p119-42", "p119-34"), ("p119-42", "p119-35"), ("p119-43", "p119-34"),
        ("p119-44", "p119-41"), ("p119-45", "p119-36"),
    }  # fmt: skip
    assert shared == {
        ("p119-01", "p119-09"), ("p119-08", "p119-11"), ("p119-08", "p119-14"), ("p119-09", "p119-13"),
        ("p119-09", "p119-15"), ("p119-11", "p119-14"), ("p119-13", "p119-15"), ("p119-17", "p119-19"),
        ("p119-17", "p119-25"), ("p119-18", "p119-21"), ("p119-18", "p119-22"), ("p119-18", "p119-27"),
        ("p119-19", "p119-25"), ("p119-21", "p119-22"), ("p119-21", "p119-27"), ("p119-22", "p119-27"),
        ("p119-35", "p119-37"), ("p119-35", "p119-42"), ("p119-36", "p119-40"), ("p119-36", "p119-45"),
        ("p119-37", "p119-42"), ("p119-40", "p119-45"),
        # the EUREF Permanent Network, "observations from 243 stations of the EUREF Permanent Network (EPN)"
        # (6 December, ninth)
        ("p119-04", "p119-12"),
        # FALSE as this writer keys releases apart: the Equatorial Scintillation Catalogue, titled so by its
        # second release's paper, shared by the first's paper with the second's users (6 December, seventh)
        ("p119-02", "p119-08"), ("p119-02", "p119-11"), ("p119-02", "p119-14"),
        # releases of CRU TS, "the CRU TS 3.10", "3.21" and "4.01" datasets (6 December, tenth)
        ("p119-21", "p119-24"),
        ("p119-21", "p119-28"),
        ("p119-24", "p119-28"),
    }  # fmt: skip


def test_the_hundred_and_twentieth_probes_of_anaesthesia_textile_engineering_and_mycology() -> None:
    # 48 abstracts (two untitled), written as file 118: with the rules of 26bffeb, of the writer's 31
    # builds-on pairs 16, 1 false; of 27 shared pairs 17 of 19 found. Now 25, none false ("A method, termed
    # HairScan, is described", "This report details the Thistle protocol, a simplified algorithm"; "such as
    # the Thistle protocol ... could not be examined here"; "AIRWAYNET and its successor AIRWAYNET-2"
    # validated both), and 17 of 19. Missed: the SENTINEL network, whose paper's "Establishment of" title and
    # "was established in 2006" present it; releases named by their users ("FunTrait DR1")
    builds_on, shared = _loaded_pairs("other-fields-probes-120.jsonl")
    assert builds_on == {
        ("p120-04", "p120-01"), ("p120-05", "p120-02"), ("p120-07", "p120-03"), ("p120-09", "p120-01"),
        ("p120-09", "p120-02"), ("p120-11", "p120-07"), ("p120-12", "p120-01"), ("p120-12", "p120-10"),
        ("p120-15", "p120-02"), ("p120-20", "p120-17"), ("p120-21", "p120-18"), ("p120-22", "p120-19"),
        ("p120-25", "p120-18"), ("p120-26", "p120-19"), ("p120-27", "p120-17"), ("p120-29", "p120-24"),
        ("p120-30", "p120-25"), ("p120-31", "p120-17"), ("p120-31", "p120-27"), ("p120-38", "p120-35"),
        ("p120-39", "p120-33"), ("p120-43", "p120-35"), ("p120-44", "p120-37"), ("p120-48", "p120-41"),
        # "AIRWAYNET and its successor AIRWAYNET-2", both validated (6 December, seventh)
        ("p120-11", "p120-03"),
        # (since the eighth session of 6 December: "FunTrait DR1", the first release, is FunTrait's)
        ("p120-40", "p120-35"), ("p120-46", "p120-35"),
    }  # fmt: skip
    assert shared == {
        ("p120-02", "p120-05"), ("p120-02", "p120-09"), ("p120-02", "p120-15"), ("p120-05", "p120-09"),
        ("p120-05", "p120-15"), ("p120-06", "p120-08"), ("p120-06", "p120-13"), ("p120-08", "p120-13"),
        ("p120-09", "p120-15"), ("p120-14", "p120-16"), ("p120-23", "p120-28"), ("p120-33", "p120-39"),
        ("p120-35", "p120-38"), ("p120-35", "p120-40"), ("p120-35", "p120-46"), ("p120-39", "p120-40"),
        ("p120-40", "p120-46"),
        # FALSE: the second data release shares with the first's users, where the writer says it holds none
        # of its records
        ("p120-35", "p120-43"), ("p120-38", "p120-43"),
        # (since the eighth session of 6 December, "FunTrait DR1" FunTrait's: its users with the others, and
        # FALSE with the second release's presenter, which extends "The FunTrait database")
        ("p120-38", "p120-40"), ("p120-38", "p120-46"), ("p120-40", "p120-43"), ("p120-43", "p120-46"),
    }  # fmt: skip


def test_the_hundred_and_twenty_first_probes_of_orthopaedics_papermaking_and_sociolinguistics() -> None:
    # 48 abstracts (two untitled) written on 6 December (seventh session) by a session kept from the code,
    # told to present things without "we", in structured abstracts, with author-year citations. Read first
    # with the rules of c21856f: of the writer's 26 builds-on pairs 24, 2 false; of 37 shared pairs 32 of 36
    # found (26bffeb: 20 of 22 and 32 of 50). Now 26, none false: "Unlike single-centre cohorts such as
    # LANTERN (Whitcombe et al., 2010)" cited no paper the user builds on; "This paper describes the Nordic
    # Fibre Morphology Database (NFMD)" under "A morphological database of Nordic pulpwood fibres" presents
    # it. Missed: the 2011 Census, versions of ecoinvent as one database, the Spoken BNC2014
    builds_on, shared = _loaded_pairs("other-fields-probes-121.jsonl")
    assert builds_on == {
        ("p121-04", "p121-01"), ("p121-05", "p121-03"), ("p121-07", "p121-01"), ("p121-07", "p121-06"),
        ("p121-10", "p121-09"), ("p121-12", "p121-09"), ("p121-14", "p121-09"), ("p121-15", "p121-14"),
        ("p121-16", "p121-03"), ("p121-21", "p121-19"), ("p121-22", "p121-17"), ("p121-23", "p121-19"),
        ("p121-27", "p121-19"), ("p121-27", "p121-21"), ("p121-28", "p121-24"), ("p121-29", "p121-21"),
        ("p121-31", "p121-24"), ("p121-37", "p121-34"), ("p121-39", "p121-36"), ("p121-40", "p121-34"),
        ("p121-40", "p121-38"), ("p121-42", "p121-38"), ("p121-43", "p121-34"), ("p121-46", "p121-38"),
        ("p121-46", "p121-43"), ("p121-47", "p121-36"),
    }  # fmt: skip
    assert shared == {
        ("p121-01", "p121-04"), ("p121-01", "p121-07"), ("p121-02", "p121-11"), ("p121-02", "p121-13"),
        ("p121-04", "p121-07"), ("p121-09", "p121-10"), ("p121-09", "p121-12"), ("p121-10", "p121-12"),
        ("p121-10", "p121-15"), ("p121-11", "p121-13"), ("p121-12", "p121-15"), ("p121-14", "p121-15"),
        ("p121-18", "p121-26"), ("p121-19", "p121-21"), ("p121-19", "p121-23"), ("p121-19", "p121-27"),
        ("p121-21", "p121-23"), ("p121-21", "p121-27"), ("p121-23", "p121-27"), ("p121-24", "p121-28"),
        ("p121-24", "p121-31"), ("p121-28", "p121-31"), ("p121-30", "p121-31"), ("p121-33", "p121-45"),
        ("p121-34", "p121-37"), ("p121-34", "p121-40"), ("p121-34", "p121-43"), ("p121-37", "p121-40"),
        ("p121-37", "p121-43"), ("p121-38", "p121-42"), ("p121-40", "p121-43"), ("p121-43", "p121-46"),
        # FALSE: a successor dataset (DRF-Atlas 2) shares with its predecessor's users, where the writer says
        # no image overlaps (not since the eighth session of 6 December with p121-15, which says "We did not
        # use the original DRF-Atlas")
        ("p121-09", "p121-14"), ("p121-10", "p121-14"), ("p121-12", "p121-14"),
    }  # fmt: skip


def test_the_hundred_and_twenty_second_probes_of_parasitology_reactor_engineering_and_planning() -> None:
    # 48 abstracts (two untitled), written as file 121: with the rules of c21856f, of the writer's 33
    # builds-on pairs 27, none false; of 35 shared pairs 24 of 27 found (26bffeb: 26 and 21 of 24). Now 29,
    # none false ("This report details the KESTREL benchmark (Kinetics Experiments for ...), a set of 26 ...",
    # "We established the Pulse survey, a longitudinal panel"), and 27 of 30. Missed: the LANTERN data
    # releases, whose users write "LANTERN DR1"; the Paddock cohort ("was established in 2016"); VetCompass,
    # ENDF/B-VII.1 and the ICSBEP Handbook, named with no noun of data
    builds_on, shared = _loaded_pairs("other-fields-probes-122.jsonl")
    assert builds_on == {
        ("p122-05", "p122-02"), ("p122-08", "p122-04"), ("p122-09", "p122-03"), ("p122-10", "p122-02"),
        ("p122-14", "p122-02"), ("p122-14", "p122-13"), ("p122-15", "p122-04"), ("p122-16", "p122-09"),
        ("p122-19", "p122-18"), ("p122-23", "p122-20"), ("p122-25", "p122-18"), ("p122-25", "p122-24"),
        ("p122-26", "p122-22"), ("p122-29", "p122-18"), ("p122-29", "p122-24"), ("p122-29", "p122-25"),
        ("p122-30", "p122-20"), ("p122-32", "p122-20"), ("p122-32", "p122-22"), ("p122-35", "p122-34"),
        ("p122-37", "p122-36"), ("p122-40", "p122-38"), ("p122-42", "p122-41"), ("p122-43", "p122-34"),
        ("p122-43", "p122-36"), ("p122-44", "p122-38"), ("p122-46", "p122-34"), ("p122-46", "p122-41"),
        ("p122-48", "p122-36"),
        # (since the eighth session of 6 December: "taken from LANTERN DR1 (Hughes et al., 2012)", "farms
        # drawn from the LANTERN DR2 dataset (MacLeod et al., 2017)": data taken from the paper cited)
        ("p122-08", "p122-03"), ("p122-10", "p122-09"),
        # (since the eighth session of 6 December: "analyses ... from LANTERN DR1 (Hughes et al., 2012)", a
        # use of the paper it cites)
        ("p122-06", "p122-03"),
    }  # fmt: skip
    assert shared == {
        ("p122-06", "p122-08"), ("p122-09", "p122-10"), ("p122-09", "p122-16"), ("p122-10", "p122-16"),
        ("p122-17", "p122-27"), ("p122-18", "p122-19"), ("p122-20", "p122-23"), ("p122-20", "p122-30"),
        ("p122-20", "p122-32"), ("p122-22", "p122-26"), ("p122-23", "p122-30"), ("p122-23", "p122-32"),
        ("p122-24", "p122-25"), ("p122-24", "p122-29"), ("p122-25", "p122-29"), ("p122-30", "p122-32"),
        ("p122-34", "p122-38"), ("p122-34", "p122-44"), ("p122-35", "p122-40"), ("p122-36", "p122-37"),
        ("p122-36", "p122-43"), ("p122-37", "p122-43"), ("p122-38", "p122-44"), ("p122-41", "p122-42"),
        ("p122-41", "p122-46"), ("p122-42", "p122-46"), ("p122-45", "p122-47"),
        # FALSE: a rebuilt successor (Kerbline 2.0) shares with its predecessor's users
        ("p122-36", "p122-48"), ("p122-37", "p122-48"), ("p122-43", "p122-48"),
    }  # fmt: skip


def test_the_hundred_and_twenty_third_probes_of_paediatric_oncology_brewing_and_shipwrecks() -> None:
    # 48 abstracts (two untitled), written as file 121: with the rules of c21856f, of the writer's 25
    # builds-on pairs 20, 5 false; of 26 shared pairs 15 of 18 found (26bffeb: 18 of 22 and 17 of 23). Now 24,
    # none false, and 21 of 21: author-year citations of examples and contrasts ("approaches such as Tidemark
    # (Ekstrom et al., 2011) offer greater sensitivity but were not available") and data lacking what the
    # paper needs ("did not include any of the New Zealand cultivars", "covers only the North Sea and
    # Skagerrak, so ...") no use; "Here we report a five-grade Waterlogged Oak Degradation Score (WOODS)",
    # "The model, named KRAUSEN (...)" and "Skerry, a georeferenced database of ..., is described" present
    # theirs. Missed: the BEACON score's paper, which names it nowhere; the HEARTH panel as data; GEBCO
    builds_on, shared = _loaded_pairs("other-fields-probes-123.jsonl")
    assert builds_on == {
        ("p123-06", "p123-01"), ("p123-08", "p123-03"), ("p123-09", "p123-04"), ("p123-10", "p123-01"),
        ("p123-11", "p123-04"), ("p123-12", "p123-03"), ("p123-14", "p123-01"), ("p123-15", "p123-11"),
        ("p123-24", "p123-19"), ("p123-25", "p123-20"), ("p123-26", "p123-22"), ("p123-29", "p123-19"),
        ("p123-30", "p123-20"), ("p123-32", "p123-22"), ("p123-32", "p123-31"), ("p123-39", "p123-35"),
        ("p123-41", "p123-36"), ("p123-42", "p123-38"), ("p123-43", "p123-40"), ("p123-44", "p123-35"),
        ("p123-45", "p123-36"), ("p123-46", "p123-38"), ("p123-47", "p123-35"), ("p123-48", "p123-40"),
    }  # fmt: skip
    assert shared == {
        ("p123-01", "p123-06"), ("p123-01", "p123-10"), ("p123-01", "p123-14"), ("p123-02", "p123-16"),
        ("p123-06", "p123-10"), ("p123-06", "p123-14"), ("p123-10", "p123-14"), ("p123-19", "p123-24"),
        ("p123-19", "p123-29"), ("p123-21", "p123-32"), ("p123-24", "p123-29"), ("p123-35", "p123-39"),
        ("p123-35", "p123-44"), ("p123-35", "p123-47"), ("p123-38", "p123-46"), ("p123-39", "p123-44"),
        ("p123-39", "p123-47"), ("p123-40", "p123-43"), ("p123-40", "p123-48"), ("p123-43", "p123-48"),
        ("p123-44", "p123-47"),
    }  # fmt: skip


def test_the_hundred_and_twenty_fourth_probes_of_geriatrics_ceramics_and_ethnomusicology() -> None:
    # 48 abstracts (two untitled, three short conference abstracts) written on 6 December (seventh session) by
    # a session kept from the code, told to include software and data papers: with the rules of af036e6, of
    # the writer's 34 builds-on pairs 33, 2 false; of 40 shared pairs 32 of 38 found (26bffeb: 30 of 32 and 27
    # of 33). Now 33, none false, and 31 of 31: "such as those now being digitised in the Riverline project
    # ..., but they were not consulted here", "We had planned to use Tunebook (Ni Bhriain et al., 2017), but"
    # (a citation inside the clause). Missed: "cadence" in lowercase; the Mosaic benchmark and Lantern-2 as
    # data; the Global Jukebox
    builds_on, shared = _loaded_pairs("other-fields-probes-124.jsonl")
    assert builds_on == {
        ("p124-03", "p124-01"), ("p124-04", "p124-01"), ("p124-06", "p124-03"), ("p124-06", "p124-05"),
        ("p124-09", "p124-08"), ("p124-11", "p124-01"), ("p124-12", "p124-10"), ("p124-14", "p124-08"),
        ("p124-15", "p124-03"), ("p124-16", "p124-14"), ("p124-19", "p124-17"), ("p124-20", "p124-17"),
        ("p124-23", "p124-21"), ("p124-24", "p124-19"), ("p124-26", "p124-19"), ("p124-28", "p124-26"),
        ("p124-29", "p124-17"), ("p124-29", "p124-21"), ("p124-31", "p124-27"), ("p124-32", "p124-21"),
        ("p124-32", "p124-23"), ("p124-35", "p124-33"), ("p124-36", "p124-35"), ("p124-38", "p124-37"),
        ("p124-39", "p124-35"), ("p124-39", "p124-37"), ("p124-42", "p124-39"), ("p124-43", "p124-33"),
        ("p124-44", "p124-37"), ("p124-44", "p124-39"), ("p124-47", "p124-45"), ("p124-48", "p124-33"),
        ("p124-48", "p124-35"),
    }  # fmt: skip
    assert shared == {
        ("p124-01", "p124-03"), ("p124-01", "p124-04"), ("p124-01", "p124-11"), ("p124-02", "p124-07"),
        ("p124-02", "p124-11"), ("p124-03", "p124-04"), ("p124-03", "p124-11"), ("p124-04", "p124-11"),
        ("p124-07", "p124-11"), ("p124-08", "p124-09"), ("p124-08", "p124-14"), ("p124-09", "p124-14"),
        ("p124-17", "p124-19"), ("p124-17", "p124-20"), ("p124-17", "p124-29"), ("p124-18", "p124-25"),
        ("p124-18", "p124-30"), ("p124-19", "p124-20"), ("p124-19", "p124-29"), ("p124-20", "p124-29"),
        ("p124-25", "p124-30"), ("p124-33", "p124-35"), ("p124-33", "p124-43"), ("p124-33", "p124-48"),
        ("p124-35", "p124-43"), ("p124-35", "p124-48"), ("p124-39", "p124-42"), ("p124-39", "p124-44"),
        ("p124-42", "p124-44"), ("p124-43", "p124-48"), ("p124-45", "p124-47"),
        # (since the eighth session of 6 December: Lantern-2, "extending a real-world falls dataset", and its
        # user)
        ("p124-14", "p124-16"),
    }  # fmt: skip


def test_the_hundred_and_twenty_fifth_probes_of_aquaculture_power_electronics_and_public_finance() -> None:
    # 48 abstracts (two untitled), written as file 124: with the rules of af036e6, of the writer's 30
    # builds-on pairs 27, none false; of 31 shared pairs 19 of 23 found (26bffeb: 27 and 16 of 20). Now 27,
    # none false, and 19 of 22: "the National Treasury's database of municipal finances" names a body, no
    # dataset; "A three-port isolated bidirectional DC-DC converter, named TRIDENT (...), is proposed"
    # presents TRIDENT (whose paper, unread, had made file 50's TRIDENT dataset an older use and lost its
    # users). Missed: the Norwegian Sea Lice Count Archive (NSLCA) and HERON by their users; FRAME, FINBRA and
    # KESTREL as data
    builds_on, shared = _loaded_pairs("other-fields-probes-125.jsonl")
    assert builds_on == {
        ("p125-03", "p125-02"), ("p125-05", "p125-01"), ("p125-07", "p125-04"), ("p125-08", "p125-01"),
        ("p125-12", "p125-08"), ("p125-14", "p125-01"), ("p125-14", "p125-04"), ("p125-19", "p125-17"),
        ("p125-20", "p125-18"), ("p125-23", "p125-18"), ("p125-23", "p125-20"), ("p125-24", "p125-17"),
        ("p125-26", "p125-18"), ("p125-27", "p125-20"), ("p125-29", "p125-20"), ("p125-29", "p125-26"),
        ("p125-31", "p125-18"), ("p125-31", "p125-26"), ("p125-32", "p125-17"), ("p125-35", "p125-33"),
        ("p125-38", "p125-34"), ("p125-39", "p125-36"), ("p125-40", "p125-33"), ("p125-43", "p125-34"),
        ("p125-44", "p125-36"), ("p125-44", "p125-40"), ("p125-45", "p125-34"),
        # (since the eighth session of 6 December: "taken from the NSLCA dataset (Aasland et al., 2011)")
        ("p125-12", "p125-02"),
    }  # fmt: skip
    assert shared == {
        ("p125-02", "p125-03"), ("p125-02", "p125-12"), ("p125-03", "p125-12"), ("p125-06", "p125-10"),
        ("p125-06", "p125-15"), ("p125-10", "p125-15"), ("p125-18", "p125-20"), ("p125-18", "p125-23"),
        ("p125-18", "p125-31"), ("p125-20", "p125-23"), ("p125-20", "p125-31"), ("p125-23", "p125-31"),
        ("p125-26", "p125-31"), ("p125-37", "p125-41"), ("p125-37", "p125-46"), ("p125-38", "p125-43"),
        ("p125-38", "p125-45"), ("p125-41", "p125-46"), ("p125-43", "p125-45"),
        # FALSE: a successor library (WaveLib-2) shares with its predecessor's users
        ("p125-18", "p125-26"), ("p125-20", "p125-26"), ("p125-23", "p125-26"),
    }  # fmt: skip


def test_the_hundred_and_twenty_sixth_probes_of_occupational_health_fuel_cells_and_medieval_texts() -> None:
    # 48 abstracts (two untitled), written as file 124: with the rules of af036e6, of the writer's 31
    # builds-on pairs 29, 1 false; of 25 shared pairs 19 of 22 found (26bffeb: the same). Now 29, none false
    # ("In contrast to approaches that assign exposure through job-exposure matrices, such as DUSTMAP for
    # silica, ..."), and 19 of 22. Missed: "Kestrel" and "harbour 2.0" by their users; O*NET, LALME and the
    # DOEC
    builds_on, shared = _loaded_pairs("other-fields-probes-126.jsonl")
    assert builds_on == {
        ("p126-03", "p126-01"), ("p126-05", "p126-02"), ("p126-07", "p126-04"), ("p126-08", "p126-01"),
        ("p126-08", "p126-06"), ("p126-10", "p126-02"), ("p126-11", "p126-10"), ("p126-15", "p126-14"),
        ("p126-16", "p126-12"), ("p126-18", "p126-17"), ("p126-20", "p126-19"), ("p126-22", "p126-21"),
        ("p126-23", "p126-17"), ("p126-25", "p126-17"), ("p126-26", "p126-21"), ("p126-26", "p126-25"),
        ("p126-27", "p126-24"), ("p126-30", "p126-24"), ("p126-30", "p126-25"), ("p126-31", "p126-19"),
        ("p126-34", "p126-33"), ("p126-36", "p126-35"), ("p126-39", "p126-33"), ("p126-41", "p126-40"),
        ("p126-42", "p126-37"), ("p126-44", "p126-35"), ("p126-45", "p126-40"), ("p126-47", "p126-44"),
        ("p126-48", "p126-37"),
    }  # fmt: skip
    assert shared == {
        ("p126-01", "p126-03"), ("p126-01", "p126-08"), ("p126-03", "p126-08"), ("p126-04", "p126-13"),
        ("p126-07", "p126-09"), ("p126-17", "p126-18"), ("p126-17", "p126-23"), ("p126-18", "p126-23"),
        ("p126-25", "p126-26"), ("p126-25", "p126-30"), ("p126-26", "p126-30"), ("p126-28", "p126-32"),
        ("p126-33", "p126-34"), ("p126-33", "p126-39"), ("p126-34", "p126-39"), ("p126-40", "p126-41"),
        ("p126-40", "p126-45"), ("p126-41", "p126-45"), ("p126-44", "p126-47"),
        # FALSE: users of the second data release (Beacon DR2) share with the first's
        ("p126-17", "p126-25"), ("p126-18", "p126-25"), ("p126-23", "p126-25"),
        # the Dictionary of Old English Corpus, its name's "English" before a capitalised noun (7 December,
        # fifteenth)
        ("p126-41", "p126-46"),
    }  # fmt: skip


def test_the_hundred_and_twenty_seventh_probes_of_limnology_sports_biomechanics_and_translation() -> None:
    # 48 abstracts (two untitled), written on 6 December (seventh session) by a session kept from the code, a
    # third with export artefacts (entities, LaTeX, <i> tags): with the rules of b9464ac, of the writer's 35
    # builds-on pairs 32, 4 false; of 37 shared pairs 22 of 24 found (26bffeb: the same). Now 32, none false
    # (a citation's name read past its sentence's first word, "Unlike Compass (Reid et al., 2010)"; with a
    # version or a noun, "Osprey 2.0 (Ahn et al., 2015) could be applied in future work", "Unlike the Osprey
    # cohort (Solheim et al., 2012)"; "such as the MOSAIC corpus ... lie outside the scope"), and 28 of 28:
    # "The Thousand Lakes Survey: ...", whose abstract abbreviates it "(TLS)", is data its users share.
    # Missed: the Osprey cohort and PQS-2 by their users; the TARN dataset
    builds_on, shared = _loaded_pairs("other-fields-probes-127.jsonl")
    assert builds_on == {
        ("p127-03", "p127-02"), ("p127-05", "p127-01"), ("p127-07", "p127-04"), ("p127-08", "p127-06"),
        ("p127-09", "p127-02"), ("p127-11", "p127-04"), ("p127-12", "p127-02"), ("p127-12", "p127-09"),
        ("p127-13", "p127-04"), ("p127-13", "p127-11"), ("p127-14", "p127-10"), ("p127-16", "p127-06"),
        ("p127-19", "p127-17"), ("p127-21", "p127-18"), ("p127-22", "p127-18"), ("p127-22", "p127-20"),
        ("p127-25", "p127-24"), ("p127-26", "p127-17"), ("p127-28", "p127-20"), ("p127-28", "p127-24"),
        ("p127-29", "p127-24"), ("p127-30", "p127-29"), ("p127-35", "p127-34"), ("p127-39", "p127-36"),
        ("p127-41", "p127-38"), ("p127-43", "p127-36"), ("p127-43", "p127-38"), ("p127-44", "p127-34"),
        ("p127-44", "p127-40"), ("p127-46", "p127-34"), ("p127-47", "p127-40"), ("p127-48", "p127-45"),
    }  # fmt: skip
    assert shared == {
        ("p127-01", "p127-05"), ("p127-01", "p127-09"), ("p127-04", "p127-07"), ("p127-04", "p127-11"),
        ("p127-04", "p127-13"), ("p127-05", "p127-09"), ("p127-07", "p127-11"), ("p127-07", "p127-13"),
        ("p127-11", "p127-13"), ("p127-12", "p127-15"), ("p127-15", "p127-16"), ("p127-17", "p127-19"),
        ("p127-17", "p127-26"), ("p127-19", "p127-26"), ("p127-24", "p127-29"), ("p127-34", "p127-35"),
        ("p127-34", "p127-44"), ("p127-34", "p127-46"), ("p127-35", "p127-44"), ("p127-35", "p127-46"),
        ("p127-36", "p127-39"), ("p127-36", "p127-43"), ("p127-37", "p127-40"), ("p127-37", "p127-47"),
        ("p127-39", "p127-43"), ("p127-40", "p127-47"), ("p127-44", "p127-46"), ("p127-45", "p127-48"),
    }  # fmt: skip


def test_the_hundred_and_twenty_eighth_probes_of_cardiac_surgery_geotechnics_and_museum_studies() -> None:
    # 48 abstracts (two untitled), written as file 127: with the rules of b9464ac, of the writer's 29
    # builds-on pairs 23, 2 false; of 29 shared pairs 12 of 14 found (26bffeb: 23 of 25 and 11 of 13). Now 23,
    # none false ("Unlike the silt-specific Harbour method of Whitcombe et al. (2012), this procedure ...": a
    # citation in the running text read where it stands), and 12 of 14. Missed: the Keystone Coronary Surgery
    # Registry by its users ("the Keystone registry"), its presenter's "Keystone" an older use of a KEYSTONE
    # of geotechnics; PERFUSE and the Piezocone Reference Database's second release by theirs
    builds_on, shared = _loaded_pairs("other-fields-probes-128.jsonl")
    assert builds_on == {
        ("p128-04", "p128-01"), ("p128-09", "p128-01"), ("p128-10", "p128-06"), ("p128-11", "p128-06"),
        ("p128-14", "p128-11"), ("p128-16", "p128-01"), ("p128-20", "p128-17"), ("p128-21", "p128-19"),
        ("p128-26", "p128-17"), ("p128-26", "p128-24"), ("p128-27", "p128-22"), ("p128-28", "p128-17"),
        ("p128-29", "p128-28"), ("p128-30", "p128-24"), ("p128-32", "p128-22"), ("p128-37", "p128-33"),
        ("p128-38", "p128-35"), ("p128-42", "p128-36"), ("p128-43", "p128-33"), ("p128-44", "p128-35"),
        ("p128-45", "p128-41"), ("p128-46", "p128-40"), ("p128-48", "p128-40"),
        # (since the eighth session of 6 December: "We analysed 7,214 patients ... recorded in the Keystone
        # registry, a prospective Scandinavian multicentre database (Nordahl et al., ...)", a use of the paper
        # it cites)
        ("p128-05", "p128-03"),
        # 'its predecessor PERFUSE (Okafor et al., 2014)': the first's paper cited right after its name (6
        # December, eleventh)
        ("p128-14", "p128-06"),
    }  # fmt: skip
    assert shared == {
        ("p128-08", "p128-11"), ("p128-19", "p128-21"), ("p128-19", "p128-24"), ("p128-21", "p128-24"),
        ("p128-22", "p128-23"), ("p128-22", "p128-32"), ("p128-23", "p128-32"), ("p128-24", "p128-30"),
        ("p128-25", "p128-29"), ("p128-40", "p128-46"), ("p128-40", "p128-48"), ("p128-46", "p128-48"),
    }  # fmt: skip


def test_the_hundred_and_twenty_ninth_probes_of_epidemic_models_polymers_and_economic_history() -> None:
    # 48 abstracts (two untitled), written as file 127: with the rules of b9464ac, of the writer's 31
    # builds-on pairs 30, 1 false; of 44 shared pairs 19 of 19 found (26bffeb: 30 of 32 and 16 of 16). Now 30,
    # none false ("Grain price series from the Juniper database would have allowed a direct test ..., but they
    # were unavailable"), and 25 of 25: "the Juniper database, a new collection of monthly grain prices" is
    # data. Missed: the Tamarind cohort by its users ("the Tamarind cohort" of "the Tamarind Study"); POLYMOD,
    # the Polymer Glass Transition Atlas and its second release as data
    builds_on, shared = _loaded_pairs("other-fields-probes-129.jsonl")
    assert builds_on == {
        ("p129-03", "p129-01"), ("p129-08", "p129-04"), ("p129-10", "p129-02"), ("p129-11", "p129-09"),
        ("p129-12", "p129-01"), ("p129-13", "p129-04"), ("p129-15", "p129-09"), ("p129-16", "p129-14"),
        ("p129-20", "p129-17"), ("p129-23", "p129-19"), ("p129-24", "p129-18"), ("p129-25", "p129-19"),
        ("p129-28", "p129-17"), ("p129-29", "p129-25"), ("p129-30", "p129-26"), ("p129-32", "p129-25"),
        ("p129-32", "p129-26"), ("p129-34", "p129-33"), ("p129-36", "p129-35"), ("p129-39", "p129-35"),
        ("p129-39", "p129-36"), ("p129-41", "p129-33"), ("p129-41", "p129-36"), ("p129-43", "p129-38"),
        ("p129-44", "p129-40"), ("p129-45", "p129-35"), ("p129-45", "p129-38"), ("p129-46", "p129-33"),
        ("p129-48", "p129-36"), ("p129-48", "p129-40"),
    }  # fmt: skip
    assert shared == {
        ("p129-04", "p129-06"), ("p129-09", "p129-11"), ("p129-13", "p129-15"), ("p129-22", "p129-23"),
        ("p129-22", "p129-29"), ("p129-23", "p129-29"), ("p129-26", "p129-30"), ("p129-26", "p129-32"),
        ("p129-30", "p129-32"), ("p129-33", "p129-34"), ("p129-33", "p129-41"), ("p129-33", "p129-46"),
        ("p129-34", "p129-41"), ("p129-34", "p129-46"), ("p129-35", "p129-36"), ("p129-35", "p129-39"),
        ("p129-35", "p129-45"), ("p129-36", "p129-39"), ("p129-36", "p129-45"), ("p129-39", "p129-45"),
        ("p129-40", "p129-44"), ("p129-40", "p129-48"), ("p129-41", "p129-46"), ("p129-44", "p129-48"),
        ("p129-46", "p129-47"),
    }  # fmt: skip


def test_the_hundred_and_thirtieth_probes_of_forensic_anthropology_offshore_wind_and_development() -> None:
    # 48 abstracts (two untitled) written on 6 December (seventh session) by a session kept from the code,
    # read first with the rules of f12b31a: of the writer's 29 builds-on pairs 25, 3 false; of 49 shared pairs
    # 33 of 35 found. Now 25, 1 false, and 33 of 33: a citation in an intention ("We had intended to derive
    # ... with the Tern wake model (Aalto et al., 2011), but"), an example of the literature past its citation
    # ("methods such as Ledger (Kamau et al., 2013) in the literature"), a reference that "was retired".
    # Missed: KBS-D of the Kestrel Burn Scale; the Arroyo registry, the Bridge cohort and LANTERN by their
    # users
    builds_on, shared = _loaded_pairs("other-fields-probes-130.jsonl")
    assert builds_on == {
        ("p130-02", "p130-01"), ("p130-03", "p130-01"), ("p130-04", "p130-03"), ("p130-07", "p130-01"),
        ("p130-08", "p130-06"), ("p130-12", "p130-01"), ("p130-12", "p130-03"), ("p130-14", "p130-09"),
        ("p130-15", "p130-03"), ("p130-15", "p130-12"), ("p130-22", "p130-18"), ("p130-23", "p130-20"),
        ("p130-26", "p130-18"), ("p130-27", "p130-20"), ("p130-28", "p130-24"), ("p130-29", "p130-27"),
        ("p130-31", "p130-20"), ("p130-31", "p130-27"), ("p130-32", "p130-24"), ("p130-36", "p130-33"),
        ("p130-40", "p130-33"), ("p130-41", "p130-37"), ("p130-43", "p130-39"), ("p130-45", "p130-37"),
        ("p130-47", "p130-42"),
        # (not, since 7 December, eighteenth, "the RANS simulations reported by Rezaei and Laurent (2020)":
        # their finding, quoted, as the writer keys it)
    }  # fmt: skip
    assert shared == {
        ("p130-01", "p130-02"), ("p130-01", "p130-03"), ("p130-01", "p130-07"), ("p130-01", "p130-12"),
        ("p130-02", "p130-03"), ("p130-02", "p130-07"), ("p130-02", "p130-12"), ("p130-03", "p130-05"),
        ("p130-03", "p130-07"), ("p130-03", "p130-10"), ("p130-03", "p130-12"), ("p130-05", "p130-10"),
        ("p130-07", "p130-12"), ("p130-09", "p130-14"), ("p130-20", "p130-23"), ("p130-20", "p130-27"),
        ("p130-20", "p130-31"), ("p130-23", "p130-27"), ("p130-23", "p130-31"), ("p130-24", "p130-28"),
        ("p130-24", "p130-32"), ("p130-27", "p130-29"), ("p130-27", "p130-31"), ("p130-28", "p130-32"),
        ("p130-29", "p130-31"), ("p130-34", "p130-38"), ("p130-34", "p130-46"), ("p130-35", "p130-46"),
        ("p130-38", "p130-46"), ("p130-40", "p130-44"), ("p130-40", "p130-48"), ("p130-41", "p130-45"),
        ("p130-44", "p130-48"),
    }  # fmt: skip


def test_the_hundred_and_thirty_first_probes_of_respiration_concrete_printing_and_literature() -> None:
    # 48 abstracts (two untitled), written as file 130, read first with the rules of f12b31a: of the writer's
    # 31 builds-on pairs 29, none false; of 26 shared pairs 25, none false. Missed: "the original FlowSeg
    # (version 1.3)" beside its successor; the Global Novel Reception Survey (GNRS) by its user
    builds_on, shared = _loaded_pairs("other-fields-probes-131.jsonl")
    assert builds_on == {
        ("p131-05", "p131-02"), ("p131-07", "p131-03"), ("p131-08", "p131-04"), ("p131-09", "p131-02"),
        ("p131-10", "p131-03"), ("p131-11", "p131-02"), ("p131-11", "p131-09"), ("p131-13", "p131-04"),
        ("p131-15", "p131-10"), ("p131-16", "p131-12"), ("p131-20", "p131-18"), ("p131-23", "p131-19"),
        ("p131-24", "p131-18"), ("p131-25", "p131-21"), ("p131-26", "p131-18"), ("p131-28", "p131-19"),
        ("p131-29", "p131-24"), ("p131-30", "p131-21"), ("p131-31", "p131-24"), ("p131-32", "p131-18"),
        ("p131-38", "p131-34"), ("p131-40", "p131-35"), ("p131-41", "p131-37"), ("p131-42", "p131-34"),
        ("p131-44", "p131-35"), ("p131-46", "p131-34"), ("p131-47", "p131-39"), ("p131-48", "p131-35"),
        ("p131-48", "p131-39"),
        # (since the eighth session of 6 December: "we also ran the original FlowSeg (version 1.3)")
        ("p131-15", "p131-03"),
    }  # fmt: skip
    assert shared == {
        ("p131-02", "p131-05"), ("p131-02", "p131-09"), ("p131-02", "p131-11"), ("p131-05", "p131-09"),
        ("p131-05", "p131-11"), ("p131-06", "p131-14"), ("p131-07", "p131-12"), ("p131-09", "p131-11"),
        ("p131-21", "p131-25"), ("p131-21", "p131-30"), ("p131-22", "p131-25"), ("p131-22", "p131-30"),
        ("p131-25", "p131-30"), ("p131-34", "p131-38"), ("p131-34", "p131-42"), ("p131-34", "p131-46"),
        ("p131-37", "p131-41"), ("p131-37", "p131-45"), ("p131-38", "p131-42"), ("p131-38", "p131-46"),
        ("p131-39", "p131-47"), ("p131-39", "p131-48"), ("p131-41", "p131-45"), ("p131-42", "p131-46"),
        ("p131-47", "p131-48"),
    }  # fmt: skip


def test_the_hundred_and_thirty_second_probes_of_soil_microbes_railway_signalling_and_migration() -> None:
    # 48 abstracts (two untitled), written as file 130, read first with the rules of f12b31a: of the writer's
    # 27 builds-on pairs 25, 1 false; of 23 shared pairs 17 of 20 found. The false ones are a second data
    # release's user and its first's (the writer keys releases apart). Missed: the Semaphore toolset and
    # COMPASS, a panel of asylum seekers, by their users
    builds_on, shared = _loaded_pairs("other-fields-probes-132.jsonl")
    assert builds_on == {
        ("p132-03", "p132-02"), ("p132-04", "p132-02"), ("p132-07", "p132-03"), ("p132-08", "p132-06"),
        ("p132-09", "p132-06"), ("p132-10", "p132-03"), ("p132-12", "p132-02"), ("p132-13", "p132-10"),
        ("p132-14", "p132-06"), ("p132-15", "p132-12"), ("p132-16", "p132-03"), ("p132-22", "p132-19"),
        ("p132-25", "p132-19"), ("p132-26", "p132-21"), ("p132-27", "p132-21"), ("p132-30", "p132-27"),
        ("p132-31", "p132-19"), ("p132-32", "p132-27"), ("p132-39", "p132-34"), ("p132-40", "p132-36"),
        ("p132-42", "p132-38"), ("p132-43", "p132-34"), ("p132-43", "p132-39"), ("p132-45", "p132-38"),
        ("p132-47", "p132-38"),
        # FALSE as the writer keys releases apart: "the TerraBiome Atlas DR2 (Osei et al., 2019)" to the
        # first's
        ("p132-15", "p132-02"),
    }  # fmt: skip
    assert shared == {
        ("p132-02", "p132-03"), ("p132-02", "p132-04"), ("p132-02", "p132-12"), ("p132-03", "p132-04"),
        ("p132-03", "p132-12"), ("p132-04", "p132-12"), ("p132-12", "p132-15"), ("p132-19", "p132-22"),
        ("p132-19", "p132-25"), ("p132-19", "p132-31"), ("p132-22", "p132-25"), ("p132-22", "p132-31"),
        ("p132-24", "p132-29"), ("p132-25", "p132-31"), ("p132-34", "p132-39"), ("p132-34", "p132-43"),
        ("p132-39", "p132-43"),
        # FALSE as the writer keys releases apart: the second release's user with the first's
        ("p132-02", "p132-15"), ("p132-03", "p132-15"), ("p132-04", "p132-15"),
    }  # fmt: skip


def test_the_hundred_and_thirty_third_probes_of_rheumatology_glaciology_and_criminology() -> None:
    # 48 abstracts (two untitled) written on 6 December (eighth session) by a session kept from the code, told
    # to write as these fields' authors do (structured abstracts, numbered and author-year citations, a long
    # form in one paper and its acronym in another, a version said). Read first with the rules of 69a5cc3: of
    # the writer's 34 builds-on pairs 28, 3 false; of 34 shared pairs 15 of 15 found. Now 34, none false, and
    # 20 of 20: "Methods: An Ultrasound Synovitis Composite Score (USCS) was derived" presents it, and "the
    # 12-joint ultrasound synovitis composite score (USCS)" of its users, in lowercase, names it; "ErosNet-2:
    # a transformer-based successor for ..." is its paper's; "ICEFALL: a ... surface velocity record of ..."
    # is data, "ICEFALL DR2" a release of it, and "the ICEFALL velocity record, version DR2 (MacLeod et al.,
    # 2016)" names the release ("were taken from": a use); "We analysed eight annual waves ... of the Harbour
    # study ... (Ashdown et al., 2010)" uses the paper it cites; "ICEFALL DR1", the first release, is ICEFALL.
    # Missed: Bedmap2 and MISMIP+; DR1 and DR2 users the writer keys as sharing one dataset
    builds_on, shared = _loaded_pairs("other-fields-probes-133.jsonl")
    assert builds_on == {
        ("p133-05", "p133-01"), ("p133-05", "p133-03"), ("p133-06", "p133-02"), ("p133-07", "p133-02"),
        ("p133-08", "p133-01"), ("p133-10", "p133-02"), ("p133-10", "p133-07"), ("p133-12", "p133-08"),
        ("p133-14", "p133-01"), ("p133-14", "p133-08"), ("p133-15", "p133-01"), ("p133-15", "p133-14"),
        ("p133-16", "p133-03"), ("p133-20", "p133-17"), ("p133-20", "p133-19"), ("p133-22", "p133-17"),
        ("p133-23", "p133-21"), ("p133-24", "p133-19"), ("p133-25", "p133-24"), ("p133-27", "p133-17"),
        ("p133-27", "p133-21"), ("p133-29", "p133-17"), ("p133-29", "p133-24"), ("p133-30", "p133-26"),
        ("p133-32", "p133-17"), ("p133-38", "p133-33"), ("p133-39", "p133-34"), ("p133-40", "p133-35"),
        ("p133-41", "p133-36"), ("p133-42", "p133-33"), ("p133-45", "p133-36"), ("p133-46", "p133-35"),
        ("p133-47", "p133-34"), ("p133-48", "p133-45"),
    }  # fmt: skip
    assert shared == {
        ("p133-01", "p133-05"), ("p133-01", "p133-08"), ("p133-01", "p133-15"), ("p133-05", "p133-08"),
        ("p133-05", "p133-15"), ("p133-08", "p133-15"), ("p133-09", "p133-13"), ("p133-12", "p133-14"),
        ("p133-19", "p133-20"), ("p133-19", "p133-29"), ("p133-20", "p133-29"), ("p133-23", "p133-30"),
        ("p133-24", "p133-25"), ("p133-24", "p133-29"), ("p133-25", "p133-29"), ("p133-33", "p133-38"),
        ("p133-35", "p133-40"), ("p133-35", "p133-46"), ("p133-37", "p133-44"), ("p133-40", "p133-46"),
        # the DR2 paper with DR1's users, which this writer keys as one dataset (since 7 December, fifteenth:
        # a paper presenting a release uses the first it names)
        ("p133-19", "p133-24"),
        ("p133-20", "p133-24"),
        # a cohort's users shorten its name to its first word and its noun: "the Lantern cohort", "the Harbour
        # study" (7 December, sixteenth)
        ("p133-01", "p133-14"),
        ("p133-05", "p133-14"),
        ("p133-08", "p133-14"),
        ("p133-14", "p133-15"),
        ("p133-33", "p133-42"),
        ("p133-38", "p133-42"),
    }  # fmt: skip


def test_the_hundred_and_thirty_fourth_probes_of_astrobiology_toxicology_and_art_history() -> None:
    # 48 abstracts (two untitled), written as file 133: with the rules of 69a5cc3, of the writer's 29
    # builds-on pairs 22, 1 false; of 31 shared pairs 23, 5 false. Now 28 and 28, none false: "The Harbour
    # Sediment Toxicity Database (HSTD) is presented here" is data; "The Craquelure Typology Scale (CTS)
    # proposed here"; "Here we report a quantitative framework, the Biosignature Salience Index (BSI)"; "The
    # Lowlands Panel Dendro Database: tree-ring series ..." (five words with its article); "Lantern DR2: an
    # expanded, astrometrically calibrated catalogue"; not "has been linked to behavioural outcomes, for
    # example in the Meadow Birth Cohort (Ferreira et al., 2009)", nor "We did not use the tier classification
    # of Lantern DR2"; "spectra were drawn from PERL v1.0" is PERL, no paper presenting a v1.0. Missed: the
    # first Lantern catalogue ("I. Data Release 1"), the Getty Provenance Index
    builds_on, shared = _loaded_pairs("other-fields-probes-134.jsonl")
    assert builds_on == {
        ("p134-04", "p134-03"), ("p134-05", "p134-01"), ("p134-07", "p134-06"), ("p134-11", "p134-03"),
        ("p134-12", "p134-03"), ("p134-12", "p134-08"), ("p134-13", "p134-06"), ("p134-14", "p134-10"),
        ("p134-15", "p134-08"), ("p134-15", "p134-10"), ("p134-21", "p134-17"), ("p134-22", "p134-20"),
        ("p134-24", "p134-23"), ("p134-25", "p134-20"), ("p134-27", "p134-26"), ("p134-28", "p134-23"),
        ("p134-29", "p134-17"), ("p134-30", "p134-26"), ("p134-35", "p134-34"), ("p134-37", "p134-36"),
        ("p134-38", "p134-34"), ("p134-42", "p134-39"), ("p134-44", "p134-39"), ("p134-44", "p134-41"),
        ("p134-45", "p134-36"), ("p134-47", "p134-41"), ("p134-47", "p134-45"), ("p134-48", "p134-34"),
    }  # fmt: skip
    assert shared == {
        ("p134-02", "p134-07"), ("p134-04", "p134-09"), ("p134-08", "p134-12"), ("p134-08", "p134-13"),
        ("p134-08", "p134-15"), ("p134-10", "p134-14"), ("p134-10", "p134-15"), ("p134-12", "p134-15"),
        ("p134-14", "p134-15"), ("p134-17", "p134-21"), ("p134-17", "p134-29"), ("p134-18", "p134-22"),
        ("p134-20", "p134-22"), ("p134-20", "p134-25"), ("p134-21", "p134-29"), ("p134-22", "p134-25"),
        ("p134-24", "p134-31"), ("p134-29", "p134-32"), ("p134-34", "p134-35"), ("p134-34", "p134-38"),
        ("p134-34", "p134-48"), ("p134-35", "p134-38"), ("p134-35", "p134-48"), ("p134-38", "p134-48"),
        ("p134-39", "p134-42"), ("p134-39", "p134-44"), ("p134-42", "p134-43"), ("p134-42", "p134-44"),
    }  # fmt: skip


def test_the_hundred_and_thirty_fifth_probes_of_epigraphy_agricultural_economics_and_hydrogeology() -> None:
    # 48 abstracts (two untitled), written as file 133: with the rules of 69a5cc3, of the writer's 30
    # builds-on pairs 25, 4 false; of 38 shared pairs 22, 3 false. Now 28 and 31, none false: "The <i>Corpus
    # of Hellenistic Funerary Epigrams</i> (CHFE) is described" (its tags gone, its name read past "of"); "The
    # Sahel Input Price Database (SIPD) is described here" is data; "We did not attempt to date the undated
    # texts with Keystone (Haddad et al., 2015)", "We did not use the newly released IGGLA archive"; "the
    # original Lantern pipeline (version 1.3)" run beside Lantern 2; "LANTERN (...), a household panel survey"
    # is data; "IGGLA DR1" the first release of IGGLA. Missed: "the Lantern panel" of LANTERN by one user;
    # "the spectral recharge index of Lindqvist & Kowalski", cited without a year; EDCS, the PHI database,
    # NWIS, the Ethiopia Socioeconomic Survey
    builds_on, shared = _loaded_pairs("other-fields-probes-135.jsonl")
    assert builds_on == {
        ("p135-02", "p135-01"), ("p135-06", "p135-03"), ("p135-07", "p135-05"), ("p135-08", "p135-01"),
        ("p135-10", "p135-08"), ("p135-11", "p135-05"), ("p135-12", "p135-03"), ("p135-13", "p135-03"),
        ("p135-13", "p135-12"), ("p135-15", "p135-01"), ("p135-15", "p135-08"), ("p135-20", "p135-17"),
        ("p135-23", "p135-22"), ("p135-24", "p135-20"), ("p135-25", "p135-19"), ("p135-27", "p135-22"),
        ("p135-30", "p135-17"), ("p135-31", "p135-28"), ("p135-35", "p135-33"), ("p135-39", "p135-36"),
        ("p135-40", "p135-36"), ("p135-41", "p135-33"), ("p135-41", "p135-38"), ("p135-42", "p135-40"),
        ("p135-43", "p135-36"), ("p135-43", "p135-40"), ("p135-47", "p135-33"), ("p135-48", "p135-46"),
    }  # fmt: skip
    assert shared == {
        ("p135-01", "p135-02"), ("p135-01", "p135-08"), ("p135-01", "p135-15"), ("p135-02", "p135-08"),
        ("p135-02", "p135-15"), ("p135-05", "p135-07"), ("p135-05", "p135-11"), ("p135-07", "p135-11"),
        ("p135-08", "p135-15"), ("p135-17", "p135-20"), ("p135-17", "p135-30"), ("p135-18", "p135-23"),
        ("p135-18", "p135-32"), ("p135-20", "p135-30"), ("p135-22", "p135-23"), ("p135-22", "p135-27"),
        ("p135-23", "p135-27"), ("p135-23", "p135-32"), ("p135-30", "p135-41"), ("p135-33", "p135-35"),
        ("p135-33", "p135-41"), ("p135-33", "p135-47"), ("p135-34", "p135-45"), ("p135-34", "p135-47"),
        ("p135-35", "p135-41"), ("p135-35", "p135-47"), ("p135-40", "p135-42"), ("p135-40", "p135-43"),
        ("p135-41", "p135-47"), ("p135-42", "p135-43"), ("p135-45", "p135-47"),
    }  # fmt: skip


def test_the_hundred_and_thirty_sixth_probes_of_hepatology_coastal_engineering_and_labour_history() -> None:
    # 48 abstracts (two untitled) written on 6 December (eighth session) by a session kept from the code, as
    # file 133 and told to coin names of its own. Read first with the rules of 4ee80c5: of the writer's 36
    # builds-on pairs 25, 1 false; of 49 shared pairs 29 of 29 found. Now 32 and 42, none false: "To allow
    # systematic comparison, a five-point Picket-Line Intensity Scale (PLIS) was constructed"; "Shuttle
    # Voices: an oral history archive" with "Shuttle Voices, a collection of 212 ... interviews"; "the Tally
    # wage series, a new dataset"; "This data paper presents RIPPLE"; "the Wadden Boundary Experiment (WABEX),
    # a six-week field campaign", data its paper calls "the WABEX dataset"; "the HISTOLIV DR1 training split",
    # the first release; "The original FLINT model was run in parallel"; not "landward of the former WABEX
    # instrument transects". Missed: DSI by its acronym alone (three capitals), two long forms in lowercase,
    # "the 412 original DR1 slides", SRTR, I-CeM
    builds_on, shared = _loaded_pairs("other-fields-probes-136.jsonl")
    assert builds_on == {
        ("p136-05", "p136-02"), ("p136-06", "p136-03"), ("p136-09", "p136-07"), ("p136-10", "p136-02"),
        ("p136-11", "p136-07"), ("p136-12", "p136-03"), ("p136-14", "p136-11"), ("p136-15", "p136-03"),
        ("p136-15", "p136-12"), ("p136-16", "p136-01"), ("p136-21", "p136-17"), ("p136-22", "p136-19"),
        ("p136-22", "p136-20"), ("p136-24", "p136-19"), ("p136-26", "p136-17"), ("p136-27", "p136-25"),
        ("p136-28", "p136-17"), ("p136-28", "p136-26"), ("p136-31", "p136-25"), ("p136-32", "p136-29"),
        ("p136-36", "p136-33"), ("p136-38", "p136-33"), ("p136-38", "p136-35"), ("p136-40", "p136-37"),
        ("p136-41", "p136-33"), ("p136-42", "p136-35"), ("p136-42", "p136-37"), ("p136-45", "p136-33"),
        ("p136-45", "p136-41"), ("p136-47", "p136-44"), ("p136-48", "p136-33"), ("p136-48", "p136-44"),
    }  # fmt: skip
    assert shared == {
        ("p136-02", "p136-05"), ("p136-02", "p136-10"), ("p136-05", "p136-10"), ("p136-07", "p136-09"),
        ("p136-07", "p136-11"), ("p136-07", "p136-14"), ("p136-09", "p136-11"), ("p136-09", "p136-14"),
        ("p136-11", "p136-14"), ("p136-18", "p136-23"), ("p136-18", "p136-30"), ("p136-19", "p136-22"),
        ("p136-19", "p136-24"), ("p136-22", "p136-24"), ("p136-23", "p136-30"), ("p136-25", "p136-27"),
        ("p136-25", "p136-31"), ("p136-26", "p136-27"), ("p136-26", "p136-30"), ("p136-27", "p136-30"),
        ("p136-33", "p136-36"), ("p136-33", "p136-38"), ("p136-33", "p136-41"), ("p136-33", "p136-45"),
        ("p136-33", "p136-48"), ("p136-36", "p136-38"), ("p136-36", "p136-41"), ("p136-36", "p136-45"),
        ("p136-36", "p136-48"), ("p136-37", "p136-40"), ("p136-37", "p136-42"), ("p136-38", "p136-41"),
        ("p136-38", "p136-45"), ("p136-38", "p136-48"), ("p136-39", "p136-45"), ("p136-40", "p136-42"),
        ("p136-41", "p136-45"), ("p136-41", "p136-48"), ("p136-44", "p136-47"), ("p136-44", "p136-48"),
        ("p136-45", "p136-48"), ("p136-47", "p136-48"),
    }  # fmt: skip


def test_the_hundred_and_thirty_seventh_probes_of_plant_pathology_fibre_optics_and_child_language() -> None:
    # 48 abstracts (two untitled), written as file 136: with the rules of 4ee80c5, of the writer's 35
    # builds-on pairs 32, none false; of 36 shared pairs 27 of 27 found. Now 35 and 27, none false: "A
    # closed-form nonlinear interference estimator (CLONIE) is derived" (an acronym of letters inside its
    # words, as no kind's initials are), not "has been estimated in the literature with closed-form approaches
    # such as CLONIE"; "The toolkit described here, released as Babble"; "Babble v1.3" its version. Missed:
    # the SLATE releases as one dataset, the Orchard Study cohort and the CohEQ-100 benchmark by some users,
    # SNDlib
    builds_on, shared = _loaded_pairs("other-fields-probes-137.jsonl")
    assert builds_on == {
        ("p137-02", "p137-01"), ("p137-04", "p137-03"), ("p137-05", "p137-01"), ("p137-06", "p137-02"),
        ("p137-08", "p137-01"), ("p137-08", "p137-02"), ("p137-10", "p137-07"), ("p137-11", "p137-02"),
        ("p137-12", "p137-11"), ("p137-15", "p137-03"), ("p137-19", "p137-17"), ("p137-20", "p137-19"),
        ("p137-21", "p137-18"), ("p137-22", "p137-18"), ("p137-22", "p137-21"), ("p137-24", "p137-19"),
        ("p137-26", "p137-18"), ("p137-27", "p137-25"), ("p137-28", "p137-17"), ("p137-29", "p137-25"),
        ("p137-31", "p137-17"), ("p137-32", "p137-19"), ("p137-35", "p137-33"), ("p137-36", "p137-34"),
        ("p137-37", "p137-34"), ("p137-39", "p137-36"), ("p137-40", "p137-34"), ("p137-40", "p137-36"),
        ("p137-41", "p137-34"), ("p137-41", "p137-36"), ("p137-43", "p137-39"), ("p137-45", "p137-33"),
        ("p137-46", "p137-41"), ("p137-47", "p137-34"), ("p137-48", "p137-33"),
    }  # fmt: skip
    assert shared == {
        ("p137-01", "p137-02"), ("p137-01", "p137-05"), ("p137-01", "p137-08"), ("p137-02", "p137-05"),
        ("p137-02", "p137-08"), ("p137-05", "p137-08"), ("p137-07", "p137-10"), ("p137-07", "p137-13"),
        ("p137-08", "p137-12"), ("p137-09", "p137-14"), ("p137-18", "p137-21"), ("p137-21", "p137-22"),
        ("p137-22", "p137-26"), ("p137-25", "p137-27"), ("p137-33", "p137-35"), ("p137-33", "p137-45"),
        ("p137-33", "p137-48"), ("p137-35", "p137-45"), ("p137-35", "p137-48"), ("p137-36", "p137-39"),
        ("p137-36", "p137-41"), ("p137-38", "p137-42"), ("p137-38", "p137-44"), ("p137-39", "p137-41"),
        ("p137-42", "p137-44"), ("p137-42", "p137-46"), ("p137-45", "p137-48"),
    }  # fmt: skip


def test_the_hundred_and_thirty_eighth_probes_of_pharmacoepidemiology_atmospheric_chemistry_and_rivers() -> (
    None
):
    # 48 abstracts (two untitled), written as file 136: with the rules of 4ee80c5, of the writer's 35
    # builds-on pairs 30, 5 false; of 39 shared pairs 23, 5 false. Now 33, 1 false, and 28, 3 false (32 and
    # 25, none false, since 6 December, eleventh): "Cohort
    # profile: the Ageing, Longitudinal Drug Exposure and Renal outcomes (ALDER) study"; "Sandpiper: a MATLAB
    # toolbox"; "GRANITE (...), version 1, a 0.1 degree inventory of NMVOC emissions" is data, and "GRANITE
    # (Zhou et al., 2010; ...) covers only East Asia and was unavailable for South Asia, so" no use; "Ribbon
    # 2.0 is described here" of Ribbon by its team builds on Ribbon's paper; not "could be combined with
    # condensed schemes such as the Hedgerow mechanism in future regional modelling, which was beyond the
    # scope of this study", nor "as suggested by chamber yield compilations such as BRAMBLE [22] and ..., e.g.
    # Hedgerow [9]". Missed: the Fenland Oxidation Experiment (FENOX), a field campaign that "took place", the
    # Danish registries, MarketScan, EDGAR, AERONET, the Landsat archive
    builds_on, shared = _loaded_pairs("other-fields-probes-138.jsonl")
    assert builds_on == {
        ("p138-05", "p138-01"), ("p138-05", "p138-02"), ("p138-06", "p138-03"), ("p138-07", "p138-04"),
        ("p138-09", "p138-01"), ("p138-09", "p138-02"), ("p138-10", "p138-03"), ("p138-11", "p138-01"),
        ("p138-12", "p138-04"), ("p138-12", "p138-07"), ("p138-14", "p138-02"), ("p138-14", "p138-09"),
        ("p138-16", "p138-15"), ("p138-20", "p138-17"), ("p138-22", "p138-18"),
        ("p138-24", "p138-19"), ("p138-25", "p138-19"), ("p138-27", "p138-17"), ("p138-28", "p138-25"),
        ("p138-28", "p138-27"), ("p138-32", "p138-27"), ("p138-32", "p138-30"), ("p138-35", "p138-34"),
        ("p138-37", "p138-36"), ("p138-39", "p138-33"), ("p138-40", "p138-36"), ("p138-41", "p138-40"),
        ("p138-43", "p138-34"), ("p138-44", "p138-34"), ("p138-44", "p138-43"), ("p138-45", "p138-36"),
        ("p138-46", "p138-33"), ("p138-48", "p138-47"),
        # (not p138-16 with p138-04 since 6 December, eleventh: "Negative-control outcomes were selected de
        # novo, because published reference sets such as WILLOW (Brennan et al., 2012) target
        # spontaneous-report signal detection", what such sets do past the citation)
    }  # fmt: skip
    assert shared == {
        ("p138-01", "p138-05"), ("p138-01", "p138-09"), ("p138-01", "p138-11"), ("p138-04", "p138-07"),
        ("p138-04", "p138-12"), ("p138-05", "p138-09"), ("p138-05", "p138-11"),
        ("p138-06", "p138-10"), ("p138-07", "p138-12"), ("p138-09", "p138-11"),
        ("p138-19", "p138-24"), ("p138-19", "p138-25"), ("p138-24", "p138-25"),
        ("p138-28", "p138-31"), ("p138-30", "p138-32"), ("p138-34", "p138-35"), ("p138-34", "p138-43"),
        ("p138-34", "p138-44"), ("p138-35", "p138-43"), ("p138-35", "p138-44"), ("p138-37", "p138-41"),
        ("p138-37", "p138-45"), ("p138-37", "p138-48"), ("p138-39", "p138-46"), ("p138-41", "p138-45"),
        ("p138-41", "p138-48"), ("p138-43", "p138-44"), ("p138-45", "p138-48"),
        # (nor p138-16 with WILLOW's users, since 6 December, eleventh)
        # a release of data a paper presents is data (7 December, sixteenth)
        ("p138-25", "p138-28"),
    }  # fmt: skip


def test_the_hundred_and_thirty_ninth_probes_of_neurosurgery_offshore_piles_and_historical_demography() -> (
    None
):
    # 48 abstracts (two untitled), written as file 136: with the rules of 587ebb8, of the writer's 30
    # builds-on pairs 24, none false; of 28 shared pairs 16 of 19 found. Now 27 and 16 of 19: "A low-cost
    # bedside system, the Ventricular Entry Navigation and Trajectory Registration Algorithm (VENTRA), is
    # described" (the name read past "and" to its acronym); "We propose the Quillan index, named after the
    # Languedoc parish series"; "A prospective, multicentre cohort ... is described here as the Thornbury
    # Glioma Cohort (TGC)". The false ones are a second release's presenter, "The original DRIFT database
    # (Arkwright et al., 2008) excluded carbonate soils", sharing with the first's users through the release
    # (the writer keys them apart). Missed: ANVIL, named only
    # in the sentence after "A one-dimensional wave-equation program ... is presented", the Brackwater method,
    # NIS, EMODnet Bathymetry, the Bellows Listings
    builds_on, shared = _loaded_pairs("other-fields-probes-139.jsonl")
    assert builds_on == {
        ("p139-04", "p139-01"), ("p139-06", "p139-02"), ("p139-07", "p139-02"), ("p139-08", "p139-03"),
        ("p139-11", "p139-10"), ("p139-13", "p139-07"), ("p139-14", "p139-10"), ("p139-15", "p139-03"),
        ("p139-18", "p139-17"), ("p139-20", "p139-19"), ("p139-22", "p139-17"), ("p139-22", "p139-21"),
        ("p139-23", "p139-17"), ("p139-24", "p139-19"), ("p139-25", "p139-23"), ("p139-28", "p139-27"),
        ("p139-29", "p139-27"), ("p139-30", "p139-23"), ("p139-34", "p139-33"), ("p139-36", "p139-35"),
        ("p139-38", "p139-37"), ("p139-41", "p139-33"), ("p139-42", "p139-35"), ("p139-42", "p139-37"),
        ("p139-43", "p139-41"), ("p139-45", "p139-33"), ("p139-48", "p139-41"),
        # (since 7 December, thirteenth) "the 612 patients of the TGC [7]": a short acronym cited by number
        ("p139-12", "p139-01"),
    }  # fmt: skip
    assert shared == {
        ("p139-01", "p139-04"), ("p139-17", "p139-18"), ("p139-17", "p139-22"),
        ("p139-18", "p139-22"), ("p139-23", "p139-25"),
        ("p139-23", "p139-30"), ("p139-25", "p139-30"), ("p139-33", "p139-34"), ("p139-33", "p139-41"),
        ("p139-33", "p139-45"), ("p139-34", "p139-41"), ("p139-34", "p139-45"), ("p139-40", "p139-44"),
        ("p139-40", "p139-47"), ("p139-41", "p139-45"), ("p139-44", "p139-47"),
        # FALSE as the writer keys releases apart: DRIFT-2's paper with DRIFT's users
        ("p139-17", "p139-23"), ("p139-18", "p139-23"), ("p139-22", "p139-23"),
        # (the same)
        ("p139-01", "p139-12"),
        ("p139-04", "p139-12"),
    }  # fmt: skip


def test_the_hundred_and_fortieth_probes_of_veterinary_cardiology_solar_physics_and_legal_informatics() -> (
    None
):
    # 48 abstracts (two untitled), written as file 136: with the rules of 587ebb8, of the writer's 35
    # builds-on pairs 29, none false; of 57 shared pairs 40 of 44 found. Now 29 and 40 of 40: "tracing Brindle
    # v. Harcourt" and then "opinions citing Brindle" name a case, not the Brindle cohort of veterinary
    # cardiology. Missed: RADI and the Brindle Study by some users, "the bramble catalogue (DR2) [7]" in
    # lowercase, the two Bramble releases as one dataset
    builds_on, shared = _loaded_pairs("other-fields-probes-140.jsonl")
    assert builds_on == {
        ("p140-05", "p140-04"), ("p140-08", "p140-04"), ("p140-09", "p140-02"), ("p140-11", "p140-10"),
        ("p140-13", "p140-04"), ("p140-15", "p140-01"), ("p140-15", "p140-09"), ("p140-20", "p140-18"),
        ("p140-21", "p140-19"), ("p140-22", "p140-21"), ("p140-25", "p140-19"), ("p140-25", "p140-21"),
        ("p140-26", "p140-21"), ("p140-27", "p140-18"), ("p140-29", "p140-27"), ("p140-31", "p140-21"),
        ("p140-32", "p140-25"), ("p140-34", "p140-33"), ("p140-37", "p140-33"), ("p140-38", "p140-33"),
        ("p140-38", "p140-34"), ("p140-40", "p140-36"), ("p140-44", "p140-43"), ("p140-45", "p140-36"),
        ("p140-45", "p140-41"), ("p140-46", "p140-41"), ("p140-46", "p140-43"), ("p140-48", "p140-34"),
        ("p140-48", "p140-41"),
        # (since 7 December, seventeenth: "Design and baseline characteristics of the Brindle Study: a ...", a
        # title opening with what it reports of the study)
        ("p140-06", "p140-02"),
        ("p140-14", "p140-02"),
    }  # fmt: skip
    assert shared == {
        ("p140-02", "p140-06"), ("p140-02", "p140-09"), ("p140-02", "p140-14"), ("p140-06", "p140-09"),
        ("p140-06", "p140-14"), ("p140-07", "p140-10"), ("p140-07", "p140-16"), ("p140-09", "p140-14"),
        ("p140-10", "p140-16"), ("p140-18", "p140-20"), ("p140-18", "p140-24"), ("p140-18", "p140-27"),
        ("p140-19", "p140-23"), ("p140-19", "p140-28"), ("p140-20", "p140-24"), ("p140-20", "p140-27"),
        ("p140-23", "p140-28"), ("p140-24", "p140-27"), ("p140-26", "p140-32"), ("p140-33", "p140-34"),
        ("p140-33", "p140-37"), ("p140-33", "p140-38"), ("p140-34", "p140-37"), ("p140-34", "p140-38"),
        ("p140-35", "p140-36"), ("p140-35", "p140-40"), ("p140-35", "p140-43"), ("p140-36", "p140-40"),
        ("p140-36", "p140-43"), ("p140-37", "p140-38"), ("p140-40", "p140-43"), ("p140-41", "p140-45"),
        ("p140-41", "p140-46"), ("p140-41", "p140-48"), ("p140-43", "p140-44"), ("p140-43", "p140-46"),
        ("p140-44", "p140-46"), ("p140-45", "p140-46"), ("p140-45", "p140-48"), ("p140-46", "p140-48"),
    }  # fmt: skip


def test_the_hundred_and_forty_first_probes_of_nutrition_implant_tribology_and_ancient_dna() -> None:
    # 48 abstracts (two untitled), written as file 136: with the rules of 587ebb8, of the writer's 44
    # builds-on pairs 42, 1 false; of 46 shared pairs 24 of 25 found. Now 42 and 24, none false: not
    # "Confirmation of these results ..., for example on the ORBIT-12 simulator (Haigh et al., 2009), is
    # required before clinical inferences can be drawn", nor "consistent with published UK Biobank analyses".
    # Missed: "the UK-adapted Quill questionnaire", "the Driftwood Explant Registry (DER)", NHANES, AUSNUT,
    # MoBa, 1000 Genomes
    builds_on, shared = _loaded_pairs("other-fields-probes-141.jsonl")
    assert builds_on == {
        ("p141-03", "p141-01"), ("p141-03", "p141-02"), ("p141-07", "p141-01"), ("p141-07", "p141-04"),
        ("p141-09", "p141-06"), ("p141-10", "p141-02"), ("p141-11", "p141-10"), ("p141-12", "p141-04"),
        ("p141-13", "p141-06"), ("p141-15", "p141-06"), ("p141-15", "p141-13"), ("p141-16", "p141-01"),
        ("p141-16", "p141-02"), ("p141-16", "p141-10"), ("p141-19", "p141-17"), ("p141-20", "p141-17"),
        ("p141-20", "p141-19"), ("p141-22", "p141-21"), ("p141-25", "p141-17"), ("p141-25", "p141-24"),
        ("p141-26", "p141-19"), ("p141-28", "p141-24"), ("p141-29", "p141-28"), ("p141-30", "p141-28"),
        ("p141-31", "p141-28"), ("p141-31", "p141-30"), ("p141-34", "p141-33"), ("p141-36", "p141-33"),
        ("p141-36", "p141-35"), ("p141-37", "p141-35"), ("p141-38", "p141-37"), ("p141-40", "p141-37"),
        ("p141-42", "p141-37"), ("p141-42", "p141-41"), ("p141-43", "p141-35"), ("p141-44", "p141-37"),
        ("p141-44", "p141-41"), ("p141-45", "p141-37"), ("p141-45", "p141-44"), ("p141-46", "p141-33"),
        ("p141-47", "p141-35"), ("p141-48", "p141-33"),
    }  # fmt: skip
    assert shared == {
        ("p141-01", "p141-03"), ("p141-01", "p141-07"), ("p141-01", "p141-16"), ("p141-03", "p141-07"),
        ("p141-03", "p141-16"), ("p141-04", "p141-05"), ("p141-04", "p141-12"), ("p141-05", "p141-12"),
        ("p141-07", "p141-16"), ("p141-21", "p141-22"), ("p141-21", "p141-26"), ("p141-21", "p141-27"),
        ("p141-21", "p141-32"), ("p141-22", "p141-26"), ("p141-27", "p141-32"), ("p141-36", "p141-41"),
        ("p141-36", "p141-43"), ("p141-36", "p141-47"), ("p141-37", "p141-38"), ("p141-37", "p141-42"),
        ("p141-38", "p141-42"), ("p141-41", "p141-43"), ("p141-41", "p141-47"), ("p141-43", "p141-47"),
    }  # fmt: skip


def test_the_hundred_and_forty_second_probes_of_otolaryngology_wind_turbines_and_church_history() -> None:
    # 48 abstracts (two untitled) written on 6 December (eighth session) by a session kept from the code, as
    # file 136, and read with the rules of 1df22ae, the last of this session, as held-out text, nothing fixed
    # for them: of the writer's 34 builds-on pairs 33, none false; of 41 shared pairs 36 of 36 found. Missed:
    # "the THISTLE audit dataset" of a tonsillectomy audit by one user; NHANES, ERA5 and two other public
    # resources by some users
    builds_on, shared = _loaded_pairs("other-fields-probes-142.jsonl")
    assert builds_on == {
        ("p142-03", "p142-02"), ("p142-05", "p142-02"), ("p142-06", "p142-01"), ("p142-08", "p142-07"),
        ("p142-10", "p142-01"), ("p142-11", "p142-07"), ("p142-12", "p142-05"), ("p142-14", "p142-01"),
        ("p142-14", "p142-10"), ("p142-15", "p142-11"), ("p142-19", "p142-17"), ("p142-21", "p142-18"),
        ("p142-22", "p142-17"), ("p142-23", "p142-20"), ("p142-24", "p142-18"), ("p142-25", "p142-24"),
        ("p142-26", "p142-20"), ("p142-28", "p142-18"), ("p142-29", "p142-24"), ("p142-30", "p142-27"),
        ("p142-31", "p142-17"), ("p142-32", "p142-18"), ("p142-32", "p142-24"), ("p142-32", "p142-29"),
        ("p142-34", "p142-33"), ("p142-38", "p142-36"), ("p142-40", "p142-37"), ("p142-41", "p142-33"),
        ("p142-42", "p142-36"), ("p142-43", "p142-39"), ("p142-45", "p142-39"), ("p142-46", "p142-37"),
        ("p142-47", "p142-44"),
    }  # fmt: skip
    assert shared == {
        ("p142-02", "p142-03"), ("p142-02", "p142-05"), ("p142-03", "p142-05"), ("p142-04", "p142-05"),
        ("p142-04", "p142-12"), ("p142-05", "p142-12"), ("p142-07", "p142-08"), ("p142-07", "p142-11"),
        ("p142-08", "p142-11"), ("p142-11", "p142-15"), ("p142-18", "p142-21"), ("p142-18", "p142-24"),
        ("p142-18", "p142-28"), ("p142-18", "p142-32"), ("p142-21", "p142-24"), ("p142-21", "p142-28"),
        ("p142-21", "p142-32"), ("p142-24", "p142-28"), ("p142-24", "p142-32"), ("p142-26", "p142-28"),
        ("p142-26", "p142-31"), ("p142-28", "p142-31"), ("p142-28", "p142-32"), ("p142-33", "p142-34"),
        ("p142-33", "p142-41"), ("p142-34", "p142-41"), ("p142-35", "p142-41"), ("p142-35", "p142-47"),
        ("p142-36", "p142-38"), ("p142-36", "p142-42"), ("p142-38", "p142-42"), ("p142-39", "p142-43"),
        ("p142-39", "p142-45"), ("p142-41", "p142-47"), ("p142-43", "p142-45"), ("p142-44", "p142-47"),
    }  # fmt: skip


def test_the_hundred_and_forty_third_probes_of_paediatric_dentistry_packaging_and_cultural_geography() -> (
    None
):
    # 48 abstracts (two untitled), written and read as file 142 (held out, nothing fixed for them): of the
    # writer's 25 builds-on pairs 20, 1 false; of 31 shared pairs 17 of 19 found. The false ones: "The
    # Belonging in Place Survey now under way in Leicester, Bradford and Luton will allow such patterns ...",
    # a survey not yet there to use: since (a fix after the held-out read) not a use, its paper's 2011 Census
    # share with another user lost with it (20 and 16, none false). Missed: "the Bramble birth cohort" by its
    # users, "fluorocalc 2 (version 2.1.0)" in lowercase, "the CAMEL database (release 3.0, 2019)", Open Food
    # Facts, the 2011 Census
    builds_on, shared = _loaded_pairs("other-fields-probes-143.jsonl")
    assert builds_on == {
        ("p143-06", "p143-02"), ("p143-07", "p143-05"), ("p143-11", "p143-05"), ("p143-12", "p143-09"),
        ("p143-13", "p143-01"), ("p143-14", "p143-09"), ("p143-16", "p143-14"), ("p143-21", "p143-18"),
        ("p143-21", "p143-20"), ("p143-24", "p143-18"), ("p143-25", "p143-22"), ("p143-30", "p143-27"),
        ("p143-31", "p143-22"), ("p143-38", "p143-34"), ("p143-40", "p143-36"),
        ("p143-41", "p143-34"), ("p143-43", "p143-39"), ("p143-45", "p143-36"), ("p143-46", "p143-42"),
        ("p143-47", "p143-39"),
    }  # fmt: skip
    assert shared == {
        ("p143-03", "p143-07"), ("p143-09", "p143-12"), ("p143-09", "p143-14"), ("p143-12", "p143-14"),
        ("p143-14", "p143-16"), ("p143-19", "p143-26"), ("p143-19", "p143-32"), ("p143-21", "p143-29"),
        ("p143-22", "p143-25"), ("p143-26", "p143-32"), ("p143-34", "p143-38"),
        ("p143-34", "p143-41"), ("p143-38", "p143-41"),
        ("p143-39", "p143-43"), ("p143-39", "p143-47"), ("p143-43", "p143-47"),
    }  # fmt: skip


def test_the_hundred_and_forty_fourth_probes_of_endocrinology_tsunamis_and_second_language_education() -> (
    None
):
    # 48 abstracts (two untitled), written and read as file 142 (held out, nothing fixed for them): of the
    # writer's 34 builds-on pairs 28, none false; of 32 shared pairs 24 of 24 found. Missed: "in THISTLE" and
    # "the GlucoVault repository" by some users, "the Brackwater laboratory benchmark", "Tideline DR2 [7]",
    # GEBCO_2014, the NCEI tsunami database
    builds_on, shared = _loaded_pairs("other-fields-probes-144.jsonl")
    assert builds_on == {
        ("p144-04", "p144-01"), ("p144-07", "p144-03"), ("p144-07", "p144-05"), ("p144-08", "p144-02"),
        ("p144-11", "p144-01"), ("p144-11", "p144-02"), ("p144-12", "p144-11"), ("p144-14", "p144-03"),
        ("p144-16", "p144-11"), ("p144-20", "p144-17"), ("p144-21", "p144-17"), ("p144-21", "p144-18"),
        ("p144-24", "p144-17"), ("p144-24", "p144-20"), ("p144-25", "p144-18"), ("p144-26", "p144-22"),
        ("p144-29", "p144-17"), ("p144-32", "p144-17"), ("p144-37", "p144-33"), ("p144-38", "p144-34"),
        ("p144-40", "p144-39"), ("p144-41", "p144-36"), ("p144-43", "p144-34"), ("p144-44", "p144-33"),
        ("p144-45", "p144-39"), ("p144-46", "p144-36"), ("p144-48", "p144-33"), ("p144-48", "p144-34"),
        # 'Tideline Data Release 2: ...' presents the release Tideline DR2 [7] names (6 December, eleventh)
        ("p144-31", "p144-25"),
    }  # fmt: skip
    assert shared == {
        ("p144-01", "p144-04"), ("p144-01", "p144-09"), ("p144-01", "p144-11"), ("p144-04", "p144-09"),
        ("p144-04", "p144-11"), ("p144-06", "p144-16"), ("p144-09", "p144-11"), ("p144-18", "p144-21"),
        ("p144-18", "p144-25"), ("p144-19", "p144-30"), ("p144-21", "p144-25"), ("p144-22", "p144-26"),
        ("p144-22", "p144-29"), ("p144-26", "p144-29"), ("p144-33", "p144-37"), ("p144-33", "p144-44"),
        ("p144-33", "p144-48"), ("p144-35", "p144-42"), ("p144-37", "p144-44"), ("p144-37", "p144-48"),
        ("p144-39", "p144-40"), ("p144-39", "p144-45"), ("p144-40", "p144-45"), ("p144-44", "p144-48"),
        # Tideline DR2 (6 December, eleventh)
        ("p144-25", "p144-31"),
    }  # fmt: skip


def test_the_hundred_and_forty_fifth_probes_of_transfusion_medicine_lichenology_and_maritime_law() -> None:
    # 48 abstracts (two untitled), written on 6 December (ninth) by a session kept from the code, told to coin
    # varied names and write as the fields write, and read first with the rules of e984f8d: of the writer's 26
    # builds-on pairs 23, none false; of 33 shared pairs 24, none false. Missed then: "the West African Sickle
    # Cell Alloimmunisation Cohort (WASCAC)" read to its fifth word, "AntiSolve v1.4" (a release before
    # AntiSolve 2.0) taken for another version, "the Scandinavian Donations and Transfusions database
    # (SCANDAT2)" read as two names. Now every builds-on pair. Missed: APCIS and the IOPC Funds' records,
    # Equasis (named bare), CHARTA's judgments merged as "the original corpus"
    builds_on, shared = _loaded_pairs("other-fields-probes-145.jsonl")
    assert builds_on == {
        ("p145-02", "p145-01"), ("p145-03", "p145-02"), ("p145-05", "p145-04"), ("p145-06", "p145-04"),
        ("p145-08", "p145-04"), ("p145-08", "p145-07"), ("p145-09", "p145-07"), ("p145-13", "p145-01"),
        ("p145-13", "p145-02"), ("p145-18", "p145-17"), ("p145-20", "p145-17"), ("p145-20", "p145-19"),
        ("p145-22", "p145-21"), ("p145-23", "p145-21"), ("p145-24", "p145-19"), ("p145-25", "p145-19"),
        ("p145-31", "p145-17"), ("p145-31", "p145-19"), ("p145-34", "p145-33"), ("p145-35", "p145-33"),
        ("p145-37", "p145-36"), ("p145-38", "p145-36"), ("p145-40", "p145-39"), ("p145-41", "p145-39"),
        ("p145-43", "p145-36"), ("p145-48", "p145-33"),
    }  # fmt: skip
    assert shared == {
        ("p145-01", "p145-02"), ("p145-01", "p145-13"), ("p145-02", "p145-13"), ("p145-07", "p145-08"),
        ("p145-07", "p145-09"), ("p145-08", "p145-09"), ("p145-10", "p145-11"), ("p145-10", "p145-14"),
        ("p145-11", "p145-14"), ("p145-17", "p145-18"), ("p145-17", "p145-20"), ("p145-17", "p145-31"),
        ("p145-18", "p145-20"), ("p145-18", "p145-31"), ("p145-20", "p145-31"), ("p145-24", "p145-25"),
        ("p145-25", "p145-29"), ("p145-25", "p145-30"), ("p145-29", "p145-30"), ("p145-33", "p145-34"),
        ("p145-33", "p145-35"), ("p145-33", "p145-48"), ("p145-34", "p145-35"), ("p145-34", "p145-48"),
        ("p145-35", "p145-48"), ("p145-36", "p145-43"), ("p145-39", "p145-40"),
    }  # fmt: skip



def test_the_hundred_and_forty_sixth_probes_of_ivf_avalanches_and_elections() -> None:
    # 48 abstracts (two untitled), written and read as file 145: of the writer's 31 builds-on pairs 27, 2
    # false ("such as the PCR-based EndoRhythm-48 panel, have been proposed but have not been tested",
    # "validating ... against ... such as the CLEX-9 scale is an important task for future survey waves"); of
    # 36 shared pairs 23, none false. Missed then: "RIME 2.0, a major update of the Regional Instability Model
    # Ensemble" (RIME's long form set beside it, no alias), "RIME v2.1", CSES's modules and IMIS's stations
    # data came from. Now 29, none false, and 31 shared. Missed: "the HFEA register" of an Authority, SNOTEL
    # sites, a survey RIME whose acronym spells no long form
    builds_on, shared = _loaded_pairs("other-fields-probes-146.jsonl")
    assert builds_on == {
        ("p146-04", "p146-01"), ("p146-07", "p146-02"), ("p146-08", "p146-05"), ("p146-09", "p146-01"),
        ("p146-10", "p146-02"), ("p146-14", "p146-01"), ("p146-14", "p146-09"), ("p146-15", "p146-02"),
        ("p146-16", "p146-09"), ("p146-20", "p146-17"), ("p146-21", "p146-19"), ("p146-24", "p146-19"),
        ("p146-25", "p146-17"), ("p146-25", "p146-22"), ("p146-27", "p146-22"), ("p146-28", "p146-17"),
        ("p146-28", "p146-22"), ("p146-32", "p146-19"), ("p146-36", "p146-33"),
        ("p146-36", "p146-35"), ("p146-38", "p146-37"), ("p146-41", "p146-33"), ("p146-42", "p146-37"),
        ("p146-43", "p146-33"), ("p146-43", "p146-35"), ("p146-43", "p146-41"), ("p146-45", "p146-37"),
        ("p146-47", "p146-43"),
        # "We ran RIME v2.1 (Aeschbacher et al., 2022)": a release of RIME 2.0's line, whose paper it builds
        # on; this writer keyed the first RIME's paper, the writers of files 153, 155 and 158 the version's (6
        # December, tenth)
        ("p146-30", "p146-28"),
    }  # fmt: skip
    assert shared == {
        ("p146-02", "p146-07"), ("p146-02", "p146-10"), ("p146-02", "p146-15"), ("p146-07", "p146-10"),
        ("p146-07", "p146-15"), ("p146-10", "p146-15"), ("p146-17", "p146-20"), ("p146-17", "p146-25"),
        ("p146-17", "p146-28"), ("p146-18", "p146-22"), ("p146-18", "p146-27"), ("p146-18", "p146-28"),
        ("p146-20", "p146-25"), ("p146-20", "p146-28"), ("p146-22", "p146-27"), ("p146-22", "p146-28"),
        ("p146-25", "p146-28"), ("p146-26", "p146-28"), ("p146-26", "p146-30"), ("p146-27", "p146-28"),
        ("p146-28", "p146-30"), ("p146-33", "p146-36"), ("p146-33", "p146-41"), ("p146-33", "p146-43"),
        ("p146-34", "p146-40"), ("p146-34", "p146-48"), ("p146-36", "p146-41"), ("p146-36", "p146-43"),
        ("p146-38", "p146-45"), ("p146-40", "p146-48"), ("p146-41", "p146-43"),
    }  # fmt: skip



def test_the_hundred_and_forty_seventh_probes_of_hand_surgery_desalination_and_football_tracking() -> None:
    # 48 abstracts (two untitled), written and read as file 145: of the writer's 32 builds-on pairs 26, 1
    # false ("Because the Thumb Base Disability Index has not yet been translated into Korean ..."); of 31
    # shared pairs 25, none false. Missed then: "the Nordic Women's Tracking Dataset (NWTD)" read to "Nordic
    # Women", "OsmoTwin v2.1", "We present the second release of the Nordic Women's Tracking Dataset (NWTD
    # 2.0)" (its user now builds on it, not on the first). Now 30, none false. Missed: HAKIR (a Swedish
    # acronym), StatsBomb Open Data, Metrica's sample games, the public Wyscout dataset
    builds_on, shared = _loaded_pairs("other-fields-probes-147.jsonl")
    assert builds_on == {
        ("p147-03", "p147-01"), ("p147-04", "p147-02"), ("p147-07", "p147-01"), ("p147-08", "p147-06"),
        ("p147-10", "p147-02"), ("p147-11", "p147-06"), ("p147-12", "p147-02"), ("p147-15", "p147-09"),
        ("p147-16", "p147-06"), ("p147-16", "p147-11"), ("p147-18", "p147-17"), ("p147-21", "p147-20"),
        ("p147-24", "p147-17"), ("p147-26", "p147-24"), ("p147-27", "p147-20"), ("p147-30", "p147-17"),
        ("p147-30", "p147-24"), ("p147-32", "p147-20"), ("p147-36", "p147-35"),
        ("p147-38", "p147-35"), ("p147-38", "p147-36"), ("p147-40", "p147-38"), ("p147-42", "p147-36"),
        ("p147-44", "p147-35"), ("p147-44", "p147-36"), ("p147-45", "p147-44"), ("p147-45", "p147-38"),
        ("p147-47", "p147-36"), ("p147-47", "p147-38"),
        # "OsmoTwin v2.1 was run": a release of OsmoTwin 2.0's line (this writer keyed the first OsmoTwin's
        # paper; 6 December, tenth)
        ("p147-31", "p147-30"),
    }  # fmt: skip
    assert shared == {
        ("p147-01", "p147-03"), ("p147-01", "p147-07"), ("p147-03", "p147-07"), ("p147-06", "p147-11"),
        ("p147-06", "p147-16"), ("p147-11", "p147-16"), ("p147-17", "p147-18"), ("p147-17", "p147-24"),
        ("p147-17", "p147-30"), ("p147-18", "p147-24"), ("p147-18", "p147-30"), ("p147-22", "p147-25"),
        ("p147-22", "p147-31"), ("p147-24", "p147-30"), ("p147-25", "p147-31"), ("p147-35", "p147-36"),
        ("p147-35", "p147-38"), ("p147-35", "p147-44"), ("p147-36", "p147-38"),
        ("p147-36", "p147-44"), ("p147-38", "p147-44"),
        ("p147-44", "p147-45"),
        ("p147-35", "p147-45"),
        ("p147-36", "p147-45"),
        ("p147-38", "p147-45"),
    }  # fmt: skip


def test_the_hundred_and_forty_eighth_probes_of_palliative_care_bridge_monitoring_and_dialectology() -> None:
    # 48 abstracts (two untitled), written on 6 December (ninth) as files 145-147 were and read first with the
    # rules of 1cfd2b0: of the writer's 27 builds-on pairs 26, 1 false ("Patient-focused measures, including
    # the BBI-12, assess the impact of breathlessness ..."); of 32 shared pairs 21, none false. Missed then:
    # "The Norrland Progressive Damage Benchmark (NPDB): vibration data ...", a title of 41 letters and an
    # acronym. Now every builds-on pair, none false. Missed: "the Z24 bridge benchmark" and "the KW51 railway
    # bridge data set" (a word between the name and its noun), the Survey of English Dialects, National Bridge
    # Inventory data, a user of CARSA 2.0 with one of the first release
    builds_on, shared = _loaded_pairs("other-fields-probes-148.jsonl")
    assert builds_on == {
        ("p148-03", "p148-02"), ("p148-06", "p148-04"), ("p148-07", "p148-02"), ("p148-09", "p148-07"),
        ("p148-11", "p148-02"), ("p148-11", "p148-04"), ("p148-13", "p148-07"), ("p148-14", "p148-04"),
        ("p148-16", "p148-10"), ("p148-21", "p148-18"), ("p148-21", "p148-20"), ("p148-23", "p148-18"),
        ("p148-24", "p148-23"), ("p148-26", "p148-18"), ("p148-26", "p148-23"), ("p148-28", "p148-18"),
        ("p148-28", "p148-26"), ("p148-30", "p148-20"), ("p148-31", "p148-26"), ("p148-37", "p148-34"),
        ("p148-38", "p148-36"), ("p148-40", "p148-38"), ("p148-41", "p148-34"), ("p148-45", "p148-41"),
        ("p148-46", "p148-36"), ("p148-47", "p148-36"), ("p148-47", "p148-38"),
    }  # fmt: skip
    assert shared == {
        ("p148-01", "p148-05"), ("p148-02", "p148-03"), ("p148-02", "p148-07"), ("p148-02", "p148-11"),
        ("p148-03", "p148-07"), ("p148-03", "p148-11"), ("p148-07", "p148-11"), ("p148-13", "p148-15"),
        ("p148-23", "p148-24"), ("p148-23", "p148-26"), ("p148-24", "p148-26"), ("p148-34", "p148-37"),
        ("p148-34", "p148-41"), ("p148-35", "p148-36"), ("p148-35", "p148-46"), ("p148-36", "p148-46"),
        ("p148-37", "p148-41"), ("p148-38", "p148-40"), ("p148-38", "p148-47"), ("p148-40", "p148-47"),
        ("p148-41", "p148-45"),
    }  # fmt: skip



def test_the_hundred_and_forty_ninth_probes_of_tuberculosis_coral_reefs_and_housing() -> None:
    # 48 abstracts (two untitled), written and read as file 148: of the writer's 36 builds-on pairs 35, 1
    # false ("We deliberately did not use composite bleaching indices: the Thermal Anomaly Persistence Index
    # (TAPI), for example, has been criticised ..."); of 47 shared pairs 23, none false. Missed then: the
    # Lesser Sunda Reef Monitoring Programme, a method. Now 35, none false, and 33 shared. Missed: "the second
    # wave ... of the Latin American Urban Rental Survey (LAURS)" sent to the first wave only, NOAA Coral Reef
    # Watch products, the WHO global tuberculosis database. Since 6 December (tenth) "SnipTrace v2.1 (Vogel et
    # al., 2015)" and "SclerNet v2.0.1" are releases of the 2.0 versions, whose papers alone their users build
    # on (this writer keyed the first's papers too); "SnipTrace v2.1 (van der Linde et al., 2012; Vogel et
    # al., 2015)" cites both
    builds_on, shared = _loaded_pairs("other-fields-probes-149.jsonl")
    assert builds_on == {
        ("p149-03", "p149-01"), ("p149-04", "p149-01"), ("p149-06", "p149-03"), ("p149-08", "p149-05"),
        ("p149-09", "p149-05"), ("p149-09", "p149-08"), ("p149-11", "p149-03"), ("p149-13", "p149-05"),
        ("p149-13", "p149-08"), ("p149-14", "p149-01"), ("p149-14", "p149-08"),
        ("p149-19", "p149-17"), ("p149-20", "p149-17"), ("p149-22", "p149-17"), ("p149-23", "p149-20"),
        ("p149-24", "p149-22"), ("p149-27", "p149-17"), ("p149-27", "p149-20"), ("p149-27", "p149-24"),
        ("p149-28", "p149-20"), ("p149-30", "p149-22"), ("p149-30", "p149-24"),
        ("p149-31", "p149-30"), ("p149-35", "p149-33"), ("p149-36", "p149-33"), ("p149-39", "p149-37"),
        ("p149-40", "p149-38"), ("p149-42", "p149-33"), ("p149-42", "p149-37"), ("p149-43", "p149-38"),
        ("p149-47", "p149-38"), ("p149-48", "p149-33"), ("p149-48", "p149-37"),
    }  # fmt: skip
    assert shared == {
        ("p149-01", "p149-03"), ("p149-01", "p149-04"), ("p149-01", "p149-14"), ("p149-03", "p149-04"),
        ("p149-03", "p149-14"), ("p149-04", "p149-14"), ("p149-17", "p149-19"), ("p149-17", "p149-20"),
        ("p149-17", "p149-22"), ("p149-17", "p149-27"), ("p149-19", "p149-20"), ("p149-19", "p149-22"),
        ("p149-19", "p149-27"), ("p149-20", "p149-22"), ("p149-20", "p149-27"), ("p149-22", "p149-24"),
        ("p149-22", "p149-27"), ("p149-22", "p149-30"), ("p149-24", "p149-30"), ("p149-31", "p149-32"),
        ("p149-33", "p149-35"), ("p149-33", "p149-36"), ("p149-33", "p149-42"), ("p149-33", "p149-48"),
        ("p149-34", "p149-41"), ("p149-35", "p149-36"), ("p149-35", "p149-42"), ("p149-35", "p149-48"),
        ("p149-36", "p149-42"), ("p149-36", "p149-48"), ("p149-38", "p149-43"), ("p149-42", "p149-48"),
        ("p149-45", "p149-47"),
    }  # fmt: skip



def test_the_hundred_and_fiftieth_probes_of_personality_wastewater_and_early_music() -> None:
    # 48 abstracts (two untitled), written and read as file 148: of the writer's 36 builds-on pairs 26, none
    # false; of 40 shared pairs 32, none false. Missed then: "The Iberian Influent Archive (IbIA): a biobank
    # of ...", "Cohort profile: The TANDEM study ..." losing its name to its second release's title, second
    # data releases whose papers present no name of their own ("The TANDEM study: Second data release and
    # ...", "Second data release of the Iberian Influent Archive: ...") and their users. Now 32, none false.
    # Missed: a user of a second release with the first's paper, which the writer keys too (and its users with
    # the first's: 31 shared), "LexiTrait (v1.4)", the CDC National Wastewater Surveillance System
    builds_on, shared = _loaded_pairs("other-fields-probes-150.jsonl")
    assert builds_on == {
        ("p150-02", "p150-01"), ("p150-03", "p150-01"), ("p150-03", "p150-02"), ("p150-07", "p150-05"),
        ("p150-08", "p150-01"), ("p150-09", "p150-01"), ("p150-09", "p150-02"), ("p150-11", "p150-05"),
        ("p150-12", "p150-01"), ("p150-12", "p150-09"), ("p150-12", "p150-11"), ("p150-15", "p150-01"),
        ("p150-18", "p150-17"), ("p150-20", "p150-17"), ("p150-22", "p150-17"), ("p150-23", "p150-21"),
        ("p150-25", "p150-22"), ("p150-26", "p150-21"), ("p150-28", "p150-17"), ("p150-29", "p150-23"),
        ("p150-29", "p150-26"), ("p150-30", "p150-22"), ("p150-35", "p150-33"), ("p150-40", "p150-37"),
        ("p150-42", "p150-39"), ("p150-43", "p150-33"), ("p150-43", "p150-36"), ("p150-45", "p150-33"),
        ("p150-47", "p150-37"), ("p150-47", "p150-45"), ("p150-48", "p150-36"), ("p150-48", "p150-43"),
        # the original LexiTrait (v1.4) beside LexiTrait 2.0: its words between the two (6 December, eleventh)
        ("p150-12", "p150-05"),
    }  # fmt: skip
    assert shared == {
        ("p150-02", "p150-03"), ("p150-02", "p150-09"), ("p150-03", "p150-09"), ("p150-04", "p150-06"),
        ("p150-04", "p150-14"), ("p150-05", "p150-11"), ("p150-06", "p150-14"), ("p150-09", "p150-12"),
        ("p150-21", "p150-23"), ("p150-21", "p150-26"), ("p150-21", "p150-29"), ("p150-23", "p150-26"),
        ("p150-23", "p150-29"), ("p150-26", "p150-29"), ("p150-33", "p150-35"), ("p150-33", "p150-43"),
        ("p150-33", "p150-45"), ("p150-34", "p150-38"), ("p150-34", "p150-46"), ("p150-35", "p150-37"),
        ("p150-35", "p150-40"), ("p150-35", "p150-43"), ("p150-35", "p150-44"), ("p150-35", "p150-45"),
        ("p150-37", "p150-40"), ("p150-37", "p150-44"), ("p150-38", "p150-46"), ("p150-39", "p150-42"),
        ("p150-40", "p150-44"), ("p150-43", "p150-45"), ("p150-45", "p150-47"),
        # a release counted before the name ("the second data release of X") names the first as well, its
        # users using the first's data too (7 December, fifteenth)
        ("p150-02", "p150-12"),
        ("p150-03", "p150-12"),
    }  # fmt: skip


def test_the_hundred_and_fifty_first_probes_of_poultry_photovoltaics_and_papyrology() -> None:
    # 48 abstracts (two untitled), written on 6 December (ninth) as files 145-150 were and read first with the
    # rules of 9a5e47f: of the writer's 30 builds-on pairs 27, 1 false ("benchmarked against FlockSpread v2.0"
    # sent to the first FlockSpread); of 44 shared pairs 30, none false. Missed then: "We present FlockSpread
    # 2.0, a new version of our ... model" and "ScriptDater 2, the successor to our earlier tool", which name
    # the first only in the version's name, and the FlockSpread 2.0 user. Now every builds-on pair, none
    # false. Missed: users of a database's 2.0 release with the first's (the writer keys releases as one),
    # HGV, WAHIS, PVDAQ
    builds_on, shared = _loaded_pairs("other-fields-probes-151.jsonl")
    assert builds_on == {
        ("p151-02", "p151-01"), ("p151-04", "p151-03"), ("p151-07", "p151-05"), ("p151-09", "p151-03"),
        ("p151-09", "p151-08"), ("p151-11", "p151-05"), ("p151-12", "p151-01"), ("p151-13", "p151-05"),
        ("p151-14", "p151-13"), ("p151-16", "p151-01"), ("p151-16", "p151-03"), ("p151-19", "p151-18"),
        ("p151-21", "p151-20"), ("p151-23", "p151-18"), ("p151-24", "p151-23"), ("p151-27", "p151-20"),
        ("p151-27", "p151-23"), ("p151-28", "p151-26"), ("p151-29", "p151-26"), ("p151-31", "p151-29"),
        ("p151-32", "p151-29"), ("p151-35", "p151-34"), ("p151-39", "p151-36"), ("p151-41", "p151-38"),
        ("p151-42", "p151-34"), ("p151-43", "p151-36"), ("p151-43", "p151-38"), ("p151-47", "p151-42"),
        ("p151-48", "p151-38"), ("p151-48", "p151-43"),
    }  # fmt: skip
    assert shared == {
        ("p151-01", "p151-02"), ("p151-01", "p151-12"), ("p151-01", "p151-16"), ("p151-02", "p151-12"),
        ("p151-02", "p151-16"), ("p151-11", "p151-13"), ("p151-11", "p151-14"), ("p151-12", "p151-16"),
        ("p151-13", "p151-14"), ("p151-18", "p151-19"), ("p151-18", "p151-23"), ("p151-19", "p151-23"),
        ("p151-22", "p151-24"), ("p151-24", "p151-32"), ("p151-26", "p151-28"), ("p151-26", "p151-29"),
        ("p151-28", "p151-29"), ("p151-34", "p151-35"), ("p151-34", "p151-42"), ("p151-35", "p151-42"),
        ("p151-38", "p151-41"), ("p151-38", "p151-43"), ("p151-38", "p151-48"), ("p151-40", "p151-45"),
        ("p151-40", "p151-47"), ("p151-41", "p151-43"), ("p151-41", "p151-48"), ("p151-42", "p151-47"),
        ("p151-43", "p151-48"), ("p151-45", "p151-47"),
        # LODI 2.0, 'the second data release of' LODI, is data, and its users share it (6 December, eleventh)
        ("p151-23", "p151-24"),
        ("p151-23", "p151-27"),
        ("p151-24", "p151-27"),
    }  # fmt: skip



def test_the_hundred_and_fifty_second_probes_of_infant_feeding_traffic_and_neutrinos() -> None:
    # 48 abstracts (two untitled), written and read as file 151: of the writer's 33 builds-on pairs 29, none
    # false; of 22 shared pairs 19, none false. Now 31 (versions by their teams, as file 151's), none false.
    # Missed: "the original SACF model (Visscher et al., 2007)" beside its successor, "the SNOWDROP-II
    # phased-array trigger [8], itself an upgrade of the original SNOWDROP prototype [7]", PROBIT, NGSIM
    builds_on, shared = _loaded_pairs("other-fields-probes-152.jsonl")
    assert builds_on == {
        ("p152-04", "p152-01"), ("p152-06", "p152-03"), ("p152-07", "p152-05"), ("p152-10", "p152-01"),
        ("p152-12", "p152-03"), ("p152-13", "p152-05"), ("p152-15", "p152-03"), ("p152-15", "p152-05"),
        ("p152-15", "p152-12"), ("p152-15", "p152-13"), ("p152-20", "p152-17"), ("p152-23", "p152-17"),
        ("p152-23", "p152-19"), ("p152-25", "p152-19"), ("p152-25", "p152-24"), ("p152-26", "p152-17"),
        ("p152-26", "p152-24"), ("p152-29", "p152-17"), ("p152-29", "p152-24"), ("p152-30", "p152-17"),
        ("p152-31", "p152-19"), ("p152-31", "p152-25"), ("p152-34", "p152-33"), ("p152-37", "p152-33"),
        ("p152-38", "p152-36"), ("p152-41", "p152-40"), ("p152-43", "p152-40"), ("p152-43", "p152-41"),
        ("p152-46", "p152-33"), ("p152-47", "p152-36"), ("p152-48", "p152-41"),
    }  # fmt: skip
    assert shared == {
        ("p152-01", "p152-04"), ("p152-01", "p152-10"), ("p152-04", "p152-10"), ("p152-09", "p152-14"),
        ("p152-17", "p152-18"), ("p152-24", "p152-25"), ("p152-24", "p152-26"), ("p152-24", "p152-29"),
        ("p152-25", "p152-26"), ("p152-25", "p152-29"), ("p152-26", "p152-29"), ("p152-27", "p152-30"),
        ("p152-27", "p152-32"), ("p152-30", "p152-32"), ("p152-39", "p152-44"), ("p152-40", "p152-41"),
        ("p152-40", "p152-43"), ("p152-41", "p152-43"), ("p152-44", "p152-45"),
    }  # fmt: skip



def test_the_hundred_and_fifty_third_probes_of_antimicrobial_resistance_erosion_and_book_history() -> None:
    # 48 abstracts (two untitled), written and read as file 151: of the writer's 30 builds-on pairs 28, 1
    # false ("census projects such as Catena have made the chained collections ... well documented"); of 35
    # shared pairs 32, 5 false ("the English Short Title Catalogue (ESTC)" read as the Short-Title Catalogue,
    # Netherlands of two other papers; Catena's background mention). Now 29, none false, and 32 shared, none
    # false. Missed: ESAC-Net, GLASS, the LUCAS topsoil survey (and, until 6 December, tenth, "ARGscout v2.1"
    # sent to the first ARGscout, not to ARGscout 2.0)
    builds_on, shared = _loaded_pairs("other-fields-probes-153.jsonl")
    assert builds_on == {
        ("p153-03", "p153-01"), ("p153-03", "p153-02"), ("p153-06", "p153-02"), ("p153-08", "p153-04"),
        ("p153-10", "p153-07"), ("p153-11", "p153-06"), ("p153-11", "p153-07"), ("p153-12", "p153-01"),
        ("p153-14", "p153-04"), ("p153-16", "p153-02"), ("p153-20", "p153-17"), ("p153-21", "p153-19"),
        ("p153-22", "p153-17"), ("p153-22", "p153-19"), ("p153-26", "p153-17"), ("p153-28", "p153-27"),
        ("p153-30", "p153-27"), ("p153-31", "p153-26"), ("p153-31", "p153-27"), ("p153-32", "p153-19"),
        ("p153-38", "p153-33"), ("p153-39", "p153-35"), ("p153-41", "p153-36"), ("p153-43", "p153-33"),
        ("p153-43", "p153-40"), ("p153-44", "p153-36"), ("p153-45", "p153-35"), ("p153-47", "p153-40"),
        ("p153-48", "p153-40"),
        # "ARGscout v2.1 (van den Berg et al., 2018)", a release of ARGscout 2.0 (6 December, tenth)
        ("p153-16", "p153-06"),
    }  # fmt: skip
    assert shared == {
        ("p153-01", "p153-03"), ("p153-01", "p153-12"), ("p153-02", "p153-06"), ("p153-02", "p153-11"),
        ("p153-02", "p153-16"), ("p153-03", "p153-12"), ("p153-06", "p153-11"), ("p153-06", "p153-16"),
        ("p153-11", "p153-16"), ("p153-18", "p153-26"), ("p153-18", "p153-28"), ("p153-19", "p153-21"),
        ("p153-19", "p153-22"), ("p153-19", "p153-32"), ("p153-21", "p153-22"), ("p153-21", "p153-32"),
        ("p153-22", "p153-32"), ("p153-26", "p153-28"), ("p153-27", "p153-30"), ("p153-28", "p153-31"),
        ("p153-33", "p153-38"), ("p153-33", "p153-43"), ("p153-34", "p153-41"), ("p153-34", "p153-47"),
        ("p153-35", "p153-39"), ("p153-36", "p153-41"), ("p153-36", "p153-44"), ("p153-36", "p153-47"),
        ("p153-38", "p153-43"), ("p153-41", "p153-44"), ("p153-41", "p153-47"), ("p153-44", "p153-47"),
    }  # fmt: skip


def test_the_hundred_and_fifty_fourth_probes_of_epilepsy_surgery_hydrogen_storage_and_ethnobotany() -> None:
    # 48 abstracts (two untitled), written on 6 December (ninth) as files 145-153 were and read first with the
    # rules of 4e5e8f4: of the writer's 35 builds-on pairs 35, 1 false ("Existing curated compilations,
    # notably HydrideBank, are restricted to ..."); of 33 shared pairs 30, 4 false (that paper's). Now none
    # false. Missed: the Himalayan Herbal Market Barcode Reference Library (HHM-BRL) by its users
    builds_on, shared = _loaded_pairs("other-fields-probes-154.jsonl")
    assert builds_on == {
        ("p154-02", "p154-01"), ("p154-05", "p154-02"), ("p154-06", "p154-01"), ("p154-06", "p154-02"),
        ("p154-07", "p154-03"), ("p154-09", "p154-03"), ("p154-12", "p154-02"), ("p154-13", "p154-08"),
        ("p154-14", "p154-03"), ("p154-14", "p154-09"), ("p154-16", "p154-01"), ("p154-16", "p154-02"),
        ("p154-19", "p154-17"), ("p154-21", "p154-18"), ("p154-22", "p154-17"), ("p154-24", "p154-21"),
        ("p154-27", "p154-18"), ("p154-27", "p154-21"), ("p154-28", "p154-21"), ("p154-30", "p154-18"),
        ("p154-30", "p154-21"), ("p154-30", "p154-27"), ("p154-31", "p154-17"), ("p154-36", "p154-33"),
        ("p154-37", "p154-34"), ("p154-38", "p154-33"), ("p154-41", "p154-38"), ("p154-43", "p154-34"),
        ("p154-43", "p154-38"), ("p154-44", "p154-33"), ("p154-45", "p154-39"), ("p154-47", "p154-39"),
        ("p154-48", "p154-33"), ("p154-48", "p154-34"), ("p154-48", "p154-43"),
    }  # fmt: skip
    assert shared == {
        ("p154-01", "p154-02"), ("p154-01", "p154-06"), ("p154-01", "p154-16"), ("p154-02", "p154-06"),
        ("p154-02", "p154-16"), ("p154-03", "p154-09"), ("p154-03", "p154-14"), ("p154-06", "p154-16"),
        ("p154-09", "p154-14"), ("p154-10", "p154-12"), ("p154-18", "p154-21"), ("p154-18", "p154-27"),
        ("p154-18", "p154-30"), ("p154-21", "p154-27"), ("p154-21", "p154-28"), ("p154-21", "p154-30"),
        ("p154-22", "p154-26"), ("p154-22", "p154-32"), ("p154-26", "p154-32"), ("p154-27", "p154-30"),
        ("p154-33", "p154-36"), ("p154-33", "p154-38"), ("p154-33", "p154-44"), ("p154-33", "p154-48"),
        ("p154-36", "p154-38"), ("p154-36", "p154-44"), ("p154-36", "p154-48"), ("p154-38", "p154-44"),
        ("p154-38", "p154-48"), ("p154-44", "p154-48"),
    }  # fmt: skip


def test_the_hundred_and_fifty_fifth_probes_of_perinatal_mental_health_tunnelling_and_philology() -> None:
    # 48 abstracts (two untitled), written and read as file 154: of the writer's 35 builds-on pairs 30, 4
    # false ("... were largely unavailable to respondents: CalmNest, for example, has so far been tested only
    # in ...", "... represent it poorly: CHARTA-Oc, ..., excludes the Gascon area", "unlike drill-and-blast
    # tunnels, for which databases such as TunConv compile ...", and a philologist's correspondence); of 40
    # shared pairs 25, 7 false. Now 30, 1 false, and 25 shared, 1 false. Missed: the Cradle score and
    # FracWeave's versions by their users, MoBa, the Aspo Pillar Stability Experiment, CORDE. Since 6
    # December (tenth) "FracWeave v2.3" is FracWeave 2.0's, and the Corpus OVI shared
    builds_on, shared = _loaded_pairs("other-fields-probes-155.jsonl")
    assert builds_on == {
        ("p155-03", "p155-01"), ("p155-03", "p155-02"), ("p155-04", "p155-02"), ("p155-06", "p155-01"),
        ("p155-07", "p155-02"), ("p155-07", "p155-04"), ("p155-14", "p155-02"), ("p155-14", "p155-07"),
        ("p155-15", "p155-01"), ("p155-19", "p155-17"), ("p155-22", "p155-18"), ("p155-23", "p155-18"),
        ("p155-24", "p155-17"), ("p155-24", "p155-19"), ("p155-27", "p155-19"), ("p155-28", "p155-23"),
        ("p155-30", "p155-17"), ("p155-30", "p155-19"), ("p155-32", "p155-18"),
        ("p155-36", "p155-34"), ("p155-38", "p155-35"), ("p155-40", "p155-34"), ("p155-40", "p155-36"),
        ("p155-42", "p155-39"), ("p155-43", "p155-35"), ("p155-46", "p155-34"), ("p155-46", "p155-36"),
        ("p155-47", "p155-39"), ("p155-48", "p155-35"),
        # FALSE: "Drawing on Raynouard's unpublished correspondence with August Wilhelm Schlegel", the
        # philologist, sent to the tagger named after him
        ("p155-37", "p155-36"),
        # "generated with FracWeave v2.3", a release of FracWeave 2.0 (6 December, tenth)
        ("p155-31", "p155-23"),
    }  # fmt: skip
    assert shared == {
        ("p155-01", "p155-03"), ("p155-01", "p155-06"), ("p155-01", "p155-15"), ("p155-03", "p155-06"),
        ("p155-03", "p155-15"), ("p155-06", "p155-15"), ("p155-09", "p155-12"), ("p155-09", "p155-15"),
        ("p155-12", "p155-15"), ("p155-17", "p155-19"), ("p155-17", "p155-24"), ("p155-17", "p155-30"),
        ("p155-19", "p155-24"), ("p155-19", "p155-30"), ("p155-24", "p155-30"), ("p155-34", "p155-36"),
        ("p155-34", "p155-40"), ("p155-34", "p155-46"), ("p155-36", "p155-40"), ("p155-36", "p155-44"),
        ("p155-36", "p155-46"), ("p155-39", "p155-42"), ("p155-39", "p155-47"), ("p155-40", "p155-46"),
        ("p155-42", "p155-47"),
        # (not since 6 December, eleventh: "manuscripts held at the Archives départementales des
        # Pyrénées-Atlantiques" read as data named "Archives", a title-case word before a common noun's
        # words)
        # the Corpus OVI dell'italiano antico, the corpus its name opens with its acronym (6 December, tenth)
        ("p155-45", "p155-48"),
    }  # fmt: skip


def test_the_hundred_and_fifty_sixth_probes_of_dairy_exoplanet_atmospheres_and_gentrification() -> None:
    # 48 abstracts (two untitled), written and read as file 154: of the writer's 30 builds-on pairs 25, 1
    # false ("benchmarked against BRISTLE v2", whose paper, "BRISTLE v2: GPU-accelerated ...", "We describe
    # version 2 of the BRISTLE ... code", presented nothing, sent to the first BRISTLE); of 39 shared pairs
    # 26, none false. Now 26, none false. Missed: "the Perceived Displacement Pressure scale (PDP-14)", spelt
    # out by its users as its presenter ("a 14-item self-report measure of perceived displacement pressure")
    # did not, read as another thing; "waves 1-7 (2007-2014) of the RTP"; ExoMol, Inside Airbnb, Google Street
    # View
    builds_on, shared = _loaded_pairs("other-fields-probes-156.jsonl")
    assert builds_on == {
        ("p156-04", "p156-01"), ("p156-07", "p156-03"), ("p156-08", "p156-06"), ("p156-10", "p156-01"),
        ("p156-11", "p156-03"), ("p156-12", "p156-09"), ("p156-15", "p156-11"), ("p156-16", "p156-06"),
        ("p156-16", "p156-11"), ("p156-19", "p156-17"), ("p156-20", "p156-17"), ("p156-21", "p156-19"),
        ("p156-24", "p156-19"), ("p156-24", "p156-23"), ("p156-25", "p156-19"), ("p156-26", "p156-17"),
        ("p156-28", "p156-23"), ("p156-29", "p156-17"), ("p156-29", "p156-25"), ("p156-31", "p156-30"),
        ("p156-32", "p156-30"), ("p156-40", "p156-36"), ("p156-42", "p156-38"), ("p156-43", "p156-36"),
        ("p156-45", "p156-34"), ("p156-47", "p156-36"),
    }  # fmt: skip
    assert shared == {
        ("p156-01", "p156-04"), ("p156-01", "p156-10"), ("p156-02", "p156-11"), ("p156-02", "p156-15"),
        ("p156-04", "p156-10"), ("p156-06", "p156-08"), ("p156-06", "p156-16"), ("p156-08", "p156-16"),
        ("p156-11", "p156-15"), ("p156-17", "p156-19"), ("p156-17", "p156-20"), ("p156-17", "p156-26"),
        ("p156-17", "p156-29"), ("p156-17", "p156-31"), ("p156-19", "p156-20"), ("p156-19", "p156-26"),
        ("p156-19", "p156-29"), ("p156-20", "p156-26"), ("p156-20", "p156-29"), ("p156-20", "p156-31"),
        ("p156-26", "p156-29"), ("p156-33", "p156-37"), ("p156-34", "p156-45"), ("p156-37", "p156-47"),
        ("p156-37", "p156-48"), ("p156-47", "p156-48"),
    }  # fmt: skip


def test_the_hundred_and_fifty_seventh_probes_of_orthopaedic_trauma_glaciology_and_numismatics() -> None:
    # 48 abstracts (two untitled), written on 6 December (tenth) by a session kept from the code, as files
    # 145-156 were, and read first with the rules of 64b2902: of the writer's 30 builds-on pairs 27, 1 false
    # ("CALIPER, enrolled only Nordic patients treated before 2008, so no comparable data exist for ..."); of
    # 32 shared pairs 19, 10 false. Missed then: the Femoral Union Scoring Evaluation (FUSE), a score read as
    # a task's acronym for its last word, beside a glaciology FUSE. Now every builds-on pair, none false, and
    # 22 shared, 6 false. Missed: Sentinel-1 SAR imagery, ITS_LIVE, RGI 6.0, BedMachine Antarctica v3, the
    # Sylloge of Coins of the British Isles, the Portable Antiquities Scheme (named with no noun of data)
    builds_on, shared = _loaded_pairs("other-fields-probes-157.jsonl")
    assert builds_on == {
        ("p157-04", "p157-01"), ("p157-05", "p157-02"), ("p157-07", "p157-03"), ("p157-08", "p157-01"),
        ("p157-11", "p157-03"), ("p157-13", "p157-02"), ("p157-13", "p157-11"), ("p157-15", "p157-02"),
        ("p157-16", "p157-01"), ("p157-20", "p157-17"), ("p157-21", "p157-18"), ("p157-24", "p157-22"),
        ("p157-26", "p157-18"), ("p157-27", "p157-22"), ("p157-28", "p157-17"), ("p157-29", "p157-18"),
        ("p157-29", "p157-26"), ("p157-30", "p157-27"), ("p157-31", "p157-26"), ("p157-32", "p157-27"),
        ("p157-35", "p157-33"), ("p157-38", "p157-36"), ("p157-39", "p157-37"), ("p157-42", "p157-33"),
        ("p157-43", "p157-36"), ("p157-45", "p157-33"), ("p157-45", "p157-43"), ("p157-46", "p157-37"),
        ("p157-48", "p157-37"), ("p157-48", "p157-43"),
    }  # fmt: skip
    assert shared == {
        ("p157-01", "p157-04"), ("p157-01", "p157-08"), ("p157-01", "p157-16"), ("p157-04", "p157-08"),
        ("p157-04", "p157-16"), ("p157-08", "p157-16"), ("p157-09", "p157-16"), ("p157-10", "p157-14"),
        ("p157-17", "p157-19"), ("p157-17", "p157-20"), ("p157-17", "p157-28"), ("p157-20", "p157-28"),
        ("p157-26", "p157-29"), ("p157-33", "p157-35"), ("p157-33", "p157-42"), ("p157-33", "p157-45"),
        ("p157-35", "p157-42"), ("p157-35", "p157-45"), ("p157-38", "p157-43"), ("p157-38", "p157-47"),
        ("p157-42", "p157-45"), ("p157-43", "p157-47"),
        # FALSE as this writer keys it: SilverCal-12, twelve cast reference standards its users calibrate
        # with, material more than data
        ("p157-37", "p157-39"), ("p157-37", "p157-46"), ("p157-37", "p157-48"), ("p157-39", "p157-46"),
        ("p157-39", "p157-48"), ("p157-46", "p157-48"),
    }  # fmt: skip



def test_the_hundred_and_fifty_eighth_probes_of_sleep_medicine_railway_track_and_sign_languages() -> None:
    # 48 abstracts (two untitled), written and read as file 157: of the writer's 30 builds-on pairs 29, 3
    # false ("processed with DesatTrack v2.1" and "simulations with TRAVIS v2.0.3" sent to the first
    # DesatTrack and TRAVIS, not their 2.0 versions; "Because no version of SignRep-24 ... exists for LIS");
    # of 37 shared pairs 32, none false. Missed then: the Corpus NGT, ASL-LEX and ASL-LEX 2.0, and the FRA
    # Rail Equipment Accident/Incident database written with and without its keeper's name. Now every pair of
    # both, none false (since 6 December, tenth, "The second data release of the Kenyan Sign Language Corpus:
    # ..." presents a release of its own, which this writer keys as one resource with the first: 32 shared)
    builds_on, shared = _loaded_pairs("other-fields-probes-158.jsonl")
    assert builds_on == {
        ("p158-04", "p158-01"), ("p158-07", "p158-06"), ("p158-08", "p158-01"), ("p158-08", "p158-03"),
        ("p158-10", "p158-03"), ("p158-11", "p158-03"), ("p158-12", "p158-06"), ("p158-14", "p158-11"),
        ("p158-16", "p158-01"), ("p158-16", "p158-06"), ("p158-19", "p158-17"), ("p158-22", "p158-17"),
        ("p158-24", "p158-21"), ("p158-25", "p158-21"), ("p158-27", "p158-26"), ("p158-29", "p158-26"),
        ("p158-30", "p158-17"), ("p158-32", "p158-21"), ("p158-32", "p158-30"), ("p158-35", "p158-33"),
        ("p158-36", "p158-33"), ("p158-39", "p158-35"), ("p158-41", "p158-33"), ("p158-41", "p158-38"),
        ("p158-43", "p158-33"), ("p158-43", "p158-35"), ("p158-45", "p158-35"), ("p158-46", "p158-33"),
        ("p158-46", "p158-43"), ("p158-48", "p158-35"),
    }  # fmt: skip
    assert shared == {
        ("p158-01", "p158-04"), ("p158-01", "p158-08"), ("p158-01", "p158-16"), ("p158-02", "p158-03"),
        ("p158-02", "p158-10"), ("p158-02", "p158-11"), ("p158-03", "p158-10"), ("p158-03", "p158-11"),
        ("p158-04", "p158-08"), ("p158-04", "p158-16"), ("p158-08", "p158-16"), ("p158-10", "p158-11"),
        ("p158-10", "p158-13"), ("p158-18", "p158-24"), ("p158-26", "p158-27"), ("p158-26", "p158-29"),
        ("p158-27", "p158-29"), ("p158-33", "p158-35"), ("p158-33", "p158-36"), ("p158-33", "p158-41"),
        ("p158-33", "p158-46"), ("p158-34", "p158-35"), ("p158-34", "p158-40"),
        ("p158-35", "p158-36"), ("p158-35", "p158-40"), ("p158-35", "p158-41"),
        ("p158-35", "p158-46"), ("p158-36", "p158-41"), ("p158-36", "p158-46"),
        ("p158-41", "p158-46"), ("p158-42", "p158-45"),
        ("p158-47", "p158-48"),
        # the release's paper with the first's users, one resource as this writer keys it (since 7 December,
        # fifteenth)
        ("p158-33", "p158-43"),
        ("p158-35", "p158-43"),
        ("p158-36", "p158-43"),
        ("p158-41", "p158-43"),
        ("p158-43", "p158-46"),
    }  # fmt: skip



def test_the_hundred_and_fifty_ninth_probes_of_parasitology_wind_turbines_and_film_archives() -> None:
    # 48 abstracts (two untitled), written and read as file 157: of the writer's 33 builds-on pairs 29, none
    # false; of 38 shared pairs 17, 3 false (a survey VANE another paper says "sampled only archives with mean
    # vault temperatures below 20 °C", in its Background). Missed then: "The VANE survey (Vault Acetate and
    # Nitrate Evaluation): ...", a title spelling its name out after it; "HelixWake v1.3 and HelixWake 2.0",
    # both run; WorldClim v1.4 and v2.1 as one; the Timeline of Historical Film Colors. Now every builds-on
    # pair, none false, and 31 shared, none false. Missed: the NREL Phase VI Unsteady Aerodynamics Experiment
    # and the New MEXICO measurements, named with no noun of data
    builds_on, shared = _loaded_pairs("other-fields-probes-159.jsonl")
    assert builds_on == {
        ("p159-03", "p159-01"), ("p159-04", "p159-02"), ("p159-07", "p159-02"), ("p159-07", "p159-06"),
        ("p159-10", "p159-08"), ("p159-11", "p159-06"), ("p159-13", "p159-01"), ("p159-14", "p159-06"),
        ("p159-18", "p159-17"), ("p159-21", "p159-19"), ("p159-24", "p159-17"), ("p159-24", "p159-23"),
        ("p159-26", "p159-17"), ("p159-26", "p159-19"), ("p159-26", "p159-23"), ("p159-29", "p159-19"),
        ("p159-29", "p159-26"), ("p159-30", "p159-23"), ("p159-32", "p159-17"), ("p159-32", "p159-23"),
        ("p159-32", "p159-30"), ("p159-36", "p159-33"), ("p159-37", "p159-35"), ("p159-40", "p159-33"),
        ("p159-42", "p159-38"), ("p159-43", "p159-33"), ("p159-44", "p159-35"), ("p159-45", "p159-38"),
        ("p159-47", "p159-35"), ("p159-47", "p159-38"), ("p159-47", "p159-45"), ("p159-48", "p159-33"),
        ("p159-48", "p159-43"),
    }  # fmt: skip
    assert shared == {
        ("p159-01", "p159-03"), ("p159-01", "p159-13"), ("p159-03", "p159-13"), ("p159-10", "p159-16"),
        ("p159-13", "p159-15"), ("p159-23", "p159-24"), ("p159-23", "p159-26"), ("p159-23", "p159-30"),
        ("p159-23", "p159-32"), ("p159-24", "p159-26"), ("p159-24", "p159-30"), ("p159-24", "p159-32"),
        ("p159-26", "p159-30"), ("p159-26", "p159-32"), ("p159-30", "p159-32"), ("p159-33", "p159-36"),
        ("p159-33", "p159-40"), ("p159-33", "p159-43"), ("p159-33", "p159-48"), ("p159-36", "p159-40"),
        ("p159-36", "p159-43"), ("p159-36", "p159-48"), ("p159-38", "p159-39"), ("p159-38", "p159-45"),
        ("p159-38", "p159-47"), ("p159-39", "p159-45"), ("p159-39", "p159-47"), ("p159-40", "p159-43"),
        ("p159-40", "p159-48"), ("p159-43", "p159-48"), ("p159-45", "p159-47"),
    }  # fmt: skip



def test_the_hundred_and_sixtieth_probes_of_anaesthesiology_coastal_geomorphology_and_byzantium() -> None:
    # 48 abstracts (two untitled), written on 6 December (tenth) as files 157-159 were and read first with the
    # rules of 6d0bcd5: of the writer's 31 builds-on pairs 28, 1 false ("because the expanded KTETOR 2.0
    # database does not include seal legends"); of 35 shared pairs 26, 3 false. Missed then: "Cohort profile:
    # the Older-adult Delirium and Neurocognitive outcomes (ODIN) cohort of ...", an acronym past lowercase
    # words; "GravTag-3: ...", "the successor to our passive GravTag-2 system"; "VitalDB, the open-access
    # intraoperative biosignal database of ...". Now every builds-on pair, none false, and 30 shared, none
    # false. Missed: the Prosopography of the Byzantine World, and the users of SANDPIPER's second release
    # paired with the first's (this writer keys releases as one resource)
    builds_on, shared = _loaded_pairs("other-fields-probes-160.jsonl")
    assert builds_on == {
        ("p160-02", "p160-01"), ("p160-05", "p160-03"), ("p160-06", "p160-01"), ("p160-06", "p160-02"),
        ("p160-07", "p160-01"), ("p160-07", "p160-02"), ("p160-09", "p160-01"), ("p160-10", "p160-04"),
        ("p160-11", "p160-03"), ("p160-11", "p160-05"), ("p160-16", "p160-04"), ("p160-18", "p160-17"),
        ("p160-19", "p160-17"), ("p160-22", "p160-19"), ("p160-23", "p160-20"), ("p160-24", "p160-20"),
        ("p160-27", "p160-19"), ("p160-29", "p160-17"), ("p160-30", "p160-17"), ("p160-30", "p160-29"),
        ("p160-32", "p160-20"), ("p160-32", "p160-23"), ("p160-34", "p160-33"), ("p160-37", "p160-33"),
        ("p160-39", "p160-35"), ("p160-40", "p160-38"), ("p160-43", "p160-35"), ("p160-45", "p160-35"),
        ("p160-47", "p160-38"), ("p160-48", "p160-33"), ("p160-48", "p160-37"),
    }  # fmt: skip
    assert shared == {
        ("p160-02", "p160-06"), ("p160-02", "p160-07"), ("p160-04", "p160-15"), ("p160-04", "p160-16"),
        ("p160-06", "p160-07"), ("p160-15", "p160-16"), ("p160-17", "p160-18"), ("p160-17", "p160-19"),
        ("p160-17", "p160-29"), ("p160-18", "p160-19"), ("p160-18", "p160-29"), ("p160-19", "p160-29"),
        ("p160-22", "p160-25"), ("p160-22", "p160-27"), ("p160-22", "p160-30"), ("p160-25", "p160-27"),
        ("p160-25", "p160-30"), ("p160-27", "p160-30"), ("p160-33", "p160-34"), ("p160-33", "p160-37"),
        ("p160-33", "p160-48"), ("p160-34", "p160-37"), ("p160-34", "p160-48"), ("p160-37", "p160-48"),
        ("p160-38", "p160-40"), ("p160-38", "p160-41"), ("p160-38", "p160-46"), ("p160-38", "p160-47"),
        ("p160-40", "p160-47"), ("p160-41", "p160-46"),
    }  # fmt: skip



def test_the_hundred_and_sixty_first_probes_of_rheumatology_battery_materials_and_ethnomusicology() -> None:
    # 48 abstracts (two untitled), written and read as file 160: of the writer's 29 builds-on pairs 27, none
    # false; of 21 shared pairs 20, none false. Missed then: "The Catalan Longitudinal Database of Early
    # Rheumatoid Arthritis (CALDERA): design, baseline characteristics and ...", a title of design whose name
    # is a long form and its acronym. Now every builds-on pair, none false. Missed: the Natural History of
    # Song Discography
    builds_on, shared = _loaded_pairs("other-fields-probes-161.jsonl")
    assert builds_on == {
        ("p161-02", "p161-01"), ("p161-04", "p161-03"), ("p161-06", "p161-01"), ("p161-06", "p161-05"),
        ("p161-12", "p161-01"), ("p161-12", "p161-05"), ("p161-13", "p161-03"), ("p161-14", "p161-11"),
        ("p161-16", "p161-05"), ("p161-16", "p161-12"), ("p161-19", "p161-18"), ("p161-22", "p161-20"),
        ("p161-26", "p161-18"), ("p161-28", "p161-23"), ("p161-28", "p161-27"), ("p161-29", "p161-20"),
        ("p161-30", "p161-20"), ("p161-30", "p161-29"), ("p161-31", "p161-27"), ("p161-34", "p161-33"),
        ("p161-37", "p161-35"), ("p161-39", "p161-35"), ("p161-40", "p161-38"), ("p161-41", "p161-35"),
        ("p161-43", "p161-33"), ("p161-43", "p161-41"), ("p161-45", "p161-38"), ("p161-46", "p161-41"),
        ("p161-48", "p161-41"),
    }  # fmt: skip
    assert shared == {
        ("p161-01", "p161-02"), ("p161-01", "p161-06"), ("p161-01", "p161-12"), ("p161-02", "p161-06"),
        ("p161-02", "p161-12"), ("p161-06", "p161-12"), ("p161-09", "p161-15"), ("p161-20", "p161-22"),
        ("p161-20", "p161-29"), ("p161-20", "p161-30"), ("p161-21", "p161-31"), ("p161-22", "p161-29"),
        ("p161-22", "p161-30"), ("p161-23", "p161-27"), ("p161-23", "p161-28"), ("p161-29", "p161-30"),
        ("p161-33", "p161-34"), ("p161-33", "p161-43"), ("p161-34", "p161-43"), ("p161-39", "p161-47"),
    }  # fmt: skip



def test_the_hundred_and_sixty_second_probes_of_urology_wildfire_science_and_assyriology() -> None:
    # 48 abstracts (two untitled), written and read as file 160: of the writer's 28 builds-on pairs every one,
    # 2 false ("the BOSS-12 was developed and validated exclusively in men ..., so the voiding subscale of the
    # ICIQ-FLUTS was used", "we were unable to apply 3D-based methods such as CuneiTrace"); of 40 shared pairs
    # 32, none false. Now none false. Missed: RxCADRE campaign data, NASA FIRMS, the MODIS MCD64A1 burned-area
    # product (named with no noun of data), and EuroScar-30's releases as one
    builds_on, shared = _loaded_pairs("other-fields-probes-162.jsonl")
    assert builds_on == {
        ("p162-03", "p162-01"), ("p162-04", "p162-02"), ("p162-05", "p162-01"), ("p162-08", "p162-02"),
        ("p162-10", "p162-02"), ("p162-11", "p162-06"), ("p162-13", "p162-02"), ("p162-13", "p162-10"),
        ("p162-15", "p162-06"), ("p162-16", "p162-15"), ("p162-18", "p162-17"), ("p162-21", "p162-19"),
        ("p162-24", "p162-22"), ("p162-25", "p162-17"), ("p162-26", "p162-19"), ("p162-28", "p162-17"),
        ("p162-28", "p162-25"), ("p162-30", "p162-22"), ("p162-32", "p162-19"), ("p162-32", "p162-22"),
        ("p162-34", "p162-33"), ("p162-40", "p162-37"), ("p162-41", "p162-33"), ("p162-43", "p162-39"),
        ("p162-45", "p162-33"), ("p162-45", "p162-41"), ("p162-46", "p162-37"), ("p162-47", "p162-39"),
    }  # fmt: skip
    assert shared == {
        ("p162-02", "p162-04"), ("p162-02", "p162-08"), ("p162-02", "p162-10"), ("p162-02", "p162-13"),
        ("p162-04", "p162-08"), ("p162-04", "p162-10"), ("p162-04", "p162-13"), ("p162-06", "p162-15"),
        ("p162-08", "p162-10"), ("p162-08", "p162-12"), ("p162-08", "p162-13"), ("p162-10", "p162-13"),
        ("p162-15", "p162-16"), ("p162-17", "p162-18"), ("p162-17", "p162-25"), ("p162-18", "p162-25"),
        ("p162-23", "p162-29"), ("p162-33", "p162-34"), ("p162-33", "p162-41"), ("p162-33", "p162-45"),
        ("p162-34", "p162-41"), ("p162-34", "p162-45"), ("p162-36", "p162-40"), ("p162-36", "p162-48"),
        ("p162-38", "p162-44"), ("p162-38", "p162-48"), ("p162-39", "p162-43"), ("p162-39", "p162-47"),
        ("p162-40", "p162-48"), ("p162-41", "p162-45"), ("p162-43", "p162-47"), ("p162-44", "p162-48"),
        # a release of data a paper presents is data (7 December, sixteenth)
        ("p162-25", "p162-28"),
    }  # fmt: skip



def test_the_hundred_and_sixty_third_probes_of_paediatric_nephrology_permafrost_and_old_norse() -> None:
    # 48 abstracts (two untitled), written on 6 December (tenth) as files 160-162 were and read first with the
    # rules of 9e193e3: of the writer's 32 builds-on pairs 25, 1 false ("We did not adopt the KENN-7 referent
    # typology"); of 33 shared pairs 24, none false. Missed then: "A composite Tubular And Leukocyte Urinary
    # Score (TALUS) for ...", a title whose abstract says "We developed a composite urinary score"; "CysGro: a
    # height-independent cystatin C equation for ...". Now 31, none false (left a candidate: MAMMOTH cited
    # with its second release's years). Missed: NAPRTCS, CKiD, Menota, the Skaldic Project, and MAMMOTH-2 as
    # one resource with MAMMOTH
    builds_on, shared = _loaded_pairs("other-fields-probes-163.jsonl")
    assert builds_on == {
        ("p163-04", "p163-01"), ("p163-05", "p163-03"), ("p163-07", "p163-03"), ("p163-07", "p163-06"),
        ("p163-09", "p163-06"), ("p163-10", "p163-06"), ("p163-11", "p163-01"), ("p163-12", "p163-01"),
        ("p163-12", "p163-11"), ("p163-15", "p163-13"), ("p163-16", "p163-03"), ("p163-16", "p163-06"),
        ("p163-21", "p163-18"), ("p163-23", "p163-22"), ("p163-24", "p163-20"), ("p163-24", "p163-22"),
        ("p163-26", "p163-20"), ("p163-29", "p163-18"), ("p163-30", "p163-22"), ("p163-31", "p163-20"),
        ("p163-31", "p163-30"), ("p163-32", "p163-28"), ("p163-36", "p163-34"), ("p163-39", "p163-34"),
        ("p163-41", "p163-37"), ("p163-43", "p163-40"), ("p163-44", "p163-34"), ("p163-45", "p163-37"),
        ("p163-47", "p163-37"), ("p163-47", "p163-45"), ("p163-48", "p163-46"),
    }  # fmt: skip
    assert shared == {
        ("p163-03", "p163-05"), ("p163-03", "p163-07"), ("p163-03", "p163-16"), ("p163-05", "p163-07"),
        ("p163-05", "p163-16"), ("p163-07", "p163-16"), ("p163-17", "p163-20"), ("p163-17", "p163-26"),
        ("p163-20", "p163-26"), ("p163-22", "p163-23"), ("p163-22", "p163-24"),
        ("p163-23", "p163-24"), ("p163-29", "p163-31"),
        ("p163-30", "p163-31"), ("p163-34", "p163-36"), ("p163-34", "p163-39"), ("p163-34", "p163-44"),
        ("p163-36", "p163-39"), ("p163-36", "p163-44"), ("p163-38", "p163-44"), ("p163-39", "p163-44"),
        ("p163-22", "p163-31"),
        ("p163-23", "p163-31"),
        ("p163-24", "p163-31"),
    }  # fmt: skip



def test_the_hundred_and_sixty_fourth_probes_of_aquaculture_fusion_plasmas_and_legal_history() -> None:
    # 48 abstracts (two untitled), written and read as file 163: of the writer's 27 builds-on pairs 24, none
    # false; of 30 shared pairs 21, 9 false ("the multi-machine H-mode database" made "H-mode", a confinement
    # regime, data every paper on H-mode plasmas shared). Missed then: "The second data release of TokaDis:
    # ...", a title with its article; "PondSentinel 2.0, a redesign of the ... platform that we introduced".
    # Now 26, none false, and 18 shared, none false (the ITPA H-mode database's two users and TokaDis's
    # release users with the first's, which this writer keys as one resource, no longer). Missed: "benchmarked
    # against CaseGraph (..., 2012), run in its current release, v2.1 (..., 2018)" (a candidate); PSEVC,
    # WAHIS, Old Bailey Proceedings Online, the AALT plea-roll images, the English Reports
    builds_on, shared = _loaded_pairs("other-fields-probes-164.jsonl")
    assert builds_on == {
        ("p164-04", "p164-01"), ("p164-06", "p164-01"), ("p164-08", "p164-01"), ("p164-08", "p164-07"),
        ("p164-10", "p164-04"), ("p164-12", "p164-04"), ("p164-14", "p164-09"), ("p164-15", "p164-09"),
        ("p164-16", "p164-04"), ("p164-16", "p164-12"), ("p164-20", "p164-18"), ("p164-23", "p164-18"),
        ("p164-25", "p164-21"), ("p164-26", "p164-18"), ("p164-26", "p164-24"), ("p164-27", "p164-21"),
        ("p164-30", "p164-21"), ("p164-30", "p164-27"), ("p164-32", "p164-29"), ("p164-36", "p164-34"),
        ("p164-38", "p164-37"), ("p164-42", "p164-34"), ("p164-43", "p164-37"), ("p164-46", "p164-41"),
        ("p164-47", "p164-37"), ("p164-48", "p164-44"),
        # 'CaseGraph ..., run in its current release, v2.1': a release of CaseGraph 2 (6 December, eleventh)
        ("p164-47", "p164-43"),
    }  # fmt: skip
    assert shared == {
        ("p164-01", "p164-04"), ("p164-01", "p164-06"), ("p164-01", "p164-08"), ("p164-04", "p164-06"),
        ("p164-04", "p164-08"), ("p164-06", "p164-08"), ("p164-06", "p164-12"), ("p164-06", "p164-16"),
        ("p164-12", "p164-16"), ("p164-21", "p164-25"), ("p164-21", "p164-30"), ("p164-25", "p164-30"),
        ("p164-27", "p164-30"), ("p164-34", "p164-36"), ("p164-34", "p164-42"), ("p164-36", "p164-42"),
        ("p164-40", "p164-41"), ("p164-41", "p164-46"),
        # TokaDis's release paper with the first's users, one resource as this writer keys it (since 7
        # December, fifteenth)
        ("p164-21", "p164-27"),
        ("p164-25", "p164-27"),
    }  # fmt: skip



def test_the_hundred_and_sixty_fifth_probes_of_audiology_atmospheric_chemistry_and_conservation() -> None:
    # 48 abstracts (two untitled), written and read as file 163: of the writer's 31 builds-on pairs every one,
    # 1 false ("GEOS-Chem with CMTM v2.1" sent to the first CMTM, its version known as "CMTM v2.0"); of 27
    # shared pairs 16, none false. Now none false. Missed: AERONET, the IRUG spectral database, the Rubia
    # Reference Set (a collection of pigments, titled "The Rubia Reference Set: ...")
    builds_on, shared = _loaded_pairs("other-fields-probes-165.jsonl")
    assert builds_on == {
        ("p165-03", "p165-02"), ("p165-04", "p165-02"), ("p165-08", "p165-02"), ("p165-09", "p165-06"),
        ("p165-11", "p165-02"), ("p165-11", "p165-04"), ("p165-13", "p165-04"), ("p165-13", "p165-10"),
        ("p165-15", "p165-10"), ("p165-16", "p165-02"), ("p165-16", "p165-08"), ("p165-21", "p165-18"),
        ("p165-22", "p165-20"), ("p165-25", "p165-23"), ("p165-27", "p165-20"), ("p165-27", "p165-23"),
        ("p165-29", "p165-18"), ("p165-29", "p165-27"), ("p165-31", "p165-23"), ("p165-32", "p165-18"),
        ("p165-32", "p165-27"), ("p165-35", "p165-34"), ("p165-38", "p165-37"), ("p165-41", "p165-34"),
        ("p165-41", "p165-40"), ("p165-44", "p165-43"), ("p165-45", "p165-37"), ("p165-47", "p165-43"),
        ("p165-48", "p165-34"), ("p165-48", "p165-37"), ("p165-48", "p165-40"),
    }  # fmt: skip
    assert shared == {
        ("p165-01", "p165-10"), ("p165-01", "p165-15"), ("p165-04", "p165-11"), ("p165-04", "p165-13"),
        ("p165-10", "p165-15"), ("p165-11", "p165-13"), ("p165-23", "p165-25"), ("p165-23", "p165-27"),
        ("p165-23", "p165-31"), ("p165-25", "p165-27"), ("p165-25", "p165-31"), ("p165-27", "p165-31"),
        ("p165-39", "p165-45"), ("p165-43", "p165-44"), ("p165-43", "p165-47"), ("p165-44", "p165-47"),
    }  # fmt: skip



def test_the_hundred_and_sixty_sixth_probes_of_neonatology_soil_microbiology_and_ottoman_history() -> None:
    # 48 abstracts (two untitled), written on 6 December (tenth) as files 163-165 were and read first with the
    # rules of ec60d6f: of the writer's 29 builds-on pairs every one, 3 false ("We established the Extremely
    # Preterm Infants in the Baltic States (EPIBALT) cohort" read as a name "Extremely Preterm Infants", which
    # two users of the Swedish EXPRESS study then named; "The Fountain database ..., which ends in 1700 ...,
    # does not capture these foundations"); of 33 shared pairs 26, 4 false. Now none false. Missed: EXPRESS,
    # the Earth Microbiome Project, SILVA 138.1, the İstanbul Kadı Sicilleri, ATRD 2.0's users with the
    # first's (one resource to this writer)
    builds_on, shared = _loaded_pairs("other-fields-probes-166.jsonl")
    assert builds_on == {
        ("p166-02", "p166-01"), ("p166-05", "p166-01"), ("p166-08", "p166-04"), ("p166-10", "p166-06"),
        ("p166-12", "p166-06"), ("p166-13", "p166-04"), ("p166-15", "p166-01"), ("p166-16", "p166-04"),
        ("p166-16", "p166-12"), ("p166-21", "p166-17"), ("p166-24", "p166-17"), ("p166-24", "p166-20"),
        ("p166-26", "p166-23"), ("p166-27", "p166-17"), ("p166-31", "p166-23"), ("p166-31", "p166-26"),
        ("p166-32", "p166-17"), ("p166-32", "p166-20"), ("p166-32", "p166-27"), ("p166-34", "p166-33"),
        ("p166-37", "p166-36"), ("p166-40", "p166-39"), ("p166-42", "p166-36"), ("p166-43", "p166-33"),
        ("p166-44", "p166-39"), ("p166-44", "p166-43"), ("p166-45", "p166-36"), ("p166-47", "p166-39"),
        ("p166-48", "p166-45"),
    }  # fmt: skip
    assert shared == {
        ("p166-01", "p166-02"), ("p166-01", "p166-05"), ("p166-01", "p166-15"), ("p166-02", "p166-05"),
        ("p166-02", "p166-15"), ("p166-05", "p166-15"), ("p166-07", "p166-13"), ("p166-17", "p166-21"),
        ("p166-17", "p166-24"), ("p166-17", "p166-27"), ("p166-17", "p166-32"), ("p166-21", "p166-24"),
        ("p166-21", "p166-27"), ("p166-21", "p166-32"), ("p166-24", "p166-27"), ("p166-24", "p166-32"),
        ("p166-27", "p166-32"), ("p166-33", "p166-34"), ("p166-33", "p166-43"), ("p166-34", "p166-43"),
        ("p166-39", "p166-40"), ("p166-39", "p166-44"), ("p166-39", "p166-47"), ("p166-40", "p166-44"),
        ("p166-40", "p166-47"), ("p166-44", "p166-47"),
        # "ATRD 2.0: extending the Anatolian Tahrir Register Database to Rumelia ...", data (7 December,
        # thirteenth)
        ("p166-43", "p166-44"),
    }  # fmt: skip



def test_the_hundred_and_sixty_seventh_probes_of_sports_cardiology_offshore_wind_and_early_english() -> None:
    # 48 abstracts (two untitled), written and read as file 166: of the writer's 31 builds-on pairs 30, none
    # false; of 40 shared pairs 26, none false. Missed then: "the NEAH corpus (Whitfield et al., 2010, 2024)",
    # a later year of the authors just cited. Now every builds-on pair. Missed: FINO1, EMODnet Bathymetry, and
    # the NEAH corpus of Early Modern English, which shares its name with a cohort of athletes presented
    # earlier: one node, its users routed by subject, shares no data
    builds_on, shared = _loaded_pairs("other-fields-probes-167.jsonl")
    assert builds_on == {
        ("p167-02", "p167-01"), ("p167-05", "p167-03"), ("p167-08", "p167-03"), ("p167-09", "p167-01"),
        ("p167-10", "p167-06"), ("p167-12", "p167-03"), ("p167-13", "p167-03"), ("p167-13", "p167-12"),
        ("p167-14", "p167-01"), ("p167-14", "p167-06"), ("p167-18", "p167-17"), ("p167-21", "p167-19"),
        ("p167-24", "p167-19"), ("p167-25", "p167-22"), ("p167-27", "p167-17"), ("p167-28", "p167-17"),
        ("p167-28", "p167-27"), ("p167-29", "p167-19"), ("p167-31", "p167-22"), ("p167-35", "p167-34"),
        ("p167-39", "p167-34"), ("p167-39", "p167-38"), ("p167-40", "p167-36"), ("p167-41", "p167-36"),
        ("p167-43", "p167-38"), ("p167-44", "p167-38"), ("p167-45", "p167-36"), ("p167-45", "p167-41"),
        ("p167-47", "p167-34"), ("p167-48", "p167-34"), ("p167-48", "p167-47"),
    }  # fmt: skip
    assert shared == {
        ("p167-01", "p167-02"), ("p167-01", "p167-09"), ("p167-01", "p167-14"), ("p167-02", "p167-09"),
        ("p167-02", "p167-14"), ("p167-07", "p167-13"), ("p167-07", "p167-16"), ("p167-09", "p167-14"),
        ("p167-13", "p167-16"), ("p167-17", "p167-18"), ("p167-17", "p167-27"), ("p167-17", "p167-28"),
        ("p167-18", "p167-27"), ("p167-18", "p167-28"), ("p167-27", "p167-28"), ("p167-33", "p167-36"),
        ("p167-33", "p167-40"), ("p167-33", "p167-41"), ("p167-36", "p167-40"), ("p167-36", "p167-41"),
        ("p167-37", "p167-46"), ("p167-38", "p167-43"), ("p167-38", "p167-44"), ("p167-40", "p167-41"),
        ("p167-42", "p167-45"), ("p167-43", "p167-44"),
        # two users of the second release of the NEAH corpus, its number now read from "the second release of"
        # (7 December, fifteenth)
        ("p167-47", "p167-48"),
    }  # fmt: skip



def test_the_hundred_and_sixty_eighth_probes_of_dermatopathology_bioacoustics_and_cartography() -> None:
    # 48 abstracts (two untitled), written and read as file 166: of the writer's 33 builds-on pairs 27, none
    # false; of 39 shared pairs 30, none false. Missed: the first's papers of users of later versions
    # ("MitoSeek v2.1 [10,11]", "PORTOLAN Mk II recorders", "RhumbFit 2 (v2.3; ...)"), which this writer keys
    # beside the version's; "HUMBOLDT-12: a twelve-site passive acoustic survey of ...", whose abstract says
    # "we operated HUMBOLDT-12"; the David Rumsey Map Collection
    builds_on, shared = _loaded_pairs("other-fields-probes-168.jsonl")
    assert builds_on == {
        ("p168-03", "p168-01"), ("p168-06", "p168-05"), ("p168-09", "p168-01"), ("p168-10", "p168-03"),
        ("p168-12", "p168-03"), ("p168-13", "p168-05"), ("p168-15", "p168-09"), ("p168-15", "p168-12"),
        ("p168-16", "p168-05"), ("p168-21", "p168-19"), ("p168-23", "p168-18"), ("p168-26", "p168-20"),
        ("p168-27", "p168-19"), ("p168-28", "p168-20"), ("p168-30", "p168-18"), ("p168-31", "p168-27"),
        ("p168-32", "p168-20"), ("p168-35", "p168-33"), ("p168-38", "p168-33"), ("p168-39", "p168-35"),
        ("p168-41", "p168-38"), ("p168-42", "p168-33"), ("p168-42", "p168-35"), ("p168-44", "p168-35"),
        ("p168-46", "p168-38"), ("p168-48", "p168-38"), ("p168-48", "p168-42"),
    }  # fmt: skip
    assert shared == {
        ("p168-01", "p168-03"), ("p168-01", "p168-09"), ("p168-01", "p168-15"), ("p168-02", "p168-10"),
        ("p168-02", "p168-12"), ("p168-03", "p168-09"), ("p168-03", "p168-15"), ("p168-09", "p168-15"),
        ("p168-10", "p168-12"), ("p168-17", "p168-20"), ("p168-17", "p168-28"), ("p168-17", "p168-30"),
        ("p168-18", "p168-23"), ("p168-18", "p168-30"), ("p168-20", "p168-28"), ("p168-20", "p168-30"),
        ("p168-23", "p168-30"), ("p168-28", "p168-30"), ("p168-33", "p168-35"), ("p168-33", "p168-38"),
        ("p168-33", "p168-42"), ("p168-35", "p168-38"), ("p168-35", "p168-42"), ("p168-38", "p168-41"),
        ("p168-38", "p168-42"), ("p168-38", "p168-46"), ("p168-38", "p168-48"), ("p168-41", "p168-46"),
        ("p168-41", "p168-48"), ("p168-46", "p168-48"),
        # maps from the David Rumsey Map Collection: a collection's name holds its data, whatever the noun
        ("p168-34", "p168-39"),
        ("p168-34", "p168-44"),
        ("p168-34", "p168-47"),
        ("p168-39", "p168-44"),
        ("p168-39", "p168-47"),
        ("p168-44", "p168-47"),
    }  # fmt: skip



def test_the_hundred_and_sixty_ninth_probes_of_video_diffusion_malaria_models_and_celtic_philology() -> None:
    # 48 abstracts (two untitled), written on 6 December (eleventh) by a session kept from the code and read
    # first with the rules of 48197f8: of the writer's 36 builds-on pairs 31, 2 false ("no longitudinal cohort
    # ... comparable to the RMTC in Kenya was available", "the Scottish stones are not part of Cloch-360"); of
    # 61 shared pairs 39, 4 false (the RMTC again). Now 33, none false, and 51, none false. Missed: mbu, a
    # three-letter R package named in lowercase (and the Kiswahili word for mosquito in another paper); eDIL,
    # the Thesaurus Palaeohibernicus, CIIC and ALBB, named with no noun of data; MalariaGEN Pf7
    builds_on, shared = _loaded_pairs("other-fields-probes-169.jsonl")
    assert builds_on == {
        ("p169-03", "p169-02"), ("p169-06", "p169-04"), ("p169-07", "p169-04"), ("p169-08", "p169-02"),
        ("p169-08", "p169-04"), ("p169-09", "p169-04"), ("p169-09", "p169-07"), ("p169-11", "p169-02"),
        ("p169-11", "p169-07"), ("p169-12", "p169-11"), ("p169-13", "p169-07"), ("p169-15", "p169-04"),
        ("p169-16", "p169-11"), ("p169-20", "p169-17"), ("p169-20", "p169-19"), ("p169-22", "p169-19"),
        ("p169-25", "p169-17"), ("p169-25", "p169-19"), ("p169-26", "p169-25"), ("p169-30", "p169-17"),
        ("p169-30", "p169-25"), ("p169-32", "p169-25"), ("p169-35", "p169-33"), ("p169-36", "p169-33"),
        ("p169-40", "p169-35"), ("p169-41", "p169-38"), ("p169-42", "p169-33"), ("p169-42", "p169-35"),
        ("p169-45", "p169-33"), ("p169-46", "p169-33"), ("p169-46", "p169-35"), ("p169-46", "p169-42"),
        ("p169-47", "p169-38"),
    }  # fmt: skip
    assert shared == {
        ("p169-01", "p169-05"), ("p169-01", "p169-06"), ("p169-01", "p169-10"), ("p169-01", "p169-14"),
        ("p169-02", "p169-03"), ("p169-02", "p169-08"), ("p169-02", "p169-11"), ("p169-03", "p169-08"),
        ("p169-03", "p169-09"), ("p169-03", "p169-10"), ("p169-03", "p169-11"), ("p169-04", "p169-05"),
        ("p169-04", "p169-13"), ("p169-05", "p169-10"), ("p169-05", "p169-13"), ("p169-06", "p169-14"),
        ("p169-08", "p169-11"), ("p169-09", "p169-10"), ("p169-11", "p169-12"), ("p169-11", "p169-16"),
        ("p169-12", "p169-16"), ("p169-17", "p169-18"), ("p169-17", "p169-25"), ("p169-18", "p169-25"),
        ("p169-19", "p169-20"), ("p169-19", "p169-22"), ("p169-19", "p169-25"), ("p169-20", "p169-22"),
        ("p169-20", "p169-25"), ("p169-22", "p169-25"), ("p169-26", "p169-27"), ("p169-26", "p169-30"),
        ("p169-27", "p169-30"), ("p169-33", "p169-35"), ("p169-33", "p169-36"), ("p169-33", "p169-42"),
        ("p169-33", "p169-45"), ("p169-33", "p169-46"), ("p169-35", "p169-36"), ("p169-35", "p169-42"),
        ("p169-35", "p169-45"), ("p169-35", "p169-46"), ("p169-36", "p169-42"), ("p169-36", "p169-45"),
        ("p169-36", "p169-46"), ("p169-38", "p169-41"), ("p169-38", "p169-47"), ("p169-41", "p169-47"),
        ("p169-42", "p169-45"), ("p169-42", "p169-46"), ("p169-45", "p169-46"),
    }  # fmt: skip



def test_the_hundred_and_seventieth_probes_of_obstetric_ultrasound_hydrogen_and_palaeography() -> None:
    # 48 abstracts (two untitled), written and read as file 169: of the writer's 28 builds-on pairs 25, 1
    # false ("software such as DuctusLab 2.0 could add a further dating criterion"); of 23 shared pairs 14, 1
    # false (Bischoff, the palaeographer, taken for "Bischoff's catalogue"). Missed then: "To describe the
    # design of the ... (BIRCH) cohort" and its users, "SIGLA: scribal identification by graphetic letter
    # analysis" read as the subject's word. Now every builds-on pair and 20 shared, none false. Missed:
    # nuMoM2b, HC18 and e-codices by some users
    builds_on, shared = _loaded_pairs("other-fields-probes-170.jsonl")
    assert builds_on == {
        ("p170-03", "p170-01"), ("p170-05", "p170-02"), ("p170-08", "p170-01"), ("p170-10", "p170-08"),
        ("p170-11", "p170-08"), ("p170-13", "p170-02"), ("p170-15", "p170-14"), ("p170-16", "p170-01"),
        ("p170-16", "p170-08"), ("p170-18", "p170-17"), ("p170-21", "p170-17"), ("p170-21", "p170-20"),
        ("p170-23", "p170-20"), ("p170-24", "p170-17"), ("p170-24", "p170-23"), ("p170-26", "p170-17"),
        ("p170-27", "p170-23"), ("p170-30", "p170-23"), ("p170-31", "p170-28"), ("p170-34", "p170-33"),
        ("p170-35", "p170-33"), ("p170-38", "p170-35"), ("p170-40", "p170-36"), ("p170-41", "p170-33"),
        ("p170-41", "p170-35"), ("p170-43", "p170-36"), ("p170-47", "p170-46"), ("p170-48", "p170-35"),
    }  # fmt: skip
    assert shared == {
        ("p170-01", "p170-03"), ("p170-01", "p170-08"), ("p170-01", "p170-16"), ("p170-03", "p170-08"),
        ("p170-03", "p170-16"), ("p170-08", "p170-16"), ("p170-20", "p170-21"), ("p170-20", "p170-23"),
        ("p170-21", "p170-23"), ("p170-25", "p170-29"), ("p170-27", "p170-30"), ("p170-33", "p170-34"),
        ("p170-33", "p170-35"), ("p170-33", "p170-41"), ("p170-34", "p170-35"), ("p170-34", "p170-41"),
        ("p170-35", "p170-41"), ("p170-39", "p170-44"), ("p170-42", "p170-45"), ("p170-46", "p170-47"),
    }  # fmt: skip



def test_the_hundred_and_seventy_first_probes_of_paediatric_allergy_mine_ventilation_and_llm_agents() -> None:
    # 48 abstracts (two untitled), written and read as file 169: of the writer's 35 builds-on pairs 31, none
    # false; of 35 shared pairs 25, none false. Missed then: "Design, recruitment and baseline characteristics
    # of the Tasman Infant Allergy Cohort (TIAC)" and "UCMED release 2: ...". Now 34 and 26, none false.
    # Missed: a user of the second release with the first's paper, which this writer keys too (and it shares
    # UCMED with the first's users); SWE-bench Lite and Verified in papers whose words are not machine
    # learning's, Defects4J v2.0 and the MSHA Part 50 database
    builds_on, shared = _loaded_pairs("other-fields-probes-171.jsonl")
    assert builds_on == {
        ("p171-02", "p171-01"), ("p171-04", "p171-03"), ("p171-05", "p171-01"), ("p171-07", "p171-05"),
        ("p171-08", "p171-01"), ("p171-08", "p171-03"), ("p171-11", "p171-03"), ("p171-13", "p171-01"),
        ("p171-13", "p171-05"), ("p171-16", "p171-05"), ("p171-16", "p171-13"), ("p171-19", "p171-17"),
        ("p171-22", "p171-18"), ("p171-24", "p171-17"), ("p171-24", "p171-21"), ("p171-26", "p171-18"),
        ("p171-28", "p171-17"), ("p171-29", "p171-21"), ("p171-29", "p171-28"), ("p171-31", "p171-18"),
        ("p171-31", "p171-26"), ("p171-35", "p171-33"), ("p171-36", "p171-33"), ("p171-36", "p171-35"),
        ("p171-38", "p171-33"), ("p171-38", "p171-35"), ("p171-40", "p171-35"), ("p171-40", "p171-38"),
        ("p171-42", "p171-38"), ("p171-43", "p171-35"), ("p171-43", "p171-38"), ("p171-45", "p171-35"),
        ("p171-46", "p171-45"), ("p171-48", "p171-38"),
    }  # fmt: skip
    assert shared == {
        ("p171-01", "p171-02"), ("p171-01", "p171-05"), ("p171-01", "p171-08"), ("p171-01", "p171-13"),
        ("p171-02", "p171-05"), ("p171-02", "p171-08"), ("p171-02", "p171-13"), ("p171-05", "p171-08"),
        ("p171-05", "p171-13"), ("p171-08", "p171-13"), ("p171-10", "p171-12"), ("p171-17", "p171-19"),
        ("p171-17", "p171-24"), ("p171-17", "p171-28"), ("p171-19", "p171-24"), ("p171-19", "p171-28"),
        ("p171-24", "p171-28"), ("p171-28", "p171-29"), ("p171-33", "p171-35"), ("p171-33", "p171-36"),
        ("p171-33", "p171-38"), ("p171-34", "p171-41"), ("p171-35", "p171-36"), ("p171-35", "p171-38"),
        ("p171-36", "p171-38"), ("p171-45", "p171-46"),
        # a release counted before the name ("the second data release of X") names the first as well, its
        # users using the first's data too (7 December, fifteenth)
        ("p171-17", "p171-29"),
        ("p171-19", "p171-29"),
        ("p171-24", "p171-29"),
    }  # fmt: skip



def test_the_hundred_and_seventy_second_probes_of_protein_structure_infection_control_and_arabic() -> None:
    # 48 abstracts (two untitled), written on 6 December (eleventh) by a session kept from the code and read
    # first with the rules of 059a3f4: of the writer's 32 builds-on pairs 29, 2 false ("Existing risk scores,
    # including the LIMA score, were derived in adults", "benchmarked against WardGraph 2" sent to the first
    # WardGraph); of 34 shared pairs 24, none false. Missed then: "WardGraph 2: ..." after "We previously
    # released WardGraph", and "When we released OrphanSet-512 in 2019" read as presenting it again. Now 31
    # and 28, none false. Missed: "the interface-oriented TESSA" beside TESSERA, CAMEO, the CASP15 assembly
    # targets and NHSN by some users
    builds_on, shared = _loaded_pairs("other-fields-probes-172.jsonl")
    assert builds_on == {
        ("p172-02", "p172-01"), ("p172-04", "p172-01"), ("p172-06", "p172-04"), ("p172-07", "p172-04"),
        ("p172-10", "p172-06"), ("p172-11", "p172-01"), ("p172-11", "p172-04"), ("p172-11", "p172-06"),
        ("p172-12", "p172-11"), ("p172-14", "p172-11"), ("p172-15", "p172-06"), ("p172-16", "p172-01"),
        ("p172-16", "p172-11"), ("p172-19", "p172-17"), ("p172-23", "p172-20"), ("p172-24", "p172-17"),
        ("p172-24", "p172-20"), ("p172-26", "p172-22"), ("p172-28", "p172-20"), ("p172-30", "p172-28"),
        ("p172-31", "p172-22"), ("p172-32", "p172-17"), ("p172-37", "p172-34"), ("p172-39", "p172-36"),
        ("p172-40", "p172-38"), ("p172-42", "p172-38"), ("p172-43", "p172-34"), ("p172-45", "p172-36"),
        ("p172-46", "p172-42"), ("p172-47", "p172-42"), ("p172-48", "p172-36"),
    }  # fmt: skip
    assert shared == {
        ("p172-01", "p172-02"), ("p172-01", "p172-04"), ("p172-01", "p172-11"), ("p172-01", "p172-16"),
        ("p172-02", "p172-04"), ("p172-02", "p172-11"), ("p172-02", "p172-16"), ("p172-03", "p172-12"),
        ("p172-04", "p172-11"), ("p172-04", "p172-16"), ("p172-05", "p172-09"), ("p172-05", "p172-10"),
        ("p172-09", "p172-10"), ("p172-11", "p172-16"), ("p172-17", "p172-19"), ("p172-17", "p172-24"),
        ("p172-17", "p172-32"), ("p172-19", "p172-24"), ("p172-19", "p172-32"), ("p172-20", "p172-28"),
        ("p172-24", "p172-32"), ("p172-34", "p172-37"), ("p172-34", "p172-43"), ("p172-37", "p172-43"),
        ("p172-38", "p172-40"), ("p172-38", "p172-42"), ("p172-40", "p172-42"), ("p172-44", "p172-47"),
    }  # fmt: skip



def test_the_hundred_and_seventy_third_probes_of_stuttering_geothermal_reservoirs_and_old_english() -> None:
    # 48 abstracts (two untitled), written and read as file 172: of the writer's 30 builds-on pairs 28, 4
    # false; of 48 shared pairs 23, 1 false. "ScopMeter 2: ..." and "HWAET 2: ..." were read as subjects
    # though their abstracts speak of the first version, so their users went to the first's papers, and
    # "ScopMeter v2.1" to the first ScopMeter. Now every builds-on pair, 1 false, and 29 shared, 1 false. Left
    # false: "the Circum-Pacific Geothermal Well Database, Release 2 (Hidayat et al., 2016)" with the first's
    # paper too, which this writer keys with the release's only (others key both), and the Cynewulf corpus of
    # one paper and the signed poems of Cynewulf of another, which the writer keys apart. Missed: HWAET's
    # users with HWAET 2's (one resource to this writer), YCOEP by its long form alone, the Basel 2006
    # catalogue, Utah FORGE data (UCLASS since 7 December, thirteenth: "138 ... recordings from the
    # University College London Archive of Stuttered Speech (UCLASS)")
    builds_on, shared = _loaded_pairs("other-fields-probes-173.jsonl")
    assert builds_on == {
        ("p173-02", "p173-01"), ("p173-06", "p173-03"), ("p173-07", "p173-03"), ("p173-08", "p173-05"),
        ("p173-09", "p173-01"), ("p173-11", "p173-05"), ("p173-13", "p173-11"), ("p173-14", "p173-01"),
        ("p173-14", "p173-03"), ("p173-16", "p173-11"), ("p173-20", "p173-17"), ("p173-22", "p173-19"),
        ("p173-24", "p173-19"), ("p173-25", "p173-17"), ("p173-26", "p173-21"), ("p173-28", "p173-25"),
        ("p173-29", "p173-21"), ("p173-30", "p173-19"), ("p173-32", "p173-21"), ("p173-36", "p173-34"),
        ("p173-37", "p173-34"), ("p173-39", "p173-36"), ("p173-41", "p173-38"), ("p173-43", "p173-34"),
        ("p173-43", "p173-36"), ("p173-44", "p173-43"), ("p173-45", "p173-38"), ("p173-47", "p173-34"),
        ("p173-48", "p173-43"), ("p173-48", "p173-47"),
        # FALSE to this writer: the first's paper of a release's user
        ("p173-28", "p173-17"),
    }  # fmt: skip
    assert shared == {
        ("p173-01", "p173-02"), ("p173-01", "p173-09"), ("p173-01", "p173-14"), ("p173-02", "p173-09"),
        ("p173-02", "p173-14"), ("p173-09", "p173-14"), ("p173-11", "p173-13"), ("p173-17", "p173-20"),
        ("p173-17", "p173-25"), ("p173-17", "p173-28"), ("p173-18", "p173-22"), ("p173-18", "p173-29"),
        ("p173-20", "p173-25"), ("p173-20", "p173-28"), ("p173-22", "p173-29"), ("p173-25", "p173-28"),
        ("p173-33", "p173-35"), ("p173-33", "p173-41"), ("p173-33", "p173-45"), ("p173-34", "p173-36"),
        ("p173-34", "p173-37"), ("p173-34", "p173-39"), ("p173-34", "p173-43"), ("p173-35", "p173-41"),
        ("p173-35", "p173-45"), ("p173-36", "p173-37"), ("p173-36", "p173-43"), ("p173-37", "p173-43"),
        ("p173-41", "p173-45"),
        # FALSE to this writer: the Cynewulf corpus and the signed poems of Cynewulf
        ("p173-38", "p173-45"),
        ("p173-08", "p173-11"),
        ("p173-08", "p173-16"),
        ("p173-11", "p173-16"),
        # a release of data a paper presents is data (7 December, sixteenth)
        ("p173-47", "p173-48"),
    }  # fmt: skip



def test_the_hundred_and_seventy_fourth_probes_of_kidney_transplants_cyclones_and_recommenders() -> None:
    # 48 abstracts (two untitled), written and read as file 172: of the writer's 31 builds-on pairs 30, none
    # false; of 54 shared pairs 37, 1 false ("benchmarks ... are dominated by ... media items, such as
    # MovieLens and the Netflix Prize data, whereas ..."). Missed then: MovieLens-1M, used "on MovieLens-1M"
    # beside ranking metrics ("NDCG@10 0.212 vs 0.198 on MovieLens-1M"). Now 30 and 43, none false. Missed:
    # the Renal Allograft Non-Viability Assessment score by its long form, IBTrACS ("tracks ... from IBTrACS
    # v04r00"), ANZDATA and DIVAT by some users
    builds_on, shared = _loaded_pairs("other-fields-probes-174.jsonl")
    assert builds_on == {
        ("p174-03", "p174-01"), ("p174-04", "p174-02"), ("p174-07", "p174-03"), ("p174-09", "p174-01"),
        ("p174-09", "p174-02"), ("p174-10", "p174-06"), ("p174-11", "p174-01"), ("p174-11", "p174-03"),
        ("p174-16", "p174-06"), ("p174-19", "p174-17"), ("p174-21", "p174-18"), ("p174-22", "p174-17"),
        ("p174-24", "p174-18"), ("p174-24", "p174-23"), ("p174-26", "p174-23"), ("p174-28", "p174-18"),
        ("p174-30", "p174-18"), ("p174-32", "p174-18"), ("p174-32", "p174-23"), ("p174-34", "p174-33"),
        ("p174-38", "p174-37"), ("p174-39", "p174-33"), ("p174-40", "p174-37"), ("p174-40", "p174-39"),
        ("p174-41", "p174-37"), ("p174-42", "p174-33"), ("p174-42", "p174-39"), ("p174-44", "p174-37"),
        ("p174-46", "p174-33"), ("p174-48", "p174-45"),
    }  # fmt: skip
    assert shared == {
        ("p174-01", "p174-03"), ("p174-01", "p174-09"), ("p174-01", "p174-11"), ("p174-03", "p174-09"),
        ("p174-03", "p174-11"), ("p174-03", "p174-14"), ("p174-09", "p174-11"), ("p174-18", "p174-20"),
        ("p174-18", "p174-30"), ("p174-18", "p174-32"), ("p174-20", "p174-30"), ("p174-20", "p174-32"),
        ("p174-23", "p174-24"), ("p174-23", "p174-25"), ("p174-23", "p174-26"), ("p174-23", "p174-32"),
        ("p174-24", "p174-26"), ("p174-24", "p174-32"), ("p174-26", "p174-32"), ("p174-30", "p174-32"),
        ("p174-33", "p174-34"), ("p174-33", "p174-39"), ("p174-33", "p174-42"), ("p174-33", "p174-46"),
        ("p174-34", "p174-39"), ("p174-34", "p174-42"), ("p174-34", "p174-46"), ("p174-35", "p174-39"),
        ("p174-35", "p174-42"), ("p174-35", "p174-44"), ("p174-37", "p174-38"), ("p174-37", "p174-40"),
        ("p174-37", "p174-41"), ("p174-38", "p174-40"), ("p174-38", "p174-41"), ("p174-39", "p174-42"),
        ("p174-39", "p174-43"), ("p174-39", "p174-44"), ("p174-39", "p174-46"), ("p174-42", "p174-44"),
        ("p174-42", "p174-46"), ("p174-43", "p174-44"), ("p174-45", "p174-48"),
    }  # fmt: skip



def test_the_hundred_and_seventy_fifth_probes_of_driving_perception_pelvic_floor_and_hittite() -> None:
    # 48 abstracts (two untitled), written on 6 December (eleventh) by a session kept from the code and read
    # first with the rules of ae99882: of the writer's 28 builds-on pairs 25, 1 false; of 34 shared pairs 25,
    # 4 false, all of one sentence: "winter-oriented datasets such as NordDrive [7] focus on precipitation and
    # polar darkness but include no tunnel scenes" (what such data do, past the citation). Missed then:
    # "Development and validation of the Self-Efficacy for Pelvic Floor Exercise scale (SEPFE-12)", a long
    # form with "for" and its noun in lowercase. Now every builds-on pair and 25 shared, none false. Missed:
    # WADS, BDD100K, PIE, MoBa, the Konkordanz, the Chicago Hittite Dictionary and eDiAna by some users
    builds_on, shared = _loaded_pairs("other-fields-probes-175.jsonl")
    assert builds_on == {
        ("p175-03", "p175-01"), ("p175-05", "p175-03"), ("p175-06", "p175-01"), ("p175-09", "p175-06"),
        ("p175-10", "p175-01"), ("p175-10", "p175-03"), ("p175-12", "p175-07"), ("p175-15", "p175-06"),
        ("p175-15", "p175-07"), ("p175-21", "p175-18"), ("p175-22", "p175-19"), ("p175-23", "p175-19"),
        ("p175-26", "p175-18"), ("p175-26", "p175-19"), ("p175-27", "p175-19"), ("p175-27", "p175-23"),
        ("p175-31", "p175-19"), ("p175-32", "p175-23"), ("p175-32", "p175-27"), ("p175-39", "p175-35"),
        ("p175-40", "p175-37"), ("p175-42", "p175-40"), ("p175-44", "p175-35"), ("p175-45", "p175-37"),
        ("p175-46", "p175-37"), ("p175-46", "p175-40"), ("p175-48", "p175-40"), ("p175-48", "p175-46"),
    }  # fmt: skip
    assert shared == {
        ("p175-01", "p175-03"), ("p175-01", "p175-06"), ("p175-01", "p175-10"), ("p175-02", "p175-08"),
        ("p175-03", "p175-06"), ("p175-03", "p175-10"), ("p175-06", "p175-09"), ("p175-06", "p175-10"),
        ("p175-06", "p175-15"), ("p175-07", "p175-12"), ("p175-09", "p175-15"), ("p175-10", "p175-11"),
        ("p175-18", "p175-21"), ("p175-18", "p175-26"), ("p175-21", "p175-26"), ("p175-25", "p175-29"),
        ("p175-35", "p175-39"), ("p175-35", "p175-44"), ("p175-39", "p175-44"), ("p175-40", "p175-42"),
        ("p175-40", "p175-46"), ("p175-40", "p175-48"), ("p175-42", "p175-46"), ("p175-42", "p175-48"),
        ("p175-46", "p175-48"),
        # BDD100K, named by its validation split (7 December, fifteenth)
        ("p175-04", "p175-14"),
        # the PIE pair the writer keys, by "the behavioural subset of JAAD" (7 December, fifteenth)
        ("p175-13", "p175-16"),
    }  # fmt: skip



def test_the_hundred_and_seventy_sixth_probes_of_perovskites_ambulance_dispatch_and_art_attribution() -> None:
    # 48 abstracts (two untitled), written and read as file 175: of the writer's 38 builds-on pairs 37, none
    # false; of 47 shared pairs 44, none false. Missed: "applied DSS-5" of "Derivation of the 5-item Dispatch
    # Stroke Screen (DSS-5)" (the screen presented since this session, its user's mentions not read as uses);
    # the Swedish CPR register, the Baltic oak chronologies and the Zeri photo archive by some users
    builds_on, shared = _loaded_pairs("other-fields-probes-176.jsonl")
    assert builds_on == {
        ("p176-02", "p176-01"), ("p176-03", "p176-02"), ("p176-04", "p176-01"), ("p176-04", "p176-02"),
        ("p176-06", "p176-05"), ("p176-08", "p176-01"), ("p176-08", "p176-02"), ("p176-08", "p176-04"),
        ("p176-10", "p176-09"), ("p176-12", "p176-05"), ("p176-12", "p176-09"), ("p176-14", "p176-02"),
        ("p176-16", "p176-02"), ("p176-16", "p176-09"), ("p176-18", "p176-17"), ("p176-20", "p176-17"),
        ("p176-24", "p176-22"), ("p176-26", "p176-23"), ("p176-27", "p176-23"), ("p176-29", "p176-19"),
        ("p176-31", "p176-17"), ("p176-32", "p176-17"), ("p176-32", "p176-22"), ("p176-32", "p176-31"),
        ("p176-34", "p176-33"), ("p176-37", "p176-36"), ("p176-39", "p176-36"), ("p176-41", "p176-33"),
        ("p176-43", "p176-36"), ("p176-43", "p176-39"), ("p176-44", "p176-33"), ("p176-44", "p176-41"),
        ("p176-47", "p176-36"), ("p176-47", "p176-39"), ("p176-48", "p176-33"), ("p176-48", "p176-41"),
        ("p176-48", "p176-45"),
    }  # fmt: skip
    assert shared == {
        ("p176-01", "p176-02"), ("p176-01", "p176-04"), ("p176-01", "p176-08"), ("p176-02", "p176-03"),
        ("p176-02", "p176-04"), ("p176-02", "p176-07"), ("p176-02", "p176-08"), ("p176-02", "p176-13"),
        ("p176-03", "p176-07"), ("p176-03", "p176-13"), ("p176-04", "p176-08"), ("p176-07", "p176-13"),
        ("p176-09", "p176-10"), ("p176-09", "p176-12"), ("p176-09", "p176-16"), ("p176-10", "p176-12"),
        ("p176-10", "p176-16"), ("p176-12", "p176-16"), ("p176-13", "p176-14"), ("p176-17", "p176-18"),
        ("p176-17", "p176-20"), ("p176-17", "p176-31"), ("p176-17", "p176-32"), ("p176-18", "p176-20"),
        ("p176-18", "p176-26"), ("p176-18", "p176-31"), ("p176-18", "p176-32"), ("p176-20", "p176-31"),
        ("p176-20", "p176-32"), ("p176-23", "p176-27"), ("p176-31", "p176-32"), ("p176-33", "p176-34"),
        ("p176-33", "p176-41"), ("p176-33", "p176-44"), ("p176-33", "p176-48"), ("p176-34", "p176-41"),
        ("p176-34", "p176-44"), ("p176-34", "p176-48"), ("p176-39", "p176-43"), ("p176-39", "p176-47"),
        ("p176-41", "p176-44"), ("p176-41", "p176-48"), ("p176-43", "p176-47"), ("p176-44", "p176-48"),
    }  # fmt: skip



def test_the_hundred_and_seventy_seventh_probes_of_traffic_forecasting_dairy_genomics_and_cricket() -> None:
    # 48 abstracts (two untitled), written and read as file 175: of the writer's 33 builds-on pairs every one,
    # 1 false ("WinCast has been criticised for ignoring venue and toss effects"); of 58 shared pairs 44, none
    # false. Now every builds-on pair, none false. Missed: Cricsheet ball-by-ball data and ESPNcricinfo
    # Statsguru, named with no noun of data, and PeMSD8 by one user
    builds_on, shared = _loaded_pairs("other-fields-probes-177.jsonl")
    assert builds_on == {
        ("p177-03", "p177-02"), ("p177-04", "p177-02"), ("p177-05", "p177-02"), ("p177-05", "p177-04"),
        ("p177-08", "p177-02"), ("p177-08", "p177-04"), ("p177-09", "p177-08"), ("p177-12", "p177-02"),
        ("p177-13", "p177-02"), ("p177-13", "p177-04"), ("p177-14", "p177-08"), ("p177-14", "p177-13"),
        ("p177-15", "p177-04"), ("p177-15", "p177-08"), ("p177-19", "p177-18"), ("p177-22", "p177-20"),
        ("p177-23", "p177-20"), ("p177-26", "p177-24"), ("p177-28", "p177-20"), ("p177-29", "p177-18"),
        ("p177-29", "p177-24"), ("p177-29", "p177-28"), ("p177-31", "p177-28"), ("p177-35", "p177-34"),
        ("p177-37", "p177-34"), ("p177-38", "p177-37"), ("p177-41", "p177-40"), ("p177-43", "p177-37"),
        ("p177-45", "p177-40"), ("p177-46", "p177-40"), ("p177-46", "p177-45"), ("p177-47", "p177-34"),
        ("p177-47", "p177-37"),
    }  # fmt: skip
    assert shared == {
        ("p177-02", "p177-03"), ("p177-02", "p177-07"), ("p177-02", "p177-08"), ("p177-02", "p177-11"),
        ("p177-02", "p177-12"), ("p177-02", "p177-13"), ("p177-03", "p177-08"), ("p177-03", "p177-12"),
        ("p177-04", "p177-05"), ("p177-04", "p177-08"), ("p177-04", "p177-13"), ("p177-04", "p177-15"),
        ("p177-05", "p177-08"), ("p177-05", "p177-13"), ("p177-05", "p177-15"), ("p177-07", "p177-11"),
        ("p177-07", "p177-13"), ("p177-08", "p177-12"), ("p177-08", "p177-13"), ("p177-08", "p177-15"),
        ("p177-11", "p177-13"), ("p177-13", "p177-15"), ("p177-18", "p177-19"), ("p177-18", "p177-29"),
        ("p177-19", "p177-29"), ("p177-20", "p177-23"), ("p177-20", "p177-28"), ("p177-20", "p177-29"),
        ("p177-20", "p177-30"), ("p177-23", "p177-28"), ("p177-23", "p177-29"), ("p177-23", "p177-30"),
        ("p177-28", "p177-29"), ("p177-28", "p177-30"), ("p177-29", "p177-30"), ("p177-33", "p177-36"),
        ("p177-33", "p177-48"), ("p177-36", "p177-48"), ("p177-40", "p177-41"), ("p177-40", "p177-45"),
        ("p177-40", "p177-46"), ("p177-41", "p177-45"), ("p177-41", "p177-46"), ("p177-45", "p177-46"),
    }  # fmt: skip



def test_the_hundred_and_seventy_eighth_probes_of_llm_benchmarks_stroke_therapy_and_maya_glyphs() -> None:
    # 48 abstracts (two untitled), written on 6 December (eleventh) by a session kept from the code and read
    # first with the rules of 4cf61f8: of the writer's 33 builds-on pairs 29, 1 false; of 49 shared pairs 38,
    # 4 false ("ContamiScope: Detecting Benchmark Contamination in Pretraining Corpora" read as data: a title
    # saying what the thing detects names a tool). Now 29 and 38, 1 and 3 false. Left false: ReHome, a Swedish
    # grant programme, taken for the ReHOME cohort of Queensland, one name in two spellings in one field.
    # Missed: the YDC, an acronym of three capitals another paper spells otherwise, by some users (written
    # alone, such an acronym needs its spelling, a data word or a citation beside it), "ArmTrack v2.0 [18]"
    # with the first's paper too, SSNAP and Riksstroke by some users
    builds_on, shared = _loaded_pairs("other-fields-probes-178.jsonl")
    assert builds_on == {
        ("p178-03", "p178-01"), ("p178-05", "p178-01"), ("p178-05", "p178-02"), ("p178-06", "p178-01"),
        ("p178-06", "p178-02"), ("p178-08", "p178-04"), ("p178-09", "p178-04"), ("p178-11", "p178-10"),
        ("p178-14", "p178-04"), ("p178-14", "p178-09"), ("p178-15", "p178-10"), ("p178-19", "p178-17"),
        ("p178-20", "p178-18"), ("p178-24", "p178-21"), ("p178-25", "p178-18"), ("p178-25", "p178-24"),
        ("p178-27", "p178-17"), ("p178-27", "p178-18"), ("p178-30", "p178-18"), ("p178-36", "p178-35"),
        ("p178-38", "p178-33"), ("p178-39", "p178-33"), ("p178-40", "p178-38"), ("p178-42", "p178-33"),
        ("p178-42", "p178-35"), ("p178-44", "p178-38"), ("p178-46", "p178-35"), ("p178-48", "p178-38"),
        ("p178-48", "p178-44"),
        # FALSE: ReHome, a grant programme, is not the ReHOME cohort
        ("p178-23", "p178-17"),
        # the segmented sign images of YDC 2.0: items of data before a short acronym say it is the data
        ("p178-44", "p178-33"),
        # (since 7 December, seventeenth: "From the YDC (Cuevas Rivero et al., ...)", a short acronym cited by
        # authors and year)
        ("p178-36", "p178-33"),
    }  # fmt: skip
    assert shared == {
        ("p178-01", "p178-03"), ("p178-01", "p178-05"), ("p178-01", "p178-06"), ("p178-02", "p178-05"),
        ("p178-03", "p178-05"), ("p178-03", "p178-06"), ("p178-03", "p178-16"), ("p178-04", "p178-08"),
        ("p178-04", "p178-09"), ("p178-04", "p178-14"), ("p178-05", "p178-06"), ("p178-05", "p178-07"),
        ("p178-05", "p178-16"), ("p178-07", "p178-16"), ("p178-08", "p178-09"), ("p178-08", "p178-14"),
        ("p178-09", "p178-14"), ("p178-10", "p178-11"), ("p178-12", "p178-15"), ("p178-17", "p178-19"),
        ("p178-17", "p178-27"), ("p178-19", "p178-27"), ("p178-33", "p178-38"), ("p178-33", "p178-39"),
        ("p178-33", "p178-42"), ("p178-34", "p178-35"), ("p178-34", "p178-41"), ("p178-34", "p178-45"),
        ("p178-35", "p178-41"), ("p178-35", "p178-45"), ("p178-37", "p178-40"), ("p178-37", "p178-43"),
        ("p178-38", "p178-39"), ("p178-38", "p178-42"), ("p178-39", "p178-42"), ("p178-40", "p178-43"),
        ("p178-41", "p178-45"), ("p178-46", "p178-48"),
        # FALSE: the same
        ("p178-17", "p178-23"), ("p178-19", "p178-23"), ("p178-23", "p178-27"),
        ("p178-33", "p178-44"),
        ("p178-38", "p178-44"),
        ("p178-39", "p178-44"),
        ("p178-42", "p178-44"),
        ("p178-33", "p178-36"),
        ("p178-36", "p178-38"),
        ("p178-36", "p178-39"),
        ("p178-36", "p178-42"),
        ("p178-36", "p178-44"),
    }  # fmt: skip



def test_the_hundred_and_seventy_ninth_probes_of_seismic_hazard_veterinary_anaesthesia_and_japanese() -> None:
    # 48 abstracts (two untitled), written and read as file 178: of the writer's 31 builds-on pairs 30, 1
    # false; of 54 shared pairs 49, 8 false. "existing digital corpora of the era, such as TMFC, which covers
    # general-interest and literary magazines, exclude them by design" and "Quantitative studies of modern
    # Japanese literature have largely relied on canonical works ... made freely available by Aozora Bunko"
    # then used what they name; "a major update of the stylometric toolkit we released in 2011" went unread.
    # Now every builds-on pair and 49 shared, none false. Missed: the ESM database, SAVSNET, NDL Digital
    # Collections and the Prange Collection by some users
    builds_on, shared = _loaded_pairs("other-fields-probes-179.jsonl")
    assert builds_on == {
        ("p179-02", "p179-01"), ("p179-04", "p179-03"), ("p179-07", "p179-01"), ("p179-07", "p179-03"),
        ("p179-07", "p179-06"), ("p179-09", "p179-06"), ("p179-11", "p179-01"), ("p179-11", "p179-03"),
        ("p179-15", "p179-13"), ("p179-16", "p179-01"), ("p179-16", "p179-03"), ("p179-18", "p179-17"),
        ("p179-20", "p179-19"), ("p179-23", "p179-22"), ("p179-25", "p179-19"), ("p179-27", "p179-22"),
        ("p179-28", "p179-17"), ("p179-31", "p179-22"), ("p179-31", "p179-27"), ("p179-32", "p179-17"),
        ("p179-34", "p179-33"), ("p179-37", "p179-36"), ("p179-40", "p179-39"), ("p179-41", "p179-33"),
        ("p179-41", "p179-39"), ("p179-44", "p179-36"), ("p179-45", "p179-36"), ("p179-45", "p179-39"),
        ("p179-47", "p179-39"), ("p179-47", "p179-43"), ("p179-48", "p179-33"),
    }  # fmt: skip
    assert shared == {
        ("p179-01", "p179-02"), ("p179-01", "p179-07"), ("p179-01", "p179-11"), ("p179-01", "p179-16"),
        ("p179-02", "p179-07"), ("p179-02", "p179-11"), ("p179-02", "p179-16"), ("p179-03", "p179-04"),
        ("p179-06", "p179-08"), ("p179-06", "p179-09"), ("p179-07", "p179-11"), ("p179-07", "p179-16"),
        ("p179-08", "p179-09"), ("p179-11", "p179-16"), ("p179-13", "p179-15"), ("p179-14", "p179-15"),
        ("p179-17", "p179-18"), ("p179-17", "p179-28"), ("p179-17", "p179-32"), ("p179-18", "p179-28"),
        ("p179-18", "p179-32"), ("p179-28", "p179-32"), ("p179-33", "p179-34"), ("p179-33", "p179-41"),
        ("p179-33", "p179-48"), ("p179-34", "p179-41"), ("p179-34", "p179-48"), ("p179-36", "p179-37"),
        ("p179-36", "p179-38"), ("p179-36", "p179-44"), ("p179-36", "p179-45"), ("p179-37", "p179-38"),
        ("p179-37", "p179-44"), ("p179-37", "p179-45"), ("p179-38", "p179-44"), ("p179-38", "p179-45"),
        ("p179-39", "p179-40"), ("p179-39", "p179-41"), ("p179-39", "p179-45"), ("p179-39", "p179-47"),
        ("p179-40", "p179-41"), ("p179-40", "p179-45"), ("p179-40", "p179-47"), ("p179-41", "p179-45"),
        ("p179-41", "p179-47"), ("p179-41", "p179-48"), ("p179-43", "p179-47"), ("p179-44", "p179-45"),
        ("p179-45", "p179-47"),
        # ESM: items of data before a short acronym
        ("p179-10", "p179-16"),
        ("p179-10", "p179-11"),
    }  # fmt: skip



def test_the_hundred_and_eightieth_probes_of_federated_learning_tea_breeding_and_bankruptcy() -> None:
    # 48 abstracts (two untitled), written and read as file 178: every one of the writer's 33 builds-on pairs,
    # none false; of 60 shared pairs 35, none false. Missed then: "The Nordic SME Insolvency Panel: a
    # harmonised dataset of ..." read as a method from "We introduce the Nordic SME Insolvency Panel (NSIP),
    # which links ...". Now 41 shared, none false. Missed: the core collection CsCore-384 and the Shuchazao
    # reference genome by their users, the Stack Overflow dataset by one
    builds_on, shared = _loaded_pairs("other-fields-probes-180.jsonl")
    assert builds_on == {
        ("p180-05", "p180-02"), ("p180-07", "p180-03"), ("p180-07", "p180-06"), ("p180-09", "p180-02"),
        ("p180-09", "p180-03"), ("p180-10", "p180-02"), ("p180-12", "p180-06"), ("p180-14", "p180-03"),
        ("p180-14", "p180-09"), ("p180-15", "p180-02"), ("p180-15", "p180-06"), ("p180-18", "p180-17"),
        ("p180-19", "p180-17"), ("p180-21", "p180-17"), ("p180-21", "p180-19"), ("p180-23", "p180-19"),
        ("p180-23", "p180-20"), ("p180-26", "p180-17"), ("p180-26", "p180-19"), ("p180-27", "p180-19"),
        ("p180-28", "p180-20"), ("p180-30", "p180-27"), ("p180-31", "p180-20"), ("p180-35", "p180-34"),
        ("p180-37", "p180-36"), ("p180-40", "p180-34"), ("p180-41", "p180-36"), ("p180-42", "p180-40"),
        ("p180-43", "p180-36"), ("p180-43", "p180-42"), ("p180-45", "p180-42"), ("p180-47", "p180-40"),
        ("p180-47", "p180-42"),
    }  # fmt: skip
    assert shared == {
        ("p180-01", "p180-02"), ("p180-01", "p180-03"), ("p180-01", "p180-09"), ("p180-01", "p180-10"),
        ("p180-01", "p180-14"), ("p180-02", "p180-03"), ("p180-02", "p180-09"), ("p180-02", "p180-10"),
        ("p180-02", "p180-14"), ("p180-03", "p180-09"), ("p180-03", "p180-16"), ("p180-06", "p180-07"),
        ("p180-06", "p180-12"), ("p180-06", "p180-15"), ("p180-07", "p180-12"), ("p180-07", "p180-15"),
        ("p180-08", "p180-12"), ("p180-10", "p180-14"), ("p180-12", "p180-15"), ("p180-24", "p180-25"),
        ("p180-24", "p180-32"), ("p180-25", "p180-32"), ("p180-33", "p180-34"), ("p180-33", "p180-35"),
        ("p180-33", "p180-40"), ("p180-33", "p180-47"), ("p180-34", "p180-35"), ("p180-34", "p180-38"),
        ("p180-34", "p180-40"), ("p180-34", "p180-47"), ("p180-35", "p180-40"), ("p180-35", "p180-47"),
        ("p180-36", "p180-37"), ("p180-36", "p180-41"), ("p180-36", "p180-43"), ("p180-37", "p180-41"),
        ("p180-37", "p180-43"), ("p180-38", "p180-40"), ("p180-40", "p180-44"), ("p180-40", "p180-47"),
        ("p180-41", "p180-43"),
    }  # fmt: skip



def test_the_hundred_and_eighty_first_probes_of_speech_recognition_neonatal_sepsis_and_coins() -> None:
    # 48 abstracts (two untitled), written on 6 December (eleventh) by a session kept from the code and read
    # first with the rules of 854f439: of the writer's 29 builds-on pairs 27, 1 false ("Sesotho is not among
    # the languages of the BantuVox-200 corpus"); of 39 shared pairs 36, 3 false (the same). Now 27 and 36,
    # none false. Missed: "We established the Tracking Epidemiology of Sepsis and Serious bacterial infection
    # in East African Regions (TESSERA) cohort", whose acronym its long form does not spell in order, by its
    # users; the Lwazi corpus, the Babel isiZulu pack and LIMES-HD 2.0 by some users
    builds_on, shared = _loaded_pairs("other-fields-probes-181.jsonl")
    assert builds_on == {
        ("p181-03", "p181-01"), ("p181-03", "p181-02"), ("p181-04", "p181-01"), ("p181-05", "p181-02"),
        ("p181-07", "p181-05"), ("p181-09", "p181-02"), ("p181-10", "p181-01"), ("p181-10", "p181-09"),
        ("p181-11", "p181-05"), ("p181-13", "p181-05"), ("p181-15", "p181-09"), ("p181-20", "p181-17"),
        ("p181-25", "p181-20"), ("p181-27", "p181-20"), ("p181-28", "p181-23"), ("p181-29", "p181-23"),
        ("p181-29", "p181-28"), ("p181-31", "p181-20"), ("p181-35", "p181-33"), ("p181-40", "p181-33"),
        ("p181-40", "p181-39"), ("p181-42", "p181-36"), ("p181-42", "p181-39"), ("p181-43", "p181-33"),
        ("p181-45", "p181-36"), ("p181-46", "p181-39"), ("p181-47", "p181-43"),
    }  # fmt: skip
    assert shared == {
        ("p181-02", "p181-03"), ("p181-02", "p181-05"), ("p181-02", "p181-09"), ("p181-03", "p181-05"),
        ("p181-03", "p181-09"), ("p181-04", "p181-14"), ("p181-05", "p181-07"), ("p181-05", "p181-09"),
        ("p181-05", "p181-15"), ("p181-07", "p181-15"), ("p181-09", "p181-10"), ("p181-09", "p181-15"),
        ("p181-10", "p181-12"), ("p181-10", "p181-15"), ("p181-17", "p181-19"), ("p181-17", "p181-20"),
        ("p181-17", "p181-32"), ("p181-18", "p181-26"), ("p181-19", "p181-20"), ("p181-19", "p181-32"),
        ("p181-20", "p181-32"), ("p181-22", "p181-23"), ("p181-22", "p181-28"), ("p181-23", "p181-28"),
        ("p181-33", "p181-35"), ("p181-33", "p181-40"), ("p181-33", "p181-43"), ("p181-34", "p181-41"),
        ("p181-34", "p181-46"), ("p181-35", "p181-40"), ("p181-35", "p181-43"), ("p181-40", "p181-43"),
        ("p181-41", "p181-46"), ("p181-41", "p181-47"), ("p181-41", "p181-48"), ("p181-47", "p181-48"),
        # "LIMES-HD 2.0: extending the Limes Hoard Database to the fourth century ...", data (7 December,
        # thirteenth)
        ("p181-43", "p181-47"),
    }  # fmt: skip



def test_the_hundred_and_eighty_second_probes_of_battery_health_child_maltreatment_and_opera() -> None:
    # 48 abstracts (two untitled), written and read as file 181: every one of the writer's 32 builds-on pairs,
    # none false; of 55 shared pairs 27, none false. Missed: data named by their authors ("the Severson et al.
    # (2019) dataset"), CALCE and NASA PCoE battery data, RISM, Sartori's catalogue and Corago by some users
    builds_on, shared = _loaded_pairs("other-fields-probes-182.jsonl")
    assert builds_on == {
        ("p182-03", "p182-02"), ("p182-03", "p182-09"), ("p182-05", "p182-04"), ("p182-06", "p182-04"),
        ("p182-10", "p182-02"), ("p182-10", "p182-09"), ("p182-11", "p182-04"), ("p182-12", "p182-02"),
        ("p182-12", "p182-04"), ("p182-14", "p182-02"), ("p182-14", "p182-13"), ("p182-16", "p182-09"),
        ("p182-19", "p182-18"), ("p182-22", "p182-21"), ("p182-23", "p182-25"), ("p182-26", "p182-25"),
        ("p182-27", "p182-21"), ("p182-28", "p182-18"), ("p182-28", "p182-25"), ("p182-32", "p182-27"),
        ("p182-35", "p182-34"), ("p182-37", "p182-38"), ("p182-38", "p182-34"), ("p182-40", "p182-34"),
        ("p182-40", "p182-41"), ("p182-43", "p182-41"), ("p182-44", "p182-34"), ("p182-44", "p182-38"),
        ("p182-46", "p182-44"), ("p182-46", "p182-45"), ("p182-48", "p182-34"), ("p182-48", "p182-41"),
    }  # fmt: skip
    assert shared == {
        ("p182-02", "p182-03"), ("p182-02", "p182-10"), ("p182-02", "p182-12"), ("p182-02", "p182-14"),
        ("p182-03", "p182-10"), ("p182-03", "p182-12"), ("p182-03", "p182-14"), ("p182-05", "p182-06"),
        ("p182-05", "p182-09"), ("p182-06", "p182-09"), ("p182-10", "p182-12"), ("p182-10", "p182-14"),
        ("p182-12", "p182-14"), ("p182-18", "p182-19"), ("p182-18", "p182-28"), ("p182-19", "p182-28"),
        ("p182-20", "p182-28"), ("p182-34", "p182-38"), ("p182-34", "p182-40"), ("p182-34", "p182-44"),
        ("p182-34", "p182-48"), ("p182-38", "p182-40"), ("p182-38", "p182-44"), ("p182-38", "p182-48"),
        ("p182-40", "p182-44"), ("p182-40", "p182-48"), ("p182-44", "p182-48"),
    }  # fmt: skip



def test_the_hundred_and_eighty_third_probes_of_point_clouds_coral_reefs_and_ottoman_registers() -> None:
    # 48 abstracts (two untitled), written and read as file 181: every one of the writer's 36 builds-on pairs,
    # 3 false; of 38 shared pairs 29, 60 false: "a database of settlements and revenues drawn from Ottoman
    # mufassal tahrir registers" made "Ottoman" data every paper on Ottoman history shared (a word in title
    # case before a common noun's words describes the noun), and "the Seychelles Patch Reef Census (SPARC)"
    # gave a reef survey the name of a point-cloud network a paper presents. Also "PaleCard-6 (Shapiro-Levi et
    # al., 2012), has been criticised for". Now every builds-on pair, 2 false, and 27 shared, 3 false. Left
    # false: "Because the Mascarene Reef Transect Database (MaRTD; Ramsurrun et al., 2021) does not extend to
    # the Chagos Archipelago", its acronym in the bracket still read as used. Missed: S3DIS, SemanticKITTI and
    # the Arvanid register by some users
    builds_on, shared = _loaded_pairs("other-fields-probes-183.jsonl")
    assert builds_on == {
        ("p183-02", "p183-01"), ("p183-05", "p183-01"), ("p183-07", "p183-04"), ("p183-08", "p183-01"),
        ("p183-08", "p183-02"), ("p183-10", "p183-02"), ("p183-10", "p183-08"), ("p183-11", "p183-04"),
        ("p183-13", "p183-08"), ("p183-14", "p183-02"), ("p183-14", "p183-04"), ("p183-14", "p183-08"),
        ("p183-15", "p183-04"), ("p183-19", "p183-17"), ("p183-21", "p183-20"), ("p183-24", "p183-20"),
        ("p183-24", "p183-23"), ("p183-27", "p183-23"), ("p183-28", "p183-17"), ("p183-30", "p183-17"),
        ("p183-30", "p183-20"), ("p183-30", "p183-28"), ("p183-32", "p183-23"), ("p183-36", "p183-33"),
        ("p183-36", "p183-35"), ("p183-37", "p183-35"), ("p183-39", "p183-33"), ("p183-41", "p183-35"),
        ("p183-41", "p183-39"), ("p183-44", "p183-33"), ("p183-44", "p183-39"), ("p183-45", "p183-33"),
        ("p183-45", "p183-35"), ("p183-45", "p183-44"), ("p183-47", "p183-39"), ("p183-48", "p183-35"),
        # FALSE: MaRTD in its bracket, after a reason the paper did without it
        ("p183-29", "p183-17"),
        # FALSE: the same, by its citation
        ("p183-29", "p183-28"),
    }  # fmt: skip
    assert shared == {
        ("p183-02", "p183-08"), ("p183-02", "p183-10"), ("p183-02", "p183-14"), ("p183-05", "p183-10"),
        ("p183-05", "p183-12"), ("p183-08", "p183-10"), ("p183-08", "p183-14"), ("p183-10", "p183-12"),
        ("p183-10", "p183-14"), ("p183-13", "p183-15"), ("p183-17", "p183-19"), ("p183-17", "p183-28"),
        ("p183-17", "p183-30"), ("p183-19", "p183-28"), ("p183-19", "p183-29"), ("p183-19", "p183-30"),
        ("p183-28", "p183-30"), ("p183-33", "p183-36"), ("p183-33", "p183-39"), ("p183-33", "p183-44"),
        ("p183-33", "p183-45"), ("p183-36", "p183-39"), ("p183-36", "p183-44"), ("p183-36", "p183-45"),
        ("p183-39", "p183-44"), ("p183-39", "p183-45"), ("p183-44", "p183-45"),
        # FALSE: the same
        ("p183-17", "p183-29"), ("p183-28", "p183-29"), ("p183-29", "p183-30"),
    }  # fmt: skip



def test_the_hundred_and_eighty_fourth_probes_of_vision_language_transit_ridership_and_irish_music() -> None:
    # 48 abstracts (two untitled), written on 7 December (the eleventh session's last batch) by a session kept
    # from the code and read first with the rules of 4cd15df: of the writer's 32 builds-on pairs 30, 1 false;
    # of 58 shared pairs 40, 5 false, all of one sentence: "separating these margins would require individual-
    # level panels such as Stockholm's TAPS, which do not exist for US agencies" (what a study would need, an
    # example after a place's possessive). Now 30 and 40, none false. Missed: the Foinse corpus's users with
    # its second release's (one resource to this writer), O'Neill's Music of Ireland and thesession.org
    # (Visual Genome since 7 December, thirteenth: "Images were sampled from Visual Genome")
    builds_on, shared = _loaded_pairs("other-fields-probes-184.jsonl")
    assert builds_on == {
        ("p184-03", "p184-01"), ("p184-05", "p184-03"), ("p184-06", "p184-01"), ("p184-06", "p184-03"),
        ("p184-06", "p184-05"), ("p184-08", "p184-03"), ("p184-08", "p184-05"), ("p184-09", "p184-03"),
        ("p184-10", "p184-01"), ("p184-13", "p184-06"), ("p184-15", "p184-01"), ("p184-16", "p184-05"),
        ("p184-20", "p184-18"), ("p184-22", "p184-21"), ("p184-23", "p184-18"), ("p184-25", "p184-18"),
        ("p184-27", "p184-25"), ("p184-29", "p184-18"), ("p184-29", "p184-21"), ("p184-30", "p184-25"),
        ("p184-32", "p184-21"), ("p184-36", "p184-34"), ("p184-38", "p184-36"), ("p184-39", "p184-34"),
        ("p184-41", "p184-39"), ("p184-44", "p184-36"), ("p184-46", "p184-36"), ("p184-46", "p184-42"),
        ("p184-48", "p184-39"), ("p184-48", "p184-42"),
    }  # fmt: skip
    assert shared == {
        ("p184-01", "p184-03"), ("p184-01", "p184-06"), ("p184-01", "p184-10"), ("p184-01", "p184-15"),
        ("p184-02", "p184-03"), ("p184-02", "p184-09"), ("p184-03", "p184-06"), ("p184-03", "p184-09"),
        ("p184-03", "p184-10"), ("p184-03", "p184-15"), ("p184-05", "p184-06"), ("p184-05", "p184-08"),
        ("p184-05", "p184-16"), ("p184-06", "p184-08"), ("p184-06", "p184-10"), ("p184-06", "p184-15"),
        ("p184-06", "p184-16"), ("p184-08", "p184-16"), ("p184-09", "p184-14"), ("p184-10", "p184-15"),
        ("p184-11", "p184-12"), ("p184-17", "p184-24"), ("p184-17", "p184-26"), ("p184-18", "p184-20"),
        ("p184-18", "p184-23"), ("p184-18", "p184-25"), ("p184-18", "p184-29"), ("p184-20", "p184-23"),
        ("p184-20", "p184-25"), ("p184-20", "p184-29"), ("p184-23", "p184-25"), ("p184-23", "p184-29"),
        ("p184-24", "p184-26"), ("p184-25", "p184-29"), ("p184-34", "p184-36"), ("p184-34", "p184-39"),
        ("p184-36", "p184-39"), ("p184-42", "p184-46"), ("p184-42", "p184-48"), ("p184-46", "p184-48"),
        ("p184-02", "p184-04"),
        ("p184-02", "p184-05"),
        ("p184-04", "p184-05"),
    }  # fmt: skip



def test_the_hundred_and_eighty_fifth_probes_of_retinal_imaging_irrigation_and_chinese_history() -> None:
    # 48 abstracts (two untitled), written and read as file 184, one field Chinese economic history (the word
    # that once made false edges): of the writer's 27 builds-on pairs 26, none false; of 45 shared pairs 39, 2
    # false: "ImageNet-pretrained ResNet-50 ... baselines", weights others learnt on ImageNet, by which two
    # papers share no data (7 December; the papers still use ImageNet). Missed: "both rounds of the Indus
    # Basin Farm Water Survey" with the second round's paper; APTOS 2019, IMD rainfall, GRACE, AmeriFlux and
    # the Maritime Customs returns by some users
    builds_on, shared = _loaded_pairs("other-fields-probes-185.jsonl")
    assert builds_on == {
        ("p185-05", "p185-04"), ("p185-06", "p185-02"), ("p185-09", "p185-07"), ("p185-10", "p185-02"),
        ("p185-11", "p185-04"), ("p185-11", "p185-07"), ("p185-14", "p185-07"), ("p185-15", "p185-02"),
        ("p185-15", "p185-07"), ("p185-20", "p185-19"), ("p185-24", "p185-21"), ("p185-26", "p185-23"),
        ("p185-27", "p185-19"), ("p185-29", "p185-19"), ("p185-29", "p185-21"), ("p185-30", "p185-25"),
        ("p185-31", "p185-23"), ("p185-36", "p185-35"), ("p185-39", "p185-38"), ("p185-42", "p185-40"),
        ("p185-43", "p185-35"), ("p185-44", "p185-35"), ("p185-44", "p185-38"), ("p185-44", "p185-43"),
        ("p185-47", "p185-38"), ("p185-48", "p185-40"),
    }  # fmt: skip
    assert shared == {
        ("p185-01", "p185-02"), ("p185-01", "p185-06"), ("p185-01", "p185-12"), ("p185-02", "p185-06"),
        ("p185-02", "p185-12"), ("p185-03", "p185-04"), ("p185-03", "p185-05"), ("p185-03", "p185-07"),
        ("p185-04", "p185-05"), ("p185-04", "p185-11"), ("p185-05", "p185-07"), ("p185-05", "p185-08"),
        ("p185-05", "p185-11"), ("p185-06", "p185-12"), ("p185-07", "p185-09"), ("p185-07", "p185-15"),
        ("p185-09", "p185-15"), ("p185-19", "p185-20"), ("p185-19", "p185-27"), ("p185-19", "p185-29"),
        ("p185-20", "p185-27"), ("p185-20", "p185-29"), ("p185-25", "p185-30"), ("p185-27", "p185-29"),
        ("p185-31", "p185-32"), ("p185-33", "p185-40"), ("p185-33", "p185-42"), ("p185-33", "p185-48"),
        ("p185-34", "p185-46"), ("p185-35", "p185-36"), ("p185-35", "p185-43"), ("p185-35", "p185-44"),
        ("p185-36", "p185-43"), ("p185-36", "p185-44"), ("p185-37", "p185-44"), ("p185-40", "p185-42"),
        ("p185-40", "p185-48"), ("p185-42", "p185-48"), ("p185-43", "p185-44"),
    }  # fmt: skip



def test_the_hundred_and_eighty_sixth_probes_of_force_fields_teen_surveys_and_language_trees() -> None:
    # 48 abstracts (two untitled), written and read as file 184, one field Bayesian phylogenetics of
    # languages: of the writer's 37 builds-on pairs 35, 2 false; of 42 shared pairs 32, none false. "Most such
    # studies, including those using TraitWeaver, condition on ...; this two-step approach has been
    # criticised" then used TraitWeaver. Now 35, 1 false, and 32. Left false: "version 2 of the Stochastic
    # Dollo with Lateral Transfer model" sent to the first SDLT, not SDLT 2. Missed: the Brazilian Portuguese
    # version of the ALBS-14 with its adapters' paper, BantuCog's users with its second release's, HBSC,
    # Young-HUNT and the Pelotas cohort by some users
    builds_on, shared = _loaded_pairs("other-fields-probes-186.jsonl")
    assert builds_on == {
        ("p186-02", "p186-01"), ("p186-03", "p186-01"), ("p186-04", "p186-03"), ("p186-05", "p186-01"),
        ("p186-07", "p186-03"), ("p186-08", "p186-01"), ("p186-08", "p186-03"), ("p186-10", "p186-08"),
        ("p186-11", "p186-10"), ("p186-14", "p186-08"), ("p186-14", "p186-10"), ("p186-15", "p186-14"),
        ("p186-16", "p186-14"), ("p186-18", "p186-17"), ("p186-19", "p186-18"), ("p186-24", "p186-17"),
        ("p186-24", "p186-18"), ("p186-25", "p186-22"), ("p186-26", "p186-18"), ("p186-28", "p186-23"),
        ("p186-30", "p186-18"), ("p186-31", "p186-22"), ("p186-32", "p186-18"), ("p186-32", "p186-31"),
        ("p186-34", "p186-33"), ("p186-37", "p186-35"), ("p186-38", "p186-33"), ("p186-40", "p186-38"),
        ("p186-42", "p186-38"), ("p186-42", "p186-39"), ("p186-42", "p186-41"), ("p186-44", "p186-35"),
        ("p186-47", "p186-39"), ("p186-47", "p186-44"), ("p186-48", "p186-47"),
        # FALSE: 'version 2 of the Stochastic Dollo with Lateral Transfer model' is SDLT 2
        ("p186-45", "p186-35"),
    }  # fmt: skip
    assert shared == {
        ("p186-01", "p186-02"), ("p186-01", "p186-03"), ("p186-01", "p186-05"), ("p186-01", "p186-08"),
        ("p186-02", "p186-03"), ("p186-02", "p186-05"), ("p186-02", "p186-08"), ("p186-03", "p186-05"),
        ("p186-03", "p186-08"), ("p186-05", "p186-08"), ("p186-07", "p186-10"), ("p186-07", "p186-14"),
        ("p186-07", "p186-15"), ("p186-10", "p186-14"), ("p186-10", "p186-15"), ("p186-14", "p186-15"),
        ("p186-17", "p186-18"), ("p186-17", "p186-24"), ("p186-18", "p186-24"), ("p186-33", "p186-34"),
        ("p186-33", "p186-38"), ("p186-34", "p186-38"), ("p186-35", "p186-37"), ("p186-35", "p186-44"),
        ("p186-35", "p186-47"), ("p186-37", "p186-44"), ("p186-37", "p186-47"), ("p186-41", "p186-42"),
        ("p186-44", "p186-47"), ("p186-45", "p186-46"), ("p186-45", "p186-48"), ("p186-46", "p186-48"),
        # BantuCog 2.0's users, its number now read from "the second release of" (7 December, fifteenth)
        ("p186-38", "p186-40"),
        ("p186-38", "p186-42"),
        ("p186-40", "p186-42"),
    }  # fmt: skip



def test_the_hundred_and_eighty_seventh_probes_of_molecular_graphs_wastewater_and_byzantine_seals() -> None:
    # 48 abstracts of graph networks for molecular properties, wastewater epidemiology and Byzantine seals
    # (two untitled), written on 7 December by a session kept from the code, read first with that day's rules:
    # of the writer's 33 builds-on pairs 30, none false; of 51 shared pairs 32, none false. DANUBE-WW, the
    # long form set beside it; PEHM, spelt 'Population Estimation from Hydrochemical Markers' and cited as
    # 'the ... method of Kaur and colleagues (PEHM)'; 'the 1,148 specimens of the KSC'; 'the US National
    # Wastewater Surveillance System (NWSS)'. Now 33 and 46. Missed: PDBbind v2020 sets, the SCORE campaigns
    # and the Prosopography of the Byzantine World, named with no noun of data
    builds_on, shared = _loaded_pairs("other-fields-probes-187.jsonl")
    assert builds_on == {
        ("p187-02", "p187-01"), ("p187-05", "p187-03"), ("p187-06", "p187-01"), ("p187-09", "p187-06"),
        ("p187-10", "p187-07"), ("p187-11", "p187-01"), ("p187-11", "p187-06"), ("p187-12", "p187-01"),
        ("p187-13", "p187-03"), ("p187-13", "p187-07"), ("p187-14", "p187-01"), ("p187-16", "p187-03"),
        ("p187-16", "p187-06"), ("p187-19", "p187-18"), ("p187-23", "p187-21"), ("p187-24", "p187-18"),
        ("p187-24", "p187-23"), ("p187-27", "p187-21"), ("p187-27", "p187-23"), ("p187-30", "p187-26"),
        ("p187-32", "p187-21"), ("p187-32", "p187-23"), ("p187-34", "p187-33"), ("p187-37", "p187-36"),
        ("p187-40", "p187-36"), ("p187-40", "p187-39"), ("p187-42", "p187-33"), ("p187-43", "p187-42"),
        ("p187-44", "p187-33"), ("p187-45", "p187-36"), ("p187-45", "p187-39"), ("p187-47", "p187-42"),
        ("p187-48", "p187-45"),
    }  # fmt: skip
    assert shared == {
        ("p187-01", "p187-02"), ("p187-01", "p187-11"), ("p187-01", "p187-12"), ("p187-02", "p187-11"),
        ("p187-02", "p187-12"), ("p187-03", "p187-05"), ("p187-03", "p187-13"), ("p187-03", "p187-16"),
        ("p187-04", "p187-05"), ("p187-04", "p187-16"), ("p187-05", "p187-13"), ("p187-05", "p187-16"),
        ("p187-06", "p187-11"), ("p187-06", "p187-16"), ("p187-07", "p187-10"), ("p187-07", "p187-13"),
        ("p187-10", "p187-13"), ("p187-11", "p187-12"), ("p187-11", "p187-16"), ("p187-13", "p187-16"),
        ("p187-21", "p187-23"), ("p187-21", "p187-27"), ("p187-21", "p187-32"), ("p187-22", "p187-27"),
        ("p187-22", "p187-31"), ("p187-22", "p187-32"), ("p187-23", "p187-27"), ("p187-23", "p187-32"),
        ("p187-27", "p187-31"), ("p187-27", "p187-32"), ("p187-31", "p187-32"), ("p187-33", "p187-34"),
        ("p187-33", "p187-36"), ("p187-33", "p187-39"), ("p187-33", "p187-42"), ("p187-33", "p187-44"),
        ("p187-33", "p187-45"), ("p187-34", "p187-42"), ("p187-34", "p187-44"), ("p187-36", "p187-39"),
        ("p187-36", "p187-45"), ("p187-39", "p187-45"), ("p187-42", "p187-43"), ("p187-42", "p187-44"),
        ("p187-42", "p187-47"), ("p187-43", "p187-47"),
    }  # fmt: skip



def test_the_hundred_and_eighty_eighth_probes_of_anomaly_detection_orthodontics_and_sagas() -> None:
    # 48 abstracts of time-series anomaly detection, orthodontics and Old Norse sagas (two untitled), written
    # and read as file 187: of the writer's 36 builds-on pairs 35, none false; of 46 shared pairs 34, 3 false.
    # 'extracted from Vensl 2.0 for Íslendinga saga' named a 'Vensl 2.0 for Íslendinga'. Now 36 and 37, 3
    # false. Left false: PumpSense-42 v2 taken for the PumpSense-42 its users used (the writer keeps releases
    # apart). Missed: SMAP, MSL, SWaT and the ISBI 2015 challenge dataset, named before words of their kind;
    # the Dictionary of Old Norse Prose and the Skaldic Project
    builds_on, shared = _loaded_pairs("other-fields-probes-188.jsonl")
    assert builds_on == {
        ("p188-03", "p188-01"), ("p188-05", "p188-03"), ("p188-06", "p188-01"), ("p188-06", "p188-03"),
        ("p188-08", "p188-05"), ("p188-09", "p188-01"), ("p188-09", "p188-03"), ("p188-09", "p188-05"),
        ("p188-10", "p188-05"), ("p188-11", "p188-09"), ("p188-13", "p188-01"), ("p188-13", "p188-05"),
        ("p188-13", "p188-09"), ("p188-14", "p188-05"), ("p188-16", "p188-09"), ("p188-16", "p188-13"),
        ("p188-19", "p188-17"), ("p188-22", "p188-20"), ("p188-25", "p188-23"), ("p188-27", "p188-17"),
        ("p188-27", "p188-23"), ("p188-29", "p188-20"), ("p188-30", "p188-23"), ("p188-31", "p188-20"),
        ("p188-31", "p188-30"), ("p188-32", "p188-17"), ("p188-32", "p188-30"), ("p188-36", "p188-33"),
        ("p188-38", "p188-35"), ("p188-40", "p188-37"), ("p188-43", "p188-35"), ("p188-45", "p188-37"),
        ("p188-46", "p188-35"), ("p188-46", "p188-43"), ("p188-48", "p188-33"), ("p188-48", "p188-37"),
    }  # fmt: skip
    assert shared == {
        ("p188-01", "p188-03"), ("p188-01", "p188-06"), ("p188-01", "p188-09"), ("p188-01", "p188-13"),
        ("p188-03", "p188-06"), ("p188-03", "p188-09"), ("p188-03", "p188-13"), ("p188-04", "p188-10"),
        ("p188-05", "p188-09"), ("p188-05", "p188-11"), ("p188-06", "p188-09"), ("p188-06", "p188-13"),
        ("p188-07", "p188-14"), ("p188-09", "p188-11"), ("p188-09", "p188-13"), ("p188-09", "p188-14"),
        ("p188-09", "p188-16"), ("p188-13", "p188-16"), ("p188-14", "p188-16"), ("p188-17", "p188-19"),
        ("p188-17", "p188-27"), ("p188-17", "p188-32"), ("p188-19", "p188-27"), ("p188-19", "p188-32"),
        ("p188-25", "p188-30"), ("p188-27", "p188-32"), ("p188-33", "p188-36"), ("p188-33", "p188-48"),
        ("p188-35", "p188-38"), ("p188-35", "p188-43"), ("p188-35", "p188-46"), ("p188-36", "p188-48"),
        ("p188-37", "p188-42"), ("p188-38", "p188-43"), ("p188-38", "p188-46"), ("p188-40", "p188-44"),
        ("p188-43", "p188-46"),
        # releases of one dataset, one resource (the writer keeps them apart)
        ("p188-01", "p188-16"), ("p188-03", "p188-16"), ("p188-06", "p188-16"),
    }  # fmt: skip



def test_the_hundred_and_eighty_ninth_probes_of_offline_rl_chinese_herbs_and_bayesian_fisheries() -> None:
    # 48 abstracts of offline reinforcement learning, traditional Chinese herbal pharmacology and Bayesian
    # fisheries stock assessment (two untitled), written and read as file 187, two fields of the words
    # 'Chinese' and 'Bayesian': of the writer's 41 builds-on pairs 40, 3 false; of 46 shared pairs 44, 7
    # false, all through 'Discussion: Most offline reinforcement learning methods have been developed on ...
    # benchmarks such as D4RL and PALLET-1M'. Also 'SPRAT, for example, has been criticised for' and 'Because
    # the SQDS-12 was developed and validated only in adults'. Now 40 and 44, none false. Missed: 'the Release
    # 2 ... protocol' of PALLET-1M's second release, and two trawl surveys named with no noun of data before
    # them
    builds_on, shared = _loaded_pairs("other-fields-probes-189.jsonl")
    assert builds_on == {
        ("p189-02", "p189-01"), ("p189-05", "p189-02"), ("p189-06", "p189-02"), ("p189-06", "p189-03"),
        ("p189-08", "p189-01"), ("p189-08", "p189-02"), ("p189-08", "p189-05"), ("p189-10", "p189-05"),
        ("p189-12", "p189-01"), ("p189-12", "p189-02"), ("p189-14", "p189-03"), ("p189-15", "p189-02"),
        ("p189-15", "p189-05"), ("p189-16", "p189-05"), ("p189-18", "p189-17"), ("p189-19", "p189-18"),
        ("p189-22", "p189-21"), ("p189-24", "p189-17"), ("p189-25", "p189-17"), ("p189-25", "p189-18"),
        ("p189-25", "p189-24"), ("p189-27", "p189-18"), ("p189-30", "p189-29"), ("p189-31", "p189-21"),
        ("p189-32", "p189-17"), ("p189-32", "p189-29"), ("p189-36", "p189-33"), ("p189-38", "p189-35"),
        ("p189-40", "p189-33"), ("p189-41", "p189-33"), ("p189-41", "p189-37"), ("p189-41", "p189-40"),
        ("p189-43", "p189-35"), ("p189-44", "p189-37"), ("p189-45", "p189-35"), ("p189-45", "p189-43"),
        ("p189-46", "p189-35"), ("p189-46", "p189-43"), ("p189-48", "p189-33"), ("p189-48", "p189-40"),
    }  # fmt: skip
    assert shared == {
        ("p189-01", "p189-02"), ("p189-01", "p189-08"), ("p189-01", "p189-12"), ("p189-02", "p189-05"),
        ("p189-02", "p189-07"), ("p189-02", "p189-08"), ("p189-02", "p189-12"), ("p189-02", "p189-16"),
        ("p189-03", "p189-04"), ("p189-03", "p189-06"), ("p189-03", "p189-14"), ("p189-04", "p189-06"),
        ("p189-04", "p189-14"), ("p189-05", "p189-07"), ("p189-05", "p189-16"), ("p189-06", "p189-14"),
        ("p189-07", "p189-16"), ("p189-08", "p189-12"), ("p189-10", "p189-11"), ("p189-17", "p189-18"),
        ("p189-17", "p189-24"), ("p189-17", "p189-25"), ("p189-17", "p189-32"), ("p189-18", "p189-19"),
        ("p189-18", "p189-24"), ("p189-18", "p189-25"), ("p189-18", "p189-27"), ("p189-18", "p189-32"),
        ("p189-19", "p189-27"), ("p189-24", "p189-25"), ("p189-24", "p189-32"), ("p189-25", "p189-32"),
        ("p189-29", "p189-30"), ("p189-29", "p189-32"), ("p189-30", "p189-32"), ("p189-35", "p189-40"),
        ("p189-35", "p189-43"), ("p189-35", "p189-45"), ("p189-37", "p189-41"), ("p189-37", "p189-44"),
        ("p189-40", "p189-43"), ("p189-40", "p189-45"), ("p189-41", "p189-44"), ("p189-43", "p189-45"),
    }  # fmt: skip


def test_the_hundred_and_ninetieth_probes_of_radiology_reports_volcanic_gas_and_panini() -> None:
    # 48 abstracts of radiology report generation, volcanic gas monitoring and Paninian grammar (two
    # untitled), written on 7 December by a session kept from the code and read first with 37ee2fa: of the
    # writer's 38 builds-on pairs 37, 2 false; of 61 shared pairs 54, 3 false. 'a GASPAR-2 station was planned
    # for the crater rim but could not be installed'; 'DhaVaR covers only recensions of ... and could
    # therefore not be used'; 'two GASPAR units of the original design ... and one GASPAR-2 station'. Now 38,
    # none false, and 54, none false. Missed: the users of VrttiBank 2.0 with the first release's (the writer
    # counts releases as one resource), NOVAC by one user, GRETIL e-texts
    builds_on, shared = _loaded_pairs("other-fields-probes-190.jsonl")
    assert builds_on == {
        ("p190-03", "p190-01"), ("p190-03", "p190-02"), ("p190-06", "p190-02"), ("p190-06", "p190-04"),
        ("p190-08", "p190-01"), ("p190-08", "p190-02"), ("p190-11", "p190-01"), ("p190-12", "p190-02"),
        ("p190-13", "p190-01"), ("p190-13", "p190-02"), ("p190-14", "p190-04"), ("p190-15", "p190-12"),
        ("p190-16", "p190-02"), ("p190-16", "p190-08"), ("p190-16", "p190-12"), ("p190-19", "p190-17"),
        ("p190-22", "p190-18"), ("p190-23", "p190-20"), ("p190-25", "p190-17"), ("p190-27", "p190-18"),
        ("p190-28", "p190-20"), ("p190-30", "p190-20"), ("p190-30", "p190-28"), ("p190-31", "p190-17"),
        ("p190-31", "p190-18"), ("p190-31", "p190-25"), ("p190-32", "p190-20"), ("p190-32", "p190-28"),
        ("p190-36", "p190-33"), ("p190-39", "p190-35"), ("p190-39", "p190-37"), ("p190-41", "p190-33"),
        ("p190-43", "p190-33"), ("p190-43", "p190-35"), ("p190-45", "p190-37"), ("p190-47", "p190-33"),
        ("p190-47", "p190-41"), ("p190-48", "p190-35"),
    }  # fmt: skip
    assert shared == {
        ("p190-01", "p190-03"), ("p190-01", "p190-08"), ("p190-01", "p190-11"), ("p190-01", "p190-13"),
        ("p190-02", "p190-04"), ("p190-02", "p190-05"), ("p190-02", "p190-06"), ("p190-02", "p190-08"),
        ("p190-02", "p190-09"), ("p190-02", "p190-12"), ("p190-02", "p190-15"), ("p190-03", "p190-08"),
        ("p190-03", "p190-11"), ("p190-03", "p190-13"), ("p190-04", "p190-08"), ("p190-04", "p190-09"),
        ("p190-04", "p190-12"), ("p190-05", "p190-06"), ("p190-05", "p190-15"), ("p190-06", "p190-15"),
        ("p190-08", "p190-09"), ("p190-08", "p190-11"), ("p190-08", "p190-12"), ("p190-08", "p190-13"),
        ("p190-09", "p190-12"), ("p190-11", "p190-13"), ("p190-14", "p190-16"), ("p190-20", "p190-23"),
        ("p190-20", "p190-28"), ("p190-20", "p190-30"), ("p190-20", "p190-32"), ("p190-23", "p190-28"),
        ("p190-23", "p190-30"), ("p190-23", "p190-32"), ("p190-28", "p190-29"), ("p190-28", "p190-30"),
        ("p190-28", "p190-32"), ("p190-29", "p190-32"), ("p190-30", "p190-32"), ("p190-33", "p190-36"),
        ("p190-33", "p190-43"), ("p190-33", "p190-47"), ("p190-35", "p190-37"), ("p190-35", "p190-46"),
        ("p190-35", "p190-48"), ("p190-36", "p190-43"), ("p190-36", "p190-47"), ("p190-37", "p190-39"),
        ("p190-37", "p190-45"), ("p190-37", "p190-46"), ("p190-37", "p190-48"), ("p190-39", "p190-45"),
        ("p190-43", "p190-47"), ("p190-46", "p190-48"),
    }  # fmt: skip



def test_the_hundred_and_ninety_first_probes_of_fraud_graphs_avian_influenza_and_joseon_records() -> None:
    # 48 abstracts of graph-based fraud detection, avian influenza epidemiology and Joseon-dynasty records
    # (two untitled), written and read as file 190: of the writer's 34 builds-on pairs 33, none false; of 65
    # shared pairs 24, 3 false. 'LedgerWeave-1M: an anonymised interbank transaction graph' and 'HOJEOK-Link:
    # a linked individual-level database from the Danseong household registers' were read as methods, the
    # 'Seoul Chugugi Precipitation Series (SCPS)' too; '...; on T-Finance, it improves the AUC-PR ... from
    # 0.861 to 0.889'. Now 33 and 39, 3 false. Left false: MBFC-II's paper shares MBFC with its users (the
    # writer keeps the phases apart). Missed: the Sillok, the Seungjeongwon ilgi, the Ilseongnok and the
    # Bibyeonsa deungnok, romanised titles no noun of data names; 'the Elliptic dataset' (one word shaped as
    # an adjective); EMPRES-i spelt with and without FAO; the second release of 'the LedgerWeave ... graph'
    builds_on, shared = _loaded_pairs("other-fields-probes-191.jsonl")
    assert builds_on == {
        ("p191-03", "p191-02"), ("p191-06", "p191-02"), ("p191-07", "p191-03"), ("p191-08", "p191-02"),
        ("p191-08", "p191-06"), ("p191-10", "p191-06"), ("p191-11", "p191-03"), ("p191-12", "p191-03"),
        ("p191-12", "p191-06"), ("p191-13", "p191-08"), ("p191-13", "p191-12"), ("p191-16", "p191-06"),
        ("p191-16", "p191-12"), ("p191-21", "p191-18"), ("p191-23", "p191-20"), ("p191-24", "p191-18"),
        ("p191-24", "p191-22"), ("p191-27", "p191-25"), ("p191-29", "p191-20"), ("p191-30", "p191-29"),
        ("p191-32", "p191-18"), ("p191-32", "p191-22"), ("p191-35", "p191-34"), ("p191-38", "p191-33"),
        ("p191-39", "p191-37"), ("p191-41", "p191-33"), ("p191-43", "p191-37"), ("p191-43", "p191-39"),
        ("p191-45", "p191-37"), ("p191-45", "p191-39"), ("p191-46", "p191-34"), ("p191-47", "p191-37"),
        ("p191-47", "p191-45"),
    }  # fmt: skip
    assert shared == {
        ("p191-02", "p191-03"), ("p191-02", "p191-06"), ("p191-02", "p191-08"), ("p191-03", "p191-06"),
        ("p191-03", "p191-08"), ("p191-04", "p191-08"), ("p191-05", "p191-06"), ("p191-05", "p191-10"),
        ("p191-06", "p191-08"), ("p191-06", "p191-10"), ("p191-10", "p191-15"), ("p191-10", "p191-16"),
        ("p191-12", "p191-13"), ("p191-12", "p191-16"), ("p191-13", "p191-16"), ("p191-15", "p191-16"),
        ("p191-18", "p191-21"), ("p191-18", "p191-24"), ("p191-21", "p191-24"), ("p191-25", "p191-27"),
        ("p191-25", "p191-28"), ("p191-26", "p191-28"), ("p191-27", "p191-28"), ("p191-33", "p191-38"),
        ("p191-33", "p191-41"), ("p191-34", "p191-35"), ("p191-34", "p191-46"), ("p191-35", "p191-46"),
        ("p191-37", "p191-39"), ("p191-37", "p191-43"), ("p191-37", "p191-45"), ("p191-37", "p191-47"),
        ("p191-38", "p191-41"), ("p191-39", "p191-43"), ("p191-39", "p191-45"), ("p191-39", "p191-47"),
        ("p191-43", "p191-45"), ("p191-43", "p191-47"), ("p191-45", "p191-47"),
        # phases of one cohort, one resource (the writer keeps them apart)
        ("p191-18", "p191-32"), ("p191-21", "p191-32"), ("p191-24", "p191-32"),
    }  # fmt: skip



def test_the_hundred_and_ninety_second_probes_of_bayesian_materials_hand_therapy_and_persian_verse() -> None:
    # 48 abstracts of Bayesian optimisation for materials, hand therapy and Persian poetry manuscripts (two
    # untitled), written and read as file 190, one field of the word 'Bayesian': of the writer's 38 builds-on
    # pairs 35, none false; of 45 shared pairs 41, none false. 'SplintSense 2, the second generation of our
    # sensor'; 'The Divan Manuscript Census, second release' named by its abstract's 'DMC 2'. Now 36 and 41,
    # none false. Missed: 'drawn from the Divan Manuscript Census, using its second release (DMC 2)' also sent
    # to the first release's paper (a later version named, the first is its origin); the FLEXOR-10 follow-up
    # of a title; HAKIR and Ganjoor
    builds_on, shared = _loaded_pairs("other-fields-probes-192.jsonl")
    assert builds_on == {
        ("p192-02", "p192-01"), ("p192-03", "p192-02"), ("p192-05", "p192-02"), ("p192-06", "p192-01"),
        ("p192-06", "p192-02"), ("p192-07", "p192-05"), ("p192-07", "p192-06"), ("p192-09", "p192-01"),
        ("p192-11", "p192-02"), ("p192-13", "p192-02"), ("p192-14", "p192-01"), ("p192-14", "p192-02"),
        ("p192-14", "p192-06"), ("p192-15", "p192-05"), ("p192-15", "p192-08"), ("p192-19", "p192-17"),
        ("p192-20", "p192-18"), ("p192-23", "p192-18"), ("p192-23", "p192-22"), ("p192-25", "p192-17"),
        ("p192-25", "p192-18"), ("p192-27", "p192-22"), ("p192-30", "p192-17"), ("p192-31", "p192-18"),
        ("p192-32", "p192-27"), ("p192-34", "p192-33"), ("p192-37", "p192-35"), ("p192-38", "p192-35"),
        ("p192-39", "p192-33"), ("p192-41", "p192-38"), ("p192-42", "p192-33"), ("p192-44", "p192-38"),
        ("p192-45", "p192-42"), ("p192-46", "p192-35"), ("p192-46", "p192-38"), ("p192-48", "p192-45"),
    }  # fmt: skip
    assert shared == {
        ("p192-01", "p192-02"), ("p192-01", "p192-06"), ("p192-01", "p192-09"), ("p192-01", "p192-13"),
        ("p192-01", "p192-14"), ("p192-02", "p192-06"), ("p192-02", "p192-09"), ("p192-02", "p192-14"),
        ("p192-04", "p192-06"), ("p192-04", "p192-10"), ("p192-04", "p192-16"), ("p192-06", "p192-09"),
        ("p192-06", "p192-10"), ("p192-06", "p192-14"), ("p192-06", "p192-16"), ("p192-09", "p192-14"),
        ("p192-10", "p192-16"), ("p192-17", "p192-19"), ("p192-17", "p192-25"), ("p192-17", "p192-30"),
        ("p192-19", "p192-25"), ("p192-19", "p192-30"), ("p192-24", "p192-26"), ("p192-25", "p192-30"),
        ("p192-33", "p192-34"), ("p192-33", "p192-39"), ("p192-33", "p192-42"), ("p192-33", "p192-45"),
        ("p192-34", "p192-39"), ("p192-34", "p192-42"), ("p192-34", "p192-45"), ("p192-35", "p192-37"),
        ("p192-35", "p192-38"), ("p192-35", "p192-46"), ("p192-37", "p192-38"), ("p192-37", "p192-46"),
        ("p192-38", "p192-46"), ("p192-39", "p192-42"), ("p192-39", "p192-45"), ("p192-40", "p192-44"),
        ("p192-42", "p192-45"),
    }  # fmt: skip


def test_the_hundred_and_ninety_third_probes_of_satellite_ssl_childhood_cancer_and_greek_epigraphy() -> None:
    # 48 abstracts of self-supervised learning for satellite imagery, childhood cancer survivorship and Greek
    # epigraphy (two untitled), written on 7 December by a session kept from the code and read first with
    # f170049: of the writer's 32 builds-on pairs 28, 3 false; of 48 shared pairs 35, 14 false, all through
    # 'ImageNet initialisation', 'ImageNet weights' and 'an ImageNet-initialised encoder', weights others
    # learnt. Also 'Stoichos 2: neural restoration ...' read as a subject, and 'AnthraCalc v2.0.3.' at a
    # sentence's end not read as AnthraCalc 2.0. Now 31 and 35, none false. Missed: the Foothold trial, a
    # common word; ThessManu 2.0's users with the first release's (one resource to the writer); LGPN, POGONIS,
    # SJLIFE and fMoW by some users
    builds_on, shared = _loaded_pairs("other-fields-probes-193.jsonl")
    assert builds_on == {
        ("p193-04", "p193-01"), ("p193-06", "p193-01"), ("p193-06", "p193-03"), ("p193-08", "p193-01"),
        ("p193-08", "p193-03"), ("p193-09", "p193-06"), ("p193-09", "p193-08"), ("p193-10", "p193-01"),
        ("p193-10", "p193-06"), ("p193-12", "p193-06"), ("p193-13", "p193-03"), ("p193-16", "p193-08"),
        ("p193-19", "p193-17"), ("p193-22", "p193-21"), ("p193-24", "p193-19"), ("p193-25", "p193-17"),
        ("p193-25", "p193-21"), ("p193-28", "p193-19"), ("p193-29", "p193-28"), ("p193-30", "p193-21"),
        ("p193-32", "p193-28"), ("p193-35", "p193-33"), ("p193-39", "p193-37"), ("p193-39", "p193-38"),
        ("p193-41", "p193-33"), ("p193-43", "p193-37"), ("p193-43", "p193-38"), ("p193-46", "p193-41"),
        ("p193-46", "p193-43"), ("p193-47", "p193-37"), ("p193-48", "p193-43"),
    }  # fmt: skip
    assert shared == {
        ("p193-01", "p193-04"), ("p193-01", "p193-06"), ("p193-01", "p193-08"), ("p193-01", "p193-10"),
        ("p193-03", "p193-06"), ("p193-03", "p193-07"), ("p193-03", "p193-08"), ("p193-03", "p193-16"),
        ("p193-04", "p193-06"), ("p193-04", "p193-08"), ("p193-04", "p193-10"), ("p193-06", "p193-07"),
        ("p193-06", "p193-08"), ("p193-06", "p193-10"), ("p193-06", "p193-16"), ("p193-07", "p193-08"),
        ("p193-08", "p193-10"), ("p193-09", "p193-13"), ("p193-17", "p193-19"), ("p193-17", "p193-25"),
        ("p193-18", "p193-19"), ("p193-18", "p193-28"), ("p193-19", "p193-25"), ("p193-19", "p193-28"),
        ("p193-33", "p193-35"), ("p193-37", "p193-39"), ("p193-37", "p193-43"), ("p193-37", "p193-47"),
        ("p193-38", "p193-42"), ("p193-38", "p193-43"), ("p193-39", "p193-43"), ("p193-39", "p193-47"),
        ("p193-41", "p193-46"), ("p193-42", "p193-43"), ("p193-43", "p193-47"),
    }  # fmt: skip



def test_the_hundred_and_ninety_fourth_probes_of_code_llms_dairy_welfare_and_bronze_inscriptions() -> None:
    # 48 abstracts of code generation with language models, dairy cattle welfare and Western Zhou bronze
    # inscriptions (two untitled), written and read as file 193, one field of the word 'Chinese': of the
    # writer's 34 builds-on pairs 30, 1 false; of 54 shared pairs 38, 4 false, all through 'Unlike the
    # Netherlands, where trimming records are pooled nationally in HoofPrint, no comparable database was
    # available'. Also 'annotations drawn from the CMC', 'We extend LunarFit (Wang et al., 2006; 2011)' and
    # 'Wang et al., 2011' of an author written 'Wang Jianhua' (read as a Jianhua, it named a Jun Wang's paper
    # on migration when all files were read as one). Now 33 and 40, none false. Missed: LunarFit v2.0's users
    # with the first LunarFit's paper (the writer counts both); the Yin Zhou jinwen jicheng and Mingtu,
    # romanised titles no noun of data names; MultiPL-E
    builds_on, shared = _loaded_pairs("other-fields-probes-194.jsonl")
    assert builds_on == {
        ("p194-03", "p194-01"), ("p194-05", "p194-01"), ("p194-06", "p194-02"), ("p194-08", "p194-05"),
        ("p194-10", "p194-01"), ("p194-10", "p194-05"), ("p194-12", "p194-05"), ("p194-12", "p194-10"),
        ("p194-13", "p194-02"), ("p194-13", "p194-10"), ("p194-16", "p194-05"), ("p194-16", "p194-10"),
        ("p194-18", "p194-17"), ("p194-21", "p194-19"), ("p194-25", "p194-22"), ("p194-27", "p194-17"),
        ("p194-28", "p194-19"), ("p194-30", "p194-28"), ("p194-31", "p194-17"),
        ("p194-31", "p194-22"), ("p194-32", "p194-17"), ("p194-35", "p194-33"), ("p194-37", "p194-34"),
        ("p194-39", "p194-33"), ("p194-42", "p194-40"), ("p194-43", "p194-33"), ("p194-44", "p194-34"),
        ("p194-45", "p194-35"), ("p194-45", "p194-40"), ("p194-48", "p194-33"), ("p194-48", "p194-35"),
        # 'LunarFit (Wang et al., 2006) in its revised v2.0 implementation (Wang et al., 2011)': a first
        # author written family name first, 'Wang Jianhua'
        ("p194-39", "p194-35"),
        ("p194-30", "p194-19"),
    }  # fmt: skip
    assert shared == {
        ("p194-01", "p194-02"), ("p194-01", "p194-03"), ("p194-01", "p194-05"), ("p194-01", "p194-06"),
        ("p194-01", "p194-10"), ("p194-01", "p194-15"), ("p194-02", "p194-03"), ("p194-02", "p194-05"),
        ("p194-02", "p194-06"), ("p194-02", "p194-13"), ("p194-02", "p194-15"), ("p194-03", "p194-05"),
        ("p194-03", "p194-10"), ("p194-03", "p194-15"), ("p194-05", "p194-06"), ("p194-05", "p194-10"),
        ("p194-05", "p194-15"), ("p194-06", "p194-13"), ("p194-06", "p194-15"), ("p194-10", "p194-12"),
        ("p194-10", "p194-13"), ("p194-10", "p194-16"), ("p194-11", "p194-15"), ("p194-12", "p194-13"),
        ("p194-12", "p194-16"), ("p194-13", "p194-16"), ("p194-19", "p194-21"), ("p194-19", "p194-28"),
        ("p194-21", "p194-28"), ("p194-24", "p194-30"),
        ("p194-28", "p194-30"), ("p194-34", "p194-37"), ("p194-34", "p194-44"), ("p194-37", "p194-44"),
        ("p194-40", "p194-42"), ("p194-40", "p194-45"), ("p194-42", "p194-45"), ("p194-42", "p194-47"),
        ("p194-19", "p194-30"),
        ("p194-21", "p194-30"),
    }  # fmt: skip



def test_the_hundred_and_ninety_fifth_probes_of_bayesian_deep_learning_tuberculosis_and_chant() -> None:
    # 48 abstracts of Bayesian deep learning, tuberculosis treatment cohorts and Byzantine and medieval chant
    # notation (two untitled), written and read as file 193: of the writer's 36 builds-on pairs 33, 1 false;
    # of 44 shared pairs 36, 6 false. 'We established the Siyaphila cohort to describe treatment response'
    # named no cohort (another paper's 'Siyaphila: a peer-led support group model' took the word); 'Because
    # the MELOS corpus covers only the traditional ... repertories ..., we transcribed'. Now 36 and 42, 1
    # false. Left false: SVHN, used as the unseen set by two papers the writer did not pair. Missed: the UCI
    # regression benchmarks and EDRWeb
    builds_on, shared = _loaded_pairs("other-fields-probes-195.jsonl")
    assert builds_on == {
        ("p195-02", "p195-01"), ("p195-03", "p195-01"), ("p195-05", "p195-01"), ("p195-05", "p195-03"),
        ("p195-06", "p195-05"), ("p195-08", "p195-01"), ("p195-08", "p195-03"), ("p195-09", "p195-03"),
        ("p195-09", "p195-05"), ("p195-11", "p195-08"), ("p195-14", "p195-03"), ("p195-14", "p195-05"),
        ("p195-14", "p195-08"), ("p195-15", "p195-13"), ("p195-16", "p195-08"), ("p195-19", "p195-17"),
        ("p195-21", "p195-17"), ("p195-21", "p195-20"), ("p195-23", "p195-20"), ("p195-27", "p195-24"),
        ("p195-28", "p195-24"), ("p195-30", "p195-17"), ("p195-31", "p195-24"), ("p195-32", "p195-20"),
        ("p195-35", "p195-33"), ("p195-36", "p195-33"), ("p195-37", "p195-36"), ("p195-39", "p195-33"),
        ("p195-41", "p195-36"), ("p195-42", "p195-40"), ("p195-44", "p195-36"), ("p195-44", "p195-40"),
        ("p195-46", "p195-40"), ("p195-47", "p195-33"), ("p195-47", "p195-39"), ("p195-47", "p195-44"),
    }  # fmt: skip
    assert shared == {
        ("p195-03", "p195-05"), ("p195-03", "p195-08"), ("p195-03", "p195-09"), ("p195-03", "p195-14"),
        ("p195-05", "p195-08"), ("p195-05", "p195-09"), ("p195-05", "p195-14"), ("p195-06", "p195-12"),
        ("p195-07", "p195-08"), ("p195-07", "p195-10"), ("p195-08", "p195-09"), ("p195-08", "p195-10"),
        ("p195-08", "p195-14"), ("p195-09", "p195-14"), ("p195-17", "p195-19"), ("p195-17", "p195-21"),
        ("p195-17", "p195-30"), ("p195-19", "p195-21"), ("p195-19", "p195-30"), ("p195-21", "p195-30"),
        ("p195-24", "p195-27"), ("p195-24", "p195-31"), ("p195-27", "p195-31"), ("p195-33", "p195-35"),
        ("p195-33", "p195-36"), ("p195-33", "p195-39"), ("p195-33", "p195-47"), ("p195-35", "p195-36"),
        ("p195-35", "p195-39"), ("p195-35", "p195-47"), ("p195-36", "p195-39"), ("p195-36", "p195-41"),
        ("p195-36", "p195-44"), ("p195-36", "p195-47"), ("p195-39", "p195-47"), ("p195-40", "p195-42"),
        ("p195-40", "p195-44"), ("p195-40", "p195-46"), ("p195-41", "p195-44"), ("p195-42", "p195-44"),
        ("p195-42", "p195-46"), ("p195-44", "p195-46"),
        # both use SVHN as the out-of-distribution set (the writer did not list the pair)
        ("p195-01", "p195-07"),
    }  # fmt: skip


def test_the_hundred_and_ninety_sixth_probes_of_translation_hip_fracture_and_mughal_chronicles() -> None:
    # 48 abstracts of multilingual machine translation, hip fracture rehabilitation and Mughal-era Persian
    # chronicles (two untitled), written on 7 December by a session kept from the code and read first with
    # f99ad32: of the writer's 33 builds-on pairs 29, none false; of 46 shared pairs 28, 5 false. 'design and
    # first-year outcomes of the OSTRA cohort' presented nothing, nor 'We describe OSTRA-2, the second OSTRA
    # cohort'. Now 32 and 30, 4 false. Left false: a modified SAFAR programme's paper shares the SAFAR trial's
    # data (it used its programme); QALAM 2.0's paper shares QALAM with its users (the writer: re-keyed from
    # scratch). Missed: 'the East African MAPLE corpus' read as another name; HHG-1595 and its long form by
    # one user; Europarl v7, RIKSHOFT and the Norwegian Hip Fracture Register by some users (FLORES-200 since
    # 7 December, thirteenth: "On the FLORES-200 devtest set, the adapted model improves ... by 4")
    builds_on, shared = _loaded_pairs("other-fields-probes-196.jsonl")
    assert builds_on == {
        ("p196-03", "p196-01"), ("p196-04", "p196-01"), ("p196-05", "p196-03"), ("p196-09", "p196-03"),
        ("p196-09", "p196-08"), ("p196-11", "p196-01"), ("p196-11", "p196-03"), ("p196-12", "p196-11"),
        ("p196-13", "p196-03"), ("p196-15", "p196-08"), ("p196-16", "p196-10"), ("p196-21", "p196-17"),
        ("p196-23", "p196-20"), ("p196-24", "p196-20"), ("p196-27", "p196-17"), ("p196-27", "p196-20"),
        ("p196-28", "p196-20"), ("p196-28", "p196-24"), ("p196-32", "p196-20"), ("p196-32", "p196-27"),
        ("p196-35", "p196-33"), ("p196-37", "p196-36"), ("p196-38", "p196-33"), ("p196-40", "p196-33"),
        ("p196-42", "p196-39"), ("p196-43", "p196-33"), ("p196-43", "p196-39"), ("p196-44", "p196-36"),
        ("p196-44", "p196-43"), ("p196-46", "p196-36"), ("p196-46", "p196-43"), ("p196-48", "p196-39"),
    }  # fmt: skip
    assert shared == {
        ("p196-01", "p196-04"), ("p196-01", "p196-11"), ("p196-03", "p196-05"), ("p196-04", "p196-11"),
        ("p196-08", "p196-09"), ("p196-08", "p196-15"), ("p196-09", "p196-15"), ("p196-17", "p196-21"),
        ("p196-17", "p196-27"), ("p196-21", "p196-27"), ("p196-26", "p196-29"), ("p196-26", "p196-31"),
        ("p196-27", "p196-32"), ("p196-29", "p196-31"), ("p196-33", "p196-35"), ("p196-33", "p196-38"),
        ("p196-33", "p196-40"), ("p196-35", "p196-38"), ("p196-35", "p196-40"), ("p196-38", "p196-40"),
        ("p196-39", "p196-42"), ("p196-39", "p196-43"), ("p196-39", "p196-48"), ("p196-40", "p196-43"),
        ("p196-42", "p196-43"), ("p196-42", "p196-48"), ("p196-43", "p196-44"), ("p196-43", "p196-46"),
        ("p196-43", "p196-48"), ("p196-44", "p196-46"),
        # the SAFAR trial's programme, modified, is no use of its data
        ("p196-24", "p196-28"),
        # QALAM 2.0 re-keyed every text (to the writer, no use of QALAM)
        ("p196-33", "p196-43"), ("p196-35", "p196-43"), ("p196-38", "p196-43"),
        ("p196-12", "p196-13"),
        ("p196-12", "p196-16"),
        ("p196-13", "p196-16"),
        # a release of data a paper presents is data (7 December, sixteenth)
        ("p196-11", "p196-12"),
    }  # fmt: skip



def test_the_hundred_and_ninety_seventh_probes_of_security_logs_neonatal_jaundice_and_dialects() -> None:
    # 48 abstracts of anomaly detection in security logs, neonatal jaundice and Min and Hakka dialectology
    # (two untitled), written and read as file 196, one field of the word 'Chinese': of the writer's 31
    # builds-on pairs 31, 2 false; of 46 shared pairs 30, 4 false. 'severity could not be graded with clinical
    # tools such as HyBRiD-5'; 'poorly documented: whereas the MHSC provides a spoken corpus for Meixian, no
    # comparable recordings exist'. Now 31 and 30, none false. Missed: BGL and HDFS logs, the LANL dataset,
    # the Hanyu Fangyin Zihui, and CoMiLex 2.0's users with each other
    builds_on, shared = _loaded_pairs("other-fields-probes-197.jsonl")
    assert builds_on == {
        ("p197-03", "p197-02"), ("p197-05", "p197-04"), ("p197-07", "p197-02"), ("p197-07", "p197-06"),
        ("p197-09", "p197-02"), ("p197-09", "p197-06"), ("p197-12", "p197-04"), ("p197-13", "p197-12"),
        ("p197-15", "p197-11"), ("p197-16", "p197-02"), ("p197-16", "p197-06"), ("p197-21", "p197-19"),
        ("p197-22", "p197-19"), ("p197-23", "p197-20"), ("p197-26", "p197-20"), ("p197-28", "p197-22"),
        ("p197-31", "p197-22"), ("p197-31", "p197-26"), ("p197-32", "p197-19"), ("p197-32", "p197-22"),
        ("p197-36", "p197-35"), ("p197-39", "p197-37"), ("p197-40", "p197-39"), ("p197-43", "p197-35"),
        ("p197-44", "p197-37"), ("p197-44", "p197-39"), ("p197-46", "p197-42"), ("p197-46", "p197-43"),
        ("p197-47", "p197-43"), ("p197-48", "p197-37"), ("p197-48", "p197-39"),
    }  # fmt: skip
    assert shared == {
        ("p197-01", "p197-06"), ("p197-01", "p197-07"), ("p197-01", "p197-08"), ("p197-04", "p197-05"),
        ("p197-04", "p197-12"), ("p197-05", "p197-12"), ("p197-05", "p197-14"), ("p197-06", "p197-07"),
        ("p197-06", "p197-08"), ("p197-07", "p197-08"), ("p197-08", "p197-16"), ("p197-17", "p197-29"),
        ("p197-19", "p197-21"), ("p197-19", "p197-22"), ("p197-19", "p197-32"), ("p197-21", "p197-22"),
        ("p197-21", "p197-32"), ("p197-22", "p197-32"), ("p197-25", "p197-30"), ("p197-35", "p197-36"),
        ("p197-35", "p197-43"), ("p197-36", "p197-43"), ("p197-37", "p197-39"), ("p197-37", "p197-44"),
        ("p197-37", "p197-48"), ("p197-39", "p197-44"), ("p197-39", "p197-48"), ("p197-42", "p197-46"),
        ("p197-43", "p197-45"), ("p197-44", "p197-48"),
        # a release of data a paper presents is data (7 December, sixteenth)
        ("p197-43", "p197-46"),
        ("p197-43", "p197-47"),
        ("p197-46", "p197-47"),
    }  # fmt: skip



def test_the_hundred_and_ninety_eighth_probes_of_dengue_mapping_knee_osteoarthritis_and_codices() -> None:
    # 48 abstracts of Bayesian spatial epidemiology of dengue, knee osteoarthritis physiotherapy and Aztec
    # codices (two untitled), written and read as file 196, one field of the word 'Bayesian': of the writer's
    # 32 builds-on pairs 30, none false; of 40 shared pairs 29, none false. Missed: 'exercise self-efficacy
    # (KESS)', an acronym given a part of its long form; 'the TGD's 6,812 annotated compounds' of one of two
    # TGDs; SINAN, SINAVE, SIVIGILA, WorldPop and the GLA:D registry by some users
    builds_on, shared = _loaded_pairs("other-fields-probes-198.jsonl")
    assert builds_on == {
        ("p198-02", "p198-01"), ("p198-07", "p198-04"), ("p198-08", "p198-01"), ("p198-08", "p198-06"),
        ("p198-11", "p198-04"), ("p198-12", "p198-06"), ("p198-13", "p198-06"), ("p198-13", "p198-12"),
        ("p198-15", "p198-01"), ("p198-15", "p198-04"), ("p198-21", "p198-17"), ("p198-22", "p198-19"),
        ("p198-23", "p198-19"), ("p198-26", "p198-17"), ("p198-27", "p198-22"), ("p198-27", "p198-25"),
        ("p198-28", "p198-22"), ("p198-30", "p198-25"), ("p198-32", "p198-17"), ("p198-32", "p198-19"),
        ("p198-36", "p198-35"), ("p198-37", "p198-33"), ("p198-38", "p198-33"), ("p198-41", "p198-33"),
        ("p198-41", "p198-38"), ("p198-42", "p198-35"), ("p198-44", "p198-38"), ("p198-45", "p198-38"),
        ("p198-45", "p198-44"), ("p198-47", "p198-33"),
    }  # fmt: skip
    assert shared == {
        ("p198-01", "p198-02"), ("p198-01", "p198-08"), ("p198-01", "p198-15"), ("p198-02", "p198-08"),
        ("p198-02", "p198-15"), ("p198-08", "p198-15"), ("p198-10", "p198-11"), ("p198-10", "p198-16"),
        ("p198-11", "p198-16"), ("p198-17", "p198-21"), ("p198-17", "p198-26"), ("p198-17", "p198-32"),
        ("p198-20", "p198-26"), ("p198-21", "p198-26"), ("p198-21", "p198-32"), ("p198-26", "p198-32"),
        ("p198-33", "p198-37"), ("p198-33", "p198-38"), ("p198-33", "p198-41"), ("p198-33", "p198-47"),
        ("p198-35", "p198-36"), ("p198-35", "p198-42"), ("p198-36", "p198-42"), ("p198-37", "p198-38"),
        ("p198-37", "p198-41"), ("p198-37", "p198-47"), ("p198-38", "p198-41"), ("p198-38", "p198-47"),
        ("p198-41", "p198-47"),
    }  # fmt: skip


def test_the_hundred_and_ninety_ninth_probes_of_speech_synthesis_cystic_fibrosis_and_geez() -> None:
    # 48 abstracts of speech synthesis, cystic fibrosis registries and Ethiopian Ge'ez manuscripts (two
    # untitled), written on 7 December by a session kept from the code and read first with 98ae868: of the
    # writer's 39 builds-on pairs 39, 1 false; of 66 shared pairs 48, 5 false, all through 'The Finnish subset
    # of PolyLect-12 was considered as training data but could not be used'. Now 39 and 48, none false.
    # Missed: 'microfilms of the Ethiopian Manuscript Microfilm Library (EMML)', Beta masaheft and the
    # Canadian CF Registry by some users, and the Lasta Parchment Survey's second release with the first's
    # users
    builds_on, shared = _loaded_pairs("other-fields-probes-199.jsonl")
    assert builds_on == {
        ("p199-05", "p199-01"), ("p199-06", "p199-01"), ("p199-06", "p199-03"), ("p199-08", "p199-03"),
        ("p199-08", "p199-04"), ("p199-10", "p199-04"), ("p199-12", "p199-03"), ("p199-12", "p199-04"),
        ("p199-12", "p199-08"), ("p199-14", "p199-01"), ("p199-14", "p199-08"), ("p199-15", "p199-01"),
        ("p199-15", "p199-14"), ("p199-16", "p199-04"), ("p199-20", "p199-17"), ("p199-20", "p199-19"),
        ("p199-22", "p199-17"), ("p199-23", "p199-19"), ("p199-26", "p199-17"), ("p199-26", "p199-19"),
        ("p199-27", "p199-17"), ("p199-27", "p199-26"), ("p199-28", "p199-22"), ("p199-31", "p199-17"),
        ("p199-31", "p199-22"), ("p199-31", "p199-27"), ("p199-32", "p199-26"), ("p199-35", "p199-33"),
        ("p199-36", "p199-33"), ("p199-40", "p199-36"), ("p199-40", "p199-38"), ("p199-41", "p199-36"),
        ("p199-43", "p199-38"), ("p199-44", "p199-33"), ("p199-44", "p199-41"), ("p199-45", "p199-33"),
        ("p199-47", "p199-33"), ("p199-47", "p199-38"), ("p199-47", "p199-45"),
    }  # fmt: skip
    assert shared == {
        ("p199-01", "p199-05"), ("p199-01", "p199-06"), ("p199-01", "p199-14"), ("p199-01", "p199-15"),
        ("p199-02", "p199-03"), ("p199-02", "p199-04"), ("p199-02", "p199-09"), ("p199-03", "p199-04"),
        ("p199-03", "p199-08"), ("p199-03", "p199-09"), ("p199-04", "p199-08"), ("p199-04", "p199-09"),
        ("p199-04", "p199-12"), ("p199-05", "p199-06"), ("p199-05", "p199-14"), ("p199-05", "p199-15"),
        ("p199-06", "p199-14"), ("p199-06", "p199-15"), ("p199-08", "p199-12"), ("p199-14", "p199-15"),
        ("p199-17", "p199-20"), ("p199-17", "p199-22"), ("p199-17", "p199-26"), ("p199-17", "p199-27"),
        ("p199-17", "p199-31"), ("p199-18", "p199-19"), ("p199-20", "p199-22"), ("p199-20", "p199-26"),
        ("p199-20", "p199-27"), ("p199-20", "p199-31"), ("p199-22", "p199-26"), ("p199-22", "p199-27"),
        ("p199-22", "p199-31"), ("p199-24", "p199-29"), ("p199-26", "p199-27"), ("p199-26", "p199-31"),
        ("p199-27", "p199-31"), ("p199-33", "p199-35"), ("p199-33", "p199-36"), ("p199-33", "p199-44"),
        ("p199-33", "p199-45"), ("p199-35", "p199-36"), ("p199-35", "p199-44"), ("p199-35", "p199-45"),
        ("p199-36", "p199-44"), ("p199-36", "p199-45"), ("p199-44", "p199-45"), ("p199-45", "p199-47"),
        # a release counted before the name ("the second data release of X") names the first as well, its
        # users using the first's data too (7 December, fifteenth)
        ("p199-33", "p199-47"),
        ("p199-35", "p199-47"),
        ("p199-36", "p199-47"),
        ("p199-44", "p199-47"),
    }  # fmt: skip



def test_the_two_hundredth_probes_of_graph_recommenders_childhood_obesity_and_ukiyo_e() -> None:
    # 48 abstracts of graph-based recommenders, childhood obesity interventions and ukiyo-e prints (two
    # untitled), written and read as file 199: of the writer's 34 builds-on pairs 33, none false; of 32 shared
    # pairs 26, 3 false, left so: the SALTA trials, which this writer does not count as data (most writers
    # count a trial's patients so). Missed: a meta-analysis including 'the Chilean SALTA trial and its ...
    # successor, SALTA-2' with the first trial's paper; the BLOOM cohort, given the lexicon's BLOOM language
    # model's node; the ARC Ukiyo-e Database
    builds_on, shared = _loaded_pairs("other-fields-probes-200.jsonl")
    assert builds_on == {
        ("p200-02", "p200-01"), ("p200-03", "p200-02"), ("p200-04", "p200-03"), ("p200-06", "p200-01"),
        ("p200-07", "p200-01"), ("p200-07", "p200-02"), ("p200-08", "p200-05"), ("p200-10", "p200-03"),
        ("p200-12", "p200-05"), ("p200-13", "p200-02"), ("p200-13", "p200-07"), ("p200-13", "p200-10"),
        ("p200-14", "p200-01"), ("p200-15", "p200-10"), ("p200-19", "p200-17"), ("p200-19", "p200-18"),
        ("p200-20", "p200-18"), ("p200-23", "p200-20"), ("p200-25", "p200-18"), ("p200-28", "p200-17"),
        ("p200-29", "p200-23"), ("p200-30", "p200-26"), ("p200-31", "p200-18"), ("p200-34", "p200-33"),
        ("p200-36", "p200-33"), ("p200-39", "p200-38"), ("p200-40", "p200-33"), ("p200-40", "p200-36"),
        ("p200-42", "p200-36"), ("p200-45", "p200-38"), ("p200-46", "p200-38"), ("p200-46", "p200-45"),
        ("p200-48", "p200-40"),
    }  # fmt: skip
    assert shared == {
        ("p200-02", "p200-03"), ("p200-02", "p200-07"), ("p200-02", "p200-13"), ("p200-03", "p200-04"),
        ("p200-03", "p200-07"), ("p200-03", "p200-09"), ("p200-03", "p200-13"), ("p200-04", "p200-09"),
        ("p200-05", "p200-08"), ("p200-05", "p200-12"), ("p200-07", "p200-10"), ("p200-07", "p200-13"),
        ("p200-07", "p200-15"), ("p200-08", "p200-12"), ("p200-10", "p200-15"), ("p200-22", "p200-27"),
        ("p200-24", "p200-32"), ("p200-33", "p200-34"), ("p200-33", "p200-36"), ("p200-33", "p200-40"),
        ("p200-34", "p200-36"), ("p200-34", "p200-40"), ("p200-36", "p200-40"), ("p200-38", "p200-44"),
        ("p200-38", "p200-47"), ("p200-44", "p200-47"),
        # the SALTA trials: trials are no data to this writer
        ("p200-20", "p200-23"), ("p200-20", "p200-29"), ("p200-23", "p200-29"),
    }  # fmt: skip



def test_the_two_hundred_and_first_probes_of_gravitational_waves_sepsis_and_qing_law() -> None:
    # 48 abstracts of Bayesian inference for gravitational waves, sepsis in intensive care and Qing legal case
    # records (two untitled), written and read as file 199, two fields of the words 'Bayesian' and 'Chinese':
    # of the writer's 40 builds-on pairs 38, 2 false; of 58 shared pairs 49, 13 false. 'drawn from O3 power
    # spectral densities' had made the third observing run's 'O3' data every paper naming the run shared
    # (ozone is O3 too); 'The randomised FLUXUS trial found no mortality benefit ...'; 'in future we hope to
    # adapt pipelines such as TibenParse'. Now 38 and 48, 1 false (GWTC-1 and GWTC-3, one catalogue to this
    # tool). Missed: GWOSC strain data, the Xing'an huilan, and a user of 'CoalescePy 2.0' with the first
    # version's paper
    builds_on, shared = _loaded_pairs("other-fields-probes-201.jsonl")
    assert builds_on == {
        ("p201-02", "p201-01"), ("p201-03", "p201-01"), ("p201-05", "p201-02"), ("p201-06", "p201-02"),
        ("p201-07", "p201-06"), ("p201-08", "p201-02"), ("p201-08", "p201-06"), ("p201-09", "p201-07"),
        ("p201-11", "p201-01"), ("p201-12", "p201-06"), ("p201-12", "p201-07"), ("p201-12", "p201-08"),
        ("p201-15", "p201-06"), ("p201-15", "p201-07"), ("p201-19", "p201-17"), ("p201-20", "p201-17"),
        ("p201-22", "p201-19"), ("p201-25", "p201-22"), ("p201-26", "p201-17"), ("p201-27", "p201-19"),
        ("p201-27", "p201-23"), ("p201-28", "p201-19"), ("p201-28", "p201-22"), ("p201-30", "p201-19"),
        ("p201-31", "p201-23"), ("p201-32", "p201-17"), ("p201-32", "p201-19"), ("p201-35", "p201-33"),
        ("p201-37", "p201-33"), ("p201-38", "p201-36"), ("p201-41", "p201-33"), ("p201-41", "p201-40"),
        ("p201-43", "p201-36"), ("p201-46", "p201-36"), ("p201-47", "p201-40"), ("p201-47", "p201-44"),
        ("p201-48", "p201-33"), ("p201-48", "p201-37"),
    }  # fmt: skip
    assert shared == {
        ("p201-06", "p201-07"), ("p201-06", "p201-08"), ("p201-06", "p201-12"), ("p201-06", "p201-15"),
        ("p201-07", "p201-08"), ("p201-07", "p201-12"), ("p201-07", "p201-15"), ("p201-08", "p201-12"),
        ("p201-08", "p201-15"), ("p201-10", "p201-11"), ("p201-10", "p201-14"), ("p201-11", "p201-14"),
        ("p201-12", "p201-15"), ("p201-17", "p201-19"), ("p201-17", "p201-20"), ("p201-17", "p201-26"),
        ("p201-17", "p201-32"), ("p201-19", "p201-20"), ("p201-19", "p201-26"), ("p201-19", "p201-32"),
        ("p201-20", "p201-26"), ("p201-20", "p201-32"), ("p201-21", "p201-22"), ("p201-22", "p201-28"),
        ("p201-22", "p201-30"), ("p201-23", "p201-27"), ("p201-23", "p201-31"), ("p201-26", "p201-32"),
        ("p201-27", "p201-31"), ("p201-28", "p201-29"), ("p201-28", "p201-30"), ("p201-33", "p201-35"),
        ("p201-33", "p201-37"), ("p201-33", "p201-41"), ("p201-33", "p201-48"), ("p201-34", "p201-38"),
        ("p201-34", "p201-46"), ("p201-35", "p201-37"), ("p201-35", "p201-41"), ("p201-35", "p201-48"),
        ("p201-37", "p201-41"), ("p201-37", "p201-48"), ("p201-38", "p201-46"), ("p201-39", "p201-42"),
        ("p201-39", "p201-47"), ("p201-41", "p201-48"), ("p201-42", "p201-47"), ("p201-43", "p201-45"),
        # two catalogues of one name, GWTC-1 and GWTC-3, one resource to this tool
        ("p201-04", "p201-09"),
    }  # fmt: skip


def test_the_two_hundred_and_second_probes_of_llm_alignment_malaria_in_pregnancy_and_tripitaka() -> None:
    # 48 abstracts of language-model alignment, malaria in pregnancy and the Tripitaka Koreana (two untitled),
    # written on 7 December by a session kept from the code and read first with d7733e0: of the writer's 33
    # builds-on pairs 31, none false; of 54 shared pairs 51, 4 false, left so: ConsensusPairs-2's paper shares
    # ConsensusPairs with its users (this writer keeps releases apart). Missed: the users of ConsensusPairs-2
    # with its paper (the release read as the first), and the DHS by some users
    builds_on, shared = _loaded_pairs("other-fields-probes-202.jsonl")
    assert builds_on == {
        ("p202-03", "p202-01"), ("p202-04", "p202-01"), ("p202-06", "p202-01"), ("p202-07", "p202-04"),
        ("p202-07", "p202-06"), ("p202-08", "p202-06"), ("p202-09", "p202-01"), ("p202-09", "p202-06"),
        ("p202-10", "p202-04"), ("p202-13", "p202-04"), ("p202-16", "p202-06"), ("p202-19", "p202-18"),
        ("p202-22", "p202-18"), ("p202-22", "p202-21"), ("p202-24", "p202-18"), ("p202-25", "p202-24"),
        ("p202-26", "p202-21"), ("p202-28", "p202-18"), ("p202-29", "p202-24"), ("p202-31", "p202-24"),
        ("p202-32", "p202-31"), ("p202-37", "p202-34"), ("p202-38", "p202-34"), ("p202-38", "p202-37"),
        ("p202-41", "p202-40"), ("p202-42", "p202-37"), ("p202-43", "p202-40"), ("p202-44", "p202-34"),
        ("p202-46", "p202-34"), ("p202-46", "p202-37"), ("p202-48", "p202-45"),
    }  # fmt: skip
    assert shared == {
        ("p202-01", "p202-03"), ("p202-01", "p202-04"), ("p202-01", "p202-06"), ("p202-02", "p202-03"),
        ("p202-02", "p202-08"), ("p202-02", "p202-11"), ("p202-03", "p202-04"), ("p202-03", "p202-06"),
        ("p202-03", "p202-08"), ("p202-03", "p202-11"), ("p202-04", "p202-06"), ("p202-07", "p202-10"),
        ("p202-07", "p202-14"), ("p202-08", "p202-11"), ("p202-09", "p202-12"), ("p202-09", "p202-13"),
        ("p202-10", "p202-14"), ("p202-12", "p202-13"), ("p202-17", "p202-23"), ("p202-17", "p202-25"),
        ("p202-18", "p202-19"), ("p202-18", "p202-22"), ("p202-18", "p202-24"), ("p202-18", "p202-28"),
        ("p202-19", "p202-22"), ("p202-19", "p202-24"), ("p202-19", "p202-28"), ("p202-22", "p202-24"),
        ("p202-22", "p202-28"), ("p202-23", "p202-25"), ("p202-24", "p202-28"), ("p202-34", "p202-37"),
        ("p202-34", "p202-38"), ("p202-34", "p202-44"), ("p202-34", "p202-46"), ("p202-35", "p202-40"),
        ("p202-36", "p202-42"), ("p202-36", "p202-45"), ("p202-36", "p202-48"), ("p202-37", "p202-38"),
        ("p202-37", "p202-44"), ("p202-37", "p202-46"), ("p202-38", "p202-44"), ("p202-38", "p202-46"),
        ("p202-40", "p202-41"), ("p202-40", "p202-43"), ("p202-41", "p202-43"), ("p202-42", "p202-45"),
        ("p202-42", "p202-48"), ("p202-44", "p202-46"), ("p202-45", "p202-48"),
        # a release of one corpus, one resource (the writer keeps them apart)
        ("p202-01", "p202-09"), ("p202-03", "p202-09"), ("p202-04", "p202-09"), ("p202-06", "p202-09"),
    }  # fmt: skip



def test_the_two_hundred_and_third_probes_of_segmentation_road_injury_and_andean_textiles() -> None:
    # 48 abstracts of medical image segmentation with foundation models, road traffic injury and Andean
    # textile archaeology (two untitled), written and read as file 202: of the writer's 36 builds-on pairs 32,
    # 1 false; of 42 shared pairs 32, 2 false. 'since automated image-based counting such as TwineScan depends
    # on colour contrast that carbonised surfaces lack'. Now 32, none false, and 32, 2 false, left so: a paper
    # using the SLOW-30 trial's published effect, no use of its data to this writer. Missed: 'data drawn from
    # the SLOW-30 trial'; 'CrashLinker v2.1' and 'ATRAD 2.0' users with the first versions' papers; SHCal20
    # and SHCal13, MSD and the MTTD records
    builds_on, shared = _loaded_pairs("other-fields-probes-203.jsonl")
    assert builds_on == {
        ("p203-02", "p203-01"), ("p203-04", "p203-02"), ("p203-05", "p203-03"), ("p203-07", "p203-01"),
        ("p203-07", "p203-02"), ("p203-07", "p203-09"), ("p203-09", "p203-02"), ("p203-09", "p203-03"),
        ("p203-10", "p203-03"), ("p203-10", "p203-09"), ("p203-11", "p203-03"), ("p203-13", "p203-02"),
        ("p203-14", "p203-02"), ("p203-16", "p203-03"), ("p203-16", "p203-09"), ("p203-18", "p203-17"),
        ("p203-20", "p203-17"), ("p203-20", "p203-19"), ("p203-25", "p203-19"), ("p203-28", "p203-19"),
        ("p203-28", "p203-25"), ("p203-31", "p203-17"), ("p203-31", "p203-25"), ("p203-34", "p203-33"),
        ("p203-37", "p203-33"), ("p203-37", "p203-36"), ("p203-40", "p203-39"), ("p203-42", "p203-36"),
        ("p203-44", "p203-33"), ("p203-45", "p203-39"), ("p203-46", "p203-45"), ("p203-47", "p203-36"),
        # (since 7 December, seventeenth: the trial its title names, "...(SLOW-30): a ... trial")
        ("p203-23", "p203-22"),
        ("p203-30", "p203-22"),
    }  # fmt: skip
    assert shared == {
        ("p203-01", "p203-02"), ("p203-01", "p203-07"), ("p203-02", "p203-07"), ("p203-02", "p203-14"),
        ("p203-04", "p203-13"), ("p203-07", "p203-09"), ("p203-07", "p203-10"), ("p203-07", "p203-16"),
        ("p203-09", "p203-10"), ("p203-09", "p203-16"), ("p203-10", "p203-16"), ("p203-11", "p203-15"),
        ("p203-17", "p203-18"), ("p203-17", "p203-20"), ("p203-17", "p203-31"), ("p203-18", "p203-20"),
        ("p203-18", "p203-31"), ("p203-19", "p203-25"), ("p203-20", "p203-31"), ("p203-22", "p203-23"),
        ("p203-24", "p203-28"), ("p203-26", "p203-30"), ("p203-33", "p203-34"), ("p203-33", "p203-37"),
        ("p203-33", "p203-44"), ("p203-34", "p203-37"), ("p203-34", "p203-44"), ("p203-37", "p203-44"),
        ("p203-39", "p203-40"), ("p203-39", "p203-45"), ("p203-40", "p203-45"), ("p203-45", "p203-46"),
        # (not, since 7 December, eighteenth, the SLOW-30 trial's published effect: no use of its data)
    }  # fmt: skip



def test_the_two_hundred_and_fourth_probes_of_network_meta_analysis_heat_islands_and_kunqu() -> None:
    # 48 abstracts of Bayesian network meta-analysis, urban heat islands and Chinese opera performance history
    # (two untitled), written and read as file 202, two fields of the words 'Bayesian' and 'Chinese': of the
    # writer's 35 builds-on pairs 32, 2 false; of 40 shared pairs 29, 7 false. 'Oral history collections such
    # as SKOHC document ..., but memory cannot measure ...'. Now 32 and 29, none false (since 7 December,
    # thirteenth: 'empirical priors ..., such as those based on the CONNER database, are not transferable to
    # accuracy data: CONNER excludes ...', an example said not to fit, its second mention explaining the
    # first). Missed: HetPrior-22 by its users (its name read as a version of another),
    # Netatmo, MODIS MYD11A2, the Hasselblad network, the Shengpingshu archives
    builds_on, shared = _loaded_pairs("other-fields-probes-204.jsonl")
    assert builds_on == {
        ("p204-02", "p204-01"), ("p204-03", "p204-01"), ("p204-06", "p204-05"), ("p204-07", "p204-06"),
        ("p204-08", "p204-01"), ("p204-08", "p204-05"), ("p204-10", "p204-01"), ("p204-11", "p204-03"),
        ("p204-12", "p204-03"), ("p204-12", "p204-11"), ("p204-14", "p204-01"), ("p204-16", "p204-05"),
        ("p204-19", "p204-17"), ("p204-22", "p204-18"), ("p204-23", "p204-20"), ("p204-25", "p204-17"),
        ("p204-25", "p204-20"), ("p204-27", "p204-17"), ("p204-27", "p204-26"), ("p204-28", "p204-18"),
        ("p204-30", "p204-18"), ("p204-32", "p204-20"), ("p204-34", "p204-33"), ("p204-37", "p204-35"),
        ("p204-41", "p204-35"), ("p204-42", "p204-38"), ("p204-43", "p204-35"), ("p204-45", "p204-40"),
        ("p204-47", "p204-33"), ("p204-47", "p204-35"), ("p204-47", "p204-43"), ("p204-48", "p204-38"),
    }  # fmt: skip
    assert shared == {
        ("p204-05", "p204-06"), ("p204-05", "p204-08"), ("p204-05", "p204-16"), ("p204-06", "p204-08"),
        ("p204-06", "p204-16"), ("p204-08", "p204-16"), ("p204-18", "p204-22"), ("p204-18", "p204-28"),
        ("p204-18", "p204-30"), ("p204-22", "p204-28"), ("p204-22", "p204-30"), ("p204-27", "p204-28"),
        ("p204-28", "p204-30"), ("p204-29", "p204-30"), ("p204-29", "p204-31"), ("p204-30", "p204-31"),
        ("p204-33", "p204-34"), ("p204-33", "p204-47"), ("p204-34", "p204-47"), ("p204-35", "p204-37"),
        ("p204-35", "p204-41"), ("p204-35", "p204-43"), ("p204-35", "p204-47"), ("p204-37", "p204-41"),
        ("p204-37", "p204-43"), ("p204-37", "p204-47"), ("p204-41", "p204-43"), ("p204-41", "p204-47"),
        ("p204-43", "p204-47"),
    }  # fmt: skip


def test_the_two_hundred_and_fifth_probes_of_radiance_fields_perinatal_depression_and_ceramics() -> None:
    # 48 abstracts of neural radiance fields, perinatal depression screening and the provenance of Chinese
    # ceramics (two untitled), written and read as file 205 by the rules of 66a89d8: of the writer's 32
    # builds-on pairs 31, 1 false; of 34 shared pairs 26, none false. 'The RADI-7, for example, had not been
    # translated into Amharic ..., so we evaluated the PHQ-9'; 'the Birth and Early Mood cohort (Sweden,
    # 2008-2010; n = 2,891)' read as cited to a maker named Sweden. Now 32 and 29, none false. Missed: Tanks
    # and Temples, ScanNet and Replica, each named by its users only as where they report results
    builds_on, shared = _loaded_pairs("other-fields-probes-205.jsonl")
    assert builds_on == {
        ("p205-02", "p205-01"), ("p205-03", "p205-01"), ("p205-05", "p205-01"), ("p205-06", "p205-01"),
        ("p205-06", "p205-03"), ("p205-08", "p205-03"), ("p205-08", "p205-06"), ("p205-10", "p205-06"),
        ("p205-12", "p205-06"), ("p205-13", "p205-03"), ("p205-14", "p205-01"), ("p205-15", "p205-12"),
        ("p205-16", "p205-06"), ("p205-18", "p205-17"), ("p205-20", "p205-19"), ("p205-22", "p205-19"),
        ("p205-25", "p205-17"), ("p205-25", "p205-19"), ("p205-28", "p205-19"), ("p205-28", "p205-22"),
        ("p205-29", "p205-28"), ("p205-31", "p205-17"), ("p205-34", "p205-33"), ("p205-38", "p205-36"),
        ("p205-39", "p205-33"), ("p205-41", "p205-36"), ("p205-42", "p205-39"), ("p205-44", "p205-33"),
        ("p205-44", "p205-39"), ("p205-45", "p205-44"), ("p205-47", "p205-36"), ("p205-48", "p205-44"),
    }  # fmt: skip
    assert shared == {
        ("p205-03", "p205-06"), ("p205-03", "p205-08"), ("p205-03", "p205-13"), ("p205-06", "p205-08"),
        ("p205-06", "p205-10"), ("p205-06", "p205-12"), ("p205-06", "p205-13"), ("p205-08", "p205-13"),
        ("p205-10", "p205-12"), ("p205-17", "p205-18"), ("p205-17", "p205-25"), ("p205-17", "p205-31"),
        ("p205-18", "p205-25"), ("p205-18", "p205-31"), ("p205-23", "p205-27"), ("p205-23", "p205-32"),
        ("p205-25", "p205-31"), ("p205-27", "p205-32"), ("p205-30", "p205-31"), ("p205-33", "p205-34"),
        ("p205-33", "p205-39"), ("p205-33", "p205-44"), ("p205-34", "p205-39"), ("p205-34", "p205-44"),
        ("p205-35", "p205-46"), ("p205-36", "p205-41"), ("p205-36", "p205-47"), ("p205-39", "p205-44"),
        ("p205-41", "p205-47"),
    }  # fmt: skip


def test_the_two_hundred_and_sixth_probes_of_federated_learning_crop_yields_and_ottoman_courts() -> None:
    # 48 abstracts of federated learning on hospital data, Bayesian hierarchical models of crop yield and
    # Ottoman court registers (two untitled), two fields of the word 'Bayesian' and East Asian and Turkish
    # names, written and read as file 206: of the writer's 36 builds-on pairs 36, none false; of 57 shared
    # pairs 42, none false. 'We compiled the West African Fertilizer Field Trials (WAFFT) database from 1,842
    # trials' made a method. Now 36 and 47, none false. Missed: USDA NASS county yields, the surveys of the
    # LSMS-ISA programme (the writer's one resource), 'İSAM's İstanbul Kadı Sicilleri series'
    builds_on, shared = _loaded_pairs("other-fields-probes-206.jsonl")
    assert builds_on == {
        ("p206-02", "p206-01"), ("p206-04", "p206-02"), ("p206-06", "p206-03"), ("p206-07", "p206-03"),
        ("p206-08", "p206-01"), ("p206-08", "p206-02"), ("p206-10", "p206-02"), ("p206-12", "p206-01"),
        ("p206-13", "p206-03"), ("p206-15", "p206-01"), ("p206-15", "p206-02"), ("p206-15", "p206-14"),
        ("p206-19", "p206-17"), ("p206-19", "p206-18"), ("p206-22", "p206-18"), ("p206-23", "p206-20"),
        ("p206-24", "p206-18"), ("p206-26", "p206-17"), ("p206-28", "p206-20"), ("p206-30", "p206-17"),
        ("p206-30", "p206-18"), ("p206-31", "p206-20"), ("p206-31", "p206-22"), ("p206-34", "p206-33"),
        ("p206-35", "p206-33"), ("p206-36", "p206-33"), ("p206-38", "p206-36"), ("p206-39", "p206-35"),
        ("p206-41", "p206-33"), ("p206-41", "p206-35"), ("p206-42", "p206-36"), ("p206-45", "p206-35"),
        ("p206-45", "p206-44"), ("p206-47", "p206-42"), ("p206-48", "p206-33"), ("p206-48", "p206-44"),
    }  # fmt: skip
    assert shared == {
        ("p206-01", "p206-02"), ("p206-01", "p206-04"), ("p206-01", "p206-08"), ("p206-01", "p206-12"),
        ("p206-01", "p206-15"), ("p206-02", "p206-08"), ("p206-02", "p206-12"), ("p206-02", "p206-15"),
        ("p206-03", "p206-07"), ("p206-03", "p206-16"), ("p206-07", "p206-16"), ("p206-08", "p206-12"),
        ("p206-08", "p206-15"), ("p206-11", "p206-12"), ("p206-11", "p206-14"), ("p206-12", "p206-14"),
        ("p206-12", "p206-15"), ("p206-17", "p206-19"), ("p206-17", "p206-26"), ("p206-17", "p206-30"),
        ("p206-19", "p206-26"), ("p206-19", "p206-30"), ("p206-20", "p206-23"), ("p206-20", "p206-26"),
        ("p206-20", "p206-30"), ("p206-20", "p206-31"), ("p206-26", "p206-30"), ("p206-26", "p206-31"),
        ("p206-30", "p206-31"), ("p206-33", "p206-34"), ("p206-33", "p206-35"), ("p206-33", "p206-36"),
        ("p206-33", "p206-41"), ("p206-33", "p206-48"), ("p206-34", "p206-35"), ("p206-34", "p206-36"),
        ("p206-34", "p206-41"), ("p206-34", "p206-48"), ("p206-35", "p206-36"), ("p206-35", "p206-41"),
        ("p206-35", "p206-48"), ("p206-36", "p206-41"), ("p206-36", "p206-48"), ("p206-41", "p206-48"),
        ("p206-44", "p206-45"), ("p206-44", "p206-48"), ("p206-45", "p206-48"),
    }  # fmt: skip


def test_the_two_hundred_and_seventh_probes_of_speech_emotion_coral_reefs_and_chinese_poetry() -> None:
    # 48 abstracts of speech emotion recognition, coral reef monitoring and the computational study of
    # Chinese classical poetry (two untitled), written and read as file 207: of the writer's 36 builds-on
    # pairs 36, none false; of 73 shared pairs 59, 16 false, all through 'the full Tang corpus', which made
    # the dynasty data every paper on Tang poetry shared (and found the Quan Tangshi's pairs for that wrong
    # reason). Now 36 and 66, none false: '2,000 poems sampled from the Quan Tangshi' names the data. Missed:
    # NOAA Coral Reef Watch CoralTemp, 'the 313 poems of the Tangshi Sanbaishou'
    builds_on, shared = _loaded_pairs("other-fields-probes-207.jsonl")
    assert builds_on == {
        ("p207-02", "p207-01"), ("p207-04", "p207-01"), ("p207-05", "p207-04"), ("p207-07", "p207-04"),
        ("p207-09", "p207-01"), ("p207-09", "p207-04"), ("p207-10", "p207-04"), ("p207-10", "p207-09"),
        ("p207-12", "p207-10"), ("p207-13", "p207-01"), ("p207-15", "p207-09"), ("p207-16", "p207-09"),
        ("p207-16", "p207-10"), ("p207-18", "p207-17"), ("p207-21", "p207-17"), ("p207-22", "p207-21"),
        ("p207-24", "p207-23"), ("p207-25", "p207-21"), ("p207-28", "p207-17"), ("p207-28", "p207-21"),
        ("p207-30", "p207-23"), ("p207-31", "p207-21"), ("p207-32", "p207-17"), ("p207-32", "p207-23"),
        ("p207-34", "p207-33"), ("p207-35", "p207-33"), ("p207-38", "p207-35"), ("p207-39", "p207-35"),
        ("p207-41", "p207-35"), ("p207-42", "p207-39"), ("p207-44", "p207-39"), ("p207-46", "p207-33"),
        ("p207-47", "p207-35"), ("p207-47", "p207-39"), ("p207-48", "p207-33"), ("p207-48", "p207-35"),
    }  # fmt: skip
    assert shared == {
        ("p207-01", "p207-02"), ("p207-01", "p207-04"), ("p207-01", "p207-09"), ("p207-01", "p207-13"),
        ("p207-02", "p207-04"), ("p207-02", "p207-09"), ("p207-02", "p207-13"), ("p207-04", "p207-07"),
        ("p207-04", "p207-09"), ("p207-04", "p207-10"), ("p207-04", "p207-13"), ("p207-04", "p207-16"),
        ("p207-06", "p207-12"), ("p207-07", "p207-10"), ("p207-07", "p207-16"), ("p207-08", "p207-10"),
        ("p207-08", "p207-14"), ("p207-08", "p207-16"), ("p207-09", "p207-13"), ("p207-10", "p207-14"),
        ("p207-10", "p207-16"), ("p207-14", "p207-16"), ("p207-17", "p207-18"), ("p207-17", "p207-21"),
        ("p207-17", "p207-28"), ("p207-17", "p207-32"), ("p207-18", "p207-21"), ("p207-18", "p207-28"),
        ("p207-18", "p207-32"), ("p207-21", "p207-28"), ("p207-21", "p207-32"), ("p207-22", "p207-25"),
        ("p207-28", "p207-32"), ("p207-33", "p207-34"), ("p207-33", "p207-35"), ("p207-33", "p207-37"),
        ("p207-33", "p207-42"), ("p207-33", "p207-46"), ("p207-34", "p207-35"), ("p207-34", "p207-37"),
        ("p207-34", "p207-42"), ("p207-34", "p207-46"), ("p207-35", "p207-37"), ("p207-35", "p207-38"),
        ("p207-35", "p207-39"), ("p207-35", "p207-40"), ("p207-35", "p207-41"), ("p207-35", "p207-42"),
        ("p207-35", "p207-44"), ("p207-35", "p207-46"), ("p207-35", "p207-47"), ("p207-35", "p207-48"),
        ("p207-37", "p207-42"), ("p207-37", "p207-46"), ("p207-38", "p207-39"), ("p207-38", "p207-41"),
        ("p207-38", "p207-47"), ("p207-38", "p207-48"), ("p207-39", "p207-41"), ("p207-39", "p207-47"),
        ("p207-39", "p207-48"), ("p207-40", "p207-44"), ("p207-41", "p207-47"), ("p207-41", "p207-48"),
        ("p207-42", "p207-46"), ("p207-47", "p207-48"),
    }  # fmt: skip


def test_the_two_hundred_and_eighth_probes_of_traffic_forecasting_antibiotic_use_and_dunhuang() -> None:
    # 48 abstracts of graph networks for traffic forecasting, antimicrobial stewardship in primary care and
    # the Dunhuang Buddhist manuscripts (two untitled), written and read as file 208 by the rules of 98914de:
    # of the writer's 36 builds-on pairs 35, none false; of 65 shared pairs 49, none false. "On METR-LA,
    # STAGE reduces 60-minute MAE to 3.21 mph" is a result on the benchmark, as "reaches" was. Now 35 and
    # 58, none false. Missed: "The SPRING intervention was rolled out", PeMSD4 and PeMSD8 (named by users
    # who train on them among other data), "the CBETA digital canon"
    builds_on, shared = _loaded_pairs("other-fields-probes-208.jsonl")
    assert builds_on == {
        ("p208-02", "p208-01"), ("p208-03", "p208-01"), ("p208-05", "p208-03"), ("p208-06", "p208-01"),
        ("p208-06", "p208-03"), ("p208-07", "p208-06"), ("p208-08", "p208-06"), ("p208-10", "p208-03"),
        ("p208-10", "p208-06"), ("p208-11", "p208-07"), ("p208-14", "p208-03"), ("p208-14", "p208-06"),
        ("p208-15", "p208-03"), ("p208-15", "p208-06"), ("p208-19", "p208-17"), ("p208-22", "p208-17"),
        ("p208-22", "p208-18"), ("p208-24", "p208-18"), ("p208-24", "p208-21"), ("p208-26", "p208-24"),
        ("p208-28", "p208-21"), ("p208-29", "p208-17"), ("p208-29", "p208-18"), ("p208-31", "p208-18"),
        ("p208-34", "p208-33"), ("p208-35", "p208-33"), ("p208-37", "p208-33"), ("p208-37", "p208-35"),
        ("p208-39", "p208-38"), ("p208-40", "p208-38"), ("p208-41", "p208-40"), ("p208-44", "p208-33"),
        ("p208-45", "p208-40"), ("p208-48", "p208-35"), ("p208-48", "p208-38"),
        # (since 7 December, seventeenth: the trial its title names, "...(SPRING): a cluster-randomised
        # controlled trial"; its intervention, adapted or delivered, no use of its data)
        ("p208-32", "p208-24"),
    }  # fmt: skip
    assert shared == {
        ("p208-01", "p208-02"), ("p208-01", "p208-06"), ("p208-01", "p208-09"), ("p208-01", "p208-13"),
        ("p208-01", "p208-15"), ("p208-02", "p208-06"), ("p208-03", "p208-05"), ("p208-03", "p208-06"),
        ("p208-03", "p208-10"), ("p208-03", "p208-14"), ("p208-03", "p208-15"), ("p208-05", "p208-06"),
        ("p208-05", "p208-10"), ("p208-05", "p208-14"), ("p208-05", "p208-15"), ("p208-06", "p208-10"),
        ("p208-06", "p208-14"), ("p208-06", "p208-15"), ("p208-09", "p208-13"), ("p208-09", "p208-15"),
        ("p208-10", "p208-14"), ("p208-10", "p208-15"), ("p208-13", "p208-15"), ("p208-14", "p208-15"),
        ("p208-17", "p208-19"), ("p208-17", "p208-22"), ("p208-17", "p208-29"), ("p208-19", "p208-22"),
        ("p208-19", "p208-29"), ("p208-20", "p208-28"), ("p208-20", "p208-32"), ("p208-22", "p208-29"),
        ("p208-28", "p208-32"), ("p208-33", "p208-34"), ("p208-33", "p208-35"), ("p208-33", "p208-37"),
        ("p208-33", "p208-38"), ("p208-33", "p208-42"), ("p208-33", "p208-43"), ("p208-33", "p208-44"),
        ("p208-34", "p208-35"), ("p208-34", "p208-37"), ("p208-34", "p208-44"), ("p208-35", "p208-37"),
        ("p208-35", "p208-44"), ("p208-37", "p208-44"), ("p208-38", "p208-39"), ("p208-38", "p208-40"),
        ("p208-38", "p208-42"), ("p208-38", "p208-43"), ("p208-38", "p208-48"), ("p208-39", "p208-40"),
        ("p208-39", "p208-48"), ("p208-40", "p208-41"), ("p208-40", "p208-45"), ("p208-40", "p208-48"),
        ("p208-41", "p208-45"), ("p208-42", "p208-43"),
    }  # fmt: skip


def test_the_two_hundred_and_ninth_probes_of_bantu_phylogenetics_wind_turbines_and_school_activity() -> None:
    # 48 abstracts of Bayesian phylogenetics of language families, wind turbine fault detection and school
    # physical activity (two untitled), written and read as file 209: of the writer's 35 builds-on pairs 33,
    # 2 false; of 36 shared pairs 29, 80 false, 76 of them through SCADA, a kind of data every paper on
    # turbines names, which "trained on SCADA data" had made a dataset; one paper spells it "supervisory
    # control and data acquisition (SCADA)", a term. "the BantuLex-440 compilation, for example, includes
    # only eleven Grassfields varieties" and "methods such as TurbiGraph, which require SCADA data and farm
    # layout information that are not available" use nothing. Now 33, none false, and 28, 3 false
    builds_on, shared = _loaded_pairs("other-fields-probes-209.jsonl")
    assert builds_on == {
        ("p209-04", "p209-01"), ("p209-04", "p209-03"), ("p209-07", "p209-03"), ("p209-07", "p209-05"),
        ("p209-08", "p209-01"), ("p209-10", "p209-03"), ("p209-10", "p209-05"), ("p209-11", "p209-03"),
        ("p209-11", "p209-05"), ("p209-12", "p209-01"), ("p209-12", "p209-03"), ("p209-12", "p209-11"),
        ("p209-14", "p209-11"), ("p209-18", "p209-17"), ("p209-21", "p209-19"), ("p209-22", "p209-19"),
        ("p209-23", "p209-17"), ("p209-25", "p209-21"), ("p209-25", "p209-23"), ("p209-26", "p209-21"),
        ("p209-27", "p209-19"), ("p209-30", "p209-21"), ("p209-32", "p209-19"), ("p209-32", "p209-21"),
        ("p209-34", "p209-33"), ("p209-37", "p209-35"), ("p209-39", "p209-33"), ("p209-40", "p209-35"),
        ("p209-41", "p209-35"), ("p209-41", "p209-37"), ("p209-43", "p209-33"), ("p209-43", "p209-39"),
        ("p209-46", "p209-37"),
    }  # fmt: skip
    assert shared == {
        ("p209-01", "p209-04"), ("p209-01", "p209-08"), ("p209-01", "p209-12"), ("p209-02", "p209-03"),
        ("p209-02", "p209-13"), ("p209-03", "p209-13"), ("p209-04", "p209-08"), ("p209-04", "p209-12"),
        ("p209-05", "p209-14"), ("p209-08", "p209-12"), ("p209-17", "p209-18"), ("p209-17", "p209-23"),
        ("p209-17", "p209-25"), ("p209-18", "p209-23"), ("p209-18", "p209-25"), ("p209-20", "p209-24"),
        ("p209-21", "p209-22"), ("p209-21", "p209-26"), ("p209-22", "p209-26"), ("p209-23", "p209-25"),
        ("p209-30", "p209-32"), ("p209-33", "p209-34"), ("p209-33", "p209-39"), ("p209-33", "p209-43"),
        ("p209-34", "p209-39"), ("p209-34", "p209-43"),
        ("p209-39", "p209-43"), ("p209-42", "p209-46"),
        # FALSE: the GEARS trial's intervention, adapted, and its effect sizes (to the writer, no data)
        ("p209-37", "p209-41"), ("p209-37", "p209-46"), ("p209-41", "p209-46"),
    }  # fmt: skip


def test_the_two_hundred_and_tenth_probes_of_rag_evaluation_seagrass_carbon_and_chinese_stocks() -> None:
    # 48 abstracts of the evaluation of retrieval-augmented generation, seagrass blue carbon and anomalies
    # of the Chinese stock market (two untitled), written and read as file 210: of the writer's 35 builds-on
    # pairs 35, 2 false; of 52 shared pairs 48, 9 false. "Automatic faithfulness scoring could not be
    # included in the comparison; FactWeave, for instance, depends on ..." and "Global predictive products
    # were not used to fill gaps in our sampling: ... almost unrepresented in BlueCore-1200" use nothing. Now
    # 35, none false, and 48, 4 false. Missed: QReCC, the UNEP-WCMC seagrass distribution, CNRDS
    builds_on, shared = _loaded_pairs("other-fields-probes-210.jsonl")
    assert builds_on == {
        ("p210-02", "p210-01"), ("p210-03", "p210-01"), ("p210-04", "p210-02"), ("p210-06", "p210-02"),
        ("p210-08", "p210-01"), ("p210-09", "p210-04"), ("p210-11", "p210-01"), ("p210-11", "p210-02"),
        ("p210-12", "p210-04"), ("p210-13", "p210-04"), ("p210-13", "p210-11"), ("p210-15", "p210-11"),
        ("p210-16", "p210-08"), ("p210-16", "p210-11"), ("p210-18", "p210-17"), ("p210-20", "p210-17"),
        ("p210-21", "p210-20"), ("p210-22", "p210-17"), ("p210-24", "p210-20"), ("p210-24", "p210-22"),
        ("p210-28", "p210-17"), ("p210-28", "p210-20"), ("p210-30", "p210-28"), ("p210-31", "p210-22"),
        ("p210-32", "p210-28"), ("p210-38", "p210-35"), ("p210-40", "p210-37"), ("p210-41", "p210-37"),
        ("p210-43", "p210-35"), ("p210-45", "p210-40"), ("p210-45", "p210-43"), ("p210-46", "p210-37"),
        ("p210-46", "p210-40"), ("p210-47", "p210-37"), ("p210-48", "p210-37"),
    }  # fmt: skip
    assert shared == {
        ("p210-01", "p210-02"), ("p210-01", "p210-03"), ("p210-01", "p210-11"),
        ("p210-02", "p210-03"), ("p210-02", "p210-04"), ("p210-02", "p210-10"),
        ("p210-02", "p210-11"), ("p210-02", "p210-13"), ("p210-03", "p210-04"),
        ("p210-03", "p210-10"), ("p210-03", "p210-11"), ("p210-04", "p210-10"), ("p210-04", "p210-13"),
        ("p210-06", "p210-13"), ("p210-08", "p210-16"), ("p210-10", "p210-13"),
        ("p210-17", "p210-18"), ("p210-17", "p210-20"), ("p210-17", "p210-22"), ("p210-17", "p210-28"),
        ("p210-18", "p210-20"), ("p210-18", "p210-22"), ("p210-18", "p210-28"), ("p210-20", "p210-22"),
        ("p210-20", "p210-28"), ("p210-22", "p210-28"), ("p210-25", "p210-30"), ("p210-25", "p210-32"),
        ("p210-30", "p210-32"), ("p210-33", "p210-37"), ("p210-33", "p210-40"), ("p210-33", "p210-41"),
        ("p210-34", "p210-35"), ("p210-34", "p210-42"), ("p210-35", "p210-38"), ("p210-35", "p210-42"),
        ("p210-35", "p210-43"), ("p210-37", "p210-40"), ("p210-37", "p210-41"), ("p210-38", "p210-39"),
        ("p210-38", "p210-43"), ("p210-38", "p210-44"), ("p210-38", "p210-46"), ("p210-39", "p210-44"),
        ("p210-39", "p210-46"), ("p210-40", "p210-41"), ("p210-43", "p210-45"), ("p210-44", "p210-46"),
        # FALSE: PROVENQA 2.0, the second release, holds none of the first's questions (to the writer, no
        # shared data)
        ("p210-01", "p210-08"), ("p210-02", "p210-08"), ("p210-03", "p210-08"), ("p210-08", "p210-11"),
    }  # fmt: skip


def test_the_two_hundred_and_eleventh_probes_of_robot_grasping_postpartum_haemorrhage_and_courts() -> None:
    # 48 abstracts of reinforcement learning for robotic grasping, postpartum haemorrhage and text mining of
    # Chinese court judgments (two untitled), written and read as file 211 by the rules of 6101543: of the
    # writer's 35 builds-on pairs 32, none false; of 43 shared pairs 39, none false. "accuracy improved from
    # 71.9% (HARP) to 78.4%" had read as HARP spelt out otherwise. Now 33 and 39, none false. Missed: "To
    # describe and validate the Haemo-Drape 500, a low-cost calibrated plastic drape" (its users with it),
    # the National Inpatient Sample, the Consortium on Safe Labor
    builds_on, shared = _loaded_pairs("other-fields-probes-211.jsonl")
    assert builds_on == {
        ("p211-03", "p211-01"), ("p211-05", "p211-03"), ("p211-06", "p211-03"), ("p211-07", "p211-06"),
        ("p211-09", "p211-01"), ("p211-10", "p211-03"), ("p211-10", "p211-06"), ("p211-11", "p211-03"),
        ("p211-11", "p211-06"), ("p211-13", "p211-06"), ("p211-13", "p211-11"), ("p211-15", "p211-01"),
        ("p211-15", "p211-11"), ("p211-18", "p211-17"), ("p211-21", "p211-19"), ("p211-22", "p211-19"),
        ("p211-22", "p211-20"), ("p211-25", "p211-20"), ("p211-27", "p211-25"), ("p211-28", "p211-20"),
        ("p211-28", "p211-25"), ("p211-30", "p211-20"), ("p211-35", "p211-34"), ("p211-38", "p211-35"),
        ("p211-39", "p211-35"), ("p211-41", "p211-39"), ("p211-42", "p211-34"), ("p211-43", "p211-42"),
        ("p211-45", "p211-35"), ("p211-45", "p211-39"), ("p211-46", "p211-41"), ("p211-48", "p211-39"),
        ("p211-48", "p211-42"),
    }  # fmt: skip
    assert shared == {
        ("p211-01", "p211-03"), ("p211-01", "p211-09"), ("p211-01", "p211-15"), ("p211-02", "p211-05"),
        ("p211-02", "p211-16"), ("p211-03", "p211-09"), ("p211-03", "p211-15"), ("p211-04", "p211-09"),
        ("p211-04", "p211-12"), ("p211-05", "p211-16"), ("p211-09", "p211-12"), ("p211-09", "p211-15"),
        ("p211-19", "p211-21"), ("p211-19", "p211-22"), ("p211-21", "p211-22"), ("p211-27", "p211-32"),
        ("p211-33", "p211-34"), ("p211-33", "p211-35"), ("p211-33", "p211-43"), ("p211-33", "p211-44"),
        ("p211-34", "p211-35"), ("p211-34", "p211-43"), ("p211-34", "p211-44"), ("p211-35", "p211-38"),
        ("p211-35", "p211-39"), ("p211-35", "p211-43"), ("p211-35", "p211-44"), ("p211-35", "p211-45"),
        ("p211-36", "p211-39"), ("p211-36", "p211-41"), ("p211-36", "p211-46"), ("p211-37", "p211-47"),
        ("p211-38", "p211-39"), ("p211-38", "p211-45"), ("p211-39", "p211-41"), ("p211-39", "p211-45"),
        ("p211-39", "p211-46"), ("p211-41", "p211-46"), ("p211-43", "p211-44"),
    }  # fmt: skip


def test_the_two_hundred_and_twelfth_probes_of_bayesian_irt_river_microplastics_and_capitularies() -> None:
    # 48 abstracts of Bayesian item response theory, microplastics in rivers and Carolingian capitularies
    # (two untitled), written and read as file 212: of the writer's 33 builds-on pairs 33, 2 false; of 42
    # shared pairs 24, none false. "Because Sorrel does not currently support IRTree decompositions ...,
    # models were coded directly in Stan", "Such approaches, of which CapiStyl is the best known, have been
    # criticised" use nothing; "a database that compiles 2,314 concentration measurements", "an expanded and
    # quality-tiered global inventory of ... observations", "ATD 2: extending the Ansegis Transmission
    # Database" are data. Now 33, none false, and 29, none false. Missed: a second release with the first's
    # users (one resource to this writer), the Boretius-Krause edition and Mordek's Bibliotheca
    builds_on, shared = _loaded_pairs("other-fields-probes-212.jsonl")
    assert builds_on == {
        ("p212-04", "p212-01"), ("p212-05", "p212-03"), ("p212-06", "p212-01"), ("p212-06", "p212-05"),
        ("p212-08", "p212-03"), ("p212-09", "p212-03"), ("p212-10", "p212-01"), ("p212-11", "p212-03"),
        ("p212-13", "p212-11"), ("p212-15", "p212-01"), ("p212-15", "p212-12"), ("p212-16", "p212-05"),
        ("p212-16", "p212-11"), ("p212-20", "p212-18"), ("p212-23", "p212-18"), ("p212-23", "p212-21"),
        ("p212-24", "p212-19"), ("p212-25", "p212-18"), ("p212-28", "p212-19"), ("p212-28", "p212-23"),
        ("p212-29", "p212-18"), ("p212-31", "p212-28"), ("p212-32", "p212-21"), ("p212-36", "p212-35"),
        ("p212-38", "p212-37"), ("p212-40", "p212-37"), ("p212-40", "p212-38"), ("p212-42", "p212-35"),
        ("p212-43", "p212-42"), ("p212-45", "p212-37"), ("p212-45", "p212-38"), ("p212-47", "p212-38"),
        ("p212-48", "p212-38"),
    }  # fmt: skip
    assert shared == {
        ("p212-05", "p212-06"), ("p212-05", "p212-16"), ("p212-06", "p212-16"), ("p212-08", "p212-14"),
        ("p212-10", "p212-11"), ("p212-10", "p212-13"), ("p212-10", "p212-15"), ("p212-11", "p212-13"),
        ("p212-11", "p212-15"), ("p212-13", "p212-15"), ("p212-19", "p212-24"), ("p212-19", "p212-28"),
        ("p212-22", "p212-25"), ("p212-23", "p212-28"), ("p212-24", "p212-28"), ("p212-28", "p212-31"),
        ("p212-29", "p212-30"), ("p212-29", "p212-32"), ("p212-30", "p212-32"), ("p212-35", "p212-36"),
        ("p212-35", "p212-42"), ("p212-36", "p212-42"), ("p212-37", "p212-38"), ("p212-37", "p212-40"),
        ("p212-37", "p212-45"), ("p212-38", "p212-40"), ("p212-38", "p212-45"), ("p212-40", "p212-45"),
        ("p212-42", "p212-43"),
    }  # fmt: skip


def test_the_two_hundred_and_thirteenth_probes_of_african_speech_wildfire_smoke_and_rural_china() -> None:
    # 48 abstracts of speech recognition for African languages, wildfire smoke and respiratory admissions,
    # and Chinese rural household surveys (two untitled), written and read as file 213: of the writer's 35
    # builds-on pairs 35, 1 false; of 51 shared pairs 29, 1 false. "the authors plan to validate ... using
    # the 14-day diary module of LORA" (future work); "the China Family Panel Studies (CFPS)" is data. Now 35
    # and 34, none false. Missed: Common Voice and FLEURS named by version, NOAA HMS smoke plumes, EPA AQS
    # monitors, CHIP, the RCRE survey
    builds_on, shared = _loaded_pairs("other-fields-probes-213.jsonl")
    assert builds_on == {
        ("p213-02", "p213-01"), ("p213-05", "p213-03"), ("p213-08", "p213-03"), ("p213-09", "p213-01"),
        ("p213-10", "p213-06"), ("p213-11", "p213-09"), ("p213-12", "p213-09"), ("p213-13", "p213-01"),
        ("p213-13", "p213-09"), ("p213-14", "p213-01"), ("p213-14", "p213-13"), ("p213-15", "p213-03"),
        ("p213-15", "p213-09"), ("p213-18", "p213-17"), ("p213-21", "p213-19"), ("p213-23", "p213-19"),
        ("p213-24", "p213-17"), ("p213-24", "p213-23"), ("p213-25", "p213-17"), ("p213-27", "p213-23"),
        ("p213-27", "p213-25"), ("p213-28", "p213-25"), ("p213-31", "p213-30"), ("p213-32", "p213-25"),
        ("p213-34", "p213-33"), ("p213-37", "p213-36"), ("p213-42", "p213-39"), ("p213-43", "p213-42"),
        ("p213-45", "p213-33"), ("p213-45", "p213-39"), ("p213-46", "p213-33"), ("p213-46", "p213-36"),
        ("p213-46", "p213-45"), ("p213-47", "p213-42"), ("p213-48", "p213-36"),
    }  # fmt: skip
    assert shared == {
        ("p213-01", "p213-02"), ("p213-01", "p213-09"), ("p213-01", "p213-13"), ("p213-01", "p213-14"),
        ("p213-02", "p213-09"), ("p213-02", "p213-13"), ("p213-02", "p213-14"), ("p213-03", "p213-08"),
        ("p213-06", "p213-10"), ("p213-06", "p213-16"), ("p213-09", "p213-13"), ("p213-09", "p213-14"),
        ("p213-10", "p213-16"), ("p213-13", "p213-14"), ("p213-19", "p213-21"), ("p213-19", "p213-23"),
        ("p213-20", "p213-29"), ("p213-21", "p213-23"), ("p213-33", "p213-34"), ("p213-33", "p213-45"),
        ("p213-33", "p213-46"), ("p213-34", "p213-45"), ("p213-34", "p213-46"), ("p213-41", "p213-43"),
        ("p213-41", "p213-44"), ("p213-41", "p213-48"), ("p213-42", "p213-43"), ("p213-42", "p213-47"),
        ("p213-43", "p213-44"), ("p213-43", "p213-47"), ("p213-43", "p213-48"), ("p213-44", "p213-47"),
        ("p213-44", "p213-48"), ("p213-45", "p213-46"),
    }  # fmt: skip


def test_the_two_hundred_and_fourteenth_probes_of_video_tracking_dementia_carers_and_loanwords() -> None:
    # 48 abstracts of multi-object tracking, dementia caregiver interventions and Chinese loanwords in
    # Japanese and Korean (two untitled), written and read as file 214 by the rules of c7b1dfd: of the
    # writer's 41 builds-on pairs 35, 1 false; of 57 shared pairs 53, 10 false. "Memory And Goal-Planning
    # Intervention for Everyday caregiving (MAGPIE): a pragmatic randomised controlled trial ..." presented
    # nothing (a lead too long for a name, its acronym's bracket before the colon). Now 38, 1 false, and 53,
    # 10 false, all of releases this writer keeps apart. Missed: the CSDR-SF short form by its users,
    # SportsMOT
    builds_on, shared = _loaded_pairs("other-fields-probes-214.jsonl")
    assert builds_on == {
        ("p214-02", "p214-01"), ("p214-03", "p214-01"), ("p214-04", "p214-01"), ("p214-06", "p214-03"),
        ("p214-07", "p214-01"), ("p214-07", "p214-04"), ("p214-09", "p214-03"), ("p214-11", "p214-03"),
        ("p214-11", "p214-04"), ("p214-13", "p214-03"), ("p214-13", "p214-07"), ("p214-14", "p214-13"),
        ("p214-16", "p214-03"), ("p214-16", "p214-13"), ("p214-18", "p214-17"), ("p214-20", "p214-17"),
        ("p214-21", "p214-17"), ("p214-21", "p214-18"), ("p214-23", "p214-17"), ("p214-23", "p214-20"),
        ("p214-26", "p214-17"), ("p214-26", "p214-18"), ("p214-27", "p214-20"), ("p214-29", "p214-18"),
        ("p214-30", "p214-17"), ("p214-30", "p214-20"), ("p214-34", "p214-33"), ("p214-36", "p214-33"),
        ("p214-37", "p214-36"), ("p214-39", "p214-33"), ("p214-39", "p214-38"), ("p214-42", "p214-33"),
        ("p214-43", "p214-36"), ("p214-43", "p214-42"), ("p214-45", "p214-38"), ("p214-47", "p214-36"),
        ("p214-48", "p214-38"), ("p214-48", "p214-42"),
        # FALSE: "taken from the second release of the Sino-Xenic Lexical Database", sent to the
        # first's paper, not the release's (SXLD 2.0)
        ("p214-45", "p214-33"),
    }  # fmt: skip
    assert shared == {
        ("p214-01", "p214-02"), ("p214-01", "p214-03"), ("p214-01", "p214-04"), ("p214-02", "p214-03"),
        ("p214-02", "p214-04"), ("p214-02", "p214-09"), ("p214-02", "p214-12"), ("p214-02", "p214-16"),
        ("p214-03", "p214-04"), ("p214-03", "p214-09"), ("p214-03", "p214-12"), ("p214-03", "p214-16"),
        ("p214-05", "p214-09"), ("p214-05", "p214-12"), ("p214-05", "p214-13"), ("p214-05", "p214-16"),
        ("p214-07", "p214-13"), ("p214-09", "p214-12"), ("p214-09", "p214-16"), ("p214-12", "p214-13"),
        ("p214-12", "p214-16"), ("p214-13", "p214-16"), ("p214-18", "p214-21"), ("p214-18", "p214-26"),
        ("p214-18", "p214-29"), ("p214-19", "p214-25"), ("p214-21", "p214-26"), ("p214-21", "p214-29"),
        ("p214-26", "p214-29"), ("p214-33", "p214-34"), ("p214-33", "p214-36"), ("p214-33", "p214-39"),
        ("p214-34", "p214-36"), ("p214-34", "p214-39"), ("p214-34", "p214-45"), ("p214-34", "p214-48"),
        ("p214-36", "p214-39"), ("p214-38", "p214-39"), ("p214-38", "p214-45"), ("p214-38", "p214-48"),
        ("p214-39", "p214-45"), ("p214-39", "p214-48"), ("p214-41", "p214-42"), ("p214-41", "p214-44"),
        ("p214-41", "p214-46"), ("p214-42", "p214-43"), ("p214-42", "p214-44"), ("p214-42", "p214-45"),
        ("p214-42", "p214-46"), ("p214-42", "p214-48"), ("p214-43", "p214-48"), ("p214-44", "p214-46"),
        ("p214-45", "p214-48"),
        # FALSE: a release's paper with the first release's users (KNOTS v2, SXLD 2.0: to this writer,
        # each release its own data)
        ("p214-01", "p214-07"), ("p214-02", "p214-07"), ("p214-03", "p214-07"), ("p214-04", "p214-07"),
        ("p214-33", "p214-42"), ("p214-33", "p214-45"), ("p214-34", "p214-42"), ("p214-36", "p214-42"),
        ("p214-36", "p214-45"), ("p214-39", "p214-42"),
    }  # fmt: skip


def test_the_two_hundred_and_fifteenth_probes_of_building_energy_poultry_resistance_and_neumes() -> None:
    # 48 abstracts of Bayesian calibration of building energy models, antimicrobial resistance in poultry
    # and Byzantine musical manuscripts (two untitled), written and read as file 215 by the rules of c7b1dfd:
    # of the writer's 36 builds-on pairs 36, none false; of 37 shared pairs 33, 1 false; unchanged since.
    # Missed: the TABULA typology, NARMS, the EU harmonised monitoring, ESVAC sales data
    builds_on, shared = _loaded_pairs("other-fields-probes-215.jsonl")
    assert builds_on == {
        ("p215-02", "p215-01"), ("p215-04", "p215-01"), ("p215-04", "p215-03"), ("p215-05", "p215-01"),
        ("p215-06", "p215-03"), ("p215-07", "p215-06"), ("p215-09", "p215-06"), ("p215-10", "p215-01"),
        ("p215-11", "p215-01"), ("p215-11", "p215-03"), ("p215-12", "p215-11"), ("p215-13", "p215-06"),
        ("p215-14", "p215-06"), ("p215-15", "p215-11"), ("p215-19", "p215-17"), ("p215-21", "p215-20"),
        ("p215-23", "p215-17"), ("p215-24", "p215-20"), ("p215-25", "p215-17"), ("p215-27", "p215-23"),
        ("p215-28", "p215-20"), ("p215-29", "p215-28"), ("p215-31", "p215-23"), ("p215-31", "p215-26"),
        ("p215-32", "p215-28"), ("p215-36", "p215-33"), ("p215-38", "p215-33"), ("p215-38", "p215-36"),
        ("p215-39", "p215-36"), ("p215-42", "p215-40"), ("p215-43", "p215-40"), ("p215-44", "p215-33"),
        ("p215-44", "p215-36"), ("p215-46", "p215-40"), ("p215-47", "p215-46"), ("p215-48", "p215-36"),
    }  # fmt: skip
    assert shared == {
        ("p215-03", "p215-04"), ("p215-03", "p215-06"), ("p215-03", "p215-11"), ("p215-04", "p215-06"),
        ("p215-04", "p215-11"), ("p215-05", "p215-08"), ("p215-06", "p215-11"), ("p215-12", "p215-14"),
        ("p215-12", "p215-16"), ("p215-14", "p215-16"), ("p215-17", "p215-19"), ("p215-17", "p215-23"),
        ("p215-17", "p215-25"), ("p215-19", "p215-23"), ("p215-19", "p215-25"), ("p215-22", "p215-29"),
        ("p215-23", "p215-25"), ("p215-33", "p215-36"), ("p215-33", "p215-38"), ("p215-33", "p215-44"),
        ("p215-34", "p215-40"), ("p215-34", "p215-43"), ("p215-34", "p215-45"), ("p215-35", "p215-37"),
        ("p215-35", "p215-42"), ("p215-36", "p215-38"), ("p215-36", "p215-44"), ("p215-37", "p215-42"),
        ("p215-38", "p215-44"), ("p215-40", "p215-43"), ("p215-40", "p215-45"), ("p215-43", "p215-45"),
        ("p215-46", "p215-48"),
        # FALSE: ResiPlex-12, a LAMP assay, read as data
        ("p215-26", "p215-31"),
    }  # fmt: skip


def test_the_two_hundred_and_sixteenth_probes_of_tabular_learning_glaciers_and_qing_grain_prices() -> None:
    # 48 abstracts of tabular deep learning benchmarks, glacier mass balance and Qing grain price records
    # (two untitled), written and read as file 216 by the rules of c7b1dfd: of the writer's 34 builds-on
    # pairs 32, 3 false; of 57 shared pairs 41, 17 false. "Training data come from Granary, the company's
    # internal feature store" is no Granary of benchmarks. Now 32, 2 false, and 41, 13 false, all of
    # releases this writer keeps apart. Missed: HAR10, RGI 6.0, CHGIS, KHGMB v2 by its users
    builds_on, shared = _loaded_pairs("other-fields-probes-216.jsonl")
    assert builds_on == {
        ("p216-02", "p216-01"), ("p216-04", "p216-03"), ("p216-05", "p216-03"), ("p216-08", "p216-01"),
        ("p216-08", "p216-03"), ("p216-08", "p216-06"), ("p216-11", "p216-01"), ("p216-11", "p216-03"),
        ("p216-12", "p216-03"), ("p216-14", "p216-03"), ("p216-15", "p216-06"), ("p216-15", "p216-11"),
        ("p216-16", "p216-11"), ("p216-19", "p216-18"), ("p216-22", "p216-20"), ("p216-26", "p216-18"),
        ("p216-26", "p216-23"), ("p216-27", "p216-18"), ("p216-28", "p216-20"), ("p216-28", "p216-27"),
        ("p216-30", "p216-20"), ("p216-30", "p216-27"), ("p216-32", "p216-20"), ("p216-32", "p216-23"),
        ("p216-35", "p216-34"), ("p216-38", "p216-34"), ("p216-39", "p216-36"), ("p216-41", "p216-34"),
        ("p216-42", "p216-38"), ("p216-43", "p216-36"), ("p216-46", "p216-38"), ("p216-47", "p216-36"),
        # FALSE: "from the second release of the Rain-and-Harvest Memorials Corpus", whose paper
        # presents nothing the rules read as a name ("..., Second Release: ..."), sent to the first's
        # paper
        ("p216-42", "p216-34"), ("p216-46", "p216-34"),
    }  # fmt: skip
    assert shared == {
        ("p216-01", "p216-02"), ("p216-01", "p216-08"), ("p216-02", "p216-08"), ("p216-04", "p216-05"),
        ("p216-04", "p216-09"), ("p216-05", "p216-09"), ("p216-07", "p216-12"), ("p216-10", "p216-14"),
        ("p216-11", "p216-15"), ("p216-11", "p216-16"), ("p216-15", "p216-16"), ("p216-17", "p216-24"),
        ("p216-18", "p216-19"), ("p216-18", "p216-26"), ("p216-18", "p216-27"), ("p216-19", "p216-26"),
        ("p216-26", "p216-27"), ("p216-29", "p216-30"), ("p216-29", "p216-31"), ("p216-30", "p216-31"),
        ("p216-33", "p216-35"), ("p216-33", "p216-36"), ("p216-33", "p216-39"), ("p216-33", "p216-43"),
        ("p216-33", "p216-47"), ("p216-34", "p216-35"), ("p216-34", "p216-38"), ("p216-35", "p216-36"),
        ("p216-35", "p216-38"), ("p216-35", "p216-39"), ("p216-35", "p216-43"), ("p216-35", "p216-47"),
        ("p216-36", "p216-39"), ("p216-36", "p216-43"), ("p216-36", "p216-47"), ("p216-39", "p216-43"),
        ("p216-39", "p216-47"), ("p216-41", "p216-42"), ("p216-41", "p216-46"), ("p216-42", "p216-46"),
        ("p216-43", "p216-47"),
        # FALSE: releases kept apart by this writer (Granary 2.0, KHGMB v2, the RHMC's second release)
        ("p216-01", "p216-11"), ("p216-02", "p216-11"), ("p216-08", "p216-11"), ("p216-19", "p216-27"),
        ("p216-34", "p216-41"), ("p216-34", "p216-42"), ("p216-34", "p216-46"), ("p216-35", "p216-41"),
        ("p216-35", "p216-42"), ("p216-35", "p216-46"), ("p216-38", "p216-41"), ("p216-38", "p216-42"),
        ("p216-38", "p216-46"),
        # a release of data a paper presents is data (7 December, sixteenth)
        ("p216-27", "p216-28"),
        ("p216-27", "p216-30"),
        ("p216-28", "p216-30"),
    }  # fmt: skip


def test_the_two_hundred_and_seventeenth_probes_of_point_clouds_sickle_cell_and_qiaopi_letters() -> None:
    # 48 abstracts of point cloud segmentation, sickle cell disease in Africa and Chinese diaspora remittance
    # letters (two untitled), written and read as file 217 by the rules of 9437448: of the writer's 36
    # builds-on pairs 31, 1 false; of 73 shared pairs 61, 5 false. "+1.8 (PLT [27]) points" (a short acronym
    # cited by number is the published thing), "partly because the most accessible text collections, such
    # as the Chaoshan-Nanyang Qiaopi Corpus, were assembled there" (not used). Now 33 and 61, none false.
    # Missed: S3DIS, ScanNet v2, the TAMU trial's data, the Maritime Customs trade reports
    builds_on, shared = _loaded_pairs("other-fields-probes-217.jsonl")
    assert builds_on == {
        ("p217-02", "p217-01"), ("p217-04", "p217-01"), ("p217-05", "p217-04"), ("p217-06", "p217-04"),
        ("p217-08", "p217-06"), ("p217-09", "p217-01"), ("p217-09", "p217-04"), ("p217-10", "p217-04"),
        ("p217-10", "p217-09"), ("p217-12", "p217-06"), ("p217-13", "p217-04"), ("p217-15", "p217-09"),
        ("p217-18", "p217-17"), ("p217-22", "p217-20"), ("p217-24", "p217-17"), ("p217-26", "p217-20"),
        ("p217-28", "p217-17"), ("p217-29", "p217-23"), ("p217-32", "p217-17"), ("p217-32", "p217-20"),
        ("p217-35", "p217-34"), ("p217-38", "p217-34"), ("p217-38", "p217-37"), ("p217-40", "p217-34"),
        ("p217-41", "p217-40"), ("p217-43", "p217-37"), ("p217-43", "p217-40"), ("p217-45", "p217-34"),
        ("p217-45", "p217-40"), ("p217-46", "p217-45"), ("p217-47", "p217-37"), ("p217-48", "p217-40"),
        ("p217-48", "p217-45"),
    }  # fmt: skip
    assert shared == {
        ("p217-01", "p217-02"), ("p217-01", "p217-04"), ("p217-01", "p217-09"), ("p217-02", "p217-03"),
        ("p217-02", "p217-04"), ("p217-02", "p217-09"), ("p217-02", "p217-10"), ("p217-03", "p217-10"),
        ("p217-04", "p217-06"), ("p217-04", "p217-07"), ("p217-04", "p217-08"), ("p217-04", "p217-09"),
        ("p217-04", "p217-10"), ("p217-04", "p217-12"), ("p217-04", "p217-13"), ("p217-04", "p217-16"),
        ("p217-06", "p217-07"), ("p217-06", "p217-08"), ("p217-06", "p217-12"), ("p217-06", "p217-13"),
        ("p217-07", "p217-08"), ("p217-07", "p217-12"), ("p217-07", "p217-13"), ("p217-08", "p217-12"),
        ("p217-08", "p217-13"), ("p217-09", "p217-10"), ("p217-09", "p217-15"), ("p217-10", "p217-15"),
        ("p217-10", "p217-16"), ("p217-12", "p217-13"), ("p217-17", "p217-18"), ("p217-17", "p217-24"),
        ("p217-17", "p217-28"), ("p217-17", "p217-32"), ("p217-18", "p217-24"), ("p217-18", "p217-28"),
        ("p217-18", "p217-32"), ("p217-23", "p217-29"), ("p217-24", "p217-28"), ("p217-24", "p217-32"),
        ("p217-25", "p217-30"), ("p217-28", "p217-32"), ("p217-34", "p217-35"), ("p217-34", "p217-38"),
        ("p217-34", "p217-40"), ("p217-34", "p217-45"), ("p217-35", "p217-38"), ("p217-35", "p217-40"),
        ("p217-35", "p217-45"), ("p217-37", "p217-38"), ("p217-37", "p217-43"), ("p217-37", "p217-47"),
        ("p217-38", "p217-40"), ("p217-38", "p217-43"), ("p217-38", "p217-45"), ("p217-38", "p217-47"),
        ("p217-40", "p217-45"), ("p217-43", "p217-47"), ("p217-45", "p217-46"), ("p217-45", "p217-48"),
        ("p217-46", "p217-48"),
    }  # fmt: skip


def test_the_two_hundred_and_eighteenth_probes_of_air_pollution_bumblebees_and_old_irish_glosses() -> None:
    # 48 abstracts of Bayesian spatial models of air pollution, bumblebee decline and Old Irish glosses (two
    # untitled), written and read as file 218: of the writer's 29 builds-on pairs 28, none false; of 42
    # shared pairs 22, 14 false, all through "the Milan test set" of the Milan Glosses Treebank, which had
    # made Milan data that papers on air pollution in Milan shared. Now 28 and 21, none false. Missed: EPA
    # AQS, PurpleAir, MAIAC, BeeWalk, the Pesticide Usage Survey
    builds_on, shared = _loaded_pairs("other-fields-probes-218.jsonl")
    assert builds_on == {
        ("p218-02", "p218-01"), ("p218-07", "p218-03"), ("p218-08", "p218-01"), ("p218-09", "p218-01"),
        ("p218-10", "p218-03"), ("p218-10", "p218-08"), ("p218-11", "p218-05"), ("p218-12", "p218-05"),
        ("p218-15", "p218-08"), ("p218-18", "p218-17"), ("p218-19", "p218-22"), ("p218-26", "p218-17"),
        ("p218-27", "p218-23"), ("p218-28", "p218-23"), ("p218-30", "p218-22"), ("p218-32", "p218-22"),
        ("p218-32", "p218-23"), ("p218-32", "p218-30"), ("p218-34", "p218-33"), ("p218-37", "p218-33"),
        ("p218-39", "p218-37"), ("p218-40", "p218-35"), ("p218-41", "p218-35"), ("p218-42", "p218-33"),
        ("p218-42", "p218-37"), ("p218-44", "p218-42"), ("p218-46", "p218-35"), ("p218-48", "p218-37"),
    }  # fmt: skip
    assert shared == {
        ("p218-03", "p218-07"), ("p218-03", "p218-10"), ("p218-07", "p218-10"), ("p218-19", "p218-22"),
        ("p218-19", "p218-30"), ("p218-19", "p218-32"), ("p218-22", "p218-30"), ("p218-22", "p218-32"),
        ("p218-30", "p218-32"), ("p218-33", "p218-34"), ("p218-33", "p218-37"), ("p218-33", "p218-42"),
        ("p218-33", "p218-44"), ("p218-34", "p218-37"), ("p218-34", "p218-42"), ("p218-34", "p218-44"),
        ("p218-37", "p218-42"), ("p218-37", "p218-44"), ("p218-39", "p218-48"), ("p218-40", "p218-41"),
        ("p218-42", "p218-44"),
    }  # fmt: skip


def test_the_two_hundred_and_nineteenth_probes_of_drug_interactions_hearing_loss_and_old_climate() -> None:
    # 48 abstracts of graph networks for drug-drug interactions, hearing loss in older adults and Chinese
    # dynastic histories as climate records (two untitled), written and read as file 219: of the writer's
    # 33 builds-on pairs 30, none false; of 62 shared pairs 45, none false. "...: baseline findings of the
    # Tasman Ageing and Hearing Study" presents the study; "HuaiFlood-600: a 600-year flood frequency series
    # for the Huai River basin" is data. Now 32 and 48, none false. Missed: TWOSIDES, FAERS, the Yearly
    # Charts of Dryness/Wetness, a second release with the first's users
    builds_on, shared = _loaded_pairs("other-fields-probes-219.jsonl")
    assert builds_on == {
        ("p219-03", "p219-01"), ("p219-05", "p219-01"), ("p219-05", "p219-03"), ("p219-07", "p219-03"),
        ("p219-08", "p219-01"), ("p219-08", "p219-03"), ("p219-10", "p219-07"), ("p219-11", "p219-01"),
        ("p219-11", "p219-03"), ("p219-13", "p219-11"), ("p219-14", "p219-01"), ("p219-14", "p219-11"),
        ("p219-15", "p219-07"), ("p219-23", "p219-17"), ("p219-26", "p219-19"), ("p219-26", "p219-22"),
        ("p219-27", "p219-17"), ("p219-27", "p219-19"), ("p219-28", "p219-19"), ("p219-28", "p219-22"),
        ("p219-30", "p219-22"), ("p219-35", "p219-33"), ("p219-36", "p219-33"), ("p219-39", "p219-33"),
        ("p219-41", "p219-36"), ("p219-42", "p219-39"), ("p219-43", "p219-33"), ("p219-44", "p219-33"),
        ("p219-44", "p219-36"), ("p219-45", "p219-44"), ("p219-46", "p219-39"), ("p219-48", "p219-36"),
    }  # fmt: skip
    assert shared == {
        ("p219-01", "p219-02"), ("p219-01", "p219-03"), ("p219-01", "p219-05"), ("p219-01", "p219-07"),
        ("p219-01", "p219-08"), ("p219-01", "p219-09"), ("p219-01", "p219-11"), ("p219-01", "p219-14"),
        ("p219-02", "p219-07"), ("p219-02", "p219-09"), ("p219-03", "p219-05"), ("p219-03", "p219-08"),
        ("p219-03", "p219-11"), ("p219-03", "p219-14"), ("p219-05", "p219-08"), ("p219-05", "p219-11"),
        ("p219-05", "p219-14"), ("p219-07", "p219-09"), ("p219-07", "p219-15"), ("p219-08", "p219-11"),
        ("p219-08", "p219-14"), ("p219-11", "p219-14"), ("p219-17", "p219-23"), ("p219-17", "p219-27"),
        ("p219-18", "p219-29"), ("p219-20", "p219-25"), ("p219-23", "p219-27"), ("p219-33", "p219-35"),
        ("p219-33", "p219-36"), ("p219-33", "p219-39"), ("p219-33", "p219-43"), ("p219-33", "p219-44"),
        ("p219-35", "p219-36"), ("p219-35", "p219-39"), ("p219-35", "p219-43"), ("p219-35", "p219-44"),
        ("p219-36", "p219-39"), ("p219-36", "p219-43"), ("p219-36", "p219-44"), ("p219-38", "p219-39"),
        ("p219-38", "p219-48"), ("p219-39", "p219-42"), ("p219-39", "p219-43"), ("p219-39", "p219-44"),
        ("p219-39", "p219-46"), ("p219-39", "p219-48"), ("p219-42", "p219-46"), ("p219-43", "p219-44"),
        # a release of data a paper presents is data (7 December, sixteenth)
        ("p219-44", "p219-45"),
    }  # fmt: skip


def test_the_two_hundred_and_twentieth_probes_of_continual_learning_gestational_diabetes_and_books() -> None:
    # 48 abstracts of continual learning for language models, gestational diabetes in India and China and the
    # Jianyang commercial imprints of the Ming (two untitled), written and read as file 220, held out for a
    # session: of the writer's 35 builds-on pairs 33, 4 false; of 38 shared pairs 33, 14 false. A survey's
    # examples ("We summarise the temporally stratified corpora, such as ChronoWeb") are what it covers, not
    # what it used; "the GEMS cohort (Chennai and Coimbatore)" names two places, no authors of another GEMS;
    # "To develop GlycoTriage, an offline Android application" presents it; "data from 3,176 women in the
    # Shanghai Birth Cohort" are that cohort's. Now 35 and 38, 1 false
    builds_on, shared = _loaded_pairs("other-fields-probes-220.jsonl")
    assert builds_on == {
        ("p220-04", "p220-01"), ("p220-05", "p220-02"), ("p220-07", "p220-02"), ("p220-07", "p220-05"),
        ("p220-07", "p220-06"), ("p220-08", "p220-01"), ("p220-10", "p220-05"), ("p220-10", "p220-06"),
        ("p220-11", "p220-02"), ("p220-11", "p220-07"), ("p220-14", "p220-06"), ("p220-15", "p220-01"),
        ("p220-15", "p220-05"), ("p220-19", "p220-17"), ("p220-22", "p220-19"), ("p220-23", "p220-17"),
        ("p220-25", "p220-21"), ("p220-26", "p220-19"), ("p220-28", "p220-17"), ("p220-28", "p220-19"),
        ("p220-30", "p220-19"), ("p220-30", "p220-28"), ("p220-32", "p220-30"), ("p220-36", "p220-33"),
        ("p220-39", "p220-35"), ("p220-40", "p220-33"), ("p220-40", "p220-38"), ("p220-42", "p220-35"),
        ("p220-44", "p220-33"), ("p220-45", "p220-35"), ("p220-45", "p220-42"), ("p220-47", "p220-38"),
        ("p220-48", "p220-38"), ("p220-48", "p220-42"), ("p220-48", "p220-47"),
    }  # fmt: skip
    assert shared == {
        ("p220-01", "p220-04"), ("p220-01", "p220-08"), ("p220-01", "p220-15"), ("p220-02", "p220-05"),
        ("p220-02", "p220-06"), ("p220-04", "p220-08"), ("p220-04", "p220-15"), ("p220-05", "p220-06"),
        ("p220-05", "p220-07"), ("p220-05", "p220-10"), ("p220-05", "p220-15"), ("p220-07", "p220-10"),
        ("p220-07", "p220-15"), ("p220-08", "p220-15"), ("p220-09", "p220-13"), ("p220-10", "p220-15"),
        ("p220-12", "p220-14"), ("p220-17", "p220-19"), ("p220-17", "p220-23"), ("p220-17", "p220-28"),
        ("p220-19", "p220-23"), ("p220-19", "p220-28"), ("p220-20", "p220-26"), ("p220-22", "p220-24"),
        ("p220-23", "p220-28"), ("p220-29", "p220-31"), ("p220-33", "p220-36"), ("p220-33", "p220-40"),
        ("p220-33", "p220-44"), ("p220-36", "p220-40"), ("p220-36", "p220-44"), ("p220-38", "p220-40"),
        ("p220-38", "p220-47"), ("p220-38", "p220-48"), ("p220-40", "p220-44"), ("p220-40", "p220-47"),
        ("p220-40", "p220-48"), ("p220-47", "p220-48"),
        # FALSE: the GLEAM trial's adapted one-step protocol, not its data
        ("p220-21", "p220-25"),
    }  # fmt: skip


def test_the_two_hundred_and_twenty_first_probes_of_sports_models_soil_carbon_and_zheng_he() -> None:
    # 48 abstracts of Bayesian models of sports performance, soil organic carbon and the voyages of Zheng He
    # (two untitled), written and read as file 221, held out for a session: of the writer's 35 builds-on
    # pairs 35, 1 false; of 41 shared pairs 24, none false. Unchanged. Missed: sources named by "obtained
    # from" or "taken from" alone (Retrosheet, football-data), romanised titles of Ming texts (Shunfeng
    # xiangsong, Yingya shenglan), "the second data release of LESRA" sent to the first release's paper
    builds_on, shared = _loaded_pairs("other-fields-probes-221.jsonl")
    assert builds_on == {
        ("p221-04", "p221-01"), ("p221-04", "p221-03"), ("p221-07", "p221-01"), ("p221-08", "p221-05"),
        ("p221-11", "p221-03"), ("p221-12", "p221-01"), ("p221-12", "p221-03"), ("p221-12", "p221-11"),
        ("p221-13", "p221-01"), ("p221-13", "p221-10"), ("p221-14", "p221-05"), ("p221-16", "p221-05"),
        ("p221-16", "p221-14"), ("p221-21", "p221-18"), ("p221-21", "p221-20"), ("p221-23", "p221-22"),
        ("p221-25", "p221-18"), ("p221-28", "p221-24"), ("p221-29", "p221-18"), ("p221-29", "p221-25"),
        ("p221-30", "p221-20"), ("p221-30", "p221-22"), ("p221-32", "p221-20"), ("p221-32", "p221-22"),
        ("p221-32", "p221-30"), ("p221-38", "p221-34"), ("p221-41", "p221-36"), ("p221-43", "p221-34"),
        ("p221-43", "p221-40"), ("p221-44", "p221-34"), ("p221-45", "p221-36"), ("p221-46", "p221-34"),
        ("p221-46", "p221-40"), ("p221-46", "p221-44"), ("p221-47", "p221-36"),
        # FALSE: "the SOCNet producer network", a farmers' network, not the SOCnet neural network
        ("p221-31", "p221-24"),
    }  # fmt: skip
    assert shared == {
        ("p221-01", "p221-10"), ("p221-03", "p221-04"), ("p221-03", "p221-11"), ("p221-04", "p221-11"),
        ("p221-11", "p221-12"), ("p221-20", "p221-21"), ("p221-20", "p221-30"), ("p221-20", "p221-32"),
        ("p221-21", "p221-30"), ("p221-21", "p221-32"), ("p221-30", "p221-32"), ("p221-34", "p221-38"),
        ("p221-34", "p221-43"), ("p221-34", "p221-44"), ("p221-34", "p221-46"), ("p221-38", "p221-43"),
        ("p221-38", "p221-44"), ("p221-38", "p221-46"), ("p221-40", "p221-43"), ("p221-40", "p221-46"),
        ("p221-42", "p221-46"), ("p221-43", "p221-44"), ("p221-43", "p221-46"), ("p221-44", "p221-46"),
    }  # fmt: skip


def test_the_two_hundred_and_twenty_second_probes_of_telemetry_anomalies_depression_apps_and_metre() -> None:
    # 48 abstracts of spacecraft telemetry anomaly detection, apps for adolescent depression and Vedic metre
    # (two untitled), written and read as file 222, held out for a session: of the writer's 38 builds-on pairs
    # 38, 1 false; of 60 shared pairs 36, none false. "because the conversational agent of MoodCraft 2.0 had
    # not been approved for use" is why the first was used; "ChandoBase 2.0: extending a syllable-level
    # metrical database" is data. Now 38 and 37, none false. Missed: a text named by its editors ("the
    # metrically restored text of van Nooten and Holland (1994)"), GRETIL, the SMAP data of a paper spelling
    # SMAP out as the satellite
    builds_on, shared = _loaded_pairs("other-fields-probes-222.jsonl")
    assert builds_on == {
        ("p222-04", "p222-02"), ("p222-06", "p222-02"), ("p222-06", "p222-05"), ("p222-08", "p222-05"),
        ("p222-09", "p222-02"), ("p222-09", "p222-05"), ("p222-11", "p222-09"), ("p222-12", "p222-02"),
        ("p222-12", "p222-05"), ("p222-12", "p222-09"), ("p222-15", "p222-09"), ("p222-16", "p222-05"),
        ("p222-16", "p222-14"), ("p222-20", "p222-18"), ("p222-21", "p222-18"), ("p222-25", "p222-18"),
        ("p222-25", "p222-20"), ("p222-26", "p222-18"), ("p222-26", "p222-20"), ("p222-27", "p222-23"),
        ("p222-30", "p222-23"), ("p222-32", "p222-18"), ("p222-32", "p222-20"), ("p222-35", "p222-34"),
        ("p222-37", "p222-34"), ("p222-38", "p222-37"), ("p222-40", "p222-37"), ("p222-41", "p222-34"),
        ("p222-42", "p222-37"), ("p222-42", "p222-41"), ("p222-43", "p222-34"), ("p222-43", "p222-37"),
        ("p222-47", "p222-34"), ("p222-47", "p222-41"), ("p222-47", "p222-43"), ("p222-48", "p222-34"),
        ("p222-48", "p222-37"), ("p222-48", "p222-43"),
    }  # fmt: skip
    assert shared == {
        ("p222-02", "p222-04"), ("p222-02", "p222-06"), ("p222-02", "p222-09"), ("p222-02", "p222-12"),
        ("p222-04", "p222-06"), ("p222-04", "p222-09"), ("p222-04", "p222-12"), ("p222-06", "p222-09"),
        ("p222-06", "p222-12"), ("p222-09", "p222-11"), ("p222-09", "p222-12"), ("p222-09", "p222-15"),
        ("p222-09", "p222-16"), ("p222-11", "p222-15"), ("p222-11", "p222-16"), ("p222-15", "p222-16"),
        ("p222-23", "p222-27"), ("p222-23", "p222-30"), ("p222-24", "p222-30"), ("p222-27", "p222-30"),
        ("p222-34", "p222-35"), ("p222-34", "p222-37"), ("p222-34", "p222-41"), ("p222-34", "p222-47"),
        ("p222-34", "p222-48"), ("p222-35", "p222-37"), ("p222-35", "p222-41"), ("p222-35", "p222-47"),
        ("p222-35", "p222-48"), ("p222-37", "p222-41"), ("p222-37", "p222-47"), ("p222-37", "p222-48"),
        ("p222-41", "p222-47"), ("p222-41", "p222-48"), ("p222-42", "p222-48"), ("p222-43", "p222-48"),
        ("p222-47", "p222-48"),
    }  # fmt: skip


def test_the_two_hundred_and_twenty_third_probes_of_low_resource_speech_fish_stocks_and_herbs() -> None:
    # 48 abstracts of speech recognition for low-resource languages, Bayesian fisheries stock assessment and
    # trials of Chinese herbal formulas (two untitled), written and read as file 223, held out (read with the
    # rules made for files 220-222): of the writer's 35 builds-on pairs 35, 3 false; of 45 shared pairs 39,
    # 4 false. "of which JADE-T2D in type 2 diabetes was an early example" (in a narrative review), "We
    # considered using the Qi Deficiency Syndrome Scale ... but did not", "replacing the Myers database used
    # in the original HARP analysis" (not used). Now 35 and 39, 1 false. Missed: IARPA Babel, Mozilla Common
    # Voice, CNKI, CENTRAL, a second release's users
    builds_on, shared = _loaded_pairs("other-fields-probes-223.jsonl")
    assert builds_on == {
        ("p223-03", "p223-01"), ("p223-03", "p223-02"), ("p223-05", "p223-01"), ("p223-05", "p223-02"),
        ("p223-06", "p223-01"), ("p223-08", "p223-06"), ("p223-09", "p223-01"), ("p223-10", "p223-06"),
        ("p223-12", "p223-09"), ("p223-12", "p223-10"), ("p223-13", "p223-06"), ("p223-13", "p223-10"),
        ("p223-15", "p223-10"), ("p223-18", "p223-17"), ("p223-21", "p223-17"), ("p223-22", "p223-19"),
        ("p223-24", "p223-22"), ("p223-25", "p223-19"), ("p223-25", "p223-22"), ("p223-27", "p223-17"),
        ("p223-29", "p223-17"), ("p223-30", "p223-22"), ("p223-30", "p223-25"), ("p223-32", "p223-29"),
        ("p223-36", "p223-33"), ("p223-38", "p223-33"), ("p223-38", "p223-35"), ("p223-39", "p223-37"),
        ("p223-40", "p223-37"), ("p223-40", "p223-39"), ("p223-41", "p223-35"), ("p223-44", "p223-37"),
        ("p223-44", "p223-39"), ("p223-45", "p223-39"), ("p223-45", "p223-44"),
        # (gone, 7 December, sixteenth: a review's "steepness priors of the HARP type", a kind, not HARP used)
    }  # fmt: skip
    assert shared == {
        ("p223-01", "p223-03"), ("p223-01", "p223-05"), ("p223-01", "p223-06"), ("p223-01", "p223-09"),
        ("p223-03", "p223-05"), ("p223-03", "p223-06"), ("p223-03", "p223-09"), ("p223-05", "p223-06"),
        ("p223-05", "p223-09"), ("p223-05", "p223-11"), ("p223-06", "p223-08"), ("p223-06", "p223-09"),
        ("p223-06", "p223-10"), ("p223-06", "p223-13"), ("p223-08", "p223-10"), ("p223-08", "p223-13"),
        ("p223-09", "p223-12"), ("p223-10", "p223-13"), ("p223-10", "p223-15"), ("p223-13", "p223-15"),
        ("p223-19", "p223-22"), ("p223-19", "p223-24"), ("p223-19", "p223-25"), ("p223-21", "p223-28"),
        ("p223-21", "p223-29"), ("p223-22", "p223-24"), ("p223-22", "p223-25"), ("p223-27", "p223-32"),
        ("p223-28", "p223-29"), ("p223-33", "p223-36"), ("p223-33", "p223-38"), ("p223-36", "p223-38"),
        ("p223-37", "p223-39"), ("p223-37", "p223-40"), ("p223-37", "p223-44"), ("p223-39", "p223-40"),
        ("p223-39", "p223-44"), ("p223-40", "p223-44"), ("p223-44", "p223-45"),
        # ReefLen 2.0, its number now read from "the second data release of" (7 December, fifteenth)
        ("p223-25", "p223-30"),
        # releases of data no paper presents are one resource (7 December, sixteenth)
        ("p223-06", "p223-11"),
    }  # fmt: skip


def test_the_two_hundred_and_twenty_fourth_probes_of_molecular_graphs_childhood_asthma_and_tones() -> None:
    # 48 abstracts of graph networks for molecular properties, paediatric asthma and Chinese dialect tone (two
    # untitled), written and read as file 224, held out as file 223 was: of the writer's 32 builds-on pairs
    # 32, 2 false; of 50 shared pairs 43, 15 false, 11 of them "random forest on ECFP4", a fingerprint
    # another paper names as one ("Circular fingerprints such as ECFP4"), read as data. A review's "such as
    # AqSolv-12K for solubility and GraphCliff for activity cliffs" and "We considered the PAWS-7 score, but"
    # (not used). Now 32 and 42, none false. Missed: ESOL, Tox21, ISAAC Phase Three, Hanyu Fangyin Zihui,
    # PAWS 2.0 as PAWS
    builds_on, shared = _loaded_pairs("other-fields-probes-224.jsonl")
    assert builds_on == {
        ("p224-03", "p224-02"), ("p224-04", "p224-03"), ("p224-06", "p224-03"), ("p224-08", "p224-02"),
        ("p224-08", "p224-03"), ("p224-10", "p224-02"), ("p224-10", "p224-03"), ("p224-10", "p224-06"),
        ("p224-12", "p224-06"), ("p224-12", "p224-10"), ("p224-14", "p224-10"), ("p224-15", "p224-02"),
        ("p224-16", "p224-03"), ("p224-19", "p224-18"), ("p224-24", "p224-20"), ("p224-26", "p224-18"),
        ("p224-26", "p224-23"), ("p224-28", "p224-18"), ("p224-31", "p224-18"), ("p224-31", "p224-20"),
        ("p224-31", "p224-28"), ("p224-32", "p224-23"), ("p224-35", "p224-34"), ("p224-37", "p224-36"),
        ("p224-41", "p224-39"), ("p224-42", "p224-36"), ("p224-44", "p224-34"), ("p224-44", "p224-36"),
        ("p224-45", "p224-44"), ("p224-47", "p224-39"), ("p224-48", "p224-36"), ("p224-48", "p224-44"),
    }  # fmt: skip
    assert shared == {
        ("p224-01", "p224-03"), ("p224-01", "p224-10"), ("p224-01", "p224-13"), ("p224-02", "p224-03"),
        ("p224-02", "p224-08"), ("p224-02", "p224-10"), ("p224-02", "p224-15"), ("p224-03", "p224-08"),
        ("p224-03", "p224-10"), ("p224-03", "p224-13"), ("p224-03", "p224-15"), ("p224-06", "p224-10"),
        ("p224-06", "p224-12"), ("p224-06", "p224-16"), ("p224-08", "p224-10"), ("p224-08", "p224-15"),
        ("p224-10", "p224-12"), ("p224-10", "p224-13"), ("p224-10", "p224-15"), ("p224-18", "p224-19"),
        ("p224-18", "p224-26"), ("p224-18", "p224-28"), ("p224-18", "p224-31"), ("p224-19", "p224-26"),
        ("p224-19", "p224-28"), ("p224-19", "p224-31"), ("p224-25", "p224-30"), ("p224-26", "p224-28"),
        ("p224-26", "p224-31"), ("p224-28", "p224-31"), ("p224-34", "p224-35"), ("p224-34", "p224-44"),
        ("p224-35", "p224-44"), ("p224-39", "p224-41"), ("p224-39", "p224-47"), ("p224-41", "p224-47"),
        ("p224-42", "p224-46"), ("p224-42", "p224-47"), ("p224-44", "p224-45"), ("p224-44", "p224-48"),
        ("p224-45", "p224-48"), ("p224-46", "p224-47"),
    }  # fmt: skip


def test_the_two_hundred_and_twenty_fifth_probes_of_protein_structure_tick_borne_disease_and_zijes() -> None:
    # 48 abstracts of protein structure prediction, Bayesian spatial models of tick-borne disease and medieval
    # Arabic astronomical manuscripts (two untitled), written and read as file 225, held out (read with most
    # of the rules made for files 223-224): of the writer's 33 builds-on pairs 32, 1 false; of 36 shared pairs
    # 30, 1 false. "We present the Hamish corpus" (a name, though "-ish" ends "English"), "available on
    # GitHub" (no data), "among them AlphaFold2, RoseTTAFold and TESSERA-2" and "This article surveys these
    # developments" (a review's). Now 33 and 33, none false. Missed: CASP14 targets, CORINE Land Cover 2012,
    # NEON tick data
    builds_on, shared = _loaded_pairs("other-fields-probes-225.jsonl")
    assert builds_on == {
        ("p225-02", "p225-01"), ("p225-03", "p225-01"), ("p225-03", "p225-02"), ("p225-04", "p225-01"),
        ("p225-06", "p225-02"), ("p225-06", "p225-03"), ("p225-07", "p225-02"), ("p225-08", "p225-06"),
        ("p225-09", "p225-08"), ("p225-10", "p225-06"), ("p225-13", "p225-08"), ("p225-14", "p225-06"),
        ("p225-15", "p225-06"), ("p225-18", "p225-17"), ("p225-20", "p225-17"), ("p225-22", "p225-20"),
        ("p225-23", "p225-17"), ("p225-23", "p225-19"), ("p225-25", "p225-17"), ("p225-25", "p225-20"),
        ("p225-27", "p225-25"), ("p225-28", "p225-26"), ("p225-31", "p225-19"), ("p225-35", "p225-33"),
        ("p225-36", "p225-35"), ("p225-37", "p225-33"), ("p225-40", "p225-39"), ("p225-41", "p225-35"),
        ("p225-43", "p225-33"), ("p225-43", "p225-35"), ("p225-44", "p225-39"), ("p225-45", "p225-35"),
        ("p225-48", "p225-45"),
    }  # fmt: skip
    assert shared == {
        ("p225-02", "p225-03"), ("p225-02", "p225-06"), ("p225-02", "p225-07"), ("p225-03", "p225-06"),
        ("p225-03", "p225-07"), ("p225-06", "p225-07"), ("p225-08", "p225-09"), ("p225-08", "p225-13"),
        ("p225-09", "p225-13"), ("p225-15", "p225-16"), ("p225-17", "p225-18"), ("p225-17", "p225-20"),
        ("p225-17", "p225-23"), ("p225-17", "p225-25"), ("p225-18", "p225-20"), ("p225-18", "p225-23"),
        ("p225-18", "p225-25"), ("p225-19", "p225-23"), ("p225-19", "p225-31"), ("p225-20", "p225-23"),
        ("p225-20", "p225-25"), ("p225-23", "p225-25"), ("p225-23", "p225-31"), ("p225-33", "p225-35"),
        ("p225-33", "p225-37"), ("p225-33", "p225-43"), ("p225-35", "p225-37"), ("p225-35", "p225-43"),
        ("p225-37", "p225-43"), ("p225-39", "p225-40"), ("p225-39", "p225-44"), ("p225-40", "p225-44"),
        ("p225-44", "p225-47"),
    }  # fmt: skip


def test_the_two_hundred_and_twenty_sixth_probes_of_code_benchmarks_antidepressants_and_porcelain() -> None:
    # 48 abstracts of code generation benchmarks, Bayesian meta-analysis of antidepressant trials and Chinese
    # porcelain in Dutch East India Company records (two untitled), written and read as file 226, held out
    # (read with the rules made for files 223-225, 227 and 228): of the writer's 42 builds-on pairs 39, none
    # false; of 120 shared pairs 114, 3 false. "We derived HetPrior-AD, a set of predictive distributions"
    # presents it; "We present TestLoom, an open-source tool that augments benchmark test suites" is a tool,
    # no data; "We present the second release of CHINAWARE-VOC, a database" is data. Now 41 and 115, none
    # false. Missed: The Stack, "CHINAWARE-VOC 2.2" for the 2.0 release
    builds_on, shared = _loaded_pairs("other-fields-probes-226.jsonl")
    assert builds_on == {
        ("p226-03", "p226-01"), ("p226-04", "p226-01"), ("p226-05", "p226-01"), ("p226-06", "p226-05"),
        ("p226-07", "p226-03"), ("p226-09", "p226-03"), ("p226-10", "p226-01"), ("p226-10", "p226-05"),
        ("p226-11", "p226-01"), ("p226-11", "p226-03"), ("p226-11", "p226-05"), ("p226-12", "p226-11"),
        ("p226-15", "p226-03"), ("p226-15", "p226-11"), ("p226-19", "p226-17"), ("p226-20", "p226-17"),
        ("p226-23", "p226-17"), ("p226-23", "p226-19"), ("p226-24", "p226-22"), ("p226-26", "p226-17"),
        ("p226-26", "p226-19"), ("p226-27", "p226-17"), ("p226-27", "p226-19"), ("p226-28", "p226-22"),
        ("p226-28", "p226-27"), ("p226-29", "p226-22"), ("p226-31", "p226-19"), ("p226-31", "p226-27"),
        ("p226-35", "p226-33"), ("p226-36", "p226-33"), ("p226-37", "p226-36"), ("p226-38", "p226-33"),
        ("p226-40", "p226-39"), ("p226-42", "p226-33"), ("p226-42", "p226-36"), ("p226-43", "p226-33"),
        ("p226-43", "p226-36"), ("p226-44", "p226-33"), ("p226-44", "p226-36"), ("p226-46", "p226-39"),
        ("p226-46", "p226-44"),
    }  # fmt: skip
    assert shared == {
        ("p226-01", "p226-02"), ("p226-01", "p226-03"), ("p226-01", "p226-04"), ("p226-01", "p226-05"),
        ("p226-01", "p226-08"), ("p226-01", "p226-09"), ("p226-01", "p226-10"), ("p226-01", "p226-11"),
        ("p226-01", "p226-12"), ("p226-01", "p226-13"), ("p226-01", "p226-15"), ("p226-02", "p226-03"),
        ("p226-02", "p226-04"), ("p226-02", "p226-05"), ("p226-02", "p226-06"), ("p226-02", "p226-08"),
        ("p226-02", "p226-09"), ("p226-02", "p226-12"), ("p226-02", "p226-13"), ("p226-02", "p226-15"),
        ("p226-03", "p226-04"), ("p226-03", "p226-05"), ("p226-03", "p226-06"), ("p226-03", "p226-08"),
        ("p226-03", "p226-09"), ("p226-03", "p226-10"), ("p226-03", "p226-11"), ("p226-03", "p226-12"),
        ("p226-03", "p226-13"), ("p226-03", "p226-15"), ("p226-04", "p226-05"), ("p226-04", "p226-08"),
        ("p226-04", "p226-09"), ("p226-04", "p226-10"), ("p226-04", "p226-11"), ("p226-04", "p226-12"),
        ("p226-04", "p226-13"), ("p226-04", "p226-15"), ("p226-05", "p226-08"), ("p226-05", "p226-09"),
        ("p226-05", "p226-10"), ("p226-05", "p226-11"), ("p226-05", "p226-12"), ("p226-05", "p226-13"),
        ("p226-05", "p226-15"), ("p226-06", "p226-09"), ("p226-08", "p226-09"), ("p226-08", "p226-10"),
        ("p226-08", "p226-12"), ("p226-08", "p226-13"), ("p226-08", "p226-15"), ("p226-09", "p226-12"),
        ("p226-09", "p226-13"), ("p226-09", "p226-15"), ("p226-10", "p226-11"), ("p226-12", "p226-13"),
        ("p226-12", "p226-15"), ("p226-13", "p226-15"), ("p226-17", "p226-19"), ("p226-17", "p226-20"),
        ("p226-17", "p226-23"), ("p226-17", "p226-24"), ("p226-17", "p226-25"), ("p226-17", "p226-26"),
        ("p226-17", "p226-27"), ("p226-18", "p226-24"), ("p226-19", "p226-20"), ("p226-19", "p226-23"),
        ("p226-19", "p226-26"), ("p226-19", "p226-27"), ("p226-20", "p226-23"), ("p226-20", "p226-26"),
        ("p226-20", "p226-27"), ("p226-22", "p226-30"), ("p226-23", "p226-26"), ("p226-23", "p226-27"),
        ("p226-24", "p226-25"), ("p226-26", "p226-27"), ("p226-27", "p226-28"), ("p226-27", "p226-31"),
        ("p226-28", "p226-31"), ("p226-29", "p226-31"), ("p226-33", "p226-34"), ("p226-33", "p226-35"),
        ("p226-33", "p226-36"), ("p226-33", "p226-38"), ("p226-33", "p226-42"), ("p226-33", "p226-43"),
        ("p226-33", "p226-44"), ("p226-33", "p226-48"), ("p226-34", "p226-42"), ("p226-34", "p226-48"),
        ("p226-35", "p226-36"), ("p226-35", "p226-38"), ("p226-35", "p226-42"), ("p226-35", "p226-43"),
        ("p226-35", "p226-44"), ("p226-36", "p226-38"), ("p226-36", "p226-42"), ("p226-36", "p226-43"),
        ("p226-36", "p226-44"), ("p226-37", "p226-44"), ("p226-37", "p226-48"), ("p226-38", "p226-42"),
        ("p226-38", "p226-43"), ("p226-38", "p226-44"), ("p226-39", "p226-40"), ("p226-39", "p226-46"),
        ("p226-40", "p226-46"), ("p226-42", "p226-43"), ("p226-42", "p226-44"), ("p226-42", "p226-48"),
        ("p226-43", "p226-44"), ("p226-44", "p226-46"), ("p226-44", "p226-48"),
        # a release of data a paper presents is data (7 December, sixteenth)
        ("p226-11", "p226-12"),
        ("p226-11", "p226-15"),
    }  # fmt: skip


def test_the_two_hundred_and_twenty_seventh_probes_of_urban_heat_neonatal_sepsis_and_old_norse() -> None:
    # 48 abstracts of remote sensing of urban heat islands, neonatal sepsis in low-income countries and Old
    # Norse sagas and skaldic poetry (two untitled), written and read as file 227, held out (read with the
    # rules made for files 223-225 and 228): of the writer's 30 builds-on pairs 30, 3 false; of 65 shared
    # pairs 35, 4 false. "Digital philology and the Old Norse corpus: a critical survey" uses none of its
    # examples, and "the Old Norse corpus" names a language; "Clinical scores such as BNSS-9 were derived in
    # outpatient infants" (not used). Now 30 and 35, none false. Missed: MOD11A2, Landsat 8 and ECOSTRESS
    # scenes, WUDAPT maps, and the releases the writer counts as one data (MetroTherm-500 R2, NEOMAP 2.0,
    # SKALD 2.0)
    builds_on, shared = _loaded_pairs("other-fields-probes-227.jsonl")
    assert builds_on == {
        ("p227-04", "p227-01"), ("p227-05", "p227-03"), ("p227-07", "p227-03"), ("p227-08", "p227-01"),
        ("p227-10", "p227-07"), ("p227-11", "p227-03"), ("p227-14", "p227-07"), ("p227-14", "p227-11"),
        ("p227-15", "p227-01"), ("p227-16", "p227-07"), ("p227-16", "p227-11"), ("p227-20", "p227-18"),
        ("p227-21", "p227-19"), ("p227-22", "p227-19"), ("p227-24", "p227-22"), ("p227-26", "p227-18"),
        ("p227-26", "p227-19"), ("p227-27", "p227-22"), ("p227-29", "p227-27"), ("p227-31", "p227-18"),
        ("p227-36", "p227-34"), ("p227-37", "p227-34"), ("p227-41", "p227-34"), ("p227-41", "p227-37"),
        ("p227-42", "p227-40"), ("p227-44", "p227-40"), ("p227-45", "p227-34"), ("p227-45", "p227-37"),
        ("p227-47", "p227-37"), ("p227-47", "p227-45"),
    }  # fmt: skip
    assert shared == {
        ("p227-03", "p227-05"), ("p227-03", "p227-07"), ("p227-03", "p227-11"), ("p227-05", "p227-07"),
        ("p227-05", "p227-11"), ("p227-07", "p227-11"), ("p227-11", "p227-14"), ("p227-11", "p227-16"),
        ("p227-14", "p227-16"), ("p227-19", "p227-21"), ("p227-19", "p227-22"), ("p227-19", "p227-26"),
        ("p227-21", "p227-22"), ("p227-21", "p227-26"), ("p227-22", "p227-24"), ("p227-22", "p227-26"),
        ("p227-22", "p227-27"), ("p227-24", "p227-27"), ("p227-29", "p227-32"), ("p227-34", "p227-36"),
        ("p227-34", "p227-37"), ("p227-34", "p227-41"), ("p227-34", "p227-45"), ("p227-36", "p227-37"),
        ("p227-36", "p227-41"), ("p227-36", "p227-45"), ("p227-37", "p227-41"), ("p227-37", "p227-45"),
        ("p227-39", "p227-44"), ("p227-39", "p227-48"), ("p227-40", "p227-42"), ("p227-40", "p227-44"),
        ("p227-41", "p227-45"), ("p227-42", "p227-44"), ("p227-45", "p227-47"),
    }  # fmt: skip


def test_the_two_hundred_and_twenty_eighth_probes_of_fair_recommenders_reaction_bo_and_censorship() -> None:
    # 48 abstracts of fairness in recommender systems, Bayesian optimisation of reaction conditions and
    # measurement of Chinese internet censorship (two untitled), written and read as file 228, held out (read
    # with the rules made for files 223-225): of the writer's 34 builds-on pairs 32, 2 false; of 62 shared
    # pairs 47, 12 false. "MusicProv-2M offers curated origin labels but could not be used here", a review's
    # "as in CAKC" (not used); "released in the Open Reaction Database schema" (no use of it). Now 32 and 47,
    # 2 false. Missed: OONI measurements, Weiboscope, the Tranco list, the Alexa Top 1 Million, a second
    # release's users
    builds_on, shared = _loaded_pairs("other-fields-probes-228.jsonl")
    assert builds_on == {
        ("p228-02", "p228-01"), ("p228-06", "p228-01"), ("p228-06", "p228-03"), ("p228-07", "p228-03"),
        ("p228-09", "p228-03"), ("p228-09", "p228-06"), ("p228-10", "p228-01"), ("p228-11", "p228-03"),
        ("p228-11", "p228-09"), ("p228-12", "p228-09"), ("p228-14", "p228-06"), ("p228-16", "p228-01"),
        ("p228-16", "p228-06"), ("p228-19", "p228-18"), ("p228-22", "p228-21"), ("p228-23", "p228-18"),
        ("p228-24", "p228-21"), ("p228-26", "p228-24"), ("p228-28", "p228-18"), ("p228-28", "p228-24"),
        ("p228-32", "p228-21"), ("p228-32", "p228-24"), ("p228-32", "p228-29"), ("p228-35", "p228-34"),
        ("p228-38", "p228-37"), ("p228-39", "p228-34"), ("p228-41", "p228-34"), ("p228-42", "p228-40"),
        ("p228-45", "p228-37"), ("p228-46", "p228-40"), ("p228-48", "p228-39"), ("p228-48", "p228-40"),
        # a release counted before the name ("the second data release of X") names the first as well, its
        # users using the first's data too (7 December, fifteenth)
        ("p228-48", "p228-34"),
    }  # fmt: skip
    assert shared == {
        ("p228-01", "p228-02"), ("p228-01", "p228-06"), ("p228-01", "p228-10"), ("p228-01", "p228-16"),
        ("p228-02", "p228-06"), ("p228-02", "p228-10"), ("p228-02", "p228-16"), ("p228-03", "p228-04"),
        ("p228-03", "p228-06"), ("p228-03", "p228-09"), ("p228-03", "p228-11"), ("p228-03", "p228-12"),
        ("p228-03", "p228-14"), ("p228-04", "p228-06"), ("p228-04", "p228-09"), ("p228-04", "p228-12"),
        ("p228-04", "p228-14"), ("p228-06", "p228-09"), ("p228-06", "p228-10"), ("p228-06", "p228-11"),
        ("p228-06", "p228-12"), ("p228-06", "p228-14"), ("p228-06", "p228-16"), ("p228-09", "p228-12"),
        ("p228-09", "p228-14"), ("p228-10", "p228-16"), ("p228-12", "p228-14"), ("p228-21", "p228-22"),
        ("p228-21", "p228-24"), ("p228-21", "p228-32"), ("p228-22", "p228-24"), ("p228-22", "p228-30"),
        ("p228-22", "p228-32"), ("p228-24", "p228-30"), ("p228-24", "p228-32"), ("p228-29", "p228-32"),
        ("p228-30", "p228-32"), ("p228-34", "p228-35"), ("p228-34", "p228-41"), ("p228-35", "p228-41"),
        ("p228-39", "p228-48"), ("p228-40", "p228-42"), ("p228-40", "p228-46"), ("p228-40", "p228-48"),
        ("p228-42", "p228-46"), ("p228-42", "p228-48"), ("p228-46", "p228-48"),
        # FALSE: RecFairBench 2.0's paper with the first release's users, which the writer keeps apart
        ("p228-09", "p228-16"), ("p228-14", "p228-16"),
        # WeiboVanish's release paper with the first's users, as the writer keys it (7 December, fifteenth)
        ("p228-34", "p228-39"),
        ("p228-35", "p228-39"),
        ("p228-39", "p228-41"),
        # a release counted before the name ("the second data release of X") names the first as well, its
        # users using the first's data too (7 December, fifteenth)
        ("p228-34", "p228-48"),
        ("p228-35", "p228-48"),
        ("p228-41", "p228-48"),
    }  # fmt: skip


def test_the_two_hundred_and_twenty_ninth_probes_of_document_models_wildlife_counts_and_gardens() -> None:
    # 48 abstracts of multimodal document understanding, Bayesian models of wildlife counts and the history of
    # Chinese classical gardens (two untitled), written and read as file 229, held out (read with 856a0ba):
    # of the writer's 34 builds-on pairs 34, 2 false; of 53 shared pairs 51, 11 false. "Questions on
    # scientific articles were excluded: ..., and PaperLeaf-90K ... provides region labels but no ..." and a
    # review's "of which the Jiangnan Garden Records Database and the China Biographical Database are the
    # most widely cited examples" (not used). Now 34 and 51, 1 false. Missed: the Siku quanshu, Liu Dunzhen's
    # measured drawings
    builds_on, shared = _loaded_pairs("other-fields-probes-229.jsonl")
    assert builds_on == {
        ("p229-02", "p229-01"), ("p229-03", "p229-01"), ("p229-04", "p229-03"), ("p229-06", "p229-01"),
        ("p229-06", "p229-03"), ("p229-07", "p229-01"), ("p229-07", "p229-03"), ("p229-08", "p229-07"),
        ("p229-09", "p229-03"), ("p229-09", "p229-07"), ("p229-11", "p229-06"), ("p229-11", "p229-09"),
        ("p229-12", "p229-09"), ("p229-15", "p229-07"), ("p229-18", "p229-17"), ("p229-21", "p229-19"),
        ("p229-22", "p229-19"), ("p229-23", "p229-19"), ("p229-23", "p229-22"), ("p229-26", "p229-17"),
        ("p229-27", "p229-22"), ("p229-27", "p229-26"), ("p229-28", "p229-19"), ("p229-31", "p229-22"),
        ("p229-34", "p229-33"), ("p229-35", "p229-33"), ("p229-37", "p229-36"), ("p229-39", "p229-33"),
        ("p229-42", "p229-33"), ("p229-42", "p229-40"), ("p229-43", "p229-33"), ("p229-44", "p229-40"),
        ("p229-44", "p229-43"), ("p229-46", "p229-36"),
    }  # fmt: skip
    assert shared == {
        ("p229-01", "p229-02"), ("p229-01", "p229-03"), ("p229-01", "p229-06"), ("p229-01", "p229-07"),
        ("p229-02", "p229-03"), ("p229-02", "p229-06"), ("p229-02", "p229-07"), ("p229-02", "p229-14"),
        ("p229-03", "p229-04"), ("p229-03", "p229-06"), ("p229-03", "p229-07"), ("p229-03", "p229-09"),
        ("p229-04", "p229-09"), ("p229-05", "p229-07"), ("p229-05", "p229-08"), ("p229-05", "p229-15"),
        ("p229-06", "p229-07"), ("p229-06", "p229-11"), ("p229-07", "p229-08"), ("p229-07", "p229-09"),
        ("p229-07", "p229-15"), ("p229-08", "p229-09"), ("p229-08", "p229-15"), ("p229-09", "p229-15"),
        ("p229-17", "p229-18"), ("p229-17", "p229-26"), ("p229-18", "p229-26"), ("p229-19", "p229-21"),
        ("p229-19", "p229-22"), ("p229-19", "p229-28"), ("p229-21", "p229-22"), ("p229-21", "p229-28"),
        ("p229-22", "p229-28"), ("p229-24", "p229-27"), ("p229-26", "p229-27"), ("p229-33", "p229-34"),
        ("p229-33", "p229-35"), ("p229-33", "p229-39"), ("p229-33", "p229-42"), ("p229-33", "p229-43"),
        ("p229-34", "p229-35"), ("p229-34", "p229-39"), ("p229-34", "p229-42"), ("p229-34", "p229-43"),
        ("p229-35", "p229-39"), ("p229-35", "p229-42"), ("p229-35", "p229-43"), ("p229-39", "p229-42"),
        ("p229-39", "p229-43"), ("p229-42", "p229-43"), ("p229-43", "p229-44"),
        # FALSE: the UK Breeding Bird Survey and the North American one, two surveys of one name
        ("p229-28", "p229-29"),
    }  # fmt: skip


def test_the_two_hundred_and_thirtieth_probes_of_time_series_models_vaccination_and_tang_caves() -> None:
    # 48 abstracts of time-series foundation models, childhood vaccination coverage surveys and Tang Buddhist
    # cave inscriptions (two untitled), written and read as file 230, held out (read with 856a0ba): of the
    # writer's 34 builds-on pairs 32, 2 false; of 48 shared pairs 35, 5 false. "This survey organises 112
    # papers" uses none of its examples; "the M4 competition data and the Monash forecasting archive were
    # deliberately excluded" (not used); "Development and validation of the 12-item Vaccine Hesitancy in
    # Caregivers scale (VHC-12)" presents it. Now 33 and 35, none false. Missed: ETT, CAMELS, WUENIC, the DHS
    # rounds, romanised titles of catalogues, CBETA, "the second data release of ... (LISA 2)"
    builds_on, shared = _loaded_pairs("other-fields-probes-230.jsonl")
    assert builds_on == {
        ("p230-03", "p230-01"), ("p230-04", "p230-03"), ("p230-05", "p230-03"), ("p230-07", "p230-03"),
        ("p230-08", "p230-03"), ("p230-08", "p230-05"), ("p230-10", "p230-01"), ("p230-10", "p230-03"),
        ("p230-10", "p230-05"), ("p230-12", "p230-01"), ("p230-13", "p230-10"), ("p230-15", "p230-09"),
        ("p230-16", "p230-10"), ("p230-19", "p230-17"), ("p230-21", "p230-20"), ("p230-24", "p230-23"),
        ("p230-27", "p230-17"), ("p230-28", "p230-17"), ("p230-28", "p230-26"), ("p230-29", "p230-23"),
        ("p230-30", "p230-20"), ("p230-31", "p230-29"), ("p230-35", "p230-33"), ("p230-36", "p230-33"),
        ("p230-37", "p230-36"), ("p230-40", "p230-39"), ("p230-41", "p230-33"), ("p230-42", "p230-33"),
        ("p230-42", "p230-36"), ("p230-42", "p230-39"), ("p230-45", "p230-41"), ("p230-46", "p230-36"),
        ("p230-46", "p230-42"),
    }  # fmt: skip
    assert shared == {
        ("p230-01", "p230-03"), ("p230-01", "p230-10"), ("p230-01", "p230-12"), ("p230-02", "p230-03"),
        ("p230-02", "p230-12"), ("p230-03", "p230-10"), ("p230-03", "p230-12"), ("p230-04", "p230-13"),
        ("p230-05", "p230-08"), ("p230-05", "p230-10"), ("p230-08", "p230-10"), ("p230-09", "p230-15"),
        ("p230-10", "p230-12"), ("p230-20", "p230-21"), ("p230-20", "p230-30"), ("p230-21", "p230-30"),
        ("p230-23", "p230-29"), ("p230-23", "p230-31"), ("p230-29", "p230-31"), ("p230-33", "p230-35"),
        ("p230-33", "p230-36"), ("p230-33", "p230-41"), ("p230-33", "p230-42"), ("p230-33", "p230-46"),
        ("p230-35", "p230-36"), ("p230-35", "p230-41"), ("p230-35", "p230-42"), ("p230-35", "p230-46"),
        ("p230-36", "p230-41"), ("p230-36", "p230-42"), ("p230-36", "p230-46"), ("p230-41", "p230-42"),
        ("p230-41", "p230-45"), ("p230-41", "p230-46"), ("p230-42", "p230-46"),
    }  # fmt: skip


def test_the_two_hundred_and_thirty_first_probes_of_quantum_learning_dose_finding_and_migrants() -> None:
    # 48 abstracts of quantum machine learning, Bayesian adaptive dose-finding designs and surveys of Chinese
    # internal migrants (two untitled), written and read as file 231, held out (read with 856a0ba): of the
    # writer's 35 builds-on pairs 34, 3 false; of 34 shared pairs 29, 4 false. A review's "CircuitGrad,
    # PennyLane and TensorFlow Quantum among them" and "with the YDMLP as an example of", and "we recommend
    # that future waves include a scale such as the UBSM-14" (not used). Now 34 and 29, none false. Missed:
    # ClinicalTrials.gov, "the PODIUM database (release 2.0; ...)" sent to the 2.0 paper alone
    builds_on, shared = _loaded_pairs("other-fields-probes-231.jsonl")
    assert builds_on == {
        ("p231-04", "p231-01"), ("p231-04", "p231-03"), ("p231-05", "p231-02"), ("p231-07", "p231-02"),
        ("p231-07", "p231-03"), ("p231-08", "p231-02"), ("p231-11", "p231-01"), ("p231-11", "p231-03"),
        ("p231-13", "p231-01"), ("p231-14", "p231-02"), ("p231-15", "p231-03"), ("p231-19", "p231-17"),
        ("p231-20", "p231-17"), ("p231-20", "p231-19"), ("p231-22", "p231-18"), ("p231-23", "p231-17"),
        ("p231-24", "p231-18"), ("p231-27", "p231-17"), ("p231-27", "p231-19"), ("p231-29", "p231-17"),
        ("p231-29", "p231-24"), ("p231-31", "p231-17"), ("p231-31", "p231-19"), ("p231-36", "p231-33"),
        ("p231-37", "p231-34"), ("p231-39", "p231-33"), ("p231-40", "p231-34"), ("p231-40", "p231-35"),
        ("p231-42", "p231-34"), ("p231-44", "p231-33"), ("p231-44", "p231-39"), ("p231-45", "p231-35"),
        ("p231-48", "p231-34"), ("p231-48", "p231-42"),
    }  # fmt: skip
    assert shared == {
        ("p231-02", "p231-05"), ("p231-03", "p231-04"), ("p231-03", "p231-07"), ("p231-03", "p231-11"),
        ("p231-03", "p231-15"), ("p231-04", "p231-07"), ("p231-04", "p231-11"), ("p231-04", "p231-15"),
        ("p231-05", "p231-08"), ("p231-05", "p231-14"), ("p231-06", "p231-12"), ("p231-07", "p231-11"),
        ("p231-07", "p231-15"), ("p231-08", "p231-14"), ("p231-11", "p231-15"), ("p231-18", "p231-22"),
        ("p231-18", "p231-24"), ("p231-22", "p231-24"), ("p231-24", "p231-29"), ("p231-33", "p231-36"),
        ("p231-33", "p231-39"), ("p231-33", "p231-44"), ("p231-36", "p231-39"), ("p231-36", "p231-44"),
        ("p231-38", "p231-41"), ("p231-38", "p231-44"), ("p231-39", "p231-44"), ("p231-41", "p231-44"),
        ("p231-47", "p231-48"),
    }  # fmt: skip


def test_the_two_hundred_and_thirty_second_probes_of_table_qa_malaria_models_and_song_painting() -> None:
    # 48 abstracts of retrieval-augmented question answering over tables, Bayesian models of malaria
    # transmission and catalogues of Song dynasty painting (two untitled), written and read as file 232, held
    # out (read with f284c8d): of the writer's 37 builds-on pairs 37, 1 false; of 65 shared pairs 56, 70
    # false, 63 of them through "the Song corpus", a dynasty's works read as data named Song (a word any paper
    # names a period by is no data in another now). A survey's "citing LedgerQA and OTT-QA as representative
    # of the latter" (not used). Now 37 and 50, none false. Missed: FeTaQA, the Xuanhe huapu, the Shiqu baoji,
    # Cahill's Index, the National Palace Museum's open data
    builds_on, shared = _loaded_pairs("other-fields-probes-232.jsonl")
    assert builds_on == {
        ("p232-03", "p232-01"), ("p232-04", "p232-03"), ("p232-05", "p232-03"), ("p232-07", "p232-01"),
        ("p232-07", "p232-06"), ("p232-09", "p232-03"), ("p232-10", "p232-01"), ("p232-10", "p232-03"),
        ("p232-10", "p232-06"), ("p232-11", "p232-06"), ("p232-12", "p232-03"), ("p232-14", "p232-01"),
        ("p232-14", "p232-10"), ("p232-15", "p232-06"), ("p232-18", "p232-17"), ("p232-19", "p232-17"),
        ("p232-20", "p232-19"), ("p232-23", "p232-17"), ("p232-23", "p232-19"), ("p232-24", "p232-22"),
        ("p232-27", "p232-19"), ("p232-27", "p232-22"), ("p232-28", "p232-25"), ("p232-29", "p232-27"),
        ("p232-31", "p232-25"), ("p232-32", "p232-19"), ("p232-32", "p232-22"), ("p232-36", "p232-34"),
        ("p232-37", "p232-34"), ("p232-38", "p232-36"), ("p232-40", "p232-39"), ("p232-42", "p232-39"),
        ("p232-43", "p232-39"), ("p232-43", "p232-42"), ("p232-44", "p232-34"), ("p232-48", "p232-36"),
        ("p232-48", "p232-42"),
    }  # fmt: skip
    assert shared == {
        ("p232-01", "p232-03"), ("p232-01", "p232-07"), ("p232-01", "p232-10"), ("p232-01", "p232-14"),
        ("p232-02", "p232-03"), ("p232-02", "p232-05"), ("p232-02", "p232-06"), ("p232-02", "p232-08"),
        ("p232-02", "p232-12"), ("p232-03", "p232-05"), ("p232-03", "p232-07"), ("p232-03", "p232-10"),
        ("p232-03", "p232-14"), ("p232-04", "p232-11"), ("p232-05", "p232-13"), ("p232-06", "p232-08"),
        ("p232-06", "p232-12"), ("p232-07", "p232-10"), ("p232-07", "p232-14"), ("p232-08", "p232-12"),
        ("p232-10", "p232-14"), ("p232-13", "p232-15"), ("p232-17", "p232-18"), ("p232-17", "p232-19"),
        ("p232-17", "p232-23"), ("p232-18", "p232-19"), ("p232-18", "p232-23"), ("p232-19", "p232-23"),
        ("p232-20", "p232-23"), ("p232-22", "p232-24"), ("p232-22", "p232-27"), ("p232-22", "p232-32"),
        ("p232-24", "p232-27"), ("p232-24", "p232-32"), ("p232-26", "p232-27"), ("p232-26", "p232-29"),
        ("p232-26", "p232-31"), ("p232-27", "p232-29"), ("p232-27", "p232-31"), ("p232-27", "p232-32"),
        ("p232-29", "p232-31"), ("p232-34", "p232-36"), ("p232-34", "p232-37"), ("p232-34", "p232-44"),
        ("p232-36", "p232-37"), ("p232-36", "p232-44"), ("p232-37", "p232-44"), ("p232-42", "p232-43"),
        ("p232-42", "p232-48"), ("p232-43", "p232-48"),
    }  # fmt: skip


def test_the_two_hundred_and_thirty_third_probes_of_medical_ssl_hydrology_and_oracle_bones() -> None:
    # 48 abstracts of self-supervised learning for medical imaging, Bayesian calibration of hydrological
    # models and Chinese oracle bone inscriptions (two untitled), written and read as file 233, held out (read
    # with f284c8d): of the writer's 35 builds-on pairs 34, 3 false; of 40 shared pairs 31, none false.
    # "ShardMatch and similar methods have been criticised", "we intend to repeat the analysis with a formal
    # toolkit such as TARN once ..." (not used). Now 34 and 31, 1 false. Missed: NLST, the Heji and other
    # published corpora of rubbings by their romanised titles, "TARN 2.0" sent to the first TARN's paper too
    builds_on, shared = _loaded_pairs("other-fields-probes-233.jsonl")
    assert builds_on == {
        ("p233-02", "p233-01"), ("p233-05", "p233-01"), ("p233-06", "p233-01"), ("p233-06", "p233-02"),
        ("p233-07", "p233-04"), ("p233-10", "p233-04"), ("p233-11", "p233-02"), ("p233-13", "p233-04"),
        ("p233-13", "p233-10"), ("p233-14", "p233-01"), ("p233-16", "p233-09"), ("p233-18", "p233-17"),
        ("p233-21", "p233-17"), ("p233-22", "p233-19"), ("p233-23", "p233-17"), ("p233-23", "p233-19"),
        ("p233-24", "p233-17"), ("p233-24", "p233-21"), ("p233-27", "p233-19"), ("p233-28", "p233-19"),
        ("p233-28", "p233-21"), ("p233-30", "p233-23"), ("p233-31", "p233-19"), ("p233-36", "p233-34"),
        ("p233-38", "p233-35"), ("p233-39", "p233-36"), ("p233-41", "p233-37"), ("p233-42", "p233-34"),
        ("p233-42", "p233-36"), ("p233-44", "p233-34"), ("p233-44", "p233-36"), ("p233-46", "p233-35"),
        ("p233-48", "p233-35"), ("p233-48", "p233-37"),
        # FALSE: "volumetric pretext tasks such as SliceSwap [17] exploit inter-slice continuity", the
        # reason for 2D
        ("p233-03", "p233-01"),
    }  # fmt: skip
    assert shared == {
        ("p233-01", "p233-15"), ("p233-02", "p233-06"), ("p233-02", "p233-11"), ("p233-04", "p233-07"),
        ("p233-04", "p233-10"), ("p233-04", "p233-13"), ("p233-06", "p233-11"), ("p233-07", "p233-10"),
        ("p233-09", "p233-16"), ("p233-21", "p233-24"), ("p233-21", "p233-28"), ("p233-22", "p233-23"),
        ("p233-22", "p233-30"), ("p233-22", "p233-31"), ("p233-23", "p233-30"), ("p233-23", "p233-31"),
        ("p233-24", "p233-28"), ("p233-25", "p233-32"), ("p233-30", "p233-31"), ("p233-34", "p233-36"),
        ("p233-34", "p233-42"), ("p233-34", "p233-44"), ("p233-35", "p233-38"), ("p233-35", "p233-46"),
        ("p233-35", "p233-48"), ("p233-36", "p233-42"), ("p233-36", "p233-44"), ("p233-38", "p233-46"),
        ("p233-38", "p233-48"), ("p233-42", "p233-44"), ("p233-46", "p233-48"),
    }  # fmt: skip


def test_the_two_hundred_and_thirty_fourth_probes_of_graph_embeddings_transplants_and_opera() -> None:
    # 48 abstracts of knowledge graph embedding, Bayesian survival models of kidney transplants and Cantonese
    # opera recordings (two untitled), written and read as file 234, held out (read with f284c8d): of the
    # writer's 34 builds-on pairs 29, none false; of 41 shared pairs 34, none false. "The Sojourn Survey,
    # carried out between March 2012 and November 2013, documented 87 amateur clubs" presents it. Now 32 and
    # 34, none false. Missed: Hetionet, SRTR, ANZDATA, the Hong Kong Public Libraries' MMIS, the Berlin
    # Phonogramm-Archiv, users of a later version sent to the first's paper too
    builds_on, shared = _loaded_pairs("other-fields-probes-234.jsonl")
    assert builds_on == {
        ("p234-02", "p234-01"), ("p234-04", "p234-01"), ("p234-04", "p234-02"), ("p234-04", "p234-03"),
        ("p234-06", "p234-01"), ("p234-08", "p234-01"), ("p234-08", "p234-03"), ("p234-09", "p234-02"),
        ("p234-09", "p234-03"), ("p234-11", "p234-01"), ("p234-11", "p234-02"), ("p234-13", "p234-09"),
        ("p234-14", "p234-01"), ("p234-18", "p234-17"), ("p234-21", "p234-20"), ("p234-23", "p234-22"),
        ("p234-25", "p234-17"), ("p234-25", "p234-20"), ("p234-26", "p234-17"), ("p234-29", "p234-20"),
        ("p234-29", "p234-22"), ("p234-30", "p234-17"), ("p234-30", "p234-26"), ("p234-34", "p234-33"),
        ("p234-38", "p234-33"), ("p234-38", "p234-35"), ("p234-39", "p234-37"), ("p234-41", "p234-35"),
        ("p234-42", "p234-37"), ("p234-45", "p234-33"), ("p234-46", "p234-35"), ("p234-46", "p234-37"),
    }  # fmt: skip
    assert shared == {
        ("p234-01", "p234-08"), ("p234-02", "p234-04"), ("p234-02", "p234-09"), ("p234-02", "p234-11"),
        ("p234-03", "p234-09"), ("p234-03", "p234-13"), ("p234-04", "p234-09"), ("p234-04", "p234-11"),
        ("p234-06", "p234-10"), ("p234-09", "p234-11"), ("p234-09", "p234-13"), ("p234-17", "p234-18"),
        ("p234-17", "p234-25"), ("p234-17", "p234-26"), ("p234-17", "p234-30"), ("p234-18", "p234-25"),
        ("p234-18", "p234-26"), ("p234-18", "p234-30"), ("p234-21", "p234-29"), ("p234-25", "p234-26"),
        ("p234-25", "p234-30"), ("p234-26", "p234-30"), ("p234-33", "p234-34"), ("p234-33", "p234-38"),
        ("p234-33", "p234-45"), ("p234-34", "p234-38"), ("p234-34", "p234-45"), ("p234-37", "p234-39"),
        ("p234-37", "p234-42"), ("p234-37", "p234-46"), ("p234-38", "p234-45"), ("p234-39", "p234-42"),
        ("p234-39", "p234-46"), ("p234-42", "p234-46"),
    }  # fmt: skip


def test_the_two_hundred_and_thirty_fifth_probes_of_low_resource_mt_excess_deaths_and_newspapers() -> None:
    # 48 abstracts of machine translation for low-resource languages, Bayesian models of COVID-19 excess
    # mortality and Chinese Republican-era newspapers (two untitled), written and read as file 235, held out
    # (read with 5c1f822's rules): of the writer's 38 builds-on pairs 37, 3 false; of 58 shared pairs 48, 5
    # false. A review's "as examples of curated research databases, the Chinese Periodical Advertisement
    # Database (CPAD)" (not used). Now 37 and 48, 2 false. Missed: FLORES-200, JW300, the Human Mortality
    # Database's short-term series, Brazil's Registro Civil, the Shenbao database
    builds_on, shared = _loaded_pairs("other-fields-probes-235.jsonl")
    assert builds_on == {
        ("p235-03", "p235-01"), ("p235-03", "p235-02"), ("p235-06", "p235-04"), ("p235-07", "p235-02"),
        ("p235-09", "p235-04"), ("p235-09", "p235-06"), ("p235-10", "p235-04"), ("p235-10", "p235-06"),
        ("p235-11", "p235-01"), ("p235-13", "p235-02"), ("p235-14", "p235-01"), ("p235-14", "p235-11"),
        ("p235-16", "p235-09"), ("p235-18", "p235-17"), ("p235-22", "p235-17"), ("p235-22", "p235-19"),
        ("p235-23", "p235-17"), ("p235-23", "p235-20"), ("p235-25", "p235-17"), ("p235-25", "p235-19"),
        ("p235-28", "p235-20"), ("p235-30", "p235-17"), ("p235-30", "p235-19"), ("p235-32", "p235-25"),
        ("p235-34", "p235-33"), ("p235-37", "p235-36"), ("p235-40", "p235-36"), ("p235-40", "p235-37"),
        ("p235-41", "p235-33"), ("p235-42", "p235-33"), ("p235-42", "p235-41"), ("p235-43", "p235-39"),
        ("p235-45", "p235-36"), ("p235-45", "p235-37"), ("p235-46", "p235-39"), ("p235-47", "p235-33"),
        ("p235-47", "p235-41"),
        # FALSE: users of "BEAM 2.0" also sent to the first BEAM's paper, which the writer keeps apart
        ("p235-28", "p235-17"), ("p235-32", "p235-17"),
    }  # fmt: skip
    assert shared == {
        ("p235-01", "p235-03"), ("p235-01", "p235-11"), ("p235-01", "p235-14"), ("p235-03", "p235-08"),
        ("p235-03", "p235-11"), ("p235-03", "p235-14"), ("p235-04", "p235-13"), ("p235-06", "p235-09"),
        ("p235-06", "p235-10"), ("p235-07", "p235-09"), ("p235-07", "p235-12"), ("p235-07", "p235-13"),
        ("p235-07", "p235-16"), ("p235-09", "p235-10"), ("p235-09", "p235-12"), ("p235-09", "p235-13"),
        ("p235-09", "p235-16"), ("p235-11", "p235-14"), ("p235-12", "p235-13"), ("p235-12", "p235-16"),
        ("p235-13", "p235-16"), ("p235-19", "p235-22"), ("p235-19", "p235-25"), ("p235-19", "p235-30"),
        ("p235-21", "p235-29"), ("p235-22", "p235-25"), ("p235-22", "p235-30"), ("p235-24", "p235-29"),
        ("p235-24", "p235-32"), ("p235-25", "p235-30"), ("p235-25", "p235-32"), ("p235-29", "p235-32"),
        ("p235-33", "p235-34"), ("p235-33", "p235-41"), ("p235-33", "p235-42"), ("p235-33", "p235-47"),
        ("p235-34", "p235-41"), ("p235-34", "p235-42"), ("p235-34", "p235-47"), ("p235-36", "p235-37"),
        ("p235-36", "p235-40"), ("p235-36", "p235-45"), ("p235-37", "p235-40"), ("p235-37", "p235-45"),
        ("p235-40", "p235-45"), ("p235-41", "p235-42"), ("p235-41", "p235-47"), ("p235-42", "p235-47"),
    }  # fmt: skip


def test_the_two_hundred_and_thirty_sixth_probes_of_pose_estimation_noise_deafness_and_austronesian() -> None:
    # 48 abstracts of 3D human pose estimation, occupational noise-induced hearing loss and Bayesian dating of
    # Austronesian phylogenies (two untitled), written and read as file 236, held out (read with 5c1f822's
    # rules): of the writer's 38 builds-on pairs 38, 2 false; of 81 shared pairs 81, 7 false. "Long-term
    # cohorts with repeated audiometry, such as the Korean shipyard cohort SALT, remain few" and "(the
    # Outrigger dataset being an example of the latter)" (not used). Now 38 and 81, none false
    builds_on, shared = _loaded_pairs("other-fields-probes-236.jsonl")
    assert builds_on == {
        ("p236-03", "p236-01"), ("p236-05", "p236-01"), ("p236-05", "p236-02"), ("p236-06", "p236-02"),
        ("p236-07", "p236-01"), ("p236-07", "p236-03"), ("p236-10", "p236-01"), ("p236-12", "p236-02"),
        ("p236-12", "p236-03"), ("p236-12", "p236-06"), ("p236-14", "p236-01"), ("p236-14", "p236-03"),
        ("p236-16", "p236-11"), ("p236-21", "p236-17"), ("p236-21", "p236-19"), ("p236-22", "p236-18"),
        ("p236-24", "p236-18"), ("p236-27", "p236-19"), ("p236-28", "p236-24"), ("p236-29", "p236-17"),
        ("p236-29", "p236-19"), ("p236-29", "p236-24"), ("p236-31", "p236-28"), ("p236-32", "p236-19"),
        ("p236-34", "p236-33"), ("p236-35", "p236-33"), ("p236-36", "p236-34"), ("p236-38", "p236-34"),
        ("p236-38", "p236-35"), ("p236-40", "p236-33"), ("p236-42", "p236-34"), ("p236-42", "p236-35"),
        ("p236-44", "p236-40"), ("p236-46", "p236-35"), ("p236-46", "p236-40"), ("p236-46", "p236-42"),
        ("p236-48", "p236-42"), ("p236-48", "p236-47"),
    }  # fmt: skip
    assert shared == {
        ("p236-01", "p236-03"), ("p236-01", "p236-05"), ("p236-01", "p236-07"), ("p236-01", "p236-10"),
        ("p236-01", "p236-14"), ("p236-02", "p236-03"), ("p236-02", "p236-04"), ("p236-02", "p236-06"),
        ("p236-02", "p236-12"), ("p236-02", "p236-13"), ("p236-02", "p236-15"), ("p236-03", "p236-05"),
        ("p236-03", "p236-06"), ("p236-03", "p236-07"), ("p236-03", "p236-10"), ("p236-03", "p236-12"),
        ("p236-03", "p236-13"), ("p236-03", "p236-14"), ("p236-03", "p236-15"), ("p236-04", "p236-06"),
        ("p236-05", "p236-07"), ("p236-05", "p236-10"), ("p236-05", "p236-14"), ("p236-06", "p236-12"),
        ("p236-06", "p236-13"), ("p236-06", "p236-15"), ("p236-07", "p236-10"), ("p236-07", "p236-14"),
        ("p236-08", "p236-11"), ("p236-08", "p236-12"), ("p236-08", "p236-13"), ("p236-08", "p236-16"),
        ("p236-10", "p236-14"), ("p236-11", "p236-12"), ("p236-11", "p236-13"), ("p236-11", "p236-16"),
        ("p236-12", "p236-13"), ("p236-12", "p236-15"), ("p236-12", "p236-16"), ("p236-13", "p236-15"),
        ("p236-13", "p236-16"), ("p236-17", "p236-21"), ("p236-17", "p236-29"), ("p236-18", "p236-20"),
        ("p236-18", "p236-24"), ("p236-20", "p236-24"), ("p236-21", "p236-29"), ("p236-22", "p236-27"),
        ("p236-22", "p236-32"), ("p236-27", "p236-32"), ("p236-28", "p236-31"), ("p236-33", "p236-34"),
        ("p236-33", "p236-35"), ("p236-33", "p236-40"), ("p236-34", "p236-35"), ("p236-34", "p236-36"),
        ("p236-34", "p236-40"), ("p236-34", "p236-43"), ("p236-34", "p236-44"), ("p236-34", "p236-47"),
        ("p236-34", "p236-48"), ("p236-35", "p236-38"), ("p236-35", "p236-40"), ("p236-35", "p236-42"),
        ("p236-35", "p236-46"), ("p236-36", "p236-43"), ("p236-36", "p236-44"), ("p236-36", "p236-47"),
        ("p236-36", "p236-48"), ("p236-38", "p236-42"), ("p236-38", "p236-46"), ("p236-40", "p236-44"),
        ("p236-40", "p236-46"), ("p236-42", "p236-46"), ("p236-43", "p236-44"), ("p236-43", "p236-47"),
        ("p236-43", "p236-48"), ("p236-44", "p236-46"), ("p236-44", "p236-47"), ("p236-44", "p236-48"),
        ("p236-47", "p236-48"),
    }  # fmt: skip


def test_the_two_hundred_and_thirty_seventh_probes_of_log_anomalies_school_trials_and_qing_tea() -> None:
    # 48 abstracts of log anomaly detection, trials of school mental health programmes and the Qing tea trade
    # in customs records (two untitled), written and read as file 237, held out (read with 5c1f822's rules):
    # of the writer's 36 builds-on pairs 33, 2 false; of 52 shared pairs 37, 18 false. "of which the USP-IPD
    # database is one example", "Because the Canton Tea Ledger Database ends in 1833 and does not cover the
    # treaty ports", a historiographical review's "of which the Treaty Port Trade Returns Corpus is the most
    # extensive" (not used). Now 33 and 37, 6 false. Missed: BGL, the Millennium Cohort Study, the India
    # Office Records, "CTLD 2.0" users sent to the first release's paper too
    builds_on, shared = _loaded_pairs("other-fields-probes-237.jsonl")
    assert builds_on == {
        ("p237-02", "p237-01"), ("p237-03", "p237-01"), ("p237-05", "p237-03"), ("p237-06", "p237-03"),
        ("p237-07", "p237-06"), ("p237-09", "p237-01"), ("p237-11", "p237-01"), ("p237-11", "p237-09"),
        ("p237-12", "p237-06"), ("p237-15", "p237-03"), ("p237-15", "p237-09"), ("p237-15", "p237-11"),
        ("p237-16", "p237-09"), ("p237-16", "p237-11"), ("p237-19", "p237-17"), ("p237-21", "p237-17"),
        ("p237-23", "p237-17"), ("p237-23", "p237-19"), ("p237-24", "p237-21"), ("p237-27", "p237-17"),
        ("p237-29", "p237-17"), ("p237-29", "p237-21"), ("p237-34", "p237-33"), ("p237-38", "p237-33"),
        ("p237-39", "p237-36"), ("p237-40", "p237-36"), ("p237-41", "p237-40"), ("p237-44", "p237-33"),
        ("p237-46", "p237-40"), ("p237-46", "p237-44"), ("p237-47", "p237-36"), ("p237-47", "p237-40"),
        ("p237-48", "p237-40"),
    }  # fmt: skip
    assert shared == {
        ("p237-01", "p237-02"), ("p237-01", "p237-06"), ("p237-02", "p237-06"), ("p237-03", "p237-05"),
        ("p237-03", "p237-06"), ("p237-03", "p237-15"), ("p237-05", "p237-06"), ("p237-05", "p237-15"),
        ("p237-06", "p237-15"), ("p237-09", "p237-11"), ("p237-09", "p237-15"), ("p237-09", "p237-16"),
        ("p237-11", "p237-15"), ("p237-11", "p237-16"), ("p237-15", "p237-16"), ("p237-19", "p237-23"),
        ("p237-20", "p237-26"), ("p237-27", "p237-28"), ("p237-27", "p237-31"), ("p237-28", "p237-31"),
        ("p237-33", "p237-34"), ("p237-33", "p237-38"), ("p237-33", "p237-44"), ("p237-34", "p237-38"),
        ("p237-34", "p237-44"), ("p237-38", "p237-44"), ("p237-40", "p237-41"), ("p237-40", "p237-46"),
        ("p237-40", "p237-47"), ("p237-40", "p237-48"), ("p237-41", "p237-46"), ("p237-41", "p237-47"),
        ("p237-41", "p237-48"), ("p237-44", "p237-46"), ("p237-46", "p237-47"), ("p237-46", "p237-48"),
        ("p237-47", "p237-48"),
        # FALSE: HDFS named as what other benchmarks are dominated by (not, since 7 December, eighteenth, as
        # what "71% of studies evaluated on", in a review)
        ("p237-01", "p237-03"), ("p237-02", "p237-03"),
    }  # fmt: skip


def test_the_two_hundred_and_thirty_eighth_probes_of_speech_emotion_stunting_and_buddhist_texts() -> None:
    # 48 abstracts of speech emotion recognition, Bayesian spatial models of childhood stunting and the
    # digitised Chinese Buddhist canon (two untitled), written and read as file 238, held out (read with
    # 86b2d2d): of the writer's 36 builds-on pairs 35, none false; of 68 shared pairs 48, 5 false. Unchanged.
    # Missed: IEMOCAP, MSP-Podcast and CREMA-D named as their field names them, CBETA, the SAT database
    builds_on, shared = _loaded_pairs("other-fields-probes-238.jsonl")
    assert builds_on == {
        ("p238-02", "p238-01"), ("p238-04", "p238-01"), ("p238-06", "p238-04"), ("p238-06", "p238-05"),
        ("p238-07", "p238-04"), ("p238-07", "p238-05"), ("p238-10", "p238-05"), ("p238-10", "p238-07"),
        ("p238-11", "p238-05"), ("p238-14", "p238-05"), ("p238-14", "p238-07"), ("p238-16", "p238-04"),
        ("p238-19", "p238-18"), ("p238-22", "p238-18"), ("p238-22", "p238-21"), ("p238-25", "p238-21"),
        ("p238-25", "p238-24"), ("p238-26", "p238-24"), ("p238-27", "p238-18"), ("p238-30", "p238-21"),
        ("p238-30", "p238-29"), ("p238-31", "p238-18"), ("p238-31", "p238-21"), ("p238-31", "p238-24"),
        ("p238-35", "p238-34"), ("p238-39", "p238-34"), ("p238-39", "p238-37"), ("p238-40", "p238-37"),
        ("p238-41", "p238-37"), ("p238-41", "p238-40"), ("p238-44", "p238-40"), ("p238-44", "p238-41"),
        # (7 December, nineteenth: "We also benchmarked against Woodgrain (v1.4) and Woodgrain 2", both)
        ("p238-44", "p238-37"),
        ("p238-46", "p238-41"), ("p238-47", "p238-34"), ("p238-47", "p238-41"),
    }  # fmt: skip
    assert shared == {
        ("p238-01", "p238-02"), ("p238-01", "p238-04"), ("p238-02", "p238-03"), ("p238-02", "p238-04"),
        ("p238-05", "p238-11"), ("p238-05", "p238-15"), ("p238-05", "p238-16"), ("p238-07", "p238-08"),
        ("p238-07", "p238-09"), ("p238-07", "p238-10"), ("p238-07", "p238-14"), ("p238-08", "p238-09"),
        ("p238-10", "p238-14"), ("p238-11", "p238-15"), ("p238-11", "p238-16"), ("p238-15", "p238-16"),
        ("p238-18", "p238-19"), ("p238-18", "p238-22"), ("p238-18", "p238-27"), ("p238-18", "p238-31"),
        ("p238-19", "p238-22"), ("p238-19", "p238-27"), ("p238-19", "p238-31"), ("p238-22", "p238-27"),
        ("p238-22", "p238-31"), ("p238-23", "p238-24"), ("p238-24", "p238-25"), ("p238-24", "p238-26"),
        ("p238-24", "p238-31"), ("p238-25", "p238-26"), ("p238-25", "p238-31"), ("p238-26", "p238-31"),
        ("p238-27", "p238-31"), ("p238-29", "p238-30"), ("p238-34", "p238-35"), ("p238-34", "p238-37"),
        ("p238-34", "p238-39"), ("p238-34", "p238-45"), ("p238-34", "p238-47"), ("p238-35", "p238-39"),
        ("p238-35", "p238-47"), ("p238-37", "p238-45"), ("p238-37", "p238-47"), ("p238-39", "p238-47"),
        ("p238-40", "p238-41"), ("p238-40", "p238-44"), ("p238-41", "p238-44"), ("p238-45", "p238-47"),
        # FALSE: Demographic and Health Survey rounds of one country, which the writer keeps apart
        ("p238-17", "p238-21"), ("p238-17", "p238-25"), ("p238-20", "p238-26"), ("p238-21", "p238-25"),
        ("p238-21", "p238-28"),
        # CASPER-2's users, its number now read from "the second release of" (7 December, fifteenth)
        ("p238-04", "p238-06"),
        ("p238-04", "p238-07"),
        ("p238-04", "p238-16"),
        ("p238-06", "p238-07"),
        ("p238-06", "p238-16"),
        ("p238-07", "p238-16"),
        # the SAT Daizōkyō Text Database, "Text" before a capitalised noun (7 December, fifteenth)
        ("p238-36", "p238-48"),
    }  # fmt: skip


def test_the_two_hundred_and_thirty_ninth_probes_of_traffic_graphs_insomnia_apps_and_sea_ice() -> None:
    # 48 abstracts of graph networks for traffic and power grids, digital therapeutics for insomnia and
    # Bayesian reconstruction of sea ice (two untitled), written and read as file 239, held out (read with
    # 86b2d2d): of the writer's 35 builds-on pairs 35, 1 false; of 32 shared pairs 21, 2 false. "fully
    # automated web programmes such as NightStep depend on reliable broadband, which was unavailable" (not
    # used). Now 35 and 21, 2 false. Missed: HadISST1, the NSIDC and DMI ice charts, a sleep registry
    builds_on, shared = _loaded_pairs("other-fields-probes-239.jsonl")
    assert builds_on == {
        ("p239-02", "p239-01"), ("p239-05", "p239-02"), ("p239-06", "p239-03"), ("p239-08", "p239-03"),
        ("p239-08", "p239-06"), ("p239-09", "p239-01"), ("p239-09", "p239-02"), ("p239-12", "p239-02"),
        ("p239-13", "p239-01"), ("p239-13", "p239-02"), ("p239-13", "p239-09"), ("p239-15", "p239-03"),
        ("p239-15", "p239-06"), ("p239-19", "p239-17"), ("p239-21", "p239-17"), ("p239-21", "p239-19"),
        ("p239-23", "p239-19"), ("p239-24", "p239-21"), ("p239-26", "p239-17"), ("p239-26", "p239-19"),
        ("p239-27", "p239-26"), ("p239-29", "p239-19"), ("p239-29", "p239-21"), ("p239-31", "p239-26"),
        ("p239-32", "p239-26"), ("p239-35", "p239-33"), ("p239-40", "p239-33"), ("p239-40", "p239-35"),
        ("p239-41", "p239-35"), ("p239-41", "p239-38"), ("p239-43", "p239-41"), ("p239-45", "p239-38"),
        ("p239-45", "p239-41"), ("p239-47", "p239-33"), ("p239-47", "p239-41"),
    }  # fmt: skip
    assert shared == {
        ("p239-01", "p239-02"), ("p239-01", "p239-09"), ("p239-01", "p239-13"), ("p239-02", "p239-09"),
        ("p239-02", "p239-12"), ("p239-02", "p239-13"), ("p239-05", "p239-12"), ("p239-09", "p239-13"),
        ("p239-21", "p239-24"), ("p239-21", "p239-29"), ("p239-23", "p239-28"), ("p239-24", "p239-29"),
        ("p239-33", "p239-35"), ("p239-33", "p239-40"), ("p239-33", "p239-47"), ("p239-35", "p239-40"),
        ("p239-35", "p239-47"), ("p239-38", "p239-41"), ("p239-38", "p239-45"), ("p239-40", "p239-47"),
        ("p239-41", "p239-45"),
        # FALSE: "Progress ... has been measured almost exclusively on two Californian freeway
        # datasets, METR-LA and PEMS-BAY", the field's practice, not the paper's data
        ("p239-01", "p239-05"), ("p239-01", "p239-12"),
        # FeederBank, a library of 1,200 synthetic feeders, is data (7 December, sixteenth)
        ("p239-06", "p239-08"),
        ("p239-06", "p239-15"),
        ("p239-08", "p239-15"),
    }  # fmt: skip


def test_the_two_hundred_and_fortieth_probes_of_medical_llms_pollution_dementia_and_gazetteers() -> None:
    # 48 abstracts of evaluating language models in medicine, cohorts of air pollution and dementia and
    # Chinese local gazetteers (two untitled), written and read as file 240, held out (read with 86b2d2d):
    # of the writer's 34 builds-on pairs 31, 2 false; of 48 shared pairs 35, 4 false. "In this commentary we
    # argue that ... cohorts ..., such as LEAM in northern Italy" uses none of its examples. Now 31 and 35,
    # none false. Missed: MedQA, AirBase, CHGIS, CBDB, users of a later version sent to the first's paper too
    builds_on, shared = _loaded_pairs("other-fields-probes-240.jsonl")
    assert builds_on == {
        ("p240-03", "p240-02"), ("p240-05", "p240-02"), ("p240-06", "p240-01"), ("p240-08", "p240-03"),
        ("p240-11", "p240-01"), ("p240-12", "p240-03"), ("p240-14", "p240-02"), ("p240-14", "p240-03"),
        ("p240-15", "p240-01"), ("p240-16", "p240-03"), ("p240-20", "p240-17"), ("p240-20", "p240-18"),
        ("p240-21", "p240-19"), ("p240-26", "p240-18"), ("p240-27", "p240-18"), ("p240-27", "p240-19"),
        ("p240-30", "p240-17"), ("p240-30", "p240-18"), ("p240-31", "p240-19"), ("p240-32", "p240-17"),
        ("p240-32", "p240-19"), ("p240-36", "p240-33"), ("p240-36", "p240-34"), ("p240-38", "p240-35"),
        ("p240-41", "p240-33"), ("p240-42", "p240-33"), ("p240-43", "p240-33"), ("p240-43", "p240-34"),
        ("p240-44", "p240-35"), ("p240-47", "p240-35"), ("p240-48", "p240-34"),
    }  # fmt: skip
    assert shared == {
        ("p240-01", "p240-06"), ("p240-01", "p240-11"), ("p240-01", "p240-15"), ("p240-06", "p240-07"),
        ("p240-06", "p240-11"), ("p240-06", "p240-15"), ("p240-06", "p240-16"), ("p240-07", "p240-16"),
        ("p240-11", "p240-15"), ("p240-17", "p240-20"), ("p240-17", "p240-30"), ("p240-17", "p240-32"),
        ("p240-20", "p240-30"), ("p240-20", "p240-32"), ("p240-23", "p240-31"), ("p240-24", "p240-29"),
        ("p240-30", "p240-32"), ("p240-33", "p240-36"), ("p240-33", "p240-41"), ("p240-33", "p240-42"),
        ("p240-33", "p240-43"), ("p240-34", "p240-38"), ("p240-34", "p240-39"), ("p240-34", "p240-44"),
        ("p240-36", "p240-41"), ("p240-36", "p240-42"), ("p240-36", "p240-43"), ("p240-36", "p240-48"),
        ("p240-38", "p240-39"), ("p240-38", "p240-44"), ("p240-39", "p240-44"), ("p240-41", "p240-42"),
        ("p240-41", "p240-43"), ("p240-42", "p240-43"), ("p240-43", "p240-48"),
    }  # fmt: skip


def test_the_two_hundred_and_forty_first_probes_of_driving_vancomycin_and_travel_diaries() -> None:
    # 48 abstracts of object detection for driving, neonatal vancomycin pharmacokinetics and silk road
    # travel diaries (two untitled), written on 7 December and held out (read with c00932d and again with
    # f1d9243): of the writer's 41 builds-on pairs 40, 2 false; of 82 shared pairs 70, none false.
    # "Automated tools ..., such as DiaryMapper, proved unsuitable here" and "tools built on them, such
    # as NeoDoseR, therefore cannot be assumed to be valid during cooling" use neither; "images of the
    # BDD100K training split" names data. Now 40 and 71, none false. Missed: NeoDoseR 2.0's user with the
    # first NeoDoseR's paper (the writer counts both), "the KITTI 3D detection benchmark" as KITTI, CHGIS
    builds_on, shared = _loaded_pairs("other-fields-probes-241.jsonl")
    assert builds_on == {
        ("p241-03", "p241-02"), ("p241-06", "p241-04"), ("p241-07", "p241-04"), ("p241-08", "p241-02"),
        ("p241-08", "p241-07"), ("p241-11", "p241-02"), ("p241-11", "p241-04"), ("p241-11", "p241-07"),
        ("p241-13", "p241-04"), ("p241-14", "p241-07"), ("p241-16", "p241-02"), ("p241-16", "p241-07"),
        ("p241-16", "p241-11"), ("p241-20", "p241-18"), ("p241-21", "p241-20"), ("p241-22", "p241-18"),
        ("p241-23", "p241-20"), ("p241-25", "p241-18"), ("p241-27", "p241-20"), ("p241-27", "p241-23"),
        ("p241-28", "p241-20"), ("p241-28", "p241-27"), ("p241-30", "p241-20"), ("p241-32", "p241-18"),
        ("p241-32", "p241-20"), ("p241-35", "p241-34"), ("p241-37", "p241-34"), ("p241-38", "p241-37"),
        ("p241-39", "p241-34"), ("p241-41", "p241-34"), ("p241-41", "p241-39"), ("p241-42", "p241-34"),
        ("p241-42", "p241-37"), ("p241-44", "p241-39"), ("p241-46", "p241-34"), ("p241-46", "p241-42"),
        ("p241-47", "p241-37"), ("p241-48", "p241-34"), ("p241-48", "p241-39"), ("p241-48", "p241-42"),
    }  # fmt: skip
    assert shared == {
        ("p241-01", "p241-05"), ("p241-01", "p241-09"), ("p241-02", "p241-03"), ("p241-02", "p241-08"),
        ("p241-02", "p241-11"), ("p241-02", "p241-16"), ("p241-03", "p241-08"), ("p241-03", "p241-10"),
        ("p241-03", "p241-11"), ("p241-03", "p241-16"), ("p241-04", "p241-05"), ("p241-04", "p241-06"),
        ("p241-04", "p241-07"), ("p241-04", "p241-13"), ("p241-04", "p241-15"), ("p241-05", "p241-09"),
        ("p241-06", "p241-07"), ("p241-06", "p241-13"), ("p241-06", "p241-15"), ("p241-07", "p241-09"),
        ("p241-07", "p241-13"), ("p241-07", "p241-14"), ("p241-07", "p241-15"), ("p241-08", "p241-11"),
        ("p241-08", "p241-16"), ("p241-09", "p241-14"), ("p241-11", "p241-16"), ("p241-13", "p241-15"),
        ("p241-18", "p241-20"), ("p241-18", "p241-22"), ("p241-18", "p241-25"), ("p241-18", "p241-32"),
        ("p241-20", "p241-22"), ("p241-20", "p241-25"), ("p241-20", "p241-32"), ("p241-22", "p241-25"),
        ("p241-22", "p241-32"), ("p241-25", "p241-27"), ("p241-25", "p241-29"), ("p241-25", "p241-32"),
        ("p241-27", "p241-29"), ("p241-34", "p241-35"), ("p241-34", "p241-37"), ("p241-34", "p241-39"),
        ("p241-34", "p241-41"), ("p241-34", "p241-42"), ("p241-34", "p241-46"), ("p241-34", "p241-48"),
        ("p241-35", "p241-37"), ("p241-35", "p241-39"), ("p241-35", "p241-41"), ("p241-35", "p241-42"),
        ("p241-35", "p241-46"), ("p241-35", "p241-48"), ("p241-36", "p241-42"), ("p241-36", "p241-46"),
        ("p241-37", "p241-39"), ("p241-37", "p241-41"), ("p241-37", "p241-42"), ("p241-37", "p241-46"),
        ("p241-37", "p241-48"), ("p241-39", "p241-41"), ("p241-39", "p241-42"), ("p241-39", "p241-46"),
        ("p241-39", "p241-48"), ("p241-41", "p241-42"), ("p241-41", "p241-46"), ("p241-41", "p241-48"),
        ("p241-42", "p241-46"), ("p241-42", "p241-48"), ("p241-46", "p241-48"),
    }  # fmt: skip


def test_the_two_hundred_and_forty_second_probes_of_antibody_structure_crop_yield_and_calligraphy() -> None:
    # 48 abstracts of antibody structure prediction, Bayesian models of crop yield and Chinese
    # calligraphy (two untitled), written on 7 December (fifteenth) and held out (read with f1d9243): of
    # the writer's 31 builds-on pairs 31, none false; of 36 shared pairs 26, 4 false, a review's "We
    # discuss how the field's benchmarks are built, from time-split sets drawn from SAbDab". Now 31 and
    # 30, none false (a second release's users share the first's data, as this writer keys it). Missed:
    # USDA NASS county yields, LSMS-ISA, CADAL, CASIA-HWDB written with two release ranges
    builds_on, shared = _loaded_pairs("other-fields-probes-242.jsonl")
    assert builds_on == {
        ("p242-05", "p242-02"), ("p242-07", "p242-02"), ("p242-08", "p242-02"), ("p242-08", "p242-04"),
        ("p242-10", "p242-02"), ("p242-10", "p242-04"), ("p242-10", "p242-07"), ("p242-11", "p242-07"),
        ("p242-13", "p242-10"), ("p242-15", "p242-02"), ("p242-15", "p242-07"), ("p242-21", "p242-18"),
        ("p242-23", "p242-20"), ("p242-24", "p242-18"), ("p242-26", "p242-24"), ("p242-28", "p242-18"),
        ("p242-28", "p242-20"), ("p242-29", "p242-24"), ("p242-29", "p242-28"), ("p242-31", "p242-24"),
        ("p242-37", "p242-34"), ("p242-38", "p242-37"), ("p242-40", "p242-34"), ("p242-40", "p242-37"),
        ("p242-41", "p242-40"), ("p242-43", "p242-37"), ("p242-45", "p242-37"), ("p242-45", "p242-40"),
        ("p242-46", "p242-34"), ("p242-48", "p242-34"), ("p242-48", "p242-40"),
    }  # fmt: skip
    assert shared == {
        ("p242-01", "p242-02"), ("p242-01", "p242-03"), ("p242-01", "p242-07"), ("p242-02", "p242-03"),
        ("p242-02", "p242-07"), ("p242-03", "p242-05"), ("p242-03", "p242-07"), ("p242-03", "p242-13"),
        ("p242-04", "p242-08"), ("p242-04", "p242-10"), ("p242-05", "p242-13"), ("p242-08", "p242-10"),
        ("p242-20", "p242-23"), ("p242-20", "p242-28"), ("p242-23", "p242-26"), ("p242-23", "p242-28"),
        ("p242-28", "p242-29"), ("p242-34", "p242-37"), ("p242-34", "p242-40"), ("p242-34", "p242-46"),
        ("p242-34", "p242-48"), ("p242-37", "p242-40"), ("p242-37", "p242-46"), ("p242-37", "p242-48"),
        ("p242-40", "p242-46"), ("p242-40", "p242-48"), ("p242-41", "p242-45"), ("p242-46", "p242-48"),
        # a release counted before the name ("the second data release of X") names the first as well, its
        # users using the first's data too (7 December, fifteenth)
        ("p242-20", "p242-29"),
        ("p242-23", "p242-29"),
    }  # fmt: skip


def test_the_two_hundred_and_forty_third_probes_of_hate_speech_phylogeography_and_chinese_gardens() -> None:
    # 48 abstracts of hate speech detection in low-resource languages, Bayesian phylogeography and
    # Chinese classical gardens (two untitled), written on 7 December (fifteenth) and held out (read with
    # f1d9243): of the writer's 34 builds-on pairs 31, 1 false; of 43 shared pairs 23, 3 false.
    # "Experiments were run on the second release of the SAUTI-HS corpus [22]" uses SAUTI-HS 2.0 (and the
    # first, which it holds); "Here we describe CAI-2, the second data release" presents it; "the Hindi
    # subset of HASOC 2019" names data. Now 34, none false, and 30, 3 false (the second release's user with
    # the first's users, which this writer keys apart).
    # Missed: the ToxiLex-12 lexicon (data to the writer), Liu Dunzhen's measured drawings
    builds_on, shared = _loaded_pairs("other-fields-probes-243.jsonl")
    assert builds_on == {
        ("p243-02", "p243-01"), ("p243-03", "p243-01"), ("p243-06", "p243-03"), ("p243-07", "p243-01"),
        ("p243-07", "p243-06"), ("p243-10", "p243-03"), ("p243-10", "p243-06"), ("p243-12", "p243-03"),
        ("p243-12", "p243-06"), ("p243-13", "p243-06"), ("p243-13", "p243-12"), ("p243-14", "p243-01"),
        ("p243-16", "p243-06"), ("p243-16", "p243-12"), ("p243-18", "p243-17"), ("p243-21", "p243-20"),
        ("p243-23", "p243-17"), ("p243-24", "p243-17"), ("p243-25", "p243-24"), ("p243-26", "p243-24"),
        ("p243-27", "p243-17"), ("p243-29", "p243-24"), ("p243-30", "p243-20"), ("p243-30", "p243-27"),
        ("p243-36", "p243-34"), ("p243-38", "p243-37"), ("p243-40", "p243-34"), ("p243-41", "p243-40"),
        ("p243-44", "p243-34"), ("p243-44", "p243-40"), ("p243-45", "p243-37"), ("p243-47", "p243-44"),
        ("p243-48", "p243-40"), ("p243-48", "p243-44"),
    }  # fmt: skip
    assert shared == {
        ("p243-03", "p243-06"), ("p243-03", "p243-10"), ("p243-03", "p243-12"), ("p243-04", "p243-06"),
        ("p243-04", "p243-16"), ("p243-06", "p243-10"), ("p243-06", "p243-12"), ("p243-06", "p243-16"),
        ("p243-10", "p243-12"), ("p243-12", "p243-13"), ("p243-12", "p243-16"), ("p243-13", "p243-16"),
        ("p243-20", "p243-21"), ("p243-20", "p243-30"), ("p243-21", "p243-30"), ("p243-24", "p243-29"),
        ("p243-26", "p243-27"), ("p243-26", "p243-31"), ("p243-27", "p243-31"), ("p243-34", "p243-36"),
        ("p243-34", "p243-40"), ("p243-34", "p243-41"), ("p243-34", "p243-44"), ("p243-36", "p243-40"),
        ("p243-36", "p243-44"), ("p243-40", "p243-44"), ("p243-41", "p243-44"), ("p243-44", "p243-47"),
        ("p243-44", "p243-48"), ("p243-47", "p243-48"),
        # FALSE as this writer keys the releases apart: a release counted before the name ("the second data
        # release of X") names the first as well, its users using the first's data too (7 December, fifteenth)
        ("p243-03", "p243-13"),
        ("p243-06", "p243-13"),
        ("p243-10", "p243-13"),
    }  # fmt: skip


def test_the_two_hundred_and_forty_fourth_probes_of_child_speech_bird_song_and_tax_compliance() -> None:
    # 48 abstracts of speech recognition for children, bird song and acoustic monitoring, and Bayesian
    # models of tax compliance (two untitled), written on 7 December (fifteenth) and held out (read with
    # f1d9243): of the writer's 41 builds-on pairs 41, 4 false; of 50 shared pairs 42, 4 false.
    # "Annotated reference collections comparable to WREN, ..., do not yet exist for Southeast Asian
    # forests" and "evaluating whether DawnNet v2 improves warbler identification is a goal for future
    # work" use neither. Now 41, 2 false, and 44, none false. Missed: the CSLU Kids' Speech Corpus, xeno-
    # canto in lowercase, the Rwanda Revenue Authority's audit records
    builds_on, shared = _loaded_pairs("other-fields-probes-244.jsonl")
    assert builds_on == {
        ("p244-03", "p244-01"), ("p244-03", "p244-02"), ("p244-04", "p244-01"), ("p244-05", "p244-02"),
        ("p244-05", "p244-04"), ("p244-06", "p244-02"), ("p244-06", "p244-05"), ("p244-07", "p244-04"),
        ("p244-09", "p244-01"), ("p244-09", "p244-07"), ("p244-12", "p244-04"), ("p244-12", "p244-07"),
        ("p244-16", "p244-02"), ("p244-16", "p244-05"), ("p244-16", "p244-07"), ("p244-19", "p244-18"),
        ("p244-22", "p244-17"), ("p244-23", "p244-17"), ("p244-23", "p244-22"), ("p244-24", "p244-22"),
        ("p244-25", "p244-18"), ("p244-27", "p244-18"), ("p244-27", "p244-25"), ("p244-28", "p244-18"),
        ("p244-28", "p244-25"), ("p244-30", "p244-17"), ("p244-30", "p244-22"), ("p244-32", "p244-22"),
        ("p244-32", "p244-30"), ("p244-35", "p244-33"), ("p244-37", "p244-34"), ("p244-38", "p244-33"),
        ("p244-38", "p244-34"), ("p244-40", "p244-33"), ("p244-41", "p244-34"), ("p244-44", "p244-38"),
        ("p244-44", "p244-43"), ("p244-46", "p244-43"), ("p244-48", "p244-34"), ("p244-48", "p244-38"),
        ("p244-48", "p244-44"),
        # FALSE as the writer keys it: a paper building on its team's earlier work, which names
        # nothing ("Building on our earlier MyST experiments ... (Costa et al., 2021)")
        ("p244-16", "p244-06"), ("p244-48", "p244-37"),
    }  # fmt: skip
    assert shared == {
        ("p244-01", "p244-03"), ("p244-01", "p244-04"), ("p244-01", "p244-09"), ("p244-02", "p244-05"),
        ("p244-02", "p244-10"), ("p244-02", "p244-13"), ("p244-03", "p244-04"), ("p244-03", "p244-09"),
        ("p244-04", "p244-05"), ("p244-04", "p244-07"), ("p244-04", "p244-09"), ("p244-04", "p244-12"),
        ("p244-05", "p244-07"), ("p244-05", "p244-12"), ("p244-05", "p244-13"), ("p244-06", "p244-07"),
        ("p244-06", "p244-11"), ("p244-06", "p244-16"), ("p244-07", "p244-11"), ("p244-07", "p244-12"),
        ("p244-07", "p244-16"), ("p244-10", "p244-13"), ("p244-11", "p244-16"), ("p244-17", "p244-22"),
        ("p244-17", "p244-23"), ("p244-17", "p244-30"), ("p244-18", "p244-19"), ("p244-18", "p244-28"),
        ("p244-19", "p244-28"), ("p244-22", "p244-23"), ("p244-22", "p244-30"), ("p244-23", "p244-30"),
        ("p244-33", "p244-35"), ("p244-33", "p244-38"), ("p244-33", "p244-40"), ("p244-34", "p244-41"),
        ("p244-35", "p244-38"), ("p244-35", "p244-40"), ("p244-36", "p244-46"), ("p244-38", "p244-40"),
        ("p244-43", "p244-44"), ("p244-43", "p244-46"), ("p244-44", "p244-46"), ("p244-45", "p244-48"),
    }  # fmt: skip


def test_the_two_hundred_and_forty_fifth_probes_of_drones_exercise_meta_analysis_and_herbal_safety() -> None:
    # 48 abstracts of drone-based crop and forest monitoring, Bayesian meta-analysis of exercise for
    # depression and Chinese herbal medicine pharmacovigilance (two untitled), written on 7 December
    # (fifteenth) and held out (read with f1d9243): of the writer's 34 builds-on pairs 32, 1 false; of 26
    # shared pairs 18, none false. "...: a methodological review" of meta-analyses pools no data, so
    # surveys the literature: "empirically derived priors, for example the HEX-21 set, were used in a
    # minority". Now 32 and 18, none false. Missed: "the DoseFlex package [17], in its 2.0 release [23]";
    # "We describe its second phase, CHISEL-II"; FAERS, VigiBase, China's national adverse drug reaction
    # system
    builds_on, shared = _loaded_pairs("other-fields-probes-245.jsonl")
    assert builds_on == {
        ("p245-04", "p245-01"), ("p245-05", "p245-01"), ("p245-07", "p245-03"), ("p245-08", "p245-05"),
        ("p245-09", "p245-01"), ("p245-09", "p245-05"), ("p245-11", "p245-03"), ("p245-12", "p245-05"),
        ("p245-14", "p245-05"), ("p245-19", "p245-17"), ("p245-19", "p245-18"), ("p245-22", "p245-20"),
        ("p245-23", "p245-17"), ("p245-23", "p245-18"), ("p245-24", "p245-17"), ("p245-24", "p245-23"),
        ("p245-25", "p245-18"), ("p245-27", "p245-20"), ("p245-29", "p245-20"), ("p245-30", "p245-18"),
        ("p245-32", "p245-20"), ("p245-32", "p245-27"), ("p245-35", "p245-33"), ("p245-36", "p245-33"),
        ("p245-38", "p245-35"), ("p245-40", "p245-37"), ("p245-41", "p245-35"), ("p245-43", "p245-37"),
        ("p245-44", "p245-37"), ("p245-44", "p245-43"), ("p245-45", "p245-37"), ("p245-46", "p245-35"),
    }  # fmt: skip
    assert shared == {
        ("p245-01", "p245-04"), ("p245-01", "p245-05"), ("p245-01", "p245-09"), ("p245-04", "p245-05"),
        ("p245-04", "p245-09"), ("p245-05", "p245-09"), ("p245-10", "p245-14"), ("p245-11", "p245-13"),
        ("p245-17", "p245-19"), ("p245-17", "p245-23"), ("p245-17", "p245-24"), ("p245-19", "p245-23"),
        ("p245-19", "p245-24"), ("p245-23", "p245-24"), ("p245-29", "p245-30"), ("p245-33", "p245-35"),
        ("p245-33", "p245-36"), ("p245-35", "p245-36"),
    }  # fmt: skip


def test_the_two_hundred_and_forty_sixth_probes_of_child_language_resistance_networks_and_ceramics() -> None:
    # 48 abstracts of child language acquisition, Bayesian networks of antimicrobial resistance and the
    # chemical provenance of Chinese ceramics (two untitled), written on 7 December (fifteenth) and held
    # out (read with f1d9243): of the writer's 31 builds-on pairs 28, 5 false; of 48 shared pairs 41, 5
    # false. "...: a review of naturalistic child language corpora"; "for instance rare earth element
    # fingerprints (REEF-14)"; "..., and several models of verb learning, such as FrameBoot, presuppose
    # ..."; "we plan to apply it to comparable sherds". Now 28 and 41, none false. Missed: users of
    # "CLAMP v2.1", "ResistoBN v2.1" and "SinoKiln v2.3" with the first's paper (the writer counts both),
    # Wordbank, the Nanhai I cargo
    builds_on, shared = _loaded_pairs("other-fields-probes-246.jsonl")
    assert builds_on == {
        ("p246-03", "p246-02"), ("p246-06", "p246-02"), ("p246-08", "p246-04"), ("p246-10", "p246-02"),
        ("p246-10", "p246-06"), ("p246-11", "p246-02"), ("p246-12", "p246-05"), ("p246-14", "p246-02"),
        ("p246-14", "p246-10"), ("p246-14", "p246-11"), ("p246-20", "p246-18"), ("p246-21", "p246-18"),
        ("p246-25", "p246-20"), ("p246-26", "p246-18"), ("p246-26", "p246-20"), ("p246-27", "p246-22"),
        ("p246-28", "p246-23"), ("p246-31", "p246-23"), ("p246-32", "p246-26"), ("p246-36", "p246-35"),
        ("p246-38", "p246-35"), ("p246-40", "p246-38"), ("p246-43", "p246-35"), ("p246-43", "p246-38"),
        ("p246-44", "p246-41"), ("p246-47", "p246-38"), ("p246-47", "p246-43"), ("p246-48", "p246-41"),
    }  # fmt: skip
    assert shared == {
        ("p246-01", "p246-04"), ("p246-01", "p246-05"), ("p246-01", "p246-12"), ("p246-01", "p246-16"),
        ("p246-02", "p246-03"), ("p246-02", "p246-06"), ("p246-02", "p246-10"), ("p246-02", "p246-11"),
        ("p246-02", "p246-14"), ("p246-03", "p246-06"), ("p246-03", "p246-10"), ("p246-03", "p246-11"),
        ("p246-03", "p246-14"), ("p246-04", "p246-05"), ("p246-04", "p246-12"), ("p246-04", "p246-16"),
        ("p246-05", "p246-12"), ("p246-05", "p246-16"), ("p246-06", "p246-10"), ("p246-06", "p246-11"),
        ("p246-06", "p246-14"), ("p246-10", "p246-11"), ("p246-10", "p246-14"), ("p246-11", "p246-14"),
        ("p246-12", "p246-16"), ("p246-18", "p246-20"), ("p246-18", "p246-21"), ("p246-18", "p246-26"),
        ("p246-19", "p246-29"), ("p246-20", "p246-21"), ("p246-20", "p246-26"), ("p246-21", "p246-26"),
        ("p246-23", "p246-26"), ("p246-23", "p246-28"), ("p246-26", "p246-28"), ("p246-35", "p246-36"),
        ("p246-35", "p246-38"), ("p246-35", "p246-43"), ("p246-36", "p246-38"), ("p246-36", "p246-43"),
        ("p246-38", "p246-43"),
        # a release of data a paper presents is data (7 December, sixteenth)
        ("p246-43", "p246-47"),
    }  # fmt: skip


def test_the_two_hundred_and_forty_seventh_probes_of_charts_ancient_dna_and_court_judgments() -> None:
    # 48 abstracts of table and chart understanding, Bayesian demography from ancient DNA and Chinese
    # court judgments (two untitled), written on 7 December (fifteenth) and held out (read with f1d9243):
    # of the writer's 39 builds-on pairs 35, 1 false; of 80 shared pairs 62, 5 false. A commentary's "We
    # distinguish three families of artefacts: corpora assembled from China Judgments Online ..., such as
    # ...; and measurement instruments ..., such as reasoning-quality indices like the JRTI". Now 35 and
    # 69, none false. Missed: users of later versions with the first's paper (the writer counts both),
    # AADR, FinTabNet, LeCaRD
    builds_on, shared = _loaded_pairs("other-fields-probes-247.jsonl")
    assert builds_on == {
        ("p247-03", "p247-01"), ("p247-04", "p247-02"), ("p247-05", "p247-01"), ("p247-05", "p247-02"),
        ("p247-08", "p247-05"), ("p247-09", "p247-01"), ("p247-09", "p247-05"), ("p247-10", "p247-02"),
        ("p247-11", "p247-01"), ("p247-13", "p247-11"), ("p247-14", "p247-05"), ("p247-15", "p247-05"),
        ("p247-16", "p247-02"), ("p247-18", "p247-17"), ("p247-21", "p247-19"), ("p247-23", "p247-17"),
        ("p247-23", "p247-19"), ("p247-24", "p247-21"), ("p247-25", "p247-23"), ("p247-27", "p247-19"),
        ("p247-27", "p247-21"), ("p247-28", "p247-23"), ("p247-31", "p247-19"), ("p247-31", "p247-21"),
        ("p247-32", "p247-29"), ("p247-37", "p247-33"), ("p247-39", "p247-35"), ("p247-41", "p247-36"),
        ("p247-42", "p247-33"), ("p247-42", "p247-35"), ("p247-44", "p247-35"), ("p247-46", "p247-35"),
        ("p247-47", "p247-36"), ("p247-47", "p247-42"), ("p247-48", "p247-35"),
    }  # fmt: skip
    assert shared == {
        ("p247-01", "p247-03"), ("p247-01", "p247-05"), ("p247-01", "p247-09"), ("p247-01", "p247-11"),
        ("p247-01", "p247-13"), ("p247-02", "p247-07"), ("p247-03", "p247-05"), ("p247-03", "p247-06"),
        ("p247-03", "p247-09"), ("p247-03", "p247-11"), ("p247-03", "p247-13"), ("p247-03", "p247-15"),
        ("p247-05", "p247-06"), ("p247-05", "p247-09"), ("p247-05", "p247-11"), ("p247-05", "p247-13"),
        ("p247-05", "p247-15"), ("p247-06", "p247-13"), ("p247-06", "p247-15"), ("p247-09", "p247-11"),
        ("p247-09", "p247-13"), ("p247-11", "p247-13"), ("p247-13", "p247-15"), ("p247-17", "p247-19"),
        ("p247-17", "p247-24"), ("p247-17", "p247-29"), ("p247-19", "p247-21"), ("p247-19", "p247-23"),
        ("p247-19", "p247-24"), ("p247-19", "p247-27"), ("p247-19", "p247-29"), ("p247-19", "p247-31"),
        ("p247-20", "p247-22"), ("p247-20", "p247-25"), ("p247-21", "p247-23"), ("p247-21", "p247-27"),
        ("p247-21", "p247-31"), ("p247-22", "p247-25"), ("p247-23", "p247-27"), ("p247-23", "p247-31"),
        ("p247-24", "p247-29"), ("p247-27", "p247-31"), ("p247-33", "p247-35"), ("p247-33", "p247-36"),
        ("p247-33", "p247-37"), ("p247-33", "p247-38"), ("p247-33", "p247-41"), ("p247-33", "p247-42"),
        ("p247-33", "p247-47"), ("p247-34", "p247-35"), ("p247-34", "p247-39"), ("p247-34", "p247-46"),
        ("p247-34", "p247-48"), ("p247-35", "p247-36"), ("p247-35", "p247-38"), ("p247-35", "p247-39"),
        ("p247-35", "p247-41"), ("p247-35", "p247-46"), ("p247-35", "p247-48"), ("p247-36", "p247-38"),
        ("p247-36", "p247-41"), ("p247-37", "p247-42"), ("p247-37", "p247-47"), ("p247-38", "p247-41"),
        ("p247-39", "p247-46"), ("p247-39", "p247-48"), ("p247-40", "p247-43"), ("p247-42", "p247-47"),
        ("p247-46", "p247-48"),
    }  # fmt: skip


def test_the_two_hundred_and_forty_eighth_probes_of_enzymes_readmissions_and_woodblock_books() -> None:
    # 48 abstracts of protein language models for enzyme engineering, Bayesian models of hospital
    # readmissions and Chinese woodblock-printed books (two untitled), written on 7 December (fifteenth)
    # and held out (read with ef597c9): of the writer's 38 builds-on pairs 37, none false; of 43 shared
    # pairs 19, none false. "the Linked Utilisation Cohort for Evaluating Readmissions in the NEtherlands
    # (LUCERNE)" is data by its long form's head; "the 2013-2014 Nationwide Readmissions Database" is the
    # NRD; "the second data release of the LUCERNE cohort (LUCERNE-2)" is that release and the first. Now
    # 37 and 31, none false. Missed: ProteinGym, UniRef90, MedPAR files, the Union Catalogue of Chinese
    # Rare Books, Shulin 2.0's users with the first's
    builds_on, shared = _loaded_pairs("other-fields-probes-248.jsonl")
    assert builds_on == {
        ("p248-02", "p248-01"), ("p248-04", "p248-01"), ("p248-04", "p248-03"), ("p248-05", "p248-01"),
        ("p248-07", "p248-03"), ("p248-07", "p248-05"), ("p248-08", "p248-05"), ("p248-09", "p248-08"),
        ("p248-11", "p248-05"), ("p248-12", "p248-01"), ("p248-13", "p248-12"), ("p248-15", "p248-05"),
        ("p248-15", "p248-12"), ("p248-18", "p248-17"), ("p248-21", "p248-17"), ("p248-21", "p248-19"),
        ("p248-23", "p248-17"), ("p248-24", "p248-23"), ("p248-25", "p248-17"), ("p248-27", "p248-19"),
        ("p248-27", "p248-23"), ("p248-28", "p248-19"), ("p248-31", "p248-23"), ("p248-31", "p248-28"),
        ("p248-32", "p248-17"), ("p248-34", "p248-33"), ("p248-37", "p248-33"), ("p248-37", "p248-36"),
        ("p248-39", "p248-33"), ("p248-41", "p248-36"), ("p248-41", "p248-40"), ("p248-44", "p248-33"),
        ("p248-45", "p248-40"), ("p248-46", "p248-33"), ("p248-46", "p248-44"), ("p248-48", "p248-36"),
        ("p248-48", "p248-40"),
    }  # fmt: skip
    assert shared == {
        ("p248-02", "p248-11"), ("p248-02", "p248-13"), ("p248-03", "p248-04"), ("p248-03", "p248-07"),
        ("p248-04", "p248-07"), ("p248-11", "p248-13"), ("p248-19", "p248-21"), ("p248-19", "p248-27"),
        ("p248-19", "p248-28"), ("p248-19", "p248-31"), ("p248-21", "p248-27"), ("p248-21", "p248-28"),
        ("p248-21", "p248-31"), ("p248-24", "p248-25"), ("p248-24", "p248-30"), ("p248-25", "p248-30"),
        ("p248-27", "p248-28"), ("p248-27", "p248-31"), ("p248-28", "p248-31"), ("p248-33", "p248-34"),
        ("p248-33", "p248-37"), ("p248-33", "p248-39"), ("p248-33", "p248-46"), ("p248-34", "p248-37"),
        ("p248-34", "p248-39"), ("p248-34", "p248-46"), ("p248-37", "p248-39"), ("p248-37", "p248-46"),
        ("p248-39", "p248-46"), ("p248-40", "p248-45"), ("p248-44", "p248-46"),
    }  # fmt: skip


def test_the_two_hundred_and_forty_ninth_probes_of_traffic_signal_rl_camera_traps_and_land_tenure() -> None:
    # 48 abstracts of multi-agent reinforcement learning for traffic signals, Bayesian occupancy models
    # of camera-trap surveys and Chinese rural land tenure (two untitled), written on 7 December
    # (fifteenth) and held out (read with ef597c9): of the writer's 37 builds-on pairs 36, none false; of
    # 39 shared pairs 35, 5 false, all through "MARL benchmarks", the field's "multi-agent reinforcement
    # learning (MARL)" read as data. Now 36 and 35, none false ("The 2019 wave and second public data
    # release of the Rural Land Rights Tracking Survey" presents the release). Missed: Caltrans PeMS, the
    # TEAM Network's data
    builds_on, shared = _loaded_pairs("other-fields-probes-249.jsonl")
    assert builds_on == {
        ("p249-03", "p249-02"), ("p249-04", "p249-02"), ("p249-04", "p249-03"), ("p249-06", "p249-02"),
        ("p249-06", "p249-05"), ("p249-08", "p249-02"), ("p249-08", "p249-03"), ("p249-11", "p249-03"),
        ("p249-11", "p249-05"), ("p249-11", "p249-08"), ("p249-14", "p249-07"), ("p249-15", "p249-05"),
        ("p249-16", "p249-03"), ("p249-16", "p249-08"), ("p249-19", "p249-18"), ("p249-22", "p249-18"),
        ("p249-22", "p249-21"), ("p249-25", "p249-18"), ("p249-26", "p249-21"), ("p249-26", "p249-23"),
        ("p249-27", "p249-18"), ("p249-27", "p249-21"), ("p249-30", "p249-23"), ("p249-30", "p249-27"),
        ("p249-31", "p249-27"), ("p249-32", "p249-21"), ("p249-37", "p249-35"), ("p249-39", "p249-35"),
        ("p249-39", "p249-37"), ("p249-43", "p249-35"), ("p249-43", "p249-37"), ("p249-43", "p249-40"),
        ("p249-45", "p249-40"), ("p249-45", "p249-43"), ("p249-47", "p249-40"), ("p249-48", "p249-37"),
    }  # fmt: skip
    assert shared == {
        ("p249-02", "p249-07"), ("p249-03", "p249-04"), ("p249-03", "p249-08"), ("p249-03", "p249-11"),
        ("p249-03", "p249-16"), ("p249-04", "p249-08"), ("p249-04", "p249-11"), ("p249-04", "p249-16"),
        ("p249-08", "p249-11"), ("p249-08", "p249-16"), ("p249-11", "p249-16"), ("p249-21", "p249-22"),
        ("p249-21", "p249-26"), ("p249-21", "p249-27"), ("p249-21", "p249-32"), ("p249-22", "p249-26"),
        ("p249-22", "p249-27"), ("p249-22", "p249-32"), ("p249-26", "p249-27"), ("p249-26", "p249-32"),
        ("p249-27", "p249-32"), ("p249-33", "p249-38"), ("p249-35", "p249-37"), ("p249-35", "p249-39"),
        ("p249-35", "p249-43"), ("p249-35", "p249-45"), ("p249-36", "p249-42"), ("p249-36", "p249-48"),
        ("p249-37", "p249-39"), ("p249-37", "p249-43"), ("p249-37", "p249-45"), ("p249-39", "p249-43"),
        ("p249-39", "p249-45"), ("p249-42", "p249-48"), ("p249-43", "p249-45"),
    }  # fmt: skip


def test_the_two_hundred_and_fiftieth_probes_of_diarization_eruptions_and_bamboo_slips() -> None:
    # 48 abstracts of speaker diarization, Bayesian eruption forecasting and the palaeography of Chinese
    # bamboo slips (two untitled), written on 7 December (fifteenth) and held out (read with ef597c9): of
    # the writer's 37 builds-on pairs 34, 2 false; of 64 shared pairs 50, 12 false. A review's "for
    # example long council sessions (the Quorum corpus) or multilingual broadcasts (BroadMix-220)"; "The
    # Andean Volcanic Unrest Catalogue (AVUC) does not extend beyond South America, ... We therefore
    # compiled ..."; "We assembled the Quorum corpus from publicly webcast sessions" presents it. Now 36
    # and 50, none false. Missed: DIHARD III, NIST RT-07, the excavated slip collections (Guodian, Liye,
    # Tsinghua)
    builds_on, shared = _loaded_pairs("other-fields-probes-250.jsonl")
    assert builds_on == {
        ("p250-05", "p250-02"), ("p250-06", "p250-04"), ("p250-08", "p250-04"), ("p250-08", "p250-06"),
        ("p250-09", "p250-06"), ("p250-12", "p250-02"), ("p250-12", "p250-09"), ("p250-13", "p250-06"),
        ("p250-14", "p250-02"), ("p250-14", "p250-09"), ("p250-16", "p250-06"), ("p250-16", "p250-09"),
        ("p250-16", "p250-14"), ("p250-20", "p250-18"), ("p250-23", "p250-21"), ("p250-24", "p250-21"),
        ("p250-25", "p250-21"), ("p250-25", "p250-24"), ("p250-27", "p250-18"), ("p250-28", "p250-18"),
        ("p250-28", "p250-27"), ("p250-29", "p250-21"), ("p250-29", "p250-24"), ("p250-31", "p250-21"),
        ("p250-31", "p250-29"), ("p250-32", "p250-18"), ("p250-35", "p250-34"), ("p250-38", "p250-34"),
        ("p250-41", "p250-37"), ("p250-42", "p250-34"), ("p250-45", "p250-37"), ("p250-46", "p250-34"),
        ("p250-46", "p250-40"), ("p250-46", "p250-42"), ("p250-47", "p250-40"), ("p250-48", "p250-45"),
    }  # fmt: skip
    assert shared == {
        ("p250-02", "p250-05"), ("p250-02", "p250-12"), ("p250-02", "p250-14"), ("p250-03", "p250-06"),
        ("p250-03", "p250-09"), ("p250-03", "p250-13"), ("p250-04", "p250-06"), ("p250-04", "p250-08"),
        ("p250-05", "p250-12"), ("p250-05", "p250-14"), ("p250-06", "p250-08"), ("p250-06", "p250-09"),
        ("p250-06", "p250-13"), ("p250-07", "p250-09"), ("p250-07", "p250-14"), ("p250-09", "p250-13"),
        ("p250-09", "p250-14"), ("p250-11", "p250-16"), ("p250-12", "p250-14"), ("p250-17", "p250-18"),
        ("p250-17", "p250-21"), ("p250-18", "p250-20"), ("p250-18", "p250-21"), ("p250-18", "p250-27"),
        ("p250-18", "p250-28"), ("p250-18", "p250-32"), ("p250-20", "p250-27"), ("p250-20", "p250-28"),
        ("p250-20", "p250-32"), ("p250-22", "p250-24"), ("p250-24", "p250-25"), ("p250-24", "p250-29"),
        ("p250-25", "p250-29"), ("p250-27", "p250-28"), ("p250-27", "p250-32"), ("p250-28", "p250-32"),
        ("p250-34", "p250-35"), ("p250-34", "p250-38"), ("p250-34", "p250-42"), ("p250-34", "p250-46"),
        ("p250-35", "p250-38"), ("p250-35", "p250-42"), ("p250-35", "p250-46"), ("p250-36", "p250-47"),
        ("p250-38", "p250-42"), ("p250-38", "p250-46"), ("p250-40", "p250-46"), ("p250-40", "p250-47"),
        ("p250-42", "p250-46"), ("p250-46", "p250-47"),
    }  # fmt: skip


def test_the_two_hundred_and_fifty_first_probes_of_essays_antiepileptics_and_tea_horse_road() -> None:
    # 48 abstracts of automated essay scoring, Bayesian pharmacokinetics of antiepileptic drugs and the
    # tea horse road (two untitled), written on 7 December (fifteenth) and held out (read with a1c28b2):
    # of the writer's 39 builds-on pairs 35, 1 false; of 47 shared pairs 41, 8 false. "...: A critical
    # review of validity evidence for ..." surveys the literature, and "the ASAP dataset, which appeared
    # in 71 of the 87 studies" is its studies' data; "Because the state tea-horse records compiled in
    # ChaYin end before the Republican period, we could not compare ..." (not used). Now 35 and 41, none
    # false. Missed: users of later versions with the first's paper (the writer counts both)
    builds_on, shared = _loaded_pairs("other-fields-probes-251.jsonl")
    assert builds_on == {
        ("p251-04", "p251-02"), ("p251-06", "p251-04"), ("p251-07", "p251-02"), ("p251-07", "p251-04"),
        ("p251-09", "p251-02"), ("p251-10", "p251-02"), ("p251-10", "p251-04"), ("p251-10", "p251-07"),
        ("p251-12", "p251-04"), ("p251-12", "p251-10"), ("p251-13", "p251-04"), ("p251-15", "p251-07"),
        ("p251-15", "p251-10"), ("p251-16", "p251-13"), ("p251-20", "p251-18"), ("p251-22", "p251-21"),
        ("p251-26", "p251-18"), ("p251-26", "p251-21"), ("p251-26", "p251-24"), ("p251-27", "p251-21"),
        ("p251-29", "p251-21"), ("p251-29", "p251-24"), ("p251-30", "p251-21"), ("p251-30", "p251-29"),
        ("p251-32", "p251-21"), ("p251-32", "p251-24"), ("p251-37", "p251-34"), ("p251-38", "p251-37"),
        ("p251-39", "p251-34"), ("p251-42", "p251-40"), ("p251-43", "p251-34"), ("p251-45", "p251-37"),
        ("p251-46", "p251-37"), ("p251-46", "p251-43"), ("p251-48", "p251-40"),
    }  # fmt: skip
    assert shared == {
        ("p251-01", "p251-04"), ("p251-01", "p251-06"), ("p251-01", "p251-12"), ("p251-02", "p251-04"),
        ("p251-02", "p251-07"), ("p251-02", "p251-09"), ("p251-02", "p251-10"), ("p251-04", "p251-06"),
        ("p251-04", "p251-07"), ("p251-04", "p251-09"), ("p251-04", "p251-10"), ("p251-04", "p251-12"),
        ("p251-06", "p251-12"), ("p251-07", "p251-09"), ("p251-07", "p251-10"), ("p251-08", "p251-09"),
        ("p251-09", "p251-10"), ("p251-12", "p251-15"), ("p251-18", "p251-20"), ("p251-18", "p251-26"),
        ("p251-20", "p251-26"), ("p251-24", "p251-26"), ("p251-24", "p251-29"), ("p251-24", "p251-32"),
        ("p251-26", "p251-29"), ("p251-26", "p251-32"), ("p251-27", "p251-29"), ("p251-27", "p251-30"),
        ("p251-29", "p251-30"), ("p251-29", "p251-32"), ("p251-34", "p251-37"), ("p251-34", "p251-39"),
        ("p251-34", "p251-43"), ("p251-35", "p251-39"), ("p251-37", "p251-39"), ("p251-37", "p251-43"),
        ("p251-39", "p251-43"), ("p251-40", "p251-42"), ("p251-40", "p251-48"), ("p251-42", "p251-48"),
        ("p251-43", "p251-46"),
    }  # fmt: skip


def test_the_two_hundred_and_fifty_second_probes_of_news_influenza_and_bronze_mirrors() -> None:
    # 48 abstracts of news recommender systems, Bayesian forecasting of influenza hospitalisations and
    # Chinese bronze mirrors (two untitled), written on 7 December (fifteenth) and held out (read with
    # a1c28b2): of the writer's 36 builds-on pairs 36, 1 false; of 54 shared pairs 29, 4 false. "STRIDE
    # and related renewal models have been criticised for ..." (not used). Now 36, none false, and 29, 4
    # false: PolderNews 2.0's paper with the first PolderNews's users, which this writer keys apart.
    # Missed: FluSurv-NET, HHS Protect, MIND, the Shanghai Museum collection
    builds_on, shared = _loaded_pairs("other-fields-probes-252.jsonl")
    assert builds_on == {
        ("p252-02", "p252-01"), ("p252-03", "p252-01"), ("p252-05", "p252-01"), ("p252-05", "p252-03"),
        ("p252-06", "p252-05"), ("p252-09", "p252-05"), ("p252-09", "p252-07"), ("p252-10", "p252-01"),
        ("p252-11", "p252-03"), ("p252-11", "p252-10"), ("p252-13", "p252-07"), ("p252-14", "p252-05"),
        ("p252-15", "p252-03"), ("p252-15", "p252-10"), ("p252-18", "p252-17"), ("p252-20", "p252-17"),
        ("p252-22", "p252-20"), ("p252-24", "p252-20"), ("p252-25", "p252-24"), ("p252-26", "p252-17"),
        ("p252-26", "p252-20"), ("p252-28", "p252-24"), ("p252-29", "p252-20"), ("p252-30", "p252-20"),
        ("p252-30", "p252-24"), ("p252-31", "p252-30"), ("p252-34", "p252-33"), ("p252-38", "p252-37"),
        ("p252-40", "p252-33"), ("p252-42", "p252-37"), ("p252-42", "p252-40"), ("p252-44", "p252-37"),
        ("p252-44", "p252-40"), ("p252-45", "p252-33"), ("p252-47", "p252-40"), ("p252-48", "p252-44"),
    }  # fmt: skip
    assert shared == {
        ("p252-01", "p252-02"), ("p252-01", "p252-03"), ("p252-01", "p252-05"), ("p252-02", "p252-03"),
        ("p252-02", "p252-05"), ("p252-03", "p252-05"), ("p252-10", "p252-11"), ("p252-10", "p252-15"),
        ("p252-11", "p252-15"), ("p252-12", "p252-14"), ("p252-17", "p252-18"), ("p252-17", "p252-20"),
        ("p252-17", "p252-26"), ("p252-18", "p252-20"), ("p252-18", "p252-26"), ("p252-20", "p252-26"),
        ("p252-29", "p252-31"), ("p252-33", "p252-34"), ("p252-33", "p252-40"), ("p252-33", "p252-45"),
        ("p252-34", "p252-40"), ("p252-34", "p252-45"), ("p252-40", "p252-42"), ("p252-40", "p252-44"),
        ("p252-40", "p252-45"), ("p252-40", "p252-47"), ("p252-42", "p252-44"), ("p252-42", "p252-47"),
        ("p252-44", "p252-47"),
        # FALSE as this writer keys a new release apart from the first: PolderNews 2.0's paper with
        # the first's users
        ("p252-01", "p252-10"), ("p252-02", "p252-10"), ("p252-03", "p252-10"), ("p252-05", "p252-10"),
    }  # fmt: skip


def test_the_two_hundred_and_fifty_third_probes_of_code_review_regulatory_networks_and_gongche() -> None:
    # 48 abstracts of automated code review, Bayesian inference of gene regulatory networks and Chinese
    # gongche notation (two untitled), written on 7 December (fifteenth) and held out (read with
    # a1c28b2): of the writer's 42 builds-on pairs 42, 2 false; of 52 shared pairs 34, 3 false. "We did
    # not apply Sieve, because its critic was trained on CRAFT" (CRAFT not used); "PuScan: ..." is no
    # "PuS can", its title read with the abstract's names. Now 42 and 34, none false. Missed: OsmoSeq-96,
    # DREAM4, the Sachs flow cytometry data, the romanised titles of Qing notated anthologies
    builds_on, shared = _loaded_pairs("other-fields-probes-253.jsonl")
    assert builds_on == {
        ("p253-02", "p253-01"), ("p253-03", "p253-01"), ("p253-04", "p253-03"), ("p253-05", "p253-03"),
        ("p253-05", "p253-04"), ("p253-06", "p253-01"), ("p253-06", "p253-04"), ("p253-07", "p253-03"),
        ("p253-07", "p253-04"), ("p253-09", "p253-06"), ("p253-10", "p253-04"), ("p253-10", "p253-07"),
        ("p253-13", "p253-03"), ("p253-14", "p253-06"), ("p253-19", "p253-17"), ("p253-19", "p253-18"),
        ("p253-20", "p253-17"), ("p253-21", "p253-20"), ("p253-22", "p253-17"), ("p253-22", "p253-20"),
        ("p253-23", "p253-17"), ("p253-23", "p253-18"), ("p253-27", "p253-20"), ("p253-28", "p253-27"),
        ("p253-29", "p253-24"), ("p253-30", "p253-24"), ("p253-31", "p253-18"), ("p253-31", "p253-27"),
        ("p253-35", "p253-33"), ("p253-36", "p253-35"), ("p253-39", "p253-33"), ("p253-40", "p253-33"),
        ("p253-40", "p253-37"), ("p253-42", "p253-35"), ("p253-42", "p253-37"), ("p253-42", "p253-40"),
        ("p253-45", "p253-33"), ("p253-45", "p253-37"), ("p253-45", "p253-40"), ("p253-46", "p253-33"),
        ("p253-48", "p253-35"), ("p253-48", "p253-45"),
    }  # fmt: skip
    assert shared == {
        ("p253-01", "p253-02"), ("p253-01", "p253-03"), ("p253-01", "p253-06"), ("p253-02", "p253-03"),
        ("p253-02", "p253-06"), ("p253-03", "p253-06"), ("p253-04", "p253-05"), ("p253-04", "p253-06"),
        ("p253-04", "p253-07"), ("p253-04", "p253-10"), ("p253-05", "p253-06"), ("p253-05", "p253-07"),
        ("p253-05", "p253-10"), ("p253-06", "p253-07"), ("p253-06", "p253-10"), ("p253-07", "p253-10"),
        ("p253-07", "p253-12"), ("p253-07", "p253-15"), ("p253-11", "p253-16"), ("p253-12", "p253-15"),
        ("p253-23", "p253-26"), ("p253-30", "p253-32"), ("p253-35", "p253-36"), ("p253-35", "p253-42"),
        ("p253-35", "p253-48"), ("p253-36", "p253-42"), ("p253-36", "p253-48"), ("p253-37", "p253-40"),
        ("p253-37", "p253-42"), ("p253-37", "p253-45"), ("p253-40", "p253-42"), ("p253-40", "p253-45"),
        ("p253-42", "p253-45"), ("p253-42", "p253-48"),
    }  # fmt: skip


def test_the_two_hundred_and_fifty_fourth_probes_of_earthquakes_prep_and_lacquerware() -> None:
    # 48 abstracts of earthquake early warning, Bayesian models of HIV pre-exposure prophylaxis adherence
    # and Chinese lacquerware (two untitled), written on 7 December (fifteenth) and held out (read with
    # 201d98c, the session's last rules, not worked on): of the writer's 40 builds-on pairs 40, 2 false;
    # of 45 shared pairs 35, 9 false. Left false: "Himalayan events are not represented in ShakeOnset-2K;
    # we plan to evaluate ... in future work"; an SMS text "Kumbuka! Uko sawa?" (Kiswahili, "Remember!
    # Are you okay?") read as the Kumbuka cohort. Missed: iPrEx OLE, HPTN 082, the NIST and IRUG
    # libraries
    builds_on, shared = _loaded_pairs("other-fields-probes-254.jsonl")
    assert builds_on == {
        ("p254-02", "p254-01"), ("p254-05", "p254-04"), ("p254-07", "p254-01"), ("p254-08", "p254-07"),
        ("p254-09", "p254-01"), ("p254-09", "p254-07"), ("p254-11", "p254-09"), ("p254-13", "p254-07"),
        ("p254-13", "p254-09"), ("p254-14", "p254-04"), ("p254-16", "p254-01"), ("p254-16", "p254-09"),
        ("p254-16", "p254-13"), ("p254-19", "p254-17"), ("p254-20", "p254-19"), ("p254-23", "p254-17"),
        ("p254-24", "p254-19"), ("p254-24", "p254-23"), ("p254-26", "p254-17"), ("p254-26", "p254-19"),
        ("p254-29", "p254-23"), ("p254-30", "p254-17"), ("p254-30", "p254-19"), ("p254-30", "p254-26"),
        ("p254-31", "p254-23"), ("p254-32", "p254-23"), ("p254-32", "p254-31"), ("p254-35", "p254-34"),
        ("p254-38", "p254-34"), ("p254-38", "p254-36"), ("p254-39", "p254-36"), ("p254-41", "p254-39"),
        ("p254-43", "p254-36"), ("p254-46", "p254-34"), ("p254-46", "p254-36"), ("p254-46", "p254-43"),
        ("p254-47", "p254-36"), ("p254-47", "p254-39"), ("p254-47", "p254-43"), ("p254-48", "p254-39"),
        # FALSE
        ("p254-15", "p254-07"), ("p254-21", "p254-17"),
    }  # fmt: skip
    assert shared == {
        ("p254-07", "p254-08"), ("p254-07", "p254-09"), ("p254-07", "p254-13"), ("p254-08", "p254-09"),
        ("p254-08", "p254-13"), ("p254-09", "p254-12"), ("p254-09", "p254-13"), ("p254-11", "p254-16"),
        ("p254-12", "p254-13"), ("p254-17", "p254-19"), ("p254-17", "p254-23"), ("p254-17", "p254-26"),
        ("p254-17", "p254-30"), ("p254-19", "p254-23"), ("p254-19", "p254-26"), ("p254-19", "p254-30"),
        ("p254-23", "p254-26"), ("p254-23", "p254-30"), ("p254-26", "p254-30"), ("p254-31", "p254-32"),
        ("p254-36", "p254-38"), ("p254-36", "p254-39"), ("p254-36", "p254-43"), ("p254-36", "p254-46"),
        ("p254-36", "p254-47"), ("p254-38", "p254-39"), ("p254-38", "p254-43"), ("p254-38", "p254-46"),
        ("p254-38", "p254-47"), ("p254-39", "p254-43"), ("p254-39", "p254-46"), ("p254-39", "p254-47"),
        ("p254-43", "p254-46"), ("p254-43", "p254-47"), ("p254-46", "p254-47"),
        # FALSE
        ("p254-07", "p254-15"), ("p254-08", "p254-15"), ("p254-09", "p254-15"), ("p254-13", "p254-15"),
        ("p254-17", "p254-21"), ("p254-19", "p254-21"), ("p254-21", "p254-23"), ("p254-21", "p254-26"),
        ("p254-21", "p254-30"),
    }  # fmt: skip


def test_the_two_hundred_and_fifty_fifth_probes_of_historical_ocr_wind_farms_and_jade() -> None:
    # 48 abstracts of OCR of historical scripts, Bayesian models of wind farm power and Chinese jade (two
    # untitled), written on 7 December (fifteenth) and held out (read with 201d98c): of the writer's 38
    # builds-on pairs 38, 1 false; of 69 shared pairs 58, 59 false, 54 of them through "10-minute SCADA
    # data from the Horns Rev 1 wind farm", a kind of record no paper spells out. Now an acronym whose
    # records the corpus takes from two named sources or more is a kind ("SCADA data from ... Horns Rev
    # 1", "... from Lillgrund"): 54 shared, 5 false. Left false: "the EANRC, for example, contains no
    # samples from Taiwan" (a limitation read as a use)
    builds_on, shared = _loaded_pairs("other-fields-probes-255.jsonl")
    assert builds_on == {
        ("p255-02", "p255-01"), ("p255-03", "p255-01"), ("p255-05", "p255-03"), ("p255-07", "p255-01"),
        ("p255-07", "p255-03"), ("p255-08", "p255-01"), ("p255-08", "p255-03"), ("p255-08", "p255-07"),
        ("p255-10", "p255-06"), ("p255-12", "p255-08"), ("p255-14", "p255-01"), ("p255-14", "p255-06"),
        ("p255-14", "p255-07"), ("p255-16", "p255-08"), ("p255-19", "p255-18"), ("p255-20", "p255-19"),
        ("p255-23", "p255-21"), ("p255-24", "p255-18"), ("p255-24", "p255-19"), ("p255-25", "p255-21"),
        ("p255-28", "p255-18"), ("p255-28", "p255-19"), ("p255-29", "p255-19"), ("p255-29", "p255-28"),
        ("p255-31", "p255-25"), ("p255-32", "p255-19"), ("p255-35", "p255-34"), ("p255-37", "p255-34"),
        ("p255-38", "p255-37"), ("p255-41", "p255-34"), ("p255-41", "p255-40"), ("p255-43", "p255-34"),
        ("p255-43", "p255-37"), ("p255-45", "p255-37"), ("p255-45", "p255-43"), ("p255-46", "p255-40"),
        ("p255-47", "p255-37"), ("p255-47", "p255-43"),
        # FALSE
        ("p255-42", "p255-34"),
    }  # fmt: skip
    assert shared == {
        ("p255-01", "p255-02"), ("p255-01", "p255-03"), ("p255-01", "p255-07"), ("p255-01", "p255-08"),
        ("p255-01", "p255-14"), ("p255-02", "p255-03"), ("p255-02", "p255-07"), ("p255-02", "p255-08"),
        ("p255-02", "p255-14"), ("p255-03", "p255-06"), ("p255-03", "p255-07"), ("p255-03", "p255-08"),
        ("p255-03", "p255-14"), ("p255-03", "p255-16"), ("p255-06", "p255-16"), ("p255-07", "p255-08"),
        ("p255-07", "p255-14"), ("p255-08", "p255-14"), ("p255-08", "p255-16"), ("p255-09", "p255-12"),
        ("p255-17", "p255-21"), ("p255-17", "p255-25"), ("p255-18", "p255-19"), ("p255-18", "p255-24"),
        ("p255-18", "p255-28"), ("p255-19", "p255-24"), ("p255-19", "p255-28"), ("p255-21", "p255-25"),
        ("p255-24", "p255-28"), ("p255-27", "p255-28"), ("p255-27", "p255-29"), ("p255-27", "p255-30"),
        ("p255-28", "p255-29"), ("p255-28", "p255-30"), ("p255-29", "p255-30"), ("p255-33", "p255-42"),
        ("p255-33", "p255-44"), ("p255-34", "p255-35"), ("p255-34", "p255-36"), ("p255-34", "p255-37"),
        ("p255-34", "p255-41"), ("p255-34", "p255-43"), ("p255-34", "p255-46"), ("p255-35", "p255-37"),
        ("p255-35", "p255-41"), ("p255-35", "p255-43"), ("p255-36", "p255-46"), ("p255-37", "p255-41"),
        ("p255-37", "p255-43"), ("p255-41", "p255-43"), ("p255-42", "p255-44"), ("p255-43", "p255-45"),
        ("p255-43", "p255-47"), ("p255-45", "p255-47"),
        # FALSE
        ("p255-34", "p255-42"), ("p255-35", "p255-42"), ("p255-37", "p255-42"), ("p255-41", "p255-42"),
        ("p255-42", "p255-43"),
    }  # fmt: skip


def test_the_two_hundred_and_fifty_sixth_probes_of_emotions_veterinary_survival_and_silk() -> None:
    # 48 abstracts of multimodal emotion recognition in conversation, Bayesian survival models in
    # veterinary oncology and Chinese silk textiles (two untitled), written on 7 December (fifteenth) and
    # held out (read with 201d98c, not worked on): of the writer's 41 builds-on pairs 39, 4 false; of 51
    # shared pairs 43, 14 false. Then false: a survey's author-year citations ("citing ... SpeakerWeave
    # (Park et al., 2020) as representative of the last"), linked though its names were not, and the
    # corpora "78% of the surveyed papers report results only on" read as its data; a review's "multicentre
    # cohorts of the NorCOS type show the value of pooled registries". Missed: "SinoDyeLib v1.2" of a
    # spectral library read as software. Now (7 December, sixteenth) every builds-on pair, none false, and
    # every shared pair, 3 false
    builds_on, shared = _loaded_pairs("other-fields-probes-256.jsonl")
    assert builds_on == {
        ("p256-03", "p256-01"), ("p256-03", "p256-02"), ("p256-04", "p256-02"), ("p256-05", "p256-02"),
        ("p256-07", "p256-01"), ("p256-07", "p256-04"), ("p256-09", "p256-01"), ("p256-09", "p256-02"),
        ("p256-10", "p256-02"), ("p256-11", "p256-02"), ("p256-13", "p256-04"), ("p256-13", "p256-09"),
        ("p256-14", "p256-02"), ("p256-14", "p256-04"), ("p256-14", "p256-09"), ("p256-19", "p256-17"),
        ("p256-20", "p256-19"), ("p256-22", "p256-17"), ("p256-22", "p256-19"), ("p256-23", "p256-22"),
        ("p256-25", "p256-19"), ("p256-27", "p256-17"), ("p256-27", "p256-22"), ("p256-29", "p256-19"),
        ("p256-30", "p256-22"), ("p256-30", "p256-27"), ("p256-32", "p256-19"), ("p256-32", "p256-27"),
        ("p256-35", "p256-33"), ("p256-36", "p256-33"), ("p256-36", "p256-35"), ("p256-38", "p256-35"),
        ("p256-39", "p256-38"), ("p256-42", "p256-33"), ("p256-43", "p256-35"), ("p256-46", "p256-35"),
        ("p256-46", "p256-44"), ("p256-48", "p256-35"), ("p256-48", "p256-44"),
        # the library's release named (7 December, sixteenth)
        ("p256-41", "p256-38"), ("p256-44", "p256-38"),
    }  # fmt: skip
    assert shared == {
        ("p256-01", "p256-03"), ("p256-01", "p256-07"), ("p256-01", "p256-09"), ("p256-02", "p256-03"),
        ("p256-02", "p256-04"), ("p256-02", "p256-10"), ("p256-02", "p256-12"), ("p256-02", "p256-14"),
        ("p256-03", "p256-04"), ("p256-03", "p256-07"), ("p256-03", "p256-09"), ("p256-03", "p256-10"),
        ("p256-04", "p256-10"), ("p256-04", "p256-12"), ("p256-04", "p256-14"), ("p256-07", "p256-09"),
        ("p256-09", "p256-13"), ("p256-09", "p256-14"), ("p256-11", "p256-16"), ("p256-12", "p256-14"),
        ("p256-13", "p256-14"), ("p256-17", "p256-19"), ("p256-17", "p256-22"), ("p256-17", "p256-27"),
        ("p256-18", "p256-23"), ("p256-19", "p256-20"), ("p256-19", "p256-22"), ("p256-19", "p256-27"),
        ("p256-22", "p256-27"), ("p256-27", "p256-30"), ("p256-27", "p256-32"), ("p256-28", "p256-29"),
        ("p256-28", "p256-31"), ("p256-29", "p256-31"), ("p256-30", "p256-32"), ("p256-33", "p256-35"),
        ("p256-33", "p256-36"), ("p256-33", "p256-42"), ("p256-35", "p256-36"), ("p256-35", "p256-42"),
        ("p256-36", "p256-42"), ("p256-39", "p256-43"), ("p256-41", "p256-44"),
        # a spectral library is data (7 December, sixteenth)
        ("p256-38", "p256-39"), ("p256-38", "p256-41"), ("p256-38", "p256-44"), ("p256-39", "p256-41"),
        ("p256-39", "p256-44"),
        # FALSE
        ("p256-17", "p256-32"), ("p256-19", "p256-32"), ("p256-22", "p256-32"),
        # a release of data a paper presents is data (7 December, sixteenth)
        ("p256-44", "p256-46"),
        ("p256-44", "p256-48"),
        ("p256-46", "p256-48"),
    }  # fmt: skip


def test_the_two_hundred_and_fifty_seventh_probes_of_amphibians_sepsis_scores_and_rhyme_books() -> None:
    # 48 abstracts of Bayesian occupancy models of amphibians, sepsis early-warning scores in adult
    # intensive care and Chinese historical phonology (two untitled), written on 7 December (sixteenth)
    # and held out (read with ca11ea2, not worked on): of the writer's 43 builds-on pairs 38, none false;
    # of 36 shared pairs 27, 2 false: "Sepsis prediction models trained in North American databases" read
    # as data named "North American". Now 38 and 26, none false. Missed: users of a later version with
    # the first's paper (this writer counts both), AmsterdamUMCdb, the Guangyun, the Hanyu Fangyin Zihui
    builds_on, shared = _loaded_pairs("other-fields-probes-257.jsonl")
    assert builds_on == {
        ("p257-04", "p257-03"), ("p257-07", "p257-01"), ("p257-09", "p257-01"), ("p257-09", "p257-03"),
        ("p257-10", "p257-03"), ("p257-11", "p257-05"), ("p257-12", "p257-03"), ("p257-12", "p257-05"),
        ("p257-14", "p257-01"), ("p257-14", "p257-09"), ("p257-14", "p257-12"), ("p257-15", "p257-12"),
        ("p257-19", "p257-17"), ("p257-20", "p257-17"), ("p257-20", "p257-19"), ("p257-22", "p257-19"),
        ("p257-23", "p257-19"), ("p257-25", "p257-23"), ("p257-26", "p257-17"), ("p257-26", "p257-19"),
        ("p257-28", "p257-23"), ("p257-28", "p257-26"), ("p257-29", "p257-19"), ("p257-29", "p257-26"),
        ("p257-31", "p257-23"), ("p257-32", "p257-23"), ("p257-36", "p257-33"), ("p257-36", "p257-35"),
        ("p257-38", "p257-35"), ("p257-39", "p257-35"), ("p257-40", "p257-38"), ("p257-41", "p257-33"),
        ("p257-41", "p257-35"), ("p257-43", "p257-35"), ("p257-43", "p257-41"), ("p257-46", "p257-38"),
        ("p257-46", "p257-45"), ("p257-47", "p257-43"),
    }  # fmt: skip
    assert shared == {
        ("p257-01", "p257-07"), ("p257-01", "p257-09"), ("p257-01", "p257-14"), ("p257-06", "p257-10"),
        ("p257-07", "p257-09"), ("p257-07", "p257-14"), ("p257-09", "p257-14"), ("p257-17", "p257-19"),
        ("p257-17", "p257-20"), ("p257-17", "p257-26"), ("p257-19", "p257-20"), ("p257-19", "p257-26"),
        ("p257-20", "p257-26"), ("p257-22", "p257-29"), ("p257-23", "p257-24"), ("p257-23", "p257-25"),
        ("p257-23", "p257-28"), ("p257-25", "p257-28"), ("p257-28", "p257-31"), ("p257-33", "p257-36"),
        ("p257-33", "p257-41"), ("p257-33", "p257-43"), ("p257-36", "p257-41"), ("p257-36", "p257-43"),
        ("p257-41", "p257-43"), ("p257-45", "p257-46"),
    }  # fmt: skip


def test_the_two_hundred_and_fifty_eighth_probes_of_product_search_hypertension_and_murals() -> None:
    # 48 abstracts of e-commerce product search, hypertension cohorts in sub-Saharan Africa and Tibetan
    # mural conservation (two untitled), written on 7 December (sixteenth) and held out (read with
    # ca11ea2): of the writer's 34 builds-on pairs 34, none false; of 33 shared pairs 31, 8 false, one
    # through "non-English benchmarks" read as data. Now 34 and 31, 7 false. Missed: AWI-Gen ("data from
    # the Africa Wits-INDEPTH Partnership for Genomic Studies (AWI-Gen)", no acronym of its words), "the
    # 2015 Kenya STEPwise survey"
    builds_on, shared = _loaded_pairs("other-fields-probes-258.jsonl")
    assert builds_on == {
        ("p258-02", "p258-01"), ("p258-03", "p258-02"), ("p258-05", "p258-01"), ("p258-06", "p258-01"),
        ("p258-06", "p258-05"), ("p258-08", "p258-02"), ("p258-08", "p258-06"), ("p258-10", "p258-05"),
        ("p258-10", "p258-06"), ("p258-12", "p258-05"), ("p258-12", "p258-06"), ("p258-14", "p258-02"),
        ("p258-15", "p258-02"), ("p258-15", "p258-14"), ("p258-16", "p258-05"), ("p258-19", "p258-17"),
        ("p258-21", "p258-18"), ("p258-23", "p258-17"), ("p258-23", "p258-18"), ("p258-26", "p258-18"),
        ("p258-26", "p258-22"), ("p258-29", "p258-17"), ("p258-31", "p258-18"), ("p258-32", "p258-31"),
        ("p258-34", "p258-33"), ("p258-37", "p258-35"), ("p258-41", "p258-33"), ("p258-41", "p258-39"),
        ("p258-42", "p258-33"), ("p258-44", "p258-42"), ("p258-47", "p258-35"), ("p258-47", "p258-39"),
        ("p258-48", "p258-39"), ("p258-48", "p258-42"),
    }  # fmt: skip
    assert shared == {
        ("p258-01", "p258-02"), ("p258-01", "p258-05"), ("p258-02", "p258-05"), ("p258-06", "p258-08"),
        ("p258-06", "p258-10"), ("p258-06", "p258-12"), ("p258-08", "p258-10"), ("p258-08", "p258-12"),
        ("p258-10", "p258-12"), ("p258-10", "p258-13"), ("p258-10", "p258-16"), ("p258-12", "p258-13"),
        ("p258-12", "p258-16"), ("p258-13", "p258-16"), ("p258-14", "p258-15"), ("p258-17", "p258-19"),
        ("p258-17", "p258-23"), ("p258-17", "p258-29"), ("p258-19", "p258-23"), ("p258-19", "p258-29"),
        ("p258-23", "p258-29"), ("p258-33", "p258-34"), ("p258-33", "p258-41"), ("p258-34", "p258-38"),
        ("p258-34", "p258-41"), ("p258-34", "p258-48"), ("p258-36", "p258-44"), ("p258-38", "p258-48"),
        ("p258-42", "p258-44"), ("p258-42", "p258-48"), ("p258-44", "p258-48"),
        # FALSE: the second releases' users with the first's (this writer keys releases apart); a
        # trial's model scaled up, no data
        ("p258-01", "p258-06"), ("p258-02", "p258-06"), ("p258-05", "p258-06"), ("p258-22", "p258-26"),
        ("p258-33", "p258-42"), ("p258-34", "p258-42"), ("p258-41", "p258-42"),
    }  # fmt: skip


def test_the_two_hundred_and_fifty_ninth_probes_of_docking_population_maps_and_cadastres() -> None:
    # 48 abstracts of protein-ligand docking scoring functions, Bayesian small-area population estimation
    # and Republican-era Chinese cadastral surveys (two untitled), written on 7 December (sixteenth) and
    # held out (read with ca11ea2): of the writer's 39 builds-on pairs 38, 2 false; of 54 shared pairs
    # 31, 5 false: "adapting them is an obvious next step, as is testing ... against benchmarks such as
    # MetalDock-412"; a title "SettleGrid-100 version 2: ..." presented nothing. Now every builds-on pair
    # and 38 shared, none false ("the PDBbind v2007 refined set" and "the PDBbind v2020 general set" are
    # PDBbind). Missed: ZINC, DUD-E, WorldPop, Google Open Buildings, Buck's Land Utilization survey,
    # JPRD 2.0's users with JPRD's
    builds_on, shared = _loaded_pairs("other-fields-probes-259.jsonl")
    assert builds_on == {
        ("p259-02", "p259-01"), ("p259-03", "p259-01"), ("p259-04", "p259-02"), ("p259-05", "p259-01"),
        ("p259-05", "p259-02"), ("p259-06", "p259-05"), ("p259-07", "p259-06"), ("p259-09", "p259-02"),
        ("p259-09", "p259-06"), ("p259-11", "p259-05"), ("p259-11", "p259-06"), ("p259-13", "p259-06"),
        ("p259-14", "p259-12"), ("p259-16", "p259-02"), ("p259-16", "p259-13"), ("p259-18", "p259-17"),
        ("p259-19", "p259-17"), ("p259-19", "p259-18"), ("p259-22", "p259-17"), ("p259-22", "p259-18"),
        ("p259-22", "p259-21"), ("p259-24", "p259-17"), ("p259-26", "p259-21"), ("p259-27", "p259-22"),
        ("p259-29", "p259-26"), ("p259-31", "p259-22"), ("p259-32", "p259-18"), ("p259-32", "p259-22"),
        ("p259-35", "p259-34"), ("p259-36", "p259-34"), ("p259-38", "p259-36"), ("p259-41", "p259-39"),
        ("p259-42", "p259-34"), ("p259-42", "p259-36"), ("p259-45", "p259-36"), ("p259-45", "p259-42"),
        ("p259-47", "p259-39"), ("p259-47", "p259-43"), ("p259-48", "p259-39"),
    }  # fmt: skip
    assert shared == {
        ("p259-01", "p259-05"), ("p259-01", "p259-06"), ("p259-01", "p259-12"), ("p259-01", "p259-13"),
        ("p259-02", "p259-04"), ("p259-02", "p259-05"), ("p259-02", "p259-09"), ("p259-02", "p259-16"),
        ("p259-04", "p259-05"), ("p259-04", "p259-09"), ("p259-04", "p259-16"), ("p259-05", "p259-06"),
        ("p259-05", "p259-09"), ("p259-05", "p259-12"), ("p259-05", "p259-13"), ("p259-05", "p259-16"),
        ("p259-06", "p259-12"), ("p259-06", "p259-13"), ("p259-09", "p259-16"), ("p259-12", "p259-13"),
        ("p259-15", "p259-16"), ("p259-18", "p259-19"), ("p259-18", "p259-22"), ("p259-18", "p259-32"),
        ("p259-19", "p259-22"), ("p259-19", "p259-32"), ("p259-21", "p259-22"), ("p259-21", "p259-26"),
        ("p259-22", "p259-26"), ("p259-22", "p259-32"), ("p259-26", "p259-29"), ("p259-34", "p259-35"),
        ("p259-34", "p259-36"), ("p259-34", "p259-42"), ("p259-35", "p259-36"), ("p259-35", "p259-42"),
        ("p259-36", "p259-42"), ("p259-42", "p259-45"),
    }  # fmt: skip


def test_the_two_hundred_and_sixtieth_probes_of_weather_graphs_cancer_maps_and_rammed_earth() -> None:
    # 48 abstracts of weather forecasting with graph neural networks, Bayesian disease mapping of cancer
    # incidence and Chinese rammed-earth architecture (two untitled), written on 7 December (sixteenth)
    # and held out (read with 768c2f4, not worked on): of the writer's 41 builds-on pairs 34, 1 false; of
    # 56 shared pairs 52, 6 false, a review's "We identify five recurring problems: dependence on ERA5
    # for both training and verification" read as its data; "Between 2008 and 2010 we carried out the
    # Hexi Corridor Rammed-Earth Wall Survey (HCRWS)" presented nothing. Now 38, 1 false (a tutorial's
    # "Specialised packages cover narrower model classes: ..., Quilt for multivariate shared-component
    # models"), and 52, none false. Missed: "the localised temporal smoothing model of MacLeod and
    # colleagues", "using the 2.0 release [14]", SEER, IBTrACS
    builds_on, shared = _loaded_pairs("other-fields-probes-260.jsonl")
    assert builds_on == {
        ("p260-03", "p260-02"), ("p260-04", "p260-01"), ("p260-06", "p260-01"), ("p260-07", "p260-01"),
        ("p260-07", "p260-04"), ("p260-08", "p260-01"), ("p260-08", "p260-02"), ("p260-11", "p260-04"),
        ("p260-12", "p260-01"), ("p260-12", "p260-07"), ("p260-14", "p260-01"), ("p260-14", "p260-04"),
        ("p260-14", "p260-07"), ("p260-16", "p260-02"), ("p260-21", "p260-18"), ("p260-22", "p260-17"),
        ("p260-22", "p260-20"), ("p260-24", "p260-17"), ("p260-27", "p260-17"), ("p260-28", "p260-20"),
        ("p260-29", "p260-18"), ("p260-29", "p260-20"), ("p260-29", "p260-28"), ("p260-31", "p260-17"),
        ("p260-31", "p260-20"), ("p260-31", "p260-24"), ("p260-32", "p260-18"), ("p260-34", "p260-33"),
        ("p260-36", "p260-34"), ("p260-38", "p260-35"), ("p260-40", "p260-33"), ("p260-40", "p260-34"),
        ("p260-41", "p260-33"), ("p260-41", "p260-34"), ("p260-44", "p260-34"), ("p260-44", "p260-35"),
        ("p260-47", "p260-33"), ("p260-47", "p260-34"),
        # FALSE
        ("p260-25", "p260-18"),
    }  # fmt: skip
    assert shared == {
        ("p260-01", "p260-04"), ("p260-01", "p260-07"), ("p260-01", "p260-11"), ("p260-01", "p260-13"),
        ("p260-01", "p260-41"), ("p260-02", "p260-03"), ("p260-02", "p260-08"), ("p260-02", "p260-16"),
        ("p260-03", "p260-08"), ("p260-03", "p260-16"), ("p260-04", "p260-07"), ("p260-04", "p260-11"),
        ("p260-04", "p260-13"), ("p260-04", "p260-41"), ("p260-07", "p260-11"), ("p260-07", "p260-13"),
        ("p260-07", "p260-41"), ("p260-08", "p260-16"), ("p260-11", "p260-13"), ("p260-11", "p260-41"),
        ("p260-13", "p260-14"), ("p260-13", "p260-41"), ("p260-17", "p260-24"), ("p260-18", "p260-21"),
        ("p260-18", "p260-27"), ("p260-20", "p260-22"), ("p260-20", "p260-28"), ("p260-20", "p260-29"),
        ("p260-20", "p260-31"), ("p260-21", "p260-27"), ("p260-22", "p260-28"), ("p260-22", "p260-29"),
        ("p260-22", "p260-31"), ("p260-28", "p260-29"), ("p260-28", "p260-31"), ("p260-29", "p260-31"),
        ("p260-33", "p260-34"), ("p260-33", "p260-40"), ("p260-33", "p260-41"), ("p260-33", "p260-47"),
        ("p260-34", "p260-40"), ("p260-34", "p260-41"), ("p260-34", "p260-47"), ("p260-35", "p260-38"),
        ("p260-35", "p260-44"), ("p260-36", "p260-39"), ("p260-36", "p260-46"), ("p260-38", "p260-44"),
        ("p260-39", "p260-46"), ("p260-40", "p260-41"), ("p260-40", "p260-47"), ("p260-41", "p260-47"),
    }  # fmt: skip


def test_the_two_hundred_and_sixty_first_probes_of_speech_translation_seabirds_and_customs_records() -> None:
    # 48 abstracts of speech translation, seabird foraging and GPS tracking and Ming-Qing maritime
    # customs records (two untitled), written on 7 December (sixteenth) and held out (read with 768c2f4):
    # of the writer's 36 builds-on pairs 31, 1 false; of 54 shared pairs 28, 7 false: "Lecture-domain
    # evaluation was not possible because LecTra-9 contains no multi-speaker sessions"; "the English-
    # German ... directions" read as data. Now 31 and 34, none false ("the eight English-to-X directions
    # of MuST-C ... 28.6 BLEU": a paper scoring BLEU scores systems on test data). Missed: users of a
    # second release with the first's paper (this writer counts both), Fisher and CallHome, the VOC
    # archives, the Junjichu memorials
    builds_on, shared = _loaded_pairs("other-fields-probes-261.jsonl")
    assert builds_on == {
        ("p261-02", "p261-01"), ("p261-05", "p261-01"), ("p261-07", "p261-05"), ("p261-10", "p261-05"),
        ("p261-10", "p261-08"), ("p261-11", "p261-01"), ("p261-11", "p261-08"), ("p261-12", "p261-08"),
        ("p261-12", "p261-11"), ("p261-15", "p261-05"), ("p261-15", "p261-08"), ("p261-16", "p261-09"),
        ("p261-21", "p261-20"), ("p261-22", "p261-20"), ("p261-24", "p261-22"), ("p261-25", "p261-22"),
        ("p261-27", "p261-22"), ("p261-27", "p261-25"), ("p261-29", "p261-20"), ("p261-29", "p261-22"),
        ("p261-30", "p261-22"), ("p261-30", "p261-29"), ("p261-35", "p261-34"), ("p261-38", "p261-36"),
        ("p261-40", "p261-34"), ("p261-42", "p261-34"), ("p261-42", "p261-40"), ("p261-44", "p261-34"),
        ("p261-44", "p261-40"), ("p261-45", "p261-44"), ("p261-48", "p261-40"),
    }  # fmt: skip
    assert shared == {
        ("p261-01", "p261-02"), ("p261-01", "p261-05"), ("p261-01", "p261-11"), ("p261-01", "p261-12"),
        ("p261-02", "p261-05"), ("p261-02", "p261-12"), ("p261-05", "p261-12"), ("p261-07", "p261-08"),
        ("p261-07", "p261-10"), ("p261-07", "p261-15"), ("p261-08", "p261-10"), ("p261-08", "p261-15"),
        ("p261-09", "p261-15"), ("p261-10", "p261-15"), ("p261-11", "p261-12"), ("p261-20", "p261-21"),
        ("p261-20", "p261-22"), ("p261-21", "p261-22"), ("p261-24", "p261-28"), ("p261-24", "p261-32"),
        ("p261-26", "p261-30"), ("p261-28", "p261-32"), ("p261-29", "p261-30"), ("p261-34", "p261-35"),
        ("p261-34", "p261-40"), ("p261-34", "p261-42"), ("p261-34", "p261-44"), ("p261-35", "p261-40"),
        ("p261-35", "p261-42"), ("p261-35", "p261-44"), ("p261-40", "p261-42"), ("p261-40", "p261-44"),
        ("p261-42", "p261-44"), ("p261-44", "p261-45"),
    }  # fmt: skip


def test_the_two_hundred_and_sixty_second_probes_of_medical_vqa_hiv_incidence_and_shadow_puppets() -> None:
    # 48 abstracts of medical visual question answering, Bayesian estimation of HIV incidence and Chinese
    # shadow puppetry (two untitled), written on 7 December (sixteenth) and held out (read with 768c2f4):
    # of the writer's 34 builds-on pairs 30, none false; of 55 shared pairs 45, 2 false: "Medical visual
    # question answering (Med-VQA)", a term whose first word opens the sentence, read as data. Now every
    # builds-on pair ("the Tsebo cohort" of the Tsebo Serosurveillance Cohort; "The resulting Lampscreen
    # Oral History Collection"; "an extension of our back-calculation package") and 50 shared, none
    # false. Missed: the CASCADE Collaboration, HARS, the Laufer collection
    builds_on, shared = _loaded_pairs("other-fields-probes-262.jsonl")
    assert builds_on == {
        ("p262-02", "p262-01"), ("p262-04", "p262-02"), ("p262-05", "p262-01"), ("p262-05", "p262-02"),
        ("p262-07", "p262-01"), ("p262-07", "p262-02"), ("p262-09", "p262-02"), ("p262-09", "p262-07"),
        ("p262-10", "p262-02"), ("p262-10", "p262-09"), ("p262-12", "p262-02"), ("p262-12", "p262-07"),
        ("p262-14", "p262-09"), ("p262-15", "p262-07"), ("p262-15", "p262-09"), ("p262-19", "p262-17"),
        ("p262-19", "p262-18"), ("p262-21", "p262-17"), ("p262-22", "p262-21"), ("p262-24", "p262-17"),
        ("p262-26", "p262-18"), ("p262-26", "p262-24"), ("p262-27", "p262-18"), ("p262-30", "p262-21"),
        ("p262-30", "p262-24"), ("p262-31", "p262-24"), ("p262-34", "p262-33"), ("p262-37", "p262-33"),
        ("p262-37", "p262-35"), ("p262-39", "p262-38"), ("p262-42", "p262-35"), ("p262-44", "p262-38"),
        ("p262-47", "p262-33"), ("p262-47", "p262-44"),
    }  # fmt: skip
    assert shared == {
        ("p262-01", "p262-02"), ("p262-01", "p262-05"), ("p262-01", "p262-07"), ("p262-02", "p262-03"),
        ("p262-02", "p262-04"), ("p262-02", "p262-05"), ("p262-02", "p262-07"), ("p262-02", "p262-08"),
        ("p262-02", "p262-10"), ("p262-02", "p262-11"), ("p262-02", "p262-13"), ("p262-03", "p262-08"),
        ("p262-03", "p262-11"), ("p262-04", "p262-10"), ("p262-04", "p262-13"), ("p262-05", "p262-07"),
        ("p262-07", "p262-09"), ("p262-07", "p262-12"), ("p262-07", "p262-15"), ("p262-08", "p262-11"),
        ("p262-08", "p262-13"), ("p262-08", "p262-14"), ("p262-09", "p262-10"), ("p262-09", "p262-12"),
        ("p262-09", "p262-14"), ("p262-09", "p262-15"), ("p262-10", "p262-13"), ("p262-10", "p262-14"),
        ("p262-10", "p262-15"), ("p262-12", "p262-15"), ("p262-13", "p262-14"), ("p262-14", "p262-15"),
        ("p262-17", "p262-24"), ("p262-18", "p262-19"), ("p262-18", "p262-26"), ("p262-18", "p262-27"),
        ("p262-19", "p262-26"), ("p262-19", "p262-27"), ("p262-26", "p262-27"), ("p262-26", "p262-28"),
        ("p262-29", "p262-31"), ("p262-33", "p262-34"), ("p262-33", "p262-37"), ("p262-33", "p262-47"),
        ("p262-34", "p262-37"), ("p262-34", "p262-47"), ("p262-35", "p262-37"), ("p262-35", "p262-42"),
        ("p262-37", "p262-42"), ("p262-37", "p262-47"),
    }  # fmt: skip


def test_the_two_hundred_and_sixty_third_probes_of_legal_retrieval_snakebite_and_salt_archives() -> None:
    # 48 abstracts of dense retrieval for legal documents, Bayesian models of snakebite incidence and the
    # Zigong salt-industry archives (two untitled), written on 7 December (sixteenth) and held out (read
    # with 0d4e7d9, not worked on): of the writer's 35 builds-on pairs 35, 2 false; of 60 shared pairs
    # 42, 8 false: a review's "such as those built around the Terai Envenoming Household Survey"; "...:
    # the second round of the Terai Envenoming Household Survey (TEHS-2)" presented nothing, its user
    # sent to the first round's paper. Now every builds-on pair, none false, and 42 shared, 3 false
    # (TEHS-2's user with the first round's, which this writer keys apart). Missed: COLIEE 2021 Task 1,
    # WorldPop, the Million Death Study, printed archival selections
    builds_on, shared = _loaded_pairs("other-fields-probes-263.jsonl")
    assert builds_on == {
        ("p263-03", "p263-01"), ("p263-04", "p263-01"), ("p263-06", "p263-03"), ("p263-09", "p263-06"),
        ("p263-10", "p263-01"), ("p263-11", "p263-01"), ("p263-11", "p263-03"), ("p263-11", "p263-06"),
        ("p263-13", "p263-11"), ("p263-14", "p263-06"), ("p263-14", "p263-11"), ("p263-15", "p263-06"),
        ("p263-16", "p263-01"), ("p263-16", "p263-11"), ("p263-19", "p263-17"), ("p263-22", "p263-19"),
        ("p263-23", "p263-17"), ("p263-24", "p263-19"), ("p263-26", "p263-24"), ("p263-27", "p263-17"),
        ("p263-27", "p263-19"), ("p263-29", "p263-24"), ("p263-30", "p263-24"), ("p263-31", "p263-19"),
        ("p263-31", "p263-27"), ("p263-35", "p263-33"), ("p263-36", "p263-33"), ("p263-38", "p263-36"),
        ("p263-40", "p263-36"), ("p263-43", "p263-33"), ("p263-43", "p263-40"), ("p263-44", "p263-33"),
        ("p263-47", "p263-44"), ("p263-48", "p263-36"), ("p263-48", "p263-40"),
    }  # fmt: skip
    assert shared == {
        ("p263-01", "p263-03"), ("p263-01", "p263-04"), ("p263-01", "p263-10"), ("p263-01", "p263-11"),
        ("p263-01", "p263-16"), ("p263-03", "p263-04"), ("p263-03", "p263-10"), ("p263-03", "p263-11"),
        ("p263-03", "p263-16"), ("p263-04", "p263-10"), ("p263-04", "p263-11"), ("p263-04", "p263-16"),
        ("p263-06", "p263-07"), ("p263-06", "p263-11"), ("p263-06", "p263-14"), ("p263-07", "p263-11"),
        ("p263-07", "p263-14"), ("p263-10", "p263-11"), ("p263-10", "p263-16"), ("p263-11", "p263-14"),
        ("p263-11", "p263-16"), ("p263-17", "p263-19"), ("p263-17", "p263-23"), ("p263-17", "p263-27"),
        ("p263-19", "p263-23"), ("p263-19", "p263-27"), ("p263-23", "p263-27"), ("p263-24", "p263-29"),
        ("p263-27", "p263-31"), ("p263-33", "p263-35"), ("p263-33", "p263-36"), ("p263-33", "p263-43"),
        ("p263-35", "p263-36"), ("p263-35", "p263-43"), ("p263-36", "p263-38"), ("p263-36", "p263-40"),
        ("p263-36", "p263-43"), ("p263-36", "p263-48"), ("p263-38", "p263-40"), ("p263-38", "p263-48"),
        ("p263-40", "p263-48"), ("p263-44", "p263-47"),
        # FALSE: the second round's user with the first round's (this writer keys rounds apart)
        ("p263-17", "p263-31"), ("p263-19", "p263-31"), ("p263-23", "p263-31"),
    }  # fmt: skip


def test_the_two_hundred_and_sixty_fourth_probes_of_crowd_navigation_delirium_and_epic_songs() -> None:
    # 48 abstracts of robot navigation among crowds, postoperative delirium cohorts and Chinese ethnic-
    # minority epic songs (two untitled), written on 7 December (sixteenth) and held out (read with
    # 0d4e7d9): of the writer's 38 builds-on pairs 37, 1 false; of 52 shared pairs 36, 8 false: a
    # review's "such as SAGES in the United States and NEUROPOD in Denmark". Now 37 and 36, 3 false
    # (THRONG-2's paper with THRONG's users, which this writer keys apart). Missed: "pedestrian motion
    # replayed from ... THRONG [8]" in a paper whose other words share too little of THRONG's (a word-
    # shaped name), the ETH and UCY datasets, the Three Collections of Chinese Folk Literature
    builds_on, shared = _loaded_pairs("other-fields-probes-264.jsonl")
    assert builds_on == {
        ("p264-02", "p264-01"), ("p264-04", "p264-01"), ("p264-05", "p264-04"), ("p264-07", "p264-04"),
        ("p264-08", "p264-04"), ("p264-08", "p264-06"), ("p264-10", "p264-01"), ("p264-11", "p264-10"),
        ("p264-13", "p264-06"), ("p264-15", "p264-04"), ("p264-15", "p264-10"), ("p264-16", "p264-04"),
        ("p264-16", "p264-10"), ("p264-19", "p264-17"), ("p264-20", "p264-17"), ("p264-22", "p264-20"),
        ("p264-24", "p264-20"), ("p264-26", "p264-24"), ("p264-27", "p264-17"), ("p264-27", "p264-20"),
        ("p264-29", "p264-20"), ("p264-30", "p264-20"), ("p264-30", "p264-24"), ("p264-31", "p264-17"),
        ("p264-34", "p264-33"), ("p264-36", "p264-33"), ("p264-37", "p264-36"), ("p264-40", "p264-39"),
        ("p264-42", "p264-33"), ("p264-42", "p264-36"), ("p264-45", "p264-33"), ("p264-45", "p264-36"),
        ("p264-45", "p264-39"), ("p264-46", "p264-45"), ("p264-47", "p264-36"), ("p264-47", "p264-45"),
        ("p264-48", "p264-39"),
    }  # fmt: skip
    assert shared == {
        ("p264-01", "p264-02"), ("p264-01", "p264-04"), ("p264-02", "p264-04"), ("p264-10", "p264-11"),
        ("p264-10", "p264-15"), ("p264-10", "p264-16"), ("p264-11", "p264-15"), ("p264-11", "p264-16"),
        ("p264-15", "p264-16"), ("p264-17", "p264-19"), ("p264-17", "p264-20"), ("p264-17", "p264-27"),
        ("p264-17", "p264-31"), ("p264-19", "p264-20"), ("p264-19", "p264-27"), ("p264-19", "p264-31"),
        ("p264-20", "p264-27"), ("p264-20", "p264-31"), ("p264-27", "p264-31"), ("p264-33", "p264-34"),
        ("p264-33", "p264-36"), ("p264-33", "p264-42"), ("p264-33", "p264-45"), ("p264-34", "p264-36"),
        ("p264-34", "p264-42"), ("p264-34", "p264-45"), ("p264-36", "p264-42"), ("p264-36", "p264-45"),
        ("p264-36", "p264-47"), ("p264-39", "p264-40"), ("p264-39", "p264-45"), ("p264-39", "p264-48"),
        ("p264-40", "p264-45"), ("p264-40", "p264-48"), ("p264-42", "p264-45"), ("p264-45", "p264-48"),
        # FALSE: a new release's paper with the first's users (this writer keys them apart)
        ("p264-01", "p264-10"), ("p264-02", "p264-10"), ("p264-04", "p264-10"),
    }  # fmt: skip


def test_the_two_hundred_and_sixty_fifth_probes_of_protein_diffusion_suicide_trends_and_steles() -> None:
    # 48 abstracts of protein design with diffusion models, Bayesian age-period-cohort models of suicide
    # and Chinese temple stele inscriptions (two untitled), written on 7 December (sixteenth) and held
    # out (read with 0d4e7d9): of the writer's 36 builds-on pairs 34, 1 false; of 50 shared pairs 39, 4
    # false: "Existing digital resources such as the Jinbei Corpus cover only the southeastern
    # prefectures ... and thus exclude the northern trading towns on which this study focuses". Now 34
    # and 38, none false (one pair found before through the Jinbei Corpus). Missed: "the SHAPE model
    # [11]", a word-shaped name another field gives a chemical probing method, CATH 4.3, CDC WONDER
    builds_on, shared = _loaded_pairs("other-fields-probes-265.jsonl")
    assert builds_on == {
        ("p265-02", "p265-01"), ("p265-05", "p265-01"), ("p265-06", "p265-03"), ("p265-07", "p265-05"),
        ("p265-09", "p265-01"), ("p265-10", "p265-01"), ("p265-10", "p265-03"), ("p265-10", "p265-05"),
        ("p265-12", "p265-01"), ("p265-15", "p265-01"), ("p265-15", "p265-14"), ("p265-16", "p265-03"),
        ("p265-18", "p265-17"), ("p265-20", "p265-17"), ("p265-20", "p265-19"), ("p265-23", "p265-22"),
        ("p265-26", "p265-19"), ("p265-26", "p265-22"), ("p265-28", "p265-17"), ("p265-31", "p265-17"),
        ("p265-31", "p265-22"), ("p265-32", "p265-19"), ("p265-34", "p265-33"), ("p265-36", "p265-33"),
        ("p265-37", "p265-36"), ("p265-41", "p265-40"), ("p265-43", "p265-33"), ("p265-44", "p265-36"),
        ("p265-44", "p265-40"), ("p265-45", "p265-40"), ("p265-47", "p265-36"), ("p265-47", "p265-44"),
        ("p265-48", "p265-33"), ("p265-48", "p265-40"),
    }  # fmt: skip
    assert shared == {
        ("p265-03", "p265-06"), ("p265-03", "p265-10"), ("p265-03", "p265-16"), ("p265-05", "p265-07"),
        ("p265-05", "p265-10"), ("p265-06", "p265-10"), ("p265-06", "p265-16"), ("p265-10", "p265-16"),
        ("p265-19", "p265-20"), ("p265-19", "p265-26"), ("p265-19", "p265-28"), ("p265-19", "p265-32"),
        ("p265-20", "p265-26"), ("p265-20", "p265-32"), ("p265-26", "p265-32"), ("p265-28", "p265-32"),
        ("p265-33", "p265-34"), ("p265-33", "p265-36"), ("p265-33", "p265-43"), ("p265-33", "p265-48"),
        ("p265-34", "p265-36"), ("p265-34", "p265-43"), ("p265-34", "p265-48"), ("p265-35", "p265-40"),
        ("p265-35", "p265-45"), ("p265-36", "p265-43"), ("p265-36", "p265-48"), ("p265-40", "p265-41"),
        ("p265-40", "p265-44"), ("p265-40", "p265-45"), ("p265-40", "p265-48"), ("p265-41", "p265-44"),
        ("p265-41", "p265-45"), ("p265-41", "p265-48"), ("p265-43", "p265-48"), ("p265-44", "p265-45"),
        ("p265-44", "p265-48"), ("p265-45", "p265-48"),
    }  # fmt: skip


def test_the_two_hundred_and_sixty_sixth_probes_of_tabular_models_roadkill_and_opera_costumes() -> None:
    # 48 abstracts of tabular foundation models, Bayesian models of wildlife road mortality and Chinese
    # opera costume collections (two untitled), written on 7 December (sixteenth) and held out (read with
    # 57e3481, not worked on): of the writer's 37 builds-on pairs 33, none false; of 38 shared pairs 27,
    # none false. "RowRAG: retrieval-augmented row context lets in-context tabular transformers scale
    # ..." was read as the paper's subject, though "We extend OTTER with RowRAG, a retrieval-augmented
    # inference scheme" says it is made. Now 36 and 27, none false. Missed: "OCT terms" of the Opera
    # Costume Thesaurus (OCT is optical coherence tomography elsewhere in the file), OpenML-CC18, museum
    # collections
    builds_on, shared = _loaded_pairs("other-fields-probes-266.jsonl")
    assert builds_on == {
        ("p266-02", "p266-01"), ("p266-03", "p266-01"), ("p266-04", "p266-01"), ("p266-05", "p266-01"),
        ("p266-05", "p266-02"), ("p266-05", "p266-03"), ("p266-06", "p266-03"), ("p266-09", "p266-02"),
        ("p266-09", "p266-05"), ("p266-10", "p266-03"), ("p266-10", "p266-05"), ("p266-15", "p266-02"),
        ("p266-15", "p266-05"), ("p266-16", "p266-03"), ("p266-18", "p266-17"), ("p266-19", "p266-18"),
        ("p266-20", "p266-18"), ("p266-22", "p266-17"), ("p266-22", "p266-18"), ("p266-25", "p266-19"),
        ("p266-27", "p266-22"), ("p266-27", "p266-24"), ("p266-28", "p266-19"), ("p266-30", "p266-22"),
        ("p266-32", "p266-17"), ("p266-32", "p266-22"), ("p266-32", "p266-28"), ("p266-36", "p266-33"),
        ("p266-37", "p266-35"), ("p266-38", "p266-33"), ("p266-40", "p266-35"), ("p266-44", "p266-33"),
        ("p266-44", "p266-38"), ("p266-45", "p266-44"), ("p266-47", "p266-33"), ("p266-47", "p266-44"),
    }  # fmt: skip
    assert shared == {
        ("p266-02", "p266-05"), ("p266-02", "p266-09"), ("p266-02", "p266-15"), ("p266-05", "p266-09"),
        ("p266-05", "p266-15"), ("p266-06", "p266-10"), ("p266-09", "p266-15"), ("p266-13", "p266-16"),
        ("p266-17", "p266-18"), ("p266-17", "p266-22"), ("p266-17", "p266-32"), ("p266-18", "p266-22"),
        ("p266-18", "p266-32"), ("p266-22", "p266-32"), ("p266-26", "p266-28"), ("p266-26", "p266-30"),
        ("p266-28", "p266-30"), ("p266-33", "p266-36"), ("p266-33", "p266-38"), ("p266-33", "p266-44"),
        ("p266-33", "p266-47"), ("p266-36", "p266-38"), ("p266-36", "p266-44"), ("p266-36", "p266-47"),
        ("p266-38", "p266-44"), ("p266-38", "p266-47"), ("p266-44", "p266-47"),
    }  # fmt: skip


def test_the_two_hundred_and_sixty_seventh_probes_of_program_repair_sepsis_and_case_records() -> None:
    # 48 abstracts of automatic program repair, paediatric sepsis biomarker cohorts and Chinese medical
    # case records (two untitled), written on 7 December (sixteenth) and held out (read with 57e3481): of
    # the writer's 39 builds-on pairs 36, 2 false; of 51 shared pairs 34, 5 false, all from a systematic
    # review: "Seventy-eight per cent of the studies evaluated on Java, and 61% used at least one of
    # Defects4J, QuixBugs or JRepro-400", "hybrid tools ..., in the spirit of FixWeaver". Now 36 and 34,
    # none false. Missed: QiHuang-BERT's users, as a historian's "the Qi-Huang tradition" makes the name
    # a word of two things; users of MQYAC 2.0 with the first's paper (this writer counts both),
    # Defects4J, Linzheng Zhinan Yi'an
    builds_on, shared = _loaded_pairs("other-fields-probes-267.jsonl")
    assert builds_on == {
        ("p267-03", "p267-01"), ("p267-04", "p267-01"), ("p267-04", "p267-03"), ("p267-06", "p267-03"),
        ("p267-07", "p267-03"), ("p267-09", "p267-06"), ("p267-10", "p267-03"), ("p267-10", "p267-06"),
        ("p267-13", "p267-01"), ("p267-13", "p267-10"), ("p267-14", "p267-06"), ("p267-14", "p267-10"),
        ("p267-15", "p267-01"), ("p267-15", "p267-12"), ("p267-19", "p267-17"), ("p267-21", "p267-19"),
        ("p267-24", "p267-22"), ("p267-25", "p267-19"), ("p267-26", "p267-17"), ("p267-26", "p267-19"),
        ("p267-29", "p267-22"), ("p267-29", "p267-26"), ("p267-31", "p267-22"), ("p267-32", "p267-17"),
        ("p267-32", "p267-26"), ("p267-35", "p267-33"), ("p267-36", "p267-35"), ("p267-38", "p267-33"),
        ("p267-38", "p267-35"), ("p267-40", "p267-38"), ("p267-42", "p267-33"), ("p267-42", "p267-35"),
        ("p267-45", "p267-33"), ("p267-45", "p267-42"), ("p267-47", "p267-42"), ("p267-48", "p267-35"),
    }  # fmt: skip
    assert shared == {
        ("p267-01", "p267-03"), ("p267-01", "p267-04"), ("p267-01", "p267-13"), ("p267-01", "p267-15"),
        ("p267-03", "p267-04"), ("p267-03", "p267-13"), ("p267-03", "p267-15"), ("p267-04", "p267-13"),
        ("p267-04", "p267-15"), ("p267-05", "p267-09"), ("p267-13", "p267-15"), ("p267-17", "p267-19"),
        ("p267-17", "p267-26"), ("p267-17", "p267-32"), ("p267-19", "p267-26"), ("p267-19", "p267-32"),
        ("p267-26", "p267-32"), ("p267-27", "p267-30"), ("p267-33", "p267-35"), ("p267-33", "p267-38"),
        ("p267-33", "p267-42"), ("p267-33", "p267-45"), ("p267-33", "p267-47"), ("p267-35", "p267-38"),
        ("p267-35", "p267-42"), ("p267-35", "p267-45"), ("p267-35", "p267-47"), ("p267-38", "p267-42"),
        ("p267-38", "p267-45"), ("p267-38", "p267-47"), ("p267-41", "p267-46"), ("p267-42", "p267-45"),
        ("p267-42", "p267-47"), ("p267-45", "p267-47"),
    }  # fmt: skip


def test_the_two_hundred_and_sixty_eighth_probes_of_methane_plumes_caries_and_pilgrimage_maps() -> None:
    # 48 abstracts of satellite detection of methane plumes, Bayesian models of dental caries in children
    # and Chinese Buddhist pilgrimage maps (two untitled), written on 7 December (sixteenth) and held out
    # (read with 57e3481, the last batch): of the writer's 36 builds-on pairs 34, 1 false; of 41 shared
    # pairs 27, none false. Left false: "Faxian's route", the monk's, sent to FaXian, a pipeline named
    # after him (a name spelt with a capital inside, written otherwise). Missed: later versions' users
    # with the first's paper (this writer counts both), CBETA, CHGIS, the Signal Tandmobiel study
    builds_on, shared = _loaded_pairs("other-fields-probes-268.jsonl")
    assert builds_on == {
        ("p268-03", "p268-01"), ("p268-05", "p268-01"), ("p268-07", "p268-01"), ("p268-07", "p268-04"),
        ("p268-07", "p268-05"), ("p268-10", "p268-01"), ("p268-10", "p268-05"), ("p268-12", "p268-07"),
        ("p268-12", "p268-10"), ("p268-14", "p268-01"), ("p268-16", "p268-04"), ("p268-20", "p268-17"),
        ("p268-20", "p268-19"), ("p268-22", "p268-17"), ("p268-24", "p268-19"), ("p268-24", "p268-22"),
        ("p268-26", "p268-17"), ("p268-27", "p268-17"), ("p268-30", "p268-22"), ("p268-31", "p268-19"),
        ("p268-31", "p268-22"), ("p268-31", "p268-30"), ("p268-36", "p268-34"), ("p268-39", "p268-36"),
        ("p268-41", "p268-34"), ("p268-41", "p268-38"), ("p268-43", "p268-34"), ("p268-43", "p268-36"),
        ("p268-43", "p268-41"), ("p268-45", "p268-34"), ("p268-45", "p268-36"), ("p268-45", "p268-41"),
        ("p268-47", "p268-38"), ("p268-48", "p268-38"),
        # FALSE: a monk's name, Faxian, for the FaXian pipeline
        ("p268-37", "p268-36"),
    }  # fmt: skip
    assert shared == {
        ("p268-05", "p268-07"), ("p268-05", "p268-10"), ("p268-05", "p268-12"), ("p268-07", "p268-10"),
        ("p268-07", "p268-12"), ("p268-10", "p268-12"), ("p268-17", "p268-26"), ("p268-19", "p268-20"),
        ("p268-19", "p268-24"), ("p268-19", "p268-31"), ("p268-20", "p268-24"), ("p268-20", "p268-31"),
        ("p268-23", "p268-30"), ("p268-24", "p268-31"), ("p268-34", "p268-36"), ("p268-34", "p268-41"),
        ("p268-34", "p268-43"), ("p268-34", "p268-45"), ("p268-36", "p268-41"), ("p268-36", "p268-43"),
        ("p268-36", "p268-45"), ("p268-36", "p268-47"), ("p268-36", "p268-48"), ("p268-41", "p268-43"),
        ("p268-41", "p268-45"), ("p268-43", "p268-45"), ("p268-47", "p268-48"),
    }  # fmt: skip


def test_the_two_hundred_and_sixty_ninth_probes_of_payment_fraud_heat_deaths_and_exams() -> None:
    # 48 abstracts of graph-based payment fraud detection, Bayesian models of heat-related mortality and
    # Chinese imperial examination records (two untitled), written on 7 December (sixteenth) and held out
    # (read with 1a4ad91, not worked on): of the writer's 33 builds-on pairs 32, none false; of 36 shared
    # pairs 27, 9 false, all a later release's paper or users with the first's (this writer keys releases
    # apart). Missed: "linked them to the Zhejiang entries of the MQJR", NMMAPS, CHGIS
    builds_on, shared = _loaded_pairs("other-fields-probes-269.jsonl")
    assert builds_on == {
        ("p269-04", "p269-02"), ("p269-06", "p269-02"), ("p269-06", "p269-04"), ("p269-08", "p269-04"),
        ("p269-10", "p269-04"), ("p269-11", "p269-08"), ("p269-13", "p269-02"), ("p269-13", "p269-04"),
        ("p269-14", "p269-04"), ("p269-14", "p269-13"), ("p269-15", "p269-04"), ("p269-16", "p269-08"),
        ("p269-22", "p269-19"), ("p269-22", "p269-21"), ("p269-23", "p269-19"), ("p269-25", "p269-19"),
        ("p269-25", "p269-21"), ("p269-26", "p269-25"), ("p269-28", "p269-19"), ("p269-29", "p269-21"),
        ("p269-29", "p269-25"), ("p269-31", "p269-25"), ("p269-31", "p269-29"), ("p269-32", "p269-19"),
        ("p269-36", "p269-35"), ("p269-38", "p269-35"), ("p269-40", "p269-38"), ("p269-42", "p269-41"),
        ("p269-44", "p269-38"), ("p269-47", "p269-38"), ("p269-47", "p269-46"), ("p269-48", "p269-41"),
    }  # fmt: skip
    assert shared == {
        ("p269-02", "p269-04"), ("p269-02", "p269-06"), ("p269-03", "p269-08"), ("p269-03", "p269-11"),
        ("p269-04", "p269-06"), ("p269-04", "p269-10"), ("p269-08", "p269-11"), ("p269-13", "p269-14"),
        ("p269-21", "p269-22"), ("p269-21", "p269-25"), ("p269-22", "p269-25"), ("p269-26", "p269-28"),
        ("p269-26", "p269-32"), ("p269-28", "p269-32"), ("p269-29", "p269-31"), ("p269-34", "p269-35"),
        ("p269-34", "p269-38"), ("p269-34", "p269-46"), ("p269-35", "p269-36"), ("p269-35", "p269-38"),
        ("p269-35", "p269-46"), ("p269-36", "p269-38"), ("p269-38", "p269-46"), ("p269-41", "p269-42"),
        ("p269-41", "p269-48"), ("p269-42", "p269-48"), ("p269-46", "p269-47"),
        # FALSE: a later release's paper or users with the first's users (this writer keys releases
        # apart)
        ("p269-02", "p269-13"), ("p269-04", "p269-13"), ("p269-06", "p269-13"), ("p269-21", "p269-29"),
        ("p269-21", "p269-31"), ("p269-22", "p269-29"), ("p269-22", "p269-31"), ("p269-25", "p269-29"),
        ("p269-25", "p269-31"),
    }  # fmt: skip


def test_the_two_hundred_and_seventieth_probes_of_keyword_spotting_lead_and_railways() -> None:
    # 48 abstracts of keyword spotting on microcontrollers, childhood lead exposure cohorts and Chinese
    # colonial-era railway archives (two untitled), written on 7 December (sixteenth) and held out (read
    # with 1a4ad91): of the writer's 34 builds-on pairs 33, 2 false; of 51 shared pairs 43, 8 false: a
    # review's "most studies still report results only on Google Speech Commands"; "Quantitative studies
    # of the company's workforce based on the Mantetsu Personnel Register Database have necessarily
    # concentrated on salaried staff". Now 33, 1 false (models "trained on the Hollyhock far-field
    # corpus", a use the writer's key lacks), and 43 shared, none false. Missed: MPRD 2.0's user with the
    # first's paper (this writer counts both), JACAR, ELEMENT
    builds_on, shared = _loaded_pairs("other-fields-probes-270.jsonl")
    assert builds_on == {
        ("p270-03", "p270-02"), ("p270-04", "p270-02"), ("p270-05", "p270-02"), ("p270-06", "p270-02"),
        ("p270-08", "p270-04"), ("p270-08", "p270-06"), ("p270-10", "p270-02"), ("p270-10", "p270-04"),
        ("p270-10", "p270-06"), ("p270-11", "p270-02"), ("p270-12", "p270-04"), ("p270-13", "p270-10"),
        ("p270-15", "p270-02"), ("p270-16", "p270-10"), ("p270-19", "p270-18"), ("p270-23", "p270-18"),
        ("p270-23", "p270-21"), ("p270-24", "p270-18"), ("p270-26", "p270-18"), ("p270-26", "p270-24"),
        ("p270-27", "p270-24"), ("p270-29", "p270-21"), ("p270-31", "p270-30"), ("p270-32", "p270-21"),
        ("p270-36", "p270-34"), ("p270-38", "p270-37"), ("p270-41", "p270-40"), ("p270-43", "p270-34"),
        ("p270-43", "p270-37"), ("p270-44", "p270-43"), ("p270-46", "p270-37"), ("p270-46", "p270-40"),
        ("p270-48", "p270-40"),
        # FALSE: a use the key lacks ("trained on the Hollyhock far-field corpus")
        ("p270-12", "p270-06"),
    }  # fmt: skip
    assert shared == {
        ("p270-02", "p270-04"), ("p270-02", "p270-05"), ("p270-02", "p270-09"), ("p270-02", "p270-10"),
        ("p270-04", "p270-05"), ("p270-04", "p270-09"), ("p270-04", "p270-10"), ("p270-05", "p270-09"),
        ("p270-05", "p270-10"), ("p270-06", "p270-08"), ("p270-06", "p270-10"), ("p270-06", "p270-12"),
        ("p270-08", "p270-10"), ("p270-08", "p270-12"), ("p270-09", "p270-10"), ("p270-10", "p270-12"),
        ("p270-11", "p270-13"), ("p270-15", "p270-16"), ("p270-17", "p270-21"), ("p270-17", "p270-32"),
        ("p270-18", "p270-19"), ("p270-18", "p270-23"), ("p270-18", "p270-24"), ("p270-18", "p270-26"),
        ("p270-19", "p270-23"), ("p270-19", "p270-24"), ("p270-19", "p270-26"), ("p270-21", "p270-32"),
        ("p270-23", "p270-24"), ("p270-23", "p270-26"), ("p270-24", "p270-26"), ("p270-30", "p270-31"),
        ("p270-34", "p270-36"), ("p270-34", "p270-43"), ("p270-36", "p270-43"), ("p270-37", "p270-38"),
        ("p270-37", "p270-43"), ("p270-37", "p270-46"), ("p270-38", "p270-43"), ("p270-38", "p270-46"),
        ("p270-40", "p270-46"), ("p270-43", "p270-44"), ("p270-43", "p270-46"),
    }  # fmt: skip


def test_the_two_hundred_and_seventy_first_probes_of_multilingual_ner_weeds_and_legal_slips() -> None:
    # 48 abstracts of multilingual named entity recognition, Bayesian models of invasive plant spread and
    # Chinese legal manuscripts on bamboo and wood (two untitled), written on 7 December (sixteenth) and
    # held out (read with 1a4ad91): of the writer's 36 builds-on pairs 36, 1 false; of 40 shared pairs
    # 26, 10 false: an essay's "neural networks for rejoining fragments, of which ZhuiheNet is the best
    # known" ("This essay reflects on what these tools change"); a survey's "We argue that ... entity
    # type inventories inherited from CoNLL do not fit". Now every builds-on pair, none false, and 26
    # shared, 8 false (releases this writer keys apart; the essay's "editorial debates around the
    # Zhangjiashan, Yuelu and Hujiacaochang manuscripts")
    builds_on, shared = _loaded_pairs("other-fields-probes-271.jsonl")
    assert builds_on == {
        ("p271-02", "p271-01"), ("p271-04", "p271-01"), ("p271-04", "p271-03"), ("p271-07", "p271-03"),
        ("p271-07", "p271-06"), ("p271-08", "p271-06"), ("p271-08", "p271-07"), ("p271-09", "p271-06"),
        ("p271-11", "p271-01"), ("p271-15", "p271-14"), ("p271-16", "p271-06"), ("p271-16", "p271-07"),
        ("p271-16", "p271-14"), ("p271-18", "p271-17"), ("p271-20", "p271-17"), ("p271-20", "p271-19"),
        ("p271-23", "p271-21"), ("p271-24", "p271-17"), ("p271-24", "p271-19"), ("p271-26", "p271-17"),
        ("p271-26", "p271-21"), ("p271-29", "p271-24"), ("p271-30", "p271-21"), ("p271-31", "p271-19"),
        ("p271-31", "p271-24"), ("p271-32", "p271-21"), ("p271-32", "p271-24"), ("p271-35", "p271-34"),
        ("p271-38", "p271-37"), ("p271-40", "p271-34"), ("p271-40", "p271-37"), ("p271-43", "p271-41"),
        ("p271-44", "p271-34"), ("p271-44", "p271-41"), ("p271-47", "p271-41"), ("p271-48", "p271-44"),
    }  # fmt: skip
    assert shared == {
        ("p271-01", "p271-02"), ("p271-01", "p271-10"), ("p271-01", "p271-11"), ("p271-02", "p271-11"),
        ("p271-03", "p271-04"), ("p271-05", "p271-06"), ("p271-05", "p271-13"), ("p271-06", "p271-13"),
        ("p271-07", "p271-08"), ("p271-07", "p271-16"), ("p271-08", "p271-16"), ("p271-17", "p271-24"),
        ("p271-19", "p271-20"), ("p271-19", "p271-24"), ("p271-19", "p271-31"), ("p271-20", "p271-24"),
        ("p271-20", "p271-31"), ("p271-23", "p271-30"), ("p271-24", "p271-31"), ("p271-28", "p271-29"),
        ("p271-34", "p271-35"), ("p271-34", "p271-40"), ("p271-35", "p271-40"), ("p271-41", "p271-44"),
        ("p271-43", "p271-44"), ("p271-44", "p271-48"),
        # FALSE: a later release's users with the first's (this writer keys releases apart); an
        # essay's debates around manuscripts
        ("p271-03", "p271-07"), ("p271-04", "p271-07"), ("p271-34", "p271-44"), ("p271-35", "p271-44"),
        ("p271-40", "p271-44"), ("p271-41", "p271-45"), ("p271-43", "p271-45"), ("p271-44", "p271-45"),
    }  # fmt: skip


def test_the_two_hundred_and_seventy_second_probes_of_segmentation_measles_and_halls() -> None:
    # 48 abstracts of 3D medical image segmentation, Bayesian models of measles outbreaks and Chinese
    # ancestral hall inscriptions (two untitled), written on 7 December (sixteenth) and held out (read
    # with 061b1da, not worked on): of the writer's 34 builds-on pairs 33, 1 false; of 43 shared pairs
    # 25, none false: "the automatic linkage tool GenLink, whose homophone tables cover Mandarin,
    # Cantonese and Hokkien but not Hakka readings, could not be applied reliably". Now 33, none false,
    # and 25. Missed: "using its 2.0 release (Leung et al., 2018)", BTCV, WUENIC, the Medical
    # Segmentation Decathlon, CLAHI's users
    builds_on, shared = _loaded_pairs("other-fields-probes-272.jsonl")
    assert builds_on == {
        ("p272-02", "p272-01"), ("p272-03", "p272-01"), ("p272-05", "p272-03"), ("p272-06", "p272-01"),
        ("p272-07", "p272-06"), ("p272-08", "p272-01"), ("p272-08", "p272-03"), ("p272-10", "p272-01"),
        ("p272-10", "p272-06"), ("p272-13", "p272-06"), ("p272-13", "p272-10"), ("p272-14", "p272-01"),
        ("p272-15", "p272-01"), ("p272-15", "p272-10"), ("p272-20", "p272-17"), ("p272-20", "p272-19"),
        ("p272-23", "p272-17"), ("p272-25", "p272-22"), ("p272-26", "p272-19"), ("p272-28", "p272-17"),
        ("p272-28", "p272-19"), ("p272-28", "p272-26"), ("p272-31", "p272-17"), ("p272-31", "p272-22"),
        ("p272-36", "p272-33"), ("p272-39", "p272-35"), ("p272-39", "p272-38"), ("p272-41", "p272-33"),
        ("p272-41", "p272-35"), ("p272-42", "p272-38"), ("p272-45", "p272-33"), ("p272-45", "p272-35"),
        ("p272-47", "p272-38"),
    }  # fmt: skip
    assert shared == {
        ("p272-01", "p272-08"), ("p272-03", "p272-05"), ("p272-03", "p272-08"), ("p272-05", "p272-08"),
        ("p272-07", "p272-15"), ("p272-10", "p272-13"), ("p272-10", "p272-15"), ("p272-13", "p272-15"),
        ("p272-19", "p272-20"), ("p272-19", "p272-26"), ("p272-19", "p272-28"), ("p272-20", "p272-26"),
        ("p272-20", "p272-28"), ("p272-22", "p272-32"), ("p272-26", "p272-28"), ("p272-34", "p272-41"),
        ("p272-34", "p272-43"), ("p272-34", "p272-44"), ("p272-38", "p272-39"), ("p272-38", "p272-42"),
        ("p272-38", "p272-47"), ("p272-39", "p272-42"), ("p272-39", "p272-47"), ("p272-41", "p272-43"),
        ("p272-42", "p272-47"),
    }  # fmt: skip


def test_the_two_hundred_and_seventy_third_probes_of_podcasts_withdrawal_and_porcelain() -> None:
    # 48 abstracts of news podcast recommenders, neonatal abstinence syndrome cohorts and Chinese
    # porcelain export records (two untitled), written on 7 December (sixteenth) and held out (read with
    # 061b1da): of the writer's 33 builds-on pairs 30, 2 false; of 43 shared pairs 42, 15 false:
    # "EpiGraph, the open epidemic-surveillance dashboard of the regional health agency" read as the
    # EpiGraph recommender; "the trial protocol relies on the Calgary Infant Withdrawal Index, which is
    # not used in New Zealand units". Now 30, none false, and 42, 15 false (later releases and a trial's
    # second phase, which this writer keys apart). Missed: "in 548 infants from the ANOW Cohort", the
    # CIWI-LP's user
    builds_on, shared = _loaded_pairs("other-fields-probes-273.jsonl")
    assert builds_on == {
        ("p273-02", "p273-01"), ("p273-03", "p273-01"), ("p273-05", "p273-01"), ("p273-05", "p273-03"),
        ("p273-06", "p273-03"), ("p273-07", "p273-01"), ("p273-07", "p273-06"), ("p273-08", "p273-01"),
        ("p273-08", "p273-07"), ("p273-10", "p273-07"), ("p273-10", "p273-08"), ("p273-11", "p273-06"),
        ("p273-15", "p273-07"), ("p273-15", "p273-08"), ("p273-19", "p273-17"), ("p273-23", "p273-20"),
        ("p273-24", "p273-20"), ("p273-28", "p273-23"), ("p273-30", "p273-20"), ("p273-30", "p273-23"),
        ("p273-31", "p273-20"), ("p273-34", "p273-33"), ("p273-36", "p273-33"), ("p273-38", "p273-36"),
        ("p273-41", "p273-39"), ("p273-42", "p273-33"), ("p273-42", "p273-36"), ("p273-43", "p273-42"),
        ("p273-46", "p273-36"), ("p273-46", "p273-42"),
    }  # fmt: skip
    assert shared == {
        ("p273-01", "p273-02"), ("p273-01", "p273-03"), ("p273-01", "p273-05"), ("p273-01", "p273-07"),
        ("p273-02", "p273-03"), ("p273-02", "p273-05"), ("p273-02", "p273-07"), ("p273-03", "p273-05"),
        ("p273-03", "p273-07"), ("p273-05", "p273-07"), ("p273-08", "p273-10"), ("p273-08", "p273-15"),
        ("p273-09", "p273-10"), ("p273-09", "p273-11"), ("p273-09", "p273-12"), ("p273-09", "p273-13"),
        ("p273-10", "p273-12"), ("p273-10", "p273-15"), ("p273-11", "p273-13"), ("p273-17", "p273-19"),
        ("p273-17", "p273-25"), ("p273-17", "p273-29"), ("p273-18", "p273-26"), ("p273-19", "p273-25"),
        ("p273-19", "p273-29"), ("p273-25", "p273-29"), ("p273-33", "p273-34"), ("p273-33", "p273-36"),
        ("p273-33", "p273-40"), ("p273-33", "p273-42"), ("p273-33", "p273-47"), ("p273-34", "p273-36"),
        ("p273-37", "p273-39"), ("p273-37", "p273-47"), ("p273-39", "p273-41"), ("p273-39", "p273-47"),
        ("p273-40", "p273-42"), ("p273-40", "p273-47"), ("p273-42", "p273-43"), ("p273-42", "p273-46"),
        ("p273-42", "p273-47"), ("p273-43", "p273-46"),
        # FALSE: a later release's or phase's papers with the first's users (this writer keys them
        # apart)
        ("p273-01", "p273-08"), ("p273-01", "p273-10"), ("p273-02", "p273-08"), ("p273-02", "p273-10"),
        ("p273-03", "p273-08"), ("p273-03", "p273-10"), ("p273-05", "p273-08"), ("p273-05", "p273-10"),
        ("p273-07", "p273-08"), ("p273-07", "p273-10"), ("p273-23", "p273-28"), ("p273-23", "p273-30"),
        ("p273-28", "p273-30"), ("p273-34", "p273-42"), ("p273-36", "p273-42"),
    }  # fmt: skip


def test_the_two_hundred_and_seventy_fourth_probes_of_drone_racing_glaciers_and_dialects() -> None:
    # 48 abstracts of autonomous drone racing, Bayesian models of glacier mass balance and Chinese
    # dialect atlases (two untitled), written on 7 December (sixteenth) and held out (read with 061b1da):
    # of the writer's 40 builds-on pairs 39, 1 false; of 51 shared pairs 35, 7 false: "The PRD-150 survey
    # could not serve as the reference because its fieldwork did not include migrant neighbourhoods". Now
    # 39, none false, and 35, 4 false ("the GateSight-22 recordings were released after our experiments
    # were completed, and we intend to test on them in future work"). Missed: a second release's users
    # with the first's paper (this writer counts both), the WGMS Fluctuations of Glaciers database, the
    # Linguistic Atlas of Chinese Dialects
    builds_on, shared = _loaded_pairs("other-fields-probes-274.jsonl")
    assert builds_on == {
        ("p274-02", "p274-01"), ("p274-05", "p274-03"), ("p274-06", "p274-01"), ("p274-06", "p274-05"),
        ("p274-07", "p274-05"), ("p274-08", "p274-01"), ("p274-08", "p274-05"), ("p274-09", "p274-03"),
        ("p274-11", "p274-03"), ("p274-11", "p274-05"), ("p274-11", "p274-08"), ("p274-12", "p274-08"),
        ("p274-14", "p274-01"), ("p274-15", "p274-05"), ("p274-19", "p274-18"), ("p274-22", "p274-18"),
        ("p274-22", "p274-20"), ("p274-23", "p274-18"), ("p274-24", "p274-23"), ("p274-27", "p274-20"),
        ("p274-28", "p274-18"), ("p274-28", "p274-20"), ("p274-28", "p274-27"), ("p274-29", "p274-23"),
        ("p274-29", "p274-25"), ("p274-31", "p274-18"), ("p274-32", "p274-18"), ("p274-36", "p274-34"),
        ("p274-37", "p274-34"), ("p274-40", "p274-37"), ("p274-40", "p274-39"), ("p274-41", "p274-39"),
        ("p274-42", "p274-34"), ("p274-43", "p274-41"), ("p274-46", "p274-34"), ("p274-46", "p274-37"),
        ("p274-46", "p274-42"), ("p274-47", "p274-41"), ("p274-48", "p274-37"),
    }  # fmt: skip
    assert shared == {
        ("p274-03", "p274-05"), ("p274-03", "p274-09"), ("p274-03", "p274-11"), ("p274-04", "p274-13"),
        ("p274-05", "p274-09"), ("p274-05", "p274-11"), ("p274-07", "p274-13"), ("p274-07", "p274-15"),
        ("p274-09", "p274-11"), ("p274-13", "p274-15"), ("p274-17", "p274-24"), ("p274-18", "p274-31"),
        ("p274-20", "p274-22"), ("p274-20", "p274-28"), ("p274-22", "p274-28"), ("p274-25", "p274-29"),
        ("p274-25", "p274-30"), ("p274-25", "p274-32"), ("p274-27", "p274-28"), ("p274-29", "p274-30"),
        ("p274-29", "p274-32"), ("p274-30", "p274-32"), ("p274-34", "p274-36"), ("p274-34", "p274-37"),
        ("p274-34", "p274-46"), ("p274-36", "p274-37"), ("p274-36", "p274-46"), ("p274-37", "p274-46"),
        ("p274-39", "p274-40"), ("p274-39", "p274-41"), ("p274-40", "p274-41"), ("p274-42", "p274-44"),
        ("p274-42", "p274-46"), ("p274-42", "p274-47"), ("p274-44", "p274-47"),
        # FALSE: recordings released after the experiments, to be tested in future work
        ("p274-03", "p274-04"), ("p274-04", "p274-05"), ("p274-04", "p274-09"), ("p274-04", "p274-11"),
    }  # fmt: skip


def test_the_two_hundred_and_seventy_fifth_probes_of_phylogeography_anaemia_and_calligraphy() -> None:
    # 48 abstracts of Bayesian phylogeography of viruses, maternal anaemia cohorts and Chinese
    # calligraphy digitisation (two untitled), written on 7 December (seventeenth) and held out (read
    # with bbdd424, not worked on): of the writer's 33 builds-on pairs 32, 1 false; of 30 shared pairs
    # 28, 6 false: "Some cohorts have been used to develop screening or prediction tools, for example the
    # PallorScore-5 pallor scale and the MAPLE prediction model", a scoping review's examples. Now 32,
    # none false, and 28, 6 false (a survey's fifth round with the fourth's users, and a database's
    # second release with the first's, which this writer keys apart). Missed: "the HRD model [9] in BEAST
    # v1.8.0", the International Dunhuang Project (IDP) archive
    builds_on, shared = _loaded_pairs("other-fields-probes-275.jsonl")
    assert builds_on == {
        ("p275-03", "p275-02"), ("p275-04", "p275-01"), ("p275-05", "p275-03"), ("p275-06", "p275-02"),
        ("p275-08", "p275-01"), ("p275-08", "p275-03"), ("p275-09", "p275-08"), ("p275-12", "p275-02"),
        ("p275-14", "p275-08"), ("p275-16", "p275-01"), ("p275-18", "p275-17"), ("p275-21", "p275-20"),
        ("p275-23", "p275-17"), ("p275-24", "p275-20"), ("p275-24", "p275-23"), ("p275-27", "p275-17"),
        ("p275-28", "p275-20"), ("p275-30", "p275-20"), ("p275-31", "p275-27"), ("p275-34", "p275-33"),
        ("p275-35", "p275-33"), ("p275-36", "p275-35"), ("p275-39", "p275-33"), ("p275-39", "p275-35"),
        ("p275-40", "p275-39"), ("p275-41", "p275-33"), ("p275-41", "p275-39"), ("p275-43", "p275-41"),
        ("p275-44", "p275-35"), ("p275-46", "p275-39"), ("p275-46", "p275-41"), ("p275-48", "p275-41"),
    }  # fmt: skip
    assert shared == {
        ("p275-03", "p275-05"), ("p275-03", "p275-08"), ("p275-04", "p275-09"), ("p275-05", "p275-08"),
        ("p275-06", "p275-10"), ("p275-12", "p275-14"), ("p275-17", "p275-18"), ("p275-17", "p275-23"),
        ("p275-17", "p275-27"), ("p275-18", "p275-23"), ("p275-18", "p275-27"), ("p275-23", "p275-27"),
        ("p275-25", "p275-26"), ("p275-33", "p275-34"), ("p275-33", "p275-35"), ("p275-33", "p275-39"),
        ("p275-34", "p275-35"), ("p275-34", "p275-39"), ("p275-35", "p275-39"), ("p275-39", "p275-42"),
        ("p275-39", "p275-43"), ("p275-41", "p275-43"), ("p275-41", "p275-46"), ("p275-41", "p275-48"),
        ("p275-42", "p275-43"), ("p275-43", "p275-46"), ("p275-43", "p275-48"), ("p275-46", "p275-48"),
        # FALSE: a survey's other round, a second release with the first's users (this writer keys
        # them apart)
        ("p275-25", "p275-32"), ("p275-26", "p275-32"), ("p275-33", "p275-41"), ("p275-34", "p275-41"),
        ("p275-35", "p275-41"), ("p275-39", "p275-41"),
    }  # fmt: skip


def test_the_two_hundred_and_seventy_sixth_probes_of_federated_icus_mosquitoes_and_ming_records() -> None:
    # 48 abstracts of federated learning across hospitals, malaria vector surveillance and Ming maritime
    # records (two untitled), written on 7 December (seventeenth) and held out (read with bbdd424): of
    # the writer's 37 builds-on pairs 30, none false; of 51 shared pairs 36, none false: "We developed
    # the Kibanda trap, a low-cost tent-style trap" went unread. Now 33 and 39, none false. Missed: users
    # of a later version with the first's paper (this writer counts both), "the MEON database (second
    # release, 2001-2019)" of the release another paper presents as "MEON 2001-2019", Ag1000G, CHGIS, the
    # Shunfeng xiangsong
    builds_on, shared = _loaded_pairs("other-fields-probes-276.jsonl")
    assert builds_on == {
        ("p276-02", "p276-01"), ("p276-04", "p276-03"), ("p276-07", "p276-03"), ("p276-07", "p276-05"),
        ("p276-09", "p276-03"), ("p276-10", "p276-01"), ("p276-10", "p276-05"), ("p276-12", "p276-01"),
        ("p276-12", "p276-05"), ("p276-14", "p276-03"), ("p276-14", "p276-12"), ("p276-15", "p276-06"),
        ("p276-18", "p276-17"), ("p276-20", "p276-19"), ("p276-23", "p276-19"), ("p276-23", "p276-22"),
        ("p276-26", "p276-22"), ("p276-28", "p276-17"), ("p276-29", "p276-17"), ("p276-29", "p276-19"),
        ("p276-30", "p276-17"), ("p276-32", "p276-22"), ("p276-34", "p276-33"), ("p276-39", "p276-35"),
        ("p276-40", "p276-33"), ("p276-40", "p276-35"), ("p276-41", "p276-38"), ("p276-43", "p276-33"),
        ("p276-44", "p276-43"), ("p276-45", "p276-38"), ("p276-46", "p276-35"), ("p276-48", "p276-38"),
        ("p276-48", "p276-43"),
    }  # fmt: skip
    assert shared == {
        ("p276-01", "p276-02"), ("p276-01", "p276-10"), ("p276-01", "p276-12"), ("p276-02", "p276-10"),
        ("p276-02", "p276-12"), ("p276-03", "p276-14"), ("p276-03", "p276-16"), ("p276-04", "p276-09"),
        ("p276-10", "p276-12"), ("p276-13", "p276-15"), ("p276-14", "p276-16"), ("p276-17", "p276-18"),
        ("p276-17", "p276-28"), ("p276-17", "p276-29"), ("p276-17", "p276-30"), ("p276-18", "p276-28"),
        ("p276-18", "p276-29"), ("p276-18", "p276-30"), ("p276-28", "p276-29"), ("p276-28", "p276-30"),
        ("p276-29", "p276-30"), ("p276-30", "p276-32"), ("p276-33", "p276-34"), ("p276-33", "p276-40"),
        ("p276-33", "p276-43"), ("p276-34", "p276-40"), ("p276-34", "p276-43"), ("p276-35", "p276-39"),
        ("p276-35", "p276-40"), ("p276-35", "p276-46"), ("p276-39", "p276-40"), ("p276-39", "p276-46"),
        ("p276-40", "p276-43"), ("p276-40", "p276-46"), ("p276-43", "p276-44"), ("p276-43", "p276-46"),
        ("p276-43", "p276-48"), ("p276-44", "p276-46"), ("p276-44", "p276-48"),
    }  # fmt: skip


def test_the_two_hundred_and_seventy_seventh_probes_of_potentials_kidney_registries_and_deeds() -> None:
    # 48 abstracts of machine-learned interatomic potentials, chronic kidney disease registries and Qing
    # land deeds (two untitled), written on 7 December (seventeenth) and held out (read with bbdd424): of
    # the writer's 39 builds-on pairs 35, none false; of 65 shared pairs 59, 19 false: "a model trained
    # only on Huizhou deeds", "trained on Huizhou hands", a place's name read as data; "using LinkRenal
    # v2.1" in 2015 read as LinkRenal 2.0 of 2024, which was then no introduction. Now every builds-on
    # pair and 60 shared, none false. Missed: the JSDT Renal Data Registry, USRDS, CHGIS and THDL by some
    # users
    builds_on, shared = _loaded_pairs("other-fields-probes-277.jsonl")
    assert builds_on == {
        ("p277-03", "p277-02"), ("p277-04", "p277-01"), ("p277-04", "p277-02"), ("p277-05", "p277-02"),
        ("p277-07", "p277-02"), ("p277-07", "p277-05"), ("p277-08", "p277-03"), ("p277-09", "p277-01"),
        ("p277-09", "p277-02"), ("p277-13", "p277-05"), ("p277-13", "p277-07"), ("p277-14", "p277-03"),
        ("p277-15", "p277-14"), ("p277-16", "p277-01"), ("p277-16", "p277-07"), ("p277-19", "p277-17"),
        ("p277-22", "p277-18"), ("p277-23", "p277-17"), ("p277-24", "p277-20"), ("p277-26", "p277-17"),
        ("p277-26", "p277-18"), ("p277-28", "p277-20"), ("p277-32", "p277-18"), ("p277-34", "p277-33"),
        ("p277-37", "p277-33"), ("p277-39", "p277-33"), ("p277-41", "p277-36"), ("p277-41", "p277-39"),
        ("p277-42", "p277-36"), ("p277-44", "p277-33"), ("p277-44", "p277-39"), ("p277-45", "p277-33"),
        ("p277-45", "p277-44"), ("p277-46", "p277-33"), ("p277-46", "p277-36"), ("p277-46", "p277-39"),
        ("p277-46", "p277-44"), ("p277-47", "p277-46"), ("p277-48", "p277-36"),
    }  # fmt: skip
    assert shared == {
        ("p277-01", "p277-04"), ("p277-01", "p277-09"), ("p277-01", "p277-16"), ("p277-02", "p277-07"),
        ("p277-04", "p277-09"), ("p277-04", "p277-16"), ("p277-05", "p277-07"), ("p277-05", "p277-08"),
        ("p277-05", "p277-13"), ("p277-05", "p277-14"), ("p277-05", "p277-15"), ("p277-07", "p277-13"),
        ("p277-08", "p277-14"), ("p277-08", "p277-15"), ("p277-09", "p277-16"), ("p277-14", "p277-15"),
        ("p277-17", "p277-19"), ("p277-17", "p277-23"), ("p277-17", "p277-26"), ("p277-18", "p277-22"),
        ("p277-18", "p277-26"), ("p277-18", "p277-32"), ("p277-19", "p277-23"), ("p277-19", "p277-26"),
        ("p277-22", "p277-26"), ("p277-22", "p277-32"), ("p277-23", "p277-26"), ("p277-26", "p277-32"),
        ("p277-33", "p277-34"), ("p277-33", "p277-37"), ("p277-33", "p277-39"), ("p277-33", "p277-44"),
        ("p277-33", "p277-45"), ("p277-33", "p277-46"), ("p277-34", "p277-37"), ("p277-34", "p277-39"),
        ("p277-34", "p277-44"), ("p277-34", "p277-45"), ("p277-34", "p277-46"), ("p277-35", "p277-45"),
        ("p277-36", "p277-41"), ("p277-36", "p277-42"), ("p277-36", "p277-46"), ("p277-36", "p277-48"),
        ("p277-37", "p277-39"), ("p277-37", "p277-44"), ("p277-37", "p277-45"), ("p277-37", "p277-46"),
        ("p277-39", "p277-44"), ("p277-39", "p277-45"), ("p277-39", "p277-46"), ("p277-41", "p277-42"),
        ("p277-41", "p277-46"), ("p277-41", "p277-48"), ("p277-42", "p277-46"), ("p277-42", "p277-48"),
        ("p277-44", "p277-45"), ("p277-44", "p277-46"), ("p277-45", "p277-46"), ("p277-46", "p277-48"),
    }  # fmt: skip


def test_the_two_hundred_and_seventy_eighth_probes_of_materials_optimisation_tb_contacts_and_opera() -> None:
    # 48 abstracts of Bayesian optimisation for materials, tuberculosis contact tracing and Chinese opera
    # recordings (two untitled), written on 7 December (seventeenth) and held out (read with ad0e2f4, not
    # worked on): of the writer's 34 builds-on pairs 32, 1 false; of 51 shared pairs 39, 6 false:
    # "Vickers hardness (HV0.5) is reported as the mean of ten indents" read as presenting Vickers; a
    # trial named in its title ("...(DOORSTEP): a pragmatic cluster-randomised trial") and "LOD v1.2
    # [12]" went unread. Now every builds-on pair, none false, and 39, 6 false (a benchmark's users, whom
    # this writer counts as no data's). Missed: CoRE MOF 2019, SINAN, Ni-kshay, TBIMS, the jingju a
    # cappella singing dataset
    builds_on, shared = _loaded_pairs("other-fields-probes-278.jsonl")
    assert builds_on == {
        ("p278-03", "p278-01"), ("p278-03", "p278-02"), ("p278-06", "p278-01"), ("p278-06", "p278-02"),
        ("p278-07", "p278-01"), ("p278-07", "p278-04"), ("p278-08", "p278-04"), ("p278-10", "p278-01"),
        ("p278-10", "p278-06"), ("p278-12", "p278-02"), ("p278-14", "p278-01"), ("p278-14", "p278-02"),
        ("p278-15", "p278-06"), ("p278-16", "p278-06"), ("p278-19", "p278-17"), ("p278-20", "p278-17"),
        ("p278-24", "p278-19"), ("p278-25", "p278-19"), ("p278-26", "p278-22"), ("p278-30", "p278-22"),
        ("p278-30", "p278-25"), ("p278-32", "p278-17"), ("p278-32", "p278-19"), ("p278-35", "p278-33"),
        ("p278-36", "p278-33"), ("p278-39", "p278-33"), ("p278-39", "p278-35"), ("p278-39", "p278-37"),
        ("p278-41", "p278-33"), ("p278-41", "p278-35"), ("p278-43", "p278-37"), ("p278-45", "p278-37"),
        ("p278-46", "p278-35"), ("p278-47", "p278-37"),
    }  # fmt: skip
    assert shared == {
        ("p278-01", "p278-05"), ("p278-01", "p278-16"), ("p278-02", "p278-03"), ("p278-02", "p278-06"),
        ("p278-02", "p278-12"), ("p278-02", "p278-14"), ("p278-03", "p278-06"), ("p278-03", "p278-12"),
        ("p278-03", "p278-14"), ("p278-05", "p278-16"), ("p278-06", "p278-12"), ("p278-06", "p278-14"),
        ("p278-12", "p278-14"), ("p278-17", "p278-19"), ("p278-17", "p278-20"), ("p278-17", "p278-32"),
        ("p278-19", "p278-20"), ("p278-19", "p278-32"), ("p278-20", "p278-32"), ("p278-33", "p278-35"),
        ("p278-33", "p278-36"), ("p278-33", "p278-39"), ("p278-33", "p278-41"), ("p278-34", "p278-35"),
        ("p278-34", "p278-37"), ("p278-34", "p278-43"), ("p278-34", "p278-47"), ("p278-35", "p278-36"),
        ("p278-35", "p278-37"), ("p278-35", "p278-39"), ("p278-35", "p278-41"), ("p278-35", "p278-43"),
        ("p278-35", "p278-47"), ("p278-36", "p278-39"), ("p278-36", "p278-41"), ("p278-37", "p278-43"),
        ("p278-37", "p278-47"), ("p278-39", "p278-41"), ("p278-43", "p278-47"),
        # FALSE: a benchmark's users (this writer counts benchmarks as no data)
        ("p278-06", "p278-10"), ("p278-06", "p278-15"), ("p278-06", "p278-16"), ("p278-10", "p278-15"),
        ("p278-10", "p278-16"), ("p278-15", "p278-16"),
    }  # fmt: skip


def test_the_two_hundred_and_seventy_ninth_probes_of_speech_emotion_dengue_and_song_maps() -> None:
    # 48 abstracts of speech emotion recognition, dengue serosurveys and Song dynasty maps (two
    # untitled), written on 7 December (seventeenth) and held out (read with ad0e2f4): of the writer's 36
    # builds-on pairs 34, 1 false; of 55 shared pairs 38, 6 false: "3D documentation of the kind
    # represented by StoneMap-3D", a review's example. Now 34, none false, and 38, 3 false: a review's
    # "Reported unweighted average recall on the same four-class IEMOCAP task varied by up to 14 points".
    # Missed: a meta-analysis's "including the publicly released data of the Colombo Urban Dengue
    # Serosurvey", the second release of a GDSC the lexicon holds as another thing, CHGIS
    builds_on, shared = _loaded_pairs("other-fields-probes-279.jsonl")
    assert builds_on == {
        ("p279-04", "p279-02"), ("p279-07", "p279-05"), ("p279-08", "p279-02"), ("p279-08", "p279-05"),
        ("p279-09", "p279-05"), ("p279-10", "p279-02"), ("p279-10", "p279-05"), ("p279-11", "p279-05"),
        ("p279-11", "p279-08"), ("p279-12", "p279-05"), ("p279-15", "p279-05"), ("p279-16", "p279-05"),
        ("p279-16", "p279-08"), ("p279-16", "p279-12"), ("p279-20", "p279-18"), ("p279-21", "p279-20"),
        ("p279-24", "p279-20"), ("p279-24", "p279-22"), ("p279-26", "p279-20"), ("p279-27", "p279-26"),
        ("p279-28", "p279-22"), ("p279-31", "p279-20"), ("p279-32", "p279-26"), ("p279-32", "p279-31"),
        ("p279-35", "p279-34"), ("p279-41", "p279-37"), ("p279-41", "p279-40"), ("p279-42", "p279-34"),
        ("p279-44", "p279-34"), ("p279-45", "p279-37"), ("p279-45", "p279-40"), ("p279-47", "p279-34"),
        ("p279-47", "p279-44"), ("p279-48", "p279-37"),
    }  # fmt: skip
    assert shared == {
        ("p279-01", "p279-03"), ("p279-01", "p279-12"), ("p279-02", "p279-04"), ("p279-02", "p279-08"),
        ("p279-02", "p279-10"), ("p279-03", "p279-09"), ("p279-03", "p279-12"), ("p279-03", "p279-13"),
        ("p279-04", "p279-08"), ("p279-04", "p279-10"), ("p279-05", "p279-07"), ("p279-05", "p279-12"),
        ("p279-07", "p279-12"), ("p279-08", "p279-10"), ("p279-08", "p279-11"), ("p279-08", "p279-16"),
        ("p279-09", "p279-13"), ("p279-11", "p279-16"), ("p279-17", "p279-22"), ("p279-26", "p279-27"),
        ("p279-26", "p279-32"), ("p279-27", "p279-32"), ("p279-34", "p279-35"), ("p279-34", "p279-42"),
        ("p279-34", "p279-44"), ("p279-34", "p279-47"), ("p279-35", "p279-42"), ("p279-35", "p279-44"),
        ("p279-35", "p279-47"), ("p279-36", "p279-42"), ("p279-36", "p279-43"), ("p279-40", "p279-41"),
        ("p279-40", "p279-45"), ("p279-41", "p279-45"), ("p279-42", "p279-43"), ("p279-42", "p279-44"),
        ("p279-42", "p279-47"), ("p279-44", "p279-47"),
        # FALSE: a review's account of the results others reported on IEMOCAP
        ("p279-03", "p279-14"), ("p279-09", "p279-14"), ("p279-13", "p279-14"),
    }  # fmt: skip


def test_the_two_hundred_and_eightieth_probes_of_causal_discovery_stroke_and_woodblocks() -> None:
    # 48 abstracts of causal discovery for time series, stroke rehabilitation trials and Japanese
    # woodblock prints (two untitled), written on 7 December (seventeenth) and held out (read with
    # ad0e2f4): of the writer's 34 builds-on pairs 32, none false; of 25 shared pairs 13, 2 false: "Motor
    # Recovery after Stroke (MoRSe): design and baseline characteristics of a prospective inception
    # cohort" and "We present KIWAME (...), a relational database and image reference collection of 3,412
    # seal impressions" went unread as data. Now every builds-on pair and 19 shared, 2 false (a second
    # trial with the first's users, which this writer keys apart). Missed: NetSim, DREAM4, Riksstroke,
    # the Spaulding Collection, the ARC Ukiyo-e Database
    builds_on, shared = _loaded_pairs("other-fields-probes-280.jsonl")
    assert builds_on == {
        ("p280-02", "p280-01"), ("p280-05", "p280-01"), ("p280-06", "p280-01"), ("p280-06", "p280-05"),
        ("p280-07", "p280-03"), ("p280-10", "p280-03"), ("p280-11", "p280-01"), ("p280-11", "p280-05"),
        ("p280-13", "p280-11"), ("p280-14", "p280-01"), ("p280-14", "p280-11"), ("p280-16", "p280-01"),
        ("p280-16", "p280-05"), ("p280-16", "p280-10"), ("p280-20", "p280-17"), ("p280-21", "p280-19"),
        ("p280-25", "p280-24"), ("p280-26", "p280-19"), ("p280-26", "p280-22"), ("p280-28", "p280-17"),
        ("p280-28", "p280-19"), ("p280-30", "p280-24"), ("p280-32", "p280-19"), ("p280-32", "p280-22"),
        ("p280-34", "p280-33"), ("p280-38", "p280-33"), ("p280-38", "p280-36"), ("p280-41", "p280-39"),
        ("p280-43", "p280-33"), ("p280-43", "p280-39"), ("p280-44", "p280-36"), ("p280-46", "p280-39"),
        ("p280-48", "p280-36"), ("p280-48", "p280-39"),
    }  # fmt: skip
    assert shared == {
        ("p280-05", "p280-06"), ("p280-05", "p280-11"), ("p280-05", "p280-16"), ("p280-06", "p280-11"),
        ("p280-06", "p280-16"), ("p280-07", "p280-10"), ("p280-11", "p280-16"), ("p280-13", "p280-15"),
        ("p280-17", "p280-20"), ("p280-17", "p280-28"), ("p280-20", "p280-28"), ("p280-24", "p280-25"),
        ("p280-33", "p280-34"), ("p280-33", "p280-38"), ("p280-33", "p280-43"), ("p280-34", "p280-38"),
        ("p280-34", "p280-43"), ("p280-38", "p280-43"), ("p280-41", "p280-45"),
        # FALSE: a second trial with the first's users (this writer keys them apart)
        ("p280-24", "p280-30"), ("p280-25", "p280-30"),
    }  # fmt: skip


def test_the_two_hundred_and_eighty_first_probes_of_molecule_gnns_overdoses_and_bronzes() -> None:
    # 48 abstracts of graph neural networks for molecules, opioid overdose surveillance and Chinese
    # bronze inscriptions (two untitled), written on 7 December (seventeenth) and held out (read with
    # e092a5f, not worked on): of the writer's 36 builds-on pairs 35, none false; of 55 shared pairs 40,
    # none false: "We introduce BRIC-5k (Bronze Rubbing Image Collection)" gave no long form its users
    # write. Now 35 and 42, none false. Missed: "extracted with the Substance Literal-text Annotation and
    # Term Extraction tool" (SLATE, also a study's name), NVSS, NSSP ESSENCE, NEMSIS, AqSolDB, the
    # Jicheng
    builds_on, shared = _loaded_pairs("other-fields-probes-281.jsonl")
    assert builds_on == {
        ("p281-02", "p281-01"), ("p281-03", "p281-01"), ("p281-05", "p281-01"), ("p281-05", "p281-03"),
        ("p281-06", "p281-01"), ("p281-06", "p281-03"), ("p281-08", "p281-06"), ("p281-09", "p281-01"),
        ("p281-09", "p281-03"), ("p281-09", "p281-06"), ("p281-12", "p281-09"), ("p281-14", "p281-06"),
        ("p281-14", "p281-09"), ("p281-15", "p281-01"), ("p281-16", "p281-09"), ("p281-18", "p281-17"),
        ("p281-21", "p281-19"), ("p281-24", "p281-17"), ("p281-26", "p281-22"), ("p281-27", "p281-17"),
        ("p281-27", "p281-19"), ("p281-28", "p281-19"), ("p281-28", "p281-27"), ("p281-30", "p281-22"),
        ("p281-34", "p281-33"), ("p281-36", "p281-33"), ("p281-38", "p281-36"), ("p281-40", "p281-36"),
        ("p281-41", "p281-33"), ("p281-42", "p281-39"), ("p281-43", "p281-42"), ("p281-47", "p281-36"),
        ("p281-47", "p281-42"), ("p281-48", "p281-33"), ("p281-48", "p281-41"),
    }  # fmt: skip
    assert shared == {
        ("p281-01", "p281-09"), ("p281-01", "p281-16"), ("p281-02", "p281-06"), ("p281-03", "p281-05"),
        ("p281-03", "p281-06"), ("p281-03", "p281-09"), ("p281-04", "p281-10"), ("p281-05", "p281-06"),
        ("p281-05", "p281-09"), ("p281-06", "p281-08"), ("p281-06", "p281-09"), ("p281-06", "p281-14"),
        ("p281-08", "p281-09"), ("p281-08", "p281-14"), ("p281-09", "p281-14"), ("p281-09", "p281-16"),
        ("p281-19", "p281-21"), ("p281-19", "p281-27"), ("p281-19", "p281-28"), ("p281-21", "p281-27"),
        ("p281-21", "p281-28"), ("p281-27", "p281-28"), ("p281-31", "p281-32"), ("p281-33", "p281-34"),
        ("p281-33", "p281-36"), ("p281-33", "p281-41"), ("p281-33", "p281-48"), ("p281-34", "p281-36"),
        ("p281-34", "p281-41"), ("p281-34", "p281-48"), ("p281-35", "p281-38"), ("p281-35", "p281-40"),
        ("p281-35", "p281-41"), ("p281-36", "p281-41"), ("p281-36", "p281-48"), ("p281-38", "p281-40"),
        ("p281-38", "p281-41"), ("p281-40", "p281-41"), ("p281-41", "p281-48"), ("p281-42", "p281-43"),
        ("p281-42", "p281-47"), ("p281-43", "p281-47"),
    }  # fmt: skip


def test_the_two_hundred_and_eighty_second_probes_of_fisheries_vaccination_surveys_and_cave_murals() -> None:
    # 48 abstracts of Bayesian hierarchical models of fisheries, childhood vaccination coverage surveys
    # and Buddhist cave temple murals (two untitled), written on 7 December (seventeenth) and held out
    # (read with e092a5f): of the writer's 37 builds-on pairs every one, none false; of 51 shared pairs
    # 40, none false. Missed: the Myers stock-recruitment database, the 1994 SNA 1 tagging programme, the
    # Nigeria DHS, WorldPop, WUENIC
    builds_on, shared = _loaded_pairs("other-fields-probes-282.jsonl")
    assert builds_on == {
        ("p282-02", "p282-01"), ("p282-03", "p282-02"), ("p282-06", "p282-01"), ("p282-06", "p282-02"),
        ("p282-08", "p282-05"), ("p282-09", "p282-05"), ("p282-10", "p282-01"), ("p282-11", "p282-02"),
        ("p282-13", "p282-05"), ("p282-13", "p282-08"), ("p282-13", "p282-10"), ("p282-15", "p282-01"),
        ("p282-15", "p282-02"), ("p282-15", "p282-10"), ("p282-16", "p282-01"), ("p282-16", "p282-15"),
        ("p282-19", "p282-17"), ("p282-19", "p282-18"), ("p282-21", "p282-17"), ("p282-23", "p282-22"),
        ("p282-26", "p282-18"), ("p282-26", "p282-24"), ("p282-27", "p282-24"), ("p282-30", "p282-22"),
        ("p282-31", "p282-22"), ("p282-31", "p282-30"), ("p282-34", "p282-33"), ("p282-35", "p282-33"),
        ("p282-37", "p282-35"), ("p282-40", "p282-38"), ("p282-42", "p282-33"), ("p282-42", "p282-35"),
        ("p282-43", "p282-33"), ("p282-45", "p282-33"), ("p282-45", "p282-43"), ("p282-46", "p282-38"),
        ("p282-48", "p282-35"),
    }  # fmt: skip
    assert shared == {
        ("p282-02", "p282-03"), ("p282-02", "p282-06"), ("p282-02", "p282-11"), ("p282-02", "p282-15"),
        ("p282-03", "p282-06"), ("p282-03", "p282-11"), ("p282-03", "p282-15"), ("p282-06", "p282-11"),
        ("p282-06", "p282-15"), ("p282-10", "p282-11"), ("p282-10", "p282-16"), ("p282-11", "p282-15"),
        ("p282-11", "p282-16"), ("p282-18", "p282-19"), ("p282-18", "p282-26"), ("p282-19", "p282-26"),
        ("p282-33", "p282-34"), ("p282-33", "p282-35"), ("p282-33", "p282-42"), ("p282-33", "p282-43"),
        ("p282-33", "p282-45"), ("p282-34", "p282-35"), ("p282-34", "p282-42"), ("p282-34", "p282-43"),
        ("p282-34", "p282-45"), ("p282-35", "p282-42"), ("p282-35", "p282-43"), ("p282-35", "p282-45"),
        ("p282-36", "p282-44"), ("p282-36", "p282-45"), ("p282-38", "p282-40"), ("p282-38", "p282-46"),
        ("p282-39", "p282-46"), ("p282-39", "p282-48"), ("p282-40", "p282-46"), ("p282-42", "p282-43"),
        ("p282-42", "p282-45"), ("p282-43", "p282-45"), ("p282-44", "p282-45"), ("p282-46", "p282-48"),
    }  # fmt: skip


def test_the_two_hundred_and_eighty_third_probes_of_code_benchmarks_diabetes_and_gazetteers() -> None:
    # 48 abstracts of LLM code generation benchmarks, gestational diabetes cohorts and Chinese gazetteers
    # (two untitled), written on 7 December (seventeenth) and held out (read with e092a5f): of the
    # writer's 36 builds-on pairs 33, none false; of 63 shared pairs 51, 1 false: "Design and baseline
    # characteristics of the Jiangnan Birth and Glucose Study: a prospective pregnancy cohort" went
    # unread. Now 35, none false, and 51, 1 false: "hierarchical advantage policy optimisation (HAPO;
    # Zhou et al., ...)", an algorithm, with the HAPO Study's users. Missed: "We extend the SEA algorithm
    # [4]" (SEA also Southeast Asia), the HAPO Study by the paper spelling it out, CHGIS, Born in
    # Bradford, the Zhongguo difangzhi jicheng
    builds_on, shared = _loaded_pairs("other-fields-probes-283.jsonl")
    assert builds_on == {
        ("p283-03", "p283-02"), ("p283-04", "p283-03"), ("p283-05", "p283-01"), ("p283-05", "p283-02"),
        ("p283-06", "p283-03"), ("p283-07", "p283-01"), ("p283-07", "p283-02"), ("p283-08", "p283-04"),
        ("p283-09", "p283-03"), ("p283-09", "p283-04"), ("p283-12", "p283-02"), ("p283-14", "p283-01"),
        ("p283-14", "p283-07"), ("p283-16", "p283-02"), ("p283-16", "p283-04"), ("p283-18", "p283-17"),
        ("p283-20", "p283-17"), ("p283-22", "p283-21"), ("p283-23", "p283-20"), ("p283-23", "p283-21"),
        ("p283-25", "p283-24"), ("p283-28", "p283-21"), ("p283-31", "p283-17"), ("p283-31", "p283-20"),
        ("p283-34", "p283-33"), ("p283-36", "p283-35"), ("p283-38", "p283-35"), ("p283-39", "p283-38"),
        ("p283-40", "p283-38"), ("p283-41", "p283-33"), ("p283-44", "p283-33"), ("p283-44", "p283-41"),
        ("p283-46", "p283-35"), ("p283-48", "p283-38"), ("p283-48", "p283-40"),
    }  # fmt: skip
    assert shared == {
        ("p283-01", "p283-05"), ("p283-01", "p283-07"), ("p283-01", "p283-14"), ("p283-02", "p283-04"),
        ("p283-02", "p283-08"), ("p283-02", "p283-10"), ("p283-02", "p283-13"), ("p283-03", "p283-04"),
        ("p283-03", "p283-06"), ("p283-03", "p283-09"), ("p283-04", "p283-06"), ("p283-04", "p283-08"),
        ("p283-04", "p283-09"), ("p283-04", "p283-10"), ("p283-04", "p283-13"), ("p283-05", "p283-07"),
        ("p283-05", "p283-14"), ("p283-06", "p283-09"), ("p283-07", "p283-14"), ("p283-08", "p283-10"),
        ("p283-08", "p283-13"), ("p283-10", "p283-13"), ("p283-17", "p283-18"), ("p283-17", "p283-20"),
        ("p283-17", "p283-31"), ("p283-18", "p283-20"), ("p283-18", "p283-31"), ("p283-20", "p283-31"),
        ("p283-21", "p283-22"), ("p283-21", "p283-23"), ("p283-21", "p283-28"), ("p283-22", "p283-23"),
        ("p283-22", "p283-28"), ("p283-23", "p283-28"), ("p283-24", "p283-25"), ("p283-26", "p283-32"),
        ("p283-33", "p283-34"), ("p283-33", "p283-41"), ("p283-33", "p283-44"), ("p283-34", "p283-41"),
        ("p283-34", "p283-44"), ("p283-35", "p283-36"), ("p283-35", "p283-46"), ("p283-36", "p283-46"),
        ("p283-38", "p283-39"), ("p283-38", "p283-40"), ("p283-38", "p283-48"), ("p283-39", "p283-40"),
        ("p283-39", "p283-48"), ("p283-40", "p283-48"), ("p283-41", "p283-44"),
        # FALSE: an algorithm HAPO, spelt out as one, with the HAPO Study's users
        ("p283-12", "p283-27"),
    }  # fmt: skip


def test_the_two_hundred_and_eighty_fourth_probes_of_wildfire_depression_and_imprints() -> None:
    # 48 abstracts of wildfire spread models, adolescent depression screening and Jianyang woodblock
    # imprints (two untitled), written on 7 December (seventeenth) and held out (read with 1ddc318, not
    # worked on): of the writer's 34 builds-on pairs 32, 2 false; of 48 shared pairs 37, 3 false: "This
    # essay surveys the field and asks ...", then "We distinguish four families of work: ..., exemplified
    # by tools such as CrackSeq". Now 32 and 37, none false. Missed: "the eight-item AMS-8" (AMS also
    # automatic weather stations), KINDLE 2.0's users with KINDLE's paper, EFFIS, MTBS, VIIRS
    builds_on, shared = _loaded_pairs("other-fields-probes-284.jsonl")
    assert builds_on == {
        ("p284-04", "p284-01"), ("p284-04", "p284-03"), ("p284-06", "p284-01"), ("p284-08", "p284-01"),
        ("p284-08", "p284-07"), ("p284-09", "p284-01"), ("p284-10", "p284-03"), ("p284-11", "p284-03"),
        ("p284-12", "p284-01"), ("p284-12", "p284-11"), ("p284-13", "p284-07"), ("p284-15", "p284-01"),
        ("p284-20", "p284-18"), ("p284-21", "p284-18"), ("p284-22", "p284-20"), ("p284-25", "p284-18"),
        ("p284-25", "p284-20"), ("p284-26", "p284-24"), ("p284-29", "p284-24"), ("p284-30", "p284-18"),
        ("p284-30", "p284-20"), ("p284-31", "p284-29"), ("p284-35", "p284-34"), ("p284-38", "p284-37"),
        ("p284-39", "p284-34"), ("p284-42", "p284-34"), ("p284-42", "p284-37"), ("p284-43", "p284-41"),
        ("p284-44", "p284-34"), ("p284-45", "p284-34"), ("p284-45", "p284-44"), ("p284-47", "p284-41"),
    }  # fmt: skip
    assert shared == {
        ("p284-03", "p284-04"), ("p284-03", "p284-10"), ("p284-03", "p284-12"), ("p284-04", "p284-10"),
        ("p284-04", "p284-12"), ("p284-10", "p284-12"), ("p284-11", "p284-12"), ("p284-20", "p284-22"),
        ("p284-20", "p284-25"), ("p284-20", "p284-30"), ("p284-22", "p284-25"), ("p284-22", "p284-30"),
        ("p284-24", "p284-27"), ("p284-25", "p284-30"), ("p284-29", "p284-31"), ("p284-34", "p284-35"),
        ("p284-34", "p284-39"), ("p284-34", "p284-42"), ("p284-34", "p284-44"), ("p284-34", "p284-45"),
        ("p284-35", "p284-39"), ("p284-35", "p284-42"), ("p284-35", "p284-44"), ("p284-35", "p284-45"),
        ("p284-36", "p284-39"), ("p284-36", "p284-44"), ("p284-36", "p284-45"), ("p284-38", "p284-41"),
        ("p284-39", "p284-42"), ("p284-39", "p284-44"), ("p284-39", "p284-45"), ("p284-41", "p284-43"),
        ("p284-41", "p284-47"), ("p284-42", "p284-44"), ("p284-42", "p284-45"), ("p284-43", "p284-47"),
        ("p284-44", "p284-45"),
    }  # fmt: skip


def test_the_two_hundred_and_eighty_fifth_probes_of_grasping_datasets_resistance_and_radiocarbon() -> None:
    # 48 abstracts of robot grasping datasets, antimicrobial resistance surveillance and Bayesian
    # radiocarbon chronologies (two untitled), written on 7 December (seventeenth) and held out (read
    # with 1ddc318): of the writer's 34 builds-on pairs every one, 1 false; of 59 shared pairs 25, none
    # false: "The Nordic Radiocarbon Archaeological Dates database (NRAD): a quality-assessed
    # compilation" read as a method; "the absence of a national compilation equivalent to NRAD". Now
    # every builds-on pair, none false, and 34 shared, none false. Missed: the IntCal curves, TRACE-AMR,
    # EARS-Net, GLASS, the YCB Object and Model Set
    builds_on, shared = _loaded_pairs("other-fields-probes-285.jsonl")
    assert builds_on == {
        ("p285-02", "p285-01"), ("p285-03", "p285-01"), ("p285-04", "p285-03"), ("p285-06", "p285-03"),
        ("p285-08", "p285-01"), ("p285-08", "p285-06"), ("p285-10", "p285-01"), ("p285-11", "p285-06"),
        ("p285-11", "p285-10"), ("p285-13", "p285-03"), ("p285-15", "p285-04"), ("p285-15", "p285-10"),
        ("p285-16", "p285-06"), ("p285-16", "p285-10"), ("p285-18", "p285-17"), ("p285-21", "p285-17"),
        ("p285-21", "p285-20"), ("p285-23", "p285-20"), ("p285-25", "p285-24"), ("p285-27", "p285-24"),
        ("p285-28", "p285-20"), ("p285-29", "p285-28"), ("p285-31", "p285-17"), ("p285-31", "p285-28"),
        ("p285-34", "p285-33"), ("p285-37", "p285-36"), ("p285-39", "p285-33"), ("p285-40", "p285-39"),
        ("p285-41", "p285-36"), ("p285-43", "p285-33"), ("p285-45", "p285-43"), ("p285-46", "p285-36"),
        ("p285-47", "p285-39"), ("p285-47", "p285-43"),
    }  # fmt: skip
    assert shared == {
        ("p285-01", "p285-02"), ("p285-01", "p285-03"), ("p285-01", "p285-08"), ("p285-01", "p285-10"),
        ("p285-02", "p285-03"), ("p285-02", "p285-08"), ("p285-02", "p285-10"), ("p285-02", "p285-13"),
        ("p285-03", "p285-08"), ("p285-03", "p285-10"), ("p285-03", "p285-13"), ("p285-08", "p285-10"),
        ("p285-10", "p285-11"), ("p285-10", "p285-15"), ("p285-10", "p285-16"), ("p285-11", "p285-15"),
        ("p285-11", "p285-16"), ("p285-12", "p285-13"), ("p285-15", "p285-16"), ("p285-22", "p285-23"),
        ("p285-22", "p285-24"), ("p285-22", "p285-25"), ("p285-23", "p285-24"), ("p285-23", "p285-25"),
        ("p285-24", "p285-25"), ("p285-33", "p285-34"), ("p285-33", "p285-39"), ("p285-33", "p285-43"),
        ("p285-34", "p285-39"), ("p285-34", "p285-43"), ("p285-39", "p285-43"), ("p285-43", "p285-45"),
        ("p285-43", "p285-47"), ("p285-45", "p285-47"),
    }  # fmt: skip


def test_the_two_hundred_and_eighty_sixth_probes_of_table_qa_hip_fractures_and_tang_poetry() -> None:
    # 48 abstracts of question answering over tables, hip fracture registries and Tang poetry corpora
    # (two untitled), written on 7 December (seventeenth) and held out (read with 1ddc318): of the
    # writer's 35 builds-on pairs 34, 2 false; of 59 shared pairs 51, 10 false: "TQA-Robust-12, for
    # instance, was reported to alter the correct answer"; a review's "We illustrate the category of
    # annotated corpora with TangMeter-5K" and "from full-text databases of the Quan Tangshi to
    # prosodically annotated corpora". Now 34 and 51, none false. Missed: "matching its lines against the
    # CCI lexicon" (CCI also the Charlson index), HybridQA, TAT-QA
    builds_on, shared = _loaded_pairs("other-fields-probes-286.jsonl")
    assert builds_on == {
        ("p286-02", "p286-01"), ("p286-03", "p286-02"), ("p286-06", "p286-02"), ("p286-06", "p286-03"),
        ("p286-07", "p286-01"), ("p286-07", "p286-02"), ("p286-08", "p286-01"), ("p286-08", "p286-07"),
        ("p286-10", "p286-02"), ("p286-12", "p286-07"), ("p286-14", "p286-01"), ("p286-14", "p286-03"),
        ("p286-16", "p286-07"), ("p286-20", "p286-17"), ("p286-20", "p286-18"), ("p286-22", "p286-19"),
        ("p286-24", "p286-18"), ("p286-26", "p286-19"), ("p286-26", "p286-24"), ("p286-28", "p286-17"),
        ("p286-30", "p286-24"), ("p286-32", "p286-24"), ("p286-34", "p286-33"), ("p286-35", "p286-33"),
        ("p286-38", "p286-35"), ("p286-40", "p286-33"), ("p286-40", "p286-35"), ("p286-41", "p286-37"),
        ("p286-43", "p286-35"), ("p286-43", "p286-40"), ("p286-45", "p286-40"), ("p286-46", "p286-33"),
        ("p286-47", "p286-35"), ("p286-48", "p286-35"),
    }  # fmt: skip
    assert shared == {
        ("p286-01", "p286-02"), ("p286-01", "p286-07"), ("p286-01", "p286-08"), ("p286-01", "p286-14"),
        ("p286-02", "p286-03"), ("p286-02", "p286-07"), ("p286-02", "p286-08"), ("p286-02", "p286-09"),
        ("p286-02", "p286-14"), ("p286-02", "p286-15"), ("p286-03", "p286-05"), ("p286-03", "p286-06"),
        ("p286-03", "p286-09"), ("p286-03", "p286-11"), ("p286-03", "p286-14"), ("p286-03", "p286-15"),
        ("p286-05", "p286-11"), ("p286-06", "p286-14"), ("p286-07", "p286-08"), ("p286-07", "p286-14"),
        ("p286-08", "p286-14"), ("p286-09", "p286-15"), ("p286-17", "p286-20"), ("p286-17", "p286-28"),
        ("p286-18", "p286-24"), ("p286-19", "p286-26"), ("p286-20", "p286-28"), ("p286-21", "p286-30"),
        ("p286-22", "p286-32"), ("p286-33", "p286-34"), ("p286-33", "p286-35"), ("p286-33", "p286-38"),
        ("p286-33", "p286-39"), ("p286-33", "p286-40"), ("p286-33", "p286-46"), ("p286-33", "p286-48"),
        ("p286-34", "p286-35"), ("p286-34", "p286-40"), ("p286-34", "p286-46"), ("p286-35", "p286-40"),
        ("p286-35", "p286-46"), ("p286-38", "p286-39"), ("p286-38", "p286-40"), ("p286-38", "p286-48"),
        ("p286-39", "p286-40"), ("p286-39", "p286-48"), ("p286-40", "p286-43"), ("p286-40", "p286-45"),
        ("p286-40", "p286-46"), ("p286-40", "p286-48"), ("p286-43", "p286-45"),
    }  # fmt: skip


def test_the_two_hundred_and_eighty_seventh_probes_of_recommender_fairness_sickle_cell_and_steles() -> None:
    # 48 abstracts of recommender system fairness, sickle cell disease registries and Buddhist stele
    # inscriptions (two untitled), written on 7 December (seventeenth) and held out (read with 02bf75d,
    # not worked on): of the writer's 33 builds-on pairs every one, 1 false; of 48 shared pairs 43, 38
    # false: "a digital corpus of 2,847 dated inscriptions from the Northern Wei, Eastern and Western
    # Wei, Northern Qi and Northern Zhou (386-581)", dynasties read as data; "Canonical text databases,
    # above all CBETA"; "linkage tools ..., such as HemoTrace, were unnecessary here". Now every builds-
    # on pair and 40 shared, none false. Missed: MovieLens-1M and LastFM-1K by one user, the Beijing
    # Library rubbings compendium
    builds_on, shared = _loaded_pairs("other-fields-probes-287.jsonl")
    assert builds_on == {
        ("p287-03", "p287-01"), ("p287-04", "p287-01"), ("p287-06", "p287-01"), ("p287-06", "p287-03"),
        ("p287-07", "p287-03"), ("p287-09", "p287-01"), ("p287-09", "p287-03"), ("p287-09", "p287-06"),
        ("p287-11", "p287-06"), ("p287-11", "p287-09"), ("p287-13", "p287-11"), ("p287-14", "p287-03"),
        ("p287-14", "p287-09"), ("p287-15", "p287-11"), ("p287-19", "p287-17"), ("p287-20", "p287-17"),
        ("p287-23", "p287-19"), ("p287-25", "p287-21"), ("p287-27", "p287-19"), ("p287-27", "p287-23"),
        ("p287-28", "p287-17"), ("p287-30", "p287-27"), ("p287-31", "p287-21"), ("p287-35", "p287-33"),
        ("p287-37", "p287-33"), ("p287-39", "p287-37"), ("p287-41", "p287-38"), ("p287-42", "p287-33"),
        ("p287-44", "p287-33"), ("p287-44", "p287-37"), ("p287-44", "p287-38"), ("p287-45", "p287-44"),
        ("p287-47", "p287-44"),
    }  # fmt: skip
    assert shared == {
        ("p287-01", "p287-03"), ("p287-01", "p287-04"), ("p287-01", "p287-06"), ("p287-01", "p287-09"),
        ("p287-03", "p287-04"), ("p287-03", "p287-06"), ("p287-03", "p287-09"), ("p287-04", "p287-06"),
        ("p287-04", "p287-09"), ("p287-06", "p287-09"), ("p287-09", "p287-11"), ("p287-09", "p287-14"),
        ("p287-10", "p287-13"), ("p287-11", "p287-14"), ("p287-17", "p287-19"), ("p287-17", "p287-20"),
        ("p287-17", "p287-28"), ("p287-18", "p287-28"), ("p287-19", "p287-20"), ("p287-19", "p287-28"),
        ("p287-20", "p287-28"), ("p287-21", "p287-25"), ("p287-21", "p287-31"), ("p287-25", "p287-31"),
        ("p287-33", "p287-35"), ("p287-33", "p287-37"), ("p287-33", "p287-42"), ("p287-33", "p287-44"),
        ("p287-34", "p287-42"), ("p287-34", "p287-45"), ("p287-35", "p287-37"), ("p287-35", "p287-42"),
        ("p287-35", "p287-44"), ("p287-37", "p287-42"), ("p287-37", "p287-44"), ("p287-38", "p287-41"),
        ("p287-38", "p287-44"), ("p287-41", "p287-44"), ("p287-42", "p287-44"), ("p287-42", "p287-45"),
    }  # fmt: skip


def test_the_two_hundred_and_eighty_eighth_probes_of_phase_picking_haemorrhage_trials_and_memorials() -> None:
    # 48 abstracts of seismic phase picking, postpartum haemorrhage trials and Qing court memorials (two
    # untitled), written on 7 December (seventeenth) and held out (read with 02bf75d): of the writer's 36
    # builds-on pairs 34, 2 false; of 49 shared pairs 40, 1 false: "should be examined with individual
    # data from the TAPIR trial once they are released". Now 34, 1 false, and 39, none false. Left false:
    # "QuantiDrape 2 drapes", read as the first QuantiDrape and a count of drapes. Missed: "Using ZhuPi
    # v2.1", the National Inpatient Sample, CHGIS
    builds_on, shared = _loaded_pairs("other-fields-probes-288.jsonl")
    assert builds_on == {
        ("p288-02", "p288-01"), ("p288-05", "p288-01"), ("p288-05", "p288-04"), ("p288-06", "p288-05"),
        ("p288-08", "p288-04"), ("p288-08", "p288-05"), ("p288-09", "p288-05"), ("p288-11", "p288-04"),
        ("p288-11", "p288-08"), ("p288-12", "p288-01"), ("p288-12", "p288-09"), ("p288-15", "p288-08"),
        ("p288-16", "p288-04"), ("p288-16", "p288-08"), ("p288-18", "p288-17"), ("p288-20", "p288-17"),
        ("p288-21", "p288-20"), ("p288-22", "p288-17"), ("p288-22", "p288-20"), ("p288-25", "p288-22"),
        ("p288-26", "p288-17"), ("p288-28", "p288-20"), ("p288-29", "p288-28"), ("p288-34", "p288-33"),
        ("p288-38", "p288-37"), ("p288-39", "p288-37"), ("p288-41", "p288-33"), ("p288-41", "p288-37"),
        ("p288-41", "p288-39"), ("p288-42", "p288-33"), ("p288-44", "p288-37"), ("p288-44", "p288-39"),
        ("p288-48", "p288-39"), ("p288-48", "p288-44"),
        # FALSE: a version's name before a count of its items, read as the first's
        ("p288-29", "p288-17"),
    }  # fmt: skip
    assert shared == {
        ("p288-04", "p288-05"), ("p288-04", "p288-08"), ("p288-04", "p288-11"), ("p288-04", "p288-16"),
        ("p288-05", "p288-08"), ("p288-05", "p288-11"), ("p288-05", "p288-15"), ("p288-05", "p288-16"),
        ("p288-08", "p288-11"), ("p288-08", "p288-15"), ("p288-08", "p288-16"), ("p288-09", "p288-12"),
        ("p288-11", "p288-16"), ("p288-20", "p288-21"), ("p288-20", "p288-22"), ("p288-20", "p288-28"),
        ("p288-21", "p288-22"), ("p288-21", "p288-28"), ("p288-22", "p288-25"), ("p288-22", "p288-28"),
        ("p288-33", "p288-34"), ("p288-33", "p288-41"), ("p288-33", "p288-42"), ("p288-34", "p288-41"),
        ("p288-34", "p288-42"), ("p288-34", "p288-45"), ("p288-37", "p288-38"), ("p288-37", "p288-39"),
        ("p288-37", "p288-41"), ("p288-37", "p288-44"), ("p288-38", "p288-39"), ("p288-38", "p288-41"),
        ("p288-38", "p288-44"), ("p288-39", "p288-41"), ("p288-39", "p288-44"), ("p288-41", "p288-42"),
        ("p288-41", "p288-44"), ("p288-42", "p288-45"), ("p288-44", "p288-48"),
    }  # fmt: skip


def test_the_two_hundred_and_eighty_ninth_probes_of_crop_yield_autism_screening_and_kilns() -> None:
    # 48 abstracts of Bayesian spatial models of crop yield, autism screening instruments and Chinese
    # ceramic kiln sites (two untitled), written on 7 December (seventeenth) and held out (read with
    # 02bf75d): of the writer's 41 builds-on pairs 36, none false; of 50 shared pairs 41, none false. Now
    # the same. Missed: users of a later version or release with the first's paper (this writer counts
    # both), MODIS, ERA5-Land, SPARK
    builds_on, shared = _loaded_pairs("other-fields-probes-289.jsonl")
    assert builds_on == {
        ("p289-03", "p289-01"), ("p289-06", "p289-05"), ("p289-07", "p289-01"), ("p289-08", "p289-03"),
        ("p289-08", "p289-05"), ("p289-08", "p289-07"), ("p289-10", "p289-08"), ("p289-12", "p289-01"),
        ("p289-12", "p289-07"), ("p289-12", "p289-08"), ("p289-13", "p289-05"), ("p289-15", "p289-03"),
        ("p289-16", "p289-08"), ("p289-16", "p289-13"), ("p289-20", "p289-17"), ("p289-21", "p289-17"),
        ("p289-21", "p289-19"), ("p289-25", "p289-23"), ("p289-26", "p289-17"), ("p289-26", "p289-19"),
        ("p289-26", "p289-23"), ("p289-28", "p289-17"), ("p289-30", "p289-28"), ("p289-32", "p289-19"),
        ("p289-32", "p289-23"), ("p289-35", "p289-34"), ("p289-38", "p289-37"), ("p289-39", "p289-34"),
        ("p289-40", "p289-34"), ("p289-42", "p289-39"), ("p289-42", "p289-40"), ("p289-46", "p289-39"),
        ("p289-46", "p289-40"), ("p289-47", "p289-37"), ("p289-48", "p289-37"), ("p289-48", "p289-47"),
    }  # fmt: skip
    assert shared == {
        ("p289-01", "p289-03"), ("p289-01", "p289-07"), ("p289-01", "p289-08"), ("p289-01", "p289-12"),
        ("p289-03", "p289-07"), ("p289-03", "p289-08"), ("p289-03", "p289-12"), ("p289-05", "p289-13"),
        ("p289-06", "p289-08"), ("p289-06", "p289-14"), ("p289-06", "p289-16"), ("p289-07", "p289-08"),
        ("p289-07", "p289-12"), ("p289-08", "p289-12"), ("p289-08", "p289-14"), ("p289-08", "p289-16"),
        ("p289-11", "p289-15"), ("p289-14", "p289-16"), ("p289-19", "p289-21"), ("p289-19", "p289-26"),
        ("p289-19", "p289-32"), ("p289-21", "p289-26"), ("p289-21", "p289-32"), ("p289-22", "p289-24"),
        ("p289-26", "p289-32"), ("p289-33", "p289-45"), ("p289-34", "p289-35"), ("p289-34", "p289-39"),
        ("p289-34", "p289-40"), ("p289-35", "p289-39"), ("p289-35", "p289-40"), ("p289-37", "p289-38"),
        ("p289-37", "p289-47"), ("p289-37", "p289-48"), ("p289-38", "p289-47"), ("p289-38", "p289-48"),
        ("p289-39", "p289-40"), ("p289-40", "p289-42"), ("p289-40", "p289-46"), ("p289-42", "p289-46"),
        ("p289-47", "p289-48"),
    }  # fmt: skip


def test_the_two_hundred_and_ninetieth_probes_of_misinformation_bed_nets_and_herbal_formulae() -> None:
    # 48 abstracts of multimodal misinformation detection, malaria bed net trials and Chinese herbal
    # formula texts (two untitled), written on 7 December (seventeenth) and held out (read with 6e5fc29,
    # not worked on): of the writer's 39 builds-on pairs every one, none false; of 48 shared pairs 33, 3
    # false: a paper comparing its result with the KINGA trial's published estimate, which this writer
    # keys as no use of its data. Missed: Fakeddit by some users
    builds_on, shared = _loaded_pairs("other-fields-probes-290.jsonl")
    assert builds_on == {
        ("p290-02", "p290-01"), ("p290-03", "p290-02"), ("p290-04", "p290-01"), ("p290-05", "p290-02"),
        ("p290-06", "p290-02"), ("p290-08", "p290-01"), ("p290-08", "p290-02"), ("p290-08", "p290-05"),
        ("p290-10", "p290-05"), ("p290-10", "p290-08"), ("p290-12", "p290-05"), ("p290-12", "p290-08"),
        ("p290-14", "p290-02"), ("p290-14", "p290-08"), ("p290-15", "p290-02"), ("p290-19", "p290-17"),
        ("p290-22", "p290-18"), ("p290-23", "p290-19"), ("p290-25", "p290-17"), ("p290-25", "p290-19"),
        ("p290-26", "p290-17"), ("p290-26", "p290-19"), ("p290-28", "p290-18"), ("p290-28", "p290-26"),
        ("p290-31", "p290-26"), ("p290-32", "p290-18"), ("p290-32", "p290-26"), ("p290-35", "p290-33"),
        ("p290-37", "p290-35"), ("p290-38", "p290-33"), ("p290-39", "p290-35"), ("p290-41", "p290-33"),
        ("p290-41", "p290-35"), ("p290-41", "p290-38"), ("p290-42", "p290-38"), ("p290-42", "p290-41"),
        ("p290-47", "p290-35"), ("p290-47", "p290-41"), ("p290-48", "p290-38"),
    }  # fmt: skip
    assert shared == {
        ("p290-01", "p290-02"), ("p290-01", "p290-04"), ("p290-01", "p290-08"), ("p290-02", "p290-04"),
        ("p290-02", "p290-08"), ("p290-02", "p290-09"), ("p290-04", "p290-08"), ("p290-08", "p290-10"),
        ("p290-08", "p290-12"), ("p290-08", "p290-14"), ("p290-10", "p290-12"), ("p290-10", "p290-14"),
        ("p290-12", "p290-14"), ("p290-17", "p290-19"), ("p290-17", "p290-25"), ("p290-17", "p290-26"),
        ("p290-18", "p290-22"), ("p290-18", "p290-32"), ("p290-19", "p290-25"), ("p290-19", "p290-26"),
        ("p290-20", "p290-29"), ("p290-22", "p290-32"), ("p290-25", "p290-26"), ("p290-33", "p290-35"),
        ("p290-33", "p290-38"), ("p290-33", "p290-41"), ("p290-35", "p290-38"), ("p290-35", "p290-41"),
        ("p290-36", "p290-43"), ("p290-38", "p290-41"), ("p290-41", "p290-42"), ("p290-41", "p290-47"),
        ("p290-42", "p290-47"),
        # FALSE: a trial's published estimate compared with, no use of its data to this writer
        ("p290-18", "p290-28"), ("p290-22", "p290-28"), ("p290-28", "p290-32"),
    }  # fmt: skip


def test_the_two_hundred_and_ninety_first_probes_of_meta_analysis_software_kidney_stones_and_yuan() -> None:
    # 48 abstracts of Bayesian network meta-analysis software, kidney stone cohorts and Yuan documents
    # (two untitled), written on 7 December (seventeenth) and held out (read with 6e5fc29, not worked
    # on): of the writer's 35 builds-on pairs 29, 5 false; of 45 shared pairs 36, 17 false. Worked on 7
    # December (eighteenth): a tutorial review of network meta-analysis software ("This tutorial review
    # describes the main families of tools"), whose title holds "meta-analysis" but which pools no studies,
    # is a survey; "these trends should be confirmed in incident cohorts with imaging, such as CALYX" is
    # left to later work; "a library of WinBUGS 1.4.3 model templates" is of models (a version's dots end no
    # clause), so BRANCH is no data and "We extend BRANCH [7]" builds on it. Left false: MEDLINE and Embase
    # searched by reviews. Missed: a release's users with the first's paper, "MultiArmStan 2.0, a major
    # revision of the package"
    builds_on, shared = _loaded_pairs("other-fields-probes-291.jsonl")
    assert builds_on == {
        ("p291-02", "p291-01"), ("p291-04", "p291-01"), ("p291-05", "p291-04"), ("p291-06", "p291-04"),
        ("p291-08", "p291-06"), ("p291-10", "p291-06"), ("p291-11", "p291-01"), ("p291-13", "p291-10"),
        ("p291-15", "p291-12"), ("p291-16", "p291-06"), ("p291-16", "p291-10"), ("p291-16", "p291-12"),
        ("p291-18", "p291-17"), ("p291-20", "p291-17"), ("p291-22", "p291-20"), ("p291-26", "p291-23"),
        ("p291-28", "p291-20"), ("p291-29", "p291-17"), ("p291-29", "p291-20"), ("p291-32", "p291-17"),
        ("p291-32", "p291-20"), ("p291-34", "p291-33"), ("p291-36", "p291-33"), ("p291-39", "p291-33"),
        ("p291-41", "p291-39"), ("p291-44", "p291-33"), ("p291-44", "p291-36"), ("p291-46", "p291-39"),
        ("p291-46", "p291-44"), ("p291-48", "p291-36"),
    }  # fmt: skip
    assert shared == {
        ("p291-03", "p291-09"), ("p291-03", "p291-13"), ("p291-09", "p291-13"), ("p291-17", "p291-18"),
        ("p291-17", "p291-20"), ("p291-17", "p291-29"), ("p291-17", "p291-32"), ("p291-18", "p291-20"),
        ("p291-18", "p291-29"), ("p291-18", "p291-32"), ("p291-19", "p291-25"), ("p291-19", "p291-31"),
        ("p291-20", "p291-29"), ("p291-20", "p291-32"), ("p291-23", "p291-26"), ("p291-25", "p291-31"),
        ("p291-28", "p291-32"), ("p291-29", "p291-32"), ("p291-33", "p291-34"), ("p291-33", "p291-36"),
        ("p291-33", "p291-39"), ("p291-33", "p291-44"), ("p291-33", "p291-46"), ("p291-34", "p291-36"),
        ("p291-34", "p291-39"), ("p291-34", "p291-44"), ("p291-34", "p291-46"), ("p291-35", "p291-40"),
        ("p291-35", "p291-45"), ("p291-36", "p291-39"), ("p291-36", "p291-44"), ("p291-36", "p291-46"),
        ("p291-39", "p291-44"), ("p291-39", "p291-46"), ("p291-40", "p291-45"), ("p291-44", "p291-46"),
        # FALSE: databases searched by reviews
        ("p291-02", "p291-05"), ("p291-02", "p291-06"), ("p291-02", "p291-15"), ("p291-05", "p291-06"),
        ("p291-05", "p291-15"), ("p291-06", "p291-15"),
    }  # fmt: skip


def test_the_two_hundred_and_ninety_second_probes_of_crop_mapping_asthma_registries_and_bells() -> None:
    # 48 abstracts of satellite crop-type mapping, paediatric asthma registries and Chinese temple bell
    # inscriptions (two untitled), written on 7 December (seventeenth) and held out (read with 6e5fc29,
    # not worked on): of the writer's 38 builds-on pairs 34, none false; of 51 shared pairs 45, 50 false,
    # every one through Sentinel-2 imagery, which this writer counts as an instrument's, no data resource
    # (others count it as data). Missed: "the nine-item Caregiver Asthma Burden Scale" spelt out without
    # its acronym, the second release of the TBIC by its users
    builds_on, shared = _loaded_pairs("other-fields-probes-292.jsonl")
    assert builds_on == {
        ("p292-03", "p292-01"), ("p292-05", "p292-02"), ("p292-06", "p292-04"), ("p292-07", "p292-03"),
        ("p292-08", "p292-01"), ("p292-08", "p292-03"), ("p292-11", "p292-01"), ("p292-11", "p292-02"),
        ("p292-13", "p292-03"), ("p292-13", "p292-04"), ("p292-15", "p292-01"), ("p292-15", "p292-03"),
        ("p292-15", "p292-08"), ("p292-16", "p292-02"), ("p292-16", "p292-11"), ("p292-20", "p292-17"),
        ("p292-25", "p292-17"), ("p292-25", "p292-21"), ("p292-27", "p292-21"), ("p292-31", "p292-17"),
        ("p292-31", "p292-25"), ("p292-35", "p292-33"), ("p292-36", "p292-33"), ("p292-37", "p292-34"),
        ("p292-39", "p292-36"), ("p292-41", "p292-33"), ("p292-42", "p292-33"), ("p292-42", "p292-41"),
        ("p292-44", "p292-33"), ("p292-44", "p292-36"), ("p292-46", "p292-33"), ("p292-47", "p292-36"),
        ("p292-47", "p292-44"), ("p292-48", "p292-34"),
    }  # fmt: skip
    assert shared == {
        ("p292-01", "p292-03"), ("p292-01", "p292-08"), ("p292-01", "p292-11"), ("p292-01", "p292-15"),
        ("p292-02", "p292-07"), ("p292-02", "p292-16"), ("p292-03", "p292-08"), ("p292-03", "p292-11"),
        ("p292-03", "p292-15"), ("p292-04", "p292-06"), ("p292-04", "p292-13"), ("p292-06", "p292-13"),
        ("p292-07", "p292-16"), ("p292-08", "p292-10"), ("p292-08", "p292-11"), ("p292-08", "p292-15"),
        ("p292-10", "p292-15"), ("p292-11", "p292-15"), ("p292-17", "p292-20"), ("p292-17", "p292-25"),
        ("p292-17", "p292-31"), ("p292-20", "p292-25"), ("p292-20", "p292-31"), ("p292-25", "p292-31"),
        ("p292-33", "p292-35"), ("p292-33", "p292-36"), ("p292-33", "p292-41"), ("p292-33", "p292-42"),
        ("p292-33", "p292-44"), ("p292-33", "p292-46"), ("p292-35", "p292-36"), ("p292-35", "p292-41"),
        ("p292-35", "p292-42"), ("p292-35", "p292-44"), ("p292-35", "p292-46"), ("p292-36", "p292-41"),
        ("p292-36", "p292-42"), ("p292-36", "p292-44"), ("p292-36", "p292-46"), ("p292-41", "p292-42"),
        ("p292-41", "p292-44"), ("p292-41", "p292-46"), ("p292-42", "p292-44"), ("p292-42", "p292-46"),
        ("p292-44", "p292-46"),
        # FALSE: Sentinel-2 imagery, an instrument's to this writer
        ("p292-01", "p292-02"), ("p292-01", "p292-05"), ("p292-01", "p292-06"), ("p292-01", "p292-07"),
        ("p292-01", "p292-10"), ("p292-01", "p292-14"), ("p292-01", "p292-16"), ("p292-02", "p292-03"),
        ("p292-02", "p292-05"), ("p292-02", "p292-06"), ("p292-02", "p292-08"), ("p292-02", "p292-10"),
        ("p292-02", "p292-11"), ("p292-02", "p292-14"), ("p292-02", "p292-15"), ("p292-03", "p292-05"),
        ("p292-03", "p292-06"), ("p292-03", "p292-07"), ("p292-03", "p292-10"), ("p292-03", "p292-14"),
        ("p292-03", "p292-16"), ("p292-05", "p292-06"), ("p292-05", "p292-07"), ("p292-05", "p292-08"),
        ("p292-05", "p292-10"), ("p292-05", "p292-11"), ("p292-05", "p292-14"), ("p292-05", "p292-15"),
        ("p292-05", "p292-16"), ("p292-06", "p292-07"), ("p292-06", "p292-08"), ("p292-06", "p292-10"),
        ("p292-06", "p292-11"), ("p292-06", "p292-14"), ("p292-06", "p292-15"), ("p292-06", "p292-16"),
        ("p292-07", "p292-08"), ("p292-07", "p292-10"), ("p292-07", "p292-11"), ("p292-07", "p292-14"),
        ("p292-07", "p292-15"), ("p292-08", "p292-14"), ("p292-08", "p292-16"), ("p292-10", "p292-11"),
        ("p292-10", "p292-14"), ("p292-10", "p292-16"), ("p292-11", "p292-14"), ("p292-11", "p292-16"),
        ("p292-14", "p292-16"), ("p292-15", "p292-16"),
    }  # fmt: skip


def test_the_two_hundred_and_ninety_third_probes_of_leprosy_maps_lacquerware_and_traffic_graphs() -> None:
    # 48 abstracts of Bayesian leprosy mapping, Chinese lacquerware conservation and traffic forecasting graph
    # networks (two untitled), written on 7 December (eighteenth) and held out (read with 0f8103c): of the
    # writer's 37 builds-on pairs 37, 4 false; of 82 shared pairs 46, 9 false. Worked on: a finding other
    # authors reported ("Tan et al. (2019) reported ... for the LentiDry ... protocol", "Park et al. (2020)
    # found ... in the DeltaSense dataset"); "although we had no access to those data" past a decimal's dot;
    # "without re-running them"; a review's "such as Brazil's SINAN or India's NLEP reports". Missed: WorldPop
    # and the IBGE census, the Palace Museum collection, counted as data by this writer
    builds_on, shared = _loaded_pairs("other-fields-probes-293.jsonl")
    assert builds_on == {
        ("p293-05", "p293-01"), ("p293-05", "p293-02"), ("p293-07", "p293-03"), ("p293-08", "p293-01"),
        ("p293-09", "p293-06"), ("p293-11", "p293-01"), ("p293-12", "p293-03"), ("p293-14", "p293-08"),
        ("p293-16", "p293-03"), ("p293-16", "p293-06"), ("p293-19", "p293-17"), ("p293-21", "p293-19"),
        ("p293-22", "p293-17"), ("p293-24", "p293-23"), ("p293-25", "p293-17"), ("p293-26", "p293-19"),
        ("p293-26", "p293-21"), ("p293-28", "p293-25"), ("p293-30", "p293-25"), ("p293-31", "p293-19"),
        ("p293-31", "p293-21"), ("p293-31", "p293-23"), ("p293-35", "p293-33"), ("p293-36", "p293-33"),
        ("p293-37", "p293-33"), ("p293-37", "p293-35"), ("p293-41", "p293-33"), ("p293-43", "p293-33"),
        ("p293-43", "p293-35"), ("p293-43", "p293-37"), ("p293-44", "p293-37"), ("p293-44", "p293-39"),
        ("p293-44", "p293-43"), ("p293-46", "p293-35"), ("p293-46", "p293-37"), ("p293-48", "p293-35"),
        ("p293-48", "p293-39"),
    }  # fmt: skip
    assert shared == {
        ("p293-01", "p293-08"), ("p293-01", "p293-11"), ("p293-02", "p293-05"), ("p293-03", "p293-07"),
        ("p293-03", "p293-12"), ("p293-07", "p293-12"), ("p293-08", "p293-11"), ("p293-19", "p293-21"),
        ("p293-19", "p293-26"), ("p293-19", "p293-31"), ("p293-21", "p293-26"), ("p293-21", "p293-31"),
        ("p293-22", "p293-24"), ("p293-22", "p293-28"), ("p293-22", "p293-29"), ("p293-24", "p293-28"),
        ("p293-24", "p293-29"), ("p293-26", "p293-31"), ("p293-28", "p293-29"), ("p293-33", "p293-36"),
        ("p293-33", "p293-41"), ("p293-33", "p293-43"), ("p293-35", "p293-37"), ("p293-35", "p293-42"),
        ("p293-35", "p293-43"), ("p293-35", "p293-46"), ("p293-35", "p293-47"), ("p293-35", "p293-48"),
        ("p293-36", "p293-41"), ("p293-36", "p293-43"), ("p293-37", "p293-40"), ("p293-37", "p293-43"),
        ("p293-37", "p293-45"), ("p293-37", "p293-46"), ("p293-37", "p293-48"), ("p293-39", "p293-44"),
        ("p293-39", "p293-48"), ("p293-40", "p293-45"), ("p293-40", "p293-46"), ("p293-41", "p293-43"),
        ("p293-42", "p293-47"), ("p293-43", "p293-46"), ("p293-43", "p293-48"), ("p293-44", "p293-48"),
        ("p293-45", "p293-46"), ("p293-46", "p293-48"),
    }  # fmt: skip


def test_the_two_hundred_and_ninety_fourth_probes_of_memory_models_dialysis_access_and_han_slips() -> None:
    # 48 abstracts of Bayesian memory models, haemodialysis vascular access trials and Han bamboo slips (two
    # untitled), written on 7 December (eighteenth) and held out (read with 0f8103c): of the writer's 38
    # builds-on pairs 38, 5 false; of 66 shared pairs 45, 12 false. Worked on: "Tominaga and colleagues
    # reported that Knotline 2 recovered ..."; "...: the KESTREL trial reported 6-month ... patency" opening a
    # clause after a colon; "the CALIPER score, for example, has been widely used in UK units"; "in the
    # Lakemoor Recall Corpus, recall was reported to decline". Left false: "the model was coded directly
    # rather than in Sorrel" (one true shared pair, through the corpus, went with it: SWOW is missed in that
    # paper)
    builds_on, shared = _loaded_pairs("other-fields-probes-294.jsonl")
    assert builds_on == {
        ("p294-04", "p294-01"), ("p294-04", "p294-03"), ("p294-05", "p294-01"), ("p294-05", "p294-03"),
        ("p294-07", "p294-02"), ("p294-08", "p294-02"), ("p294-08", "p294-03"), ("p294-11", "p294-01"),
        ("p294-11", "p294-03"), ("p294-11", "p294-04"), ("p294-13", "p294-01"), ("p294-13", "p294-03"),
        ("p294-14", "p294-08"), ("p294-15", "p294-03"), ("p294-15", "p294-04"), ("p294-15", "p294-13"),
        ("p294-18", "p294-17"), ("p294-21", "p294-18"), ("p294-22", "p294-19"), ("p294-22", "p294-20"),
        ("p294-25", "p294-17"), ("p294-25", "p294-18"), ("p294-27", "p294-20"), ("p294-28", "p294-19"),
        ("p294-31", "p294-17"), ("p294-31", "p294-18"), ("p294-31", "p294-25"), ("p294-32", "p294-19"),
        ("p294-32", "p294-20"), ("p294-37", "p294-33"), ("p294-38", "p294-34"), ("p294-40", "p294-35"),
        ("p294-42", "p294-34"), ("p294-44", "p294-35"), ("p294-45", "p294-33"), ("p294-46", "p294-33"),
        ("p294-48", "p294-35"), ("p294-48", "p294-42"),
        # FALSE: "coded directly rather than in Sorrel"
        ("p294-10", "p294-04"),
    }  # fmt: skip
    assert shared == {
        ("p294-01", "p294-05"), ("p294-01", "p294-09"), ("p294-01", "p294-13"), ("p294-02", "p294-07"),
        ("p294-02", "p294-14"), ("p294-03", "p294-04"), ("p294-03", "p294-05"), ("p294-03", "p294-08"),
        ("p294-03", "p294-10"), ("p294-03", "p294-11"), ("p294-03", "p294-13"), ("p294-03", "p294-15"),
        ("p294-04", "p294-05"), ("p294-04", "p294-08"), ("p294-04", "p294-11"), ("p294-04", "p294-13"),
        ("p294-04", "p294-15"), ("p294-05", "p294-08"), ("p294-05", "p294-09"), ("p294-05", "p294-11"),
        ("p294-05", "p294-13"), ("p294-05", "p294-15"), ("p294-07", "p294-14"), ("p294-08", "p294-11"),
        ("p294-08", "p294-13"), ("p294-08", "p294-15"), ("p294-09", "p294-13"), ("p294-11", "p294-13"),
        ("p294-11", "p294-15"), ("p294-13", "p294-15"), ("p294-17", "p294-18"), ("p294-17", "p294-25"),
        ("p294-17", "p294-28"), ("p294-17", "p294-31"), ("p294-18", "p294-25"), ("p294-18", "p294-31"),
        ("p294-19", "p294-22"), ("p294-19", "p294-28"), ("p294-19", "p294-32"), ("p294-22", "p294-28"),
        ("p294-22", "p294-32"), ("p294-25", "p294-31"), ("p294-28", "p294-32"), ("p294-34", "p294-42"),
    }  # fmt: skip


def test_the_two_hundred_and_ninety_fifth_probes_of_low_resource_speech_herbal_safety_and_reefs() -> None:
    # 48 abstracts of low-resource speech recognition, pharmacovigilance of Chinese herbal medicines and coral
    # reef monitoring (two untitled), written on 7 December (eighteenth) and held out (read with 0f8103c): of
    # the writer's 32 builds-on pairs 32, 5 false; of 54 shared pairs 38, 13 false, and 13 of the 38 true only
    # by chance, through "the Great Barrier Reef" and "the Kinyarwanda subset of Mozilla Common Voice". Worked
    # on: a proper name ending in a landform is a place; a language qualifying a subset of other data is no
    # data; "Lestari et al. (2019) reported"; "Liang et al. reported that ... 18.4% ... in the Lingnan HILI
    # Registry"; "although we do not re-evaluate it here"; "was outside its scope". Missed: Mozilla Common
    # Voice (not in the lexicon), the AIMS LTMP, NOAA Coral Reef Watch. Left false then, read on 7 December
    # (twentieth): "Formula-aware methods such as FADE have been widely adopted by Chinese provincial
    # monitoring centres (Zhang et al., 2016)", the literature's use cited.
    builds_on, shared = _loaded_pairs("other-fields-probes-295.jsonl")
    assert builds_on == {
        ("p295-05", "p295-01"), ("p295-05", "p295-02"), ("p295-07", "p295-03"), ("p295-08", "p295-02"),
        ("p295-10", "p295-01"), ("p295-10", "p295-03"), ("p295-12", "p295-03"), ("p295-13", "p295-06"),
        ("p295-15", "p295-06"), ("p295-16", "p295-08"), ("p295-18", "p295-17"), ("p295-21", "p295-19"),
        ("p295-21", "p295-20"), ("p295-24", "p295-17"), ("p295-24", "p295-22"), ("p295-27", "p295-19"),
        ("p295-28", "p295-20"), ("p295-29", "p295-19"), ("p295-29", "p295-20"), ("p295-30", "p295-22"),
        ("p295-31", "p295-17"), ("p295-36", "p295-33"), ("p295-38", "p295-33"), ("p295-38", "p295-36"),
        ("p295-39", "p295-35"), ("p295-41", "p295-33"), ("p295-41", "p295-36"), ("p295-44", "p295-36"),
        ("p295-44", "p295-41"), ("p295-45", "p295-35"), ("p295-46", "p295-42"), ("p295-48", "p295-42"),
    }  # fmt: skip
    assert shared == {
        ("p295-01", "p295-05"), ("p295-01", "p295-10"), ("p295-02", "p295-08"), ("p295-02", "p295-16"),
        ("p295-05", "p295-10"), ("p295-08", "p295-12"), ("p295-08", "p295-14"), ("p295-08", "p295-16"),
        ("p295-12", "p295-14"), ("p295-12", "p295-16"), ("p295-14", "p295-16"), ("p295-19", "p295-21"),
        ("p295-19", "p295-27"), ("p295-19", "p295-29"), ("p295-21", "p295-27"), ("p295-21", "p295-29"),
        ("p295-27", "p295-29"), ("p295-33", "p295-41"), ("p295-33", "p295-44"), ("p295-36", "p295-38"),
        ("p295-36", "p295-41"), ("p295-36", "p295-44"), ("p295-38", "p295-41"), ("p295-38", "p295-44"),
        ("p295-41", "p295-44"),
    }  # fmt: skip


def test_the_two_hundred_and_ninety_sixth_probes_of_athlete_ageing_drug_resistant_tb_and_sherds() -> None:
    # 48 abstracts of Bayesian models of sports performance, genomics of drug-resistant tuberculosis and
    # Chinese ceramics in the Indian Ocean trade (two untitled), written on 7 December (eighteenth) and held
    # out (read with 3c539b8): of the writer's 38 builds-on pairs 38, 3 false; of 63 shared pairs 42, 8 false.
    # Worked on: "TBeacon has been widely adopted for their detection"; "the analysis of the Corvane Track
    # Panel by Ferreira et al. (2018) reported"; "where the Swahili Coast Sherd Register shows ... 62% ...
    # (Mbwambo et al., 2015)", figures of the cited study. Left false: that citation's builds-on pair. Missed:
    # Retrosheet, Lahman, CRyPTIC and the WHO mutation catalogue by some users
    builds_on, shared = _loaded_pairs("other-fields-probes-296.jsonl")
    assert builds_on == {
        ("p296-04", "p296-01"), ("p296-04", "p296-02"), ("p296-06", "p296-03"), ("p296-07", "p296-05"),
        ("p296-08", "p296-03"), ("p296-09", "p296-02"), ("p296-09", "p296-05"), ("p296-10", "p296-02"),
        ("p296-11", "p296-05"), ("p296-11", "p296-09"), ("p296-15", "p296-05"), ("p296-15", "p296-09"),
        ("p296-16", "p296-01"), ("p296-16", "p296-09"), ("p296-19", "p296-17"), ("p296-20", "p296-19"),
        ("p296-22", "p296-17"), ("p296-22", "p296-19"), ("p296-23", "p296-21"), ("p296-26", "p296-21"),
        ("p296-27", "p296-17"), ("p296-27", "p296-19"), ("p296-28", "p296-27"), ("p296-30", "p296-21"),
        ("p296-31", "p296-17"), ("p296-31", "p296-27"), ("p296-36", "p296-33"), ("p296-36", "p296-35"),
        ("p296-37", "p296-33"), ("p296-39", "p296-37"), ("p296-41", "p296-35"), ("p296-42", "p296-35"),
        ("p296-43", "p296-42"), ("p296-44", "p296-33"), ("p296-44", "p296-37"), ("p296-45", "p296-42"),
        ("p296-46", "p296-42"), ("p296-48", "p296-33"),
        # FALSE: the register's figures, by the citation of the study that read them
        ("p296-43", "p296-33"),
    }  # fmt: skip
    assert shared == {
        ("p296-01", "p296-04"), ("p296-01", "p296-16"), ("p296-02", "p296-09"), ("p296-04", "p296-16"),
        ("p296-08", "p296-12"), ("p296-17", "p296-19"), ("p296-17", "p296-22"), ("p296-17", "p296-27"),
        ("p296-17", "p296-31"), ("p296-18", "p296-21"), ("p296-18", "p296-26"), ("p296-18", "p296-27"),
        ("p296-18", "p296-30"), ("p296-19", "p296-22"), ("p296-19", "p296-27"), ("p296-19", "p296-31"),
        ("p296-21", "p296-26"), ("p296-21", "p296-27"), ("p296-21", "p296-30"), ("p296-22", "p296-27"),
        ("p296-22", "p296-31"), ("p296-26", "p296-27"), ("p296-26", "p296-30"), ("p296-27", "p296-30"),
        ("p296-27", "p296-31"), ("p296-33", "p296-36"), ("p296-33", "p296-37"), ("p296-33", "p296-44"),
        ("p296-33", "p296-48"), ("p296-34", "p296-47"), ("p296-36", "p296-37"), ("p296-36", "p296-41"),
        ("p296-36", "p296-44"), ("p296-36", "p296-45"), ("p296-36", "p296-48"), ("p296-37", "p296-44"),
        ("p296-37", "p296-48"), ("p296-38", "p296-42"), ("p296-38", "p296-46"), ("p296-41", "p296-45"),
        ("p296-42", "p296-46"), ("p296-44", "p296-48"),
    }  # fmt: skip


def test_the_two_hundred_and_ninety_seventh_probes_of_grid_control_perinatal_cohorts_and_qing_law() -> None:
    # 48 abstracts of reinforcement learning for power grids, perinatal maternal mental health cohorts and
    # Qing legal archives (two untitled), written on 7 December (eighteenth) and held out (read with 3c539b8):
    # of the writer's 28 builds-on pairs 28, 5 false; of 51 shared pairs 39, 13 false. Worked on: "... cohorts
    # ..., such as the Tamar Perinatal Cohort, was considered but not undertaken"; a systematic review's "such
    # as ... and the recently developed Nesting Worry Inventory"; "the Jiaqing Homicide Memorials Corpus has
    # become a standard reference". "close to the 14.2% reported at booking in the English HEARTH cohort
    # (Hollis et al., 2018)", a figure quoted (since 7 December, eighteenth, after files 299-301). Left false:
    # "with platforms such as Grid2Op and agents such as Halyard now common reference points"
    builds_on, shared = _loaded_pairs("other-fields-probes-297.jsonl")
    assert builds_on == {
        ("p297-04", "p297-02"), ("p297-06", "p297-03"), ("p297-09", "p297-02"), ("p297-09", "p297-05"),
        ("p297-10", "p297-05"), ("p297-11", "p297-02"), ("p297-12", "p297-08"), ("p297-15", "p297-11"),
        ("p297-20", "p297-18"), ("p297-22", "p297-19"), ("p297-22", "p297-20"), ("p297-24", "p297-18"),
        ("p297-24", "p297-20"), ("p297-27", "p297-18"), ("p297-27", "p297-19"), ("p297-27", "p297-20"),
        ("p297-30", "p297-22"), ("p297-31", "p297-18"), ("p297-31", "p297-27"), ("p297-37", "p297-34"),
        ("p297-39", "p297-36"), ("p297-41", "p297-37"), ("p297-43", "p297-34"), ("p297-45", "p297-34"),
        ("p297-45", "p297-37"), ("p297-46", "p297-36"), ("p297-47", "p297-34"), ("p297-47", "p297-45"),
        # FALSE: common reference points
        ("p297-13", "p297-02"),
    }  # fmt: skip
    assert shared == {
        ("p297-02", "p297-04"), ("p297-02", "p297-09"), ("p297-02", "p297-11"), ("p297-03", "p297-06"),
        ("p297-03", "p297-08"), ("p297-04", "p297-09"), ("p297-04", "p297-11"), ("p297-05", "p297-09"),
        ("p297-05", "p297-10"), ("p297-09", "p297-10"), ("p297-09", "p297-11"), ("p297-11", "p297-15"),
        ("p297-12", "p297-13"), ("p297-17", "p297-26"), ("p297-18", "p297-20"), ("p297-18", "p297-24"),
        ("p297-18", "p297-27"), ("p297-18", "p297-31"), ("p297-19", "p297-22"), ("p297-19", "p297-27"),
        ("p297-19", "p297-32"), ("p297-20", "p297-24"), ("p297-20", "p297-27"), ("p297-20", "p297-31"),
        ("p297-22", "p297-27"), ("p297-24", "p297-27"), ("p297-24", "p297-31"), ("p297-27", "p297-31"),
        ("p297-34", "p297-37"), ("p297-34", "p297-43"), ("p297-34", "p297-45"), ("p297-34", "p297-47"),
        ("p297-35", "p297-48"), ("p297-37", "p297-43"), ("p297-37", "p297-45"), ("p297-37", "p297-47"),
        ("p297-43", "p297-45"), ("p297-43", "p297-47"), ("p297-45", "p297-47"),
    }  # fmt: skip


def test_the_two_hundred_and_ninety_eighth_probes_of_glacier_mass_balance_child_dosing_and_dialects() -> None:
    # 48 abstracts of glacier mass balance from remote sensing, Bayesian paediatric antibiotic
    # pharmacokinetics and Chinese dialect phonology (two untitled), written on 7 December (eighteenth) and
    # held out (read with 3c539b8): of the writer's 43 builds-on pairs 43, 2 false; of 101 shared pairs 56, 14
    # false. Worked on: "the SPRITE investigators reported that only 41% ..."; a survey's "for example MING
    # for Middle Chinese initial correspondences or the Oujiang Wu Sound Archive for southern Wu" and "Second,
    # the Chinese Language Resources Protection Project has generated ... documentation". Missed: shared
    # public data many users name (this writer keys 101 pairs)
    builds_on, shared = _loaded_pairs("other-fields-probes-298.jsonl")
    assert builds_on == {
        ("p298-06", "p298-01"), ("p298-07", "p298-03"), ("p298-08", "p298-05"), ("p298-09", "p298-03"),
        ("p298-10", "p298-01"), ("p298-10", "p298-06"), ("p298-11", "p298-05"), ("p298-11", "p298-06"),
        ("p298-13", "p298-10"), ("p298-14", "p298-03"), ("p298-14", "p298-09"), ("p298-15", "p298-05"),
        ("p298-16", "p298-06"), ("p298-16", "p298-09"), ("p298-16", "p298-10"), ("p298-21", "p298-17"),
        ("p298-21", "p298-19"), ("p298-22", "p298-17"), ("p298-24", "p298-19"), ("p298-25", "p298-17"),
        ("p298-25", "p298-19"), ("p298-25", "p298-21"), ("p298-27", "p298-21"), ("p298-29", "p298-21"),
        ("p298-29", "p298-23"), ("p298-30", "p298-19"), ("p298-30", "p298-21"), ("p298-30", "p298-25"),
        ("p298-31", "p298-25"), ("p298-32", "p298-21"), ("p298-32", "p298-25"), ("p298-37", "p298-34"),
        ("p298-37", "p298-35"), ("p298-38", "p298-33"), ("p298-40", "p298-35"), ("p298-41", "p298-33"),
        ("p298-42", "p298-34"), ("p298-44", "p298-33"), ("p298-45", "p298-44"), ("p298-46", "p298-35"),
        ("p298-46", "p298-45"), ("p298-47", "p298-35"), ("p298-47", "p298-42"),
    }  # fmt: skip
    assert shared == {
        ("p298-05", "p298-06"), ("p298-05", "p298-08"), ("p298-05", "p298-11"), ("p298-05", "p298-13"),
        ("p298-05", "p298-15"), ("p298-06", "p298-08"), ("p298-06", "p298-10"), ("p298-06", "p298-11"),
        ("p298-06", "p298-15"), ("p298-06", "p298-16"), ("p298-08", "p298-11"), ("p298-08", "p298-13"),
        ("p298-08", "p298-15"), ("p298-10", "p298-11"), ("p298-10", "p298-16"), ("p298-11", "p298-13"),
        ("p298-11", "p298-15"), ("p298-11", "p298-16"), ("p298-13", "p298-15"), ("p298-18", "p298-22"),
        ("p298-19", "p298-21"), ("p298-19", "p298-24"), ("p298-19", "p298-25"), ("p298-19", "p298-30"),
        ("p298-21", "p298-24"), ("p298-21", "p298-25"), ("p298-21", "p298-30"), ("p298-24", "p298-25"),
        ("p298-24", "p298-30"), ("p298-25", "p298-30"), ("p298-27", "p298-31"), ("p298-33", "p298-38"),
        ("p298-33", "p298-41"), ("p298-33", "p298-44"), ("p298-34", "p298-37"), ("p298-34", "p298-42"),
        ("p298-35", "p298-38"), ("p298-35", "p298-40"), ("p298-35", "p298-43"), ("p298-35", "p298-44"),
        ("p298-35", "p298-46"), ("p298-37", "p298-42"), ("p298-38", "p298-40"), ("p298-38", "p298-41"),
        ("p298-38", "p298-43"), ("p298-38", "p298-44"), ("p298-38", "p298-46"), ("p298-40", "p298-43"),
        ("p298-40", "p298-44"), ("p298-40", "p298-46"), ("p298-41", "p298-44"), ("p298-42", "p298-47"),
        ("p298-43", "p298-44"), ("p298-43", "p298-46"), ("p298-44", "p298-45"), ("p298-44", "p298-46"),
    }  # fmt: skip


def test_the_two_hundred_and_ninety_ninth_probes_of_item_response_models_snakebite_and_door_gods() -> None:
    # 48 abstracts of Bayesian item response models, snakebite envenoming and Chinese woodblock New Year
    # prints (two untitled), written on 7 December (eighteenth) and held out (read with dce0c4f): of the
    # writer's 32 builds-on pairs 30, 7 false; of 68 shared pairs 52, 4 false. Worked on: "Guo and Lu (2019),
    # in their compositional typology ..., report that"; "a natural next step is to examine DIF with methods
    # ..., such as HaloDIF"; "notably DRIFT (Quintanilla et al., 2017), have been widely used"; "but such
    # analysis requires ... and is left to future work"; "such as irtLoom for multidimensional models, DRIFT
    # for item parameter drift across assessment cycles and HaloDIF ..., although we did not evaluate or run
    # any of these tools"; "such as the KRAIT trial in India and Bangladesh, have reported ... (Menon et al.,
    # 2020)"; "where the Million Death Study estimated". Left false: a user of irtLoom 2.0 sent to the first
    # version's paper (the 2.0 paper presents no name of its own), and TIMSS 2015 and TIMSS 2019, which this
    # writer keys apart
    builds_on, shared = _loaded_pairs("other-fields-probes-299.jsonl")
    assert builds_on == {
        ("p299-05", "p299-01"), ("p299-05", "p299-02"), ("p299-06", "p299-02"), ("p299-08", "p299-03"),
        ("p299-09", "p299-01"), ("p299-10", "p299-04"), ("p299-12", "p299-02"), ("p299-12", "p299-06"),
        ("p299-16", "p299-04"), ("p299-19", "p299-17"), ("p299-23", "p299-17"), ("p299-23", "p299-22"),
        ("p299-25", "p299-19"), ("p299-25", "p299-24"), ("p299-27", "p299-17"), ("p299-27", "p299-19"),
        ("p299-30", "p299-22"), ("p299-31", "p299-24"), ("p299-32", "p299-27"), ("p299-36", "p299-34"),
        ("p299-39", "p299-34"), ("p299-41", "p299-34"), ("p299-41", "p299-36"), ("p299-42", "p299-38"),
        ("p299-43", "p299-34"), ("p299-43", "p299-36"), ("p299-44", "p299-38"), ("p299-47", "p299-43"),
        ("p299-48", "p299-34"), ("p299-48", "p299-38"),
        # FALSE: irtLoom 2.0's user sent to irtLoom's paper
        ("p299-13", "p299-01"),
    }  # fmt: skip
    assert shared == {
        ("p299-02", "p299-05"), ("p299-02", "p299-06"), ("p299-02", "p299-12"), ("p299-03", "p299-04"),
        ("p299-03", "p299-08"), ("p299-03", "p299-09"), ("p299-03", "p299-16"), ("p299-04", "p299-08"),
        ("p299-04", "p299-09"), ("p299-04", "p299-16"), ("p299-05", "p299-06"), ("p299-05", "p299-12"),
        ("p299-06", "p299-12"), ("p299-08", "p299-09"), ("p299-08", "p299-16"), ("p299-09", "p299-16"),
        ("p299-10", "p299-13"), ("p299-17", "p299-19"), ("p299-17", "p299-23"), ("p299-17", "p299-27"),
        ("p299-18", "p299-19"), ("p299-18", "p299-27"), ("p299-19", "p299-23"), ("p299-19", "p299-27"),
        ("p299-23", "p299-27"), ("p299-29", "p299-32"), ("p299-33", "p299-34"), ("p299-33", "p299-43"),
        ("p299-33", "p299-46"), ("p299-34", "p299-36"), ("p299-34", "p299-38"), ("p299-34", "p299-39"),
        ("p299-34", "p299-41"), ("p299-34", "p299-42"), ("p299-34", "p299-43"), ("p299-34", "p299-46"),
        ("p299-34", "p299-47"), ("p299-34", "p299-48"), ("p299-36", "p299-39"), ("p299-36", "p299-41"),
        ("p299-36", "p299-43"), ("p299-36", "p299-48"), ("p299-38", "p299-42"), ("p299-38", "p299-47"),
        ("p299-39", "p299-41"), ("p299-39", "p299-43"), ("p299-39", "p299-48"), ("p299-41", "p299-43"),
        ("p299-41", "p299-48"), ("p299-42", "p299-47"), ("p299-43", "p299-46"), ("p299-43", "p299-48"),
        # FALSE: TIMSS 2015 and TIMSS 2019, keyed apart
        ("p299-01", "p299-10"), ("p299-01", "p299-13"),
    }  # fmt: skip


def test_the_three_hundredth_probes_of_code_benchmarks_hepatitis_b_and_tibetan_catalogues() -> None:
    # 48 abstracts of code-generation evaluation, mother-to-child transmission of hepatitis B and Tibetan
    # Buddhist manuscript cataloguing (two untitled), written on 7 December (eighteenth) and held out (read
    # with dce0c4f): of the writer's 43 builds-on pairs 40, 1 false; of 78 shared pairs 57, 13 false. Worked
    # on: "the 19-point drop from HumanEval to KilnEval reported by Raghunathan et al. (2023)"; a systematic
    # review's "68% of papers report results on HumanEval". Left false: KilnEval and its successor KilnEval
    # 2.0, which this writer keys as two resources; the Tohoku catalogue and the Tanjur, a canon, as data.
    # Missed: users of KilnEval 2.0, MutaScore-R and Corvina 2 with the first versions' papers
    builds_on, shared = _loaded_pairs("other-fields-probes-300.jsonl")
    assert builds_on == {
        ("p300-04", "p300-01"), ("p300-05", "p300-01"), ("p300-05", "p300-02"), ("p300-06", "p300-03"),
        ("p300-07", "p300-04"), ("p300-09", "p300-01"), ("p300-09", "p300-02"), ("p300-11", "p300-04"),
        ("p300-12", "p300-09"), ("p300-12", "p300-11"), ("p300-13", "p300-06"), ("p300-16", "p300-02"),
        ("p300-19", "p300-17"), ("p300-22", "p300-18"), ("p300-23", "p300-18"), ("p300-23", "p300-19"),
        ("p300-25", "p300-18"), ("p300-25", "p300-24"), ("p300-28", "p300-17"), ("p300-28", "p300-18"),
        ("p300-28", "p300-19"), ("p300-32", "p300-18"), ("p300-32", "p300-24"), ("p300-34", "p300-33"),
        ("p300-36", "p300-33"), ("p300-38", "p300-33"), ("p300-38", "p300-34"), ("p300-39", "p300-33"),
        ("p300-39", "p300-34"), ("p300-39", "p300-36"), ("p300-41", "p300-39"), ("p300-43", "p300-33"),
        ("p300-43", "p300-36"), ("p300-44", "p300-36"), ("p300-44", "p300-39"), ("p300-46", "p300-34"),
        ("p300-46", "p300-39"), ("p300-47", "p300-44"), ("p300-47", "p300-46"), ("p300-48", "p300-39"),
    }  # fmt: skip
    assert shared == {
        ("p300-01", "p300-02"), ("p300-01", "p300-04"), ("p300-01", "p300-05"), ("p300-01", "p300-07"),
        ("p300-01", "p300-15"), ("p300-02", "p300-04"), ("p300-02", "p300-05"), ("p300-02", "p300-07"),
        ("p300-02", "p300-15"), ("p300-04", "p300-05"), ("p300-04", "p300-07"), ("p300-04", "p300-15"),
        ("p300-05", "p300-07"), ("p300-05", "p300-15"), ("p300-07", "p300-15"), ("p300-09", "p300-10"),
        ("p300-09", "p300-11"), ("p300-09", "p300-12"), ("p300-11", "p300-12"), ("p300-17", "p300-19"),
        ("p300-17", "p300-28"), ("p300-18", "p300-22"), ("p300-18", "p300-23"), ("p300-18", "p300-25"),
        ("p300-18", "p300-28"), ("p300-18", "p300-32"), ("p300-19", "p300-28"), ("p300-20", "p300-29"),
        ("p300-22", "p300-23"), ("p300-22", "p300-25"), ("p300-22", "p300-28"), ("p300-22", "p300-32"),
        ("p300-23", "p300-25"), ("p300-23", "p300-28"), ("p300-23", "p300-32"), ("p300-25", "p300-28"),
        ("p300-25", "p300-32"), ("p300-26", "p300-31"), ("p300-28", "p300-32"), ("p300-33", "p300-34"),
        ("p300-33", "p300-36"), ("p300-33", "p300-38"), ("p300-33", "p300-39"), ("p300-33", "p300-43"),
        ("p300-34", "p300-36"), ("p300-34", "p300-38"), ("p300-34", "p300-39"), ("p300-34", "p300-43"),
        ("p300-36", "p300-38"), ("p300-36", "p300-39"), ("p300-36", "p300-43"), ("p300-37", "p300-42"),
        ("p300-37", "p300-46"), ("p300-38", "p300-39"), ("p300-38", "p300-43"), ("p300-39", "p300-43"),
        ("p300-42", "p300-46"),
        # FALSE: KilnEval and KilnEval 2.0, keyed apart; the Tohoku catalogue and the Tanjur
        ("p300-01", "p300-09"), ("p300-04", "p300-09"), ("p300-05", "p300-09"), ("p300-33", "p300-35"),
        ("p300-33", "p300-45"), ("p300-38", "p300-45"), ("p300-44", "p300-45"),
    }  # fmt: skip


def test_the_three_hundred_and_first_probes_of_radial_velocities_bakers_asthma_and_tea_trade() -> None:
    # 48 abstracts of Bayesian exoplanet detection from radial velocities, occupational asthma in bakers and
    # the history of the Chinese tea trade (two untitled), written on 7 December (eighteenth) and held out
    # (read with dce0c4f): of the writer's 32 builds-on pairs 32, 2 false; of 60 shared pairs 36, 7 false.
    # Worked on: a figure reported in a cohort or a catalogue ("the sensitisation incidence of 4.2 per 100
    # person-years reported among Dutch and Flemish apprentices in the TALVEN cohort", "the 1.9 m/s reported
    # for solar twins in the HelioTwin-RV catalogue (Queiroz et al., 2017)"), quoted, this mention only.
    # Missed: HARPS spectra, the Canton records and the Maritime Customs returns by some users
    builds_on, shared = _loaded_pairs("other-fields-probes-301.jsonl")
    assert builds_on == {
        ("p301-03", "p301-01"), ("p301-04", "p301-02"), ("p301-06", "p301-02"), ("p301-06", "p301-05"),
        ("p301-07", "p301-01"), ("p301-09", "p301-07"), ("p301-10", "p301-05"), ("p301-12", "p301-10"),
        ("p301-14", "p301-07"), ("p301-14", "p301-13"), ("p301-16", "p301-02"), ("p301-19", "p301-17"),
        ("p301-21", "p301-17"), ("p301-21", "p301-18"), ("p301-23", "p301-19"), ("p301-24", "p301-18"),
        ("p301-25", "p301-17"), ("p301-25", "p301-19"), ("p301-27", "p301-24"), ("p301-29", "p301-27"),
        ("p301-30", "p301-25"), ("p301-31", "p301-18"), ("p301-32", "p301-25"), ("p301-34", "p301-33"),
        ("p301-37", "p301-35"), ("p301-40", "p301-33"), ("p301-41", "p301-36"), ("p301-43", "p301-40"),
        ("p301-44", "p301-36"), ("p301-46", "p301-35"), ("p301-48", "p301-33"), ("p301-48", "p301-40"),
    }  # fmt: skip
    assert shared == {
        ("p301-01", "p301-03"), ("p301-01", "p301-05"), ("p301-01", "p301-07"), ("p301-01", "p301-11"),
        ("p301-01", "p301-13"), ("p301-03", "p301-05"), ("p301-03", "p301-07"), ("p301-03", "p301-11"),
        ("p301-03", "p301-13"), ("p301-05", "p301-06"), ("p301-05", "p301-07"), ("p301-05", "p301-10"),
        ("p301-05", "p301-11"), ("p301-05", "p301-13"), ("p301-06", "p301-10"), ("p301-07", "p301-11"),
        ("p301-07", "p301-13"), ("p301-11", "p301-13"), ("p301-13", "p301-16"), ("p301-17", "p301-19"),
        ("p301-17", "p301-21"), ("p301-17", "p301-25"), ("p301-19", "p301-21"), ("p301-19", "p301-25"),
        ("p301-21", "p301-25"), ("p301-24", "p301-27"), ("p301-26", "p301-30"), ("p301-35", "p301-37"),
        ("p301-35", "p301-46"), ("p301-37", "p301-46"), ("p301-40", "p301-42"), ("p301-40", "p301-43"),
        ("p301-40", "p301-45"), ("p301-40", "p301-48"), ("p301-42", "p301-45"), ("p301-43", "p301-48"),
    }  # fmt: skip


def test_the_three_hundred_and_second_probes_of_migration_phenology_caries_and_bronze_mirrors() -> None:
    # 48 abstracts of Bayesian bird migration phenology, dental caries in schoolchildren and Chinese bronze
    # mirror inscriptions (two untitled), written on 7 December (eighteenth) and held out (read with a230249):
    # of the writer's 47 builds-on pairs 47, 3 false; of 83 shared pairs 71, 5 false. Worked on: "School
    # programmes ... have achieved relative reductions ... elsewhere, for example 26% in the HALO trial (Pryce
    # et al., 2016)"; "is being considered for a later sub-study". Left false: "such as PhenoLoom, have been
    # developed for North American data (Kowalczyk et al., 2015), but ..." and a trial's figures quoted
    builds_on, shared = _loaded_pairs("other-fields-probes-302.jsonl")
    assert builds_on == {
        ("p302-04", "p302-01"), ("p302-06", "p302-01"), ("p302-06", "p302-03"), ("p302-07", "p302-05"),
        ("p302-09", "p302-01"), ("p302-11", "p302-03"), ("p302-11", "p302-05"), ("p302-12", "p302-08"),
        ("p302-13", "p302-05"), ("p302-14", "p302-09"), ("p302-15", "p302-08"), ("p302-15", "p302-09"),
        ("p302-16", "p302-12"), ("p302-20", "p302-17"), ("p302-21", "p302-17"), ("p302-21", "p302-18"),
        ("p302-24", "p302-18"), ("p302-26", "p302-20"), ("p302-27", "p302-17"), ("p302-27", "p302-18"),
        ("p302-28", "p302-22"), ("p302-30", "p302-17"), ("p302-30", "p302-18"), ("p302-30", "p302-27"),
        ("p302-31", "p302-22"), ("p302-31", "p302-28"), ("p302-32", "p302-20"), ("p302-32", "p302-27"),
        ("p302-36", "p302-33"), ("p302-37", "p302-33"), ("p302-39", "p302-33"), ("p302-39", "p302-35"),
        ("p302-41", "p302-33"), ("p302-41", "p302-35"), ("p302-41", "p302-37"), ("p302-42", "p302-35"),
        ("p302-42", "p302-39"), ("p302-43", "p302-35"), ("p302-43", "p302-39"), ("p302-45", "p302-33"),
        ("p302-45", "p302-41"), ("p302-46", "p302-35"), ("p302-47", "p302-46"), ("p302-48", "p302-33"),
        ("p302-48", "p302-35"), ("p302-48", "p302-39"), ("p302-48", "p302-43"),
        # (7 December, nineteenth: "such as PhenoLoom, have been developed for North American data
        # (Kowalczyk et al., 2015)" is read, its citation what has been done)
    }  # fmt: skip
    assert shared == {
        ("p302-01", "p302-04"), ("p302-01", "p302-09"), ("p302-01", "p302-14"), ("p302-02", "p302-16"),
        ("p302-03", "p302-06"), ("p302-03", "p302-11"), ("p302-04", "p302-09"), ("p302-04", "p302-14"),
        ("p302-06", "p302-11"), ("p302-07", "p302-12"), ("p302-07", "p302-13"), ("p302-07", "p302-16"),
        ("p302-09", "p302-14"), ("p302-12", "p302-13"), ("p302-12", "p302-16"), ("p302-13", "p302-16"),
        ("p302-18", "p302-21"), ("p302-18", "p302-24"), ("p302-18", "p302-27"), ("p302-18", "p302-30"),
        ("p302-19", "p302-29"), ("p302-20", "p302-26"), ("p302-21", "p302-24"), ("p302-21", "p302-27"),
        ("p302-21", "p302-30"), ("p302-22", "p302-28"), ("p302-22", "p302-31"), ("p302-24", "p302-27"),
        ("p302-24", "p302-30"), ("p302-27", "p302-30"), ("p302-28", "p302-31"), ("p302-33", "p302-36"),
        ("p302-33", "p302-37"), ("p302-33", "p302-39"), ("p302-33", "p302-41"), ("p302-33", "p302-45"),
        ("p302-33", "p302-48"), ("p302-35", "p302-39"), ("p302-35", "p302-41"), ("p302-35", "p302-42"),
        ("p302-35", "p302-43"), ("p302-35", "p302-46"), ("p302-35", "p302-48"), ("p302-36", "p302-37"),
        ("p302-36", "p302-39"), ("p302-36", "p302-41"), ("p302-36", "p302-45"), ("p302-36", "p302-48"),
        ("p302-37", "p302-39"), ("p302-37", "p302-41"), ("p302-37", "p302-45"), ("p302-37", "p302-48"),
        ("p302-39", "p302-41"), ("p302-39", "p302-42"), ("p302-39", "p302-43"), ("p302-39", "p302-45"),
        ("p302-39", "p302-46"), ("p302-39", "p302-48"), ("p302-41", "p302-42"), ("p302-41", "p302-43"),
        ("p302-41", "p302-45"), ("p302-41", "p302-46"), ("p302-41", "p302-48"), ("p302-42", "p302-43"),
        ("p302-42", "p302-46"), ("p302-42", "p302-48"), ("p302-43", "p302-46"), ("p302-43", "p302-48"),
        ("p302-44", "p302-46"), ("p302-45", "p302-48"), ("p302-46", "p302-48"),
        # FALSE: the HALO trial's figures quoted
        ("p302-20", "p302-32"), ("p302-26", "p302-32"),
    }  # fmt: skip


def test_the_three_hundred_and_third_probes_of_indigenous_translation_sepsis_trials_and_dunhuang() -> None:
    # 48 abstracts of machine translation for Indigenous languages, Bayesian adaptive sepsis trials and
    # Dunhuang manuscript conservation (two untitled), written on 7 December (eighteenth) and held out (read
    # with a230249): of the writer's 47 builds-on pairs 47, 7 false; of 90 shared pairs 72, 22 false. Worked
    # on: "For context, the Sanwei Fibre Atlas study reported that ..."; "for example with the Moxian
    # pipeline, would document"; "We did not include multilingual models such as Wayra in our comparison";
    # "the developers of the Qillqa Corpus, for instance, reported that". Left false: a narrative review's
    # "vasopressor platforms such as MIRADOR" past a semicolon; "Motivated by the first MIRADOR vasopressor
    # domain, which reported ..."; "A confirmatory trial using the Sepsis Recovery Ordinal Scale ... might
    # need fewer participants"; papers of the MIRADOR platform trial, which this writer does not count as
    # sharing its data
    builds_on, shared = _loaded_pairs("other-fields-probes-303.jsonl")
    assert builds_on == {
        ("p303-03", "p303-01"), ("p303-04", "p303-03"), ("p303-06", "p303-02"), ("p303-07", "p303-01"),
        ("p303-07", "p303-03"), ("p303-07", "p303-04"), ("p303-08", "p303-02"), ("p303-09", "p303-03"),
        ("p303-10", "p303-01"), ("p303-10", "p303-03"), ("p303-12", "p303-07"), ("p303-12", "p303-11"),
        ("p303-14", "p303-04"), ("p303-14", "p303-07"), ("p303-16", "p303-02"), ("p303-16", "p303-08"),
        ("p303-21", "p303-17"), ("p303-21", "p303-18"), ("p303-21", "p303-19"), ("p303-21", "p303-20"),
        ("p303-23", "p303-18"), ("p303-24", "p303-17"), ("p303-24", "p303-18"), ("p303-26", "p303-17"),
        ("p303-26", "p303-19"), ("p303-26", "p303-20"), ("p303-27", "p303-18"), ("p303-28", "p303-17"),
        ("p303-28", "p303-18"), ("p303-29", "p303-26"), ("p303-31", "p303-17"), ("p303-31", "p303-18"),
        ("p303-31", "p303-19"), ("p303-31", "p303-26"), ("p303-32", "p303-19"), ("p303-32", "p303-26"),
        ("p303-37", "p303-33"), ("p303-39", "p303-35"), ("p303-40", "p303-34"), ("p303-40", "p303-36"),
        ("p303-41", "p303-33"), ("p303-42", "p303-36"), ("p303-43", "p303-39"), ("p303-44", "p303-36"),
        ("p303-46", "p303-34"), ("p303-48", "p303-33"), ("p303-48", "p303-44"),
        # FALSE: a domain's finding; a trial that might be run (7 December, nineteenth: the review's example
        # past a semicolon, "vasopressor platforms such as MIRADOR", is read, list items of four words)
        ("p303-30", "p303-17"), ("p303-30", "p303-18"),
    }  # fmt: skip
    assert shared == {
        ("p303-01", "p303-03"), ("p303-01", "p303-07"), ("p303-01", "p303-10"), ("p303-02", "p303-03"),
        ("p303-02", "p303-04"), ("p303-02", "p303-07"), ("p303-02", "p303-08"), ("p303-02", "p303-14"),
        ("p303-02", "p303-15"), ("p303-02", "p303-16"), ("p303-03", "p303-04"), ("p303-03", "p303-07"),
        ("p303-03", "p303-10"), ("p303-03", "p303-14"), ("p303-03", "p303-15"), ("p303-03", "p303-16"),
        ("p303-04", "p303-07"), ("p303-04", "p303-14"), ("p303-04", "p303-15"), ("p303-04", "p303-16"),
        ("p303-06", "p303-16"), ("p303-07", "p303-09"), ("p303-07", "p303-10"), ("p303-07", "p303-11"),
        ("p303-07", "p303-13"), ("p303-07", "p303-14"), ("p303-07", "p303-15"), ("p303-07", "p303-16"),
        ("p303-08", "p303-16"), ("p303-09", "p303-11"), ("p303-09", "p303-13"), ("p303-11", "p303-12"),
        ("p303-11", "p303-13"), ("p303-14", "p303-15"), ("p303-14", "p303-16"), ("p303-15", "p303-16"),
        ("p303-18", "p303-23"), ("p303-18", "p303-27"), ("p303-18", "p303-30"), ("p303-18", "p303-32"),
        ("p303-19", "p303-21"), ("p303-19", "p303-26"), ("p303-19", "p303-31"), ("p303-19", "p303-32"),
        ("p303-21", "p303-26"), ("p303-21", "p303-31"), ("p303-21", "p303-32"), ("p303-23", "p303-27"),
        ("p303-23", "p303-30"), ("p303-23", "p303-32"), ("p303-24", "p303-28"), ("p303-24", "p303-31"),
        ("p303-26", "p303-31"), ("p303-26", "p303-32"), ("p303-28", "p303-31"), ("p303-30", "p303-32"),
        ("p303-31", "p303-32"), ("p303-33", "p303-37"), ("p303-33", "p303-41"), ("p303-33", "p303-48"),
        ("p303-36", "p303-40"), ("p303-36", "p303-42"), ("p303-36", "p303-44"), ("p303-37", "p303-41"),
        ("p303-37", "p303-43"), ("p303-37", "p303-48"), ("p303-40", "p303-42"), ("p303-40", "p303-44"),
        ("p303-41", "p303-48"), ("p303-42", "p303-44"), ("p303-43", "p303-48"), ("p303-44", "p303-48"),
        # FALSE: the MIRADOR platform's papers, keyed apart
        ("p303-17", "p303-21"), ("p303-17", "p303-24"), ("p303-17", "p303-26"), ("p303-17", "p303-28"),
        ("p303-17", "p303-30"), ("p303-17", "p303-31"), ("p303-21", "p303-24"), ("p303-21", "p303-28"),
        ("p303-21", "p303-30"), ("p303-24", "p303-26"), ("p303-24", "p303-30"), ("p303-26", "p303-28"),
        ("p303-26", "p303-30"), ("p303-28", "p303-30"), ("p303-30", "p303-31"),
    }  # fmt: skip


def test_the_three_hundred_and_fourth_probes_of_flood_forecasting_smoking_cessation_and_gardens() -> None:
    # 48 abstracts of Bayesian flood forecasting, tobacco cessation programmes and Chinese classical garden
    # history (two untitled), written on 7 December (eighteenth) and held out (read with a230249): of the
    # writer's 30 builds-on pairs 30, 5 false; of 39 shared pairs 29, 10 false. Worked on: a survey's
    # "Examples of textual resources include the Jiangnan Garden Records Corpus" and "Methods for analysing
    # movement and vision include Framed View Sequence Analysis". Left false: "programmes ... have reported
    # verified abstinence of 11.9% versus 7.2% in the US BRAIDE trial (Okonkwo et al., 2018)"; "Recent
    # scholarship ..., including work using Framed View Sequence Analysis, has emphasised"
    builds_on, shared = _loaded_pairs("other-fields-probes-304.jsonl")
    assert builds_on == {
        ("p304-04", "p304-01"), ("p304-06", "p304-03"), ("p304-08", "p304-05"), ("p304-09", "p304-01"),
        ("p304-10", "p304-07"), ("p304-12", "p304-01"), ("p304-12", "p304-03"), ("p304-13", "p304-05"),
        ("p304-14", "p304-01"), ("p304-15", "p304-07"), ("p304-20", "p304-17"), ("p304-23", "p304-19"),
        ("p304-24", "p304-19"), ("p304-24", "p304-21"), ("p304-25", "p304-23"), ("p304-26", "p304-17"),
        ("p304-28", "p304-21"), ("p304-31", "p304-26"), ("p304-32", "p304-17"), ("p304-36", "p304-33"),
        ("p304-38", "p304-35"), ("p304-39", "p304-33"), ("p304-40", "p304-37"), ("p304-42", "p304-35"),
        ("p304-42", "p304-37"), ("p304-43", "p304-33"), ("p304-44", "p304-39"), ("p304-46", "p304-35"),
        ("p304-48", "p304-37"), ("p304-48", "p304-39"),
        # FALSE: a trial's figures quoted; others' work including a method
        ("p304-27", "p304-23"), ("p304-47", "p304-35"),
    }  # fmt: skip
    assert shared == {
        ("p304-01", "p304-04"), ("p304-01", "p304-09"), ("p304-02", "p304-14"), ("p304-03", "p304-06"),
        ("p304-03", "p304-12"), ("p304-04", "p304-09"), ("p304-06", "p304-12"), ("p304-07", "p304-10"),
        ("p304-21", "p304-24"), ("p304-21", "p304-28"), ("p304-22", "p304-31"), ("p304-23", "p304-25"),
        ("p304-24", "p304-28"), ("p304-33", "p304-36"), ("p304-33", "p304-39"), ("p304-33", "p304-43"),
        ("p304-33", "p304-44"), ("p304-36", "p304-39"), ("p304-36", "p304-43"), ("p304-36", "p304-44"),
        ("p304-37", "p304-40"), ("p304-37", "p304-42"), ("p304-37", "p304-48"), ("p304-39", "p304-43"),
        ("p304-39", "p304-44"), ("p304-40", "p304-42"), ("p304-40", "p304-48"), ("p304-42", "p304-48"),
        ("p304-43", "p304-44"),
        # FALSE: the BRAIDE trial's figures quoted
        ("p304-23", "p304-27"), ("p304-25", "p304-27"),
    }  # fmt: skip


def test_the_three_hundred_and_fifth_probes_of_amazon_malaria_hearing_loss_and_seal_script() -> None:
    # 48 abstracts of Bayesian malaria mapping in the Amazon, hearing loss in older adults and Chinese seal
    # script epigraphy (two untitled), written on 7 December (eighteenth) at the session's end, read with
    # 1f01531 and pinned as read, with no rule work on them: of the writer's 40 builds-on pairs 40, 3 false;
    # of 79 shared pairs 62, 4 false. Next targets: "For comparison, the HALO trial reported ... (Halloran et
    # al., 2018)", a finding the sentence opens with, cited; "In longitudinal Canadian data, LHAC
    # investigators reported"; "Building on the argument that ... (Hallberg, 2015)", an argument, not a thing
    # On 7 December (nineteenth) the first two are read: builds-on 40, 1 false (the argument); shared 62, none
    # false.
    builds_on, shared = _loaded_pairs("other-fields-probes-305.jsonl")
    assert builds_on == {
        ("p305-03", "p305-01"), ("p305-05", "p305-01"), ("p305-06", "p305-01"), ("p305-06", "p305-03"),
        ("p305-09", "p305-01"), ("p305-09", "p305-03"), ("p305-09", "p305-05"), ("p305-12", "p305-10"),
        ("p305-13", "p305-01"), ("p305-13", "p305-03"), ("p305-14", "p305-01"), ("p305-14", "p305-05"),
        ("p305-15", "p305-13"), ("p305-16", "p305-01"), ("p305-16", "p305-05"), ("p305-16", "p305-13"),
        ("p305-20", "p305-18"), ("p305-21", "p305-17"), ("p305-23", "p305-18"), ("p305-25", "p305-17"),
        ("p305-25", "p305-22"), ("p305-27", "p305-22"), ("p305-28", "p305-18"), ("p305-28", "p305-20"),
        ("p305-30", "p305-22"), ("p305-32", "p305-17"), ("p305-32", "p305-18"), ("p305-32", "p305-30"),
        ("p305-36", "p305-34"), ("p305-38", "p305-34"), ("p305-39", "p305-36"), ("p305-41", "p305-34"),
        ("p305-41", "p305-36"), ("p305-42", "p305-38"), ("p305-44", "p305-34"), ("p305-44", "p305-36"),
        ("p305-46", "p305-34"), ("p305-46", "p305-38"), ("p305-46", "p305-44"), ("p305-47", "p305-41"),
        # FALSE: an argument cited, not a thing
        ("p305-37", "p305-33"),
    }  # fmt: skip
    assert shared == {
        ("p305-01", "p305-03"), ("p305-01", "p305-05"), ("p305-01", "p305-06"), ("p305-01", "p305-09"),
        ("p305-01", "p305-13"), ("p305-01", "p305-14"), ("p305-01", "p305-16"), ("p305-02", "p305-04"),
        ("p305-02", "p305-08"), ("p305-02", "p305-10"), ("p305-02", "p305-15"), ("p305-03", "p305-05"),
        ("p305-03", "p305-06"), ("p305-03", "p305-09"), ("p305-03", "p305-13"), ("p305-03", "p305-14"),
        ("p305-03", "p305-16"), ("p305-04", "p305-08"), ("p305-04", "p305-10"), ("p305-04", "p305-15"),
        ("p305-05", "p305-06"), ("p305-05", "p305-09"), ("p305-05", "p305-13"), ("p305-05", "p305-14"),
        ("p305-05", "p305-16"), ("p305-06", "p305-09"), ("p305-06", "p305-13"), ("p305-06", "p305-14"),
        ("p305-06", "p305-16"), ("p305-08", "p305-10"), ("p305-08", "p305-15"), ("p305-09", "p305-13"),
        ("p305-09", "p305-14"), ("p305-09", "p305-16"), ("p305-10", "p305-15"), ("p305-13", "p305-14"),
        ("p305-13", "p305-16"), ("p305-14", "p305-16"), ("p305-17", "p305-21"), ("p305-17", "p305-25"),
        ("p305-17", "p305-32"), ("p305-19", "p305-29"), ("p305-20", "p305-28"), ("p305-21", "p305-25"),
        ("p305-21", "p305-32"), ("p305-25", "p305-32"), ("p305-26", "p305-31"), ("p305-34", "p305-36"),
        ("p305-34", "p305-38"), ("p305-34", "p305-41"), ("p305-34", "p305-44"), ("p305-34", "p305-46"),
        ("p305-36", "p305-38"), ("p305-36", "p305-41"), ("p305-36", "p305-44"), ("p305-36", "p305-46"),
        ("p305-38", "p305-41"), ("p305-38", "p305-44"), ("p305-38", "p305-46"), ("p305-41", "p305-44"),
        ("p305-41", "p305-46"), ("p305-44", "p305-46"),
    }  # fmt: skip


def test_the_three_hundred_and_sixth_probes_of_interaction_graphs_bycatch_and_ming_registers() -> None:
    # 48 abstracts of graph neural networks for drug-drug interactions, Bayesian models of fisheries bycatch
    # and Ming household registers (two untitled), written on 7 December (eighteenth) at the session's end,
    # read with 1f01531 and pinned as read, with no rule work on them: of the writer's 60 builds-on pairs 59,
    # 4 false; of 135 shared pairs 91, 16 false. Next targets: a survey's "among them ... and the recently
    # proposed severity-tiered SAIP benchmark" and "we take as illustrative examples the newly released Houhu
    # Fragment Corpus"; "of the kind made possible by methods such as DecaLink, would be valuable should ...
    # come to light". Since the session's end: "The DecaLink method [9] could in principle trace ..., and we
    # have not applied it" ("have not", not "did not") is read. On 7 December (nineteenth) these are read, and
    # "In earlier work we introduced HyperDrift ... Here we extend HyperDrift" builds on HyperDrift's paper:
    # builds-on 60, none false; shared 91, none false.
    builds_on, shared = _loaded_pairs("other-fields-probes-306.jsonl")
    assert builds_on == {
        ("p306-02", "p306-01"), ("p306-03", "p306-01"), ("p306-05", "p306-01"), ("p306-05", "p306-02"),
        ("p306-06", "p306-02"), ("p306-06", "p306-03"), ("p306-07", "p306-01"), ("p306-08", "p306-03"),
        ("p306-09", "p306-01"), ("p306-09", "p306-02"), ("p306-09", "p306-03"), ("p306-10", "p306-01"),
        ("p306-11", "p306-02"), ("p306-11", "p306-03"), ("p306-11", "p306-05"), ("p306-11", "p306-09"),
        ("p306-13", "p306-03"), ("p306-13", "p306-12"), ("p306-14", "p306-09"), ("p306-15", "p306-09"),
        ("p306-16", "p306-02"), ("p306-16", "p306-03"), ("p306-16", "p306-09"), ("p306-18", "p306-17"),
        ("p306-20", "p306-18"), ("p306-22", "p306-17"), ("p306-22", "p306-18"), ("p306-23", "p306-20"),
        ("p306-25", "p306-17"), ("p306-25", "p306-18"), ("p306-25", "p306-20"), ("p306-26", "p306-18"),
        ("p306-26", "p306-20"), ("p306-27", "p306-23"), ("p306-27", "p306-25"), ("p306-28", "p306-17"),
        ("p306-29", "p306-18"), ("p306-30", "p306-25"), ("p306-31", "p306-18"), ("p306-31", "p306-20"),
        ("p306-31", "p306-23"), ("p306-31", "p306-25"), ("p306-32", "p306-18"), ("p306-35", "p306-33"),
        ("p306-37", "p306-33"), ("p306-37", "p306-35"), ("p306-39", "p306-33"), ("p306-39", "p306-35"),
        ("p306-40", "p306-36"), ("p306-43", "p306-33"), ("p306-43", "p306-35"), ("p306-44", "p306-33"),
        ("p306-44", "p306-35"), ("p306-44", "p306-36"), ("p306-45", "p306-33"), ("p306-46", "p306-33"),
        ("p306-46", "p306-43"), ("p306-48", "p306-33"), ("p306-48", "p306-36"), ("p306-48", "p306-43"),
    }  # fmt: skip
    assert shared == {
        ("p306-01", "p306-02"), ("p306-01", "p306-03"), ("p306-01", "p306-08"), ("p306-01", "p306-09"),
        ("p306-01", "p306-10"), ("p306-01", "p306-12"), ("p306-01", "p306-13"), ("p306-01", "p306-15"),
        ("p306-01", "p306-16"), ("p306-02", "p306-05"), ("p306-02", "p306-06"), ("p306-02", "p306-09"),
        ("p306-02", "p306-10"), ("p306-02", "p306-11"), ("p306-02", "p306-12"), ("p306-02", "p306-15"),
        ("p306-02", "p306-16"), ("p306-03", "p306-08"), ("p306-03", "p306-13"), ("p306-03", "p306-16"),
        ("p306-05", "p306-06"), ("p306-05", "p306-09"), ("p306-05", "p306-11"), ("p306-05", "p306-16"),
        ("p306-06", "p306-09"), ("p306-06", "p306-11"), ("p306-06", "p306-16"), ("p306-08", "p306-13"),
        ("p306-08", "p306-16"), ("p306-09", "p306-10"), ("p306-09", "p306-11"), ("p306-09", "p306-12"),
        ("p306-09", "p306-15"), ("p306-09", "p306-16"), ("p306-10", "p306-12"), ("p306-10", "p306-15"),
        ("p306-11", "p306-16"), ("p306-12", "p306-13"), ("p306-12", "p306-15"), ("p306-13", "p306-16"),
        ("p306-17", "p306-18"), ("p306-17", "p306-23"), ("p306-17", "p306-25"), ("p306-17", "p306-27"),
        ("p306-17", "p306-30"), ("p306-18", "p306-23"), ("p306-18", "p306-25"), ("p306-18", "p306-27"),
        ("p306-18", "p306-30"), ("p306-23", "p306-25"), ("p306-23", "p306-27"), ("p306-23", "p306-30"),
        ("p306-25", "p306-27"), ("p306-25", "p306-30"), ("p306-27", "p306-30"), ("p306-33", "p306-35"),
        ("p306-33", "p306-37"), ("p306-33", "p306-39"), ("p306-33", "p306-43"), ("p306-33", "p306-44"),
        ("p306-33", "p306-45"), ("p306-33", "p306-46"), ("p306-33", "p306-48"), ("p306-35", "p306-37"),
        ("p306-35", "p306-39"), ("p306-35", "p306-43"), ("p306-35", "p306-44"), ("p306-35", "p306-45"),
        ("p306-35", "p306-46"), ("p306-35", "p306-48"), ("p306-37", "p306-39"), ("p306-37", "p306-43"),
        ("p306-37", "p306-44"), ("p306-37", "p306-45"), ("p306-37", "p306-46"), ("p306-37", "p306-48"),
        ("p306-39", "p306-43"), ("p306-39", "p306-44"), ("p306-39", "p306-45"), ("p306-39", "p306-46"),
        ("p306-39", "p306-48"), ("p306-43", "p306-44"), ("p306-43", "p306-45"), ("p306-43", "p306-46"),
        ("p306-43", "p306-48"), ("p306-44", "p306-45"), ("p306-44", "p306-46"), ("p306-44", "p306-48"),
        ("p306-45", "p306-46"), ("p306-45", "p306-48"), ("p306-46", "p306-48"),
    }  # fmt: skip


def test_the_three_hundred_and_seventh_probes_of_call_centre_emotion_school_obesity_and_caves() -> None:
    # 48 abstracts of speech emotion recognition in call centres, school obesity interventions and Chinese
    # Buddhist cave temple iconography (two untitled), written on 7 December (eighteenth) at the session's
    # end, read with 1f01531 and pinned as read, with no rule work on them: of the writer's 42 builds-on pairs
    # 39, 3 false; of 68 shared pairs 55, 15 false, 12 of them through the Longmen and Yungang caves, which
    # this writer does not count as data. Next targets: "For comparison, a UK cluster randomised trial ...,
    # HOPSCOTCH, reported ... (Whitfield et al., 2019)"; "was reported to reach moderate agreement (kappa =
    # 0.61; Nowak et al., 2019)". On 7 December (nineteenth) these are read, and so are "has shown ... by c.
    # 520 (Whitcombe and Ishikawa, 2018)" in a clause past one of the paper's, "data from NHANES have long
    # documented", "images from the Yungang, Longmen and Gongxian cave temples" (sites, not data) and
    # "FrayNet, FrayNet 2.0 and LANTERN are retrained" (both versions used): builds-on 40, none false; shared
    # 54, none false (one true pair, right only through Yungang, lost).
    builds_on, shared = _loaded_pairs("other-fields-probes-307.jsonl")
    assert builds_on == {
        ("p307-03", "p307-01"), ("p307-05", "p307-01"), ("p307-06", "p307-01"), ("p307-06", "p307-03"),
        ("p307-08", "p307-01"), ("p307-08", "p307-05"), ("p307-10", "p307-03"), ("p307-11", "p307-01"),
        ("p307-11", "p307-03"), ("p307-11", "p307-05"), ("p307-11", "p307-08"), ("p307-12", "p307-08"),
        ("p307-13", "p307-01"), ("p307-13", "p307-08"), ("p307-13", "p307-11"), ("p307-14", "p307-08"),
        ("p307-15", "p307-11"), ("p307-16", "p307-01"), ("p307-16", "p307-03"), ("p307-16", "p307-08"),
        ("p307-16", "p307-11"), ("p307-18", "p307-17"), ("p307-21", "p307-19"), ("p307-24", "p307-17"),
        ("p307-25", "p307-19"), ("p307-27", "p307-19"), ("p307-28", "p307-23"), ("p307-29", "p307-17"),
        ("p307-29", "p307-27"), ("p307-32", "p307-27"), ("p307-37", "p307-34"), ("p307-40", "p307-35"),
        ("p307-41", "p307-38"), ("p307-42", "p307-34"), ("p307-42", "p307-38"), ("p307-44", "p307-35"),
        ("p307-45", "p307-34"), ("p307-46", "p307-38"), ("p307-47", "p307-38"), ("p307-47", "p307-42"),
    }  # fmt: skip
    assert shared == {
        ("p307-01", "p307-03"), ("p307-01", "p307-05"), ("p307-01", "p307-06"), ("p307-01", "p307-08"),
        ("p307-01", "p307-11"), ("p307-01", "p307-13"), ("p307-01", "p307-16"), ("p307-02", "p307-03"),
        ("p307-02", "p307-06"), ("p307-02", "p307-07"), ("p307-02", "p307-09"), ("p307-02", "p307-12"),
        ("p307-02", "p307-15"), ("p307-02", "p307-16"), ("p307-03", "p307-05"), ("p307-03", "p307-06"),
        ("p307-03", "p307-08"), ("p307-03", "p307-11"), ("p307-03", "p307-13"), ("p307-03", "p307-16"),
        ("p307-05", "p307-06"), ("p307-05", "p307-08"), ("p307-05", "p307-11"), ("p307-05", "p307-13"),
        ("p307-05", "p307-16"), ("p307-06", "p307-08"), ("p307-06", "p307-11"), ("p307-06", "p307-13"),
        ("p307-06", "p307-16"), ("p307-07", "p307-09"), ("p307-07", "p307-12"), ("p307-07", "p307-15"),
        ("p307-08", "p307-11"), ("p307-08", "p307-13"), ("p307-08", "p307-16"), ("p307-09", "p307-12"),
        ("p307-09", "p307-15"), ("p307-11", "p307-13"), ("p307-11", "p307-16"), ("p307-12", "p307-15"),
        ("p307-13", "p307-16"), ("p307-17", "p307-18"), ("p307-17", "p307-24"), ("p307-17", "p307-29"),
        ("p307-18", "p307-24"), ("p307-18", "p307-29"), ("p307-22", "p307-31"), ("p307-24", "p307-29"),
        ("p307-33", "p307-38"), ("p307-33", "p307-42"), ("p307-35", "p307-40"), ("p307-35", "p307-44"),
        ("p307-38", "p307-42"), ("p307-40", "p307-44"),
    }  # fmt: skip


def test_the_three_hundred_and_eighth_probes_of_building_energy_stewardship_and_calligraphy() -> None:
    # 48 abstracts of Bayesian calibration of building energy models, antimicrobial stewardship in nursing
    # homes and the authentication of Chinese calligraphy (two untitled), written on 7 December (nineteenth)
    # and read first with 3bdd9e5, held out: of the writer's 32 builds-on pairs 32, 4 false; of 37 shared
    # pairs 27, 9 false. Then read: a systematic review's "Open benchmarks remain rare; the Halden Metered
    # Buildings Collection is among the few public datasets"; "In our earlier application of Calibrix to 12
    # buildings of the Halden Metered Buildings Collection we reported ..."; "By comparison, a US cohort study
    # reported that 38.2% ... (Kessler et al., 2016)"; "- Zhang et al. (2019) report an AUC of 0.91 for MING
    # -". Missed: shared data the lexicon lacks.
    builds_on, shared = _loaded_pairs("other-fields-probes-308.jsonl")
    assert builds_on == {
        ("p308-04", "p308-01"), ("p308-04", "p308-02"), ("p308-05", "p308-01"), ("p308-07", "p308-03"),
        ("p308-08", "p308-02"), ("p308-08", "p308-05"), ("p308-09", "p308-01"), ("p308-09", "p308-05"),
        ("p308-11", "p308-05"), ("p308-12", "p308-03"), ("p308-13", "p308-09"), ("p308-14", "p308-02"),
        ("p308-14", "p308-09"), ("p308-16", "p308-12"), ("p308-20", "p308-17"), ("p308-21", "p308-18"),
        ("p308-25", "p308-22"), ("p308-25", "p308-24"), ("p308-26", "p308-17"), ("p308-28", "p308-18"),
        ("p308-31", "p308-24"), ("p308-32", "p308-18"), ("p308-32", "p308-31"), ("p308-36", "p308-34"),
        ("p308-38", "p308-37"), ("p308-41", "p308-39"), ("p308-43", "p308-34"), ("p308-43", "p308-38"),
        ("p308-44", "p308-37"), ("p308-45", "p308-39"), ("p308-45", "p308-44"), ("p308-47", "p308-34"),
    }  # fmt: skip
    assert shared == {
        ("p308-02", "p308-04"), ("p308-02", "p308-08"), ("p308-02", "p308-14"), ("p308-04", "p308-08"),
        ("p308-04", "p308-14"), ("p308-08", "p308-14"), ("p308-09", "p308-11"), ("p308-09", "p308-16"),
        ("p308-10", "p308-14"), ("p308-11", "p308-16"), ("p308-13", "p308-15"), ("p308-18", "p308-21"),
        ("p308-18", "p308-28"), ("p308-18", "p308-32"), ("p308-21", "p308-28"), ("p308-21", "p308-32"),
        ("p308-28", "p308-32"), ("p308-31", "p308-32"), ("p308-34", "p308-36"), ("p308-34", "p308-43"),
        ("p308-34", "p308-47"), ("p308-36", "p308-43"), ("p308-36", "p308-47"), ("p308-39", "p308-41"),
        ("p308-39", "p308-45"), ("p308-41", "p308-45"), ("p308-43", "p308-47"),
    }  # fmt: skip


def test_the_three_hundred_and_ninth_probes_of_austronesian_trees_wastewater_and_shipwrecks() -> None:
    # 48 abstracts of Bayesian phylogenetics of Austronesian languages, wastewater surveillance of SARS-CoV-2
    # and Song dynasty shipwreck archaeology (two untitled), written on 7 December (nineteenth) and read first
    # with 3bdd9e5, held out: of the writer's 37 builds-on pairs 32, 2 false; of 103 shared pairs 90, 37
    # false. Then read: a review's "We first describe the principal data sources, including ... the recently
    # released NusaCog dataset"; "the qingbai sherds they sampled from the Nanhai I" (a wreck, no data); "Lin
    # et al. (2014) assigned ... using the KilnPrint database; we cite this figure, but no ceramics were
    # reanalysed"; "We fitted Lodestar to the CULVERT dataset" (a use). Missed: the users of "pohon", an R
    # package named in lowercase.
    builds_on, shared = _loaded_pairs("other-fields-probes-309.jsonl")
    assert builds_on == {
        ("p309-03", "p309-01"), ("p309-04", "p309-02"), ("p309-05", "p309-01"), ("p309-05", "p309-02"),
        ("p309-10", "p309-02"), ("p309-11", "p309-01"), ("p309-11", "p309-02"), ("p309-12", "p309-01"),
        ("p309-13", "p309-01"), ("p309-13", "p309-11"), ("p309-15", "p309-11"), ("p309-19", "p309-17"),
        ("p309-21", "p309-17"), ("p309-23", "p309-19"), ("p309-25", "p309-21"), ("p309-27", "p309-17"),
        ("p309-27", "p309-19"), ("p309-27", "p309-21"), ("p309-28", "p309-22"), ("p309-29", "p309-27"),
        ("p309-30", "p309-17"), ("p309-31", "p309-21"), ("p309-32", "p309-21"), ("p309-36", "p309-33"),
        ("p309-39", "p309-35"), ("p309-40", "p309-33"), ("p309-41", "p309-37"), ("p309-42", "p309-37"),
        ("p309-44", "p309-33"), ("p309-45", "p309-42"), ("p309-46", "p309-35"), ("p309-48", "p309-33"),
        ("p309-48", "p309-35"),
    }  # fmt: skip
    assert shared == {
        ("p309-01", "p309-02"), ("p309-01", "p309-03"), ("p309-01", "p309-04"), ("p309-01", "p309-05"),
        ("p309-01", "p309-07"), ("p309-01", "p309-08"), ("p309-01", "p309-09"), ("p309-01", "p309-10"),
        ("p309-01", "p309-11"), ("p309-01", "p309-12"), ("p309-01", "p309-13"), ("p309-01", "p309-14"),
        ("p309-01", "p309-15"), ("p309-01", "p309-16"), ("p309-02", "p309-04"), ("p309-02", "p309-07"),
        ("p309-02", "p309-08"), ("p309-02", "p309-09"), ("p309-02", "p309-10"), ("p309-02", "p309-14"),
        ("p309-02", "p309-15"), ("p309-02", "p309-16"), ("p309-03", "p309-05"), ("p309-03", "p309-11"),
        ("p309-03", "p309-12"), ("p309-03", "p309-13"), ("p309-04", "p309-07"), ("p309-04", "p309-08"),
        ("p309-04", "p309-09"), ("p309-04", "p309-10"), ("p309-04", "p309-14"), ("p309-04", "p309-15"),
        ("p309-04", "p309-16"), ("p309-05", "p309-11"), ("p309-05", "p309-12"), ("p309-05", "p309-13"),
        ("p309-07", "p309-08"), ("p309-07", "p309-09"), ("p309-07", "p309-10"), ("p309-07", "p309-14"),
        ("p309-07", "p309-15"), ("p309-07", "p309-16"), ("p309-08", "p309-09"), ("p309-08", "p309-10"),
        ("p309-08", "p309-14"), ("p309-08", "p309-15"), ("p309-08", "p309-16"), ("p309-09", "p309-10"),
        ("p309-09", "p309-14"), ("p309-09", "p309-15"), ("p309-09", "p309-16"), ("p309-10", "p309-14"),
        ("p309-10", "p309-15"), ("p309-10", "p309-16"), ("p309-11", "p309-12"), ("p309-11", "p309-13"),
        ("p309-12", "p309-13"), ("p309-14", "p309-15"), ("p309-14", "p309-16"), ("p309-15", "p309-16"),
        ("p309-17", "p309-19"), ("p309-17", "p309-21"), ("p309-17", "p309-27"), ("p309-17", "p309-30"),
        ("p309-18", "p309-20"), ("p309-19", "p309-21"), ("p309-19", "p309-27"), ("p309-19", "p309-30"),
        ("p309-21", "p309-25"), ("p309-21", "p309-27"), ("p309-21", "p309-30"), ("p309-27", "p309-30"),
        ("p309-33", "p309-36"), ("p309-33", "p309-40"), ("p309-33", "p309-44"), ("p309-33", "p309-48"),
        ("p309-35", "p309-39"), ("p309-35", "p309-43"), ("p309-35", "p309-46"), ("p309-35", "p309-48"),
        ("p309-36", "p309-40"), ("p309-36", "p309-44"), ("p309-36", "p309-48"), ("p309-39", "p309-43"),
        ("p309-39", "p309-46"), ("p309-39", "p309-48"), ("p309-40", "p309-44"), ("p309-40", "p309-48"),
        ("p309-44", "p309-48"), ("p309-46", "p309-48"),
    }  # fmt: skip


def test_the_three_hundred_and_tenth_probes_of_sensor_anomalies_oncology_priors_and_diaspora_papers() -> None:
    # 48 abstracts of anomaly detection in industrial sensor series, Bayesian survival models in oncology
    # trials and Chinese-language diaspora newspapers in Southeast Asia (two untitled), written on 7 December
    # (nineteenth) and read first with 3bdd9e5, held out: of the writer's 42 builds-on pairs 38, 5 false; of
    # 82 shared pairs 64, 5 false. Then read: "We did not evaluate Corvane or Gnomon: ..."; "we considered
    # dynamic borrowing with PEBBLE ..., but decided against both"; "we rely on figures published by Chua and
    # Lee (2019)"; "We present Moxian 墨线, an open-source pipeline" (a noun, past its Chinese name); "we did
    # not use automatic transcription, including the Moxian OCR pipeline". Missed: NewspaperSG and the LANTERN
    # trial's data, which the lexicon lacks.
    builds_on, shared = _loaded_pairs("other-fields-probes-310.jsonl")
    assert builds_on == {
        ("p310-02", "p310-01"), ("p310-03", "p310-02"), ("p310-05", "p310-01"), ("p310-07", "p310-02"),
        ("p310-08", "p310-05"), ("p310-10", "p310-01"), ("p310-10", "p310-02"), ("p310-10", "p310-07"),
        ("p310-12", "p310-07"), ("p310-13", "p310-05"), ("p310-14", "p310-01"), ("p310-14", "p310-07"),
        ("p310-14", "p310-10"), ("p310-16", "p310-07"), ("p310-19", "p310-17"), ("p310-21", "p310-19"),
        ("p310-23", "p310-21"), ("p310-24", "p310-19"), ("p310-25", "p310-21"), ("p310-25", "p310-24"),
        ("p310-27", "p310-17"), ("p310-27", "p310-19"), ("p310-27", "p310-24"), ("p310-29", "p310-17"),
        ("p310-31", "p310-17"), ("p310-31", "p310-19"), ("p310-31", "p310-24"), ("p310-31", "p310-27"),
        ("p310-32", "p310-21"), ("p310-36", "p310-33"), ("p310-38", "p310-36"), ("p310-39", "p310-33"),
        ("p310-41", "p310-33"), ("p310-41", "p310-39"), ("p310-42", "p310-33"), ("p310-42", "p310-36"),
        ("p310-42", "p310-38"), ("p310-44", "p310-42"), ("p310-45", "p310-36"), ("p310-48", "p310-36"),
        ("p310-48", "p310-38"), ("p310-48", "p310-42"),
    }  # fmt: skip
    assert shared == {
        ("p310-01", "p310-02"), ("p310-01", "p310-05"), ("p310-01", "p310-10"), ("p310-01", "p310-14"),
        ("p310-02", "p310-03"), ("p310-02", "p310-05"), ("p310-02", "p310-07"), ("p310-02", "p310-10"),
        ("p310-02", "p310-12"), ("p310-02", "p310-14"), ("p310-03", "p310-07"), ("p310-03", "p310-10"),
        ("p310-03", "p310-12"), ("p310-03", "p310-14"), ("p310-03", "p310-16"), ("p310-04", "p310-13"),
        ("p310-05", "p310-10"), ("p310-05", "p310-14"), ("p310-05", "p310-16"), ("p310-07", "p310-10"),
        ("p310-07", "p310-12"), ("p310-07", "p310-14"), ("p310-07", "p310-16"), ("p310-10", "p310-12"),
        ("p310-10", "p310-14"), ("p310-12", "p310-14"), ("p310-14", "p310-16"), ("p310-19", "p310-21"),
        ("p310-19", "p310-24"), ("p310-19", "p310-27"), ("p310-19", "p310-31"), ("p310-20", "p310-21"),
        ("p310-20", "p310-26"), ("p310-20", "p310-29"), ("p310-20", "p310-32"), ("p310-21", "p310-24"),
        ("p310-21", "p310-26"), ("p310-21", "p310-27"), ("p310-21", "p310-29"), ("p310-21", "p310-31"),
        ("p310-21", "p310-32"), ("p310-22", "p310-30"), ("p310-24", "p310-25"), ("p310-24", "p310-27"),
        ("p310-24", "p310-31"), ("p310-25", "p310-27"), ("p310-25", "p310-31"), ("p310-26", "p310-29"),
        ("p310-26", "p310-32"), ("p310-27", "p310-31"), ("p310-29", "p310-32"), ("p310-33", "p310-36"),
        ("p310-33", "p310-39"), ("p310-33", "p310-41"), ("p310-33", "p310-42"), ("p310-36", "p310-39"),
        ("p310-36", "p310-41"), ("p310-36", "p310-42"), ("p310-39", "p310-41"), ("p310-39", "p310-42"),
        ("p310-41", "p310-42"), ("p310-42", "p310-44"), ("p310-42", "p310-48"), ("p310-44", "p310-48"),
    }  # fmt: skip


def test_the_three_hundred_and_eleventh_probes_of_aftershocks_asthma_and_bronze_inscriptions() -> None:
    # 48 abstracts of Bayesian aftershock forecasting, paediatric asthma in low-income cities and Western Zhou
    # bronze inscriptions (two untitled), written on 7 December (nineteenth) and read first with 7e4cbd3, held
    # out: of the writer's 32 builds-on pairs 32, 1 false; of 79 shared pairs 42, 3 false. Then read: "Huang
    # et al. (2018), linking ... in their Tiangan Lattice model, placed it in 816 BCE" (theirs, not the
    # paper's). Left: the protocol, results and extension papers of one trial, KUPUMUA, share its data to the
    # tool, not to this writer.
    builds_on, shared = _loaded_pairs("other-fields-probes-311.jsonl")
    assert builds_on == {
        ("p311-04", "p311-02"), ("p311-07", "p311-03"), ("p311-08", "p311-04"), ("p311-08", "p311-06"),
        ("p311-09", "p311-02"), ("p311-09", "p311-04"), ("p311-12", "p311-06"), ("p311-13", "p311-03"),
        ("p311-13", "p311-04"), ("p311-13", "p311-06"), ("p311-13", "p311-09"), ("p311-14", "p311-09"),
        ("p311-15", "p311-09"), ("p311-21", "p311-18"), ("p311-22", "p311-20"), ("p311-24", "p311-18"),
        ("p311-25", "p311-20"), ("p311-26", "p311-20"), ("p311-26", "p311-22"), ("p311-27", "p311-24"),
        ("p311-30", "p311-18"), ("p311-30", "p311-24"), ("p311-31", "p311-22"), ("p311-32", "p311-30"),
        ("p311-36", "p311-35"), ("p311-39", "p311-35"), ("p311-42", "p311-37"), ("p311-44", "p311-35"),
        ("p311-44", "p311-36"), ("p311-45", "p311-35"), ("p311-45", "p311-36"), ("p311-46", "p311-39"),
    }  # fmt: skip
    assert shared == {
        ("p311-01", "p311-02"), ("p311-01", "p311-09"), ("p311-01", "p311-10"), ("p311-01", "p311-13"),
        ("p311-02", "p311-09"), ("p311-02", "p311-10"), ("p311-02", "p311-13"), ("p311-04", "p311-08"),
        ("p311-04", "p311-09"), ("p311-04", "p311-13"), ("p311-06", "p311-08"), ("p311-07", "p311-12"),
        ("p311-07", "p311-15"), ("p311-08", "p311-09"), ("p311-08", "p311-13"), ("p311-09", "p311-10"),
        ("p311-09", "p311-13"), ("p311-10", "p311-13"), ("p311-12", "p311-15"), ("p311-18", "p311-21"),
        ("p311-18", "p311-24"), ("p311-18", "p311-30"), ("p311-20", "p311-25"), ("p311-21", "p311-24"),
        ("p311-21", "p311-30"), ("p311-24", "p311-30"), ("p311-34", "p311-38"), ("p311-35", "p311-36"),
        ("p311-35", "p311-39"), ("p311-35", "p311-44"), ("p311-35", "p311-45"), ("p311-35", "p311-46"),
        ("p311-35", "p311-48"), ("p311-36", "p311-39"), ("p311-36", "p311-44"), ("p311-36", "p311-45"),
        ("p311-39", "p311-44"), ("p311-39", "p311-45"), ("p311-39", "p311-46"), ("p311-39", "p311-48"),
        ("p311-44", "p311-45"), ("p311-46", "p311-48"),
        # FALSE: one trial's papers
        ("p311-22", "p311-26"), ("p311-22", "p311-31"), ("p311-26", "p311-31"),
    }  # fmt: skip


def test_the_three_hundred_and_twelfth_probes_of_paper_recommenders_hiv_incidence_and_tang_poetry() -> None:
    # 48 abstracts of recommender systems for scientific literature, Bayesian estimation of HIV incidence from
    # surveys and Tang poetry anthologies (two untitled), written on 7 December (nineteenth) and read first
    # with 7e4cbd3, held out: of the writer's 44 builds-on pairs 44, 4 false; of 135 shared pairs 75, 19
    # false. Then read: "An analysis of the ShelfTrace library logs reported that 41% ... (Lindqvist et al.,
    # 2019)"; "ShelfTrace results for DRIFT were not re-run"; "in the Nkhata Bay Recency Cohort, for example,
    # Banda et al. (2014) reported"; "diplomatic transcriptions, including the Shazhou Edition, do not
    # record". One true pair, right only through ShelfTrace, is lost. Left: a survey's "benchmarks built from
    # S2ORC and SciDocs are quickly displacing older citation corpora".
    builds_on, shared = _loaded_pairs("other-fields-probes-312.jsonl")
    assert builds_on == {
        ("p312-03", "p312-02"), ("p312-04", "p312-03"), ("p312-06", "p312-02"), ("p312-07", "p312-03"),
        ("p312-07", "p312-04"), ("p312-09", "p312-02"), ("p312-10", "p312-03"), ("p312-10", "p312-04"),
        ("p312-12", "p312-03"), ("p312-12", "p312-04"), ("p312-12", "p312-07"), ("p312-13", "p312-04"),
        ("p312-13", "p312-09"), ("p312-14", "p312-03"), ("p312-14", "p312-07"), ("p312-16", "p312-09"),
        ("p312-19", "p312-17"), ("p312-20", "p312-17"), ("p312-21", "p312-20"), ("p312-22", "p312-20"),
        ("p312-24", "p312-20"), ("p312-26", "p312-22"), ("p312-27", "p312-17"), ("p312-27", "p312-20"),
        ("p312-28", "p312-22"), ("p312-29", "p312-22"), ("p312-29", "p312-27"), ("p312-31", "p312-27"),
        ("p312-32", "p312-17"), ("p312-32", "p312-29"), ("p312-36", "p312-34"), ("p312-38", "p312-34"),
        ("p312-40", "p312-35"), ("p312-42", "p312-34"), ("p312-42", "p312-38"), ("p312-43", "p312-34"),
        ("p312-43", "p312-38"), ("p312-45", "p312-34"), ("p312-46", "p312-34"), ("p312-46", "p312-35"),
        ("p312-47", "p312-34"), ("p312-47", "p312-42"), ("p312-47", "p312-46"), ("p312-48", "p312-35"),
    }  # fmt: skip
    assert shared == {
        ("p312-03", "p312-04"), ("p312-03", "p312-07"), ("p312-03", "p312-10"), ("p312-03", "p312-12"),
        ("p312-03", "p312-14"), ("p312-04", "p312-07"), ("p312-04", "p312-10"), ("p312-04", "p312-12"),
        ("p312-04", "p312-14"), ("p312-07", "p312-10"), ("p312-07", "p312-12"), ("p312-07", "p312-14"),
        ("p312-09", "p312-13"), ("p312-09", "p312-16"), ("p312-10", "p312-12"), ("p312-10", "p312-14"),
        ("p312-11", "p312-16"), ("p312-12", "p312-14"), ("p312-13", "p312-16"), ("p312-17", "p312-19"),
        ("p312-17", "p312-20"), ("p312-17", "p312-27"), ("p312-17", "p312-32"), ("p312-18", "p312-22"),
        ("p312-18", "p312-26"), ("p312-18", "p312-29"), ("p312-18", "p312-30"), ("p312-18", "p312-32"),
        ("p312-19", "p312-20"), ("p312-19", "p312-27"), ("p312-19", "p312-32"), ("p312-20", "p312-27"),
        ("p312-20", "p312-32"), ("p312-22", "p312-26"), ("p312-22", "p312-29"), ("p312-22", "p312-30"),
        ("p312-22", "p312-32"), ("p312-26", "p312-29"), ("p312-26", "p312-30"), ("p312-26", "p312-32"),
        ("p312-27", "p312-32"), ("p312-29", "p312-30"), ("p312-29", "p312-32"), ("p312-30", "p312-32"),
        ("p312-34", "p312-36"), ("p312-34", "p312-38"), ("p312-34", "p312-42"), ("p312-34", "p312-43"),
        ("p312-34", "p312-45"), ("p312-34", "p312-46"), ("p312-34", "p312-47"), ("p312-36", "p312-38"),
        ("p312-36", "p312-42"), ("p312-36", "p312-43"), ("p312-36", "p312-45"), ("p312-36", "p312-46"),
        ("p312-36", "p312-47"), ("p312-37", "p312-38"), ("p312-37", "p312-42"), ("p312-38", "p312-42"),
        ("p312-38", "p312-43"), ("p312-38", "p312-45"), ("p312-38", "p312-46"), ("p312-38", "p312-47"),
        ("p312-42", "p312-43"), ("p312-42", "p312-45"), ("p312-42", "p312-46"), ("p312-42", "p312-47"),
        ("p312-43", "p312-45"), ("p312-43", "p312-46"), ("p312-43", "p312-47"), ("p312-45", "p312-46"),
        ("p312-45", "p312-47"), ("p312-46", "p312-47"),
        # FALSE: a survey's finding
        ("p312-09", "p312-15"), ("p312-13", "p312-15"), ("p312-15", "p312-16"),
    }  # fmt: skip


def test_the_three_hundred_and_thirteenth_probes_of_wildfire_antidepressants_and_opera_archives() -> None:
    # 48 abstracts of machine learning for wildfire spread, Bayesian network meta-analysis of antidepressants
    # and Chinese opera sound archives (two untitled), written on 7 December (nineteenth) and read first with
    # 7e4cbd3, held out: of the writer's 44 builds-on pairs 44, 3 false; of 103 shared pairs 76, 10 false.
    # Then read: "We considered using the Vireo Depression Trials Database, which contains more recent trials,
    # but did not"; a review of software ("We reviewed software for Bayesian NMA"); "tools such as the
    # Discography of American Historical Recordings (DAHR) and the Changpian Matrix Index have made"; "We did
    # not search ... databases such as CNKI". Left: Pathé and Beka, record labels to this writer.
    builds_on, shared = _loaded_pairs("other-fields-probes-313.jsonl")
    assert builds_on == {
        ("p313-02", "p313-01"), ("p313-04", "p313-02"), ("p313-05", "p313-02"), ("p313-05", "p313-03"),
        ("p313-06", "p313-01"), ("p313-07", "p313-02"), ("p313-07", "p313-03"), ("p313-07", "p313-04"),
        ("p313-09", "p313-01"), ("p313-09", "p313-03"), ("p313-10", "p313-01"), ("p313-10", "p313-02"),
        ("p313-10", "p313-04"), ("p313-13", "p313-02"), ("p313-14", "p313-04"), ("p313-15", "p313-04"),
        ("p313-15", "p313-10"), ("p313-16", "p313-01"), ("p313-16", "p313-04"), ("p313-16", "p313-10"),
        ("p313-19", "p313-17"), ("p313-21", "p313-17"), ("p313-22", "p313-21"), ("p313-23", "p313-17"),
        ("p313-23", "p313-19"), ("p313-26", "p313-21"), ("p313-27", "p313-17"), ("p313-27", "p313-19"),
        ("p313-28", "p313-17"), ("p313-28", "p313-21"), ("p313-29", "p313-27"), ("p313-31", "p313-21"),
        ("p313-31", "p313-27"), ("p313-36", "p313-34"), ("p313-39", "p313-34"), ("p313-39", "p313-37"),
        ("p313-41", "p313-36"), ("p313-44", "p313-34"), ("p313-44", "p313-36"), ("p313-44", "p313-37"),
        ("p313-45", "p313-37"), ("p313-45", "p313-44"), ("p313-46", "p313-36"), ("p313-48", "p313-44"),
    }  # fmt: skip
    assert shared == {
        ("p313-03", "p313-13"), ("p313-04", "p313-05"), ("p313-04", "p313-07"), ("p313-04", "p313-10"),
        ("p313-04", "p313-12"), ("p313-04", "p313-14"), ("p313-04", "p313-15"), ("p313-04", "p313-16"),
        ("p313-05", "p313-12"), ("p313-05", "p313-15"), ("p313-06", "p313-09"), ("p313-07", "p313-10"),
        ("p313-07", "p313-14"), ("p313-07", "p313-15"), ("p313-07", "p313-16"), ("p313-10", "p313-14"),
        ("p313-10", "p313-15"), ("p313-10", "p313-16"), ("p313-12", "p313-15"), ("p313-14", "p313-15"),
        ("p313-14", "p313-16"), ("p313-15", "p313-16"), ("p313-17", "p313-18"), ("p313-17", "p313-19"),
        ("p313-17", "p313-21"), ("p313-17", "p313-22"), ("p313-17", "p313-23"), ("p313-17", "p313-26"),
        ("p313-17", "p313-27"), ("p313-17", "p313-28"), ("p313-17", "p313-31"), ("p313-18", "p313-22"),
        ("p313-18", "p313-26"), ("p313-18", "p313-31"), ("p313-19", "p313-21"), ("p313-19", "p313-23"),
        ("p313-19", "p313-27"), ("p313-19", "p313-28"), ("p313-20", "p313-23"), ("p313-20", "p313-27"),
        ("p313-20", "p313-30"), ("p313-20", "p313-32"), ("p313-21", "p313-23"), ("p313-21", "p313-27"),
        ("p313-21", "p313-28"), ("p313-22", "p313-26"), ("p313-22", "p313-31"), ("p313-23", "p313-27"),
        ("p313-23", "p313-28"), ("p313-23", "p313-30"), ("p313-23", "p313-32"), ("p313-26", "p313-31"),
        ("p313-27", "p313-28"), ("p313-27", "p313-30"), ("p313-27", "p313-32"), ("p313-30", "p313-32"),
        ("p313-34", "p313-36"), ("p313-34", "p313-39"), ("p313-34", "p313-44"), ("p313-35", "p313-39"),
        ("p313-35", "p313-46"), ("p313-35", "p313-48"), ("p313-36", "p313-39"), ("p313-36", "p313-44"),
        ("p313-36", "p313-46"), ("p313-37", "p313-39"), ("p313-37", "p313-44"), ("p313-37", "p313-45"),
        ("p313-39", "p313-44"), ("p313-39", "p313-45"), ("p313-39", "p313-46"), ("p313-39", "p313-48"),
        ("p313-44", "p313-45"), ("p313-44", "p313-48"), ("p313-45", "p313-48"), ("p313-46", "p313-48"),
        # FALSE: record labels
        ("p313-34", "p313-37"),
    }  # fmt: skip


def test_the_three_hundred_and_fourteenth_probes_of_child_language_resistance_and_gazetteer_maps() -> None:
    # 48 abstracts of Bayesian models of language acquisition, hospital surveillance of antimicrobial
    # resistance and woodblock maps in Chinese gazetteers (two untitled), written on 7 December (nineteenth)
    # and read first with 65a2052, held out: of the writer's 27 builds-on pairs 27, 2 false; of 44 shared
    # pairs 35, 6 false. Then read: "families in Providence, Rhode Island" (a town, no corpus); "...: in the
    # ToddLex home-video corpus, named objects were reported to be in the child's view ... (Levinson et al.,
    # 2015)"; "we did not analyse those recordings"; "have found that ..., with a median Lattice-Departure
    # Index of 0.42 ... (Chen et al., 2014)".
    builds_on, shared = _loaded_pairs("other-fields-probes-314.jsonl")
    assert builds_on == {
        ("p314-04", "p314-01"), ("p314-04", "p314-03"), ("p314-08", "p314-05"), ("p314-09", "p314-07"),
        ("p314-10", "p314-05"), ("p314-11", "p314-01"), ("p314-11", "p314-03"), ("p314-14", "p314-07"),
        ("p314-15", "p314-11"), ("p314-19", "p314-17"), ("p314-22", "p314-18"), ("p314-24", "p314-19"),
        ("p314-25", "p314-17"), ("p314-25", "p314-19"), ("p314-28", "p314-18"), ("p314-30", "p314-17"),
        ("p314-30", "p314-24"), ("p314-32", "p314-18"), ("p314-35", "p314-33"), ("p314-36", "p314-33"),
        ("p314-37", "p314-35"), ("p314-40", "p314-36"), ("p314-41", "p314-33"), ("p314-44", "p314-36"),
        ("p314-44", "p314-41"), ("p314-47", "p314-36"), ("p314-48", "p314-35"),
    }  # fmt: skip
    assert shared == {
        ("p314-01", "p314-11"), ("p314-02", "p314-12"), ("p314-02", "p314-16"), ("p314-03", "p314-04"),
        ("p314-03", "p314-11"), ("p314-04", "p314-11"), ("p314-05", "p314-06"), ("p314-05", "p314-08"),
        ("p314-05", "p314-10"), ("p314-06", "p314-10"), ("p314-07", "p314-09"), ("p314-12", "p314-16"),
        ("p314-17", "p314-19"), ("p314-17", "p314-25"), ("p314-17", "p314-30"), ("p314-19", "p314-25"),
        ("p314-19", "p314-30"), ("p314-25", "p314-30"), ("p314-26", "p314-32"), ("p314-33", "p314-35"),
        ("p314-33", "p314-36"), ("p314-33", "p314-41"), ("p314-35", "p314-36"), ("p314-35", "p314-41"),
        ("p314-35", "p314-42"), ("p314-35", "p314-48"), ("p314-36", "p314-41"), ("p314-36", "p314-42"),
        ("p314-36", "p314-48"), ("p314-37", "p314-40"), ("p314-37", "p314-48"), ("p314-40", "p314-48"),
        ("p314-41", "p314-44"), ("p314-42", "p314-48"), ("p314-45", "p314-47"),
    }  # fmt: skip


def test_the_three_hundred_and_fifteenth_probes_of_docking_poverty_maps_and_sutra_translation() -> None:
    # 48 abstracts of deep learning for protein-ligand docking, Bayesian small-area estimation of poverty and
    # Buddhist sutra translation in medieval China (two untitled), written on 7 December (nineteenth) and read
    # first with 65a2052, held out: of the writer's 34 builds-on pairs 33, 1 false; of 71 shared pairs 47, 5
    # false. Then read: "..., but this is left to future work"; "We extend Palisade ... The extension,
    # Palisade-IS, augments the likelihood" (a name of the paper's own). Left: "Dharmaraksa's corpus" read as
    # data named after him, as "Lowe's corpus" of file 170 rightly is (the words cannot tell a writer's works
    # from a compiler's collection), and two countries' Household Income and Expenditure Surveys.
    builds_on, shared = _loaded_pairs("other-fields-probes-315.jsonl")
    assert builds_on == {
        ("p315-02", "p315-01"), ("p315-04", "p315-01"), ("p315-04", "p315-02"), ("p315-06", "p315-03"),
        ("p315-08", "p315-04"), ("p315-08", "p315-07"), ("p315-10", "p315-03"), ("p315-12", "p315-07"),
        ("p315-13", "p315-02"), ("p315-13", "p315-04"), ("p315-15", "p315-01"), ("p315-16", "p315-03"),
        ("p315-16", "p315-10"), ("p315-20", "p315-17"), ("p315-21", "p315-17"), ("p315-21", "p315-19"),
        ("p315-24", "p315-17"), ("p315-24", "p315-19"), ("p315-25", "p315-22"), ("p315-28", "p315-22"),
        ("p315-29", "p315-22"), ("p315-29", "p315-25"), ("p315-30", "p315-19"), ("p315-32", "p315-24"),
        ("p315-36", "p315-33"), ("p315-39", "p315-38"), ("p315-40", "p315-35"), ("p315-42", "p315-38"),
        ("p315-43", "p315-40"), ("p315-44", "p315-33"), ("p315-46", "p315-38"), ("p315-47", "p315-33"),
        ("p315-47", "p315-40"), ("p315-47", "p315-44"),
    }  # fmt: skip
    assert shared == {
        ("p315-02", "p315-04"), ("p315-02", "p315-07"), ("p315-02", "p315-13"), ("p315-04", "p315-11"),
        ("p315-04", "p315-13"), ("p315-06", "p315-16"), ("p315-07", "p315-08"), ("p315-07", "p315-12"),
        ("p315-07", "p315-13"), ("p315-07", "p315-14"), ("p315-08", "p315-12"), ("p315-12", "p315-14"),
        ("p315-12", "p315-15"), ("p315-19", "p315-21"), ("p315-19", "p315-24"), ("p315-19", "p315-30"),
        ("p315-21", "p315-24"), ("p315-21", "p315-30"), ("p315-22", "p315-25"), ("p315-22", "p315-28"),
        ("p315-24", "p315-30"), ("p315-25", "p315-28"), ("p315-27", "p315-31"), ("p315-33", "p315-36"),
        ("p315-33", "p315-39"), ("p315-33", "p315-44"), ("p315-33", "p315-45"), ("p315-33", "p315-47"),
        ("p315-35", "p315-38"), ("p315-35", "p315-39"), ("p315-35", "p315-40"), ("p315-35", "p315-42"),
        ("p315-35", "p315-46"), ("p315-36", "p315-44"), ("p315-36", "p315-47"), ("p315-36", "p315-48"),
        ("p315-38", "p315-39"), ("p315-38", "p315-42"), ("p315-38", "p315-46"), ("p315-39", "p315-42"),
        ("p315-39", "p315-46"), ("p315-40", "p315-43"), ("p315-40", "p315-47"), ("p315-42", "p315-46"),
        ("p315-43", "p315-47"), ("p315-44", "p315-47"), ("p315-46", "p315-48"),
        # FALSE: a translator's corpus; two countries' surveys of one name
        ("p315-20", "p315-23"), ("p315-33", "p315-38"), ("p315-33", "p315-48"), ("p315-36", "p315-38"),
        ("p315-38", "p315-48"),
    }  # fmt: skip


def test_the_three_hundred_and_sixteenth_probes_of_camera_traps_noise_and_qing_porcelain() -> None:
    # 48 abstracts of computer vision for camera-trap images, occupational noise-induced hearing loss and Qing
    # imperial porcelain and palace archives (two untitled), written on 7 December (nineteenth) and read first
    # with 65a2052, held out: of the writer's 39 builds-on pairs 38, 1 false; of 65 shared pairs 62, 20 false.
    # Then read: "from the Yongzheng and early Qianlong reigns" and "the Yongzheng emperor" (a reign, no
    # data); "Liu et al. (2019), for example, reported that the Yuyao Glaze Index ..."; "the Yuyao Glaze Index
    # (YGI) and its revised version YGI 2.0" (both compared). One true pair, right only through Yongzheng, is
    # lost.
    builds_on, shared = _loaded_pairs("other-fields-probes-316.jsonl")
    assert builds_on == {
        ("p316-03", "p316-01"), ("p316-05", "p316-01"), ("p316-05", "p316-02"), ("p316-07", "p316-02"),
        ("p316-09", "p316-06"), ("p316-10", "p316-01"), ("p316-10", "p316-03"), ("p316-10", "p316-07"),
        ("p316-14", "p316-06"), ("p316-15", "p316-01"), ("p316-15", "p316-03"), ("p316-15", "p316-07"),
        ("p316-16", "p316-02"), ("p316-21", "p316-17"), ("p316-21", "p316-18"), ("p316-24", "p316-17"),
        ("p316-24", "p316-18"), ("p316-25", "p316-19"), ("p316-26", "p316-20"), ("p316-28", "p316-18"),
        ("p316-28", "p316-24"), ("p316-30", "p316-20"), ("p316-31", "p316-17"), ("p316-31", "p316-24"),
        ("p316-32", "p316-30"), ("p316-35", "p316-34"), ("p316-36", "p316-33"), ("p316-39", "p316-34"),
        ("p316-39", "p316-35"), ("p316-40", "p316-33"), ("p316-43", "p316-34"), ("p316-43", "p316-35"),
        ("p316-44", "p316-40"), ("p316-45", "p316-34"), ("p316-45", "p316-35"), ("p316-45", "p316-43"),
        ("p316-46", "p316-33"), ("p316-48", "p316-33"), ("p316-48", "p316-40"),
    }  # fmt: skip
    assert shared == {
        ("p316-01", "p316-03"), ("p316-01", "p316-05"), ("p316-01", "p316-10"), ("p316-01", "p316-15"),
        ("p316-02", "p316-03"), ("p316-02", "p316-05"), ("p316-02", "p316-06"), ("p316-02", "p316-07"),
        ("p316-02", "p316-11"), ("p316-02", "p316-12"), ("p316-02", "p316-16"), ("p316-03", "p316-05"),
        ("p316-03", "p316-06"), ("p316-03", "p316-10"), ("p316-03", "p316-12"), ("p316-03", "p316-15"),
        ("p316-05", "p316-07"), ("p316-05", "p316-10"), ("p316-05", "p316-11"), ("p316-05", "p316-15"),
        ("p316-05", "p316-16"), ("p316-06", "p316-09"), ("p316-06", "p316-12"), ("p316-07", "p316-10"),
        ("p316-07", "p316-11"), ("p316-07", "p316-16"), ("p316-09", "p316-12"), ("p316-10", "p316-15"),
        ("p316-10", "p316-16"), ("p316-11", "p316-16"), ("p316-17", "p316-21"), ("p316-17", "p316-24"),
        ("p316-17", "p316-31"), ("p316-18", "p316-24"), ("p316-19", "p316-25"), ("p316-21", "p316-24"),
        ("p316-21", "p316-31"), ("p316-23", "p316-29"), ("p316-24", "p316-31"), ("p316-27", "p316-31"),
        ("p316-33", "p316-36"), ("p316-33", "p316-40"), ("p316-33", "p316-46"), ("p316-33", "p316-48"),
        ("p316-34", "p316-35"), ("p316-34", "p316-39"), ("p316-34", "p316-43"), ("p316-34", "p316-45"),
        ("p316-35", "p316-39"), ("p316-35", "p316-43"), ("p316-35", "p316-45"), ("p316-36", "p316-40"),
        ("p316-36", "p316-46"), ("p316-36", "p316-48"), ("p316-39", "p316-43"), ("p316-39", "p316-45"),
        ("p316-40", "p316-46"), ("p316-40", "p316-48"), ("p316-41", "p316-48"), ("p316-43", "p316-45"),
        ("p316-46", "p316-48"),
    }  # fmt: skip


def test_the_three_hundred_and_seventeenth_probes_of_climate_calibration_stroke_and_film_papers() -> None:
    # 48 abstracts of Bayesian calibration of climate model parameters, stroke rehabilitation trials with
    # wearable sensors and Chinese Republican-era film periodicals (two untitled), written on 7 December
    # (nineteenth) and read first with 7b8766f, held out: of the writer's 35 builds-on pairs 31, 4 false; of
    # 48 shared pairs 28, 10 false. Then read: "...; we leave this to future work"; "Two extensions remain for
    # future work: linking ... in the Qiu Shuyun Collection, and applying ... Reelmark"; "Zhou and colleagues
    # have estimated that ... in the Filmweft corpus". Left: the release paper of Filmweft 2.0 shares Filmweft
    # with the first corpus's users, and a trial's protocol its results paper's data, which this writer keys
    # apart. Missed: "We describe the SALTMARSH ensemble, a 400-member PPE ... released as a community
    # resource" presents nothing.
    builds_on, shared = _loaded_pairs("other-fields-probes-317.jsonl")
    assert builds_on == {
        ("p317-04", "p317-01"), ("p317-05", "p317-01"), ("p317-06", "p317-03"), ("p317-09", "p317-08"),
        ("p317-12", "p317-03"), ("p317-15", "p317-04"), ("p317-16", "p317-08"), ("p317-18", "p317-17"),
        ("p317-19", "p317-18"), ("p317-20", "p317-17"), ("p317-20", "p317-19"), ("p317-22", "p317-17"),
        ("p317-22", "p317-18"), ("p317-23", "p317-17"), ("p317-23", "p317-19"), ("p317-25", "p317-18"),
        ("p317-25", "p317-19"), ("p317-28", "p317-22"), ("p317-30", "p317-18"), ("p317-30", "p317-19"),
        ("p317-31", "p317-20"), ("p317-32", "p317-22"), ("p317-36", "p317-33"), ("p317-37", "p317-35"),
        ("p317-40", "p317-33"), ("p317-41", "p317-36"), ("p317-41", "p317-40"), ("p317-42", "p317-33"),
        ("p317-45", "p317-35"), ("p317-45", "p317-36"), ("p317-47", "p317-40"),
    }  # fmt: skip
    assert shared == {
        ("p317-02", "p317-10"), ("p317-08", "p317-13"), ("p317-09", "p317-11"), ("p317-12", "p317-14"),
        ("p317-18", "p317-19"), ("p317-18", "p317-22"), ("p317-18", "p317-25"), ("p317-18", "p317-30"),
        ("p317-19", "p317-22"), ("p317-19", "p317-25"), ("p317-19", "p317-30"), ("p317-22", "p317-25"),
        ("p317-22", "p317-30"), ("p317-25", "p317-30"), ("p317-27", "p317-30"), ("p317-33", "p317-36"),
        ("p317-33", "p317-40"), ("p317-33", "p317-42"), ("p317-34", "p317-46"), ("p317-34", "p317-48"),
        ("p317-35", "p317-37"), ("p317-35", "p317-45"), ("p317-36", "p317-42"), ("p317-37", "p317-45"),
        ("p317-40", "p317-41"), ("p317-40", "p317-47"), ("p317-41", "p317-47"), ("p317-46", "p317-48"),
        # FALSE: a release paper and the first's users; a trial's protocol
        ("p317-20", "p317-31"), ("p317-36", "p317-40"), ("p317-40", "p317-42"),
    }  # fmt: skip


def test_the_three_hundred_and_eighteenth_probes_of_federated_imaging_crop_yield_and_steles() -> None:
    # 48 abstracts of federated learning for medical imaging, Bayesian models of crop yield under drought and
    # Chinese temple steles (two untitled), written on 7 December (nineteenth) and read first with 7b8766f,
    # held out: of the writer's 31 builds-on pairs 31, 4 false; of 49 shared pairs 31, 7 false. Then read: a
    # systematic review's "benchmark resources cited in the corpus included BraTS, CheXpert, the Nordlys
    # Multicentre Mammography Cohort and the VERDANT suite" (list items of four words); "a formal privacy
    # audit with SiloScope was not performed"; "... reports that 41% ... (Guo et al., 2022), although we did
    # not consult those data"; "rates of 5.1 to 6.8 per 1,000 examinations reported for the four sites of the
    # ..."; "did not access any NMMC images". Left then, read on 7 December (twentieth): published rates
    # taken as simulation parameters, a figure "reported for the four sites of" a cohort and cited.
    builds_on, shared = _loaded_pairs("other-fields-probes-318.jsonl")
    assert builds_on == {
        ("p318-03", "p318-01"), ("p318-04", "p318-01"), ("p318-06", "p318-05"), ("p318-09", "p318-03"),
        ("p318-10", "p318-01"), ("p318-10", "p318-03"), ("p318-11", "p318-07"), ("p318-12", "p318-04"),
        ("p318-12", "p318-10"), ("p318-13", "p318-05"), ("p318-16", "p318-07"), ("p318-19", "p318-17"),
        ("p318-20", "p318-17"), ("p318-22", "p318-17"), ("p318-24", "p318-19"), ("p318-24", "p318-22"),
        ("p318-26", "p318-17"), ("p318-27", "p318-22"), ("p318-29", "p318-26"), ("p318-30", "p318-19"),
        ("p318-31", "p318-22"), ("p318-34", "p318-33"), ("p318-38", "p318-34"), ("p318-39", "p318-36"),
        ("p318-41", "p318-33"), ("p318-41", "p318-34"), ("p318-44", "p318-36"), ("p318-46", "p318-33"),
        ("p318-46", "p318-34"), ("p318-47", "p318-36"), ("p318-48", "p318-34"),
    }  # fmt: skip
    assert shared == {
        ("p318-01", "p318-05"), ("p318-01", "p318-10"), ("p318-02", "p318-16"), ("p318-03", "p318-09"),
        ("p318-03", "p318-10"), ("p318-05", "p318-10"), ("p318-06", "p318-13"), ("p318-07", "p318-11"),
        ("p318-07", "p318-16"), ("p318-09", "p318-10"), ("p318-11", "p318-16"), ("p318-18", "p318-19"),
        ("p318-18", "p318-24"), ("p318-18", "p318-28"), ("p318-18", "p318-32"), ("p318-19", "p318-24"),
        ("p318-19", "p318-28"), ("p318-19", "p318-32"), ("p318-22", "p318-27"), ("p318-22", "p318-31"),
        ("p318-24", "p318-28"), ("p318-27", "p318-31"), ("p318-33", "p318-34"), ("p318-33", "p318-41"),
        ("p318-33", "p318-46"), ("p318-34", "p318-41"), ("p318-34", "p318-46"), ("p318-36", "p318-39"),
        ("p318-36", "p318-47"), ("p318-39", "p318-47"), ("p318-41", "p318-46"),
    }  # fmt: skip


def test_the_three_hundred_and_nineteenth_probes_of_legal_nlp_tb_test_accuracy_and_silver() -> None:
    # 48 abstracts of NLP for legal judgments, Bayesian meta-analysis of tuberculosis test accuracy and
    # Chinese export silver (two untitled), written on 7 December (nineteenth) and read first with 7b8766f,
    # held out: of the writer's 40 builds-on pairs 40, 7 false; of 65 shared pairs 46, 12 false. Then read:
    # "has also been approached with dedicated tools (MacAllister and Hirsch, 2020)"; "for example, JurisLens
    # 2.0 reaches micro-F1 of 0.81 on ECtHR (Okafor et al., 2022)" (the result and its data quoted); a
    # methodological review whose "studies are pooled" and "random-effects models" pool nothing; "58% for
    # stool Ultra reported from the KAPTA cohort"; "van Dongen et al. (2019), drawing on their Meridian
    # database, estimated".
    builds_on, shared = _loaded_pairs("other-fields-probes-319.jsonl")
    assert builds_on == {
        ("p319-02", "p319-01"), ("p319-03", "p319-01"), ("p319-05", "p319-02"), ("p319-06", "p319-01"),
        ("p319-06", "p319-02"), ("p319-07", "p319-03"), ("p319-09", "p319-02"), ("p319-09", "p319-07"),
        ("p319-11", "p319-06"), ("p319-13", "p319-03"), ("p319-13", "p319-07"), ("p319-15", "p319-01"),
        ("p319-15", "p319-03"), ("p319-16", "p319-06"), ("p319-20", "p319-17"), ("p319-20", "p319-19"),
        ("p319-21", "p319-17"), ("p319-23", "p319-21"), ("p319-24", "p319-19"), ("p319-26", "p319-17"),
        ("p319-26", "p319-23"), ("p319-27", "p319-17"), ("p319-27", "p319-19"), ("p319-29", "p319-21"),
        ("p319-31", "p319-19"), ("p319-31", "p319-27"), ("p319-32", "p319-21"), ("p319-32", "p319-23"),
        ("p319-35", "p319-34"), ("p319-36", "p319-33"), ("p319-40", "p319-34"), ("p319-40", "p319-35"),
        ("p319-41", "p319-33"), ("p319-41", "p319-35"), ("p319-42", "p319-33"), ("p319-43", "p319-40"),
        ("p319-46", "p319-34"), ("p319-46", "p319-40"), ("p319-47", "p319-33"), ("p319-48", "p319-40"),
    }  # fmt: skip
    assert shared == {
        ("p319-01", "p319-02"), ("p319-01", "p319-03"), ("p319-01", "p319-06"), ("p319-01", "p319-15"),
        ("p319-02", "p319-03"), ("p319-02", "p319-06"), ("p319-02", "p319-11"), ("p319-02", "p319-15"),
        ("p319-02", "p319-16"), ("p319-03", "p319-06"), ("p319-03", "p319-15"), ("p319-05", "p319-14"),
        ("p319-06", "p319-11"), ("p319-06", "p319-15"), ("p319-06", "p319-16"), ("p319-07", "p319-09"),
        ("p319-07", "p319-13"), ("p319-08", "p319-16"), ("p319-09", "p319-13"), ("p319-11", "p319-16"),
        ("p319-18", "p319-22"), ("p319-18", "p319-28"), ("p319-19", "p319-20"), ("p319-19", "p319-24"),
        ("p319-19", "p319-27"), ("p319-19", "p319-31"), ("p319-20", "p319-24"), ("p319-20", "p319-27"),
        ("p319-20", "p319-31"), ("p319-22", "p319-28"), ("p319-23", "p319-26"), ("p319-23", "p319-32"),
        ("p319-24", "p319-27"), ("p319-24", "p319-29"), ("p319-24", "p319-31"), ("p319-26", "p319-32"),
        ("p319-27", "p319-31"), ("p319-30", "p319-31"), ("p319-34", "p319-35"), ("p319-34", "p319-40"),
        ("p319-34", "p319-46"), ("p319-35", "p319-40"), ("p319-35", "p319-46"), ("p319-36", "p319-43"),
        ("p319-40", "p319-46"), ("p319-43", "p319-48"),
    }  # fmt: skip


def test_the_three_hundred_and_twentieth_probes_of_animal_movement_transplants_and_mission_presses() -> None:
    # 48 abstracts of Bayesian animal movement from GPS telemetry, kidney transplant rejection biomarkers and
    # missionary-era Chinese printing (two untitled), written on 7 December (nineteenth) and read first with
    # c38e89a, held out: of the writer's 37 builds-on pairs 31, 5 false; of 68 shared pairs 62, 11 false. Then
    # read: an audit of published studies ("We audited 250 papers") that says "We do not re-analyse any of
    # these resources" uses nothing it names; "future analyses could exploit ... such as VeldHMM 2.0"; "future
    # prospective work will test whether ... such as NephroSpan 2.0". Missed: the users of the LABCO cohort.
    builds_on, shared = _loaded_pairs("other-fields-probes-320.jsonl")
    assert builds_on == {
        ("p320-02", "p320-01"), ("p320-04", "p320-02"), ("p320-05", "p320-01"), ("p320-06", "p320-01"),
        ("p320-07", "p320-02"), ("p320-07", "p320-04"), ("p320-08", "p320-06"), ("p320-09", "p320-01"),
        ("p320-09", "p320-02"), ("p320-11", "p320-09"), ("p320-12", "p320-04"), ("p320-13", "p320-06"),
        ("p320-15", "p320-02"), ("p320-15", "p320-04"), ("p320-15", "p320-09"), ("p320-19", "p320-17"),
        ("p320-24", "p320-17"), ("p320-25", "p320-21"), ("p320-27", "p320-17"), ("p320-27", "p320-21"),
        ("p320-30", "p320-27"), ("p320-35", "p320-33"), ("p320-38", "p320-35"), ("p320-40", "p320-37"),
        ("p320-41", "p320-33"), ("p320-41", "p320-35"), ("p320-43", "p320-33"), ("p320-43", "p320-37"),
        ("p320-43", "p320-41"), ("p320-46", "p320-37"), ("p320-48", "p320-33"),
    }  # fmt: skip
    assert shared == {
        ("p320-01", "p320-06"), ("p320-01", "p320-08"), ("p320-01", "p320-12"), ("p320-01", "p320-13"),
        ("p320-01", "p320-16"), ("p320-02", "p320-04"), ("p320-02", "p320-05"), ("p320-02", "p320-07"),
        ("p320-02", "p320-09"), ("p320-02", "p320-10"), ("p320-02", "p320-15"), ("p320-04", "p320-06"),
        ("p320-04", "p320-07"), ("p320-04", "p320-09"), ("p320-04", "p320-13"), ("p320-04", "p320-15"),
        ("p320-04", "p320-16"), ("p320-05", "p320-10"), ("p320-06", "p320-08"), ("p320-06", "p320-09"),
        ("p320-06", "p320-12"), ("p320-06", "p320-13"), ("p320-06", "p320-16"), ("p320-07", "p320-09"),
        ("p320-07", "p320-15"), ("p320-08", "p320-12"), ("p320-08", "p320-13"), ("p320-08", "p320-16"),
        ("p320-09", "p320-13"), ("p320-09", "p320-15"), ("p320-09", "p320-16"), ("p320-12", "p320-13"),
        ("p320-12", "p320-16"), ("p320-13", "p320-16"), ("p320-17", "p320-19"), ("p320-17", "p320-24"),
        ("p320-17", "p320-27"), ("p320-17", "p320-29"), ("p320-18", "p320-21"), ("p320-18", "p320-27"),
        ("p320-18", "p320-32"), ("p320-19", "p320-24"), ("p320-19", "p320-27"), ("p320-21", "p320-27"),
        ("p320-21", "p320-32"), ("p320-22", "p320-31"), ("p320-24", "p320-27"), ("p320-24", "p320-29"),
        ("p320-27", "p320-32"), ("p320-33", "p320-35"), ("p320-33", "p320-41"), ("p320-33", "p320-43"),
        ("p320-33", "p320-48"), ("p320-35", "p320-41"), ("p320-35", "p320-43"), ("p320-35", "p320-48"),
        ("p320-37", "p320-40"), ("p320-37", "p320-48"), ("p320-40", "p320-48"), ("p320-41", "p320-43"),
        ("p320-41", "p320-48"), ("p320-43", "p320-48"),
    }  # fmt: skip


def test_the_three_hundred_and_twenty_first_probes_of_rag_dose_finding_and_womens_poetry() -> None:
    # 48 abstracts of retrieval-augmented question answering, Bayesian dose-finding in phase I oncology and
    # Ming-Qing women's poetry (two untitled), written on 7 December (nineteenth) and read first with c38e89a,
    # held out: of the writer's 49 builds-on pairs 45, 5 false; of 78 shared pairs 55, 10 false. Then read:
    # "although we do not evaluate on that benchmark"; ", and we leave this to future work". Left: registry
    # studies counting the trials that used a design ("PAVISE for 8"); "stepwell 2.0", a lowercase name's
    # release, sent to the first version's paper; two papers naming Wikipedia only by contrast;
    # ClinicalTrials.gov, which a protocol names as its registry.
    builds_on, shared = _loaded_pairs("other-fields-probes-321.jsonl")
    assert builds_on == {
        ("p321-04", "p321-01"), ("p321-04", "p321-02"), ("p321-07", "p321-03"), ("p321-08", "p321-02"),
        ("p321-09", "p321-03"), ("p321-09", "p321-07"), ("p321-10", "p321-01"), ("p321-10", "p321-05"),
        ("p321-12", "p321-11"), ("p321-13", "p321-02"), ("p321-13", "p321-08"), ("p321-13", "p321-09"),
        ("p321-14", "p321-01"), ("p321-15", "p321-09"), ("p321-15", "p321-14"), ("p321-16", "p321-01"),
        ("p321-20", "p321-17"), ("p321-20", "p321-18"), ("p321-21", "p321-17"), ("p321-22", "p321-17"),
        ("p321-22", "p321-18"), ("p321-24", "p321-22"), ("p321-25", "p321-17"), ("p321-25", "p321-18"),
        ("p321-27", "p321-20"), ("p321-27", "p321-26"), ("p321-28", "p321-25"), ("p321-29", "p321-18"),
        ("p321-30", "p321-20"), ("p321-30", "p321-25"), ("p321-30", "p321-26"), ("p321-32", "p321-22"),
        ("p321-34", "p321-33"), ("p321-38", "p321-36"), ("p321-39", "p321-33"), ("p321-40", "p321-38"),
        ("p321-41", "p321-36"), ("p321-41", "p321-38"), ("p321-44", "p321-43"), ("p321-45", "p321-41"),
        ("p321-46", "p321-33"), ("p321-47", "p321-36"), ("p321-47", "p321-46"), ("p321-48", "p321-33"),
        ("p321-48", "p321-43"),
        # FALSE: registry counts of a design's trials; a lowercase release's users
        ("p321-23", "p321-17"), ("p321-31", "p321-25"), ("p321-32", "p321-20"),
    }  # fmt: skip
    assert shared == {
        ("p321-01", "p321-02"), ("p321-01", "p321-04"), ("p321-01", "p321-10"), ("p321-01", "p321-16"),
        ("p321-02", "p321-04"), ("p321-02", "p321-08"), ("p321-02", "p321-10"), ("p321-02", "p321-13"),
        ("p321-03", "p321-07"), ("p321-03", "p321-09"), ("p321-03", "p321-11"), ("p321-04", "p321-08"),
        ("p321-04", "p321-10"), ("p321-04", "p321-13"), ("p321-04", "p321-16"), ("p321-07", "p321-09"),
        ("p321-08", "p321-13"), ("p321-09", "p321-11"), ("p321-10", "p321-16"), ("p321-14", "p321-15"),
        ("p321-18", "p321-20"), ("p321-18", "p321-22"), ("p321-18", "p321-25"), ("p321-18", "p321-29"),
        ("p321-20", "p321-22"), ("p321-20", "p321-25"), ("p321-20", "p321-29"), ("p321-22", "p321-25"),
        ("p321-22", "p321-29"), ("p321-23", "p321-31"), ("p321-25", "p321-29"), ("p321-29", "p321-31"),
        ("p321-33", "p321-34"), ("p321-33", "p321-39"), ("p321-33", "p321-46"), ("p321-33", "p321-48"),
        ("p321-34", "p321-39"), ("p321-34", "p321-46"), ("p321-34", "p321-48"), ("p321-36", "p321-38"),
        ("p321-36", "p321-41"), ("p321-36", "p321-47"), ("p321-38", "p321-41"), ("p321-38", "p321-47"),
        ("p321-39", "p321-43"), ("p321-39", "p321-44"), ("p321-39", "p321-46"), ("p321-39", "p321-48"),
        ("p321-41", "p321-47"), ("p321-43", "p321-44"), ("p321-43", "p321-46"), ("p321-43", "p321-48"),
        ("p321-44", "p321-46"), ("p321-44", "p321-48"), ("p321-46", "p321-48"),
        # FALSE: Wikipedia named by contrast; a registry
        ("p321-01", "p321-14"), ("p321-01", "p321-15"), ("p321-02", "p321-14"), ("p321-02", "p321-15"),
        ("p321-04", "p321-14"), ("p321-04", "p321-15"), ("p321-10", "p321-14"), ("p321-10", "p321-15"),
        ("p321-21", "p321-23"), ("p321-21", "p321-31"),
    }  # fmt: skip


def test_the_three_hundred_and_twenty_second_probes_of_grid_faults_vaccine_hesitancy_and_seals() -> None:
    # 48 abstracts of graph neural networks for power-grid faults, Bayesian models of vaccine hesitancy
    # surveys and Song painting seals (two untitled), written on 7 December (nineteenth) and read first with
    # c38e89a, held out: of the writer's 37 builds-on pairs 33, 3 false; of 59 shared pairs 42, 16 false. Then
    # read: a review that "neither trains nor benchmarks models"; "For context, the spatio-temporal detector
    # Lantern was reported to reach 97.8%"; "in the Cinnabar Corpus, for example, ... account for 37 percent
    # ... (Chen et al. 2018)"; a scoping review's "The most frequently analysed data sources were ...".
    builds_on, shared = _loaded_pairs("other-fields-probes-322.jsonl")
    assert builds_on == {
        ("p322-02", "p322-01"), ("p322-03", "p322-02"), ("p322-06", "p322-01"), ("p322-06", "p322-02"),
        ("p322-07", "p322-03"), ("p322-09", "p322-01"), ("p322-09", "p322-02"), ("p322-10", "p322-06"),
        ("p322-11", "p322-10"), ("p322-13", "p322-01"), ("p322-13", "p322-04"), ("p322-13", "p322-06"),
        ("p322-15", "p322-03"), ("p322-16", "p322-10"), ("p322-19", "p322-17"), ("p322-22", "p322-20"),
        ("p322-23", "p322-17"), ("p322-25", "p322-23"), ("p322-27", "p322-20"), ("p322-28", "p322-17"),
        ("p322-31", "p322-29"), ("p322-32", "p322-20"), ("p322-34", "p322-33"), ("p322-38", "p322-33"),
        ("p322-38", "p322-34"), ("p322-39", "p322-36"), ("p322-42", "p322-41"), ("p322-44", "p322-33"),
        ("p322-44", "p322-38"), ("p322-47", "p322-36"), ("p322-48", "p322-33"), ("p322-48", "p322-38"),
        ("p322-48", "p322-41"),
    }  # fmt: skip
    assert shared == {
        ("p322-01", "p322-02"), ("p322-01", "p322-06"), ("p322-01", "p322-09"), ("p322-01", "p322-13"),
        ("p322-02", "p322-06"), ("p322-02", "p322-09"), ("p322-02", "p322-13"), ("p322-03", "p322-07"),
        ("p322-03", "p322-11"), ("p322-03", "p322-15"), ("p322-06", "p322-09"), ("p322-06", "p322-13"),
        ("p322-07", "p322-11"), ("p322-07", "p322-15"), ("p322-09", "p322-13"), ("p322-10", "p322-12"),
        ("p322-10", "p322-16"), ("p322-11", "p322-15"), ("p322-12", "p322-16"), ("p322-20", "p322-22"),
        ("p322-20", "p322-27"), ("p322-20", "p322-32"), ("p322-22", "p322-27"), ("p322-22", "p322-30"),
        ("p322-22", "p322-32"), ("p322-24", "p322-31"), ("p322-26", "p322-32"), ("p322-27", "p322-32"),
        ("p322-33", "p322-34"), ("p322-33", "p322-38"), ("p322-33", "p322-44"), ("p322-33", "p322-48"),
        ("p322-34", "p322-38"), ("p322-34", "p322-44"), ("p322-34", "p322-48"), ("p322-38", "p322-44"),
        ("p322-38", "p322-48"), ("p322-41", "p322-42"), ("p322-41", "p322-48"), ("p322-42", "p322-48"),
        ("p322-44", "p322-45"), ("p322-44", "p322-48"),
    }  # fmt: skip


def test_the_three_hundred_and_twenty_third_probes_of_stock_assessment_qiaopi_and_batteries() -> None:
    # 48 abstracts of Bayesian fisheries stock assessment, qiaopi remittance letters and lithium-ion battery
    # health (two untitled), written on 7 December (twentieth) and read first with 695a9f5, held out: of the
    # writer's 48 builds-on pairs 46, 7 false; of 68 shared pairs 53, 6 false. Then read: "Steepfin 2.0: ..."
    # with "We extend Steepfin, our ... prior" presents the version; a review of "142 ... agency
    # assessments" that does "not evaluate these tools" or describes datasets "without re-analysing them";
    # "the Hanjiang Letters Corpus has been widely used for the Chaoshan region (Chen et al., 2012)", the
    # literature's use cited. The one pair the key calls false is true: "the domain-adapted transformer of
    # Park et al. (2021)" is p323-37's.
    builds_on, shared = _loaded_pairs("other-fields-probes-323.jsonl")
    assert builds_on == {
        ("p323-03", "p323-01"), ("p323-04", "p323-03"), ("p323-06", "p323-02"), ("p323-07", "p323-01"),
        ("p323-08", "p323-03"), ("p323-08", "p323-04"), ("p323-10", "p323-03"), ("p323-10", "p323-04"),
        ("p323-10", "p323-07"), ("p323-11", "p323-02"), ("p323-13", "p323-02"), ("p323-13", "p323-04"),
        ("p323-14", "p323-01"), ("p323-14", "p323-07"), ("p323-16", "p323-02"), ("p323-20", "p323-17"),
        ("p323-21", "p323-17"), ("p323-23", "p323-18"), ("p323-25", "p323-17"), ("p323-25", "p323-22"),
        ("p323-26", "p323-17"), ("p323-26", "p323-20"), ("p323-28", "p323-18"), ("p323-29", "p323-17"),
        ("p323-29", "p323-26"), ("p323-31", "p323-22"), ("p323-32", "p323-17"), ("p323-32", "p323-20"),
        ("p323-32", "p323-26"), ("p323-34", "p323-33"), ("p323-36", "p323-33"), ("p323-37", "p323-33"),
        ("p323-37", "p323-34"), ("p323-39", "p323-34"), ("p323-39", "p323-36"), ("p323-40", "p323-33"),
        ("p323-40", "p323-34"), ("p323-40", "p323-36"), ("p323-42", "p323-33"), ("p323-42", "p323-34"),
        ("p323-42", "p323-39"), ("p323-42", "p323-40"), ("p323-44", "p323-33"), ("p323-44", "p323-40"),
        ("p323-45", "p323-36"), ("p323-46", "p323-36"), ("p323-47", "p323-33"), ("p323-47", "p323-39"),
        # TRUE, the key wrong: Park et al. (2021) is p323-37
        ("p323-42", "p323-37"),
    }  # fmt: skip
    assert shared == {
        ("p323-01", "p323-07"), ("p323-01", "p323-14"), ("p323-04", "p323-08"), ("p323-04", "p323-10"),
        ("p323-04", "p323-12"), ("p323-04", "p323-13"), ("p323-07", "p323-14"), ("p323-08", "p323-10"),
        ("p323-08", "p323-13"), ("p323-10", "p323-13"), ("p323-12", "p323-13"), ("p323-17", "p323-20"),
        ("p323-17", "p323-21"), ("p323-17", "p323-25"), ("p323-17", "p323-26"), ("p323-17", "p323-29"),
        ("p323-17", "p323-32"), ("p323-18", "p323-23"), ("p323-18", "p323-28"), ("p323-20", "p323-21"),
        ("p323-20", "p323-25"), ("p323-20", "p323-26"), ("p323-20", "p323-29"), ("p323-20", "p323-32"),
        ("p323-21", "p323-25"), ("p323-21", "p323-26"), ("p323-21", "p323-29"), ("p323-21", "p323-32"),
        ("p323-22", "p323-25"), ("p323-23", "p323-28"), ("p323-25", "p323-26"), ("p323-25", "p323-29"),
        ("p323-25", "p323-32"), ("p323-26", "p323-29"), ("p323-26", "p323-32"), ("p323-29", "p323-32"),
        ("p323-34", "p323-37"), ("p323-34", "p323-39"), ("p323-34", "p323-40"), ("p323-34", "p323-42"),
        ("p323-36", "p323-39"), ("p323-36", "p323-40"), ("p323-36", "p323-41"), ("p323-36", "p323-46"),
        ("p323-37", "p323-39"), ("p323-37", "p323-40"), ("p323-37", "p323-42"), ("p323-39", "p323-40"),
        ("p323-39", "p323-42"), ("p323-39", "p323-46"), ("p323-40", "p323-41"), ("p323-40", "p323-42"),
        ("p323-40", "p323-44"),
    }  # fmt: skip


def test_the_three_hundred_and_twenty_fourth_probes_of_radial_velocities_tones_and_farm_resistance() -> None:
    # 48 abstracts of Bayesian radial-velocity exoplanet searches, the acoustics of Wu, Min and Hakka tones
    # and antimicrobial resistance on pig and poultry farms (two untitled), written on 7 December (twentieth)
    # and read first with 695a9f5, held out: of the writer's 35 builds-on pairs 35, 1 false; of 41 shared
    # pairs 31, 4 false. Then read: "the 41 per cent reported for Dutch broiler farms in the Brabant
    # Livestock Resistome Cohort (Hendriks et al., 2018)", a figure written out and its citation. Missed: the
    # shared HARPS, ESPRESSO and NEID solar data, written as instruments.
    builds_on, shared = _loaded_pairs("other-fields-probes-324.jsonl")
    assert builds_on == {
        ("p324-03", "p324-02"), ("p324-05", "p324-01"), ("p324-06", "p324-02"), ("p324-07", "p324-01"),
        ("p324-07", "p324-03"), ("p324-09", "p324-03"), ("p324-09", "p324-04"), ("p324-10", "p324-01"),
        ("p324-10", "p324-03"), ("p324-11", "p324-04"), ("p324-12", "p324-02"), ("p324-16", "p324-02"),
        ("p324-16", "p324-10"), ("p324-20", "p324-17"), ("p324-21", "p324-18"), ("p324-24", "p324-17"),
        ("p324-24", "p324-18"), ("p324-25", "p324-19"), ("p324-26", "p324-19"), ("p324-26", "p324-22"),
        ("p324-27", "p324-17"), ("p324-27", "p324-18"), ("p324-28", "p324-22"), ("p324-30", "p324-19"),
        ("p324-31", "p324-22"), ("p324-37", "p324-33"), ("p324-38", "p324-34"), ("p324-39", "p324-34"),
        ("p324-39", "p324-35"), ("p324-41", "p324-33"), ("p324-41", "p324-34"), ("p324-42", "p324-35"),
        ("p324-45", "p324-33"), ("p324-46", "p324-35"), ("p324-47", "p324-46"),
    }  # fmt: skip
    assert shared == {
        ("p324-03", "p324-07"), ("p324-03", "p324-09"), ("p324-03", "p324-10"), ("p324-07", "p324-09"),
        ("p324-07", "p324-10"), ("p324-09", "p324-10"), ("p324-17", "p324-20"), ("p324-17", "p324-24"),
        ("p324-17", "p324-27"), ("p324-20", "p324-24"), ("p324-20", "p324-27"), ("p324-21", "p324-28"),
        ("p324-22", "p324-26"), ("p324-22", "p324-28"), ("p324-22", "p324-31"), ("p324-24", "p324-27"),
        ("p324-26", "p324-28"), ("p324-26", "p324-31"), ("p324-28", "p324-31"), ("p324-33", "p324-37"),
        ("p324-33", "p324-45"), ("p324-34", "p324-38"), ("p324-34", "p324-39"), ("p324-34", "p324-41"),
        ("p324-34", "p324-48"), ("p324-35", "p324-46"), ("p324-37", "p324-45"), ("p324-38", "p324-39"),
        ("p324-38", "p324-41"), ("p324-39", "p324-41"), ("p324-39", "p324-48"),
    }  # fmt: skip


def test_the_three_hundred_and_twenty_fifth_probes_of_psychiatry_models_gazetteer_maps_and_signals() -> None:
    # 48 abstracts of computational psychiatry, Ming-Qing gazetteer maps and traffic signal control (two
    # untitled), written on 7 December (twentieth) and read first with 695a9f5, held out: of the writer's 39
    # builds-on pairs 39, 3 false; of 57 shared pairs 53, 12 false. Then read: "We did not fit the Quillon
    # model (Marsh et al., 2018)"; "catalogued in the Jinling Gazetteer Map Corpus, we did not use the corpus
    # images"; "...; we did not use it"; "Novák et al. (2020), for instance, reported that 23% ...". Left
    # false: the city Jinan (a Qing prefecture's seat, and a traffic paper's city) read as the Jinan dataset
    # of signal control, and Hangzhou's gazetteers as the Hangzhou dataset.
    builds_on, shared = _loaded_pairs("other-fields-probes-325.jsonl")
    assert builds_on == {
        ("p325-04", "p325-01"), ("p325-05", "p325-03"), ("p325-06", "p325-03"), ("p325-06", "p325-05"),
        ("p325-08", "p325-05"), ("p325-09", "p325-01"), ("p325-09", "p325-03"), ("p325-10", "p325-03"),
        ("p325-10", "p325-08"), ("p325-12", "p325-05"), ("p325-13", "p325-09"), ("p325-15", "p325-08"),
        ("p325-16", "p325-03"), ("p325-16", "p325-08"), ("p325-16", "p325-09"), ("p325-20", "p325-18"),
        ("p325-22", "p325-18"), ("p325-24", "p325-20"), ("p325-25", "p325-22"), ("p325-27", "p325-18"),
        ("p325-27", "p325-20"), ("p325-29", "p325-18"), ("p325-29", "p325-27"), ("p325-30", "p325-22"),
        ("p325-32", "p325-22"), ("p325-32", "p325-27"), ("p325-36", "p325-35"), ("p325-37", "p325-33"),
        ("p325-38", "p325-35"), ("p325-40", "p325-33"), ("p325-40", "p325-36"), ("p325-42", "p325-35"),
        ("p325-42", "p325-36"), ("p325-43", "p325-36"), ("p325-45", "p325-35"), ("p325-45", "p325-38"),
        ("p325-46", "p325-40"), ("p325-48", "p325-35"), ("p325-48", "p325-38"),
    }  # fmt: skip
    assert shared == {
        ("p325-02", "p325-12"), ("p325-03", "p325-05"), ("p325-03", "p325-06"), ("p325-03", "p325-09"),
        ("p325-03", "p325-10"), ("p325-03", "p325-16"), ("p325-05", "p325-06"), ("p325-05", "p325-09"),
        ("p325-05", "p325-10"), ("p325-05", "p325-16"), ("p325-06", "p325-09"), ("p325-06", "p325-10"),
        ("p325-06", "p325-16"), ("p325-09", "p325-10"), ("p325-09", "p325-16"), ("p325-10", "p325-16"),
        ("p325-18", "p325-20"), ("p325-18", "p325-22"), ("p325-18", "p325-27"), ("p325-18", "p325-29"),
        ("p325-18", "p325-30"), ("p325-18", "p325-32"), ("p325-20", "p325-22"), ("p325-20", "p325-27"),
        ("p325-20", "p325-29"), ("p325-20", "p325-30"), ("p325-20", "p325-32"), ("p325-21", "p325-25"),
        ("p325-22", "p325-27"), ("p325-22", "p325-29"), ("p325-22", "p325-30"), ("p325-22", "p325-32"),
        ("p325-27", "p325-29"), ("p325-30", "p325-32"), ("p325-33", "p325-37"), ("p325-33", "p325-40"),
        ("p325-35", "p325-36"), ("p325-35", "p325-38"), ("p325-35", "p325-42"), ("p325-35", "p325-45"),
        ("p325-35", "p325-48"), ("p325-36", "p325-38"), ("p325-36", "p325-42"), ("p325-36", "p325-45"),
        ("p325-36", "p325-48"), ("p325-37", "p325-40"), ("p325-38", "p325-42"), ("p325-38", "p325-45"),
        ("p325-38", "p325-48"), ("p325-42", "p325-45"), ("p325-42", "p325-48"), ("p325-45", "p325-48"),
        ("p325-46", "p325-48"),
        # FALSE: the cities Jinan and Hangzhou taken for the datasets named after them
        ("p325-21", "p325-33"), ("p325-21", "p325-37"), ("p325-21", "p325-40"), ("p325-21", "p325-47"),
        ("p325-33", "p325-47"), ("p325-37", "p325-47"), ("p325-40", "p325-47"),
    }  # fmt: skip


def test_the_probe_files_built_as_one_corpus_link_fields_only_through_one_thing() -> None:
    # Every probe file read as one corpus (15,937 papers of some hundred fields), as a user's files of many
    # fields are: a name two fields give two things must not join them. Read so on 5 December (night), the
    # files drew 60 builds-on pairs across files, about 20 through such names: a HEP event generator and a
    # TCAD surrogate, both Sherpa, sharing "code", "device" and "network"; a brain parcellation, a reanalysis
    # and a ship database, each Meridian; a genre drift index and a gradient dispersion index, each GDI; a
    # tumour assay and a "(VESPER) scale"; a motion-planning user of "the Gauntlet benchmark" sent to a Rust
    # code benchmark; "the GA4GH Beacon network"; an organoid panel and an online panel, each "the Meridian
    # Panel"; "inhibitors of Aurora A", a kinase; "the Echo task (Fairbanks et al.)" of another maker;
    # ReFRAME, a compound library, read as a trial or a coding scheme of that name. Left false: COMPASS-31
    # taken for COMPASS. (6 December: a sampler and a search heuristic, each Ratchet, sharing five words,
    # and two fitness-fatigue models, each LOADSTAR, made by teams with no author in common, are two
    # things; "a branch-cut-and-price (BCP) algorithm" is one of a kind, not a name.)
    from paperkg.loaders import load_file

    papers, named = [], {}
    for path in sorted(DATA.glob("other-fields-probes*.jsonl")):
        number = path.stem.removeprefix("other-fields-probes").removeprefix("-") or "1"
        lines = path.read_text(encoding="utf-8").splitlines()
        for paper, line in zip(load_file(path), lines, strict=True):
            papers.append(paper)
            named[paper.id] = f"{number}:{json.loads(line)['id']}"
    result = infer_corpus(papers, shipped_lexicon())
    across = {
        (named[e.source], named[e.target])
        for e in result.edges
        if e.kind is EdgeKind.BUILDS_ON and named[e.source].split(":")[0] != named[e.target].split(":")[0]
    }
    assert across == {
        ("11:p11-45", "2:r-12"), ("15:p15-06", "2:r-01"), ("15:p15-07", "2:r-12"), ("15:p15-08", "2:r-12"),
        ("15:p15-19", "2:r-12"), ("25:p25-44", "52:p52-01"), ("29:p29-21", "1:probe-79"),
        # FALSE (since 6 December, when the two LOADSTARs became two things): users of file 33's, a
        # Bayesian state-space model; the words shared (19 and 13) tell neither clearly: the first's
        ("33:p33-31", "81:p81-25"), ("33:p33-47", "81:p81-25"),
        ("35:p35-18", "2:r-06"), ("35:p35-34", "2:r-06"), ("3:a-49", "1:probe-77"), ("45:p45-23", "2:r-12"),
        ("46:p46-22", "2:r-12"), ("47:p47-33", "2:r-12"), ("47:p47-48", "2:r-12"), ("48:p48-10", "2:r-06"),
        ("53:p53-46", "2:r-01"), ("5:f-04", "2:r-12"), ("5:f-16", "2:r-12"), ("5:f-22", "2:r-12"),
        ("5:f-37", "2:r-06"), ("5:f-38", "2:r-06"), ("5:f-42", "2:r-06"), ("5:f-43", "2:r-06"),
        ("5:f-45", "2:r-06"), ("62:p62-10", "2:r-12"), ("70:p70-47", "1:probe-80"), ("74:p74-43", "2:r-12"),
        ("77:p77-07", "2:r-12"), ("82:p82-20", "53:p53-02"), ("82:p82-42", "2:r-01"),
        ("82:p82-47", "53:p53-02"), ("84:p84-27", "2:r-12"),
        # ("a token classifier based on BERT-base with 2D position embeddings": file 229, 7 December)
        ("229:p229-01", "2:r-12"),
        # ("with a shared BERT-base bi-encoder": file 232)
        ("232:p232-02", "2:r-12"),
        # ("multilingual BERT (mBERT) and XLM-RoBERTa (XLM-R) base models": file 243, 7 December, fifteenth)
        ("243:p243-04", "2:r-12"),
        # ("compared with 82.5 for BERT-wwm": file 247, 7 December, fifteenth)
        ("247:p247-35", "2:r-12"),
        # ("against 0.701 for independent single-trait BERT models", "a fine-tuned BERT-base model", "We
        # fine-tuned BERT-base and CodeBERT encoders": files 251 and 253, 7 December, fifteenth)
        ("251:p251-04", "2:r-12"), ("251:p251-09", "2:r-12"), ("253:p253-02", "2:r-12"),
        # FALSE (since files 251-253 joined): "TraitFormer 2 replaces the BERT-base encoder with a Longformer
        # encoder", no longer using it; "Nowcasting cash-sector VAT evasion ... with Bayesian structural time
        # series" sent to a paper whose "We developed Bayesian structural time-series (BSTS) models" is read
        # as presenting BSTS, a kind of model its lowercase long form names ("the CodeReviewer dataset (Li et
        # al., 2022)", sent to a graph network for adsorption by a Zhen Li of 2022, no longer since file 274
        # joined: a third Li of 2022, a glacier emulator's, and none sharing its subject clearly)
        ("251:p251-10", "2:r-12"), ("244:p244-39", "252:p252-21"),
        # ("0.171 for a content-based BERT ranker": file 273, 7 December, sixteenth)
        ("273:p273-10", "2:r-12"),
        # FALSE (since file 256 joined, 7 December, fifteenth): "...: the OSPREY cohort", a cohort named only
        # at its title's end (as file 193's Foothold trial), sent to file 256's OSPREY prognostic score
        ("32:p32-18", "256:p256-22"),
        # ("vanilla BERT-base", "a character-level BERT model": files 258 and 259, 7 December, sixteenth)
        ("258:p258-05", "2:r-12"), ("259:p259-45", "2:r-12"),
        # FALSE (since file 259 joined, 7 December, sixteenth): two record-linkage algorithms, each
        # ParcelMatch, of Chinese cadastral registers (of plot rosters today, of Republican and Qing
        # registers): the users of the first ("ParcelMatch v1.4") share more of the second's words, and no
        # author with either
        ("249:p249-43", "259:p259-36"), ("249:p249-45", "259:p259-36"),
        # ("we ask whether a general-purpose CLIP model can be adapted": file 262, 7 December, sixteenth)
        ("262:p262-08", "2:r-06"),
        # FALSE (since files 261 and 262 joined, 7 December, sixteenth): names the writers gave other things
        # already: a 26th Tessera (a unit-based speech translation model) whose user goes to another field's;
        # a CASCADE model of medical VQA, and "the CASCADE Collaboration" of HIV seroconverters, sent to a
        # third CASCADE; "the second data release of the BIRCH cohort" sent to BIRCH 2.0, an HIV incidence
        # model (a release counted before a name is that name's numbered release where the corpus has one)
        ("261:p261-15", "240:p240-18"), ("262:p262-09", "84:p84-11"), ("262:p262-23", "201:p201-17"),
        ("170:p170-16", "262:p262-24"),
        # FALSE (since file 266 joined, 7 December, sixteenth): "the Burial Alteration Scale (BAS-5; Qian et
        # al., 2016)" of jade, a citation by a surname and a year sent to a Qian's paper of 2016 on Qing opera
        # costumes, whose Raman and imaging words of Chinese objects it shares
        ("255:p255-41", "266:p266-40"),
        # FALSE (since file 271 joined, 7 December, sixteenth): "the Burmese silver-standard partition of
        # WikiANN (Pan et al., 2017)", a citation of WikiANN's paper, which the corpus lacks, sent to a Pan's
        # 2017 tagger of Kunqu notation (sequence tagging words shared)
        ("271:p271-05", "204:p204-40"),
        # ("outperformed ... the Segment Anything Model prompted with sketches": file 275, 7 December,
        # seventeenth)
        ("275:p275-48", "2:r-01"),
        # FALSE (since file 277 joined, 7 December, seventeenth): two teams' Dialysis Symptom Burden Index
        # (DSBI), of 2011 and 2013, two things by their authors; a user naming it in full, with no citation,
        # read as the first's, whose words it shares as much
        ("277:p277-28", "114:p114-05"),
        # FALSE (since file 279 joined, 7 December, seventeenth): "the Pingjiang tu", the 1229 stone map of
        # Suzhou (Pingjiang its name then), a romanised title sent to file 253's Pingjiang, a collection of
        # kunqu manuscripts from Suzhou: one place's name, two things of its subjects
        ("279:p279-40", "253:p253-37"), ("279:p279-43", "253:p253-37"),
        # ("We fine-tune a classical-Chinese BERT model (GuwenBERT) as a cross-encoder": file 283, 7 December,
        # seventeenth)
        ("283:p283-48", "2:r-12"),
        # ("fuses CLIP image-text features with a depth encoder", "a BERT-base reader that predicts answer
        # cells": files 285 and 286, 7 December, seventeenth)
        ("285:p285-12", "2:r-06"), ("286:p286-01", "2:r-12"),
        # ("token embeddings from multilingual BERT", "14 publicly available CLIP checkpoints", "a CLIP
        # zero-shot baseline", "compared with 0.742 for Chinese BERT-wwm": file 290, 7 December, seventeenth)
        ("290:p290-01", "2:r-12"), ("290:p290-02", "2:r-12"), ("290:p290-05", "2:r-06"),
        ("290:p290-07", "2:r-06"), ("290:p290-16", "2:r-06"), ("290:p290-45", "2:r-12"),
        # FALSE (since file 284 joined, 7 December, seventeenth): two wildfire tools, each EmberCast (a
        # firebrand submodel of 2014 and an ensemble system), the second's user ("the EmberCast ensemble
        # system") sent to the first, of one subject; and "members of the shulin 書林, literally the 'forest
        # of books'", a word of Jianyang's publishers, sent to file 248's Shulin database of their imprints
        ("105:p105-31", "284:p284-07"), ("284:p284-36", "248:p248-33"),
        # FALSE (since file 248 joined, 7 December, fifteenth): "the Yu lineage genealogy (Shulin Yu shi
        # zupu)", a romanised title whose first word is the Shulin database of Jianyang imprints, of the same
        # subject
        ("220:p220-34", "248:p248-33"),
        # FALSE (since file 247 joined): "Chinese criminal judgments often exceed the 512-token limit of
        # BERT-style encoders", a limit of a kind of encoder, read as "a ResNet-style backbone" is (a use);
        # and "Imputation posteriors were computed with GLIMPSE against the 1000 Genomes Project Phase 3
        # reference panel", an imputation tool whose paper the corpus lacks, sent to a state-space model of
        # geolocator tracks named GLIMPSE, whose Bayesian words it shares
        ("247:p247-46", "2:r-12"), ("247:p247-29", "109:p109-01"),
        # FALSE (since file 242 joined, 7 December, fifteenth): two methods of attribution by brushwork, each
        # BrushPrint (of Renaissance panels, and of Chinese calligraphy); "We extend BrushPrint to clerical
        # script" by its calligraphy team shares 11 topic words with the panels' and 8 with its own, and no
        # rule reads the authors a user shares with a presenter where a name is two things. (Its user "We
        # applied BrushPrint, a stroke-level writer-attribution method" goes to its own, by the apposition's
        # words; "Conclusions: Thread-based sampling", capitalised after its heading, is no annotation
        # scheme Thread)
        ("242:p242-43", "176:p176-36"),
        # FALSE (since file 237 joined, 7 December): its Foothold school curriculum takes the users of file
        # 193's Foothold exercise trial, which the trial's report presents only at its title's end ("...: the
        # Foothold randomised controlled trial"), by a word, as no rule reads a trial's name there
        ("193:p193-24", "237:p237-21"), ("193:p193-30", "237:p237-21"),
        # FALSE (since file 239 joined, 7 December): a drug-interaction benchmark re-implementing KGNN (a
        # knowledge-graph network of that field) sent to Kirchhoff-GNN (KGNN) for power flow; both papers are
        # about graph neural networks, so the words they share do not tell the two apart
        ("219:p219-08", "239:p239-03"),
        # FALSE (since files 88-91 joined, 6 December): a building controller and a household load forecaster,
        # each Tempo, share 12 and 10 topic words with a user extending the first; nothing tells, and the
        # introducer (the forecaster, four years older) takes it
        ("23:p23-42", "91:p91-25"),
        # ("their ribbon decompositions" of graph theory, sent to ribbon, a genotyper named with that word in
        # lowercase, no longer since files 136-138 joined: an R package Ribbon made the word a name of
        # several)
        # (since files 97 and 98 joined): two writers each made a BerthLib of berth allocation instances; its
        # user in file 25 builds on the older (the Meridian set of drugs in file 58 is data, no Meridian
        # framework of pharmacokinetics; "tidewater glaciers" in lowercase no Tidewater solver)
        ("25:p25-18", "97:p97-34"),
        # FALSE (since three presenters of a name make it a term only where each shares the subject of the
        # others, not through one joined to two): of eight Tidepools and twelve Tesseras, the rival whose
        # topic words a user shares most is another thing of the field, a TESS benchmark for a ZTF classifier
        # "assigning in real time", a database of MOF adsorption for "the TESSERA universal potential" and a
        # descriptor's "Tessera scores"; their users' edges to their own files' presenters come with them
        ("14:p14-18", "69:p69-34"), ("95:p95-46", "36:p36-04"),
        # FALSE (since files 103 and 104 joined; and COMPASS-31 no longer taken for COMPASS, of nine
        # Compasses now): a name of many presenters sent to the one whose subject is nearest, another thing
        # of it: "the Beacon paradigm" of attention to a benchmark of night driving, "the ORCA battery" of
        # cognition to a neuroimaging cohort, "The Harbor cohort" of vaccination, its presenter's claim lost,
        # to a register of adolescents
        ("65:p65-46", "103:p103-18"),
        # FALSE (since files 107 and 108 joined): two friction databases, each FRIDA, of one field, each
        # one's user sent to the other's
        ("100:p100-41", "107:p107-19"), ("107:p107-32", "100:p100-36"),
        # FALSE (since a name two papers spell apart is two things, 6 December, night): a replication of a
        # reading intervention KEYSTONE, whose paper the corpus lacks, sent to a policing trial KEYSTONE
        # through the words of trials ("fidelity", "replication", "outcome"). (Gone with it: users of a Meridian STR
        # database, a Tessera, a Beacon paradigm and a Harbor cohort sent to another field's, each spelt
        # otherwise than they spell it)
        ("41:p41-30", "72:p72-09"),
        # (no longer, since files 130-132 joined: "testing on the original Meridian set", the Meridian Retinal
        # Image Set so shortened, sent to a robot manipulation benchmark Meridian)
        # (no longer, since files 127-129 joined: "maps were locally sharpened with Lantern" of cryo-EM sent
        # to a Lantern viscosity model of silicate melts, and "the Lantern crop model", its presenter writing
        # LANTERN, sent to the same; a 30th Lantern and the users' own presenters of its subject now tell)
        # FALSE (since three presenters of one subject make a name that subject's term only, 6 December,
        # night): a transit search "compared with the KESTREL pipeline", the astronomers' KESTRELs one term,
        # sent to a maize-counting pipeline KESTREL through "pipeline", "detect", "count"
        ("34:p34-47", "40:p40-08"),
        # (since files 112 and 113 joined): a patent classifier that "fine-tunes a BERT language model"; and
        # two writers each made an Andean Volcanic Unrest Database (AVUD) of one field: file 97's users build
        # on the older
        ("113:p113-41", "2:r-12"), ("97:p97-07", "112:p112-19"), ("97:p97-09", "112:p112-19"),
        ("97:p97-10", "112:p112-19"),
        # (no longer: "Mental health of seafarers at sea: the ANCHOR survey" reports its survey, whose users
        # build on it, no scale of anticholinergic burden named ANCHOR, 6 December, night)
        # (since file 116 joined): "a fine-tuned multilingual BERT encoder"
        ("116:p116-45", "2:r-12"),
        # FALSE (since file 117 joined, a third Anvil, of welding): "the open-source Anvil framework" of
        # inherent strain solvers, whose paper the corpus lacks, sent to a tribometer Anvil of the same field
        ("100:p100-45", "107:p107-17"),
        # FALSE (since files 118-120 joined, 6 December, seventh): users of a spore-trap network SENTINEL,
        # whose paper ("Establishment of the SENTINEL ... network", "was established in 2006") is not read as
        # presenting it, sent to other fields' Sentinels; a neonatal cohort's "The Lantern study enrolled" and
        # an anaesthesia paper's "the LANTERN study" sent to a Lantern study of another field; "Sleep stages
        # were estimated with Lantern-2" sent to the successor cohort Lantern-2 as well as to the algorithm (a
        # sleep algorithm and an actuarial release, each Lantern 2, went to the cohort: versioned, such a name
        # now asks its user to share the presenter's subject)
        ("120:p120-47", "105:p105-03"), ("118:p118-43", "113:p113-17"),
        ("120:p120-15", "113:p113-17"), ("117:p117-15", "118:p118-43"),
        # FALSE (since files 121-123 joined): users of a second data release, "LANTERN DR2" of sheep farms,
        # whose paper presents no name of its own ("Second data release of the LANTERN ... network"), sent to
        # a honey-bee cohort's LANTERN DR2 (since the eighth session of 6 December only that paper: its users
        # cite it, "(MacLeod et al., 2017)"); a shoulder score SHIELD and an injury-prevention protocol SHIELD
        # of sports medicine, the protocol's user sent to the score's paper through the words of surgery and
        # sport (no longer the score's user, since 7 December, thirteenth: "the SHIELD score (Okafor et al.,
        # 2012)" cites a maker of the score, not the protocol)
        ("81:p81-08", "121:p121-13"),
        ("122:p122-09", "111:p111-09"),
        # (since files 124-126 joined): "comparing the Segment Anything Model (SAM)"; FALSE: a Harbour cohort
        # of port workers' user sent to a Harbour cohort of ageing (its subject, a cohort's health outcomes,
        # is both's), and "Lantern-2 allows the study of home environments" of care-home recordings to a sleep
        # algorithm Lantern-2. (No longer: the SENTINEL spore-trap network's user in file 120, a fourth
        # Sentinel joined)
        # (and no longer, since files 130-132 joined, "Lantern-2 allows the study of home environments" to the
        # sleep algorithm)
        ("124:p124-32", "2:r-01"), ("126:p126-08", "124:p124-01"),
        # (since files 127-129 joined): museum images classified zero-shot with "models such as CLIP" and
        # OpenCLIP; FALSE: "The Compass database: subnational estimates of measles vaccination coverage",
        # whose paper presents it, also sent to another field's Compass
        ("128:p128-48", "2:r-06"), ("129:p129-14", "104:p104-02"),
        # FALSE (since files 130-132 joined): "COMPASS: design and first wave of a comparative panel survey of
        # asylum seekers", its own presenter, sent to a COMPASS corpus of sociolinguistics; a program-repair
        # Beacon-2, whose paper the corpus lacks, sent to a soil Beacon2
        ("132:p132-36", "121:p121-34"), ("15:p15-42", "132:p132-10"),
        # FALSE (since files 133-135 joined, 6 December, eighth): two household panels of rural Malawi, each
        # LANTERN (the Livelihoods and Nutrition Tracking Survey; Longitudinal Analysis of Tenure, Enterprise
        # and Rural Nutrition), one subject, so one's users sent to the other's too, even the one spelling out
        # its own; two Raman spectral databases, each PRISM (of glasses and of pigments), the glasses' user
        # sharing 15 topic words with its own and 9 with the other (not twice as many), and the other the one
        # "database" (the glasses' presenter calls its PRISM an "inventory" in its title); "the PRISM climate
        # dataset", public data no paper of the corpus presents, of a one-sentence abstract
        ("130:p130-36", "135:p135-17"), ("130:p130-40", "135:p135-17"), ("130:p130-44", "135:p135-17"),
        ("114:p114-30", "134:p134-34"), ("2:v-06", "134:p134-34"),
        # FALSE (since files 142-144 joined): "using the Thistle reagent (MacLeod et al., ...)" of ancient DNA
        # sent to a coding scheme of Scots place-names, Thistle, whose paper no MacLeod wrote
        ("141:p141-43", "143:p143-42"),
        # (since files 148-150 joined, which hold no Raft: "a globally replicated Raft baseline", "followers
        # in a Raft group", the consensus algorithm the seeds present, once the corpus's sample of lowercase
        # words, its first 5,000 papers, no longer holds "raft")
        ("3:a-48", "1:probe-77"), ("42:p42-43", "1:probe-77"),
        # (files 169-171: video diffusion papers scoring "CLIP similarity" and truncating prompts to "the
        # limit of the CLIP text encoder", the model the seeds present)
        ("169:p169-02", "2:r-06"), ("169:p169-03", "2:r-06"),
        # (files 172-174: "We fine-tuned AraBERT and multilingual BERT on the MADAR corpus"; the kidney
        # transplant cohort TRELLIS of file 174 and the colon cancer cohort TRELLIS of file 73 are kept apart,
        # "the TRELLIS cohort" telling neither from the other, the user's subject telling)
        ("172:p172-40", "2:r-12"),
        # (files 175-180: "a BERT-base model further pretrained on ... audit reports", "a Japanese BERT model
        # further pre-trained on ... pre-1950 prose")
        ("179:p179-45", "2:r-12"), ("180:p180-44", "2:r-12"),
        # (not since "modelled" and "groups" tell no subject, 7 December, fourteenth: "cognates
        # were selected from the PIVOT norms" of bilingual vocabulary learning sent to PIVOT, a
        # work-participation inventory for stroke survivors, which file 178 presents)
        # FALSE (since file 183 joined): "Training used the Landsat 8 Biome, SPARCS and CloudSEN12 reference
        # datasets" of cloud masking sent to SPARCS, a point-cloud segmentation method file 183 presents (the
        # data noun closes the list, not the name)
        ("25:p25-30", "183:p183-09"),
        # (files 184-186: "Fine-tuning a CLIP ViT-B/32 model", "We probe CLIP ViT-L/14, ALIGN and SigLIP")
        ("184:p184-04", "2:r-06"), ("184:p184-11", "2:r-06"),
        # FALSE (since file 187 joined): two writers each coined ShedCast for a model of SARS-CoV-2 shedding
        # into wastewater, by teams with no author in common; "ShedCast v1.1 [17]" and "ShedCast [12]" tell
        # neither from the other, and the users go to file 150's
        ("187:p187-24", "150:p150-22"), ("187:p187-27", "150:p150-22"),
        # (files 190-192: "SaryoBERT, a BERT-base model pretrained from scratch on ... Joseon court records")
        ("191:p191-39", "2:r-12"),
        # (files 202-204: "TRIAD: tri-plane residual adapters for ... segmentation with the Segment Anything
        # Model", "We fine-tuned the Segment Anything Model (SAM) with low-rank adaptation")
        ("203:p203-03", "2:r-01"), ("203:p203-06", "2:r-01"), ("203:p203-11", "2:r-01"),
        ("203:p203-12", "2:r-01"),
        # FALSE (since file 203 joined): two users of file 203's TRIAD, segmentation adapters, also sent to
        # file 178's TRIAD, an arithmetic test for language models presented earlier, as well as to their own
        # ("Monte Carlo dropout applied to TRIAD's adapters", "TRIAD-adapted SAM"); the others go to 203's
        ("203:p203-09", "178:p178-01"), ("203:p203-16", "178:p178-01"),
        # (files 208-210: "We continued pretraining a classical Chinese BERT model"; not "BM25 and DPR
        # retrievers" of RAG sent to file 177's Dot-ball Pressure Rating (DPR) of cricket, a lexicon name a
        # paper of the corpus presents, now told by subject as the corpus's own names are)
        ("208:p208-45", "2:r-12"),
        # (files 211-213: "a fine-tuned Chinese BERT-base model", "We fine-tuned Latin BERT"; not "the Gavel
        # benchmark (Hofmann et al., 2020) ... the ... subset of Gavel" sent to file 211's Gavel of
        # sentencing: a name cited to another maker is another thing wherever the paper names it again)
        ("211:p211-35", "2:r-12"), ("211:p211-36", "2:r-12"), ("212:p212-45", "2:r-12"),
        # (files 293-295: "Shennong-NER combines a Chinese BERT encoder")
        ("295:p295-22", "2:r-12"),
        # FALSE (since files 293-295 joined): "compared with KESTREL, a channel-independent long-horizon
        # forecaster" (file 35, which presents no KESTREL) sent to file 293's KESTREL, a traffic graph network
        # of the same field; "a Kestrel audio encoder" to file 295's Kestrel, a speech decoder
        ("35:p35-46", "293:p293-33"), ("35:p35-48", "293:p293-33"), ("61:p61-48", "295:p295-06"),
        # FALSE (since files 296-298 joined): the results paper of a neonatal dosing trial SABLE, whose
        # protocol its own file presents, sent to file 288's SABLE, a birth cohort of postpartum haemorrhage
        ("298:p298-29", "288:p288-20"),
        # FALSE (since files 299-301 joined): "a secondary analysis of ... the KRAIT stepped-wedge cluster
        # randomised trial", whose trial file 299 names after the snake it writes in lowercase too (so
        # presents no name), sent to file 263's KRAIT, a snakebite incidence toolkit of the same field
        ("299:p299-28", "263:p263-24"),
        # FALSE (since files 302-304 joined): "We extended the HALO bundle for nursing homes" (a delirium
        # bundle file 24 presents under no name) sent to file 302's HALO, a dental trial; "(JGRC; Zhou et al.,
        # 2014)" sent to file 229's paper by a Zhou of 2014 on Taihu stones, as well as to its own file's
        ("24:p24-04", "302:p302-20"), ("304:p304-36", "229:p229-38"),
        # FALSE (since files 308-310 joined): two writers each coined KilnPrint for the provenance of Song
        # ceramics, file 296's a LA-ICP-MS protocol, file 309's a geochemical reference database of sherds:
        # file 296's users are sent to file 309's (one field, one name, one purpose)
        ("296:p296-36", "309:p309-33"), ("296:p296-41", "309:p309-33"),
        # FALSE (since files 311-313 joined): three MINGs of Chinese writing. "MING 2.1", file 298's database
        # of Middle Chinese correspondences, sent to file 311's MING 2.0. (And until 7 December, nineteenth,
        # "MING (Zhang et al., 2019)", file 308's forgery network by "Zhang Yutong", a surname written first,
        # sent to file 311's MING: a first author's name is now read whichever of its words the surname is.)
        ("298:p298-45", "311:p311-44"),
        # FALSE (since files 314-316 joined): "the open-source Mirador viewer" of IIIF (a real tool, which no
        # file presents) sent to file 316's Mirador, a camera-trap annotation platform; "the MIRADOR
        # laboratory-based risk model" of file 39, which a preprint and its journal version both present,
        # sent to file 316's MIRADOR, a registry of audiometry
        ("303:p303-43", "316:p316-06"), ("39:p39-26", "316:p316-17"),
        # (files 317-319: users of BERT, "a fine-tuned BERT-base model", "a domain-adapted BERT encoder")
        ("319:p319-01", "2:r-12"), ("319:p319-02", "2:r-12"), ("319:p319-14", "2:r-12"),
        # FALSE (since files 317-319 joined): a survey's "the Media History Digital Library and its search
        # platform Lantern, which has been widely used in the study of the American trade press" sent to file
        # 116's Lantern, a corpus of local newspapers
        ("317:p317-38", "116:p116-33"),
        # FALSE (since files 320-322 joined): trials their own reports do not present, each named as
        # another file's thing: file 320's CALDERA ("UroSig-6-guided versus protocol biopsy surveillance ...
        # (CALDERA): a multicentre ... randomised controlled trial"), sent to file 161's CALDERA database of
        # rheumatoid arthritis; file 321's HALYARD dose-finding trial, sent to file 316's HALYARD trial of
        # hearing loss; and file 208's Cinnabar corpus of Buddhist commentaries, sent to file 322's Cinnabar
        # Corpus of seals
        ("320:p320-24", "161:p161-01"), ("320:p320-29", "161:p161-01"), ("321:p321-21", "316:p316-19"),
        ("321:p321-24", "316:p316-19"), ("321:p321-29", "316:p316-19"), ("208:p208-45", "322:p322-33"),
    }  # fmt: skip
    # and what a user calls it says which of three MOSAICs, a firn model, a land-use model and a pretraining
    # method, the words it shares with each (11, 6 and 4) did not: "the MOSAIC firn model" (6 December)
    built_on = {(named[e.source], named[e.target]) for e in result.edges if e.kind is EdgeKind.BUILDS_ON}
    assert {("20:p20-02", "20:p20-01"), ("20:p20-03", "20:p20-01")} <= built_on
    # and of eleven Tesseras and eight Tidepools, each presenter keeps its users: three presenters joined
    # through a short abstract sharing two words with each of two subjects made the name a term (and a
    # dataset every paper writing it used) until 6 December
    assert {
        ("36:p36-11", "36:p36-04"), ("36:p36-14", "36:p36-05"), ("19:p19-46", "19:p19-45"),
        ("44:p44-18", "44:p44-13"), ("87:p87-05", "87:p87-03"), ("29:p29-30", "29:p29-26"),
    } <= built_on  # fmt: skip
    # and so of 26 Lanterns and 25 Tesseras: presented by more than 24 papers, a name was a term, however
    # many subjects (files 107-109 made Lantern and Tessera terms, and cost 84 true pairs, until 6 December);
    # and of 36 Kestrels, three of one subject made it every field's term (64 pairs, until that night).
    # (Not "84:p84-17" -> "84:p84-01" since 7 December, sixteenth: the KESTREL virtual library of 38 million
    # macrocycles is data now, one of seven KESTREL data, and of three things of one name or more whose
    # user's words tell none apart, the user means none)
    assert {
        ("102:p102-06", "102:p102-02"), ("108:p108-09", "108:p108-02"), ("111:p111-19", "111:p111-18"),
        ("109:p109-20", "109:p109-17"), ("110:p110-11", "110:p110-07"), ("108:p108-34", "108:p108-33"),
        ("40:p40-24", "40:p40-08"), ("4:c-44", "4:c-41"),
    } <= built_on  # fmt: skip
    # and a word several papers present as their own, each on another subject, names no method family
    # (twelve Lanterns, twelve Beacons, nine Meridians and eight Compasses were one family each, their
    # papers pairwise in the same family: 3,014 SAME_FAMILY pairs, now about 2,400)
    families = {eid for eid, entity in result.entities.items() if entity.kind == "family"}
    words = {"family:lantern", "family:beacon", "family:meridian", "family:compass", "family:harbor"}
    assert not families & words
    # nor a term papers of several subjects present (eighteen Tesseras, twenty-eight KESTRELs, SPLICE), nor a
    # name each presenter made another thing of, written by others for the Phoenix stream, the city and a
    # firmware vendor: their 89 papers of 31 files were 670 SAME_FAMILY pairs until 6 December
    assert not families & {"family:tessera", "family:kestrel", "family:splice", "family:phoenix"}
    # and a paper presenting its own thing of a name too many present ("TESSERA: a universal equivariant
    # interatomic potential") uses no data of that name (ten such uses, eight of TESSERA, until 6 December)
    titles = {paper.id: paper.title or "" for paper in papers}
    own = [
        named[e.source]
        for e in result.edges
        if e.kind is EdgeKind.USES_DATASET
        and e.target == "dataset:tessera"
        and titles[e.source].startswith("TESSERA")
    ]
    assert own == []
