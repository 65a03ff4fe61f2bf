"""BUILDS_ON edges: a paper mentions a name another, earlier paper introduced."""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from paperkg._compact import compact, share_fields_set
from paperkg.inference.extract import AuthorYear
from paperkg.models import DatePrecision, Edge, EdgeKind, Paper

__all__ = [
    "CALIBRATION",
    "EMIT_THRESHOLD",
    "AuthorIndex",
    "BuildsOnResult",
    "Claim",
    "as_candidates",
    "calibrated_confidence",
    "citation_claim",
    "date_order",
    "evidence_class",
    "infer_builds_on",
    "paper_date",
    "surname",
]

_ARXIV_NEW = re.compile(r"^(\d{2})(\d{2})\.(\d{4,5})$")

# The prior confidence of an edge by the relation its sentence shows ("None" is a bare
# mention): how sure a reader is before any gold is counted. "extends" states the dependence,
# "compares" names the method as the baseline being improved on, "uses" may be a tool, and a
# bare mention may be related work only. A doubt (``Claim.penalty``) is subtracted from it.
_BASE_CONFIDENCE = {"extends": 0.9, "compares": 0.8, "uses": 0.75, None: 0.6}
# Below this an edge is a candidate only: the citations stage may promote it.
EMIT_THRESHOLD = 0.5
# Observed on the dev gold, per evidence class (see ``evidence_class``): (right, drawn), where
# "drawn" counts every edge and candidate between two gold papers and "right" those the gold
# lists. Measured by ``python -m benchmarks.calibrate_builds_on`` on tests/data/gold-dev.json
# (64 seed papers, 11 pairs) and tests/data/gold-fields.json (63 abstracts outside ML, 2
# pairs); tests/test_inference_calibration.py fails when a rule change makes them stale.
CALIBRATION: dict[str, tuple[int, int]] = {
    "compares": (4, 4),
    "extends": (3, 3),
    "extends; a later version is named too": (0, 1),
    "uses": (4, 4),
}
# How many edges of gold the prior is worth. The gold is small (12 edges in all), so the
# prior is kept strong: 4 observations of a class move its confidence half way to what
# was observed; a class never seen keeps its prior.
PRIOR_WEIGHT = 4.0


@dataclass(frozen=True, slots=True)
class Claim:
    """One paper's mention of an entity some other paper introduced, ready to become an edge."""

    source: str
    entity: str
    via: str
    evidence: str
    relation: str | None
    penalty: float = 0.0
    reason: str | None = None
    # the paper named, when the text names the paper itself (by its authors and year), not an entity
    target: str | None = None


@dataclass
class BuildsOnResult:
    """Edges emitted, edges held back as too unsure, and how many had no known date order."""

    edges: list[Edge]
    candidates: list[Edge]
    unknown_order: int
    earlier: int


def as_candidates(edges: Sequence[Edge], drawn: set[tuple[str, str]] | None = None) -> list[Edge]:
    """Return builds-on claims held back as unsure as BUILDS_ON_CANDIDATE edges to store.

    A candidate keeps the claim's evidence, relation, name and confidence; only
    its kind changes, so no walk, rank or view meets it unless it asks for it.

    Parameters
    ----------
    edges
        BUILDS_ON edges below the threshold (a stage's ``candidates``).
    drawn
        ``(source, target)`` pairs drawn as BUILDS_ON after all: left out.

    Returns
    -------
    list of Edge
        One edge per pair, the most confident first met.
    """
    out: dict[tuple[str, str], Edge] = {}
    for edge in edges:
        pair = (edge.source, edge.target)
        if (drawn and pair in drawn) or edge.kind is not EdgeKind.BUILDS_ON:
            continue
        seen = out.get(pair)
        if seen is None or (edge.confidence or 0.0) > (seen.confidence or 0.0):
            out[pair] = edge.model_copy(update={"kind": EdgeKind.BUILDS_ON_CANDIDATE})
    return list(out.values())


# A citation by authors and year names the paper itself, so its target is certain; whether the
# citing paper builds on it is read, as for a name, from the sentence's relation. A bare
# citation ("recent work (Smith et al., 2019) studied ...") is background: kept as a candidate.
CITED_BY_NAME = "cited by authors and year"
# Papers the dates do not order (the same year, no date): the relation the sentence shows orders them,
# with a little doubt for the corroboration the dates would have given.
UNORDERED = "which paper came first is unknown"
_UNORDERED_PENALTY = 0.1
_CITED_PENALTY = 0.15
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _fold(name: str) -> str:
    """Return a surname folded for comparison: no accents, no case ("Irbäck" is "irback")."""
    if name.isascii():
        return name.casefold().strip(" .,")
    plain = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold().strip(" .,")


def surname(author: str) -> str:
    """Return an author's surname, folded: "Sharon Goldwater", "Goldwater, Sharon" and "S. Goldwater" give "goldwater"."""
    if "," in author:
        head, _, tail = author.partition(",")
        if tail.strip().casefold() not in _SUFFIXES:
            return _fold(head)
    words = [w for w in author.split() if w.casefold() not in _SUFFIXES]
    return _fold(words[-1]) if words else ""


# The commonest family names of China, Korea and Vietnam, which their bearers often write first: a closed,
# general list (a given name of Europe or America is none of them)
_FAMILY_NAMES_FIRST = frozenset(
    ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu",
     "hu", "guo", "he", "lin", "gao", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng",
     "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye",
     "cheng", "wei", "su", "lu", "ding", "ren", "shen", "yao", "kim", "lee", "park", "choi", "jung", "kang",
     "cho", "yoon", "jang", "lim", "oh", "seo", "shin", "kwon", "hwang", "ahn", "nguyen", "tran", "le",
     "pham", "hoang", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly"]
)  # fmt: skip


def family_name_first(author: str) -> str | None:
    """Return the first word of a two-word name written without a comma, folded, where it is a family name
    its bearers often write first (:data:`_FAMILY_NAMES_FIRST`), else None.

    >>> family_name_first("Wang Jianhua"), family_name_first("Jun Wang"), family_name_first("Wang, Jun")
    ('wang', None, None)
    """
    words = author.split()
    if "," in author or len(words) != 2:
        return None
    first = _fold(words[0])
    return first if first in _FAMILY_NAMES_FIRST else None


# Authors recur across a corpus (an index reads the first two of every paper): each is folded once.
_surname = functools.lru_cache(maxsize=1 << 16)(surname)


class AuthorIndex:
    """Papers of a corpus by first author's surname and year, to resolve citations like "Smith et al. (2019)"."""

    def __init__(self, papers: Iterable[Paper]) -> None:
        self._by_key: dict[tuple[str, int], list[tuple[str, list[str], int]]] = defaultdict(list)
        for paper in papers:
            if not paper.authors or paper.year is None:
                continue
            names = [_surname(a) for a in paper.authors[:2]]
            count = max(len(paper.authors), paper.n_authors or 0)
            self._by_key[(names[0], paper.year)].append((paper.id, names, count))
            # (a first author written family name first, as Chinese, Korean and Vietnamese names often are:
            # "Wang Jianhua", cited "Wang et al. (2011)"; the subject then tells a Jun Wang's paper apart)
            first = family_name_first(paper.authors[0])
            if first is not None and first != names[0]:
                self._by_key[(first, paper.year)].append((paper.id, [first, *names[1:]], count))

    def __bool__(self) -> bool:
        return bool(self._by_key)

    def resolve(self, cite: AuthorYear) -> str | None:
        """Return the one paper ``cite`` names, or None when none or several fit."""
        fits = self.candidates(cite)
        return fits[0] if len(fits) == 1 else None

    def candidates(self, cite: AuthorYear) -> list[str]:
        """Return the papers ``cite`` may name, in corpus order.

        "A and B (year)" needs a paper of exactly those two first authors, "A et al."
        one of two or more authors, "A (year)" a paper of one author.
        """
        fits = []
        # (a surname cited with its particles, "van der Linde", is indexed by its last word, as authors are)
        for pid, names, count in self._by_key.get((_fold(cite.first.rsplit(" ", 1)[-1]), cite.year), ()):
            if cite.second is not None:
                ok = count == 2 and len(names) > 1 and names[1] == _fold(cite.second.rsplit(" ", 1)[-1])
            elif cite.et_al:
                ok = count >= 2
            else:
                ok = count == 1
            if ok:
                fits.append(pid)
        return fits


def citation_claim(source: str, cite: AuthorYear, target: str, sentence: str, relation: str | None) -> Claim:
    """Return the builds-on claim of a paper that cites ``target`` by authors and year in ``sentence``."""
    return Claim(
        source, "", cite.surface, sentence, relation, _CITED_PENALTY, CITED_BY_NAME, target=target
    )


def evidence_class(relation: str | None, reason: str | None) -> str:
    """Return the calibration class of an edge: its relation ("mention" when bare), then its doubt.

    Parameters
    ----------
    relation
        The relation the evidence sentence shows, None for a bare mention.
    reason
        Why the edge was doubted, if it was.

    Returns
    -------
    str
        E.g. ``"uses"`` or ``"extends; a later version is named too"``.
    """
    basis = relation or "mention"
    return f"{basis}; {reason}" if reason else basis


def calibrated_confidence(relation: str | None, reason: str | None, penalty: float = 0.0) -> float:
    """Return the confidence of one piece of evidence: the rule's prior moved toward the gold.

    The estimate is the mean of a Beta posterior: ``(right + w * prior) / (drawn + w)``
    with ``w = PRIOR_WEIGHT`` and ``prior`` the relation's base confidence less
    ``penalty``, and ``(right, drawn)`` what ``CALIBRATION`` observed for the class.

    Parameters
    ----------
    relation
        The relation the evidence sentence shows, None for a bare mention.
    reason
        Why the edge was doubted, if it was.
    penalty
        How much the doubt lowers the prior.

    Returns
    -------
    float
        A probability that the edge is right, between 0 and 1.
    """
    prior = max(0.0, _BASE_CONFIDENCE.get(relation, 0.6) - penalty)
    right, drawn = CALIBRATION.get(evidence_class(relation, reason), (0, 0))
    return (right + PRIOR_WEIGHT * prior) / (drawn + PRIOR_WEIGHT)


def paper_date(paper: Paper) -> tuple[int, int | None, int | None] | None:
    """Return ``(year, month, day)`` as far as known, from the date, else the arXiv id; None if unknown.

    Parameters
    ----------
    paper
        Any paper.

    Returns
    -------
    tuple or None
        Month and day are None where not known.
    """
    if paper.year is not None and paper.date_precision not in (
        DatePrecision.YEAR_UNKNOWN,
        DatePrecision.UNKNOWN,
    ):
        parts = (paper.published or "").split("-")
        month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        day = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else None
        return (paper.year, month, day)
    if paper.arxiv_id:
        m = _ARXIV_NEW.match(paper.arxiv_id)
        if m:
            return (2000 + int(m.group(1)), int(m.group(2)), None)
    return None


def _arxiv_key(paper: Paper) -> tuple[int, int, int] | None:
    m = _ARXIV_NEW.match(paper.arxiv_id or "")
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def date_order(a: Paper, b: Paper) -> int | None:
    """Return 1 if ``a`` is later than ``b``, -1 if earlier, None when the order is unknown.

    Dates are compared at the precision both have; a tie, or a missing date,
    falls back to arXiv ids (which are issued in order), else the order is unknown.

    Parameters
    ----------
    a, b
        The papers to order.

    Returns
    -------
    int or None
    """
    return _ordered(_date_keys(a), _date_keys(b))


_DateKeys = tuple[tuple[int, int | None, int | None] | None, tuple[int, int, int] | None]


def _date_keys(paper: Paper) -> _DateKeys:
    """Return what :func:`date_order` compares of a paper: its date and its arXiv key."""
    return paper_date(paper), _arxiv_key(paper)


def _ordered(a: _DateKeys, b: _DateKeys) -> int | None:
    """Return :func:`date_order` of two papers given by their :func:`_date_keys`."""
    (da, ka), (db, kb) = a, b
    if da is not None and db is not None:
        for x, y in zip(da, db, strict=True):
            if x is None or y is None:
                break
            if x != y:
                return 1 if x > y else -1
    if ka is not None and kb is not None and ka != kb:
        return 1 if ka > kb else -1
    return None


def infer_builds_on(
    claims: Sequence[Claim],
    papers: Mapping[str, Paper],
    introducer: Mapping[str, str],
) -> BuildsOnResult:
    """Turn mentions of introduced names into BUILDS_ON edges, typed and with a confidence.

    Parameters
    ----------
    claims
        Mentions of entities, one or more per (paper, entity).
    papers
        Papers by id.
    introducer
        Entity id -> the id of the paper that introduced it.

    Returns
    -------
    BuildsOnResult
        Edges from later to earlier papers, and between papers with no known date order
        where the sentence shows a relation (``UNORDERED``); the other pairs with no known
        order are counted in ``unknown_order`` and produce no edge; edges whose
        confidence is under the threshold are ``candidates``.
    """
    best: dict[tuple[str, str], tuple[float, Claim, int]] = {}
    unknown: set[tuple[str, str]] = set()
    earlier: set[tuple[str, str]] = set()
    # each paper's date keys, made once: a paper is in many claims
    dated: dict[str, _DateKeys] = {}
    for claim in claims:
        target = claim.target or introducer.get(claim.entity)
        if target is None or target == claim.source:
            continue
        source_keys = dated.get(claim.source) or dated.setdefault(claim.source, _date_keys(papers[claim.source]))
        target_keys = dated.get(target) or dated.setdefault(target, _date_keys(papers[target]))
        order = _ordered(source_keys, target_keys)
        pair = (claim.source, target)
        if order is None:
            # the dates cannot order them, but a sentence showing the paper uses, extends or compares with
            # the name does: what a paper builds on came first (a bare mention may be concurrent work)
            if claim.relation is None or claim.reason is not None:
                unknown.add(pair)
                continue
            claim = dataclasses.replace(claim, penalty=claim.penalty + _UNORDERED_PENALTY, reason=UNORDERED)
        elif order < 0:
            earlier.add(pair)
            continue
        confidence = calibrated_confidence(claim.relation, claim.reason, claim.penalty)
        seen = best.get(pair)
        count = 1 + (seen[2] if seen else 0)
        if seen is None or confidence > seen[0]:
            best[pair] = (confidence, claim, count)
        else:
            best[pair] = (seen[0], seen[1], count)
    edges: list[Edge] = []
    candidates: list[Edge] = []
    # one dict of each distinct attrs (nothing changes an edge's attrs in place)
    shared_attrs: dict[tuple[str, str | None], dict[str, str]] = {}
    shared_fields: dict[frozenset[str], set[str]] = {}
    for (source, target), (confidence, claim, count) in sorted(best.items()):
        # Each further sentence naming it adds a little (a prior, not calibrated: the gold
        # is too small to split by counts).
        confidence = max(0.05, min(0.99, confidence + 0.03 * (count - 1)))
        edge = Edge(
            kind=EdgeKind.BUILDS_ON,
            source=source,
            target=target,
            relation=claim.relation or "uses",
            evidence=claim.evidence,
            via=claim.via,
            confidence=round(confidence, 3),
            provenance="inference",
            attrs={
                "basis": evidence_class(claim.relation, claim.reason),
                **({"reason": claim.reason} if claim.reason else {}),
            },
        )
        # held by the hundred thousand until written: a compact copy, with the one dict of its attrs
        # and the one set of the fields given (728 bytes an edge: 689 MiB for the 1M corpus's 992,170)
        edge = compact(edge)
        edge.__dict__["attrs"] = shared_attrs.setdefault((edge.attrs["basis"], claim.reason), edge.attrs)
        share_fields_set(edge, shared_fields)
        (edges if confidence >= EMIT_THRESHOLD else candidates).append(edge)
    unknown -= set(best)
    return BuildsOnResult(edges, candidates, len(unknown), len(earlier - set(best)))
