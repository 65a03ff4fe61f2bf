"""Corpus-level evidence about names: older use, generic use, established techniques, common words."""

from __future__ import annotations

from typing import Any

import pytest

from paperkg.inference import CorpusInference, infer_corpus, shipped_lexicon
from paperkg.models import DatePrecision, EdgeKind, Paper


def run(*papers: tuple[str, int, str]) -> CorpusInference:
    return infer_corpus(
        [
            Paper(id=pid, year=year, published=str(year), date_precision=DatePrecision.YEAR, abstract=text)
            for pid, year, text in papers
        ],
        shipped_lexicon(),
    )


def titled(pid: str, year: int, title: str | None, abstract: str, **fields: Any) -> Paper:
    return Paper(
        id=pid,
        year=year,
        published=str(year),
        date_precision=DatePrecision.YEAR,
        title=title,
        abstract=abstract,
        **fields,
    )


def introduces(result: CorpusInference) -> set[tuple[str, str]]:
    return {(e.source, e.target) for e in result.edges if e.kind is EdgeKind.INTRODUCES}


def builds_on(result: CorpusInference) -> set[tuple[str, str]]:
    return {(e.source, e.target) for e in result.edges if e.kind is EdgeKind.BUILDS_ON}


def shares(result: CorpusInference) -> set[tuple[str, str]]:
    """The pairs of papers sharing a dataset, each in sorted order."""
    edges = [e for e in result.edges if e.kind is EdgeKind.SHARES_DATASET]
    return {(min(e.source, e.target), max(e.source, e.target)) for e in edges}


def demoted(result: CorpusInference) -> dict[str, int]:
    by_reason: dict[str, int] = result.summary["names_demoted_by_reason"]
    return by_reason


OLDER = (
    ("early", 2003, "We compare our parser with TraceNet on the treebank and find it slower."),
    ("claims", 2005, "We present TraceNet, a shift-reduce parser for discontinuities."),
    ("later", 2008, "We extend TraceNet with a lexicalised model and improve accuracy."),
)


def test_a_name_used_before_its_supposed_introducer_was_not_introduced_there() -> None:
    result = run(*OLDER)
    assert ("claims", "method:tracenet") not in introduces(result)


def test_an_older_name_links_no_paper() -> None:
    assert builds_on(run(*OLDER)) == set()


def test_the_demoted_claim_stays_a_mention() -> None:
    result = run(*OLDER)
    assert "method:tracenet" in result.papers["claims"].mentions


def test_older_use_is_counted_in_the_summary() -> None:
    assert demoted(run(*OLDER)) == {"older use": 1}


def test_without_older_use_the_name_links_its_users() -> None:
    result = run(*OLDER[1:])
    assert builds_on(result) == {("later", "claims")}


GENERIC = (
    ("a", 2001, "We propose HashMix, a way to combine features for tagging."),
    ("b", 2002, "We propose HashMix, a feature hashing scheme for parsing."),
    ("c", 2003, "We propose HashMix for speech recognition."),
    ("d", 2004, "We use HashMix and report gains on chunking."),
)


def test_a_name_several_papers_each_present_as_their_own_is_generic() -> None:
    result = run(*GENERIC)
    assert (introduces(result), builds_on(result), demoted(result)) == (set(), set(), {"generic": 1})


ESTABLISHED = (
    ("zhou", 2002, "This paper proposes a Hidden Markov Model (HMM) and an HMM-based chunk tagger for names."),
    ("user", 2004, "We use an HMM to segment Chinese text and compare it with a rule-based system."),
)


def test_a_long_established_technique_stays_external() -> None:
    result = run(*ESTABLISHED)
    assert (introduces(result), builds_on(result)) == (set(), set())


def test_the_established_technique_is_still_a_method_node_without_introducer() -> None:
    result = run(*ESTABLISHED)
    assert result.entities["method:hmm"].introduced_by is None


def test_established_is_counted_in_the_summary() -> None:
    assert demoted(run(*ESTABLISHED))["established"] == 1


def test_an_ordinary_word_the_corpus_writes_in_lowercase_is_not_a_name() -> None:
    result = run(
        ("a", 2001, "We present Strategies for weighting features in tagging."),
        ("b", 2002, "Several strategies for smoothing trigram models are compared."),
    )
    assert (introduces(result), demoted(result)) == (set(), {"common word": 1})


def test_a_word_described_as_the_thing_made_is_a_name_though_the_corpus_writes_it_in_lowercase() -> None:
    # nursing beside computational social science: a care programme named Bridge, "bridge communities"
    result = run(
        ("care", 2016, "We designed Bridge, a nurse-led transitional care programme for heart failure."),
        ("reddit", 2021, "Conspiracy content reaches mainstream subreddits through bridge communities."),
    )
    assert introduces(result) == {("care", "method:bridge")}


def test_a_name_in_capitals_and_the_word_so_spelt_are_two_names_in_any_order() -> None:
    # economics and physics: an estimator KESTREL (2013), a tensor network library Kestrel (2018)
    papers = [
        titled("estimator", 2013, "KESTREL: Shrinkage Local Projections for Macroeconomic Panels",
               "We propose KESTREL, a shrinkage estimator that pools country-specific local projections."),
        titled("library", 2018, "Kestrel: An Open-Source Tensor-Network Library for Quantum Magnets",
               "We present Kestrel, a library for variational tensor network calculations of spin models."),
        titled("multipliers", 2020, "Fiscal Multipliers in Developing Economies",
               "We estimate impulse responses with KESTREL across 74 economies."),
        titled("magnets", 2022, "The Intermediate Phase of the Square-Lattice Magnet",
               "We performed tensor network calculations using the Kestrel library."),
    ]  # fmt: skip
    forward = infer_corpus(papers, shipped_lexicon())
    backward = infer_corpus(papers[::-1], shipped_lexicon())
    # each its presenter's, its users told apart by spelling and subject (until 6 December, night, the
    # library's claim was dropped and its user built on nothing)
    assert builds_on(forward) == builds_on(backward) == {("multipliers", "estimator"), ("magnets", "library")}
    assert introduces(forward) == introduces(backward) == {
        ("estimator", "method:kestrel"), ("library", "method:kestrel")
    }
    assert not any(e.kind is EdgeKind.SAME_FAMILY for e in forward.edges)


def test_two_papers_presenting_one_name_build_on_each_other_only_where_they_share_a_subject() -> None:
    # computing education and integer programming each present a Compass; a later integer programming
    # paper presents the next version of its field's (three papers claiming one name make it generic)
    papers = [
        titled("hints", 2019, "Compass: Guiding Novice Programmers with Adaptive Hints",
               "We present Compass, a hint system that adapts the level of detail of programming hints to "
               "the student's progress. In a semester-long deployment with 400 students, Compass users "
               "completed 15% more exercises and asked fewer questions in lab sessions."),
        titled("diving", 2015, "Compass: Learning to Dive in Mixed-Integer Programming",
               "We present Compass, a learned diving heuristic that ranks branching variables in the "
               "branch-and-bound tree of mixed-integer programs, trained on solved instances, and finds "
               "feasible solutions faster than hand-crafted diving rules in an open solver."),
        titled("diving2", 2021, "Compass 2: Diving with Graph Neural Networks",
               "We present Compass, now with a graph neural network that ranks branching variables in the "
               "branch-and-bound tree of mixed-integer programs; trained on solved instances, it finds "
               "feasible solutions faster than the original diving heuristic."),
    ]  # fmt: skip
    for corpus, expected in ((papers[:2], set()), (papers[1:], {("diving2", "diving")})):
        result = infer_corpus(corpus, shipped_lexicon())
        assert builds_on(result) | {(e.source, e.target) for e in result.candidates} == expected


def test_one_name_for_two_things_is_each_introducers_own_and_its_users_the_one_of_their_subject() -> None:
    # an archive of ship tracks and a protein-folding sampler, both Harbor; each user shares one's subject
    papers = [
        titled("tracks", 2019, "Harbor: Ten Years of Vessel Tracks from Coastal Receivers",
               "Port congestion studies lack open vessel movement data. We present Harbor, a dataset of "
               "vessel tracks decoded from coastal AIS receivers, with berth arrivals, anchorage waits and "
               "cargo classes for 40 ports, released for research on shipping and port logistics."),
        titled("folding", 2020, "Harbor: Replica Exchange Sampling for Protein Folding",
               "Folding simulations of proteins stall in local minima of the energy landscape. We present "
               "Harbor, a replica exchange sampler that adapts temperature ladders to the folding "
               "trajectory, and compare Harbor with umbrella sampling on small proteins."),
        titled("ports", 2021, "Forecasting Berth Waits with Gradient Boosting",
               "Berth waits drive port congestion and shipping costs. We train gradient boosted trees on "
               "vessel tracks from the Harbor dataset to forecast anchorage waits of arriving cargo "
               "vessels at 40 ports, and report errors by cargo class."),
        titled("proteins", 2022, "Temperature Ladders for Membrane Protein Folding",
               "Membrane proteins fold through rugged energy landscapes. We extend Harbor's adaptive "
               "temperature ladders to implicit membrane models and sample folding trajectories of six "
               "proteins, reaching native states faster than umbrella sampling."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    assert builds_on(result) == {("ports", "tracks"), ("proteins", "folding")}
    used = {(e.source, e.target) for e in result.edges if e.kind is EdgeKind.USES_DATASET}
    assert {pid for pid, eid in used if "harbor" in eid} == {"ports"}


def test_a_user_of_one_of_two_things_presented_under_one_name_builds_on_the_one_of_its_subject() -> None:
    # a quadrotor planner and a forecaster, each presented as Kestrel: one node (the planner's, presented
    # first), and the forecaster's users build on the forecaster's paper without joining that node
    papers = [
        titled("planner", 2019, "Kestrel: Sampling-Based Planning for Agile Quadrotor Flight",
               "We present Kestrel, a kinodynamic planner that samples collision-free trajectories for "
               "quadrotors flying through cluttered forests, replanning at 50 Hz from onboard depth."),
        titled("forecaster", 2021, "Kestrel: Patch Attention for Long-Horizon Time-Series Forecasting",
               "We present Kestrel, a transformer that attends over patches of each channel of a "
               "multivariate series, and reduces forecasting error on electricity and traffic load data."),
        titled("flight", 2022, "Monocular Depth for Quadrotor Flight in Forests",
               "We feed monocular depth maps into the Kestrel planner and fly quadrotors through cluttered "
               "forests, avoiding collisions on 92% of trajectories."),
        titled("load", 2023, "Forecasting Electricity Load with Weather Channels",
               "We compare Kestrel with recurrent baselines for forecasting hourly electricity load from "
               "multivariate series of weather channels, and report forecasting error by horizon."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    assert builds_on(result) == {("flight", "planner"), ("load", "forecaster")}
    mentions = {e.source for e in result.edges if e.kind is EdgeKind.MENTIONS and "kestrel" in e.target}
    assert mentions == {"flight"}


def test_the_noun_a_user_writes_after_a_name_two_papers_present_says_which_thing_it_means() -> None:
    # an observation framework and a prototyping toolkit, both Trellis; the user's study shares words with
    # both (video, sessions, coding), and "the Trellis toolkit" says which
    papers = [
        titled("framework", 2018, "Trellis: An Observation Framework for Feedback in Classrooms",
               "We present Trellis, an observation framework for coding teacher feedback in video-recorded "
               "lessons, with a coding manual and training protocol for observers."),
        titled("toolkit", 2020, "Trellis: A Toolkit for Prototyping Voice Assistants",
               "We present Trellis, a toolkit for running prototype voice assistants in which a hidden "
               "operator chooses the replies, logging every session for later analysis."),
        titled("study", 2023, "Proactive Voice Partners in Design Sessions",
               "Designers worked with a voice partner operated through the Trellis toolkit in 24 "
               "video-recorded sessions; we coded the sessions with a protocol and report how partner "
               "proactivity shifted the designers' ideas."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("study", "toolkit")}


def test_two_papers_calling_the_thing_they_name_alike_otherwise_present_two_things() -> None:
    # feeders for power-flow studies and a rainfall-runoff model, both TALON, whose abstracts share words
    # of simulation (calibration, parameters, scenarios): what each says the thing is tells them apart
    papers = [
        titled("feeders", 2016, "TALON: synthetic distribution feeders for hosting capacity studies",
               "This paper introduces TALON, a suite of 40 synthetic feeders for simulation studies, with "
               "parameters calibrated on utility data and scenarios of photovoltaic growth."),
        titled("runoff", 2017, "A modular rainfall-runoff model",
               "We present TALON (Tank-And-Lag Operational Network), a semi-distributed model for simulation "
               "studies, with parameters calibrated on gauged catchments and scenarios of change."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    assert introduces(result) == {("feeders", "method:talon"), ("runoff", "method:talon")}
    assert builds_on(result) | {(e.source, e.target) for e in result.candidates} == set()


def test_what_a_user_calls_a_name_given_to_data_and_to_a_scale_says_which_it_means() -> None:
    # a psychosis scale and a pregnancy cohort, both WREN; the cohort's user writes of mental health too
    papers = [
        titled("scale", 2019, "A self-report scale for early signs of psychosis",
               "We developed the Weekly Rating of Early Numbness (WREN) scale, a 14-item questionnaire for "
               "adolescents, and validated it against clinical interviews in 600 students."),
        titled("cohort", 2020, "Cohort profile: the WREN pregnancy cohort",
               "The WREN cohort enrolled 3,400 pregnant women at 12 weeks' gestation in four cities, with "
               "serum samples, questionnaires on mood and follow-up of their children to age five."),
        titled("stress", 2023, "Maternal cortisol and adolescent mood",
               "We analysed 2,200 women from the WREN pregnancy cohort whose adolescent children rated "
               "early signs of psychosis weekly in a self-report questionnaire at school, validated against "
               "clinical interviews of 600 students."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    assert builds_on(result) == {("stress", "cohort")}


def test_the_authors_a_user_cites_after_a_name_two_papers_present_say_which_it_means() -> None:
    # a tagger of code-switched posts and a codebook for news images, both LOOM; the user's study of
    # bilingual posts writes the tagger's words, and cites the codebook's first author after the name
    papers = [
        titled("tagger", 2018, "LOOM: a tagger for code-switched posts",
               "We present LOOM, a tagger of language frames in code-switched posts, trained on 2 million "
               "posts for the study of bilingual writing online.", authors=["Lucia Benavides"]),
        titled("codebook", 2019, "LOOM: a codebook for visual news frames",
               "We present LOOM, a codebook for coding visual frames in news images and video, tested on "
               "2,400 images by trained coders.", authors=["Chiamaka Okafor", "Stefan Brandt"]),
        titled("posts", 2022, "Images in bilingual posts",
               "Using the LOOM framework (Okafor et al.), we coded the images in 40,000 code-switched posts "
               "of bilingual users online, for the study of bilingual writing with images.",
               authors=["Leah Moreau"]),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("posts", "codebook")}


def test_a_corpus_spelt_out_after_its_name_is_data_and_software_of_its_name_is_not_it() -> None:
    # "ATLAS (...), a corpus of": data past the long form; "the Silvaco ATLAS device package": software
    papers = [
        titled("corpus", 2012, "The ATLAS corpus: design and first results",
               "This paper introduces ATLAS (Atlantic Talk and Language Archive of Speech), a corpus of 640 "
               "sociolinguistic interviews recorded in rural and urban communities."),
        titled("users", 2016, "Change in (ING) across Atlantic Canada",
               "Using 412 interviews from the ATLAS corpus, we extracted 38,600 tokens of (ING) and coded "
               "each for grammatical category and style."),
        titled("devices", 2018, "Efficiency droop in green LEDs",
               "Device simulations performed with the Silvaco ATLAS drift-diffusion package reproduced the "
               "observed efficiency droop when defect bands were included."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    assert introduces(result) == {("corpus", "dataset:atlas")}
    assert builds_on(result) == {("users", "corpus")}


def test_a_method_of_a_data_name_is_not_the_data_and_words_of_use_keep_it() -> None:
    # hydrology, crop modelling: "the GLUE approach", "the GLUE module" (Generalized Likelihood Uncertainty
    # Estimation) are no benchmark; "on GLUE with our framework" is a use of the benchmark, not software
    papers = [
        titled("nlu", 2020, "Sparse adapters for language understanding",
               "Sparse adapters match full fine-tuning on GLUE with our framework at 1% of the parameters."),
        titled("probe", 2021, "Probing adapters",
               "We fine-tune RoBERTa on the GLUE benchmark and probe each layer of the adapters."),
        titled("rivers", 2019, "Bayesian calibration of a rainfall-runoff model",
               "Compared with the widely used GLUE approach based on the Nash-Sutcliffe efficiency, posterior "
               "intervals of streamflow are narrower and better calibrated."),
        titled("maize", 2018, "Calibrating a maize simulator",
               "Genotype coefficients were estimated with the GLUE module using the 2012 field data."),
    ]  # fmt: skip
    assert shares(infer_corpus(papers, shipped_lexicon())) == {("nlu", "probe")}


def test_a_name_two_teams_present_as_their_own_is_two_things() -> None:
    # two fitness-fatigue models named LOADSTAR by teams with no author in common share their subject, yet
    # neither builds on the other; a journal version by the preprint's authors presents the same thing
    swim, run, journal = [
        titled("swim", 2016, "LOADSTAR: a time-varying fitness-fatigue model for elite swimmers",
               "We propose LOADSTAR, a fitness-fatigue model of training load and performance whose gain and "
               "decay parameters vary over a season, estimated with a Kalman filter in 19 swimmers.",
               authors=["Vincent Moreau", "Claire Dubois"]),
        titled("run", 2021, "LOADSTAR: a state-space model of training load in endurance athletes",
               "We developed LOADSTAR, a Bayesian state-space model of fitness and fatigue driven by daily "
               "training load and observed through performance and readiness in 60 endurance athletes.",
               authors=["Nils Aagaard", "Hye-jin Lee"]),
        titled("swim-journal", 2018, "LOADSTAR: modelling a season of training load and performance",
               "We present LOADSTAR, a fitness-fatigue model of training load and performance with "
               "time-varying gain and decay, validated over a season in national-level swimmers.",
               authors=["Moreau V", "Raphael Girard"]),
    ]  # fmt: skip
    assert builds_on(infer_corpus([swim, run], shipped_lexicon())) == set()
    assert builds_on(infer_corpus([swim, journal], shipped_lexicon())) == {("swim-journal", "swim")}


def test_a_word_in_capitals_that_the_paper_also_writes_as_a_word_is_the_word() -> None:
    # "GLUE joints" of a paper titled "Glue Joint Strength", "ARC incident energy" of one on arc flash: the
    # capitals shout the word; outside machine learning the name needs a naming noun after it there
    papers = [
        titled("nlu", 2020, "Sparse adapters for language understanding",
               "Sparse adapters match full fine-tuning on GLUE at 1% of the parameters."),
        titled("probe", 2021, "Probing adapters",
               "We fine-tune RoBERTa on the GLUE benchmark and probe each layer of the adapters."),
        titled("timber", 2019, "Glue Joint Strength in Timber Engineering",
               "We test GLUE joints in laminated timber beams. Joint strength exceeded the Eurocode."),
        titled("timber-2", 2022, "Glued laminated timber under fire",
               "Char depth of GLUE lines was measured in 40 beams; the glue held to 600 degrees."),
    ]  # fmt: skip
    assert shares(infer_corpus(papers, shipped_lexicon())) == {("nlu", "probe")}


def test_the_conventions_of_data_are_not_its_data() -> None:
    # neuroimaging, linguistics, vision: a protocol of acquisition, guidelines or a format copied from a
    # resource use none of its data; its users share it
    papers = [
        titled("a", 2019, "Hippocampal atrophy in amnestic MCI",
               "We analysed 3T MRI scans of 812 participants from the ADNI data release."),
        titled("b", 2020, "Memory clinic imaging in Ravenna",
               "3T MRI was acquired in 300 patients following the ADNI-3 acquisition protocol."),
        titled("c", 2021, "Amyloid and cortical thinning",
               "Using 540 scans from the ADNI database, we related amyloid status to cortical thickness."),
        titled("d", 2022, "A Swahili treebank",
               "Sentences were annotated according to the Universal Dependencies (UD) v2 guidelines."),
        titled("e", 2023, "Parsing Wolof",
               "We train parsers on 12 treebanks of the Universal Dependencies dataset release 2.12."),
        titled("f", 2024, "Parsing Hausa",
               "We evaluate on the Universal Dependencies dataset, 14 treebanks of African languages."),
    ]  # fmt: skip
    assert shares(infer_corpus(papers, shipped_lexicon())) == {("a", "c"), ("e", "f")}


def test_a_data_name_three_papers_present_as_their_own_links_no_papers() -> None:
    # three corpora of three fields, each named NEXUS by its paper: a name the corpus takes for a term,
    # whose users share nothing by it (before, every user of any NEXUS shared with every other)
    fields = [("tweets", "political tweets"), ("scans", "knee MRI scans"), ("ledgers", "merchant ledgers")]
    papers = [
        titled(f"{key}", 2015 + i, f"NEXUS: a corpus of {what}",
               f"We present NEXUS, a corpus of {what} collected for research and released openly.")
        for i, (key, what) in enumerate(fields)
    ] + [
        titled(f"{key}-use", 2020 + i, f"A study of {what}",
               f"Using the NEXUS corpus of {what}, we report new findings on {what}.")
        for i, (key, what) in enumerate(fields)
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    assert {(e.source, e.target) for e in result.edges if e.kind is EdgeKind.SHARES_DATASET} == set()


def test_a_panel_a_user_names_is_no_word_of_data_between_two_things_of_one_name() -> None:
    # a barley association panel (a method to the corpus, as panels are) and a spectral benchmark (data),
    # both GRANARY: "the GRANARY association panel" is the barley one, by the words the user shares
    papers = [
        titled("panel", 2016, "GRANARY: a genotyped panel of spring barley landraces",
               "Here we describe GRANARY, an association panel of 412 spring barley landraces genotyped "
               "with 50k SNPs and phenotyped for heading date and grain yield in six environments."),
        titled("bench", 2017, "GRANARY: a spectral benchmark for flour adulteration",
               "We introduce GRANARY, a benchmark of near-infrared spectra of wheat and rye flours "
               "adulterated with cheaper cereals, for comparing adulteration detectors."),
        titled("rust", 2019, "Leaf rust resistance loci in Nordic barley",
               "We phenotyped the GRANARY association panel of 412 spring barley landraces for seedling "
               "resistance to leaf rust and mapped six loci by genome-wide association with the 50k SNPs."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("rust", "panel")}


def test_what_a_user_calls_a_name_chooses_though_it_shares_few_words_with_that_things_paper() -> None:
    # a corpus of posts and a codebook for news images, both LOOM; the user of the codebook writes of
    # posts and bilingual users (the corpus's words), and "the LOOM framework" (no data) says which
    papers = [
        titled("corpus", 2018, "LOOM: a corpus of code-switched posts",
               "We present LOOM, a corpus of 2 million code-switched posts with coded language frames, "
               "for the study of bilingual writing online."),
        titled("codebook", 2019, "LOOM: a codebook for visual news frames",
               "We present LOOM, a codebook for coding visual frames in news images and video, tested on "
               "2,400 images by trained coders."),
        titled("posts", 2022, "Images in bilingual posts",
               "Using the LOOM framework, we coded the images in 40,000 code-switched posts of bilingual "
               "users online, for the study of bilingual writing with images."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("posts", "codebook")}


def test_a_paper_saying_it_did_not_use_a_tool_or_setting_itself_apart_from_it_does_not_build_on_it() -> None:
    # metagenomics: a reference-free method contrasts itself with MetaSplice and says it never ran it
    papers = [
        titled("tool", 2016, "MetaSplice: Detecting Alternative Splicing in Metatranscriptomes",
               "We present MetaSplice, a tool that bins environmental transcripts against reference genomes "
               "and calls alternative splicing events from the aligned reads."),
        titled("free", 2021, "Reference-Free Splicing Detection in Uncultured Protists",
               "Unlike MetaSplice, which requires taxonomic binning against existing genomes, our approach "
               "works de novo. We did not run MetaSplice on our data; accuracy was assessed on simulations."),
        titled("user", 2022, "Splicing in Diatom Blooms",
               "Splicing events were called with MetaSplice after binning transcripts against genomes."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("user", "tool")}


def test_a_resource_that_could_not_be_adapted_is_not_built_on() -> None:
    # legal studies: a corpus of recitals names an annotated resource of court reasoning it could not
    # adapt; another paper uses it "because" an older scheme (its own subject) could not be applied
    papers = [
        titled("data", 2019, "PROPORTIO: An Annotated Corpus of Proportionality Reasoning",
               "We present PROPORTIO, an annotated corpus of 2,100 judgments coded for the four stages of "
               "proportionality review."),
        titled("recitals", 2023, "Recitals as Reasons",
               "Existing annotated resources on judicial reasoning, such as PROPORTIO, code courts rather "
               "than legislatures and could not be adapted to the recital format."),
        titled("appeals", 2024, "Proportionality on Appeal",
               "We annotate appeal rulings with PROPORTIO because the older scheme could not be applied to "
               "appeals."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("appeals", "data")}


@pytest.mark.parametrize(
    ("sentence", "built_on"),
    [
        # left to future work, in the clause naming it (mining, geography, code LLMs)
        ("Coupling with blast-fragmentation models such as SHATTER is left for future work.", False),
        ("Future work could feed the footprints into accessibility tools such as SHATTER.", False),
        ("We calibrate SHATTER on 40 blasts, and future work will extend the survey to open pits.", True),
        # an example of what would serve, or of a kind of thing left out
        ("Fragmentation models such as SHATTER would allow the muckpile to be predicted directly.", False),
        ("Empirical models such as SHATTER were excluded because blast logs were incomplete.", False),
        ("Fragment sizes predicted by SHATTER were compared with image analysis of the muckpile.", True),
        # a sentence opening with "Whereas" sets the paper apart
        ("Whereas fragmentation models such as SHATTER act on blast design, our survey targets ore.", False),
        # not installed, past "et al."; not publicly available, past a relative clause
        ("The SHATTER model of Okafor et al. was not installed at this mine.", False),
        ("SHATTER, which would have sped up the design, was not publicly available to us.", False),
        ("SHATTER, which we ran on 40 blasts, predicted the mean fragment size within 12%.", True),
        # past a phrase set off by commas; what an example cannot do (physical chemistry, civil engineering)
        ("Empirical models such as SHATTER, made for open pits, could in future help plan stopes.", False),
        ("Empirical models such as SHATTER cannot describe the stress waves in jointed rock.", False),
        # "therefore not", "outside the scope", "not collected", "did not draw on" (social sciences)
        ("Blast models such as SHATTER, which need joint maps, were therefore not considered.", False),
        ("Fragmentation models such as SHATTER were therefore outside the scope of this study.", False),
        ("Empirical models such as SHATTER are unsuitable for jointed rock.", False),
        # past the noun it names and a relative clause (oceanography)
        ("The SHATTER blast records, which end in 2017, could not be used for the second event.", False),
        # "but" with no subject of its own goes on with the name's; what is not to be confused with it
        ("Models such as SHATTER offer speed but were not considered, as they ignore joints.", False),
        ("Our fragmentation index should not be confused with SHATTER, a blast model.", False),
        # what examples of a kind have done is the literature's, not the paper's use ...
        ("Fragmentation models such as SHATTER and Kuz-Ram have been developed for open pits, but none "
         "predicts fines.", False),
        # ... which a sentence of its own says
        ("Models such as SHATTER have been studied widely. We calibrate SHATTER on 40 blasts.", True),
        # a direction for future work; what the paper leaves, its words between
        ("A combination with SHATTER for jointed rock is a possible direction for future work.", False),
        ("We leave a calibration of SHATTER for open stopes to future work.", False),
        # considered but not adopted
        ("Blast models such as SHATTER were considered for the design but were not adopted.", False),
        # examples "such as those in" a resource; what could not be evaluated
        ("Blast records such as those in SHATTER were excluded because the logs were incomplete.", False),
        ("Fragmentation models such as SHATTER could not be evaluated on these blasts.", False),
        # what it does not do with the name, whatever the verb
        ("We keep the blast pattern fixed and do not optimise with SHATTER or similar models.", False),
        ("Because SHATTER predictions were not collected for these blasts, we report sieve curves.", False),
        ("We did not draw on fragmentation models such as SHATTER, which need joint maps.", False),
        # what examples of a kind are or do, in the present, is the literature's too, unless the clause goes
        # on to the paper's own work
        ("Because blast models such as SHATTER are made for open pits, our analysis keeps to stopes.", False),
        ("Empirical models such as SHATTER and Kuz-Ram do not predict fines in jointed rock.", False),
        ("Blast models such as SHATTER are used to plan the 40 blasts of our survey.", True),
        # a use it says it did not make of the name taken up by a pronoun (hydrology, economics, education)
        ("We considered SHATTER for the design step but did not use it, as the joints were unmapped.", False),
        ("Although SHATTER would predict the fines, we did not apply it here, as the stopes are small.",
         False),
        ("SHATTER was tried on two blasts, but it was not available for the production blasts.", False),
        ("We used SHATTER for the first round but did not use it for the second.", True),
        ("We considered SHATTER and Kuz-Ram but did not use them, as the joints were unmapped.", False),
        # considered but excluded; not feasible, not applicable
        ("The SHATTER predictions were considered as a baseline but finally excluded, as logs were short.",
         False),
        ("A fragment analysis in the style of SHATTER, made for open pits, was not feasible here.", False),
        ("SHATTER was not applicable, since no blast was fired during the survey.", False),
        # what it had meant to do with the name, and says it did not (robotics, social science)
        ("We had intended to calibrate SHATTER on the stopes, but its code supports only open pits.", False),
        ("We had planned a drone survey, but used SHATTER on the blast logs instead.", True),
        # what examples of a kind hold or lack, in the present, is the literature's (robotics)
        ("Because existing models such as SHATTER contain no joint sets, we build our own.", False),
        ("Blast models such as Kuz-Ram and SHATTER capture fines with a single parameter.", False),
        # a pronoun's first predicate before the one saying it was not used (public health)
        ("We considered SHATTER, but it lacks a joint model and was therefore not used.", False),
        # those a resource holds; not possible; an adverb before "not"; not evaluated; what examples
        # record; could not be computed (materials, preprints, pharmacology)
        ("Blast records, such as those compiled in SHATTER, were excluded as the logs were incomplete.",
         False),
        ("A calibration against SHATTER was not possible for these blasts.", False),
        ("Models such as SHATTER were deliberately not considered, since the aim was a fast rule.", False),
        ("Models such as SHATTER were not evaluated, since the blasts were few.", False),
        ("Models such as SHATTER record fragment sizes but cannot isolate the joints.", False),
        ("SHATTER predictions could not be computed for the stopes.", False),
        # past a relative clause of its own and another name's (remote sensing)
        ("Models such as SHATTER, which needs joint maps, and the Kuz-Ram model, which ignores joints, "
         "could not be used here.", False),
        # what an example should be (agriculture); a second subject of what is left to later work (quantum
        # computing), not a clause of its own
        ("Models such as SHATTER, developed for open pits, should be tested in the stopes.", False),
        ("Calibrating a model such as SHATTER, and mapping the joints, is left to future work.", False),
        ("We calibrate SHATTER on the stopes, and mapping the joints is left to future work.", True),
        # "for example" as "such as" (linguistics); not commercially available (chemistry)
        ("Recent models, for example SHATTER for open pits, have shown that joints dominate.", False),
        ("SHATTER was not commercially available to us, so the fragments were sieved by hand.", False),
        # no example of a kind was applied (biomedical engineering)
        ("No fragmentation model such as SHATTER was applied, as the logs held few blasts.", False),
        # those a tool makes, as those a resource holds (law)
        ("Features such as those SHATTER predicts from joint maps were deliberately excluded.", False),
        # not implemented, not in use (nursing)
        ("Models like SHATTER were not implemented at the mine during the study period.", False),
        ("Fragmentation models such as SHATTER were not in use at any of the audited mines.", False),
        # considered but not fitted; not considered suitable, past a clause of what it lacks; what the paper
        # did rather than by examples; what examples have reported, set off by commas (veterinary, sports
        # and statistics papers)
        ("Blast models, including SHATTER, were considered but not fitted, as no sieve data exist.", False),
        ("Blast models such as SHATTER for open pits do not represent joint orientation in stopes and were "
         "not considered suitable.", False),
        ("Fragments were measured by sieving rather than by image-based models such as SHATTER.", False),
        ("Fragmentation studies in open pits, such as SHATTER, have reported that joints dominate.", False),
        ("Fragments were predicted by SHATTER rather than by sieving.", True),
        # not directly applicable; examples derived with it excluded; "did not draw on them" (fisheries,
        # mathematics)
        ("Models developed for open pits, such as SHATTER, are not directly applicable to stopes.", False),
        ("Fragment curves, such as those derived with SHATTER at the pit, were excluded because they are "
         "coarse.", False),
        ("Blast models such as SHATTER assume open faces and need joint maps, so we did not draw on them.",
         False),
    ],
)  # fmt: skip
def test_what_a_paper_leaves_to_later_work_or_would_use_it_does_not_build_on(
    sentence: str, built_on: bool
) -> None:
    papers = [
        titled("tool", 2016, "SHATTER: A Blast Fragmentation Model for Jointed Rock",
               "We present SHATTER, a model that predicts the fragment size distribution of a blast from "
               "the joint spacing of the rock mass."),
        titled("mine", 2021, "Fragmentation at a Deep Copper Mine", sentence),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == ({("mine", "tool")} if built_on else set())


_KESTRELS = [
    ("pulsars", 2015, "Kestrel: a pulsar timing package",
     "We present Kestrel, a pulsar timing package that fits timing residuals of millisecond pulsars with a "
     "Bayesian noise model, handling red noise, dispersion measure variations and clock corrections for "
     "pulsar timing arrays searching for nanohertz gravitational waves."),
    ("hints", 2016, "Kestrel: hints for novice programmers",
     "We present Kestrel, a hint system for novice programmers that suggests the next edit in introductory "
     "Python exercises, learned from the submissions of earlier students in a university course, and we "
     "evaluate the hints with 300 students in a classroom study."),
    ("diving", 2017, "Kestrel: a diving heuristic for mixed-integer programs",
     "We present Kestrel, a diving heuristic for mixed-integer programs that fixes fractional variables of "
     "the linear relaxation by their pseudocosts and backtracks once, finding feasible solutions earlier in "
     "branch-and-bound on MIPLIB instances."),
]


def test_a_name_three_papers_of_three_fields_present_is_each_ones() -> None:
    # astronomy, computing education, optimisation: three things named Kestrel, three papers on three
    # subjects; each user builds on the one of its subject, a user of none of them on none
    users = [
        ("timing", 2020, "Noise in pulsar timing arrays",
         "We fit timing residuals of 45 millisecond pulsars with Kestrel and find that red noise and "
         "dispersion measure variations dominate the pulsar timing array noise budget for gravitational "
         "wave searches."),
        ("course", 2021, "Hints at scale in an introductory course",
         "We deployed Kestrel hints in an introductory Python course for novice programmers and measured "
         "how students used the suggested edits on exercises across a semester, in a classroom study."),
        ("mips", 2022, "Diving in branch-and-bound",
         "We compare Kestrel with coefficient diving on MIPLIB instances and find that pseudocost fixing "
         "finds feasible solutions of mixed-integer programs earlier in branch-and-bound."),
        ("birds", 2023, "Raptor counts on migration routes",
         "We count Kestrel and other raptors along two migration routes over six autumns, recording weather "
         "and time of day for each sighting, and model the counts against wind speed."),
    ]  # fmt: skip
    papers = [titled(pid, year, title, abstract) for pid, year, title, abstract in _KESTRELS + users]
    result = infer_corpus(papers, shipped_lexicon())
    assert builds_on(result) == {("timing", "pulsars"), ("course", "hints"), ("mips", "diving")}
    assert {pid for pid, _ in introduces(result)} == {"pulsars", "hints", "diving"}


def test_two_presenters_on_one_subject_do_not_make_a_term_of_a_name_of_several_fields() -> None:
    # a journal version of the pulsar-timing package beside its preprint: two papers on one subject, and
    # the other Kestrels still each their paper's
    journal = ("journal", 2016, "Kestrel: pulsar timing with a Bayesian noise model",
               "We present Kestrel, a pulsar timing package that fits timing residuals of millisecond "
               "pulsars with a Bayesian noise model for red noise and dispersion measure variations, for "
               "pulsar timing arrays searching for gravitational waves.")  # fmt: skip
    users = [
        ("course", 2021, "Hints at scale in an introductory course",
         "We deployed Kestrel hints in an introductory Python course for novice programmers and measured "
         "how students used the suggested edits on exercises across a semester, in a classroom study."),
        ("mips", 2022, "Diving in branch-and-bound",
         "We compare Kestrel with coefficient diving on MIPLIB instances and find that pseudocost fixing "
         "finds feasible solutions of mixed-integer programs earlier in branch-and-bound."),
    ]  # fmt: skip
    papers = [titled(pid, year, title, text) for pid, year, title, text in [*_KESTRELS, journal, *users]]
    drawn = builds_on(infer_corpus(papers, shipped_lexicon()))
    assert {("course", "hints"), ("mips", "diving")} <= drawn
    assert {source for source, _ in drawn} <= {"course", "mips", "journal"}


def _probe(name: str, pid: str) -> Paper:
    """The record ``pid`` of ``tests/data/other-fields-probes-{name}.jsonl`` as a paper of its year."""
    import json

    from conftest import DATA

    for line in (DATA / f"other-fields-probes-{name}.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] == pid:
            return titled(pid, row["year"], row.get("title"), row["abstract"])
    raise KeyError(pid)


def test_a_name_of_several_fields_spelt_in_capitals_by_one_presenter_reaches_its_users() -> None:
    # three papers of three fields present a thing named Atlas (landmark software), Atlas (a model) and
    # ATLAS (a tutoring system): the tutor's users write ATLAS as it did, and build on it
    papers = [_probe("20", "p20-19"), _probe("2", "t-07"), _probe("46", "p46-07"), _probe("46", "p46-12")]
    assert ("p46-12", "p46-07") in builds_on(infer_corpus(papers, shipped_lexicon()))


def test_a_user_of_one_of_several_things_of_a_name_means_it_and_not_the_data_of_that_name() -> None:
    # beside them, ATLAS (Atlantic Talk and Language Archive of Speech), a corpus: the tutor's user writes
    # of a tutoring platform, the words of the tutor's paper and not the archive's nor the landmark tool's
    papers = [
        _probe("20", "p20-16"),
        _probe("20", "p20-19"),
        _probe("2", "t-07"),
        _probe("46", "p46-07"),
        _probe("46", "p46-12"),
    ]
    result = infer_corpus(papers, shipped_lexicon())
    assert builds_on(result) == {("p46-12", "p46-07")}
    assert shares(result) == set()


def test_a_few_words_any_two_abstracts_share_do_not_say_which_thing_of_one_name_a_user_means() -> None:
    # the ATLAS lidar of ICESat-2 and a crossing of trade data with the Atlas of Economic Complexity share
    # three or four words ("along", "surface", "rapidly") with the landmark software's paper, none its subject
    papers = [
        _probe("20", "p20-19"),
        _probe("2", "t-07"),
        _probe("46", "p46-07"),
        _probe("52", "p52-21"),
        _probe("59", "p59-33"),
    ]
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == set()


def test_a_name_spelt_out_and_written_by_its_acronym_reaches_only_users_of_its_subject() -> None:
    # "the Helsinki Adolescent Resilience and Behaviour Outcomes Register (HARBOR)", a cohort of psychiatry,
    # beside a HARBOR of another field and its user, who builds on that one only
    papers = [_probe("37", "p37-04"), _probe("37", "p37-12"), _probe("65", "p65-08")]
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("p37-12", "p37-04")}


def test_of_two_data_of_one_name_the_noun_calls_it_the_user_means_the_one_of_its_subject() -> None:
    # "the HARBOR corpus" calls the name data, and so rules out a method named HARBOR; of the two data so
    # named, a corpus of ship registers and a psychiatric register, the user means the one of its words
    papers = [
        _probe("37", "p37-04"),
        _probe("37", "p37-12"),
        _probe("65", "p65-08"),
        _probe("20", "p20-25"),
        _probe("15", "p15-18"),
        _probe("3", "a-48"),
    ]
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("p37-12", "p37-04")}


def test_a_name_ending_a_longer_name_the_paper_abbreviates_is_another_thing() -> None:
    # "Multilingual LibriSpeech (MLS)" is other data than LibriSpeech, whose acronym would be LS; the
    # Human Mortality Database, found without its first word, is still the data of its acronym's users
    papers = [
        titled("asr", 2021, "Streaming recognition", "We train a streaming transducer on the 960 hours of "
               "LibriSpeech and report word error rates on its test-clean and test-other sets."),
        titled("mls", 2022, "Low-resource tokens", "Training data come from Multilingual LibriSpeech (MLS) "
               "and from Common Voice recordings in Hungarian and Estonian; we report character error rates."),
        titled("tts", 2023, "Speaker adaptation", "We adapt a speaker encoder with 20 minutes of speech per "
               "speaker drawn from LibriSpeech and evaluate similarity with a verification model."),
        titled("life", 2019, "Decomposing life expectancy", "Life tables come from the Human Mortality "
               "Database (HMD) for 30 countries, and we decompose gaps in life expectancy by age."),
        titled("gaps", 2020, "Lifespan variation", "All-cause life tables come from the Human Mortality "
               "Database; we relate lifespan variation to life expectancy in 40 countries."),
    ]  # fmt: skip
    assert shares(infer_corpus(papers, shipped_lexicon())) == {("asr", "tts"), ("gaps", "life")}


# a typological database and a paper using it (linguistics)
_TYPOBANK = [
    titled("bank", 2015, "TypoBank: a typological dataset of word-order features",
           "We present TypoBank, a dataset of 190 word-order features coded for 2,400 languages."),
    titled("parse", 2018, "Typology for parser transfer",
           "We condition a dependency parser on TypoBank features of 40 languages and improve transfer."),
]  # fmt: skip


def test_data_a_paper_replaces_or_another_tool_was_made_for_is_not_its_data() -> None:
    # linguistics: a parser variant replacing a database's features, a method adapted from it to another
    papers = [
        *_TYPOBANK,
        titled("repl", 2020, "Learned language embeddings for transfer",
               "Our parser is a variant in which the TypoBank features of the original are replaced by "
               "learned language embeddings."),
        titled("orig", 2021, "Imputing Grambank", "We adapt LacunaFill, a model originally developed for "
               "TypoBank, to Grambank, and impute its missing values for 300 languages."),
    ]  # fmt: skip
    assert shares(infer_corpus(papers, shipped_lexicon())) == {("bank", "parse")}


def test_data_whose_guidelines_a_paper_adapts_is_built_on_but_not_used_and_data_left_out_is_neither() -> None:
    # linguistics and hydrology: adapting a resource's coding guidelines, what a resource does not hold,
    # and resources deliberately excluded
    papers = [
        *_TYPOBANK,
        titled("guide", 2020, "Coding Quechua word order",
               "Adapting the TypoBank coding guidelines to Huallaga Quechua, we coded 90 features."),
        titled("gaps", 2021, "Word order of Amazonian languages",
               "These 30 languages are not included in TypoBank, so we coded their features from grammars."),
        titled("mono", 2022, "Monolingual pretraining for Bantu languages",
               "Typological resources such as TypoBank were deliberately excluded to keep the model "
               "unsupervised; we pretrain on 40 GB of monolingual text."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    assert shares(result) == {("bank", "parse")}
    assert builds_on(result) == {("parse", "bank"), ("guide", "bank")}


def test_a_model_named_after_data_of_the_corpus_builds_on_its_paper_without_using_the_data() -> None:
    # vision, dentistry, dermatology: "the Segment Anything Model" is the model made with the SA-1B masks,
    # its users share a model, not data; a paper training on the masks uses them
    papers = [
        titled("sa", 2023, "Segment Anything",
               "We introduce the Segment Anything (SA) project: a new task, model, and dataset for image "
               "segmentation. We release SA-1B, a dataset of over 1 billion masks on 11 million images."),
        titled("teeth", 2024, "Tooth segmentation on panoramic radiographs",
               "A detector proposes tooth regions and a mask decoder derived from the Segment Anything Model "
               "refines boundaries on 4,000 panoramic radiographs."),
        titled("hair", 2024, "Trichoscopic hair density estimation",
               "We fine-tuned the Segment Anything Model (SAM) with point prompts to segment hair shafts "
               "on trichoscopic images of 120 patients."),
        titled("masks", 2024, "Pretraining segmenters on web-scale masks",
               "We pretrain a promptable segmenter on SA-1B and evaluate it on COCO and LVIS."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    assert {("teeth", "sa"), ("hair", "sa"), ("masks", "sa")} <= builds_on(result)
    uses = {(e.source, e.target) for e in result.edges if e.kind is EdgeKind.USES_DATASET}
    assert ("masks", "dataset:sa-1b") in uses and not {source for source, _ in uses} & {"teeth", "hair"}
    assert not any({"teeth", "hair"} & set(pair) for pair in shares(result))


def test_a_design_code_a_structure_follows_is_no_data_of_the_benchmark_named_alike() -> None:
    # structural engineering: the ASCE benchmark building of health monitoring, and the ASCE 7 design code
    papers = [
        titled("shm1", 2020, "Damage detection with sparse sensors",
               "We evaluate damage detection on simulated responses of the ASCE benchmark building under "
               "ambient excitation, with 4% of the labels."),
        titled("shm2", 2021, "Optimal sensor placement for modal identification",
               "Our placement method is tested on the ASCE benchmark building with 120 degrees of freedom "
               "and on a footbridge."),
        titled("design1", 2023, "Recovery-based design of office buildings",
               "Three office buildings of 4, 8 and 12 stories are designed according to ASCE 7-22 and then "
               "optimized to meet recovery targets."),
        titled("design2", 2024, "Regional seismic loss of school buildings",
               "Archetypes are designed according to the ASCE 7 provisions in effect at the time of "
               "construction, and losses are simulated for 2,000 schools."),
        # (a range of figures after a data name is no edition)
        titled("pruned", 2022, "Pruning convolutional networks by sensitivity",
               "Pruned networks reach an error on CIFAR-100 10-15% lower than dropout does."),
        titled("digits", 2023, "Capsules for image recognition",
               "We evaluate capsule networks on CIFAR-100."),
    ]  # fmt: skip
    assert shares(infer_corpus(papers, shipped_lexicon())) == {("shm1", "shm2"), ("digits", "pruned")}


def test_a_name_three_papers_of_one_subject_present_is_a_term() -> None:
    # three diving heuristics named alike on one subject are versions or a term: no paper builds on another
    papers = [
        titled(f"diving{i}", 2015 + i, f"Kestrel {i}: a diving heuristic for mixed-integer programs",
               f"We present Kestrel, a diving heuristic for mixed-integer programs that fixes fractional "
               f"variables of the linear relaxation by their pseudocosts, variant {i}, finding feasible "
               f"solutions earlier in branch-and-bound on MIPLIB instances.")
        for i in range(3)
    ] + [
        titled("mips", 2022, "Diving in branch-and-bound",
               "We compare Kestrel with coefficient diving on MIPLIB instances and find that pseudocost "
               "fixing finds feasible solutions of mixed-integer programs earlier in branch-and-bound."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == set()


def test_a_data_name_a_paper_calls_software_is_the_software_wherever_it_names_it() -> None:
    # information retrieval and optimisation: a test collection CASCADE, and a cut-selection framework
    # spelt CASCADE by a paper that also names it alone
    papers = [
        titled("collection", 2016, "CASCADE: a test collection for legal case retrieval",
               "We present the CASCADE dataset of 12,000 judgments with relevance labels."),
        titled("users", 2019, "Dense retrieval of case law",
               "We evaluate dense retrievers on the CASCADE dataset of judgments."),
        titled("cuts", 2021, "Learning cut selection policies for the CASCADE framework",
               "The CASCADE framework of Hallstrom and Diallo selects cutting planes. The learned policy "
               "reduces the solving time of CASCADE by 9% on MIPLIB 2017."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    assert builds_on(result) == {("users", "collection")}


def test_the_noun_after_a_name_of_two_things_says_which_even_where_no_abstract_tells_subjects() -> None:
    # obstetrics and psychiatry: a cohort and a scale named VESPER, abstracts too short for topic words
    papers = [
        titled("cohort", 2015, "The VESPER cohort: design and baseline data",
               "We recruited 3,000 pregnant women."),
        titled("scale", 2016, "VESPER: a self-report scale of early psychosis",
               "We present the VESPER scale."),
        titled("user", 2020, "Sleep in pregnancy", "Women of the VESPER pregnancy cohort wore actigraphs."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("user", "cohort")}


def test_data_named_as_what_others_would_replace_are_not_used() -> None:
    # bibliometrics: open databases "proposed as replacements for Scopus and Web of Science"
    papers = [
        titled("a", 2019, "Coverage of social science journals",
               "We compare the coverage of 4,200 journals in the Scopus database and in Web of Science."),
        titled("b", 2021, "A reusable sample for metadata quality",
               "Open bibliographic databases are increasingly proposed as replacements for Scopus and Web of "
               "Science, yet their metadata quality is assessed on convenience samples."),
        titled("c", 2022, "Citation counts across databases",
               "We retrieve citation counts of 9,000 articles from the Scopus database."),
    ]  # fmt: skip
    assert shares(infer_corpus(papers, shipped_lexicon())) == {("a", "c")}


def test_a_repository_a_paper_deposits_its_data_in_is_not_drawn_on() -> None:
    # pharmacology: structures deposited in PubChem, beside two papers drawing on it
    papers = [
        titled("a", 2019, "Bioactivity of marine alkaloids",
               "We retrieved 3,400 bioassay records from the PubChem database for 120 alkaloids."),
        titled("b", 2021, "Kelpie: a library of brominated indoles",
               "Structures and spectra of the 48 indoles have been deposited in the PubChem database."),
        titled("c", 2022, "Cytotoxicity across screening libraries",
               "Cytotoxicity calls were taken from the PubChem database for 9,000 compounds."),
        titled("d", 2023, "Assay interference",
               "We analysed 2,000 assays that were deposited in the PubChem database by screening centres."),
    ]  # fmt: skip
    assert shares(infer_corpus(papers, shipped_lexicon())) == {("a", "c"), ("a", "d"), ("c", "d")}


def test_a_name_before_the_noun_of_a_body_is_the_bodys() -> None:
    # library science: a classifier named Concordia, and a university library of that name
    papers = [
        titled("tool", 2018, "Concordia: matching subject headings across vocabularies",
               "We present Concordia, a tool that maps subject headings between LCSH and MeSH."),
        titled("chats", 2022, "Virtual reference chats",
               "We collected 18,000 chat transcripts from nine libraries, including Concordia University "
               "Library, and coded the questions asked."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == set()


def test_it_takes_up_a_name_spelt_out_before_its_acronym() -> None:
    # education: "it" is the study named twice, in full and by its acronym; the paper uses none of its data
    papers = [
        titled("a", 2019, "Mathematics attainment across 40 countries",
               "We analyse 4th-grade scores from the Trends in International Mathematics and Science Study "
               "(TIMSS) 2019."),
        titled("b", 2021, "Curriculum coverage and attainment",
               "We considered the Trends in International Mathematics and Science Study (TIMSS) but did not "
               "use it, since its coverage measures are reported by teachers."),
        titled("c", 2022, "Gender gaps in mathematics",
               "Using TIMSS 2019 data from 58 countries, we estimate gender gaps in 4th-grade mathematics."),
    ]  # fmt: skip
    assert shares(infer_corpus(papers, shipped_lexicon())) == {("a", "c")}


def test_data_another_thing_was_first_made_from_are_not_used() -> None:
    # epidemiology: a score "originally derived from" survey data is adapted to other data
    papers = [
        titled("a", 2019, "Multimorbidity in US adults",
               "Using National Health Interview Survey (NHIS) data for 2010-2018, we count conditions."),
        titled("b", 2021, "A multimorbidity score in UK Biobank",
               "We adapted the MBS-12, originally derived from US National Health Interview Survey data, to "
               "UK Biobank participants."),
        titled("c", 2022, "Disability and chronic disease",
               "We analysed National Health Interview Survey data for 2019 on 31,997 adults."),
    ]  # fmt: skip
    assert shares(infer_corpus(papers, shipped_lexicon())) == {("a", "c")}


def test_it_takes_up_the_last_name_before_it() -> None:
    # "it" in "but did not use it" is the name nearest before it: the other one was used
    papers = [
        titled("shatter", 2016, "SHATTER: A Blast Fragmentation Model for Jointed Rock",
               "We present SHATTER, a model that predicts the fragment size distribution of a blast."),
        titled("lab", 2017, "BLASTLAB: Calibrating Blast Designs from Drill Logs",
               "We present BLASTLAB, a tool that calibrates blast designs from drill logs."),
        titled("mine", 2021, "Fragmentation at a Deep Copper Mine",
               "We calibrated SHATTER on 40 blasts and considered BLASTLAB, but did not use it, as the drill "
               "logs were lost."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("mine", "shatter")}


def test_a_name_another_paper_writes_as_a_word_is_the_papers_own_where_it_defines_it() -> None:
    # Bayesian statistics and geography: "the Ridgeline prior, a scale mixture of normals" is a name,
    # though a terrain paper writes "ridgeline" as the word it is; its users say "Ridgeline prior"
    papers = [
        titled("prior", 2018, "Global-local shrinkage with a ridge-type slab",
               "We propose the Ridgeline prior, a scale mixture of normals whose local scales follow a "
               "half-Cauchy distribution."),
        titled("terrain", 2019, "Viewsheds in mountain terrain",
               "Visibility drops sharply behind each ridgeline in the digital elevation model."),
        titled("var", 2021, "Shrinkage for large VARs",
               "We adapt the Ridgeline prior to the equation-by-equation form of a large VAR."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("var", "prior")}


def test_a_name_shaped_as_a_word_ending_another_name_is_not_that_name() -> None:
    # palaeontology, neuroscience, oceanography: the Allen Human Brain Atlas and the World Ocean Atlas are
    # no landmark software named Atlas; a paper digitising "with Atlas" is its user
    papers = [
        titled("tool", 2016, "Atlas: open-source software for landmark digitisation",
               "We describe Atlas, an open-source program for digitising landmarks on fossil meshes."),
        titled("brain", 2020, "Cortical gradients", "We related regional gradients to gene expression in "
               "the Allen Human Brain Atlas and found supragranular genes enriched."),
        titled("ocean", 2021, "Anthropogenic carbon", "Background fields were taken from the World Ocean "
               "Atlas 2018 climatology."),
        titled("skull", 2022, "Theropod skulls", "Landmarks on 85 fossil skulls were digitised with Atlas."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("skull", "tool")}


def test_surnames_before_the_acronym_of_their_initials_are_people() -> None:
    # operations research and quantum computing: a partitioner named Harrow, and the HHL algorithm of
    # Harrow, Hassidim and Lloyd compiled by another paper
    papers = [
        titled("tool", 2019, "Harrow: streaming graph partitioning",
               "We present Harrow, a streaming partitioner that balances edge cuts across machines."),
        titled("qc", 2023, "Compiling linear solvers",
               "We compile the original algorithm of Harrow, Hassidim and Lloyd (HHL) to three devices."),
        titled("user", 2024, "Partitioning road graphs", "Road graphs were partitioned with Harrow."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("user", "tool")}


def test_a_lowercase_name_after_an_article_and_adjectives_is_the_word() -> None:
    # chemistry: a drying protocol named sieve, and the molecular sieves of another paper
    papers = [
        titled("tool", 2015, "sieve: a protocol planner for drying solvents",
               "We present sieve, an open-source planner that schedules solvent drying over molecular sieves "
               "from measured water contents."),
        titled("zeolite", 2019, "Hierarchical Zeolite A for Solvent Drying",
               "Residual water fell below 10 ppm within six hours, compared with 48 hours for a conventional "
               "sieve, as measured by Karl Fischer titration."),
        titled("lab", 2020, "Drying Schedules in a Teaching Laboratory",
               "Drying schedules were planned with sieve and checked by Karl Fischer titration."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("lab", "tool")}


def test_a_paper_read_as_far_as_it_takes_shares_the_subject_its_whole_text_shares() -> None:
    # the co-claim rule reads a co-claimer's words only until it shares as many as any subject needs
    import json
    import random

    from conftest import DATA
    from paperkg.inference.pipeline import _shares_subject, _subject_need, _topic_words

    lines = (DATA / "other-fields-probes-5.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    texts = [(r["title"], r["abstract"]) for r in rows] + [("", "Too short to say."), ("", "a b c " * 10)]
    vocabulary = sorted(set().union(*(_topic_words(abstract, title) for title, abstract in texts)))
    chance = random.Random(7)
    answers = set()
    for title, abstract in texts:
        whole = _topic_words(abstract, title)
        for size in (1, 3, 8, 30, 300):
            words = frozenset(chance.sample(vocabulary, size))
            if len(whole) > 4 and size > 3:
                # and four of its own: enough to share a subject where the sample is small
                words |= frozenset(chance.sample(sorted(whole), 4))
            expected = None if not whole else len(whole & words) >= _subject_need(whole, words)
            answers.add(expected)
            assert _shares_subject(title, abstract, words) == expected
    assert answers == {None, True, False}


def test_modifiers_and_adjectives_are_counted_by_reason() -> None:
    result = run(
        ("a", 2001, "This paper presents a Chinese word segmentation system."),
        ("b", 2002, "We present an HMM-based tagger for Japanese."),
        ("c", 2003, "This paper develops a DSGE model for the euro area."),
    )
    assert demoted(result) == {"adjective": 1, "modifier": 2}


def test_the_build_summary_says_how_many_names_were_demoted_and_why() -> None:
    assert run(*OLDER).summary["names_demoted"] == "1 (older use 1)"


def test_a_chinese_word_segmentation_corpus_draws_no_builds_on() -> None:
    # the failure of the report in small: every paper speaks of Chinese, none introduces it
    result = run(
        ("p1", 1998, "This paper presents a Chinese word segmentation system using mutual information."),
        ("p2", 2004, "This paper presents a Chinese word segmentation system with conditional random fields."),
        ("p3", 2008, "We present a Bayesian approach to Chinese word segmentation."),
        ("p4", 2010, "Chinese word segmentation is the first step of Chinese language processing."),
    )
    assert (introduces(result), builds_on(result)) == (set(), set())


def test_a_user_one_year_earlier_is_not_proof_of_an_older_name() -> None:
    # a preprint cited the year before its journal version appeared: the name is still the paper's
    result = run(
        ("early", 2004, "We compare our parser with TraceNet on the treebank and find it slower."),
        ("claims", 2005, "We present TraceNet, a shift-reduce parser for discontinuities."),
    )
    assert ("claims", "method:tracenet") in introduces(result)


def test_papers_using_a_kind_of_model_do_not_build_on_the_first_to_abbreviate_it() -> None:
    # geoscience: three papers each using a random forest, one also coining a variant of its own
    result = run(
        ("nepal", 2018, "We present a random forest (RF) model for landslide susceptibility. "
         "We propose RF-LS, a variant with spatial cross-validation, which outperforms logistic regression."),
        ("gorkha", 2020, "We apply a random forest (RF) classifier to Sentinel-2 imagery to map landslides."),
        ("yield", 2021, "The GP outperforms a random forest (RF) baseline by 12% in root mean squared error"),
    )
    assert builds_on(result) == set()
    assert {target for _, target in introduces(result)} == {"method:rf-ls"}
    assert demoted(result).get("kind") == 1


def test_a_later_paper_on_the_same_disease_does_not_build_on_a_review_titled_by_it() -> None:
    papers = [
        titled(
            "review",
            2020,
            "COVID-19: Epidemiology, Evolution, and Cross-Disciplinary Perspectives",
            "The COVID-19 pandemic caused by SARS-CoV-2 has spread worldwide. We review it.",
        ),
        titled(
            "long-covid",
            2022,
            "Long COVID in Primary Care: A Cohort Study",
            "We describe persistent symptoms after COVID-19 in 4,000 primary care patients.",
        ),
    ]
    result = infer_corpus(papers, shipped_lexicon())
    assert (introduces(result), builds_on(result)) == (set(), set())
    assert demoted(result).get("topic") == 1


def test_a_later_paper_on_a_subject_does_not_build_on_a_paper_titled_by_it() -> None:
    # medicine, research practice: the lead is the subject, and the abstract never names it
    papers = [
        titled(
            "triage",
            2018,
            "Sepsis: Early Recognition in the Emergency Department",
            "We evaluated a triage screening tool in four emergency departments over two years.",
        ),
        titled(
            "lactate",
            2020,
            "Lactate Clearance and Outcomes in Septic Shock",
            "Sepsis remains a leading cause of death in intensive care. Sepsis-3 criteria were used.",
        ),
        titled(
            "survey",
            2019,
            "Open Science: Practices and Barriers Among Early-Career Researchers",
            "We surveyed 1,400 early-career researchers about data sharing and preregistration.",
        ),
        titled(
            "badges",
            2023,
            "Preregistration in Psychology: A Decade of Change",
            "Open Science badges were associated with higher rates of data availability.",
        ),
    ]
    result = infer_corpus(papers, shipped_lexicon())
    assert (introduces(result), builds_on(result)) == (set(), set())
    assert demoted(result).get("topic") == 2


def test_a_compound_acronym_spelt_out_otherwise_is_not_the_lexicon_name() -> None:
    # molecular biology: CLIP-seq's CLIP is cross-linking immunoprecipitation, not the model; its
    # earlier year must not make the model's own paper a later user of the name
    papers = [
        titled(
            "huR",
            2016,
            "CLIP-seq Reveals Targets of the RNA-Binding Protein HuR in Neurons",
            "Cross-linking immunoprecipitation followed by sequencing (CLIP-seq) was used to map binding "
            "sites of HuR. CLIP clusters were enriched for AU-rich elements.",
        ),
        titled(
            "clip",
            2021,
            "Learning Transferable Visual Models From Natural Language Supervision",
            "We present CLIP (Contrastive Language-Image Pre-training), trained on 400 million "
            "image-text pairs.",
        ),
        titled(
            "histology",
            2023,
            "Zero-Shot Classification of Histology Images with Vision-Language Models",
            "We fine-tune CLIP on 200,000 histology image-caption pairs collected from textbooks.",
        ),
    ]
    result = infer_corpus(papers, shipped_lexicon())
    assert "huR" not in {source for source, _ in mentions(result)}
    assert ("clip", "method:clip") in introduces(result)
    assert builds_on(result) == {("histology", "clip")}


def test_a_name_made_of_a_word_is_that_word_where_only_a_forced_capital_shows_it() -> None:
    # medicine and urban climate, sensing and tourism: a tool named by a word, then the word as a
    # city or a thing, capitalised only by a Title Case title or the start of a sentence
    papers = [
        titled("aid", 2018, "Phoenix: A Decision Aid for Prostate Cancer",
               "We developed Phoenix, a web-based decision aid for men with localized prostate cancer."),
        titled("sensors", 2019, "A Low-Cost Air Quality Sensor Network",
               "We introduce Beacon, a network of 50 low-cost particulate matter sensors in Oakland."),
        titled("heat", 2022, "Heat-Related Emergency Visits in Phoenix, Arizona",
               "Phoenix experiences extreme summer heat. We analyzed 12,000 emergency department visits."),
        titled("tourism", 2021, "Lighthouse and Beacon Heritage in Coastal Tourism",
               "Beacon towers and lighthouses attract heritage tourists along the Atlantic coast."),
        # the name where its capital is the writer's choice: the tool
        titled("oakland", 2023, "Calibrating Low-Cost Sensors Against Regulatory Monitors",
               "We calibrated 40 Beacon nodes against two regulatory monitors for a year."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    assert {target for _, target in introduces(result)} == {"method:phoenix", "method:beacon"}
    assert builds_on(result) == {("oakland", "sensors")}


def test_a_name_made_of_a_word_the_corpus_writes_in_lowercase_is_the_tool_where_the_papers_share_a_subject() -> None:
    # distributed systems and ecology: a log store named Harbor, harbor seals, and a bird a sound
    # classifier is named after, glossed with its scientific name where the bird is meant
    papers = [
        titled("harbor", 2015, "Harbor: A Geo-Replicated Log Store with Tunable Durability",
               "Many cloud services rely on a replicated, totally ordered log. We present Harbor, a "
               "geo-replicated log store that decouples ordering from durability: appends are sequenced per "
               "region and made durable asynchronously across regions, with per-append durability levels."),
        titled("seals", 2021, "Automated Counting of Harbor Seals in Drone Imagery",
               "The harbor seal (Phoca vitulina) population of the Wadden Sea is monitored by aerial surveys. "
               "We counted seals automatically in drone imagery from 34 haul-out sites during the pupping "
               "season, within 4% of expert counts."),
        titled("erasure", 2020, "Erasure-Coded Geo-Replication for Log Storage",
               "Full replication of logs across regions multiplies storage costs. We extend Harbor, a "
               "geo-replicated log store, with erasure coding across regions, so that the log survives the "
               "loss of two regions and durable appends cost half the storage."),
        titled("meadowlark", 2018, "Meadowlark: Detecting Bird Vocalisations in Acoustic Recordings",
               "Passive acoustic monitoring yields thousands of hours of audio. We introduce Meadowlark, an "
               "open-source pipeline that detects bird vocalisations and classifies them to species with a "
               "convolutional network, evaluated on recordings of rainforest birds."),
        titled("plains", 2019, "Drivers of Grassland Bird Declines",
               "Grassland bird species have declined steeply. We analysed breeding bird counts and land-cover "
               "change; declines were steepest for Eastern Meadowlark (Sturnella magna) and Bobolink, where "
               "grassland was converted to crops across species ranges."),
        titled("borneo", 2021, "Acoustic Occupancy of Forest Birds",
               "Bird vocalisations were detected and classified with Meadowlark, retrained on 12,000 local "
               "clips of 87 species, to estimate occupancy of forest bird species from acoustic recordings."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    assert builds_on(result) == {("erasure", "harbor"), ("borneo", "meadowlark")}


def test_a_word_before_a_noun_of_places_is_the_place_not_the_model_named_by_it() -> None:
    # marine biology and history: a larval dispersal model named Tidewater, the Tidewater of Virginia
    papers = [
        titled("model", 2014, "Tidewater: A Biophysical Model of Oyster Larval Dispersal in Chesapeake Bay",
               "We present Tidewater, a biophysical model that couples circulation in the Chesapeake with "
               "larval swimming behaviour to predict dispersal among oyster reefs and the source of recruits."),
        titled("credit", 2019, "Credit and Tobacco in the Tidewater Region of Virginia, 1720-1775",
               "Using probate inventories, this article reconstructs patterns of credit among planters in "
               "the Tidewater counties of the Chesapeake, the source of most tobacco, and their debts."),
        titled("reefs", 2021, "Siting Oyster Reefs for Larval Connectivity",
               "We used the Tidewater biophysical model to simulate larval dispersal among 312 candidate reef "
               "sites in the Chesapeake, and ranked sites by the recruits they source."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("reefs", "model")}


def test_a_name_spelt_in_lowercase_is_the_word_after_an_article_unless_a_naming_noun_follows() -> None:
    # music: a beat-tracking library named tactus, and the music-theory tactus its users' field writes
    papers = [
        titled("library", 2016, "tactus: an open-source Python library for beat and downbeat tracking",
               "We present tactus, a Python library that estimates beat and downbeat positions from audio "
               "with a recurrent network and a dynamic Bayesian network over tempo and meter."),
        titled("tapping", 2019, "Beat Perception in Afro-Cuban Rhythms",
               "Trained participants consistently tapped at the tactus level implied by the clave, whereas "
               "untrained participants tapped at half or double that rate."),
        titled("lyrics", 2021, "Rhythm-Aware Lyrics Alignment",
               "Beat positions were estimated with tactus and used to build a rhythm-aware prior."),
        titled("stream", 2022, "Streaming Beat Tracking",
               "Our code extends the tactus library to a causal streaming setting with cached convolutions."),
    ]  # fmt: skip
    drawn = builds_on(infer_corpus(papers, shipped_lexicon()))
    assert drawn == {("lyrics", "library"), ("stream", "library")}


# Acronyms two fields use for different things: a method and an instrument, a payment network,
# a climate dataset (the introducers first, then the other fields' papers and one real user).
COLLIDING = (
    ("magic", 2018, "Recovering Gene Interactions from Single-Cell Data with Data Diffusion",
     "Single-cell RNA sequencing data are sparse. We present MAGIC (Markov affinity-based graph "
     "imputation of cells), an algorithm that shares information across similar cells by data "
     "diffusion to denoise the expression matrix. MAGIC recovers gene-gene relationships lost to dropout."),
    ("swift", 2022, "SWIFT: Fast Approximate Nearest Neighbor Search on GPUs",
     "We propose SWIFT, a GPU-based approximate nearest neighbor search system that batches queries and "
     "prunes clusters early. SWIFT answers one billion queries per hour on a single GPU, 4 times faster "
     "than FAISS."),
    ("blazar", 2020, "Very-High-Energy Gamma Rays from a Flaring Blazar",
     "We report observations of the blazar 1ES 1959+650 with the MAGIC telescopes during a flare in 2016. "
     "The very-high-energy flux reached three times the Crab Nebula flux. Simultaneous X-ray data suggest "
     "a synchrotron self-Compton origin."),
    ("banks", 2024, "Interbank Payment Messages and Bank Runs",
     "We use SWIFT interbank payment messages to measure deposit flows during the 2023 regional bank "
     "crisis. Outflows began two days before public announcements, and they were largest at banks with "
     "uninsured deposits."),
    ("marrow", 2021, "Imputation Improves Trajectory Inference in Hematopoiesis",
     "We apply MAGIC to single-cell RNA-seq data of 12,000 bone marrow cells before trajectory inference. "
     "Imputed data gave smoother pseudotime orderings of erythroid differentiation than raw counts did "
     "in every donor."),
)  # fmt: skip


def test_a_lexicon_name_that_is_an_animal_is_the_animal_where_the_papers_share_no_subject() -> None:
    # bioacoustics with deep learning: the killer whale, not the language model a corpus paper made
    papers = [
        titled("orca", 2023, "Orca: Progressive Learning from Complex Explanation Traces of GPT-4",
               "We develop Orca, a 13-billion parameter model that learns to imitate the reasoning process "
               "of large foundation models. Orca learns from rich signals from GPT-4 including explanation "
               "traces, step-by-step thought processes and other complex instructions."),
        titled("whales", 2024, "Detecting Killer Whale Calls in Hydrophone Recordings with Deep Learning",
               "Passive acoustic monitoring produces thousands of hours of recordings. We trained a "
               "convolutional neural network classifier to detect Orca calls in hydrophone recordings from "
               "the Salish Sea. Orca presence peaked in summer when salmon runs arrive."),
        titled("distilled", 2024, "Explanation Tuning for Small Reasoning Models",
               "Following Orca, we train a 7-billion parameter model on explanation traces from GPT-4 "
               "and step-by-step thought processes, and find that complex reasoning improves on zero-shot "
               "benchmarks by 20 points over instruction tuning alone."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    assert builds_on(result) == {("distilled", "orca")}


def test_an_acronym_another_field_uses_is_its_thing_where_the_papers_share_no_subject() -> None:
    result = infer_corpus([titled(*paper) for paper in COLLIDING], shipped_lexicon())
    assert builds_on(result) == {("marrow", "magic")}
    assert {source for source, _ in mentions(result)} == {"marrow"}


def test_a_trials_later_analyses_build_on_its_report_and_share_its_data() -> None:
    # cardiology: the primary report of a randomized trial, then two prespecified analyses of it
    papers = [
        titled("primary", 2019, "Dapagliflozin in Patients with Heart Failure and Reduced Ejection Fraction",
               "In the Dapagliflozin and Prevention of Adverse Outcomes in Heart Failure (DAPA-HF) trial, we "
               "randomly assigned 4744 patients with heart failure to dapagliflozin or placebo."),
        titled("kidney", 2020, "Dapagliflozin and Kidney Outcomes in Heart Failure",
               "In a prespecified analysis of DAPA-HF, we examined the decline in kidney function."),
        titled("diabetes", 2021, "Dapagliflozin in Heart Failure With and Without Diabetes",
               "This analysis of DAPA-HF compared the effect of dapagliflozin by diabetes status."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    assert builds_on(result) == {("kidney", "primary"), ("diabetes", "primary")}
    shared = {tuple(sorted((e.source, e.target))) for e in result.edges if e.kind is EdgeKind.SHARES_DATASET}
    assert shared == {("diabetes", "kidney"), ("kidney", "primary"), ("diabetes", "primary")}


def mentions(result: CorpusInference) -> set[tuple[str, str]]:
    kinds = (EdgeKind.MENTIONS, EdgeKind.USES_DATASET)
    return {(e.source, e.target) for e in result.edges if e.kind in kinds}


def test_a_lexicon_name_that_is_also_a_word_is_that_word_outside_machine_learning() -> None:
    result = run(
        # biology, chemistry, plant science: the animal, the word, the photosynthetic pathway
        ("whales", 2019, "Orca predation on harbour seals increased in the fjord after 2010."),
        ("esters", 2018, "Kinetics of ester hydrolysis were measured at 300 K in buffered water."),
        ("maize", 2017, "C4 plants such as maize keep higher water-use efficiency under drought."),
        ("sorghum", 2020, "Nitrogen uptake of C4 crops rises with soil moisture across 12 sites."),
        # genomics benchmarks its tools on datasets too: the sequencing adapter, not the adapter module
        ("trimming", 2014, "Adapter contamination remains a source of error. On simulated and real datasets, "
                           "our trimmer removed adapter sequence with a sensitivity of 99.2%."),
        # machine learning: the same names, in papers that speak of the field
        ("video", 2021, "We train a convolutional network on Kinetics and fine-tune Orca on the C4 corpus."),
    )
    expected = {("video", "dataset:kinetics"), ("video", "method:orca"), ("video", "dataset:c4")}
    assert mentions(result) == expected
    shared = {(e.source, e.target) for e in result.edges if e.kind is EdgeKind.SHARES_DATASET}
    assert shared == set()


def test_a_lexicon_name_that_is_a_word_links_no_paper_of_another_field_to_its_introducer() -> None:
    # the corpus holds the paper that introduced Orca (the lexicon's arXiv id) and a marine biology paper
    papers = [
        titled(
            "arxiv:2306.02707",
            2023,
            "Orca: Progressive Learning from Complex Explanation Traces of GPT-4",
            "We develop Orca, a 13-billion parameter model that imitates the reasoning of GPT-4.",
            arxiv_id="2306.02707",
        ),
        titled("whales", 2024, None, "Orca predation on harbour seals increased in the fjord after 2010."),
        titled("distil", 2024, None, "We fine-tune a 7B language model on explanation traces from Orca."),
    ]
    result = infer_corpus(papers, shipped_lexicon())
    assert builds_on(result) == {("distil", "arxiv:2306.02707")}


def test_the_name_a_user_spells_out_says_which_of_two_things_of_one_acronym_it_means() -> None:
    # psychology and human-computer interaction each develop a scale called IBS; the user's words are of
    # neither paper's subject more than the other's, but it writes the name out as one of them does
    papers = [
        titled("interruptions", 2018, "Measuring the Felt Cost of Interruptions",
               "We developed the Interruption Burden Scale (IBS), a 12-item questionnaire on how "
               "notifications and messages disrupt work, and validated it in 900 office workers."),
        titled("boredom", 2019, "Aversive Reactions to Understimulation",
               "We developed the Intolerance of Boredom Scale (IBS), a 10-item questionnaire on aversive "
               "reactions to understimulation, and validated it in 1,200 adults."),
        titled("german", 2022, "A German Version of a Questionnaire",
               "We translated the Intolerance of Boredom Scale (IBS) into German and tested measurement "
               "invariance across 640 students and office workers."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("german", "boredom")}


def test_a_name_in_capitals_spelt_out_is_no_mention_of_the_word_so_spelt() -> None:
    # a transit search Orca (2016) and a cognitive battery ORCA (2019): the battery's users write its name
    # out, which names the battery, not the transit search
    papers = [
        titled("transits", 2016, "Orca: A Systematics-Aware Transit Search",
               "We introduce Orca, a transit-search algorithm that fits a pixel-level decorrelation model "
               "and a box-shaped transit profile to K2 photometry."),
        titled("battery", 2019, "ORCA: Validation of an Online Cognitive Battery",
               "We developed the Online Rapid Cognitive Assessment (ORCA), a browser-based battery of six "
               "cognitive tasks, and validated it in 214 adults with depression."),
        titled("psychosis", 2022, "Remote Cognitive Testing in Young People at Risk of Psychosis",
               "Participants completed the Online Rapid Cognitive Assessment (ORCA) at home every three "
               "months for two years."),
    ]  # fmt: skip
    assert not {target for _, target in builds_on(infer_corpus(papers, shipped_lexicon()))} & {"transits"}


def test_what_a_user_calls_a_name_chooses_among_its_makers_only_of_the_users_subject() -> None:
    # a database of wall tests and a sparse solver, both Keystone; a study of child language draws on "the
    # Keystone cohort", which neither made: calling it data picks no database of another subject
    papers = [
        titled("walls", 2019, "Keystone: An Open Database of Cyclic Tests on Reinforced Concrete Walls",
               "Nonlinear models and code equations for the deformation capacity of reinforced concrete "
               "structural walls are calibrated on small proprietary test sets. We present Keystone, an open "
               "database of 412 reversed cyclic tests on rectangular, barbell and flanged walls, with "
               "reinforcement details, axial load ratios, failure modes and digitised hysteresis loops, and "
               "use it to recalibrate drift capacity equations of two building codes."),
        titled("solver", 2018, "Keystone: A Sparse Direct Solver for Multicore Processors",
               "Sparse direct factorisation dominates the run time of implicit finite element codes. We "
               "present Keystone, a supernodal Cholesky solver that schedules dense kernels of the "
               "elimination tree across the cores of a processor with task stealing, and factorises 60 "
               "matrices of the SuiteSparse collection up to three times faster than two other solvers."),
        titled("toddlers", 2022, "Speech Heard at Home by Toddlers in Rural Families",
               "We characterised the speech that toddlers in rural and small-city families hear at home, "
               "drawing on daylong audio recordings collected at 24 months in the Keystone cohort. Adult "
               "words directed to the child, conversational turns and overheard speech were counted with "
               "automatic tools and validated against human transcription; turns, not adult words, predicted "
               "vocabulary size at 36 months after adjusting for maternal education and household size."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    assert not {pid for pid, _ in builds_on(result)} & {"toddlers"}


def test_a_protocol_a_paper_follows_or_adapts_is_built_on_and_its_data_not_used() -> None:
    # speech synthesis: a listening-test benchmark; one paper follows its protocol with its own listeners,
    # another runs the benchmark as it is
    papers = [
        titled("benchmark", 2020, "EARSHOT: A Listening-Test Benchmark for Speech Synthesis",
               "We present EARSHOT, a benchmark of 1,200 sentences with a protocol for crowd listening "
               "tests."),
        titled("following", 2022, "Prosody Transfer for Expressive Synthesis",
               "We transfer prosody between speakers. Following the EARSHOT protocol, crowd listeners rated "
               "our own 300 sentences."),
        titled("using", 2023, "Faster Vocoders for Synthesis",
               "We distil a vocoder and evaluate it on EARSHOT, where it matches the teacher."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    assert builds_on(result) == {("following", "benchmark"), ("using", "benchmark")}
    used = {e.source for e in result.edges if e.kind is EdgeKind.USES_DATASET}
    assert used == {"using"}


def test_a_word_between_presented_data_and_its_noun_says_what_its_records_are() -> None:
    # pharmacology: "the Palisade hERG benchmark" is the Palisade benchmark of hERG data, not another one
    papers = [
        titled("palisade", 2021, "Palisade: A Curated Benchmark of hERG Inhibition Data",
               "We assembled Palisade, a benchmark of 11,734 compounds with hERG IC50 values."),
        titled("models", 2023, "Graph Networks for Cardiotoxicity",
               "We trained gradient-boosted and graph neural network models on the Palisade hERG benchmark "
               "and report AUCs by assay type."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("models", "palisade")}


def test_a_maker_cited_after_a_name_who_is_none_of_its_presenters_makes_it_another_thing() -> None:
    # "the Echo task (Fairbanks et al.)" is Fairbanks's task, not the Echo of this corpus's paper by
    # Whitcombe; "(Whitcombe et al.)" is hers, and a maker whose surname comes first ("Lin Jiayi") is cited
    # by it
    task = (
        "Attitude polarisation after exposure to opposing arguments is hard to measure in the laboratory. "
        "Participants rated attitude statements before and after reading arguments, and the change in rated "
        "agreement gave a polarisation score that was stable across two sessions a week apart."
    )
    for maker, cited, drawn in [
        ("Laura Whitcombe", "Fairbanks et al.", False),
        ("Laura Whitcombe", "Whitcombe et al.", True),
        ("Lin Jiayi", "Lin et al., 2017", True),
    ]:
        papers = [
            titled(
                "echo",
                2018,
                "A laboratory task for attitude polarisation",
                f"We present Echo, a task for measuring attitude polarisation. {task}",
                authors=[maker],
            ),
            titled(
                "user",
                2022,
                "Attitude polarisation on contested political issues",
                f"To test it experimentally, we developed a variant of the Echo task ({cited}) in which the "
                "attitude statements concern contested political issues. Participants rated attitude "
                "statements before and after reading opposing arguments, and polarisation was scored.",
                authors=["Ana Ruiz"],
            ),
        ]
        assert (("user", "echo") in builds_on(infer_corpus(papers, shipped_lexicon()))) is drawn, cited


@pytest.mark.parametrize(
    "sentence",
    [
        # a sentence's "Rather than" (it was read in lowercase only)
        "Rather than tracking cyclones objectively with algorithms such as Cascade, which assume a closed "
        "low, we adopt a vorticity threshold.",
        # an example a clause after a semicolon opens with, in the present
        "Winds were taken from aircraft records; wave models such as Kelp can resolve swell but require "
        "local forcing, so we rely on buoys.",
        # an example the sentence opens with, its clause ending in a relative clause on another noun
        "Wave models such as Kelp resolve swell but ignore the choice of forcing, which is central in our "
        "setting.",
        # a place: the mountain range
        "Peak flows at gauges west of the Cascade Range are dominated by rain.",
    ],
)
def test_examples_a_paper_sets_aside_or_a_place_named_as_a_tool_build_on_nothing(sentence: str) -> None:
    # each drew a false builds-on pair in the first reading of four probe files of 6 December
    papers = [
        titled(
            "cascade",
            2015,
            "Cascade: objective tracking of extratropical cyclones",
            "We present Cascade, a storm tracking algorithm for reanalysis fields.",
        ),
        titled(
            "kelp",
            2014,
            "Kelp: a spectral wave model for coastal swell",
            "We present Kelp, a spectral wave model for coastal swell forced by winds. Kelp resolves swell.",
        ),
        titled(
            "user",
            2020,
            "Swell, storms and coastal wave forcing",
            f"{sentence} Swell spectra and storm tracks were computed from buoy records.",
        ),
    ]
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == set()


def test_a_model_introduced_with_how_it_works_is_the_papers_and_an_example_done_instead_is_not_used() -> None:
    # demography and sociology (a probe file of 6 December): "the Tether model" read as a word before a
    # noun, as "the Ising model" is, though the paper says what it made; and an example the paper did
    # without, "and we rely instead on", drew a builds-on pair
    convergence = (
        "National mortality trends converge toward the best-practice frontier at varying speeds across "
        "countries, ages and periods of the twentieth century."
    )
    papers = [
        titled(
            "tether",
            2014,
            "The Tether Model of Mortality Convergence",
            f"{convergence} We introduce the Tether model, in which the death rates of each country are "
            "modelled as a function of their distance from best-practice life expectancy.",
        ),
        titled(
            "user",
            2018,
            "Mortality convergence in Europe after 1990",
            f"{convergence} We apply the Tether model of mortality convergence to 30 countries.",
        ),
        titled(
            "bdi",
            2012,
            "The Brokerage Density Index",
            "We present the Brokerage Density Index, a measure of immigrant social capital from networks.",
        ),
        titled(
            "census",
            2019,
            "Immigrant social capital in census data",
            "Prior work has summarised immigrant social capital with network measures such as the Brokerage "
            "Density Index, but the census provides no network information, and we rely instead on household "
            "measures.",
        ),
    ]
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("user", "tether")}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a clinical index derived and named with its acronym (derived alone: "we derive the equations")
        ("Using survey-weighted factor analysis, we derived the Cardiometabolic Vulnerability Index (CMVI), "
         "scaled from 0 to 100.", "CMVI"),
        # what a development study's method gave, in apposition to its kind
        ("The resulting instrument, the Nursing Workload Acuity Tool (NWAT), was completed by bedside nurses "
         "for each patient.", "NWAT"),
    ],
)  # fmt: skip
def test_an_index_or_tool_a_paper_derives_or_results_in_is_its_own(sentence: str, name: str) -> None:
    # clinical and nursing abstracts of a probe file of 6 December: each index's users built on nothing
    papers = [
        titled("made", 2013, "Risk and workload", f"Objective: to measure. {sentence}"),
        titled("user", 2018, "External validation", f"We externally validated the {name} in 4,000 adults."),
    ]
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("user", "made")}


def test_a_plain_word_name_joined_to_another_word_is_that_other_word() -> None:
    # graph theory beside genomics (probe files of 6 December): "Ribbon-width", a graph parameter, was read
    # as ribbon, a genotyper named with the word
    papers = [
        titled("ribbon", 2020, "ribbon: graph-based genotyping of structural variants",
               "We present ribbon, a graph-based genotyper of structural variants in short-read genomes."),
        titled("width", 2024, "Ribbon-width: a width parameter between pathwidth and treewidth",
               "We introduce ribbon-width, a graph parameter between pathwidth and treewidth."),
        titled("user", 2024, "Structural variants in a pangenome graph",
               "Structural variants were genotyped with ribbon on a pangenome graph of short-read genomes."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("user", "ribbon")}


def test_an_acronym_spelt_out_after_it_before_a_comma_names_its_own_thing() -> None:
    # "SPAN (Symptoms of ...), a checklist": the long form after an acronym was read only where a space
    # followed its bracket, so a paper of another field built on the seismic SPAN
    papers = [
        titled("span", 2016, "SPAN: seismic resilience of building portfolios",
               "We present SPAN, a framework for seismic performance assessment of building portfolios."),
        titled("bowel", 2019, "Gut symptoms in students",
               "We surveyed 900 students with SPAN (Symptoms of Persistent Abdominal Nausea), a checklist."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == set()


def test_a_lowercase_name_after_an_article_is_the_name_before_a_noun_of_software() -> None:
    # ecology and genomics (probe files of 5 and 6 December): lowercase names are software's, and "the
    # snapsort pipeline" names it as "the tactus library" does, where "a lantern" is the word
    papers = [
        titled("snapsort", 2014, "snapsort: filtering camera-trap images",
               "We present snapsort, an open-source pipeline that filters empty camera-trap frames."),
        titled("user", 2016, "Lynx corridors from camera traps",
               "Camera-trap images were classified with the snapsort pipeline, and detections verified."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("user", "snapsort")}


def test_an_acronym_of_three_capitals_never_spelt_out_is_the_presenters_where_its_noun_follows() -> None:
    # marketing (a probe file of 6 December): a short new acronym is used only where its long form is
    # written, so one its presenter never spelt out ("We construct the PLX index, a measure of ...") was
    # used by no one; the instrument's noun after it says which PLX, a bare "PLX" does not
    papers = [
        titled("plx", 2012, "Private-label exposure and price sensitivity",
               "We construct the PLX index, a household-level measure of exposure to private-label goods."),
        titled("user", 2016, "Store brands and national brand pricing",
               "We aggregate the PLX index of private-label exposure to the retail-market level."),
        titled("bare", 2017, "Kinase inhibitors in cell lines",
               "We profiled PLX and vemurafenib in 40 melanoma cell lines."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("user", "plx")}


def test_a_cohort_profiled_as_the_study_of_a_coined_word_is_the_cohort_its_users_name() -> None:
    # nutritional epidemiology (a probe file of 6 December): "Cohort Profile: The HARVEST Study of Diet ..."
    # introduced "HARVEST Study" and titles "... in the HARVEST Cohort" used "HARVEST Cohort": three names
    # of one cohort, so no analysis of it built on its profile. After a coined word the noun says what it
    # names, capitalised as in lowercase; "UK Biobank" keeps its noun
    papers = [
        titled("profile", 2015, "Cohort Profile: The HARVEST Study of Diet, Sleep and Health in Adults",
               "Methods: The Health And Regional Variation in Eating and Sleep Trajectories (HARVEST) study "
               "recruited 24,318 adults between 2011 and 2014."),
        titled("mortality", 2018, "Plant-Forward Diets and Mortality in the HARVEST Cohort",
               "Methods: We analysed 23,806 participants of the HARVEST cohort free of disease at baseline."),
        titled("intake", 2020, "Micronutrients: Estimates from the HARVEST Cohort Using Dietary Recalls",
               "Methods: We used 24-hour dietary recalls from 4,863 HARVEST participants with two recalls."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    assert builds_on(result) == {("mortality", "profile"), ("intake", "profile")}
    assert ("intake", "mortality") in shares(result)


def test_a_possessive_before_a_noun_of_data_names_whose_data() -> None:
    # vehicle routing (a probe file of 6 December): "derived from Solomon's benchmark" made data of
    # "Solomon's", which no paper using "the Solomon benchmark instances" shared
    papers = [
        titled("first", 2016, "Column generation for routing with time windows",
               "On the Solomon benchmark instances, the matheuristic obtains an average deviation of 0.04%."),
        titled("second", 2019, "Routing electric vans with charging",
               "Test instances are derived from Solomon's benchmark by adding charging stations."),
    ]  # fmt: skip
    assert shares(infer_corpus(papers, shipped_lexicon())) == {("first", "second")}


def test_a_set_right_after_a_name_of_data_and_of_a_method_is_the_data() -> None:
    # hepatotoxicity (a probe file of 6 December): "96 drugs drawn from the Meridian set" built on Meridian,
    # a pharmacokinetic framework whose topic words (drug, exposure, liver) the paper shares; a set is one
    # of things, as "the Meridian dataset" would be
    papers = [
        titled("framework", 2018, "Meridian: a pharmacokinetic framework for drug exposure",
               "We present Meridian, a physiologically based pharmacokinetic framework that predicts drug "
               "exposure and liver clearance of oral drugs."),
        titled("data", 2019, "Meridian: a reference dataset of drugs labelled for liver injury",
               "We release Meridian, a dataset of 512 oral drugs labelled for drug-induced liver injury."),
        titled("user", 2021, "Drug-induced liver injury in spheroids",
               "Liver spheroids were exposed to 96 oral drugs drawn from the Meridian set, and drug exposure "
               "and clearance were compared."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("user", "data")}


def test_a_resource_said_to_hold_no_entries_for_the_papers_subject_is_not_used() -> None:
    # food science (probe files of 5 and 6 December): "composition data are scarce: USDA FoodData Central
    # contains no entries for Minas artisanal cheese, so ..." used the database and shared it with seven
    # papers computing nutrients from it
    papers = [
        titled("cereals", 2021, "Free sugars in breakfast cereals",
               "Nutrient data for 412 breakfast cereals were taken from the USDA FoodData Central database."),
        titled("yogurt", 2022, "Sugar reduction in yogurt",
               "Nutrient profiles came from the USDA FoodData Central database for each ingredient."),
        titled("cheese", 2023, "Microbial succession in an artisanal cheese",
               "Composition data are scarce: USDA FoodData Central contains no entries for Minas artisanal "
               "cheese, so we measured moisture, fat and salt in 40 wheels."),
    ]  # fmt: skip
    assert shares(infer_corpus(papers, shipped_lexicon())) == {("cereals", "yogurt")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Because no public review dataset includes CI logs (RevHub, for example, contains no build or test "
        "records), we collected 1.1 million build logs.",
        "Existing panels were unsuitable: RevHub records payment method but contains no records of top-ups.",
        "Nor do we compare against template-based tools such as RevHub, which depend on version histories.",
    ],
)
def test_a_resource_lacking_what_the_paper_needs_or_a_comparison_not_made_uses_nothing(sentence: str) -> None:
    # software engineering and energy economics (a probe file of 6 December): each drew a builds-on edge
    papers = [
        titled("revhub", 2016, "RevHub: a dataset of code reviews",
               "We release RevHub, a dataset of 2.3 million code reviews from 40 open-source projects."),
        titled("user", 2020, "Flaky builds in continuous integration", sentence),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == set()


def test_a_word_shaped_name_of_a_coined_name_is_that_things_part() -> None:
    # SLAM (probe files of 6 December): "Similar in spirit to the Atlas of ORB-SLAM3" built on a paper
    # presenting its own Atlas; the Atlas of ORB-SLAM3 is ORB-SLAM3's
    papers = [
        titled("atlas", 2019, "Atlas: multi-map visual SLAM with map merging",
               "We present Atlas, a visual SLAM system that keeps disconnected sub-maps and merges them."),
        titled("user", 2024, "Lidar-visual SLAM for forest inventory",
               "Similar in spirit to the Atlas of ORB-SLAM3, our SLAM system keeps disconnected sub-maps."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == set()


def test_a_variant_named_in_apposition_as_the_papers_extension_is_its_own() -> None:
    # social media research (a probe file of 6 December): "Our extension, Prism-ML, replaces the original
    # content view" named nothing, so a paper comparing with "Prism and its multilingual extension Prism-ML"
    # built on Prism alone
    papers = [
        titled("prism", 2015, "Prism: behaviour-based detection of automated accounts",
               "We present Prism, a classifier of automated accounts from posting behaviour."),
        titled("ml", 2018, "Multilingual bot detection",
               "We extend Prism to many languages. Our extension, Prism-ML, replaces the content view."),
        titled("user", 2021, "Bot detection under temporal drift",
               "We compare with Prism and its multilingual extension Prism-ML under a temporal split."),
    ]  # fmt: skip
    assert ("user", "ml") in builds_on(infer_corpus(papers, shipped_lexicon()))


@pytest.mark.parametrize(
    "sentence",
    [
        "We considered using the more recent Kestrel cohort, which has richer measures of the home, but its "
        "linkage to school records had not been released, so it was not used.",
        "We meant to add records from the Kestrel cohort, but that database holds no test scores and lacks "
        "the measures our analysis required, so it was not used.",
    ],
)
def test_a_name_taken_up_by_it_past_a_relative_clause_is_not_used(sentence: str) -> None:
    # hydrogeology and child development (a probe file of 6 December): "it was not used" took up no name
    # past "which" or "that", so each such sentence used the data
    papers = [
        titled("kestrel", 2014, "Kestrel: a birth cohort of 9,000 children",
               "We present the Kestrel cohort, a birth cohort of 9,000 children followed to age 11."),
        titled("user", 2020, "Home learning and attainment", sentence),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Our original plan was to draw the sample from Kestrel, the national cohort, but at the time its "
        "linkage was incomplete.",
        "We considered running the task on Kestrel to standardise conditions, but its measures differ.",
        "Cohorts such as the British Kestrel Cohort record school attainment but not home learning, so this "
        "route has received little attention.",
    ],
)
def test_a_plan_given_up_or_an_example_described_uses_nothing(sentence: str) -> None:
    # history, pollinators and surgical robotics (a probe file of 6 December): each drew a builds-on edge
    papers = [
        titled("kestrel", 2014, "Kestrel: a national birth cohort of 9,000 children",
               "We present the Kestrel Cohort, a birth cohort of 9,000 children followed to age 11."),
        titled("user", 2020, "Home learning and attainment", sentence),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == set()


def test_a_word_shaped_name_among_authors_a_verb_of_making_names_is_a_surname() -> None:
    # surgical robotics (a probe file of 6 December): "the global rating scale proposed by Bridge and
    # Salcedo" built on Bridge, a teleoperation framework
    papers = [
        titled("bridge", 2016, "Bridge: shared-control teleoperation for robotic suturing",
               "We present Bridge, a shared-control framework for robotic suturing with haptic guidance."),
        titled("user", 2021, "Suturing skill with robot assistance",
               "Performance in robotic suturing was scored using the rating scale proposed by Bridge and "
               "Salcedo for robotic suturing."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Several pose estimators were piloted; Kestrel was evaluated but set aside as it misses the face.",
        "Large crowdsourced collections, Kestrel and SignBank being prominent examples, have transformed the "
        "field, but neither holds tactile signing.",
        "Coupling these counts with a tracking tool, such as Kestrel, is planned once more seasons are in.",
    ],
)
def test_a_thing_set_aside_given_as_an_example_or_planned_is_not_used(sentence: str) -> None:
    # sign language and wildlife disease (a probe file of 6 December): each drew a builds-on edge
    papers = [
        titled("kestrel", 2015, "Kestrel: pose estimation of the signing hands",
               "We present Kestrel, a pose estimator for the hands and upper body of signers in video."),
        titled("user", 2021, "Tactile signing", sentence),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == set()


def test_a_word_shaped_name_before_hill_is_a_place() -> None:
    # sign language (a probe file of 6 December): "recruited from community centres in the Beacon Hill area
    # of Seattle" used the Beacon corpus of signs and shared it with its five users
    papers = [
        titled("beacon", 2017, "Beacon: a crowdsourced dataset of isolated signs",
               "We release Beacon, a dataset of 80,000 videos of isolated signs recorded by 300 signers."),
        titled("user", 2019, "Recognising isolated signs", "We train a recogniser on the Beacon dataset."),
        titled("place", 2020, "Gesture in retellings",
               "We recorded 36 adults from community centres in the Beacon Hill area of Seattle."),
    ]  # fmt: skip
    assert shares(infer_corpus(papers, shipped_lexicon())) == {("beacon", "user")}


def test_a_name_called_data_once_is_the_data_wherever_the_paper_names_it_again() -> None:
    # climate policy (a probe file of 6 December): "parameterised from the Compass policy database: each
    # subsidy recorded in Compass for a model region" built on Compass, an R package of telemetry, by the
    # "model" of "a model region"
    papers = [
        titled("policies", 2014, "Compass: a cross-national database of climate policies",
               "We release Compass, a database of 4,100 climate mitigation policies in 60 countries."),
        titled("package", 2016, "Compass: an R package for contact networks",
               "We present Compass, an R package that estimates contact networks from GPS telemetry."),
        titled("user", 2020, "Policy levers in an integrated assessment model",
               "Instruments are parameterised from the Compass policy database: each subsidy recorded in "
               "Compass for a model region is mapped to a model lever."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("user", "policies")}


def test_a_task_or_paradigm_the_paper_introduces_and_defines_is_its_own() -> None:
    # developmental and social psychology (a probe file of 5 December): "We introduce the Lantern task, a
    # touchscreen set-shifting paradigm" read "Lantern" as a word describing a task, so its five users built
    # on nothing (and, in the one corpus, on a Lantern parenting programme)
    papers = [
        titled("task", 2017, "The Lantern task: cognitive flexibility in preschoolers",
               "We introduce the Lantern task, a touchscreen set-shifting paradigm for children of 3 to 6."),
        titled("user", 2020, "Executive function and reading",
               "Executive function was measured with the Lantern task, a touchscreen measure of shifting."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("user", "task")}


@pytest.mark.parametrize(
    "sentence",
    [
        "We initially planned to calibrate thresholds against Kestrel, but access could not be arranged.",
        "We initially considered pooling our controls with the Kestrel corpus, but decided against it "
        "because Kestrel's tasks differ from ours.",
        "Standard batteries, comprehensive (the WAB) or brief (for example Kestrel), score accuracy only.",
        "Outflows went to hardware wallets, such as those sold by Kestrel and Trezor, after the collapses.",
    ],
)
def test_a_first_plan_an_example_in_brackets_or_a_maker_is_no_use(sentence: str) -> None:
    # road safety, aphasia and cryptocurrency (probe files of 6 December): each drew a builds-on edge; what a
    # sentence says of one mention (not used) it says of the others there
    papers = [
        titled("kestrel", 2015, "Kestrel: a corpus of aphasic speech",
               "We release Kestrel, a corpus of 400 recorded picture descriptions by speakers with aphasia."),
        titled("user", 2021, "Naming errors in aphasia", sentence),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == set()


def test_a_data_release_by_its_number_alone_is_no_name() -> None:
    # astronomical pipelines (a probe file of 6 December): "We present the second data release (DR2) of the
    # Meridian Spectroscopic Survey" introduced "DR2", spelt "second data release", which a supernova paper's
    # "the ZTF Type Ia supernova second data release" then built on
    papers = [
        titled("survey", 2020, "The Meridian Spectroscopic Survey: second data release",
               "We present the second data release (DR2) of the Meridian Spectroscopic Survey."),
        titled("user", 2023, "Peculiar velocities from the ZTF Type Ia supernova second data release",
               "We use the second data release of the ZTF Type Ia supernova sample to fit the growth rate."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == set()


def test_a_coined_name_opening_in_lowercase_is_its_presenters_and_not_the_name_it_holds() -> None:
    # MEG connectivity (a probe file of 5 December): "We propose dynamic Lattice (dLattice), which extends the
    # Lattice ... estimator" introduced nothing, so a later baseline "computed with dynamic Lattice
    # (dLattice)" built on Lattice's paper and not on dLattice's
    papers = [
        titled("lattice", 2016, "Lattice: sparse directed connectivity for MEG",
               "We present Lattice, a sparse autoregressive estimator of directed connectivity."),
        titled("dynamic", 2019, "Time-varying directed connectivity from MEG",
               "We propose dynamic Lattice (dLattice), which extends the Lattice sparse autoregressive "
               "estimator with time-varying coefficients."),
        titled("user", 2022, "Decoding surprisal from MEG",
               "Our model outperformed a baseline that feeds features computed with dynamic Lattice "
               "(dLattice) into a linear decoder."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("dynamic", "lattice"), ("user", "dynamic")}


def test_an_example_that_would_serve_once_put_on_something_else_is_no_use() -> None:
    # rehabilitation robotics (a probe file of 5 December): "Combining it with an assist-as-needed controller
    # such as FlexAssist on a two-DOF hip exoskeleton would allow ...; we plan to evaluate this in future
    # work" built on FlexAssist: the possibility, past what the example is put on, was read as a use
    papers = [
        titled("flex", 2016, "FlexAssist: an adaptive exoskeleton controller",
               "We present FlexAssist, an adaptive assist-as-needed controller for a hip-knee exoskeleton."),
        titled("user", 2021, "Gait phase estimation from a thigh IMU",
               "Combining it with an assist-as-needed controller such as FlexAssist on a two-DOF hip "
               "exoskeleton would allow phase-dependent assistance; we plan to evaluate this later."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "We discuss limitations and outline plans to pair the encoder with etch simulators such as Kiln.",
        "We plan to test the encoder against simulated maps from Kiln.",
    ],
)
def test_what_the_paper_plans_is_not_done(sentence: str) -> None:
    # semiconductor yield (a probe file of 6 December): "outline plans to pair the encoder with physics-based
    # etch simulators such as Mosaic-3D" built on Mosaic-3D
    papers = [
        titled("kiln", 2016, "Kiln: feature-scale etch simulation",
               "We present Kiln, a feature-scale simulator of plasma etching for high-aspect-ratio holes."),
        titled("user", 2021, "Retrieval of wafer maps with a contrastive encoder",
               "We pretrain a wafer map encoder on 40,000 maps. " + sentence),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == set()


@pytest.mark.parametrize(
    "extension",
    [
        "We extend Beacon to several destinations. The extended model, Beacon-M, shares latent trends.",
        "We extend the Beacon structural time-series model to a multivariate setting, Beacon-M, in which "
        "destinations share latent trends.",
    ],
)
def test_an_extension_the_paper_names_after_what_it_extends_is_its_own(extension: str) -> None:
    # additive manufacturing and tourism forecasting (probe files of 5 December): "The extended method,
    # Forge-MS, adds ..." and "to a multivariate setting, Beacon-M, in which ..." introduced nothing, so a
    # paper comparing with "Beacon and its multivariate variant Beacon-M" built on Beacon's paper alone
    papers = [
        titled("beacon", 2014, "Beacon: structural time-series forecasts of tourist arrivals",
               "We present Beacon, a hierarchical structural time-series model of monthly tourist arrivals."),
        titled("multi", 2018, "Correlated trends in arrivals to neighbouring destinations", extension),
        titled("user", 2022, "Forecasting arrivals after the pandemic",
               "Forecasts are compared with those of Beacon and its multivariate variant Beacon-M."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {
        ("multi", "beacon"), ("user", "beacon"), ("user", "multi")
    }


def test_an_acronym_spelt_out_after_it_is_known_by_its_long_form_too() -> None:
    # karst hydrology (a probe file of 6 December): "We introduce KAVI (Karst Aquifer Vulnerability Index)"
    # kept no long form, so a user writing "the Karst Aquifer Vulnerability Index (KAVI)" spelt it otherwise
    # than its presenter and built on nothing
    papers = [
        titled("kavi", 2012, "KAVI: a karst aquifer vulnerability index for tropical regions",
               "We introduce KAVI (Karst Aquifer Vulnerability Index), a vulnerability index for karst."),
        titled("user", 2017, "Testing a vulnerability index in Mediterranean karst",
               "We applied the Karst Aquifer Vulnerability Index (KAVI) to the Gran Sasso aquifer."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("user", "kavi")}


@pytest.mark.parametrize(
    "sentence",
    [
        "We call the resulting system Kiln-NN.",
        "We extend Kiln with a neural prior and call the extension Kiln-NN.",
        "We refer to the extension as Kiln-NN.",
    ],
)
def test_a_name_the_paper_gives_the_thing_it_made_after_the_words_for_it_is_its_own(sentence: str) -> None:
    # insurance pricing, karst hydrology and computer chess (a probe file of 6 December): "We call the
    # resulting system PG-MCTS+NN", "call the extension Cascade-S", "We refer to the extension as CWGB-Z"
    # introduced nothing, so their users built on the thing extended alone
    papers = [
        titled("kiln", 2012, "Proof-guided tree search", "We propose Kiln, a proof-guided tree search."),
        titled("nn", 2016, "Neural priors for proof-guided search",
               f"We add a residual network supplying move priors to Kiln. {sentence}"),
        titled("user", 2021, "Refutations of blunders", "Using Kiln-NN, we analysed 250,000 positions."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("nn", "kiln"), ("user", "nn")}


def test_the_first_word_of_a_notation_is_no_name_the_paper_gives() -> None:
    # proof complexity (a probe file of 30 November): "We call the resulting system Weave(⊕)" would make
    # the paper extending Weave a second presenter of Weave
    papers = [
        titled("weave", 2021, "Weave: a proof system", "We introduce Weave, a propositional proof system."),
        titled("parity", 2024, "Parity reasoning in Weave",
               "We extend Weave by admitting parity constraints. We call the resulting system Weave(⊕)."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("parity", "weave")}


@pytest.mark.parametrize(
    "made",
    [
        "We assembled the Kestrel corpus, 2,412,580 games played between 312 chess engines.",
        "We present the Kestrel database, comprising 2.4 million games between chess engines.",
        "We introduce Kestrel (Known Engine Self-play Transcripts), which contains 2.4 million games.",
    ],
)
def test_what_a_paper_made_and_says_the_size_of_is_its_data(made: str) -> None:
    # computer chess, forensic genetics and tribology (probe files of 6 December): "We assembled the Kestrel
    # corpus, 2,412,580 games ..." was a corpus of another (a word before a noun), "We present the Meridian
    # STR database, comprising genotypes" and FRIDA, "which collects 6,850 ... measurements", were software
    papers = [
        titled("kestrel", 2009, "Engine games for search research", made),
        titled("a", 2013, "Late-move pruning", "We fit it on positions drawn from the Kestrel corpus."),
        titled("b", 2015, "Evaluation tuning", "Positions were drawn from games of the Kestrel corpus."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    assert builds_on(result) == {("a", "kestrel"), ("b", "kestrel")}
    assert shares(result) == {("a", "b"), ("a", "kestrel"), ("b", "kestrel")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Compared with genotyping tools such as Kiln reported in the literature, SNP panels are less biased.",
        "We deliberately excluded the first Kiln release, because its engines predate modern pruning.",
    ],
)
def test_an_example_from_the_literature_or_a_thing_left_out_is_no_use(sentence: str) -> None:
    # forensic genetics and computer chess (a probe file of 6 December)
    papers = [
        titled("kiln", 2012, "Kiln: genotyping", "We present Kiln, a probabilistic genotyping tool."),
        titled("user", 2020, "An ancestry panel", f"We sequence 128 SNPs. {sentence}"),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == set()


def test_an_acronym_of_a_task_spelt_out_as_something_else_is_a_name() -> None:
    # wine science (a probe file of 6 December): "We developed the Tannin Texture Scale (TTS)" was rejected as
    # text-to-speech, so its three users built on nothing
    papers = [
        titled("tts", 2012, "A scale for red wine mouthfeel",
               "We developed the Tannin Texture Scale (TTS), a 15-point anchored scale of astringency."),
        titled("user", 2016, "Astringency of Sangiovese wines",
               "A trained panel rated the wines using the Tannin Texture Scale (TTS)."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("user", "tts")}


def test_a_next_version_built_as_a_revision_of_a_package_in_a_language_builds_on_the_first() -> None:
    # insurance pricing (a probe file of 6 December): "We describe Lantern 2, a major revision of the Lantern
    # R package" built on nothing: "Lantern R" was read as a name with a letter ("Aurora A"), and a revision
    # was no relation of building on
    papers = [
        titled("one", 2010, "Lantern: an R package for claims reserving",
               "We present Lantern, an open-source R package for stochastic claims reserving."),
        titled("two", 2016, "Lantern 2: Bayesian claims reserving in R",
               "We describe Lantern 2, a major revision of the Lantern R package for claims reserving."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("two", "one")}


@pytest.mark.parametrize(
    "made",
    [
        "We present the Kiln Ridge ice core (KRIS), a 512 m core drilled to bedrock in 2010.",
        "Purpose: To introduce the Kiln Retinal Image Set (KRIS), a public reference collection of 6,240 "
        "colour fundus photographs with adjudicated grades.",
        "We established the KRIS (Kiln Retinal Imaging Study) cohort, enrolling 1,452 adults aged 45 to 75.",
    ],
)
def test_what_a_paper_presents_is_data_by_what_its_words_say_it_holds(made: str) -> None:
    # paleoclimate, ophthalmology and cardiology (probe files of 6 December): "the Kestrel Ridge ice core
    # (KRIS), a 512 m core drilled to bedrock", "To introduce the Meridian Retinal Image Set (MRIS), a public
    # reference collection of ... photographs", "the ECHO (Endurance athletes' ...) cohort" were methods or
    # nothing, so their users shared no data
    papers = [
        titled("krc", 2011, "The Kiln Retinal Image Set and the Kiln Ridge ice core", made),
        titled("a", 2014, "A study", "We used the KRIS record to reconstruct the past 2,000 years of change."),
        titled("b", 2016, "Another study", "Records from the KRIS were compared with our own measurements."),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    assert ("a", "b") in shares(result)


def test_a_release_of_a_named_archive_is_data() -> None:
    # bird migration (a probe file of 6 December): "NFTA-2: an expanded release of the Northern Flyway
    # Tracking Archive" was a method, so its two users shared nothing
    papers = [
        titled("two", 2017, "NFTA-2: an expanded release of the Northern Flyway Tracking Archive",
               "Here we present NFTA-2, with 2,960 tracks of 52 species."),
        titled("a", 2019, "Passage dates from tracks", "We compared passage dates with 1,032 tracks in NFTA-2."),
        titled("b", 2020, "Sahara crossing", "We analysed 742 tracks of 21 species from NFTA-2."),
    ]  # fmt: skip
    assert ("a", "b") in shares(infer_corpus(papers, shipped_lexicon()))


def test_an_acronym_alone_before_the_words_of_its_database_names_the_owner_not_data() -> None:
    # fusion (a probe file of 6 December): "drawn from the ITPA multi-machine pedestal database" made ITPA,
    # a body with several databases, one dataset that every paper naming the body used
    papers = [
        titled("a", 2018, "Pedestal width", "Measurements were drawn from the ITPA multi-machine pedestal database."),
        titled("b", 2019, "Disruptions", "The database is hosted on the server of the ITPA MHD topical group."),
    ]  # fmt: skip
    assert shares(infer_corpus(papers, shipped_lexicon())) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Although Kiln-2 is now available, we used the original image set so that results are comparable.",
        "The original Kiln-2 has been widely used as an external benchmark, but it is limited to one camera.",
        "Planning tools such as COMPASS target tamping, and toolboxes like Kiln-2 have been described.",
        "Compared with contour-based methods such as Kiln-2 in the literature, our approach needs no tuning.",
    ],
)
def test_what_the_paper_grants_exists_or_the_literature_uses_is_no_use(sentence: str) -> None:
    # ophthalmology, railway engineering, music retrieval (probe files of 6 December)
    papers = [
        titled("kiln", 2016, "Kiln-2: a reference set of fundus photographs",
               "We present Kiln-2, a dataset of 18,412 paired fundus photographs and OCT scans."),
        titled("user", 2022, "Grading by optometrists", f"Twenty-four optometrists graded images. {sentence}"),
    ]  # fmt: skip
    result = infer_corpus(papers, shipped_lexicon())
    assert builds_on(result) == shares(result) == set()


def test_a_user_means_the_presenter_spelling_the_name_as_it_does_and_only_on_its_subject() -> None:
    # a transit search Orca and a cognitive battery ORCA (probe files of 5 and 6 December): while the second's
    # claim was dropped, "the ORCA battery" of a psychiatry paper reached a neuroimaging cohort of another
    # field; and three quantum chemistry papers "interfaces with ORCA, Gaussian and xtb" mean neither
    papers = [
        titled("transit", 2016, "Orca: a systematics-aware transit search for K2 photometry",
               "We introduce Orca, a transit-search algorithm that fits pixel-level decorrelation and transit "
               "profiles jointly for K2 light curves of stars observed along the ecliptic."),
        titled("battery", 2018, "ORCA: a remote cognitive battery for psychosis research",
               "We present ORCA, a remote cognitive battery of coding, memory and attention tasks validated "
               "in 412 adults with psychosis and 300 controls against in-person neuropsychological testing."),
        titled("user", 2021, "Remote cognition in clinical high risk for psychosis",
               "Cognition was measured remotely with the ORCA battery at baseline in 140 adults at clinical "
               "high risk for psychosis and 80 controls; memory and attention tasks predicted transition."),
        titled("chemistry", 2022, "Automated transition state search for organometallic catalysis",
               "Our workflow interfaces with ORCA, Gaussian and xtb to optimise transition states of "
               "rhodium-catalysed hydroformylation with density functional theory at modest cost."),
    ]  # fmt: skip
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("user", "battery")}


def test_a_word_shaped_name_before_another_capitalised_word_is_part_of_another_name() -> None:
    # economic history (probe file 93, its two abstracts as written): "the Hearth Tax returns of 1662 to
    # 1689" built on a Hearth index of household complexity
    import json
    from pathlib import Path

    lines = (Path(__file__).parent / "data" / "other-fields-probes-93.jsonl").read_text().splitlines()
    rows = {row["id"]: row for row in map(json.loads, lines)}
    papers = [
        titled(pid, rows[pid]["year"], rows[pid]["title"], rows[pid]["abstract"]) for pid in ("p93-42", "p93-48")
    ]
    result = infer_corpus(papers, shipped_lexicon())
    mentioned = {(e.source, e.target) for e in result.edges if e.kind is EdgeKind.MENTIONS}
    assert ("p93-48", "method:hearth") not in mentioned


def test_three_presenters_of_one_subject_make_a_term_of_that_subject_only() -> None:
    # every probe file as one corpus (6 December, night): three cosmology or three machine-learning papers
    # among 36 presenting a Kestrel made Kestrel a term everywhere, and 64 users of the others' Kestrels (a
    # chess corpus, a maize counter, a docking library) built on nothing
    timing = (
        "We present Kestrel, a package that fits timing residuals of millisecond pulsars in pulsar "
        "timing arrays with red noise, dispersion measure variations and clock corrections."
    )
    papers = [
        # (older than the hint system's paper: their own mentions of their term are no older use of it)
        *(titled(f"pulsar{i}", 2012 + i, "Kestrel: pulsar timing", timing) for i in range(3)),
        titled("hints", 2016, "Kestrel: hints for novice programmers",
               "We present Kestrel, a hint system for novice programmers that suggests the next edit in "
               "introductory Python exercises, learned from the submissions of earlier students."),
        titled("user", 2020, "Next-edit hints in a first programming course",
               "We deployed the Kestrel hint system in an introductory Python course of 400 students and "
               "measured how often novice programmers followed the suggested next edit in their exercises."),
    ]  # fmt: skip
    assert ("user", "hints") in builds_on(infer_corpus(papers, shipped_lexicon()))


def _probe_papers(number: int, *ids: str) -> list[Paper]:
    """The papers ``ids`` of probe file ``number`` (tests/data), as written."""
    import json
    from pathlib import Path

    lines = (Path(__file__).parent / "data" / f"other-fields-probes-{number}.jsonl").read_text().splitlines()
    rows = {row["id"]: row for row in map(json.loads, lines)}
    return [titled(pid, rows[pid]["year"], rows[pid].get("title"), rows[pid]["abstract"]) for pid in ids]


def _loaded_probe_papers(number: int, *ids: str) -> dict[str, Paper]:
    """The papers ``ids`` of probe file ``number`` read as a user's file is (with authors), by their ids."""
    import json
    from pathlib import Path

    from paperkg.loaders import load_file

    path = Path(__file__).parent / "data" / f"other-fields-probes-{number}.jsonl"
    rows = [json.loads(line)["id"] for line in path.read_text().splitlines()]
    return {pid: p for p, pid in zip(load_file(path), rows, strict=True) if pid in ids}


@pytest.mark.parametrize("user", ["p113-09", "p113-10"])
def test_data_the_paper_lacked_or_another_model_was_trained_on_is_no_use(user: str) -> None:
    # forest science (probe file 113): "A resource comparable to the Fennoscandian FICD was unavailable for
    # our region" and "RingNet, a convolutional network originally developed for boreal conifers and trained
    # on cores from the FICD" made their papers users of the FICD
    result = infer_corpus(_probe_papers(113, "p113-01", user), shipped_lexicon())
    assert builds_on(result) == shares(result) == set()


def test_an_example_the_paper_says_it_did_not_evaluate_is_no_use() -> None:
    # port operations (probe file 112): "Berth allocation heuristics in the literature, such as ANCHOR,
    # optimise container terminal schedules but ... and were not evaluated here"
    assert builds_on(infer_corpus(_probe_papers(112, "p112-33", "p112-35"), shipped_lexicon())) == set()


def test_the_noun_of_what_a_paper_describes_is_read_before_a_participle_after_it() -> None:
    # dentistry (probe file 112): "We describe the design of BEACON (...), a new population-based birth cohort
    # established in Aarhus" took "established" for the head, so the cohort was a method and its users
    # shared no data
    result = infer_corpus(_probe_papers(112, "p112-01", "p112-03", "p112-09"), shipped_lexicon())
    assert ("p112-03", "p112-09") in shares(result)


def test_data_the_paper_says_was_unavailable_is_no_use() -> None:
    # tourism (probe file 114): "The Coastline Visitor Survey was unavailable for our region, so we developed
    # a questionnaire" built on the survey's paper ("not available" was read, "unavailable" not)
    assert builds_on(infer_corpus(_probe_papers(114, "p114-35", "p114-46"), shipped_lexicon())) == set()


def test_an_instrument_the_paper_did_not_administer_is_no_use() -> None:
    # sleep medicine (probe file 117): "We did not administer the Insomnia Burden Index because no validated
    # Korean version was available" built on the index's paper
    assert builds_on(infer_corpus(_probe_papers(117, "p117-05", "p117-06"), shipped_lexicon())) == set()


@pytest.mark.parametrize(("presenter", "user"), [("p117-01", "p117-13"), ("p117-19", "p117-20")])
def test_an_acronym_glossed_by_a_word_of_its_name_and_a_noun_is_that_name(presenter: str, user: str) -> None:
    # sleep medicine and welding (probe file 117): "participants of the Northfield study (NSC)" and "the
    # Tarnby dataset (TSWD)" spelt the acronyms otherwise than "the Northfield Sleep Cohort (NSC)" and "the
    # Tarnby Spot Weld Dataset (TSWD)", so they were taken for other things of those letters; and "The
    # Northfield Sleep Cohort: design, ..." had made a second entity of the cohort its abstract abbreviates
    result = infer_corpus(_probe_papers(117, presenter, user), shipped_lexicon())
    assert builds_on(result) == {(user, presenter)}
    assert len(introduces(result)) == 1


def test_a_name_after_an_indefinite_article_and_words_of_which_kind_names_no_data() -> None:
    # geodesy (probe file 116): "An urban canyon GNSS benchmark with tactical-grade reference trajectories"
    # made GNSS a dataset that every paper of the field used: 63 false shared pairs
    result = infer_corpus(_probe_papers(116, "p116-20", "p116-22", "p116-23"), shipped_lexicon())
    assert shares(result) == set()


def test_a_title_ending_in_its_named_survey_reports_that_survey() -> None:
    # port and seafarer studies (probe file 112): "Mental health of seafarers at sea: the ANCHOR survey"
    # presented nothing, so "both Lantern and ANCHOR" of a later seafarers' paper reached a scale of
    # anticholinergic burden named ANCHOR (probe file 84), as a title's "...: the SALT-HF randomized trial"
    # already reports its trial
    papers = _probe_papers(112, "p112-44", "p112-48")
    assert ("p112-48", "p112-44") in builds_on(infer_corpus(papers, shipped_lexicon()))


def _uses(result: CorpusInference) -> set[tuple[str, str]]:
    return {(e.source, e.target) for e in result.edges if e.kind is EdgeKind.USES_DATASET}


@pytest.mark.parametrize(
    ("first", "second", "dataset"),
    [
        ("We analysed NHANES 2011-2016 data on 14,220 adults.", "We used NHANES on sodium intake.", "nhanes"),
        (
            "Occurrence records were downloaded from GBIF for 42 species.",
            "We assembled 120,000 GBIF occurrence records of butterflies.",
            "gbif",
        ),
        # a name written as a word is public data in any paper, not a machine learning name held to its field
        ("Firm financials come from Compustat.", "Using Compustat and CRSP data on firms.", "compustat"),
    ],
)
def test_public_data_named_without_a_noun_of_data_is_shared(first: str, second: str, dataset: str) -> None:
    # other fields name their public data bare ("from GBIF", "NHANES 2011-2016 data"), where machine learning
    # writes "the X dataset": the two papers shared nothing
    papers = [titled("a", 2019, "A study", first), titled("b", 2020, "Another study", second)]
    result = infer_corpus(papers, shipped_lexicon())
    assert {("a", f"dataset:{dataset}"), ("b", f"dataset:{dataset}")} <= _uses(result)
    assert shares(result) == {("a", "b")}


def test_an_acronym_a_paper_gives_known_public_data_is_that_data_in_the_corpus() -> None:
    # "the European Social Survey (ESS)" spelt out the lexicon's survey, whose acronym the corpus then wrote
    # alone ("Using ESS Round 10"): known data lost the acronym a corpus-found dataset keeps
    papers = [
        titled("a", 2019, "Trust", "We used the European Social Survey (ESS) round 9 in 29 countries."),
        titled("b", 2021, "Immigration", "Using ESS Round 10, fielded in 31 countries, we examine views."),
    ]
    assert shares(infer_corpus(papers, shipped_lexicon())) == {("a", "b")}


@pytest.mark.parametrize(
    ("sentence", "dataset"),
    [
        (
            "Rather than the long-term WorldClim climatologies used in the original model, ERA5 drives it.",
            "worldclim",
        ),
        (
            "In contrast with cohorts such as UK Biobank, where outcomes are self-reported, we examined.",
            "uk-biobank",
        ),
        ("Because the ICSD was not accessible under our licence, structures came from the COD.", "icsd"),
        ("Every value is linked to its source; FishBase values were not imported.", "fishbase"),
        ("Data such as the UK Biobank records could not be examined here.", "uk-biobank"),
    ],
)
def test_public_data_a_paper_sets_aside_is_no_use(sentence: str, dataset: str) -> None:
    # read on the probe files once the lexicon knew public data (probe files 115, 20, 95, 55, 120)
    papers = [titled("a", 2019, "A study", sentence)]
    assert ("a", f"dataset:{dataset}") not in _uses(infer_corpus(papers, shipped_lexicon()))


@pytest.mark.parametrize(
    ("presenter", "user"),
    [
        ("p118-01", "p118-05"),  # "Harrow, a program for automated indexing ..., is described"
        ("p118-15", "p118-16"),  # "A dynamical refinement method, Quillon, has been developed in which"
        ("p118-02", "p118-07"),  # "This report details the Ashdown Diffraction Benchmark (ADB)"
        ("p118-27", "p118-29"),  # "Riffle-3D is presented, an extension of the Riffle ... system"
        ("p118-33", "p118-35"),  # "The Lantern study is described, a prospective cohort of ..."
        ("p118-34", "p118-37"),  # "A new observational instrument, the Willow scale, has been developed"
        ("p118-18", "p118-19"),  # "This report details the Bowen Basin Roof Fall Database (BRFD)"
    ],
)
def test_a_thing_presented_in_the_passive_is_its_papers(presenter: str, user: str) -> None:
    # crystallography, mining and neonatology (probe file 118), whose papers present their things without
    # "we": 13 of the writer's 41 builds-on pairs were found, none of the seven things here introduced
    result = infer_corpus(_probe_papers(118, presenter, user), shipped_lexicon())
    assert (user, presenter) in builds_on(result)


@pytest.mark.parametrize(
    ("number", "presenter", "user"),
    [
        (119, "p119-22", "p119-31"),  # "A detrending approach, termed age-banded adaptive detrending (ABAD)"
        (119, "p119-25", "p119-26"),  # "Version 2.0 of the TRACE crossdating engine is presented"
        # "This report details the Alpine Treeline Ring-Width Compilation (ATRC)", titled "A treeline
        # ring-width compilation for the European Alps"
        (119, "p119-18", "p119-27"),
        (120, "p120-17", "p120-20"),  # "A method, termed HairScan, is described"
        (120, "p120-10", "p120-12"),  # "This report details the Thistle protocol, a simplified algorithm"
    ],
)
def test_a_thing_named_as_presented_without_we_is_its_papers(number: int, presenter: str, user: str) -> None:
    # dendrochronology, textile engineering and anaesthesia (probe files 119 and 120)
    result = infer_corpus(_probe_papers(number, presenter, user), shipped_lexicon())
    assert (user, presenter) in builds_on(result)


def test_a_thing_another_made_in_the_passive_is_not_the_users() -> None:
    # "has been developed by" someone, or a name the title does not carry and no apposition describes
    papers = [
        titled("a", 2015, "Networks for chemistry", "TensorFlow has been developed by Google as a library."),
        titled("b", 2018, "Filters", "The Kalman filter has been developed for linear systems."),
    ]
    assert introduces(infer_corpus(papers, shipped_lexicon())) == set()


def test_a_thing_named_side_by_side_with_its_successor_is_used_with_it() -> None:
    # anaesthesia (probe file 120): "We externally validated ... AIRWAYNET and its successor AIRWAYNET-2"
    # built on the successor only, as the earlier named as an origin is ("AIRWAYNET-2, an extension of
    # AIRWAYNET")
    result = infer_corpus(_probe_papers(120, "p120-03", "p120-07", "p120-11"), shipped_lexicon())
    assert {("p120-11", "p120-03"), ("p120-11", "p120-07")} <= builds_on(result)


def test_a_word_spelt_as_adjectives_are_is_a_name_where_the_sentence_says_what_it_is() -> None:
    # crystallography (probe file 118): "Meridian, a restraint library for MOF refinement, is described" was
    # read as an adjective, as "Bayesian" is, and presented nothing
    result = infer_corpus(_probe_papers(118, "p118-04", "p118-08"), shipped_lexicon())
    assert builds_on(result) == {("p118-08", "p118-04")}


@pytest.mark.parametrize(
    ("number", "cited", "citing"),
    [
        (121, "p121-01", "p121-11"),  # "Unlike ... cohorts such as LANTERN (Whitcombe et al., 2010)"
        (123, "p123-04", "p123-07"),  # "such as Tidemark (Ekstrom et al., 2011) ... were not available"
        (123, "p123-20", "p123-28"),  # "models ... such as KRAUSEN (Hofmann et al., 2012), developed for"
        (128, "p128-35", "p128-39"),  # "Unlike Compass (Reid et al., 2010) and other observer-based tools"
        (128, "p128-22", "p128-23"),  # "Unlike the silt-specific Harbour method of Whitcombe et al. (2012)"
        (127, "p127-09", "p127-15"),  # "such as Osprey 2.0 (Ahn et al., 2015) could be applied in future"
        (127, "p127-18", "p127-27"),  # "Unlike the Osprey cohort (Solheim et al., 2012), which follows"
        (130, "p130-18", "p130-21"),  # "We had intended to ... with the Tern wake model (Aalto ...), but"
        (130, "p130-37", "p130-48"),  # "methods such as Ledger (Kamau et al., 2013) in the literature"
        (135, "p135-08", "p135-14"),  # "We did not attempt to date the texts with Keystone (Haddad et al."
    ],
)
def test_an_author_year_citation_says_no_more_of_use_than_its_name(number: int, cited: str, citing: str) -> (
    None
):
    # orthopaedics, oncology and brewing (probe files 121 and 123): the name was read as not used, its
    # citation in brackets then built on the paper it cites (read with their authors, as a user's file is)
    papers = list(_loaded_probe_papers(number, cited, citing).values())
    assert len(papers) == 2 and all(p.authors for p in papers)
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == set()


@pytest.mark.parametrize(
    ("presenter", "user"),
    [
        ("p123-19", "p123-23"),  # "the Bine database (...) did not include any of the New Zealand cultivars"
        ("p123-35", "p123-42"),  # "The Skerry database ... covers only the North Sea and ..., so no ..."
    ],
)
def test_data_lacking_what_the_paper_needs_is_no_use(presenter: str, user: str) -> None:
    # brewing and maritime archaeology (probe file 123)
    result = infer_corpus(_probe_papers(123, presenter, user), shipped_lexicon())
    assert builds_on(result) == shares(result) == set()


@pytest.mark.parametrize(
    ("number", "presenter", "user"),
    [
        # "This paper describes the Nordic Fibre Morphology Database (NFMD)" under "A morphological database
        # of Nordic pulpwood fibres": a new one of its kind
        (121, "p121-19", "p121-23"),
        # "This report details the KESTREL benchmark (Kinetics Experiments for ...), a set of 26 ..."
        (122, "p122-20", "p122-23"),
        (123, "p123-36", "p123-45"),  # "Here we report a five-grade Waterlogged Oak ... Score (WOODS)"
        (123, "p123-20", "p123-25"),  # "The model, named KRAUSEN (Kinetic Rate model of Aroma ...), couples"
    ],
)
def test_a_thing_reported_described_or_named_as_it_is_taken_up_is_its_papers(
    number: int, presenter: str, user: str
) -> None:
    # papermaking, reactor physics, maritime archaeology and brewing (probe files 121-123)
    result = infer_corpus(_probe_papers(number, presenter, user), shipped_lexicon())
    assert (user, presenter) in builds_on(result)


def test_a_survey_a_paper_establishes_is_data() -> None:
    # urban planning (probe file 122): "We established the Pulse survey, a longitudinal panel" was a method
    # (its word a modifier of "survey"), so its users shared no data
    result = infer_corpus(_probe_papers(122, "p122-41", "p122-42", "p122-46"), shipped_lexicon())
    assert shares(result) == {("p122-41", "p122-42"), ("p122-41", "p122-46"), ("p122-42", "p122-46")}


@pytest.mark.parametrize(
    ("number", "named", "naming"),
    [
        # "We had planned to use Tunebook (Ni Bhriain et al., 2017), but its sessions ... were too few"
        (124, "p124-39", "p124-40"),
        # "such as those now being digitised in the Riverline project ..., but they were not consulted here"
        (124, "p124-33", "p124-34"),
        # "In contrast to approaches that assign exposure through job-exposure matrices, such as DUSTMAP for
        # silica, physician networks capture ..."
        (126, "p126-04", "p126-16"),
    ],
)
def test_a_name_set_aside_past_a_citation_or_examples_is_no_use(number: int, named: str, naming: str) -> None:
    # ethnomusicology and occupational health (probe files 124 and 126)
    assert builds_on(infer_corpus(_probe_papers(number, named, naming), shipped_lexicon())) == set()


def test_a_bodys_database_named_by_its_possessive_is_no_dataset_of_that_name() -> None:
    # public finance (probe file 125): "FINBRA, the National Treasury's database of municipal finances" made
    # a dataset "National Treasury", shared with a paper comparing "National Treasury figures"
    papers = [
        titled("a", 2018, "Cadastres", "Using FINBRA, the National Treasury's database of finances."),
        titled("b", 2019, "Bunching", "We solved Solomon's benchmark instances with 100 customers."),
    ]
    assert _uses(infer_corpus(papers, shipped_lexicon())) == {("b", "dataset:solomon")}


def test_a_thing_named_and_proposed_in_the_passive_is_no_older_use_of_its_name() -> None:
    # power electronics (probe file 125): "A three-port isolated bidirectional DC-DC converter, named TRIDENT
    # (...), is proposed" presented nothing, so its TRIDENT was an older use of an energy dataset TRIDENT
    # (probe file 50) whose two users then built on nothing
    papers = [*_probe_papers(50, "p50-08", "p50-09"), *_probe_papers(125, "p125-17")]
    result = infer_corpus(papers, shipped_lexicon())
    assert ("p50-09", "p50-08") in builds_on(result)
    assert ("p125-17", "method:trident") in introduces(result)


@pytest.mark.parametrize(
    ("number", "ids", "absent"),
    [
        # "Spoken-language resources such as the MOSAIC corpus of clinical interpreting ... lie outside the
        # scope of this study" (the paper's MOSAIC is an alignment index of another paper)
        (127, ("p127-40", "p127-45", "p127-47"), ("p127-47", "p127-45")),
        # "Grain price series from the Juniper database would have allowed a direct test ..., but they were
        # unavailable for Riga and Narva"
        (129, ("p129-33", "p129-37"), ("p129-37", "p129-33")),
    ],
)
def test_data_out_of_scope_or_wished_for_is_no_use(
    number: int, ids: tuple[str, ...], absent: tuple[str, str]
) -> None:
    # translation studies and economic history (probe files 127 and 129)
    assert absent not in builds_on(infer_corpus(_probe_papers(number, *ids), shipped_lexicon()))


def test_a_titles_survey_abbreviated_in_its_abstract_is_data_its_users_share() -> None:
    # limnology (probe file 127): "The Thousand Lakes Survey: synoptic water chemistry ..." was a method named
    # with its article, so "TLS" of its users named nothing
    result = infer_corpus(_probe_papers(127, "p127-04", "p127-07", "p127-11"), shipped_lexicon())
    assert ("p127-04", "dataset:tls") in introduces(result)
    assert ("p127-07", "p127-11") in shares(result)


def test_data_the_paper_says_was_retired_is_no_use() -> None:
    # forensic anthropology (probe file 130): "The Terry Collection reference was retired because of
    # documented secular change"
    result = infer_corpus(_probe_papers(130, "p130-05", "p130-10", "p130-12"), shipped_lexicon())
    assert ("p130-05", "dataset:terry-collection") in _uses(result)
    assert ("p130-12", "dataset:terry-collection") not in _uses(result)



@pytest.mark.parametrize(
    ("number", "introducer", "user", "entity"),
    [
        # rheumatology (probe file 133): "Methods: An Ultrasound Synovitis Composite Score (USCS) was
        # derived", its user spelling it in lowercase: "the 12-joint ultrasound synovitis composite score
        # (USCS)"
        (133, "p133-02", "p133-06", "method:uscs"),
        # environmental toxicology (probe file 134): "The Harbour Sediment Toxicity Database (HSTD) is
        # presented here" was a method, its users sharing nothing
        (134, "p134-20", "p134-25", "dataset:hstd"),
        # art history (probe file 134): "The Craquelure Typology Scale (CTS) proposed here classifies ..."
        (134, "p134-41", "p134-47", "method:cts"),
        # astrobiology (probe file 134): "Here we report a quantitative framework, the Biosignature Salience
        # Index (BSI), for ranking ..."
        (134, "p134-06", "p134-07", "method:bsi"),
        # art history (probe file 134): "The Lowlands Panel Dendro Database: tree-ring series from ..." (five
        # words with its article), "The Lowlands Panel Dendro Database (LPDD) assembles 2,317 ring-width
        # series"
        (134, "p134-39", "p134-44", "dataset:lpdd"),
    ],
)
def test_a_thing_presented_by_its_spelt_out_name_and_acronym_is_introduced(
    number: int, introducer: str, user: str, entity: str
) -> None:
    result = infer_corpus(_probe_papers(number, introducer, user), shipped_lexicon())
    assert (introducer, entity) in introduces(result)
    assert (user, introducer) in builds_on(result)


def test_a_kind_spelt_out_with_its_acronym_in_the_passive_is_no_name() -> None:
    # "A convolutional neural network (CNN) was developed": a kind of thing, its acronym no name of the
    # paper's
    papers = [
        titled("a", 2019, "Cracks", "A convolutional neural network (CNN) was developed to detect cracks."),
        titled("b", 2021, "Rust detection", "We trained a CNN to detect rust on 4,000 bridge photographs."),
    ]
    result = infer_corpus(papers, shipped_lexicon())
    assert introduces(result) == builds_on(result) == set()


@pytest.mark.parametrize(
    ("number", "ids", "absent"),
    [
        # hydrogeology (probe file 135): "We did not use the newly released IGGLA archive because ..."
        (135, ("p135-33", "p135-34"), ("p135-34", "p135-33")),
        # epigraphy (probe file 135): "We did not attempt to date the undated texts with Keystone (Haddad et
        # al., 2015), since ...", the name and its citation
        (135, ("p135-08", "p135-14"), ("p135-14", "p135-08")),
        # environmental toxicology (probe file 134): "Household pesticide exposure has been linked to
        # behavioural outcomes in children, for example in the Meadow Birth Cohort (Ferreira et al., 2009)"
        (134, ("p134-17", "p134-25"), ("p134-25", "p134-17")),
    ],
)
def test_a_name_the_paper_did_not_use_or_gives_as_where_others_found_is_no_use(
    number: int, ids: tuple[str, ...], absent: tuple[str, str]
) -> None:
    assert absent not in builds_on(infer_corpus(_probe_papers(number, *ids), shipped_lexicon()))


@pytest.mark.parametrize(
    ("number", "ids", "drawn", "absent"),
    [
        # rheumatology (probe file 133): "ErosNet-2: a transformer-based successor for joint-level
        # radiographic damage scoring" presents it; its user "scored with ErosNet-2" builds on that paper, not
        # ErosNet's
        (133, ("p133-08", "p133-14", "p133-15"), ("p133-15", "p133-14"), ("p133-15", "p133-08")),
        # glaciology (probe file 133): "ICEFALL DR2", a data release of ICEFALL, and "Velocities were taken
        # from the ICEFALL velocity record, version DR2": the release named after what it is
        (133, ("p133-19", "p133-24", "p133-25"), ("p133-25", "p133-24"), ("p133-25", "p133-19")),
        # epigraphy (probe file 135): "with Lantern 2 ..., and with the original Lantern pipeline (version
        # 1.3) for comparison": the original, run beside its successor
        (135, ("p135-03", "p135-12", "p135-13"), ("p135-13", "p135-03"), None),
        # coastal engineering (probe file 136): "landward of the former WABEX instrument transects"
        (136, ("p136-19", "p136-32"), None, ("p136-32", "p136-19")),
        # "The original FLINT model was run in parallel as a benchmark" beside FLINT-2
        (136, ("p136-17", "p136-26", "p136-28"), ("p136-28", "p136-17"), None),
        # liver histology (probe file 136): "a two-stage classifier on the HISTOLIV DR1 training split"
        (136, ("p136-07", "p136-09"), ("p136-09", "p136-07"), None),
        # atmospheric chemistry (probe file 138): "GRANITE (Zhou et al., 2010; Liang et al., 2015) covers only
        # East Asia and was unavailable for South Asia, so ..."
        (138, ("p138-19", "p138-29"), None, ("p138-29", "p138-19")),
        # "could be combined with condensed schemes such as the Hedgerow mechanism in future regional
        # modelling, which was beyond the scope of this study"
        (138, ("p138-17", "p138-23"), None, ("p138-23", "p138-17")),
        # "as suggested by chamber yield compilations such as BRAMBLE [22] and ..., e.g. Hedgerow [9]"
        (138, ("p138-17", "p138-30", "p138-31"), None, ("p138-31", "p138-30")),
        # port operations (probe file 112): "Using the second data release of the Tidewater port-call dataset
        # (DR2)" is the second release's paper's, not the first's
        (112, ("p112-39", "p112-43", "p112-46"), ("p112-46", "p112-43"), ("p112-46", "p112-39")),
    ],
)
def test_what_a_user_names_of_a_thing_its_version_and_what_it_did_not_use(
    number: int, ids: tuple[str, ...], drawn: tuple[str, str] | None, absent: tuple[str, str] | None
) -> None:
    pairs = builds_on(infer_corpus(_probe_papers(number, *ids), shipped_lexicon()))
    assert drawn is None or drawn in pairs
    assert absent is None or absent not in pairs


def test_a_named_survey_is_data_its_users_share() -> None:
    # agricultural economics (probe file 135): "This paper introduces LANTERN (Longitudinal Analysis of
    # Tenure, Enterprise and Rural Nutrition), a household panel survey in six districts" was a method
    result = infer_corpus(_probe_papers(135, "p135-17", "p135-20", "p135-30"), shipped_lexicon())
    assert ("p135-17", "dataset:lantern") in introduces(result)
    assert ("p135-20", "p135-30") in shares(result)


def test_a_part_of_a_thing_the_paper_says_it_did_not_use_is_no_use() -> None:
    # as probe file 134 writes it: "We did not use the tier classification of Lantern DR2, because ..."
    intro = "We introduce the Kiln catalogue (KILNCAT), a catalogue of 212 planets."
    for said, drawn in (("used", True), ("did not use", False)):
        papers = [
            titled("a", 2015, "The Kiln catalogue", intro),
            titled("b", 2019, "Climates", f"We {said} the tier classification of the KILNCAT, as it is old."),
        ]
        assert (("b", "a") in builds_on(infer_corpus(papers, shipped_lexicon()))) is drawn


def test_data_taken_from_a_cited_paper_builds_on_it() -> None:
    # as probe files 122 and 125 write it: "Weekly lice counts were taken from the NSLCA dataset (Aasland et
    # al., 2011)": a use, where a bare citation is background
    papers = [
        titled("a", 2011, "Sea lice counts on Norwegian farms", "We compiled weekly sea lice counts from 40"
               " salmon farms.", authors=["Kari Aasland", "Ola Berg"]),
        titled("b", 2016, "Sea lice and temperature", "Weekly lice counts on salmon farms were"
               " taken from the farm dataset (Aasland et al., 2011), and temperatures from loggers.",
               authors=["Per Dahl"]),
    ]
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {("b", "a")}


@pytest.mark.parametrize(
    ("number", "cited", "citing"),
    [
        # criminology (probe file 133): "We analysed eight annual waves (ages 12-19) of the Harbour study, a
        # longitudinal cohort of 1,412 young people ... (Ashdown et al., 2010)" was a bare citation
        (133, "p133-33", "p133-42"),
        # astrobiology (probe file 134): "spectra were drawn from PERL v1.0" was a dataset PERL v1.0 of no
        # paper
        (134, "p134-10", "p134-15"),
    ],
)
def test_analysed_data_of_a_cited_paper_and_a_version_label_build_on_their_paper(
    number: int, cited: str, citing: str
) -> None:
    papers = _loaded_probe_papers(number, cited, citing)
    pairs = builds_on(infer_corpus(list(papers.values()), shipped_lexicon()))
    assert (papers[citing].id, papers[cited].id) in pairs


@pytest.mark.parametrize(
    ("number", "presenter", "entity"),
    [
        # labour history (probe file 136): "To allow systematic comparison, a five-point Picket-Line Intensity
        # Scale (PLIS) was constructed"
        (136, "p136-35", "method:plis"),
        # "Shuttle Voices: an oral history archive ...", "Shuttle Voices, a collection of 212 ... interviews"
        (136, "p136-37", "dataset:shuttle-voices"),
        # "This article presents the Tally wage series, a new dataset of individual weekly earnings"
        (136, "p136-44", "dataset:tally"),
        # coastal engineering (probe file 136): "This data paper presents RIPPLE, the Regional Inventory of
        # ..."
        (136, "p136-25", "dataset:ripple"),
        # "the Wadden Boundary Experiment (WABEX), a six-week field campaign ... The quality-controlled WABEX
        # dataset ... is available"
        (136, "p136-19", "dataset:wabex"),
        # pharmacoepidemiology (probe file 138): "Cohort profile: the Ageing, Longitudinal Drug Exposure and
        # Renal outcomes (ALDER) study"
        (138, "p138-01", "dataset:alder"),
        # fluvial geomorphology (probe file 138): "Sandpiper: a MATLAB toolbox for automated extraction of
        # ..."
        (138, "p138-36", "method:sandpiper"),
        # atmospheric chemistry (probe file 138): "Here we report GRANITE (...), version 1, a 0.1° × 0.1°
        # inventory of non-methane volatile organic compound emissions"
        (138, "p138-19", "dataset:granite"),
        # fibre optics (probe file 137): "A closed-form nonlinear interference estimator (CLONIE) is derived"
        (137, "p137-19", "method:clonie"),
        # child language (probe file 137): "The toolkit described here, released as Babble, segments ..."
        (137, "p137-39", "method:babble"),
    ],
)
def test_a_presentation_of_a_field_of_its_own_is_read(number: int, presenter: str, entity: str) -> None:
    result = infer_corpus(_probe_papers(number, presenter), shipped_lexicon())
    assert (presenter, entity) in introduces(result)


def test_a_later_version_by_the_same_team_builds_on_the_first() -> None:
    # pharmacoepidemiology (probe file 138): "Ribbon (Okonjo et al., 2010) is an R package ... Ribbon 2.0 is
    # described here", its paper by Ribbon's first author; a neonatal cohort Lantern-2 is no successor of an
    # anaesthesia audit LANTERN of no common author (probe files 118 and 120)
    ribbon = _loaded_probe_papers(138, "p138-02", "p138-09")
    pairs = builds_on(infer_corpus(list(ribbon.values()), shipped_lexicon()))
    assert (ribbon["p138-09"].id, ribbon["p138-02"].id) in pairs
    papers = [*_loaded_probe_papers(118, "p118-43").values(), *_loaded_probe_papers(120, "p120-02").values()]
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == set()


def test_an_example_of_what_the_literature_did_is_no_use() -> None:
    # as probe file 137 writes it: "Nonlinear interference has been estimated in the literature with
    # closed-form approaches such as CLONIE and the EGN model; here we do not rely on such models"
    intro = "We propose KILNEST, a closed-form estimator of nonlinear interference in coherent links."
    literature = "It has been estimated in the literature with closed-form approaches such as"
    for said, drawn in (("We estimate interference with", True), (literature, False)):
        papers = [
            titled("a", 2015, "KILNEST", intro),
            titled("b", 2019, "Multicore fibre", f"{said} KILNEST; we measure launch power in a fibre."),
        ]
        assert (("b", "a") in builds_on(infer_corpus(papers, shipped_lexicon()))) is drawn


@pytest.mark.parametrize(
    ("presenter", "entity"),
    [
        # neurosurgery (probe file 139): "A low-cost bedside system, the Ventricular Entry Navigation and
        # Trajectory Registration Algorithm (VENTRA), is described"
        ("p139-02", "method:ventra"),
        # historical demography: "We propose the Quillan index, named after the Languedoc parish series"
        ("p139-41", "method:quillan"),
        # "A prospective, multicentre cohort ... is described here as the Thornbury Glioma Cohort (TGC)"
        ("p139-01", "dataset:tgc"),
    ],
)
def test_a_name_given_after_and_or_as_described_is_introduced(presenter: str, entity: str) -> None:
    assert (presenter, entity) in introduces(infer_corpus(_probe_papers(139, presenter), shipped_lexicon()))


def test_a_party_to_a_case_is_no_data() -> None:
    # legal informatics (probe file 140): "tracing Brindle v. Harcourt", then "opinions citing Brindle", of a
    # case, shared the Brindle cohort of veterinary cardiology
    assert shares(infer_corpus(_probe_papers(140, "p140-02", "p140-37"), shipped_lexicon())) == set()
    # (and where the case is of the cohort's own subject: a user of the cohort and a paper on the case)
    cohort = "We present the Brindle cohort, a prospective cohort of 1,200 dogs with mitral valve disease."
    papers = [
        titled("a", 2010, "The Brindle cohort of dogs", cohort),
        titled("b", 2015, "Murmurs", "We analysed 600 dogs with mitral valve disease of the Brindle cohort."),
        titled("c", 2019, "Negligence", "We trace Brindle v. Harcourt, a case of dogs with mitral valve"
               " disease, through appellate opinions citing Brindle."),
    ]
    assert ("b", "c") not in shares(infer_corpus(papers, shipped_lexicon()))


def test_a_confirmation_yet_required_is_no_use() -> None:
    # implant tribology (probe file 141): "Confirmation of these results ..., for example on the ORBIT-12
    # simulator (Haigh et al., 2009), is required before clinical inferences can be drawn"
    assert builds_on(infer_corpus(_probe_papers(141, "p141-17", "p141-18"), shipped_lexicon())) == set()


def test_published_analyses_of_data_are_no_use_of_it() -> None:
    # nutrition (probe file 141): "Our findings are consistent with published UK Biobank analyses"
    result = infer_corpus(_probe_papers(141, "p141-16"), shipped_lexicon())
    assert ("p141-16", "dataset:uk-biobank") not in _uses(result)


def test_data_still_being_gathered_is_no_use() -> None:
    # cultural geography (probe file 143): "The Belonging in Place Survey now under way in Leicester, Bradford
    # and Luton will allow such patterns to be examined"
    assert builds_on(infer_corpus(_probe_papers(143, "p143-34", "p143-35"), shipped_lexicon())) == set()


@pytest.mark.parametrize(
    ("number", "presenter", "user"),
    [
        # sports analytics (probe file 147): "We introduce the Nordic Women's Tracking Dataset (NWTD)", read
        # to "Nordic Women", left its users of the dataset to another entity
        (147, "p147-35", "p147-38"),
        # haematology (probe file 145): "We established the West African Sickle Cell Alloimmunisation Cohort
        # (WASCAC)", six words, read to five
        (145, "p145-07", "p145-08"),
    ],
)
def test_a_name_is_read_on_past_a_possessive_or_its_sixth_word_to_its_acronym(
    number: int, presenter: str, user: str
) -> None:
    result = infer_corpus(_probe_papers(number, presenter, user), shipped_lexicon())
    assert (user, presenter) in builds_on(result)


def test_a_long_form_set_beside_an_acronym_is_its_alias() -> None:
    # avalanche science (probe file 146): "We present RIME, the Regional Instability Model Ensemble, a
    # data-driven model"; its next version "a major update of the Regional Instability Model Ensemble"
    result = infer_corpus(_probe_papers(146, "p146-22", "p146-28"), shipped_lexicon())
    assert ("p146-28", "p146-22") in builds_on(result)


def test_a_release_written_with_a_v_is_of_the_names_own_line() -> None:
    # haematology (probe file 145): "interpreted with AntiSolve v1.4 [12]", of AntiSolve, whose later version
    # AntiSolve 2.0 another paper presents
    result = infer_corpus(_probe_papers(145, "p145-04", "p145-06", "p145-08"), shipped_lexicon())
    assert ("p145-08", "p145-04") in builds_on(result)


def test_a_cohort_profiled_by_an_acronym_spelling_every_word_is_named_whole() -> None:
    # audiology (probe file 142): "Cohort profile: the Vaskholm Ageing and Hearing Cohort (VAHC)", once named
    # "Vaskholm Ageing"; a user of its every word draws on it
    result = infer_corpus(_probe_papers(142, "p142-02", "p142-03", "p142-05"), shipped_lexicon())
    assert {("p142-03", "p142-02"), ("p142-05", "p142-02")} <= builds_on(result)
    assert ("p142-03", "p142-05") in shares(result)


def test_the_parts_of_a_source_data_came_from_name_the_source() -> None:
    # electoral studies (probe file 146): "data from Modules 1 to 3 of the Comparative Study of Electoral
    # Systems (CSES)", "Module 5 of the Comparative Study of Electoral Systems (CSES; 2016-2021)"
    result = infer_corpus(_probe_papers(146, "p146-34", "p146-48"), shipped_lexicon())
    assert shares(result) == {("p146-34", "p146-48")}


def test_names_listed_before_a_noun_that_one_acronym_spells_are_one_name() -> None:
    # transfusion medicine (probe file 145): "the Scandinavian Donations and Transfusions database
    # (SCANDAT2)", then "registered in SCANDAT2", "We used SCANDAT2"
    result = infer_corpus(_probe_papers(145, "p145-10", "p145-11", "p145-14"), shipped_lexicon())
    assert shares(result) == {("p145-10", "p145-11"), ("p145-10", "p145-14"), ("p145-11", "p145-14")}


@pytest.mark.parametrize(
    ("number", "user", "presenter"),
    [
        # electoral studies (probe file 146): "validating these findings against ... measures such as the
        # CLEX-9 scale is an important task for future survey waves"
        (146, "p146-48", "p146-37"),
        # hand surgery (probe file 147): "Because the Thumb Base Disability Index has not yet been translated
        # into Korean or validated in Korean patients, function was assessed with the Korean version of DASH"
        (147, "p147-05", "p147-02"),
        # reproductive medicine (probe file 146): "Other transcriptomic dating tools, such as the PCR-based
        # EndoRhythm-48 panel, have been proposed but have not been tested in randomised trials"
        (146, "p146-11", "p146-05"),
    ],
)
def test_a_task_for_later_a_thing_not_yet_adapted_or_anothers_example_is_no_use(
    number: int, user: str, presenter: str
) -> None:
    assert builds_on(infer_corpus(_probe_papers(number, user, presenter), shipped_lexicon())) == set()


@pytest.mark.parametrize(
    ("number", "presenter", "user"),
    [
        # wastewater epidemiology (probe file 150): "The Iberian Influent Archive (IbIA): a biobank of frozen
        # raw wastewater ...", its acronym in the title
        (150, "p150-21", "p150-23"),
        # bridge monitoring (probe file 148): "The Norrland Progressive Damage Benchmark (NPDB): vibration
        # data ...", a benchmark's name of 41 letters, then its acronym
        (148, "p148-23", "p148-26"),
    ],
)
def test_a_title_leading_with_a_name_and_its_acronym_presents_it(
    number: int, presenter: str, user: str
) -> None:
    result = infer_corpus(_probe_papers(number, presenter, user), shipped_lexicon())
    assert (user, presenter) in builds_on(result)


def test_a_cohort_profile_is_its_names_first_title() -> None:
    # personality psychology (probe file 150): "Cohort profile: The TANDEM study ..." (2011) and its second
    # release, "The TANDEM study: Second data release ..." (2018); a 2014 user of the cohort builds on the
    # profile, which no later title makes a late claimant
    result = infer_corpus(_probe_papers(150, "p150-02", "p150-03", "p150-09"), shipped_lexicon())
    assert ("p150-03", "p150-02") in builds_on(result)


def test_a_monitoring_programme_is_the_data_it_gathers() -> None:
    # coral reef ecology (probe file 149): "We describe the Lesser Sunda Reef Monitoring Programme (LSRMP), a
    # network of 48 permanent sites ... resurveyed annually", then its surveys used by others
    result = infer_corpus(_probe_papers(149, "p149-17", "p149-19", "p149-27"), shipped_lexicon())
    assert ("p149-19", "p149-27") in shares(result)


@pytest.mark.parametrize(
    ("number", "user", "presenter"),
    [
        # palliative care (probe file 148): "Patient-focused measures, including the BBI-12, assess the impact
        # of breathlessness on the patient and do not address carer anxiety"
        (148, "p148-08", "p148-04"),
        # coral reef ecology (probe file 149): "We deliberately did not use composite bleaching indices: the
        # Thermal Anomaly Persistence Index (TAPI), for example, has been criticised for ..."
        (149, "p149-32", "p149-20"),
    ],
)
def test_an_example_of_a_kind_described_or_not_used_is_no_use(number: int, user: str, presenter: str) -> None:
    assert builds_on(infer_corpus(_probe_papers(number, user, presenter), shipped_lexicon())) == set()


@pytest.mark.parametrize(
    ("number", "first", "release", "user"),
    [
        # personality psychology (probe file 150): "The TANDEM study: Second data release and ...", then "Data
        # were drawn from the second data release of the TANDEM cohort"
        (150, "p150-02", "p150-09", "p150-12"),
        # astronomy (probe file 106): "The Meridian Spectroscopic Survey: second data release", then "spectra
        # in the second data release of the Meridian Spectroscopic Survey"
        (106, "p106-35", "p106-42", "p106-45"),
    ],
)
def test_a_title_presenting_a_later_release_presents_it_as_the_firsts_version(
    number: int, first: str, release: str, user: str
) -> None:
    result = infer_corpus(_probe_papers(number, first, release, user), shipped_lexicon())
    assert {(release, first), (user, release)} <= builds_on(result)
    assert (user, first) not in builds_on(result)


def test_a_release_written_with_a_v_is_the_known_version_it_names() -> None:
    # poultry epidemiology (probe file 151): "benchmarked against FlockSpread v2.0", FlockSpread 2.0 known, is
    # that version, not the first FlockSpread
    result = infer_corpus(_probe_papers(151, "p151-05", "p151-13", "p151-14"), shipped_lexicon())
    assert ("p151-14", "p151-13") in builds_on(result)
    assert ("p151-14", "p151-05") not in builds_on(result)


@pytest.mark.parametrize(
    ("first", "version"),
    [
        # poultry epidemiology and papyrology (probe file 151): "We present FlockSpread 2.0, a new version of
        # our spatially explicit stochastic model", "We present ScriptDater 2, the successor to our earlier
        # tool", by the first's team, naming the first only in the version's name
        ("p151-05", "p151-13"),
        ("p151-36", "p151-43"),
    ],
)
def test_a_later_version_calling_the_first_its_teams_own_builds_on_it(first: str, version: str) -> None:
    papers = _loaded_probe_papers(151, first, version)
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert (papers[version].id, papers[first].id) in builds_on(result)


def test_a_catalogue_is_named_with_the_word_its_acronym_spells_before_it() -> None:
    # book history (probe file 153): "the English Short Title Catalogue (ESTC)" read as "Short Title
    # Catalogue" shared the Short-Title Catalogue, Netherlands (STCN) of two other papers
    result = infer_corpus(_probe_papers(153, "p153-34", "p153-36", "p153-44"), shipped_lexicon())
    assert ("p153-34", "p153-36") not in shares(result)
    assert ("p153-36", "p153-44") in shares(result)


def test_what_an_example_has_made_is_background() -> None:
    # book history (probe file 153): "census projects such as Catena have made the chained collections of
    # cathedrals and great churches exceptionally well documented"
    assert builds_on(infer_corpus(_probe_papers(153, "p153-33", "p153-47"), shipped_lexicon())) == set()


@pytest.mark.parametrize(
    ("number", "user", "presenter"),
    [
        # hydrogen storage (probe file 154): "Existing curated compilations, notably HydrideBank, are
        # restricted to interstitial intermetallic hydrides and contain no data on complex hydrides"
        (154, "p154-25", "p154-18"),
        # perinatal mental health (probe file 155): "Apps evaluated in perinatal trials were largely
        # unavailable to respondents: CalmNest, for example, has so far been tested only in Spanish"
        (155, "p155-16", "p155-04"),
        # Romance philology (probe file 155): "Existing annotated resources represent it poorly: CHARTA-Oc,
        # the largest lemmatised corpus of Old Occitan documentary texts, excludes the Gascon area"
        (155, "p155-44", "p155-34"),
        # tunnelling (probe file 155): "unlike drill-and-blast tunnels, for which databases such as TunConv
        # compile convergence histories, no comparable collection exists for TBM tunnels"
        (155, "p155-25", "p155-17"),
    ],
)
def test_an_example_of_what_a_kind_lacks_or_of_a_contrast_is_no_use(
    number: int, user: str, presenter: str
) -> None:
    assert builds_on(infer_corpus(_probe_papers(number, user, presenter), shipped_lexicon())) == set()


def test_a_titled_version_its_abstract_calls_that_version_of_the_thing_is_presented() -> None:
    # exoplanet atmospheres (probe file 156): "BRISTLE v2: GPU-accelerated atmospheric retrievals ..." and "We
    # describe version 2 of the BRISTLE atmospheric retrieval code"; its user "benchmarked against BRISTLE v2"
    result = infer_corpus(_probe_papers(156, "p156-19", "p156-25", "p156-29"), shipped_lexicon())
    assert ("p156-29", "p156-25") in builds_on(result)
    assert ("p156-29", "p156-19") not in builds_on(result)


def test_a_title_giving_what_a_surveys_acronym_stands_for_presents_the_survey() -> None:
    # film archiving (probe file 159): "The VANE survey (Vault Acetate and Nitrate Evaluation): condition of
    # motion picture film in eleven European archives", used as "acetate reels from the VANE survey"
    result = infer_corpus(_probe_papers(159, "p159-33", "p159-36"), shipped_lexicon())
    assert ("p159-33", "dataset:vane") in introduces(result)
    assert ("p159-36", "p159-33") in builds_on(result)


def test_a_score_spelt_out_as_an_evaluation_is_presented() -> None:
    # orthopaedic trauma (probe file 157): "We developed the Femoral Union Scoring Evaluation (FUSE)" is a
    # radiographic score, no task; its users grade union "with the Femoral Union Scoring Evaluation (FUSE)
    # [6]" or find that "FUSE outperformed RUST", beside a glaciology paper's FUSE firn model
    result = infer_corpus(_probe_papers(157, "p157-02", "p157-13", "p157-15", "p157-18"), shipped_lexicon())
    assert {("p157-13", "p157-02"), ("p157-15", "p157-02")} <= builds_on(result)
    assert not {("p157-13", "p157-18"), ("p157-15", "p157-18")} & builds_on(result)


def test_a_cohort_named_in_a_tasks_words_is_presented() -> None:
    result = infer_corpus(
        [
            titled(
                "made",
                2015,
                None,
                "We established the Early Arthritis Detection (EARDET) cohort, a prospective cohort of 812 "
                "adults with inflammatory joint pain recruited in Leeds.",
            ),
            titled("user", 2019, None, "Data were drawn from the EARDET cohort; we modelled erosion."),
        ],
        shipped_lexicon(),
    )
    assert ("user", "made") in builds_on(result)


def test_a_name_in_a_later_sentence_of_a_structured_background_is_background() -> None:
    # film archiving (probe file 159): "Background: Evidence on film degradation comes almost entirely from
    # temperate collections. The European VANE survey, for example, sampled only archives with mean vault
    # temperatures below 20 °C ... Methods: We surveyed 2,460 acetate reels ..."
    result = infer_corpus(_probe_papers(159, "p159-33", "p159-41"), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()
    # (in another field, the name's own paper read as before)
    result = infer_corpus(
        [
            titled("made", 2012, "The HARLOW cohort: design", "We established the HARLOW cohort."),
            titled(
                "other",
                2020,
                None,
                "Background: Most evidence comes from cold climates. The HARLOW cohort, for instance, "
                "recruited in Norway. Methods: We followed 900 adults in Ghana. Results: Risk rose.",
            ),
        ],
        shipped_lexicon(),
    )
    assert ("made", "dataset:harlow") in introduces(result)
    assert builds_on(result) == set()


@pytest.mark.parametrize(
    ("first", "version", "user"),
    [
        # railway engineering (probe file 158): "Vehicle-track simulations with TRAVIS v2.0.3" is TRAVIS 2.0
        ("p158-17", "p158-30", "p158-32"),
        # sleep medicine (probe file 158): "recordings were processed with DesatTrack v2.1" is of DesatTrack
        # 2.0's line, not the first DesatTrack's
        ("p158-03", "p158-11", "p158-14"),
    ],
)
def test_a_later_release_of_a_known_version_is_that_version(first: str, version: str, user: str) -> None:
    result = infer_corpus(_probe_papers(158, first, version, user), shipped_lexicon())
    assert (user, version) in builds_on(result)
    assert (user, first) not in builds_on(result)


def test_a_release_of_the_first_named_with_its_number_beside_the_later_version_is_used() -> None:
    # wind energy (probe file 159): "simulations with HelixWake v1.3 and HelixWake 2.0, run by the present
    # authors" ran both
    result = infer_corpus(_probe_papers(159, "p159-19", "p159-26", "p159-29"), shipped_lexicon())
    assert {("p159-29", "p159-19"), ("p159-29", "p159-26")} <= builds_on(result)


def test_a_thing_of_which_no_version_exists_for_the_case_is_not_used() -> None:
    # sign language linguistics (probe file 158): "Because no version of SignRep-24 or of a comparable sign
    # repetition test exists for LIS, phonological processing was measured with a new set of 20 pseudosign
    # items"
    assert builds_on(infer_corpus(_probe_papers(158, "p158-38", "p158-44"), shipped_lexicon())) == set()


def test_a_cohort_that_enrolled_only_others_so_no_data_exist_is_not_used() -> None:
    # orthopaedic trauma (probe file 157): "the prospective cohort that collected ankle-specific
    # patient-reported outcomes after pilon fracture, CALIPER, enrolled only Nordic patients treated before
    # 2008, so no comparable data exist for older North American patients"
    result = infer_corpus(_probe_papers(157, "p157-01", "p157-14"), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


@pytest.mark.parametrize(
    ("number", "papers"),
    [
        # veterinary parasitology (probe file 159): "the downscaled WorldClim v1.4 surfaces" and "extracted
        # from WorldClim v2.1": releases of WorldClim
        (159, ("p159-10", "p159-16")),
        # sign language linguistics (probe file 158): "We used ASL-LEX, a lexical database of nearly 1,000
        # American Sign Language signs" and "values were obtained from ASL-LEX 2.0"
        (158, ("p158-42", "p158-45")),
        # railway engineering (probe file 158): "Using the Federal Railroad Administration (FRA) Rail
        # Equipment Accident/Incident database" and "Using the FRA Rail Equipment Accident/Incident database"
        (158, ("p158-18", "p158-24")),
        # sign language linguistics (probe file 158): "using the Corpus NGT (Crasborn et al., 2008)", "35
        # minutes from the Corpus NGT"
        (158, ("p158-34", "p158-35")),
        # film archiving (probe file 159): "cross-checked against the Timeline of Historical Film Colors
        # database", then "documented in the Timeline of Historical Film Colors"
        (159, ("p159-38", "p159-39")),
        # numismatics (probe file 157): "data from the Corpus of Early Medieval Coin Finds (EMC)" twice
        (157, ("p157-38", "p157-43")),
    ],
)
def test_papers_drawing_on_one_public_resource_however_it_is_written_share_it(
    number: int, papers: tuple[str, str]
) -> None:
    assert papers in shares(infer_corpus(_probe_papers(number, *papers), shipped_lexicon()))


def test_a_named_survey_the_paper_conducted_is_presented_and_a_test_it_conducted_is_not() -> None:
    result = infer_corpus(
        [
            titled(
                "ran",
                2010,
                "Condition of motion picture film in European archives",
                "We conducted the Vault Acetate and Nitrate Evaluation (VANE) survey in eleven archives.",
            ),
            titled("user", 2016, None, "We analysed 10,942 acetate reels from the VANE survey."),
            titled("gave", 2012, None, "We conducted the Timed Up and Go (TUG) test in 80 older adults."),
        ],
        shipped_lexicon(),
    )
    assert introduces(result) == {("ran", "dataset:vane")}
    assert builds_on(result) == {("user", "ran")}


@pytest.mark.parametrize(
    ("number", "presenter", "user", "name"),
    [
        # anaesthesiology (probe file 160): "Cohort profile: the Older-adult Delirium and Neurocognitive
        # outcomes (ODIN) cohort of elective non-cardiac surgery", its acronym past lowercase words
        (160, "p160-02", "p160-06", "dataset:odin"),
        # rheumatology (probe file 161): "The Catalan Longitudinal Database of Early Rheumatoid Arthritis
        # (CALDERA): design, baseline characteristics and ..."
        (161, "p161-01", "p161-06", "dataset:caldera"),
        # coastal geomorphology (probe file 160): "GravTag-3: active RFID tracers ...", whose abstract calls
        # it "the successor to our passive GravTag-2 system"
        (160, "p160-23", "p160-32", "method:gravtag-3"),
    ],
)
def test_a_title_presenting_a_study_or_a_teams_successor_introduces_it(
    number: int, presenter: str, user: str, name: str
) -> None:
    result = infer_corpus(_probe_papers(number, presenter, user), shipped_lexicon())
    assert (presenter, name) in introduces(result)
    assert (user, presenter) in builds_on(result)


@pytest.mark.parametrize(
    ("number", "user", "presenters"),
    [
        # Byzantine studies (probe file 160): "Dedicatory inscriptions were not used systematically, because
        # the expanded KTETOR 2.0 database does not include seal legends"
        (160, "p160-42", ("p160-33", "p160-37")),
        # urology (probe file 162): "however, the BOSS-12 was developed and validated exclusively in men and
        # includes prostate-related items, so the voiding subscale of the ICIQ-FLUTS was used"
        (162, "p162-07", ("p162-01",)),
        # Assyriology (probe file 162): "we were unable to apply 3D-based methods such as CuneiTrace to the
        # study of scribal hands"
        (162, "p162-48", ("p162-37",)),
    ],
)
def test_what_lacks_what_was_needed_was_made_for_others_or_could_not_be_applied_is_not_used(
    number: int, user: str, presenters: tuple[str, ...]
) -> None:
    result = infer_corpus(_probe_papers(number, user, *presenters), shipped_lexicon())
    assert not {edge for edge in builds_on(result) if edge[0] == user}


def test_data_named_in_apposition_with_the_are_shared() -> None:
    # anaesthesiology (probe file 160): "from VitalDB, the open-access intraoperative biosignal database of
    # Seoul National University Hospital", "from VitalDB, the open intraoperative biosignal database of ..."
    result = infer_corpus(_probe_papers(160, "p160-04", "p160-15"), shipped_lexicon())
    assert ("p160-04", "p160-15") in shares(result)


def test_a_name_of_a_model_and_of_data_run_with_in_a_sentence_is_the_model() -> None:
    # coastal geomorphology, two files read as one corpus: SANDPIPER an equilibrium shoreline model (probe
    # file 31) and SANDPIPER an archive of beach profiles (probe file 160); "Recovery was hindcast with
    # SANDPIPER" runs the model, as no one runs data
    papers = [*_probe_papers(31, "p31-38", "p31-40"), *_probe_papers(160, "p160-17")]
    result = infer_corpus(papers, shipped_lexicon())
    assert ("p31-40", "p31-38") in builds_on(result)
    assert ("p31-40", "p160-17") not in builds_on(result)


@pytest.mark.parametrize(
    ("number", "presenter", "user"),
    [
        # paediatric nephrology (probe file 163): "A composite Tubular And Leukocyte Urinary Score (TALUS) for
        # early detection of ...", whose abstract says "We developed a composite urinary score"
        (163, "p163-01", "p163-04"),
        # paediatric nephrology (probe file 163): "CysGro: a height-independent cystatin C equation for ..."
        (163, "p163-06", "p163-07"),
    ],
)
def test_a_title_naming_a_score_or_an_equation_the_paper_made_presents_it(
    number: int, presenter: str, user: str
) -> None:
    result = infer_corpus(_probe_papers(number, presenter, user), shipped_lexicon())
    assert (user, presenter) in builds_on(result)


def test_a_titled_second_release_with_its_article_is_that_release_and_the_first_release_the_first() -> None:
    # fusion plasma physics (probe file 164): "The second data release of TokaDis: ...", used "from the second
    # data release of TokaDis [9]" by a paper that also ran "the original root-cause labels of the first
    # TokaDis release [4]"
    result = infer_corpus(_probe_papers(164, "p164-21", "p164-27", "p164-30"), shipped_lexicon())
    assert {("p164-30", "p164-27"), ("p164-30", "p164-21")} <= builds_on(result)


def test_a_version_of_the_platform_we_introduced_builds_on_the_first() -> None:
    # aquaculture (probe file 164): "We describe PondSentinel 2.0, a redesign of the participatory
    # surveillance platform that we introduced for shrimp farmers in the Mekong Delta (Nguyen et al., 2015)"
    papers = _loaded_probe_papers(164, "p164-09", "p164-14")
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert (papers["p164-14"].id, papers["p164-09"].id) in builds_on(result)


def test_a_later_release_of_a_version_named_with_a_v_is_that_version() -> None:
    # atmospheric chemistry (probe file 165): "GEOS-Chem with CMTM v2.1", CMTM v2.0 presented so
    result = infer_corpus(_probe_papers(165, "p165-20", "p165-27", "p165-32"), shipped_lexicon())
    assert ("p165-32", "p165-27") in builds_on(result)
    assert ("p165-32", "p165-20") not in builds_on(result)


def test_a_letter_joined_to_a_word_names_no_data() -> None:
    # fusion plasma physics (probe file 164): "the multi-machine H-mode database" made "H-mode" data, shared
    # by every paper on H-mode plasmas
    result = infer_corpus(_probe_papers(164, "p164-19", "p164-20", "p164-24", "p164-28"), shipped_lexicon())
    assert shares(result) == set()


def test_a_typology_the_paper_did_not_adopt_is_not_used() -> None:
    # Old Norse philology (probe file 163): "We did not adopt the KENN-7 referent typology, which has been
    # criticised for ..."
    assert builds_on(infer_corpus(_probe_papers(163, "p163-40", "p163-48"), shipped_lexicon())) == set()


def test_an_acronym_of_letters_inside_a_long_form_with_in_the_names_the_cohort() -> None:
    # neonatology (probe file 166): "We established the Extremely Preterm Infants in the Baltic States
    # (EPIBALT) cohort" had made "Extremely Preterm Infants" a name, which "the Extremely Preterm Infants in
    # Sweden Study (EXPRESS)" of two other papers then used
    result = infer_corpus(_probe_papers(166, "p166-01", "p166-11", "p166-14"), shipped_lexicon())
    assert ("p166-01", "dataset:epibalt") in introduces(result)
    assert not {("p166-11", "p166-01"), ("p166-14", "p166-01")} & builds_on(result)


def test_data_that_does_not_capture_what_the_paper_studies_is_not_used() -> None:
    # Ottoman history (probe file 166): "The Fountain database of Balkan endowments, which ends in 1700 and
    # records few non-Muslim founders, does not capture these foundations"
    result = infer_corpus(_probe_papers(166, "p166-39", "p166-46"), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


def test_a_later_year_of_the_authors_just_cited_cites_their_later_paper() -> None:
    # Early Modern English (probe file 167): "Using the second release of the NEAH corpus (Whitfield et al.,
    # 2010, 2024)", the 2024 paper presenting that release
    papers = _loaded_probe_papers(167, "p167-34", "p167-47", "p167-48")
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert (papers["p167-48"].id, papers["p167-47"].id) in builds_on(result)


def test_a_measure_joined_to_its_unit_is_no_name() -> None:
    # offshore wind, two files read as one corpus: "we designed 8.5-m diameter monopiles" (probe file 139)
    # had made "8.5-m" a name, which "monopile positions with diameters of 7.5-8.5 m" (file 167) used
    papers = [*_probe_papers(139, "p139-28"), *_probe_papers(167, "p167-25")]
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == set()


def test_a_title_giving_the_design_of_a_long_named_cohort_presents_it() -> None:
    # paediatric allergy (probe file 171): "Design, recruitment and baseline characteristics of the Tasman
    # Infant Allergy Cohort (TIAC), a population-based birth cohort", whose data a prediction model used
    result = infer_corpus(_probe_papers(171, "p171-01", "p171-05"), shipped_lexicon())
    assert ("p171-01", "dataset:tiac") in introduces(result)
    assert builds_on(result) == {("p171-05", "p171-01")}


def test_an_aim_describing_a_cohorts_design_presents_it() -> None:
    # obstetric ultrasound (probe file 170): "Objective: To describe the design of the Biometry In Routine
    # Care of Healthy pregnancies (BIRCH) cohort and to construct ... reference charts"
    result = infer_corpus(_probe_papers(170, "p170-01", "p170-03"), shipped_lexicon())
    assert ("p170-01", "dataset:birch") in introduces(result)
    assert ("p170-03", "p170-01") in builds_on(result)
    assert shares(result) == {("p170-01", "p170-03")}


def test_a_release_numbered_in_its_title_is_the_release_its_users_name() -> None:
    # mine ventilation (probe file 171): "UCMED release 2: expanded coverage of longwall methane emissions"
    # and "estimated from ... panels in the second release of the UCMED database [11, 18]"
    result = infer_corpus(_probe_papers(171, "p171-17", "p171-28", "p171-29"), shipped_lexicon())
    assert ("p171-28", "dataset:ucmed-dr2") in introduces(result)
    assert ("p171-29", "p171-28") in builds_on(result)


def test_an_example_of_software_that_could_serve_past_its_version_is_not_used() -> None:
    # Latin palaeography (probe file 170): "recording this with dedicated ductus software such as DuctusLab
    # 2.0 could add a further dating criterion, and we intend to test this in future work"
    result = infer_corpus(_probe_papers(170, "p170-36", "p170-43", "p170-47"), shipped_lexicon())
    assert not {("p170-47", "p170-36"), ("p170-47", "p170-43")} & builds_on(result)


def test_a_maker_named_in_the_paper_is_the_person_not_the_data_named_after_him() -> None:
    # Latin palaeography (probe file 170): "Bischoff's catalogue of ninth-century manuscripts" in one paper,
    # "the range proposed by Bischoff" and "Bischoff's range" in another
    result = infer_corpus(_probe_papers(170, "p170-34", "p170-44"), shipped_lexicon())
    assert shares(result) == set()


def test_data_no_comparable_cohort_was_available_to_is_not_used() -> None:
    # malaria modelling (probe file 169): "Because no longitudinal cohort with linked entomological and
    # infection data comparable to the RMTC in Kenya was available for this population, ..."
    result = infer_corpus(_probe_papers(169, "p169-19", "p169-20", "p169-27"), shipped_lexicon())
    assert ("p169-27", "p169-19") not in builds_on(result)
    assert {pair for pair in shares(result) if "p169-27" in pair} == set()


def test_a_reference_collection_of_models_is_data_its_users_share() -> None:
    # Celtic philology (probe file 169): "Cloch-360: a reference collection of photogrammetric models of ogam
    # stones", used by two papers; a third's stones "are not part of Cloch-360"
    result = infer_corpus(_probe_papers(169, "p169-38", "p169-41", "p169-47", "p169-48"), shipped_lexicon())
    assert ("p169-38", "dataset:cloch-360") in introduces(result)
    assert {("p169-38", "p169-41"), ("p169-38", "p169-47"), ("p169-41", "p169-47")} <= shares(result)
    assert ("p169-48", "p169-38") not in builds_on(result)


def test_a_result_on_data_a_sentence_opens_with_names_the_data() -> None:
    # video generation (probe file 169): "On UCF-101 the model reaches a Fréchet Video Distance (FVD) of
    # 412", "a class-conditional FVD of 287 on UCF-101", "Class-conditional sanity checks on UCF-101 yield"
    result = infer_corpus(_probe_papers(169, "p169-01", "p169-05", "p169-10"), shipped_lexicon())
    assert {("p169-01", "p169-05"), ("p169-01", "p169-10"), ("p169-05", "p169-10")} <= shares(result)


def test_a_second_data_release_presented_is_data_its_users_share() -> None:
    # video generation (probe file 169): "ClipWeave-10M: Scaling Dense Video Captions to Ten Million Clips",
    # "We present ClipWeave-10M, the second data release of the ClipWeave family of ... datasets"
    result = infer_corpus(_probe_papers(169, "p169-02", "p169-11", "p169-12", "p169-16"), shipped_lexicon())
    assert ("p169-11", "dataset:clipweave-10m") in introduces(result)
    assert {("p169-11", "p169-12"), ("p169-11", "p169-16"), ("p169-12", "p169-16")} <= shares(result)


def test_the_original_run_beside_its_later_version_is_used_past_its_words() -> None:
    # malaria modelling (probe file 169): "The original, non-spatial AnoSim was run alongside" AnoSim 2.0
    result = infer_corpus(_probe_papers(169, "p169-17", "p169-25", "p169-30"), shipped_lexicon())
    assert {("p169-30", "p169-17"), ("p169-30", "p169-25")} <= builds_on(result)


def test_a_bare_first_release_number_names_the_first_beside_its_successor() -> None:
    # Celtic philology (probe file 169): "Models were compared with Gléas 1.4 and Gléas 2"
    result = infer_corpus(_probe_papers(169, "p169-35", "p169-42", "p169-46"), shipped_lexicon())
    assert {("p169-46", "p169-35"), ("p169-46", "p169-42")} <= builds_on(result)


def test_a_coined_acronym_its_title_spells_out_is_made_not_the_subject() -> None:
    # Latin palaeography (probe file 170): "SIGLA: scribal identification by graphetic letter analysis in
    # Carolingian minuscule", applied by a later paper
    result = infer_corpus(_probe_papers(170, "p170-35", "p170-38"), shipped_lexicon())
    assert ("p170-38", "p170-35") in builds_on(result)


def test_references_the_paper_therefore_did_not_apply_are_not_used() -> None:
    # obstetric ultrasound (probe file 170): "Published European references, such as the BIRCH charts, were
    # derived exclusively from populations living near sea level ...; we therefore did not apply them"
    result = infer_corpus(_probe_papers(170, "p170-01", "p170-04"), shipped_lexicon())
    assert ("p170-01", "dataset:birch") in introduces(result)
    assert builds_on(result) == set()
    assert shares(result) == set()


def test_examples_of_a_kind_described_by_how_they_were_made_are_not_used() -> None:
    # infection control (probe file 172): "Existing risk scores, including the LIMA score, were derived in
    # adults and include predictors ... irrelevant to neonates; none has been validated in NICUs"
    result = infer_corpus(_probe_papers(172, "p172-22", "p172-27"), shipped_lexicon())
    assert builds_on(result) == set()


def test_a_numbered_title_whose_abstract_names_the_earlier_release_presents_the_version() -> None:
    # infection control (probe file 172): "WardGraph 2: integrating genomic relatedness ..." and "We
    # previously released WardGraph", which a later paper "benchmarked against WardGraph 2"
    result = infer_corpus(_probe_papers(172, "p172-20", "p172-28", "p172-30"), shipped_lexicon())
    assert ("p172-28", "method:wardgraph-2") in introduces(result)
    assert ("p172-30", "p172-28") in builds_on(result)
    assert ("p172-30", "p172-20") not in builds_on(result)


def test_a_release_the_team_made_before_is_not_presented_again() -> None:
    # protein structure (probe file 172): "When we released OrphanSet-512 in 2019, the best available method
    # ..." of the team's paper re-evaluating predictors on it
    result = infer_corpus(_probe_papers(172, "p172-01", "p172-16"), shipped_lexicon())
    assert ("p172-16", "dataset:orphanset-512") not in introduces(result)
    assert ("p172-16", "p172-01") in builds_on(result)


def test_a_minor_release_of_a_version_named_by_its_major_is_that_version() -> None:
    # Old English poetry (probe file 173): "ScopMeter 2: word-foot analysis ..." ("The first version of
    # ScopMeter assigned ..."), then "scanned ... with ScopMeter v2.1 (de Vries et al., 2019)"
    result = infer_corpus(_probe_papers(173, "p173-36", "p173-43", "p173-44"), shipped_lexicon())
    assert ("p173-44", "p173-43") in builds_on(result)
    assert ("p173-44", "p173-36") not in builds_on(result)


def test_a_database_for_studying_a_subject_is_data_and_its_version_is_its_own() -> None:
    # Old English poetry (probe file 173): "HWAET: a half-line database for the metrical study of Old English
    # verse", used by two papers; "HWAET 2: manuscript-linked metrical annotation of ...", whose abstract
    # says "Since its release in 2007, the HWAET database ..."
    papers = _loaded_probe_papers(173, "p173-34", "p173-36", "p173-37", "p173-47")
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    ids = {paper.id: pid for pid, paper in papers.items()}
    assert (papers["p173-34"].id, "dataset:hwaet") in introduces(result)
    shared = {tuple(sorted((ids[a], ids[b]))) for a, b in shares(result)}
    assert {("p173-34", "p173-36"), ("p173-34", "p173-37"), ("p173-36", "p173-37")} <= shared
    assert (papers["p173-47"].id, papers["p173-34"].id) in builds_on(result)


def test_data_named_beside_a_ranking_metric_at_its_cutoff_is_used() -> None:
    # recommender systems (probe file 174): "leakage inflated NDCG@10 by up to 38% on MovieLens-1M",
    # "(NDCG@10 0.212 vs 0.198 on MovieLens-1M)", "re-evaluated eight algorithms ... on MovieLens-1M"
    result = infer_corpus(_probe_papers(174, "p174-35", "p174-39", "p174-44"), shipped_lexicon())
    assert {("p174-35", "p174-39"), ("p174-35", "p174-44"), ("p174-39", "p174-44")} <= shares(result)


def test_data_given_as_examples_of_what_a_field_has_in_general_are_not_used() -> None:
    # recommender systems (probe file 174): "Public benchmarks for recommender systems are dominated by
    # explicit ratings of media items, such as MovieLens and the Netflix Prize data, whereas ..."
    result = infer_corpus(_probe_papers(174, "p174-33", "p174-35"), shipped_lexicon())
    assert ("p174-33", "p174-35") not in shares(result)


def test_a_noun_another_presenter_uses_too_does_not_choose_between_two_things_of_one_name() -> None:
    # a kidney transplant cohort (probe file 174, "The Transplant Recipient Longitudinal Linked Immunology
    # Study (TRELLIS): design, ... of a prospective multicentre kidney transplant cohort") and a colon cancer
    # cohort (file 73, "... Initial Results From the TRELLIS Cohort"): "donor-recipient pairs from the
    # TRELLIS cohort" is the transplant one
    papers = [*_probe_papers(73, "p73-01"), *_probe_papers(174, "p174-01", "p174-09")]
    result = infer_corpus(papers, shipped_lexicon())
    assert ("p174-09", "p174-01") in builds_on(result)
    assert ("p174-09", "p73-01") not in builds_on(result)


def test_the_first_edition_and_the_first_cited_by_its_paper_are_the_first() -> None:
    # mining (probe file 118): "We combined the first edition of the Bowen Basin Roof Fall Database ... with
    # the second edition, BRFD v2"; cardiac surgery (file 128): "PERFUSE-2 (Brennan et al., 2018), its
    # predecessor PERFUSE (Okafor et al., 2014)"; hydrogen storage (file 154): "entries of the original
    # HydrideBank [12] together with ... HydrideBank 2.0 [18]"
    result = infer_corpus(_probe_papers(118, "p118-18", "p118-25", "p118-31"), shipped_lexicon())
    assert {("p118-31", "p118-18"), ("p118-31", "p118-25")} <= builds_on(result)
    result = infer_corpus(_probe_papers(128, "p128-06", "p128-11", "p128-14"), shipped_lexicon())
    assert {("p128-14", "p128-06"), ("p128-14", "p128-11")} <= builds_on(result)
    result = infer_corpus(_probe_papers(154, "p154-18", "p154-27", "p154-30"), shipped_lexicon())
    assert {("p154-30", "p154-18"), ("p154-30", "p154-27")} <= builds_on(result)


def test_a_model_named_as_the_subject_of_others_criticism_is_not_used() -> None:
    # cricket analytics (probe file 177): "WinCast has been criticised for ignoring venue and toss effects,
    # which can be substantial ...", of a paper that then develops its own model
    result = infer_corpus(_probe_papers(177, "p177-37", "p177-39"), shipped_lexicon())
    assert builds_on(result) == set()


def test_a_screen_a_title_derives_is_an_instrument() -> None:
    # ambulance dispatch (probe file 176): "Derivation of the 5-item Dispatch Stroke Screen (DSS-5) for
    # emergency medical call-takers"
    result = infer_corpus(_probe_papers(176, "p176-19"), shipped_lexicon())
    assert ("p176-19", "method:dss-5") in introduces(result)


def test_what_examples_of_a_kind_do_past_their_citation_is_said_of_others() -> None:
    # driving perception (probe file 175): "winter-oriented datasets such as NordDrive [7] focus on
    # precipitation and polar darkness but include no tunnel scenes at all"; pharmacoepidemiology (file
    # 138): "published reference sets such as WILLOW (Brennan et al., 2012) target spontaneous-report signal
    # detection", cited by its authors and year
    result = infer_corpus(_probe_papers(175, "p175-01", "p175-04"), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()
    papers = _loaded_probe_papers(138, "p138-04", "p138-16")
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert (papers["p138-16"].id, papers["p138-04"].id) not in builds_on(result)


def test_a_long_form_with_its_noun_in_lowercase_before_its_acronym_is_developed() -> None:
    # pelvic floor physiotherapy (probe file 175): "Development and validation of the Self-Efficacy for Pelvic
    # Floor Exercise scale (SEPFE-12)", whose users write "SEPFE-12" and "the 12-item Self-Efficacy for Pelvic
    # Floor Exercise scale"
    result = infer_corpus(_probe_papers(175, "p175-19", "p175-27", "p175-31"), shipped_lexicon())
    assert ("p175-19", "method:sepfe-12") in introduces(result)
    assert {("p175-27", "p175-19"), ("p175-31", "p175-19")} <= builds_on(result)


def test_a_title_saying_what_a_tool_detects_names_no_data() -> None:
    # language-model evaluation (probe file 178): "ContamiScope: Detecting Benchmark Contamination in
    # Pretraining Corpora", a toolkit two papers apply
    result = infer_corpus(_probe_papers(178, "p178-02", "p178-05", "p178-06"), shipped_lexicon())
    assert ("p178-02", "method:contamiscope") in introduces(result)
    assert ("p178-02", "p178-06") not in shares(result)


def test_examples_doing_something_past_a_clause_of_their_own_are_not_used() -> None:
    # Japanese literature (probe file 179): "existing digital corpora of the era, such as TMFC, which covers
    # general-interest and literary magazines, exclude them by design"
    result = infer_corpus(_probe_papers(179, "p179-39", "p179-40", "p179-43"), shipped_lexicon())
    assert ("p179-43", "p179-39") not in builds_on(result)
    assert ("p179-39", "p179-40") in shares(result)
    assert {pair for pair in shares(result) if "p179-43" in pair} == set()


def test_data_other_studies_have_relied_on_is_not_used() -> None:
    # Japanese literature (probe file 179): "Quantitative studies of modern Japanese literature have largely
    # relied on canonical works of the kind made freely available by Aozora Bunko, leaving ... unexamined"
    result = infer_corpus(_probe_papers(179, "p179-36", "p179-37", "p179-38", "p179-39"), shipped_lexicon())
    assert ("p179-36", "p179-37") in shares(result)
    assert {pair for pair in shares(result) if "p179-39" in pair} == set()


def test_an_update_of_the_toolkit_we_released_is_its_later_version() -> None:
    # Japanese literature (probe file 179): "We present BuntaiScope 2.0, a major update of the stylometric
    # toolkit we released in 2011"
    papers = _loaded_probe_papers(179, "p179-36", "p179-45")
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert (papers["p179-45"].id, papers["p179-36"].id) in builds_on(result)


def test_what_a_title_calls_a_panel_stays_with_the_name_its_abstract_introduces() -> None:
    # bankruptcy prediction (probe file 180): "The Nordic SME Insolvency Panel: a harmonised dataset of
    # financial statements ..." and "We introduce the Nordic SME Insolvency Panel (NSIP), which links ..."
    result = infer_corpus(_probe_papers(180, "p180-36", "p180-37", "p180-43"), shipped_lexicon())
    assert ("p180-36", "dataset:nsip") in introduces(result)
    assert ("p180-36", "p180-37") in shares(result)


def test_data_the_papers_own_items_are_not_among_is_not_used() -> None:
    # speech recognition (probe file 181): "Sesotho is not among the languages of the BantuVox-200 corpus; in
    # future work we plan to ..."
    result = infer_corpus(_probe_papers(181, "p181-09", "p181-10", "p181-14"), shipped_lexicon())
    assert ("p181-14", "p181-09") not in builds_on(result)
    assert {pair for pair in shares(result) if "p181-14" in pair} == set()


def test_a_word_in_title_case_before_a_common_nouns_words_names_no_source() -> None:
    # Ottoman tax registers (probe file 183): "a database of settlements and revenues drawn from Ottoman
    # mufassal tahrir registers" had made "Ottoman" data that every paper on Ottoman history shared
    result = infer_corpus(_probe_papers(183, "p183-35", "p183-37", "p183-43", "p183-44"), shipped_lexicon())
    assert not any("ottoman" in entity for entity in result.entities)
    assert shares(result) == set()


def test_an_acronym_a_paper_presents_as_another_thing_is_no_alias_of_discovered_data() -> None:
    # coral reefs and point clouds (probe file 183): "the Seychelles Patch Reef Census (SPARC)" of a reef
    # survey, and SPARC, the point-cloud network paper p183-01 presents, which p183-05 uses
    result = infer_corpus(_probe_papers(183, "p183-01", "p183-05", "p183-21"), shipped_lexicon())
    assert ("p183-05", "p183-21") not in shares(result)
    assert ("p183-05", "p183-01") in builds_on(result)


def test_an_example_of_what_a_study_would_need_is_not_used() -> None:
    # transit ridership (probe file 184): "separating these margins would require individual-level panels
    # such as Stockholm's TAPS, which do not exist for US agencies"
    result = infer_corpus(_probe_papers(184, "p184-18", "p184-20", "p184-24"), shipped_lexicon())
    assert ("p184-24", "p184-18") not in builds_on(result)
    assert ("p184-18", "p184-20") in shares(result)
    assert {pair for pair in shares(result) if "p184-24" in pair} == set()


def test_those_of_a_kind_that_use_a_thing_are_examples_of_the_kind() -> None:
    # language phylogenetics (probe file 186): "Most such studies, including those using TraitWeaver,
    # condition on a fixed sample of trees inferred from lexical data; this two-step approach has been
    # criticised"
    result = infer_corpus(_probe_papers(186, "p186-39", "p186-46"), shipped_lexicon())
    assert builds_on(result) == set()


def test_a_long_form_set_beside_a_coined_name_is_its_alias_and_the_next_apposition_its_kind() -> None:
    # wastewater surveillance (probe file 187): "We present DANUBE-WW, the Danube Basin Wastewater
    # Surveillance panel, a harmonised dataset of ..."; another paper writes "data from the Danube Basin
    # Wastewater Surveillance panel [8]", another "data from the DANUBE-WW panel"
    result = infer_corpus(_probe_papers(187, "p187-21", "p187-23", "p187-27"), shipped_lexicon())
    assert ("p187-21", "dataset:danube-ww") in introduces(result)
    assert ("p187-27", "p187-21") in builds_on(result)
    assert {("p187-21", "p187-23"), ("p187-21", "p187-27"), ("p187-23", "p187-27")} <= shares(result)


def test_an_agencys_capitals_before_the_name_an_acronym_spells_are_not_the_name() -> None:
    # wastewater surveillance (probe file 187): "RSV data from the US National Wastewater Surveillance System
    # (NWSS)", which other papers write with "CDC" before it or nothing
    result = infer_corpus(_probe_papers(187, "p187-22", "p187-31", "p187-32"), shipped_lexicon())
    assert {("p187-22", "p187-31"), ("p187-22", "p187-32"), ("p187-31", "p187-32")} <= shares(result)


def test_an_acronym_spells_a_long_form_read_past_from_and_an_attribution_defines_nothing() -> None:
    # wastewater surveillance (probe file 187): "We developed Population Estimation from Hydrochemical Markers
    # (PEHM)"; a user writes "the hydrochemical-marker method of Kaur and colleagues (PEHM) [11]", which says
    # whose the method is, not that PEHM is another thing
    result = infer_corpus(_probe_papers(187, "p187-18", "p187-24"), shipped_lexicon())
    assert ("p187-18", "method:pehm") in introduces(result)
    assert ("p187-24", "p187-18") in builds_on(result)


def test_items_of_data_before_a_short_acronym_say_it_is_the_data() -> None:
    # Byzantine seals (probe file 187): "Drawing on the 1,148 specimens of the KSC (Vasilaki et al., 2007)"
    result = infer_corpus(_probe_papers(187, "p187-33", "p187-34"), shipped_lexicon())
    assert ("p187-34", "p187-33") in builds_on(result)
    assert ("p187-33", "p187-34") in shares(result)


def test_what_has_been_criticised_for_example_is_not_used() -> None:
    # offline reinforcement learning (probe file 189): "SPRAT, for example, has been criticised for being
    # overly conservative when ..."
    result = infer_corpus(_probe_papers(189, "p189-05", "p189-11"), shipped_lexicon())
    assert builds_on(result) == set()


def test_a_scale_because_it_was_made_only_for_others_is_not_used() -> None:
    # paediatric herbal medicine (probe file 189): "Because the SQDS-12 was developed and validated only in
    # adults and relies on self-report, spleen-deficiency severity was rated by physicians with ..."
    result = infer_corpus(_probe_papers(189, "p189-21", "p189-23"), shipped_lexicon())
    assert builds_on(result) == set()


def test_what_a_fields_methods_have_been_developed_on_is_not_used_after_a_heading_either() -> None:
    # offline reinforcement learning (probe file 189): "Discussion: Most offline reinforcement learning
    # methods have been developed on robotics or logistics benchmarks such as D4RL and PALLET-1M, whose ...
    # differ markedly from ...; our findings suggest ..."
    result = infer_corpus(_probe_papers(189, "p189-01", "p189-02", "p189-04"), shipped_lexicon())
    assert ("p189-02", "p189-01") in builds_on(result)
    assert ("p189-04", "p189-01") not in builds_on(result)
    assert {pair for pair in shares(result) if "p189-04" in pair} == set()


def test_a_version_number_closes_the_name_of_data() -> None:
    # saga networks (probe file 188): "ties were extracted from Vensl 2.0 for Íslendinga saga, ..." names
    # Vensl 2.0, not a "Vensl 2.0 for Íslendinga"
    result = infer_corpus(_probe_papers(188, "p188-43", "p188-46"), shipped_lexicon())
    assert ("p188-46", "p188-43") in builds_on(result)


def test_series_of_an_archive_and_items_from_a_collection_are_its_data() -> None:
    # anomaly detection and orthodontics (probe file 188): "the 250 series of the UCR Time Series Anomaly
    # Archive"; "cephalograms of 412 untreated subjects from the AAOF Craniofacial Growth Legacy Collection"
    result = infer_corpus(_probe_papers(188, "p188-09", "p188-14", "p188-25", "p188-30"), shipped_lexicon())
    assert {("p188-09", "p188-14"), ("p188-25", "p188-30")} <= shares(result)


def test_what_the_paper_did_not_combine_its_method_with_is_not_used() -> None:
    # feature engineering (probe file 102): "We did not combine the loop with multi-fidelity tuners such as
    # SHARD, and leave the interaction ... to future work"
    result = infer_corpus(_probe_papers(102, "p102-04", "p102-09", "p102-14"), shipped_lexicon())
    assert ("p102-09", "p102-04") in builds_on(result)
    assert ("p102-14", "p102-04") not in builds_on(result)


def test_the_centre_of_an_agency_whose_repository_holds_many_datasets_is_not_one() -> None:
    # prognostics (probe file 78): turbofan data "available from the NASA Prognostics Center of Excellence
    # (PCoE) data repository" and "the NASA Ames Prognostics Center of Excellence (PCoE) battery aging data"
    result = infer_corpus(_probe_papers(78, "p78-13", "p78-26"), shipped_lexicon())
    assert shares(result) == set()


def test_a_graph_of_records_a_paper_presents_is_data() -> None:
    # fraud detection (probe file 191): "LedgerWeave-1M: an anonymised interbank transaction graph with
    # investigator-confirmed money-laundering labels", which other papers evaluate on
    result = infer_corpus(_probe_papers(191, "p191-02", "p191-03", "p191-08"), shipped_lexicon())
    assert ("p191-02", "dataset:ledgerweave-1m") in introduces(result)
    assert {("p191-02", "p191-03"), ("p191-02", "p191-08")} <= shares(result)


def test_a_database_made_from_records_and_a_named_series_are_data() -> None:
    # Joseon records (probe file 191): "HOJEOK-Link: a linked individual-level database from the Danseong
    # household registers"; "The resulting Seoul Chugugi Precipitation Series (SCPS) provides daily totals"
    papers = _probe_papers(191, "p191-33", "p191-34", "p191-35", "p191-41")
    result = infer_corpus(papers, shipped_lexicon())
    assert {("p191-34", "dataset:hojeok-link"), ("p191-33", "dataset:scps")} <= introduces(result)
    assert {("p191-34", "p191-35"), ("p191-33", "p191-41")} <= shares(result)


def test_what_a_clause_opening_with_on_improves_a_score_on_is_data() -> None:
    # fraud detection (probe file 191): "...; on T-Finance, it improves the AUC-PR of BWGNN from 0.861 to
    # 0.889", "On T-Finance, treated as a static snapshot, PALISADE-T performs on par"
    result = infer_corpus(_probe_papers(191, "p191-10", "p191-15", "p191-16"), shipped_lexicon())
    assert {("p191-10", "p191-15"), ("p191-15", "p191-16")} <= shares(result)


def test_a_source_name_ends_before_a_preposition_its_dates_follow() -> None:
    # avian influenza (probe file 191): "reports ... extracted from the FAO Global Animal Disease Information
    # System (EMPRES-i) for January 2005 to December 2013"
    text = (
        "We analysed 2,411 reports of H5N1 in wild birds extracted from the FAO Global Animal Disease "
        "Information System (EMPRES-i) for January 2005 to December 2013."
    )
    from paperkg.inference.datasets import dataset_cues
    from paperkg.inference.extract import record_text

    names = {cue.name for cue in dataset_cues(record_text("p", "", text))}
    assert names == {"FAO Global Animal Disease Information System"}


def test_units_of_the_original_design_beside_a_later_version_are_used() -> None:
    # volcanic gas (probe file 190): "we operated two GASPAR units of the original design (Quesada et al.,
    # 2009) and one GASPAR-2 station (Arrieta et al., 2018)"
    result = infer_corpus(_probe_papers(190, "p190-17", "p190-25", "p190-31"), shipped_lexicon())
    assert {("p190-31", "p190-17"), ("p190-31", "p190-25")} <= builds_on(result)


def test_a_station_planned_that_could_not_be_installed_is_not_used() -> None:
    # volcanic gas (probe file 190): "a GASPAR-2 station was planned for the crater rim but could not be
    # installed because of security restrictions"
    result = infer_corpus(_probe_papers(190, "p190-17", "p190-25", "p190-29"), shipped_lexicon())
    assert ("p190-29", "p190-25") not in builds_on(result)


def test_data_that_covers_only_others_and_could_not_be_used_is_not_used() -> None:
    # Sanskrit grammar (probe file 190): "DhaVaR covers only recensions of the Paninian Dhatupatha and could
    # therefore not be used for the Candra list; we compiled a new list"
    result = infer_corpus(_probe_papers(190, "p190-37", "p190-39", "p190-44"), shipped_lexicon())
    assert ("p190-44", "p190-37") not in builds_on(result)
    assert ("p190-37", "p190-39") in shares(result)
    assert {pair for pair in shares(result) if "p190-44" in pair} == set()


def test_the_second_generation_of_our_sensor_is_its_later_version() -> None:
    # hand therapy (probe file 192): "We describe SplintSense 2, the second generation of our sensor for
    # objective monitoring of orthosis wear"
    papers = _loaded_probe_papers(192, "p192-22", "p192-27")
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert (papers["p192-27"].id, papers["p192-22"].id) in builds_on(result)


def test_a_release_titled_by_its_number_is_named_by_the_acronym_its_abstract_gives() -> None:
    # Persian manuscripts (probe file 192): "The Divan Manuscript Census, second release: ..." and "the
    # second data release of the Divan Manuscript Census (DMC 2)"; a user "using its second release (DMC 2)"
    result = infer_corpus(_probe_papers(192, "p192-33", "p192-42", "p192-45"), shipped_lexicon())
    assert ("p192-45", "p192-42") in builds_on(result)


def test_two_papers_starting_from_weights_learnt_on_a_dataset_share_no_data() -> None:
    # satellite imagery (probe file 193): "ImageNet initialisation and training from scratch served as
    # references", "compared with ... 0.67 for an ImageNet-initialised encoder": each uses ImageNet, through
    # weights others learnt from it, and the two share no data
    result = infer_corpus(_probe_papers(193, "p193-04", "p193-12"), shipped_lexicon())
    used = {(e.source, e.target) for e in result.edges if e.kind is EdgeKind.USES_DATASET}
    assert {("p193-04", "dataset:imagenet"), ("p193-12", "dataset:imagenet")} <= used
    assert shares(result) == set()


def test_a_numbered_title_whose_abstract_says_what_the_version_does_is_the_papers_own() -> None:
    # Greek epigraphy (probe file 193): "Stoichos 2: neural restoration and palaeographic dating of Attic
    # inscriptions", "Stoichos (Bellandi et al., 2014) restored lacunae ...", "Stoichos 2 replaces the n-gram
    # model with a transformer"; a user "fine-tuned Stoichos 2"
    result = infer_corpus(_probe_papers(193, "p193-38", "p193-43", "p193-46"), shipped_lexicon())
    assert ("p193-43", "method:stoichos-2") in introduces(result)
    assert ("p193-46", "p193-43") in builds_on(result)
    assert ("p193-46", "p193-38") not in builds_on(result)


def test_a_release_number_ending_a_sentence_names_its_version() -> None:
    # childhood cancer survivors (probe file 193): "... predicted with the clinical-only mode of AnthraCalc
    # v2.0.3." of AnthraCalc 2.0
    result = infer_corpus(_probe_papers(193, "p193-19", "p193-28", "p193-29"), shipped_lexicon())
    assert ("p193-29", "p193-28") in builds_on(result)


def test_a_cohort_set_up_for_a_purpose_is_named_with_its_noun() -> None:
    # tuberculosis (probe file 195): "We established the Siyaphila cohort to describe treatment response";
    # another paper's "Siyaphila: a peer-led support group model" is another thing
    from paperkg.inference.extract import find_introduced, record_text

    result = infer_corpus(_probe_papers(195, "p195-17", "p195-19", "p195-22"), shipped_lexicon())
    assert ("p195-19", "p195-17") in builds_on(result)
    assert ("p195-17", "p195-19") in shares(result)
    assert not any("p195-22" in pair for pair in builds_on(result) | shares(result))
    # (named with its noun, as a corpus gathered from its sources is: "We assembled the Quorum corpus from")
    for text, name in (
        ("We established the Siyaphila cohort to describe treatment response.", "Siyaphila Cohort"),
        ("We assembled the Quorum corpus from publicly webcast sessions of 41 councils.", "Quorum Corpus"),
    ):
        assert [i.name for i in find_introduced(record_text("p", "", text))] == [name]


def test_data_given_as_the_reason_for_what_it_covers_alone_is_not_used() -> None:
    # Byzantine chant (probe file 195): "Because the MELOS corpus covers only the traditional sticheraric and
    # heirmologic repertories and none of the kalophonic sources, we transcribed ..."
    result = infer_corpus(_probe_papers(195, "p195-33", "p195-45"), shipped_lexicon())
    assert builds_on(result) == set()


def test_data_named_in_a_place_a_contrast_sets_apart_is_not_used() -> None:
    # dairy welfare (probe file 194): "Unlike the Netherlands, where trimming records are pooled nationally
    # in HoofPrint, no comparable database was available for Quebec herds"
    result = infer_corpus(_probe_papers(194, "p194-19", "p194-26"), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


def test_what_was_drawn_from_a_short_acronym_is_its_data() -> None:
    # bronze inscriptions (probe file 194): "using person and office annotations drawn from the CMC (Li et
    # al., 2009)"
    result = infer_corpus(_probe_papers(194, "p194-34", "p194-37"), shipped_lexicon())
    assert ("p194-37", "p194-34") in builds_on(result)


def test_a_citation_of_both_versions_after_the_name_is_of_the_first_too() -> None:
    # bronze inscriptions (probe file 194): "We extend LunarFit (Wang et al., 2006; 2011)"
    papers = _loaded_probe_papers(194, "p194-33", "p194-35", "p194-48")
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert (papers["p194-48"].id, papers["p194-33"].id) in builds_on(result)


def test_what_an_analysis_would_be_possible_with_is_not_used() -> None:
    # public finance (probe file 125): "A comparable analysis of Kenyan local authorities would be possible
    # with the KESTREL ledger, but no equivalent harmonised dataset exists for Uganda"
    result = infer_corpus(_probe_papers(125, "p125-33", "p125-35", "p125-39"), shipped_lexicon())
    assert ("p125-39", "p125-33") not in builds_on(result)


def test_a_first_version_cited_by_a_year_after_its_authors_without_a_comma_is_used() -> None:
    # saga transmission (probe file 163): "for comparison we also ran the tree-based original StemmaForge
    # (Claes, Gudmundsdottir and Marchand 2010)", beside StemmaForge v2.1
    papers = _loaded_probe_papers(163, "p163-37", "p163-45", "p163-47")
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert {(papers["p163-47"].id, papers["p163-37"].id), (papers["p163-47"].id, papers["p163-45"].id)} <= (
        builds_on(result)
    )


def test_a_citation_finds_a_first_author_written_family_name_first() -> None:
    # bronze inscriptions (probe file 194) among migration demography (file 132): "We extend LunarFit (Wang et
    # al., 2006; 2011)" of papers by "Wang Jianhua", not a 2011 paper by a "Jun Wang" on hukou migration
    papers = _loaded_probe_papers(194, "p194-33", "p194-35", "p194-48") | _loaded_probe_papers(132, "p132-35")
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert (papers["p194-48"].id, papers["p194-35"].id) in builds_on(result)
    assert not any(papers["p132-35"].id in pair for pair in builds_on(result))


def test_a_title_giving_a_cohorts_design_and_first_year_outcomes_presents_it() -> None:
    # hip fracture (probe file 196): "Functional trajectories after hip fracture: design and first-year
    # outcomes of the OSTRA cohort"; a user "Using data from the OSTRA cohort"
    result = infer_corpus(_probe_papers(196, "p196-17", "p196-21"), shipped_lexicon())
    assert ("p196-17", "dataset:ostra") in introduces(result)
    assert ("p196-21", "p196-17") in builds_on(result)


def test_a_paper_describing_the_next_of_a_named_cohort_presents_it() -> None:
    # hip fracture (probe file 196): "We describe OSTRA-2, the second OSTRA cohort, established to examine
    # ..."; a user "using data from OSTRA-2" builds on that paper, not on the first cohort's
    papers = _loaded_probe_papers(196, "p196-17", "p196-27", "p196-32")
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert (papers["p196-32"].id, papers["p196-27"].id) in builds_on(result)
    assert (papers["p196-32"].id, papers["p196-17"].id) not in builds_on(result)


def test_what_could_not_be_graded_with_tools_such_as_a_score_is_not_used() -> None:
    # neonatal jaundice (probe file 197): "Because the registers lack bedside clinical signs, severity could
    # not be graded with clinical tools such as HyBRiD-5"
    result = infer_corpus(_probe_papers(197, "p197-22", "p197-29"), shipped_lexicon())
    assert builds_on(result) == set()


def test_data_a_clause_opening_with_whereas_names_is_not_used() -> None:
    # Hakka dialects (probe file 197): "These varieties are also poorly documented: whereas the MHSC provides
    # a spoken corpus for Meixian, no comparable recordings exist for the Huiyang-type dialects"
    result = infer_corpus(_probe_papers(197, "p197-37", "p197-38"), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


def test_data_considered_that_could_not_be_used_is_not_used() -> None:
    # speech synthesis (probe file 199): "The Finnish subset of PolyLect-12 was considered as training data
    # but could not be used because its licence excludes commercial deployment"
    result = infer_corpus(_probe_papers(199, "p199-01", "p199-05", "p199-11"), shipped_lexicon())
    assert ("p199-05", "p199-01") in builds_on(result)
    assert ("p199-11", "p199-01") not in builds_on(result)
    assert {pair for pair in shares(result) if "p199-11" in pair} == set()


def test_a_trial_whose_finding_a_sentence_opens_with_is_not_used() -> None:
    # sepsis (probe file 201): "The randomised FLUXUS trial found no mortality benefit from ultrasound-guided
    # fluid restriction, and it remains unclear whether particular subgroups are harmed"
    result = infer_corpus(_probe_papers(201, "p201-23", "p201-26", "p201-27"), shipped_lexicon())
    assert ("p201-27", "p201-23") in builds_on(result)
    assert ("p201-26", "p201-23") not in builds_on(result)
    assert {pair for pair in shares(result) if "p201-26" in pair} == set()


def test_what_the_paper_hopes_to_adapt_in_future_is_not_used() -> None:
    # Qing legal records (probe file 201): "in future we hope to adapt pipelines such as TibenParse, designed
    # for Chinese memorials, to the Manchu corpus"
    result = infer_corpus(_probe_papers(201, "p201-40", "p201-45"), shipped_lexicon())
    assert builds_on(result) == set()


def test_a_chemical_formula_names_no_data() -> None:
    # gravitational waves (probe file 201): "simulated signals ... in Gaussian noise drawn from O3 power
    # spectral densities" had made the third observing run's "O3" data every paper naming the run shared (and
    # would every paper on ozone)
    papers = _probe_papers(201, "p201-05", "p201-07", "p201-09", "p201-14")
    result = infer_corpus(papers, shipped_lexicon())
    assert not any(entity.endswith(":o3") for entity in result.entities)


def test_an_example_in_the_reason_given_for_doing_without_is_not_used() -> None:
    # Andean textiles (probe file 203): "Thread counts were recorded manually, since automated image-based
    # counting such as TwineScan depends on colour contrast that carbonised surfaces lack"
    result = infer_corpus(_probe_papers(203, "p203-36", "p203-48"), shipped_lexicon())
    assert builds_on(result) == set()


def test_an_example_of_a_kind_that_cannot_do_what_is_needed_is_not_used() -> None:
    # Kunqu opera (probe file 204): "Oral history collections such as SKOHC document performers' recollections
    # of how they were taught, but memory cannot measure what was actually done on stage"
    result = infer_corpus(_probe_papers(204, "p204-33", "p204-48"), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


def test_a_place_and_a_span_of_years_after_a_name_cite_no_maker() -> None:
    # perinatal depression (probe file 205): "the Birth and Early Mood cohort (Sweden, 2008-2010; n =
    # 2,891)" had read "Sweden" as the surname of another maker of another thing so named
    papers = _loaded_probe_papers(205, "p205-17", "p205-31")
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert (papers["p205-31"].id, papers["p205-17"].id) in builds_on(result)
    assert shares(result) == {tuple(sorted((papers["p205-17"].id, papers["p205-31"].id)))}


def test_a_scale_not_yet_translated_for_the_papers_people_is_not_used() -> None:
    # perinatal depression (probe file 205): "The RADI-7, for example, had not been translated into Amharic or
    # validated in the Horn of Africa, so we evaluated the Patient Health Questionnaire-9 (PHQ-9)"
    result = infer_corpus(_probe_papers(205, "p205-19", "p205-24"), shipped_lexicon())
    assert builds_on(result) == set()


def test_a_database_compiled_from_counted_trials_is_data() -> None:
    # crop yields (probe file 206): "We compiled the West African Fertilizer Field Trials (WAFFT) database
    # from 1,842 trials" had made WAFFT a method, which no two papers share
    result = infer_corpus(_probe_papers(206, "p206-17", "p206-19", "p206-26"), shipped_lexicon())
    assert result.entities["dataset:wafft"].kind == "dataset"
    assert shares(result) == {("p206-17", "p206-19"), ("p206-17", "p206-26"), ("p206-19", "p206-26")}


def test_a_word_the_text_names_a_period_by_names_no_data() -> None:
    # Chinese classical poetry (probe file 207): "a record of the Tang dynasty's military expansion ... across
    # the full Tang corpus" had made "Tang" data that every paper on Tang poetry shared
    papers = _probe_papers(207, "p207-36", "p207-37", "p207-45")
    result = infer_corpus(papers, shipped_lexicon())
    assert not any(entity.endswith(":tang") for entity in result.entities)
    assert shares(result) == set()


def test_counted_texts_from_a_named_collection_are_its_data() -> None:
    # Chinese classical poetry (probe file 207): "2,000 poems sampled from the Quan Tangshi (Complete Tang
    # Poems), ToneMeter assigned ...", "48,900 shi poems from the Quan Tangshi", "6,342 exchange poems ... in
    # the Quan Tangshi"; ToneMeter, after the aside, opens the next clause and is no data
    result = infer_corpus(_probe_papers(207, "p207-33", "p207-35", "p207-37"), shipped_lexicon())
    assert "dataset:tonemeter" not in result.entities
    assert shares(result) == {("p207-33", "p207-35"), ("p207-33", "p207-37"), ("p207-35", "p207-37")}


def test_an_example_of_a_kind_said_not_to_fit_is_not_used_nor_its_name_again_in_the_sentence() -> None:
    # network meta-analysis (probe file 204): "because empirical priors derived from intervention networks,
    # such as those based on the CONNER database, are not transferable to accuracy data: CONNER excludes
    # diagnostic test accuracy networks entirely" (the second mention explains the first)
    result = infer_corpus(_probe_papers(204, "p204-05", "p204-13"), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


def test_an_acronym_a_paper_spells_out_in_lowercase_words_is_a_term_not_data() -> None:
    # wind turbines (probe file 209): "trained on SCADA data", "tested on SCADA data" and "normal behaviour
    # models ... developed from supervisory control and data acquisition (SCADA) data" had made SCADA data
    # that every paper on turbine monitoring shared (80 false pairs); two of the papers share the La Haute
    # Borne open data of ENGIE, and only those
    papers = _probe_papers(209, "p209-18", "p209-19", "p209-26", "p209-29", "p209-31")
    result = infer_corpus(papers, shipped_lexicon())
    assert "dataset:scada" not in result.entities
    assert shares(result) == {("p209-29", "p209-31")}


def test_an_example_then_what_it_covers_alone_is_not_used() -> None:
    # Bantu phylogenetics (probe file 209): "they are poorly represented in existing comparative datasets; the
    # BantuLex-440 compilation, for example, includes only eleven Grassfields varieties"
    result = infer_corpus(_probe_papers(209, "p209-01", "p209-06"), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


def test_an_example_needing_what_the_paper_lacks_is_not_used() -> None:
    # wind turbines (probe file 209): "complementary to farm-level methods such as TurbiGraph, which require
    # SCADA data and farm layout information that are not available for test-rig gearboxes"
    result = infer_corpus(_probe_papers(209, "p209-21", "p209-24"), shipped_lexicon())
    assert builds_on(result) == set()


def test_an_example_of_what_the_paper_could_not_do_is_not_used() -> None:
    # retrieval-augmented generation (probe file 210): "Automatic faithfulness scoring could not be included
    # in the comparison; FactWeave, for instance, depends on an English claim decomposer"
    result = infer_corpus(_probe_papers(210, "p210-02", "p210-05"), shipped_lexicon())
    assert builds_on(result) == set()


def test_what_a_colon_explains_the_paper_did_not_use_is_not_used() -> None:
    # seagrass carbon (probe file 210): "Global predictive products were not used to fill gaps in our
    # sampling: CorgMap has been criticised for ..., and East African meadows are almost unrepresented in
    # BlueCore-1200 and other global core compilations"
    result = infer_corpus(_probe_papers(210, "p210-17", "p210-26"), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


def test_a_benchmark_a_sentence_opens_with_and_an_error_lowered_on_it_is_used() -> None:
    # traffic forecasting (probe file 208): "On METR-LA, STAGE reduces 60-minute MAE to 3.21 mph", "On METR-LA
    # (...) and PEMS-BAY (...), DiffLink reduces 60-minute-ahead MAE by 6.8%", "On PEMS-BAY, pretraining
    # lowers 60-minute MAE from 1.95 to 1.83 mph"
    papers = _probe_papers(208, "p208-01", "p208-06", "p208-09")
    result = infer_corpus(papers, shipped_lexicon())
    assert {("p208-01", "p208-06"), ("p208-01", "p208-09")} <= shares(result)


def test_a_lexicon_name_a_paper_of_another_field_presents_is_told_by_subject() -> None:
    # cricket (probe file 177) and retrieval-augmented generation (probe file 210): "We propose the Dot-ball
    # Pressure Rating (DPR)" made the lexicon's DPR that paper's thing, and "five retrievers (BM25, DPR, ANCE,
    # Contriever and ColBERTv2)" built on it; the words the two share ("logistic", "odds", "rose") tell no
    # subject
    papers = _probe_papers(177, "p177-34") + _probe_papers(210, "p210-03")
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == set()


def test_a_name_in_brackets_after_a_figure_spells_nothing() -> None:
    # Chinese court judgments (probe file 211): "accuracy improved from 71.9% (HARP) to 78.4%" had read as
    # HARP spelt out otherwise, another thing, and its user's "outperformed HARP [31]" went with it
    result = infer_corpus(_probe_papers(211, "p211-41", "p211-46"), shipped_lexicon())
    assert builds_on(result) == {("p211-46", "p211-41")}


def test_a_database_that_compiles_measurements_is_data() -> None:
    # river microplastics (probe file 212): "the Global Riverine Microplastic Inventory (GRIMI), a database
    # that compiles 2,314 concentration measurements" had made GRIMI a method, which no two papers share
    result = infer_corpus(_probe_papers(212, "p212-19", "p212-24"), shipped_lexicon())
    assert shares(result) == {("p212-19", "p212-24")}


def test_an_expanded_and_tiered_inventory_of_observations_is_data() -> None:
    # river microplastics (probe file 212): "GRIMI v2: an expanded and quality-tiered global inventory of
    # riverine microplastic observations" (its head past "and": no "expanded" thing)
    result = infer_corpus(_probe_papers(212, "p212-28", "p212-31"), shipped_lexicon())
    assert ("p212-28", "p212-31") in shares(result)


def test_a_title_extending_a_named_database_presents_data() -> None:
    # Carolingian capitularies (probe file 212): "ATD 2: extending the Ansegis Transmission Database to the
    # False Capitularies of Benedictus Levita"
    result = infer_corpus(_probe_papers(212, "p212-42", "p212-43"), shipped_lexicon())
    assert ("p212-42", "p212-43") in shares(result)


def test_what_a_tool_cannot_do_given_as_the_reason_for_another_is_not_a_use() -> None:
    # Bayesian item response theory (probe file 212): "Because Sorrel does not currently support IRTree
    # decompositions with node-specific item parameters, models were coded directly in Stan 2.26"
    result = infer_corpus(_probe_papers(212, "p212-03", "p212-14"), shipped_lexicon())
    assert builds_on(result) == set()


def test_the_best_known_of_a_kind_criticised_is_not_used() -> None:
    # Carolingian capitularies (probe file 212): "Such approaches, of which CapiStyl is the best known, have
    # been criticised for treating the capitulary as an authored text"
    result = infer_corpus(_probe_papers(212, "p212-38", "p212-41"), shipped_lexicon())
    assert builds_on(result) == set()


def test_what_the_authors_plan_to_use_is_not_used() -> None:
    # Chinese rural surveys (probe file 213): "the authors plan to validate the consumption responses using
    # the 14-day diary module of LORA once later waves are released"
    result = infer_corpus(_probe_papers(213, "p213-42", "p213-44"), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


def test_panel_studies_named_with_their_acronym_are_data() -> None:
    # Chinese rural surveys (probe file 213): "three waves (2010, 2012 and 2014) of the China Family Panel
    # Studies (CFPS)", "the 2014, 2016, 2018 and 2020 waves of the China Family Panel Studies (CFPS)"
    result = infer_corpus(_probe_papers(213, "p213-41", "p213-48"), shipped_lexicon())
    assert shares(result) == {("p213-41", "p213-48")}


def test_a_name_cited_to_another_maker_is_another_thing_wherever_the_paper_names_it() -> None:
    # legal informatics (probe files 140 and 211): "the Gavel benchmark (Hofmann et al., 2020) ... models
    # trained on the French Cour de cassation subset of Gavel transferred best" is no Gavel, a sentencing
    # model for Chinese criminal cases another paper presents
    papers = list(_loaded_probe_papers(140, "p140-46").values()) + list(
        _loaded_probe_papers(211, "p211-39").values()
    )
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == set()


def test_of_two_things_one_name_matches_the_one_the_paper_names_alone_elsewhere() -> None:
    # traffic models (probe file 152): "SACF-2, the second generation of the Stochastic Anticipation
    # Car-Following model ... In the original SACF" is no Safety-Aware Car-Following (SA-CF) model, which
    # another paper presents and which the same letters match
    result = infer_corpus(_probe_papers(152, "p152-17", "p152-22", "p152-29"), shipped_lexicon())
    assert ("p152-29", "p152-17") in builds_on(result)
    assert ("p152-29", "p152-22") not in builds_on(result)


def test_a_title_leading_with_a_long_form_and_its_acronym_presents_the_acronym() -> None:
    # dementia caregivers (probe file 214): "Memory And Goal-Planning Intervention for Everyday caregiving
    # (MAGPIE): a pragmatic randomised controlled trial of a nurse-delivered programme", a lead too long for
    # the title's name, and its user "to the individually delivered MAGPIE programme as the active comparator"
    result = infer_corpus(_probe_papers(214, "p214-20", "p214-30"), shipped_lexicon())
    assert builds_on(result) == {("p214-30", "p214-20")}


def test_examples_others_delivered_are_not_used() -> None:
    # dementia caregivers (probe file 214): "Most evidence ... comes from high-income countries, where
    # interventions such as REACH II, START and MAGPIE were delivered by psychologists or specialist nurses"
    result = infer_corpus(_probe_papers(214, "p214-20", "p214-24"), shipped_lexicon())
    assert builds_on(result) == set()


def test_a_name_set_beside_a_companys_internal_thing_is_that_thing() -> None:
    # tabular learning (probe file 216): "Training data come from Granary, the company's internal feature
    # store" is no Granary, a collection of benchmark datasets another paper presents
    result = infer_corpus(_probe_papers(216, "p216-01", "p216-13"), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


def test_a_title_giving_a_studys_baseline_findings_presents_the_study() -> None:
    # hearing loss (probe file 219): "Prevalence and correlates of hearing loss in older New Zealanders:
    # baseline findings of the Tasman Ageing and Hearing Study", and its user "Using data from the baseline
    # examination of the Tasman Ageing and Hearing Study (TAHS)"
    result = infer_corpus(_probe_papers(219, "p219-17", "p219-23"), shipped_lexicon())
    assert builds_on(result) == {("p219-23", "p219-17")}


def test_a_series_for_a_place_from_its_sources_is_data() -> None:
    # historical climatology (probe file 219): "HuaiFlood-600: a 600-year flood frequency series for the Huai
    # River basin, China, from documentary sources"
    result = infer_corpus(_probe_papers(219, "p219-39", "p219-42"), shipped_lexicon())
    assert ("p219-39", "p219-42") in shares(result)


def test_a_short_acronym_cited_by_number_is_the_published_thing() -> None:
    # point clouds (probe file 217): "+1.8 (PLT [27]) points" is the PointLattice Transformer (PLT), which
    # names no platelet count ("PLT" of a haematology paper)
    result = infer_corpus(_probe_papers(217, "p217-04", "p217-06", "p217-21"), shipped_lexicon())
    assert ("p217-06", "p217-04") in builds_on(result)
    assert ("p217-21", "p217-04") not in builds_on(result)


def test_an_example_given_after_a_comma_in_the_reason_for_a_gap_is_not_used() -> None:
    # qiaopi letters (probe file 217): "partly because the most accessible text collections, such as the
    # Chaoshan-Nanyang Qiaopi Corpus, were assembled there; the CNQC contains almost no letters from ..."
    result = infer_corpus(_probe_papers(217, "p217-34", "p217-36"), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


def test_the_first_word_of_a_datas_name_alone_is_no_data_of_its_own() -> None:
    # Old Irish glosses and air pollution (probe file 218): "9.2 LAS points lower than on the Milan test set",
    # of the Milan Glosses Treebank, had made "Milan" data that papers on air pollution in Milan shared
    papers = _probe_papers(218, "p218-03", "p218-33", "p218-44")
    result = infer_corpus(papers, shipped_lexicon())
    assert not any(entity.endswith(":milan") for entity in result.entities)
    assert {pair for pair in shares(result) if "p218-03" in pair} == set()


def test_a_paper_describing_its_thing_as_new_or_open_presents_it() -> None:
    # tone labelling (probe file 28) and audiometry (probe file 219): "We describe ToneTrack, an open-source
    # toolkit that automatically extracts ... f0 contours" presents ToneTrack, so its users are not sent to
    # an audiometry app of that name another field presents
    tone = _loaded_probe_papers(28, "p28-15", "p28-31")
    papers = [*tone.values(), *_loaded_probe_papers(219, "p219-22").values()]
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {(tone["p28-31"].id, tone["p28-15"].id)}


def test_two_places_in_brackets_after_a_cohort_are_no_citation_of_other_makers() -> None:
    # gestational diabetes (probe file 220): "4,215 women from the GEMS cohort (Chennai and Coimbatore)" names
    # where the cohort was gathered, not two authors of another GEMS; read with the papers' authors
    papers = _loaded_probe_papers(220, "p220-17", "p220-23")
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert builds_on(result) == {(papers["p220-23"].id, papers["p220-17"].id)}


def test_an_objective_to_develop_a_named_app_presents_it() -> None:
    # gestational diabetes (probe file 220): "GlycoTriage: a smartphone application for ..." and "Objective:
    # To develop GlycoTriage, an offline Android application that implements ..." presents GlycoTriage
    result = infer_corpus(_probe_papers(220, "p220-30", "p220-32"), shipped_lexicon())
    assert builds_on(result) == {("p220-32", "p220-30")}


def test_a_survey_of_the_literature_uses_none_of_the_examples_it_names() -> None:
    # continual learning (probe file 220): "We survey 212 papers ... We summarise the temporally stratified
    # corpora, such as ChronoWeb and TemporalWiki, and the instruction benchmarks, such as SeqInstruct-15"
    papers = _probe_papers(220, "p220-01", "p220-02", "p220-05", "p220-16")
    result = infer_corpus(papers, shipped_lexicon())
    assert {pair for pair in builds_on(result) if pair[0] == "p220-16"} == set()
    assert {pair for pair in shares(result) if "p220-16" in pair} == set()


def test_data_criticised_with_an_adverb_before_been_is_not_used() -> None:
    # continual learning (probe file 220): "SeqInstruct-15 (Ferreira et al., 2023) has also been criticised
    # because most of its tasks come from collections that overlap with ..."
    result = infer_corpus(_probe_papers(220, "p220-05", "p220-12"), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


def test_people_counted_in_a_named_birth_cohort_are_its_data() -> None:
    # gestational diabetes (probe file 220): "data from 3,176 women in the Shanghai Birth Cohort" and "In a
    # substudy of the Shanghai Birth Cohort, 412 women ..."
    result = infer_corpus(_probe_papers(220, "p220-22", "p220-24"), shipped_lexicon())
    assert shares(result) == {("p220-22", "p220-24")}


def test_a_version_not_yet_approved_is_the_reason_the_first_was_used() -> None:
    # adolescent depression apps (probe file 222): "We used the original seven-module version because the
    # conversational agent of MoodCraft 2.0 had not been approved for use by the ... health services"
    result = infer_corpus(_probe_papers(222, "p222-26", "p222-32"), shipped_lexicon())
    assert ("p222-32", "p222-26") not in builds_on(result)


def test_a_later_version_extending_a_database_is_data() -> None:
    # Vedic metre (probe file 222): "ChandoBase 2.0: extending a syllable-level metrical database to the
    # Atharvaveda and Sāmaveda", whose Paippalāda pādas a transformer was applied to
    result = infer_corpus(_probe_papers(222, "p222-43", "p222-48"), shipped_lexicon())
    assert ("p222-43", "p222-48") in shares(result)


def test_the_first_words_of_an_abstract_do_not_say_what_the_name_ending_its_title_is() -> None:
    # model merging (probe file 220): a title ending "An Evaluation on TRACE", its abstract opening "Model
    # merging combines ...", meant neither TRACE of two presenters by "model": a moisture-source model (file
    # 88) and a crossdating engine (file 119)
    papers = [
        *_loaded_probe_papers(88, "p88-15").values(),
        *_loaded_probe_papers(119, "p119-17").values(),
        *_loaded_probe_papers(220, "p220-14").values(),
    ]
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == set()


def test_a_trial_a_review_gives_as_an_early_example_of_a_kind_is_not_used() -> None:
    # Chinese herbal medicine (probe file 223): "In this narrative review ... placebo-controlled, multicentre
    # trials of standardised granule preparations, of which JADE-T2D in type 2 diabetes was an early example"
    result = infer_corpus(_probe_papers(223, "p223-33", "p223-48"), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


def test_data_the_paper_replaced_in_what_it_took_over_is_not_used() -> None:
    # fisheries (probe file 223): "stock-recruitment series for 263 stocks from the RAM Legacy Stock
    # Assessment Database, replacing the Myers database used in the original HARP analysis"
    result = infer_corpus(_probe_papers(223, "p223-17", "p223-29"), shipped_lexicon())
    assert ("p223-17", "p223-29") not in shares(result)
    assert ("p223-29", "p223-17") in builds_on(result)


def test_a_scale_considered_and_not_used_is_not_used() -> None:
    # herbal medicine (probe file 223): "We considered using the Qi Deficiency Syndrome Scale as a secondary
    # outcome but did not, because ..."; paediatric asthma (probe file 224): "We considered the PAWS-7 score,
    # but it has been validated only in children aged 5 years and older"
    herbs = infer_corpus(_probe_papers(223, "p223-35", "p223-46"), shipped_lexicon())
    asthma = infer_corpus(_probe_papers(224, "p224-20", "p224-27"), shipped_lexicon())
    assert builds_on(herbs) == builds_on(asthma) == set()


def test_examples_in_a_list_each_with_what_it_is_for_are_examples() -> None:
    # molecular graph networks (probe file 224), a review: "contrasting broad collections such as MoleculeNet
    # with targeted resources such as AqSolv-12K for solubility and GraphCliff for activity cliffs"
    result = infer_corpus(_probe_papers(224, "p224-06", "p224-10", "p224-11"), shipped_lexicon())
    assert {pair for pair in builds_on(result) if pair[0] == "p224-11"} == set()
    assert {pair for pair in shares(result) if "p224-11" in pair} == set()


def test_a_name_ending_as_few_adjectives_of_peoples_do_is_a_name() -> None:
    # Arabic astronomical manuscripts (probe file 225): "We present the Hamish corpus, a transcribed and
    # annotated collection of 3,140 marginal and interlinear notes": "-ish" ends "English" and "Turkish", a
    # closed set, and also a given name
    result = infer_corpus(_probe_papers(225, "p225-39", "p225-40", "p225-44"), shipped_lexicon())
    assert ("p225-40", "p225-39") in builds_on(result)
    assert {("p225-39", "p225-40"), ("p225-39", "p225-44"), ("p225-40", "p225-44")} <= shares(result)


def test_where_a_paper_puts_its_code_is_no_data_it_shares() -> None:
    # protein structure (probe file 225): "Source code, trained weights and predictions are available on
    # GitHub under the MIT licence" in two papers
    result = infer_corpus(_probe_papers(225, "p225-03", "p225-15"), shipped_lexicon())
    assert shares(result) == set()


def test_a_review_uses_none_of_what_it_names_among_a_kind_or_surveys() -> None:
    # protein structure (probe file 225): "This review traces ... architectures ..., among them AlphaFold2,
    # RoseTTAFold and TESSERA-2, reached accuracies ..."; Islamic astronomy: "This article surveys these
    # developments ... corpora of marginalia such as the Hamish corpus"
    proteins = infer_corpus(_probe_papers(225, "p225-03", "p225-06", "p225-11"), shipped_lexicon())
    astronomy = infer_corpus(_probe_papers(225, "p225-39", "p225-46"), shipped_lexicon())
    assert {pair for pair in builds_on(proteins) if pair[0] == "p225-11"} == set()
    assert builds_on(astronomy) == set()


def test_a_name_the_corpus_writes_as_an_encoding_of_inputs_is_no_data_papers_share() -> None:
    # molecular property prediction (probe file 224): "Circular fingerprints such as ECFP4 remain the
    # default molecular representation" in one paper, "random forest on ECFP4", "XGBoost on ECFP4" in others
    result = infer_corpus(_probe_papers(224, "p224-01", "p224-02", "p224-12", "p224-16"), shipped_lexicon())
    assert not any(entity.endswith(":ecfp4") for entity in result.entities)
    assert {pair for pair in shares(result) if "p224-01" in pair} == set()


def test_data_that_could_not_be_used_after_but_is_not_used() -> None:
    # recommender fairness (probe file 228): "MusicProv-2M offers curated origin labels but could not be used
    # here, because its users come from a single Scandinavian service"
    result = infer_corpus(_probe_papers(228, "p228-01", "p228-08"), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


def test_a_reviews_example_after_as_in_is_not_used() -> None:
    # censorship measurement (probe file 228): "This review organises that literature ... Client-side studies
    # reverse-engineer applications to recover keyword lists, as in CAKC."
    result = infer_corpus(_probe_papers(228, "p228-40", "p228-44"), shipped_lexicon())
    assert builds_on(result) == set()


def test_the_schema_of_a_database_a_paper_releases_its_data_in_is_no_use_of_the_database() -> None:
    # reaction optimisation (probe file 228): "The dataset is released in the Open Reaction Database schema",
    # beside a paper that "extracted 48,216 ... records ... from the Open Reaction Database (ORD)"
    result = infer_corpus(_probe_papers(228, "p228-29", "p228-30"), shipped_lexicon())
    assert shares(result) == set()


def test_an_example_of_scores_others_derived_elsewhere_is_not_used() -> None:
    # neonatal sepsis (probe file 227): "Clinical scores such as BNSS-9 were derived in outpatient infants who
    # were mostly born at term and have not been validated below 32 weeks' gestation"
    result = infer_corpus(_probe_papers(227, "p227-18", "p227-25"), shipped_lexicon())
    assert builds_on(result) == set()


def test_a_critical_survey_uses_none_of_the_resources_it_describes() -> None:
    # Old Norse (probe file 227): "...: a critical survey" whose examples are "such as the rhyme detector
    # HendingFinder" and "including the character network database SagaGraph"; and "the Old Norse corpus" of
    # its title is a language's texts, no data it shares with a tool reading "normalised Old Norse text"
    result = infer_corpus(_probe_papers(227, "p227-37", "p227-40", "p227-42", "p227-46"), shipped_lexicon())
    assert {pair for pair in builds_on(result) if pair[0] == "p227-46"} == set()
    assert {pair for pair in shares(result) if "p227-46" in pair} == set()


def test_a_paper_deriving_a_named_prior_presents_it() -> None:
    # antidepressant meta-analysis (probe file 226): "HetPrior-AD: empirically based prior distributions ..."
    # and "We derived HetPrior-AD, a set of predictive distributions for the heterogeneity variance"
    result = infer_corpus(_probe_papers(226, "p226-22", "p226-28", "p226-29"), shipped_lexicon())
    assert {("p226-28", "p226-22"), ("p226-29", "p226-22")} <= builds_on(result)


def test_a_tool_the_abstract_calls_a_tool_is_no_data_though_it_serves_benchmarks() -> None:
    # code generation (probe file 226): "We present TestLoom, an open-source tool that augments benchmark test
    # suites", which its users apply ("Using TestLoom v1.2"): built on, no data they share
    result = infer_corpus(_probe_papers(226, "p226-05", "p226-06", "p226-10"), shipped_lexicon())
    assert {("p226-06", "p226-05"), ("p226-10", "p226-05")} <= builds_on(result)
    assert "dataset:testloom" not in result.entities


def test_the_second_release_of_a_database_is_data() -> None:
    # VOC porcelain (probe file 226): "CHINAWARE-VOC 2.0: linking Company invoices, ..." and "We present the
    # second release of CHINAWARE-VOC, a database of porcelain entries", whose records a later paper extracted
    result = infer_corpus(_probe_papers(226, "p226-44", "p226-46"), shipped_lexicon())
    assert shares(result) == {("p226-44", "p226-46")}


def test_a_review_uses_none_of_the_examples_it_names_before_saying_they_are_examples() -> None:
    # quantum kernels (probe file 231), a review: "the differentiable-programming libraries used in the field,
    # CircuitGrad, PennyLane and TensorFlow Quantum among them"; migrant surveys, a review: "regional migrant
    # panels, with the YDMLP as an example of a dedicated longitudinal design"
    kernels = infer_corpus(_probe_papers(231, "p231-01", "p231-10"), shipped_lexicon())
    migrants = infer_corpus(_probe_papers(231, "p231-33", "p231-36", "p231-46"), shipped_lexicon())
    assert builds_on(kernels) == set()
    assert {pair for pair in builds_on(migrants) if pair[0] == "p231-46"} == set()
    assert {pair for pair in shares(migrants) if "p231-46" in pair} == set()


def test_a_scale_the_paper_recommends_to_others_is_not_used() -> None:
    # migrant surveys (probe file 231): "we recommend that future waves include a scale such as the UBSM-14 to
    # test whether urban belonging buffers these effects"
    result = infer_corpus(_probe_papers(231, "p231-34", "p231-47"), shipped_lexicon())
    assert builds_on(result) == set()


def test_data_named_after_the_colon_that_explains_what_was_left_out_is_not_used() -> None:
    # document understanding (probe file 229): "Questions on scientific articles were excluded: scientific
    # figures deserve separate study, and PaperLeaf-90K, the main source of annotated scientific pages,
    # provides region labels but no question-answer pairs for charts"
    result = infer_corpus(_probe_papers(229, "p229-01", "p229-15"), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


def test_examples_of_four_words_before_are_the_most_widely_cited_examples() -> None:
    # Chinese gardens (probe file 229), a review: "of which the Jiangnan Garden Records Database and the China
    # Biographical Database are the most widely cited examples"
    result = infer_corpus(_probe_papers(229, "p229-33", "p229-35", "p229-48"), shipped_lexicon())
    assert {pair for pair in builds_on(result) if pair[0] == "p229-48"} == set()
    assert {pair for pair in shares(result) if "p229-48" in pair} == set()


def test_a_survey_that_organises_papers_uses_none_of_its_examples() -> None:
    # time-series foundation models (probe file 230): "This survey organises 112 papers ... curated
    # multi-domain corpora such as MDTA ... patch-based decoder-only models exemplified by PatchWeaver"
    result = infer_corpus(_probe_papers(230, "p230-01", "p230-03", "p230-06"), shipped_lexicon())
    assert {pair for pair in builds_on(result) if pair[0] == "p230-06"} == set()
    assert {pair for pair in shares(result) if "p230-06" in pair} == set()


def test_data_excluded_whole_is_not_used() -> None:
    # time-series foundation models (probe file 230): "To keep common evaluation suites clean, the M4
    # competition data and the Monash forecasting archive were deliberately excluded", beside a paper that
    # re-evaluated eleven methods "on all 100,000 series of the M4 competition data"
    result = infer_corpus(_probe_papers(230, "p230-01", "p230-02", "p230-03", "p230-12"), shipped_lexicon())
    assert ("p230-01", "p230-02") not in shares(result)
    assert {("p230-02", "p230-03"), ("p230-02", "p230-12")} <= shares(result)


def test_an_instrument_developed_with_its_count_of_items_before_its_long_form_is_presented() -> None:
    # vaccination (probe file 230): "Development and validation of the 12-item Vaccine Hesitancy in Caregivers
    # scale (VHC-12) in Pakistan and Ghana", and "a Hausa version of the VHC-12 scale"
    result = infer_corpus(_probe_papers(230, "p230-26", "p230-28"), shipped_lexicon())
    assert builds_on(result) == {("p230-28", "p230-26")}


def test_a_trials_design_named_so_is_the_design_not_a_cohort_of_the_name() -> None:
    # dose-finding (probe file 231) and sepsis (probe file 201): "Dose escalation followed the CASCADE design"
    # is the dose-finding design, not the CASCADE sepsis cohort another field presents
    trial = _loaded_probe_papers(231, "p231-16", "p231-17", "p231-27")
    papers = [*trial.values(), *_loaded_probe_papers(201, "p201-17").values()]
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {(trial["p231-27"].id, trial["p231-17"].id)}


def test_the_words_of_modelling_and_grouping_tell_no_shared_subject() -> None:
    # obstetrics (probe file 76) and wildlife counts (probe file 229): "a reduction in OASIS" (obstetric anal
    # sphincter injury) of a register study is no Okavango Aerial Survey Series, though both "modelled"
    # "groups"
    papers = [*_loaded_probe_papers(76, "p76-21").values(), *_loaded_probe_papers(229, "p229-17").values()]
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == set()


def test_a_word_ending_a_place_is_short_for_it_wherever_the_paper_writes_it() -> None:
    # wildlife counts (probe file 229) and precipitation (probe file 64): "in the Okavango Delta", then
    # "outside the Delta" and "for the Delta", are no Delta precipitation dataset
    papers = [*_loaded_probe_papers(64, "p64-03").values(), *_loaded_probe_papers(229, "p229-27").values()]
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == set()


def test_the_subject_a_user_shares_with_one_presenter_alone_outweighs_the_noun_another_calls_it() -> None:
    # dental implants (probe file 112) and forensic anthropology (probe file 130): "analysed with the Lantern
    # software" of peri-implant bone loss is its field's radiograph tool, not the forensic Lantern the only
    # presenter calling it "software"
    dental = _loaded_probe_papers(112, "p112-06", "p112-07")
    papers = [*dental.values(), *_loaded_probe_papers(130, "p130-03").values()]
    expected = {(dental["p112-07"].id, dental["p112-06"].id)}
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == expected


def test_a_word_any_paper_names_a_period_by_is_no_data_in_another() -> None:
    # Song painting (probe file 232): "works in the Song corpus" of one paper, "Paintings Attributed to the
    # Song Dynasty" in another: the dynasty's works, no data named Song that every paper on it shares
    result = infer_corpus(_probe_papers(232, "p232-34", "p232-35", "p232-40"), shipped_lexicon())
    assert "dataset:song" not in result.entities
    assert ("p232-35", "p232-40") not in shares(result)


def test_a_surveys_examples_said_to_be_representative_are_not_used() -> None:
    # tabular question answering (probe file 232): "This survey organises more than 180 papers ... citing
    # LedgerQA and OTT-QA as representative of the latter"
    result = infer_corpus(_probe_papers(232, "p232-01", "p232-03", "p232-16"), shipped_lexicon())
    assert {pair for pair in builds_on(result) if pair[0] == "p232-16"} == set()
    assert {pair for pair in shares(result) if "p232-16" in pair} == set()


def test_a_method_criticised_with_its_like_or_left_to_an_intended_analysis_is_not_used() -> None:
    # oracle bones (probe file 233): "ShardMatch and similar methods have been criticised for being trained
    # almost exclusively on rubbings"; hydrology: "we intend to repeat the analysis with a formal toolkit such
    # as TARN once longer daily records ... become available"
    bones = infer_corpus(_probe_papers(233, "p233-36", "p233-45"), shipped_lexicon())
    water = infer_corpus(_probe_papers(233, "p233-17", "p233-25"), shipped_lexicon())
    assert builds_on(bones) == builds_on(water) == set()


def test_a_survey_the_abstract_says_documented_its_subjects_is_the_papers_own() -> None:
    # Cantonese opera (probe file 234): "The Sojourn Survey: mapping amateur Cantonese opera clubs ..." and
    # "The Sojourn Survey, carried out between March 2012 and November 2013, documented 87 amateur clubs"
    result = infer_corpus(_probe_papers(234, "p234-37", "p234-39"), shipped_lexicon())
    assert builds_on(result) == {("p234-39", "p234-37")}


def test_a_reviews_examples_of_a_kind_named_first_or_said_to_be_the_most_extensive_are_not_used() -> None:
    # Republican newspapers (probe file 235): "We discuss, as examples of curated research databases, the
    # Chinese Periodical Advertisement Database (CPAD)"; Qing tea trade (probe file 237), "...: a
    # historiographical review": "of which the Treaty Port Trade Returns Corpus is the most extensive"
    papers = _probe_papers(235, "p235-33", "p235-34", "p235-38")
    tea = infer_corpus(_probe_papers(237, "p237-40", "p237-41", "p237-45"), shipped_lexicon())
    assert {pair for pair in shares(infer_corpus(papers, shipped_lexicon())) if "p235-38" in pair} == set()
    assert {pair for pair in builds_on(tea) if pair[0] == "p237-45"} == set()
    assert {pair for pair in shares(tea) if "p237-45" in pair} == set()


def test_an_example_of_a_kind_said_to_be_scarce_is_not_used() -> None:
    # noise-induced hearing loss (probe file 236): "Long-term cohorts with repeated audiometry, such as the
    # Korean shipyard cohort SALT, remain few."
    result = infer_corpus(_probe_papers(236, "p236-17", "p236-21", "p236-25"), shipped_lexicon())
    assert {pair for pair in builds_on(result) if pair[0] == "p236-25"} == set()
    assert {pair for pair in shares(result) if "p236-25" in pair} == set()


def test_data_said_to_be_one_example_with_its_noun_is_not_used() -> None:
    # school mental health trials (probe file 237): "pooled individual participant data resources, of which
    # the USP-IPD database is one example"; Austronesian dating (probe file 236): "(the Outrigger dataset
    # being an example of the latter)"
    trials = infer_corpus(_probe_papers(237, "p237-27", "p237-28", "p237-30"), shipped_lexicon())
    dating = infer_corpus(_probe_papers(236, "p236-35", "p236-38", "p236-41"), shipped_lexicon())
    assert {pair for pair in shares(trials) if "p237-30" in pair} == set()
    assert {pair for pair in builds_on(dating) if pair[0] == "p236-41"} == set()


def test_data_the_paper_did_without_because_it_ends_before_the_period_is_not_used() -> None:
    # Qing tea trade (probe file 237): "Because the Canton Tea Ledger Database ends in 1833 and does not cover
    # the treaty ports, no comparable ship-level series exists for this period; we therefore compile ..."
    result = infer_corpus(_probe_papers(237, "p237-33", "p237-35"), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


def test_a_commentarys_examples_are_not_used() -> None:
    # air pollution and dementia (probe file 240): "In this commentary we argue that ... purpose-built cohorts
    # with clinical assessment, such as LEAM in northern Italy, and ... validated algorithms such as DECAF"
    result = infer_corpus(_probe_papers(240, "p240-17", "p240-19", "p240-28"), shipped_lexicon())
    assert {pair for pair in builds_on(result) if pair[0] == "p240-28"} == set()
    assert {pair for pair in shares(result) if "p240-28" in pair} == set()


def test_examples_that_depend_on_what_the_paper_lacked_are_not_used() -> None:
    # insomnia (probe file 239): "fully automated web programmes such as NightStep depend on reliable
    # broadband, which was unavailable to 38% of households in our catchment"
    result = infer_corpus(_probe_papers(239, "p239-17", "p239-18"), shipped_lexicon())
    assert builds_on(result) == set()


def test_a_tool_said_to_have_proved_unsuitable_or_not_assumed_valid_here_is_not_used() -> None:
    # silk road travel diaries (probe file 241): "Automated tools developed for later Chinese diaries, such as
    # DiaryMapper, proved unsuitable here"; neonatal vancomycin: "Bayesian dosing tools built on them, such as
    # NeoDoseR, therefore cannot be assumed to be valid during cooling"
    diaries = infer_corpus(_probe_papers(241, "p241-37", "p241-40"), shipped_lexicon())
    dosing = infer_corpus(_probe_papers(241, "p241-23", "p241-26"), shipped_lexicon())
    assert builds_on(diaries) == builds_on(dosing) == set()


def test_data_comparable_to_which_none_exists_and_a_version_left_to_future_work_are_not_used() -> None:
    # bird song (probe file 244): "Annotated reference collections comparable to WREN, which was compiled for
    # temperate European woodland, do not yet exist for Southeast Asian forests"; "evaluating whether DawnNet
    # v2 improves warbler identification is a goal for future work"
    wren = infer_corpus(_probe_papers(244, "p244-17", "p244-21"), shipped_lexicon())
    dawn = infer_corpus(_probe_papers(244, "p244-22", "p244-30", "p244-31"), shipped_lexicon())
    assert builds_on(wren) == shares(wren) == set()
    assert {pair for pair in builds_on(dawn) if pair[0] == "p244-31"} == set()


def test_a_split_or_a_part_of_data_under_a_coined_name_names_that_data() -> None:
    # driving (probe file 241): "the 36,728 daytime images of the BDD100K training split", "on the BDD100K
    # validation set"; hate speech (probe file 243): "the Hindi subset of the HASOC 2019 shared task
    # dataset", "the Hindi portion of HASOC 2019 [21]", "on the Hindi subset of HASOC 2019"
    driving = infer_corpus(_probe_papers(241, "p241-03", "p241-10"), shipped_lexicon())
    hate = infer_corpus(_probe_papers(243, "p243-04", "p243-06", "p243-16"), shipped_lexicon())
    assert shares(driving) == {("p241-03", "p241-10")}
    hindi = {("p243-04", "p243-06"), ("p243-04", "p243-16")}
    assert {pair for pair in shares(hate) if "p243-04" in pair} == hindi


def test_a_numbered_release_described_as_the_next_and_its_ordinal_name_go_to_that_release() -> None:
    # Chinese gardens (probe file 243): "Here we describe CAI-2, the second data release, which extends
    # coverage", then "2,204 halls ... from CAI-2"; hate speech: "SAUTI-HS 2.0: Expanding a Kenyan Hate Speech
    # Corpus", then "Experiments were run on the second release of the SAUTI-HS corpus [22]"
    gardens = infer_corpus(_probe_papers(243, "p243-34", "p243-44", "p243-47"), shipped_lexicon())
    hate = infer_corpus(_probe_papers(243, "p243-03", "p243-12", "p243-13"), shipped_lexicon())
    assert ("p243-47", "p243-44") in builds_on(gardens)
    assert {pair for pair in builds_on(hate) if pair[0] == "p243-13"} == {("p243-13", "p243-12")}


def test_data_in_a_surveys_sentence_of_what_it_discusses_is_not_used() -> None:
    # antibody structure (probe file 242), "In this review we trace that transition ...": "We discuss how the
    # field's benchmarks are built, from time-split sets drawn from SAbDab to dedicated collections such as"
    result = infer_corpus(_probe_papers(242, "p242-01", "p242-06"), shipped_lexicon())
    assert shares(result) == set()


def test_a_reviews_sentences_of_what_it_distinguishes_and_its_examples_by_like_are_not_used() -> None:
    # Chinese legal judgments (probe file 247), "This commentary examines ...": "We distinguish three families
    # of artefacts: corpora assembled from China Judgments Online ..., such as the Chinese Labour Dispute
    # Corpus; ...; and measurement instruments ..., such as reasoning-quality indices like the JRTI"
    result = infer_corpus(_probe_papers(247, "p247-33", "p247-35", "p247-36", "p247-45"), shipped_lexicon())
    assert {pair for pair in builds_on(result) if pair[0] == "p247-45"} == set()
    assert {pair for pair in shares(result) if "p247-45" in pair} == set()


def test_a_review_of_meta_analyses_or_of_corpora_surveys_the_literature() -> None:
    # exercise for depression (probe file 245), "...: a methodological review": "We reviewed 73 Bayesian
    # meta-analyses ...; empirically derived priors, for example the HEX-21 set for exercise trials, were used
    # in a minority"; child language (probe file 246): "...: a review of naturalistic child language corpora"
    priors = infer_corpus(_probe_papers(245, "p245-18", "p245-31"), shipped_lexicon())
    corpora = infer_corpus(_probe_papers(246, "p246-01", "p246-04", "p246-06", "p246-13"), shipped_lexicon())
    assert builds_on(priors) == set()
    assert {pair for pair in builds_on(corpora) if pair[0] == "p246-13"} == set()
    assert {pair for pair in shares(corpora) if "p246-13" in pair} == set()


def test_a_surveys_example_named_by_its_acronym_after_its_long_form_is_not_used() -> None:
    # Chinese ceramics (probe file 246), "This review surveys approximately 400 studies": "for instance rare
    # earth element fingerprints (REEF-14) for porcelain bodies"
    result = infer_corpus(_probe_papers(246, "p246-38", "p246-46"), shipped_lexicon())
    assert builds_on(result) == set()


def test_an_example_of_a_kind_in_a_clause_of_others_work_after_and_is_not_used() -> None:
    # child language (probe file 246): "Distributional models ... are typically evaluated against a fixed
    # adult tag set, and several models of verb learning, such as FrameBoot, presuppose that such categories
    # are already available to the child"
    result = infer_corpus(_probe_papers(246, "p246-04", "p246-12"), shipped_lexicon())
    assert builds_on(result) == set()


def test_a_method_the_paper_plans_to_apply_in_a_clause_of_its_own_is_not_used() -> None:
    # Chinese ceramics (probe file 246): "Lead isotope assignment with LIBRA would help to resolve ..., but
    # sampling of the Ardebil vessels is not permitted; we plan to apply it to comparable sherds ... in future
    # work"
    result = infer_corpus(_probe_papers(246, "p246-41", "p246-45"), shipped_lexicon())
    assert builds_on(result) == set()


def test_a_word_capitalised_after_a_heading_is_the_word_unless_a_version_follows() -> None:
    # hate speech (probe file 243), "... by following conversation threads ...", then "Conclusions:
    # Thread-based sampling surfaces ...", beside an annotation scheme named Thread (probe file 104); and an
    # offshore wind paper's "Methods: Ripple v1.2 was used to estimate ..." (probe file 167) still uses Ripple
    scheme_and_sampling = [*_probe_papers(104, "p104-18"), *_probe_papers(243, "p243-15")]
    threads = infer_corpus(scheme_and_sampling, shipped_lexicon())
    ripple = infer_corpus(_probe_papers(167, "p167-22", "p167-25"), shipped_lexicon())
    assert builds_on(threads) == set()
    assert builds_on(ripple) == {("p167-25", "p167-22")}


def test_a_name_two_fields_gave_two_things_goes_to_the_one_its_apposition_describes() -> None:
    # two methods named BrushPrint, of Renaissance panel paintings (probe file 176) and of Chinese calligraphy
    # (probe file 242): "We applied BrushPrint, a stroke-level writer-attribution method [21], to ..." shares
    # 10 topic words with the first and 9 with the second; "stroke-level" and "writer" are the second's alone
    papers = [*_probe_papers(176, "p176-36"), *_probe_papers(242, "p242-37", "p242-38")]
    assert {pair for pair in builds_on(infer_corpus(papers, shipped_lexicon())) if pair[0] == "p242-38"} == {
        ("p242-38", "p242-37")
    }


def test_a_generic_word_right_before_a_capitalised_data_noun_is_part_of_the_name() -> None:
    # Old English poetry (probe file 126): "the poetic texts of the Dictionary of Old English Corpus (DOEC)"
    # and "using the Dictionary of Old English Corpus (DOEC)"; children's speech (probe file 244): "the
    # scripted portion of the CSLU Kids' Speech Corpus", which two papers use
    from paperkg.inference.datasets import dataset_cues
    from paperkg.inference.extract import record_text

    result = infer_corpus(_probe_papers(126, "p126-41", "p126-46"), shipped_lexicon())
    assert shares(result) == {("p126-41", "p126-46")}
    cues = dataset_cues(record_text("p", "", "We used the CSLU Kids' Speech Corpus."))
    assert [cue.name for cue in cues] == ["CSLU Kids' Speech Corpus"]


def test_a_long_names_head_says_it_is_data_and_years_before_a_name_are_not_its() -> None:
    # hospital readmissions (probe file 248): "we established the Linked Utilisation Cohort for Evaluating
    # Readmissions in the NEtherlands (LUCERNE)", then "Data were drawn from the LUCERNE cohort [11]"; "in the
    # 2013-2014 Nationwide Readmissions Database (NRD)", "Using 2014 Nationwide Readmissions Database records"
    cohort = infer_corpus(_probe_papers(248, "p248-19", "p248-21", "p248-27"), shipped_lexicon())
    nrd = infer_corpus(_probe_papers(248, "p248-24", "p248-25"), shipped_lexicon())
    assert shares(cohort) == {("p248-19", "p248-21"), ("p248-19", "p248-27"), ("p248-21", "p248-27")}
    assert shares(nrd) == {("p248-24", "p248-25")}


def test_an_acronym_a_compound_spells_in_lowercase_is_a_term() -> None:
    # traffic signals (probe file 249): "Existing multi-agent reinforcement learning (MARL) approaches", then
    # "existing MARL benchmarks do not model buses" and "independent MARL agents" name no data
    result = infer_corpus(_probe_papers(249, "p249-02", "p249-03", "p249-10", "p249-13"), shipped_lexicon())
    assert not any("MARL" in edge.shared for edge in result.edges if edge.kind is EdgeKind.SHARES_DATASET)


def test_a_release_counted_before_a_name_is_that_release_and_the_first() -> None:
    # hospital readmissions (probe file 248): "Data were drawn from the second data release of the LUCERNE
    # cohort (LUCERNE-2)" uses LUCERNE-2 and the first release's data it holds; land tenure (probe file 249):
    # "The 2019 wave and second public data release of the Rural Land Rights Tracking Survey" presents it
    lucerne = infer_corpus(_probe_papers(248, "p248-19", "p248-21", "p248-28", "p248-31"), shipped_lexicon())
    tenure = infer_corpus(_probe_papers(249, "p249-35", "p249-43", "p249-45"), shipped_lexicon())
    assert {pair for pair in builds_on(lucerne) if pair[0] == "p248-31"} == {("p248-31", "p248-28")}
    assert {("p248-19", "p248-31"), ("p248-21", "p248-31")} <= shares(lucerne)
    assert ("p249-45", "p249-43") in builds_on(tenure)


def test_a_surveys_bracketed_examples_and_data_short_of_the_case_are_not_used() -> None:
    # speaker diarization (probe file 250), "This review surveys 214 papers": "for example long council
    # sessions (the Quorum corpus) or multilingual broadcasts (BroadMix-220)"; volcanic unrest: "The Andean
    # Volcanic Unrest Catalogue (AVUC) does not extend beyond South America, ... We therefore compiled 318
    # unrest episodes"
    review = infer_corpus(_probe_papers(250, "p250-02", "p250-04", "p250-10"), shipped_lexicon())
    unrest = infer_corpus(_probe_papers(250, "p250-18", "p250-20", "p250-22"), shipped_lexicon())
    assert {pair for pair in builds_on(review) if pair[0] == "p250-10"} == set()
    assert {pair for pair in shares(review) if "p250-10" in pair} == set()
    assert {pair for pair in builds_on(unrest) if pair[0] == "p250-22"} == set()
    assert {pair for pair in shares(unrest) if "p250-22" in pair} == set()


def test_a_corpus_the_paper_assembled_from_its_sources_is_its_own_whatever_its_word() -> None:
    # speaker diarization (probe file 250): "We assembled the Quorum corpus from publicly webcast sessions of
    # 41 municipal and regional councils", then "We applied SLOTS (Qiu et al., 2020) to the Quorum corpus"
    result = infer_corpus(_probe_papers(250, "p250-02", "p250-12"), shipped_lexicon())
    assert ("p250-12", "p250-02") in builds_on(result)


def test_data_in_the_reason_a_paper_gives_for_what_it_could_not_do_is_not_used() -> None:
    # tea horse road (probe file 251): "Because the state tea-horse records compiled in ChaYin end before the
    # Republican period, we could not compare the firm's volumes with official series"; code review (probe
    # file 253): "We did not apply Sieve, because its critic was trained on CRAFT, which contains no C# code"
    tea = infer_corpus(_probe_papers(251, "p251-34", "p251-37", "p251-47"), shipped_lexicon())
    review = infer_corpus(_probe_papers(253, *(f"p253-{n:02}" for n in range(1, 17))), shipped_lexicon())
    assert {pair for pair in builds_on(tea) if pair[0] == "p251-47"} == set()
    assert {pair for pair in shares(tea) if "p251-47" in pair} == set()
    assert not any(
        "CRAFT" in edge.shared and "p253-10" in (edge.source, edge.target)
        for edge in review.edges
        if edge.kind is EdgeKind.SHARES_DATASET
    )


def test_data_a_review_counts_over_its_studies_and_a_method_criticised_with_its_kin_are_not_used() -> None:
    # essay scoring (probe file 251), "...: A critical review of validity evidence for neural automated essay
    # scoring": "the ASAP dataset, which appeared in 71 of the 87 studies"; influenza forecasting (probe file
    # 252): "STRIDE and related renewal models have been criticised for assuming a fixed generation interval"
    essays = infer_corpus(_probe_papers(251, "p251-01", "p251-04", "p251-05"), shipped_lexicon())
    flu = infer_corpus(_probe_papers(252, "p252-20", "p252-23"), shipped_lexicon())
    assert {pair for pair in shares(essays) if "p251-05" in pair} == set()
    assert builds_on(flu) == set()


def test_a_name_its_title_writes_once_and_its_abstract_again_is_not_split() -> None:
    # gongche notation (probe file 253): "PuScan: optical music recognition ..." and "We present PuScan, an
    # end-to-end ...", then "transcribed them with PuScan 2 (v2.1; Jiang et al., 2022)"
    papers = _loaded_probe_papers(253, "p253-40", "p253-45", "p253-48")
    assert papers["p253-40"].title is not None and papers["p253-40"].title.startswith("PuScan: ")
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    named = {paper.id: pid for pid, paper in papers.items()}
    pairs = {(named[a], named[b]) for a, b in builds_on(result)}
    assert pairs == {("p253-45", "p253-40"), ("p253-48", "p253-45")}


def test_an_acronym_whose_records_come_from_two_named_sources_is_a_kind_of_record() -> None:
    # wind farms (probe file 255): "10-minute SCADA records from the Horns Rev 1 offshore wind farm", "SCADA
    # data from the Lillgrund offshore wind farm", ...: no paper spells SCADA out, and every wind farm paper
    # shared "SCADA" (54 false pairs); each farm's data are the farm's
    papers = _probe_papers(255, *(f"p255-{n}" for n in range(17, 33)))
    result = infer_corpus(papers, shipped_lexicon())
    assert not any(
        "SCADA" in edge.shared for edge in result.edges if edge.kind is EdgeKind.SHARES_DATASET
    )


def test_a_surveys_citations_of_the_works_it_reviews_and_their_data_are_not_used() -> None:
    # emotion recognition (probe file 256), "...: a survey of multimodal fusion, context modelling and data
    # resources": "citing speaker-aware graph networks such as SpeakerWeave (Park et al., 2020) as
    # representative of the last", "78% of the surveyed papers report results only on IEMOCAP or MELD"; and
    # a review of veterinary oncology: "multicentre cohorts of the NorCOS type show the value of pooled
    # registries"
    papers = _loaded_probe_papers(256, "p256-01", "p256-02", "p256-04", "p256-08", "p256-10")
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    survey = papers["p256-08"].id
    assert {pair for pair in builds_on(result) if pair[0] == survey} == set()
    assert {pair for pair in shares(result) if survey in pair} == set()
    vets = infer_corpus(_probe_papers(256, "p256-17", "p256-19", "p256-24"), shipped_lexicon())
    assert {pair for pair in builds_on(vets) if pair[0] == "p256-24"} == set()
    assert {pair for pair in shares(vets) if "p256-24" in pair} == set()


def test_a_spectral_library_is_data_and_a_release_its_user_names_is_the_library() -> None:
    # Chinese silk (probe file 256): "SinoDyeLib: an open LC-MS/MS spectral library for identifying natural
    # dyes", its users "matching against SinoDyeLib v1.2", and SinoDyeLib 2.0 "All 412 entries of SinoDyeLib
    # 1.2 were reprocessed"; a library of things made is no data ("an open-source library of routines")
    from paperkg.inference.extract import _kind_near

    result = infer_corpus(_probe_papers(256, "p256-38", "p256-39", "p256-41", "p256-44"), shipped_lexicon())
    assert {("p256-41", "p256-38"), ("p256-44", "p256-38")} <= builds_on(result)
    assert {("p256-38", "p256-39"), ("p256-38", "p256-41"), ("p256-39", "p256-41")} <= shares(result)
    routines = "We present Tessera, an open-source library of routines for mesh repair"
    assert _kind_near(routines, "Tessera") == "method"


def test_a_word_of_the_language_a_prefix_or_a_compass_point_makes_is_no_data() -> None:
    # product search (probe file 258): "machine-translated queries for non-English locales", "the scarcity of
    # non-English benchmarks"; amphibians and sepsis (probe file 257): "Sepsis prediction models trained in
    # North American databases", beside "North American Amphibian Monitoring Program routes"
    search = infer_corpus(_probe_papers(258, "p258-06", "p258-07"), shipped_lexicon())
    assert shares(search) == set()
    fields = infer_corpus(_probe_papers(257, "p257-02", "p257-15", "p257-25"), shipped_lexicon())
    assert {pair for pair in shares(fields) if "p257-25" in pair} == set()


def test_what_a_paper_calls_the_next_step_is_not_used() -> None:
    # covalent docking (probe file 259): "adapting them is an obvious next step, as is testing metal-dependent
    # covalent adducts against benchmarks such as MetalDock-412"
    result = infer_corpus(_probe_papers(259, "p259-02", "p259-04", "p259-10"), shipped_lexicon())
    assert {pair for pair in builds_on(result) if pair[0] == "p259-10"} == set()
    assert {pair for pair in shares(result) if "p259-10" in pair} == set()


def test_a_release_of_data_is_data_and_releases_no_paper_presents_are_one_resource() -> None:
    # settlement grids (probe file 259): "SettleGrid-100 version 2: expanded coverage ... of building-derived
    # settlement grids", used as "from SettleGrid-100 v2"; docking: "the PDBbind v2007 refined set", "the
    # PDBbind v2013 refined set", "the PDBbind v2016 core set", "the PDBbind v2020 general set", no paper
    # presenting PDBbind; and a part
    # of data by its sample: "the coastal subsample of the 2015 Kenya STEPwise survey"
    from paperkg.inference.datasets import dataset_cues
    from paperkg.inference.extract import record_text

    grids = infer_corpus(_probe_papers(259, "p259-21", "p259-26", "p259-29"), shipped_lexicon())
    assert ("p259-29", "p259-26") in builds_on(grids)
    assert ("p259-26", "p259-29") in shares(grids)
    ids = (f"p259-{n:02}" for n in (1, 5, 6, 12, 13))
    docking = infer_corpus(_probe_papers(259, *ids), shipped_lexicon())
    assert {("p259-01", "p259-05"), ("p259-01", "p259-06"), ("p259-05", "p259-06")} <= shares(docking)
    text = "We re-analysed the coastal subsample of the 2015 Kenya STEPwise survey."
    assert [cue.name for cue in dataset_cues(record_text("p", "", text))] == ["Kenya STEPwise"]


def test_a_term_opening_its_sentence_and_a_pair_of_languages_are_no_data() -> None:
    # medical VQA (probe file 262): "Medical visual question answering (Med-VQA) models typically ...",
    # "future Med-VQA benchmarks"; speech translation (probe file 261): "the English–German, English–Dutch and
    # English–Italian directions of MuST-C", "MuST-C En–De and En–Es tst-COMMON"
    vqa = infer_corpus(_probe_papers(262, "p262-02", "p262-03", "p262-16"), shipped_lexicon())
    assert shares(vqa) == set()
    ids = (f"p261-{n:02}" for n in (2, 5, 7, 8, 10, 15))
    speech = infer_corpus(_probe_papers(261, *ids), shipped_lexicon())
    pairs = [edge for edge in speech.edges if edge.kind is EdgeKind.SHARES_DATASET]
    assert not any("\u2013" in name for edge in pairs for name in edge.shared)
    # (and a paper scoring BLEU scores systems on test data: "On the eight English-to-X directions of MuST-C,
    # Tessera achieves an average of 28.6 BLEU")
    assert ("p261-08", "p261-10") in shares(speech)


def test_a_survey_the_authors_carried_out_and_a_collection_their_work_resulted_in_are_theirs() -> None:
    # rammed earth (probe file 260): "Between 2008 and 2010 we carried out the Hexi Corridor Rammed-Earth Wall
    # Survey (HCRWS)"; shadow puppetry (probe file 262): "The resulting Lampscreen Oral History Collection,
    # named after the lamp-lit screen ..., holds 410 hours"; its users write "the HCRWS", "interviewed for the
    # Lampscreen Oral History Collection"; HIV incidence: "the Tsebo cohort" of "Cohort profile: the Tsebo
    # Serosurveillance Cohort in Maseru and Mafeteng, Lesotho"
    walls = infer_corpus(_probe_papers(260, "p260-33", "p260-34", "p260-41"), shipped_lexicon())
    assert {("p260-34", "p260-33"), ("p260-41", "p260-33")} <= builds_on(walls)
    puppets = infer_corpus(_probe_papers(262, "p262-35", "p262-37"), shipped_lexicon())
    assert builds_on(puppets) == {("p262-37", "p262-35")}
    tsebo = infer_corpus(_probe_papers(262, "p262-18", "p262-19", "p262-26"), shipped_lexicon())
    assert {("p262-19", "p262-18"), ("p262-26", "p262-18")} <= builds_on(tsebo)
    assert {("p262-18", "p262-19"), ("p262-18", "p262-26"), ("p262-19", "p262-26")} <= shares(tsebo)


def test_data_that_holds_none_of_what_a_paper_needed_and_a_reviews_findings_are_not_used() -> None:
    # speech translation (probe file 261): "Lecture-domain evaluation was not possible because LecTra-9
    # contains no multi-speaker sessions"; weather forecasting (probe file 260), "...: progress, pitfalls and
    # the road to operations", a review: "We identify five recurring problems: dependence on ERA5 for both
    # training and verification"
    lectures = infer_corpus(_probe_papers(261, "p261-01", "p261-02", "p261-15"), shipped_lexicon())
    assert {pair for pair in builds_on(lectures) if pair[0] == "p261-15"} == set()
    assert {pair for pair in shares(lectures) if "p261-15" in pair} == set()
    weather = infer_corpus(_probe_papers(260, "p260-01", "p260-04", "p260-05"), shipped_lexicon())
    assert {pair for pair in shares(weather) if "p260-05" in pair} == set()


def test_a_later_version_an_extension_of_the_teams_package_builds_on_its_first() -> None:
    # HIV incidence (probe file 262): "We present BackCalcR 2.0, an extension of our back-calculation package"
    papers = _loaded_probe_papers(262, "p262-21", "p262-30")
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert builds_on(result) == {(papers["p262-30"].id, papers["p262-21"].id)}


def test_a_reviews_examples_past_places_and_words_and_data_excluding_the_study_are_not_used() -> None:
    # delirium (probe file 264), "...: a narrative review of cohorts, risk tools and digital alerts": "large
    # prospective cohorts ..., such as SAGES in the United States and NEUROPOD in Denmark"; snakebite (probe
    # file 263), a review: "hierarchical models fitted to community surveys, such as those built around the
    # Terai Envenoming Household Survey"; steles (probe file 265): "Existing digital resources such as the
    # Jinbei Corpus cover only the southeastern prefectures ... and thus exclude the northern trading towns"
    delirium = infer_corpus(_probe_papers(264, "p264-17", "p264-28"), shipped_lexicon())
    snakes = infer_corpus(_probe_papers(263, "p263-17", "p263-28"), shipped_lexicon())
    steles = infer_corpus(_probe_papers(265, "p265-33", "p265-38"), shipped_lexicon())
    for result in (delirium, snakes, steles):
        assert builds_on(result) == set()
        assert shares(result) == set()


def test_a_title_naming_the_second_round_of_a_survey_by_its_acronym_presents_it() -> None:
    # snakebite (probe file 263): "...: the second round of the Terai Envenoming Household Survey (TEHS-2)",
    # then "Data were drawn from TEHS-2 (Adhikari et al., 2022; n = 301 bites)"
    result = infer_corpus(_probe_papers(263, "p263-17", "p263-27", "p263-31"), shipped_lexicon())
    assert ("p263-31", "p263-27") in builds_on(result)
    assert ("p263-31", "p263-17") not in builds_on(result)


def test_a_scheme_a_paper_extends_another_with_is_its_own_and_a_reviews_share_of_studies_is_theirs() -> None:
    # tabular models (probe file 266): "RowRAG: retrieval-augmented row context lets in-context tabular
    # transformers scale ...", "We extend OTTER with RowRAG, a retrieval-augmented inference scheme", then
    # "RowRAG v1.1 was used off the shelf"; program repair (probe file 267), a systematic review: "61% used
    # at least one of Defects4J, QuixBugs or JRepro-400", "hybrid tools ..., in the spirit of FixWeaver"
    tables = infer_corpus(_probe_papers(266, "p266-03", "p266-06", "p266-16"), shipped_lexicon())
    assert {("p266-06", "p266-03"), ("p266-16", "p266-03")} <= builds_on(tables)
    repair = infer_corpus(_probe_papers(267, "p267-01", "p267-03", "p267-08"), shipped_lexicon())
    assert {pair for pair in builds_on(repair) if pair[0] == "p267-08"} == set()
    assert {pair for pair in shares(repair) if "p267-08" in pair} == set()


def test_data_others_studies_drew_on_and_an_essays_examples_are_not_used() -> None:
    # railway archives (probe file 270): "Quantitative studies of the company's workforce based on the
    # Mantetsu Personnel Register Database have necessarily concentrated on salaried staff, because MPRD
    # covers only regular employees"; keyword spotting, a review: "most studies still report results only on
    # Google Speech Commands"; legal slips (probe file 271), "This essay reflects on ...": "neural networks
    # for rejoining fragments, of which ZhuiheNet is the best known"
    railways = infer_corpus(_probe_papers(270, "p270-34", "p270-36", "p270-42"), shipped_lexicon())
    assert {pair for pair in builds_on(railways) if pair[0] == "p270-42"} == set()
    assert {pair for pair in shares(railways) if "p270-42" in pair} == set()
    spotting = infer_corpus(_probe_papers(270, "p270-02", "p270-04", "p270-14"), shipped_lexicon())
    assert {pair for pair in shares(spotting) if "p270-14" in pair} == set()
    slips = infer_corpus(_probe_papers(271, "p271-41", "p271-45"), shipped_lexicon())
    assert builds_on(slips) == set()


def test_what_a_paper_could_not_apply_or_is_not_used_there_and_a_bodys_dashboard_are_not_used() -> None:
    # ancestral halls (probe file 272): "the automatic linkage tool GenLink, whose homophone tables cover
    # Mandarin, Cantonese and Hokkien but not Hakka readings, could not be applied reliably to this material";
    # dialect atlases (probe file 274): "The PRD-150 survey could not serve as the reference"; neonatal
    # withdrawal (probe file 273): "the trial protocol relies on the Calgary Infant Withdrawal Index, which is
    # not used in New Zealand units"; "EpiGraph, the open epidemic-surveillance dashboard of the regional
    # health agency", beside a podcast recommender EpiGraph
    halls = infer_corpus(_probe_papers(272, "p272-35", "p272-37"), shipped_lexicon())
    dialects = infer_corpus(_probe_papers(274, "p274-39", "p274-44"), shipped_lexicon())
    withdrawal = infer_corpus(_probe_papers(273, "p273-20", "p273-28"), shipped_lexicon())
    podcasts = infer_corpus(_probe_papers(273, "p273-07", "p273-12"), shipped_lexicon())
    for result in (halls, dialects, withdrawal, podcasts):
        assert builds_on(result) == set()


def test_a_word_another_paper_writes_as_a_place_is_no_data_and_an_acronym_cited_by_authors_is_named() -> None:
    # Qing land deeds (probe file 277): "a model trained only on Huizhou deeds", "on Huizhou deeds", "trained
    # on Huizhou hands", where the corpus's paper presenting its data writes "Xiuning county in Huizhou
    # prefecture"; "outright sales ... from the XDC (Zhou et al. 2010)" of the Xiuning Deed Corpus (XDC)
    deeds = infer_corpus(_probe_papers(277, "p277-33", "p277-41", "p277-46", "p277-47"), shipped_lexicon())
    assert {pair for pair in shares(deeds) if "p277-47" in pair} == set()
    prices = infer_corpus(_probe_papers(277, "p277-33", "p277-37"), shipped_lexicon())
    assert shares(prices) == {("p277-33", "p277-37")}
    assert builds_on(prices) == {("p277-37", "p277-33")}


def test_a_reviews_examples_named_with_their_kinds_are_not_used_and_a_trap_is_an_instrument() -> None:
    # maternal anaemia (probe file 275), a scoping review: "for example the PallorScore-5 pallor scale and the
    # MAPLE prediction model, but few such tools have been evaluated"; malaria vectors (probe file 276): "We
    # developed the Kibanda trap, a low-cost tent-style trap", then "We compared the Kibanda trap, ..."
    review = infer_corpus(_probe_papers(275, "p275-20", "p275-23", "p275-29"), shipped_lexicon())
    assert {pair for pair in builds_on(review) if pair[0] == "p275-29"} == set()
    traps = infer_corpus(_probe_papers(276, "p276-19", "p276-20"), shipped_lexicon())
    assert builds_on(traps) == {("p276-20", "p276-19")}
    # (and the eICU Collaborative Research Database by its own acronym, eICU-CRD)
    icu = infer_corpus(_probe_papers(276, "p276-03", "p276-14"), shipped_lexicon())
    assert ("p276-03", "p276-14") in shares(icu)


def test_a_release_run_before_its_version_was_presented_is_of_the_first_thing() -> None:
    # kidney registries (probe file 277): a paper of 2015 "using LinkRenal v2.1", the matcher's LinkRenal 2.0,
    # which its team presented in 2024 as "the second major version of the record-linkage software originally
    # developed for the UK Renal Registry [5]", the LinkRenal of 2011: no older use of LinkRenal 2.0
    papers = _loaded_probe_papers(277, "p277-18", "p277-22", "p277-32")
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    first, user, later = (papers[pid].id for pid in ("p277-18", "p277-22", "p277-32"))
    assert builds_on(result) == {(user, first), (later, first)}
    assert demoted(result).get("older use", 0) == 0
    # (not where the paper means another presenter's thing of the first's name: "KinTrace v2.1 was deployed in
    # four TB units" of 2015, a contact-tracing app, is no release of the KinTrace genotyping model of 2011
    # whose KinTrace 2 came later)
    papers = [*_probe_papers(107, "p107-35", "p107-44"), *_probe_papers(278, "p278-22", "p278-26")]
    result = infer_corpus(papers, shipped_lexicon())
    sent = {pair for pair in builds_on(result) if pair[0] == "p278-26"}
    assert {pair for pair in sent if pair[1].startswith("p107")} == set()


def test_a_release_named_after_the_data_in_an_aside_or_a_clause_is_that_release_and_the_first() -> None:
    # Qing land deeds (probe file 277): "the Xiuning Deed Corpus (Zhou, Ashworth and Li 2010), using its
    # second release with person identifiers (Zhou, Li and Gao 2022)", "from the Xiuning Deed Corpus (Zhou et
    # al. 2010; second release, Zhou et al. 2022)", the second release another paper presents (and the
    # first's data, which it holds)
    for user in ("p277-45", "p277-46"):
        result = infer_corpus(_probe_papers(277, "p277-33", "p277-44", user), shipped_lexicon())
        assert (user, "p277-44") in builds_on(result)
        assert ("p277-33", user) in shares(result)


def test_a_quantity_reported_as_a_mean_and_an_example_of_a_kind_present_and_use_nothing() -> None:
    # high-entropy alloys (probe file 278): "Vickers hardness (HV0.5) is reported as the mean of ten indents",
    # then another paper's "Vickers hardness"; Song maps (probe file 279), a review: "imaging, including 3D
    # documentation of the kind represented by StoneMap-3D, has changed what counts as the primary source"
    alloys = infer_corpus(_probe_papers(278, "p278-02", "p278-09"), shipped_lexicon())
    assert builds_on(alloys) == set()
    maps = infer_corpus(_probe_papers(279, "p279-40", "p279-46"), shipped_lexicon())
    assert builds_on(maps) == set()
    assert shares(maps) == set()


def test_names_a_title_gives_a_trial_a_cohort_a_release_and_a_database_and_a_cited_release() -> None:
    # tuberculosis (probe file 278): "... in Lusaka, Zambia (DOORSTEP): a pragmatic cluster-randomised trial",
    # then its team's "... (DOORSTEP-2): a stepped-wedge cluster-randomised trial"; stroke (probe file 280):
    # "Motor Recovery after Stroke (MoRSe): design and baseline characteristics of a prospective inception
    # cohort"; woodblock prints: "We present KIWAME (...), a relational database and image reference
    # collection of 3,412 seal impressions"; dengue (probe file 279): "The Global Dengue Serosurvey
    # Compendium, release 2: a 2019-2022 update"; opera (probe file 278): "detected with LOD v1.2 [12]"
    trials = _loaded_probe_papers(278, "p278-25", "p278-30")
    result = infer_corpus(list(trials.values()), shipped_lexicon())
    assert builds_on(result) == {(trials["p278-30"].id, trials["p278-25"].id)}
    stroke = infer_corpus(_probe_papers(280, "p280-17", "p280-28"), shipped_lexicon())
    assert ("p280-28", "p280-17") in builds_on(stroke)
    prints = infer_corpus(_probe_papers(280, "p280-33", "p280-34"), shipped_lexicon())
    assert shares(prints) == {("p280-33", "p280-34")}
    dengue = infer_corpus(_probe_papers(279, "p279-26", "p279-31"), shipped_lexicon())
    assert dengue.entities["dataset:global-dengue-serosurvey-compendium-dr2"].kind == "dataset"
    onsets = infer_corpus(_probe_papers(278, "p278-35", "p278-39"), shipped_lexicon())
    assert ("p278-39", "p278-35") in builds_on(onsets)


def test_a_reimplementation_of_the_teams_toolbox_in_another_language_builds_on_it() -> None:
    # causal discovery (probe file 280): "We describe WaveGranger 2.0, a reimplementation in Python of our
    # MATLAB toolbox for time- and frequency-resolved Granger causality (Raghunathan et al., 2013)"
    papers = _loaded_probe_papers(280, "p280-03", "p280-10")
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert builds_on(result) == {(papers["p280-10"].id, papers["p280-03"].id)}


def test_a_count_ending_an_acronym_and_a_design_title_opening_with_its_words_name_the_data() -> None:
    # bronze inscriptions (probe file 281): "We introduce BRIC-5k (Bronze Rubbing Image Collection), a
    # collection of 5,312 rubbing images", then "Trained and evaluated on the standard splits of the Bronze
    # Rubbing Image Collection (Zhao et al., 2020)"; gestational diabetes (probe file 283): "Design and
    # baseline characteristics of the Jiangnan Birth and Glucose Study: a prospective pregnancy cohort in Wuxi
    # and Suzhou, China", then "We applied MATRISK-5 to 9,870 women from the Jiangnan Birth and Glucose Study"
    rubbings = infer_corpus(_probe_papers(281, "p281-42", "p281-43"), shipped_lexicon())
    assert shares(rubbings) == {("p281-42", "p281-43")}
    cohort = infer_corpus(_probe_papers(283, "p283-21", "p283-23"), shipped_lexicon())
    assert ("p283-23", "p283-21") in builds_on(cohort)


def test_data_spelt_out_in_words_of_data_and_data_the_paper_lacks_the_like_of() -> None:
    # radiocarbon chronologies (probe file 285): "The Nordic Radiocarbon Archaeological Dates database (NRAD):
    # a quality-assessed compilation for Fennoscandia and Denmark", then its users' "extracted from NRAD";
    # "the absence of a national compilation equivalent to NRAD"
    dates = infer_corpus(_probe_papers(285, "p285-33", "p285-34", "p285-48"), shipped_lexicon())
    assert shares(dates) == {("p285-33", "p285-34")}
    assert {pair for pair in builds_on(dates) if pair[0] == "p285-48"} == set()


def test_an_example_others_reported_on_and_a_surveys_illustrations_and_span_of_kinds_are_not_used() -> None:
    # table QA (probe file 286): "Existing perturbation suites have been criticised on this point;
    # TQA-Robust-12, for instance, was reported to alter the correct answer"; Tang poetry, a review: "We
    # illustrate the category of annotated corpora with TangMeter-5K", "digital resources have transformed
    # access to Tang poetry, from full-text databases of the Quan Tangshi to prosodically annotated corpora"
    tables = infer_corpus(_probe_papers(286, "p286-03", "p286-15"), shipped_lexicon())
    assert builds_on(tables) == set()
    poems = infer_corpus(_probe_papers(286, "p286-33", "p286-38", "p286-42"), shipped_lexicon())
    assert {pair for pair in builds_on(poems) if pair[0] == "p286-42"} == set()
    assert {pair for pair in shares(poems) if "p286-42" in pair} == set()
    anthology = infer_corpus(_probe_papers(286, "p286-38", "p286-39", "p286-42"), shipped_lexicon())
    assert shares(anthology) == {("p286-38", "p286-39")}


def test_an_essay_surveying_the_field_names_its_families_of_work_by_examples() -> None:
    # Jianyang imprints (probe file 284): "This essay surveys the field and asks what kinds of question these
    # methods have made answerable. We distinguish four families of work: ..., exemplified by tools such as
    # CrackSeq; machine learning of carving style ..., which has coalesced around benchmarks such as
    # JY-Glyph-3K"
    essay = infer_corpus(_probe_papers(284, "p284-37", "p284-41", "p284-46"), shipped_lexicon())
    assert {pair for pair in builds_on(essay) if pair[0] == "p284-46"} == set()
    assert {pair for pair in shares(essay) if "p284-46" in pair} == set()


def test_data_to_be_examined_once_they_are_released_are_not_used() -> None:
    # postpartum haemorrhage (probe file 288): "whether similar time-dependence applies to prophylaxis should
    # be examined with individual data from the TAPIR trial once they are released"
    result = infer_corpus(_probe_papers(288, "p288-22", "p288-24"), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


def test_a_dynasty_by_its_compass_word_an_example_above_all_and_a_tool_not_needed_are_no_use() -> None:
    # Buddhist steles (probe file 287): "a digital corpus of 2,847 dated inscriptions from the Northern Wei,
    # Eastern and Western Wei, Northern Qi and Northern Zhou (386-581)", dynasties every paper of the field
    # names; "Canonical text databases, above all CBETA, underpin the identification of quoted scripture";
    # sickle cell registries: "Probabilistic linkage tools developed for US surveillance, such as HemoTrace,
    # were unnecessary here because a unique identifier was available"
    steles = infer_corpus(_probe_papers(287, "p287-33", "p287-34", "p287-36"), shipped_lexicon())
    assert shares(steles) == set()
    texts = infer_corpus(_probe_papers(287, "p287-42", "p287-45", "p287-46"), shipped_lexicon())
    assert {pair for pair in shares(texts) if "p287-46" in pair} == set()
    linkage = infer_corpus(_probe_papers(287, "p287-21", "p287-29"), shipped_lexicon())
    assert builds_on(linkage) == set()


def test_a_library_of_versioned_templates_is_software_and_its_extension_uses_it() -> None:
    # network meta-analysis (probe file 291): "We present BRANCH (...), a library of WinBUGS 1.4.3 model
    # templates": a version's dots end no clause, so the library is of models, no data; "an extension of the
    # BRANCH toolkit ... We extend BRANCH [7]" builds on it
    result = infer_corpus(_probe_papers(291, "p291-01", "p291-11"), shipped_lexicon())
    assert builds_on(result) == {("p291-11", "p291-01")}


def test_a_tutorial_review_of_meta_analysis_software_and_what_should_be_confirmed_use_nothing() -> None:
    # "Software for Bayesian network meta-analysis: a practical guide ...": "This tutorial review describes
    # the main families of tools" pools no studies, and names BRANCH as an example; kidney stones: "these
    # trends should be confirmed in incident cohorts with imaging, such as CALYX"
    review = infer_corpus(_probe_papers(291, "p291-01", "p291-14"), shipped_lexicon())
    assert builds_on(review) == set()
    cohort = infer_corpus(_probe_papers(291, "p291-17", "p291-31"), shipped_lexicon())
    assert builds_on(cohort) == set()
    assert shares(cohort) == set()


@pytest.mark.parametrize(
    ("number", "cited", "citing"),
    [
        # lacquer conservation (probe file 293): "Tan et al. (2019) reported a mean volumetric shrinkage of
        # 4.1% for the LentiDry staged humidity-controlled protocol ..., but we did not apply that protocol"
        (293, "p293-21", "p293-27"),
        # traffic forecasting: "for instance Park et al. (2020) found 17% of readings missing during typhoon
        # periods in the DeltaSense dataset, and our feed showed 12%"
        (293, "p293-35", "p293-42"),
        # bamboo slips (probe file 294): "(Tominaga and colleagues reported that Knotline 2 recovered 92% of
        # adjacent slip pairs ...)"
        (294, "p294-42", "p294-47"),
        # reef monitoring (probe file 295): "For context, Lestari et al. (2019) reported mean hard coral cover
        # of 23.7% across Coral Triangle sites in their photo-quadrat archive"
        (295, "p295-36", "p295-47"),
        # herbal pharmacovigilance: "Liang et al. reported that Polygonum multiflorum accounted for 18.4% of
        # HILI cases in the Lingnan HILI Registry"
        (295, "p295-19", "p295-28"),
    ],
)
def test_a_finding_other_authors_reported_is_quoted_not_built_on(
    number: int, cited: str, citing: str
) -> None:
    papers = _loaded_probe_papers(number, cited, citing)
    assert builds_on(infer_corpus(list(papers.values()), shipped_lexicon())) == set()


@pytest.mark.parametrize(
    ("number", "introducer", "other"),
    [
        # leprosy (probe file 293): "consistent with the spatial contact gradient reported from the Araguaia
        # Household Contact Cohort in Brazil (odds ratio 1.9 ...), although we had no access to those data"
        (293, "p293-02", "p293-12"),
        # a survey: "Representative models discussed include DCRNN, ... and KESTREL, which we describe from
        # their published accounts without re-running them"
        (293, "p293-33", "p293-34"),
        # speech recognition (probe file 295): "the original Harmattan (Owusu et al., 2020), for instance, has
        # become a common baseline in prior work, although we do not re-evaluate it here"
        (295, "p295-02", "p295-16"),
        # vascular access (probe file 294): "Recent trial evidence may alter the calculus: the KESTREL trial
        # reported 6-month target lesion primary patency of 71%"
        (294, "p294-19", "p294-24"),
        # "the CALIPER score, for example, has been widely used in UK units for this purpose"
        (294, "p294-18", "p294-26"),
        # memory models: "in the Lakemoor Recall Corpus, recall was reported to decline by approximately 4%"
        (294, "p294-03", "p294-12"),
        # "individual case causality assessment with instruments such as the Jianding Causality Scale was
        # outside its scope"
        (295, "p295-20", "p295-26"),
    ],
)
def test_what_the_paper_had_no_access_to_did_not_rerun_or_others_reported_or_use_it_does_not_build_on(
    number: int, introducer: str, other: str
) -> None:
    papers = _loaded_probe_papers(number, introducer, other)
    assert builds_on(infer_corpus(list(papers.values()), shipped_lexicon())) == set()


def test_a_language_qualifying_part_of_data_and_a_reviews_second_place_possessive_are_no_data() -> None:
    # speech recognition (probe file 295): "we also train on the Kinyarwanda subset of Mozilla Common Voice",
    # "we train on the Kiswahili and Kinyarwanda subsets of Mozilla Common Voice": a part of other data, no
    # data named Kinyarwanda
    speech = infer_corpus(_probe_papers(295, "p295-01", "p295-15"), shipped_lexicon())
    assert shares(speech) == set()
    # leprosy, a systematic review: "Most studies used areal data, typically ... from national systems such
    # as Brazil's SINAN or India's NLEP reports"
    review = infer_corpus(_probe_papers(293, "p293-03", "p293-04"), shipped_lexicon())
    assert shares(review) == set()


@pytest.mark.parametrize(
    ("number", "introducer", "other"),
    [
        # tuberculosis genomics (probe file 296): "TBeacon has been widely adopted for their detection, but
        # our analysis was restricted to consensus genotypes"
        (296, "p296-19", "p296-30"),
        # Qing law (probe file 297): "the Jiaqing Homicide Memorials Corpus has become a standard reference
        # for quantitative work on homicide"
        (297, "p297-34", "p297-44"),
        # perinatal cohorts: "Linkage to questionnaire-based cohorts ..., such as the Tamar Perinatal Cohort,
        # was considered but not undertaken"
        (297, "p297-19", "p297-28"),
        # a systematic review: "pregnancy-specific worry measures such as the Pregnancy-Related Anxiety
        # Questionnaire and the recently developed Nesting Worry Inventory"
        (297, "p297-20", "p297-23"),
        # sports (probe file 296): "the analysis of the Corvane Track Panel by Ferreira et al. (2018)
        # reported a peak of 28.9 years"
        (296, "p296-01", "p296-10"),
        # paediatric pharmacokinetics (probe file 298): "the SPRITE investigators reported that only 41% of
        # vancomycin courses ... reached target (Nguyen et al., 2020)"
        (298, "p298-19", "p298-28"),
        # a survey of dialect resources: "for example MING for Middle Chinese initial correspondences or the
        # Oujiang Wu Sound Archive for southern Wu"
        (298, "p298-34", "p298-36"),
    ],
)
def test_what_the_field_adopted_a_plan_not_undertaken_and_others_analyses_are_not_built_on(
    number: int, introducer: str, other: str
) -> None:
    papers = _loaded_probe_papers(number, introducer, other)
    assert builds_on(infer_corpus(list(papers.values()), shipped_lexicon())) == set()


def test_what_a_survey_describes_and_figures_a_register_shows_by_a_citation_are_no_shared_data() -> None:
    # a survey of dialect resources (probe file 298): "Second, the Chinese Language Resources Protection
    # Project has generated standardized audio and video documentation for more than a thousand localities"
    survey = infer_corpus(_probe_papers(298, "p298-35", "p298-36"), shipped_lexicon())
    assert shares(survey) == set()
    # ceramics (probe file 296): "in marked contrast to the eastern African coast, where the Swahili Coast
    # Sherd Register shows Longquan celadon accounting for 62% of Chinese sherds before 1400 (Mbwambo et al.,
    # 2015)"
    sherds = infer_corpus(_probe_papers(296, "p296-33", "p296-43"), shipped_lexicon())
    assert shares(sherds) == set()


@pytest.mark.parametrize(
    ("number", "introducer", "other"),
    [
        # woodblock prints (probe file 299): "Guo and Lu (2019), in their compositional typology of northern
        # door-god prints, report that paired martial types ... accounted for nearly two thirds of the sheets"
        (299, "p299-38", "p299-40"),
        # item response models: "a natural next step is to examine DIF with methods designed for many groups,
        # such as HaloDIF, after removing rapid responses"
        (299, "p299-04", "p299-13"),
        # "notably DRIFT (Quintanilla et al., 2017), have been widely used in the large-scale assessment
        # literature, but our operational constraints ... led us to a simpler static formulation"
        (299, "p299-03", "p299-11"),
        # "could be tested with block-matching methods such as Xylomatch 2, but such analysis requires
        # high-resolution images ... and is left to future work"
        (299, "p299-43", "p299-46"),
        # a review: "such as irtLoom for multidimensional models, DRIFT for item parameter drift across
        # assessment cycles and HaloDIF for many-group DIF, although we did not evaluate or run any of these
        # tools"
        (299, "p299-04", "p299-07"),
        # snakebite: "Trials in neighbouring countries, such as the KRAIT trial in India and Bangladesh, have
        # reported less death ... (Menon et al., 2020), but the present study addresses primary prevention"
        (299, "p299-21", "p299-26"),
        # code models (probe file 300): "consistent with the 19-point drop from HumanEval to KilnEval reported
        # by Raghunathan et al. (2023), although we did not evaluate on KilnEval ourselves"
        (300, "p300-01", "p300-07"),
        # bakers' asthma (probe file 301): "consistent with the sensitisation incidence of 4.2 per 100
        # person-years reported among Dutch and Flemish apprentices in the TALVEN cohort"
        (301, "p301-17", "p301-20"),
        # radial velocities: "comparable to the 1.9 m/s reported for solar twins in the HelioTwin-RV catalogue
        # (Queiroz et al., 2017)"
        (301, "p301-05", "p301-12"),
    ],
)
def test_findings_quoted_uses_widely_made_next_steps_and_tools_not_run_are_not_built_on(
    number: int, introducer: str, other: str
) -> None:
    papers = _loaded_probe_papers(number, introducer, other)
    assert builds_on(infer_corpus(list(papers.values()), shipped_lexicon())) == set()


def test_a_published_effect_used_as_a_prior_builds_on_the_trial_but_shares_none_of_its_data() -> None:
    # road injury (probe file 203): "close to the incidence rate ratio of 0.66 reported for engineered school
    # zones in the SLOW-30 trial [12], and when the published SLOW-30 effect was used as an informative prior
    # in a Bayesian sensitivity analysis, the posterior RR was 0.70"
    papers = _loaded_probe_papers(203, "p203-22", "p203-30")
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert builds_on(result) == {(papers["p203-30"].id, papers["p203-22"].id)}
    assert shares(result) == set()


def test_a_surveys_share_of_papers_and_a_studys_estimate_where_it_was_made_are_no_shared_data() -> None:
    # a review of code benchmarks (probe file 300): "We find that 68% of papers report results on HumanEval"
    survey = infer_corpus(_probe_papers(300, "p300-04", "p300-08"), shipped_lexicon())
    assert shares(survey) == set()
    # snakebite (probe file 299): "the scale of the problem in Asia, where the Million Death Study estimated
    # 1.2 million snakebite deaths"
    deaths = infer_corpus(_probe_papers(299, "p299-18", "p299-30"), shipped_lexicon())
    assert shares(deaths) == set()


@pytest.mark.parametrize(
    ("number", "introducer", "other"),
    [
        # dental caries (probe file 302): "School programmes combining supervised brushing and varnish have
        # achieved relative reductions of around a quarter elsewhere, for example 26% in the HALO trial (Pryce
        # et al., 2016)"
        (302, "p302-20", "p302-25"),
        # "Automated photographic screening with OcclusaNet 2.0 is being considered for a later sub-study but
        # is not part of the present protocol"
        (302, "p302-28", "p302-32"),
        # Dunhuang manuscripts (probe file 303): "For context, the Sanwei Fibre Atlas study reported that
        # paper mulberry accounts for 46% ... (Wang et al., 2018)"
        (303, "p303-33", "p303-45"),
        # "Multispectral imaging of the scrolls ..., for example with the Moxian pipeline, would document the
        # effect of lining removal"
        (303, "p303-35", "p303-42"),
        # translation (probe file 303): "We did not include multilingual models such as Wayra in our
        # comparison"
        (303, "p303-03", "p303-06"),
        # "the developers of the Qillqa Corpus, for instance, reported that 38% of their Quechua-Spanish
        # sentences come from municipal records"
        (303, "p303-01", "p303-13"),
        # garden history (probe file 304), a survey: "Examples of textual resources include the Jiangnan
        # Garden Records Corpus ...", "Methods for analysing movement and vision include Framed View Sequence
        # Analysis"
        (304, "p304-33", "p304-45"),
        (304, "p304-35", "p304-45"),
    ],
)
def test_what_others_achieved_what_is_considered_for_later_and_what_a_kind_includes_are_not_built_on(
    number: int, introducer: str, other: str
) -> None:
    papers = _loaded_probe_papers(number, introducer, other)
    assert builds_on(infer_corpus(list(papers.values()), shipped_lexicon())) == set()


def test_what_the_paper_says_it_has_not_applied_it_does_not_build_on() -> None:
    # Ming registers (probe file 306): "The DecaLink method [9] could in principle trace how long women
    # remained heads, but its reliance on patterns of male succession makes it ill-suited to these
    # households, and we have not applied it"
    papers = _loaded_probe_papers(306, "p306-35", "p306-45")
    assert builds_on(infer_corpus(list(papers.values()), shipped_lexicon())) == set()


@pytest.mark.parametrize(
    ("number", "introducer", "other"),
    [
        # a survey of drug-interaction models (probe file 306): "We likewise summarise commonly used
        # resources, among them DrugBank, ..., and the recently proposed severity-tiered SAIP benchmark"
        (306, "p306-02", "p306-04"),
        # a review of Ming registers: "For the last we take as illustrative examples the newly released Houhu
        # Fragment Corpus and prosopographical resources such as the China Biographical Database (CBDB)"
        (306, "p306-33", "p306-34"),
    ],
)
def test_what_a_survey_summarises_and_takes_as_examples_it_neither_builds_on_nor_shares(
    number: int, introducer: str, other: str
) -> None:
    result = infer_corpus(_probe_papers(number, introducer, other), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


@pytest.mark.parametrize(
    ("number", "introducer", "other"),
    [
        # Ming registers (probe file 306): "Automated linkage across rounds, of the kind made possible by
        # methods such as DecaLink, would be valuable should Fujian register fragments come to light"
        (306, "p306-35", "p306-41"),
        # hearing loss (probe file 305): "For comparison, the HALO trial reported a 3.1-point greater
        # reduction ... over 24 months (Halloran et al., 2018); our observational estimates are smaller"
        (305, "p305-20", "p305-31"),
        # "In longitudinal Canadian data, LHAC investigators reported faster cognitive decline ..."
        (305, "p305-17", "p305-29"),
        # school obesity (probe file 307): "For comparison, a UK cluster randomised trial of a whole-school
        # programme, HOPSCOTCH, reported a reduction of 0.08 in BMI z-score ... (Whitfield et al., 2019)"
        (307, "p307-18", "p307-22"),
        # call-centre emotion: "The corpus on which that model was originally trained was reported to reach
        # moderate agreement for frustration (kappa = 0.61; Nowak et al., 2019)"
        (307, "p307-01", "p307-10"),
        # cave temples: "The present study does not code haloes systematically; earlier work has shown that
        # flame-bordered mandorlas had largely disappeared ... by c. 520 (Whitcombe and Ishikawa, 2018)"
        (307, "p307-34", "p307-39"),
    ],
)
def test_what_would_be_valuable_and_findings_quoted_with_their_citations_are_not_built_on(
    number: int, introducer: str, other: str
) -> None:
    papers = _loaded_probe_papers(number, introducer, other)
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


def test_what_the_team_introduced_in_earlier_work_and_extends_now_builds_on_that_work() -> None:
    # drug interactions (probe file 306): "In earlier work we introduced HyperDrift, a hypergraph neural
    # network ... Here we extend HyperDrift with temporal hyperedges"
    papers = _loaded_probe_papers(306, "p306-03", "p306-08")
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert builds_on(result) == {(papers["p306-08"].id, papers["p306-03"].id)}


def test_a_thing_and_its_later_version_in_one_list_are_both_built_on() -> None:
    # call-centre emotion (probe file 307): "We present a reproducible benchmark in which FrayNet, FrayNet 2.0
    # and LANTERN are retrained from their released code"
    papers = _loaded_probe_papers(307, "p307-03", "p307-11", "p307-16")
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert (papers["p307-16"].id, papers["p307-03"].id) in builds_on(result)
    assert (papers["p307-16"].id, papers["p307-11"].id) in builds_on(result)


@pytest.mark.parametrize(
    ("number", "ids"),
    [
        # school obesity (probe file 307), a review: "US surveillance data from NHANES have long documented
        # rising prevalence in this age group"
        (307, ("p307-20", "p307-22")),
        # cave temples: "a catalogue of the head haloes ... of 1,420 images from the Yungang, Longmen and
        # Gongxian cave temples" (sites, as "images from the Porto and Kraków centres")
        (307, ("p307-34", "p307-35")),
    ],
)
def test_data_the_field_has_long_documented_with_and_sites_images_come_from_are_not_shared(
    number: int, ids: tuple[str, ...]
) -> None:
    assert shares(infer_corpus(_probe_papers(number, *ids), shipped_lexicon())) == set()


@pytest.mark.parametrize(
    ("number", "introducer", "other"),
    [
        # a review of language phylogenies (probe file 309): "We first describe the principal data sources,
        # including lexical collections such as the Austronesian Basic Vocabulary Database (ABVD) and the
        # recently released NusaCog dataset"
        (309, "p309-01", "p309-06"),
        # a review of building energy calibration (probe file 308): "Open benchmarks remain rare; the Halden
        # Metered Buildings Collection is among the few public datasets designed for calibration"
        (308, "p308-02", "p308-06"),
        # "In our earlier application of Calibrix to 12 buildings of the Halden Metered Buildings Collection
        # we reported a median CV(RMSE) of 9.8%; the higher error here reflects coarse archetype models"
        (308, "p308-02", "p308-09"),
        # shipwrecks (probe file 309): "Lin et al. (2014) assigned just over a third of the qingbai sherds
        # they sampled from the Nanhai I to Fujian kilns using the KilnPrint database; we cite this figure,
        # but no ceramics were reanalysed for the present study"
        (309, "p309-33", "p309-41"),
        # sensor anomalies (probe file 310): "We did not evaluate Corvane or Gnomon: Corvane's synthetic
        # perturbations assume high-frequency sampling that SCADA data lack, and Gnomon requires ..."
        (310, "p310-02", "p310-09"),
        # oncology trials: "we considered dynamic borrowing with PEBBLE and with robust
        # meta-analytic-predictive priors, but decided against both"
        (310, "p310-17", "p310-20"),
    ],
)
def test_what_a_survey_describes_the_teams_earlier_finding_and_what_was_not_tried_are_not_used(
    number: int, introducer: str, other: str
) -> None:
    result = infer_corpus(_probe_papers(number, introducer, other), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


@pytest.mark.parametrize(
    ("number", "introducer", "other"),
    [
        # nursing homes (probe file 308): "By comparison, a US cohort study reported that 38.2% of long-stay
        # residents received at least one antibiotic per year (Kessler et al., 2016)"
        (308, "p308-18", "p308-23"),
        # calligraphy: "- Zhang et al. (2019) report an AUC of 0.91 for MING - but such figures derive from
        # training labels that include precisely the contested attributions"
        (308, "p308-38", "p308-46"),
        # diaspora newspapers (probe file 310): "For comparison with Singapore we rely on figures published by
        # Chua and Lee (2019), who counted 4,312 remittance advertisements"
        (310, "p310-39", "p310-40"),
    ],
)
def test_findings_of_an_unnamed_study_in_the_present_and_published_figures_are_not_built_on(
    number: int, introducer: str, other: str
) -> None:
    papers = _loaded_probe_papers(number, introducer, other)
    assert builds_on(infer_corpus(list(papers.values()), shipped_lexicon())) == set()


def test_the_sherds_sampled_from_a_wreck_are_no_data_the_wreck_holds() -> None:
    # shipwrecks (probe file 309): "the qingbai sherds they sampled from the Nanhai I", a wreck two papers
    # write of, each of its own timbers or cargo
    assert shares(infer_corpus(_probe_papers(309, "p309-37", "p309-41"), shipped_lexicon())) == set()


@pytest.mark.parametrize(
    ("number", "introducer", "user"),
    [
        # wastewater (probe file 309): "We fitted Lodestar to the CULVERT dataset, comprising 38 treatment
        # plants in the US Midwest" (the two papers of one year: the sentence's use orders them)
        (309, "p309-17", "p309-19"),
        # diaspora newspapers (probe file 310): "We present Moxian 墨线, an open-source pipeline for layout
        # analysis and OCR" (a noun, past its name in Chinese, though shaped as an adjective)
        (310, "p310-36", "p310-38"),
    ],
)
def test_data_a_model_was_fitted_to_and_a_tool_named_in_two_scripts_are_built_on(
    number: int, introducer: str, user: str
) -> None:
    papers = _probe_papers(number, introducer, user)
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {(papers[1].id, papers[0].id)}


def test_what_a_paper_did_not_use_among_examples_set_off_by_a_comma_it_does_not_build_on() -> None:
    # diaspora newspapers (probe file 310): "we did not use automatic transcription, including the Moxian OCR
    # pipeline, because the decorative typefaces of commemorative supplements remain beyond its reach" (of a
    # paper beside one that uses Moxian: "Pages were processed using Moxian, ...")
    papers = _probe_papers(310, "p310-36", "p310-38", "p310-43")
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == {(papers[1].id, papers[0].id)}


@pytest.mark.parametrize(
    ("number", "introducer", "other"),
    [
        # scholarly recommenders (probe file 312): "An analysis of the ShelfTrace library logs reported that
        # 41% of discovery sessions end after a single record view (Lindqvist et al., 2019)"
        (312, "p312-03", "p312-08"),
        # "ShelfTrace results for DRIFT were not re-run, because the data-use agreement could not be
        # concluded"
        (312, "p312-03", "p312-13"),
        # antidepressants (probe file 313): "We considered using the Vireo Depression Trials Database, which
        # contains more recent trials, but did not, because its coding of trial sites was incomplete"
        (313, "p313-17", "p313-20"),
        # a review of software: "We reviewed software for Bayesian NMA ...; examples include MBNMAdose for
        # dose-response and SpindleNMA for longitudinal outcomes"
        (313, "p313-19", "p313-24"),
        # a review of opera sound archives: "Discographic tools such as the Discography of American Historical
        # Recordings (DAHR) and the Changpian Matrix Index have made dating and attribution more systematic"
        (313, "p313-37", "p313-40"),
        # "We did not search Chinese-language bibliographic databases such as CNKI"
        (313, "p313-26", "p313-30"),
    ],
)
def test_an_unnamed_studys_finding_what_was_not_rerun_or_searched_and_review_examples_are_not_used(
    number: int, introducer: str, other: str
) -> None:
    papers = _loaded_probe_papers(number, introducer, other)
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


@pytest.mark.parametrize(
    ("number", "introducer", "other"),
    [
        # HIV incidence (probe file 312): "in the Nkhata Bay Recency Cohort, for example, Banda et al. (2014)
        # reported an MDRI of 141 days for the LAg assay"
        (312, "p312-17", "p312-18"),
        # Tang anthologies: "which diplomatic transcriptions, including the Shazhou Edition, do not record in
        # sufficient detail, we worked directly from the manuscript images"
        (312, "p312-35", "p312-39"),
        # bronze inscriptions (probe file 311): "Huang et al. (2018), linking the sexagenary days of the
        # inscription to contemporaneous full-date vessels in their Tiangan Lattice model, placed it in 816
        # BCE"
        (311, "p311-37", "p311-47"),
    ],
)
def test_what_others_reported_in_a_thing_and_their_own_and_a_kinds_lack_are_not_built_on(
    number: int, introducer: str, other: str
) -> None:
    papers = _loaded_probe_papers(number, introducer, other)
    assert builds_on(infer_corpus(list(papers.values()), shipped_lexicon())) == set()


def test_reigns_named_together_and_an_emperor_name_periods_not_data() -> None:
    # Qing porcelain (probe file 316): "41,870 entries from the Yongzheng and early Qianlong reigns", "the
    # Yongzheng emperor intervened personally": two papers writing of that reign share no data named Yongzheng
    papers = _probe_papers(316, "p316-33", "p316-39", "p316-42")
    assert shares(infer_corpus(papers, shipped_lexicon())) == set()


def test_a_town_named_with_its_state_is_no_corpus_of_that_name() -> None:
    # child language (probe file 314): "We recorded 30 Spanish-English bilingual families in Providence, Rhode
    # Island", beside a paper using the Providence corpus
    assert shares(infer_corpus(_probe_papers(314, "p314-05", "p314-15"), shipped_lexicon())) == set()


@pytest.mark.parametrize(
    ("number", "introducer", "other"),
    [
        # Qing porcelain (probe file 316): "Liu et al. (2019), for example, reported that the Yuyao Glaze
        # Index correctly classified 94% of imperial sherds"
        (316, "p316-35", "p316-42"),
        # child language (probe file 314): "...: in the ToddLex home-video corpus, named objects were reported
        # to be in the child's view on 78% of naming events (Levinson et al., 2015), ...; we did not analyse
        # those recordings here"
        (314, "p314-03", "p314-16"),
        # gazetteer maps: "Quantitative studies elsewhere have found that prefectural maps are more
        # geometrically distorted ..., with a median Lattice-Departure Index of 0.42 ... (Chen et al., 2014)"
        (314, "p314-35", "p314-43"),
    ],
)
def test_findings_others_reported_past_an_aside_or_a_decimal_are_not_built_on(
    number: int, introducer: str, other: str
) -> None:
    papers = _loaded_probe_papers(number, introducer, other)
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


def test_what_this_leaves_to_future_work_is_not_built_on() -> None:
    # small-area poverty (probe file 315): "A joint model of multiple survey rounds, such as the space-time
    # structure of Baobab 2.0, could separate drift in covariate effects from genuine change in poverty, but
    # this is left to future work" (the two papers share SAPHIRE, which both use)
    papers = _probe_papers(315, "p315-24", "p315-30")
    assert builds_on(infer_corpus(papers, shipped_lexicon())) == set()


@pytest.mark.parametrize(
    ("number", "first", "other", "user"),
    [
        # Qing porcelain (probe file 316): "We compared the classifiers with the Yuyao Glaze Index (YGI) and
        # its revised version YGI 2.0"
        (316, "p316-35", "p316-43", "p316-45"),
        # small-area poverty (probe file 315): "We extend Palisade ... The extension, Palisade-IS, augments
        # the likelihood", then "Palisade 2.0 also adopts the informative-sampling likelihood of Palisade-IS"
        (315, "p315-25", "p315-22", "p315-29"),
    ],
)
def test_a_thing_named_beside_its_revised_version_and_an_extension_named_in_apposition_are_built_on(
    number: int, first: str, other: str, user: str
) -> None:
    papers = _loaded_probe_papers(number, first, other, user)
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert (papers[user].id, papers[first].id) in builds_on(result)


@pytest.mark.parametrize(
    ("number", "introducer", "other"),
    [
        # legal judgments (probe file 319): "Holding extraction has also been approached with dedicated tools
        # (MacAllister and Hirsch, 2020), but we found reduction reasons to be stated locally enough"
        (319, "p319-03", "p319-10"),
        # "Long-document models ... report strong results on European data; for example, JurisLens 2.0
        # reaches micro-F1 of 0.81 on ECtHR (Okafor et al., 2022)"
        (319, "p319-06", "p319-12"),
        # tuberculosis tests: "... resembles the latent class estimate of 58% for stool Ultra reported from
        # the KAPTA cohort"
        (319, "p319-23", "p319-28"),
        # export silver: "van Dongen et al. (2019), drawing on their Meridian database, estimated that ..."
        (319, "p319-33", "p319-39"),
        # temple steles (probe file 318): "the second release of the Lüliang Temple Inscription Corpus reports
        # that 41% of dated inscriptions concern repairs (Guo et al., 2022), although we did not consult those
        # data"
        (318, "p318-41", "p318-45"),
        # federated imaging: "a formal privacy audit with SiloScope was not performed in this work"
        (318, "p318-05", "p318-09"),
        # climate calibration (probe file 317): "A natural extension would combine the two resolutions ...,
        # for example with the Halyard method (Abernethy et al., 2021); we leave this to future work"
        (317, "p317-08", "p317-15"),
        # film periodicals: "Zhou and colleagues have estimated that the three largest periodicals account for
        # nearly a quarter of all characters in the Filmweft corpus"
        (317, "p317-33", "p317-43"),
        # "Two extensions remain for future work: linking these advertisements to the surviving handbills in
        # the Qiu Shuyun Collection, and applying automated entity extraction with Reelmark"
        (317, "p317-35", "p317-46"),
        (317, "p317-36", "p317-46"),
    ],
)
def test_what_has_been_done_results_quoted_and_tasks_left_for_later_are_not_used(
    number: int, introducer: str, other: str
) -> None:
    papers = _loaded_probe_papers(number, introducer, other)
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


def test_a_review_of_methods_that_says_how_meta_analyses_pool_pools_nothing() -> None:
    # a methodological review (probe file 319), "when fewer than ten studies are pooled" (pooling said of
    # meta-analyses in general): "latent class models for imperfect reference standards such as MERIDIAN"
    result = infer_corpus(_probe_papers(319, "p319-17", "p319-25"), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


@pytest.mark.parametrize(
    ("number", "ids"),
    [
        # a systematic review (probe file 318): "benchmark resources cited in the corpus included BraTS,
        # CheXpert, the Nordlys Multicentre Mammography Cohort and the VERDANT suite"
        (318, ("p318-07", "p318-08")),
        # "we took the screen-detected cancer rates of 5.1 to 6.8 per 1,000 examinations reported for the four
        # sites of the Nordlys Multicentre Mammography Cohort ...; we used these published figures only as
        # simulation parameters and did not access any NMMC images or records"
        (318, ("p318-03", "p318-15")),
    ],
)
def test_review_examples_and_published_rates_share_no_data(number: int, ids: tuple[str, ...]) -> None:
    assert shares(infer_corpus(_probe_papers(number, *ids), shipped_lexicon())) == set()


@pytest.mark.parametrize(
    ("number", "introducer", "other"),
    [
        # an audit of GPS telemetry studies (probe file 320): "We audited 250 papers ... We do not re-analyse
        # any of these resources; rather, we use them to illustrate contrasting models of data stewardship"
        (320, "p320-02", "p320-14"),
        # a review of fault detection (probe file 322): "shared resources remain few, with the OpenFaultBus
        # (OFB) benchmark and the PSML multi-scale time-series dataset among the exceptions ... This review
        # neither trains nor benchmarks models"
        (322, "p322-01", "p322-05"),
        # transplant biomarkers: "future prospective work will test whether genes marking these states improve
        # composite non-invasive predictors such as NephroSpan 2.0"
        (320, "p320-27", "p320-31"),
        # a scoping review of vaccine hesitancy: "The most frequently analysed data sources were national
        # cross-sectional surveys, the Wellcome Global Monitor, the COVID-19 Trends and Impact Survey (CTIS)"
        (322, "p322-20", "p322-21"),
    ],
)
def test_a_survey_that_analysed_nothing_and_later_analyses_use_nothing_named(
    number: int, introducer: str, other: str
) -> None:
    result = infer_corpus(_probe_papers(number, introducer, other), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


@pytest.mark.parametrize(
    ("number", "introducer", "other"),
    [
        # animal movement (probe file 320): "future analyses could exploit the full irregular record with
        # continuous-time formulations such as VeldHMM 2.0" (the two papers share Movebank data)
        (320, "p320-09", "p320-16"),
        # women's poetry (probe file 321): "detecting shared allusions ... with Inkmoth 2.0 would test the
        # transmission hypothesis more directly, and we leave this to future work"
        (321, "p321-41", "p321-47"),
    ],
)
def test_what_future_analyses_could_do_and_what_is_left_after_and_is_not_built_on(
    number: int, introducer: str, other: str
) -> None:
    assert builds_on(infer_corpus(_probe_papers(number, introducer, other), shipped_lexicon())) == set()


@pytest.mark.parametrize(
    ("number", "introducer", "other"),
    [
        # fault detection (probe file 322): "For context, the spatio-temporal detector Lantern was reported to
        # reach 97.8% detection accuracy at 40% photovoltaic penetration on a distribution feeder [9]"
        (322, "p322-03", "p322-12"),
        # painting seals: "in the Cinnabar Corpus, for example, Qing imperial seals account for 37 percent of
        # recorded impressions on Song works (Chen et al. 2018)"
        (322, "p322-33", "p322-40"),
        # question answering (probe file 321): "the finding of Brenner et al. (2022) that 38% of the answers
        # in their temporally shifting benchmark changed ..., although we do not evaluate on that benchmark"
        (321, "p321-02", "p321-12"),
    ],
)
def test_what_a_study_was_reported_to_reach_and_shares_found_in_it_are_not_built_on(
    number: int, introducer: str, other: str
) -> None:
    papers = _loaded_probe_papers(number, introducer, other)
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


def test_a_citation_of_a_first_author_whose_surname_comes_first_says_which_thing_of_a_name() -> None:
    # two MINGs of Chinese writing (probe files 308 and 311): "Inscriptions were analysed with MING (Zhang et
    # al., 2019)", of the forgery network whose first author is "Zhang Yutong" (surname first), not the MING
    # that normalises bronze inscriptions, whose words of inscriptions the paper shares
    team = _loaded_probe_papers(308, "p308-38", "p308-43")
    other = _loaded_probe_papers(311, "p311-36")
    result = infer_corpus([*team.values(), *other.values()], shipped_lexicon())
    assert builds_on(result) == {(team["p308-43"].id, team["p308-38"].id)}


@pytest.mark.parametrize(
    ("number", "introducer", "other"),
    [
        # computational psychiatry (probe file 325): "We did not fit the Quillon model (Marsh et al., 2018):
        # in pilot parameter-recovery simulations ... its volatility level was not identifiable"
        (325, "p325-01", "p325-07"),
        # gazetteer maps: "Although several of these maps are also catalogued in the Jinling Gazetteer Map
        # Corpus, we did not use the corpus images or metadata"
        (325, "p325-18", "p325-31"),
        # traffic signals: "Novák et al. (2020), for instance, reported that 23% of peak-hour cycles on a Brno
        # corridor ended with a residual queue"
        (325, "p325-35", "p325-44"),
        # farm resistance (probe file 324): "far higher than the 41 per cent reported for Dutch broiler farms
        # in the Brabant Livestock Resistome Cohort (Hendriks et al., 2018)"
        (324, "p324-34", "p324-43"),
        # qiaopi letters (probe file 323): "the Hanjiang Letters Corpus has been widely used for the Chaoshan
        # region (Chen et al., 2012), but no comparable corpus exists for Cantonese emigration"
        (323, "p323-17", "p323-24"),
        # batteries: "Attention-based models such as the Partial Charge Transformer have been widely used in
        # recent work (Park et al., 2019), but they offer little direct physical interpretation"
        (323, "p323-33", "p323-41"),
        # a review of stock assessments: "We describe, as examples of current approaches, ... such as Lantern,
        # and surplus production packages including JABBA and SPiCT; we do not evaluate these tools"
        (323, "p323-03", "p323-05"),
    ],
)
def test_what_was_not_fitted_not_used_or_only_reported_or_widely_used_is_not_built_on(
    number: int, introducer: str, other: str
) -> None:
    papers = _loaded_probe_papers(number, introducer, other)
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


@pytest.mark.parametrize(
    ("number", "user", "other"),
    [
        # a review of stock assessments (probe file 323) that does "not evaluate these tools": "We also note
        # that the RAM Legacy Stock Assessment Database underlies many meta-analytic priors", of data Steepfin
        # 2.0's paper drew from
        (323, "p323-05", "p323-07"),
        # a review of battery health estimation that describes the public datasets "without re-analysing them"
        (323, "p323-35", "p323-36"),
    ],
)
def test_a_review_that_evaluates_or_re_analyses_nothing_shares_no_data(
    number: int, user: str, other: str
) -> None:
    papers = _loaded_probe_papers(number, user, other)
    assert shares(infer_corpus(list(papers.values()), shipped_lexicon())) == set()


def test_a_version_whose_paper_extends_the_teams_first_is_presented_and_its_users_build_on_it() -> None:
    # stock assessment (probe file 323): "Steepfin 2.0: joint hierarchical priors for steepness and natural
    # mortality", whose abstract says "We extend Steepfin, our hierarchical meta-analytic prior ...",
    # presents Steepfin 2.0; "the joint steepness-natural mortality priors of Steepfin 2.0" builds on it, not
    # on Steepfin
    papers = _loaded_probe_papers(323, "p323-01", "p323-07", "p323-10")
    pairs = builds_on(infer_corpus(list(papers.values()), shipped_lexicon()))
    first, version, user = (papers[pid].id for pid in ("p323-01", "p323-07", "p323-10"))
    assert (version, first) in pairs
    assert (user, version) in pairs
    assert (user, first) not in pairs


def test_of_two_papers_a_citation_may_name_the_one_naming_the_thing_cited_is_built_on() -> None:
    # battery health (probe files 182 and 323), two Parks of 2021: "We present a modified DeltaQNet (Park et
    # al., 2021)" cites Jiwon Park's DeltaQNet paper, not Hyun-woo Park's adaptation of another model, which
    # shares more of its words ("domain-adversarial", "state-of-health", "pouch cells")
    papers = {**_loaded_probe_papers(182, "p182-04", "p182-05"), **_loaded_probe_papers(323, "p323-37")}
    pairs = builds_on(infer_corpus(list(papers.values()), shipped_lexicon()))
    assert (papers["p182-05"].id, papers["p182-04"].id) in pairs
    assert (papers["p182-05"].id, papers["p323-37"].id) not in pairs


@pytest.mark.parametrize(
    ("number", "introducer", "other"),
    [
        # language phylogenetics (probe file 327): "We did not screen the lexical data for borrowing with
        # LoanSieve, since earlier work found little effect of loan filtering"
        (327, "p327-05", "p327-12"),
        # "Joint modelling of tonal and lexical characters ..., for example by extending CognaMix 2.0 to
        # multistate phonological characters, would avoid conditioning on a fixed tree sample, and is left to
        # future work"
        (327, "p327-07", "p327-12"),
        # railway track inspection: "Fusing ultrasonic detections with dynamic-response data, such as the
        # axle-box acceleration records of MARLOW, could help prioritise re-testing, and is left to future
        # work"
        (327, "p327-37", "p327-43"),
        # health technology assessment (probe file 328): "Our findings are consistent with the Quillon Library
        # study, which reported that best-fitting standard models underestimated five-year survival in 41% of
        # trial curves (Beresford et al., 2018)"
        (328, "p328-03", "p328-08"),
    ],
)
def test_what_is_left_to_future_work_not_screened_with_or_agreed_with_is_not_built_on(
    number: int, introducer: str, other: str
) -> None:
    papers = _loaded_probe_papers(number, introducer, other)
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


@pytest.mark.parametrize(
    ("number", "introducer", "other"),
    [
        # marketing science (probe file 329), three authors named, their year after them: "Whitfield,
        # Natarajan and Brennan (2017) report that 41% of households in the Northgate Grocery Panel buy ..."
        (329, "p329-02", "p329-11"),
        # bird acoustics: "Rocha, Andrade and Moore (2017) found that acoustically detected richness in the
        # Palisade corpus declined by 38%"
        (329, "p329-33", "p329-43"),
        # Chinese banking: "Li, Pierce and Guo (2011) report that Shanghai accounted for under 5% of the
        # letters in their Taigu Letterbook Corpus"
        (329, "p329-17", "p329-31"),
        # "Because this study focuses on official documents, we have not drawn on the Taigu Letterbook Corpus"
        (329, "p329-17", "p329-26"),
    ],
)
def test_what_named_authors_found_in_a_thing_or_what_has_not_been_drawn_on_is_not_built_on(
    number: int, introducer: str, other: str
) -> None:
    papers = _loaded_probe_papers(number, introducer, other)
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


def test_what_named_authors_found_on_the_basis_of_their_own_index_is_not_built_on() -> None:
    # Chinese money (probe file 329): "Zhang and Whitcombe (2013), on the basis of their Huizi Depreciation
    # Index, found that the Southern Song huizi lost more than four-fifths of its value" (the two papers use
    # the Song huiyao jigao both)
    papers = _loaded_probe_papers(329, "p329-19", "p329-23")
    assert builds_on(infer_corpus(list(papers.values()), shipped_lexicon())) == set()


def test_data_whose_openness_stands_between_the_name_and_its_noun_are_shared() -> None:
    # wind turbines (probe file 209): "We applied GEARS [8] without modification to the La Haute Borne open
    # dataset released by ENGIE" and "The method was developed on the La Haute Borne open data from ENGIE"
    papers = _loaded_probe_papers(209, "p209-27", "p209-29")
    first, second = sorted(p.id for p in papers.values())
    assert shares(infer_corpus(list(papers.values()), shipped_lexicon())) == {(first, second)}


@pytest.mark.parametrize(
    ("number", "introducer", "other"),
    [
        # temple economies (probe file 333): "For comparison, Chen and de Vries (2018) estimated with their
        # Sangha Estate Valuation Index that the average Jiangnan monastery held land worth about 1,350 shi"
        (333, "p333-23", "p333-25"),
        # underwater acoustics: "we adopt the median coherence time of 180 ms reported for fixed shallow-water
        # links in the HALYARD campaigns (Nordahl et al., 2014), without access to or reanalysis of those
        # recordings"
        (333, "p333-33", "p333-38"),
        # intensive care (probe file 334): "We did not analyse delirium data, but note that the Delirium
        # Trajectory Burden Index was reported to predict 12-month cognitive impairment ... (Whitcombe et al.,
        # 2022)"
        (334, "p334-08", "p334-16"),
        # soil carbon: "..., and resampling studies in Australia, New Zealand and the United States reported a
        # median change of -0.08 Mg C ha-1 yr-1 (Tavener et al., 2020)"
        (334, "p334-35", "p334-46"),
        # Chinese printing (probe file 332): a review essay "giving as examples the China Biographical
        # Database (CBDB), the Chinese Text Project, the Masha Imprint Census of Jianyang editions and the
        # Qiukou Carvers Register of Huizhou block cutters"
        (332, "p332-19", "p332-20"),
        # "it has been estimated that members of the Yu lineage alone issued more than 400 editions under 27
        # hall names in the late Ming (Haldane and Zhou, 2013)"
        (332, "p332-18", "p332-25"),
        # wildlife disease: "we set the contact-rate prior using the value of 0.8 male-female contacts per day
        # during the rut reported for southwestern Wisconsin (Bergquist et al., 2018), rather than refitting"
        (332, "p332-03", "p332-13"),
    ],
)
def test_what_others_estimated_reported_or_a_review_gives_as_examples_is_not_built_on(
    number: int, introducer: str, other: str
) -> None:
    papers = _loaded_probe_papers(number, introducer, other)
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


def test_what_an_earlier_study_suggested_is_not_built_on() -> None:
    # Song-Yuan trade (probe file 334): "consistent with a cargo assembled at Quanzhou from several Fujianese
    # production districts, as suggested by our earlier pXRF study (Dunmore et al., 2019)", a study presenting
    # no named thing (the two papers share the Java Sea Shipwreck collection, which both analyse)
    papers = _loaded_probe_papers(334, "p334-18", "p334-32")
    assert builds_on(infer_corpus(list(papers.values()), shipped_lexicon())) == set()


def test_what_a_reviews_included_studies_reported_is_not_used() -> None:
    # intensive care (probe file 334): a scoping review's "As reported by the included studies, roughly two
    # thirds of models were developed in MIMIC-III, MIMIC-IV or the eICU Collaborative Research Database"
    papers = _loaded_probe_papers(334, "p334-01", "p334-07")
    assert shares(infer_corpus(list(papers.values()), shipped_lexicon())) == set()


def test_a_version_numbered_before_the_name_is_that_version() -> None:
    # Song-Yuan trade (probe file 334): "cargo records in version 2.0 of the Lodestar Wreck Register" builds
    # on the paper presenting Lodestar Wreck Register 2.0, not on the first register's
    papers = _loaded_probe_papers(334, "p334-17", "p334-27", "p334-30")
    pairs = builds_on(infer_corpus(list(papers.values()), shipped_lexicon()))
    assert (papers["p334-30"].id, papers["p334-27"].id) in pairs
    assert (papers["p334-30"].id, papers["p334-17"].id) not in pairs


def test_what_analyses_of_a_thing_indicated_is_not_used() -> None:
    # freshwater ecology (probe file 336): "These contractions parallel those projected for cold-tolerant
    # fishes in Iberian rivers, where analyses of the Confluence database indicated losses of up to 41%
    # (Fontaine et al., 2019)", of the database one paper presents and another team's paper analysed (the
    # papers share GBIF and WorldClim, which each uses)
    papers = _loaded_probe_papers(336, "p336-03", "p336-07", "p336-15")
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    user = papers["p336-15"].id
    assert not {pair for pair in builds_on(result) if pair[0] == user}
    through = [
        e.shared for e in result.edges if e.kind is EdgeKind.SHARES_DATASET and user in (e.source, e.target)
    ]
    assert through
    assert not any("Confluence" in names for names in through)


@pytest.mark.parametrize(
    ("number", "introducer", "other"),
    [
        # readmission models (probe file 335): "Baseline probabilities of 30-day readmission (22.9%) and of
        # death without readmission (6.1%) were taken from the published profile of the Larkmoor Heart Failure
        # Cohort (Ellery et al., 2017)"
        (335, "p335-02", "p335-13"),
        # Chinese astronomy: "We have not attempted a systematic computational comparison using
        # reconstructions such as TuibuPy, which would require a fuller series of dated Muslim-section
        # forecasts"
        (335, "p335-17", "p335-25"),
        # tropical cyclones: "We did not evaluate HAFS against statistical-dynamical or analog-based rapid
        # intensification guidance such as SAMAR, which was outside the scope of this verification"
        (335, "p335-34", "p335-41"),
        # "interviewees cited, for example, the Brier skill scores reported for the analog model SAMAR against
        # the SHIPS Rapid Intensification Index in the Atlantic (0.21 against 0.14; Alvarado et al., 2020)"
        (335, "p335-34", "p335-45"),
    ],
)
def test_a_published_profile_results_reported_for_and_what_was_not_attempted_are_not_built_on(
    number: int, introducer: str, other: str
) -> None:
    papers = _loaded_probe_papers(number, introducer, other)
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert builds_on(result) == set()
    assert shares(result) == set()


@pytest.mark.parametrize(
    ("number", "user", "other"),
    [
        # a scoping review of readmission models (probe file 335): "The most frequently named data sources
        # were the Nationwide Readmissions Database, Medicare claims, single-system electronic health records
        # and the MIMIC critical care databases"
        (335, "p335-05", "p335-01"),
        # a survey of Chinese astronomy: "Network and prosopographical studies draw on the China Biographical
        # Database"
        (335, "p335-23", "p335-18"),
    ],
)
def test_what_a_surveys_studies_draw_on_or_name_most_is_not_its_data(
    number: int, user: str, other: str
) -> None:
    papers = _loaded_probe_papers(number, user, other)
    assert shares(infer_corpus(list(papers.values()), shipped_lexicon())) == set()


@pytest.mark.parametrize(
    ("number", "introducer", "other", "shared_too"),
    [
        # landslides (probe file 338): "similar to the finding of Shrestha et al. (2015) for central Nepal
        # that 71% of landslides occurred on slopes between 25 and 40 degrees, although we did not analyse
        # their data"
        (338, "p338-33", "p338-44", True),
        # the tea trade: "This historiographical essay reviews work published since 2000 ... examples include
        # the Songluo Account-Book Corpus of Huizhou tea firm ledgers and the CHEST tables of Canton tea
        # cargoes"
        (338, "p338-19", "p338-21", True),
        # paediatric dosing (probe file 339): "we did not attempt Bayesian estimation of individual exposure
        # with the LUMEN package or any other dosing software"
        (339, "p339-05", "p339-09", False),
        # "Model-informed precision dosing (MIPD) tools such as PaBEM for busulfan have been widely used"
        (339, "p339-01", "p339-11", False),
        # women's poetry: "drawing on their GuixiuNet dataset, Zhang, Tao and Ferreira (2017) report that more
        # than half of the documented ties among women writers were between kin"
        (339, "p339-19", "p339-22", True),
        # mosque inscriptions (probe file 340): "None of the inscriptions is included in the Jingtang
        # Epigraphic Register, and we did not use its data" (the two papers share the Huizu jinshi lu)
        (340, "p340-17", "p340-24", False),
    ],
)
def test_a_finding_set_beside_an_essays_examples_and_what_was_not_attempted_are_not_built_on(
    number: int, introducer: str, other: str, shared_too: bool
) -> None:
    papers = _loaded_probe_papers(number, introducer, other)
    result = infer_corpus(list(papers.values()), shipped_lexicon())
    assert builds_on(result) == set()
    if shared_too:
        assert shares(result) == set()


def test_a_version_whose_paper_says_we_extend_the_first_is_presented() -> None:
    # paediatric dosing (probe file 339): "PaBEM 2.0: fludarabine co-administration, ..." and "Here we extend
    # PaBEM to address the ...": "with PaBEM 2.0 [14]" builds on the version's paper, not the first's
    papers = _loaded_probe_papers(339, "p339-01", "p339-07", "p339-13")
    pairs = builds_on(infer_corpus(list(papers.values()), shipped_lexicon()))
    assert (papers["p339-13"].id, papers["p339-07"].id) in pairs
    assert (papers["p339-13"].id, papers["p339-01"].id) not in pairs
