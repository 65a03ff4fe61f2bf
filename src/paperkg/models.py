"""Pydantic models every loader, store and query shares: papers, entities and edges."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = [
    "ENTITY_KINDS",
    "NAMED_KINDS",
    "Author",
    "Cluster",
    "Dataset",
    "DatePrecision",
    "Edge",
    "EdgeKind",
    "Entity",
    "Method",
    "MethodFamily",
    "Paper",
    "Provenance",
    "Reference",
    "arxiv_month",
    "bare_doi",
    "embedded_text",
    "entity_id",
    "folded_names",
    "introduced_names",
    "normalise_title",
    "paper_id_for",
    "split_arxiv_version",
    "text_key",
    "text_key_prefix",
]

_ARXIV_NEW = re.compile(r"^(\d{4}\.\d{4,5})(?:v(\d+))?$")
_ARXIV_OLD = re.compile(r"^([a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7})(?:v(\d+))?$")


# A DOI as written: bare, after "doi:", or as its doi.org address.
_DOI_WRITTEN = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:)?(10\.\d{4,9}/\S+)$", re.IGNORECASE)


def bare_doi(text: str) -> str | None:
    """Return the DOI ``text`` is, bare and lowercase (written bare, after "doi:" or as its address), else None.

    Examples
    --------
    >>> bare_doi("https://doi.org/10.1038/S41586-021-03819-2"), bare_doi("LoRA")
    ('10.1038/s41586-021-03819-2', None)
    """
    m = _DOI_WRITTEN.match(text.strip())
    return m.group(1).lower() if m else None


def split_arxiv_version(raw: str) -> tuple[str, int | None]:
    """Split an arXiv id into its bare id and version.

    Accepts new-style (``2101.00436v3``) and old-style (``hep-th/9901001v2``)
    ids, with or without an ``arxiv:`` / ``arXiv:`` prefix or an abs URL.

    Parameters
    ----------
    raw
        The id as a source spells it.

    Returns
    -------
    tuple
        ``(bare_id, version)``; version is None when the id carries none.

    Raises
    ------
    ValueError
        When ``raw`` is not an arXiv id.

    Examples
    --------
    >>> split_arxiv_version("2101.00436v3")
    ('2101.00436', 3)
    """
    match = _ARXIV_NEW.match(raw)
    if match:  # a bare new-style id, as every stored paper has: nothing to strip
        return match.group(1), int(match.group(2)) if match.group(2) else None
    text = raw.strip()
    text = re.sub(r"^(?:https?://)?(?:export\.)?arxiv\.org/(?:abs|pdf)/", "", text, flags=re.I)
    text = re.sub(r"^arxiv:", "", text, flags=re.I)
    text = re.sub(r"\.pdf$", "", text)
    for pattern in (_ARXIV_NEW, _ARXIV_OLD):
        match = pattern.match(text)
        if match:
            version = int(match.group(2)) if match.group(2) else None
            return match.group(1), version
    raise ValueError(f"expected an arXiv id such as 2302.13971 or hep-th/9901001, got {raw!r}")


def arxiv_month(arxiv_id: str) -> tuple[int, int] | None:
    """Return (year, month) of a paper's first version, read from its arXiv id.

    Both id schemes start with the submission month: ``2101.00436`` and
    ``hep-th/9901001`` are January 2021 and January 1999.
    """
    match = re.match(r"^(?:[a-z][a-z\-]*(?:\.[A-Z]{2})?/)?(\d{2})(\d{2})[\d.]", arxiv_id)
    if match is None:
        return None
    yy, month = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12:
        return None
    return (2000 + yy if yy < 91 else 1900 + yy), month


_NOT_ALNUM_ASCII = re.compile(r"[^0-9a-z]+")


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _drop_combining(match: re.Match[str]) -> str:
    char = match.group()
    return "" if unicodedata.combining(char) else char


def normalise_title(title: str) -> str:
    """Fold a title to the key used to merge the same paper across sources."""
    # NFKD and dropping combining marks change nothing in ASCII, most titles: skip the
    # per-character loop for them.
    text = title if title.isascii() else unicodedata.normalize("NFKD", title)
    if not text.isascii():
        text = _NON_ASCII.sub(_drop_combining, text)  # only non-ASCII characters can combine
    return " ".join(_NOT_ALNUM_ASCII.sub(" ", text.lower()).split())


# The kinds of entity a paper is found by when it introduces one (paperkg.queries.resolve_paper).
NAMED_KINDS = ("method", "dataset")


def introduced_names(entities: Iterable[Entity]) -> Iterator[Entity]:
    """Yield the methods and datasets among ``entities`` that a paper introduces: the names a paper is found by."""
    return (e for e in entities if e.kind in NAMED_KINDS and e.introduced_by)


def folded_names(name: str, aliases: Iterable[str] = ()) -> list[str]:
    """Return the distinct folded keys (:func:`normalise_title`) of a name and its aliases, none empty, in order."""
    return [key for key in dict.fromkeys(map(normalise_title, (name, *aliases))) if key]


def paper_id_for(arxiv_id: str | None, doi: str | None, title: str | None, abstract: str | None) -> str:
    """Return the stable id of a paper: arXiv id, else DOI, else a content hash."""
    if arxiv_id:
        return f"arxiv:{arxiv_id}"
    if doi:
        return f"doi:{doi.lower()}"
    basis = normalise_title(title or "") + "\n" + " ".join((abstract or "").lower().split())
    if not basis.strip():
        raise ValueError("a paper needs an arXiv id, a DOI, a title or an abstract")
    return "hash:" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


def embedded_text(title: str | None, label: str | None, abstract: str | None) -> str:
    """Return the text a paper is embedded by: title + abstract, or label + abstract without a title.

    A label made of the abstract's first words (``"We study the..."``) is not
    repeated in front of the abstract.

    Examples
    --------
    >>> embedded_text("LoRA", None, "Low-rank  adaptation.")
    'LoRA. Low-rank adaptation.'
    """
    head = (title or label or "").strip()
    text = " ".join((abstract or "").split())
    if not text:
        return head
    if not head or text.startswith(head.removesuffix("...").rstrip()):
        return text
    return f"{head.rstrip('.')}. {text}"


def text_key(text: str) -> str:
    """Return the key an embedding of ``text`` is cached under: 32 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def text_key_prefix(key: str) -> int:
    """Return the first 48 bits of a :func:`text_key`, as a store keeps a paper's text by (6 bytes a paper).

    Two of a million texts share them with odds of about 1 in 500; whoever reads them checks
    (:meth:`paperkg.similarity.cache.EmbeddingCache.rows_of`).
    """
    return int.from_bytes(bytes.fromhex(key[:12]), "big")


def entity_id(kind: str, name: str) -> str:
    """Return the node id of a Method, Dataset or MethodFamily named ``name``."""
    slug = re.sub(r"[^0-9a-z]+", "-", name.lower()).strip("-")
    return f"{kind}:{slug}"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class DatePrecision(StrEnum):
    """How much of a publication date is known."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    YEAR_UNKNOWN = "year-unknown"
    UNKNOWN = "unknown"


class Provenance(_Model):
    """Where a record came from: the file, its format and the line or record number."""

    source: str
    format: str
    record: int | None = None
    line: int | None = None


class Reference(_Model):
    """One entry of a paper's reference list, as the source gives it."""

    arxiv_id: str | None = None
    doi: str | None = None
    title: str | None = None
    external_id: str | None = None
    intents: list[str] = Field(default_factory=list)
    is_influential: bool | None = None
    contexts: list[str] = Field(default_factory=list)


class Paper(_Model):
    """A scientific paper, normalised from any source.

    ``published`` is ISO 8601 at the precision known: ``2023-05-23``,
    ``2023-05``, ``2023``, or ``--05-26`` when the day is known but not the year.
    """

    kind: Literal["paper"] = "paper"
    id: str = ""
    arxiv_id: str | None = None
    arxiv_version: int | None = None
    doi: str | None = None
    title: str | None = None
    label: str = ""
    abstract: str | None = None
    abstract_raw: str | None = None
    title_raw: str | None = None
    authors: list[str] = Field(default_factory=list)
    n_authors: int | None = None
    published: str | None = None
    date_precision: DatePrecision = DatePrecision.UNKNOWN
    year: int | None = None
    upvotes: int | None = None
    categories: list[str] = Field(default_factory=list)
    venue: str | None = None
    url: str | None = None
    external_ids: dict[str, str] = Field(default_factory=dict)
    references: list[Reference] = Field(default_factory=list)
    provenance: list[Provenance] = Field(default_factory=list)
    # Global counts from the source (Semantic Scholar, OpenAlex), beyond this corpus.
    citation_count: int | None = None
    influential_citation_count: int | None = None
    # Author name -> the ids a source gives that author ("s2:1741101", "openalex:A5023888391",
    # "orcid:0000-0002-...").
    author_ids: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("doi")
    @classmethod
    def _lower_doi(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:)", "", value.strip(), flags=re.I)
        return value.lower() or None

    @field_validator("arxiv_id")
    @classmethod
    def _bare_arxiv(cls, value: str | None) -> str | None:
        if value is None:
            return None
        return split_arxiv_version(value)[0]

    @model_validator(mode="after")
    def _derive(self) -> Paper:
        if not self.id:
            self.id = paper_id_for(self.arxiv_id, self.doi, self.title, self.abstract)
        if not self.label:
            self.label = default_label(self.title, self.abstract, self.id)
        if self.n_authors is None and self.authors:
            self.n_authors = len(self.authors)
        if self.arxiv_id and self.published is None and self.year is None:
            month = arxiv_month(self.arxiv_id)
            if month is not None:
                self.published = f"{month[0]:04d}-{month[1]:02d}"
                self.date_precision = DatePrecision.MONTH
                self.year = month[0]
        return self

    def sort_key(self) -> tuple[int, str, str]:
        """Return a key that orders papers by what is known of their date."""
        year = self.year if self.year is not None else 0
        return (year, self.published or "", self.arxiv_id or "")


_LEAD_NAME = re.compile(
    r"\b(?:[Ww]e|[Tt]his paper|[Tt]his work|[Hh]ere we)\s+(?:propose|introduce|present|develop|release)s?\s+"
    r"(?:a |an |the )?(?:new |novel )?([A-Z][\w\-\.]*(?:\s+[A-Z0-9][\w\-\.]*){0,5})"
)
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9\-]{1,15})\)")
# A name is followed by punctuation, an acronym or one of these words; "a Self-Supervised
# training strategy" is a description, not a name.
_AFTER_NAME = re.compile(
    r"^\s*(?:$|[,:;.(\u2014\u2013-]|(?:which|that|to|for|as|with|in|on|by|and|is|are"
    r"|framework|model|models|method|system|library|dataset|benchmark|algorithm|approach|architecture)\b)"
)


def default_label(title: str | None, abstract: str | None, fallback: str) -> str:
    """Return a short display name: the title, else the introduced name, else first words."""
    if title:
        return title
    if abstract:
        for match in _LEAD_NAME.finditer(abstract):
            after = abstract[match.end() : match.end() + 40]
            if not _AFTER_NAME.match(after):
                continue
            name = match.group(1).rstrip(".,;:-")
            acronym = _ACRONYM.match(after.lstrip())
            if acronym:
                return f"{name} ({acronym.group(1)})"
            return name
        return first_words(abstract)
    return fallback


def first_words(text: str, count: int = 8) -> str:
    """Return the first ``count`` words of ``text``, with an ellipsis when there are more."""
    words = text.split()
    return " ".join(words[:count]) + ("..." if len(words) > count else "")


class Entity(_Model):
    """A named thing papers introduce or mention: a method, dataset or method family."""

    kind: Literal["method", "dataset", "family", "author", "cluster"]
    id: str = ""
    name: str
    aliases: list[str] = Field(default_factory=list)
    families: list[str] = Field(default_factory=list)
    description: str | None = None
    introduced_by: str | None = None
    version_of: str | None = None
    source: str | None = None

    @model_validator(mode="after")
    def _derive_id(self) -> Entity:
        if not self.id:
            self.id = entity_id(self.kind, self.name)
        return self


class Method(Entity):
    """A method, model or system."""

    kind: Literal["method"] = "method"


class Dataset(Entity):
    """A dataset or benchmark."""

    kind: Literal["dataset"] = "dataset"


class MethodFamily(Entity):
    """A family of methods from the controlled vocabulary (e.g. parameter-efficient fine-tuning)."""

    kind: Literal["family"] = "family"


class Author(Entity):
    """A person who wrote papers; ``ids`` are the ids sources give them (``s2:...``, ``orcid:...``)."""

    kind: Literal["author"] = "author"
    ids: list[str] = Field(default_factory=list)
    papers: int = 0


class Cluster(Entity):
    """A community of papers found in the graph, named by its most distinctive terms.

    ``terms`` are the label's phrases, methods and datasets, most distinctive
    first; ``top_papers`` the most influential members' ids.
    """

    kind: Literal["cluster"] = "cluster"
    size: int = 0
    first_year: int | None = None
    last_year: int | None = None
    terms: list[str] = Field(default_factory=list)
    top_papers: list[str] = Field(default_factory=list)


ENTITY_KINDS: dict[str, type[Entity]] = {
    "method": Method,
    "dataset": Dataset,
    "family": MethodFamily,
    "author": Author,
    "cluster": Cluster,
}


class EdgeKind(StrEnum):
    """Relationship types. The value is the Cypher relationship type."""

    BUILDS_ON = "BUILDS_ON"
    CITES = "CITES"
    SIMILAR_TO = "SIMILAR_TO"
    SAME_FAMILY = "SAME_FAMILY"
    SHARES_DATASET = "SHARES_DATASET"
    INTRODUCES = "INTRODUCES"
    MENTIONS = "MENTIONS"
    USES_DATASET = "USES_DATASET"
    IN_FAMILY = "IN_FAMILY"
    CO_CITED = "CO_CITED"
    COUPLED = "COUPLED"
    AUTHORED = "AUTHORED"
    IN_CLUSTER = "IN_CLUSTER"
    # A builds-on claim below the calibrated threshold: stored and queryable, never drawn,
    # walked or ranked unless asked for (``paperkg lineage --candidates``). Last, so the
    # codes an embedded store gave the kinds before it stay the same.
    BUILDS_ON_CANDIDATE = "BUILDS_ON_CANDIDATE"


class Edge(_Model):
    """A directed relationship between two nodes, with what shows it.

    ``relation`` refines the kind (builds-on: extends/uses/compares; cites: the
    intent). ``via`` is the name that linked the two papers. ``shared`` lists
    what two papers have in common for SAME_FAMILY and SHARES_DATASET.
    """

    kind: EdgeKind
    source: str
    target: str
    relation: str | None = None
    evidence: str | None = None
    via: str | None = None
    confidence: float | None = None
    score: float | None = None
    rank: int | None = None
    shared: list[str] = Field(default_factory=list)
    provenance: str | None = None
    attrs: dict[str, Any] = Field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str, str]:
        """Return the identity of the edge in a store: (source, target, kind)."""
        return (self.source, self.target, self.kind.value)
