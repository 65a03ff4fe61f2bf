"""Dataset discovery beyond the lexicon: names the text speaks of as datasets, aggregated over the corpus."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from itertools import takewhile

from paperkg.inference.extract import (
    PaperText,
    abbreviates,
    coined_head,
    contains_any,
    name_rejection,
    title_cased,
)
from paperkg.inference.matcher import compact
from paperkg.inference.places import FEATURE_WORDS, PLACES

__all__ = [
    "PLACE_MARK",
    "DatasetCue",
    "DiscoveredDataset",
    "acceptable_name",
    "dataset_cues",
    "dataset_key",
    "discover_datasets",
    "encoding_names",
    "period_words",
    "place_words",
    "record_kinds",
    "short_acronym",
    "spelt_as_terms",
]

# The words opening the nouns of a split of data, which only data has: "the BDD100K training split", "the
# Milan validation set" (a "test set" is read apart, as data's name more often ends in it)
_SPLIT_WORDS = ("training", "validation", "development", "dev", "held-out")
_SPLIT = "|".join(_SPLIT_WORDS)
# Nouns that say what precedes them is a dataset ("the UCF 101 dataset", "the Brown Corpus"), in
# one pass over the lowercased text with a preposition (group 2). Beyond machine learning's words,
# those that mean a collection of data in every field that has them, and nothing else: a catalogue
# of objects ("the Gaia catalogue"), a climate reanalysis ("the ERA5 reanalysis"), a biobank ("UK
# Biobank"). The lookahead lets the scan skip every offset that cannot start a match.
_NOUN_OR_ON = re.compile(
    r"(?=[dcbtorvh])\b(?:(data ?sets?|corpus|corpora|benchmarks?|treebanks?|databases?|test ?sets?|"
    r"catalog(?:ue)?s?|biobanks?|reanalys[ie]s|"
    # (or a split of one, which only data has: "the 36,728 daytime images of the BDD100K training split")
    rf"(?:{_SPLIT})\s+(?:set|split)|test\s+split)\b|"
    r"(on)\s+(?:the\s+|both\s+|two\s+|three\s+|several\s+|four\s+)?)"
)
# A survey, census or register is data in medicine, the social sciences and astronomy ("the Current
# Population Survey", "the Swedish Cancer Register"), but the same words name a review ("A Survey of
# ...") or a processor's register. Only a proper name defined by its acronym is taken: "the China Health
# and Nutrition Survey (CHNS)", the name's words read back as far as their initials spell the acronym.
# So are the data banks, links, archives and repositories so named ("the Clinical Practice Research
# Datalink (CPRD)", "the Protein Data Bank (PDB)", "the European Nucleotide Archive (ENA)"), and the panels
# and studies of the social sciences and epidemiology ("the German Socio-Economic Panel (SOEP)", "the Health
# and Retirement Study (HRS)", "the China Family Panel Studies (CFPS)").
_NAMED_WITH_ACRONYM = re.compile(
    r"\b(?:Surveys?|Census|Registry|Registries|Registers?|Datalinks?|Databanks?|Data Banks?|Archives?|"
    r"Repository|Repositories|Panels?|Study|Studies)\s*\(([A-Z][A-Za-z]*[A-Z][A-Za-z0-9\-]*)\)"
)
# Words a name may hold in lowercase, whose initial its acronym may or may not have ("Health and
# Nutrition": CHNS; "Health and Nutrition Examination": NHANES).
_NAME_GLUE = frozenset(["and", "of", "for", "on", "in", "the", "&"])
_ACRONYM_NOUNS = (
    "survey", "census", "regist", "datalink", "databank", "data bank", "archive", "repositor", "panel",
    "study", "studies",
)  # fmt: skip
# Data a paper says it took from a source it names in full with its acronym (_DATA_BEFORE_FROM):
# "RNA-seq data from The Cancer Genome Atlas (TCGA)", "waveforms from the Southern California
# Earthquake Data Center (SCEDC)", "occurrence records from the Global Biodiversity Information
# Facility (GBIF)". The source is a collection of data whatever its noun; one named as a body that
# publishes data (an organization, agency, fund, bank, ministry) is its publisher, whose many series
# two papers rarely share.
_DATA_BEFORE_FROM = re.compile(
    r"\b(?:data|microdata|records|recordings|images|imagery|samples|observations|waveforms|"
    r"spectra|profiles|genotypes|genomes|measurements|scans|sequences|counts|cases|series|statistics|"
    r"estimates|responses|features|values|variables|indicators|labels|annotations|entries|energies|"
    r"structures|trajectories|participants|patients|respondents|individuals|households|events|texts|"
    r"documents|articles|transcripts|songs|melodies|specimens|accessions|donors|isolates|strains)\b"
    r"[^.;:()]{0,40}$"
)
# or says it took as items of a source: "1,135 Arabidopsis accessions of the 1001 Genomes Project", "2,504
# samples of the 1000 Genomes Project", the data noun right before "of the"
_DATA_OF = re.compile(
    r"\b(?:data|records|samples|genomes|genotypes|accessions|donors|participants|patients|individuals|"
    r"respondents|households|specimens|isolates|strains|images|recordings|sessions|series)\s+of\s+(?=the\s)"
)
# or the people counted in a study whose data it draws on: "3,176 women in the Shanghai Birth Cohort", "4,697
# women from 10 centres of the ... Follow-up Study", "1,204 children enrolled in the Millennium Cohort Study";
# or the part of a study the paper is: "In a substudy of the Shanghai Birth Cohort", "a secondary analysis
# of the HAPO Follow-up Study" (the name must end in a noun of such studies: _source_spelt; people counted "in
# the United States" or "in the Intensive Care Unit" are where they were)
_PEOPLE_OF = re.compile(
    r"(?:\b\d[\d,]*\s+(?:[a-z][\w\-]*\s+){0,2}?(?:participants|women|men|children|adults|patients|"
    r"individuals|people|persons|mothers|infants|adolescents|pairs|dyads|respondents|subjects|twins|"
    r"pregnancies|girls|boys|students|veterans|workers|members|residents|newborns|neonates|births)\s+"
    r"(?:(?:from|at|in|across)\s+\d+\s+[a-z]+\s+)?"
    r"(?:in|of|from|enrolled\s+in|recruited\s+(?:to|into|in|from))"
    r"|\b(?:sub-?study|secondary\s+analysis|post[\s\-]hoc\s+analysis|ancillary\s+study|sub-?cohort|"
    r"nested\s+case-control\s+study)\s+(?:of|in|within)|\bnested\s+(?:with)?in)"
    r"\s+(?=the\s)"
)
_STUDY_NAME_NOUN = re.compile(
    r" (?:Stud(?:y|ies)|Cohort|Survey|Trial|Biobank|Regist(?:ry|er)|Panel|Database|Initiative|Project|"
    r"Consortium|Census|Challenge|Network|Archive|Collection|Corpus)\b"
)
# a part of a collection of data: "We used the Hindi subset of the HASOC 2019 shared task dataset"
_SUBSET_OF = re.compile(r"\b(?:subset|portion|subsample|sub-sample)s?\s+of\s+(?:the\s+)?(?=[A-Z0-9])")
# the part of a source data came from, its source after it: "Modules 1 to 3 of the", "the 2016 and 2019 waves
# of the", "122 automatic stations of the"
_PART_OF = re.compile(
    r"(?:the\s+)?(?:[\w,\-\u2013]+\s+){0,3}?(?:modules?|waves?|rounds?|sweeps?|releases?|editions?|phases?|"
    r"cycles?|stations|sites|gauges)(?:\s+\d+(?:\s*(?:to|and|-|\u2013)\s*\d+)?)?\s+of\s+(?=the\s)"
)
# found by its "from", the data noun then looked for in the words before it (most papers have a "from")
_FROM = re.compile(r"\bfrom\s+")
_LETTER_TERM = re.compile(r"[A-Z]-[a-z]+")
_JOINED = re.compile(r"[\-\u2013]")
# a prefix joined to a proper adjective or a name makes a word of the language, no name: "non-English
# benchmarks", "pre-COVID data", "sub-Saharan cohorts", "post-Soviet panels"
_PREFIXED_WORD = re.compile(
    r"(?:non|anti|pre|post|pan|sub|trans|inter|intra|extra|mid|neo|pro|semi|ultra|cross|ex)-[A-Z][\w\-]*"
)
_ACRONYM_HELD = re.compile(r" [A-Z]{2,6}(?![\w\-])")
_ONE_HOLDER = frozenset(["corpus", "database", "dataset", "data set", "treebank", "catalogue", "catalog"])
_COLLECTION_AFTER = re.compile(r" (?:Collection|Repository|Archive|Library|Suite)\b")
# A name's words going on after a capitalised noun: " on Protected Areas", " for Standard Reference"
_NAME_GOES_ON = re.compile(
    r" (?:of|on|for) (?:the )?[A-Z][\w\-]*(?:(?: (?:(?:of|on|for|in)(?: the)?|and|&))? [A-Z][\w\-]*)*"
)
# A proper name ending in a noun of collections of data, what a paper draws on: "using the Danish National
# Patient Registry", "demographic targets from the American Community Survey", "from the Crime Survey for
# England and Wales" (a panel is as often a gene panel, an assay, as a household panel). Without "the" and
# a word before it ("A Survey of ...", "the Survey") the noun names a review or the paper's own
# questionnaire; "items exist in the ... Survey" or "a supplement to the ... Survey" speak of one without
# drawing on it.
_USED_COLLECTION = re.compile(
    r"\b(?:[Uu]sing|[Ff]rom|[Dd]rawing on|[Bb]ased on)\s+the\s+"
    r"((?:[A-Z][\w\-']*\s+(?:(?:of|for|and|on|in|&)\s+)?){1,6}?"
    r"(?:Survey|Surveys|Census|Registry|Register|Archive)"
    # its last words after a preposition, read whole or not at all: "the Crime Survey for England and Wales"
    r"(?>(?:\s+(?:for|of|on|in)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:and|&)\s+[A-Z][\w\-]*)?)?))"
    # the name ends there (a year or wave may follow): "the Transiting Exoplanet Survey Satellite" is a
    # spacecraft, "the Kellogg Soil Survey Laboratory" a laboratory
    r"(?![\w\-]|\s+[A-Z])"
)
# the capitals of a country or an agency leading a source's name: "the US ...", "the CDC ..." (_source_spelt)
_AGENCY_CAPITALS = re.compile(r"[A-Z]{2,5}")
# the nouns of a proper name that holds items of data, whatever they are (_FROM)
_HOLDING_NOUNS = frozenset(
    ["Collection", "Archive", "Archives", "Repository", "Database", "Registry", "Register", "Biobank",
     "Corpus"]
)  # fmt: skip
# "from" saying what differs, not whence: "apart from", "different from", "distinct from"
_NOT_FROM_BEFORE = re.compile(r"\b(?:apart|away|different|differs?|differed|distinct|far|aside)\s+$")
# the words of a body that holds many datasets, not one (_source_spelt)
_BODY_WORDS = frozenset(["Center", "Centre", "Centers", "Centres", "Laboratory", "Laboratories", "Lab"])
# the gases of two elements' letters and a digit ("CO2", "NO2", "CH4", "N2O") or one ("O3"), not a letter and
# a digit of a dataset's name ("the M5 competition dataset", "C4")
_FORMULA_SHAPE = re.compile(r"O2|O3|N2|H2|[A-Z]{2}\d|[A-Z]\d[A-Z]")
# a version's number, which closes a name (_names_after)
_VERSION_TOKEN = re.compile(r"v?\d+(?:\.\d+)+")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]*[A-Z][A-Za-z0-9\-]*)\)")
_WORD_BEFORE_NAME = re.compile(r"\b([A-Z][a-z]+)\s+$")
_SOURCE_ACRONYM = re.compile(r"[^().;:]{3,110}?\s\(([A-Z][A-Za-z]*[A-Z][A-Za-z0-9\-]*)\)")
# Nouns that make a proper name a collection of data, wherever in the name they stand: "series from the
# Penn World Table", "records from the Health and Retirement Study", "data from the Panel Study of
# Income Dynamics", "recordings from the Allen Brain Observatory". A name without one ("samples from
# the North Sea", "letters from the Second World War") is a place, an event or a body.
_RESOURCE_NOUNS = frozenset(
    ["Table", "Tables", "Study", "Studies", "Panel", "Survey", "Surveys", "Census", "Project", "Observatory",
     "Atlas",
     "Database", "Archive", "Archives", "Repository", "Register", "Registry", "Cohort", "Consortium",
     "Initiative", "Platform", "Portal", "Library", "Collection", "Catalog", "Catalogue", "Inventory",
     "Indicators", "Corpus", "Treebank", "Dataset", "Biobank"]
)  # fmt: skip
# The same nouns in lowercase after a proper name, its head: "the ENCODE project", "the WELLSPRING cohort"
# (a dataset, corpus or database so named is found by its noun wherever it stands: _NOUN_OR_ON).
_LOWER_RESOURCE_NOUNS = frozenset(
    ["project", "archive", "archives", "registry", "register", "survey", "study", "cohort", "collection",
     "library", "repository", "consortium", "inventory", "atlas", "observatory", "portal"]
)  # fmt: skip
# (a count may open the name, not a year: "the 1000 Genomes Project", "the 3K Rice Genomes Project")
_SOURCE_NAME = re.compile(
    r"(?:(?!(?:19|20)\d\d\b)\d+[KkMm]?\s+(?=[A-Z]))?"
    r"[A-Z][\w\-']*(?:\s+(?:(?:of|and|on|for|the|&)\s+)*[A-Z][\w\-']*)*"
)
_PUBLISHERS = frozenset(
    ["Organization", "Organisation", "Administration", "Agency", "Fund", "Bank", "Ministry", "Department",
     "Office", "Bureau", "Institute", "Commission", "Council", "Association", "Society", "Foundation",
     "University", "Authority", "Service", "Services", "Prevention", "Federation", "Union", "Forum"]
)  # fmt: skip
# An astronomical survey's data release: "Gaia DR3", "SDSS DR17", "LAMOST DR8" (and "Gaia Data
# Release 3"), a dataset by what the words mean; an early or public one too ("Gaia EDR3", "Planck PR4").
_DATA_RELEASE = re.compile(r"\b([A-Z][A-Za-z0-9\-]*[A-Za-z0-9])\s+(EDR|DR|PR|Data Release\s+)(\d{1,2})\b")
# Items of data counted before "from the" and where they came from: "48,900 shi poems from the Quan Tangshi",
# "2,400 photographs from the Australian Institute of Marine Science Long-Term Monitoring Program" (records,
# texts or pictures: people, samples and specimens are taken from places and hospitals; and "the", as "letters
# from Erasmus" are his)
_COUNTED_ITEMS = (
    "poems", "lyrics", "texts", "documents", "records", "entries", "images", "photographs", "photos",
    "articles", "letters", "sentences", "tweets", "posts", "reviews", "manuscripts", "recordings",
    "utterances", "clips", "videos", "transcripts", "inscriptions", "charters", "abstracts", "reports",
    "notes",
)  # fmt: skip
# (every noun of items ends in "s": one substring test asks for them all)
_SEARCH_WORDS = (
    "searched", "queried", "retrieved from", "extracted from", "drawn from", "sourced from", "sampled from",
    "s from the ",
)  # fmt: skip
# Wordings that say a paper evaluates, trains or reports results on what follows "on": found by
# the preposition and a capital after it, then the words before it are checked.
_ON_VERB = re.compile(
    r"\b(?:evaluat\w*|experiments?|experimented|results?|tested|testing|trained|train|training|"
    r"fine-?tun\w*|finetun\w*|pre-?train\w*|benchmark\w*|performance|accuracy|scores?|"
    r"state-of-the-art|achiev\w*|outperform\w*|report\w*|validat\w*|apply|applied)\b"
    # (or a ranking metric at its cutoff: "leakage inflated NDCG@10 by up to 38% on MovieLens-1M")
    r"|\b[a-z]+@\d+\b"
)
# A result given in the sentence after a name it opens with "On": a verb of reaching a score, then its
# figure ("reaches a Fréchet Video Distance (FVD) of 412"); or of lowering an error ("On METR-LA, STAGE
# reduces 60-minute MAE to 3.21 mph", "On METR-LA (...) and PEMS-BAY (...), DiffLink reduces ... MAE by 6.8%")
_RESULT_AFTER = re.compile(
    r"[^.;]{1,120}?\b(?:reach\w*|achiev\w*|obtain\w*|attain\w*|yield\w*|scor\w*|gets?|improv\w*|rais\w*|"
    r"reduc\w*|lower\w*|decreas\w*|cut)\b"
    r"[^.;]{0,60}?\b(?:of|at|to|from|by)\s+\d"
)
# The verbs of putting a paper's own code, models or data somewhere, right before "on": "available on GitHub"
_PUT_ON = re.compile(
    r"\b(?:available|released|hosted|deposited|published|posted|shared|distributed|uploaded|archived)"
    r"(?:\s+[a-z]+ly)?\s*$"
)
# Wordings by which a paper releases a dataset of its own: "we collect / release / build X".
_RELEASE_CUE = re.compile(
    r"(?=[wTt])\b(?:we|[Tt]his (?:paper|work))\s+(?:also\s+|further\s+)?(?:collect|release|build|construct|"
    r"create|curate|compile|annotate|introduce|present|propose)\w*\s+(?:a\s+|an\s+|the\s+)?(?:new\s+|"
    r"novel\s+|large-scale\s+|first\s+)*(?:[\w\-]+\s+){0,3}?(?:data ?set|corpus|benchmark|treebank|"
    r"database|collection)s?,?\s+(?:called\s+|named\s+|dubbed\s+)?"
)
# A literature or data search names the databases it searched: "we searched MEDLINE, Embase and
# PsycINFO", "searched for trials in MEDLINE and the Cochrane Controlled Trials Register".
# A word in title case, then a word in lowercase: an adjective of a common noun ("Ottoman fiscal registers")
# (not a function word, a name's own in other languages, nor a noun of collections of data: "drawn from the
# Brindle cohort", "from the Concordance de l'Occitan")
_WORD_THEN_NOUN = re.compile(
    r"[A-Z][a-z]+\s+(?!(?:and|or|in|on|for|with|from|to|of|by|at|between|during|until|as|via|through|since|"
    r"before|after|were|was|is|are|which|that|who|where|while|using|under|into|over|the|a|an|but|de|du|des|"
    r"della|di|van|von|der|cohort|study|studies|corpus|database|registry|register|archive|archives|dataset|"
    r"data|collection|survey|panel|catalogue|catalog|project|trial|biobank)\b)[a-z]"
)
# What is retrieved, extracted, drawn or sourced from is named at once; only where it is not is the
# source named later, after "in the" or "from the" ("drawn from 11,875 children ... in the ABCD Study"):
# an "in" without it says where or in what form ("drawn from reference collections in Rome",
# "extracted from scores in MusicXML and MIDI formats").
_SEARCH_CUE = re.compile(
    r"\b(?:(?:searched|queried)(?:[^.;:]{0,50}?\b(?:in|from)\b)?|"
    r"(retrieved|extracted|drawn|sourced|sampled) from|"
    rf"(?<=\d\s)(?:[a-z][\w\-]*\s+){{0,2}}?(?P<counted>{'|'.join(_COUNTED_ITEMS)})\s+from(?=\s+the\s))"
    r"\s+(?:the\s+)?"
)
# a lowercase word after a name that is no noun of data, no word joining a clause and no verb: the name
# describes it (see dataset_cues)
_NOT_DATA_AFTER = re.compile(
    r"\s+(?!(?:and|or|to|for|with|in|on|at|by|of|from|using|between|during|as|which|that|release|version|"
    r"cohort|study|corpus|database|registry|register|archive|dataset|data|collection|survey|panel|catalogue|"
    r"catalog|trial|biobank|edition|series)s?\b|[a-z]+ed\b)[a-z][\w\-]*"
)
# the names a list goes on with, each of capitalised words (ending where a lowercase word follows one)
_MORE_LISTED = re.compile(r"(?:(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)*")
# the last word of the name of a law of chance, which values are sampled from
_CHANCE_LAW_END = re.compile(
    r"\b(?:Process|Processes|Distribution|Prior|Posterior|Model|Mixture|Walk|Chain)$"
)
_OWNER_OF_RESOURCE = re.compile(
    r"(?:\s+(?!(?:and|or|with|to|in|on|for|from|of|by|at)\b)[a-z][\w\-]*){2,3}\s+(?:database|dataset|"
    r"data\s+set|archive|collection|catalogue|catalog|repository|registry|compilation)s?\b"
)
_LATER_SOURCE = re.compile(r"[^.;:]{0,50}?\b(?:in|from)\s+the\s+")
# Records looked up against a reference name it as one: "16S reads were classified against SILVA 138",
# "searches against PHI-base identified homologues", "matched against the World Register of Marine Species"
# (not "compared against" or "benchmarked against", which name a baseline)
_LOOKED_UP_AGAINST = re.compile(
    r"\b(?:classif|search|annotat|align|map|quer|blast|screen|match)\w*\s+(?:[a-z][\w\-]*\s+){0,3}?"
    r"against\s+(?:the\s+)?"
)
# what may follow such a reference's name: the end of its phrase, another name or a verb in the past; a
# noun after it is what it names ("against HepG2 cells", "against Mycobacterium tuberculosis", "against the
# NCBI non-redundant protein database")
_PHRASE_GOES_ON = re.compile(
    r"\s+(?!(?:and|or|to|for|with|in|on|at|using|version|release|database)\b|[a-z]+ed\b)[a-z][\w\-]*"
)
# A name before a noun of how inputs are encoded names the encoding, not the data: "random forests on Morgan
# fingerprints", "a classifier on BERT embeddings", "trained on ResNet features"
_ENCODED_AS = re.compile(
    r"[\s-]+(?:\d+-bit\s+)?(?:fingerprints?|embeddings?|features|descriptors?|representations?|encodings?)\b"
)
# the part of other data a name qualifies, by its language, place or kind ("the Kinyarwanda subset of", "the
# Luganda and Chichewa partitions of")
_PART_OF_AFTER = re.compile(
    r"(?:,?\s+(?:and|or)\s+[A-Z][\w\-]*|,\s+[A-Z][\w\-]*){0,4}\s+"
    r"(?:subsets?|portions?|partitions?|splits?|sections?|parts?)\s+of\b"
)
# A source a paper uses over years is data: "Using Compustat for 1995-2019", "prices from OptionMetrics for
# 1996-2008", "movements from the Cattle Tracing System for 2010-2013", "from three-hourly MERRA-2 fields for
# June-September 1980-2020". Used, or what its data were taken from: not whom or what was sampled ("children
# from Wuhan between 2019 and 2020", "samples from Lake Taihu"), nor those with a condition ("patients with
# COVID-19 admitted between 2020 and 2021"), nor a condition, an organism or a method the words after the name
# say it is ("Using SARS-CoV-2 genomes from 2020"). (A short acronym alone, "EHR" or "MRI", is as often a kind
# of record as a source: not so taken.)
_OVER_YEARS = re.compile(
    # (the lookahead lets the scan skip every offset that cannot start a match)
    r"(?=[Uuf])\b(?:[Uu]s(?:e|es|ed|ing)|(from))\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,2}?"
    r"([A-Z][\w\-/&]*(?:\.\d+)*(?:\s+[A-Z0-9][\w\-/&]*(?:\.\d+)*){0,3})"
    r"((?:\s+[a-z][\w\-]*){0,3})\s+(?:for|from|over|between|covering|spanning|during)\s+"
    r"(?:the\s+(?:years?|period)\s+)?(?:(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)(?:[\-\u2013](?:[A-Z][a-z]+))?\s+)?(?:19|20)\d\d\b"
)
# the nouns of whom or what was sampled, before "from", and of what a name is after it; a coined word
_SAMPLED = re.compile(
    r"\b(?:participants|patients|respondents|individuals|households|children|adults|women|men|people|"
    r"subjects|volunteers|students|samples|specimens|isolates|strains|donors|accessions|cases|animals|"
    # (or things taken from a site: "the qingbai sherds they sampled from the Nanhai I", a wreck)
    r"sherds|fragments|artefacts|artifacts|timbers|cores|sediments|soils|bones|teeth)\b"
    r"[^.;:]{0,40}$"
)
# and what was bought from a supplier: "were purchased from Sigma-Aldrich between 2019 and 2020"
_BOUGHT = re.compile(r"\b(?:purchased|bought|ordered)\s+$")
_NOT_A_SOURCE_AFTER = re.compile(
    r"\b(?:disease|diseases|syndrome|infections?|patients|cases|genomes|isolates|strains|sequences|variants|"
    r"simulations?|models?|methods?|regressions?|estimators?|approach(?:es)?|algorithms?)\b"
)
_COINED_WORD = re.compile(r"(?=\S*\d|\S*[A-Z]\S*[A-Z])\S+")
# A coined name said in apposition to be a collection of records: "We used ASL-LEX, a lexical database of
# nearly 1,000 American Sign Language signs", "from VitalDB, the open-access intraoperative biosignal
# database of Seoul National University Hospital" (the nouns of
# _NOUN_OR_ON that mean data in every field; a name before "a ... corpus of" is that corpus)
_APPOSED_DATA = re.compile(
    r"(?<![\w\-])([A-Z][\w\-]*\w),\s+(?:an?|the)\s+(?:[a-z][\w\-]*\s+){0,3}?"
    r"(?:data ?set|database|corpus|treebank|biobank|catalogue|catalog)\s+(?:of|for|containing|comprising|"
    r"with|that|which)\b"
)
# a feature of the land or sea in a name makes a place of it ("Lake Taihu", "the Yangtze River")
_LAND_FEATURE = re.compile(
    r"\b(?:Lake|River|Bay|Sea|Ocean|Gulf|Basin|Valley|Mountains?|Island|Islands|Peninsula|Glacier|Delta)\b"
)
# a name a feature of the land or sea ends, or that opens with one, is a place's: "a Humboldt Current
# reanalysis" is a reanalysis of the sea there (CHASQUI), no data named Humboldt Current
_PLACE_NAMED = re.compile(
    rf"(?:[A-Z][\w'\u2019-]*\s+){{1,3}}(?:{FEATURE_WORDS}|Current(?:\s+System)?|Delta|Shelf|Estuary|"
    r"Archipelago|Coast)|(?:Lake|Mount|Gulf\s+of|Bay\s+of|Sea\s+of)\s+[A-Z][\w'-]*"
)
# the nouns naming a whole collection of data after its name ("the Keystone dataset", "the Keystone release"),
# and those naming a split of it ("the Milan test set")
_WHOLE_DATA_AFTER = re.compile(
    r"\s+(?:dataset|data\s+set|corpus|database|benchmark|release|collection|archive|treebank|cohort)\b"
)
# (a split named after the data, "test" and "train" too)
_SPLIT_AFTER = re.compile(rf"\s+(?:test|train|{_SPLIT})\s+(?:set|split)\b")
# A word that names a period or realm of history ("the Tang dynasty", "the Edo period", "the Ottoman Empire")
# says when texts or things were made: "the full Tang corpus" is the poems of that time, as "the English
# corpus" is of that language, no data named Tang
# (or two, by one plural noun: "entries from the Yongzheng and early Qianlong reigns"; or by the emperor a
# reign is named after: "the Yongzheng emperor intervened personally")
_PERIOD_NAMED = re.compile(
    r"\b([A-Z][a-z]+)(?:\s+(?:and|or|to)\s+(?:(?:early|late|middle|mid)\s+)?([A-Z][a-z]+))?\s+"
    r"(?:[Dd]ynast(?:y|ies)|[Pp]eriods?|[Ee]ras?|[Ee]mpires?|[Kk]ingdoms?|[Rr]eigns?|[Ss]ultanates?|"
    r"[Cc]aliphates?|[Ss]hogunates?|[Ee]mperors?)\b"
)
# (parts of its nouns, one of which a text must hold for the pattern to be tried)
_PERIOD_PARTS = (
    "ynast", "eriod", " era", " Era", "mpire", "ingdom", "eign", "ultanate", "aliphate", "hogunate", "mperor",
)  # fmt: skip
# a release's number or a product's processing level ending a name ("Penn World Table 9.0", "GTEx v8",
# "Sentinel-2 Level-2A"): the source is the same
_RELEASE_END = re.compile(r"\s+(?:v\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)*|Level-\d[A-Z]?|L\d[A-Z]?)$")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,4}s")
# a name's first word made an adjective: "Patients with HPV-positive OPSCC diagnosed between 2010 and 2016"
_ADJECTIVE_MADE = re.compile(r"[A-Z0-9]\w*-[a-z]+(?:ed|ive|ant|ent|ic|al|like)\b")
# "X (Smith et al., 2019)" or "X (Smith and Jones, 2019)": a cited resource, counted only in a
# sentence that evaluates on something.
_CITED_AFTER = re.compile(r"\s*\((?:[A-Z][\w\-]+(?: et al\.?| and [A-Z][\w\-]+)?,? \d{4}[a-z]?)\)")
_CITE_MARK = re.compile(r"\s*\[[\d,\s\-–]+\]")
# The parts of a list of names: asides in brackets, separators, a leading article.
_ASIDE_PAREN = re.compile(r"\s*\([^()]{0,60}\)")
_CLAUSE_VERB = re.compile(r"[a-z]+ed|is|are|was|were|has|have|had|can|could|will|would|may|might")
_LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+")
_LEADING_THE = re.compile(r"^\s*the\s+")
_LEADING_FROM = re.compile(r"^\s*from\s+")
# A size or a span before a name: "960-hour", "11.4-million-word", "10-year", "5,000-image".
_MEASURE = re.compile(
    r"\d[\d,.]*(?:-(?:hours?|years?|days?|weeks?|months?|minutes?|seconds?|words?|tokens?|million|billion|"
    r"thousand|items?|class(?:es)?|points?|pages?|samples?|images?|languages?|speakers?|participants?|"
    r"subjects?|patients?|sentences?|documents?|utterances?))+"
)
# A count of dimensions, no name: "3D", "2.5D"
_DIMENSIONS = re.compile(r"\d(?:\.\d)?D")
# Runs of digits, capitals and lowercase letters: a word's shape (_shape)
_DIGIT_RUN = re.compile(r"\d+")
_UPPER_RUN = re.compile(r"[A-Z]+")
_LOWER_RUN = re.compile(r"[a-z]+")
# Words that start a phrase of their own, never inside a name
_ARTICLES = frozenset(["the", "a", "an", "this", "that", "these", "those", "our", "their", "its", "we", "it"])
# A word a number before it counts or measures: an acronym ("13 BEIR datasets"), a unit of size ("a 10 GB
# dataset")
_SIZE_UNITS = frozenset(["KB", "MB", "GB", "TB", "PB", "KiB", "MiB", "GiB", "TiB"])
_COUNTED = re.compile(r"[A-Z]{2,}|[KMGTP]i?B")
# Words inside a dataset name written in lowercase ("UC Merced Land Use", "TRC 2-financial").
_NAME_TOKEN = re.compile(r"[\w\-\+/']+(?:\.\d+)*")
# Days and months: "results on Sunday", "admitted on Monday" give a date, never a dataset.
_DATES = frozenset(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
     "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
)  # fmt: skip
# Capitalised words that start sentences or describe a dataset; never a dataset's name alone.
_NOT_DATASET = _DATES | frozenset(
    ["The", "A", "An", "This", "That", "These", "Those", "Our", "Their", "Its", "Each", "Every", "All", "Both", "Two", "Three", "Four", "Five", "Several", "Many", "Most", "Some", "Other", "Such", "Same", "Table", "Tables", "Figure", "Figures", "Fig", "Section", "Sections", "Appendix", "Eq", "Equation", "Large", "Small", "New", "Novel", "Public", "Standard", "Real", "Synthetic", "Popular", "Existing", "Original", "Full", "Training", "Test", "Testing", "Validation", "Dev", "Development", "Evaluation", "Benchmark", "Benchmarks", "Dataset", "Datasets", "Corpus", "Data", "In", "On", "For", "With", "From", "To", "Of", "By", "As", "At", "We", "It", "Experiments", "Results", "Following", "Finally", "First", "Second", "Third", "Then", "Also", "However", "Moreover", "Furthermore", "Here", "There", "When", "While", "Recently", "Specifically", "Similarly", "Moreover", "Additionally", "Besides", "Experimental", "Extensive", "Challenging", "Multiple", "Various", "Different", "Additional", "Main", "Unlabeled", "Labeled", "Annotated", "Human", "Image", "Images", "Text", "Video", "Videos", "Audio", "Speech", "Language", "Medical", "English", "Since", "After", "Before", "Until", "During", "Using", "Based", "Compared", "Unlike", "Like", "Although", "Because", "Thus", "Hence", "Therefore", "Overall"]
)
# Nouns after which a name is a method, not a dataset ("the UCF model" would be odd; "BERT model").
_METHOD_NOUN = re.compile(
    r"^\s*(?:\[[\d,\s]+\]\s*)?(?:model|models|method|methods|network|networks|architecture|algorithm|"
    r"approach|framework|optimizer|encoder|decoder|layer|layers|loss|module|baseline|baselines|"
    r"backbone|classifier|tagger|parser|system)\b",
    re.IGNORECASE,
)


# Not frozen, for the speed of making one (see matcher.Match); none is changed.
@dataclass(slots=True)
class DatasetCue:
    """One place the text speaks of ``name`` as a dataset (``strong``) or near one (weak)."""

    name: str
    strong: bool
    sentence_index: int
    # the acronym the text gives the name ("Programme for International Student Assessment (PISA)"),
    # by which papers that never spell it out write it; for a data release, its spelling out ("Gaia
    # Data Release 3" of Gaia DR3)
    acronym: str | None = None


@dataclass
class DiscoveredDataset:
    """A dataset name found from how the corpus speaks of it, with its variants and support."""

    name: str
    variants: set[str] = field(default_factory=set)
    strong: int = 0
    weak: int = 0
    papers: set[str] = field(default_factory=set)
    # acronyms of three capitals or fewer a paper spelt the name by: other papers write them alone,
    # but so short they name other things too, and count only where data stand by them
    short: set[str] = field(default_factory=set)


def dataset_key(name: str) -> str:
    """Return the key that makes spelling variants one dataset ("UCF 101", "UCF-101", "UCF101").

    Examples
    --------
    >>> dataset_key("Sports 1 M") == dataset_key("Sports-1M")
    True
    """
    return compact(name).casefold().replace(".", "")


_LEFT_AT_END = frozenset(["and", "or", "the", "of", "on", "in", "for", "from", "with", "to"])


_YEAR = re.compile(r"(?:19|20)\d\d")


def _clean(name: str) -> str:
    name = _CITE_MARK.sub("", name).strip(" ,;:()[]'\"")
    tokens = name.split()
    while tokens and (tokens[0] in _NOT_DATASET or tokens[0].lower() in ("the", "a", "an", "our")):
        tokens = tokens[1:]
    # (nor the years it covers before its name: "the 2013-2014 Nationwide Readmissions Database")
    while len(tokens) > 1 and _YEAR.fullmatch(tokens[0]):
        if not (tokens[1][0].isupper() or _YEAR.fullmatch(tokens[1])):
            break
        tokens = tokens[1:]
    # (nor a preposition left at its end: "the ... Information System (EMPRES-i) for January 2005")
    while tokens and tokens[-1].lower() in _LEFT_AT_END:
        tokens = tokens[:-1]
    # (nor the direction of translation after it, a part of the data: "MuST-C En\u2013De")
    while len(tokens) > 1 and _JOINED.search(tokens[-1]) and name_rejection(tokens[-1]) == "adjective":
        tokens = tokens[:-1]
    return " ".join(tokens)


_COMPASS = frozenset(
    ["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper",
     "Lower"]
)  # fmt: skip


_LANDFORMS = frozenset(
    ["Reef", "Reefs", "River", "Rivers", "Sea", "Seas", "Lake", "Lakes", "Basin", "Delta", "Valley", "Bay",
     "Gulf", "Strait", "Ocean", "Mountains", "Plateau", "Desert", "Island", "Islands", "Peninsula", "Coast",
     "Archipelago", "Glacier", "Estuary", "Lagoon", "Canyon", "Highlands", "Lowlands", "Plain", "Plains"]
)  # fmt: skip


def _acceptable(name: str) -> bool:
    """Return True if ``name`` can be a dataset's name: it has a capital or a digit, and is not a word class."""
    if not name or len(name) < 2 or len(name) > 70 or len(name.split()) > 7:
        return False
    # two letters, a capital and a lowercase one, are a surname or an element ("the Li and Lim benchmark
    # instances", "Li-ion"), not a dataset's name
    if len(name) == 2 and name[0].isupper() and name[1].islower():
        return False
    if not any(ch.isalpha() for ch in name):
        return False
    first = name.split()[0]
    if not (any(ch.isupper() for ch in name) and (first[0].isupper() or first[0].isdigit() or any(c.isupper() for c in first))):
        return False
    if all(t in _NOT_DATASET for t in name.split()):
        return False
    # a point of the compass and a word name a region or a realm, a place or a period, no data: "from the
    # Northern Wei, Eastern and Western Wei, Northern Qi and Northern Zhou (386-581)", "East Anglia"
    words = name.split()
    if len(words) == 2 and words[0] in _COMPASS and words[1].isalpha() and words[1][1:].islower():
        return False
    # nor a proper name ending in a noun of the land or the sea, a place: "the Great Barrier Reef", "the
    # Yangtze River Delta", "the Tibetan Plateau" (data of a place say what they are: "the ... Reef
    # Monitoring Program")
    if 1 < len(words) <= 5 and words[-1] in _LANDFORMS and all(w[:1].isupper() for w in words):
        return False
    # a word cut at its hyphen ("In-" of "In-corpus accuracy"), a count of dimensions ("trained on 3D
    # descriptors")
    if name.endswith("-") or _DIMENSIONS.fullmatch(name):
        return False
    # a sequencing assay is a kind of data, not a dataset: "eleven independent RNA-seq datasets",
    # "ChIP-seq data", "scRNA-seq datasets"
    if name.lower().endswith("-seq"):
        return False
    # so is a letter joined to a word, a term of a field ("the multi-machine H-mode database" of tokamak
    # discharges in high-confinement mode, "a T-cell receptor database", "X-ray datasets")
    if _LETTER_TERM.fullmatch(name) or _PREFIXED_WORD.fullmatch(name):
        return False
    # nor a chemical formula's shape, which every paper on the gas writes ("O3 power spectral densities" of
    # an observing run; ozone is O3 too): "CO2", "NO2", "CH4"
    if _FORMULA_SHAPE.fullmatch(name):
        return False
    return name_rejection(name) is None


def acceptable_name(name: str) -> bool:
    """Return True if ``name`` can be a dataset's name: what discovery accepts of the names cues give.

    >>> acceptable_name("PDBbind"), acceptable_name("North American"), acceptable_name("non-English")
    (True, False, False)
    >>> acceptable_name("Northern Wei"), acceptable_name("Northern Ireland Cohort")
    (False, True)
    >>> acceptable_name("Great Barrier Reef"), acceptable_name("Great Barrier Reef Monitoring Program")
    (False, True)
    """
    return _acceptable(name)


def _counts(tokens: list[re.Match[str]], i: int, after: str) -> bool:
    """Return True if token ``i`` is a number that counts or measures the word ``after`` it, at the start of a
    name: "13 BEIR", "a 10 GB", not "Tier 1 SV" or "Interspeech 2020 DNS Challenge"."""
    tok = tokens[i].group(0)
    if not tok.isdigit() or len(tok) == 4 or not _COUNTED.fullmatch(after):
        return False
    return i == 0 or not any(ch.isupper() or ch.isdigit() for ch in tokens[i - 1].group(0))


def _name_before(text: str, end: int) -> list[str]:
    """Return the names that end at ``end`` (before a dataset noun), reading back over "X, Y and Z"."""
    head = _CITE_MARK.sub(lambda m: " " * len(m.group(0)), text[max(0, end - 160) : end])
    # only the sentence the noun is in: a full stop, a line break or a colon ends the look back
    stop = max(head.rfind(". "), head.rfind("\n"), head.rfind(": "), head.rfind("? "), head.rfind("! "))
    if stop >= 0:
        head = " " * (stop + 1) + head[stop + 1 :]
    tokens = list(_NAME_TOKEN.finditer(head))
    names: list[str] = []
    current: list[str] = []
    i = len(tokens) - 1
    while i >= 0:
        tok = tokens[i].group(0)
        gap = head[tokens[i].end() : tokens[i + 1].start()] if i + 1 < len(tokens) else head[tokens[i].end() :]
        if current and ("," in gap or ";" in gap or "(" in gap or ")" in gap):
            if current:
                names.append(" ".join(reversed(current)))
            current = []
            if "(" in gap or ")" in gap or ";" in gap:
                break
        is_name_token = any(ch.isupper() or ch.isdigit() for ch in tok)
        # the last group of a count ("31,472 UK Biobank participants"): not the name's
        at = tokens[i].start()
        if current and tok.isdigit() and at >= 2 and head[at - 1] in ",." and head[at - 2].isdigit():
            break
        # how much of the data, not its name: "the 960-hour LibriSpeech corpus", "the 11.4-million-word ...",
        # "13 BEIR datasets" (a number before an acronym counts it), "a 10 GB dataset"
        if current and (_MEASURE.fullmatch(tok) or _counts(tokens, i, current[-1])):
            if current[-1] in _SIZE_UNITS:
                current = []
            break
        # a word of _NOT_DATASET inside a capitalised run is the name's ("the Stanford Large Network
        # Dataset"), as its first word it is not ("the Large dataset")
        # (so is one right before a capitalised noun, which the name ends with: "the CSLU Kids' Speech
        # Corpus")
        inside = (
            (current or text[end : end + 1].isupper())
            and tok in _NOT_DATASET
            and i > 0
            and tokens[i - 1].group(0)[:1].isupper()
            and tokens[i - 1].group(0) not in _NOT_DATASET
            and head[tokens[i - 1].end() : tokens[i].start()] == " "
        )
        # (four words at most, but a lowercase word joining them: "the Timeline of Historical Film Colors")
        words = sum(1 for word in current if not word[:1].islower())
        if is_name_token and (tok not in _NOT_DATASET or inside) and words < 4:
            current.append(tok)
        elif tok.lower() in ("and", "or") and (current or names):
            if current:
                names.append(" ".join(reversed(current)))
            current = []
        elif current and tok[0].islower() and i > 0 and words < 4 and not names:
            # a lowercase word inside a name ("TRC 2-financial", "UC Merced Land Use") only when a
            # capitalised word precedes it
            prev = tokens[i - 1].group(0)
            if any(ch.isupper() for ch in prev) and prev not in _NOT_DATASET and tok not in ("the", "a"):
                current.append(tok)
            else:
                break
        else:
            break
        i -= 1
    if current:
        names.append(" ".join(reversed(current)))
    return [n for n in _sharing_the_first(_clean(n) for n in reversed(names)) if _acceptable(n)][::-1]


def _one_listed_name(text: str, noun: int, end: int, names: list[str]) -> tuple[str, str] | None:
    """Return the names listed before the noun at ``noun`` as one name, with its acronym, where the acronym
    in brackets after the noun (at ``end``) spells them all: "the Scandinavian Donations and Transfusions
    database (SCANDAT2)" is one database, "the Medicare and Medicaid databases (CMS)" two, its acronym
    their keeper's. (An edition's number closing the acronym spells nothing.)

    >>> t = "Using the Scandinavian Donations and Transfusions database (SCANDAT2), we"
    >>> _one_listed_name(t, t.index("database"), t.index(" ("), ["Transfusions", "Scandinavian Donations"])
    ('Scandinavian Donations and Transfusions', 'SCANDAT2')
    >>> t = "from the Medicare and Medicaid databases (CMS), we"
    >>> _one_listed_name(t, t.index("databases"), t.index(" ("), ["Medicaid", "Medicare"]) is None
    True
    """
    given = _ACRONYM_AFTER.match(text, end)
    first = text.rfind(names[-1], 0, noun)
    if given is None or first < 0:
        return None
    joined = text[first:noun].strip()
    acronym = given.group(1)
    if abbreviates(acronym.rstrip("0123456789"), joined) and _acceptable(joined):
        return joined, acronym
    return None


def _shape(token: str) -> str:
    """Return ``token`` with each run of digits, capitals and lowercase letters as one of its kind."""
    return _LOWER_RUN.sub("a", _UPPER_RUN.sub("A", _DIGIT_RUN.sub("9", token)))


def _sharing_the_first(names: Iterable[str]) -> list[str]:
    """Return ``names`` (as listed) with the first's leading words given to each later one that is a word of
    the shape of the first's last: "the Gaia DR2 and DR3 catalogues", "the NGSIM US-101 and I-80 data sets",
    "the BraTS 2020 and 2021 datasets" list Gaia DR3, NGSIM I-80 and BraTS 2021.

    Examples
    --------
    >>> _sharing_the_first(["Gaia DR2", "DR3"]), _sharing_the_first(["NGSIM US-101", "I-80", "highD"])
    (['Gaia DR2', 'Gaia DR3'], ['NGSIM US-101', 'NGSIM I-80', 'highD'])
    >>> _sharing_the_first(["UK Biobank", "FinnGen"]), _sharing_the_first(["CIFAR-10", "STL-10"])
    (['UK Biobank', 'FinnGen'], ['CIFAR-10', 'STL-10'])
    """
    listed = list(names)
    if not listed or " " not in listed[0]:
        return listed
    lead, last = listed[0].rsplit(" ", 1)
    if not any(ch.isdigit() for ch in last):
        return listed
    shape = _shape(last)
    return [listed[0], *(f"{lead} {n}" if " " not in n and _shape(n) == shape else n for n in listed[1:])]


def _names_after(text: str, start: int) -> list[str]:
    """Return the names listed from ``start`` on ("Kinetics [18] and UCF 101 [41]", "X, Y, and Z").

    Examples
    --------
    >>> _names_after("drawn from MIMIC-III, eICU and HiRID databases", 11)
    ['MIMIC-III', 'eICU', 'HiRID']
    >>> _names_after("sampled from the Quan Tangshi (Complete Tang Poems), ToneMeter assigned tones", 13)
    ['Quan Tangshi']
    """
    tail = _CITE_MARK.sub(lambda m: " " * len(m.group(0)), text[start : start + 200])
    # "(CENTRAL)", "(1966 through February 2003)": asides, not part of the list
    bare = _ASIDE_PAREN.sub(" ", tail)
    names: list[str] = []
    for k, part in enumerate(_LIST_SPLIT.split(bare)):
        # the preposition said again: "drawn from MT-Bench and from Dolly-15k"
        part = _LEADING_THE.sub("", _LEADING_FROM.sub("", part) if k else part)
        words: list[str] = []
        parts = part.split()
        # "on the 960-hour LibriSpeech corpus": the size, then the name
        measured = int(bool(parts) and _MEASURE.fullmatch(parts[0]) is not None)
        for j, tok in enumerate(parts[measured:], measured):
            inner = tok in ("of", "for", "on", "de") and j + 1 < len(parts) and parts[j + 1][:1].isupper()
            # (a version closes a name: "extracted from Vensl 2.0 for Íslendinga saga" is of one saga)
            if inner and words and not _VERSION_TOKEN.fullmatch(words[-1]):
                words.append(tok)
            elif any(ch.isupper() or ch.isdigit() for ch in tok) and (
                tok.strip(".,;:") not in _NOT_DATASET
                # such a word before a capitalised word of a name is the name's, as in
                # :func:`_name_before`: "the IRIS Data Management Center", "the Juliet Test Suite for
                # Java" (not "MUC-7 English NE tasks"; not across an aside, which leaves no name the text
                # writes: "the Adolescent Brain Cognitive Development (ABCD) Study")
                or (
                    words
                    and j + 1 < len(parts)
                    and tok == tok.strip(".,;:")
                    and tok.lower() not in _ARTICLES
                    and parts[j + 1][:1].isupper()
                    and parts[j + 1][1:2].islower()
                    and f"{tok} {parts[j + 1]}" in tail
                )
            ):
                words.append(tok.rstrip(".,;:"))
                if tok[-1:] in ".;:":
                    break
            else:
                break
        name = _clean(" ".join(words[:7]))
        if not _acceptable(name):
            break
        goes_on = measured + len(words) < len(parts)
        # (a name after the list that a verb follows opens the next clause: "poems sampled from the Quan
        # Tangshi (Complete Tang Poems), ToneMeter assigned tone categories")
        if k and goes_on and _CLAUSE_VERB.fullmatch(parts[measured + len(words)]):
            break
        names.append(name)
        if goes_on:
            break
    return _sharing_the_first(names)


# A count before a name and its plural data noun, past a few lowercase words ("61 colour-word Stroop")
_COUNT_BEFORE = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|multiple|"
    r"numerous|dozens\s+of|hundreds\s+of)\s+(?:[a-z][\w\-]*\s+){0,2}$"
)


def _counted_kind(text: str, noun: int, name: str) -> bool:
    """Return True if ``name``, a capitalised word before the plural data noun at ``noun``, is counted: a kind
    of data, not a dataset ("61 colour-word Stroop datasets").

    Examples
    --------
    >>> text = "pools data from 61 colour-word Stroop datasets and the 128 UCR datasets"
    >>> _counted_kind(text, text.find("datasets"), "Stroop"), _counted_kind(text, text.rfind("datasets"), "UCR")
    (True, False)

    So is a compound of words, or one read with its count: "all 1,146 X-ray datasets", "312 X-ray datasets".

    >>> text = "on all 1,146 X-ray datasets of the benchmark"
    >>> noun = text.find("datasets")
    >>> _counted_kind(text, noun, "X-ray"), _counted_kind(text, noun, "146 X-ray")
    (True, True)
    """
    counted = _COUNT_READ.fullmatch(name)
    name = counted.group(1) if counted is not None else name
    word = name.isalpha() and name[:1].isupper() and name[1:].islower()
    if not word and not _WORD_COMPOUND.fullmatch(name):
        return False
    if not text.startswith(("datasets", "data sets", "databases", "corpora"), noun):
        return False
    at = text.rfind(name, 0, noun)
    return at >= 0 and (counted is not None or _COUNT_BEFORE.search(text, max(0, at - 60), at) is not None)


# A capitalised compound of words: "X-ray", "Gamma-ray"; and a count read as a name's first word
_WORD_COMPOUND = re.compile(r"[A-Z][a-z]*(?:-[a-z]+)+")
_COUNT_READ = re.compile(r"\d[\d,.]*\s+(\S+)")


# A compound of lowercase words, capitalised as a sentence's first word: "Eye-tracking", "Night-time".
_CAPITALISED_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)+")
# Examples after a plural data noun, and the article that makes the noun phrase one collection
_EXAMPLES_AFTER = re.compile(r"(?<=[sa])(?:,\s*|\s+)(?:such\s+as|like|including|e\.g\.)\s")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# Words before a name that make what it names one of many: "a Twitter dataset", "without any Aymara treebank"
_ONE_OF_A_KIND = re.compile(
    r"\b(?:[Aa]n?|[Aa]ny|[Nn]o)\s+(?:(?!(?:of|the|in|on|from|for|with|by|to|and|or)\b)[a-z][\w\-]*\s+){1,3}$"
)
_ONE_OF_MANY = re.compile(r"\b(?:[Aa]n?|[Aa]ny|[Nn]o)\s+$")


def _kind_of_data(text: str, sentence_start: int, noun: int, name: str) -> bool:
    """Return True if ``name``, the one name before the data noun at ``noun``, says what kind of data it is
    rather than naming a dataset: a compound of lowercase words that only the sentence's start capitalises
    ("Eye-tracking corpora of L2 reading", "Night-time benchmarks such as UrbanGlare"), or a plain word
    after an article or "any" or "no" before a lowercase noun, which makes it one of many ("without any
    Aymara treebank", "a Twitter dataset"; not "a Sentinel-2 benchmark" or "a StockTwits dataset", coined
    names, nor "a UK Biobank study", where the capitalised noun is the name's).

    Examples
    --------
    >>> text = "Eye-tracking corpora are rare. Mini-ImageNet data and the Cross-lingual dataset are not."
    >>> _kind_of_data(text, 0, text.find("corpora"), "Eye-tracking")
    True
    >>> _kind_of_data(text, 31, text.find("data"), "Mini-ImageNet")
    False
    >>> _kind_of_data(text, 31, text.rfind("dataset"), "Cross-lingual")
    False
    >>> text = "We parse Aymara without any Aymara treebank or a Sentinel-2 benchmark."
    >>> _kind_of_data(text, 0, text.find("treebank"), "Aymara")
    True
    >>> _kind_of_data(text, 0, text.find("benchmark"), "Sentinel-2")
    False
    """
    at = text.rfind(name, sentence_start, noun)
    if at < 0:
        return False
    if _CAPITALISED_COMPOUND.fullmatch(name) is not None:
        return not text[sentence_start:at].strip()
    # whatever its shape, after "a" and words saying which of the kind ("An urban canyon GNSS benchmark with
    # tactical-grade reference trajectories": a benchmark of GNSS, not one named GNSS)
    if _ONE_OF_A_KIND.search(text, max(sentence_start, at - 40), at) is not None:
        return True
    return (
        name.isalpha()
        and name[1:].islower()
        and text[noun].islower()
        and _ONE_OF_MANY.search(text, max(sentence_start, at - 5), at) is not None
    )


# How open data are, said between a name and its noun: "the Wyscout public dataset", "the Kaggle open
# dataset", "the Jinan real-world dataset"
_OPENNESS_BEFORE_NOUN = re.compile(
    r"(?<=[A-Za-z0-9)] )(?:public|open|open-access|real-world|(?:publicly|freely|openly)\s+available)"
    r"(?=\s+(?:data ?sets?|corpus|corpora|databases?|benchmarks?)\b)"
)


def dataset_cues(doc: PaperText, learning: Callable[[str], bool] | None = None) -> list[DatasetCue]:
    """Return where the text of ``doc`` speaks of a name as a dataset.

    Strong cues: the name right before a dataset noun ("the UCF 101 dataset",
    "the Kinetics and MultiThumos datasets", "the Brown Corpus"), or named by a
    sentence in which the paper collects or releases a dataset, a reference records
    are looked up against ("classified against SILVA 138"), a source used over a span
    of years ("Using Compustat for 1995-2019"). Weak cues: the
    names a paper evaluates or trains on ("evaluated on X and Y"), and a name
    cited with its authors and year in such a sentence; only where ``learning``,
    since that wording names data by the benchmark custom of machine learning
    and fields like it, where elsewhere it names a platform, a place or a day
    ("experiments were performed on Android 13", "results on Sunday").

    Parameters
    ----------
    doc
        A paper's text.
    learning
        Whether a text speaks of machine learning or of scoring systems on test data, asked
        at the first weak cue (None: every paper does).

    Returns
    -------
    list of DatasetCue
    """
    text = doc.text
    # (a word of how open the data are, between the name and its noun, says nothing of the name: "the Wyscout
    # public dataset" is the Wyscout dataset, read with the word blanked)
    if "public" in text or "open" in text or "real-world" in text or "available" in text:
        text = _OPENNESS_BEFORE_NOUN.sub(lambda m: " " * len(m.group(0)), text)
    lower = text.lower()
    if len(lower) != len(text):
        lower = text
    cues: list[DatasetCue] = []
    bounds = [*doc.starts, len(text)]
    nouns = 0
    # whether weak cues count here (None: not asked yet)
    weak: bool | None = None
    # A title in Title Case capitalises every word: its capitals name nothing ("Spanner: Google's
    # Globally-Distributed Database", "The Pile: An 800GB Dataset of Diverse Text")
    capitalised_title = doc.title_end > 0 and title_cased(text[: doc.title_end])
    for m in _NOUN_OR_ON.finditer(lower):
        if m.group(1) is not None:
            nouns += 1
            if capitalised_title and m.start() < doc.title_end:
                continue
            # a name before the noun has a capital or digit in the last word ("UCF 101 [41] datasets")
            last = text[max(0, m.start() - 30) : m.start()].rstrip().rsplit(" ", 1)[-1]
            if _plain_lower(last):
                # a name the noun opens, defined by its acronym: "the Corpus of Contemporary American English
                # (COCA)", "the Database of Genomic Variants (DGV)"
                opened = _NAME_GOES_ON.match(text, m.end()) if text[m.start()].isupper() else None
                if opened is not None:
                    name = text[m.start() : opened.end()]
                    # (spelling the words after the noun: "the Corpus of Early Medieval Coin Finds (EMC)")
                    rest = _LEADING_THE.sub("", opened.group(0).split(" ", 2)[2])
                    acronym = _acronym_given(text, opened.end(), name) or _acronym_given(
                        text, opened.end(), rest
                    )
                    if acronym is not None and _acceptable(name):
                        cues.append(DatasetCue(name, True, _sentence_index(bounds, m.start()), acronym))
                # (or the acronym of what it holds: "the Corpus NGT" of Sign Language of the Netherlands)
                held = _ACRONYM_HELD.match(text, m.end()) if text[m.start()].isupper() else None
                if held is not None and m.group(1) in _ONE_HOLDER:
                    index = _sentence_index(bounds, m.start())
                    cues.append(DatasetCue(text[m.start() : held.end()], True, index))
                continue
            index = _sentence_index(bounds, m.start())
            # an assay before the noun makes every name listed before it the assay's target, not a
            # dataset: "HOXA13, HOXD13, CTCF and H3K27ac ChIP-seq datasets"
            if last.lower().endswith("-seq"):
                continue
            # a noun glued to the word before it heads a compound, after no name: "In-corpus accuracy",
            # "Within-dataset error", "cross-corpus tests"
            if text[m.start() - 1 : m.start()] == "-":
                continue
            before = _name_before(text, m.start())
            listed = _one_listed_name(text, m.start(), m.end(), before) if len(before) > 1 else None
            if listed is not None:
                before = [listed[0]]
            if len(before) == 1 and _kind_of_data(text, bounds[index], m.start(), before[0]):
                continue
            # a split's name is of one word: one of more holds what the split is of ("the COCO Karpathy test
            # split", "the GlobalPhone Hausa training set", "the BraTS 2018 training set"), read as a part
            noun = m.group(1).split()
            split = noun[-1] == "split" or noun[0] in _SPLIT_WORDS
            if split and (len(before) != 1 or " " in before[0]):
                continue
            # a kind of data its examples follow: "open GNSS datasets such as SPRINTBASE", "ECG corpora like
            # PTB-XL" (with "the", a collection of its own: "the GLUE datasets such as SST-2")
            if len(before) == 1 and _EXAMPLES_AFTER.match(text, m.end()):
                at = text.rfind(before[0], 0, m.start())
                if not _THE_BEFORE.search(text, max(0, at - 5), max(0, at)):
                    continue
            # a word counted in datasets is their kind, no dataset: "61 colour-word Stroop datasets" (a coined
            # name so counted is an archive's: "the 128 UCR datasets")
            if len(before) == 1 and _counted_kind(text, m.start(), before[0]):
                continue
            if len(before) == 1 and lower.startswith("database", m.start()) and _kind_of_database(
                text, m.start(), before[0]
            ):
                continue
            # "the Brown Corpus", "Penn Treebank": a capitalised noun is part of the name
            word = text[m.start() : m.end()]
            # the name goes on past its noun to another of collections: "the ... Dataset Collection (SNAP)"
            more = _COLLECTION_AFTER.match(text, m.end()) if word[0].isupper() else None
            end = m.end() if more is None else more.end()
            # and on past a preposition, as a name of its words: "the World Database on Protected Areas
            # (WDPA)", "the Penn-Helsinki Parsed Corpus of Early Modern English" (cut at its noun, "the
            # Global Database" or "the National Database" would be any of many)
            goes_on = _NAME_GOES_ON.match(text, end) if word[0].isupper() and len(before) == 1 else None
            end = end if goes_on is None else goes_on.end()
            word = text[m.start() : end]
            # "the Catchment Attributes and Meteorology for Large-sample Studies (CAMELS) data set": the
            # acronym with the name it stands for here, by which the corpus's other spelling is known
            spelt = None
            if len(before) == 1 and text.endswith(f"({before[0]})", 0, m.start() - 1):
                spelt = _spelt_before(text, m.start() - len(before[0]) - 3, before[0])
            if word[0].isupper() and before:
                before[0] = f"{before[0]} {word}"
                # the name, then the acronym it gives it: "the UK Biobank (UKB)"
                given = _acronym_given(text, end, before[0]) if len(before) == 1 else None
                if given is None and len(before) == 1:
                    # (or with the word before it, which alone names no data: "the English Short Title
                    # Catalogue (ESTC)", whose STCN of the Netherlands is another)
                    at = m.start() - len(before[0]) + len(word)
                    word_before = _WORD_BEFORE_NAME.search(text, max(0, at - 40), at)
                    if word_before is not None and word_before.group(1) in _NOT_DATASET:
                        given = _acronym_given(text, end, f"{word_before.group(1)} {before[0]}")
                        if given is not None:
                            before[0] = f"{word_before.group(1)} {before[0]}"
                spelt = given or spelt
            if listed is not None:
                spelt = spelt or listed[1]
            for name in before:
                # a possessive names whose data: "Solomon's benchmark" is the Solomon benchmark (a capitalised
                # noun after it is the name's: "the Rembrandt Research Project's Corpus")
                if name.endswith(("'s", "\u2019s")):
                    # (of one word, its maker's surname: "the World Bank's database" is a body's, no name)
                    if " " in name:
                        continue
                    name = name[:-2]
                # (a split's, as "on" a name, weak: the data of a machine or a site are split too, "the same
                # DIII-D training set" of a tokamak's discharges)
                cues.append(DatasetCue(name, not split, index, spelt))
            continue
        after = text[m.end() : m.end() + 24].split(" ", 1)[0]
        if _plain_lower(after):
            continue
        index = _sentence_index(bounds, m.start())
        window = lower[max(bounds[index], m.start() - 70) : m.start()]
        # (or a result the sentence or clause it opens gives on it: "On UCF-101 the model reaches a Fréchet
        # Video Distance (FVD) of 412", "On Kinetics-600 future-frame prediction, ... we obtain an FVD of 38",
        # "...; on T-Finance, it improves the AUC-PR of BWGNN from 0.861 to 0.889")
        opens = not window.rsplit(";", 1)[-1].strip() and _RESULT_AFTER.match(lower, m.end())
        if not _ON_VERB.search(window) and not opens:
            continue
        # (not where the paper puts what it made: "trained weights and predictions are available on GitHub")
        if _PUT_ON.search(window):
            continue
        if weak is None:
            weak = learning is None or learning(text)
        if not weak:
            continue
        for name in _names_after(text, m.end()):
            at = text.find(name, m.end())
            # (nor what names a part of other data: "we train on the Kiswahili and Kinyarwanda subsets of
            # Mozilla Common Voice" is no data named Kinyarwanda)
            if at >= 0 and (
                _ENCODED_AS.match(text, at + len(name)) or _PART_OF_AFTER.match(text, at + len(name))
            ):
                continue
            cues.append(DatasetCue(name, False, index))
    # a part of data named by a coined name, as the split "on" one, weak: "the Hindi subset of HASOC 2019",
    # "the coastal subsample of the 2015 Kenya STEPwise survey"
    if "ortion of" in text or "ubset of" in text or "ample of" in text:
        for m in _SUBSET_OF.finditer(text):
            for name in _names_after(text, m.end())[:1]:
                if any(_COINED_WORD.fullmatch(word) for word in name.split()):
                    cues.append(DatasetCue(name, False, _sentence_index(bounds, m.start())))
    if nouns:
        for m in _RELEASE_CUE.finditer(text):
            for name in _names_after(text, m.end())[:1]:
                cues.append(DatasetCue(name, True, _sentence_index(bounds, m.start())))
    if "DR" in text or "PR" in text or "Data Release" in text:
        for m in _DATA_RELEASE.finditer(text):
            if m.group(1) not in _NOT_DATASET:
                release = f"{m.group(1)} {'DR' if m.group(2).startswith('Data') else m.group(2)}{m.group(3)}"
                # spelt out, the release is written so in the text: the spelling it is matched by there
                spelt = m.group(0) if "Data Release" in m.group(0) else None
                cues.append(DatasetCue(release, True, _sentence_index(bounds, m.start()), spelt))
    if contains_any(lower, _ACRONYM_NOUNS):
        for m in _NAMED_WITH_ACRONYM.finditer(text):
            spelt = _name_spelling(text, m.start(), m.group(0).split("(")[0].strip(), m.group(1))
            if spelt is not None:
                cues.append(DatasetCue(spelt, True, _sentence_index(bounds, m.start()), m.group(1)))
        for m in _USED_COLLECTION.finditer(text):
            name = _clean(m.group(1))
            if " " in name and _acceptable(name) and not any(w in _PUBLISHERS for w in name.split()):
                acronym = _acronym_given(text, m.end(), name)
                cues.append(DatasetCue(name, True, _sentence_index(bounds, m.start()), acronym))
    if nouns and (", a " in text or ", an " in text or ", the " in text):
        for m in _APPOSED_DATA.finditer(text):
            # (a coined name: a digit or two capitals)
            if _COINED_WORD.fullmatch(m.group(1)) and _acceptable(m.group(1)):
                cues.append(DatasetCue(m.group(1), True, _sentence_index(bounds, m.start())))
    if " of the " in text:
        for m in _DATA_OF.finditer(lower):
            source = _source_spelt(text, m.end())
            if source is not None:
                cues.append(DatasetCue(source[0], True, _sentence_index(bounds, m.start()), source[1]))
    # (only where a noun of such studies stands capitalised, as in their names: the pattern costs a scan)
    if " the " in text and _STUDY_NAME_NOUN.search(text):
        for m in _PEOPLE_OF.finditer(lower):
            source = _source_spelt(text, m.end())
            if source is not None and (" " in source[0] or source[1] is not None):
                cues.append(DatasetCue(source[0], True, _sentence_index(bounds, m.start()), source[1]))
    if " from " in text:
        for m in _FROM.finditer(lower):
            if _DATA_BEFORE_FROM.search(lower, max(0, m.start() - 56), m.start()) is None:
                # (or what a collection of data holds, whatever its noun: "cephalograms of 412 untreated
                # subjects from the AAOF Craniofacial Growth Legacy Collection", its name ending in the noun)
                named = _source_named(text, m.end() + 4) if lower.startswith("the ", m.end()) else None
                if named is None or named.rsplit(" ", 1)[-1] not in _HOLDING_NOUNS or " " not in named:
                    continue
                if _NOT_FROM_BEFORE.search(lower, max(0, m.start() - 12), m.start()):
                    continue
                cues.append(DatasetCue(named, True, _sentence_index(bounds, m.start())))
                continue
            # (past the part of it they came from: "data from Modules 1 to 3 of the Comparative Study of
            # Electoral Systems (CSES)", "data from three stations of the ... System (IMIS)")
            part = _PART_OF.match(lower, m.end())
            source = _source_spelt(text, m.end() if part is None else part.end())
            if source is not None:
                cues.append(DatasetCue(source[0], True, _sentence_index(bounds, m.start()), source[1]))
    if contains_any(lower, _SEARCH_WORDS):
        for m in _SEARCH_CUE.finditer(lower):
            index = _sentence_index(bounds, m.start())
            names = _names_after(text, m.end())
            # (after counted items, names a noun of no data follows describe it: "8,000 tweets from the
            # COVID-19 vaccine rollout", "images from the Porto and Kraków centres")
            # (the list's last name too, where the names kept stop before it: "1,420 images from the Yungang,
            # Longmen and Gongxian cave temples")
            if m.group("counted") and names:
                final_at = text.find(names[-1], m.end())
                going_on = _MORE_LISTED.match(text, final_at + len(names[-1])) if final_at >= 0 else None
                final_at = going_on.end() if going_on is not None else final_at
                if final_at >= 0 and _NOT_DATA_AFTER.match(text, final_at):
                    continue
            later = _LATER_SOURCE.match(lower, m.end()) if not names and m.group(1) else None
            for name in names if later is None else _names_after(text, later.end()):
                at = text.find(name, m.end())
                # (not an acronym alone that the words of a collection of its own follow, whose owner it
                # names: "drawn from the ITPA multi-machine pedestal database", one of that body's several)
                owned = name.isupper() and " " not in name
                if at >= 0 and owned and _OWNER_OF_RESOURCE.match(text, at + len(name)):
                    continue
                # (nor a word in title case before the words of a common noun, which it describes: "drawn
                # from Ottoman mufassal tahrir registers", as "from German hospitals")
                if at >= 0 and _WORD_THEN_NOUN.match(text, at) and name.isalpha() and name[1:].islower():
                    continue
                # (nor a law of chance values are sampled from: "sampled from the Dirichlet Process"; nor
                # where whom or what was sampled was, as of "over years": "sherds they sampled from the
                # Nanhai I")
                if m.group(1) == "sampled" and (
                    _CHANCE_LAW_END.search(name) or _SAMPLED.search(lower, max(0, m.start() - 50), m.start())
                ):
                    continue
                cues.append(DatasetCue(name, True, index))
    if "against" in lower:
        for m in _LOOKED_UP_AGAINST.finditer(text):
            for name in _names_after(text, m.end()):
                if _ends_its_phrase(text, m.end(), name):
                    cues.append(DatasetCue(name, True, _sentence_index(bounds, m.start())))
    for m in _OVER_YEARS.finditer(text):
        name = _RELEASE_END.sub("", _clean(m.group(2)))
        # what data were taken from, not whom or what was sampled, and a coined name or one of three words
        # or more: a place is named by a word or two ("imports from Kerala between 2000 and 2010")
        if m.group(1) and (
            _SAMPLED.search(lower, max(0, m.start() - 50), m.start())
            or _BOUGHT.search(lower, max(0, m.start() - 20), m.start())
            or not (name.count(" ") >= 2 or any(_COINED_WORD.fullmatch(word) for word in name.split()))
        ):
            continue
        single = " " not in name and (short_acronym(name) or _PLURAL_ACRONYM.fullmatch(name) is not None)
        if (
            _acceptable(name)
            and not single
            and not _ADJECTIVE_MADE.match(name)
            and not _LAND_FEATURE.search(name)
            and not _NOT_A_SOURCE_AFTER.search(m.group(3))
            # a body that publishes data is no source two papers share ("charts from the UK Met Office")
            and not any(word in _PUBLISHERS for word in name.split())
        ):
            cues.append(DatasetCue(name, True, _sentence_index(bounds, m.start())))
    # a place is where data come from ("drawn from China"), never a dataset: paperkg.inference.places
    cues = [cue for cue in cues if cue.name not in PLACES and not _PLACE_NAMED.fullmatch(cue.name)]
    # nor is a time, a word the text names a period of history by, nor a word that stands only before a split
    # of data (each name asked once: a name is often cued twice)
    words = {cue.name for cue in cues if cue.name.isalpha() and cue.name.istitle()}
    if words:
        periods = set(period_words(text))
        dropped = {word for word in words if word in periods or _split_named_by_a_word(text, word)}
        cues = [cue for cue in cues if cue.name not in dropped]
    return cues


def _split_named_by_a_word(text: str, name: str) -> bool:
    """Return True if ``name``, one word, stands in ``text`` only before the name of a split of data, as a
    shorthand of the data whose split it is ("9.2 LAS points lower than on the Milan test set", of the Milan
    Glosses Treebank): no data of its own, and a place's name elsewhere.

    Examples
    --------
    >>> _split_named_by_a_word("lower than on the Milan test set", "Milan")
    True
    >>> _split_named_by_a_word("on the Keystone dataset and the Keystone test set", "Keystone")
    False
    """
    if not name.isalpha() or not name.istitle() or (" set" not in text and " split" not in text):
        return False
    # (each place the word stands, read with patterns compiled once: one made per name cost inference 5%)
    split = False
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if at == 0 or not text[at - 1].isalnum():
            if _WHOLE_DATA_AFTER.match(text, end):
                return False
            split = split or _SPLIT_AFTER.match(text, end) is not None
        at = text.find(name, end)
    return split


# An acronym in brackets, and the lowercase words before it that it may stand for: "normal behaviour models
# developed from supervisory control and data acquisition (SCADA) data" (found by the bracket: a scan for
# runs of lowercase words cost inference a fifth of its time)
_ACRONYM_BRACKETED = re.compile(r" \(([A-Z][A-Za-z0-9\-]*[A-Z])s?\)")
# (a word that opens its sentence is capitalised whatever it is: "Medical visual question answering
# (Med-VQA)")
_OPENS_SENTENCE = re.compile(r"(?:^|\n|[.!?:]\s+)([A-Z][a-z\-]+)\s+$")
_LOWERCASE_WORD = re.compile(r"[a-z][a-z\-]*")


def spelt_as_terms(text: str) -> list[str]:
    """Return the acronyms ``text`` spells out in lowercase words: terms of a field, not names.

    A proper name is spelt in capitals ("the National Health and Nutrition Examination Survey
    (NHANES)"); the words of a kind of thing are not ("supervisory control and data acquisition
    (SCADA)", "electronic health record (EHR)"), and data named by such an acronym alone ("trained on
    SCADA data") are of that kind, no dataset two papers share.

    Examples
    --------
    >>> spelt_as_terms("models developed from supervisory control and data acquisition (SCADA) data")
    ['SCADA']
    >>> spelt_as_terms("from the National Health and Nutrition Examination Survey (NHANES)")
    []
    >>> spelt_as_terms("Existing multi-agent reinforcement learning (MARL) approaches")
    ['MARL']
    >>> spelt_as_terms("Medical visual question answering (Med-VQA) has grown. We use it.")
    ['Med-VQA']
    """
    if " (" not in text:
        return []
    terms: list[str] = []
    for m in _ACRONYM_BRACKETED.finditer(text):
        # (its last word in lowercase, asked first: most long forms are written in capitals)
        if not text[m.start() - 1 : m.start()].islower():
            continue
        acronym = m.group(1)
        capitals = sum(ch.isupper() for ch in acronym)
        before = text[max(0, m.start() - 120) : m.start()].split()
        words = list(takewhile(_LOWERCASE_WORD.fullmatch, reversed(before)))[::-1]
        if words:
            lead = _OPENS_SENTENCE.search(text, max(0, m.start() - 160), text.rfind(words[0], 0, m.start()))
            if lead is not None:
                words.insert(0, lead.group(1).lower())
        # the words from the first whose initial is the acronym's: as many as its capitals, or a few more
        # for the words that join them ("and", "of"), or fewer where a compound gives two ("multi-agent
        # reinforcement learning (MARL)")
        compounds = sum(word.count("-") for word in words[-capitals:])
        for n in range(max(1, capitals - compounds), min(len(words), capitals + 3) + 1):
            if abbreviates(acronym, " ".join(words[-n:])):
                terms.append(acronym)
                break
    return terms


# What a name is where it names an encoding of inputs: "ECFP4 fingerprints", "fingerprints such as ECFP4",
# "BERT embeddings" (not "features", which data have too: "Sentinel-2 features")
_ENCODING_NOUN = re.compile(r"(?:fingerprint|embedding|descriptor)s?\b")
_ENCODING_NAME_BEFORE = re.compile(r"\b([A-Z][\w\-]*[A-Z0-9][\w\-]*)[\s-]+(?:\d+-bit\s+)?$")
_ENCODING_NAME_AFTER = re.compile(r",?\s+(?:such\s+as|like|e\.g\.,?)\s+([A-Z][\w\-]*[A-Z0-9][\w\-]*)")


def period_words(text: str) -> list[str]:
    """Return the words ``text`` names a period or realm of history by (:data:`_PERIOD_NAMED`): read over a
    corpus, "the Song corpus" of one paper is that time's works where another writes "the Song dynasty".

    Examples
    --------
    >>> period_words("paintings attributed to the Song dynasty and the Edo period")
    ['Song', 'Edo']
    >>> period_words("woodblock prints of the Meiji Era and the Mughal Sultanate")
    ['Meiji', 'Mughal']
    >>> period_words("entries from the Yongzheng and early Qianlong reigns")
    ['Yongzheng', 'Qianlong']
    """
    if not contains_any(text, _PERIOD_PARTS):
        return []
    return [word for m in _PERIOD_NAMED.finditer(text) for word in m.groups() if word is not None]


# A word before a noun of the places a state is divided into names the place ("Xiuning county", "Huizhou
# prefecture", "the Amhara region"): marked, as :func:`place_words` gives it, apart from the terms of a field
PLACE_MARK = "@"
_PLACE_WORD = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:prefectures?|count(?:y|ies)|provinces?|districts?|townships?|villages?|"
    r"municipalit(?:y|ies)|oblasts?|cantons?|parish(?:es)?|governorates?|region)\b"
)
# (the nouns one of which a text must hold for the pattern to be tried)
_PLACE_PARTS = (
    "prefecture", "count", "province", "district", "township", "village", "municipalit", "oblast", "canton",
    "parish", "governorate", "region",
)  # fmt: skip


def place_words(text: str) -> list[str]:
    """Return the words ``text`` names places by (:data:`_PLACE_WORD`), each after :data:`PLACE_MARK`: read
    over a corpus, a name only weakly cued as data ("trained on Huizhou deeds") is a place's where another
    paper writes "Huizhou prefecture", as "trained on Kenyan images" is of no data named Kenya.

    Examples
    --------
    >>> place_words("land contracts from Xiuning county in Huizhou prefecture, 1644-1911")
    ['@Xiuning', '@Huizhou']
    >>> place_words("The Framingham Heart Study enrolled residents of one town")
    []
    """
    if not contains_any(text, _PLACE_PARTS):
        return []
    return [PLACE_MARK + m.group(1) for m in _PLACE_WORD.finditer(text)]


# A kind of record named by an acronym, before the named source its records came from: "10-minute SCADA data
# from the Horns Rev 1 wind farm", "SCADA records from Lillgrund" (the source's first word kept, which tells
# sources apart)
_RECORDS_FROM = re.compile(
    r"\b([A-Z][A-Z\-]{1,9}[A-Z])\s+(?:data|records|measurements|logs|readings)\s+from\s+(?:the\s+)?"
    r"([A-Z][\w\-]*)"
)
# (the words one of which a text must hold for the pattern to be tried: most abstracts hold none)
_RECORDS_FROM_PARTS = (
    " data from ", " records from ", " measurements from ", " logs from ", " readings from ",
)  # fmt: skip


def record_kinds(text: str) -> list[str]:
    """Return each acronym ``text`` writes before the named source its records came from, with the source's
    first word, tab-separated: read over a corpus, an acronym whose records come from two sources or more is a
    kind of record ("SCADA data from the Horns Rev 1 wind farm", "SCADA data from Lillgrund"), no data two
    papers share, as a dataset's records come from it alone.

    Examples
    --------
    >>> record_kinds("We used 10-minute SCADA data from the Horns Rev 1 wind farm and ERA5.")
    ['SCADA\\tHorns']
    >>> record_kinds("We used SCADA data from a 40-turbine wind farm.")
    []
    """
    if not contains_any(text, _RECORDS_FROM_PARTS):
        return []
    return [f"{m.group(1)}\t{m.group(2)}" for m in _RECORDS_FROM.finditer(text)]


def encoding_names(text: str) -> list[str]:
    """Return the names ``text`` writes as an encoding of inputs (:data:`_ENCODING_NOUN`): a kind of input,
    so no data two papers share wherever a paper trains "a random forest on ECFP4".

    Examples
    --------
    >>> encoding_names("Circular fingerprints such as ECFP4 remain the default; we use MACCS fingerprints.")
    ['ECFP4', 'MACCS']
    >>> encoding_names("trained on ZINC15 and evaluated on ECFP4")
    []
    """
    if "fingerprint" not in text and "embedding" not in text and "descriptor" not in text:
        return []
    # (found by its noun, then the name before it or after "such as": most abstracts of learning have
    # "embeddings", few an encoding named)
    names = []
    for m in _ENCODING_NOUN.finditer(text):
        before = _ENCODING_NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        after = _ENCODING_NAME_AFTER.match(text, m.end()) if m.group(0).endswith("s") else None
        if before is not None:
            names.append(before.group(1))
        if after is not None:
            names.append(after.group(1))
    return names


def _ends_its_phrase(text: str, start: int, name: str) -> bool:
    """Return True if ``name``, listed from ``start`` on, ends its phrase, no noun after it (_PHRASE_GOES_ON).

    Examples
    --------
    >>> text = "reads were classified against SILVA 138 and UNITE, and genes against KEGG orthology"
    >>> [_ends_its_phrase(text, text.find(n) - 1, n) for n in ("SILVA 138", "UNITE", "KEGG")]
    [True, True, False]
    """
    at = text.find(name, start, start + 200)
    return at < 0 or _PHRASE_GOES_ON.match(text, at + len(name)) is None


def _name_spelling(text: str, end: int, noun: str, acronym: str) -> str | None:
    """Return the name ending in ``noun`` at ``end`` whose words' initials spell ``acronym``, if any.

    Each capitalised word gives its initial, and may give those of its hyphenated parts too
    ("Health-Related": H or HR); a lowercase word of :data:`_NAME_GLUE` may give its initial or
    not. The name starts at the farthest capitalised word in the sentence for which it spells.

    Examples
    --------
    >>> _name_spelling("from the China Health and Nutrition Survey (CHNS)", 36, "Survey", "CHNS")
    'China Health and Nutrition Survey'
    >>> _name_spelling("in A Large Survey (CPS)", 11, "Survey", "CPS") is None
    True
    """
    head = text[max(0, end - 120) : end]
    stop = max(head.rfind(mark) for mark in (". ", "\n", ": ", ";", ",", "("))
    words = [w.strip("'\u2019") for w in head[stop + 1 :].split()[-8:]]
    letters = [c for c in acronym if c.isupper()]

    def spells(i: int, j: int, name: list[str]) -> bool:
        if i == len(name):
            return j == len(letters)
        word = name[i]
        if word in _NAME_GLUE:
            if spells(i + 1, j, name):
                return True
            return j < len(letters) and word[0].upper() == letters[j] and spells(i + 1, j + 1, name)
        parts = [p for p in word.split("-") if p]
        if not parts or not word[0].isupper() or j >= len(letters) or parts[0][0] != letters[j]:
            return False
        j += 1
        if spells(i + 1, j, name):
            return True
        for part in parts[1:]:
            if j >= len(letters) or part[0].upper() != letters[j]:
                return False
            j += 1
            if spells(i + 1, j, name):
                return True
        return False

    for start, word in enumerate(words):
        # "The" only where the acronym spells it (TCGA: The Cancer Genome Atlas)
        spells_the = word == "The" and letters[:1] == ["T"]
        if word and word[0].isupper() and (word not in _NOT_DATASET or spells_the):
            name = [*words[start:], *noun.split()]
            if spells(0, 0, name):
                joined = " ".join(name)
                return joined if _acceptable(joined) else None
    return None


def _acronym_given(text: str, end: int, name: str) -> str | None:
    """Return the acronym in brackets at ``end``, after ``name``, if it abbreviates the name ("the UK
    Biobank (UKB)").

    Examples
    --------
    >>> _acronym_given("the UK Biobank (UKB) cohort", 14, "UK Biobank")
    'UKB'
    >>> t = "the Stanford Large Network Dataset Collection (SNAP)"
    >>> _acronym_given(t, t.index(" ("), "Stanford Large Network Dataset Collection") is None
    True
    """
    given = _ACRONYM_AFTER.match(text, end)
    return given.group(1) if given is not None and abbreviates(given.group(1), name) else None


def _spelt_before(text: str, paren: int, acronym: str) -> str | None:
    """Return the name the words before ``paren`` (an acronym's opening bracket) spell ``acronym`` by, if any.

    By the words' initials (:func:`_name_spelling`), else by letters within them as Schwartz and Hearst
    match them, every word of the name capitalised but the glue between them.

    Examples
    --------
    >>> t = "basins from the Catchment Attributes and Meteorology for Large-sample Studies (CAMELS) data set"
    >>> _spelt_before(t, t.index("("), "CAMELS")
    'Catchment Attributes and Meteorology for Large-sample Studies'
    >>> _spelt_before("answers to the General Social Survey (GSS) data", 37, "GSS")
    'General Social Survey'
    >>> _spelt_before("as in our earlier work (CAMELS) data", 23, "CAMELS") is None
    True
    """
    head = text[:paren].rstrip()
    last = head.rsplit(" ", 1)[-1]
    if not last[:1].isupper():
        return None
    end = len(head) - len(last)
    spelt = _name_spelling(text, end, last, acronym)
    if spelt is not None:
        return spelt
    before = text[max(0, end - 120) : end]
    stop = max(before.rfind(mark) for mark in (". ", "\n", ": ", ";", ",", "("))
    words = [*before[stop + 1 :].split()[-8:], last]
    letters = sum(ch.isupper() for ch in acronym)
    for start, word in enumerate(words):
        name = words[start:]
        if (
            word[0] == acronym[0]
            and word not in _NOT_DATASET
            and len(name) <= letters + 2
            and all(w[0].isupper() or w in _NAME_GLUE for w in name)
            and abbreviates(acronym, " ".join(name))
        ):
            joined = " ".join(name)
            return joined if _acceptable(joined) else None
    return None


def _source_spelt(text: str, start: int) -> tuple[str, str | None] | None:
    """Return the source at ``start`` (after "data from"): the name the acronym after it spells, with the
    acronym, else a name holding a noun of collections of data (:func:`_source_named`); none that
    names a publisher of data (:data:`_PUBLISHERS`).

    Examples
    --------
    >>> _source_spelt("from The Cancer Genome Atlas (TCGA).", 5)
    ('The Cancer Genome Atlas', 'TCGA')
    >>> _source_spelt("from the World Health Organization (WHO).", 5) is None
    True
    >>> _source_spelt("from the US National Wastewater Surveillance System (NWSS).", 5)
    ('National Wastewater Surveillance System', 'NWSS')
    """
    if text.startswith("the ", start):
        start += 4
    m = _SOURCE_ACRONYM.match(text, start)
    acronym = None if m is None else m.group(1)
    if m is None:
        name = _source_named(text, start)
    else:
        head = text[start : m.start(1) - 1].rstrip()
        last = head.rsplit(" ", 1)[-1]
        spelt = _name_spelling(text, start + len(head) - len(last), last, m.group(1))
        # the name must start where the source does: "data from 40 people in the X Network (XN)" names none;
        # a country's or an agency's capitals may lead it ("data from the US National Wastewater Surveillance
        # System (NWSS)", "the CDC ..."), whose it is, not what
        lead = head[: len(head) - len(spelt)].rstrip() if spelt is not None and head.endswith(spelt) else None
        # (not a centre or laboratory of the agency, whose data are many: "the NASA Prognostics Center of
        # Excellence (PCoE) data repository")
        led = bool(lead and _AGENCY_CAPITALS.fullmatch(lead) and not _BODY_WORDS.intersection(head.split()))
        name = spelt if spelt == head or led else None
    if name is None or any(word in _PUBLISHERS for word in name.split()):
        return None
    return name, acronym


def _source_named(text: str, start: int) -> str | None:
    """Return the proper name at ``start`` (after "data from") if a word of it says it is a collection of
    data (:data:`_RESOURCE_NOUNS`).

    The name ends at its first such noun, or after the words "of" or "on" join to it ("Panel Study of
    Income Dynamics"); "and" after it starts another name. (A place is no dataset: :func:`dataset_cues`
    drops every cue naming one.)

    Examples
    --------
    >>> _source_named("from Penn World Table 10.0 and the IMF", 5)
    'Penn World Table'
    >>> _source_named("from Health and Retirement Study waves", 5)
    'Health and Retirement Study'
    >>> _source_named("from Second World War diaries", 5) is None
    True
    """
    m = _SOURCE_NAME.match(text, start)
    if m is None:
        return None
    words = m.group(0).split()
    # the noun alone is no name ("Study of Ageing" after "data from" names a study, not which)
    nouns = [i for i, word in enumerate(words) if word in _RESOURCE_NOUNS and i > 0]
    if not nouns:
        return _named_before_noun(text, m)
    end = nouns[0] + 1
    while end + 1 < len(words) and words[end] in ("of", "on") and words[end + 1][0].isupper():
        end += 2
        while end < len(words) and words[end][0].isupper():
            end += 1
    # a coined word and the noun alone: the noun says what the word names, capitalised or not ("from the
    # HARVEST Cohort", as "the HARVEST cohort" and "HARVEST participants" name it)
    name = coined_head(words[:end]) or " ".join(words[:end])
    return name if _acceptable(name) else None


def _named_before_noun(text: str, name: re.Match[str]) -> str | None:
    """Return the proper name ``name`` matched if the word after it is a noun of collections of data in
    lowercase, the name's head ("data from the ENCODE project", "images from the Snapshot Serengeti
    project"), and the name is more than a capitalised word: one such word before the noun is as often
    a people's, a place's or a person's ("the Danish registries", "the Hubble archive").

    Examples
    --------
    >>> text = "data from the ENCODE project covering 112 biosamples"
    >>> _named_before_noun(text, _SOURCE_NAME.match(text, 14))
    'ENCODE'
    >>> text = "records from the Danish registries"
    >>> _named_before_noun(text, _SOURCE_NAME.match(text, 17)) is None
    True
    """
    after = text[name.end() : name.end() + 16].split(None, 1)
    if not after or after[0].rstrip(",;:.") not in _LOWER_RESOURCE_NOUNS:
        return None
    words = name.group(0).split()
    if len(words) == 1 and sum(ch.isupper() or ch.isdigit() for ch in words[0]) < 2:
        return None
    return name.group(0) if _acceptable(name.group(0)) else None


def _kind_of_database(text: str, end: int, name: str) -> bool:
    """Return True if ``name`` before "database" at ``end`` follows "a" or "an", or a word saying there are
    others like it ("each", "any", "equivalent", "custom", "own"): the software a database runs on or is
    built for ("a PostgreSQL database", "their own MySQL database", "the equivalent Kraken 2 database" of a
    read classifier), where a database of data, being one, is "the" or bare ("the PubChem database",
    "MEDLINE"). ("A StockTwits dataset" is data from StockTwits: the rule is for databases only.)

    Examples
    --------
    >>> text = "implemented in a PostgreSQL database"
    >>> _kind_of_database(text, text.find("database"), "PostgreSQL")
    True
    >>> text = "occupies a third of the equivalent Kraken 2 database"
    >>> _kind_of_database(text, text.find("database"), "Kraken 2")
    True
    >>> text = "records from the Web of Science database"
    >>> _kind_of_database(text, text.find("database"), "Web of Science")
    False
    """
    head = text[max(0, end - 120) : end].rstrip()
    if not head.endswith(name):
        return False
    before = head[: len(head) - len(name)].rsplit(None, 1)
    return bool(before) and before[-1].lower() in _ONE_OF_KIND


# the words before a software's name that say its database is one of many ("a", "each", "equivalent")
_ONE_OF_KIND = frozenset(["a", "an", "each", "every", "any", "equivalent", "custom", "own"])


def _plain_lower(word: str) -> bool:
    """Return True if ``word`` has no capital and no digit (most words: tested without a loop first)."""
    if word.isalpha() and word.islower():
        return True  # letters only, every cased one lowercase
    return not any(ch.isupper() or ch.isdigit() for ch in word)


def _sentence_index(bounds: list[int], offset: int) -> int:
    return max(0, bisect_right(bounds, offset) - 1)


def method_cue(text: str, end: int) -> bool:
    """Return True if a method noun follows ``end`` ("BERT model", "UCF network")."""
    return bool(_METHOD_NOUN.match(text, end))


def short_acronym(acronym: str) -> bool:
    """Return True if ``acronym`` is of two or three capitals and nothing else ("ESS", "UKB", "UD")."""
    return 2 <= len(acronym) <= 3 and acronym.isalpha() and acronym.isupper()


def discover_datasets(
    cues: Mapping[str, Iterable[DatasetCue]],
    known_methods: Iterable[str] = (),
    method_uses: Mapping[str, int] | None = None,
) -> dict[str, DiscoveredDataset]:
    """Aggregate dataset cues over a corpus into dataset names.

    A name is a dataset when the corpus speaks of it as one: at least one strong
    cue, or weak cues in two sentences, and more dataset cues than uses as a
    method ("the X model"). Names of known methods are never datasets. Spelling
    variants ("UCF 101", "UCF-101", "UCF101") are one dataset.

    Parameters
    ----------
    cues
        Paper id -> the cues found in its text.
    known_methods
        Names of methods (lexicon and introduced), in any spelling.
    method_uses
        Dataset key -> how often the corpus uses that name as a method.

    Returns
    -------
    dict
        Dataset key -> the discovered dataset, named by its most frequent spelling.
    """
    methods = {dataset_key(n) for n in known_methods}
    method_uses = method_uses or {}
    found: dict[str, DiscoveredDataset] = {}
    spellings: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    seen: set[tuple[str, str, int, bool]] = set()
    # an acronym a paper spelt out is that name's wherever it stands alone (of four characters or
    # a digit: shorter ones mean too many things)
    spelt_as = {
        dataset_key(cue.acronym): dataset_key(cue.name)
        for items in cues.values()
        for cue in items
        if cue.acronym and (len(cue.acronym) >= 4 or any(ch.isdigit() for ch in cue.acronym))
    }
    for pid, items in cues.items():
        for cue in items:
            key = dataset_key(cue.name)
            key = spelt_as.get(key, key)
            if not key or key in methods or (pid, key, cue.sentence_index, cue.strong) in seen:
                continue
            seen.add((pid, key, cue.sentence_index, cue.strong))
            item = found.setdefault(key, DiscoveredDataset(cue.name))
            item.variants.add(cue.name)
            if cue.acronym and dataset_key(cue.acronym) in spelt_as:
                item.variants.add(cue.acronym)
            elif cue.acronym and short_acronym(cue.acronym):
                item.short.add(cue.acronym)
            item.papers.add(pid)
            spellings[key][cue.name] += 1
            if cue.strong:
                item.strong += 1
            else:
                item.weak += 1
    out: dict[str, DiscoveredDataset] = {}
    for key, item in found.items():
        support = item.strong + (item.weak if item.weak >= 2 else 0)
        if support == 0 or method_uses.get(key, 0) >= item.strong + item.weak:
            continue
        item.name = max(spellings[key].items(), key=lambda x: (x[1], "-" in x[0], -len(x[0])))[0]
        out[key] = item
    return out
