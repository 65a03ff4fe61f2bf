"""Dataset discovery beyond the lexicon: cues in the text, aggregation over the corpus, variants."""

from __future__ import annotations

import pytest

from paperkg.inference import infer_corpus, shipped_lexicon
from paperkg.inference.datasets import DatasetCue, dataset_cues, dataset_key, discover_datasets
from paperkg.inference.extract import paper_text
from paperkg.models import EdgeKind, Paper


def cues(text: str) -> list[tuple[str, bool]]:
    return [(c.name, c.strong) for c in dataset_cues(paper_text(Paper(id="p", abstract=text)))]


@pytest.mark.parametrize(
    ("a", "b"),
    [("UCF 101", "UCF-101"), ("UCF101", "UCF 101"), ("Sports 1 M", "Sports-1M"), ("VOC 2012", "voc2012")],
)
def test_spelling_variants_share_a_key(a: str, b: str) -> None:
    assert dataset_key(a) == dataset_key(b)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # video (ML), coordination before a plural dataset noun, citation marks skipped
        (
            "Our experiments on the large-scale Kinetics and MultiThumos datasets show gains.",
            {("MultiThumos", True), ("Kinetics", True)},
        ),
        (
            "We evaluate our network on the challenging Kinetics [18] and UCF 101 [41] datasets.",
            {("UCF 101", True), ("Kinetics", True)},
        ),
        # a count before the name is not part of it
        ("We examined 31,472 UK Biobank participants with brain MRI.", {("UK Biobank", True)}),
        # genomics, seismology, ecology: data taken from a source spelt out with its acronym
        (
            "We integrated the results with RNA-seq data from The Cancer Genome Atlas (TCGA).",
            {("The Cancer Genome Atlas", True)},
        ),
        (
            "We ran it on ten years of waveforms from the Southern California Earthquake Data Center (SCEDC).",
            {("Southern California Earthquake Data Center", True)},
        ),
        (
            "Occurrence records from the Global Biodiversity Information Facility (GBIF) were cleaned.",
            {("Global Biodiversity Information Facility", True)},
        ),
        # economics, neuroscience: a source named as a table, study, survey or observatory
        (
            "We combine fiscal shocks with output series from the Penn World Table 10.0 and the IMF.",
            {("Penn World Table", True)},
        ),
        (
            "We analysed Neuropixels recordings from the Allen Brain Observatory and our own.",
            {("Allen Brain Observatory", True)},
        ),
        ("Wealth data from the Panel Study of Income Dynamics were linked.", {("Panel Study of Income Dynamics", True)}),
        # data taken as items of a source, its name opened by a count (not a year)
        ("We used 1,135 accessions of the 1001 Genomes Project.", {("1001 Genomes Project", True)}),
        ("Genotypes of 2,504 samples of the 1000 Genomes Project.", {("1000 Genomes Project", True)}),
        ("Participants of the Rush Memory and Aging Project.", {("Rush Memory and Aging Project", True)}),
        ("Crop areas come from the 2017 Census of Agriculture.", set()),
        # classic NLP: the noun is part of the name
        ("We train the parser on a selection of the Brown Corpus.", {("Brown Corpus", True)}),
        # medicine: a database search names its databases
        (
            "We searched MEDLINE, Embase, and PsycINFO for relevant records to January 2020.",
            {("MEDLINE", True), ("Embase", True), ("PsycINFO", True)},
        ),
        # evaluation on named sets: weak cues
        (
            "Evaluation of our system on MUC-6 and MUC-7 English NE tasks achieves high F-measures.",
            {("MUC-6", False), ("MUC-7", False)},
        ),
        # outside machine learning: the nouns of a catalogue, a reanalysis and a biobank
        ("We select wide binaries from the Gaia catalogue by parallax.", {("Gaia", True)}),
        ("Heatwave trends are computed from the ERA5 reanalysis since 1950.", {("ERA5", True)}),
        ("Genotypes of 487,000 participants of the UK Biobank were imputed.", {("UK Biobank", True)}),
        # an astronomical survey's data release
        ("Spectra come from SDSS DR17 and LAMOST DR8.", {("SDSS DR17", True), ("LAMOST DR8", True)}),
        # the panels and studies of the social sciences and epidemiology, named with their acronym
        ("Wealth was measured in the Health and Retirement Study (HRS) from 1992.",
         {("Health and Retirement Study", True)}),
        ("Hours come from the Swiss Household Panel (SHP).", {("Swiss Household Panel", True)}),
        # an early or a public one
        ("We combine Gaia EDR3 astrometry with Planck PR4 maps.",
         {("Gaia EDR3", True), ("Planck PR4", True)}),
        # a survey or register is taken as a proper name defined by its acronym, read back as far as
        # the initials spell it ("and" inside the name, or its initial too)
        (
            "We followed 12,410 adults from the China Health and Nutrition Survey (CHNS) for nine years.",
            {("China Health and Nutrition Survey", True)},
        ),
        (
            "Data came from the National Health and Nutrition Examination Survey (NHANES) 2005-2010.",
            {("National Health and Nutrition Examination Survey", True)},
        ),
        (
            "Diagnoses were linked to the Danish National Patient Registry (DNPR), covering all admissions.",
            {("Danish National Patient Registry", True)},
        ),
        (
            "We used the Clinical Practice Research Datalink (CPRD) and the Protein Data Bank (PDB).",
            {("Clinical Practice Research Datalink", True), ("Protein Data Bank", True)},
        ),
        (
            "Reads were deposited in the European Nucleotide Archive (ENA).",
            {("European Nucleotide Archive", True)},
        ),
        # what data holds (energies, participants, features) from a source its name says is a collection
        (
            "We trained it on formation energies from the Materials Project and features from the World "
            "Atlas of Language Structures.",
            {("Materials Project", True), ("World Atlas of Language Structures", True)},
        ),
        # a size before the name measures the data, it does not name it
        (
            "Trained on the 960-hour LibriSpeech corpus, it reaches 2.9% WER.",
            {("LibriSpeech", True), ("LibriSpeech", False)},
        ),
        # the noun of a collection in lowercase after the name, its head
        ("We used DNase-seq data from the ENCODE project covering 112 biosamples.", {("ENCODE", True)}),
        ("It was trained on images from the Snapshot Serengeti project in Tanzania.", {("Snapshot Serengeti", True)}),
        # a proper name ending in a noun of collections, drawn on ("using the", "from the"), its acronym or
        # its year after it; not where the name goes on ("the Transiting Exoplanet Survey Satellite")
        (
            "Trends are estimated from the North American Breeding Bird Survey and eBird checklists.",
            {("North American Breeding Bird Survey", True)},
        ),
        (
            "We study job loss using the Danish National Patient Registry, which records every admission.",
            {("Danish National Patient Registry", True)},
        ),
        (
            "Incident cases were ascertained from the Danish Cancer Registry and the Crime Survey for "
            "England and Wales.",
            {("Danish Cancer Registry", True)},
        ),
        # a noun glued to the word before it heads a compound; no word cut at its hyphen is a name
        ("In-corpus accuracy was 91.2% on TOEFL11.", {("TOEFL11", False)}),
        ("Within-dataset F1 exceeds 0.97 for all models.", set()),
        # a compound of lowercase words the sentence's start capitalises is a kind of data
        ("Eye-tracking corpora of L2 reading are rare.", set()),
        ("Night-time benchmarks such as UrbanGlare were not considered.", set()),
        ("Mini-ImageNet benchmarks are used.", {("Mini-ImageNet", True)}),
        # and a plain word one of many: "any Aymara treebank" (not a coined name, "a Sentinel-2 benchmark")
        ("We parse Aymara without any Aymara treebank, and collect a Reddit corpus.", set()),
        ("We present ALPSCAPE, a Sentinel-2 benchmark for the Alps.", {("Sentinel-2", True)}),
        ("Bleeding in atrial fibrillation: a UK Biobank study.", {("UK Biobank", True)}),
        # a number before an acronym counts it, and before a unit measures the data
        ("Zero-shot, it averages 49.7 NDCG@10 across 13 BEIR datasets.", {("BEIR", True)}),
        ("Our store reaches 410 kops/s on the 10 GB dataset.", set()),
        ("It calls variants against the GIAB Tier 1 SV benchmark.", {("GIAB Tier 1 SV", True)}),
        # nor is a count of dimensions, nor a language's compound adjective
        ("Random forests trained on 3D descriptors identified a primary amine.", set()),
        ("We introduce SubjectBench, a benchmark of 40,000 English-language catalogue records.", set()),
        # a name that goes on past its capitalised noun is read to its end, not cut there
        (
            "Boundaries were taken from the World Database on Protected Areas (WDPA).",
            {("World Database on Protected Areas", True)},
        ),
        (
            "We sampled novels from the Lakehouse Corpus of Anglophone Fiction, 1800-2000.",
            {("Lakehouse Corpus of Anglophone Fiction", True)},
        ),
        # what is drawn from is named at once; "in" then says where or in what form, unless nothing was named
        ("Records were drawn from reference collections in Rome, Tarragona and Lyon.", set()),
        ("Pitch classes were extracted from scores in MusicXML, MIDI and Humdrum formats.", set()),
        (
            "Evaluation prompts are drawn from MT-Bench and from Dolly-15k.",
            {("MT-Bench", True), ("Dolly-15k", True)},
        ),
        (
            "Data were drawn from 11,875 children at baseline in the Adolescent Brain Cognitive Development "
            "(ABCD) Study.",
            {("Adolescent Brain Cognitive", True)},
        ),
        ("We searched for trials in MEDLINE and Embase.", {("MEDLINE", True), ("Embase", True)}),
        # a kind of data its examples follow (with "the", a collection of its own)
        ("As open GNSS datasets such as SPRINTBASE do not cover indoor sports, we retrain.", set()),
        ("Malware corpora such as EMBER describe binaries.", set()),
        ("We evaluate on the GLUE datasets such as SST-2.", {("GLUE", True), ("GLUE", False)}),
        # two letters, a capital and a lowercase one, are a surname or an element
        ("On the Li and Lim benchmark instances, Ratchet improves 47 solutions.", {("Lim", True)}),
        # a release or part listed after a name of several words is that name's
        ("We used the Gaia DR2 and DR3 catalogues.", {("Gaia DR2", True), ("Gaia DR3", True)}),
        (
            "Models were calibrated against the NGSIM US-101 and I-80 data sets.",
            {("NGSIM US-101", True), ("NGSIM I-80", True)},
        ),
        ("We use the MIMIC-III and eICU databases.", {("MIMIC-III", True), ("eICU", True)}),
        # a word of a kind between a name's capitalised words is the name's
        (
            "Waveforms were retrieved from the IRIS Data Management Center.",
            {("IRIS Data Management Center", True)},
        ),
    ],
)
def test_cues_name_datasets(text: str, expected: set[tuple[str, bool]]) -> None:
    assert set(cues(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Our system is evaluated on four datasets used in a recent Chinese word segmentation competition.",
        "The results in Table 2 show that the training dataset is too small.",
        "We report results on the test set and compare with a Bayesian baseline.",
        "Using density functional theory, we compute the barrier heights of each elementary step.",
        # the same nouns meaning something else: a review, a processor's or the system's register,
        # an adjective before the noun
        "Large Language Models for Code: A Comprehensive Survey of Methods and Benchmarks",
        "The exploit overwrites the CR3 register (CR3) and hides its keys in the Windows Registry.",
        "A Bayesian reanalysis of the trial and the Chinese catalogue of herbal remedies disagree.",
        "HLA-DR3 and HLA-DR4 haplotypes were typed in 300 patients.",
        # a survey spoken of, not drawn on; one named only as part of a spacecraft's name
        "Comparable items exist in the Police-Public Contact Survey supplement to the National Crime "
        "Victimization Survey.",
        "Light curves from the Transiting Exoplanet Survey Satellite were detrended.",
        # an assay's targets, listed before it: its data, no dataset's names
        "We reanalysed HOXA13, HOXD13, CTCF and H3K27ac ChIP-seq datasets of mouse limbs.",
        # a programming language is what data are written in ("Java benchmarks", as "English corpora")
        "Research on fault localisation is dominated by Java benchmarks and Python datasets.",
        "Tools were evaluated on Go and Rust, and the harness was evaluated on Go modules.",
        # a panel is a gene panel as often as a household panel: not taken by its noun
        "Plasma was genotyped using the Oncomine Comprehensive Panel at baseline.",
        # software a database runs on; a day
        "The schema was implemented in a PostgreSQL database after moving from an Oracle database.",
        "Mortality was higher after admission on Monday. Results on Sunday were similar to Saturday.",
        # where the data come from: a country, a region, a state
        "Data were drawn from China and India household panels for 2010-2018.",
        # data from a body that publishes many series; a source not spelt by its acronym where it starts
        "Mortality data from the World Health Organization (WHO) were linked to air quality records.",
        "Spectra from the USDA NRCS Kellogg Soil Survey Laboratory (KSSL) library were used.",
        # a sequencing assay: a kind of data
        "We integrated eleven independent RNA-seq datasets and two ChIP-seq datasets.",
        # a sea, a war, a bank: named, but no collection of data
        "Sediment samples from the North Sea and letters from the Second World War were compared.",
        # a name before a noun of how inputs are encoded: the encoding, no data
        "We trained random forests on Morgan fingerprints and a classifier on BERT embeddings.",
        # a current, a river, a lake: the place a reanalysis or records are of, no data of that name
        "Extending a Humboldt Current reanalysis with coupled biogeochemistry: oxygen loss off Peru.",
        "Gauge records from the Da River archive and the Lake Taihu database were merged.",
        "Exchange rate series from the European Central Bank were deflated.",
        "Records were extracted from the United States and Sub-Saharan Africa, and retrieved from Texas.",
        # one capitalised word before the noun: a people's, a place's, a person's as often as a name
        "Records from the Danish registry and images from the Hubble archive were pooled.",
        # a word counted in datasets is their kind: a task named after its author
        "The bank pools trial-level data from 61 colour-word Stroop datasets contributed by 44 laboratories.",
    ],
)
def test_near_misses_name_no_dataset(text: str) -> None:
    assert cues(text) == []


def test_a_short_coined_dataset_name_is_shared_wherever_written() -> None:
    # chemistry: three characters, one a digit, need no long form spelt out in each paper
    papers = [
        Paper(id="redox", abstract="Candidate molecules were drawn from the QM9 database and supplemented."),
        Paper(id="mpnn", abstract="We pretrain a network on the 134,000 molecules of the QM9 dataset."),
    ]
    result = infer_corpus(papers, shipped_lexicon())
    shared = {(e.source, e.target) for e in result.edges if e.kind is EdgeKind.SHARES_DATASET}
    assert shared == {("mpnn", "redox")}


def test_a_dataset_spelt_out_once_is_shared_by_a_paper_writing_only_its_acronym() -> None:
    # education: PISA spelt out in one paper, written as its acronym in the other
    papers = [
        Paper(id="climate", abstract="Using data from the Programme for International Student Assessment "
                                     "(PISA) 2018, we analysed responses from 312,406 students."),
        Paper(id="devices", abstract="We used the PISA 2018 student questionnaires from 71 education systems."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    shared = {(e.source, e.target) for e in result.edges if e.kind is EdgeKind.SHARES_DATASET}
    assert shared == {("climate", "devices")}


def test_data_a_paper_says_it_did_without_is_not_used() -> None:
    # remote sensing: the hyperspectral network contrasts itself with ImageNet-pretrained ones
    papers = [
        Paper(id="damage", abstract="The encoder is a ResNet-34 initialised with ImageNet weights."),
        Paper(id="hyper", abstract="Unlike ImageNet-pretrained CNNs, the network is trained from scratch."),
        Paper(id="video", abstract="We train it with or without ImageNet initialisation on Kinetics."),
        Paper(id="scratch", abstract="The detector works without relying on the ImageNet weights."),
    ]
    result = infer_corpus(papers, shipped_lexicon())
    users = {e.source for e in result.edges if e.kind is EdgeKind.USES_DATASET and e.target == "dataset:imagenet"}
    assert users == {"damage", "video"}


def test_data_a_clause_of_contrast_names_is_not_used_however_far_on() -> None:
    # epidemiology: a registry study sets itself apart from UK Biobank studies; a cohort study used it
    papers = [
        Paper(id="registry", abstract="Unlike studies based on the UK Biobank, which recruited only adults "
                                      "aged 40 years and older, our registry-based design covers all ages."),
        Paper(id="stroke", abstract="In contrast to others, we followed 31,472 UK Biobank participants."),
        Paper(id="cohort", abstract="Genotypes of 487,000 participants of the UK Biobank were imputed."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    uses = {(e.source, e.target) for e in result.edges if e.kind is EdgeKind.USES_DATASET}
    assert {source for source, target in uses if target == "dataset:uk-biobank"} == {"stroke", "cohort"}


def test_data_a_paper_says_were_not_used_are_not_used() -> None:
    # recommender systems: two papers on MovieLens, a third saying it left MovieLens out
    papers = [
        Paper(id="graph", abstract="Experiments on the MovieLens-1M dataset show gains in Recall@20."),
        Paper(id="audio", abstract="Benchmarks such as the MovieLens-1M dataset and the Million Song Dataset "
                                   "were not used because they lack spoken content."),
        Paper(id="fair", abstract="We re-rank recommendations on the MovieLens-1M dataset for fairness."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    shared = {(e.source, e.target) for e in result.edges if e.kind is EdgeKind.SHARES_DATASET}
    assert shared == {("fair", "graph")}


def test_a_data_release_spelt_out_is_the_release_written_short() -> None:
    # astronomy: "Gaia DR3" in one paper, "Gaia Data Release 3 (DR3)" in the other
    papers = [
        Paper(id="binaries", abstract="We select 1.3 million wide binaries from Gaia DR3 by parallax."),
        Paper(id="clusters", abstract="We found members of 68 open clusters using Gaia Data Release 3 (DR3) "
                                      "astrometry and photometry."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    shared = {(e.source, e.target) for e in result.edges if e.kind is EdgeKind.SHARES_DATASET}
    assert shared == {("binaries", "clusters")}


def test_one_weak_cue_is_not_enough() -> None:
    found = discover_datasets({"p1": [DatasetCue("MUC-6", False, 0)]})
    assert found == {}


def test_weak_cues_in_two_sentences_make_a_dataset() -> None:
    found = discover_datasets({"p1": [DatasetCue("MUC-6", False, 0)], "p2": [DatasetCue("MUC-6", False, 3)]})
    assert list(found) == [dataset_key("MUC-6")]


def test_a_known_method_is_never_a_dataset() -> None:
    found = discover_datasets({"p1": [DatasetCue("BERT", True, 0)]}, known_methods=["BERT"])
    assert found == {}


def test_variants_are_one_dataset_named_by_the_commonest_spelling() -> None:
    found = discover_datasets(
        {
            "p1": [DatasetCue("UCF 101", True, 0)],
            "p2": [DatasetCue("UCF-101", True, 0)],
            "p3": [DatasetCue("UCF-101", True, 1)],
        }
    )
    (item,) = found.values()
    assert (item.name, item.variants) == ("UCF-101", {"UCF 101", "UCF-101"})


def test_a_discovered_dataset_is_used_wherever_it_appears() -> None:
    papers = [
        Paper(id="a", abstract="We evaluate our recurrent network on the UCF 101 dataset and report accuracy."),
        Paper(id="b", abstract="Results on UCF-101 show that our two-stream model is competitive."),
        Paper(id="c", abstract="Pre-training on Sports-1M and fine-tuning on UCF101 helps the 3D network."),
    ]
    result = infer_corpus(papers, shipped_lexicon())
    used = {(e.source, e.target) for e in result.edges if e.kind is EdgeKind.USES_DATASET}
    (dataset,) = {t for _, t in used if "ucf" in t}
    assert {s for s, t in used if t == dataset} == {"a", "b", "c"}


def test_papers_of_other_fields_share_a_survey_not_a_nationality() -> None:
    papers = [
        Paper(
            id="salt",
            abstract="We followed 12,410 Chinese adults from the China Health and Nutrition Survey (CHNS). "
            "Higher sodium intake raised the risk of hypertension.",
        ),
        Paper(
            id="trial",
            abstract="Using data from the China Health and Nutrition Survey (CHNS) as a reference, we "
            "randomised 120 Chinese villages to a salt substitute.",
        ),
        Paper(id="syntax", abstract="We study word order in a corpus of spoken Chinese from the north."),
    ]
    result = infer_corpus(papers, shipped_lexicon())
    shared = {(e.source, e.target) for e in result.edges if e.kind is EdgeKind.SHARES_DATASET}
    assert shared == {("salt", "trial")}


def test_results_on_a_platform_are_a_dataset_only_where_data_is_named_so() -> None:
    # mobile systems: "on Android 13" names the phones' system; machine learning: the test data
    papers = [
        Paper(id="browsers", abstract="Experiments were performed on Android 13 and iOS 16 devices. "
              "Results on Android 13 show that ad blocking saves 18% of energy."),
        Paper(id="location", abstract="We tested 40 apps on Android 13 phones. Results on iOS 16 agree."),
        Paper(id="video", abstract="We train a convolutional network. Results on UCF-101 rise by 3 points."),
        Paper(id="video2", abstract="Fine-tuning a pretrained network, we report results on UCF-101, HMDB."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    shared = {(e.source, e.target) for e in result.edges if e.kind is EdgeKind.SHARES_DATASET}
    assert shared == {("video", "video2")}


@pytest.mark.parametrize(
    "title",
    [
        # a title in Title Case capitalises the words that describe a system or a dataset too
        "Spanner: Google's Globally-Distributed Database",
        "The Pile: An 800GB Dataset of Diverse Text for Language Modeling",
    ],
)
def test_a_title_case_title_names_no_dataset_before_its_noun(title: str) -> None:
    doc = paper_text(Paper(id="p", title=title, abstract="We describe it."))
    assert dataset_cues(doc) == []


def test_a_short_acronym_of_a_dataset_counts_alone_only_with_data_by_it() -> None:
    # social science and energy: "ESS" is the European Social Survey where data stand by it, and a
    # battery where nothing does or the paper spells it out otherwise
    papers = [
        Paper(id="trust", abstract="We test whether welfare provision fosters institutional trust using "
              "rounds 1 through 9 of the European Social Survey (ESS), covering 31 countries."),
        Paper(id="pandemic", abstract="Using ESS Round 10, we examine how job loss during the pandemic "
              "relates to support for immigration in 31 countries."),
        Paper(id="grid", abstract="We size the ESS of a microgrid with rooftop solar. The ESS is charged "
              "at noon and discharged in the evening peak."),
        Paper(id="storage", abstract="We model the degradation of an energy storage system (ESS) from "
              "field records. ESS records from 40 sites show capacity fade of 2% a year."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    shared = {(e.source, e.target) for e in result.edges if e.kind is EdgeKind.SHARES_DATASET}
    assert shared == {("pandemic", "trust")}
    used = {e.source for e in result.edges if e.kind is EdgeKind.USES_DATASET}
    assert used == {"trust", "pandemic"}


def test_data_a_paper_says_it_did_not_train_evaluate_or_report_on_is_not_used() -> None:
    # machine learning and seismology: each name of a list the negated verb governs, and one set after
    # "such as"; a compound "absent from" a database is not taken from it
    papers = [
        Paper(id="seg", abstract="We segment roads in satellite scenes; we do not pretrain on ImageNet. "
              "Results on the LoveDA benchmark improve by 3 points."),
        Paper(id="cls", abstract="We train a classifier on ImageNet and report top-1 accuracy on ImageNet."),
        Paper(id="llm", abstract="We deliberately do not report results on Defects4J or QuixBugs, which are "
              "memorised. We evaluate on the FreshBugs benchmark."),
        Paper(id="apr", abstract="We evaluate our repair tool on the QuixBugs and Defects4J benchmarks."),
        Paper(id="pick", abstract="We did not use machine-learning pickers or training sets such as STEAD. "
              "We use the Materials Project. The compound is absent from the Materials Project."),
        Paper(id="net", abstract="The picker was trained on waveforms from the STEAD dataset."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    used = {(e.source, e.target.split(":", 1)[1]) for e in result.edges if e.kind is EdgeKind.USES_DATASET}
    assert {pid for pid, _ in used if "imagenet" in _} == {"cls"}
    assert {pid for pid, d in used if d in ("defects4j", "quixbugs")} == {"apr"}
    assert {pid for pid, d in used if d == "stead"} == {"net"}


def test_data_a_thing_is_missing_from_or_not_listed_in_are_not_used() -> None:
    # materials science and musicology: a compound "missing from the" database, a manuscript "not
    # listed in the" catalogue, read as "absent from" is (each cue longer than the 16 characters once read)
    papers = [
        Paper(id="dft", abstract="Structures of 4,000 nitrides were taken from the Materials Project."),
        Paper(id="new", abstract="We synthesise a ternary nitride by ammonolysis. The compound is missing "
              "from the Materials Project, so its stability was computed here."),
        Paper(id="chant", abstract="We date the fragments from melodic variants in the Cantus Database."),
        Paper(id="leaf", abstract="We edit a newly found antiphoner leaf. Its chants are not listed in the "
              "Cantus Database and are transcribed here."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    used = {e.source for e in result.edges if e.kind is EdgeKind.USES_DATASET}
    assert "dft" in used and "new" not in used and "leaf" not in used
    assert not [e for e in result.edges if e.kind is EdgeKind.SHARES_DATASET]


def test_data_of_a_kind_named_after_a_dataset_are_not_that_dataset() -> None:
    # code LLMs: pass rates on HumanEval, and rankings on "HumanEval-style benchmarks" (not HumanEval)
    papers = [
        Paper(id="coder", abstract="Our 7B model achieves 88.4% pass@1 on the HumanEval benchmark."),
        Paper(id="audit", abstract="We test for contamination on the HumanEval benchmark across 22 models."),
        Paper(id="speed", abstract="Efficiency rankings differ from pass@1 rankings on HumanEval-style "
              "benchmarks, measured on 1,200 tasks we wrote."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    shared = {(e.source, e.target) for e in result.edges if e.kind is EdgeKind.SHARES_DATASET}
    assert shared == {("audit", "coder")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word of the near-miss list inside a capitalised run, and a second noun of collections after
        # the first, are the name's
        ("We use temporal networks from the Stanford Large Network Dataset Collection (SNAP).",
         {("Stanford Large Network Dataset Collection", True)}),
        # as the name's first word it is not
        ("We evaluate on the Large Movie Review Dataset.", {("Movie Review Dataset", True)}),
    ],
)  # fmt: skip
def test_a_dataset_name_keeps_its_inner_words_and_its_collection(
    text: str, expected: set[tuple[str, bool]]
) -> None:
    assert set(cues(text)) == expected


def test_data_named_as_examples_of_what_a_paper_did_rather_than_use_are_not_used() -> None:
    # food science: contents measured "rather than taken from ... such as" a database use none of it
    papers = [
        Paper(id="salt", abstract="Sodium contents were measured by spectrometry rather than taken from food "
              "composition tables such as the USDA FoodData Central database."),
        Paper(id="sugar", abstract="Nutrient profiles were calculated from USDA FoodData Central entries."),
        Paper(id="fibre", abstract="Fibre contents were taken from the USDA FoodData Central database."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    used = {e.source for e in result.edges if e.kind is EdgeKind.USES_DATASET}
    assert used == {"sugar", "fibre"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # microbiology: records looked up against a reference; a noun after the name is what it names
        (
            "16S reads were classified against SILVA 138 and UNITE, and searches against PHI-base identified "
            "homologues.",
            {("SILVA 138", True), ("UNITE", True), ("PHI-base", True)},
        ),
        ("Counter-screens against HepG2 cells removed 29 hits.", set()),
        ("Whole-cell screening was run against Mycobacterium tuberculosis.", set()),
        # finance, oceanography, economics: a source used over a span of years (a release's number dropped)
        ("Using Compustat for 1995-2019, we measure tax avoidance.", {("Compustat", True)}),
        ("Winds came from three-hourly MERRA-2 fields for June-September 1980-2020.", {("MERRA-2", True)}),
        ("We use output series from Penn World Table 9.0 for 1960-2014.", {("Penn World Table", True)}),
        ("We used Sentinel-2 Level-2A scenes from 2017 to 2020.", {("Sentinel-2", True)}),
        # not whom or what was sampled, nor a condition, an organism or a place; a short acronym alone is as
        # often a kind of record, and an adjective no name
        ("We recruited children from Wuhan between 2019 and 2020.", set()),
        ("Cyclones were checked against charts from the UK Met Office for 2010-2012.", set()),
        ("Sodium silicate was purchased from Sigma-Aldrich between 2019 and 2020.", set()),
        # a name its noun opens, defined by its acronym
        (
            "Amplifiers were counted in the Corpus of Contemporary American English (COCA).",
            {("Corpus of Contemporary American English", True)},
        ),
        ("Samples from Lake Taihu between 2015 and 2018 were analysed.", set()),
        ("We enrolled patients with COVID-19 admitted between 2020 and 2021.", set()),
        ("Using SARS-CoV-2 genomes from 2020 to 2022, we date the lineages.", set()),
        ("Using EHR data from 2010 to 2019, we built a cohort.", set()),
        ("Patients with HPV-positive OPSCC diagnosed between 2010 and 2016 were restaged.", set()),
    ],
)
def test_data_looked_up_against_or_used_over_years_are_datasets(
    text: str, expected: set[tuple[str, bool]]
) -> None:
    assert set(cues(text)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the examples' kind and "those of" them, after "do not rely on"
        "We deliberately do not rely on expert-coded indices such as those of the Varieties of Democracy "
        "dataset, because our argument concerns perceptions.",
        # what the data cannot stand in for
        "Life tables from the Varieties of Democracy dataset, which record no kin ties, cannot substitute "
        "for the register in this exercise.",
    ],
)
def test_data_a_paper_says_it_does_not_rely_on_or_cannot_substitute_are_not_used(sentence: str) -> None:
    # political science and demography (probe file of 6 December): each drew a false shared pair
    papers = [
        Paper(id="user", abstract="Using the Varieties of Democracy dataset for 1990-2015, we code courts."),
        Paper(id="other", abstract=f"We survey 2,400 voters on court behaviour. {sentence}"),
    ]
    result = infer_corpus(papers, shipped_lexicon())
    used = {e.source for e in result.edges if e.kind is EdgeKind.USES_DATASET}
    assert used == {"user"}
