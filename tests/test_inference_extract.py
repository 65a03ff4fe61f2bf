"""What a name is: the per-sentence rules of introduced names, on sentences from several fields."""

from __future__ import annotations

import pytest

from paperkg.inference.extract import (
    acronym_definitions,
    find_introduced,
    is_task_acronym,
    name_rejection,
    paper_text,
)
from paperkg.models import Paper


def introduced(text: str) -> list[str]:
    return [i.name for i in find_introduced(paper_text(Paper(id="p", abstract=text)))]


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("HMM-based", "modifier"),
        ("SVM-based", "modifier"),
        ("Firefly-inspired", "modifier"),
        ("Phrase-Based", "modifier"),
        ("CRFs-based", "modifier"),
        ("Chinese", "adjective"),
        ("Bayesian", "adjective"),
        ("Japanese", "adjective"),
        ("Gaussian", "adjective"),
        ("German", "adjective"),
        ("NER", "task"),
        ("MT", "task"),
        ("NLG", "task"),
        ("QA", "task"),
        ("IR", "task"),
    ],
)
def test_what_is_not_a_name(name: str, why: str) -> None:
    assert name_rejection(name) == why


@pytest.mark.parametrize(
    "name",
    ["Espresso", "BABAR", "BiTAM", "PCLSA", "Chinese Whispers", "ANNIS", "WinSpell", "CATPHOS", "QRE-DSGE"],
)
def test_real_names_pass(name: str) -> None:
    assert name_rejection(name) is None


def test_a_compound_adjective_inside_a_longer_name_is_part_of_it() -> None:
    assert name_rejection("Retrieval-Augmented Generation") is None


@pytest.mark.parametrize(
    ("acronym", "long_form", "task"),
    [
        ("NER", "named entity recognition", True),
        ("SMT", "Statistical Machine Translation", True),
        ("CWS", "Chinese word segmentation", True),
        ("WSD", "Word Sense Disambiguation", True),
        ("HMM", "Hidden Markov Model", False),
        ("DPO", "Direct Preference Optimization", False),
        ("OLS", "Ordinary Least Squares", False),
    ],
)
def test_an_acronym_is_a_task_when_its_long_form_names_a_task(acronym: str, long_form: str, task: bool) -> None:
    assert is_task_acronym(acronym, [long_form]) is task


@pytest.mark.parametrize(
    "text",
    [
        # classic NLP: the failures of the report, as near misses
        "This paper presents a Chinese word segmentation system based on conditional random fields.",
        "We propose a Bayesian approach to unsupervised part-of-speech tagging.",
        "We present an HMM-based chunk tagger for named entity recognition.",
        "We introduce a SVM-based method for text categorization.",
        "A possible solution called Phrase-Based, consists in translating a sequence of words.",
        # economics, biology, chemistry
        "This paper develops a DSGE model for the United States that features rational inflation inertia.",
        "We introduce a Firefly-inspired algorithmic approach for protein structure prediction.",
        "We partition the potential energy surface into the so-called Pre-TS, TS, and Post-TS regions.",
        # an acronym of the kind of thing the paper presents: any paper using one writes it so
        "We present a random forest (RF) model for landslide susceptibility in Nepal.",
        "We introduce a sparse Gaussian process (GP) model for county-level crop yield forecasting.",
        "We develop a hidden Markov model (HMM) of animal movement from GPS fixes.",
        "We propose a structural equation model (SEM) of burnout and job satisfaction.",
        "We propose a Markov chain Monte Carlo (MCMC) sampler for phylogenetic trees.",
        "We present a Phase II randomized controlled trial (RCT) of metformin in prediabetes.",
        # a person's or a place's name, or a word, before a noun: something that exists already
        "We introduce the Kaplan-Meier estimator to the analysis of recurrent events.",
        "We propose the Ising model as a description of opinion dynamics.",
        "We present Monte Carlo simulations of the Hubbard model at half filling.",
        "We introduce Python scripts to automate the analysis.",
        "We present the Apollo 17 lunar samples and their noble gas content.",
        # a name before what extends it, however spelt
        "We present NBGrader extensions for feedback in Python courses.",
        "We propose LoRA variants that share their weights across layers.",
        # a name with its acronym before the things presented: whose they are
        "We present the Transiting Exoplanet Survey Satellite (TESS) light curves of 200 stars.",
        # after "a", an adjective of a person or a people before a model's name: a kind of that model
        "We present a Siamese U-Net that ingests pre- and post-event images.",
        # nursing, medicine: an existing score or tool put into use at a setting
        "In 2018 we introduced PEWS on six paediatric wards and measured transfers to intensive care.",
        "We introduced the SBAR handover tool across 12 hospitals in Ontario.",
    ],
)
def test_near_misses_introduce_nothing(text: str) -> None:
    assert introduced(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In this paper, we present Espresso, a weakly-supervised algorithm for harvesting relations.", "Espresso"),
        ("We present Chinese Whispers, a randomized graph-clustering algorithm.", "Chinese Whispers"),
        ("We evaluate our algorithm, WinSpell, by comparing it against BaySpell.", "WinSpell"),
        ("A novel patient educational booklet, The Back Book, has been developed for low back pain.", "The Back Book"),
        ("We propose Low-Rank Adaptation (LoRA), which freezes the pretrained weights.", "LoRA"),
        # after "a", a name the paper coins: spelt otherwise than the initials, or called new
        ("We propose a mixture of minimal experts (MiniMoE) for distillation.", "MiniMoE"),
        ("We propose a novel graph-based relevance model (GBRM) for retrieval.", "GBRM"),
        # a naming noun after the paper's own name, an article or not
        ("We present Sophia optimizer that estimates the diagonal Hessian cheaply.", "Sophia"),
        ("We propose the Switch Transformer, which simplifies expert routing.", "Switch Transformer"),
        ("We introduce the Segment Anything (SA) project: a new task, model, and dataset.", "SA"),
        # a name going on past a preposition to the acronym it spells
        ("We introduce the Flood Extent Benchmark for the Sahel (FEBS), comprising 4,830 chips.", "FEBS"),
        # spelt as adjectives of people and peoples are, a noun by the phrase in apposition
        ("We present Mosaic, a self-supervised pretraining method for satellite imagery.", "Mosaic"),
        ("We propose Meridian, an imputation method that scales to large reference panels.", "Meridian"),
        # a word capitalised at its second letter for the acronym it spells is part of the name
        ("We developed the Math Anxiety eXperience Sampling instrument (MAXS), a state measure.", "MAXS"),
    ],
)
def test_names_from_several_fields_are_found(text: str, name: str) -> None:
    assert introduced(text) == [name]


def test_the_task_acronym_of_the_report_is_not_introduced() -> None:
    # the sentence of the failure report: only the HMM is a candidate here (and the lexicon's year
    # keeps it external at the corpus level); the NER system it builds is the task, not a name
    text = (
        "This paper proposes a Hidden Markov Model (HMM) and an HMM-based chunk tagger, from which a "
        "named entity (NE) recognition (NER) system is built to recognize and classify names."
    )
    assert introduced(text) == ["HMM"]


def test_rejected_candidates_are_reported_with_their_reason() -> None:
    rejected: list[tuple[str, str]] = []
    doc = paper_text(Paper(id="p", abstract="This paper presents a Chinese word segmentation system."))
    find_introduced(doc, rejected)
    assert rejected == [("Chinese", "adjective")]


def test_a_modifier_after_a_is_reported_as_modifier() -> None:
    rejected: list[tuple[str, str]] = []
    find_introduced(paper_text(Paper(id="p", abstract="We present a DSGE model of the euro area.")), rejected)
    assert rejected == [("DSGE", "modifier")]


def titled(title: str, abstract: str) -> list[str]:
    return [i.name for i in find_introduced(paper_text(Paper(id="p", title=title, abstract=abstract)))]


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # medicine, economics: the title leads with the subject, which the abstract speaks of as existing
        (
            "COVID-19: Epidemiology, Evolution, and Cross-Disciplinary Perspectives",
            "The COVID-19 pandemic caused by SARS-CoV-2 has spread worldwide. We review its epidemiology.",
        ),
        (
            "Tuberculosis: A Global Health Challenge",
            "Tuberculosis remains a leading infectious killer. We summarise the burden of tuberculosis.",
        ),
        (
            "Alzheimer's Disease: Amyloid, Tau and Beyond",
            "Alzheimer's disease is the leading cause of dementia. We review the amyloid cascade hypothesis.",
        ),
        (
            "Brexit: Trade Effects on UK Manufacturing",
            "We estimate the trade effects of Brexit on UK manufacturing using a gravity model.",
        ),
        # medicine, public health, philosophy: a subject the abstract never names, in words
        (
            "Sepsis: Early Recognition in the Emergency Department",
            "We evaluated a triage screening tool in four emergency departments over two years.",
        ),
        (
            "One Health: Zoonotic Spillover Surveillance in East Africa",
            "We integrated human, livestock and wildlife surveillance data from Kenya and Uganda.",
        ),
        (
            "The Chinese Room Revisited: Understanding in Large Systems",
            "Searle's Chinese Room argument claims that symbol manipulation cannot yield understanding.",
        ),
        ("Good Vibrations: Music Therapy in Dementia", ""),
        # a phrase holding a word, with a digit or an acronym: a disease, a class of drugs
        ("Type 2 Diabetes: Global Burden and Trends", "Diabetes affects more than 500 million adults."),
        ("Long COVID: Symptoms After Infection", "We followed 3,000 adults for twelve months."),
        ("COVID-19 Vaccines: Efficacy Against Variants", "We review trial evidence on vaccine efficacy."),
        ("HIV Pre-Exposure Prophylaxis: Uptake in Young Women", "We surveyed 2,000 young women in Kenya."),
        # pharmacology: a drug review, whose abstract says what the drug does as made things do
        (
            "Dapagliflozin: A Review in Type 2 Diabetes",
            "Dapagliflozin is a sodium-glucose cotransporter 2 inhibitor. In trials, dapagliflozin provides "
            "sustained reductions in glycated haemoglobin.",
        ),
        (
            "Pembrolizumab: A Review in Advanced Melanoma",
            "Pembrolizumab is a humanized monoclonal antibody. Pembrolizumab offers durable responses.",
        ),
    ],
)
def test_a_title_leading_with_its_subject_introduces_nothing(title: str, abstract: str) -> None:
    assert titled(title, abstract) == []


@pytest.mark.parametrize(
    ("title", "abstract", "name"),
    [
        # the abstract introduces the name, or speaks only of what it does
        (
            "Sophia: A Scalable Stochastic Second-order Optimizer for Language Model Pre-training",
            "We propose Sophia, a simple scalable second-order optimizer.",
            "Sophia",
        ),
        # the abstract says the paper made it, or what it does as made things do
        (
            "Llama 2: Open Foundation and Fine-Tuned Chat Models",
            "In this work, we develop and release Llama 2, a collection of pretrained models.",
            "Llama 2",
        ),
        (
            "ColabFold: making protein folding accessible to all",
            "ColabFold offers accelerated prediction of protein structures and complexes.",
            "ColabFold",
        ),
        (
            "LoRA: Low-Rank Adaptation of Large Language Models",
            "We propose Low-Rank Adaptation, or LoRA, which freezes the pretrained model weights.",
            "LoRA",
        ),
        # systems: the abstract says what the name is, a thing made
        (
            "Spanner: Google's Globally-Distributed Database",
            "Spanner is Google's scalable, multi-version, globally-distributed database.",
            "Spanner",
        ),
        (
            "CaRL: Learning Scalable Planning Policies with Simple Rewards",
            "We investigate reinforcement learning for planning in autonomous driving with a simple reward.",
            "CaRL",
        ),
        # the abstract hyphenates the title's name
        (
            "DeepSpeed Ulysses: System Optimizations for Enabling Training of Extreme Long Sequences",
            "We introduce DeepSpeed-Ulysses, a novel, portable and effective methodology for long sequences.",
            "DeepSpeed Ulysses",
        ),
        # a name the abstract never speaks of, or no abstract: every word spelt as only made names are
        ("QLoRA: Efficient Finetuning of Quantized LLMs", "", "QLoRA"),
        ("M-FAC: Efficient Matrix-Free Approximations of Second-Order Information", "We study it.", "M-FAC"),
        # the paper, not "we", as the one describing what it made
        (
            "CLIMAWALL: a dynamic guarded hot-box facility for hygrothermal testing of wall assemblies",
            "This paper describes CLIMAWALL, a guarded hot-box facility in which a wall specimen separates "
            "two climate chambers.",
            "CLIMAWALL",
        ),
        # a tool its makers spell in lowercase: the title leads with it, the abstract presents it so
        (
            "stomaquant: automated measurement of stomatal density from leaf micrographs",
            "We present stomaquant, an open-source tool that detects stomata in light microscopy images.",
            "stomaquant",
        ),
        # what it is set off by commas, or what it did; a repository is a thing made
        (
            "RetiGrade: deep learning grading of diabetic retinopathy on colour fundus photographs",
            "Methods: RetiGrade, an ensemble of Inception-v3 networks, was trained on 88,702 photographs.",
            "RetiGrade",
        ),
        (
            "RetiGrade: deep learning grading of diabetic retinopathy on colour fundus photographs",
            "Results: In Messidor-2, RetiGrade achieved an area under the curve of 0.980.",
            "RetiGrade",
        ),
        (
            "HOPBANK: an open repository of three-dimensional biomechanics during single-leg hop tests",
            "HOPBANK is an open repository of synchronised motion capture from 402 participants.",
            "HOPBANK",
        ),
        # the title says what its coined name is, a trial
        (
            "The SHIELD trial: a cluster-randomised controlled trial of the Nordic hamstring exercise",
            "Forty amateur clubs were allocated to a 13-week programme or to usual training.",
            "SHIELD",
        ),
    ],
)
def test_a_title_leading_with_the_papers_own_name_introduces_it(title: str, abstract: str, name: str) -> None:
    # first, as the title's name (the abstract may introduce its long form too: "Low-Rank Adaptation")
    assert titled(title, abstract)[0] == name


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Cohort Profile: WELLSPRING, a Longitudinal Study of Cardiometabolic Health in Ghana", "WELLSPRING"),
        ("Cohort profile: the Whitehall II study", "Whitehall II"),
        ("Data Resource Profile: the Clinical Practice Research Datalink (CPRD)", "Clinical Practice Research Datalink"),
    ],
)
def test_a_cohort_or_data_resource_profile_introduces_the_data_it_names(title: str, name: str) -> None:
    # epidemiology's article types: the team running a cohort describes it
    (intro,) = find_introduced(paper_text(Paper(id="p", title=title, abstract="Adults were recruited in 2011.")))
    assert (intro.name, intro.kind) == (name, "dataset")


@pytest.mark.parametrize(
    ("title", "name"),
    [
        # medicine, nursing, psychology: a paper titled by the making of its instrument
        ("Derivation of SEPSIGN-5, a five-item bedside score for early identification of sepsis", "SEPSIGN-5"),
        ("Development and psychometric evaluation of NurseLoad: a shift-level instrument", "NurseLoad"),
        ("Development and validation of the Student Digital Agency Scale (SDAS) for learners", "SDAS"),
    ],
)
def test_a_title_developing_an_instrument_introduces_it(title: str, name: str) -> None:
    assert titled(title, "Items were generated from interviews with 42 nurses.") == [name]


@pytest.mark.parametrize(
    "title",
    [
        # the same words of a disease's course, or of a paper's design
        "Development of Acute Kidney Injury (AKI) after Cardiac Surgery",
        "Development of Type 2 Diabetes in Adolescents: a cohort study",
        "Development of Atrial Fibrillation, a Common Arrhythmia, after Surgery",
    ],
)
def test_a_title_developing_a_condition_introduces_nothing(title: str) -> None:
    assert titled(title, "Patients were followed for five years after surgery.") == []


def test_a_title_developing_an_instrument_after_its_colon_introduces_the_acronym_its_abstract_gives() -> None:
    # human-computer interaction: the making of a scale after the title's colon, its acronym in the abstract
    title = "Felt Cost of Interruptions: Development and Validation of the Interruption Burden Scale"
    names = titled(title, "We report the making of the Interruption Burden Scale (IBS), a 12-item scale.")
    assert names == ["IBS"]


def test_a_test_collection_is_a_dataset() -> None:
    # information retrieval writes "test collection" for its datasets
    doc = paper_text(Paper(id="p", title="PatentTrace: A Test Collection for Prior-Art Search",
                           abstract="Topics come from 1,650 patent applications."))  # fmt: skip
    assert [(i.name, i.kind) for i in find_introduced(doc)] == [("PatentTrace", "dataset")]


def test_a_title_lead_is_the_kind_its_title_says() -> None:
    # robotics: a dataset named by its title, whose users share it (not a family of methods)
    doc = paper_text(Paper(id="p", title="TableTop-50K: A Large-Scale Dataset of Robot Manipulation Episodes",
                           abstract="Episodes were collected on six robot arms in eleven laboratories."))  # fmt: skip
    assert [(i.name, i.kind) for i in find_introduced(doc)] == [("TableTop-50K", "dataset")]


@pytest.mark.parametrize(
    "title",
    [
        "Rationale, design and baseline characteristics of the TESSERA registry of mitral repair",
        "Dialysis in older adults: protocol and baseline data of the TESSERA cluster-randomised trial",
        "Stepped-care therapy for adolescents: primary outcomes of the TESSERA randomized controlled trial",
    ],
)
def test_a_title_giving_the_design_of_a_named_study_introduces_its_data(title: str) -> None:
    doc = paper_text(Paper(id="p", title=title, abstract="Methods: patients were enrolled at 31 centres."))
    assert [(i.name, i.kind) for i in find_introduced(doc)] == [("TESSERA", "dataset")]


@pytest.mark.parametrize(
    ("title", "abstract", "name", "aliases"),
    [
        ("The Ravenna Memory Cohort: design, baseline characteristics and amyloid status of older adults",
         "Methods: The Ravenna Memory Cohort (RMC) is a population-based study of 1,214 adults.",
         "RMC", ["Ravenna Memory Cohort"]),
        ("The Lakeshore Twin Registry (LTR): rationale and methods", "Twins were enrolled from 1990.",
         "LTR", ["Lakeshore Twin Registry"]),
        ("The Ordos Grassland Study: design and first results", "Herders were surveyed in 2019.",
         "Ordos Grassland Study", []),
    ],
)  # fmt: skip
def test_a_title_leading_with_a_named_study_and_its_design_introduces_its_data(
    title: str, abstract: str, name: str, aliases: list[str]
) -> None:
    # epidemiology, human genetics, pastoral ecology: the name first, then the words of its design
    doc = paper_text(Paper(id="p", title=title, abstract=abstract))
    assert [(i.name, i.kind, i.aliases) for i in find_introduced(doc)] == [(name, "dataset", aliases)]


def test_a_study_titled_by_a_named_one_without_its_design_introduces_nothing() -> None:
    # a result of an existing cohort's data, not its design paper
    doc = paper_text(Paper(id="p", title="The Framingham Heart Study: blood pressure and dementia",
                           abstract="We used 60 years of Framingham Heart Study data."))  # fmt: skip
    assert find_introduced(doc) == []


@pytest.mark.parametrize(
    "abstract",
    [
        "We derived and validated a nine-item Community Frailty Index (CFI-9) in 493,737 adults.",
        "We developed a nine-item Community Frailty Index (CFI-9) in 493,737 adults.",
    ],
)
def test_a_score_derived_and_validated_is_introduced_under_its_long_form(abstract: str) -> None:
    # clinical epidemiology: "derived and validated" makes a score; "nine-item" says what it is, and is no
    # part of the long form users write
    doc = paper_text(Paper(id="p", abstract=abstract))
    assert [(i.name, i.aliases) for i in find_introduced(doc)] == [("CFI-9", ["Community Frailty Index"])]


def test_a_word_with_a_capital_before_a_long_form_is_part_of_it() -> None:
    # urban planning: "15-Minute" is the index's name, not a description of it
    doc = paper_text(Paper(id="p", abstract="We introduce a 15-Minute Proximity Index (FMPI), a score."))
    assert [(i.name, i.aliases) for i in find_introduced(doc)] == [("FMPI", ["15-Minute Proximity Index"])]


def test_a_scale_for_whom_it_is_made_is_an_instrument() -> None:
    # nursing: the words after "Scale" say whom it is for
    doc = paper_text(Paper(id="p", title="Development and psychometric evaluation of the Perceived Workload "
                           "Intensity Scale for Nurses (PWIS-N) in Norwegian hospitals",
                           abstract="Items were generated from focus groups with 34 nurses."))  # fmt: skip
    assert [(i.name, i.aliases) for i in find_introduced(doc)] == [
        ("PWIS-N", ["Perceived Workload Intensity Scale for Nurses"])
    ]


def test_a_trial_titled_by_a_name_with_a_word_after_its_hyphen() -> None:
    # global health: "MAMA-Link" is the trial's name as "SALT-HF" is
    doc = paper_text(Paper(id="p", title="SMS reminders and facility delivery in rural Kenya: the MAMA-Link "
                           "cluster randomised trial", abstract="Community units were randomised 1:1."))  # fmt: skip
    assert [(i.name, i.kind) for i in find_introduced(doc)] == [("MAMA-Link", "dataset")]


def test_equations_derived_are_not_introduced() -> None:
    doc = paper_text(Paper(id="p", abstract="We derive and validate the Navier-Stokes equations of the flow"))
    assert find_introduced(doc) == []


def test_a_catalogue_a_title_names_is_data() -> None:
    # astronomy: a catalogue of stars is a collection of data, which its users share
    doc = paper_text(Paper(id="p", title="WIDESTAR: a catalogue of wide binary stars within 300 pc",
                           abstract="Pairs were selected from Gaia astrometry by parallax and motion."))  # fmt: skip
    assert [(i.name, i.kind) for i in find_introduced(doc)] == [("WIDESTAR", "dataset")]


def test_a_second_verb_of_the_same_object_is_no_part_of_the_name() -> None:
    # public administration: the long form other papers write is the scale's, not "and validates ..."
    doc = paper_text(Paper(id="p", abstract="This article develops and validates the Administrative Burden "
                           "Experience Scale (ABES), a 15-item survey instrument."))  # fmt: skip
    assert [(i.name, i.aliases) for i in find_introduced(doc)] == [
        ("ABES", ["Administrative Burden Experience Scale"])
    ]


def test_a_title_lead_is_the_kind_the_abstract_says_where_the_title_does_not() -> None:
    # video generation: "KinetiQ: Probing Physical Commonsense ..." says less than "a benchmark of"
    title = "KinetiQ: Probing Physical Commonsense in Text-to-Video Generators"
    doc = paper_text(Paper(id="p", title=title, abstract="We introduce KinetiQ, a benchmark of 1,560 clips."))
    assert [(i.name, i.kind) for i in find_introduced(doc)] == [("KinetiQ", "dataset")]


def test_a_title_lead_with_an_article_is_the_name_the_abstract_introduces() -> None:
    # corpus linguistics: one corpus, not "The Moorhen Corpus" and "Moorhen Corpus"
    names = titled(
        "The Moorhen Corpus: Spoken English from the North of England",
        "We introduce the Moorhen Corpus, a 3.1-million-word collection of transcribed spoken English.",
    )
    assert names == ["Moorhen Corpus"]


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        # a trial's report names the trial it ran; its later analyses use its data
        (
            "In the Dapagliflozin and Prevention of Adverse Outcomes in Heart Failure (DAPA-HF) trial, we "
            "randomly assigned 4744 patients to dapagliflozin or placebo.",
            [("DAPA-HF", "dataset")],
        ),
        (
            "In the Look AHEAD (LOOK-AHEAD) study, we randomized 5145 adults to lifestyle intervention.",
            [("LOOK-AHEAD", "dataset")],
        ),
        # a trial others ran, or a cohort the paper drew from: not the paper's own
        ("In a prespecified analysis of the DAPA-HF trial, we examined kidney outcomes.", []),
        ("Among participants of the Framingham Heart Study (FHS) study, we measured blood pressure.", []),
    ],
)
def test_a_trial_report_introduces_the_trial_it_ran(abstract: str, expected: list[tuple[str, str]]) -> None:
    found = find_introduced(paper_text(Paper(id="p", abstract=abstract)))
    assert [(i.name, i.kind) for i in found] == expected


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # the title in lowercase whole, the word never presented as made
        ("tactus: the felt beat in renaissance music", "We present evidence that it was felt."),
        # presented, but not the title's word (the package presented is the paper's own)
        ("ridges: a survey", "We present ridgewalk, an R package for density ridges."),
    ],
)
def test_a_lowercase_title_lead_not_presented_so_introduces_nothing(title: str, abstract: str) -> None:
    assert title.split(":")[0] not in titled(title, abstract)


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        # software named as its makers spell it, where the paper says it made it and what program it is
        ("We developed ccNmin, an open-source R package that predicts N mineralisation.", ["ccNmin"]),
        ("To support clinical use, we developed mipdr, an R package that proposes doses.", ["mipdr"]),
        # the same words with no program said, or another thing made
        ("We developed guidelines, a set of rules for dosing.", []),
        ("We present here, a tool being described elsewhere, our dosing study.", []),
    ],
)
def test_software_presented_so_is_named_however_spelt(abstract: str, expected: list[str]) -> None:
    assert titled("", abstract) == expected


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        # what a paper compiles or assembles is what it made, a collection, not the sources taken from
        ("We compiled MERCATOR, a corpus of 1,486 letters written by merchants.", ["MERCATOR"]),
        ("We assembled the ANTICOAG-UK cohort from the Clinical Practice Research Datalink.",
         ["ANTICOAG-UK"]),
        ("We assembled GBIF occurrence data for 1,340 vascular plant species of the Alps.", []),
        # and what it defines, by the name it gives it
        ("We define the Hoard Proximity Index (HPI), which measures the density of finds.", ["HPI"]),
        # a long form past several small words, spelling its acronym
        ("We developed the Very Early Signs of Psychosis Evaluation and Rating (VESPER) scale.", ["VESPER"]),
        # "this data paper", as "this paper"
        ("This data paper introduces MERIDIAN, a household survey of 2,412 farms.", ["MERIDIAN"]),
        # "which we refer to as", as "called"
        ("The final model, which we refer to as VANCO-OB, estimated a clearance of 5.8 L/h.", ["VANCO-OB"]),
    ],
)
def test_a_paper_introduces_what_it_compiles_assembles_or_defines(abstract: str, expected: list[str]) -> None:
    assert titled("", abstract) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the long form before the acronym, or after it (perhaps a noun between) where its letters spell it
        ("We use the Sparse Partial Rank Test (SPARTA).", {"SPARTA": "We use the Sparse Partial Rank Test"}),
        (
            "The SPARTA trial (Spironolactone Against Resistant hypertension: a Trial in Adults) randomised "
            "1,412 patients.",
            {"SPARTA": "Spironolactone Against Resistant hypertension: a Trial in Adults"},
        ),
        # a citation in brackets after a name defines nothing
        ("We fine-tune BERT (Devlin et al., 2019) and GLUE (Wang et al., 2018).", {}),
    ],
)
def test_acronyms_are_defined_by_their_long_form_on_either_side(text: str, expected: dict[str, str]) -> None:
    assert acronym_definitions(text) == expected


@pytest.mark.parametrize(
    ("title", "abstract", "expected"),
    [
        # the paper's verb after another of its own, in its plain form
        ("", "We formulate debiasing as robust optimisation over item groups and propose PopDRO, a training "
             "objective for recommenders.", ["PopDRO"]),
        ("", "We use Bar, which is fast and proposes Baz, a schedule, to every caller.", []),
        # a title saying what its one-word lead is, a thing made, though the abstract never names it
        ("Kestrel: A Persistent-Memory Key-Value Store with Log-Free Crash Consistency",
         "Persistent memory promises durable storage at near-DRAM latency, and the system we build shows it.",
         ["Kestrel"]),
        ("Tuberculosis: A Global Health Challenge", "Tuberculosis kills over a million people a year.", []),
        ("Measuring Proportionality: A Stringency Index for Courts", "Proportionality is a rule.", []),
        # a title in sentence case says it as well ("a", not "A"); and what health sciences make, for a
        # name spelt as only a made name is ("STRIDE", "RenalPlate"), not for a word ("Yoga")
        ("RenalPlate: a visual plate model for dietary education in chronic kidney disease",
         "Methods: The RenalPlate model was developed through three co-design workshops.", ["RenalPlate"]),
        ("STRIDE: a community-based progressive walking programme after stroke",
         "We evaluated STRIDE in 166 adults after a first stroke.", ["STRIDE"]),
        ("SIMPLIFY: a pharmacist-led regimen simplification intervention for older adults",
         "Methods: SIMPLIFY is a structured pharmacist-led intervention.", ["SIMPLIFY"]),
        ("Yoga: a mind-body intervention for chronic low back pain",
         "Yoga reduced pain scores at 12 weeks compared with usual care.", []),
        # statistics and econometrics: a name in words before the noun of what it is, which the paper
        # then defines or spells out ("the Kaplan-Meier estimator" it uses it does neither)
        ("", "We propose the Ridgeline prior, a scale mixture of normals with half-Cauchy local scales.",
         ["Ridgeline"]),
        ("", "We propose the Anchored Synthetic Control (ASC) estimator, which matches donors on trends.",
         ["ASC"]),
        ("", "We present the Kaplan-Meier estimator of survival in each arm.", []),
        # a resource paper describing what its title names: a catalogue, a survey, a facility
        ("The Tarn Ridge Microseismic Catalogue: five years of monitoring at a block-caving mine",
         "This paper describes the Tarn Ridge Microseismic Catalogue (TRMC), comprising 48,312 events.",
         ["TRMC"]),
        ("The Lake Victoria Artisanal Catch Survey (LVACS): design and first results",
         "We describe the design and first-year results of the Lake Victoria Artisanal Catch Survey (LVACS), "
         "a stratified two-stage survey of landing sites.", ["LVACS"]),
        ("The CASCADE facility: a 5x5 electrically heated rod bundle for critical heat flux experiments",
         "This paper describes CASCADE, a high-pressure water loop with a heated rod bundle.", ["CASCADE"]),
        # public administration, social psychology, criminology: a second verb of the same object, a title
        # opening with a question, and a short form named in capitals after "a six-item"
        ("", "This article develops and validates the Administrative Burden Experience Scale (ABES), a "
         "15-item survey instrument.", ["ABES"]),
        ("Do they like us? Development and validation of the Perceived Outgroup Warmth Inventory (POWI)",
         "We report four studies (total N = 2,138).", ["POWI"]),
        ("", "This paper develops a six-item Perceived Procedural Justice Short Form (PPJ-SF).", ["PPJ-SF"]),
        # an acronym spelling the small word of its name too (emergency medicine, power systems)
        ("", "Methods: We developed the Sepsis Warning Index For Triage (SWIFT), a triage score.", ["SWIFT"]),
        ("", "We propose the Oscillation Source Characterisation And Ranking (OSCAR) method.", ["OSCAR"]),
        # clinical medicine: a title saying what its coined name is, an objective describing the design of
        # what the title names, a model named in apposition to "The resulting model", and one whose long
        # form stands between it and what it is
        ("The DETACH score: early prediction of in-hospital mortality in Stevens-Johnson syndrome",
         "The score ranges from 0 to 9 points.", ["DETACH"]),
        ("The KIBO cohort: C-reactive protein-based screening for tuberculosis in adults starting ART",
         "We established a cohort at three clinics.", ["KIBO"]),
        ("The Framingham cohort: sixty years on", "Participants were followed for sixty years.", []),
        ("Real-world effectiveness of dupilumab: first results from the SKINTRACK registry",
         "Objective: To describe the design of SKINTRACK, a prospective multicentre registry of adults.",
         ["SKINTRACK"]),
        ("", "The resulting model, HALO-2, was trained on 41,275 images.", ["HALO-2"]),
        ("PRISM: deep learning risk stratification of screen-detected pulmonary nodules",
         "PRISM (Pulmonary Risk Inference from Screening Morphology) is a three-dimensional convolutional "
         "neural network.", ["PRISM"]),
        ("AIRWISE: a bedside score to predict difficult videolaryngoscopic intubation",
         "The AIRWISE score assigns points for limited mouth opening.", ["AIRWISE"]),
        ("The KINDYN model", "The resulting model, KINDYN-2S, is applied to 12 countries.", ["KINDYN-2S"]),
        # a lexicon named in apposition, a device a title says it is, and a registry a title gives the design
        # of (a subject so titled is none: "Sepsis: design of a ..." would need its abstract to name it)
        ("Development of a sensory lexicon for cold brew coffee",
         "The resulting lexicon, named BrewLex, contains 42 attributes.", ["BrewLex"]),
        ("Siren: A 49-Qubit Tunable-Coupler Transmon Processor", "Its median readout error is 1.1%.", ["Siren"]),
        ("ORCA: design and baseline characteristics of an observational registry of coronary CT angiography",
         "ORCA enrols consecutive patients at 14 sites. ORCA will support imaging-based risk tools.", ["ORCA"]),
        ("Obesity: design and baseline characteristics of a community trial",
         "Obesity affects one in four adults; we randomised 40 towns.", []),
        # cohorts, registries and trials titled in Title Case, a registry a paper establishes, and what
        # "This Article" presents (oncology, cardiology, law)
        ("Strain Decline in Breast Cancer: Initial Results From the TRELLIS Cohort",
         "Plasma was collected every three months.", ["TRELLIS"]),
        ("Acute Heart Failure: Design and First Results of the MERIDIAN-HF Registry",
         "We enrolled 5,000 patients at 40 hospitals.", ["MERIDIAN-HF"]),
        ("Early strain decline in women with breast cancer",
         "We established HEMLOCK, a multicentre prospective registry of women.", ["HEMLOCK"]),
        ("Policing at Micro Places: Main Results of the KEYSTONE Randomised Trial",
         "Street segments were randomly assigned to three arms.", ["KEYSTONE"]),
        ("Do Juveniles Understand Their Rights?",
         "This Article presents MIRANDA-Q, a 20-item open-access questionnaire.", ["MIRANDA-Q"]),
        # a score named before its noun (oncology); not a word so placed
        ("", "The resulting IRISK-7 score (range, 0 to 11) had a C-statistic of 0.74.", ["IRISK-7"]),
        ("", "The resulting Cox model had a C-statistic of 0.74.", []),
        # what a short form is of is another's
        ("", "We develop and validate a six-item short form of the Team Voice Climate Scale (TVCS).", []),
        # a paper describing what another made does not title itself by it
        ("Large language models in the classroom",
         "This paper describes ChatGPT, a chatbot released in 2022, and how students use it.", []),
        # results of any span of a trial a word goes before; what a design is set off by a comma; data
        # described by its noun; made after another verb past an aside (ophthalmology, cardiology,
        # veterinary epidemiology); not what patients develop
        ("Myopia control in children: two-year results of the multicentre SUNRISE randomised trial",
         "Children were assigned to atropine or placebo.", ["SUNRISE"]),
        ("Design and baseline characteristics of HALO-HF, a prospective multicentre cohort of patients",
         "Adults admitted with heart failure were enrolled at 14 hospitals.", ["HALO-HF"]),
        ("The Mara One Health Linked Surveillance (MOHLS) dataset: human and livestock serosurveillance",
         "We describe the Mara One Health Linked Surveillance (MOHLS) dataset, generated by a programme "
         "that enrolled febrile patients.", ["MOHLS"]),
        ("Seroprevalence in pastoral flocks",
         "We conducted a serosurvey and, in parallel, created the Afar Herd Mobility Dataset (AHMD), a "
         "record of the movements of 64 flocks.", ["AHMD"]),
        # a word before a test, process or panel the paper says it made, said what it is
        ("The Minishuttle test: a shuttle run for preschool children",
         "We developed the Minishuttle test, an incremental 10-m shuttle run.", ["Minishuttle"]),
        ("The Thicket process and book Ramsey numbers",
         "We introduce the Thicket process, a random graph process with an integer parameter.", ["Thicket"]),
        # what the made thing uses is another's (accessibility)
        ("Indoor wayfinding for blind travellers",
         "We built a smartphone system that uses Bluetooth Low Energy (BLE) beacons for localization.", []),
        ("Bronchopulmonary dysplasia in preterm infants",
         "We followed 200 infants who were ventilated and developed BPD (bronchopulmonary dysplasia).", []),
    ],
)  # fmt: skip
def test_a_paper_names_what_it_proposes_after_another_verb_or_titles_as_made(
    title: str, abstract: str, expected: list[str]
) -> None:
    assert titled(title, abstract) == expected


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        # a structured abstract's methods say what the trial reported was
        ("Background: Oligometastatic disease is common. Methods: CORVUS-2 was a multicentre, single-arm, "
         "phase 2 trial at 11 centres. Findings: Median follow-up of 24 months.", [("CORVUS-2", "dataset")]),
        ("Methods: MERIDIAN (Multicentre Evaluation of Repeated Infusions) was a double-blind trial at six "
         "sites.", [("MERIDIAN", "dataset")]),
        # a later analysis says so of the trial it draws on, and is no report of it
        ("In this secondary analysis, we used data from SPRINT. SPRINT was a randomized trial of intensive "
         "blood-pressure control.", []),
    ],
)  # fmt: skip
def test_a_trial_report_names_the_trial_it_was(abstract: str, expected: list[tuple[str, str]]) -> None:
    found = find_introduced(paper_text(Paper(id="p", abstract=abstract)))
    assert [(i.name, i.kind) for i in found] == expected


@pytest.mark.parametrize(
    ("title", "abstract", "expected"),
    [
        # the verbs that give a name as a thing is described, with or without "we"
        ("", "A major QTL on chromosome 7, designated qRDW7.1, explained 21.6% of variance.", ["qRDW7.1"]),
        ("", "We prepared an iron-nitrogen-carbon catalyst, denoted FeNC-Z8, by pyrolysis.", ["FeNC-Z8"]),
        # what the method gave, named with its acronym (a version after it)
        ("", "The resulting Oral anticoagulant Bleeding Risk Assessment score (OBRA-5; range 0-9) was "
             "validated.", ["OBRA-5"]),
        # named in apposition to the object of the paper's verb, the acronym spelling the name
        ("", "We developed a patch-leaving paradigm, the Dynamic Reward Integration in Foraging Task "
             "(DRIFT), in which participants harvest points.", ["DRIFT"]),
        # a trial's report titled by its trial; a cohort profile's name, up to what it is
        ("Natriuresis-guided titration in heart failure: the SALT-HF randomized trial",
         "Loop diuretic dosing is empirical.", ["SALT-HF"]),
        ("Cohort profile: the SAVANE household cohort for arbovirus surveillance in Kedougou, Senegal",
         "The cohort was set up in 2012.", ["SAVANE"]),
        # a later analysis titled by the trial it drew on
        ("Kidney outcomes: a secondary analysis of the SALT-HF randomized trial", "We reanalysed it.", []),
    ],
)  # fmt: skip
def test_names_designated_resulting_or_titled_are_introduced(
    title: str, abstract: str, expected: list[str]
) -> None:
    assert titled(title, abstract) == expected


def test_a_later_release_is_presented_by_its_acronym_and_number() -> None:
    # sports analytics (probe file 147): the second release of a dataset another paper presented, by the
    # number its acronym carries in brackets; a release whose acronym spells another name presents nothing
    text = "We present the second release of the Nordic Women's Tracking Dataset (NWTD 2.0). It adds matches."
    (intro,) = find_introduced(paper_text(Paper(id="p", title="Tracking data", abstract=text)))
    assert (intro.name, intro.aliases) == ("NWTD 2.0", ["Nordic Women's Tracking Dataset 2.0"])
    text = "We present the second release of the Nordic Women's Tracking Dataset (SCAN 2.0). It adds matches."
    assert find_introduced(paper_text(Paper(id="p", title="Tracking data", abstract=text))) == []
