"""The inference build stage: entities, mentions, families, builds-on and related-paper edges."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain, islice, takewhile
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, cast

from paperkg._gc import cyclic_gc_paused
from paperkg.engine import Engine, LocalEngine, open_engine
from paperkg.graph.rows import EdgeRows
from paperkg.inference.builds_on import (
    AuthorIndex,
    Claim,
    as_candidates,
    citation_claim,
    date_order,
    infer_builds_on,
    paper_date,
    surname,
)
from paperkg.inference.cache import resolve_sentences
from paperkg.inference.datasets import (
    PLACE_MARK,
    DatasetCue,
    acceptable_name,
    dataset_cues,
    dataset_key,
    discover_datasets,
    encoding_names,
    period_words,
    place_words,
    record_kinds,
    short_acronym,
    spelt_as_terms,
)
from paperkg.inference.extract import (
    _COMPARES,
    _DATA_RELEASE_END,
    _SECTION_LABEL,
    RELEASE_ORDINALS,
    SPELT_OUT,
    AuthorYear,
    FamilyHit,
    Introduced,
    Mention,
    PaperText,
    _head_after,
    abbreviates,
    acronym_definitions,
    author_year_citations,
    contains_any,
    described_in_apposition,
    find_introduced,
    name_rejection,
    record_text,
    relation_of,
    sentence_at,
    sentence_span,
    title_cased,
)
from paperkg.inference.lexicon import Lexicon, load_lexicons
from paperkg.inference.matcher import Match, Matcher, compact
from paperkg.inference.places import FEATURE_WORDS, PLACES
from paperkg.inference.related import Previous, RelatedRows
from paperkg.inference.scope import STATE_PASS, CorpusState, changed_papers, findings_digest, inference_scope
from paperkg.models import (
    Dataset,
    Edge,
    EdgeKind,
    Entity,
    Method,
    MethodFamily,
    Paper,
    entity_id,
    first_words,
)
from paperkg.progress import NullProgress, Progress, ProgressTask

if TYPE_CHECKING:
    from paperkg.graph.build import BuildOptions, StageResult
    from paperkg.inference.cache import ExtractionCache

__all__ = [
    "REPLACES",
    "CorpusInference",
    "IntroducedName",
    "MatchContext",
    "NamesContext",
    "PaperEntities",
    "PaperMatches",
    "PaperNames",
    "PaperRecord",
    "infer_corpus",
    "label_by_introduced_names",
    "names_context",
    "paper_matches",
    "paper_names",
    "paper_record",
    "run",
]

REPLACES = frozenset(
    {
        EdgeKind.BUILDS_ON,
        EdgeKind.BUILDS_ON_CANDIDATE,
        EdgeKind.SAME_FAMILY,
        EdgeKind.SHARES_DATASET,
        EdgeKind.INTRODUCES,
        EdgeKind.MENTIONS,
        EdgeKind.USES_DATASET,
        EdgeKind.IN_FAMILY,
    }
)

# Nouns that show a word is used as a name ("the Adapters library").
_NAME_CUE = re.compile(
    r"^\W{0,3}(?:library|framework|model|models|system|method|toolkit|benchmark|dataset|optimizer|"
    r"algorithm|architecture|agent|agents|package|approach|estimator|prior|sampler|solver|heuristic|"
    r"protocol|questionnaire|inventory|corpus)\b",
    re.IGNORECASE,
)
_SOFTWARE_NOUN = re.compile(r"\s+(?:pipeline|workflow|software)\b")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?:[a-z][a-z-]*\s+){0,2}$")
# Common words are common: this many abstracts show which names are also ordinary words.
_WORD_SAMPLE = 5000
# why a paper builds on the paper whose thing it presents a version of
_LATER_VERSION = "it presents a later version"


def _surnames(paper: Paper) -> set[str]:
    """Return the folded surnames of ``paper``'s authors."""
    return {surname(author) for author in paper.authors} - {""}


def _names_alone(text: str, name: str) -> bool:
    """Return True if ``text`` writes ``name`` on its own, with no version after it.

    >>> _names_alone("Ribbon (Okonjo et al., 2010) is an R package. Ribbon 2.0 is described here.", "Ribbon")
    True
    >>> _names_alone("SEPTRA-7: a seven-variable model. SEPTRA-7 predicts mortality.", "SEPTRA")
    False
    """
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-]|\s*v?\d|\s+(?:E?DR|PR)\d)", text) is not None


# a version's label, as a user gives the one it ran ("v1.0", "2.1"), not a later release ("DR3") or a number
# ("2"); the first release is what its paper presented ("the HISTOLIV DR1 training split")
_VERSION_LABEL = re.compile(r"v?\d+\.\d+(?:\.\d+)*|v\d+|E?DR1")
# the acronym of a body that keeps data, written before the data's name: "the FRA Rail Equipment ... database"
_OWNER_ACRONYM = re.compile(r"[A-Z]{2,6}")
# a version or a data release ending a name: "Foo-2", "Foo v1.1", "Lantern DR2"
# what a later version's paper calls the first: "a new version of our ... model", "the successor to our
# earlier tool"
# (or "that we introduced": "We describe PondSentinel 2.0, a redesign of the participatory surveillance
# platform that we introduced for shrimp farmers")
_OUR_EARLIER = re.compile(
    r"\b(?:version|successor|update|revision|release|generation|extension|upgrade|redesign|reimplementation|"
    r"rewrite)\s+(?:in\s+[A-Z][\w+#]*\s+)?(?:of|to)\s+our\b|"
    r"\b(?:version|successor|update|revision|redesign|upgrade|extension|generation)\s+(?:of|to)\s+the\s+"
    r"[^.;]{1,80}?"
    r"\b(?:(?:(?:that|which)\s+)?we\s+(?:had\s+)?(?:previously\s+|earlier\s+|first\s+)?|"
    # (or said to have come first, the team's by its authors: "the second major version of the record-linkage
    # software originally developed for the UK Renal Registry [5]")
    r"(?:(?:that|which)\s+(?:was|were)\s+)?(?:originally|first|previously)\s+)"
    r"(?:introduced|developed|presented|described|released|built)\b"
)
_VERSION_SUFFIX = re.compile(r"^(.+?)(?:[ \-]?v?\d+(?:\.\d+)?|\s+(?:E?DR|PR)\d{1,2})$")
# a collection's name of three capitalised words or more, its noun last: users shorten it to its first and its
# noun ("the Tsebo cohort" of the Tsebo Serosurveillance Cohort)
_SHORTENED_TO = re.compile(
    r"([A-Z][a-z][\w\-]+)(?:\s+[A-Z][\w\-]*){1,3}\s+"
    r"(Cohort|Study|Survey|Trial|Panel|Registry|Corpus|Collection|Database|Archive)"
)
# What a paper's family score must reach, and how much each kind of evidence gives.
# A name several papers each present as their own is a term of the field, not one paper's name,
_GENERIC_CLAIMANTS = 3
# unless each of them is on another subject (a hint system for novice programmers, a diving heuristic for
# integer programs and a pulsar-timing package, each named Kestrel): then each is its paper's, as far as
# this many papers (more are a term, or one famous thing's versions; and would each be read: 96 papers are
# 4,560 pairs of topic words compared, once per build). (24 until a 25th paper of 108 probe files presenting
# a Tessera, an ice-core layer counter, made Tessera a term and cost the others' users their edges; 48 until
# 135 files presented Lantern more often than that, each on its own subject.)
_APART_AT_MOST = 96
# the papers presenting a term read to tell whether they are of more than one subject, at most (_scattered)
_SCATTER_READ = 4 * _APART_AT_MOST
# the share of their topic words two papers presenting one name hold in common on one subject
# (_one_subjects_presenters)
_SUBJECT_SHARE = 0.12
# the topic words that tell which of several papers presenting one name a user means, at most (_rival_index)
_RIVAL_SHARED = 5
# A plain word (no inner capital, digit or hyphen) used by this share of the corpus, and by at
# least _GENERIC_MIN papers, is a generic term: it links no paper to another.
_GENERIC_SHARE = 0.2
_GENERIC_MIN = 10
# A paper dated this many years before a name's introducer shows the name is older than it.
_OLDER_BY_YEARS = 2
# Extraction results per write into the extraction cache during a pass.
_CACHE_BATCH = 2000
_NONE: frozenset[str] = frozenset()
_UNREAD: Any = object()
T = TypeVar("T")
# Papers whose text a pass with the extraction cache holds at a time.
_TEXT_BATCH = 5000
# Pass 2 moves its bar every this many papers: an advance per paper cost 0.05 CPU s per 20,000 papers.
_SHOWN = 250
# An add reads the stored pairs touching a pair scope of at most this many papers (RelatedRows.recall);
# a larger one (a large hub changed its size class: every member) is ranked as a build ranks: its
# stored pairs, some forty a paper as ids, would cost more memory than the ranking saves.
_RECALLED_AT_MOST = 20_000
# Where the per-paper passes read text (BuildOptions.paper_texts): ids in, (id, title, abstract) out.
_Texts = Callable[[Iterable[str]], Iterable[tuple[str, str | None, str | None]]]
# The summary's pair totals: where an add ranks only the pairs it compares, the store counts them.
_PAIR_TOTALS = {"same_family": EdgeKind.SAME_FAMILY, "shares_dataset": EdgeKind.SHARES_DATASET}
_FAMILY_THRESHOLD = 2.0
# The lexicon's families are families of machine-learning methods, and their phrases say so only
# in a paper about machine learning: elsewhere "distillation" separates liquids, "pruning" shapes
# vines, "quantization" is physics, "momentum", "policy", "agents" and "experts" are everyday
# words. A paper speaks of machine learning when it uses a word of the field that has no other
# sense (or names a method of one of the families); without one, its family phrases count for
# nothing.
_MACHINE_LEARNING = re.compile(
    r"\b(?:neural|deep learning|machine learning|(?:large )?language models?|LLMs?|fine-?tun\w*|"
    r"pre-?train\w*|GPUs?|backprop\w*|gradient descent|(?:self-|semi-|un)?supervised|convolutional|"
    r"embeddings?|transformer(?:-based| models?| architectures?| layers?| blocks?| encoders?| decoders?)|"
    r"vision transformers?|self-attention|reinforcement learning|classifiers?|learnable|logits|generative|"
    r"NLP|CNNs?|RNNs?|LSTMs?|computer vision|"
    r"training data|training sets?|trained on|hyperparameters?|learning rates?|natural language processing|"
    r"positional encodings?|"
    r"action recognition|object detection|semantic segmentation|image classification|question answering|"
    r"machine translation|speech recognition|sentiment analysis)\b",
    re.IGNORECASE,
)
# Words of fields that score systems on shared test data as machine learning does (parsing, tagging,
# retrieval): there too "results on X" names the data (dataset_cues). Datasets and benchmarks are
# these fields' words, not machine learning's alone: genomics benchmarks variant callers on "real
# datasets", databases run "the TPC-C benchmark", and "Adapter contamination" there is no adapter.
_SCORED = re.compile(
    r"\b(?:F-?measures?|F-?scores?|F1|precision and recall|corpus|corpora|treebanks?|benchmarks?|datasets?|"
    # (the scores of translation, recognition and summarising systems on test data)
    r"BLEU|chrF|ROUGE|word error rates?|WER|character error rates?|"
    r"(?:validation|test) sets?)\b",
    re.IGNORECASE,
)


def _scores_on_data(text: str) -> bool:
    """Return True if ``text`` uses a word of machine learning or of scoring systems on test data."""
    return _MACHINE_LEARNING.search(text) is not None or _SCORED.search(text) is not None


_FAMILY_MAX = 3
_FAMILY_RELATIVE = 1 / 3
# A discovered family needs this many papers, none in a curated family, sharing one method...
_DISCOVERED_MIN_PAPERS = 3
# ...that at most this share of the corpus names: shared by nearly everyone, it groups nothing.
_DISCOVERED_SHARE = 0.1


@dataclass(slots=True)
class PaperEntities:
    """What was extracted from one paper, and why."""

    paper_id: str
    introduced: list[tuple[str, Introduced]] = field(default_factory=list)
    mentions: dict[str, list[Mention]] = field(default_factory=dict)
    families: dict[str, FamilyHit] = field(default_factory=dict)
    # The datasets it uses only through weights others learnt from them ("ImageNet initialisation", "an
    # ImageNet-pretrained encoder"): used, but no data it shares with another paper that does the same
    unshared: frozenset[str] = frozenset()
    # A stored result read back lazily keeps its sentences as stored (numbers) until
    # paperkg.inference.cache.resolve_sentences quotes them from this paper's text.
    sentences: Any = field(default=None, compare=False, repr=False)


def _share_names(found: PaperEntities, names: dict[str, str]) -> None:
    """Make ``found`` hold the one copy in ``names`` of each entity id, surface and family name it holds.

    A paper's findings come from a worker or the store as strings of their own; the names are
    few (the methods, datasets and families of a corpus, as written) and held for every paper
    until the corpus steps are done: about 335 bytes a paper at 20k. Sentences are left: each
    is nearly always a paper's own.
    """
    if found.mentions:
        found.mentions = {names.setdefault(key, key): mentions for key, mentions in found.mentions.items()}
        for mentions in found.mentions.values():
            for mention in mentions:
                mention.entity = names.setdefault(mention.entity, mention.entity)
                mention.surface = names.setdefault(mention.surface, mention.surface)
    if found.families:
        found.families = {names.setdefault(key, key): hit for key, hit in found.families.items()}
        for hit in found.families.values():
            via = hit.via
            for i, name in enumerate(via):
                via[i] = names.setdefault(name, name)


@dataclass
class CorpusInference:
    """Everything inference derives from a corpus: entities, per-paper findings and edges."""

    entities: dict[str, Entity]
    papers: dict[str, PaperEntities]
    edges: list[Edge]
    candidates: list[Edge]
    summary: dict[str, Any]
    # The bulk edge kinds as store rows made when iterated (see EdgeRows): a build writes them
    # without a model per edge; infer_corpus turns them into edges.
    rows: dict[EdgeKind, Iterable[dict[str, Any]]] = field(default_factory=dict)
    # Per bulk kind, the nodes whose edges may differ from the stored ones (paperkg.inference.scope);
    # None: every edge may differ.
    scope: dict[EdgeKind, frozenset[str]] | None = None


# A paper's mentions of one entity, as an edge: (paper, entity, sentence, surface, relation, count).
_MentionItem = tuple[str, str, str, str, str | None, int]


def _mention_row(item: _MentionItem) -> dict[str, Any]:
    pid, eid, sentence, surface, relation, count = item
    return {
        "kind": "USES_DATASET" if eid.startswith("dataset:") else "MENTIONS",
        "source": pid,
        "target": eid,
        "evidence": sentence,
        "via": surface,
        "relation": relation,
        "provenance": "inference",
        "attrs": {"count": count},
    }


def _mention_ends(item: _MentionItem) -> tuple[str, str, str | None, tuple[bool, str, str | None, int]]:
    pid, eid, sentence, surface, relation, count = item
    return pid, eid, sentence, (eid.startswith("dataset:"), surface, relation, count)


def _introduces_row(item: tuple[str, str, str, str]) -> dict[str, Any]:
    pid, eid, sentence, how = item
    return {
        "kind": "INTRODUCES",
        "source": pid,
        "target": eid,
        "evidence": sentence,
        "provenance": "inference",
        "attrs": {"how": how},
    }


def _introduces_ends(item: tuple[str, str, str, str]) -> tuple[str, str, str | None, str]:
    pid, eid, sentence, how = item
    return pid, eid, sentence, how


def _in_family_ends(
    item: tuple[str, str, str | None, float, tuple[str, ...]],
) -> tuple[str, str, str | None, tuple[float, tuple[str, ...]]]:
    pid, fid, evidence, score, via = item
    return pid, fid, evidence, (score, via)


def _in_family_row(item: tuple[str, str, str | None, float, tuple[str, ...]]) -> dict[str, Any]:
    pid, fid, evidence, score, via = item
    return {
        "kind": "IN_FAMILY",
        "source": pid,
        "target": fid,
        "evidence": evidence,
        "score": score,
        "shared": list(via),
        "provenance": "inference",
    }


@dataclass
class _NewEntity:
    name: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    version_of: str | None = None


def _lexicon_names(lexicon: Lexicon) -> dict[str, list[str]]:
    names: dict[str, list[str]] = defaultdict(list)
    for entry in lexicon.entries.values():
        for surface in entry.surfaces():
            names[surface].append(entry.id)
    return names


def _whole(matcher: Matcher, name: str) -> str | None:
    """Return the entity ``name`` spells in full, or None."""
    found = matcher.find(name)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(name):
        return found[0].keys[0]
    return None


def _family_phrases(lexicon: Lexicon) -> tuple[dict[str, list[str]], dict[tuple[str, str], float]]:
    """Return the wordings that put a paper in a family, and what each is worth."""
    names: dict[str, list[str]] = defaultdict(list)
    weight: dict[tuple[str, str], float] = {}
    for family in lexicon.families.values():
        for phrase in (family.name, *family.aliases, *family.phrases):
            names[phrase].append(family.id)
            weight[(family.id, compact(phrase).lower())] = 1.0
        for phrase in family.weak_phrases:
            names[phrase].append(family.id)
            weight[(family.id, compact(phrase).lower())] = 0.5
    return names, weight


# Data a paper says it did without: "Unlike ImageNet-pretrained CNNs, the network is trained from
# scratch", "trained without ImageNet weights", "rather than the COCO images", "Rather than the long-term
# WorldClim climatologies used in the original model". Named, not used (but "with or without ImageNet
# initialisation" used it one way, and "trained without augmentation on ImageNet" used it).
_NOT_USED_BEFORE = re.compile(
    r"\b(?:[Uu]nlike|(?<!or )without|[Ii]nstead of|[Rr]ather than|absent from|missing from|"
    r"not (?:found|listed|included|available|recorded|covered) in|not (?:a )?part of|"
    # (or not among what it holds: "Sesotho is not among the languages of the BantuVox-200 corpus")
    r"not among(?: the [a-z]+ of)?)\s+"
    r"(?:the\s+|any\s+)?(?:(?!(?:on|in|from|with|using|to|for|at|by|of|and|or|via)\s)[a-z][a-z-]*\s+){0,2}$"
)
# Data like the named, which the paper says it lacked: "A resource comparable to the Fennoscandian FICD was
# unavailable for our region, so we assembled a new core collection"
_LIKE_IT_BEFORE = re.compile(
    r"\b(?:comparable|similar|equivalent|analogous)\s+to\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?$"
)
# (or which it says no such data was there: "Because no longitudinal cohort with linked entomological and
# infection data comparable to the RMTC in Kenya was available for this population, ...", _NONE_EXISTS_AFTER)
_NO_LIKE_IT_BEFORE = re.compile(
    r"\b[Nn]o\s+(?:[\w\-]+\s+){0,12}?(?:comparable|similar|equivalent|analogous)\s+to\s+(?:the\s+)?"
    r"(?:[A-Z][a-z]+\s+)?$"
)
# (or the absence or lack of such data, said of the paper's case: "Comparison with other Irish crannogs is
# hindered by the absence of a national compilation equivalent to NRAD")
_ABSENCE_OF_LIKE_BEFORE = re.compile(
    r"\b(?:absence|lack)\s+of\s+(?:an?\s+|any\s+)?(?:[\w\-]+\s+){0,8}?(?:comparable|similar|equivalent|"
    r"analogous)\s+to\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?$"
)
# Data that does not reach the paper's case, and which it says it did without: "The Skerry database of wreck
# losses covers only the North Sea and Skagerrak, so no comparable ... dataset was available for our region"
# (past its citation: "GRANITE (Zhou et al., 2010; Liang et al., 2015) covers only East Asia and was
# unavailable for South Asia, so ..."; or whom a cohort or survey took in: "CALIPER, enrolled only Nordic
# patients treated before 2008, so no comparable data exist for older North American patients")
_COVERS_ONLY_AFTER = re.compile(
    r"(?:\s*\([^()]{1,80}\))?"
    r"[^.;]{0,40}?\b(?:covers?|includes?|contains?|holds?|spans?|lists?|enrolled|enrol?ls|recruited|sampled|"
    r"surveyed)\s+only\b[^.;]{0,100}?"
    # (so not used, or said so: "DhaVaR covers only recensions of the Paninian Dhatupatha and could therefore
    # not be used for the Candra list"; "resources such as the Jinbei Corpus cover only the southeastern
    # prefectures ... and thus exclude the northern trading towns on which this study focuses")
    r"(?:,\s+so\b|\b(?:could|can|was|were|is|are)\s+(?:therefore\s+|thus\s+|hence\s+)?not\s+(?:be\s+)?used\b|"
    r"\band\s+(?:thus|therefore|hence|so)\s+(?:exclude|excludes|omit|omits|miss|misses)\b)"
)
# (or, given as the reason, what it covers alone: "Because the MELOS corpus covers only the traditional
# repertories and none of the kalophonic sources, we transcribed ...")
_ONLY_COVERS_AFTER = re.compile(
    r"(?:\s*\([^()]{1,80}\))?(?:\s+[a-z][\w\-]*){0,2}\s+"
    r"(?:covers|includes|contains|holds|spans|lists)\s+only\b"
)
# Data given as the reason the paper did without something, for what it lacks: "Dedicatory inscriptions were
# not used systematically, because the expanded KTETOR 2.0 database does not include seal legends"
# (a part of it named: "because the conversational agent of MoodCraft 2.0 had not been approved for use")
_BECAUSE_BEFORE = re.compile(r"\b(?:[Bb]ecause|[Ss]ince|as)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}$")
# (past what else the sentence says of it: "Because the Canton Tea Ledger Database ends in 1833 and does not
# cover the treaty ports")
_LACKS_AFTER = re.compile(
    r"(?:\s+[\w\-]+){0,5}?(?:\s*\([^()]{1,80}\))?\s+(?:(?:does|did|do)\s+not\s+"
    r"(?:include|contain|cover|hold|list|record|extend\s+to)\b"
    # (or holds none of it: "not possible because LecTra-9 contains no multi-speaker sessions")
    r"|(?:contains|contained|includes|included|holds|held|covers|covered|records|recorded)\s+no\b|lacks\b)"
)
# A thing given as the reason the paper did otherwise, for what it cannot do: "Because Sorrel does not
# currently support IRTree decompositions with node-specific item parameters, models were coded directly in
# Stan"
_CANNOT_DO_AFTER = re.compile(
    r"(?:\s*\([^()]{1,80}\))?(?:\s+[a-z]+){0,2}?\s+(?:does|did|do)\s+not\s+(?:currently\s+|yet\s+|fully\s+)?"
    r"(?:support|handle|allow|accommodate|provide|implement|offer|scale\s+to)\b[^.;]*?,\s"
)
# A thing made for other people or cases than the paper's, so it used another: "the BOSS-12 was developed and
# validated exclusively in men and includes prostate-related items, so the voiding subscale of the ICIQ-FLUTS
# was used", "Because the SQDS-12 was developed and validated only in adults ..., severity was rated with"
# (the "so" or the "because" saying it was why)
_MADE_ONLY_FOR_AFTER = re.compile(
    r"(?:\s*\([^()]{1,80}\))?(?:,\s+(?:for\s+(?:example|instance)|however),)?\s+"
    r"(?:(?:was|were|is|are|has\s+been|have\s+been)\s+"
    r"(?:developed|validated|designed|normed|calibrated|tested|trained)"
    r"(?:\s+and\s+(?:developed|validated|designed|normed|calibrated|tested|trained))?\s+"
    r"(?:only|exclusively|solely)\b"
    # (or not made for the paper's people at all: "The RADI-7, for example, had not been translated into
    # Amharic or validated in the Horn of Africa, so we evaluated the Patient Health Questionnaire-9")
    r"|(?:has|have|had|was|were|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:translated|validated|adapted|normed|calibrated|tested|developed|"
    # (or not yet allowed or out: "because ... MoodCraft 2.0 had not been approved for use by ...")
    r"approved|licensed|authori[sz]ed|certified|released)\b)"
    r"(?:[^.;]{0,120}?,\s+so\b(?P<then>[^.;]*))?"
)
# What the paper did with the thing itself, once it says so: "... was not validated in Ghana, so we validated
# it" is a use
_TAKES_IT_UP = re.compile(r"\b(?:it|its|them|their)\b")
# Data the paper says would have served, had it had them: "Grain price series from the Juniper database would
# have allowed a direct test of ..."
_WOULD_HAVE_AFTER = re.compile(
    r"[^.;]{0,60}?\bwould\s+have\s+(?:allowed|enabled|permitted|made|given|provided|been)\b"
)
# Data still being gathered, which the paper says will serve later: "The Belonging in Place Survey now under
# way in Leicester, Bradford and Luton will allow such patterns to be examined"
_UNDER_WAY_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2}\s+(?:now\s+|currently\s+)?(?:under\s*way|ongoing|in\s+progress|being\s+collected)\b"
    r"[^.;]{0,80}?\bwill\b"
)
# (or data to be used once they exist: "should be examined with individual data from the TAPIR trial once they
# are released")
_ONCE_RELEASED_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2}\s+(?:once|when)\s+(?:they|it|these|its\s+data)\s+"
    r"(?:are|is|become|becomes|have\s+been|has\s+been)\s+(?:publicly\s+)?(?:released|available|published)\b"
)
_UNAVAILABLE_AFTER = re.compile(
    # (past a clause of what it is; or said not to exist: "Annotated reference collections comparable to WREN,
    # which was compiled for temperate European woodland, do not yet exist for Southeast Asian forests")
    r"(?:\s*,\s*which\b[^,.;]{1,100},)?[^.;]{0,40}?\b(?:(?:was|were|is|are)\s+"
    r"(?:not\s+available|unavailable|lacking|absent|missing)|(?:do|does|did)\s+not\s+(?:yet\s+)?exist)\b"
)
# Data another named thing came from, in a clause of that thing: "PREDEL-N was developed in a
# single-centre US database (MIMIC-IV)", "PulmoTrace, which was developed on LIDC-IDRI", "TRELLIS, which
# relies on WALS word-order features", "SEPTRA, an interpretable sepsis early-warning model developed on
# MIMIC-III", "VITALIS is a machine learning early warning score developed in MIMIC-IV" are the data of the
# model a paper validates or compares with, not its own (see _anothers_data; "trained on" stays a use: "a
# ResNet-50 trained on ImageNet")
_ANOTHERS_SOURCE = re.compile(
    r"(?:(?:\s*,\s*(?:which|that)|\s*,\s*(?:an?|the)\s+[^.;,()]{0,60}?"
    r"|\s+(?:is|was)\s+(?:an?|the)\s+[^.;,()]{0,60}?)?"
    r"\s+(?:(?:was|were|is|are|has\s+been|had\s+been)\s+)?(?:[a-z]+ly\s+)?"
    r"(?:developed|derived|validated|calibrated|constructed|relies|relied)\s+(?:in|on|upon|using|with|from)\b"
    # (or a part of it, trained, in the reason given: "We did not apply Sieve, because its critic was trained
    # on CRAFT"; "a ResNet-50 trained on ImageNet" is the paper's training, a use)
    r"|\s*,?\s+(?:because|since|as)\s+(?:its|their)\s+[^.;,()]{0,40}?\s+(?:was|were)\s+trained\s+on\b)"
    r"[^.;,]{0,60}"
)
# A sentence a structured abstract labels as its background: what is known, not what the paper did
_BACKGROUND_LABEL = re.compile(r"(?:Background|Context|Introduction|Rationale)\s*:")
# and data of a kind it names after them: "rankings differ on HumanEval-style benchmarks", "ImageNet-like
# photographs" are not those data (a "ResNet-style backbone" does build on ResNet: datasets only); nor, in
# words, "multicentre cohorts of the NorCOS type" (not "the NorCOS type 2 diabetes arm")
_KIND_OF = re.compile(r"-(?:style|like|type)\b")
_OF_THE_KIND = re.compile(r"\s+(?:type|kind|sort|mould|mold)\b(?!\s*\d)")
# What the literature has widely done with a thing, said of it (here, and before a citation:
# _WIDELY_USED_CITED)
_WIDELY_USED = (
    r"(?:has|have)\s+been\s+(?:widely|extensively|commonly|frequently|routinely|often|much)\s+"
    r"(?:used|adopted|applied|employed)\b"
)
# Data the literature used, said of the name: "The original Meridian Retinal Image Set (MRIS) has been
# widely used as an external benchmark ..., but it is limited to a single camera model"
_WIDELY_USED_AFTER = re.compile(
    # (past its noun and an example's commas: "the CALIPER score, for example, has been widely used in UK
    # units")
    # (or its citation and the comma closing an example: "notably DRIFT (Quintanilla et al., 2017), have been
    # widely used in the large-scale assessment literature")
    # (or what it is for: "tools such as PaBEM for busulfan have been widely used")
    r"\)?(?:\s*\([^()]{1,40}\))?(?:[\s\-]+[a-z]+)?(?:\s+(?:for|of|in)\s+[a-z][\w\-]*)?"
    r"(?:,\s+for\s+(?:example|instance),)?,?"
    r"\s+(?:"
    + _WIDELY_USED
    + r"|"
    # (or become what the field works from: "the Jiaqing Homicide Memorials Corpus has become a standard
    # reference for quantitative work on homicide", "has become a common baseline in prior work")
    r"(?:has|have)\s+become\s+(?:an?|the)\s+(?:[a-z\-]+\s+){0,2}(?:reference|baseline|benchmark|standard|"
    r"source|tool|resource)s?\b|"
    # (or what it has long been or shown, the field's history: "US surveillance data from NHANES have long
    # documented rising prevalence in this age group")
    r"(?:has|have)\s+long\s+(?:been|documented|shown|recorded|tracked|served|underpinned|informed)\b)"
)
# A data name is software where software follows it: "the Silvaco ATLAS drift-diffusion package" is no
# corpus named ATLAS, "the CASCADE framework of Hallström and Diallo" no benchmark named CASCADE (a model
# "trained on" data is no software: "the ImageNet model" stays a use); the words between describe the
# software, not what the sentence does with the data ("on GLUE with our framework" uses GLUE). And a
# method where a method's noun follows it at once: "the GLUE approach" to calibrating a hydrological
# model, "the GLUE module" of a crop simulator (Generalized Likelihood Uncertainty Estimation) are no
# benchmark of language understanding.
_SOFTWARE_AFTER = re.compile(
    r"(?:[\s\-]+(?!(?:with|using|via|by|from|for|in|on|of|to|as|and|or|our|the|a|an|its|their|this|each)\b)"
    r"[a-z]+){0,2}[\s\-]+(?:package|software|toolbox|toolkit|program|simulator|solver|framework|"
    r"algorithm|heuristic)\b|\s+(?:approach|method|methodology|technique|procedure|module)\b"
)
# and no data where a way of making or writing data follows it: "annotated according to the Universal
# Dependencies (UD) v2 guidelines", "boxes in the COCO format", "acquired following the ADNI-3 acquisition
# protocol", "the Penn Treebank annotation scheme" are the resource's conventions, not its data (an
# "evaluation protocol" is how its data are scored: a use). Only of data no paper of the corpus presents:
# "We adapted the MeltWatch-316 acquisition protocol" builds on the paper that made it.
_CONVENTION_AFTER = re.compile(
    r"(?:\s*\([^()]{1,12}\))?(?:[\s\-]+[a-z0-9]+){0,2}?[\s\-]+(?:guidelines|conventions?|format|provisions|"
    # (or the schema a paper's own data are released in: "released in the Open Reaction Database schema")
    r"schemas?|"
    # (or a trial's intervention, which others adapt or deliver: "We adapted the SPRING intervention")
    r"interventions?|"
    r"(?:acquisition|imaging|scanning|sampling|collection|recruitment)\s+protocols?|annotation\s+schemes?)\b"
    # and a design code's part and edition, the rules a structure was designed to: "ASCE 7-22", "ACI 318-19"
    # (not a range of figures after data: "error on MNIST 1-2% lower")
    r"|\s\d{1,3}-\d{2}\b(?![\-.]\d|\s?%)"
)
# and the protocol a paper follows or adapts, a trial's or a corpus's ("we adapted the SHIELD protocol for
# women's soccer", "Following the EARSHOT protocol, crowd listeners rated"; not "Using the ClutterGrasp
# protocol", a benchmark run as it is)
_PROTOCOL_AFTER = re.compile(r"(?:[\s\-]+[a-z]+){0,2}?[\s\-]+protocols?\b")
_FOLLOWED_BEFORE = re.compile(
    r"\b(?:[Aa]dapt|[Ff]ollow|[Mm]odif|[Rr]etain|[Kk]ept|according\s+to\b)[^.;]{0,30}$"
)
# and what the paper did "rather than" take from what it names as examples: "measured by spectrometry
# rather than taken from food composition tables such as the USDA FoodData Central database", "recorded by
# trained scorers rather than by automated systems such as LocoCam"
_RATHER_THAN_SUCH = re.compile(
    r"\b[Rr]ather\s+than\s+(?:[\w\-]+\s+){0,8}?(?:such\s+as|like|including)\s+(?:the\s+)?$"
)
# Any name the paper used something "rather than" or "instead of": "selected with the DEmP photometric
# redshifts rather than with Zephyr", "we fit a gravity model instead of using TRADEWIND" (not "rather than
# retraining Zephyr, we fine-tune it": a use of another kind); at a sentence's opening too ("Rather than
# tracking cyclones with algorithms such as StormTrace, which assume ..., we adopt")
_RATHER_THAN_NAME = re.compile(
    r"\b(?:[Rr]ather\s+than|[Ii]nstead\s+of)\s+(?:(?:with|using|via|by|from|on)\s+)?(?:the\s+|any\s+)?$"
)
# Data another thing was first made from, named in a phrase set off by commas: "We adapted the MBS-12,
# originally derived from US National Health Interview Survey data, to UK Biobank" uses none of them
_ORIGINALLY_FROM = re.compile(
    r"\boriginally\s+(?:[a-z]+\s+){1,2}?(?:from|in|on|with|using|for)\s+(?:the\s+)?(?:[^\s,;.()]+\s+){0,3}$"
    # (or what it was made for and then trained on: "RingNet, a convolutional network originally developed
    # for boreal conifers and trained on cores from the FICD")
    r"|\boriginally\s+[a-z]+\s+(?:for|on|with)\s+(?:[^\s,;.()]+\s+){1,4}and\s+(?:trained|calibrated|fitted|"
    r"developed|validated)\s+(?:on|with|from|using)\s+(?:[^\s,;.()]+\s+){0,3}?(?:from|of|in)?\s*(?:the\s+)?$"
)
# The names of a list before the one that ends where a pattern's search ends: "Scopus and " before "Web of
# Science" (none before the first), each with what it is for: "such as AqSolv-12K for solubility and
# GraphCliff for activity cliffs"
_EARLIER_IN_LIST = (
    # (a place after one: "such as SAGES in the United States and NEUROPOD in Denmark")
    # (and a name with its kind: "for example the PallorScore-5 pallor scale and the MAPLE prediction model")
    # (of up to four words: "included BraTS, CheXpert, the Nordlys Multicentre Mammography Cohort and the
    # VERDANT suite")
    r"(?:[^\s,;.()]+(?:\s+[^\s,;.()]+){0,3}"
    # (or what each is for: "for example MING for Middle Chinese initial correspondences or the Oujiang Wu
    # Sound Archive for southern Wu")
    r"(?:\s+(?:for|of|in|on)\s+(?:the\s+)?[^\s,;.()]+(?:\s+[^\s,;.()]+){0,5})?"
    # (and its acronym: "tools such as the Discography of American Historical Recordings (DAHR) and the
    # Changpian Matrix Index")
    r"(?:\s*\([^()]{1,20}\))?"
    r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?){0,3}$"
)
# Data the paper names as what others would replace: "open databases are increasingly proposed as
# replacements for Scopus and Web of Science" (background, not the paper's data)
# (or the paper replaces in what it took over: "stock-recruitment series ... from the RAM Legacy Stock
# Assessment Database, replacing the Myers database used in the original HARP analysis")
_REPLACED = re.compile(
    r"\b(?:(?:replacements?|alternatives?|substitutes?)\s+(?:for|to)|replacing|in\s+place\s+of)\s+(?:the\s+)?"
    + _EARLIER_IN_LIST
)
# or data the paper replaces: "the hand-selected WALS features of the original are replaced by language
# embeddings"
_REPLACED_AFTER = re.compile(r"(?:[\s\-]+[a-z][\w\-]*){0,4}\s+(?:was|were|is|are)\s+replaced\s+(?:by|with)\b")
# A repository the paper gives its own data to, which it draws nothing from: "structures and analytical data
# have been deposited in PubChem", "reads were submitted to the European Nucleotide Archive" (not what others
# put there, which a paper draws on: "clinical sequences submitted to GISAID", "genomes that were deposited
# in GenBank")
_DEPOSITED_IN = re.compile(
    r"(?<!that )(?<!which )\b(?:have\s+been|has\s+been|were|was|are|is|will\s+be)\s+"
    r"(?:deposited|submitted|uploaded|archived)\s+(?:in|to|at|into|with)\s+(?:the\s+)?$"
)
# and by a verb of use after "without": "without relying on the Materials Project", "without access to"
_WITHOUT_USING = re.compile(
    r"\b(?<!or )without\s+(?:\w+ing|access)\s+(?:on\s+|to\s+|from\s+)?(?:the\s+|any\s+)?$"
)
# A resource said to hold none of what the paper needs (_NOT_USED_AFTER): "contains no build or test
# records", "records payment method but contains no records of top-up events"; not what a resource is
# clean of ("contains no missing values", "no duplicate records", "no personally identifiable data")
_LACKS_VERB = "contains|holds|has|lists|includes|provides|reports"
_NO_RECORDS = (
    r"no\s+(?:(?!(?:missing|duplicat|identif|personal|sensitive|private|erroneous|invalid|corrupt|null|empty|"
    r"redundant|overlapping)\w*)[\w\-]+\s+){0,3}?"
    r"(?:entries|entry|records|data|values|information|measurements|observations)\b"
)
_LACKING = re.compile(r"\b" + _NO_RECORDS)
# A form of the thing the paper says does not exist, so it could not use it: "Because no version of SignRep-24
# or of a comparable sign repetition test exists for LIS, ...", "no validated translation of the PSCIS is
# available in Thai" (not what it did without: "no adaptation of the scale was needed")
_NO_VERSION_BEFORE = re.compile(
    r"\b[Nn]o\s+(?:[a-z\-]+\s+){0,2}?"
    r"(?:versions?|adaptations?|translations?|equivalents?|counterparts?|norms)\s+of\s+(?:the\s+)?$"
)
_NONE_EXISTS_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:exists?|existed|(?:is|was|are|were)\s+(?:yet\s+)?available|"
    r"(?:has|have)\s+(?:yet\s+)?been\s+(?:developed|published|validated|adapted|made))\b"
)
_NOR = re.compile(r"\bnor\b")
# A name others' criticism is said of, at this mention: "WinCast has been criticised for ignoring venue and
# toss effects, which can be substantial ..." (a paper that goes on to use it names it again), the adverb
# before "been" as well as after it: "SeqInstruct-15 (Ferreira et al., 2023) has also been criticised because"
_CRITICISED_AFTER = re.compile(
    # (or the best known of a kind criticised: "Such approaches, of which CapiStyl is the best known, have
    # been criticised for treating ..."; or it and its like: "ShardMatch and similar methods have been
    # criticised for being trained almost exclusively on ...")
    r"(?:\s*\([^()]{1,80}\))?(?:\s+and\s+(?:similar|other|related|comparable)(?:\s+[a-z]+){1,2})?"
    r",?(?:\s+for\s+(?:example|instance),|\s+is\s+the\s+(?:best[\s\-]known|most\s+"
    r"(?:widely\s+used|prominent|influential)),)?"
    r"\s+(?:(?:has|have|had)\s+(?:also\s+|widely\s+|often\s+|repeatedly\s+|frequently\s+)?been|"
    r"is|are|was|were)"
    r"\s+(?:widely\s+|much\s+|often\s+|repeatedly\s+|also\s+|frequently\s+)?critici[sz]ed\b"
)
# A use the paper says it did not make: "We did not run MetaSplice", "we do not compare with X", "we do
# not pretrain on ImageNet", "We deliberately do not report results on Defects4J or QuixBugs" (each name
# of the list the verb governs).
_NOT_RUN_BEFORE = re.compile(
    r"\b(?:did not|do not|does not|could not|cannot|can not|didn't|don't|doesn't|couldn't|never|should not|"
    # (or "nor" before its subject: "Nor do we compare against template-based tools such as Anchor")
    r"must not|[Nn]or\s+(?:do|did|does|could|can|will|would)\s+(?:we|they|the\s+authors)|"
    # (or was not able to: "we were unable to apply 3D-based methods such as CuneiTrace to ...")
    r"(?:was|were|is|are|am)\s+(?:unable|not\s+able)\s+to|"
    # (or has not: "we have not drawn on the Taigu Letterbook Corpus", the verb's participle)
    r"(?:have|has|had)\s+not|(?:have|has|had)n't)\s+"
    r"(?:(?:attempt|try)\s+to\s+)?"
    r"(?:use|run|apply|employ|adopt|administer|rely\s+on|draw\s+(?:up)?on|compare\s+(?:with|against|to)|"
    r"used|applied|employed|adopted|relied\s+on|drawn\s+(?:up)?on|consulted|accessed|"
    # (nor tried it: "We did not evaluate Corvane or Gnomon: ..."; nor looked in it: "We did not search
    # Chinese-language bibliographic databases such as CNKI")
    # (nor opened it: "and did not access any NMMC images or records")
    r"evaluate|test|implement|re-?implement|retrain|reproduce|re-?run|search|query|consult|access|"
    # (nor took it in: "We did not include multilingual models such as Wayra in our comparison")
    r"include|"
    # (nor fitted the model: "We did not fit the Quillon model (Marsh et al., 2018): in pilot ... simulations
    # its volatility level was not identifiable")
    r"fit|re-?fit|calibrate|"
    # (nor had it at hand: "We did not have access to LHR data for a pooled analysis")
    r"have\s+access\s+to|"
    # (what it did not try to do with it: "We did not attempt to date the undated texts with Keystone")
    r"(?:attempt|try|seek)\s+to\s+[a-z]+\s+(?:[\w\-]+\s+){0,4}?(?:with|using)|"
    r"(?:pre-?)?train\s+on|"
    r"be\s+confused\s+with|"
    # whatever the verb, where it takes the name by "with" or "using": "do not remesh with Tansy", "did not
    # combine the loop with multi-fidelity tuners such as SHARD"
    # (or in the passive: "severity could not be graded with clinical tools such as HyBRiD-5")
    # (past what it would have done with it: "We did not screen the lexical data for borrowing with
    # LoanSieve")
    # (or what it would have made with it: "We have not attempted a systematic computational comparison using
    # reconstructions such as TuibuPy")
    # ("we did not attempt Bayesian estimation of individual exposure with the LUMEN package")
    r"(?:be\s+)?[a-z]+\s+(?:(?:the|our|its|this|these|their)\s+[a-z][\w\-]*\s+|"
    r"an?\s+(?:[a-z][\w\-]*\s+){1,3}?|(?:[A-Za-z][\w\-]*\s+){1,5}?)?"
    r"(?:(?:[a-z][\w\-]*\s+){1,3}?for\s+[a-z][\w\-]*\s+)?(?:with|using)|"
    r"fine-tune\s+on|evaluate\s+on|test\s+on|report\s+(?:results\s+)?on)\s+(?:the\s+|any\s+)?"
    # (what it is, before it: "We did not use the newly released IGGLA archive"; or a part of it: "We did not
    # use the tier classification of Lantern DR2")
    r"(?:(?!(?:on|in|from|with|using|to|for|at|by|of|and|or|via|such)\s)[a-z][a-z\-]*\s+){0,2}"
    r"(?:of\s+(?:the\s+)?)?"
    # (the examples' kind, and what of them: "do not rely on expert-coded indices such as those of V-Dem"; or
    # the kind, then its example after a colon: "We deliberately did not use composite bleaching indices: the
    # Thermal Anomaly Persistence Index (TAPI), for example, has been criticised")
    # (the examples set off by a comma: "we did not use automatic transcription, including the Moxian OCR
    # pipeline, because ...")
    r"(?:(?:[\w\-]+\s+){0,5}?[\w\-]+,?\s+(?:such\s+as|like|including)\s+(?:those\s+(?:of|in|from)\s+)?"
    r"(?:the\s+)?|"
    r"(?:[\w\-]+\s+){0,5}[\w\-]+:\s+(?:the\s+)?)?"
    r"(?:[^\s,;.()]+(?:\s+v?\d[\w.]*)?(?:,\s*|,?\s+(?:or|and|nor)\s+)(?:the\s+)?)*$"
)
# and after it, where it is the subject: "benchmarks such as MovieLens and the Million Song Dataset were
# not used because ...", "MetaSplice was not run" (not across "which", "whereas" or "but": another subject;
# but "protocols such as Vireo offer lower latency but were not considered": the same one),
# "datasets such as NHANES were not suitable", "data sets such as CAMELS were considered for comparison
# but not used" (a "but" with no subject of its own goes on with this one), "resources such as PROPORTIO
# code courts rather than legislatures and could not be adapted" (not across "because": its own subject),
# "validation against MPEA-Mech was not possible", "TRELLIS scores could not be computed", "models such as
# VibFormer were deliberately not considered", "optimizers such as LOTUS were not evaluated",
# "The TOEFL11 corpus was considered as additional training data but finally excluded", "approaches ...,
# including LOADSTAR, were considered but not fitted", "approaches such as RIFTWATCH for Rift Valley fever
# do not represent housing microclimate and were not considered suitable", "a harmonisation in
# the style of BIOSPELL, developed for German administrative data, was not feasible",
# "the BREATHE controller ... was not installed", "PALIMPSEST-cleaned maps, which would require ..., are not
# used", "datasets such as RoofPrint-SSA, which does not include Nairobi, and the Microsoft footprints, which
# omit ..., could not be used", past a relative clause set off by commas: "Kiln, which
# would have reduced wall-clock time, was not publicly available", "The Kestrel glider sections, which
# end in mid-2017, could not be used", "KelPhos was not commercially available to us", "Bundled interventions
# like TURN-SAFE were not implemented", "programmes such as ARM-UP were not in use"
_NOT_USED_AFTER = re.compile(
    # (past what a clause says of it, commas and all: "the automatic linkage tool GenLink, whose homophone
    # tables cover Mandarin, Cantonese and Hokkien but not Hakka readings, could not be applied reliably")
    r"(?:(?:[\s\-]+[a-z][\w\-]*){0,3}(?:\s+[A-Z][\w\-]*(?:\s+[a-z][\w\-]*)?)?,\s*(?:which|whose)\b"
    r"[^.;:()]{1,100}?,"
    r"(?:\s+(?:and|or)\s+(?:the\s+)?[^,.;:()]{1,40}?,\s*which\b[^,.;:()]{1,80},)?)?"
    r"(?:\bet\s+al\.|"
    # ("but" too where what follows says it went unused: "MusicProv-2M offers curated origin labels but could
    # not be used here, because ...")
    r"(?!\b(?:which|that|who|whereas|while|but(?!\s+(?:was|were|is|are|could|can|" + _LACKS_VERB + r")\b)|"
    r"although|"
    r"because)\b)[^.;:]){0,90}?"
    # (or has not been so far: "Because the Thumb Base Disability Index has not yet been translated into
    # Korean or validated in Korean patients, function was assessed with ...")
    # ("proved" as "was": "Automated tools ..., such as DiaryMapper, proved unsuitable here, since they")
    r"\b(?:(?:was|were|is|are|proved|(?:has|have)(?=\s+not\s+(?:yet\s+)?been\b))\s+"
    r"(?:(?:therefore\s+|thus\s+|hence\s+|also\s+|[a-z]+ly\s+)?not\s+(?:yet\s+been\s+|been\s+)?"
    r"(?:publicly\s+|freely\s+|commercially\s+|yet\s+|directly\s+|readily\s+|easily\s+)?"
    r"(?:used|run|applied|included|considered|employed|suitable|appropriate|available|installed|attempted|"
    r"needed|required|adopted|applicable|feasible|possible|evaluated|tested|assessed|implemented|in\s+use|"
    r"collected|measured|administered|recorded|imported|accessible|examined|studied|analy[sz]ed|consulted|"
    # (or run again: "ShelfTrace results for DRIFT were not re-run, because the data-use agreement could not
    # be concluded")
    r"computed|calculated|validated|translated|re-?run|re-?evaluated|reproduced|replicated|"
    # (or done: "a formal privacy audit with SiloScope was not performed in this work")
    r"re-?analy[sz]ed|performed|conducted|undertaken|carried\s+out)\b|"
    r"(?:therefore\s+|thus\s+|hence\s+)?(?:unsuitable|unavailable|ill-suited|"
    # ("... with instruments such as the Jianding Causality Scale was outside its scope")
    r"(?:outside|beyond)\s+(?:the\s+|its\s+|our\s+)?scope)\b|"
    r"(?:(?!\b(?:which|that|who|whereas|while|although)\b)[^.;:,]){0,50}?\bbut\s+"
    r"(?:(?:finally|ultimately|eventually|then|later)\s+)?(?:not\s+(?:used|run|applied|included|employed|"
    r"fitted|fit|implemented|pursued|adopted|evaluated|tested)|"
    r"excluded|discarded|dropped|rejected|set\s+aside|abandoned)\b)|"
    # (or was given up: "The Terry Collection reference was retired because of documented secular change")
    r"(?:was|were)\s+(?:therefore\s+|later\s+)?(?:retired|discontinued|abandoned)\b|"
    # (or lies outside what the paper does: "resources such as the MOSAIC corpus ... lie outside the scope")
    r"(?:lie|lies|fall|falls)\s+(?:outside|beyond)\s+(?:the\s+)?scope\b|"
    r"(?:could|can)\s*not\s+be\s+(?:used|run|applied|adapted|included|employed|obtained|accessed|evaluated|"
    r"assessed|tested|computed|calculated|examined|studied|analy[sz]ed|"
    # (or cannot be taken to hold for the paper's case: "models ... developed in non-cooled neonates, and
    # dosing tools built on them, such as NeoDoseR, therefore cannot be assumed to be valid during cooling")
    r"assumed\s+to\s+(?:be\s+)?(?:valid|applicable|appropriate|hold|apply|transfer))\b|"
    # (or stand in for what was used: "life tables from the Human Mortality Database, which record no kin
    # ties, cannot substitute for the register"; "The PRD-150 survey could not serve as the reference")
    r"(?:could|can)\s*not\s+(?:substitute|stand\s+in)\s+for\b|(?:could|can)\s*not\s+serve\s+as\b|"
    # (or lacks what the paper needs: "composition data are scarce: USDA FoodData Central contains no
    # entries for Minas artisanal cheese, so ...", "the Bine database (Varga et al., 2012) did not include any
    # of the New Zealand cultivars examined")
    r"(?:" + _LACKS_VERB + r")\s+" + _NO_RECORDS
    # (or what the paper studies: "The Fountain database ..., which ends in 1700 ..., does not capture these
    # foundations")
    + r"|(?:does|did)\s+not\s+(?:include|contain|cover|list|hold|capture|record)\s+"
    r"(?:any|these|those|this|such|them|our)\b)"
)
# and a use it says it did not make of the name taken up again by a pronoun later in the sentence: "We
# considered Tessellon for meshing but did not use it", "Although Tessellon would refine the grids, we did
# not apply it here", "Tessellon was tried in pilot runs, but it was not available", "We had intended to
# replicate the associations in the Ravenna Memory Cohort, but this was not possible", "systems such as ARISE
# flag increases ... but do not correct for delays, so they were not used" (see _unused_by_pronoun)
_NOT_USED_IT = re.compile(
    # (past a relative clause or another subject's, the name "it" takes up unless another comes between:
    # "We considered using the more recent Sprout cohort, which has richer measures of the home, but ... its
    # linkage to school records had not been released, so it was not used")
    # (or past a semicolon to what the paper therefore did not do: "Published references, such as the BIRCH
    # charts, were derived exclusively from populations near sea level; we therefore did not apply them")
    # (a decimal's dot ends nothing, nor a citation's: "(odds ratio 1.9 for contacts ...), although we had no
    # access to those data", "Harmattan (Owusu et al., 2020), ..., although we do not re-evaluate it here")
    r"(?:(?!\b(?:whereas|while)\b)[^.;:]|\.(?=\d)|(?<=\bal)\.|"
    # (or to its saying so: "The widely used Jinan dataset ... covers only twelve intersections and one hour;
    # we did not use it, as our study concerns network-wide flows")
    r";\s+(?=we\s+(?:therefore|thus|hence|consequently|only|merely|simply|cite|quote|did\s+not|do\s+not)\s)"
    r"){0,200}?"
    r"\b(?:(?:"
    # (or says it only cites what others found with it: "Lin et al. (2014) assigned just over a third of the
    # qingbai sherds ... to Fujian kilns using the KilnPrint database; we cite this figure, but no ceramics
    # were reanalysed")
    r"we\s+(?:only\s+|merely\s+|simply\s+)?(?:cite|quote)|"
    # (or two verbs: "although we did not evaluate or run any of these tools")
    r"(?:did|do|does|could|can|would)\s*(?:not|n't)\s+(?:[a-z]+\s+(?:or|and)\s+)?"
    # ("although we did not consult those data")
    r"(?:use|run|apply|evaluate|test|employ|adopt|include|pursue|retain|analy[sz]e|examine|consult|access|"
    # (nor run again, nor had it at hand: "although we do not re-evaluate it here", "although we had no
    # access to those data", "which we describe from their published accounts without re-running them")
    r"re-?run|re-?evaluate|re-?implement|reproduce|have\s+access\s+to|draw\s+on|rely\s+on)|"
    # ("have not" too: "The DecaLink method [9] could in principle trace ..., and we have not applied it")
    r"(?:have|has|had)\s*(?:not|n't)\s+(?:yet\s+)?(?:used|applied|run|evaluated|tested|employed|adopted|"
    r"included)|"
    r"(?:had|have|has)\s+no\s+access\s+to|without\s+(?:re-?running|re-?evaluating|re-?implementing|"
    r"reproducing|running|applying|using))\s+"
    # (or by a demonstrative and its noun: "but we did not apply that protocol because ..."; or evaluate on
    # it: "although we do not evaluate on that benchmark")
    # ("its data": "None of the inscriptions is included in the Jingtang Epigraphic Register, and we did not
    # use its data")
    r"(?:(?:on|with|against)\s+)?(?P<it>it|them|(?:any|all)\s+of\s+(?:them|these|those)(?:\s+[a-z]+)?|"
    r"its\s+(?:data|records|images|texts|recordings|samples)|"
    r"th(?:at|is|ose|ese)\s+(?!(?:is|was|are|were|would|could)\b)[a-z]+|"
    # (or "the" and its noun, the name's own (_unused_by_pronoun): "Although several of these maps are also
    # catalogued in the Jinling Gazetteer Map Corpus, we did not use the corpus images or metadata")
    r"the\s+(?P<noun>[a-z]+))\b|"
    # (past a first predicate of that subject: "but it lacks a measure of discrimination and was therefore not
    # used")
    r"(?:but|so)\s+(?P<subject>it|they|this|that)\s+(?:[^.;:]{0,100}?\band\s+)?(?:was|were|is|are)\s+"
    r"(?:therefore\s+|thus\s+|hence\s+)?(?:not\s+"
    r"(?:publicly\s+)?"
    r"(?:used|run|applied|included|available|suitable|applicable|possible|feasible|consulted)|unavailable)\b)"
)
# a use the paper made before the name in that sentence, which the negation then narrows: "We used
# Tessellon for the coarse grid but did not use it near the shore"
_WITHOUT_DOING = re.compile(
    r"\bwithout\s+(?:re-?running|re-?evaluating|re-?implementing|reproducing|running|applying|using)\b"
)
_USED_BEFORE = re.compile(
    r"\b(?:we|our)\s+(?:\w+\s+)?(?:use[sd]?|appl(?:y|ied)|employ(?:ed)?|adopt(?:ed)?|ran|run)\b", re.I
)
# A clause opening with a contrast sets the paper apart from what it names there, however far on: "Unlike
# studies based on the UK Biobank, which recruited only adults, our registry-based design ...".
# A sentence opening with "Whereas" does too ("Whereas multicomponent bundles such as HALO act on
# patient-level risks, our findings point to ..."); a "whereas" inside one may set two results of the paper
# side by side.
_CONTRAST_LEAD = re.compile(
    # (a clause's "whereas" too: "These varieties are also poorly documented: whereas the MHSC provides a
    # spoken corpus for Meixian, no comparable recordings exist for ...")
    r"\s*(?:[Uu]nlike|[Ii]n contrast (?:to|with)|[Cc]ontrary to|[Aa]s opposed to|[Ww]hereas|Rather than|"
    r"Instead of)\b"
)
# What an earlier release of data lacked: "The original DRIFT database (Arkwright et al., 2008) excluded
# carbonate soils"
_LACKED_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2}(?:\s*\([^()]{1,80}\))?\s+(?:excluded|lacked|omitted|did\s+not\s+(?:include|cover))\b"
)
# a case's name, as courts write it: "Brindle v. Harcourt"
_CASE_AFTER = re.compile(r"\s+v\.?\s+[A-Z][a-z]")
# What the paper leaves to later work, in the clause naming it: "future work could use Forgecraft",
# "Extending the approach to ... the berth allocation instances in BerthLib, is left for future work",
# "a combination with CAPE for drifting data is a possible direction for future work", "we leave the
# extension to ... for future work", "remains future work" (not "we release X for future research": what
# the paper gives)
_FUTURE_WORK = re.compile(
    r"\b(?:left\s+(?:for|to)\s+(?:the\s+)?future|"
    r"in\s+future\s+(?:[a-z]+\s+)?(?:work|research|studies|modell?ing)|"
    # (or what the paper hopes to do later: "in future we hope to adapt pipelines such as TibenParse")
    r"in\s+(?:the\s+)?future,?\s+we\s+(?:hope|plan|intend|aim)\s+to|"
    # (or what it says is yet to be done: "Confirmation of these results ..., for example on the ORBIT-12
    # simulator (Haigh et al., 2009), is required before clinical inferences can be drawn")
    r"(?:confirmation|validation|replication|testing|evaluation)\b(?:[^.;]|\bal\.){0,160}\b(?:is|are)\s+"
    r"(?:still\s+)?"
    r"(?:required|needed|warranted)\b|"
    # (or, in the passive, what should still be done: "these trends should be confirmed in incident cohorts
    # with imaging, such as CALYX")
    r"\b(?:should|must|needs?\s+to|remains?\s+to)\s+be\s+(?:further\s+)?(?:confirmed|validated|replicated|"
    r"tested|verified|examined|evaluated|assessed|investigated|explored)\b|"
    # (or what it says lies past its study: "..., which was beyond the scope of this study")
    r"(?:beyond|outside)\s+the\s+scope\s+of\s+(?:this|the\s+present|our)\s+(?:study|work|paper|article)|"
    # (or of a kind: "future prospective work will test whether ...", "future analyses could exploit the full
    # irregular record with continuous-time formulations such as VeldHMM 2.0")
    r"(?:future|further)\s+(?:[a-z]+\s+)?(?:work|research|studies|study|analyses|analysis)\s+"
    r"(?:could|should|will|may|might|can|would)\b|"
    r"(?:directions?|avenues?|topics?|questions?|opportunit(?:y|ies)|possibilit(?:y|ies))\s+for\s+"
    r"(?:future|further)\s+(?:work|research|studies|study)|leaves?\s+(?:[^.;]{0,80}?\s)?(?:for|to)\s+"
    r"(?:the\s+)?future|(?:remains?|is|are)\s+future\s+work|"
    # ("Two extensions remain for future work: ...")
    r"remains?\s+(?:for|as)\s+(?:future|further)\s+(?:work|research|study)|"
    # (or what the paper is yet to do: "Coupling these data with a transmission model, such as Marsh, is
    # planned once more seasons are available"; what it plans: "We discuss limitations and outline plans to
    # pair the encoder with etch simulators such as Mosaic-3D", "we plan to test it against ...")
    # (its writers "the authors", as economics and management write: "the authors plan to validate the
    # consumption responses using the 14-day diary module of LORA once later waves are released")
    # ("we intend to repeat the analysis with a formal toolkit such as TARN once longer daily records ...")
    r"(?:is|are)\s+planned\b|"
    # (or weighed for later: "is being considered for a later sub-study but is not part of the present
    # protocol")
    r"(?:is|are)\s+being\s+considered\s+for\s+(?:an?\s+|the\s+)?(?:later|future|subsequent|further)\b|"
    r"\b(?:we|the\s+authors)\s+(?:also\s+|further\s+|now\s+)?(?:plan|intend|hope)\s+to\b|"
    # (or a task it sets for later: "validating these findings against measures such as the CLEX-9 scale is an
    # important task for future survey waves")
    # (or a goal: "evaluating whether DawnNet v2 improves warbler identification is a goal for future work")
    r"(?:is|are|remains?)\s+(?:an?\s+)?(?:(?:important|key|necessary|natural|urgent|open)\s+)?"
    r"(?:task|step|direction|priority|goal|aim|question)\s+for\s+(?:future|further|later|subsequent)\b|"
    # (or the next step: "adapting them is an obvious next step, as is testing ... against benchmarks such as
    # MetalDock-412")
    r"(?:is|are|remains?|would\s+be)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:obvious|natural|logical|important|necessary)\s+)?next\s+steps?\b|"
    # (or the next step first: "a natural next step is to examine DIF with methods ..., such as HaloDIF")
    r"\bnext\s+steps?\s+(?:is|are|would\s+be|will\s+be)\s+to\b|"
    r"\b(?:outlin|describ|discuss|sketch)\w*\s+(?:our\s+|future\s+)?plans\s+(?:to|for)\b)",
    re.IGNORECASE,
)
# a clause of its own between the name and the cue: "We evaluate on X, and future work will ..." (not a
# second subject of the cue: "coupling the compiler to a decoder such as Hydra, and supporting qLDPC
# blocks, is left to future work")
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and(?!\s+[a-z]+ing\b[^,;.]*,)|but|while|whereas|so)\b")
# An example of a kind of thing that "would" or "could" do something is a possibility, not a thing
# used: "Vignette-based instruments such as EPIX would allow the attitudes ... to be probed directly"
# (or "such as those in" one: "Speeches such as those in StumpCorp were excluded because ...")
# (a later name of the list too: "assessments such as PISA and TIMSS capture it with a handful of items";
# or those a resource holds: "Hydrogen data, such as those compiled in HyPipe, were excluded"; "for
# example" and "e.g." as "such as": "Recent treebanks, for example Yachay-UD for Quechua, have shown")
# The words that lead examples of a kind ("among them" too: "end-to-end architectures ..., among them
# AlphaFold2, RoseTTAFold and TESSERA-2,"; and "as in": "Client-side studies reverse-engineer applications to
# recover keyword lists, as in CAKC"), read by _SUCH_AS_BEFORE and a survey's _EXAMPLE_LEAD_BEFORE
_EXAMPLE_LEADS = (
    r"such\s+as|for\s+example,?|for\s+instance,?|e\.g\.,?|exemplified\s+by|among\s+them,?|as\s+in|"
    # ("3D documentation of the kind represented by StoneMap-3D")
    r"of\s+the\s+(?:kind|sort|type)\s+(?:represented|typified|offered|provided)\s+by"
)
_SUCH_AS_BEFORE = re.compile(
    # (or "like" after the kind's plural: "segment-based toolboxes like Lantern have been described")
    rf"(?:\b(?:{_EXAMPLE_LEADS})|"
    r"(?<=[a-z]s)\s+like)\s+"
    # (a people's or place's word before the name: "such as the British Field Margin Pollinator Survey")
    # (or things of it: "such as those now being digitised in the Riverline project", "such as those based on
    # the CONNER database")
    r"(?:those\s+(?:(?:[a-z]+\s+){0,3}?(?:in|of|from|by|with|using|on)\s+)?)?"
    # (or where it was found: "has been linked to behavioural outcomes, for example in the Meadow Birth
    # Cohort")
    # (or a compound saying how it is made: "such as the PCR-based EndoRhythm-48 panel")
    # (or a place's possessive: "panels such as Stockholm's TAPS")
    # (or what it would be done with: "for example with the Moxian pipeline, would document")
    r"(?:(?:in|from|among|with|using)\s+)?(?:the\s+)?(?:[A-Z][a-z]+(?:'s|\u2019s)?\s+)?"
    r"(?:[\w]+-(?:based|derived|driven)\s+)?"
    + _EARLIER_IN_LIST[:-1]
    # (a later item's place too: "national systems such as Brazil's SINAN or India's NLEP reports"; or how
    # new it is: "such as the Pregnancy-Related Anxiety Questionnaire and the recently developed Nesting
    # Worry Inventory")
    + r"(?<=\s)(?:[A-Z][a-z]+(?:'s|\u2019s)\s+)?"
    r"(?:(?:recently|newly)\s+(?:developed|proposed|introduced|published|released|validated)\s+)?$"
)
# (or set off by commas after "including" or "notably": "Patient-focused measures, including the BBI-12,
# assess ...", "Existing curated compilations, notably HydrideBank, are restricted to ...", an example of the
# subject's kind, :func:`_subject_example`)
# ("Canonical text databases, above all CBETA, underpin the identification of quoted scripture")
_EXAMPLE_WORDS = ("including", "notably", "especially", "particularly", "in particular", "above all")
# (or those of them that use it: "Most such studies, including those using TraitWeaver, condition on ...")
_INCLUDING_BEFORE = re.compile(
    rf",\s+(?:{'|'.join(_EXAMPLE_WORDS)})\s+(?:those\s+(?:using|based\s+on|built\s+on|with)\s+)?(?:the\s+)?"
    + _EARLIER_IN_LIST
)
# A name right after a colon that closes what a kind of thing lacks or fails to do: "Apps evaluated in
# perinatal trials were largely unavailable to respondents: CalmNest, for example, has so far been tested
# only in Spanish", "Existing annotated resources represent it poorly: CHARTA-Oc, the largest lemmatised
# corpus ..., excludes the Gascon area" (:func:`_wanting_example`)
_AFTER_COLON = re.compile(r":\s+(?:the\s+)?$")
_WANTING = re.compile(
    r"\b(?:unavailable|poorly|scarce|lack|lacks|lacking|limited|rarely|seldom|inadequate|insufficient|few|"
    r"no)\b"
)
# Names given as examples of a kind after them, the kind the paper's subject: "Large crowdsourced
# collections, SLATE and Beacon being prominent examples, have transformed sign language research",
# "static calculators (MICROTAB being a familiar example)", "classifiers, of which DefectLens is an early
# and widely cited example, ...", what it was of said first: "trials of standardised granule preparations,
# of which JADE-T2D in type 2 diabetes was an early example"
# (each example of up to four words: "of which the Jiangnan Garden Records Database and the China Biographical
# Database are the most widely cited examples")
# (or with its noun: "of which the USP-IPD database is one example", "(the Outrigger dataset being an example
# of the latter)")
_BEING_EXAMPLES = re.compile(
    r"(?:\s+(?:database|dataset|corpus|cohort|survey|model|tool|scale|trial|collection|archive))?"
    r"(?:(?:,\s*|\s+(?:and|or)\s+)[^\s,;.()]+(?:\s+[^\s,;.()]+){0,3}){0,3}"
    r"(?:\s+(?:in|of|for|on)(?:\s+[^\s,;.()]+){1,3}?)?,?\s+(?:being|is|are|was|were)\s+(?:an?\s+|one\s+)?"
    r"(?:[a-z\-]+\s+){0,4}examples?\b"
)
# An example of a kind of thing the paper says it had none of: "no signal quality gating such as QualiBeat
# was applied"
_NONE_SUCH_AS = re.compile(r"\b[Nn]o\s+(?:[\w\-]+\s+){0,4}such\s+as\s+(?:the\s+)?" + _EARLIER_IN_LIST)
# (past a phrase set off by commas: "defect datasets such as DECKSCAN, developed for bridge decks, could in
# future help"), or "should" (a recommendation: "advisories such as OptiSow, developed for teff in Ethiopia,
# should be tested for sorghum"), or "cannot" do: "Ground-state potentials such as AQUILA cannot describe the
# conical intersections involved"; or past what the example is put on ("Combining it with a controller such
# as FlexAssist on a two-DOF hip exoskeleton would allow ...")
# (or of what a study would need, which the paper had not: "separating these margins would require
# individual-level panels such as Stockholm's TAPS, which do not exist for US agencies")
_WOULD_NEED_BEFORE = re.compile(r"\b(?:would|will)\s+(?:require|need)\b[^.;]{0,100}$")
_WOULD_AFTER = re.compile(
    # (past the version named: "dedicated ductus software such as DuctusLab 2.0 could add a further dating
    # criterion")
    # (or past the comma closing the example's phrase: "Automated linkage across rounds, of the kind made
    # possible by methods such as DecaLink, would be valuable should Fujian register fragments come to light")
    r"(?:\s+v?\d+(?:\.\d+)*\b)?(?:\s*,[^,.;:()]{1,60},|\s*,|\s+(?:on|in|for|with|at)\s+[^,.;:()]{1,50}?)?"
    r"\s+(?:(?:would|could|might|should)\s+(?!not\b|have\b)|cannot\b|can\s+not\b)"
)
# or an example the paper says it did something else instead of, later in its sentence: "Prior work has
# summarised social capital with measures such as the Brokerage Density Index, but the census provides no
# network information, and we rely instead on household measures"
_INSTEAD_AFTER = re.compile(r"[^.;]{0,160}?(?:\bwe\b[^.;,]{0,30}?\binstead\b|\binstead,?\s+we\b)")
# or what the literature reports of an example: "Compared with probabilistic genotyping tools such as KinTrace
# reported in the literature for STR mixtures, SNP-based inference is ..."
_REPORTED_AFTER = re.compile(
    # (past its citation: "Compared with methods such as Ledger (Kamau et al., 2013) in the literature")
    r"(?:\s*\([^()]{1,80}\))?"
    r"(?:(?:,\s*|\s+(?:and|or)\s+)[^\s,;.()]+){0,3},?\s+(?:(?:as\s+)?(?:reported|described|published)\s+"
    r"(?:in|by)\s+(?:the\s+)?(?:literature|previous|prior|earlier|other|published|past)|"
    r"in\s+the\s+literature)\b"
)
# or an example the paper says it did not try, later in its sentence: "Berth allocation heuristics in the
# literature, such as ANCHOR, optimise container terminal schedules but ... and were not evaluated here"
_NOT_HERE_AFTER = re.compile(
    r"[^.;]{0,200}?\b(?:was|were|is|are)\s+not\s+(?:evaluated|used|considered|compared|tested|run|applied)\s+"
    r"(?:here|in\s+this\s+(?:study|work|paper|article))\b"
)
# or an example of a kind of thing the sentence says does not fit the paper's case: "because empirical priors
# derived from intervention networks, such as those based on the CONNER database, are not transferable to
# accuracy data"
_UNFIT_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:is|are|was|were)\s+not\s+(?:directly\s+)?(?:transferable|applicable|suitable|"
    r"appropriate|comparable|generali[sz]able)\b"
)
# or what the examples of a kind, set off by commas, do not do, in the present: "which diplomatic
# transcriptions, including the Shazhou Edition, do not record in sufficient detail" (not what they did in
# the paper's runs: "baselines, including X, did not converge")
_KIND_LACKS_AFTER = re.compile(
    r"(?:\s+v?\d[\w.]*)?,\s+(?:(?:do|does)\s+not|cannot|can\s+not|lacks?|omits?)\b"
)
# or one that needs what the paper has not: "farm-level methods such as TurbiGraph, which require SCADA data
# and farm layout information that are not available for test-rig gearboxes"
# (or with no "which", the examples the subject: "fully automated web programmes such as NightStep depend on
# reliable broadband, which was unavailable to 38% of households in our catchment")
_NEEDS_WHAT_LACKS_AFTER = re.compile(
    r"(?:\s*\([^()]{1,80}\))?,?\s+(?:which\s+)?(?:require|requires|need|needs|rely\s+on|relies\s+on|"
    r"depend\s+on|"
    r"depends\s+on|assume|assumes)\b[^.;]{0,120}?\b(?:not\s+available|unavailable|lacking|absent|missing)\b"
)
# or what an example of a kind of thing has done, which says what the literature holds (background, not
# the paper's use): "Early-warning scores such as SWIFT and NEWS2 have been developed to detect sepsis, but
# none targets AKI", "interventions such as SIMPLIFY have improved adherence" (a paper using it says so in
# a sentence of its own)
_HAVE_DONE_AFTER = re.compile(
    # (past where it was: "Trials in neighbouring countries, such as the KRAIT trial in India and Bangladesh,
    # have reported less death")
    r"(?:\s+(?:trial|study|cohort|survey|project|programme|program))?"
    r"(?:\s+(?:for|of|in|on)\s+[^\s,;.()]+(?:\s+[^\s,;.()]+){0,2},)?"
    r"(?:(?:,\s*|\s+(?:and|or)\s+)(?:the\s+)?[^\s,;.()]+(?:\s+[^\s,;.()]+)?){0,3}"
    # (the comma closing the examples too: "Stepped-wedge trials, such as PELICAN, have reported that"; an
    # irregular verb's participle too: "census projects such as Catena have made the chained collections ...
    # well documented")
    r",?\s+(?:have|has)\s+(?:been\s+)?(?:[a-z]+(?:ed|en|wn)|made|done|led|built|brought|found|held|kept|set|"
    r"put|become|begun|had)\b"
)
# or what an example of a kind of thing is or does, in the present: "continuum descriptions such as MOIRA
# are designed for moire superlattices", "Matching-based decoders such as PyMatching are accurate but hard
# to parallelise", "indices such as GRI do not replace", "correlations such as W-3 remain the basis of"
# (a sentence of the literature, its list the subject; see _example_described)
_EXAMPLE_IS_AFTER = re.compile(
    # (past the bracket of an example given in one: "batteries, comprehensive (the WAB) or brief (for
    # example BAND), score naming accuracy"; or past its citation: "winter-oriented datasets such as NordDrive
    # [7] focus on precipitation and polar darkness but include no tunnel scenes")
    r"(?:\s*(?:\[[\d,;\s\u2013-]{1,20}\]|\([^()]{1,60}(?:19|20)\d\d[a-z]?\)))?"
    # (or past a clause of its own: "existing digital corpora of the era, such as TMFC, which covers
    # general-interest and literary magazines, exclude them by design")
    r"(?:,\s*which\b[^,.;()]{1,80},)?"
    r"\)?(?:(?:,\s*|\s+(?:and|or)\s+)(?!(?:where|whose|which|that|who)\b)(?:the\s+)?[^\s,;.()]+"
    r"(?:\s+[^\s,;.()]+)?){0,3}\)?,?\s+(?:are|is|remain|remains|do|does|score|"
    # or what they hold, need or lack, in the present: "Because existing benchmarks such as Gauntlet contain
    # only single-arm queries, we construct ...", "panels such as the CNMWP record statutory minima but ..."
    # (plural verbs that are no nouns' plurals: "record", not "records")
    r"contains?|provides?|offers?|lacks?|covers?|requires?|assumes?|focus(?:es)?|rel(?:y|ies)|targets?|"
    r"supports?|ignores?|suffers?|fails?|captures?|treats?|record|measure|report|track|include|"
    r"excludes?|omits?)\b"
)
# the paper's own work, in the clause that says what the examples are: "Benchmarks such as COCO are used to
# evaluate our detector"
# (in any case but "us", which in capitals is the United States: "in US adults")
_OWN_WORK = re.compile(r"\b(?:(?i:we|our|here|the\s+proposed|this\s+(?:study|work|paper|article))|us)\b")
_CLAUSE_END = re.compile(r"[,;:.]\s|$")
# or of a kind of thing left out: "Graph-based pipelines such as GraphTrellis were excluded because ...";
# said of the name itself, not only of examples ("UK Biobank participants with missing data were excluded":
# some of the data used)
_EXCLUDED_AFTER = re.compile(
    r"(?:(?!\b(?:which|that|who|whereas|while|but|although|because)\b)[^.;:]){0,40}?"
    r"\b(?:was|were)\s+(?:therefore\s+|also\s+|[a-z]+ly\s+)?(?:excluded|omitted|discarded|left\s+out)\b"
)
# or a thing the paper left out, by its name: "We deliberately excluded the first Kestrel release, because its
# engines predate ..." (not some of its members: "we excluded UK Biobank participants with missing data")
_EXCLUDED_BEFORE = re.compile(
    r"\b(?:excluded|omitted|discarded|dropped|set\s+aside)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$"
)
# or excluded whole after it, what it is called and another thing excluded with it: "the M4 competition data
# and the Monash forecasting archive were deliberately excluded" (not some of its members: "UK Biobank
# participants with missing data were excluded")
_EXCLUDED_WHOLE_AFTER = re.compile(
    r"(?:[\s\-]+(?!(?:with|without|who|whose|that|which|in|of|from|for|having|lacking|on|at)\b)"
    r"[a-z][\w\-]*){0,3}(?:\s+and\s+(?:the\s+)?(?:[\w\-]+\s+){1,4}?)?\s*(?:was|were)\s+"
    r"(?:deliberately\s+|therefore\s+|also\s+)?(?:excluded|omitted)\b"
)
# (the name opening the subject, not in a phrase of it: "ICU stays from the MIMIC-IV database were excluded")
_SUBJECT_OPENS_BEFORE = re.compile(r"(?:^|[.;:,]\s*|(?<!\bfrom\s)(?<!\bof\s)(?<!\bin\s)\b[Tt]he\s+)$")
_EXCLUDED_WHOLE = re.compile(
    r"(?:\s+(?:releases?|versions?|data|datasets?|corpus|corpora|database|archive|collection|sample|cohort|"
    r"survey|panel|model|tool|method|package))?\s*(?:[,;.]|$|\s+(?:because|since|as|owing|due)\b)"
)


# or a kind of thing the sentence opens with, its examples named, said in the present of the literature:
# "Memory-augmented agents such as Palimpsest address long trajectories ...; we focus instead on",
# "Recent predictive controllers for agile flight, e.g. PACER, assume that ...", "Equilibrium shoreline
# models such as SANDPIPER, developed for sandy beaches, are not designed to ...", whatever the verb (see
# _subject_example). Not where the sentence opens with the paper's work or with what it does ("Using
# benchmarks such as GLUE, we"; "We compare with baselines such as"), nor in a concession, which sets up
# the gap the paper fills ("However, although algorithms such as LARS and LAMB succeed in classification,
# dense prediction still suffers": a paper on large-batch optimisers for detection, that builds on them)
_SUBJECT_OPENS = re.compile(
    r"(?!(?:We|Our|Using|In|On|For|With|By|From|To|After|Following|Unlike|Like|Compared|Beyond|Besides|"
    r"Among|Of|At|As|When|While|Although|Though|Because|Since|Here|If|Where|Whereas)\b)[A-Z][\w\-]*"
    r"(?:,?\s+(?!(?:we|our|us|here|uses?|used|using|compar\w*|evaluat\w*|than|against|outperform\w*|with|"
    r"via|by|is|are|was|were|includ\w*|this|these|although|though|while|whereas|despite)\b)[\w\-]+){0,8},?\s*"
)
_LATER_RELATIVE = re.compile(r",\s+(?:which|who|where)\b")
# a clause in the past, what was done (by the paper: "Datasets such as GLUE were used for evaluation")
_PAST = re.compile(r"\b(?:was|were|had)\b")
# (but how they were made, which says what they are)
_PAST_MAKING = re.compile(
    r"\b(?:was|were)\s+(?:originally\s+|first\s+|all\s+|mostly\s+)?"
    r"(?:derived|developed|designed|validated|built|calibrated|constructed|normed)\b"
)


class _UnusedCues(NamedTuple):
    """Which words the patterns of a name not used need a paper holds anywhere (in any case): a paper
    holding none of them is not searched again at each of its names."""

    # "not", "n't" or "never": _NOT_RUN_BEFORE, _NOT_USED_AFTER (and its "unsuitable", "ill-suited",
    # "outside the scope", "but finally excluded")
    negated: bool
    # what the paper had meant to do: _INTENDED
    intended: bool
    # a contrast's words: _CONTRAST_LEAD
    contrasted: bool
    # _WITHOUT_USING
    without: bool
    # _RATHER_THAN_SUCH, _RATHER_THAN_NAME
    rather: bool
    # _FUTURE_WORK
    future: bool
    # _ORIGINALLY_FROM
    originally: bool
    # _REPLACED
    replaced: bool
    # _SUCH_AS_BEFORE
    such_as: bool
    # _INCLUDING_BEFORE
    including: bool
    # _BEING_EXAMPLES
    examples: bool
    # _CONCEDED_BEFORE
    conceded: bool
    # _NO_VERSION_BEFORE
    no_version: bool
    # _MADE_ONLY_FOR_AFTER
    made_only: bool
    # _REASON_OPENS_BEFORE
    reason_opens: bool
    # "reported", "observed", "found" or "described" after a figure: _FIGURE_REPORTED_IN_BEFORE
    figure_reported: bool
    # other authors named: _OTHERS_REPORTED_BEFORE, _BY_OTHERS_REPORTED_AFTER, _SHOWS_CITED_AFTER
    others: bool
    # "have" or "has" and a verb of finding: _OTHERS_HAVE_FOUND_BEFORE
    others_found: bool
    # a noun of a study and a verb of finding: _A_STUDY_FOUND
    a_study_found: bool

    @classmethod
    def of(cls, text: str) -> _UnusedCues:
        lower = text.lower()
        return cls(
            "not" in lower
            or "unable" in lower
            or "no access" in lower
            # (not every "without": "without re-running them", _NOT_USED_IT; a search of every name's
            # patterns in each paper writing "without" cost 8% of a build's inference)
            or ("without" in lower and _WITHOUT_DOING.search(lower) is not None)
            or "n't" in lower
            or "never" in lower
            or "suit" in lower
            or "unavailable" in lower
            # ("we cite this figure": _NOT_USED_IT)
            or "we cite" in lower
            or "we quote" in lower
            or "we only" in lower
            or "we merely" in lower
            or "we simply" in lower
            or "scope" in lower
            or "exclu" in lower
            or "discard" in lower
            or "dropped" in lower
            or "rejected" in lower
            or "set aside" in lower
            or "abandon" in lower
            or "retired" in lower
            or "discontinued" in lower
            or "critici" in lower
            or _NOR.search(lower) is not None
            or _LACKING.search(lower) is not None,
            any(verb in lower for verb in _INTENTION_WORDS),
            "unlike" in lower
            or "contrast to" in lower
            or "contrast with" in lower
            or "Rather than" in text
            or "Instead of" in text
            or "contrary to" in lower
            or "opposed to" in lower
            or "hereas" in text,
            "without" in lower,
            "rather than" in lower or "instead of" in lower,
            "future" in lower or " planned" in lower or " plan" in lower or " scope" in lower
            or " intend" in lower or " hope" in lower
            or " required" in lower or " needed" in lower or " warranted" in lower or "for further" in lower
            or "for later" in lower or "for subsequent" in lower or "next step" in lower
            or "should be" in lower or "must be" in lower or "eed to be " in lower or "eeds to be " in lower
            or "emain to be " in lower or "emains to be " in lower or "being considered" in lower,
            "originally" in lower,
            "replac" in lower or "alternative" in lower or "substitute" in lower or "in place of" in lower,
            "such as" in lower or "for example" in lower or "for instance" in lower or "e.g." in lower
            or "s like " in lower or "exemplified by" in lower or "among them" in lower or "as in " in lower,
            any(f", {word}" in lower for word in _EXAMPLE_WORDS),
            "example" in lower,
            "though" in lower,
            "no " in lower and " of " in lower,
            (", so " in lower or "because" in lower)
            and ("only" in lower or "exclusively" in lower or " not " in lower),
            "Because " in text or "Since " in text,
            any(verb in lower for verb in _REPORTING_VERBS),
            "et al" in text
            or "colleagues" in text
            or "co-workers" in text
            or "coworkers" in text
            # (or named, their year after them: "Li, Pierce and Guo (2011)")
            or (" and " in text and ("(19" in text or "(20" in text)),
            ("have " in lower or "has " in lower) and any(verb in lower for verb in _FOUND_VERB_WORDS),
            any(noun in lower for noun in _STUDY_NOUNS) and any(verb in lower for verb in _STUDY_FOUND_VERBS),
        )


def _not_used_it_cited(text: str, end: int) -> bool:
    """Return True if the sentence goes on from a citation ending at ``end`` to say the paper did not use
    what it cites (:data:`_NOT_USED_IT`), taken up by a pronoun, not by "the" and a noun."""
    negated = _NOT_USED_IT.match(text, end)
    return negated is not None and negated.group("noun") is None


# A study named by a thing, whose finding a relative clause gives: "the Quillon Library study, which reported"
# (the kinds of study, and what they found, as a relative clause gives it)
_STUDY_KINDS = r"(?:study|trial|analysis|evaluation|report|audit|survey|review|cohort|project)"
_WHICH_FOUND = r",?\s+which\s+(?:had\s+)?(?:reported|found|showed|observed|estimated|documented|concluded)\b"
_STUDY_WHICH_FOUND_AFTER = re.compile(r"(?:\s+[a-z][\w\-]*){0,2}?\s+" + _STUDY_KINDS + _WHICH_FOUND)
# what the paper's own finding agrees or disagrees with, before a thing's name in its clause
_AGREES_WITH = (
    r"\b(?:consistent|inconsistent|in\s+line|in\s+agreement|in\s+keeping|agrees?|agreed|similar|comparable|"
    r"contrasts?)\s+(?:with|to)\s+"
)
_AGREES_WITH_BEFORE = re.compile(_AGREES_WITH + r"(?:(?:those|that)\s+of\s+)?(?:the\s+)?(?:[\w\-]+\s+){0,3}$")


_SUGGESTED_BY_CITED = re.compile(
    r"\bas\s+(?:suggested|shown|reported|found|proposed|argued|noted|observed)\s+(?:by|in)\s+"
    r"(?:our|an?|the|their|earlier|previous|prior)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:study|studies|work|analysis|analyses|paper|survey|report)\s*\(?$"
)
# Studies counted in the plural and what they found, up to a citation
_STUDIES_FOUND_CITED = re.compile(
    r"\b(?:studies|trials|surveys|analyses|audits|evaluations)\s+(?:[^.;()]{0,80}?\s)?"
    r"(?:reported|found|showed|estimated|observed|documented|indicated|suggested|revealed)\b"
    r"(?:[^.;()]|\.(?=\d)){0,200}?\(?\s*$"
)


_PLURAL_STUDIES = ("studies", "trials", "surveys", "analyses", "audits", "evaluations")


def _studies_found_cited(doc: PaperText, at: int) -> bool:
    """Return True if the citation at ``at`` closes a clause telling what studies, in the plural, reported
    (:data:`_STUDIES_FOUND_CITED`), nothing of the paper's own work from them on.

    >>> doc = record_text("p", "", "Earlier studies in Kenya reported 41% (Otieno et al., 2018); we did not.")
    >>> _studies_found_cited(doc, doc.text.index("Otieno"))
    True
    >>> doc = record_text("p", "", "Our studies in Kenya showed 41% (Otieno et al., 2018).")
    >>> _studies_found_cited(doc, doc.text.index("Otieno"))
    False
    """
    window = doc.text[max(0, at - 300) : at]
    if not any(word in window for word in _PLURAL_STUDIES):
        return False
    found = _STUDIES_FOUND_CITED.search(doc.text, max(0, at - 300), at)
    if found is None:
        return False
    # (the words before the plural too: "Our studies showed", "the present analyses found")
    lead = doc.text[max(0, found.start() - 20) : found.start()]
    return not _OWN_WORK.search(doc.text, found.start(), at) and not _OWN_WORK.search(lead)


# A figure reported for a place, a group or a time, up to a citation
_FIGURE_REPORTED_CITED = re.compile(
    r"(?:\b\d[\d,]*(?:\.\d+)?\s*(?:%|per\s*cent\b|percent\b)|\b\d+\.\d+|\b\d+\s+per\s+[\d,]+)"
    r"(?:[^.;()]|\.(?=\d)){0,120}?\b(?:reported|estimated|observed|measured)\s+(?:for|in|among|at)\s+"
    r"[^.;()]{1,80}?\(\s*$"
)


def _figure_reported_cited(text: str, at: int) -> bool:
    """Return True if the citation at ``at`` is the source of a figure reported for a place or a group
    (:data:`_FIGURE_REPORTED_CITED`), the paper's own work not said between them.

    >>> text = "We used the value of 0.8 contacts per day reported for Wisconsin (Berg et al., 2018)."
    >>> _figure_reported_cited(text, text.index("Berg"))
    True
    >>> text = "We reported 0.8 contacts per day for Wisconsin in our cohort (Berg et al., 2018)."
    >>> _figure_reported_cited(text, text.index("Berg"))
    False
    """
    window = max(0, at - 220)
    if "reported" not in text[window:at] and "estimated" not in text[window:at]:
        return False
    found = _FIGURE_REPORTED_CITED.search(text, window, at)
    return found is not None and not _OWN_WORK.search(text, found.start(), at)


_AGREES_WITH_A_STUDY_CITED = re.compile(
    _AGREES_WITH
    + r"(?:the\s+)?(?:[A-Z][\w\-]*\s+){1,5}(?:[a-z][\w\-]*\s+){0,2}?"
    + _STUDY_KINDS
    + _WHICH_FOUND
    + r"(?:[^.;()]|\.(?=\d)){0,200}?\(?\s*$"
)


def _agrees_with_its_study(text: str, match: Match) -> bool:
    """Return True if ``match`` names a study whose finding the clause gives
    (:data:`_STUDY_WHICH_FOUND_AFTER`) and the paper's own finding is set beside
    (:data:`_AGREES_WITH_BEFORE`): quoted, not used.

    >>> from paperkg.inference.matcher import Match
    >>> text = "This is consistent with the Kiln study, which reported 41%."
    >>> _agrees_with_its_study(text, Match(28, 32, "Kiln", ("dataset:kiln",)))
    True
    >>> text = "We used data from the Kiln study, which reported 41%."
    >>> _agrees_with_its_study(text, Match(22, 26, "Kiln", ("dataset:kiln",)))
    False
    """
    return (
        "which" in text[match.end : match.end + 60]
        and _STUDY_WHICH_FOUND_AFTER.match(text, match.end) is not None
        and _AGREES_WITH_BEFORE.search(text, max(0, match.start - 80), match.start) is not None
    )


def _name_nouns(text: str, match: Match) -> set[str]:
    """Return the words, in lowercase, of the name ``match`` and of the two words after it ("the Jinling
    Gazetteer Map Corpus": "corpus"; "the Jinan dataset for ...": "dataset"), singular and plural."""
    after = " ".join(text[match.end : match.end + 40].split()[:2])
    words = re.findall(r"[A-Za-z]+", f"{match.surface} {after}")
    return {w.lower() for w in words} | {w.lower() + "s" for w in words}


def _unused_by_pronoun(doc: PaperText, match: Match, matches: Sequence[Match]) -> bool:
    """Return True if the sentence naming ``match`` goes on to say the paper did not use it (_NOT_USED_IT).

    "It" takes up the last name before it: none of ``matches`` (but a family's wording, or the name
    again) may come between. A use the paper
    made of the name earlier in the sentence stands (:data:`_USED_BEFORE`).

    Examples
    --------
    >>> from paperkg.inference.matcher import Match
    >>> doc = record_text("p", "", "We considered Kiln for meshing but did not use it. We used Loam.")
    >>> kiln = Match(doc.text.index("Kiln"), doc.text.index("Kiln") + 4, "Kiln", ("method:kiln",))
    >>> _unused_by_pronoun(doc, kiln, [kiln])
    True
    >>> doc = record_text("p", "", "We used Kiln for the coarse grid but did not use it near the shore.")
    >>> kiln = Match(doc.text.index("Kiln"), doc.text.index("Kiln") + 4, "Kiln", ("method:kiln",))
    >>> _unused_by_pronoun(doc, kiln, [kiln])
    False
    """
    negated = _NOT_USED_IT.match(doc.text, match.end)
    if negated is None:
        return False
    _, start, _ = sentence_span(doc, match.start)
    if _USED_BEFORE.search(doc.text, start, match.start):
        return False
    said = negated.start("it") if negated.group("it") else negated.start("subject")
    said_as = negated.group("it") or negated.group("subject")
    # ("the" and a noun takes it up only by the noun of its name, or the noun after it: "the Jinling
    # Gazetteer Map Corpus ... the corpus")
    noun = negated.group("noun")
    if noun is not None and noun not in _name_nouns(doc.text, match):
        return False
    single = said_as in ("it", "this", "that") or said_as.startswith(("this ", "that ", "the "))
    return not (
        single
        and any(
            match.end < m.start < said
            and not all(k.startswith("family:") for k in m.keys)
            # (the name again, by its acronym: "the Trends in ... Study (TIMSS) but did not use it")
            and not set(m.keys) & set(match.keys)
            for m in matches
        )
    )


# A name given as an example, then what it lacks or is limited to: "the BantuLex-440 compilation, for example,
# includes only eleven Grassfields varieties"; or what it depends on, where the sentence says the paper could
# not do what it would have served: "Automatic faithfulness scoring could not be included in the comparison;
# FactWeave, for instance, depends on an English claim decomposer"
_EXAMPLE_LIMITED_AFTER = re.compile(
    r"(?:[\s\-]+[a-z]+){0,2}?,\s+for\s+(?:example|instance),\s+"
    r"(?:(?P<limited>(?:covers|includes|contains|holds|spans|lists)\s+only|lacks|(?:does|did|has|had)\s+not|"
    r"cannot|(?:is|was)\s+(?:limited|restricted)\s+to)|"
    r"(?:depends|relies)\s+on|requires|needs|assumes)\b"
)
_COULD_NOT = re.compile(r"\b(?:could|can|was|were)\s+not\b|\bcannot\b|\bunable\b")


def _limited_example(doc: PaperText, match: Match) -> bool:
    """Return True if ``match`` is named as an example of what falls short (:data:`_EXAMPLE_LIMITED_AFTER`).

    Examples
    --------
    >>> from paperkg.inference.extract import record_text
    >>> def named(text):
    ...     doc = record_text("p", "", text)
    ...     at = doc.text.find("FactWeave")
    ...     return _limited_example(doc, Match(at, at + 9, "FactWeave", ()))
    >>> named("Scoring could not be included; FactWeave, for instance, depends on English.")
    True
    >>> named("We scored answers; FactWeave, for instance, depends on English.")
    False
    """
    limited = _EXAMPLE_LIMITED_AFTER.match(doc.text, match.end)
    if limited is None:
        return False
    return limited.group("limited") is not None or bool(
        _COULD_NOT.search(doc.text, sentence_span(doc, match.start)[1], match.start)
    )


# A clause saying what the paper did not use, and the colon after which the sentence says why: "Global
# predictive products were not used to fill gaps in our sampling: CorgMap has been criticised for ..., and
# East African meadows are almost unrepresented in BlueCore-1200" (unless the paper says what it did instead)
# (or was left out: "Questions on scientific articles were excluded: scientific figures deserve separate
# study, and PaperLeaf-90K ... provides region labels but no question-answer pairs for charts")
_NOT_DONE_THEN = re.compile(
    r"\b(?:(?:(?:was|were|is|are|could|can)\s+not|cannot)\s+(?:be\s+)?(?:[a-z]+ly\s+)?"
    r"(?:used|included|applied|considered|run|evaluated|compared|employed|adopted)|"
    r"(?:was|were)\s+(?:[a-z]+ly\s+)?(?:excluded|omitted|left\s+out))\b[^.;:]*:\s"
)
_DONE_INSTEAD = re.compile(r"\b(?:instead|rather|we\s+(?:used|use|relied|rely|drew|took))\b")


def _explains_not_done(doc: PaperText, match: Match) -> bool:
    """Return True if ``match`` is named after the colon that explains what the paper did not use
    (:data:`_NOT_DONE_THEN`)."""
    first = sentence_span(doc, match.start)[1]
    colon = doc.text.rfind(": ", first, match.start)
    if colon < 0 or _NOT_DONE_THEN.search(doc.text, first, colon + 2) is None:
        return False
    return _DONE_INSTEAD.search(doc.text, colon, match.start) is None


def _example_described(text: str, end: int) -> bool:
    """Return True if the name ending at ``end`` after "such as" is the subject of what its kind is or does
    (:data:`_EXAMPLE_IS_AFTER`), in a clause that does not go on to the paper's own work.

    Examples
    --------
    >>> text = "Decoders such as PyMatching are accurate but slow, whereas ours is fast."
    >>> _example_described(text, text.index(" are"))
    True
    >>> text = "Benchmarks such as COCO and LVIS are used to evaluate our detector."
    >>> _example_described(text, text.index(" and"))
    False
    """
    described = _EXAMPLE_IS_AFTER.match(text, end)
    if described is None:
        return False
    clause_end = _CLAUSE_END.search(text, described.end())
    return not _OWN_WORK.search(text, described.end(), clause_end.start() if clause_end else len(text))


def _clause_end(text: str, end: int, last: int) -> int:
    """Return where the clause holding a name that ends at ``end`` ends: its next break (_CLAUSE_BREAK) or
    the sentence's end ``last``."""
    stop = _CLAUSE_BREAK.search(text, end, last)
    return stop.start() if stop else last


def _said_of_others(clause: str) -> bool:
    """Return True if ``clause`` says nothing of the paper's own work (:data:`_OWN_WORK`) nor what was done
    (:data:`_PAST`, but how such things were made: "Existing risk scores, including the LIMA score, were
    derived in adults and include predictors ... irrelevant to neonates"): what such things are or do.

    >>> _said_of_others(", were derived in adults and include predictors irrelevant to neonates")
    True
    >>> _said_of_others(", were pooled")
    False
    """
    return not _OWN_WORK.search(clause) and not _PAST.search(_PAST_MAKING.sub("", clause))


# Words of what a study did or found, in any tense: a sentence holding one may report the paper's own work
# without "we" ("Extensive experiments are conducted on datasets such as Yelp")
_STUDY_WORDS = re.compile(
    r"\b(?:experiment\w*|evaluat\w*|results?|tested|testing|trained|training|shows?|shown|demonstrat\w*|"
    r"outperform\w*|achiev\w*|conducted|performed|performs|applied|analy[sz]ed|analy[sz]es|reveals?)\b",
    re.IGNORECASE,
)


# (nor with the words listing a paper's points: "Firstly, AGVM can align ... modules in the dense visual
# predictors, such as backbone, feature pyramid network (FPN), ...")
_GENERAL_OPENS = re.compile(
    r"(?!(?:This|It|These|Its|Our|We|Here|While|Although|Though|When|If|As|Because|Since|Whereas|Unlike|"
    r"Like|In|On|For|With|By|From|To|Both|Each|Such|Compared|Using|First|Firstly|Second|Secondly|Third|"
    r"Thirdly|Finally|Specifically|Then|Next|Moreover|Furthermore|Additionally|Also)\b)[A-Z]"
)


# A sentence opening with others' studies and what they have drawn on: "Quantitative studies of modern
# Japanese literature have largely relied on canonical works of the kind made freely available by Aozora
# Bunko"
_OTHERS_HAVE = re.compile(
    # (after a heading: "Discussion: Most offline reinforcement learning methods have been developed on
    # robotics or logistics benchmarks such as D4RL and PALLET-1M")
    r"(?:[A-Z][a-z]+:\s+)?(?:[A-Z][\w\-]*\s+(?:[\w\-]+\s+){0,3}?)?"
    r"(?i:studies|work|research|analyses|approaches|scholars|researchers|methods|models|algorithms)"
    r"\b[^.;:,]{0,60}?\shave\s+(?:largely\s+|mostly\s+|often\s+|typically\s+|generally\s+|mainly\s+)?"
    r"(?:relied|focused|drawn|depended|concentrated|"
    r"been\s+(?:based|developed\s+on|evaluated\s+on|tested\s+on))\b"
)


def _others_relied_on(doc: PaperText, start: int) -> bool:
    """Return True if the sentence naming the thing at ``start`` opens with others' studies and what they have
    relied on (:data:`_OTHERS_HAVE`), before the name, and says nothing of the paper's own work.

    Examples
    --------
    >>> doc = record_text("p", "", "Studies of fiction have largely relied on works made available by Aozora "
    ...                   "Bunko, leaving magazines unexamined.")
    >>> _others_relied_on(doc, doc.text.index("Aozora"))
    True
    >>> doc = record_text("p", "", "Discussion: Most offline methods have been developed on benchmarks "
    ...                   "such as D4RL, whose states differ from records; our findings suggest otherwise.")
    >>> _others_relied_on(doc, doc.text.index("D4RL"))
    True
    >>> doc = record_text("p", "", "Studies have relied on Aozora Bunko, and we do so too.")
    >>> _others_relied_on(doc, doc.text.index("Aozora"))
    False
    """
    _, first, last = sentence_span(doc, start)
    sentence = doc.text[first:last]
    opening = _OTHERS_HAVE.match(doc.text, first + len(sentence) - len(sentence.lstrip()))
    # (the clause of the name: "...; our findings suggest that ..." is another)
    clause = doc.text.find(";", start, last)
    return (
        opening is not None
        and opening.end() <= start
        and not _OWN_WORK.search(doc.text, first, last if clause < 0 else clause)
    )


# what a study or trial, named as a sentence's subject, found: "The randomised FLUXUS trial found no ..."
# A span of kinds, from one named to others ("from full-text databases of the Quan Tangshi to prosodically
# annotated corpora"): its ends are kinds set out, one named by its example
_SPAN_FROM_BEFORE = re.compile(r",\s+from\s+(?:[\w\-]+\s+){0,6}?(?:of\s+)?(?:the\s+)?$")
_SPAN_TO_AFTER = re.compile(r"\s+to\s+(?:[a-z][\w\-]*\s+){0,4}?[a-z][\w\-]*(?:s|ora)\b")
# (or what others reported of it, an example of a kind, opening a clause of its own: "Existing perturbation
# suites have been criticised on this point; TQA-Robust-12, for instance, was reported to alter the correct
# answer")
_FOUND_AFTER = re.compile(
    r"(?:\s+(?:randomi[sz]ed\s+|pivotal\s+|landmark\s+)?(?:trial|study|cohort|survey))?"
    # (or its makers: "the SPRITE investigators reported that only 41% of vancomycin courses ...")
    r"(?:\s+(?:investigators|authors|team|group|consortium|collaborators))?"
    r"(?:,\s+for\s+(?:instance|example),)?\s+(?:(?:was|were|has\s+been|have\s+been)\s+(?=reported\s+to\b))?"
    r"(?:found|showed|reported|demonstrated|suggested|estimated)\b"
)
# An aside opening a sentence that tells another's finding: "For context, the Sanwei Fibre Atlas study
# reported"
_COMPARISON_ASIDES = r"For\s+(?:context|comparison|reference)|By\s+comparison|In\s+comparison"
_SUBJECT_BEFORE = re.compile(
    r"\s*(?:[A-Z][a-z]+:\s+)?"
    # (past an aside opening the sentence: "For context, the Sanwei Fibre Atlas study reported that ...")
    rf"(?:(?:{_COMPARISON_ASIDES}|Similarly|Likewise|"
    # (or past the data it found in, others': "In longitudinal Canadian data, LHAC investigators reported")
    r"In\s+(?!(?:our|this|these|the\s+present)\b)(?:[\w\-]+\s+){0,3}"
    r"(?:data|cohorts|populations|samples|adults|children|women|men|patients)),\s+)?"
    # (the article and two words of its kind: "For context, the spatio-temporal detector Lantern was reported
    # to reach 97.8% detection accuracy")
    r"(?:The\s+)?(?:[a-z][\w\-]*\s+){0,3}"
    # (or its makers as the subject: "the developers of the Qillqa Corpus, for instance, reported that 38%")
    r"(?:(?:developers|authors|makers|creators|investigators|curators)\s+of\s+(?:the\s+)?)?$"
)
# what other authors, named as the subject, reported before the name in its clause: "Tominaga and colleagues
# reported that Knotline 2 recovered 92% of adjacent slip pairs", "Park et al. (2020) found 17% of readings
# missing during typhoon periods in the DeltaSense dataset": their study's finding, quoted
# (a surname's particles: "Chen and de Vries (2018)")
_PARTICLES = r"(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]a|[Dd]i|[Dd]u|[Ll]e|[Ll]a)\s+)*"
_OTHERS_REPORTED_BEFORE = re.compile(
    # (or named, three or two, their year after them: "Whitfield, Natarajan and Brennan (2017) report that 41%
    # of households in the Northgate Grocery Panel buy ...", "Chen and de Vries (2018) estimated with their")
    r"\b(?:[A-Z][\w\-']+\s+(?:et\s+al\.|and\s+(?:colleagues|co-?workers))|"
    r"[A-Z][\w\-']+(?:,\s+" + _PARTICLES + r"[A-Z][\w\-']+)?,?\s+and\s+" + _PARTICLES
    + r"[A-Z][\w\-']+(?=\s*\(\d{4}))\s*(?:\(\d{4}[a-z]?\)\s*)?"
    # (or "have ...": "Zhou and colleagues have estimated that the three largest periodicals account for
    # nearly a quarter of all characters in the Filmweft corpus")
    r"(?:(?:have|has)\s+(?:also\s+)?)?"
    # (past an aside: "Liu et al. (2019), for example, reported that the Yuyao Glaze Index correctly
    # classified")
    r"(?:,\s+for\s+(?:example|instance),\s+)?"
    # (in the present too: "- Zhang et al. (2019) report an AUC of 0.91 for MING -")
    r"(?:reported|found|showed|shown|observed|noted|documented|estimated|report|find|show|observe|note|"
    r"document|estimate)\b"
    r"(?:[^.;:()]|\.(?=\d)){0,160}$"
)


def _others_reported_before(text: str, start: int) -> bool:
    """Return True if other authors reported a finding before ``start`` in its clause
    (:data:`_OTHERS_REPORTED_BEFORE`); searched only where they are named in reach.

    >>> text = "Tominaga and colleagues reported that Knotline 2 recovered 92% of pairs."
    >>> _others_reported_before(text, text.index("Knotline")), _others_reported_before(text, 3)
    (True, False)
    """
    window = text[max(0, start - 200) : start]
    if (
        "et al" not in window
        and "colleagues" not in window
        and "workers" not in window
        and not (" and " in window and ("(19" in window or "(20" in window))
    ):
        return False
    return _OTHERS_REPORTED_BEFORE.search(window) is not None


# (or theirs, said of other authors, the subject of its clause: "Huang et al. (2018), linking the sexagenary
# days of the inscription to contemporaneous full-date vessels in their Tiangan Lattice model, placed it in
# 816 BCE")
# (or "drawing on their": "van Dongen et al. (2019), drawing on their Meridian database, estimated that")
_THEIR_BEFORE = re.compile(r"\b(?:in|with|using|from|by|of|on)\s+their\s+(?:own\s+)?(?:[a-z][\w\-]*\s+)?$")
# other authors, as a sentence names them: "Ferreira et al.", "Tominaga and colleagues", "Guo and Lu"
_OTHER_AUTHORS = (
    r"[A-Z][\w\-']+\s+(?:et\s+al\.|and\s+(?:colleagues|co-?workers|" + _PARTICLES + r"[A-Z][\w\-']+))|"
    # (or three, their year after them: "Li, Pierce and Guo (2011)")
    r"[A-Z][\w\-']+,\s+" + _PARTICLES + r"[A-Z][\w\-']+,?\s+and\s+" + _PARTICLES
    + r"[A-Z][\w\-']+(?=\s*\(\d{4})"
)
# (and an author-year citation of two or more of them: "(Mbwambo et al., 2015)", "(Chen et al. 2018)")
_OTHERS_CITED = r"\([A-Z][\w\-']+\s+(?:et\s+al\.|and\s+[A-Z][\w\-']+),?\s+\d{4}[a-z]?\)"
_OTHERS_SUBJECT = re.compile(
    # (past an aside: "For comparison, Chen and de Vries (2018) estimated with their ...")
    r"\s*(?:[A-Z][a-z]+(?:\s+[a-z]+)?,\s+)?" + _PARTICLES
    + _OTHER_AUTHORS
    + r"(?:\s*\(\d{4}[a-z]?\))?,?\s"
)


def _theirs_before(doc: PaperText, start: int) -> bool:
    """Return True if the name at ``start`` is other authors' own, "their", in a clause they are the subject
    of (:data:`_THEIR_BEFORE`, :data:`_OTHERS_SUBJECT`), which says nothing of the paper's work before it.

    >>> doc = record_text("p", "", "Huang et al. (2018), dating vessels in their Lattice model, "
    ...                   "placed it in 816.")
    >>> _theirs_before(doc, doc.text.index("Lattice"))
    True
    >>> doc = record_text("p", "", "Following Huang et al. (2018), we use their Lattice model.")
    >>> _theirs_before(doc, doc.text.index("Lattice"))
    False
    """
    if _THEIR_BEFORE.search(doc.text, max(0, start - 30), start) is None:
        return False
    first = _clause_start(doc, start)
    return _OTHERS_SUBJECT.match(doc.text, first) is not None and not _OWN_WORK.search(doc.text, first, start)


# (or after it, their analysis of it: "the analysis of the Corvane Track Panel by Ferreira et al. (2018)
# reported a peak of 28.9 years")
_BY_OTHERS_REPORTED_AFTER = re.compile(
    r"(?:\s+(?:as\s+)?(?:reported|found|observed|documented)\s+by\s+(?:" + _OTHER_AUTHORS + r")|"
    # (or what they reported of it: "the 19-point drop from HumanEval to KilnEval reported by Raghunathan et
    # al. (2023)")
    r"\s+by\s+(?:" + _OTHER_AUTHORS + r")\s*(?:\(\d{4}[a-z]?\)\s*)?"
    r"(?:reported|found|showed|observed|noted|documented)\b|"
    # (or what they reported in it, the subject of the clause after it: "in the Nkhata Bay Recency Cohort, for
    # example, Banda et al. (2014) reported an MDRI of 141 days")
    # (past its noun, and in the present: "drawing on their GuixiuNet dataset, Zhang, Tao and Ferreira (2017)
    # report that")
    r"(?:\s+[a-z]+)?(?:,\s+for\s+(?:example|instance))?,\s+(?:" + _OTHER_AUTHORS + r")"
    r"\s*(?:\(\d{4}[a-z]?\)\s*)?"
    r"(?:reported|found|showed|observed|noted|documented|estimated|report|find|show|estimate)\b)"
)
# (or a figure reported in it: "Our national prevalence is close to the 14.2% reported at booking in the
# English HEARTH cohort", "comparable to the 1.9 m/s reported for solar twins in the HelioTwin-RV catalogue")
_REPORTING_VERBS = ("reported", "observed", "found", "described")
_FIGURE_REPORTED_IN_BEFORE = re.compile(
    # (a share or a measure, not a year: "including the 2019 wave described by Chen et al. (2021)")
    # (past what it is of: "the latent class estimate of 58% for stool Ultra reported from the KAPTA cohort")
    # (or a rate per a thousand, for its parts: "cancer rates of 5.1 to 6.8 per 1,000 examinations reported
    # for the four sites of the Nordlys Multicentre Mammography Cohort")
    # (or written out: "the 41 per cent reported for Dutch broiler farms in the Brabant Livestock Resistome
    # Cohort")
    # (or a measure in its unit: "the median coherence time of 180 ms reported for fixed shallow-water links
    # in the HALYARD campaigns")
    r"(?:\b\d[\d,]*(?:\.\d+)?\s*"
    r"(?:%|per\s*cent\b|percent\b|(?:ms|min|km|cm|mm|kg|mg|Hz|kHz|MHz|dB|ppm|ppb)\b)|"
    r"\b\d+\.\d+|\b\d+\s+per\s+[\d,]+)\s+"
    # (its unit's signs too: "the 0.1-0.6 °C per decade reported for boreholes of the ...")
    r"(?:[\w/\-°]+(?:,\d{3})*\s+){0,4}"
    rf"(?:{'|'.join(_REPORTING_VERBS)})\s+(?:[^.;:,()]{{0,60}}?\s)?(?:in|by|from|of)\s+(?:the\s+)?"
    r"(?:[A-Z][a-z]+\s+)?$"
)


def _figure_reported_before(text: str, start: int) -> bool:
    """Return True if a figure reported in the thing at ``start`` comes before it
    (:data:`_FIGURE_REPORTED_IN_BEFORE`): searched only where one of its verbs is in reach (a search costs
    4 us, and most names have none).

    >>> text = "Our rate is close to the 14.2% reported at booking in the HEARTH cohort."
    >>> _figure_reported_before(text, text.index("HEARTH")), _figure_reported_before(text, 0)
    (True, False)
    """
    window = text[max(0, start - 120) : start]
    if not any(verb in window for verb in _REPORTING_VERBS):
        return False
    return _FIGURE_REPORTED_IN_BEFORE.search(window) is not None


# (or what it shows, told with the citation of the study that read it: "where the Swahili Coast Sherd Register
# shows Longquan celadon accounting for 62% of Chinese sherds before 1400 (Mbwambo et al., 2015)")
_SHOWS_CITED_AFTER = re.compile(
    # (or what it reached, told with the citation of its paper: "for example, JurisLens 2.0 reaches micro-F1
    # of 0.81 on ECtHR (Okafor et al., 2022)")
    r"(?:\s*\([^()]{1,40}\))?\s+(?:shows?|showed|reports?|reported|records?|recorded|indicates?|indicated|"
    r"reach(?:es|ed)?|achieves?|achieved|attains?|attained)\b"
    r"(?:[^.;()]|\.(?=\d)){0,160}" + _OTHERS_CITED
)
# (or the finding in it: "in the Lakemoor Recall Corpus, recall was reported to decline": the paper's own
# findings it states, others' it reports)
# Analyses of a thing, and what they found: "analyses of the Confluence database indicated"
_ANALYSES_OF_BEFORE = re.compile(
    r"\b(?:analyses|studies|surveys|investigations)\s+(?:of|on|using|with|in)\s+(?:the\s+)?$"
)
_ANALYSES_FOUND_AFTER = re.compile(
    r"(?:\s+[a-z][\w\-]*){0,2}\s+"
    r"(?:indicated|showed|found|suggested|revealed|reported|estimated|documented)\b"
)


def _others_analyses_found(text: str, match: Match) -> bool:
    """Return True if ``match`` names what analyses, not the paper's, were of, and what they found follows
    (:data:`_ANALYSES_OF_BEFORE`, :data:`_ANALYSES_FOUND_AFTER`).

    >>> from paperkg.inference.matcher import Match
    >>> text = "as analyses of the Kiln database indicated losses of 41% (Fo et al., 2019)"
    >>> _others_analyses_found(text, Match(19, 23, "Kiln", ("dataset:kiln",)))
    True
    >>> text = "Our analyses of the Kiln database showed losses of 41%."
    >>> _others_analyses_found(text, Match(20, 24, "Kiln", ("dataset:kiln",)))
    False
    """
    lead = _ANALYSES_OF_BEFORE.search(text, max(0, match.start - 40), match.start)
    if lead is None or _ANALYSES_FOUND_AFTER.match(text, match.end) is None:
        return False
    return not _OURS_BEFORE.search(text[: lead.start()][-30:])


_OURS_BEFORE = re.compile(r"\b(?:[Oo]ur|[Tt]hese|[Tt]his|[Pp]resent|[Ww]e)\s+(?:\w+\s+)?$")


# Results reported for a thing, before its name: "the Brier skill scores reported for the analog model SAMAR"
# The finding a citation in the running text is of, the paper's own set beside it (not what it extends: "This
# extends the result of Oyelaran and Fitzgerald (2018)")
_FINDING_OF_BEFORE = re.compile(
    _AGREES_WITH + r"(?:the\s+)?(?:finding|findings|result|results|estimates?|conclusions?|observations?)\s+"
    r"(?:of|by)\s+$"
)
_RESULTS_REPORTED = (
    r"\b(?:scores?|results?|estimates?|values?|accurac(?:y|ies)|skill|errors?|performance)\s+reported\s+"
    r"(?:for|of|with)\s+"
)
_RESULTS_REPORTED_FOR = re.compile(_RESULTS_REPORTED + r"(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}$")
_RESULTS_REPORTED_CITED = re.compile(_RESULTS_REPORTED + r"[^.;()]{1,160}\((?:[^();]|\.(?=\d)){1,40};\s*$")
# A thing's published account, before its name: "the published profile of the Larkmoor Heart Failure Cohort"
_PUBLISHED_ACCOUNT_OF = re.compile(
    r"\bpublished\s+(?:[a-z\-]+\s+){0,2}?(?:profile|results?|estimates?|figures?|summar(?:y|ies)|reports?|"
    r"rates?|statistics|findings|values?|descriptions?)\s+(?:of|from|for)\s+(?:the\s+)?$"
)
# A sentence opening with what the studies a review took in reported
_AS_STUDIES_REPORTED = re.compile(
    r"\s*As\s+reported\s+(?:by|in)\s+(?:the\s+)?(?:included|reviewed|eligible|selected|primary|original)\s+"
    r"(?:studies|articles|papers|trials|reports)\b"
)
# (or it, the subject: "the Delirium Trajectory Burden Index was reported to predict 12-month cognitive
# impairment with an AUROC of 0.78 in its derivation cohort")
_IT_REPORTED_TO_AFTER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:was|were|has\s+been|have\s+been)\s+reported\s+to\b"
)
_REPORTED_TO_AFTER = re.compile(
    # (past its noun: "in the ToddLex home-video corpus, named objects were reported to be in the child's
    # view")
    r"(?:[\s\-]+[a-z][\w\-]*){0,2}"
    r"(?:\s*\([^()]{1,40}\))?,\s+(?:[a-z][\w\-]*\s+){1,3}(?:was|were|has\s+been|have\s+been)\s+"
    r"reported\s+to\b"
)


# (whole: not "Nikshay, India's web-based TB notification system", which says whose it is)
_TOWNS_PLACE_AFTER = re.compile(
    r",\s+([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})(?![\w\-]|\s+[A-Z(]|['\u2019]s\b)"
)


def _city_of(text: str, end: int) -> bool:
    """Return True if a state or country follows the name ending at ``end``, after a comma, whole: the name
    is a town's ("Providence, Rhode Island", "Cali, Colombia"; not "UK Biobank, China Kadoorie Biobank").

    >>> _city_of("families in Providence, Rhode Island, during play", 22)
    True
    >>> _city_of("the Providence, Brent and Manchester corpora", 16)
    False
    """
    place = _TOWNS_PLACE_AFTER.match(text, end)
    return place is not None and place.group(1) in PLACES


def _clause_start(doc: PaperText, start: int) -> int:
    """Return where the clause holding ``start`` opens: its sentence's start, or past a semicolon or colon."""
    _, first, _ = sentence_span(doc, start)
    semicolon = max(doc.text.rfind("; ", first, start), doc.text.rfind(": ", first, start))
    return first if semicolon < 0 else semicolon + 2


# What the paper's team found in its earlier work, told in a clause opening with that work: "In our earlier
# application of Calibrix to 12 buildings of the Halden Metered Buildings Collection we reported a median
# CV(RMSE) of 9.8%; the higher error here reflects coarse archetype models" (its data are that work's)
_OUR_EARLIER_FINDING = re.compile(
    r"In\s+(?:our|an?)\s+(?:earlier|previous|prior|original|first)\s+"
    r"(?:work|study|application|analysis|paper|report|evaluation)\b(?:[^.;:]|\.(?=\d)){0,160}?,?\s+"
    r"we\s+(?:had\s+)?(?:reported|found|showed|observed|obtained|achieved|estimated)\b"
)


def _our_earlier_finding(doc: PaperText, match: Match) -> bool:
    """Return True if ``match`` is named in a clause telling what the team found in its earlier work
    (:data:`_OUR_EARLIER_FINDING`), before the verb of that finding.

    >>> from paperkg.inference.matcher import Match
    >>> doc = record_text("p", "", "In our earlier application of Kiln to HMBC we reported 9.8%. "
    ...                   "We use ERA5.")
    >>> _our_earlier_finding(doc, Match(37, 41, "HMBC", ("dataset:hmbc",)))
    True
    >>> _our_earlier_finding(doc, Match(71, 75, "ERA5", ("dataset:era5",)))
    False
    """
    first = _clause_start(doc, match.start)
    if not doc.text.startswith("In ", first):
        return False
    found = _OUR_EARLIER_FINDING.match(doc.text, first)
    return found is not None and match.end <= found.end()


def _a_study_of_it_found(doc: PaperText, match: Match) -> bool:
    """Return True if ``match`` is named in the subject of a clause telling what a study, named by its kind
    alone, found (:data:`_A_STUDY_FOUND`): "An analysis of the ShelfTrace library logs reported that 41% of
    discovery sessions end after a single record view".

    >>> from paperkg.inference.matcher import Match
    >>> doc = record_text("p", "", "An analysis of the Shelf logs reported 41%. We use Shelf.")
    >>> _a_study_of_it_found(doc, Match(19, 24, "Shelf", ("dataset:shelf",)))
    True
    >>> _a_study_of_it_found(doc, Match(51, 56, "Shelf", ("dataset:shelf",)))
    False
    """
    first = _clause_start(doc, match.start)
    found = _A_STUDY_FOUND.match(doc.text, first)
    return found is not None and match.end <= found.end()


def _its_finding_opens(doc: PaperText, match: Match) -> bool:
    """Return True if the sentence opens with the thing at ``match`` as the subject of what it found: a
    finding of another's study, told (a paper using the study's data names it again where it does).

    >>> from paperkg.inference.matcher import Match
    >>> doc = record_text("p", "", "The randomised FLUXUS trial found no benefit. We model fluid balance.")
    >>> _its_finding_opens(doc, Match(15, 21, "FLUXUS", ("dataset:fluxus",)))
    True
    >>> doc = record_text("p", "", "We reanalysed the FLUXUS trial, which found no benefit.")
    >>> _its_finding_opens(doc, Match(18, 24, "FLUXUS", ("dataset:fluxus",)))
    False
    """
    # (the verb after the name first: one anchored match, where most names have none)
    if _FOUND_AFTER.match(doc.text, match.end) is None:
        return False
    # (the clause's start: past a semicolon, or a colon: "Recent trial evidence may alter the calculus: the
    # KESTREL trial reported 6-month ... patency of 71%"; or "where": "the scale of the problem in Asia, where
    # the Million Death Study estimated 1.2 million snakebite deaths")
    first = _clause_start(doc, match.start)
    where = doc.text.rfind(", where ", first, match.start)
    first = max(first, where + 8 if where >= 0 else first)
    return _SUBJECT_BEFORE.fullmatch(doc.text, first, match.start) is not None


# (past one comma before "such as": "partly because the most accessible text collections, such as the
# Chaoshan-Nanyang Qiaopi Corpus, were assembled there")
_REASON_BEFORE = re.compile(
    r"(?:^|[,;]\s+|\s)(?:since|because)\s+[^.;,:()]{0,80}(?:,\s+such\s+as\s+(?:the\s+)?)?$"
)
# (or what others did with examples of a kind, in a sentence of nothing the paper did: "where interventions
# such as REACH II, START and MAGPIE were delivered by psychologists or specialist nurses")
_DONE_BY_OTHERS_AFTER = re.compile(
    r"(?:(?:,\s*|\s+(?:and|or)\s+)[^\s,;.()]+(?:\s+[^\s,;.()]+)?){0,3}?,?\s+"
    r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
    # (or derived: "Clinical scores such as BNSS-9 were derived in outpatient infants who were mostly born")
    # (or made for other data: "Hierarchical occupancy-detection models ..., such as PhenoLoom, have been
    # developed for North American data (Kowalczyk et al., 2015), but the European portal data are ...")
    r"(?:delivered|developed|derived|tested|evaluated|implemented|trialled|trialed)\s+"
    r"(?:by|in|among|with|for)\b"
)
# (or what a clause after it says it is not where the paper works: "the trial protocol relies on the Calgary
# Infant Withdrawal Index, which is not used in New Zealand units")
_WHICH_IS_NOT_USED = re.compile(
    r"(?:\s*\([^()]{1,60}\))?,\s*which\s+(?:is|are|was|were|has|have)\s+(?:not\s+(?:been\s+)?(?:yet\s+)?"
    r"(?:routinely\s+|widely\s+)?(?:used|available|validated|adopted|implemented)\b|"
    # (or lay outside what the paper did: "guidance such as SAMAR, which was outside the scope of this
    # verification of dynamical models")
    r"(?:outside|beyond)\s+(?:the\s+)?scope\b)"
)
_BUT_CANNOT_AFTER = re.compile(r"[^.;]{0,120}?,\s+but\s+[^.;]{0,60}?\b(?:cannot|can\s+not|could\s+not)\b")
# A paper whose own work is a survey of others' work: what it gives as examples of a kind are the work it
# covers, not things it used ("We survey 212 papers ... We summarise the temporally stratified corpora, such
# as ChronoWeb and TemporalWiki"). Said of the literature, as a survey of households or a cohort's survey is
# not ("We surveyed 2,000 farmers", "This survey was conducted in 12 districts"); not a meta-analysis, which
# pools the data of the studies it names.
_SURVEYED_WORK = (
    r"(?:papers|studies|articles|works|methods|approaches|techniques|literature|publications|research|"
    r"advances|progress|models|algorithms|benchmarks|datasets|systems|tools|developments|architectures|"
    # (the resources of a field: "a review of naturalistic child language corpora"; or their evidence: "A
    # critical review of validity evidence for ...")
    r"corpora|databases|collections|resources|evidence|"
    # (or a field's software: "We reviewed software for Bayesian NMA available as of June 2022")
    r"software|packages|libraries|toolkits|"
    # (or the reports a field's agencies publish: "We review 142 peer-reviewed and agency assessments
    # published between 2000 and 2016")
    r"assessments|reports)\b"
)
_SURVEYS_THE_LITERATURE = re.compile(
    # (or audits: "We audited 250 papers published between 2015 and 2022 that fitted ... movement models")
    r"\b(?:(?:we|this\s+(?:article|paper|chapter|essay|review))\s+(?:survey|review|audit)(?:s|ed)?|"
    # (what "this survey" does to the literature, as a survey of people does not: "This survey organises 112
    # papers published between 2019 and 2024")
    r"this\s+(?:survey|review)\s+(?:organi[sz]es|covers|summari[sz]es|synthesi[sz]es|examines|maps|"
    r"categori[sz]es|traces|assesses|reviews|surveys)|"
    r"(?:survey|review|overview)\s+of)\s+(?:[\w,\-]+\s+){0,4}?"
    + _SURVEYED_WORK
    # (or a commentary's, which argues from others' work: "In this commentary we argue that ...")
    # (a review's kind between: "This tutorial review describes the main families of tools")
    + r"|\b(?:literature|scoping|narrative|systematic)\s+review\b|\bthis\s+(?:(?:tutorial|critical|brief|short|"
    r"mini|historical|comprehensive|concise|selective|integrative|methodological|practical|invited)\s+)?"
    r"(?:review|commentary|perspective|"
    # (or an essay's, which reflects on others' work: "This essay reflects on what these tools change")
    # ("This essay surveys the field and asks what kinds of question these methods have made answerable")
    # ("This historiographical essay reviews work published since 2000")
    r"editorial|viewpoint)\b|"
    r"\bthis\s+(?:[a-z\-]+\s+)?essay\s+(?:reflects|argues|considers|examines|asks|surveys|reviews)\b"
    # (or a title that says so after its colon: "Digital philology and the Old Norse corpus: a critical
    # survey"; not "a national survey" or "a household survey", which gather data)
    r"|:\s+an?\s+(?:(?!(?:national|nationwide|household|cross-sectional|online|population-based|telephone|"
    r"field|pilot|longitudinal|panel|postal|web-based|community-based|school-based)\b)[a-z\-]+\s+)?"
    r"(?:survey|review|overview)\s*(?:$|\n)",
    re.IGNORECASE | re.MULTILINE,
)


# (or said after it: "the differentiable-programming libraries used in the field, CircuitGrad, PennyLane and
# TensorFlow Quantum among them", "regional migrant panels, with the YDMLP as an example of a dedicated
# longitudinal design")
_EXAMPLE_AFTER = re.compile(
    r"(?:(?:,\s*|\s+(?:and|or)\s+)[^\s,;.()]+(?:\s+[^\s,;.()]+)?){0,3},?\s+"
    r"(?:among\s+them|as\s+an?\s+(?:[a-z\-]+\s+){0,2}?example|for\s+example|for\s+instance|"
    # ("citing LedgerQA and OTT-QA as representative of the latter")
    r"as\s+(?:an?\s+)?(?:representative|typical|illustrative|exemplary)|as\s+examples)\b"
)
# (or the subject of what a survey describes it as: "Second, the Chinese Language Resources Protection Project
# has generated standardized audio and video documentation for more than a thousand localities")
_SURVEYED_SUBJECT_BEFORE = re.compile(
    r"\s*(?:(?:First|Second|Third|Fourth|Fifth|Finally|Lastly|Last|Next|Then|Moreover|Similarly|"
    r"Likewise),?\s+)?"
    r"(?:[Tt]he\s+)?"
)
_DESCRIBED_AFTER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?,?\s+(?:(?:has|have|had)\s+(?:been\s+)?[a-z]+ed|provides?|offers?|covers?|"
    r"contains?|includes?|holds?|documents?|spans?|remains?|is|are|was|were)\b"
)
_COUNTED_IN_STUDIES_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:appeared|appears|was\s+used|were\s+used|featured)\s+in\s+\d+\s+of\s+(?:the\s+)?\d+\s+"
    r"(?:studies|papers|articles|reviews|trials|systems)\b"
)
# (or said of the works it reviewed, their subject: "78% of the surveyed papers report results only on
# IEMOCAP or MELD")
_REVIEWED_WORKS_BEFORE = re.compile(
    r"(?:\b(?:surveyed|reviewed|included|eligible|selected|identified|retrieved)\s+|"
    # (or a share of them: "Seventy-eight per cent of the studies evaluated on Java, and 61% used at least
    # one of Defects4J, QuixBugs or JRepro-400")
    # (the article left out too, in a survey: "We find that 68% of papers report results on HumanEval")
    r"(?:\bper\s*cent|\bpercent|%)\s+of\s+(?:(?:the|these|all)\s+)?|"
    # (or most of them: "most studies still report results only on Google Speech Commands")
    r"\b(?:[Mm]ost|[Mm]any|[Ff]ew|[Ss]ome|[Ss]everal)\s+(?:of\s+(?:the|these)\s+)?)"
    r"(?:papers|studies|articles|"
    r"publications|works|reports|trials)\s+(?!(?:that|which|who)\b)[^.;()]{0,100}$|"
    # (or the sources most of them drew on: "The most frequently analysed data sources were national
    # cross-sectional surveys, the Wellcome Global Monitor, the COVID-19 Trends and Impact Survey ...")
    # ("The most frequently named data sources were the Nationwide Readmissions Database, Medicare claims")
    r"\b[Mm]ost\s+(?:frequently|commonly|often|widely)\s+"
    r"(?:analy[sz]ed|used|cited|reported|named|mentioned)\s+"
    r"(?:data\s+)?"
    r"(?:sources|datasets|data|resources|cohorts|surveys|corpora|benchmarks)\s+(?:were|was|are|is)\b"
    r"[^.;]{0,140}$"
)
# Data others' studies drew on, said of those studies: "Quantitative studies of the company's workforce
# based on the Mantetsu Personnel Register Database have necessarily concentrated on salaried staff"
_OTHERS_STUDIES_BEFORE = re.compile(
    r"(?:(?:^|(?<=[.;!?]\s))|"
    r"\b(?:[Pp]revious|[Ee]arlier|[Pp]rior|[Ee]xisting|[Mm]ost|[Mm]any|[Qq]uantitative)\s+)"
    r"(?:[Ss]tudies|[Aa]nalyses|[Ee]stimates)\s+(?:of\s+[^,.;()]{1,60}?\s+)?"
    r"(?:based\s+on|drawing\s+on|relying\s+on|built\s+on)\s+(?:the\s+)?$|"
    # (or the studies of a kind, their subject: "Network and prosopographical studies draw on the China
    # Biographical Database")
    r"(?:^|(?<=[.;!?]\s))(?:[A-Z][a-z\-]+(?:\s+and\s+[a-z\-]+)?\s+)?"
    r"(?:studies|analyses|historians|scholars)\s+"
    r"(?:draw|drew|rely|relied|build|built)\s+on\s+(?:the\s+)?$"
)
_SCARCE_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:remain|are|were)\s+(?:still\s+|very\s+)?(?:few|rare|scarce|uncommon)\b"
    # (or a kind the paper did not need: "Probabilistic linkage tools developed for US surveillance, such as
    # HemoTrace, were unnecessary here because a unique identifier was available")
    r"|[^.;]{0,40}?\b(?:is|are|was|were)\s+(?:unnecessary|not\s+needed|not\s+required)\b"
)
# (what a survey gives as an example, by any of the leads, past a few words saying what it is: "such as the
# rhyme detector HendingFinder", "including the character network database SagaGraph")
_EXAMPLE_LEAD_BEFORE = re.compile(
    # ("like" after the kind's plural: "measurement instruments ..., such as reasoning-quality indices like
    # the JRTI")
    rf"(?:(?<=[a-z]s\s)like|\b(?:{_EXAMPLE_LEADS}|"
    # ("We discuss, as examples of curated research databases, the Chinese Periodical Advertisement Database";
    # "editions of ... statistics, of which the Treaty Port Trade Returns Corpus is the most extensive")
    # (or a kin of the kind: "hybrid tools that learn which mined fix templates to apply, in the spirit of
    # FixWeaver")
    # (or as examples the names that follow: "For the last we take as illustrative examples the newly released
    # Houhu Fragment Corpus and ...")
    r"as\s+(?:an?\s+)?(?:illustrative\s+|representative\s+)?examples?(?:\s+of\s+[^,.;]{1,60},)?|of\s+which|"
    r"in\s+the\s+spirit\s+of|"
    # (or what a kind includes, in a survey: "Examples of textual resources include the Jiangnan Garden
    # Records Corpus", "Methods for analysing movement and vision include Framed View Sequence Analysis";
    # "benchmark resources cited in the corpus included BraTS, CheXpert, ... and the VERDANT suite")
    r"include[sd]?|"
    # (past a few words saying what it is: "such as those built around the Terai Envenoming Household Survey")
    rf"{'|'.join(_EXAMPLE_WORDS)}))\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:[a-z][\w\-]*\s+){{0,4}}?"
    + _EARLIER_IN_LIST
    # (or its acronym, after the long form: "for instance rare earth element fingerprints (REEF-14) for
    # porcelain bodies"; or in brackets after what it holds, the first of two or a later one: "for example
    # long council sessions (the Quorum corpus) or multilingual broadcasts (BroadMix-220)")
    + rf"|\b(?:{_EXAMPLE_LEADS})\s+(?:(?:[a-z][\w\-]*\s+){{1,6}}\([^()]{{1,40}}\),?\s+(?:or|and)\s+)?"
    r"(?:[a-z][\w\-]*\s+){1,6}\((?:the\s+)?$"
)


# What a survey's sentence says it does with others' work, at the sentence's start: "We discuss how ...", "In
# this section we trace ...", "We then review the ..."
_SURVEY_SAYS = re.compile(
    r"\s*(?:[A-Z][\w\-]*(?:\s+[\w\-]+){0,4},?\s+)?[Ww]e\s+(?:also\s+|then\s+|further\s+|briefly\s+|next\s+|"
    # ("We likewise summarise commonly used resources, among them DrugBank, ..."; "We first describe the
    # principal data sources, including lexical collections such as the ... and the recently released NusaCog
    # dataset")
    r"likewise\s+|first\s+|finally\s+)?"
    r"(?:discuss|review|trace|survey|summari[sz]e|outline|catalogue|chart|distinguish|group|classify|"
    r"describe|"
    # ("We illustrate the category of annotated corpora with TangMeter-5K, that of processing tools with ...")
    r"categori[sz]e|identify|highlight|argue|document|illustrate)\b"
)
# What a survey says of its own work, that it analysed nothing: "No new experiments are reported", "We do not
# re-analyse any of these resources", "This review neither trains nor benchmarks models", "No new calibrations
# were performed for this review", "we did not conduct new listening or analysis"
_NO_NEW_ANALYSIS = re.compile(
    r"\b(?:[Nn]o\s+new\s+(?:experiments?|analys[ie]s|calibrations?|models?|results?|data)\s+"
    r"(?:are|were|is|was)\s+"
    r"(?:reported|presented|performed|conducted|run|undertaken)|"
    r"(?:[Ww]e|[Tt]his\s+(?:review|survey|paper|article|essay))\s+(?:do|does|did)\s+not\s+(?:re-?analy[sz]e|"
    r"re-?run|re-?evaluate|(?:conduct|perform|undertake)\s+(?:any\s+)?new|"
    # (or the things it names: "we do not evaluate these tools, but use them to illustrate how prior
    # information enters")
    r"(?:evaluate|test|benchmark|compare|run|apply)\s+(?:any\s+of\s+)?(?:these|those|the\s+reviewed)\s+"
    r"(?:tools|methods|models|approaches|packages|resources|datasets|frameworks|systems))|"
    r"neither\s+trains?\s+nor\s+(?:benchmarks?|evaluates?|tests?)|"
    # (or describes them without: "We tabulate the public datasets ... and describe their chemistries,
    # protocols and sizes without re-analysing them")
    r"without\s+re-?(?:analy[sz]ing|running|evaluating)\s+(?:them|these|those|any))\b"
)
_SURVEY_WORDS = (
    "survey", "review", "overview", "commentary", "perspective", "editorial", "viewpoint", "essay",
)  # fmt: skip


def _surveys_the_literature(doc: PaperText) -> bool:
    """Return True if the paper surveys others' work, pooling no data (:data:`_SURVEYS_THE_LITERATURE`).

    Examples
    --------
    >>> from paperkg.inference.extract import record_text
    >>> _surveys_the_literature(record_text("p", "Learning: A Survey of Methods", "We survey 2 papers."))
    True
    >>> _surveys_the_literature(record_text("p", "Farm incomes", "We surveyed 2,000 farmers in 9 districts."))
    False
    >>> _surveys_the_literature(record_text("p", "A systematic review and meta-analysis", "We pool."))
    False
    >>> _surveys_the_literature(record_text("p", "Bayesian meta-analysis: a tutorial review", "We review tools."))
    True
    """
    # (every wording holds one of these words: a search over every text cost 150 us a paper)
    lower = doc.text.lower()
    if not contains_any(lower, _SURVEY_WORDS):
        return False
    # (not a review pooling the studies' data, as a meta-analysis does: "A systematic review and
    # meta-analysis", "pooled"; a review of meta-analyses pools none: "We reviewed 73 Bayesian meta-analyses")
    # (a title naming meta-analysis pools only where the text reads as pooling, of studies counted or
    # effects estimated: a tutorial review of "Software for Bayesian network meta-analysis" pools none)
    # (pooling done, not said of meta-analyses in general: "weakly informative priors on heterogeneity can
    # dominate posterior inference when fewer than ten studies are pooled", of a methodological review)
    pools = ("meta-analys" in lower and "pool" in lower and _POOLING_DONE.search(lower) is not None) or (
        "meta-analys" in lower[: doc.title_end] and _POOLED_STUDIES.search(doc.text) is not None
    )
    return not pools and _SURVEYS_THE_LITERATURE.search(doc.text) is not None


# what a meta-analysis did: "we pooled", "were pooled", "pooled sensitivity", "pooling of data" (not what is
# done in general: "when fewer than ten studies are pooled")
_POOLING_DONE = re.compile(
    r"\b(?:we\s+(?:\w+\s+)?pool(?:ed|s)?|(?:were|was)\s+pooled|pooled\s+(?!when\b|if\b|in\s+general\b)[a-z]+|"
    r"pooling\s+(?:of\s+)?(?:the\s+)?(?:data|studies|results|estimates|trials))\b"
)
# what a meta-analysis's text holds: the studies it counts in, or the effects it pools
_POOLED_STUDIES = re.compile(
    r"\b(?:\d[\d,]*\s+(?:[\w\-]+\s+){0,3}(?:studies|trials|RCTs|cohorts|articles|reports|publications|"
    # (not a model's name alone, which a review of methods discusses: "bivariate random-effects models")
    r"datasets|participants|patients)|(?:were|was)\s+included|random[- ]effects?\b(?!\s+models?\b)|"
    r"fixed[- ]effects?\b(?!\s+models?\b)|"
    r"(?:odds|risk|hazard|rate)\s+ratios?|relative\s+risks?|mean\s+differences?|95\s*%\s*CI)\b",
    re.IGNORECASE,
)


def _reviewed_in_passing(doc: PaperText, cite: AuthorYear) -> bool:
    """Return True if a survey cites ``cite`` for a work its sentence says it reviews, or as an example.

    The citation stands for the name before it ("SpeakerWeave (Park et al., 2020)"), or where it has none,
    for itself. Asked only of a paper that surveys the literature (:func:`_surveys_the_literature`).

    Examples
    --------
    >>> doc = record_text("p", "A survey", "This survey organises 143 papers. First, we classify models "
    ...                   "into families, citing networks such as SpeakerWeave (Park et al., 2020) as "
    ...                   "representative.")
    >>> _reviewed_in_passing(doc, author_year_citations(doc.text)[0])
    True
    >>> doc = record_text("p", "A survey", "We review 4 papers. We discuss the model of Okafor et al. "
    ...                   "(2014).")
    >>> _reviewed_in_passing(doc, author_year_citations(doc.text)[0])
    True
    >>> doc = record_text("p", "A survey", "We review 40 papers. We re-ran SpeakerWeave (Park et al., "
    ...                   "2020) on MELD.")
    >>> _reviewed_in_passing(doc, author_year_citations(doc.text)[0])
    False
    """
    named = _CITED_NAME.search(doc.text, max(0, cite.start - 80), cite.start)
    start = named.start(1) if named is not None else cite.start
    closed = doc.text.find(")", cite.start)
    return (
        _SURVEY_SAYS.match(doc.text, sentence_span(doc, start)[1], start) is not None
        or _EXAMPLE_LEAD_BEFORE.search(doc.text, max(0, start - 120), start) is not None
        or (named is not None and closed > 0 and _EXAMPLE_AFTER.match(doc.text, closed + 1) is not None)
    )


def _said_in_general(doc: PaperText, start: int) -> bool:
    """Return True if the sentence giving the name at ``start`` as an example speaks of its kind in general,
    in the present: nothing of the paper's own work (:data:`_OWN_WORK`), nothing done (:data:`_PAST`), no
    word of a study's doing or finding (:data:`_STUDY_WORDS`).

    Examples
    --------
    >>> doc = record_text("p", "", "Benchmarks are dominated by ratings of media, such as MovieLens, "
    ...                   "whereas repeat purchases are poorly represented. We use MovieLens.")
    >>> _said_in_general(doc, doc.text.index("MovieLens"))
    True
    >>> doc = record_text("p", "", "This objective improves the ability to solve tasks such as ImageNet.")
    >>> _said_in_general(doc, doc.text.index("ImageNet"))
    False
    >>> doc = record_text("p", "", "Extensive experiments are conducted on datasets such as Yelp.")
    >>> _said_in_general(doc, doc.text.index("Yelp"))
    False
    """
    _, first, last = sentence_span(doc, start)
    sentence = doc.text[first:last].lstrip()
    # (opening with the kind, not with the paper's thing or a clause of its own: "This homeostatic objective
    # dramatically improves the network's ability to solve complex tasks such as ImageNet 32x32")
    if not _GENERAL_OPENS.match(sentence):
        return False
    return not (_OWN_WORK.search(sentence) or _PAST.search(sentence) or _STUDY_WORDS.search(sentence))


def _subject_example(doc: PaperText, start: int, end: int) -> bool:
    """Return True if the name at ``doc.text[start:end]`` is an example ("such as", "e.g.") of the kind of
    thing the sentence (or a clause after a semicolon) opens with (:data:`_SUBJECT_OPENS`), in a clause that
    says, in the present, what such things are or do: neither the paper's own work (:data:`_OWN_WORK`) nor
    what was done (:data:`_PAST`) up to the clause's end or a relative clause on another noun.

    Examples
    --------
    >>> doc = record_text("p", "", "Agents such as Palimpsest address long inputs; we focus on control.")
    >>> _subject_example(doc, doc.text.index("Palimpsest"), doc.text.index(" address"))
    True
    >>> doc = record_text("p", "", "Benchmarks such as COCO serve to evaluate our detector.")
    >>> _subject_example(doc, doc.text.index("COCO"), doc.text.index(" serve"))
    False
    >>> doc = record_text("p", "", "We compare with agents such as Palimpsest on long trajectories.")
    >>> _subject_example(doc, doc.text.index("Palimpsest"), doc.text.index(" on"))
    False
    >>> doc = record_text("p", "", "We used Loam; agents such as Palimpsest ignore costs, which we model.")
    >>> _subject_example(doc, doc.text.index("Palimpsest"), doc.text.index(" ignore"))
    True
    >>> doc = record_text("p", "", "Patient-focused measures, including the BBI-12, assess the patient.")
    >>> _subject_example(doc, doc.text.index("BBI-12"), doc.text.index(", assess"))
    True
    >>> doc = record_text("p", "", "Data from cohorts, including UK Biobank, were pooled.")
    >>> _subject_example(doc, doc.text.index("UK Biobank"), doc.text.index(", were"))
    False
    """
    _, first, last = sentence_span(doc, start)
    cue = _SUCH_AS_BEFORE.search(doc.text, max(first, start - 90), start) or _INCLUDING_BEFORE.search(
        doc.text, max(first, start - 90), start
    )
    if cue is None:
        return False
    # the clause's opening: the sentence's, or one after a semicolon, which opens a clause as a sentence
    # does ("Velocities were taken from ITS_LIVE; toolkits such as Lantern can produce denser fields")
    semicolon = doc.text.rfind(";", first, cue.start())
    # (or after ", and", past a clause of others' work: "Distributional models ... are typically evaluated
    # against a fixed adult tag set, and several models of verb learning, such as FrameBoot, presuppose ...")
    joined = doc.text.rfind(", and ", max(first, semicolon), cue.start())
    if joined > 0 and not _OWN_WORK.search(doc.text, first, joined):
        semicolon = joined + 5
    opening = doc.text[first if semicolon < 0 else semicolon + 1 : cue.start()].lstrip()
    if not _SUBJECT_OPENS.fullmatch(opening[:1].upper() + opening[1:]):
        return False
    stop_at = _clause_end(doc.text, end, last)
    # a relative clause after another noun than the name says what that is ("but ignore the choice to
    # work, which is central in our setting"); one right after the name would say what the name is
    relative = _LATER_RELATIVE.search(doc.text, end + 1, stop_at)
    clause = doc.text[end : relative.start() if relative else stop_at]
    return _said_of_others(clause)


def _wanting_example(doc: PaperText, start: int, end: int) -> bool:
    """Return True if the name at ``doc.text[start:end]`` follows a colon closing a clause that says what a
    kind of thing lacks (:data:`_WANTING`), neither that clause nor the name's own saying anything of the
    paper's work or what was done with it (:data:`_OWN_WORK`, :data:`_PAST`): an example of what others'
    things fail to do.

    >>> doc = record_text("p", "", "Existing resources represent it poorly: CHARTA-Oc excludes Gascon.")
    >>> _wanting_example(doc, doc.text.index("CHARTA"), doc.text.index(" excludes"))
    True
    >>> doc = record_text("p", "", "Data came from few sources: CHARTA-Oc was tagged by us.")
    >>> _wanting_example(doc, doc.text.index("CHARTA"), doc.text.index(" was"))
    False
    """
    # (asked at every name: the colon first, before the sentence is looked up)
    colon = _AFTER_COLON.search(doc.text, max(0, start - 8), start)
    if colon is None:
        return False
    _, first, last = sentence_span(doc, start)
    opening = doc.text[first : colon.start()]
    if not _WANTING.search(opening) or _OWN_WORK.search(opening):
        return False
    clause = doc.text[end : _clause_end(doc.text, end, last)]
    return _said_of_others(clause)


def _anothers_data(doc: PaperText, before: Match, match: Match, mine: AbstractSet[str]) -> bool:
    """Return True if the data name ``match`` is what the named method right ``before`` it in its sentence,
    none of the paper's own, came from (:data:`_ANOTHERS_SOURCE`).

    Examples
    --------
    >>> doc = record_text("p", "", "We validate PREDEL-N, which was developed on MIMIC-IV, in 20 ICUs.")
    >>> at = [doc.text.index(n) for n in ("PREDEL-N", "MIMIC-IV")]
    >>> model = Match(at[0], at[0] + 8, "PREDEL-N", ("method:predel-n",))
    >>> data = Match(at[1], at[1] + 8, "MIMIC-IV", ("dataset:mimic-iv",))
    >>> _anothers_data(doc, model, data, set()), _anothers_data(doc, model, data, {"method:predel-n"})
    (True, False)
    """
    if not any(k.startswith("method:") for k in before.keys) or not mine.isdisjoint(before.keys):
        return False
    if sentence_span(doc, match.start)[1] > before.start:
        return False
    return _ANOTHERS_SOURCE.fullmatch(doc.text, before.end, match.start) is not None


def _in_background(doc: PaperText, start: int, end: int) -> bool:
    """Return True if the name at ``doc.text[start:end]`` stands in the sentence a structured abstract
    labels its background (:data:`_BACKGROUND_LABEL`), in a clause that says nothing of the paper's own
    work (:data:`_OWN_WORK`): "Background: ... evidence for heart failure comes largely from smaller
    cohorts such as the Framingham Heart Study", "Background: The MAPLE score ... was developed in UK
    Biobank, whose participants are older" name data the paper does not use.

    Examples
    --------
    >>> doc = record_text("p", "", "Background: Trials such as RAPIDO changed practice. We used RAPIDO data.")
    >>> [_in_background(doc, i, i + 6) for i in (doc.text.index("RAPIDO"), doc.text.rindex("RAPIDO"))]
    [True, False]
    >>> doc = record_text("p", "", "Background: In UK Biobank, we asked whether sleep predicts stroke.")
    >>> _in_background(doc, doc.text.index("UK"), doc.text.index(", we"))
    False
    >>> doc = record_text("p", "", "Background: The CMVI was derived from NHANES in US adults, but ...")
    >>> _in_background(doc, doc.text.index("NHANES"), doc.text.index(" in US"))
    True

    The section goes on to the next label: "Background: Evidence comes from temperate collections. The
    European VANE survey, for example, sampled only cold vaults. Methods: We surveyed ..."

    >>> doc = record_text("p", "", "Background: Data are few. The VANE survey sampled cold vaults only. "
    ...                   "Methods: VANE data were reanalysed.")
    >>> [_in_background(doc, i, i + 4) for i in (doc.text.index("VANE"), doc.text.rindex("VANE"))]
    [True, False]
    """
    index, first, last = sentence_span(doc, start)
    if not _BACKGROUND_LABEL.match(doc.text, first) and not _background_goes_on(doc, index):
        return False
    clause_end = _clause_end(doc.text, end, last)
    # the clause the name stands in, from the last break before it
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(doc.text, first, start)]
    clause_start = breaks[-1] if breaks else first
    return not _OWN_WORK.search(doc.text, clause_start, clause_end)


def _background_goes_on(doc: PaperText, index: int) -> bool:
    """Return True if sentence ``index`` of ``doc`` stands in a section labelled as background.

    The abstract's sentences before it are read back to the nearest that opens with a section's label.
    """
    for at in reversed(doc.starts[: index + 1]):
        if at < doc.title_end:
            return False
        if _BACKGROUND_LABEL.match(doc.text, at):
            return True
        if _SECTION_LABEL.match(doc.text, at):
            return False
    return False


# What others found, stated as known: "Household pesticide exposure has been linked to behavioural outcomes in
# children, for example in the Meadow Birth Cohort (Ferreira et al., 2009), but ..."
_FOUND_BEFORE = re.compile(
    r"\b(?:has|have)\s+been\s+(?:[a-z]+ly\s+)?(?:linked|associated|shown|reported|observed|found|documented|"
    r"demonstrated|related|attributed)\b"
)


# or what the literature suggested, its examples after it: "may contribute to the bias, as suggested by
# chamber yield compilations such as BRAMBLE [22] and by earlier comparisons of ... chemistry, e.g. Hedgerow
# [9]"
# or what the paper recommends others do: "we recommend that future waves include a scale such as the UBSM-14
# to test whether ..."
_RECOMMENDED_BEFORE = re.compile(r"\b[Ww]e\s+(?:would\s+|therefore\s+|also\s+)?recommend\b[^.;]{0,140}$")
_SUGGESTED_BY_BEFORE = re.compile(
    r"\bas\s+(?:suggested|shown|reported|noted|found|proposed|argued|demonstrated)\s+(?:by|in)\b"
    r"(?:[^.;]|e\.g\.|i\.e\.){0,180}$"
    # (or what the literature did with them: "has been estimated in the literature with closed-form approaches
    # such as CLONIE")
    r"|\bin\s+the\s+(?:literature|prior\s+work|previous\s+work)\b[^.;]{0,80}$"
)


def _found_by_others(doc: PaperText, start: int) -> bool:
    """Return True if the sentence naming an example at ``start`` states before it what others found
    (:data:`_FOUND_BEFORE`) and says nothing of the paper's own work: the example is where it was found.

    >>> doc = record_text("p", "", "Smoking has been linked to stroke, for example in the Harbour Study.")
    >>> _found_by_others(doc, doc.text.index("Harbour"))
    True
    >>> doc = record_text("p", "", "It has been linked to stroke, for example in the Harbour Study; we test.")
    >>> _found_by_others(doc, doc.text.index("Harbour"))
    False
    """
    _, first, last = sentence_span(doc, start)
    found = _FOUND_BEFORE.search(doc.text, first, start)
    return found is not None and not _OWN_WORK.search(doc.text, first, last)


def _of_the_literature(doc: PaperText, end: int) -> bool:
    """Return True if the clause going on from a name at ``end`` says nothing of the paper's own work."""
    _, _, last = sentence_span(doc, end)
    return not _OWN_WORK.search(doc.text, end, _clause_end(doc.text, end, last))


def _left_to_future_work(doc: PaperText, start: int, end: int) -> bool:
    """Return True if the clause naming ``doc.text[start:end]`` leaves it to future work (_FUTURE_WORK).

    Examples
    --------
    >>> doc = record_text("p", "", "We evaluate on X. Future work could feed the maps into tools such as Y.")
    >>> _left_to_future_work(doc, doc.text.find("Y"), doc.text.find("Y") + 1)
    True
    >>> _left_to_future_work(doc, doc.text.find("X"), doc.text.find("X") + 1)
    False
    >>> doc = record_text("p", "", "We evaluate on X, and future work will extend it.")
    >>> _left_to_future_work(doc, doc.text.find("X"), doc.text.find("X") + 1)
    False
    >>> doc = record_text("p", "", "Y would help, but sampling is not permitted; we plan to apply it later.")
    >>> _left_to_future_work(doc, doc.text.find("Y"), doc.text.find("Y") + 1)
    True
    """
    _, first, last = sentence_span(doc, start)
    for cue in _FUTURE_WORK.finditer(doc.text, first, last):
        between = doc.text[end : cue.start()] if cue.start() >= end else doc.text[cue.end() : start]
        if not _CLAUSE_BREAK.search(between):
            return True
        # (or one of the tasks a colon after it lists: "Two extensions remain for future work: linking these
        # advertisements to the surviving handbills in the Qiu Shuyun Collection, and applying automated
        # entity extraction with Reelmark")
        if cue.end() <= start and between.startswith(":"):
            return True
        # (or a clause of its own after it that leaves it so: "..., for example with the Halyard method
        # (Abernethy et al., 2021); we leave this to future work")
        if cue.start() >= end and _LEAVES_THIS.search(doc.text, end, cue.end()):
            return True
        # (or in a clause of its own whose subject takes the use of it up: "could be tested with
        # block-matching methods such as Xylomatch 2, but such analysis requires ... and is left to future
        # work")
        if cue.start() >= end and _SUCH_TAKEN_UP.match(between):
            return True
        # (or in a clause of its own that takes the name up by a pronoun: "Lead isotope assignment with LIBRA
        # would help ..., but sampling ... is not permitted; we plan to apply it to comparable sherds")
        if cue.start() >= end and ";" in between and _TAKEN_UP.match(doc.text, cue.end()):
            return True
        # (or the last predicate of the subject holding it, the sentence's, nothing of the paper's own work
        # in it: "Joint modelling ..., for example by extending CognaMix 2.0 to multistate characters, would
        # avoid conditioning on a fixed tree sample, and is left to future work")
        if (
            cue.start() >= end
            and _AND_IS_BEFORE.search(doc.text, first, cue.start())
            and ";" not in doc.text[first : cue.start()]
            and not _OWN_WORK.search(doc.text, first, cue.start())
        ):
            return True
    return False


_AND_IS_BEFORE = re.compile(r",?\s+and\s+(?:is|are)\s+$")


# (or "this": "A joint model of multiple survey rounds, such as the space-time structure of Baobab 2.0, could
# separate drift ..., but this is left to future work")
# (or after ", and": "detecting ... with Inkmoth 2.0 would test the transmission hypothesis more directly,
# and we leave this to future work")
_LEAVES_THIS = re.compile(
    r"(?:;|,\s+and)\s+(?:we\s+)?(?:leave|defer)\s+(?:this|these|it|them|that)\s+(?:to|for)\s+[^.;]*$"
)
_SUCH_TAKEN_UP = re.compile(r"[^.;]*?,\s+but\s+(?:such\s+(?:an?\s+)?[a-z]+|th(?:is|at)(?:\s+[a-z]+)?)\b")
_TAKEN_UP = re.compile(
    r"\s+(?:apply|use|run|test|try|adopt|employ|extend|validate|evaluate)\s+(?:(?:on|against|with)\s+)?"
    r"(?:it|them)\b"
)


# What the paper had meant to do with a name, and then says it did not: "We had intended to close the loop
# with Caravel, but its released implementation supports only quadrupeds", "We had planned to field the
# study on the Meridian Panel, but ..." (the name between the intention and the "but")
# (or weighed and set aside: "Our original plan was to draw the survey from Hive, ..., but", "We considered
# running the task in the STELLA simulator to standardise conditions, but its tissue model ...")
_INTENTIONS = ("intended", "planned", "hoped", "meant", "wanted", "aimed")
# the words a paper holds where _INTENDED can match it
_INTENTION_WORDS = (*_INTENTIONS, "plan was", "considered")
_INTENDED = re.compile(
    rf"\b(?:(?:had|have)\s+(?:also\s+|originally\s+|initially\s+)?(?:{'|'.join(_INTENTIONS)})\s+to|"
    # (a first plan, whatever the tense: "We initially planned to calibrate ... against DriveLog, but")
    rf"(?:initially|originally|first)\s+(?:{'|'.join(_INTENTIONS)})\s+to|"
    # (or what it considered doing, in a word or two: "we considered dynamic borrowing with PEBBLE and with
    # robust meta-analytic-predictive priors, but decided against both")
    r"(?:original|initial|first)\s+plan\s+was\s+to|considered\s+(?:[a-z][\w\-]*\s+)?[a-z]+ing)"
    r"\b(?:(?!\bbut\b)[^.;:]){0,160}$"
)
# what an analysis would be possible with, elsewhere than the paper's: "A comparable analysis of Kenyan local
# authorities would be possible with the KESTREL ledger, but no equivalent ... exists for Uganda"
_POSSIBLE_WITH_BEFORE = re.compile(
    r"\bwould\s+(?:be|have\s+been)\s+(?:possible|feasible)\s+(?:with|using|from)\s+(?:the\s+)?$"
)
# or after it, what was planned or considered and then not done: "a GASPAR-2 station was planned for the
# crater rim but could not be installed", "The Finnish subset of PolyLect-12 was considered as training data
# but could not be used"
_PLANNED_NOT_DONE_AFTER = re.compile(
    # (or, an example set off by commas, the plan its kind's: "Linkage to ... cohorts ..., such as the Tamar
    # Perinatal Cohort, was considered but not undertaken")
    r",?(?:\s+[a-z][\w\-]*){0,2}\s+(?:was|were)\s+(?:planned|intended|scheduled|foreseen|considered)\b"
    r"[^.;:]{0,80}?"
    r"\bbut\s+(?:(?:could|was|were|did)\s+)?not\b"
)
# or the thing itself considered, right before it: "We considered the PAWS-7 score, but it has been validated
# only in children aged 5 years and older"
_CONSIDERED_BEFORE = re.compile(r"\bconsidered\s+(?:the\s+)?$")
# (past a citation: "We had planned to use Tunebook (Ni Bhriain et al., 2017), but its sessions ..."; or
# without the comma where "but" says it was not done: "We considered using the Qi Deficiency Syndrome Scale
# as a secondary outcome but did not, because ...")
_BUT_LATER = re.compile(
    r"(?:\bet\s+al\.|(?!\b(?:which|who)\b)[^.;:]){0,200}?"
    r"(?:,\s*but\b|;\s*however\b|\s+but\s+(?:did|do|does|could|can|was|were|would)\s+not\b)|"
    # (past a relative clause of it too, where "but" says what was meant was not done: "We considered using
    # the Vireo Depression Trials Database, which contains more recent trials, but did not, because ...")
    r"(?:\bet\s+al\.|[^.;:]){0,200}?,\s*but\s+(?:we\s+)?(?:did|could|was|were)\s*(?:not|n't)\b"
)


def _intended_but_not_done(doc: PaperText, match: Match) -> bool:
    """Return True if the name at ``match`` is what the sentence says the paper had meant to use, but did not.

    Examples
    --------
    >>> from paperkg.inference.matcher import Match
    >>> doc = record_text("p", "", "We had intended to use Kiln, but it does not run on ARM. We use Loam.")
    >>> _intended_but_not_done(doc, Match(23, 27, "Kiln", ("method:kiln",)))
    True
    >>> doc = record_text("p", "", "A Kiln station was planned for the rim but could not be installed.")
    >>> _intended_but_not_done(doc, Match(2, 6, "Kiln", ("method:kiln",)))
    True
    >>> doc = record_text("p", "", "We had planned a survey, but used Kiln instead.")
    >>> _intended_but_not_done(doc, Match(34, 38, "Kiln", ("method:kiln",)))
    False
    >>> doc = record_text("p", "", "We considered the Kiln score, but it was validated only in adults.")
    >>> _intended_but_not_done(doc, Match(18, 22, "Kiln", ("method:kiln",)))
    True
    """
    _, start, _ = sentence_span(doc, match.start)
    intended = _INTENDED.search(doc.text, start, match.start) or _CONSIDERED_BEFORE.search(
        doc.text, max(start, match.start - 20), match.start
    )
    return bool(
        (intended and _BUT_LATER.match(doc.text, match.end))
        or _PLANNED_NOT_DONE_AFTER.match(doc.text, match.end)
    )


# (a place's too: "Unlike the Netherlands, where trimming records are pooled nationally in HoofPrint, ...")
_RELATIVE = re.compile(r"\s*(?:(?:for|in|of|on|to|with|from|by)\s+)?(?:which|who|whom|whose|where)\b")
_EXAMPLES_LEAD = re.compile(r"\s*(?:such\s+as|e\.g\.|for\s+example|including)\s")
# A thing the paper grants is there, in a clause it then sets its own choice against: "Although MRIS-2 is now
# available, we used the original image set so that results are comparable"
_CONCEDED_BEFORE = re.compile(r"\b(?:[Aa]lthough|[Tt]hough|[Ee]ven\s+though)\s+(?:the\s+)?$")
_AVAILABLE_AFTER = re.compile(
    r"(?:\s+(?:dataset|data|release|version|model|tool|package))?"
    r"\s+(?:is|are|was|were|has\s+been|have\s+been)"
    r"\s+(?:now\s+|also\s+|publicly\s+|freely\s+|since\s+)*(?:available|released|published)\b[^.;]{0,60}?,"
    r"\s+(?:we|our)\b"
)


def _in_contrast(doc: PaperText, start: int) -> bool:
    """Return True if the clause holding the name at ``start`` opens with a contrast ("Unlike ...").

    Examples
    --------
    >>> doc = record_text("p", "", "Unlike studies based on the UK Biobank, which is old, we use ours.")
    >>> _in_contrast(doc, doc.text.find("UK Biobank"))
    True
    >>> doc = record_text("p", "", "Unlike earlier work, we train on the UK Biobank.")
    >>> _in_contrast(doc, doc.text.find("UK Biobank"))
    False
    >>> doc = record_text("p", "", "Unlike the original model, which was trained on EyePACS, ours is not.")
    >>> _in_contrast(doc, doc.text.find("EyePACS"))
    True
    >>> doc = record_text("p", "", "Few are recorded: whereas the MHSC covers Meixian, none exist here.")
    >>> _in_contrast(doc, doc.text.find("MHSC"))
    True
    >>> doc = record_text("p", "", "Leaks were found, whereas tasks from Gauntlet serve as a control.")
    >>> _in_contrast(doc, doc.text.find("Gauntlet"))
    False
    >>> doc = record_text("p", "", "Unlike blasted tunnels, for which such as TunConv exist, ours do.")
    >>> _in_contrast(doc, doc.text.find("TunConv"))
    True
    """
    sentence = sentence_span(doc, start)[1]
    clause = doc.text[max(sentence, start - 200) : start]
    cut = max(clause.rfind(mark) for mark in ",;:(")
    # a relative clause belongs to the phrase before it: "Unlike the original RetiGrade, which was trained
    # on EyePACS images, ..."
    if cut > 0 and _RELATIVE.match(clause, cut + 1):
        cut = max(clause.rfind(mark, 0, cut) for mark in ",;:(")
    # and so do examples set off after it: "In contrast to approaches that assign exposure through
    # job-exposure matrices, such as DUSTMAP for silica, physician networks ..."
    if cut > 0 and _EXAMPLES_LEAD.match(clause, cut + 1):
        cut = max(clause.rfind(mark, 0, cut) for mark in ",;:(")
    if cut < 0 and sentence < start - 200:
        return False  # a clause this long: its opening is not read
    lead = _CONTRAST_LEAD.match(clause, cut + 1)
    # (a "whereas" after a comma sets two things the paper did side by side: "..., whereas tasks from
    # Gauntlet ... serve as a negative control"; after a colon or semicolon it opens the clause)
    after_comma = clause[cut : cut + 1] not in ":;"
    if lead is not None and lead.group(0).lstrip().startswith("whereas") and after_comma:
        return False
    return lead is not None


# The nouns of instruments, whose short acronyms name one thing with them ("the PLX index", "the GAD score"),
# where "the RCN model" or "the SPC method" may be any of many
_INSTRUMENT_HEADS = frozenset(
    ["index", "score", "scale", "questionnaire", "inventory", "checklist", "instrument", "measure", "battery",
     "nomogram"]
)  # fmt: skip


def _called_as_introduced(text: str, end: int, head: str | None) -> bool:
    """Return True if the noun ``head`` (or its plural) follows the name ending at ``end``.

    Examples
    --------
    >>> _called_as_introduced("we compute the PLX index from scanner data", 18, "index")
    True
    >>> _called_as_introduced("we compute the PLX from scanner data", 18, "index")
    False
    """
    return bool(head) and re.match(rf"[\s\-]+{head}(?:es|s)?\b", text[end : end + 24]) is not None


# the words before an acronym in brackets saying whose the thing is: "the ... method of Kaur and colleagues
# (PEHM)", "the model by Osei et al. (ABC)" (not "of Science and Technology": a body's name)
_OF_ITS_AUTHORS = re.compile(
    r"\b(?:of|by)\s+[A-Z][\w\-']+(?:\s+et\s+al|\s+and\s+(?:colleagues|co-?workers))\W*$"
)


def _made_only_for_others(text: str, start: int, end: int) -> bool:
    """Return True if the name at ``text[start:end]`` is said to be made only for other people or cases, and
    so not used (:data:`_MADE_ONLY_FOR_AFTER`).

    Examples
    --------
    >>> t = "Because the SQDS-12 was developed and validated only in adults, severity was rated otherwise."
    >>> _made_only_for_others(t, 12, 19)
    True
    >>> t = "The SQDS-12 was developed and validated only in adults. We used it in adults."
    >>> _made_only_for_others(t, 4, 11)
    False
    >>> t = "The RADI-7, for example, had not been translated into Amharic, so we evaluated the PHQ-9."
    >>> _made_only_for_others(t, 4, 10)
    True
    >>> t = "The RADI-7 had not been validated in Ghana, so we validated it there."
    >>> _made_only_for_others(t, 4, 10)
    False
    """
    made = _MADE_ONLY_FOR_AFTER.match(text, end)
    if made is None:
        return False
    then = made.group("then")
    if then is None:
        if _BECAUSE_BEFORE.search(text, max(0, start - 40), start) is None:
            return False
        then = _rest_of_sentence(text, made.end())
    return _left_alone(text[start:end], then)


def _rest_of_sentence(text: str, at: int) -> str:
    """Return ``text`` from ``at`` to the end of its sentence."""
    stop = text.find(". ", at)
    return text[at : stop if stop >= 0 else len(text)]


def _left_alone(name: str, then: str) -> bool:
    """Return True if ``then``, what a sentence goes on to after saying why a thing did not serve, neither
    names it again nor takes it up ("..., so we validated it in Ghana" is a use)."""
    return name not in then and _TAKES_IT_UP.search(then) is None


# A name in the reason the sentence gives for what the paper could not do: "Because the state tea-horse
# records compiled in ChaYin end before the Republican period, we could not compare the firm's volumes"
_REASON_OPENS_BEFORE = re.compile(r"(?:^|[.;]\s+)(?:Because|Since)\s+[^,.;:]{0,80}$")
_REASON_ENDS_AFTER = re.compile(r"[^,.;:]{0,80},\s+we\s+(?:could|can|did|were|was)\s*(?:not|n't|unable)\b")


def _lacking_the_reason(text: str, start: int, end: int) -> bool:
    """Return True if the name at ``text[start:end]`` is the reason the paper did otherwise, for what it
    cannot do (:data:`_CANNOT_DO_AFTER`), and the paper does nothing with it after.

    Examples
    --------
    >>> t = "Because Sorrel does not support IRTrees, models were coded in Stan."
    >>> _lacking_the_reason(t, 8, 14)
    True
    >>> t = "Because Sorrel does not support IRTrees, we extended it."
    >>> _lacking_the_reason(t, 8, 14)
    False
    """
    if _BECAUSE_BEFORE.search(text, max(0, start - 40), start) is None:
        return False
    cannot = _CANNOT_DO_AFTER.match(text, end)
    return cannot is not None and _left_alone(text[start:end], _rest_of_sentence(text, cannot.end()))


# What a name does not reach, said as the reason for what the paper did next: "The Andean Volcanic Unrest
# Catalogue (AVUC) does not extend beyond South America, ... We therefore compiled 318 unrest episodes"
_SHORT_OF_AFTER = re.compile(
    r"(?:\s*\([^()]{1,80}\))?\s+(?:does|did|do)\s+not\s+(?:(?:extend|reach)\s+(?:beyond|to|into)|cover)\b"
)
_SO_DONE_OTHERWISE = re.compile(
    r"\s*(?:[A-Z][a-z]+,\s+)?[Ww]e\s+(?:therefore|thus|hence|instead|consequently)\s+[a-z]+ed\b"
)


def _short_of_the_case(doc: PaperText, match: Match, matches: Sequence[Match], at: int) -> bool:
    """Return True if the sentence naming ``match`` says what it does not reach, the next sentence says what
    the paper therefore did, and the paper names it no more.

    Examples
    --------
    >>> from paperkg.inference.matcher import Match
    >>> doc = record_text("p", "", "AVUC does not cover Peru. We therefore compiled our own records.")
    >>> _short_of_the_case(doc, Match(0, 4, "AVUC", ("dataset:avuc",)), [], 0)
    True
    >>> doc = record_text("p", "", "AVUC does not extend beyond Chile. We therefore extended AVUC.")
    >>> m = Match(0, 4, "AVUC", ("dataset:avuc",))
    >>> _short_of_the_case(doc, m, [m, Match(57, 61, "AVUC", ("dataset:avuc",))], 0)
    False
    """
    if not _SHORT_OF_AFTER.match(doc.text, match.end):
        return False
    _, _, end = sentence_span(doc, match.start)
    if not _SO_DONE_OTHERWISE.match(doc.text, end):
        return False
    return all(set(later.keys).isdisjoint(match.keys) for later in matches[at + 1 :] if later.start >= end)


def _written_otherwise(text: str, surface: str) -> bool:
    """Return True if ``text`` holds the letters of ``surface`` more often in any case than as written (a
    quick test, whole words or not, before :func:`_shouted_word`)."""
    return text.lower().count(surface.lower()) > text.count(surface)


def _shouted_word(text: str, surface: str) -> bool:
    """Return True if ``surface``, a name in capitals, is a word ``text`` also writes otherwise: there the
    capitals shout or abbreviate the word ("Glue Joint Strength in Timber": "We test GLUE joints"; "An
    arc flash releases intense energy. We model ARC incident energy"), as a name shaped like a word is
    also the word (:func:`_word_shaped`).

    Examples
    --------
    >>> _shouted_word("Glue Joint Strength. We test GLUE joints.", "GLUE")
    True
    >>> _shouted_word("We fine-tune on GLUE and glue the heads together.", "BERT")
    False
    """
    if len(surface) < 3 or not surface.isalpha() or not surface.isupper():
        return False
    return any(m.group(0) != surface for m in re.finditer(rf"\b{surface}\b", text, re.I))


def _ambiguous_here(doc: PaperText, start: int, end: int) -> bool:
    """Return True unless a naming noun follows a common-word name ("the Adapters library")."""
    return not _NAME_CUE.match(doc.text[end : end + 20])


# An organism's scientific name in brackets after its common name, up to two words on: "Eastern
# Meadowlark (Sturnella magna)", "harbor seals (Phoca vitulina)". The epithet ends as Latin ones do, so
# that "(Python library)" or "(Smith and Jones)" is no such gloss.
_BINOMIAL_AFTER = re.compile(
    r"(?:[ \t-]+[A-Za-z][a-z]+){0,2}\s*\((?:[A-Z][a-z]+|[A-Z]\.) "
    r"[a-z]+(?:a|us|um|is|ae|i|es|ans|ens|ix|ax|ex|os)(?: [a-z]+)?\)"
)


# A word before a noun of places names a place: "the Tidewater region of Virginia", "Tidewater
# counties", "the Phoenix metropolitan area", not a model someone named Tidewater or Phoenix.
_PLACE_AFTER = re.compile(
    r"\s+(?:metropolitan\s+)?(?:regions?|count(?:y|ies)|areas?|coasts?|basins?|valleys?|rivers?|city|cities|"
    r"towns?|districts?|provinces?|peninsulas?|bay|islands?|lakes?|mountains|economy|plantations?)\b"
    # and before a feature of the land or sea, capitalised, a place's name: "west of the Cascade Range", "the
    # Mosaic Glacier" are no model named Cascade or Mosaic
    rf"|\s+(?:{FEATURE_WORDS}|Ice\s+Shelf)\b"
    # and before the noun of a body, capitalised, the body's name: "Concordia University Library", "the
    # Phoenix Children's Hospital"
    r"|\s+(?:[A-Z][\w'\u2019]*\s+)?"
    r"(?:University|College|Hospital|Institute|Museum|Library|School|Foundation)\b"
    # and a letter after it, which makes it another name: "inhibitors of Aurora A", "Hepatitis B", "Protein A"
    # (not a language's, which says what it is written in: "the Lantern R package", "a Kiln C library")
    r"|\s[A-HJ-Z](?![\w\-])(?!\s+(?:package|library|code|scripts?|implementation|toolbox|module)s?\b)"
)


# and a capitalised word after it, no noun of what names name, makes another name: "the Hearth Tax returns of
# 1662" are no Hearth index of household complexity (but "the Keystone Cohort", "Beacon 2", "the Lantern
# Bayesian model" of a paper that capitalises its kinds stay the name)
_OPENS_A_LONGER_NAME = re.compile(
    r"[ \t]+(?!(?:Model|Models|Framework|Method|Dataset|Data|Corpus|Index|Scale|Score|Study|Cohort|Trial|"
    r"Survey|Database|Toolkit|Library|Package|Project|Archive|Atlas|Benchmark|Protocol|Program|Programme|"
    r"System|Platform|Network|Suite|Collection|Registry|Register|Panel|Battery|Task|Test|Questionnaire|"
    r"Inventory|Version|Release|Algorithm|Tool|Pipeline|Software|Simulator|Solver|Classifier|Estimator|"
    r"Instrument|Array|Facility|Code|Controller|Sampler|Engine|Search|Set|Sets|Tables?|Catalogue|Catalog|"
    r"Bayesian|Gaussian|Markov)\b)[A-Z][a-z]{2,}\b"
)
# A word joined by a hyphen to another word makes another word: "Ribbon-width: a width parameter", "their
# ribbon-width" are no genotyper named ribbon (but a participle says what was done with the thing named,
# "a Lantern-based pipeline", "Kinetics-pretrained", and a kind says what it is like: "-style", "-like")
_WORD_COMPOUNDED = re.compile(r"-(?![a-z]+ed\b|(?:style|like|type)\b)[a-z]{2,}")


# A name shaped like a word, then "of" and a coined name, is that other thing's part so named: "Similar in
# spirit to the Atlas of ORB-SLAM3, the system keeps disconnected sub-maps" is no Atlas a paper presented
_PART_OF_ANOTHER = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z][\w\-]*?[A-Z0-9])[A-Z][\w\-]*")
# A computer named before its noun, whatever the name's shape: "DFT calculations were performed on the
# Kestrel supercomputer", "on the Aurora exascale supercomputer" are no planner or dataset named Kestrel
_MACHINE_AFTER = re.compile(r"(?:[ \t\-]+[a-z][\w\-]*)?[ \t\-]+(?:super-?computers?|HPC\s+(?:clusters?|systems?))\b")
# A name cited as a published thing is, by number or by authors and year, past the release it ran: "+1.8
# (PLT [27]) points", "detected with LOD v1.2 [12]", "from the XDC (Zhou et al. 2010)", "QiyueNet v1.2 (Huang,
# Petrov and Deng 2018)"
_CITED_AS_PUBLISHED = re.compile(
    r"(?:\s+v\d+(?:\.\d+)*)?\s?(?:\[\d+(?:\s*[,\-\u2013]\s*\d+)*\]|"
    r"\([A-Z][\w'\u2019\-]+(?:,?\s+(?:et\s+al\.?|and|&|[A-Z][\w'\u2019\-]+))*,?\s+(?:19|20)\d\d[a-z]?[;)])"
)
# A name set beside what it is there, a body's own internal thing: "Training data come from Granary, the
# company's internal feature store" is no Granary collection of benchmark datasets
_LOCAL_THING_APPOSED = re.compile(
    r",\s+(?:the\s+(?:company|firm|bank|hospital|insurer|retailer|operator|organi[sz]ation|agency|"
    r"university)['\u2019]s|our|their|its)\s+(?:own\s+)?(?:internal|in-house|proprietary)\b"
    # (or a body's public service: "EpiGraph, the open epidemic-surveillance dashboard of the regional health
    # agency" is no EpiGraph recommender)
    r"|,\s+the\s+(?:[\w\-]+\s+){0,4}?(?:dashboard|portal|website|web\s+site|helpline|hotline)\s+of\s+the\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:agency|ministry|department|authority|government|council|bureau|service|office)\b"
)
# A data's name before a capitalised noun of made things is part of another thing's proper name: "the Segment
# Anything Model (SAM)" is the model made with the SA-1B masks, not the masks ("ImageNet-pretrained models",
# in lowercase, still use ImageNet)
_MADE_NAMED_AFTER = re.compile(
    r"[ \t]+(?:Models?|Networks?|Algorithms?|Methods?|Frameworks?|Architectures?)\b"
)
# the weights a model learnt from data, named after the data: "ImageNet initialisation", "ImageNet weights",
# "an ImageNet-initialised encoder", "ImageNet-pretrained baselines" (not "ImageNet pretraining" a paper may
# do): two papers each starting from such weights share no data (PaperEntities.unshared)
# a study's published result the paper used: "when the published SLOW-30 effect was used as an informative
# prior in a Bayesian sensitivity analysis" (its work built on, no data of it drawn)
_PUBLISHED_USED_AFTER = re.compile(
    r"(?:[\s\-]+[a-z]+){1,2}\s+(?:was|were)\s+(?:used|taken|adopted|incorporated)\s+(?:as|in|into)\b"
)
_WEIGHTS_AFTER = re.compile(
    r"[\s\-]+(?:initiali[sz]ation|initiali[sz]ed|weights|checkpoints?|pre-?trained)\b", re.IGNORECASE
)


def _names_an_organism(doc: PaperText, end: int) -> bool:
    """Return True if the words ending at ``end`` are an organism's common name, its scientific name after
    them: a name made of a word that a paper gave its tool ("Meadowlark") is also a bird's.

    Examples
    --------
    >>> doc = record_text("p", "", "Eastern Meadowlark (Sturnella magna) declined. We use Meadowlark (v2.1).")
    >>> [_names_an_organism(doc, doc.text.find(w) + 10) for w in ("Meadowlark (S", "Meadowlark (v")]
    [True, False]
    """
    return _BINOMIAL_AFTER.match(doc.text, end) is not None


# items of data before the short acronym of their source, or what was drawn from it: "the 1,148 specimens of
# the KSC", "records from the", "person and office annotations drawn from the CMC"
_ITEMS_OF_BEFORE = re.compile(
    r"\b(?:(?:data|records|entries|specimens|samples|items|observations|participants|respondents|images|"
    r"recordings|annotations)\s+(?:of|from|in)|(?:drawn|taken|extracted|obtained|retrieved)\s+from)"
    r"\s+(?:the\s+)?$"
)


def _items_of_data_before(text: str, eid: str, start: int) -> bool:
    """Return True if data ``eid`` is named at ``start`` after items of data or what was drawn from it
    (:data:`_ITEMS_OF_BEFORE`)."""
    return eid.startswith("dataset:") and _ITEMS_OF_BEFORE.search(text, max(0, start - 40), start) is not None


# Data standing by an acronym, a word or three after it: "from the UKB prospective cohort", "Using ESS
# Round 10", "from standard DHS rounds", "the CSD MOF subset". A short acronym of a dataset a paper spelt
# out counts so in a paper that writes it alone (one spelling it out otherwise is read by its definition).
_DATA_BY_ACRONYM = re.compile(
    r"(?:\s+[\w\-]+(?:\.\d+)?){0,3}?\s+(?:data|microdata|data ?sets?|records|releases?|rounds?|waves?|cohorts?|"
    r"samples?|subsets?|participants|respondents|collection|time series)\b",
    re.I,
)


# the nouns a gloss of one word ends in: "the Tarnby dataset (TSWD)"
_GLOSS_NOUN = re.compile(
    r"(?:dataset|data|database|study|cohort|survey|corpus|archive|collection|model|tool)"
)


def _loose_gloss(long_form: str | None, acronym: str) -> bool:
    """Return True if ``long_form``, what a paper spells ``acronym`` out as, ends in a capitalised word
    opening with the acronym's letter and a noun of kinds: a shorthand of the name, no other name.

    Examples
    --------
    >>> _loose_gloss("on the Tarnby dataset", "TSWD"), _loose_gloss("of the Northfield study", "NSC")
    (True, True)
    >>> _loose_gloss("Named Entity Recognition", "NER"), _loose_gloss(None, "NSC")
    (False, False)
    """
    # (the words a definition was read with may come before: "of the Northfield study")
    words = (long_form or "").split()[-2:]
    return (
        len(words) == 2
        and words[0][:1] == acronym[:1]
        and words[0][1:].islower()
        and _GLOSS_NOUN.fullmatch(words[1]) is not None
    )


def _capitalised(words: str) -> str:
    """Return ``words`` with each one's first letter a capital ("of" too: the matcher reads a long name in
    any case but all lowercase)."""
    return " ".join(word[:1].upper() + word[1:] for word in words.split())


def _long_form_in(text: str, forms: Iterable[str]) -> bool:
    """Return True if ``text`` also spells out a short acronym's long form (else it may mean another thing)."""
    folded = " ".join(text.lower().split())
    return any(len(a) > 6 and " ".join(a.lower().split()) in folded for a in forms)


# the words around a name written short for a longer one: "outside the Delta.", "for the Delta were"
_THE_BEFORE_SHORT = re.compile(r"\bthe\s$")
_SHORT_NAME_AFTER = re.compile(
    r"\s*[.,;:)]|\s+(?:was|were|is|are|has|have|had|and|or|in|of|at|on|for|to|from|with|itself|region|"
    r"basin)\b"
)


def _short_for_a_longer_name(doc: PaperText, match: Match, matches: Sequence[Match]) -> bool:
    """Return True if ``match``, a name shaped as a word written "the Delta" with no noun after it, is short
    for a longer name the abstract ends with that word elsewhere ("the Okavango Delta":
    :func:`_ends_a_longer_name`; in the abstract, as a title's capitals are its style).

    Examples
    --------
    >>> from paperkg.inference.extract import record_text
    >>> doc = record_text("p", "", "Herds in the Okavango Delta declined. Counts outside the Delta were up.")
    >>> delta = [Match(doc.text.find("Delta"), doc.text.find("Delta") + 5, "Delta", ()),
    ...          Match(doc.text.rfind("Delta"), doc.text.rfind("Delta") + 5, "Delta", ())]
    >>> _short_for_a_longer_name(doc, delta[1], delta)
    True
    >>> doc = record_text("p", "", "The Mekong Delta was excluded. We used the Delta gridded product.")
    >>> delta = [Match(doc.text.find("Delta"), doc.text.find("Delta") + 5, "Delta", ()),
    ...          Match(doc.text.rfind("Delta"), doc.text.rfind("Delta") + 5, "Delta", ())]
    >>> _short_for_a_longer_name(doc, delta[1], delta)
    False
    """
    text = doc.text
    if not _THE_BEFORE_SHORT.search(text, max(0, match.start - 4), match.start):
        return False
    if not _SHORT_NAME_AFTER.match(text, match.end):
        return False
    return any(
        other.surface == match.surface
        and other.start >= doc.title_end
        and _ends_a_longer_name(text, other.start)
        for other in matches
    )


def _ends_a_longer_name(text: str, start: int) -> bool:
    """Return True if a capitalised word other than a sentence's first stands right before ``start``: a
    name of the corpus shaped as a word there ends another's ("the Allen Human Brain Atlas", "the World
    Ocean Atlas 2018", "the Mnemosyne Atlas" are no software named Atlas). (Not an acronym: "the Kenya
    DHS" is the DHS.)

    Examples
    --------
    >>> text = "We used the Allen Human Brain Atlas. Atlas tracks landmarks. In Atlas, we tested it."
    >>> [_ends_a_longer_name(text, text.find(w)) for w in ("Atlas.", "Atlas tracks", "Atlas,")]
    [True, False, False]
    >>> _ends_a_longer_name("queried through the GA4GH Beacon network", 26)
    True
    """
    before = text[max(0, start - 40) : start]
    words = before.split(" ")
    # (or an acronym with digits, whose body's thing it names: "the GA4GH Beacon network")
    if len(words) < 2 or words[-1] != "" or not words[-2][:1].isupper() or not words[-2].isalnum():
        return False
    # the word before it opens the sentence ("In Atlas, ...") or the text: no name of its own
    ahead = words[-3] if len(words) > 2 else None
    return ahead is not None and ahead != "" and not ahead.endswith((".", "!", "?", ":"))


# Up to three capitalised words before a name, and an acronym in brackets after it
_CAPITALS_BEFORE = re.compile(r"(?:[A-Z][\w\-]*\s+){1,3}$")
_BRACKETED_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z0-9\-]{1,14})[),;\s]")


def _inside_a_defined_name(text: str, start: int, end: int) -> str | None:
    """Return the acronym of a longer name the name at ``text[start:end]`` ends, if the paper abbreviates
    one: capitalised words before it and, after it, an acronym of them all, not of the name alone
    ("Multilingual LibriSpeech (MLS)", "the Korea National Health and Nutrition Examination Survey
    (KNHANES VII, 2016-2018)" are other data than LibriSpeech and NHANES, unless the acronym is theirs
    too, which the caller asks the matcher).

    Examples
    --------
    >>> text = "Training data come from Multilingual LibriSpeech (MLS). We also use LibriSpeech (LS)."
    >>> at = [text.find(w) for w in ("LibriSpeech (M", "LibriSpeech (L")]
    >>> [_inside_a_defined_name(text, start, start + len("LibriSpeech")) for start in at]
    ['MLS', None]
    """
    after = _BRACKETED_ACRONYM.match(text, end)
    if after is None:
        return None
    acronym = after.group(1)
    before = _CAPITALS_BEFORE.search(text, max(0, start - 60), start)
    if before is None or abbreviates(acronym, text[start:end]):
        return None
    # from each of those words on: "In Multilingual LibriSpeech (MLS)" is abbreviated without "In"
    words = text[before.start() : start].split()
    longer = (" ".join([*words[i:], text[start:end]]) for i in range(len(words)))
    return acronym if any(abbreviates(acronym, name) for name in longer) else None


# Surnames listed before the acronym of their initials: "the algorithm of Harrow, Hassidim and Lloyd (HHL)"
_SURNAMES_THEN_ACRONYM = re.compile(
    r"((?:,\s*[A-Z][a-z\-]+)*,?\s+(?:and|&)\s+[A-Z][a-z\-]+)\s*\(([A-Z]{2,6})\)"
)


# Authors after a verb of making, by their surnames: "the global rating scale proposed by Bridge and Salcedo"
_MADE_BY = re.compile(
    r"\b(?:proposed|developed|described|introduced|devised|designed|published|made|sold|manufactured|"
    r"produced|marketed)\s+by\s+$"
)
_AND_SURNAME = re.compile(r"\s+(?:and|&)\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b(?!\s+[A-Z])|\s+et\s+al\b")
# and wherever a year of publication follows them: "the spatial index of Harbor and Quint (2011)"
_SURNAMES_CITED = re.compile(
    r"(?:\s+(?:and|&)\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?|\s+et\s+al\.?),?\s*\(?(?:19|20)\d\d\b"
)


def _names_an_eponym(text: str, surface: str, end: int) -> bool:
    """Return True if ``surface`` at ``end`` is the first of surnames an acronym of their initials follows,
    or of authors a verb of making names ("the scale proposed by Bridge and Salcedo").

    Examples
    --------
    >>> text = "the original algorithm of Harrow, Hassidim and Lloyd (HHL), and a variant"
    >>> _names_an_eponym(text, "Harrow", text.find("Harrow") + 6)
    True
    >>> text = "the protocol of Goldreich, Micali and Wigderson (GMW) is evaluated"
    >>> _names_an_eponym(text, "Goldreich", text.find("Goldreich") + 9)
    True
    >>> text = "we compare Harrow and METIS (a partitioner) on 12 graphs"
    >>> _names_an_eponym(text, "Harrow", text.find("Harrow") + 6)
    False
    >>> text = "scored with the rating scale proposed by Bridge and Salcedo for suturing"
    >>> _names_an_eponym(text, "Bridge", text.find("Bridge") + 6)
    True
    >>> text = "computed following the spatial index of Harbor and Quint (2011) for each die"
    >>> _names_an_eponym(text, "Harbor", text.find("Harbor") + 6)
    True
    """
    start = end - len(surface)
    if _AND_SURNAME.match(text, end) and _MADE_BY.search(text, max(0, start - 30), start):
        return True
    if _SURNAMES_CITED.match(text, end):
        return True
    after = _SURNAMES_THEN_ACRONYM.match(text, end)
    if after is None:
        return False
    initials = surface[0] + "".join(w[0] for w in re.findall(r"[A-Z][a-z\-]+", after.group(1)))
    return initials == after.group(2)


# The nouns of collections of data after a name, possessive or not: "Bischoff's catalogue of ninth-century
# manuscripts", "the Solomon benchmark instances"
_DATA_NOUN_AFTER = re.compile(
    r"(?:'s|\u2019s)?\s+(?:catalogues?|catalogs?|corpus|corpora|database|dataset|data|collection|archive|"
    r"benchmark|survey|inventory|register|registry|tables?|instances|lists?)\b"
)


def _names_its_maker(text: str, surface: str, end: int) -> bool:
    """Return True if a paper names someone by ``surface`` as the maker of a thing ("the range proposed by
    Bischoff"), and its mention ending at ``end`` is no data's noun's: a word names one thing in one paper,
    the person here, whose data the paper would name by their noun ("Bischoff's catalogue").

    Examples
    --------
    >>> text = "Estimates fell within the range proposed by Bischoff. Bischoff's range is narrow."
    >>> _names_its_maker(text, "Bischoff", text.rfind("Bischoff") + 8)
    True
    >>> text = "We used Bischoff's catalogue of manuscripts, as proposed by Bischoff (1998)."
    >>> _names_its_maker(text, "Bischoff", text.find("Bischoff") + 8)
    False
    >>> _names_its_maker("We used the Bischoff catalogue and Bischoff's dates.", "Bischoff", 20)
    False
    """
    if _DATA_NOUN_AFTER.match(text, end):
        return False
    return any(
        _MADE_BY.search(text, max(0, m.start() - 30), m.start()) and not _AND_SURNAME.match(text, m.end())
        for m in re.finditer(rf"\b{re.escape(surface)}\b", text)
    )


def _word_shaped(surface: str) -> bool:
    """Return True if a name is shaped like a word or a code other fields use too ("Orca", "Kinetics", "C4").

    The lexicon's names are machine learning's; one written as a capitalised word is also an
    animal, a person or a word ("Orca predation", "Adam Smith", "Kinetics of ester hydrolysis"),
    and a letter with a digit a code of any field ("C4 plants", "the S4 segment"). Coined names
    are spelt otherwise (LoRA, ResNet, GPT-4, BERT). A mention so shaped counts only in a paper
    about machine learning, one using a word of the field (:data:`_MACHINE_LEARNING`) or naming
    a lexicon entry by a name only a coined one has (:func:`_coined`), or where a naming noun
    follows it ("the Emu system"): in a corpus holding the paper that introduced it too.

    Examples
    --------
    >>> [_word_shaped(s) for s in ("Orca", "Kinetics", "C4", "LoRA", "BERT", "GPT-4", "ResNet")]
    [True, True, True, False, False, False, False]
    """
    if surface.isalpha():
        return surface[0].isupper() and surface[1:].islower()
    return len(surface) <= 3 and surface[0].isalpha() and surface[1:].isdigit()


# Words an abstract of any field may use whatever its subject ("results", "data", "significant",
# "propose"): two papers sharing only these share no subject.
_GENERIC_WORDS = (
    "about above across after again against also although among analysis another applied apply approach "
    "approaches associated association available based because been before being below best better between "
    "both cannot case cases change changes compare compared comparison could current data dataset datasets "
    "demonstrate describe described design despite different does done during each early effect effects "
    "either especially estimate estimated evaluate evaluated evaluation even evidence example existing "
    "experiment experiments factor factors field find finding findings first five following found four "
    "framework from further furthermore general given good great have having here high higher highly "
    "however important improve improved improvement improves include included including increase increased "
    "increasing information into known large larger level levels like limited little long lower main make "
    "many measure measured method methods model models more most much need needs novel number observed "
    "obtained often only order other others outperform outperforms over overall paper part particular "
    "perform performance performed present presented previous previously problem problems process propose "
    "proposed provide provides quality range rate rates real recent report reported research result results "
    "same second several show showed shown shows significant significantly similar simple since single small "
    "some specific state studies study such suggest support system systems task tasks technique techniques "
    "than that their them then there these they third this those three through time times tool tools total "
    "towards type types under understanding upon used useful uses using value values various very well were "
    "what when where whether which while whose with within without work works would year years "
    # what research does and keeps, and when and where, in every field: two papers on a pupils'
    # questionnaire and a surveillance platform share "test", "national", "identify" and "month"
    "assess assessed assessment collect collected collecting conduct conducted contain contained containing "
    "contains develop developed developing discuss discussed examine examined extract extracted generate "
    "generated identified identify identifying implement implemented investigate investigated local month "
    "months national record recorded records test tested testing tests week weeks "
    # how often, and answering: a bridge's sensors and a trial's patients both "respond", "weekly", in
    # "open" platforms and "open-label" extensions
    "daily weekly monthly annual annually yearly hourly open respond responded responds response responses "
    # and the words of comparing, changing and holding, in every field: a bridge platform's paper and a
    # ketamine trial's both "remain", "reduce" and are "controlled"
    "account accounted accounts achieve achieved achieves alone average combination combine combined "
    "combines combining common commonly consistent consistently controlled derive derived extend "
    "extended extends full fully gain gains indicate indicated indicates largest less mean near offer "
    "offered offers original originally percent point points produce produced produces rather reach "
    "reached reaches reduce reduced reduces reducing reduction relative relatively remain remained "
    "remaining remains require required requires reveal revealed reveals short together whereas yield "
    "yielded yields "
    # and of parts and ties: a tax index and an LED-mapping technique, both BEACON, each "link" a
    # "component"
    "component components link linked linking links "
    # and of size, place, pattern and code, which every empirical field measures and writes: a
    # sports model and a nuclear-data framework, a brain atlas and a ship database, each named
    # alike, "network", "region", "scale", "period", "error" and "code" (not "series": "time series")
    "bias biases code codes connect connected connection connections construct constructed core device "
    "devices error errors fast faster index indices network networks pattern patterns period periods "
    "rarely region regions scale scales size sizes "
    # the data a field keeps and how it is got: "dataset" says no subject, nor "database"; a
    # synchrotron's beamline and a ship-motion database were each "carried out", "measurement"s "probed"
    "carried carries carry carrying database databases measurement measurements probe probed probes "
    # and what is had in common or lacking: a motion forecaster and a notification scheduler, both Relay,
    # each "shared" and "missing"
    "miss missed missing share shared shares sharing "
    # the first halves of compounds, which say how, not what: "multi-agent", "self-report", "cross-site"
    "anti cross inter multi post self semi "
    # the forms of modelling and grouping every empirical field writes: a labour-ward register study and an
    # aerial survey of herbivores, each "OASIS", both "modelled" "groups" (the headings of structured
    # abstracts stay: the fewer words then told presenters of one name in one field apart less often)
    "modelled modelling modeled modeling group groups grouped grouping"
)
_CONTENT_WORD = re.compile(r"[a-z][a-z\-]{3,}")
# At least this many words of abstract on both sides before topics are compared: a title or a
# fragment shares nothing by chance.
_TOPIC_MIN_WORDS = 20
# Topic words two papers share before a name they both write is taken for one thing: one word may be
# the field's own ("learning" in a killer-whale call detector and in a language model).
_TOPIC_SHARED = 2


# Endings taken off so that the forms of one word meet ("replicated", "replication": "replicat").
_ENDINGS = ("ations", "ation", "ings", "ing", "ions", "ion", "ed", "es", "s")


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """Return ``word`` without its commonest ending, keeping four letters ("cells": "cell")."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4 and not word.endswith("ss"):
            return word[: -len(ending)]
    return word


_GENERIC = frozenset(_stem(w) for w in _GENERIC_WORDS.split())


class _TopicForms(dict[str, str | None]):
    """A word -> its topic form (:func:`_stem`), or None where it says nothing of a topic (short,
    generic), each word worked out once: a paper's words are then looked up at the speed of a dict."""

    def __missing__(self, word: str) -> str | None:
        if len(self) >= 1 << 18:
            self.clear()
        form = _stem(word) if len(word) >= 4 else None
        self[word] = form = None if form in _GENERIC else form
        return form


_TOPIC_FORMS = _TopicForms()


def _topic_text(title: str | None, abstract: str | None) -> str | None:
    """Return the text a paper's topic words are read from, in lowercase; None where its abstract is too
    short to tell (fewer than :data:`_TOPIC_MIN_WORDS` words)."""
    abstract = abstract or ""
    # split no further than the words counted
    if len(abstract.split(None, _TOPIC_MIN_WORDS)) < _TOPIC_MIN_WORDS:
        return None
    return f"{title or ''} {abstract}".lower()


def _topic_words(abstract: str, title: str = "") -> frozenset[str]:
    """Return the words of a paper that say what it is about (none when its abstract is too short to tell).

    Examples
    --------
    >>> sorted(_topic_words("We report gamma-ray observations of two flaring blazars with the MAGIC "
    ...                     "telescopes. The data show a flux rise, and results suggest a synchrotron origin "
    ...                     "for the emission in both sources.", "Flaring Blazars"))[:6]
    ['blazar', 'emiss', 'flar', 'flux', 'gamma', 'gamma-ray']
    >>> _topic_words("Too short to say.")
    frozenset()
    """
    text = _topic_text(title, abstract)
    if text is None:
        return frozenset()
    found = set(_CONTENT_WORD.findall(text))
    # a compound and its parts: "pre-training" meets "training", "single-cell" meets "cells"
    found.update([part for word in found if "-" in word for part in word.split("-")])
    words = set(map(_TOPIC_FORMS.__getitem__, found))
    words.discard(None)
    return cast("frozenset[str]", frozenset(words))  # None discarded


def _collides(name: str) -> bool:
    """Return True if other fields may write ``name`` for something else: an acronym of capitals only
    ("MAGIC" telescopes and the imputation method, "SWIFT" payments, "PRISM" climate data). A name
    made of a word has its own rules (the corpus's lowercase words, :func:`_capital_forced`).

    Examples
    --------
    >>> [_collides(n) for n in ("MAGIC", "M-FAC", "Beacon", "KDE-Hot", "GPT-4", "LoRA")]
    [True, True, False, False, False, False]
    """
    letters = [ch for ch in name if ch.isalpha()]
    if any(ch.isdigit() for ch in name) or " " in name:
        return False
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


class _TopicsOf:
    """The topic words of papers by id (:func:`_topic_words`), off the papers or through ``paper_texts``,
    each paper's read once (an introducer may be cited by authors and year too)."""

    def __init__(self, papers: Mapping[str, Paper], paper_texts: _Texts | None) -> None:
        self._papers = papers
        self._texts = paper_texts
        self._known: dict[str, frozenset[str]] = {}

    def texts(self, ids: Iterable[str]) -> Iterable[tuple[str, str | None, str | None]]:
        """Yield the id, title and abstract of each paper of ``ids`` there is, as they are read."""
        wanted = sorted(set(ids))
        if self._texts is None:
            known = [self._papers[pid] for pid in wanted if pid in self._papers]
            return ((p.id, p.title, p.abstract) for p in known)
        return self._texts(wanted)

    def words(self, pid: str, title: str | None, abstract: str | None) -> frozenset[str]:
        """Return the topic words of paper ``pid``, whose text is given, and remember them."""
        words = self._known.get(pid)
        if words is None:
            words = self._known[pid] = _topic_words(abstract or "", title or "")
        return words

    def __call__(self, ids: Iterable[str]) -> dict[str, frozenset[str]]:
        ids = set(ids)
        for pid, title, abstract in self.texts(ids - self._known.keys()):
            self.words(pid, title, abstract)
        return {pid: self._known[pid] for pid in ids if pid in self._known}


_NAME_SPLIT = re.compile(r"[\s,.]+")


def _co_claims_apart(
    co_claims: Sequence[tuple[str, str, Introduced]],
    introducer: Mapping[str, str],
    topics_of: _TopicsOf,
    claim_of: Mapping[tuple[str, str], Introduced] | None = None,
    papers: Mapping[str, Paper] | None = None,
) -> set[int]:
    """Return the positions in ``co_claims`` of those by papers that share fewer topic words with the name's
    introducer than two papers on one subject share (:func:`_subject_need`), where both abstracts can tell,
    or whose introduction calls the thing otherwise than the introducer's (``claim_of``: "MERIDIAN:
    synthetic distribution feeders", "We present MERIDIAN (...), a semi-distributed model"), or spells it
    out otherwise: two things of one name. (A benchmark for matching claims to fact-checks and a corpus of
    port registers, each HARBOR, share "match" and "register": two words, which any two fields may share.)
    And, of ``papers``, a co-claimer with none of the introducer's authors, where both name theirs: a
    preprint and its journal version, or a thing and its next version, come from the same hands; another
    team presenting the name as its own made another thing of it ("the Ratchet sampler" for change-point
    models, "Ratchet", a search heuristic for vehicle routing, share five topic words).
    """
    apart: set[int] = set()
    hands: dict[str, frozenset[str]] = {}
    for i, (pid, eid, intro) in enumerate(co_claims):
        if papers is not None and _other_hands(papers.get(pid), papers.get(introducer.get(eid, pid)), hands):
            apart.add(i)
            continue
        first = claim_of.get((eid, introducer.get(eid, pid))) if claim_of is not None else None
        said, says = _introduced_head(first).rstrip("s"), _introduced_head(intro).rstrip("s")
        if said and says and said != says:
            apart.add(i)
        # an acronym each spells out otherwise: "the Genre Drift Index (GDI)", "the gradient dispersion
        # index (GDI)"
        spelt, spells = _long_forms(first), _long_forms(intro)
        if spelt and spells and not spelt & spells:
            apart.add(i)
    theirs = topics_of({introducer.get(eid, pid) for pid, eid, _ in co_claims})
    wanted: dict[str, list[tuple[int, frozenset[str]]]] = defaultdict(list)
    # an introducer's words less the name, one set for all its co-claimers: half the papers of a corpus of
    # variants co-claim a name, and a set each held 190 MB at 100k papers
    less_name: dict[tuple[str, str], frozenset[str]] = {}
    for i, (pid, eid, intro) in enumerate(co_claims):
        if i in apart:
            continue
        presenter = introducer.get(eid, pid)
        words = theirs.get(presenter)
        if words:
            name = intro.name.lower()
            key = (presenter, name)
            if key not in less_name:
                less_name[key] = words - {name, _stem(name)}
            wanted[pid].append((i, less_name[key]))
    for pid, title, abstract in topics_of.texts(wanted):
        for i, words in wanted[pid]:
            if _shares_subject(title, abstract, words) is False:
                apart.add(i)
    return apart


def _other_hands(
    paper: Paper | None, other: Paper | None, known: dict[str, frozenset[str]] | None = None
) -> bool:
    """Return True if two papers both name their authors and share no word of their names (past initials:
    a source may write "Lindholm F", another "Freya Lindholm").

    Examples
    --------
    >>> _other_hands(Paper(title="a", authors=["Freya Lindholm"]), Paper(title="b", authors=["S. Whitfield"]))
    True
    >>> _other_hands(Paper(title="a", authors=["Lindholm F"]), Paper(title="b", authors=["Freya Lindholm"]))
    False
    >>> _other_hands(Paper(title="a", authors=["Freya Lindholm"]), Paper(title="b"))
    False
    """
    if paper is None or other is None or not paper.authors or not other.authors or paper is other:
        return False
    known = {} if known is None else known
    return _name_words(paper, known).isdisjoint(_name_words(other, known))


def _name_words(paper: Paper, known: dict[str, frozenset[str]]) -> frozenset[str]:
    """Return every word of ``paper``'s authors' names longer than an initial, folded as surnames are, read
    once a paper (``known``: a paper co-claims several names)."""
    words = known.get(paper.id)
    if words is None:
        split = (w for author in paper.authors for w in _NAME_SPLIT.split(author) if len(w) > 1)
        words = known[paper.id] = frozenset(surname(w) for w in split)
    return words


def _shares_subject(title: str | None, abstract: str | None, words: AbstractSet[str]) -> bool | None:
    """Return whether a paper's topic words (:func:`_topic_words`) hold as many of ``words`` as two papers on
    one subject share (:func:`_subject_need`), read only as far as it takes to tell; None if it has no topic
    words. (Most co-claimers share their subject early: read whole, every co-claimer of a 20k-paper corpus of
    variants cost an add 0.6 s.)

    Examples
    --------
    >>> text = "We report gamma-ray observations of two flaring blazars with telescopes. The data show " * 2
    >>> _shares_subject("", text, frozenset({"blazar", "flux", "gamma", "observ", "telescop"}))
    True
    >>> _shares_subject("", text, frozenset({"quasar", "lens", "redshift", "galaxy", "cluster"}))
    False
    >>> _shares_subject("", "Too short to say.", {"short"}) is None
    True
    """
    text = _topic_text(title, abstract)
    if text is None:
        return None
    # the most the answer can need, whatever the paper's own number of words
    most = _subject_need(words, words)
    forms = _TOPIC_FORMS
    own: set[str] = set()
    shared = 0
    for m in _CONTENT_WORD.finditer(text):
        word = m.group(0)
        for part in (word, *word.split("-")) if "-" in word else (word,):
            form = forms[part]
            if form is None or form in own:
                continue
            own.add(form)
            if form in words:
                shared += 1
                if shared >= most:
                    return True
    return None if not own else shared >= _subject_need(own, words)


def _long_forms(intro: Introduced | None) -> frozenset[str]:
    """Return the forms an introduction spells its name out in, in lowercase words without a plural's "s"
    ("Gradient-Dispersion Scores" and "gradient dispersion score" meet).

    Examples
    --------
    >>> sorted(_long_forms(Introduced("GDS", "method", "", ["Gradient-Dispersion Scores", "GDS-1"])))
    ['gradient dispersion score']
    """
    if intro is None:
        return frozenset()
    return frozenset(
        " ".join(word.removesuffix("s") if len(word) > 3 else word for word in words)
        for words in (re.findall(r"[a-z]+", alias.lower()) for alias in intro.aliases if " " in alias.strip())
        if words
    )


def _topic_key(name: str, title: str | None, abstract: str | None) -> str:
    """Return the digest of what an introducer's topic words for ``name`` are read from: the name, the text.

    An add reads back the words of an introducer whose digest is the one stored
    (:func:`_introducer_topics`) instead of reading every introducer's text again.
    """
    joined = f"{name}\0{title or ''}\0{abstract or ''}"
    return hashlib.blake2b(joined.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def _introducer_topics(
    context: MatchContext,
    new: Mapping[str, _NewEntity],
    topics_of: _TopicsOf,
    stored: Mapping[str, Any] | None = None,
    apart: AbstractSet[str] = frozenset(),
) -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """Return, for each name other fields may use too that a paper of the corpus introduces, the
    topic words of that paper (only where its abstract can tell them): an acronym (:func:`_collides`),
    or a name that is a word (Orca, Falcon, Harbor, Lantern: :func:`_word_shaped`).

    A paper naming the acronym of another field's thing ("observations with the MAGIC telescopes",
    by a paper on single-cell imputation's MAGIC), or an animal a language model is named after
    ("a classifier to detect Orca calls"), shares fewer than :data:`_TOPIC_SHARED` of them: pass 2
    then takes its mention for another thing of the same name. Where both abstracts can tell, this
    also tells the log store named Harbor from "the harbor seal" of another paper, which a naming noun
    after it ("the Harbor log store") could tell alone before: "We extend Harbor, a geo-replicated log
    store" has none. A user of a name a paper of the corpus made of a word shares more: its maker's
    subject (pass 2), or "circumvention tools such as Tor, Psiphon and Lantern" would use a masking
    compiler named Lantern.

    One name given to two things within the corpus is told apart the same way, whatever its shape:
    names two papers introduce as things of different kinds (Meridian, a traffic dataset, and
    Meridian, a renderer), and the entities in ``apart``, which a paper presents as its own that
    shares no subject with their introducer (:func:`_co_claims_apart`). A paper that uses one of them
    shares its introducer's topic words, not the other's.

    Returns the topic words by entity, and by entity the key of what they were read from
    (:func:`_topic_key`). ``stored``, the entities of the last run's context signature
    (:func:`~paperkg.inference.cache.context_signature`), gives the words of an entity whose
    introducer and key are the ones stored: an add reads only the changed introducers' texts.
    """
    names = {eid: entity.name for eid, entity in new.items()}
    names.update((eid, name) for eid, (name, _) in context.lexicon_names.items() if eid in context.introducer)
    # the introducers of each name, of whichever kind
    named: dict[str, set[str]] = defaultdict(set)
    for eid, pid in context.introducer.items():
        if eid in names:
            named[names[eid].lower()].add(pid)
    wanted: dict[str, list[str]] = defaultdict(list)
    for eid, pid in context.introducer.items():
        name = names.get(eid)
        if name and (
            _collides(name)
            or _word_shaped(name)
            or _word_named(name)
            or eid in apart
            or len(named[name.lower()]) > 1
            # a name spelt out, written by its acronym too ("the Helsinki ... Register (HARBOR)")
            or (eid in new and any(_collides(alias) for alias in new[eid].aliases))
        ):
            wanted[pid].append(eid)
    stored = stored or {}
    topics: dict[str, frozenset[str]] = {}
    keys: dict[str, str] = {}
    for pid, title, abstract in topics_of.texts(wanted):
        for eid in wanted[pid]:
            name = names[eid].lower()
            key = keys[eid] = _topic_key(name, title, abstract)
            record = stored.get(eid)
            if record is not None and len(record) > 7 and record[2] == pid and record[7] == key:
                words = frozenset(record[6])
            else:
                words = topics_of.words(pid, title, abstract) - {name, _stem(name)}
            if words:
                topics[eid] = words
    return topics, keys


def _capital_forced(doc: PaperText, start: int) -> bool:
    """Return True if the word at ``start`` would be capitalised whatever it is: it starts a sentence
    or stands in a title in Title Case.

    A name another paper made of a word ("Phoenix", "Beacon", "Meridian") is that word as often as
    the name where only the capital tells them apart: "Heat-Related Emergency Visits in Phoenix,
    Arizona", "Meridian theory holds that qi flows through channels".

    Examples
    --------
    >>> doc = record_text("p", "Lighthouse and Beacon Heritage", "Beacon towers stand. We use Beacon.")
    >>> [_capital_forced(doc, doc.text.find(w)) for w in ("Beacon Heritage", "Beacon towers", "Beacon.")]
    [True, True, False]
    >>> doc = record_text("p", "", "We sampled threads. Conclusions: Thread-based sampling works.")
    >>> _capital_forced(doc, doc.text.find("Thread"))
    True
    """
    index = bisect_right(doc.starts, start) - 1
    if index >= 0:
        before = doc.text[doc.starts[index] : start].strip(" \t\n\"'\u201c\u2018(")
        # (or a structured abstract's part, past its heading: "Conclusions: Thread-based sampling surfaces")
        if not before or _HEADING.fullmatch(before):
            return True
    return start < doc.title_end and title_cased(doc.text[: doc.title_end])


_NUMBERED_AFTER = re.compile(r"\s+v?\d+\.\d+(?:\.\d+)*\b|\s+v\d+\b")
_HEADING = re.compile(r"[A-Z][a-z]+(?:\s+(?:and\s+)?[a-z]+){0,2}:")


def _compound_definition(definitions: Mapping[str, str], acronym: str) -> str | None:
    """Return the long form the paper gives a compound of ``acronym`` ("CLIP-seq"), if any.

    A paper that spells out "cross-linking immunoprecipitation followed by sequencing (CLIP-seq)"
    says what its CLIP stands for, and "CLIP clusters" there are not the model.

    Examples
    --------
    >>> _compound_definition({"CLIP-seq": "Cross-linking immunoprecipitation followed by sequencing"}, "CLIP")
    'Cross-linking immunoprecipitation followed by sequencing'
    >>> _compound_definition({"CLIPS": "a system"}, "CLIP") is None
    True
    """
    prefix = f"{acronym}-"
    return next((form for name, form in definitions.items() if name.startswith(prefix)), None)


def _coined(surface: str) -> bool:
    """Return True if a name is spelt as only a coined one is: mixed case, acronyms in a row, a long code.

    Examples
    --------
    >>> [_coined(s) for s in ("ResNet", "SQuAD", "CIFAR-10", "PASCAL VOC", "Orca", "ARC", "Kalman filter")]
    [True, True, True, True, False, False, False]
    """
    if _word_shaped(surface):
        return False
    letters = surface.replace(" ", "")
    mixed = not letters.isupper() and not letters.islower() and " " not in surface
    # "PASCAL VOC", "MS MARCO": acronyms in a row
    acronyms = " " in surface and letters.isupper()
    code = len(surface) >= 4 and any(ch.isdigit() for ch in surface) and surface[0].isalpha()
    return mixed or acronyms or code


# One paper presenting a name among others: its id, its topic words (less the name), the noun its
# introduction says the thing is ("TRELLIS: A Toolkit for ...": "toolkit"), lowercase, or "" if none, and
# the words of its first author's name, folded (:func:`~paperkg.inference.builds_on.surname`), space-separated
# (the surname may come first), or "", the forms it
# spells the name out in, and the name as it writes it ("KESTREL", "Kestrel", "tidewater")
Rival = tuple[str, frozenset[str], str, str, tuple[str, ...], str]


# At most this many papers presenting one name are told apart: two or three things of one name; more are
# versions and extensions of one thing (a corpus of a field names its best-known method so), whose users
# build on its introducer
_RIVALS_AT_MOST = 3


def _rivals(
    co_claims: Iterable[tuple[str, str, Introduced]],
    introducer: Mapping[str, str],
    claim_of: Mapping[tuple[str, str], Introduced],
    new: Mapping[str, _NewEntity],
    topics_of: _TopicsOf,
    papers_by_id: Mapping[str, Paper],
    several: AbstractSet[str] = frozenset(),
) -> dict[str, tuple[Rival, ...]]:
    """Return, by entity that more than one paper presents as its own (``co_claims``), each of those papers
    as a :data:`Rival`, the introducer first; only those whose abstract or introduction can tell them.

    ``several``: names more papers present, each on another subject (:data:`_APART_AT_MOST` at most)."""
    claimants: dict[str, list[str]] = defaultdict(list)
    for pid, eid, _ in co_claims:
        papers = claimants[eid]
        if not papers:
            papers.append(introducer.get(eid, pid))
        if pid not in papers:
            papers.append(pid)
    claimants = {
        eid: papers
        for eid, papers in claimants.items()
        if len(papers) <= (_APART_AT_MOST if eid in several else _RIVALS_AT_MOST)
    }
    words = topics_of({pid for papers in claimants.values() for pid in papers})
    found: dict[str, tuple[Rival, ...]] = {}
    for eid, papers in sorted(claimants.items()):
        entity = new.get(eid)
        name = entity.name.lower() if entity is not None else ""
        told = []
        for pid in papers:
            theirs = words.get(pid, frozenset()) - {name, _stem(name)}
            claim = claim_of.get((eid, pid))
            head = _introduced_head(claim)
            paper = papers_by_id.get(pid)
            # (every word of the name, folded: the surname may come first, "Zhang Yutong" cited as "Zhang et
            # al.")
            first_author = (
                " ".join(sorted({surname(word) for word in paper.authors[0].replace(",", " ").split()}))
                if paper is not None and paper.authors
                else ""
            )
            # the name spelt out, as an acronym's users write it too: "the Intolerance of Boredom Scale (IBS)"
            spelt = tuple(a.lower() for a in claim.aliases if " " in a) if claim is not None else ()
            if theirs or head or first_author or spelt:
                told.append((pid, theirs, head, first_author, spelt, claim.name if claim is not None else ""))
        if len(told) > 1 and told[0][0] == papers[0]:
            found[eid] = tuple(told)
    return found


def _introduced_head(intro: Introduced | None) -> str:
    """Return the noun an introduction sets after the name to say what it is, lowercase ("" if none).

    Examples
    --------
    >>> _introduced_head(Introduced("TRELLIS", "method", "TRELLIS: A Toolkit for Wizard-of-Oz Prototyping"))
    'toolkit'
    >>> _introduced_head(Introduced("Kestrel", "method", "We present Kestrel, a planner that samples paths."))
    'planner'
    >>> _introduced_head(Introduced("RIM", "method", "We present RIM (Rain Interception Model), a model"))
    'model'
    >>> _introduced_head(Introduced("MIRADOR", "method", "MIRADOR: predicting adverse events from lab data"))
    ''
    >>> _introduced_head(Introduced("TESSERA", "dataset", "Design of the TESSERA cluster-randomised trial"))
    'trial'
    >>> _introduced_head(Introduced("VESPER", "method", "the Early Signs (VESPER) scale, a questionnaire"))
    'scale'
    >>> _introduced_head(Introduced("TNL", "method", "we introduce TransNormerLLM (TNL), a new architecture"))
    ''
    """
    if intro is None:
        return ""
    at = intro.sentence.find(intro.name)
    if at < 0:
        return ""
    end = at + len(intro.name)
    # past what the name stands for: "MERIDIAN (Modular Event-based ... states), a semi-distributed model"
    spelt = SPELT_OUT.match(intro.sentence, end)
    end = spelt.end() if spelt else end
    # in brackets after its long form, a noun of kinds right after: "the ... and Rating (VESPER) scale"
    bracketed = intro.sentence[at - 1 : at] == "(" and intro.sentence[end : end + 1] == ")"
    end += bracketed
    # what it does, not what it is: "MIRADOR: predicting severe immune-related adverse events from ..."
    if _DOING_AFTER.match(intro.sentence, end):
        return ""
    head = None if bracketed else _head_after(intro.sentence, end)
    if head is None:
        # a noun of kinds right after it: "the TESSERA registry of", "the TESSERA cluster-randomised trial"
        after = _NOUNS_AFTER.match(intro.sentence, end)
        kinds = [w for w in after.group(0).lower().split() if w in _KIND_NOUNS] if after else []
        head = kinds[-1] if kinds else None
    return head.lower() if head and head.isalpha() else ""


_DOING_AFTER = re.compile(
    r"\s*[:,\-\u2013\u2014]\s*(?:[A-Za-z]+ing|[Tt]owards?|[Hh]ow|[Ww]hy|[Ww]hen|[Ww]hat)\b"
)
# the words after a name that may say what the thing named is: "the TRELLIS toolkit", "the TRELLIS
# observation framework"
# (within the title or the abstract: "... An Evaluation on TRACE" ends its title, whose abstract's first words
# "Model merging combines ..." say nothing of what TRACE is)
_NOUNS_AFTER = re.compile(r"(?:(?:[^\S\n]|-)+[A-Za-z]+){1,3}")
# what the words after a name say it is, set off by a comma: ", a stroke-level writer-attribution method"
_APPOSED_AFTER = re.compile(
    r",\s+an?\s+([A-Za-z][A-Za-z\- ]{0,60}?)(?=\s*[,.;(\[]|\s+(?:to|for|of|in|on|that|which)\s)"
)
# the authors cited right after a name, by the first's surname: "the TESSERA framework (Okafor et al.)",
# "TESSERA (Okafor and Brandt, 2019)"; not a span of years, which says when data were gathered, not who
# wrote: "the Birth and Early Mood cohort (Sweden, 2008-2010; n = 2,891)"; two names cited with their year,
# as two places where a cohort was gathered are not: "the GEMS cohort (Chennai and Coimbatore)"
_CITED_AFTER = re.compile(
    r"(?:[\s\-]+[A-Za-z]+){0,3}\s*\(\s*([A-Z][\w'\u2019\-]+)"
    r"(?=\s+et\s+al|\s+(?:and|&)\s+[A-Z][\w'\u2019\-]+,?\s*(?:19|20)\d\d"
    r"|,\s*(?:19|20)\d\d(?!\s*[\-\u2013\u2014/]\s*\d))"
)


def _rival_index(
    words: AbstractSet[str], claimants: Sequence[Rival], after: str = "", text: str = ""
) -> int | None:
    """Return the position in ``claimants`` (the papers presenting one name as their own, its introducer
    first) of the one a paper with topic words ``words`` means by it (0: its introducer), or None where
    nothing says which.

    The paper's text (``text``) says which where it spells the name out as one of them does and no other
    ("the Intolerance of Boredom Scale (IBS)", not the Interruption Burden Scale). The text right after
    the name (``after``) says which where it cites one paper's first author and no
    other's ("the TESSERA framework (Okafor et al.)"); else the topic words do, where the paper shares at
    least :data:`_TOPIC_SHARED` of one's and more than twice as many as of any other's, and as many as two
    papers on one subject share: :data:`_RIVAL_SHARED`, or :data:`_SUBJECT_SHARE` of the fewer topic
    words of the two; else the noun after the name, where it is the one one paper's introduction calls
    the thing and no other's ("the TRELLIS toolkit"); else a word between the name and that noun that is
    one paper's topic word and no other's ("the MOSAIC firn model").

    Examples
    --------
    >>> planner = ("p05", frozenset({"quadrotor", "flight", "planner", "horizon"}), "planner", "ito", (),
    ...            "")
    >>> forecaster = ("p15", frozenset({"forecast", "horizon", "etth", "patch"}), "transformer", "okafor", (),
    ...               "")
    >>> _rival_index({"forecast", "patch", "channel", "horizon"}, [planner, forecaster])
    1
    >>> _rival_index({"quadrotor", "flight", "horizon"}, [planner, forecaster])
    0
    >>> _rival_index({"horizon"}, [planner, forecaster]) is None
    True
    >>> _rival_index({"horizon"}, [planner, forecaster], " transformer was")
    1
    >>> _rival_index(set(planner[1]) | {"drone", "wind", "gust", "rotor", "thrust"}, [planner, forecaster],
    ...              " transformer was")
    0
    >>> _rival_index({"horizon", "quadrotor", "flight"}, [planner, forecaster], " model (Okafor et al.) as")
    1
    >>> _rival_index({"horizon"}, [planner, forecaster[:2] + ("planner",) + forecaster[3:]], " patch planner")
    1
    >>> spelt = ("p22", frozenset({"german", "boredom"}), "", "price", ("high-order interpolating zone",),
    ...          "")
    >>> _rival_index({"flight"}, [planner, spelt], "", "the High-Order Interpolating Zone (HORIZON)")
    1
    """
    if text and any(rival[4] for rival in claimants):
        lower = text.lower()
        spelt = [i for i, rival in enumerate(claimants) if any(form in lower for form in rival[4])]
        if len(spelt) == 1:
            return spelt[0]
    called: list[int] = []
    marked: list[int] = []
    if after:
        cited = _CITED_AFTER.match(after)
        author = surname(cited.group(1)) if cited else ""
        named = [i for i, rival in enumerate(claimants) if author and author in rival[3].split()]
        if len(named) == 1:
            return named[0]
        nouns = _NOUNS_AFTER.match(after)
        said_words = nouns.group(0).lower().replace("-", " ").split() if nouns else []
        said = set(said_words)
        called = [i for i, rival in enumerate(claimants) if rival[2] in said]
        # (unless another presenter, whose introduction calls the thing nothing, uses the noun too: "the
        # TRELLIS cohort" of a colon cancer cohort and of "The ... Study (TRELLIS): design ... of a ...
        # kidney transplant cohort")
        if len(called) == 1:
            noun = _TOPIC_FORMS[claimants[called[0]][2]]
            if any(not other[2] and noun in other[1] for k, other in enumerate(claimants) if k != called[0]):
                called = []
        # the words between the name and the noun saying what it is are what it is of: "the MOSAIC firn
        # model" is the firn model, of the two models named MOSAIC
        heads = {rival[2] for rival in claimants}
        noun_at = next((k for k, word in enumerate(said_words) if word in heads), 0)
        forms = {_TOPIC_FORMS[word] for word in said_words[:noun_at]} - {None}
        # (or said in apposition: "We applied BrushPrint, a stroke-level writer-attribution method [21], to",
        # the calligraphy method of the two named BrushPrint, not the painting one)
        marked = [i for i, rival in enumerate(claimants) if not forms.isdisjoint(rival[1])]
        apposed = _APPOSED_AFTER.match(after) if not marked else None
        if apposed is not None:
            # (by two words or more one presenter's and no other's: one may be any field's, "locally")
            said_apart = apposed.group(1).lower()
            apposed_words = {*said_apart.split(), *said_apart.replace("-", " ").split()}
            apposed_forms = {_TOPIC_FORMS[word] for word in apposed_words} - {None}
            # (each word's presenters: those of one alone tell)
            held_by = {f: [i for i, rival in enumerate(claimants) if f in rival[1]] for f in apposed_forms}
            alone = Counter(held[0] for held in held_by.values() if len(held) == 1)
            marked = [i for i, count in alone.items() if count >= 2]
    best = _clear_best({i: len(words & rival[1]) for i, rival in enumerate(claimants)})
    # and shares its subject, not the three or four words two abstracts of any fields share ("energy",
    # "format", "operator"); a subject so told outweighs the noun after the name, which two things may
    # both be called ("the Gauntlet benchmark" of a motion-planning paper: a benchmark suite of
    # planning queries, not the benchmark of Rust tasks of the same name)
    if best is not None and len(words & claimants[best][1]) >= _subject_need(words, claimants[best][1]):
        return best
    if len(called) == 1:
        # (unless the subject is another's alone, though not twice as clearly as the noun's presenter's words:
        # "analysed with the Lantern software" of peri-implant bone loss shares 8 words with a radiograph tool
        # of its field, 4 with forensic software for sex estimation, the one presenter calling it software)
        told = [
            i for i, rival in enumerate(claimants) if len(words & rival[1]) >= _subject_need(words, rival[1])
        ]
        return told[0] if len(told) == 1 else called[0]
    return marked[0] if len(marked) == 1 else None


def _makers(context: MatchContext, papers: Mapping[str, Paper]) -> dict[str, tuple[str, ...]]:
    """Return, for each name another field may use too (``context.topics``, ``context.rivals``), every word of
    the first author's name of each paper presenting it, folded: the surname may come first ("Lin Jiayi").

    Examples
    --------
    >>> context = MatchContext(None, frozenset(), {}, {}, {}, {"method:echo": "p1"}, {}, {}, {}, {},
    ...                        topics={"method:echo": frozenset({"attitude"})})
    >>> _makers(context, {"p1": Paper(title="Echo", authors=["Lin Jiayi", "Ann Roe"])})
    {'method:echo': ('jiayi', 'lin')}
    """
    makers: dict[str, tuple[str, ...]] = {}
    for eid in context.topics.keys() | context.rivals.keys():
        presenters = {context.introducer.get(eid, ""), *(rival[0] for rival in context.rivals.get(eid, ()))}
        words = {
            surname(word)
            for pid in presenters
            for paper in [papers.get(pid)]
            if paper is not None and paper.authors
            for word in paper.authors[0].replace(",", " ").split()
        }
        if words:
            makers[eid] = tuple(sorted(words))
    return makers


def _subject_need(words: AbstractSet[str], theirs: AbstractSet[str]) -> float:
    """Return how many topic words two papers share on one subject: as many as two presenters of one subject
    share (:data:`_SUBJECT_SHARE` of the fewer, :func:`_one_subjects_presenters`), or :data:`_RIVAL_SHARED`
    at most.

    Examples
    --------
    >>> _subject_need(set("abcdefghij"), set(range(100))), _subject_need(set(range(80)), set(range(90)))
    (1.2, 5)
    """
    return min(_RIVAL_SHARED, _SUBJECT_SHARE * min(len(words), len(theirs)))


# Nouns that call a thing data, or a method or instrument, after its name ("the VESPER pregnancy cohort",
# "the VESPER self-report scale"); not "panel", as often of plant accessions or genes as of households
_DATA_CALLED = frozenset(
    ["cohort", "dataset", "data", "corpus", "registry", "register", "survey", "database", "benchmark",
     "archive", "collection", "samples", "records", "trial", "study", "catalogue", "catalog"]
)  # fmt: skip
_METHOD_CALLED = frozenset(
    ["scale", "model", "method", "algorithm", "tool", "toolkit", "questionnaire", "instrument", "index",
     "score", "framework", "software", "package", "library", "protocol", "pipeline", "classifier", "system",
     # (a trial's design is a method: "Dose escalation followed the CASCADE design", no CASCADE cohort)
     "design", "estimator"]
)  # fmt: skip


# Words that end the nouns after a name: a preposition, an article, a verb of being, a conjunction
_JOINING_WORDS = frozenset(
    ["a", "an", "the", "for", "of", "in", "on", "at", "to", "by", "with", "from", "and", "or", "but", "as",
     "is", "are", "was", "were", "be", "been", "has", "have", "had", "who", "which", "that"]
)  # fmt: skip

_KIND_NOUNS = _DATA_CALLED | _METHOD_CALLED
# (and the nouns a name ends in to say so: "the Meridian Panel")
_NAME_KINDS = _KIND_NOUNS | {"panel", "project", "programme", "program"}


def _word_named(name: str) -> bool:
    """Return True if ``name`` is a name shaped like a word (:func:`_word_shaped`) and nouns saying what it
    names: as open to another field's use as the word alone (an online panel of US adults and a panel of
    cancer organoids, each "the Meridian Panel").

    Examples
    --------
    >>> [_word_named(n) for n in ("Meridian Panel", "Kestrel cohort study", "Meridian", "UK Biobank")]
    [True, True, False, False]

    So is a version of such a name ("Lantern 2", "Lantern-2": a neonatal cohort's successor, an actuarial
    release, an actigraphy algorithm).

    >>> [_word_named(n) for n in ("Lantern 2", "Lantern-2", "Lantern 2.0", "LANTERN-2", "GPT-4")]
    [True, True, True, False, False]
    """
    version = _WORD_VERSION.fullmatch(name)
    if version is not None:
        return _word_shaped(version.group(1))
    first, *rest = name.split()
    return bool(rest) and _word_shaped(first) and all(word.lower() in _NAME_KINDS for word in rest)


_WORD_VERSION = re.compile(r"([A-Za-z]+)[ \-](?:v?\d+(?:\.\d+)*|[IVX]+)")


# A run of a thing, with it: what a model or a program does, not data ("hindcast with SANDPIPER")
_RUN_WITH_BEFORE = re.compile(
    r"\b(?:simulated|modell?ed|hindcast|forecast|predicted|computed|calculated|solved|integrated|run)\s+"
    r"with\s+(?:the\s+)?$"
)


def _other_kind(keys: Iterable[str], after: str, before: str = "") -> set[str]:
    """Return the entities of ``keys`` (of one name, one of them data) the words ``after`` the name call
    another kind of thing than theirs: data ("cohort", "registry") or a method or instrument ("scale",
    "model"); none where they call it neither or both. Without such words, a run ``before`` it ("Recovery
    was hindcast with SANDPIPER") makes it a method: data are drawn from, not simulated with.

    Examples
    --------
    >>> keys = ["dataset:vesper", "method:vesper"]
    >>> _other_kind(keys, " pregnancy cohort who"), _other_kind(keys, " self-report scale and")
    ({'method:vesper'}, {'dataset:vesper'})
    >>> _other_kind(keys, " was used")
    set()
    >>> _other_kind(keys, " set"), _other_kind(keys, " threshold is set"), _other_kind(keys, " for a model")
    ({'method:vesper'}, set(), set())
    >>> _other_kind(keys, ", which captured", "Recovery was hindcast with ")
    {'dataset:vesper'}
    """
    words = after.split()
    # the nouns right after the name, not past a word that joins another phrase ("the Compass policy
    # database", then "recorded in Compass for a model region": no model)
    words = list(takewhile(lambda word: word not in _JOINING_WORDS, words))
    # a set right after the name is one of things ("the Meridian set" of drugs); later, as often a verb's
    data = not _DATA_CALLED.isdisjoint(words) or words[:1] in (["set"], ["sets"])
    method = not _METHOD_CALLED.isdisjoint(words)
    if not data and not method and before:
        method = _RUN_WITH_BEFORE.search(before) is not None
    if data == method:
        return set()
    things = [key for key in keys if not key.startswith("family:")]
    kinds = {key.startswith("dataset:") for key in things}
    return {key for key in things if key.startswith("dataset:") != data} if len(kinds) == 2 else set()


def _clear_best(shared: Mapping[T, int]) -> T | None:
    """Return the key of ``shared`` (candidates to the topic words a paper shares with each) that shares at
    least :data:`_TOPIC_SHARED` and more than twice as many as any other, if one does.

    Examples
    --------
    >>> _clear_best({"a": 5, "b": 2}), _clear_best({"a": 4, "b": 2}), _clear_best({"a": 1})
    ('a', None, None)
    """
    best = max(shared, key=shared.__getitem__, default=None)
    if best is None or shared[best] < _TOPIC_SHARED:
        return None
    return best if all(2 * n < shared[best] for key, n in shared.items() if key != best) else None


def _other_things(
    keys: Iterable[str], topics: Mapping[str, frozenset[str]], words: AbstractSet[str]
) -> set[str]:
    """Return the entities of ``keys`` a paper with topic words ``words`` does not mean by their one name:
    all but the one whose introducer's topic words it shares, where it shares at least
    :data:`_TOPIC_SHARED` of them and more than twice as many as of any other's (else none).

    Examples
    --------
    >>> topics = {"dataset:meridian": frozenset({"traffic", "router", "flow", "sampl"}),
    ...           "method:meridian": frozenset({"light", "render", "frame", "sampl"})}
    >>> _other_things(topics, topics, {"light", "render", "sampl"})
    {'dataset:meridian'}
    >>> _other_things(topics, topics, {"sampl", "frame", "flow"})
    set()
    """
    shared = {key: len(words & topics[key]) for key in keys if key in topics}
    best = _clear_best(shared)
    return set() if best is None else set(shared) - {best}


def _score_families(
    doc: PaperText,
    phrases: Iterable[tuple[Match, str]],
    weights: Mapping[tuple[str, str], float],
    entity_families: Iterable[tuple[str, float, str]],
    floors: Mapping[str, float],
) -> dict[str, FamilyHit]:
    hits: dict[str, FamilyHit] = {}
    counts: dict[tuple[str, str], int] = defaultdict(int)
    body: dict[str, list[tuple[int, float]]] = {}
    for match, fid in phrases:
        key = (fid, compact(match.surface).lower())
        counts[key] += 1
        if counts[key] > 2:
            continue
        hit = hits.setdefault(fid, FamilyHit())
        # the title says what the paper is about: its phrases count double
        weight = weights.get(key, 0.5)
        if match.start < doc.title_end:
            hit.score += 2 * weight
        else:
            hit.score += weight
            body.setdefault(fid, []).append((match.start, weight))
        if hit.evidence is None:
            hit.evidence = sentence_at(doc, match.start)[1]
        if match.surface not in hit.via:
            hit.via.append(match.surface)
    for fid, w, why in entity_families:
        hit = hits.setdefault(fid, FamilyHit())
        hit.score += w
        if why not in hit.via:
            hit.via.append(why)
    # a family the paper compares itself with or recalls as background ("outperforms in-context
    # learning", "many architectures such as linear attention") is what the paper is not: those
    # phrases count a quarter. Checked only for families that could pass their floor.
    aside: dict[int, bool] = {}
    for fid, items in body.items():
        if hits[fid].score < floors.get(fid, _FAMILY_THRESHOLD):
            continue
        for start, weight in items:
            # the raw sentence is enough to read its cues: no need to normalise its spacing
            index, first, end = sentence_span(doc, start)
            if index not in aside:
                aside[index] = _aside(doc.text[first:end].lstrip())
            if aside[index]:
                hits[fid].score -= 0.75 * weight
    ranked = sorted(
        ((fid, h) for fid, h in hits.items() if h.score >= floors.get(fid, _FAMILY_THRESHOLD)),
        key=lambda x: (-x[1].score, x[0]),
    )
    # a family far weaker than the paper's main one is a passing remark, not what the paper is about
    floor = ranked[0][1].score * _FAMILY_RELATIVE if ranked else 0.0
    return {fid: h for fid, h in ranked[:_FAMILY_MAX] if h.score >= floor}


_BACKGROUND = re.compile(
    r"^(?:Currently|Existing|Many|Most|Recently|Recent|Prior|Previous|Previously|Traditional|"
    r"Traditionally|Conventional|Conventionally|Typically|Although|While|Despite|Unlike)\b"
)
# besides what relation_of calls a comparison (_COMPARES: than, outperforms, compared with, vs, ...)
_ASIDE_WORDS = ("such as", "prevailing", "existing", "instead of", "alternative to", "unlike")


def _aside(sentence: str) -> bool:
    """Return True if a sentence names things as comparison or background, not as the paper's own."""
    if _BACKGROUND.match(sentence):
        return True
    lower = sentence.lower()
    return contains_any(lower, _ASIDE_WORDS) or _COMPARES.search(lower) is not None


def _spelt_as_introduced(
    new: Mapping[str, _NewEntity],
    introducer: Mapping[str, str],
    intro_claims: dict[str, list[tuple[str, Introduced]]],
    claim_of: dict[tuple[str, str], Introduced],
    co_claims: Iterable[tuple[str, str, Introduced]],
    several: set[str],
) -> None:
    """Name each new entity as its introducer spells it; a name two papers spell apart is two things, each
    presenter's, told apart by subject: its entity joins ``several``.

    Names one key folds together may be two names: "KESTREL" (an estimator, 2013) and "Kestrel" (a
    tensor network library, 2018). The entity is named as its introducer wrote it, whatever order
    the papers came in, and a claim in capitals only beside a name that is not (or the other way
    round) is another paper's own name, not a claim to this one: that paper does not build on the
    introducer, and the users of each thing are told apart by subject, as of a name several papers
    present (until 6 December (night) the other paper's claim was dropped, and its users built on nothing:
    a melody extractor Bramble's four users, beside a bee model BRAMBLE).
    """
    # per entity renamed, whether its name is in capitals only
    capitals: dict[str, bool] = {}
    for eid, pid in introducer.items():
        entity = new.get(eid)
        claim = claim_of.get((eid, pid))
        if entity is None or claim is None or entity_id(entity.kind, claim.name) != eid:
            continue
        entity.name = claim.name
        capitals[eid] = claim.name.isupper()
    other = {
        (p, e)
        for p, e, c in co_claims
        if e in capitals and e not in several and c.name.isupper() != capitals[e]
    }
    several.update(e for _, e in other)
    # of several, each presenter's spelling names the thing too: its users write "ATLAS" as it did
    for eid in several:
        entity = new.get(eid)
        if entity is not None:
            entity.aliases.update(c.name for _, c in intro_claims.get(eid, ()) if c.name != entity.name)


def _introducers(
    claims: Mapping[str, list[tuple[str, Introduced]]],
    lexicon_papers: Mapping[str, str],
    papers: Mapping[str, Paper],
    established: Mapping[str, int] | None = None,
) -> tuple[dict[str, str], list[tuple[str, str, Introduced]]]:
    """Pick one introducer per entity; the other claimants become mentions of it.

    An entity the lexicon dates (``year``) before every claimant stays external:
    a 2002 paper that "proposes a Hidden Markov Model" did not introduce it.
    """
    chosen: dict[str, str] = {}
    others: list[tuple[str, str, Introduced]] = []
    established = established or {}
    for eid, items in claims.items():
        pick = lexicon_papers.get(eid)
        since = established.get(eid)
        if pick is None and since is not None:
            items = [(pid, i) for pid, i in items if (papers[pid].year or since + 1) <= since]
            if not items:
                continue
        if pick is None:
            # (a cohort's profile and a trial's design paper are titled by it too: "Cohort profile: The TANDEM
            # study ...", not only its second release's "The TANDEM study: Second data release ...")
            titled = [pid for pid, intro in items if intro.how in ("title", "profile", "design")]
            pool = titled or [pid for pid, _ in items]
            # a paper whose date is known is the safer introducer than one that may be later
            pool.sort(key=lambda pid: paper_date(papers[pid]) is None)
            pick = pool[0]
            for pid in pool[1:]:
                if date_order(papers[pid], papers[pick]) == -1:
                    pick = pid
        chosen[eid] = pick
        for pid, intro in items:
            if pid != pick:
                others.append((pid, eid, intro))
    for eid, pid in lexicon_papers.items():
        chosen.setdefault(eid, pid)
    return chosen, others


def infer_corpus(
    papers: Sequence[Paper],
    lexicon: Lexicon,
    related_k: int = 10,
    progress: Progress | None = None,
    engine: Engine | None = None,
    cache: ExtractionCache | None = None,
) -> CorpusInference:
    """Extract entities and infer every inference edge over a corpus.

    Parameters
    ----------
    papers
        The whole corpus (inference recomputes everything it owns).
    lexicon
        Known methods, datasets and families.
    related_k
        SAME_FAMILY / SHARES_DATASET partners kept per paper.
    progress
        Where to report progress.
    engine
        Where the per-paper passes run (:mod:`paperkg.engine`); default: in this process.
    cache
        Where each paper's pass-1 result is kept between builds (:mod:`paperkg.inference.cache`):
        a paper whose text and rules are unchanged is not read again.

    Returns
    -------
    CorpusInference
    """
    # inference allocates millions of small acyclic objects; the cyclic collector
    # would rescan them again and again, so it is paused while they are made
    with cyclic_gc_paused():
        result = _infer(papers, lexicon, related_k, progress or NullProgress(), engine, cache)
        result.edges.extend(Edge.model_validate(row) for rows in result.rows.values() for row in rows)
        result.rows = {}
    return result


class PaperRecord(NamedTuple):
    """The fields of a paper the per-paper stage reads: plain data, cheap to pickle and to store."""

    id: str
    title: str | None
    abstract: str | None


def paper_record(paper: Paper) -> PaperRecord:
    """Return the :class:`PaperRecord` of ``paper``."""
    return PaperRecord(paper.id, paper.title, paper.abstract)


def _records(papers: Sequence[Paper], paper_texts: _Texts | None) -> Iterator[PaperRecord]:
    """Yield each paper's record, in order: off the paper, or with its text read through ``paper_texts``."""
    if paper_texts is None:
        yield from (paper_record(p) for p in papers)
        return
    for paper, (pid, title, abstract) in zip(papers, paper_texts(p.id for p in papers), strict=True):
        if pid != paper.id:
            raise RuntimeError(f"the text read for paper {paper.id} is paper {pid}'s")
        yield PaperRecord(pid, title, abstract)


@dataclass(frozen=True, slots=True)
class IntroducedName:
    """A name a paper introduces, with the lexicon entry its name (or failing that an alias) spells."""

    intro: Introduced
    lexicon_id: str | None
    alias_id: str | None


@dataclass(slots=True)
class PaperNames:
    """Pass 1 over one paper: the names it introduces, its dataset cues, and its lowercase words."""

    paper_id: str
    introduced: list[IntroducedName]
    rejected: list[str]
    cues: list[DatasetCue]
    words: set[str] | None = None
    # papers it cites by authors and year, each with its sentence (read when the corpus has authors)
    citations: list[tuple[AuthorYear, str]] = field(default_factory=list)
    # the acronyms it spells out in lowercase words, terms of a field (datasets.spelt_as_terms), the names it
    # writes as encodings of inputs (datasets.encoding_names), the words it names periods of history by
    # (datasets.period_words) and, marked, places by (datasets.place_words)
    terms: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class NamesContext:
    """What pass 1 needs besides the paper: a matcher of the lexicon's names."""

    lexicon_matcher: Matcher
    # read citations by authors and year too (only worth it when some paper has authors)
    citations: bool = False


def paper_names(
    record: PaperRecord, context: NamesContext, words: bool = False, doc: PaperText | None = None
) -> PaperNames:
    """Read one paper for the names it introduces and the datasets it speaks of (pass 1).

    Parameters
    ----------
    record
        The paper's id, title and abstract.
    context
        Built once from the lexicon (see :func:`names_context`).
    words
        Also return the lowercase words of the text (the corpus's sample of ordinary words).
    doc
        ``record_text(*record)``, where the caller made it.

    Returns
    -------
    PaperNames
    """
    doc = doc or record_text(*record)
    rejected: list[tuple[str, str]] = []
    introduced: list[IntroducedName] = []
    matcher = context.lexicon_matcher
    for intro in find_introduced(doc, rejected):
        eid = _whole(matcher, intro.name)
        alias = None if eid is not None else next((e for e in (_whole(matcher, a) for a in intro.aliases) if e), None)
        introduced.append(IntroducedName(intro, eid, alias))
    cites = author_year_citations(doc.text) if context.citations else []
    # (a survey's citations of the works it reviews, or of examples of a kind, are no use of them: what the
    # name path judges of its names, said of the citations beside them)
    if cites and _surveys_the_literature(doc):
        cites = [cite for cite in cites if not _reviewed_in_passing(doc, cite)]
    citations = [(cite, sentence_at(doc, cite.start)[1]) for cite in cites]
    return PaperNames(
        record.id,
        introduced,
        [why for _, why in rejected],
        dataset_cues(doc, _scores_on_data),
        set(_LOWER_WORD.findall(doc.text)) if words else None,
        citations,
        [
            *spelt_as_terms(doc.text),
            *encoding_names(doc.text),
            *period_words(doc.text),
            *place_words(doc.text),
            *record_kinds(doc.text),
        ],
    )


def _corpus_terms(found_names: Iterable[PaperNames]) -> set[str]:
    """Return the words the corpus's papers write as terms, no names of data: each paper's terms, and each
    acronym the corpus writes before the records of two sources or more (:func:`datasets.record_kinds`)."""
    terms: set[str] = set()
    sources: dict[str, set[str]] = defaultdict(set)
    for item in found_names:
        for term in item.terms:
            name, tab, source = term.partition("\t")
            if tab:
                sources[name].add(source)
            else:
                terms.add(term)
    terms.update(name for name, seen in sources.items() if len(seen) >= 2)
    return terms


def names_context(lexicon: Lexicon) -> NamesContext:
    """Return the context of :func:`paper_names` for ``lexicon``."""
    versioned = {entity_id(e.kind, e.version_of) for e in lexicon.entries.values() if e.version_of}
    return NamesContext(Matcher(_lexicon_names(lexicon), versioned))


def _names_chunk(context: NamesContext, chunk: Sequence[tuple[PaperRecord, bool]]) -> list[PaperNames]:
    return [paper_names(record, context, words) for record, words in chunk]


def _names_encoded(
    context: NamesContext, chunk: Sequence[tuple[PaperRecord, bool]]
) -> list[tuple[PaperNames, str]]:
    """:func:`_names_chunk`, each result with its encoding for the cache: made where the result is, from the
    sentences pass 1 split (in the process that stores it, that was a second split: with pass 2's, a quarter of
    its CPU in a build)."""
    from paperkg.inference.cache import encode_names

    out = []
    for record, words in chunk:
        doc = record_text(*record)
        found = paper_names(record, context, words, doc)
        out.append((found, encode_names(found, record, doc)))
    return out


@dataclass(frozen=True)
class MatchContext:
    """What pass 2 needs besides the paper, built once from the corpus's pass 1 (plain data; pickles)."""

    matcher: Matcher
    ambiguous: frozenset[str]
    # a new name of three capitals or fewer (no digit) -> its long forms, one the text must spell out
    short_new: dict[str, tuple[str, ...]]
    # a short acronym a paper gave a lexicon entry -> (that entry, its surfaces)
    short_aliases: dict[str, tuple[str, tuple[str, ...]]]
    lexicon_names: dict[str, tuple[str, str]]
    introducer: dict[str, str]
    version_of: dict[str, str]
    entity_families: dict[str, list[str]]
    family_weights: dict[tuple[str, str], float]
    family_floors: dict[str, float]
    # an acronym or a word another field may use for something else -> its introducer's topic words
    topics: dict[str, frozenset[str]] = field(default_factory=dict)
    # a name more than one paper presents as its own -> each of them (its introducer first) with its topic
    # words: a user clearly sharing another's subject than the introducer's builds on that paper
    rivals: dict[str, tuple[Rival, ...]] = field(default_factory=dict)
    # a lexicon name a paper of the corpus presents, not the lexicon's own paper: another thing of that name
    # (Orca, a transit search; FALCON, a flight-control tool), which the corpus made as it makes its own names
    presented_otherwise: frozenset[str] = frozenset()
    # of those, the ones a paper of another field than the lexicon's (machine learning) presents, which cannot
    # be the entry's own: its users are told by subject, as users of the corpus's own names are
    presented_afield: frozenset[str] = frozenset()
    # the lexicon's names of public data any field uses (:attr:`LexiconEntry.any_field`)
    any_field: frozenset[str] = frozenset()
    # a name of :attr:`topics` or :attr:`rivals` -> the words of its presenters' first authors' names, folded
    # (:func:`_makers`): a user citing another maker after the name ("the Echo task (Fairbanks et al.)")
    # means another thing of that name
    makers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a name of :attr:`short_new` its introducer spelt out nowhere -> the instrument's noun it set after it
    # ("We construct the PLX index, a measure of ..."), which says the user means that one ("the PLX index")
    short_heads: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class PaperMatches:
    """Pass 2 over one paper: its entities and families, and the builds-on claims its mentions make."""

    entities: PaperEntities
    claims: list[Claim]
    # every key and surface the matcher found in the paper, kept or not: what the result depends on
    keys: AbstractSet[str] = field(default_factory=set)
    surfaces: AbstractSet[str] = field(default_factory=set)


def paper_matches(
    record: PaperRecord,
    mine: Iterable[str],
    claimed: Mapping[str, Introduced],
    context: MatchContext,
    doc: PaperText | None = None,
) -> PaperMatches:
    """Match the corpus's names in one paper; build its mentions, introductions, families and claims (pass 2).

    Parameters
    ----------
    record
        The paper's id, title and abstract.
    mine
        The entities this paper introduces (its own claims and the lexicon's).
    claimed
        Entity -> this paper's first claim to introduce it.
    context
        Built once from the corpus after pass 1.
    doc
        ``record_text(*record)``, where the caller made it.

    Returns
    -------
    PaperMatches
    """
    doc = doc or record_text(*record)
    pid = doc.paper_id
    found = PaperEntities(pid)
    mine = set(mine)
    matcher = context.matcher
    ambiguous = context.ambiguous
    definitions: dict[str, str] | None = None
    phrases: list[tuple[Match, str]] = []
    typed: dict[int, tuple[str, str | None]] = {}
    matches = matcher.find(doc.text)
    if matcher.versioned and ("version" in doc.text or "release" in doc.text):
        _versions_named_after(doc.text, matches, matcher, mine, context.version_of)
    topics = context.topics
    rivals = context.rivals
    # entity -> the paper presenting that name apart from its introducer that this paper means by it
    meant: dict[str, str] = {}
    # the paper's own topic words, read at its first name another field may use too
    own_topics: frozenset[str] | None = None
    # whether the paper is about machine learning, asked at its first lexicon name shaped like a word
    about_learning: bool | None = None
    # and whether it uses a word of the field (None: not asked yet)
    learning_words: bool | None = None
    # whether it speaks of scoring on data (datasets, benchmarks), asked at its first such dataset name
    scoring_words: bool | None = None
    # which words of a name not used the paper holds at all, asked at its first name that gets so far
    unused: _UnusedCues | None = None
    # data names the paper calls software somewhere ("the CASCADE framework"): the software, wherever named
    software: set[str] = set()
    # data of the corpus the paper names only by their conventions, and data it names otherwise
    conventions: set[str] = set()
    as_data: set[str] = set()
    # data the paper names only by weights others learnt from it ("ImageNet initialisation"), and otherwise
    learnt: set[str] = set()
    drawn: set[str] = set()
    # what the paper called a name of two things of two kinds, by its keys (_other_kind)
    kinds_told: dict[tuple[str, ...], AbstractSet[str]] = {}
    # the names a sentence says the paper did not use, by the sentence (its position in ``doc.starts``)
    unused_here: set[tuple[str, int]] = set()
    # the names the paper cites to a maker none of their presenters is: another thing of the name, throughout
    makers_otherwise: set[str] = set()
    # the entities the paper names by a name of words that is theirs alone (read where a name is several's)
    named_alone: set[str] | None = None
    # whether the paper surveys others' work (_surveys_the_literature), asked once, where a name needs it
    surveyed: list[bool] = []

    def surveys() -> bool:
        if not surveyed:
            surveyed.append(_surveys_the_literature(doc))
        return surveyed[0]

    nothing_analysed: list[bool] = []

    def analyses_nothing() -> bool:
        if not nothing_analysed:
            # (the survey first: its words are looked for before any pattern is searched)
            nothing_analysed.append(surveys() and _NO_NEW_ANALYSIS.search(doc.text) is not None)
        return nothing_analysed[0]

    # the names the paper gives a case, wherever it writes them: "Brindle v. Harcourt", then "citing Brindle"
    cases = {m.surface for m in matches if _CASE_AFTER.match(doc.text, m.end)} if " v" in doc.text else _NONE
    for at, match in enumerate(matches):
        # a name the paper presents as its own names its own thing there, not another's of that name
        own_name = not mine.isdisjoint(match.keys)
        # one name two papers of the corpus gave two things: the one whose subject the paper shares
        others: AbstractSet[str] = frozenset()
        # whether what the paper calls it chose, which topic words then do not overrule
        called = False
        if not own_name and len(match.keys) > 1:
            # what the paper calls it, where one is data and the other not: "the VESPER pregnancy cohort",
            # "The CASCADE framework of Hallström and Diallo" (whether or not the introducers' words tell)
            after = _NOUNS_AFTER.match(doc.text, match.end)
            before = doc.text[max(0, match.start - 40) : match.start]
            others = _other_kind(match.keys, after.group(0).lower() if after else "", before)
            # told once, the same thing wherever the paper names it again: "parameterised from the Compass
            # policy database: each subsidy recorded in Compass ..." is no Compass package of telemetry
            if others:
                kinds_told[match.keys] = others
            else:
                others = kinds_told.get(match.keys, others)
            # (or one of them the paper names alone elsewhere, by another of its names: "the Stochastic
            # Anticipation Car-Following model ... the original SACF" is no Safety-Aware Car-Following
            # (SA-CF) model)
            # (not a thing and its later version, which a release names by the first's words: "the second data
            # release of the Tübingen Acral Melanocytic Lesion Archive (TAMLA-2)")
            things = [key for key in match.keys if not key.startswith("family:")]
            versions = any(context.version_of.get(key) in things for key in things)
            if not others and len(things) > 1 and not versions:
                if named_alone is None:
                    named_alone = {m.keys[0] for m in matches if len(m.keys) == 1 and " " in m.surface}
                alone = [key for key in things if key in named_alone]
                if len(alone) == 1:
                    others = frozenset(key for key in things if key != alone[0])
            called = bool(others)
            # (and of two things of the kind it calls it, "the HARBOR corpus" of two data of that name, the
            # one whose subject it shares)
            left = [key for key in match.keys if key not in others]
            if sum(k in topics for k in left) > 1:
                if own_topics is None:
                    own_topics = _topic_words(doc.text[doc.title_end :], doc.text[: doc.title_end])
                # of a name several papers present, the words of the presenter the paper means
                by_key = {
                    key: rivals[key][index][1] if index is not None else topics[key]
                    for key in left
                    if key in topics
                    for index in [
                        _rival_index(own_topics, rivals[key], doc.text[match.end : match.end + 80], doc.text)
                        if key in rivals
                        else None
                    ]
                }
                others = {*others, *_other_things(left, by_key, own_topics)}
        # the end of a longer name the paper abbreviates: other data than data of a name known whole (the
        # lexicon's, or one a paper presents), unless the acronym names it too
        data = not own_name and any(key.startswith("dataset:") for key in match.keys)
        longer = _inside_a_defined_name(doc.text, match.start, match.end) if data else None
        inside = longer is not None and not any(k in match.keys for m in matcher.find(longer) for k in m.keys)
        for eid in match.keys:
            if eid.startswith("family:"):
                phrases.append((match, eid))
                continue
            if own_name or eid in others:
                continue
            # a city, by the state or country after it: "30 bilingual families in Providence, Rhode Island"
            # (no Providence corpus of child speech)
            if doc.text.startswith(",", match.end) and _city_of(doc.text, match.end):
                continue
            # of data (a method's longer name is a variant of it: "Label Supervised LLaMA (LS-LLaMA)"); of
            # data known whole (data named by the words before a data word may have lost its first: "the
            # Human Mortality Database (HMD)" is found as the Mortality Database)
            whole = eid in context.lexicon_names or eid in context.introducer
            if inside and whole and eid.startswith("dataset:"):
                continue
            # a name of the corpus met in lowercase after an article is the word, not the name ("tapped at
            # the tactus level", "a lantern", "a conventional sieve"), unless a naming noun follows ("the
            # tactus library"), or one of software, as lowercase names are software's ("classified with the
            # snapsort pipeline", "called variants with the tidewater pipeline")
            if (
                match.surface.islower()
                and eid not in context.lexicon_names
                and _ARTICLE_BEFORE.search(doc.text, max(0, match.start - 40), match.start)
                and _ambiguous_here(doc, match.start, match.end)
                and not _SOFTWARE_NOUN.match(doc.text, match.end)
            ):
                continue
            # a lexicon name as the corpus knows it: the lexicon's thing, or another a paper presents
            lexicon_thing = eid in context.lexicon_names and eid not in context.presented_otherwise
            # (a name of public data any field uses is no machine learning name: Compustat, Reactome)
            shaped = lexicon_thing and eid not in context.any_field and _word_shaped(match.surface)
            # (or in capitals a word the paper writes too: asked only where it writes those letters otherwise)
            shouted = (
                lexicon_thing
                and not shaped
                and match.surface.isupper()
                and _written_otherwise(doc.text, match.surface)
                and _shouted_word(doc.text, match.surface)
            )
            if shaped or shouted:
                if about_learning is None:
                    words = _MACHINE_LEARNING.search(doc.text) is not None
                    about_learning = words or any(
                        _coined(m.surface) and any(k in context.lexicon_names for k in m.keys)
                        for m in matches
                    )
                    learning_words = words
                # a dataset's name shaped like a word (Kinetics) is the dataset in a paper of datasets too
                if not about_learning and eid.startswith("dataset:") and scoring_words is None:
                    scoring_words = _SCORED.search(doc.text) is not None
                here = about_learning or (scoring_words and eid.startswith("dataset:"))
                # outside the field, only a naming noun after it says the name is the thing ("the Emu system")
                if not here and _ambiguous_here(doc, match.start, match.end):
                    continue
            # a name that is a word the corpus also writes in lowercase needs a naming noun after it,
            # unless the topic words below tell
            if eid in ambiguous and eid not in topics and _ambiguous_here(doc, match.start, match.end):
                continue
            # (a plain word of any case joined to another word makes another word)
            plain = match.surface.isalpha() and match.surface[1:].islower()
            if plain and _WORD_COMPOUNDED.match(doc.text, match.end):
                continue
            if _word_shaped(match.surface) and (
                _names_an_organism(doc, match.end)
                or _PLACE_AFTER.match(doc.text, match.end)
                or (not lexicon_thing and _ends_a_longer_name(doc.text, match.start))
                # (and where the paper writes the word alone after "the", short for that longer name: "in the
                # Okavango Delta", then "outside the Delta", no Delta precipitation dataset)
                or (not lexicon_thing and _short_for_a_longer_name(doc, match, matches))
                or (not lexicon_thing and _OPENS_A_LONGER_NAME.match(doc.text, match.end))
                or _names_an_eponym(doc.text, match.surface, match.end)
                or (eid.startswith("dataset:") and _names_its_maker(doc.text, match.surface, match.end))
            ):
                continue
            if _MACHINE_AFTER.match(doc.text, match.end) or _LOCAL_THING_APPOSED.match(doc.text, match.end):
                continue
            if _word_shaped(match.surface) and _PART_OF_ANOTHER.match(doc.text, match.end):
                continue
            if eid in topics or eid in rivals:
                if own_topics is None:
                    own_topics = _topic_words(doc.text[doc.title_end :], doc.text[: doc.title_end])
                rival = None
                if eid in rivals:
                    index = _rival_index(
                        own_topics, rivals[eid], doc.text[match.end : match.end + 80], doc.text
                    )
                    # one of three or more things of one name (_APART_AT_MOST), and nothing says which: none
                    if index is None and len(rivals[eid]) > 2:
                        continue
                    # in lowercase, only the name of a presenter writing it so, as the matcher reads a name
                    # written with a capital had no other paper written it in lowercase: the "tidewater
                    # glaciers" of a glaciologist are not the Tidewater solver of fluids and sand
                    if match.surface.islower() and not rivals[eid][index or 0][5].islower():
                        continue
                    # of presenters spelling it apart ("KESTREL" an estimator, "Kestrel" a library), the one
                    # spelling it as the paper does, whose subject the paper shares: "interfaces with ORCA,
                    # Gaussian and xtb" names neither a transit search Orca nor a cognitive battery ORCA
                    spellings = [claimant[5] for claimant in rivals[eid]]
                    if len(set(spellings)) > 1 and match.surface in spellings:
                        same = [i for i, spelling in enumerate(spellings) if spelling == match.surface]
                        if index not in same:
                            index = same[0] if len(same) == 1 else None
                            if index is None:
                                continue
                            theirs = rivals[eid][index][1]
                            need = _subject_need(own_topics, theirs) if own_topics and theirs else 0
                            if len((own_topics or _NONE) & theirs) < need:
                                continue
                    rival = rivals[eid][index][0] if index else None
                # a maker cited after the name who is none of its presenters: another thing of that name
                # (not a place with a year, where data were gathered: "the BEAM cohort (Sweden, 2008)")
                makers = context.makers.get(eid)
                if makers:
                    cited = _CITED_AFTER.match(doc.text[match.end : match.end + 80])
                    if (
                        cited is not None
                        and cited.group(1) not in PLACES
                        and surname(cited.group(1)) not in makers
                    ):
                        # (and so wherever the paper names it again: "the Gavel benchmark (Hofmann et al.,
                        # 2020) ... the French Cour de cassation subset of Gavel" is no Gavel of sentencing)
                        makers_otherwise.add(eid)
                        continue
                    if eid in makers_otherwise:
                        continue
                # whether the paper's words tell it means another thing (where its own words can tell)
                shared = len(own_topics & topics[eid]) if own_topics and eid in topics else _TOPIC_SHARED
                other_subject = shared < _TOPIC_SHARED
                # a name the corpus made and the topic gate holds is, elsewhere, as often another thing so
                # named: one made of a word or of capitals (Lantern, Chimera, ORCA, NEMO: a circumvention
                # tool, a qubit layout, a chemistry program, a protein), or a coined one the corpus gives two
                # things ("the ReFrame trial", "the ReFRAME collection" of compounds, a coding scheme
                # ReFrame): its user shares the maker's subject, as users of one presenter of several do
                word = _word_shaped(match.surface) or _word_named(match.surface)
                # whether the maker's subject decides, whatever the paper calls the thing ("the Keystone
                # cohort" of child language is no Keystone database of wall tests)
                by_subject = False
                # (a lexicon name too where a paper of another field presents it as its own thing: "the
                # Dot-ball Pressure Rating (DPR)" of cricket is no DPR of "BM25 and DPR retrievers")
                if (
                    own_topics
                    and eid in topics
                    and (eid not in context.lexicon_names or eid in context.presented_afield)
                ):
                    if _SUBJECT_SHARE * min(len(own_topics), len(topics[eid])) >= _TOPIC_SHARED:
                        # (the name itself, which both write, says nothing of a subject)
                        name = match.surface.lower()
                        told = len(own_topics & topics[eid] - {name, _stem(name)})
                        other_subject = by_subject = told < _subject_need(own_topics, topics[eid])
                    elif word and eid not in ambiguous and eid not in context.lexicon_names:
                        # three sentences a side ("We extend Raft and Paxos with flexible quorums") tell none
                        other_subject = False
                if rival is not None:
                    # the thing of that name another paper presents, whose subject this paper shares
                    meant[eid] = rival
                elif other_subject and (not called or by_subject):
                    continue
            if match.surface.isupper() and len(match.surface) <= 6 and definitions is None:
                definitions = acronym_definitions(doc.text)
            # (a gloss of a word and a noun is a shorthand of the name, not another one: "the Northfield
            # study (NSC)" of the Northfield Sleep Cohort, "the Tarnby dataset (TSWD)")
            glossed = definitions is not None and _loose_gloss(definitions.get(match.surface), match.surface)
            # (items of data said to be the data's: "Drawing on the 1,148 specimens of the KSC"; read only
            # for a short name, where it is asked)
            if (
                eid in context.short_new
                and not glossed
                and not _items_of_data_before(doc.text, eid, match.start)
                and not _long_form_in(doc.text, context.short_new[eid])
                and not _called_as_introduced(doc.text, match.end, context.short_heads.get(eid))
                # (or cited as a published thing is: "+1.8 (PLT [27]) points"; no platelet count)
                and not _CITED_AS_PUBLISHED.match(doc.text, match.end)
            ):
                continue
            short = context.short_aliases.get(match.surface)
            if (
                short is not None
                and short[0] == eid
                and not glossed
                and not _items_of_data_before(doc.text, eid, match.start)
                and not _long_form_in(doc.text, short[1])
                and not (eid.startswith("dataset:") and _DATA_BY_ACRONYM.match(doc.text, match.end))
                and not _CITED_AS_PUBLISHED.match(doc.text, match.end)
            ):
                continue
            acronym = match.surface.isupper() and len(match.surface) <= 6
            if acronym and definitions is not None and not glossed:
                long_form = definitions.get(match.surface) or _compound_definition(definitions, match.surface)
                # (spelt out in running text's lowercase, the same name: "the 12-joint ultrasound synovitis
                # composite score (USCS) described previously" of the Ultrasound Synovitis Composite Score;
                # or not spelt out but said whose it is, a citation: "the hydrochemical-marker method of Kaur
                # and colleagues (PEHM)")
                if long_form and not _OF_ITS_AUTHORS.search(long_form) and not any(
                    eid in m.keys for form in (long_form, _capitalised(long_form)) for m in matcher.find(form)
                ):
                    continue
            if unused is None:
                unused = _UnusedCues.of(doc.text)
            # a party to a case the paper names ("tracing Brindle v. Harcourt through the appellate courts")
            if match.surface in cases:
                continue
            if eid.startswith("dataset:") and _SOFTWARE_AFTER.match(doc.text, match.end):
                # software of that name, wherever the paper names it
                software.add(eid)
                continue
            # the data's conventions ("annotated according to the Yachay-UD guidelines"), or a thing made
            # with them and named after them ("the Segment Anything Model"), not its data
            convention = eid.startswith("dataset:") and bool(
                _CONVENTION_AFTER.match(doc.text, match.end)
                or _MADE_NAMED_AFTER.match(doc.text, match.end)
                or (
                    _PROTOCOL_AFTER.match(doc.text, match.end)
                    and _FOLLOWED_BEFORE.search(doc.text, max(0, match.start - 40), match.start)
                )
            )
            if eid.startswith("dataset:") and (
                # room for the longest cue, its article and two words: "not listed in the long-term "
                _NOT_USED_BEFORE.search(doc.text, max(0, match.start - 56), match.start)
                or _COVERS_ONLY_AFTER.match(doc.text, match.end)
                or (
                    _BECAUSE_BEFORE.search(doc.text, max(0, match.start - 40), match.start)
                    and (
                        _LACKS_AFTER.match(doc.text, match.end)
                        or _ONLY_COVERS_AFTER.match(doc.text, match.end)
                    )
                )
                or _WOULD_HAVE_AFTER.match(doc.text, match.end)
                or _UNDER_WAY_AFTER.match(doc.text, match.end)
                or _ONCE_RELEASED_AFTER.match(doc.text, match.end)
                or (
                    _LIKE_IT_BEFORE.search(doc.text, max(0, match.start - 50), match.start)
                    and _UNAVAILABLE_AFTER.match(doc.text, match.end)
                )
                or (
                    _NO_LIKE_IT_BEFORE.search(doc.text, max(0, match.start - 140), match.start)
                    and _NONE_EXISTS_AFTER.match(doc.text, match.end)
                )
                or _ABSENCE_OF_LIKE_BEFORE.search(doc.text, max(0, match.start - 140), match.start)
                or _KIND_OF.match(doc.text, match.end)
                or _OTHERS_STUDIES_BEFORE.search(doc.text, max(0, match.start - 120), match.start)
                or (
                    doc.text.endswith("of the ", max(0, match.start - 7), match.start)
                    and _OF_THE_KIND.match(doc.text, match.end) is not None
                )
                or _DEPOSITED_IN.search(doc.text, max(0, match.start - 40), match.start)
                # (where it once was: "on the beach landward of the former WABEX instrument transects"; or
                # what others did with it: "consistent with published UK Biobank analyses")
                or doc.text.endswith("former ", max(0, match.start - 7), match.start)
                or (
                    doc.text.endswith("published ", max(0, match.start - 10), match.start)
                    and not _PUBLISHED_USED_AFTER.match(doc.text, match.end)
                )
                # (or its published account: "Baseline probabilities ... were taken from the published profile
                # of the Larkmoor Heart Failure Cohort (Ellery et al., 2017)")
                or _PUBLISHED_ACCOUNT_OF.search(doc.text, max(0, match.start - 60), match.start) is not None
                # (or the results reported for it: "interviewees cited, for example, the Brier skill scores
                # reported for the analog model SAMAR against the SHIPS Rapid Intensification Index")
                or _RESULTS_REPORTED_FOR.search(doc.text, max(0, match.start - 80), match.start) is not None
                # (or what an earlier one lacked, which the paper then made: "The original DRIFT database
                # (Arkwright et al., 2008) excluded carbonate soils")
                or (
                    doc.text.endswith("original ", max(0, match.start - 9), match.start)
                    and _LACKED_AFTER.match(doc.text, match.end) is not None
                )
                # (a paper of the corpus presenting the data: adapting its guidelines builds on that paper,
                # below, without using its data)
                or (convention and eid not in context.introducer)
                or (at > 0 and _anothers_data(doc, matches[at - 1], match, mine))
                or _in_background(doc, match.start, match.end)
                or (_WIDELY_USED_AFTER.match(doc.text, match.end) and _of_the_literature(doc, match.end))
                or (unused.without and _WITHOUT_USING.search(doc.text, max(0, match.start - 40), match.start))
                or (
                    unused.replaced
                    and (
                        _REPLACED.search(doc.text, max(0, match.start - 90), match.start)
                        or _REPLACED_AFTER.match(doc.text, match.end)
                    )
                )
                or (
                    unused.originally
                    and _ORIGINALLY_FROM.search(doc.text, max(0, match.start - 120), match.start)
                )
            ):
                continue
            # a survey that says it analysed nothing of its own uses nothing it names: "This review neither
            # trains nor benchmarks models", "We do not re-analyse any of these resources; rather, we use them
            # to illustrate ..."
            if analyses_nothing():
                continue
            # (said once in a sentence, for every mention of it there: "We initially considered pooling our
            # controls with the Echo corpus ..., but decided against it because Echo's tasks differ")
            said_in = bisect_right(doc.starts, match.start)
            if (eid, said_in) in unused_here:
                continue
            # what a paper says it did not use, or sets itself apart from ("Unlike MetaSplice, which
            # requires ..., our approach"; "We did not run MetaSplice"; "MS MARCO was not used"), it does
            # not use
            if (
                unused.negated
                and (
                    _NOT_RUN_BEFORE.search(doc.text, max(0, match.start - 90), match.start)
                    or _NOT_USED_AFTER.match(doc.text, match.end)
                    or _WHICH_IS_NOT_USED.match(doc.text, match.end)
                    or _CRITICISED_AFTER.match(doc.text, match.end)
                    or (
                        _EXCLUDED_BEFORE.search(doc.text, max(0, match.start - 60), match.start)
                        and _EXCLUDED_WHOLE.match(doc.text, match.end)
                    )
                    or (
                        _EXCLUDED_WHOLE_AFTER.match(doc.text, match.end)
                        and _SUBJECT_OPENS_BEFORE.search(doc.text, max(0, match.start - 12), match.start)
                    )
                    or _unused_by_pronoun(doc, match, matches)
                    or _explains_not_done(doc, match)
                    or _lacking_the_reason(doc.text, match.start, match.end)
                    or _short_of_the_case(doc, match, matches, at)
                    or (
                        unused.reason_opens
                        and _REASON_OPENS_BEFORE.search(doc.text, max(0, match.start - 90), match.start)
                        and _REASON_ENDS_AFTER.match(doc.text, match.end)
                    )
                )
            ) or (
                unused.made_only
                and _made_only_for_others(doc.text, match.start, match.end)
            ) or (unused.such_as and _limited_example(doc, match)) or (
                unused.intended and _intended_but_not_done(doc, match)
            ) or (
                # (what an analysis would be possible with, elsewhere: "A comparable analysis of Kenyan
                # local authorities would be possible with the KESTREL ledger, but no equivalent ... exists")
                _POSSIBLE_WITH_BEFORE.search(doc.text, max(0, match.start - 50), match.start)
            ) or (
                unused.no_version
                and _NO_VERSION_BEFORE.search(doc.text, max(0, match.start - 50), match.start)
                and _NONE_EXISTS_AFTER.match(doc.text, match.end)
            ) or (
                (unused.contrasted and _in_contrast(doc, match.start))
                or (
                    unused.conceded
                    and _CONCEDED_BEFORE.search(doc.text, max(0, match.start - 20), match.start)
                    and _AVAILABLE_AFTER.match(doc.text, match.end)
                )
                or (
                    unused.rather
                    and (
                        _RATHER_THAN_NAME.search(doc.text, max(0, match.start - 32), match.start)
                        or _RATHER_THAN_SUCH.search(doc.text, max(0, match.start - 100), match.start)
                    )
                )
            ):
                unused_here.add((eid, said_in))
                continue
            # what others' studies have relied on, in a sentence of nothing the paper did, it does not use;
            # nor a trial whose finding a sentence opens with ("The randomised FLUXUS trial found no
            # mortality benefit ..., and it remains unclear whether ...")
            if (
                ("have" in doc.text and _others_relied_on(doc, match.start))
                or _its_finding_opens(doc, match)
                or _our_earlier_finding(doc, match)
                or (unused.a_study_found and _a_study_of_it_found(doc, match))
                or (
                    unused.others
                    and (
                        _others_reported_before(doc.text, match.start)
                        or _BY_OTHERS_REPORTED_AFTER.match(doc.text, match.end)
                        or _theirs_before(doc, match.start)
                    )
                )
                # (or what it shows, told with the citation of the study that read it: "where the Swahili
                # Coast Sherd Register shows Longquan celadon accounting for 62% of Chinese sherds before 1400
                # (Mbwambo et al., 2015)")
                or (unused.others and _SHOWS_CITED_AFTER.match(doc.text, match.end))
                # (or where a finding was reported: "in the Lakemoor Recall Corpus, recall was reported to
                # decline by approximately 4% per decade")
                or (
                    doc.text.endswith(("in the ", "In the "), max(0, match.start - 7), match.start)
                    and _REPORTED_TO_AFTER.match(doc.text, match.end) is not None
                )
                or _IT_REPORTED_TO_AFTER.match(doc.text, match.end) is not None
                # (or what others' analyses of it found: "where analyses of the Confluence database indicated
                # losses of up to 41% (Fontaine et al., 2019)")
                or _others_analyses_found(doc.text, match)
                # (or what a review's studies reported, the sentence opening so: "As reported by the included
                # studies, roughly two thirds of models were developed in MIMIC-III, MIMIC-IV or ...")
                or (
                    "As reported" in doc.text
                    and _AS_STUDIES_REPORTED.match(doc.text, sentence_span(doc, match.start)[1]) is not None
                )
                # (a method the field has widely used, in a clause of nothing the paper did: "the CALIPER
                # score, for example, has been widely used in UK units for this purpose"; data so: above)
                or (_WIDELY_USED_AFTER.match(doc.text, match.end) and _of_the_literature(doc, match.end))
            ):
                unused_here.add((eid, said_in))
                continue
            # a figure reported in it, quoted: "consistent with the sensitisation incidence of 4.2 per 100
            # person-years reported among Dutch and Flemish apprentices in the TALVEN cohort" (this mention
            # only: the sentence may go on to use its result, "and when the published SLOW-30 effect was used
            # as an informative prior")
            if unused.figure_reported and _figure_reported_before(doc.text, match.start):
                continue
            # (or the study it names, whose finding the paper's agrees with: "Our findings are consistent with
            # the Quillon Library study, which reported that best-fitting standard models underestimated
            # five-year survival in 41% of trial curves (Beresford et al., 2018)")
            if _agrees_with_its_study(doc.text, match):
                continue
            # (or what results were reported for it, of a thing other than data, which the pattern read
            # above: "the Brier skill scores reported for the analog model SAMAR against the SHIPS Rapid
            # Intensification Index"; what a thing "was reported to" do, of any kind, is read above too)
            if (
                not eid.startswith("dataset:")
                and "reported" in doc.text[max(0, match.start - 80) : match.start]
                and _RESULTS_REPORTED_FOR.search(doc.text, max(0, match.start - 80), match.start) is not None
            ):
                continue
            # (or a figure others had on it, its citation right after it: "JurisLens 2.0 reaches micro-F1 of
            # 0.81 on ECtHR (Okafor et al., 2022)", in a clause of nothing the paper did)
            if doc.text.startswith((" (", "("), match.end) and _figure_on_cited(doc, match):
                continue
            # (or a share found in it, the clause opening with it and closing with the citation: "in the
            # Cinnabar Corpus, for example, Qing imperial seals account for 37 percent of recorded impressions
            # on Song works (Chen et al. 2018)")
            if doc.text.endswith(("in the ", "In the "), max(0, match.start - 7), match.start) and (
                _figure_in_it_cited(doc, match.start) is not None
            ):
                continue
            # (or what others have found or achieved, in a sentence of nothing the paper did before the name:
            # "School programmes ... have achieved relative reductions of around a quarter elsewhere, for
            # example 26% in the HALO trial")
            if unused.others_found and _found_by_others_before(doc, match.start):
                continue
            # what it leaves to future work, or names as an example of what would serve, it does not use
            if (unused.future and _left_to_future_work(doc, match.start, match.end)) or (
                unused.such_as
                and _SUCH_AS_BEFORE.search(doc.text, max(0, match.start - 90), match.start)
                and (
                    _NONE_SUCH_AS.search(doc.text, max(0, match.start - 120), match.start)
                    or _WOULD_AFTER.match(doc.text, match.end)
                    or _EXCLUDED_AFTER.match(doc.text, match.end)
                    or _HAVE_DONE_AFTER.match(doc.text, match.end)
                    or _INSTEAD_AFTER.match(doc.text, match.end)
                    or _REPORTED_AFTER.match(doc.text, match.end)
                    or _NOT_HERE_AFTER.match(doc.text, match.end)
                    or _UNFIT_AFTER.match(doc.text, match.end)
                    or _NEEDS_WHAT_LACKS_AFTER.match(doc.text, match.end)
                    or _KIND_LACKS_AFTER.match(doc.text, match.end)
                    or _example_described(doc.text, match.end)
                    or _subject_example(doc, match.start, match.end)
                    or _said_in_general(doc, match.start)
                    or _WOULD_NEED_BEFORE.search(doc.text, max(0, match.start - 140), match.start)
                    or _found_by_others(doc, match.start)
                    or _SUGGESTED_BY_BEFORE.search(doc.text, max(0, match.start - 200), match.start)
                    or _RECOMMENDED_BEFORE.search(doc.text, max(0, match.start - 160), match.start)
                    # (an example in the reason the paper gives for doing without: "Thread counts were
                    # recorded manually, since automated image-based counting such as TwineScan depends on
                    # colour contrast that carbonised surfaces lack")
                    or _REASON_BEFORE.search(
                        doc.text, max(sentence_span(doc, match.start)[1], match.start - 100), match.start
                    )
                    # (or one of a kind a sentence says cannot do what is needed: "Oral history collections
                    # such as SKOHC document performers' recollections ..., but memory cannot measure ...")
                    or (
                        (
                            _BUT_CANNOT_AFTER.match(doc.text, match.end)
                            or _DONE_BY_OTHERS_AFTER.match(doc.text, match.end)
                        )
                        and not _OWN_WORK.search(doc.text, sentence_span(doc, match.start)[1], match.start)
                    )
                )
            ) or (unused.examples and _BEING_EXAMPLES.match(doc.text, match.end)) or (
                unused.including
                and _INCLUDING_BEFORE.search(doc.text, max(0, match.start - 90), match.start)
                and (
                    _subject_example(doc, match.start, match.end)
                    or _KIND_LACKS_AFTER.match(doc.text, match.end) is not None
                )
            ) or _wanting_example(doc, match.start, match.end) or (
                # (or data a survey counts over the studies it reviewed: "Evaluation was overwhelmingly
                # concentrated on a single resource, the ASAP dataset, which appeared in 71 of the 87
                # studies")
                surveys()
                and (
                    _COUNTED_IN_STUDIES_AFTER.match(doc.text, match.end) is not None
                    or _REVIEWED_WORKS_BEFORE.search(doc.text, max(0, match.start - 160), match.start)
                    is not None
                )
            ) or (
                # (or the one end of a span of kinds a survey sets out: "digital resources have transformed
                # access to Tang poetry, from full-text databases of the Quan Tangshi to prosodically
                # annotated corpora and sentiment lexicons")
                surveys()
                and _SPAN_FROM_BEFORE.search(doc.text, max(0, match.start - 80), match.start) is not None
                and _SPAN_TO_AFTER.match(doc.text, match.end) is not None
            ) or (
                # (or in a survey's sentence of what it discusses: "We discuss how the field's benchmarks are
                # built, from time-split sets drawn from SAbDab to dedicated collections such as ...")
                surveys()
                and _SURVEY_SAYS.match(doc.text, sentence_span(doc, match.start)[1], match.start)
            ) or (
                # (or the subject of a survey's sentence on what it is or has done: "Second, the Chinese
                # Language Resources Protection Project has generated standardized audio and video
                # documentation")
                surveys()
                and _DESCRIBED_AFTER.match(doc.text, match.end) is not None
                # (a clause's after a semicolon too: "Open benchmarks remain rare; the Halden Metered
                # Buildings Collection is among the few public datasets designed for calibration")
                and _SURVEYED_SUBJECT_BEFORE.fullmatch(doc.text, _clause_start(doc, match.start), match.start)
                is not None
            ) or (
                (unused.such_as or unused.including or unused.examples or "among them" in doc.text)
                and (
                    surveys()
                    # (or a kind said to be scarce, its example named: "Long-term cohorts with repeated
                    # audiometry, such as the Korean shipyard cohort SALT, remain few")
                    or _SCARCE_AFTER.match(doc.text, match.end) is not None
                )
                and (
                    # (a list's fourth item too: "giving as examples the China Biographical Database (CBDB),
                    # the Chinese Text Project, the Masha Imprint Census of Jianyang editions and the Qiukou
                    # Carvers Register")
                    _EXAMPLE_LEAD_BEFORE.search(doc.text, max(0, match.start - 200), match.start)
                    or _EXAMPLE_AFTER.match(doc.text, match.end)
                )
            ):
                unused_here.add((eid, said_in))
                continue
            # the sentence's index first: its text is normalised once, for its first name
            index = max(0, said_in - 1)
            if index not in typed:
                sentence = sentence_at(doc, match.start)[1]
                typed[index] = (sentence, relation_of(sentence))
            found.mentions.setdefault(eid, []).append(
                Mention(eid, match.surface, match.start, *typed[index], match.glued)
            )
            (conventions if convention else as_data).add(eid)
            if eid.startswith("dataset:"):
                # (or by its published result, used: a use of its work, not of its data)
                published = doc.text.endswith("published ", max(0, match.start - 10), match.start)
                (learnt if _WEIGHTS_AFTER.match(doc.text, match.end) or published else drawn).add(eid)
    for eid in software:
        found.mentions.pop(eid, None)
    for eid in [e for e, ms in found.mentions.items() if _word_shaped(ms[0].surface)]:
        # (a version after it makes it a name wherever it stands: "Methods: Ripple v1.2 was used")
        forced = all(
            _capital_forced(doc, m.start) and not _NUMBERED_AFTER.match(doc.text, m.start + len(m.surface))
            for m in found.mentions[eid]
        )
        if forced and eid not in context.lexicon_names:
            del found.mentions[eid]
    for eid in sorted(mine):
        claim = claimed.get(eid)
        if claim is not None:
            found.introduced.append((eid, claim))
            continue
        known = context.lexicon_names.get(eid)
        if known is None:
            continue
        sentence = doc.text[: doc.title_end].strip() if doc.title_end else sentence_at(doc, 0)[1]
        hit = next((m for m in matches if eid in m.keys), None)
        if hit is not None:
            sentence = sentence_at(doc, hit.start)[1]
        found.introduced.append((eid, Introduced(known[0], known[1], sentence, [], "lexicon")))
    claims: list[Claim] = []
    mentioned = set(found.mentions)
    version_of = context.version_of
    for eid, mentions in found.mentions.items():
        target = meant.get(eid) or context.introducer.get(eid)
        if target is None or target == pid:
            continue
        penalty, reason = 0.0, None
        later = [m for other in mentioned if version_of.get(other) == eid for m in found.mentions[other]]
        if (
            later
            and not _side_by_side(doc.text, mentions, later)
            and not _the_first_run(doc.text, mentions)
        ):
            penalty, reason = 0.45, "a later version is named too"
        # unless its paper's topic words showed which thing the word names here
        if eid in ambiguous and not (eid in topics and own_topics):
            penalty, reason = penalty + 0.2, reason or "the name is also a common word"
        best = max(mentions, key=lambda m: ("extends", "compares", "uses", None).index(m.relation) * -1)
        claims.append(
            Claim(pid, eid, best.surface, best.sentence, best.relation, penalty, reason, meant.get(eid))
        )
    # the corpus holds one node of a name: its introducer's thing, not the other paper's this one uses (its
    # builds-on claim says which), whose users and family it would join
    for eid in meant:
        found.mentions.pop(eid, None)
    # and of data it follows the conventions of, it builds on their paper but uses no record
    for eid in conventions - as_data:
        found.mentions.pop(eid, None)
    if learnt - drawn:
        found.unshared = frozenset(learnt - drawn)
    entity_fams: list[tuple[str, float, str]] = []
    entity_families = context.entity_families
    for eid, intro in found.introduced:
        for fid in entity_families.get(eid, ()):
            entity_fams.append((fid, 2.0, intro.name))
    per_family: dict[str, float] = defaultdict(float)
    for eid, mentions in found.mentions.items():
        for fid in entity_families.get(eid, ()):
            if per_family[fid] < 1.0:
                per_family[fid] += 0.5
                entity_fams.append((fid, 0.5, mentions[0].surface))
    if learning_words is None and phrases and not entity_fams:
        learning_words = _MACHINE_LEARNING.search(doc.text) is not None
    if phrases and not entity_fams and not learning_words:
        # the lexicon's families are of machine learning, and so are their phrases' meanings: a paper
        # naming none of their methods and no word of the field is about something else
        phrases = []
    found.families = _score_families(doc, phrases, context.family_weights, entity_fams, context.family_floors)
    return PaperMatches(
        found, claims, {k for m in matches for k in m.keys} | mine, {m.surface for m in matches}
    )


# The first thing a later version was made of, named as what the paper ran or compared: "the original" of it
# ("with the original Lantern pipeline (version 1.3) for comparison", "compared with 61% for the original
# Forge", "the original root-cause labels of the first TokaDis release"; not its origin: "an extension of the
# original Lantern"), or the release of it the paper ran
# ("simulations with HelixWake v1.3 and HelixWake 2.0")
# (its words of what it is between: "The original, non-spatial AnoSim was run alongside"; or the first
# edition, release or version of it: "the first edition of the Bowen Basin Roof Fall Database")
_THE_ORIGINAL = re.compile(
    r"\b[Tt]he\s+(?:original(?:,?\s+[a-z][\w\-]*){0,2}|"
    r"(?:first|original|initial)\s+(?:edition|release|version)\s+of(?:\s+the)?)\s+$"
)
# (not what a later one is of it: "Lantern 2 is an extension of the original Lantern"; the entries of it are
# its data: "the interstitial-hydride entries of the original HydrideBank [12]")
_LATER_OF = re.compile(
    r"\b(?:extension|version|successor|update|revision|upgrade|variant|rewrite|reimplementation|"
    r"generali[sz]ation|adaptation|modification)s?\s+of\s+$"
)
# (or the first's paper cited right after its name: "benchmarked against CaseGraph (Lindqvist and Adeyemi,
# 2012), run in its current release, v2.1", "the original HydrideBank [12] together with HydrideBank 2.0
# [18]"; or with the later one's: "We extend LunarFit (Wang et al., 2006; 2011)"; or its year after a surname,
# no comma: "the tree-based original StemmaForge (Claes, Gudmundsdottir and Marchand 2010)")
_FIRST_CITED_AFTER = re.compile(
    r"\s*(?:\((?:[^()]{1,60}?(?:[,;]\s*|[a-z]\s+))?(?:19|20)\d\d[a-z]?\)|\[\d+(?:[,\u2013-]\s*\d+)*\])"
)
_THE_FIRST = re.compile(r"\b[Tt]he\s+first\s+$")
_RELEASE_WORD = re.compile(r"\s+(?:data\s+)?(?:release|version)\b")
# (a bare number only of a first release: "compared with Gléas 1.4 and Gléas 2")
_OWN_RELEASE = re.compile(r"\s+(?:(?:v|version\s+)(?:\d+(?:\.\d+)+|1)|[01]\.\d+)(?!\w|\.\w)")


# the first one said so after its name: "two GASPAR units of the original design (Quesada et al., 2009)"
_ORIGINAL_AFTER = re.compile(
    r"(?:\s+[a-z][\w\-]*){0,2}\s+of\s+the\s+(?:original|first)\s+"
    r"(?:design|version|release|generation|model)\b"
)


def _the_first_run(text: str, mentions: Sequence[Mention]) -> bool:
    """Return True if a mention of ``mentions`` is "the original" one (:data:`_THE_ORIGINAL`) or gives the
    release of it the paper ran (:data:`_OWN_RELEASE`): the thing is used, not named as a later version's
    origin.

    >>> text = "We used Lantern 2 and, for comparison, the original Lantern."
    >>> _the_first_run(text, [Mention("method:lantern", "Lantern", text.rindex("Lantern"), text, None)])
    True
    >>> text = "We ran Lantern 2. The original, non-spatial Lantern was run alongside."
    >>> _the_first_run(text, [Mention("method:lantern", "Lantern", text.rindex("Lantern"), text, None)])
    True
    >>> text = "Lantern 2 is an extension of the original Lantern."
    >>> _the_first_run(text, [Mention("method:lantern", "Lantern", text.rindex("Lantern"), text, None)])
    False
    >>> text = "We used TokaDis DR2 and the labels of the first TokaDis release."
    >>> _the_first_run(text, [Mention("dataset:tokadis", "TokaDis", text.rindex("TokaDis"), text, None)])
    True
    >>> text = "Trained on HelixWake-2, tested on the first set (HelixWake v1)."
    >>> _the_first_run(text, [Mention("method:helixwake", "HelixWake", text.rindex("HelixWake"), text, None)])
    True
    >>> text = "We compared HelixWake 1.4 and HelixWake 2 on all tokens."
    >>> _the_first_run(text, [Mention("method:helixwake", "HelixWake", text.index("HelixWake"), text, None)])
    True
    >>> text = "We ran two GASPAR units of the original design and one GASPAR-2 station."
    >>> _the_first_run(text, [Mention("method:gaspar", "GASPAR", text.index("GASPAR"), text, None)])
    True
    >>> text = "We compared HelixWake v1.3 with HelixWake 2.0."
    >>> _the_first_run(text, [Mention("method:helixwake", "HelixWake", text.index("HelixWake"), text, None)])
    True
    """
    return any(
        (
            (original := _THE_ORIGINAL.search(text, max(0, m.start - 60), m.start)) is not None
            and not _LATER_OF.search(text, max(0, original.start() - 40), original.start())
        )
        or _OWN_RELEASE.match(text, m.start + len(m.surface))
        or _FIRST_CITED_AFTER.match(text, m.start + len(m.surface))
        or _ORIGINAL_AFTER.match(text, m.start + len(m.surface))
        or (
            _THE_FIRST.search(text, max(0, m.start - 30), m.start)
            and _RELEASE_WORD.match(text, m.start + len(m.surface))
        )
        for m in mentions
    )


# The version of a named thing given after what it is: "the ICEFALL velocity record, version DR2", "Osprey
# (release 2.1)"
_VERSION_AFTER = re.compile(
    r"(?:\s+[a-z][\w\-]*){0,3},?\s*\(?(?:version|release)\s+((?:E?DR|PR|v)?\d+(?:\.\d+)*)\b"
)


# A version numbered before the name: "cargo records in version 2.0 of the Lodestar Wreck Register"
_VERSION_OF_BEFORE = re.compile(r"\bversion\s+(\d+(?:\.\d+)*)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_PRESENTED_BEFORE = re.compile(
    r"\b(?:present|presents|introduce|introduces|release|releases|describe|describes|publish|publishes|here|"
    r"this\s+paper)\s+(?:the\s+|a\s+|an\s+)?(?:new\s+|updated\s+|second\s+)?$",
    re.IGNORECASE,
)
_RELEASE_BEFORE = re.compile(
    rf"\b({'|'.join(RELEASE_ORDINALS)})\s+(?:public\s+)?(?:data\s+)?release\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# (or after it, in an aside or a clause of its own: "the MEON database (second release, 2001-2019)", "the
# Xiuning Deed Corpus (Zhou et al. 2010; second release, Zhou et al. 2022)", "the Xiuning Deed Corpus (Zhou,
# Ashworth and Li 2010), using its second release with person identifiers")
_RELEASE_NAMED_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2}(?:\s*\((?:[^();]{1,60};\s*)?|(?:\s*\([^()]{1,60}\))?,\s+(?:using|in|from)\s+)"
    rf"(?:its\s+)?({'|'.join(RELEASE_ORDINALS)})\s+(?:public\s+)?(?:data\s+)?release\b"
)


def _versions_named_after(
    text: str,
    matches: list[Match],
    matcher: Matcher,
    mine: AbstractSet[str] = frozenset(),
    version_of: Mapping[str, str] | None = None,
) -> None:
    """Give each match of a name with later versions the version its text names after it, where the corpus
    holds that version: "Velocities were taken from the ICEFALL velocity record, version DR2" names
    ICEFALL DR2 (the release another paper presents), not the first ICEFALL. With ``version_of``, only a
    version of the thing matched: "the second data release of the BIRCH cohort" is no BIRCH 2.0 of another
    field's BIRCH model.

    >>> names = {"ICEFALL": ["method:icefall"], "ICEFALL DR2": ["method:icefall-dr2"]}
    >>> m = Matcher(names, ["method:icefall"])
    >>> text = "We used the ICEFALL velocity record, version DR2, and the original ICEFALL (version 1)."
    >>> found = m.find(text)
    >>> _versions_named_after(text, found, m)
    >>> [f.keys for f in found]
    [('method:icefall-dr2',), ('method:icefall',)]
    >>> text = "Using the second data release of the ICEFALL record (DR2), we ..."
    >>> found = m.find(text)
    >>> _versions_named_after(text, found, m)
    >>> [f.keys for f in found]
    [('method:icefall',), ('method:icefall-dr2',)]
    >>> m = Matcher({"SAUTI": ["dataset:sauti"], "SAUTI 2.0": ["dataset:sauti-2-0"]}, ["dataset:sauti"])
    >>> text = "Experiments were run on the second release of the SAUTI corpus."
    >>> found = m.find(text)
    >>> _versions_named_after(text, found, m)
    >>> [f.keys for f in found]
    [('dataset:sauti',), ('dataset:sauti-2-0',)]
    >>> text = "Rates were drawn from the SAUTI database (second release, 2001-2019)."
    >>> found = m.find(text)
    >>> _versions_named_after(text, found, m)
    >>> [f.keys for f in found]
    [('dataset:sauti',), ('dataset:sauti-2-0',)]
    >>> m = Matcher({"BIRCH": ["dataset:birch"], "BIRCH 2.0": ["method:birch-2-0"]}, ["dataset:birch"])
    >>> text = "To describe the second data release of the BIRCH cohort."
    >>> found = m.find(text)
    >>> _versions_named_after(text, found, m, version_of={"method:birch-2-0": "method:birch"})
    >>> [f.keys for f in found]
    [('dataset:birch',)]
    """
    added: list[tuple[int, Match]] = []
    for i, match in enumerate(matches):
        if matcher.versioned.isdisjoint(match.keys):
            continue
        given = _VERSION_AFTER.match(text, match.end)
        numbered = None if given else _VERSION_OF_BEFORE.search(text, max(0, match.start - 30), match.start)
        # (not the version a paper presents: "We present version 2.0 of FLINT, the global compilation ...")
        if numbered is not None and _PRESENTED_BEFORE.search(
            text, max(0, numbered.start() - 30), numbered.start()
        ):
            numbered = None
        if given is not None:
            versions = [f"{match.surface} {given.group(1)}"]
        elif numbered is not None:
            # (or numbered before it, a release of the first counted as the ordinals below are: "cargo records
            # in version 2.0 of the Lodestar Wreck Register" of Lodestar Wreck Register 2.0, however spelt)
            number = numbered.group(1)
            versions = [f"{match.surface}{joined}" for joined in (f" {number}", f" v{number}", f"-{number}")]
            if "." not in number:
                versions.append(f"{match.surface} {number}.0")
        else:
            # (or before it: "the second data release of the Tidewater port-call dataset (DR2)", "the second
            # release of the SAUTI-HS corpus" of SAUTI-HS 2.0, however the corpus numbers it)
            counted = _RELEASE_BEFORE.search(text, max(0, match.start - 40), match.start)
            counted = counted or _RELEASE_NAMED_AFTER.match(text, match.end)
            if counted is None:
                continue
            n = RELEASE_ORDINALS[counted.group(1).lower()]
            versions = [f"{match.surface}{joined}" for joined in (f" DR{n}", f" {n}.0", f" {n}", f"-{n}")]
        for version in versions:
            named = matcher.find(version)
            if len(named) != 1 or named[0].start != 0 or not set(named[0].keys).isdisjoint(match.keys):
                continue
            # (the first release the corpus holds so spelt is the one meant, or none)
            if version_of is not None and not any(version_of.get(key) in match.keys for key in named[0].keys):
                break
            release = Match(match.start, match.end, match.surface, named[0].keys, match.glued)
            if given is not None:
                matches[i] = release
            elif mine.isdisjoint(named[0].keys):
                # a release counted before the name is that release of the thing, both named: its users use
                # the first's data too, as it holds them ("Data were drawn from the second data release of the
                # LUCERNE cohort"); not in the release's own paper, which names the first as what it extends
                added.append((i, release))
            break
    for i, release in reversed(added):
        matches.insert(i + 1, release)


# Two things named side by side, as the objects of one verb: "AIRWAYNET and its successor AIRWAYNET-2"
# (or "its revised version": "We compared the classifiers with the Yuyao Glaze Index (YGI) and its revised
# version YGI 2.0")
_SIDE_BY_SIDE = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s+(?:and|or|versus|vs\.?)\s+(?:(?:its|the)\s+(?:successor|update|extension|"
    r"revision|refinement|(?:revised|updated|extended|new|later|second)\s+version)\s+)?"
)


def _side_by_side(text: str, mentions: Sequence[Mention], others: Sequence[Mention]) -> bool:
    """Return True if a mention of ``mentions`` is followed by one of ``others`` in a pair ("X and X-2").

    A paper naming a later version often names the earlier as its origin ("X-2, an extension of X"), no
    use of it; one naming the two as a pair uses or compares both ("we validated X and its successor X-2").

    Examples
    --------
    >>> text = "We validated AIRWAYNET and its successor AIRWAYNET-2 in 1,847 adults."
    >>> first = Mention("method:a", "AIRWAYNET", 13, text, "uses")
    >>> second = Mention("method:a-2", "AIRWAYNET-2", 41, text, "uses")
    >>> _side_by_side(text, [first], [second])
    True
    >>> text = "We retrained AIRWAYNET, AIRWAYNET-2 and Lark."
    >>> _side_by_side(text, [Mention("method:a", "AIRWAYNET", 13, text, "uses")],
    ...               [Mention("method:a-2", "AIRWAYNET-2", 24, text, "uses")])
    True
    >>> text = "We used AIRWAYNET-2, an extension of AIRWAYNET."
    >>> _side_by_side(text, [Mention("method:a", "AIRWAYNET", 37, text, None)],
    ...               [Mention("method:a-2", "AIRWAYNET-2", 8, text, "uses")])
    False
    """
    starts = {m.start: m for m in others}
    for m in mentions:
        pair = _SIDE_BY_SIDE.match(text, m.start + len(m.surface))
        if pair is not None and pair.end() in starts:
            return True
        # (or one after the other in a list that goes on: "a benchmark in which FrayNet, FrayNet 2.0 and
        # LANTERN are retrained")
        listed = _LISTED_NEXT.match(text, m.start + len(m.surface))
        other = starts.get(listed.end()) if listed is not None else None
        if other is not None and _LIST_GOES_ON.match(text, other.start + len(other.surface)):
            return True
    return False


_LISTED_NEXT = re.compile(r",\s+")
_LIST_GOES_ON = re.compile(r",|\s+(?:and|or)\s")


def _matches_chunk(
    context: MatchContext, chunk: Sequence[tuple[PaperRecord, tuple[str, ...], dict[str, Introduced]]]
) -> list[PaperMatches]:
    return [paper_matches(record, mine, claimed, context) for record, mine, claimed in chunk]


def _matches_encoded(
    context: MatchContext, chunk: Sequence[tuple[PaperRecord, tuple[str, ...], dict[str, Introduced]]]
) -> list[tuple[PaperMatches, str]]:
    """:func:`_matches_chunk`, each result with its encoding for the cache (see :func:`_names_encoded`); the
    keys and surfaces found, which only the encoding reads, are dropped before the result travels."""
    from paperkg.inference.cache import encode_matches

    out = []
    for record, mine, claimed in chunk:
        doc = record_text(*record)
        found = paper_matches(record, mine, claimed, context, doc)
        encoded = encode_matches(found, record, doc)
        found.keys = found.surfaces = _NONE
        out.append((found, encoded))
    return out


@dataclass
class _Linked:
    """The corpus-level outcome of pass 1: new entities, introducers, and what pass 2 needs."""

    new: dict[str, _NewEntity]
    intro_claims: dict[str, list[tuple[str, Introduced]]]
    claim_of: dict[tuple[str, str], Introduced]
    introducer: dict[str, str]
    co_claims: list[tuple[str, str, Introduced]]
    lexicon_papers: dict[str, str]
    version_of: dict[str, str]
    demoted: dict[str, int]
    discovered: int
    context: MatchContext
    # names several papers each present as their own: terms of a field, or a name given to many things
    generic: frozenset[str] = frozenset()
    # names three or more papers present as their own, each on another subject (see _APART_AT_MOST)
    several: frozenset[str] = frozenset()
    # the papers presenting each name made a term (generic), by entity
    term_presenters: dict[str, frozenset[str]] = field(default_factory=dict)
    # the papers presenting a name made one subject's term, whose other presenters keep it, by entity: each
    # names its own thing by it still, which is no use of (nor older than) another field's
    field_presenters: dict[str, frozenset[str]] = field(default_factory=dict)

    def own(self) -> dict[str, set[str]]:
        """Return paper -> the entities it introduces (its claims and the lexicon's), or presents as one
        subject's term beside other presenters' things (:attr:`field_presenters`)."""
        own: dict[str, set[str]] = defaultdict(set)
        for eid, items in self.intro_claims.items():
            for pid, _ in items:
                own[pid].add(eid)
        for eid, pids in self.field_presenters.items():
            for pid in pids:
                own[pid].add(eid)
        for eid, pid in self.lexicon_papers.items():
            own[pid].add(eid)
        return own


_OTHER_KIND = {"method": "dataset", "dataset": "method"}


def _link_names(
    found_names: Sequence[PaperNames],
    lower_words: set[str],
    papers: Mapping[str, Paper],
    lexicon: Lexicon,
    lex_matcher: Matcher,
    topics_of: _TopicsOf | None = None,
) -> _Linked:
    """Resolve the names pass 1 found into entities and introducers, and build pass 2's context.

    ``lower_words`` are the lowercase words of the corpus's first ``_WORD_SAMPLE`` papers. With
    ``topics_of``, a name up to :data:`_APART_AT_MOST` papers present, each on another subject, is each
    one's (:func:`_one_subjects_presenters`), not a term.
    """
    names = _lexicon_names(lexicon)
    versioned = {entity_id(e.kind, e.version_of) for e in lexicon.entries.values() if e.version_of}
    demoted: dict[str, int] = defaultdict(int)

    # 1. names each paper introduces, resolved to lexicon entries or new entities
    new: dict[str, _NewEntity] = {}
    short_aliases: dict[str, str] = {}
    intro_claims: dict[str, list[tuple[str, Introduced]]] = defaultdict(list)
    # (entity, paper) -> the paper's first claim to introduce it: a lookup, not a scan of every claimant
    claim_of: dict[tuple[str, str], Introduced] = {}
    # a later release of data a paper presents is data, whatever its title says of it ("SettleGrid-100 version
    # 2: expanded coverage and annual updates of ... settlement grids", of the dataset SettleGrid-100)
    # (data to every paper presenting the name: a "Compass 2" package is no release of a Compass database
    # another field presents, as another paper presents a Compass package)
    kinds_of: dict[str, set[str]] = defaultdict(set)
    for item in found_names:
        for found in item.introduced:
            if found.lexicon_id is None:
                kinds_of[found.intro.name.lower()].add(found.intro.kind)
    data_names = {name for name, kinds in kinds_of.items() if kinds == {"dataset"}}
    for item in found_names:
        for found in item.introduced:
            intro, eid = found.intro, found.lexicon_id
            # (a release by its number set apart, not joined: "PAWS-7", a seven-item scale, is no release of
            # the PAWS corpus)
            release = _VERSION_SUFFIX.match(intro.name) if intro.kind == "method" and eid is None else None
            if (
                release is not None
                and intro.name[release.end(1) : release.end(1) + 1] == " "
                and release.group(1).lower() in data_names
            ):
                intro = replace(intro, kind="dataset")
            if (
                eid is None
                and intro.how not in ("title", "names")
                and _common_word(intro.name, lower_words)
                and not described_in_apposition(intro)
            ):
                # "Strategies", "Trigrams": an ordinary word the corpus also writes in lowercase
                demoted["common word"] += 1
                continue
            if eid is None:
                eid = found.alias_id
            if eid is None:
                eid = entity_id(intro.kind, intro.name)
                if eid.split(":", 1)[1] == "":
                    continue
                entity = new.setdefault(eid, _NewEntity(intro.name, intro.kind))
                entity.aliases.update(a for a in intro.aliases if a != entity.name)
                # (and by its first word and its noun, as its users shorten it: "the Tsebo cohort" of the
                # Tsebo Serosurveillance Cohort; not by a place's, "the Lesotho cohort", nor a word of the
                # language, "the Health study" of the Health and Retirement Study)
                short = _SHORTENED_TO.fullmatch(intro.name) if intro.kind == "dataset" else None
                if (
                    short is not None
                    and short.group(1) not in PLACES
                    and short.group(1).lower() not in lower_words
                    and name_rejection(short.group(1)) is None
                ):
                    entity.aliases.add(f"{short.group(1)} {short.group(2)}")
            elif eid in lexicon.entries and found.lexicon_id is None:
                names[intro.name].append(eid)
                if len(intro.name) <= 4 and intro.name.isupper():
                    short_aliases[intro.name] = eid
            if (eid, item.paper_id) not in claim_of:
                claim_of[(eid, item.paper_id)] = intro
                intro_claims[eid].append((item.paper_id, intro))
    for item in found_names:
        for why in item.rejected:
            demoted[why] += 1
    # a name several papers each present as their own is a term of the field: no introducer
    generic: set[str] = set()
    term_presenters: dict[str, frozenset[str]] = {}
    field_presenters: dict[str, frozenset[str]] = {}
    several: set[str] = set()
    # the papers presenting each name, whatever kind of thing each calls it
    presenters: dict[str, set[str]] = defaultdict(set)
    for eid, items in intro_claims.items():
        presenters[eid.split(":", 1)[1]].update(pid for pid, _ in items)
    for eid, items in list(intro_claims.items()):
        claimants = {pid for pid, _ in items}
        if eid in new and len(claimants) >= _GENERIC_CLAIMANTS:
            every = presenters[eid.split(":", 1)[1]]
            term = (
                _one_subjects_presenters(every, new[eid].name, topics_of)
                if topics_of is not None and len(every) <= _APART_AT_MOST
                else None
            )
            if term is not None and not term:
                several.add(eid)
                continue
            # three on one subject make the name that subject's term, not every field's: the presenters of
            # other subjects keep their things ("Kestrel" of three papers on one subject, and thirty-three
            # others each of its own, a pulsar-timing package, a hint system, a diving heuristic)
            kept = claimants - term if term else set()
            if kept:
                demoted["term of one field"] += len(claimants - kept)
                field_presenters[eid] = frozenset(claimants - kept)
                for pid in claimants - kept:
                    claim_of.pop((eid, pid), None)
                intro_claims[eid] = [(pid, claim) for pid, claim in items if pid in kept]
                if len(kept) > 1:
                    several.add(eid)
                continue
            demoted["generic"] += 1
            generic.add(eid)
            term_presenters[eid] = frozenset(claimants)
            for pid, _ in items:
                claim_of.pop((eid, pid), None)
            del intro_claims[eid]
    arxiv_ids = {p.arxiv_id: p.id for p in papers.values() if p.arxiv_id}
    lexicon_papers = {
        e.id: arxiv_ids[e.arxiv] for e in lexicon.entries.values() if e.arxiv and e.arxiv in arxiv_ids
    }
    established = {e.id: e.year for e in lexicon.entries.values() if e.year is not None and not e.arxiv}
    introducer, co_claims = _introducers(intro_claims, lexicon_papers, papers, established)
    _spelt_as_introduced(new, introducer, intro_claims, claim_of, co_claims, several)
    # (a version's base by the long form its presenter gave it too: "Iberian Influent Archive DR2" of IbIA)
    spelt_as: dict[str, str] = {}
    for eid, entity in new.items():
        for alias in entity.aliases:
            spelt_as.setdefault(alias.lower(), eid)
    for eid, entity in new.items():
        m = _VERSION_SUFFIX.match(entity.name)
        if m:
            # (of either kind: a title may say less of what the version is than the first's said, "HWAET 2:
            # manuscript-linked metrical annotation of ..." of "HWAET: a half-line database for ...")
            same, other = (entity_id(kind, m.group(1)) for kind in (entity.kind, _OTHER_KIND[entity.kind]))
            base = (
                _whole(lex_matcher, m.group(1))
                or (same if same in new else None)
                or (other if other in new else None)
                or spelt_as.get(m.group(1).lower())
            )
            if base and base != eid:
                entity.version_of = base
                versioned.add(base)
                # (its release by the first's other names too: "the second release of the IFR", of the
                # Insular Fragments Register DR2)
                release = _DATA_RELEASE_END.search(entity.name)
                if release is not None and base in new:
                    first = new[base]
                    entity.aliases.update(f"{a}{release.group(0)}" for a in {first.name, *first.aliases})
    discovered, short_data = _discover_datasets(
        {item.paper_id: item.cues for item in found_names},
        lexicon,
        new,
        _corpus_terms(found_names),
    )
    for surface, eid in short_data.items():
        short_aliases.setdefault(surface, eid)
        if eid not in new:
            names[surface].append(eid)
    for entity in new.values():
        for surface in {entity.name, *entity.aliases}:
            names[surface].append(entity_id(entity.kind, entity.name))
    fam_names, fam_weights = _family_phrases(lexicon)
    fam_floors = {fid: f.min_score for fid, f in lexicon.families.items() if f.min_score is not None}
    for phrase, fids in fam_names.items():
        names[phrase].extend(fids)
    matcher = Matcher(names, versioned, lower_words)
    for eid, items in list(intro_claims.items()):
        if eid not in introducer:
            # long established (the lexicon dates it before every claimant): the claims are mentions
            demoted["established"] += 1
            for pid, _ in items:
                claim_of.pop((eid, pid), None)
            del intro_claims[eid]
    # the families of each entity: a lexicon entry's own, and for a new name the family phrases it
    # holds ("Breadth-First Pipeline Parallelism"), which the longer name's match hides in the text
    family_matcher = Matcher(fam_names, set())
    entity_families: dict[str, list[str]] = {
        eid: list(dict.fromkeys(f for m in family_matcher.find(item.name) for f in m.keys))
        for eid, item in new.items()
    }
    for entry in lexicon.entries.values():
        ids = (lexicon.family_id(fam) for fam in entry.families)
        entity_families[entry.id] = [fid for fid in ids if fid]

    ambiguous = {e.id for e in lexicon.entries.values() if e.ambiguous}
    for eid, entity in new.items():
        word = entity.name
        if " " not in word and word[:1].isupper() and word[1:].islower() and word.lower() in lower_words:
            ambiguous.add(eid)
    # ("QM9", with a digit, is coined: it names one thing wherever it is written)
    short_new = {eid: tuple(e.aliases) for eid, e in new.items() if short_acronym(e.name)}
    short_heads = {
        eid: head
        for eid, forms in short_new.items()
        if not forms and eid in introducer
        for head in [_introduced_head(claim_of.get((eid, introducer[eid])))]
        if head in _INSTRUMENT_HEADS
    }

    version_of: dict[str, str] = {
        e.id: entity_id(e.kind, e.version_of) for e in lexicon.entries.values() if e.version_of
    }
    version_of.update({eid: e.version_of for eid, e in new.items() if e.version_of})
    presented_otherwise = {
        eid for eid, pid in introducer.items() if eid in lexicon.entries and lexicon_papers.get(eid) != pid
    }
    presented_afield: set[str] = set()
    # a new name holding a family's words, presented by a paper: asked as a presented lexicon name is
    worded = {eid for eid, fids in entity_families.items() if fids and eid in new and eid in introducer}
    if topics_of is not None and (presented_otherwise or worded):
        # the lexicon's families are machine learning's: a paper of another field presenting a lexicon name
        # (Orca, a transit search) makes a thing of none of them, nor do its users join the distillation
        # family the lexicon's Orca is of (where the paper is of the field, it may be the entry's own, read
        # from a file without its arXiv id); nor does one presenting a name made of a family's word
        # ("Momentum: a cluster randomised trial of ... behavioural activation for depression")
        by_paper: dict[str, list[str]] = defaultdict(list)
        for eid in presented_otherwise | worded:
            by_paper[introducer[eid]].append(eid)
        for pid, title, abstract in topics_of.texts(by_paper):
            if _MACHINE_LEARNING.search(f"{title or ''} {abstract or ''}") is None:
                for eid in by_paper[pid]:
                    entity_families[eid] = []
                    if eid in presented_otherwise:
                        presented_afield.add(eid)
    context = MatchContext(
        matcher=matcher,
        ambiguous=frozenset(ambiguous),
        short_new=short_new,
        short_heads=short_heads,
        short_aliases={
            surface: (
                eid,
                tuple(lexicon.entries[eid].surfaces())
                if eid in lexicon.entries
                else tuple(a for a in (new[eid].name, *sorted(new[eid].aliases)) if a != surface),
            )
            for surface, eid in short_aliases.items()
        },
        lexicon_names={e.id: (e.name, e.kind) for e in lexicon.entries.values()},
        presented_otherwise=frozenset(presented_otherwise),
        presented_afield=frozenset(presented_afield),
        any_field=frozenset(e.id for e in lexicon.entries.values() if e.any_field),
        introducer=introducer,
        version_of=version_of,
        entity_families=entity_families,
        family_weights=fam_weights,
        family_floors=fam_floors,
    )
    return _Linked(
        new,
        intro_claims,
        claim_of,
        introducer,
        co_claims,
        lexicon_papers,
        version_of,
        demoted,
        discovered,
        context,
        frozenset(generic),
        frozenset(several),
        term_presenters,
        field_presenters,
    )


def _one_subject(words: AbstractSet[str], theirs: AbstractSet[str], own: AbstractSet[str]) -> bool:
    """Return True if two papers presenting one name, of topic words ``words`` and ``theirs``, are on one
    subject: they share :data:`_SUBJECT_SHARE` of the fewer's words, :data:`_TOPIC_SHARED` at least, the
    name's own (``own``) aside (:func:`_one_subjects_presenters`, :func:`_subject_groups`)."""
    need = max(_TOPIC_SHARED, _SUBJECT_SHARE * min(len(words), len(theirs)))
    return len((words & theirs) - own) >= need


def _one_subjects_presenters(
    papers: AbstractSet[str], name: str, topics_of: _TopicsOf
) -> set[str] | None:
    """Return the papers of ``papers`` (presenters of ``name``) that present it three or more to one subject;
    None where an abstract cannot tell. None of them: each presents a thing of its own under one name.

    Two papers share a subject where :data:`_SUBJECT_SHARE` of the topic words of the one with fewer are
    the other's too (the name's aside): a preprint and its journal version share half, a trial's protocol
    and its results a sixth; two papers of two fields a few words of any abstract ("baseline", "public"),
    and now and then a tenth (two statistics packages). Two on one subject are still told apart by their
    users' words (or neither is chosen); three or more papers on one subject, each sharing it with the
    others, make the name that subject's term, or one thing's versions. (Not three joined through one:
    a sepsis triage tool and an emergency department's surveillance system share a subject, and a short
    abstract of low-cost air sensors shares "feed" and "surveillance" with the second; the three are not
    one subject.)

    Examples
    --------
    >>> texts = {
    ...     "triage": "Sepsis triage in the emergency department: nurses score patients at triage desks.",
    ...     "surveil": "Emergency department complaints feed a surveillance system for influenza outbreaks.",
    ...     "sensor": "Low-cost particle sensors feed a surveillance system for urban pollution.",
    ... }
    >>> topics = _TopicsOf({}, lambda ids: [(pid, "", texts[pid] * 3) for pid in ids])
    >>> _one_subjects_presenters({"triage", "surveil", "sensor"}, "Beacon", topics)
    set()
    >>> texts = {
    ...     "a": "Pulsar timing residuals of millisecond pulsars fitted with a red noise model for arrays.",
    ...     "b": "Pulsar timing arrays fit residuals of millisecond pulsars with red noise and clock models.",
    ...     "c": "Millisecond pulsars in timing arrays: red noise, clock corrections and residuals fitted.",
    ...     "d": "A hint system for novice programmers suggests the next edit in Python exercises.",
    ... }
    >>> topics = _TopicsOf({}, lambda ids: [(pid, "", texts[pid] * 3) for pid in ids])
    >>> sorted(_one_subjects_presenters({"a", "b", "c", "d"}, "Kestrel", topics))
    ['a', 'b', 'c']
    """
    ordered = sorted(papers)
    words = topics_of(ordered)
    if any(not words.get(pid) for pid in ordered):
        return None
    own = {name.lower(), _stem(name.lower())}
    near: dict[str, set[str]] = {pid: set() for pid in ordered}
    for i, pid in enumerate(ordered):
        for other in ordered[i + 1 :]:
            if _one_subject(words[pid], words[other], own):
                near[pid].add(other)
                near[other].add(pid)
    # three on one subject: two papers each on the subject of a third and of each other
    triangles = ((a, b, near[a] & near[b]) for a in ordered for b in near[a])
    return {pid for a, b, third in triangles if third for pid in (a, b, *third)}


def _scattered(papers: AbstractSet[str], name: str, topics_of: _TopicsOf) -> bool:
    """Return True if the papers presenting a term are of more than one subject (:func:`_subject_groups`),
    of those whose abstracts can tell, the first :data:`_SCATTER_READ` read.

    Examples
    --------
    >>> texts = {
    ...     "a": "Battery cathode conduction of lithium ions in solid electrolytes measured by impedance.",
    ...     "b": "Lithium ion conduction in solid electrolytes for battery cathodes from impedance data.",
    ...     "c": "Solid electrolytes: impedance of lithium ion conduction in battery cathode films.",
    ...     "d": "A routing compiler for quantum circuits on superconducting qubit devices with swaps.",
    ... }
    >>> topics = _TopicsOf({}, lambda ids: [(pid, "", texts[pid] * 3) for pid in ids])
    >>> _scattered({"a", "b", "c"}, "Tessera", topics), _scattered({"a", "b", "c", "d"}, "Tessera", topics)
    (False, True)
    """
    sample = sorted(papers)[:_SCATTER_READ]
    words = topics_of(sample)
    groups = _subject_groups({pid for pid in sample if words.get(pid)}, name, topics_of)
    return groups is not None and len(groups) > 1


def _subject_groups(papers: AbstractSet[str], name: str, topics_of: _TopicsOf) -> list[list[str]] | None:
    """Return ``papers`` in groups on one subject each (as :func:`_one_subjects_presenters` tells a subject:
    joined by those each shares), or None where a paper's abstract cannot tell.
    """
    own = {name.lower(), _stem(name.lower())}
    # read a few at a time: most names so presented are one subject's, which the first papers show
    seen: dict[str, frozenset[str]] = {}
    # each paper's group of papers on one subject, by a paper standing for it
    group: dict[str, str] = {}
    members: dict[str, list[str]] = {}
    ordered = sorted(papers)
    for at in range(0, len(ordered), 4):
        words = topics_of(ordered[at : at + 4])
        for pid in ordered[at : at + 4]:
            theirs = words.get(pid)
            if not theirs:
                return None
            group[pid], members[pid] = pid, [pid]
            for other, known in seen.items():
                if _one_subject(theirs, known, own) and group[other] != group[pid]:
                    kept, gone = group[other], group[pid]
                    for member in members.pop(gone):
                        group[member] = kept
                        members[kept].append(member)
            seen[pid] = theirs
    return list(members.values())


def _batches(items: Iterable[T], size: int = _TEXT_BATCH) -> Iterator[list[T]]:
    """Yield ``items`` in lists of ``size``."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _names_with_cache(
    all_items: Iterable[tuple[PaperRecord, bool]],
    context: NamesContext,
    lexicon: Lexicon,
    cache: ExtractionCache,
    engine: Engine,
    bar: ProgressTask,
    texts: dict[str, Any] | None = None,
    sample_words: set[str] | None = None,
) -> Iterator[PaperNames]:
    """Pass 1 over ``items``, reading back the stored result of each paper whose text and rules are unchanged.

    With ``sample_words``, the lowercase words of the papers asked for them are read back
    united into it where none of those papers changed (their results then carry none).
    The papers asked for their words (the first ones) go together, then the others
    ``_TEXT_BATCH`` at a time: only a batch's texts are held.
    """
    from paperkg.inference.cache import NAMES_PASS, rules_fingerprint

    fingerprint = rules_fingerprint(lexicon)
    ids: list[str] = []
    it = iter(all_items)
    sample: list[tuple[PaperRecord, bool]] = []
    for item in it:
        sample.append(item)
        if not item[1]:
            break
    # whether stored results carry words (not when the sample's are read back united), for every batch
    carry_words = [True]
    # the sample (and the first paper after it) in one batch, so that its words are read back together
    for items in chain([sample], _batches(it)):
        if items:
            ids.extend(record.id for record, _ in items)
            yield from _names_batch(items, context, fingerprint, cache, engine, bar, texts, sample_words, carry_words)
    cache.keep_extractions(NAMES_PASS, ids)


def _names_batch(
    items: Sequence[tuple[PaperRecord, bool]],
    context: NamesContext,
    fingerprint: str,
    cache: ExtractionCache,
    engine: Engine,
    bar: ProgressTask,
    texts: dict[str, Any] | None,
    sample_words: set[str] | None,
    carry_words: list[bool],
) -> list[PaperNames]:
    """Pass 1 over one batch of ``_names_with_cache``; a batch holding the sample reads its words back united."""
    import hashlib
    import json

    from paperkg.inference.cache import NAMES_PASS, WORDS_PASS, decode_names, names_key

    has_sample = any(words for _, words in items)
    keys = {record.id: names_key(record, words, fingerprint, context.citations) for record, words in items}
    sample = hashlib.blake2b(digest_size=16)
    for record, words in items:
        if words:
            sample.update(keys[record.id].encode())
    sample_key = sample.hexdigest()
    united = (
        cache.get_extractions(WORDS_PASS, {"": sample_key}).get("")
        if sample_words is not None and has_sample
        else None
    )
    if united is not None and sample_words is not None:
        sample_words.update(json.loads(united))
    if has_sample:
        carry_words[0] = united is None
    stored = cache.get_extractions(NAMES_PASS, keys)
    out: dict[str, PaperNames] = {}
    for record, _ in items:
        data = stored.get(record.id)
        if data is not None:
            out[record.id] = decode_names(record.id, data, record, texts, words=carry_words[0])
    # the results read back, at once: an advance (2.5 us) per result read back (about 50 us) adds 5%
    bar.advance(len(out))
    missing = [(record, words) for record, words in items if record.id not in out]
    fresh: list[tuple[str, str, str]] = []
    for item, encoded in engine.map(_names_encoded, context, missing):
        out[item.paper_id] = item
        fresh.append((item.paper_id, keys[item.paper_id], encoded))
        bar.advance()
        if len(fresh) >= _CACHE_BATCH:  # stored as they come: held, they grow with the corpus
            cache.put_extractions(NAMES_PASS, fresh)
            fresh = []
    cache.put_extractions(NAMES_PASS, fresh)
    if united is None and has_sample:
        union = set().union(*(out[record.id].words or () for record, words in items if words))
        cache.put_extractions(WORDS_PASS, [("", sample_key, json.dumps(sorted(union), ensure_ascii=False))])
    return [out[record.id] for record, _ in items]


def _stored_context(cache: ExtractionCache, lexicon: Lexicon) -> dict[str, Any] | None:
    """Return the context signature the last run of these rules stored (None: none did)."""
    import json

    from paperkg.inference.cache import CONTEXT_PASS, rules_fingerprint

    stored = cache.get_extractions(CONTEXT_PASS, {"": rules_fingerprint(lexicon)}).get("")
    return None if stored is None else json.loads(stored)


def _matches_with_cache(
    all_work: Iterable[tuple[PaperRecord, tuple[str, ...], dict[str, Introduced]]],
    context: MatchContext,
    lexicon: Lexicon,
    cache: ExtractionCache,
    engine: Engine,
    fresh_ids: set[str] | None = None,
    texts: dict[str, Any] | None = None,
    names: dict[str, str] | None = None,
    previous: dict[str, Any] | None = None,
    topic_keys: Mapping[str, str] | None = None,
) -> Iterator[PaperMatches]:
    """Pass 2 over ``work``, reading back each stored result the changes of the context cannot reach.

    A paper is read again when it is new or its text or own claims changed, when its
    text holds a matcher form whose entry changed (compared compacted and lowercase,
    as the matcher compares), or when an entity or short acronym the matcher found in
    it changed what pass 2 reads of it; with no stored context, every paper is read.
    The ids of the papers read again are added to ``fresh_ids``. The papers go
    ``_TEXT_BATCH`` at a time: only a batch's texts are held. With ``names``, each result holds
    the copies of its names ``names`` holds (:func:`_share_names`), those read back as they are read.
    ``previous`` is the stored context (:func:`_stored_context`); ``topic_keys`` the keys of the
    introducers' topic words (:func:`_introducer_topics`), stored with the context.
    """
    import json

    from paperkg.inference.cache import (
        CONTEXT_PASS,
        MATCHES_PASS,
        context_changes,
        context_signature,
        decode_matches,
        match_key,
        rules_fingerprint,
    )

    fingerprint = rules_fingerprint(lexicon)
    # through JSON, so it compares equal to the stored one (tuples become lists)
    signature = json.loads(json.dumps(context_signature(context, topic_keys), ensure_ascii=False))
    changed_form: re.Pattern[str] | None = None
    entities: AbstractSet[str] = _NONE
    shorts: AbstractSet[str] = _NONE
    if previous is not None:
        forms, entities, shorts = context_changes(previous, signature)
        changed_form = (
            re.compile("|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)))
            if forms
            else None
        )
    ids: list[str] = []
    for work in _batches(all_work):
        keys = {record.id: match_key(record, mine, claimed, fingerprint) for record, mine, claimed in work}
        ids.extend(keys)
        out: dict[str, PaperMatches] = {}
        if previous is not None:
            stored = cache.get_extractions(MATCHES_PASS, keys)
            for record, _, _ in work:
                data = stored.get(record.id)
                if data is None:
                    continue
                found = decode_matches(record.id, data, record, texts, lazy=True, names=names)
                if found.keys & entities or found.surfaces & shorts:
                    continue
                if changed_form is not None and changed_form.search(
                    compact(f"{record.title or ''}\n{record.abstract or ''}").lower()
                ):
                    continue
                # what only the cache reads, read: every paper's would live on to the end of pass 2
                found.keys = found.surfaces = _NONE
                out[record.id] = found
        missing = [item for item in work if item[0].id not in out]
        if fresh_ids is not None:
            fresh_ids.update(item[0].id for item in missing)
        fresh: list[tuple[str, str, str]] = []
        for found, encoded in engine.map(_matches_encoded, context, missing):
            pid = found.entities.paper_id
            out[pid] = found
            fresh.append((pid, keys[pid], encoded))
            if names is not None:
                _share_names(found.entities, names)
            if len(fresh) >= _CACHE_BATCH:
                cache.put_extractions(MATCHES_PASS, fresh)
                fresh = []
        cache.put_extractions(MATCHES_PASS, fresh)
        yield from (out[record.id] for record, _, _ in work)
    cache.keep_extractions(MATCHES_PASS, ids)
    cache.put_extractions(CONTEXT_PASS, [("", fingerprint, json.dumps(signature, ensure_ascii=False))])


def _infer(
    papers: Sequence[Paper],
    lexicon: Lexicon,
    related_k: int,
    progress: Progress,
    engine: Engine | None = None,
    cache: ExtractionCache | None = None,
    keep_papers: bool = True,
    scoped: bool = False,
    paper_texts: _Texts | None = None,
) -> CorpusInference:
    """Infer over ``papers``; without ``keep_papers`` the result's ``papers`` is empty (a build reads none).

    With ``paper_texts``, the per-paper passes read each paper's title and abstract through it.

    With a ``cache``, the corpus state is kept in it (:mod:`paperkg.inference.scope`), and with
    ``scoped`` the result's ``scope`` says which nodes' bulk edges may differ from the stored ones.
    """
    engine = engine or LocalEngine(1)
    by_id = {p.id: p for p in papers}
    names_ctx = names_context(lexicon)
    if any(p.authors for p in papers):
        names_ctx = replace(names_ctx, citations=True)

    # pass 1, paper by paper: the names each introduces, its dataset cues, its lowercase words
    rules_changed = cache is not None and _rules_changed(cache, lexicon)
    bar = progress.task(
        "finding introduced names" + (" (new rules: every paper read again, once)" if rules_changed else ""),
        total=len(papers),
        unit="papers",
    )
    found_names: list[PaperNames] = []
    # names that are also common words: "Adapters", "Emu", "Strategies"
    lower_words: set[str] = set()
    # in an add, a paper's sentences split to read its stored pass-1 result serve its pass-2 result too
    texts: dict[str, Any] | None = {} if scoped else None
    items = ((record, i < _WORD_SAMPLE) for i, record in enumerate(_records(papers, paper_texts)))
    if cache is None:
        named: Iterable[PaperNames] = engine.map(_names_chunk, names_ctx, items)
    else:
        named = _names_with_cache(items, names_ctx, lexicon, cache, engine, bar, texts, lower_words)
    for item in named:
        if item.words:
            lower_words.update(item.words)
            item.words = None
        found_names.append(item)
        if cache is None:
            bar.advance()
    bar.close()
    # read in the order given, linked in the order of their ids: the entities one name becomes, and which of
    # two claimants of one date introduces it, do not hang on the order of the user's files
    found_names.sort(key=lambda item: item.paper_id)

    # the topic words of papers, read where a rule needs them: presenters of one name, introducers of names
    # other fields use, and the papers an author-year citation may name
    topics_of = _TopicsOf(by_id, paper_texts)
    linked = _link_names(found_names, lower_words, by_id, lexicon, names_ctx.lexicon_matcher, topics_of)
    # the context pass 2 read last time (with a cache): what it can read back, and the introducers' words
    stored_context = _stored_context(cache, lexicon) if cache is not None else None
    # two papers presenting one name as their own share their subject where it is one thing (a
    # preprint and its journal version, a paper presenting its next version); a hint system for
    # novice programmers and a diving heuristic for integer programs, each named Compass, do not
    apart_at = _co_claims_apart(linked.co_claims, linked.introducer, topics_of, linked.claim_of, by_id)
    # (of a name several papers present, each on another subject, every presenter apart:
    # _one_subjects_presenters)
    apart = {
        (pid, eid)
        for i, (pid, eid, _) in enumerate(linked.co_claims)
        if i in apart_at or eid in linked.several
    }
    topics, topic_keys = _introducer_topics(
        linked.context,
        linked.new,
        topics_of,
        stored_context["entities"] if stored_context else None,
        {eid for _, eid in apart},
    )
    if topics:
        linked.context = replace(linked.context, topics=topics)
    if linked.co_claims:
        rivals = _rivals(
            linked.co_claims, linked.introducer, linked.claim_of, linked.new, topics_of, by_id, linked.several
        )
        linked.context = replace(linked.context, rivals=rivals)
    makers = _makers(linked.context, by_id)
    if makers:
        linked.context = replace(linked.context, makers=makers)
    cited = [(item.paper_id, item.citations) for item in found_names if item.citations]
    del found_names
    new, introducer, demoted = linked.new, linked.introducer, linked.demoted

    # pass 2, paper by paper: mentions, families and builds-on claims
    bar = progress.task("matching names", total=len(papers), unit="papers")
    own = linked.own()
    claim_of = linked.claim_of
    claimed_by: dict[str, dict[str, Introduced]] = defaultdict(dict)
    for (eid, pid), intro in claim_of.items():
        claimed_by[pid][eid] = intro
    results: dict[str, PaperEntities] = {}
    claims: list[Claim] = []
    work = (
        (record, tuple(own.get(record.id, ())), claimed_by.get(record.id, {}))
        for record in _records(papers, paper_texts)
    )
    read_again: set[str] = set()
    # one copy of each entity id, surface and family name for every paper's findings
    names: dict[str, str] = {}
    if cache is None:
        matched: Iterable[PaperMatches] = engine.map(_matches_chunk, linked.context, work)
    else:
        # the results read back share their names as they are decoded; the others as they arrive
        matched = _matches_with_cache(
            work, linked.context, lexicon, cache, engine, read_again, texts, names, stored_context, topic_keys
        )
        texts = None
    unshown = 0
    for found in matched:
        if cache is None:
            _share_names(found.entities, names)
        results[found.entities.paper_id] = found.entities
        claims.extend(found.claims)
        unshown += 1
        # moved every _SHOWN papers: an advance (2.5 us) per result read back (about 50 us) adds 5%
        if unshown == _SHOWN:
            bar.advance(unshown)
            unshown = 0
    bar.advance(unshown)
    bar.close()
    # a list when read through the cache: its matched keys and surfaces would live on to the end
    del matched, work, names, stored_context
    co_claims = linked.co_claims
    # the papers the corpus steps change after pass 2 (their edges are not their pass-2 result's)
    changed: set[str] = set()
    moved = _releases_before_their_version(
        results, by_id, new, introducer, linked.version_of, changed, claims
    )
    if moved:
        claims = [
            replace(c, entity=moved[(c.source, c.entity)]) if (c.source, c.entity) in moved else c
            for c in claims
            if moved.get((c.source, c.entity)) != ""
        ]
    drop = _corpus_demotions(
        papers, by_id, new, results, introducer, set(linked.lexicon_papers), demoted, changed
    )
    _presenters_use_no_term(results, linked.term_presenters, changed)
    if drop:
        claims = [c for c in claims if c.entity not in drop]
        co_claims = [c for c in co_claims if c[1] not in drop]
    # a name's introduction is every co-claimer's evidence: its relation is read once per sentence
    relations: dict[str, str | None] = {}
    for pid, eid, intro in co_claims:
        if (pid, eid) in apart:
            continue
        penalty = 0.25
        relation = relations.get(intro.sentence, _UNREAD)
        if relation is _UNREAD:
            relation = relations[intro.sentence] = relation_of(intro.sentence)
        claims.append(
            Claim(
                pid,
                eid,
                intro.name,
                intro.sentence,
                relation,
                penalty,
                "both papers present the name as their own",
            )
        )

    claims.extend(_citation_claims(cited, papers, topics_of))
    # a paper presenting a later version of another paper's thing builds on that paper, whatever its sentences
    # say of the first ("Ribbon 2.0 is described here" of an R package Ribbon another paper presented), where
    # it names the first on its own and the two papers share an author and their subject: of the papers
    # presenting the first thing's name, the team's (a Lantern-2 cohort of neonatology is no successor of an
    # anaesthesia audit LANTERN, whose papers share the words of any cohort; a Prism-ML of one field no
    # version of another field's Prism)
    versions = [
        (pid, base, presented)
        for eid, pid in introducer.items()
        for base in [linked.version_of.get(eid)]
        for presented in [claim_of.get((eid, pid))]
        if base is not None and eid not in drop and base in introducer and presented is not None
    ]
    presenters: dict[str, list[str]] = defaultdict(list)
    if versions:
        for base_id, presenter in claim_of:
            presenters[base_id].append(presenter)
    later: list[tuple[str, list[str], str, Introduced]] = []
    for pid, base, presented in versions:
        # (one author in both, by surname: not :func:`_other_hands`, whose given names join a Jonathan Reeve's
        # paper and a Jonathan Beale's)
        team = _surnames(by_id[pid])
        earlier = [
            p for p in presenters.get(base, [introducer[base]]) if p != pid and team & _surnames(by_id[p])
        ]
        if earlier:
            later.append((pid, earlier, base, presented))
    subjects = topics_of({p for pid, earlier, _, _ in later for p in (pid, *earlier)}) if later else {}
    texts = {pid: f"{title or ''} {text or ''}" for pid, title, text in topics_of.texts(p[0] for p in later)}
    for pid, earlier, base, presented in later:
        # (and names the first too, as a version's paper says what it is a version of: "Ribbon (Okonjo et al.,
        # 2010) is an R package ... Ribbon 2.0 is described here"; a SEPTRA-7 naming no SEPTRA is its own; or
        # calls it the team's own earlier thing: "We present FlockSpread 2.0, a new version of our ... model")
        first_name = new[base].name if base in new else None
        text = texts.get(pid, "")
        if first_name is None or not (_names_alone(text, first_name) or _OUR_EARLIER.search(text)):
            continue
        its = subjects.get(pid, frozenset())
        shared = {p: len(its & subjects.get(p, frozenset())) for p in earlier}
        sharing = [p for p, n in shared.items() if n >= _subject_need(its, subjects.get(p, frozenset()))]
        first = sharing[0] if len(sharing) == 1 else _clear_best({p: shared[p] for p in sharing})
        if first is not None:
            claims.append(
                Claim(pid, base, presented.name, presented.sentence, "extends", 0.0, _LATER_VERSION, first)
            )
    del cited

    builds = infer_builds_on(claims, by_id, introducer)
    del claims
    _inherit_families(results, builds.edges, changed)
    discovered_families = _discover_families(
        results,
        lexicon,
        new,
        introducer,
        changed,
        apart,
        frozenset(linked.several),
        lambda eid, name: eid in linked.term_presenters
        and _scattered(linked.term_presenters[eid], name, topics_of),
        chain(builds.edges, builds.candidates),
        linked.intro_claims.keys(),
    )
    for pid in changed:
        resolve_sentences(results[pid])
    digests = {pid: findings_digest(results[pid]) for pid in changed}
    # the run that wrote the stored edges: the papers whose INTRODUCES, MENTIONS, USES_DATASET and
    # IN_FAMILY edges an add compares follow (inference_scope), and only their sentences are quoted
    previous = _stored_state(cache, lexicon, related_k) if scoped and cache is not None else None
    compared = changed_papers(previous, CorpusState(related_k, digests, {}), read_again) if previous else None
    for pid, findings in results.items():
        if compared is None or pid in compared:
            resolve_sentences(findings)
    result = _assemble(
        papers,
        lexicon,
        new,
        results,
        introducer,
        linked.version_of,
        builds,
        related_k,
        len(linked.intro_claims),
        discovered_families,
        keep_papers,
        apart,
        linked.generic,
    )
    # a total with its reasons for the build summary, and the counts for scripts
    reasons = ", ".join(f"{why} {n}" for why, n in sorted(demoted.items(), key=lambda x: (-x[1], x[0])) if n)
    total = sum(demoted.values())
    result.summary["names_demoted"] = f"{total} ({reasons})" if total else "0"
    result.summary["datasets_discovered"] = linked.discovered
    result.summary["families_discovered"] = len(discovered_families)
    result.summary["names_demoted_by_reason"] = {why: n for why, n in sorted(demoted.items()) if n}
    if rules_changed:
        result.summary["rules_changed"] = True
    if cache is not None:
        result.scope = _keep_state(cache, lexicon, related_k, digests, result, read_again, previous)
    for key, kind in _PAIR_TOTALS.items():
        # where a scope holds the kind, its total is the store's once written (graph.build)
        if result.scope is None or kind not in result.scope:
            result.summary[key] = len(result.rows[kind])  # type: ignore[arg-type]
    return result


def _rules_changed(cache: ExtractionCache, lexicon: Lexicon) -> bool:
    """Return whether the store's results were made by other rules: its match context row is keyed otherwise.

    Every inference that keeps its results writes that row under the rules' fingerprint
    (:func:`_matches_with_cache`), so a row under another key means the inference code, the
    paperkg version or the lexicon changed since, and no stored result of any paper is read back.
    """
    from paperkg.inference.cache import CONTEXT_PASS, rules_fingerprint

    if cache.get_extractions(CONTEXT_PASS, {"": rules_fingerprint(lexicon)}):
        return False
    return cache.has_extraction(CONTEXT_PASS, "")


def _stored_state(cache: ExtractionCache, lexicon: Lexicon, related_k: int) -> CorpusState | None:
    """Return the corpus state of the run that wrote the stored edges, where a scope can be drawn from it."""
    from paperkg.inference.cache import rules_fingerprint

    stored = cache.get_extractions(STATE_PASS, {"": rules_fingerprint(lexicon)}).get("")
    if stored is None or getattr(cache, "edges_from", None) is None:
        return None
    previous = CorpusState.loads(stored)
    return previous if previous.related_k == related_k else None


def _keep_state(
    cache: ExtractionCache,
    lexicon: Lexicon,
    related_k: int,
    digests: Mapping[str, str],
    result: CorpusInference,
    read_again: AbstractSet[str],
    previous: CorpusState | None,
) -> dict[EdgeKind, frozenset[str]] | None:
    """Store this run's corpus state; return the scope of its bulk edges against ``previous``, if any.

    ``previous``: the stored run's state (:func:`_stored_state`), None where there is no scope.
    """
    from paperkg.inference.cache import rules_fingerprint

    fingerprint = rules_fingerprint(lexicon)
    pairs = {
        kind: rows for kind, rows in result.rows.items() if isinstance(rows, RelatedRows)
    }
    names = {hub: rows.label(hub) for rows in pairs.values() for hubs in rows.hubs_of.values() for hub in hubs}
    current = CorpusState(related_k, digests, names)
    cache.put_extractions(STATE_PASS, [("", fingerprint, current.dumps())])
    edges_from = getattr(cache, "edges_from", None)
    if previous is None or edges_from is None:
        return None
    papers = changed_papers(previous, current, read_again)
    before: dict[EdgeKind, dict[str, set[str]]] = {EdgeKind.SHARES_DATASET: {}, EdgeKind.SAME_FAMILY: {}}
    for edge in edges_from(papers, (EdgeKind.IN_FAMILY, EdgeKind.USES_DATASET, EdgeKind.INTRODUCES)):
        if edge.kind is EdgeKind.IN_FAMILY:
            before[EdgeKind.SAME_FAMILY].setdefault(edge.source, set()).add(edge.target)
        elif edge.target.startswith("dataset:"):
            before[EdgeKind.SHARES_DATASET].setdefault(edge.source, set()).add(edge.target)
    entities = [eid for eid, e in result.entities.items() if e.kind != "family"]
    scope = inference_scope(
        papers,
        previous,
        current,
        entities,
        {kind: rows.hubs_of for kind, rows in pairs.items()},
        before,
    )
    adjacent = getattr(cache, "adjacent", None)
    if adjacent is not None:
        # the stored pairs touching each pair scope: a paper outside it keeps its stored edges to it
        for kind, rows in pairs.items():
            compared = scope[kind]
            if len(compared) > _RECALLED_AT_MOST:
                continue
            stored = set(adjacent(sorted(compared), [kind], forward=True, backward=True))
            rows.recall(Previous(compared, papers, before.get(kind, {}), stored))
    return scope


def _discover_datasets(
    cues: Mapping[str, Sequence[DatasetCue]],
    lexicon: Lexicon,
    new: dict[str, _NewEntity],
    terms: AbstractSet[str] = frozenset(),
) -> tuple[int, dict[str, str]]:
    """Add the datasets the corpus speaks of (beyond lexicon and introduced names) to ``new``.

    Return how many, and each acronym of three capitals or fewer a paper spelt one by, with its entity
    (a lexicon's too: "the European Social Survey (ESS)"): written alone, it counts only where the text
    spells the name out or data stand by it. An acronym alone that a paper spells out in lowercase words
    (``terms``) is a term of the field, its data a kind: "trained on SCADA data" and "supervisory control
    and data acquisition (SCADA) data".
    """
    known_datasets = {
        dataset_key(surface): e.id
        for e in lexicon.entries.values()
        if e.kind == "dataset"
        for surface in e.surfaces()
    }
    methods = [s for e in lexicon.entries.values() if e.kind == "method" for s in e.surfaces()]
    methods.extend(n for f in lexicon.families.values() for n in (f.name, *f.aliases, *f.labels))
    by_key: dict[str, str] = {}
    for eid, item in new.items():
        for surface in (item.name, *item.aliases):
            by_key.setdefault(dataset_key(surface), eid)
        if item.kind == "method":
            methods.append(item.name)
    # the data papers of the corpus present, by name: "the Palisade hERG benchmark" is Palisade's, a word
    # saying what its records are between its name and the noun (not a release: "Gaia DR3")
    presented = {item.name: eid for eid, item in new.items() if item.kind == "dataset"}
    added = 0
    spelt: dict[str, set[str]] = defaultdict(set)
    discovered = discover_datasets(cues, methods)
    for key, found in discovered.items():
        # (a name only weakly cued that another paper writes as a place's is that place: "trained on Huizhou
        # deeds", "Huizhou prefecture")
        if found.name in terms or (not found.strong and PLACE_MARK + found.name in terms):
            continue
        name = found.name
        lead, word = name.rsplit(" ", 1) if " " in name else (name, "")
        # a release of data named without it elsewhere, which no paper presents, is that data: "WorldClim
        # v2.1" and "WorldClim v1.4" are WorldClim, "ASL-LEX 2.0" the ASL-LEX another paper used; and the
        # releases of data no paper presents are one resource, named without them: "the PDBbind v2007 refined
        # set", "the PDBbind v2020 general set" are PDBbind (not a release a paper presents: PERL v1.0, below)
        if _VERSION_LABEL.fullmatch(word) and lead not in presented:
            base = dataset_key(lead)
            if base in known_datasets:
                key = base
            elif base in discovered:
                continue
            # (not a term the lead is elsewhere: "VQA v2" is no release of visual question answering (VQA))
            elif "DR" not in word and lead not in terms and acceptable_name(lead) and base not in by_key:
                name, key = lead, base
            elif base in by_key and new[by_key[base]].kind == "dataset" and new[by_key[base]].name == lead:
                key = base
        # (or written after the acronym of the body that keeps it, named without it elsewhere: "the FRA Rail
        # Equipment Accident/Incident database", "the Federal Railroad Administration (FRA) Rail Equipment
        # Accident/Incident database")
        owner, _, rest = found.name.partition(" ")
        if rest.count(" ") and _OWNER_ACRONYM.fullmatch(owner) and dataset_key(rest) in discovered:
            continue
        if key in known_datasets:
            for short in found.short:
                spelt[short].add(known_datasets[key])
            continue
        have = by_key.get(key)
        if have is None and word:
            # (or the version of it the paper ran, no paper presenting that one: "spectra drawn from PERL
            # v1.0")
            have = presented.get(lead) if word.isalpha() or _VERSION_LABEL.fullmatch(word) else None
            # (or a release of a thing a paper presents as another kind: "matching against SinoDyeLib v1.2" of
            # the library a paper presented as software is that library, no dataset of its own)
            # (a software release, not a data release: "LANTERN DR1" is no release of a LANTERN code)
            if have is None and _VERSION_LABEL.fullmatch(word) and "DR" not in word:
                have = by_key.get(dataset_key(lead))
        if have is not None:
            if new[have].kind == "dataset":
                new[have].aliases.update(v for v in found.variants if v != new[have].name)
                for short in found.short:
                    spelt[short].add(have)
            continue
        eid = entity_id("dataset", name)
        if eid in new:
            continue
        # (not by a name a paper presents as another thing: "the Seychelles Patch Reef Census (SPARC)" of a
        # reef survey is no SPARC, the point-cloud network a paper presents)
        variants = {
            v
            for v in found.variants
            if v != name
            and not (" " not in v and sum(ch.isupper() for ch in v) >= 2 and dataset_key(v) in by_key)
        }
        new[eid] = _NewEntity(name, "dataset", variants)
        by_key.setdefault(key, eid)
        for short in found.short:
            spelt[short].add(eid)
        added += 1
    # an acronym two datasets were spelt by ("Demographic and Health Survey(s) (DHS)") is the first's
    shorts = {short: min(eids) for short, eids in sorted(spelt.items())}
    for short, eid in shorts.items():
        if eid in new:
            new[eid].aliases.add(short)
    return added, shorts


def _discover_families(
    results: Mapping[str, PaperEntities],
    lexicon: Lexicon,
    new: Mapping[str, _NewEntity],
    introducer: Mapping[str, str],
    changed: set[str] | None = None,
    apart: AbstractSet[tuple[str, str]] = frozenset(),
    several: AbstractSet[str] = frozenset(),
    scattered: Callable[[str, str], bool] | None = None,
    builds: Iterable[Edge] | None = None,
    presented: AbstractSet[str] = frozenset(),
) -> dict[str, Entity]:
    """Name families the vocabulary lacks after a method a group of its papers share; return them.

    A method is what a family is made of: papers that introduce, extend or use
    the same specific method belong together ("Conditional Random Fields" for
    CRF taggers). Papers that merely compare with it or cite it in passing do
    not. So a method no curated family holds, and no paper of a curated family
    introduced, names a discovered family when at least
    ``_DISCOVERED_MIN_PAPERS`` papers that are in no curated family introduce
    or use it, and it is distinctive: named by at most ``_DISCOVERED_SHARE`` of
    the corpus (a method every paper names groups nothing). Each paper joins at
    most one discovered family, the largest group first, with the sentence
    that names the method as evidence; families with fewer members left than
    the minimum are dropped. A discovered family is a ``MethodFamily`` with
    ``source = "discovered"``. The papers that join one are added to ``changed``.

    A paper presenting the name as its own apart from its introducer's thing (``apart``: pairs of paper
    and entity) makes another thing, of no family of the introducer's; and a name several papers present,
    each on another subject (``several``: a neutrino global fit, a masking compiler and an R package, each
    Lantern), names no family; nor does a term papers of more than one subject present (``scattered``, given
    an entity and its name: eighteen Tesseras, a quantum compiler, a slice sampler, a cluster finder, ..., of
    which three share words enough to make it a term). With ``builds`` (the builds-on edges, drawn or held
    back), the users of a new name papers presented (``presented``) are those that build on a paper
    presenting it still.
    """
    min_members = _DISCOVERED_MIN_PAPERS
    users: dict[str, dict[str, str]] = defaultdict(dict)
    named_by: dict[str, int] = defaultdict(int)
    presenters: dict[str, set[str]] = defaultdict(set)
    for pid, found in results.items():
        seen: set[str] = set()
        for eid, intro in found.introduced:
            if eid.startswith("method:"):
                seen.add(eid)
                if (pid, eid) not in apart:
                    presenters[eid].add(pid)
                if not found.families and (pid, eid) not in apart:
                    users[eid].setdefault(pid, intro.sentence)
        for eid, mentions in found.mentions.items():
            if not eid.startswith("method:"):
                continue
            seen.add(eid)
            if found.families:
                continue
            use = next((m for m in mentions if m.relation in ("extends", "uses")), None)
            if use is not None:
                users[eid].setdefault(pid, use.sentence)
        for eid in seen:
            named_by[eid] += 1
    limit = max(min_members, _DISCOVERED_SHARE * len(results))
    # what the users of the new names papers presented build on (only theirs: a corpus's edges are millions)
    told = {
        eid
        for eid, members in users.items()
        if len(members) >= min_members and eid in presented and eid in new
    }
    built_on = _built_on(builds, {pid for eid in told for pid in users[eid]}) if builds is not None else None
    groups: list[tuple[str, str]] = []
    for eid, members in users.items():
        if built_on is not None and eid in told:
            # of a name papers here present, those that build on none of its presenters (none are left
            # where each made another thing of it) write it for another thing ("the Phoenix stream", a
            # city, a firmware vendor, beside a qubit router and a decision aid)
            members = users[eid] = {
                pid: sentence
                for pid, sentence in members.items()
                if pid in presenters[eid] or not built_on.get(pid, frozenset()).isdisjoint(presenters[eid])
            }
        if len(members) < min_members or named_by[eid] > limit or eid in several:
            continue
        entry = lexicon.entries.get(eid)
        if entry is not None and entry.families:
            continue
        by = introducer.get(eid)
        if by is not None and by in results and results[by].families:
            continue
        name = entry.name if entry is not None else new[eid].name if eid in new else None
        if name is None or lexicon.family_id(name) or (scattered is not None and scattered(eid, name)):
            continue
        groups.append((eid, name))
    groups.sort(key=lambda g: (-len(users[g[0]]), g[1].lower()))
    taken: set[str] = set()
    families: dict[str, Entity] = {}
    for eid, name in groups:
        members = {pid: sentence for pid, sentence in users[eid].items() if pid not in taken}
        if len(members) < min_members:
            continue
        family = MethodFamily(
            name=name,
            description=f"papers that introduce or use {name} (discovered: no curated family holds them)",
            source="discovered",
        )
        families[family.id] = family
        for pid, sentence in members.items():
            # a sentence of a paper read back lazily stays as stored: quoted with the paper's others
            results[pid].families[family.id] = FamilyHit(_FAMILY_THRESHOLD, sentence, [name])
            taken.add(pid)
            if changed is not None:
                changed.add(pid)
    return families


def _built_on(edges: Iterable[Edge], papers: AbstractSet[str]) -> dict[str, set[str]]:
    """Return each paper of ``papers`` -> the papers it builds on, of builds-on ``edges``."""
    built_on: dict[str, set[str]] = defaultdict(set)
    for edge in edges:
        if edge.source in papers:
            built_on[edge.source].add(edge.target)
    return built_on


def _inherit_families(
    results: Mapping[str, PaperEntities], edges: Iterable[Edge], changed: set[str] | None = None
) -> int:
    """A paper that extends another's named method joins that paper's main family; return how many joined.

    "We build on SPLADE" puts a paper in SPLADE's family even when its own
    wording names no family phrase; the evidence is the extending sentence. The papers that
    join one are added to ``changed``.
    """
    joined = 0
    for edge in edges:
        if edge.relation != "extends" or edge.source not in results or edge.target not in results:
            continue
        source, target = results[edge.source], results[edge.target]
        if not target.families or len(source.families) >= _FAMILY_MAX:
            continue
        fid = next(iter(target.families))
        if fid in source.families:
            continue
        source.families[fid] = FamilyHit(_FAMILY_THRESHOLD, edge.evidence, [f"extends {edge.via}"])
        joined += 1
        if changed is not None:
            changed.add(edge.source)
    return joined


def _citation_claims(
    cited: Sequence[tuple[str, Sequence[tuple[AuthorYear, str]]]],
    papers: Sequence[Paper],
    topics_of: _TopicsOf | None = None,
) -> list[Claim]:
    """Claims of papers that cite another corpus paper by its authors and year ("Smith et al. (2019)").

    ``cited`` holds, per citing paper, what pass 1 read (the citation and its
    sentence). The citation names one paper of the corpus when exactly one has
    those first authors and that year and shares the citing paper's subject (:func:`_subject_need`:
    a surname and a year tell papers apart within a field, and across fields meet by chance, "SANDHI-DB
    (Lin et al., 2017)" of tone sandhi and a Lin's lung nodule model of 2017); papers without authors
    can be cited by no one. Where several have them (two Smiths of 2019, on minimum wages and on coral
    reefs), it names the one, if only one, that shares a topic word with the citing paper (``topics_of``),
    or else the one sharing at least :data:`_TOPIC_SHARED` and more than twice as many as any
    other (a clonotype caller's 19 words against a grasp planner's two, "achieve" and "residual"); before
    either, the one, if only one, whose paper names the thing the citation stands for
    (:func:`_naming_the_cited`).
    """
    if not cited:
        return []
    index = AuthorIndex(papers)
    fits = {(pid, i): index.candidates(cite) for pid, cites in cited for i, (cite, _) in enumerate(cites)}
    citing = {pid for (pid, _), found in fits.items() if found}
    topics: Mapping[str, frozenset[str]] = {}
    if citing and topics_of is not None:
        topics = topics_of(citing | {t for found in fits.values() for t in found})
    claims: list[Claim] = []
    for pid, cites in cited:
        seen: set[str] = set()
        for i, (cite, sentence) in enumerate(cites):
            found = fits[(pid, i)]
            if len(found) > 1 and topics_of is not None:
                # (of two Parks of 2021 on battery health, the one whose paper names the thing cited:
                # "a modified DeltaQNet (Park et al., 2021)" is the DeltaQNet paper's, not another's)
                naming = _naming_the_cited(sentence, cite, found, topics_of)
                found = naming if len(naming) == 1 else found
            if len(found) > 1:
                own = topics.get(pid, frozenset())
                shared = {t: len(own & topics.get(t, frozenset())) for t in found if t != pid}
                found = [t for t, n in shared.items() if n]
                if len(found) > 1:
                    best = _clear_best(shared)
                    found = [best] if best is not None else found
            target = found[0] if len(found) == 1 else None
            if target is None or target == pid or target in seen:
                continue
            if topics_of is not None:
                own, theirs = topics.get(pid, frozenset()), topics.get(target, frozenset())
                if len(own & theirs) < _subject_need(own, theirs):
                    continue
            if _cited_in_passing(sentence, cite):
                continue
            seen.add(target)
            claims.append(citation_claim(pid, cite, target, sentence, relation_of(sentence)))
    return claims


def _naming_the_cited(
    sentence: str, cite: AuthorYear, found: Sequence[str], topics_of: _TopicsOf
) -> list[str]:
    """Return the papers of ``found`` whose title or abstract names the thing a citation in brackets stands
    for, right before it (:data:`_CITED_NAME`: "DeltaQNet (Park et al., 2021)"); none where no name does."""
    at = sentence.find(cite.surface)
    named = _CITED_NAME.search(sentence, 0, at) if at > 0 else None
    if named is None:
        return []
    words = [w for w in named.group(1).split() if w.lower() not in _OPENING_WORDS]
    if not words:
        return []
    said = re.compile(rf"(?<![\w-]){re.escape(words[0])}(?![\w-])", re.IGNORECASE)
    texts = topics_of.texts(found)
    return [pid for pid, title, abstract in texts if said.search(f"{title or ''} {abstract or ''}")]


# The name a citation in brackets gives the reference of, right before it: "LANTERN (Whitcombe et al., 2010)",
# "Osprey 2.0 (Ahn et al., 2015)", "the Osprey cohort (Solheim et al., 2012)"
_CITED_NAME = re.compile(r"([A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|\d[\w.]*)){0,3})(?:\s+[a-z]+){0,2}\s*\(\s*$")
# (a sentence's first word is none of it: "Unlike Compass (Reid et al., 2010)")
_OPENING_WORDS = frozenset(
    ["unlike", "like", "the", "a", "an", "in", "as", "whereas", "although", "rather", "such"]
)


def _cited_in_passing(sentence: str, cite: AuthorYear) -> bool:
    """Return True if ``cite`` references a thing ``sentence`` sets the paper against or gives as an example.

    The citation stands for the name before it, and says no more of its use than the name does: "Unlike
    single-centre cohorts such as LANTERN (Whitcombe et al., 2010), the NJR captures ...", "Sequencing-based
    approaches such as Tidemark (Ekstrom et al., 2011) offer greater sensitivity but ...".

    Examples
    --------
    >>> text = "Unlike cohorts such as LANTERN (Whitcombe et al., 2010), ours is large."
    >>> _cited_in_passing(text, author_year_citations(text)[0])
    True
    >>> text = "Approaches such as Tidemark (Ekstrom et al., 2011) offer more but were not available to us."
    >>> _cited_in_passing(text, author_year_citations(text)[0])
    True
    >>> text = "Unlike Compass (Reid et al., 2010) and other observer-based tools, the system needs no staff."
    >>> _cited_in_passing(text, author_year_citations(text)[0])
    True
    >>> text = "Unlike the Harbour method of Whitcombe et al. (2012), this procedure does not correct."
    >>> _cited_in_passing(text, author_year_citations(text)[0])
    True
    >>> text = "Models such as Osprey 2.0 (Ahn et al., 2015) could be applied in future work to resolve ice."
    >>> _cited_in_passing(text, author_year_citations(text)[0])
    True
    >>> text = "We had intended to use the Tern model (Aalto et al., 2011), but its code was lost."
    >>> _cited_in_passing(text, author_year_citations(text)[0])
    True
    >>> text = "We followed LANTERN (Whitcombe et al., 2010) to define the cohort."
    >>> _cited_in_passing(text, author_year_citations(text)[0])
    False
    """
    doc = record_text("", "", sentence)
    at = doc.text.find(cite.surface)
    if at < 0:
        return False
    named = _CITED_NAME.search(doc.text, 0, at)
    # (or, cited in the running text, the citation's own place: "Unlike the silt-specific Harbour method of
    # Whitcombe et al. (2012), this procedure ...")
    start, end = named.span(1) if named is not None else (at, at)
    words = doc.text[start:end].split()
    while len(words) > 1 and words[0].lower() in _OPENING_WORDS:
        start = doc.text.index(words[1], start + len(words[0]))
        words = words[1:]
    closed = doc.text.find(")", at)
    return (
        _in_contrast(doc, start)
        or _left_to_future_work(doc, start, end)
        # (or meant to use, but did not: "We had intended to derive ... with the Tern wake model (Aalto et
        # al., 2011), but")
        or (
            _INTENDED.search(doc.text, 0, start) is not None
            and _BUT_LATER.match(doc.text, max(end, at)) is not None
        )
        or (
            _SUCH_AS_BEFORE.search(doc.text, max(0, start - 90), start) is not None
            and (
                _subject_example(doc, start, end)
                # (what others did with it: "such as PhenoLoom, have been developed for North American data
                # (Kowalczyk et al., 2015)")
                or _DONE_BY_OTHERS_AFTER.match(doc.text, end) is not None
                or _REPORTED_AFTER.match(doc.text, end) is not None
                # (what such things do, past the citation: "published reference sets such as WILLOW (Brennan
                # et al., 2012) target spontaneous-report signal detection")
                or _example_described(doc.text, end)
            )
        )
        or (
            closed > 0
            and (
                _NOT_USED_AFTER.match(doc.text, closed + 1)
                or _COVERS_ONLY_AFTER.match(doc.text, closed + 1)
                or _CRITICISED_AFTER.match(doc.text, closed + 1)
                # (what it lacks, given as the reason: "Because the Mascarene Reef Transect Database (MaRTD;
                # Ramsurrun et al., 2021) does not extend to the Chagos Archipelago, ...")
                or (
                    _BECAUSE_BEFORE.search(doc.text, max(0, start - 40), start)
                    and _LACKS_AFTER.match(doc.text, closed + 1)
                )
            )
            is not None
        )
        # (or what the field has widely used: "Bayesian dynamic models ..., notably DRIFT (Quintanilla et al.,
        # 2017), have been widely used in the large-scale assessment literature, but our ... constraints")
        or (
            closed > 0
            and _WIDELY_USED_AFTER.match(doc.text, closed + 1) is not None
            and _of_the_literature(doc, closed + 1)
        )
        # (or the citation is whose finding it is: "the 19-point drop ... reported by Raghunathan et al.
        # (2023)")
        or _REPORTED_BY_BEFORE.search(doc.text, max(0, at - 30), at) is not None
        # (or the source of what others have found, told in a clause of nothing the paper did: "Trials in
        # neighbouring countries, such as the KRAIT trial ..., have reported less death ... with early
        # antivenom at primary care (Menon et al., 2020), but the present study addresses primary prevention")
        # (in a clause of its own, past one of the paper's: "The present study does not code haloes; earlier
        # work has shown that flame-bordered mandorlas had largely disappeared ... by c. 520 (Whitcombe and
        # Ishikawa, 2018)")
        or _found_by_others_cited(doc, at)
        # (or what the paper did not do with it: "We did not attempt to date the texts with Keystone (Haddad
        # et al., 2015)")
        or _NOT_RUN_BEFORE.search(doc.text, max(0, start - 90), start) is not None
        # (or, cited as the subject of what it found, a finding of theirs quoted: "Lestari et al. (2019)
        # reported mean hard coral cover of 23.7% ... in their photo-quadrat archive")
        or (
            doc.text.startswith(cite.surface, at)
            and _REPORTS.match(doc.text, at + len(cite.surface)) is not None
        )
        # (or taken up again as what the paper did not do: "Tan et al. (2019) reported a shrinkage of 4.1% for
        # the LentiDry protocol ..., but we did not apply that protocol")
        or _not_used_it_cited(doc.text, max(end, at + len(cite.surface)))
        # (or the source of a finding its clause opens with, a named study's: "For comparison, the HALO
        # trial reported a 3.1-point greater reduction ... (Halloran et al., 2018); our estimates ...")
        or _cites_the_finding_it_closes(doc, at)
        # (or of what a thing its clause opens with reached: "for example, JurisLens 2.0 reaches micro-F1 of
        # 0.81 on ECtHR (Okafor et al., 2022)")
        or _cited_for_its_result(doc, at)
        # (or of a share found in a thing the clause opens with: "in the Cinnabar Corpus, for example, ...
        # account for 37 percent of recorded impressions on Song works (Chen et al. 2018)")
        or _figure_in_it_cited(doc, at, closes=True) is not None
        # (or the thing a figure reported in it is quoted from: "far higher than the 41 per cent reported for
        # Dutch broiler farms in the Brabant Livestock Resistome Cohort (Hendriks et al., 2018)")
        or (named is not None and _figure_reported_before(doc.text, start))
        # (or of the literature's wide use of what its clause names: "models such as the Partial Charge
        # Transformer have been widely used in recent work (Park et al., 2019), but they offer little")
        or _widely_used_cited(doc, at)
        # (or of the finding of a study the paper's agrees with: "Our findings are consistent with the Quillon
        # Library study, which reported that ... in 41% of trial curves (Beresford et al., 2018)")
        or _AGREES_WITH_A_STUDY_CITED.search(doc.text, _clause_start(doc, at), at) is not None
        # (or of what a study suggested or showed: "consistent with a cargo assembled at Quanzhou ..., as
        # suggested by our earlier pXRF study (Dunmore et al., 2019)")
        or _SUGGESTED_BY_CITED.search(doc.text, max(0, at - 80), at) is not None
        # (or of what studies, counted in the plural, reported, in a clause of nothing the paper did:
        # "..., and resampling studies in Australia, New Zealand and the United States reported a median
        # change of -0.08 Mg C ha-1 yr-1 (Tavener et al., 2020)")
        or _studies_found_cited(doc, at)
        # (or the source of a figure reported for a place or a group, whatever the paper does with the number:
        # "the value of 0.8 male-female contacts per day during the rut reported for southwestern Wisconsin
        # (Bergquist et al., 2018)")
        or _figure_reported_cited(doc.text, at)
        # (or of a thing's published account: "taken from the published profile of the Larkmoor Heart Failure
        # Cohort (Ellery et al., 2017)")
        or bool(named is not None and _PUBLISHED_ACCOUNT_OF.search(doc.text, max(0, start - 60), start))
        # (or the finding it is of: "similar to the finding of Shrestha et al. (2015) for central Nepal that
        # 71% of landslides occurred on slopes between 25 and 40 degrees")
        or _FINDING_OF_BEFORE.search(doc.text, max(0, at - 80), at) is not None
        # (or of results reported for a thing, in their figures' bracket: "the Brier skill scores reported for
        # the analog model SAMAR against the SHIPS ... Index in the Atlantic (0.21 against 0.14; Alvarado et
        # al., 2020)")
        or _RESULTS_REPORTED_CITED.search(doc.text, max(0, at - 260), at) is not None
    )


# A clause saying the literature has widely used a thing, up to a citation
_WIDELY_USED_CITED = re.compile(r"\b" + _WIDELY_USED + r"(?:[^.;()]|\.(?=\d)){0,80}?\(?\s*$")


def _widely_used_cited(doc: PaperText, at: int) -> bool:
    """Return True if the citation at ``at`` closes a clause saying the literature has widely used a thing
    (:data:`_WIDELY_USED_CITED`), nothing in it of the paper's own work.

    >>> doc = record_text("p", "", "X has been widely used for the region (Chen et al., 2012), but we use Y.")
    >>> _widely_used_cited(doc, doc.text.index("Chen")), _widely_used_cited(doc, doc.text.index("Y"))
    (True, False)
    """
    first = _clause_start(doc, at)
    return (
        _WIDELY_USED_CITED.search(doc.text, first, at) is not None
        and _OWN_WORK.search(doc.text, first, at) is None
    )


# A clause opening with where a share was found, and closing with the citation of who found it
_IN_IT_FIGURE_CITED = re.compile(
    r"\s*[Ii]n\s+the\s+[A-Z][^,;()]{1,60}?,\s+(?:for\s+(?:example|instance),\s+)?(?:[^.;()]|\.(?=\d)){0,160}?"
    r"\b\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)(?:[^.;()]|\.(?=\d)){0,100}?" + _OTHERS_CITED
)


def _figure_in_it_cited(doc: PaperText, at: int, closes: bool = False) -> re.Match[str] | None:
    """Return the clause holding ``at`` where it opens with the name of where a share was found and closes
    with the citation of who found it (:data:`_IN_IT_FIGURE_CITED`), saying nothing of the paper's work; with
    ``closes``, only where ``at`` is in that citation.

    >>> doc = record_text("p", "", "In the Cinnabar Corpus, for example, seals are 37 percent of all "
    ...                   "(Chen et al. 2018). We use it.")
    >>> _figure_in_it_cited(doc, 7) is not None
    True
    >>> _figure_in_it_cited(doc, doc.text.index("Chen"), True) is not None
    True
    >>> _figure_in_it_cited(doc, doc.text.index("We"))
    """
    first = _clause_start(doc, at)
    found = _IN_IT_FIGURE_CITED.match(doc.text, first)
    if found is None or (closes and not found.start() < at < found.end()) or at > found.end():
        return None
    return None if _OWN_WORK.search(doc.text, first, found.end()) else found


_FIGURE_ON_BEFORE = re.compile(r"\b\d+(?:\.\d+)?\s*%?\s+on\s+(?:the\s+)?$")
_CITED_RIGHT_AFTER = re.compile(
    r"\s*\([A-Z][\w\-']+(?:\s+et\s+al\.|\s+and\s+[A-Z][\w\-']+)?,?\s+\d{4}[a-z]?\)"
)


def _figure_on_cited(doc: PaperText, match: Match) -> bool:
    """Return True if ``match`` is the data a figure was had on, cited right after it, in a clause of nothing
    the paper did (:data:`_FIGURE_ON_BEFORE`, :data:`_CITED_RIGHT_AFTER`): others' result quoted.

    >>> from paperkg.inference.matcher import Match
    >>> doc = record_text("p", "", "Lens reaches 0.81 on ECtHR (Oka et al., 2022). We use ECtHR.")
    >>> _figure_on_cited(doc, Match(21, 26, "ECtHR", ("dataset:ecthr",)))
    True
    >>> doc = record_text("p", "", "Our model reaches 0.85 on ECtHR (Chalk et al., 2019).")
    >>> _figure_on_cited(doc, Match(26, 31, "ECtHR", ("dataset:ecthr",)))
    False
    """
    if _FIGURE_ON_BEFORE.search(doc.text, max(0, match.start - 30), match.start) is None:
        return False
    if _CITED_RIGHT_AFTER.match(doc.text, match.end) is None:
        return False
    return not _OWN_WORK.search(doc.text, _clause_start(doc, match.start), match.start)


def _cited_for_its_result(doc: PaperText, at: int) -> bool:
    """Return True if the citation at ``at`` closes what a name its clause opens with showed or reached
    (:data:`_SHOWS_CITED_AFTER`), the clause saying nothing of the paper's own work.

    >>> doc = record_text("p", "", "Models do well; for example, Lens 2.0 reaches 0.81 on ECtHR "
    ...                   "(Oka et al., 2022).")
    >>> _cited_for_its_result(doc, doc.text.index("Oka"))
    True
    >>> doc = record_text("p", "", "Our Lens 2.0 reaches 0.81 on ECtHR (Oka et al., 2022).")
    >>> _cited_for_its_result(doc, doc.text.index("Oka"))
    False
    """
    first = _clause_start(doc, at)
    if _OWN_WORK.search(doc.text, first, at):
        return False
    opening = _EXAMPLE_OPENS.match(doc.text, first)
    name = _STUDY_NAME.match(doc.text, opening.end() if opening is not None else first)
    if name is None:
        return False
    end = _VERSION_AFTER_NAME.match(doc.text, name.end())
    shows = _SHOWS_CITED_AFTER.match(doc.text, end.end() if end is not None else name.end())
    return shows is not None and shows.end() > at


# a clause's opening before the name of an example: "for example, ", "For instance, the "
_EXAMPLE_OPENS = re.compile(r"\s*(?:[Ff]or\s+(?:example|instance),\s+)?(?:[Tt]he\s+)?")
_VERSION_AFTER_NAME = re.compile(r"\s+v?\d+(?:\.\d+)*\b")


# A name as a clause's subject, and the verb of its finding after it (:func:`_cites_the_finding_it_closes`)
_STUDY_NAME = re.compile(r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}")
# (or named by its kind alone: "By comparison, a US cohort study reported that 38.2% of long-stay residents")
_STUDY_NOUNS = ("trial", "study", "cohort", "survey", "audit", "analysis", "evaluation")
_STUDY_FOUND_VERBS = ("found", "reported", "showed", "estimated", "observed", "demonstrated")
_A_STUDY_FOUND = re.compile(
    rf"\s*(?:(?:{_COMPARISON_ASIDES}|Similarly|Likewise),\s+)?"
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w\-]+\s+){0,5}?"
    rf"(?:{'|'.join(_STUDY_NOUNS)})"
    rf"\s+(?:of\s+[^,;()]{{1,60}}?\s+)?(?:{'|'.join(_STUDY_FOUND_VERBS)})\b"
)
# (or set off by commas after its kind: "For comparison, a UK cluster randomised trial of a whole-school
# programme, HOPSCOTCH, reported a reduction of 0.08 in BMI z-score over 12 months (Whitfield et al., 2019)")
_APPOSED_STUDY_BEFORE = re.compile(
    rf"(?:(?:{_COMPARISON_ASIDES}),\s+)?"
    r"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+"
    r"(?:[\w\-]+\s+){0,6}?(?:trial|study|cohort|survey|evaluation|analysis)"
    r"(?:\s+(?:of|in|among)\s+(?:[\w\-]+\s+){0,4}?[\w\-]+)?,\s+"
)


def _cites_the_finding_it_closes(doc: PaperText, at: int) -> bool:
    """Return True if the citation at ``at`` closes a clause that opens with a named study's finding
    (:func:`_its_finding_opens`, its citation after the name or after the finding), the clause saying
    nothing of the paper's own work: the source of a result quoted, not a thing used.

    >>> doc = record_text("p", "", "For comparison, the HALO trial reported a drop of 3.1 points "
    ...                   "(Hall et al., 2018); ours is smaller.")
    >>> _cites_the_finding_it_closes(doc, doc.text.index("(Hall") + 1)
    True
    >>> doc = record_text("p", "", "The HALO trial reported that our HALO-based model fitted "
    ...                   "(Hall et al., 2018).")
    >>> _cites_the_finding_it_closes(doc, doc.text.index("(Hall") + 1)
    False
    """
    first = _clause_start(doc, at)
    # (a study named by its kind alone: "By comparison, a US cohort study reported that 38.2% of long-stay
    # residents received ... (Kessler et al., 2016)")
    if _A_STUDY_FOUND.match(doc.text, first) is not None:
        return not _OWN_WORK.search(doc.text, first, at)
    for name in _STUDY_NAME.finditer(doc.text, first, at):
        if _SUBJECT_BEFORE.fullmatch(doc.text, first, name.start()) is not None:
            verb = _FOUND_AFTER.match(doc.text, name.end()) or _FOUND_AFTER.match(
                doc.text, _past_a_bracket(doc.text, name.end())
            )
        elif _APPOSED_STUDY_BEFORE.fullmatch(doc.text, first, name.start()) is not None:
            apposed = doc.text.startswith(",", name.end())
            verb = _FOUND_AFTER.match(doc.text, name.end() + 1) if apposed else None
        else:
            continue
        if verb is not None:
            return not _OWN_WORK.search(doc.text, first, at)
    return False


def _past_a_bracket(text: str, end: int) -> int:
    """Return where a bracket right after ``end`` closes ("HALO (Hall et al., 2018) found"), or ``end``."""
    bracket = re.match(r"\s*\([^()]{1,60}\)", text[end : end + 70])
    return end + bracket.end() if bracket is not None else end


# what others have found, before a name or a citation in a sentence of nothing the paper did: "School
# programmes ... have achieved relative reductions ..., for example 26% in the HALO trial (Pryce et al.,
# 2016)"
_FOUND_VERB_WORDS = ("reported", "found", "shown", "demonstrated", "observed", "achieved")
_FOUND_VERBS = "|".join(_FOUND_VERB_WORDS)
_HAVE_FOUND = rf"\b(?:have|has)\s+(?:also\s+)?(?:been\s+)?(?:{_FOUND_VERBS})\b"
_OTHERS_HAVE_FOUND_BEFORE = re.compile(_HAVE_FOUND + r"[^.;()]{0,120}\(?$")
# (the same of a citation: a date's "c." in what was found, "by c. 520 (Whitcombe and Ishikawa, 2018)")
_OTHERS_HAVE_FOUND_CITED = re.compile(
    _HAVE_FOUND
    # (and a decimal's: "have found that prefectural maps are more geometrically distorted ..., with a median
    # Lattice-Departure Index of 0.42 for prefectural maps against 0.31 for county maps (Chen et al., 2014)")
    + r"(?:[^.;()]|(?<=\bc)\.(?=\s\d)|\.(?=\d)){0,200}\(?$"
)
# (or what was reported of it, the citation in the figure's bracket: "was reported to reach moderate agreement
# for frustration (kappa = 0.61; Nowak et al., 2019)")
_REPORTED_TO_CITED = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+reported\s+to\b(?:[^.;()]|\.(?=\d)){0,140}"
    r"(?:\((?:[^();]|\.(?=\d)){0,40};\s*|\()?$"
)


# (or what has been done, the field's work: "Holding extraction has also been approached with dedicated tools
# (MacAllister and Hirsch, 2020), but we found reduction reasons to be stated locally enough")
# ("it has been estimated that members of the Yu lineage alone issued more than 400 editions under 27 hall
# names in the late Ming (Haldane and Zhou, 2013)")
_HAS_BEEN_DONE_CITED = re.compile(r"\b(?:has|have)\s+(?:also\s+)?been\s+[a-z]+ed\b[^.;()]{0,160}\($")


def _found_by_others_cited(doc: PaperText, at: int) -> bool:
    """Return True if the citation at ``at`` is the source of what others have found or were reported to
    find, in a clause of nothing the paper did before it (:data:`_OTHERS_HAVE_FOUND_CITED`,
    :data:`_REPORTED_TO_CITED`).

    >>> doc = record_text("p", "", "We do not code haloes; earlier work has shown that they had gone "
    ...                   "by c. 520 (Whitcombe, 2018).")
    >>> _found_by_others_cited(doc, doc.text.index("Whitcombe"))
    True
    >>> doc = record_text("p", "", "It was reported to reach moderate agreement "
    ...                   "(kappa = 0.61; Nowak et al., 2019).")
    >>> _found_by_others_cited(doc, doc.text.index("Nowak"))
    True
    >>> doc = record_text("p", "", "We have shown that they had gone by c. 520 (Whitcombe, 2018).")
    >>> _found_by_others_cited(doc, doc.text.index("Whitcombe"))
    False
    """
    window = max(0, at - 260)
    reported = _REPORTED_TO_CITED.search(doc.text, window, at)
    found = (
        _OTHERS_HAVE_FOUND_CITED.search(doc.text, window, at)
        or reported
        or _HAS_BEEN_DONE_CITED.search(doc.text, window, at)
    )
    if found is None:
        return False
    # (its clause's, past a colon too: "Our interpretation is consistent with observational work on what
    # infants see: in the ToddLex home-video corpus, named objects were reported to be in the child's view
    # ... (Levinson et al., 2015)")
    first = _clause_start(doc, found.start())
    # (what was reported, the object of the paper's "note that": "We did not analyse delirium data, but note
    # that the Delirium Trajectory Burden Index was reported to predict ... (Whitcombe et al., 2022)")
    if found is reported:
        noted = doc.text.rfind(" note that ", first, found.start())
        first = first if noted < 0 else noted + len(" note that ")
    return not _OWN_WORK.search(doc.text, first, at)


def _found_by_others_before(doc: PaperText, start: int) -> bool:
    """Return True if what others have found comes before ``start`` in its sentence, which says nothing of
    the paper's own work before it (:data:`_OTHERS_HAVE_FOUND_BEFORE`); searched only where "have" or "has"
    is in reach.

    >>> doc = record_text("p", "", "Programmes have achieved 26% in the HALO trial. We use HALO.")
    >>> halo = doc.text.index("HALO")
    >>> _found_by_others_before(doc, halo), _found_by_others_before(doc, doc.text.index("HALO", halo + 1))
    (True, False)
    """
    window = doc.text[max(0, start - 140) : start]
    if "have " not in window and "has " not in window:
        return False
    first = sentence_span(doc, start)[1]
    return (
        _OTHERS_HAVE_FOUND_BEFORE.search(doc.text, max(first, start - 140), start) is not None
        and not _OWN_WORK.search(doc.text, first, start)
    )


# a citation of whom a finding is: "the 19-point drop ... reported by Raghunathan et al. (2023)"
# (or published by: "For comparison with Singapore we rely on figures published by Chua and Lee (2019), who
# counted 4,312 remittance advertisements")
_REPORTED_BY_BEFORE = re.compile(r"\b(?:reported|found|observed|documented|published)\s+by\s+$")
# what a study cited as the subject reports
_REPORTS = re.compile(
    # (past an aside on where: "Guo and Lu (2019), in their compositional typology of northern door-god
    # prints, report that paired martial types ... accounted for nearly two thirds")
    # (or on what they drew: "van Dongen et al. (2019), drawing on their Meridian database, estimated that")
    # (or on their being an example: "Novák et al. (2020), for instance, reported that 23% of peak-hour
    # cycles ... ended with a residual queue")
    # (or on what they based it: "Zhang and Whitcombe (2013), on the basis of their Huizi Depreciation Index,
    # found that")
    r"\)?(?:,\s+for\s+(?:example|instance),?)?(?:,\s+(?:in|drawing\s+on|using|with|from|based\s+on|"
    r"on\s+the\s+basis\s+of)\s+(?:their|his|her)\s+"
    r"[^,;.()]{1,80},)?\s+"
    r"(?:reported|report|found|showed|show|observed|noted|"
    # (not "estimated using" a thing, which may be another's; but "estimated with their Sangha Estate
    # Valuation Index that", their own)
    r"documented|estimated)\b(?!\s+(?:by|in|with|using)\b(?!\s+(?:their|his|her)\b))"
)


def _common_word(name: str, words: set[str]) -> bool:
    """Return True if ``name`` is one capitalised ordinary word the corpus also writes in lowercase."""
    if " " in name or not (name[:1].isupper() and name[1:].islower() and name.isalpha()):
        return False
    low = name.lower()
    singular = {low, low[:-1] if low.endswith("s") else low, low[:-3] + "y" if low.endswith("ies") else low}
    return any(w in words for w in singular)


def _plain(name: str) -> bool:
    """Return True for a name of plain words: no inner capital, digit, hyphen or plus."""
    return all(t[1:].islower() and t.isalpha() for t in name.split())


def _presenters_use_no_term(
    results: Mapping[str, PaperEntities], presenters: Mapping[str, AbstractSet[str]], changed: set[str]
) -> None:
    """Drop the data of a name made a term that each of its presenters names: a paper presenting its own
    thing of that name ("TESSERA: a universal equivariant interatomic potential") uses no data of it (a
    speech corpus or a registry named TESSERA). After the corpus demotions, which count those mentions
    among the name's users. The papers changed are added to ``changed``.
    """
    by_name: dict[str, set[str]] = defaultdict(set)
    for eid, pids in presenters.items():
        by_name[eid.split(":", 1)[1]].update(pids)
    for name, pids in by_name.items():
        for pid in pids:
            found = results.get(pid)
            if found is not None and found.mentions.pop(f"dataset:{name}", None) is not None:
                changed.add(pid)


def _releases_before_their_version(
    results: Mapping[str, PaperEntities],
    by_id: Mapping[str, Paper],
    new: Mapping[str, _NewEntity],
    introducer: Mapping[str, str],
    version_of: Mapping[str, str],
    changed: set[str],
    claims: Sequence[Claim] = (),
) -> dict[tuple[str, str], str]:
    """Move to the first thing of a line the mentions of its later version by a paper dated before that
    version's paper and after the first's, where the paper wrote the release it ran, not the version's name:
    the matcher reads a release as the known version of its line ("using LinkRenal v2.1" as LinkRenal 2.0),
    which a paper of 2015 cannot have run where LinkRenal 2.0 was presented in 2024; it ran a release of the
    LinkRenal of 2011. (Named as the version's paper names it, the mention is an older use of that name:
    :func:`_corpus_demotions`.) Where the paper means another presenter's thing of the first's name (its
    claim of the first names that presenter), the release is of that thing's line, no version the corpus
    holds: the mention goes. Return (paper, version) -> the first thing ("" where it
    went), for the papers' claims.
    """
    moved: dict[tuple[str, str], str] = {}
    if not version_of:
        return moved
    years: dict[str, int | None] = {}
    # (paper, entity) -> the presenter the paper's claim names, made at the first release that may move
    meant: dict[tuple[str, str], str] | None = None

    def year(pid: str) -> int | None:
        if pid not in years:
            years[pid] = (paper_date(by_id[pid]) or (None,))[0]
        return years[pid]

    for pid, found in results.items():
        for eid in [e for e in found.mentions if e in version_of and e in new]:
            base = version_of[eid]
            later, first = introducer.get(eid), introducer.get(base)
            if later is None or first is None or pid in (later, first):
                continue
            entity = new[eid]
            if any(m.surface in (entity.name, *entity.aliases) for m in found.mentions[eid]):
                continue
            then, since, now = year(first), year(later), year(pid)
            if then is None or since is None or now is None or not then <= now < since:
                continue
            resolve_sentences(found)
            changed.add(pid)
            if meant is None:
                meant = {(c.source, c.entity): c.target for c in claims if c.target is not None}
            if meant.get((pid, base), first) != first:
                del found.mentions[eid]
                moved[(pid, eid)] = ""
                continue
            mentions = [replace(m, entity=base) for m in found.mentions.pop(eid)]
            found.mentions[base] = sorted([*found.mentions.get(base, ()), *mentions], key=lambda m: m.start)
            moved[(pid, eid)] = base
    return moved


def _corpus_demotions(
    papers: Sequence[Paper],
    by_id: Mapping[str, Paper],
    new: Mapping[str, _NewEntity],
    results: Mapping[str, PaperEntities],
    introducer: dict[str, str],
    authoritative: set[str],
    demoted: dict[str, int],
    changed: set[str] | None = None,
) -> set[str]:
    """Demote introduced names the corpus shows were not introduced where claimed; return them.

    A name a paper dated two years or more before its introducer already uses
    was not introduced there ("older use": a preprint and its journal version
    may be a year apart, so a nearer date proves nothing); a plain word used by a large share of the corpus is a
    generic term ("generic"). Either way the entity stays, with no introducing
    paper, and the claimants' INTRODUCES become MENTIONS. Names the lexicon ties
    to a corpus paper by arXiv id are kept. The papers whose findings change are added to ``changed``.
    """
    older: set[str] = set()
    users: dict[str, int] = defaultdict(int)
    years = {pid: (paper_date(paper) or (None,))[0] for pid, paper in by_id.items()}
    for pid, found in results.items():
        year = years[pid]
        for eid in found.mentions:
            users[eid] += 1
            target = introducer.get(eid)
            if target is None or year is None or eid in authoritative or eid in older:
                continue
            # two years at least: a preprint and its journal version may be a year apart
            since = years[target]
            if since is not None and year <= since - _OLDER_BY_YEARS:
                older.add(eid)
    floor = max(_GENERIC_MIN, _GENERIC_SHARE * len(papers))
    generic = {
        eid
        for eid, count in users.items()
        if count >= floor and eid in new and eid in introducer and eid not in authoritative
        if _plain(new[eid].name)
    } - older
    demoted["older use"] += len(older)
    demoted["generic"] += len(generic)
    drop = older | generic
    if not drop:
        return drop
    for found in results.values():
        keep: list[tuple[str, Introduced]] = []
        for eid, intro in found.introduced:
            if eid not in drop:
                keep.append((eid, intro))
                continue
            resolve_sentences(found)
            found.mentions.setdefault(eid, []).append(
                Mention(eid, intro.name, 0, intro.sentence, relation_of(intro.sentence))
            )
            if changed is not None:
                changed.add(found.paper_id)
        found.introduced = keep
    for eid in drop:
        introducer.pop(eid, None)
    return drop


def _assemble(
    papers: Sequence[Paper],
    lexicon: Lexicon,
    new: Mapping[str, _NewEntity],
    results: dict[str, PaperEntities],
    introducer: Mapping[str, str],
    version_of: Mapping[str, str],
    builds: Any,
    related_k: int,
    n_introduced: int,
    discovered_families: Mapping[str, Entity],
    keep_papers: bool = True,
    apart: AbstractSet[tuple[str, str]] = frozenset(),
    generic: AbstractSet[str] = frozenset(),
) -> CorpusInference:
    """Make the corpus's entities, edges and pair rows from each paper's findings.

    ``apart``: the papers (with the entity) presenting a name as their own apart from its introducer's
    thing (:func:`_co_claims_apart`): a dataset so presented is another, no user of the node's.
    ``generic``: names several papers each present as their own, which link no paper to another: their
    users share no dataset by them.
    """
    used: set[str] = set()
    for found in results.values():
        used.update(found.mentions)
        used.update(eid for eid, _ in found.introduced)
    for eid in list(used):
        while eid in version_of and version_of[eid] not in used:
            eid = version_of[eid]
            used.add(eid)
    entities: dict[str, Entity] = {}
    paper_fams: dict[str, dict[str, FamilyHit]] = {pid: f.families for pid, f in results.items()}
    for eid in sorted(used):
        entry = lexicon.entries.get(eid)
        if entry is not None:
            entities[eid] = entry.to_entity(introducer.get(eid))
            continue
        item = new[eid]
        by = introducer.get(eid) or ""
        fams = [lexicon.families[f].name for f in list(paper_fams.get(by, {}))[:2] if f in lexicon.families]
        cls = Dataset if item.kind == "dataset" else Method
        entities[eid] = cls(
            name=item.name,
            aliases=sorted(item.aliases),
            families=fams,
            introduced_by=by or None,
            version_of=item.version_of,
            source="corpus",
        )
    edges: list[Edge] = []
    # the bulk kinds stay compact tuples until written (EdgeRows)
    mentioned: list[_MentionItem] = []
    uses_dataset: list[_MentionItem] = []
    in_family: list[tuple[str, str, str | None, float, tuple[str, ...]]] = []
    fam_used: set[str] = set()
    counts: dict[str, int] = defaultdict(int)
    datasets_of: dict[str, frozenset[str]] = {}
    families_of: dict[str, frozenset[str]] = {}
    hub_sets: dict[frozenset[str], frozenset[str]] = {}
    introduces: list[tuple[str, str, str, str]] = []
    for pid, found in results.items():
        for eid, intro in found.introduced:
            introduces.append((pid, eid, intro.sentence, intro.how))
        for eid, mentions in found.mentions.items():
            first = mentions[0]
            row = (pid, eid, first.sentence, first.surface, first.relation, len(mentions))
            (uses_dataset if eid.startswith("dataset:") else mentioned).append(row)
        for fid, hit in found.families.items():
            in_family.append((pid, fid, hit.evidence, round(hit.score, 3), tuple(hit.via[:5])))
            fam_used.add(fid)
        # only papers with hubs, and one set per distinct set of hubs: most papers share theirs
        datasets = frozenset(
            e
            for e in found.mentions
            if e.startswith("dataset:") and e not in generic and e not in found.unshared
        ) | {e for e, _ in found.introduced if e.startswith("dataset:") and (pid, e) not in apart}
        if datasets:
            datasets_of[pid] = hub_sets.setdefault(datasets, datasets)
        families = frozenset(found.families)
        if families:
            families_of[pid] = hub_sets.setdefault(families, families)
    for eid, entity in entities.items():
        for fam in entity.families:
            fam_id = lexicon.family_id(fam)
            if fam_id:
                fid = fam_id
                fam_used.add(fid)
                edges.append(Edge(kind=EdgeKind.IN_FAMILY, source=eid, target=fid, provenance="lexicon"))
    for fid in sorted(fam_used):
        found_family = discovered_families.get(fid)
        entities[fid] = found_family if found_family is not None else lexicon.families[fid].to_entity()
    edges.extend(builds.edges)
    names = {eid: e.name for eid, e in entities.items()}
    kept = dict(results) if keep_papers else {}
    # every paper's findings are rows and hub sets now: gone before the pairs are ranked, inference's peak
    results.clear()
    del paper_fams
    shares = RelatedRows(datasets_of, EdgeKind.SHARES_DATASET, related_k, names)
    same = RelatedRows(families_of, EdgeKind.SAME_FAMILY, related_k, names)
    counts["introduces"] = len(introduces)
    counts["mentions"] = len(mentioned)
    counts["uses_dataset"] = len(uses_dataset)
    counts["in_family"] = len(in_family)
    rows: dict[EdgeKind, Iterable[dict[str, Any]]] = {
        EdgeKind.INTRODUCES: EdgeRows(introduces, _introduces_row, _introduces_ends),
        EdgeKind.MENTIONS: EdgeRows(mentioned, _mention_row, _mention_ends),
        EdgeKind.USES_DATASET: EdgeRows(uses_dataset, _mention_row, _mention_ends),
        EdgeKind.IN_FAMILY: EdgeRows(in_family, _in_family_row, _in_family_ends),
        EdgeKind.SHARES_DATASET: shares,
        EdgeKind.SAME_FAMILY: same,
    }
    summary = {
        "lexicon": f"{lexicon.version} ({len(lexicon.entries)} entries, {len(lexicon.families)} families)",
        "introduced_names": n_introduced,
        "methods": sum(1 for e in entities.values() if e.kind == "method"),
        "datasets": sum(1 for e in entities.values() if e.kind == "dataset"),
        "families": sum(1 for e in entities.values() if e.kind == "family"),
        "introduces": counts["introduces"],
        "mentions": counts["mentions"],
        "uses_dataset": counts["uses_dataset"],
        "in_family": counts["in_family"],
        "builds_on": len(builds.edges),
        "builds_on_candidates": len(builds.candidates),
        "builds_on_held_back_unknown_order": builds.unknown_order,
        # counted once the scope is known (_infer): an add ranks only the pairs it compares
        "same_family": None,
        "shares_dataset": None,
    }
    return CorpusInference(entities, kept, edges, builds.candidates, summary, rows)


def run(
    papers: list[Paper],
    options: BuildOptions,
    progress: Progress,
    done: dict[str, StageResult] | None = None,
) -> StageResult:
    """Run inference as a build stage (see ``paperkg.graph.build.default_stages``).

    Parameters
    ----------
    papers
        The whole corpus.
    options
        ``options.lexicons`` adds lexicon files; ``options.related_k`` bounds
        SAME_FAMILY / SHARES_DATASET per paper; ``options.engine``,
        ``options.workers`` and ``options.scheduler`` say where the per-paper
        passes run.
    progress
        Where to report progress.
    done
        Results of earlier stages (unused: inference runs first).

    Returns
    -------
    StageResult
        Entities, edges, the edge kinds it recomputes, and builds-on candidates.

    Raises
    ------
    LoadError
        When a lexicon file cannot be read.
    EngineError
        When the engine cannot start (an unknown kind, a Dask scheduler out of reach).
    """
    from paperkg.graph.build import StageResult

    lexicon = load_lexicons(options.lexicons)
    engine = open_engine(options.engine, options.workers, options.scheduler)
    try:
        # the bulk kinds stay rows (result.rows): no model per edge on the way to the store
        with cyclic_gc_paused():
            result = _infer(
                papers,
                lexicon,
                options.related_k,
                progress,
                engine,
                options.extraction_cache,
                keep_papers=False,
                scoped=options.changed_papers is not None,
                paper_texts=options.paper_texts,
            )
    finally:
        engine.close()
    scope = result.scope if options.changed_papers is not None and result.scope is not None else {}
    # Here, before the similarity stage encodes the label of a paper without a title.
    result.summary["labels_from_introduced_names"] = _label_by_introduced(
        papers, result.entities, _introducing(result.edges, result.rows.get(EdgeKind.INTRODUCES, ()))
    )
    return StageResult(
        name="inference",
        entities=list(result.entities.values()),
        # candidates are stored too, as BUILDS_ON_CANDIDATE: queryable, never drawn
        edges=result.edges + as_candidates(result.candidates),
        rows=result.rows,
        replaces=set(REPLACES),
        replaces_entities=True,
        candidates=result.candidates,
        summary=result.summary,
        scope=scope,
        counted_in_store={key: kind for key, kind in _PAIR_TOTALS.items() if kind in scope},
    )


def label_by_introduced_names(
    papers: Iterable[Paper], entities: Mapping[str, Entity], edges: Iterable[Edge]
) -> int:
    """Label each untitled paper still known by its first words with the name it introduces.

    A method is preferred to a dataset ("Tulu 2" over "Tulu-V2-mix"), then the
    first name inference found. Returns how many papers were relabelled.
    """
    return _label_by_introduced(papers, entities, _introducing(edges))


def _introducing(edges: Iterable[Edge], rows: Iterable[dict[str, Any]] = ()) -> Iterator[tuple[str, str]]:
    """Yield ``(paper, entity)`` of each INTRODUCES edge among ``edges``, then of each of ``rows``."""
    for edge in edges:
        if edge.kind is EdgeKind.INTRODUCES:
            yield edge.source, edge.target
    for row in rows:
        yield row["source"], row["target"]


def _label_by_introduced(
    papers: Iterable[Paper], entities: Mapping[str, Entity], pairs: Iterable[tuple[str, str]]
) -> int:
    introduced: dict[str, list[Entity]] = {}
    for source, target in pairs:
        if target in entities:
            introduced.setdefault(source, []).append(entities[target])
    relabelled = 0
    for paper in papers:
        names = introduced.get(paper.id)
        if not names or paper.title or not paper.abstract or paper.label != first_words(paper.abstract):
            continue
        paper.label = min(names, key=lambda e: e.kind != "method").name
        relabelled += 1
    return relabelled
