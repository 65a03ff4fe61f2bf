"""Per-paper extraction: names a paper introduces, methods it mentions, datasets it uses, its families."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from paperkg.models import Paper

__all__ = [
    "AuthorYear",
    "FamilyHit",
    "Introduced",
    "Mention",
    "PaperText",
    "abbreviates",
    "acronym_definitions",
    "author_year_citations",
    "coined_head",
    "contains_any",
    "described_in_apposition",
    "find_introduced",
    "is_task_acronym",
    "name_rejection",
    "paper_text",
    "record_text",
    "relation_of",
    "sentence_at",
    "split_sentences",
    "title_cased",
]

# A break: after . ! or ? (and closing quotes or brackets), space, then a capital, digit or
# opening quote; or a line break. The stop is matched, not looked behind for, so that the
# regex engine skips ahead to the next stop instead of trying every offset.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])[\)\]\"”’]*\s+(?=[A-Z0-9\"“(\[])|(?<=\n)\s*)")
# Abbreviations after which a full stop does not end the sentence.
_NO_BREAK = ("e.g.", "i.e.", "et al.", "etc.", "vs.", "cf.", "Fig.", "Eq.", "approx.", "resp.")
_CIRCA = (" c.", "(c.", " ca.", "(ca.")


@dataclass(frozen=True)
class PaperText:
    """The text extraction reads: title and abstract, and where each sentence starts."""

    paper_id: str
    text: str
    starts: tuple[int, ...]
    title_end: int


def split_sentences(text: str) -> list[int]:
    """Return the start offsets of the sentences of ``text``.

    Parameters
    ----------
    text
        Title and abstract; a sentence ends at ``.``, ``!`` or ``?`` followed by
        a capital, digit or bracket (not after "e.g.", "i.e.", "et al.") or at a
        line break.

    Returns
    -------
    list of int
        Offsets, the first always 0.
    """
    starts = [0]
    for m in _SENTENCE_END.finditer(text):
        # a full stop ends its sentence; a line break is part of the break
        start = m.start() if text[m.start()] == "\n" else m.start() + 1
        before = text[max(0, start - 8) : start]
        if before.endswith(_NO_BREAK):
            continue
        # (nor "c." of a date, circa: "had largely disappeared by c. 520 (Whitcombe and Ishikawa, 2018)")
        if before.endswith(_CIRCA) and text[m.end() : m.end() + 1].isdigit():
            continue
        starts.append(m.end())
    return starts


def paper_text(paper: Paper) -> PaperText:
    """Return the text of ``paper`` to extract from: its title, then its (repaired) abstract.

    Parameters
    ----------
    paper
        Any paper; a missing title or abstract is left out.

    Returns
    -------
    PaperText
    """
    return record_text(paper.id, paper.title, paper.abstract)


def record_text(paper_id: str, title: str | None, abstract: str | None) -> PaperText:
    """Return the :class:`PaperText` of a paper given as plain fields (see :func:`paper_text`)."""
    text, title_end = joined_text(title, abstract)
    return PaperText(paper_id, text, tuple(split_sentences(text)), title_end)


def joined_text(title: str | None, abstract: str | None) -> tuple[str, int]:
    """Return the text extraction reads (title, a line break, abstract) and where the title ends.

    A title in capitals is read as the abstract writes its words (:func:`unshouted`).
    """
    title = (title or "").strip()
    abstract = (abstract or "").strip()
    if title:
        title = unshouted(title, abstract)
    return (f"{title}\n{abstract}" if title else abstract), len(title)


_TITLE_WORD = re.compile(r"\w[\w\-]*")


def unshouted(title: str, abstract: str) -> str:
    """Return a title written in capitals ("KESTREL: REPEAT GLIDER TRANSECTS ...") as the abstract writes its
    words, else in lowercase (the first word capitalised); any other title as it is.

    Many exports (Web of Science, old journal metadata) give titles in capitals, where every word looks
    like an acronym: "THE BLOOM RULE: A SIMPLE CLINICAL DECISION RULE" presented a name "The Bloom Rule"
    and "WORDS THAT SELL STAYS" another. The abstract tells which words are names and how they are spelt:
    the longest runs of the title's words it holds are copied as it writes them ("the Lakeshore Oral
    Health Cohort"); a word alone as the abstract writes it with capitals inside it, if ever ("ECHO", where
    it also writes "echo cancellation"), else most often; a word it never writes is read in lowercase.

    Examples
    --------
    >>> unshouted("CULTURELENS: MEASURING CULTURE FROM REVIEWS", "CultureLens reads reviews.")
    'CultureLens: measuring culture from reviews'
    >>> unshouted("THE LAKESHORE ORAL HEALTH COHORT", "The Lakeshore Oral Health Cohort follows oral health.")
    'The Lakeshore Oral Health Cohort'
    >>> unshouted("ECHO: A HYBRID OPERATOR FOR ECHO CANCELLATION", "ECHO does echo cancellation in 2 ms.")
    'ECHO: a hybrid operator for echo cancellation'
    >>> unshouted("Scaling Laws for BERT", "We fit scaling laws.")
    'Scaling Laws for BERT'
    """
    # (most titles show lowercase letters at once: asked first, for every paper read)
    if not title.isupper() and sum(map(str.islower, title[:20])) > 1:
        return title
    capitals, small = sum(map(str.isupper, title)), sum(map(str.islower, title))
    if capitals + small < 12 or capitals < 0.9 * (capitals + small):
        return title
    words = list(_TITLE_WORD.finditer(title))
    lower = abstract.lower()
    out = list(title.lower())
    done = [False] * len(words)
    # runs of two words or more, longest first, as the abstract writes them (same separators, any case)
    for size in range(len(words), 1, -1):
        for i in range(len(words) - size + 1):
            if any(done[i : i + size]):
                continue
            a, b = words[i].start(), words[i + size - 1].end()
            at = _find_words(lower, title[a:b].lower())
            if at >= 0:
                out[a:b] = abstract[at : at + b - a]
                done[i : i + size] = [True] * size
    forms: dict[str, dict[str, int]] = {}
    for m in _TITLE_WORD.finditer(abstract):
        word = m.group(0)
        seen = forms.setdefault(word.lower(), {})
        seen[word] = seen.get(word, 0) + 1
    for i, m in enumerate(words):
        spellings = forms.get(m.group(0).lower())
        if done[i] or not spellings:
            continue
        named = {form: n for form, n in spellings.items() if any(ch.isupper() for ch in form[1:])}
        written = max((named or spellings).items(), key=lambda item: item[1])[0]
        if len(written) == m.end() - m.start():
            out[m.start() : m.end()] = written
    first = next((m.start() for m in words), None)
    if first is not None and out[first].islower():
        out[first] = out[first].upper()
    return "".join(out)


def _find_words(text: str, phrase: str) -> int:
    """Return where ``phrase`` stands in ``text`` as whole words, or -1."""
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return at
        at = text.find(phrase, at + 1)
    return -1


def sentence_at(doc: PaperText, offset: int) -> tuple[int, str]:
    """Return ``(index, sentence)`` of the sentence of ``doc`` holding ``offset``.

    Parameters
    ----------
    doc
        A paper's text.
    offset
        A character offset into ``doc.text``.

    Returns
    -------
    tuple
        The sentence's index and its text with whitespace collapsed.
    """
    lo, start, end = sentence_span(doc, offset)
    return lo, _collapsed(doc.text, start, end)


def sentence_span(doc: PaperText, offset: int) -> tuple[int, int, int]:
    """Return ``(index, start, end)`` of the sentence of ``doc`` holding ``offset``, in ``doc.text``."""
    index = max(0, bisect_right(doc.starts, offset) - 1)
    end = doc.starts[index + 1] if index + 1 < len(doc.starts) else len(doc.text)
    return index, doc.starts[index], end


@lru_cache(maxsize=4096)
def _collapsed(text: str, start: int, end: int) -> str:
    """Return ``text[start:end]`` with whitespace collapsed, once per sentence.

    Every mention in a sentence asks for it: re-joining a long sentence for each of
    its mentions made one long sentence quadratic (192 KB took 162 s).
    """
    return " ".join(text[start:end].split())


@dataclass(slots=True)
class Introduced:
    """A name a paper introduces, with the sentence that says so."""

    name: str
    kind: str
    sentence: str
    aliases: list[str] = field(default_factory=list)
    how: str = "proposes"


@dataclass(slots=True)
class Mention:
    """A lexicon or corpus entity named in a paper's text."""

    entity: str
    surface: str
    start: int
    sentence: str
    relation: str | None
    glued: bool = False


@dataclass(slots=True)
class FamilyHit:
    """Evidence that a paper belongs to a method family."""

    score: float = 0.0
    evidence: str | None = None
    via: list[str] = field(default_factory=list)


# --- relation typing -------------------------------------------------------------

_EXTENDS = re.compile(
    r"\b(?:based on|build(?:s|ing)? (?:up)?on|built (?:up)?on|extend(?:s|ed|ing)?|extension of|"
    r"inspired by|generali[sz](?:e|es|ed|ing)|variant of|improv(?:e|es|ed|ing) (?:up)?on|"
    r"modif(?:y|ies|ied|ying)|evolves? from|version of|upgrade[sd]?|revisit(?:s|ed)?|"
    r"initiali[sz](?:e|es|ed|ing) from|derived from|follow(?:s|ing)? the work|we adapt(?:ed)?|adapted from|"
    # (a next version: "Lantern 2, a major revision of the Lantern R package", "the successor to Kiln")
    r"revision of|rewrite of|redesign of|successor (?:of|to))\b"
)
_COMPARES = re.compile(
    r"\b(?:outperform\w*|surpass\w*|compar(?:e|es|ed|ing|ison)|than|baselines?|vs\.?|versus|beat(?:s|ing)?|"
    r"superior to|competitive with|on par with|exceed\w*|rivals?|improvements? over|better)\b"
)
_USES = re.compile(
    r"\b(?:using|uses?|used|with|appl(?:y|ies|ied|ying)|leverag\w*|employ\w*|adopt\w*|fine-?tun\w*|"
    r"on top of|via|train(?:s|ed|ing)?|integrat\w*|incorporat\w*|combin\w*|plug\w*|run(?:s|ning)? on|"
    r"evaluat\w* on|experiments? on|results on|such as|including|e\.g\.|"
    # (what the paper's data were taken from: "Velocities were taken from the ICEFALL velocity record"; or
    # what it analysed: "We analysed eight annual waves of the Harbour study (Ashdown et al., 2010)")
    r"(?:taken|drawn|extracted|retrieved|downloaded|sourced) from|analy[sz](?:e|es|ed|ing)|"
    # (or what a model was fitted to: "We fitted Lodestar to the CULVERT dataset")
    r"fit(?:s|ted|ting)?(?:\s+[\w\-]+){0,5}?\s+to)\b"
)
# a sentence opening with the name of where its results were had: "On ToolTrek, Palimpsest improves ...",
# "On ImageNet-1K, ..." (not "On the other hand," or "On average,")
_ON_NAMED = re.compile(r"\W*On\s+(?:the\s+)?[A-Z][\w\-.]*(?:\s+[\w\-.]+){0,3},")


def contains_any(text: str, words: tuple[str, ...]) -> bool:
    """Return True if any of ``words`` is a substring of ``text`` (a plain loop: no generator per call)."""
    for word in words:  # noqa: SIM110 - any() over a generator is the slower spelling here
        if word in text:
            return True
    return False


def relation_of(sentence: str) -> str | None:
    """Return how a sentence relates a paper to a name in it: extends, compares, uses, or None.

    Parameters
    ----------
    sentence
        The sentence holding the name.

    Returns
    -------
    str or None
        ``extends`` (based on, builds on, extends, inspired by, generalises,
        modifies, ...) before ``compares`` (outperforms, compared with, than,
        baseline, vs, ...) before ``uses`` (using, with, applies, leverages,
        ...); None when the sentence shows none of them.

    Examples
    --------
    >>> relation_of("We build on SPLADE and propose several improvements.")
    'extends'
    """
    # Three searches, each stopping at its first hit, beat one scan of the three alternations
    # (which must read on past every "with" and "than" looking for an "extends"): 0.69 s
    # against 0.94 s for the 97,563 sentences of a 10,000-paper corpus, the same answers.
    lower = sentence.lower()
    if _EXTENDS.search(lower):
        return "extends"
    if _COMPARES.search(lower):
        return "compares"
    if _USES.search(lower) or _ON_NAMED.match(sentence):
        return "uses"
    return None


# --- introduced names -------------------------------------------------------------

# Patterns read once per token or sentence, compiled here: the re module's cache lookup of a
# pattern string on each call cost more than some of the matches.
_LOWER_AFTER = re.compile(r"\s+([a-z][a-z\-]+)")
_LETTERS_DIGITS = re.compile(r"[^\W\d_]\d{3,}")
_VERSION_WORD = re.compile(r"v\d+(?:\.\d+)*")
_VERSION_OR_SIZE = re.compile(r"v?\d+(?:\.\d+)*[BbMm]?")
_GAP = re.compile(r" (?=\S)")
_ACRONYM_NEXT = re.compile(r"\s*\(([A-Za-z0-9][\w\-\+]{0,14}[\w\+]|[A-Z])\)")
# A name that goes on past a preposition to its acronym: "the Flood Extent Benchmark for the Sahel
# (FEBS)", "the Medical Information Mart for Intensive Care (MIMIC)".
# So past "and" where the acronym spells the words on both sides: "the Rural Credit and Consumption
# Survey (RCCS)", "the Pupil Understanding and Learning Self-Efficacy (PULSE) questionnaire".
# (past up to three such words: "the Very Early Signs of Psychosis Evaluation and Rating (VESPER) scale")
_NAME_GOES_ON = re.compile(
    r"((?:\s+(?:[Ff]or|[Oo]f|[Oo]n|[Ii]n|[Aa]nd|[Ff]rom|[Ww]ith|[Bb]y|[Tt]o|[Vv]ia|[Aa]t|[Aa]cross)\s+"
    r"(?:the\s+)?"
    r"(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*){1,3})"
    r"\s*\(([A-Z][A-Za-z0-9\-]{1,14})\)"
)
_GLUE_WORD = re.compile(
    r"\b(?:[Ff]or|[Oo]f|[Oo]n|[Ii]n|[Aa]nd|[Ff]rom|[Ww]ith|[Bb]y|[Tt]o|[Vv]ia|[Aa]t|[Aa]cross|the)\s+"
)
_ARTICLE = re.compile(r"(?:the|an?)\s+(?=[A-Z])")
# (a list in it: "LANTERN (Longitudinal Analysis of Tenure, Enterprise and Rural Nutrition)")
_FORM_NEXT = re.compile(r"\s*\(([A-Z][\w\-]*(?:,?\s+[\w\-]+){1,10})\)")
_HEAD_THEN_ACRONYM = re.compile(r" [a-z]+ \(([A-Z][A-Za-z0-9\-]{1,14})\)")
_REST_TO_ACRONYM = re.compile(r"((?:'s|\u2019s)?(?: [A-Z][\w\-]*){1,3}) \(([A-Z][A-Za-z0-9\-]{1,14})\)")
_APOSTROPHE_S = re.compile(r"(?:'s|\u2019s)\b")
# the ordinal of a release, as its number: "the second data release" is DR2
RELEASE_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}  # fmt: skip
# A title presenting a later release of a named thing, which has no name of its own: "Second data release of
# the Iberian Influent Archive: ...", "The second data release of TokaDis: ...", "The TANDEM study: Second
# data release and ...", "The Insular Fragments Register, second release: ..."
_RELEASE_TITLE = re.compile(
    # (after what else the paper reports: "The 2019 wave and second public data release of the ...")
    r"^\s*(?:(?:[Tt]he\s+(?:[\w\-]+\s+){1,3}and\s+)?(?:[Tt]he\s+)?"
    r"(?P<ord1>[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth)\s+(?:public\s+)?(?:data\s+)?release\s+of\s+"
    r"(?:the\s+)?"
    r"(?P<name1>[A-Z][^:,;()]{1,60}?)\s*(?::|$)"
    r"|(?:The\s+)?(?P<name2>[A-Z][^:,;()]{1,60}?)"
    r"(?:\s+(?:study|cohort|survey|panel|database|corpus|dataset))?\s*[:,]\s+(?:the\s+)?"
    r"(?P<ord2>[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth)\s+(?:data\s+)?release\b"
    # (or by its number: "UCMED release 2: expanded coverage of ...", "The Global Dengue Serosurvey
    # Compendium, release 2: a 2019-2022 update")
    r"|(?:The\s+)?(?P<name3>[A-Z][^:,;()]{1,60}?),?\s+(?:[Dd]ata\s+)?[Rr]elease\s+(?P<num3>[2-9])\s*(?::|$))"
)
# (or a subtitle naming the next round of a survey by its own acronym: "...: the second round of the Terai
# Envenoming Household Survey (TEHS-2)")
_ROUND_TITLE = re.compile(
    r":\s+(?:the\s+)?(?:second|third|fourth|fifth)\s+(?:round|wave|phase|sweep|cycle|release)\s+of\s+"
    r"(?:the\s+)?"
    r"[A-Z][^:;()]{1,80}?\s*\(([A-Z][A-Za-z0-9]*-\d{1,2})\)\s*$"
)
_RELEASE_OF = re.compile(
    r"the\s+(?:second|third|fourth|fifth|next|new|updated|latest|expanded|extended)\s+(?:major\s+|data\s+)?"
    r"(?:release|version|edition)\s+of\s+(?:the\s+)?"
)
# (its long form, then its acronym and number in brackets)
_RELEASE_NAMED = re.compile(
    r"((?:[A-Z][\w\-]*(?:'s|\u2019s)?\s+(?:(?:of|for|and|on|in|the)\s+)?){0,7}[A-Z][\w\-]*)"
    r"\s+\(([A-Z][A-Za-z\-]*[A-Z])[\s\-](v?\d+(?:\.\d+)*)\)"
)
_DASHES = re.compile(r"[\-\u2013]")
_FORM_APPOSED = re.compile(
    r",\s+the\s+([A-Z][\w\-]*(?:\s+(?:of|for|and|in|on|[A-Z][\w\-]*)){1,8})(?:\s+[a-z]+)?,"
)
_AND_MORE = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:,\s*)?and\s+")
_LATER_ACRONYM = re.compile(r"[^,;.()]{0,60}\(([A-Z0-9][\w\-\+]{1,14})\)")
_OTHERS_WORK = re.compile(r"(?:Recently|Previously|Prior|Motivated|Existing|Earlier)\b")
_LIST_BEFORE = re.compile(r"(?:\band|,)\s*$")
_WORD_RUN = re.compile(r"[\w\-]+")


_TOKEN = (
    r"[\w\u00c0-\u024f\u0370-\u03ff][\w\u00c0-\u024f\u0370-\u03ff\-\u2013\+\.·/]*[\w\u00c0-\u024f\u0370-\u03ff\+]|[\w\+]"
)
_TOKEN_RE = re.compile(_TOKEN)
# The paper speaking of itself, as "we" or as "this article" ("This article introduces the Legislative
# Responsiveness Index (LRI)"): the subject of every rule below that reads what a paper made.
# (law reviews capitalise theirs: "This Article presents MIRANDA-Q, a ... questionnaire")
_THIS = r"(?:paper|work|study|article|report|chapter|Article|Note|Essay)"
# (or, with a word saying what paper it is, "This data paper introduces MERIDIAN, a ... survey")
_THIS_PAPER = re.compile(rf"\bthis (?:[a-z]+ )?{_THIS}\b")
_PAPER_SUBJECT = rf"(?:[Ww]e|[Tt]his (?:[a-z]+ )?{_THIS})"
_SUBJECT_VERB = re.compile(
    # the paper's verb after another of its own: "We formulate debiasing as ... and propose PopDRO" (the
    # plain form, whose subject is "we": "which ... and proposes" has another)
    # (or another of making, past an aside: "we conducted a serosurvey and, in parallel, created the Afar Herd
    # Mobility Dataset (AHMD)"; not "developed", which patients do to a disease)
    r"\b(?:[Ww]e\s[^.;:]{1,120}?\band(?:,\s+[a-z]+(?:\s+[a-z]+){0,2},)?(?=\s+(?:propose|introduce|present|"
    r"(?:creat|buil[dt]|construct|establish|releas|compil|assembl)\w*)\s)|"
    rf"{_PAPER_SUBJECT}|[Oo]ur (?:work|paper|method|approach|framework|"
    r"final method|model|system))\s+(?:(?:also|further|then|first|additionally|now|newly|thus|hence|"
    r"therefore|here|instead|finally)\s+)?"
    r"(?:propos|introduc|present|develop|releas|devis|design|buil[dt]|construct|creat|unveil|contribut|compil|assembl|"
    # (a cohort or registry a paper sets up: "We established HEMLOCK, a multicentre prospective registry")
    r"establish|"
    # (a numbered next one it describes, said to be the next of the name: "We describe OSTRA-2, the second
    # OSTRA cohort", not what it describes of others: "We describe GPT-4, the latest model of OpenAI")
    # (or the next release: "Here we describe CAI-2, the second data release, which extends coverage")
    r"describ(?=(?:e|es|ed)\s+(?P<described>[A-Z][\w]*)[\-\s]?\d[\w.]*,\s+the\s+"
    r"(?:second|third|fourth|new|next)\s+(?:(?P=described)|(?:data\s+)?(?:release|version|edition))\b)|"
    # (or one it sets out as new or open: "We describe ToneTrack, an open-source toolkit that ...")
    r"describ(?=(?:e|es)\s+[A-Z][\w\-]*,\s+an?\s+"
    r"(?:new|novel|open-source|open\s+source|freely\s+available)\s)|"
    # (a score or index "derived and validated": made, as medicine says; "we derive the ... equations" is not,
    # but an index or score it names with its acronym is: "we derived the Cardiometabolic Vulnerability Index
    # (CMVI)")
    r"defin|deriv\w*\s+and\s+(?:externally\s+|internally\s+)?validat|"
    r"deriv(?=(?:e|ed|es)\s+(?:the\s+|an?\s+)?(?:[A-Z][\w\-]*\s+){1,6}"
    r"(?:Index|Score|Scale|Tool|Instrument|Questionnaire|Inventory|Measure|Rule)\s*\([A-Z])|"
    # (a named thing with its acronym the paper reports: "Here we report a five-grade Waterlogged Oak
    # Degradation Score (WOODS)", not what it reports of another's: "we report results from ...")
    # (or named in apposition: "Here we report a quantitative framework, the Biosignature Salience Index
    # (BSI)")
    r"report(?=(?:s|ed)?\s+(?:an?\s+(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*,\s+)?(?:the\s+|an?\s+)?"
    r"(?:[a-z][\w\-]*\s+){0,2}(?:[A-Z][\w\-]*\s+){1,6}\([A-Z])|"
    # (a named survey, census or trial the paper ran: "We conducted the Vault Acetate and Nitrate Evaluation
    # (VANE) survey", not a test it gave: "we conducted the Timed Up and Go (TUG) test")
    r"conduct(?=ed\s+the\s+[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|and|of|for|on|in|the)){0,9}"
    r"\s*\([A-Z][\w\-]*\)\s+(?:survey|census|trial|study)\b))"
    r"\w*\s+"
)
# "We introduced PEWS on six paediatric wards", "we introduced the SBAR handover tool across 12
# hospitals": in medicine, nursing and education "introduced" at a setting means put into use there
# (an existing score, tool or programme), not made; the paper presenting a thing of its own writes "we
# introduce X, a ...". Past tense, the setting right after the object (no comma between).
_PUT_INTO_USE = re.compile(
    r"[^,;:()]{1,60}?\b(?:on|in|at|across|into|throughout)\s+(?:the\s+|our\s+|all\s+|each\s+|every\s+|"
    r"several\s+|\d+\s+|two\s+|three\s+|four\s+|five\s+|six\s+|seven\s+|eight\s+|nine\s+|ten\s+)?"
    r"(?:[\w\-]+\s+){0,2}(?:wards?|units?|hospitals?|clinics?|schools?|classrooms?|sites?|practices?|"
    r"districts?|regions?|countries|provinces?|routine|departments?|settings?|facilities|homes?|"
    r"communities|villages?)\b"
)
_CALLED = re.compile(
    r"(?<!so-)(?<!so )\b(?:(?:called|named|dubbed|termed|coined|denoted as|referred to as|we refer to as|"
    r"we call|we name|we term|we dub)\s+(?:as\s+|it\s+)?(?:the\s+)?|"
    # (the thing made named after the words for it: "We call the resulting system PG-MCTS+NN", "and call the
    # extension Cascade-S", "We refer to the extension as CWGB-Z")
    r"(?:call|name|term|dub)\s+(?:the|this|our)\s+(?:[a-z][a-z\-]*\s+){1,3}?(?=[A-Z])|"
    r"refer\s+to\s+(?:the|this|our)\s+(?:[a-z][a-z\-]*\s+){1,3}?as\s+)"
)
# A sentence with none of these cannot introduce a name by any rule of find_introduced: the
# first person (we, our, this paper), "proposed" (the passive), "a novel/new" (an apposition).
# (the lookahead lets the scan skip every offset that cannot start a match)
_ANY_CUE = re.compile(
    r"(?=[WwOoTtAap])(?:\b(?:[Ww]e|[Oo]ur|[Tt]his|[Aa] (?:novel|new)|[Tt]o (?:describe|introduce|present)|"
    r"[Tt]he (?:extended|resulting))\b|"
    # ("The extension, Palisade-IS, augments the likelihood": _APPOSITION)
    r"[Tt]he (?:extension|variant),|proposed)"
)
_CALLED_CUES = (
    "called", "named", "dubbed", "termed", "coined", "denoted", "refer", "we call", "we dub", "call the",
    "call our", "call this", "name the", "term the", "dub the",
)  # fmt: skip
_PASSIVE = re.compile(
    r"([A-Z][\w\-\+]*(?: [A-Z][\w\-\+]*){0,4})\s*(?:\(([A-Za-z][\w\-\+]{1,15})\)\s*)?(?:is|are)\s+"
    r"(?:thus\s+|hence\s+|therefore\s+)?proposed\b"
)
# A thing the paper presents in the passive, as abstracts of many fields do: "Harrow, a program for
# automated indexing of multi-lattice images, is described", "Riffle-3D is presented, an extension of ...",
# "The Lantern study is described, a prospective cohort", "A dynamical refinement method, Quillon, has been
# developed", "A new observational instrument, the Willow scale, has been developed", "A network solver named
# Meridian has been developed for this purpose". What "is described" here is this paper's; what "has been
# developed" is, where the sentence sets out a thing of its own ("A new instrument, X,", "named X") or the
# title names it, and no one else made it ("by Google", "at the Met Office").
# (not a quantity's value: "Vickers hardness (HV0.5) is reported as the mean of ten indents", "in Table 2")
_SHOWN_NOW = (
    r"(?:is|are)\s+(?:here\s+|herein\s+|now\s+|briefly\s+)?"
    r"(?:described|presented|introduced|reported(?!\s+(?:as|in)\b)|detailed|proposed)\b"
)
_MADE_NOW = (
    r"(?:has|have)\s+been\s+(?:newly\s+)?"
    r"(?:developed|designed|constructed|created|established|built|devised|derived)\b"
)
_MADE_THEN = (
    r"was\s+(?:therefore\s+|then\s+|subsequently\s+)?(?:developed|designed|constructed|created|established|"
    r"built|devised|derived)\b"
)
_NOT_BY_OTHERS = r"(?!\s+(?:by|at)\s+(?:[A-Z]|the\s+[A-Z]))"
# (or, where it is the subject, "proposed here": "The Craquelure Typology Scale (CTS) proposed here
# classifies")
_SHOWN_HERE = (
    r"(?:proposed|presented|described|introduced|developed)\s+"
    r"(?:here(?:in)?|in\s+this\s+(?:paper|study|article))\b"
)
_PRESENTED_AFTER = re.compile(
    r"(?P<noun>(?:\s+[a-z]+){1,2})??(?:\s*\([^()]{1,80}\))?(?P<apposed>,\s+(?:an?|the)\s+[^;:.]{3,160}?,)?"
    rf"\s+(?:(?P<shown>{_SHOWN_NOW}|{_SHOWN_HERE})|{_MADE_NOW}){_NOT_BY_OTHERS}"
)
_NEW_THING_LEAD = re.compile(
    r"An?\s+(?:(?P<new>new|novel)\s+)?(?:[\w\-\u2013]+\s+){0,6}?[\w\-\u2013]+"
    r"(?:,?\s+(?P<called>named|called|termed)\s+|,\s+(?:the\s+)?(?=[A-Z0-9]))"
)
# Or named by the acronym of its words, which a capital or "new" says are a name: "Methods: An Ultrasound
# Synovitis Composite Score (USCS) was derived", "A new spectral recharge index (SRI) is proposed" (not a
# kind of thing: "A convolutional neural network (CNN) was developed to classify lesions")
# (past an opening phrase of purpose: "To allow systematic comparison, a five-point Picket-Line Intensity
# Scale (PLIS) was constructed")
_DEFINED_LEAD = re.compile(
    r"(?:To\s[^,;()]{3,80},\s+)?[Aa]n?\s+(?P<new>(?:new|novel)\s+)?"
    r"((?:[\w\-\u2013]+\s+){0,8}?[\w\-\u2013]+)\s*"
    r"\(([A-Z][\w\-]{1,15})\)"
)
# (after a structured abstract's label: "Methods: ")
_SECTION_LABEL = re.compile(r"[A-Z][a-z]+(?:\s+(?:and\s+)?[a-z]+){0,2}\s*:\s+(?=[A-Z])")
# (its name spelt out in lowercase, its acronym after: "A detrending approach, termed age-banded adaptive
# detrending (ABAD), is described")
_SPELT_LOWER = re.compile(r"((?:[a-z][\w\-]*\s+){1,7}[a-z][\w\-]*)\s*\(([A-Z][\w\-]{1,15})\)")
# a version the paper presents of a thing: "Version 2.0 of the TRACE crossdating engine is presented"
_VERSION_PRESENTED = re.compile(r"Version\s+(\d+(?:\.\d+)*)\s+of\s+(?:the\s+)?(?=[A-Z])")
_NEW_THING_AFTER = re.compile(
    r"(?:\s+[a-z]+)??(?:\s*\([^()]{1,80}\))?,?\s+"
    rf"(?:{_SHOWN_NOW}|{_MADE_NOW}|(?:is|are)\s+derived\b|(?P<then>{_MADE_THEN})){_NOT_BY_OTHERS}"
)
# What a sentence made, named as it is described: "A prospective, multicentre cohort ... was established ...
# and is described here as the Thornbury Glioma Cohort (TGC)"
_DESCRIBED_HERE_AS = re.compile(
    r"\b(?:is|are)\s+(?:described|presented|introduced)\s+here\s+as\s+(?:the\s+)?(?=[A-Z])"
)
# The thing the paper's last sentence made, named as it is taken up: "A dynamic kinetic model has been
# developed to predict ... The model, named KRAUSEN (Kinetic Rate model of Aroma ...), couples ..." (not
# another's: "The model, called BERT, was proposed by Devlin et al.")
# (or "The toolkit described here, released as Babble, segments ...")
_THE_NAMED = re.compile(
    r"The\s+(?:[a-z][\w\-]*\s+){0,2}[a-z]+(?:\s+(?:described|presented|developed|introduced)\s+here)?,\s+"
    r"(?:named|called|termed|dubbed|released\s+as)\s+(?=[A-Z])"
)
_BY_OTHERS_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:proposed|developed|introduced|described|created)\s+by\s+[A-Z]"
)
_PRESENTED_CUE = re.compile(
    r"\b(?:is|are|been|was)\s+(?:[a-z]+\s+)?(?:describ|present|introduc|report|detail|develop|design|"
    r"construct|creat|establish|buil|devis|propos|deriv)|"
    r"\)\s+(?:propos|present|describ|introduc|develop)ed\s+here"
)
# An apposition that renames the paper's own contribution: "our algorithm, WinSpell, ...",
# "a novel patient educational booklet, The Back Book, has been developed", "Our extension, Prism-ML,
# replaces the original content view" (a variant of another's thing named by the paper that made it).
# (or the thing the paper's work made, its name set after it: "The extended method, Forge-MS, adds an image
# autoencoder", "The resulting model, Tidal-2, ...")
# (or "The extension," alone, after what the paper extends: "We extend Palisade, a Bayesian unit-level model
# ..., to accommodate informative sampling. The extension, Palisade-IS, augments the likelihood")
_APPOSITION = re.compile(
    r"\b(?:(?:[Oo]ur|[Aa] (?:novel|new)|[Tt]he (?:extended|resulting))\s+(?:[\w\-]+\s+){0,3}?|"
    r"[Tt]he\s+(?=(?:extension|variant),))"
    r"(?:algorithm|method|model|system|approach|"
    r"framework|tool|toolkit|booklet|corpus|dataset|benchmark|technique|parser|tagger|architecture|"
    r"library|estimator|ligand|catalyst|protocol|instrument|questionnaire|software|package|program|"
    r"resource|treebank|metric|measure|classifier|segmenter|database|platform|extension|variant)s?,\s+"
)
# What the paper extends, its extension named in apposition by a name holding the extended one's: "We extend
# the Beacon hierarchical structural time-series model to a multivariate setting, Beacon-M, in which ..."
_EXTENDED_AS = re.compile(
    r"\b[Ww]e\s+(?:further\s+|then\s+|here\s+)?(?:extend|generali[sz]e|adapt)\w*\s+(?:the\s+|our\s+)?"
    r"(?P<base>[A-Z][\w\-]*)\b[^.;()]{0,120}?,\s+(?P<name>(?P=base)[\-\u2013]?[\w\-]*[A-Z0-9][\w\-]*),\s+"
    r"(?:in\s+which|which|that|where|whose)\b"
)
# A randomized trial's report names the trial it ran: "In the Dapagliflozin and Prevention of Adverse
# Outcomes in Heart Failure (DAPA-HF) trial, we randomly assigned 4744 patients". Its data are what
# the trial's later analyses use ("a prespecified analysis of DAPA-HF"): a dataset the report introduces.
_TRIAL_NAMED = re.compile(r"\(([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)\)\s+(?:trial|study)\b")
# A cohort profile or data resource profile (article types of epidemiology's journals) describes the
# cohort or data resource its title names, by the team that runs it: "Cohort Profile: WELLSPRING, a
# Longitudinal Study of ...", "Cohort profile: the Whitehall II study", "Data Resource Profile: the
# Clinical Practice Research Datalink (CPRD)". The name ends at a comma, colon or bracket; lowercase
# words after it ("study", "cohort") say what it is.
_PROFILED = re.compile(
    r"^\s*(?:Cohort|Data [Rr]esource)\s+[Pp]rofile(?:\s+[Uu]pdate)?\s*:\s*(?:[Tt]he\s+)?"
    # (its acronym may be followed by what it is: "the Older-adult Delirium and Neurocognitive outcomes (ODIN)
    # cohort of elective non-cardiac surgery in Denmark and Norway")
    r"([A-Z0-9][^,:;()\n]{1,100}?)\s*(?:\(([A-Z][\w\-]*)\)(?:\s+[a-z][^,:;()\n]*)?)?\s*(?:[,:;(\n]| - |$)"
)
_PROFILED_LISTED = re.compile(
    r"^\s*(?:Cohort|Data [Rr]esource)\s+[Pp]rofile(?:\s+[Uu]pdate)?\s*:\s*(?:[Tt]he\s+)?"
    r"([A-Z][^:;()\n]{1,120}?,[^:;()\n]{1,120}?)\s*\(([A-Z][\w\-]*)\)"
)
# "Development and validation of the Student Digital Agency Scale (SDAS)", "Derivation of SEPSIGN-5,
# a five-item bedside score", "Development and psychometric evaluation of NurseLoad: a shift-level
# instrument": medicine, nursing, psychology and education title the papers making an instrument so.
# The same words title a disease's course ("Development of Acute Kidney Injury (AKI) after Surgery",
# "Development of Type 2 Diabetes: a cohort study"), so the thing developed must say it is an
# instrument: a name ending in one of its nouns before its acronym, or an apposition naming one.
_AND_VERB = re.compile(r"and\s+[a-z]+\s+(?=(?:the|a|an|our)\s|[A-Z])")
# (after a question too: "Do they like us? Development and validation of the ... Inventory (POWI)")
_DEVELOPED = re.compile(
    r"^(?:[^:?\n]{1,100}[:?])?\s*(?:[Dd]evelopment|[Dd]erivation|[Dd]esign|[Cc]onstruction|[Cc]reation|"
    r"[Ee]stablishment)\b"
    r"[^:;.,()]{0,60}?\bof\s+(?:the\s+)?"
)
_INSTRUMENT = (
    r"instrument|scale|score|index|questionnaire|inventory|tool|checklist|measure|battery|test|screen|model|"
    r"algorithm|method|system|framework|platform|software|package|toolkit|app|device|dataset|database"
)
_INSTRUMENT_NAME_END = re.compile(rf"(?:{_INSTRUMENT})s?", re.IGNORECASE)
_LONG_FORM_NOUN = re.compile(
    # (past its count of items: "Development and validation of the 12-item Vaccine Hesitancy in Caregivers
    # scale (VHC-12)")
    r"(?:\d+-items?\s+)?((?:[A-Z][\w\-]*\s+(?:(?:for|of|and|in|on|the|to)\s+)?){1,8}?)"
    rf"({_INSTRUMENT})s?\s*\(([A-Z][\w\-]{{1,15}})\)"
)
_INSTRUMENT_NEXT = re.compile(rf"\s+(?:{_INSTRUMENT})s?\b", re.IGNORECASE)
_BRACKET_AFTER = re.compile(r"\s*\([^()]{1,80}\)")
# What a name stands for, in brackets after it, however long: "HARBOR (Historical Atlantic Registers of
# Boats and Outbound Routes), a corpus of"
SPELT_OUT = re.compile(r"\s*\([^()]{1,160}\)")
# A version ending a name: "Inventory-30", "OBRA-5", "KINPOP2"
_VERSION_END = re.compile(r"-?\d+$")
# A noun of data ending a name's long form: "Nordic Radiocarbon Archaeological Dates database"
_DATA_NOUN_END = re.compile(
    r"\b(?:datasets?|data\s+sets?|databases?|corpus|corpora|collection|archive|registry|biobank|cohort)$",
    re.IGNORECASE,
)
# A count of items ending a name: "BRIC-5k", "SolvRef-18k", "Polyglot-500"
_SIZE_END = re.compile(r"-\d+(?:\.\d+)?[kKmM]$")
# The paper reporting how it made a thing, as an instrument paper's title does (_DEVELOPED): "This study
# reports the development of the ... (PULSE) questionnaire", "We describe the design and initial
# evaluation of PULSE (...), a platform that ...".
_REPORTS_DEVELOPMENT = re.compile(
    rf"\b{_PAPER_SUBJECT}\s+(?:\w+\s+)?"
    r"(?:report|describe|present|detail|document)(?:s|d)?\s+the\s+"
    r"(?:development|derivation|design|construction|creation)\b[^:;.,()]{0,60}?\bof\s+(?:the\s+)?"
)
_INSTRUMENT_APPOSITION = re.compile(rf"\s*[,:]\s+an?\s+(?:[\w\-]+\s+){{0,4}}?(?:{_INSTRUMENT})s?\b")
_WE_RANDOMISED = re.compile(r"\bwe\s+(?:randomly\s+assigned|randomi[sz]ed)\b")
# A thing the paper names as it describes it: "A major QTL on chromosome 7, designated qRDW7.1, explained",
# "an iron-nitrogen-carbon catalyst, denoted FeNC-Z8", "the gradient cathode (hereafter GD-NCM90)". These
# verbs give a name, they do not recall one; the name is coined (a digit or a capital inside).
_DESIGNATED = re.compile(
    r"\b(?:designated|denoted|hereafter(?:\s+called|\s+referred\s+to\s+as)?)\s+(?:as\s+)?"
    r"([A-Za-z][\w\-\.\+]*[\w\+])"
)
# The name of what a paper made, in apposition after the object of its verb: ", the Dynamic Reward
# Integration in Foraging Task (DRIFT), in which ..."
_NAMED_IN_APPOSITION = re.compile(
    r"[^.;:()]{0,80}?,\s+the\s+((?:[A-Z][\w\-]*\s+(?:(?:of|for|in|on|and|the|to|with)\s+)*){1,8}?"
    r"[A-Z][\w\-]*)\s*\(([A-Z][A-Za-z0-9\-]{1,14})\)"
)
# What a paper's method gave, named with its acronym: "The resulting Oral anticoagulant Bleeding Risk
# Assessment score (OBRA-5; range 0-9)", "The final model (KINPOP-2)", "The resulting instrument, the Nursing
# Workload Acuity Tool (NWAT), was completed".
_RESULTING = re.compile(
    r"(?:The|This)\s+(?:resulting|final)\s+(?:[a-z]+,\s+(?:the\s+)?)?((?:[A-Za-z][\w\-]*\s+){1,10}?)"
    r"\(([A-Z][A-Za-z0-9\-]{1,14})[;,)]"
)
# or in apposition: "The resulting model, HALO-2, was trained on ...", "The resulting lexicon, named
# BrewLex, ..."
_RESULTING_NAMED = re.compile(
    r"(?:The|This)\s+(?:resulting|final)\s+[a-z]+(?:\s+[a-z]+)?,\s+(?:(?:named|called)\s+)?([A-Z][\w\-.]+),"
    # or before the noun: "The resulting IRISK-7 score (range, 0 to 11) had ..."
    r"|(?:The|This)\s+(?:resulting|final)\s+([A-Z][\w\-.]+)\s+"
    r"(?:score|index|scale|rule|model|tool|classifier|questionnaire|instrument|nomogram)\b"
    # or a collection named in capitals, its noun ending the name: "The resulting Lampscreen Oral History
    # Collection, named after the lamp-lit screen ..., holds 410 hours of audio"
    r"|(?:The|This)\s+resulting\s+((?:[A-Z][\w\-]*\s+){1,5}(?:Collection|Corpus|Archive|Database|Dataset|"
    r"Cohort|Survey|Panel|Registry|Register|Library|Inventory|Catalogue))\b"
)
# A survey the paper's authors carried out, named in capitals, its noun ending the name: "Between 2008 and
# 2010 we carried out the Hexi Corridor Rammed-Earth Wall Survey (HCRWS), a systematic field inventory"
_CONDUCTED = re.compile(
    r"\b[Ww]e\s+(?:(?:first|then|also|jointly)\s+)?(?:conducted|carried\s+out|undertook|fielded)\s+the\s+"
    r"((?:[A-Z][\w\-]*\s+(?:(?:of|for|in|on|and|the)\s+)*){1,8}?(?:Survey|Census|Inventory|Campaign|Audit))"
    r"(?:\s*\(([A-Z][A-Za-z0-9\-]{1,14})\))?"
)
_CONDUCTED_WORDS = ("conducted", "carried out", "undertook", "fielded")
# A trial's report titled by its trial: "...: the SALT-HF randomised controlled trial", "...: the
# VITAL-D pragmatic trial", "...: the MAMA-Link cluster randomised trial", "...: Main Results of the
# KEYSTONE Randomised Trial".
# A title giving the design or the primary results of a study a paper presents: "Rationale, design and
# baseline characteristics of the TESSERA registry of ...", "...: protocol and baseline data of the TESSERA
# cluster-randomised trial", "...: primary outcomes of the HARBOR randomized controlled trial" (a coined
# name in capitals; the study's data, as a trial's report is)
_DESIGN_WORDS = (
    # (in sentence case or in Title Case: "Design and First Results of the MERIDIAN-HF Registry")
    r"(?i:rationale|design|(?:study\s+)?protocol|baseline\s+(?:data|characteristics)|"
    r"(?:primary|main|initial|first|first-year|one-year)\s+(?:outcomes?|results?))"
    # (and what follows it: "design and first-year outcomes of the OSTRA cohort")
    r"(?i:(?:,\s*|\s+and\s+|,\s+and\s+)(?:rationale|design|(?:study\s+)?protocol|methods|recruitment|"
    r"baseline\s+(?:data|characteristics)|(?:first|initial|first-year|one-year)\s+(?:results|outcomes)))*"
    r"\s+(?i:of|for|from)\s+(?i:the\s+)?"
    # (or with what it is set off by a comma: "Design and baseline characteristics of HALO-HF, a prospective
    # multicentre cohort of patients")
    r"(?:([A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*),?\s+(?:[\w\-]+\s+){0,3}?(?i:registry|trial|cohort|study)\b"
    # (or by its long form, which its acronym after it abbreviates: "Design, recruitment and baseline
    # characteristics of the Tasman Infant Allergy Cohort (TIAC), a population-based birth cohort")
    r"|((?:[A-Z][\w\-']*\s+(?:(?:of|for|and|in|on|the)\s+)?){1,8}"
    r"(?:Cohort|Study|Registry|Register|Trial|Biobank|Survey|Panel))\s*\(([A-Z][\w\-]{1,15})\)"
    # (or by its long form and acronym before what it is: "the design of the Biometry In Routine Care of
    # Healthy pregnancies (BIRCH) cohort")
    r"|([A-Z][\w\-']*(?:\s+[\w\-']+){0,9}?)\s*\(([A-Z][\w\-]{1,15})\)\s+"
    r"(?i:registry|trial|cohort|study|biobank|survey|panel)\b)"
)
_DESIGN_TITLE = re.compile(r"(?:^|:\s*)" + _DESIGN_WORDS)
# (or the abstract's aim: "Objective: To describe the design of the Biometry In Routine Care of Healthy
# pregnancies (BIRCH) cohort and to construct ...", "We describe the rationale and design of the ... trial")
_DESCRIBES_DESIGN = re.compile(r"\b(?:[Tt]o|[Ww]e)\s+describe\s+the\s+" + _DESIGN_WORDS)
_TITLED_TRIAL = re.compile(
    # (results of any span or kind, of a trial a word or two may go before: "two-year results of the
    # multicentre SUNRISE randomised trial")
    r":\s*(?:(?:[\w\-]+\s+)?[Rr]esults\s+(?:of|from)\s+)?(?:[Tt]he\s+)?"
    r"(?:(?:multicentre|multicenter|international|multinational|national|pragmatic|prospective)\s+)?"
    r"([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+|[A-Z]{2,}[0-9]*(?:-[A-Z][a-z]+)+|[A-Z]{3,}[0-9]*)\s+"
    r"(?i:(?:multicentre|multicenter|"
    r"double-blind|open-label|pragmatic|pilot|cluster|cluster-randomi[sz]ed|randomi[sz]ed|controlled|"
    r"phase\s+\w+|non-inferiority|placebo-controlled),?\s+){0,4}(?i:trial|survey)\b"
)
# A trial's report says what its trial was, as a structured abstract's methods open: "Methods: CORVUS-2
# was a multicentre, single-arm, phase 2 trial at 11 centres", "MERIDIAN (Multicentre Evaluation of ...)
# was a double-blind trial". A secondary analysis says so too of the trial it draws on, and says what it
# is: "In this prespecified exploratory analysis of the phase 2 CORVUS-2 trial".
_TRIAL_WAS = re.compile(
    # (a journal's heading too: "Design, Setting, and Participants: HALYARD was a pragmatic, open-label
    # randomized clinical trial at 12 hospitals")
    r"(?:(?:Methods?|Design|Study design|Design and setting|"
    r"Design,\s+[Ss]etting,?\s+and\s+[Pp]articipants)\s*:\s*)?"
    r"([A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*)(?:\s*\(([^()]{5,160})\))?\s+(?:was|is)\s+an?\s+"
    r"(?:[\w\-]+,?\s+){0,8}?trial\b"
)
_REPORTED_OF_ANOTHER = re.compile(
    r"\b(?:secondary|post[ -]hoc|exploratory|ancillary|pooled|follow-up|extension|long-term)\s+"
    r"(?:\w+\s+)?(?:analys[ie]s|study)\b|\bsub-?stud(?:y|ies)\b",
    re.IGNORECASE,
)
# Nouns a name of a method or dataset is followed by ("Sophia optimizer", "the ImageNet dataset").
_NAMING_NOUN = re.compile(
    r"\s+(?:method|model|framework|algorithm|system|approach|benchmark|dataset|architecture|library|"
    r"optimizer|optimiser|technique|procedure|schedule|network|toolkit|package|corpus|project|"
    r"mechanism|layer|module|index|score|scale|tool|estimator|prior|sampler|solver|heuristic|protocol|"
    r"questionnaire|inventory|catalogue|catalog|process|test|panel|battery|assay|platform|pipeline|task|"
    r"paradigm|instrument|simulator|classifier|programme|program|intervention|database|survey|cohort|"
    # (and of an instrument made: "We developed the Kibanda trap, a low-cost tent-style trap")
    r"trap|device|sensor|kit|"
    r"registry|archive|collection)s?\b"
)
# the nouns of a data collection set up to study people or things, and how a paper says it set one up and why
_UNDERTAKING_NOUN = re.compile(r"(?:cohort|survey|registry|panel)s?")
_SET_UP_BEFORE = re.compile(r"\b(?:established|set\s+up|assembled|launched|founded)\s+(?:the\s+)?$")
_GATHERED_NOUN = re.compile(r"(?:corpus|corpora|dataset|database|collection|archive)")
_GATHERED_BEFORE = re.compile(r"\b(?:assembled|compiled|collected|gathered)\s+(?:the\s+)?$")
_SOURCES_AFTER = re.compile(r"\s+from\s+(?!the\s+[A-Z])")
_PURPOSE_AFTER = re.compile(
    r"\s+to\s+(?:describe|study|examine|investigate|assess|monitor|follow|track|measure|characteri[sz]e)\b"
)
_MODIFIED_NAMING_NOUN = re.compile(
    r"\s+[a-z]+" + _NAMING_NOUN.pattern.replace(r"collection)s?", r"collection|series)s?")
)
_NEW_ONE_AFTER = re.compile(r"\s*,\s+an?\s+(?:new|novel)\b")
# ... and what the paper then says it is: "We propose the Ridgeline prior, a scale mixture of normals"
# names the prior it proposes, as "the Kaplan-Meier estimator" used would not be defined; or how it works:
# "We introduce the Tether model, in which the death rates of each country are modelled as ..."; or what
# it holds: "We assembled the Kestrel corpus, 2,412,580 games played between 312 chess engines", "We
# built the Harrow panel, comprising ..."
# (or where its name came from: "We propose the Quillan index, named after the Languedoc parish series")
_DEFINED_AFTER = re.compile(
    r"\s*,\s+(?:an?\s|in\s+which\b|whereby\b|comprising\b|containing\b|consisting\s+of\b|"
    r"(?:named|called)\s+after\b|"
    r"\d[\d,.]*\s+(?:million\s+|thousand\s+|billion\s+)?[a-z]{3,})"
)
# Nouns saying the name before them is what is extended ("NBGrader extensions", "a LoRA variant").
_EXTENDING_NOUN = re.compile(r"\s+(?:extensions?|plug-?ins?|add-?ons?|variants?|wrappers?|forks?|ports?)\b")
_ACRONYM_DEF = re.compile(r"\(([A-Z][\w\-\+]{0,14}[A-Za-z0-9\+])\)")
_FIGURE_BEFORE = re.compile(r"[\d%]\s?$")
# (after what a paper makes, or a coined name opening in lowercase that its long form spells: "We propose
# dynamic Lattice (dLattice), which extends the Lattice ... estimator")
_MADE_ACRONYM_DEF = re.compile(r"\(((?:[A-Z]|[a-z]{1,3}(?=[A-Z]))[\w\-\+]{0,14}[A-Za-z0-9\+])\)")
# A title leading with a named study and giving its design: "The Ravenna Memory Cohort: design, baseline
# characteristics and ...", "The Lakeshore Twin Registry (LTR): rationale and methods" (what
# _DESIGN_TITLE reads after the words of design, the name first)
# (or any long form its acronym follows: "The Catalan Longitudinal Database of Early Rheumatoid Arthritis
# (CALDERA): design, baseline characteristics and ...")
# (or closing it with the study's first findings: "Prevalence and correlates of hearing loss in older New
# Zealanders: baseline findings of the Tasman Ageing and Hearing Study")
# (or opening the title, what it is after a colon: "Design and baseline characteristics of the Jiangnan Birth
# and Glucose Study: a prospective pregnancy cohort in Wuxi and Suzhou, China")
_BASELINE_OF = re.compile(
    r"(?:^\s*|:\s+)(?:[Dd]esign\s+and\s+)?[Bb]aseline\s+(?:findings|results|characteristics|data)\s+"
    r"(?:of|from)\s+(?:the\s+)?((?:[A-Z][\w\-']*\s+(?:(?:and|of|for|in|on)\s+)?){1,8}"
    r"(?:Study|Cohort|Survey|Registry|Register|Panel|Biobank))\s*(?:\(([A-Z][\w\-]*)\))?\s*(?::|$)"
)
_DESIGN_LEAD = re.compile(
    r"^\s*(?:[Tt]he\s+)?((?:[A-Z][\w\-']*\s+){1,4}"
    r"(?:Cohort|Study|Registry|Register|Trial|Biobank|Survey|Panel)"
    # (its words joined as a name's are: "Motor Recovery after Stroke (MoRSe): design and baseline ...")
    r"|[A-Z][\w\-']*(?:\s+(?:[A-Z][\w\-']*|of|for|and|in|on|the|after|with|at|among)){1,9}(?=\s*\([A-Z]))"
    r"\s*(?:\(([A-Z][\w\-]*)\))?\s*:\s*(?:[Rr]ationale|[Dd]esign|(?:[Ss]tudy\s+)?[Pp]rotocol|[Bb]aseline|"
    r"[Mm]ethods|[Aa]ims|[Rr]ecruitment)\b"
)
# A trial's report, titled as trials' reports are, names the trial by the acronym in brackets before its kind:
# "TEIS-guided household contact investigation in Lusaka, Zambia (DOORSTEP): a pragmatic cluster-randomised
# trial" (not a later analysis of one: "...: a secondary analysis of a randomised trial")
_TRIAL_TITLE = re.compile(
    r"\(([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)\)\s*:\s+an?\s+"
    r"(?!(?:[\w\-]+\s+){0,3}?(?:analysis|analyses|review|substudy|sub-study|follow-up|extension)\b)"
    r"(?:[\w\-]+\s+){0,4}?trial\s*$"
)
_TITLE_DEFINES = re.compile(
    r"^\s*(?:An?|The)\s+(?:[a-z][\w\-]*\s+){0,3}"
    r"((?:[A-Z][\w\-]*\s+(?:(?:and|of|for|in|on)\s+)?){1,8}?[A-Z][\w\-]*)\s*\(([A-Z][\w\-]{1,15})\)"
)
_MAKING_VERB = (
    r"(?:developed|derived|designed|constructed|created|built|devised|propose|proposed|present|presented)"
)
# (its acronym may follow: "The Norrland Progressive Damage Benchmark (NPDB): vibration data from ...")
# (or what its acronym stands for: "The VANE survey (Vault Acetate and Nitrate Evaluation): condition of ...")
# (or a long form too long to be a name alone, before its acronym: "Memory And Goal-Planning Intervention for
# Everyday caregiving (MAGPIE): a pragmatic randomised controlled trial of ...")
_TITLE_LEAD = re.compile(
    r"^\s*([^:\n]{1,48}?(?:\s*\([A-Z][A-Za-z0-9\-]{1,14}\)|\s*\([A-Z][^():\n]{3,80}\))?"
    r"|[^:\n()]{49,110}?\s*\([A-Z][A-Za-z0-9\-]{1,14}\))\s*:\s"
)
_ACRONYM_ENDS = re.compile(r"\s*\(([A-Z][A-Za-z0-9\-]{1,14})\)$")
_SPELT_ENDS = re.compile(r"\s*\(([A-Z][^()]{3,80})\)$")
# a version spelt in words at a title's lead: "SettleGrid-100 version 2: expanded coverage of ..."
_WORDED_VERSION = re.compile(r"(.+?)\s+[Vv]ersion\s+(\d+(?:\.\d+)*)")
_ACRONYM_SHAPE = re.compile(r"(?=[\w\-]{2,15}$)[A-Z][a-z0-9\-]*[A-Z][\w\-]*")
# (what medicine and the social sciences make and name so: a score, a rule, a registry, a cohort)
_TITLE_NAMED_KIND = re.compile(
    r"The\s+(\S+)\s+(score|rule|registry|cohort|index|scale|classifier|model|tool|biobank|network|"
    r"questionnaire|inventory|programme|program|intervention|protocol|app|survey|trial|study|test)"
)
# (or what a data journal's paper presents: "This data paper presents RIPPLE, the Regional Inventory of ...")
_DATASET_CUE = re.compile(
    r"\b(?:dataset|datasets|benchmark|benchmarks|corpus|test suite|suite of tasks|test collection|"
    r"data (?:paper|descriptor|article|note))\b",
    re.I,
)
_STOP_PREPOSITIONS = frozenset(
    [
        "for",
        "on",
        "to",
        "with",
        "from",
        "in",
        "by",
        "via",
        "using",
        "based",
        "over",
        "against",
        "under",
        "into",
    ]
)
# Verbs of using, after which a name in the phrase of what a paper made is another's
_USING = frozenset(
    ["uses", "use", "employs", "employ", "exploits", "exploit", "leverages", "leverage", "relies"]
)
# Capitalised function words that end a name ("... LLaMA In ...").
_SENTENCE_WORDS = frozenset(
    [
        "A",
        "An",
        "The",
        "This",
        "That",
        "These",
        "Those",
        "Our",
        "We",
        "It",
        "Its",
        "In",
        "On",
        "For",
        "To",
        "Of",
        "With",
        "And",
        "Or",
        "But",
        "As",
        "At",
        "By",
    ]
)
# Capitalised words that open a phrase but are not names.
_NOT_NAMES = _SENTENCE_WORDS | frozenset(
    [
        "From",
        "Here",
        "There",
        "Large",
        "Small",
        "New",
        "Novel",
        "First",
        "Simple",
        "Efficient",
        "Two",
        "Three",
        "Several",
        "Many",
        "Some",
        "Each",
        "Every",
        "All",
        "One",
        "Such",
        "Towards",
        "Toward",
        "Beyond",
        "Rethinking",
        "Revisiting",
        "Understanding",
        "Improving",
        "Learning",
        "Training",
        "Scaling",
        "On",
        "Deep",
        "Neural",
        "Language",
        "Model",
        "Models",
        "Method",
        "Methods",
        "Framework",
        "Approach",
        "Paper",
        "Work",
        "Study",
        "Fast",
        "Better",
        "Accelerating",
        "Efficiently",
        "Exploring",
        "Studying",
        "Analyzing",
        "Making",
        "Using",
        "When",
        "Why",
        "How",
        "What",
        "Which",
        "Who",
        "Self",
        "Multi",
        "Pre",
        "Non",
        "Cross",
        "Data",
        "Text",
        "Image",
        "Video",
        "Human",
        "Generalist",
        "General",
        "Unified",
        "Adaptive",
        "Dynamic",
        "Global",
        "Local",
        "Optimal",
        "Robust",
        "Scalable",
        "Practical",
        "Theoretical",
        "Empirical",
        "Towards",
        "Random",
        "Sparse",
        "Dense",
        "Second",
        "Third",
        "Zero",
        "Micro",
        "Meta",
        "Mixed",
        "Low",
        "High",
        "Stochastic",
        "Hard",
        "Soft",
        "Semi",
    ]
)


# --- what a name is not ----------------------------------------------------------
#
# A name is a coined word, a proper name, an acronym a paper defines for its own contribution.
# The rules below reject what looks like a name only by its capitals: the modifier of a noun
# phrase, an adjective of nationality or of a person's name, an acronym of a task or field.

# "HMM-based", "Firefly-inspired", "Phrase-Based", "CRFs-based": a compound adjective, not a name.
_MODIFIER_SUFFIX = re.compile(
    r"-(?:based|inspired|driven|like|style|aware|guided|free|oriented|centric|specific|level|"
    r"dependent|independent|enhanced|augmented|assisted|type|induced|mediated|derived|related|"
    r"bridged|catalyzed|catalysed|selective|doped|powered|motivated|informed|constrained|"
    r"regularized|regularised|conditioned|only|wise|scale|sized|language|speaking)$",
    re.IGNORECASE,
)
# Adjectives of languages, nationalities and of people's names end so: "Chinese", "English",
# "Bayesian", "Gaussian", "Japanese", "Turkish". A coined name almost never does. Those in "-ish" are a
# closed set of peoples', listed: other words so ending are nouns and names ("the Hamish corpus" of marginal
# notes, a parish, a radish)
_ADJECTIVE_ENDING = re.compile(
    r"^(?:[A-Z][a-z]+(?:ese|ian|ean|ic)|(?:Engl|Span|Pol|Turk|Dan|Swed|Finn|Ir|Scott|Brit|Kurd|Flem|Jew|Corn|"
    r"Am|Moor|Frank|Gaul|Pict|Yidd|Kent|Wend|Lett)ish)$"
)
_LANGUAGE_PAIR = re.compile(r"([A-Z][a-z]+)[\-\u2013]([A-Z][a-z]+)")
_COMPASS_WORDS = frozenset(
    ["North", "South", "East", "West", "Central", "Northeast", "Northwest", "Southeast", "Southwest",
     "Middle", "Sub-Saharan", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower"]
)  # fmt: skip
# Languages and nationalities the endings above do not catch; the list is closed and general
# (it names no method), and a language is never a method a paper introduces.
_LANGUAGES = frozenset(
    ["German", "Greek", "Dutch", "French", "Thai", "Hindi", "Urdu", "Korean", "Arabic", "Hebrew", "Czech", "Latin", "Swahili", "Tamil", "Telugu", "Farsi", "Mandarin", "Cantonese", "Basque", "Catalan", "Welsh", "Maori", "Zulu", "Yoruba", "Igbo", "Hausa", "Amharic", "Tagalog", "Filipino", "Malay", "Khmer", "Lao", "Burmese", "Tibetan", "Uyghur", "Mongolian", "Kazakh", "Uzbek", "Pashto", "Kurdish", "Sindhi", "Marathi", "Gujarati", "Punjabi", "Kannada", "Malayalam", "Odia", "Sinhala", "Nepali", "Bengali", "Russian", "Italian", "Indonesian", "Korean", "American", "African", "European", "Asian", "Indian", "Mexican", "Brazilian", "Canadian", "Australian", "Egyptian", "Iranian", "Persian", "Western", "Eastern", "Northern", "Southern", "Multilingual", "Monolingual", "Bilingual", "Crosslingual",
     "Norse", "Sanskrit", "Pali", "Prakrit", "Syriac", "Occitan", "Gascon", "Saxon", "Breton", "Manx",
     "Romani",
     # and the stages a language is named by: "Old Norse", "Middle English", "Classical Chinese"
     "Old", "Middle", "Classical", "Ancient", "Medieval", "Archaic", "Vernacular", "Literary"]
)
# Nouns after which an acronym's long form names a task or a field, not a method:
# "named entity recognition (NER)", "machine translation (MT)", "information retrieval (IR)".
_TASK_NOUN = re.compile(
    r"(?:recognition|translation|answering|retrieval|disambiguation|segmentation|parsing|tagging|"
    r"labell?ing|summari[sz]ation|extraction|classification|categori[sz]ation|detection|"
    r"understanding|processing|resolution|entailment|linking|induction|mining|correction|"
    r"acquisition|identification|simplification|vision|intelligence|linguistics|"
    r"science)s?$",
    re.IGNORECASE,
)
# Acronyms of tasks and fields often written bare, without a long form to read the task noun in
# (the rule above needs one). No rule can tell "NER" from a method's acronym without its long
# form, so these few stay listed here; each is a task or a field, never a method.
_FIELD_ACRONYMS = frozenset(
    ["NLP", "NLG", "NLU", "NLI", "NER", "MT", "SMT", "NMT", "QA", "IR", "IE", "ASR", "TTS", "WSD", "POS", "SRL", "OCR", "CWS", "CV", "ML", "AI", "KG", "RE", "ED", "MRC", "ABSA", "TC"]
)
# Function words after which a capitalised word heads its own phrase (so it may be a name).
_PHRASE_STOPS = frozenset(
    ["that", "which", "who", "whose", "where", "when", "while", "and", "or", "but", "for", "to", "with", "in", "on", "of", "is", "are", "was", "were", "by", "from", "as", "at", "into", "onto", "than", "using", "via", "based", "called", "named", "dubbed", "termed", "the", "a", "an", "this", "these", "those", "its", "their", "our", "it", "we", "they", "has", "have", "had", "can", "could", "will", "would", "should", "may", "might", "must", "also", "not"]
)


def is_task_acronym(name: str, long_forms: Iterable[str] = ()) -> bool:
    """Return True if ``name`` is the acronym of a task or field (NER, MT, QA), not of a method.

    Parameters
    ----------
    name
        A candidate name.
    long_forms
        What the text spells the acronym out as, if anything.

    Returns
    -------
    bool
        True when a long form ends in a task noun ("recognition",
        "translation", "retrieval", ...), or, without one, when the acronym is
        one of the few task and field acronyms usually written bare.

    Examples
    --------
    >>> is_task_acronym("NER", ["named entity recognition"])
    True
    >>> is_task_acronym("HMM", ["Hidden Markov Model"])
    False
    """
    letters = name.rstrip("s")
    if not (2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()):
        return False
    forms = [f for f in long_forms if f and f.strip()]
    if forms:
        return any(_TASK_NOUN.search(f.strip(" ,.;:")) for f in forms)
    return letters in _FIELD_ACRONYMS


# Programming languages: what a program or its data is written in, never the name of one ("Java
# benchmarks", "Python projects", as "English corpora").
_PROGRAMMING_LANGUAGES = frozenset(
    ["Java", "Python", "JavaScript", "TypeScript", "Kotlin", "Scala", "Haskell", "Ruby", "Perl", "PHP",
     "Fortran", "MATLAB", "Solidity", "Verilog", "C++", "C#", "OCaml", "Erlang", "Elixir", "Clojure", "COBOL",
     "Prolog", "Go", "Rust", "Julia", "Lua", "Dart"]
)  # fmt: skip


_MEASURE_JOINED = re.compile(r"\d[\d.,]*-[a-z]+")


def name_rejection(name: str) -> str | None:
    """Return why ``name`` is not a name a paper could introduce, or None if it may be one.

    Parameters
    ----------
    name
        A candidate name, as written.

    Returns
    -------
    str or None
        ``"modifier"`` for a compound adjective ("HMM-based", "Firefly-inspired"),
        ``"adjective"`` for a language, nationality or adjective of a person's
        name ("Chinese", "Bayesian"), ``"task"`` for the acronym of a task or
        field written bare ("NER", "MT"), else None.

    Examples
    --------
    >>> name_rejection("SVM-based")
    'modifier'
    >>> name_rejection("Chinese")
    'adjective'
    >>> name_rejection("North American")
    'adjective'
    >>> name_rejection("English\u2013German"), name_rejection("En\u2013De")
    ('adjective', 'adjective')
    >>> name_rejection("Espresso") is None
    True
    >>> name_rejection("8.5-m"), name_rejection("T5-base") is None
    ('modifier', True)
    """
    tokens = name.split()
    if not tokens:
        return None
    # a name that ends in a compound adjective modifies what follows it ("an HMM-based tagger");
    # inside a longer name the adjective is part of it ("Retrieval-Augmented Generation")
    if _MODIFIER_SUFFIX.search(tokens[-1]):
        return "modifier"
    # and so is a measure joined to its unit ("we designed 8.5-m diameter monopiles", "a 3-year follow-up")
    if len(tokens) == 1 and _MEASURE_JOINED.fullmatch(name):
        return "modifier"
    # (after a point of the compass: "North American databases", "South African cohorts", "East Asian")
    nationality = [t for t in tokens if t not in _COMPASS_WORDS] if len(tokens) > 1 else tokens
    if name in _PROGRAMMING_LANGUAGES or (
        nationality and all(_ADJECTIVE_ENDING.match(t) or t in _LANGUAGES for t in nationality)
    ):
        return "adjective"
    # (or a pair of languages, a direction of translation: "the English–German direction", "En–De")
    pair = _LANGUAGE_PAIR.fullmatch(name)
    if pair is not None and all(
        _ADJECTIVE_ENDING.match(p) or p in _LANGUAGES or len(p) == 2 for p in pair.groups()
    ) and (len(pair.group(1)) == 2) == (len(pair.group(2)) == 2):
        return "adjective"
    if len(tokens) == 1 and is_task_acronym(tokens[0]):
        return "task"
    return None


def _modifier_here(text: str, end: int) -> bool:
    """Return True if a lowercase noun follows ``end``: the name before it modifies that noun."""
    m = _LOWER_AFTER.match(text[end : end + 40])
    return m is not None and m.group(1) not in _PHRASE_STOPS


def _looks_like_name(name: str, *, alone: bool, rejected: list[tuple[str, str]] | None = None) -> bool:
    tokens = name.split()
    if not tokens or not any(ch.isalpha() for ch in name) or _LETTERS_DIGITS.search(name):
        return False
    why = name_rejection(name)
    if why is not None:
        if rejected is not None:
            rejected.append((name, why))
        return False
    head = tokens[0]
    if len(tokens) == 1:
        if head in _NOT_NAMES or len(head) < 2:
            return False
        parts = head.split("-")
        if len(parts) > 1 and parts[0] in _NOT_NAMES and all(p[1:].islower() for p in parts if p):
            return False
        inner_caps = sum(ch.isupper() for ch in head[1:])
        distinctive = inner_caps > 0 or any(ch.isdigit() for ch in head) or "-" in head or "+" in head
        return distinctive or (alone and head[0].isupper())
    if all(t in _NOT_NAMES for t in tokens):
        return False
    return all(t[0].isupper() or t[0].isdigit() or _VERSION_WORD.fullmatch(t) for t in tokens)


def _developed(
    title: str, start: int, rejected: list[tuple[str, str]] | None, abstract: str = ""
) -> list[Introduced]:
    """Return the instrument a title of :data:`_DEVELOPED` names at ``start``, if it says it is one: an
    acronym after it, in the title or where ``abstract`` writes the name ("the Interruption Burden Scale
    (IBS)"), or an apposition saying what it is.

    Examples
    --------
    >>> [i.name for i in _developed("Derivation of SEPSIGN-5, a five-item bedside score", 14, None)]
    ['SEPSIGN-5']
    >>> [(i.name, i.aliases) for i in _developed("Development of the Digital Agency Scale (DAS)", 19, None)]
    [('DAS', ['Digital Agency Scale'])]
    >>> _developed("Development of Acute Kidney Injury (AKI) after Surgery", 15, None)
    []
    >>> title = "Development of the Self-Efficacy for Exercise scale (SEE)"
    >>> [(i.name, i.aliases) for i in _developed(title, 19, None)]
    [('SEE', ['Self-Efficacy for Exercise scale'])]
    >>> title = "Development of the 12-item Hesitancy in Caregivers scale (HC-12)"
    >>> [(i.name, i.aliases) for i in _developed(title, 19, None)]
    [('HC-12', ['Hesitancy in Caregivers scale'])]
    """
    # a long form with words of "for" or "of", then its noun in lowercase and its acronym: "Development and
    # validation of the Self-Efficacy for Pelvic Floor Exercise scale (SEPFE-12)"
    spelt = _LONG_FORM_NOUN.match(title, start)
    if spelt is not None:
        words, noun, short = spelt.group(1).strip(), spelt.group(2), spelt.group(3)
        # (its number of items no letter of the long form: "SEPFE-12")
        letters = re.sub(r"-?\d+$", "", short)
        if len(letters) >= 2 and (abbreviates(letters, words) or abbreviates(letters, f"{words} {noun}")):
            return [Introduced(short, "method", title.strip(), [f"{words} {noun}"], "developed")]
    name, end = _name_from(title, start)
    if not name:
        return []
    name, acronym = _name_and_acronym(title, start, name, end)
    # past the brackets after the name ("(BTI-30)", "(Population-level ... Early-warning)") to what follows
    bracket = _BRACKET_AFTER.match(title, start + len(name))
    end = bracket.end() if bracket is not None else end
    if acronym is None and abstract:
        where = abstract.find(f"{name} (")
        acronym = _acronym_after(abstract, where + len(name)) if where >= 0 else None
    # the name's last word says what it is, a version after it ("Inventory-30"), or the noun after its
    # acronym does ("the ... Self-Efficacy (PULSE) questionnaire")
    # (or its last such word, the words after it saying whom or what it is for: "the Perceived Workload
    # Intensity Scale for Nurses (PWIS-N)")
    words = name.split()
    heads = [i for i, w in enumerate(words) if _INSTRUMENT_NAME_END.fullmatch(_VERSION_END.sub("", w))]
    headed = bool(heads) and (heads[-1] == len(words) - 1 or words[heads[-1] + 1] in ("for", "of"))
    if acronym is not None and (headed or (bracket is not None and _INSTRUMENT_NEXT.match(title, end))):
        return [Introduced(acronym, "method", title.strip(), [name], "developed")]
    # "the PULSE Questionnaire": an acronym, then the noun of what it names (in a title in sentence case
    # too: "development and validation of the PULSE scale")
    acronym_first = len(words[0]) >= 3 and words[0].isalpha() and words[0].isupper()
    if acronym is None and acronym_first and len(words) == 2 and _INSTRUMENT_NAME_END.fullmatch(words[1]):
        return [Introduced(words[0], "method", title.strip(), [name], "developed")]
    alone = acronym is None and acronym_first and len(words) == 1
    noun = _INSTRUMENT_NEXT.match(title, end) if alone else None
    if noun is not None and noun.group(0).strip().islower():
        alias = f"{name} {noun.group(0).strip()}"
        return [Introduced(words[0], "method", title.strip(), [alias], "developed")]
    apposition = _INSTRUMENT_APPOSITION.match(title, end)
    if apposition is None or not _looks_like_name(name, alone=True, rejected=rejected):
        return []
    kind = "dataset" if apposition.group(0).rstrip().lower().endswith(("dataset", "database")) else "method"
    return [Introduced(name, kind, title.strip(), [], "developed")]


# A resource paper describing what it made, as its title names it: "This paper describes the Tarn Ridge
# Microseismic Catalogue (TRMC), comprising 48,312 events" under "The Tarn Ridge Microseismic Catalogue:
# five years of ...", "We describe the design and first-year results of the Lake Victoria Artisanal Catch
# Survey (LVACS), a stratified two-stage survey". A paper describing what another made ("This paper
# describes ChatGPT, a large language model") does not title itself by it.
_DESCRIBES = re.compile(
    # (or an objective's "To introduce the Meridian Retinal Image Set (MRIS), a public reference collection")
    rf"\b(?:{_PAPER_SUBJECT}\s+(?:\w+\s+)?(?:describe[sd]?|details|documents)|[Tt]o\s+describe|"
    r"[Tt]o\s+(?:introduce|present))\s+"
    r"(?:the\s+(?:design|development|construction|creation|contents?)\b[^:;.,()]{0,60}?\bof\s+)?"
    r"(?:the\s+)?(?=[A-Z])"
)
_DESCRIBED_AS = re.compile(
    # (past the noun saying what it is: "the Mara One Health Linked Surveillance (MOHLS) dataset,
    # generated by")
    r"(?:\s+(dataset|database|cohort|registry|corpus|study|survey|trial|biobank|repository|archive|"
    r"platform|model|tool|system|framework|score|index|scale|questionnaire|instrument|protocol|network|"
    r"method|algorithm|program|library|package|benchmark|collection|compilation|catalogue|atlas|panel))?"
    # (and its long form after the noun: "the KESTREL benchmark (Kinetics Experiments for ...), a set of")
    r"(?:\s*\([^()]{1,160}\))?"
    r"\s*,\s+(?:an?|comprising|containing|which|that|generated|collected|compiled|built|created|assembled)\s"
)


def _presented_passive(title: str, sentence: str, rejected: list[tuple[str, str]] | None) -> list[Introduced]:
    """Return the thing ``sentence`` presents in the passive (:data:`_PRESENTED_AFTER`), if it is a name.

    Examples
    --------
    >>> s = "Harrow, a program for automated indexing of multi-lattice images, is described."
    >>> [(i.name, i.kind) for i in _presented_passive("", s, None)]
    [('Harrow', 'method')]
    >>> s = "A dynamical refinement method, Quillon, has been developed in which intensities are computed."
    >>> [i.name for i in _presented_passive("", s, None)]
    ['Quillon']
    >>> [i.name for i in _presented_passive("", "A network solver named Meridian has been developed.", None)]
    ['Meridian']
    >>> s = "Meridian, a library of restraints for framework refinement, is described."
    >>> [i.name for i in _presented_passive("", s, None)]
    ['Meridian']
    >>> _presented_passive("", "Bayesian is described.", None)
    []
    >>> [(i.name, i.kind) for i in _presented_passive("", "The Lantern study is described, a cohort.", None)]
    [('Lantern', 'dataset')]
    >>> s = "A detrending approach, termed age-banded adaptive detrending (ABAD), is described."
    >>> [(i.name, i.aliases) for i in _presented_passive("", s, None)]
    [('ABAD', ['age-banded adaptive detrending'])]
    >>> [i.name for i in _presented_passive("", "A method, termed HairScan, is described in which", None)]
    ['HairScan']
    >>> s = "A three-port isolated DC\u2013DC converter, named TRIDENT (TRIple-port ...), is proposed to"
    >>> [i.name for i in _presented_passive("", s, None)]
    ['TRIDENT']
    >>> s = "A prospective multicentre registry, named Keystone, was therefore established in January 2008."
    >>> [(i.name, i.kind) for i in _presented_passive("", s, None)]
    [('Keystone', 'dataset')]
    >>> [i.name for i in _presented_passive("", "Version 2.0 of the TRACE engine is presented.", None)]
    ['TRACE 2.0']
    >>> _presented_passive("", "TensorFlow has been developed by Google as a general library.", None)
    []
    >>> _presented_passive("", "The Kalman filter has been developed for linear systems.", None)
    []
    """
    label = _SECTION_LABEL.match(sentence)
    if label is not None:
        sentence = sentence[label.end() :]
    lead = _NEW_THING_LEAD.match(sentence)
    defined = _DEFINED_LEAD.match(sentence) if lead is None else None
    version = _VERSION_PRESENTED.match(sentence) if lead is None and defined is None else None
    long_form = ""
    if defined is not None:
        name, end = defined.group(3), defined.end()
        long_form = _spelt_by(defined.group(2), name) or ""
        # (or an acronym coined of letters inside its words, as no kind's initials are: "A closed-form
        # nonlinear interference estimator (CLONIE) is derived")
        coined = sum(ch.isalpha() for ch in name) > len(long_form.split()) + 1
        spelt_as_name = (
            defined.group("new") or coined or all(w[0].isupper() for w in long_form.split() if len(w) > 3)
        )
        after = _NEW_THING_AFTER.match(sentence, end) if long_form and spelt_as_name else None
        if after is None:
            return []
    elif lead is not None:
        # (read on past "and" to its acronym: "A low-cost bedside system, the Ventricular Entry Navigation and
        # Trajectory Registration Algorithm (VENTRA), is described")
        name, end = _name_to_acronym(sentence, lead.end())
        spelt = _SPELT_LOWER.match(sentence, lead.end()) if not name and lead.group("called") else None
        if spelt is not None and abbreviates(spelt.group(2), spelt.group(1)):
            name, long_form, end = spelt.group(2), spelt.group(1), spelt.end()
        after = _NEW_THING_AFTER.match(sentence, end) if name else None
        # (made then: by the paper where it is new or the sentence names it, "A prospective multicentre
        # registry, named Keystone, was therefore established")
        if after is None or (after.group("then") and not (lead.group("new") or lead.group("called"))):
            return []
    elif version is not None:
        name, end = _name_from(sentence, version.end())
        after = _PRESENTED_AFTER.match(sentence, end) if name else None
        if after is None or not after.group("shown"):
            return []
        name = f"{name} {version.group(1)}"
    else:
        # (read on past "of" to its acronym: "The Corpus of Hellenistic Funerary Epigrams (CHFE) is
        # described")
        name, end = _name_to_acronym(sentence, 4 if sentence.startswith("The ") else 0)
        after = _PRESENTED_AFTER.match(sentence, end) if name else None
        # made, not shown: the paper's where it sets out what the thing is or its title names it
        if after is None or not (after.group("shown") or after.group("apposed") or name in title):
            return []
        # (a lowercase noun after the name says what it is: "The Lantern study", not "The Kalman filter has")
        if after.group("noun") and not after.group("shown") and name not in title:
            return []
    # (a word spelt as adjectives are is a noun where the sentence says what it is: "Meridian, a restraint
    # library for MOF refinement, is described", "A network solver named Meridian has been developed")
    apposed = lead is not None or after.groupdict().get("apposed") is not None
    noun_shaped = apposed and " " not in name and name_rejection(name) == "adjective"
    acronym = _acronym_after(sentence, end)
    # (a long form's acronym is its name: "The Corpus of Hellenistic Funerary Epigrams (CHFE) is described")
    if not noun_shaped and not _looks_like_name(acronym or name, alone=True, rejected=rejected):
        return []
    aliases = [name] if acronym else [long_form] if long_form else []
    intro = _intro(acronym or name, sentence, aliases, "apposition" if noun_shaped else "proposes")
    noun = (after.groupdict().get("noun") or " ").split()[-1:]
    # (or the noun the sentence names it after: "A prospective multicentre registry, named Keystone, ...")
    head = re.search(r"([a-z]+)\W*(?:named|called|termed)?\W*(?:the\s+)?$", lead.group(0)) if lead else None
    named_after = head.group(1) if head is not None else ""
    data = (
        (bool(noun) and _names_data(noun[0].capitalize()))
        or _DATASET_HEAD.fullmatch(named_after) is not None
        or named_after in ("survey", "study")
        # (what it is, in apposition or read past the verb: "Skerry, a georeferenced database of ..., is
        # described", "THISTLE (...) is described, a curated database of ...")
        or _kind_near(sentence, name) == "dataset"
        or _kind_near(sentence[:end] + sentence[after.end() :], name) == "dataset"
        # (or its long form: "The Sahel Input Price Database (SIPD) is described here", :func:`_intro`)
        or intro.kind == "dataset"
    )
    intro.kind = "dataset" if data else "method"
    return [intro]


def _name_to_acronym(sentence: str, start: int) -> tuple[str, int]:
    """Return the capitalised name at ``start`` and where it ends, read on past "of" or "and" to an acronym
    that spells the whole of it (:func:`_name_and_acronym`)."""
    name, end = _name_from(sentence, start)
    longer = _name_and_acronym(sentence, start, name, end)[0] if name else name
    return (longer, start + len(longer)) if longer != name else (name, end)


def _spelt_by(words: str, acronym: str) -> str | None:
    """Return the fewest last words of ``words`` (two or more) that ``acronym`` abbreviates, if any.

    >>> _spelt_by("12-joint ultrasound synovitis composite score", "USCS")
    'ultrasound synovitis composite score'
    >>> _spelt_by("mixed model", "GLMM") is None
    True
    """
    parts = words.split()
    for i in range(len(parts) - 2, -1, -1):
        tail = " ".join(parts[i:])
        if abbreviates(acronym, tail):
            return tail
    return None


def _names_data(noun: str) -> bool:
    """Return True if ``noun``, capitalised, set after a name says it names data ("Study", "Registry")."""
    return noun in ("Study", "Trial") or _DATA_NAME_END.fullmatch(noun) is not None


def _described(
    title: str, sentence: str, start: int, rejected: list[tuple[str, str]] | None
) -> list[Introduced]:
    """Return the resource a :data:`_DESCRIBES` sentence names at ``start``, where ``title`` names it too.

    Examples
    --------
    >>> text = "This paper describes CASCADE, a high-pressure water loop with a heated rod bundle."
    >>> [(i.name, i.kind) for i in _described("The CASCADE facility: a rod bundle", text, 21, None)]
    [('CASCADE', 'method')]
    >>> _described("Large language models in class", "This paper describes ChatGPT, a chatbot.", 21, None)
    []
    """
    name, end = _name_from(sentence, start)
    if not name or not _looks_like_name(name, alone=True, rejected=rejected):
        return []
    name, acronym = _name_and_acronym(sentence, start, name, end)
    bracket = _BRACKET_AFTER.match(sentence, start + len(name))
    end = bracket.end() if bracket is not None else start + len(name)
    described = _DESCRIBED_AS.match(sentence, end)
    # (the title naming it, or a new one of its kind: "A treeline ring-width compilation for the European
    # Alps" of "the Alpine Treeline Ring-Width Compilation (ATRC)", "A morphological database of Nordic
    # pulpwood fibres" of "the Nordic Fibre Morphology Database (NFMD)")
    head = name.split()[-1].lower() if len(name.split()) > 2 else ""
    new_one = title.lower().startswith(("a ", "an ")) and head in re.findall(r"[\w\-]+", title.lower())
    titled = any(n and n in title for n in (name, acronym)) or bool(head and new_one)
    if described is None or not titled:
        return []
    intro = _intro(acronym or name, sentence, [name] if acronym else [], "describes")
    noun = described.group(1)
    if (
        _DATA_NAME_END.fullmatch(name.split()[-1])
        or (noun and _DATA_NAME_END.fullmatch(noun.capitalize()))
        or _kind_near(sentence, acronym or name) == "dataset"
        # (read past its long form: "the HEARTH panel (Heritage Ethnic Ale ...), a collection of 96 isolates")
        or _kind_near(SPELT_OUT.sub("", sentence), acronym or name) == "dataset"
    ):
        intro.kind = "dataset"
    return [intro]


def _name_and_acronym(text: str, start: int, name: str, end: int) -> tuple[str, str | None]:
    """Return ``name`` (read from ``start`` to ``end``) and the acronym in brackets after it, if any; the
    name read on past a preposition or "and" to an acronym that spells the whole of it.

    Examples
    --------
    >>> t = "the Rural Credit and Consumption Survey (RCCS), a panel"
    >>> _name_and_acronym(t, 4, "Rural Credit", 16)
    ('Rural Credit and Consumption Survey', 'RCCS')
    >>> t = "the Pupil Understanding and Learning Self-Efficacy (PULSE) questionnaire"
    >>> _name_and_acronym(t, 4, "Pupil Understanding", 23)
    ('Pupil Understanding and Learning Self-Efficacy', 'PULSE')
    >>> _name_and_acronym("Foo and Bar Baz (FB)", 0, "Foo", 3)
    ('Foo', None)
    >>> t = "the Sepsis Warning Index For Triage (SWIFT), a score"
    >>> _name_and_acronym(t, 4, "Sepsis Warning Index", 24)
    ('Sepsis Warning Index For Triage', 'SWIFT')
    >>> t = "the Very Early Signs of Psychosis Evaluation and Rating (VESPER) scale"
    >>> _name_and_acronym(t, 4, "Very Early Signs", 20)
    ('Very Early Signs of Psychosis Evaluation and Rating', 'VESPER')
    >>> t = "the Parsimonious Snow\u2013Rain Partitioning model (PSRP), a lumped model"
    >>> _name_and_acronym(t, 4, "Parsimonious Snow\u2013Rain Partitioning", 39)
    ('Parsimonious Snow–Rain Partitioning', 'PSRP')
    >>> t = "We introduce the Nordic Women's Tracking Dataset (NWTD), an open"
    >>> _name_and_acronym(t, 17, "Nordic Women", 29)
    ("Nordic Women's Tracking Dataset", 'NWTD')
    >>> t = "the West African Sickle Cell Alloimmunisation Cohort (WASCAC) to"
    >>> _name_and_acronym(t, 4, "West African Sickle Cell Alloimmunisation", 45)
    ('West African Sickle Cell Alloimmunisation Cohort', 'WASCAC')
    >>> _name_and_acronym("the Nordic Women's Tracking Dataset (NTD)", 4, "Nordic Women", 16)
    ('Nordic Women', None)
    >>> t = "We developed Population Estimation from Hydrochemical Markers (PEHM), which"
    >>> _name_and_acronym(t, 13, "Population Estimation", 34)
    ('Population Estimation from Hydrochemical Markers', 'PEHM')
    >>> t = "the Extremely Preterm Infants in the Baltic States (EPIBALT) cohort"
    >>> _name_and_acronym(t, 4, "Extremely Preterm Infants", 29)
    ('Extremely Preterm Infants in the Baltic States', 'EPIBALT')
    """
    acronym = _acronym_after(text, end)
    if acronym is not None:
        return name, acronym
    goes_on = _NAME_GOES_ON.match(text, end)
    if goes_on is not None:
        tail = goes_on.group(1)
        whole = f"{name} {_GLUE_WORD.sub('', tail).strip()}"
        spelt = _initials(goes_on.group(2))
        # the acronym may spell the small words too: "the Sepsis Warning Index For Triage (SWIFT)"
        spelling = f"{name} {' '.join(w if w == 'the' else w.capitalize() for w in tail.split())}"
        # (or letters inside its words, as Schwartz and Hearst match them: "the Extremely Preterm Infants in
        # the Baltic States (EPIBALT) cohort")
        if spelt in (_initials(whole), _initials(_DASHES.sub(" ", whole)), _initials(spelling)) or (
            len(goes_on.group(2)) > len(_initials(whole)) and abbreviates(goes_on.group(2), whole)
        ):
            # the whole name, up to the bracket, with the acronym it spells
            return text[start : goes_on.start(2) - 1].strip(" ("), goes_on.group(2)
    # the name, its head noun, then the acronym of the name: "the Parsimonious Snow–Rain Partitioning model
    # (PSRP)"
    head = _HEAD_THEN_ACRONYM.match(text, end)
    if head is not None and _initials(head.group(1)) in (_initials(name), _initials(_DASHES.sub(" ", name))):
        return name, head.group(1)
    # the name read on past a possessive or the words a name's first ones left, to an acronym that spells
    # the whole: "the Nordic Women's Tracking Dataset (NWTD)", "the West African Sickle Cell
    # Alloimmunisation Cohort (WASCAC)"
    more = _REST_TO_ACRONYM.match(text, end)
    if more is not None:
        whole = f"{name}{more.group(1)}"
        if _initials(more.group(2)) == _initials(_APOSTROPHE_S.sub("", whole)):
            return whole, more.group(2)
    return name, None


def _initials(words: str) -> str:
    """Return the capitals that start ``words``' capitalised words, or an acronym's own capitals.

    Examples
    --------
    >>> _initials("Flood Extent Benchmark Sahel"), _initials("FEBS")
    ('FEBS', 'FEBS')
    """
    if " " not in words and sum(ch.isupper() for ch in words) > 1:
        return "".join(ch for ch in words if ch.isupper())
    return "".join(word[0] for word in words.split() if word[0].isupper())


# How a phrase in apposition, describing the name before it, starts: "Bridge, a nurse-led ... programme".
_APPOSED = (", a ", ", an ")


def described_in_apposition(intro: Introduced) -> bool:
    """Return True if a phrase in apposition describes the name its sentence introduces: "We designed
    Bridge, a nurse-led transitional care programme" (a word another paper writes in lowercase,
    "bridge communities", that is this paper's name all the same), or past the noun of what it is ("We
    propose the Ridgeline prior, a scale mixture of normals").
    """
    sentence, name = intro.sentence, intro.name
    if any(f"{name}{apposed}" in sentence for apposed in _APPOSED):
        return True
    at = sentence.find(name)
    while at >= 0:
        noun = _NAMING_NOUN.match(sentence, at + len(name))
        if noun is not None and _DEFINED_AFTER.match(sentence, noun.end()):
            return True
        # (or past a word before the noun, then said to be new: "the Tally wage series, a new dataset of")
        noun = _MODIFIED_NAMING_NOUN.match(sentence, at + len(name))
        if noun is not None and _NEW_ONE_AFTER.match(sentence, noun.end()):
            return True
        at = sentence.find(name, at + 1)
    return False


def _noun_in_apposition(sentence: str, name: str, end: int) -> bool:
    """Return True if ``name``, one word spelt as adjectives of people are ("Mosaic", as of Moses), is a
    noun here: a phrase in apposition describes it ("we present Mosaic, a self-supervised pretraining
    method"), which no adjective heads.

    Examples
    --------
    >>> _noun_in_apposition("We present Mosaic, a pretraining method.", "Mosaic", 17)
    True
    >>> _noun_in_apposition("We present Mosaic tiles of the region.", "Mosaic", 17)
    False
    >>> _noun_in_apposition("We present Moxian \u58a8\u7ebf, an OCR pipeline.", "Moxian", 17)
    True
    """
    # (past the name in its own script: "We present Moxian 墨线, an open-source pipeline for ... OCR")
    gloss = _GLOSS.match(sentence, end)
    return (
        " " not in name
        and _ADJECTIVE_ENDING.match(name) is not None
        and name not in _LANGUAGES
        and sentence.startswith(_APPOSED, end if gloss is None else gloss.end())
    )


# a name written again in Chinese, Japanese or Korean script, bracketed or not
_GLOSS = re.compile(r"\s*\(?[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]+\)?")


_SECOND_CAPITAL = re.compile(r"[a-z][A-Z][a-z]{2,}")


def _name_from(text: str, pos: int, max_tokens: int = 5) -> tuple[str, int]:
    """Return the capitalised name that starts at ``pos`` (possibly empty) and where it ends."""
    tokens: list[str] = []
    end = pos
    cursor = pos
    while len(tokens) < max_tokens:
        m = _TOKEN_RE.match(text, cursor)
        if m is None:
            break
        tok = m.group(0).rstrip(".")
        is_version = bool(_VERSION_OR_SIZE.fullmatch(tok))
        if not (
            tok[0].isupper()
            or (tokens and is_version)
            or (not tokens and tok[0].isdigit())
            # a word capitalised at its second letter for an acronym: "eXtreme", "eXperience"
            or (tokens and _SECOND_CAPITAL.fullmatch(tok))
        ):
            break
        if tokens and tok in _SENTENCE_WORDS:
            break
        tokens.append(tok)
        end = m.start() + len(tok)
        gap = _GAP.match(text, end)
        if gap is None:
            break
        cursor = end + 1
    name = " ".join(tokens).strip(" -")
    return name, end


def _acronym_after(text: str, end: int) -> str | None:
    m = _ACRONYM_NEXT.match(text[end : end + 24])
    if m is None:
        return None
    acronym = m.group(1)
    return acronym if any(ch.isupper() for ch in acronym) else None


# The words that end the noun phrase set after a name to say what it is ("FiberQuake: a labelled ...
# sensing dataset for earthquake detection"): its last word before them is its head.
_PHRASE_ENDS = _STOP_PREPOSITIONS | {
    "of", "and", "that", "which", "where", "at", "across", "through", "after", "before", "among", "during",
    "between", "within",
}  # fmt: skip
_PHRASE_WORDS = 10
_SET_AFTER = re.compile(r"\s*(?::|,|\s[-\u2013\u2014])\s*")
_NOUN_AFTER = re.compile(r" ([a-z]+)\b")
# a core of ice or sediment, drilled, whose layers are the record its users read: "We present the Kestrel
# Ridge ice core (KRC), a 512 m core drilled to bedrock"
_CORE_RECORD = re.compile(
    r"\b(?:ice|firn|sediment|peat|lake|marine|speleothem)\s+cores?\b|"
    r"\bcores?\s+(?:drilled|recovered|retrieved)\b",
    re.I,
)
_EXTENDS_DATA = re.compile(
    r"\s*:\s+(?:[Ee]xtending|[Ee]xpanding|[Uu]pdating|[Ee]nlarging)\s+(?:the\s+(?:[A-Z][\w\-']*\s+){1,6}"
    r"(?:Database|Corpus|Dataset|Archive|Register|Registry|Catalogue|Catalog|Inventory|Collection|Census)"
    # (in sentence case, a kind of such data: "ChandoBase 2.0: extending a syllable-level metrical database to
    # the Atharvaveda"; the words before the noun its own, not "extending a model to the corpus")
    r"|(?:an?|the)\s+(?:(?!(?:to|for|of|on|with|in|into|across|and|from)\b)[\w\-]+\s+){0,4}?"
    r"(?:database|corpus|dataset|data\s+set|archive|register|registry|catalogue|catalog|inventory|collection|"
    r"census|treebank))\b"
)
_HOLDS_RECORDS = re.compile(
    r"\s*,?\s*(?:which|that)\s+(?:now\s+)?(?:collects|contains|comprises|holds|includes|gathers)\s+"
    r"(?:more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+|almost\s+)?\d"
)
_DATABASE_OF = re.compile(
    r"\s*:?(?:(?!(?-i:\b(?:which|that|who|into|in|to|from|with|by|for|and\s+[a-z]+s)\b))[^.;:()]){0,60}?"
    # (or made from so many records: "We compiled the West African Fertilizer Field Trials (WAFFT) database
    # from 1,842 trials")
    r"\bdata\s?bases?\b(?:,?\s+(?:of|comprising|containing|holding|from\s+(?:some\s+|over\s+)?\d)\b|"
    # (or set out as a collection of them: "the Juniper database, a new collection of monthly grain prices")
    r",\s+an?\s+(?:[\w\-]+\s+){0,3}?(?:collection|compilation|record|archive|set)\s+of\b)",
    re.I,
)
_DATASET_HEAD = re.compile(
    r"(?:dataset|datasets|benchmark|benchmarks|corpus|corpora|archives?|registry|registries|"
    r"cohorts?|census|censuses|treebanks?|catalogues?|catalogs?|reanalys[ie]s)",
    re.I,
)
# The last word of a proper name that says it names a collection of data: "the Rural Credit and
# Consumption Survey (RCCS)", "the Alpine Flood Peaks Archive" (an instrument is an "Inventory" or a
# "Scale", a program a "Library" or a "Platform"). As the head of a phrase after a name, "database" is
# as often a system ("Spanner: Google's Globally-Distributed Database"), and is not taken there.
# (a monitoring programme or network is the data it gathers: "the Lesser Sunda Reef Monitoring Programme
# (LSRMP), a network of 48 permanent sites ... resurveyed annually", not an intervention programme)
# the head of a long name, the last capitalised word before its first "of", "for", "in" or "on"
_NAME_HEAD = re.compile(r"(?:[A-Z][\w\-]*\s+){1,4}?([A-Z][a-z]+)\s+(?:of|for|in|on)\s")
_MONITORING_END = re.compile(r"\bMonitoring\s+(?:Programme|Program|Network|Scheme|Survey)$")
_DATA_NAME_END = re.compile(
    r"(?:Survey|Surveys|Census|Registry|Register|Database|Archive|Corpus|Treebank|Dataset|Biobank|Cohort|"
    r"Catalogue|Catalog|Compilation|Collection|Benchmark|Series)"
)
# the words of a graph that is a model's or a program's structure, not records (_kind_near)
_STRUCTURE_BEFORE_GRAPH = re.compile(
    r"\b(?:factor|computation|computational|dependency|call|control-flow|flow|scene|program|causal|"
    r"neural|attention|operator)\s+$"
)


# a release of data: "NFTA-2: an expanded release of the Northern Flyway Tracking Archive"
_RELEASE_OF_DATA = re.compile(
    rf"\s+of\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){{0,6}}{_DATA_NAME_END.pattern}\b"
)
# heads that name data where what follows says they are of records (_kind_near)
_OF_RECORDS = frozenset(
    ("compilation", "collection", "repository", "gazetteer", "panel", "survey", "set", "sets", "record",
     "inventory", "library")
)
_VERSION_APPOSED = re.compile(r",\s+(?:version|release)\s+[\w.]+(?=,)")
# the long form a name abbreviates, set beside it before what it is: "DANUBE-WW, the Danube Basin Wastewater
# Surveillance panel, a harmonised dataset of ..." (its noun says what the name stands for, not what it is)
_LONG_FORM_APPOSED = re.compile(r",\s+the\s+(?:[A-Z][\w\-']*\s+){1,7}[a-z]+(?=,\s+(?:a|an)\s)")
# what an inventory a questionnaire is asks of (an inventory of emissions or of glaciers is data)
_ASKED_OF = re.compile(
    r"\b(?:symptoms?|traits?|attitudes?|beliefs?|behaviou?rs?|personality|coping|skills?|competenc\w+|"
    r"feelings?|experiences?|preferences?|interests?|styles?|needs)\b"
)
# what a compilation or a collection is of, to the end of its clause; and the nouns of made things among them
# (a version's dots end no clause: "a library of WinBUGS 1.4.3 model templates")
_OF_THINGS = re.compile(r"\s+of\s+((?:[^,;:.]|\.(?=\d)){1,120})")
_MADE_THINGS = re.compile(
    r"\b(?:models?|tools?|methods?|algorithms?|networks?|programs?|packages?|librar(?:y|ies)|scripts?|"
    r"agents?|architectures?|pipelines?|systems?|heuristics?|solvers?|kernels?|techniques?|approaches|"
    r"strategies|recipes?|modules?|components?|routines?|functions?|code|software|rules?|guidelines?|"
    r"principles?|practices?|tasks?|questions?|genes?|antibod(?:y|ies)|probes?|primers?|markers?|"
    r"(?:bio)?sensors?|assays?|reporters?)\b",
    re.I,
)


_AFTER_PARTICIPLE = frozenset(["in", "on", "to", "for", "from", "by", "at", "with", "across", "over"])


# the nouns of made things that are no data (_kind_near)
_TOOL_HEADS = frozenset(
    ["tool", "toolkit", "toolbox", "package", "software", "program", "plugin", "plug-in", "app",
     "method", "algorithm", "model", "framework", "pipeline"]
)  # fmt: skip


def _head_after(sentence: str, end: int) -> str | None:
    """Return the head noun of the phrase set after a name that ends at ``end`` (None: none is set there).

    Examples
    --------
    >>> title = "FiberQuake: a labelled distributed acoustic sensing dataset for earthquake detection"
    >>> _head_after(title, 10)
    'dataset'
    >>> _head_after("We release Ottilie, an open-source collation tool, today.", 18)
    'tool'
    >>> _head_after("Harbor stores logs", 6) is None
    True
    >>> _head_after("Lantern DR2: an expanded, astrometrically calibrated catalogue of planets", 11)
    'catalogue'
    >>> _head_after("GRIMI v2: an expanded and quality-tiered global inventory of river observations", 8)
    'inventory'
    """
    lead = _SET_AFTER.match(sentence, end)
    if lead is None:
        return None
    head = None
    words = sentence[lead.end() :].split()[:_PHRASE_WORDS]
    for i, word in enumerate(words):
        bare = word.strip("\"'()[]")
        # (past an "and" between its first adjectives: "an expanded and quality-tiered global inventory")
        if bare == "and" and i <= 2 and head is not None and head.endswith("ed"):
            continue
        if bare.lower() in _PHRASE_ENDS:
            break
        # a participle and its preposition after the noun end the phrase: "a new population-based birth
        # cohort established in Aarhus" (not one before it: "a labelled ... dataset")
        following = words[i + 1] if i + 1 < len(words) else ""
        if head is not None and bare.endswith("ed") and following in _AFTER_PARTICIPLE:
            break
        head = bare.rstrip(",;:.!?")
        # (past a comma between its first adjectives: "an expanded, astrometrically calibrated catalogue")
        listed = i <= 1 and bare == head + "," and (head.endswith("ed") or following.endswith("ly"))
        if (head != bare and not listed) or word.endswith(")"):
            break
    return head


_DOING_TITLE = re.compile(
    r"\s*:\s+(?:Detecting|Measuring|Estimating|Predicting|Identifying|Finding|Tracking)\b"
)


def _kind_near(sentence: str, name: str) -> str:
    """Return the kind a name introduced in ``sentence`` is: a dataset where a dataset word stands near it or
    heads the phrase set after it to say what it is, else a method.

    Examples
    --------
    >>> _kind_near("FiberQuake: a labelled distributed acoustic sensing dataset for earthquake detection",
    ...            "FiberQuake")
    'dataset'
    >>> _kind_near("Ottilie: an open-source collation tool for variant readings across many editions", "Ottilie")
    'method'
    >>> _kind_near("STROOPBANK: a pooled trial-level database of Stroop experiments", "STROOPBANK")
    'dataset'
    >>> _kind_near("CHASQUI: a 1993-2015 eddy-resolving ocean reanalysis of the Humboldt Current", "CHASQUI")
    'dataset'
    >>> _kind_near("ETPOX: a quality-controlled compilation of dissolved oxygen profiles", "ETPOX")
    'dataset'
    >>> _kind_near("We introduce LLaMA, a collection of foundation language models ranging from 7B", "LLaMA")
    'method'
    >>> _kind_near("We present CW-10M, the second data release of the CW family of video datasets.", "CW-10M")
    'dataset'
    >>> _kind_near("HWAET: a half-line database for the metrical study of Old English verse", "HWAET")
    'dataset'
    >>> _kind_near("Cloch-360: a reference collection of photogrammetric models of ogam stones", "Cloch-360")
    'dataset'
    >>> _kind_near("we present Holistic SparseCNN, a collection of techniques", "Holistic SparseCNN")
    'method'
    >>> _kind_near("SinoDyeLib: an open LC-MS/MS spectral library for identifying natural dyes", "SinoDyeLib")
    'dataset'
    >>> _kind_near("We present SinoDyeLib, an open library of 412 reference entries", "SinoDyeLib")
    'dataset'
    >>> _kind_near("We present Tessera, an open-source library of routines for mesh repair", "Tessera")
    'method'
    >>> _kind_near("PolyTg-3k: A Curated Data Set of Experimental Glass Transition Temperatures", "PolyTg-3k")
    'dataset'
    >>> _kind_near("PUMPWATCH: a station-level panel of German retail fuel prices, 2014-2018", "PUMPWATCH")
    'dataset'
    >>> _kind_near("We designed OncoTrace-48, a 48-gene hybrid-capture panel", "OncoTrace-48")
    'method'
    >>> _kind_near("We developed ARCHWAY, a panel of 16 energy transfer (BRET) biosensors", "ARCHWAY")
    'method'
    >>> _kind_near("We established the Pulse survey, a longitudinal panel of residents", "Pulse")
    'dataset'
    >>> _kind_near("This paper introduces the Juniper database, a new collection of grain prices", "Juniper")
    'dataset'
    >>> _kind_near("GRANITE (Gridded NMVOC Inventory), version 1, a 0.1 degree inventory of NMVOC emissions",
    ...            "GRANITE")
    'dataset'
    >>> _kind_near("We developed COPE-I, an inventory of coping strategies of carers", "COPE-I")
    'method'
    >>> _kind_near("We present DANUBE-WW, the Danube Basin Wastewater Surveillance panel, a harmonised"
    ...            " dataset of SARS-CoV-2 RNA concentrations", "DANUBE-WW")
    'dataset'
    >>> _kind_near("LedgerWeave-1M: an anonymised interbank transaction graph with labels", "LedgerWeave-1M")
    'dataset'
    >>> _kind_near("FGX: a factor graph for joint decoding of sensor streams", "FGX")
    'method'
    >>> _kind_near("ChandoBase 2.0: extending a metrical database to the Atharvaveda", "ChandoBase 2.0")
    'dataset'
    >>> _kind_near("Sorrel 2: extending a sampler to hierarchical item models", "Sorrel 2")
    'method'
    >>> _kind_near("We present KIWAME (Key Index of ...), a relational database and image reference"
    ...            " collection of 3,412 seal impressions", "KIWAME")
    'dataset'
    >>> _kind_near("We present TestLoom, an open-source tool that augments benchmark test suites", "TestLoom")
    'method'
    >>> _kind_near("This paper introduces LANTERN (Longitudinal Analysis of Tenure), a household panel"
    ...            " survey in six districts", "LANTERN")
    'dataset'
    """
    where = sentence.find(name)
    if where < 0:
        return "method"
    # a title saying what the thing does, not what it is, names a tool: "ContamiScope: Detecting Benchmark
    # Contamination in Pretraining Corpora"
    if _DOING_TITLE.match(sentence, where + len(name)):
        return "method"
    # what the sentence sets after the name says what it is, before the data words near it: "We present
    # TestLoom, an open-source tool that augments benchmark test suites" is a tool
    if (_head_after(sentence, where + len(name)) or "").lower() in _TOOL_HEADS:
        return "method"
    window = sentence[max(0, where - 45) : where + len(name) + 45]
    if _DATASET_CUE.search(window) or _CORE_RECORD.search(window):
        return "dataset"
    # a title presenting it as a named collection of data made larger: "ATD 2: extending the Ansegis
    # Transmission Database to the False Capitularies"
    if _EXTENDS_DATA.match(sentence, where + len(name)):
        return "dataset"
    # "We assembled the ANTICOAG-UK cohort": the noun after the name says what it is
    end = where + len(name)
    # (the name an acronym in the brackets closing its long form: "the Meridian Retinal Image Set (MRIS), a
    # public reference collection of colour fundus photographs")
    if sentence.startswith(")", end):
        end += 1
    # past what the name stands for: "HARBOR (Historical Atlantic Registers of Boats and Outbound Routes), a
    # corpus of ..."
    spelt = SPELT_OUT.match(sentence, end)
    # (and after what it stands for: "the ECHO (Endurance athletes' Cardiac Health ...) cohort")
    for at in (end, spelt.end()) if spelt else (end,):
        noun = _NOUN_AFTER.match(sentence, at)
        # (a survey named is data: "the Pulse survey", not "a survey of ..." of the literature)
        word = noun.group(1) if noun is not None else ""
        if word and (_DATASET_HEAD.fullmatch(word) or word in ("survey", "surveys")):
            return "dataset"
    # what holds a number of records is data: "We introduce FRIDA (Friction Database for Additively
    # manufactured surfaces), which collects 6,850 coefficient of friction measurements"
    if _HOLDS_RECORDS.match(sentence, spelt.end() if spelt else end):
        return "dataset"
    after = spelt.end() if spelt else end
    # (past the version it gives: "GRANITE (...), version 1, a 0.1 degree inventory of NMVOC emissions", or
    # the long form it abbreviates)
    version = _VERSION_APPOSED.match(sentence, after) or _LONG_FORM_APPOSED.match(sentence, after)
    head = _title_head(sentence, version.end() if version else after)
    if head is not None and head.lower() == "database":
        # a database of things is data ("a pooled trial-level database of Stroop experiments"); one that
        # stores or serves is a system ("Google's Globally-Distributed Database")
        at = sentence.find(head, end)
        # (or one for studying a subject: "HWAET: a half-line database for the metrical study of Old English
        # verse"; or one made from records: "a linked individual-level database from the Danseong household
        # registers")
        studied = r"\s+for\s+(?:the\s+)?(?:[a-z\-]+\s+)?(?:study|studies|analysis|research)\s+of\s"
        # (or one that compiles records: "the Global Riverine Microplastic Inventory (GRIMI), a database that
        # compiles 2,314 concentration measurements")
        compiles = r"\s+(?:that|which)\s+(?:compiles|collects|contains|holds|comprises|includes|gathers)\s"
        past = sentence[at + len(head) :]
        # (past another noun of it: "a relational database and image reference collection of 3,412 seal
        # impressions")
        also = r"(?:\s+and\s+(?:[a-z][\w\-]*\s+){0,3}[a-z]+)?"
        return "dataset" if re.match(rf"{also}\s+(?:of|from)\s|{studied}|{compiles}", past) else "method"
    if head is not None and head.lower() == "graph":
        # a graph presented is one of records ("LedgerWeave-1M: an anonymised interbank transaction graph
        # with ... labels", a knowledge or citation graph), not a model's structure ("a factor graph")
        at = sentence.find(head, end)
        return "method" if _STRUCTURE_BEFORE_GRAPH.search(sentence, end, at) else "dataset"
    if head is not None and head.lower() in _OF_RECORDS:
        # so is a compilation, collection, repository or gazetteer of records ("a quality-controlled
        # compilation of dissolved oxygen profiles", "an open repository of crushing tests"), or a panel,
        # survey or set of them ("a station-level panel of German retail fuel prices", "a set of 600
        # spectroscopically confirmed Type Ia supernovae"), not of models or tools ("LLaMA, a collection of
        # foundation language models"); a "data set" whatever follows
        at = sentence.find(head, end)
        if head.lower() in ("set", "sets") and sentence[max(0, at - 5) : at].lower() == "data ":
            return "dataset"
        # (a reference collection is of specimens or their records, whatever they are: "Cloch-360: a
        # reference collection of photogrammetric models of ogam stones")
        # (and a reference or spectral library is of reference records: "SinoDyeLib: an open LC-MS/MS spectral
        # library for identifying natural dyes")
        if head.lower().startswith(("collection", "library")) and sentence[max(0, at - 10) : at].lower() in (
            "reference ",
            " spectral ",
        ):
            return "dataset"
        of = _OF_THINGS.match(sentence, at + len(head))
        # (a survey named is data, of no "of": "LANTERN (...), a household panel survey in six districts")
        if of is None and head.lower() == "survey":
            return "dataset"
        if of is not None and head.lower() == "inventory" and _ASKED_OF.search(of.group(1)):
            return "method"
        return "dataset" if of is not None and not _MADE_THINGS.search(of.group(1)) else "method"
    if head is not None and _DATASET_HEAD.fullmatch(head):
        return "dataset"
    # (a series of records, for a place or from its sources: "HuaiFlood-600: a 600-year flood frequency series
    # for the Huai River basin, China, from documentary sources"; not "a series of experiments")
    if head is not None and head.lower() == "series":
        at = sentence.find(head, end)
        return "method" if sentence.startswith(" of ", at + len(head)) else "dataset"
    if head is not None and head.lower() in ("release", "edition", "version", "update"):
        at = sentence.find(head, end)
        # (a data release is data, whatever it is of: "We present ClipWeave-10M, the second data release of
        # the ClipWeave family of densely captioned video-text datasets")
        if _RELEASE_OF_DATA.match(sentence, at + len(head)):
            return "dataset"
        if sentence[max(0, at - 5) : at].lower() == "data ":
            return "dataset"
    # a database the phrase after the name calls it, of what it holds: "We present the Meridian STR
    # database, comprising genotypes at 24 loci", "FRIDA, the Friction and Running-In DAtabase, containing
    # 3,412 pin-on-disc tests" (past the words that join two of its name's: "a Friction and Running-In
    # DAtabase of 3,412 tests")
    return "dataset" if _DATABASE_OF.match(sentence, end) else "method"


def _title_head(title: str, end: int) -> str | None:
    """Return the head noun of what a title sets after the name ending at ``end`` (:func:`_head_after`), or
    of what it gives the design of ("ORCA: design and baseline characteristics of an observational registry").

    Examples
    --------
    >>> _title_head("ORCA: design and baseline characteristics of an observational registry of CT", 4)
    'registry'
    """
    designed = _TITLE_DESIGN_OF.match(title, end)
    return _head_after(": " + title[designed.end() :], 0) if designed else _head_after(title, end)


# lowercase words before a capitalised long form, which describe the thing and are no part of its name: "a
# nine-item Community Frailty Index (CFI-9)", "a new Sediment Transport Index (STI)" (not a capital's word:
# "the 15-Minute Proximity Index")
_LOWER_LEAD = re.compile(r"^(?:[a-z0-9][a-z0-9\-]*\s+)+(?=[A-Z])")


def _intro(name: str, sentence: str, aliases: Iterable[str] = (), how: str = "proposes") -> Introduced:
    name = name.strip(" ,;:-")
    if len(set(name.split())) == 1:  # "CoFi CoFi": a footnote mark split a repeated name
        name = name.split()[0]
    # (not where the name opens with the lowercase word's letter: "dynamic Lattice (dLattice)" is no Lattice)
    aliases = [
        _LOWER_LEAD.sub("", a) if a.split()[-1][:1].isupper() and not name[:1].islower() else a
        for a in aliases
        if a
    ]
    aliases = [a for a in aliases if a and a != name]
    kind = _kind_near(sentence, name)
    # (a name whose own last word says it is data: "Siyaphila Cohort" of "We established the Siyaphila
    # cohort")
    if kind == "method" and " " in name and _DATA_NAME_END.fullmatch(name.split()[-1]):
        kind = "dataset"
    if kind == "method" and any(
        " " in a and (_DATA_NAME_END.fullmatch(a.split()[-1]) or _MONITORING_END.search(a)) for a in aliases
    ):
        kind = "dataset"  # the acronym of a name that says it is data
    # (its head, before what it is of or for: "the Linked Utilisation Cohort for Evaluating Readmissions in
    # the NEtherlands (LUCERNE)")
    if kind == "method" and any(
        (head := _NAME_HEAD.match(a)) is not None and _DATA_NAME_END.fullmatch(head.group(1)) for a in aliases
    ):
        kind = "dataset"
    return Introduced(name, kind, sentence, aliases, how)


def _from_verb_object(
    sentence: str, start: int, rejected: list[tuple[str, str]] | None = None
) -> list[Introduced]:
    """Names right after "we propose/introduce/present ..."."""
    found: list[Introduced] = []
    # past a second verb of the same object: "this article develops and validates the ... Scale (ABES)"
    coordinated = _AND_VERB.match(sentence, start)
    if coordinated is not None:
        start = coordinated.end()
    # a later release of a thing, named by its acronym and number: "We present the second release of the
    # Nordic Women's Tracking Dataset (NWTD 2.0)"
    release = _RELEASE_OF.match(sentence, start)
    if release is not None:
        named = _RELEASE_NAMED.match(sentence, release.end())
        if named is None or _initials(_APOSTROPHE_S.sub("", named.group(1))) != named.group(2):
            return found
        number = named.group(3)
        return [_intro(f"{named.group(2)} {number}", sentence, [f"{named.group(1)} {number}"])]
    article = _ARTICLE.match(sentence[start:])
    if article:
        start += article.end()
    name, end = _name_from(sentence, start)
    # "a Chinese word segmentation system", "a Bayesian approach", "a DSGE model": after "a" or
    # "an", capitals followed by a lowercase noun describe the kind of thing, they do not name it.
    # So do a person's or a place's name, or a word, before a noun after "the" or no article: "the
    # Kaplan-Meier estimator", "the Ising model", "Monte Carlo simulations", "Python scripts".
    # Without an article, a naming noun may follow the paper's own name ("we present Sophia
    # optimizer"): only another noun says the words are a modifier.
    # Whatever its spelling, a name before "extensions", "plugin", "variants" is what the paper
    # extends: "we present NBGrader extensions".
    indefinite = article is not None and not article.group(0).startswith("the")
    noun = _NAMING_NOUN.match(sentence, end)
    defined = not indefinite and noun is not None and _DEFINED_AFTER.match(sentence, noun.end()) is not None
    # (or a cohort or survey the sentence says was set up for a purpose: "We established the Siyaphila cohort
    # to describe treatment response"; a word, named with its noun, as "the Durban cohort" is not Durban)
    set_up = False
    if not defined and noun is not None and _UNDERTAKING_NOUN.fullmatch(noun.group(0).strip()):
        set_up = _SET_UP_BEFORE.search(sentence, 0, start) is not None and bool(
            _PURPOSE_AFTER.match(sentence, noun.end())
        )
    # (or a collection the paper gathered from its sources: "We assembled the Quorum corpus from publicly
    # webcast sessions of 41 ... councils")
    elif not defined and noun is not None and _GATHERED_NOUN.fullmatch(noun.group(0).strip()):
        set_up = _GATHERED_BEFORE.search(sentence, 0, start) is not None and bool(
            _SOURCES_AFTER.match(sentence, noun.end())
        )
    if set_up and noun is not None:
        defined = True
        if _plain_words(name) and _looks_like_name(name, alone=True, rejected=rejected):
            name, end = f"{name} {noun.group(0).strip().capitalize()}", noun.end()
    # (a word and a noun of the kind after it, which the sentence then says is new: "This article presents the
    # Tally wage series, a new dataset of individual weekly earnings")
    if not defined and not indefinite:
        noun = _MODIFIED_NAMING_NOUN.match(sentence, end) or noun
        defined = noun is not None and _NEW_ONE_AFTER.match(sentence, noun.end()) is not None
    modifies = (
        indefinite
        or (_plain_words(name) and (article is not None or noun is None) and not defined)
        or _EXTENDING_NOUN.match(sentence, end) is not None
    ) and _modifier_here(sentence, end)
    # "a Siamese U-Net that ...", "a Bayesian Transformer which ...": after "a", a name led by an
    # adjective of a person or a people is a kind of the thing it names, whatever follows
    kind_of = indefinite and " " in name and _ADJECTIVE_ENDING.match(name.split()[0]) is not None
    if name and (modifies or kind_of):
        if rejected is not None:
            rejected.append((name, name_rejection(name) or ("kind" if kind_of else "modifier")))
        name = ""
    if name and article is None and _noun_in_apposition(sentence, name, end):
        return [_intro(name, sentence, how="apposition")]
    if name and _looks_like_name(name, alone=True, rejected=rejected):
        name, acronym = _name_and_acronym(sentence, start, name, end)
        if acronym and article is not None and _modifies_after_acronym(sentence, end):
            # "we present the Transiting Exoplanet Survey Satellite (TESS) light curves of 200 stars":
            # the name, however written, says whose the things presented are
            if rejected is not None:
                rejected.append((acronym, "modifier"))
            return found
        if acronym:
            found.append(_intro(acronym, sentence, [name]))
        else:
            # or an acronym, the words it spells in brackets after it: "We introduce KAVI (Karst Aquifer
            # Vulnerability Index), a ..."
            # (not one ending in a task's noun, which would make the acronym a task's: what the paper presents
            # by the acronym is its own, "We present PRISM (Patch Ranking via Inferred Specification Mining)")
            # (past a count of its items: "We introduce BRIC-5k (Bronze Rubbing Image Collection), a ...")
            core = _SIZE_END.sub("", name)
            form = _FORM_NEXT.match(sentence, end) if " " not in name and core.isupper() else None
            spelt = (
                form is not None
                and abbreviates(_VERSION_END.sub("", core), form.group(1))
                and not is_task_acronym(name, [form.group(1)])
            )
            if form is None and " " not in name and name.isupper():
                # or set beside it, every letter a word's initial: "We present RIME, the Regional Instability
                # Model Ensemble, a data-driven model"; or its coined word the first word, a word of a noun
                # after: "We present DANUBE-WW, the Danube Basin Wastewater Surveillance panel, a dataset"
                form = _FORM_APPOSED.match(sentence, end)
                coined = name.split("-")[0]
                spelt = form is not None and (
                    _initials(form.group(1)) == _VERSION_END.sub("", name)
                    or (
                        len(coined) > 3
                        and "-" in name
                        and form.group(1).split()[0].casefold() == coined.casefold()
                    )
                )
            found.append(_intro(name, sentence, [form.group(1)] if form is not None and spelt else []))
        # "we propose Weight Standardization (WS) and Batch-Channel Normalization (BCN)"
        rest = sentence[end : end + 120]
        more = _AND_MORE.match(rest)
        if more:
            name2, end2 = _name_from(sentence, end + more.end())
            if name2 and _looks_like_name(name2, alone=True):
                acronym2 = _acronym_after(sentence, end2)
                found.append(_intro(acronym2 or name2, sentence, [name2] if acronym2 else []))
        return found
    # "we propose a (novel ...) method CoFi" / "... a mixture of minimal experts (MiniMoE)"
    tail = sentence[start : start + 160]
    for m in _MADE_ACRONYM_DEF.finditer(tail):
        between = tail[: m.start()].split()
        # (nor past a verb of using: "We built a smartphone system that uses Bluetooth Low Energy (BLE)
        # beacons" made no BLE)
        if len(between) > 11 or any(w.lower() in _STOP_PREPOSITIONS or w.lower() in _USING for w in between):
            break
        acronym = m.group(1)
        if sum(ch.isupper() for ch in acronym) < 1 or acronym.lower() in ("e.g", "i.e"):
            continue
        words = " ".join(between).split(",")[-1].split()
        # "a six-item short form of the Team Voice Climate Scale (TVCS)": the acronym spells the thing
        # the made one is of, another's (not "a mixture of minimal experts (MiniMoE)", one name)
        of_the = [i for i in range(len(words) - 1) if words[i] == "of" and words[i + 1].lower() == "the"]
        if of_the and abbreviates(_VERSION_END.sub("", acronym), " ".join(words[of_the[-1] + 2 :])):
            if rejected is not None:
                rejected.append((acronym, "of another"))
            return found
        if indefinite and len(words) == len(between):
            words = [article.group(0).strip(), *words]  # type: ignore[union-attr]
        if _abbreviates_a_kind(words, acronym):
            if rejected is not None:
                rejected.append((acronym, "kind"))
            return found
        long_form = " ".join(w for w in words if w.lower() not in ("a", "an", "the", "novel", "new"))
        if acronym[0].islower() and not abbreviates(acronym, long_form):
            continue
        found.append(_intro(acronym, sentence, [long_form.strip(" ,")] if len(between) > 1 else []))
        return found
    noun = re.search(
        r"\b(?:method|model|framework|algorithm|system|approach|benchmark|dataset|architecture|library|"
        r"optimizer|technique|procedure|schedule)\s*,?\s+(?=[A-Z])",
        tail[:120],
    )
    if noun:
        name, _ = _name_from(tail, noun.end())
        if name and _looks_like_name(name, alone=False):
            found.append(_intro(name, sentence))
    return found


def _modifies_after_acronym(sentence: str, end: int) -> bool:
    """Return True if a lowercase noun other than a naming one follows the acronym after ``end``."""
    m = _ACRONYM_NEXT.match(sentence[end : end + 24])
    if m is None:
        return False
    after = end + m.end()
    return _modifier_here(sentence, after) and not _NAMING_NOUN.match(sentence, after)


def _plain_words(name: str) -> bool:
    """Return True if ``name`` is written as words are, capitalised, or numbers ("Kaplan-Meier", "Apollo 17").

    A name a paper coins is spelt otherwise (LoRA, BERT, ResNet, GPT-4).

    Examples
    --------
    >>> [_plain_words(n) for n in ("Kaplan-Meier", "Monte Carlo", "Apollo 17", "LoRA", "BERT", "SARS-CoV-2")]
    [True, True, True, False, False, False]
    """
    parts = name.replace("-", " ").split()
    words = [p for p in parts if not p.isdigit()]
    return bool(words) and all(p.isalpha() and p[0].isupper() and p[1:].islower() for p in words)


# the words an acronym's letters may pass over: "branch-cut-and-price (BCP)"
_SKIPPED_IN_ACRONYMS = frozenset(["and", "of", "the", "for", "to", "in", "on", "with", "from", "by"])


def _abbreviates_a_kind(words: Sequence[str], acronym: str) -> bool:
    """Return True if "a <words> (<acronym>)" presents one of a known kind of thing, not a name of its own.

    "We present a random forest (RF) model", "we introduce a sparse Gaussian process (GP)
    model": after the indefinite article, with no claim that it is new, a phrase in lowercase
    words (a capitalised eponym among them: "hidden Markov model") whose initials spell the
    acronym names the kind the paper uses, as any paper using one would write it. A name the
    paper coins is spelt otherwise ("a mixture of minimal experts (MiniMoE)"), called new
    ("a novel ..."), or written in capitals ("a Dynamic Sparse Attention (DSA) mechanism").

    Examples
    --------
    >>> _abbreviates_a_kind("a sparse Gaussian process".split(), "GP")
    True
    >>> _abbreviates_a_kind("a mixture of minimal experts".split(), "MiniMoE")
    False
    >>> _abbreviates_a_kind("a novel random forest".split(), "RF")
    False
    >>> _abbreviates_a_kind("a branch-cut-and-price".split(), "BCP")
    True
    """
    if not words or words[0].lower() not in ("a", "an") or not acronym.isupper():
        return False
    phrase = words[1:]
    if any(w.lower() in ("novel", "new", "first") for w in phrase):
        return False
    if not any(w[:1].islower() and len(w) > 3 for w in phrase):
        return False
    letters = [c for c in acronym if c.isalpha()]
    if len(letters) < 2:
        return False
    # each word's initial, or each hyphenated part's ("a graph-based model (GBM)"); the words spelling it
    # hold one in lowercase ("a six-item Perceived Procedural Justice Short Form (PPJ-SF)" names its own)
    spelled = [w for w in phrase if w[:1].isalpha()]
    if [w[0].upper() for w in spelled][-len(letters) :] == letters:
        return any(w[:1].islower() for w in spelled[-len(letters) :])
    parts = [(p, w) for w in spelled for p in w.split("-") if p[:1].isalpha()]
    # (or skipping the little words: "a branch-cut-and-price (BCP) algorithm")
    for each in (parts, [(p, w) for p, w in parts if p not in _SKIPPED_IN_ACRONYMS]):
        if [p[0].upper() for p, _ in each][-len(letters) :] == letters:
            return any(w[:1].islower() for _, w in each[-len(letters) :])
    return False


# a version or release that ends a name ("-2", " 2.0", " DR2", " v3"), and the words saying a thing is the
# next of another
_NUMBERED = re.compile(r"(?:[\-\s]v?\d+(?:\.\d+)*|\s(?:E?DR|PR)\d{1,2})$")
_MAJOR_OF = re.compile(r"[\-\s]v?(\d+)")
# A time the paper's team made a thing, before this paper: "When we released OrphanSet-512 in 2019"
# (or said to be earlier work: "In earlier work we introduced HyperDrift, a hypergraph neural network ...
# Here we extend HyperDrift", "We previously presented FenSim")
_WHEN_WE_MADE = re.compile(
    r"\b(?:(?:[Ww]hen|[Aa]fter|[Ss]ince)\s+we\s+(?:first\s+)?|"
    r"[Ii]n\s+(?:our\s+)?(?:earlier|previous|prior)\s+(?:work|stud(?:y|ies)|papers?),?\s+we\s+|"
    r"\b[Ww]e\s+(?:have\s+)?previously\s+)"
    r"(?:released|introduced|presented|published|proposed|developed|described)\s+(?:the\s+)?"
)
# Words of an earlier release of a thing: "the first version of", "since its release in 2007", "We
# previously released WardGraph"
_EARLIER_RELEASE = re.compile(
    r"\b(?:(?:first|original|earlier|previous|initial)\s+(?:version|release|edition)|"
    r"since\s+its\s+(?:first\s+)?(?:release|publication|launch)|"
    r"we\s+(?:have\s+)?previously\s+(?:released|developed|described|presented|introduced|published))\b",
    re.IGNORECASE,
)
_NEXT_OF = re.compile(
    r"\b(?:successor|extension|update|"
    r"(?:new|second|third|next|expanded|updated)\s+(?:data\s+)?(?:release|version)|"
    r"extending|expanding|updating|expanded|extended|updated)\b",
    re.IGNORECASE,
)


# The words after a title's lead name and its colon, as far as a preposition of what they are for or about
_SPELT_IN_TITLE = re.compile(
    r"\s*:\s+([a-z][\w\-]*(?:\s+[a-z][\w\-]*){1,8}?)(?=\s+(?:in|for|of|on|from|with)\s|$)"
)


def _title_topic(doc: PaperText, name: str, found: Sequence[Introduced]) -> bool:
    """Return True if the name leading the title ("X: ...") is what the paper is about, not what it makes.

    "Sophia: A Scalable Stochastic Second-order Optimizer" names the paper's contribution, and its
    abstract introduces it ("we propose Sophia"). "COVID-19: Epidemiology and Evolution",
    "Tuberculosis: A Global Health Challenge", "Brexit: Trade Effects on UK Manufacturing" name the
    subject, which the abstract then speaks of as something that exists ("the COVID-19 pandemic",
    "the burden of tuberculosis", "effects of Brexit") without introducing it: the name in the
    abstract, in any case, and no introduction, nor a sentence saying the paper made it
    (:func:`_made_here`: "Spanner is Google's ... database", "we develop and release Llama 2",
    "ColabFold offers ..."). A lead the abstract never names ("Sepsis: Early Recognition in the
    Emergency Department", "Open Science: Practices and Barriers", or a record with no abstract) is
    the subject too, unless every word of it is spelt as only a made name is (:func:`_coined_word`:
    "QLoRA", "MKOR"; not "Type 2 Diabetes", "Long COVID").
    """
    # "Kestrel: A Persistent-Memory Key-Value Store with ...": the title says what the name is, a thing
    # made ("Tuberculosis: A Global Health Challenge" says what a subject is); a name, one word or coined,
    # not a phrase ("Measuring Proportionality: A Stringency Index for ...")
    title = doc.text[: doc.title_end]
    end = title.find(name) + len(name)
    # (past the bracket of an acronym after its long form: "Memory And ... caregiving (MAGPIE): a ... trial")
    if title.startswith(")", end):
        end += 1
    # a version the title says is the next of a thing: "ErosNet-2: a transformer-based successor for ...",
    # "Lantern DR2: an expanded ... catalogue", "USCS-2: extending the Ultrasound Synovitis Composite Score"
    # (not "SARS-CoV-2: origins and evolution")
    numbered = _NUMBERED.search(name)
    if numbered is not None and _NEXT_OF.search(title, end):
        return False
    # (or whose abstract says it is that version of the thing: "BRISTLE v2: GPU-accelerated atmospheric
    # retrievals ..." and "We describe version 2 of the BRISTLE atmospheric retrieval code")
    if numbered is not None and numbered.start() > 0:
        major = _MAJOR_OF.match(numbered.group(0))
        base = re.escape(name[: numbered.start()])
        if major is not None and re.search(
            rf"\bversion\s+{major.group(1)}(?:\.\d+)*\s+of\s+(?:the\s+|our\s+)?{base}\b", doc.text
        ):
            return False
    # (or whose abstract sets it beside the team's earlier one: "GravTag-3, the successor to our passive
    # GravTag-2 system (Whaanga et al., 2016), embeds ...")
    if numbered is not None and re.search(
        rf"(?<![\w-]){re.escape(name)},?\s+(?:the|an?)\s+(?:[a-z]+\s+)?"
        r"(?:successor|update|revision|(?:new|next)\s+version)\s+(?:to|of)\s+our\b",
        doc.text[doc.title_end :],
    ):
        return False
    # (or whose abstract speaks of the first as an earlier release, named alone: "ScopMeter 2: ..." and "The
    # first version of ScopMeter assigned ...", "HWAET 2: ..." and "Since its release in 2007, the HWAET
    # database ...", "WardGraph 2: ..." and "We previously released WardGraph, which ...")
    # (or that extends the team's first, named alone: "Steepfin 2.0: joint hierarchical priors ..." and "We
    # extend Steepfin, our hierarchical meta-analytic prior for Beverton-Holt steepness, to a joint prior")
    if numbered is not None and numbered.start() > 0:
        base = re.escape(name[: numbered.start()])
        # (or "we extend" it, named alone: "PaBEM 2.0: ..." and "Here we extend PaBEM to address ...")
        if re.search(
            rf"\b(?:extend(?:s|ed)?|updat(?:e|es|ed)|revis(?:e|es|ed)|expand(?:s|ed)?)\s+"
            rf"(?:{base},?\s+our\b|our\s+(?:[a-z\-]+\s+){{0,3}}?{base}(?![\w-]|\s+v?\d))|"
            rf"\b[Ww]e\s+(?:extend|update|revise|expand)\s+(?:the\s+)?{base}(?![\w-]|\s+v?\d)",
            doc.text[doc.title_end :],
        ):
            return False
    if (
        numbered is not None
        and numbered.group(0)[:1] == " "
        and _EARLIER_RELEASE.search(doc.text, doc.title_end)
    ):
        base = re.escape(name[: numbered.start()])
        if re.search(rf"(?<![\w-]){base}(?![\w-]|\s+v?\d)", doc.text[doc.title_end :]):
            return False
    if (" " not in name or all(_coined_word(w) for w in name.split())) and (
        _TITLE_DESIGN_OF.match(title, end) or _TITLE_APPOSED.match(title, end)
    ):
        head = _title_head(title, end)
        # (or a trial a coined name names, which the paper runs: "... (MAGPIE): a pragmatic randomised
        # controlled trial of a nurse-delivered programme")
        coined = all(_coined_word(w) for w in name.split())
        if head is not None and (
            _MADE_THING_WORD.fullmatch(head.lower())
            or (_MADE_FOR_PEOPLE.fullmatch(head.lower()) and coined)
            or (head.lower() == "trial" and coined)
        ):
            return False
    # "DeepSpeed Ulysses" in the title is "DeepSpeed-Ulysses" in the abstract: one name
    folded = _hyphens_as_spaces(name)
    if any(folded in (_hyphens_as_spaces(n) for n in (intro.name, *intro.aliases)) for intro in found):
        return False
    # a name keeps its capitals; a word the abstract writes in lowercase is a common noun, a drug or a
    # disease ("Dapagliflozin: A Review in Type 2 Diabetes" whose abstract says "dapagliflozin provides")
    lower = name.lower()
    if lower != name and re.search(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", doc.text[doc.title_end :]):
        return True
    # a coined acronym the title spells out after it is made, as a subject's name is not spelt out where a
    # paper names it: "SIGLA: scribal identification by graphetic letter analysis in Carolingian minuscule"
    spelt = _SPELT_IN_TITLE.match(title, end)
    if spelt is not None and len(name) >= 4 and name.isupper() and abbreviates(name, spelt.group(1)):
        return False
    abstract = _hyphens_as_spaces(doc.text[doc.title_end :])
    at = abstract.find(folded)
    while at >= 0:
        # the name as a whole word (found with find: a pattern made per paper cost 40 us)
        end = at + len(folded)
        if _word_edge(abstract[at - 1 : at] if at else "") and _word_edge(abstract[end : end + 1]):
            # spoken of; unless the abstract says what it is as a thing made, that the paper made
            # it, or what it does as things made do: then the paper's own
            return not _made_here(doc.text[doc.title_end :], name)
        at = abstract.find(folded, at + 1)
    # Not spoken of: only the spelling is left to tell. Words written as words ("Sepsis", "One
    # Health", "Good Vibrations") are as often the subject as a name the paper made, and so is a
    # phrase holding one ("Type 2 Diabetes", "Long COVID", "COVID-19 Vaccines").
    return not all(_coined_word(word) for word in name.split())


def _hyphens_as_spaces(text: str) -> str:
    return text.casefold().replace("-", " ")


_ROMAN = re.compile(r"[IVXLC]+")


def _coined_word(word: str) -> bool:
    """Return True if ``word`` is spelt as only a made name is: a capital inside it (not one starting
    a hyphen's part, as in "Pre-Exposure"), a digit, or capitals only (an acronym, not a Roman numeral).

    Examples
    --------
    >>> [_coined_word(w) for w in ("DeepSpeed", "QLoRA", "2", "GPT-4", "MKOR", "KDE-Hot", "Sepsis", "II")]
    [True, True, True, True, True, True, False, False]
    >>> [_coined_word(w) for w in ("Pre-Exposure", "Déjà", "Long-Term")]
    [False, False, False]
    """
    if any(ch.isdigit() for ch in word):
        return True
    for part in word.split("-"):
        letters = [ch for ch in part if ch.isalpha()]
        if len(letters) >= 2 and all(ch.isupper() for ch in letters):
            if _ROMAN.fullmatch(part) is None:
                return True
        elif any(ch.isupper() for ch in letters[1:]):
            return True
    return False


# A data release named by its number alone: "DR2", "EDR3", "PR4"
_RELEASE_ONLY = re.compile(r"(?:E?DR|PR)\d{1,2}")
_DATA_RELEASE_END = re.compile(r"\sE?DR\d{1,2}$")
# Nouns of collections of data a coined word may be followed by, capitalised, in its name ("the HARVEST
# Study", "the HUNT Cohort"): what the word names, as in lowercase ("the HARVEST cohort")
_COLLECTION_KINDS = frozenset(
    ["Study", "Cohort", "Registry", "Register", "Trial", "Biobank", "Survey", "Panel", "Project", "Database"]
)


def coined_head(words: Sequence[str]) -> str | None:
    """Return the coined word of a name that is that word and a noun of collections of data: the noun says
    what the word names, and the corpus names it by the word ("HARVEST participants", "the HARVEST
    cohort"). A word of two letters is as often a country's ("UK Biobank"). None for any other name.

    Examples
    --------
    >>> [coined_head(words.split()) for words in ("HARVEST Study", "UK Biobank", "Framingham Study")]
    ['HARVEST', None, None]
    """
    if len(words) != 2 or words[1] not in _COLLECTION_KINDS or len(words[0]) < 3:
        return None
    return words[0] if _coined_word(words[0]) else None


# What a paper's own name is said to be in its abstract ("Raft is a consensus algorithm", "Spanner is
# Google's scalable ... database"): a kind of thing made, not a disease, an event or a place.
_MADE_THING = (
    r"(?:system|method|model|framework|algorithm|database|tool|toolkit|toolbox|library|language|protocol|"
    r"architecture|approach|technique|platform|service|benchmark|dataset|corpus|package|optimi[sz]er|"
    r"network|engine|compiler|simulator|software|pipeline|estimator|test|index|scale|instrument|cohort|"
    r"registry|registries|biobank|lexicon|processor|device|chip|sensor|detector|spectrometer|repository|"
    r"repositories|archive|atlas|atlases|collection|catalogue|catalog|inventory|inventories|"
    # (and the parts and procedures a paper makes: "RowRAG, a retrieval-augmented inference scheme")
    r"scheme|procedure|module|layer|loss|objective|heuristic|solver|classifier|sampler|planner|controller|"
    r"decoder|encoder|parser|tagger)s?"
)
_IS_MADE = rf"\s+is\s+(?:a|an|the|our|[\w-]+'s)\s[^.;]{{0,100}}?\b{_MADE_THING}\b"
_MADE_THING_WORD = re.compile(rf"{_MADE_THING}|stores?")
# and, for a name spelt as only a made name is, what health and social sciences make: "SIMPLIFY: a
# pharmacist-led regimen simplification intervention", "STRIDE: a community-based walking programme"
# ("Yoga: a mind-body intervention for back pain" is the subject)
_MADE_FOR_PEOPLE = re.compile(
    r"(?:intervention|programme|program|questionnaire|bundle|app|score|rule|registry|cohort|classifier|"
    # (and the equations a clinic computes: "CysGro: a height-independent cystatin C equation for ...")
    r"equation|formula|calculator|nomogram)s?"
)
# in title case or in sentence case ("RenalPlate: a visual plate model for ...")
_TITLE_APPOSED = re.compile(r"\s*:\s+[Aa]n?\s")
# or the design of what it is: "ORCA: design and baseline characteristics of an observational registry"
_TITLE_DESIGN_OF = re.compile(
    r"\s*:\s+(?:[Rr]ationale|[Dd]esign|(?:[Ss]tudy\s+)?[Pp]rotocol|[Bb]aseline\s+characteristics|[Mm]ethods)"
    r"(?:,?\s+(?:and\s+)?(?:rationale|design|(?:study\s+)?protocol|baseline\s+characteristics|methods|first"
    r"\s+results))*\s+(?:of|for)\s+(?:an?|the)\s"
)


# First-person sentences making or giving the thing ("we develop and release Llama 2"), and what a
# made thing does ("ColabFold offers accelerated prediction"): a disease, an event or a place does
# neither.
_WE_MAKE = (
    rf"\b(?:we|this {_THIS})\b[^.;]{{0,40}}?\b(?:develop|release|build|built|"
    r"create|design|train|present|introduce|propose|describe|open-source|launch|implement|compile|"
    r"assemble)\w*\b[^.;]{0,80}?"
)
_IT_DOES = (
    r"\s+(?:offers|provides|enables|achieves|outperforms|supports|allows|matches|delivers|accelerates|runs|"
    r"scales|reaches|surpasses|attains|achieved|outperformed|attained|surpassed|"
    # (what a collection made does: "The LPDD assembles 2,317 ring-width series")
    r"assembles|compiles|collates|harmoni[sz]es|"
    # (what a new version does or is: "Stoichos 2 replaces the n-gram model with a transformer", "Stoichos 2
    # is released with a web interface")
    r"replaces|adds|is\s+released|is\s+(?:freely\s+|publicly\s+|openly\s+)?available)\b"
)


def _made_here(abstract: str, name: str) -> bool:
    """Return True if ``abstract`` says the paper made ``name``: what it is as a thing made ("X is a ...
    system"), "we develop / release / present ... NAME", or "NAME offers / achieves ...".

    Examples
    --------
    >>> _made_here("Spanner is Google's scalable, multi-version database. It is the first.", "Spanner")
    True
    >>> _made_here("In this work, we develop and release Llama 2, a collection of models.", "Llama 2")
    True
    >>> _made_here("ColabFold offers accelerated prediction of protein structures.", "ColabFold")
    True
    >>> _made_here("Pembrolizumab offers durable responses in advanced melanoma.", "Pembrolizumab")
    False
    >>> _made_here("Alzheimer's disease is the leading cause of dementia.", "Alzheimer's Disease")
    False
    >>> _made_here("We estimate the trade effects of Brexit on UK manufacturing.", "Brexit")
    False
    >>> _made_here("We report KelPhos, a biaryl phosphine.", "KelPhos")
    True
    >>> _made_here("We report COVID-19 cases in 12 countries.", "COVID-19")
    False
    >>> _made_here("Objective: To develop GlycoTriage, an offline Android application.", "GlycoTriage")
    True
    >>> _made_here("Objective: To develop COVID-19 guidance for care homes.", "COVID-19")
    False
    >>> _made_here("The Sojourn Survey, carried out in 2012, documented 87 clubs.", "Sojourn Survey")
    True
    """
    bounded = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
    # past its long form in brackets: "PRISM (Pulmonary Risk Inference from ...) is a ... network"
    # and as chemists and physicists present a compound or a device: "We report KelPhos, a ... phosphine"
    # (what they report otherwise is a finding: "we report COVID-19 cases")
    reported = rf"\bwe\s+report\s+{bounded},\s+an?\s"
    # or set off by commas: "RetiGrade, an ensemble of Inception-v3 networks, was trained on ..."
    apposed = bounded + rf",\s+an?\s[^.;,()]{{0,80}}?\b{_MADE_THING}\b"
    # and as a structured abstract's objective does: "Objective: To develop GlycoTriage, an offline Android
    # application that ..." (what a paper sets out to make, said of the thing with what it is)
    # (and "We derived HetPrior-AD, a set of predictive distributions ...")
    aimed = rf"\b(?:to|we)\s+(?:develop|design|build|create|derived?|construct(?:ed)?)\s+{bounded},\s+an?\s"
    # and as a survey's or a cohort's paper says what it gathered: "The Sojourn Survey, carried out between
    # March 2012 and November 2013, documented 87 amateur clubs"
    gathered = bounded + (
        r"(?:,\s+[^,.;]{1,80},)?\s+(?:documented|enrolled|recruited|surveyed|interviewed|sampled)\s+\d"
    )
    is_made = bounded + r"(?:\s*\([^()]{1,100}\))?" + _IS_MADE
    made = (is_made, _WE_MAKE + bounded, reported, apposed, aimed, gathered)
    if any(re.search(pattern, abstract, re.IGNORECASE) for pattern in made):
        return True
    # What a thing does is said of a drug or a disease too ("Pembrolizumab offers durable responses"):
    # it says a name was made only of one spelt as made names are, or capitalised mid-sentence.
    # a size or version of it too: "SpectraMAE-B attains 84.1% top-1 accuracy"
    # (or its acronym, given in brackets: "The Lowlands Panel Dendro Database (LPDD) assembles ...")
    variant = rf"(?<![\w-]){re.escape(name)}(?:-[A-Z0-9][\w.]*)?(?![\w-])\)?"
    if re.search(variant + _IT_DOES, abstract, re.IGNORECASE) is None:
        return False
    mid_sentence = rf"(?<![.!?]\s)(?<!\n)(?<!^){bounded}"
    return all(_coined_word(w) for w in name.split()) or re.search(mid_sentence, abstract) is not None


_LOWERCASE_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_WE_PRESENT = (
    rf"\b{_PAPER_SUBJECT}\s+(?:\w+\s+)?(?:present|introduce|describe|release|develop|propose)(?:s|d|ed)?\s+"
)


# Software is named as its makers spell it, often in lowercase or with a capital inside ("We developed
# ccNmin, an open-source R package", "we developed mipdr, an R package that ..."): where the paper says
# it made it and what kind of program it is, the word is a name however it is spelt.
_SOFTWARE_MADE = re.compile(
    _WE_PRESENT + r"([a-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*),\s+an?\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:package|library|command|toolkit|program|software|module|pipeline|plug-?in|app|tool)\b"
)
_NOT_SOFTWARE = frozenset(["here", "below", "above", "there", "then", "also", "now", "first", "finally"])


def _lowercase_made(doc: PaperText, name: str) -> bool:
    """Return True if ``name``, a word in lowercase leading the title before its colon, is a name spelt so:
    the abstract presents it so as made ("clonoscope: probabilistic inference of T-cell clonotypes" and
    "We present clonoscope, an open-source Python package"). A title's first word is capitalised in
    every style of title; a word left in lowercase there is written as its makers write it, and the
    abstract, which says what the paper made, says it of that word spelt the same.

    Examples
    --------
    >>> doc = record_text("p", "ridgewalk: An R Package for Density Ridges",
    ...                   "We present ridgewalk, an R package that implements SCMS.")
    >>> _lowercase_made(doc, "ridgewalk")
    True
    >>> doc = record_text("p", "tactus: meter in Renaissance music", "The tactus is the felt beat.")
    >>> _lowercase_made(doc, "tactus")
    False
    """
    if len(name) < 4 or _LOWERCASE_NAME.fullmatch(name) is None:
        return False
    abstract = doc.text[doc.title_end :]
    bounded = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
    # case kept: the word as the makers spell it, the object of "we present" set apart by what it is
    return re.search(_WE_PRESENT + bounded + r"\s*,\s+(?:a|an)\s", abstract) is not None


def title_cased(title: str) -> bool:
    """Return True if ``title`` capitalises (nearly) every word of four letters or more.

    Examples
    --------
    >>> title_cased("Spanner: Google's Globally-Distributed Database"), title_cased("A dataset of cats")
    (True, False)
    """
    # a word all letters is counted by its length: most are, and counting letter by letter is slow
    words = [w for w in title.split() if len(w) >= 4 and (w.isalpha() or sum(ch.isalpha() for ch in w) >= 4)]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _word_edge(char: str) -> bool:
    """Return True if ``char`` (one character, or "" at the text's edge) cannot continue a name."""
    return not char or not (char.isalnum() or char in "_-")


def _released(title: str) -> Introduced | None:
    """Return the later release of a named thing ``title`` presents, by the thing's name and the release's
    number (its paper names nothing of its own).

    >>> _released("Second data release of the Iberian Influent Archive: expansion to 52 plants").name
    'Iberian Influent Archive DR2'
    >>> _released("The TANDEM study: Second data release and twin-based estimates").name
    'TANDEM DR2'
    >>> _released("UCMED release 2: expanded coverage of longwall methane emissions").name
    'UCMED DR2'
    >>> _released("A second release of data: lessons") is None
    True
    >>> _released("Snakebite: the second round of the Terai Envenoming Household Survey (TEHS-2)").name
    'TEHS-2'
    >>> _released("CARSA 2.0: the second release of the Cantabrian Rural Speech Archive") is None
    True
    """
    m = _RELEASE_TITLE.match(title)
    if m is None:
        numbered = _ROUND_TITLE.search(title)
        return Introduced(numbered.group(1), "dataset", title.strip(), [], "title") if numbered else None
    name = (m.group("name1") or m.group("name2") or m.group("name3")).strip()
    ordinal = m.group("ord1") or m.group("ord2")
    number = RELEASE_ORDINALS[ordinal.lower()] if ordinal else int(m.group("num3"))
    # (a release named by a number of its own is that name's: "CARSA 2.0: the second release of ...")
    if not _looks_like_name(name, alone=True) or any(ch.isdigit() for ch in name.split()[-1]):
        return None
    return Introduced(f"{name} DR{number}", "dataset", title.strip(), [], "title")


def find_introduced(doc: PaperText, rejected: list[tuple[str, str]] | None = None) -> list[Introduced]:
    """Return the names ``doc`` introduces, each with the sentence that introduces it.

    Looks for the title's lead name ("Sophia: ..."), "we propose / introduce /
    present X", "called / named / dubbed / termed X", an acronym defined for
    the paper's own contribution, "X is proposed", and the trial a report ran
    ("In the ... (DAPA-HF) trial, we randomly assigned ...": a dataset).

    A candidate that is not a name is left out: the modifier of a noun phrase
    ("a Chinese word segmentation system", "an HMM-based tagger"), a language,
    nationality or eponymous adjective ("Bayesian"), and the acronym of a task
    or field ("named entity recognition (NER)").

    Parameters
    ----------
    doc
        A paper's text.
    rejected
        When given, each candidate left out is appended as ``(name, reason)``,
        reason one of ``modifier``, ``adjective``, ``task``, ``kind``, ``topic``.

    Returns
    -------
    list of Introduced
        One per name, in the order found; a name near "dataset", "benchmark"
        or "corpus" is a dataset, else a method.
    """
    found: list[Introduced] = []
    title_lead: Introduced | None = None
    released = _released(doc.text[: doc.title_end]) if doc.title_end else None
    if released is not None:
        # (by the acronym and number its abstract gives it: "the second data release of the Divan Manuscript
        # Census (DMC 2)")
        base = released.name.rsplit(" DR", 1)[0]
        given = re.search(rf"\b{re.escape(base)}\s*\(([A-Z][A-Za-z]*[A-Z]\s?\d{{1,2}})\)", doc.text)
        if given is not None:
            released.aliases.append(given.group(1))
        found.append(released)
    developed = _DEVELOPED.match(doc.text[: doc.title_end]) if doc.title_end else None
    if developed is not None:
        title, abstract = doc.text[: doc.title_end], doc.text[doc.title_end :]
        found.extend(_developed(title, developed.end(), rejected, abstract))
    # whether the paper says it analyses another's trial (asked once, at its first trial named)
    of_another: bool | None = None
    titled = _TITLED_TRIAL.search(doc.text[: doc.title_end]) if doc.title_end else None
    if titled is not None:
        of_another = _REPORTED_OF_ANOTHER.search(doc.text) is not None
    if titled is not None and not of_another:
        found.append(Introduced(titled.group(1), "dataset", doc.text[: doc.title_end].strip(), [], "trial"))
    designed = _DESIGN_TITLE.search(doc.text[: doc.title_end]) if doc.title_end else None
    said = doc.text[: doc.title_end].strip()
    if designed is None and "describe" in doc.text:
        designed = _DESCRIBES_DESIGN.search(doc.text, doc.title_end)
        said = sentence_at(doc, designed.start())[1] if designed is not None else said
    design_short, design_long = "", None
    if designed is not None:
        design_short, design_long = designed[1] or designed[3] or designed[5], designed[2] or designed[4]
        if design_long and not abbreviates(design_short, design_long):
            designed = None
    if designed is not None and (titled is None or titled.group(1) != design_short):
        design_aliases = [design_long] if design_long else []
        found.append(Introduced(design_short, "dataset", said, design_aliases, "design"))
    # a title naming a thing by its long form and acronym, of a kind the abstract says the paper made: "A
    # composite Tubular And Leukocyte Urinary Score (TALUS) for early detection of ..." and "We developed a
    # composite urinary score combining ..."
    defines = _TITLE_DEFINES.match(doc.text[: doc.title_end]) if doc.title_end and not found else None
    if defines is not None and abbreviates(defines.group(2), defines.group(1)):
        head = re.escape(defines.group(1).split()[-1].lower())
        made_one = rf"\b[Ww]e\s+{_MAKING_VERB}\s+an?\s+(?:[\w\-]+\s+){{0,4}}?{head}\b"
        if re.search(made_one, doc.text[doc.title_end :]):
            title = doc.text[: doc.title_end].strip()
            kind = _kind_near(title, defines.group(2))
            found.append(Introduced(defines.group(2), kind, title, [defines.group(1)], "title"))
    trial = _TRIAL_TITLE.search(doc.text[: doc.title_end]) if doc.title_end and not found else None
    if trial is not None and sum(ch.isalpha() for ch in trial.group(1)) >= 3:
        found.append(Introduced(trial.group(1), "dataset", doc.text[: doc.title_end].strip(), [], "trial"))
    design_lead = _DESIGN_LEAD.match(doc.text[: doc.title_end]) if doc.title_end else None
    if design_lead is None and doc.title_end and "aseline" in doc.text[: doc.title_end]:
        design_lead = _BASELINE_OF.search(doc.text[: doc.title_end])
    if design_lead is not None and not found:
        name = design_lead.group(1)
        # its acronym, given in the title or where the abstract spells the name out
        spelt = re.search(re.escape(name) + r"\s*\(([A-Z][\w\-]*)\)", doc.text)
        short = design_lead.group(2) or (spelt.group(1) if spelt else None)
        if _looks_like_name(name, alone=True, rejected=rejected) or (short and abbreviates(short, name)):
            title = doc.text[: doc.title_end].strip()
            # named by its acronym, as a paper spelling its name out names it (_intro)
            found.append(Introduced(short or name, "dataset", title, [name] if short else [], "design"))
    profiled = _PROFILED.match(doc.text[: doc.title_end]) if doc.title_end else None
    # (a long form holding a comma, its acronym after it: "Cohort profile: the Ageing, Longitudinal Drug
    # Exposure and Renal outcomes (ALDER) study")
    listed = _PROFILED_LISTED.match(doc.text[: doc.title_end]) if profiled is not None else None
    if listed is not None and abbreviates(listed.group(2), listed.group(1)):
        aliases = [listed.group(1)]
        title = doc.text[: doc.title_end].strip()
        found.append(Introduced(listed.group(2), "dataset", title, aliases, "profile"))
    elif profiled is not None:
        words = profiled.group(1).split()
        short = profiled.group(2)
        # "the SAVANE household cohort for arbovirus surveillance in Kedougou": the name, then what it is (all
        # of it where its acronym spells it word by word: "the Vaskholm Ageing and Hearing Cohort (VAHC)")
        # (or as its own acronym stands for it, past lowercase words: "the Older-adult Delirium and
        # Neurocognitive outcomes (ODIN) cohort")
        whole = short is not None and (
            _initials(profiled.group(1)) == short or abbreviates(short, profiled.group(1))
        )
        cut = next((i for i, w in enumerate(words) if i and w[:1].islower()), len(words))
        name = " ".join(words) if whole else coined_head(words[:cut]) or " ".join(words[:cut])
        title = doc.text[: doc.title_end].strip()
        if _looks_like_name(name, alone=True, rejected=None if whole else rejected):
            found.append(Introduced(name, "dataset", title, [short] if short else [], "profile"))
        elif whole and short is not None:
            # (a long form no name is shaped as: named by its acronym)
            found.append(Introduced(short, "dataset", title, [name], "profile"))
    elif doc.title_end and released is None:
        lead = _TITLE_LEAD.match(doc.text[: doc.title_end + 1])
        led = lead.group(1).strip() if lead else ""
        # what the name's acronym stands for, given after it: "The VANE survey (Vault Acetate and Nitrate
        # Evaluation): ...", "VANE (Vault Acetate and Nitrate Evaluation): ..."
        spelt_out = _SPELT_ENDS.search(led)
        long_forms: list[str] = []
        # (named as its users write it, "SettleGrid-100 v2", and as written; what kind it is read of the title
        # so written)
        worded = _WORDED_VERSION.fullmatch(led)
        if worded is not None:
            led, long_forms = f"{worded.group(1)} v{worded.group(2)}", [led]
        if spelt_out is not None:
            short = led[: spelt_out.start()].removeprefix("The ").split()
            if short and _ACRONYM_SHAPE.fullmatch(short[0]) and abbreviates(short[0], spelt_out.group(1)):
                led, long_forms = led[: spelt_out.start()], [spelt_out.group(1)]
        named_kind = _TITLE_NAMED_KIND.fullmatch(led) if lead else None
        if named_kind is not None and _coined_word(named_kind.group(1)):
            # "The DETACH score: early prediction of ...", "The NEOVAS registry: design and ...": the title
            # says what its coined name is, as "DETACH: a ... score" would
            noun = named_kind.group(2).capitalize()
            kind = "dataset" if _names_data(noun) else "method"
            title = doc.text[: doc.title_end].strip()
            found.append(Introduced(named_kind.group(1), kind, title, long_forms, "title"))
        elif lead:
            name = led
            # (its acronym after it, which the abstract gives again: "The Iberian Influent Archive (IbIA): a
            # biobank of frozen raw wastewater ...")
            given = _ACRONYM_ENDS.search(name)
            if given is not None and abbreviates(given.group(1), name[: given.start()].removeprefix("The ")):
                name = name[: given.start()]
                # (the acronym, where its long form is too long to be the name: "Memory And Goal-Planning
                # Intervention for Everyday caregiving (MAGPIE): a pragmatic randomised controlled trial")
                spelt_words = len(name.split()) - name.startswith("The ")
                if spelt_words > 4 and _ACRONYM_SHAPE.fullmatch(given.group(1)):
                    name, long_forms = given.group(1), [name.removeprefix("The ")]
            # (four words, past its article: "The Lowlands Panel Dendro Database: tree-ring series of ...")
            if (
                len(name.split()) - name.startswith("The ") <= 4
                and "," not in name
                and _looks_like_name(name, alone=True, rejected=rejected)
            ) or _lowercase_made(doc, name):
                title = doc.text[: doc.title_end].strip()
                # "TableTop-50K: A Large-Scale Dataset of ...": the title says what kind the name is
                kind = _kind_near(title if worded is None else f"{name}{title[lead.end(1):]}", name)
                # (a collection's name says so itself, without its article: "The Thousand Lakes Survey:
                # synoptic water chemistry of Fennoscandian lakes", whose abstract abbreviates it "(TLS)")
                if name.startswith("The ") and _DATA_NAME_END.fullmatch(name.split()[-1]):
                    name, kind = name[4:], "dataset"
                    spelt = re.search(re.escape(name) + r"\s*\(([A-Z][\w\-]*)\)", doc.text)
                    if spelt is not None and abbreviates(spelt.group(1), name):
                        title_lead = Introduced(spelt.group(1), kind, title, [name], "title")
                if title_lead is None:
                    title_lead = Introduced(name, kind, title, long_forms, "title")
    bounds = [*doc.starts, len(doc.text)]
    for i in range(len(doc.starts)):
        raw = doc.text[bounds[i] : bounds[i + 1]]
        # names given as a thing is described, with or without "we": read on the sentence spaced once
        resulting = raw.lstrip().startswith("The ")
        designated = "designated" in raw or "denoted" in raw or "hereafter" in raw
        trial_was = " trial" in raw and (" was a" in raw or " is a" in raw)
        flat = " ".join(raw.split()) if resulting or designated or trial_was else ""
        given = _RESULTING.match(flat) if resulting else None
        acronym = given.group(2) if given is not None else ""
        if given is not None and abbreviates(_VERSION_END.sub("", acronym), given.group(1)):
            found.append(_intro(acronym, flat, [given.group(1).strip()], "names"))
        apposed = _RESULTING_NAMED.match(flat) if resulting and given is None else None
        named = apposed.group(1) or apposed.group(2) if apposed is not None else None
        if named is not None and _coined_word(named):
            found.append(_intro(named, flat, how="names"))
        elif apposed is not None and apposed.group(3) and _looks_like_name(apposed.group(3), alone=True):
            found.append(Introduced(apposed.group(3), "dataset", flat, [], "names"))
        conducted = _CONDUCTED.search(raw) if " the " in raw and contains_any(raw, _CONDUCTED_WORDS) else None
        if conducted is not None:
            survey, short = " ".join(conducted.group(1).split()), conducted.group(2)
            if short and abbreviates(short, survey):
                found.append(Introduced(short, "dataset", " ".join(raw.split()), [survey], "names"))
            elif _looks_like_name(survey, alone=True):
                found.append(Introduced(survey, "dataset", " ".join(raw.split()), [], "names"))
        for m in _DESIGNATED.finditer(flat) if designated else ():
            name = m.group(1).rstrip(".")
            if _coined_word(name) and name_rejection(name) is None:
                found.append(_intro(name, flat, how="names"))
        trial = _TRIAL_WAS.match(flat) if trial_was else None
        if trial is not None and of_another is None:
            of_another = _REPORTED_OF_ANOTHER.search(doc.text) is not None
        if trial is not None and not of_another:
            form = trial.group(2)
            aliases = [form] if form and abbreviates(trial.group(1), form) else []
            found.append(Introduced(trial.group(1), "dataset", flat, aliases, "trial"))
        # a thing presented in the passive, without "we" ("Harrow, a program ..., is described")
        cue = " is " in raw or " been " in raw or " was " in raw or " here " in raw
        if cue and _PRESENTED_CUE.search(raw):
            found.extend(_presented_passive(doc.text[: doc.title_end], " ".join(raw.split()), rejected))
        # or what the sentence made, named as it is described ("A prospective, multicentre cohort ... was
        # established ... and is described here as the Thornbury Glioma Cohort (TGC)")
        flat = " ".join(raw.split()) if " as " in raw else ""
        called = _DESCRIBED_HERE_AS.search(flat) if flat else None
        if called is not None:
            name, end = _name_from(flat, called.end())
            if name:
                name, acronym = _name_and_acronym(flat, called.end(), name, end)
                if _looks_like_name(acronym or name, alone=True, rejected=rejected):
                    found.append(_intro(acronym or name, flat, [name] if acronym else [], "names"))
        # or named as the next sentence takes it up ("The model, named KRAUSEN (...), couples ...")
        opening = raw.lstrip()
        taken_up = _THE_NAMED.match(opening) if opening.startswith("The ") else None
        if taken_up is not None:
            name, end = _name_from(opening, taken_up.end())
            others = _BY_OTHERS_AFTER.match(opening, end) is not None
            if name and not others and _looks_like_name(name, alone=True, rejected=rejected):
                acronym = _acronym_after(opening, end)
                aliases = [name] if acronym else []
                found.append(_intro(acronym or name, " ".join(opening.split()), aliases, "names"))
        # every cue below needs one of these words: most sentences are passed over unread
        if _ANY_CUE.search(raw) is None:
            continue
        sentence = " ".join(raw.split())
        if not sentence:
            continue
        lower = sentence.lower()
        first_person = "we " in lower or "our " in lower or _THIS_PAPER.search(lower) is not None
        own = _SUBJECT_VERB.search(sentence) if first_person else None
        named = 0
        if first_person and contains_any(lower, _CALLED_CUES):
            for m in _CALLED.finditer(sentence):
                name, end = _name_from(sentence, m.end())
                # (not the first word of a notation: "We call the resulting system Weave(⊕)" names no Weave)
                if name and sentence[end : end + 1] == "(":
                    continue
                if name and _looks_like_name(name, alone=True, rejected=rejected):
                    acronym = _acronym_after(sentence, end)
                    if acronym is None:
                        later = _LATER_ACRONYM.match(sentence[end:])
                        acronym = later.group(1) if later else None
                    found.append(_intro(acronym or name, sentence, [name] if acronym else [], "names"))
                    named += 1
        if (
            " our " in f" {lower}" or "a novel " in lower or "a new " in lower or "the extended " in lower
            or "the resulting " in lower or "the extension," in lower or "the variant," in lower
        ) and "," in sentence:
            for m in _APPOSITION.finditer(sentence):
                name, end = _name_from(sentence, m.end())
                closed = sentence[end : end + 2].startswith((",", " (", ")"))
                if name and closed and _looks_like_name(name, alone=True, rejected=rejected):
                    acronym = _acronym_after(sentence, end)
                    found.append(_intro(acronym or name, sentence, [name] if acronym else [], "names"))
                    named += 1
        if own and not named and not _put_into_use(sentence, own):
            made = _from_verb_object(sentence, own.end(), rejected)
            if not made:
                # "We developed a patch-leaving paradigm, the Dynamic Reward Integration in Foraging Task
                # (DRIFT), in which ...": what was made, named in apposition by the name its acronym spells
                named_as = _NAMED_IN_APPOSITION.match(sentence, own.end())
                acronym = named_as.group(2) if named_as is not None else ""
                if named_as is not None and abbreviates(_VERSION_END.sub("", acronym), named_as.group(1)):
                    made = [_intro(acronym, sentence, [named_as.group(1)])]
            if made and _GATHERED.search(own.group(0)):
                made = [intro for intro in made if _gathered_whole(sentence, own.end(), intro)]
            found.extend(made)
        if first_person and "," in sentence:
            for m in _EXTENDED_AS.finditer(sentence):
                found.append(_intro(m.group("name"), sentence, how="names"))
        if first_person and ", a" in sentence:
            for m in _SOFTWARE_MADE.finditer(sentence):
                if len(m.group(1)) >= 4 and m.group(1) not in _NOT_SOFTWARE:
                    found.append(_intro(m.group(1), sentence, how="apposition"))
        reports = _REPORTS_DEVELOPMENT.search(sentence) if first_person and "the " in sentence else None
        if reports is not None:
            found.extend(_developed(sentence, reports.end(), rejected))
        # (in the first person, or an objective's "To describe the design of SKINTRACK, a ... registry")
        described = (
            _DESCRIBES.search(sentence)
            if "describe" in lower or "to introduce" in lower or "to present" in lower or " details " in lower
            or " documents " in lower
            else None
        )
        if described is not None and doc.title_end:
            found.extend(_described(doc.text[: doc.title_end], sentence, described.end(), rejected))
        if first_person and (") t" in sentence or ") s" in sentence) and _WE_RANDOMISED.search(lower):
            for m in _TRIAL_NAMED.finditer(sentence):
                if sum(ch.isalpha() for ch in m.group(1)) >= 3:
                    found.append(Introduced(m.group(1), "dataset", sentence, [], "trial"))
        if _OTHERS_WORK.match(sentence):
            continue
        for m in _PASSIVE.finditer(sentence) if "proposed" in sentence else ():
            if _LIST_BEFORE.search(sentence[: m.start()]):
                continue
            acronym, name = m.group(2), m.group(1)
            if acronym and any(ch.isupper() for ch in acronym):
                found.append(_intro(acronym, sentence, [], "proposes"))
            elif _looks_like_name(name, alone=True, rejected=rejected):
                found.append(_intro(name, sentence, [], "proposes"))
    # "The Moorhen Corpus: Spoken English ..." and "We introduce the Moorhen Corpus": one name, spelt as
    # the text spells it, without the article
    lead_name = title_lead.name if title_lead is not None else ""
    # (or its long form, which the abstract abbreviates: "The Northfield Sleep Cohort: design ..." and "the
    # Northfield Sleep Cohort (NSC), a new prospective community cohort")
    if lead_name.startswith("The ") and any(lead_name[4:] in (intro.name, *intro.aliases) for intro in found):
        # (what the title says it is, the abstract's saying less: "The Nordic SME Insolvency Panel: a
        # harmonised dataset of ..." and "We introduce the Nordic SME Insolvency Panel (NSIP), which ...")
        for intro in found:
            if title_lead is not None and title_lead.kind == "dataset" and lead_name[4:] in intro.aliases:
                intro.kind = "dataset"
        title_lead = None
    if title_lead is not None:
        if _title_topic(doc, title_lead.name, found):
            if rejected is not None:
                rejected.append((title_lead.name, "topic"))
        else:
            # "KinetiQ: Probing Physical Commonsense in ..." says less of what it is than "We introduce
            # KinetiQ, a benchmark of 1,560 prompts": the abstract's data word tells
            if any(intro.name == title_lead.name and intro.kind == "dataset" for intro in found):
                title_lead.kind = "dataset"
            found.insert(0, title_lead)
    unique: dict[str, Introduced] = {}
    for intro in found:
        why = name_rejection(intro.name)
        # a release's number alone names no thing of its own: "We present the second data release (DR2) of
        # the Meridian Spectroscopic Survey" (every survey has a DR2; the survey's name says whose)
        if why is None and _RELEASE_ONLY.fullmatch(intro.name):
            why = "release"
        # a release the paper dates before itself, its team's earlier one: "When we released OrphanSet-512 in
        # 2019, the best available method ..." of a paper re-evaluating predictors on it
        if why is None and intro.how == "proposes":
            earlier = _WHEN_WE_MADE.search(intro.sentence)
            if earlier is not None and intro.sentence.startswith(intro.name, earlier.end()):
                why = "earlier"
        # a data release of a named thing is data: "ICEFALL DR2: extending the ... velocity record to 2015";
        # so is what its paper calls data anywhere: "the Wadden Boundary Experiment (WABEX), a six-week field
        # campaign ... The quality-controlled WABEX dataset ... is available"
        # (or spelt out in words ending in a noun of data: "The Nordic Radiocarbon Archaeological Dates
        # database (NRAD): a quality-assessed compilation for Fennoscandia and Denmark")
        if intro.kind == "method" and (
            _DATA_RELEASE_END.search(intro.name)
            or re.search(rf"(?<![\w-]){re.escape(intro.name)}\s+(?:dataset|data\s+set|database)\b", doc.text)
            or _release_of_data(doc.text, intro.name)
            or any(_DATA_NOUN_END.search(alias) for alias in intro.aliases if " " in alias)
        ):
            intro.kind = "dataset"
        if why == "adjective" and intro.how == "apposition":
            why = None  # shaped as an adjective, a noun by its apposition (_noun_in_apposition)
        if why == "task" and intro.aliases:
            # spelt out, its words say whether it is a task's (below): "the Tannin Texture Scale (TTS)" is
            # no text-to-speech
            why = None
        if (is_task_acronym(intro.name, intro.aliases) and not _names_an_undertaking(intro)) or why:
            if rejected is not None:
                rejected.append((intro.name, why or "task"))
            continue
        if intro.name and intro.name not in unique and len(intro.name) >= 2:
            unique[intro.name] = intro
        elif intro.name in unique:
            for alias in intro.aliases:
                if alias not in unique[intro.name].aliases:
                    unique[intro.name].aliases.append(alias)
    return list(unique.values())


# A release of data the abstract names as such: "We present the second release of CHINAWARE-VOC, a database
# of porcelain entries" of "CHINAWARE-VOC 2.0: linking Company invoices, ..."
_NTH_RELEASE_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|new|latest|updated|expanded)\s+(?:data\s+)?release\s+of\s+"
    r"(?:the\s+)?$"
)
_APPOSED_DATA_NOUN = re.compile(
    r"(?:\s+(?:dataset|data\s+set|database|corpus))?,\s+an?\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:database|dataset|data\s+set|corpus|collection|archive|catalogue|catalog|register|registry)\b"
)


def _release_of_data(text: str, name: str) -> bool:
    """Return True if ``name``, a numbered version ("CHINAWARE-VOC 2.0"), is what ``text`` calls a release of
    its base name ("the second release of CHINAWARE-VOC"), which it says is data ("..., a database of ...").

    Examples
    --------
    >>> _release_of_data("We present the second release of CHINAWARE-VOC, a database of entries.",
    ...                  "CHINAWARE-VOC 2.0")
    True
    >>> _release_of_data("We present the second release of Sorrel, a sampler for IRT models.", "Sorrel 2")
    False
    """
    numbered = _NUMBERED.search(name)
    if numbered is None or numbered.start() == 0 or "release" not in text:
        return False
    base = name[: numbered.start()]
    for m in re.finditer(rf"(?<![\w-]){re.escape(base)}(?![\w-])", text):
        released = _NTH_RELEASE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if released and _APPOSED_DATA_NOUN.match(text, m.end()):
            return True
    return False


# What a paper compiles or assembles is a collection, often of another's data: "We assembled GBIF
# occurrence data" names the source, "we compiled MERCATOR, a corpus" and "We assembled the ANTICOAG-UK
# cohort" what was made. The name made is followed by its apposition, its acronym or a noun of
# collections, not by the nouns of what was taken.
_GATHERED = re.compile(r"(?:compil|assembl)\w*\s+$")
_GATHERED_END = re.compile(
    r"\s*(?:$|[,;:.(]|(?:cohort|corpus|corpora|dataset|data set|database|collection|archive|panel|registry|"
    r"register|treebank|sample)s?\b)"
)


def _gathered_whole(sentence: str, start: int, intro: Introduced) -> bool:
    """Return True if ``intro``, read after a verb of gathering at ``start``, is the collection made, not a
    source named before the nouns of what was taken from it (:data:`_GATHERED`).

    Examples
    --------
    >>> s = "We assembled GBIF occurrence data for 1,340 species."
    >>> _gathered_whole(s, 13, Introduced("GBIF", "method", s, [], "proposes"))
    False
    >>> s = "We assembled the ANTICOAG-UK cohort from the CPRD."
    >>> _gathered_whole(s, 13, Introduced("ANTICOAG-UK", "dataset", s, [], "proposes"))
    True
    """
    # the first of its forms written there: "the Rural Credit Survey (RCCS)", "LATTICE (Liquefaction ...)"
    found = [(at, name) for name in (*intro.aliases, intro.name) if (at := sentence.find(name, start)) >= 0]
    if not found:
        return True
    at, name = min(found)
    return _GATHERED_END.match(sentence, at + len(name)) is not None


def _put_into_use(sentence: str, own: re.Match[str]) -> bool:
    """Return True if the paper's verb ``own`` is "introduced" and a setting follows its object
    (:data:`_PUT_INTO_USE`): a thing put into use there, not made.

    Examples
    --------
    >>> [_put_into_use(s, _SUBJECT_VERB.search(s)) for s in (
    ...     "We introduced PEWS on six paediatric wards.", "We introduce PEWS, a score used on wards.")]
    [True, False]
    """
    return (
        own.group(0).rstrip().endswith("introduced") and _PUT_INTO_USE.match(sentence, own.end()) is not None
    )


def acronym_definitions(text: str) -> dict[str, str]:
    """Return the acronyms ``text`` defines, each with the words before it ("Long Form (LF)").

    Parameters
    ----------
    text
        A paper's text.

    Returns
    -------
    dict
        Acronym -> the words before its first definition (as many as it has
        capitals, plus one).
    """
    out: dict[str, str] = {}
    for m in _ACRONYM_DEF.finditer(text):
        acronym = m.group(1)
        letters = [ch for ch in acronym if ch.isupper()]
        # (a name in brackets after a figure says whose the figure is, and spells nothing: "accuracy improved
        # from 71.9% (HARP) to 78.4%")
        if len(letters) < 2 or _FIGURE_BEFORE.search(text, max(0, m.start() - 2), m.start()):
            continue
        words = _WORD_RUN.findall(text[max(0, m.start() - 90) : m.start()])
        out.setdefault(acronym, " ".join(words[-max(2, len(letters) + 1) :]))
    # (its bracket closed before a space, a comma or a stop: "with SPAN (Symptoms of ... Nausea), a scale")
    if ")" in text:
        for m in _ACRONYM_THEN_FORM.finditer(text):
            if m.group(1) not in out and abbreviates(m.group(1), m.group(2)):
                out[m.group(1)] = m.group(2)
    return out


# The other order: the acronym, perhaps a noun, then its long form in brackets ("The SPARTA trial
# (Spironolactone Against Resistant hypertension: a Trial in Adults)").
_ACRONYM_THEN_FORM = re.compile(
    r"\b([A-Z][A-Z0-9\-]*[A-Z][A-Z0-9\-]*)(?:\s+[a-z]+)?\s+\(([A-Z][^()]{7,120})\)"
)


# A survey, cohort, study or trial is named for what it does, in words a task's name may end in ("the
# Vault Acetate and Nitrate Evaluation (VANE) survey"): the acronym of a task or field names no such thing
_UNDERTAKING_AFTER = re.compile(
    r"\)?\s+(?:survey|cohort|study|trial|census|registry|register|panel)s?\b", re.IGNORECASE
)


def _names_an_undertaking(intro: Introduced) -> bool:
    """Return True if ``intro``'s sentence follows its name with the noun of a survey, cohort, study or trial.

    >>> _names_an_undertaking(Introduced("VANE", "dataset", "We ran the Vault Review (VANE) survey.", [], ""))
    True
    >>> _names_an_undertaking(Introduced("NER", "method", "We propose NER models.", [], ""))
    False
    """
    at = intro.sentence.find(intro.name)
    return at >= 0 and _UNDERTAKING_AFTER.match(intro.sentence, at + len(intro.name)) is not None


def abbreviates(acronym: str, form: str) -> bool:
    """Return True if ``form`` can be what ``acronym`` stands for: its first word starts with the acronym's
    first letter, and its letters hold the acronym's in order (as Schwartz and Hearst match them).

    Examples
    --------
    >>> abbreviates("SPARTA", "Spironolactone Against Resistant hypertension: a Trial in Adults")
    True
    >>> abbreviates("BERT", "Devlin et al., 2019"), abbreviates("GLUE", "General Language Understanding")
    (False, True)
    """
    letters = form.lower()
    if not letters.startswith(acronym[0].lower()):
        return False
    at = 0
    for ch in acronym.lower():
        if not ch.isalnum():
            continue
        at = letters.find(ch, at) + 1
        if at == 0:
            return False
    return True


# --- citations by authors and year ---------------------------------------------------

# A surname: a capital, then letters, apostrophes or hyphens, at least one lowercase ("McDonald",
# "O'Neil", "Smith-Jones"); all-capital tokens (acronyms) are not surnames.
_SURNAME = r"[A-Z\u00c0-\u00de][\w'\u2019\-]*[a-z\u00df-\u00ff][\w'\u2019\-]*"
# (after its particles: "van der Linde et al., 2012", "de Bruijn and Vogel (2019)", "von Humboldt (1808)")
_PARTICLES = r"(?:(?:[Vv]an|[Vv]on|der|den|[Dd]e|[Dd]el|della|[Dd]i|[Dd]a|dos|das|du|ten|ter|zu)\s+){0,2}"
_OTHERS = rf"(?:\s+(?:and|&)\s+(?P<b>{_PARTICLES}{_SURNAME})|\s+et\s+al\b\.?)?"
# A year that may close a citation: then the words before it are read (a scan for years is far
# cheaper than trying a surname pattern at every capital of every abstract).
# (Not preceded by a word character or a full stop: checked in Python, since a look-behind
# here would make every offset of the text a place to try the pattern, four times slower.)
_YEAR_AT = re.compile(r"(?P<y>(?:1[89]|20)\d\d)[a-z]?(?=\s*[;),])")
# "Goldwater and Griffiths's (2007)", "Smets and Wouters (2007)", "Cushman et al. (2002)"
_NARRATIVE = re.compile(rf"\b(?P<a>{_PARTICLES}{_SURNAME}){_OTHERS}(?:'s|\u2019s|')?\s*\($")
# "(Cushman et al., 2002)", "(e.g., Irbäck and Potthast, 1995; Smith 2001)": one item of a list
_PARENTHETICAL = re.compile(
    rf"[(;]\s*(?:e\.g\.,?\s*|see\s+|cf\.\s*)?(?P<a>{_PARTICLES}{_SURNAME}){_OTHERS},?\s+$"
)
_NEXT_YEAR = re.compile(r"[a-z]?\s*[,;]\s*")
# How far before its year a citation may start.
_CITATION_REACH = 90


_POSSESSIVE = re.compile(r"['\u2019]s?$")


@dataclass(frozen=True)
class AuthorYear:
    """A paper cited in the text by its authors' surnames and its year."""

    first: str
    second: str | None
    et_al: bool
    year: int
    start: int
    surface: str


def author_year_citations(text: str) -> list[AuthorYear]:
    """Return the papers ``text`` cites by authors and year, in order.

    An in-text citation names one paper, not a technique: "Goldwater and
    Griffiths's (2007) fully-Bayesian approach", "the model of Smets and Wouters
    (2007)", "(Cushman et al., 2002)". The forms read are the narrative one
    (surnames, then the year in brackets) and the items of a bracketed list
    (surnames, a comma, the year), with one surname, two joined by "and" or "&",
    or one and "et al.".

    Parameters
    ----------
    text
        Any text.

    Returns
    -------
    list of AuthorYear

    Examples
    --------
    >>> [(c.first, c.second, c.year) for c in author_year_citations("As in Smets and Wouters (2007), we ...")]
    [('Smets', 'Wouters', 2007)]
    >>> [(c.first, c.year) for c in author_year_citations("X (van der Linde et al., 2012; Vogel, 2015)")]
    [('van der Linde', 2012), ('Vogel', 2015)]
    >>> [(c.first, c.year) for c in author_year_citations("the NEAH corpus (Whitfield et al., 2010, 2024)")]
    [('Whitfield', 2010), ('Whitfield', 2024)]
    """
    if "(" not in text:
        return []
    found: list[AuthorYear] = []
    for y in _YEAR_AT.finditer(text):
        if y.start() and (text[y.start() - 1].isalnum() or text[y.start() - 1] in "._"):
            continue
        lo = max(0, y.start() - _CITATION_REACH)
        before = text[lo : y.start()]
        m = _NARRATIVE.search(before) if text.startswith(")", y.end()) else None
        if m is None:
            m = _PARENTHETICAL.search(before)
        if m is None:
            # (a later year of the authors just cited: "(Whitfield et al., 2010, 2024)", "(Volkova et al.,
            # 2012; 2021)")
            last = found[-1] if found else None
            if last is not None and _NEXT_YEAR.fullmatch(text, last.start + len(last.surface), y.start()):
                surface = text[last.start : y.end()]
                year = int(y.group("y"))
                found.append(AuthorYear(last.first, last.second, last.et_al, year, last.start, surface))
            continue
        start = lo + m.start("a")
        second = _POSSESSIVE.sub("", m.group("b")) if m.group("b") else None
        found.append(
            AuthorYear(
                _POSSESSIVE.sub("", m.group("a")),
                second,
                "et al" in m.group(0),
                int(y.group("y")),
                start,
                text[start : y.end() + (1 if m.re is _NARRATIVE else 0)].strip(),
            )
        )
    return found
    return [found[k] for k in sorted(found)]
